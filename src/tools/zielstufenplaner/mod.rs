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
pub mod views;

/// Route segment of the tool.
pub const SLUG: &str = "zielstufenplaner";
/// Tool name.
pub const TITEL: &str = "Zielstufenplaner";
