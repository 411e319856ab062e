//! The Zeitplan's SVG: renders a computed [`Geometrie`] and handles the chart's keyboard,
//! focus and scrolling. It decides nothing about positions; it adds the look: the shape of
//! each symbol around its point (milestone diamond, "!" for late, Ampel swatch, arrow heads),
//! SVG path syntax and classes. Also the legend of those symbols.
//!
//! **Rendering.** One `view!` per row and no signal per element. Focus and hover are styled by
//! CSS; the sticky label column and header are moved by one `transform` attribute each on
//! scroll, so neither re-renders anything. 500 projects with 10 milestones each are about
//! 3,500 SVG elements: the milestones of a row are one `<path>` per kind (reached, open,
//! "late" marks), and grid lines and row separators are one `<path>` each.
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

use std::fmt::Write as _;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser;
use crate::shared::vokabular::Ampel;
use crate::tools::multiprojektplan::views::projekt_href;

use super::geometrie::{
    grundlinie, r, Geometrie, Pfeil, Projektzeile, Raute, Tageslinie, Text, Zeile, KOPF, SPALTE,
    ZEILE,
};
use crate::app::components::Knopf;

/// Half the height of a milestone diamond.
const RAUTE: f64 = 7.0;

/// SVG path through `punkte`: `H` and `V` for straight segments, repeated points left out.
pub(super) fn pfad(punkte: &[(f64, f64)]) -> String {
    let mut d = String::new();
    let mut vorher: Option<(f64, f64)> = None;
    for &(x, y) in punkte {
        let _ = match vorher {
            None => write!(d, "M{x} {y}"),
            Some(p) if p == (x, y) => Ok(()),
            Some((_, py)) if py == y => write!(d, "H{x}"),
            Some((px, _)) if px == x => write!(d, "V{y}"),
            Some(_) => write!(d, "L{x} {y}"),
        };
        vorher = Some((x, y));
    }
    d
}

/// The three paths of a row's milestones: reached (filled), open (outlined) and the "!" marks
/// right of late ones; each diamond centred at its x and `mitte`.
#[derive(Default)]
struct Rautenpfade {
    erreicht: String,
    offen: String,
    verspaetet: String,
}

fn rautenpfade(rauten: &[Raute], mitte: f64) -> Rautenpfade {
    let mut pfade = Rautenpfade::default();
    for raute in rauten {
        let ziel = if raute.erreicht {
            &mut pfade.erreicht
        } else {
            &mut pfade.offen
        };
        let _ = write!(
            ziel,
            "M{} {}l{RAUTE} {RAUTE}l-{RAUTE} {RAUTE}l-{RAUTE} -{RAUTE}z",
            raute.x,
            r(mitte - RAUTE)
        );
        if raute.verspaetet {
            let gx = r(raute.x + RAUTE + 1.0);
            let gy = r(mitte - 12.0);
            let _ = write!(
                pfade.verspaetet,
                "M{gx} {gy}h3v7h-3zM{gx} {}h3v3h-3z",
                r(gy + 8.5)
            );
        }
    }
    pfade
}

/// Vertical grid lines at the periods, from the header down.
fn raster(g: &Geometrie) -> String {
    let mut d = String::new();
    for p in &g.perioden {
        let _ = write!(d, "M{} {KOPF}V{}", p.x, g.hoehe);
    }
    d
}

/// Row separators, each to the right edge.
fn trennlinien(g: &Geometrie) -> String {
    let mut d = String::new();
    for t in &g.trennlinien {
        let _ = write!(d, "M{} {}H{}", t.x, t.y, g.breite);
    }
    d
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

/// A label of the header.
fn text(klasse: &'static str, t: &Text) -> impl IntoView {
    view! { <text class=klasse x=t.x y=t.y text-anchor=t.anker.svg()>{t.inhalt.clone()}</text> }
}

/// The line of a day from the header down to `hoehe`, and its label for the header.
fn tageslinie(
    l: &Tageslinie,
    hoehe: f64,
    klasse: &'static str,
    textklasse: &'static str,
) -> (AnyView, AnyView) {
    let linie = view! { <line class=klasse x1=l.x y1=KOPF x2=l.x y2=hoehe/> };
    (
        linie.into_any(),
        text(textklasse, &l.beschriftung).into_any(),
    )
}

/// The row of one project: band (focus and hover), Basisplan frame, bar and milestones.
fn projektzeile(z: &Projektzeile, breite: f64) -> impl IntoView {
    let mitte = z.mitte();
    let klasse = format!(
        "zeitplan__balken zeitplan__balken--{}",
        ampelklasse(z.ampel)
    );
    // Red is also hatched, so it differs from the other colours without colour vision.
    let fuellung = (z.ampel == Ampel::Rot).then_some("url(#zeitplan-schraffur)");
    let plan = z.plan.map(|s| {
        view! { <rect class="zeitplan__plan" x=s.x y=r(mitte - 10.0) width=s.breite height="20"/> }
    });
    let balken = z.balken.map(|s| {
        view! { <rect class=klasse.clone() fill=fuellung x=s.x y=r(mitte - 6.0) width=s.breite height="12"/> }
    });
    let ohne = (z.plan.is_none() && z.balken.is_none()).then(|| {
        view! { <text class="zeitplan__ohne" x={SPALTE + 8.0} y=r(mitte + 4.5)>"ohne Termine"</text> }
    });
    let rauten = rautenpfade(&z.rauten, mitte);
    let pfad = |klasse: &'static str, d: String| {
        (!d.is_empty()).then(|| view! { <path class=klasse d=d/> })
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
                {pfad("zeitplan__meilenstein zeitplan__meilenstein--erreicht", rauten.erreicht)}
                {pfad("zeitplan__meilenstein zeitplan__meilenstein--offen", rauten.offen)}
                {pfad("zeitplan__verspaetet", rauten.verspaetet)}
            </a>
        </g>
    }
}

/// The label of one project in the sticky column: Projekt-ID, title, Ampel swatch and word.
fn beschriftung(z: &Projektzeile) -> impl IntoView {
    let grundlinie = grundlinie(z.y);
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

/// A dependency arrow; conflicts are dashed and get a head with a bar.
fn pfeil(p: &Pfeil) -> impl IntoView {
    let (klasse, spitze) = if p.konflikt {
        (
            "zeitplan__pfeil zeitplan__pfeil--konflikt",
            "url(#zeitplan-pfeilspitze-konflikt)",
        )
    } else {
        ("zeitplan__pfeil", "url(#zeitplan-pfeilspitze)")
    };
    view! { <path class=klasse d=pfad(&p.punkte) marker-end=spitze/> }
}

/// The focus index (`data-zeile`) of a row element.
fn zeilenindex(zeile: &web_sys::Element) -> Option<usize> {
    zeile.get_attribute("data-zeile")?.parse().ok()
}

/// What the symbols of the chart mean.
#[component]
pub fn Legende() -> impl IntoView {
    let eintrag = |symbol: AnyView, text: &'static str| {
        view! {
            <li class="zeitplan__legendeneintrag">
                <svg class="zeitplan__legendensymbol" width="36" height="20" viewBox="0 0 36 20" aria-hidden="true">{symbol}</svg>
                <span>{text}</span>
            </li>
        }
    };
    view! {
        <details class="zeitplan__legende">
            <summary class="kern-link zeitplan__legendentitel" id="zeitplan-legende">"Legende"</summary>
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
        </details>
    }
}

/// The SVG chart inside its scroll region, with the keyboard help above it.
#[component]
pub fn Diagramm(
    geometrie: Memo<Geometrie>,
    abhaengigkeiten: RwSignal<bool>,
    /// "An Breite anpassen": the width the chart is fitted to, `None` for the chosen scale.
    anpassen: RwSignal<Option<f64>>,
) -> impl IntoView {
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
    // "Heute": today's line a third into the visible part of the timeline.
    let zu_heute = move || {
        let Some(div) = bereich.try_get_untracked().flatten() else {
            return;
        };
        let Some(x) = geometrie.with_untracked(|g| g.heute.as_ref().map(|l| l.x)) else {
            return;
        };
        let sichtbar = f64::from(div.client_width()) - SPALTE;
        div.set_scroll_left((x - SPALTE - sichtbar / 3.0).max(0.0) as i32);
        klebe();
    };
    // The chart opens at today, and again when the scale changes its width.
    Effect::new(move |vorher: Option<f64>| {
        let breite = geometrie.with(|g| g.breite);
        let neu = vorher != Some(breite);
        request_animation_frame(move || {
            if neu {
                zu_heute();
            }
            klebe();
            ein_tabstopp();
        });
        breite
    });
    let anpassen_umschalten = move |_| {
        if anpassen.get_untracked().is_some() {
            anpassen.set(None);
        } else if let Some(div) = bereich.try_get_untracked().flatten() {
            anpassen.set(Some(f64::from(div.client_width())));
        }
    };

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
        let Some(zeile) = browser::naechstes(ev.target(), "data-zeile") else {
            return;
        };
        let Some(index) = zeilenindex(&zeile) else {
            return;
        };
        browser::wandernder_tabstopp(&ev, "data-zeile", &zeile);
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
        let Some(zeile) = browser::naechstes(ev.target(), "data-zeile") else {
            return;
        };
        let Some(index) = zeilenindex(&zeile) else {
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
        if let Some(id) = browser::naechstes(ev.target(), "data-projekt")
            .and_then(|e| e.get_attribute("data-projekt"))
            .and_then(|t| t.parse::<u32>().ok())
        {
            browser::setze_hash(&projekt_href(id));
        }
    };
    let pfeile = move || {
        abhaengigkeiten
            .get()
            .then(|| geometrie.with(|g| g.pfeile.iter().map(pfeil).collect_view()))
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
                Zeile::Gruppe {
                    y,
                    titel,
                    titel_kurz,
                } => view! {
                    <text class="zeitplan__gruppentitel" x="8" y=grundlinie(*y)>
                        {titel_kurz.clone()}<title>{titel.clone()}</title>
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
                    {text("zeitplan__periode", &p.beschriftung)}
                }
            })
            .collect_view();
        let (heute_linie, heute_text) = g
            .heute
            .as_ref()
            .map(|l| tageslinie(l, hoehe, "zeitplan__heute", "zeitplan__heutetext"))
            .unzip();
        let (stichtag_linie, stichtag_text) = g
            .stichtag
            .as_ref()
            .map(|l| tageslinie(l, hoehe, "zeitplan__stichtag", "zeitplan__stichtagtext"))
            .unzip();
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
                    <path class="zeitplan__raster" d=raster(&g)/>
                    <path class="zeitplan__trennlinie" d=trennlinien(&g)/>
                    {stichtag_linie}
                </g>
                <g class="zeitplan__zeilen">{zeilen}</g>
                <g aria-hidden="true" class="zeitplan__abhaengigkeiten">{pfeile}</g>
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
        <div class="zeitplan__ansicht">
            <Knopf id="zeitplan-heute" bei_klick=move |_| zu_heute()>"Heute"</Knopf>
            <button type="button" class="kern-btn kern-btn--secondary" id="zeitplan-anpassen"
                aria-pressed=move || anpassen.get().is_some().to_string() on:click=anpassen_umschalten>
                <span class="kern-label">"An Breite anpassen"</span>
            </button>
            <details class="zeitplan__tastatur">
                <summary class="kern-link">"Bedienung mit der Tastatur"</summary>
                <p class="kern-body" id="zeitplan-tastatur">
                    "Mit Tab erreichen Sie das Diagramm. Pfeiltasten hoch und runter wechseln "
                    "das Projekt, Pos1 und Ende springen zum ersten und letzten, Bild hoch und Bild runter um zehn Zeilen. "
                    "Pfeiltasten links und rechts verschieben die Zeitachse. Die Eingabetaste öffnet das Projekt. "
                    "Dieselben Angaben gibt es auch als Tabelle (Schalter unter dem Diagramm)."
                </p>
            </details>
        </div>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pfade_aus_punkten() {
        assert_eq!(
            pfad(&[(100.0, 15.0), (108.0, 15.0), (108.0, 45.0), (200.0, 45.0)]),
            "M100 15H108V45H200"
        );
        // A point repeated (an arrow within one row) is left out; a slanted step is a line.
        assert_eq!(
            pfad(&[(100.0, 15.0), (108.0, 15.0), (108.0, 15.0), (120.5, 20.0)]),
            "M100 15H108L120.5 20"
        );
        assert_eq!(pfad(&[]), "");
    }

    #[test]
    fn rauten_je_art_ein_pfad() {
        let rauten = [
            Raute {
                x: 300.0,
                erreicht: true,
                verspaetet: false,
            },
            Raute {
                x: 400.0,
                erreicht: false,
                verspaetet: true,
            },
        ];
        let pfade = rautenpfade(&rauten, 63.0);
        assert_eq!(pfade.erreicht, "M300 56l7 7l-7 7l-7 -7z");
        assert_eq!(pfade.offen, "M400 56l7 7l-7 7l-7 -7z");
        assert_eq!(pfade.verspaetet, "M408 51h3v7h-3zM408 59.5h3v3h-3z");
    }
}
