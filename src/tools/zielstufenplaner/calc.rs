//! Calculations of the Zielstufenplaner (fachkonzept §2.4): the overall level as the minimum
//! over the criteria with the limiting criteria, the current level of a Leistung, counts per
//! level ("online" ab Stufe 2 and "OZG-konform" ab Stufe 3, reported separately), the gap to
//! OZG-Konformität, the conditional questions of the Reifegrad-Check and their suggested
//! level, the checks of a stage plan (ascending levels and dates, overdue, verschoben), the
//! stage ladder, the heatmap, the Nachweis matrix and reading a pasted list of Leistungen.

use std::collections::BTreeMap;

use super::model::{
    ist_dublette, pruefe_leika_id, Bewertung, Katalog, LeikaTyp, Leistung, Modell, Nachweisstufe,
    Sdg, Themenfeld, Vorschlag, Zielstufe, Zielstufenplaner, Zielstufenstatus,
};
use crate::shared::datum::Datum;
use crate::shared::sortieren::{Einsammeln, Sortieren};
use crate::tools::multiprojektplan::model::{Bezug, Multiprojektplan};

/// Overall result of an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gesamt {
    /// Every confirmed criterion rated or "n. a.": the level is the minimum over the rated
    /// criteria, `limitierend` the criteria at it.
    Vollstaendig {
        /// Overall level = min over the rated criteria.
        stufe: u8,
        /// Numbers of all criteria at the minimum (ascending).
        limitierend: Vec<u8>,
        /// Unrated criteria whose names are unconfirmed ("bitte prüfen"): they do not block
        /// the overall level while unrated (ascending).
        ungeprueft: Vec<u8>,
    },
    /// A confirmed criterion unrated (or nothing rated at all): no overall level; the
    /// assessment is a draft.
    Unvollstaendig {
        /// Numbers of the unrated criteria that block (ascending).
        fehlend: Vec<u8>,
    },
}

impl Gesamt {
    /// The overall level, if complete.
    pub fn stufe(&self) -> Option<u8> {
        match self {
            Gesamt::Vollstaendig { stufe, .. } => Some(*stufe),
            Gesamt::Unvollstaendig { .. } => None,
        }
    }

    /// Whether the assessment yields an overall level.
    pub fn ist_vollstaendig(&self) -> bool {
        self.stufe().is_some()
    }
}

/// The level of criterion `k` in an assessment: `None` unrated, `Some(None)` "n. a.",
/// `Some(Some(level))` rated (values above the scale count as its highest level).
pub fn kriteriumswert(bewertung: &Bewertung, k: u8) -> Option<Option<u8>> {
    if bewertung.nicht_anwendbar.contains(&k) {
        return Some(None);
    }
    bewertung
        .werte
        .get(&k)
        .map(|&w| Some(w.min(bewertung.modell.hoechste_stufe())))
}

/// Overall level of an assessment (minimum rule, Q:S3): the minimum over the rated criteria of
/// its model. Criteria marked "n. a." are left out; unrated criteria whose names `katalog`
/// marks "bitte prüfen" do not block (they are listed as `ungeprueft`); any other unrated
/// criterion leaves the assessment incomplete. For RGM 2.0 the minimum rule itself is our
/// reading (the UI marks it "bitte prüfen").
pub fn gesamt(bewertung: &Bewertung, katalog: &Katalog) -> Gesamt {
    let modell = bewertung.modell;
    let unbestaetigt = |k: u8| {
        katalog.modell == modell
            && katalog
                .kriterien
                .iter()
                .any(|kr| kr.nr == k && kr.bitte_pruefen)
    };
    let mut bewertet = Vec::new();
    let mut fehlend = Vec::new();
    let mut ungeprueft = Vec::new();
    for k in 1..=modell.kriterienzahl() {
        match kriteriumswert(bewertung, k) {
            Some(Some(w)) => bewertet.push((k, w)),
            Some(None) => {}
            None if unbestaetigt(k) => ungeprueft.push(k),
            None => fehlend.push(k),
        }
    }
    let Some(stufe) = bewertet.iter().map(|&(_, w)| w).min() else {
        // Nothing rated: no level, whatever is open blocks.
        fehlend.extend(ungeprueft);
        fehlend.sortiere();
        if fehlend.is_empty() {
            fehlend = (1..=modell.kriterienzahl()).collect();
        }
        return Gesamt::Unvollstaendig { fehlend };
    };
    if !fehlend.is_empty() {
        return Gesamt::Unvollstaendig { fehlend };
    }
    let limitierend = bewertet
        .iter()
        .filter(|&&(_, w)| w == stufe)
        .map(|&(k, _)| k)
        .collect();
    Gesamt::Vollstaendig {
        stufe,
        limitierend,
        ungeprueft,
    }
}

/// "Leistungsbeschreibung, Nutzerkonto" for criterion numbers.
pub fn kriterienliste(katalog: &Katalog, nummern: &[u8]) -> String {
    nummern
        .iter()
        .map(|&k| format!("K{k} {}", katalog.kriteriumsname(k)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What limits a Leistung's level, in a few words for lists: the limiting criteria, or which
/// are missing; empty if it was never assessed.
pub fn begrenzung_kurz(katalog: &Katalog, gesamt: Option<&Gesamt>) -> String {
    match gesamt {
        None => String::new(),
        Some(Gesamt::Vollstaendig { limitierend, .. }) => kriterienliste(katalog, limitierend),
        Some(Gesamt::Unvollstaendig { fehlend }) => {
            format!(
                "unvollständig, es fehlen: {}",
                kriterienliste(katalog, fehlend)
            )
        }
    }
}

/// The same as a sentence for the Leistung's page.
pub fn begrenzung_satz(katalog: &Katalog, gesamt: Option<&Gesamt>) -> String {
    match gesamt {
        None => format!("Noch keine Bewertung im {}.", katalog.modell.kurz()),
        Some(Gesamt::Vollstaendig {
            limitierend,
            ungeprueft,
            ..
        }) => {
            let mut satz = format!("Begrenzt durch: {}.", kriterienliste(katalog, limitierend));
            if !ungeprueft.is_empty() {
                satz.push_str(&format!(
                    " Nicht bewertet, blockieren aber nicht (Name unbestätigt, bitte prüfen): {}.",
                    kriterienliste(katalog, ungeprueft)
                ));
            }
            satz
        }
        Some(Gesamt::Unvollstaendig { fehlend }) => format!(
            "Kein Gesamt-Reifegrad: es gibt nur einen unvollständigen Entwurf, es fehlen {}.",
            kriterienliste(katalog, fehlend)
        ),
    }
}

/// OZG threshold of a model: RGM 1.1 Stufe 3 (sourced). For RGM 2.0 we use Stufe 3 as well,
/// the end of the frontend levels 0–3 (our reading, labelled as such).
pub fn ozg_schwelle(_modell: Modell) -> u8 {
    3
}

/// "online" by the counting of the OZG-Dashboard (Q:S2): RGM 1.1 Stufe 2. For RGM 2.0 we use
/// Stufe 2 as well (frontend level; our reading, labelled "bitte prüfen").
pub const ONLINE_AB: u8 = 2;

/// The assessments of a Leistung in `modell` that count today: the newest complete one (the
/// current level) and, if the newest assessment is incomplete, that draft. An incomplete draft
/// never hides the last complete assessment.
pub fn aktuelle_bewertungen<'a>(
    plan: &'a Zielstufenplaner,
    leistung: u32,
    modell: Modell,
    katalog: &Katalog,
) -> (Option<&'a Bewertung>, Option<&'a Bewertung>) {
    let mut liste: Vec<&Bewertung> = plan
        .bewertungen
        .iter()
        .filter(|b| b.leistung == leistung && b.modell == modell)
        .collect();
    liste.sortiere_nach_schluessel(|b| std::cmp::Reverse((b.stichtag, b.id)));
    let vollstaendig = liste
        .iter()
        .copied()
        .find(|b| gesamt(b, katalog).ist_vollstaendig());
    let entwurf = liste
        .first()
        .copied()
        .filter(|b| !gesamt(b, katalog).ist_vollstaendig());
    (vollstaendig, entwurf)
}

/// Current state of a Leistung in its own model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stand {
    /// Model of the Leistung.
    pub modell: Modell,
    /// Result of the newest complete assessment, else of the newest draft; `None` = never
    /// assessed in that model.
    pub gesamt: Option<Gesamt>,
    /// Stichtag of the assessment `gesamt` belongs to.
    pub stichtag: Option<Datum>,
    /// A newer incomplete assessment (draft) next to a complete one: its Stichtag and the
    /// criteria it still lacks. It does not change the current level.
    pub entwurf: Option<(Option<Datum>, Vec<u8>)>,
}

impl Stand {
    /// Current overall level.
    pub fn stufe(&self) -> Option<u8> {
        self.gesamt.as_ref().and_then(Gesamt::stufe)
    }

    /// "Entwurf vom 01.03.2026 unvollständig (es fehlen K5 Bezahlprozess); zählt noch nicht"
    /// for a draft next to a complete assessment, else empty.
    pub fn entwurfstext(&self, katalog: &Katalog) -> String {
        match &self.entwurf {
            None => String::new(),
            Some((datum, fehlend)) => format!(
                "Entwurf vom {} unvollständig (es fehlen {}); zählt noch nicht",
                datum.map(Datum::deutsch).unwrap_or_else(|| "–".to_owned()),
                kriterienliste(katalog, fehlend)
            ),
        }
    }
}

/// Current state of a Leistung: the newest complete assessment in its model; a newer
/// incomplete one is reported as draft.
pub fn stand(plan: &Zielstufenplaner, leistung: &Leistung) -> Stand {
    let katalog = plan.katalog(leistung.modell);
    let (vollstaendig, entwurf) =
        aktuelle_bewertungen(plan, leistung.id, leistung.modell, &katalog);
    let gezeigt = vollstaendig.or(entwurf);
    Stand {
        modell: leistung.modell,
        gesamt: gezeigt.map(|b| gesamt(b, &katalog)),
        stichtag: gezeigt.and_then(|b| b.stichtag),
        entwurf: vollstaendig.and(entwurf).map(|b| {
            let fehlend = match gesamt(b, &katalog) {
                Gesamt::Unvollstaendig { fehlend } => fehlend,
                Gesamt::Vollstaendig { .. } => Vec::new(),
            };
            (b.stichtag, fehlend)
        }),
    }
}

/// Counts of the Leistungen of one model by current level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Zaehlung {
    /// Model.
    pub modell: Modell,
    /// Leistungen planned in this model.
    pub gesamt: usize,
    /// Count per level 0 … max.
    pub je_stufe: Vec<usize>,
    /// Never assessed.
    pub unbewertet: usize,
    /// Only incomplete assessments (drafts), no complete one.
    pub unvollstaendig: usize,
    /// Labelled threshold counts: (label, threshold, count).
    pub schwellen: Vec<(&'static str, u8, usize)>,
}

/// The labelled thresholds of a model. RGM 1.1: "online" ab Stufe 2 (dashboard logic, Q:S2)
/// and "OZG-konform" ab Stufe 3 (Q:S3) — both reported, never merged. RGM 2.0 has no
/// published counterpart; we report the end of the frontend levels (ab Stufe 3) and full
/// Ende-zu-Ende (Stufe 7), labelled as our reading.
pub fn schwellen(modell: Modell) -> &'static [(&'static str, u8)] {
    match modell {
        Modell::Rgm11 => &[
            ("Verwaltungsleistungen online (ab Stufe 2)", ONLINE_AB),
            ("Verwaltungsleistungen OZG-konform (ab Stufe 3)", 3),
        ],
        Modell::Rgm20 => &[
            (
                "Online-Antragsdienst vollständig (ab Stufe 3, eigene Lesart)",
                3,
            ),
            ("Ende-zu-Ende digital (Stufe 7)", 7),
        ],
    }
}

/// Counts per level for the Leistungen planned in `modell` (current level = latest complete
/// assessment in that model).
pub fn zaehle(plan: &Zielstufenplaner, modell: Modell) -> Zaehlung {
    let mut z = Zaehlung {
        modell,
        gesamt: 0,
        je_stufe: vec![0; modell.hoechste_stufe() as usize + 1],
        unbewertet: 0,
        unvollstaendig: 0,
        schwellen: Vec::new(),
    };
    let mut stufen = Vec::new();
    for l in plan.leistungen.iter().filter(|l| l.modell == modell) {
        z.gesamt += 1;
        let s = stand(plan, l);
        match (&s.gesamt, s.stufe()) {
            (None, _) => z.unbewertet += 1,
            (Some(_), None) => z.unvollstaendig += 1,
            (Some(_), Some(stufe)) => {
                z.je_stufe[stufe as usize] += 1;
                stufen.push(stufe);
            }
        }
    }
    z.schwellen = schwellen(modell)
        .iter()
        .map(|&(name, ab)| (name, ab, stufen.iter().filter(|&&s| s >= ab).count()))
        .collect();
    z
}

/// "online" counted per OZG-Leistung (fachkonzept §2.4, Q:S2): the Leistungen with an
/// OZG-ID grouped by it; an OZG-Leistung is online once at least one of its
/// Verwaltungsleistungen has reached Stufe 2 ([`ONLINE_AB`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OzgZaehlung {
    /// Distinct OZG-IDs.
    pub ozg_leistungen: usize,
    /// OZG-Leistungen with at least one Verwaltungsleistung ab Stufe 2.
    pub ozg_online: usize,
    /// Verwaltungsleistungen (records) with an OZG-ID.
    pub verwaltungsleistungen: usize,
    /// Of them ab Stufe 2 (current level in their own model).
    pub verwaltungsleistungen_online: usize,
    /// Records without OZG-ID (not in the OZG count).
    pub ohne_ozg_id: usize,
    /// Whether a Leistung in RGM 2.0 took part (Stufe 2 there is our reading).
    pub mit_rgm20: bool,
}

/// Counts "online" per OZG-Leistung and per Verwaltungsleistung over both models.
pub fn zaehle_ozg(plan: &Zielstufenplaner) -> OzgZaehlung {
    let mut z = OzgZaehlung::default();
    let mut online: BTreeMap<String, bool> = BTreeMap::new();
    for l in &plan.leistungen {
        let ozg = l.ozg_id.trim().to_lowercase();
        if ozg.is_empty() {
            z.ohne_ozg_id += 1;
            continue;
        }
        let ist_online = stand(plan, l).stufe().is_some_and(|s| s >= ONLINE_AB);
        z.verwaltungsleistungen += 1;
        z.verwaltungsleistungen_online += usize::from(ist_online);
        z.mit_rgm20 |= l.modell == Modell::Rgm20;
        *online.entry(ozg).or_default() |= ist_online;
    }
    z.ozg_leistungen = online.len();
    z.ozg_online = online.values().filter(|&&o| o).count();
    z
}

/// One Leistung below the OZG threshold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Luecke {
    /// Leistung id.
    pub leistung: u32,
    /// Current level.
    pub stufe: u8,
    /// Abstand zur OZG-Konformität = threshold − level.
    pub abstand: u8,
    /// Criteria below the threshold (they all block), ascending.
    pub blockierend: Vec<u8>,
    /// Criteria at the minimum.
    pub limitierend: Vec<u8>,
}

/// Leistungen whose current level is below the OZG threshold of their model, lowest first.
/// Blocking criteria are all criteria below the threshold (raising only the limiting ones
/// would not suffice when several lie below it).
pub fn unter_ozg(plan: &Zielstufenplaner) -> Vec<Luecke> {
    let mut liste = Vec::new();
    for l in &plan.leistungen {
        let katalog = plan.katalog(l.modell);
        let Some(b) = aktuelle_bewertungen(plan, l.id, l.modell, &katalog).0 else {
            continue;
        };
        let Gesamt::Vollstaendig {
            stufe, limitierend, ..
        } = gesamt(b, &katalog)
        else {
            continue;
        };
        let schwelle = ozg_schwelle(l.modell);
        if stufe >= schwelle {
            continue;
        }
        let blockierend = (1..=l.modell.kriterienzahl())
            .filter(|&k| kriteriumswert(b, k).flatten().is_some_and(|w| w < schwelle))
            .collect();
        liste.push(Luecke {
            leistung: l.id,
            stufe,
            abstand: schwelle - stufe,
            blockierend,
            limitierend,
        });
    }
    liste.sortiere_nach_schluessel(|x| (x.stufe, x.leistung));
    liste
}

/// The questions of one criterion that are shown for the given answers: without condition, or
/// whose condition question is itself shown and answered as required.
pub fn sichtbare_fragen<'a>(
    katalog: &'a Katalog,
    kriterium: u8,
    antworten: &BTreeMap<u32, bool>,
) -> Vec<&'a super::model::Frage> {
    let mut sichtbar: Vec<&super::model::Frage> = Vec::new();
    for f in katalog.fragen_zu(kriterium) {
        let zeigen = match f.bedingung {
            None => true,
            Some((vorher, antwort)) => {
                sichtbar.iter().any(|g| g.id == vorher) && antworten.get(&vorher) == Some(&antwort)
            }
        };
        if zeigen {
            sichtbar.push(f);
        }
    }
    sichtbar
}

/// What the answers suggest for a criterion (a level or "n. a."): the first shown question
/// whose given answer names one. `None` while the path is not answered far enough. The form
/// applies it directly (still editable); the mapping is our reconstruction ("bitte prüfen").
pub fn vorschlag(
    katalog: &Katalog,
    kriterium: u8,
    antworten: &BTreeMap<u32, bool>,
) -> Option<Vorschlag> {
    sichtbare_fragen(katalog, kriterium, antworten)
        .into_iter()
        .find_map(|f| match antworten.get(&f.id) {
            Some(true) => f.stufe_bei_ja,
            Some(false) => f.stufe_bei_nein,
            None => None,
        })
}

/// A finding on a stage plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Befund {
    /// Target level lower than the previous stage's.
    ReifegradFaellt {
        /// Stage id.
        stufe: u32,
        /// Previous stage's target level.
        vorher: u8,
    },
    /// Target date before the previous stage's.
    TerminFaellt {
        /// Stage id.
        stufe: u32,
        /// Previous stage's date.
        vorher: Datum,
    },
    /// Target date passed and not reached.
    Ueberfaellig {
        /// Stage id.
        stufe: u32,
        /// Days past the date.
        tage: i64,
    },
    /// Marked as moved.
    Verschoben {
        /// Stage id.
        stufe: u32,
    },
    /// Target level already reached by the current assessment, status not "erreicht".
    SchonErreicht {
        /// Stage id.
        stufe: u32,
    },
    /// Marked "erreicht" although the current level (newest complete assessment) is below the
    /// stage's target, or no complete assessment backs it.
    ErreichtOhneBeleg {
        /// Stage id.
        stufe: u32,
        /// Current level, if any.
        ist: Option<u8>,
    },
}

impl Befund {
    /// Stage the finding is about.
    pub fn stufe(&self) -> u32 {
        match *self {
            Befund::ReifegradFaellt { stufe, .. }
            | Befund::TerminFaellt { stufe, .. }
            | Befund::Ueberfaellig { stufe, .. }
            | Befund::Verschoben { stufe }
            | Befund::SchonErreicht { stufe }
            | Befund::ErreichtOhneBeleg { stufe, .. } => stufe,
        }
    }

    /// German text.
    pub fn text(&self) -> String {
        match self {
            Befund::ReifegradFaellt { vorher, .. } => {
                format!("Ziel-Reifegrad liegt unter dem der vorigen Stufe ({vorher}).")
            }
            Befund::TerminFaellt { vorher, .. } => format!(
                "Zieltermin liegt vor dem der vorigen Stufe ({}).",
                vorher.deutsch()
            ),
            Befund::Ueberfaellig { tage, .. } => {
                format!(
                    "Überfällig: Zieltermin seit {} überschritten.",
                    crate::shared::text::anzahl(tage.unsigned_abs() as usize, "Tag", "Tagen")
                )
            }
            Befund::Verschoben { .. } => "Verschoben.".to_owned(),
            Befund::SchonErreicht { .. } => {
                "Der aktuelle Reifegrad erreicht dieses Ziel schon; Status prüfen.".to_owned()
            }
            Befund::ErreichtOhneBeleg { ist: Some(ist), .. } => format!(
                "Als „erreicht“ markiert, aber der aktuelle Reifegrad (Stufe {ist}) liegt unter dem Ziel; Status oder Bewertung prüfen."
            ),
            Befund::ErreichtOhneBeleg { ist: None, .. } => "Als „erreicht“ markiert, aber keine vollständige Bewertung belegt das Ziel; Status oder Bewertung prüfen.".to_owned(),
        }
    }
}

/// Checks the stage plan of one Leistung at `heute`: target levels must not fall and target
/// dates must not go back from stage to stage (equal is allowed: a stage may add features
/// without a new level); stages past their date and not reached are overdue; "verschoben" is
/// reported; a stage whose level the current assessment already reaches is pointed out; a
/// stage marked "erreicht" while the current level is below its target is flagged.
pub fn pruefe_plan(plan: &Zielstufenplaner, leistung: &Leistung, heute: Datum) -> Vec<Befund> {
    let ist = stand(plan, leistung).stufe();
    let mut befunde = Vec::new();
    let mut vorher_stufe: Option<u8> = None;
    let mut vorher_termin: Option<Datum> = None;
    for z in plan.zielstufen_von(leistung.id) {
        if let Some(v) = vorher_stufe {
            if z.ziel_reifegrad < v {
                befunde.push(Befund::ReifegradFaellt {
                    stufe: z.id,
                    vorher: v,
                });
            }
        }
        if let (Some(v), Some(t)) = (vorher_termin, z.zieltermin) {
            if t < v {
                befunde.push(Befund::TerminFaellt {
                    stufe: z.id,
                    vorher: v,
                });
            }
        }
        if z.status == Zielstufenstatus::Verschoben {
            befunde.push(Befund::Verschoben { stufe: z.id });
        }
        if z.status == Zielstufenstatus::Erreicht && ist.is_none_or(|i| i < z.ziel_reifegrad) {
            befunde.push(Befund::ErreichtOhneBeleg { stufe: z.id, ist });
        }
        if z.status != Zielstufenstatus::Erreicht {
            if let Some(t) = z.zieltermin {
                if t < heute {
                    befunde.push(Befund::Ueberfaellig {
                        stufe: z.id,
                        tage: t.tage_bis(heute),
                    });
                }
            }
            if ist.is_some_and(|i| i >= z.ziel_reifegrad) {
                befunde.push(Befund::SchonErreicht { stufe: z.id });
            }
        }
        vorher_stufe = Some(vorher_stufe.map_or(z.ziel_reifegrad, |v| v.max(z.ziel_reifegrad)));
        vorher_termin = match (vorher_termin, z.zieltermin) {
            (Some(v), Some(t)) => Some(v.max(t)),
            (v, t) => v.or(t),
        };
    }
    befunde
}

/// The level SDG Annex II procedures must reach in a model, and whether that is our reading.
/// RGM 1.1: Stufe 4 (Online-Transaktion, Once-Only for evidence; SDG-Verordnung (EU)
/// 2018/1724 Art. 6 and 14 with Anhang II: procedures fully online, evidence exchanged
/// Once-Only). RGM 2.0: Stufe 6 (durchgängig digital, needs NOOTS) — our reading, "bitte
/// prüfen".
pub fn sdg_ziel(modell: Modell) -> (u8, bool) {
    match modell {
        Modell::Rgm11 => (4, false),
        Modell::Rgm20 => (6, true),
    }
}

/// A finding on a Leistung as a whole (not on one stage).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Leistungsbefund {
    /// SDG Annex II service below the level it must reach.
    SdgLuecke {
        /// Current level (`None`: no complete assessment).
        ist: Option<u8>,
        /// Level required ([`sdg_ziel`]).
        ziel: u8,
        /// Whether some Zielstufe plans that level.
        geplant: bool,
        /// Target in RGM 2.0 is our reading.
        bitte_pruefen: bool,
    },
    /// Criterion K6 "Nachweise" (RGM 1.1) and the Nachweis-Reifegrade contradict each other.
    K6Widerspruch {
        /// What contradicts what.
        grund: String,
    },
}

impl Leistungsbefund {
    /// German text.
    pub fn text(&self) -> String {
        match self {
            Leistungsbefund::SdgLuecke {
                ist,
                ziel,
                geplant,
                bitte_pruefen,
            } => format!(
                "SDG-Anhang II: das Verfahren muss vollständig online und nach dem Once-Only-Prinzip laufen (Stufe {ziel}{}); aktuell {}{}.",
                if *bitte_pruefen { ", eigene Lesart, bitte prüfen" } else { "" },
                ist.map_or("keine vollständige Bewertung".to_owned(), |i| format!("Stufe {i}")),
                if *geplant { "" } else { "; keine Zielstufe plant sie" }
            ),
            Leistungsbefund::K6Widerspruch { grund } => {
                format!("Widerspruch Nachweis-Reifegrad und K6 Nachweise: {grund} (Regel rekonstruiert, bitte prüfen).")
            }
        }
    }
}

/// Findings on a Leistung as a whole: an SDG Annex II service below [`sdg_ziel`] (gap), and
/// for RGM 1.1 a contradiction between criterion K6 "Nachweise" of the current assessment and
/// the Nachweis-Reifegrade A–D (Q:S8): K6 ab Stufe 3 (evidence online) while a Nachweis is
/// still A (offline); K6 under Stufe 3 (not digital) while every Nachweis is at least B
/// (electronic); K6 "n. a." (no evidence needed) while Nachweise are recorded.
pub fn pruefe_leistung(plan: &Zielstufenplaner, leistung: &Leistung) -> Vec<Leistungsbefund> {
    let mut befunde = Vec::new();
    let katalog = plan.katalog(leistung.modell);
    let aktuell = aktuelle_bewertungen(plan, leistung.id, leistung.modell, &katalog).0;
    let ist = aktuell.and_then(|b| gesamt(b, &katalog).stufe());
    if leistung.sdg == Some(Sdg::Sdg2) {
        let (ziel, bitte_pruefen) = sdg_ziel(leistung.modell);
        if ist.is_none_or(|i| i < ziel) {
            befunde.push(Leistungsbefund::SdgLuecke {
                ist,
                ziel,
                geplant: plan
                    .zielstufen_von(leistung.id)
                    .iter()
                    .any(|z| z.ziel_reifegrad >= ziel),
                bitte_pruefen,
            });
        }
    }
    let nachweise = plan.nachweise_von(leistung.id);
    if let (Modell::Rgm11, Some(b), false) = (leistung.modell, aktuell, nachweise.is_empty()) {
        let grund = match kriteriumswert(b, 6) {
            Some(None) => Some(format!(
                "K6 ist „n. a.“ (keine Nachweise nötig), erfasst sind aber {}",
                crate::shared::text::anzahl(nachweise.len(), "Nachweis", "Nachweise")
            )),
            Some(Some(k6)) if k6 >= 3 => nachweise
                .iter()
                .find(|n| n.stufe == Nachweisstufe::A)
                .map(|n| format!("K6 Stufe {k6} (Nachweise online), aber „{}“ ist Stufe A (offline)", n.name)),
            Some(Some(k6)) if nachweise.iter().all(|n| n.stufe >= Nachweisstufe::B) => Some(format!(
                "K6 Stufe {k6} (Nachweise nicht digital beifügbar), aber alle Nachweise sind mindestens Stufe B (elektronisch)"
            )),
            _ => None,
        };
        befunde.extend(grund.map(|grund| Leistungsbefund::K6Widerspruch { grund }));
    }
    befunde
}

/// Label of a link into the Multiprojektplan as the pages show it: "P-2026-001 Elterngeld
/// digital" for a project, "P-2026-001 › Go-live" for a milestone, "Projekt 7 (gelöscht)" when
/// the target no longer exists.
pub fn verknuepfung_name(mpp: &Multiprojektplan, bezug: Bezug) -> String {
    match (bezug, mpp.existiert(bezug)) {
        (Bezug::Projekt(id), true) => mpp
            .projekt(id)
            .map(|p| format!("{} {}", p.kennung, p.titel))
            .unwrap_or_default(),
        _ => mpp.bezeichne(bezug),
    }
}

/// The label of a link for the workbook, whose legend names a deleted target "(gelöscht)".
pub fn verknuepfung_text(mpp: &Multiprojektplan, bezug: Bezug) -> String {
    if mpp.existiert(bezug) {
        verknuepfung_name(mpp, bezug)
    } else {
        "(gelöscht)".to_owned()
    }
}

/// One rung of the stage ladder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sprosse {
    /// Stage id; 0 for "heute".
    pub id: u32,
    /// Label ("Heute" or the stage's Bezeichnung).
    pub bezeichnung: String,
    /// Level (current or target); `None` = unknown today.
    pub stufe: Option<u8>,
    /// Date (Stichtag of today's assessment or Zieltermin).
    pub datum: Option<Datum>,
    /// Status text.
    pub status: String,
    /// Overdue by days.
    pub ueberfaellig: Option<i64>,
}

/// The ladder of a Leistung: today's level, then each stage by Stufe-Nr.
pub fn leiter(plan: &Zielstufenplaner, leistung: &Leistung, heute: Datum) -> Vec<Sprosse> {
    let s = stand(plan, leistung);
    let mut liste = vec![Sprosse {
        id: 0,
        bezeichnung: "Heute (Ist)".to_owned(),
        stufe: s.stufe(),
        datum: s.stichtag,
        status: match &s.gesamt {
            None => "nicht bewertet".to_owned(),
            Some(Gesamt::Unvollstaendig { .. }) => "nur unvollständiger Entwurf".to_owned(),
            Some(Gesamt::Vollstaendig { .. }) if s.entwurf.is_some() => {
                "bewertet; neuerer Entwurf unvollständig".to_owned()
            }
            Some(Gesamt::Vollstaendig { .. }) => "bewertet".to_owned(),
        },
        ueberfaellig: None,
    }];
    for z in plan.zielstufen_von(leistung.id) {
        liste.push(Sprosse {
            id: z.id,
            bezeichnung: z.bezeichnung.clone(),
            stufe: Some(z.ziel_reifegrad),
            datum: z.zieltermin,
            status: z.status.name().to_owned(),
            ueberfaellig: ueberfaellig(z, heute),
        });
    }
    liste
}

/// Days a stage is overdue at `heute` (date passed, not reached).
pub fn ueberfaellig(z: &Zielstufe, heute: Datum) -> Option<i64> {
    let t = z.zieltermin?;
    (z.status != Zielstufenstatus::Erreicht && t < heute).then(|| t.tage_bis(heute))
}

/// One row of the heatmap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heatzeile {
    /// Leistung id.
    pub leistung: u32,
    /// Per criterion 1 … n as [`kriteriumswert`]: `None` unrated, `Some(None)` "n. a.".
    pub werte: Vec<Option<Option<u8>>>,
    /// Criterion numbers at the minimum.
    pub limitierend: Vec<u8>,
    /// Overall level.
    pub gesamt: Option<u8>,
}

/// Heatmap Leistungen × Kriterien of one model: every Leistung with an assessment in that
/// model, from its newest complete one (else its newest draft), in the order of the
/// Leistungen.
pub fn heatmap(plan: &Zielstufenplaner, modell: Modell) -> Vec<Heatzeile> {
    plan.leistungen
        .iter()
        .filter_map(|l| {
            let katalog = plan.katalog(modell);
            let (vollstaendig, entwurf) = aktuelle_bewertungen(plan, l.id, modell, &katalog);
            let b = vollstaendig.or(entwurf)?;
            let g = gesamt(b, &katalog);
            Some(Heatzeile {
                leistung: l.id,
                werte: (1..=modell.kriterienzahl())
                    .map(|k| kriteriumswert(b, k))
                    .collect(),
                limitierend: match &g {
                    Gesamt::Vollstaendig { limitierend, .. } => limitierend.clone(),
                    Gesamt::Unvollstaendig { .. } => Vec::new(),
                },
                gesamt: g.stufe(),
            })
        })
        .collect()
}

/// The Nachweis matrix: column names (distinct Nachweis names, sorted) and per Leistung with
/// Nachweisen one cell per column (current level, target level).
#[allow(clippy::type_complexity)]
pub fn nachweismatrix(
    plan: &Zielstufenplaner,
) -> (
    Vec<String>,
    Vec<(u32, Vec<Option<(Nachweisstufe, Option<Nachweisstufe>)>>)>,
) {
    let namen: Vec<String> = plan
        .nachweise
        .iter()
        .map(|n| n.name.trim().to_owned())
        .sortiert_einmal();
    let zeilen = plan
        .leistungen
        .iter()
        .filter(|l| plan.nachweise.iter().any(|n| n.leistung == l.id))
        .map(|l| {
            let zellen = namen
                .iter()
                .map(|name| {
                    plan.nachweise
                        .iter()
                        .find(|n| n.leistung == l.id && n.name.trim() == name)
                        .map(|n| (n.stufe, n.ziel))
                })
                .collect();
            (l.id, zellen)
        })
        .collect();
    (namen, zeilen)
}

/// One line of a pasted list as it would be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Importzeile {
    /// Line number in the pasted text (1-based).
    pub zeile: usize,
    /// The Leistung that would be created, or the German reasons why not.
    pub ergebnis: Result<Leistung, Vec<String>>,
    /// Remarks that do not stop the import (e.g. unusual LeiKa-ID length).
    pub hinweise: Vec<String>,
}

/// Column order of a pasted list.
pub const IMPORTSPALTEN: [&str; 7] = [
    "OZG-ID",
    "LeiKa-ID",
    "Bezeichnung",
    "Themenfeld",
    "Lebens-/Geschäftslage",
    "LeiKa-Typ",
    "SDG",
];

fn normal(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .replace(" und ", " & ")
        .replace("  ", " ")
}

fn themenfeld_lesen(text: &str) -> Option<Themenfeld> {
    let t = normal(text);
    Themenfeld::ALLE
        .iter()
        .copied()
        .find(|f| normal(f.name()) == t)
}

fn leika_typ_lesen(text: &str) -> Option<LeikaTyp> {
    let t = normal(text);
    let t = t.strip_prefix("typ").unwrap_or(&t).trim();
    match t {
        "1" => Some(LeikaTyp::Typ1),
        "2" => Some(LeikaTyp::Typ2),
        "3" => Some(LeikaTyp::Typ3),
        "4" => Some(LeikaTyp::Typ4),
        "5" => Some(LeikaTyp::Typ5),
        _ => None,
    }
}

fn sdg_lesen(text: &str) -> Option<Sdg> {
    let t = normal(text);
    match t.as_str() {
        "sdg1" | "sdg 1" | "anhang i" | "sdg1 (anhang i)" => Some(Sdg::Sdg1),
        "sdg2" | "sdg 2" | "anhang ii" | "sdg2 (anhang ii)" => Some(Sdg::Sdg2),
        "nein" | "nicht sdg-relevant" | "-" | "–" => Some(Sdg::Nein),
        _ => None,
    }
}

/// Reads a pasted list (lines as copied from Excel: tab-separated, or separated by `;`) in the
/// column order of [`IMPORTSPALTEN`]. A first line that names the columns is skipped, empty
/// lines are ignored. Each line is checked like the form, and against the existing Leistungen
/// and the lines before it for duplicates. Nothing is changed.
pub fn lies_liste(plan: &Zielstufenplaner, text: &str, modell: Modell) -> Vec<Importzeile> {
    let mut ergebnis = Vec::new();
    let mut neu: Vec<Leistung> = Vec::new();
    for (i, zeile) in text.lines().enumerate() {
        if zeile.trim().is_empty() {
            continue;
        }
        let trenner = if zeile.contains('\t') { '\t' } else { ';' };
        let felder: Vec<&str> = zeile.split(trenner).map(str::trim).collect();
        if i == 0
            && felder
                .iter()
                .any(|f| f.eq_ignore_ascii_case("Bezeichnung") || f.eq_ignore_ascii_case("OZG-ID"))
        {
            continue;
        }
        let feld = |n: usize| felder.get(n).copied().unwrap_or("").trim_matches('"');
        let mut fehler = Vec::new();
        let mut hinweise = Vec::new();
        if felder.len() > IMPORTSPALTEN.len() {
            hinweise.push(format!(
                "{} Spalten statt {}; die übrigen werden nicht übernommen.",
                felder.len(),
                IMPORTSPALTEN.len()
            ));
        }
        let mut optional = |n: usize, lesen: fn(&str) -> bool, meldung: &str| {
            let t = feld(n);
            if !t.is_empty() && !lesen(t) {
                fehler.push(meldung.replace("{}", t));
            }
        };
        optional(
            3,
            |t| themenfeld_lesen(t).is_some(),
            "Themenfeld „{}“ ist keines der 14 Themenfelder.",
        );
        optional(
            5,
            |t| leika_typ_lesen(t).is_some(),
            "LeiKa-Typ „{}“: erlaubt sind 1 bis 5.",
        );
        optional(
            6,
            |t| sdg_lesen(t).is_some(),
            "SDG „{}“: erlaubt sind SDG1, SDG2 oder nein.",
        );
        let themenfeld = themenfeld_lesen(feld(3));
        let leika_typ = leika_typ_lesen(feld(5));
        let sdg = sdg_lesen(feld(6));
        let leistung = Leistung {
            id: 0,
            ozg_id: feld(0).to_owned(),
            leika_id: feld(1).to_owned(),
            bezeichnung: feld(2).to_owned(),
            themenfeld,
            lage: feld(4).to_owned(),
            leika_typ,
            sdg,
            modell,
        };
        if let (_, Some(h)) = pruefe_leika_id(&leistung.leika_id) {
            hinweise.push(h);
        }
        fehler.extend(
            plan.pruefe_leistung(&leistung)
                .into_iter()
                .map(|f| f.meldung),
        );
        if let Some(vorher) = ergebnis
            .iter()
            .zip(neu.iter())
            .find(|(_, l)| ist_dublette(l, &leistung))
            .map(|(z, _): (&Importzeile, _)| z.zeile)
        {
            fehler.push(format!("Doppelt in der Liste: wie Zeile {vorher}."));
        }
        let eintrag = Importzeile {
            zeile: i + 1,
            ergebnis: if fehler.is_empty() {
                Ok(leistung.clone())
            } else {
                Err(fehler)
            },
            hinweise,
        };
        ergebnis.push(eintrag);
        neu.push(leistung);
    }
    ergebnis
}

crate::shared::datensatz::mit_id!(Sprosse);

#[cfg(test)]
mod tests {
    use super::super::model::Katalogteil;
    use super::*;
    use crate::tools::multiprojektplan::model::{Meilenstein, Projekt};

    #[test]
    fn verknuepfungen_ueberleben_geloeschte_ziele() {
        let mut mpp = Multiprojektplan::default();
        let p = mpp.speichere_projekt(Projekt {
            kennung: "P-1".into(),
            titel: "Akte".into(),
            ..Projekt::default()
        });
        let m = mpp.speichere_meilenstein(Meilenstein {
            projekt: p,
            bezeichnung: "Go-live".into(),
            ..Meilenstein::default()
        });
        assert_eq!(verknuepfung_text(&mpp, Bezug::Projekt(p)), "P-1 Akte");
        assert_eq!(
            verknuepfung_text(&mpp, Bezug::Meilenstein(m)),
            "P-1 › Go-live"
        );
        mpp.entferne_projekt(p);
        assert_eq!(verknuepfung_text(&mpp, Bezug::Projekt(p)), "(gelöscht)");
        assert_eq!(verknuepfung_text(&mpp, Bezug::Meilenstein(m)), "(gelöscht)");
        assert_eq!(
            verknuepfung_name(&mpp, Bezug::Projekt(p)),
            format!("Projekt {p} (gelöscht)")
        );
        assert_eq!(
            verknuepfung_name(&mpp, Bezug::Meilenstein(m)),
            format!("Meilenstein {m} (gelöscht)")
        );
    }

    fn d(j: i32, m: u32, t: u32) -> Datum {
        Datum::neu(j, m, t).unwrap()
    }

    fn bewertung(modell: Modell, werte: &[(u8, u8)]) -> Bewertung {
        Bewertung {
            leistung: 1,
            stichtag: Some(d(2026, 1, 15)),
            modell,
            werte: werte.iter().copied().collect(),
            ..Bewertung::default()
        }
    }

    /// Overall result against the shipped catalogue.
    fn g(b: &Bewertung) -> Gesamt {
        gesamt(b, &Katalog::vorgabe(b.modell))
    }

    fn alle(modell: Modell, stufe: u8) -> Vec<(u8, u8)> {
        (1..=modell.kriterienzahl()).map(|k| (k, stufe)).collect()
    }

    #[test]
    fn gesamt_ist_das_minimum_und_nennt_alle_limitierenden() {
        let mut w = alle(Modell::Rgm11, 4);
        w[2] = (3, 2);
        w[6] = (7, 2);
        w[0] = (1, 3);
        assert_eq!(
            g(&bewertung(Modell::Rgm11, &w)),
            Gesamt::Vollstaendig {
                stufe: 2,
                limitierend: vec![3, 7],
                ungeprueft: vec![]
            }
        );
        // All equal: every criterion limits.
        assert_eq!(
            g(&bewertung(Modell::Rgm11, &alle(Modell::Rgm11, 4))),
            Gesamt::Vollstaendig {
                stufe: 4,
                limitierend: (1..=10).collect(),
                ungeprueft: vec![]
            }
        );
        // RGM 2.0: 13 criteria, scale to 7; a stored 9 counts as 7.
        let mut w = alle(Modell::Rgm20, 9);
        w[12] = (13, 5);
        assert_eq!(
            g(&bewertung(Modell::Rgm20, &w)),
            Gesamt::Vollstaendig {
                stufe: 5,
                limitierend: vec![13],
                ungeprueft: vec![]
            }
        );
        let mut w = alle(Modell::Rgm11, 0);
        w.remove(4);
        assert_eq!(
            g(&bewertung(Modell::Rgm11, &w)),
            Gesamt::Unvollstaendig { fehlend: vec![5] }
        );
        let k = Katalog::vorgabe(Modell::Rgm11);
        assert_eq!(
            kriterienliste(&k, &[3, 5]),
            "K3 Nutzerkonto, K5 Bezahlprozess"
        );
        // What limits the level, in lists and on the Leistung's page.
        let begrenzt = Gesamt::Vollstaendig {
            stufe: 1,
            limitierend: vec![3],
            ungeprueft: vec![],
        };
        let fehlt = Gesamt::Unvollstaendig { fehlend: vec![5] };
        for (gesamt, kurz, satz) in [
            (None, "", "Noch keine Bewertung im RGM 1.1."),
            (
                Some(&begrenzt),
                "K3 Nutzerkonto",
                "Begrenzt durch: K3 Nutzerkonto.",
            ),
            (
                Some(&fehlt),
                "unvollständig, es fehlen: K5 Bezahlprozess",
                "Kein Gesamt-Reifegrad: es gibt nur einen unvollständigen Entwurf, es fehlen \
                 K5 Bezahlprozess.",
            ),
        ] {
            assert_eq!(begrenzung_kurz(&k, gesamt), kurz);
            assert_eq!(begrenzung_satz(&k, gesamt), satz);
        }
    }

    type Werte = Option<Vec<(u8, u8)>>;

    fn plan_mit(stufen: &[(Modell, Werte)]) -> Zielstufenplaner {
        let mut plan = Zielstufenplaner::default();
        for (i, (modell, werte)) in stufen.iter().enumerate() {
            let id = plan.speichere_leistung(Leistung {
                ozg_id: format!("{}", 100 + i),
                bezeichnung: format!("L{i}"),
                modell: *modell,
                ..Leistung::default()
            });
            if let Some(w) = werte {
                let mut b = bewertung(*modell, w);
                b.leistung = id;
                plan.speichere_bewertung(b);
            }
        }
        plan
    }

    #[test]
    fn zaehlung_trennt_online_und_ozg_konform() {
        let plan = plan_mit(&[
            (Modell::Rgm11, Some(alle(Modell::Rgm11, 1))),
            (Modell::Rgm11, Some(alle(Modell::Rgm11, 2))),
            (Modell::Rgm11, Some(alle(Modell::Rgm11, 3))),
            (Modell::Rgm11, Some(alle(Modell::Rgm11, 4))),
            (Modell::Rgm11, None),
            (Modell::Rgm11, Some(vec![(1, 4)])),
            (Modell::Rgm20, Some(alle(Modell::Rgm20, 7))),
        ]);
        let z = zaehle(&plan, Modell::Rgm11);
        assert_eq!(z.gesamt, 6);
        assert_eq!(z.je_stufe, vec![0, 1, 1, 1, 1]);
        assert_eq!(z.unbewertet, 1);
        assert_eq!(z.unvollstaendig, 1);
        assert_eq!(
            z.schwellen,
            vec![
                ("Verwaltungsleistungen online (ab Stufe 2)", 2, 3),
                ("Verwaltungsleistungen OZG-konform (ab Stufe 3)", 3, 2)
            ]
        );
        let z20 = zaehle(&plan, Modell::Rgm20);
        assert_eq!(z20.gesamt, 1);
        assert_eq!(z20.je_stufe, vec![0, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(z20.schwellen[1].2, 1);
    }

    #[test]
    fn luecke_zur_ozg_konformitaet() {
        let mut w = alle(Modell::Rgm11, 4);
        w[2] = (3, 1);
        w[5] = (6, 2);
        let plan = plan_mit(&[
            (Modell::Rgm11, Some(w)),
            (Modell::Rgm11, Some(alle(Modell::Rgm11, 3))),
            (Modell::Rgm11, Some(vec![(1, 0)])),
        ]);
        let l = unter_ozg(&plan);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].stufe, 1);
        assert_eq!(l[0].abstand, 2);
        assert_eq!(l[0].limitierend, vec![3]);
        assert_eq!(l[0].blockierend, vec![3, 6]);
    }

    #[test]
    fn neueste_bewertung_zaehlt() {
        let mut plan = plan_mit(&[(Modell::Rgm11, Some(alle(Modell::Rgm11, 1)))]);
        let mut spaeter = bewertung(Modell::Rgm11, &alle(Modell::Rgm11, 3));
        spaeter.leistung = 1;
        spaeter.stichtag = Some(d(2026, 6, 1));
        plan.speichere_bewertung(spaeter);
        let l = plan.leistungen[0].clone();
        assert_eq!(stand(&plan, &l).stufe(), Some(3));
        assert_eq!(stand(&plan, &l).stichtag, Some(d(2026, 6, 1)));
        // An assessment in the other model does not change the Leistung's level.
        let mut anders = bewertung(Modell::Rgm20, &alle(Modell::Rgm20, 0));
        anders.leistung = 1;
        anders.stichtag = Some(d(2026, 7, 1));
        plan.speichere_bewertung(anders);
        assert_eq!(stand(&plan, &l).stufe(), Some(3));
        assert_eq!(heatmap(&plan, Modell::Rgm20)[0].gesamt, Some(0));
        assert_eq!(heatmap(&plan, Modell::Rgm11)[0].limitierend.len(), 10);
    }

    #[test]
    fn reifegrad_check_fragen_und_vorschlag() {
        let k = Katalog::vorgabe(Modell::Rgm11);
        let a = |paare: &[(u32, bool)]| paare.iter().copied().collect::<BTreeMap<_, _>>();
        // Criterion 2: first question only.
        let ids = |f: Vec<&super::super::model::Frage>| f.iter().map(|f| f.id).collect::<Vec<_>>();
        assert_eq!(ids(sichtbare_fragen(&k, 2, &a(&[]))), vec![21]);
        assert_eq!(vorschlag(&k, 2, &a(&[])), None);
        assert_eq!(
            vorschlag(&k, 2, &a(&[(21, true)])),
            Some(Vorschlag::Stufe(4))
        );
        assert_eq!(
            ids(sichtbare_fragen(&k, 2, &a(&[(21, false)]))),
            vec![21, 22]
        );
        assert_eq!(vorschlag(&k, 2, &a(&[(21, false)])), None);
        assert_eq!(
            ids(sichtbare_fragen(&k, 2, &a(&[(21, false), (22, false)]))),
            vec![21, 22, 24]
        );
        assert_eq!(
            vorschlag(&k, 2, &a(&[(21, false), (22, false), (24, true)])),
            Some(Vorschlag::Stufe(2))
        );
        assert_eq!(
            vorschlag(&k, 2, &a(&[(21, false), (22, true), (23, false)])),
            Some(Vorschlag::Stufe(3))
        );
        // An answer to a hidden question does not count.
        assert_eq!(
            vorschlag(&k, 2, &a(&[(21, true), (22, true), (23, false)])),
            Some(Vorschlag::Stufe(4))
        );
        assert_eq!(
            ids(sichtbare_fragen(&k, 2, &a(&[(21, true), (22, true)]))),
            vec![21]
        );
        // Criterion 1: no website → 0.
        assert_eq!(
            vorschlag(&k, 1, &a(&[(11, false)])),
            Some(Vorschlag::Stufe(0))
        );
        assert_eq!(
            vorschlag(&k, 1, &a(&[(11, true), (12, false)])),
            Some(Vorschlag::Stufe(1))
        );
        // Criterion 6: no evidence needed → "n. a." (not Stufe 4); digital but not
        // Once-Only → 3.
        assert_eq!(
            vorschlag(&k, 6, &a(&[(61, false)])),
            Some(Vorschlag::NichtAnwendbar)
        );
        assert_eq!(
            vorschlag(&k, 6, &a(&[(61, true), (62, true), (63, false)])),
            Some(Vorschlag::Stufe(3))
        );
        // Criteria without questions never suggest.
        assert_eq!(vorschlag(&k, 8, &a(&[(11, true)])), None);
    }

    #[test]
    fn stufenplan_befunde() {
        let mut plan = plan_mit(&[(Modell::Rgm11, Some(alle(Modell::Rgm11, 2)))]);
        let z = |nr, ziel, termin: Option<Datum>, status| Zielstufe {
            leistung: 1,
            nr,
            bezeichnung: format!("S{nr}"),
            ziel_reifegrad: ziel,
            zieltermin: termin,
            status,
            verknuepfungen: vec![Bezug::Projekt(99)],
            ..Zielstufe::default()
        };
        let a =
            plan.speichere_zielstufe(z(1, 2, Some(d(2026, 3, 1)), Zielstufenstatus::InUmsetzung));
        let b =
            plan.speichere_zielstufe(z(2, 4, Some(d(2026, 9, 1)), Zielstufenstatus::Verschoben));
        let c = plan.speichere_zielstufe(z(3, 3, Some(d(2026, 6, 1)), Zielstufenstatus::Geplant));
        let l = plan.leistungen[0].clone();
        let befunde = pruefe_plan(&plan, &l, d(2026, 4, 1));
        assert_eq!(
            befunde,
            vec![
                Befund::Ueberfaellig { stufe: a, tage: 31 },
                Befund::SchonErreicht { stufe: a },
                Befund::Verschoben { stufe: b },
                Befund::ReifegradFaellt {
                    stufe: c,
                    vorher: 4
                },
                Befund::TerminFaellt {
                    stufe: c,
                    vorher: d(2026, 9, 1)
                },
            ]
        );
        assert!(befunde[0].text().contains("31 Tagen"));
        // Reached stages are never overdue.
        plan.zielstufen[0].status = Zielstufenstatus::Erreicht;
        let befunde = pruefe_plan(&plan, &l, d(2026, 4, 1));
        assert!(!befunde.iter().any(|x| x.stufe() == a));
        let leiter = leiter(&plan, &l, d(2026, 10, 1));
        assert_eq!(leiter.len(), 4);
        assert_eq!(leiter[0].stufe, Some(2));
        assert_eq!(leiter[1].ueberfaellig, None);
        assert_eq!(leiter[2].ueberfaellig, Some(30));
        assert_eq!(leiter[3].bezeichnung, "S3");
    }

    #[test]
    fn nachweismatrix_je_name() {
        use super::super::model::Nachweis;
        let mut plan = plan_mit(&[
            (Modell::Rgm11, None),
            (Modell::Rgm11, None),
            (Modell::Rgm11, None),
        ]);
        for (l, name, stufe) in [
            (1, "Meldebescheinigung", Nachweisstufe::B),
            (2, "Geburtsurkunde", Nachweisstufe::A),
            (1, " Geburtsurkunde", Nachweisstufe::C),
        ] {
            plan.speichere_nachweis(Nachweis {
                id: 0,
                leistung: l,
                name: name.into(),
                stufe,
                ziel: Some(Nachweisstufe::D),
            });
        }
        let (namen, zeilen) = nachweismatrix(&plan);
        assert_eq!(namen, vec!["Geburtsurkunde", "Meldebescheinigung"]);
        assert_eq!(zeilen.len(), 2);
        assert_eq!(
            zeilen[0].1,
            vec![
                Some((Nachweisstufe::C, Some(Nachweisstufe::D))),
                Some((Nachweisstufe::B, Some(Nachweisstufe::D)))
            ]
        );
        assert_eq!(zeilen[1].1[1], None);
    }

    #[test]
    fn liste_einfuegen_mit_vorschau() {
        let mut plan = Zielstufenplaner::default();
        plan.speichere_leistung(Leistung {
            ozg_id: "10110".into(),
            leika_id: "99001001000000".into(),
            bezeichnung: "Alt".into(),
            ..Leistung::default()
        });
        let text = "OZG-ID\tLeiKa-ID\tBezeichnung\tThemenfeld\tLage\tTyp\tSDG\n\
                    10110\t99001001000000\tDoppelt\t\t\t\t\n\
                    \n\
                    10200\t99002002000000\tElterngeld beantragen\tFamilie und Kind\tGeburt\t2\tSDG2\n\
                    10300;12345;Hundesteuer;Steuern & Zoll;;Typ 5;nein\n\
                    10400;99A;Falsch;Weltraum;;9;vielleicht\n\
                    10500;99002002000000;Nochmal;;;;";
        let z = lies_liste(&plan, text, Modell::Rgm20);
        assert_eq!(z.len(), 5);
        assert_eq!(z[0].zeile, 2);
        let f0 = z[0].ergebnis.as_ref().unwrap_err();
        assert!(f0[0].contains("schon erfasst"), "{f0:?}");
        let ok = z[1].ergebnis.as_ref().unwrap();
        assert_eq!(z[1].zeile, 4);
        assert_eq!(ok.themenfeld, Some(Themenfeld::FamilieKind));
        assert_eq!(ok.leika_typ, Some(LeikaTyp::Typ2));
        assert_eq!(ok.sdg, Some(Sdg::Sdg2));
        assert_eq!(ok.modell, Modell::Rgm20);
        assert_eq!(ok.lage, "Geburt");
        let hunde = z[2].ergebnis.as_ref().unwrap();
        assert_eq!(hunde.leika_typ, Some(LeikaTyp::Typ5));
        assert_eq!(hunde.sdg, Some(Sdg::Nein));
        assert!(z[2].hinweise[0].contains("5 statt"));
        let falsch = z[3].ergebnis.as_ref().unwrap_err();
        assert_eq!(falsch.len(), 4, "{falsch:?}");
        assert!(falsch.iter().any(|f| f.contains("Weltraum")));
        assert!(falsch.iter().any(|f| f.contains("Ziffern")));
        let nochmal = z[4].ergebnis.as_ref().unwrap_err();
        assert_eq!(
            nochmal,
            &vec!["Doppelt in der Liste: wie Zeile 4.".to_owned()]
        );
        // Nothing changed.
        assert_eq!(plan.leistungen.len(), 1);
    }

    /// A Leistung "L{i}" with this OZG-ID and one assessment (all criteria at `stufe`, or none).
    fn mit_ozg(plan: &mut Zielstufenplaner, ozg: &str, stufe: Option<u8>, modell: Modell) -> u32 {
        let n = plan.leistungen.len();
        let id = plan.speichere_leistung(Leistung {
            ozg_id: ozg.into(),
            leika_id: format!("9900000000{n:04}"),
            bezeichnung: format!("L{n}"),
            modell,
            ..Leistung::default()
        });
        if let Some(s) = stufe {
            let mut b = bewertung(modell, &alle(modell, s));
            b.leistung = id;
            plan.speichere_bewertung(b);
        }
        id
    }

    /// OZG-Dashboard counting (fachkonzept §2.4, Q:S2): an OZG-Leistung counts as "online"
    /// once at least one of its Verwaltungsleistungen has reached Reifegrad 2; the count is
    /// aggregated by OZG-ID and reported next to the count of Verwaltungsleistungen.
    #[test]
    fn online_zaehlt_je_ozg_leistung() {
        let mut plan = Zielstufenplaner::default();
        // OZG 100: three Verwaltungsleistungen, one at Stufe 2 → online once.
        mit_ozg(&mut plan, "100", Some(1), Modell::Rgm11);
        mit_ozg(&mut plan, "100", Some(2), Modell::Rgm11);
        mit_ozg(&mut plan, " 100 ", Some(0), Modell::Rgm11);
        // OZG 200: below Stufe 2 or unassessed → not online.
        mit_ozg(&mut plan, "200", Some(1), Modell::Rgm11);
        mit_ozg(&mut plan, "200", None, Modell::Rgm11);
        // OZG 300: the online one is planned in RGM 2.0.
        mit_ozg(&mut plan, "300", Some(3), Modell::Rgm20);
        mit_ozg(&mut plan, "", Some(4), Modell::Rgm11);
        let z = zaehle_ozg(&plan);
        assert_eq!(
            z,
            OzgZaehlung {
                ozg_leistungen: 3,
                ozg_online: 2,
                verwaltungsleistungen: 6,
                verwaltungsleistungen_online: 2,
                ohne_ozg_id: 1,
                mit_rgm20: true,
            }
        );
        // The per-record count is labelled as such.
        assert!(schwellen(Modell::Rgm11)[0]
            .0
            .starts_with("Verwaltungsleistungen online"));
    }

    /// RGM 1.1 minimum rule (Q:S3): an assessment with an unrated criterion has no overall
    /// level, so the newest *complete* assessment stays the current Reifegrad; the newer
    /// incomplete one is reported as draft and never hides it.
    #[test]
    fn unvollstaendiger_entwurf_verdeckt_die_letzte_vollstaendige_nicht() {
        let mut plan = plan_mit(&[(Modell::Rgm11, Some(alle(Modell::Rgm11, 2)))]);
        let mut entwurf = bewertung(Modell::Rgm11, &[(1, 4), (2, 4)]);
        entwurf.leistung = 1;
        entwurf.stichtag = Some(d(2026, 6, 1));
        plan.speichere_bewertung(entwurf);
        let l = plan.leistungen[0].clone();
        let s = stand(&plan, &l);
        assert_eq!(s.stufe(), Some(2));
        assert_eq!(s.stichtag, Some(d(2026, 1, 15)));
        let (datum, fehlend) = s.entwurf.clone().unwrap();
        assert_eq!(datum, Some(d(2026, 6, 1)));
        assert_eq!(fehlend, vec![3, 4, 5, 6]);
        let k = Katalog::vorgabe(Modell::Rgm11);
        assert!(s
            .entwurfstext(&k)
            .starts_with("Entwurf vom 01.06.2026 unvollständig (es fehlen K3 Nutzerkonto"));
        // Counts, the gap list and the heatmap use the complete one too.
        assert_eq!(zaehle(&plan, Modell::Rgm11).je_stufe[2], 1);
        assert_eq!(unter_ozg(&plan)[0].stufe, 2);
        assert_eq!(heatmap(&plan, Modell::Rgm11)[0].gesamt, Some(2));
        // Only a draft: no level, shown as incomplete, no separate draft.
        let nur = plan_mit(&[(Modell::Rgm11, Some(vec![(1, 4)]))]);
        let s = stand(&nur, &nur.leistungen[0]);
        assert_eq!(s.stufe(), None);
        assert!(s.gesamt.is_some() && s.entwurf.is_none());
    }

    /// RGM 1.1 (Q:S3): the criterion with the lowest level determines the overall level — but
    /// only over criteria that apply: "n. a." (e.g. no fees, no evidence) is left out instead
    /// of counting as Stufe 4; criteria 7–10 (names not in our sources, "bitte prüfen") and
    /// all RGM 2.0 criteria do not block while unrated.
    #[test]
    fn nicht_anwendbare_und_unbestaetigte_kriterien() {
        let k = Katalog::vorgabe(Modell::Rgm11);
        let mut b = bewertung(Modell::Rgm11, &[(1, 3), (2, 3), (3, 3), (4, 3), (6, 1)]);
        b.nicht_anwendbar = [5, 6].into_iter().collect();
        assert_eq!(kriteriumswert(&b, 5), Some(None));
        assert_eq!(kriteriumswert(&b, 6), Some(None), "n. a. overrides a value");
        assert_eq!(kriteriumswert(&b, 7), None);
        assert_eq!(
            gesamt(&b, &k),
            Gesamt::Vollstaendig {
                stufe: 3,
                limitierend: vec![1, 2, 3, 4],
                ungeprueft: vec![7, 8, 9, 10]
            }
        );
        assert!(begrenzung_satz(&k, Some(&gesamt(&b, &k))).contains("blockieren aber nicht"));
        // A corrected (confirmed) criterion 7 blocks again while unrated.
        let mut plan = Zielstufenplaner::default();
        plan.passe_an(Modell::Rgm11, Katalogteil::Kriterium, 7, "Bescheid", "");
        assert_eq!(
            gesamt(&b, &plan.katalog(Modell::Rgm11)),
            Gesamt::Unvollstaendig { fehlend: vec![7] }
        );
        // RGM 2.0: every criterion unconfirmed, one rated value gives a (provisional) level.
        let r20 = bewertung(Modell::Rgm20, &[(1, 5), (2, 6)]);
        assert_eq!(g(&r20).stufe(), Some(5));
        // Nothing rated: no level.
        let mut leer = bewertung(Modell::Rgm11, &[]);
        leer.nicht_anwendbar = (1..=10).collect();
        assert_eq!(g(&leer).stufe(), None);
        // A confirmed criterion unrated still blocks.
        assert_eq!(
            g(&bewertung(Modell::Rgm11, &[(1, 4)])),
            Gesamt::Unvollstaendig {
                fehlend: vec![2, 3, 4, 5, 6]
            }
        );
    }

    /// SDG-Verordnung (EU) 2018/1724 Art. 6 with Anhang II: the listed procedures must be
    /// offered fully online with Once-Only evidence exchange — RGM 1.1 Stufe 4
    /// "Online-Transaktion" (Q:S3, Q:S5); below it is a gap. Registermodernisierung
    /// Nachweis-Reifegrad A–D (Q:S8) against K6 "Nachweise" (Q:S6): contradictions are flagged.
    #[test]
    fn sdg_anhang_ii_und_k6_gegen_nachweise() {
        use super::super::model::Nachweis;
        let mut plan = plan_mit(&[(Modell::Rgm11, Some(alle(Modell::Rgm11, 3)))]);
        plan.leistungen[0].sdg = Some(Sdg::Sdg2);
        let l = plan.leistungen[0].clone();
        assert_eq!(
            pruefe_leistung(&plan, &l),
            vec![Leistungsbefund::SdgLuecke {
                ist: Some(3),
                ziel: 4,
                geplant: false,
                bitte_pruefen: false
            }]
        );
        assert!(pruefe_leistung(&plan, &l)[0]
            .text()
            .contains("keine Zielstufe plant sie"));
        plan.speichere_zielstufe(Zielstufe {
            leistung: 1,
            nr: 1,
            bezeichnung: "Zielvision".into(),
            ziel_reifegrad: 4,
            ..Zielstufe::default()
        });
        assert!(matches!(
            pruefe_leistung(&plan, &l)[0],
            Leistungsbefund::SdgLuecke { geplant: true, .. }
        ));
        // At Stufe 4 no gap; SDG1 or no SDG never.
        plan.bewertungen[0].werte = alle(Modell::Rgm11, 4).into_iter().collect();
        assert!(pruefe_leistung(&plan, &l).is_empty());
        // K6 = 4 (Once-Only) but a Nachweis on paper (A): contradiction.
        let mut nachweis = |stufe| {
            plan.nachweise.clear();
            plan.speichere_nachweis(Nachweis {
                id: 0,
                leistung: 1,
                name: "Meldebescheinigung".into(),
                stufe,
                ziel: None,
            });
            pruefe_leistung(&plan, &l)
        };
        assert!(nachweis(Nachweisstufe::A)[0]
            .text()
            .contains("„Meldebescheinigung“ ist Stufe A"));
        assert!(nachweis(Nachweisstufe::C).is_empty());
        // K6 = 2 (not digital) but every Nachweis electronic (B+): contradiction.
        plan.bewertungen[0].werte.insert(6, 2);
        plan.leistungen[0].sdg = None;
        let l = plan.leistungen[0].clone();
        let befunde = pruefe_leistung(&plan, &l);
        assert!(
            matches!(&befunde[0], Leistungsbefund::K6Widerspruch { grund } if grund.starts_with("K6 Stufe 2"))
        );
        // K6 n. a. (no evidence needed) but Nachweise recorded.
        plan.bewertungen[0].nicht_anwendbar.insert(6);
        assert!(pruefe_leistung(&plan, &l)[0].text().contains("„n. a.“"));
    }

    /// Stage logic (fachkonzept §2.4: Zielstufe "erreicht" = Ziel-Reifegrad erreicht,
    /// Nachweis der Erreichung via Reifegrad-Check): a stage marked "erreicht" while the
    /// current level is below its target, or without a complete assessment, is flagged.
    #[test]
    fn erreicht_unter_dem_ziel_wird_gemeldet() {
        let mut plan = plan_mit(&[(Modell::Rgm11, Some(alle(Modell::Rgm11, 2)))]);
        let z = |nr, ziel| Zielstufe {
            leistung: 1,
            nr,
            bezeichnung: format!("S{nr}"),
            ziel_reifegrad: ziel,
            status: Zielstufenstatus::Erreicht,
            ..Zielstufe::default()
        };
        plan.speichere_zielstufe(z(1, 2));
        let hoch = plan.speichere_zielstufe(z(2, 3));
        let l = plan.leistungen[0].clone();
        let befunde = pruefe_plan(&plan, &l, d(2026, 4, 1));
        assert_eq!(
            befunde,
            vec![Befund::ErreichtOhneBeleg {
                stufe: hoch,
                ist: Some(2)
            }]
        );
        assert!(befunde[0].text().contains("Stufe 2"));
        plan.bewertungen.clear();
        assert_eq!(pruefe_plan(&plan, &l, d(2026, 4, 1)).len(), 2);
    }
}
