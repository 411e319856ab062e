//! iCalendar files (RFC 5545) of Termine, so that people can put them into Outlook or any
//! other calendar: one `VCALENDAR` with `PRODID` and `VERSION:2.0`, one `VEVENT` per Termin
//! with a stable `UID` (`termin-<id>@upo-werkzeugkasten`, so a second import updates instead
//! of duplicating), `DTSTAMP`, `DTSTART`/`DTEND`, `SUMMARY`, `LOCATION` and `DESCRIPTION`.
//!
//! - A Termin without time is all-day: `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE` the next
//!   day (the end is exclusive).
//! - A Termin with time is in German local time: `TZID=Europe/Berlin`, with the `VTIMEZONE`
//!   (CET/CEST, the EU rule of the last Sundays in March and October) in the file. Without an
//!   end the module's duration is used, else the event has no `DTEND`.
//! - Text values escape `\`, `;`, `,` and newlines (§3.3.11); lines end with CRLF and are
//!   folded at 75 octets without splitting a UTF-8 character (§3.1).
//!
//! Plain Rust, tested natively; the end-to-end test reads the downloaded file with ical.js.

use super::calc;
use super::model::{stunden_text, Termin, Trainingskonzept};
use crate::shared::datum::Datum;

/// `PRODID` of every file.
pub const PRODID: &str = "-//UPO-Werkzeugkasten//Trainingskonzepte//DE";

/// The time zone block for `TZID=Europe/Berlin`.
const VTIMEZONE: [&str; 16] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Berlin",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
];

/// Escapes a TEXT value: `\` → `\\`, `;` → `\;`, `,` → `\,`, line breaks → `\n`.
pub fn text(wert: &str) -> String {
    let mut aus = String::with_capacity(wert.len());
    let mut zeichen = wert.chars().peekable();
    while let Some(c) = zeichen.next() {
        match c {
            '\\' => aus.push_str("\\\\"),
            ';' => aus.push_str("\\;"),
            ',' => aus.push_str("\\,"),
            '\r' => {
                if zeichen.peek() == Some(&'\n') {
                    zeichen.next();
                }
                aus.push_str("\\n");
            }
            '\n' => aus.push_str("\\n"),
            c if c.is_control() => {}
            c => aus.push(c),
        }
    }
    aus
}

/// Folds one content line: at most 75 octets per line, continuation lines start with one
/// space (which counts), never inside a UTF-8 character. Lines are joined with CRLF; no CRLF
/// at the end.
pub fn falten(zeile: &str) -> String {
    let mut aus = String::with_capacity(zeile.len() + zeile.len() / 70 * 3);
    let mut laenge = 0;
    for c in zeile.chars() {
        let n = c.len_utf8();
        if laenge + n > 75 {
            aus.push_str("\r\n ");
            laenge = 1;
        }
        aus.push(c);
        laenge += n;
    }
    aus
}

fn datum_wert(d: Datum) -> String {
    format!("{:04}{:02}{:02}", d.jahr(), d.monat(), d.tag())
}

fn zeit_wert(d: Datum, minuten: u16) -> String {
    format!("{}T{:02}{:02}00", datum_wert(d), minuten / 60, minuten % 60)
}

/// `DTSTAMP` from a UTC date and time.
pub fn zeitstempel(datum: Datum, stunde: u8, minute: u8, sekunde: u8) -> String {
    format!("{}T{stunde:02}{minute:02}{sekunde:02}Z", datum_wert(datum))
}

/// The lines of one `VEVENT`.
fn ereignis(k: &Trainingskonzept, t: &Termin, dtstamp: &str) -> Vec<String> {
    let modul = k.modul(t.modul);
    let modultitel = calc::modultitel(k, t.modul);
    let mut zeilen = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:termin-{}@upo-werkzeugkasten", t.id),
        format!("DTSTAMP:{dtstamp}"),
    ];
    match t.von {
        None => {
            zeilen.push(format!("DTSTART;VALUE=DATE:{}", datum_wert(t.datum)));
            zeilen.push(format!(
                "DTEND;VALUE=DATE:{}",
                datum_wert(t.datum.plus_tage(1))
            ));
        }
        Some(von) => {
            zeilen.push(format!(
                "DTSTART;TZID=Europe/Berlin:{}",
                zeit_wert(t.datum, von)
            ));
            let dauer = modul.map_or(0, |m| m.dauer_minuten);
            let bis = t.bis.or_else(|| {
                (dauer > 0 && u32::from(von) + dauer < 24 * 60).then(|| von + dauer as u16)
            });
            if let Some(bis) = bis {
                zeilen.push(format!(
                    "DTEND;TZID=Europe/Berlin:{}",
                    zeit_wert(t.datum, bis)
                ));
            }
        }
    }
    zeilen.push(format!(
        "SUMMARY:{}",
        text(&format!("{modultitel} – {}", k.titel))
    ));
    let ort = calc::ort_text(t);
    if ort != "–" {
        zeilen.push(format!("LOCATION:{}", text(&ort)));
    }
    let mut beschreibung = vec![format!("Trainingskonzept: {}", k.titel)];
    if let Some(m) = modul {
        beschreibung.push(format!("Format: {}", m.format.name()));
        if m.dauer_minuten > 0 {
            beschreibung.push(format!("Dauer: {}", stunden_text(m.dauer_minuten)));
        }
        if !m.trainer.trim().is_empty() {
            beschreibung.push(format!(
                "Trainer/in ({}): {}",
                m.trainerart.name(),
                m.trainer.trim()
            ));
        }
        if !m.inhalte.trim().is_empty() {
            beschreibung.push(format!("Inhalte: {}", m.inhalte.trim()));
        }
        if !m.voraussetzungen.trim().is_empty() {
            beschreibung.push(format!("Voraussetzungen: {}", m.voraussetzungen.trim()));
        }
    }
    zeilen.push(format!("DESCRIPTION:{}", text(&beschreibung.join("\n"))));
    zeilen.push("END:VEVENT".to_owned());
    zeilen
}

/// The calendar file of `termine` (all of concept `k`'s when called with its list).
pub fn kalender(k: &Trainingskonzept, termine: &[&Termin], dtstamp: &str) -> String {
    let mut zeilen: Vec<String> = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", text(&k.titel)),
    ];
    if termine.iter().any(|t| t.von.is_some()) {
        zeilen.extend(VTIMEZONE.iter().map(|z| (*z).to_owned()));
        zeilen.push("END:VTIMEZONE".to_owned());
    }
    for t in termine {
        zeilen.extend(ereignis(k, t, dtstamp));
    }
    zeilen.push("END:VCALENDAR".to_owned());
    let mut aus = String::new();
    for z in zeilen {
        aus.push_str(&falten(&z));
        aus.push_str("\r\n");
    }
    aus
}

/// File name of a download: "Termin_<Modul>_<JJJJ-MM-TT>.ics" or "Termine_<Konzept>.ics",
/// letters, digits and `-` only.
pub fn dateiname(teile: &[&str]) -> String {
    let roh = teile.join("_");
    let mut aus = String::new();
    for c in roh.chars() {
        match c {
            'ä' => aus.push_str("ae"),
            'ö' => aus.push_str("oe"),
            'ü' => aus.push_str("ue"),
            'Ä' => aus.push_str("Ae"),
            'Ö' => aus.push_str("Oe"),
            'Ü' => aus.push_str("Ue"),
            'ß' => aus.push_str("ss"),
            c if c.is_ascii_alphanumeric() || c == '-' || c == '_' => aus.push(c),
            _ => {
                if !aus.ends_with('-') && !aus.ends_with('_') {
                    aus.push('-');
                }
            }
        }
    }
    let mut aus: String = aus.trim_matches('-').chars().take(80).collect();
    aus.push_str(".ics");
    aus
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::trainingskonzepte::model::{Modul, Trainingskonzept};

    fn konzept() -> Trainingskonzept {
        Trainingskonzept {
            id: 1,
            titel: "Projektmanagement, OZG; Grundlagen".into(),
            module: vec![Modul {
                id: 2,
                titel: "Risiken\\Chancen in Übergängen".into(),
                dauer_minuten: 180,
                inhalte: "Zeile 1\r\nZeile 2".into(),
                ..Modul::default()
            }],
            termine: vec![
                Termin {
                    id: 3,
                    modul: 2,
                    datum: Datum::neu(2026, 12, 31).unwrap(),
                    ..Termin::default()
                },
                Termin {
                    id: 4,
                    modul: 2,
                    datum: Datum::neu(2027, 3, 29).unwrap(),
                    von: Some(9 * 60),
                    online: true,
                    ort: "Raum Ä".into(),
                    ..Termin::default()
                },
            ],
            ..Trainingskonzept::default()
        }
    }

    #[test]
    fn text_wird_maskiert() {
        assert_eq!(text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        assert_eq!(text("Übung"), "Übung");
    }

    #[test]
    fn falten_nach_75_oktetten_ohne_zeichen_zu_teilen() {
        let kurz = "SUMMARY:kurz";
        assert_eq!(falten(kurz), kurz);
        let lang = format!("DESCRIPTION:{}", "ä".repeat(100));
        let gefaltet = falten(&lang);
        for (i, z) in gefaltet.split("\r\n").enumerate() {
            assert!(z.len() <= 75, "Zeile {i} hat {} Oktette", z.len());
            assert_eq!(i > 0, z.starts_with(' '));
        }
        // Unfolding gives the line back.
        assert_eq!(gefaltet.replace("\r\n ", ""), lang);
        // Exactly 75 octets stay one line.
        let genau = "X".repeat(75);
        assert_eq!(falten(&genau), genau);
        assert_eq!(falten(&"X".repeat(76)), format!("{}\r\n X", "X".repeat(75)));
    }

    #[test]
    fn kalender_mit_ganztag_und_zeitzone() {
        let k = konzept();
        let termine: Vec<&Termin> = k.termine.iter().collect();
        let ics = kalender(&k, &termine, "20261205T093000Z");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "nur CRLF");
        let entfaltet = ics.replace("\r\n ", "");
        let zeilen: Vec<&str> = entfaltet.split("\r\n").collect();
        assert!(zeilen.contains(&"UID:termin-3@upo-werkzeugkasten"));
        assert!(zeilen.contains(&"DTSTART;VALUE=DATE:20261231"));
        assert!(
            zeilen.contains(&"DTEND;VALUE=DATE:20270101"),
            "Ende exklusiv, über den Jahreswechsel"
        );
        assert!(zeilen.contains(&"DTSTART;TZID=Europe/Berlin:20270329T090000"));
        assert!(
            zeilen.contains(&"DTEND;TZID=Europe/Berlin:20270329T120000"),
            "Ende aus der Dauer des Moduls"
        );
        assert!(zeilen.contains(&"TZID:Europe/Berlin"));
        assert!(zeilen.contains(
            &"SUMMARY:Risiken\\\\Chancen in Übergängen – Projektmanagement\\, OZG\\; Grundlagen"
        ));
        assert!(zeilen.contains(&"LOCATION:online (Raum Ä)"));
        assert!(zeilen
            .iter()
            .any(|z| z.starts_with("DESCRIPTION:") && z.contains("Zeile 1\\nZeile 2")));
        assert_eq!(zeilen.iter().filter(|z| **z == "BEGIN:VEVENT").count(), 2);
        assert_eq!(
            zeilen
                .iter()
                .filter(|z| z.starts_with("DTSTAMP:20261205T093000Z"))
                .count(),
            2
        );
        for z in ics.split("\r\n") {
            assert!(z.len() <= 75);
        }
    }

    #[test]
    fn nur_ganztaegig_ohne_zeitzone_und_dateinamen() {
        let k = konzept();
        let ics = kalender(&k, &[&k.termine[0]], "20261205T093000Z");
        assert!(!ics.contains("VTIMEZONE"));
        assert_eq!(
            dateiname(&["Termin", "Risiken Übergänge", "2026-12-31"]),
            "Termin_Risiken-Uebergaenge_2026-12-31.ics"
        );
        assert_eq!(
            zeitstempel(Datum::neu(2026, 1, 2).unwrap(), 3, 4, 5),
            "20260102T030405Z"
        );
    }
}
