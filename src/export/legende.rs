//! The sheet "Legende" as a tool states it: [`Legende`] collects its rows in order — every
//! value of an enumeration with its meaning ([`Legende::aufzaehlung`]), fixed explanations such
//! as the computed columns or a numeric scale ([`Legende::gruppe`], [`Legende::eintrag`]) and
//! Ampel values with the thresholds a tool gives them ([`Legende::ampel`]).
//!
//! An enumeration is anything that is an [`Aufzaehlung`]: a German word for the data sheets and
//! a meaning for the legend. A tool's enums have both from `shared::vokabular::vokabular!`; one
//! line `aufzaehlungen!(Projektstatus, Phase);` in the tool's `export.rs` makes them
//! [`Aufzaehlung`]s, so that the legend and the columns ([`super::Tabelle::wort`]) use the same
//! words.

use super::Legendeneintrag;
use crate::shared::vokabular::Ampel;

/// An enumeration the export shows by its German word ([`super::Tabelle::wort`]) and explains
/// on the sheet "Legende" ([`Legende::aufzaehlung`]).
pub trait Aufzaehlung: Copy {
    /// The German word as it appears in the data sheets.
    fn name(self) -> &'static str;

    /// What the value means, for the legend.
    fn bedeutung(self) -> &'static str;
}

/// Implements [`Aufzaehlung`] for each listed type from its own `name()` and `bedeutung()`
/// (as every enum made with `shared::vokabular::vokabular!` has them).
macro_rules! aufzaehlungen {
    ($($typ:ty),+ $(,)?) => {
        $(
            impl $crate::export::Aufzaehlung for $typ {
                fn name(self) -> &'static str {
                    <$typ>::name(self)
                }

                fn bedeutung(self) -> &'static str {
                    <$typ>::bedeutung(self)
                }
            }
        )+
    };
}
pub(crate) use aufzaehlungen;

aufzaehlungen!(Ampel);

/// The rows of the sheet "Legende", in the order they are added; `.into()` gives them to
/// [`super::Mappe::legende`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Legende {
    eintraege: Vec<Legendeneintrag>,
}

impl Legende {
    /// An empty legend.
    pub fn neu() -> Legende {
        Legende::default()
    }

    /// A legend that starts with the status Ampel ([`Legendeneintrag::ampeln`]).
    pub fn mit_ampeln() -> Legende {
        Legende {
            eintraege: Legendeneintrag::ampeln(),
        }
    }

    /// One row per value of an enumeration under `merkmal`, in the order of `werte` (usually
    /// the enum's `ALLE`): its word and its meaning.
    pub fn aufzaehlung<'w, E: Aufzaehlung + 'w>(
        &mut self,
        merkmal: &str,
        werte: impl IntoIterator<Item = &'w E>,
    ) -> &mut Legende {
        for &wert in werte {
            self.eintrag(merkmal, wert.name(), wert.bedeutung());
        }
        self
    }

    /// One row per `(wert, bedeutung)` under `merkmal`, in order.
    pub fn gruppe<W, B>(
        &mut self,
        merkmal: &str,
        eintraege: impl IntoIterator<Item = (W, B)>,
    ) -> &mut Legende
    where
        W: Into<String>,
        B: Into<String>,
    {
        for (wert, bedeutung) in eintraege {
            self.eintrag(merkmal, wert, bedeutung);
        }
        self
    }

    /// One row: `merkmal` (the column or attribute), the `wert` as it appears in the data, and
    /// what it means.
    pub fn eintrag(
        &mut self,
        merkmal: impl Into<String>,
        wert: impl Into<String>,
        bedeutung: impl Into<String>,
    ) -> &mut Legende {
        self.eintraege
            .push(Legendeneintrag::neu(merkmal, wert, bedeutung));
        self
    }

    /// The row of one Ampel value, coloured, with the meaning the tool gives it
    /// ([`Legendeneintrag::ampel`]).
    pub fn ampel(&mut self, ampel: Ampel, bedeutung: impl Into<String>) -> &mut Legende {
        self.eintraege
            .push(Legendeneintrag::ampel(ampel, bedeutung));
        self
    }
}

impl From<Legende> for Vec<Legendeneintrag> {
    fn from(legende: Legende) -> Vec<Legendeneintrag> {
        legende.eintraege
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Farbe {
        Rot,
        Blau,
    }

    impl Farbe {
        const ALLE: &'static [Farbe] = &[Farbe::Rot, Farbe::Blau];

        fn name(self) -> &'static str {
            match self {
                Farbe::Rot => "rot",
                Farbe::Blau => "blau",
            }
        }

        fn bedeutung(self) -> &'static str {
            match self {
                Farbe::Rot => "warm",
                Farbe::Blau => "kalt",
            }
        }
    }

    aufzaehlungen!(Farbe);

    #[test]
    fn aufzaehlung_mit_ihren_woertern() {
        assert_eq!(Aufzaehlung::name(Farbe::Blau), "blau");
        assert_eq!(Aufzaehlung::bedeutung(Farbe::Rot), "warm");
        assert_eq!(Aufzaehlung::name(Ampel::Gelb), Ampel::Gelb.name());
    }

    #[test]
    fn legende_in_der_reihenfolge_des_aufbaus() {
        let mut l = Legende::mit_ampeln();
        l.aufzaehlung("Farbe", Farbe::ALLE)
            .gruppe("Stufe", [("1", "niedrig"), ("2", "hoch")])
            .eintrag("Stichtag", "01.02.2026", "Alle Werte gelten zu diesem Tag")
            .ampel(Ampel::Rot, "über 10 %");
        // Filtered values keep their order.
        l.aufzaehlung("Ohne Rot", Farbe::ALLE.iter().filter(|f| **f != Farbe::Rot));
        let l: Vec<Legendeneintrag> = l.into();
        let n = Ampel::ALLE.len();
        assert_eq!(&l[..n], &Legendeneintrag::ampeln()[..]);
        assert_eq!(
            &l[n..],
            [
                Legendeneintrag::neu("Farbe", "rot", "warm"),
                Legendeneintrag::neu("Farbe", "blau", "kalt"),
                Legendeneintrag::neu("Stufe", "1", "niedrig"),
                Legendeneintrag::neu("Stufe", "2", "hoch"),
                Legendeneintrag::neu("Stichtag", "01.02.2026", "Alle Werte gelten zu diesem Tag"),
                Legendeneintrag {
                    ampel: Some(Ampel::Rot),
                    ..Legendeneintrag::neu("Ampel", "rot", "über 10 %")
                },
                Legendeneintrag::neu("Ohne Rot", "blau", "kalt"),
            ]
        );
        assert!(Vec::<Legendeneintrag>::from(Legende::neu()).is_empty());
    }
}
