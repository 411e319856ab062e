//! KP-Maßnahmenblatt: one page per funded measure (fachkonzept §2.5) — what it is for, who
//! answers for it, the Finanzierungsweg from an editable catalogue, Meilensteine with the
//! tranches released on their fulfilment (checked against the approved amount), the
//! Finanzbedarf per Haushaltsjahr and Kostenart, "bewilligt vs. abgerufen vs. Ist" with Ist from
//! the linked Budgetmonitor Haushaltsstelle, and the Maßnahmenblatt printed on one A4 page.
//!
//! - [`model`]: measures, milestones, Finanzbedarf, the catalogue of Finanzierungswege
//!   (shipped "bitte prüfen"), validation and the forms' reading of typed input.
//! - [`calc`]: tranche check, Finanzbedarf grid, totals per Weg and Haushaltsjahr, Mittel.
//! - [`export`]: the workbook (Info, Massnahmen, Meilensteine_Tranchen, Finanzplan_HJ, Legende).
//! - [`examples`]: the example that continues the other tools' story.
//! - [`teilen`]: its part in sharing packages (the catalogue of Finanzierungswege).
//! - [`views`]: the browser views.

pub mod calc;
pub mod examples;
pub mod export;
pub mod model;
pub mod teilen;
#[cfg(feature = "oberflaeche")]
pub mod views;

use crate::shared::vokabular::{Dimension, Handlungsfeld};
use crate::tools::{Ausfuhr, Einstieg, Werkzeug};

/// Route segment of the tool.
pub const SLUG: &str = "massnahmenblatt";
/// Tool name.
pub const TITEL: &str = "KP-Maßnahmenblatt";

/// The tool's registry entry.
pub static WERKZEUG: Werkzeug = Werkzeug {
    slug: SLUG,
    titel: TITEL,
    kurzbeschreibung: "Eine Seite je geförderter Maßnahme: Ziel, Finanzierungsweg, Meilensteine \
                       mit Tranchen, Finanzbedarf je Haushaltsjahr und bewilligt, abgerufen und \
                       Ist – zum Ausdrucken für die Leitung.",
    handlungsfeld: Handlungsfeld::Programmkoordination,
    dimensionen: &[Dimension::Kapazitaeten, Dimension::Prozesse],
    #[cfg(feature = "oberflaeche")]
    seiten: views::SEITEN,
    #[cfg(not(feature = "oberflaeche"))]
    seiten: &[],
    einstieg: Einstieg {
        einleitung: "Das KP-Maßnahmenblatt beschreibt eine geförderte Maßnahme auf einer Seite: \
                     Ausgangslage, Ziel, Finanzierungsweg, Meilensteine mit den Tranchen, die bei \
                     ihrer Erfüllung freigegeben werden, und den Finanzbedarf je Haushaltsjahr. \
                     Nach der Bewilligung sehen Sie bewilligt, abgerufen und Ist nebeneinander.",
        leer: "Noch ist keine Maßnahme erfasst.",
        aktionen: &[
            ("Erste Maßnahme anlegen", "neu"),
            ("Finanzierungswege prüfen", "einstellungen"),
        ],
        beispiel: "Das Beispiel enthält drei Maßnahmen einer erfundenen Behörde: eine bewilligte \
                   in Umsetzung mit drei Meilensteinen, verknüpft mit Projekt, Leistung und \
                   Haushaltsstelle der anderen Beispiele, eine eingereichte und eine abgelehnte.",
        beispiel_laden: beispiel!(|ab, heute| {
            // The user's catalogue of Finanzierungswege stays (examples::beispiel keeps it).
            ab.werkzeuge.massnahmenblatt = examples::beispiel(heute, ab);
        }),
    },
    kennzahl: |ab| ab.werkzeuge.massnahmenblatt.kennzahl(),
    ausfuhr: Ausfuhr {
        beschreibung: "Die Arbeitsmappe enthält die Blätter Info, Massnahmen (je Maßnahme eine \
                       Zeile mit bewilligt, Tranchen, abgerufen, Ist und Finanzbedarf), \
                       Meilensteine_Tranchen, Finanzplan_HJ (je Maßnahme, Haushaltsjahr und \
                       Kostenart eine Zeile, mit Teilergebnissen je Maßnahme) und Legende.",
        blaetter: &export::BLAETTER,
        #[cfg(not(feature = "teilen"))]
        mappe: |ab, wahl| export::mappe(ab, wahl.info, wahl.heute, wahl.nur_blatt),
        vertraulich: None,
    },
    teilen: teilbar!(teilen::teilbar),
};
