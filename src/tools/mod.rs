//! The tool registry: the one list of tools that routing, navigation, the start page and the
//! sweep tests read. Adding a tool is one folder under `src/tools/` and one entry in
//! [`WERKZEUGE`] (see "How to add a tool" in `ARCHITECTURE.md`).
//!
//! Only tools that exist are registered: the app never shows placeholder pages.

use leptos::prelude::AnyView;

use crate::shared::vokabular::{Dimension, Handlungsfeld};

pub mod multiprojektplan;
pub mod zielstufenplaner;

/// One registered tool.
pub struct Werkzeug {
    /// Route segment and stable identifier, e.g. `multiprojektplan` → `#/multiprojektplan`.
    pub slug: &'static str,
    /// German name as shown in navigation, headings and page titles.
    pub titel: &'static str,
    /// One sentence for the start page.
    pub kurzbeschreibung: &'static str,
    /// Field of action the tool is filed under in navigation.
    pub handlungsfeld: Handlungsfeld,
    /// Dimensions the tool addresses.
    pub dimensionen: &'static [Dimension],
    /// Root view; receives the route's sub-path below the slug.
    pub ansicht: fn(&[String]) -> AnyView,
    /// Heading (`h1`) and page title of a sub-path below the slug; `None` for a sub-path the
    /// tool does not know ("Seite nicht gefunden"). The empty sub-path gives `titel`.
    pub seitentitel: fn(&[String]) -> Option<String>,
}

/// All tools of this build, in navigation order within each Handlungsfeld.
pub static WERKZEUGE: &[Werkzeug] = &[
    Werkzeug {
        slug: multiprojektplan::SLUG,
        titel: multiprojektplan::TITEL,
        kurzbeschreibung: "Alle Projekte in einer Liste und auf einer Zeitachse: Meilensteine, \
                       Abhängigkeiten, Ampeln, Statusberichte und Priorisierung.",
        handlungsfeld: Handlungsfeld::Multiprojektmanagement,
        dimensionen: &[
            Dimension::Prozesse,
            Dimension::Strukturen,
            Dimension::Kapazitaeten,
        ],
        ansicht: multiprojektplan::views::ansicht,
        seitentitel: multiprojektplan::views::seitentitel,
    },
    Werkzeug {
        slug: zielstufenplaner::SLUG,
        titel: zielstufenplaner::TITEL,
        kurzbeschreibung:
            "Reifegrad je Verwaltungsleistung nach RGM 1.1 oder 2.0, das begrenzende Kriterium \
                       und die Zielstufen vom MVP bis zur Zielvision.",
        handlungsfeld: Handlungsfeld::Programmkoordination,
        dimensionen: &[Dimension::Prozesse, Dimension::Kompetenzen],
        ansicht: zielstufenplaner::views::ansicht,
        seitentitel: zielstufenplaner::views::seitentitel,
    },
];

/// Looks up a registered tool by its route segment.
pub fn finde(slug: &str) -> Option<&'static Werkzeug> {
    WERKZEUGE.iter().find(|w| w.slug == slug)
}

/// Groups tools by Handlungsfeld in the fixed order of [`Handlungsfeld::ALLE`], leaving out
/// fields without tools.
pub fn nach_handlungsfeld(werkzeuge: &[Werkzeug]) -> Vec<(Handlungsfeld, Vec<&Werkzeug>)> {
    Handlungsfeld::ALLE
        .iter()
        .map(|&feld| {
            let liste: Vec<&Werkzeug> = werkzeuge
                .iter()
                .filter(|w| w.handlungsfeld == feld)
                .collect();
            (feld, liste)
        })
        .filter(|(_, liste)| !liste.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::route::Route;

    fn keine_ansicht(_: &[String]) -> AnyView {
        unreachable!("Registry tests never render")
    }

    fn kein_titel(_: &[String]) -> Option<String> {
        None
    }

    fn werkzeug(slug: &'static str, handlungsfeld: Handlungsfeld) -> Werkzeug {
        Werkzeug {
            slug,
            titel: slug,
            kurzbeschreibung: "Test.",
            handlungsfeld,
            dimensionen: &[],
            ansicht: keine_ansicht,
            seitentitel: kein_titel,
        }
    }

    #[test]
    fn gruppen_folgen_der_festen_reihenfolge_und_lassen_leere_weg() {
        let liste = [
            werkzeug("b", Handlungsfeld::Reporting),
            werkzeug("a", Handlungsfeld::Multiprojektmanagement),
            werkzeug("c", Handlungsfeld::Reporting),
        ];
        let gruppen = nach_handlungsfeld(&liste);
        let kurz: Vec<(Handlungsfeld, Vec<&str>)> = gruppen
            .iter()
            .map(|(feld, w)| (*feld, w.iter().map(|w| w.slug).collect()))
            .collect();
        assert_eq!(
            kurz,
            vec![
                (Handlungsfeld::Reporting, vec!["b", "c"]),
                (Handlungsfeld::Multiprojektmanagement, vec!["a"]),
            ]
        );
        assert!(nach_handlungsfeld(&[]).is_empty());
    }

    /// Every registered slug must route to its tool and must not shadow a fixed page.
    #[test]
    fn registrierte_slugs_sind_eindeutige_werkzeugrouten() {
        let mut gesehen = std::collections::BTreeSet::new();
        for w in WERKZEUGE {
            assert!(gesehen.insert(w.slug), "Slug doppelt: {}", w.slug);
            assert!(!w.titel.is_empty() && w.kurzbeschreibung.ends_with('.'));
            assert_eq!(
                Route::aus_hash(&Route::werkzeug_href(w.slug)),
                Some(Route::Werkzeug {
                    slug: w.slug.to_owned(),
                    unterpfad: vec![]
                }),
                "{} kollidiert mit einer festen Seite",
                w.slug
            );
            assert_eq!(finde(w.slug).map(|f| f.titel), Some(w.titel));
            assert_eq!((w.seitentitel)(&[]).as_deref(), Some(w.titel));
        }
    }
}
