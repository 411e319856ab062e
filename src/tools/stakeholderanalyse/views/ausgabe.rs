//! The export page of the Stakeholderanalyse: the choice whether confidential stakeholders
//! are included (unchecked by default) and the shared export area with this tool's workbook.

use leptos::prelude::*;

use crate::app::ausgabe::Exportbereich;
use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::formular::Ankreuzfeld;
use crate::tools::stakeholderanalyse::{calc, export, TITEL};

/// The export page.
#[component]
pub fn Ausgabe() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let mit_vertraulichen = RwSignal::new(false);
    let anzahl = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or(0, |ab| {
                ab.werkzeuge
                    .stakeholderanalyse
                    .stakeholder
                    .iter()
                    .filter(|s| s.vertraulich)
                    .count()
            })
        })
    });
    let mappe = Callback::new(move |info| {
        daten.lies_ungetrackt(|ab| {
            let ab = ab?;
            let analyse = &ab.werkzeuge.stakeholderanalyse;
            let stichtag = calc::stichtag(analyse, browser::heute());
            Some(export::mappe(
                analyse,
                &ab.werkzeuge.multiprojektplan,
                info,
                stichtag,
                mit_vertraulichen.get_untracked(),
            ))
        })
    });
    view! {
        <section aria-labelledby="vertraulich-titel">
            <h2 class="kern-heading-small" id="vertraulich-titel">"Vertrauliche Stakeholder"</h2>
            <p class="kern-body" id="vertraulich-stand">
                {move || match anzahl.get() {
                    0 => "Es ist kein Stakeholder als vertraulich markiert.".to_owned(),
                    1 => "1 Stakeholder ist als vertraulich markiert.".to_owned(),
                    n => format!("{n} Stakeholder sind als vertraulich markiert."),
                }}
                " Ohne Ihre ausdrückliche Wahl bleiben vertrauliche Stakeholder mit ihren Maßnahmen, "
                "Kommunikationsplan-Einträgen und Beziehungen aus dem Export heraus; das Blatt „Info“ nennt, wie viele."
            </p>
            <Ankreuzfeld id="mit-vertraulichen" beschriftung="Vertrauliche Stakeholder einbeziehen"
                wert=mit_vertraulichen bei_eingabe=Callback::new(move |an| mit_vertraulichen.set(an))/>
        </section>
        <Exportbereich werkzeug=TITEL blaetter=export::BLAETTER.to_vec() mappe/>
    }
}
