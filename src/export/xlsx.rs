//! Writes a [`Mappe`] as an Excel workbook (`.xlsx`) with `rust_xlsxwriter`.
//!
//! Layout: the sheet "Info" first, then the data sheets, then "Legende". Every data sheet and
//! the legend have a bold, filled, frozen header row (first column frozen as well), an
//! autofilter, column widths that fit the content, and a print setup (A4 landscape, one page
//! wide, header row repeated, page numbers and tool title in the footer). Cells are typed:
//! numbers are numbers, dates are dates, user text is always a string and never a formula.
//!
//! Formats are created once per workbook and shared by all cells. The output is byte-for-byte
//! reproducible for the same [`Mappe`]: the only clock in the file, the creation time, is set
//! from [`Info::exportiert_am`].

use std::collections::HashMap;

use rust_xlsxwriter::{
    Chart, ChartLegendPosition, ChartType, Color, DocProperties, ExcelDateTime, Format,
    FormatAlign, FormatBorder, Formula, Workbook, Worksheet, XlsxError,
};

use super::{
    anzeigetext, eindeutige_blattnamen, festkomma_text, gekuerzt, prozent_stellen, Blatt, Diagramm,
    Diagrammart, Exportfehler, Info, Legendeneintrag, Mappe, Zeitstempel, Zelle,
};
use crate::shared::datum::Datum;
use crate::shared::format;
use crate::shared::vokabular::Ampel;

/// Excel's longest cell text, in UTF-16 units.
const TEXT_MAX: usize = 32_767;

/// Excel's number of rows; one of them is the header.
const ZEILEN_MAX: usize = 1_048_576;

/// Excel's number of columns.
const SPALTEN_MAX: usize = 16_384;

/// Narrowest and widest column, in characters.
const BREITE_MIN: usize = 6;
const BREITE_MAX: usize = 60;

/// Fill of header rows (light blue-grey).
const KOPF_FUELLUNG: u32 = 0xDDE4EE;

/// Paper size code of A4.
const A4: u8 = 9;

/// Longest Einstufung put into the page header (Excel allows 255 characters in all).
const EINSTUFUNG_KOPFZEILE_MAX: usize = 120;

/// Longest title put into the page footer.
const TITEL_FUSSZEILE_MAX: usize = 100;

/// Deflate level of the zip container. Measured natively on the browser benchmark's table
/// (10,000 rows × 10 typed columns, `cargo run --release --example messung_xlsx_phasen`),
/// rust_xlsxwriter with zlib-rs: level 6 (the zip default) 139 ms and 607 KB, level 5 110 ms
/// and 610 KB, level 3 99 ms and 676 KB, level 1 83 ms and 1.0 MB. Level 5 writes a fifth
/// faster for half a percent more file; reports are mailed, so the faster levels' larger files
/// do not pay.
const ZIP_STUFE: u8 = 5;

/// Builds the workbook and returns the bytes of the `.xlsx` file.
pub fn erstellen(mappe: &Mappe) -> Result<Vec<u8>, Exportfehler> {
    erstellen_mit_fortschritt(mappe, |_| {})
}

/// How far [`erstellen_mit_fortschritt`] has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schritt {
    /// Data sheet `fertig` of `von` has been written.
    Blatt {
        /// Sheets written so far.
        fertig: usize,
        /// Data sheets in all.
        von: usize,
    },
    /// All sheets are written; the file is being compressed (the last, longest step).
    Packen,
}

/// [`erstellen`], telling `fortschritt` after every data sheet and before the compression, so
/// that the export worker can report progress on large workbooks.
pub fn erstellen_mit_fortschritt(
    mappe: &Mappe,
    mut fortschritt: impl FnMut(Schritt),
) -> Result<Vec<u8>, Exportfehler> {
    let mut workbook = Workbook::new();
    workbook.set_zip_compression_level(ZIP_STUFE);
    workbook.set_properties(&eigenschaften(&mappe.info)?);
    let mut formate = Formate::neu();
    let seite = Seitenlayout::neu(&mappe.info);

    info_blatt(workbook.add_worksheet(), &mappe.info, &formate, &seite).map_err(fehler)?;

    let namen: Vec<String> = mappe.blaetter.iter().map(|b| b.name.clone()).collect();
    let blaetter = mappe.blaetter.iter().zip(eindeutige_blattnamen(&namen));
    for (nr, (blatt, name)) in blaetter.enumerate() {
        pruefe_groesse(blatt, &name)?;
        let ws = workbook.add_worksheet();
        ws.set_name(&name).map_err(fehler)?;
        tabelle(ws, &blatt.spalten, &blatt.zeilen, &mut formate).map_err(fehler)?;
        for diagramm in &blatt.diagramme {
            ws.insert_chart(diagramm.anker.0, diagramm.anker.1, &chart(&name, diagramm))
                .map_err(fehler)?;
        }
        seite.anwenden(ws, true);
        fortschritt(Schritt::Blatt {
            fertig: nr + 1,
            von: mappe.blaetter.len(),
        });
    }

    legende_blatt(
        workbook.add_worksheet(),
        &mappe.legende,
        &mut formate,
        &seite,
    )
    .map_err(fehler)?;

    fortschritt(Schritt::Packen);
    workbook.save_to_buffer().map_err(fehler)
}

/// The native chart of a [`Diagramm`] on the sheet `blatt` (its final, unique name).
fn chart(blatt: &str, diagramm: &Diagramm) -> Chart {
    let mut chart = Chart::new(match diagramm.art {
        Diagrammart::Linie => ChartType::Line,
        Diagrammart::Saeulen => ChartType::Column,
        Diagrammart::GestapelteSaeulen => ChartType::ColumnStacked,
    });
    chart.title().set_name(diagramm.titel.as_str());
    let k = diagramm.kategorien;
    for reihe in &diagramm.reihen {
        let w = reihe.werte;
        chart
            .add_series()
            .set_name(reihe.name.as_str())
            .set_categories((blatt, k.von, k.spalte, k.bis, k.spalte))
            .set_values((blatt, w.von, w.spalte, w.bis, w.spalte));
    }
    chart.x_axis().set_name(diagramm.x_achse.as_str());
    chart.y_axis().set_name(diagramm.y_achse.as_str());
    if !diagramm.y_zahlenformat.is_empty() {
        chart
            .y_axis()
            .set_num_format(diagramm.y_zahlenformat.as_str());
    }
    chart.legend().set_position(ChartLegendPosition::Bottom);
    chart.set_width(720).set_height(360);
    chart
}

/// A library error the user cannot do anything about; the English detail is kept for support.
fn fehler(fehler: XlsxError) -> Exportfehler {
    Exportfehler(format!("interner Fehler der Tabellenbibliothek ({fehler})"))
}

/// Refuses sheets Excel cannot hold, with a German explanation.
fn pruefe_groesse(blatt: &Blatt, name: &str) -> Result<(), Exportfehler> {
    if blatt.zeilen.len() >= ZEILEN_MAX {
        return Err(Exportfehler(format!(
            "Das Blatt „{name}“ hat {} Zeilen; Excel erlaubt höchstens {} Datenzeilen.",
            format::ganzzahl(blatt.zeilen.len() as i64),
            format::ganzzahl(ZEILEN_MAX as i64 - 1)
        )));
    }
    if spaltenzahl(&blatt.spalten, &blatt.zeilen) > SPALTEN_MAX {
        return Err(Exportfehler(format!(
            "Das Blatt „{name}“ hat mehr als {} Spalten.",
            format::ganzzahl(SPALTEN_MAX as i64)
        )));
    }
    Ok(())
}

/// Workbook properties: title, company and the creation time taken from the export time, so
/// that the same input gives the same bytes. (The file format labels that time as UTC; we write
/// the clock time the app shows, which is what the user reads in Excel's file info anyway.)
fn eigenschaften(info: &Info) -> Result<DocProperties, Exportfehler> {
    let erstellt = zeitpunkt(info.exportiert_am).ok_or_else(|| {
        Exportfehler(format!(
            "Der Exportzeitpunkt {} {:02}:{:02} ist ungültig.",
            info.exportiert_am.datum.deutsch(),
            info.exportiert_am.stunde,
            info.exportiert_am.minute
        ))
    })?;
    Ok(DocProperties::new()
        .set_title(info.titel.as_str())
        .set_company(info.behoerde.as_str())
        .set_creation_datetime(&erstellt))
}

/// The Excel date of a [`Datum`]; `None` before 1900, which Excel cannot represent.
fn excel_datum(datum: Datum) -> Option<ExcelDateTime> {
    let jahr = u16::try_from(datum.jahr()).ok().filter(|j| *j >= 1900)?;
    ExcelDateTime::from_ymd(jahr, datum.monat() as u8, datum.tag() as u8).ok()
}

/// The Excel date and time of a [`Zeitstempel`]; `None` if Excel cannot represent it.
fn zeitpunkt(zeit: Zeitstempel) -> Option<ExcelDateTime> {
    if zeit.stunde > 23 || zeit.minute > 59 {
        return None;
    }
    excel_datum(zeit.datum)?
        .and_hms(u16::from(zeit.stunde), zeit.minute, 0)
        .ok()
}

/// All cell formats of a workbook, each created once.
struct Formate {
    kopf: Format,
    fett: Format,
    umbruch: Format,
    ganzzahl: Format,
    euro: Format,
    datum: Format,
    zeitpunkt: Format,
    ampeln: HashMap<Ampel, Format>,
    /// Fixed-point formats by number of decimals, created on first use.
    dezimal: HashMap<u8, Format>,
    /// Percent formats by number of decimals of the percentage, created on first use.
    prozent: HashMap<u8, Format>,
}

impl Formate {
    fn neu() -> Formate {
        let ampeln = Ampel::ALLE
            .iter()
            .map(|&ampel| {
                let (fuellung, schrift) = ampel.farben();
                let format = Format::new()
                    .set_background_color(Color::RGB(fuellung))
                    .set_font_color(Color::RGB(schrift));
                (ampel, format)
            })
            .collect();
        Formate {
            kopf: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(KOPF_FUELLUNG))
                .set_border_bottom(FormatBorder::Thin)
                .set_align(FormatAlign::Top)
                .set_text_wrap(),
            fett: Format::new().set_bold(),
            umbruch: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            ganzzahl: Format::new().set_num_format("0"),
            euro: Format::new().set_num_format("#,##0.00 \"€\""),
            datum: Format::new().set_num_format("dd.mm.yyyy"),
            zeitpunkt: Format::new().set_num_format("dd.mm.yyyy hh:mm"),
            ampeln,
            dezimal: HashMap::new(),
            prozent: HashMap::new(),
        }
    }

    /// `#,##0` with `stellen` decimals: `#,##0.0` for one.
    fn dezimal(&mut self, stellen: u8) -> &Format {
        self.dezimal.entry(stellen).or_insert_with(|| {
            Format::new().set_num_format(format!("#,##0{}", nachkommastellen(stellen)))
        })
    }

    /// `0%` with the decimals of the percentage: `0.0%` for a fraction with three decimals.
    fn prozent(&mut self, stellen: u8) -> &Format {
        let stellen = prozent_stellen(stellen);
        self.prozent.entry(stellen).or_insert_with(|| {
            Format::new().set_num_format(format!("0{}%", nachkommastellen(stellen)))
        })
    }

    fn ampel(&self, ampel: Ampel) -> &Format {
        &self.ampeln[&ampel]
    }
}

/// The decimal part of a number format: `""`, `".0"`, `".00"`, … (at most 15 decimals, the
/// precision of Excel's numbers).
fn nachkommastellen(stellen: u8) -> String {
    let stellen = usize::from(stellen.min(15));
    if stellen == 0 {
        String::new()
    } else {
        format!(".{}", "0".repeat(stellen))
    }
}

/// Page header and footer shared by all sheets.
struct Seitenlayout {
    kopfzeile: Option<String>,
    fusszeile: String,
}

impl Seitenlayout {
    fn neu(info: &Info) -> Seitenlayout {
        // `&` starts a control code in header and footer texts; `&&` prints one `&`.
        let maskiert = |text: &str, max: usize| gekuerzt(text, max).replace('&', "&&");
        let einstufung = info.einstufung.trim();
        Seitenlayout {
            kopfzeile: (!einstufung.is_empty())
                .then(|| format!("&C{}", maskiert(einstufung, EINSTUFUNG_KOPFZEILE_MAX))),
            fusszeile: format!(
                "&LSeite &P von &N&R{}",
                maskiert(&info.titel, TITEL_FUSSZEILE_MAX)
            ),
        }
    }

    /// Header and footer on every sheet; for tables also landscape A4, one page wide, header
    /// row repeated on every page.
    fn anwenden(&self, ws: &mut Worksheet, tabelle: bool) {
        if let Some(kopfzeile) = &self.kopfzeile {
            ws.set_header(kopfzeile);
        }
        ws.set_footer(&self.fusszeile);
        ws.set_paper_size(A4);
        if tabelle {
            ws.set_landscape();
            ws.set_print_fit_to_pages(1, 0);
            // Row 0 always exists, so this cannot fail.
            let _ = ws.set_repeat_rows(0, 0);
        }
    }
}

/// The sheet "Info": what was exported, from where, when, by which version.
fn info_blatt(
    ws: &mut Worksheet,
    info: &Info,
    formate: &Formate,
    seite: &Seitenlayout,
) -> Result<(), XlsxError> {
    ws.set_name("Info")?;
    ws.write_string_with_format(0, 0, "Angabe", &formate.kopf)?;
    ws.write_string_with_format(0, 1, "Wert", &formate.kopf)?;

    let mut zeile = 1;
    let mut breite_wert = "Wert".len();
    let mut text = |ws: &mut Worksheet, angabe: &str, wert: &str, fett: bool| {
        let wert = gekuerzt(wert, TEXT_MAX);
        breite_wert = breite_wert.max(wert.chars().count());
        let ergebnis = if fett {
            ws.write_string_with_format(zeile, 0, angabe, &formate.fett)?;
            ws.write_string_with_format(zeile, 1, wert, &formate.fett)
        } else {
            ws.write_string(zeile, 0, angabe)?;
            ws.write_string(zeile, 1, wert)
        };
        zeile += 1;
        ergebnis.map(|_| zeile - 1)
    };
    text(ws, "Titel", &info.titel, false)?;
    text(ws, "Arbeitsbereich", &info.arbeitsbereich, false)?;
    text(ws, "Behörde", &info.behoerde, false)?;
    text(ws, "Ressort", &info.ressort, false)?;

    let z = text(ws, "Stichtag / Stand", "", false)?;
    if let Some(stand) = info.stand {
        match excel_datum(stand) {
            Some(datum) => ws.write_datetime_with_format(z, 1, datum, &formate.datum)?,
            None => ws.write_string(z, 1, stand.deutsch())?,
        };
    }

    // Checked in `eigenschaften` already: a time Excel can represent.
    let z = text(ws, "Exportiert am", "", false)?;
    if let Some(zeit) = zeitpunkt(info.exportiert_am) {
        ws.write_datetime_with_format(z, 1, zeit, &formate.zeitpunkt)?;
    }

    text(ws, "App-Version", &info.app_version, false)?;
    let z = text(ws, "Datenversion", "", false)?;
    ws.write_number_with_format(z, 1, info.datenversion, &formate.ganzzahl)?;
    if !info.einstufung.trim().is_empty() {
        text(ws, "Einstufung", info.einstufung.trim(), true)?;
    }
    for (angabe, wert) in &info.hinweise {
        text(ws, angabe, wert, false)?;
    }

    let breite_angabe = info
        .hinweise
        .iter()
        .map(|(angabe, _)| angabe.chars().count())
        .fold("Stichtag / Stand".len(), usize::max)
        .min(BREITE_MAX);
    ws.set_column_width(0, breite_angabe as f64 + 2.0)?;
    let breite = (breite_wert.max("dd.mm.yyyy hh:mm".len()) + 2).clamp(BREITE_MIN, BREITE_MAX);
    ws.set_column_width(1, breite as f64)?;
    if breite == BREITE_MAX {
        ws.set_column_format(1, &formate.umbruch)?;
    }
    seite.anwenden(ws, false);
    Ok(())
}

/// The sheet "Legende": the meaning of every enumerated value the data sheets use.
fn legende_blatt(
    ws: &mut Worksheet,
    legende: &[Legendeneintrag],
    formate: &mut Formate,
    seite: &Seitenlayout,
) -> Result<(), XlsxError> {
    ws.set_name("Legende")?;
    if legende.is_empty() {
        let hinweis = "Keine Aufzählungswerte verwendet.";
        ws.write_string(0, 0, hinweis)?;
        ws.set_column_width(0, (hinweis.chars().count() + 2) as f64)?;
    } else {
        let spalten = ["Merkmal", "Wert", "Bedeutung"].map(String::from);
        let zeilen: Vec<Vec<Zelle>> = legende
            .iter()
            .map(|e| {
                vec![
                    Zelle::Text(e.merkmal.clone()),
                    Zelle::Text(e.wert.clone()),
                    Zelle::Text(e.bedeutung.clone()),
                ]
            })
            .collect();
        tabelle(ws, &spalten, &zeilen, formate)?;
        // Values of an Ampel are coloured like the Ampel cells they explain.
        for (nr, eintrag) in legende.iter().enumerate() {
            if let Some(ampel) = eintrag.ampel {
                let wert = gekuerzt(&eintrag.wert, TEXT_MAX);
                let zeile = nr as u32 + 1;
                if wert.is_empty() {
                    ws.write_blank(zeile, 1, formate.ampel(ampel))?;
                } else {
                    ws.write_string_with_format(zeile, 1, wert, formate.ampel(ampel))?;
                }
            }
        }
    }
    seite.anwenden(ws, true);
    Ok(())
}

/// Number of columns of a table: the header's or the longest row's.
fn spaltenzahl(spalten: &[String], zeilen: &[Vec<Zelle>]) -> usize {
    zeilen.iter().map(Vec::len).fold(spalten.len(), usize::max)
}

/// Width in characters a text needs: its longest line.
fn textbreite(text: &str) -> usize {
    text.lines().map(|z| z.chars().count()).max().unwrap_or(0)
}

/// Writes a header row and typed data rows, then widths, frozen panes and the autofilter.
fn tabelle(
    ws: &mut Worksheet,
    spalten: &[String],
    zeilen: &[Vec<Zelle>],
    formate: &mut Formate,
) -> Result<(), XlsxError> {
    let anzahl = spaltenzahl(spalten, zeilen);
    if anzahl == 0 {
        return Ok(());
    }

    // Widths first: a column too wide for the page wraps its text.
    let mut breiten: Vec<usize> = (0..anzahl)
        .map(|s| spalten.get(s).map_or(0, |t| textbreite(t)))
        .collect();
    let mut zeilenumbruch = vec![false; anzahl];
    for zeile in zeilen {
        for (s, zelle) in zeile.iter().enumerate() {
            if let Zelle::Text(text) = zelle {
                zeilenumbruch[s] |= text.contains('\n');
            }
            breiten[s] = breiten[s].max(textbreite(&anzeigetext(zelle)));
        }
    }
    for (s, breite) in breiten.iter().enumerate() {
        let spalte = s as u16;
        let breite = breite + 2;
        zeilenumbruch[s] |= breite > BREITE_MAX;
        ws.set_column_width(spalte, breite.clamp(BREITE_MIN, BREITE_MAX) as f64)?;
    }

    for (s, titel) in spalten.iter().enumerate() {
        let titel = gekuerzt(titel, TEXT_MAX);
        if titel.is_empty() {
            ws.write_blank(0, s as u16, &formate.kopf)?;
        } else {
            ws.write_string_with_format(0, s as u16, titel, &formate.kopf)?;
        }
    }
    for s in spalten.len()..anzahl {
        ws.write_blank(0, s as u16, &formate.kopf)?;
    }

    for (nr, zeile) in zeilen.iter().enumerate() {
        let z = nr as u32 + 1;
        for (s, zelle) in zeile.iter().enumerate() {
            zelle_schreiben(ws, z, s as u16, zelle, zeilenumbruch[s], formate)?;
        }
    }

    ws.set_freeze_panes(1, 1)?;
    ws.autofilter(0, 0, zeilen.len() as u32, (anzahl - 1) as u16)?;
    Ok(())
}

/// Writes one typed cell with its shared format.
fn zelle_schreiben(
    ws: &mut Worksheet,
    zeile: u32,
    spalte: u16,
    zelle: &Zelle,
    umbruch: bool,
    formate: &mut Formate,
) -> Result<(), XlsxError> {
    // Exact: both operands are exact doubles (for up to 15 decimals), and IEEE division rounds
    // the quotient to the nearest double, i.e. the double nearest to the decimal value.
    let festkomma = |wert: i64, stellen: u8| wert as f64 / 10_f64.powi(i32::from(stellen));
    match zelle {
        Zelle::Leer => {}
        Zelle::Text(text) if text.is_empty() => {}
        Zelle::Text(text) => {
            let text = gekuerzt(text, TEXT_MAX);
            if umbruch {
                ws.write_string_with_format(zeile, spalte, text, &formate.umbruch)?;
            } else {
                ws.write_string(zeile, spalte, text)?;
            }
        }
        // Excel numbers are doubles: beyond 2^53 an integer loses its last digits, in Excel too.
        Zelle::Ganzzahl(zahl) => {
            ws.write_number_with_format(zeile, spalte, *zahl as f64, &formate.ganzzahl)?;
        }
        Zelle::Dezimal { wert, stellen } => {
            let format = formate.dezimal(*stellen);
            ws.write_number_with_format(zeile, spalte, festkomma(*wert, *stellen), format)?;
        }
        Zelle::Euro(cent) => {
            ws.write_number_with_format(zeile, spalte, festkomma(*cent, 2), &formate.euro)?;
        }
        Zelle::Datum(datum) => match excel_datum(*datum) {
            Some(excel) => {
                ws.write_datetime_with_format(zeile, spalte, excel, &formate.datum)?;
            }
            // Excel has no dates before 1900: such a date is written as its German text.
            None => {
                ws.write_string(zeile, spalte, datum.deutsch())?;
            }
        },
        Zelle::Prozent { wert, stellen } => {
            let format = formate.prozent(*stellen);
            ws.write_number_with_format(zeile, spalte, festkomma(*wert, *stellen), format)?;
        }
        Zelle::Ampel(ampel) => {
            ws.write_string_with_format(zeile, spalte, ampel.name(), formate.ampel(*ampel))?;
        }
        Zelle::Wahr(wahr) => {
            ws.write_string(zeile, spalte, if *wahr { "ja" } else { "nein" })?;
        }
        Zelle::Formel { formel, wert } => {
            let (ergebnis, format) = formelergebnis(wert.wert(), formate);
            let formel = Formula::new(formel).set_result(ergebnis);
            match format {
                Some(format) => ws.write_formula_with_format(zeile, spalte, formel, &format)?,
                None => ws.write_formula(zeile, spalte, formel)?,
            };
        }
    }
    Ok(())
}

/// The cached result of a formula as the file stores it (numbers with `.`, dates as serial
/// numbers) and the format its value type gets everywhere else.
fn formelergebnis(wert: &Zelle, formate: &mut Formate) -> (String, Option<Format>) {
    match wert {
        Zelle::Leer => (String::new(), None),
        Zelle::Text(text) => (gekuerzt(text, TEXT_MAX).into_owned(), None),
        Zelle::Ganzzahl(zahl) => (zahl.to_string(), Some(formate.ganzzahl.clone())),
        Zelle::Dezimal { wert, stellen } => (
            festkomma_text(*wert, *stellen),
            Some(formate.dezimal(*stellen).clone()),
        ),
        Zelle::Euro(cent) => (festkomma_text(*cent, 2), Some(formate.euro.clone())),
        Zelle::Datum(datum) => match Datum::neu(1899, 12, 30) {
            Some(null) if excel_datum(*datum).is_some() => (
                null.tage_bis(*datum).to_string(),
                Some(formate.datum.clone()),
            ),
            _ => (datum.deutsch(), None),
        },
        Zelle::Prozent { wert, stellen } => (
            festkomma_text(*wert, *stellen),
            Some(formate.prozent(*stellen).clone()),
        ),
        Zelle::Ampel(ampel) => (ampel.name().to_owned(), Some(formate.ampel(*ampel).clone())),
        Zelle::Wahr(wahr) => ((if *wahr { "ja" } else { "nein" }).to_owned(), None),
        // `Zelle::wert` has unwrapped nested formulas already.
        Zelle::Formel { wert, .. } => formelergebnis(wert, formate),
    }
}
