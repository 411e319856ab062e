//! Measures the shared export on a large table (5,000 rows × 25 mixed columns), natively:
//!
//! ```sh
//! cargo run --release --example messung_export [-- ziel.xlsx]
//! ```
//!
//! Builds the workbook and the CSV five times each and prints the median time and the file
//! size; with a path argument it also writes the workbook there for a look in Excel. It asserts
//! nothing; WebAssembly in the browser is typically 1.5 to 3 times slower than these numbers.

use std::time::Instant;

use upo_werkzeugkasten::export::{
    csv, xlsx, Blatt, Info, Legendeneintrag, Mappe, Zeitstempel, Zelle,
};
use upo_werkzeugkasten::shared::datum::Datum;
use upo_werkzeugkasten::shared::format;
use upo_werkzeugkasten::shared::vokabular::Ampel;

const ZEILEN: usize = 5_000;
const DURCHLAEUFE: usize = 5;

/// One cell of column `spalte` in row `zeile`: every type of [`Zelle`], cycling over columns.
fn zelle(zeile: usize, spalte: usize) -> Zelle {
    let n = zeile as i64;
    let tag = Datum::neu(2026, 1 + (zeile % 12) as u32, 1 + (zeile % 28) as u32).unwrap();
    match spalte % 9 {
        0 => Zelle::Text(format!("Maßnahme {zeile} – Schritt {spalte}")),
        1 => Zelle::Ganzzahl(n * 7 - 1_000),
        2 => Zelle::Dezimal {
            wert: n % 400,
            stellen: 1,
        },
        3 => Zelle::Euro(n * 12_345 - 99),
        4 => Zelle::Datum(tag),
        5 => Zelle::Prozent {
            wert: n % 1_000,
            stellen: 3,
        },
        6 => Zelle::Ampel(Ampel::ALLE[zeile % Ampel::ALLE.len()]),
        7 => Zelle::Wahr(zeile.is_multiple_of(3)),
        _ if zeile.is_multiple_of(10) => Zelle::Leer,
        _ => Zelle::Text("Abstimmung mit Referat DG II 4; Vorlage an AL, dann Hausleitung".into()),
    }
}

fn mappe() -> Mappe {
    let spalten = (0..25)
        .map(|s| {
            if s == 0 {
                "ID".to_string()
            } else {
                format!("Spalte {s}")
            }
        })
        .collect();
    let zeilen = (0..ZEILEN)
        .map(|z| {
            let mut zeile = vec![Zelle::Text(format!("M-{z:05}"))];
            zeile.extend((1..25).map(|s| zelle(z, s)));
            zeile
        })
        .collect();
    let heute = Datum::neu(2026, 11, 28).unwrap();
    Mappe {
        info: Info {
            titel: "Messung".into(),
            arbeitsbereich: "Messung".into(),
            behoerde: "Bundesministerium des Innern".into(),
            ressort: "BMI".into(),
            stand: Some(heute),
            exportiert_am: Zeitstempel {
                datum: heute,
                stunde: 10,
                minute: 0,
            },
            app_version: upo_werkzeugkasten::APP_VERSION.into(),
            datenversion: 1,
            einstufung: String::new(),
            hinweise: Vec::new(),
        },
        blaetter: vec![Blatt {
            name: "Maßnahmen".into(),
            spalten,
            zeilen,
            ..Blatt::default()
        }],
        legende: Legendeneintrag::ampeln(),
    }
}

/// Median of `DURCHLAEUFE` runs of `f` in milliseconds, and the last result.
fn messen<T>(mut f: impl FnMut() -> T) -> (f64, T) {
    let mut zeiten = Vec::with_capacity(DURCHLAEUFE);
    let mut ergebnis = None;
    for _ in 0..DURCHLAEUFE {
        let start = Instant::now();
        ergebnis = Some(f());
        zeiten.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    zeiten.sort_by(f64::total_cmp);
    (
        zeiten[DURCHLAEUFE / 2],
        ergebnis.expect("mindestens ein Durchlauf"),
    )
}

/// Milliseconds with one decimal, the German way.
fn ms(wert: f64) -> String {
    format::dezimal((wert * 10.0).round() as i64, 1)
}

fn main() {
    let mappe = mappe();
    println!(
        "Export von {} Zeilen × 25 Spalten, Median aus {DURCHLAEUFE} Durchläufen:",
        format::ganzzahl(ZEILEN as i64)
    );

    let (zeit, datei) = messen(|| xlsx::erstellen(&mappe).expect("Export gelingt"));
    println!(
        "  Excel (xlsx): {} ms, {}",
        ms(zeit),
        format::bytes(datei.len() as u64)
    );

    let (zeit, text) = messen(|| csv::erstellen(&mappe.blaetter[0]));
    println!(
        "  CSV:          {} ms, {}",
        ms(zeit),
        format::bytes(text.len() as u64)
    );

    if let Some(ziel) = std::env::args().nth(1) {
        std::fs::write(&ziel, &datei).expect("Datei schreibbar");
        println!("  Arbeitsmappe geschrieben: {ziel}");
    }
}
