//! German number, money, date and size formats (de-DE), written in plain Rust so that they are
//! identical in the browser, in tests and in exports.
//!
//! Conventions: thousands separator `.`, decimal comma, a no-break space (U+00A0) before units
//! such as `€` and `%` (as `Intl.NumberFormat('de-DE')` does), dates `TT.MM.JJJJ`.

/// No-break space between a number and its unit.
pub const NBSP: char = '\u{a0}';

/// Formats an integer with `.` as thousands separator: `-1234567` → `-1.234.567`.
pub fn ganzzahl(wert: i64) -> String {
    let ziffern = wert.unsigned_abs().to_string();
    let mut out = String::with_capacity(ziffern.len() + ziffern.len() / 3 + 1);
    if wert < 0 {
        out.push('-');
    }
    for (i, c) in ziffern.chars().enumerate() {
        if i > 0 && (ziffern.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Formats an amount given in integer cents as euros: `123456` → `1.234,56 €`.
///
/// Money is never a float in this app; this is the only way cents become text.
pub fn euro(cent: i64) -> String {
    let vorzeichen = if cent < 0 { "-" } else { "" };
    let betrag = cent.unsigned_abs();
    let euro = ganzzahl((betrag / 100) as i64);
    format!("{vorzeichen}{euro},{:02}{NBSP}€", betrag % 100)
}

/// Formats a value with a fixed number of decimals given as an integer scaled by
/// `10^nachkommastellen`: `dezimal(12345, 2)` → `123,45`.
pub fn dezimal(skaliert: i64, nachkommastellen: u32) -> String {
    if nachkommastellen == 0 {
        return ganzzahl(skaliert);
    }
    let teiler = 10_i64.pow(nachkommastellen);
    let vorzeichen = if skaliert < 0 { "-" } else { "" };
    let betrag = skaliert.unsigned_abs();
    let ganz = ganzzahl((betrag / teiler as u64) as i64);
    let rest = betrag % teiler as u64;
    format!(
        "{vorzeichen}{ganz},{rest:0width$}",
        width = nachkommastellen as usize
    )
}

/// Formats a calendar date as `TT.MM.JJJJ`: `(2026, 1, 5)` → `05.01.2026`.
pub fn datum(jahr: i32, monat: u32, tag: u32) -> String {
    format!("{tag:02}.{monat:02}.{jahr:04}")
}

/// Formats a byte count for people: `512` → `512 Byte`, `1536` → `1,5 KB`, `5242880` → `5,0 MB`.
///
/// Uses binary multiples (1 KB = 1024 Byte), as browsers count their storage quota.
pub fn bytes(anzahl: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if anzahl < KB {
        return format!("{}{NBSP}Byte", ganzzahl(anzahl as i64));
    }
    let (teiler, einheit) = if anzahl < MB { (KB, "KB") } else { (MB, "MB") };
    // One decimal, rounded half up, in integer arithmetic.
    let zehntel = (anzahl * 10 + teiler / 2) / teiler;
    format!("{}{NBSP}{einheit}", dezimal(zehntel as i64, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ganzzahlen() {
        for (wert, text) in [
            (0, "0"),
            (999, "999"),
            (1000, "1.000"),
            (-1234567, "-1.234.567"),
            (i64::MIN, "-9.223.372.036.854.775.808"),
        ] {
            assert_eq!(ganzzahl(wert), text);
        }
    }

    #[test]
    fn euro_betraege() {
        for (cent, text) in [
            (0, "0,00\u{a0}€"),
            (5, "0,05\u{a0}€"),
            (123456, "1.234,56\u{a0}€"),
            (-99, "-0,99\u{a0}€"),
            (10_000_000_000, "100.000.000,00\u{a0}€"),
        ] {
            assert_eq!(euro(cent), text);
        }
    }

    #[test]
    fn dezimalzahlen() {
        assert_eq!(dezimal(12345, 2), "123,45");
        assert_eq!(dezimal(-5, 1), "-0,5");
        assert_eq!(dezimal(1_000_005, 1), "100.000,5");
        assert_eq!(dezimal(7, 0), "7");
    }

    #[test]
    fn daten() {
        assert_eq!(datum(2026, 1, 5), "05.01.2026");
        assert_eq!(datum(999, 12, 31), "31.12.0999");
    }

    #[test]
    fn groessen() {
        assert_eq!(bytes(0), "0\u{a0}Byte");
        assert_eq!(bytes(1023), "1.023\u{a0}Byte");
        assert_eq!(bytes(1536), "1,5\u{a0}KB");
        assert_eq!(bytes(5 * 1024 * 1024), "5,0\u{a0}MB");
        assert_eq!(bytes(1024 * 1024 - 1), "1.024,0\u{a0}KB");
    }
}
