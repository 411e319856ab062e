//! The export page of the Budgetmonitor: the shared export area with this tool's workbook.

use leptos::prelude::*;

use crate::app::ausgabe::Exportbereich;
use crate::app::browser;
use crate::app::daten::Daten;
use crate::tools::budgetmonitor::calc::Rahmen;
use crate::tools::budgetmonitor::{export, TITEL};

/// The export page.
#[component]
pub fn Ausgabe() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let mappe = Callback::new(move |info| {
        daten.lies_ungetrackt(|ab| {
            let ab = ab?;
            let bm = &ab.budgetmonitor;
            let rahmen = Rahmen::von(bm, browser::heute());
            Some(export::mappe(bm, &ab.multiprojektplan, info, rahmen))
        })
    });
    view! {
        <p class="kern-body">
            "Die Arbeitsmappe enthält die Haushaltsüberwachungsliste zum Berichtsstichtag mit lebenden Formeln "
            "(verfügbares Soll, frei, Quoten, Abweichungen, Summen je Kapitel und Einzelplan), die Buchungen, "
            "die Verpflichtungsermächtigungen, den Monatsverlauf mit Diagramm und die Finanzen der Projekte."
        </p>
        <Exportbereich werkzeug=TITEL blaetter=export::BLAETTER.to_vec() mappe/>
    }
}
