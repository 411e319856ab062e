//! The Zeitplan's geometry: from the plan, the chosen projects, the scale (Monat, Quartal, Jahr)
//! and today, everything the chart draws, as plain numbers in SVG units (CSS pixels on screen).
//! Pure: no browser crates, tested natively.
//!
//! **What lives where.** The time axis — which days the chart covers for a scale, how many
//! pixels a day is, the labelled periods — is [`calc::Zeitachse`]: the span of a plan's dates is
//! a calculation on the plan and is tested in `calc`. This module builds on it and adds the
//! chart's layout: the label column left of the axis, the rows, the bars, the milestones, the
//! lines for today and the Berichtsstichtag with their labels, the grid, the dependency arrows
//! and which labels fit where. It says *where*; `svg.rs` says *how it looks* (the shape of a
//! symbol around its point, SVG path syntax, classes). The words of a row (its accessible name
//! and its milestones) come from [`super::texte`]. There is no zoom factor besides the scale:
//! [`Zoom`] is the scale and fixes the pixels per day.
//!
//! **Layout rules.**
//! - The label column is [`SPALTE`] wide, the header [`KOPF`] high, every row [`ZEILE`] high;
//!   rows follow each other without gaps, a swimlane's title row before its projects (only when
//!   swimlanes are chosen). Projects are ordered top-down in time (by start, end, Projekt-ID;
//!   without dates last).
//! - The x of a date is the start of that day. The Basisplan frame runs from the planned start
//!   to the planned end, the bar from the expected start to the expected end (actual, else
//!   forecast, else plan); each needs both dates and is at least 2 px wide.
//! - A milestone sits at its date (actual, else forecast, else Basisplan) in the middle of its
//!   row. Dropped and undated milestones are not drawn (the row's words still list them).
//!   Because the axis covers every date of the chosen projects' milestones, a drawn milestone is
//!   never outside the timeline; milestones of projects filtered out do not widen it.
//! - The today line is always inside (the axis covers today); the Stichtag line only when a
//!   Berichtsstichtag is set, differs from today and lies inside the axis.
//! - Labels: a period's label starts 4 px right of its grid line (at all three scales every
//!   period is wider than its label). "Heute" stands right of its line, "Stichtag" left of its;
//!   if a label would leave the timeline or run into the other, the Stichtag label changes
//!   side, else the Heute label, else both ([`tageslinien`]). Row labels are shortened to
//!   [`ZEICHEN`] characters so the Ampel word keeps its place.
//! - An arrow runs from the predecessor's end (a bar's end or a milestone) to the successor's
//!   start as an elbow; if the successor starts too early it runs back along the boundary of
//!   the successor's row. Dependencies with an end filtered out or without dates are counted,
//!   not drawn.
//! - Coordinates are rounded to a tenth of a pixel, which keeps the attribute texts short.
//!
//! **Cost.** One pass, linear in projects, milestones and dependencies: records are indexed by
//! id once. `examples/messung_multiprojektplan.rs` measures 1,000 projects × 10 milestones.

use std::collections::{HashMap, HashSet};

use crate::shared::datum::Datum;
use crate::shared::vokabular::Ampel;
use crate::tools::multiprojektplan::calc::{self, Filter, Gruppierung, Zeitachse, Zoom};
use crate::tools::multiprojektplan::model::{
    Bezug, Meilenstein, Meilensteinstatus, Multiprojektplan, Projekt,
};

use super::texte;
use crate::shared::sortieren::Sortieren;

/// Height of one row (project or swimlane title).
pub const ZEILE: f64 = 30.0;
/// Height of the header with the period labels and the "Heute" label.
pub const KOPF: f64 = 48.0;
/// Width of the label column (Projekt-ID, title, Ampel word).
pub const SPALTE: f64 = 240.0;
/// Space right of the timeline.
pub const RAND: f64 = 24.0;
/// Characters of "Projekt-ID Titel" that fit into the label column.
pub const ZEICHEN: usize = 26;
/// Baseline of the period labels.
const PERIODENZEILE: f64 = 20.0;
/// Baseline of the "Heute" and "Stichtag" labels.
const TAGESZEILE: f64 = 40.0;
/// Estimated width of a character of a header label (12 px semibold Fira Sans, generously).
const ZEICHENBREITE: f64 = 7.0;
/// Distance between a day line and its label.
const ABSTAND: f64 = 3.0;
/// Least space between two labels.
const LUECKE: f64 = 4.0;

/// Rounds to a tenth of a pixel.
pub fn r(wert: f64) -> f64 {
    (wert * 10.0).round() / 10.0
}

/// The first `max` characters of `text`, with "…" if cut.
pub fn kuerze(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut kurz: String = text.chars().take(max.saturating_sub(1)).collect();
    kurz = kurz.trim_end().to_owned();
    kurz.push('…');
    kurz
}

/// Middle of the row whose top edge is `y`.
pub fn mitte(y: f64) -> f64 {
    r(y + ZEILE / 2.0)
}

/// Baseline of the text in the row whose top edge is `y`.
pub fn grundlinie(y: f64) -> f64 {
    r(y + ZEILE / 2.0 + 4.5)
}

/// One swimlane: its title and its projects in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Bahn {
    pub titel: String,
    pub projekte: Vec<u32>,
}

/// The projects the chart and the table show: after the filter, in time order, in swimlanes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Projektauswahl {
    /// Without swimlanes one lane, "Alle Projekte"; no lanes when no project passes.
    pub bahnen: Vec<Bahn>,
    /// Whether each lane gets a title row.
    pub mit_titeln: bool,
}

impl Projektauswahl {
    /// The projects passing `filter`, read top-down in time (by start, end, Projekt-ID; without
    /// dates last), grouped by `gruppierung`.
    pub fn neu(
        plan: &Multiprojektplan,
        filter: &Filter,
        gruppierung: Gruppierung,
    ) -> Projektauswahl {
        let mut liste = calc::filtere(plan, filter);
        liste.sortiere_nach(|a, b| {
            let schluessel = |p: &Projekt| {
                (
                    p.start_erwartet().is_none(),
                    p.start_erwartet(),
                    p.ende_erwartet(),
                )
            };
            schluessel(a)
                .cmp(&schluessel(b))
                .then_with(|| a.kennung.cmp(&b.kennung))
        });
        Projektauswahl {
            bahnen: calc::gruppiere(liste, gruppierung)
                .into_iter()
                .map(|(titel, projekte)| Bahn {
                    titel,
                    projekte: projekte.into_iter().map(|p| p.id).collect(),
                })
                .collect(),
            mit_titeln: gruppierung != Gruppierung::Keine,
        }
    }

    /// Number of projects shown.
    pub fn anzahl(&self) -> usize {
        self.bahnen.iter().map(|b| b.projekte.len()).sum()
    }
}

/// Each project's milestones in date order (undated last), indexed once for all rows.
pub fn meilensteine_je_projekt(plan: &Multiprojektplan) -> HashMap<u32, Vec<&Meilenstein>> {
    let mut je_projekt: HashMap<u32, Vec<&Meilenstein>> = HashMap::new();
    for m in &plan.meilensteine {
        je_projekt.entry(m.projekt).or_default().push(m);
    }
    for liste in je_projekt.values_mut() {
        liste.sortiere_nach_schluessel(|m| (m.termin().is_none(), m.termin(), m.id));
    }
    je_projekt
}

/// Which side of its `x` a label runs to (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Textanker {
    /// The text starts at `x` and runs right.
    Anfang,
    /// The text ends at `x`.
    Ende,
}

impl Textanker {
    /// The value of the SVG attribute `text-anchor`.
    pub fn svg(self) -> &'static str {
        match self {
            Textanker::Anfang => "start",
            Textanker::Ende => "end",
        }
    }
}

/// A label: where it stands and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub x: f64,
    /// Baseline.
    pub y: f64,
    pub anker: Textanker,
    pub inhalt: String,
}

impl Text {
    /// Estimated left and right edge.
    pub fn spanne(&self) -> (f64, f64) {
        let breite = textbreite(&self.inhalt);
        match self.anker {
            Textanker::Anfang => (self.x, self.x + breite),
            Textanker::Ende => (self.x - breite, self.x),
        }
    }

    /// Whether two labels on the same baseline come closer than [`LUECKE`].
    pub fn ueberlappt(&self, anderer: &Text) -> bool {
        let (a, b) = (self.spanne(), anderer.spanne());
        self.y == anderer.y && a.0 < b.1 + LUECKE && b.0 < a.1 + LUECKE
    }
}

/// Estimated width of a header label.
pub fn textbreite(text: &str) -> f64 {
    text.chars().count() as f64 * ZEICHENBREITE
}

/// A period of the scale: its grid line and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Periode {
    pub x: f64,
    pub beschriftung: Text,
}

/// The line of a day (today, Stichtag) and its label in the header.
#[derive(Clone, Debug, PartialEq)]
pub struct Tageslinie {
    pub x: f64,
    pub beschriftung: Text,
}

/// A horizontal row separator from `x` to the chart's right edge.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trennlinie {
    pub x: f64,
    pub y: f64,
}

/// A horizontal stretch (bar, frame).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Strecke {
    pub x: f64,
    pub breite: f64,
}

impl Strecke {
    /// Right edge.
    pub fn ende(self) -> f64 {
        r(self.x + self.breite)
    }
}

/// A drawn milestone, in the middle of its row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Raute {
    pub x: f64,
    pub erreicht: bool,
    /// Later than planned at the Stichtag (the chart adds a "!").
    pub verspaetet: bool,
}

/// A project row.
#[derive(Clone, Debug, PartialEq)]
pub struct Projektzeile {
    pub id: u32,
    /// Position in the focus order.
    pub index: usize,
    /// Top edge.
    pub y: f64,
    /// Projekt-ID, shortened to the label column.
    pub kennung: String,
    /// Title, shortened to fit the label column after the Projekt-ID (empty if nothing fits).
    pub titel_kurz: String,
    /// "Projekt-ID Titel" in full (tooltip of the label).
    pub voll: String,
    pub ampel: Ampel,
    /// Accessible name: everything the row shows, in words.
    pub beschreibung: String,
    /// The milestones in words (the row's description); empty without milestones.
    pub details: String,
    /// Basisplan frame.
    pub plan: Option<Strecke>,
    /// Forecast/actual bar.
    pub balken: Option<Strecke>,
    /// Drawn milestones in date order.
    pub rauten: Vec<Raute>,
}

impl Projektzeile {
    /// Middle of the row, where bars and milestones are centred.
    pub fn mitte(&self) -> f64 {
        mitte(self.y)
    }
}

/// A row of the chart.
#[derive(Clone, Debug, PartialEq)]
pub enum Zeile {
    /// Title row of a swimlane: "Welle 1 (12)", in full and shortened to the label column.
    Gruppe {
        y: f64,
        titel: String,
        titel_kurz: String,
    },
    /// A project.
    Projekt(Box<Projektzeile>),
}

/// A dependency arrow: a path of horizontal and vertical segments, the last point at the tip.
#[derive(Clone, Debug, PartialEq)]
pub struct Pfeil {
    pub punkte: Vec<(f64, f64)>,
    /// The successor is planned before the predecessor ends.
    pub konflikt: bool,
}

/// Everything the chart shows, computed in one pass.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Geometrie {
    pub breite: f64,
    pub hoehe: f64,
    /// Periods of the scale; their grid lines run from the header to the bottom.
    pub perioden: Vec<Periode>,
    pub trennlinien: Vec<Trennlinie>,
    pub zeilen: Vec<Zeile>,
    /// Top edge of each project row, by focus index.
    pub projekt_y: Vec<f64>,
    pub heute: Option<Tageslinie>,
    pub stichtag: Option<Tageslinie>,
    pub pfeile: Vec<Pfeil>,
    /// Dependencies that cannot be drawn (an end filtered out or without dates).
    pub nicht_gezeichnet: usize,
}

/// Where arrows start and end.
#[derive(Default)]
struct Ankerpunkte {
    /// Project id → (left edge, right edge, middle y) of its bar, else of its frame.
    projekte: HashMap<u32, (Option<f64>, Option<f64>, f64)>,
    /// Milestone id → (x, middle y).
    meilensteine: HashMap<u32, (f64, f64)>,
}

impl Ankerpunkte {
    /// Point an arrow leaves from (the predecessor's end) or arrives at (the successor's start).
    fn punkt(&self, bezug: Bezug, ende: bool) -> Option<(f64, f64)> {
        match bezug {
            Bezug::Projekt(id) => {
                let (start, schluss, y) = *self.projekte.get(&id)?;
                Some((if ende { schluss? } else { start? }, y))
            }
            Bezug::Meilenstein(id) => self.meilensteine.get(&id).copied(),
        }
    }
}

/// Elbow from the predecessor's end to the successor's start: 8 px right, then to the target
/// row. When the successor starts less than 16 px later, the path runs back along the boundary
/// of the target row (above it when going down, below it when going up) to 8 px before the
/// target.
pub fn pfeilpunkte((x1, y1): (f64, f64), (x2, y2): (f64, f64)) -> Vec<(f64, f64)> {
    let knick = r(x1 + 8.0);
    if x2 - x1 >= 16.0 {
        vec![(x1, y1), (knick, y1), (knick, y2), (x2, y2)]
    } else {
        let zwischen = r(if y2 >= y1 {
            y2 - ZEILE / 2.0
        } else {
            y2 + ZEILE / 2.0
        });
        let zurueck = r(x2 - 8.0);
        vec![
            (x1, y1),
            (knick, y1),
            (knick, zwischen),
            (zurueck, zwischen),
            (zurueck, y2),
            (x2, y2),
        ]
    }
}

/// Label placements of "Heute" and "Stichtag", most preferred first: "Heute" right of its
/// line and "Stichtag" left of its; else "Stichtag" changes side, else "Heute" does, else both.
const PLATZIERUNGEN: [(Textanker, Textanker); 4] = [
    (Textanker::Anfang, Textanker::Ende),
    (Textanker::Anfang, Textanker::Anfang),
    (Textanker::Ende, Textanker::Ende),
    (Textanker::Ende, Textanker::Anfang),
];

/// The lines for today and the Stichtag at `heute`/`stichtag` (x, if shown) with their labels:
/// the first placement of [`PLATZIERUNGEN`] in which every label stays between `links` and
/// `rechts` and the two do not overlap. If none fits, the first is taken.
pub fn tageslinien(
    heute: Option<f64>,
    stichtag: Option<f64>,
    links: f64,
    rechts: f64,
) -> (Option<Tageslinie>, Option<Tageslinie>) {
    let linie = |x: f64, inhalt: &str, anker: Textanker| Tageslinie {
        x,
        beschriftung: Text {
            x: match anker {
                Textanker::Anfang => r(x + ABSTAND),
                Textanker::Ende => r(x - ABSTAND),
            },
            y: TAGESZEILE,
            anker,
            inhalt: inhalt.to_owned(),
        },
    };
    let platziere = |(h, s): (Textanker, Textanker)| {
        (
            heute.map(|x| linie(x, "Heute", h)),
            stichtag.map(|x| linie(x, "Stichtag", s)),
        )
    };
    let passt = |(h, s): &(Option<Tageslinie>, Option<Tageslinie>)| {
        let innen = h.iter().chain(s).all(|l| {
            let (a, b) = l.beschriftung.spanne();
            a >= links && b <= rechts
        });
        let getrennt = match (h, s) {
            (Some(h), Some(s)) => !h.beschriftung.ueberlappt(&s.beschriftung),
            _ => true,
        };
        innen && getrennt
    };
    PLATZIERUNGEN
        .into_iter()
        .map(platziere)
        .find(passt)
        .unwrap_or_else(|| platziere(PLATZIERUNGEN[0]))
}

/// Which projects a conflicting dependency touches.
fn konfliktprojekte(plan: &Multiprojektplan, konflikte: &HashSet<u32>) -> HashSet<u32> {
    let mut projekt_von_meilenstein = HashMap::new();
    if !konflikte.is_empty() {
        projekt_von_meilenstein = plan
            .meilensteine
            .iter()
            .map(|m| (m.id, m.projekt))
            .collect();
    }
    let projekt_von = |bezug: Bezug| match bezug {
        Bezug::Projekt(id) => Some(id),
        Bezug::Meilenstein(id) => projekt_von_meilenstein.get(&id).copied(),
    };
    plan.abhaengigkeiten
        .iter()
        .filter(|a| konflikte.contains(&a.id))
        .flat_map(|a| [projekt_von(a.von), projekt_von(a.zu)])
        .flatten()
        .collect()
}

/// What every project row needs besides its project.
struct Zeilenumfeld<'a> {
    achse: Zeitachse,
    stichtag: Datum,
    in_konflikt: &'a HashSet<u32>,
}

impl Zeilenumfeld<'_> {
    /// x of the start of day `d`.
    fn x(&self, d: Datum) -> f64 {
        r(SPALTE + self.achse.x(d))
    }
}

/// The row of project `p` at `y`, registering where its arrows attach.
fn projektzeile(
    p: &Projekt,
    eigene: &[&Meilenstein],
    (index, y): (usize, f64),
    umfeld: &Zeilenumfeld<'_>,
    anker: &mut Ankerpunkte,
) -> Projektzeile {
    let x = |d: Datum| umfeld.x(d);
    let mitte = mitte(y);
    let strecke = |von: Option<Datum>, bis: Option<Datum>| {
        let (von, bis) = (von?, bis?);
        let (a, b) = (x(von.min(bis)), x(von.max(bis)));
        Some(Strecke {
            x: a,
            breite: r((b - a).max(2.0)),
        })
    };
    let plan = strecke(p.start_plan, p.ende_plan);
    let balken = strecke(p.start_erwartet(), p.ende_erwartet());
    let traeger = balken.or(plan);
    anker.projekte.insert(
        p.id,
        (traeger.map(|s| s.x), traeger.map(Strecke::ende), mitte),
    );
    let mut rauten = Vec::with_capacity(eigene.len());
    for m in eigene {
        if m.status == Meilensteinstatus::Entfallen {
            continue;
        }
        let Some(termin) = m.termin() else { continue };
        let mx = x(termin);
        anker.meilensteine.insert(m.id, (mx, mitte));
        rauten.push(Raute {
            x: mx,
            erreicht: m.status == Meilensteinstatus::Erreicht || m.ist.is_some(),
            verspaetet: calc::meilensteinverzug(m, umfeld.stichtag).is_some_and(|t| t > 0),
        });
    }
    let verspaetet = rauten.iter().filter(|r| r.verspaetet).count();
    let rest = ZEICHEN.saturating_sub(p.kennung.chars().count() + 1);
    Projektzeile {
        id: p.id,
        index,
        y,
        kennung: kuerze(&p.kennung, ZEICHEN),
        titel_kurz: if rest >= 4 {
            kuerze(&p.titel, rest)
        } else {
            String::new()
        },
        voll: format!("{} {}", p.kennung, p.titel),
        ampel: p.ampeln.gesamt.ampel,
        beschreibung: texte::zeilenbeschreibung(
            p,
            eigene,
            verspaetet,
            umfeld.in_konflikt.contains(&p.id),
        ),
        details: texte::meilensteinliste(eigene, umfeld.stichtag),
        plan,
        balken,
        rauten,
    }
}

/// The narrowest a labelled period may be when the chart is fitted to a width.
pub const MIN_PERIODE: f64 = 56.0;

/// "An Breite anpassen": the scale on which the whole chart (label column, axis, margin) fits
/// into `verfuegbar` pixels. It takes the finest zoom level whose periods stay at least
/// [`MIN_PERIODE`] wide, never a larger scale than that level's own, and the yearly scale when
/// even that is too narrow (the chart then still fits, with narrow years).
pub fn angepasste_achse(
    plan: &Multiprojektplan,
    projekte: &[&Projekt],
    heute: Datum,
    verfuegbar: f64,
) -> (Zoom, Zeitachse) {
    let platz = (verfuegbar - SPALTE - RAND).max(1.0);
    let mut letzte = None;
    for zoom in Zoom::ALLE {
        let mut achse = Zeitachse::fuer(plan, projekte, zoom, heute);
        let tage = achse.von.tage_bis(achse.bis).max(1) as f64;
        achse.px_pro_tag = (platz / tage).min(zoom.px_pro_tag());
        // The shortest period of the level: February, a quarter starting in January, a year.
        let kuerzeste = match zoom {
            Zoom::Monat => 28.0,
            Zoom::Quartal => 90.0,
            Zoom::Jahr => 365.0,
        };
        if achse.px_pro_tag * kuerzeste >= MIN_PERIODE {
            return (zoom, achse);
        }
        letzte = Some((zoom, achse));
    }
    letzte.expect("Zoom::ALLE ist nicht leer")
}

/// The chart's geometry for the projects of `auswahl` at scale `zoom` on `heute`.
pub fn berechne(
    plan: &Multiprojektplan,
    auswahl: &Projektauswahl,
    zoom: Zoom,
    heute: Datum,
    anpassen: Option<f64>,
) -> Geometrie {
    let nach_id: HashMap<u32, &Projekt> = plan.projekte.iter().map(|p| (p.id, p)).collect();
    let meilensteine = meilensteine_je_projekt(plan);
    let projekte: Vec<&Projekt> = auswahl
        .bahnen
        .iter()
        .flat_map(|b| b.projekte.iter().filter_map(|id| nach_id.get(id).copied()))
        .collect();
    let (zoom, achse) = match anpassen {
        Some(verfuegbar) => angepasste_achse(plan, &projekte, heute, verfuegbar),
        None => (zoom, Zeitachse::fuer(plan, &projekte, zoom, heute)),
    };
    let konflikte = calc::abhaengigkeitskonflikte(plan);
    let in_konflikt = konfliktprojekte(plan, &konflikte);
    let umfeld = Zeilenumfeld {
        achse,
        stichtag: calc::stichtag(plan, heute),
        in_konflikt: &in_konflikt,
    };

    let titelzeilen = if auswahl.mit_titeln {
        auswahl.bahnen.len()
    } else {
        0
    };
    let zeilenzahl = projekte.len() + titelzeilen;
    let breite = r(SPALTE + achse.breite() + RAND);
    let im_bereich = |d: Datum| d >= achse.von && d < achse.bis;
    let (heute_linie, stichtag_linie) = tageslinien(
        im_bereich(heute).then(|| umfeld.x(heute)),
        plan.berichtsstichtag
            .filter(|s| *s != heute && im_bereich(*s))
            .map(|s| umfeld.x(s)),
        SPALTE,
        breite,
    );
    let mut geometrie = Geometrie {
        breite,
        hoehe: r(KOPF + zeilenzahl as f64 * ZEILE + 1.0),
        perioden: achse
            .einteilung(zoom)
            .into_iter()
            .map(|abschnitt| {
                let x = r(SPALTE + abschnitt.x);
                Periode {
                    x,
                    beschriftung: Text {
                        x: r(x + 4.0),
                        y: PERIODENZEILE,
                        anker: Textanker::Anfang,
                        inhalt: abschnitt.beschriftung,
                    },
                }
            })
            .collect(),
        heute: heute_linie,
        stichtag: stichtag_linie,
        zeilen: Vec::with_capacity(zeilenzahl),
        projekt_y: Vec::with_capacity(projekte.len()),
        trennlinien: Vec::with_capacity(zeilenzahl),
        ..Geometrie::default()
    };

    let mut anker = Ankerpunkte::default();
    let mut y = KOPF;
    for bahn in &auswahl.bahnen {
        if auswahl.mit_titeln {
            let titel = format!("{} ({})", bahn.titel, bahn.projekte.len());
            geometrie.zeilen.push(Zeile::Gruppe {
                y,
                titel_kurz: kuerze(&titel, ZEICHEN + 4),
                titel,
            });
            y += ZEILE;
            geometrie.trennlinien.push(Trennlinie { x: 0.0, y });
        }
        for p in bahn
            .projekte
            .iter()
            .filter_map(|id| nach_id.get(id).copied())
        {
            let eigene = meilensteine.get(&p.id).map_or(&[][..], Vec::as_slice);
            let index = geometrie.projekt_y.len();
            let zeile = projektzeile(p, eigene, (index, y), &umfeld, &mut anker);
            geometrie.projekt_y.push(y);
            geometrie.zeilen.push(Zeile::Projekt(Box::new(zeile)));
            y += ZEILE;
            geometrie.trennlinien.push(Trennlinie { x: SPALTE, y });
        }
    }

    for abhaengigkeit in &plan.abhaengigkeiten {
        match (
            anker.punkt(abhaengigkeit.von, true),
            anker.punkt(abhaengigkeit.zu, false),
        ) {
            (Some(von), Some(zu)) => geometrie.pfeile.push(Pfeil {
                punkte: pfeilpunkte(von, zu),
                konflikt: konflikte.contains(&abhaengigkeit.id),
            }),
            _ => geometrie.nicht_gezeichnet += 1,
        }
    }
    geometrie
}

crate::shared::datensatz::mit_id!(Projektzeile);

#[cfg(test)]
mod tests {

    use super::*;
    use crate::tools::multiprojektplan::examples;
    use crate::tools::multiprojektplan::model::Abhaengigkeit;

    fn d(iso: &str) -> Datum {
        Datum::aus_iso(iso).expect("gültiges Datum")
    }

    /// Project `P-<id>` planned from `start` to `ende` ("" = no date).
    fn projekt(id: u32, start: &str, ende: &str) -> Projekt {
        Projekt {
            id,
            kennung: format!("P-{id}"),
            titel: format!("Vorhaben {id}"),
            start_plan: Datum::aus_iso(start),
            ende_plan: Datum::aus_iso(ende),
            ..Projekt::default()
        }
    }

    /// Milestone `M<id>` of `projekt` with Basisplan `basis` ("" = no date).
    fn meilenstein(id: u32, projekt: u32, basis: &str) -> Meilenstein {
        Meilenstein {
            id,
            projekt,
            bezeichnung: format!("M{id}"),
            basis: Datum::aus_iso(basis),
            ..Meilenstein::default()
        }
    }

    fn abhaengigkeit(id: u32, von: Bezug, zu: Bezug) -> Abhaengigkeit {
        Abhaengigkeit {
            id,
            von,
            zu,
            art: Default::default(),
            staerke: 1,
            bemerkung: String::new(),
        }
    }

    fn plan_aus(
        projekte: Vec<Projekt>,
        meilensteine: Vec<Meilenstein>,
        abhaengigkeiten: Vec<Abhaengigkeit>,
    ) -> Multiprojektplan {
        Multiprojektplan {
            projekte,
            meilensteine,
            abhaengigkeiten,
            ..Multiprojektplan::default()
        }
    }

    /// The chart of all projects of `plan`, without swimlanes.
    fn zeichne(plan: &Multiprojektplan, zoom: Zoom, heute: Datum) -> Geometrie {
        let auswahl = Projektauswahl::neu(plan, &Filter::default(), Gruppierung::Keine);
        berechne(plan, &auswahl, zoom, heute, None)
    }

    fn zeile(g: &Geometrie, id: u32) -> &Projektzeile {
        g.zeilen
            .iter()
            .find_map(|z| match z {
                Zeile::Projekt(p) if p.id == id => Some(&**p),
                _ => None,
            })
            .expect("Zeile des Projekts")
    }

    /// x of the grid line of the period labelled `name`.
    fn linie(g: &Geometrie, name: &str) -> f64 {
        g.perioden
            .iter()
            .find(|p| p.beschriftung.inhalt == name)
            .unwrap_or_else(|| panic!("Periode {name}"))
            .x
    }

    /// Width of the period labelled `name` (up to the next grid line).
    fn periodenbreite(g: &Geometrie, name: &str) -> f64 {
        let i = g
            .perioden
            .iter()
            .position(|p| p.beschriftung.inhalt == name)
            .unwrap_or_else(|| panic!("Periode {name}"));
        r(g.perioden[i + 1].x - g.perioden[i].x)
    }

    /// Every milestone and bar lies on the timeline, between the label column and the margin.
    fn alles_auf_der_zeitachse(g: &Geometrie) {
        let rechts = r(g.breite - RAND);
        for zeile in &g.zeilen {
            let Zeile::Projekt(z) = zeile else { continue };
            for raute in &z.rauten {
                assert!(
                    raute.x >= SPALTE && raute.x <= rechts,
                    "{}: {}",
                    z.voll,
                    raute.x
                );
            }
            for s in z.plan.iter().chain(&z.balken) {
                assert!(s.x >= SPALTE && s.ende() <= rechts, "{}: {s:?}", z.voll);
            }
        }
    }

    #[test]
    fn positionen_an_den_grenzen_der_perioden() {
        // 01.01.2027 to 01.01.2028, a milestone on 01.07.2027; today the day before the start.
        let plan = plan_aus(
            vec![projekt(1, "2027-01-01", "2028-01-01")],
            vec![meilenstein(10, 1, "2027-07-01")],
            vec![],
        );
        let heute = d("2026-12-31");
        for (zoom, anfang, ende, juli) in [
            (Zoom::Monat, "Jan. 2027", "Jan. 2028", "Juli 2027"),
            (Zoom::Quartal, "Q1 2027", "Q1 2028", "Q3 2027"),
            (Zoom::Jahr, "2027", "2028", "2027"),
        ] {
            let g = zeichne(&plan, zoom, heute);
            let z = zeile(&g, 1);
            let balken = z.balken.expect("Balken");
            // A date that starts a period lies exactly on its grid line.
            assert_eq!(balken.x, linie(&g, anfang), "{zoom:?}");
            assert_eq!(balken.ende(), linie(&g, ende), "{zoom:?}");
            // Without forecast or actual dates the bar is the Basisplan frame.
            assert_eq!(z.plan, z.balken);
            let tag = zoom.px_pro_tag();
            let versatz = if zoom == Zoom::Jahr { 181.0 * tag } else { 0.0 };
            assert_eq!(z.rauten[0].x, linie(&g, juli) + versatz, "{zoom:?}");
            // Today is one day left of the start.
            let heute_linie = g.heute.as_ref().expect("Heute-Linie");
            assert_eq!(heute_linie.x, r(balken.x - tag), "{zoom:?}");
            // The axis starts at the label column; each label 4 px right of its grid line.
            assert_eq!(g.perioden[0].x, SPALTE);
            for p in &g.perioden {
                assert_eq!(
                    (p.beschriftung.x, p.beschriftung.anker),
                    (r(p.x + 4.0), Textanker::Anfang)
                );
            }
            assert_eq!(g.hoehe, KOPF + ZEILE + 1.0);
        }
    }

    #[test]
    fn schaltjahre() {
        let plan = plan_aus(
            vec![projekt(1, "2027-02-01", "2028-03-31")],
            vec![
                meilenstein(10, 1, "2028-02-28"),
                meilenstein(11, 1, "2028-02-29"),
                meilenstein(12, 1, "2028-03-01"),
            ],
            vec![],
        );
        let heute = d("2027-06-01");
        let g = zeichne(&plan, Zoom::Monat, heute);
        let x: Vec<f64> = zeile(&g, 1).rauten.iter().map(|m| m.x).collect();
        // 29.02. is a day of its own.
        assert_eq!((x[1] - x[0], x[2] - x[1]), (4.0, 4.0));
        assert_eq!(periodenbreite(&g, "Feb. 2027"), 28.0 * 4.0);
        assert_eq!(periodenbreite(&g, "Feb. 2028"), 29.0 * 4.0);
        let g = zeichne(&plan, Zoom::Quartal, heute);
        assert_eq!(periodenbreite(&g, "Q1 2027"), r(90.0 * 1.6));
        assert_eq!(periodenbreite(&g, "Q1 2028"), r(91.0 * 1.6));
        let g = zeichne(&plan, Zoom::Jahr, heute);
        assert_eq!(periodenbreite(&g, "2027"), 365.0 * 0.5);
        assert_eq!(periodenbreite(&g, "2028"), 366.0 * 0.5);
        // Centuries are leap years only when divisible by 400.
        for (jahr, tage) in [(2000, 29.0), (2100, 28.0)] {
            let plan = plan_aus(
                vec![projekt(
                    1,
                    &format!("{jahr}-01-10"),
                    &format!("{jahr}-04-20"),
                )],
                vec![],
                vec![],
            );
            let g = zeichne(&plan, Zoom::Monat, d(&format!("{jahr}-03-01")));
            assert_eq!(periodenbreite(&g, &format!("Feb. {jahr}")), tage * 4.0);
        }
    }

    #[test]
    fn projekte_ohne_termine() {
        let plan = plan_aus(
            vec![
                projekt(1, "2026-01-01", "2026-06-30"),
                projekt(2, "", ""),
                projekt(3, "2026-03-01", ""),
            ],
            vec![meilenstein(20, 2, ""), meilenstein(21, 2, "2026-05-01")],
            vec![
                abhaengigkeit(1, Bezug::Projekt(1), Bezug::Projekt(2)),
                abhaengigkeit(2, Bezug::Projekt(3), Bezug::Projekt(1)),
                abhaengigkeit(3, Bezug::Meilenstein(20), Bezug::Projekt(1)),
                abhaengigkeit(4, Bezug::Projekt(1), Bezug::Meilenstein(21)),
            ],
        );
        let g = zeichne(&plan, Zoom::Monat, d("2026-04-15"));
        // Top-down by start; without a start last.
        let ids: Vec<u32> = g
            .zeilen
            .iter()
            .filter_map(|z| match z {
                Zeile::Projekt(p) => Some(p.id),
                Zeile::Gruppe { .. } => None,
            })
            .collect();
        assert_eq!(ids, [1, 3, 2]);
        let ohne = zeile(&g, 2);
        assert_eq!((ohne.plan, ohne.balken), (None, None));
        assert!(ohne.beschreibung.contains(": ohne Termine, "));
        // Its dated milestone is drawn, the undated one only named.
        assert_eq!(ohne.rauten.len(), 1);
        assert!(ohne.details.contains("M20: ohne Termin (offen)"));
        // A start alone makes no bar.
        let nur_start = zeile(&g, 3);
        assert_eq!((nur_start.plan, nur_start.balken), (None, None));
        assert!(nur_start.beschreibung.contains("ab 01.03.2026, Ende offen"));
        // Only the arrow between two dated ends is drawn.
        assert_eq!((g.pfeile.len(), g.nicht_gezeichnet), (1, 3));
        alles_auf_der_zeitachse(&g);

        // Nothing dated at all: the year around today.
        let undatiert = plan_aus(vec![projekt(1, "", "")], vec![], vec![]);
        let g = zeichne(&undatiert, Zoom::Monat, d("2026-04-15"));
        assert_eq!(linie(&g, "Sept. 2025"), SPALTE);
        assert_eq!(
            g.perioden.last().map(|p| p.beschriftung.inhalt.as_str()),
            Some("Nov. 2026")
        );
        assert!(g.heute.is_some());
        assert_eq!(g.projekt_y, [KOPF]);
    }

    #[test]
    fn meilensteine_ausserhalb_des_bereichs() {
        let mut plan = plan_aus(
            vec![
                projekt(1, "2026-01-01", "2026-12-31"),
                projekt(2, "2026-01-01", "2026-12-31"),
            ],
            vec![
                meilenstein(10, 1, "2019-03-01"),
                meilenstein(11, 1, "2031-09-30"),
                meilenstein(20, 2, "2040-01-01"),
            ],
            vec![abhaengigkeit(1, Bezug::Meilenstein(20), Bezug::Projekt(1))],
        );
        let heute = d("2026-06-01");
        // A milestone years away widens the axis: it is drawn inside, never cut off.
        let nur_erstes = Projektauswahl::neu(
            &plan,
            &Filter {
                text: "P-1".into(),
                ..Filter::default()
            },
            Gruppierung::Keine,
        );
        assert_eq!(nur_erstes.anzahl(), 1);
        let g = berechne(&plan, &nur_erstes, Zoom::Jahr, heute, None);
        alles_auf_der_zeitachse(&g);
        let rauten = &zeile(&g, 1).rauten;
        assert_eq!(rauten[0].x, r(linie(&g, "2019") + 59.0 * 0.5));
        assert_eq!(linie(&g, "2018"), SPALTE);
        // A milestone of a project filtered out does not widen it, and its arrow is not drawn.
        assert_eq!(
            g.perioden.last().map(|p| p.beschriftung.inhalt.as_str()),
            Some("2032")
        );
        assert_eq!((g.pfeile.len(), g.nicht_gezeichnet), (0, 1));
        // Both projects: the far milestone is inside too, and so is the arrow.
        let g = zeichne(&plan, Zoom::Jahr, heute);
        alles_auf_der_zeitachse(&g);
        assert_eq!((g.pfeile.len(), g.nicht_gezeichnet), (1, 0));

        // The Stichtag line only when it differs from today and lies on the axis.
        plan.berichtsstichtag = Some(d("2010-01-01"));
        assert_eq!(zeichne(&plan, Zoom::Monat, heute).stichtag, None);
        plan.berichtsstichtag = Some(heute);
        assert_eq!(zeichne(&plan, Zoom::Monat, heute).stichtag, None);
        plan.berichtsstichtag = Some(d("2026-05-31"));
        let g = zeichne(&plan, Zoom::Monat, heute);
        let stichtag = g.stichtag.as_ref().expect("Stichtag-Linie");
        assert_eq!(stichtag.x, r(g.heute.as_ref().expect("Heute").x - 4.0));
    }

    #[test]
    fn tagesbeschriftungen_ueberlappen_nicht() {
        let (links, rechts) = (SPALTE, 2000.0);
        let anker = |(h, s): (Option<Tageslinie>, Option<Tageslinie>)| {
            (
                h.map(|l| (l.beschriftung.x, l.beschriftung.anker)),
                s.map(|l| (l.beschriftung.x, l.beschriftung.anker)),
            )
        };
        use Textanker::{Anfang, Ende};
        // Usually the Stichtag is before today: its label left of its line, "Heute" right.
        assert_eq!(
            anker(tageslinien(Some(800.0), Some(700.0), links, rechts)),
            (Some((803.0, Anfang)), Some((697.0, Ende)))
        );
        // A Stichtag far after today keeps that placement …
        assert_eq!(
            anker(tageslinien(Some(800.0), Some(1000.0), links, rechts)),
            (Some((803.0, Anfang)), Some((997.0, Ende)))
        );
        // … one shortly after today would run into "Heute": both change side.
        assert_eq!(
            anker(tageslinien(Some(800.0), Some(830.0), links, rechts)),
            (Some((797.0, Ende)), Some((833.0, Anfang)))
        );
        // At the start of the timeline "Stichtag" goes right, at its end "Heute" goes left.
        assert_eq!(
            anker(tageslinien(Some(800.0), Some(SPALTE + 10.0), links, rechts)),
            (Some((803.0, Anfang)), Some((253.0, Anfang)))
        );
        assert_eq!(
            anker(tageslinien(Some(rechts - 10.0), None, links, rechts)),
            (Some((1987.0, Ende)), None)
        );
        assert_eq!(anker(tageslinien(None, None, links, rechts)), (None, None));
        // Whatever the distance, the two labels stay apart and on the timeline.
        for halbe in -400..=400 {
            let s = 800.0 + f64::from(halbe) * 0.5;
            if s == 800.0 {
                continue;
            }
            let (h, s) = tageslinien(Some(800.0), Some(s), links, rechts);
            let (h, s) = (h.expect("Heute"), s.expect("Stichtag"));
            assert!(!h.beschriftung.ueberlappt(&s.beschriftung), "{h:?} {s:?}");
            for t in [&h.beschriftung, &s.beschriftung] {
                let (a, b) = t.spanne();
                assert!(a >= links && b <= rechts, "{t:?}");
            }
        }
    }

    #[test]
    fn periodenbeschriftungen_passen_in_ihre_perioden() {
        // 2023 to 2029, with the leap years 2024 and 2028.
        let plan = plan_aus(vec![projekt(1, "2023-01-01", "2029-12-31")], vec![], vec![]);
        for zoom in Zoom::ALLE {
            let g = zeichne(&plan, zoom, d("2026-01-01"));
            assert!(g.perioden.len() >= 9, "{zoom:?}");
            let grenzen = g
                .perioden
                .iter()
                .skip(1)
                .map(|p| p.x)
                .chain([r(g.breite - RAND)]);
            for (p, naechste) in g.perioden.iter().zip(grenzen) {
                let (_, ende) = p.beschriftung.spanne();
                assert!(ende + LUECKE <= naechste, "{zoom:?}: {p:?} bis {naechste}");
            }
        }
    }

    #[test]
    fn beschriftungen_passen_in_die_spalte() {
        let mut lang = projekt(1, "2026-01-01", "2026-12-31");
        lang.kennung = "P-2026-001-Verwaltungsdigitalisierung".into();
        let mut mittel = projekt(2, "2026-01-01", "2026-12-31");
        mittel.kennung = "P-2026-002-Bund-Länd".into();
        mittel.titel = "Wohngeld digital beantragen".into();
        let mut knapp = projekt(3, "2026-01-01", "2026-12-31");
        knapp.kennung = "P-2026-003-Bund-Länder-".into();
        let plan = plan_aus(vec![lang, mittel, knapp], vec![], vec![]);
        let g = zeichne(&plan, Zoom::Quartal, d("2026-06-01"));
        let lang = zeile(&g, 1);
        assert_eq!(lang.kennung, "P-2026-001-Verwaltungsdig…");
        assert_eq!(lang.titel_kurz, "");
        assert_eq!(
            lang.voll,
            "P-2026-001-Verwaltungsdigitalisierung Vorhaben 1"
        );
        let mittel = zeile(&g, 2);
        assert_eq!(
            (mittel.kennung.as_str(), mittel.titel_kurz.as_str()),
            ("P-2026-002-Bund-Länd", "Wohn…")
        );
        // Fewer than four characters left: no title rather than a stub.
        assert_eq!(zeile(&g, 3).titel_kurz, "");
        for z in [lang, mittel, zeile(&g, 3)] {
            let zeichen = z.kennung.chars().count() + 1 + z.titel_kurz.chars().count();
            assert!(zeichen <= ZEICHEN + 1, "{z:?}");
        }
        assert_eq!(kuerze("Wohngeld", 10), "Wohngeld");
        assert_eq!(kuerze("Wohngeld digital beantragen", 10), "Wohngeld…");
        assert_eq!(kuerze("Äöüßäöüßäö", 10), "Äöüßäöüßäö");
    }

    #[test]
    fn pfeile_zwischen_zeilen() {
        let plan = plan_aus(
            vec![
                projekt(1, "2026-01-01", "2026-03-31"),
                projekt(2, "2026-02-01", "2026-05-31"),
                projekt(3, "2026-06-01", "2026-08-31"),
            ],
            vec![
                meilenstein(10, 1, "2026-02-15"),
                meilenstein(30, 3, "2026-07-15"),
            ],
            vec![
                // Down two rows, in time.
                abhaengigkeit(1, Bezug::Projekt(1), Bezug::Projekt(3)),
                // Down one row, the successor starts too early.
                abhaengigkeit(2, Bezug::Projekt(1), Bezug::Projekt(2)),
                // Up one row, too early.
                abhaengigkeit(3, Bezug::Projekt(3), Bezug::Projekt(2)),
                // Milestone to milestone.
                abhaengigkeit(4, Bezug::Meilenstein(10), Bezug::Meilenstein(30)),
                // Within one row: a milestone before its own project's start.
                abhaengigkeit(5, Bezug::Meilenstein(30), Bezug::Projekt(3)),
            ],
        );
        let g = zeichne(&plan, Zoom::Monat, d("2026-04-15"));
        let balken = |id| zeile(&g, id).balken.expect("Balken");
        let (e1, s2, s3, e3) = (balken(1).ende(), balken(2).x, balken(3).x, balken(3).ende());
        let (m10, m30) = (zeile(&g, 1).rauten[0].x, zeile(&g, 3).rauten[0].x);
        // Row middles: 63, 93, 123; row 1 spans 78 to 108.
        assert_eq!(g.projekt_y, [KOPF, KOPF + ZEILE, KOPF + 2.0 * ZEILE]);
        // In time: 8 px right, down or up to the target row, on to the target.
        let vor = |(x1, y1): (f64, f64), (x2, y2): (f64, f64)| {
            vec![(x1, y1), (x1 + 8.0, y1), (x1 + 8.0, y2), (x2, y2)]
        };
        // Too early: back along the row boundary at `grenze`, then into the target row.
        let zurueck = |(x1, y1): (f64, f64), (x2, y2): (f64, f64), grenze: f64| {
            vec![
                (x1, y1),
                (x1 + 8.0, y1),
                (x1 + 8.0, grenze),
                (x2 - 8.0, grenze),
                (x2 - 8.0, y2),
                (x2, y2),
            ]
        };
        let erwartet = [
            (vor((e1, 63.0), (s3, 123.0)), false),
            // Going down: the boundary above the target row.
            (zurueck((e1, 63.0), (s2, 93.0), 78.0), true),
            // Going up: the boundary below it.
            (zurueck((e3, 123.0), (s2, 93.0), 108.0), true),
            (vor((m10, 63.0), (m30, 123.0)), false),
            // Within one row: its upper boundary.
            (zurueck((m30, 123.0), (s3, 123.0), 108.0), true),
        ];
        assert_eq!(g.pfeile.len(), erwartet.len());
        for (pfeil, (punkte, konflikt)) in g.pfeile.iter().zip(erwartet) {
            assert_eq!((&pfeil.punkte, pfeil.konflikt), (&punkte, konflikt));
            // Only horizontal and vertical segments.
            for paar in pfeil.punkte.windows(2) {
                assert!(paar[0].0 == paar[1].0 || paar[0].1 == paar[1].1, "{paar:?}");
            }
        }
        assert!(zeile(&g, 2)
            .beschreibung
            .ends_with(", Terminkonflikt in einer Abhängigkeit"));
    }

    #[test]
    fn schwimmbahnen_mit_titelzeilen() {
        let mut projekte = vec![
            projekt(1, "2026-03-01", "2026-09-30"),
            projekt(2, "2026-01-01", "2026-12-31"),
            projekt(3, "2026-01-01", "2026-06-30"),
            projekt(4, "2026-02-01", "2026-04-30"),
            projekt(5, "", ""),
        ];
        for (p, welle) in projekte
            .iter_mut()
            .zip([Some(1), Some(1), Some(1), Some(2), None])
        {
            p.welle = welle;
        }
        let plan = plan_aus(projekte, vec![], vec![]);
        let auswahl = Projektauswahl::neu(&plan, &Filter::default(), Gruppierung::Welle);
        assert!(auswahl.mit_titeln);
        let bahnen: Vec<(&str, &[u32])> = auswahl
            .bahnen
            .iter()
            .map(|b| (b.titel.as_str(), b.projekte.as_slice()))
            .collect();
        // Same start: the earlier end first.
        assert_eq!(
            bahnen,
            [
                ("Welle 1", &[3, 2, 1][..]),
                ("Welle 2", &[4][..]),
                ("ohne Welle", &[5][..])
            ]
        );
        let g = berechne(&plan, &auswahl, Zoom::Quartal, d("2026-06-01"), None);
        assert_eq!(g.zeilen.len(), 8);
        assert_eq!(g.hoehe, KOPF + 8.0 * ZEILE + 1.0);
        assert_eq!(
            g.zeilen[0],
            Zeile::Gruppe {
                y: KOPF,
                titel: "Welle 1 (3)".into(),
                titel_kurz: "Welle 1 (3)".into(),
            }
        );
        // Rows are stacked without gaps; title rows are no focus stops.
        let mut y = KOPF;
        let mut index = 0;
        for (zeile, trenner) in g.zeilen.iter().zip(&g.trennlinien) {
            match zeile {
                Zeile::Gruppe { y: gy, .. } => {
                    assert_eq!(*gy, y);
                    assert_eq!(
                        *trenner,
                        Trennlinie {
                            x: 0.0,
                            y: y + ZEILE
                        }
                    );
                }
                Zeile::Projekt(z) => {
                    assert_eq!((z.y, z.index, g.projekt_y[index]), (y, index, y));
                    assert_eq!(
                        *trenner,
                        Trennlinie {
                            x: SPALTE,
                            y: y + ZEILE
                        }
                    );
                    index += 1;
                }
            }
            y += ZEILE;
        }
        // Without swimlanes: one untitled lane.
        let ohne = Projektauswahl::neu(&plan, &Filter::default(), Gruppierung::Keine);
        assert!(!ohne.mit_titeln);
        assert_eq!(ohne.bahnen.len(), 1);
        assert_eq!(
            zeichne(&plan, Zoom::Quartal, d("2026-06-01")).zeilen.len(),
            5
        );
        // Nothing passes the filter: no lanes, no rows.
        let keiner = Filter {
            text: "gibt es nicht".into(),
            ..Filter::default()
        };
        let leer = Projektauswahl::neu(&plan, &keiner, Gruppierung::Welle);
        assert_eq!(leer.anzahl(), 0);
        let g = berechne(&plan, &leer, Zoom::Quartal, d("2026-06-01"), None);
        assert_eq!((g.zeilen.len(), g.hoehe), (0, KOPF + 1.0));
    }

    #[test]
    fn tausend_projekte_vollstaendig_auf_der_zeitachse() {
        let heute = d("2026-11-28");
        let plan = examples::generiere(1000, 10, heute);
        let auswahl = Projektauswahl::neu(&plan, &Filter::default(), Gruppierung::Welle);
        let g = berechne(&plan, &auswahl, Zoom::Quartal, heute, None);
        assert_eq!(g.projekt_y.len(), 1000);
        assert_eq!(g.zeilen.len(), 1000 + auswahl.bahnen.len());
        assert_eq!(g.hoehe, r(KOPF + g.zeilen.len() as f64 * ZEILE + 1.0));
        assert!(g.heute.is_some());
        assert_eq!(
            g.pfeile.len() + g.nicht_gezeichnet,
            plan.abhaengigkeiten.len()
        );
        let rauten: usize = g
            .zeilen
            .iter()
            .map(|z| match z {
                Zeile::Projekt(p) => {
                    assert!(p.beschreibung.starts_with(&p.voll));
                    p.rauten.len()
                }
                Zeile::Gruppe { .. } => 0,
            })
            .sum();
        let gezeichnet = plan
            .meilensteine
            .iter()
            .filter(|m| m.status != Meilensteinstatus::Entfallen && m.termin().is_some())
            .count();
        assert_eq!(rauten, gezeichnet);
        alles_auf_der_zeitachse(&g);
        // Its timing is measured (not asserted) in examples/messung_multiprojektplan.rs.
    }

    #[test]
    fn an_breite_anpassen_passt_den_plan_in_die_breite() {
        let auswahl = |plan: &Multiprojektplan| {
            Projektauswahl::neu(plan, &Filter::default(), Gruppierung::Keine)
        };
        let heute = d("2026-06-01");
        // (projects' span, available width, expected zoom level)
        let faelle = [
            // Two years in 1,000 px: months would be 14 px wide, quarters fit.
            (("2026-01-01", "2027-12-31"), 1000.0, Zoom::Quartal),
            // Ten years in 1,000 px: only years stay readable.
            (("2020-01-01", "2029-12-31"), 1000.0, Zoom::Jahr),
            // Half a year in 2,000 px: months at their own scale (never enlarged).
            (("2026-03-01", "2026-08-31"), 2000.0, Zoom::Monat),
        ];
        for ((start, ende), breite, erwartet) in faelle {
            let plan = plan_aus(vec![projekt(1, start, ende)], vec![], vec![]);
            let g = berechne(&plan, &auswahl(&plan), Zoom::Monat, heute, Some(breite));
            assert!(
                g.breite <= breite + 0.5,
                "{start}–{ende}: {} > {breite}",
                g.breite
            );
            let (zoom, achse) = angepasste_achse(&plan, &[&plan.projekte[0]], heute, breite);
            assert_eq!(zoom, erwartet, "{start}–{ende} in {breite} px");
            assert!(achse.px_pro_tag <= zoom.px_pro_tag());
            // Everything is still on the axis, bars included.
            alles_auf_der_zeitachse(&g);
            let balken = zeile(&g, 1).plan.expect("Basisplan-Rahmen");
            assert!(balken.x >= SPALTE && balken.ende() <= g.breite - RAND + 0.5);
            // Periods are labelled no narrower than MIN_PERIODE (except cut ones at the ends).
            for paar in g.perioden.windows(2).skip(1) {
                if paar[1].x < g.breite - RAND {
                    assert!(
                        paar[1].x - paar[0].x >= MIN_PERIODE - 0.5,
                        "{zoom:?}: {:?}",
                        (paar[0].x, paar[1].x)
                    );
                }
            }
        }
        // Where the natural scale already fits, fitting changes nothing.
        let plan = plan_aus(vec![projekt(1, "2026-03-01", "2026-08-31")], vec![], vec![]);
        let natuerlich = berechne(&plan, &auswahl(&plan), Zoom::Monat, heute, None);
        let angepasst = berechne(&plan, &auswahl(&plan), Zoom::Jahr, heute, Some(5000.0));
        assert_eq!(natuerlich.breite, angepasst.breite);
    }
}
