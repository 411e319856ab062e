//! German text rules every tool shares, so that each is written once: the sort order of names
//! (DIN 5007-1), counts with their plural ("1 Projekt", "3 Projekte"), the label of a linked
//! record that no longer exists, and the field error a form shows at its input.

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

/// The key a text sorts by under DIN 5007-1 ("Wörterbuch"): case and umlauts do not matter
/// (ä = a, ö = o, ü = u, ß = ss), digits and everything else keep their order.
fn sortierschluessel(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().flat_map(|zeichen| {
        let (erster, zweiter) = match zeichen {
            'ä' | 'Ä' => ('a', None),
            'ö' | 'Ö' => ('o', None),
            'ü' | 'Ü' => ('u', None),
            'ß' | 'ẞ' => ('s', Some('s')),
            anderes => {
                let mut klein = anderes.to_lowercase();
                (klein.next().unwrap_or(anderes), klein.next())
            }
        };
        std::iter::once(erster).chain(zweiter)
    })
}

/// Compares two texts the way a German reader expects them sorted (DIN 5007-1): "Ärger"
/// between "Anton" and "Bernd", "apfel" beside "Apfel". Texts equal under that rule are ordered
/// by their exact characters, so sorting is total and stable across runs.
pub fn vergleiche(a: &str, b: &str) -> Ordering {
    sortierschluessel(a.trim())
        .cmp(sortierschluessel(b.trim()))
        .then_with(|| a.cmp(b))
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
    fn din_5007_sortierung() {
        let mut namen = vec![
            "Zoll", "Ärger", "apfel", "Apfel", "Bernd", "Öl", "Ofen", "Straße", "Strasse", "Übel",
            "Uhr", "10 Titel", "2 Titel",
        ];
        namen.sort_by(|a, b| vergleiche(a, b));
        assert_eq!(
            namen,
            vec![
                "10 Titel", "2 Titel", "Apfel", "apfel", "Ärger", "Bernd", "Ofen", "Öl", "Strasse",
                "Straße", "Übel", "Uhr", "Zoll"
            ]
        );
        assert_eq!(vergleiche(" Anton", "anton"), Ordering::Less);
        assert_eq!(vergleiche("x", "x"), Ordering::Equal);
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
