//! The matrix page: Einfluss (x) × Interesse or Betroffenheit (y) as an SVG grid with the
//! quadrant (2×2) or field (3×3) strategies, one marker per stakeholder at its position on the
//! Bewertungsstichtag, an arrow to its Soll position, a table alternative and a print view.
//!
//! **Marker.** Attitude is shape (■ ablehnend, ▼ skeptisch, ● neutral, ▲ unterstützend,
//! ◆ treibend), a short label inside (−−, −, 0, +, ++) and colour; the name stands below,
//! "(v)" marks confidential ones and the accessible name says "vertraulich". Stakeholders on
//! the same level cell share it in a sub-grid ([`calc::verteilung`]), so none overlap.
//!
//! **Placement.** Mouse or pen: drag a marker (pointer events); the target level cell is
//! highlighted while dragging and the drop files one change (one undo step). Keyboard: the
//! markers are one tab stop (roving tabindex as in the Multiprojektplan's timeline); arrow
//! keys move the focused stakeholder one level, Bild auf/Bild ab (or Pos1/Ende) move the
//! focus to the previous/next stakeholder, Enter opens its page. Every move is filed under the
//! Bewertungsstichtag ([`Stakeholder::verschiebe`]): the assessment of that date is updated or
//! created, older ones stay. The new position is announced in the live region.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart};
use crate::shared::datensatz::Datensaetze;
use crate::tools::stakeholderanalyse::calc;
use crate::tools::stakeholderanalyse::model::{
    Haltung, Raster, Skala, Stakeholder, Stakeholderanalyse, YAchse,
};

use super::{
    aus_analyse, haltung_schluessel, href, nach_achse, spalte, stakeholder_href, verweiszelle,
    HaltungMarke, VertraulichMarke, Verweis,
};
use crate::app::components::Knopf;
use crate::shared::sortieren::Sortieren;

/// Side of the plot area.
pub const FLAECHE: f64 = 600.0;
/// Smallest side of a marker's touch target in grid units: 44 units are at least 44 CSS
/// pixels while the grid is shown at its full width (WCAG 2.5.5, KERN).
pub const BEREICH_MIN: f64 = 44.0;
/// Left margin (y axis labels).
pub const LINKS: f64 = 78.0;
/// Top margin.
pub const OBEN: f64 = 8.0;
/// Bottom margin (x axis labels).
pub const UNTEN: f64 = 62.0;
/// Right margin.
pub const RECHTS: f64 = 8.0;

/// Size of one level cell.
pub fn zelle(skala: Skala) -> f64 {
    FLAECHE / f64::from(skala.max())
}

/// Left edge of level `e` (1-based).
pub fn x_von(skala: Skala, e: u8) -> f64 {
    LINKS + f64::from(e - 1) * zelle(skala)
}

/// Top edge of level `y` (1-based; level max is at the top).
pub fn y_von(skala: Skala, y: u8) -> f64 {
    OBEN + f64::from(skala.max() - y) * zelle(skala)
}

/// Splits `text` into lines of at most about `max` characters at spaces.
fn umbrechen(text: &str, max: usize) -> Vec<String> {
    let mut zeilen: Vec<String> = Vec::new();
    for wort in text.split(' ') {
        match zeilen.last_mut() {
            Some(z) if z.chars().count() + 1 + wort.chars().count() <= max => {
                z.push(' ');
                z.push_str(wort);
            }
            _ => zeilen.push(wort.to_owned()),
        }
    }
    zeilen
}

/// Band limits in levels: the last level of each band but the top one.
fn grenzen(skala: Skala, raster: Raster) -> Vec<u8> {
    match (raster, skala) {
        (Raster::ZweiMalZwei, Skala::Drei) => vec![2],
        (Raster::ZweiMalZwei, Skala::Fuenf) => vec![3],
        (Raster::DreiMalDrei, Skala::Drei) => vec![1, 2],
        (Raster::DreiMalDrei, Skala::Fuenf) => vec![2, 3],
    }
}

/// The grid's background: strategy regions with their labels, level lines and axes. Shared by
/// the matrix and the comparison.
pub fn hintergrund(skala: Skala, raster: Raster, achse: YAchse) -> impl IntoView {
    let n = skala.max();
    let z = zelle(skala);
    let g = grenzen(skala, raster);
    // Bands as (first level, last level).
    let mut baender = Vec::new();
    let mut anfang = 1;
    for &ende in g.iter().chain(std::iter::once(&n)) {
        baender.push((anfang, ende));
        anfang = ende + 1;
    }
    let mut regionen = Vec::new();
    for (bx, &(e0, e1)) in baender.iter().enumerate() {
        for (by, &(y0, y1)) in baender.iter().enumerate() {
            let x = x_von(skala, e0);
            let y = y_von(skala, y1);
            let breite = f64::from(e1 - e0 + 1) * z;
            let hoehe = f64::from(y1 - y0 + 1) * z;
            let (titel, klasse) = match raster {
                Raster::ZweiMalZwei => {
                    let q = calc::quadrant(e1, y1, skala);
                    (q.name().to_owned(), q.schluessel().to_owned())
                }
                Raster::DreiMalDrei => {
                    let (eb, yb) = (bx as u8, by as u8);
                    let klasse = if eb == 1 || yb == 1 {
                        "mitte"
                    } else {
                        calc::quadrant(e1, y1, skala).schluessel()
                    };
                    (calc::feldstrategie(eb, yb).to_owned(), klasse.to_owned())
                }
            };
            let max = ((breite - 12.0) / 6.6).max(8.0) as usize;
            let zeilen = umbrechen(&titel, max)
                .into_iter()
                .enumerate()
                .map(|(i, t)| view! { <tspan x=x + 6.0 y=y + 16.0 + 14.0 * i as f64>{t}</tspan> })
                .collect_view();
            regionen.push(view! {
                <rect class=format!("sh-feld sh-feld--{klasse}") x=x y=y width=breite height=hoehe/>
                <text class="sh-feld__titel">{zeilen}</text>
            });
        }
    }
    let linien = (1..n)
        .map(|i| {
            let x = LINKS + f64::from(i) * z;
            let y = OBEN + f64::from(i) * z;
            view! {
                <line class="sh-gitter" x1=x y1=OBEN x2=x y2=OBEN + FLAECHE/>
                <line class="sh-gitter" x1=LINKS y1=y x2=LINKS + FLAECHE y2=y/>
            }
        })
        .collect_view();
    let trenner = g
        .iter()
        .map(|&l| {
            let x = LINKS + f64::from(l) * z;
            let y = OBEN + f64::from(n - l) * z;
            view! {
                <line class="sh-trenner" x1=x y1=OBEN x2=x y2=OBEN + FLAECHE/>
                <line class="sh-trenner" x1=LINKS y1=y x2=LINKS + FLAECHE y2=y/>
            }
        })
        .collect_view();
    let skalen = (1..=n)
        .map(|s| {
            let mx = x_von(skala, s) + z / 2.0;
            let my = y_von(skala, s) + z / 2.0;
            view! {
                <text class="sh-achse__stufe" x=mx y=OBEN + FLAECHE + 16.0 text-anchor="middle">{format!("{s} {}", skala.stufenname(s))}</text>
                <text class="sh-achse__stufe" x=LINKS - 6.0 y=my text-anchor="end">{s.to_string()}</text>
                <text class="sh-achse__stufe" x=LINKS - 6.0 y=my + 13.0 text-anchor="end">{skala.stufenname(s)}</text>
            }
        })
        .collect_view();
    view! {
        <g class="sh-hintergrund">
            {regionen}
            {linien}
            {trenner}
            <rect class="sh-rahmen" x=LINKS y=OBEN width=FLAECHE height=FLAECHE/>
            {skalen}
            <text class="sh-achse__titel" x=LINKS + FLAECHE / 2.0 y=OBEN + FLAECHE + 44.0 text-anchor="middle">"Einfluss →"</text>
            <text class="sh-achse__titel" x="16" y=OBEN + FLAECHE / 2.0 text-anchor="middle"
                transform=format!("rotate(-90 16 {})", OBEN + FLAECHE / 2.0)>{format!("{} →", achse.name())}</text>
        </g>
    }
}

/// The shape of an attitude centred at (`x`, `y`) with radius `r`.
pub fn form(h: Haltung, x: f64, y: f64, r: f64) -> AnyView {
    match h {
        Haltung::Ablehnend => view! {
            <rect class="sh-marke__form" x=x - r * 0.9 y=y - r * 0.9 width=r * 1.8 height=r * 1.8/>
        }
        .into_any(),
        Haltung::Skeptisch => view! {
            <polygon class="sh-marke__form" points=format!("{},{} {},{} {},{}", x - r, y - r * 0.8, x + r, y - r * 0.8, x, y + r)/>
        }
        .into_any(),
        Haltung::Neutral => view! { <circle class="sh-marke__form" cx=x cy=y r=r/> }.into_any(),
        Haltung::Unterstuetzend => view! {
            <polygon class="sh-marke__form" points=format!("{},{} {},{} {},{}", x - r, y + r * 0.8, x + r, y + r * 0.8, x, y - r)/>
        }
        .into_any(),
        Haltung::Treibend => view! {
            <polygon class="sh-marke__form" points=format!("{},{} {},{} {},{} {},{}", x, y - r * 1.15, x + r * 1.15, y, x, y + r * 1.15, x - r * 1.15, y)/>
        }
        .into_any(),
    }
}

/// One marker on the grid.
#[derive(Clone, Debug, PartialEq)]
struct Marke {
    id: u32,
    name: String,
    kurzname: String,
    vertraulich: bool,
    e: u8,
    y: u8,
    x_px: f64,
    y_px: f64,
    r: f64,
    /// Width and height of the marker's touch target: its slot in the cell, at least
    /// [`BEREICH_MIN`] (the target never shrinks with the marker).
    flaeche: (f64, f64),
    ist: Haltung,
    soll_haltung: Haltung,
    soll: Option<(f64, f64)>,
    beschreibung: String,
}

/// Everything the grid shows, derived from the analysis in one memo.
#[derive(Clone, Debug, PartialEq)]
struct Geometrie {
    skala: Skala,
    raster: Raster,
    achse: YAchse,
    marken: Vec<Marke>,
}

/// Text of a position for screen readers and the live region.
pub fn positionstext(skala: Skala, achse: YAchse, raster: Raster, e: u8, y: u8) -> String {
    let strategie = calc::strategie(e, y, skala, raster);
    format!(
        "Einfluss {e} ({}), {} {y} ({}): {strategie}",
        skala.stufenname(e),
        achse.name(),
        skala.stufenname(y)
    )
}

fn geometrie(a: &Stakeholderanalyse, stichtag: crate::shared::datum::Datum) -> Geometrie {
    let skala = a.skala();
    let achse = a.einstellungen.y_achse;
    let raster = a.einstellungen.raster();
    let positionen = calc::positionen(a, stichtag);
    let z = zelle(skala);
    let mut zellen: std::collections::BTreeMap<(u8, u8), Vec<&calc::Position>> =
        std::collections::BTreeMap::new();
    for p in &positionen {
        zellen
            .entry((p.bewertung.einfluss, calc::y_wert(&p.bewertung, achse)))
            .or_default()
            .push(p);
    }
    let mut marken = Vec::new();
    for ((e, y), liste) in zellen {
        let (punkte, spalten) = calc::verteilung(liste.len());
        let zeilen = liste.len().div_ceil(spalten.max(1) as usize) as f64;
        let innen = z - 16.0;
        let slot_b = innen / f64::from(spalten.max(1));
        let slot_h = innen / zeilen.max(1.0);
        let r = (slot_b.min(slot_h - 14.0) / 3.0).clamp(6.0, 14.0);
        let flaeche = (slot_b.max(BEREICH_MIN), slot_h.max(BEREICH_MIN));
        let zeichen = ((slot_b / 6.2) as usize).max(3);
        for (p, (px, py)) in liste.into_iter().zip(punkte) {
            let b = &p.bewertung;
            let x_px = x_von(skala, e) + 8.0 + innen * f64::from(px) / 1000.0;
            let y_px = y_von(skala, y) + 8.0 + innen * f64::from(py) / 1000.0 - 6.0;
            let (se, sy) = calc::soll_position(b, achse);
            let soll = ((se, sy) != (e, y))
                .then(|| (x_von(skala, se) + z / 2.0, y_von(skala, sy) + z / 2.0));
            let s: &Stakeholder = p.stakeholder;
            let name = s.name.clone();
            let mut kurzname: String = name.chars().take(zeichen).collect();
            if name.chars().count() > zeichen {
                kurzname.pop();
                kurzname.push('…');
            }
            if s.vertraulich {
                kurzname.push_str(" (v)");
            }
            let mut beschreibung = format!(
                "{name}{}: {}; Haltung {}",
                if s.vertraulich { " (vertraulich)" } else { "" },
                positionstext(skala, achse, raster, e, y),
                b.haltung_ist.name()
            );
            if b.haltung_soll != b.haltung_ist {
                beschreibung.push_str(&format!(", Soll {}", b.haltung_soll.name()));
            }
            if soll.is_some() {
                beschreibung.push_str(&format!(
                    "; Soll-Position Einfluss {se}, {} {sy}",
                    achse.name()
                ));
            }
            if p.kritisch() {
                beschreibung.push_str("; kritisch");
            }
            marken.push(Marke {
                id: s.id,
                name,
                kurzname,
                vertraulich: s.vertraulich,
                e,
                y,
                x_px,
                y_px,
                r,
                flaeche,
                ist: b.haltung_ist,
                soll_haltung: b.haltung_soll,
                soll,
                beschreibung,
            });
        }
    }
    // Tab order follows the stored order of the stakeholders.
    marken.sortiere_nach_schluessel(|m| {
        a.stakeholder
            .iter()
            .position(|s| s.id == m.id)
            .unwrap_or(usize::MAX)
    });
    Geometrie {
        skala,
        raster,
        achse,
        marken,
    }
}

/// Focuses the marker of stakeholder `id` and makes it the tab stop.
fn fokussiere_marke(id: u32) {
    let Some(dokument) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(alle) = dokument.query_selector_all("[data-stakeholder]") {
        for i in 0..alle.length() {
            if let Some(e) = alle
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = e.set_attribute("tabindex", "-1");
            }
        }
    }
    if let Ok(Some(e)) = dokument.query_selector(&format!("[data-stakeholder=\"{id}\"]")) {
        let _ = e.set_attribute("tabindex", "0");
        if let Ok(svg) = e.dyn_into::<web_sys::SvgElement>() {
            let _ = svg.focus();
        }
    }
}

/// The matrix page.
#[component]
pub fn Matrixseite() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| {
                let a = &ab.werkzeuge.stakeholderanalyse;
                let stichtag = calc::stichtag(a, browser::heute());
                (stichtag, geometrie(a, stichtag))
            })
        })
    });
    let unbewertet = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or(Vec::new(), |ab| {
                let a = &ab.werkzeuge.stakeholderanalyse;
                let stichtag = calc::stichtag(a, browser::heute());
                a.stakeholder
                    .iter()
                    .filter(|s| s.stand(stichtag).is_none())
                    .map(|s| (s.id, s.name.clone(), s.vertraulich))
                    .collect::<Vec<_>>()
            })
        })
    });
    let drucken = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <p class="kern-body sh-nicht-drucken">
            {move || stand.get().map(|(stichtag, g)| format!(
                "Positionen am Bewertungsstichtag {} ({}, y-Achse {}). Verschieben legt die Bewertung für diesen Tag an oder ändert sie; ältere Bewertungen bleiben erhalten.",
                stichtag.deutsch(), g.raster.name(), g.achse.name()
            ))}
            " Stichtag, Skala und Raster stellen Sie unter "
            <a class="kern-link" href=href(&["einstellungen"])>"Einstellungen"</a>" ein."
        </p>
        <p class="kern-body sh-nur-druck">
            {move || stand.get().map(|(stichtag, _)| format!("Stand: Bewertungsstichtag {}", stichtag.deutsch()))}
        </p>
        <div class="knopfleiste">
            <Knopf id="sh-drucken" bei_klick=drucken>"Matrix drucken"</Knopf>
        </div>
        <p class="kern-body sh-nicht-drucken" id="sh-matrix-hilfe">
            "Bedienung: Marker mit der Maus ziehen, oder mit der Tabulatortaste in die Matrix wechseln und mit den "
            "Pfeiltasten um eine Stufe verschieben. Bild auf und Bild ab (oder Pos1 und Ende) wechseln zum vorigen "
            "oder nächsten Stakeholder, Eingabe öffnet seine Seite. Jede Verschiebung lässt sich rückgängig machen."
        </p>
        <Gitter stand/>
        <Legende/>
        {move || {
            let liste = unbewertet.get();
            (!liste.is_empty()).then(|| view! {
                <h2 class="kern-heading-small">"Noch nicht bewertet"</h2>
                <ul class="aufzaehlung">
                    {liste.into_iter().map(|(id, name, vertraulich)| view! {
                        <li>
                            <a class="kern-link" href=stakeholder_href(id)>{name}</a>
                            {vertraulich.then(|| view! { " " <VertraulichMarke/> })}
                        </li>
                    }).collect_view()}
                </ul>
            })
        }}
        <Alternative/>
    }
}

/// The SVG grid with drag and keyboard placement.
#[component]
fn Gitter(stand: Memo<Option<(crate::shared::datum::Datum, Geometrie)>>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    // Drag state: the stakeholder, its start cell, the current target cell.
    let ziehen = RwSignal::new(None::<(u32, (u8, u8))>);
    let ziel = RwSignal::new(None::<(u8, u8)>);
    let aktiv = StoredValue::new(None::<u32>);

    let verschiebe = move |id: u32, e: u8, y: u8, per_tastatur: bool| {
        let Some((stichtag, g)) = stand.get_untracked() else {
            return;
        };
        let name = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.stakeholderanalyse.name(id))
                .unwrap_or_default()
        });
        let e = e.clamp(1, g.skala.max());
        let y = y.clamp(1, g.skala.max());
        let mut geaendert = false;
        daten.aendere(&format!("„{name}“ in der Matrix verschoben"), |ab| {
            let a = &mut ab.werkzeuge.stakeholderanalyse;
            let (skala, achse) = (a.skala(), a.einstellungen.y_achse);
            if let Some(s) = a.stakeholder_mut(id) {
                geaendert = s.verschiebe(stichtag, skala, achse, e, y);
            }
        });
        if geaendert {
            daten.ansagen(format!(
                "{name}: {}. Bewertung vom {} gespeichert.",
                positionstext(g.skala, g.achse, g.raster, e, y),
                stichtag.deutsch()
            ));
        }
        if per_tastatur {
            request_animation_frame(move || fokussiere_marke(id));
        }
    };

    let tastatur = move |ev: web_sys::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let Some(id) = markiert(ev.target()) else {
            return;
        };
        let Some((_, g)) = stand.get_untracked() else {
            return;
        };
        let Some(index) = g.marken.iter().position(|m| m.id == id) else {
            return;
        };
        let m = &g.marken[index];
        let (e, y) = (m.e, m.y);
        let max = g.skala.max();
        let letzte = g.marken.len() - 1;
        let fokus = |i: usize| {
            if let Some(m) = g.marken.get(i) {
                fokussiere_marke(m.id);
            }
        };
        match ev.key().as_str() {
            "ArrowLeft" if e > 1 => verschiebe(id, e - 1, y, true),
            "ArrowRight" if e < max => verschiebe(id, e + 1, y, true),
            "ArrowDown" if y > 1 => verschiebe(id, e, y - 1, true),
            "ArrowUp" if y < max => verschiebe(id, e, y + 1, true),
            "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" => {
                daten.ansagen(format!("{}: Rand der Matrix erreicht.", m.name));
            }
            "PageDown" => fokus((index + 1).min(letzte)),
            "PageUp" => fokus(index.saturating_sub(1)),
            "Home" => fokus(0),
            "End" => fokus(letzte),
            "Enter" | " " => browser::setze_hash(&stakeholder_href(id)),
            _ => return,
        }
        ev.prevent_default();
    };

    let fokus_rein = move |ev: web_sys::FocusEvent| {
        let Some(marke) = browser::naechstes(ev.target(), "data-stakeholder") else {
            return;
        };
        let id = marke
            .get_attribute("data-stakeholder")
            .and_then(|t| t.parse::<u32>().ok());
        browser::wandernder_tabstopp(&ev, "data-stakeholder", &marke);
        aktiv.set_value(id);
    };

    let zelle_unter = |x: i32, y: i32| -> Option<(u8, u8)> {
        let dokument = web_sys::window()?.document()?;
        let element = dokument.element_from_point(x as f32, y as f32)?;
        let zelle = element.closest("[data-zelle]").ok()??;
        let text = zelle.get_attribute("data-zelle")?;
        let (e, y) = text.split_once('-')?;
        Some((e.parse().ok()?, y.parse().ok()?))
    };

    let druecken = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 || !daten.bearbeitbar() {
            return;
        }
        let Some(id) = markiert(ev.target()) else {
            return;
        };
        let Some(start) = stand.with_untracked(|s| {
            s.as_ref()
                .and_then(|(_, g)| g.marken.mit_id(id).map(|m| (m.e, m.y)))
        }) else {
            return;
        };
        if let Some(svg) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = svg.set_pointer_capture(ev.pointer_id());
        }
        ziehen.set(Some((id, start)));
        ziel.set(Some(start));
    };
    let bewegen = move |ev: web_sys::PointerEvent| {
        if ziehen.with_untracked(Option::is_none) {
            return;
        }
        if let Some(z) = zelle_unter(ev.client_x(), ev.client_y()) {
            if ziel.get_untracked() != Some(z) {
                ziel.set(Some(z));
            }
        }
    };
    let loslassen = move |ev: web_sys::PointerEvent| {
        let Some((id, start)) = ziehen.get_untracked() else {
            return;
        };
        let z = zelle_unter(ev.client_x(), ev.client_y()).or(ziel.get_untracked());
        ziehen.set(None);
        ziel.set(None);
        if let Some((e, y)) = z {
            if (e, y) != start {
                verschiebe(id, e, y, false);
            }
        }
    };
    let abbrechen = move |_: web_sys::PointerEvent| {
        ziehen.set(None);
        ziel.set(None);
    };

    let svg = move || {
        let Some((_, g)) = stand.get() else {
            return ().into_any();
        };
        let skala = g.skala;
        let n = skala.max();
        let z = zelle(skala);
        let breite = LINKS + FLAECHE + RECHTS;
        let hoehe = OBEN + FLAECHE + UNTEN;
        let zellen = (1..=n)
            .flat_map(|e| (1..=n).map(move |y| (e, y)))
            .map(|(e, y)| {
                let ist_ziel = move || ziel.get() == Some((e, y)) && ziehen.with(Option::is_some);
                view! {
                    <rect class="sh-zelle" class:sh-zelle--ziel=ist_ziel data-zelle=format!("{e}-{y}")
                        x=x_von(skala, e) y=y_von(skala, y) width=z height=z/>
                }
            })
            .collect_view();
        let tabstopp = aktiv
            .get_value()
            .filter(|id| g.marken.iter().any(|m| m.id == *id))
            .or_else(|| g.marken.first().map(|m| m.id));
        let pfeile = g
            .marken
            .iter()
            .filter_map(|m| {
                let (sx, sy) = m.soll?;
                // Stop short of the target centre so the head stays visible.
                let (dx, dy) = (sx - m.x_px, sy - m.y_px);
                let laenge = (dx * dx + dy * dy).sqrt().max(1.0);
                let kuerzen = (m.r + 2.0) / laenge;
                Some(view! {
                    <line class="sh-pfeil" x1=m.x_px + dx * kuerzen y1=m.y_px + dy * kuerzen
                        x2=sx - dx * 0.06 y2=sy - dy * 0.06 marker-end="url(#sh-pfeilspitze)"/>
                    <circle class="sh-soll" cx=sx cy=sy r="4"/>
                })
            })
            .collect_view();
        let marken = g
            .marken
            .iter()
            .map(|m| {
                let id = m.id;
                let gezogen = move || ziehen.with(|z| z.is_some_and(|(i, _)| i == id));
                view! {
                    <g class=format!("sh-marke sh-marke--{}", haltung_schluessel(m.ist))
                        class:sh-marke--gezogen=gezogen
                        data-stakeholder=m.id.to_string()
                        tabindex=if Some(m.id) == tabstopp { "0" } else { "-1" }
                        role="button" aria-roledescription="verschiebbarer Stakeholder"
                        aria-label=m.beschreibung.clone() aria-describedby="sh-matrix-hilfe">
                        <title>{m.beschreibung.clone()}</title>
                        <rect class="sh-marke__flaeche" x=m.x_px - m.flaeche.0 / 2.0 y=m.y_px + 6.0 - m.flaeche.1 / 2.0
                            width=m.flaeche.0 height=m.flaeche.1/>
                        <circle class="sh-marke__fokus" cx=m.x_px cy=m.y_px r=m.r + 5.0/>
                        {form(m.ist, m.x_px, m.y_px, m.r)}
                    </g>
                }
            })
            .collect_view();
        // Visible labels live outside the focusable markers, so each marker's accessible name
        // is its full description (the short labels repeat part of it).
        let beschriftungen = g
            .marken
            .iter()
            .map(|m| {
                view! {
                    <text class="sh-marke__kurz" x=m.x_px y=m.y_px + 4.0 text-anchor="middle">{m.ist.kurz()}</text>
                    <text class="sh-marke__name" x=m.x_px y=m.y_px + m.r + 13.0 text-anchor="middle">{m.kurzname.clone()}</text>
                }
            })
            .collect_view();
        let geist = move || {
            let (id, _) = ziehen.get()?;
            let (e, y) = ziel.get()?;
            let m = stand
                .with_untracked(|s| s.as_ref().and_then(|(_, g)| g.marken.mit_id(id).cloned()))?;
            Some(view! {
                <g class="sh-geist" aria-hidden="true">
                    {form(m.ist, x_von(skala, e) + z / 2.0, y_von(skala, y) + z / 2.0, 14.0)}
                </g>
            })
        };
        view! {
            <svg class="sh-matrix" class:sh-matrix--ziehen=move || ziehen.with(Option::is_some)
                viewBox=format!("0 0 {breite} {hoehe}") role="group"
                aria-label=format!("Stakeholder-Matrix: Einfluss × {}, {}", g.achse.name(), g.raster.name())
                on:keydown=tastatur on:focusin=fokus_rein
                on:pointerdown=druecken on:pointermove=bewegen on:pointerup=loslassen on:pointercancel=abbrechen>
                <defs>
                    <marker id="sh-pfeilspitze" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path class="sh-pfeilspitze" d="M 0 0 L 10 5 L 0 10 z"/>
                    </marker>
                </defs>
                {hintergrund(skala, g.raster, g.achse)}
                <g class="sh-zellen">{zellen}</g>
                <g class="sh-pfeile" aria-hidden="true">{pfeile}</g>
                <g class="sh-marken">{marken}</g>
                <g class="sh-beschriftungen" aria-hidden="true">{beschriftungen}</g>
                {geist}
            </svg>
        }
        .into_any()
    };
    view! { <div class="sh-matrix__bereich">{svg}</div> }
}

/// The legend of shapes and arrows.
#[component]
fn Legende() -> impl IntoView {
    view! {
        <h2 class="kern-heading-small">"Legende"</h2>
        <ul class="sh-legende">
            {Haltung::ALLE.iter().map(|&h| view! {
                <li><HaltungMarke haltung=h/>" ("{h.kurz()}")"</li>
            }).collect_view()}
            <li>"Pfeil: von der Ist- zur Soll-Position"</li>
            <li>"(v): vertraulich"</li>
        </ul>
    }
}

/// The stakeholder id of the marker an event happened in.
fn markiert(ziel: Option<web_sys::EventTarget>) -> Option<u32> {
    browser::naechstes(ziel, "data-stakeholder")?
        .get_attribute("data-stakeholder")?
        .parse()
        .ok()
}

/// A row of the table alternative.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Alternativzeile {
    stakeholder: Verweis,
    einfluss: String,
    y: String,
    strategie: String,
    ist: Haltung,
    soll: Haltung,
    sollposition: String,
    kritisch: bool,
}

/// The table alternative's columns for a y axis named `$achse`.
macro_rules! alternativspalten {
    ($achse:literal) => {
        &[
            spalte(
                "einfluss",
                "Einfluss",
                Spaltenart::Kurz,
                true,
                |z: &Alternativzeile| z.einfluss.clone().into_any(),
            ),
            spalte(
                "y",
                $achse,
                Spaltenart::Kurz,
                true,
                |z: &Alternativzeile| z.y.clone().into_any(),
            ),
            spalte(
                "strategie",
                "Strategie",
                Spaltenart::Text,
                true,
                |z: &Alternativzeile| z.strategie.clone().into_any(),
            ),
            spalte(
                "ist",
                "Haltung (Ist)",
                Spaltenart::Kurz,
                true,
                |z: &Alternativzeile| view! { <HaltungMarke haltung=z.ist/> }.into_any(),
            ),
            spalte(
                "soll",
                "Haltung (Soll)",
                Spaltenart::Kurz,
                true,
                |z: &Alternativzeile| view! { <HaltungMarke haltung=z.soll/> }.into_any(),
            ),
            spalte(
                "sollposition",
                "Soll-Position",
                Spaltenart::Text,
                false,
                |z: &Alternativzeile| z.sollposition.clone().into_any(),
            ),
            spalte(
                "kritisch",
                "Kritisch",
                Spaltenart::Kurz,
                true,
                |z: &Alternativzeile| {
                    z.kritisch
                        .then(|| view! { <span class="sh-kritisch">"kritisch"</span> })
                        .into_any()
                },
            ),
        ]
    };
}

static ALTERNATIVE_INTERESSE: &[Spalte<Alternativzeile>] = alternativspalten!("Interesse");
static ALTERNATIVE_BETROFFENHEIT: &[Spalte<Alternativzeile>] = alternativspalten!("Betroffenheit");

/// The rows of the table alternative and the y axis's name.
fn alternative(a: &Stakeholderanalyse) -> (Vec<Alternativzeile>, YAchse) {
    let stichtag = calc::stichtag(a, browser::heute());
    let achse = a.einstellungen.y_achse;
    let raster = a.einstellungen.raster();
    let liste = calc::positionen(a, stichtag)
        .into_iter()
        .map(|p| {
            let b = &p.bewertung;
            let y = calc::y_wert(b, achse);
            let (se, sy) = calc::soll_position(b, achse);
            let strategie = calc::strategie(b.einfluss, y, b.skala, raster).to_owned();
            Alternativzeile {
                stakeholder: (
                    p.stakeholder.id,
                    p.stakeholder.name.clone(),
                    p.stakeholder.vertraulich,
                ),
                einfluss: format!("{} ({})", b.einfluss, b.skala.stufenname(b.einfluss)),
                y: format!("{y} ({})", b.skala.stufenname(y)),
                strategie,
                ist: b.haltung_ist,
                soll: b.haltung_soll,
                sollposition: if (se, sy) == (b.einfluss, y) {
                    "wie Ist".to_owned()
                } else {
                    format!("Einfluss {se}, {} {sy}", achse.name())
                },
                kritisch: p.kritisch(),
            }
        })
        .collect::<Vec<_>>();
    (liste, achse)
}

/// The table alternative of the grid.
#[component]
fn Alternative() -> impl IntoView {
    let zeilen = aus_analyse(alternative);
    let achse = Memo::new(move |_| zeilen.with(|z| z.1));
    view! {
        <h2 class="kern-heading-small sh-nicht-drucken">"Matrix als Tabelle"</h2>
        <div class="sh-nicht-drucken">
            {move || view! {
                <Datentabelle id="sh-matrix-tabelle" titel="Positionen in der Matrix"
                    kopf=spalte("stakeholder", "Stakeholder", Spaltenart::Text, true, |z: &Alternativzeile| verweiszelle(&z.stakeholder))
                    spalten=nach_achse(achse.get(), ALTERNATIVE_INTERESSE, ALTERNATIVE_BETROFFENHEIT)
                    zeilen=Signal::derive(move || zeilen.get().0)/>
            }}
        </div>
    }
}

crate::shared::datensatz::mit_id!(Marke);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umbruch_und_koordinaten() {
        assert_eq!(
            umbrechen("beobachten, bei Bedarf zufriedenstellen", 20),
            ["beobachten, bei", "Bedarf", "zufriedenstellen"]
        );
        assert_eq!(x_von(Skala::Drei, 1), LINKS);
        assert_eq!(y_von(Skala::Drei, 3), OBEN);
        assert_eq!(y_von(Skala::Fuenf, 1), OBEN + 4.0 * 120.0);
        assert_eq!(grenzen(Skala::Fuenf, Raster::DreiMalDrei), [2, 3]);
        assert_eq!(
            positionstext(Skala::Drei, YAchse::Interesse, Raster::ZweiMalZwei, 3, 3),
            "Einfluss 3 (hoch), Interesse 3 (hoch): Schlüsselakteur – eng einbinden"
        );
    }
}
