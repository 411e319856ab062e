//! Budgetmonitor: project and OZG funds against the budget structure Einzelplan → Kapitel →
//! Titel — verfügbares Soll, Ist, Festlegungen, Verpflichtungsermächtigungen, Mittelabfluss
//! against the Monatsplan and the year-end forecast with its Ampel (fachkonzept §2.3, §3.2).
//! Budget officers compare it with their Haushaltsüberwachungsliste (HÜL).
//!
//! - [`model`]: the persisted data and its validation.
//! - [`eingabe`]: the forms' drafts as typed text and how they are read into model data
//!   (German amounts and dates, Fälligkeiten), with an error message per field.
//! - [`calc`]: all figures in integer cents (the rules, e.g. when a Festlegung counts as
//!   abgeflossen, are documented there), the tree with subtotals, the monthly curve, VE and
//!   project finances.
//! - [`export`]: the workbook (Info, Haushaltsstellen in HÜL order, Buchungen, VE,
//!   Monatsverlauf with a native line chart, Projekte_Finanzen, Legende); sums are live
//!   formulas carrying their computed values.
//! - [`examples`]: an example year for new users and a generator for benchmarks.
//! - [`views`]: the browser views.

pub mod calc;
pub mod eingabe;
pub mod examples;
pub mod export;
pub mod model;
#[cfg(feature = "oberflaeche")]
pub mod views;

use crate::shared::vokabular::{Dimension, Handlungsfeld};
use crate::tools::{Ausfuhr, Einstieg, Werkzeug};

/// Route segment of the tool.
pub const SLUG: &str = "budgetmonitor";
/// Tool name.
pub const TITEL: &str = "Budgetmonitor";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Haushaltsmittel je Einzelplan, Kapitel und Titel: verfügbares Soll, \
                       Ist, Festlegungen, Verpflichtungsermächtigungen, Mittelabfluss \
                       gegenüber dem Plan und Prognose zum Jahresende.",
    handlungsfeld: Handlungsfeld::Reporting,
    dimensionen: &[Dimension::Kapazitaeten, Dimension::Prozesse],
    #[cfg(feature = "oberflaeche")]
    seiten: views::SEITEN,
    #[cfg(not(feature = "oberflaeche"))]
    seiten: &[],
    einstieg: Einstieg {
        einleitung: "Der Budgetmonitor zeigt je Haushaltsstelle das verfügbare Soll, Ist, \
                     Festlegungen, was frei ist, den Mittelabfluss gegenüber dem Monatsplan \
                     und die Prognose zum Jahresende – in ganzen Cent gerechnet.",
        leer: "Noch ist keine Haushaltsstelle erfasst.",
        aktionen: &[("Erste Haushaltsstelle anlegen", "neu")],
        beispiel: "Das Beispiel enthält vier erfundene Titel einer Bundesbehörde im zuletzt \
                   abgelaufenen Halbjahr (Stichtag 30. Juni), zugeordnet den Projekten des \
                   Multiprojektplan-Beispiels.",
        beispiel_laden: beispiel!(|ab, heute| {
            let plan = &ab.werkzeuge.multiprojektplan;
            let bm = examples::beispiel(examples::beispieljahr(heute), |kennung, datum| {
                examples::gestartetes_projekt(plan, kennung, datum)
            });
            ab.werkzeuge.budgetmonitor = bm;
        }),
    },
    kennzahl: |ab| ab.werkzeuge.budgetmonitor.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Haushaltsüberwachungsliste zum \
                       Berichtsstichtag mit lebenden Formeln (verfügbares Soll, frei, Quoten, \
                       Abweichungen, Summen je Kapitel und Einzelplan), die Buchungen, die \
                       Verpflichtungsermächtigungen, den Monatsverlauf mit Diagramm und die \
                       Finanzen der Projekte.",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| {
            let bm = &ab.werkzeuge.budgetmonitor;
            let rahmen = calc::Rahmen::von(bm, wahl.heute);
            export::mappe(
                bm,
                &ab.werkzeuge.multiprojektplan,
                wahl.info,
                rahmen,
                wahl.nur_blatt,
            )
        },
        vertraulich: None,
    },
    teilen: None,
};
