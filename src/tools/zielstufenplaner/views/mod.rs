//! Views of the Zielstufenplaner, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route       | Page                                                                  |
//! |-----------------|-----------------------------------------------------------------------|
//! | (none)          | [`leistungen`]: counts per level, filters, the list of Leistungen      |
//! | `neu`           | [`leistung`]: form for a new Leistung                                  |
//! | `einfuegen`     | [`einfuegen`]: paste a list, preview per line, confirm                 |
//! | `leistung/<id>` | [`leistung`] form, [`bewertung`], [`zielstufen`] (ladder), [`nachweise`] |
//! | `heatmap`       | [`auswertung`]: heatmap Leistungen × Kriterien                         |
//! | `ozg-luecke`    | [`auswertung`]: Leistungen below OZG-Konformität and what blocks them  |
//! | `nachweise`     | [`nachweise`]: Nachweis matrix A–D                                     |
//! | `einstellungen` | [`einstellungen`]: maturity-model catalogues, Voraussetzungen           |
//!
//! The frame (`app::rahmen`) adds the sub-navigation, the heading, the empty state and the
//! export page.

use leptos::prelude::*;

pub use crate::app::tabelle::spalte;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::zusammenfassung::{Abschnitt, Bearbeitung};
use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

pub mod auswertung;
pub mod bewertung;
pub mod einfuegen;
pub mod einstellungen;
pub mod leistung;
pub mod leistungen;
pub mod nachweise;
pub mod zielstufen;

use super::model::Leistung;
use super::SLUG;
use crate::app::components::{Knopf, Knopfart};

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![zielstufenplaner;
    "" in "Leistungen", Fest(super::TITEL) => |_| view! { <leistungen::Leistungen/> };
    "heatmap" in "Heatmap", Fest("Heatmap Leistungen × Kriterien") => |_| view! { <auswertung::Heatmap/> };
    "ozg-luecke" in "Unter OZG-Konformität", Fest("Leistungen unter OZG-Konformität") => |_| view! { <auswertung::OzgLuecke/> };
    "nachweise" in "Nachweis-Matrix", Fest("Nachweis-Matrix") => |_| view! { <nachweise::Nachweismatrix/> };
    // Settings, the forms and a Leistung's page are a part of their own: the overview and
    // the evaluations do not wait for them.
    zielstufenplaner_formulare;
    "einstellungen" in "Einstellungen", Fest("Einstellungen des Zielstufenplaners") => |_| view! { <einstellungen::Einstellungen/> };
    "neu", Fest("Neue Leistung") => |_| view! { <leistung::Leistungsformular id=None/> };
    "einfuegen", Fest("Leistungen aus einer Liste einfügen") => |_| view! { <einfuegen::Einfuegen/> };
    "leistung/*", Seitentitel::Datensatz {
        titel: |ab, id| ab.werkzeuge.zielstufenplaner.leistung(id).map(leistungstitel),
        fehlt: "Leistung nicht gefunden",
        ids: |ab| ab.werkzeuge.zielstufenplaner.leistungen.iter().map(|l| l.id).collect(),
    } => |id| view! { <leistung::Leistungsseite id=id.unwrap_or_default()/> };
];

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to a Leistung's page.
pub fn leistung_href(id: u32) -> String {
    href(&["leistung", &id.to_string()])
}

/// "10200 · 99041008000000": the Leistung's keys for lists.
pub fn schluessel(l: &Leistung) -> String {
    [l.ozg_id.trim(), l.leika_id.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

fn leistungstitel(l: &Leistung) -> String {
    format!("Leistung: {}", l.bezeichnung)
}

/// The identifying cell of a Leistung in a list: the name as a link, the keys below it.
pub fn leistungszelle(id: u32, name: &str, schluessel: &str) -> AnyView {
    view! {
        <a class="kern-link" href=leistung_href(id)>{name.to_owned()}</a>
        <span class="kern-hint datentabelle__untertitel">{schluessel.to_owned()}</span>
    }
    .into_any()
}

/// Select options from a vocabulary: value and text are the German name.
pub fn namensoptionen<T: Copy>(alle: &[T], name: fn(T) -> &'static str) -> Vec<(String, String)> {
    alle.iter()
        .map(|w| (name(*w).to_owned(), name(*w).to_owned()))
        .collect()
}

/// Select options from a vocabulary with each value's meaning: "B – elektronisch …".
pub fn bedeutungsoptionen<T: Copy>(
    alle: &[T],
    name: fn(T) -> &'static str,
    bedeutung: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    alle.iter()
        .map(|w| {
            (
                name(*w).to_owned(),
                format!("{} – {}", name(*w), bedeutung(*w)),
            )
        })
        .collect()
}

pub use crate::app::components::Abk;

/// The success message of a form or section (polite status).
#[component]
pub fn Meldung(
    /// The message; nothing while `None`.
    text: RwSignal<Option<String>>,
) -> impl IntoView {
    move || {
        text.get()
            .map(|t| view! { <p class="kern-body meldung-erfolg" role="status">{t}</p> })
    }
}

/// What a section of the Leistung page shares between its summary and its form: the message
/// after saving and the record a row's "Bearbeiten" opens.
#[derive(Clone, Copy)]
pub struct Satzauswahl {
    /// Shown above the summary after saving.
    pub meldung: RwSignal<Option<String>>,
    zu_bearbeiten: RwSignal<u32>,
}

impl Satzauswahl {
    /// For the form: the record to edit, taken once (0: a new one).
    pub fn nehmen(&self) -> u32 {
        let id = self.zu_bearbeiten.get_untracked();
        self.zu_bearbeiten.set(0);
        id
    }
}

/// A section of the Leistung page: its summary, and its form, which adds records or edits the
/// one a row's [`Bearbeitenknopf`] chose. `anzeige` and `formular` get the Leistung's id.
#[component]
pub fn Satzabschnitt(
    /// The heading's id.
    id: &'static str,
    /// The heading.
    titel: &'static str,
    /// The Leistung.
    leistung: u32,
    /// Open in editing at first (the form holds an unsaved draft).
    offen: bool,
    /// The summary.
    anzeige: fn(u32, Satzauswahl) -> AnyView,
    /// The form.
    formular: fn(u32, Satzauswahl) -> AnyView,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let auswahl = Satzauswahl {
        meldung: RwSignal::new(None),
        zu_bearbeiten: RwSignal::new(0),
    };
    view! {
        <Abschnitt id titel bearbeitbar=Signal::derive(move || daten.bearbeitbar()) offen
            anzeige=ViewFn::from(move || view! { <Meldung text=auswahl.meldung/>{anzeige(leistung, auswahl)} })
            formular=ViewFn::from(move || formular(leistung, auswahl))/>
    }
}

/// A row's "Bearbeiten" in a section's summary: opens the section's form with that record.
#[component]
pub fn Bearbeitenknopf(
    /// The record.
    id: u32,
    /// Its name for the button's accessible name ("Zielstufe MVP").
    #[prop(into)]
    name: String,
    /// The section's state.
    auswahl: Satzauswahl,
) -> impl IntoView {
    let bearbeitung = Bearbeitung::im_abschnitt();
    view! {
        <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("{name} bearbeiten")
            on:click=move |_| {
                auswahl.zu_bearbeiten.set(id);
                if let Some(b) = bearbeitung {
                    b.beginnen();
                }
            }>
            <span class="kern-label">"Bearbeiten"</span>
        </button>
    }
}

/// A small table on a Leistung's page: caption, column headings, rows (`<tr>`s).
#[component]
pub fn Satztabelle(
    /// ID of the caption.
    id: &'static str,
    /// Caption.
    titel: &'static str,
    /// Column headings.
    spalten: &'static [&'static str],
    /// The rows.
    zeilen: Vec<AnyView>,
) -> impl IntoView {
    let kopf = spalten
        .iter()
        .map(|s| view! { <th scope="col">{*s}</th> })
        .collect_view();
    view! {
        <Tabelle id titel>
            <thead><tr>{kopf}</tr></thead>
            <tbody>{zeilen}</tbody>
        </Tabelle>
    }
}

/// The submit button of a form.
#[component]
pub fn Speicherknopf(
    /// Its id.
    id: &'static str,
    /// Its text.
    #[prop(into)]
    text: String,
    /// Disabled (read-only workspace).
    deaktiviert: Signal<bool>,
) -> impl IntoView {
    view! {
        <Knopf art=Knopfart::Primaer absenden=true id=id deaktiviert=deaktiviert>{text}</Knopf>
    }
}

/// The buttons under a section's form: save, and "Abbrechen", which drops the input and
/// returns to the section's summary.
#[component]
pub fn Formularknoepfe(
    /// ID of the submit button.
    id: &'static str,
    /// Text of the submit button.
    #[prop(into)]
    speichern: String,
    /// Disabled (read-only workspace).
    deaktiviert: Signal<bool>,
    /// What "Abbrechen" does besides ending editing.
    abbrechen: Callback<()>,
) -> impl IntoView {
    let bearbeitung = Bearbeitung::im_abschnitt();
    view! {
        <div class="knopfleiste">
            <Speicherknopf id text=speichern deaktiviert/>
            <button type="button" class="kern-btn kern-btn--secondary" on:click=move |_| {
                abbrechen.run(());
                if let Some(b) = bearbeitung {
                    b.beenden();
                }
            }>
                <span class="kern-label">"Abbrechen"</span>
            </button>
        </div>
    }
}

/// Ends editing of the section the calling component's form is in (after saving).
pub fn abschnitt_beenden(bearbeitung: Option<Bearbeitung>) {
    if let Some(b) = bearbeitung {
        b.beenden();
    }
}

/// Whether a form filed under `schluessel` holds unsaved input of type `T` (its section then
/// opens in editing, so the input is in view).
pub fn hat_entwurf<T: Clone + 'static>(schluessel: &str) -> bool {
    crate::app::entwurf::holen::<T>(schluessel).is_some()
}

/// The visible "bitte prüfen" marker of an unconfirmed catalogue entry (text, not colour).
#[component]
pub fn BittePruefen() -> impl IntoView {
    view! { <span class="bitte-pruefen">"bitte prüfen"</span> }
}

/// A level as a labelled badge: number, name and a shape class per level, never colour alone.
#[component]
pub fn Stufenmarke(
    /// Level (`None`: not assessed).
    stufe: Option<u8>,
    /// Highest level of the model (for the colour scale).
    hoechste: u8,
    /// Text after the number (level name).
    #[prop(optional, into)]
    name: String,
    /// Text without a level (default "nicht bewertet").
    #[prop(optional, into)]
    ohne: Option<String>,
) -> impl IntoView {
    match stufe {
        None => {
            let text = ohne.unwrap_or_else(|| "nicht bewertet".to_owned());
            view! { <span class="stufe stufe--offen">{text}</span> }.into_any()
        }
        Some(s) => {
            let klasse = format!("stufe stufe--{}", farbstufe(s, hoechste));
            let text = stufentext(s, &name);
            view! { <span class=klasse>{text}</span> }.into_any()
        }
    }
}

/// "Stufe 3 Online-Leistung"; just "Stufe 3" where the name adds nothing (RGM 2.0 as shipped).
pub fn stufentext(stufe: u8, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() || name == format!("Stufe {stufe}") {
        format!("Stufe {stufe}")
    } else {
        format!("Stufe {stufe} {name}")
    }
}

/// Colour class 0–4 of a level on a scale up to `hoechste` (RGM 2.0 folded onto five tones).
pub fn farbstufe(stufe: u8, hoechste: u8) -> u8 {
    if hoechste == 0 {
        return 0;
    }
    ((u32::from(stufe.min(hoechste)) * 4 + u32::from(hoechste) / 2) / u32::from(hoechste)) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verweise_und_stufen() {
        assert_eq!(leistung_href(3), "#/zielstufenplaner/leistung/3");
        assert_eq!(farbstufe(0, 7), 0);
        assert_eq!(farbstufe(7, 7), 4);
        assert_eq!(farbstufe(3, 4), 3);
        assert_eq!(farbstufe(4, 7), 2);
        assert_eq!(stufentext(3, "Online-Leistung"), "Stufe 3 Online-Leistung");
        assert_eq!(stufentext(3, "Stufe 3"), "Stufe 3");
        assert_eq!(stufentext(0, " "), "Stufe 0");
    }
}
