//! Calculations of the Behördenaustausch: Termine by month (upcoming and past relative to
//! today), the participation matrix Behörden × Termine, which agencies exchanged with each
//! other ("wer mit wem": two agencies exchanged when both took part in the same Termin; the
//! count is the number of shared Termine), the search of the results catalogue (case, accents
//! and umlauts do not matter) and the open follow-ups with their overdue days.

use std::collections::{BTreeMap, BTreeSet};

use super::model::{Behoerdenaustausch, Ergebnis, Ergebnisart, Folgeaufgabe, Folgestatus, Termin};
use crate::shared::datum::Datum;
use crate::shared::sortieren::Sortieren;
use crate::shared::text::{enthaelt, vergleiche};

/// German month names.
pub const MONATE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// The Termine of one month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Monat {
    /// "Dezember 2026".
    pub titel: String,
    /// Ids of its Termine in date order (upcoming ascending, past descending).
    pub termine: Vec<u32>,
}

/// The Termine from `heute` on (ascending) and before it (most recent first), grouped by month.
/// Termine without a date count as upcoming, at the end.
pub fn termine_nach_monat(ba: &Behoerdenaustausch, heute: Datum) -> (Vec<Monat>, Vec<Monat>) {
    let mut kommend: Vec<&Termin> = ba
        .termine
        .iter()
        .filter(|t| t.datum.is_none_or(|d| d >= heute))
        .collect();
    let mut vergangen: Vec<&Termin> = ba
        .termine
        .iter()
        .filter(|t| t.datum.is_some_and(|d| d < heute))
        .collect();
    let schluessel = |t: &Termin| (t.datum.is_none(), t.datum, t.uhrzeit.clone(), t.id);
    kommend.sortiere_nach_schluessel(|t| schluessel(t));
    vergangen.sortiere_nach_schluessel(|t| schluessel(t));
    vergangen.reverse();
    (gruppieren(&kommend), gruppieren(&vergangen))
}

fn gruppieren(termine: &[&Termin]) -> Vec<Monat> {
    let mut monate: Vec<Monat> = Vec::new();
    for t in termine {
        let titel = t
            .datum
            .map(|d| format!("{} {}", MONATE[(d.monat() - 1) as usize], d.jahr()))
            .unwrap_or_else(|| "ohne Datum".to_owned());
        match monate.last_mut() {
            Some(m) if m.titel == titel => m.termine.push(t.id),
            _ => monate.push(Monat {
                titel,
                termine: vec![t.id],
            }),
        }
    }
    monate
}

/// The Behörden that took part in Termin `termin`, each once, sorted by short name.
pub fn behoerden_von(ba: &Behoerdenaustausch, termin: u32) -> Vec<u32> {
    let ids: BTreeSet<u32> = ba
        .teilnahmen
        .iter()
        .filter(|t| t.termin == termin)
        .map(|t| t.behoerde)
        .collect();
    let mut ids: Vec<u32> = ids.into_iter().collect();
    ids.sortiere_nach(|a, b| vergleiche(&ba.behoerdenname(*a), &ba.behoerdenname(*b)));
    ids
}

/// Behörden × Termine: rows are the Behörden with at least one Teilnahme (sorted by short
/// name), columns the Termine in date order, cells the number of Teilnahmen (persons).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Teilnahmematrix {
    /// Row Behörden.
    pub behoerden: Vec<u32>,
    /// Column Termine.
    pub termine: Vec<u32>,
    /// `zellen[zeile][spalte]`.
    pub zellen: Vec<Vec<usize>>,
}

/// The participation matrix.
pub fn teilnahmematrix(ba: &Behoerdenaustausch) -> Teilnahmematrix {
    let mut termine: Vec<&Termin> = ba.termine.iter().collect();
    termine.sortiere_nach_schluessel(|t| (t.datum.is_none(), t.datum, t.id));
    let termine: Vec<u32> = termine.into_iter().map(|t| t.id).collect();
    let behoerden = beteiligte(ba);
    let zellen = behoerden
        .iter()
        .map(|b| {
            termine
                .iter()
                .map(|t| {
                    ba.teilnahmen
                        .iter()
                        .filter(|x| x.behoerde == *b && x.termin == *t)
                        .count()
                })
                .collect()
        })
        .collect();
    Teilnahmematrix {
        behoerden,
        termine,
        zellen,
    }
}

/// Behörden with at least one Teilnahme (existing ones), sorted by short name.
pub fn beteiligte(ba: &Behoerdenaustausch) -> Vec<u32> {
    let ids: BTreeSet<u32> = ba
        .teilnahmen
        .iter()
        .map(|t| t.behoerde)
        .filter(|b| ba.behoerde(*b).is_some())
        .collect();
    let mut ids: Vec<u32> = ids.into_iter().collect();
    ids.sortiere_nach(|a, b| vergleiche(&ba.behoerdenname(*a), &ba.behoerdenname(*b)));
    ids
}

/// Number of Termine both agencies took part in, for every pair with at least one: keys
/// `(a, b)` with `a < b`.
pub fn paare(ba: &Behoerdenaustausch) -> BTreeMap<(u32, u32), usize> {
    let mut paare = BTreeMap::new();
    for t in &ba.termine {
        let dabei = behoerden_von(ba, t.id);
        for (i, a) in dabei.iter().enumerate() {
            for b in &dabei[i + 1..] {
                let schluessel = if a < b { (*a, *b) } else { (*b, *a) };
                *paare.entry(schluessel).or_insert(0) += 1;
            }
        }
    }
    paare
}

/// Shared Termine of `a` and `b` (symmetric; 0 for a Behörde with itself).
pub fn gemeinsam(paare: &BTreeMap<(u32, u32), usize>, a: u32, b: u32) -> usize {
    if a == b {
        return 0;
    }
    paare.get(&(a.min(b), a.max(b))).copied().unwrap_or(0)
}

/// The results whose title, text, tags or Termin topic contain `suche` (case, accents and
/// umlauts do not matter), of kind `art` if given; newest Termin first.
pub fn suche_ergebnisse<'a>(
    ba: &'a Behoerdenaustausch,
    suche: &str,
    art: Option<Ergebnisart>,
) -> Vec<&'a Ergebnis> {
    let mut treffer: Vec<&Ergebnis> = ba
        .ergebnisse
        .iter()
        .filter(|e| art.is_none_or(|a| e.art == a))
        .filter(|e| {
            let thema = ba
                .termin(e.termin)
                .map(|t| t.thema.as_str())
                .unwrap_or_default();
            enthaelt(&e.titel, suche)
                || enthaelt(&e.text, suche)
                || enthaelt(thema, suche)
                || e.schlagworte.iter().any(|s| enthaelt(s, suche))
        })
        .collect();
    treffer.sortiere_nach_schluessel(|e| {
        std::cmp::Reverse((ba.termin(e.termin).and_then(|t| t.datum), e.id))
    });
    treffer
}

/// Days a follow-up is overdue at `heute` (`None`: not due yet, no date, or done).
pub fn ueberfaellig(f: &Folgeaufgabe, heute: Datum) -> Option<i64> {
    match (f.status, f.faellig) {
        (Folgestatus::Erledigt, _) | (_, None) => None,
        (_, Some(d)) => (d < heute).then(|| d.tage_bis(heute)),
    }
}

/// The due date in words: "fällig am 05.12.2026", "⚠ überfällig seit 3 Tagen", "ohne Termin".
pub fn faelligkeit_text(f: &Folgeaufgabe, heute: Datum) -> String {
    match (ueberfaellig(f, heute), f.faellig) {
        (Some(tage), _) => format!(
            "⚠ überfällig seit {}",
            crate::shared::text::anzahl(tage as usize, "Tag", "Tagen")
        ),
        (None, Some(d)) if d == heute => "heute fällig".to_owned(),
        (None, Some(d)) => format!("fällig am {}", d.deutsch()),
        (None, None) => "ohne Termin".to_owned(),
    }
}

/// The follow-ups not done, overdue first, then by due date (without one last).
pub fn offene_folgeaufgaben(ba: &Behoerdenaustausch, heute: Datum) -> Vec<&Folgeaufgabe> {
    let mut liste: Vec<&Folgeaufgabe> = ba
        .folgeaufgaben
        .iter()
        .filter(|f| f.status != Folgestatus::Erledigt)
        .collect();
    liste.sortiere_nach_schluessel(|f| {
        (
            ueberfaellig(f, heute).is_none(),
            f.faellig.is_none(),
            f.faellig,
            f.id,
        )
    });
    liste
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::datensatz::Datensaetze;
    use crate::tools::behoerdenaustausch::model::{Teilnahme, Termin};

    fn d(j: i32, m: u32, t: u32) -> Datum {
        Datum::neu(j, m, t).unwrap()
    }

    fn mit_terminen() -> (Behoerdenaustausch, [u32; 3], [u32; 3]) {
        let mut ba = Behoerdenaustausch::default();
        let termin = |ba: &mut Behoerdenaustausch, datum, thema: &str| {
            ba.speichere_termin(Termin {
                datum: Some(datum),
                thema: thema.into(),
                online: true,
                ..Termin::default()
            })
        };
        let t1 = termin(&mut ba, d(2026, 10, 5), "A");
        let t2 = termin(&mut ba, d(2026, 12, 10), "B");
        let t3 = termin(&mut ba, d(2026, 12, 3), "C");
        let id = |ba: &Behoerdenaustausch, k: &str| {
            ba.behoerden.iter().find(|b| b.kuerzel == k).unwrap().id
        };
        let (bva, itz, kba) = (id(&ba, "BVA"), id(&ba, "ITZBund"), id(&ba, "KBA"));
        for (t, b) in [
            (t1, bva),
            (t1, itz),
            (t1, itz),
            (t2, bva),
            (t2, itz),
            (t2, kba),
            (t3, kba),
        ] {
            ba.speichere_teilnahme(Teilnahme {
                termin: t,
                behoerde: b,
                ..Teilnahme::default()
            });
        }
        (ba, [t1, t2, t3], [bva, itz, kba])
    }

    #[test]
    fn termine_nach_monat_kommend_und_vergangen() {
        let (ba, [t1, t2, t3], _) = mit_terminen();
        let (kommend, vergangen) = termine_nach_monat(&ba, d(2026, 12, 4));
        assert_eq!(
            kommend,
            vec![Monat {
                titel: "Dezember 2026".into(),
                termine: vec![t2]
            }]
        );
        assert_eq!(
            vergangen,
            vec![
                Monat {
                    titel: "Dezember 2026".into(),
                    termine: vec![t3]
                },
                Monat {
                    titel: "Oktober 2026".into(),
                    termine: vec![t1]
                },
            ]
        );
        let (kommend, vergangen) = termine_nach_monat(&ba, d(2026, 12, 3));
        assert_eq!(kommend[0].termine, vec![t3, t2], "heute zählt als kommend");
        assert_eq!(vergangen.len(), 1);
    }

    #[test]
    fn matrix_und_wer_mit_wem() {
        let (ba, [t1, t2, t3], [bva, itz, kba]) = mit_terminen();
        let m = teilnahmematrix(&ba);
        assert_eq!(m.behoerden, vec![bva, itz, kba], "nach Kurzname");
        assert_eq!(m.termine, vec![t1, t3, t2], "nach Datum");
        assert_eq!(m.zellen, vec![vec![1, 0, 1], vec![2, 0, 1], vec![0, 1, 1]]);
        let p = paare(&ba);
        assert_eq!(
            gemeinsam(&p, bva, itz),
            2,
            "zwei Personen des ITZBund zählen einmal je Termin"
        );
        assert_eq!(gemeinsam(&p, itz, bva), 2);
        assert_eq!(gemeinsam(&p, bva, kba), 1);
        assert_eq!(gemeinsam(&p, kba, kba), 0);
        assert_eq!(p.len(), 3);
    }

    #[test]
    fn suche_ohne_umlaute_und_mit_art() {
        let (mut ba, [t1, t2, _], _) = mit_terminen();
        let e1 = ba.speichere_ergebnis(Ergebnis {
            termin: t1,
            art: Ergebnisart::LessonsLearned,
            titel: "Übergabe früh planen".into(),
            ..Ergebnis::default()
        });
        let e2 = ba.speichere_ergebnis(Ergebnis {
            termin: t2,
            art: Ergebnisart::GoodPractice,
            titel: "Gemeinsame Vorlage".into(),
            schlagworte: vec!["E-Akte".into()],
            ..Ergebnis::default()
        });
        let ids = |v: Vec<&Ergebnis>| v.into_iter().map(|e| e.id).collect::<Vec<_>>();
        assert_eq!(
            ids(suche_ergebnisse(&ba, "", None)),
            vec![e2, e1],
            "neuester Termin zuerst"
        );
        assert_eq!(ids(suche_ergebnisse(&ba, "UBERGABE", None)), vec![e1]);
        assert_eq!(ids(suche_ergebnisse(&ba, "e-akte", None)), vec![e2]);
        assert_eq!(
            ids(suche_ergebnisse(&ba, "", Some(Ergebnisart::GoodPractice))),
            vec![e2]
        );
        assert!(suche_ergebnisse(&ba, "Übergabe", Some(Ergebnisart::OffeneFrage)).is_empty());
    }

    #[test]
    fn offene_folgeaufgaben_ueberfaellige_zuerst() {
        let mut ba = Behoerdenaustausch::default();
        let heute = d(2026, 12, 4);
        let f = |ba: &mut Behoerdenaustausch, faellig: Option<Datum>, status| {
            ba.speichere_folgeaufgabe(Folgeaufgabe {
                massnahme: "M".into(),
                faellig,
                status,
                ..Folgeaufgabe::default()
            })
        };
        let spaet = f(&mut ba, Some(d(2026, 12, 20)), Folgestatus::Offen);
        let ohne = f(&mut ba, None, Folgestatus::InArbeit);
        let ueber = f(&mut ba, Some(d(2026, 12, 1)), Folgestatus::InArbeit);
        f(&mut ba, Some(d(2026, 11, 1)), Folgestatus::Erledigt);
        let ids: Vec<u32> = offene_folgeaufgaben(&ba, heute)
            .into_iter()
            .map(|f| f.id)
            .collect();
        assert_eq!(ids, vec![ueber, spaet, ohne]);
        let text = |id| faelligkeit_text(ba.folgeaufgaben.mit_id(id).unwrap(), heute);
        assert_eq!(text(ueber), "⚠ überfällig seit 3 Tagen");
        assert_eq!(text(spaet), "fällig am 20.12.2026");
        assert_eq!(text(ohne), "ohne Termin");
    }
}
