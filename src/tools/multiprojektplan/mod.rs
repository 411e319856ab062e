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
//! - [`views`]: the browser views.

pub mod calc;
pub mod examples;
pub mod export;
pub mod model;
pub mod views;

/// Route segment of the tool.
pub const SLUG: &str = "multiprojektplan";
/// Tool name.
pub const TITEL: &str = "Multiprojektplan";
