//! The export page of the Zielstufenplaner: the shared export area with this tool's workbook.

use leptos::prelude::*;

use crate::app::ausgabe::Exportbereich;
use crate::app::browser;
use crate::app::daten::Daten;
use crate::tools::zielstufenplaner::{export, TITEL};

/// The export page.
#[component]
pub fn Ausgabe() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let mappe = Callback::new(move |info| {
        daten.lies_ungetrackt(|ab| {
            let ab = ab?;
            Some(export::mappe(
                &ab.zielstufenplaner,
                &ab.multiprojektplan,
                info,
                browser::heute(),
            ))
        })
    });
    view! {
        <p class="kern-body">"Die Arbeitsmappe enthält die Blätter Info, Leistungen, Bewertungen (je Modell ein Block Kriterienspalten), Zielstufen, Nachweise und Legende mit den Stufentexten beider Reifegradmodelle."</p>
        <Exportbereich werkzeug=TITEL blaetter=export::BLAETTER.to_vec() mappe/>
    }
}
