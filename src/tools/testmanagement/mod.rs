//! Testmanagement: test case library, test runs, defects, traceability and the acceptance
//! gate for an OZG Onlinedienst (fachkonzept §2.11, Testmanagement und FERT-Unterstützung).
//!
//! - [`model`]: quality criteria, test cases with versions and numbered steps, runs with a
//!   result per case and step, defects with their status workflow, the Abnahme.
//! - [`vorlagen`]: the shipped starter library for a standard Antragsstrecke (bitte prüfen).
//! - [`calc`]: progress and pass rate, trend, coverage and traceability, open defects per
//!   class, Geschäftsvorfall quota, the proposed decision.
//! - [`einlesen`]: test cases from a pasted table (mapping, preview, errors per row).
//! - [`teilen`]: the library as a file for another agency and reading one back (preview,
//!   duplicates by ID with a choice each, one undoable step).
//! - [`export`]: the workbook (Info, Testfaelle, Testlaeufe, Maengel, Traceability, Abnahme,
//!   Legende).
//! - [`examples`]: the example that continues the other tools' story.
//! - [`views`]: the browser views.

pub mod calc;
pub mod einlesen;
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
pub const SLUG: &str = "testmanagement";
/// Tool name.
pub const TITEL: &str = "Testmanagement";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Testfälle aus einer Bibliothek, Testläufe Schritt für Schritt, Mängel \
                       mit Nachtest und ein Abnahme-Vorschlag aus Kriterien und offenen Mängeln.",
    handlungsfeld: Handlungsfeld::Multiprojektmanagement,
    dimensionen: &[Dimension::Prozesse, Dimension::Kompetenzen],
    #[cfg(feature = "oberflaeche")]
    seiten: views::SEITEN,
    #[cfg(not(feature = "oberflaeche"))]
    seiten: &[],
    einstieg: Einstieg {
        einleitung: "Das Testmanagement begleitet einen Onlinedienst bis zur Abnahme: \
                     Testfälle mit nummerierten Schritten und erwarteten Ergebnissen, Testläufe \
                     gegen ein Release, Mängel nach Klassen mit Nachtest und ein Vorschlag zur \
                     Abnahme aus Kriterien und offenen Mängeln.",
        leer: "Noch ist kein Testfall erfasst.",
        aktionen: &[
            ("Startbibliothek übernehmen", "bibliothek"),
            ("Eigenen Testfall anlegen", "neu"),
        ],
        beispiel: "Das Beispiel enthält die angepasste Startbibliothek für „Wohngeld \
                   digital“, einen Systemtest mit zwei Fehlschlägen und zwei Mängeln.",
        beispiel_laden: beispiel!(|ab, heute| {
            let neu = examples::beispiel(heute, ab);
            ab.werkzeuge.testmanagement = neu;
        }),
    },
    kennzahl: |ab| ab.werkzeuge.testmanagement.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Blätter Info, Testfaelle (Schritte \
                       zeilenweise), Testlaeufe (je Testfall eines Laufs eine Zeile), Maengel, \
                       Traceability (Kriterium mit seinen Testfällen), Abnahme (Kriterien, \
                       Vorschlag, Entscheidung) und Legende.",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| export::mappe(&ab.werkzeuge.testmanagement, wahl.info, wahl.nur_blatt),
        vertraulich: None,
    },
    teilen: teilbar!(teilen::teilbar),
};
