//! Views of the Multiprojektplan. One page per sub-route below `#/multiprojektplan`:
//!
//! | Sub-route          | Page                                                    |
//! |--------------------|---------------------------------------------------------|
//! | (none)             | [`portfolio`]: key figures, filters, the portfolio table |
//! | `zeitplan`         | [`zeitplan`]: timeline / Gantt with table alternative    |
//! | `ampeln`           | [`ampeln`]: counts per colour and dimension              |
//! | `abhaengigkeiten`  | [`abhaengigkeiten`]: dependencies and their warnings     |
//! | `einstellungen`    | [`einstellungen`]: Stichtag, criteria, thresholds        |
//! | `export`           | [`ausgabe`]: Excel and CSV download                      |
//! | `neu`              | [`projekt`]: form for a new project                      |
//! | `projekt/<id>`     | [`projekt`] form, [`meilensteine`], [`berichte`], [`mta`] |
//!
//! Every page starts with the tool's sub-navigation and one `h1` whose text is
//! [`seitentitel`], so heading and browser title always agree.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Seitenkopf;
use crate::app::daten::Daten;
use crate::shared::route::Route;

pub mod abhaengigkeiten;
pub mod ampeln;
pub mod ausgabe;
pub mod berichte;
pub mod einstellungen;
pub mod meilensteine;
pub mod mta;
pub mod portfolio;
pub mod projekt;
pub mod zeitplan;

use super::{SLUG, TITEL};

/// The pages of the tool, parsed from the sub-path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Seite {
    Portfolio,
    Zeitplan,
    Ampeln,
    Abhaengigkeiten,
    Einstellungen,
    Export,
    Neu,
    Projekt(u32),
}

impl Seite {
    fn aus(unterpfad: &[String]) -> Option<Seite> {
        let teile: Vec<&str> = unterpfad.iter().map(String::as_str).collect();
        Some(match teile.as_slice() {
            [] => Seite::Portfolio,
            ["zeitplan"] => Seite::Zeitplan,
            ["ampeln"] => Seite::Ampeln,
            ["abhaengigkeiten"] => Seite::Abhaengigkeiten,
            ["einstellungen"] => Seite::Einstellungen,
            ["export"] => Seite::Export,
            ["neu"] => Seite::Neu,
            ["projekt", id] => Seite::Projekt(id.parse().ok()?),
            _ => return None,
        })
    }
}

/// Link to a page of the tool, e.g. `href(&["projekt", "7"])` → `#/multiprojektplan/projekt/7`.
pub fn href(unterpfad: &[&str]) -> String {
    Route::Werkzeug {
        slug: SLUG.to_owned(),
        unterpfad: unterpfad.iter().map(|s| (*s).to_owned()).collect(),
    }
    .href()
}

/// Link to a project's page.
pub fn projekt_href(id: u32) -> String {
    href(&["projekt", &id.to_string()])
}

/// Heading of a project's page.
fn projekttitel(p: &super::model::Projekt) -> String {
    format!("Projekt {}: {}", p.kennung, p.titel)
}

/// Heading and page title of a sub-path (see [`crate::tools::Werkzeug::seitentitel`]).
pub fn seitentitel(unterpfad: &[String]) -> Option<String> {
    Some(match Seite::aus(unterpfad)? {
        Seite::Portfolio => TITEL.to_owned(),
        Seite::Zeitplan => "Zeitplan der Projekte".to_owned(),
        Seite::Ampeln => "Ampelübersicht".to_owned(),
        Seite::Abhaengigkeiten => "Abhängigkeiten".to_owned(),
        Seite::Einstellungen => "Einstellungen des Multiprojektplans".to_owned(),
        Seite::Export => "Multiprojektplan exportieren".to_owned(),
        Seite::Neu => "Neues Projekt".to_owned(),
        Seite::Projekt(id) => use_context::<Daten>()
            .and_then(|daten| {
                daten.lies_ungetrackt(|ab| ab?.multiprojektplan.projekt(id).map(projekttitel))
            })
            .unwrap_or_else(|| "Projekt nicht gefunden".to_owned()),
    })
}

/// Root view; `unterpfad` is the route below `#/multiprojektplan`.
pub fn ansicht(unterpfad: &[String]) -> AnyView {
    let Some(seite) = Seite::aus(unterpfad) else {
        return view! { <crate::app::seiten::NichtGefunden/> }.into_any();
    };
    let daten = expect_context::<Daten>();
    let titel = match seite {
        // The heading names the project; after a rename it follows, and so does the page title.
        Seite::Projekt(id) => {
            let titel = Memo::new(move |_| {
                daten.lies(|ab| {
                    ab.and_then(|ab| ab.multiprojektplan.projekt(id))
                        .map(projekttitel)
                        .unwrap_or_else(|| "Projekt nicht gefunden".to_owned())
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
    // Only opening or closing a workspace rebuilds the page; changes to its data reach the
    // page's own memos (rebuilding here would drop focus and form state on every save).
    let offen = Memo::new(move |_| daten.lies(|ab| ab.map(|ab| ab.id.clone())));
    let inhalt = move || {
        if offen.with(Option::is_none) {
            return view! { <KeinArbeitsbereich/> }.into_any();
        }
        match seite.clone() {
            Seite::Portfolio => view! { <portfolio::Portfolio/> }.into_any(),
            Seite::Zeitplan => view! { <zeitplan::Zeitplan/> }.into_any(),
            Seite::Ampeln => view! { <ampeln::Ampeluebersicht/> }.into_any(),
            Seite::Abhaengigkeiten => view! { <abhaengigkeiten::Abhaengigkeiten/> }.into_any(),
            Seite::Einstellungen => view! { <einstellungen::Einstellungen/> }.into_any(),
            Seite::Export => view! { <ausgabe::Ausgabe/> }.into_any(),
            Seite::Neu => view! { <projekt::Projektformular id=None/> }.into_any(),
            Seite::Projekt(id) => view! { <projekt::Projektseite id/> }.into_any(),
        }
    };
    let aktiv = match Seite::aus(unterpfad) {
        Some(Seite::Neu | Seite::Projekt(_)) | None => Seite::Portfolio,
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
        (Seite::Portfolio, "Portfolio", href(&[])),
        (Seite::Zeitplan, "Zeitplan", href(&["zeitplan"])),
        (Seite::Ampeln, "Ampelübersicht", href(&["ampeln"])),
        (
            Seite::Abhaengigkeiten,
            "Abhängigkeiten",
            href(&["abhaengigkeiten"]),
        ),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unterseiten_und_titel() {
        let pfad = |t: &[&str]| t.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(seitentitel(&[]).as_deref(), Some(TITEL));
        assert_eq!(
            Seite::aus(&pfad(&["projekt", "17"])),
            Some(Seite::Projekt(17))
        );
        assert_eq!(Seite::aus(&pfad(&["projekt", "x"])), None);
        assert_eq!(Seite::aus(&pfad(&["gibt-es-nicht"])), None);
        assert_eq!(seitentitel(&pfad(&["zeitplan", "mehr"])), None);
        assert_eq!(projekt_href(7), "#/multiprojektplan/projekt/7");
        for (seite, _) in [
            ("zeitplan", ()),
            ("ampeln", ()),
            ("abhaengigkeiten", ()),
            ("einstellungen", ()),
            ("export", ()),
            ("neu", ()),
        ] {
            assert!(seitentitel(&pfad(&[seite])).is_some(), "{seite}");
        }
    }
}
