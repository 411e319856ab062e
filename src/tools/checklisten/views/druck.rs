//! The checklist on paper: a completed run ([`Ausgefuellt`]: every shown item with its answer,
//! comment, evidence and measure, the Erfüllungsgrad per section and the K.-o. items first) and
//! a template as a blank form ([`Leer`]: every item with boxes to tick and lines to write on,
//! conditional items with their condition), for workshops where the checklist is filled in on
//! paper. Print rules are in the tool's `stil.css` (`.cl-druck`).

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::zusammenfassung::oder_strich;
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::tools::checklisten::calc;
use crate::tools::checklisten::export::bedingung_text;
use crate::tools::checklisten::model::{Antworttyp, Durchfuehrung, Pruefpunkt, Vorlage};

use super::{durchfuehrung_href, href, vorlage_der_familie, vorlage_href};

/// "Behörde – Arbeitsbereich · Stand 04.12.2026" above the sheet.
fn kopfzeile(ab: &Arbeitsbereich) -> String {
    let wer = [
        ab.metadaten.behoerde.as_str(),
        ab.metadaten.bezeichnung.as_str(),
    ]
    .into_iter()
    .filter(|t| !t.trim().is_empty())
    .collect::<Vec<_>>()
    .join(" – ");
    format!("{wer} · Stand {}", browser::heute().deutsch())
}

/// The buttons above the sheet (not printed).
fn leiste(zurueck: (&'static str, String)) -> impl IntoView {
    let drucken = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="knopfleiste cl-nicht-drucken">
            <Knopf art=Knopfart::Primaer id="cl-drucken" bei_klick=drucken>"Drucken"</Knopf>
            <a class="kern-btn kern-btn--secondary" href=zurueck.1><span class="kern-label">{zurueck.0}</span></a>
        </div>
    }
}

/// One labelled line of the sheet's head.
fn angabe(bezeichnung: &'static str, wert: String) -> impl IntoView {
    view! { <div class="cl-druck__angabe"><dt>{bezeichnung}</dt><dd>{oder_strich(&wert)}</dd></div> }
}

/// "1.2 Frage (Muss)" as the item's heading line.
fn frage(p: &Pruefpunkt) -> impl IntoView {
    let nr = if p.nr.is_empty() {
        String::new()
    } else {
        format!("{} ", p.nr)
    };
    view! {
        <p class="cl-druck__frage">
            {nr}{p.frage.clone()}
            {p.muss.then(|| view! { " " <span class="cl-muss">"(Muss)"</span> })}
        </p>
    }
}

/// Everything the completed sheet shows, read once.
#[derive(Clone, PartialEq)]
struct Lauf {
    kopf: String,
    objekt: String,
    v: Vorlage,
    d: Durchfuehrung,
}

/// The print version of run `id`.
#[component]
pub fn Ausgefuellt(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let inhalt = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.checklisten;
        let d = plan.durchfuehrung(id)?.clone();
        let v = plan.vorlage(d.vorlage)?.clone();
        Some(Lauf {
            kopf: kopfzeile(ab),
            objekt: calc::objekt_titel(ab, &d.objekt).0,
            v,
            d,
        })
    });
    move || {
        let Some(Lauf { kopf, objekt, v, d }) = inhalt.get() else {
            return view! {
                <p class="kern-body">"Diese Durchführung gibt es im geöffneten Arbeitsbereich nicht (mehr). "
                    <a class="kern-link" href=href(&[])>"Zu den Durchführungen"</a></p>
            }
            .into_any();
        };
        let (je, gesamt) = calc::auswertung(&v, &d);
        let ko: Vec<String> = calc::ko_punkte(&v, &d)
            .into_iter()
            .map(|(_, p)| format!("{} {}", p.nr, p.frage).trim().to_owned())
            .collect();
        let ausgeblendet = v
            .punkte()
            .filter(|(_, p)| !calc::sichtbar(&v, &d, p))
            .count();
        let vorlaeufig = if gesamt.beantwortet < gesamt.sichtbar {
            " (vorläufig)"
        } else {
            ""
        };
        let abschnitte = v
            .abschnitte
            .iter()
            .zip(je)
            .enumerate()
            .map(|(i, (a, e))| {
                let punkte = a
                    .punkte
                    .iter()
                    .filter(|p| calc::sichtbar(&v, &d, p))
                    .map(|p| {
                        let antwort = d.antwort(p.id).cloned().unwrap_or_default();
                        let text = calc::antwort_text(p, &d);
                        let massnahme = antwort.massnahme.as_ref().filter(|m| !m.titel.is_empty()).map(|m| {
                            let mut teile = vec![m.titel.clone()];
                            if !m.verantwortlich.is_empty() {
                                teile.push(m.verantwortlich.clone());
                            }
                            if let Some(t) = m.termin {
                                teile.push(format!("bis {}", t.deutsch()));
                            }
                            teile.push(m.status.name().to_owned());
                            teile.join(", ")
                        });
                        view! {
                            <li class="cl-druck__punkt">
                                {frage(p)}
                                <p><strong>"Antwort: "</strong>{if text.is_empty() { "nicht beantwortet".to_owned() } else { text }}
                                    {calc::ist_ko(p, &d).then(|| view! { " " <strong class="cl-ko">"(K.-o.)"</strong> })}</p>
                                {(!antwort.kommentar.is_empty()).then(|| view! { <p><strong>"Kommentar: "</strong>{antwort.kommentar.clone()}</p> })}
                                {(!antwort.nachweis.is_empty()).then(|| view! { <p><strong>"Nachweis: "</strong>{antwort.nachweis.clone()}</p> })}
                                {(!antwort.verantwortlich.is_empty()).then(|| view! { <p><strong>"Verantwortlich: "</strong>{antwort.verantwortlich.clone()}</p> })}
                                {massnahme.map(|m| view! { <p><strong>"Maßnahme: "</strong>{m}</p> })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="cl-druck__abschnitt" aria-labelledby=format!("cl-druck-a{i}")>
                        <h2 class="kern-heading-small" id=format!("cl-druck-a{i}")>{format!("{}. {}", i + 1, a.titel)}</h2>
                        <p class="cl-druck__ergebnis">{format!("Erfüllungsgrad {} · {} von {} beantwortet{}", e.text(), e.beantwortet, e.sichtbar, if e.ko > 0 { " · K.-o." } else { "" })}</p>
                        <ol class="cl-druck__punkte">{punkte}</ol>
                    </section>
                }
            })
            .collect_view();
        view! {
            {leiste(("Zur Durchführung", durchfuehrung_href(id)))}
            <article class="cl-druck" aria-label="Ausgefüllte Checkliste">
                <p class="cl-druck__kopf">{kopf}</p>
                <dl class="cl-druck__angaben">
                    {angabe("Checkliste", format!("{}, Version {}{}", v.titel, v.version, if v.bitte_pruefen { " (bitte prüfen)" } else { "" }))}
                    {angabe("Geprüft wird", objekt)}
                    {angabe("Datum", d.datum.map(|t| t.deutsch()).unwrap_or_default())}
                    {angabe("Bearbeitende", d.bearbeitende.clone())}
                    {angabe("Erfüllungsgrad gesamt", format!("{}{vorlaeufig}, {} von {} Prüfpunkten beantwortet", gesamt.text(), gesamt.beantwortet, gesamt.sichtbar))}
                    {angabe("K.-o.", if ko.is_empty() { "kein K.-o.".to_owned() } else { ko.join("; ") })}
                </dl>
                {(ausgeblendet > 0).then(|| view! {
                    <p class="kern-body">{format!("{ausgeblendet} Prüfpunkt(e) ausgeblendet, weil ihre Bedingung nicht erfüllt ist.")}</p>
                })}
                {abschnitte}
            </article>
        }
        .into_any()
    }
}

/// The blank print form of template family `familie`.
#[component]
pub fn Leer(familie: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let inhalt =
        daten.ableiten(move |ab| vorlage_der_familie(ab, familie).map(|v| (kopfzeile(ab), v)));
    move || {
        let Some((kopf, v)) = inhalt.get() else {
            return view! {
                <p class="kern-body">"Diese Vorlage gibt es nicht (mehr). "
                    <a class="kern-link" href=href(&["vorlagen"])>"Zu den Vorlagen"</a></p>
            }
            .into_any();
        };
        let abschnitte = v
            .abschnitte
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let punkte = a
                    .punkte
                    .iter()
                    .map(|p| {
                        let bedingung = bedingung_text(&v, p);
                        let kaestchen = match p.typ {
                            Antworttyp::Text => "Antwort: ________________________________________".to_owned(),
                            Antworttyp::Datum => "Datum: ____.____.________".to_owned(),
                            typ => typ.werte().iter().map(|(_, t)| format!("☐ {t}")).collect::<Vec<_>>().join("   "),
                        };
                        view! {
                            <li class="cl-druck__punkt">
                                {frage(p)}
                                {(!bedingung.is_empty()).then(|| view! { <p class="cl-druck__hinweis">{format!("Nur beantworten {bedingung}.")}</p> })}
                                {(!p.hilfe.is_empty()).then(|| view! { <p class="cl-druck__hinweis">{p.hilfe.clone()}</p> })}
                                <p class="cl-druck__kaestchen">{kaestchen}</p>
                                <p class="cl-druck__linie">"Kommentar / Nachweis: "</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="cl-druck__abschnitt" aria-labelledby=format!("cl-druck-a{i}")>
                        <h2 class="kern-heading-small" id=format!("cl-druck-a{i}")>{format!("{}. {}", i + 1, a.titel)}</h2>
                        <ol class="cl-druck__punkte">{punkte}</ol>
                    </section>
                }
            })
            .collect_view();
        view! {
            {leiste(("Zur Vorlage", vorlage_href(familie)))}
            <article class="cl-druck" aria-label="Leere Checkliste">
                <p class="cl-druck__kopf">{kopf}</p>
                <dl class="cl-druck__angaben">
                    {angabe("Checkliste", format!("{}, Version {}{}", v.titel, v.version, if v.bitte_pruefen { " (bitte prüfen)" } else { "" }))}
                    {angabe("Quelle und Stand", v.quelle.clone())}
                    <div class="cl-druck__angabe"><dt>"Geprüft wird"</dt><dd class="cl-druck__linie"></dd></div>
                    <div class="cl-druck__angabe"><dt>"Datum"</dt><dd class="cl-druck__linie"></dd></div>
                    <div class="cl-druck__angabe"><dt>"Bearbeitende"</dt><dd class="cl-druck__linie"></dd></div>
                </dl>
                <p class="kern-body">{format!(
                    "„(Muss)“: Ein „nein“ ist ein K.-o. „teilweise“ zählt {} % des Gewichts, „n. a.“ zählt nicht mit.",
                    v.teilweise
                )}</p>
                {abschnitte}
            </article>
        }
        .into_any()
    }
}
