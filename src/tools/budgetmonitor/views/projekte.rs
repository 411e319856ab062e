//! Project view across years: per Multiprojektplan project, Haushaltsjahr and source of funds
//! the verfügbares Soll of its Ansätze and the Ist and gebunden of the bookings charged to them,
//! as a data table.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart};
use crate::tools::budgetmonitor::calc;

use super::{betrag, frei_text, lies_mit_rahmen, projektname, prozent, spalte, zahlspalte};

/// One row: a project's money in one Haushaltsjahr from one source.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Projektzeile {
    projekt: String,
    jahr: i32,
    quelle: String,
    soll: i64,
    ist: i64,
    gebunden: i64,
    festlegungen: i64,
    vorbindungen: i64,
}

/// The columns after the project.
static SPALTEN: &[Spalte<Projektzeile>] = &[
    spalte("jahr", "Haushaltsjahr", Spaltenart::Kurz, true, |z| {
        z.jahr.to_string().into_any()
    }),
    spalte(
        "quelle",
        "Finanzierungsquelle",
        Spaltenart::Text,
        false,
        |z| z.quelle.clone().into_any(),
    ),
    zahlspalte("soll", "verf. Soll", true, |z| betrag(z.soll).into_any()),
    zahlspalte("ist", "Ist", true, |z| betrag(z.ist).into_any()),
    zahlspalte("gebunden", "gebunden", true, |z| {
        betrag(z.gebunden).into_any()
    }),
    zahlspalte("festlegungen", "davon Festlegungen", false, |z| {
        betrag(z.festlegungen).into_any()
    }),
    zahlspalte("vorbindungen", "davon Vorbindungen", false, |z| {
        betrag(z.vorbindungen).into_any()
    }),
    zahlspalte("frei", "frei", true, |z| {
        let f = z.soll - z.ist - z.gebunden;
        frei_text(f, betrag(f)).into_any()
    }),
    zahlspalte("abfluss", "Abfluss", true, |z| {
        prozent(calc::promille(z.ist, z.soll)).into_any()
    }),
];

/// The row header: the project, its source below.
fn kopfzelle(z: &Projektzeile) -> AnyView {
    view! {
        {z.projekt.clone()}
        <span class="datentabelle__untertitel">{z.quelle.clone()}</span>
    }
    .into_any()
}

/// The project finances page.
#[component]
pub fn Projektfinanzen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = Signal::derive(move || {
        lies_mit_rahmen(daten, |ab, bm, rahmen| {
            calc::projektfinanzen(bm, rahmen.stichtag)
                .into_iter()
                .map(|p| Projektzeile {
                    projekt: p.projekt.map_or_else(
                        || "ohne Projektzuordnung".to_owned(),
                        |id| projektname(ab, id),
                    ),
                    jahr: p.jahr,
                    quelle: bm.quellenname(p.quelle).to_owned(),
                    soll: p.soll,
                    ist: p.ist,
                    gebunden: p.gebunden,
                    festlegungen: p.festlegungen,
                    vorbindungen: p.vorbindungen,
                })
                .collect()
        })
        .unwrap_or_default()
    });
    view! {
        <p class="kern-body">
            "Alle Haushaltsjahre. Ist und gebunden zählen für ein Projekt, wenn die Buchung seinem Ansatz zugeordnet ist "
            "(Feld „Ansatz“ im Buchungsformular)."
        </p>
        <Datentabelle id="projekte-tabelle" titel="Finanzen je Projekt, Haushaltsjahr und Finanzierungsquelle"
            kopf=spalte("projekt", "Projekt", Spaltenart::Text, true, kopfzelle)
            spalten=SPALTEN zeilen/>
    }
}
