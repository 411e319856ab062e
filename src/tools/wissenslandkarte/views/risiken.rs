//! The risk list at a Stichtag (today unless changed): every Gebiet whose only Hauptträger
//! leaves within 12 months, most severe first, with Risiko in words and sign, who holds it and
//! until when, the bus factor and open transfer measures, and the link "Transfermaßnahme
//! anlegen". Below, the Gebiete without any Hauptträger (gaps, not counted as Risiko).

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::Datumseingabe;
use crate::shared::datum::Datum;
use crate::shared::text::anzahl;
use crate::tools::wissenslandkarte::calc;

use super::{risikotext, transfer_href};

/// The page.
#[component]
pub fn Risiken() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stichtag_text = RwSignal::new(browser::heute().deutsch());
    let stichtag = move || Datum::aus_deutsch(&stichtag_text.get());
    let fehler = Signal::derive(move || {
        Datum::aus_deutsch(&stichtag_text.get())
            .is_none()
            .then(|| "Geben Sie den Stichtag als TT.MM.JJJJ ein.".to_owned())
    });
    let liste = move || {
        let Some(tag) = stichtag() else {
            return ().into_any();
        };
        {
            let karte = super::karte_lesen(&daten);
            let k = &karte;
            let risiken = calc::risiken(k, tag);
            let luecken: Vec<String> = calc::baum(k)
                .into_iter()
                .filter(|(g, _)| calc::risiko(k, g, tag).haupttraeger == 0)
                .map(|(g, _)| calc::pfad(k, g.id))
                .collect();
            let zahl = format!(
                "{} zum Stichtag {}",
                anzahl(risiken.len(), "Gebiet mit Risiko", "Gebiete mit Risiko"),
                tag.deutsch()
            );
            let tabelle = if risiken.is_empty() {
                view! { <p class="kern-body">"Kein Gebiet hat einen einzigen Hauptträger, der binnen zwölf Monaten geht."</p> }.into_any()
            } else {
                let reihen = risiken.into_iter().map(|r| {
                    let pfad = calc::pfad(k, r.gebiet);
                    let traeger = r.einziger.and_then(|t| k.traeger(t)).map(|t| t.name()).unwrap_or_default();
                    let abgang = r.abgang.map(|d| {
                        let monate = calc::monate_bis(tag, d);
                        if monate >= 0 { format!("{} (in {})", d.deutsch(), anzahl(monate as usize, "Monat", "Monaten")) } else { format!("{} (schon gegangen)", d.deutsch()) }
                    }).unwrap_or_default();
                    let name = pfad.clone();
                    view! {
                        <tr class="kern-table__row">
                            <th scope="row" class="kern-table__header">{pfad}</th>
                            <td class="kern-table__cell wl-nicht-umbrechen"><strong class="wl-risiko">{risikotext(r.wert)}</strong></td>
                            <td class="kern-table__cell">{traeger}</td>
                            <td class="kern-table__cell">{abgang}</td>
                            <td class="kern-table__cell kern-table__cell--numeric">{r.bus_faktor.to_string()}</td>
                            <td class="kern-table__cell kern-table__cell--numeric">{r.offene_transfers.to_string()}</td>
                            <td class="kern-table__cell">
                                <a class="kern-link" href=transfer_href(r.gebiet)>"Transfermaßnahme anlegen"<span class="kern-sr-only">{format!(" für {name}")}</span></a>
                            </td>
                        </tr>
                    }
                }).collect_view();
                view! {
                    <Tabelle id="wl-risiken-titel" titel="Wissensrisiken, das höchste zuerst"
                        spalten=&["Wissensgebiet", "Risiko", "Einziger Hauptträger", "Verfügbar bis", "Träger", "Offene Transfers", "Aktion"] zahlenspalten=&[4, 5]>
                        <tbody class="kern-table__body">{reihen}</tbody>
                    </Tabelle>
                }.into_any()
            };
            let luecken_view = if luecken.is_empty() {
                view! { <p class="kern-body">"Jedes Gebiet hat mindestens einen Hauptträger."</p> }
                    .into_any()
            } else {
                view! { <ul class="wl-liste">{luecken.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul> }.into_any()
            };
            view! {
                <p class="kern-body" role="status">{zahl}</p>
                {tabelle}
                <h2 class="kern-heading-medium">"Gebiete ohne Hauptträger"</h2>
                {luecken_view}
            }
            .into_any()
        }
    };
    view! {
        <p class="kern-body">"Risiko = Kritikalität (1–3), wenn ein Gebiet genau einen Hauptträger hat und dieser binnen zwölf Monaten nach dem Stichtag nicht mehr verfügbar ist; sonst 0. Diese Regel ist eine Rekonstruktion: bitte prüfen."</p>
        <Datumseingabe id="wl-r-stichtag" beschriftung="Stichtag" pflicht=true wert=stichtag_text
            bei_eingabe=Callback::new(move |w| stichtag_text.set(w)) fehler=fehler/>
        {liste}
    }
}
