//! Portfolio views over all Leistungen: the heatmap Leistungen × Kriterien of one model (a real
//! table: the level number in every cell, colour only as an addition, limiting cells marked
//! with a triangle and the words "begrenzt" for screen readers) and the list of Leistungen
//! below OZG-Konformität with the criteria that block them.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::Auswahl;
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart};
use crate::shared::text::anzahl;
use crate::tools::zielstufenplaner::calc;
use crate::tools::zielstufenplaner::model::Modell;

use super::{
    farbstufe, leistung_href, leistungszelle, namensoptionen, schluessel, spalte, Abk, BittePruefen,
};

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
    let modelle = namensoptionen(Modell::ALLE, Modell::name);
    view! {
        <p class="kern-body">"Je Leistung die neueste vollständige Bewertung im gewählten Modell (sonst der neueste Entwurf): jede Zelle nennt die Stufe des Kriteriums. Die Farbe wird mit steigender Stufe heller und grüner; "
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
                    {kr.bitte_pruefen.then(|| view! { <span aria-hidden="true">"*"</span><span class="kern-sr-only">" (bitte prüfen)"</span> })}
                </th>
            }).collect_view();
            let zeilen = zeilen.into_iter().map(|(z, name, schl)| {
                let zellen = z.werte.iter().enumerate().map(|(i, w)| {
                    let nr = i as u8 + 1;
                    let limitierend = z.limitierend.contains(&nr);
                    match w {
                        None => view! { <td class="zsp-heat zsp-heat--leer">"–"<span class="kern-sr-only">" nicht bewertet"</span></td> }.into_any(),
                        Some(None) => view! { <td class="zsp-heat zsp-heat--leer"><abbr title="nicht anwendbar">"n. a."</abbr></td> }.into_any(),
                        Some(Some(s)) => {
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
                <h3 class="kern-heading-small">"Kriterien"</h3>
                <ul class="aufzaehlung zsp-heat__kriterien">
                    {k.kriterien.iter().map(|kr| view! {
                        <li>{format!("K{} {}", kr.nr, kr.name)}{kr.bitte_pruefen.then(|| view! { "* " <BittePruefen/> })}</li>
                    }).collect_view()}
                </ul>
                <h3 class="kern-heading-small">"Stufen"</h3>
                <ul class="aufzaehlung zsp-heat__legende">
                    {k.stufen.iter().map(|s| view! {
                        <li><span class=format!("zsp-heat-muster stufe--{}", farbstufe(s.stufe, hoechste))>{s.stufe.to_string()}</span>{format!(" {} – {}", s.name, s.beschreibung)}{s.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}</li>
                    }).collect_view()}
                    <li>"▼ begrenzt den Gesamt-Reifegrad (niedrigstes Kriterium); – nicht bewertet; n. a. trifft nicht zu (zählt nicht zum Minimum)"</li>
                </ul>
            }.into_any()
        }}
    }
}

/// One row of the list of Leistungen below OZG-Konformität.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Lueckenzeile {
    id: u32,
    name: String,
    schluessel: String,
    modell: &'static str,
    stufe: String,
    abstand: u8,
    begrenzend: String,
    blockierend: String,
    geplant: String,
}

const LUECKE_KOPF: Spalte<Lueckenzeile> =
    spalte("leistung", "Leistung", Spaltenart::Lang, true, |z| {
        leistungszelle(z.id, &z.name, &z.schluessel)
    });

static LUECKE_SPALTEN: &[Spalte<Lueckenzeile>] = &[
    spalte("modell", "Modell", Spaltenart::Kurz, true, |z| {
        z.modell.into_any()
    }),
    spalte("stufe", "Ist-Reifegrad", Spaltenart::Kurz, true, |z| {
        z.stufe.clone().into_any()
    }),
    spalte("abstand", "Abstand", Spaltenart::Zahl, true, |z| {
        anzahl(usize::from(z.abstand), "Stufe", "Stufen").into_any()
    }),
    spalte("begrenzend", "Begrenzend", Spaltenart::Text, true, |z| {
        z.begrenzend.clone().into_any()
    }),
    spalte(
        "blockierend",
        "Blockierend (unter Stufe 3)",
        Spaltenart::Text,
        true,
        |z| z.blockierend.clone().into_any(),
    ),
    spalte("geplant", "Geplant", Spaltenart::Text, true, |z| {
        z.geplant.clone().into_any()
    }),
];

/// Leistungen below OZG-Konformität.
#[component]
pub fn OzgLuecke() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let liste = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.zielstufenplaner;
        let zeilen = calc::unter_ozg(plan)
            .into_iter()
            .filter_map(|x| {
                let l = plan.leistung(x.leistung)?;
                let k = plan.katalog(l.modell);
                let geplant = plan
                    .zielstufen_von(l.id)
                    .into_iter()
                    .find(|z| z.ziel_reifegrad >= calc::ozg_schwelle(l.modell))
                    .map(|z| {
                        let termin = z.zieltermin.map(|d| format!(", {}", d.deutsch()));
                        format!(
                            "{} (Stufe {}{})",
                            z.bezeichnung,
                            z.ziel_reifegrad,
                            termin.unwrap_or_default()
                        )
                    })
                    .unwrap_or_else(|| "keine Zielstufe ab Stufe 3 geplant".to_owned());
                Some(Lueckenzeile {
                    id: l.id,
                    name: l.bezeichnung.clone(),
                    schluessel: schluessel(l),
                    modell: l.modell.kurz(),
                    stufe: super::stufentext(x.stufe, &k.stufenname(x.stufe)),
                    abstand: x.abstand,
                    begrenzend: calc::kriterienliste(&k, &x.limitierend),
                    blockierend: calc::kriterienliste(&k, &x.blockierend),
                    geplant,
                })
            })
            .collect::<Vec<_>>();
        let ohne = plan
            .leistungen
            .iter()
            .filter(|l| calc::stand(plan, l).stufe().is_none())
            .count();
        (zeilen, ohne)
    });
    let zeilen = Signal::derive(move || liste.with(|l| l.0.clone()));
    view! {
        <p class="kern-body"><Abk kurz="OZG"/>"-konform ist eine Leistung ab Stufe 3 des Reifegradmodells 1.1. Für Leistungen im "<Abk kurz="RGM"/>" 2.0 gilt hier ebenfalls Stufe 3 (Ende der Frontend-Stufen; eigene Lesart, bitte prüfen). "
            "Blockierend sind alle Kriterien unter Stufe 3, begrenzend die Kriterien mit dem niedrigsten Wert."</p>
        {move || {
            let ohne = liste.with(|l| l.1);
            (ohne > 0).then(|| {
                let verb = if ohne == 1 { "ist" } else { "sind" };
                view! { <p class="kern-body" id="zsp-luecke-ohne">{format!("{} ohne vollständige Bewertung {verb} nicht enthalten.", anzahl(ohne, "Leistung", "Leistungen"))}</p> }
            })
        }}
        {move || if liste.with(|l| l.0.is_empty()) {
            view! { <p class="kern-body">"Keine bewertete Leistung liegt unter OZG-Konformität."</p> }.into_any()
        } else {
            view! {
                <Datentabelle id="zsp-luecke" titel="Leistungen unter OZG-Konformität (Reifegrad unter 3)".to_owned()
                    kopf=LUECKE_KOPF spalten=LUECKE_SPALTEN zeilen/>
            }.into_any()
        }}
    }
}
