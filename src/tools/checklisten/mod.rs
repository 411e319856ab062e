//! Checklisten: one engine for guided assessments with follow-up measures, with the Reality
//! Check and the E-Payment-Checkliste as shipped content and templates users write
//! themselves (fachkonzept §2.7).
//!
//! - [`model`]: templates (sections, items with answer type, weight, Muss/Kann, condition,
//!   Handlungsfeld/Dimension), their versions, runs with answers and measures.
//! - [`vorlagen`]: the two shipped templates as data.
//! - [`calc`]: visibility by condition, Erfüllungsgrad per section and in total, K.-o., measures.
//! - [`export`]: the workbook.
//! - [`teilen`]: a template as a file for another agency, and reading such a file back.
//! - [`examples`]: the example that continues the other tools' story.
//! - [`views`]: the browser views.

pub mod calc;
pub mod examples;
pub mod export;
pub mod model;
pub mod teilen;
#[cfg(feature = "oberflaeche")]
pub mod views;
pub mod vorlagen;

use crate::shared::vokabular::{Dimension, Handlungsfeld};
use crate::tools::{Ausfuhr, Einstieg, Werkzeug};

/// Route segment of the tool.
pub const SLUG: &str = "checklisten";
/// Tool name.
pub const TITEL: &str = "Checklisten";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Geführte Prüfungen mit Folgemaßnahmen: Reality Check für Projekte, \
                       E-Payment-Checkliste für Leistungen und eigene Vorlagen, mit \
                       Erfüllungsgrad je Abschnitt und K.-o.-Punkten.",
    handlungsfeld: Handlungsfeld::Multiprojektmanagement,
    dimensionen: &[
        Dimension::Prozesse,
        Dimension::Strukturen,
        Dimension::Kapazitaeten,
    ],
    #[cfg(feature = "oberflaeche")]
    seiten: views::SEITEN,
    #[cfg(not(feature = "oberflaeche"))]
    seiten: &[],
    einstieg: Einstieg {
        einleitung: "Mit einer Checkliste prüfen Sie ein Projekt, eine Leistung oder die Behörde \
                     Punkt für Punkt: Antworten mit Kommentar, Nachweis und Folgemaßnahme, \
                     Erfüllungsgrad je Abschnitt, K.-o. bei einem Muss-Punkt mit „nein“. \
                     Mitgeliefert sind der Reality Check und die E-Payment-Checkliste; eigene \
                     Vorlagen schreiben Sie selbst.",
        leer: "Noch ist keine Checkliste durchgeführt und keine eigene Vorlage angelegt.",
        aktionen: &[
            ("Checkliste durchführen", "neu"),
            ("Vorlagen ansehen", "vorlagen"),
        ],
        beispiel: "Das Beispiel enthält einen Reality Check des Projekts „Wohngeld digital“ \
                   mit einem K.-o.-Punkt und zwei Maßnahmen sowie eine E-Payment-Prüfung der \
                   Leistung „Visum beantragen“.",
        beispiel_laden: beispiel!(|ab, heute| {
            let neu = examples::beispiel(heute, ab);
            ab.werkzeuge.checklisten = neu;
        }),
    },
    kennzahl: |ab| ab.werkzeuge.checklisten.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Blätter Info, Vorlagen (jede Version), \
                       Pruefpunkte, Durchfuehrungen (mit Erfüllungsgrad und K.-o.), Antworten \
                       (Abschnitt, Nr, Frage, Muss, Gewicht, Antwort, Kommentar, Nachweis, \
                       Maßnahme), Auswertung je Abschnitt, Massnahmen und Legende.",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| export::mappe(ab, wahl.info, wahl.heute, wahl.nur_blatt),
        vertraulich: None,
    },
    teilen: teilbar!(teilen::teilbar),
};
