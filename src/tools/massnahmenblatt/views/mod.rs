//! Views of the KP-Maßnahmenblatt, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route          | Page                                                               |
//! |--------------------|--------------------------------------------------------------------|
//! | (none)             | [`liste`]: the measures as a data table, totals per Weg and year  |
//! | `einstellungen`    | [`einstellungen`]: the catalogue of Finanzierungswege             |
//! | `neu`              | [`massnahme`]: short form for a new measure                        |
//! | `massnahme/<id>`   | [`massnahme`]: summary with Mittel, then sections edited one at a time (Stammdaten, Inhalt, Planung, Bewilligung, Verknüpfungen, Meilensteine, Finanzbedarf) |
//! | `blatt/<id>`       | [`blatt`]: the Maßnahmenblatt as one printed A4 page               |
//!
//! The frame (`app::rahmen`) adds the sub-navigation, the heading, the empty state and the
//! export page.

use leptos::prelude::*;

use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

pub mod blatt;
pub mod einstellungen;
pub mod finanzbedarf;
pub mod liste;
pub mod massnahme;
pub mod meilensteine;

use super::model::{Efa, Kostenart, Meilensteinstatus, Status, Umsetzungsweg};
use super::SLUG;

/// Heading of a measure's record.
fn massnahmentitel(ab: &crate::daten::arbeitsbereich::Arbeitsbereich, id: u32) -> Option<String> {
    ab.werkzeuge
        .massnahmenblatt
        .massnahme(id)
        .map(|m| format!("Maßnahme {} {}", m.kennung, m.titel))
}

fn massnahmen_ids(ab: &crate::daten::arbeitsbereich::Arbeitsbereich) -> Vec<u32> {
    ab.werkzeuge
        .massnahmenblatt
        .massnahmen
        .iter()
        .map(|m| m.id)
        .collect()
}

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![massnahmenblatt;
    "" in "Maßnahmen", Fest(super::TITEL) => |_| view! { <liste::Uebersicht/> };
    "einstellungen" in "Finanzierungswege", Fest("Finanzierungswege") => |_| view! { <einstellungen::Einstellungen/> };
    "neu", Fest("Neue Maßnahme") => |_| view! { <massnahme::NeueMassnahme/> };
    "massnahme/*", Seitentitel::Datensatz {
        titel: massnahmentitel,
        fehlt: "Maßnahme nicht gefunden",
        ids: massnahmen_ids,
    } => |id| view! { <massnahme::Massnahmenseite id=id.unwrap_or_default()/> };
    "blatt/*", Seitentitel::Datensatz {
        titel: |ab, id| {
            ab.werkzeuge
                .massnahmenblatt
                .massnahme(id)
                .map(|m| format!("Maßnahmenblatt {} {}", m.kennung, m.titel))
        },
        fehlt: "Maßnahmenblatt nicht gefunden",
        ids: massnahmen_ids,
    } => |id| view! { <blatt::Blatt id=id.unwrap_or_default()/> };
];

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to a measure's page.
pub fn massnahme_href(id: u32) -> String {
    href(&["massnahme", &id.to_string()])
}

/// Link to a measure's print page.
pub fn blatt_href(id: u32) -> String {
    href(&["blatt", &id.to_string()])
}

/// The "bitte prüfen" marker (text, not colour), the same as the Zielstufenplaner's.
pub use crate::tools::zielstufenplaner::views::BittePruefen;

/// `(name, name)` options of an enumeration's words.
fn woerter(namen: impl IntoIterator<Item = &'static str>) -> Vec<(String, String)> {
    namen
        .into_iter()
        .map(|n| (n.to_owned(), n.to_owned()))
        .collect()
}

/// Options of the states.
pub fn statusoptionen() -> Vec<(String, String)> {
    woerter(Status::ALLE.iter().map(|s| s.name()))
}

/// Options of the Kostenarten.
pub fn kostenartoptionen() -> Vec<(String, String)> {
    woerter(Kostenart::ALLE.iter().map(|k| k.name()))
}

/// Options of EfA / Nachnutzung.
pub fn efaoptionen() -> Vec<(String, String)> {
    woerter(Efa::ALLE.iter().map(|e| e.name()))
}

/// Options of the Umsetzungswege.
pub fn umsetzungswegoptionen() -> Vec<(String, String)> {
    woerter(Umsetzungsweg::ALLE.iter().map(|u| u.name()))
}

/// Options of the milestone states.
pub fn meilensteinstatusoptionen() -> Vec<(String, String)> {
    woerter(Meilensteinstatus::ALLE.iter().map(|s| s.name()))
}

/// A state as a labelled badge (word and shape class, never colour alone).
#[component]
pub fn Statusmarke(status: Status) -> impl IntoView {
    let klasse = match status {
        Status::Abgelehnt => "mb-status mb-status--abgelehnt",
        s if s.ist_bewilligt() => "mb-status mb-status--bewilligt",
        _ => "mb-status",
    };
    view! { <span class=klasse>{status.name()}</span> }
}

/// After saving or "Abbrechen": clears the form's problems and, inside an `Abschnitt` of a
/// record page, returns to its summary.
pub fn formular_beenden(fehler: RwSignal<Vec<crate::shared::text::Feldfehler>>) {
    fehler.set(Vec::new());
    if let Some(b) = crate::app::zusammenfassung::Bearbeitung::im_abschnitt() {
        b.beenden();
    }
}
