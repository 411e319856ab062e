//! The catalogue of Finanzierungswege: the shipped names (KP Weg 1–3, Stammhaushalt) are not
//! publicly documented and marked "bitte prüfen" until saved; entries can be renamed,
//! described, added, and removed while no measure uses them.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{feldbindung, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::app::zusammenfassung::oder_strich;
use crate::shared::text::{anzahl, Feldfehler};
use crate::tools::massnahmenblatt::model::Finanzierungsweg;
use crate::tools::massnahmenblatt::SLUG;

use super::BittePruefen;
use crate::app::components::{Knopf, Knopfart};

#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    name: String,
    beschreibung: String,
}

/// The page.
#[component]
pub fn Einstellungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let wege = daten.ableiten(|ab| {
        let plan = &ab.werkzeuge.massnahmenblatt;
        plan.wege
            .iter()
            .map(|w| {
                (
                    w.clone(),
                    plan.massnahmen
                        .iter()
                        .filter(|m| m.weg == Some(w.id))
                        .count(),
                )
            })
            .collect::<Vec<_>>()
    });
    let formular = Formularentwurf::neu(entwurfsschluessel(SLUG, "weg", 0), Entwurf::default);
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let f = move |feld: &str| fehler_am(fehler, format!("mb-weg-{feld}"));
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let w = Finanzierungsweg {
            id: e.id,
            name: e.name.trim().to_owned(),
            beschreibung: e.beschreibung.trim().to_owned(),
            bitte_pruefen: false,
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.massnahmenblatt.pruefe_weg(&w))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "mb-weg-", probleme) {
            return;
        }
        let name = w.name.clone();
        let wort = if w.id == 0 {
            "hinzugefügt"
        } else {
            "gespeichert"
        };
        daten.aendere(&format!("Finanzierungsweg „{name}“ {wort}"), |ab| {
            ab.werkzeuge.massnahmenblatt.speichere_weg(w);
        });
        daten.ansagen(format!("Finanzierungsweg „{name}“ {wort}."));
        formular.verwerfen();
    };
    let (name, name_s) = feldbindung!(entwurf.name);
    let (beschreibung, beschreibung_s) = feldbindung!(entwurf.beschreibung);
    view! {
        <p class="kern-body">"Über welche Wege eine Maßnahme finanziert wird, legt Ihre Organisation fest. Die vorgegebenen Namen „KP Weg 1“ bis „KP Weg 3“ und „Stammhaushalt“ sind nicht öffentlich belegt und deshalb als „bitte prüfen“ markiert, bis Sie sie speichern. Das Werkzeug rechnet mit den Namen nichts: Sie ordnen nur zu und summieren."</p>
        {move || {
            let liste = wege.get();
            view! {
                <Tabelle id="mb-wege-titel" titel="Finanzierungswege">
                    <thead class="kern-table__head"><tr class="kern-table__row">
                        <th scope="col" class="kern-table__header">"Name"</th>
                        <th scope="col" class="kern-table__header">"Beschreibung"</th>
                        <th scope="col" class="kern-table__header">"Verwendet"</th>
                        <th scope="col" class="kern-table__header">"Aktionen"</th>
                    </tr></thead>
                    <tbody class="kern-table__body">
                        {liste.into_iter().map(|(w, benutzt)| {
                            let laden = w.clone();
                            let id = w.id;
                            let n1 = w.name.clone();
                            let n2 = w.name.clone();
                            view! {
                                <tr class="kern-table__row">
                                    <th scope="row" class="kern-table__header">{w.name.clone()}{w.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}</th>
                                    <td class="kern-table__cell">{oder_strich(&w.beschreibung)}</td>
                                    <td class="kern-table__cell mb-nicht-umbrechen">{anzahl(benutzt, "Maßnahme", "Maßnahmen")}</td>
                                    <td class="kern-table__cell mb-nicht-umbrechen">
                                        <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert on:click=move |_| {
                                            formular.zuruecksetzen(Entwurf { id: laden.id, name: laden.name.clone(), beschreibung: laden.beschreibung.clone() });
                                            fehler.set(Vec::new());
                                            crate::app::browser::fokussiere("#mb-weg-name");
                                        }>
                                            <span class="kern-label">"Bearbeiten"</span><span class="kern-sr-only">{format!(": {n1}")}</span>
                                        </button>
                                        {if benutzt == 0 {
                                            view! {
                                                <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert on:click=move |_| {
                                                    daten.aendere("Finanzierungsweg entfernt", |ab| { ab.werkzeuge.massnahmenblatt.entferne_weg(id); });
                                                    daten.ansagen("Finanzierungsweg entfernt.");
                                                }>
                                                    <span class="kern-label">"Entfernen"</span><span class="kern-sr-only">{format!(": {n2}")}</span>
                                                </button>
                                            }.into_any()
                                        } else {
                                            view! { <span class="kern-body">"wird verwendet"</span> }.into_any()
                                        }}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }
        }}
        <h2 class="kern-heading-medium">{move || if entwurf.with(|e| e.id == 0) { "Finanzierungsweg hinzufügen" } else { "Finanzierungsweg ändern" }}</h2>
        <Fehlerzusammenfassung id="mb-weg-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Eingabe id="mb-weg-name" beschriftung="Name" pflicht=true wert=name bei_eingabe=name_s fehler=f("name") deaktiviert/>
            <Eingabe id="mb-weg-beschreibung" beschriftung="Beschreibung" hinweis="Was der Weg in Ihrer Organisation bedeutet, mit Fundstelle" mehrzeilig=true
                wert=beschreibung bei_eingabe=beschreibung_s fehler=f("beschreibung") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="mb-weg-speichern" deaktiviert=deaktiviert>
                    {move || if entwurf.with(|e| e.id == 0) { "Hinzufügen" } else { "Speichern und bestätigen" }}
                </Knopf>
                {move || entwurf.with(|e| e.id != 0).then(|| view! {
                    <Knopf bei_klick=move |_| { formular.verwerfen(); fehler.set(Vec::new()); }>"Abbrechen"</Knopf>
                })}
            </div>
        </form>
    }
}
