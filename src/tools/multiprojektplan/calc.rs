//! Calculations of the Multiprojektplan (fachkonzept §2.1): Terminverzug of projects and
//! milestones, Termintreue, the suggested Termin-Ampel, the priority score and ranking,
//! dependency warnings, Ampel counts, the portfolio table's filter, sort and grouping, and the
//! scale of the timeline (Gantt).
//!
//! Everything is derived from the plan and a Stichtag and can be recomputed at any time.
//! Delays are whole days (positive = late), shares are integer tenths of a percent rounded half
//! up. The portfolio helpers are meant for about 500 projects per redraw: they index records
//! once and compare without allocating.

use crate::shared::text;
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use super::model::{
    Abhaengigkeit, Ampeldimension, Bezug, Kriterium, Meilenstein, Meilensteinstatus,
    Multiprojektplan, Projekt, Projektstatus, Terminschwellen, MAX_BEWERTUNG,
};
use crate::shared::datum::Datum;
use crate::shared::sortieren::{Einsammeln, Sortieren};
use crate::shared::vokabular::Ampel;

// ---------------------------------------------------------------------------------------------
// Terminverzug and Termintreue
// ---------------------------------------------------------------------------------------------

/// The Stichtag calculations use: the plan's Berichtsstichtag, else today.
pub fn stichtag(plan: &Multiprojektplan, heute: Datum) -> Datum {
    plan.berichtsstichtag.unwrap_or(heute)
}

/// Days from `basis` to `aktuell` (positive = late); `None` if either date is missing.
pub fn terminverzug(basis: Option<Datum>, aktuell: Option<Datum>) -> Option<i64> {
    Some(basis?.tage_bis(aktuell?))
}

/// Delay of a project's end: the actual end, else the forecast, against the planned end
/// (Basisplan). `None` without a planned end. A project with a planned end but neither an actual
/// end nor a forecast is taken to be on plan (`Some(0)`); whether that plan has already passed
/// is what [`projektverzug_am`] adds.
pub fn projektverzug(p: &Projekt) -> Option<i64> {
    let plan = p.ende_plan?;
    Some(
        p.ende_ist
            .or(p.ende_prognose)
            .map_or(0, |d| plan.tage_bis(d)),
    )
}

/// [`projektverzug`] at a Stichtag: a project that is not finished (no actual end, status
/// neither abgeschlossen nor abgebrochen) and whose expected end lies before the Stichtag is
/// overdue, so its delay is at least Stichtag − planned end.
pub fn projektverzug_am(p: &Projekt, stichtag: Datum) -> Option<i64> {
    let plan = p.ende_plan?;
    let verzug = projektverzug(p)?;
    let offen = p.ende_ist.is_none()
        && !matches!(
            p.status,
            Projektstatus::Abgeschlossen | Projektstatus::Abgebrochen
        );
    let erwartet = p.ende_prognose.unwrap_or(plan);
    Some(if offen && erwartet < stichtag {
        verzug.max(plan.tage_bis(stichtag))
    } else {
        verzug
    })
}

/// Whether a milestone still has to be reached: no actual date and neither erreicht nor
/// entfallen.
fn ist_offen(m: &Meilenstein) -> bool {
    m.ist.is_none()
        && !matches!(
            m.status,
            Meilensteinstatus::Erreicht | Meilensteinstatus::Entfallen
        )
}

/// Delay of a milestone: the actual date, else the current forecast, against the Basisplan
/// (`Some(0)` with neither). An open milestone whose date lies before the Stichtag is overdue:
/// its delay is at least Stichtag − Basisplan. `None` without a Basisplan and for a dropped
/// (entfallen) milestone.
pub fn meilensteinverzug(m: &Meilenstein, stichtag: Datum) -> Option<i64> {
    if m.status == Meilensteinstatus::Entfallen {
        return None;
    }
    let basis = m.basis?;
    let verzug = m.ist.or(m.prognose()).map_or(0, |d| basis.tage_bis(d));
    let termin = m.prognose().unwrap_or(basis);
    Some(if ist_offen(m) && termin < stichtag {
        verzug.max(basis.tage_bis(stichtag))
    } else {
        verzug
    })
}

/// Schedule adherence of a set of milestones at a Stichtag.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Termintreue {
    /// Due milestones reached on or before their Basisplan date.
    pub termingerecht: u32,
    /// Milestones due by the Stichtag (Basisplan on or before it, not entfallen).
    pub faellig: u32,
}

impl Termintreue {
    /// `termingerecht / faellig` in tenths of a percent (0–1000), rounded half up; `None` if no
    /// milestone is due.
    pub fn zehntel_prozent(&self) -> Option<i64> {
        zehntel_prozent(i128::from(self.termingerecht), i128::from(self.faellig))
    }
}

/// `zaehler / nenner` in tenths of a percent, rounded half up (both non-negative); `None` for
/// `nenner == 0`.
fn zehntel_prozent(zaehler: i128, nenner: i128) -> Option<i64> {
    if nenner <= 0 {
        return None;
    }
    i64::try_from((2000 * zaehler + nenner) / (2 * nenner)).ok()
}

/// Termintreue of milestones at a Stichtag (fachkonzept §2.1: erreicht termingerecht /
/// fällige): counted is every milestone with a Basisplan that is not entfallen and either due
/// (Basisplan on or before the Stichtag) or already reached — a reached milestone always
/// counts here, whereas today's Termin-Ampel looks only at open ones; on time is one reached
/// (actual date set) on or before its Basisplan.
pub fn termintreue<'a>(
    meilensteine: impl IntoIterator<Item = &'a Meilenstein>,
    stichtag: Datum,
) -> Termintreue {
    let mut ergebnis = Termintreue::default();
    for m in meilensteine {
        let Some(basis) = m.basis else { continue };
        if m.status == Meilensteinstatus::Entfallen || (basis > stichtag && m.ist.is_none()) {
            continue;
        }
        ergebnis.faellig += 1;
        if m.ist.is_some_and(|ist| ist <= basis) {
            ergebnis.termingerecht += 1;
        }
    }
    ergebnis
}

// ---------------------------------------------------------------------------------------------
// Ampeln
// ---------------------------------------------------------------------------------------------

/// How bad an Ampel is, for "worst of" and sorting: rot 4 > gelb 3 > grün 2 > grau 1 > blau 0.
pub fn schwere(ampel: Ampel) -> u8 {
    match ampel {
        Ampel::Blau => 0,
        Ampel::Grau => 1,
        Ampel::Gruen => 2,
        Ampel::Gelb => 3,
        Ampel::Rot => 4,
    }
}

/// The Termin-Ampel of a delay: none → grau; up to `gruen_bis_tage` → grün; up to
/// `gelb_bis_tage` → gelb; beyond → rot.
pub fn termin_ampel(verzug: Option<i64>, schwellen: &Terminschwellen) -> Ampel {
    match verzug {
        None => Ampel::Grau,
        Some(tage) if tage <= schwellen.gruen_bis_tage => Ampel::Gruen,
        Some(tage) if tage <= schwellen.gelb_bis_tage => Ampel::Gelb,
        Some(_) => Ampel::Rot,
    }
}

/// Days the expected end of a project (actual, else forecast, else plan) lies beyond its
/// gesetzliche Frist; `None` without a Frist or when the end is on or before it.
pub fn fristueberschreitung(p: &Projekt) -> Option<i64> {
    let tage = p.gesetzliche_frist?.tage_bis(p.ende_erwartet()?);
    (tage > 0).then_some(tage)
}

/// The suggested Termin-Ampel of a project at a Stichtag: blau when abgeschlossen, grau when
/// abgebrochen; rot when the end forecast lies beyond the gesetzliche Frist; otherwise the
/// worst Ampel of the project's end delay ([`projektverzug_am`], from the end forecast) and of
/// the delay of every *open* milestone ([`meilensteinverzug`]) under the plan's thresholds.
/// Milestones already reached count in the Termintreue, not in today's Ampel.
pub fn vorgeschlagene_termin_ampel(
    plan: &Multiprojektplan,
    projekt: &Projekt,
    stichtag: Datum,
) -> Ampel {
    let meilensteine = plan.meilensteine.iter().filter(|m| m.projekt == projekt.id);
    termin_ampel_aus(projekt, meilensteine, &plan.schwellen, stichtag)
}

/// [`vorgeschlagene_termin_ampel`] of every project at once (project id → Ampel), grouping the
/// milestones once instead of scanning them per project: for tables of many projects.
pub fn vorgeschlagene_termin_ampeln(
    plan: &Multiprojektplan,
    stichtag: Datum,
) -> HashMap<u32, Ampel> {
    let mut meilensteine: HashMap<u32, Vec<&Meilenstein>> = HashMap::new();
    for m in &plan.meilensteine {
        meilensteine.entry(m.projekt).or_default().push(m);
    }
    plan.projekte
        .iter()
        .map(|p| {
            let eigene = meilensteine.get(&p.id).into_iter().flatten().copied();
            (p.id, termin_ampel_aus(p, eigene, &plan.schwellen, stichtag))
        })
        .collect()
}

/// [`vorgeschlagene_termin_ampel`] with the project's milestones given (for callers that have
/// them indexed already).
pub(crate) fn termin_ampel_aus<'a>(
    projekt: &Projekt,
    meilensteine: impl IntoIterator<Item = &'a Meilenstein>,
    schwellen: &Terminschwellen,
    stichtag: Datum,
) -> Ampel {
    match projekt.status {
        Projektstatus::Abgeschlossen => return Ampel::Blau,
        Projektstatus::Abgebrochen => return Ampel::Grau,
        _ => {}
    }
    if fristueberschreitung(projekt).is_some() {
        return Ampel::Rot;
    }
    meilensteine
        .into_iter()
        .filter(|m| ist_offen(m))
        .map(|m| termin_ampel(meilensteinverzug(m, stichtag), schwellen))
        .chain([termin_ampel(projektverzug_am(projekt, stichtag), schwellen)])
        .max_by_key(|&a| schwere(a))
        .unwrap_or(Ampel::Grau)
}

/// Number of projects per Ampel colour, for each dimension.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ampeluebersicht {
    /// One row per dimension in [`Ampeldimension::ALLE`] order; counts in [`Ampel::ALLE`] order.
    pub zeilen: Vec<(Ampeldimension, [u32; 5])>,
}

/// Position of an Ampel in [`Ampel::ALLE`].
fn ampel_index(ampel: Ampel) -> usize {
    match ampel {
        Ampel::Gruen => 0,
        Ampel::Gelb => 1,
        Ampel::Rot => 2,
        Ampel::Grau => 3,
        Ampel::Blau => 4,
    }
}

/// Counts the projects per Ampel colour for every dimension.
pub fn ampeluebersicht<'a>(projekte: impl IntoIterator<Item = &'a Projekt>) -> Ampeluebersicht {
    let mut zeilen: Vec<(Ampeldimension, [u32; 5])> = Ampeldimension::ALLE
        .iter()
        .map(|&dimension| (dimension, [0; 5]))
        .collect();
    for p in projekte {
        for (dimension, zaehler) in &mut zeilen {
            zaehler[ampel_index(p.ampeln.von(*dimension).ampel)] += 1;
        }
    }
    Ampeluebersicht { zeilen }
}

// ---------------------------------------------------------------------------------------------
// Priorities
// ---------------------------------------------------------------------------------------------

/// Weighted score of a project: Σ(weight × rating) / Σ(weight × 3) in tenths of a percent
/// (0–1000), rounded half up. A missing rating counts 0, ratings above 3 count 3. `None` without
/// criteria or when all weights are 0.
pub fn prioritaetswert(projekt: &Projekt, kriterien: &[Kriterium]) -> Option<i64> {
    let mut zaehler: i128 = 0;
    let mut nenner: i128 = 0;
    for k in kriterien {
        let gewicht = i128::from(k.gewicht);
        let bewertung = projekt
            .bewertungen
            .get(&k.id)
            .copied()
            .unwrap_or(0)
            .min(MAX_BEWERTUNG);
        zaehler += gewicht * i128::from(bewertung);
        nenner += gewicht * i128::from(MAX_BEWERTUNG);
    }
    zehntel_prozent(zaehler, nenner)
}

/// Whether a project takes part in the ranking: abgeschlossene and abgebrochene projects need
/// no priority any more.
pub fn wird_priorisiert(p: &Projekt) -> bool {
    !matches!(
        p.status,
        Projektstatus::Abgeschlossen | Projektstatus::Abgebrochen
    )
}

/// Ids of the projects taking part in the ranking ([`wird_priorisiert`]), in ranking order:
/// projects with a Muss-Kriterium first, among them the earlier gesetzliche Frist first (none
/// last); then by priority score (highest first, no score last), then by Projekt-ID in natural
/// order ("P-2" before "P-10"), then by id.
pub fn rangfolge(plan: &Multiprojektplan) -> Vec<u32> {
    let mut liste: Vec<(bool, Option<Datum>, Option<i64>, &Projekt)> = plan
        .projekte
        .iter()
        .filter(|p| wird_priorisiert(p))
        .map(|p| {
            let muss = !p.muss_kriterien.is_empty();
            (
                muss,
                p.gesetzliche_frist.filter(|_| muss),
                prioritaetswert(p, &plan.kriterien),
                p,
            )
        })
        .collect();
    liste.sortiere_nach(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| match (a.1, b.1) {
                (Some(x), Some(y)) => x.cmp(&y),
                (x, y) => x.is_none().cmp(&y.is_none()),
            })
            .then(b.2.cmp(&a.2))
            .then_with(|| text::vergleiche(&a.3.kennung, &b.3.kennung))
            .then(a.3.id.cmp(&b.3.id))
    });
    liste.into_iter().map(|(.., p)| p.id).collect()
}

// ---------------------------------------------------------------------------------------------
// Dependencies
// ---------------------------------------------------------------------------------------------

/// A dependency whose successor is planned before its predecessor ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Abhaengigkeitswarnung {
    /// Id of the dependency.
    pub abhaengigkeit: u32,
    /// Overlap in days (at least 1).
    pub tage: i64,
    /// German sentence naming both ends and both dates.
    pub meldung: String,
}

/// Projects and milestones by id, built once per calculation.
pub(crate) struct Verzeichnis<'a> {
    projekte: HashMap<u32, &'a Projekt>,
    meilensteine: HashMap<u32, &'a Meilenstein>,
}

impl<'a> Verzeichnis<'a> {
    pub(crate) fn neu(plan: &'a Multiprojektplan) -> Self {
        Verzeichnis {
            projekte: plan.projekte.iter().map(|p| (p.id, p)).collect(),
            meilensteine: plan.meilensteine.iter().map(|m| (m.id, m)).collect(),
        }
    }

    /// Project by id.
    pub(crate) fn projekt(&self, id: u32) -> Option<&'a Projekt> {
        self.projekte.get(&id).copied()
    }

    /// A milestone that still counts: not entfallen, project not abgebrochen.
    fn gueltiger_meilenstein(&self, id: u32) -> Option<&'a Meilenstein> {
        let m = self.meilensteine.get(&id).copied()?;
        let abgebrochen = self
            .projekt(m.projekt)
            .is_some_and(|p| p.status == Projektstatus::Abgebrochen);
        (m.status != Meilensteinstatus::Entfallen && !abgebrochen).then_some(m)
    }

    /// A project that still counts: not abgebrochen.
    fn gueltiges_projekt(&self, id: u32) -> Option<&'a Projekt> {
        self.projekt(id)
            .filter(|p| p.status != Projektstatus::Abgebrochen)
    }

    /// When the predecessor `bezug` ends: a project's expected end, a milestone's date.
    fn ende(&self, bezug: Bezug) -> Option<Datum> {
        match bezug {
            Bezug::Projekt(id) => self.gueltiges_projekt(id)?.ende_erwartet(),
            Bezug::Meilenstein(id) => self.gueltiger_meilenstein(id)?.termin(),
        }
    }

    /// When the successor `bezug` starts: a project's expected start, a milestone's date.
    fn anfang(&self, bezug: Bezug) -> Option<Datum> {
        match bezug {
            Bezug::Projekt(id) => self.gueltiges_projekt(id)?.start_erwartet(),
            Bezug::Meilenstein(id) => self.gueltiger_meilenstein(id)?.termin(),
        }
    }
}

/// When the successor starts and the predecessor ends, if the successor starts first.
fn ueberschneidung(verzeichnis: &Verzeichnis<'_>, a: &Abhaengigkeit) -> Option<(Datum, Datum)> {
    let ende = verzeichnis.ende(a.von)?;
    let anfang = verzeichnis.anfang(a.zu)?;
    (anfang < ende).then_some((anfang, ende))
}

/// The warning of one dependency, if its successor starts before its predecessor ends.
fn warnung(
    plan: &Multiprojektplan,
    verzeichnis: &Verzeichnis<'_>,
    a: &Abhaengigkeit,
) -> Option<Abhaengigkeitswarnung> {
    let (anfang, ende) = ueberschneidung(verzeichnis, a)?;
    let tage = anfang.tage_bis(ende);
    let nachfolger = match a.zu {
        Bezug::Projekt(_) => format!("Der Start von „{}“", plan.bezeichne(a.zu)),
        Bezug::Meilenstein(_) => format!("Der Meilenstein „{}“", plan.bezeichne(a.zu)),
    };
    let vorgaenger = match a.von {
        Bezug::Projekt(_) => format!("dem Ende von „{}“", plan.bezeichne(a.von)),
        Bezug::Meilenstein(_) => format!("dem Meilenstein „{}“", plan.bezeichne(a.von)),
    };
    let einheit = if tage == 1 { "Tag" } else { "Tage" };
    Some(Abhaengigkeitswarnung {
        abhaengigkeit: a.id,
        tage,
        meldung: format!(
            "{nachfolger} am {} liegt {tage} {einheit} vor {vorgaenger} am {}.",
            anfang.deutsch(),
            ende.deutsch()
        ),
    })
}

/// Dependencies whose successor is planned before its predecessor ends, in the plan's order.
/// The predecessor ends with its project's expected end or its milestone's date; the successor
/// starts with its project's expected start or its milestone's date. Dependencies with a missing
/// date, a dropped milestone or an abgebrochen project are skipped.
pub fn abhaengigkeitswarnungen(plan: &Multiprojektplan) -> Vec<Abhaengigkeitswarnung> {
    let verzeichnis = Verzeichnis::neu(plan);
    plan.abhaengigkeiten
        .iter()
        .filter_map(|a| warnung(plan, &verzeichnis, a))
        .collect()
}

/// The ids of the dependencies [`abhaengigkeitswarnungen`] warns about, without building the
/// messages (whose names cost a search each): for marking conflicts in the timeline, linear in
/// the size of the plan.
pub fn abhaengigkeitskonflikte(plan: &Multiprojektplan) -> HashSet<u32> {
    let verzeichnis = Verzeichnis::neu(plan);
    plan.abhaengigkeiten
        .iter()
        .filter(|a| ueberschneidung(&verzeichnis, a).is_some())
        .map(|a| a.id)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Text comparison
// ---------------------------------------------------------------------------------------------

/// A text that sorts with [`text::vergleiche`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Text<'a>(&'a str);

impl Ord for Text<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        text::vergleiche(self.0, other.0)
    }
}

impl PartialOrd for Text<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A text's trimmed content, `None` if blank.
fn nicht_leer(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

// ---------------------------------------------------------------------------------------------
// Portfolio table: filter, sort, group
// ---------------------------------------------------------------------------------------------

/// What the portfolio table shows. Every set criterion must hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Only projects with this status.
    pub status: Option<Projektstatus>,
    /// Only projects with this Ampel Gesamt.
    pub ampel: Option<Ampel>,
    /// Only projects of this wave.
    pub welle: Option<u32>,
    /// Only projects of this Programm (compared trimmed; `Some("")` = projects without one).
    pub programm: Option<String>,
    /// Free text: every whitespace-separated word must occur, ignoring case.
    pub text: String,
}

/// Whether every word (already lower case) occurs in one of the project's text fields.
fn passt_text(p: &Projekt, woerter: &[String]) -> bool {
    let mut heuhaufen = String::with_capacity(256);
    for feld in [
        &p.kennung,
        &p.titel,
        &p.ziel,
        &p.programm,
        &p.organisationseinheit,
        &p.projektleitung,
        &p.auftraggeber,
    ]
    .into_iter()
    .chain(&p.ozg_leistungen)
    {
        heuhaufen.push_str(&feld.to_lowercase());
        // A separator no word contains, so that words do not match across fields.
        heuhaufen.push('\n');
    }
    woerter.iter().all(|w| heuhaufen.contains(w.as_str()))
}

/// The projects that pass `filter`, in the plan's order. The text matches case-insensitively
/// (Unicode lower case) in Projekt-ID, title, goal, Programm, Organisationseinheit,
/// Projektleitung, Auftraggeber/in and OZG-Leistungen.
pub fn filtere<'a>(plan: &'a Multiprojektplan, filter: &Filter) -> Vec<&'a Projekt> {
    let woerter: Vec<String> = filter
        .text
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let programm = filter.programm.as_deref().map(str::trim);
    plan.projekte
        .iter()
        .filter(|p| {
            filter.status.is_none_or(|s| p.status == s)
                && filter.ampel.is_none_or(|a| p.ampeln.gesamt.ampel == a)
                && filter.welle.is_none_or(|w| p.welle == Some(w))
                && programm.is_none_or(|g| p.programm.trim() == g)
                && (woerter.is_empty() || passt_text(p, &woerter))
        })
        .collect()
}

/// Column the portfolio table is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Sortierung {
    /// Ranking ([`rangfolge`]).
    #[default]
    Rang,
    /// Projekt-ID (natural order).
    Kennung,
    /// Title.
    Titel,
    /// Programm / Cluster.
    Programm,
    /// Status.
    Status,
    /// Ampel Gesamt.
    Ampel,
    /// Expected end.
    Ende,
    /// Terminverzug at the Stichtag.
    Verzug,
    /// Wave.
    Welle,
    /// Budget.
    Budget,
}

impl Sortierung {
    /// All columns in the order of the select.
    pub const ALLE: [Sortierung; 10] = [
        Sortierung::Rang,
        Sortierung::Kennung,
        Sortierung::Titel,
        Sortierung::Programm,
        Sortierung::Status,
        Sortierung::Ampel,
        Sortierung::Ende,
        Sortierung::Verzug,
        Sortierung::Welle,
        Sortierung::Budget,
    ];

    /// German label.
    pub fn name(self) -> &'static str {
        match self {
            Sortierung::Rang => "Rang",
            Sortierung::Kennung => "Projekt-ID",
            Sortierung::Titel => "Projekttitel",
            Sortierung::Programm => "Programm / Cluster",
            Sortierung::Status => "Status",
            Sortierung::Ampel => "Ampel",
            Sortierung::Ende => "Ende",
            Sortierung::Verzug => "Terminverzug",
            Sortierung::Welle => "Welle",
            Sortierung::Budget => "Budget",
        }
    }

    /// Stable key (form values, URLs).
    pub fn schluessel(self) -> &'static str {
        match self {
            Sortierung::Rang => "rang",
            Sortierung::Kennung => "kennung",
            Sortierung::Titel => "titel",
            Sortierung::Programm => "programm",
            Sortierung::Status => "status",
            Sortierung::Ampel => "ampel",
            Sortierung::Ende => "ende",
            Sortierung::Verzug => "verzug",
            Sortierung::Welle => "welle",
            Sortierung::Budget => "budget",
        }
    }

    /// The column of a key from [`Sortierung::schluessel`].
    pub fn aus_schluessel(schluessel: &str) -> Option<Sortierung> {
        Sortierung::ALLE
            .into_iter()
            .find(|s| s.schluessel() == schluessel)
    }
}

/// Sorts by a key computed once per project. Projects without a key come last in both
/// directions; ties keep their order (stable sort).
fn sortiere_nach<'a, K: Ord>(
    projekte: &mut Vec<&'a Projekt>,
    absteigend: bool,
    schluessel: impl Fn(&'a Projekt) -> Option<K>,
) {
    let mut mit: Vec<(Option<K>, &'a Projekt)> =
        projekte.iter().map(|&p| (schluessel(p), p)).collect();
    mit.sortiere_nach(|(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) if absteigend => b.cmp(a),
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    projekte.clear();
    projekte.extend(mit.into_iter().map(|(_, p)| p));
}

/// Sorts the table's projects by a column. The sort is stable (equal keys keep their order),
/// and projects without a value (no date, empty Programm, …) come last in both directions.
/// Ampel sorts rot > gelb > grün > grau > blau, so descending shows the worst first; Verzug is
/// [`projektverzug_am`] at `stichtag`.
pub fn sortiere(
    plan: &Multiprojektplan,
    projekte: &mut Vec<&Projekt>,
    nach: Sortierung,
    absteigend: bool,
    stichtag: Datum,
) {
    let a = absteigend;
    match nach {
        Sortierung::Rang => {
            let rang: HashMap<u32, usize> = rangfolge(plan)
                .into_iter()
                .enumerate()
                .map(|(i, id)| (id, i))
                .collect();
            sortiere_nach(projekte, a, |p| rang.get(&p.id).copied());
        }
        Sortierung::Kennung => sortiere_nach(projekte, a, |p| nicht_leer(&p.kennung).map(Text)),
        Sortierung::Titel => sortiere_nach(projekte, a, |p| nicht_leer(&p.titel).map(Text)),
        Sortierung::Programm => sortiere_nach(projekte, a, |p| nicht_leer(&p.programm).map(Text)),
        Sortierung::Status => sortiere_nach(projekte, a, |p| Some(p.status)),
        Sortierung::Ampel => sortiere_nach(projekte, a, |p| Some(schwere(p.ampeln.gesamt.ampel))),
        Sortierung::Ende => sortiere_nach(projekte, a, |p| p.ende_erwartet()),
        Sortierung::Verzug => sortiere_nach(projekte, a, |p| projektverzug_am(p, stichtag)),
        Sortierung::Welle => sortiere_nach(projekte, a, |p| p.welle),
        Sortierung::Budget => sortiere_nach(projekte, a, |p| p.budget_cent),
    }
}

/// How the portfolio table is grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Gruppierung {
    /// One group.
    #[default]
    Keine,
    /// By Programm / Cluster.
    Programm,
    /// By Ampel Gesamt.
    Ampel,
    /// By wave.
    Welle,
    /// By status.
    Status,
}

impl Gruppierung {
    /// All groupings in the order of the select.
    pub const ALLE: [Gruppierung; 5] = [
        Gruppierung::Keine,
        Gruppierung::Programm,
        Gruppierung::Ampel,
        Gruppierung::Welle,
        Gruppierung::Status,
    ];

    /// German label.
    pub fn name(self) -> &'static str {
        match self {
            Gruppierung::Keine => "keine",
            Gruppierung::Programm => "Programm",
            Gruppierung::Ampel => "Gesamtampel",
            Gruppierung::Welle => "Welle",
            Gruppierung::Status => "Status",
        }
    }

    /// Stable key (form values, URLs).
    pub fn schluessel(self) -> &'static str {
        match self {
            Gruppierung::Keine => "keine",
            Gruppierung::Programm => "programm",
            Gruppierung::Ampel => "ampel",
            Gruppierung::Welle => "welle",
            Gruppierung::Status => "status",
        }
    }

    /// The grouping of a key from [`Gruppierung::schluessel`].
    pub fn aus_schluessel(schluessel: &str) -> Option<Gruppierung> {
        Gruppierung::ALLE
            .into_iter()
            .find(|g| g.schluessel() == schluessel)
    }
}

/// Label of the single group of [`Gruppierung::Keine`].
pub const ALLE_PROJEKTE: &str = "Alle Projekte";

/// Splits by a key in first-seen order, keeping the order inside each group, then orders the
/// groups by key.
fn gruppen<'a, K: Ord>(
    projekte: Vec<&'a Projekt>,
    schluessel: impl Fn(&'a Projekt) -> K,
) -> Vec<(K, Vec<&'a Projekt>)> {
    let mut gruppen: Vec<(K, Vec<&'a Projekt>)> = Vec::new();
    for p in projekte {
        let k = schluessel(p);
        match gruppen.iter_mut().find(|(g, _)| *g == k) {
            Some((_, liste)) => liste.push(p),
            None => gruppen.push((k, vec![p])),
        }
    }
    gruppen.sortiere_nach(|(a, _), (b, _)| a.cmp(b));
    gruppen
}

/// Groups the table's projects (order inside a group preserved). Groups: Programme
/// alphabetically, then "ohne Programm"; Ampeln worst first (rot, gelb, grün, grau, blau); waves
/// ascending ("Welle 1"), then "ohne Welle"; statuses in [`Projektstatus::ALLE`] order.
/// [`Gruppierung::Keine`] gives one group labelled [`ALLE_PROJEKTE`]; no projects give no groups.
pub fn gruppiere(projekte: Vec<&Projekt>, nach: Gruppierung) -> Vec<(String, Vec<&Projekt>)> {
    if projekte.is_empty() {
        return Vec::new();
    }
    match nach {
        Gruppierung::Keine => vec![(ALLE_PROJEKTE.to_owned(), projekte)],
        // `None` sorts first, so the key is (missing, value) to put "ohne …" last.
        Gruppierung::Programm => gruppen(projekte, |p| {
            let programm = nicht_leer(&p.programm);
            (programm.is_none(), programm.map(Text))
        })
        .into_iter()
        .map(|((_, programm), liste)| {
            let name = programm.map_or_else(|| "ohne Programm".to_owned(), |t| t.0.to_owned());
            (name, liste)
        })
        .collect(),
        Gruppierung::Ampel => gruppen(projekte, |p| {
            let ampel = p.ampeln.gesamt.ampel;
            (std::cmp::Reverse(schwere(ampel)), ampel)
        })
        .into_iter()
        .map(|((_, ampel), liste)| (ampel.name().to_owned(), liste))
        .collect(),
        Gruppierung::Welle => gruppen(projekte, |p| (p.welle.is_none(), p.welle))
            .into_iter()
            .map(|((_, welle), liste)| {
                let name = welle.map_or_else(|| "ohne Welle".to_owned(), |w| format!("Welle {w}"));
                (name, liste)
            })
            .collect(),
        Gruppierung::Status => gruppen(projekte, |p| p.status)
            .into_iter()
            .map(|(status, liste)| (status.name().to_owned(), liste))
            .collect(),
    }
}

/// The distinct non-empty Programme (trimmed), sorted, for the filter.
pub fn programme(plan: &Multiprojektplan) -> Vec<String> {
    let mut liste: Vec<&str> = plan
        .projekte
        .iter()
        .filter_map(|p| nicht_leer(&p.programm))
        .collect();
    liste.sortiere_nach(|a, b| text::vergleiche(a, b));
    liste.dedup();
    liste.into_iter().map(str::to_owned).collect()
}

/// The distinct waves, ascending, for the filter.
pub fn wellen(plan: &Multiprojektplan) -> Vec<u32> {
    plan.projekte
        .iter()
        .filter_map(|p| p.welle)
        .sortiert_einmal()
}

// ---------------------------------------------------------------------------------------------
// Timeline scale
// ---------------------------------------------------------------------------------------------

/// Zoom level of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Zoom {
    /// Months.
    #[default]
    Monat,
    /// Quarters.
    Quartal,
    /// Years.
    Jahr,
}

/// German month abbreviations (Duden).
const MONATE: [&str; 12] = [
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
];

impl Zoom {
    /// All zoom levels, finest first.
    pub const ALLE: [Zoom; 3] = [Zoom::Monat, Zoom::Quartal, Zoom::Jahr];

    /// German label.
    pub fn name(self) -> &'static str {
        match self {
            Zoom::Monat => "Monat",
            Zoom::Quartal => "Quartal",
            Zoom::Jahr => "Jahr",
        }
    }

    /// Horizontal pixels per day.
    pub fn px_pro_tag(self) -> f64 {
        match self {
            Zoom::Monat => 4.0,
            Zoom::Quartal => 1.6,
            Zoom::Jahr => 0.5,
        }
    }

    /// Length of one period in months.
    fn monate(self) -> i32 {
        match self {
            Zoom::Monat => 1,
            Zoom::Quartal => 3,
            Zoom::Jahr => 12,
        }
    }

    /// First day of the period that contains `d`.
    pub fn periodenanfang(self, d: Datum) -> Datum {
        let monat = d.monat() as i32;
        let zurueck = match self {
            Zoom::Monat => 0,
            Zoom::Quartal => (monat - 1) % 3,
            Zoom::Jahr => monat - 1,
        };
        d.monatsanfang().plus_monate(-zurueck)
    }

    /// Label of the period starting at `anfang`: "Jan. 2026", "Q1 2026", "2026".
    pub fn beschriftung(self, anfang: Datum) -> String {
        match self {
            Zoom::Monat => format!("{} {}", MONATE[anfang.monat() as usize - 1], anfang.jahr()),
            Zoom::Quartal => format!("Q{} {}", anfang.quartal(), anfang.jahr()),
            Zoom::Jahr => anfang.jahr().to_string(),
        }
    }
}

/// One labelled period of the timeline's scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Abschnitt {
    /// First day shown of the period.
    pub von: Datum,
    /// Left edge in pixels.
    pub x: f64,
    /// Width in pixels.
    pub breite: f64,
    /// "Jan. 2026", "Q1 2026" or "2026".
    pub beschriftung: String,
}

/// The timeline's scale: days from `von` (inclusive) to `bis` (exclusive) in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Zeitachse {
    /// First day (x = 0).
    pub von: Datum,
    /// Day after the last (x = width).
    pub bis: Datum,
    /// Horizontal pixels per day.
    pub px_pro_tag: f64,
}

impl Zeitachse {
    /// The scale for `projekte`: covers every planned, actual and forecast start and end of the
    /// projects, the Basisplan, current forecast and actual date of their milestones, and
    /// `heute`; extended to whole periods of `zoom` plus one period on each side. Without any
    /// project date it covers the year around `heute` (six months either side).
    pub fn fuer(
        plan: &Multiprojektplan,
        projekte: &[&Projekt],
        zoom: Zoom,
        heute: Datum,
    ) -> Zeitachse {
        let mut spanne: Option<(Datum, Datum)> = None;
        let mut nimm = |d: Option<Datum>| {
            if let Some(d) = d {
                spanne = Some(match spanne {
                    Some((a, b)) => (a.min(d), b.max(d)),
                    None => (d, d),
                });
            }
        };
        for p in projekte {
            for d in [
                p.start_plan,
                p.start_ist,
                p.ende_plan,
                p.ende_ist,
                p.ende_prognose,
            ] {
                nimm(d);
            }
        }
        if !projekte.is_empty() {
            let ids: HashSet<u32> = projekte.iter().map(|p| p.id).collect();
            for m in plan
                .meilensteine
                .iter()
                .filter(|m| ids.contains(&m.projekt))
            {
                nimm(m.basis);
                nimm(m.prognose());
                nimm(m.ist);
            }
        }
        let (erster, letzter) = match spanne {
            Some((a, b)) => (a.min(heute), b.max(heute)),
            None => (heute.plus_monate(-6), heute.plus_monate(6)),
        };
        let schritt = zoom.monate();
        Zeitachse {
            von: zoom.periodenanfang(erster).plus_monate(-schritt),
            bis: zoom.periodenanfang(letzter).plus_monate(2 * schritt),
            px_pro_tag: zoom.px_pro_tag(),
        }
    }

    /// Horizontal position of the start of day `d`.
    pub fn x(&self, d: Datum) -> f64 {
        self.von.tage_bis(d) as f64 * self.px_pro_tag
    }

    /// Total width in pixels.
    pub fn breite(&self) -> f64 {
        self.x(self.bis)
    }

    /// The labelled periods of `zoom` from `von` to `bis`; a period cut by either end is shown
    /// cut.
    pub fn einteilung(&self, zoom: Zoom) -> Vec<Abschnitt> {
        let mut liste = Vec::new();
        let mut anfang = zoom.periodenanfang(self.von);
        while anfang < self.bis {
            let naechster = anfang.plus_monate(zoom.monate());
            let von = anfang.max(self.von);
            let ende = if naechster > anfang {
                naechster.min(self.bis)
            } else {
                // The calendar ends (year 9999): the last period runs to the end.
                self.bis
            };
            liste.push(Abschnitt {
                von,
                x: self.x(von),
                breite: self.x(ende) - self.x(von),
                beschriftung: zoom.beschriftung(anfang),
            });
            if naechster <= anfang {
                break;
            }
            anfang = naechster;
        }
        liste
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A filter by search text only.
    fn suche(text: &str) -> Filter {
        Filter {
            text: text.into(),
            ..Filter::default()
        }
    }
    use crate::tools::multiprojektplan::model::{
        Abhaengigkeitsart, Bewertung, MussKriterium, Prognose,
    };

    fn d(text: &str) -> Datum {
        Datum::aus_iso(text).expect("gültiges Datum")
    }

    fn od(text: &str) -> Option<Datum> {
        (!text.is_empty()).then(|| d(text))
    }

    fn projekt(id: u32, kennung: &str) -> Projekt {
        Projekt {
            id,
            kennung: kennung.into(),
            titel: format!("Projekt {kennung}"),
            ..Projekt::default()
        }
    }

    fn meilenstein(
        id: u32,
        projekt: u32,
        basis: &str,
        prognosen: &[&str],
        ist: &str,
        status: Meilensteinstatus,
    ) -> Meilenstein {
        Meilenstein {
            id,
            projekt,
            bezeichnung: format!("M{id}"),
            basis: od(basis),
            prognosen: prognosen
                .iter()
                .enumerate()
                .map(|(i, datum)| Prognose {
                    stichtag: d("2026-01-31").plus_monate(i as i32),
                    datum: d(datum),
                    kommentar: String::new(),
                })
                .collect(),
            ist: od(ist),
            status,
            ..Meilenstein::default()
        }
    }

    use Meilensteinstatus::{Entfallen, Erreicht, Offen, Verschoben};

    #[test]
    fn terminverzug_in_tagen() {
        for (basis, aktuell, erwartet) in [
            ("2026-03-01", "2026-03-01", Some(0)),
            ("2026-03-01", "2026-03-15", Some(14)),
            ("2026-03-15", "2026-03-01", Some(-14)),
            ("2025-12-31", "2026-01-01", Some(1)),
            ("", "2026-03-01", None),
            ("2026-03-01", "", None),
            ("", "", None),
        ] {
            assert_eq!(
                terminverzug(od(basis), od(aktuell)),
                erwartet,
                "{basis} → {aktuell}"
            );
        }
    }

    #[test]
    fn projektverzug_misst_ist_oder_prognose_gegen_plan() {
        // (ende_plan, ende_prognose, ende_ist, status, verzug, verzug am 2026-06-30)
        for (plan, prognose, ist, status, verzug, am_stichtag) in [
            ("", "", "", Projektstatus::Aktiv, None, None),
            ("", "2026-05-01", "", Projektstatus::Aktiv, None, None),
            // Plan only: on plan as far as known, but overdue once the plan has passed.
            ("2026-09-30", "", "", Projektstatus::Aktiv, Some(0), Some(0)),
            (
                "2026-05-31",
                "",
                "",
                Projektstatus::Aktiv,
                Some(0),
                Some(30),
            ),
            (
                "2026-09-30",
                "2026-10-15",
                "",
                Projektstatus::Aktiv,
                Some(15),
                Some(15),
            ),
            (
                "2026-09-30",
                "2026-09-20",
                "",
                Projektstatus::Aktiv,
                Some(-10),
                Some(-10),
            ),
            // The actual end wins over the forecast; a finished project is never overdue.
            (
                "2026-03-31",
                "2026-09-30",
                "2026-04-10",
                Projektstatus::Abgeschlossen,
                Some(10),
                Some(10),
            ),
            (
                "2026-03-31",
                "",
                "",
                Projektstatus::Abgeschlossen,
                Some(0),
                Some(0),
            ),
            (
                "2026-03-31",
                "",
                "",
                Projektstatus::Abgebrochen,
                Some(0),
                Some(0),
            ),
            // A forecast that has passed without an actual end is overdue as well.
            (
                "2026-03-31",
                "2026-05-31",
                "",
                Projektstatus::Aktiv,
                Some(61),
                Some(91),
            ),
            // Forecast passed but still before the plan: late only from the plan on.
            (
                "2026-07-31",
                "2026-06-15",
                "",
                Projektstatus::Pausiert,
                Some(-46),
                Some(-31),
            ),
        ] {
            let p = Projekt {
                ende_plan: od(plan),
                ende_prognose: od(prognose),
                ende_ist: od(ist),
                status,
                ..Projekt::default()
            };
            assert_eq!(projektverzug(&p), verzug, "{plan} {prognose} {ist}");
            assert_eq!(
                projektverzug_am(&p, d("2026-06-30")),
                am_stichtag,
                "{plan} {prognose} {ist} am Stichtag"
            );
        }
    }

    #[test]
    fn meilensteinverzug_mit_ueberfaelligkeit() {
        let stichtag = d("2026-06-30");
        for (basis, prognosen, ist, status, erwartet) in [
            ("", &[][..], "", Offen, None),
            ("", &["2026-07-01"][..], "", Offen, None),
            ("2026-09-30", &[][..], "", Offen, Some(0)),
            (
                "2026-09-30",
                &["2026-09-01", "2026-10-10"][..],
                "",
                Offen,
                Some(10),
            ),
            (
                "2026-09-30",
                &["2026-10-10", "2026-09-01"][..],
                "",
                Offen,
                Some(-29),
            ),
            // Reached: the actual date counts, forecasts do not.
            (
                "2026-03-31",
                &["2026-05-31"][..],
                "2026-04-02",
                Erreicht,
                Some(2),
            ),
            ("2026-03-31", &[][..], "2026-03-20", Offen, Some(-11)),
            // Reached without a date: the forecast counts, it is not overdue.
            ("2026-03-31", &["2026-04-30"][..], "", Erreicht, Some(30)),
            ("2026-03-31", &[][..], "", Erreicht, Some(0)),
            // Open and passed: at least Stichtag − Basisplan.
            ("2026-05-31", &[][..], "", Offen, Some(30)),
            ("2026-05-31", &["2026-06-15"][..], "", Verschoben, Some(30)),
            ("2026-06-30", &[][..], "", Offen, Some(0)),
            ("2026-06-29", &[][..], "", Offen, Some(1)),
            // Passed forecast still earlier than a future Basisplan.
            ("2026-08-31", &["2026-06-01"][..], "", Offen, Some(-62)),
            // Forecast in the future wins if it is later than the Stichtag-based delay.
            ("2026-05-31", &["2026-08-31"][..], "", Offen, Some(92)),
            ("2026-05-31", &["2026-08-31"][..], "", Entfallen, None),
            ("2026-05-31", &[][..], "", Entfallen, None),
        ] {
            let m = meilenstein(1, 1, basis, prognosen, ist, status);
            assert_eq!(
                meilensteinverzug(&m, stichtag),
                erwartet,
                "{basis} {prognosen:?} {ist} {status:?}"
            );
        }
    }

    #[test]
    fn termintreue_zaehlt_faellige_und_puenktliche() {
        let stichtag = d("2026-06-30");
        let liste = [
            // due, on time
            meilenstein(1, 1, "2026-03-31", &[], "2026-03-31", Erreicht),
            // due, early
            meilenstein(2, 1, "2026-04-30", &[], "2026-04-01", Erreicht),
            // due, late
            meilenstein(3, 1, "2026-05-31", &[], "2026-06-02", Erreicht),
            // due, open
            meilenstein(4, 1, "2026-06-30", &["2026-07-15"], "", Offen),
            // not due yet but reached early: counts, on time
            meilenstein(5, 1, "2026-07-01", &[], "2026-06-01", Erreicht),
            // not counted: no basis, dropped
            meilenstein(6, 1, "", &[], "2026-06-01", Erreicht),
            meilenstein(7, 1, "2026-01-31", &[], "", Entfallen),
        ];
        let t = termintreue(&liste, stichtag);
        assert_eq!(
            t,
            Termintreue {
                termingerecht: 3,
                faellig: 5
            }
        );
        assert_eq!(t.zehntel_prozent(), Some(600));
        assert_eq!(
            termintreue(&liste[4..], stichtag).zehntel_prozent(),
            Some(1000)
        );
        assert_eq!(termintreue(&liste[5..], stichtag).zehntel_prozent(), None);
        assert_eq!(
            termintreue(&liste[..1], stichtag).zehntel_prozent(),
            Some(1000)
        );
        assert_eq!(
            termintreue(&liste[2..4], stichtag).zehntel_prozent(),
            Some(0)
        );
    }

    #[test]
    fn zehntel_prozent_runden_halb_auf() {
        for (termingerecht, faellig, erwartet) in [
            (0, 0, None),
            (0, 5, Some(0)),
            (1, 3, Some(333)),
            (2, 3, Some(667)),
            (1, 8, Some(125)),
            // 1/16 = 62.5 ‰ → 63 (half up), 1/2000 = 0.5 ‰ → 1
            (1, 16, Some(63)),
            (1, 2000, Some(1)),
            (1, 2001, Some(0)),
            (7, 7, Some(1000)),
            (u32::MAX, u32::MAX, Some(1000)),
        ] {
            let t = Termintreue {
                termingerecht,
                faellig,
            };
            assert_eq!(t.zehntel_prozent(), erwartet, "{termingerecht}/{faellig}");
        }
    }

    #[test]
    fn termin_ampel_nach_schwellen() {
        let s = Terminschwellen {
            gruen_bis_tage: 5,
            gelb_bis_tage: 30,
        };
        for (verzug, ampel) in [
            (None, Ampel::Grau),
            (Some(-100), Ampel::Gruen),
            (Some(5), Ampel::Gruen),
            (Some(6), Ampel::Gelb),
            (Some(30), Ampel::Gelb),
            (Some(31), Ampel::Rot),
        ] {
            assert_eq!(termin_ampel(verzug, &s), ampel, "{verzug:?}");
        }
        let standard = Terminschwellen::default();
        assert_eq!(termin_ampel(Some(0), &standard), Ampel::Gruen);
        assert_eq!(termin_ampel(Some(1), &standard), Ampel::Gelb);
    }

    fn plan_mit(projekte: Vec<Projekt>, meilensteine: Vec<Meilenstein>) -> Multiprojektplan {
        Multiprojektplan {
            projekte,
            meilensteine,
            naechste_id: 1000,
            ..Multiprojektplan::default()
        }
    }

    #[test]
    fn vorgeschlagene_termin_ampel_nimmt_das_schlechteste() {
        let stichtag = d("2026-06-30");
        let mut p = Projekt {
            ende_plan: od("2026-12-31"),
            status: Projektstatus::Aktiv,
            ..projekt(1, "P-1")
        };
        let gruen = meilenstein(10, 1, "2026-09-30", &["2026-09-30"], "", Offen);
        let gelb = meilenstein(11, 1, "2026-09-30", &["2026-10-20"], "", Offen);
        let rot = meilenstein(12, 1, "2026-05-01", &[], "", Offen);
        let fremd = meilenstein(13, 2, "2026-01-31", &[], "", Offen);
        let ampel = |p: &Projekt, ms: Vec<Meilenstein>| {
            vorgeschlagene_termin_ampel(&plan_mit(vec![p.clone()], ms), p, stichtag)
        };
        assert_eq!(ampel(&p, vec![]), Ampel::Gruen);
        assert_eq!(ampel(&p, vec![gruen.clone(), fremd.clone()]), Ampel::Gruen);
        assert_eq!(ampel(&p, vec![gruen.clone(), gelb.clone()]), Ampel::Gelb);
        assert_eq!(ampel(&p, vec![gelb.clone(), rot.clone()]), Ampel::Rot);
        // The project end alone can make it red.
        p.ende_prognose = od("2027-03-31");
        assert_eq!(ampel(&p, vec![gruen.clone()]), Ampel::Rot);
        // Nothing dated: grey.
        let ohne = projekt(1, "P-1");
        assert_eq!(ampel(&ohne, vec![]), Ampel::Grau);
        assert_eq!(
            ampel(
                &ohne,
                vec![meilenstein(10, 1, "2026-09-30", &[], "", Entfallen)]
            ),
            Ampel::Grau
        );
        let mut plan = plan_mit(
            vec![p.clone(), ohne.clone(), projekt(2, "P-2")],
            vec![gruen.clone(), gelb.clone(), fremd.clone()],
        );
        plan.projekte[1].id = 3;
        let alle = vorgeschlagene_termin_ampeln(&plan, stichtag);
        assert_eq!(alle.len(), 3);
        for q in &plan.projekte {
            assert_eq!(
                alle[&q.id],
                vorgeschlagene_termin_ampel(&plan, q, stichtag),
                "{}",
                q.id
            );
        }
        // Project 1: its end is red; project 2: its only milestone is overdue by 150 days.
        assert_eq!(alle[&1], Ampel::Rot);
        assert_eq!(alle[&2], Ampel::Rot);
        assert_eq!(alle[&3], Ampel::Grau);
        p.status = Projektstatus::Abgeschlossen;
        assert_eq!(ampel(&p, vec![rot.clone()]), Ampel::Blau);
        p.status = Projektstatus::Abgebrochen;
        assert_eq!(ampel(&p, vec![rot]), Ampel::Grau);
    }

    /// Termin-Ampel (fachkonzept §2.1 auto-Ampel Termine; V-Modell XT Bund status report:
    /// deviations from the Soll, Q:S66): today's Ampel looks at the end forecast and the open
    /// milestones only; a milestone already reached — even late — counts in the Termintreue
    /// (Meilenstein-Termintreue = erreicht termingerecht / fällige), not in today's Ampel. An
    /// end forecast beyond the gesetzliche Frist (Muss-Kriterium "gesetzliche Vorgabe
    /// (Zieldatum)", Q:S47) is rot.
    #[test]
    fn termin_ampel_aus_prognose_und_offenen_meilensteinen() {
        let stichtag = d("2026-06-30");
        let p = Projekt {
            ende_plan: od("2026-12-31"),
            status: Projektstatus::Aktiv,
            ..projekt(1, "P-1")
        };
        // Reached 90 days late: red as a milestone delay, but no longer in today's Ampel.
        let spaet_erreicht = meilenstein(10, 1, "2026-01-31", &[], "2026-05-01", Erreicht);
        let offen = meilenstein(11, 1, "2026-09-30", &["2026-09-30"], "", Offen);
        let plan = plan_mit(vec![p.clone()], vec![spaet_erreicht.clone(), offen.clone()]);
        assert_eq!(meilensteinverzug(&spaet_erreicht, stichtag), Some(90));
        assert_eq!(
            vorgeschlagene_termin_ampel(&plan, &p, stichtag),
            Ampel::Gruen
        );
        let treue = termintreue(&plan.meilensteine, stichtag);
        assert_eq!((treue.termingerecht, treue.faellig), (0, 1));
        // A milestone reached early, before its Basisplan is due, counts in the Termintreue.
        let frueh = meilenstein(12, 1, "2026-10-31", &[], "2026-06-01", Erreicht);
        let treue = termintreue([&spaet_erreicht, &offen, &frueh], stichtag);
        assert_eq!((treue.termingerecht, treue.faellig), (1, 2));
        // An open milestone forecast late still colours the Ampel.
        let spaet = meilenstein(13, 1, "2026-09-30", &["2026-12-31"], "", Offen);
        let plan = plan_mit(vec![p.clone()], vec![spaet_erreicht.clone(), spaet]);
        assert_eq!(vorgeschlagene_termin_ampel(&plan, &p, stichtag), Ampel::Rot);
        // End forecast beyond the gesetzliche Frist: rot, although its delay alone is gelb.
        let mut f = Projekt {
            gesetzliche_frist: od("2026-12-31"),
            ende_prognose: od("2027-01-10"),
            ..p.clone()
        };
        assert_eq!(fristueberschreitung(&f), Some(10));
        let plan = plan_mit(vec![f.clone()], vec![]);
        assert_eq!(
            termin_ampel(projektverzug_am(&f, stichtag), &plan.schwellen),
            Ampel::Gelb
        );
        assert_eq!(vorgeschlagene_termin_ampel(&plan, &f, stichtag), Ampel::Rot);
        f.ende_prognose = od("2026-12-31");
        assert_eq!(fristueberschreitung(&f), None);
        assert_eq!(
            vorgeschlagene_termin_ampel(&plan, &f, stichtag),
            Ampel::Gruen
        );
    }

    /// Prioritisation (fachkonzept §2.1, Q:S47): Muss-Kriterien (gesetzliche Vorgabe inkl.
    /// Zieldatum) sort to the top; among them the earlier gesetzliche Frist ranks first.
    /// Abgeschlossene and abgebrochene projects need no priority and are left out.
    #[test]
    fn rangfolge_ohne_abgeschlossene_und_nach_frist() {
        let muss = |id, kennung, frist: &str| Projekt {
            muss_kriterien: vec![MussKriterium::GesetzlicheVorgabe],
            gesetzliche_frist: od(frist),
            ..mit_bewertungen(id, kennung, &[(1, 3)])
        };
        let mut fertig = mit_bewertungen(6, "P-0", &[(1, 3), (2, 3)]);
        fertig.status = Projektstatus::Abgeschlossen;
        let mut abgebrochen = muss(7, "P-00", "2025-01-01");
        abgebrochen.status = Projektstatus::Abgebrochen;
        let plan = plan_mit(
            vec![
                muss(1, "P-1", "2027-06-30"),
                muss(2, "P-2", ""),
                muss(3, "P-3", "2026-12-31"),
                mit_bewertungen(4, "P-4", &[(1, 3), (2, 3)]),
                fertig,
                abgebrochen,
            ],
            vec![],
        );
        assert_eq!(rangfolge(&plan), [3, 1, 2, 4]);
        assert!(!wird_priorisiert(&plan.projekte[4]));
        // Sorting the table by Rang puts the unranked ones last.
        let mut liste: Vec<&Projekt> = plan.projekte.iter().collect();
        sortiere(&plan, &mut liste, Sortierung::Rang, false, d("2026-06-30"));
        let ids: Vec<u32> = liste.iter().map(|p| p.id).collect();
        assert_eq!(&ids[..4], [3, 1, 2, 4]);
    }

    fn mit_bewertungen(id: u32, kennung: &str, bewertungen: &[(u32, u8)]) -> Projekt {
        Projekt {
            bewertungen: bewertungen.iter().copied().collect(),
            ..projekt(id, kennung)
        }
    }

    #[test]
    fn prioritaetswert_gewichtet() {
        let kriterien = Kriterium::vorgaben(); // weights 25, 25, 20, 15, 15
        for (bewertungen, erwartet) in [
            (&[][..], Some(0)),
            (&[(1, 3), (2, 3), (3, 3), (4, 3), (5, 3)][..], Some(1000)),
            // 25·3 / 300 = 25 %
            (&[(1, 3)][..], Some(250)),
            // (25·2 + 20·1) / 300 = 70/300 = 23.33 %
            (&[(1, 2), (3, 1)][..], Some(233)),
            // 15·1 / 300 = 5 %
            (&[(5, 1)][..], Some(50)),
            // Ratings above 3 count 3; unknown criteria are ignored.
            (&[(1, 9), (99, 3)][..], Some(250)),
        ] {
            let p = mit_bewertungen(1, "P-1", bewertungen);
            assert_eq!(prioritaetswert(&p, &kriterien), erwartet, "{bewertungen:?}");
        }
        let k = |id, gewicht| Kriterium {
            id,
            name: format!("K{id}"),
            gruppe: crate::tools::multiprojektplan::model::Kriteriengruppe::Nutzen,
            gewicht,
        };
        let p = mit_bewertungen(1, "P-1", &[(1, 1), (2, 2)]);
        assert_eq!(prioritaetswert(&p, &[]), None);
        assert_eq!(prioritaetswert(&p, &[k(1, 0), k(2, 0)]), None);
        // 1/3 = 33.33 % → 333; 2/3 → 667 (half up at .67)
        assert_eq!(prioritaetswert(&p, &[k(1, 10)]), Some(333));
        assert_eq!(prioritaetswert(&p, &[k(2, 10)]), Some(667));
        // (1·1 + 1·2) / (2·3) = 50 %
        assert_eq!(prioritaetswert(&p, &[k(1, 1), k(2, 1)]), Some(500));
        // 1 / (3 + 3·15) = 1/48 = 20.83 ‰ → 21; a .5 rounds up: 1/16 = 62.5 ‰ → 63
        let p = mit_bewertungen(1, "P-1", &[(1, 1)]);
        assert_eq!(prioritaetswert(&p, &[k(1, 1), k(2, 15)]), Some(21));
        let p = mit_bewertungen(1, "P-1", &[(1, 3)]);
        assert_eq!(prioritaetswert(&p, &[k(1, 1), k(2, 15)]), Some(63));
        assert_eq!(
            prioritaetswert(&p, &[k(1, u32::MAX), k(2, u32::MAX)]),
            Some(500)
        );
    }

    #[test]
    fn rangfolge_muss_vor_punkten_vor_kennung() {
        let mut muss = mit_bewertungen(1, "P-9", &[]);
        muss.muss_kriterien = vec![MussKriterium::GesetzlicheVorgabe];
        let plan = plan_mit(
            vec![
                mit_bewertungen(2, "P-10", &[(1, 3)]),
                mit_bewertungen(3, "P-2", &[(1, 3)]),
                muss,
                mit_bewertungen(4, "P-1", &[]),
                mit_bewertungen(5, "P-3", &[(1, 3), (2, 3)]),
            ],
            vec![],
        );
        assert_eq!(rangfolge(&plan), [1, 5, 3, 2, 4]);
        // Without criteria nobody has a score: Muss first, then Projekt-ID.
        let ohne = Multiprojektplan {
            kriterien: vec![],
            ..plan.clone()
        };
        assert_eq!(rangfolge(&ohne), [1, 4, 3, 5, 2]);
        assert!(rangfolge(&Multiprojektplan::default()).is_empty());
    }

    fn plan_mit_abhaengigkeiten() -> Multiprojektplan {
        let mut plan = plan_mit(
            vec![
                Projekt {
                    start_plan: od("2026-01-01"),
                    ende_plan: od("2026-06-30"),
                    ende_prognose: od("2026-08-31"),
                    ..projekt(1, "P-1")
                },
                Projekt {
                    start_plan: od("2026-07-01"),
                    ende_plan: od("2026-12-31"),
                    ..projekt(2, "P-2")
                },
                Projekt {
                    start_plan: od("2026-09-01"),
                    start_ist: od("2026-08-30"),
                    ..projekt(3, "P-3")
                },
                Projekt {
                    status: Projektstatus::Abgebrochen,
                    start_plan: od("2025-01-01"),
                    ende_plan: od("2027-12-31"),
                    ..projekt(4, "P-4")
                },
            ],
            vec![
                meilenstein(10, 1, "2026-05-31", &["2026-06-15"], "", Offen),
                meilenstein(11, 2, "2026-06-14", &[], "", Offen),
                meilenstein(12, 2, "2026-03-01", &[], "", Entfallen),
                meilenstein(13, 4, "2026-01-01", &[], "", Offen),
            ],
        );
        let abh = |id, von, zu| Abhaengigkeit {
            id,
            von,
            zu,
            art: Abhaengigkeitsart::LiefertInput,
            staerke: 2,
            bemerkung: String::new(),
        };
        use Bezug::{Meilenstein as M, Projekt as P};
        plan.abhaengigkeiten = vec![
            // P-1 ends 31.08. (forecast), P-2 starts 01.07.: 61 days
            abh(100, P(1), P(2)),
            // P-1 ends 31.08., P-3 starts 30.08. (actual): 1 day
            abh(101, P(1), P(3)),
            // milestone 15.06. (forecast) before milestone 14.06.: 1 day
            abh(102, M(10), M(11)),
            // in order: P-2 milestone 14.06. before P-3 start
            abh(103, M(11), P(3)),
            // same day is fine: P-2 ends 31.12. → nothing after it; reversed order
            abh(104, P(3), M(11)), // P-3 has no end → skipped
            abh(105, M(12), P(2)), // entfallen → skipped
            abh(106, P(4), P(2)),  // abgebrochen → skipped
            abh(107, M(13), P(2)), // milestone of an abgebrochen project → skipped
            abh(108, P(99), P(2)), // deleted → skipped
            abh(109, M(10), P(1)), // 15.06. vs start 01.01.: successor starts before
        ];
        plan
    }

    #[test]
    fn abhaengigkeitswarnungen_bei_ueberlappung() {
        let plan = plan_mit_abhaengigkeiten();
        let warnungen = abhaengigkeitswarnungen(&plan);
        let kurz: Vec<(u32, i64)> = warnungen
            .iter()
            .map(|w| (w.abhaengigkeit, w.tage))
            .collect();
        assert_eq!(kurz, [(100, 61), (101, 1), (102, 1), (109, 165)]);
        assert_eq!(
            abhaengigkeitskonflikte(&plan),
            HashSet::from([100, 101, 102, 109])
        );
        assert_eq!(
            warnungen[0].meldung,
            "Der Start von „P-2“ am 01.07.2026 liegt 61 Tage vor dem Ende von „P-1“ am 31.08.2026."
        );
        assert_eq!(
            warnungen[2].meldung,
            "Der Meilenstein „P-2 › M11“ am 14.06.2026 liegt 1 Tag vor dem Meilenstein „P-1 › M10“ am 15.06.2026."
        );
    }

    #[test]
    fn keine_warnung_am_selben_tag() {
        let mut plan = plan_mit_abhaengigkeiten();
        plan.projekt_mut(2).unwrap().start_plan = od("2026-08-31");
        let ids: Vec<u32> = abhaengigkeitswarnungen(&plan)
            .iter()
            .map(|w| w.abhaengigkeit)
            .collect();
        assert!(!ids.contains(&100), "{ids:?}");
    }

    fn mit_ampel(id: u32, gesamt: Ampel, termine: Ampel) -> Projekt {
        let mut p = projekt(id, &format!("P-{id}"));
        p.ampeln.gesamt = Bewertung {
            ampel: gesamt,
            begruendung: "x".into(),
        };
        p.ampeln.termine.ampel = termine;
        p
    }

    #[test]
    fn ampeluebersicht_zaehlt_je_dimension() {
        let projekte = [
            mit_ampel(1, Ampel::Rot, Ampel::Gelb),
            mit_ampel(2, Ampel::Rot, Ampel::Gruen),
            mit_ampel(3, Ampel::Blau, Ampel::Blau),
            mit_ampel(4, Ampel::Gruen, Ampel::Grau),
        ];
        let u = ampeluebersicht(&projekte);
        let dimensionen: Vec<Ampeldimension> = u.zeilen.iter().map(|z| z.0).collect();
        assert_eq!(dimensionen, Ampeldimension::ALLE);
        // grün, gelb, rot, grau, blau
        assert_eq!(u.zeilen[0].1, [1, 0, 2, 0, 1]);
        assert_eq!(u.zeilen[1].1, [1, 1, 0, 1, 1]);
        assert_eq!(u.zeilen[2].1, [0, 0, 0, 4, 0]);
        assert!(ampeluebersicht([]).zeilen.iter().all(|z| z.1 == [0; 5]));
        for (i, &a) in Ampel::ALLE.iter().enumerate() {
            assert_eq!(ampel_index(a), i);
        }
    }

    fn portfolio() -> Multiprojektplan {
        let p = |id: u32, kennung: &str, titel: &str, programm: &str| Projekt {
            id,
            kennung: kennung.into(),
            titel: titel.into(),
            programm: programm.into(),
            ..Projekt::default()
        };
        let mut liste = vec![
            Projekt {
                status: Projektstatus::Aktiv,
                welle: Some(2),
                budget_cent: Some(50_000),
                ende_plan: od("2026-12-31"),
                ende_prognose: od("2027-01-31"),
                ozg_leistungen: vec!["99123456017000".into()],
                projektleitung: "Dr. Özlem Yılmaz".into(),
                ..p(1, "P-10", "Wohngeld digital", "Familie & Kind")
            },
            Projekt {
                status: Projektstatus::Geplant,
                welle: Some(1),
                budget_cent: Some(10_000),
                ende_plan: od("2026-06-30"),
                ..p(2, "P-2", "Elterngeld online", "Familie & Kind")
            },
            Projekt {
                status: Projektstatus::Aktiv,
                welle: None,
                ende_plan: od("2027-06-30"),
                ziel: "Gewerbe anmelden ohne Papier".into(),
                ..p(3, "P-3", "Gewerbeanmeldung (EfA)", "Unternehmensführung")
            },
            Projekt {
                status: Projektstatus::Abgeschlossen,
                welle: Some(1),
                budget_cent: Some(30_000),
                ende_plan: od("2025-12-31"),
                ende_ist: od("2025-12-15"),
                auftraggeber: "Referat DG II".into(),
                ..p(4, "P-1", "Basisdienst Bezahlen", " ")
            },
            Projekt {
                status: Projektstatus::Aktiv,
                welle: Some(2),
                ..p(5, "P-4", "Ärztliche Zulassung", "Gesundheit")
            },
        ];
        liste[0].ampeln.gesamt.ampel = Ampel::Gelb;
        liste[1].ampeln.gesamt.ampel = Ampel::Gruen;
        liste[2].ampeln.gesamt.ampel = Ampel::Rot;
        liste[3].ampeln.gesamt.ampel = Ampel::Blau;
        liste[0].bewertungen = [(1, 1)].into_iter().collect();
        liste[1].bewertungen = [(1, 3)].into_iter().collect();
        liste[2].bewertungen = [(1, 2)].into_iter().collect();
        liste[4].muss_kriterien = vec![MussKriterium::Betriebskritisch];
        plan_mit(liste, vec![])
    }

    fn ids(projekte: &[&Projekt]) -> Vec<u32> {
        projekte.iter().map(|p| p.id).collect()
    }

    #[test]
    fn filter_kombiniert_alle_kriterien() {
        let plan = portfolio();
        for (filter, erwartet) in [
            (Filter::default(), vec![1, 2, 3, 4, 5]),
            (
                Filter {
                    status: Some(Projektstatus::Aktiv),
                    ..Filter::default()
                },
                vec![1, 3, 5],
            ),
            (
                Filter {
                    ampel: Some(Ampel::Grau),
                    ..Filter::default()
                },
                vec![5],
            ),
            (
                Filter {
                    welle: Some(1),
                    ..Filter::default()
                },
                vec![2, 4],
            ),
            (
                Filter {
                    programm: Some("Familie & Kind".into()),
                    status: Some(Projektstatus::Aktiv),
                    ..Filter::default()
                },
                vec![1],
            ),
            (
                Filter {
                    programm: Some(String::new()),
                    ..Filter::default()
                },
                vec![4],
            ),
            (suche("  DIGITAL "), vec![1]),
            // Every word must occur, in any field.
            (suche("familie online"), vec![2]),
            (suche("özlem"), vec![1]),
            (suche("ÄRZTLICHE"), vec![5]),
            (suche("papier"), vec![3]),
            (suche("dg ii"), vec![4]),
            (suche("017000"), vec![1]),
            (suche("p-1"), vec![1, 4]),
            // Words never match across two fields.
            (suche("digital\nfamilie"), vec![1]),
            (suche("digitalfamilie"), vec![]),
            (
                Filter {
                    text: "wohngeld".into(),
                    welle: Some(1),
                    ..Filter::default()
                },
                vec![],
            ),
        ] {
            assert_eq!(ids(&filtere(&plan, &filter)), erwartet, "{filter:?}");
        }
    }

    #[test]
    fn sortierung_je_spalte_leere_zuletzt() {
        let plan = portfolio();
        let stichtag = d("2026-09-30");
        // Ranking: Muss (5), then score 1000·3/… : P-2 (3) > P-3 (2) > P-10 (1) > P-1 (0)
        for (nach, auf, ab) in [
            // P-4 is abgeschlossen: no rank, last in both directions.
            (Sortierung::Rang, vec![5, 2, 3, 1, 4], vec![1, 3, 2, 5, 4]),
            (
                Sortierung::Kennung,
                vec![4, 2, 3, 5, 1],
                vec![1, 5, 3, 2, 4],
            ),
            (Sortierung::Titel, vec![5, 4, 2, 3, 1], vec![1, 3, 2, 4, 5]),
            // Blank Programm last both ways; equal Programme keep their order.
            (
                Sortierung::Programm,
                vec![1, 2, 5, 3, 4],
                vec![3, 5, 1, 2, 4],
            ),
            (Sortierung::Status, vec![2, 1, 3, 5, 4], vec![4, 1, 3, 5, 2]),
            (Sortierung::Ampel, vec![4, 5, 2, 1, 3], vec![3, 1, 2, 5, 4]),
            (Sortierung::Ende, vec![4, 2, 1, 3, 5], vec![3, 1, 2, 4, 5]),
            // Verzug at 30.09.2026: P-10 31, P-2 92 (overdue), P-3 0, P-1 -16, none for P-4.
            (Sortierung::Verzug, vec![4, 3, 1, 2, 5], vec![2, 1, 3, 4, 5]),
            (Sortierung::Welle, vec![2, 4, 1, 5, 3], vec![1, 5, 2, 4, 3]),
            (Sortierung::Budget, vec![2, 4, 1, 3, 5], vec![1, 4, 2, 3, 5]),
        ] {
            let mut liste: Vec<&Projekt> = plan.projekte.iter().collect();
            sortiere(&plan, &mut liste, nach, false, stichtag);
            assert_eq!(ids(&liste), auf, "{nach:?} aufsteigend");
            let mut liste: Vec<&Projekt> = plan.projekte.iter().collect();
            sortiere(&plan, &mut liste, nach, true, stichtag);
            assert_eq!(ids(&liste), ab, "{nach:?} absteigend");
        }
    }

    #[test]
    fn sortierung_ist_stabil_und_schluessel_sind_eindeutig() {
        let plan = portfolio();
        let mut liste: Vec<&Projekt> = plan.projekte.iter().rev().collect();
        sortiere(&plan, &mut liste, Sortierung::Welle, false, d("2026-01-01"));
        // Wave 1: 4 before 2 as given (reversed input), wave 2: 5 before 1.
        assert_eq!(ids(&liste), [4, 2, 5, 1, 3]);
        for s in Sortierung::ALLE {
            assert_eq!(Sortierung::aus_schluessel(s.schluessel()), Some(s));
        }
        for g in Gruppierung::ALLE {
            assert_eq!(Gruppierung::aus_schluessel(g.schluessel()), Some(g));
        }
        assert_eq!(Sortierung::aus_schluessel("x"), None);
        assert_eq!(Gruppierung::aus_schluessel(""), None);
    }

    fn gruppen_ids(gruppen: Vec<(String, Vec<&Projekt>)>) -> Vec<(String, Vec<u32>)> {
        gruppen
            .into_iter()
            .map(|(name, liste)| (name, ids(&liste)))
            .collect()
    }

    #[test]
    fn gruppierung_mit_deutschen_namen() {
        let plan = portfolio();
        let alle = || plan.projekte.iter().rev().collect::<Vec<_>>();
        let g = |name: &str, ids: &[u32]| (name.to_owned(), ids.to_vec());
        assert_eq!(
            gruppen_ids(gruppiere(alle(), Gruppierung::Keine)),
            [g("Alle Projekte", &[5, 4, 3, 2, 1])]
        );
        assert_eq!(
            gruppen_ids(gruppiere(alle(), Gruppierung::Programm)),
            [
                g("Familie & Kind", &[2, 1]),
                g("Gesundheit", &[5]),
                g("Unternehmensführung", &[3]),
                g("ohne Programm", &[4]),
            ]
        );
        assert_eq!(
            gruppen_ids(gruppiere(alle(), Gruppierung::Ampel)),
            [
                g("rot", &[3]),
                g("gelb", &[1]),
                g("grün", &[2]),
                g("grau", &[5]),
                g("blau", &[4]),
            ]
        );
        assert_eq!(
            gruppen_ids(gruppiere(alle(), Gruppierung::Welle)),
            [
                g("Welle 1", &[4, 2]),
                g("Welle 2", &[5, 1]),
                g("ohne Welle", &[3])
            ]
        );
        assert_eq!(
            gruppen_ids(gruppiere(alle(), Gruppierung::Status)),
            [
                g("geplant", &[2]),
                g("aktiv", &[5, 3, 1]),
                g("abgeschlossen", &[4]),
            ]
        );
        assert!(gruppiere(Vec::new(), Gruppierung::Programm).is_empty());
        assert!(gruppiere(Vec::new(), Gruppierung::Keine).is_empty());
    }

    #[test]
    fn programme_und_wellen_fuer_den_filter() {
        let mut plan = portfolio();
        plan.projekte[2].programm = " Familie & Kind".into();
        plan.projekte[1].programm = "Bauen".into();
        plan.projekte[1].welle = Some(10);
        assert_eq!(programme(&plan), ["Bauen", "Familie & Kind", "Gesundheit"]);
        assert_eq!(wellen(&plan), [1, 2, 10]);
        assert!(programme(&Multiprojektplan::default()).is_empty());
        assert!(wellen(&Multiprojektplan::default()).is_empty());
    }

    #[test]
    fn zoomstufen_und_beschriftungen() {
        for (zoom, datum, anfang, text) in [
            (Zoom::Monat, "2026-01-15", "2026-01-01", "Jan. 2026"),
            (Zoom::Monat, "2026-03-31", "2026-03-01", "März 2026"),
            (Zoom::Monat, "2026-09-01", "2026-09-01", "Sept. 2026"),
            (Zoom::Quartal, "2026-01-01", "2026-01-01", "Q1 2026"),
            (Zoom::Quartal, "2026-06-30", "2026-04-01", "Q2 2026"),
            (Zoom::Quartal, "2026-08-15", "2026-07-01", "Q3 2026"),
            (Zoom::Quartal, "2026-12-31", "2026-10-01", "Q4 2026"),
            (Zoom::Jahr, "2026-12-31", "2026-01-01", "2026"),
        ] {
            let a = zoom.periodenanfang(d(datum));
            assert_eq!(a, d(anfang), "{zoom:?} {datum}");
            assert_eq!(zoom.beschriftung(a), text);
        }
        assert_eq!(Zoom::ALLE.map(Zoom::name), ["Monat", "Quartal", "Jahr"]);
        assert_eq!(Zoom::default(), Zoom::Monat);
    }

    #[test]
    fn zeitachse_umfasst_alle_daten_mit_rand() {
        let plan = plan_mit(
            vec![
                Projekt {
                    start_plan: od("2026-02-10"),
                    ende_plan: od("2026-11-30"),
                    ..projekt(1, "P-1")
                },
                Projekt {
                    start_plan: od("2020-01-01"),
                    ..projekt(2, "P-2")
                },
            ],
            vec![
                meilenstein(10, 1, "2026-05-31", &["2027-01-20"], "", Offen),
                meilenstein(11, 2, "2019-01-01", &[], "", Offen),
            ],
        );
        let nur_erstes = [&plan.projekte[0]];
        let heute = d("2026-04-15");
        let achse = Zeitachse::fuer(&plan, &nur_erstes, Zoom::Monat, heute);
        assert_eq!(achse.von, d("2026-01-01"));
        assert_eq!(achse.bis, d("2027-03-01"));
        assert_eq!(achse.px_pro_tag, 4.0);
        assert_eq!(achse.x(d("2026-01-01")), 0.0);
        assert_eq!(achse.x(d("2026-01-11")), 40.0);
        assert_eq!(achse.breite(), 424.0 * 4.0);
        let abschnitte = achse.einteilung(Zoom::Monat);
        assert_eq!(abschnitte.len(), 14);
        assert_eq!(abschnitte[0].beschriftung, "Jan. 2026");
        assert_eq!(abschnitte[0].breite, 31.0 * 4.0);
        assert_eq!(abschnitte[1].x, 31.0 * 4.0);
        assert_eq!(abschnitte[13].beschriftung, "Feb. 2027");
        let summe: f64 = abschnitte.iter().map(|a| a.breite).sum();
        assert_eq!(summe, achse.breite());

        // Quarters: 10.02.2026 … 20.01.2027 → Q4 2025 … Q2 2027.
        let achse = Zeitachse::fuer(&plan, &nur_erstes, Zoom::Quartal, heute);
        assert_eq!((achse.von, achse.bis), (d("2025-10-01"), d("2027-07-01")));
        let namen: Vec<String> = achse
            .einteilung(Zoom::Quartal)
            .into_iter()
            .map(|a| a.beschriftung)
            .collect();
        assert_eq!(
            namen,
            ["Q4 2025", "Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026", "Q1 2027", "Q2 2027"]
        );
        // Years, and today far out widens the axis.
        let achse = Zeitachse::fuer(&plan, &nur_erstes, Zoom::Jahr, d("2030-06-01"));
        assert_eq!((achse.von, achse.bis), (d("2025-01-01"), d("2032-01-01")));
        assert_eq!(achse.px_pro_tag, 0.5);
        // Both projects: the other milestone reaches back to 2019.
        let beide: Vec<&Projekt> = plan.projekte.iter().collect();
        let achse = Zeitachse::fuer(&plan, &beide, Zoom::Jahr, heute);
        assert_eq!((achse.von, achse.bis), (d("2018-01-01"), d("2029-01-01")));
    }

    #[test]
    fn zeitachse_ohne_daten_und_fremde_einteilung() {
        let plan = Multiprojektplan::default();
        let heute = d("2026-04-15");
        let achse = Zeitachse::fuer(&plan, &[], Zoom::Monat, heute);
        // 15.10.2025 … 15.10.2026, padded by a month each side.
        assert_eq!((achse.von, achse.bis), (d("2025-09-01"), d("2026-12-01")));
        let undatiert = projekt(1, "P-1");
        let achse_q = Zeitachse::fuer(&plan, &[&undatiert], Zoom::Quartal, heute);
        assert_eq!(
            (achse_q.von, achse_q.bis),
            (d("2025-07-01"), d("2027-04-01"))
        );
        // Quarters on a month axis: the first is cut at the axis start.
        let abschnitte = achse.einteilung(Zoom::Quartal);
        assert_eq!(abschnitte[0].von, d("2025-09-01"));
        assert_eq!(abschnitte[0].x, 0.0);
        assert_eq!(abschnitte[0].breite, 30.0 * 4.0);
        assert_eq!(abschnitte[0].beschriftung, "Q3 2025");
        assert_eq!(abschnitte.last().unwrap().beschriftung, "Q4 2026");
        assert_eq!(abschnitte.last().unwrap().breite, 61.0 * 4.0);
        // At the end of the calendar the scale still terminates.
        let ende = Zeitachse {
            von: d("9999-11-01"),
            bis: d("9999-12-31"),
            px_pro_tag: 1.0,
        };
        let abschnitte = ende.einteilung(Zoom::Monat);
        assert_eq!(abschnitte.len(), 2);
        assert_eq!(abschnitte[1].breite, 30.0);
    }

    #[test]
    fn stichtag_des_plans() {
        let mut plan = Multiprojektplan::default();
        assert_eq!(stichtag(&plan, d("2026-05-05")), d("2026-05-05"));
        plan.berichtsstichtag = od("2026-04-30");
        assert_eq!(stichtag(&plan, d("2026-05-05")), d("2026-04-30"));
    }
}
