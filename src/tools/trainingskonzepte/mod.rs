//! Trainingskonzepte: plan qualification for the people implementing OZG, from the competence
//! gaps of the Kompetenzreflexion to modules, dates and evidence of effect (fachkonzept §2.8).
//! A concept moves through the seven phases [Q:S54] (step indicator with what each still
//! lacks), names target groups and learning objectives, holds modules that address priority
//! gaps by the competences' permanent ids, Termine with participation, feedback and a waiting
//! list, and the evaluation on four levels.
//!
//! - [`model`]: concepts, target groups, modules, Termine, Teilnahmen, evaluation; the waiting
//!   list.
//! - [`calc`]: what each phase lacks, coverage of priority gaps, Teilnahmequote, cost per
//!   participant, hours per target group, the month calendar.
//! - [`ics`]: iCalendar files (RFC 5545) per Termin or per concept.
//! - [`export`]: the workbook.
//! - [`teilen`]: its part in sharing packages (concepts; Teilnahmen only on explicit choice).
//! - [`examples`]: one concept for the OZG team of the Kompetenzreflexion's example.
//! - [`views`]: the browser views.

pub mod calc;
pub mod examples;
pub mod export;
pub mod ics;
pub mod model;
pub mod teilen;
#[cfg(feature = "oberflaeche")]
pub mod views;

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::vokabular::{Dimension, Handlungsfeld};
use crate::tools::{Ausfuhr, Einstieg, Vertraulich, Werkzeug};

/// Route segment of the tool.
pub const SLUG: &str = "trainingskonzepte";
/// Tool name.
pub const TITEL: &str = "Trainingskonzepte";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Qualifizierung planen: von den Kompetenzlücken zu Modulen, Terminen mit \
                       Teilnahme und Kalenderdatei und dem Nachweis der Wirkung.",
    handlungsfeld: Handlungsfeld::Wissenstransfer,
    dimensionen: &[Dimension::Kompetenzen],
    #[cfg(feature = "oberflaeche")]
    seiten: views::SEITEN,
    #[cfg(not(feature = "oberflaeche"))]
    seiten: &[],
    einstieg: Einstieg {
        einleitung: "Ein Trainingskonzept durchläuft sieben Phasen von der Bedarfsermittlung bis zur \
                     Erfolgskontrolle. Seine Module greifen die prioritären Lücken der \
                     Kompetenzreflexion auf; Termine lassen sich als Kalenderdatei (.ics) in Outlook \
                     übernehmen.",
        leer: "Noch ist kein Trainingskonzept erfasst.",
        aktionen: &[("Erstes Trainingskonzept anlegen", "neu")],
        beispiel: "Das Beispiel enthält ein Konzept für das OZG-Team der Kompetenzreflexion zu zwei \
                   prioritären Lücken (Risikomanagement, Moderation und Beteiligung) mit drei Modulen, Terminen, \
                   Teilnahme, Feedback und Evaluation. Ist die Kompetenzreflexion leer, wird ihr \
                   Beispiel mitgeladen.",
        beispiel_laden: beispiel!(|ab, heute| {
            if ab.werkzeuge.kompetenzreflexion.ist_leer() {
                ab.werkzeuge.kompetenzreflexion =
                    crate::tools::kompetenzreflexion::examples::beispiel(heute);
            }
            ab.werkzeuge.trainingskonzepte =
                examples::beispiel(heute, &ab.werkzeuge.kompetenzreflexion);
        }),
    },
    kennzahl: |ab| ab.werkzeuge.trainingskonzepte.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Blätter Info, Konzept (mit Teilnahmequote, Kosten \
                       je Teilnehmende und Abdeckung der prioritären Lücken), Module, Termine, \
                       Teilnahmen, Evaluation, Zielgruppe_x_Modul (Stunden je Zielgruppe und Modul) \
                       und Legende.",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| export::mappe(ab, wahl.info, wahl.heute, wahl.mit_vertraulichen, wahl.nur_blatt),
        vertraulich: Some(Vertraulich {
            titel: "Namen der Teilnehmenden",
            beschriftung: "Namen der Teilnehmenden einbeziehen",
            stand: |ab| {
                let n: usize = ab
                    .werkzeuge
                    .trainingskonzepte
                    .konzepte
                    .iter()
                    .flat_map(|k| &k.termine)
                    .map(|t| t.teilnahmen.len())
                    .sum();
                format!(
                    "{} sind erfasst. Namen von Teilnehmenden sind personenbezogene Daten: Ohne Ihre \
                     ausdrückliche Wahl enthält die Tabelle Teilnahmen statt des Namens nur die \
                     Kennung wie „Teilnahme A12“.",
                    crate::shared::text::anzahl(n, "Teilnahme", "Teilnahmen")
                )
            },
        }),
    },
    teilen: teilbar!(teilen::teilbar),
};
