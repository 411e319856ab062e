//! Verpflichtungsermächtigungen of the Haushaltsjahr by future year: VE-Ansatz, in Anspruch
//! genommen, VE frei and the Vorbelastung of each following year, with a total row.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::shared::format;
use crate::tools::budgetmonitor::calc::{self, Rahmen};

use super::titel_href;

/// The VE page.
#[component]
pub fn VeUebersicht() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let inhalt = move || {
        daten.lies(|ab| {
            let ab = ab?;
            let bm = &ab.werkzeuge.budgetmonitor;
            let rahmen = Rahmen::von(bm, browser::heute());
            let liste = calc::ve_zeilen(bm, rahmen);
            let j = rahmen.jahr;
            let jahre: Vec<i32> = (1..=4).map(|k| j + k).collect();
            let mut summe = (0, 0, vec![0_i64; 4]);
            let zeilen = liste
                .iter()
                .map(|(v, z)| {
                    summe.0 += z.ansatz;
                    summe.1 += z.in_anspruch;
                    let je: Vec<i64> = jahre
                        .iter()
                        .enumerate()
                        .map(|(i, jahr)| {
                            let b = if i == 3 {
                                z.vorbelastung.iter().filter(|(x, _)| **x >= *jahr).map(|(_, b)| b).sum()
                            } else {
                                z.vorbelastung.get(jahr).copied().unwrap_or(0)
                            };
                            summe.2[i] += b;
                            b
                        })
                        .collect();
                    let name = bm.haushaltsstelle(v.haushaltsstelle).map(|h| h.bezeichnung()).unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row"><a class="kern-link" href=titel_href(v.haushaltsstelle)>{format!("VE{} {}", v.id, v.bezeichnung)}</a></th>
                            <td>{name}</td>
                            <td class="zahl">{format::euro(z.ansatz)}</td>
                            <td class="zahl">{format::euro(z.in_anspruch)}</td>
                            <td class="zahl">{format::euro(z.frei())}</td>
                            {je.into_iter().map(|b| view! { <td class="zahl">{format::euro(b)}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view();
            let (sa, si, sj) = summe.clone();
            Some(view! {
                <p class="kern-body">{format!("Haushaltsjahr {j}. Vorbelastung = Σ VE-Inanspruchnahmen, die im jeweiligen Jahr fällig werden.")}</p>
                <Tabelle id="ve-tabelle" titel="Verpflichtungsermächtigungen nach Folgejahren">
                    <thead>
                        <tr>
                            <th scope="col">"VE"</th>
                            <th scope="col">"Haushaltsstelle"</th>
                            <th scope="col">"VE-Ansatz"</th>
                            <th scope="col">"in Anspruch genommen"</th>
                            <th scope="col">"VE frei"</th>
                            <th scope="col">{format!("Vorbelastung {}", j + 1)}</th>
                            <th scope="col">{format!("Vorbelastung {}", j + 2)}</th>
                            <th scope="col">{format!("Vorbelastung {}", j + 3)}</th>
                            <th scope="col">{format!("Vorbelastung ab {}", j + 4)}</th>
                        </tr>
                    </thead>
                    <tbody>{zeilen}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="2">"Summe"</th>
                            <td class="zahl">{format::euro(sa)}</td>
                            <td class="zahl">{format::euro(si)}</td>
                            <td class="zahl">{format::euro(sa - si)}</td>
                            {sj.into_iter().map(|b| view! { <td class="zahl">{format::euro(b)}</td> }).collect_view()}
                        </tr>
                    </tfoot>
                </Tabelle>
            })
        })
    };
    view! { {inhalt} }
}
