//! Views of the Wissenslandkarte, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route          | Page                                                                 |
//! |--------------------|----------------------------------------------------------------------|
//! | (none)             | [`uebersicht`]: key figures and the Gebiete as a data table          |
//! | `gebiete`          | [`gebiete`]: the tree of Wissensgebiete, edited in place             |
//! | `traeger`          | [`traeger`]: Wissensträger with consent for persons                  |
//! | `zuordnungen`      | [`zuordnungen`]: who holds which Gebiet, with expertise and role     |
//! | `matrix`           | [`matrix`]: Gebiet × Träger (symbol and word)                        |
//! | `prozesse`         | [`prozesse`]: Prozess × Gebiet with coverage, process steps          |
//! | `bestaende`        | [`bestaende`]: Wissensbestände (where, form, format, size)           |
//! | `karte`            | [`karte`]: the map as an SVG tree and as a nested list, printable    |
//! | `risiken`          | [`risiken`]: the risk list at a Stichtag                             |
//! | `transfer`         | [`transfer`]: the transfer measures                                  |
//! | `transfer/<id>`    | [`transfer`]: "Transfermaßnahme anlegen" for Gebiet `id`             |
//! | `offboarding/<id>` | [`offboarding`]: the printable offboarding sheet of person `id`      |
//!
//! The frame (`app::rahmen`) adds the sub-navigation, the heading, the empty state and the
//! export page.

use leptos::prelude::*;

use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

pub mod bestaende;
pub mod gebiete;
pub mod karte;
pub mod matrix;
pub mod offboarding;
pub mod prozesse;
pub mod risiken;
pub mod traeger;
pub mod transfer;
pub mod uebersicht;
pub mod zuordnungen;

use super::calc;
use super::model::{Expertise, Wissenslandkarte};
use super::SLUG;

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![wissenslandkarte;
    "" in "Übersicht", Fest(super::TITEL) => |_| view! { <uebersicht::Uebersicht/> };
    "gebiete" in "Gebiete", Fest("Wissensgebiete") => |_| view! { <gebiete::Gebiete/> };
    "traeger" in "Träger", Fest("Wissensträger") => |_| view! { <traeger::TraegerSeite/> };
    "zuordnungen" in "Zuordnungen", Fest("Zuordnungen") => |_| view! { <zuordnungen::Zuordnungen/> };
    "matrix" in "Matrix", Fest("Matrix Gebiet × Träger") => |_| view! { <matrix::Matrix/> };
    "prozesse" in "Prozesse", Fest("Prozesse und Wissensgebiete") => |_| view! { <prozesse::Prozesse/> };
    "bestaende" in "Bestände", Fest("Wissensbestände") => |_| view! { <bestaende::Bestaende/> };
    "karte" in "Karte", Fest("Wissensträgerkarte") => |_| view! { <karte::Karte/> };
    "risiken" in "Risiken", Fest("Wissensrisiken") => |_| view! { <risiken::Risiken/> };
    "transfer" in "Transfer", Fest("Transfermaßnahmen") => |_| view! { <transfer::Transfers/> };
    "transfer/*" unter "transfer", Seitentitel::Datensatz {
        titel: |ab, id| {
            ab.werkzeuge
                .wissenslandkarte
                .gebiet(id)
                .map(|g| format!("Transfermaßnahme für „{}“", g.titel))
        },
        fehlt: "Wissensgebiet nicht gefunden",
        ids: |ab| ab.werkzeuge.wissenslandkarte.gebiete.iter().map(|g| g.id).collect(),
    } => |id| view! { <transfer::NeuerTransfer gebiet=id.unwrap_or_default()/> };
    "offboarding/*" unter "traeger", Seitentitel::Datensatz {
        titel: |ab, id| {
            ab.werkzeuge
                .wissenslandkarte
                .personen()
                .find(|t| t.id == id)
                .map(|t| format!("Offboarding-Blatt: {}", t.anzeigename(false)))
        },
        fehlt: "Person nicht gefunden",
        ids: |ab| ab.werkzeuge.wissenslandkarte.personen().map(|t| t.id).collect(),
    } => |id| view! { <offboarding::Offboarding person=id.unwrap_or_default()/> };
];

/// A copy of the map of the open workspace (empty without one), read tracked: views build
/// their rows from the copy, so no read of the workspace is held while they render.
pub fn karte_lesen(daten: &crate::app::daten::Daten) -> Wissenslandkarte {
    daten.lies(|ab| {
        ab.map(|ab| ab.werkzeuge.wissenslandkarte.clone())
            .unwrap_or_default()
    })
}

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to "Transfermaßnahme anlegen" for a Gebiet.
pub fn transfer_href(gebiet: u32) -> String {
    href(&["transfer", &gebiet.to_string()])
}

/// Link to the offboarding sheet of a person.
pub fn offboarding_href(person: u32) -> String {
    href(&["offboarding", &person.to_string()])
}

/// `(value, label)` of every Gebiet in tree order, indented by level with "– ", labelled with
/// its path so the choice is clear without seeing the tree.
pub fn gebietsoptionen(k: &Wissenslandkarte) -> Vec<(String, String)> {
    calc::baum(k)
        .into_iter()
        .map(|(g, _)| (g.id.to_string(), calc::pfad(k, g.id)))
        .collect()
}

/// `(value, label)` of every Träger: "Name (Typ)".
pub fn traegeroptionen(k: &Wissenslandkarte) -> Vec<(String, String)> {
    k.traeger
        .iter()
        .map(|t| (t.id.to_string(), format!("{} ({})", t.name(), t.typ.name())))
        .collect()
}

/// `(name, name)` options of an enumeration.
pub fn namensoptionen(namen: impl IntoIterator<Item = &'static str>) -> Vec<(String, String)> {
    namen
        .into_iter()
        .map(|n| (n.to_owned(), n.to_owned()))
        .collect()
}

/// The expertise as symbol and word (never colour alone), e.g. "● Expertise".
#[component]
pub fn Expertisemarke(expertise: Expertise) -> impl IntoView {
    view! {
        <span class="wl-expertise">
            <span aria-hidden="true">{expertise.symbol()}</span>" "{expertise.name()}
        </span>
    }
}

/// The Risiko in words with a sign: "⚠ Risiko 3 (hoch)"; "kein Risiko".
pub fn risikotext(wert: u8) -> String {
    match wert {
        0 => "kein Risiko".to_owned(),
        1 => "⚠ Risiko 1 (gering)".to_owned(),
        2 => "⚠ Risiko 2 (mittel)".to_owned(),
        _ => "⚠ Risiko 3 (hoch)".to_owned(),
    }
}

/// Prints the page.
pub fn drucken() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
