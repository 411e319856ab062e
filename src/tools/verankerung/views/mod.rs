//! Views of the Verankerung tool, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route     | Page                                                                   |
//! |---------------|------------------------------------------------------------------------|
//! | (none)        | [`uebersicht`]: key figures and the goals as a data table              |
//! | `bewerten`    | [`bewerten`]: the assessment of all active goals at one Stichtag       |
//! | `auswertung`  | [`auswertung`]: radar Ist vs Ziel, gap list, timeline per Dimension    |
//! | `massnahmen`  | [`massnahmen`]: the measures with overdue flag, form for a new one     |
//! | `bericht`     | [`bericht`]: the two-page Verankerungsbericht (print view)             |
//! | `neu`         | [`ziel`]: short form for a goal of one's own                           |
//! | `vorschlaege` | [`vorschlaege`]: the suggested goals of the handout, to take over      |
//! | `ziel/<id>`   | [`ziel`]: a goal's summary, its description, assessments, measures, links |
//!
//! The frame (`app::rahmen`) adds the sub-navigation, the heading, the empty state and the
//! export page.

use leptos::prelude::*;

use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

pub mod auswertung;
pub mod bericht;
pub mod bewerten;
pub mod massnahmen;
pub mod uebersicht;
pub mod vorschlaege;
pub mod ziel;

use super::SLUG;

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![verankerung;
    "" in "Ziele", Fest(super::TITEL) => |_| view! { <uebersicht::Uebersicht/> };
    "bewerten" in "Bewerten", Fest("Bewertung zum Stichtag") => |_| view! { <bewerten::Bewerten/> };
    "auswertung" in "Auswertung", Fest("Auswertung der Verankerung") => |_| view! { <auswertung::Auswertung/> };
    "massnahmen" in "Maßnahmen", Fest("Maßnahmen zur Verankerung") => |_| view! { <massnahmen::Massnahmen/> };
    "bericht" in "Bericht", Fest("Verankerungsbericht") => |_| view! { <bericht::Bericht/> };
    "vorschlaege" in "Vorschläge", Fest("Vorgeschlagene Verankerungsziele") => |_| view! { <vorschlaege::Vorschlaege/> };
    "neu", Fest("Neues Verankerungsziel") => |_| view! { <ziel::NeuesZiel/> };
    "ziel/*", Seitentitel::Datensatz {
        titel: |ab, id| {
            ab.werkzeuge
                .verankerung
                .ziel(id)
                .map(|z| format!("Verankerungsziel: {}", z.titel))
        },
        fehlt: "Verankerungsziel nicht gefunden",
        ids: |ab| ab.werkzeuge.verankerung.ziele.iter().map(|z| z.id).collect(),
    } => |id| view! { <ziel::Zielseite id=id.unwrap_or_default()/> };
];

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to a goal's page.
pub fn ziel_href(id: u32) -> String {
    href(&["ziel", &id.to_string()])
}

/// A level as text with its number, e.g. "2 definiert"; "nicht bewertet" without one.
#[component]
pub fn Stufenmarke(
    /// The level.
    stufe: Option<super::model::Stufe>,
) -> impl IntoView {
    match stufe {
        Some(s) => {
            let klasse = format!("vk-stufe vk-stufe--{}", s.wert());
            view! { <span class=klasse>{s.name()}</span> }.into_any()
        }
        None => view! { <span class="vk-stufe">"nicht bewertet"</span> }.into_any(),
    }
}

/// The change since the last assessment, in signs and words.
#[component]
pub fn Veraenderungsmarke(veraenderung: super::calc::Veraenderung) -> impl IntoView {
    view! { <span class=veraenderung.klasse()>{veraenderung.text()}</span> }
}

/// The marker of a suggested goal nobody has confirmed (text, not colour): the same marker
/// as the Zielstufenplaner's unconfirmed catalogue entries.
pub use crate::tools::zielstufenplaner::views::BittePruefen;

/// `(value, label)` options of the scale, for selects.
pub fn stufenoptionen() -> Vec<(String, String)> {
    super::model::Stufe::ALLE
        .iter()
        .map(|s| (s.wert().to_string(), s.name().to_owned()))
        .collect()
}

/// `(value, label)` options of the Dimensionen.
pub fn dimensionsoptionen() -> Vec<(String, String)> {
    crate::shared::vokabular::Dimension::ALLE
        .iter()
        .map(|d| (d.name().to_owned(), d.name().to_owned()))
        .collect()
}

/// The Dimension named `name`.
pub fn dimension_aus(name: &str) -> Option<crate::shared::vokabular::Dimension> {
    crate::shared::vokabular::Dimension::ALLE
        .into_iter()
        .find(|d| d.name() == name)
}

/// After saving or "Abbrechen": clears the form's problems and, inside an `Abschnitt` of a
/// record page, returns to its summary.
pub fn formular_beenden(fehler: RwSignal<Vec<crate::shared::text::Feldfehler>>) {
    fehler.set(Vec::new());
    if let Some(b) = crate::app::zusammenfassung::Bearbeitung::im_abschnitt() {
        b.beenden();
    }
}
