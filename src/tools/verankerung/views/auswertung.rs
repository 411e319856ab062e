//! The analysis: the radar chart Ist vs Ziel per Dimension (SVG, values written beside every
//! axis, and the same figures as a table), the gap list sorted by size and Dimension, and the
//! timeline of the average Ist-Stufe per Dimension across Stichtage (SVG with a table). The
//! parts are components, so the print view "Verankerungsbericht" shows the same figures.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::shared::datum::Datum;
use crate::shared::text::anzahl;
use crate::shared::vokabular::Dimension;
use crate::tools::verankerung::calc::{self, zehntel_text, Dimensionsstand, Luecke};

use super::{href, ziel_href};
use crate::shared::sortieren::Sortieren;

/// The page.
#[component]
pub fn Auswertung() -> impl IntoView {
    view! {
        <p class="kern-body"><a class="kern-link" href=href(&["bericht"])>"Als Verankerungsbericht drucken"</a></p>
        <h2 class="kern-heading-medium" id="vk-radar-titel">"Ist und Ziel je Dimension"</h2>
        <Radar/>
        <Dimensionstabelle/>
        <h2 class="kern-heading-medium">"Lücken, größte zuerst"</h2>
        <Lueckenliste/>
        <h2 class="kern-heading-medium">"Verlauf der mittleren Ist-Stufe"</h2>
        <Zeitverlauf/>
    }
}

/// The averages per Dimension now, and at the Stichtag before the latest.
type Staende = (Vec<Dimensionsstand>, Option<(Datum, Vec<Dimensionsstand>)>);

/// Current averages per Dimension and those of the Stichtag before the latest.
fn staende(daten: Daten) -> Memo<Staende> {
    Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else {
                return (Vec::new(), None);
            };
            let plan = &ab.werkzeuge.verankerung;
            let tage = calc::stichtage(plan);
            let vorher = tage
                .len()
                .checked_sub(2)
                .map(|i| (tage[i], calc::dimensionen(plan, Some(tage[i]))));
            (calc::dimensionen(plan, None), vorher)
        })
    })
}

const MITTE: i64 = 210;
const RADIUS: i64 = 130;

/// The point of value `zehntel` (0–40) on the axis of Dimension number `achse` (0 up, then
/// clockwise).
fn punkt(achse: usize, zehntel: u32) -> (i64, i64) {
    let r = i64::from(zehntel) * RADIUS / 40;
    match achse {
        0 => (MITTE, MITTE - r),
        1 => (MITTE + r, MITTE),
        2 => (MITTE, MITTE + r),
        _ => (MITTE - r, MITTE),
    }
}

fn vieleck(werte: &[Option<u32>]) -> String {
    werte
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let (x, y) = punkt(i, w.unwrap_or(0));
            format!("{x},{y}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The radar chart: one axis per Dimension, rings for the levels 0–4, Ist as a filled shape
/// with solid outline, Ziel dashed; every axis carries its values in text.
#[component]
pub fn Radar() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let staende = staende(daten);
    move || {
        let jetzt = staende.with(|s| s.0.clone());
        let ist: Vec<Option<u32>> = jetzt.iter().map(|d| d.ist).collect();
        let soll: Vec<Option<u32>> = jetzt.iter().map(|d| d.soll).collect();
        let werte_text = jetzt
            .iter()
            .map(|d| {
                format!(
                    "{}: Ist {}, Ziel {}",
                    d.dimension.name(),
                    zehntel_text(d.ist),
                    zehntel_text(d.soll)
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        let beschriftung = format!("Netzdiagramm der mittleren Stufen je Dimension (0 bis 4). {werte_text}. Die Werte stehen auch in der Tabelle darunter.");
        let ringe = (1..=4_u32)
            .map(|s| {
                let punkte = vieleck(&[Some(s * 10); 4]);
                let (x, y) = punkt(0, s * 10);
                view! {
                    <polygon points=punkte class="vk-radar__ring"/>
                    <text x=x + 4 y=y + 12 class="vk-radar__skala">{s.to_string()}</text>
                }
            })
            .collect_view();
        let achsen = jetzt
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let (x, y) = punkt(i, 40);
                let (tx, ty, anker) = match i {
                    0 => (MITTE, 30, "middle"),
                    1 => (MITTE + RADIUS + 8, MITTE - 8, "start"),
                    2 => (MITTE, MITTE + RADIUS + 26, "middle"),
                    _ => (MITTE - RADIUS - 8, MITTE - 8, "end"),
                };
                view! {
                    <line x1=MITTE y1=MITTE x2=x y2=y class="vk-radar__achse"/>
                    <text x=tx y=ty text-anchor=anker class="vk-radar__name">{d.dimension.name()}</text>
                    <text x=tx y=ty + 16 text-anchor=anker class="vk-radar__wert">{format!("Ist {} · Ziel {}", zehntel_text(d.ist), zehntel_text(d.soll))}</text>
                }
            })
            .collect_view();
        let marken = ist
            .iter()
            .enumerate()
            .filter_map(|(i, w)| w.map(|w| punkt(i, w)))
            .map(|(x, y)| view! { <circle cx=x cy=y r="5" class="vk-radar__punkt"/> })
            .collect_view();
        view! {
            <figure class="vk-figur">
                <svg class="vk-radar" viewBox="-110 0 640 440" role="img" aria-label=beschriftung>
                    {ringe}
                    {achsen}
                    <polygon points=vieleck(&soll) class="vk-radar__soll" stroke-dasharray="8 5"/>
                    <polygon points=vieleck(&ist) class="vk-radar__ist"/>
                    {marken}
                </svg>
                <figcaption>
                    <ul class="vk-legende">
                        <li><span class="vk-legende__linie vk-legende__linie--ist" aria-hidden="true"></span>"Ist: durchgezogene Linie, Fläche, Punkte"</li>
                        <li><span class="vk-legende__linie vk-legende__linie--soll" aria-hidden="true"></span>"Ziel: gestrichelte Linie"</li>
                    </ul>
                    <p class="kern-hint">{werte_text}</p>
                </figcaption>
            </figure>
        }
    }
}

/// The table alternative of the radar, with the change since the Stichtag before the latest.
#[component]
pub fn Dimensionstabelle() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let staende = staende(daten);
    let zeilen = move || {
        staende.with(|(jetzt, vorher)| {
            jetzt
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let alt = vorher.as_ref().and_then(|(_, v)| v[i].ist);
                    let aenderung = match (alt, d.ist) {
                        (Some(a), Some(b)) if b > a => format!("▲ +{}", zehntel_text(Some(b - a))),
                        (Some(a), Some(b)) if b < a => format!("▼ −{}", zehntel_text(Some(a - b))),
                        (Some(_), Some(_)) => "= gleich".to_owned(),
                        _ => "–".to_owned(),
                    };
                    let luecke = match (d.ist, d.soll) {
                        (Some(i), Some(s)) => zehntel_text(Some(s.saturating_sub(i))),
                        _ => "–".to_owned(),
                    };
                    view! {
                        <tr>
                            <th scope="row">{d.dimension.name()}</th>
                            <td class="zahl">{zehntel_text(d.ist)}</td>
                            <td class="zahl">{zehntel_text(d.soll)}</td>
                            <td class="zahl">{luecke}</td>
                            <td class="zahl">{zehntel_text(alt)}</td>
                            <td class="vk-nicht-umbrechen">{aenderung}</td>
                            <td>{format!("{} von {}", d.bewertet, anzahl(d.ziele, "Ziel", "Zielen"))}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let vorher = move || {
        staende.with(|(_, v)| {
            v.as_ref()
                .map_or("Ist am vorigen Stichtag".to_owned(), |(d, _)| {
                    format!("Ist am {}", d.deutsch())
                })
        })
    };
    view! {
        <Tabelle id="vk-dimensionen-titel" titel="Mittlere Stufen je Dimension (Tabellenfassung des Netzdiagramms)">
            <thead><tr>
                <th scope="col">"Dimension"</th><th scope="col">"Ist Ø"</th><th scope="col">"Ziel Ø"</th><th scope="col">"Lücke Ø"</th>
                <th scope="col">{vorher}</th><th scope="col">"Veränderung"</th><th scope="col">"Bewertet"</th>
            </tr></thead>
            <tbody>{zeilen}</tbody>
        </Tabelle>
    }
}

/// The gap list; with `hoechstens` only the biggest gaps.
#[component]
pub fn Lueckenliste(
    /// Show at most this many gaps.
    #[prop(optional)]
    hoechstens: Option<usize>,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let liste = Memo::new(move |_| {
        daten.lies(|ab| {
            let mut l: Vec<Luecke> =
                ab.map_or(Vec::new(), |ab| calc::luecken(&ab.werkzeuge.verankerung));
            if let Some(n) = hoechstens {
                l.truncate(n);
            }
            l
        })
    });
    move || {
        if liste.with(Vec::is_empty) {
            return view! { <p class="kern-body">"Keine Lücke: Jedes bewertete Ziel hat seine Ziel-Stufe erreicht."</p> }.into_any();
        }
        view! {
            <Tabelle id="vk-luecken-titel" titel="Lücken zwischen Ist- und Ziel-Stufe, nach Größe und Dimension">
                <thead><tr>
                    <th scope="col">"Verankerungsziel"</th><th scope="col">"Dimension"</th><th scope="col">"Lücke"</th>
                    <th scope="col">"Ist"</th><th scope="col">"Ziel-Stufe"</th><th scope="col">"Offene Maßnahmen"</th>
                </tr></thead>
                <tbody>
                    {liste.get().into_iter().map(|l| view! {
                        <tr>
                            <th scope="row"><a class="kern-link" href=ziel_href(l.ziel)>{l.titel.clone()}</a></th>
                            <td>{l.dimension.map_or("–", Dimension::name)}</td>
                            <td class="zahl vk-nicht-umbrechen">{anzahl(usize::from(l.luecke), "Stufe", "Stufen")}</td>
                            <td class="vk-nicht-umbrechen">{l.ist.name()}</td>
                            <td class="vk-nicht-umbrechen">{l.soll.name()}</td>
                            <td>{if l.offene_massnahmen == 0 {
                                view! { <strong>"keine"</strong>" – "<a class="kern-link vk-nicht-drucken" href=format!("{}", ziel_href(l.ziel))>"Maßnahme planen"</a> }.into_any()
                            } else {
                                l.offene_massnahmen.to_string().into_any()
                            }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </Tabelle>
        }
        .into_any()
    }
}

const BREITE: i64 = 640;
const HOEHE: i64 = 260;
const LINKS: i64 = 40;
const RECHTS: i64 = 120;
const OBEN: i64 = 14;
const UNTEN: i64 = 30;

/// Dash pattern and marker shape per Dimension, so lines differ without colour.
const STRICHE: [&str; 4] = ["", "8 4", "2 4", "12 4 2 4"];

/// Where each line's name goes: beside its last point, moved apart so no two names overlap.
fn namenshoehen(punkte: &[Vec<(i64, i64)>]) -> Vec<Option<(i64, i64)>> {
    let mut enden: Vec<(usize, (i64, i64))> = punkte
        .iter()
        .enumerate()
        .filter_map(|(d, p)| p.last().map(|&e| (d, e)))
        .collect();
    enden.sortiere_nach_schluessel(|&(d, (_, y))| (y, d));
    let mut naechste = i64::MIN;
    let mut ergebnis = vec![None; punkte.len()];
    for (d, (x, y)) in enden {
        let hoehe = y.max(naechste);
        naechste = hoehe + 16;
        ergebnis[d] = Some((x, hoehe));
    }
    ergebnis
}

/// The timeline of the average Ist-Stufe per Dimension across Stichtage, with its table.
#[component]
pub fn Zeitverlauf() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let reihe = daten.ableiten(move |ab| calc::zeitreihe(&ab.werkzeuge.verankerung));
    let diagramm = move || {
        let reihe = reihe.get();
        let n = reihe.len() as i64;
        let x = move |i: i64| {
            if n <= 1 {
                LINKS + (BREITE - LINKS - RECHTS) / 2
            } else {
                LINKS + i * (BREITE - LINKS - RECHTS) / (n - 1)
            }
        };
        let y = |z: u32| OBEN + (HOEHE - OBEN - UNTEN) - i64::from(z) * (HOEHE - OBEN - UNTEN) / 40;
        let punkte: Vec<Vec<(i64, i64)>> = (0..Dimension::ALLE.len())
            .map(|d| {
                reihe
                    .iter()
                    .enumerate()
                    .filter_map(|(i, (_, stand))| stand[d].ist.map(|w| (x(i as i64), y(w))))
                    .collect()
            })
            .collect();
        let namen = namenshoehen(&punkte);
        let linien = Dimension::ALLE
            .iter()
            .enumerate()
            .map(|(d, dim)| {
                let klasse = format!("vk-verlauf__linie vk-verlauf__linie--{d}");
                let text = punkte[d].iter().map(|(a, b)| format!("{a},{b}")).collect::<Vec<_>>().join(" ");
                view! {
                    <polyline points=text class=klasse.clone() stroke-dasharray=STRICHE[d]/>
                    {punkte[d].iter().map(|&(a, b)| view! { <rect x=a - 3 y=b - 3 width="6" height="6" class=klasse.clone()/> }).collect_view()}
                    {namen[d].map(|(a, b)| view! { <text x=a + 10 y=b + 4 class="vk-verlauf__name">{dim.name()}</text> })}
                }
            })
            .collect_view();
        let achse = reihe
            .iter()
            .enumerate()
            .map(|(i, (tag, _))| view! { <text x=x(i as i64) y=HOEHE - 8 text-anchor="middle" class="vk-verlauf__achse">{tag.deutsch()}</text> })
            .collect_view();
        let stufen = (0..=4_u32)
            .map(|s| view! {
                <line x1=LINKS y1=y(s * 10) x2=BREITE - RECHTS y2=y(s * 10) class="vk-verlauf__gitter"/>
                <text x="8" y=y(s * 10) + 4 class="vk-verlauf__achse">{s.to_string()}</text>
            })
            .collect_view();
        let beschriftung = format!(
            "Liniendiagramm der mittleren Ist-Stufe je Dimension über {}; jede Dimension hat ein eigenes Strichmuster und ist am Linienende benannt. Die Werte stehen in der Tabelle darunter.",
            anzahl(reihe.len(), "Stichtag", "Stichtage")
        );
        view! {
            <figure class="vk-figur vk-figur--breit">
                <svg class="vk-verlauf" viewBox=format!("0 0 {BREITE} {HOEHE}") role="img" aria-label=beschriftung>
                    {stufen}{achse}{linien}
                </svg>
            </figure>
        }
    };
    let zeilen = move || {
        reihe.get().into_iter().map(|(tag, stand)| view! {
            <tr>
                <th scope="row" class="tabelle__datum">{tag.deutsch()}</th>
                {stand.iter().map(|d| view! { <td class="zahl">{zehntel_text(d.ist)}</td> }).collect_view()}
            </tr>
        }).collect_view()
    };
    move || {
        if reihe.with(Vec::is_empty) {
            return view! { <p class="kern-body">"Noch keine Bewertung: Der Verlauf beginnt mit dem ersten Stichtag."</p> }.into_any();
        }
        view! {
            {diagramm}
            <Tabelle id="vk-zeitreihe-titel" titel="Mittlere Ist-Stufe je Dimension und Stichtag (Tabellenfassung)">
                <thead><tr>
                    <th scope="col">"Stichtag"</th>
                    {Dimension::ALLE.iter().map(|d| view! { <th scope="col">{d.name()}</th> }).collect_view()}
                </tr></thead>
                <tbody>{zeilen}</tbody>
            </Tabelle>
        }
        .into_any()
    }
}
