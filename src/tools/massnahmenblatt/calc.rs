//! Calculations of the KP-Maßnahmenblatt, in integer cents throughout: the sum of tranches
//! against the approved amount, the Finanzbedarf grid per Haushaltsjahr × Kostenart, the totals
//! per Finanzierungsweg and Haushaltsjahr, and "bewilligt vs. abgerufen vs. Ist" per measure.
//!
//! **Sourced vs. ours.** Tranches released by milestone fulfilment (fachkonzept [Q:S9]) and the
//! view "Mittel bewilligt vs. abgerufen vs. Ist" (§2.5 [I]) are taken as given; the precise
//! rules below are our reconstruction:
//! - *abgerufen* = the tranches of milestones in state "Tranche abgerufen";
//! - *Ist* comes from the linked Budgetmonitor Haushaltsstelle: its payments (Buchungsart Ist,
//!   Stornos applied, on or before the Budgetmonitor's Berichtsstichtag, else today) as the
//!   Budgetmonitor counts them ([`budgetmonitor::calc::wirksame_betraege`]); when the measure
//!   also links a project that has Ansätze on this Titel, only payments charged to those
//!   Ansätze count, otherwise the whole Titel's. Without a linked Haushaltsstelle the Ist is
//!   the amount entered by hand;
//! - totals per Finanzierungsweg and Haushaltsjahr leave out refused measures (abgelehnt);
//! - Betrieb in the Finanzbedarf gets a note, because project budgets such as the
//!   Digitalisierungsbudget exclude Regelbetrieb (fachkonzept [Q:S57]).

use std::collections::BTreeSet;

use super::model::{Kostenart, Massnahme, Massnahmenblatt, Meilensteinstatus, Status};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datum::Datum;
use crate::shared::format::euro;
use crate::shared::sortieren::{Einsammeln, Sortieren};
use crate::tools::budgetmonitor;
use crate::tools::budgetmonitor::model::{Buchungsart, Budgetmonitor};

/// The note shown wherever Betrieb is requested.
pub const HINWEIS_BETRIEB: &str =
    "Betrieb beantragt: Projektbudgets wie das Digitalisierungsbudget \
     schließen den Regelbetrieb oft aus. Klären Sie, aus welchem Titel der Betrieb nach dem \
     Projektende bezahlt wird.";

/// How the sum of tranches compares with the approved amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tranchenpruefung {
    /// No amount approved yet: the sum of tranches and the requested Finanzbedarf.
    OhneBewilligung {
        /// Sum of tranches.
        tranchen: i64,
        /// Finanzbedarf requested in total.
        bedarf: i64,
    },
    /// The tranches add up to the approved amount.
    Gleich(i64),
    /// The tranches stay below by this much.
    Darunter(i64),
    /// The tranches exceed by this much.
    Darueber(i64),
}

impl Tranchenpruefung {
    /// In words (never by colour alone).
    pub fn text(self) -> String {
        match self {
            Tranchenpruefung::OhneBewilligung { tranchen, bedarf } => format!(
                "Noch kein Betrag bewilligt. Summe der Tranchen {}, beantragter Finanzbedarf {}.",
                euro(tranchen),
                euro(bedarf)
            ),
            Tranchenpruefung::Gleich(b) => format!(
                "✓ Die Summe der Tranchen entspricht dem bewilligten Betrag ({}).",
                euro(b)
            ),
            Tranchenpruefung::Darunter(d) => format!(
                "Die Summe der Tranchen liegt {} unter dem bewilligten Betrag: noch nicht verplant.",
                euro(d)
            ),
            Tranchenpruefung::Darueber(d) => format!(
                "⚠ Die Summe der Tranchen übersteigt den bewilligten Betrag um {}.",
                euro(d)
            ),
        }
    }

    /// Whether the check is a problem (tranches above the approved amount).
    pub fn ist_fehler(self) -> bool {
        matches!(self, Tranchenpruefung::Darueber(_))
    }
}

/// The sum of tranches of measure `m` against its approved amount.
pub fn tranchenpruefung(plan: &Massnahmenblatt, m: &Massnahme) -> Tranchenpruefung {
    let tranchen = plan.tranchensumme(m.id, None);
    match m.bewilligt_cent {
        None => Tranchenpruefung::OhneBewilligung {
            tranchen,
            bedarf: bedarf_gesamt(plan, m.id),
        },
        Some(b) if tranchen == b => Tranchenpruefung::Gleich(b),
        Some(b) if tranchen < b => Tranchenpruefung::Darunter(b - tranchen),
        Some(b) => Tranchenpruefung::Darueber(tranchen - b),
    }
}

/// The whole Finanzbedarf of measure `id`.
pub fn bedarf_gesamt(plan: &Massnahmenblatt, id: u32) -> i64 {
    plan.bedarf
        .iter()
        .filter(|b| b.massnahme == id)
        .map(|b| b.betrag_cent)
        .sum()
}

/// The Finanzbedarf of one measure as a grid: one row per Kostenart (all five), one column
/// per Haushaltsjahr, with row, column and grand totals.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Finanzplan {
    /// The Haushaltsjahre with any entry, ascending.
    pub jahre: Vec<i32>,
    /// Per Kostenart: the amount per year (in the order of `jahre`) and the row total.
    pub zeilen: Vec<(Kostenart, Vec<i64>, i64)>,
    /// Total per year.
    pub spaltensummen: Vec<i64>,
    /// Grand total.
    pub gesamt: i64,
    /// Whether Betrieb is requested (the note [`HINWEIS_BETRIEB`] applies).
    pub mit_betrieb: bool,
}

/// The Finanzbedarf grid of measure `id`.
pub fn finanzplan(plan: &Massnahmenblatt, id: u32) -> Finanzplan {
    let eintraege = plan.bedarf_von(id);
    let jahre: Vec<i32> = eintraege.iter().map(|b| b.jahr).sortiert_einmal();
    let zeilen: Vec<(Kostenart, Vec<i64>, i64)> = Kostenart::ALLE
        .iter()
        .map(|&k| {
            let werte: Vec<i64> = jahre
                .iter()
                .map(|&j| {
                    eintraege
                        .iter()
                        .filter(|b| b.jahr == j && b.kostenart == k)
                        .map(|b| b.betrag_cent)
                        .sum()
                })
                .collect();
            let summe = werte.iter().sum();
            (k, werte, summe)
        })
        .collect();
    let spaltensummen: Vec<i64> = (0..jahre.len())
        .map(|i| zeilen.iter().map(|(_, w, _)| w[i]).sum())
        .collect();
    let gesamt = spaltensummen.iter().sum();
    let mit_betrieb = eintraege
        .iter()
        .any(|b| b.kostenart == Kostenart::Betrieb && b.betrag_cent > 0);
    Finanzplan {
        jahre,
        zeilen,
        spaltensummen,
        gesamt,
        mit_betrieb,
    }
}

/// The totals of all measures but refused ones: Finanzbedarf per Finanzierungsweg (rows) and
/// Haushaltsjahr (columns), and the approved amounts per Finanzierungsweg.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Summen {
    /// Haushaltsjahre with any Finanzbedarf, ascending.
    pub jahre: Vec<i32>,
    /// Per Finanzierungsweg (name; "ohne Finanzierungsweg" last): per year, total, bewilligt.
    pub zeilen: Vec<(String, Vec<i64>, i64, i64)>,
    /// Total per year.
    pub spaltensummen: Vec<i64>,
    /// Total Finanzbedarf.
    pub gesamt: i64,
    /// Total approved.
    pub bewilligt: i64,
}

/// Name of the row of measures without a Finanzierungsweg.
pub const OHNE_WEG: &str = "ohne Finanzierungsweg";

/// The totals per Finanzierungsweg and Haushaltsjahr.
pub fn summen(plan: &Massnahmenblatt) -> Summen {
    let zaehlt: Vec<&Massnahme> = plan
        .massnahmen
        .iter()
        .filter(|m| m.status != Status::Abgelehnt)
        .collect();
    let ids: BTreeSet<u32> = zaehlt.iter().map(|m| m.id).collect();
    let jahre: Vec<i32> = plan
        .bedarf
        .iter()
        .filter(|b| ids.contains(&b.massnahme))
        .map(|b| b.jahr)
        .sortiert_einmal();
    let mut wege: Vec<Option<u32>> = plan.wege.iter().map(|w| Some(w.id)).collect();
    for m in &zaehlt {
        if !wege.contains(&m.weg) {
            wege.push(m.weg);
        }
    }
    // Measures without a route last.
    wege.sortiere_nach_schluessel(|w| w.is_none());
    let zeilen: Vec<(String, Vec<i64>, i64, i64)> = wege
        .into_iter()
        .filter_map(|weg| {
            let eigene: Vec<&&Massnahme> = zaehlt.iter().filter(|m| m.weg == weg).collect();
            if eigene.is_empty() {
                return None;
            }
            let werte: Vec<i64> = jahre
                .iter()
                .map(|&j| {
                    plan.bedarf
                        .iter()
                        .filter(|b| b.jahr == j && eigene.iter().any(|m| m.id == b.massnahme))
                        .map(|b| b.betrag_cent)
                        .sum()
                })
                .collect();
            let summe = werte.iter().sum();
            let bewilligt = eigene.iter().filter_map(|m| m.bewilligt_cent).sum();
            let name = match weg {
                None => OHNE_WEG.to_owned(),
                Some(_) => plan.wegname(weg),
            };
            Some((name, werte, summe, bewilligt))
        })
        .collect();
    let spaltensummen: Vec<i64> = (0..jahre.len())
        .map(|i| zeilen.iter().map(|(_, w, _, _)| w[i]).sum())
        .collect();
    Summen {
        gesamt: spaltensummen.iter().sum(),
        bewilligt: zeilen.iter().map(|z| z.3).sum(),
        jahre,
        zeilen,
        spaltensummen,
    }
}

/// Where a measure's Ist comes from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Istquelle {
    /// From the linked Haushaltsstelle's payments at the Stichtag; `projekt`: only those charged
    /// to the linked project's Ansätze.
    Haushaltsstelle {
        /// "0634/532 01 (2026)".
        bezeichnung: String,
        /// Stichtag of the figures.
        stichtag: Datum,
        /// Only the project's Ansätze counted.
        projekt: bool,
    },
    /// The linked Haushaltsstelle no longer exists.
    Geloescht(String),
    /// Entered by hand.
    VonHand,
    /// Nothing linked or entered.
    Keine,
}

impl Istquelle {
    /// In words, for the page and the export.
    pub fn text(&self) -> String {
        match self {
            Istquelle::Haushaltsstelle { bezeichnung, stichtag, projekt: true } => format!(
                "Buchungen der Haushaltsstelle {bezeichnung} auf die Ansätze des Projekts, Stand {}",
                stichtag.deutsch()
            ),
            Istquelle::Haushaltsstelle { bezeichnung, stichtag, projekt: false } => format!(
                "Buchungen der Haushaltsstelle {bezeichnung} (ganzer Titel), Stand {}",
                stichtag.deutsch()
            ),
            Istquelle::Geloescht(text) => text.clone(),
            Istquelle::VonHand => "von Hand erfasst".to_owned(),
            Istquelle::Keine => "nicht erfasst".to_owned(),
        }
    }
}

/// "bewilligt vs. abgerufen vs. Ist" of one measure.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Mittel {
    /// Approved amount.
    pub bewilligt: Option<i64>,
    /// Sum of all tranches.
    pub tranchen: i64,
    /// Tranches called.
    pub abgerufen: i64,
    /// Ist (`None`: none linked or entered).
    pub ist: Option<i64>,
    /// Where the Ist comes from.
    pub quelle: Istquelle,
    /// Requested Finanzbedarf.
    pub bedarf: i64,
}

/// The Haushaltsstelle's name as the Budgetmonitor writes it, with its year.
pub fn haushaltsstelle_text(h: &budgetmonitor::model::Haushaltsstelle) -> String {
    format!("{} ({})", h.bezeichnung(), h.haushaltsjahr)
}

/// The payments (Ist) of Haushaltsstelle `hst` at `stichtag`; with `projekt`, only those charged
/// to that project's Ansätze on this Titel if it has any. `None` if the Haushaltsstelle does
/// not exist; the flag says whether the project filter applied.
pub fn ist_der_haushaltsstelle(
    bm: &Budgetmonitor,
    hst: u32,
    projekt: Option<u32>,
    stichtag: Datum,
) -> Option<(i64, bool)> {
    bm.haushaltsstelle(hst)?;
    let ansaetze: Vec<u32> = bm
        .ansaetze
        .iter()
        .filter(|a| a.haushaltsstelle == hst && projekt.is_some() && a.projekt == projekt)
        .map(|a| a.id)
        .collect();
    let nur_projekt = !ansaetze.is_empty();
    let wirksam = budgetmonitor::calc::wirksame_betraege(bm, stichtag);
    let ist = bm
        .buchungen
        .iter()
        .filter(|b| b.haushaltsstelle == hst && b.art == Buchungsart::Ist)
        .filter(|b| !nur_projekt || b.ansatz.is_some_and(|a| ansaetze.contains(&a)))
        .filter_map(|b| wirksam.get(&b.id))
        .sum();
    Some((ist, nur_projekt))
}

/// bewilligt, abgerufen and Ist of measure `m` in workspace `ab`; `heute` is the Stichtag when
/// the Budgetmonitor has none.
pub fn mittel(ab: &Arbeitsbereich, m: &Massnahme, heute: Datum) -> Mittel {
    let plan = &ab.werkzeuge.massnahmenblatt;
    let eigene = plan.meilensteine.iter().filter(|x| x.massnahme == m.id);
    let tranchen = eigene.clone().map(|x| x.tranche_cent).sum();
    let abgerufen = eigene
        .filter(|x| x.status == Meilensteinstatus::Abgerufen)
        .map(|x| x.tranche_cent)
        .sum();
    let bm = &ab.werkzeuge.budgetmonitor;
    let (ist, quelle) = match m.haushaltsstelle {
        Some(hst) => {
            let stichtag = bm.stichtag.unwrap_or(heute);
            match (
                bm.haushaltsstelle(hst),
                ist_der_haushaltsstelle(bm, hst, m.projekt, stichtag),
            ) {
                (Some(h), Some((ist, projekt))) => (
                    Some(ist),
                    Istquelle::Haushaltsstelle {
                        bezeichnung: haushaltsstelle_text(h),
                        stichtag,
                        projekt,
                    },
                ),
                _ => (
                    m.ist_manuell_cent,
                    Istquelle::Geloescht(crate::shared::text::geloescht(
                        "Haushaltsstelle",
                        &hst.to_string(),
                    )),
                ),
            }
        }
        None if m.ist_manuell_cent.is_some() => (m.ist_manuell_cent, Istquelle::VonHand),
        None => (None, Istquelle::Keine),
    };
    Mittel {
        bewilligt: m.bewilligt_cent,
        tranchen,
        abgerufen,
        ist,
        quelle,
        bedarf: bedarf_gesamt(plan, m.id),
    }
}

/// The Haushaltsstellen a measure can link to: `(id, "0634/532 01 (2026) – Zweckbestimmung")`.
pub fn haushaltsstellen(ab: &Arbeitsbereich) -> Vec<(u32, String)> {
    let mut liste: Vec<_> = ab
        .werkzeuge
        .budgetmonitor
        .haushaltsstellen
        .iter()
        .map(|h| {
            let zweck = h.zweckbestimmung.trim();
            let text = if zweck.is_empty() {
                haushaltsstelle_text(h)
            } else {
                format!("{} – {zweck}", haushaltsstelle_text(h))
            };
            ((h.haushaltsjahr, h.bezeichnung()), h.id, text)
        })
        .collect();
    liste.sortiere();
    liste.into_iter().map(|(_, id, t)| (id, t)).collect()
}

/// The projects a measure can link to: `(id, "P-2026-001 Wohngeld digital")`.
pub fn projekte(ab: &Arbeitsbereich) -> Vec<(u32, String)> {
    ab.werkzeuge
        .multiprojektplan
        .projekte
        .iter()
        .map(|p| (p.id, format!("{} {}", p.kennung, p.titel)))
        .collect()
}

/// The project's title, or "(gelöscht)" when it no longer exists; flag: deleted.
pub fn projekt_text(ab: &Arbeitsbereich, id: u32) -> (String, bool) {
    match ab.werkzeuge.multiprojektplan.projekt(id) {
        Some(p) => (format!("{} {}", p.kennung, p.titel), false),
        None => (
            crate::shared::text::geloescht("Projekt", &id.to_string()),
            true,
        ),
    }
}

/// The Haushaltsstelle's name, or "(gelöscht)"; flag: deleted.
pub fn haushaltsstelle_name(ab: &Arbeitsbereich, id: u32) -> (String, bool) {
    match ab.werkzeuge.budgetmonitor.haushaltsstelle(id) {
        Some(h) => (haushaltsstelle_text(h), false),
        None => (
            crate::shared::text::geloescht("Haushaltsstelle", &id.to_string()),
            true,
        ),
    }
}

/// The measure's OZG-Leistungen: linked Zielstufenplaner Leistungen ("10340 Wohngeld
/// beantragen", or "(gelöscht)") with their id and whether they are gone, then the free IDs.
pub fn leistungen(ab: &Arbeitsbereich, m: &Massnahme) -> Vec<(Option<u32>, String, bool)> {
    let zsp = &ab.werkzeuge.zielstufenplaner;
    m.leistungen
        .iter()
        .map(|&id| match zsp.leistung(id) {
            Some(l) => (Some(id), format!("{} {}", l.ozg_id, l.bezeichnung), false),
            None => (
                Some(id),
                crate::shared::text::geloescht("Leistung", &id.to_string()),
                true,
            ),
        })
        .chain(m.weitere_ids.iter().map(|t| (None, t.clone(), false)))
        .collect()
}

/// The Leistungen of the Zielstufenplaner a measure can link to: `(id, "10340 Wohngeld beantragen")`.
pub fn leistungsauswahl(ab: &Arbeitsbereich) -> Vec<(u32, String)> {
    ab.werkzeuge
        .zielstufenplaner
        .leistungen
        .iter()
        .map(|l| (l.id, format!("{} {}", l.ozg_id, l.bezeichnung)))
        .collect()
}

/// Measures sorted by Maßnahmen-ID (DIN 5007, numbers by value).
pub fn sortiert(plan: &Massnahmenblatt) -> Vec<&Massnahme> {
    let mut liste: Vec<&Massnahme> = plan.massnahmen.iter().collect();
    liste.sortiere_nach(|a, b| crate::shared::text::vergleiche(&a.kennung, &b.kennung));
    liste
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::budgetmonitor::model::{Ansatz, Buchung, Haushaltsstelle};
    use crate::tools::massnahmenblatt::model::{Meilenstein, Status};

    fn tag(m: u32, t: u32) -> Datum {
        Datum::neu(2026, m, t).unwrap()
    }

    fn plan_mit(
        bewilligt: Option<i64>,
        tranchen: &[(i64, Meilensteinstatus)],
    ) -> (Massnahmenblatt, Massnahme) {
        let mut plan = Massnahmenblatt::default();
        let id = plan.speichere_massnahme(Massnahme {
            kennung: "M-1".into(),
            titel: "T".into(),
            bewilligt_cent: bewilligt,
            weg: Some(3),
            ..Massnahme::default()
        });
        for &(t, status) in tranchen {
            plan.speichere_meilenstein(Meilenstein {
                massnahme: id,
                bezeichnung: "x".into(),
                termin: Some(tag(3, 1)),
                tranche_cent: t,
                status,
                ..Meilenstein::default()
            });
        }
        let m = plan.massnahme(id).unwrap().clone();
        (plan, m)
    }

    #[test]
    fn tranchensumme_gegen_bewilligten_betrag() {
        use Meilensteinstatus::*;
        let (plan, m) = plan_mit(Some(30_000), &[(10_000, Abgerufen), (20_000, Offen)]);
        assert_eq!(
            tranchenpruefung(&plan, &m),
            Tranchenpruefung::Gleich(30_000)
        );
        let (plan, m) = plan_mit(Some(35_000), &[(10_000, Abgerufen), (20_000, Offen)]);
        assert_eq!(
            tranchenpruefung(&plan, &m),
            Tranchenpruefung::Darunter(5_000)
        );
        assert!(tranchenpruefung(&plan, &m)
            .text()
            .contains("50,00\u{a0}€ unter"));
        let (plan, m) = plan_mit(Some(25_000), &[(10_000, Abgerufen), (20_000, Offen)]);
        let p = tranchenpruefung(&plan, &m);
        assert_eq!(p, Tranchenpruefung::Darueber(5_000));
        assert!(p.ist_fehler() && p.text().starts_with('⚠'));
        let (mut plan, m) = plan_mit(None, &[(10_000, Offen)]);
        plan.setze_bedarf(m.id, 2026, Kostenart::Personal, 40_000);
        assert_eq!(
            tranchenpruefung(&plan, &m),
            Tranchenpruefung::OhneBewilligung {
                tranchen: 10_000,
                bedarf: 40_000
            }
        );
    }

    #[test]
    fn finanzplan_mit_zeilen_spalten_und_betriebshinweis() {
        let (mut plan, m) = plan_mit(None, &[]);
        plan.setze_bedarf(m.id, 2027, Kostenart::ExterneDienstleistung, 50_000);
        plan.setze_bedarf(m.id, 2026, Kostenart::ExterneDienstleistung, 100_000);
        plan.setze_bedarf(m.id, 2026, Kostenart::Lizenzen, 1);
        let f = finanzplan(&plan, m.id);
        assert_eq!(f.jahre, [2026, 2027]);
        assert_eq!(f.zeilen.len(), 5, "alle Kostenarten");
        assert_eq!(
            f.zeilen[0],
            (
                Kostenart::ExterneDienstleistung,
                vec![100_000, 50_000],
                150_000
            )
        );
        assert_eq!(f.spaltensummen, [100_001, 50_000]);
        assert_eq!(f.gesamt, 150_001);
        assert!(!f.mit_betrieb);
        plan.setze_bedarf(m.id, 2028, Kostenart::Betrieb, 2_000);
        assert!(finanzplan(&plan, m.id).mit_betrieb);
        assert_eq!(
            finanzplan(&plan, 999),
            Finanzplan {
                zeilen: Kostenart::ALLE.iter().map(|&k| (k, vec![], 0)).collect(),
                ..Finanzplan::default()
            }
        );
    }

    #[test]
    fn summen_je_weg_und_jahr_ohne_abgelehnte() {
        let mut plan = Massnahmenblatt::default();
        for (kennung, weg, status, bewilligt, jahre) in [
            (
                "M-1",
                Some(3),
                Status::Bewilligt,
                Some(70_000),
                vec![(2026, 30_000), (2027, 40_000)],
            ),
            ("M-2", Some(3), Status::Entwurf, None, vec![(2027, 10_000)]),
            (
                "M-3",
                Some(4),
                Status::InUmsetzung,
                Some(5_000),
                vec![(2028, 5_000)],
            ),
            ("M-4", None, Status::Eingereicht, None, vec![(2026, 1_000)]),
            (
                "M-5",
                Some(4),
                Status::Abgelehnt,
                None,
                vec![(2030, 99_900)],
            ),
        ] {
            let id = plan.speichere_massnahme(Massnahme {
                kennung: kennung.into(),
                titel: "T".into(),
                weg,
                status,
                bewilligt_cent: bewilligt,
                ..Massnahme::default()
            });
            for (j, b) in jahre {
                plan.setze_bedarf(id, j, Kostenart::Personal, b);
            }
        }
        let s = summen(&plan);
        assert_eq!(s.jahre, [2026, 2027, 2028], "2030 nur in der abgelehnten");
        assert_eq!(
            s.zeilen,
            vec![
                (
                    "KP Weg 3".to_owned(),
                    vec![30_000, 50_000, 0],
                    80_000,
                    70_000
                ),
                ("Stammhaushalt".to_owned(), vec![0, 0, 5_000], 5_000, 5_000),
                (OHNE_WEG.to_owned(), vec![1_000, 0, 0], 1_000, 0),
            ]
        );
        assert_eq!(s.spaltensummen, [31_000, 50_000, 5_000]);
        assert_eq!((s.gesamt, s.bewilligt), (86_000, 75_000));
    }

    #[test]
    fn ist_aus_den_buchungen_der_haushaltsstelle_sonst_von_hand() {
        let mut ab = Arbeitsbereich::neu("t", "T", "2026-01-01T00:00:00Z");
        let bm = &mut ab.werkzeuge.budgetmonitor;
        bm.stichtag = Some(tag(6, 30));
        bm.haushaltsstellen.push(Haushaltsstelle {
            id: 1,
            haushaltsjahr: 2026,
            kapitel: "0634".into(),
            titel: "532 01".into(),
            ..Haushaltsstelle::default()
        });
        bm.ansaetze.push(Ansatz {
            id: 2,
            haushaltsstelle: 1,
            projekt: Some(7),
            ..Ansatz::default()
        });
        let buchung = |id, art, monat, betrag, ansatz, bezug| Buchung {
            id,
            haushaltsstelle: 1,
            art,
            datum: Some(tag(monat, 1)),
            betrag,
            ansatz,
            bezug,
            ..Buchung::default()
        };
        bm.buchungen = vec![
            buchung(10, Buchungsart::Ist, 2, 10_000, Some(2), None),
            buchung(11, Buchungsart::Ist, 3, 4_000, None, None),
            buchung(12, Buchungsart::Storno, 4, 1_000, None, Some(10)),
            buchung(13, Buchungsart::Ist, 7, 100_000, Some(2), None),
            buchung(14, Buchungsart::Festlegung, 1, 500_000, Some(2), None),
        ];
        let (mut plan, mut m) = plan_mit(
            Some(100_000),
            &[
                (20_000, Meilensteinstatus::Abgerufen),
                (30_000, Meilensteinstatus::Erfuellt),
            ],
        );
        m.ist_manuell_cent = Some(5_500);
        ab.werkzeuge.massnahmenblatt = plan.clone();
        let heute = tag(12, 1);
        let x = mittel(&ab, &m, heute);
        assert_eq!(
            (x.bewilligt, x.tranchen, x.abgerufen, x.ist),
            (Some(100_000), 50_000, 20_000, Some(5_500))
        );
        assert_eq!(x.quelle, Istquelle::VonHand);
        m.haushaltsstelle = Some(1);
        let x = mittel(&ab, &m, heute);
        // Whole Titel: 100 − 10 (Storno) + 40; the July payment is after the Stichtag.
        assert_eq!(x.ist, Some(13_000));
        assert!(matches!(
            x.quelle,
            Istquelle::Haushaltsstelle { projekt: false, .. }
        ));
        m.projekt = Some(7);
        let x = mittel(&ab, &m, heute);
        assert_eq!(x.ist, Some(9_000), "nur die Ansätze des Projekts");
        assert!(
            x.quelle.text().contains("0634/532 01 (2026)")
                && x.quelle.text().contains("30.06.2026")
        );
        ab.werkzeuge.budgetmonitor.haushaltsstellen.clear();
        let x = mittel(&ab, &m, heute);
        assert!(matches!(x.quelle, Istquelle::Geloescht(_)));
        plan.massnahmen.clear();
        assert_eq!(
            mittel(&ab, &Massnahme::default(), heute).quelle,
            Istquelle::Keine
        );
    }
}
