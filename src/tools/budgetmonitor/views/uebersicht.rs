//! The overview: key figures of the Haushaltsjahr at the Stichtag, the tree table Einzelplan →
//! Kapitel → Titel with subtotals (each group opens and closes with a button in its row
//! header), and the stacked bars Ist / gebunden / frei per Titel with their values as text.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{AmpelMarke, Tabelle};
use crate::app::daten::Daten;
use crate::shared::format;
use crate::shared::vokabular::Ampel;
use crate::tools::budgetmonitor::calc::{self, Rahmen, Summen};

use super::{href, prozent, titel_href};

/// The overview page (the frame shows the empty state while there is no Haushaltsstelle).
#[component]
pub fn Uebersicht() -> impl IntoView {
    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["neu"])>
                <span class="kern-label">"Neue Haushaltsstelle"</span>
            </a>
        </div>
        <Kennzahlen/>
        <Baum/>
        <Balken/>
    }
}

/// The report's tree, recomputed when the data change.
fn baum_memo(daten: Daten) -> Memo<Option<calc::Baum>> {
    Memo::new(move |_| {
        daten.lies(|ab| {
            let bm = &ab?.werkzeuge.budgetmonitor;
            Some(calc::baum(bm, Rahmen::von(bm, browser::heute())))
        })
    })
}

/// Key figures above the table.
#[component]
fn Kennzahlen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let baum = baum_memo(daten);
    let zahlen = move || {
        baum.with(|b| {
            let Some(b) = b else { return Vec::new() };
            let g = b.gesamt;
            let zaehle = |a: Ampel| b.titel().filter(|t| t.ampel == a).count();
            vec![
                ("Haushaltsjahr", b.rahmen.jahr.to_string()),
                ("Berichtsstichtag", b.rahmen.stichtag.deutsch()),
                ("verfügbares Soll", format::euro(g.soll())),
                (
                    "Ist",
                    format!("{} ({})", format::euro(g.ist), prozent(g.abflussquote())),
                ),
                ("gebunden", format::euro(g.gebunden)),
                ("frei", format::euro(g.frei())),
                (
                    "Abfluss gegenüber Plan",
                    format!(
                        "{} (Soll-Abfluss {})",
                        format::euro(g.abfluss_abweichung()),
                        format::euro(g.plan_bis_stichtag)
                    ),
                ),
                (
                    "Prognose Jahresende",
                    if g.hat_prognose {
                        format!(
                            "{} ({} gegenüber Soll)",
                            format::euro(g.prognose),
                            prozent(g.abweichung_promille())
                        )
                    } else {
                        "–".to_owned()
                    },
                ),
                (
                    "Ampeln",
                    format!(
                        "{} grün, {} gelb, {} rot, {} nicht bewertet",
                        zaehle(Ampel::Gruen),
                        zaehle(Ampel::Gelb),
                        zaehle(Ampel::Rot),
                        zaehle(Ampel::Grau)
                    ),
                ),
            ]
        })
    };
    view! {
        <dl class="kennzahlen" id="budget-kennzahlen">
            {move || zahlen().into_iter().map(|(name, wert)| view! {
                <div class="kennzahlen__eintrag">
                    <dt class="kern-label">{name}</dt>
                    <dd class="kern-body kennzahlen__wert">{wert}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}

/// The figure cells of a row (after the row header and Zweckbestimmung).
fn zahlzellen(s: &Summen, ampel: Ampel, rest: String) -> impl IntoView {
    let e = |c: i64| format::euro(c);
    view! {
        <td class="zahl">{e(s.soll())}</td>
        <td class="zahl">{e(s.ist)}</td>
        <td class="zahl">{e(s.gebunden)}</td>
        <td class="zahl">{e(s.frei())}</td>
        <td class="zahl">{prozent(s.abflussquote())}</td>
        <td class="zahl">{prozent(s.bindungsquote())}</td>
        <td class="zahl">{e(s.plan_bis_stichtag)}</td>
        <td class="zahl">{if s.hat_prognose { e(s.prognose) } else { "–".to_owned() }}</td>
        <td class="zahl">{prozent(s.abweichung_promille())}</td>
        <td><AmpelMarke ampel/></td>
        <td>{rest}</td>
    }
}

/// The tree table.
#[component]
fn Baum() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let baum = baum_memo(daten);
    let zu = RwSignal::new(HashSet::<String>::new());
    let umschalten = move |schluessel: String| {
        zu.update(|z| {
            if !z.remove(&schluessel) {
                z.insert(schluessel);
            }
        });
    };
    let zeilen = move || {
        let (tol_g, tol_y) = daten.lies(|ab| {
            ab.map_or((50, 100), |ab| {
                (
                    ab.werkzeuge.budgetmonitor.toleranz_gruen,
                    ab.werkzeuge.budgetmonitor.toleranz_gelb,
                )
            })
        });
        let gruppenampel = move |s: &Summen| calc::ampel(s.abweichung_promille(), tol_g, tol_y);
        baum.with(|b| {
            let Some(b) = b else { return Vec::new() };
            let stellen = daten.lies(|ab| {
                ab
                    .map(|ab| ab.werkzeuge.budgetmonitor.haushaltsstellen.clone())
                    .unwrap_or_default()
            });
            let mut zeilen = Vec::new();
            for e in &b.einzelplaene {
                let ep_schluessel = format!("ep-{}", e.einzelplan);
                let ep_offen = !zu.with(|z| z.contains(&ep_schluessel));
                let ep_name = if e.einzelplan.is_empty() {
                    "Freie Haushaltsstellen".to_owned()
                } else {
                    format!("Einzelplan {}", e.einzelplan)
                };
                let s = ep_schluessel.clone();
                zeilen.push(view! {
                    <tr class="budget-baum__ep">
                        <th scope="row" colspan="2">
                            <button type="button" class="budget-baum__knopf" aria-expanded=ep_offen.to_string()
                                on:click=move |_| umschalten(s.clone())>
                                <span aria-hidden="true">{if ep_offen { "▾ " } else { "▸ " }}</span>
                                {ep_name.clone()}
                            </button>
                        </th>
                        {zahlzellen(&e.summen, gruppenampel(&e.summen), String::new())}
                    </tr>
                }.into_any());
                if !ep_offen {
                    continue;
                }
                for k in &e.kapitel {
                    let k_schluessel = format!("kap-{}-{}", e.einzelplan, k.kapitel);
                    let k_offen = !zu.with(|z| z.contains(&k_schluessel));
                    if !k.kapitel.is_empty() {
                        let s = k_schluessel.clone();
                        zeilen.push(view! {
                            <tr class="budget-baum__kapitel">
                                <th scope="row" colspan="2">
                                    <button type="button" class="budget-baum__knopf budget-baum__einzug1" aria-expanded=k_offen.to_string()
                                        on:click=move |_| umschalten(s.clone())>
                                        <span aria-hidden="true">{if k_offen { "▾ " } else { "▸ " }}</span>
                                        {format!("Kapitel {}", k.kapitel)}
                                    </button>
                                </th>
                                {zahlzellen(&k.summen, gruppenampel(&k.summen), String::new())}
                            </tr>
                        }.into_any());
                    }
                    if !k_offen {
                        continue;
                    }
                    for t in &k.titel {
                        let Some(h) = stellen.iter().find(|h| h.id == t.haushaltsstelle) else {
                            continue;
                        };
                        zeilen.push(view! {
                            <tr>
                                <th scope="row">
                                    <a class="kern-link budget-baum__einzug2" href=titel_href(h.id)>{h.bezeichnung()}</a>
                                </th>
                                <td>{h.zweckbestimmung.clone()}</td>
                                {zahlzellen(&t.summen, t.ampel, t.ausgaberest.text())}
                            </tr>
                        }.into_any());
                    }
                }
            }
            let g = b.gesamt;
            zeilen.push(view! {
                <tr class="budget-baum__gesamt">
                    <th scope="row" colspan="2">{format!("Gesamt {}", b.rahmen.jahr)}</th>
                    {zahlzellen(&g, gruppenampel(&g), String::new())}
                </tr>
            }.into_any());
            zeilen
        })
    };
    view! {
        <h2 class="kern-heading-medium">"Haushaltsüberwachung"</h2>
        <div class="knopfleiste knopfleiste--eng">
            <button type="button" class="kern-btn kern-btn--tertiary" on:click=move |_| zu.set(HashSet::new())>
                <span class="kern-label">"Alle aufklappen"</span>
            </button>
            <button type="button" class="kern-btn kern-btn--tertiary" on:click=move |_| {
                let alle = baum.with(|b| b.as_ref().map(|b| b.einzelplaene.iter().map(|e| format!("ep-{}", e.einzelplan)).collect()).unwrap_or_default());
                zu.set(alle);
            }>
                <span class="kern-label">"Alle zuklappen"</span>
            </button>
        </div>
        <Tabelle id="budget-baum-titel" titel="Haushaltsstellen nach Einzelplan, Kapitel und Titel mit Zwischensummen">
            <thead>
                <tr>
                    <th scope="col" class="budget-baum__hst">"Haushaltsstelle"</th>
                    <th scope="col" class="budget-baum__zweck">"Zweckbestimmung"</th>
                    <th scope="col">"verf. Soll"</th>
                    <th scope="col">"Ist"</th>
                    <th scope="col">"gebunden"</th>
                    <th scope="col">"frei"</th>
                    <th scope="col">"Abfluss %"</th>
                    <th scope="col">"Bindung %"</th>
                    <th scope="col">"Soll-Abfluss bis Stichtag"</th>
                    <th scope="col">"Prognose"</th>
                    <th scope="col">"Abw. %"</th>
                    <th scope="col">"Ampel"</th>
                    <th scope="col" class="budget-baum__rest">"vorauss. Ausgaberest"</th>
                </tr>
            </thead>
            <tbody id="budget-baum">{zeilen}</tbody>
        </Tabelle>
    }
}

/// Width of the bar area in SVG units.
const BALKEN_BREITE: i64 = 600;

/// Stacked bars Ist / gebunden / frei per Titel, scaled to the largest verfügbares Soll.
#[component]
fn Balken() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let baum = baum_memo(daten);
    let inhalt = move || {
        baum.with(|b| {
            let b = b.as_ref()?;
            let namen: Vec<(u32, String)> = daten.lies(|ab| {
                ab
                    .map(|ab| {
                        ab.werkzeuge.budgetmonitor
                            .haushaltsstellen
                            .iter()
                            .map(|h| (h.id, h.bezeichnung()))
                            .collect()
                    })
                    .unwrap_or_default()
            });
            let titel: Vec<_> = b.titel().collect();
            let groesste = titel
                .iter()
                .map(|t| t.summen.soll().max(t.summen.ist + t.summen.gebunden))
                .max()
                .unwrap_or(0)
                .max(1);
            let skala = |c: i64| (c.max(0) as i128 * BALKEN_BREITE as i128 / groesste as i128) as i64;
            let hoehe = titel.len() as i64 * 56 + 10;
            let zeilen = titel
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let s = t.summen;
                    let y = i as i64 * 56 + 22;
                    let name = namen
                        .iter()
                        .find(|(id, _)| *id == t.haushaltsstelle)
                        .map(|(_, n)| n.clone())
                        .unwrap_or_default();
                    let w_ist = skala(s.ist);
                    let w_geb = skala(s.gebunden);
                    let w_frei = skala(s.frei());
                    let text = format!(
                        "{name}: Ist {} · gebunden {} · frei {}",
                        format::euro(s.ist),
                        format::euro(s.gebunden),
                        format::euro(s.frei())
                    );
                    view! {
                        <g>
                            <text x="0" y=y - 6 class="budget-balken__text">{text}</text>
                            <rect x="0" y=y width=w_ist height="20" class="budget-balken__ist"/>
                            <rect x=w_ist y=y width=w_geb height="20" class="budget-balken__gebunden"/>
                            <rect x=w_ist + w_geb y=y width=w_frei height="20" class="budget-balken__frei"/>
                        </g>
                    }
                })
                .collect_view();
            Some(view! {
                <svg class="budget-balken" viewBox=format!("0 0 {BALKEN_BREITE} {hoehe}") role="img"
                    aria-labelledby="budget-balken-titel" preserveAspectRatio="xMinYMin meet">
                    {zeilen}
                </svg>
            })
        })
    };
    view! {
        <figure class="budget-figur">
            <figcaption class="kern-heading-medium" id="budget-balken-titel">
                "Ist, gebunden und frei je Titel (Werte als Text an jedem Balken; dieselben Zahlen stehen in der Tabelle oben)"
            </figcaption>
            <ul class="budget-legende">
                <li><span class="budget-legende__feld budget-balken__ist" aria-hidden="true"></span>"Ist (links)"</li>
                <li><span class="budget-legende__feld budget-balken__gebunden" aria-hidden="true"></span>"gebunden (Mitte)"</li>
                <li><span class="budget-legende__feld budget-balken__frei" aria-hidden="true"></span>"frei (rechts)"</li>
            </ul>
            {inhalt}
        </figure>
    }
}
