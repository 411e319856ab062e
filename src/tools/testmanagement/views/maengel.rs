//! Defects by class with their status workflow (only the allowed moves are offered, each as a
//! button) and the re-test run made from the fixed defects.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{Auswahl, Eingabe};
use crate::app::zusammenfassung::oder_strich;
use crate::shared::text::anzahl;
use crate::tools::testmanagement::calc;
use crate::tools::testmanagement::model::{Klasse, Mangelstatus, Umgebung};

use super::{href, lauf_href, testfall_href, umgebungsoptionen, Klassenmarke, Mangelstatusmarke};

#[derive(Clone, PartialEq)]
struct Zeile {
    id: u32,
    kennung: String,
    titel: String,
    beschreibung: String,
    klasse: Klasse,
    status: Mangelstatus,
    testfall: Option<(u32, String)>,
    lauf: Option<u32>,
    frist: String,
    auftragnehmer: String,
}

/// The page "Mängel".
#[component]
pub fn Maengel() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(|ab| {
        let tm = &ab.werkzeuge.testmanagement;
        let mut z: Vec<Zeile> = tm
            .maengel
            .iter()
            .map(|m| Zeile {
                id: m.id,
                kennung: m.kennung.clone(),
                titel: m.titel.clone(),
                beschreibung: m.beschreibung.clone(),
                klasse: m.klasse,
                status: m.status,
                testfall: m.testfall.and_then(|t| tm.testfall(t)).map(|t| (t.id, t.kennung.clone())),
                lauf: m.lauf.filter(|l| tm.lauf(*l).is_some()),
                frist: m.frist.map(|d| d.deutsch()).unwrap_or_default(),
                auftragnehmer: m.auftragnehmer.clone(),
            })
            .collect();
        z.sort_by_key(|m| (!m.status.offen(), m.klasse, m.id));
        z
    });
    let offen = daten.ableiten(|ab| calc::offene_je_klasse(&ab.werkzeuge.testmanagement));
    let wechseln = move |id: u32, kennung: String, neu: Mangelstatus| {
        let mut ok = false;
        daten.aendere(&format!("Mangel {kennung}: {}", neu.name()), |ab| {
            ok = ab.werkzeuge.testmanagement.wechsle_status(id, neu);
        });
        if ok {
            daten.ansagen(format!("Mangel {kennung} ist jetzt {}.", neu.name()));
        }
    };
    view! {
        <p class="kern-body" id="tm-offene-maengel">{move || {
            let o = offen.get();
            format!(
                "Offen: {} betriebsverhindernd, {} betriebsbehindernd, {} leicht. Als offen zählt jeder Mangel, der nicht nachgetestet oder geschlossen ist.",
                o[0], o[1], o[2]
            )
        }}</p>
        <p class="kern-body">"Mängel erfassen Sie auf der Seite eines Testlaufs zu einem fehlgeschlagenen Testfall. "
            <a class="kern-link" href=href(&["laeufe"])>"Zu den Testläufen"</a></p>
        {move || if zeilen.with(Vec::is_empty) {
            view! { <p class="kern-body">"Noch kein Mangel erfasst."</p> }.into_any()
        } else {
            view! {
                <Tabelle id="tm-maengel-titel" titel="Mängel, offene zuerst, nach Klasse" spalten=&["Mangel", "Klasse", "Status", "Testfall", "Frist", "Auftragnehmer", "Status ändern"]>
                    <tbody>
                        {zeilen.get().into_iter().map(|m| {
                            let kennung = m.kennung.clone();
                            view! {
                                <tr>
                                    <th scope="row">{format!("{} {}", m.kennung, m.titel)}
                                        {(!m.beschreibung.is_empty()).then(|| view! { <span class="tm-nebentext tm-block">{m.beschreibung.clone()}</span> })}
                                    </th>
                                    <td><Klassenmarke klasse=m.klasse/></td>
                                    <td><Mangelstatusmarke status=m.status/></td>
                                    <td>{match m.testfall.clone() {
                                        Some((t, k)) => view! { <a class="kern-link" href=testfall_href(t)>{k}</a> }.into_any(),
                                        None => "–".into_any(),
                                    }}
                                    {m.lauf.map(|l| view! { " " <a class="kern-link" href=lauf_href(l)>"Lauf"<span class="kern-sr-only">{format!(" von {}", m.kennung)}</span></a> })}
                                    </td>
                                    <td class="tabelle__datum">{oder_strich(&m.frist)}</td>
                                    <td>{oder_strich(&m.auftragnehmer)}</td>
                                    <td class="tm-aktionen">
                                        {m.status.folgen().iter().map(|&neu| {
                                            let kennung = kennung.clone();
                                            let k2 = kennung.clone();
                                            view! {
                                                <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                                    on:click=move |_| wechseln(m.id, kennung.clone(), neu)>
                                                    <span class="kern-label">{neu.aktion()}<span class="kern-sr-only">{format!(": {k2}")}</span></span>
                                                </button>
                                            }
                                        }).collect_view()}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <Nachtest/>
    }
}

/// "Nachtest-Lauf aus behobenen Mängeln".
#[component]
fn Nachtest() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let behoben = daten.ableiten(|ab| {
        ab.werkzeuge
            .testmanagement
            .maengel
            .iter()
            .filter(|m| m.status == Mangelstatus::Behoben && m.testfall.is_some())
            .count()
    });
    let release = RwSignal::new(String::new());
    let umgebung = RwSignal::new(Umgebung::Integration.name().to_owned());
    let anlegen = move |_| {
        let r = release.get_untracked();
        let u = Umgebung::aus_name(&umgebung.get_untracked()).unwrap_or_default();
        let mut neu = None;
        daten.aendere("Nachtest-Lauf angelegt", |ab| {
            neu = ab.werkzeuge.testmanagement.lege_nachtest_an(&r, u, browser::heute());
        });
        if let Some(id) = neu {
            daten.ansagen("Nachtest-Lauf angelegt.");
            browser::setze_hash(&lauf_href(id));
        }
    };
    view! {
        <h2 class="kern-heading-medium">"Nachtest"</h2>
        <p class="kern-body" role="status">{move || match behoben.get() {
            0 => "Kein Mangel ist als behoben gemeldet. Sobald der Auftragnehmer einen Mangel behoben hat, legen Sie hier den Nachtest an.".to_owned(),
            n => format!("{} behoben gemeldet. Der Nachtest-Lauf enthält ihre Testfälle; besteht ein Testfall, gilt sein Mangel als nachgetestet, schlägt er fehl, geht der Mangel zurück in Bearbeitung.", anzahl(n, "Mangel ist", "Mängel sind")),
        }}</p>
        <div class="formular">
            <Eingabe id="tm-n-release" beschriftung="Release" schmal=true wert=release bei_eingabe=Callback::new(move |w| release.set(w))/>
            <Auswahl id="tm-n-umgebung" beschriftung="Umgebung" optionen=umgebungsoptionen() wert=umgebung bei_eingabe=Callback::new(move |w| umgebung.set(w))/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer id="tm-nachtest" bei_klick=anlegen
                    deaktiviert=Signal::derive(move || !daten.bearbeitbar() || behoben.get() == 0)>
                    "Nachtest-Lauf aus behobenen Mängeln"
                </Knopf>
            </div>
        </div>
    }
}
