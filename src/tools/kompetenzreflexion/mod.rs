//! Kompetenzreflexion: a workshop tool to reflect the competences of a digitisation team
//! (fachkonzept §2.10). Catalogues of Rollen (Rollensteckbrief), Kompetenzen in five
//! Kompetenzbereiche and Soll-Profile (Rolle × Kompetenz → Niveau 1–3, critical or not), the
//! team by name or anonymous code, self- and peer ratings per date, workshops with a workshop
//! mode for the projector, the team heatmap, a radar chart per role or person, the gap list
//! with priority gaps and development measures.
//!
//! - [`model`]: catalogues (defaults marked "bitte prüfen"), team, ratings, workshops,
//!   measures; deleting a person with all ratings in one step.
//! - [`calc`]: current rating, Ist, gap, priority gaps, team averages and spread, the
//!   distribution for the workshop mode, heatmap and radar figures.
//! - [`export`]: the workbook; names of persons only when the user includes them.
//! - [`examples`]: a team of six in three roles with two rounds of ratings.
//! - [`views`]: the browser views.

pub mod calc;
pub mod examples;
pub mod export;
pub mod model;
#[cfg(feature = "oberflaeche")]
pub mod views;

use crate::shared::vokabular::{Dimension, Handlungsfeld};
use crate::tools::{Ausfuhr, Einstieg, Vertraulich, Werkzeug};

/// Route segment of the tool.
pub const SLUG: &str = "kompetenzreflexion";
/// Tool name.
pub const TITEL: &str = "Kompetenzreflexion";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Rollenprofile, Selbst- und Fremdeinschätzung im Workshop, die Lücken des \
                       Teams zwischen Soll und Ist und Entwicklungsmaßnahmen.",
    handlungsfeld: Handlungsfeld::Wissenstransfer,
    dimensionen: &[Dimension::Kompetenzen],
    #[cfg(feature = "oberflaeche")]
    seiten: views::SEITEN,
    #[cfg(not(feature = "oberflaeche"))]
    seiten: &[],
    einstieg: Einstieg {
        einleitung: "Die Kompetenzreflexion vergleicht, was die Rollen eines Digitalisierungsteams \
                     brauchen (Soll-Profile mit drei Niveaus), mit Selbst- und Fremdeinschätzungen \
                     aus dem Workshop, zeigt die Lücken des Teams und hält Entwicklungsmaßnahmen fest.",
        leer: "Noch sind keine Rollen, Kompetenzen oder Personen erfasst.",
        aktionen: &[
            ("Vorgabe-Kataloge übernehmen", "kataloge"),
            ("Person anlegen", "neu"),
        ],
        beispiel: "Das Beispiel enthält die Vorgabe-Kataloge und ein erfundenes OZG-Team aus sechs \
                   Personen in drei Rollen mit Einschätzungen aus zwei Workshops und zwei Maßnahmen.",
        beispiel_laden: beispiel!(|ab, heute| {
            ab.werkzeuge.kompetenzreflexion = examples::beispiel(heute);
        }),
    },
    kennzahl: |ab| ab.werkzeuge.kompetenzreflexion.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Blätter Info, Rollen, Kompetenzen, Soll_Profile \
                       (Kompetenz × Rolle), Einschaetzungen (je Person, Kompetenz und Datum eine \
                       Zeile), Gaps (aktuelle Lücken mit Priorität), Massnahmen und Legende. \
                       Personen stehen darin nur mit ihrer Kennung (z. B. TN 1).",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| export::mappe(&ab.werkzeuge.kompetenzreflexion, wahl.info, wahl.mit_vertraulichen, wahl.nur_blatt),
        vertraulich: Some(Vertraulich {
            titel: "Namen der Teilnehmenden",
            beschriftung: "Namen der Teilnehmenden einbeziehen",
            stand: |ab| {
                let n = ab
                    .werkzeuge
                    .kompetenzreflexion
                    .personen
                    .iter()
                    .filter(|p| !p.name.trim().is_empty())
                    .count();
                let erfasst = match n {
                    0 => "Es ist keine Person mit Namen erfasst.".to_owned(),
                    1 => "1 Person ist mit Namen erfasst.".to_owned(),
                    n => format!("{n} Personen sind mit Namen erfasst."),
                };
                format!(
                    "{erfasst} Einschätzungen benannter Personen sind personenbezogene Daten: Ohne \
                     Ihre ausdrückliche Wahl enthält der Export nur Kennungen wie „TN 1“."
                )
            },
        }),
    },
    teilen: None,
};
