//! Multiprojektplan: one consolidated, sortable and filterable list of all projects of an
//! agency with timeline, milestones, dependencies, status reports and priorities
//! (fachkonzept §2.1).
//!
//! - [`model`]: the persisted data and its validation.
//! - [`calc`]: Terminverzug, Termintreue, priority score, suggested Termin-Ampel, dependency
//!   warnings, Ampel counts, portfolio filter/sort/group and the timeline scale.
//! - [`export`]: the workbook (Info, Projekte, Meilensteine, Abhaengigkeiten, Statusberichte,
//!   Prognosen, Priorisierung, Legende); each data sheet is also offered as CSV.
//! - [`examples`]: an example portfolio for new users and a generator for benchmarks.
//! - [`teilen`]: its part in sharing packages (a chosen set of projects).
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
pub const SLUG: &str = "multiprojektplan";
/// Tool name.
pub const TITEL: &str = "Multiprojektplan";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Alle Projekte in einer Liste und auf einer Zeitachse: Meilensteine, \
                       Abhängigkeiten, Ampeln, Statusberichte und Priorisierung.",
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
        einleitung: "Der Multiprojektplan fasst alle Projekte Ihrer Behörde in einer Liste \
                     zusammen: mit Terminen, Meilensteinen, Abhängigkeiten, Ampeln, \
                     Statusberichten und einer Priorisierung nach gewichteten Kriterien.",
        leer: "Noch ist kein Projekt erfasst.",
        aktionen: &[("Erstes Projekt anlegen", "neu")],
        beispiel: "Das Beispiel enthält acht erfundene OZG-Projekte.",
        beispiel_laden: beispiel!(|ab, heute| {
            ab.werkzeuge.multiprojektplan = examples::beispielportfolio(heute);
        }),
    },
    kennzahl: |ab| ab.werkzeuge.multiprojektplan.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Projekte mit ihren Ampeln, die \
                       Meilensteine, die Abhängigkeiten, die Statusberichte, die Prognosen je \
                       Stichtag und die Priorisierung.",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| {
            let plan = &ab.werkzeuge.multiprojektplan;
            export::mappe(
                plan,
                wahl.info,
                calc::stichtag(plan, wahl.heute),
                wahl.nur_blatt,
            )
        },
        vertraulich: None,
    },
    teilen: teilbar!(teilen::teilbar),
};
