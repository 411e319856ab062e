//! Stakeholderanalyse: everybody who influences or is affected by a project, assessed by
//! Einfluss, Interesse, Betroffenheit and Haltung at dated Stichtage, placed on the Einfluss ×
//! Interesse grid, with relations, measures and a communication plan (fachkonzept §2.2).
//!
//! - [`model`]: the persisted data (stakeholders with their dated assessments, relations,
//!   measures, communication plan, settings and the editable catalogues) and its validation.
//! - [`calc`]: scale conversion, quadrant and 3×3 field, Priorität, Gap, "kritisch", the
//!   engagement-gap list, the comparison of two dates and the confidentiality filter.
//! - [`export`]: the workbook (Info, Stakeholder, Matrix, Maßnahmen, Kommunikationsplan,
//!   Beziehungen, Bewertungen, Legende).
//! - [`examples`]: an example analysis for new users and a generator for large analyses.
//! - [`views`]: the browser views.

pub mod calc;
pub mod examples;
pub mod export;
pub mod model;
pub mod teilen;
#[cfg(feature = "oberflaeche")]
pub mod views;

use crate::shared::vokabular::{Dimension, Handlungsfeld};
use crate::tools::{Ausfuhr, Einstieg, Vertraulich, Werkzeug};

/// Route segment of the tool.
pub const SLUG: &str = "stakeholderanalyse";
/// Tool name.
pub const TITEL: &str = "Stakeholderanalyse";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Wer beeinflusst das Projekt, wer ist betroffen? Einfluss, Interesse \
                       und Haltung datiert bewerten, in der Matrix platzieren, Maßnahmen und \
                       Kommunikation planen.",
    handlungsfeld: Handlungsfeld::Kooperation,
    dimensionen: &[Dimension::Strukturen, Dimension::Prozesse],
    #[cfg(feature = "oberflaeche")]
    seiten: views::SEITEN,
    #[cfg(not(feature = "oberflaeche"))]
    seiten: &[],
    einstieg: Einstieg {
        einleitung: "Die Stakeholderanalyse erfasst alle, die Ihr Projekt beeinflussen oder von \
                     ihm betroffen sind: mit Einfluss, Interesse, Betroffenheit und Haltung, \
                     datiert je Bewertung, auf einer Matrix mit Strategien, mit Maßnahmen und \
                     einem Kommunikationsplan.",
        leer: "Noch ist kein Stakeholder erfasst.",
        aktionen: &[("Ersten Stakeholder anlegen", "neu")],
        beispiel: "Das Beispiel enthält acht erfundene Stakeholder eines OZG-Projekts mit zwei \
                   Bewertungen.",
        beispiel_laden: beispiel!(|ab, heute| {
            ab.werkzeuge.stakeholderanalyse = examples::beispiel(heute);
        }),
    },
    kennzahl: |ab| ab.werkzeuge.stakeholderanalyse.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Stakeholder mit ihrer Position zum \
                       Stichtag, die Matrix, die Maßnahmen, den Kommunikationsplan, die \
                       Beziehungen und den Verlauf der Bewertungen.",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| {
            let analyse = &ab.werkzeuge.stakeholderanalyse;
            export::mappe(
                analyse,
                &ab.werkzeuge.multiprojektplan,
                wahl.info,
                calc::stichtag(analyse, wahl.heute),
                wahl.mit_vertraulichen,
                wahl.nur_blatt,
            )
        },
        vertraulich: Some(Vertraulich {
            titel: "Vertrauliche Stakeholder",
            beschriftung: "Vertrauliche Stakeholder einbeziehen",
            stand: |ab| {
                let anzahl = ab
                    .werkzeuge
                    .stakeholderanalyse
                    .stakeholder
                    .iter()
                    .filter(|s| s.vertraulich)
                    .count();
                let markiert = match anzahl {
                    0 => "Es ist kein Stakeholder als vertraulich markiert.".to_owned(),
                    1 => "1 Stakeholder ist als vertraulich markiert.".to_owned(),
                    n => format!("{n} Stakeholder sind als vertraulich markiert."),
                };
                format!(
                    "{markiert} Ohne Ihre ausdrückliche Wahl bleiben vertrauliche Stakeholder mit \
                     ihren Maßnahmen, Kommunikationsplan-Einträgen und Beziehungen aus dem Export \
                     heraus; das Blatt „Info“ nennt, wie viele."
                )
            },
        }),
    },
    teilen: teilbar!(teilen::teilbar),
};
