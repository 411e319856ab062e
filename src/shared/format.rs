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

/// Reads a decimal number typed the German way into an integer scaled by
/// `10^nachkommastellen`: `"1.234,5"` with 2 places → `123450`. Accepts a leading minus, `.` as
/// thousands separator (only in groups of three), `,` as decimal separator, surrounding spaces
/// and, after the number, a unit such as `€` or `VZÄ` given in `einheit`. More decimals than
/// allowed are refused rather than rounded, so a typed amount is never silently changed.
pub fn dezimal_lesen(text: &str, nachkommastellen: u32, einheit: &str) -> Result<i64, String> {
    dezimal_mit_einheiten(text, nachkommastellen, &[einheit])
}

/// [`dezimal_lesen`] with several spellings of the unit, e.g. `€`, `EUR` and `Euro`.
fn dezimal_mit_einheiten(
    text: &str,
    nachkommastellen: u32,
    einheiten: &[&str],
) -> Result<i64, String> {
    let mut rest = text.trim();
    if let Some(ohne) = einheiten
        .iter()
        .filter(|e| !e.is_empty())
        .find_map(|e| rest.strip_suffix(e))
    {
        rest = ohne.trim_end();
    }
    let rest = rest
        .replace([NBSP, ' ', '\u{202f}'], "")
        .replace('\u{2212}', "-");
    let (negativ, rest) = match rest.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, rest.as_str()),
    };
    let (ganz, bruch) = match rest.split_once(',') {
        Some((g, b)) => (g, b),
        None => (rest, ""),
    };
    let ungueltig = || format!("„{}“ ist keine Zahl. Beispiel: 1.234,5", text.trim());
    if ganz.is_empty() || !ganz.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(ungueltig());
    }
    let gruppen: Vec<&str> = ganz.split('.').collect();
    if gruppen.len() > 1
        && (gruppen[0].is_empty()
            || gruppen[0].len() > 3
            || gruppen[1..].iter().any(|g| g.len() != 3))
    {
        return Err(ungueltig());
    }
    if !bruch.chars().all(|c| c.is_ascii_digit()) || (rest.contains(',') && bruch.is_empty()) {
        return Err(ungueltig());
    }
    if bruch.len() > nachkommastellen as usize {
        return Err(format!(
            "„{}“ hat zu viele Nachkommastellen (höchstens {nachkommastellen}).",
            text.trim()
        ));
    }
    let ziffern: String = gruppen.concat();
    let mut wert: i64 = 0;
    let zu_gross = || format!("„{}“ ist zu groß.", text.trim());
    for c in ziffern
        .chars()
        .chain(bruch.chars())
        .chain(std::iter::repeat_n(
            '0',
            nachkommastellen as usize - bruch.len(),
        ))
    {
        wert = wert
            .checked_mul(10)
            .and_then(|w| w.checked_add(i64::from(c as u8 - b'0')))
            .ok_or_else(zu_gross)?;
    }
    Ok(if negativ { -wert } else { wert })
}

/// Reads a euro amount typed the German way into cents: `"1.234,56 €"`, `"1234,56"`,
/// `"1.234,56 EUR"`, `"−5"` → cents. Thousands dots are optional; a typed amount is never
/// rounded.
pub fn euro_lesen(text: &str) -> Result<i64, String> {
    dezimal_mit_einheiten(text, 2, &["€", "EUR", "Euro"])
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
    fn groessen() {
        assert_eq!(bytes(0), "0\u{a0}Byte");
        assert_eq!(bytes(1023), "1.023\u{a0}Byte");
        assert_eq!(bytes(1536), "1,5\u{a0}KB");
        assert_eq!(bytes(5 * 1024 * 1024), "5,0\u{a0}MB");
        assert_eq!(bytes(1024 * 1024 - 1), "1.024,0\u{a0}KB");
    }

    #[test]
    fn eingaben_lesen() {
        for (text, cent) in [
            ("1.234,56 €", 123456),
            ("1234,5", 123450),
            ("  0,05€ ", 5),
            ("-7", -700),
            ("1.000.000", 100_000_000),
            ("12\u{a0}€", 1200),
            ("1.234,56 EUR", 123456),
            ("1234,56 Euro", 123456),
            ("\u{2212}5,00\u{a0}€", -500),
        ] {
            assert_eq!(euro_lesen(text), Ok(cent), "{text}");
        }
        for text in [
            "", "abc", "1,234", "1.23", "12.3456", ",5", "1,", "1e5", "--1", "€",
        ] {
            assert!(euro_lesen(text).is_err(), "{text} müsste abgelehnt werden");
        }
        assert!(euro_lesen("99999999999999999999").is_err());
        assert_eq!(dezimal_lesen("1,5 VZÄ", 2, "VZÄ"), Ok(150));
        assert_eq!(dezimal_lesen("0,25", 2, ""), Ok(25));
        assert_eq!(euro(euro_lesen(&euro(-123456)).unwrap()), euro(-123456));
    }
}
