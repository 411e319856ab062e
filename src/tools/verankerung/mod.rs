//! Verankerung: is the OZG organisation anchored for the long run? An editable catalogue of
//! Verankerungsziele per Dimension (Prozesse, Strukturen, Kompetenzen, Kapazitäten), their
//! Ist- and Ziel-Stufe per Stichtag with the change since the last one, measures for the gaps,
//! a radar chart, a gap list, a timeline and a two-page Verankerungsbericht
//! (fachkonzept §2.9).
//!
//! - [`model`]: goals, assessments, measures and the suggested goals (marked "bitte prüfen").
//! - [`calc`]: latest assessment and change, averages per Dimension, gap list, overdue.
//! - [`export`]: the workbook (Info, Verankerung, Verlauf, Legende).
//! - [`examples`]: the example that continues the other tools' story.
//! - [`views`]: the browser views.

pub mod calc;
pub mod examples;
pub mod export;
pub mod model;
#[cfg(feature = "oberflaeche")]
pub mod views;

use crate::shared::vokabular::{Dimension, Handlungsfeld};
use crate::tools::{Ausfuhr, Einstieg, Werkzeug};

/// Route segment of the tool.
pub const SLUG: &str = "verankerung";
/// Tool name.
pub const TITEL: &str = "Verankerung";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Ist die OZG-Organisation auf Dauer verankert? Ziele je Dimension mit \
                       Ist- und Ziel-Stufe je Stichtag, Lücken, Maßnahmen und ein Bericht für \
                       den Lenkungskreis.",
    handlungsfeld: Handlungsfeld::Programmkoordination,
    dimensionen: &[
        Dimension::Prozesse,
        Dimension::Strukturen,
        Dimension::Kompetenzen,
        Dimension::Kapazitaeten,
    ],
    #[cfg(feature = "oberflaeche")]
    seiten: views::SEITEN,
    #[cfg(not(feature = "oberflaeche"))]
    seiten: &[],
    einstieg: Einstieg {
        einleitung: "Die Verankerung prüft, ob die OZG-Organisation nach dem Ende der \
                     Projektförderung trägt: Sie bewerten Verankerungsziele je Dimension \
                     (Prozesse, Strukturen, Kompetenzen, Kapazitäten) zu Stichtagen auf der \
                     Stufenleiter 0 nicht vorhanden bis 4 verstetigt, sehen die Lücken und \
                     planen Maßnahmen.",
        leer: "Noch ist kein Verankerungsziel erfasst.",
        aktionen: &[
            ("Vorgeschlagene Ziele übernehmen", "vorschlaege"),
            ("Eigenes Ziel anlegen", "neu"),
        ],
        beispiel: "Das Beispiel enthält 13 Verankerungsziele einer erfundenen Behörde, \
                   bewertet zu zwei Stichtagen, mit Maßnahmen für die größten Lücken.",
        beispiel_laden: beispiel!(|ab, heute| {
            let neu = examples::beispiel(heute, ab);
            ab.werkzeuge.verankerung = neu;
        }),
    },
    kennzahl: |ab| ab.werkzeuge.verankerung.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Blätter Info, Verankerung (je Ziel der \
                       neueste Stand mit Lücke und Veränderung, je Maßnahme eine Zeile), \
                       Verlauf (je Ziel und Stichtag eine Zeile) und Legende mit der \
                       Stufenleiter.",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| {
            export::mappe(
                &ab.werkzeuge.verankerung,
                wahl.info,
                wahl.heute,
                wahl.nur_blatt,
            )
        },
        vertraulich: None,
    },
    teilen: None,
};
