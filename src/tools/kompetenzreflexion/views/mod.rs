//! Views of the Kompetenzreflexion, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route        | Page                                                                  |
//! |------------------|-----------------------------------------------------------------------|
//! | (none)           | [`team`]: key figures and the team as a data table                    |
//! | `kataloge`       | [`kataloge`]: Rollen (Rollensteckbrief) and Kompetenzen, the defaults |
//! | `soll`           | [`soll`]: the Soll-Profil of one role at a time, and the matrix       |
//! | `einschaetzen`   | [`einschaetzen`]: ratings of one person at one date (privacy notice)  |
//! | `workshops`      | [`workshop`]: the workshops and a form for a new one                  |
//! | `heatmap`        | [`heatmap`]: person × competence (number and pattern), team figures   |
//! | `radar`          | [`radar`]: Soll vs Ist per role or person (SVG and table)             |
//! | `luecken`        | [`luecken`]: the gap list and the development measures                |
//! | `neu`            | [`team`]: form for a new person                                       |
//! | `person/<id>`    | [`team`]: a person, the rating history, delete in one step            |
//! | `workshop/<id>`  | [`workshop`]: agenda phases and results of a workshop                 |
//! | `modus/<id>`     | [`modus`]: the workshop mode for the projector, without names         |

use leptos::prelude::*;

use crate::app::components::{Hinweis, HinweisArt};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

pub mod einschaetzen;
pub mod heatmap;
pub mod kataloge;
pub mod luecken;
pub mod modus;
pub mod radar;
pub mod soll;
pub mod team;
pub mod workshop;

use super::model::Niveau;
use super::SLUG;

fn workshop_titel(ab: &Arbeitsbereich, id: u32) -> Option<String> {
    ab.werkzeuge
        .kompetenzreflexion
        .workshop(id)
        .map(|w| format!("Workshop: {}", w.titel))
}

fn workshop_ids(ab: &Arbeitsbereich) -> Vec<u32> {
    ab.werkzeuge
        .kompetenzreflexion
        .workshops
        .iter()
        .map(|w| w.id)
        .collect()
}

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![kompetenzreflexion;
    "" in "Team", Fest(super::TITEL) => |_| view! { <team::Team/> };
    "kataloge" in "Kataloge", Fest("Rollen und Kompetenzen") => |_| view! { <kataloge::Kataloge/> };
    "soll" in "Soll-Profile", Fest("Soll-Profile") => |_| view! { <soll::SollProfile/> };
    "einschaetzen" in "Einschätzung", Fest("Einschätzung erfassen") => |_| view! { <einschaetzen::Einschaetzen/> };
    "workshops" in "Workshops", Fest("Workshops") => |_| view! { <workshop::Workshops/> };
    "heatmap" in "Heatmap", Fest("Team-Heatmap") => |_| view! { <heatmap::Heatmap/> };
    "radar" in "Radar", Fest("Netzdiagramm Soll und Ist") => |_| view! { <radar::Radar/> };
    "luecken" in "Lücken und Maßnahmen", Fest("Lücken und Maßnahmen") => |_| view! { <luecken::Luecken/> };
    "neu", Fest("Neue Person") => |_| view! { <team::NeuePerson/> };
    "person/*", Seitentitel::Datensatz {
        titel: |ab, id| ab.werkzeuge.kompetenzreflexion.person(id).map(|p| format!("Person {}", p.kennung)),
        fehlt: "Person nicht gefunden",
        ids: |ab| ab.werkzeuge.kompetenzreflexion.personen.iter().map(|p| p.id).collect(),
    } => |id| view! { <team::Personenseite id=id.unwrap_or_default()/> };
    "workshop/*" unter "workshops", Seitentitel::Datensatz {
        titel: workshop_titel,
        fehlt: "Workshop nicht gefunden",
        ids: workshop_ids,
    } => |id| view! { <workshop::Workshopseite id=id.unwrap_or_default()/> };
    "modus/*" unter "workshops", Seitentitel::Datensatz {
        titel: |ab, id| ab.werkzeuge.kompetenzreflexion.workshop(id).map(|w| format!("Workshop-Modus: {}", w.titel)),
        fehlt: "Workshop nicht gefunden",
        ids: workshop_ids,
    } => |id| view! { <modus::Modus id=id.unwrap_or_default()/> };
];

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to a person's page.
pub fn person_href(id: u32) -> String {
    href(&["person", &id.to_string()])
}

/// Link to a workshop's page.
pub fn workshop_href(id: u32) -> String {
    href(&["workshop", &id.to_string()])
}

/// The "bitte prüfen" marker (text, not colour), the same as the Zielstufenplaner's.
pub use crate::tools::zielstufenplaner::views::BittePruefen;

/// `(value, label)` options of the levels, for selects.
pub fn niveauoptionen() -> Vec<(String, String)> {
    Niveau::ALLE
        .iter()
        .map(|n| (n.wert().to_string(), n.name().to_owned()))
        .collect()
}

/// The level typed in a select ("1"–"3"), `None` for anything else.
pub fn niveau_aus(text: &str) -> Option<Niveau> {
    text.parse::<u8>().ok().and_then(Niveau::aus_wert)
}

/// A level's value as select text ("" for none).
pub fn niveau_text(n: Option<Niveau>) -> String {
    n.map(|n| n.wert().to_string()).unwrap_or_default()
}

/// The notice where ratings of persons are entered: they are personal data.
#[component]
pub fn Datenschutzhinweis() -> impl IntoView {
    view! {
        <Hinweis art=HinweisArt::Info titel="Datenschutz: Einschätzungen sind personenbezogene Daten".to_owned()>
            <p class="kern-body">
                "Einschätzungen benannter Personen sind personenbezogene Daten. Erfassen Sie Namen nur mit dem Einverständnis der Person; "
                "sonst genügt eine Kennung wie „TN 1“. Der Export enthält Namen nur, wenn Sie sie ausdrücklich einbeziehen, und "
                "die Einschätzungen einer Person lassen sich auf ihrer Seite in einem Schritt löschen. Beziehen Sie die oder den "
                "Datenschutzbeauftragten frühzeitig ein."
            </p>
        </Hinweis>
    }
}
