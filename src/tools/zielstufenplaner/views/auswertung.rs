//! Portfolio views over all Leistungen: the heatmap Leistungen × Kriterien of one model (a real
//! table: the level number in every cell, colour only as an addition, limiting cells marked
//! with a triangle and the words "begrenzt" for screen readers) and the list of Leistungen
//! below OZG-Konformität with the criteria that block them.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::Auswahl;
use crate::tools::zielstufenplaner::calc;
use crate::tools::zielstufenplaner::model::Modell;

use super::{farbstufe, leistung_href, schluessel, BittePruefen};

/// The heatmap page.
#[component]
pub fn Heatmap() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let vorgabe = daten.lies_ungetrackt(|ab| {
        ab.map(|ab| {
            let plan = &ab.werkzeuge.zielstufenplaner;
            let n = |m: Modell| plan.leistungen.iter().filter(|l| l.modell == m).count();
            if n(Modell::Rgm20) > n(Modell::Rgm11) {
                Modell::Rgm20
            } else {
                Modell::Rgm11
            }
        })
        .unwrap_or_default()
    });
    let wahl = RwSignal::new(vorgabe.name().to_owned());
    let modell = Memo::new(move |_| {
        wahl.with(|w| {
            Modell::ALLE
                .iter()
                .copied()
                .find(|m| m.name() == w)
                .unwrap_or_default()
        })
    });
    let daten_der_karte = Memo::new(move |_| {
        let m = modell.get();
        daten.lies(|ab| {
            let Some(ab) = ab else {
                return (None, Vec::new());
            };
            let plan = &ab.werkzeuge.zielstufenplaner;
            let zeilen = calc::heatmap(plan, m)
                .into_iter()
                .map(|z| {
                    let l = plan.leistung(z.leistung);
                    (
                        z,
                        l.map(|l| l.bezeichnung.clone()).unwrap_or_default(),
                        l.map(schluessel).unwrap_or_default(),
                    )
                })
                .collect::<Vec<_>>();
            (Some(plan.katalog(m)), zeilen)
        })
    });
    let modelle: Vec<(String, String)> = Modell::ALLE
        .iter()
        .map(|m| (m.name().to_owned(), m.name().to_owned()))
        .collect();
    view! {
        <p class="kern-body">"Je Leistung die neueste Bewertung im gewählten Modell: jede Zelle nennt die Stufe des Kriteriums. Die Farbe wird mit steigender Stufe heller und grüner; "
            "▼ markiert die Kriterien, die den Gesamt-Reifegrad begrenzen (Minimum)."</p>
        <div class="filterleiste">
            <Auswahl id="zsp-heatmap-modell" beschriftung="Reifegradmodell" optionen=modelle wert=wahl bei_eingabe=Callback::new(move |w| wahl.set(w))/>
        </div>
        {move || {
            let (katalog, zeilen) = daten_der_karte.get();
            let Some(k) = katalog else { return ().into_any() };
            if zeilen.is_empty() {
                return view! { <p class="kern-body">{format!("Noch keine Bewertung im {}.", k.modell.kurz())}</p> }.into_any();
            }
            let hoechste = k.modell.hoechste_stufe();
            let kopf = k.kriterien.iter().map(|kr| view! {
                <th scope="col" class="zsp-heat__kopf">
                    <abbr title=kr.name.clone()>{format!("K{}", kr.nr)}</abbr>
                    <span class="zsp-heat__kriterium">{kr.name.clone()}</span>
                    {kr.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}
                </th>
            }).collect_view();
            let zeilen = zeilen.into_iter().map(|(z, name, schl)| {
                let zellen = z.werte.iter().enumerate().map(|(i, w)| {
                    let nr = i as u8 + 1;
                    let limitierend = z.limitierend.contains(&nr);
                    match w {
                        None => view! { <td class="zsp-heat zsp-heat--leer">"–"<span class="kern-sr-only">" nicht bewertet"</span></td> }.into_any(),
                        Some(s) => {
                            let klasse = format!("zsp-heat stufe--{}{}", farbstufe(*s, hoechste), if limitierend { " zsp-heat--limitierend" } else { "" });
                            view! {
                                <td class=klasse>
                                    {s.to_string()}
                                    {limitierend.then(|| view! { <span aria-hidden="true">" ▼"</span><span class="kern-sr-only">" begrenzt"</span> })}
                                </td>
                            }.into_any()
                        }
                    }
                }).collect_view();
                view! {
                    <tr>
                        <th scope="row"><a class="kern-link" href=leistung_href(z.leistung)>{name}</a><br/><span class="kern-hint">{schl}</span></th>
                        {zellen}
                        <td class="zahl zsp-heat__gesamt">{z.gesamt.map(|g| g.to_string()).unwrap_or_else(|| "unvollständig".to_owned())}</td>
                    </tr>
                }
            }).collect_view();
            view! {
                <Tabelle id="zsp-heatmap-titel" titel="Heatmap: Stufe je Leistung und Kriterium">
                    <thead><tr><th scope="col">"Leistung"</th>{kopf}<th scope="col">"Gesamt"</th></tr></thead>
                    <tbody>{zeilen}</tbody>
                </Tabelle>
                <ul class="aufzaehlung zsp-heat__legende">
                    {k.stufen.iter().map(|s| view! {
                        <li><span class=format!("zsp-heat-muster stufe--{}", farbstufe(s.stufe, hoechste))>{s.stufe.to_string()}</span>{format!(" {} – {}", s.name, s.beschreibung)}{s.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}</li>
                    }).collect_view()}
                    <li>"▼ begrenzt den Gesamt-Reifegrad (niedrigstes Kriterium); – nicht bewertet"</li>
                </ul>
            }.into_any()
        }}
    }
}

/// Leistungen below OZG-Konformität.
#[component]
pub fn OzgLuecke() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let liste = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else { return (Vec::new(), 0) };
            let plan = &ab.werkzeuge.zielstufenplaner;
            let zeilen = calc::unter_ozg(plan)
                .into_iter()
                .filter_map(|x| {
                    let l = plan.leistung(x.leistung)?;
                    let k = plan.katalog(l.modell);
                    let naechste = plan
                        .zielstufen_von(l.id)
                        .into_iter()
                        .find(|z| z.ziel_reifegrad >= calc::ozg_schwelle(l.modell))
                        .map(|z| {
                            format!(
                                "{} (Stufe {}{})",
                                z.bezeichnung,
                                z.ziel_reifegrad,
                                z.zieltermin
                                    .map(|d| format!(", {}", d.deutsch()))
                                    .unwrap_or_default()
                            )
                        })
                        .unwrap_or_else(|| "keine Zielstufe ab Stufe 3 geplant".to_owned());
                    Some((
                        l.id,
                        l.bezeichnung.clone(),
                        schluessel(l),
                        l.modell.kurz(),
                        x.stufe,
                        k.stufenname(x.stufe),
                        x.abstand,
                        calc::kriterienliste(&k, &x.limitierend),
                        calc::kriterienliste(&k, &x.blockierend),
                        naechste,
                    ))
                })
                .collect::<Vec<_>>();
            let ohne = plan
                .leistungen
                .iter()
                .filter(|l| calc::stand(plan, l).stufe().is_none())
                .count();
            (zeilen, ohne)
        })
    });
    view! {
        <p class="kern-body">"OZG-konform ist eine Leistung ab Stufe 3 des Reifegradmodells 1.1. Für Leistungen im RGM 2.0 gilt hier ebenfalls Stufe 3 (Ende der Frontend-Stufen; eigene Lesart, bitte prüfen). "
            "Blockierend sind alle Kriterien unter Stufe 3, begrenzend die Kriterien mit dem niedrigsten Wert."</p>
        {move || {
            let (zeilen, ohne) = liste.get();
            let hinweis = (ohne > 0).then(|| view! { <p class="kern-body" id="zsp-luecke-ohne">{format!("{ohne} Leistungen ohne vollständige Bewertung sind nicht enthalten.")}</p> });
            if zeilen.is_empty() {
                return view! { {hinweis}<p class="kern-body">"Keine bewertete Leistung liegt unter OZG-Konformität."</p> }.into_any();
            }
            view! {
                {hinweis}
                <Tabelle id="zsp-luecke-titel" titel="Leistungen unter OZG-Konformität (Reifegrad unter 3)">
                    <thead><tr>
                        <th scope="col">"Leistung"</th><th scope="col">"Modell"</th><th scope="col">"Ist-Reifegrad"</th><th scope="col">"Abstand"</th>
                        <th scope="col">"Begrenzend"</th><th scope="col">"Blockierend (unter Stufe 3)"</th><th scope="col">"Geplant"</th>
                    </tr></thead>
                    <tbody>
                        {zeilen.into_iter().map(|(id, name, schl, modell, stufe, stufenname, abstand, begrenzend, blockierend, naechste)| view! {
                            <tr>
                                <th scope="row"><a class="kern-link" href=leistung_href(id)>{name}</a><br/><span class="kern-hint">{schl}</span></th>
                                <td>{modell}</td>
                                <td>{super::stufentext(stufe, &stufenname)}</td>
                                <td class="zahl">{format!("{abstand} Stufe{}", if abstand == 1 { "" } else { "n" })}</td>
                                <td class="zsp-breit">{begrenzend}</td>
                                <td class="zsp-breit">{blockierend}</td>
                                <td class="zsp-breit">{naechste}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
    }
}
