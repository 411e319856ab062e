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

use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

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
pub static SEITEN: &[Seite] = seiten![multiprojektplan;
    "" in "Portfolio", Fest(super::TITEL) => |_| view! { <portfolio::Portfolio/> };
    "zeitplan" in "Zeitplan", Fest("Zeitplan der Projekte") => |_| view! { <zeitplan::Zeitplan/> };
    "ampeln" in "Ampelübersicht", Fest("Ampelübersicht") => |_| view! { <ampeln::Ampeluebersicht/> };
    "abhaengigkeiten" in "Abhängigkeiten", Fest("Abhängigkeiten") => |_| view! { <abhaengigkeiten::Abhaengigkeiten/> };
    "einstellungen" in "Einstellungen", Fest("Einstellungen des Multiprojektplans") => |_| view! { <einstellungen::Einstellungen/> };
    // The forms and a project's pages are a part of their own: the portfolio does not wait
    // for them.
    multiprojektplan_projekt;
    "neu", Fest("Neues Projekt") => |_| view! { <projekt::Projektformular id=None teil=projekt::Teil::Neu/> };
    "projekt/*", Seitentitel::Datensatz {
        titel: |ab, id| ab.werkzeuge.multiprojektplan.projekt(id).map(projekttitel),
        fehlt: "Projekt nicht gefunden",
        ids: |ab| ab.werkzeuge.multiprojektplan.projekte.iter().map(|p| p.id).collect(),
    } => |id| view! { <projekt::Projektseite id=id.unwrap_or_default()/> };
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
