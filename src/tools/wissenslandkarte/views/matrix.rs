//! The matrix Gebiet × Träger: one row per Gebiet in tree order, one column per Träger, each
//! cell the expertise as symbol and word and the role ("● Expertise, Hauptträger"), never
//! colour alone; the last column the bus factor. Filters by kind of Träger and by
//! Organisationseinheit keep wide maps readable.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Auswahl};
use crate::tools::wissenslandkarte::calc;
use crate::tools::wissenslandkarte::model::{Expertise, Traegertyp};

use super::namensoptionen;
use crate::shared::sortieren::Sortieren;

/// The page.
#[component]
pub fn Matrix() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let typ = RwSignal::new(String::new());
    let oe = RwSignal::new(String::new());
    // The OEs of the Träger, for the filter (read once: the page opens with the data).
    let oes: Vec<String> = daten.lies_ungetrackt(|ab| {
        let mut alle: Vec<String> = ab
            .map(|ab| {
                ab.werkzeuge
                    .wissenslandkarte
                    .traeger
                    .iter()
                    .map(|t| t.oe.trim().to_owned())
                    .filter(|o| !o.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        alle.sortiere();
        alle.dedup();
        alle
    });
    let inhalt = move || {
        let filter = Traegertyp::aus_name(&typ.get());
        let oe_filter = oe.get();
        {
            let karte = super::karte_lesen(&daten);
            let k = &karte;
            let traeger: Vec<_> = k
                .traeger
                .iter()
                .filter(|t| {
                    filter.is_none_or(|f| t.typ == f)
                        && (oe_filter.is_empty() || t.oe.trim() == oe_filter)
                })
                .collect();
            if k.gebiete.is_empty() || traeger.is_empty() {
                return view! { <p class="kern-body">"Die Matrix erscheint, sobald Wissensgebiete und Wissensträger erfasst sind."</p> }.into_any();
            }
            let koepfe = traeger
                .iter()
                .map(|t| view! { <th scope="col" class="kern-table__header wl-matrix__kopf">{t.name()}</th> })
                .collect_view();
            let reihen = calc::baum(k)
                .into_iter()
                .map(|(g, tiefe)| {
                    let zellen = traeger
                        .iter()
                        .map(|t| {
                            let z = k.zuordnungen.iter().find(|z| z.gebiet == g.id && z.traeger == t.id);
                            match z {
                                Some(z) => view! {
                                    <td class="kern-table__cell wl-matrix__zelle">
                                        <span aria-hidden="true">{z.expertise.symbol()}</span>" "{z.expertise.name()}
                                        <br/><span class="wl-matrix__rolle">{z.rolle.name()}</span>
                                    </td>
                                }.into_any(),
                                None => view! { <td class="kern-table__cell wl-matrix__zelle"><span class="kern-sr-only">"nicht zugeordnet"</span></td> }.into_any(),
                            }
                        })
                        .collect_view();
                    // Indented by level with a class: the CSP allows no inline styles.
                    let einzug = format!("wl-ebene wl-ebene--{}", tiefe.min(5));
                    view! {
                        <tr class="kern-table__row">
                            <th scope="row" class="kern-table__header"><span class=einzug>{g.titel.clone()}</span></th>
                            {zellen}
                            <td class="kern-table__cell kern-table__cell--numeric">{calc::bus_faktor(k, g.id).to_string()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="kern-table-responsive" tabindex="0" role="region" aria-labelledby="wl-matrix-titel">
                    <table class="kern-table wl-matrix">
                        <caption class="kern-title" id="wl-matrix-titel">"Wissensgebiete × Wissensträger"</caption>
                        <thead class="kern-table__head"><tr class="kern-table__row">
                            <th scope="col" class="kern-table__header">"Wissensgebiet"</th>
                            {koepfe}
                            <th scope="col" class="kern-table__header kern-table__header--numeric">"Träger"</th>
                        </tr></thead>
                        <tbody class="kern-table__body">{reihen}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    };
    let legende = Expertise::ALLE
        .iter()
        .map(|e| view! { <li><span aria-hidden="true">{e.symbol()}</span>" "<strong>{e.name()}</strong>": "{e.bedeutung()}</li> })
        .collect_view();
    view! {
        <p class="kern-body">"Jede Zelle nennt die Expertise mit Zeichen und Wort und die Rolle. Die letzte Spalte zählt die Träger je Gebiet (Busfaktor)."</p>
        <div class="filterleiste">
        <Auswahl id="wl-matrix-typ" beschriftung="Wissensträger zeigen" filter=true
            optionen=mit_leerem_wert("alle Typen", namensoptionen(Traegertyp::ALLE.iter().map(|t| t.name())))
            wert=typ bei_eingabe=Callback::new(move |w| typ.set(w))/>
        {(!oes.is_empty()).then(|| view! {
            <Auswahl id="wl-matrix-oe" beschriftung="Organisationseinheit" filter=true
                optionen=mit_leerem_wert("alle Organisationseinheiten", oes.iter().map(|o| (o.clone(), o.clone())))
                wert=oe bei_eingabe=Callback::new(move |w| oe.set(w))/>
        })}
        </div>
        {inhalt}
        <h2 class="kern-heading-medium">"Legende"</h2>
        <ul class="wl-legende">{legende}</ul>
        <Tabelle id="wl-matrix-leer" titel="Rollen" spalten=&["Rolle", "Bedeutung"]>
            <tbody class="kern-table__body">
                {crate::tools::wissenslandkarte::model::Traegerrolle::ALLE.iter().map(|r| view! {
                    <tr class="kern-table__row"><th scope="row" class="kern-table__header">{r.name()}</th><td class="kern-table__cell">{r.bedeutung()}</td></tr>
                }).collect_view()}
            </tbody>
        </Tabelle>
    }
}
