//! Zielstufenplaner: per Leistung (OZG-/LeiKa-Leistung) the current Reifegrad in either OZG
//! maturity model (RGM 1.1 or 2.0), the criterion that holds it back, and the staged path
//! MVP → Ausbaustufen → Zielvision to the target, with Nachweis-Reifegrade A–D
//! (fachkonzept §2.4, §3.1).
//!
//! - [`model`]: Leistungen, Bewertungen, Zielstufen, Nachweise and the shipped, versioned
//!   maturity models with the user's corrections.
//! - [`calc`]: overall level (minimum) and limiting criteria, counts per level, the gap to
//!   OZG-Konformität, the Reifegrad-Check questions, plan checks, ladder, heatmap, Nachweis
//!   matrix and reading a pasted list.
//! - [`export`]: the workbook (Info, Leistungen, Bewertungen, Zielstufen, Nachweise, Legende).
//! - [`examples`]: an example set for new users and a generator for benchmarks.
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
pub const SLUG: &str = "zielstufenplaner";
/// Tool name.
pub const TITEL: &str = "Zielstufenplaner";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Reifegrad je Verwaltungsleistung nach RGM 1.1 oder 2.0, das \
                       begrenzende Kriterium und die Zielstufen vom MVP bis zur Zielvision.",
    handlungsfeld: Handlungsfeld::Programmkoordination,
    dimensionen: &[Dimension::Prozesse, Dimension::Kompetenzen],
    #[cfg(feature = "oberflaeche")]
    seiten: views::SEITEN,
    #[cfg(not(feature = "oberflaeche"))]
    seiten: &[],
    einstieg: Einstieg {
        einleitung: "Der Zielstufenplaner hält je Verwaltungsleistung den aktuellen Reifegrad \
                     fest (Reifegradmodell 1.1 oder 2.0), zeigt, welches Kriterium ihn begrenzt, \
                     und plant die Stufen bis zum Ziel: MVP, Ausbaustufen, Zielvision.",
        leer: "Noch ist keine Leistung erfasst.",
        aktionen: &[
            ("Erste Leistung anlegen", "neu"),
            ("Liste einfügen", "einfuegen"),
        ],
        beispiel: "Das Beispiel enthält sechs erfundene Leistungen.",
        beispiel_laden: beispiel!(|ab, heute| {
            let neu = examples::beispiel(heute, &ab.werkzeuge.multiprojektplan);
            // Corrections of the catalogue stay.
            let plan = &mut ab.werkzeuge.zielstufenplaner;
            let anpassungen = std::mem::take(&mut plan.anpassungen);
            *plan = neu;
            plan.anpassungen = anpassungen;
        }),
    },
    kennzahl: |ab| ab.werkzeuge.zielstufenplaner.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Blätter Info, Leistungen, Bewertungen (je \
                       Modell ein Block Kriterienspalten), Zielstufen, Nachweise und Legende mit \
                       den Stufentexten beider Reifegradmodelle.",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| {
            export::mappe(
                &ab.werkzeuge.zielstufenplaner,
                &ab.werkzeuge.multiprojektplan,
                wahl.info,
                wahl.heute,
                wahl.nur_blatt,
            )
        },
        vertraulich: None,
    },
    teilen: None,
};
