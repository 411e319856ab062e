//! The follow-up measures of all runs: open ones first, overdue ones marked in words, each
//! with its run and item.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::tools::checklisten::calc;

use super::durchfuehrung_href;

/// One row.
#[derive(Clone, PartialEq, Eq)]
struct Zeile {
    durchfuehrung: u32,
    objekt: String,
    punkt: String,
    titel: String,
    verantwortlich: String,
    termin: String,
    status: &'static str,
    ueberfaellig: Option<i64>,
}

/// The page.
#[component]
pub fn Massnahmen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let heute = browser::heute();
    let zeilen = daten.ableiten(move |ab| {
        calc::massnahmen(&ab.werkzeuge.checklisten)
            .into_iter()
            .map(|z| Zeile {
                durchfuehrung: z.durchfuehrung.id,
                objekt: calc::objekt_titel(ab, &z.durchfuehrung.objekt).0,
                punkt: z
                    .punkt
                    .map(|p| format!("{} {}", p.nr, p.frage))
                    .unwrap_or_default(),
                titel: z.massnahme.titel.clone(),
                verantwortlich: z.massnahme.verantwortlich.clone(),
                termin: z.massnahme.termin.map(|d| d.deutsch()).unwrap_or_default(),
                status: z.massnahme.status.name(),
                ueberfaellig: calc::ueberfaellig(z.massnahme, heute),
            })
            .collect::<Vec<_>>()
    });
    view! {
        <p class="kern-body" role="status">{move || {
            let (n, offen) = zeilen.with(|z| (z.len(), z.iter().filter(|z| z.status == "geplant" || z.status == "in Arbeit").count()));
            format!("{n} Maßnahmen, davon {offen} offen")
        }}</p>
        <div class="kern-table-responsive" role="region" aria-label="Maßnahmen aus allen Durchführungen" tabindex="0">
            <table class="kern-table">
                <thead><tr>
                    <th scope="col">"Maßnahme"</th><th scope="col">"Objekt"</th><th scope="col">"Prüfpunkt"</th>
                    <th scope="col">"Verantwortlich"</th><th scope="col">"Termin"</th><th scope="col">"Status"</th>
                </tr></thead>
                <tbody>
                    {move || zeilen.get().into_iter().map(|z| view! {
                        <tr>
                            <th scope="row"><a class="kern-link" href=durchfuehrung_href(z.durchfuehrung)>{if z.titel.is_empty() { "(ohne Titel)".to_owned() } else { z.titel.clone() }}</a></th>
                            <td>{z.objekt}</td>
                            <td>{z.punkt}</td>
                            <td>{z.verantwortlich}</td>
                            <td class="zahl">{z.termin}</td>
                            <td>{z.status}{z.ueberfaellig.map(|t| view! { ", " <strong class="cl-ko">{format!("{t} Tage überfällig")}</strong> })}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
