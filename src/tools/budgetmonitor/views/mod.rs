//! Views of the Budgetmonitor, declared as pages for the tool frame ([`SEITEN`]):
//!
//! | Sub-route         | Page                                                              |
//! |-------------------|-------------------------------------------------------------------|
//! | (none)            | [`uebersicht`]: key figures, tree Einzelplan → Kapitel → Titel,   |
//! |                   | stacked bars Ist / gebunden / frei                                 |
//! | `verlauf`         | [`verlauf`]: monthly curve Plan / Ist / Prognose, table alternative |
//! | `ve`              | [`ve`]: Verpflichtungsermächtigungen by future year               |
//! | `projekte`        | [`projekte`]: project finances across years                        |
//! | `einstellungen`   | [`einstellungen`]: Haushaltsjahr, Stichtag, tolerances, sources    |
//! | `neu`             | [`titel`]: form for a new Haushaltsstelle                          |
//! | `titel/<id>`      | [`titel`]: figures, Ansätze, Buchungen (fast entry), Prognosen, VE |
//!
//! The frame (`app::rahmen`) adds the sub-navigation, the heading, the empty state and the
//! export page. Forms read their input with [`crate::tools::budgetmonitor::eingabe`] and show
//! the model's [`Feldfehler`]s through [`zeige_fehler`].

use leptos::prelude::*;

pub use crate::app::tabelle::spalte;

use crate::app::tabelle::{Spalte, Spaltenart};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::format;
use crate::shared::text;
use crate::tools::Seite;
use crate::tools::Seitentitel::{self, Fest};

pub mod einstellungen;
pub mod projekte;
pub mod titel;
pub mod uebersicht;
pub mod ve;
pub mod verlauf;

use super::calc::Rahmen;
use super::model::{Budgetmonitor, Feldfehler, Haushaltsstelle};
use super::SLUG;
use crate::app::browser;
use crate::app::daten::Daten;

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![budgetmonitor;
    "" in "Haushaltsstellen", Fest(super::TITEL) => |_| view! { <uebersicht::Uebersicht/> };
    "verlauf" in "Jahresverlauf", Fest("Mittelabfluss im Jahresverlauf") => |_| view! { <verlauf::Verlauf/> };
    "ve" in "VE", Fest("Verpflichtungsermächtigungen") => |_| view! { <ve::VeUebersicht/> };
    "projekte" in "Projekte", Fest("Finanzen der Projekte") => |_| view! { <projekte::Projektfinanzen/> };
    // Settings, the form and a Haushaltsstelle's pages are a part of their own: the
    // overviews do not wait for them.
    budgetmonitor_formulare;
    "einstellungen" in "Einstellungen", Fest("Einstellungen des Budgetmonitors") => |_| view! { <einstellungen::Einstellungen/> };
    "neu", Fest("Neue Haushaltsstelle") => |_| view! { <titel::Stellenformular id=None/> };
    "titel/*", Seitentitel::Datensatz {
        titel: |ab, id| ab.werkzeuge.budgetmonitor.haushaltsstelle(id).map(titelueberschrift),
        fehlt: "Haushaltsstelle nicht gefunden",
        ids: |ab| ab.werkzeuge.budgetmonitor.haushaltsstellen.iter().map(|h| h.id).collect(),
    } => |id| view! { <titel::Titelseite id=id.unwrap_or_default()/> };
];

/// The entries of a `dl.kennzahlen`: label and value of each figure.
pub fn kennzahl_eintraege(werte: Vec<(&'static str, String)>) -> impl IntoView {
    werte
        .into_iter()
        .map(|(name, wert)| {
            view! {
                <div class="kennzahlen__eintrag">
                    <dt class="kern-label">{name}</dt>
                    <dd class="kern-body kennzahlen__wert">{wert}</dd>
                </div>
            }
        })
        .collect_view()
}

/// Reads the open workspace's Budgetmonitor with the report frame of today (tracked): `f` gets
/// the workspace, the Budgetmonitor and the frame; `None` without an open workspace.
pub fn lies_mit_rahmen<R>(
    daten: Daten,
    f: impl FnOnce(&Arbeitsbereich, &Budgetmonitor, Rahmen) -> R,
) -> Option<R> {
    daten.lies(|ab| {
        let ab = ab?;
        let bm = &ab.werkzeuge.budgetmonitor;
        Some(f(ab, bm, Rahmen::von(bm, browser::heute())))
    })
}

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    crate::tools::href(SLUG, unterpfad)
}

/// Link to a Haushaltsstelle's page.
pub fn titel_href(id: u32) -> String {
    href(&["titel", &id.to_string()])
}

/// Heading of a Haushaltsstelle's page.
fn titelueberschrift(h: &Haushaltsstelle) -> String {
    format!("Haushaltsstelle {} ({})", h.bezeichnung(), h.haushaltsjahr)
}

/// A per-mille value as German percentage, "–" without one; negative with "−" (U+2212).
pub fn prozent(promille: Option<i64>) -> String {
    match promille {
        Some(p) => minus(format!("{}{}%", format::dezimal(p, 1), format::NBSP)),
        None => "–".to_owned(),
    }
}

/// An amount in cents as the pages show it: "1.234,56 €", negative with the typographic minus
/// "−1.234,56 €" (U+2212). Display only: exports keep numbers, CSV the ASCII '-'.
pub fn betrag(cent: i64) -> String {
    minus(format::euro(cent))
}

/// An amount in thousands of euros, rounded to 0,1 T€: "1.234,6 T€" (display only).
pub fn teur(cent: i64) -> String {
    let zehntel = super::calc::geteilt_gerundet(i128::from(cent), 10_000).unwrap_or(0) as i64;
    minus(format!("{}{}T€", format::dezimal(zehntel, 1), format::NBSP))
}

/// The text of a "frei" amount (already formatted as `text`): a negative one is marked
/// "überzogen", so it is flagged by words, not by colour alone.
pub fn frei_text(cent: i64, text: String) -> String {
    if cent < 0 {
        format!("{text} (überzogen)")
    } else {
        text
    }
}

/// An optional amount, "–" without one.
pub fn betrag_oder_strich(cent: Option<i64>) -> String {
    cent.map_or_else(|| "–".to_owned(), betrag)
}

/// A formatted number with a leading ASCII '-' written with the minus sign "−".
fn minus(text: String) -> String {
    match text.strip_prefix('-') {
        Some(rest) => format!("\u{2212}{rest}"),
        None => text,
    }
}

/// A column of a data table: right-aligned figures (`Spaltenart::Zahl`), not sortable.
pub const fn zahlspalte<Z>(
    schluessel: &'static str,
    titel: &'static str,
    standard: bool,
    zelle: fn(&Z) -> AnyView,
) -> Spalte<Z> {
    spalte(schluessel, titel, Spaltenart::Zahl, standard, zelle)
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
    ab.werkzeuge.multiprojektplan.projekt(id).map_or_else(
        || text::geloescht("Projekt", &id.to_string()),
        |p| format!("{} {}", p.kennung, p.titel),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verweise_und_prozente() {
        assert_eq!(titel_href(7), "#/budgetmonitor/titel/7");
        assert_eq!(prozent(Some(-74)), "\u{2212}7,4\u{a0}%");
        assert_eq!(prozent(Some(74)), "7,4\u{a0}%");
        assert_eq!(prozent(None), "–");
        assert_eq!(betrag(-6_000_000), "\u{2212}60.000,00\u{a0}€");
        assert_eq!(betrag(99), "0,99\u{a0}€");
        assert_eq!(betrag_oder_strich(None), "–");
        // T€ display: 1.234.567,89 € → 1.234,6 T€; 49,99 € → 0,0 T€; negative with "−".
        assert_eq!(teur(123_456_789), "1.234,6\u{a0}T€");
        assert_eq!(teur(4_999), "0,0\u{a0}T€");
        assert_eq!(teur(-5_000_000), "\u{2212}50,0\u{a0}T€");
        assert_eq!(frei_text(-1, "x".into()), "x (überzogen)");
        assert_eq!(frei_text(0, "x".into()), "x");
    }
}
