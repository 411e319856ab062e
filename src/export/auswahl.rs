//! Building only the data sheets an export asks for: [`Blattauswahl`] takes a tool's sheets in
//! order, each as a closure, and runs only the closures of wanted sheets. The Excel download
//! wants every sheet; a CSV download wants one, and then the rows of the other sheets are never
//! computed (they would cost needlessly with large workspaces, on the page's main thread).

use super::Blatt;

/// The data sheets of a workbook, stated in order as closures that build them.
///
/// `Blattauswahl::neu(None)` builds every sheet; `Blattauswahl::neu(Some(i))` builds only the
/// sheet at position `i` (counted from 0 in the order of [`Blattauswahl::blatt`] calls) and
/// skips the other closures without running them. An index past the last sheet builds none.
///
/// ```
/// use upo_werkzeugkasten::export::{Blatt, Blattauswahl};
///
/// let blatt = |name: &str| Blatt {
///     name: name.to_owned(),
///     ..Blatt::default()
/// };
/// let alle = Blattauswahl::neu(None)
///     .blatt(|| blatt("Projekte"))
///     .blatt(|| blatt("Meilensteine"))
///     .fertig();
/// assert_eq!(alle, [blatt("Projekte"), blatt("Meilensteine")]);
/// let nur_zweites = Blattauswahl::neu(Some(1))
///     .blatt(|| unreachable!("not wanted, never built"))
///     .blatt(|| blatt("Meilensteine"))
///     .fertig();
/// assert_eq!(nur_zweites, [blatt("Meilensteine")]);
/// ```
#[derive(Debug)]
#[must_use = "the sheets are only returned by `fertig`"]
pub struct Blattauswahl {
    /// The one wanted sheet, or `None` for all.
    nur: Option<usize>,
    /// Position of the next sheet stated.
    naechstes: usize,
    /// The sheets built so far.
    blaetter: Vec<Blatt>,
}

impl Blattauswahl {
    /// An empty selection: all sheets for `None`, only the sheet at position `i` for `Some(i)`.
    pub fn neu(nur_blatt: Option<usize>) -> Blattauswahl {
        Blattauswahl {
            nur: nur_blatt,
            naechstes: 0,
            blaetter: Vec::new(),
        }
    }

    /// States the next sheet; `bauen` runs only if that sheet is wanted.
    pub fn blatt(mut self, bauen: impl FnOnce() -> Blatt) -> Blattauswahl {
        if self.nur.is_none_or(|nur| nur == self.naechstes) {
            self.blaetter.push(bauen());
        }
        self.naechstes += 1;
        self
    }

    /// The sheets built, in their order.
    pub fn fertig(self) -> Vec<Blatt> {
        self.blaetter
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn blatt(name: &str) -> Blatt {
        Blatt {
            name: name.to_owned(),
            ..Blatt::default()
        }
    }

    /// Three sheets; counts how often each closure ran.
    fn drei(nur: Option<usize>, gebaut: &[Cell<u32>; 3]) -> Vec<String> {
        let bauen = |i: usize, name: &'static str| {
            move || {
                gebaut[i].set(gebaut[i].get() + 1);
                blatt(name)
            }
        };
        Blattauswahl::neu(nur)
            .blatt(bauen(0, "A"))
            .blatt(bauen(1, "B"))
            .blatt(bauen(2, "C"))
            .fertig()
            .into_iter()
            .map(|b| b.name)
            .collect()
    }

    #[test]
    fn ohne_wahl_alle_blaetter_in_ihrer_reihenfolge() {
        let gebaut = Default::default();
        assert_eq!(drei(None, &gebaut), ["A", "B", "C"]);
        assert_eq!(gebaut.map(|g: Cell<u32>| g.get()), [1, 1, 1]);
    }

    #[test]
    fn mit_wahl_nur_dieses_blatt_und_die_anderen_nie_gebaut() {
        for (i, name) in ["A", "B", "C"].into_iter().enumerate() {
            let gebaut: [Cell<u32>; 3] = Default::default();
            assert_eq!(drei(Some(i), &gebaut), [name]);
            let mut erwartet = [0; 3];
            erwartet[i] = 1;
            assert_eq!(gebaut.map(|g| g.get()), erwartet, "Blatt {i}");
        }
    }

    #[test]
    fn unbekanntes_blatt_baut_keines() {
        let gebaut: [Cell<u32>; 3] = Default::default();
        assert!(drei(Some(3), &gebaut).is_empty());
        assert_eq!(gebaut.map(|g| g.get()), [0, 0, 0]);
    }
}
