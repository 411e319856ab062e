//! Reads exported workbooks back, cell by cell: with `calamine` for values and types, and from
//! the raw XML (`xl/styles.xml`, the sheet files) for number formats, fills, fonts, frozen
//! panes, autofilters and print setup, which `calamine` does not expose.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use upo_werkzeugkasten::export::{
    csv, xlsx, Bereich, Blatt, Datenreihe, Diagramm, Diagrammart, Info, Legendeneintrag, Mappe,
    Zeitstempel, Zelle, CSV_MIME, XLSX_MIME,
};
use upo_werkzeugkasten::shared::datum::Datum;
use upo_werkzeugkasten::shared::vokabular::Ampel;

// ---------------------------------------------------------------------------------------------
// Test data
// ---------------------------------------------------------------------------------------------

fn datum(j: i32, m: u32, t: u32) -> Datum {
    Datum::neu(j, m, t).unwrap()
}

fn info(einstufung: &str) -> Info {
    Info {
        titel: "Multiprojektplan".into(),
        arbeitsbereich: "OZG-Programm BMI".into(),
        behoerde: "Bundesministerium des Innern".into(),
        ressort: "BMI".into(),
        stand: Some(datum(2026, 11, 28)),
        exportiert_am: Zeitstempel {
            datum: datum(2026, 11, 30),
            stunde: 14,
            minute: 5,
        },
        app_version: "0.2.0".into(),
        datenversion: 3,
        einstufung: einstufung.into(),
        hinweise: Vec::new(),
    }
}

const FORMEL_TEXTE: [&str; 5] = [
    "=HYPERLINK(\"http://x\")",
    "+49 30 1234",
    "-5",
    "@x",
    "=1+1",
];

fn projekte() -> Blatt {
    let mut zeilen = vec![
        vec![
            Zelle::Text("P-0001".into()),
            Zelle::Text("Akte digital".into()),
            Zelle::Euro(123456),
            Zelle::Dezimal {
                wert: 15,
                stellen: 1,
            },
            Zelle::Datum(datum(2026, 1, 5)),
            Zelle::Prozent {
                wert: 255,
                stellen: 3,
            },
            Zelle::Ampel(Ampel::Gruen),
            Zelle::Wahr(true),
            Zelle::Ganzzahl(2026),
        ],
        vec![
            Zelle::Text("P-0002".into()),
            Zelle::Text("x".repeat(40_000)),
            Zelle::Euro(-99),
            Zelle::Dezimal {
                wert: 12345,
                stellen: 2,
            },
            Zelle::Datum(datum(1899, 12, 31)),
            Zelle::Prozent {
                wert: 1,
                stellen: 0,
            },
            Zelle::Ampel(Ampel::Rot),
            Zelle::Wahr(false),
            Zelle::Ganzzahl(-7),
        ],
        vec![
            Zelle::Text("P-0003".into()),
            Zelle::Leer,
            Zelle::Euro(0),
            Zelle::Dezimal {
                wert: 7,
                stellen: 0,
            },
        ],
        vec![
            Zelle::Text("P-0004".into()),
            Zelle::Text(String::new()),
            // 999.999.999,99 €
            Zelle::Euro(99_999_999_999),
        ],
    ];
    for (i, text) in FORMEL_TEXTE.iter().enumerate() {
        zeilen.push(vec![
            Zelle::Text(format!("P-1{i:03}")),
            Zelle::Text(text.to_string()),
        ]);
    }
    Blatt {
        name: "Projekte".into(),
        spalten: [
            "ID", "Titel", "Budget", "VZÄ", "Start", "Anteil", "Ampel", "Aktiv", "Jahr",
        ]
        .map(String::from)
        .to_vec(),
        zeilen,
        ..Blatt::default()
    }
}

fn mappe(einstufung: &str) -> Mappe {
    Mappe {
        info: info(einstufung),
        blaetter: vec![
            projekte(),
            Blatt {
                name: "projekte".into(),
                spalten: vec!["ID".into(), "Name".into(), "Notiz".into()],
                zeilen: vec![],
                ..Blatt::default()
            },
            Blatt {
                name: "Info".into(),
                spalten: vec!["ID".into()],
                zeilen: vec![vec![Zelle::Text("I-1".into())]],
                ..Blatt::default()
            },
            Blatt {
                name: "Kosten [€]: 2026/27 und sehr viel mehr Text".into(),
                spalten: vec!["ID".into()],
                zeilen: vec![vec![Zelle::Text("K-1".into())]],
                ..Blatt::default()
            },
        ],
        legende: Legendeneintrag::ampeln(),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading helpers
// ---------------------------------------------------------------------------------------------

fn oeffnen(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("Arbeitsmappe lesbar")
}

fn xml(bytes: &[u8], pfad: &str) -> String {
    let mut archiv = zip::ZipArchive::new(Cursor::new(bytes)).expect("Zip lesbar");
    let mut datei = archiv
        .by_name(pfad)
        .unwrap_or_else(|_| panic!("{pfad} fehlt"));
    let mut text = String::new();
    datei.read_to_string(&mut text).unwrap();
    text
}

fn dateien(bytes: &[u8]) -> Vec<String> {
    let archiv = zip::ZipArchive::new(Cursor::new(bytes)).expect("Zip lesbar");
    archiv
        .file_names()
        .map(|n| n.expect("Dateiname lesbar").into_owned())
        .collect()
}

fn entschluesseln(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The opening tags `<name …>` / `<name …/>` in `xml`, and the element text up to its end.
fn elemente<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let anfang = format!("<{name}");
    let ende = format!("</{name}>");
    let mut gefunden = Vec::new();
    let mut rest = xml;
    while let Some(pos) = rest.find(&anfang) {
        let ab = &rest[pos..];
        let naechstes = ab[anfang.len()..].chars().next();
        if !matches!(naechstes, Some(' ' | '>' | '/')) {
            rest = &ab[anfang.len()..];
            continue;
        }
        let tag_ende = ab.find('>').unwrap();
        let laenge = if ab[..tag_ende].ends_with('/') {
            tag_ende + 1
        } else {
            ab.find(&ende).map_or(tag_ende + 1, |e| e + ende.len())
        };
        gefunden.push(&ab[..laenge]);
        rest = &ab[laenge..];
    }
    gefunden
}

fn attribut(element: &str, name: &str) -> Option<String> {
    let tag = &element[..element.find('>').unwrap_or(element.len())];
    let muster = format!(" {name}=\"");
    let start = tag.find(&muster)? + muster.len();
    let laenge = tag[start..].find('"')?;
    Some(entschluesseln(&tag[start..start + laenge]))
}

/// What `xl/styles.xml` says about one cell style.
#[derive(Debug, Default, Clone)]
struct Stil {
    zahlformat: String,
    fett: bool,
    schriftfarbe: Option<String>,
    fuellung: Option<String>,
    umbruch: bool,
}

fn stile(bytes: &[u8]) -> Vec<Stil> {
    let styles = xml(bytes, "xl/styles.xml");
    let mut formate: HashMap<String, String> = [
        ("0", "General"),
        ("1", "0"),
        ("2", "0.00"),
        ("3", "#,##0"),
        ("4", "#,##0.00"),
        ("9", "0%"),
        ("10", "0.00%"),
    ]
    .into_iter()
    .map(|(id, code)| (id.to_string(), code.to_string()))
    .collect();
    for nf in elemente(&styles, "numFmt") {
        formate.insert(
            attribut(nf, "numFmtId").unwrap(),
            attribut(nf, "formatCode").unwrap(),
        );
    }
    let schriften: Vec<(bool, Option<String>)> = elemente(elemente(&styles, "fonts")[0], "font")
        .into_iter()
        .map(|f| {
            let farbe = elemente(f, "color")
                .first()
                .and_then(|c| attribut(c, "rgb"));
            (f.contains("<b/>"), farbe)
        })
        .collect();
    let fuellungen: Vec<Option<String>> = elemente(elemente(&styles, "fills")[0], "fill")
        .into_iter()
        .map(|f| {
            elemente(f, "fgColor")
                .first()
                .and_then(|c| attribut(c, "rgb"))
        })
        .collect();
    elemente(elemente(&styles, "cellXfs")[0], "xf")
        .into_iter()
        .map(|xf| {
            let index = |name: &str| -> usize {
                attribut(xf, name).map_or(0, |wert| wert.parse().unwrap())
            };
            let (fett, schriftfarbe) = schriften[index("fontId")].clone();
            Stil {
                zahlformat: formate[&attribut(xf, "numFmtId").unwrap_or("0".into())].clone(),
                fett,
                schriftfarbe,
                fuellung: fuellungen[index("fillId")].clone(),
                umbruch: xf.contains("wrapText=\"1\""),
            }
        })
        .collect()
}

/// The sheet file of the `nr`-th sheet (1-based, in workbook order).
fn blatt_xml(bytes: &[u8], nr: usize) -> String {
    xml(bytes, &format!("xl/worksheets/sheet{nr}.xml"))
}

/// The style of cell `zelle` (e.g. "C2") in a sheet's XML.
fn stil_von(bytes: &[u8], blatt: &str, zelle: &str) -> Stil {
    let c = elemente(blatt, "c")
        .into_iter()
        .find(|c| attribut(c, "r").as_deref() == Some(zelle))
        .unwrap_or_else(|| panic!("Zelle {zelle} fehlt"));
    let s: usize = attribut(c, "s").map_or(0, |s| s.parse().unwrap());
    stile(bytes)[s].clone()
}

fn zellwert(bereich: &calamine::Range<Data>, zeile: u32, spalte: u32) -> Data {
    bereich
        .get_value((zeile, spalte))
        .cloned()
        .unwrap_or(Data::Empty)
}

fn text(bereich: &calamine::Range<Data>, zeile: u32, spalte: u32) -> String {
    match zellwert(bereich, zeile, spalte) {
        Data::String(s) => s,
        anders => panic!("Text erwartet in ({zeile}, {spalte}), gefunden {anders:?}"),
    }
}

fn zahl(bereich: &calamine::Range<Data>, zeile: u32, spalte: u32) -> f64 {
    match zellwert(bereich, zeile, spalte) {
        Data::Float(f) => f,
        Data::Int(i) => i as f64,
        anders => panic!("Zahl erwartet in ({zeile}, {spalte}), gefunden {anders:?}"),
    }
}

/// Excel's serial number of a date (1900 system; valid from March 1900 on).
fn seriennummer(d: Datum) -> f64 {
    d.tagesnummer() as f64 - datum(1899, 12, 30).tagesnummer() as f64
}

fn datumswert(bereich: &calamine::Range<Data>, zeile: u32, spalte: u32) -> f64 {
    match zellwert(bereich, zeile, spalte) {
        Data::DateTime(dt) => dt.as_f64(),
        anders => panic!("Datum erwartet in ({zeile}, {spalte}), gefunden {anders:?}"),
    }
}

/// Column widths as `rust_xlsxwriter` stores them for a width in characters.
fn gespeicherte_breite(zeichen: f64) -> f64 {
    ((zeichen * 7.0 + 5.0) / 7.0 * 256.0).floor() / 256.0
}

/// Width per column; `<col min max>` elements cover runs of equal columns.
fn spaltenbreiten(blatt: &str) -> Vec<f64> {
    let mut breiten = Vec::new();
    for c in elemente(blatt, "col") {
        let zahl = |name: &str| -> usize { attribut(c, name).unwrap().parse().unwrap() };
        let breite: f64 = attribut(c, "width").unwrap().parse().unwrap();
        breiten.resize(zahl("max"), f64::NAN);
        breiten[zahl("min") - 1..].fill(breite);
    }
    breiten
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[test]
fn blaetter_in_reihenfolge_mit_bereinigten_eindeutigen_namen() {
    let bytes = xlsx::erstellen(&mappe("")).unwrap();
    assert_eq!(
        oeffnen(&bytes).sheet_names(),
        [
            "Info",
            "Projekte",
            "projekte (2)",
            "Info (2)",
            "Kosten _€__ 2026_27 und sehr vi",
            "Legende"
        ]
    );
    assert_eq!(
        XLSX_MIME,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(CSV_MIME, "text/csv;charset=utf-8");
}

#[test]
fn infoblatt() {
    let bytes = xlsx::erstellen(&mappe("")).unwrap();
    let info = oeffnen(&bytes).worksheet_range("Info").unwrap();
    let zeilen: Vec<String> = (0..9).map(|z| text(&info, z, 0).to_string()).collect();
    assert_eq!(
        zeilen[..8],
        [
            "Angabe",
            "Titel",
            "Arbeitsbereich",
            "Behörde",
            "Ressort",
            "Stichtag / Stand",
            "Exportiert am",
            "App-Version"
        ]
    );
    assert_eq!(zeilen[8], "Datenversion");
    assert_eq!(info.height(), 9, "ohne Einstufung keine Zeile dafür");
    assert_eq!(text(&info, 0, 1), "Wert");
    assert_eq!(text(&info, 1, 1), "Multiprojektplan");
    assert_eq!(text(&info, 2, 1), "OZG-Programm BMI");
    assert_eq!(text(&info, 3, 1), "Bundesministerium des Innern");
    assert_eq!(text(&info, 4, 1), "BMI");
    assert_eq!(datumswert(&info, 5, 1), seriennummer(datum(2026, 11, 28)));
    let erwartet = seriennummer(datum(2026, 11, 30)) + (14.0 * 60.0 + 5.0) / 1440.0;
    assert!((datumswert(&info, 6, 1) - erwartet).abs() < 1e-9);
    assert_eq!(text(&info, 7, 1), "0.2.0");
    assert_eq!(zahl(&info, 8, 1), 3.0);

    let blatt = blatt_xml(&bytes, 1);
    assert!(stil_von(&bytes, &blatt, "A1").fett);
    assert!(stil_von(&bytes, &blatt, "B1").fett);
    assert!(!stil_von(&bytes, &blatt, "A2").fett);
    assert_eq!(stil_von(&bytes, &blatt, "B6").zahlformat, "dd.mm.yyyy");
    assert_eq!(
        stil_von(&bytes, &blatt, "B7").zahlformat,
        "dd.mm.yyyy hh:mm"
    );
    assert!(!blatt.contains("<oddHeader>"));
    assert!(blatt.contains("<oddFooter>&amp;LSeite &amp;P von &amp;N&amp;RMultiprojektplan"));

    let mut ohne_stand = mappe("");
    ohne_stand.info.stand = None;
    let bytes = xlsx::erstellen(&ohne_stand).unwrap();
    let info = oeffnen(&bytes).worksheet_range("Info").unwrap();
    assert_eq!(zellwert(&info, 5, 1), Data::Empty);
}

#[test]
fn einstufung_fett_und_in_jeder_kopfzeile() {
    let einstufung = "VS – NUR FÜR DEN DIENSTGEBRAUCH";
    let bytes = xlsx::erstellen(&mappe(einstufung)).unwrap();
    let mut mappe_gelesen = oeffnen(&bytes);
    let info = mappe_gelesen.worksheet_range("Info").unwrap();
    assert_eq!(text(&info, 9, 0), "Einstufung");
    assert_eq!(text(&info, 9, 1), einstufung);
    let blatt = blatt_xml(&bytes, 1);
    assert!(stil_von(&bytes, &blatt, "A10").fett);
    assert!(stil_von(&bytes, &blatt, "B10").fett);
    let anzahl = mappe_gelesen.sheet_names().len();
    assert_eq!(anzahl, 6);
    for nr in 1..=anzahl {
        assert!(
            blatt_xml(&bytes, nr).contains(&format!("<oddHeader>&amp;C{einstufung}</oddHeader>")),
            "Kopfzeile fehlt auf Blatt {nr}"
        );
    }

    // `&` is a control character in page headers and must be doubled.
    let bytes = xlsx::erstellen(&mappe("A & B")).unwrap();
    assert!(blatt_xml(&bytes, 2).contains("<oddHeader>&amp;CA &amp;&amp; B</oddHeader>"));
}

#[test]
fn typisierte_zellen_werte_und_formate() {
    let bytes = xlsx::erstellen(&mappe("")).unwrap();
    let p = oeffnen(&bytes).worksheet_range("Projekte").unwrap();
    let blatt = blatt_xml(&bytes, 2);
    let format = |zelle: &str| stil_von(&bytes, &blatt, zelle).zahlformat;

    // Header.
    let kopf: Vec<String> = (0..9).map(|s| text(&p, 0, s)).collect();
    assert_eq!(kopf, projekte().spalten);
    for zelle in ["A1", "E1", "I1"] {
        let stil = stil_von(&bytes, &blatt, zelle);
        assert!(stil.fett, "{zelle}");
        assert_eq!(stil.fuellung.as_deref(), Some("FFDDE4EE"), "{zelle}");
    }

    // Text.
    assert_eq!(text(&p, 1, 0), "P-0001");
    assert_eq!(text(&p, 1, 1), "Akte digital");
    assert_eq!(zellwert(&p, 3, 1), Data::Empty);
    assert_eq!(zellwert(&p, 4, 1), Data::Empty);

    // Euro.
    assert_eq!(zahl(&p, 1, 2), 1234.56);
    assert_eq!(zahl(&p, 2, 2), -0.99);
    assert_eq!(zahl(&p, 3, 2), 0.0);
    assert_eq!(zahl(&p, 4, 2), 999_999_999.99);
    for zelle in ["C2", "C3", "C4", "C5"] {
        assert_eq!(format(zelle), "#,##0.00 \"€\"", "{zelle}");
    }

    // Dezimal.
    assert_eq!(zahl(&p, 1, 3), 1.5);
    assert_eq!(format("D2"), "#,##0.0");
    assert_eq!(zahl(&p, 2, 3), 123.45);
    assert_eq!(format("D3"), "#,##0.00");
    assert_eq!(zahl(&p, 3, 3), 7.0);
    assert_eq!(format("D4"), "#,##0");

    // Datum; before 1900 Excel has no dates, so the German text is written.
    assert_eq!(datumswert(&p, 1, 4), seriennummer(datum(2026, 1, 5)));
    assert_eq!(format("E2"), "dd.mm.yyyy");
    assert_eq!(text(&p, 2, 4), "31.12.1899");

    // Prozent.
    assert_eq!(zahl(&p, 1, 5), 0.255);
    assert_eq!(format("F2"), "0.0%");
    assert_eq!(zahl(&p, 2, 5), 1.0);
    assert_eq!(format("F3"), "0%");

    // Ampel: word, fill and text colour.
    assert_eq!(text(&p, 1, 6), "grün");
    assert_eq!(text(&p, 2, 6), "rot");
    for (zelle, ampel) in [("G2", Ampel::Gruen), ("G3", Ampel::Rot)] {
        let stil = stil_von(&bytes, &blatt, zelle);
        let (fuellung, schrift) = ampel.farben();
        assert_eq!(stil.fuellung, Some(format!("FF{fuellung:06X}")), "{zelle}");
        assert_eq!(
            stil.schriftfarbe,
            Some(format!("FF{schrift:06X}")),
            "{zelle}"
        );
    }

    // Wahr and Ganzzahl.
    assert_eq!(text(&p, 1, 7), "ja");
    assert_eq!(text(&p, 2, 7), "nein");
    assert_eq!(zahl(&p, 1, 8), 2026.0);
    assert_eq!(zahl(&p, 2, 8), -7.0);
    assert_eq!(format("I2"), "0");
}

#[test]
fn formelartiger_text_bleibt_text() {
    let bytes = xlsx::erstellen(&mappe("")).unwrap();
    let p = oeffnen(&bytes).worksheet_range("Projekte").unwrap();
    for (i, erwartet) in FORMEL_TEXTE.iter().enumerate() {
        let zeile = 5 + i as u32;
        assert_eq!(text(&p, zeile, 1), *erwartet);
    }
    for datei in dateien(&bytes) {
        if datei.starts_with("xl/worksheets/") {
            assert!(!xml(&bytes, &datei).contains("<f>"), "Formel in {datei}");
            assert!(!xml(&bytes, &datei).contains("<f "), "Formel in {datei}");
        }
    }
}

#[test]
fn langer_text_wird_gekuerzt_und_umbrochen() {
    let bytes = xlsx::erstellen(&mappe("")).unwrap();
    let p = oeffnen(&bytes).worksheet_range("Projekte").unwrap();
    let lang = text(&p, 2, 1);
    assert_eq!(lang.chars().count(), 32_767);
    assert!(lang.ends_with('…'));
    assert!(lang[..lang.len() - '…'.len_utf8()]
        .chars()
        .all(|c| c == 'x'));

    let blatt = blatt_xml(&bytes, 2);
    assert!(stil_von(&bytes, &blatt, "B3").umbruch);
    let breiten = spaltenbreiten(&blatt);
    assert_eq!(breiten.len(), 9);
    // ID: "P-0001" → 6 + 2; Titel: clamped at 60; Budget: "999.999.999,99 €" → 16 + 2;
    // VZÄ: "123,45" → 6 + 2; Start: 10 + 2; Anteil: "25,5 %" / header 6 → 8;
    // Ampel: header 5 + 2 → 7; Aktiv: "nein"/"Aktiv" → 7; Jahr: "2026" → min 6.
    let erwartet = [8.0, 60.0, 18.0, 8.0, 12.0, 8.0, 7.0, 7.0, 6.0];
    for (s, (ist, soll)) in breiten.iter().zip(erwartet).enumerate() {
        assert_eq!(*ist, gespeicherte_breite(soll), "Spalte {s}");
    }
}

#[test]
fn kopfzeile_fixiert_autofilter_und_druck() {
    let bytes = xlsx::erstellen(&mappe("")).unwrap();
    let workbook = xml(&bytes, "xl/workbook.xml");

    // Projekte: 9 data rows, columns A to I.
    let blatt = blatt_xml(&bytes, 2);
    let pane = elemente(&blatt, "pane")[0];
    assert_eq!(attribut(pane, "state").as_deref(), Some("frozen"));
    assert_eq!(attribut(pane, "xSplit").as_deref(), Some("1"));
    assert_eq!(attribut(pane, "ySplit").as_deref(), Some("1"));
    assert_eq!(
        attribut(elemente(&blatt, "autoFilter")[0], "ref").as_deref(),
        Some("A1:I10")
    );
    let seite = elemente(&blatt, "pageSetup")[0];
    assert_eq!(attribut(seite, "paperSize").as_deref(), Some("9"));
    assert_eq!(attribut(seite, "orientation").as_deref(), Some("landscape"));
    assert_eq!(attribut(seite, "fitToHeight").as_deref(), Some("0"));
    assert!(blatt.contains("<pageSetUpPr fitToPage=\"1\"/>"));
    assert!(workbook.contains("Projekte!$1:$1"), "{workbook}");

    // A sheet without data rows still filters its header row.
    let leer = blatt_xml(&bytes, 3);
    assert_eq!(
        attribut(elemente(&leer, "autoFilter")[0], "ref").as_deref(),
        Some("A1:C1")
    );
    assert!(leer.contains("state=\"frozen\""));
    assert!(workbook.contains("'projekte (2)'!$1:$1"), "{workbook}");
}

#[test]
fn legende() {
    let bytes = xlsx::erstellen(&mappe("")).unwrap();
    let l = oeffnen(&bytes).worksheet_range("Legende").unwrap();
    assert_eq!(
        [text(&l, 0, 0), text(&l, 0, 1), text(&l, 0, 2)],
        ["Merkmal", "Wert", "Bedeutung"]
    );
    let blatt = blatt_xml(&bytes, 6);
    for (i, ampel) in Ampel::ALLE.iter().enumerate() {
        let zeile = i as u32 + 1;
        assert_eq!(text(&l, zeile, 0), "Ampel");
        assert_eq!(text(&l, zeile, 1), ampel.name());
        assert_eq!(text(&l, zeile, 2), ampel.bedeutung());
        let stil = stil_von(&bytes, &blatt, &format!("B{}", zeile + 1));
        assert_eq!(stil.fuellung, Some(format!("FF{:06X}", ampel.farben().0)));
        assert_eq!(
            stil.schriftfarbe,
            Some(format!("FF{:06X}", ampel.farben().1))
        );
    }
    assert!(stil_von(&bytes, &blatt, "A1").fett);
    assert!(blatt.contains("state=\"frozen\""));
    assert_eq!(
        attribut(elemente(&blatt, "autoFilter")[0], "ref").as_deref(),
        Some("A1:C6")
    );

    let mut ohne = mappe("");
    ohne.legende.clear();
    let bytes = xlsx::erstellen(&ohne).unwrap();
    let l = oeffnen(&bytes).worksheet_range("Legende").unwrap();
    assert_eq!(text(&l, 0, 0), "Keine Aufzählungswerte verwendet.");
}

#[test]
fn gleiche_mappe_gleiche_bytes() {
    let a = xlsx::erstellen(&mappe("VS – NfD")).unwrap();
    let b = xlsx::erstellen(&mappe("VS – NfD")).unwrap();
    assert!(a == b, "zwei Exporte derselben Mappe unterscheiden sich");
    let kern = xml(&a, "docProps/core.xml");
    assert!(
        kern.contains(">2026-11-30T14:05:00Z</dcterms:created>"),
        "{kern}"
    );
    assert!(
        kern.contains("<dc:title>Multiprojektplan</dc:title>"),
        "{kern}"
    );
    let app = xml(&a, "docProps/app.xml");
    assert!(
        app.contains("<Company>Bundesministerium des Innern</Company>"),
        "{app}"
    );
}

#[test]
fn ungueltige_uhrzeit_ist_ein_exportfehler() {
    let mut m = mappe("");
    m.info.exportiert_am.stunde = 24;
    let fehler = xlsx::erstellen(&m).unwrap_err().to_string();
    assert!(
        fehler.starts_with("Die Excel-Datei konnte nicht erstellt werden: "),
        "{fehler}"
    );
}

#[test]
fn mappe_ohne_datenblaetter() {
    let m = Mappe {
        info: info(""),
        blaetter: vec![],
        legende: vec![],
    };
    let bytes = xlsx::erstellen(&m).unwrap();
    assert_eq!(oeffnen(&bytes).sheet_names(), ["Info", "Legende"]);
}

#[test]
fn csv_einer_tabelle() {
    let blatt = Blatt {
        name: "Projekte".into(),
        spalten: vec!["ID".into(), "Titel".into(), "Budget".into()],
        zeilen: vec![
            vec![
                Zelle::Text("P-1".into()),
                Zelle::Text("=HYPERLINK(\"http://x\")".into()),
                Zelle::Euro(123456),
            ],
            vec![
                Zelle::Text("P-2".into()),
                Zelle::Text("Grün; \"neu\"".into()),
                Zelle::Prozent {
                    wert: 255,
                    stellen: 3,
                },
            ],
        ],
        ..Blatt::default()
    };
    assert_eq!(
        csv::erstellen(&blatt).as_bytes(),
        "\u{feff}ID;Titel;Budget\r\n\
         P-1;\"'=HYPERLINK(\"\"http://x\"\")\";1234,56\r\n\
         P-2;\"Grün; \"\"neu\"\"\";0,255\r\n"
            .as_bytes()
    );
}

// ---------------------------------------------------------------------------------------------
// Formulas with cached values, native charts
// ---------------------------------------------------------------------------------------------

/// A small sheet: amounts in B2:B4, a live sum with its cached value, a share, a text result,
/// and a line chart over the three rows.
fn rechenblatt() -> Blatt {
    let zeile = |id: &str, monat: &str, cent: i64, kum: Zelle| {
        vec![
            Zelle::Text(id.into()),
            Zelle::Text(monat.into()),
            Zelle::Euro(cent),
            kum,
        ]
    };
    Blatt {
        name: "Verlauf".into(),
        spalten: ["ID", "Monat", "Betrag", "kumuliert"]
            .map(String::from)
            .to_vec(),
        zeilen: vec![
            zeile(
                "M-1",
                "Jan",
                100_000,
                Zelle::formel("C2", Zelle::Euro(100_000)),
            ),
            zeile(
                "M-2",
                "Feb",
                25_050,
                Zelle::formel("D2+C3", Zelle::Euro(125_050)),
            ),
            zeile(
                "M-3",
                "Mär",
                -99,
                Zelle::formel("D3+C4", Zelle::Euro(124_951)),
            ),
            vec![
                Zelle::Text("Summe".into()),
                Zelle::Leer,
                Zelle::formel("=SUM(C2:C4)", Zelle::Euro(124_951)),
                Zelle::formel(
                    "IF(C2=0,\"–\",C3/C2)",
                    Zelle::Prozent {
                        wert: 2505,
                        stellen: 4,
                    },
                ),
            ],
            vec![
                Zelle::Text("Quote".into()),
                Zelle::Leer,
                Zelle::formel("IF(0=0,\"–\",1)", Zelle::Text("–".into())),
                Zelle::formel("COUNT(C2:C4)", Zelle::Ganzzahl(3)),
            ],
        ],
        diagramme: vec![Diagramm {
            art: Diagrammart::Linie,
            titel: "Abfluss kumuliert".into(),
            kategorien: Bereich {
                spalte: 1,
                von: 1,
                bis: 3,
            },
            reihen: vec![
                Datenreihe {
                    name: "Betrag".into(),
                    werte: Bereich {
                        spalte: 2,
                        von: 1,
                        bis: 3,
                    },
                },
                Datenreihe {
                    name: "kumuliert".into(),
                    werte: Bereich {
                        spalte: 3,
                        von: 1,
                        bis: 3,
                    },
                },
            ],
            x_achse: "Monat".into(),
            y_achse: "Euro".into(),
            y_zahlenformat: "#,##0 \"€\"".into(),
            anker: (7, 1),
        }],
    }
}

fn rechenmappe() -> Mappe {
    Mappe {
        info: info(""),
        blaetter: vec![rechenblatt()],
        legende: vec![],
    }
}

/// The `<c>` element of cell `zelle` in a sheet's XML.
fn zellelement<'a>(blatt: &'a str, zelle: &str) -> &'a str {
    elemente(blatt, "c")
        .into_iter()
        .find(|c| attribut(c, "r").as_deref() == Some(zelle))
        .unwrap_or_else(|| panic!("Zelle {zelle} fehlt"))
}

/// Text between `<name>` and `</name>` inside an element.
fn inhalt(element: &str, name: &str) -> Option<String> {
    let auf = format!("<{name}>");
    let zu = format!("</{name}>");
    let start = element.find(&auf)? + auf.len();
    let ende = element[start..].find(&zu)? + start;
    Some(entschluesseln(&element[start..ende]))
}

#[test]
fn formeln_tragen_ihren_berechneten_wert() {
    let bytes = xlsx::erstellen(&rechenmappe()).unwrap();
    let blatt = blatt_xml(&bytes, 2);
    // Raw XML: the formula (without "=") and the cached value.
    for (zelle, formel, wert) in [
        ("D2", "C2", "1000.00"),
        ("D3", "D2+C3", "1250.50"),
        ("D4", "D3+C4", "1249.51"),
        ("C5", "SUM(C2:C4)", "1249.51"),
        ("D5", "IF(C2=0,\"–\",C3/C2)", "0.2505"),
        ("C6", "IF(0=0,\"–\",1)", "–"),
        ("D6", "COUNT(C2:C4)", "3"),
    ] {
        let c = zellelement(&blatt, zelle);
        assert_eq!(inhalt(c, "f").as_deref(), Some(formel), "{zelle}");
        assert_eq!(inhalt(c, "v").as_deref(), Some(wert), "{zelle}");
    }
    assert_eq!(
        attribut(zellelement(&blatt, "C6"), "t").as_deref(),
        Some("str")
    );
    assert_eq!(attribut(zellelement(&blatt, "C5"), "t"), None);

    // The value type decides the format, as for plain cells.
    let format = |zelle: &str| stil_von(&bytes, &blatt, zelle).zahlformat;
    assert_eq!(format("C5"), "#,##0.00 \"€\"");
    assert_eq!(format("D4"), "#,##0.00 \"€\"");
    assert_eq!(format("D5"), "0.00%");
    assert_eq!(format("D6"), "0");

    // calamine shows the cached values and the formulas.
    let mut mappe = oeffnen(&bytes);
    let werte = mappe.worksheet_range("Verlauf").unwrap();
    assert_eq!(zahl(&werte, 1, 3), 1000.0);
    assert_eq!(zahl(&werte, 2, 3), 1250.5);
    assert_eq!(zahl(&werte, 3, 3), 1249.51);
    assert_eq!(zahl(&werte, 4, 2), 1249.51);
    assert_eq!(zahl(&werte, 4, 3), 0.2505);
    assert_eq!(text(&werte, 5, 2), "–");
    assert_eq!(zahl(&werte, 5, 3), 3.0);
    let formeln = mappe.worksheet_formula("Verlauf").unwrap();
    assert_eq!(
        formeln.get_value((4, 2)).map(String::as_str),
        Some("SUM(C2:C4)")
    );

    // CSV writes the computed values.
    let text = csv::erstellen(&rechenblatt());
    assert!(text.contains("M-2;Feb;250,50;1250,50\r\n"), "{text}");
    assert!(text.contains("Summe;;1249,51;0,2505\r\n"), "{text}");
    assert!(text.contains("Quote;;–;3\r\n"), "{text}");
}

#[test]
fn diagramm_ist_ein_natives_liniendiagramm_ueber_die_bereiche() {
    let bytes = xlsx::erstellen(&rechenmappe()).unwrap();
    assert!(dateien(&bytes).contains(&"xl/charts/chart1.xml".to_string()));
    let chart = xml(&bytes, "xl/charts/chart1.xml");
    assert!(chart.contains("<c:lineChart>"), "{chart}");
    assert!(chart.contains("Abfluss kumuliert"));
    let formeln: Vec<String> = elemente(&chart, "c:f")
        .into_iter()
        .map(|f| inhalt(f, "c:f").unwrap())
        .collect();
    for erwartet in [
        "Verlauf!$B$2:$B$4",
        "Verlauf!$C$2:$C$4",
        "Verlauf!$D$2:$D$4",
    ] {
        assert!(
            formeln.iter().any(|f| f == erwartet),
            "{erwartet} in {formeln:?}"
        );
    }
    assert!(chart.contains("Monat") && chart.contains("Euro"));
    // The chart sits on the sheet that holds its data.
    let rels = xml(&bytes, "xl/worksheets/_rels/sheet2.xml.rels");
    assert!(rels.contains("drawing1.xml"), "{rels}");
    // Same input, same bytes, charts included.
    assert_eq!(bytes, xlsx::erstellen(&rechenmappe()).unwrap());
    // A Blatt without charts gets no drawing.
    assert!(!dateien(&xlsx::erstellen(&mappe("")).unwrap())
        .iter()
        .any(|d| d.starts_with("xl/charts/")));
}
