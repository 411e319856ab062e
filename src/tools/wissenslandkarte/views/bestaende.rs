//! Wissensbestände (Wissensbestandskarte): where knowledge is kept, in which form (explizit or
//! implizit) and format (analog or digital), how much and when it was last updated; a table
//! and the form.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{
    mit_leerem_wert, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung,
};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::datum::Datum;
use crate::shared::text::{datum_lesen, Feldfehler};
use crate::tools::wissenslandkarte::calc;
use crate::tools::wissenslandkarte::model::{Bestand, Wissensform, Wissensformat};

use super::{gebietsoptionen, namensoptionen};

/// The form's fields as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    titel: String,
    gebiet: String,
    ablageort: String,
    form: String,
    format: String,
    umfang: String,
    aktualisiert: String,
}

impl Entwurf {
    fn neu() -> Self {
        Entwurf {
            form: Wissensform::Explizit.name().to_owned(),
            format: Wissensformat::Digital.name().to_owned(),
            ..Entwurf::default()
        }
    }

    fn aus(b: &Bestand) -> Self {
        Entwurf {
            id: b.id,
            titel: b.titel.clone(),
            gebiet: b.gebiet.map(|g| g.to_string()).unwrap_or_default(),
            ablageort: b.ablageort.clone(),
            form: b.form.name().to_owned(),
            format: b.format.name().to_owned(),
            umfang: b.umfang.clone(),
            aktualisiert: b.aktualisiert.map(Datum::deutsch).unwrap_or_default(),
        }
    }
}

/// The page.
#[component]
pub fn Bestaende() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let entwurf = RwSignal::new(Entwurf::neu());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let bearbeitet = move || entwurf.with(|e| e.id != 0);
    let optionen = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| gebietsoptionen(&ab.werkzeuge.wissenslandkarte))
                .unwrap_or_default()
        })
    });
    let zeilen = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.wissenslandkarte;
        k.bestaende
            .iter()
            .map(|b| {
                (
                    b.clone(),
                    b.gebiet.map(|g| calc::pfad(k, g)).unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>()
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let aktualisiert = datum_lesen(
            &mut probleme,
            "aktualisiert",
            "Zuletzt aktualisiert",
            &e.aktualisiert,
            false,
        );
        let b = Bestand {
            id: e.id,
            titel: e.titel.trim().to_owned(),
            gebiet: e.gebiet.parse().ok(),
            ablageort: e.ablageort.trim().to_owned(),
            form: Wissensform::aus_name(&e.form).unwrap_or_default(),
            format: Wissensformat::aus_name(&e.format).unwrap_or_default(),
            umfang: e.umfang.trim().to_owned(),
            aktualisiert,
        };
        probleme.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.wissenslandkarte.pruefe_bestand(&b))
                .unwrap_or_default()
        }));
        if !fehler_melden(fehler, "wl-b-", probleme) {
            return;
        }
        let t = b.titel.clone();
        daten.aendere(&format!("Wissensbestand „{t}“ gespeichert"), |ab| {
            ab.werkzeuge.wissenslandkarte.speichere_bestand(b);
        });
        daten.ansagen(format!("Wissensbestand „{t}“ gespeichert."));
        entwurf.set(Entwurf::neu());
        fehler.set(Vec::new());
    };
    let feld = |f: fn(&Entwurf) -> String, s: fn(&mut Entwurf, String)| {
        (
            Signal::derive(move || entwurf.with(f)),
            Callback::new(move |w: String| entwurf.update(|e| s(e, w))),
        )
    };
    let (titel, titel_setzen) = feld(|e| e.titel.clone(), |e, w| e.titel = w);
    let (gebiet, gebiet_setzen) = feld(|e| e.gebiet.clone(), |e, w| e.gebiet = w);
    let (ablageort, ablageort_setzen) = feld(|e| e.ablageort.clone(), |e, w| e.ablageort = w);
    let (form, form_setzen) = feld(|e| e.form.clone(), |e, w| e.form = w);
    let (format, format_setzen) = feld(|e| e.format.clone(), |e, w| e.format = w);
    let (umfang, umfang_setzen) = feld(|e| e.umfang.clone(), |e, w| e.umfang = w);
    let (aktualisiert, aktualisiert_setzen) =
        feld(|e| e.aktualisiert.clone(), |e, w| e.aktualisiert = w);
    view! {
        <p class="kern-body">"Wissensbestände zeigen, wo Wissen liegt: in Akten, Laufwerken, Wikis oder nur in Köpfen."</p>
        {move || {
            let liste = zeilen.get();
            if liste.is_empty() {
                return view! { <p class="kern-body">"Noch ist kein Wissensbestand erfasst."</p> }.into_any();
            }
            let reihen = liste.into_iter().map(|(b, pfad)| {
                let id = b.id;
                let vorlage = Entwurf::aus(&b);
                let name = b.titel.clone();
                view! {
                    <tr class="kern-table__row">
                        <th scope="row" class="kern-table__header">{b.titel.clone()}</th>
                        <td class="kern-table__cell">{pfad}</td>
                        <td class="kern-table__cell">{b.ablageort.clone()}</td>
                        <td class="kern-table__cell">{format!("{}, {}", b.form.name(), b.format.name())}</td>
                        <td class="kern-table__cell">{b.umfang.clone()}</td>
                        <td class="kern-table__cell wl-nicht-umbrechen">{b.aktualisiert.map(Datum::deutsch).unwrap_or_else(|| "–".into())}</td>
                        <td class="kern-table__cell">
                            <span class="wl-zeilenknoepfe">
                                <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar()
                                    bei_klick=move |_| { entwurf.set(vorlage.clone()); browser::fokussiere("#wl-b-titel"); }>
                                    "Bearbeiten"<span class="kern-sr-only">{format!(" {name}")}</span>
                                </Knopf>
                                <Knopf art=Knopfart::Tertiaer gefaehrlich=true deaktiviert=move || !daten.bearbeitbar()
                                    bei_klick=move |_| {
                                        daten.aendere("Wissensbestand gelöscht", |ab| ab.werkzeuge.wissenslandkarte.bestaende.retain(|b| b.id != id));
                                        daten.ansagen("Wissensbestand gelöscht.");
                                    }>
                                    "Löschen"<span class="kern-sr-only">{format!(" {}", b.titel)}</span>
                                </Knopf>
                            </span>
                        </td>
                    </tr>
                }
            }).collect_view();
            view! {
                <Tabelle id="wl-bestaende-titel" titel="Wissensbestände"
                    spalten=&["Wissensbestand", "Wissensgebiet", "Ablageort", "Form, Format", "Umfang", "Aktualisiert", "Aktionen"]>
                    <tbody class="kern-table__body">{reihen}</tbody>
                </Tabelle>
            }.into_any()
        }}
        <h2 class="kern-heading-medium" id="wl-b-formular-titel">
            {move || if bearbeitet() { "Wissensbestand bearbeiten" } else { "Neuer Wissensbestand" }}
        </h2>
        <Fehlerzusammenfassung id="wl-b-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="wl-b-formular-titel">
            <Eingabe id="wl-b-titel" beschriftung="Bezeichnung" pflicht=true wert=titel bei_eingabe=titel_setzen fehler=fehler_am(fehler, "wl-b-titel") deaktiviert/>
            {move || view! {
                <Auswahl id="wl-b-gebiet" beschriftung="Wissensgebiet" optionen=mit_leerem_wert("keines", optionen.get())
                    wert=gebiet bei_eingabe=gebiet_setzen deaktiviert/>
            }}
            <Eingabe id="wl-b-ablageort" beschriftung="Ablageort" hinweis="Pfad, Adresse oder Aktenzeichen" wert=ablageort bei_eingabe=ablageort_setzen fehler=fehler_am(fehler, "wl-b-ablageort") deaktiviert/>
            <div class="formular__reihe">
                <Auswahl id="wl-b-form" beschriftung="Form" pflicht=true optionen=namensoptionen(Wissensform::ALLE.iter().map(|f| f.name())) wert=form bei_eingabe=form_setzen deaktiviert/>
                <Auswahl id="wl-b-format" beschriftung="Format" pflicht=true optionen=namensoptionen(Wissensformat::ALLE.iter().map(|f| f.name())) wert=format bei_eingabe=format_setzen deaktiviert/>
                <Eingabe id="wl-b-umfang" beschriftung="Umfang" hinweis="z. B. „2 Ordner“" wert=umfang bei_eingabe=umfang_setzen deaktiviert/>
                <Datumseingabe id="wl-b-aktualisiert" beschriftung="Zuletzt aktualisiert" wert=aktualisiert bei_eingabe=aktualisiert_setzen fehler=fehler_am(fehler, "wl-b-aktualisiert") deaktiviert/>
            </div>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="wl-b-speichern" deaktiviert=deaktiviert>
                    {move || if bearbeitet() { "Änderungen speichern" } else { "Wissensbestand anlegen" }}
                </Knopf>
                <Knopf id="wl-b-abbrechen" bei_klick=move |_| { entwurf.set(Entwurf::neu()); fehler.set(Vec::new()); }>"Formular leeren"</Knopf>
            </div>
        </form>
    }
}
