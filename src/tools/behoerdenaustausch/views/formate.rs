//! Austauschformate: the table (title, type, description, number of Termine) with
//! "Bearbeiten" and "Löschen", and the form for a new format or, after "Bearbeiten", for
//! changing one.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{feldbindung, Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Satzformular,
};
use crate::app::zusammenfassung::oder_strich;
use crate::shared::text::Feldfehler;
use crate::tools::behoerdenaustausch::model::{Austauschformat, Formattyp};
use crate::tools::behoerdenaustausch::SLUG;

use super::{namensoptionen, Zeilenknoepfe};

#[derive(Clone, Debug, PartialEq)]
struct Entwurf {
    id: u32,
    titel: String,
    typ: String,
    beschreibung: String,
}

impl Entwurf {
    fn neu() -> Self {
        Entwurf {
            id: 0,
            titel: String::new(),
            typ: Formattyp::Netzwerktreffen.name().to_owned(),
            beschreibung: String::new(),
        }
    }

    fn aus(f: &Austauschformat) -> Self {
        Entwurf {
            id: f.id,
            titel: f.titel.clone(),
            typ: f.typ.name().to_owned(),
            beschreibung: f.beschreibung.clone(),
        }
    }
}

/// The page.
#[component]
pub fn Formate() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular: Satzformular<Entwurf> = Satzformular::neu(
        entwurfsschluessel(SLUG, "format", 0),
        |_| Entwurf::neu(),
        |ab, id| ab.werkzeuge.behoerdenaustausch.format(id).map(Entwurf::aus),
        |e| e.id,
    );
    let entwurf = formular.wert();
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let zeilen = daten.ableiten(|ab| {
        let ba = &ab.werkzeuge.behoerdenaustausch;
        ba.formate
            .iter()
            .map(|f| {
                (
                    f.clone(),
                    ba.termine.iter().filter(|t| t.format == Some(f.id)).count(),
                )
            })
            .collect::<Vec<_>>()
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let f = Austauschformat {
            id: e.id,
            titel: e.titel.trim().to_owned(),
            typ: Formattyp::aus_name(&e.typ).unwrap_or_default(),
            beschreibung: e.beschreibung.trim().to_owned(),
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.behoerdenaustausch.pruefe_format(&f))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "ba-fm-", probleme) {
            return;
        }
        let wort = if f.id != 0 { "geändert" } else { "angelegt" };
        let text = format!("Austauschformat „{}“ {wort}", f.titel);
        daten.aendere(&text, |ab| {
            ab.werkzeuge.behoerdenaustausch.speichere_format(f);
        });
        daten.ansagen(format!("{text}."));
        formular.leeren();
        fehler.set(Vec::new());
    };
    let (titel, titel_setzen) = feldbindung!(entwurf.titel);
    let (typ, typ_setzen) = feldbindung!(entwurf.typ);
    let (beschreibung, beschreibung_setzen) = feldbindung!(entwurf.beschreibung);
    let bearbeitet = move || entwurf.with(|e| e.id != 0);
    view! {
        <p class="kern-body">"Ein Austauschformat fasst wiederkehrende Termine zusammen, z. B. ein Netzwerk, das sich vierteljährlich trifft."</p>
        {move || {
            let liste = zeilen.get();
            if liste.is_empty() {
                return view! { <p class="kern-body">"Noch ist kein Austauschformat erfasst."</p> }.into_any();
            }
            view! {
                <Tabelle id="ba-formate-titel" titel="Austauschformate" spalten=&["Titel", "Typ", "Beschreibung", "Termine", "Aktionen"] zahlenspalten=&[3]>
                    <tbody>
                        {liste.into_iter().map(|(f, termine)| {
                            let id = f.id;
                            let name = f.titel.clone();
                            view! {
                                <tr>
                                    <th scope="row">{f.titel.clone()}</th>
                                    <td>{f.typ.name()}</td>
                                    <td>{oder_strich(&f.beschreibung)}</td>
                                    <td class="kern-table__cell--numeric">{termine.to_string()}</td>
                                    <td>
                                        <Zeilenknoepfe name=name
                                            bearbeiten=Callback::new(move |()| if formular.bearbeiten(id) { browser::fokussiere("#ba-fm-titel"); })
                                            loeschen=Callback::new(move |()| { daten.aendere("Austauschformat gelöscht", |ab| ab.werkzeuge.behoerdenaustausch.entferne_format(id)); daten.ansagen("Austauschformat gelöscht; seine Termine bleiben ohne Format erhalten."); })/>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }
            .into_any()
        }}
        <h2 class="kern-heading-medium" id="ba-fm-formular-titel">{move || if bearbeitet() { "Austauschformat bearbeiten" } else { "Neues Austauschformat" }}</h2>
        <Fehlerzusammenfassung id="ba-fm-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="ba-fm-formular-titel">
            <div class="formular__reihe">
                <Eingabe id="ba-fm-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=titel_setzen fehler=fehler_am(fehler, "ba-fm-titel") deaktiviert/>
                <Auswahl id="ba-fm-typ" beschriftung="Typ" pflicht=true optionen=namensoptionen(Formattyp::ALLE.iter().map(|t| t.name())) wert=typ bei_eingabe=typ_setzen deaktiviert/>
            </div>
            <Eingabe id="ba-fm-beschreibung" beschriftung="Beschreibung" mehrzeilig=true wert=beschreibung bei_eingabe=beschreibung_setzen fehler=fehler_am(fehler, "ba-fm-beschreibung") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="ba-fm-speichern" deaktiviert=deaktiviert>
                    {move || if bearbeitet() { "Änderungen speichern" } else { "Austauschformat anlegen" }}
                </Knopf>
                <Knopf id="ba-fm-abbrechen" bei_klick=move |_| { formular.leeren(); fehler.set(Vec::new()); }>"Formular leeren"</Knopf>
            </div>
        </form>
    }
}
