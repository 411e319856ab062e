//! Views of the Stakeholderanalyse, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route          | Page                                                            |
//! |--------------------|-----------------------------------------------------------------|
//! | (none)             | [`uebersicht`]: key figures, filters, table, engagement gaps    |
//! | `matrix`           | [`matrix`]: the grid (drag, keyboard), table alternative, print |
//! | `vergleich`        | [`vergleich`]: positions at two assessment dates                |
//! | `massnahmen`       | [`massnahmen`]: measures linked to stakeholders                 |
//! | `kommunikation`    | [`kommunikation`]: the communication plan                       |
//! | `beziehungen`      | [`beziehungen`]: relations between stakeholders                 |
//! | `einstellungen`    | [`einstellungen`]: scale, grid, Stichtag, catalogues, projects  |
//! | `neu`              | [`stakeholder`]: form for a new stakeholder                     |
//! | `stakeholder/<id>` | [`stakeholder`]: form, assessment at the Stichtag, history      |
//!
//! The frame (`app::rahmen`) adds the sub-navigation, the heading, the empty state and the
//! export page (with the choice to include confidential stakeholders).

use leptos::prelude::*;

pub use crate::app::tabelle::spalte;

use crate::app::daten::Daten;
use crate::app::tabelle::Spalte;
use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

pub mod beziehungen;
pub mod einstellungen;
pub mod kommunikation;
pub mod massnahmen;
pub mod matrix;
pub mod stakeholder;
pub mod uebersicht;
pub mod vergleich;

use super::model::Stakeholder;
use super::SLUG;
use crate::app::components::{Knopf, Knopfart};

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![stakeholderanalyse;
    "" in "Übersicht", Fest(super::TITEL) => |_| view! { <uebersicht::Uebersicht/> };
    "matrix" in "Matrix", Fest("Stakeholder-Matrix") => |_| view! { <matrix::Matrixseite/> };
    "vergleich" in "Vergleich", Fest("Vergleich zweier Bewertungen") => |_| view! { <vergleich::Vergleich/> };
    "massnahmen" in "Maßnahmen", Fest("Maßnahmen zur Einbindung") => |_| view! { <massnahmen::Massnahmen/> };
    "kommunikation" in "Kommunikationsplan", Fest("Kommunikationsplan") => |_| view! { <kommunikation::Kommunikationsplan/> };
    "beziehungen" in "Beziehungen", Fest("Beziehungen zwischen Stakeholdern") => |_| view! { <beziehungen::Beziehungen/> };
    // The forms (settings, a stakeholder's pages) are a part of their own: the overview and
    // the charts do not wait for them.
    stakeholderanalyse_formulare;
    "einstellungen" in "Einstellungen", Fest("Einstellungen der Stakeholderanalyse") => |_| view! { <einstellungen::Einstellungen/> };
    "neu", Fest("Neuer Stakeholder") => |_| view! { <stakeholder::Stakeholderformular id=None teil=stakeholder::Teil::Neu/> };
    "stakeholder/*", Seitentitel::Datensatz {
        titel: |ab, id| ab.werkzeuge.stakeholderanalyse.stakeholder(id).map(stakeholdertitel),
        fehlt: "Stakeholder nicht gefunden",
        ids: |ab| ab.werkzeuge.stakeholderanalyse.stakeholder.iter().map(|s| s.id).collect(),
    } => |id| view! { <stakeholder::Stakeholderseite id=id.unwrap_or_default()/> };
];

/// Link to a page of the tool, e.g. `href(&["matrix"])` → `#/stakeholderanalyse/matrix`.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to a stakeholder's page.
pub fn stakeholder_href(id: u32) -> String {
    href(&["stakeholder", &id.to_string()])
}

/// Heading of a stakeholder's page.
fn stakeholdertitel(s: &Stakeholder) -> String {
    format!("Stakeholder: {}", s.name)
}

/// The visible text marker of a confidential stakeholder (never colour only).
#[component]
pub fn VertraulichMarke() -> impl IntoView {
    view! { <span class="sh-vertraulich">"vertraulich"</span> }
}

/// A linked stakeholder as tables show it: id, name (or the deleted label) and confidential.
pub type Verweis = (u32, String, bool);

/// The [`Verweis`] of stakeholder `id`.
pub fn verweis(a: &super::model::Stakeholderanalyse, id: u32) -> Verweis {
    (
        id,
        a.name(id),
        a.stakeholder(id).is_some_and(|s| s.vertraulich),
    )
}

/// A link to a stakeholder's page with its confidentiality marker.
#[component]
pub fn StakeholderVerweis(verweis: Verweis) -> impl IntoView {
    let (id, name, vertraulich) = verweis;
    view! {
        <span class="sh-liste__eintrag">
            <a class="kern-link" href=stakeholder_href(id)>{name}</a>
            {vertraulich.then(|| view! { " " <VertraulichMarke/> })}
        </span>
    }
}

/// The cell of a [`Verweis`].
pub fn verweiszelle(v: &Verweis) -> AnyView {
    view! { <StakeholderVerweis verweis=v.clone()/> }.into_any()
}

/// What a view reads from the open workspace's analysis (the default without a workspace),
/// following it.
pub fn aus_analyse<R: Clone + Default + PartialEq + Send + Sync + 'static>(
    lesen: fn(&super::model::Stakeholderanalyse) -> R,
) -> Memo<R> {
    let daten = expect_context::<Daten>();
    Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| lesen(&ab.werkzeuge.stakeholderanalyse))
                .unwrap_or_default()
        })
    })
}

/// The columns of a table whose headers name the grid's y axis: one set per axis.
pub fn nach_achse<Z>(
    achse: super::model::YAchse,
    interesse: &'static [Spalte<Z>],
    betroffenheit: &'static [Spalte<Z>],
) -> &'static [Spalte<Z>] {
    match achse {
        super::model::YAchse::Interesse => interesse,
        super::model::YAchse::Betroffenheit => betroffenheit,
    }
}

/// A catalogue reference as the text of a select's value ("" for none).
pub fn id_text(id: Option<u32>) -> String {
    id.map(|w| w.to_string()).unwrap_or_default()
}

/// "Löschen" in a row's menu: removes the record with `entfernen` as one undoable step named
/// "`was` gelöscht" and announces it.
pub fn loeschknopf(
    name: String,
    was: &'static str,
    entfernen: impl Fn(&mut super::model::Stakeholderanalyse) + Send + Sync + 'static,
) -> AnyView {
    let daten = expect_context::<Daten>();
    let loeschen = Callback::new(move |_| {
        daten.aendere(&format!("{was} gelöscht"), |ab| {
            entfernen(&mut ab.werkzeuge.stakeholderanalyse)
        });
        daten.ansagen(format!("{was} gelöscht."));
    });
    view! { <Zeilenknopf text="Löschen" name bei_klick=loeschen/> }.into_any()
}

/// "Bearbeiten" in a row's menu: loads record `id` into the page's form (a
/// [`Satzformular`](crate::app::satzformular::Satzformular) provided as context) and focuses
/// its first field `fokus`. The button is `#<praefix>-bearbeiten-<id>`.
pub fn bearbeitenknopf<T: Clone + PartialEq + Send + Sync + 'static>(
    name: String,
    praefix: &'static str,
    id: u32,
    fokus: &'static str,
) -> AnyView {
    let formular = expect_context::<crate::app::satzformular::Satzformular<T>>();
    let bearbeiten = Callback::new(move |_| {
        if formular.bearbeiten(id) {
            crate::app::browser::fokussiere(fokus);
        }
    });
    view! { <Zeilenknopf text="Bearbeiten" name id=format!("{praefix}-bearbeiten-{id}") bei_klick=bearbeiten/> }
        .into_any()
}

/// What a form that adds records and, after "Bearbeiten", changes one of them works with: the
/// draft, whether a stored record is being edited, the form's problems, and whether its
/// fields are disabled (read-only workspace).
pub fn formularzustand<T: Clone + PartialEq + Send + Sync + 'static>(
    formular: crate::app::satzformular::Satzformular<T>,
    id_von: fn(&T) -> u32,
) -> (
    RwSignal<T>,
    Signal<bool>,
    RwSignal<Vec<crate::shared::text::Feldfehler>>,
    Signal<bool>,
) {
    let daten = expect_context::<Daten>();
    let entwurf = formular.wert();
    (
        entwurf,
        Signal::derive(move || entwurf.with(|e| id_von(e) != 0)),
        RwSignal::new(Vec::new()),
        Signal::derive(move || !daten.bearbeitbar()),
    )
}

/// A plain text cell; empty text reads as "–".
pub fn textzelle(text: &str) -> AnyView {
    crate::app::zusammenfassung::oder_strich(text).into_any()
}

/// `(value, label)` options of all stakeholders (confidential ones say so), led by `leer`.
pub fn stakeholderoptionen(
    a: &super::model::Stakeholderanalyse,
    leer: &str,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), leer.to_owned()))
        .chain(a.stakeholder.iter().map(|s| {
            let text = if s.vertraulich {
                format!("{} (vertraulich)", s.name)
            } else {
                s.name.clone()
            };
            (s.id.to_string(), text)
        }))
        .collect()
}

/// A button in a row's action menu: `text` visible, `name` (the record) for screen readers;
/// disabled while the workspace is read-only.
#[component]
pub fn Zeilenknopf(
    /// Visible text, e.g. "Bearbeiten".
    text: &'static str,
    /// What the button acts on, e.g. the measure's title.
    #[prop(into)]
    name: String,
    /// The button's id, if tests or focus need one.
    #[prop(optional, into)]
    id: Option<String>,
    /// The action.
    bei_klick: Callback<()>,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    view! {
        <button type="button" class="kern-btn kern-btn--tertiary" id=id disabled=move || !daten.bearbeitbar()
            on:click=move |_| bei_klick.run(())>
            <span class="kern-label">{text}</span><span class="kern-sr-only">{format!(": {name}")}</span>
        </button>
    }
}

/// The buttons under a form that adds records and, after "Bearbeiten", changes one:
/// `<praefix>-anlegen` ("<neu>" or "Änderungen speichern") and, while editing,
/// `<praefix>-abbrechen`.
#[component]
pub fn Speicherleiste(
    /// Id prefix, e.g. "sh-m".
    praefix: &'static str,
    /// Text of the submit button for a new record, e.g. "Maßnahme anlegen".
    neu: &'static str,
    /// Whether a stored record is being edited.
    #[prop(into)]
    bearbeitet: Signal<bool>,
    /// Ends editing without saving.
    abbrechen: Callback<()>,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    view! {
        <div class="knopfleiste">
            <Knopf art=Knopfart::Primaer absenden=true id=format!("{praefix}-anlegen")
                deaktiviert=move || !daten.bearbeitbar()>
                {move || if bearbeitet.get() { "Änderungen speichern" } else { neu }}
            </Knopf>
            {move || bearbeitet.get().then(|| view! {
                <Knopf id=format!("{praefix}-abbrechen") bei_klick=move |_| abbrechen.run(())>"Abbrechen"</Knopf>
            })}
        </div>
    }
}

/// `(value, label)` options of a catalogue, led by an empty value labelled `leer`.
pub fn katalogoptionen(
    katalog: &[super::model::Katalogeintrag],
    leer: &str,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), leer.to_owned()))
        .chain(katalog.iter().map(|k| (k.id.to_string(), k.name.clone())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verweise() {
        assert_eq!(stakeholder_href(7), "#/stakeholderanalyse/stakeholder/7");
    }
}

/// Stable key of an attitude (CSS classes, ids).
pub fn haltung_schluessel(h: super::model::Haltung) -> &'static str {
    use super::model::Haltung::*;
    match h {
        Ablehnend => "ablehnend",
        Skeptisch => "skeptisch",
        Neutral => "neutral",
        Unterstuetzend => "unterstuetzend",
        Treibend => "treibend",
    }
}

/// Symbol of an attitude, the same shape as on the grid (■ ▼ ● ▲ ◆).
pub fn haltung_symbol(h: super::model::Haltung) -> &'static str {
    use super::model::Haltung::*;
    match h {
        Ablehnend => "■",
        Skeptisch => "▼",
        Neutral => "●",
        Unterstuetzend => "▲",
        Treibend => "◆",
    }
}

/// An attitude as symbol, colour and word (the word carries the meaning).
#[component]
pub fn HaltungMarke(haltung: super::model::Haltung) -> impl IntoView {
    view! {
        <span class=format!("sh-haltung sh-haltung--{}", haltung_schluessel(haltung))>
            <span class="sh-haltung__symbol" aria-hidden="true">{haltung_symbol(haltung)}</span>
            " "{haltung.name()}
        </span>
    }
}

/// Links to projects of the Multiprojektplan by their internal ids; a deleted project is named
/// as such instead of breaking anything.
#[component]
pub fn Projektbezug(
    /// Lead text, e.g. "Projekte".
    titel: &'static str,
    /// `(id, Projekt-ID und Titel)`; `None` for a deleted project.
    projekte: Vec<(u32, Option<String>)>,
) -> impl IntoView {
    (!projekte.is_empty()).then(|| {
        let eintraege = projekte
            .into_iter()
            .enumerate()
            .map(|(i, (id, text))| {
                let trenner = (i > 0).then_some(", ");
                match text {
                    Some(t) => view! {
                        {trenner}
                        <a class="kern-link" href=crate::tools::multiprojektplan::views::projekt_href(id)>{t}</a>
                    }
                    .into_any(),
                    None => view! { {trenner}{crate::shared::text::geloescht("Projekt", &id.to_string())} }.into_any(),
                }
            })
            .collect_view();
        view! { <p class="kern-body sh-projektbezug">{titel}": "{eintraege}</p> }
    })
}

/// `(id, text)` pairs for [`Projektbezug`] from the workspace.
pub fn projektliste(
    plan: &crate::tools::multiprojektplan::model::Multiprojektplan,
    ids: &[u32],
) -> Vec<(u32, Option<String>)> {
    ids.iter()
        .map(|&id| {
            (
                id,
                plan.projekt(id)
                    .map(|p| format!("{} {}", p.kennung, p.titel)),
            )
        })
        .collect()
}
