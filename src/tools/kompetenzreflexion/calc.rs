//! Calculations of the Kompetenzreflexion: the current rating per person × competence, the
//! gap Soll − Ist, priority gaps, the team's averages and spread per competence, the
//! distribution of levels shown in workshop mode, the heatmap and the radar (Soll vs Ist per
//! role or person).
//!
//! **Sourced vs. reconstructed rules.** Fachkonzept §2.10 proposes "Gap = Soll − Ist per
//! Kompetenz", the team heatmap, the radar per role and "priority gaps (Gap ≥ 2 or critical
//! role)"; those are taken as given. The rest is our reconstruction, said at each function:
//! - the current rating of a person in a competence is the one with the latest date that has
//!   a level (history stays; an unrated competence is missing, not 0);
//! - Ist is the peer rating where there is one, else the self-rating ([`ist`]);
//! - the gap may be negative (above Soll); only gaps ≥ 1 are listed;
//! - averages are in tenths, rounded half up; the spread is min, max, range and the
//!   population standard deviation in tenths.

use super::model::{Einschaetzung, Kompetenzreflexion, Niveau, Person};
use crate::shared::sortieren::Sortieren;

/// The person's current rating in a competence: the latest date with a self- or peer level.
pub fn aktuell(k: &Kompetenzreflexion, person: u32, kompetenz: u32) -> Option<&Einschaetzung> {
    k.einschaetzungen
        .iter()
        .filter(|e| e.person == person && e.kompetenz == kompetenz)
        .filter(|e| e.selbst.is_some() || e.fremd.is_some())
        .max_by_key(|e| (e.datum, e.id))
}

/// The Ist-Niveau of a rating: the peer rating where given, else the self-rating. Our rule
/// (fachkonzept §2.10 leaves it open): a second view corrects the self-view; both stay
/// visible in the tables and the export.
pub fn ist(e: &Einschaetzung) -> Option<Niveau> {
    e.fremd.or(e.selbst)
}

/// Priority gap (fachkonzept §2.10): gap ≥ 2, or ≥ 1 in a competence critical for the role.
pub fn prioritaer(gap: i8, kritisch: bool) -> bool {
    gap >= 2 || (kritisch && gap >= 1)
}

/// One cell of the comparison Soll vs Ist for a person.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Zelle {
    /// Soll-Niveau of the person's role (None: no requirement).
    pub soll: Option<Niveau>,
    /// Critical for the role.
    pub kritisch: bool,
    /// Current self-rating.
    pub selbst: Option<Niveau>,
    /// Current peer rating.
    pub fremd: Option<Niveau>,
    /// Ist ([`ist`]).
    pub ist: Option<Niveau>,
    /// Soll − Ist when both exist.
    pub gap: Option<i8>,
}

impl Zelle {
    /// Whether this is a priority gap.
    pub fn prioritaer(&self) -> bool {
        self.gap.is_some_and(|g| prioritaer(g, self.kritisch))
    }
}

/// Soll, ratings and gap of `person` in `kompetenz`.
pub fn zelle(k: &Kompetenzreflexion, person: &Person, kompetenz: u32) -> Zelle {
    let sollwert = person.rolle.and_then(|r| k.sollwert(r, kompetenz));
    let e = aktuell(k, person.id, kompetenz);
    let ist_niveau = e.and_then(ist);
    let soll = sollwert.map(|s| s.niveau);
    Zelle {
        soll,
        kritisch: sollwert.is_some_and(|s| s.kritisch),
        selbst: e.and_then(|e| e.selbst),
        fremd: e.and_then(|e| e.fremd),
        ist: ist_niveau,
        gap: soll
            .zip(ist_niveau)
            .map(|(s, i)| s.wert() as i8 - i.wert() as i8),
    }
}

/// A gap of one person in one competence (gap ≥ 1).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Luecke {
    /// The person.
    pub person: u32,
    /// The competence.
    pub kompetenz: u32,
    /// The comparison.
    pub zelle: Zelle,
}

/// All gaps ≥ 1: priority gaps first, then bigger gaps, then team order and area order.
pub fn luecken(k: &Kompetenzreflexion) -> Vec<Luecke> {
    let kompetenzen = k.kompetenzen_geordnet();
    let mut liste = Vec::new();
    for (pi, p) in k.personen.iter().enumerate() {
        for (ki, komp) in kompetenzen.iter().enumerate() {
            let zelle = zelle(k, p, komp.id);
            if zelle.gap.is_some_and(|g| g >= 1) {
                liste.push((
                    pi,
                    ki,
                    Luecke {
                        person: p.id,
                        kompetenz: komp.id,
                        zelle,
                    },
                ));
            }
        }
    }
    liste.sortiere_nach_schluessel(|(pi, ki, l)| {
        (!l.zelle.prioritaer(), -l.zelle.gap.unwrap_or(0), *pi, *ki)
    });
    liste.into_iter().map(|(_, _, l)| l).collect()
}

/// Mean of `werte` in tenths, rounded half up; `None` for no values.
pub fn mittel_zehntel(werte: &[u8]) -> Option<u32> {
    if werte.is_empty() {
        return None;
    }
    let n = werte.len() as u32;
    let summe: u32 = werte.iter().map(|&w| u32::from(w)).sum();
    Some((summe * 20 + n) / (2 * n))
}

/// Tenths as German text: 23 → "2,3"; "–" for none.
pub fn zehntel_text(wert: Option<u32>) -> String {
    wert.map_or_else(|| "–".to_owned(), |z| format!("{},{}", z / 10, z % 10))
}

/// The team's figures in one competence.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Teamwert {
    /// The competence.
    pub kompetenz: u32,
    /// Persons with an Ist.
    pub bewertet: usize,
    /// Mean Ist in tenths.
    pub mittel: Option<u32>,
    /// Lowest Ist.
    pub min: Option<u8>,
    /// Highest Ist.
    pub max: Option<u8>,
    /// Population standard deviation of Ist in tenths.
    pub streuung: Option<u32>,
    /// Mean Soll over the rated persons with a Soll, in tenths.
    pub soll: Option<u32>,
    /// Priority gaps in this competence.
    pub prioritaere: usize,
}

impl Teamwert {
    /// Range max − min.
    pub fn spannweite(&self) -> Option<u8> {
        self.max.zip(self.min).map(|(a, b)| a - b)
    }
}

/// Population standard deviation of `werte` in tenths, rounded.
fn streuung_zehntel(werte: &[u8]) -> Option<u32> {
    if werte.is_empty() {
        return None;
    }
    let n = werte.len() as f64;
    let mittel = werte.iter().map(|&w| f64::from(w)).sum::<f64>() / n;
    let varianz = werte
        .iter()
        .map(|&w| (f64::from(w) - mittel).powi(2))
        .sum::<f64>()
        / n;
    Some((varianz.sqrt() * 10.0).round() as u32)
}

/// The team's figures in every competence (area order), over `personen` (all if `None`).
pub fn teamwerte(k: &Kompetenzreflexion, personen: Option<&[u32]>) -> Vec<Teamwert> {
    let team: Vec<&Person> = k
        .personen
        .iter()
        .filter(|p| personen.is_none_or(|l| l.contains(&p.id)))
        .collect();
    k.kompetenzen_geordnet()
        .into_iter()
        .map(|komp| {
            let zellen: Vec<Zelle> = team.iter().map(|p| zelle(k, p, komp.id)).collect();
            let werte: Vec<u8> = zellen
                .iter()
                .filter_map(|z| z.ist)
                .map(Niveau::wert)
                .collect();
            let soll: Vec<u8> = zellen
                .iter()
                .filter(|z| z.ist.is_some())
                .filter_map(|z| z.soll)
                .map(Niveau::wert)
                .collect();
            Teamwert {
                kompetenz: komp.id,
                bewertet: werte.len(),
                mittel: mittel_zehntel(&werte),
                min: werte.iter().min().copied(),
                max: werte.iter().max().copied(),
                streuung: streuung_zehntel(&werte),
                soll: mittel_zehntel(&soll),
                prioritaere: zellen.iter().filter(|z| z.prioritaer()).count(),
            }
        })
        .collect()
}

/// How many of `personen` rate themselves (or are rated) at each level in a competence, for
/// the workshop mode: `[level 1, level 2, level 3, not rated]` of self- and of peer ratings.
/// Only counts, never names.
pub fn verteilung(
    k: &Kompetenzreflexion,
    kompetenz: u32,
    personen: &[u32],
) -> ([usize; 4], [usize; 4]) {
    let mut selbst = [0; 4];
    let mut fremd = [0; 4];
    for &p in personen {
        let e = aktuell(k, p, kompetenz);
        let platz = |n: Option<Niveau>| n.map_or(3, |n| usize::from(n.wert()) - 1);
        selbst[platz(e.and_then(|e| e.selbst))] += 1;
        fremd[platz(e.and_then(|e| e.fremd))] += 1;
    }
    (selbst, fremd)
}

/// One axis of the radar: a competence with Soll and Ist.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Achse {
    /// The competence.
    pub kompetenz: u32,
    /// Its name.
    pub name: String,
    /// Soll in tenths.
    pub soll: Option<u32>,
    /// Ist in tenths (mean over the role's persons, or the person's level).
    pub ist: Option<u32>,
    /// Persons counted in Ist.
    pub bewertet: usize,
}

/// The radar of a role: every competence with a Soll for it; Ist = mean over the role's
/// persons with an Ist.
pub fn radar_rolle(k: &Kompetenzreflexion, rolle: u32) -> Vec<Achse> {
    let personen: Vec<u32> = k
        .personen
        .iter()
        .filter(|p| p.rolle == Some(rolle))
        .map(|p| p.id)
        .collect();
    k.kompetenzen_geordnet()
        .into_iter()
        .filter_map(|komp| {
            let s = k.sollwert(rolle, komp.id)?;
            let werte: Vec<u8> = personen
                .iter()
                .filter_map(|&p| aktuell(k, p, komp.id).and_then(ist))
                .map(Niveau::wert)
                .collect();
            Some(Achse {
                kompetenz: komp.id,
                name: komp.name.clone(),
                soll: Some(u32::from(s.niveau.wert()) * 10),
                ist: mittel_zehntel(&werte),
                bewertet: werte.len(),
            })
        })
        .collect()
}

/// The radar of a person: every competence with a Soll for the person's role or a rating.
pub fn radar_person(k: &Kompetenzreflexion, person: &Person) -> Vec<Achse> {
    k.kompetenzen_geordnet()
        .into_iter()
        .filter_map(|komp| {
            let z = zelle(k, person, komp.id);
            (z.soll.is_some() || z.ist.is_some()).then(|| Achse {
                kompetenz: komp.id,
                name: komp.name.clone(),
                soll: z.soll.map(|n| u32::from(n.wert()) * 10),
                ist: z.ist.map(|n| u32::from(n.wert()) * 10),
                bewertet: usize::from(z.ist.is_some()),
            })
        })
        .collect()
}

/// Whether a measure exists for this person × competence (or for the team's competence).
pub fn hat_massnahme(k: &Kompetenzreflexion, person: u32, kompetenz: u32) -> usize {
    k.massnahmen
        .iter()
        .filter(|m| m.kompetenz == kompetenz && m.person.is_none_or(|p| p == person))
        .count()
}

/// The dates on which ratings were filed, oldest first.
pub fn daten(k: &Kompetenzreflexion) -> Vec<crate::shared::datum::Datum> {
    let mut liste: Vec<_> = k.einschaetzungen.iter().map(|e| e.datum).collect();
    liste.sortiere();
    liste.dedup();
    liste
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::datum::Datum;
    use crate::tools::kompetenzreflexion::model::{Einschaetzung, Kompetenz, Person, Rolle};
    use proptest::prelude::*;

    fn tag(t: u32) -> Datum {
        Datum::neu(2026, 5, t).unwrap()
    }

    /// One role with Soll 3 (critical) in A and Soll 2 in B; three persons.
    fn team() -> (Kompetenzreflexion, [u32; 3], u32, u32) {
        let mut k = Kompetenzreflexion::default();
        let r = k.speichere_rolle(Rolle {
            name: "PM".into(),
            ..Rolle::default()
        });
        let a = k.speichere_kompetenz(Kompetenz {
            name: "A".into(),
            ..Kompetenz::default()
        });
        let b = k.speichere_kompetenz(Kompetenz {
            name: "B".into(),
            ..Kompetenz::default()
        });
        k.setze_soll(r, a, Some((Niveau::Gestalten, true)));
        k.setze_soll(r, b, Some((Niveau::Anwenden, false)));
        let p: Vec<u32> = (0..3)
            .map(|_| {
                k.speichere_person(Person {
                    rolle: Some(r),
                    ..Person::default()
                })
            })
            .collect();
        (k, [p[0], p[1], p[2]], a, b)
    }

    fn bewerte(
        k: &mut Kompetenzreflexion,
        person: u32,
        kompetenz: u32,
        datum: Datum,
        selbst: u8,
        fremd: u8,
    ) {
        k.speichere_einschaetzung(Einschaetzung {
            person,
            kompetenz,
            datum,
            selbst: Niveau::aus_wert(selbst),
            fremd: Niveau::aus_wert(fremd),
            ..Einschaetzung::default()
        });
    }

    #[test]
    fn gap_ist_soll_minus_ist_mit_fremd_vor_selbst() {
        let (mut k, [p1, p2, p3], a, b) = team();
        bewerte(&mut k, p1, a, tag(1), 1, 0);
        bewerte(&mut k, p1, a, tag(8), 3, 2); // later: peer 2 counts
        bewerte(&mut k, p2, a, tag(1), 1, 0);
        bewerte(&mut k, p3, b, tag(1), 3, 0);
        let person = |id| k.person(id).unwrap().clone();
        let z = zelle(&k, &person(p1), a);
        assert_eq!(
            (z.selbst, z.fremd, z.ist),
            (
                Some(Niveau::Gestalten),
                Some(Niveau::Anwenden),
                Some(Niveau::Anwenden)
            )
        );
        assert_eq!(z.gap, Some(1));
        assert!(z.prioritaer(), "kritisch und Lücke 1");
        let z2 = zelle(&k, &person(p2), a);
        assert_eq!(z2.gap, Some(2));
        assert!(z2.prioritaer());
        let z3 = zelle(&k, &person(p3), b);
        assert_eq!(z3.gap, Some(-1), "über dem Soll");
        assert!(!z3.prioritaer());
        assert_eq!(
            zelle(&k, &person(p3), a).gap,
            None,
            "nicht bewertet ist keine Lücke"
        );
        let liste = luecken(&k);
        assert_eq!(
            liste
                .iter()
                .map(|l| (l.person, l.zelle.gap))
                .collect::<Vec<_>>(),
            vec![(p2, Some(2)), (p1, Some(1))]
        );
    }

    #[test]
    fn prioritaet_nach_fachkonzept() {
        assert!(prioritaer(2, false));
        assert!(prioritaer(1, true));
        assert!(!prioritaer(1, false));
        assert!(!prioritaer(0, true));
        assert!(!prioritaer(-1, true));
    }

    #[test]
    fn teamwerte_mittel_und_streuung() {
        let (mut k, [p1, p2, p3], a, b) = team();
        bewerte(&mut k, p1, a, tag(1), 1, 0);
        bewerte(&mut k, p2, a, tag(1), 2, 0);
        bewerte(&mut k, p3, a, tag(1), 2, 0);
        let w = teamwerte(&k, None);
        let wa = w.iter().find(|t| t.kompetenz == a).unwrap();
        assert_eq!(wa.bewertet, 3);
        assert_eq!(wa.mittel, Some(17), "5/3 = 1,67 → 1,7");
        assert_eq!(
            (wa.min, wa.max, wa.spannweite()),
            (Some(1), Some(2), Some(1))
        );
        assert_eq!(wa.streuung, Some(5), "√(2/9) = 0,47 → 0,5");
        assert_eq!(wa.soll, Some(30));
        assert_eq!(wa.prioritaere, 3);
        let wb = w.iter().find(|t| t.kompetenz == b).unwrap();
        assert_eq!(
            (wb.bewertet, wb.mittel, wb.streuung, wb.spannweite()),
            (0, None, None, None)
        );
        let nur = teamwerte(&k, Some(&[p1]));
        assert_eq!(nur[0].mittel, Some(10));
        assert_eq!(zehntel_text(Some(17)), "1,7");
    }

    #[test]
    fn verteilung_zaehlt_ohne_namen() {
        let (mut k, [p1, p2, p3], a, _) = team();
        bewerte(&mut k, p1, a, tag(1), 1, 2);
        bewerte(&mut k, p2, a, tag(1), 3, 0);
        let (selbst, fremd) = verteilung(&k, a, &[p1, p2, p3]);
        assert_eq!(selbst, [1, 0, 1, 1]);
        assert_eq!(fremd, [0, 1, 0, 2]);
    }

    #[test]
    fn radar_je_rolle_und_person() {
        let (mut k, [p1, p2, _], a, b) = team();
        bewerte(&mut k, p1, a, tag(1), 1, 0);
        bewerte(&mut k, p2, a, tag(1), 2, 0);
        let r = k.rollen[0].id;
        let achsen = radar_rolle(&k, r);
        assert_eq!(achsen.len(), 2);
        assert_eq!(
            (
                achsen[0].kompetenz,
                achsen[0].soll,
                achsen[0].ist,
                achsen[0].bewertet
            ),
            (a, Some(30), Some(15), 2)
        );
        assert_eq!((achsen[1].kompetenz, achsen[1].ist), (b, None));
        let p = k.person(p1).unwrap().clone();
        let achsen = radar_person(&k, &p);
        assert_eq!(achsen[0].ist, Some(10));
        assert_eq!(achsen[1].soll, Some(20));
    }

    proptest! {
        /// The mean lies between min and max, and the gap is always Soll − Ist.
        #[test]
        fn mittel_zwischen_min_und_max(werte in proptest::collection::vec(1u8..=3, 1..20)) {
            let m = mittel_zehntel(&werte).unwrap();
            let min = u32::from(*werte.iter().min().unwrap()) * 10;
            let max = u32::from(*werte.iter().max().unwrap()) * 10;
            prop_assert!(min <= m && m <= max);
            prop_assert!(streuung_zehntel(&werte).unwrap() <= 10);
        }
    }
}
