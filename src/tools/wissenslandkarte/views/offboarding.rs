//! The offboarding sheet of a person, printable on A4 landscape: everything the person holds
//! (Gebiet path, Kritikalität, expertise, role), who covers each Gebiet ("niemand" flagged in
//! words), the open transfer measures, and a box to tick per line on paper. Persons without
//! consent appear as their Rolle/Stelle unless the user chooses to show names.

use leptos::prelude::*;

use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::Ankreuzfeld;
use crate::shared::datum::Datum;
use crate::tools::wissenslandkarte::calc;

use super::{drucken, transfer_href, Expertisemarke};

/// The page.
#[component]
pub fn Offboarding(person: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let mit_namen = RwSignal::new(false);
    let inhalt = move || {
        let namen = mit_namen.get();
        {
            let karte = super::karte_lesen(&daten);
            let k = &karte;
            let Some(p) = k.traeger(person) else {
                return view! { <p class="kern-body">"Diese Person gibt es nicht (mehr)."</p> }
                    .into_any();
            };
            let name = |id: Option<u32>| {
                id.and_then(|t| k.traeger(t))
                    .map(|t| t.anzeigename(namen))
                    .unwrap_or_else(|| "–".into())
            };
            let blatt = calc::offboarding(k, person);
            let ungedeckt = blatt.iter().filter(|u| u.ungedeckt()).count();
            let reihen = blatt.iter().map(|u| {
                let andere = if u.ungedeckt() {
                    view! { <strong class="wl-risiko">"⚠ niemand – geht mit der Person"</strong> }.into_any()
                } else {
                    let texte: Vec<String> = u.andere.iter().map(|(t, z)| format!("{} ({}, {})", t.anzeigename(namen), z.rolle.name(), z.expertise.name())).collect();
                    view! { <span>{texte.join("; ")}</span> }.into_any()
                };
                let transfers: Vec<String> = u.transfers.iter().map(|t| {
                    let termin = t.termin.map(Datum::deutsch).unwrap_or_else(|| "ohne Termin".into());
                    format!("{} ({}, {})", t.art.name(), termin, t.status.name())
                }).collect();
                let gebiet = u.gebiet.id;
                let pfad = calc::pfad(k, gebiet);
                let pfad2 = pfad.clone();
                view! {
                    <tr class="kern-table__row">
                        <th scope="row" class="kern-table__header">{pfad}</th>
                        <td class="kern-table__cell wl-nicht-umbrechen">{u.gebiet.kritikalitaet.name()}</td>
                        <td class="kern-table__cell wl-nicht-umbrechen"><Expertisemarke expertise=u.zuordnung.expertise/><br/>{u.zuordnung.rolle.name()}</td>
                        <td class="kern-table__cell">{andere}</td>
                        <td class="kern-table__cell">
                            {if transfers.is_empty() {
                                view! { <a class="kern-link wl-nicht-drucken" href=transfer_href(gebiet)>"Transfermaßnahme anlegen"<span class="kern-sr-only">{format!(" für {pfad2}")}</span></a><span class="wl-nur-drucken">"keine"</span> }.into_any()
                            } else {
                                view! { <span>{transfers.join("; ")}</span> }.into_any()
                            }}
                        </td>
                        <td class="kern-table__cell wl-abhaken"><span aria-hidden="true">"☐"</span><span class="kern-sr-only">"zum Abhaken auf Papier"</span></td>
                    </tr>
                }
            }).collect_view();
            let eigene: Vec<String> = calc::offene_transfers_von(k, person)
                .into_iter()
                .map(|t| {
                    let pfad = t.gebiet.map(|g| calc::pfad(k, g)).unwrap_or_default();
                    let termin = t
                        .termin
                        .map(Datum::deutsch)
                        .unwrap_or_else(|| "ohne Termin".into());
                    format!(
                        "{}: {} → {}, {pfad}, {termin}, {}",
                        t.art.name(),
                        name(t.geber),
                        name(t.nehmer),
                        t.status.name()
                    )
                })
                .collect();
            let kopf = view! {
                <dl class="wl-kennzahlen">
                    <div><dt>"Person"</dt><dd>{p.anzeigename(namen)}</dd></div>
                    <div><dt>"Rolle/Stelle"</dt><dd>{if p.rolle.is_empty() { "–".to_owned() } else { p.rolle.clone() }}</dd></div>
                    <div><dt>"Organisationseinheit"</dt><dd>{if p.oe.is_empty() { "–".to_owned() } else { p.oe.clone() }}</dd></div>
                    <div><dt>"Verfügbar bis"</dt><dd>{p.verfuegbar_bis.map(Datum::deutsch).unwrap_or_else(|| "nicht angegeben".into())}</dd></div>
                    <div><dt>"Gebiete ohne andere Träger"</dt><dd>{ungedeckt.to_string()}</dd></div>
                </dl>
            };
            let tabelle = if blatt.is_empty() {
                view! { <p class="kern-body">"Dieser Person ist kein Wissensgebiet zugeordnet."</p> }.into_any()
            } else {
                view! {
                    <Tabelle id="wl-o-titel" titel="Wissen der Person und wer es abdeckt"
                        spalten=&["Wissensgebiet", "Kritikalität", "Expertise, Rolle", "Abgedeckt durch", "Offene Transfermaßnahmen", "Erledigt"]>
                        <tbody class="kern-table__body">{reihen}</tbody>
                    </Tabelle>
                }.into_any()
            };
            view! {
                {kopf}
                {tabelle}
                <h2 class="kern-heading-medium">"Offene Transfermaßnahmen der Person"</h2>
                {if eigene.is_empty() {
                    view! { <p class="kern-body">"Keine."</p> }.into_any()
                } else {
                    view! { <ul class="wl-liste">{eigene.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
                }}
            }
            .into_any()
        }
    };
    view! {
        <div class="wl-nicht-drucken">
            <Ankreuzfeld id="wl-o-namen" beschriftung="Namen von Personen ohne Einwilligung zeigen (auch im Druck)"
                wert=mit_namen bei_eingabe=Callback::new(move |w| mit_namen.set(w))/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer id="wl-o-drucken" bei_klick=move |_| drucken()>"Blatt drucken"</Knopf>
            </div>
            <p class="kern-hint">"Das Blatt ist für eine A4-Seite im Querformat gesetzt."</p>
        </div>
        <article class="wl-druckblatt wl-offboarding">{inhalt}</article>
    }
}
