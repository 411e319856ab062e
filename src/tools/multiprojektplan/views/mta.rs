//! The Meilensteintrendanalyse (MTA) of one project: how the forecasts of its milestones moved
//! from report to report.
//!
//! The chart is the classic MTA triangle: the x-axis holds the reporting dates
//! (Berichtszeitpunkte, every distinct `Prognose::stichtag` of the project's milestones), the
//! y-axis the forecast dates, both on the same scale, so the diagonal ("Datumslinie") is where
//! the reporting date equals the milestone date. Each milestone is a line through its
//! forecasts: horizontal means on schedule, rising means delay, falling means earlier. A
//! reached milestone ends on the diagonal at its actual date. The Basisplan is not a report and
//! is therefore not plotted; the table and the summary compare every forecast with it.
//!
//! Accessibility: the SVG is one image (`role="img"`) named by its `<title>` and described by
//! the legend below it, which gives each milestone's shape and a one-line summary ("Go-live:
//! 3 Prognosen, zuletzt 01.12.2026, 61 Tage später als Basisplan"). Milestones differ by marker
//! shape and by the name at the line's end, not by colour alone. The table right below holds
//! every forecast with its difference to the Basisplan. With fewer than two reporting dates
//! there is no trend, and the view explains how to get one instead of drawing an empty chart.

use std::fmt::Write as _;

use leptos::prelude::*;

use crate::app::components::{Hinweis, HinweisArt, Tabelle};
use crate::app::daten::Daten;
use crate::shared::datum::Datum;
use crate::shared::format;
use crate::tools::multiprojektplan::calc::Zoom;
use crate::tools::multiprojektplan::model::{Meilenstein, Meilensteinstatus, Multiprojektplan};

use super::href;
use crate::shared::sortieren::{Einsammeln, Sortieren};

/// Left margin (y-axis labels and title).
const LINKS: f64 = 92.0;
/// Top margin.
const OBEN: f64 = 20.0;
/// Side of the square plot area.
const FLAECHE: f64 = 420.0;
/// Bottom margin (rotated x-axis labels and title).
const UNTEN: f64 = 92.0;
/// Right margin (milestone names at the line ends).
const RECHTS: f64 = 200.0;
/// Smallest vertical distance between two line-end labels.
const ZEILENABSTAND: f64 = 14.0;
/// Characters of a milestone name at the line end.
const ZEICHEN: usize = 26;
/// Number of distinct marker shapes and line colours.
const FORMEN: usize = 6;

/// One milestone's line and its table row.
#[derive(Clone, Debug, PartialEq)]
struct Reihe {
    name: String,
    /// Marker shape (0‥FORMEN).
    form: usize,
    /// Line colour (0‥FORMEN).
    farbe: usize,
    /// `points` of the polyline.
    punkte: String,
    /// Path of all its markers.
    marken: String,
    /// Position of the name at the line's end.
    ende: Option<(f64, f64)>,
    /// One sentence for the legend.
    zusammenfassung: String,
    /// Table: Basisplan date.
    basis: String,
    /// Table: forecast per reporting date ("01.12.2026 (+14 Tage)" or empty).
    zellen: Vec<String>,
    /// Table: actual date and status.
    ist: String,
}

/// Everything the view shows, computed in one pass.
#[derive(Clone, Debug, PartialEq)]
struct Trend {
    /// "P-2026-001 Wohngeld digital".
    projekt: String,
    stichtage: Vec<Datum>,
    reihen: Vec<Reihe>,
    /// Number of milestones of the project.
    meilensteine: usize,
    /// Grid lines at the month ticks (one path).
    raster: String,
    /// Vertical lines from the x-axis up to the diagonal at each reporting date (one path).
    stichtaglinien: String,
    /// Month ticks: position on the axis and label.
    marken: Vec<(f64, String)>,
}

fn r(wert: f64) -> f64 {
    (wert * 10.0).round() / 10.0
}

fn kuerze(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let kurz: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kurz.trim_end())
}

/// "+14 Tage", "−3 Tage", "±0 Tage", "+1 Tag".
fn abweichung(tage: i64) -> String {
    let einheit = if tage.abs() == 1 { "Tag" } else { "Tage" };
    match tage {
        0 => format!("±0{}{einheit}", format::NBSP),
        t if t > 0 => format!("+{}{}{einheit}", format::ganzzahl(t), format::NBSP),
        t => format!("−{}{}{einheit}", format::ganzzahl(-t), format::NBSP),
    }
}

/// "61 Tage später als Basisplan" and the like.
fn gegen_basis(basis: Option<Datum>, termin: Datum) -> String {
    match basis.map(|b| b.tage_bis(termin)) {
        None => "ohne Basisplan".to_owned(),
        Some(0) => "wie im Basisplan".to_owned(),
        Some(1) => "1 Tag später als Basisplan".to_owned(),
        Some(-1) => "1 Tag früher als Basisplan".to_owned(),
        Some(t) if t > 0 => format!("{} Tage später als Basisplan", format::ganzzahl(t)),
        Some(t) => format!("{} Tage früher als Basisplan", format::ganzzahl(-t)),
    }
}

/// Path of a marker of shape `form` centred at (`x`, `y`).
fn marke(form: usize, x: f64, y: f64) -> String {
    match form % FORMEN {
        0 => format!("M{} {y}a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z", r(x - 5.0)),
        1 => format!("M{} {}h9v9h-9z", r(x - 4.5), r(y - 4.5)),
        2 => format!("M{x} {}l5.5 10h-11z", r(y - 6.0)),
        3 => format!("M{x} {}l6 6l-6 6l-6 -6z", r(y - 6.0)),
        4 => format!("M{x} {}l5.5 -10h-11z", r(y + 6.0)),
        _ => format!(
            "M{} {}h3v4.5h4.5v3h-4.5v4.5h-3v-4.5h-4.5v-3h4.5z",
            r(x - 1.5),
            r(y - 6.0)
        ),
    }
}

/// Month ticks between `von` and `bis` (both first days of a month), at most about eight.
fn monatsmarken(von: Datum, bis: Datum) -> Vec<Datum> {
    let monate = (bis.jahr() - von.jahr()) * 12 + bis.monat() as i32 - von.monat() as i32;
    let schritt = [1, 2, 3, 6, 12, 24, 60]
        .into_iter()
        .find(|s| monate / s <= 8)
        .unwrap_or(120);
    let ausgerichtet = |d: Datum| {
        if schritt <= 12 {
            (d.monat() as i32 - 1) % schritt == 0
        } else {
            d.monat() == 1 && d.jahr() % (schritt / 12) == 0
        }
    };
    let mut d = von;
    while !ausgerichtet(d) && d < bis {
        d = d.plus_monate(1);
    }
    let mut liste = Vec::new();
    while d <= bis {
        liste.push(d);
        d = d.plus_monate(schritt);
    }
    liste
}

/// "März 2026", or "2026" for a January tick when the ticks are a year or more apart.
fn monatsname(d: Datum, jahre: bool) -> String {
    if jahre {
        Zoom::Jahr.beschriftung(d)
    } else {
        Zoom::Monat.beschriftung(d)
    }
}

/// The trend of one project; `None` if the project does not exist.
fn berechne(plan: &Multiprojektplan, projekt: u32) -> Option<Trend> {
    let p = plan.projekt(projekt)?;
    let meilensteine: Vec<&Meilenstein> = plan.meilensteine_von(projekt);
    let stichtage: Vec<Datum> = meilensteine
        .iter()
        .flat_map(|m| m.prognosen.iter().map(|pr| pr.stichtag))
        .sortiert_einmal();
    let mut trend = Trend {
        projekt: format!("{} {}", p.kennung, p.titel),
        stichtage,
        reihen: Vec::new(),
        meilensteine: meilensteine.len(),
        raster: String::new(),
        stichtaglinien: String::new(),
        marken: Vec::new(),
    };

    // One scale for both axes, from the first to the last date anywhere in the data.
    let alle = meilensteine.iter().flat_map(|m| {
        m.prognosen
            .iter()
            .flat_map(|pr| [pr.stichtag, pr.datum])
            .chain(m.basis)
            .chain(m.ist)
    });
    let (Some(frueheste), Some(spaeteste)) = (alle.clone().min(), alle.max()) else {
        return Some(trend);
    };
    let von = frueheste.monatsanfang();
    let bis = spaeteste.monatsanfang().plus_monate(1);
    let massstab = FLAECHE / von.tage_bis(bis).max(1) as f64;
    let x = |d: Datum| r(LINKS + von.tage_bis(d) as f64 * massstab);
    let y = |d: Datum| r(OBEN + FLAECHE - von.tage_bis(d) as f64 * massstab);
    let unten = OBEN + FLAECHE;

    let marken = monatsmarken(von, bis);
    let jahre = marken.len() > 1 && marken[0].plus_monate(12) <= marken[1];
    for d in marken {
        let _ = write!(
            trend.raster,
            "M{} {OBEN}V{unten}M{LINKS} {}H{}",
            x(d),
            y(d),
            LINKS + FLAECHE
        );
        trend
            .marken
            .push((von.tage_bis(d) as f64 * massstab, monatsname(d, jahre)));
    }
    for &s in &trend.stichtage {
        let _ = write!(trend.stichtaglinien, "M{} {unten}V{}", x(s), y(s));
    }

    let mut nummer = 0;
    for m in &meilensteine {
        let name = if m.status == Meilensteinstatus::Entfallen {
            format!("{} (entfallen)", m.bezeichnung)
        } else {
            m.bezeichnung.clone()
        };
        let mut punkte: Vec<(Datum, Datum)> = m
            .prognosen
            .iter()
            .map(|pr| (pr.stichtag, pr.datum))
            .collect();
        if let Some(ist) = m.ist {
            if punkte.last().is_none_or(|(s, _)| *s <= ist) {
                punkte.push((ist, ist));
            }
        }
        let zellen = trend
            .stichtage
            .iter()
            .map(|s| {
                m.prognosen
                    .iter()
                    .find(|pr| pr.stichtag == *s)
                    .map(|pr| match m.basis {
                        Some(b) => format!(
                            "{} ({})",
                            pr.datum.deutsch(),
                            abweichung(b.tage_bis(pr.datum))
                        ),
                        None => pr.datum.deutsch(),
                    })
                    .unwrap_or_default()
            })
            .collect();
        let ist = match m.ist {
            Some(ist) => format!("{} ({})", ist.deutsch(), m.status.name()),
            None => m.status.name().to_owned(),
        };
        let basis = m.basis.map(Datum::deutsch).unwrap_or_default();
        if punkte.is_empty() {
            trend.reihen.push(Reihe {
                name: name.clone(),
                form: 0,
                farbe: 0,
                punkte: String::new(),
                marken: String::new(),
                ende: None,
                zusammenfassung: format!("{name}: noch keine Prognose, daher nicht im Diagramm"),
                basis,
                zellen,
                ist,
            });
            continue;
        }
        let form = nummer % FORMEN;
        let farbe = (nummer + nummer / FORMEN) % FORMEN;
        nummer += 1;
        let mut linie = String::new();
        let mut marken = String::new();
        for (s, d) in &punkte {
            let _ = write!(linie, "{},{} ", x(*s), y(*d));
            marken.push_str(&marke(form, x(*s), y(*d)));
        }
        let (letzter_s, letzter_d) = punkte[punkte.len() - 1];
        let mut zusammenfassung = match m.prognosen.len() {
            0 => format!("{name}: keine Prognose"),
            n => {
                let letzte = &m.prognosen[n - 1];
                format!(
                    "{name}: {}, zuletzt {} (Stichtag {})",
                    crate::shared::text::anzahl(n, "Prognose", "Prognosen"),
                    letzte.datum.deutsch(),
                    letzte.stichtag.deutsch()
                )
            }
        };
        if let Some(ist) = m.ist {
            let _ = write!(zusammenfassung, ", erreicht am {}", ist.deutsch());
        }
        if let Some(termin) = m.ist.or(m.prognose()) {
            let _ = write!(zusammenfassung, ", {}", gegen_basis(m.basis, termin));
        }
        trend.reihen.push(Reihe {
            name,
            form,
            farbe,
            punkte: linie.trim_end().to_owned(),
            marken,
            ende: Some((r(x(letzter_s) + 10.0), y(letzter_d))),
            zusammenfassung,
            basis,
            zellen,
            ist,
        });
    }

    // Line-end names must not overlap: keep them at least one line apart, top to bottom.
    let mut enden: Vec<(usize, f64)> = trend
        .reihen
        .iter()
        .enumerate()
        .filter_map(|(i, reihe)| reihe.ende.map(|(_, y)| (i, y)))
        .collect();
    enden.sortiere_nach(|a, b| a.1.total_cmp(&b.1));
    let mut zuletzt = f64::MIN;
    for (i, y) in enden {
        let neu = r(y.max(zuletzt + ZEILENABSTAND));
        zuletzt = neu;
        if let Some((_, ende_y)) = trend.reihen[i].ende.as_mut() {
            *ende_y = neu;
        }
    }
    Some(trend)
}

/// The Meilensteintrendanalyse of project `projekt` (internal id).
#[component]
pub fn Meilensteintrend(projekt: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let trend = Memo::new(move |_| {
        daten.lies(|ab| ab.and_then(|ab| berechne(&ab.werkzeuge.multiprojektplan, projekt)))
    });
    let inhalt = move || {
        let Some(trend) = trend.get() else {
            return view! { <p class="kern-body">"Das Projekt gibt es nicht (mehr)."</p> }
                .into_any();
        };
        if trend.stichtage.len() < 2 {
            return view! { <OhneTrend trend/> }.into_any();
        }
        let tabelle = trend.clone();
        view! { <Diagramm trend projekt/> <Trendtabelle trend=tabelle/> }.into_any()
    };
    view! {
        <section class="mta" aria-labelledby="abschnitt-mta">
            <h2 class="kern-heading-medium" id="abschnitt-mta" tabindex="-1">"Meilensteintrendanalyse"</h2>
            {inhalt}
        </section>
    }
}

/// Fewer than two reporting dates: how to get a trend.
#[component]
fn OhneTrend(trend: Trend) -> impl IntoView {
    let bisher = match trend.stichtage.as_slice() {
        [] => "Bisher ist zu keinem Berichtsstichtag eine Prognose erfasst.".to_owned(),
        [einer] => format!(
            "Bisher gibt es Prognosen nur zum Stichtag {}.",
            einer.deutsch()
        ),
        _ => String::new(),
    };
    let ohne_meilensteine = trend.meilensteine == 0;
    view! {
        <Hinweis art=HinweisArt::Info titel="Noch kein Trend darstellbar".to_owned()>
            <p class="kern-body">
                "Die Meilensteintrendanalyse zeigt, wie sich die Prognosen der Meilensteine von Bericht zu Bericht "
                "verändert haben. Dafür braucht sie Prognosen zu mindestens zwei Berichtsstichtagen. "
                {bisher}
            </p>
            <p class="kern-body">"So entsteht ein Trend:"</p>
            <ol class="aufzaehlung">
                {ohne_meilensteine.then(|| view! {
                    <li>"Legen Sie die Meilensteine des Projekts mit ihrem Termin laut Basisplan an."</li>
                })}
                <li>
                    "Legen Sie in den "
                    <a class="kern-link" href=href(&["einstellungen"])>"Einstellungen"</a>
                    " den aktuellen Berichtsstichtag fest."
                </li>
                <li>"Tragen Sie bei jedem Meilenstein die Prognose ein, die zu diesem Stichtag gilt."</li>
                <li>
                    "Wiederholen Sie das zum nächsten Stichtag (zum Beispiel monatlich), auch wenn sich nichts "
                    "geändert hat: Eine gleichbleibende Prognose ist eine waagerechte Linie."
                </li>
            </ol>
        </Hinweis>
    }
}

/// The chart and its legend.
#[component]
fn Diagramm(trend: Trend, projekt: u32) -> impl IntoView {
    let titel_id = format!("mta-{projekt}-titel");
    let legende_id = format!("mta-{projekt}-legende");
    let titel_verweis = titel_id.clone();
    let legende_verweis = legende_id.clone();
    let breite = LINKS + FLAECHE + RECHTS;
    let hoehe = OBEN + FLAECHE + UNTEN;
    let unten = OBEN + FLAECHE;
    let rechts = LINKS + FLAECHE;
    let gezeichnet = trend.reihen.iter().filter(|r| r.ende.is_some()).count();
    let titel = format!(
        "Meilensteintrendanalyse {}: {} über {}",
        trend.projekt,
        crate::shared::text::anzahl(gezeichnet, "Meilenstein", "Meilensteine"),
        crate::shared::text::anzahl(
            trend.stichtage.len(),
            "Berichtszeitpunkt",
            "Berichtszeitpunkte"
        )
    );
    let x_marken = trend
        .marken
        .iter()
        .map(|(versatz, text)| {
            let mx = r(LINKS + versatz);
            let my = unten + 10.0;
            view! {
                <line class="mta__strich" x1=mx y1=unten x2=mx y2={unten + 5.0}/>
                <text class="mta__achsentext" x=mx y=my text-anchor="end"
                    transform=format!("rotate(-45 {mx} {my})")>{text.clone()}</text>
            }
        })
        .collect_view();
    let y_marken = trend
        .marken
        .iter()
        .map(|(versatz, text)| {
            let my = r(unten - versatz);
            view! {
                <line class="mta__strich" x1={LINKS - 5.0} y1=my x2=LINKS y2=my/>
                <text class="mta__achsentext" x={LINKS - 8.0} y={r(my + 4.0)} text-anchor="end">{text.clone()}</text>
            }
        })
        .collect_view();
    let reihen = trend
        .reihen
        .iter()
        .filter(|reihe| reihe.ende.is_some())
        .map(|reihe| {
            let (ex, ey) = reihe.ende.unwrap_or_default();
            let klasse = format!("mta__reihe mta__reihe--{}", reihe.farbe);
            view! {
                <g class=klasse>
                    <polyline class="mta__linie" points=reihe.punkte.clone()/>
                    <path class="mta__marke" d=reihe.marken.clone()/>
                    <text class="mta__name" x=ex y={r(ey + 4.0)}>{kuerze(&reihe.name, ZEICHEN)}</text>
                </g>
            }
        })
        .collect_view();
    let legende = trend
        .reihen
        .iter()
        .map(|reihe| {
            let symbol = reihe.ende.is_some().then(|| {
                let klasse = format!("mta__reihe mta__reihe--{}", reihe.farbe);
                view! {
                    <svg class="mta__symbol" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true">
                        <g class=klasse>
                            <path class="mta__linie" d="M1 8H27"/>
                            <path class="mta__marke" d=marke(reihe.form, 14.0, 8.0)/>
                        </g>
                    </svg>
                }
            });
            view! { <li class="mta__legendeneintrag">{symbol}<span>{reihe.zusammenfassung.clone()}</span></li> }
        })
        .collect_view();
    view! {
        <p class="kern-body">
            "Waagerecht nach rechts: Berichtszeitpunkte; senkrecht nach oben: der jeweils prognostizierte Termin. "
            "Eine waagerechte Linie bedeutet „termintreu“, eine steigende Verzug, eine fallende einen früheren Termin. "
            "Erreichte Meilensteine enden auf der Diagonale."
        </p>
        <div class="mta__bild">
            <svg class="mta__svg" width=breite height=hoehe viewBox=format!("0 0 {breite} {hoehe}")
                role="img" aria-labelledby=titel_verweis aria-describedby=legende_verweis>
                <title id=titel_id>{titel}</title>
                <path class="mta__raster" d=trend.raster.clone()/>
                <path class="mta__stichtaglinie" d=trend.stichtaglinien.clone()/>
                <line class="mta__diagonale" x1=LINKS y1=unten x2=rechts y2=OBEN/>
                <text class="mta__diagonalentext" x={rechts - 4.0} y={OBEN + 24.0} text-anchor="end"
                    transform=format!("rotate(-45 {} {})", rechts - 4.0, OBEN + 24.0)>"Berichtstag = Termin"</text>
                <line class="mta__achse" x1=LINKS y1=unten x2=rechts y2=unten/>
                <line class="mta__achse" x1=LINKS y1=OBEN x2=LINKS y2=unten/>
                {x_marken}
                {y_marken}
                <text class="mta__achsentitel" x={LINKS + FLAECHE / 2.0} y={hoehe - 6.0} text-anchor="middle">"Berichtszeitpunkt"</text>
                <text class="mta__achsentitel" x="14" y={OBEN + FLAECHE / 2.0} text-anchor="middle"
                    transform=format!("rotate(-90 14 {})", OBEN + FLAECHE / 2.0)>"Prognostizierter Termin"</text>
                {reihen}
            </svg>
        </div>
        <ul class="mta__legende" id=legende_id>{legende}</ul>
    }
}

/// Every forecast as a table: milestones × reporting dates, with the difference to the
/// Basisplan.
#[component]
fn Trendtabelle(trend: Trend) -> impl IntoView {
    let koepfe = trend
        .stichtage
        .iter()
        .map(|s| view! { <th class="kern-table__header" scope="col">{format!("Prognose zum {}", s.deutsch())}</th> })
        .collect_view();
    let zeilen = trend
        .reihen
        .into_iter()
        .map(|reihe| {
            let zellen = reihe
                .zellen
                .into_iter()
                .map(|z| {
                    let z = if z.is_empty() { "–".to_owned() } else { z };
                    view! { <td class="kern-table__cell">{z}</td> }
                })
                .collect_view();
            view! {
                <tr class="kern-table__row">
                    <th class="kern-table__header" scope="row">{reihe.name}</th>
                    <td class="kern-table__cell">{reihe.basis}</td>
                    {zellen}
                    <td class="kern-table__cell">{reihe.ist}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Tabelle id="mta-tabelle-titel" titel="Meilensteintrend als Tabelle (Abweichung zum Basisplan in Klammern)">
            <thead class="kern-table__head">
                <tr class="kern-table__row">
                    <th class="kern-table__header" scope="col">"Meilenstein"</th>
                    <th class="kern-table__header" scope="col">"Basisplan"</th>
                    {koepfe}
                    <th class="kern-table__header" scope="col">"Ist / Status"</th>
                </tr>
            </thead>
            <tbody class="kern-table__body">{zeilen}</tbody>
        </Tabelle>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::multiprojektplan::model::{Prognose, Projekt};

    fn d(text: &str) -> Datum {
        Datum::aus_iso(text).expect("gültiges Datum")
    }

    #[test]
    fn abweichungen_in_worten() {
        assert_eq!(abweichung(14), "+14\u{a0}Tage");
        assert_eq!(abweichung(-1), "−1\u{a0}Tag");
        assert_eq!(abweichung(0), "±0\u{a0}Tage");
        assert_eq!(
            gegen_basis(Some(d("2026-10-01")), d("2026-12-01")),
            "61 Tage später als Basisplan"
        );
        assert_eq!(gegen_basis(None, d("2026-12-01")), "ohne Basisplan");
    }

    #[test]
    fn monatsmarken_bleiben_lesbar() {
        let marken = monatsmarken(d("2026-01-01"), d("2026-07-01"));
        assert_eq!(marken.len(), 7);
        let marken = monatsmarken(d("2025-11-01"), d("2028-02-01"));
        assert!(marken.len() <= 9, "{}", marken.len());
        assert!(marken.iter().all(|m| m.monat() == 1 || m.monat() == 7));
        assert_eq!(monatsname(d("2026-03-01"), false), "März 2026");
        assert_eq!(monatsname(d("2026-01-01"), true), "2026");
    }

    #[test]
    fn trend_aus_prognosen() {
        let mut plan = Multiprojektplan::default();
        let p = plan.speichere_projekt(Projekt {
            kennung: "P-1".into(),
            titel: "Test".into(),
            ..Projekt::default()
        });
        let prognose = |s: &str, t: &str| Prognose {
            stichtag: d(s),
            datum: d(t),
            kommentar: String::new(),
        };
        plan.speichere_meilenstein(Meilenstein {
            projekt: p,
            bezeichnung: "Go-live".into(),
            basis: Some(d("2026-10-01")),
            prognosen: vec![
                prognose("2026-01-31", "2026-10-01"),
                prognose("2026-02-28", "2026-11-01"),
                prognose("2026-03-31", "2026-12-01"),
            ],
            ..Meilenstein::default()
        });
        plan.speichere_meilenstein(Meilenstein {
            projekt: p,
            bezeichnung: "Abnahme".into(),
            ..Meilenstein::default()
        });
        let trend = berechne(&plan, p).expect("Projekt vorhanden");
        assert_eq!(trend.stichtage.len(), 3);
        let abnahme = trend
            .reihen
            .iter()
            .find(|r| r.name == "Abnahme")
            .expect("Reihe");
        assert!(abnahme.ende.is_none());
        let golive = trend
            .reihen
            .iter()
            .find(|r| r.name == "Go-live")
            .expect("Reihe");
        assert_eq!(
            golive.zusammenfassung,
            "Go-live: 3 Prognosen, zuletzt 01.12.2026 (Stichtag 31.03.2026), 61 Tage später als Basisplan"
        );
        assert_eq!(golive.zellen[2], "01.12.2026 (+61\u{a0}Tage)");
        assert_eq!(golive.punkte.split(' ').count(), 3);
        assert!(berechne(&plan, 999).is_none());
    }
}
