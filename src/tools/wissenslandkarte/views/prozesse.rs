//! Prozesse und Wissensgebiete (Wissensanwendungskarte): the process steps as rows, the Gebiete
//! they need as columns, each needed Gebiet with its number of Träger and whether it has at
//! least two; per step "abgedeckt" or "nicht abgedeckt" in words, and the coverage in percent.
//! Below, the form for a process step (title and the needed Gebiete as checkboxes).

use leptos::prelude::*;

use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::formular::{Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::text::Feldfehler;
use crate::tools::wissenslandkarte::calc;
use crate::tools::wissenslandkarte::model::Prozessschritt;

/// The page.
#[component]
pub fn Prozesse() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let titel = RwSignal::new(String::new());
    let gewaehlt = RwSignal::new(Vec::<u32>::new());
    let bearbeitet = RwSignal::new(0u32);
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let leeren = move || {
        titel.set(String::new());
        gewaehlt.set(Vec::new());
        bearbeitet.set(0);
        fehler.set(Vec::new());
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = Prozessschritt {
            id: bearbeitet.get_untracked(),
            titel: titel.get_untracked().trim().to_owned(),
            gebiete: gewaehlt.get_untracked(),
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.wissenslandkarte.pruefe_prozess(&p))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "wl-p-", probleme) {
            return;
        }
        let t = p.titel.clone();
        daten.aendere(&format!("Prozessschritt „{t}“ gespeichert"), |ab| {
            ab.werkzeuge.wissenslandkarte.speichere_prozess(p);
        });
        daten.ansagen(format!("Prozessschritt „{t}“ gespeichert."));
        leeren();
    };
    let karte = move || {
        {
            let karte = super::karte_lesen(&daten);
            let k = &karte;
            if k.prozesse.is_empty() {
                return view! { <p class="kern-body">"Noch ist kein Prozessschritt erfasst."</p> }
                    .into_any();
            }
            // Columns: the Gebiete any step needs, in tree order.
            let spalten: Vec<_> = calc::baum(k)
                .into_iter()
                .map(|(g, _)| g)
                .filter(|g| k.prozesse.iter().any(|p| p.gebiete.contains(&g.id)))
                .collect();
            let koepfe = spalten
                .iter()
                .map(
                    |g| view! { <th scope="col" class="kern-table__header">{g.titel.clone()}</th> },
                )
                .collect_view();
            let reihen = k.prozesse.iter().map(|p| {
                let zellen = spalten.iter().map(|g| {
                    if p.gebiete.contains(&g.id) {
                        let n = calc::bus_faktor(k, g.id);
                        let text = if n >= 2 { format!("✓ benötigt, {n} Träger") } else { format!("⚠ benötigt, {n} Träger") };
                        view! { <td class="kern-table__cell wl-nicht-umbrechen">{text}</td> }.into_any()
                    } else {
                        view! { <td class="kern-table__cell"><span class="kern-sr-only">"nicht benötigt"</span></td> }.into_any()
                    }
                }).collect_view();
                let gedeckt = calc::abgedeckt(k, &p.gebiete);
                let id = p.id;
                let vorlage = (p.titel.clone(), p.gebiete.clone());
                let name = p.titel.clone();
                let name2 = p.titel.clone();
                let titel_zeile = p.titel.clone();
                view! {
                    <tr class="kern-table__row">
                        <th scope="row" class="kern-table__header">{titel_zeile}</th>
                        {zellen}
                        <td class="kern-table__cell wl-nicht-umbrechen">
                            {if gedeckt { view! { <span>"✓ abgedeckt"</span> }.into_any() } else { view! { <strong class="wl-risiko">"⚠ nicht abgedeckt"</strong> }.into_any() }}
                        </td>
                        <td class="kern-table__cell">
                            <span class="wl-zeilenknoepfe">
                                <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar()
                                    bei_klick=move |_| {
                                        titel.set(vorlage.0.clone());
                                        gewaehlt.set(vorlage.1.clone());
                                        bearbeitet.set(id);
                                        crate::app::browser::fokussiere("#wl-p-titel");
                                    }>
                                    "Bearbeiten"<span class="kern-sr-only">{format!(" {name}")}</span>
                                </Knopf>
                                <Knopf art=Knopfart::Tertiaer gefaehrlich=true deaktiviert=move || !daten.bearbeitbar()
                                    bei_klick=move |_| {
                                        daten.aendere("Prozessschritt gelöscht", |ab| ab.werkzeuge.wissenslandkarte.prozesse.retain(|p| p.id != id));
                                        daten.ansagen("Prozessschritt gelöscht.");
                                    }>
                                    "Löschen"<span class="kern-sr-only">{format!(" {name2}")}</span>
                                </Knopf>
                            </span>
                        </td>
                    </tr>
                }
            }).collect_view();
            view! {
                <p class="kern-body" role="status">{format!("Abdeckung: {}", calc::abdeckung_text(k))}</p>
                <div class="kern-table-responsive" tabindex="0" role="region" aria-labelledby="wl-prozesse-titel">
                    <table class="kern-table">
                        <caption class="kern-title" id="wl-prozesse-titel">"Prozessschritte × Wissensgebiete"</caption>
                        <thead class="kern-table__head"><tr class="kern-table__row">
                            <th scope="col" class="kern-table__header">"Prozessschritt"</th>
                            {koepfe}
                            <th scope="col" class="kern-table__header">"Abdeckung"</th>
                            <th scope="col" class="kern-table__header">"Aktionen"</th>
                        </tr></thead>
                        <tbody class="kern-table__body">{reihen}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    };
    let auswahl = move || {
        let karte = super::karte_lesen(&daten);
        let k = &karte;
        if k.gebiete.is_empty() {
            return view! { <p class="kern-body">"Legen Sie zuerst Wissensgebiete an."</p> }
                .into_any();
        }
        calc::baum(k).into_iter().map(|(g, _)| {
                let id = g.id;
                let feld = format!("wl-p-gebiet-{id}");
                view! {
                    <div class="kern-form-check">
                        <input class="kern-form-check__checkbox" type="checkbox" id=feld.clone() name=feld.clone()
                            prop:checked=move || gewaehlt.with(|l| l.contains(&id)) disabled=deaktiviert
                            on:change=move |ev| {
                                let an = event_target_checked(&ev);
                                gewaehlt.update(|l| { l.retain(|&x| x != id); if an { l.push(id); } });
                            }/>
                        <label class="kern-label" for=feld>{calc::pfad(k, id)}</label>
                    </div>
                }
            }).collect_view().into_any()
    };
    view! {
        <p class="kern-body">"Welche Wissensgebiete braucht ein Prozessschritt? Ein Schritt ist abgedeckt, wenn jedes benötigte Gebiet mindestens zwei Träger hat."</p>
        {karte}
        <h2 class="kern-heading-medium" id="wl-p-formular-titel">
            {move || if bearbeitet.get() != 0 { "Prozessschritt bearbeiten" } else { "Neuer Prozessschritt" }}
        </h2>
        <Fehlerzusammenfassung id="wl-p-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="wl-p-formular-titel">
            <Eingabe id="wl-p-titel" beschriftung="Prozessschritt" pflicht=true hinweis="z. B. „Wohngeld: Antrag prüfen“"
                wert=titel bei_eingabe=Callback::new(move |w| titel.set(w)) fehler=fehler_am(fehler, "wl-p-titel") deaktiviert/>
            <fieldset class="kern-fieldset formular__gruppe" id="wl-p-gebiete" tabindex="-1">
                <legend class="kern-label formular__legende">"Benötigte Wissensgebiete"</legend>
                {move || fehler_am(fehler, "wl-p-gebiete").get().map(|f| view! { <p class="kern-error">{f}</p> })}
                <div class="kern-fieldset__body">{auswahl}</div>
            </fieldset>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="wl-p-speichern" deaktiviert=deaktiviert>"Prozessschritt speichern"</Knopf>
                <Knopf id="wl-p-abbrechen" bei_klick=move |_| leeren()>"Formular leeren"</Knopf>
            </div>
        </form>
    }
}
