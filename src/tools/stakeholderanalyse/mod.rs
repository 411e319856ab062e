//! Stakeholderanalyse: everybody who influences or is affected by a project, assessed by
//! Einfluss, Interesse, Betroffenheit and Haltung at dated Stichtage, placed on the Einfluss ×
//! Interesse grid, with relations, measures and a communication plan (fachkonzept §2.2).
//!
//! - [`model`]: the persisted data (stakeholders with their dated assessments, relations,
//!   measures, communication plan, settings and the editable catalogues) and its validation.
//! - [`calc`]: scale conversion, quadrant and 3×3 field, Priorität, Gap, "kritisch", the
//!   engagement-gap list, the comparison of two dates and the confidentiality filter.
//! - [`export`]: the workbook (Info, Stakeholder, Matrix, Massnahmen, Kommunikationsplan,
//!   Beziehungen, Bewertungen, Legende).
//! - [`examples`]: an example analysis for new users and a generator for large analyses.
//! - [`views`]: the browser views.

pub mod calc;
pub mod examples;
pub mod export;
pub mod model;
pub mod views;

/// Route segment of the tool.
pub const SLUG: &str = "stakeholderanalyse";
/// Tool name.
pub const TITEL: &str = "Stakeholderanalyse";
