//! Coverage of the Kompetenzreflexion's priority gaps by modules: for one concept (on its
//! page) and for all concepts together (page `abdeckung`), with the addressed and the open
//! gaps listed. Persons are shown by their code ("TN 1") unless the user chooses to show names,
//! as in the Kompetenzreflexion.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::Ankreuzfeld;
use crate::tools::kompetenzreflexion::model::Kompetenzreflexion;
use crate::tools::trainingskonzepte::calc;

/// The page over all concepts.
#[component]
pub fn Abdeckungsseite() -> impl IntoView {
    view! {
        <p class="kern-body">
            "Welche prioritären Lücken der Kompetenzreflexion die Module aller Trainingskonzepte zusammen aufgreifen. "
            "Eine Lücke gilt als adressiert, wenn ein Modul ihre Kompetenz nennt und – falls das Modul auf Rollen begrenzt ist – die Rolle der Person dazugehört."
        </p>
        <Abdeckung konzept=None/>
    }
}

/// Who a gap belongs to, and the competence.
fn beschreibung(
    kr: &Kompetenzreflexion,
    l: &crate::tools::kompetenzreflexion::calc::Luecke,
    namen: bool,
) -> (String, String, String, String) {
    let person = kr.person(l.person);
    (
        person.map_or_else(
            || crate::shared::text::geloescht("Person", &l.person.to_string()),
            |p| p.anzeige(namen),
        ),
        person
            .and_then(|p| p.rolle)
            .map(|r| calc::rollenname(kr, r))
            .unwrap_or_default(),
        calc::kompetenzname(kr, l.kompetenz),
        format!("+{}", l.zelle.gap.unwrap_or(0)),
    )
}

/// Coverage of concept `konzept` (and, on its page, of all concepts), or of all concepts.
#[component]
pub fn Abdeckung(konzept: Option<u32>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let namen = RwSignal::new(false);
    let stand = daten.ableiten(move |ab| {
        let kr = &ab.werkzeuge.kompetenzreflexion;
        let tk = &ab.werkzeuge.trainingskonzepte;
        let mit_namen = namen.get();
        let a = match konzept {
            Some(id) => calc::abdeckung(
                kr,
                tk.konzept(id)
                    .map(|k| k.module.as_slice())
                    .unwrap_or_default()
                    .iter(),
            ),
            None => calc::abdeckung_alle(kr, tk),
        };
        let alle = konzept.map(|_| calc::abdeckung_alle(kr, tk));
        let modulnamen = |ids: &[u32]| {
            ids.iter()
                .map(|m| {
                    tk.konzepte.iter().find_map(|k| k.modul(*m)).map_or_else(
                        || crate::shared::text::geloescht("Modul", &m.to_string()),
                        |x| x.titel.clone(),
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let adressiert: Vec<_> = a
            .adressiert
            .iter()
            .map(|(l, m)| (beschreibung(kr, l, mit_namen), modulnamen(m)))
            .collect();
        let offen: Vec<_> = a
            .offen
            .iter()
            .map(|l| beschreibung(kr, l, mit_namen))
            .collect();
        (
            a.gesamt(),
            a.adressiert.len(),
            calc::prozent_text(a.promille()),
            alle.map(|x| {
                format!(
                    "{} ({} von {})",
                    calc::prozent_text(x.promille()),
                    x.adressiert.len(),
                    x.gesamt()
                )
            }),
            adressiert,
            offen,
        )
    });
    view! {
        {move || {
            let (gesamt, adressiert, prozent, alle, liste, offen) = stand.get();
            if gesamt == 0 {
                return view! {
                    <p class="kern-body">"Die Kompetenzreflexion hat keine prioritären Lücken (Lücke ab 2 oder ab 1 in einer kritischen Kompetenz). Sobald es welche gibt, steht hier, welche die Module aufgreifen."</p>
                }.into_any();
            }
            view! {
                <p class="kern-body" id=if konzept.is_some() { "tk-abdeckung-konzept" } else { "tk-abdeckung-alle" }>
                    <strong>{format!("{prozent} der prioritären Lücken adressiert ({adressiert} von {gesamt})")}</strong>
                    {konzept.map(|_| " durch die Module dieses Konzepts")}"."
                    {alle.map(|a| format!(" Alle Konzepte zusammen: {a}."))}
                </p>
                <div class="filterleiste">
                    <Ankreuzfeld id=if konzept.is_some() { "tk-a-namen-k" } else { "tk-a-namen" } beschriftung="Namen zeigen" wert=namen bei_eingabe=Callback::new(move |w| namen.set(w))/>
                </div>
                {if offen.is_empty() {
                    view! { <p class="kern-body">"Keine prioritäre Lücke ist offen."</p> }.into_any()
                } else {
                    view! {
                        <Tabelle id=if konzept.is_some() { "tk-offen-k-titel" } else { "tk-offen-titel" } titel="Noch nicht adressierte prioritäre Lücken" spalten=&["Person", "Rolle", "Kompetenz", "Lücke"] zahlenspalten=&[3]>
                            <tbody class="kern-table__body">
                                {offen.into_iter().map(|(p, r, k, g)| view! {
                                    <tr class="kern-table__row">
                                        <th scope="row" class="kern-table__header tk-kurz">{p}</th>
                                        <td class="kern-table__cell">{r}</td>
                                        <td class="kern-table__cell">{k}</td>
                                        <td class="kern-table__cell kern-table__cell--numeric">{g}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </Tabelle>
                    }.into_any()
                }}
                {(!liste.is_empty()).then(|| view! {
                    <Tabelle id=if konzept.is_some() { "tk-adressiert-k-titel" } else { "tk-adressiert-titel" } titel="Adressierte prioritäre Lücken" spalten=&["Person", "Rolle", "Kompetenz", "Lücke", "Module"] zahlenspalten=&[3]>
                        <tbody class="kern-table__body">
                            {liste.into_iter().map(|((p, r, k, g), m)| view! {
                                <tr class="kern-table__row">
                                    <th scope="row" class="kern-table__header tk-kurz">{p}</th>
                                    <td class="kern-table__cell">{r}</td>
                                    <td class="kern-table__cell">{k}</td>
                                    <td class="kern-table__cell kern-table__cell--numeric">{g}</td>
                                    <td class="kern-table__cell">{m}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </Tabelle>
                })}
            }.into_any()
        }}
    }
}
