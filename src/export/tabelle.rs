//! A data sheet declared by its columns: [`Tabelle`] takes the rows (records, or small tuples
//! of a record and what is computed for it) and one declaration per column — heading, kind and
//! how to read the value from a row — and builds the [`Blatt`]. The kinds turn values into the
//! typed cells of the house conventions: user text (blank is an empty cell), permanent IDs with
//! their type prefix, words of an [`Aufzaehlung`], lists, whole numbers, fixed point numbers,
//! percentages, euros from integer cents, dates, Ampeln, yes/no, and live formulas that refer to
//! their own row. A missing value (`None`) is always an empty cell.
//!
//! Header and rows come from the same declaration, so a row can never be shorter than the
//! header or have its cells in another order than the headings.
//!
//! Rows are usually references (`&plan.projekte`) or tuples of references, so that a column may
//! return a borrowed field (`|p| &p.titel`). A column cannot return a borrow of something a row
//! owns itself (say a `String` computed into a tuple): collect such rows into a `Vec` and build
//! the table over `&zeilen`, or return an owned value.

use std::fmt::Display;

use super::{Aufzaehlung, Blatt, Zelle};
use crate::shared::datum::Datum;
use crate::shared::vokabular::Ampel;

/// A data sheet under construction: its name, its rows and the columns declared so far.
///
/// ```
/// use upo_werkzeugkasten::export::{Tabelle, Zelle};
///
/// struct Projekt {
///     id: u32,
///     titel: String,
///     budget_cent: Option<i64>,
/// }
/// let projekte = [Projekt { id: 17, titel: "Akte digital".into(), budget_cent: None }];
///
/// let blatt = Tabelle::neu("Projekte", &projekte)
///     .id("ID", "P", |p| p.id)
///     .text("Projekttitel", |p| &p.titel)
///     .euro("Budget", |p| p.budget_cent)
///     .blatt();
///
/// assert_eq!(blatt.spalten, ["ID", "Projekttitel", "Budget"]);
/// assert_eq!(
///     blatt.zeilen[0],
///     [Zelle::Text("P17".into()), Zelle::Text("Akte digital".into()), Zelle::Leer]
/// );
/// ```
#[must_use = "a Tabelle does nothing until `blatt()` builds the sheet"]
pub struct Tabelle<'a, T> {
    name: String,
    zeilen: Vec<T>,
    spalten: Vec<Spalte<'a, T>>,
}

/// One declared column: its heading and how a row becomes a cell.
struct Spalte<'a, T> {
    titel: String,
    zelle: Zellenbau<'a, T>,
}

/// Makes the cell of a column from the row's sheet row and the row.
type Zellenbau<'a, T> = Box<dyn Fn(u32, &T) -> Zelle + 'a>;

/// The column kinds of one typed value: each reads a `$typ` or an `Option<$typ>` from the row
/// (`None` is an empty cell) and makes its cell with `$zelle`; a kind with `(stellen)` also
/// takes the number of decimals.
macro_rules! wertspalten {
    ($($(#[$doku:meta])* $art:ident($($stellen:ident)?): $typ:ty => $zelle:expr;)+) => {
        $(
            $(#[$doku])*
            pub fn $art<W: Into<Option<$typ>>>(
                self,
                titel: impl Into<String>,
                $($stellen: u8,)?
                wert: impl Fn(&T) -> W + 'a,
            ) -> Self {
                self.spalte(titel, move |z| wert(z).into().map_or(Zelle::Leer, $zelle))
            }
        )+
    };
}

impl<'a, T> Tabelle<'a, T> {
    /// A sheet named `name` with one data row per item of `zeilen`, in that order, and no
    /// columns yet.
    pub fn neu(name: impl Into<String>, zeilen: impl IntoIterator<Item = T>) -> Self {
        Tabelle {
            name: name.into(),
            zeilen: zeilen.into_iter().collect(),
            spalten: Vec::new(),
        }
    }

    /// The finished sheet: the headings in declaration order and one cell per column in every
    /// row.
    pub fn blatt(self) -> Blatt {
        let zeilen = self
            .zeilen
            .iter()
            .zip(1..)
            .map(|(zeile, nr)| self.spalten.iter().map(|s| (s.zelle)(nr, zeile)).collect())
            .collect();
        Blatt {
            name: self.name,
            spalten: self.spalten.into_iter().map(|s| s.titel).collect(),
            zeilen,
            ..Blatt::default()
        }
    }

    /// A column of any cell `zelle` makes from the row: for cells the other kinds do not cover.
    pub fn spalte(self, titel: impl Into<String>, zelle: impl Fn(&T) -> Zelle + 'a) -> Self {
        self.formel(titel, move |_, zeile| zelle(zeile))
    }

    /// A column whose cells refer to other cells of their own row, usually a
    /// [`Zelle::formel`]: `zelle` gets the row's sheet row (the first data row is sheet row 1,
    /// as for [`super::zellbezug`]) together with the row.
    pub fn formel(
        mut self,
        titel: impl Into<String>,
        zelle: impl Fn(u32, &T) -> Zelle + 'a,
    ) -> Self {
        self.spalten.push(Spalte {
            titel: titel.into(),
            zelle: Box::new(zelle),
        });
        self
    }

    /// Adds the columns a helper declares, e.g. a block several sheets share:
    /// `.mit(|t| projektspalten(t, |z| z.projekt))`.
    pub fn mit(self, spalten: impl FnOnce(Self) -> Self) -> Self {
        spalten(self)
    }

    /// Adds the columns `spalten` declares for each of `werte`, in order: a block of columns
    /// per criterion, per Ampel dimension, per year.
    pub fn je<I: IntoIterator>(self, werte: I, spalten: impl FnMut(Self, I::Item) -> Self) -> Self {
        werte.into_iter().fold(self, spalten)
    }

    /// The permanent ID of the row's record with its type prefix: `("P", 17)` is "P17"
    /// ([`Zelle::id`]).
    pub fn id<N: Display>(
        self,
        titel: impl Into<String>,
        praefix: &'a str,
        nummer: impl Fn(&T) -> N + 'a,
    ) -> Self {
        self.spalte(titel, move |z| Zelle::id(praefix, nummer(z)))
    }

    /// User text; blank text is an empty cell ([`Zelle::text`]).
    pub fn text<S: AsRef<str>>(
        self,
        titel: impl Into<String>,
        text: impl Fn(&T) -> S + 'a,
    ) -> Self {
        self.spalte(titel, move |z| Zelle::text(text(z)))
    }

    /// The German word of an enumerated value (or of an optional one), as the legend lists it.
    pub fn wort<W>(self, titel: impl Into<String>, wert: impl Fn(&T) -> W + 'a) -> Self
    where
        W: Vielleicht,
        W::Wert: Aufzaehlung,
    {
        self.spalte(titel, move |z| {
            wert(z)
                .vielleicht()
                .map_or(Zelle::Leer, |w| Zelle::text(w.name()))
        })
    }

    /// Names joined with ", "; no names give an empty cell ([`Zelle::liste`]).
    pub fn liste<I>(self, titel: impl Into<String>, namen: impl Fn(&T) -> I + 'a) -> Self
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        self.spalte(titel, move |z| Zelle::liste(namen(z)))
    }

    /// A whole number (of any integer type, or an optional one).
    pub fn ganzzahl<N: Ganzzahlig>(
        self,
        titel: impl Into<String>,
        zahl: impl Fn(&T) -> N + 'a,
    ) -> Self {
        self.spalte(titel, move |z| Zelle::ganzzahl_opt(zahl(z).ganzzahl()))
    }

    wertspalten! {
        /// Exact fixed point with `stellen` decimals: the value `15` with one decimal is 1,5.
        dezimal(stellen): i64 => |wert| Zelle::dezimal(wert, stellen);
        /// A fraction with `stellen` decimals, shown as a percentage: the value `255` with
        /// three decimals is 25,5 %.
        prozent(stellen): i64 => |wert| Zelle::prozent(wert, stellen);
        /// Money in integer cents.
        euro(): i64 => Zelle::Euro;
        /// A calendar date.
        datum(): Datum => Zelle::Datum;
        /// A status Ampel, written as its word with its colour.
        ampel(): Ampel => Zelle::Ampel;
        /// Yes or no.
        wahr(): bool => Zelle::Wahr;
    }
}

/// A value that may be missing: a value itself, or an [`Option`] of it (`None` is an empty
/// cell). Implemented for every [`Aufzaehlung`] and options of them.
pub trait Vielleicht {
    /// The type of the value.
    type Wert;

    /// The value, if there is one.
    fn vielleicht(self) -> Option<Self::Wert>;
}

impl<E: Aufzaehlung> Vielleicht for E {
    type Wert = E;

    fn vielleicht(self) -> Option<E> {
        Some(self)
    }
}

impl<E: Aufzaehlung> Vielleicht for Option<E> {
    type Wert = E;

    fn vielleicht(self) -> Option<E> {
        self
    }
}

/// A whole number a column can show: an integer type, or an [`Option`] of one (`None` is an
/// empty cell).
pub trait Ganzzahlig {
    /// The number as `i64`, if there is one. (A `usize` beyond `i64::MAX` cannot occur for
    /// counts of records in memory.)
    fn ganzzahl(self) -> Option<i64>;
}

macro_rules! ganzzahlig {
    ($($typ:ty),+) => {
        $(
            impl Ganzzahlig for $typ {
                fn ganzzahl(self) -> Option<i64> {
                    Some(self as i64)
                }
            }

            impl Ganzzahlig for Option<$typ> {
                fn ganzzahl(self) -> Option<i64> {
                    self.map(|zahl| zahl as i64)
                }
            }
        )+
    };
}

ganzzahlig!(i8, i16, i32, i64, u8, u16, u32, usize);

#[cfg(test)]
mod tests {
    use super::*;

    struct Vorgang {
        id: u32,
        titel: String,
        phase: Option<Ampel>,
        schlagworte: Vec<String>,
        anzahl: usize,
        stufe: Option<u8>,
        vzae_hundertstel: Option<i64>,
        anteil_promille: i64,
        budget_cent: Option<i64>,
        ende: Option<Datum>,
        ampel: Ampel,
        offen: bool,
    }

    fn vorgaenge() -> Vec<Vorgang> {
        vec![
            Vorgang {
                id: 7,
                titel: "Akte digital".into(),
                phase: Some(Ampel::Blau),
                schlagworte: vec!["E-Akte".into(), "OZG".into()],
                anzahl: 3,
                stufe: Some(2),
                vzae_hundertstel: Some(150),
                anteil_promille: 255,
                budget_cent: Some(123_456),
                ende: Datum::neu(2026, 1, 5),
                ampel: Ampel::Gelb,
                offen: true,
            },
            Vorgang {
                id: 12,
                titel: "  ".into(),
                phase: None,
                schlagworte: Vec::new(),
                anzahl: 0,
                stufe: None,
                vzae_hundertstel: None,
                anteil_promille: -5,
                budget_cent: None,
                ende: None,
                ampel: Ampel::Grau,
                offen: false,
            },
        ]
    }

    fn blatt(vorgaenge: &[Vorgang]) -> Blatt {
        Tabelle::neu("Vorgänge", vorgaenge)
            .id("ID", "V", |v| v.id)
            .text("Titel", |v| &v.titel)
            .wort("Phase", |v| v.phase)
            .liste("Schlagworte", |v| &v.schlagworte)
            .ganzzahl("Anzahl", |v| v.anzahl)
            .ganzzahl("Stufe", |v| v.stufe)
            .dezimal("VZÄ", 2, |v| v.vzae_hundertstel)
            .prozent("Anteil", 3, |v| v.anteil_promille)
            .euro("Budget", |v| v.budget_cent)
            .datum("Ende", |v| v.ende)
            .ampel("Ampel", |v| v.ampel)
            .wahr("Offen", |v| v.offen)
            .formel("Doppelt", |zeile, _| {
                Zelle::formel(format!("2*E{}", zeile + 1), Zelle::Leer)
            })
            .blatt()
    }

    #[test]
    fn jede_spaltenart_gibt_ihre_zelle() {
        let b = blatt(&vorgaenge());
        assert_eq!(b.name, "Vorgänge");
        assert_eq!(
            b.spalten,
            [
                "ID",
                "Titel",
                "Phase",
                "Schlagworte",
                "Anzahl",
                "Stufe",
                "VZÄ",
                "Anteil",
                "Budget",
                "Ende",
                "Ampel",
                "Offen",
                "Doppelt"
            ]
        );
        assert!(b.diagramme.is_empty());
        assert_eq!(
            b.zeilen[0],
            [
                Zelle::Text("V7".into()),
                Zelle::Text("Akte digital".into()),
                // An enumerated value as its word (an Ampel, too, is an Aufzaehlung).
                Zelle::Text("blau".into()),
                Zelle::Text("E-Akte, OZG".into()),
                Zelle::Ganzzahl(3),
                Zelle::Ganzzahl(2),
                Zelle::Dezimal {
                    wert: 150,
                    stellen: 2
                },
                Zelle::Prozent {
                    wert: 255,
                    stellen: 3
                },
                Zelle::Euro(123_456),
                Zelle::Datum(Datum::neu(2026, 1, 5).unwrap()),
                Zelle::Ampel(Ampel::Gelb),
                Zelle::Wahr(true),
                Zelle::formel("2*E2", Zelle::Leer),
            ]
        );
    }

    #[test]
    fn fehlende_werte_sind_leere_zellen() {
        let b = blatt(&vorgaenge());
        let z = &b.zeilen[1];
        assert_eq!(z[0], Zelle::Text("V12".into()));
        // Blank user text, no word, an empty list, no number, no date, no amount: empty.
        for s in [1, 2, 3, 5, 6, 8, 9] {
            assert_eq!(z[s], Zelle::Leer, "Spalte {}", b.spalten[s]);
        }
        // A count of 0 and a negative share are values, not gaps.
        assert_eq!(z[4], Zelle::Ganzzahl(0));
        assert_eq!(z[7], Zelle::prozent(-5, 3));
        assert_eq!(z[10], Zelle::Ampel(Ampel::Grau));
        assert_eq!(z[11], Zelle::Wahr(false));
        // The formula column gets the sheet row: the second data row is sheet row 2.
        assert_eq!(z[12], Zelle::formel("2*E3", Zelle::Leer));
    }

    #[test]
    fn reihenfolge_der_zeilen_und_spaltenbloecke() {
        let jahre = [2027, 2028, 2029];
        let b = Tabelle::neu("Jahre", [(1, "a"), (2, "b")])
            .id("ID", "J", |&(nr, _)| nr)
            .je(jahre, |t, jahr| {
                t.ganzzahl(format!("Wert {jahr}"), move |&(nr, _)| jahr * nr)
                    .text(format!("Text {jahr}"), |&(_, text)| text)
            })
            .text("Ende", |_| "x")
            .blatt();
        assert_eq!(
            b.spalten,
            [
                "ID",
                "Wert 2027",
                "Text 2027",
                "Wert 2028",
                "Text 2028",
                "Wert 2029",
                "Text 2029",
                "Ende"
            ]
        );
        assert_eq!(b.zeilen.len(), 2);
        assert_eq!(b.zeilen[1][0], Zelle::Text("J2".into()));
        assert_eq!(b.zeilen[1][3], Zelle::Ganzzahl(4056));
        assert_eq!(b.zeilen[1][6], Zelle::Text("b".into()));
        for zeile in &b.zeilen {
            assert_eq!(zeile.len(), b.spalten.len());
        }
        // No rows: the header alone.
        let leer = Tabelle::neu("Leer", Vec::<Vorgang>::new())
            .id("ID", "V", |v| v.id)
            .blatt();
        assert_eq!(leer.spalten, ["ID"]);
        assert!(leer.zeilen.is_empty());
    }
}
