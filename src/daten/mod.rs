//! The persisted data: workspaces, their versioned envelope and migrations, the two-slot
//! storage layout, settings, backup files and the undo history.
//!
//! All of it is pure: it decides *what* to store and how to read it back, and is tested
//! natively. Writing to the browser is done by `app::speicher` (the only storage owner) on
//! behalf of `app::daten`, which holds the live state.

pub mod ablage;
pub mod arbeitsbereich;
pub mod datei;
pub mod einstellungen;
pub mod json;
pub mod kanonisch;
pub mod packung;
pub mod sicherung;
pub mod umschlag;
pub mod verlauf;
