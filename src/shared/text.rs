//! German text rules every tool shares, so that each is written once: the sort order of names
//! (DIN 5007-1, numbers by value), counts with their plural ("1 Projekt", "3 Projekte"), the
//! label of a linked record that no longer exists, the field error a form shows at its input,
//! the one-line checks that add such errors ([`Pruefliste`]), the folding for search
//! ([`falten`], [`enthaelt`]), and the readers of typed dates and numbers that report such
//! errors.

use std::cmp::Ordering;

/// A problem with one form field: `feld` names the input (the view derives the input's id from
/// it), `meldung` is the German message shown at the field and in the error summary.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Feldfehler {
    /// Field name, e.g. `kennung` or `ampel-termine-begruendung`.
    pub feld: String,
    /// German message naming the field.
    pub meldung: String,
}

impl Feldfehler {
    /// A problem of field `feld`.
    pub fn neu(feld: &str, meldung: impl Into<String>) -> Feldfehler {
        Feldfehler {
            feld: feld.to_owned(),
            meldung: meldung.into(),
        }
    }

    /// The same problem for a view whose input ids carry `praefix` (`"zsp-"` + `"name"`).
    pub fn mit_praefix(self, praefix: &str) -> Feldfehler {
        Feldfehler {
            feld: format!("{praefix}{}", self.feld),
            meldung: self.meldung,
        }
    }
}

/// The checks a model's `pruefe_…` runs on a form's values, written once: each adds its
/// [`Feldfehler`] to the list when the value fails. Every model states its rules as one line
/// each (`fehler.pflicht("titel", &m.titel, "Geben Sie einen Titel ein.")`).
pub trait Pruefliste {
    /// Adds `meldung` at `feld` when `bedingung` holds.
    fn wenn(&mut self, bedingung: bool, feld: &str, meldung: impl Into<String>);
    /// Adds `meldung` at `feld` when `text` is blank.
    fn pflicht(&mut self, feld: &str, text: &str, meldung: impl Into<String>) {
        self.wenn(text.trim().is_empty(), feld, meldung);
    }
    /// Adds "`name`: höchstens `max` Zeichen." at `feld` when `text` has more than `max`
    /// characters (characters, not bytes: "ä" is one).
    fn hoechstens(&mut self, feld: &str, name: &str, text: &str, max: usize) {
        if text.chars().count() > max {
            self.wenn(true, feld, format!("{name}: höchstens {max} Zeichen."));
        }
    }
}

impl Pruefliste for Vec<Feldfehler> {
    fn wenn(&mut self, bedingung: bool, feld: &str, meldung: impl Into<String>) {
        if bedingung {
            self.push(Feldfehler::neu(feld, meldung));
        }
    }
}

/// Reads a date typed as `TT.MM.JJJJ` into field `feld` (named `name` in the message). Empty is
/// `None`, or a problem when the field is required (`pflicht`); text that is no date is a
/// problem and `None`. The one date reader of the forms, so every form says the same.
pub fn datum_lesen(
    fehler: &mut Vec<Feldfehler>,
    feld: &str,
    name: &str,
    text: &str,
    pflicht: bool,
) -> Option<super::datum::Datum> {
    let text = text.trim();
    let meldung = match super::datum::Datum::aus_deutsch(text) {
        Some(datum) => return Some(datum),
        None if text.is_empty() && !pflicht => return None,
        None if text.is_empty() => format!("{name}: Bitte ein Datum als TT.MM.JJJJ eingeben."),
        None => format!("{name}: „{text}“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben."),
    };
    fehler.push(Feldfehler::neu(feld, meldung));
    None
}

/// Reads a whole number typed (or chosen) into field `feld`. Empty is `None`, or a problem when
/// the field is required (`pflicht`); text that is no number, or one outside `bereich`, adds
/// `meldung` as the field's problem and is `None`. The number reader of the same forms as
/// [`datum_lesen`].
pub fn zahl_lesen<T: std::str::FromStr + PartialOrd>(
    fehler: &mut Vec<Feldfehler>,
    feld: &str,
    meldung: &str,
    text: &str,
    bereich: std::ops::RangeInclusive<T>,
    pflicht: bool,
) -> Option<T> {
    let text = text.trim();
    if text.is_empty() && !pflicht {
        return None;
    }
    let zahl = text.parse::<T>().ok().filter(|z| bereich.contains(z));
    if zahl.is_none() {
        fehler.push(Feldfehler::neu(feld, meldung));
    }
    zahl
}

/// The base letter a character sorts by: lower case without accents or umlauts (ä → a, ß → s),
/// as German lists (DIN 5007-1) sort.
fn grundzeichen(c: char) -> char {
    let klein = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    };
    match klein {
        'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' => 'a',
        'ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ø' => 'o',
        'ü' | 'ù' | 'ú' | 'û' => 'u',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ß' => 's',
        'ç' => 'c',
        'ñ' => 'n',
        andere => andere,
    }
}

/// A text folded for searching: lower case without accents or umlauts (ä → a, ß → s), the
/// same base letters [`vergleiche`] sorts by, so "Ubergabe" finds "Übergabe".
pub fn falten(text: &str) -> String {
    text.chars().map(grundzeichen).collect()
}

/// Whether `heuhaufen` contains `nadel`, ignoring case, accents and umlauts ([`falten`]); an
/// empty `nadel` is found everywhere.
pub fn enthaelt(heuhaufen: &str, nadel: &str) -> bool {
    falten(heuhaufen).contains(&falten(nadel.trim()))
}

/// Compares texts the way German readers expect lists sorted (DIN 5007-1 "Wörterbuch"): case,
/// accents and umlauts do not matter (ä = a, ß = s), digit runs compare as numbers ("P-2" < "P-10", "007" = "7"). Texts equal in that
/// sense are ordered by their bytes, so the order is total. Allocates nothing.
pub fn vergleiche(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a, b);
    loop {
        let (c, d) = match (x.chars().next(), y.chars().next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) => (c, d),
        };
        if c.is_ascii_digit() && d.is_ascii_digit() {
            let ende_x = x.find(|z: char| !z.is_ascii_digit()).unwrap_or(x.len());
            let ende_y = y.find(|z: char| !z.is_ascii_digit()).unwrap_or(y.len());
            let zahl_x = x[..ende_x].trim_start_matches('0');
            let zahl_y = y[..ende_y].trim_start_matches('0');
            let ordnung = zahl_x.len().cmp(&zahl_y.len()).then(zahl_x.cmp(zahl_y));
            if ordnung != Ordering::Equal {
                return ordnung;
            }
            x = &x[ende_x..];
            y = &y[ende_y..];
        } else {
            let ordnung = grundzeichen(c).cmp(&grundzeichen(d));
            if ordnung != Ordering::Equal {
                return ordnung;
            }
            x = &x[c.len_utf8()..];
            y = &y[d.len_utf8()..];
        }
    }
}

/// A count with its noun: `anzahl(1, "Projekt", "Projekte")` → "1 Projekt",
/// `anzahl(1234, …)` → "1.234 Projekte", `anzahl(0, …)` → "0 Projekte".
pub fn anzahl(n: usize, einzahl: &str, mehrzahl: &str) -> String {
    let wort = if n == 1 { einzahl } else { mehrzahl };
    format!("{} {wort}", super::format::ganzzahl(n as i64))
}

/// How a link to a record that was deleted is shown: `geloescht("Projekt", "7")` →
/// "Projekt 7 (gelöscht)". One label everywhere, so users learn to recognise it.
pub fn geloescht(art: &str, kennung: &str) -> String {
    format!("{art} {kennung} (gelöscht)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suche_ohne_gross_klein_und_umlaute() {
        assert!(enthaelt("Übergabe der E-Akte", "ubergabe"));
        assert!(enthaelt("Straße", "STRASSE".get(..4).unwrap()));
        assert!(enthaelt("Maßnahme", "mas"));
        assert!(enthaelt("x", "  "));
        assert!(!enthaelt("Akte", "Akten"));
        assert_eq!(falten("ÄÖÜß"), "aous");
    }

    #[test]
    fn text_vergleich_natuerlich_und_deutsch() {
        use Ordering::{Equal, Greater, Less};
        for (a, b, erwartet) in [
            ("P-2", "P-10", Less),
            ("P-10", "P-2", Greater),
            ("P-2026-007", "P-2026-10", Less),
            ("P-007", "P-7", Less), // equal as numbers, then by bytes
            ("a", "B", Less),
            ("Ärzte", "Bau", Less),
            ("Ärzte", "Arzte", Greater),
            ("Ärzte", "Ärzte", Equal),
            ("Übergang", "Umzug", Less),
            // ß sorts as s; the byte order decides between otherwise equal texts.
            ("Straße", "Strase", Greater),
            ("", "a", Less),
            ("abc", "ab", Greater),
            ("x9", "x10", Less),
            ("10", "9a", Greater),
            ("99999999999999999999999", "100000000000000000000000", Less),
        ] {
            assert_eq!(vergleiche(a, b), erwartet, "{a} vs {b}");
            assert_eq!(vergleiche(b, a), erwartet.reverse(), "{b} vs {a}");
        }
    }

    #[test]
    fn pruefliste_fuegt_nur_verletzte_regeln_an() {
        let mut f = Vec::new();
        f.wenn(false, "a", "nie");
        f.pflicht("b", "  ", "Geben Sie b ein.");
        f.pflicht("c", " x ", "nie");
        f.hoechstens("d", "Titel", "äöü", 3);
        f.hoechstens("e", "Titel", "äöüß", 3);
        assert_eq!(
            f,
            vec![
                Feldfehler::neu("b", "Geben Sie b ein."),
                Feldfehler::neu("e", "Titel: höchstens 3 Zeichen."),
            ]
        );
    }

    #[test]
    fn formularfelder_lesen() {
        let mut f = Vec::new();
        assert_eq!(
            datum_lesen(&mut f, "a", "Start", " 1.2.2026 ", false),
            super::super::datum::Datum::aus_iso("2026-02-01")
        );
        assert_eq!(datum_lesen(&mut f, "a", "Start", "  ", false), None);
        assert!(f.is_empty(), "leer ist erlaubt, wenn nicht Pflicht");
        assert_eq!(datum_lesen(&mut f, "b", "Stichtag", "", true), None);
        assert_eq!(datum_lesen(&mut f, "c", "Ende", "31.2.2026", false), None);
        assert_eq!(
            f,
            vec![
                Feldfehler::neu("b", "Stichtag: Bitte ein Datum als TT.MM.JJJJ eingeben."),
                Feldfehler::neu(
                    "c",
                    "Ende: „31.2.2026“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben."
                ),
            ]
        );
        let mut f = Vec::new();
        assert_eq!(
            zahl_lesen(&mut f, "w", "1 bis 99", " 7 ", 1..=99u32, true),
            Some(7)
        );
        assert_eq!(
            zahl_lesen(&mut f, "w", "1 bis 99", "", 1..=99u32, false),
            None
        );
        assert!(f.is_empty());
        assert_eq!(
            zahl_lesen(&mut f, "x", "1 bis 99", "100", 1..=99u32, false),
            None
        );
        assert_eq!(
            zahl_lesen(&mut f, "y", "1 bis 99", "zwei", 1..=99u32, false),
            None
        );
        assert_eq!(
            zahl_lesen(&mut f, "z", "1 bis 99", "", 1..=99u32, true),
            None
        );
        let felder: Vec<&str> = f.iter().map(|x| x.feld.as_str()).collect();
        assert_eq!(felder, ["x", "y", "z"]);
    }

    #[test]
    fn anzahl_mit_mehrzahl() {
        assert_eq!(anzahl(0, "Projekt", "Projekte"), "0 Projekte");
        assert_eq!(anzahl(1, "Leistung", "Leistungen"), "1 Leistung");
        assert_eq!(anzahl(2, "Leistung", "Leistungen"), "2 Leistungen");
        assert_eq!(anzahl(1234, "Buchung", "Buchungen"), "1.234 Buchungen");
    }

    #[test]
    fn geloeschte_verweise() {
        assert_eq!(geloescht("Projekt", "7"), "Projekt 7 (gelöscht)");
    }

    #[test]
    fn feldfehler_mit_praefix() {
        let f = Feldfehler::neu("name", "Der Name fehlt.").mit_praefix("zsp-");
        assert_eq!(f.feld, "zsp-name");
        assert_eq!(f.meldung, "Der Name fehlt.");
    }
}
