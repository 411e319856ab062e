//! Nachnutzungsangebote: the catalogue of what which Behörde offers for reuse (tool, template
//! or Leistung, contact, conditions, state) with "Bearbeiten" and "Löschen", and the form.

use crate::shared::datensatz::Datensaetze;
use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{feldbindung, mit_leerem_wert, Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Satzformular,
};
use crate::app::zusammenfassung::oder_strich;
use crate::shared::text::Feldfehler;
use crate::tools::behoerdenaustausch::model::{Angebot, Angebotsstatus, Gegenstand};
use crate::tools::behoerdenaustausch::SLUG;

use super::{behoerdenoptionen, namensoptionen, Zeilenknoepfe};
use crate::shared::sortieren::Sortieren;

#[derive(Clone, Debug, PartialEq)]
struct Entwurf {
    id: u32,
    behoerde: String,
    gegenstand: String,
    titel: String,
    kontakt: String,
    bedingungen: String,
    status: String,
}

impl Entwurf {
    fn neu() -> Self {
        Entwurf {
            id: 0,
            behoerde: String::new(),
            gegenstand: Gegenstand::Werkzeug.name().to_owned(),
            titel: String::new(),
            kontakt: String::new(),
            bedingungen: String::new(),
            status: Angebotsstatus::Angeboten.name().to_owned(),
        }
    }

    fn aus(a: &Angebot) -> Self {
        Entwurf {
            id: a.id,
            behoerde: a.behoerde.map(|b| b.to_string()).unwrap_or_default(),
            gegenstand: a.gegenstand.name().to_owned(),
            titel: a.titel.clone(),
            kontakt: a.kontakt.clone(),
            bedingungen: a.bedingungen.clone(),
            status: a.status.name().to_owned(),
        }
    }
}

/// The page.
#[component]
pub fn Angebote() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular: Satzformular<Entwurf> = Satzformular::neu(
        entwurfsschluessel(SLUG, "angebot", 0),
        |_| Entwurf::neu(),
        |ab, id| {
            ab.werkzeuge
                .behoerdenaustausch
                .angebote
                .mit_id(id)
                .map(Entwurf::aus)
        },
        |e| e.id,
    );
    let entwurf = formular.wert();
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let zeilen = daten.ableiten(|ab| {
        let ba = &ab.werkzeuge.behoerdenaustausch;
        let mut liste: Vec<(Angebot, String)> = ba
            .angebote
            .iter()
            .map(|a| {
                (
                    a.clone(),
                    a.behoerde
                        .map(|b| ba.behoerdenname(b))
                        .unwrap_or_else(|| "–".to_owned()),
                )
            })
            .collect();
        liste.sortiere_nach(|x, y| crate::shared::text::vergleiche(&x.0.titel, &y.0.titel));
        liste
    });
    let optionen = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| behoerdenoptionen(&ab.werkzeuge.behoerdenaustausch))
                .unwrap_or_default()
        })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut katalog = daten
            .lies_ungetrackt(|ab| ab.map(|ab| ab.werkzeuge.behoerdenaustausch.clone()))
            .unwrap_or_default();
        katalog.katalog_sicherstellen();
        let behoerde = match e.behoerde.strip_prefix("vorgabe:") {
            Some(k) => katalog
                .behoerden
                .iter()
                .find(|b| b.kuerzel == k)
                .map(|b| b.id),
            None => e.behoerde.parse().ok(),
        };
        let a = Angebot {
            id: e.id,
            behoerde,
            gegenstand: Gegenstand::aus_name(&e.gegenstand).unwrap_or_default(),
            titel: e.titel.trim().to_owned(),
            kontakt: e.kontakt.trim().to_owned(),
            bedingungen: e.bedingungen.trim().to_owned(),
            status: Angebotsstatus::aus_name(&e.status).unwrap_or_default(),
        };
        let probleme = katalog.pruefe_angebot(&a);
        if !fehler_melden(fehler, "ba-a-", probleme) {
            return;
        }
        let wort = if a.id != 0 { "geändert" } else { "angelegt" };
        let text = format!("Nachnutzungsangebot „{}“ {wort}", a.titel);
        daten.aendere(&text, |ab| {
            ab.werkzeuge.behoerdenaustausch.speichere_angebot(a);
        });
        daten.ansagen(format!("{text}."));
        formular.leeren();
        fehler.set(Vec::new());
    };
    let (behoerde, behoerde_setzen) = feldbindung!(entwurf.behoerde);
    let (gegenstand, gegenstand_setzen) = feldbindung!(entwurf.gegenstand);
    let (titel, titel_setzen) = feldbindung!(entwurf.titel);
    let (kontakt, kontakt_setzen) = feldbindung!(entwurf.kontakt);
    let (bedingungen, bedingungen_setzen) = feldbindung!(entwurf.bedingungen);
    let (status, status_setzen) = feldbindung!(entwurf.status);
    let bearbeitet = move || entwurf.with(|e| e.id != 0);
    view! {
        <p class="kern-body">"Was bieten Behörden anderen zur Nachnutzung an – Werkzeuge, Vorlagen, Leistungen? Mit Kontakt und Bedingungen, damit andere nachfragen können. Angebote lassen sich unter „Paket schnüren“ weitergeben."</p>
        {move || {
            let liste = zeilen.get();
            if liste.is_empty() {
                return view! { <p class="kern-body">"Noch ist kein Nachnutzungsangebot erfasst."</p> }.into_any();
            }
            view! {
                <Tabelle id="ba-angebote-titel" titel="Nachnutzungsangebote" spalten=&["Titel", "Anbietende Behörde", "Gegenstand", "Kontakt", "Bedingungen", "Status", "Aktionen"]>
                    <tbody>
                        {liste.into_iter().map(|(a, behoerde)| {
                            let id = a.id;
                            let name = a.titel.clone();
                            view! {
                                <tr>
                                    <th scope="row">{a.titel.clone()}</th>
                                    <td>{behoerde}</td>
                                    <td>{a.gegenstand.name()}</td>
                                    <td>{oder_strich(&a.kontakt)}</td>
                                    <td>{oder_strich(&a.bedingungen)}</td>
                                    <td>{a.status.name()}</td>
                                    <td>
                                        <Zeilenknoepfe name=name
                                            bearbeiten=Callback::new(move |()| if formular.bearbeiten(id) { browser::fokussiere("#ba-a-titel"); })
                                            loeschen=Callback::new(move |()| { daten.aendere("Nachnutzungsangebot gelöscht", |ab| ab.werkzeuge.behoerdenaustausch.angebote.retain(|a| a.id != id)); daten.ansagen("Nachnutzungsangebot gelöscht."); })/>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }
            .into_any()
        }}
        <h2 class="kern-heading-medium" id="ba-a-formular-titel">{move || if bearbeitet() { "Nachnutzungsangebot bearbeiten" } else { "Neues Nachnutzungsangebot" }}</h2>
        <Fehlerzusammenfassung id="ba-a-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="ba-a-formular-titel">
            <Eingabe id="ba-a-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=titel_setzen fehler=fehler_am(fehler, "ba-a-titel") deaktiviert/>
            <div class="formular__reihe">
                {move || {
                    let mut liste = optionen.get();
                    if liste.is_empty() {
                        liste = crate::tools::behoerdenaustausch::model::VORGABE_BEHOERDEN
                            .iter()
                            .map(|(k, n, _)| (format!("vorgabe:{k}"), format!("{k} – {n}")))
                            .collect();
                    }
                    view! {
                        <Auswahl id="ba-a-behoerde" beschriftung="Anbietende Behörde" pflicht=true optionen=mit_leerem_wert("bitte wählen", liste)
                            wert=behoerde bei_eingabe=behoerde_setzen fehler=fehler_am(fehler, "ba-a-behoerde") deaktiviert/>
                    }
                }}
                <Auswahl id="ba-a-gegenstand" beschriftung="Gegenstand" pflicht=true optionen=namensoptionen(Gegenstand::ALLE.iter().map(|g| g.name()))
                    wert=gegenstand bei_eingabe=gegenstand_setzen deaktiviert/>
                <Auswahl id="ba-a-status" beschriftung="Status" pflicht=true optionen=namensoptionen(Angebotsstatus::ALLE.iter().map(|s| s.name()))
                    wert=status bei_eingabe=status_setzen deaktiviert/>
            </div>
            <Eingabe id="ba-a-kontakt" beschriftung="Kontakt" hinweis="Stelle oder Funktionspostfach" wert=kontakt bei_eingabe=kontakt_setzen fehler=fehler_am(fehler, "ba-a-kontakt") deaktiviert/>
            <Eingabe id="ba-a-bedingungen" beschriftung="Bedingungen" mehrzeilig=true wert=bedingungen bei_eingabe=bedingungen_setzen fehler=fehler_am(fehler, "ba-a-bedingungen") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="ba-a-speichern" deaktiviert=deaktiviert>
                    {move || if bearbeitet() { "Änderungen speichern" } else { "Angebot anlegen" }}
                </Knopf>
                <Knopf id="ba-a-abbrechen" bei_klick=move |_| { formular.leeren(); fehler.set(Vec::new()); }>"Formular leeren"</Knopf>
            </div>
        </form>
    }
}
