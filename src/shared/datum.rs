//! Calendar dates without time zones: the `Stand` of a workspace, Stichtage, deadlines.
//!
//! A [`Datum`] is stored as ISO 8601 (`2026-11-28`) so that persisted data sorts and diffs
//! well, and shown the German way (`28.11.2026`) through [`Datum::deutsch`]. German input such
//! as `5.1.2026`, `5.1.26` or `2026-01-05` is accepted by [`Datum::aus_deutsch`].

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A valid date of the proleptic Gregorian calendar between the years 1 and 9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Datum {
    jahr: i32,
    monat: u32,
    tag: u32,
}

fn ist_schaltjahr(jahr: i32) -> bool {
    (jahr % 4 == 0 && jahr % 100 != 0) || jahr % 400 == 0
}

fn tage_im_monat(jahr: i32, monat: u32) -> u32 {
    match monat {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if ist_schaltjahr(jahr) => 29,
        _ => 28,
    }
}

impl Datum {
    /// A date, if it exists (`31.02.` does not).
    pub fn neu(jahr: i32, monat: u32, tag: u32) -> Option<Datum> {
        let gueltig = (1..=9999).contains(&jahr)
            && (1..=12).contains(&monat)
            && tag >= 1
            && tag <= tage_im_monat(jahr, monat);
        gueltig.then_some(Datum { jahr, monat, tag })
    }

    /// Year.
    pub fn jahr(self) -> i32 {
        self.jahr
    }

    /// Month, 1 to 12.
    pub fn monat(self) -> u32 {
        self.monat
    }

    /// Day of the month.
    pub fn tag(self) -> u32 {
        self.tag
    }

    /// Parses `JJJJ-MM-TT`; also accepts a full ISO timestamp and takes its date part.
    pub fn aus_iso(text: &str) -> Option<Datum> {
        let b = text.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || (b.len() > 10 && b[10] != b'T') {
            return None;
        }
        let jahr = ziffern(&b[..4])?;
        Datum::neu(jahr as i32, ziffern(&b[5..7])?, ziffern(&b[8..10])?)
    }

    /// Reads a date as people type it: `1.2.26`, `01.02.2026`, `1.2.2026` (a two-digit year is
    /// 20xx) or ISO `2026-02-01` (what a native date picker delivers); blanks around it are
    /// allowed. Shown again normalised as `01.02.2026`.
    pub fn aus_deutsch(text: &str) -> Option<Datum> {
        let text = text.trim();
        if text.contains('-') {
            return Datum::aus_iso(text).filter(|_| text.len() == 10);
        }
        let mut teile = text.split('.');
        let (t, m, j) = (teile.next()?, teile.next()?, teile.next()?);
        if teile.next().is_some() || t.is_empty() || m.is_empty() || t.len() > 2 || m.len() > 2 {
            return None;
        }
        if ![t, m, j]
            .iter()
            .all(|teil| teil.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let jahr: i32 = match j.len() {
            2 => 2000 + j.parse::<i32>().ok()?,
            4 => j.parse().ok()?,
            _ => return None,
        };
        Datum::neu(jahr, m.parse().ok()?, t.parse().ok()?)
    }

    /// `2026-11-28`.
    pub fn iso(self) -> String {
        self.mit_iso(str::to_owned)
    }

    /// `28.11.2026`.
    pub fn deutsch(self) -> String {
        let mut b = *b"00.00.0000";
        zwei_ziffern(&mut b[0..2], self.tag);
        zwei_ziffern(&mut b[3..5], self.monat);
        vier_ziffern(&mut b[6..10], self.jahr);
        String::from_utf8_lossy(&b).into_owned()
    }

    /// Hands `lesen` the ISO text without allocating: a large workspace writes tens of
    /// thousands of dates on every change, and `format!` made up half of that (#14).
    fn mit_iso<R>(self, lesen: impl FnOnce(&str) -> R) -> R {
        let mut b = *b"0000-00-00";
        vier_ziffern(&mut b[0..4], self.jahr);
        zwei_ziffern(&mut b[5..7], self.monat);
        zwei_ziffern(&mut b[8..10], self.tag);
        // Digits and hyphens only, so always UTF-8.
        lesen(std::str::from_utf8(&b).unwrap_or_default())
    }

    /// Days since 1970-01-01 (negative before), after H. Hinnant's `days_from_civil`.
    pub fn tagesnummer(self) -> i64 {
        let j = i64::from(self.jahr) - i64::from(self.monat <= 2);
        let epoche = j.div_euclid(400);
        let jahr_der_epoche = j - epoche * 400;
        let m = i64::from(self.monat);
        let tag_des_jahres =
            (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.tag) - 1;
        let tag_der_epoche =
            jahr_der_epoche * 365 + jahr_der_epoche / 4 - jahr_der_epoche / 100 + tag_des_jahres;
        epoche * 146_097 + tag_der_epoche - 719_468
    }

    /// Whole days from `self` to `spaeter` (negative if `spaeter` lies before).
    pub fn tage_bis(self, spaeter: Datum) -> i64 {
        spaeter.tagesnummer() - self.tagesnummer()
    }

    /// The date of a day number as [`Datum::tagesnummer`] counts it (inverse of it), after
    /// H. Hinnant's `civil_from_days`. Day numbers outside the years 1 to 9999 give the first
    /// or last representable day.
    pub fn aus_tagesnummer(nummer: i64) -> Datum {
        let erster = Datum {
            jahr: 1,
            monat: 1,
            tag: 1,
        };
        let letzter = Datum {
            jahr: 9999,
            monat: 12,
            tag: 31,
        };
        if nummer <= erster.tagesnummer() {
            return erster;
        }
        if nummer >= letzter.tagesnummer() {
            return letzter;
        }
        let z = nummer + 719_468;
        let epoche = z.div_euclid(146_097);
        let tag_der_epoche = z - epoche * 146_097;
        let jahr_der_epoche = (tag_der_epoche - tag_der_epoche / 1460 + tag_der_epoche / 36_524
            - tag_der_epoche / 146_096)
            / 365;
        let tag_des_jahres =
            tag_der_epoche - (365 * jahr_der_epoche + jahr_der_epoche / 4 - jahr_der_epoche / 100);
        let mp = (5 * tag_des_jahres + 2) / 153;
        let tag = tag_des_jahres - (153 * mp + 2) / 5 + 1;
        let monat = if mp < 10 { mp + 3 } else { mp - 9 };
        let jahr = jahr_der_epoche + epoche * 400 + i64::from(monat <= 2);
        // In range by the checks above, so the narrowing conversions cannot fail.
        Datum {
            jahr: jahr as i32,
            monat: monat as u32,
            tag: tag as u32,
        }
    }

    /// The date `tage` days later (earlier if negative); saturates at the years 1 and 9999.
    pub fn plus_tage(self, tage: i64) -> Datum {
        Datum::aus_tagesnummer(self.tagesnummer().saturating_add(tage))
    }

    /// The first day of the month.
    pub fn monatsanfang(self) -> Datum {
        Datum { tag: 1, ..self }
    }

    /// The same day `monate` months later (earlier if negative); a day the target month lacks
    /// becomes its last day (31.01. + 1 month = 28.02. or 29.02.). Saturates at the years 1 and
    /// 9999.
    pub fn plus_monate(self, monate: i32) -> Datum {
        let index = i64::from(self.jahr) * 12 + i64::from(self.monat) - 1 + i64::from(monate);
        let index = index.clamp(12, 9999 * 12 + 11);
        let jahr = index.div_euclid(12) as i32;
        let monat = index.rem_euclid(12) as u32 + 1;
        Datum {
            jahr,
            monat,
            tag: self.tag.min(tage_im_monat(jahr, monat)),
        }
    }

    /// Quarter of the year, 1 to 4.
    pub fn quartal(self) -> u32 {
        (self.monat - 1) / 3 + 1
    }
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.deutsch())
    }
}

/// The value of ASCII digits (`None` if any byte is not one).
fn ziffern(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, &z| {
        z.is_ascii_digit().then(|| n * 10 + u32::from(z - b'0'))
    })
}

/// Writes `n` (0–99) as two digits.
fn zwei_ziffern(ziel: &mut [u8], n: u32) {
    ziel[0] = b'0' + (n / 10 % 10) as u8;
    ziel[1] = b'0' + (n % 10) as u8;
}

/// Writes `jahr` (1–9999, as [`Datum::neu`] guarantees) as four digits.
fn vier_ziffern(ziel: &mut [u8], jahr: i32) {
    let n = jahr.unsigned_abs();
    zwei_ziffern(&mut ziel[0..2], n / 100);
    zwei_ziffern(&mut ziel[2..4], n % 100);
}

impl Serialize for Datum {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.mit_iso(|text| serializer.serialize_str(text))
    }
}

impl<'de> Deserialize<'de> for Datum {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(DatumLeser)
    }
}

/// Reads a stored date from the text as it stands, without copying it into a `String` first.
struct DatumLeser;

impl serde::de::Visitor<'_> for DatumLeser {
    type Value = Datum;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("ein Datum JJJJ-MM-TT")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Datum, E> {
        Datum::aus_iso(text)
            .filter(|_| text.len() == 10)
            .ok_or_else(|| E::custom(format!("kein gültiges Datum: „{text}“")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gueltige_und_ungueltige_daten() {
        assert!(Datum::neu(2024, 2, 29).is_some());
        assert!(Datum::neu(2026, 2, 29).is_none());
        assert!(Datum::neu(1900, 2, 29).is_none());
        assert!(Datum::neu(2000, 2, 29).is_some());
        assert!(Datum::neu(2026, 4, 31).is_none());
        assert!(Datum::neu(2026, 13, 1).is_none());
        assert!(Datum::neu(0, 1, 1).is_none());
    }

    /// Written and read without `format!` and `parse`: every valid date of the range, with
    /// its padding, round-trips through both forms; malformed text is refused.
    #[test]
    fn iso_und_deutsch_ohne_formatierer() {
        for (j, m, t) in [
            (1, 1, 1),
            (999, 12, 31),
            (2024, 2, 29),
            (9999, 12, 31),
            (2026, 10, 9),
        ] {
            let d = Datum::neu(j, m, t).unwrap();
            assert_eq!(d.iso(), format!("{j:04}-{m:02}-{t:02}"));
            assert_eq!(d.deutsch(), format!("{t:02}.{m:02}.{j:04}"));
            assert_eq!(Datum::aus_iso(&d.iso()), Some(d));
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(json, format!("\"{}\"", d.iso()));
            assert_eq!(serde_json::from_str::<Datum>(&json).unwrap(), d);
        }
        for falsch in [
            "2026-01-0x",
            "+026-01-05",
            "2026-1-05",
            "2026/01/05",
            "2026-01-05 ",
            "2026-02-30",
            "0000-01-01",
            "",
        ] {
            assert_eq!(Datum::aus_iso(falsch), None, "{falsch}");
            assert!(
                serde_json::from_str::<Datum>(&format!("\"{falsch}\"")).is_err(),
                "{falsch}"
            );
        }
        // Escaped text (not borrowable from the input) and a non-string are read or refused alike.
        assert_eq!(
            serde_json::from_str::<Datum>("\"2026-01-0\\u0035\"").unwrap(),
            Datum::neu(2026, 1, 5).unwrap()
        );
        assert!(serde_json::from_str::<Datum>("20260105").is_err());
    }

    #[test]
    fn iso_und_deutsch() {
        let d = Datum::neu(2026, 1, 5).unwrap();
        assert_eq!(d.iso(), "2026-01-05");
        assert_eq!(d.deutsch(), "05.01.2026");
        assert_eq!(Datum::aus_iso("2026-01-05"), Some(d));
        assert_eq!(Datum::aus_iso("2026-01-05T23:59:00.000Z"), Some(d));
        assert_eq!(Datum::aus_iso("2026-1-5"), None);
        assert_eq!(Datum::aus_iso("2026-01-05x"), None);
        assert_eq!(Datum::aus_deutsch(" 5.1.2026 "), Some(d));
        assert_eq!(Datum::aus_deutsch("05.01.2026"), Some(d));
        assert_eq!(
            Datum::aus_deutsch("05.01.26"),
            Some(d),
            "zweistellig = 20xx"
        );
        assert_eq!(Datum::aus_deutsch("5.1.26"), Some(d));
        assert_eq!(
            Datum::aus_deutsch("2026-01-05"),
            Some(d),
            "vom Datumswähler"
        );
        assert_eq!(Datum::aus_deutsch("2026-1-5"), None);
        assert_eq!(Datum::aus_deutsch("5.1.026"), None);
        assert_eq!(Datum::aus_deutsch("5.1.+026"), None);
        assert_eq!(Datum::aus_deutsch("5..2026"), None);
        assert_eq!(Datum::aus_deutsch("5.1"), None);
        assert_eq!(Datum::aus_deutsch("31.02.2026"), None);
    }

    #[test]
    fn tagesabstaende() {
        let epoche = Datum::neu(1970, 1, 1).unwrap();
        assert_eq!(epoche.tagesnummer(), 0);
        assert_eq!(Datum::neu(2000, 3, 1).unwrap().tagesnummer(), 11_017);
        let a = Datum::neu(2026, 2, 27).unwrap();
        let b = Datum::neu(2026, 3, 1).unwrap();
        assert_eq!(a.tage_bis(b), 2);
        assert_eq!(b.tage_bis(a), -2);
        assert_eq!(
            Datum::neu(2024, 1, 1)
                .unwrap()
                .tage_bis(Datum::neu(2025, 1, 1).unwrap()),
            366
        );
    }

    #[test]
    fn tagesnummer_zurueck_in_ein_datum() {
        for (nummer, iso) in [
            (0, "1970-01-01"),
            (-1, "1969-12-31"),
            (11_017, "2000-03-01"),
            (11_016, "2000-02-29"),
            (20_513, "2026-03-01"),
            (-719_162, "0001-01-01"),
            (2_932_896, "9999-12-31"),
        ] {
            assert_eq!(Datum::aus_tagesnummer(nummer).iso(), iso, "{nummer}");
            assert_eq!(Datum::aus_iso(iso).unwrap().tagesnummer(), nummer, "{iso}");
        }
        // Outside the representable years the ends are returned.
        assert_eq!(Datum::aus_tagesnummer(-719_163).iso(), "0001-01-01");
        assert_eq!(Datum::aus_tagesnummer(i64::MIN).iso(), "0001-01-01");
        assert_eq!(Datum::aus_tagesnummer(2_932_897).iso(), "9999-12-31");
        assert_eq!(Datum::aus_tagesnummer(i64::MAX).iso(), "9999-12-31");
    }

    #[test]
    fn tage_und_monate_addieren() {
        let d = |iso: &str| Datum::aus_iso(iso).unwrap();
        assert_eq!(d("2026-02-27").plus_tage(2), d("2026-03-01"));
        assert_eq!(d("2024-02-28").plus_tage(1), d("2024-02-29"));
        assert_eq!(d("2026-01-01").plus_tage(-1), d("2025-12-31"));
        assert_eq!(d("2026-01-01").plus_tage(365), d("2027-01-01"));
        assert_eq!(d("2026-05-17").plus_tage(0), d("2026-05-17"));
        assert_eq!(d("9999-12-30").plus_tage(5), d("9999-12-31"));
        assert_eq!(d("2026-05-17").plus_tage(i64::MAX), d("9999-12-31"));
        assert_eq!(d("2026-05-17").monatsanfang(), d("2026-05-01"));
        for (von, monate, nach) in [
            ("2026-01-31", 1, "2026-02-28"),
            ("2024-01-31", 1, "2024-02-29"),
            ("2026-03-31", -1, "2026-02-28"),
            ("2026-05-15", 0, "2026-05-15"),
            ("2026-11-30", 2, "2027-01-30"),
            ("2026-01-15", -1, "2025-12-15"),
            ("2026-01-15", -13, "2024-12-15"),
            ("2026-08-31", 13, "2027-09-30"),
            ("0001-03-01", -5, "0001-01-01"),
            ("9999-11-30", 3, "9999-12-30"),
        ] {
            assert_eq!(d(von).plus_monate(monate), d(nach), "{von} {monate:+}");
        }
    }

    #[test]
    fn quartale() {
        for (monat, quartal) in [
            (1, 1),
            (3, 1),
            (4, 2),
            (6, 2),
            (7, 3),
            (9, 3),
            (10, 4),
            (12, 4),
        ] {
            assert_eq!(Datum::neu(2026, monat, 1).unwrap().quartal(), quartal);
        }
    }

    proptest::proptest! {
        #[test]
        fn tagesnummer_hin_und_zurueck(jahr in 1..=9999_i32, monat in 1..=12_u32, tag in 1..=31_u32) {
            if let Some(d) = Datum::neu(jahr, monat, tag) {
                proptest::prop_assert_eq!(Datum::aus_tagesnummer(d.tagesnummer()), d);
                if jahr < 9999 {
                    proptest::prop_assert_eq!(d.plus_tage(1).tagesnummer(), d.tagesnummer() + 1);
                }
            }
        }

        #[test]
        fn jede_tagesnummer_ist_ein_datum(nummer in -719_162_i64..=2_932_896) {
            proptest::prop_assert_eq!(Datum::aus_tagesnummer(nummer).tagesnummer(), nummer);
        }
    }

    #[test]
    fn serde_als_iso_text() {
        let d = Datum::neu(2026, 11, 28).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2026-11-28\"");
        assert_eq!(serde_json::from_str::<Datum>("\"2026-11-28\"").unwrap(), d);
        assert!(serde_json::from_str::<Datum>("\"2026-02-30\"").is_err());
        assert!(serde_json::from_str::<Datum>("\"2026-11-28T00:00Z\"").is_err());
    }
}
