//! Views of the Behördenaustausch, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route        | Page                                                                 |
//! |------------------|----------------------------------------------------------------------|
//! | (none)           | [`uebersicht`]: Termine upcoming and past by month, open follow-ups  |
//! | `neu`            | [`termin`]: "Neuer Termin"                                            |
//! | `termin/<id>`    | [`termin`]: a Termin with Teilnahmen, Ergebnisse and Follow-ups       |
//! | `formate`        | [`formate`]: the Austauschformate                                     |
//! | `wer-mit-wem`    | [`netz`]: Behörden × Termine and Behörde × Behörde with counts        |
//! | `katalog`        | [`katalog`]: Good-Practice and Lessons-Learned catalogue with search  |
//! | `angebote`       | [`angebote`]: the Nachnutzungsangebote                                |
//! | `follow-ups`     | [`folgeaufgaben`]: open follow-ups, overdue first                     |
//! | `behoerden`      | [`behoerden`]: the Behörden and Ressorts catalogue                    |
//! | `paket`          | [`paket`]: "Paket schnüren" for another agency                        |
//! | `paket-einlesen` | [`paket`]: "Paket einlesen" with a preview and one undoable step      |
//!
//! The frame (`app::rahmen`) adds the sub-navigation, the heading, the empty state and the
//! export page.

use leptos::prelude::*;

use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

pub mod angebote;
pub mod behoerden;
pub mod folgeaufgaben;
pub mod formate;
pub mod katalog;
pub mod netz;
pub mod paket;
pub mod termin;
pub mod uebersicht;

use super::model::Behoerdenaustausch;
use super::SLUG;
use crate::shared::sortieren::Sortieren;

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![behoerdenaustausch;
    "" in "Termine", Fest(super::TITEL) => |_| view! { <uebersicht::Uebersicht/> };
    "neu", Fest("Neuer Termin") => |_| view! { <termin::NeuerTermin/> };
    "termin/*", Seitentitel::Datensatz {
        titel: |ab, id| ab.werkzeuge.behoerdenaustausch.termintitel(id),
        fehlt: "Termin nicht gefunden",
        ids: |ab| ab.werkzeuge.behoerdenaustausch.termine.iter().map(|t| t.id).collect(),
    } => |id| view! { <termin::Terminseite id=id.unwrap_or_default()/> };
    "formate" in "Formate", Fest("Austauschformate") => |_| view! { <formate::Formate/> };
    "wer-mit-wem" in "Wer mit wem", Fest("Wer mit wem") => |_| view! { <netz::WerMitWem/> };
    "katalog" in "Good Practice", Fest("Good Practice und Lessons Learned") => |_| view! { <katalog::Katalog/> };
    "angebote" in "Nachnutzung", Fest("Nachnutzungsangebote") => |_| view! { <angebote::Angebote/> };
    "follow-ups" in "Follow-ups", Fest("Offene Follow-ups") => |_| view! { <folgeaufgaben::Folgeaufgaben/> };
    "behoerden" in "Behörden", Fest("Behörden und Ressorts") => |_| view! { <behoerden::Behoerden/> };
    // The package pages are a part of their own: they also need every tool's sharing code
    // (`braucht`), the other pages need neither.
    behoerdenaustausch_paket;
    "paket" in "Paket schnüren", Fest("Paket schnüren"), braucht crate::tools::paket::teilbare_laden => |_| view! { <paket::PaketSchnueren/> };
    "paket-einlesen" in "Paket einlesen", Fest("Paket einlesen"), braucht crate::tools::paket::teilbare_laden => |_| view! { <paket::PaketEinlesen/> };
];

/// A copy of the tool's data in the open workspace (empty without one), read tracked.
pub fn lesen(daten: &crate::app::daten::Daten) -> Behoerdenaustausch {
    daten.lies(|ab| {
        ab.map(|ab| ab.werkzeuge.behoerdenaustausch.clone())
            .unwrap_or_default()
    })
}

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to a Termin's page.
pub fn termin_href(id: u32) -> String {
    href(&["termin", &id.to_string()])
}

/// `(name, name)` options of an enumeration.
pub fn namensoptionen(namen: impl IntoIterator<Item = &'static str>) -> Vec<(String, String)> {
    namen
        .into_iter()
        .map(|n| (n.to_owned(), n.to_owned()))
        .collect()
}

/// `(id, "BVA – Bundesverwaltungsamt (BMI)")` of every Behörde, sorted.
pub fn behoerdenoptionen(ba: &Behoerdenaustausch) -> Vec<(String, String)> {
    let mut liste: Vec<(String, String)> = ba
        .behoerden
        .iter()
        .map(|b| {
            let ressort = ba.ressort_von(b.id);
            let text = if ressort.is_empty() {
                b.bezeichnung()
            } else {
                format!("{} ({ressort})", b.bezeichnung())
            };
            (b.id.to_string(), text)
        })
        .collect();
    liste.sortiere_nach(|a, b| crate::shared::text::vergleiche(&a.1, &b.1));
    liste
}

/// Ends a form inside a record page's section.
pub fn formular_beenden(fehler: RwSignal<Vec<crate::shared::text::Feldfehler>>) {
    fehler.set(Vec::new());
    if let Some(b) = crate::app::zusammenfassung::Bearbeitung::im_abschnitt() {
        b.beenden();
    }
}

/// "bitte prüfen" marker of a shipped catalogue entry.
#[component]
pub fn BittePruefen() -> impl IntoView {
    view! { <span class="ba-pruefen">"(Vorschlag – bitte prüfen)"</span> }
}

/// "Bearbeiten" and "Löschen" of one catalogue row, both completed with the row's `name` for
/// screen readers ("Bearbeiten BVA"), both disabled while the workspace is read-only.
#[component]
pub fn Zeilenknoepfe(
    /// The row's name.
    name: String,
    /// Opens the row in the form below the table.
    bearbeiten: Callback<()>,
    /// Deletes the row (one undoable change) and says so.
    loeschen: Callback<()>,
) -> impl IntoView {
    use crate::app::components::{Knopf, Knopfart};
    let daten = expect_context::<crate::app::daten::Daten>();
    let name2 = name.clone();
    view! {
        <span class="ba-zeilenknoepfe">
            <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar() bei_klick=move |_| bearbeiten.run(())>
                "Bearbeiten"<span class="kern-sr-only">{format!(" {name}")}</span>
            </Knopf>
            <Knopf art=Knopfart::Tertiaer gefaehrlich=true deaktiviert=move || !daten.bearbeitbar() bei_klick=move |_| loeschen.run(())>
                "Löschen"<span class="kern-sr-only">{format!(" {name2}")}</span>
            </Knopf>
        </span>
    }
}
