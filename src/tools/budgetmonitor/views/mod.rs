//! Views of the Budgetmonitor. One page per sub-route below `#/budgetmonitor`:
//!
//! | Sub-route         | Page                                                              |
//! |-------------------|-------------------------------------------------------------------|
//! | (none)            | [`uebersicht`]: key figures, tree Einzelplan → Kapitel → Titel,   |
//! |                   | stacked bars Ist / gebunden / frei                                 |
//! | `verlauf`         | [`verlauf`]: monthly curve Plan / Ist / Prognose, table alternative |
//! | `ve`              | [`ve`]: Verpflichtungsermächtigungen by future year               |
//! | `projekte`        | [`projekte`]: project finances across years                        |
//! | `einstellungen`   | [`einstellungen`]: Haushaltsjahr, Stichtag, tolerances, sources    |
//! | `export`          | [`ausgabe`]: Excel and CSV download                                |
//! | `neu`             | [`titel`]: form for a new Haushaltsstelle                          |
//! | `titel/<id>`      | [`titel`]: figures, Ansätze, Buchungen (fast entry), Prognosen, VE |
//!
//! Every page starts with the tool's sub-navigation and one `h1` whose text is
//! [`seitentitel`]. Forms read their input with [`crate::tools::budgetmonitor::eingabe`] and
//! show the model's [`Feldfehler`]s through [`zeige_fehler`].

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Seitenkopf;
use crate::app::daten::Daten;
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::format;
use crate::shared::route::Route;
use crate::shared::text;

pub mod ausgabe;
pub mod einstellungen;
pub mod projekte;
pub mod titel;
pub mod uebersicht;
pub mod ve;
pub mod verlauf;

use super::model::{Feldfehler, Haushaltsstelle};
use super::{SLUG, TITEL};

/// The pages of the tool, parsed from the sub-path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Seite {
    Uebersicht,
    Verlauf,
    Ve,
    Projekte,
    Einstellungen,
    Export,
    Neu,
    Titel(u32),
}

impl Seite {
    fn aus(unterpfad: &[String]) -> Option<Seite> {
        let teile: Vec<&str> = unterpfad.iter().map(String::as_str).collect();
        Some(match teile.as_slice() {
            [] => Seite::Uebersicht,
            ["verlauf"] => Seite::Verlauf,
            ["ve"] => Seite::Ve,
            ["projekte"] => Seite::Projekte,
            ["einstellungen"] => Seite::Einstellungen,
            ["export"] => Seite::Export,
            ["neu"] => Seite::Neu,
            ["titel", id] => Seite::Titel(id.parse().ok()?),
            _ => return None,
        })
    }
}

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    Route::Werkzeug {
        slug: SLUG.to_owned(),
        unterpfad: unterpfad.iter().map(|s| (*s).to_owned()).collect(),
    }
    .href()
}

/// Link to a Haushaltsstelle's page.
pub fn titel_href(id: u32) -> String {
    href(&["titel", &id.to_string()])
}

/// Heading of a Haushaltsstelle's page.
fn titelueberschrift(h: &Haushaltsstelle) -> String {
    format!("Haushaltsstelle {} ({})", h.bezeichnung(), h.haushaltsjahr)
}

/// A per-mille value as German percentage, "–" without one.
pub fn prozent(promille: Option<i64>) -> String {
    match promille {
        Some(p) => format!("{}{}%", format::dezimal(p, 1), format::NBSP),
        None => "–".to_owned(),
    }
}

/// A form's problems in the shape `app::formular` shows them: `(field id, message)` pairs.
pub type Fehlerliste = RwSignal<Vec<(String, String)>>;

/// Shows the model's field errors `liste` at their fields and in the form's error summary;
/// an empty list clears them.
pub fn zeige_fehler(fehler: Fehlerliste, liste: Vec<Feldfehler>) {
    fehler.set(liste.into_iter().map(|f| (f.feld, f.meldung)).collect());
}

/// A Multiprojektplan project as the Budgetmonitor names it, "P-01 Portal", or as deleted.
pub fn projektname(ab: &Arbeitsbereich, id: u32) -> String {
    ab.multiprojektplan.projekt(id).map_or_else(
        || text::geloescht("Projekt", &id.to_string()),
        |p| format!("{} {}", p.kennung, p.titel),
    )
}

/// Heading and page title of a sub-path (see [`crate::tools::Werkzeug::seitentitel`]).
pub fn seitentitel(unterpfad: &[String]) -> Option<String> {
    Some(match Seite::aus(unterpfad)? {
        Seite::Uebersicht => TITEL.to_owned(),
        Seite::Verlauf => "Mittelabfluss im Jahresverlauf".to_owned(),
        Seite::Ve => "Verpflichtungsermächtigungen".to_owned(),
        Seite::Projekte => "Finanzen der Projekte".to_owned(),
        Seite::Einstellungen => "Einstellungen des Budgetmonitors".to_owned(),
        Seite::Export => "Budgetmonitor exportieren".to_owned(),
        Seite::Neu => "Neue Haushaltsstelle".to_owned(),
        Seite::Titel(id) => use_context::<Daten>()
            .and_then(|daten| {
                daten.lies_ungetrackt(|ab| {
                    ab?.budgetmonitor.haushaltsstelle(id).map(titelueberschrift)
                })
            })
            .unwrap_or_else(|| "Haushaltsstelle nicht gefunden".to_owned()),
    })
}

/// Root view; `unterpfad` is the route below `#/budgetmonitor`.
pub fn ansicht(unterpfad: &[String]) -> AnyView {
    let Some(seite) = Seite::aus(unterpfad) else {
        return view! { <crate::app::seiten::NichtGefunden/> }.into_any();
    };
    let daten = expect_context::<Daten>();
    let titel = match seite {
        Seite::Titel(id) => {
            let titel = Memo::new(move |_| {
                daten.lies(|ab| {
                    ab.and_then(|ab| ab.budgetmonitor.haushaltsstelle(id))
                        .map(titelueberschrift)
                        .unwrap_or_else(|| "Haushaltsstelle nicht gefunden".to_owned())
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
            Seite::Verlauf => view! { <verlauf::Verlauf/> }.into_any(),
            Seite::Ve => view! { <ve::VeUebersicht/> }.into_any(),
            Seite::Projekte => view! { <projekte::Projektfinanzen/> }.into_any(),
            Seite::Einstellungen => view! { <einstellungen::Einstellungen/> }.into_any(),
            Seite::Export => view! { <ausgabe::Ausgabe/> }.into_any(),
            Seite::Neu => view! { <titel::Stellenformular id=None/> }.into_any(),
            Seite::Titel(id) => view! { <titel::Titelseite id/> }.into_any(),
        }
    };
    let aktiv = match Seite::aus(unterpfad) {
        Some(Seite::Neu | Seite::Titel(_)) | None => Seite::Uebersicht,
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
        (Seite::Uebersicht, "Haushaltsstellen", href(&[])),
        (Seite::Verlauf, "Jahresverlauf", href(&["verlauf"])),
        (Seite::Ve, "VE", href(&["ve"])),
        (Seite::Projekte, "Projekte", href(&["projekte"])),
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
        assert_eq!(Seite::aus(&pfad(&["titel", "17"])), Some(Seite::Titel(17)));
        assert_eq!(Seite::aus(&pfad(&["titel", "x"])), None);
        assert_eq!(seitentitel(&pfad(&["verlauf", "mehr"])), None);
        assert_eq!(titel_href(7), "#/budgetmonitor/titel/7");
        for seite in [
            "verlauf",
            "ve",
            "projekte",
            "einstellungen",
            "export",
            "neu",
        ] {
            assert!(seitentitel(&pfad(&[seite])).is_some(), "{seite}");
        }
        assert_eq!(prozent(Some(-74)), "-7,4\u{a0}%");
        assert_eq!(prozent(None), "–");
    }
}
