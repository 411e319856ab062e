//! Behördenaustausch: exchange between agencies (fachkonzept §2.12). Austauschformate and their
//! Termine, which Behörden took part, the results (Lessons Learned, Good Practice, offene
//! Fragen), Nachnutzungsangebote and Follow-ups; the views "wer mit wem", the Good-Practice and
//! Lessons-Learned catalogue, the offers catalogue and the open follow-ups. The sub-pages
//! "Paket schnüren" and "Paket einlesen" hand work of any tool to another agency as one file
//! (the mechanism is `tools::paket`).
//!
//! - [`model`]: the records, the Behörden catalogue and their checks.
//! - [`calc`]: Termine by month, participation matrix, agency pairs, search, follow-ups.
//! - [`export`]: the workbook (Info, Termine … Follow_ups, Legende).
//! - [`examples`]: the example that continues the other tools' story.
//! - [`teilen`]: the tool's part in sharing packages (its reuse offers).
//! - [`views`]: the browser views.

pub mod calc;
pub mod examples;
pub mod export;
pub mod model;
pub mod teilen;
#[cfg(feature = "oberflaeche")]
pub mod views;

use crate::shared::vokabular::{Dimension, Handlungsfeld};
use crate::tools::{Ausfuhr, Einstieg, Werkzeug};

/// Route segment of the tool.
pub const SLUG: &str = "behoerdenaustausch";
/// Tool name.
pub const TITEL: &str = "Behördenaustausch";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Austausch zwischen Behörden festhalten: Termine, Teilnahmen, Lessons Learned, \
                       Good Practice, Nachnutzungsangebote und Follow-ups – und Arbeitsstände als \
                       Austauschpaket weitergeben.",
    handlungsfeld: Handlungsfeld::Kooperation,
    dimensionen: &[Dimension::Strukturen, Dimension::Kompetenzen],
    #[cfg(feature = "oberflaeche")]
    seiten: views::SEITEN,
    #[cfg(not(feature = "oberflaeche"))]
    seiten: &[],
    einstieg: Einstieg {
        einleitung: "Der Behördenaustausch hält fest, wer sich mit wem austauscht: Netzwerktreffen, \
                     Fachworkshops, Hospitationen, Sprechstunden und Online-Communities mit ihren \
                     Terminen, den teilnehmenden Behörden, den Ergebnissen und Follow-ups. Unter \
                     „Paket schnüren“ stellen Sie Vorlagen, Testfälle, Projekte und Kataloge aus allen \
                     Werkzeugen zu einer Datei für eine andere Behörde zusammen; unter „Paket \
                     einlesen“ übernehmen Sie ein solches Paket, mit Vorschau und in einem Schritt, \
                     den Sie rückgängig machen können.",
        leer: "Noch ist kein Termin und kein Nachnutzungsangebot erfasst.",
        aktionen: &[("Ersten Termin erfassen", "neu"), ("Paket einlesen", "paket-einlesen")],
        beispiel: "Das Beispiel enthält ein Netzwerktreffen mit drei Bundesbehörden zu den \
                   Erfahrungen aus „Wohngeld digital“ mit zwei Lessons Learned und einer Good \
                   Practice, einen kommenden Online-Workshop, ein Nachnutzungsangebot und zwei \
                   Follow-ups.",
        beispiel_laden: beispiel!(|ab, heute| {
            ab.werkzeuge.behoerdenaustausch = examples::beispiel(heute);
        }),
    },
    kennzahl: |ab| ab.werkzeuge.behoerdenaustausch.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Blätter Info, Termine, Teilnahmen (mit Ressort), \
                       Lessons_Learned (alle Ergebnisse: Lessons Learned, Good Practice, offene \
                       Fragen), Nachnutzungsangebote, Follow_ups (überfällig zum Exporttag) und Legende.",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| export::mappe(&ab.werkzeuge.behoerdenaustausch, wahl.info, wahl.heute, wahl.nur_blatt),
        vertraulich: None,
    },
    teilen: teilbar!(teilen::teilbar),
};
