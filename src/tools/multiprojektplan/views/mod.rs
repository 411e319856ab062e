//! Views of the Multiprojektplan, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route          | Page                                                    |
//! |--------------------|---------------------------------------------------------|
//! | (none)             | [`portfolio`]: key figures, filters, the portfolio table |
//! | `zeitplan`         | [`zeitplan`]: timeline / Gantt with table alternative    |
//! | `ampeln`           | [`ampeln`]: counts per colour and dimension              |
//! | `abhaengigkeiten`  | [`abhaengigkeiten`]: dependencies and their warnings     |
//! | `einstellungen`    | [`einstellungen`]: Stichtag, criteria, thresholds        |
//! | `neu`              | [`projekt`]: form for a new project                      |
//! | `projekt/<id>`     | [`projekt`] form, [`meilensteine`], [`berichte`], [`mta`] |
//!
//! The frame (`app::rahmen`) adds the sub-navigation, the heading, the empty state and the
//! export page. [`formular`] holds what the forms of this tool, the Stakeholderanalyse and
//! the Zielstufenplaner share on top of `app::formular` and `app::entwurf`.

use leptos::prelude::*;

use crate::tools::{Seite, Seitentitel};

pub mod abhaengigkeiten;
pub mod ampeln;
pub mod berichte;
pub mod einstellungen;
pub mod meilensteine;
pub mod mta;
pub mod portfolio;
pub mod projekt;
pub mod zeitplan;

use super::model::Projekt;
use super::SLUG;

/// The pages of the tool.
pub static SEITEN: &[Seite] = &[
    Seite {
        pfad: "",
        navigation: Some("Portfolio"),
        titel: Seitentitel::Fest(super::TITEL),
        ansicht: |_| view! { <portfolio::Portfolio/> }.into_any(),
    },
    Seite {
        pfad: "zeitplan",
        navigation: Some("Zeitplan"),
        titel: Seitentitel::Fest("Zeitplan der Projekte"),
        ansicht: |_| view! { <zeitplan::Zeitplan/> }.into_any(),
    },
    Seite {
        pfad: "ampeln",
        navigation: Some("Ampelübersicht"),
        titel: Seitentitel::Fest("Ampelübersicht"),
        ansicht: |_| view! { <ampeln::Ampeluebersicht/> }.into_any(),
    },
    Seite {
        pfad: "abhaengigkeiten",
        navigation: Some("Abhängigkeiten"),
        titel: Seitentitel::Fest("Abhängigkeiten"),
        ansicht: |_| view! { <abhaengigkeiten::Abhaengigkeiten/> }.into_any(),
    },
    Seite {
        pfad: "einstellungen",
        navigation: Some("Einstellungen"),
        titel: Seitentitel::Fest("Einstellungen des Multiprojektplans"),
        ansicht: |_| view! { <einstellungen::Einstellungen/> }.into_any(),
    },
    Seite {
        pfad: "neu",
        navigation: None,
        titel: Seitentitel::Fest("Neues Projekt"),
        ansicht: |_| view! { <projekt::Projektformular id=None teil=projekt::Teil::Neu/> }.into_any(),
    },
    Seite {
        pfad: "projekt/*",
        navigation: None,
        titel: Seitentitel::Datensatz {
            titel: |ab, id| ab.werkzeuge.multiprojektplan.projekt(id).map(projekttitel),
            fehlt: "Projekt nicht gefunden",
            ids: |ab| ab.werkzeuge.multiprojektplan.projekte.iter().map(|p| p.id).collect(),
        },
        ansicht: |id| view! { <projekt::Projektseite id=id.unwrap_or_default()/> }.into_any(),
    },
];

/// Link to a page of the tool, e.g. `href(&["projekt", "7"])` → `#/multiprojektplan/projekt/7`.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to a project's page.
pub fn projekt_href(id: u32) -> String {
    href(&["projekt", &id.to_string()])
}

/// Heading of a project's page.
fn projekttitel(p: &Projekt) -> String {
    format!("Projekt {}: {}", p.kennung, p.titel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verweise() {
        assert_eq!(projekt_href(7), "#/multiprojektplan/projekt/7");
        assert_eq!(href(&["zeitplan"]), "#/multiprojektplan/zeitplan");
    }
}
