//! Writes one [`Blatt`] as CSV the way German Excel opens it with a double click: UTF-8 with
//! byte order mark (otherwise umlauts break), `;` as separator, CRLF line ends, quoting after
//! RFC 4180, decimal comma without thousands separator, dates `TT.MM.JJJJ`.
//!
//! Text fields go through [`formelschutz`], because a CSV cell starting with `=` is a formula to
//! every spreadsheet program.
//!
//! Percentages are written as the plain fraction (`0,255` for 25,5 %), not as `25,5 %`: German
//! Excel reads `0,255` as a number in every configuration, whereas whether it recognises
//! `25,5 %` (with or without the space) depends on version and import path, and a percentage
//! read as text would silently break sums and sorting. The column heading is the tool's place
//! to say "Anteil" or "(Anteil, 1 = 100 %)".

use super::{formelschutz, Blatt, Zelle};

/// Byte order mark: tells Excel the file is UTF-8.
const BOM: char = '\u{feff}';

/// Field separator of German Excel.
const TRENNER: char = ';';

/// Line end after RFC 4180.
const ZEILENENDE: &str = "\r\n";

/// The CSV text of `blatt`: header row, then one line per data row (short rows are padded with
/// empty fields to the header's width).
pub fn erstellen(blatt: &Blatt) -> String {
    let breite = blatt
        .zeilen
        .iter()
        .map(Vec::len)
        .fold(blatt.spalten.len(), usize::max);
    let mut csv = String::with_capacity(64 + blatt.zeilen.len() * breite * 12);
    csv.push(BOM);

    for (s, titel) in blatt.spalten.iter().enumerate() {
        if s > 0 {
            csv.push(TRENNER);
        }
        text_feld(&mut csv, titel);
    }
    for _ in blatt.spalten.len()..breite {
        csv.push(TRENNER);
    }
    csv.push_str(ZEILENENDE);

    for zeile in &blatt.zeilen {
        for s in 0..breite {
            if s > 0 {
                csv.push(TRENNER);
            }
            if let Some(zelle) = zeile.get(s) {
                feld(&mut csv, zelle);
            }
        }
        csv.push_str(ZEILENENDE);
    }
    csv
}

/// Appends one cell.
fn feld(csv: &mut String, zelle: &Zelle) {
    match zelle {
        Zelle::Leer => {}
        Zelle::Text(text) => text_feld(csv, text),
        Zelle::Ganzzahl(zahl) => csv.push_str(&zahl.to_string()),
        Zelle::Dezimal { wert, stellen } => festkomma(csv, *wert, *stellen),
        Zelle::Euro(cent) => festkomma(csv, *cent, 2),
        Zelle::Datum(datum) => csv.push_str(&datum.deutsch()),
        // The plain fraction; see the module documentation.
        Zelle::Prozent { wert, stellen } => festkomma(csv, *wert, *stellen),
        Zelle::Ampel(ampel) => csv.push_str(ampel.name()),
        Zelle::Wahr(wahr) => csv.push_str(if *wahr { "ja" } else { "nein" }),
        // CSV has no formulas: the computed value, guarded like any other cell of its type.
        Zelle::Formel { wert, .. } => feld(csv, wert),
    }
}

/// Appends a text field: formula guard first, then quoted if it holds `;`, `"`, CR or LF.
fn text_feld(csv: &mut String, text: &str) {
    let geschuetzt = formelschutz(text);
    let text = geschuetzt.as_deref().unwrap_or(text);
    if text.contains([TRENNER, '"', '\r', '\n']) {
        csv.push('"');
        csv.push_str(&text.replace('"', "\"\""));
        csv.push('"');
    } else {
        csv.push_str(text);
    }
}

/// Appends a fixed-point number with decimal comma and no thousands separator:
/// `(123456, 2)` → `1234,56`, `(-5, 2)` → `-0,05`.
fn festkomma(csv: &mut String, wert: i64, stellen: u8) {
    let betrag = wert.unsigned_abs().to_string();
    let stellen = usize::from(stellen);
    if wert < 0 {
        csv.push('-');
    }
    if stellen == 0 {
        csv.push_str(&betrag);
        return;
    }
    let ziffern = format!("{betrag:0>width$}", width = stellen + 1);
    let (ganz, rest) = ziffern.split_at(ziffern.len() - stellen);
    csv.push_str(ganz);
    csv.push(',');
    csv.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::datum::Datum;
    use crate::shared::vokabular::Ampel;

    fn zahl(wert: i64, stellen: u8) -> String {
        let mut csv = String::new();
        festkomma(&mut csv, wert, stellen);
        csv
    }

    #[test]
    fn festkommazahlen() {
        assert_eq!(zahl(123456, 2), "1234,56");
        assert_eq!(zahl(-5, 2), "-0,05");
        assert_eq!(zahl(0, 2), "0,00");
        assert_eq!(zahl(15, 1), "1,5");
        assert_eq!(zahl(255, 3), "0,255");
        assert_eq!(zahl(7, 0), "7");
        assert_eq!(zahl(i64::MIN, 2), "-92233720368547758,08");
    }

    #[test]
    fn kleine_tabelle_byte_fuer_byte() {
        let blatt = Blatt {
            name: "Projekte".into(),
            spalten: vec!["ID".into(), "Titel".into(), "Budget".into(), "Ampel".into()],
            zeilen: vec![
                vec![
                    Zelle::Text("P-1".into()),
                    Zelle::Text("Akte; digital".into()),
                    Zelle::Euro(123456),
                    Zelle::Ampel(Ampel::Gruen),
                ],
                vec![
                    Zelle::Text("P-2".into()),
                    Zelle::Text("Sagt \"ja\"\nund geht".into()),
                    Zelle::Euro(-99),
                    Zelle::Leer,
                ],
                vec![
                    Zelle::Text("P-3".into()),
                    Zelle::Text("=HYPERLINK(\"http://x\")".into()),
                    Zelle::Dezimal {
                        wert: 15,
                        stellen: 1,
                    },
                    Zelle::Wahr(true),
                ],
                vec![
                    Zelle::Text("P-4".into()),
                    Zelle::Datum(Datum::neu(2026, 1, 5).unwrap()),
                    Zelle::Prozent {
                        wert: 255,
                        stellen: 3,
                    },
                ],
                vec![Zelle::Ganzzahl(-3), Zelle::Text("+49 30 1234".into())],
            ],
            ..Blatt::default()
        };
        let erwartet = "\u{feff}ID;Titel;Budget;Ampel\r\n\
                        P-1;\"Akte; digital\";1234,56;grün\r\n\
                        P-2;\"Sagt \"\"ja\"\"\nund geht\";-0,99;\r\n\
                        P-3;\"'=HYPERLINK(\"\"http://x\"\")\";1,5;ja\r\n\
                        P-4;05.01.2026;0,255;\r\n\
                        -3;'+49 30 1234;;\r\n";
        assert_eq!(erstellen(&blatt), erwartet);
        assert!(erstellen(&blatt)
            .as_bytes()
            .starts_with(&[0xEF, 0xBB, 0xBF]));
    }

    #[test]
    fn leere_tabelle_und_formeln_im_kopf() {
        let blatt = Blatt {
            name: String::new(),
            spalten: vec!["-Minus".into(), "a\rb".into()],
            zeilen: vec![],
            ..Blatt::default()
        };
        assert_eq!(erstellen(&blatt), "\u{feff}'-Minus;\"a\rb\"\r\n");
    }
}
