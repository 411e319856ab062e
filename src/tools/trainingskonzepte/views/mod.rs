//! Views of the Trainingskonzepte, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route       | Page                                                                     |
//! |-----------------|--------------------------------------------------------------------------|
//! | (none)          | [`liste`]: the concepts as a data table                                  |
//! | `kalender`      | [`kalender`]: the Termine of one month, text first, month by month       |
//! | `abdeckung`     | [`abdeckung`]: priority gaps addressed by any concept, the open ones     |
//! | `neu`           | [`liste`]: short form for a new concept                                  |
//! | `konzept/<id>`  | [`konzept`]: phase indicator, Stammdaten, Zielgruppen and Lernziele,     |
//! |                 | modules, coverage, curriculum matrix, Termine, evaluation, .ics          |
//! | `termin/<id>`   | [`termin`]: a Termin with its Teilnahmen, waiting list, feedback, .ics   |

use leptos::prelude::*;

use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

pub mod abdeckung;
pub mod kalender;
pub mod konzept;
pub mod liste;
pub mod module;
pub mod termin;

use super::model::{Ebene, Format, Konzeptstatus, Phase, Teilnahmestatus, Trainerart};
use super::SLUG;

fn termin_titel(ab: &Arbeitsbereich, id: u32) -> Option<String> {
    let (k, t) = ab.werkzeuge.trainingskonzepte.termin(id)?;
    Some(format!(
        "Termin {} am {}",
        super::calc::modultitel(k, t.modul),
        t.datum.deutsch()
    ))
}

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![trainingskonzepte;
    "" in "Konzepte", Fest(super::TITEL) => |_| view! { <liste::Uebersicht/> };
    "kalender" in "Kalender", Fest("Terminkalender") => |_| view! { <kalender::Kalender/> };
    "abdeckung" in "Abdeckung der Lücken", Fest("Abdeckung der Kompetenzlücken") => |_| view! { <abdeckung::Abdeckungsseite/> };
    "neu", Fest("Neues Trainingskonzept") => |_| view! { <liste::NeuesKonzept/> };
    "konzept/*", Seitentitel::Datensatz {
        titel: |ab, id| ab.werkzeuge.trainingskonzepte.konzept(id).map(|k| format!("Trainingskonzept: {}", k.titel)),
        fehlt: "Trainingskonzept nicht gefunden",
        ids: |ab| ab.werkzeuge.trainingskonzepte.konzepte.iter().map(|k| k.id).collect(),
    } => |id| view! { <konzept::Konzeptseite id=id.unwrap_or_default()/> };
    "termin/*", Seitentitel::Datensatz {
        titel: termin_titel,
        fehlt: "Termin nicht gefunden",
        ids: |ab| ab.werkzeuge.trainingskonzepte.konzepte.iter().flat_map(|k| k.termine.iter().map(|t| t.id)).collect(),
    } => |id| view! { <termin::Terminseite id=id.unwrap_or_default()/> };
];

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to a concept's page.
pub fn konzept_href(id: u32) -> String {
    href(&["konzept", &id.to_string()])
}

/// Link to a Termin's page.
pub fn termin_href(id: u32) -> String {
    href(&["termin", &id.to_string()])
}

/// The "bitte prüfen" marker (text, not colour).
pub use crate::tools::zielstufenplaner::views::BittePruefen;

fn woerter(namen: impl IntoIterator<Item = &'static str>) -> Vec<(String, String)> {
    namen
        .into_iter()
        .map(|n| (n.to_owned(), n.to_owned()))
        .collect()
}

/// Options of the phases ("1 Bedarfsermittlung").
pub fn phasenoptionen() -> Vec<(String, String)> {
    Phase::ALLE
        .iter()
        .map(|p| (p.name().to_owned(), format!("{} {}", p.nummer(), p.name())))
        .collect()
}

/// Options of the concept statuses.
pub fn statusoptionen() -> Vec<(String, String)> {
    woerter(Konzeptstatus::ALLE.iter().map(|s| s.name()))
}

/// Options of the formats.
pub fn formatoptionen() -> Vec<(String, String)> {
    woerter(Format::ALLE.iter().map(|s| s.name()))
}

/// Options of intern/extern.
pub fn trainerartoptionen() -> Vec<(String, String)> {
    woerter(Trainerart::ALLE.iter().map(|s| s.name()))
}

/// Options of the registration statuses.
pub fn teilnahmeoptionen() -> Vec<(String, String)> {
    woerter(Teilnahmestatus::ALLE.iter().map(|s| s.name()))
}

/// Options of the evaluation levels.
pub fn ebenenoptionen() -> Vec<(String, String)> {
    Ebene::ALLE
        .iter()
        .enumerate()
        .map(|(i, e)| (e.name().to_owned(), format!("{} {}", i + 1, e.name())))
        .collect()
}

/// After saving or "Abbrechen": clears the form's problems and, inside an `Abschnitt` of a
/// record page, returns to its summary.
pub fn formular_beenden(fehler: RwSignal<Vec<crate::shared::text::Feldfehler>>) {
    fehler.set(Vec::new());
    if let Some(b) = crate::app::zusammenfassung::Bearbeitung::im_abschnitt() {
        b.beenden();
    }
}

/// `DTSTAMP` now, in UTC.
fn dtstamp() -> String {
    let jetzt = js_sys::Date::new_0();
    let datum = crate::shared::datum::Datum::neu(
        jetzt.get_utc_full_year() as i32,
        jetzt.get_utc_month() + 1,
        jetzt.get_utc_date(),
    )
    .unwrap_or_else(crate::app::browser::heute);
    super::ics::zeitstempel(
        datum,
        jetzt.get_utc_hours() as u8,
        jetzt.get_utc_minutes() as u8,
        jetzt.get_utc_seconds() as u8,
    )
}

/// Offers the calendar file of concept `konzept`'s Termine (all, or only `termin`).
pub fn ics_herunterladen(daten: crate::app::daten::Daten, konzept: u32, termin: Option<u32>) {
    let datei = daten.lies_ungetrackt(|ab| {
        let k = ab?.werkzeuge.trainingskonzepte.konzept(konzept)?;
        let termine: Vec<&super::model::Termin> = match termin {
            Some(id) => k.termine.iter().filter(|t| t.id == id).collect(),
            None => k.termine_sortiert(),
        };
        let name = match termine.as_slice() {
            [t] if termin.is_some() => super::ics::dateiname(&[
                "Termin",
                &super::calc::modultitel(k, t.modul),
                &t.datum.iso(),
            ]),
            _ => super::ics::dateiname(&["Termine", &k.titel]),
        };
        Some((name, super::ics::kalender(k, &termine, &dtstamp())))
    });
    let Some((name, inhalt)) = datei else { return };
    match crate::app::browser::herunterladen(
        &name,
        "text/calendar;charset=utf-8",
        inhalt.as_bytes(),
    ) {
        Ok(()) => daten.ansagen(format!("Kalenderdatei „{name}“ wird heruntergeladen.")),
        Err(f) => daten.ansagen(f),
    }
}
