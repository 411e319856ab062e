//! "Wer mit wem": which Behörde took part in which Termin (Behörden × Termine, cells = number
//! of persons), and which Behörden exchanged with each other (Behörde × Behörde, cells = number
//! of shared Termine), both as tables with caption and scope headers, and the pairs in words.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::shared::sortieren::Sortieren;
use crate::shared::text::anzahl;
use crate::tools::behoerdenaustausch::calc;

/// The page.
#[component]
pub fn WerMitWem() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = daten.ableiten(|ab| {
        let ba = &ab.werkzeuge.behoerdenaustausch;
        let m = calc::teilnahmematrix(ba);
        let paare = calc::paare(ba);
        let namen: Vec<String> = m.behoerden.iter().map(|b| ba.behoerdenname(*b)).collect();
        let termine: Vec<(String, String)> = m
            .termine
            .iter()
            .map(|t| {
                let termin = ba.termin(*t);
                (
                    termin
                        .and_then(|t| t.datum)
                        .map(|d| d.deutsch())
                        .unwrap_or_default(),
                    termin.map(|t| t.thema.clone()).unwrap_or_default(),
                )
            })
            .collect();
        let paarmatrix: Vec<Vec<usize>> = m
            .behoerden
            .iter()
            .map(|a| {
                m.behoerden
                    .iter()
                    .map(|b| calc::gemeinsam(&paare, *a, *b))
                    .collect()
            })
            .collect();
        let mut saetze: Vec<(usize, String)> = paare
            .iter()
            .map(|((a, b), n)| {
                (
                    *n,
                    format!(
                        "{} und {}: {}",
                        ba.behoerdenname(*a),
                        ba.behoerdenname(*b),
                        anzahl(*n, "gemeinsamer Termin", "gemeinsame Termine")
                    ),
                )
            })
            .collect();
        saetze.sortiere_nach(|x, y| {
            y.0.cmp(&x.0)
                .then_with(|| crate::shared::text::vergleiche(&x.1, &y.1))
        });
        (
            namen,
            termine,
            m.zellen,
            paarmatrix,
            saetze.into_iter().map(|s| s.1).collect::<Vec<_>>(),
        )
    });
    view! {
        <p class="kern-body">"Zwei Behörden haben sich ausgetauscht, wenn beide am selben Termin teilgenommen haben. Die Zahlen zählen gemeinsame Termine, nicht Personen."</p>
        {move || {
            let (namen, termine, zellen, paarmatrix, saetze) = stand.get();
            if namen.is_empty() {
                return view! { <p class="kern-body">"Noch ist keine Teilnahme erfasst. Tragen Sie auf der Seite eines Termins ein, welche Behörden teilgenommen haben."</p> }.into_any();
            }
            let kopf_termine = termine.iter().map(|(datum, thema)| view! {
                <th scope="col"><span class="ba-nicht-umbrechen">{datum.clone()}</span><br/>{thema.clone()}</th>
            }).collect_view();
            let reihen = namen.iter().zip(zellen).map(|(name, zeile)| view! {
                <tr>
                    <th scope="row">{name.clone()}</th>
                    {zeile.into_iter().map(|n| view! {
                        <td class="kern-table__cell--numeric">{if n == 0 { "–".to_owned() } else { n.to_string() }}</td>
                    }).collect_view()}
                </tr>
            }).collect_view();
            let kopf_paare = namen.iter().map(|n| view! { <th scope="col">{n.clone()}</th> }).collect_view();
            let reihen_paare = namen.iter().zip(paarmatrix).map(|(name, zeile)| view! {
                <tr>
                    <th scope="row">{name.clone()}</th>
                    {zeile.into_iter().map(|n| view! {
                        <td class="kern-table__cell--numeric">{if n == 0 { "–".to_owned() } else { n.to_string() }}</td>
                    }).collect_view()}
                </tr>
            }).collect_view();
            view! {
                <h2 class="kern-heading-medium">"Wer hat sich mit wem ausgetauscht?"</h2>
                {if saetze.is_empty() {
                    view! { <p class="kern-body">"Noch haben keine zwei Behörden am selben Termin teilgenommen."</p> }.into_any()
                } else {
                    view! { <ul class="ba-paare">{saetze.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
                }}
                <Tabelle id="ba-paare-titel" titel="Behörde × Behörde: Anzahl gemeinsamer Termine">
                    <thead><tr><th scope="col">"Behörde"</th>{kopf_paare}</tr></thead>
                    <tbody>{reihen_paare}</tbody>
                </Tabelle>
                <h2 class="kern-heading-medium">"Teilnahmen je Termin"</h2>
                <Tabelle id="ba-matrix-titel" titel="Behörden × Termine: Anzahl teilnehmender Personen">
                    <thead><tr><th scope="col">"Behörde"</th>{kopf_termine}</tr></thead>
                    <tbody>{reihen}</tbody>
                </Tabelle>
            }
            .into_any()
        }}
    }
}
