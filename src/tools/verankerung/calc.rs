//! Calculations of the Verankerung tool: the current assessment of a goal and the change since
//! the one before, averages per Dimension at a Stichtag (radar and timeline), the gap list and
//! overdue measures.
//!
//! **Sourced vs. reconstructed rules.** Fachkonzept §2.9 proposes Ist-/Ziel-Stufe per goal, the
//! radar "Ist vs Ziel per Dimension" and the measures list; those are taken as given. Everything
//! below how exactly is our reconstruction and said so at each function:
//! - averages are over the *active* goals that have an assessment, in tenths, rounded half up
//!   (an unassessed goal is not a 0, it is missing);
//! - at a Stichtag a goal counts with its latest assessment on or before that day (a level holds
//!   until it is assessed again);
//! - the gap is Ziel-Stufe − Ist-Stufe, never negative;
//! - a measure is overdue when it is open (geplant, in Arbeit) and its Termin lies before today.

use crate::shared::datensatz::Datensaetze;
use std::cmp::Reverse;

use super::model::{ist_offen, Bewertung, Massnahme, Stufe, Verankerung, Verweis, Ziel};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datum::Datum;
use crate::shared::sortieren::Sortieren;
use crate::shared::text::vergleiche;
use crate::shared::vokabular::Dimension;

/// The assessments of goal `ziel`, oldest first.
pub fn verlauf(plan: &Verankerung, ziel: u32) -> Vec<&Bewertung> {
    let mut liste: Vec<&Bewertung> = plan.bewertungen.iter().filter(|b| b.ziel == ziel).collect();
    liste.sortiere_nach_schluessel(|b| (b.stichtag, b.id));
    liste
}

/// The goal's latest assessment on or before `stichtag` (`None`: the latest of all).
pub fn stand_am(plan: &Verankerung, ziel: u32, stichtag: Option<Datum>) -> Option<&Bewertung> {
    verlauf(plan, ziel)
        .into_iter()
        .rfind(|b| stichtag.is_none_or(|s| b.stichtag <= s))
}

/// How a goal's Ist-Stufe changed from its previous assessment to its latest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Veraenderung {
    /// Not assessed at all.
    Keine,
    /// Only one assessment so far.
    Erstmals,
    /// Up by this many levels since the Stichtag.
    Hoeher(u8, Datum),
    /// Down by this many levels since the Stichtag.
    Niedriger(u8, Datum),
    /// The same level as on the Stichtag.
    Gleich(Datum),
}

impl Veraenderung {
    /// In words and signs, never by colour alone: "▲ +1 seit 01.03.2026".
    pub fn text(self) -> String {
        match self {
            Veraenderung::Keine => "–".to_owned(),
            Veraenderung::Erstmals => "erste Bewertung".to_owned(),
            Veraenderung::Hoeher(n, d) => format!("▲ +{n} seit {}", d.deutsch()),
            Veraenderung::Niedriger(n, d) => format!("▼ −{n} seit {}", d.deutsch()),
            Veraenderung::Gleich(d) => format!("= unverändert seit {}", d.deutsch()),
        }
    }

    /// Short form for tables: "▲ +1 höher", "▼ −1 niedriger", "= gleich".
    pub fn kurz(self) -> String {
        match self {
            Veraenderung::Keine => "–".to_owned(),
            Veraenderung::Erstmals => "erstmals".to_owned(),
            Veraenderung::Hoeher(n, _) => format!("▲ +{n} höher"),
            Veraenderung::Niedriger(n, _) => format!("▼ −{n} niedriger"),
            Veraenderung::Gleich(_) => "= gleich".to_owned(),
        }
    }

    /// CSS modifier for the sign.
    pub fn klasse(self) -> &'static str {
        match self {
            Veraenderung::Hoeher(..) => "vk-veraenderung vk-veraenderung--hoeher",
            Veraenderung::Niedriger(..) => "vk-veraenderung vk-veraenderung--niedriger",
            _ => "vk-veraenderung",
        }
    }
}

/// The change of goal `ziel` since its previous assessment (our reconstruction: the two
/// latest assessments of the goal, whatever Stichtage the other goals have).
pub fn veraenderung(plan: &Verankerung, ziel: u32) -> Veraenderung {
    let liste = verlauf(plan, ziel);
    match liste.as_slice() {
        [] => Veraenderung::Keine,
        [_] => Veraenderung::Erstmals,
        [.., vorher, jetzt] => {
            let (a, b) = (vorher.ist.wert(), jetzt.ist.wert());
            match b.cmp(&a) {
                std::cmp::Ordering::Greater => Veraenderung::Hoeher(b - a, vorher.stichtag),
                std::cmp::Ordering::Less => Veraenderung::Niedriger(a - b, vorher.stichtag),
                std::cmp::Ordering::Equal => Veraenderung::Gleich(vorher.stichtag),
            }
        }
    }
}

/// Ziel-Stufe − Ist-Stufe of an assessment, never below 0.
pub fn luecke(b: &Bewertung) -> u8 {
    b.soll.wert().saturating_sub(b.ist.wert())
}

/// All Stichtage with at least one assessment, oldest first.
pub fn stichtage(plan: &Verankerung) -> Vec<Datum> {
    let mut liste: Vec<Datum> = plan.bewertungen.iter().map(|b| b.stichtag).collect();
    liste.sortiere();
    liste.dedup();
    liste
}

/// Mean of levels in tenths, rounded half up; `None` without values.
pub fn mittel_zehntel(werte: &[u8]) -> Option<u32> {
    if werte.is_empty() {
        return None;
    }
    let summe: u32 = werte.iter().map(|&w| u32::from(w)).sum();
    let n = werte.len() as u32;
    Some((summe * 20 + n) / (2 * n))
}

/// "2,3" for 23 tenths, "–" for none.
pub fn zehntel_text(wert: Option<u32>) -> String {
    wert.map_or_else(|| "–".to_owned(), |z| format!("{},{}", z / 10, z % 10))
}

/// The averages of one Dimension at a Stichtag.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Dimensionsstand {
    /// The Dimension.
    pub dimension: Dimension,
    /// Average Ist-Stufe in tenths.
    pub ist: Option<u32>,
    /// Average Ziel-Stufe in tenths.
    pub soll: Option<u32>,
    /// Goals with an assessment.
    pub bewertet: usize,
    /// Goals counted (active at the Stichtag).
    pub ziele: usize,
}

/// Whether goal `z` counts at `stichtag` (`None`: now): not retired on or before that day.
fn zaehlt(z: &Ziel, stichtag: Option<Datum>) -> bool {
    match (z.ausgemustert, stichtag) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(a), Some(s)) => a > s,
    }
}

/// Averages per Dimension (in [`Dimension::ALLE`] order) at `stichtag` (`None`: now, with each
/// goal's latest assessment). Our reconstruction: goals retired by then and goals without an
/// assessment by then are left out of the averages.
pub fn dimensionen(plan: &Verankerung, stichtag: Option<Datum>) -> Vec<Dimensionsstand> {
    Dimension::ALLE
        .iter()
        .map(|&d| {
            let ziele: Vec<&Ziel> = plan
                .ziele
                .iter()
                .filter(|z| z.dimension == Some(d) && zaehlt(z, stichtag))
                .collect();
            let stand: Vec<&Bewertung> = ziele
                .iter()
                .filter_map(|z| stand_am(plan, z.id, stichtag))
                .collect();
            let ist: Vec<u8> = stand.iter().map(|b| b.ist.wert()).collect();
            let soll: Vec<u8> = stand.iter().map(|b| b.soll.wert()).collect();
            Dimensionsstand {
                dimension: d,
                ist: mittel_zehntel(&ist),
                soll: mittel_zehntel(&soll),
                bewertet: stand.len(),
                ziele: ziele.len(),
            }
        })
        .collect()
}

/// The timeline: per Stichtag the averages of every Dimension.
pub fn zeitreihe(plan: &Verankerung) -> Vec<(Datum, Vec<Dimensionsstand>)> {
    stichtage(plan)
        .into_iter()
        .map(|s| (s, dimensionen(plan, Some(s))))
        .collect()
}

/// One row of the gap list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Luecke {
    /// The goal's id.
    pub ziel: u32,
    /// Its title.
    pub titel: String,
    /// Its Dimension.
    pub dimension: Option<Dimension>,
    /// Current Ist-Stufe.
    pub ist: Stufe,
    /// Current Ziel-Stufe.
    pub soll: Stufe,
    /// The gap in levels (≥ 1).
    pub luecke: u8,
    /// Stichtag of the assessment.
    pub stichtag: Datum,
    /// Open measures for the goal.
    pub offene_massnahmen: usize,
}

/// The gap list: active goals whose latest Ist-Stufe is below their Ziel-Stufe, biggest gap
/// first, then by Dimension (in [`Dimension::ALLE`] order) and title.
pub fn luecken(plan: &Verankerung) -> Vec<Luecke> {
    let mut liste: Vec<Luecke> = plan
        .aktive_ziele()
        .filter_map(|z| {
            let b = stand_am(plan, z.id, None)?;
            let luecke = luecke(b);
            (luecke > 0).then(|| Luecke {
                ziel: z.id,
                titel: z.titel.clone(),
                dimension: z.dimension,
                ist: b.ist,
                soll: b.soll,
                luecke,
                stichtag: b.stichtag,
                offene_massnahmen: plan
                    .massnahmen
                    .iter()
                    .filter(|m| m.ziel == z.id && ist_offen(m.status))
                    .count(),
            })
        })
        .collect();
    let rang = |d: Option<Dimension>| {
        d.and_then(|d| Dimension::ALLE.iter().position(|&x| x == d))
            .unwrap_or(usize::MAX)
    };
    liste.sortiere_nach(|a, b| {
        Reverse(a.luecke)
            .cmp(&Reverse(b.luecke))
            .then(rang(a.dimension).cmp(&rang(b.dimension)))
            .then(vergleiche(&a.titel, &b.titel))
    });
    liste
}

/// Days a measure is overdue at `heute`: open and its Termin before today; `None` otherwise.
pub fn ueberfaellig(m: &Massnahme, heute: Datum) -> Option<i64> {
    let termin = m.termin?;
    (ist_offen(m.status) && termin < heute).then(|| termin.tage_bis(heute))
}

/// The measures, open ones first, then by Termin (none last) and id.
pub fn massnahmen_sortiert(plan: &Verankerung) -> Vec<&Massnahme> {
    let mut liste: Vec<&Massnahme> = plan.massnahmen.iter().collect();
    liste.sortiere_nach_schluessel(|m| (!ist_offen(m.status), m.termin.is_none(), m.termin, m.id));
    liste
}

/// The title a link to another tool's record shows, and whether the record is gone. Tools this
/// build does not have are named by their slug.
pub fn verweis_titel(ab: &Arbeitsbereich, v: &Verweis) -> (String, bool) {
    let gefunden = match v.werkzeug.as_str() {
        "multiprojektplan" => ab
            .werkzeuge
            .multiprojektplan
            .projekte
            .mit_id(v.id)
            .map(|p| format!("Projekt {} {}", p.kennung, p.titel)),
        "zielstufenplaner" => ab
            .werkzeuge
            .zielstufenplaner
            .leistung(v.id)
            .map(|l| format!("Leistung {}", l.bezeichnung)),
        _ => None,
    };
    let art = match v.werkzeug.as_str() {
        "multiprojektplan" => "Projekt",
        "zielstufenplaner" => "Leistung",
        anderes => anderes,
    };
    match gefunden {
        Some(titel) => (titel, false),
        None => (crate::shared::text::geloescht(art, &v.id.to_string()), true),
    }
}

/// The records a goal can link to: `(Verweis, title)` of every Multiprojektplan project and
/// Zielstufenplaner Leistung of the workspace.
pub fn verweisziele(ab: &Arbeitsbereich) -> Vec<(Verweis, String)> {
    let projekte = ab.werkzeuge.multiprojektplan.projekte.iter().map(|p| {
        (
            Verweis {
                werkzeug: "multiprojektplan".into(),
                id: p.id,
            },
            format!("Projekt {} {}", p.kennung, p.titel),
        )
    });
    let leistungen = ab.werkzeuge.zielstufenplaner.leistungen.iter().map(|l| {
        (
            Verweis {
                werkzeug: "zielstufenplaner".into(),
                id: l.id,
            },
            format!("Leistung {}", l.bezeichnung),
        )
    });
    projekte.chain(leistungen).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::verankerung::model::Massnahmenstatus;

    fn tag(m: u32, t: u32) -> Datum {
        Datum::neu(2026, m, t).unwrap()
    }

    /// A plan with goals `(Dimension, title)` and assessments `(goal index, Stichtag, Ist,
    /// Ziel)`.
    fn plan(ziele: &[(Dimension, &str)], bewertungen: &[(usize, Datum, u8, u8)]) -> Verankerung {
        let mut p = Verankerung::default();
        let ids: Vec<u32> = ziele
            .iter()
            .map(|&(d, t)| {
                p.speichere_ziel(Ziel {
                    dimension: Some(d),
                    titel: t.into(),
                    ..Ziel::default()
                })
            })
            .collect();
        for &(i, stichtag, ist, soll) in bewertungen {
            p.speichere_bewertung(Bewertung {
                ziel: ids[i],
                stichtag,
                ist: Stufe::aus_wert(ist).unwrap(),
                soll: Stufe::aus_wert(soll).unwrap(),
                ..Bewertung::default()
            });
        }
        p
    }

    #[test]
    fn mittelwerte_in_zehnteln_aufgerundet() {
        for (werte, erwartet) in [
            (&[][..], None),
            (&[2][..], Some(20)),
            (&[1, 2][..], Some(15)),
            (&[1, 1, 2][..], Some(13)),
            (&[1, 2, 2][..], Some(17)),
            (&[0, 0, 0, 1, 1, 1, 1, 1][..], Some(6)),
        ] {
            assert_eq!(mittel_zehntel(werte), erwartet, "{werte:?}");
        }
        assert_eq!(zehntel_text(Some(23)), "2,3");
        assert_eq!(zehntel_text(None), "–");
    }

    #[test]
    fn dimensionen_zaehlen_nur_bewertete_aktive_ziele_mit_fortgeschriebenem_stand() {
        use Dimension::*;
        let mut p = plan(
            &[
                (Prozesse, "A"),
                (Prozesse, "B"),
                (Strukturen, "C"),
                (Prozesse, "D"),
            ],
            &[
                (0, tag(1, 1), 1, 3),
                (1, tag(1, 1), 2, 4),
                (0, tag(6, 1), 3, 3),
                (2, tag(6, 1), 0, 2),
            ],
        );
        let jetzt = dimensionen(&p, None);
        // A now 3 (latest), B still 2 (carried forward), D unassessed: (3 + 2) / 2.
        assert_eq!(jetzt[0].dimension, Prozesse);
        assert_eq!((jetzt[0].ist, jetzt[0].soll), (Some(25), Some(35)));
        assert_eq!((jetzt[0].bewertet, jetzt[0].ziele), (2, 3));
        assert_eq!(jetzt[1].ist, Some(0));
        assert_eq!(jetzt[2].ist, None, "Kompetenzen ohne Ziele");
        let reihe = zeitreihe(&p);
        assert_eq!(reihe.len(), 2);
        assert_eq!(reihe[0].1[0].ist, Some(15));
        assert_eq!(reihe[0].1[1].ist, None, "C war am 1.1. noch nicht bewertet");
        assert_eq!(reihe[1].1[0].ist, Some(25));
        // Retired in March: counts in January, not in June or now.
        let b = p.ziele[1].id;
        p.mustere_aus(b, Some(tag(3, 1)));
        assert_eq!(dimensionen(&p, Some(tag(1, 1)))[0].ist, Some(15));
        assert_eq!(dimensionen(&p, Some(tag(6, 1)))[0].ist, Some(30));
        assert_eq!(dimensionen(&p, None)[0].ist, Some(30));
    }

    #[test]
    fn veraenderung_seit_der_letzten_bewertung_in_worten() {
        use Dimension::*;
        let p = plan(
            &[
                (Prozesse, "A"),
                (Prozesse, "B"),
                (Prozesse, "C"),
                (Prozesse, "D"),
            ],
            &[
                (0, tag(1, 1), 1, 3),
                (0, tag(6, 1), 3, 3),
                (1, tag(1, 1), 2, 3),
                (1, tag(6, 1), 1, 3),
                (2, tag(6, 1), 2, 2),
                (3, tag(1, 1), 2, 2),
                (3, tag(6, 1), 2, 3),
            ],
        );
        let v: Vec<Veraenderung> = p.ziele.iter().map(|z| veraenderung(&p, z.id)).collect();
        assert_eq!(v[0], Veraenderung::Hoeher(2, tag(1, 1)));
        assert_eq!(v[0].text(), "▲ +2 seit 01.01.2026");
        assert_eq!(v[1].text(), "▼ −1 seit 01.01.2026");
        assert_eq!(v[1].kurz(), "▼ −1 niedriger");
        assert_eq!(v[0].kurz(), "▲ +2 höher");
        assert_eq!(v[2], Veraenderung::Erstmals);
        assert_eq!(v[3].text(), "= unverändert seit 01.01.2026");
        let leer = plan(&[(Prozesse, "E")], &[]);
        assert_eq!(veraenderung(&leer, leer.ziele[0].id).text(), "–");
    }

    #[test]
    fn lueckenliste_nach_groesse_dimension_und_titel() {
        use Dimension::*;
        let mut p = plan(
            &[
                (Kapazitaeten, "Stellen"),
                (Prozesse, "Monitoring"),
                (Strukturen, "Gremium"),
                (Prozesse, "FIM"),
                (Kompetenzen, "Erreicht"),
                (Strukturen, "Über Ziel"),
            ],
            &[
                (0, tag(1, 1), 0, 3),
                (1, tag(1, 1), 1, 3),
                (2, tag(1, 1), 1, 3),
                (3, tag(1, 1), 2, 3),
                (4, tag(1, 1), 3, 3),
                (5, tag(1, 1), 4, 2),
            ],
        );
        p.speichere_massnahme(Massnahme {
            ziel: p.ziele[1].id,
            titel: "Berichtsrhythmus".into(),
            ..Massnahme::default()
        });
        let l = luecken(&p);
        let titel: Vec<(&str, u8)> = l.iter().map(|x| (x.titel.as_str(), x.luecke)).collect();
        assert_eq!(
            titel,
            [
                ("Stellen", 3),
                ("Monitoring", 2),
                ("Gremium", 2),
                ("FIM", 1)
            ]
        );
        assert_eq!(l[1].offene_massnahmen, 1);
        assert_eq!(l[0].offene_massnahmen, 0);
    }

    #[test]
    fn ueberfaellig_nur_offene_mit_termin_vor_heute() {
        let heute = tag(6, 10);
        let m = |termin, status| Massnahme {
            termin,
            status,
            ..Massnahme::default()
        };
        use Massnahmenstatus::*;
        assert_eq!(ueberfaellig(&m(Some(tag(6, 1)), Geplant), heute), Some(9));
        assert_eq!(ueberfaellig(&m(Some(tag(6, 1)), InArbeit), heute), Some(9));
        assert_eq!(
            ueberfaellig(&m(Some(tag(6, 10)), Geplant), heute),
            None,
            "heute fällig"
        );
        assert_eq!(ueberfaellig(&m(Some(tag(6, 1)), Erledigt), heute), None);
        assert_eq!(ueberfaellig(&m(Some(tag(6, 1)), Verworfen), heute), None);
        assert_eq!(ueberfaellig(&m(None, Geplant), heute), None);
    }

    #[test]
    fn verweise_nennen_titel_oder_geloescht() {
        let mut ab = Arbeitsbereich::neu("t", "Test", "2026-06-01T09:00:00Z");
        ab.werkzeuge.multiprojektplan =
            crate::tools::multiprojektplan::examples::beispielportfolio(tag(6, 1));
        let ziele = verweisziele(&ab);
        let (v, titel) = ziele[0].clone();
        assert_eq!(verweis_titel(&ab, &v), (titel, false));
        ab.werkzeuge.multiprojektplan.projekte.clear();
        let (text, weg) = verweis_titel(&ab, &v);
        assert!(weg && text.contains("gelöscht"), "{text}");
    }
}
