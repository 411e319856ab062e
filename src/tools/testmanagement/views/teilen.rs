//! Sharing the library as a file: the download, and reading a file from another agency with a
//! preview (new cases, duplicates by ID with a choice each) and one undoable step. A refused
//! file changes nothing and says why (the logic is in [`crate::tools::testmanagement::teilen`]).

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt, Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{Auswahl, Dateiwahl};
use crate::shared::text::anzahl;
use crate::tools::testmanagement::teilen::{self, Bibliotheksdatei, Wahl};

/// "Bibliothek als Datei herunterladen".
#[component]
pub fn Herunterladen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let meldung = RwSignal::new(String::new());
    let laden = move |_| {
        let Some(bytes) = daten
            .lies_ungetrackt(|ab| ab.map(|ab| teilen::schreiben(&ab.werkzeuge.testmanagement)))
        else {
            return;
        };
        let name = teilen::dateiname(browser::heute());
        meldung.set(match browser::herunterladen(&name, "application/json", &bytes) {
            Ok(()) => format!("Die Bibliothek wurde als „{name}“ heruntergeladen. Die andere Behörde liest sie im Testmanagement unter „Testfallbibliothek aus Datei einlesen“ ein."),
            Err(f) => f,
        });
    };
    view! {
        <h2 class="kern-heading-medium">"Bibliothek teilen"</h2>
        <p class="kern-body">"Die Datei enthält alle Testfälle der Bibliothek und die Qualitätskriterien, auf die sie verweisen; Testläufe und Mängel bleiben hier."</p>
        <div class="knopfleiste">
            <Knopf id="tm-b-herunterladen" bei_klick=laden>"Bibliothek als Datei herunterladen"</Knopf>
        </div>
        <p class="kern-body" role="status" id="tm-b-datei-meldung">{move || meldung.get()}</p>
    }
}

/// "Testfallbibliothek aus Datei einlesen": preview, a choice per duplicate, one step.
#[component]
pub fn Einlesen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let feld = NodeRef::<leptos::html::Input>::new();
    let zustand = RwSignal::new(None::<Result<Bibliotheksdatei, String>>);
    let wahl = RwSignal::new(BTreeMap::<String, Wahl>::new());
    let meldung = RwSignal::new(String::new());
    let gewaehlt = move |_: leptos::ev::Event| {
        wahl.set(BTreeMap::new());
        meldung.set(String::new());
        browser::gewaehlte_datei_lesen(
            feld.get_untracked(),
            teilen::MAX_BYTES,
            teilen::zu_gross,
            teilen::lesen,
            move |e| zustand.set(e),
        );
    };
    let zuruecksetzen = move || {
        if let Some(eingabe) = feld.get_untracked() {
            eingabe.set_value("");
        }
        zustand.set(None);
        wahl.set(BTreeMap::new());
    };
    let uebernehmen = move |_| {
        let Some(Ok(datei)) = zustand.get_untracked() else {
            return;
        };
        let w = wahl.get_untracked();
        let mut bericht = None;
        daten.aendere("Testfallbibliothek aus Datei eingelesen", |ab| {
            bericht = Some(ab.werkzeuge.testmanagement.uebernimm_bibliothek(&datei, &w));
        });
        zuruecksetzen();
        if let Some(b) = bericht {
            meldung.set(b.text());
            daten.ansagen(b.text());
        }
    };
    let vorschau = move || {
        zustand.get().map(|z| match z {
            Ok(datei) => {
                let v = daten.lies_ungetrackt(|ab| ab.map(|ab| teilen::vorschau(&ab.werkzeuge.testmanagement, &datei))).unwrap_or_default();
                let kopf = format!(
                    "Die Datei enthält {} und {}: {} neu, {} mit einer Testfall-ID, die es in Ihrer Bibliothek schon gibt.{}",
                    anzahl(v.faelle, "Testfall", "Testfälle"),
                    anzahl(v.kriterien, "Qualitätskriterium", "Qualitätskriterien"),
                    v.neu.len(),
                    v.doppelt.len(),
                    if v.kriterien_neu.is_empty() { String::new() } else { format!(" Neue Qualitätskriterien: {}.", v.kriterien_neu.join(", ")) }
                );
                let doppelt = v.doppelt.clone();
                view! {
                    <div id="tm-b-vorschau">
                        <Hinweis art=HinweisArt::Info titel="Vorschau der Testfallbibliothek".to_owned()>
                            <p class="kern-body" id="tm-b-zahlen">{kopf}</p>
                            {(!v.neu.is_empty()).then(|| view! { <p class="kern-body" id="tm-b-neu">{format!("Neu: {}", v.neu.join(", "))}</p> })}
                        </Hinweis>
                        {(!doppelt.is_empty()).then(|| view! {
                            <Tabelle id="tm-b-doppelt" titel="Testfall-IDs, die es schon gibt" spalten=&["Testfall-ID", "In der Datei", "In Ihrer Bibliothek", "Umgang"]>
                                <tbody>
                                    {doppelt.into_iter().enumerate().map(|(i, d)| {
                                        let kennung = d.kennung.clone();
                                        let k2 = kennung.clone();
                                        let hinweis = if d.gleich {
                                            ", gleicher Inhalt".to_owned()
                                        } else if d.benutzt {
                                            format!(", in Testläufen benutzt: „übernehmen“ legt Version {} an", d.version + 1)
                                        } else {
                                            String::new()
                                        };
                                        let eigen = format!("{} (Version {}){hinweis}", d.titel_eigen, d.version);
                                        let optionen = Wahl::ALLE.iter().map(|w| (w.name().to_owned(), w.name().to_owned())).collect::<Vec<_>>();
                                        view! {
                                            <tr>
                                                <th scope="row">{d.kennung.clone()}</th>
                                                <td>{d.titel_datei.clone()}</td>
                                                <td>{eigen}</td>
                                                <td>
                                                    <Auswahl id=format!("tm-b-wahl-{i}") beschriftung=format!("Umgang mit {kennung}") optionen
                                                        wert=Signal::derive(move || wahl.with(|w| w.get(&k2).copied().unwrap_or_default().name().to_owned()))
                                                        bei_eingabe=Callback::new(move |n: String| {
                                                            let k = kennung.clone();
                                                            wahl.update(|w| { w.insert(k, Wahl::aus_name(&n).unwrap_or_default()); });
                                                        })/>
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </Tabelle>
                            <p class="kern-body">"„überspringen“ behält Ihren Testfall; „als Kopie“ legt den aus der Datei mit der Endung „-Kopie“ daneben an; „übernehmen“ ersetzt Ihren Inhalt – war er schon in einem Testlauf, entsteht eine neue Version und der Lauf behält seine."</p>
                        })}
                        <div class="knopfleiste">
                            <Knopf art=Knopfart::Primaer id="tm-b-uebernehmen" deaktiviert=Signal::derive(move || !daten.bearbeitbar()) bei_klick=uebernehmen>
                                "Einlesen"
                            </Knopf>
                            <Knopf art=Knopfart::Tertiaer id="tm-b-abbrechen" bei_klick=move |_| zuruecksetzen()>"Abbrechen"</Knopf>
                        </div>
                    </div>
                }
                .into_any()
            }
            Err(meldung) => view! {
                <div id="tm-b-fehler">
                    <Hinweis art=HinweisArt::Fehler titel="Die Datei wurde nicht eingelesen".to_owned()>
                        <p class="kern-body">{meldung}" Es wurde nichts geändert."</p>
                    </Hinweis>
                </div>
            }
            .into_any(),
        })
    };
    let status = move || {
        zustand.with(|z| match z {
            Some(Ok(d)) => format!(
                "Vorschau: {} in der Datei.",
                anzahl(d.testfaelle.len(), "Testfall", "Testfälle")
            ),
            Some(Err(f)) => format!("Die Datei wurde nicht eingelesen. {f}"),
            None => meldung.get(),
        })
    };
    view! {
        <h2 class="kern-heading-medium">"Testfallbibliothek aus Datei einlesen"</h2>
        <p class="kern-body">
            "Eine Bibliothek, die eine andere Behörde mit „Bibliothek als Datei herunterladen“ weitergegeben hat. Sie sehen zuerst, "
            "welche Testfälle neu sind und welche Testfall-IDs es schon gibt; erst „Einlesen“ ändert etwas, in einem Schritt, den Sie rückgängig machen können."
        </p>
        <Dateiwahl id="tm-bibliotheksdatei" beschriftung="Testfallbibliothek (.json)" annehmen=".json,application/json" feld bei_auswahl=Callback::new(gewaehlt)/>
        <p class="kern-body" role="status" id="tm-b-meldung">{status}</p>
        {vorschau}
    }
}
