//! Start a run: the template (shipped or own, newest version), the object (a Multiprojektplan
//! project, a Zielstufenplaner Leistung or the agency), the date and the people. Saving opens
//! the run at its first section.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::formular::{
    mit_leerem_wert, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung,
};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::text::Pruefliste;
use crate::shared::text::{datum_lesen, Feldfehler};
use crate::tools::checklisten::calc;
use crate::tools::checklisten::model::{Durchfuehrung, Objekt, Objektart};
use crate::tools::checklisten::vorlagen;

use super::{durchfuehrung_href, vorlage_der_familie};
use crate::app::components::{Knopf, Knopfart};

fn objekt_schluessel(o: &Objekt) -> String {
    format!("{:?}-{}", o.art, o.id)
}

/// The page.
#[component]
pub fn Neu() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let vorlage = RwSignal::new(String::new());
    let objekt = RwSignal::new(String::new());
    let datum = RwSignal::new(browser::heute().deutsch());
    let bearbeitende = RwSignal::new(String::new());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let vorlagen_optionen = daten.lies_ungetrackt(|ab| {
        let mut liste: Vec<(String, String)> = vorlagen::alle()
            .iter()
            .map(|v| (v.familie.to_string(), format!("{} (mitgeliefert)", v.titel)))
            .collect();
        if let Some(ab) = ab {
            liste.extend(ab.werkzeuge.checklisten.eigene().iter().map(|v| {
                (
                    v.familie.to_string(),
                    format!("{} (Version {})", v.titel, v.version),
                )
            }));
        }
        liste
    });
    let objekte = daten.lies_ungetrackt(|ab| ab.map(calc::objekte).unwrap_or_default());
    let objekt_optionen: Vec<(String, String)> = objekte
        .iter()
        .map(|(o, t)| (objekt_schluessel(o), t.clone()))
        .collect();
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut probleme = Vec::new();
        let familie: Option<u32> = vorlage.get_untracked().parse().ok();
        probleme.wenn(familie.is_none(), "vorlage", "Wählen Sie eine Vorlage.");
        let gewaehlt = objekt.get_untracked();
        let obj = objekte
            .iter()
            .find(|(o, _)| objekt_schluessel(o) == gewaehlt)
            .map(|(o, _)| *o);
        probleme.wenn(obj.is_none(), "objekt", "Wählen Sie, was geprüft wird.");
        let tag = datum_lesen(
            &mut probleme,
            "datum",
            "Datum",
            &datum.get_untracked(),
            true,
        );
        if !fehler_melden(fehler, "cl-n-", probleme) {
            return;
        }
        let mut neu = None;
        daten.aendere("Durchführung begonnen", |ab| {
            let Some(v) = familie.and_then(|f| vorlage_der_familie(ab, f)) else {
                return;
            };
            let plan = &mut ab.werkzeuge.checklisten;
            let vid = plan.fuer_durchfuehrung(&v);
            neu = Some(plan.speichere_durchfuehrung(Durchfuehrung {
                vorlage: vid,
                objekt: obj.unwrap_or(Objekt {
                    art: Objektart::Behoerde,
                    id: 0,
                }),
                datum: tag,
                bearbeitende: bearbeitende.get_untracked().trim().to_owned(),
                ..Durchfuehrung::default()
            }));
        });
        if let Some(id) = neu {
            daten.ansagen("Durchführung begonnen.");
            browser::setze_hash(&durchfuehrung_href(id));
        }
    };
    view! {
        <p class="kern-body">"Wählen Sie die Vorlage und was Sie prüfen. Danach beantworten Sie die Prüfpunkte Abschnitt für Abschnitt."</p>
        <Fehlerzusammenfassung id="cl-n-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Auswahl id="cl-n-vorlage" beschriftung="Vorlage" pflicht=true optionen=mit_leerem_wert("bitte wählen", vorlagen_optionen)
                wert=vorlage bei_eingabe=Callback::new(move |w| vorlage.set(w)) fehler=fehler_am(fehler, "cl-n-vorlage") deaktiviert/>
            <Auswahl id="cl-n-objekt" beschriftung="Geprüft wird" pflicht=true optionen=mit_leerem_wert("bitte wählen", objekt_optionen)
                hinweis="Ein Projekt des Multiprojektplans, eine Leistung des Zielstufenplaners oder die Behörde als Ganzes."
                wert=objekt bei_eingabe=Callback::new(move |w| objekt.set(w)) fehler=fehler_am(fehler, "cl-n-objekt") deaktiviert/>
            <Datumseingabe id="cl-n-datum" beschriftung="Datum" pflicht=true wert=datum bei_eingabe=Callback::new(move |w| datum.set(w))
                fehler=fehler_am(fehler, "cl-n-datum") deaktiviert/>
            <Eingabe id="cl-n-bearbeitende" beschriftung="Bearbeitende" wert=bearbeitende bei_eingabe=Callback::new(move |w| bearbeitende.set(w)) deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="cl-n-speichern" deaktiviert=deaktiviert>
                    "Durchführung beginnen"
                </Knopf>
            </div>
        </form>
    }
}
