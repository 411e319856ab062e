//! Wissenslandkarte: who knows what, where it is kept, and where knowledge is at risk
//! (fachkonzept §2.6). Wissensgebiete as a tree, Wissensträger (persons only named with their
//! consent), Zuordnungen with expertise, Wissensbestände, process steps, Transfermaßnahmen; the
//! map as an SVG tree with a nested list, the matrix Gebiet × Träger, the process map with
//! coverage, the risk list and the offboarding sheet per person.
//!
//! - [`model`]: the records, their checks and the consent rule for names.
//! - [`calc`]: tree, paths, bus factor, Risiko, coverage, offboarding, map layout.
//! - [`export`]: the workbook (Info, Wissensgebiete … Transfermassnahmen, Legende).
//! - [`examples`]: the example that continues the other tools' story; large generated maps.
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
pub const SLUG: &str = "wissenslandkarte";
/// Tool name.
pub const TITEL: &str = "Wissenslandkarte";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Wer weiß was, wo liegt es, und wo droht Wissen verloren zu gehen? \
                       Wissensgebiete als Baum, Wissensträger, Risikoliste, Transfermaßnahmen \
                       und Offboarding-Blatt.",
    handlungsfeld: Handlungsfeld::Wissenstransfer,
    dimensionen: &[Dimension::Kompetenzen, Dimension::Kapazitaeten],
    #[cfg(feature = "oberflaeche")]
    seiten: views::SEITEN,
    #[cfg(not(feature = "oberflaeche"))]
    seiten: &[],
    einstieg: Einstieg {
        einleitung: "Die Wissenslandkarte zeigt, wer was weiß und wo Wissen abgelegt ist: \
                     Wissensgebiete als Baum, ihnen zugeordnet Personen, Rollen, Teams, \
                     Dokumente und Systeme. Die Risikoliste nennt Gebiete, deren einziger \
                     Hauptträger bald geht; von dort planen Sie Transfermaßnahmen. Namen von \
                     Personen erscheinen in Exporten und Drucken nur mit deren Einwilligung.",
        leer: "Noch ist kein Wissensgebiet und kein Wissensträger erfasst.",
        aktionen: &[
            ("Erstes Wissensgebiet anlegen", ""),
            ("Wissensträger erfassen", "traeger"),
        ],
        beispiel: "Das Beispiel enthält zehn Wissensgebiete in drei Ebenen, neun \
                   Wissensträger (eine Person ohne Einwilligung), eine Expertin, die in sechs \
                   Monaten in den Ruhestand geht, und eine laufende Wissensstafette.",
        beispiel_laden: beispiel!(|ab, heute| {
            ab.werkzeuge.wissenslandkarte = examples::beispiel(heute);
        }),
    },
    kennzahl: |ab| ab.werkzeuge.wissenslandkarte.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Blätter Info, Wissensgebiete (mit dem Pfad \
                       „A > B > C“ und dem Busfaktor), Wissenstraeger, Zuordnungen, \
                       Wissensbestaende, Risiken (zum Exporttag), Transfermassnahmen und \
                       Legende.",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| {
            export::mappe(
                &ab.werkzeuge.wissenslandkarte,
                wahl.info,
                wahl.heute,
                wahl.mit_vertraulichen,
                wahl.nur_blatt,
            )
        },
        vertraulich: Some(Vertraulich {
            titel: "Namen von Personen ohne Einwilligung",
            beschriftung: "Namen von Personen ohne Einwilligung einbeziehen",
            stand: |ab| {
                let anzahl = ab
                    .werkzeuge
                    .wissenslandkarte
                    .traeger
                    .iter()
                    .filter(|t| t.name_geschuetzt())
                    .count();
                let markiert = match anzahl {
                    0 => "Alle erfassten Personen haben in die Nennung ihres Namens eingewilligt."
                        .to_owned(),
                    1 => "1 Person hat nicht eingewilligt.".to_owned(),
                    n => format!("{n} Personen haben nicht eingewilligt."),
                };
                format!(
                    "{markiert} Ohne Ihre ausdrückliche Wahl erscheinen Personen ohne Einwilligung \
                     in allen Blättern nur mit ihrer Rolle/Stelle; das Blatt „Info“ nennt, wie viele."
                )
            },
        }),
    },
    teilen: None,
};
