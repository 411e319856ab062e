//! The suggested Verankerungsziele (fachkonzept §2.9) with description and source, to take over
//! into the catalogue in one step. They are our reconstruction of a handout that is not
//! public, so they arrive marked "bitte prüfen".

use leptos::prelude::*;

use crate::app::components::Abk;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::shared::text::anzahl;
use crate::shared::vokabular::Dimension;
use crate::tools::verankerung::model::vorschlaege;

use super::href;
use crate::app::components::{Knopf, Knopfart};

/// The page.
#[component]
pub fn Vorschlaege() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let vorhanden = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or(Vec::new(), |ab| {
                ab.werkzeuge
                    .verankerung
                    .ziele
                    .iter()
                    .map(|z| z.titel.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let neue = move || {
        vorschlaege()
            .iter()
            .filter(|z| !vorhanden.with(|v| v.contains(&z.titel)))
            .count()
    };
    let uebernehmen = move |_| {
        let mut n = 0;
        daten.aendere("Vorgeschlagene Verankerungsziele übernommen", |ab| {
            n = ab.werkzeuge.verankerung.uebernimm_vorschlaege();
        });
        daten.ansagen(format!("{} übernommen.", anzahl(n, "Ziel", "Ziele")));
        browser::setze_hash(&href(&[]));
    };
    let gruppen = Dimension::ALLE
        .iter()
        .map(|&d| {
            let eintraege = vorschlaege()
                .into_iter()
                .filter(|z| z.dimension == Some(d))
                .map(|z| {
                    let titel = z.titel.clone();
                    view! {
                        <li class="vk-vorschlag">
                            <strong>{z.titel.clone()}</strong>
                            {move || vorhanden.with(|v| v.contains(&titel)).then_some(" (bereits im Katalog)")}
                            <p class="kern-body">{z.beschreibung.clone()}</p>
                            <p class="kern-hint">{format!("Quelle: {}", z.quelle)}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2 class="kern-heading-medium">{d.name()}</h2>
                <ul class="vk-vorschlaege">{eintraege}</ul>
            }
        })
        .collect_view();
    view! {
        <p class="kern-body">
            "Die Handreichung zur Verankerung der nachhaltigen "<Abk kurz="OZG"/>"-Organisation ist nicht öffentlich. Die folgenden Ziele sind unsere Rekonstruktion aus belegter Praxis; "
            "sie kommen mit dem Vermerk „bitte prüfen“ in den Katalog, bis Sie sie bestätigt oder angepasst haben."
        </p>
        <div class="knopfleiste">
            <Knopf art=Knopfart::Primaer id="vk-vorschlaege-uebernehmen" deaktiviert=move || !daten.bearbeitbar() || neue() == 0
                bei_klick=uebernehmen>{move || match neue() {
                    0 => "Alle Vorschläge sind übernommen".to_owned(),
                    n => format!("{} übernehmen", anzahl(n, "Ziel", "Ziele")),
                }}</Knopf>
        </div>
        {gruppen}
    }
}
