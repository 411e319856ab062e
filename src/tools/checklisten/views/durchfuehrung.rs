//! A run: the key facts (the Erfüllungsgrad marked "vorläufig" while items are open: open
//! items do not count yet), the actions (print version, comparison with another run of the
//! same object, "Erneut durchführen"), the K.-o. items first, the Erfüllungsgrad per section
//! (bars with the value as text), and the answering form one section at a time with its
//! progress ("Abschnitt 3 von 12, 18 von 40 beantwortet"). Items whose condition is not met are
//! hidden (their stored answers stay). Every answer is saved at once as one undoable step:
//! radio groups work with the arrow keys, text fields save when the user leaves them. The
//! record frame (`app::datensatz`) adds the way back and deleting the run after a confirmation.

use crate::shared::datensatz::Datensaetze;
use leptos::prelude::*;

use crate::app::components::{Hinweis, HinweisArt};
use crate::app::daten::Daten;
use crate::app::formular::{Auswahl, Datumseingabe};
use crate::app::zusammenfassung::{Angabe, Zusammenfassung};
use crate::shared::datum::Datum;
use crate::tools::checklisten::calc;
use crate::tools::checklisten::model::{
    Antwort, Antworttyp, Durchfuehrung, Folgemassnahme, Massnahmenstatus, Pruefpunkt, Vorlage,
};

use super::{href, vorlage_href, Balken, BittePruefen, Feld};
use crate::app::components::Knopf;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::shared::text::anzahl;

/// The run, its template version and the object's name.
type Stand = Option<(Vorlage, Durchfuehrung, String)>;

/// Changes the answer to item `punkt` of run `id` as one undoable step.
fn setze(daten: Daten, id: u32, punkt: u32, was: &str, aendern: impl FnOnce(&mut Antwort)) {
    daten.aendere(was, |ab| {
        if let Some(d) = ab.werkzeuge.checklisten.durchfuehrungen.mit_id_mut(id) {
            aendern(d.antwort_mut(punkt));
        }
    });
}

/// The page of run `id`.
#[component]
pub fn Durchfuehrungsseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand: Memo<Stand> = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.checklisten;
        let d = plan.durchfuehrung(id)?.clone();
        let v = plan.vorlage(d.vorlage)?.clone();
        let objekt = calc::objekt_titel(ab, &d.objekt).0;
        Some((v, d, objekt))
    });
    let vorhanden = Signal::derive(move || stand.with(Option::is_some));
    let name = Signal::derive(move || {
        stand.with(|s| {
            s.as_ref().map_or(String::new(), |(v, d, o)| {
                format!(
                    "Durchführung „{}“ vom {} ({o})",
                    v.titel,
                    d.datum.map(|t| t.deutsch()).unwrap_or_default()
                )
            })
        })
    });
    let loeschen = Loeschen {
        name,
        folgen: "Die Durchführung wird mit allen Antworten, Kommentaren, Nachweisen und Folgemaßnahmen gelöscht; die Vorlage bleibt.",
        ausfuehren: Callback::new(move |_| {
            let n = name.get_untracked();
            daten.aendere(&format!("{n} gelöscht"), |ab| ab.werkzeuge.checklisten.entferne_durchfuehrung(id));
            daten.ansagen(format!("{n} gelöscht."));
        }),
    };
    view! {
        <Datensatzseite vorhanden nicht_vorhanden="Diese Durchführung" zurueck=("Zu den Durchführungen", href(&[]))
            abschnitte=vec![("cl-auswertung-titel", "Auswertung je Abschnitt"), ("cl-beantworten", "Prüfpunkte beantworten")]
            loeschen=loeschen>
            <Inhalt id stand/>
        </Datensatzseite>
    }
}

/// The run's content: facts, actions, K.-o. items, results and the answering form.
#[component]
fn Inhalt(id: u32, stand: Memo<Stand>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let Some((vorlage, _, _)) = stand.get_untracked() else {
        return ().into_any();
    };
    let vergleichbar = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.checklisten;
        plan.durchfuehrung(id)
            .is_some_and(|d| !calc::vergleichbar(plan, d).is_empty())
    });
    let erneut = move |_| {
        let mut neu = None;
        daten.aendere("Checkliste erneut durchgeführt", |ab| {
            let plan = &ab.werkzeuge.checklisten;
            let Some(alt) = plan.durchfuehrung(id).cloned() else {
                return;
            };
            let Some(familie) = plan.vorlage(alt.vorlage).map(|v| v.familie) else {
                return;
            };
            let Some(v) = super::vorlage_der_familie(ab, familie) else {
                return;
            };
            let plan = &mut ab.werkzeuge.checklisten;
            let vorlage = plan.fuer_durchfuehrung(&v);
            neu = Some(plan.speichere_durchfuehrung(Durchfuehrung {
                vorlage,
                objekt: alt.objekt,
                datum: Some(crate::app::browser::heute()),
                bearbeitende: alt.bearbeitende,
                ..Durchfuehrung::default()
            }));
        });
        if let Some(neu) = neu {
            daten.ansagen("Neue Durchführung mit derselben Vorlage für dasselbe Objekt begonnen.");
            crate::app::browser::setze_hash(&super::durchfuehrung_href(neu));
        }
    };
    let aktionen = view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--secondary" id="cl-zur-druckfassung" href=super::druck_href(id)>
                <span class="kern-label">"Druckfassung"</span>
            </a>
            {move || vergleichbar.get().then(|| view! {
                <a class="kern-btn kern-btn--secondary" id="cl-zum-vergleich" href=super::vergleich_href(id)>
                    <span class="kern-label">"Mit anderer Durchführung vergleichen"</span>
                </a>
            })}
            <Knopf id="cl-erneut" deaktiviert=move || !daten.bearbeitbar() bei_klick=erneut>"Erneut durchführen"</Knopf>
        </div>
        <p class="kern-hint">"„Erneut durchführen“ beginnt eine neue Durchführung mit der neuesten Version der Vorlage für dasselbe Objekt; danach vergleichen Sie beide."</p>
    };
    let aktuell = RwSignal::new(0usize);
    let anzahl_abschnitte = vorlage.abschnitte.len();
    let auswertung =
        Memo::new(move |_| stand.with(|s| s.as_ref().map(|(v, d, _)| calc::auswertung(v, d))));
    let ko = Memo::new(move |_| {
        stand.with(|s| {
            s.as_ref().map_or(Vec::new(), |(v, d, _)| {
                calc::ko_punkte(v, d)
                    .into_iter()
                    .map(|(a, p)| {
                        (
                            v.abschnitte.iter().position(|x| x.id == a.id).unwrap_or(0),
                            format!("{} {}", p.nr, p.frage),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let fakten = move || {
        stand.get().map(|(v, d, objekt)| {
            let gesamt = auswertung.get().map(|(_, g)| g).unwrap_or_default();
            view! {
                <Zusammenfassung>
                    <Angabe bezeichnung="Vorlage">
                        <a class="kern-link" href=vorlage_href(v.familie)>{format!("{}, Version {}", v.titel, v.version)}</a>
                        {v.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}
                    </Angabe>
                    <Angabe bezeichnung="Geprüft wird">{objekt}</Angabe>
                    <Angabe bezeichnung="Datum">{d.datum.map(|d| d.deutsch()).unwrap_or_default()}</Angabe>
                    <Angabe bezeichnung="Bearbeitende">{d.bearbeitende.clone()}</Angabe>
                    <Angabe bezeichnung="Erfüllungsgrad gesamt">
                        <span id="cl-gesamt">{gesamt.text()}</span>
                        {if gesamt.beantwortet < gesamt.sichtbar {
                            format!(" (vorläufig: {} von {} angezeigten Prüfpunkten beantwortet; offene zählen noch nicht)", gesamt.beantwortet, gesamt.sichtbar)
                        } else {
                            format!(" (alle {} angezeigten Prüfpunkte beantwortet)", gesamt.sichtbar)
                        }}
                    </Angabe>
                    <Angabe bezeichnung="K.-o.">
                        {if gesamt.ko > 0 { anzahl(gesamt.ko, "Muss-Punkt mit „nein“", "Muss-Punkte mit „nein“") } else { "kein K.-o.".to_owned() }}
                    </Angabe>
                </Zusammenfassung>
            }
        })
    };
    let ko_block = move || {
        let liste = ko.get();
        (!liste.is_empty()).then(|| view! {
            <div id="cl-ko">
                <Hinweis art=HinweisArt::Warnung titel=format!("K.-o.: {} Muss-Prüfpunkt(e) mit „nein“", liste.len())>
                    <ul class="kern-list">
                        {liste.into_iter().map(|(i, text)| view! {
                            <li>
                                <button type="button" class="kern-link cl-linkknopf" on:click=move |_| aktuell.set(i)>{text}</button>
                            </li>
                        }).collect_view()}
                    </ul>
                </Hinweis>
            </div>
        })
    };
    let titel: Vec<String> = vorlage.abschnitte.iter().map(|a| a.titel.clone()).collect();
    let titel_tabelle = titel.clone();
    let tabelle = move || {
        let je = auswertung.get().map(|(je, _)| je).unwrap_or_default();
        titel_tabelle
            .iter()
            .zip(je)
            .enumerate()
            .map(|(i, (t, e))| {
                let name = format!("Erfüllungsgrad {t}");
                view! {
                    <tr>
                        <th scope="row"><button type="button" class="kern-link cl-linkknopf" on:click=move |_| aktuell.set(i)>{format!("{}. {}", i + 1, t)}</button></th>
                        <td class="zahl">{format!("{} von {}", e.beantwortet, e.sichtbar)}</td>
                        <td><Balken promille=e.promille() text=e.text() name/></td>
                        <td>{if e.ko > 0 { "K.-o." } else { "" }}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let fortschritt = move || {
        let gesamt = auswertung.get().map(|(_, g)| g).unwrap_or_default();
        format!(
            "Abschnitt {} von {}, {} von {} beantwortet",
            aktuell.get() + 1,
            anzahl_abschnitte,
            gesamt.beantwortet,
            gesamt.sichtbar
        )
    };
    let optionen: Vec<(String, String)> = titel
        .iter()
        .enumerate()
        .map(|(i, t)| (i.to_string(), format!("{}. {}", i + 1, t)))
        .collect();
    let abschnitt = {
        let vorlage = vorlage.clone();
        move || {
            let i = aktuell.get().min(anzahl_abschnitte.saturating_sub(1));
            vorlage.abschnitte.get(i).cloned().map(|a| {
                let e = move || auswertung.get().and_then(|(je, _)| je.get(i).copied()).unwrap_or_default();
                let v = vorlage.clone();
                view! {
                    <section class="cl-abschnitt" aria-labelledby="cl-abschnitt-titel">
                        <h3 class="kern-heading-small" id="cl-abschnitt-titel" tabindex="-1">{format!("{}. {}", i + 1, a.titel)}</h3>
                        <p class="kern-body">{move || { let e = e(); format!("Erfüllungsgrad dieses Abschnitts: {} ({} von {} beantwortet)", e.text(), e.beantwortet, e.sichtbar) }}</p>
                        {a.punkte.into_iter().map(|p| view! { <Punkt id stand vorlage=v.clone() punkt=p/> }).collect_view()}
                    </section>
                }
            })
        }
    };
    view! {
        {fakten}
        {aktionen}
        {ko_block}
        <h2 class="kern-heading-medium" id="cl-auswertung-titel" tabindex="-1">"Auswertung je Abschnitt"</h2>
        <div class="kern-table-responsive" role="region" aria-label="Auswertung je Abschnitt" tabindex="0">
            <table class="kern-table cl-auswertung">
                <thead><tr><th scope="col">"Abschnitt"</th><th scope="col">"Beantwortet"</th><th scope="col">"Erfüllungsgrad"</th><th scope="col">"K.-o."</th></tr></thead>
                <tbody>{tabelle}</tbody>
            </table>
        </div>
        <h2 class="kern-heading-medium" id="cl-beantworten" tabindex="-1">"Prüfpunkte beantworten"</h2>
        <p class="kern-body" role="status" id="cl-fortschritt">{fortschritt}</p>
        <div class="filterleiste">
            <Auswahl id="cl-abschnitt-wahl" beschriftung="Abschnitt" optionen wert=Signal::derive(move || aktuell.get().to_string())
                bei_eingabe=Callback::new(move |w: String| aktuell.set(w.parse().unwrap_or(0)))/>
        </div>
        {abschnitt}
        <div class="knopfleiste">
            <Knopf id="cl-zurueck" deaktiviert=move || aktuell.get() == 0 bei_klick=move |_| aktuell.update(|i| *i = i.saturating_sub(1))>
                "Voriger Abschnitt"
            </Knopf>
            <button type="button" class="kern-btn kern-btn--primary" id="cl-weiter" disabled=move || { aktuell.get() + 1 >= anzahl_abschnitte }
                on:click=move |_| {
                    aktuell.update(|i| *i += 1);
                    super::fokus_nach_aenderung("cl-abschnitt-titel".into());
                }>
                <span class="kern-label">"Nächster Abschnitt"</span>
            </button>
        </div>
    }
    .into_any()
}

/// One item: its question, the answer control, a K.-o. marker, and the details (comment,
/// evidence, owner, measure). Hidden while its condition is not met.
#[component]
fn Punkt(id: u32, stand: Memo<Stand>, vorlage: Vorlage, punkt: Pruefpunkt) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let pid = punkt.id;
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let p_sicht = punkt.clone();
    let sichtbar = Memo::new(move |_| {
        stand.with(|s| {
            s.as_ref()
                .is_some_and(|(v, d, _)| calc::sichtbar(v, d, &p_sicht))
        })
    });
    let p_ko = punkt.clone();
    let ist_ko = Memo::new(move |_| {
        stand.with(|s| s.as_ref().is_some_and(|(_, d, _)| calc::ist_ko(&p_ko, d)))
    });
    let lies = move |f: fn(&Antwort) -> String| {
        Signal::derive(move || {
            stand.with(|s| {
                s.as_ref()
                    .and_then(|(_, d, _)| d.antwort(pid))
                    .map(f)
                    .unwrap_or_default()
            })
        })
    };
    let massnahme = move |f: fn(&Folgemassnahme) -> String| {
        Signal::derive(move || {
            stand.with(|s| {
                s.as_ref()
                    .and_then(|(_, d, _)| d.antwort(pid))
                    .and_then(|a| a.massnahme.as_ref())
                    .map(f)
                    .unwrap_or_default()
            })
        })
    };
    let nr = if punkt.nr.is_empty() {
        String::new()
    } else {
        format!("{} ", punkt.nr)
    };
    let basis = format!("cl-a-{pid}");
    let bedingung = punkt.bedingung.as_ref().map(|_| {
        format!(
            "Wird gezeigt, {}.",
            super::super::export::bedingung_text(&vorlage, &punkt)
        )
    });
    let steuerung = match punkt.typ {
        Antworttyp::Text => view! {
            <Feld id=format!("{basis}-text") beschriftung="Antwort" wert=lies(|a| a.text.clone()) mehrzeilig=true deaktiviert
                bei_aenderung=Callback::new(move |w: String| setze(daten, id, pid, "Antwort geändert", |a| a.text = w.trim().to_owned()))/>
        }
        .into_any(),
        Antworttyp::Datum => view! {
            <Datumseingabe id=format!("{basis}-datum") beschriftung="Antwort (Datum)" wert=lies(|a| a.datum.map(|d| d.deutsch()).unwrap_or_default())
                bei_eingabe=Callback::new(|_| {}) deaktiviert
                bei_aenderung=Callback::new(move |w: String| setze(daten, id, pid, "Antwort geändert", |a| a.datum = Datum::aus_deutsch(&w)))/>
        }
        .into_any(),
        typ => {
            let name = basis.clone();
            typ.werte()
                .iter()
                .map(|&(code, text)| {
                    let rid = format!("{name}-{code}");
                    let gewaehlt = lies(|a| a.wert.clone());
                    view! {
                        <div class="kern-form-check">
                            <input class="kern-form-check__radio" type="radio" id=rid.clone() name=name.clone() value=code
                                prop:checked=move || gewaehlt.get() == code disabled=deaktiviert
                                on:change=move |_| setze(daten, id, pid, &format!("Antwort „{text}“"), |a| a.wert = code.to_owned())/>
                            <label class="kern-label" for=rid>{text}</label>
                        </div>
                    }
                })
                .collect_view()
                .into_any()
        }
    };
    let status_optionen: Vec<(String, String)> = Massnahmenstatus::ALLE
        .iter()
        .map(|s| (s.name().to_owned(), s.name().to_owned()))
        .collect();
    let setze_m = move |was: &'static str, f: fn(&mut Folgemassnahme, String)| {
        Callback::new(move |w: String| {
            setze(daten, id, pid, was, |a| {
                f(a.massnahme.get_or_insert_with(Folgemassnahme::default), w)
            })
        })
    };
    view! {
        <fieldset class="kern-fieldset cl-punkt" id=format!("{basis}-punkt") hidden=move || !sichtbar.get()>
            <legend class="kern-label cl-punkt__frage">
                {nr}{punkt.frage.clone()}
                {punkt.muss.then(|| view! { " " <span class="cl-muss">"(Muss)"</span> })}
            </legend>
            {(!punkt.hilfe.is_empty()).then(|| view! { <p class="kern-hint">{punkt.hilfe.clone()}</p> })}
            {bedingung.map(|b| view! { <p class="kern-hint">{b}</p> })}
            <div class="kern-fieldset__body cl-wahl">{steuerung}</div>
            {move || ist_ko.get().then(|| view! { <p class="kern-body"><strong class="cl-ko">"K.-o.: Muss-Punkt mit „nein“"</strong></p> })}
            <details class="cl-details">
                <summary class="kern-link">"Kommentar, Nachweis, Maßnahme"</summary>
                <div class="formular__reihe">
                    <Feld id=format!("{basis}-kommentar") beschriftung="Kommentar" wert=lies(|a| a.kommentar.clone()) deaktiviert
                        bei_aenderung=Callback::new(move |w: String| setze(daten, id, pid, "Kommentar geändert", |a| a.kommentar = w.trim().to_owned()))/>
                    <Feld id=format!("{basis}-nachweis") beschriftung="Nachweis (Link oder Ablageort)" wert=lies(|a| a.nachweis.clone()) deaktiviert
                        bei_aenderung=Callback::new(move |w: String| setze(daten, id, pid, "Nachweis geändert", |a| a.nachweis = w.trim().to_owned()))/>
                    <Feld id=format!("{basis}-verantwortlich") beschriftung="Verantwortlich" wert=lies(|a| a.verantwortlich.clone()) deaktiviert
                        bei_aenderung=Callback::new(move |w: String| setze(daten, id, pid, "Verantwortlich geändert", |a| a.verantwortlich = w.trim().to_owned()))/>
                </div>
                <fieldset class="kern-fieldset">
                    <legend class="kern-label">"Folgemaßnahme"</legend>
                    <div class="formular__reihe">
                        <Feld id=format!("{basis}-m-titel") beschriftung="Maßnahme" wert=massnahme(|m| m.titel.clone()) deaktiviert
                            bei_aenderung=setze_m("Maßnahme geändert", |m, w| m.titel = w.trim().to_owned())/>
                        <Feld id=format!("{basis}-m-verantwortlich") beschriftung="Verantwortlich für die Maßnahme" wert=massnahme(|m| m.verantwortlich.clone()) deaktiviert
                            bei_aenderung=setze_m("Maßnahme geändert", |m, w| m.verantwortlich = w.trim().to_owned())/>
                        <Datumseingabe id=format!("{basis}-m-termin") beschriftung="Termin" wert=massnahme(|m| m.termin.map(|d| d.deutsch()).unwrap_or_default())
                            bei_eingabe=Callback::new(|_| {}) deaktiviert
                            bei_aenderung=setze_m("Termin der Maßnahme geändert", |m, w| m.termin = Datum::aus_deutsch(&w))/>
                        <Auswahl id=format!("{basis}-m-status") beschriftung="Status" optionen=status_optionen
                            wert=massnahme(|m| m.status.name().to_owned()) deaktiviert
                            bei_eingabe=setze_m("Status der Maßnahme geändert", |m, w| m.status = Massnahmenstatus::aus_name(&w).unwrap_or_default())/>
                    </div>
                </fieldset>
            </details>
        </fieldset>
    }
}
