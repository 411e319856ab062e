//! The Zeitplan: a timeline (Gantt chart) of the portfolio in SVG, with zoom (month, quarter,
//! year), filter, swimlanes by Welle or Programm, a "Heute" line, milestones, dependency arrows
//! and a table with the same data as its accessible equivalent.
//!
//! **Rendering.** Filtering, grouping and the whole geometry are computed in `Memo`s into plain
//! structs ([`Geometrie`]); the SVG is then rendered with one `view!` per row and no signal per
//! element. Focus and hover are styled by CSS; the sticky label column and header are moved by
//! one `transform` attribute each on scroll, so neither re-renders anything. 500 projects with
//! 10 milestones each are about 3,500 SVG elements: the milestones of a row are one `<path>`
//! per kind (reached, open, "late" marks), and grid lines and row separators are one `<path>`
//! each.
//!
//! **Keyboard pattern (roving tabindex).** Each project row is an SVG link
//! (`<a href="#/multiprojektplan/projekt/<id>">`) with an `aria-label` that says everything
//! the row shows ("P-2026-001 Wohngeld digital: 15.01.2026 bis 28.02.2027, Ampel gelb, …") and
//! a `<title>` listing its milestones (announced as its description). Only one row has
//! `tabindex="0"`, all others `-1`, so the chart is a single tab stop. Inside it:
//! Arrow up/down move focus to the previous/next project, Home/End to the first/last,
//! Page up/down by ten rows, Arrow left/right scroll the timeline sideways, Enter opens the
//! project (native link activation, so screen readers' virtual cursor and clicks work too).
//! The tab stop follows the focus (also after a click), the focused row is highlighted by CSS
//! `:focus`, and its label in the sticky column by one highlight rectangle that is moved to it.
//! A short help text above the chart explains the keys and is the SVG's description.
//!
//! **Table alternative.** "Als Tabelle anzeigen" renders the same rows as a `<table>` (only
//! when asked for, to keep the page light), grouped like the chart.
//!
//! **Print.** The chart scales to the page width (`viewBox`), controls are hidden and the list
//! of dependency conflicts is printed below it (see `style/werkzeuge/multiprojektplan-zeitplan.css`).

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::time::Duration;

use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser;
use crate::app::components::{AmpelMarke, Hinweis, HinweisArt, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Ankreuzfeld, Auswahl, Eingabe};
use crate::shared::datum::Datum;
use crate::shared::format;
use crate::shared::vokabular::Ampel;
use crate::tools::multiprojektplan::calc::{self, Filter, Gruppierung, Zeitachse, Zoom};
use crate::tools::multiprojektplan::model::{
    Bezug, Meilenstein, Meilensteinstatus, Multiprojektplan, Projekt, Projektstatus,
};

use super::portfolio::verzug_text;
use super::{href, projekt_href};

/// Height of one row (project or swimlane title), in SVG units (CSS pixels on screen).
const ZEILE: f64 = 30.0;
/// Height of the header with the period labels and the "Heute" label.
const KOPF: f64 = 48.0;
/// Width of the label column (Projekt-ID, title, Ampel word).
const SPALTE: f64 = 240.0;
/// Space right of the timeline.
const RAND: f64 = 24.0;
/// Characters of "Projekt-ID Titel" that fit into the label column.
const ZEICHEN: usize = 26;
/// Half the height of a milestone diamond.
const RAUTE: f64 = 7.0;
/// Delay before the search text filters (typing stays fluid with 500 projects).
const SUCHVERZOEGERUNG: Duration = Duration::from_millis(250);

/// A project row of the chart, ready to render.
#[derive(Clone, Debug, PartialEq)]
struct Projektzeile {
    id: u32,
    /// Position in the focus order (project rows only).
    index: usize,
    /// Top edge.
    y: f64,
    kennung: String,
    /// Title, shortened to fit the label column after the Projekt-ID.
    titel_kurz: String,
    /// "Projekt-ID Titel" in full (tooltip of the label).
    voll: String,
    ampel: Ampel,
    /// Accessible name of the row: everything the row shows, in words.
    beschreibung: String,
    /// Milestones in words (the row's `<title>`, announced as its description).
    details: String,
    /// Basisplan bar: x and width.
    plan: Option<(f64, f64)>,
    /// Forecast/actual bar: x and width.
    balken: Option<(f64, f64)>,
    /// Path of the reached milestones (filled diamonds).
    erreicht: String,
    /// Path of the open milestones (outlined diamonds).
    offen: String,
    /// Path of the "!" marks next to late milestones.
    verspaetet: String,
}

/// A row of the chart.
#[derive(Clone, Debug, PartialEq)]
enum Zeile {
    /// Title of a swimlane.
    Gruppe { y: f64, titel: String },
    /// A project.
    Projekt(Box<Projektzeile>),
}

/// A dependency arrow.
#[derive(Clone, Debug, PartialEq)]
struct Pfeil {
    d: String,
    konflikt: bool,
}

/// A period in the header.
#[derive(Clone, Debug, PartialEq)]
struct Periode {
    x: f64,
    beschriftung: String,
}

/// Everything the SVG shows, computed in one pass.
#[derive(Clone, Debug, Default, PartialEq)]
struct Geometrie {
    breite: f64,
    hoehe: f64,
    perioden: Vec<Periode>,
    /// Vertical grid lines (one path).
    raster: String,
    /// Horizontal row separators (one path).
    trennlinien: String,
    zeilen: Vec<Zeile>,
    /// Top edge of each project row, by focus index.
    projekt_y: Vec<f64>,
    heute: Option<f64>,
    stichtag: Option<f64>,
    pfeile: Vec<Pfeil>,
    /// Dependencies that cannot be drawn (an end filtered out or without dates).
    nicht_gezeichnet: usize,
}

/// A row of the table alternative.
#[derive(Clone, Debug, PartialEq)]
struct Tabellenzeile {
    id: u32,
    kennung: String,
    titel: String,
    start: String,
    ende_plan: String,
    ende_erwartet: String,
    verzug: String,
    ampel: Ampel,
    meilensteine: Vec<String>,
}

/// Rounds to a tenth of a pixel, which keeps the attribute texts short.
fn r(wert: f64) -> f64 {
    (wert * 10.0).round() / 10.0
}

/// The first `max` characters of `text`, with "…" if cut.
fn kuerze(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut kurz: String = text.chars().take(max.saturating_sub(1)).collect();
    kurz = kurz.trim_end().to_owned();
    kurz.push('…');
    kurz
}

/// "1 Tag" / "14 Tage".
fn tage(anzahl: i64) -> String {
    if anzahl.abs() == 1 {
        format!("{} Tag", format::ganzzahl(anzahl))
    } else {
        format!("{} Tage", format::ganzzahl(anzahl))
    }
}

/// Whether a milestone counts as reached.
fn ist_erreicht(m: &Meilenstein) -> bool {
    m.status == Meilensteinstatus::Erreicht || m.ist.is_some()
}

/// A milestone in words: "Go-live: 01.12.2026 (offen, 14 Tage verspätet)".
fn meilenstein_text(m: &Meilenstein, stichtag: Datum) -> String {
    let termin = m
        .termin()
        .map(Datum::deutsch)
        .unwrap_or_else(|| "ohne Termin".to_owned());
    let mut text = format!("{}: {termin} ({}", m.bezeichnung, m.status.name());
    if let Some(verzug) = calc::meilensteinverzug(m, stichtag).filter(|t| *t > 0) {
        let _ = write!(text, ", {} verspätet", tage(verzug));
    }
    text.push(')');
    text
}

/// Grouped project ids after filter, sort and swimlanes.
type Gruppen = Vec<(String, Vec<u32>)>;

fn auswaehlen(plan: &Multiprojektplan, filter: &Filter, gruppierung: Gruppierung) -> Gruppen {
    let mut liste = calc::filtere(plan, filter);
    // A Gantt chart reads top-down in time: by start, then end, then Projekt-ID.
    liste.sort_by(|a, b| {
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
    calc::gruppiere(liste, gruppierung)
        .into_iter()
        .map(|(titel, projekte)| (titel, projekte.into_iter().map(|p| p.id).collect()))
        .collect()
}

/// Where dependency arrows start and end.
#[derive(Default)]
struct Anker {
    /// Project id → (start x, end x, middle y).
    projekte: HashMap<u32, (Option<f64>, Option<f64>, f64)>,
    /// Milestone id → (x, middle y).
    meilensteine: HashMap<u32, (f64, f64)>,
}

impl Anker {
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

/// Elbow path from the predecessor's end to the successor's start; when the successor starts
/// too early, the path runs back along the row boundary.
fn pfeilpfad((x1, y1): (f64, f64), (x2, y2): (f64, f64)) -> String {
    let knick = r(x1 + 8.0);
    if x2 - x1 >= 16.0 {
        format!("M{x1} {y1}H{knick}V{y2}H{x2}")
    } else {
        let zwischen = r(if y2 >= y1 {
            y2 - ZEILE / 2.0
        } else {
            y2 + ZEILE / 2.0
        });
        let zurueck = r(x2 - 8.0);
        format!("M{x1} {y1}H{knick}V{zwischen}H{zurueck}V{y2}H{x2}")
    }
}

/// Which projects a conflicting dependency touches.
fn konfliktprojekte(plan: &Multiprojektplan, konflikte: &HashSet<u32>) -> HashSet<u32> {
    let projekt_von = |bezug: Bezug| match bezug {
        Bezug::Projekt(id) => Some(id),
        Bezug::Meilenstein(id) => plan.meilenstein(id).map(|m| m.projekt),
    };
    plan.abhaengigkeiten
        .iter()
        .filter(|a| konflikte.contains(&a.id))
        .flat_map(|a| [projekt_von(a.von), projekt_von(a.zu)])
        .flatten()
        .collect()
}

/// The accessible name of a project row.
fn zeilenbeschreibung(
    p: &Projekt,
    meilensteine: &[&Meilenstein],
    verspaetet: usize,
    konflikt: bool,
) -> String {
    let mut text = format!("{} {}: ", p.kennung, p.titel);
    match (p.start_erwartet(), p.ende_erwartet()) {
        (Some(start), Some(ende)) => {
            let _ = write!(text, "{} bis {}", start.deutsch(), ende.deutsch());
        }
        (Some(start), None) => {
            let _ = write!(text, "ab {}, Ende offen", start.deutsch());
        }
        (None, Some(ende)) => {
            let _ = write!(text, "bis {}, Start offen", ende.deutsch());
        }
        (None, None) => text.push_str("ohne Termine"),
    }
    if let Some(plan) = p.ende_plan.filter(|e| Some(*e) != p.ende_erwartet()) {
        let _ = write!(text, " (Basisplan bis {})", plan.deutsch());
    }
    match calc::projektverzug(p) {
        Some(t) if t > 0 => {
            let _ = write!(text, ", {} Verzug", tage(t));
        }
        Some(t) if t < 0 => {
            let _ = write!(text, ", {} früher als geplant", tage(-t));
        }
        _ => {}
    }
    let _ = write!(
        text,
        ", Status {}, Ampel {}",
        p.status.name(),
        p.ampeln.gesamt.ampel.name()
    );
    match meilensteine.len() {
        0 => text.push_str(", keine Meilensteine"),
        1 => text.push_str(", 1 Meilenstein"),
        n => {
            let _ = write!(text, ", {n} Meilensteine");
        }
    }
    if verspaetet > 0 {
        let _ = write!(text, ", davon {verspaetet} verspätet");
    }
    if konflikt {
        text.push_str(", Terminkonflikt in einer Abhängigkeit");
    }
    text
}

/// The chart's geometry for the chosen projects.
fn berechne(
    plan: &Multiprojektplan,
    gruppen: &Gruppen,
    gruppiert: bool,
    zoom: Zoom,
    heute: Datum,
) -> Geometrie {
    let stichtag = calc::stichtag(plan, heute);
    let nach_id: HashMap<u32, &Projekt> = plan.projekte.iter().map(|p| (p.id, p)).collect();
    let mut meilensteine: HashMap<u32, Vec<&Meilenstein>> = HashMap::new();
    for m in &plan.meilensteine {
        meilensteine.entry(m.projekt).or_default().push(m);
    }
    for liste in meilensteine.values_mut() {
        liste.sort_by_key(|m| (m.termin().is_none(), m.termin(), m.id));
    }
    let projekte: Vec<&Projekt> = gruppen
        .iter()
        .flat_map(|(_, ids)| ids.iter().filter_map(|id| nach_id.get(id).copied()))
        .collect();
    let achse = Zeitachse::fuer(plan, &projekte, zoom, heute);
    let x = |d: Datum| r(SPALTE + achse.x(d));
    let konflikte: HashSet<u32> = calc::abhaengigkeitswarnungen(plan)
        .into_iter()
        .map(|w| w.abhaengigkeit)
        .collect();
    let in_konflikt = konfliktprojekte(plan, &konflikte);

    let zeilenzahl = projekte.len() + if gruppiert { gruppen.len() } else { 0 };
    let breite = r(SPALTE + achse.breite() + RAND);
    let hoehe = r(KOPF + zeilenzahl as f64 * ZEILE + 1.0);

    let mut geometrie = Geometrie {
        breite,
        hoehe,
        ..Geometrie::default()
    };
    for abschnitt in achse.einteilung(zoom) {
        let ax = r(SPALTE + abschnitt.x);
        let _ = write!(geometrie.raster, "M{ax} {KOPF}V{hoehe}");
        geometrie.perioden.push(Periode {
            x: ax,
            beschriftung: abschnitt.beschriftung,
        });
    }
    let im_bereich = |d: Datum| d >= achse.von && d < achse.bis;
    geometrie.heute = im_bereich(heute).then(|| x(heute));
    geometrie.stichtag = plan
        .berichtsstichtag
        .filter(|s| *s != heute && im_bereich(*s))
        .map(x);

    let mut anker = Anker::default();
    let mut y = KOPF;
    let mut index = 0;
    for (titel, ids) in gruppen {
        if gruppiert {
            geometrie.zeilen.push(Zeile::Gruppe {
                y,
                titel: format!("{titel} ({})", ids.len()),
            });
            y += ZEILE;
            let _ = write!(geometrie.trennlinien, "M0 {y}H{breite}");
        }
        for p in ids.iter().filter_map(|id| nach_id.get(id).copied()) {
            let mitte = r(y + ZEILE / 2.0);
            let eigene: &[&Meilenstein] = meilensteine.get(&p.id).map_or(&[], Vec::as_slice);
            let strecke = |von: Option<Datum>, bis: Option<Datum>| {
                let (von, bis) = (von?, bis?);
                let (a, b) = (x(von.min(bis)), x(von.max(bis)));
                Some((a, r((b - a).max(2.0))))
            };
            let plan_strecke = strecke(p.start_plan, p.ende_plan);
            let balken = strecke(p.start_erwartet(), p.ende_erwartet());
            anker.projekte.insert(
                p.id,
                (
                    balken.or(plan_strecke).map(|(a, _)| a),
                    balken.or(plan_strecke).map(|(a, b)| r(a + b)),
                    mitte,
                ),
            );
            let mut zeile = Projektzeile {
                id: p.id,
                index,
                y,
                kennung: kuerze(&p.kennung, ZEICHEN),
                titel_kurz: {
                    let rest = ZEICHEN.saturating_sub(p.kennung.chars().count() + 1);
                    if rest >= 4 {
                        kuerze(&p.titel, rest)
                    } else {
                        String::new()
                    }
                },
                voll: format!("{} {}", p.kennung, p.titel),
                ampel: p.ampeln.gesamt.ampel,
                beschreibung: String::new(),
                details: String::new(),
                plan: plan_strecke,
                balken,
                erreicht: String::new(),
                offen: String::new(),
                verspaetet: String::new(),
            };
            let mut anzahl_verspaetet = 0;
            let mut details = Vec::new();
            for m in eigene {
                details.push(meilenstein_text(m, stichtag));
                if m.status == Meilensteinstatus::Entfallen {
                    continue;
                }
                let Some(termin) = m.termin() else { continue };
                let mx = x(termin);
                anker.meilensteine.insert(m.id, (mx, mitte));
                let pfad = if ist_erreicht(m) {
                    &mut zeile.erreicht
                } else {
                    &mut zeile.offen
                };
                let _ = write!(
                    pfad,
                    "M{mx} {}l{RAUTE} {RAUTE}l-{RAUTE} {RAUTE}l-{RAUTE} -{RAUTE}z",
                    r(mitte - RAUTE)
                );
                if calc::meilensteinverzug(m, stichtag).is_some_and(|t| t > 0) {
                    anzahl_verspaetet += 1;
                    let gx = r(mx + RAUTE + 1.0);
                    let gy = r(mitte - 12.0);
                    let _ = write!(
                        zeile.verspaetet,
                        "M{gx} {gy}h3v7h-3zM{gx} {}h3v3h-3z",
                        r(gy + 8.5)
                    );
                }
            }
            zeile.beschreibung =
                zeilenbeschreibung(p, eigene, anzahl_verspaetet, in_konflikt.contains(&p.id));
            if !details.is_empty() {
                zeile.details = format!("Meilensteine: {}", details.join("; "));
            }
            geometrie.projekt_y.push(y);
            geometrie.zeilen.push(Zeile::Projekt(Box::new(zeile)));
            index += 1;
            y += ZEILE;
            let _ = write!(geometrie.trennlinien, "M{SPALTE} {y}H{breite}");
        }
    }

    for abhaengigkeit in &plan.abhaengigkeiten {
        match (
            anker.punkt(abhaengigkeit.von, true),
            anker.punkt(abhaengigkeit.zu, false),
        ) {
            (Some(von), Some(zu)) => geometrie.pfeile.push(Pfeil {
                d: pfeilpfad(von, zu),
                konflikt: konflikte.contains(&abhaengigkeit.id),
            }),
            _ => geometrie.nicht_gezeichnet += 1,
        }
    }
    geometrie
}

fn tabellenzeile(p: &Projekt, meilensteine: &[&Meilenstein], stichtag: Datum) -> Tabellenzeile {
    let datum = |d: Option<Datum>| d.map(Datum::deutsch).unwrap_or_default();
    Tabellenzeile {
        id: p.id,
        kennung: p.kennung.clone(),
        titel: p.titel.clone(),
        start: datum(p.start_erwartet()),
        ende_plan: datum(p.ende_plan),
        ende_erwartet: datum(p.ende_ist.or(p.ende_prognose)),
        verzug: verzug_text(calc::projektverzug(p)),
        ampel: p.ampeln.gesamt.ampel,
        meilensteine: meilensteine
            .iter()
            .map(|m| meilenstein_text(m, stichtag))
            .collect(),
    }
}

/// Options of a select with "alle" first.
/// The element of an event's target, or the nearest ancestor, that carries `attribut`.
fn naechstes(ziel: Option<web_sys::EventTarget>, attribut: &str) -> Option<web_sys::Element> {
    ziel?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(&format!("[{attribut}]"))
        .ok()
        .flatten()
}

/// The view state of the page, kept in local signals (`Copy`, like a signal).
#[derive(Clone, Copy)]
struct Ansicht {
    zoom: RwSignal<Zoom>,
    programm: RwSignal<String>,
    welle: RwSignal<String>,
    status: RwSignal<String>,
    /// What the search field shows.
    eingabe: RwSignal<String>,
    /// The search text in effect (follows `eingabe` after a short pause).
    suche: RwSignal<String>,
    gruppierung: RwSignal<Gruppierung>,
    abhaengigkeiten: RwSignal<bool>,
    tabelle: RwSignal<bool>,
    suchtimer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Ansicht {
    fn neu() -> Ansicht {
        Ansicht {
            zoom: RwSignal::new(Zoom::Quartal),
            programm: RwSignal::new(String::new()),
            welle: RwSignal::new(String::new()),
            status: RwSignal::new(String::new()),
            eingabe: RwSignal::new(String::new()),
            suche: RwSignal::new(String::new()),
            gruppierung: RwSignal::new(Gruppierung::Keine),
            abhaengigkeiten: RwSignal::new(true),
            tabelle: RwSignal::new(false),
            suchtimer: StoredValue::new_local(None),
        }
    }

    fn gruppiert(self) -> bool {
        self.gruppierung.get() != Gruppierung::Keine
    }

    /// Stops a pending search update.
    fn suche_abbrechen(self) {
        if let Some(Some(alt)) = self.suchtimer.try_get_value() {
            alt.clear();
        }
    }
}

/// The timeline page.
#[component]
pub fn Zeitplan() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let heute = browser::heute();
    let ansicht = Ansicht::neu();
    on_cleanup(move || ansicht.suche_abbrechen());

    let filter = Memo::new(move |_| Filter {
        status: Projektstatus::ALLE
            .iter()
            .copied()
            .find(|s| ansicht.status.with(|w| w == s.name())),
        welle: ansicht.welle.with(|w| w.parse().ok()),
        programm: ansicht
            .programm
            .with(|p| (!p.is_empty()).then(|| p.clone())),
        text: ansicht.suche.get(),
        ..Filter::default()
    });
    let gesamt =
        Memo::new(move |_| daten.lies(|ab| ab.map_or(0, |ab| ab.werkzeuge.multiprojektplan.projekte.len())));
    let gruppen = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or_else(Vec::new, |ab| {
                filter.with(|f| auswaehlen(&ab.werkzeuge.multiprojektplan, f, ansicht.gruppierung.get()))
            })
        })
    });
    let anzahl =
        Memo::new(move |_| gruppen.with(|g| g.iter().map(|(_, ids)| ids.len()).sum::<usize>()));
    let geometrie = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else {
                return Geometrie::default();
            };
            gruppen.with(|g| {
                berechne(
                    &ab.werkzeuge.multiprojektplan,
                    g,
                    ansicht.gruppiert(),
                    ansicht.zoom.get(),
                    heute,
                )
            })
        })
    });
    let warnungen = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or_else(Vec::new, |ab| {
                calc::abhaengigkeitswarnungen(&ab.werkzeuge.multiprojektplan)
                    .into_iter()
                    .map(|w| w.meldung)
                    .collect::<Vec<_>>()
            })
        })
    });
    let leer = Memo::new(move |_| gesamt.get() == 0);
    // Separate from `anzahl`, so that a filter change re-renders the chart, not the page part.
    let keiner = Memo::new(move |_| anzahl.get() == 0);

    let inhalt = move || {
        if leer.get() {
            return view! {
                <p class="kern-body">
                    "Der Zeitplan zeigt alle Projekte mit Start, Ende, Meilensteinen und Abhängigkeiten auf einer Zeitachse. "
                    "Noch ist kein Projekt erfasst. "
                    <a class="kern-link" href=href(&["neu"])>"Legen Sie ein Projekt an"</a>
                    " oder laden Sie im "
                    <a class="kern-link" href=href(&[])>"Portfolio"</a>
                    " das Beispielportfolio."
                </p>
            }
            .into_any();
        }
        let tabelle = ansicht.tabelle;
        view! {
            <Steuerung ansicht filter/>
            <p class="kern-body" id="zeitplan-anzahl" role="status">
                {move || {
                    let (n, alle) = (anzahl.get(), gesamt.get());
                    if n == alle {
                        format!("{} Projekte im Zeitplan", format::ganzzahl(alle as i64))
                    } else {
                        format!("{} von {} Projekten im Zeitplan", format::ganzzahl(n as i64), format::ganzzahl(alle as i64))
                    }
                }}
            </p>
            {move || if keiner.get() {
                view! {
                    <Hinweis art=HinweisArt::Info titel="Kein Projekt passt zum Filter".to_owned()>
                        <p class="kern-body">"Ändern Sie die Suche oder setzen Sie die Filter zurück."</p>
                    </Hinweis>
                }.into_any()
            } else {
                view! {
                    <Legende/>
                    <Diagramm geometrie abhaengigkeiten=ansicht.abhaengigkeiten/>
                    <div class="zeitplan__tabellenschalter">
                        <button type="button" class="kern-btn kern-btn--secondary"
                            aria-expanded=move || tabelle.get().to_string() aria-controls="zeitplan-tabelle"
                            on:click=move |_| tabelle.update(|t| *t = !*t)>
                            <span class="kern-label">
                                {move || if tabelle.get() { "Tabelle ausblenden" } else { "Als Tabelle anzeigen" }}
                            </span>
                        </button>
                    </div>
                    <div id="zeitplan-tabelle">
                        {move || tabelle.get().then(|| view! {
                            <Zeitplantabelle gruppen gruppiert=Signal::derive(move || ansicht.gruppiert()) heute/>
                        })}
                    </div>
                }.into_any()
            }}
            <Konflikte warnungen/>
        }
        .into_any()
    };
    view! { <div class="zeitplan">{inhalt}</div> }
}

/// Zoom, filter, swimlanes and the dependency switch.
#[component]
fn Steuerung(ansicht: Ansicht, filter: Memo<Filter>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let auswahllisten = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or((Vec::new(), Vec::new()), |ab| {
                (
                    calc::programme(&ab.werkzeuge.multiprojektplan),
                    calc::wellen(&ab.werkzeuge.multiprojektplan),
                )
            })
        })
    });
    let Ansicht {
        zoom,
        programm,
        welle,
        status,
        eingabe,
        suche,
        gruppierung,
        abhaengigkeiten,
        suchtimer,
        ..
    } = ansicht;
    let suchen = Callback::new(move |text: String| {
        eingabe.set(text.clone());
        ansicht.suche_abbrechen();
        let neu = set_timeout_with_handle(move || suche.set(text), SUCHVERZOEGERUNG).ok();
        suchtimer.set_value(neu);
    });
    let zoom_auswahl = Zoom::ALLE
        .iter()
        .copied()
        .enumerate()
        .map(|(i, z)| {
            let id = format!("zeitplan-zoom-{i}");
            view! {
                <div class="kern-form-check">
                    <input class="kern-form-check__radio" type="radio" name="zeitplan-zoom" id=id.clone()
                        value=z.name() prop:checked=move || zoom.get() == z
                        on:change=move |_| zoom.set(z)/>
                    <label class="kern-label" for=id>{z.name()}</label>
                </div>
            }
        })
        .collect_view();
    let status_optionen = mit_leerem_wert(
        "alle",
        Projektstatus::ALLE
            .iter()
            .map(|s| (s.name().to_owned(), s.name().to_owned())),
    );
    let gruppen_optionen = [
        Gruppierung::Keine,
        Gruppierung::Welle,
        Gruppierung::Programm,
    ]
    .iter()
    .map(|g| (g.schluessel().to_owned(), g.name().to_owned()))
    .collect::<Vec<_>>();
    let gruppe_wert = Signal::derive(move || gruppierung.get().schluessel().to_owned());
    let gruppe_setzen = Callback::new(move |wert: String| {
        gruppierung.set(Gruppierung::aus_schluessel(&wert).unwrap_or_default());
    });
    let zuruecksetzen = move |_| {
        programm.set(String::new());
        welle.set(String::new());
        status.set(String::new());
        ansicht.suche_abbrechen();
        eingabe.set(String::new());
        suche.set(String::new());
        // The button disables itself; focus goes to the search field instead of the page.
        browser::fokussiere("#zeitplan-suche");
    };
    let gefiltert =
        move || filter.with(|f| *f != Filter::default()) || !eingabe.with(String::is_empty);
    view! {
        <div class="zeitplan__steuerung">
            <fieldset class="kern-fieldset zeitplan__zoom">
                <legend class="kern-label">"Zeitraster"</legend>
                <div class="kern-fieldset__body kern-fieldset__body--horizontal">{zoom_auswahl}</div>
            </fieldset>
            <div class="filterleiste" role="search" aria-label="Projekte im Zeitplan filtern">
                <Eingabe id="zeitplan-suche" beschriftung="Suche" hinweis="Projekt-ID, Titel, Programm, Leitung, OZG-ID"
                    wert=eingabe bei_eingabe=suchen/>
                {move || {
                    let (programme, wellen) = auswahllisten.get();
                    view! {
                        <Auswahl id="zeitplan-programm" beschriftung="Programm"
                            optionen=mit_leerem_wert("alle", programme.into_iter().map(|p| (p.clone(), p)))
                            wert=programm bei_eingabe=Callback::new(move |w| programm.set(w))/>
                        <Auswahl id="zeitplan-welle" beschriftung="Welle"
                            optionen=mit_leerem_wert("alle", wellen.into_iter().map(|w| (w.to_string(), format!("Welle {w}"))))
                            wert=welle bei_eingabe=Callback::new(move |w| welle.set(w))/>
                    }
                }}
                <Auswahl id="zeitplan-status" beschriftung="Status" optionen=status_optionen
                    wert=status bei_eingabe=Callback::new(move |w| status.set(w))/>
                <Auswahl id="zeitplan-bahnen" beschriftung="Schwimmbahnen nach" optionen=gruppen_optionen
                    wert=gruppe_wert bei_eingabe=gruppe_setzen/>
                <div class="filterleiste__aktion">
                    <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !gefiltert()
                        on:click=zuruecksetzen>
                        <span class="kern-label">"Filter zurücksetzen"</span>
                    </button>
                </div>
            </div>
            <Ankreuzfeld id="zeitplan-abhaengigkeiten" beschriftung="Abhängigkeiten anzeigen"
                wert=abhaengigkeiten bei_eingabe=Callback::new(move |an| abhaengigkeiten.set(an))/>
        </div>
    }
}

/// What the symbols of the chart mean.
#[component]
fn Legende() -> impl IntoView {
    let eintrag = |symbol: AnyView, text: &'static str| {
        view! {
            <li class="zeitplan__legendeneintrag">
                <svg class="zeitplan__legendensymbol" width="36" height="20" viewBox="0 0 36 20" aria-hidden="true">{symbol}</svg>
                <span>{text}</span>
            </li>
        }
    };
    view! {
        <div class="zeitplan__legende">
            <p class="kern-body zeitplan__legendentitel" id="zeitplan-legende">"Legende"</p>
            <ul class="zeitplan__legendenliste" aria-labelledby="zeitplan-legende">
                {eintrag(view! { <rect class="zeitplan__plan" x="2" y="2" width="32" height="16"/> }.into_any(),
                    "Rahmen: Basisplan (geplanter Start bis geplantes Ende)")}
                {eintrag(view! { <rect class="zeitplan__balken zeitplan__balken--gruen" x="2" y="5" width="32" height="10"/> }.into_any(),
                    "Balken: Prognose bzw. Ist in der Farbe der Gesamtampel (gelb mit gestricheltem, grau mit gepunktetem Rand, rot schraffiert); die linke Spalte nennt die Ampel als Wort")}
                {eintrag(view! { <path class="zeitplan__meilenstein zeitplan__meilenstein--erreicht" d="M18 3l7 7l-7 7l-7-7z"/> }.into_any(),
                    "gefüllte Raute: Meilenstein erreicht")}
                {eintrag(view! { <path class="zeitplan__meilenstein zeitplan__meilenstein--offen" d="M18 3l7 7l-7 7l-7-7z"/> }.into_any(),
                    "leere Raute: Meilenstein offen")}
                {eintrag(view! {
                    <path class="zeitplan__meilenstein zeitplan__meilenstein--offen" d="M14 3l7 7l-7 7l-7-7z"/>
                    <path class="zeitplan__verspaetet" d="M22 1h3v7h-3zM22 9.5h3v3h-3z"/>
                }.into_any(), "Ausrufezeichen: Meilenstein verspätet")}
                {eintrag(view! { <line class="zeitplan__heute" x1="18" y1="0" x2="18" y2="20"/> }.into_any(),
                    "senkrechte Linie: heute (gestrichelt: Berichtsstichtag)")}
                {eintrag(view! { <path class="zeitplan__pfeil" d="M2 10H28" marker-end="url(#zeitplan-pfeilspitze)"/> }.into_any(),
                    "Pfeil: Abhängigkeit vom Ende des Vorgängers zum Start des Nachfolgers")}
                {eintrag(view! { <path class="zeitplan__pfeil zeitplan__pfeil--konflikt" d="M2 10H26" marker-end="url(#zeitplan-pfeilspitze-konflikt)"/> }.into_any(),
                    "rot gestrichelter Pfeil mit Querstrich: Terminkonflikt (unten als Liste)")}
            </ul>
        </div>
    }
}

/// The SVG chart inside its scroll region.
#[component]
fn Diagramm(geometrie: Memo<Geometrie>, abhaengigkeiten: RwSignal<bool>) -> impl IntoView {
    let bereich = NodeRef::<leptos::html::Div>::new();
    let spalte = NodeRef::<leptos::svg::G>::new();
    let kopf = NodeRef::<leptos::svg::G>::new();
    let ecke = NodeRef::<leptos::svg::G>::new();
    let fokusmarke = NodeRef::<leptos::svg::Rect>::new();

    // Sticky label column and header: one transform each, set from the scroll position.
    let klebe = move || {
        let Some(div) = bereich.try_get_untracked().flatten() else {
            return;
        };
        let (sx, sy) = (div.scroll_left(), div.scroll_top());
        let setze = |knoten: NodeRef<leptos::svg::G>, wert: String| {
            if let Some(g) = knoten.try_get_untracked().flatten() {
                let _ = g.set_attribute("transform", &wert);
            }
        };
        setze(spalte, format!("translate({sx} 0)"));
        setze(kopf, format!("translate(0 {sy})"));
        setze(ecke, format!("translate({sx} {sy})"));
    };
    // Exactly one row is the tab stop. Rows set their `tabindex` when rendered, and the key
    // handlers move it by hand; after a re-render (zoom, filter) the DOM may hold none or two,
    // so every render ends by repairing it: the first row `0` becomes the stop, else row 0.
    let ein_tabstopp = move || {
        let Some(div) = bereich.try_get_untracked().flatten() else {
            return;
        };
        let Ok(zeilen) = div.query_selector_all("[data-zeile]") else {
            return;
        };
        let mut gefunden = false;
        for i in 0..zeilen.length() {
            let Some(zeile) = zeilen
                .item(i)
                .and_then(|z| z.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            if zeile.get_attribute("tabindex").as_deref() == Some("0") {
                if gefunden {
                    let _ = zeile.set_attribute("tabindex", "-1");
                }
                gefunden = true;
            }
        }
        if !gefunden {
            if let Some(erste) = zeilen
                .item(0)
                .and_then(|z| z.dyn_into::<web_sys::Element>().ok())
            {
                let _ = erste.set_attribute("tabindex", "0");
            }
        }
    };
    Effect::new(move |_| {
        geometrie.track();
        request_animation_frame(move || {
            klebe();
            ein_tabstopp();
        });
    });

    // Keeps the focused row clear of the sticky header and inside the visible area.
    let zeige_zeile = move |index: usize| {
        let Some(y) = geometrie.with_untracked(|g| g.projekt_y.get(index).copied()) else {
            return;
        };
        if let Some(marke) = fokusmarke.get_untracked() {
            let _ = marke.set_attribute("y", &y.to_string());
            let _ = marke.set_attribute(
                "class",
                "zeitplan__fokusmarke zeitplan__fokusmarke--sichtbar",
            );
        }
        request_animation_frame(move || {
            let Some(div) = bereich.try_get_untracked().flatten() else {
                return;
            };
            let oben = f64::from(div.scroll_top());
            let sichtbar = f64::from(div.client_height());
            if y - KOPF < oben {
                div.set_scroll_top((y - KOPF).max(0.0) as i32);
            } else if y + ZEILE > oben + sichtbar {
                div.set_scroll_top((y + ZEILE - sichtbar) as i32);
            }
        });
    };

    let fokus_rein = move |ev: web_sys::FocusEvent| {
        let Some(zeile) = naechstes(ev.target(), "data-zeile") else {
            return;
        };
        let Some(index) = zeile
            .get_attribute("data-zeile")
            .and_then(|t| t.parse::<usize>().ok())
        else {
            return;
        };
        // The tab stop follows the focus, however it got there (keys, click, screen reader).
        if let Some(svg) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            if let Ok(Some(alt)) = svg.query_selector("[data-zeile][tabindex=\"0\"]") {
                if alt != zeile {
                    let _ = alt.set_attribute("tabindex", "-1");
                }
            }
        }
        let _ = zeile.set_attribute("tabindex", "0");
        zeige_zeile(index);
    };
    // Also fires while the chart is being removed (Enter opened a project): the node may be
    // gone by then, so it is read with `try_`.
    let fokus_raus = move |_: web_sys::FocusEvent| {
        if let Some(marke) = fokusmarke.try_get_untracked().flatten() {
            let _ = marke.set_attribute("class", "zeitplan__fokusmarke");
        }
    };

    let tastatur = move |ev: web_sys::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let Some(zeile) = naechstes(ev.target(), "data-zeile") else {
            return;
        };
        let Some(index) = zeile
            .get_attribute("data-zeile")
            .and_then(|t| t.parse::<usize>().ok())
        else {
            return;
        };
        let letzte = geometrie.with_untracked(|g| g.projekt_y.len().saturating_sub(1));
        let ziel = match ev.key().as_str() {
            "ArrowDown" => (index + 1).min(letzte),
            "ArrowUp" => index.saturating_sub(1),
            "Home" => 0,
            "End" => letzte,
            "PageDown" => (index + 10).min(letzte),
            "PageUp" => index.saturating_sub(10),
            // Links open with Enter anyway; handled here so it works the same in every browser.
            "Enter" => {
                ev.prevent_default();
                if let Some(ziel) = zeile.get_attribute("href") {
                    browser::setze_hash(&ziel);
                }
                return;
            }
            taste @ ("ArrowLeft" | "ArrowRight") => {
                ev.prevent_default();
                if let Some(div) = bereich.get_untracked() {
                    let schritt = ((f64::from(div.client_width()) - SPALTE) / 3.0).max(60.0) as i32;
                    let richtung = if taste == "ArrowLeft" { -1 } else { 1 };
                    div.set_scroll_left(div.scroll_left() + richtung * schritt);
                }
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        if ziel == index {
            return;
        }
        let Some(svg) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if let Ok(Some(neu)) = svg.query_selector(&format!("[data-zeile=\"{ziel}\"]")) {
            let _ = zeile.set_attribute("tabindex", "-1");
            let _ = neu.set_attribute("tabindex", "0");
            if let Ok(neu) = neu.dyn_into::<web_sys::SvgElement>() {
                let _ = neu.focus();
            }
        }
    };

    // A click on a label opens the project like a click on its row (mouse convenience; the
    // keyboard reaches the same link through the row).
    let klick_spalte = move |ev: web_sys::MouseEvent| {
        if let Some(id) = naechstes(ev.target(), "data-projekt")
            .and_then(|e| e.get_attribute("data-projekt"))
            .and_then(|t| t.parse::<u32>().ok())
        {
            browser::setze_hash(&projekt_href(id));
        }
    };

    let svg = move || {
        let g = geometrie.get();
        let (breite, hoehe) = (g.breite, g.hoehe);
        let zeilen = g
            .zeilen
            .iter()
            .map(|zeile| match zeile {
                Zeile::Gruppe { y, .. } => view! {
                    <rect class="zeitplan__gruppe" x="0" y=*y width=breite height=ZEILE/>
                }
                .into_any(),
                Zeile::Projekt(z) => projektzeile(z, breite).into_any(),
            })
            .collect_view();
        let beschriftungen = g
            .zeilen
            .iter()
            .map(|zeile| match zeile {
                Zeile::Gruppe { y, titel } => view! {
                    <text class="zeitplan__gruppentitel" x="8" y=r(y + ZEILE / 2.0 + 4.5)>
                        {kuerze(titel, ZEICHEN + 4)}<title>{titel.clone()}</title>
                    </text>
                }
                .into_any(),
                Zeile::Projekt(z) => beschriftung(z).into_any(),
            })
            .collect_view();
        let perioden = g
            .perioden
            .iter()
            .map(|p| {
                view! {
                    <line class="zeitplan__periodengrenze" x1=p.x y1="0" x2=p.x y2=KOPF/>
                    <text class="zeitplan__periode" x=r(p.x + 4.0) y="20">{p.beschriftung.clone()}</text>
                }
            })
            .collect_view();
        let heute_linie = g.heute.map(|hx| {
            view! { <line class="zeitplan__heute" x1=hx y1=KOPF x2=hx y2=hoehe/> }
        });
        let heute_text = g.heute.map(|hx| {
            view! { <text class="zeitplan__heutetext" x=r(hx + 3.0) y="40">"Heute"</text> }
        });
        let stichtag_linie = g.stichtag.map(|sx| {
            view! { <line class="zeitplan__stichtag" x1=sx y1=KOPF x2=sx y2=hoehe/> }
        });
        let stichtag_text = g.stichtag.map(|sx| {
            view! { <text class="zeitplan__stichtagtext" x=r(sx - 3.0) y="40" text-anchor="end">"Stichtag"</text> }
        });
        let koerper = r(hoehe - KOPF);
        view! {
            <svg class="zeitplan__svg" width=breite height=hoehe viewBox=format!("0 0 {breite} {hoehe}")
                role="group" aria-labelledby="zeitplan-diagramm-titel" aria-describedby="zeitplan-tastatur">
                <defs>
                    <marker id="zeitplan-pfeilspitze" viewBox="0 0 10 10" refX="9" refY="5"
                        markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path class="zeitplan__pfeilspitze" d="M0 0L10 5L0 10z"/>
                    </marker>
                    <marker id="zeitplan-pfeilspitze-konflikt" viewBox="0 0 14 12" refX="13" refY="6"
                        markerWidth="9" markerHeight="8" orient="auto-start-reverse">
                        <path class="zeitplan__pfeilspitze zeitplan__pfeilspitze--konflikt" d="M0 1L9 6L0 11zM11 0h3v12h-3z"/>
                    </marker>
                    <pattern id="zeitplan-schraffur" width="6" height="6" patternUnits="userSpaceOnUse"
                        patternTransform="rotate(45)">
                        <rect class="zeitplan__schraffur-grund" width="6" height="6"/>
                        <rect class="zeitplan__schraffur-linie" width="2" height="6"/>
                    </pattern>
                </defs>
                <g aria-hidden="true">
                    <path class="zeitplan__raster" d=g.raster.clone()/>
                    <path class="zeitplan__trennlinie" d=g.trennlinien.clone()/>
                    {stichtag_linie}
                </g>
                <g class="zeitplan__zeilen">{zeilen}</g>
                <g aria-hidden="true" class="zeitplan__abhaengigkeiten">
                    {move || abhaengigkeiten.get().then(|| geometrie.with(|g| g.pfeile.iter().map(|p| {
                        let (klasse, spitze) = if p.konflikt {
                            ("zeitplan__pfeil zeitplan__pfeil--konflikt", "url(#zeitplan-pfeilspitze-konflikt)")
                        } else {
                            ("zeitplan__pfeil", "url(#zeitplan-pfeilspitze)")
                        };
                        view! { <path class=klasse d=p.d.clone() marker-end=spitze/> }
                    }).collect_view()))}
                </g>
                <g aria-hidden="true">{heute_linie}</g>
                <g class="zeitplan__spalte" aria-hidden="true" node_ref=spalte on:click=klick_spalte>
                    <rect class="zeitplan__spaltengrund" x="0" y=KOPF width=SPALTE height=koerper/>
                    <rect class="zeitplan__fokusmarke" node_ref=fokusmarke x="1.5" y=KOPF width=r(SPALTE - 3.0) height=ZEILE/>
                    {beschriftungen}
                    <line class="zeitplan__spaltenrand" x1=SPALTE y1="0" x2=SPALTE y2=hoehe/>
                </g>
                <g class="zeitplan__kopf" aria-hidden="true" node_ref=kopf>
                    <rect class="zeitplan__kopfgrund" x="0" y="0" width=breite height=KOPF/>
                    {perioden}
                    {heute_text}
                    {stichtag_text}
                    <line class="zeitplan__kopfrand" x1="0" y1=KOPF x2=breite y2=KOPF/>
                </g>
                <g class="zeitplan__ecke" aria-hidden="true" node_ref=ecke>
                    <rect class="zeitplan__kopfgrund" x="0" y="0" width=SPALTE height=KOPF/>
                    <text class="zeitplan__eckentext" x="8" y="20">"Projekt"</text>
                    <text class="zeitplan__eckentext" x={SPALTE - 8.0} y="20" text-anchor="end">"Gesamtampel"</text>
                    <line class="zeitplan__kopfrand" x1="0" y1=KOPF x2=SPALTE y2=KOPF/>
                    <line class="zeitplan__spaltenrand" x1=SPALTE y1="0" x2=SPALTE y2=KOPF/>
                </g>
            </svg>
        }
    };

    view! {
        <h2 class="kern-heading-small zeitplan__titel" id="zeitplan-diagramm-titel">"Projekte auf der Zeitachse"</h2>
        <p class="kern-body zeitplan__tastatur" id="zeitplan-tastatur">
            "Bedienung mit der Tastatur: Mit Tab erreichen Sie das Diagramm. Pfeiltasten hoch und runter wechseln "
            "das Projekt, Pos1 und Ende springen zum ersten und letzten, Bild hoch und Bild runter um zehn Zeilen. "
            "Pfeiltasten links und rechts verschieben die Zeitachse. Die Eingabetaste öffnet das Projekt. "
            "Dieselben Angaben gibt es auch als Tabelle (Schalter unter dem Diagramm)."
        </p>
        <div class="zeitplan__bereich" role="region" aria-labelledby="zeitplan-diagramm-titel"
            node_ref=bereich on:scroll=move |_| klebe()
            on:keydown=tastatur on:focusin=fokus_rein on:focusout=fokus_raus>
            {svg}
        </div>
        {move || {
            let n = geometrie.with(|g| g.nicht_gezeichnet);
            (abhaengigkeiten.get() && n > 0).then(|| view! {
                <p class="kern-body zeitplan__hinweis">
                    {if n == 1 {
                        "1 Abhängigkeit ist nicht eingezeichnet, weil ein Ende ausgefiltert ist oder keine Termine hat.".to_owned()
                    } else {
                        format!("{n} Abhängigkeiten sind nicht eingezeichnet, weil ein Ende ausgefiltert ist oder keine Termine hat.")
                    }}
                </p>
            })
        }}
    }
}

/// The row of one project: band (focus and hover), Basisplan frame, bar and milestones.
fn projektzeile(z: &Projektzeile, breite: f64) -> impl IntoView {
    let mitte = r(z.y + ZEILE / 2.0);
    let klasse = format!(
        "zeitplan__balken zeitplan__balken--{}",
        ampelklasse(z.ampel)
    );
    // Red is also hatched, so it differs from the other colours without colour vision.
    let fuellung = (z.ampel == Ampel::Rot).then_some("url(#zeitplan-schraffur)");
    let plan = z.plan.map(|(px, pb)| {
        view! { <rect class="zeitplan__plan" x=px y=r(mitte - 10.0) width=pb height="20"/> }
    });
    let balken = z.balken.map(|(bx, bb)| {
        view! { <rect class=klasse.clone() fill=fuellung x=bx y=r(mitte - 6.0) width=bb height="12"/> }
    });
    let ohne = (z.plan.is_none() && z.balken.is_none()).then(|| {
        view! { <text class="zeitplan__ohne" x={SPALTE + 8.0} y=r(mitte + 4.5)>"ohne Termine"</text> }
    });
    let pfad = |klasse: &'static str, d: &String| {
        (!d.is_empty()).then(|| view! { <path class=klasse d=d.clone()/> })
    };
    view! {
        <g>
            <a class="zeitplan__zeile" href=projekt_href(z.id) tabindex={if z.index == 0 { "0" } else { "-1" }}
                data-zeile=z.index aria-label=z.beschreibung.clone()>
                {(!z.details.is_empty()).then(|| view! { <title>{z.details.clone()}</title> })}
                <rect class="zeitplan__band" x="0" y=z.y width=breite height=ZEILE/>
                {plan}
                {balken}
                {ohne}
                {pfad("zeitplan__meilenstein zeitplan__meilenstein--erreicht", &z.erreicht)}
                {pfad("zeitplan__meilenstein zeitplan__meilenstein--offen", &z.offen)}
                {pfad("zeitplan__verspaetet", &z.verspaetet)}
            </a>
        </g>
    }
}

/// The label of one project in the sticky column: Projekt-ID, title, Ampel swatch and word.
fn beschriftung(z: &Projektzeile) -> impl IntoView {
    let grundlinie = r(z.y + ZEILE / 2.0 + 4.5);
    let farbe = ampelklasse(z.ampel);
    view! {
        <g class="zeitplan__beschriftung" data-projekt=z.id>
            <title>{z.voll.clone()}</title>
            <text class="zeitplan__name" x="8" y=grundlinie>
                <tspan class="zeitplan__kennung">{z.kennung.clone()}</tspan>
                {(!z.titel_kurz.is_empty()).then(|| format!(" {}", z.titel_kurz))}
            </text>
            <path class=format!("zeitplan__ampelzeichen zeitplan__ampelzeichen--{farbe}")
                d=ampelzeichen(z.ampel, SPALTE - 48.0, r(grundlinie - 4.5))/>
            <text class=format!("zeitplan__ampelwort zeitplan__ampelwort--{farbe}") x={SPALTE - 8.0} y=grundlinie
                text-anchor="end">{z.ampel.name()}</text>
        </g>
    }
}

/// The Ampel's shape as in `.ampel` (app.css), centred at (`x`, `y`): circle (grün), triangle
/// (gelb), square (rot), ring (grau), check mark (blau).
fn ampelzeichen(ampel: Ampel, x: f64, y: f64) -> String {
    match ampel {
        Ampel::Gruen => format!("M{} {y}a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0z", x - 4.5),
        Ampel::Gelb => format!("M{x} {}l5 9h-10z", y - 5.0),
        Ampel::Rot => format!("M{} {}h8v8h-8z", x - 4.0, y - 4.0),
        Ampel::Grau => format!("M{} {y}a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0z", x - 3.5),
        Ampel::Blau => format!("M{} {}l3 3.5l6 -7", x - 4.5, y + 0.5),
    }
}

/// CSS modifier of an Ampel colour.
fn ampelklasse(ampel: Ampel) -> &'static str {
    match ampel {
        Ampel::Gruen => "gruen",
        Ampel::Gelb => "gelb",
        Ampel::Rot => "rot",
        Ampel::Grau => "grau",
        Ampel::Blau => "blau",
    }
}

/// The table alternative: the same projects, grouped like the chart.
#[component]
fn Zeitplantabelle(
    gruppen: Memo<Gruppen>,
    #[prop(into)] gruppiert: Signal<bool>,
    heute: Datum,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let plan = &ab.werkzeuge.multiprojektplan;
            let stichtag = calc::stichtag(plan, heute);
            let nach_id: HashMap<u32, &Projekt> = plan.projekte.iter().map(|p| (p.id, p)).collect();
            let mut meilensteine: HashMap<u32, Vec<&Meilenstein>> = HashMap::new();
            for m in &plan.meilensteine {
                meilensteine.entry(m.projekt).or_default().push(m);
            }
            for liste in meilensteine.values_mut() {
                liste.sort_by_key(|m| (m.termin().is_none(), m.termin(), m.id));
            }
            gruppen.with(|g| {
                g.iter()
                    .map(|(titel, ids)| {
                        let zeilen = ids
                            .iter()
                            .filter_map(|id| nach_id.get(id))
                            .map(|p| {
                                tabellenzeile(
                                    p,
                                    meilensteine.get(&p.id).map_or(&[], Vec::as_slice),
                                    stichtag,
                                )
                            })
                            .collect::<Vec<_>>();
                        (titel.clone(), zeilen)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Tabelle id="zeitplan-tabelle-titel" titel="Zeitplan als Tabelle">
            <thead class="kern-table__head">
                <tr class="kern-table__row">
                    <th class="kern-table__header" scope="col">"Projekt-ID"</th>
                    <th class="kern-table__header" scope="col">"Titel"</th>
                    <th class="kern-table__header" scope="col">"Start"</th>
                    <th class="kern-table__header" scope="col">"Ende (Plan)"</th>
                    <th class="kern-table__header" scope="col">"Ende (Prognose/Ist)"</th>
                    <th class="kern-table__header" scope="col">"Verzug in Tagen"</th>
                    <th class="kern-table__header" scope="col">"Gesamtampel"</th>
                    <th class="kern-table__header" scope="col">"Meilensteine"</th>
                </tr>
            </thead>
            {move || {
                let gruppiert = gruppiert.get();
                zeilen.get().into_iter().map(|(titel, zeilen)| {
                    let kopfzeile = gruppiert.then(|| {
                        let n = zeilen.len();
                        view! {
                            <tr class="kern-table__row zeitplan__tabellengruppe">
                                <th class="kern-table__header" scope="rowgroup" colspan="8">{format!("{titel} ({n})")}</th>
                            </tr>
                        }
                    });
                    let zeilen = zeilen.into_iter().map(|z| {
                        let meilensteine = (!z.meilensteine.is_empty()).then(|| view! {
                            <ul class="zeitplan__meilensteinliste">
                                {z.meilensteine.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                            </ul>
                        });
                        view! {
                            <tr class="kern-table__row">
                                <th class="kern-table__header" scope="row">
                                    <a class="kern-link" href=projekt_href(z.id)>{z.kennung}</a>
                                </th>
                                <td class="kern-table__cell">{z.titel}</td>
                                <td class="kern-table__cell">{z.start}</td>
                                <td class="kern-table__cell">{z.ende_plan}</td>
                                <td class="kern-table__cell">{z.ende_erwartet}</td>
                                <td class="kern-table__cell zahl">{z.verzug}</td>
                                <td class="kern-table__cell"><AmpelMarke ampel=z.ampel/></td>
                                <td class="kern-table__cell">{meilensteine}</td>
                            </tr>
                        }
                    }).collect_view();
                    view! { <tbody class="kern-table__body">{kopfzeile}{zeilen}</tbody> }
                }).collect_view()
            }}
        </Tabelle>
    }
}

/// Conflicting dependencies in words; printed with the chart.
#[component]
fn Konflikte(warnungen: Memo<Vec<String>>) -> impl IntoView {
    view! {
        <section class="zeitplan__konflikte" aria-labelledby="zeitplan-konflikte-titel">
            <h2 class="kern-heading-small" id="zeitplan-konflikte-titel">"Terminkonflikte in Abhängigkeiten"</h2>
            {move || {
                let liste = warnungen.get();
                if liste.is_empty() {
                    view! { <p class="kern-body">"Keine Terminkonflikte zwischen abhängigen Projekten oder Meilensteinen."</p> }.into_any()
                } else {
                    view! {
                        <ul class="aufzaehlung">
                            {liste.into_iter().map(|text| view! { <li class="kern-body">{text}</li> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kuerzen_mit_auslassungszeichen() {
        assert_eq!(kuerze("Wohngeld", 10), "Wohngeld");
        assert_eq!(kuerze("Wohngeld digital beantragen", 10), "Wohngeld…");
        assert_eq!(kuerze("Äöüßäöüßäö", 10), "Äöüßäöüßäö");
    }

    #[test]
    fn geometrie_fuer_500_projekte() {
        use crate::tools::multiprojektplan::examples;
        let heute = Datum::neu(2026, 11, 28).expect("gültig");
        let plan = examples::generiere(500, 10, heute);
        let gruppen = auswaehlen(&plan, &Filter::default(), Gruppierung::Welle);
        let g = berechne(&plan, &gruppen, true, Zoom::Quartal, heute);
        assert_eq!(g.projekt_y.len(), 500);
        assert_eq!(g.zeilen.len(), 500 + gruppen.len());
        assert!(g.heute.is_some());
        assert!(!g.perioden.is_empty());
        // Rows are stacked without gaps below the header, in focus order.
        let mut y = KOPF;
        let mut index = 0;
        for zeile in &g.zeilen {
            match zeile {
                Zeile::Gruppe { y: gy, .. } => assert_eq!(*gy, y),
                Zeile::Projekt(z) => {
                    assert_eq!((z.y, z.index), (y, index));
                    assert!(z.beschreibung.starts_with(&z.voll));
                    for (x, b) in z.plan.into_iter().chain(z.balken) {
                        assert!(x >= SPALTE && x + b <= g.breite, "{x} {b}");
                    }
                    index += 1;
                }
            }
            y += ZEILE;
        }
        assert_eq!(g.hoehe, r(y + 1.0));
        assert_eq!(
            g.pfeile.len() + g.nicht_gezeichnet,
            plan.abhaengigkeiten.len()
        );
    }

    #[test]
    fn pfeile_laufen_bei_konflikt_zurueck() {
        assert_eq!(
            pfeilpfad((100.0, 15.0), (200.0, 45.0)),
            "M100 15H108V45H200"
        );
        assert_eq!(
            pfeilpfad((100.0, 15.0), (90.0, 45.0)),
            "M100 15H108V30H82V45H90"
        );
    }
}
