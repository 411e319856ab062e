//! The Zeitplan's SVG: renders a computed [`Geometrie`] and handles the chart's keyboard,
//! focus and scrolling. It decides nothing about positions; it adds the look: the shape of
//! each symbol around its point (milestone diamond, "!" for late, Ampel swatch, arrow heads),
//! SVG path syntax and classes. Also the legend of those symbols.
//!
//! **Rendering.** The chart is written as one text of SVG markup ([`svg_text`], user texts
//! escaped) that the browser parses, and written anew only when the geometry or the arrows
//! change; there is no signal per element. Focus and hover are styled by CSS; the sticky label
//! column and header are moved by one `transform` attribute each on scroll, so neither
//! re-renders anything. The milestones of a row are one `<path>` per kind (reached, open,
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

/// `text` with the five characters that are special in markup escaped, for text content and
/// attribute values in double quotes.
fn maskiert(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut aus = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => aus.push_str("&amp;"),
            '<' => aus.push_str("&lt;"),
            '>' => aus.push_str("&gt;"),
            '"' => aus.push_str("&quot;"),
            '\'' => aus.push_str("&#39;"),
            c => aus.push(c),
        }
    }
    std::borrow::Cow::Owned(aus)
}

/// A label of the header.
fn text(aus: &mut String, klasse: &str, t: &Text) {
    let _ = write!(
        aus,
        r#"<text class="{klasse}" x="{}" y="{}" text-anchor="{}">{}</text>"#,
        t.x,
        t.y,
        t.anker.svg(),
        maskiert(&t.inhalt)
    );
}

/// The line of a day from the header down to `hoehe`.
fn tageslinie(aus: &mut String, l: &Tageslinie, hoehe: f64, klasse: &str) {
    let _ = write!(
        aus,
        r#"<line class="{klasse}" x1="{x}" y1="{KOPF}" x2="{x}" y2="{hoehe}"/>"#,
        x = l.x
    );
}

/// The row of one project: band (focus and hover), Basisplan frame, bar and milestones.
fn projektzeile(aus: &mut String, z: &Projektzeile, breite: f64) {
    let mitte = z.mitte();
    let tabindex = if z.index == 0 { "0" } else { "-1" };
    let _ = write!(
        aus,
        r#"<g><a class="zeitplan__zeile" href="{}" tabindex="{tabindex}" data-zeile="{}" aria-label="{}">"#,
        projekt_href(z.id),
        z.index,
        maskiert(&z.beschreibung)
    );
    if !z.details.is_empty() {
        let _ = write!(aus, "<title>{}</title>", maskiert(&z.details));
    }
    let _ = write!(
        aus,
        r#"<rect class="zeitplan__band" x="0" y="{}" width="{breite}" height="{ZEILE}"/>"#,
        z.y
    );
    if let Some(s) = z.plan {
        let _ = write!(
            aus,
            r#"<rect class="zeitplan__plan" x="{}" y="{}" width="{}" height="20"/>"#,
            s.x,
            r(mitte - 10.0),
            s.breite
        );
    }
    if let Some(s) = z.balken {
        // Red is also hatched, so it differs from the other colours without colour vision.
        let fuellung = if z.ampel == Ampel::Rot {
            r#" fill="url(#zeitplan-schraffur)""#
        } else {
            ""
        };
        let _ = write!(
            aus,
            r#"<rect class="zeitplan__balken zeitplan__balken--{}"{fuellung} x="{}" y="{}" width="{}" height="12"/>"#,
            ampelklasse(z.ampel),
            s.x,
            r(mitte - 6.0),
            s.breite
        );
    }
    if z.plan.is_none() && z.balken.is_none() {
        let _ = write!(
            aus,
            r#"<text class="zeitplan__ohne" x="{}" y="{}">ohne Termine</text>"#,
            SPALTE + 8.0,
            r(mitte + 4.5)
        );
    }
    let rauten = rautenpfade(&z.rauten, mitte);
    for (klasse, d) in [
        (
            "zeitplan__meilenstein zeitplan__meilenstein--erreicht",
            rauten.erreicht,
        ),
        (
            "zeitplan__meilenstein zeitplan__meilenstein--offen",
            rauten.offen,
        ),
        ("zeitplan__verspaetet", rauten.verspaetet),
    ] {
        if !d.is_empty() {
            let _ = write!(aus, r#"<path class="{klasse}" d="{d}"/>"#);
        }
    }
    aus.push_str("</a></g>");
}

/// The label of one project in the sticky column: Projekt-ID, title, Ampel swatch and word.
fn beschriftung(aus: &mut String, z: &Projektzeile) {
    let grundlinie = grundlinie(z.y);
    let farbe = ampelklasse(z.ampel);
    let _ = write!(
        aus,
        r#"<g class="zeitplan__beschriftung" data-projekt="{}"><title>{}</title><text class="zeitplan__name" x="8" y="{grundlinie}"><tspan class="zeitplan__kennung">{}</tspan>"#,
        z.id,
        maskiert(&z.voll),
        maskiert(&z.kennung)
    );
    if !z.titel_kurz.is_empty() {
        let _ = write!(aus, " {}", maskiert(&z.titel_kurz));
    }
    let _ = write!(
        aus,
        r#"</text><path class="zeitplan__ampelzeichen zeitplan__ampelzeichen--{farbe}" d="{}"/><text class="zeitplan__ampelwort zeitplan__ampelwort--{farbe}" x="{}" y="{grundlinie}" text-anchor="end">{}</text></g>"#,
        ampelzeichen(z.ampel, SPALTE - 48.0, r(grundlinie - 4.5)),
        SPALTE - 8.0,
        z.ampel.name()
    );
}

/// A dependency arrow; conflicts are dashed and get a head with a bar.
fn pfeil(aus: &mut String, p: &Pfeil) {
    let (klasse, spitze) = if p.konflikt {
        (
            "zeitplan__pfeil zeitplan__pfeil--konflikt",
            "url(#zeitplan-pfeilspitze-konflikt)",
        )
    } else {
        ("zeitplan__pfeil", "url(#zeitplan-pfeilspitze)")
    };
    let _ = write!(
        aus,
        r#"<path class="{klasse}" d="{}" marker-end="{spitze}"/>"#,
        pfad(&p.punkte)
    );
}

/// The whole chart as SVG markup, `pfeile` with the dependency arrows. The chart is static
/// between two changes of its geometry, so it is written as one text that the browser parses
/// (`inner_html`) instead of being built node by node: at 1,000 projects with 10 milestones
/// that was 420 ms of 660 for the page change (CDP profile, mostly one `setAttribute` call
/// from WebAssembly per attribute). Every user text is escaped ([`maskiert`]).
pub(super) fn svg_text(g: &Geometrie, pfeile: bool) -> String {
    let (breite, hoehe) = (g.breite, g.hoehe);
    let mut aus = String::with_capacity(600 * g.zeilen.len() + 4096);
    let _ = write!(
        aus,
        r#"<svg class="zeitplan__svg" width="{breite}" height="{hoehe}" viewBox="0 0 {breite} {hoehe}" role="group" aria-labelledby="zeitplan-diagramm-titel" aria-describedby="zeitplan-tastatur">"#
    );
    aus.push_str(concat!(
        r#"<defs><marker id="zeitplan-pfeilspitze" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">"#,
        r#"<path class="zeitplan__pfeilspitze" d="M0 0L10 5L0 10z"/></marker>"#,
        r#"<marker id="zeitplan-pfeilspitze-konflikt" viewBox="0 0 14 12" refX="13" refY="6" markerWidth="9" markerHeight="8" orient="auto-start-reverse">"#,
        r#"<path class="zeitplan__pfeilspitze zeitplan__pfeilspitze--konflikt" d="M0 1L9 6L0 11zM11 0h3v12h-3z"/></marker>"#,
        r#"<pattern id="zeitplan-schraffur" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">"#,
        r#"<rect class="zeitplan__schraffur-grund" width="6" height="6"/><rect class="zeitplan__schraffur-linie" width="2" height="6"/></pattern></defs>"#,
    ));
    let _ = write!(
        aus,
        r#"<g aria-hidden="true"><path class="zeitplan__raster" d="{}"/><path class="zeitplan__trennlinie" d="{}"/>"#,
        raster(g),
        trennlinien(g)
    );
    if let Some(l) = &g.stichtag {
        tageslinie(&mut aus, l, hoehe, "zeitplan__stichtag");
    }
    aus.push_str(r#"</g><g class="zeitplan__zeilen">"#);
    for zeile in &g.zeilen {
        match zeile {
            Zeile::Gruppe { y, .. } => {
                let _ = write!(
                    aus,
                    r#"<rect class="zeitplan__gruppe" x="0" y="{y}" width="{breite}" height="{ZEILE}"/>"#
                );
            }
            Zeile::Projekt(z) => projektzeile(&mut aus, z, breite),
        }
    }
    aus.push_str(r#"</g><g aria-hidden="true" class="zeitplan__abhaengigkeiten">"#);
    if pfeile {
        for p in &g.pfeile {
            pfeil(&mut aus, p);
        }
    }
    aus.push_str(r#"</g><g aria-hidden="true">"#);
    if let Some(l) = &g.heute {
        tageslinie(&mut aus, l, hoehe, "zeitplan__heute");
    }
    let _ = write!(
        aus,
        r#"</g><g class="zeitplan__spalte" aria-hidden="true"><rect class="zeitplan__spaltengrund" x="0" y="{KOPF}" width="{SPALTE}" height="{}"/><rect class="zeitplan__fokusmarke" x="1.5" y="{KOPF}" width="{}" height="{ZEILE}"/>"#,
        r(hoehe - KOPF),
        r(SPALTE - 3.0)
    );
    for zeile in &g.zeilen {
        match zeile {
            Zeile::Gruppe {
                y,
                titel,
                titel_kurz,
            } => {
                let _ = write!(
                    aus,
                    r#"<text class="zeitplan__gruppentitel" x="8" y="{}">{}<title>{}</title></text>"#,
                    grundlinie(*y),
                    maskiert(titel_kurz),
                    maskiert(titel)
                );
            }
            Zeile::Projekt(z) => beschriftung(&mut aus, z),
        }
    }
    let _ = write!(
        aus,
        r#"<line class="zeitplan__spaltenrand" x1="{SPALTE}" y1="0" x2="{SPALTE}" y2="{hoehe}"/></g><g class="zeitplan__kopf" aria-hidden="true"><rect class="zeitplan__kopfgrund" x="0" y="0" width="{breite}" height="{KOPF}"/>"#
    );
    for p in &g.perioden {
        let _ = write!(
            aus,
            r#"<line class="zeitplan__periodengrenze" x1="{x}" y1="0" x2="{x}" y2="{KOPF}"/>"#,
            x = p.x
        );
        text(&mut aus, "zeitplan__periode", &p.beschriftung);
    }
    if let Some(l) = &g.heute {
        text(&mut aus, "zeitplan__heutetext", &l.beschriftung);
    }
    if let Some(l) = &g.stichtag {
        text(&mut aus, "zeitplan__stichtagtext", &l.beschriftung);
    }
    let _ = write!(
        aus,
        concat!(
            r#"<line class="zeitplan__kopfrand" x1="0" y1="{KOPF}" x2="{breite}" y2="{KOPF}"/></g>"#,
            r#"<g class="zeitplan__ecke" aria-hidden="true"><rect class="zeitplan__kopfgrund" x="0" y="0" width="{SPALTE}" height="{KOPF}"/>"#,
            r#"<text class="zeitplan__eckentext" x="8" y="20">Projekt</text>"#,
            r#"<text class="zeitplan__eckentext" x="{rechts}" y="20" text-anchor="end">Gesamtampel</text>"#,
            r#"<line class="zeitplan__kopfrand" x1="0" y1="{KOPF}" x2="{SPALTE}" y2="{KOPF}"/>"#,
            r#"<line class="zeitplan__spaltenrand" x1="{SPALTE}" y1="0" x2="{SPALTE}" y2="{KOPF}"/></g></svg>"#
        ),
        KOPF = KOPF,
        breite = breite,
        SPALTE = SPALTE,
        rechts = SPALTE - 8.0
    );
    aus
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
    // The chart is markup (`svg_text`), so its parts are found by class.
    let teil = move |klasse: &str| {
        bereich
            .try_get_untracked()
            .flatten()
            .and_then(|div| div.query_selector(klasse).ok().flatten())
    };

    // Sticky label column and header: one transform each, set from the scroll position.
    let klebe = move || {
        let Some(div) = bereich.try_get_untracked().flatten() else {
            return;
        };
        let (sx, sy) = (div.scroll_left(), div.scroll_top());
        let setze = |klasse: &str, wert: String| {
            if let Some(g) = teil(klasse) {
                let _ = g.set_attribute("transform", &wert);
            }
        };
        setze(".zeitplan__spalte", format!("translate({sx} 0)"));
        setze(".zeitplan__kopf", format!("translate(0 {sy})"));
        setze(".zeitplan__ecke", format!("translate({sx} {sy})"));
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
    // The chart opens at today, and again when the scale changes its width. Every new markup
    // (also for the arrows) gets the sticky parts' offsets and the one tab stop again.
    Effect::new(move |vorher: Option<f64>| {
        let breite = geometrie.with(|g| g.breite);
        abhaengigkeiten.track();
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
        if let Some(marke) = teil(".zeitplan__fokusmarke") {
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
        if let Some(marke) = teil(".zeitplan__fokusmarke") {
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
    // keyboard reaches the same link through the row). Only labels carry `data-projekt`.
    let klick_spalte = move |ev: web_sys::MouseEvent| {
        if let Some(id) = browser::naechstes(ev.target(), "data-projekt")
            .and_then(|e| e.get_attribute("data-projekt"))
            .and_then(|t| t.parse::<u32>().ok())
        {
            browser::setze_hash(&projekt_href(id));
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
            node_ref=bereich on:scroll=move |_| klebe() on:click=klick_spalte
            on:keydown=tastatur on:focusin=fokus_rein on:focusout=fokus_raus
            inner_html=move || geometrie.with(|g| svg_text(g, abhaengigkeiten.get()))>
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

    /// The element names of `markup` in document order with `true` for an opening tag, `false`
    /// for a closing one (a self-closing tag gives both).
    fn tags(markup: &str) -> Vec<(String, bool)> {
        let mut tags = Vec::new();
        for teil in markup.split('<').skip(1) {
            let ende = teil.find('>').expect("jedes Tag wird geschlossen");
            let tag = &teil[..ende];
            if let Some(name) = tag.strip_prefix('/') {
                tags.push((name.to_owned(), false));
            } else {
                let name: String = tag
                    .chars()
                    .take_while(|c| !c.is_whitespace() && *c != '/')
                    .collect();
                tags.push((name.clone(), true));
                if tag.ends_with('/') {
                    tags.push((name, false));
                }
            }
        }
        tags
    }

    /// The example portfolio's chart as markup: well nested, one focusable link per project in
    /// focus order with exactly one tab stop, a label per project, the arrows only when asked
    /// for, and user text that looks like markup stays text.
    #[test]
    fn diagramm_als_markup() {
        use crate::shared::datum::Datum;
        use crate::tools::multiprojektplan::calc::{Filter, Gruppierung, Zoom};
        use crate::tools::multiprojektplan::examples::beispielportfolio;
        use crate::tools::multiprojektplan::views::zeitplan::geometrie::{
            berechne, Projektauswahl,
        };

        let heute = Datum::neu(2026, 6, 1).unwrap();
        let mut plan = beispielportfolio(heute);
        plan.projekte[0].titel = r#"Akte <script>alert("x")</script> & 'Co'"#.to_owned();
        let auswahl = Projektauswahl::neu(&plan, &Filter::default(), Gruppierung::Keine);
        let g = berechne(&plan, &auswahl, Zoom::Quartal, heute, None);
        let markup = svg_text(&g, true);

        let mut offen: Vec<String> = Vec::new();
        for (name, oeffnend) in tags(&markup) {
            if oeffnend {
                offen.push(name);
            } else {
                assert_eq!(offen.pop().as_deref(), Some(name.as_str()), "{markup}");
            }
        }
        assert!(offen.is_empty());
        assert!(
            !markup.contains("<script"),
            "Nutzertext wird nicht zu Markup"
        );
        assert!(
            markup.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;")
        );

        let projekte = plan.projekte.len();
        assert_eq!(
            markup.matches(r#"<a class="zeitplan__zeile""#).count(),
            projekte
        );
        assert_eq!(markup.matches(r#"tabindex="0""#).count(), 1);
        for i in 0..projekte {
            assert!(
                markup.contains(&format!(r#"data-zeile="{i}""#)),
                "Zeile {i}"
            );
        }
        assert_eq!(
            markup.matches(r#"class="zeitplan__beschriftung""#).count(),
            projekte
        );
        assert!(!g.pfeile.is_empty());
        assert_eq!(markup.matches("marker-end=").count(), g.pfeile.len());
        let ohne = svg_text(&g, false);
        assert_eq!(ohne.matches("marker-end=").count(), 0);
        for teil in [
            "zeitplan__spalte",
            "zeitplan__kopf",
            "zeitplan__ecke",
            "zeitplan__fokusmarke",
        ] {
            assert!(markup.contains(&format!(r#"class="{teil}""#)), "{teil}");
        }
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
