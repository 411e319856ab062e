//! The start page: key figures (Gebiete, Träger, Risiken at today, coverage of process steps)
//! and every Wissensgebiet as a row of a data table in tree order, with its path, Kritikalität,
//! bus factor, Hauptträger and Risiko in words.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::tabelle::{spalte, zelltext, Datentabelle, Spalte, Spaltenart, Zeilenaktionen};
use crate::shared::text::anzahl;
use crate::tools::wissenslandkarte::calc;
use crate::tools::wissenslandkarte::model::Traegerrolle;

use super::{href, risikotext, transfer_href};

/// One row of the table.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    pfad: String,
    kritikalitaet: &'static str,
    traeger: usize,
    haupttraeger: String,
    risiko: u8,
}

static SPALTEN: &[Spalte<Zeile>] = &[
    spalte(
        "kritikalitaet",
        "Kritikalität",
        Spaltenart::Kurz,
        true,
        |z| zelltext(z.kritikalitaet),
    ),
    spalte("traeger", "Träger", Spaltenart::Zahl, true, |z| {
        zelltext(&z.traeger.to_string())
    }),
    spalte(
        "haupttraeger",
        "Hauptträger",
        Spaltenart::Text,
        true,
        |z| zelltext(&z.haupttraeger),
    ),
    spalte("risiko", "Risiko", Spaltenart::Kurz, true, |z| {
        if z.risiko > 0 {
            view! { <strong class="wl-risiko">{risikotext(z.risiko)}</strong> }.into_any()
        } else {
            zelltext(&risikotext(0))
        }
    }),
];

const KOPF: Spalte<Zeile> = spalte("pfad", "Wissensgebiet", Spaltenart::Lang, true, |z| {
    zelltext(&z.pfad)
});

const AKTIONEN: Zeilenaktionen<Zeile> = Zeilenaktionen {
    name: |z| z.pfad.clone(),
    inhalt: |z| {
        view! { <a class="kern-link" href=transfer_href(z.id)>"Transfermaßnahme anlegen"</a> }
            .into_any()
    },
};

/// The start page (the frame shows the empty state while nothing is stored).
#[component]
pub fn Uebersicht() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(move |ab| {
        let k = &ab.werkzeuge.wissenslandkarte;
        let heute = browser::heute();
        calc::baum(k)
            .into_iter()
            .map(|(g, _)| {
                let haupt: Vec<String> = calc::zuordnungen_von(k, g.id)
                    .into_iter()
                    .filter(|z| z.rolle == Traegerrolle::Haupttraeger)
                    .filter_map(|z| k.traeger(z.traeger).map(|t| t.name()))
                    .collect();
                Zeile {
                    id: g.id,
                    pfad: calc::pfad(k, g.id),
                    kritikalitaet: g.kritikalitaet.name(),
                    traeger: calc::bus_faktor(k, g.id),
                    haupttraeger: if haupt.is_empty() {
                        "keiner".to_owned()
                    } else {
                        haupt.join(", ")
                    },
                    risiko: calc::risiko(k, g, heute).wert,
                }
            })
            .collect::<Vec<_>>()
    });
    let kennzahlen = daten.ableiten(move |ab| {
        let k = &ab.werkzeuge.wissenslandkarte;
        (
            anzahl(k.gebiete.len(), "Wissensgebiet", "Wissensgebiete"),
            anzahl(k.traeger.len(), "Wissensträger", "Wissensträger"),
            anzahl(
                calc::risiken(k, browser::heute()).len(),
                "Gebiet mit Risiko",
                "Gebiete mit Risiko",
            ),
            calc::abdeckung_text(k),
        )
    });
    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["gebiete"])>
                <span class="kern-label">"Wissensgebiete bearbeiten"</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href=href(&["risiken"])>
                <span class="kern-label">"Risikoliste"</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href=href(&["karte"])>
                <span class="kern-label">"Karte"</span>
            </a>
        </div>
        {move || {
            let (gebiete, traeger, risiken, abdeckung) = kennzahlen.get();
            view! {
                <dl class="wl-kennzahlen">
                    <div><dt>"Erfasst"</dt><dd>{format!("{gebiete}, {traeger}")}</dd></div>
                    <div><dt>"Risiken heute"</dt><dd>{risiken}</dd></div>
                    <div><dt>"Prozessschritte mit mindestens zwei Trägern je Gebiet"</dt><dd>{abdeckung}</dd></div>
                </dl>
            }
        }}
        <h2 class="kern-heading-medium">"Wissensgebiete"</h2>
        {move || {
            if zeilen.with(Vec::is_empty) {
                view! { <p class="kern-body">"Noch ist kein Wissensgebiet erfasst."</p> }.into_any()
            } else {
                view! {
                    <Datentabelle id="wl-gebiete" titel="Wissensgebiete mit Trägern und Risiko" kopf=KOPF spalten=SPALTEN
                        zeilen=zeilen aktionen=AKTIONEN/>
                }.into_any()
            }
        }}
    }
}
