//! The Wissensträgerkarte: the tree Gebiete → Träger as an SVG diagram from left to right
//! (main branches are the Wissensgebiete, twigs the Träger, fachkonzept §2.6 step 4), with
//! collapsible branches and keyboard navigation after the WAI-ARIA tree pattern (arrow keys
//! along the tree, Home/End, Enter opens: a Gebiet opens or closes its branch, a person opens
//! the offboarding sheet), and the same content as a nested list (the text alternative).
//! Printed, a second, compact drawing of the same tree flows into columns (`calc::druckbild`)
//! and fills one A3 or A4 landscape page; the page names the type size that gives. Persons
//! without consent show as their Rolle/Stelle unless the user chooses names.

use crate::shared::datensatz::Datensaetze;
use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::formular::{Ankreuzfeld, Auswahl};
use crate::tools::wissenslandkarte::calc::{
    self, Knotenart, Papier, DRUCK_EINZUG, DRUCK_ZEICHEN, DRUCK_ZEILE,
};
use crate::tools::wissenslandkarte::model::{Traegertyp, Wissenslandkarte};

use super::{drucken, href, offboarding_href};

/// Height of a row in the diagram.
const ZEILE: usize = 26;
/// Width of a level.
const SPALTE: usize = 190;
/// Room for the longest label of the last level.
const RAND: usize = 300;

/// One node as drawn: its label, where Enter leads, and the row data.
#[derive(Clone, Debug, PartialEq)]
struct Gezeichnet {
    knoten: calc::Knoten,
    text: String,
    /// Longer name for assistive technology.
    name: String,
    /// The label on paper (no branch arrows).
    druck: String,
    ziel: Option<String>,
    gebiet: Option<u32>,
}

fn zeichnen(k: &Wissenslandkarte, eingeklappt: &BTreeSet<u32>, namen: bool) -> Vec<Gezeichnet> {
    calc::karte(k, eingeklappt)
        .into_iter()
        .map(|n| match n.art {
            Knotenart::Gebiet => {
                let g = k.gebiet(n.id);
                let titel = g.map(|g| g.titel.clone()).unwrap_or_default();
                let krit = g.map(|g| g.kritikalitaet.name()).unwrap_or_default();
                let zeichen = if n.kinder == 0 {
                    ""
                } else if n.eingeklappt {
                    "▸ "
                } else {
                    "▾ "
                };
                Gezeichnet {
                    text: format!("{zeichen}{titel}"),
                    druck: titel.clone(),
                    name: format!("{titel}, Wissensgebiet, Kritikalität {krit}"),
                    ziel: None,
                    gebiet: Some(n.id),
                    knoten: n,
                }
            }
            Knotenart::Traeger => {
                let z = k.zuordnungen.mit_id(n.id);
                let t = z.and_then(|z| k.traeger(z.traeger));
                let name = t.map(|t| t.anzeigename(namen)).unwrap_or_default();
                let (symbol, expertise, rolle) = z.map_or(("", "", ""), |z| {
                    (z.expertise.symbol(), z.expertise.name(), z.rolle.name())
                });
                let ziel = t.map(|t| {
                    if t.typ == Traegertyp::Person {
                        offboarding_href(t.id)
                    } else {
                        href(&["traeger"])
                    }
                });
                Gezeichnet {
                    text: format!("{symbol} {name} – {rolle}"),
                    druck: format!("{symbol} {name} – {rolle}"),
                    name: format!("{name} – {rolle}, {expertise}"),
                    ziel,
                    gebiet: None,
                    knoten: n,
                }
            }
        })
        .collect()
}

/// `text` cut to `zeichen` characters, with "…" when shortened.
fn kuerzen(text: &str, zeichen: usize) -> String {
    if text.chars().count() <= zeichen {
        return text.to_owned();
    }
    let mut kurz: String = text.chars().take(zeichen.saturating_sub(1)).collect();
    kurz.push('…');
    kurz
}

/// A type size for the page, German style: "7,8".
fn pt(wert: f64) -> String {
    format!("{wert:.1}").replace('.', ",")
}

/// The drawing for paper: the shown tree in columns (see `calc::druckbild`), hidden on screen
/// and from assistive technology (the tree above and the list below carry the content).
fn druckzeichnung(liste: &[Gezeichnet], bild: &calc::Druckbild) -> AnyView {
    if liste.is_empty() {
        return ().into_any();
    }
    let roh: Vec<calc::Knoten> = liste.iter().map(|g| g.knoten.clone()).collect();
    let (breite, hoehe) = bild.groesse();
    let pos = |(spalte, zeile): (usize, usize), tiefe: usize| {
        (
            spalte * bild.spaltenbreite + tiefe * DRUCK_EINZUG + 6,
            (zeile + 1) * DRUCK_ZEILE - 3,
        )
    };
    // The parent of a node: above it in its column, or repeated at the column's head.
    let eltern_platz = |i: usize| -> Option<(usize, usize)> {
        let e = roh[i].eltern?;
        let (spalte, _) = bild.plaetze[i];
        if bild.plaetze[e].0 == spalte {
            return Some(pos(bild.plaetze[e], roh[e].tiefe));
        }
        bild.fortsetzungen
            .iter()
            .find(|f| f.0 == spalte && f.2 == e)
            .map(|f| pos((f.0, f.1), roh[e].tiefe))
    };
    let kanten = (0..roh.len())
        .filter_map(|i| {
            let (x1, y1) = eltern_platz(i)?;
            let (x2, y2) = pos(bild.plaetze[i], roh[i].tiefe);
            Some(
                view! { <path d=format!("M{x1},{y1} V{y2} H{}", x2 - 4) class="wl-karte__kante"/> },
            )
        })
        .collect_view();
    let zeile = |(x, y): (usize, usize), gebiet: bool, text: String, fort: bool| {
        let marke = if gebiet {
            view! { <circle cx=x.to_string() cy=y.to_string() r="3.5" class="wl-karte__punkt"/> }
                .into_any()
        } else {
            view! { <rect x=(x - 3).to_string() y=(y - 3).to_string() width="6" height="6" class="wl-karte__punkt wl-karte__punkt--traeger"/> }.into_any()
        };
        let klasse = match (gebiet, fort) {
            (_, true) => "wl-karte__text wl-karte__text--fort",
            (true, false) => "wl-karte__text wl-karte__text--gebiet",
            (false, false) => "wl-karte__text",
        };
        view! { {marke}<text x=(x + 7).to_string() y=(y + 4).to_string() class=klasse>{text}</text> }
    };
    let knoten = liste
        .iter()
        .enumerate()
        .map(|(i, g)| {
            zeile(
                pos(bild.plaetze[i], roh[i].tiefe),
                roh[i].art == Knotenart::Gebiet,
                kuerzen(&g.druck, DRUCK_ZEICHEN),
                false,
            )
        })
        .collect_view();
    let fortsetzungen = bild
        .fortsetzungen
        .iter()
        .map(|&(spalte, z, i)| {
            zeile(
                pos((spalte, z), roh[i].tiefe),
                true,
                format!("{} (Forts.)", kuerzen(&liste[i].druck, DRUCK_ZEICHEN - 9)),
                true,
            )
        })
        .collect_view();
    view! {
        <svg class="wl-karte wl-karte--druck" aria-hidden="true" viewBox=format!("0 0 {breite} {hoehe}")
            width=breite.to_string() height=hoehe.to_string()>
            {kanten}{knoten}{fortsetzungen}
        </svg>
    }
    .into_any()
}

/// Moves focus to node `i` of the diagram (an SVG element, which `browser::fokussiere` does
/// not take: it focuses HTML elements only).
fn knoten_fokussieren(i: usize) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("wl-k-knoten-{i}")));
    if let Some(element) = element {
        // `focus()` is called by name on the object, so it works for SVG elements, too.
        let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// The nested list: the same tree as text.
fn liste(k: &Wissenslandkarte, eltern: Option<u32>, tiefe: usize, namen: bool) -> AnyView {
    let kinder = calc::kinder(k, eltern);
    if kinder.is_empty() || tiefe > k.gebiete.len() {
        return ().into_any();
    }
    let eintraege = kinder
        .into_iter()
        .map(|g| {
            let traeger = calc::zuordnungen_von(k, g.id)
                .into_iter()
                .filter_map(|z| {
                    let t = k.traeger(z.traeger)?;
                    Some(view! { <li class="wl-textkarte__traeger">{format!("{} – {}, {}", t.anzeigename(namen), z.expertise.name(), z.rolle.name())}</li> })
                })
                .collect_view();
            let unter = liste(k, Some(g.id), tiefe + 1, namen);
            view! {
                <li>
                    <strong>{g.titel.clone()}</strong>{format!(" (Kritikalität {})", g.kritikalitaet.name())}
                    <ul>{traeger}</ul>
                    {unter}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="wl-textkarte">{eintraege}</ul> }.into_any()
}

/// The page.
#[component]
pub fn Karte() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let eingeklappt = RwSignal::new(BTreeSet::<u32>::new());
    let aktiv = RwSignal::new(0usize);
    let mit_namen = RwSignal::new(false);
    let papier = RwSignal::new(Papier::A3.name().to_owned());
    let knoten = Memo::new(move |_| {
        let zu = eingeklappt.get();
        let namen = mit_namen.get();
        daten.lies(|ab| {
            ab.map(|ab| zeichnen(&ab.werkzeuge.wissenslandkarte, &zu, namen))
                .unwrap_or_default()
        })
    });
    let fokus = move |i: usize| {
        aktiv.set(i);
        request_animation_frame(move || knoten_fokussieren(i));
    };
    let umschalten = move |gebiet: u32| {
        eingeklappt.update(|zu| {
            if !zu.remove(&gebiet) {
                zu.insert(gebiet);
            }
        });
    };
    let taste = move |ev: leptos::ev::KeyboardEvent, i: usize| {
        let liste = knoten.get_untracked();
        // Keys pressed faster than focus follows (it moves in the next frame) count from the
        // node the last key chose, not from the element that still has focus.
        let i = if aktiv.get_untracked() < liste.len() {
            aktiv.get_untracked()
        } else {
            i
        };
        let Some(n) = liste.get(i) else { return };
        let key = ev.key();
        let offen_mit_kindern = n.knoten.art == Knotenart::Gebiet && n.knoten.kinder > 0;
        match key.as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                if let Some(g) = n.gebiet {
                    if offen_mit_kindern {
                        umschalten(g);
                        fokus(i);
                    }
                } else if let Some(ziel) = &n.ziel {
                    browser::setze_hash(ziel);
                }
            }
            "ArrowRight" if offen_mit_kindern && n.knoten.eingeklappt => {
                ev.prevent_default();
                if let Some(g) = n.gebiet {
                    umschalten(g);
                }
                fokus(i);
            }
            "ArrowLeft" if offen_mit_kindern && !n.knoten.eingeklappt => {
                ev.prevent_default();
                if let Some(g) = n.gebiet {
                    umschalten(g);
                }
                fokus(i);
            }
            _ => {
                let roh: Vec<calc::Knoten> = liste.iter().map(|g| g.knoten.clone()).collect();
                if let Some(j) = calc::naechster_knoten(&roh, i, &key) {
                    ev.prevent_default();
                    fokus(j);
                }
            }
        }
    };
    let diagramm = move || {
        let liste = knoten.get();
        if liste.is_empty() {
            return view! { <p class="kern-body">"Die Karte erscheint, sobald ein Wissensgebiet erfasst ist."</p> }.into_any();
        }
        let letzter = liste.len() - 1;
        let ist_aktiv = move |i: usize| aktiv.get().min(letzter) == i;
        let tiefe = liste.iter().map(|n| n.knoten.tiefe).max().unwrap_or(0);
        let breite = tiefe * SPALTE + RAND;
        let hoehe = liste.len() * ZEILE + ZEILE;
        let pos = |n: &calc::Knoten| (n.tiefe * SPALTE + 12, n.zeile * ZEILE + ZEILE);
        let kanten = liste
            .iter()
            .filter_map(|n| {
                let e = liste.get(n.knoten.eltern?)?;
                let (x1, y1) = pos(&e.knoten);
                let (x2, y2) = pos(&n.knoten);
                let d = format!("M{x1},{y1} V{y2} H{}", x2 - 6);
                Some(view! { <path d=d class="wl-karte__kante"/> })
            })
            .collect_view();
        let punkte = liste
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                let (x, y) = pos(&n.knoten);
                let gebiet = n.knoten.art == Knotenart::Gebiet;
                let klasse = if gebiet { "wl-karte__knoten wl-karte__knoten--gebiet" } else { "wl-karte__knoten wl-karte__knoten--traeger" };
                let erweitert = (gebiet && n.knoten.kinder > 0).then(|| (!n.knoten.eingeklappt).to_string());
                let breite_text = n.text.chars().count() * 8 + 24;
                let klick_gebiet = n.gebiet;
                let klick_ziel = n.ziel.clone();
                view! {
                    <g class=klasse role="treeitem" id=format!("wl-k-knoten-{i}") tabindex=move || if ist_aktiv(i) { "0" } else { "-1" }
                        aria-level=(n.knoten.tiefe + 1).to_string() aria-expanded=erweitert aria-label=n.name.clone()
                        aria-selected=move || if ist_aktiv(i) { "true" } else { "false" }
                        on:keydown=move |ev| taste(ev, i)
                        on:focus=move |_| if aktiv.get_untracked() != i { aktiv.set(i) }
                        on:click=move |_| {
                            aktiv.set(i);
                            if let Some(g) = klick_gebiet { umschalten(g); fokus(i); } else if let Some(z) = &klick_ziel { browser::setze_hash(z); }
                        }>
                        <rect class="wl-karte__flaeche" x=(x - 8).to_string() y=(y - 11).to_string() width=breite_text.to_string() height="22" rx="4"/>
                        {if gebiet {
                            view! { <circle cx=x.to_string() cy=y.to_string() r="5" class="wl-karte__punkt"/> }.into_any()
                        } else {
                            view! { <rect x=(x - 4).to_string() y=(y - 4).to_string() width="8" height="8" class="wl-karte__punkt"/> }.into_any()
                        }}
                        <text x=(x + 10).to_string() y=(y + 5).to_string() class="wl-karte__text">{n.text.clone()}</text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <div class="wl-karte__rahmen">
                <svg class="wl-karte" role="tree" aria-label="Wissensträgerkarte: Wissensgebiete mit ihren Trägern"
                    viewBox=format!("0 0 {breite} {hoehe}") width=breite.to_string() height=hoehe.to_string()>
                    <g aria-hidden="true">{kanten}</g>
                    {punkte}
                </svg>
            </div>
        }
        .into_any()
    };
    let textkarte = move || {
        let namen = mit_namen.get();
        {
            let karte = super::karte_lesen(&daten);
            let k = &karte;
            if k.gebiete.is_empty() {
                return view! { <p class="kern-body">"Noch ist kein Wissensgebiet erfasst."</p> }
                    .into_any();
            }
            liste(k, None, 0, namen)
        }
    };
    // The paper layout, computed once per change of the shown tree for drawing and hint.
    let druckbild = Memo::new(move |_| {
        knoten.with(|liste| {
            let roh: Vec<calc::Knoten> = liste.iter().map(|g| g.knoten.clone()).collect();
            let zeichen: Vec<usize> = liste.iter().map(|g| g.druck.chars().count()).collect();
            calc::druckbild(&roh, &zeichen)
        })
    });
    let druck = move || druckbild.with(|bild| druckzeichnung(&knoten.get(), bild));
    let druckhinweis = move || {
        if knoten.with(|liste| liste.is_empty()) {
            return String::new();
        }
        let bild = druckbild.get();
        let spalten = if bild.spalten == 1 {
            "einer Spalte".to_owned()
        } else {
            format!("{} Spalten", bild.spalten)
        };
        format!(
            "Gedruckt wird, was hier aufgeklappt ist, auf einer Seite quer in {spalten}: Schrift etwa {} pt auf A3, {} pt auf A4. Für große Karten A3 wählen oder Zweige einklappen.",
            pt(bild.schrift_pt(Papier::A3)),
            pt(bild.schrift_pt(Papier::A4))
        )
    };
    let blatt_klasse = move || {
        if papier.get() == Papier::A4.name() {
            "wl-druckblatt wl-kartenblatt wl-kartenblatt--a4"
        } else {
            "wl-druckblatt wl-kartenblatt"
        }
    };
    let papieroptionen = vec![
        ("A3".to_owned(), "A3 quer (empfohlen)".to_owned()),
        ("A4".to_owned(), "A4 quer".to_owned()),
    ];
    let alle_auf = move |_| eingeklappt.set(BTreeSet::new());
    let alle_zu = move |_| {
        let oben: BTreeSet<u32> = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| {
                calc::kinder(&ab.werkzeuge.wissenslandkarte, None)
                    .into_iter()
                    .map(|g| g.id)
                    .collect()
            })
            .unwrap_or_default()
        });
        eingeklappt.set(oben);
        aktiv.set(0);
    };
    view! {
        <div class="wl-nicht-drucken">
            <p class="kern-body">"Hauptäste sind die Wissensgebiete, Zweige ihre Träger (● Expertise, ◐ Anwendung, ○ Grundkenntnisse). Mit Tab erreichen Sie die Karte; Pfeiltasten bewegen durch den Baum, Pfeil rechts und links klappen Zweige auf und zu, Enter öffnet einen Zweig oder das Offboarding-Blatt einer Person. Dieselbe Karte steht unten als Liste."</p>
            <Ankreuzfeld id="wl-k-namen" beschriftung="Namen von Personen ohne Einwilligung zeigen (auch im Druck)"
                wert=mit_namen bei_eingabe=Callback::new(move |w| mit_namen.set(w))/>
            <Auswahl id="wl-k-papier" beschriftung="Papierformat für den Druck" optionen=papieroptionen
                wert=papier bei_eingabe=Callback::new(move |w| papier.set(w))/>
            <p class="kern-hint" id="wl-k-druckhinweis">{druckhinweis}</p>
            <div class="knopfleiste">
                <Knopf id="wl-k-auf" bei_klick=alle_auf>"Alle Zweige aufklappen"</Knopf>
                <Knopf id="wl-k-zu" bei_klick=alle_zu>"Alle Zweige einklappen"</Knopf>
                <Knopf art=Knopfart::Primaer id="wl-k-drucken" bei_klick=move |_| drucken()>"Karte drucken"</Knopf>
            </div>
        </div>
        <figure class=blatt_klasse>
            <div class="wl-nicht-drucken">{diagramm}</div>
            <div class="wl-nur-drucken-block">{druck}</div>
            <figcaption class="kern-hint">"Karte der Wissensgebiete und ihrer Träger; Zeichen vor dem Namen: Expertise, nach dem Strich: Rolle."</figcaption>
        </figure>
        <h2 class="kern-heading-medium wl-nicht-drucken" id="wl-k-liste">"Karte als Liste"</h2>
        <div class="wl-nicht-drucken">{textkarte}</div>
    }
}
