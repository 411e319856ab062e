//! The radar (spider) chart Soll vs Ist for a role (Ist = mean over the role's persons) or a
//! person (by code): one axis per competence with a Soll, rings for the levels 1–3, Ist as a
//! filled shape with points, Soll dashed; the same figures as a table below.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::Auswahl;
use crate::tools::kompetenzreflexion::calc::{self, zehntel_text, Achse};

const MITTE: f64 = 260.0;
const RADIUS: f64 = 170.0;

/// The point of value `zehntel` (0–30) on axis `i` of `n` (0 up, then clockwise).
fn punkt(i: usize, n: usize, zehntel: u32) -> (i64, i64) {
    let winkel = std::f64::consts::TAU * i as f64 / n.max(1) as f64;
    let r = f64::from(zehntel) * RADIUS / 30.0;
    (
        (MITTE + r * winkel.sin()).round() as i64,
        (MITTE - r * winkel.cos()).round() as i64,
    )
}

fn vieleck(werte: &[Option<u32>]) -> String {
    werte
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let (x, y) = punkt(i, werte.len(), w.unwrap_or(0));
            format!("{x},{y}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The page.
#[component]
pub fn Radar() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let optionen = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        k.rollen
            .iter()
            .map(|r| (format!("r{}", r.id), format!("Rolle: {}", r.name)))
            .chain(
                k.personen
                    .iter()
                    .map(|p| (format!("p{}", p.id), format!("Person: {}", p.kennung))),
            )
            .collect::<Vec<_>>()
    });
    // The first role with persons, else the first option.
    let start = daten.lies_ungetrackt(|ab| {
        let k = &ab?.werkzeuge.kompetenzreflexion;
        k.rollen
            .iter()
            .find(|r| k.personen.iter().any(|p| p.rolle == Some(r.id)))
            .or(k.rollen.first())
            .map(|r| format!("r{}", r.id))
    });
    let wahl = RwSignal::new(start.unwrap_or_default());
    let achsen = daten.ableiten(move |ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        let w = wahl.get();
        let (art, id) = w.split_at(w.len().min(1));
        let id: u32 = id.parse().unwrap_or(0);
        match art {
            "r" => calc::radar_rolle(k, id),
            "p" => k
                .person(id)
                .map(|p| calc::radar_person(k, p))
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    });
    view! {
        {move || view! {
            <Auswahl id="kr-radar-wahl" beschriftung="Netzdiagramm für" filter=true optionen=optionen.get() wert=wahl bei_eingabe=Callback::new(move |w| wahl.set(w))/>
        }}
        {move || {
            let a = achsen.get();
            if a.len() < 3 {
                view! { <p class="kern-body">"Für ein Netzdiagramm braucht die Auswahl mindestens drei Kompetenzen mit Soll-Niveau."</p> }.into_any()
            } else {
                view! { <Diagramm achsen=a.clone()/> <Tabellenfassung achsen=a/> }.into_any()
            }
        }}
    }
}

/// The SVG chart.
#[component]
fn Diagramm(achsen: Vec<Achse>) -> impl IntoView {
    let n = achsen.len();
    let soll: Vec<Option<u32>> = achsen.iter().map(|a| a.soll).collect();
    let ist: Vec<Option<u32>> = achsen.iter().map(|a| a.ist).collect();
    let werte_text = achsen
        .iter()
        .map(|a| {
            format!(
                "{}: Soll {}, Ist {}",
                a.name,
                zehntel_text(a.soll),
                zehntel_text(a.ist)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let beschriftung = format!("Netzdiagramm Soll und Ist je Kompetenz (Niveau 1 bis 3). {werte_text}. Die Werte stehen auch in der Tabelle darunter.");
    let ringe = (1..=3_u32)
        .map(|s| {
            let (x, y) = punkt(0, n, s * 10);
            view! {
                <polygon points=vieleck(&vec![Some(s * 10); n]) class="kr-radar__ring"/>
                <text x=x + 4 y=y + 14 class="kr-radar__skala">{s.to_string()}</text>
            }
        })
        .collect_view();
    let beschriftungen = achsen
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let (x, y) = punkt(i, n, 30);
            let (tx, ty) = punkt(i, n, 34);
            let anker = if tx > MITTE as i64 + 5 {
                "start"
            } else if tx < MITTE as i64 - 5 {
                "end"
            } else {
                "middle"
            };
            let kurz: String = if a.name.chars().count() > 22 {
                format!("{}…", a.name.chars().take(21).collect::<String>())
            } else {
                a.name.clone()
            };
            view! {
                <line x1=MITTE as i64 y1=MITTE as i64 x2=x y2=y class="kr-radar__achse"/>
                <text x=tx y=ty text-anchor=anker class="kr-radar__name">{kurz}</text>
            }
        })
        .collect_view();
    let punkte = ist
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.map(|w| punkt(i, n, w)))
        .map(|(x, y)| view! { <circle cx=x cy=y r="5" class="kr-radar__punkt"/> })
        .collect_view();
    view! {
        <figure class="kr-figur">
            <svg class="kr-radar" viewBox="-120 0 760 520" role="img" aria-label=beschriftung>
                {ringe}
                {beschriftungen}
                <polygon points=vieleck(&soll) class="kr-radar__soll" stroke-dasharray="8 5"/>
                <polygon points=vieleck(&ist) class="kr-radar__ist"/>
                {punkte}
            </svg>
            <figcaption>
                <ul class="kr-legende">
                    <li><span class="kr-legende__linie kr-legende__linie--ist" aria-hidden="true"></span>"Ist: durchgezogene Linie, Fläche, Punkte"</li>
                    <li><span class="kr-legende__linie kr-legende__linie--soll" aria-hidden="true"></span>"Soll: gestrichelte Linie"</li>
                </ul>
            </figcaption>
        </figure>
    }
}

/// The table alternative.
#[component]
fn Tabellenfassung(achsen: Vec<Achse>) -> impl IntoView {
    view! {
        <Tabelle id="kr-radar-tabelle" titel="Soll und Ist je Kompetenz (Tabellenfassung des Netzdiagramms)"
            spalten=&["Kompetenz", "Soll", "Ist", "Lücke", "Eingeschätzte Personen"] zahlenspalten=&[1, 2, 3, 4]>
            <tbody>
                {achsen.into_iter().map(|a| {
                    let luecke = match (a.soll, a.ist) {
                        (Some(s), Some(i)) if s >= i => zehntel_text(Some(s - i)),
                        (Some(s), Some(i)) => format!("−{}", zehntel_text(Some(i - s))),
                        _ => "–".to_owned(),
                    };
                    view! {
                        <tr>
                            <th scope="row">{a.name}</th>
                            <td class="zahl">{zehntel_text(a.soll)}</td>
                            <td class="zahl">{zehntel_text(a.ist)}</td>
                            <td class="zahl">{luecke}</td>
                            <td class="zahl">{a.bewertet}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </Tabelle>
    }
}
