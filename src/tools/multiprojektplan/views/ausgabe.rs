//! The export page of the Multiprojektplan: the shared export area with this tool's workbook.

use leptos::prelude::*;

use crate::app::ausgabe::Exportbereich;
use crate::app::browser;
use crate::app::daten::Daten;
use crate::tools::multiprojektplan::{calc, export, TITEL};

/// The export page.
#[component]
pub fn Ausgabe() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let mappe = Callback::new(move |info| {
        daten.lies_ungetrackt(|ab| {
            let plan = &ab?.multiprojektplan;
            let stichtag = calc::stichtag(plan, browser::heute());
            Some(export::mappe(plan, info, stichtag))
        })
    });
    view! {
        <Exportbereich werkzeug=TITEL blaetter=export::BLAETTER.to_vec() mappe/>
    }
}
