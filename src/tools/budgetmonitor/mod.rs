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
pub mod views;

/// Route segment of the tool.
pub const SLUG: &str = "budgetmonitor";
/// Tool name.
pub const TITEL: &str = "Budgetmonitor";
