//! Project view across years: per Multiprojektplan project, Haushaltsjahr and source of funds
//! the verfügbares Soll of its Ansätze and the Ist and gebunden of the bookings charged to them.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::shared::format;
use crate::tools::budgetmonitor::calc::{self, Rahmen};

use super::{projektname, prozent};

/// The project finances page.
#[component]
pub fn Projektfinanzen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = move || {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let bm = &ab.werkzeuge.budgetmonitor;
            let rahmen = Rahmen::von(bm, browser::heute());
            calc::projektfinanzen(bm, rahmen.stichtag)
                .into_iter()
                .map(|p| {
                    let projekt = match p.projekt {
                        None => "ohne Projektzuordnung".to_owned(),
                        Some(id) => projektname(ab, id),
                    };
                    let frei = p.soll - p.ist - p.gebunden;
                    view! {
                        <tr>
                            <th scope="row">{projekt}</th>
                            <td>{p.jahr}</td>
                            <td>{bm.quellenname(p.quelle).to_owned()}</td>
                            <td class="zahl">{format::euro(p.soll)}</td>
                            <td class="zahl">{format::euro(p.ist)}</td>
                            <td class="zahl">{format::euro(p.gebunden)}</td>
                            <td class="zahl">{format::euro(frei)}</td>
                            <td class="zahl">{prozent(calc::promille(p.ist, p.soll))}</td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <p class="kern-body">
            "Alle Haushaltsjahre. Ist und gebunden zählen für ein Projekt, wenn die Buchung seinem Ansatz zugeordnet ist "
            "(Feld „Ansatz“ im Buchungsformular)."
        </p>
        <Tabelle id="projekte-tabelle" titel="Finanzen je Projekt, Haushaltsjahr und Finanzierungsquelle">
            <thead>
                <tr>
                    <th scope="col">"Projekt"</th>
                    <th scope="col">"Haushaltsjahr"</th>
                    <th scope="col">"Finanzierungsquelle"</th>
                    <th scope="col">"verf. Soll"</th>
                    <th scope="col">"Ist"</th>
                    <th scope="col">"gebunden"</th>
                    <th scope="col">"frei"</th>
                    <th scope="col">"Abfluss %"</th>
                </tr>
            </thead>
            <tbody>{zeilen}</tbody>
        </Tabelle>
    }
}
