//! The Ampel overview ("Ampel-Board"): how many projects stand at which colour in each rated
//! dimension, and the projects at red or yellow with their reasons, so a steering committee
//! sees at once where decisions are needed.

use leptos::prelude::*;

use crate::app::components::AmpelMarke;
use crate::app::daten::Daten;
use crate::app::formular::Ankreuzfeld;
use crate::shared::vokabular::Ampel;
use crate::tools::multiprojektplan::calc;
use crate::tools::multiprojektplan::model::{Ampeldimension, Projektstatus};

use super::projekt_href;
use crate::shared::sortieren::Sortieren;

/// The overview page.
#[component]
pub fn Ampeluebersicht() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let alle = RwSignal::new(false);
    let laufend =
        |s: Projektstatus| !matches!(s, Projektstatus::Abgeschlossen | Projektstatus::Abgebrochen);
    let stand = Memo::new(move |_| {
        let alle = alle.get();
        daten.lies(|ab| {
            let Some(ab) = ab else {
                return (0, calc::ampeluebersicht([]), Vec::new());
            };
            let projekte: Vec<_> = ab
                .werkzeuge
                .multiprojektplan
                .projekte
                .iter()
                .filter(|p| alle || laufend(p.status))
                .collect();
            let uebersicht = calc::ampeluebersicht(projekte.iter().copied());
            let mut kritisch: Vec<_> = projekte
                .iter()
                .filter(|p| matches!(p.ampeln.gesamt.ampel, Ampel::Rot | Ampel::Gelb))
                .map(|p| {
                    (
                        p.id,
                        p.kennung.clone(),
                        p.titel.clone(),
                        p.ampeln.gesamt.ampel,
                        p.ampeln.gesamt.begruendung.clone(),
                    )
                })
                .collect();
            kritisch.sortiere_nach_schluessel(|k| (k.3 != Ampel::Rot, k.1.clone()));
            (projekte.len(), uebersicht, kritisch)
        })
    });
    let kopf = Ampel::ALLE
        .iter()
        .map(|&a| view! { <th class="kern-table__header zahl" scope="col"><AmpelMarke ampel=a/></th> })
        .collect_view();
    view! {
        <Ankreuzfeld id="ampeln-alle" beschriftung="Abgeschlossene und abgebrochene Projekte einbeziehen"
            wert=alle bei_eingabe=Callback::new(move |w| alle.set(w))/>
        <p class="kern-body" role="status">{move || format!("Gezählt: {}.", crate::shared::text::anzahl(stand.with(|s| s.0), "Projekt", "Projekte"))}</p>
        <div class="kern-table-responsive" tabindex="0" role="region" aria-labelledby="ampeln-titel">
            <table class="kern-table ampeltabelle">
                <caption class="kern-title" id="ampeln-titel">"Anzahl Projekte je Ampelfarbe und Dimension"</caption>
                <thead class="kern-table__head"><tr class="kern-table__row">
                    <th class="kern-table__header" scope="col">"Dimension"</th>
                    {kopf}
                </tr></thead>
                <tbody class="kern-table__body">
                    {move || stand.with(|(_, uebersicht, _)| uebersicht.zeilen.iter().map(|(dimension, zahlen)| {
                        let zellen = zahlen.iter().map(|n| view! { <td class="kern-table__cell zahl">{*n}</td> }).collect_view();
                        view! {
                            <tr class="kern-table__row">
                                <th class="kern-table__header" scope="row">{dimension.name()}</th>
                                {zellen}
                            </tr>
                        }
                    }).collect_view())}
                </tbody>
            </table>
        </div>
        <h2 class="kern-heading-medium">"Projekte mit Gesamtampel rot oder gelb"</h2>
        {move || {
            let kritisch = stand.with(|s| s.2.clone());
            if kritisch.is_empty() {
                return view! { <p class="kern-body">"Kein Projekt steht auf rot oder gelb."</p> }.into_any();
            }
            view! {
                <ul class="kritische-projekte">
                    {kritisch.into_iter().map(|(id, kennung, titel, ampel, begruendung)| view! {
                        <li class="kritische-projekte__eintrag">
                            <AmpelMarke ampel/>" "
                            <a class="kern-link" href=projekt_href(id)>{format!("{kennung}: {titel}")}</a>
                            <p class="kern-body">{begruendung}</p>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <p class="kern-hint">{format!("Dimensionen: {}.", Ampeldimension::ALLE.iter().map(|d| format!("{} ({})", d.name(), d.bedeutung())).collect::<Vec<_>>().join(", "))}</p>
    }
}
