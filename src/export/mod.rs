//! The shared export of every tool: one neutral description of a workbook ([`Mappe`]: an info
//! block, data sheets of typed cells, a legend) and two writers, [`xlsx::erstellen`] (an Excel
//! workbook with real numbers, dates and print setup) and [`csv::erstellen`] (one sheet as
//! German-Excel-friendly CSV).
//!
//! Tools build a [`Mappe`] in their pure `export.rs` and hand the bytes to the browser layer for
//! the download; file names come from [`dateiname`]. Nothing here knows the browser.
//!
//! The kit a tool's `export.rs` states its workbook with: [`Tabelle`] declares a data sheet by
//! its columns, the constructors on [`Zelle`] build single cells (user text, IDs, optional
//! values) where a sheet needs them by hand, and [`Legende`] lists the legend: every value of a
//! tool's enums ([`Aufzaehlung`], implemented with `aufzaehlungen!`) and fixed explanations.
//! [`Blattauswahl`] states the data sheets in order, so that a CSV download builds only its one.
//!
//! **Invariant:** like `shared` and `daten`, this module never uses `leptos`, `web_sys`,
//! `js_sys`, `wasm_bindgen` or `gloo_*`; only files named `export.rs` or below `export/` may use
//! `rust_xlsxwriter`.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::shared::datum::Datum;
use crate::shared::format;
use crate::shared::vokabular::Ampel;

pub mod auftrag;
mod auswahl;
pub mod csv;
mod legende;
mod tabelle;
pub mod xlsx;

#[cfg(test)]
pub mod testhilfe;

pub use auswahl::Blattauswahl;
pub(crate) use legende::aufzaehlungen;
pub use legende::{Aufzaehlung, Legende};
pub use tabelle::{Ganzzahlig, Tabelle, Vielleicht};

/// MIME type of an `.xlsx` download.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// MIME type of a `.csv` download.
pub const CSV_MIME: &str = "text/csv;charset=utf-8";

/// A whole workbook: the sheet "Info", the data sheets in order, the sheet "Legende".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mappe {
    /// What is exported, from where and when (sheet "Info").
    pub info: Info,
    /// The data sheets, in the order they appear after "Info".
    pub blaetter: Vec<Blatt>,
    /// Meanings of the enumerated values used in the data sheets (sheet "Legende").
    pub legende: Vec<Legendeneintrag>,
}

/// The provenance block written to the sheet "Info".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Info {
    /// Tool title, e.g. "Multiprojektplan".
    pub titel: String,
    /// Name of the workspace.
    pub arbeitsbereich: String,
    /// Authority (also the workbook's "company" property).
    pub behoerde: String,
    /// Ministry.
    pub ressort: String,
    /// "Stichtag / Stand" of the data, if the tool has one.
    pub stand: Option<Datum>,
    /// When the export was made (the workbook's creation time, too).
    pub exportiert_am: Zeitstempel,
    /// App version that wrote the file.
    pub app_version: String,
    /// Schema version of the stored data.
    pub datenversion: u32,
    /// Optional marking such as "VS – NUR FÜR DEN DIENSTGEBRAUCH"; empty means none. When set it
    /// is printed in the page header of every sheet.
    pub einstufung: String,
    /// Further lines `(Angabe, Wert)` a tool adds below the standard ones, e.g. how many
    /// confidential records an export left out. Empty for most exports.
    pub hinweise: Vec<(String, String)>,
}

/// A point in time to the minute, as the user's clock shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Zeitstempel {
    /// Calendar day.
    pub datum: Datum,
    /// Hour, 0 to 23.
    pub stunde: u8,
    /// Minute, 0 to 59.
    pub minute: u8,
}

/// One data sheet: a header row and rows of typed cells.
///
/// By convention the first column is always the stable ID of the row's object (e.g. `P-0001`),
/// so that exported rows can be matched to the app and across exports. Building it is the
/// tool's responsibility; the writers do not check it.
///
/// Struct literals name the fields they set and end with `..Blatt::default()`, so that new
/// optional parts (like [`Blatt::diagramme`]) do not break them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Blatt {
    /// Sheet name as the tool would like it; cleaned and made unique on writing.
    pub name: String,
    /// Column headings.
    pub spalten: Vec<String>,
    /// Data rows; a row may be shorter than the header (missing cells are empty).
    pub zeilen: Vec<Vec<Zelle>>,
    /// Native charts on this sheet, drawing from this sheet's cells (xlsx only; CSV has none).
    pub diagramme: Vec<Diagramm>,
}

#[cfg(test)]
impl Blatt {
    /// Index of the column headed `name`, for tests that read a sheet; panics if it is missing.
    pub(crate) fn spalte_nr(&self, name: &str) -> usize {
        self.spalten
            .iter()
            .position(|s| s == name)
            .unwrap_or_else(|| panic!("Spalte {name} fehlt in {}", self.name))
    }
}

/// A native spreadsheet chart on a [`Blatt`]. Its ranges always refer to the sheet that carries
/// it, so they stay right however the writer has to rename the sheet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagramm {
    /// Line or column chart.
    pub art: Diagrammart,
    /// Title above the chart.
    pub titel: String,
    /// The category labels (x axis), e.g. the month column.
    pub kategorien: Bereich,
    /// The data series, each one column range.
    pub reihen: Vec<Datenreihe>,
    /// Title of the category axis.
    pub x_achse: String,
    /// Title of the value axis.
    pub y_achse: String,
    /// Number format of the value axis in Excel's notation, e.g. `#,##0 "€"`; empty: general.
    pub y_zahlenformat: String,
    /// Top left cell of the chart: sheet row (0 = header row) and column, both from 0.
    pub anker: (u32, u16),
}

/// Kinds of [`Diagramm`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Diagrammart {
    /// Lines, one per series (e.g. a cumulative outflow curve).
    Linie,
    /// Clustered columns.
    Saeulen,
    /// Stacked columns (e.g. Ist / gebunden / frei).
    GestapelteSaeulen,
}

/// One series of a [`Diagramm`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Datenreihe {
    /// Name in the legend.
    pub name: String,
    /// The values.
    pub werte: Bereich,
}

/// A column range on the sheet: column `spalte`, sheet rows `von..=bis` (0 = header row, so the
/// first data row is 1). All three from 0, like the writer's cell positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bereich {
    /// Column, 0 = A.
    pub spalte: u16,
    /// First sheet row.
    pub von: u32,
    /// Last sheet row (inclusive).
    pub bis: u32,
}

/// The A1 reference of a cell from its sheet row and column (both from 0): `(1, 2)` → `C2`.
/// Tools use it to build formulas; the first data row of a [`Blatt`] is sheet row 1.
pub fn zellbezug(zeile: u32, spalte: u16) -> String {
    format!("{}{}", spaltenname(spalte), zeile + 1)
}

/// The letters of a column (from 0): `0` → `A`, `25` → `Z`, `26` → `AA`.
pub fn spaltenname(spalte: u16) -> String {
    let mut n = u32::from(spalte) + 1;
    let mut buchstaben = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        buchstaben.push(char::from(b'A' + rest as u8));
        n = (n - 1) / 26;
    }
    buchstaben.iter().rev().collect()
}

/// A typed cell. Numbers are exact integers (cents, fixed point) until the writer turns them
/// into the file's representation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Zelle {
    /// Nothing.
    Leer,
    /// User text: always a string cell, never a formula.
    Text(String),
    /// A whole number.
    Ganzzahl(i64),
    /// Exact fixed point: `wert = 15, stellen = 1` is 1,5 (e.g. VZÄ).
    Dezimal {
        /// Value scaled by `10^stellen`.
        wert: i64,
        /// Number of decimals.
        stellen: u8,
    },
    /// Money in integer cents.
    Euro(i64),
    /// A calendar date.
    Datum(Datum),
    /// A fraction as fixed point: `wert = 255, stellen = 3` is 0,255, shown as 25,5 %.
    Prozent {
        /// Fraction scaled by `10^stellen`.
        wert: i64,
        /// Number of decimals of the fraction (not of the percentage).
        stellen: u8,
    },
    /// A status Ampel: its German word, coloured.
    Ampel(Ampel),
    /// Yes or no, written as "ja" / "nein".
    Wahr(bool),
    /// A live spreadsheet formula together with the value it computes to (the cached result).
    ///
    /// `formel` is Excel's English notation with A1 references and `,` between arguments, with
    /// or without the leading `=`, e.g. `SUM(G2:G9)` (German Excel shows it as `=SUMME(G2:G9)`).
    /// `wert` is the value the tool has computed exactly in integer arithmetic; it decides the
    /// cell's number format (a [`Zelle::Euro`] gives the euro format, a [`Zelle::Prozent`] the
    /// percent format, …) and is stored as the cached result, so every reader shows the right
    /// number before (or without) recalculating. CSV writes `wert`. A text `wert` such as "–"
    /// stands for a formula whose result is text (e.g. `IF(K2=0,"–",L2/K2)`).
    ///
    /// **Formulas only ever come from code**, never from user text: user text goes into
    /// [`Zelle::Text`], which is always a string cell.
    Formel {
        /// The formula, e.g. `K2-L2-M2`.
        formel: String,
        /// The computed value; nested formulas count as their own value.
        wert: Box<Zelle>,
    },
}

impl Zelle {
    /// User text; blank text (empty or only whitespace) is an empty cell. Never a formula.
    pub fn text(text: impl AsRef<str>) -> Zelle {
        let text = text.as_ref();
        if text.trim().is_empty() {
            Zelle::Leer
        } else {
            Zelle::Text(text.to_owned())
        }
    }

    /// The permanent ID of a record with its type prefix: `Zelle::id("P", 17)` is the text
    /// "P17".
    pub fn id(praefix: &str, nummer: impl fmt::Display) -> Zelle {
        Zelle::Text(format!("{praefix}{nummer}"))
    }

    /// Names joined with ", " (e.g. the words of several enumerated values, or IDs) as they
    /// are; a separator only ever follows text, and no text gives an empty cell.
    pub fn liste<S: AsRef<str>>(namen: impl IntoIterator<Item = S>) -> Zelle {
        let mut text = String::new();
        for name in namen {
            if !text.is_empty() {
                text.push_str(", ");
            }
            text.push_str(name.as_ref());
        }
        if text.is_empty() {
            Zelle::Leer
        } else {
            Zelle::Text(text)
        }
    }

    /// A whole number, empty without one.
    pub fn ganzzahl_opt(zahl: Option<i64>) -> Zelle {
        zahl.map_or(Zelle::Leer, Zelle::Ganzzahl)
    }

    /// Exact fixed point: `Zelle::dezimal(15, 1)` is 1,5.
    pub fn dezimal(wert: i64, stellen: u8) -> Zelle {
        Zelle::Dezimal { wert, stellen }
    }

    /// Fixed point as [`Zelle::dezimal`], empty without a value.
    pub fn dezimal_opt(wert: Option<i64>, stellen: u8) -> Zelle {
        wert.map_or(Zelle::Leer, |wert| Zelle::dezimal(wert, stellen))
    }

    /// A fraction shown as a percentage: `Zelle::prozent(255, 3)` is 0,255, shown as 25,5 %.
    pub fn prozent(wert: i64, stellen: u8) -> Zelle {
        Zelle::Prozent { wert, stellen }
    }

    /// A percentage as [`Zelle::prozent`], empty without a value.
    pub fn prozent_opt(wert: Option<i64>, stellen: u8) -> Zelle {
        wert.map_or(Zelle::Leer, |wert| Zelle::prozent(wert, stellen))
    }

    /// Money in integer cents, empty without an amount.
    pub fn euro_opt(cent: Option<i64>) -> Zelle {
        cent.map_or(Zelle::Leer, Zelle::Euro)
    }

    /// A date, empty without one.
    pub fn datum_opt(datum: Option<Datum>) -> Zelle {
        datum.map_or(Zelle::Leer, Zelle::Datum)
    }

    /// A formula cell with its computed value.
    pub fn formel(formel: impl Into<String>, wert: Zelle) -> Zelle {
        Zelle::Formel {
            formel: formel.into(),
            wert: Box::new(wert),
        }
    }

    /// The value a reader sees: the cell itself, or a formula's computed value.
    pub fn wert(&self) -> &Zelle {
        match self {
            Zelle::Formel { wert, .. } => wert.wert(),
            andere => andere,
        }
    }
}

/// One row of the sheet "Legende".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Legendeneintrag {
    /// The column or attribute, e.g. "Ampel".
    pub merkmal: String,
    /// The value as it appears in the data, e.g. "gelb".
    pub wert: String,
    /// What the value means.
    pub bedeutung: String,
    /// Colours the value cell like an Ampel cell.
    pub ampel: Option<Ampel>,
}

impl Legendeneintrag {
    /// A row without colour: `merkmal` (the column or attribute), the `wert` as it appears in
    /// the data, and what it means.
    pub fn neu(
        merkmal: impl Into<String>,
        wert: impl Into<String>,
        bedeutung: impl Into<String>,
    ) -> Legendeneintrag {
        Legendeneintrag {
            merkmal: merkmal.into(),
            wert: wert.into(),
            bedeutung: bedeutung.into(),
            ampel: None,
        }
    }

    /// The row of one Ampel value under the Merkmal "Ampel", coloured like the Ampel cells,
    /// with the meaning the tool gives it (e.g. its thresholds).
    pub fn ampel(ampel: Ampel, bedeutung: impl Into<String>) -> Legendeneintrag {
        Legendeneintrag {
            ampel: Some(ampel),
            ..Legendeneintrag::neu("Ampel", ampel.name(), bedeutung)
        }
    }

    /// The legend of the status Ampel: one row per value, in the order of [`Ampel::ALLE`].
    pub fn ampeln() -> Vec<Legendeneintrag> {
        Ampel::ALLE
            .iter()
            .map(|&ampel| Legendeneintrag::ampel(ampel, ampel.bedeutung()))
            .collect()
    }
}

/// Why a workbook could not be built; the text is German and meant for the user.
#[derive(Debug)]
pub struct Exportfehler(pub String);

impl fmt::Display for Exportfehler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Die Excel-Datei konnte nicht erstellt werden: {}",
            self.0
        )
    }
}

impl std::error::Error for Exportfehler {}

/// Excel's longest sheet name, counted in UTF-16 units (= characters outside emoji and rare
/// scripts), as Excel and `rust_xlsxwriter` count it.
const BLATTNAME_MAX: usize = 31;

/// Sheet names the writer uses itself, or that Excel reserves ("History").
const RESERVIERTE_BLATTNAMEN: [&str; 3] = ["Info", "Legende", "History"];

/// Longest part of a file name from [`dateiname`], in characters.
const DATEINAMENTEIL_MAX: usize = 60;

/// The longest prefix of `text` with at most `max` UTF-16 units, cut at a character boundary.
fn utf16_praefix(text: &str, max: usize) -> &str {
    let mut einheiten = 0;
    for (i, c) in text.char_indices() {
        einheiten += c.len_utf16();
        if einheiten > max {
            return &text[..i];
        }
    }
    text
}

/// `text` cut to at most `max` UTF-16 units; a cut text ends with "…" (which counts).
fn gekuerzt(text: &str, max: usize) -> Cow<'_, str> {
    // A UTF-8 byte never stands for more than one UTF-16 unit, so short texts need no count.
    if text.len() <= max || text.encode_utf16().count() <= max {
        return Cow::Borrowed(text);
    }
    let mut kurz = utf16_praefix(text, max.saturating_sub(1)).to_string();
    kurz.push('…');
    Cow::Owned(kurz)
}

/// A valid Excel sheet name from any text: the characters `[ ] : * ? / \` and control characters
/// become `_`, surrounding blanks and apostrophes are removed, at most 31 characters remain, and
/// an empty result becomes "Tabelle".
pub fn blattname(roh: &str) -> String {
    let ersetzt: String = roh
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let ohne_raender = |s: &str| -> String {
        s.trim_matches(|c: char| c == '\'' || c.is_whitespace())
            .to_string()
    };
    let name = ohne_raender(&ersetzt);
    let name = ohne_raender(utf16_praefix(&name, BLATTNAME_MAX));
    if name.is_empty() {
        "Tabelle".to_string()
    } else {
        name
    }
}

/// Cleans every name with [`blattname`] and makes the names unique the way Excel compares them
/// (ignoring case): the second "Projekte" becomes "Projekte (2)", the third "Projekte (3)".
/// "Info", "Legende" (used by the writer) and "History" (reserved by Excel) always get a suffix.
pub fn eindeutige_blattnamen(namen: &[String]) -> Vec<String> {
    let mut vergeben: Vec<String> = RESERVIERTE_BLATTNAMEN
        .iter()
        .map(|n| n.to_lowercase())
        .collect();
    namen
        .iter()
        .map(|roh| {
            let basis = blattname(roh);
            let mut name = basis.clone();
            let mut nummer = 2_usize;
            while vergeben.contains(&name.to_lowercase()) {
                let zusatz = format!(" ({nummer})");
                let platz = BLATTNAME_MAX - zusatz.len();
                let kopf = utf16_praefix(&basis, platz).trim_end_matches(['\'', ' ']);
                name = format!("{kopf}{zusatz}");
                nummer += 1;
            }
            vergeben.push(name.to_lowercase());
            name
        })
        .collect()
}

/// One part of a file name: characters Windows forbids and control characters removed, runs of
/// whitespace as one `_`, at most 60 characters, no `.` or `_` at either end.
fn dateinamenteil(roh: &str) -> String {
    let mut teil = String::with_capacity(roh.len());
    let mut luecke = false;
    for c in roh.chars() {
        if c.is_whitespace() {
            luecke = true;
        } else if !(c.is_control()
            || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*'))
        {
            if luecke && !teil.is_empty() {
                teil.push('_');
            }
            luecke = false;
            teil.push(c);
        }
    }
    let raender = |c: char| c == '.' || c == '_';
    let teil: String = teil
        .trim_matches(raender)
        .chars()
        .take(DATEINAMENTEIL_MAX)
        .collect();
    teil.trim_matches(raender).to_string()
}

/// The download file name `<Werkzeug>_<Arbeitsbereich>_<JJJJ-MM-TT>.<endung>`, e.g.
/// `Multiprojektplan_OZG-Programm_BMI_2026-11-28.xlsx`. Umlauts stay; characters Windows forbids
/// go; an empty workspace name becomes "Arbeitsbereich", an empty tool name "Export".
pub fn dateiname(werkzeug: &str, arbeitsbereich: &str, datum: Datum, endung: &str) -> String {
    let oder = |teil: String, ersatz: &str| {
        if teil.is_empty() {
            ersatz.to_string()
        } else {
            teil
        }
    };
    let werkzeug = oder(dateinamenteil(werkzeug), "Export");
    let arbeitsbereich = oder(dateinamenteil(arbeitsbereich), "Arbeitsbereich");
    let endung = dateinamenteil(endung);
    let mut name = format!("{werkzeug}_{arbeitsbereich}_{}", datum.iso());
    if !endung.is_empty() {
        name.push('.');
        name.push_str(&endung);
    }
    name
}

/// Guards a CSV text field against formula injection: a text that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return would be run as a formula by spreadsheet programs, so it gets
/// a leading apostrophe. `None` means the text is harmless as it is.
pub fn formelschutz(text: &str) -> Option<String> {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
        .then(|| format!("'{text}"))
}

/// Decimals of the percentage shown for a fraction with `stellen` decimals (0,255 → 25,5 %).
fn prozent_stellen(stellen: u8) -> u8 {
    stellen.saturating_sub(2)
}

/// Display text of a cell as German Excel shows it (for column widths).
fn anzeigetext(zelle: &Zelle) -> Cow<'_, str> {
    match zelle {
        Zelle::Leer => Cow::Borrowed(""),
        Zelle::Text(text) => Cow::Borrowed(text),
        Zelle::Ganzzahl(zahl) => Cow::Owned(zahl.to_string()),
        Zelle::Dezimal { wert, stellen } => Cow::Owned(format::dezimal(*wert, u32::from(*stellen))),
        Zelle::Euro(cent) => Cow::Owned(format::euro(*cent)),
        Zelle::Datum(datum) => Cow::Owned(datum.deutsch()),
        Zelle::Prozent { wert, stellen } => {
            // The percentage scaled by 10^(stellen - 2); whole percent for fewer decimals.
            let skaliert = match stellen {
                0 => wert.saturating_mul(100),
                1 => wert.saturating_mul(10),
                _ => *wert,
            };
            let text = format::dezimal(skaliert, u32::from(prozent_stellen(*stellen)));
            Cow::Owned(format!("{text}{}%", format::NBSP))
        }
        Zelle::Ampel(ampel) => Cow::Borrowed(ampel.name()),
        Zelle::Wahr(wahr) => Cow::Borrowed(if *wahr { "ja" } else { "nein" }),
        Zelle::Formel { wert, .. } => anzeigetext(wert),
    }
}

/// A fixed-point number as plain decimal text with `.` (the notation of a cached formula
/// result in the file): `(-12345, 2)` → `-123.45`, `(5, 3)` → `0.005`, `(7, 0)` → `7`.
pub(crate) fn festkomma_text(wert: i64, stellen: u8) -> String {
    if stellen == 0 {
        return wert.to_string();
    }
    let basis = 10_u128.pow(u32::from(stellen.min(30)));
    let betrag = u128::from(wert.unsigned_abs());
    let vorzeichen = if wert < 0 { "-" } else { "" };
    format!(
        "{vorzeichen}{}.{:0breite$}",
        betrag / basis,
        betrag % basis,
        breite = usize::from(stellen.min(30))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn datum(j: i32, m: u32, t: u32) -> Datum {
        Datum::neu(j, m, t).unwrap()
    }

    #[test]
    fn blattnamen_werden_bereinigt() {
        for (roh, erwartet) in [
            ("Projekte", "Projekte"),
            ("Kosten [€]: 2026/27", "Kosten _€__ 2026_27"),
            ("a*b?c\\d", "a_b_c_d"),
            ("'Zitat'", "Zitat"),
            ("''", "Tabelle"),
            ("", "Tabelle"),
            ("   ", "Tabelle"),
            ("Zeile\nUmbruch", "Zeile_Umbruch"),
            (
                "Meilensteine und Abhängigkeiten im Programm",
                "Meilensteine und Abhängigkeiten",
            ),
            // Cutting at 31 must not leave a trailing apostrophe.
            (
                "123456789012345678901234567890'x",
                "123456789012345678901234567890",
            ),
        ] {
            assert_eq!(blattname(roh), erwartet, "{roh:?}");
        }
    }

    /// Property-like: whatever goes in, the result is a name Excel and rust_xlsxwriter accept.
    #[test]
    fn blattnamen_sind_immer_gueltig() {
        let bausteine = [
            "",
            "a",
            "Ä",
            "'",
            "[",
            "]",
            ":",
            "*",
            "?",
            "/",
            "\\",
            " ",
            "\t",
            "😀",
            "x".repeat(40).leak(),
        ];
        for a in bausteine {
            for b in bausteine {
                for c in bausteine {
                    let roh = format!("{a}{b}{c}");
                    let name = blattname(&roh);
                    assert!(!name.is_empty(), "{roh:?}");
                    assert!(name.encode_utf16().count() <= 31, "{roh:?} → {name:?}");
                    assert!(
                        !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
                        "{name:?}"
                    );
                    assert!(!name.starts_with('\'') && !name.ends_with('\''), "{name:?}");
                    assert_eq!(blattname(&name), name, "idempotent for {roh:?}");
                }
            }
        }
    }

    #[test]
    fn blattnamen_werden_eindeutig() {
        let namen = |roh: &[&str]| {
            eindeutige_blattnamen(&roh.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(
            namen(&["Projekte", "projekte", "PROJEKTE", "Meilensteine"]),
            ["Projekte", "projekte (2)", "PROJEKTE (3)", "Meilensteine"]
        );
        assert_eq!(
            namen(&["Info", "legende", "History", "Daten"]),
            ["Info (2)", "legende (2)", "History (2)", "Daten"]
        );
        assert_eq!(namen(&["", "[]"]), ["Tabelle", "__"]);
        assert_eq!(namen(&["", ""]), ["Tabelle", "Tabelle (2)"]);
        let lang = "x".repeat(40);
        let ergebnis = namen(&[&lang, &lang, &lang]);
        assert_eq!(ergebnis[0], "x".repeat(31));
        assert_eq!(ergebnis[1], format!("{} (2)", "x".repeat(27)));
        assert_eq!(ergebnis[2], format!("{} (3)", "x".repeat(27)));
    }

    /// Property-like: many colliding inputs give distinct, valid names.
    #[test]
    fn eindeutige_blattnamen_kollidieren_nie() {
        let mut roh = Vec::new();
        for i in 0..120 {
            roh.push(["Info", "Daten", "daten", "", "'", "y".repeat(35).leak()][i % 6].to_string());
            roh.push(format!("Daten ({})", i % 7));
        }
        let namen = eindeutige_blattnamen(&roh);
        assert_eq!(namen.len(), roh.len());
        let mut klein: Vec<String> = namen.iter().map(|n| n.to_lowercase()).collect();
        klein.extend([
            "info".to_string(),
            "legende".to_string(),
            "history".to_string(),
        ]);
        klein.sort();
        klein.dedup();
        assert_eq!(klein.len(), namen.len() + 3);
        for name in &namen {
            assert_eq!(&blattname(name), name);
        }
    }

    #[test]
    fn dateinamen() {
        let d = datum(2026, 11, 28);
        for ((werkzeug, ab, endung), erwartet) in [
            (
                ("Multiprojektplan", "OZG-Programm BMI", "xlsx"),
                "Multiprojektplan_OZG-Programm_BMI_2026-11-28.xlsx",
            ),
            (
                ("Budgetmonitor", "", "csv"),
                "Budgetmonitor_Arbeitsbereich_2026-11-28.csv",
            ),
            (
                ("Budgetmonitor", " \t ", "csv"),
                "Budgetmonitor_Arbeitsbereich_2026-11-28.csv",
            ),
            (
                ("Risiken", "Referat  DG II 4 / Öffentlichkeit", "xlsx"),
                "Risiken_Referat_DG_II_4_Öffentlichkeit_2026-11-28.xlsx",
            ),
            (
                ("Risiken", "a<b>c:d\"e|f?g*h\\i\u{7}", "xlsx"),
                "Risiken_abcdefghi_2026-11-28.xlsx",
            ),
            (
                ("Risiken", "..._Geheim_...", "xlsx"),
                "Risiken_Geheim_2026-11-28.xlsx",
            ),
            (
                ("Risiken", "???", ".xlsx"),
                "Risiken_Arbeitsbereich_2026-11-28.xlsx",
            ),
            (("", "AB", "xlsx"), "Export_AB_2026-11-28.xlsx"),
        ] {
            assert_eq!(dateiname(werkzeug, ab, d, endung), erwartet);
        }
        let lang = format!("{}.", "ä".repeat(59));
        assert_eq!(
            dateiname("W", &format!("{lang}xyz"), d, "csv"),
            format!("W_{}_2026-11-28.csv", "ä".repeat(59))
        );
        let lang = "ö".repeat(100);
        assert_eq!(
            dateiname(&lang, "AB", d, "xlsx"),
            format!("{}_AB_2026-11-28.xlsx", "ö".repeat(60))
        );
    }

    #[test]
    fn formelschutz_fuer_csv() {
        for (text, erwartet) in [
            ("=SUMME(A1:A3)", Some("'=SUMME(A1:A3)")),
            ("+49 30 1234", Some("'+49 30 1234")),
            ("-5", Some("'-5")),
            ("@x", Some("'@x")),
            ("\tTab", Some("'\tTab")),
            ("\rCR", Some("'\rCR")),
            ("Projekt = gut", None),
            ("", None),
            ("'schon", None),
        ] {
            assert_eq!(formelschutz(text).as_deref(), erwartet, "{text:?}");
        }
    }

    #[test]
    fn kuerzen_zaehlt_utf16() {
        assert_eq!(gekuerzt("abc", 3), "abc");
        assert_eq!(gekuerzt("abcd", 3), "ab…");
        assert_eq!(gekuerzt("äöü", 3), "äöü");
        // An emoji is two UTF-16 units and is never cut in half.
        assert_eq!(gekuerzt("a😀b", 3), "a…");
        assert_eq!(gekuerzt("😀😀", 3), "😀…");
    }

    #[test]
    fn legende_der_ampeln() {
        let legende = Legendeneintrag::ampeln();
        assert_eq!(legende.len(), Ampel::ALLE.len());
        assert_eq!(legende[0].merkmal, "Ampel");
        assert_eq!(legende[0].wert, "grün");
        assert_eq!(legende[0].ampel, Some(Ampel::Gruen));
        assert_eq!(legende[0].bedeutung, Ampel::Gruen.bedeutung());
    }

    #[test]
    fn zellbezuege_und_festkomma() {
        assert_eq!(spaltenname(0), "A");
        assert_eq!(spaltenname(25), "Z");
        assert_eq!(spaltenname(26), "AA");
        assert_eq!(spaltenname(27), "AB");
        assert_eq!(spaltenname(701), "ZZ");
        assert_eq!(spaltenname(702), "AAA");
        assert_eq!(zellbezug(0, 0), "A1");
        assert_eq!(zellbezug(9, 21), "V10");
        assert_eq!(festkomma_text(123456, 2), "1234.56");
        assert_eq!(festkomma_text(-5, 2), "-0.05");
        assert_eq!(festkomma_text(5, 3), "0.005");
        assert_eq!(festkomma_text(-1000, 3), "-1.000");
        assert_eq!(festkomma_text(7, 0), "7");
        assert_eq!(festkomma_text(i64::MIN, 2), "-92233720368547758.08");
    }

    #[test]
    fn zellen_aus_optionalen_werten() {
        // User text: blank is empty, everything else stays as entered (never a formula).
        assert_eq!(Zelle::text(" \t"), Zelle::Leer);
        assert_eq!(Zelle::text("=1+1"), Zelle::Text("=1+1".into()));
        assert_eq!(Zelle::text(String::from(" a ")), Zelle::Text(" a ".into()));
        assert_eq!(Zelle::id("VE", 3), Zelle::Text("VE3".into()));
        // Lists: names as they are, a separator only after text; no text, no cell.
        assert_eq!(Zelle::liste(["a", "", "b"]), Zelle::Text("a, , b".into()));
        assert_eq!(Zelle::liste(["", "b"]), Zelle::Text("b".into()));
        assert_eq!(Zelle::liste(Vec::<String>::new()), Zelle::Leer);
        assert_eq!(Zelle::liste([""]), Zelle::Leer);
        let d = datum(2026, 1, 5);
        for (zelle, erwartet) in [
            (Zelle::datum_opt(Some(d)), Zelle::Datum(d)),
            (Zelle::euro_opt(Some(-5)), Zelle::Euro(-5)),
            (Zelle::ganzzahl_opt(Some(0)), Zelle::Ganzzahl(0)),
            (
                Zelle::dezimal_opt(Some(15), 1),
                Zelle::Dezimal {
                    wert: 15,
                    stellen: 1,
                },
            ),
            (
                Zelle::prozent_opt(Some(255), 3),
                Zelle::Prozent {
                    wert: 255,
                    stellen: 3,
                },
            ),
        ] {
            assert_eq!(zelle, erwartet);
        }
        for leer in [
            Zelle::datum_opt(None),
            Zelle::euro_opt(None),
            Zelle::ganzzahl_opt(None),
            Zelle::dezimal_opt(None, 1),
            Zelle::prozent_opt(None, 3),
        ] {
            assert_eq!(leer, Zelle::Leer);
        }
    }

    #[test]
    fn formel_zeigt_ihren_wert() {
        let f = Zelle::formel("SUM(A2:A3)", Zelle::Euro(150));
        assert_eq!(anzeigetext(&f), "1,50\u{a0}€");
        assert_eq!(f.wert(), &Zelle::Euro(150));
        let verschachtelt = Zelle::formel("A1", f.clone());
        assert_eq!(verschachtelt.wert(), &Zelle::Euro(150));
        assert_eq!(Zelle::Ganzzahl(3).wert(), &Zelle::Ganzzahl(3));
    }

    #[test]
    fn anzeigetexte() {
        assert_eq!(anzeigetext(&Zelle::Euro(123456)), "1.234,56\u{a0}€");
        assert_eq!(anzeigetext(&Zelle::dezimal(15, 1)), "1,5");
        assert_eq!(anzeigetext(&Zelle::prozent(255, 3)), "25,5\u{a0}%");
        assert_eq!(anzeigetext(&Zelle::prozent(1, 0)), "100\u{a0}%");
        assert_eq!(anzeigetext(&Zelle::Datum(datum(2026, 1, 5))), "05.01.2026");
        assert_eq!(anzeigetext(&Zelle::Wahr(false)), "nein");
        assert_eq!(
            Exportfehler("zu viele Zeilen".into()).to_string(),
            "Die Excel-Datei konnte nicht erstellt werden: zu viele Zeilen"
        );
    }
}
