//! Views of the Checklisten tool, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route           | Page                                                              |
//! |---------------------|-------------------------------------------------------------------|
//! | (none)              | [`uebersicht`]: the runs with progress, Erfüllungsgrad and K.-o.  |
//! | `vorlagen`          | [`bibliothek`]: shipped and own templates, copy, new template     |
//! | `massnahmen`        | [`massnahmen`]: the follow-up measures of all runs                |
//! | `neu`               | [`neu`]: start a run (template, object, date, people)             |
//! | `durchfuehrung/<id>`| [`durchfuehrung`]: answer one section at a time, results          |
//! | `vorlage/<id>`      | [`editor`]: a template (family id): read-only view or editor      |
//! | `vergleich/<id>`    | [`vergleich`]: a run beside an earlier run of the same object      |
//! | `druck/<id>`        | [`druck`]: a completed run for printing                           |
//! | `leer/<id>`         | [`druck`]: a template (family id) as a blank form for printing    |
//!
//! The frame (`app::rahmen`) adds the sub-navigation, the heading, the empty state and the
//! export page.

use leptos::prelude::*;

use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

pub mod bibliothek;
pub mod druck;
pub mod durchfuehrung;
pub mod editor;
pub mod massnahmen;
pub mod neu;
pub mod uebersicht;
pub mod vergleich;

use super::model::Vorlage;
use super::{vorlagen, SLUG};

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![checklisten;
    "" in "Durchführungen", Fest(super::TITEL) => |_| view! { <uebersicht::Uebersicht/> };
    "vorlagen" in "Vorlagen", Fest("Vorlagen für Checklisten") => |_| view! { <bibliothek::Bibliothek/> };
    "massnahmen" in "Maßnahmen", Fest("Maßnahmen aus Checklisten") => |_| view! { <massnahmen::Massnahmen/> };
    "neu", Fest("Checkliste durchführen") => |_| view! { <neu::Neu/> };
    "durchfuehrung/*", Seitentitel::Datensatz {
        titel: lauf_titel,
        fehlt: "Durchführung nicht gefunden",
        ids: lauf_ids,
    } => |id| view! { <durchfuehrung::Durchfuehrungsseite id=id.unwrap_or_default()/> };
    "vorlage/*" unter "vorlagen", Seitentitel::Datensatz {
        titel: |ab, id| vorlage_der_familie(ab, id).map(|v| format!("Vorlage: {}", v.titel)),
        fehlt: "Vorlage nicht gefunden",
        ids: familien_ids,
    } => |id| view! { <editor::Vorlagenseite familie=id.unwrap_or_default()/> };
    "vergleich/*", Seitentitel::Datensatz {
        titel: |ab, id| lauf_titel(ab, id).map(|t| format!("Vergleich: {t}")),
        fehlt: "Durchführung nicht gefunden",
        ids: lauf_ids,
    } => |id| view! { <vergleich::Vergleichsseite id=id.unwrap_or_default()/> };
    "druck/*", Seitentitel::Datensatz {
        titel: |ab, id| lauf_titel(ab, id).map(|t| format!("Druckfassung: {t}")),
        fehlt: "Durchführung nicht gefunden",
        ids: lauf_ids,
    } => |id| view! { <druck::Ausgefuellt id=id.unwrap_or_default()/> };
    "leer/*" unter "vorlagen", Seitentitel::Datensatz {
        titel: |ab, id| vorlage_der_familie(ab, id).map(|v| format!("Leere Checkliste: {}", v.titel)),
        fehlt: "Vorlage nicht gefunden",
        ids: familien_ids,
    } => |id| view! { <druck::Leer familie=id.unwrap_or_default()/> };
];

/// "Reality Check: Projekt P-2026-001 Wohngeld digital" for run `id`.
fn lauf_titel(ab: &Arbeitsbereich, id: u32) -> Option<String> {
    let plan = &ab.werkzeuge.checklisten;
    let d = plan.durchfuehrung(id)?;
    let v = plan.vorlage(d.vorlage)?;
    Some(format!(
        "{}: {}",
        v.titel,
        super::calc::objekt_titel(ab, &d.objekt).0
    ))
}

/// The ids of all runs.
fn lauf_ids(ab: &Arbeitsbereich) -> Vec<u32> {
    ab.werkzeuge
        .checklisten
        .durchfuehrungen
        .iter()
        .map(|d| d.id)
        .collect()
}

/// The family ids of all templates: shipped and own.
fn familien_ids(ab: &Arbeitsbereich) -> Vec<u32> {
    let mut ids: Vec<u32> = vorlagen::alle().iter().map(|v| v.familie).collect();
    ids.extend(ab.werkzeuge.checklisten.eigene().iter().map(|v| v.familie));
    ids
}

/// The newest version of family `familie`: a shipped template (from code) or an own one.
pub fn vorlage_der_familie(ab: &Arbeitsbereich, familie: u32) -> Option<Vorlage> {
    vorlagen::mitgelieferte(familie).or_else(|| {
        ab.werkzeuge
            .checklisten
            .neueste(familie)
            .filter(|v| v.bearbeitbar())
            .cloned()
    })
}

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to a run.
pub fn durchfuehrung_href(id: u32) -> String {
    href(&["durchfuehrung", &id.to_string()])
}

/// Link to the comparison of run `id` with an earlier one.
pub fn vergleich_href(id: u32) -> String {
    href(&["vergleich", &id.to_string()])
}

/// Link to the print version of run `id`.
pub fn druck_href(id: u32) -> String {
    href(&["druck", &id.to_string()])
}

/// Link to the blank print form of template family `familie`.
pub fn leer_href(familie: u32) -> String {
    href(&["leer", &familie.to_string()])
}

/// Link to a template family.
pub fn vorlage_href(familie: u32) -> String {
    href(&["vorlage", &familie.to_string()])
}

/// The marker of a reconstruction nobody has confirmed (text, not colour).
pub use crate::tools::zielstufenplaner::views::BittePruefen;

/// A one-line text field that commits on `change` (leaving the field or Enter), so one edit is
/// one undo step; `mehrzeilig` for a text area.
#[component]
pub fn Feld(
    /// ID of the input.
    #[prop(into)]
    id: String,
    /// Label.
    #[prop(into)]
    beschriftung: String,
    /// Current value.
    #[prop(into)]
    wert: Signal<String>,
    /// Called with the new text when the user leaves the field.
    bei_aenderung: Callback<String>,
    /// Text area instead of a line.
    #[prop(optional)]
    mehrzeilig: bool,
    /// Narrow input.
    #[prop(optional)]
    schmal: bool,
    /// Disabled.
    #[prop(optional, into)]
    deaktiviert: Signal<bool>,
) -> impl IntoView {
    let feld = if mehrzeilig {
        view! {
            <textarea class="kern-form-input__input eingabe__mehrzeilig" id=id.clone() name=id.clone() rows="3"
                disabled=deaktiviert prop:value=wert
                on:change=move |ev| bei_aenderung.run(event_target_value(&ev))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input class="kern-form-input__input" class:eingabe--schmal=schmal type="text" id=id.clone() name=id.clone()
                disabled=deaktiviert prop:value=wert
                on:change=move |ev| bei_aenderung.run(event_target_value(&ev))/>
        }
        .into_any()
    };
    view! {
        <div class="kern-form-input">
            <label class="kern-label" for=id>{beschriftung}</label>
            {feld}
        </div>
    }
}

/// A progress bar with its value in words beside it (never by colour or length alone).
#[component]
pub fn Balken(
    /// Tenths of a percent, `None` without a value.
    promille: Option<u64>,
    /// Text shown beside it.
    #[prop(into)]
    text: String,
    /// Accessible name.
    #[prop(into)]
    name: String,
) -> impl IntoView {
    view! {
        <span class="cl-balken">
            <progress class="cl-balken__leiste" max="1000" value=promille.unwrap_or(0).to_string() aria-label=name></progress>
            <span class="cl-balken__text">{text}</span>
        </span>
    }
}

/// After a change: focus the element with `id` again once the view has updated (buttons that
/// move rows keep the keyboard where it was).
pub fn fokus_nach_aenderung(id: String) {
    request_animation_frame(move || {
        crate::app::browser::fokussiere(&format!("#{id}"));
    });
}
