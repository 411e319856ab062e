//! Calculations of the Trainingskonzepte: what each of the seven phases still lacks, the
//! coverage of the Kompetenzreflexion's priority gaps by modules, the Teilnahmequote, the cost
//! per participant, the hours per target group (curriculum matrix), feedback means and the
//! month calendar.
//!
//! **Definitions (ours, fachkonzept §2.8 "[I]"; shown on the pages):**
//! - A priority gap (person × Kompetenz, `kompetenzreflexion::calc::luecken`, `prioritaer()`)
//!   is *addressed* when a module names its Kompetenz and is not limited to Rollen, or is
//!   limited to Rollen that include the person's Rolle. Coverage = addressed priority gaps /
//!   all priority gaps, in per mille rounded half up.
//! - Teilnahmequote = teilgenommen / (angemeldet + teilgenommen) over the Termine *before*
//!   today (a Termin today may still be running); cancellations and the waiting list do not
//!   count.
//! - Cost per participant = budget / distinct persons who took part (status teilgenommen in
//!   any Termin of the concept; the same text in "Person oder Rolle" is one person), integer
//!   cents rounded half up.
//! - Hours per target group = the sum of the durations of the modules ticked for the group in
//!   the curriculum matrix.
//! - What a phase still lacks is our reconstruction of the framework items [Q:S54b], marked
//!   "bitte prüfen" on the page.

use super::model::{Modul, Phase, Teilnahmestatus, Termin, Trainingskonzept, Trainingskonzepte};
use crate::shared::datum::Datum;
use crate::shared::sortieren::{Einsammeln, Sortieren};
use crate::tools::kompetenzreflexion::calc::{luecken, Luecke};
use crate::tools::kompetenzreflexion::model::Kompetenzreflexion;

/// How far a phase is, relative to the concept's current phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Schrittstand {
    /// Before the current phase.
    Erledigt,
    /// The current phase.
    Aktuell,
    /// After it.
    Offen,
}

impl Schrittstand {
    /// The state in words (never colour alone).
    pub fn text(self) -> &'static str {
        match self {
            Schrittstand::Erledigt => "erledigt",
            Schrittstand::Aktuell => "aktuelle Phase",
            Schrittstand::Offen => "noch offen",
        }
    }
}

/// One step of the phase indicator.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Schritt {
    /// The phase.
    pub phase: Phase,
    /// Done, current or open.
    pub stand: Schrittstand,
    /// What the phase still lacks, in words; empty: nothing.
    pub fehlt: Vec<String>,
}

/// The seven steps of a concept with what each still lacks (our reconstruction, "bitte
/// prüfen"): Bedarfsermittlung the Anlass, Zielgruppenanalyse the Zielgruppen,
/// Lernzieldefinition the Lernziele, Konzeptentwicklung modules, budget and period,
/// Lernmedienentwicklung the materials of each module, Erprobung a Termin before `heute` with
/// participation, Durchführung Termine, Teilnahmen and an evaluation.
pub fn schritte(k: &Trainingskonzept, heute: Datum) -> Vec<Schritt> {
    Phase::ALLE
        .iter()
        .map(|&phase| {
            let mut fehlt = Vec::new();
            match phase {
                Phase::Bedarfsermittlung => {
                    if k.anlass.trim().is_empty() {
                        fehlt.push("Anlass/Bedarf".to_owned());
                    }
                }
                Phase::Zielgruppenanalyse => {
                    if k.zielgruppen.is_empty() {
                        fehlt.push("Zielgruppen".to_owned());
                    }
                }
                Phase::Lernzieldefinition => {
                    if !k.hat_lernziele() {
                        fehlt.push("Lernziele".to_owned());
                    }
                }
                Phase::Konzeptentwicklung => {
                    if k.module.is_empty() {
                        fehlt.push("Module".to_owned());
                    }
                    if k.budget_cent.is_none() {
                        fehlt.push("Budget".to_owned());
                    }
                    if k.beginn.is_none() || k.ende.is_none() {
                        fehlt.push("Zeitraum".to_owned());
                    }
                }
                Phase::Lernmedienentwicklung => {
                    for m in k.module.iter().filter(|m| m.materialien.trim().is_empty()) {
                        fehlt.push(format!("Materialien für „{}“", m.titel));
                    }
                }
                Phase::Erprobung => {
                    let pilot = k.termine.iter().any(|t| {
                        t.datum < heute
                            && t.teilnahmen
                                .iter()
                                .any(|x| x.status == Teilnahmestatus::Teilgenommen)
                    });
                    if !pilot {
                        fehlt.push("ein vergangener Termin mit Teilnahme (Pilot)".to_owned());
                    }
                }
                Phase::Durchfuehrung => {
                    if k.termine.is_empty() {
                        fehlt.push("Termine".to_owned());
                    }
                    if k.termine.iter().all(|t| t.teilnahmen.is_empty()) {
                        fehlt.push("Teilnahmen".to_owned());
                    }
                    if k.evaluationen.is_empty() {
                        fehlt.push("Evaluation".to_owned());
                    }
                }
            }
            let stand = match phase.cmp(&k.phase) {
                std::cmp::Ordering::Less => Schrittstand::Erledigt,
                std::cmp::Ordering::Equal => Schrittstand::Aktuell,
                std::cmp::Ordering::Greater => Schrittstand::Offen,
            };
            Schritt {
                phase,
                stand,
                fehlt,
            }
        })
        .collect()
}

/// Whether `modul` addresses the gap `l` of a person with Rolle `rolle`.
pub fn adressiert(modul: &Modul, l: &Luecke, rolle: Option<u32>) -> bool {
    modul.kompetenzen.contains(&l.kompetenz)
        && (modul.rollen.is_empty() || rolle.is_some_and(|r| modul.rollen.contains(&r)))
}

/// The coverage of the priority gaps by a set of modules.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Abdeckung {
    /// Priority gaps addressed, with the ids of the modules that address each.
    pub adressiert: Vec<(Luecke, Vec<u32>)>,
    /// Priority gaps no module addresses.
    pub offen: Vec<Luecke>,
}

impl Abdeckung {
    /// All priority gaps.
    pub fn gesamt(&self) -> usize {
        self.adressiert.len() + self.offen.len()
    }

    /// Addressed / all in per mille, rounded half up; `None` without priority gaps.
    pub fn promille(&self) -> Option<i64> {
        anteil_promille(self.adressiert.len(), self.gesamt())
    }
}

/// `teil / ganz` in per mille rounded half up; `None` for `ganz == 0`.
pub fn anteil_promille(teil: usize, ganz: usize) -> Option<i64> {
    (ganz > 0).then(|| ((teil as i64) * 2000 + ganz as i64) / (2 * ganz as i64))
}

/// Per mille as a German percentage with one decimal: 667 → "66,7 %"; "–" for none.
pub fn prozent_text(promille: Option<i64>) -> String {
    promille.map_or_else(
        || "–".to_owned(),
        |p| {
            format!(
                "{}{}%",
                crate::shared::format::dezimal(p, 1),
                crate::shared::format::NBSP
            )
        },
    )
}

/// Coverage of the Kompetenzreflexion's priority gaps by `module`.
pub fn abdeckung<'a>(
    kr: &Kompetenzreflexion,
    module: impl IntoIterator<Item = &'a Modul> + Clone,
) -> Abdeckung {
    let mut a = Abdeckung::default();
    for l in luecken(kr).into_iter().filter(|l| l.zelle.prioritaer()) {
        let rolle = kr.person(l.person).and_then(|p| p.rolle);
        let ids: Vec<u32> = module
            .clone()
            .into_iter()
            .filter(|m| adressiert(m, &l, rolle))
            .map(|m| m.id)
            .collect();
        if ids.is_empty() {
            a.offen.push(l);
        } else {
            a.adressiert.push((l, ids));
        }
    }
    a
}

/// Coverage by the modules of every concept.
pub fn abdeckung_alle(kr: &Kompetenzreflexion, tk: &Trainingskonzepte) -> Abdeckung {
    abdeckung(kr, tk.konzepte.iter().flat_map(|k| k.module.iter()))
}

/// The Teilnahmequote of a concept on `heute`: `(teilgenommen, angemeldet + teilgenommen,
/// per mille)` over its Termine before `heute`.
pub fn teilnahmequote(k: &Trainingskonzept, heute: Datum) -> (usize, usize, Option<i64>) {
    let mut teil = 0;
    let mut basis = 0;
    for t in k.termine.iter().filter(|t| t.datum < heute) {
        for x in &t.teilnahmen {
            match x.status {
                Teilnahmestatus::Teilgenommen => {
                    teil += 1;
                    basis += 1;
                }
                Teilnahmestatus::Angemeldet => basis += 1,
                _ => {}
            }
        }
    }
    (teil, basis, anteil_promille(teil, basis))
}

/// Distinct persons who took part in any Termin of the concept (same text, ignoring case and
/// surrounding spaces, is one person).
pub fn teilnehmende(k: &Trainingskonzept) -> usize {
    k.termine
        .iter()
        .flat_map(|t| t.teilnahmen.iter())
        .filter(|x| x.status == Teilnahmestatus::Teilgenommen)
        .map(|x| x.wer.trim().to_lowercase())
        .sortiert_einmal()
        .len()
}

/// Budget per distinct participant in integer cents, rounded half up; `None` without budget
/// or participants.
pub fn kosten_je_teilnehmer(k: &Trainingskonzept) -> Option<i64> {
    let budget = k.budget_cent?;
    let n = teilnehmende(k) as i64;
    if n == 0 || budget < 0 {
        return None;
    }
    Some((budget * 2 + n) / (2 * n))
}

/// Minutes per target group: the sum of the durations of the modules ticked for it.
pub fn minuten_je_zielgruppe(k: &Trainingskonzept) -> Vec<(u32, u32)> {
    k.zielgruppen
        .iter()
        .map(|z| {
            let summe = k
                .module
                .iter()
                .filter(|m| m.zielgruppen.contains(&z.id))
                .map(|m| m.dauer_minuten)
                .sum();
            (z.id, summe)
        })
        .collect()
}

/// Mean feedback score (1–5) in tenths, rounded half up, over `termine`; `None` without one.
pub fn feedback_mittel<'a>(termine: impl IntoIterator<Item = &'a Termin>) -> Option<u32> {
    let werte: Vec<u8> = termine
        .into_iter()
        .flat_map(|t| t.teilnahmen.iter())
        .filter_map(|x| x.feedback)
        .collect();
    crate::tools::kompetenzreflexion::calc::mittel_zehntel(&werte)
}

/// German month names.
const MONATE: [&str; 12] = [
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

/// "Dezember 2026".
pub fn monatsname(monat: Datum) -> String {
    format!("{} {}", MONATE[(monat.monat() - 1) as usize], monat.jahr())
}

/// German weekday of a date: "Mo" … "So".
pub fn wochentag(d: Datum) -> &'static str {
    // Day number 0 is 1970-01-01, a Thursday.
    const TAGE: [&str; 7] = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];
    TAGE[(d.tagesnummer() + 3).rem_euclid(7) as usize]
}

/// One Termin in the calendar.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Kalendereintrag {
    /// Concept id.
    pub konzept: u32,
    /// Concept title.
    pub konzepttitel: String,
    /// Termin id.
    pub termin: u32,
    /// Module title (or the deleted label).
    pub modul: String,
    /// Day.
    pub datum: Datum,
    /// "09:00–12:00" or "ganztägig".
    pub zeit: String,
    /// Place or "online".
    pub ort: String,
    /// "3 von 12" or "3 (unbegrenzt)".
    pub plaetze: String,
    /// People on the waiting list.
    pub warteliste: usize,
}

/// The time of a Termin in words: "09:00–12:00 Uhr", "ab 09:00 Uhr" or "ganztägig".
pub fn zeit_text(t: &Termin) -> String {
    use super::model::uhrzeit_text;
    match (t.von, t.bis) {
        (Some(v), Some(b)) => format!("{}–{} Uhr", uhrzeit_text(v), uhrzeit_text(b)),
        (Some(v), None) => format!("ab {} Uhr", uhrzeit_text(v)),
        _ => "ganztägig".to_owned(),
    }
}

/// The place of a Termin: "online", "online (Raum)" or the place; "–" for none.
pub fn ort_text(t: &Termin) -> String {
    match (t.online, t.ort.trim()) {
        (true, "") => "online".to_owned(),
        (true, ort) => format!("online ({ort})"),
        (false, "") => "–".to_owned(),
        (false, ort) => ort.to_owned(),
    }
}

/// Places taken in words.
pub fn plaetze_text(t: &Termin) -> String {
    match t.kapazitaet {
        Some(k) => format!("{} von {k}", t.belegt()),
        None => format!("{} (unbegrenzt)", t.belegt()),
    }
}

/// A module's title, or the deleted label.
pub fn modultitel(k: &Trainingskonzept, modul: u32) -> String {
    k.modul(modul).map_or_else(
        || crate::shared::text::geloescht("Modul", &modul.to_string()),
        |m| m.titel.clone(),
    )
}

/// The Termine of all concepts in the month of `monat`, by date and time.
pub fn termine_im_monat(tk: &Trainingskonzepte, monat: Datum) -> Vec<Kalendereintrag> {
    let mut l: Vec<(Datum, Option<u16>, Kalendereintrag)> = tk
        .konzepte
        .iter()
        .flat_map(|k| k.termine.iter().map(move |t| (k, t)))
        .filter(|(_, t)| t.datum.jahr() == monat.jahr() && t.datum.monat() == monat.monat())
        .map(|(k, t)| {
            (
                t.datum,
                t.von,
                Kalendereintrag {
                    konzept: k.id,
                    konzepttitel: k.titel.clone(),
                    termin: t.id,
                    modul: modultitel(k, t.modul),
                    datum: t.datum,
                    zeit: zeit_text(t),
                    ort: ort_text(t),
                    plaetze: plaetze_text(t),
                    warteliste: t
                        .teilnahmen
                        .iter()
                        .filter(|x| x.status == Teilnahmestatus::Warteliste)
                        .count(),
                },
            )
        })
        .collect();
    l.sortiere_nach_schluessel(|(d, v, e)| (*d, *v, e.termin));
    l.into_iter().map(|(_, _, e)| e).collect()
}

/// The months (first days) that have Termine, in order.
pub fn monate_mit_terminen(tk: &Trainingskonzepte) -> Vec<(Datum, usize)> {
    let mut m = std::collections::BTreeMap::new();
    for t in tk.konzepte.iter().flat_map(|k| k.termine.iter()) {
        *m.entry(t.datum.monatsanfang()).or_insert(0) += 1;
    }
    m.into_iter().collect()
}

/// The label of a linked Kompetenz of the Kompetenzreflexion, or the deleted label.
pub fn kompetenzname(kr: &Kompetenzreflexion, id: u32) -> String {
    kr.kompetenz(id).map_or_else(
        || crate::shared::text::geloescht("Kompetenz", &format!("K{id}")),
        |k| k.name.clone(),
    )
}

/// The label of a linked Rolle, or the deleted label.
pub fn rollenname(kr: &Kompetenzreflexion, id: u32) -> String {
    kr.rolle(id).map_or_else(
        || crate::shared::text::geloescht("Rolle", &format!("R{id}")),
        |r| r.name.clone(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::kompetenzreflexion::model::{Einschaetzung, Niveau, Person};
    use crate::tools::trainingskonzepte::model::{Evaluation, Teilnahme, Zielgruppe};

    fn tag(t: u32) -> Datum {
        Datum::neu(2026, 12, t).unwrap()
    }

    /// Two roles; person A (role 1) and B (role 2) each with a priority gap in competence 10,
    /// A also in 11 (gap 2 each).
    fn kr() -> (Kompetenzreflexion, u32, u32) {
        let mut kr = Kompetenzreflexion::default();
        let r1 = kr.speichere_rolle(crate::tools::kompetenzreflexion::model::Rolle {
            name: "R1".into(),
            ..Default::default()
        });
        let r2 = kr.speichere_rolle(crate::tools::kompetenzreflexion::model::Rolle {
            name: "R2".into(),
            ..Default::default()
        });
        let k10 = kr.speichere_kompetenz(crate::tools::kompetenzreflexion::model::Kompetenz {
            name: "K10".into(),
            ..Default::default()
        });
        let k11 = kr.speichere_kompetenz(crate::tools::kompetenzreflexion::model::Kompetenz {
            name: "K11".into(),
            ..Default::default()
        });
        for r in [r1, r2] {
            kr.setze_soll(r, k10, Some((Niveau::Gestalten, false)));
            kr.setze_soll(r, k11, Some((Niveau::Gestalten, false)));
        }
        let a = kr.speichere_person(Person {
            rolle: Some(r1),
            ..Person::default()
        });
        let b = kr.speichere_person(Person {
            rolle: Some(r2),
            ..Person::default()
        });
        for (p, k, n) in [(a, k10, 1), (a, k11, 1), (b, k10, 1), (b, k11, 3)] {
            kr.speichere_einschaetzung(Einschaetzung {
                person: p,
                kompetenz: k,
                datum: tag(1),
                selbst: Niveau::aus_wert(n),
                ..Einschaetzung::default()
            });
        }
        (kr, r1, k10)
    }

    #[test]
    fn abdeckung_zaehlt_prioritaere_luecken_mit_rollenbegrenzung() {
        let (kr, r1, k10) = kr();
        assert_eq!(
            luecken(&kr).iter().filter(|l| l.zelle.prioritaer()).count(),
            3
        );
        let offen = abdeckung(&kr, std::iter::empty::<&Modul>());
        assert_eq!(
            (offen.adressiert.len(), offen.gesamt(), offen.promille()),
            (0, 3, Some(0))
        );
        // A module on K10 for all roles addresses A's and B's gap in K10.
        let alle = Modul {
            id: 1,
            kompetenzen: vec![k10],
            ..Modul::default()
        };
        let a = abdeckung(&kr, [&alle]);
        assert_eq!(a.adressiert.len(), 2);
        assert_eq!(a.promille(), Some(667));
        assert_eq!(prozent_text(a.promille()), "66,7\u{a0}%");
        assert_eq!(a.offen.len(), 1);
        // Limited to role 1 it addresses only A's.
        let begrenzt = Modul {
            id: 2,
            kompetenzen: vec![k10],
            rollen: vec![r1],
            ..Modul::default()
        };
        let b = abdeckung(&kr, [&begrenzt]);
        assert_eq!(b.adressiert.len(), 1);
        assert_eq!(b.adressiert[0].1, vec![2]);
        // A link to a deleted competence addresses nothing and is labelled as deleted.
        let weg = Modul {
            id: 3,
            kompetenzen: vec![999],
            ..Modul::default()
        };
        assert_eq!(abdeckung(&kr, [&weg]).adressiert.len(), 0);
        assert_eq!(kompetenzname(&kr, 999), "Kompetenz K999 (gelöscht)");
        assert_eq!(rollenname(&kr, 998), "Rolle R998 (gelöscht)");
        assert!(abdeckung(&Kompetenzreflexion::default(), [&alle])
            .promille()
            .is_none());
    }

    fn teilnahme(id: u32, wer: &str, status: Teilnahmestatus) -> Teilnahme {
        Teilnahme {
            id,
            wer: wer.into(),
            status,
            feedback: None,
        }
    }

    #[test]
    fn quote_kosten_und_stunden() {
        let k = Trainingskonzept {
            budget_cent: Some(100_000),
            zielgruppen: vec![
                Zielgruppe {
                    id: 1,
                    name: "A".into(),
                    rolle: None,
                },
                Zielgruppe {
                    id: 2,
                    name: "B".into(),
                    rolle: None,
                },
            ],
            module: vec![
                Modul {
                    id: 10,
                    dauer_minuten: 90,
                    zielgruppen: vec![1, 2],
                    ..Modul::default()
                },
                Modul {
                    id: 11,
                    dauer_minuten: 240,
                    zielgruppen: vec![1],
                    ..Modul::default()
                },
            ],
            termine: vec![
                Termin {
                    id: 20,
                    modul: 10,
                    datum: tag(1),
                    teilnahmen: vec![
                        teilnahme(1, "Anna", Teilnahmestatus::Teilgenommen),
                        teilnahme(2, "Ben", Teilnahmestatus::Angemeldet),
                        teilnahme(3, "Cem", Teilnahmestatus::Abgesagt),
                        teilnahme(4, "Dora", Teilnahmestatus::Warteliste),
                    ],
                    ..Termin::default()
                },
                Termin {
                    id: 21,
                    modul: 11,
                    datum: tag(2),
                    teilnahmen: vec![
                        teilnahme(5, " anna ", Teilnahmestatus::Teilgenommen),
                        teilnahme(6, "Emil", Teilnahmestatus::Teilgenommen),
                    ],
                    ..Termin::default()
                },
                Termin {
                    id: 22,
                    modul: 11,
                    datum: tag(20),
                    teilnahmen: vec![teilnahme(7, "Fritz", Teilnahmestatus::Angemeldet)],
                    ..Termin::default()
                },
            ],
            ..Trainingskonzept::default()
        };
        // Before the 10th: Termine 20 and 21 count; 3 of 4 took part.
        assert_eq!(teilnahmequote(&k, tag(10)), (3, 4, Some(750)));
        // On the 2nd only Termin 20 is past.
        assert_eq!(teilnahmequote(&k, tag(2)), (1, 2, Some(500)));
        assert_eq!(teilnahmequote(&k, tag(1)).2, None);
        // Anna counts once: 2 distinct participants, 1.000 € / 2 = 500 €; 1.000 € / 3 rounds.
        assert_eq!(teilnehmende(&k), 2);
        assert_eq!(kosten_je_teilnehmer(&k), Some(50_000));
        let mut drei = k.clone();
        drei.termine[0].teilnahmen[1].status = Teilnahmestatus::Teilgenommen;
        assert_eq!(kosten_je_teilnehmer(&drei), Some(33_333));
        drei.budget_cent = Some(5);
        assert_eq!(kosten_je_teilnehmer(&drei), Some(2), "5/3 = 1,67 → 2 Cent");
        drei.budget_cent = None;
        assert_eq!(kosten_je_teilnehmer(&drei), None);
        assert_eq!(minuten_je_zielgruppe(&k), vec![(1, 330), (2, 90)]);
    }

    #[test]
    fn schritte_nennen_was_fehlt() {
        let mut k = Trainingskonzept {
            phase: Phase::Lernzieldefinition,
            ..Trainingskonzept::default()
        };
        let s = schritte(&k, tag(10));
        assert_eq!(s.len(), 7);
        assert_eq!(s[0].stand, Schrittstand::Erledigt);
        assert_eq!(s[2].stand, Schrittstand::Aktuell);
        assert_eq!(s[6].stand, Schrittstand::Offen);
        assert_eq!(s[0].fehlt, ["Anlass/Bedarf"]);
        assert_eq!(s[1].fehlt, ["Zielgruppen"]);
        assert_eq!(s[2].fehlt, ["Lernziele"]);
        assert_eq!(s[3].fehlt, ["Module", "Budget", "Zeitraum"]);
        assert!(s[4].fehlt.is_empty());
        assert_eq!(s[6].fehlt, ["Termine", "Teilnahmen", "Evaluation"]);
        k.anlass = "Lücken".into();
        k.ziele_koennen = "x".into();
        k.module.push(Modul {
            id: 1,
            titel: "M".into(),
            ..Modul::default()
        });
        k.termine.push(Termin {
            id: 2,
            modul: 1,
            datum: tag(5),
            teilnahmen: vec![teilnahme(3, "A", Teilnahmestatus::Teilgenommen)],
            ..Termin::default()
        });
        k.evaluationen.push(Evaluation {
            id: 4,
            methode: "Bogen".into(),
            ..Evaluation::default()
        });
        let s = schritte(&k, tag(10));
        assert!(s[0].fehlt.is_empty() && s[2].fehlt.is_empty());
        assert_eq!(s[4].fehlt, ["Materialien für „M“"]);
        assert!(s[5].fehlt.is_empty(), "Pilot am 5. vor dem 10.");
        assert!(s[6].fehlt.is_empty());
        assert_eq!(
            schritte(&k, tag(5))[5].fehlt.len(),
            1,
            "am selben Tag noch kein Pilot"
        );
    }

    #[test]
    fn kalender_nach_monat() {
        let mut tk = Trainingskonzepte::default();
        let k = tk.speichere_konzept(Trainingskonzept {
            titel: "K".into(),
            ..Trainingskonzept::default()
        });
        let m = tk
            .speichere_modul(
                k,
                Modul {
                    titel: "M".into(),
                    ..Modul::default()
                },
            )
            .unwrap();
        for (d, von) in [
            (tag(10), Some(600)),
            (tag(10), Some(540)),
            (Datum::neu(2027, 1, 5).unwrap(), None),
        ] {
            tk.speichere_termin(
                k,
                Termin {
                    modul: m,
                    datum: d,
                    von,
                    bis: von.map(|v| v + 60),
                    online: von.is_none(),
                    kapazitaet: Some(5),
                    ..Termin::default()
                },
            );
        }
        let dez = termine_im_monat(&tk, tag(1));
        assert_eq!(dez.len(), 2);
        assert_eq!(dez[0].zeit, "09:00–10:00 Uhr");
        assert_eq!(dez[0].plaetze, "0 von 5");
        assert_eq!(
            termine_im_monat(&tk, Datum::neu(2027, 1, 1).unwrap())[0].ort,
            "online"
        );
        assert_eq!(monate_mit_terminen(&tk).len(), 2);
        assert_eq!(monatsname(tag(1)), "Dezember 2026");
        assert_eq!(wochentag(tag(5)), "Sa");
        assert_eq!(wochentag(Datum::neu(2026, 12, 7).unwrap()), "Mo");
    }

    #[test]
    fn modul_eines_geloeschten_termins_hat_die_geloescht_bezeichnung() {
        let k = Trainingskonzept::default();
        assert_eq!(modultitel(&k, 5), "Modul 5 (gelöscht)");
    }
}
