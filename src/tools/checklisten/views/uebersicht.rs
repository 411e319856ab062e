//! The start page: every run as a row of a data table with its template and version, object,
//! date, progress, Erfüllungsgrad and K.-o. count.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::tabelle::{
    sortierbar, spalte, zelltext, Datentabelle, Spalte, Spaltenart, Zeilenaktionen,
};
use crate::shared::text::anzahl;
use crate::tools::checklisten::calc;

use super::{durchfuehrung_href, href};
use crate::shared::sortieren::Sortieren;

/// One row of the runs table.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    vorlage: String,
    objekt: String,
    datum: String,
    fortschritt: String,
    grad: String,
    ko: usize,
    bearbeitende: String,
}

static SPALTEN: &[Spalte<Zeile>] = &[
    sortierbar(spalte("objekt", "Objekt", Spaltenart::Text, true, |z| {
        zelltext(&z.objekt)
    })),
    spalte("datum", "Datum", Spaltenart::Kurz, true, |z| {
        zelltext(&z.datum)
    }),
    spalte("fortschritt", "Beantwortet", Spaltenart::Kurz, true, |z| {
        zelltext(&z.fortschritt)
    }),
    spalte("grad", "Erfüllungsgrad", Spaltenart::Zahl, true, |z| {
        zelltext(&z.grad)
    }),
    spalte("ko", "K.-o.", Spaltenart::Kurz, true, |z| {
        if z.ko > 0 {
            view! { <strong class="cl-ko">{format!("K.-o. ({})", z.ko)}</strong> }.into_any()
        } else {
            zelltext("kein K.-o.")
        }
    }),
    spalte(
        "bearbeitende",
        "Bearbeitende",
        Spaltenart::Text,
        false,
        |z| zelltext(&z.bearbeitende),
    ),
];

fn kopfzelle(z: &Zeile) -> AnyView {
    view! { <a class="kern-link" href=durchfuehrung_href(z.id)>{z.vorlage.clone()}</a> }.into_any()
}

const KOPF: Spalte<Zeile> = sortierbar(spalte(
    "vorlage",
    "Checkliste",
    Spaltenart::Lang,
    true,
    kopfzelle,
));

const AKTIONEN: Zeilenaktionen<Zeile> = Zeilenaktionen {
    name: |z| format!("{} {}", z.vorlage, z.objekt),
    inhalt: |z| {
        view! { <a class="kern-link" href=durchfuehrung_href(z.id)>"Öffnen"</a> }.into_any()
    },
};

/// The start page (the frame shows the empty state while nothing is stored).
#[component]
pub fn Uebersicht() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let sortierung = RwSignal::new(None::<(&'static str, bool)>);
    let zeilen = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.checklisten;
        let mut liste: Vec<Zeile> = plan
            .durchfuehrungen
            .iter()
            .filter_map(|d| {
                let v = plan.vorlage(d.vorlage)?;
                let (_, e) = calc::auswertung(v, d);
                Some(Zeile {
                    id: d.id,
                    vorlage: format!("{} (Version {})", v.titel, v.version),
                    objekt: calc::objekt_titel(ab, &d.objekt).0,
                    datum: d.datum.map(|d| d.deutsch()).unwrap_or_default(),
                    fortschritt: format!("{} von {}", e.beantwortet, e.sichtbar),
                    grad: e.text(),
                    ko: e.ko,
                    bearbeitende: d.bearbeitende.clone(),
                })
            })
            .collect();
        match sortierung.get() {
            Some(("objekt", auf)) => liste.sortiere_nach(|a, b| {
                if auf {
                    a.objekt.cmp(&b.objekt)
                } else {
                    b.objekt.cmp(&a.objekt)
                }
            }),
            Some((_, auf)) => liste.sortiere_nach(|a, b| {
                if auf {
                    a.vorlage.cmp(&b.vorlage)
                } else {
                    b.vorlage.cmp(&a.vorlage)
                }
            }),
            None => {}
        }
        liste
    });
    let zahl = move || zeilen.with(|z| anzahl(z.len(), "Durchführung", "Durchführungen"));
    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["neu"])>
                <span class="kern-label">"Checkliste durchführen"</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href=href(&["vorlagen"])>
                <span class="kern-label">"Vorlagen"</span>
            </a>
        </div>
        <h2 class="kern-heading-medium">"Durchführungen"</h2>
        <p class="kern-body" role="status">{zahl}</p>
        <Datentabelle id="cl-durchfuehrungen" titel="Durchführungen mit Erfüllungsgrad" kopf=KOPF spalten=SPALTEN
            zeilen=zeilen sortierung aktionen=AKTIONEN/>
    }
}
