//! Stable sorting with one copy of the sort algorithm in the whole program.
//!
//! `slice::sort_by` is generic over the element and the comparison, so every call site compiles
//! its own copy of the standard library's merge sort, about 2.3 KB of WebAssembly each. With
//! about a hundred call sites that was 200 KB, 6 % of the app's first download (issue 24). Here
//! the algorithm runs once, on positions, with the comparison behind `dyn`; what remains per
//! call site is the comparison and a short loop that moves the elements.
//!
//! Same results as the standard library: stable (equal elements keep their order), `O(n log n)`
//! comparisons, plus the slice's positions (on the stack up to 32 elements, else one
//! `Vec<usize>`).
//!
//! The standard library also sorts where no `sort` is written: `collect` into a `BTreeSet` or
//! `BTreeMap` sorts its input first, with its own copy of the merge sort per element type (about
//! 4 KB of WebAssembly each, three of them in the Zielstufenplaner's part).
//! [`Einsammeln::sortiert_einmal`] (sorted, each element once) and [`Einsammeln::einsammeln`]
//! (insert one after the other) give the same results without that copy.

use std::cmp::Ordering;

/// Stable sorting of slices (and so of `Vec`s) through the one shared sort; the drop-in names
/// for `sort`, `sort_by` and `sort_by_key`.
pub trait Sortieren<T> {
    /// Like `sort`: ascending by `Ord`, stable.
    fn sortiere(&mut self)
    where
        T: Ord;
    /// Like `sort_by`: by `vergleich`, stable.
    fn sortiere_nach(&mut self, vergleich: impl FnMut(&T, &T) -> Ordering);
    /// Like `sort_by_key`: ascending by the key, stable; the key is computed per comparison.
    fn sortiere_nach_schluessel<K: Ord>(&mut self, schluessel: impl FnMut(&T) -> K);
}

impl<T> Sortieren<T> for [T] {
    fn sortiere(&mut self)
    where
        T: Ord,
    {
        self.sortiere_nach(T::cmp);
    }

    fn sortiere_nach(&mut self, mut vergleich: impl FnMut(&T, &T) -> Ordering) {
        if self.len() < 2 {
            return;
        }
        // Short slices (an object's fields, a few rows) keep their positions on the stack: the
        // canonical text sorts the keys of many small objects on every change.
        let mut kurz = [0usize; KURZ];
        let mut lang = Vec::new();
        let positionen = if self.len() <= KURZ {
            &mut kurz[..self.len()]
        } else {
            lang.resize(self.len(), 0);
            &mut lang[..]
        };
        {
            let elemente: &[T] = self;
            positionen_sortieren(positionen, &mut |a, b| {
                vergleich(&elemente[a], &elemente[b])
            });
        }
        umstellen(self, positionen);
    }

    fn sortiere_nach_schluessel<K: Ord>(&mut self, mut schluessel: impl FnMut(&T) -> K) {
        self.sortiere_nach(|a, b| schluessel(a).cmp(&schluessel(b)));
    }
}

/// Collecting into order without the standard library's hidden sort: `collect` into a
/// `BTreeSet` or `BTreeMap` sorts its input with a copy of the merge sort per element type.
pub trait Einsammeln: Iterator + Sized {
    /// The elements ascending, each once (the first of equal ones): what
    /// `collect::<BTreeSet<_>>()` and back into a `Vec` gives, through the shared sort.
    fn sortiert_einmal(self) -> Vec<Self::Item>
    where
        Self::Item: Ord,
    {
        let mut liste: Vec<Self::Item> = self.collect();
        liste.sortiere();
        liste.dedup();
        liste
    }

    /// `collect` into a `BTreeMap` or `BTreeSet` (any `Default + Extend`) by inserting one
    /// element after the other. Same result: in a map a later value replaces an earlier one of
    /// the same key.
    fn einsammeln<C: Default + Extend<Self::Item>>(self) -> C {
        let mut sammlung = C::default();
        sammlung.extend(self);
        sammlung
    }
}

impl<I: Iterator> Einsammeln for I {}

/// Longest slice whose positions are sorted on the stack.
const KURZ: usize = 32;

/// The one instance of the sort: fills `positionen` with `0..len` ordered stably by
/// `vergleich`.
fn positionen_sortieren(
    positionen: &mut [usize],
    vergleich: &mut dyn FnMut(usize, usize) -> Ordering,
) {
    for (i, p) in positionen.iter_mut().enumerate() {
        *p = i;
    }
    positionen.sort_by(|&a, &b| vergleich(a, b));
}

/// Puts `elemente[herkunft[i]]` at position `i` for every `i`, in place, by following the
/// permutation's cycles (each element is moved once; `herkunft` is used up as the marker of
/// positions already done).
fn umstellen<T>(elemente: &mut [T], herkunft: &mut [usize]) {
    for start in 0..elemente.len() {
        let mut stelle = start;
        loop {
            let quelle = herkunft[stelle];
            herkunft[stelle] = stelle;
            if quelle == start {
                break;
            }
            elemente.swap(stelle, quelle);
            stelle = quelle;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `laenge` pairs (pseudo-random key below `schluessel`, position), from a xorshift state.
    fn folge(zustand: &mut u64, laenge: usize, schluessel: u64) -> Vec<(u8, usize)> {
        (0..laenge)
            .map(|i| {
                *zustand ^= *zustand << 13;
                *zustand ^= *zustand >> 7;
                *zustand ^= *zustand << 17;
                ((*zustand % schluessel) as u8, i)
            })
            .collect()
    }

    /// Same order as the standard library's stable sort, on many inputs with many ties.
    #[test]
    fn wie_die_stabile_sortierung_der_standardbibliothek() {
        let mut zustand: u64 = 0x2545_f491_4f6c_dd1d;
        for laenge in 0..200usize {
            let werte = folge(&mut zustand, laenge, 7);
            let mut erwartet = werte.clone();
            erwartet.sort_by_key(|w| w.0);
            let mut ist = werte.clone();
            ist.sortiere_nach_schluessel(|w| w.0);
            assert_eq!(ist, erwartet, "Länge {laenge}");
            let mut absteigend = werte.clone();
            absteigend.sortiere_nach(|a, b| b.0.cmp(&a.0));
            erwartet.sort_by_key(|w| std::cmp::Reverse(w.0));
            assert_eq!(absteigend, erwartet, "absteigend, Länge {laenge}");
        }
    }

    /// `sortiert_einmal` and `einsammeln` give what `collect` into a `BTreeSet` or `BTreeMap`
    /// gives, duplicates and ties included.
    #[test]
    fn wie_sammeln_in_geordnete_mengen() {
        use std::collections::{BTreeMap, BTreeSet};
        let mut zustand: u64 = 0x9e37_79b9_7f4a_7c15;
        for laenge in 0..120usize {
            let paare = folge(&mut zustand, laenge, 11);
            let schluessel = paare.iter().map(|p| p.0);
            let erwartet: Vec<u8> = schluessel
                .clone()
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            assert_eq!(
                schluessel.clone().sortiert_einmal(),
                erwartet,
                "Länge {laenge}"
            );
            assert_eq!(
                schluessel.clone().einsammeln::<BTreeSet<u8>>(),
                schluessel.collect::<BTreeSet<u8>>()
            );
            let karte: BTreeMap<u8, usize> = paare.iter().copied().collect();
            assert_eq!(
                paare.iter().copied().einsammeln::<BTreeMap<u8, usize>>(),
                karte,
                "Länge {laenge}"
            );
        }
    }

    /// Elements without `Clone` or `Copy` are moved, not copied, and none is lost or doubled.
    #[test]
    fn bewegt_eigene_werte_ohne_verlust() {
        let mut texte: Vec<String> = ["Zoll", "Amt", "Bund", "Amt", "Land", ""]
            .iter()
            .map(|t| (*t).to_owned())
            .collect();
        texte.sortiere();
        assert_eq!(texte, ["", "Amt", "Amt", "Bund", "Land", "Zoll"]);
        let mut leer: Vec<String> = Vec::new();
        leer.sortiere();
        assert!(leer.is_empty());
    }
}
