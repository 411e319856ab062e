//! The print view "Verankerungsbericht" for a Lenkungskreis, set for two A4 pages: page 1 the
//! state (key figures, radar with its table), page 2 what to decide (the biggest gaps, open
//! measures with the overdue ones flagged, what changed since the Stichtag before).

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::zusammenfassung::{oder_strich, Angabe, Zusammenfassung};
use crate::shared::text::anzahl;
use crate::tools::verankerung::calc::{self, Veraenderung};
use crate::tools::verankerung::model::ist_offen;

use super::auswertung::{Dimensionstabelle, Lueckenliste, Radar};
use crate::app::components::{Knopf, Knopfart};

/// The page.
#[component]
pub fn Bericht() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let kopf = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.verankerung;
        let stichtag = calc::stichtage(plan)
            .last()
            .map_or("noch keine Bewertung".to_owned(), |d| d.deutsch());
        let behoerde = [
            ab.metadaten.behoerde.as_str(),
            ab.metadaten.bezeichnung.as_str(),
        ]
        .into_iter()
        .filter(|t| !t.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" – ");
        let heute = browser::heute();
        let offen = plan
            .massnahmen
            .iter()
            .filter(|m| ist_offen(m.status))
            .count();
        let ueber = plan
            .massnahmen
            .iter()
            .filter(|m| calc::ueberfaellig(m, heute).is_some())
            .count();
        let luecken = calc::luecken(plan).len();
        (
            behoerde,
            stichtag,
            plan.aktive_ziele().count(),
            luecken,
            offen,
            ueber,
        )
    });
    let drucken = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="knopfleiste vk-nicht-drucken">
            <Knopf art=Knopfart::Primaer id="vk-drucken" bei_klick=drucken>"Bericht drucken"</Knopf>
        </div>
        <p class="kern-hint vk-nicht-drucken">"Der Bericht ist für zwei A4-Seiten im Hochformat gesetzt: Seite 1 der Stand, Seite 2 Lücken, Maßnahmen und Veränderungen."</p>
        <article class="vk-bericht">
            <section class="vk-bericht__seite" aria-labelledby="vk-bericht-stand">
                <h2 class="kern-heading-medium" id="vk-bericht-stand">"Stand der Verankerung"</h2>
                {move || {
                    let (behoerde, stichtag, ziele, luecken, offen, ueber) = kopf.get();
                    view! {
                        <Zusammenfassung>
                            <Angabe bezeichnung="Behörde / Arbeitsbereich">{oder_strich(&behoerde)}</Angabe>
                            <Angabe bezeichnung="Stichtag">{stichtag}</Angabe>
                            <Angabe bezeichnung="Aktive Ziele">{ziele.to_string()}</Angabe>
                            <Angabe bezeichnung="Ziele mit Lücke">{luecken.to_string()}</Angabe>
                            <Angabe bezeichnung="Offene Maßnahmen">{format!("{offen}, davon {ueber} überfällig")}</Angabe>
                        </Zusammenfassung>
                    }
                }}
                <Radar/>
                <Dimensionstabelle/>
            </section>
            <section class="vk-bericht__seite vk-bericht__seite--zwei" aria-labelledby="vk-bericht-entscheiden">
                <h2 class="kern-heading-medium" id="vk-bericht-entscheiden">"Lücken und Maßnahmen"</h2>
                <h3 class="kern-heading-small">"Die größten Lücken"</h3>
                <Lueckenliste hoechstens=8/>
                <h3 class="kern-heading-small">"Offene Maßnahmen"</h3>
                <OffeneMassnahmen/>
                <h3 class="kern-heading-small">"Veränderungen seit dem vorigen Stichtag"</h3>
                <Veraenderungen/>
            </section>
        </article>
    }
}

/// Open measures, overdue ones flagged in words.
#[component]
fn OffeneMassnahmen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.verankerung;
        let heute = browser::heute();
        calc::massnahmen_sortiert(plan)
            .into_iter()
            .filter(|m| ist_offen(m.status))
            .map(|m| {
                let termin = m.termin.map_or("–".to_owned(), |d| d.deutsch());
                let status = match calc::ueberfaellig(m, heute) {
                    Some(t) => format!("⚠ überfällig seit {}", anzahl(t as usize, "Tag", "Tagen")),
                    None => m.status.name().to_owned(),
                };
                (
                    m.titel.clone(),
                    plan.ziel(m.ziel)
                        .map(|z| z.titel.clone())
                        .unwrap_or_default(),
                    m.verantwortlich.clone(),
                    termin,
                    status,
                )
            })
            .collect::<Vec<_>>()
    });
    move || {
        if zeilen.with(Vec::is_empty) {
            return view! { <p class="kern-body">"Keine offene Maßnahme."</p> }.into_any();
        }
        view! {
            <Tabelle id="vk-bericht-massnahmen" titel="Offene Maßnahmen nach Termin">
                <thead><tr>
                    <th scope="col">"Maßnahme"</th><th scope="col">"Verankerungsziel"</th><th scope="col">"Verantwortlich"</th>
                    <th scope="col">"Termin"</th><th scope="col">"Status"</th>
                </tr></thead>
                <tbody>
                    {zeilen.get().into_iter().map(|(titel, ziel, wer, termin, status)| view! {
                        <tr>
                            <th scope="row">{titel}</th><td>{ziel}</td><td>{oder_strich(&wer)}</td>
                            <td class="tabelle__datum">{termin}</td><td class="vk-nicht-umbrechen">{status}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </Tabelle>
        }
        .into_any()
    }
}

/// The goals whose Ist-Stufe changed at their latest assessment, in words.
#[component]
fn Veraenderungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let liste = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.verankerung;
        plan.aktive_ziele()
            .map(|z| (z.titel.clone(), calc::veraenderung(plan, z.id)))
            .filter(|(_, v)| matches!(v, Veraenderung::Hoeher(..) | Veraenderung::Niedriger(..)))
            .collect::<Vec<_>>()
    });
    move || {
        if liste.with(Vec::is_empty) {
            return view! { <p class="kern-body">"Keine Veränderung der Ist-Stufe seit der vorigen Bewertung."</p> }.into_any();
        }
        view! {
            <ul class="vk-veraenderungen">
                {liste.get().into_iter().map(|(titel, v)| view! {
                    <li><span class=v.klasse()>{v.text()}</span>": "{titel}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    }
}
