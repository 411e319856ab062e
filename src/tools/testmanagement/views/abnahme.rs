//! The acceptance gate and the figures behind it: the proposed decision with its reasons, the
//! gate criteria (manual ones ticked with evidence, computed ones shown with their rule), the
//! Geschäftsvorfälle against the 80 % threshold, the decision taken, the pass rate per run over
//! time, open defects per class and the traceability matrix criterion × case.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Ankreuzfeld, Auswahl, Datumseingabe, Eingabe};
use crate::app::zusammenfassung::oder_strich;
use crate::shared::datum::Datum;
use crate::tools::testmanagement::calc;
use crate::tools::testmanagement::model::{Entscheidung, Klasse, Regel};

use super::{lauf_href, testfall_href};

/// The page "Abnahme und Nachverfolgung".
#[component]
pub fn Abnahme() -> impl IntoView {
    view! {
        <Vorschlag/>
        <Kriterien/>
        <Geschaeftsvorfaelle/>
        <Entscheidungsformular/>
        <Trend/>
        <Matrix/>
    }
}

/// The proposed decision with its reasons.
#[component]
fn Vorschlag() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let vorschlag = daten.ableiten(|ab| calc::vorschlag(&ab.werkzeuge.testmanagement));
    let offen = daten.ableiten(|ab| calc::offene_je_klasse(&ab.werkzeuge.testmanagement));
    move || {
        let (e, gruende) = vorschlag.get();
        let klasse = match e {
            Entscheidung::Abgenommen => "tm-vorschlag tm-vorschlag--gut",
            Entscheidung::UnterVorbehalt => "tm-vorschlag tm-vorschlag--warnung",
            Entscheidung::Verweigert => "tm-vorschlag tm-vorschlag--schlecht",
        };
        let o = offen.get();
        view! {
            <section class=klasse aria-labelledby="tm-vorschlag-titel">
                <h2 class="kern-heading-medium" id="tm-vorschlag-titel">"Vorschlag: "<span id="tm-vorschlag">{e.name()}</span></h2>
                <ul class="tm-liste" id="tm-gruende">
                    {gruende.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}
                </ul>
                <p class="kern-body">{format!(
                    "Offene Mängel: {} betriebsverhindernd, {} betriebsbehindernd, {} leicht. Der Vorschlag folgt den Mängelklassen öffentlicher IT-Verträge: betriebsverhindernd oder -behindernd offen → verweigert, nur leichte offen → unter Vorbehalt.",
                    o[0], o[1], o[2]
                )}</p>
            </section>
        }
    }
}

/// The gate criteria.
#[component]
fn Kriterien() -> impl IntoView {
    let daten = expect_context::<Daten>();
    // The list of criteria is fixed (the default or the stored one, never edited here), so the
    // rows are built once and keep focus while their state follows the data.
    let liste = daten.lies_ungetrackt(|ab| {
        ab.map(|ab| ab.werkzeuge.testmanagement.abnahme.kriterien())
            .unwrap_or_else(crate::tools::testmanagement::model::gate_vorgabe)
    });
    let zustand = daten.ableiten(|ab| {
        let tm = &ab.werkzeuge.testmanagement;
        tm.abnahme
            .kriterien()
            .into_iter()
            .map(|k| (k.id, calc::erfuellt(tm, &k), k.nachweis.clone()))
            .collect::<Vec<_>>()
    });
    let erfuellt_von = move |id: u32| {
        Signal::derive(move || zustand.with(|z| z.iter().any(|(k, e, _)| *k == id && *e)))
    };
    let gespeichert_von = move |id: u32| {
        zustand.with_untracked(|z| {
            z.iter()
                .find(|(k, _, _)| *k == id)
                .map(|(_, _, n)| n.clone())
                .unwrap_or_default()
        })
    };
    let nachweise = RwSignal::new(std::collections::BTreeMap::<u32, String>::new());
    let bearbeitbar = Signal::derive(move || daten.bearbeitbar());
    let nachweis_von = move |id: u32| {
        nachweise
            .with_untracked(|n| n.get(&id).cloned())
            .unwrap_or_else(|| gespeichert_von(id))
    };
    let setzen = move |id: u32, erfuellt: bool, nachweis: String| {
        daten.aendere(
            if erfuellt {
                "Gate-Kriterium erfüllt"
            } else {
                "Gate-Kriterium nicht erfüllt"
            },
            |ab| {
                ab.werkzeuge
                    .testmanagement
                    .abnahme
                    .bestaetige(id, erfuellt, &nachweis);
            },
        );
    };
    let alle_speichern = move |_| {
        let n = nachweise.get_untracked();
        if n.is_empty() {
            return;
        }
        daten.aendere("Nachweise gespeichert", |ab| {
            let a = &mut ab.werkzeuge.testmanagement.abnahme;
            for k in a.kriterien() {
                if let Some(text) = n.get(&k.id) {
                    a.bestaetige(k.id, k.erfuellt, text);
                }
            }
        });
        nachweise.set(Default::default());
        daten.ansagen("Nachweise gespeichert.");
    };
    view! {
        <section class="abschnitt" aria-labelledby="tm-kriterien-titel">
            <h2 class="kern-heading-medium" id="tm-kriterien-titel">"Gate-Kriterien"</h2>
            <p class="kern-body">"Die sechs Kriterien einer Referenzimplementierung und „keine offenen betriebsverhindernden Mängel“; dazu unsere Regel, dass die Testfälle der Priorität hoch bestanden sind (bitte prüfen). Berechnete Kriterien folgen den Daten. "
                <a class="kern-link" href=super::href(&["kriterien"])>"Kriterien hinzufügen, umbenennen oder löschen"</a></p>
            <ol class="tm-kriterien">
                {liste.into_iter().map(|k| {
                    let id = k.id;
                    let erfuellt = erfuellt_von(id);
                    let inhalt = if k.regel == Regel::Manuell {
                        view! {
                            <Ankreuzfeld id=format!("tm-g-{id}") beschriftung=format!("erfüllt: {}", k.titel) wert=erfuellt
                                deaktiviert=Signal::derive(move || !bearbeitbar.get())
                                bei_eingabe=Callback::new(move |an| setzen(id, an, nachweis_von(id)))/>
                            <Eingabe id=format!("tm-g-{id}-nachweis") beschriftung="Nachweis"
                                wert=Signal::derive(move || nachweise.with(|n| n.get(&id).cloned()).unwrap_or_else(|| zustand.with(|z| z.iter().find(|(k, _, _)| *k == id).map(|(_, _, n)| n.clone()).unwrap_or_default())))
                                bei_eingabe=Callback::new(move |w| nachweise.update(|n| { n.insert(id, w); }))
                                deaktiviert=Signal::derive(move || !bearbeitbar.get())/>
                        }.into_any()
                    } else {
                        view! { <p class="kern-body tm-nebentext">{format!("{}: {}", k.regel.name(), k.regel.bedeutung())}</p> }.into_any()
                    };
                    view! {
                        <li class="tm-kriterium">
                            <p class="kern-body"><strong>{k.titel.clone()}</strong>" – "
                                <span class=move || if erfuellt.get() { "tm-marke tm-marke--gut" } else { "tm-marke tm-marke--schlecht" }
                                    id=format!("tm-g-{id}-zustand")>
                                    {move || if erfuellt.get() { "✓ erfüllt" } else { "✗ nicht erfüllt" }}</span></p>
                            {inhalt}
                            <p class="kern-body tm-nebentext">{format!("Quelle: {}", k.quelle)}</p>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <Knopf id="tm-g-nachweise" deaktiviert=Signal::derive(move || !bearbeitbar.get()) bei_klick=alle_speichern>"Nachweise speichern"</Knopf>
        </section>
    }
}

/// The Geschäftsvorfälle against the 80 % threshold.
#[component]
fn Geschaeftsvorfaelle() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let (r0, u0) = daten.lies_ungetrackt(|ab| {
        ab.map_or((0, 0), |ab| {
            (
                ab.werkzeuge.testmanagement.abnahme.gv_relevant,
                ab.werkzeuge.testmanagement.abnahme.gv_umgesetzt,
            )
        })
    });
    let relevant = RwSignal::new(if r0 == 0 {
        String::new()
    } else {
        r0.to_string()
    });
    let umgesetzt = RwSignal::new(if u0 == 0 {
        String::new()
    } else {
        u0.to_string()
    });
    let fehler = RwSignal::new(None::<String>);
    let quote = daten.ableiten(|ab| calc::gv_quote(&ab.werkzeuge.testmanagement));
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lesen = |s: RwSignal<String>| {
            let t = s.get_untracked();
            if t.trim().is_empty() {
                Some(0)
            } else {
                t.trim().parse::<u32>().ok()
            }
        };
        match (lesen(relevant), lesen(umgesetzt)) {
            (Some(r), Some(u)) if u <= r => {
                fehler.set(None);
                daten.aendere("Geschäftsvorfälle gezählt", |ab| {
                    ab.werkzeuge.testmanagement.abnahme.gv_relevant = r;
                    ab.werkzeuge.testmanagement.abnahme.gv_umgesetzt = u;
                });
                daten.ansagen("Geschäftsvorfälle gespeichert.");
            }
            (Some(_), Some(_)) => fehler.set(Some(
                "Umgesetzt können nicht mehr sein als relevant.".to_owned(),
            )),
            _ => fehler.set(Some("Geben Sie ganze Zahlen ein.".to_owned())),
        }
    };
    view! {
        <section class="abschnitt" aria-labelledby="tm-gv-titel">
            <h2 class="kern-heading-medium" id="tm-gv-titel">"Geschäftsvorfälle"</h2>
            <p class="kern-body" id="tm-gv-quote">{move || format!(
                "Umgesetzt: {} – Schwelle für eine Referenzimplementierung: 80 % der relevanten Geschäftsvorfälle.",
                calc::prozent_text(quote.get())
            )}</p>
            <form class="formular" novalidate on:submit=speichern>
                <Eingabe id="tm-gv-relevant" beschriftung="Relevante Geschäftsvorfälle" schmal=true wert=relevant bei_eingabe=Callback::new(move |w| relevant.set(w)) fehler=fehler/>
                <Eingabe id="tm-gv-umgesetzt" beschriftung="Davon umgesetzt" schmal=true wert=umgesetzt bei_eingabe=Callback::new(move |w| umgesetzt.set(w))/>
                <div class="knopfleiste">
                    <Knopf absenden=true id="tm-gv-speichern" deaktiviert=Signal::derive(move || !daten.bearbeitbar())>"Geschäftsvorfälle speichern"</Knopf>
                </div>
            </form>
        </section>
    }
}

/// The decision taken.
#[component]
fn Entscheidungsformular() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let a = daten.lies_ungetrackt(|ab| {
        ab.map(|ab| ab.werkzeuge.testmanagement.abnahme.clone())
            .unwrap_or_default()
    });
    let entscheidung = RwSignal::new(
        a.entscheidung
            .map(|e| e.name().to_owned())
            .unwrap_or_default(),
    );
    let datum = RwSignal::new(a.datum.map(|d| d.deutsch()).unwrap_or_default());
    let begruendung = RwSignal::new(a.begruendung.clone());
    let fehler = RwSignal::new(None::<String>);
    let gespeichert = daten.ableiten(|ab| {
        let a = &ab.werkzeuge.testmanagement.abnahme;
        a.entscheidung.map(|e| {
            format!(
                "Entschieden: {}{}",
                e.name(),
                a.datum
                    .map(|d| format!(" am {}", d.deutsch()))
                    .unwrap_or_default()
            )
        })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = datum.get_untracked();
        let tag = Datum::aus_deutsch(&d);
        if tag.is_none() && !d.trim().is_empty() {
            fehler.set(Some("Geben Sie das Datum als TT.MM.JJJJ ein.".to_owned()));
            return;
        }
        fehler.set(None);
        let e = Entscheidung::aus_name(&entscheidung.get_untracked());
        let b = begruendung.get_untracked();
        daten.aendere("Abnahme entschieden", |ab| {
            let a = &mut ab.werkzeuge.testmanagement.abnahme;
            a.entscheidung = e;
            a.datum = tag.or(e.map(|_| browser::heute()));
            a.begruendung = b.trim().to_owned();
        });
        daten.ansagen("Entscheidung gespeichert.");
    };
    let optionen = Entscheidung::ALLE
        .iter()
        .map(|e| (e.name().to_owned(), e.name().to_owned()))
        .collect::<Vec<_>>();
    view! {
        <section class="abschnitt" aria-labelledby="tm-entscheidung-titel">
            <h2 class="kern-heading-medium" id="tm-entscheidung-titel">"Entscheidung"</h2>
            <p class="kern-body">{move || gespeichert.get().unwrap_or_else(|| "Noch nicht entschieden. Das Werkzeug schlägt nur vor; entscheiden Sie.".to_owned())}</p>
            <form class="formular" novalidate on:submit=speichern>
                <Auswahl id="tm-e-entscheidung" beschriftung="Entscheidung" optionen=mit_leerem_wert("noch nicht entschieden", optionen)
                    wert=entscheidung bei_eingabe=Callback::new(move |w| entscheidung.set(w))/>
                <Datumseingabe id="tm-e-datum" beschriftung="Datum" wert=datum bei_eingabe=Callback::new(move |w| datum.set(w)) fehler=fehler/>
                <Eingabe id="tm-e-begruendung" beschriftung="Begründung und Vorbehalte" mehrzeilig=true wert=begruendung bei_eingabe=Callback::new(move |w| begruendung.set(w))/>
                <div class="knopfleiste">
                    <Knopf art=Knopfart::Primaer absenden=true id="tm-e-speichern" deaktiviert=Signal::derive(move || !daten.bearbeitbar())>"Entscheidung speichern"</Knopf>
                </div>
            </form>
        </section>
    }
}

/// Pass rate per run over time and open defects per class.
#[component]
fn Trend() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(|ab| {
        calc::trend(&ab.werkzeuge.testmanagement)
            .into_iter()
            .map(|(l, f)| {
                (
                    l.id,
                    l.titel.clone(),
                    l.datum.map(|d| d.deutsch()).unwrap_or_default(),
                    f,
                )
            })
            .collect::<Vec<_>>()
    });
    let offen = daten.ableiten(|ab| calc::offene_je_klasse(&ab.werkzeuge.testmanagement));
    view! {
        <section class="abschnitt" aria-labelledby="tm-trend-titel">
            <h2 class="kern-heading-medium" id="tm-trend-titel">"Verlauf der Testläufe"</h2>
            {move || if zeilen.with(Vec::is_empty) {
                view! { <p class="kern-body">"Noch kein Testlauf."</p> }.into_any()
            } else {
                view! {
                    <Tabelle id="tm-trend-tabelle" titel="Pass-Rate je Testlauf, älteste zuerst" spalten=&["Testlauf", "Datum", "Ausgeführt", "Bestanden", "Pass-Rate"] zahlenspalten=&[2, 3, 4]>
                        <tbody>
                            {zeilen.get().into_iter().map(|(id, titel, datum, f)| {
                                let breite = f.pass_rate().unwrap_or(0) / 100;
                                view! {
                                    <tr>
                                        <th scope="row"><a class="kern-link" href=lauf_href(id)>{titel}</a></th>
                                        <td class="tabelle__datum">{oder_strich(&datum)}</td>
                                        <td class="tabelle__zahl">{format!("{} von {}", f.ausgefuehrt, f.gesamt)}</td>
                                        <td class="tabelle__zahl">{f.bestanden}</td>
                                        <td class="tabelle__zahl">
                                            <span class=format!("tm-balken tm-balken--{breite}") aria-hidden="true"></span>
                                            {calc::prozent_text(f.pass_rate())}
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </Tabelle>
                }.into_any()
            }}
            <Tabelle id="tm-klassen-tabelle" titel="Offene Mängel je Klasse" spalten=&["Klasse", "Offen"] zahlenspalten=&[1]>
                <tbody>
                    {move || {
                        let o = offen.get();
                        Klasse::ALLE.iter().zip(o).map(|(k, n)| view! {
                            <tr><th scope="row">{k.name()}</th><td class="tabelle__zahl">{n}</td></tr>
                        }).collect_view()
                    }}
                </tbody>
            </Tabelle>
        </section>
    }
}

/// The traceability matrix criterion × case.
#[component]
fn Matrix() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let matrix = daten.ableiten(|ab| {
        let tm = &ab.werkzeuge.testmanagement;
        let faelle: Vec<(u32, String)> = tm
            .testfaelle
            .iter()
            .map(|t| (t.id, t.kennung.clone()))
            .collect();
        let zeilen: Vec<(String, String, Vec<bool>, usize, usize)> = calc::traceability(tm)
            .into_iter()
            .map(|s| {
                let an = faelle
                    .iter()
                    .map(|(id, _)| s.faelle.iter().any(|t| t.id == *id))
                    .collect();
                (
                    s.kriterium.kennung.clone(),
                    s.kriterium.titel.clone(),
                    an,
                    s.faelle.len(),
                    s.bestanden,
                )
            })
            .collect();
        let (abgedeckt, alle) = calc::abdeckung(tm);
        (faelle, zeilen, abgedeckt, alle)
    });
    move || {
        let (faelle, zeilen, abgedeckt, alle) = matrix.get();
        view! {
            <section class="abschnitt" aria-labelledby="tm-matrix-titel">
                <h2 class="kern-heading-medium" id="tm-matrix-titel">"Nachverfolgung: Kriterium × Testfall"</h2>
                <p class="kern-body" id="tm-abdeckung">{format!(
                    "Abgedeckt: {abgedeckt} von {alle} Qualitätskriterien ({}). Ein Kriterium gilt als abgedeckt, wenn mindestens ein Testfall darauf verweist.",
                    calc::prozent_text(calc::promille(abgedeckt, alle))
                )}</p>
                {if zeilen.is_empty() {
                    view! { <p class="kern-body">"Noch kein Qualitätskriterium. Übernehmen Sie die Startbibliothek, sie bringt Kriterien mit."</p> }.into_any()
                } else {
                    view! {
                        <Tabelle id="tm-matrix" titel="Qualitätskriterien mit ihren Testfällen (✓ verknüpft)">
                            <thead class="kern-table__head"><tr class="kern-table__row">
                                <th scope="col" class="kern-table__header">"Kriterium"</th>
                                <th scope="col" class="kern-table__header kern-table__header--numeric">"Testfälle"</th>
                                <th scope="col" class="kern-table__header kern-table__header--numeric">"davon bestanden"</th>
                                {faelle.iter().map(|(id, k)| view! {
                                    <th scope="col" class="kern-table__header tm-matrix__fall"><a class="kern-link" href=testfall_href(*id)>{k.clone()}</a></th>
                                }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {zeilen.into_iter().map(|(kennung, titel, an, n, bestanden)| view! {
                                    <tr>
                                        <th scope="row">{format!("{kennung} {titel}")}{(n == 0).then(|| view! { " " <span class="tm-marke tm-marke--schlecht">"nicht abgedeckt"</span> })}</th>
                                        <td class="tabelle__zahl">{n}</td>
                                        <td class="tabelle__zahl">{bestanden}</td>
                                        {an.into_iter().map(|x| view! {
                                            <td class="tm-matrix__zelle">{if x { view! { <span aria-hidden="true">"✓"</span><span class="kern-sr-only">"verknüpft"</span> }.into_any() } else { view! { <span class="kern-sr-only">"nicht verknüpft"</span> }.into_any() }}</td>
                                        }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </Tabelle>
                    }.into_any()
                }}
            </section>
        }
    }
}
