//! The Budgetmonitor's workbook written with the real writer and read back: cached values with
//! calamine, formulas from calamine and the raw sheet XML, the native chart of the monthly
//! curve. Also checks the stored-form fixture `tests/fixtures/teil-budgetmonitor.json`.

use std::io::{Cursor, Read};

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use upo_werkzeugkasten::export::{xlsx, Info, Zeitstempel};
use upo_werkzeugkasten::shared::datum::Datum;
use upo_werkzeugkasten::tools::budgetmonitor::calc::Rahmen;
use upo_werkzeugkasten::tools::budgetmonitor::examples::beispiel;
use upo_werkzeugkasten::tools::budgetmonitor::export::mappe;
use upo_werkzeugkasten::tools::budgetmonitor::model::Budgetmonitor;
use upo_werkzeugkasten::tools::multiprojektplan::model::Multiprojektplan;

fn info() -> Info {
    Info {
        titel: "Budgetmonitor".into(),
        arbeitsbereich: "OZG-Programm".into(),
        behoerde: "BMI".into(),
        ressort: "BMI".into(),
        stand: None,
        exportiert_am: Zeitstempel {
            datum: Datum::neu(2026, 7, 1).unwrap(),
            stunde: 8,
            minute: 0,
        },
        app_version: "0.2.0".into(),
        datenversion: 3,
        einstufung: String::new(),
        hinweise: Vec::new(),
    }
}

fn bytes() -> Vec<u8> {
    let bm = beispiel(2026, |_, _| None);
    let rahmen = Rahmen::von(&bm, Datum::neu(2000, 1, 1).unwrap());
    xlsx::erstellen(&mappe(
        &bm,
        &Multiprojektplan::default(),
        info(),
        rahmen,
        None,
    ))
    .unwrap()
}

fn xml(bytes: &[u8], pfad: &str) -> String {
    let mut archiv = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archiv
        .by_name(pfad)
        .unwrap_or_else(|_| panic!("{pfad} fehlt"))
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn zahl(bereich: &calamine::Range<Data>, zelle: &str) -> f64 {
    let (z, s) = position(zelle);
    match bereich.get_value((z, s)) {
        Some(Data::Float(f)) => *f,
        Some(Data::Int(i)) => *i as f64,
        anders => panic!("Zahl erwartet in {zelle}, gefunden {anders:?}"),
    }
}

fn text(bereich: &calamine::Range<Data>, zelle: &str) -> String {
    let (z, s) = position(zelle);
    match bereich.get_value((z, s)) {
        Some(Data::String(t)) => t.clone(),
        anders => panic!("Text erwartet in {zelle}, gefunden {anders:?}"),
    }
}

/// "L4" → (3, 11).
fn position(zelle: &str) -> (u32, u32) {
    let buchstaben: String = zelle
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let zeile: u32 = zelle[buchstaben.len()..].parse().unwrap();
    let spalte = buchstaben
        .bytes()
        .fold(0_u32, |acc, b| acc * 26 + u32::from(b - b'A' + 1));
    (zeile - 1, spalte - 1)
}

/// The `<f>` and `<v>` of a cell in raw sheet XML.
fn formel_und_wert(blatt: &str, zelle: &str) -> (String, String) {
    let start = blatt
        .find(&format!("<c r=\"{zelle}\""))
        .unwrap_or_else(|| panic!("{zelle} fehlt"));
    let rest = &blatt[start..];
    let ende = rest.find("</c>").unwrap();
    let c = &rest[..ende];
    let inhalt = |tag: &str| {
        let a = c.find(&format!("<{tag}>")).map(|i| i + tag.len() + 2)?;
        let b = c.find(&format!("</{tag}>"))?;
        Some(c[a..b].replace("&quot;", "\""))
    };
    (
        inhalt("f").unwrap_or_default(),
        inhalt("v").unwrap_or_default(),
    )
}

#[test]
fn haushaltsstellen_formeln_und_werte_zelle_fuer_zelle() {
    let bytes = bytes();
    let mut mappe: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    let namen = mappe.sheet_names();
    assert_eq!(
        namen,
        [
            "Info",
            "Haushaltsstellen",
            "Buchungen",
            "VE",
            "Monatsverlauf",
            "Projekte_Finanzen",
            "Legende"
        ]
    );
    let h = mappe.worksheet_range("Haushaltsstellen").unwrap();
    // Header in HÜL order after the ID.
    let kopf: Vec<String> = (0..23)
        .map(|s| text(&h, &format!("{}1", (b'A' + s) as char)))
        .collect();
    assert_eq!(
        kopf[1..],
        [
            "EP",
            "Kapitel",
            "Titel",
            "TG",
            "Zweckbestimmung",
            "Vermerke",
            "Ansatz",
            "Reste",
            "Mittelumsetzungen",
            "Sperren",
            "verf. Soll",
            "Ist",
            "gebunden",
            "frei",
            "Abfluss %",
            "Bindung %",
            "Prognose",
            "Abw. €",
            "Abw. %",
            "Tendenz",
            "Ampel",
            "Erläuterung"
        ]
    );
    // 0634/532 01 in row 5 (after 0601/526 01, its subtotal and 0634/632 01), by hand:
    // Soll 2.700.000,00; Ist 522.345,67; gebunden 720.000,00.
    assert_eq!(text(&h, "D5"), "532 01");
    assert_eq!(zahl(&h, "L5"), 2_700_000.0);
    assert_eq!(zahl(&h, "M5"), 522_345.67);
    assert_eq!(zahl(&h, "N5"), 720_000.0);
    assert_eq!(zahl(&h, "O5"), 1_457_654.33);
    assert_eq!(zahl(&h, "P5"), 0.193);
    assert_eq!(zahl(&h, "Q5"), 0.46);
    assert_eq!(zahl(&h, "R5"), 2_500_000.0);
    assert_eq!(zahl(&h, "S5"), -200_000.0);
    assert_eq!(zahl(&h, "T5"), -0.074);
    assert_eq!(text(&h, "V5"), "gelb");
    // Festlegungen and Vorbindungen apart (AF, AG).
    assert_eq!(zahl(&h, "AF5"), 570_000.0);
    assert_eq!(zahl(&h, "AG5"), 150_000.0);
    // Row 7: the subtotal of Titelgruppe 55; total row 10: Soll 4.650.000,00.
    assert_eq!(text(&h, "AE7"), "Titelgruppe");
    assert_eq!(text(&h, "A10"), "Gesamt");
    assert_eq!(zahl(&h, "L10"), 4_650_000.0);
    assert_eq!(zahl(&h, "H10"), 4_820_000.0);

    let blatt = xml(&bytes, "xl/worksheets/sheet2.xml");
    for (zelle, formel, wert) in [
        ("L5", "H5+I5+J5-K5", "2700000.00"),
        ("O5", "L5-M5-N5", "1457654.33"),
        ("P5", "IF(L5=0,\"–\",ROUND(M5/L5,3))", "0.193"),
        ("S5", "R5-L5", "-200000.00"),
        ("H7", "SUBTOTAL(9,H5:H6)", "3200000.00"),
        ("H8", "SUBTOTAL(9,H4:H7)", "4700000.00"),
        ("H10", "SUBTOTAL(9,H2:H9)", "4820000.00"),
        ("L10", "H10+I10+J10-K10", "4650000.00"),
    ] {
        assert_eq!(
            formel_und_wert(&blatt, zelle),
            (formel.to_owned(), wert.to_owned()),
            "{zelle}"
        );
    }
}

#[test]
fn monatsverlauf_als_natives_diagramm() {
    let bytes = bytes();
    let mut mappe: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    let mv = mappe.worksheet_range("Monatsverlauf").unwrap();
    assert_eq!(text(&mv, "C2"), "Jan 2026");
    // Gesamt Juni cumulative Ist: all payments of the year up to 30.06.2026, by hand:
    // 522.345,67 + 100.000 (632 01) + 257.000 (812 01) + 24.990,50 (526 01) = 904.336,17.
    assert_eq!(zahl(&mv, "G7"), 904_336.17);
    let chart = xml(&bytes, "xl/charts/chart1.xml");
    assert!(chart.contains("<c:lineChart>"));
    for bereich in [
        "Monatsverlauf!$C$2:$C$13",
        "Monatsverlauf!$F$2:$F$13",
        "Monatsverlauf!$G$2:$G$13",
        "Monatsverlauf!$H$2:$H$13",
    ] {
        assert!(chart.contains(bereich), "{bereich}");
    }
}

/// The stored form of the example (`budgetmonitor` field of a workspace). Regenerate with
/// `UPO_FIXTURE_SCHREIBEN=1 cargo test --test budgetmonitor_export` after a deliberate change.
#[test]
fn gespeicherte_form_laedt_wieder() {
    let pfad = "tests/fixtures/teil-budgetmonitor.json";
    // Wohngeld digital and Basisdienst Bezahlen as projects 3 and 5 of the Multiprojektplan.
    let bm = beispiel(2026, |kennung, _| match kennung {
        "P-2026-001" => Some(3),
        "P-2026-006" => Some(5),
        _ => None,
    });
    if std::env::var_os("UPO_FIXTURE_SCHREIBEN").is_some() {
        std::fs::write(pfad, serde_json::to_string_pretty(&bm).unwrap() + "\n").unwrap();
    }
    let text = std::fs::read_to_string(pfad).unwrap();
    let gelesen: Budgetmonitor = serde_json::from_str(&text).unwrap();
    assert_eq!(gelesen, bm);
    assert_eq!(serde_json::to_string_pretty(&bm).unwrap() + "\n", text);
}
