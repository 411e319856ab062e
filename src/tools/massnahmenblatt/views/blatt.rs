//! The Maßnahmenblatt of one measure as one printed A4 page (portrait) that a Referat can send
//! up the line: the key data, Ausgangslage, Ziel and Risiken, the Meilensteine with their
//! tranches and the check against the approved amount, the Finanzbedarf per Haushaltsjahr and
//! Kostenart (with the note on Betrieb), and bewilligt / abgerufen / Ist. The print rules are
//! in the tool's `stil.css` (`@page massnahmenblatt`).

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::zusammenfassung::oder_strich;
use crate::shared::format::{dezimal, euro};
use crate::tools::massnahmenblatt::calc::{self, HINWEIS_BETRIEB};

use super::{href, massnahme_href};
use crate::app::components::{Knopf, Knopfart};

/// Everything the sheet shows, read once.
#[derive(Clone, PartialEq)]
struct Inhalt {
    kopf: String,
    m: crate::tools::massnahmenblatt::model::Massnahme,
    weg: String,
    weg_pruefen: bool,
    leistungen: String,
    projekt: String,
    hst: String,
    mittel: calc::Mittel,
    pruefung: calc::Tranchenpruefung,
    meilensteine: Vec<crate::tools::massnahmenblatt::model::Meilenstein>,
    plan: calc::Finanzplan,
}

/// The print page of measure `id`.
#[component]
pub fn Blatt(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let inhalt = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.massnahmenblatt;
        let m = plan.massnahme(id)?;
        let kopf = [
            ab.metadaten.behoerde.as_str(),
            ab.metadaten.bezeichnung.as_str(),
        ]
        .into_iter()
        .filter(|t| !t.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" – ");
        let heute = browser::heute();
        Some(Inhalt {
            kopf: format!("{kopf} · Stand {}", heute.deutsch()),
            weg: plan.wegname(m.weg),
            weg_pruefen: m
                .weg
                .and_then(|w| plan.weg(w))
                .is_some_and(|w| w.bitte_pruefen),
            leistungen: calc::leistungen(ab, m)
                .into_iter()
                .map(|(_, t, _)| t)
                .collect::<Vec<_>>()
                .join("; "),
            projekt: m
                .projekt
                .map_or("–".to_owned(), |p| calc::projekt_text(ab, p).0),
            hst: m
                .haushaltsstelle
                .map_or("–".to_owned(), |h| calc::haushaltsstelle_name(ab, h).0),
            mittel: calc::mittel(ab, m, heute),
            pruefung: calc::tranchenpruefung(plan, m),
            meilensteine: plan.meilensteine_von(id).into_iter().cloned().collect(),
            plan: calc::finanzplan(plan, id),
            m: m.clone(),
        })
    });
    let drucken = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    move || {
        let Some(x) = inhalt.get() else {
            return view! {
                <p class="kern-body">"Diese Maßnahme gibt es im geöffneten Arbeitsbereich nicht (mehr). "
                    <a class="kern-link" href=href(&[])>"Zur Liste der Maßnahmen"</a></p>
            }
            .into_any();
        };
        let m = &x.m;
        let datum =
            |d: Option<crate::shared::datum::Datum>| d.map_or("–".to_owned(), |d| d.deutsch());
        let angaben: Vec<(&str, String)> = vec![
            ("Maßnahmen-ID", m.kennung.clone()),
            (
                "Ressort / Behörde",
                [m.ressort.as_str(), m.behoerde.as_str()]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(" / "),
            ),
            ("Ansprechperson", m.ansprechperson.clone()),
            (
                "Finanzierungsweg",
                if x.weg_pruefen {
                    format!("{} (bitte prüfen)", x.weg)
                } else {
                    x.weg.clone()
                },
            ),
            ("Status", m.status.name().to_owned()),
            (
                "Eingereicht / entschieden",
                format!("{} / {}", datum(m.eingereicht_am), datum(m.entschieden_am)),
            ),
            (
                "Umsetzungsweg",
                m.umsetzungsweg.map_or("–", |u| u.name()).to_owned(),
            ),
            (
                "EfA / Nachnutzung",
                m.efa.map_or("–", |e| e.name()).to_owned(),
            ),
            (
                "Beginn / Zieltermin",
                format!("{} / {}", datum(m.beginn), datum(m.zieltermin)),
            ),
            (
                "Ziel-Reifegrad",
                m.ziel_reifegrad
                    .map_or("–".to_owned(), |r| format!("Stufe {r}")),
            ),
            (
                "Personal / Kapazität",
                format!(
                    "{} / {}",
                    m.vzae_hundertstel
                        .map_or("–".to_owned(), |v| format!("{} VZÄ", dezimal(v, 2))),
                    m.personentage.map_or("–".to_owned(), |p| format!("{p} PT"))
                ),
            ),
            ("OZG-Leistungen", x.leistungen.clone()),
            ("Projekt", x.projekt.clone()),
            ("Haushaltsstelle", x.hst.clone()),
        ];
        let p = x.plan.clone();
        view! {
            <div class="knopfleiste mb-nicht-drucken">
                <Knopf art=Knopfart::Primaer id="mb-drucken" bei_klick=drucken>"Maßnahmenblatt drucken"</Knopf>
                <a class="kern-btn kern-btn--secondary" href=massnahme_href(id)>
                    <span class="kern-label">"Zur Maßnahme"</span>
                </a>
            </div>
            <p class="kern-hint mb-nicht-drucken">"Das Maßnahmenblatt ist für eine A4-Seite im Hochformat gesetzt."</p>
            <article class="mb-blatt" aria-label="Maßnahmenblatt">
                <p class="mb-blatt__kopf">{x.kopf.clone()}</p>
                <dl class="mb-blatt__angaben">
                    {angaben.into_iter().map(|(b, w)| view! {
                        <div class="mb-blatt__angabe"><dt>{b}</dt><dd>{oder_strich(&w)}</dd></div>
                    }).collect_view()}
                </dl>
                <section class="mb-blatt__texte" aria-labelledby="mb-blatt-inhalt">
                    <h2 class="kern-heading-small" id="mb-blatt-inhalt">"Ausgangslage, Ziel, Risiken"</h2>
                    <p class="kern-body"><strong>"Ausgangslage: "</strong>{oder_strich(&m.ausgangslage)}</p>
                    <p class="kern-body"><strong>"Ziel und erwartetes Ergebnis: "</strong>{oder_strich(&m.ziel)}</p>
                    <p class="kern-body"><strong>"Risiken und Abhängigkeiten: "</strong>{oder_strich(&m.risiken)}</p>
                    {(!m.begruendung.is_empty()).then(|| view! { <p class="kern-body"><strong>"Begründung / Auflagen: "</strong>{m.begruendung.clone()}</p> })}
                </section>
                <section aria-labelledby="mb-blatt-meilensteine">
                    <h2 class="kern-heading-small" id="mb-blatt-meilensteine">"Meilensteine und Tranchen"</h2>
                    {if x.meilensteine.is_empty() {
                        view! { <p class="kern-body">"Keine Meilensteine erfasst."</p> }.into_any()
                    } else {
                        view! {
                            <div class="mb-blatt__rahmen" tabindex="0" role="region" aria-labelledby="mb-blatt-meilensteine">
                            <table class="mb-blatt__tabelle">
                                <thead><tr><th scope="col">"Meilenstein"</th><th scope="col">"Termin"</th><th scope="col">"Liefergegenstand"</th><th scope="col" class="mb-zahl">"Tranche"</th><th scope="col">"Status"</th></tr></thead>
                                <tbody>
                                    {x.meilensteine.iter().map(|ms| view! {
                                        <tr>
                                            <th scope="row">{ms.bezeichnung.clone()}</th>
                                            <td class="mb-nicht-umbrechen">{datum(ms.termin)}</td>
                                            <td>{oder_strich(&ms.liefergegenstand)}</td>
                                            <td class="mb-zahl">{euro(ms.tranche_cent)}</td>
                                            <td>{ms.status.name()}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                                <tfoot><tr><th scope="row" colspan="3">"Summe der Tranchen"</th><td class="mb-zahl">{euro(x.mittel.tranchen)}</td><td></td></tr></tfoot>
                            </table>
                            </div>
                        }.into_any()
                    }}
                    <p class="kern-body">{x.pruefung.text()}</p>
                </section>
                <section aria-labelledby="mb-blatt-finanzbedarf">
                    <h2 class="kern-heading-small" id="mb-blatt-finanzbedarf">"Finanzbedarf je Haushaltsjahr"</h2>
                    {if p.jahre.is_empty() {
                        view! { <p class="kern-body">"Kein Finanzbedarf erfasst."</p> }.into_any()
                    } else {
                        view! {
                            <div class="mb-blatt__rahmen" tabindex="0" role="region" aria-labelledby="mb-blatt-finanzbedarf">
                            <table class="mb-blatt__tabelle">
                                <thead><tr><th scope="col">"Kostenart"</th>
                                    {p.jahre.iter().map(|j| view! { <th scope="col" class="mb-zahl">{format!("HJ {j}")}</th> }).collect_view()}
                                    <th scope="col" class="mb-zahl">"Summe"</th></tr></thead>
                                <tbody>
                                    {p.zeilen.iter().filter(|(_, _, s)| *s != 0).map(|(k, werte, s)| view! {
                                        <tr><th scope="row">{k.name()}</th>
                                            {werte.iter().map(|w| view! { <td class="mb-zahl">{if *w == 0 { "–".to_owned() } else { euro(*w) }}</td> }).collect_view()}
                                            <td class="mb-zahl">{euro(*s)}</td></tr>
                                    }).collect_view()}
                                </tbody>
                                <tfoot><tr><th scope="row">"Summe"</th>
                                    {p.spaltensummen.iter().map(|w| view! { <td class="mb-zahl">{euro(*w)}</td> }).collect_view()}
                                    <td class="mb-zahl">{euro(p.gesamt)}</td></tr></tfoot>
                            </table>
                            </div>
                        }.into_any()
                    }}
                    {p.mit_betrieb.then(|| view! { <p class="kern-body mb-blatt__hinweis">"⚠ " {HINWEIS_BETRIEB}</p> })}
                </section>
                <section aria-labelledby="mb-blatt-mittel">
                    <h2 class="kern-heading-small" id="mb-blatt-mittel">"Mittel"</h2>
                    <p class="kern-body">
                        {format!(
                            "Bewilligt: {} · Abgerufen: {} · Ist: {} ({})",
                            x.mittel.bewilligt.map_or("–".to_owned(), euro),
                            euro(x.mittel.abgerufen),
                            x.mittel.ist.map_or("–".to_owned(), euro),
                            x.mittel.quelle.text()
                        )}
                    </p>
                </section>
                <p class="mb-blatt__zeichnung">"Mitgezeichnet: ____________________   Freigegeben: ____________________"</p>
            </article>
        }
        .into_any()
    }
}
