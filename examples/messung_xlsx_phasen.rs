//! Where the export worker's time goes on the browser benchmark's table (10,000 rows × 10
//! typed columns, `tools/messung_multiprojektplan.mjs`), natively:
//!
//! ```sh
//! cargo run --release --example messung_xlsx_phasen
//! ```
//!
//! Times, median of 7 runs each, the worker's whole path (`export::auftrag::ausfuehren` on the
//! JSON job), reading the job's JSON alone, our writer (`xlsx::erstellen`: Info sheet, column
//! widths, formats, print setup), and rust_xlsxwriter alone writing the same cells straight (as
//! the peers do) at several deflate levels: the figures behind `xlsx::ZIP_STUFE`. Under
//! `perf record` it is the profile of the writer; with the argument `profil` it runs only the
//! worker's path, 20 times, for exactly that:
//!
//! ```sh
//! cargo build --release --example messung_xlsx_phasen
//! perf record -o xlsx.perf target/release/examples/messung_xlsx_phasen profil
//! perf report -i xlsx.perf --no-children --sort symbol
//! ```
//!
//! Prints figures, asserts nothing.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use upo_werkzeugkasten::export::{auftrag, xlsx, Blatt, Info, Mappe, Zeitstempel, Zelle};
use upo_werkzeugkasten::shared::datum::Datum;
use upo_werkzeugkasten::shared::format;

const ZEILEN: usize = 10_000;
const DURCHLAEUFE: usize = 7;
const PROGRAMME: [&str; 5] = [
    "Digitale Verwaltung",
    "Bürgerservice",
    "Infrastruktur",
    "Familie und Soziales",
    "Bauen und Wohnen",
];

/// The benchmark's table: the same linear congruential sequence as `tabellendaten()`.
fn mappe() -> Mappe {
    let mut z: u64 = 20_261_205;
    let mut zufall = || {
        z = (z * 1_103_515_245 + 12_345) % 2_147_483_648;
        z as f64 / 2_147_483_648.0
    };
    let basis = Datum::neu(2024, 1, 1).expect("gültig");
    let zeilen = (0..ZEILEN)
        .map(|i| {
            let beginn = basis.plus_tage((zufall() * 1000.0) as i64);
            let ende = beginn.plus_tage((30.0 + zufall() * 900.0) as i64);
            vec![
                Zelle::Text(format!("P-{:05}", i + 1)),
                Zelle::Text(format!(
                    "Vorhaben {}: Antrag auf Wohngeld digital, Stufe {}",
                    i + 1,
                    1 + i % 4
                )),
                Zelle::Text(PROGRAMME[i % 5].into()),
                Zelle::Ganzzahl(1 + (zufall() * 5.0) as i64),
                Zelle::Datum(beginn),
                Zelle::Datum(ende),
                Zelle::Ganzzahl((zufall() * 400.0 - 100.0).round() as i64),
                Zelle::Dezimal {
                    wert: (zufall() * 1000.0).round() as i64,
                    stellen: 1,
                },
                Zelle::Euro((zufall() * 500_000_000.0).round() as i64),
                Zelle::Wahr(zufall() < 0.2),
            ]
        })
        .collect();
    let heute = Datum::neu(2026, 12, 5).expect("gültig");
    Mappe {
        info: Info {
            titel: "Messung".into(),
            arbeitsbereich: "Messung".into(),
            behoerde: String::new(),
            ressort: String::new(),
            stand: None,
            exportiert_am: Zeitstempel {
                datum: heute,
                stunde: 9,
                minute: 0,
            },
            app_version: "0".into(),
            datenversion: 1,
            einstufung: String::new(),
            hinweise: Vec::new(),
        },
        blaetter: vec![Blatt {
            name: "Projekte".into(),
            spalten: [
                "Projekt-ID",
                "Titel",
                "Programm",
                "Welle",
                "Beginn",
                "Ende",
                "Verzug (Tage)",
                "Prioritätswert (%)",
                "Budget (€)",
                "Muss-Kriterium",
            ]
            .map(String::from)
            .to_vec(),
            zeilen,
            ..Blatt::default()
        }],
        legende: Vec::new(),
    }
}

#[path = "gemeinsam/zeit.rs"]
mod zeit;

/// Median of `DURCHLAEUFE` runs of `f` in milliseconds (`zeit::median_ms`), and the last result.
fn messen<T>(mut f: impl FnMut() -> T) -> (f64, T) {
    let mut ergebnis = None;
    let ms = zeit::median_ms(DURCHLAEUFE, || ergebnis = Some(f()));
    (ms, ergebnis.expect("ein Durchlauf"))
}

/// rust_xlsxwriter alone: the table's cells written straight, one format per typed column.
fn nur_rust_xlsxwriter(mappe: &Mappe, stufe: Option<u8>) -> Vec<u8> {
    let mut wb = Workbook::new();
    if let Some(stufe) = stufe {
        wb.set_zip_compression_level(stufe);
    }
    let ganz = Format::new().set_num_format("0");
    let datum = Format::new().set_num_format("DD.MM.YYYY");
    let dezimal = Format::new().set_num_format("0.0");
    let euro = Format::new().set_num_format("#,##0.00 \"€\"");
    let ws = wb.add_worksheet();
    let blatt = &mappe.blaetter[0];
    for (s, kopf) in blatt.spalten.iter().enumerate() {
        ws.write_string(0, s as u16, kopf).expect("schreibbar");
    }
    for (z, zeile) in blatt.zeilen.iter().enumerate() {
        let r = z as u32 + 1;
        for (s, zelle) in zeile.iter().enumerate() {
            let c = s as u16;
            match zelle {
                Zelle::Text(t) => ws.write_string(r, c, t),
                Zelle::Ganzzahl(n) => ws.write_number_with_format(r, c, *n as f64, &ganz),
                Zelle::Datum(d) => {
                    let t =
                        ExcelDateTime::from_ymd(d.jahr() as u16, d.monat() as u8, d.tag() as u8)
                            .expect("gültig");
                    ws.write_datetime_with_format(r, c, &t, &datum)
                }
                Zelle::Dezimal { wert, .. } => {
                    ws.write_number_with_format(r, c, *wert as f64 / 10.0, &dezimal)
                }
                Zelle::Euro(c2) => ws.write_number_with_format(r, c, *c2 as f64 / 100.0, &euro),
                Zelle::Wahr(b) => ws.write_boolean(r, c, *b),
                _ => unreachable!("die Tabelle hat nur diese Typen"),
            }
            .expect("schreibbar");
        }
    }
    wb.save_to_buffer().expect("speicherbar")
}

fn ms(wert: f64) -> String {
    format::dezimal((wert * 10.0).round() as i64, 1)
}

fn main() {
    let mappe = mappe();
    let job = auftrag::mappe_auftrag(&mappe);
    if std::env::args().nth(1).as_deref() == Some("profil") {
        for _ in 0..20 {
            std::hint::black_box(auftrag::ausfuehren(&job, |_| {}).expect("Export gelingt"));
        }
        return;
    }
    println!(
        "Export-Worker, 10.000 Zeilen × 10 Spalten (Auftrag {}), Median aus {DURCHLAEUFE}:",
        format::bytes(job.len() as u64)
    );
    let (ganz, datei) = messen(|| auftrag::ausfuehren(&job, |_| {}).expect("Export gelingt"));
    println!(
        "  ganzer Weg (auftrag::ausfuehren):     {} ms, {}",
        ms(ganz),
        format::bytes(datei.len() as u64)
    );
    /// The job's shape (`auftrag::mappe_auftrag`).
    #[derive(serde::Deserialize)]
    struct Auftrag {
        #[allow(dead_code)]
        mappe: Mappe,
    }
    let (lesen, _) = messen(|| serde_json::from_str::<Auftrag>(&job).expect("Auftrag lesbar"));
    println!("  davon Auftrag lesen (JSON → Mappe):  {} ms", ms(lesen));
    let (erstellen, _) = messen(|| xlsx::erstellen(&mappe).expect("Export gelingt"));
    println!(
        "  unsere Mappe schreiben (xlsx::erstellen): {} ms",
        ms(erstellen)
    );
    for stufe in [1u8, 3, 5, 6, 9] {
        let (zeit, datei) = messen(|| nur_rust_xlsxwriter(&mappe, Some(stufe)));
        println!(
            "  rust_xlsxwriter allein, Zip-Stufe {stufe}: {} ms, {}",
            ms(zeit),
            format::bytes(datei.len() as u64)
        );
    }
}
