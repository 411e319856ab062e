//! Views of the Testmanagement tool, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route      | Page                                                                    |
//! |----------------|-------------------------------------------------------------------------|
//! | (none)         | [`bibliothek`]: the state in one minute, the library with filters, and  |
//! |                | [`teilen`]: the library as a file and reading one back                   |
//! | `bibliothek`   | [`bibliothek`]: the starter library, to copy as a template              |
//! | `import`       | [`import`]: test cases from a pasted table, with preview              |
//! | `neu`          | [`testfall`]: short form for a case of one's own                        |
//! | `testfall/<id>`| [`testfall`]: a case with its numbered steps, edited in sections        |
//! | `laeufe`       | [`laeufe`]: the runs with progress and pass rate, form for a new one    |
//! | `lauf/<id>`    | [`laeufe`]: executing a run step by step, results, defects from failures|
//! | `maengel`      | [`maengel`]: defects by class with the workflow, re-test run            |
//! | `abnahme`      | [`abnahme`]: gate criteria, proposal, decision, trend, traceability     |
//! | `kriterien`    | [`kriterien`]: quality criteria and gate criteria added, renamed, deleted|
//!
//! The frame (`app::rahmen`) adds the sub-navigation, the heading, the empty state and the
//! export page.

use leptos::prelude::*;

use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

pub mod abnahme;
pub mod bibliothek;
pub mod import;
pub mod kriterien;
pub mod laeufe;
pub mod maengel;
pub mod teilen;
pub mod testfall;

use super::model::{Ergebnis, Kategorie, Klasse, Mangelstatus, Prioritaet, Testart, Umgebung};
use super::SLUG;

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![testmanagement;
    "" in "Testfälle", Fest(super::TITEL) => |_| view! { <bibliothek::Uebersicht/> };
    "laeufe" in "Testläufe", Fest("Testläufe") => |_| view! { <laeufe::Laeufe/> };
    "maengel" in "Mängel", Fest("Mängel") => |_| view! { <maengel::Maengel/> };
    "abnahme" in "Abnahme", Fest("Abnahme und Nachverfolgung") => |_| view! { <abnahme::Abnahme/> };
    "kriterien" in "Kriterien", Fest("Kriterien") => |_| view! { <kriterien::Kriterien/> };
    // Adding test cases (library, import, form) and a test case's or run's page are a part
    // of their own: the lists do not wait for them.
    testmanagement_formulare;
    "bibliothek" in "Startbibliothek", Fest("Startbibliothek") => |_| view! { <bibliothek::Startbibliothek/> };
    "import" in "Import", Fest("Testfälle importieren") => |_| view! { <import::Import/> };
    "neu", Fest("Neuer Testfall") => |_| view! { <testfall::NeuerTestfall/> };
    "testfall/*", Seitentitel::Datensatz {
        titel: |ab, id| {
            ab.werkzeuge
                .testmanagement
                .testfall(id)
                .map(|t| format!("Testfall {} {}", t.kennung, t.titel))
        },
        fehlt: "Testfall nicht gefunden",
        ids: |ab| ab.werkzeuge.testmanagement.testfaelle.iter().map(|t| t.id).collect(),
    } => |id| view! { <testfall::Testfallseite id=id.unwrap_or_default()/> };
    "lauf/*" unter "laeufe", Seitentitel::Datensatz {
        titel: |ab, id| {
            ab.werkzeuge
                .testmanagement
                .lauf(id)
                .map(|l| format!("Testlauf: {}", l.titel))
        },
        fehlt: "Testlauf nicht gefunden",
        ids: |ab| ab.werkzeuge.testmanagement.laeufe.iter().map(|l| l.id).collect(),
    } => |id| view! { <laeufe::Laufseite id=id.unwrap_or_default()/> };
];

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to a case's page.
pub fn testfall_href(id: u32) -> String {
    href(&["testfall", &id.to_string()])
}

/// Link to a run's page.
pub fn lauf_href(id: u32) -> String {
    href(&["lauf", &id.to_string()])
}

/// `(name, name)` options of an enumeration's words.
fn woerter(namen: impl IntoIterator<Item = &'static str>) -> Vec<(String, String)> {
    namen
        .into_iter()
        .map(|n| (n.to_owned(), n.to_owned()))
        .collect()
}

/// Options of the categories.
pub fn kategorieoptionen() -> Vec<(String, String)> {
    woerter(Kategorie::ALLE.iter().map(|k| k.name()))
}

/// Options of positive/negative.
pub fn artoptionen() -> Vec<(String, String)> {
    woerter(Testart::ALLE.iter().map(|k| k.name()))
}

/// Options of the priorities.
pub fn prioritaetsoptionen() -> Vec<(String, String)> {
    woerter(Prioritaet::ALLE.iter().map(|k| k.name()))
}

/// Options of the environments.
pub fn umgebungsoptionen() -> Vec<(String, String)> {
    woerter(Umgebung::ALLE.iter().map(|k| k.name()))
}

/// Options of the defect classes.
pub fn klassenoptionen() -> Vec<(String, String)> {
    woerter(Klasse::ALLE.iter().map(|k| k.name()))
}

/// A run result as a labelled badge (word and sign, never colour alone).
#[component]
pub fn Ergebnismarke(ergebnis: Ergebnis) -> impl IntoView {
    let (zeichen, klasse) = match ergebnis {
        Ergebnis::Bestanden => ("✓ ", "tm-marke tm-marke--gut"),
        Ergebnis::Fehlgeschlagen => ("✗ ", "tm-marke tm-marke--schlecht"),
        Ergebnis::Blockiert => ("■ ", "tm-marke tm-marke--warnung"),
        Ergebnis::NichtAusgefuehrt => ("○ ", "tm-marke"),
    };
    view! { <span class=klasse><span aria-hidden="true">{zeichen}</span>{ergebnis.name()}</span> }
}

/// A defect class as a labelled badge.
#[component]
pub fn Klassenmarke(klasse: Klasse) -> impl IntoView {
    let (zeichen, stil) = match klasse {
        Klasse::Betriebsverhindernd => ("▲▲ ", "tm-marke tm-marke--schlecht"),
        Klasse::Betriebsbehindernd => ("▲ ", "tm-marke tm-marke--warnung"),
        Klasse::Leicht => ("△ ", "tm-marke"),
    };
    view! { <span class=stil><span aria-hidden="true">{zeichen}</span>{klasse.name()}</span> }
}

/// A defect status as a labelled badge.
#[component]
pub fn Mangelstatusmarke(status: Mangelstatus) -> impl IntoView {
    let stil = if status.offen() {
        "tm-marke"
    } else {
        "tm-marke tm-marke--gut"
    };
    view! { <span class=stil>{status.name()}</span> }
}

/// The template mark of a copied starter case (text, not colour).
#[component]
pub fn Vorlagemarke() -> impl IntoView {
    view! { <span class="tm-marke tm-marke--vorlage">"Vorlage – bitte anpassen"</span> }
}

/// After saving or "Abbrechen": clears the form's problems and, inside an `Abschnitt` of a
/// record page, returns to its summary.
pub fn formular_beenden(fehler: RwSignal<Vec<crate::shared::text::Feldfehler>>) {
    fehler.set(Vec::new());
    if let Some(b) = crate::app::zusammenfassung::Bearbeitung::im_abschnitt() {
        b.beenden();
    }
}
