//! Helpers of the tools' export tests, which write a workbook, read it back with calamine and
//! check it cell by cell: the cell at a position, the column of a heading, and a standard Info
//! block for the workbook under test. Compiled for tests only.

use calamine::{Data, Range};

/// The value at `zeile`, `spalte` (0-based); an empty cell outside the used range.
pub fn zellwert(r: &Range<Data>, zeile: usize, spalte: usize) -> Data {
    r.get_value((zeile as u32, spalte as u32))
        .cloned()
        .unwrap_or(Data::Empty)
}

/// The column whose heading (first row) is `name`; panics naming it when there is none.
pub fn spalte(r: &Range<Data>, name: &str) -> usize {
    (0..r.width())
        .find(|&s| zellwert(r, 0, s) == Data::String(name.into()))
        .unwrap_or_else(|| panic!("Spalte {name} fehlt"))
}

/// The "Info" block of a test export: tool `titel`, workspace "Test", exported on `datum` at
/// 09:00 by this app version and schema, no Stand, authority, marking or notes. Tests that
/// need other values override fields with `Info { … , ..info(…) }`.
pub fn info(titel: &str, datum: crate::shared::datum::Datum) -> super::Info {
    super::Info {
        titel: titel.to_owned(),
        arbeitsbereich: "Test".to_owned(),
        behoerde: String::new(),
        ressort: String::new(),
        stand: None,
        exportiert_am: super::Zeitstempel {
            datum,
            stunde: 9,
            minute: 0,
        },
        app_version: crate::APP_VERSION.to_owned(),
        datenversion: crate::daten::umschlag::SCHEMA,
        einstufung: String::new(),
        hinweise: Vec::new(),
    }
}
