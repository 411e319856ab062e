//! Views of the Stakeholderanalyse. One page per sub-route below `#/stakeholderanalyse`:
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
//! | `export`           | [`ausgabe`]: Excel and CSV download                             |
//! | `neu`              | [`stakeholder`]: form for a new stakeholder                     |
//! | `stakeholder/<id>` | [`stakeholder`]: form, assessment at the Stichtag, history      |
//!
//! Every page starts with the tool's sub-navigation and one `h1` whose text is
//! [`seitentitel`], so heading and browser title always agree.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Seitenkopf;
use crate::app::daten::Daten;
use crate::shared::route::Route;

pub mod ausgabe;
pub mod beziehungen;
pub mod einstellungen;
pub mod kommunikation;
pub mod massnahmen;
pub mod matrix;
pub mod stakeholder;
pub mod uebersicht;
pub mod vergleich;

use super::model::Stakeholder;
use super::{SLUG, TITEL};

/// The pages of the tool, parsed from the sub-path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Seite {
    Uebersicht,
    Matrix,
    Vergleich,
    Massnahmen,
    Kommunikation,
    Beziehungen,
    Einstellungen,
    Export,
    Neu,
    Stakeholder(u32),
}

impl Seite {
    fn aus(unterpfad: &[String]) -> Option<Seite> {
        let teile: Vec<&str> = unterpfad.iter().map(String::as_str).collect();
        Some(match teile.as_slice() {
            [] => Seite::Uebersicht,
            ["matrix"] => Seite::Matrix,
            ["vergleich"] => Seite::Vergleich,
            ["massnahmen"] => Seite::Massnahmen,
            ["kommunikation"] => Seite::Kommunikation,
            ["beziehungen"] => Seite::Beziehungen,
            ["einstellungen"] => Seite::Einstellungen,
            ["export"] => Seite::Export,
            ["neu"] => Seite::Neu,
            ["stakeholder", id] => Seite::Stakeholder(id.parse().ok()?),
            _ => return None,
        })
    }
}

/// Link to a page of the tool, e.g. `href(&["matrix"])` → `#/stakeholderanalyse/matrix`.
pub fn href(unterpfad: &[&str]) -> String {
    Route::Werkzeug {
        slug: SLUG.to_owned(),
        unterpfad: unterpfad.iter().map(|s| (*s).to_owned()).collect(),
    }
    .href()
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

/// Heading and page title of a sub-path (see [`crate::tools::Werkzeug::seitentitel`]).
pub fn seitentitel(unterpfad: &[String]) -> Option<String> {
    Some(match Seite::aus(unterpfad)? {
        Seite::Uebersicht => TITEL.to_owned(),
        Seite::Matrix => "Stakeholder-Matrix".to_owned(),
        Seite::Vergleich => "Vergleich zweier Bewertungen".to_owned(),
        Seite::Massnahmen => "Maßnahmen zur Einbindung".to_owned(),
        Seite::Kommunikation => "Kommunikationsplan".to_owned(),
        Seite::Beziehungen => "Beziehungen zwischen Stakeholdern".to_owned(),
        Seite::Einstellungen => "Einstellungen der Stakeholderanalyse".to_owned(),
        Seite::Export => "Stakeholderanalyse exportieren".to_owned(),
        Seite::Neu => "Neuer Stakeholder".to_owned(),
        Seite::Stakeholder(id) => use_context::<Daten>()
            .and_then(|daten| {
                daten.lies_ungetrackt(|ab| {
                    ab?.stakeholderanalyse.stakeholder(id).map(stakeholdertitel)
                })
            })
            .unwrap_or_else(|| "Stakeholder nicht gefunden".to_owned()),
    })
}

/// Root view; `unterpfad` is the route below `#/stakeholderanalyse`.
pub fn ansicht(unterpfad: &[String]) -> AnyView {
    let Some(seite) = Seite::aus(unterpfad) else {
        return view! { <crate::app::seiten::NichtGefunden/> }.into_any();
    };
    let daten = expect_context::<Daten>();
    let titel = match seite {
        Seite::Stakeholder(id) => {
            let titel = Memo::new(move |_| {
                daten.lies(|ab| {
                    ab.and_then(|ab| ab.stakeholderanalyse.stakeholder(id))
                        .map(stakeholdertitel)
                        .unwrap_or_else(|| "Stakeholder nicht gefunden".to_owned())
                })
            });
            Effect::new(move |vorher: Option<String>| {
                let aktuell = titel.get();
                if vorher.is_some_and(|v| v != aktuell) {
                    browser::setze_titel(&format!("{aktuell} – {}", crate::PRODUKTNAME));
                }
                aktuell
            });
            Signal::from(titel)
        }
        _ => Signal::stored(seitentitel(unterpfad).unwrap_or_default()),
    };
    let offen = Memo::new(move |_| daten.lies(|ab| ab.map(|ab| ab.id.clone())));
    let inhalt = move || {
        if offen.with(Option::is_none) {
            return view! { <KeinArbeitsbereich/> }.into_any();
        }
        match seite.clone() {
            Seite::Uebersicht => view! { <uebersicht::Uebersicht/> }.into_any(),
            Seite::Matrix => view! { <matrix::Matrixseite/> }.into_any(),
            Seite::Vergleich => view! { <vergleich::Vergleich/> }.into_any(),
            Seite::Massnahmen => view! { <massnahmen::Massnahmen/> }.into_any(),
            Seite::Kommunikation => view! { <kommunikation::Kommunikationsplan/> }.into_any(),
            Seite::Beziehungen => view! { <beziehungen::Beziehungen/> }.into_any(),
            Seite::Einstellungen => view! { <einstellungen::Einstellungen/> }.into_any(),
            Seite::Export => view! { <ausgabe::Ausgabe/> }.into_any(),
            Seite::Neu => view! { <stakeholder::Stakeholderformular id=None/> }.into_any(),
            Seite::Stakeholder(id) => view! { <stakeholder::Stakeholderseite id/> }.into_any(),
        }
    };
    let aktiv = match Seite::aus(unterpfad) {
        Some(Seite::Neu | Seite::Stakeholder(_)) | None => Seite::Uebersicht,
        Some(s) => s,
    };
    view! {
        <Unternavigation aktiv/>
        <Seitenkopf titel/>
        {inhalt}
    }
    .into_any()
}

/// The tool's own navigation between its pages.
#[component]
fn Unternavigation(aktiv: Seite) -> impl IntoView {
    let eintraege = [
        (Seite::Uebersicht, "Übersicht", href(&[])),
        (Seite::Matrix, "Matrix", href(&["matrix"])),
        (Seite::Vergleich, "Vergleich", href(&["vergleich"])),
        (Seite::Massnahmen, "Maßnahmen", href(&["massnahmen"])),
        (
            Seite::Kommunikation,
            "Kommunikationsplan",
            href(&["kommunikation"]),
        ),
        (Seite::Beziehungen, "Beziehungen", href(&["beziehungen"])),
        (
            Seite::Einstellungen,
            "Einstellungen",
            href(&["einstellungen"]),
        ),
        (Seite::Export, "Export", href(&["export"])),
    ];
    let links = eintraege
        .into_iter()
        .map(|(seite, text, ziel)| {
            let aktuell = (seite == aktiv).then_some("page");
            view! {
                <li>
                    <a class="kern-link unternavigation__link" href=ziel aria-current=aktuell>{text}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="unternavigation" aria-label=TITEL>
            <ul class="unternavigation__liste">{links}</ul>
        </nav>
    }
}

/// Shown instead of a page while no workspace is open.
#[component]
fn KeinArbeitsbereich() -> impl IntoView {
    view! {
        <p class="kern-body">
            "Es ist kein Arbeitsbereich geöffnet. Legen Sie unter "
            <a class="kern-link" href=Route::Arbeitsbereiche.href()>"Arbeitsbereiche"</a>
            " einen an oder öffnen Sie einen vorhandenen."
        </p>
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
    fn unterseiten_und_titel() {
        let pfad = |t: &[&str]| t.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(seitentitel(&[]).as_deref(), Some(TITEL));
        assert_eq!(
            Seite::aus(&pfad(&["stakeholder", "117"])),
            Some(Seite::Stakeholder(117))
        );
        assert_eq!(Seite::aus(&pfad(&["stakeholder", "x"])), None);
        assert_eq!(Seite::aus(&pfad(&["gibt-es-nicht"])), None);
        assert_eq!(seitentitel(&pfad(&["matrix", "mehr"])), None);
        assert_eq!(stakeholder_href(7), "#/stakeholderanalyse/stakeholder/7");
        for seite in [
            "matrix",
            "vergleich",
            "massnahmen",
            "kommunikation",
            "beziehungen",
            "einstellungen",
            "export",
            "neu",
        ] {
            assert!(seitentitel(&pfad(&[seite])).is_some(), "{seite}");
        }
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
                    None => view! { {trenner}{format!("(gelöschtes Projekt {id})")} }.into_any(),
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
