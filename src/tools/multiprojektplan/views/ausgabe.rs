//! The export page of the Multiprojektplan: the shared export area with this tool's workbook.

use leptos::prelude::*;

use crate::app::ausgabe::Exportbereich;
use crate::app::browser;
use crate::app::daten::Daten;
use crate::tools::multiprojektplan::{export, TITEL};

/// Data sheets of the workbook, in order (for the CSV buttons).
const BLAETTER: [&str; 6] = [
    "Projekte",
    "Meilensteine",
    "Abhaengigkeiten",
    "Statusberichte",
    "Prognosen",
    "Priorisierung",
];

/// The export page.
#[component]
pub fn Ausgabe() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let mappe = Callback::new(move |info| {
        daten.arbeitsbereich.with_untracked(|ab| {
            let plan = &ab.as_ref()?.multiprojektplan;
            let stichtag = plan.berichtsstichtag.unwrap_or_else(browser::heute);
            Some(export::mappe(plan, info, stichtag))
        })
    });
    view! {
        <Exportbereich werkzeug=TITEL blaetter=BLAETTER.to_vec() mappe/>
    }
}
