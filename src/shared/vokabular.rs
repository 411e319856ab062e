//! The shared vocabulary of the UPO programme: six Handlungsfelder (fields of action), four
//! Dimensionen and the status Ampel. Every tool is filed under one Handlungsfeld; navigation
//! and the start page group tools by it. Projects and measures carry Handlungsfelder and
//! Dimensionen as tags, so both are stored (as stable lower-case keys).

use crate::shared::sortieren::Sortieren;
use serde::{Deserialize, Serialize};

/// Gives an enum of a tool its German vocabulary: `ALLE` (display order), `name()` (the word in
/// tables, forms and exports), `bedeutung()` (the explanation on the export's Legende sheet) and
/// `aus_name()` (the value whose name is the given text). One definition for every tool's
/// enums; use it with `use crate::shared::vokabular::vokabular;`.
macro_rules! vokabular {
    ($typ:ident { $($variante:ident => $name:literal, $bedeutung:literal;)+ }) => {
        impl $typ {
            /// All values in display order.
            pub const ALLE: &'static [$typ] = &[$($typ::$variante),+];

            /// German word shown in tables, forms and exports.
            pub fn name(self) -> &'static str {
                match self {
                    $($typ::$variante => $name),+
                }
            }

            /// Explanation for legends.
            pub fn bedeutung(self) -> &'static str {
                match self {
                    $($typ::$variante => $bedeutung),+
                }
            }

            /// The value whose German name is `text`.
            pub fn aus_name(text: &str) -> Option<$typ> {
                Self::ALLE.iter().copied().find(|w| w.name() == text)
            }
        }
    };
}
pub(crate) use vokabular;

/// Field of action a tool serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Handlungsfeld {
    /// Informationsmanagement
    Informationsmanagement,
    /// Wissenstransfer
    Wissenstransfer,
    /// Reporting
    Reporting,
    /// Kooperation
    Kooperation,
    /// Multiprojektmanagement
    Multiprojektmanagement,
    /// Programmkoordination
    Programmkoordination,
}

impl Handlungsfeld {
    /// All fields in the order the app presents them.
    pub const ALLE: [Handlungsfeld; 6] = [
        Handlungsfeld::Informationsmanagement,
        Handlungsfeld::Wissenstransfer,
        Handlungsfeld::Reporting,
        Handlungsfeld::Kooperation,
        Handlungsfeld::Multiprojektmanagement,
        Handlungsfeld::Programmkoordination,
    ];

    /// German name.
    pub fn name(self) -> &'static str {
        match self {
            Handlungsfeld::Informationsmanagement => "Informationsmanagement",
            Handlungsfeld::Wissenstransfer => "Wissenstransfer",
            Handlungsfeld::Reporting => "Reporting",
            Handlungsfeld::Kooperation => "Kooperation",
            Handlungsfeld::Multiprojektmanagement => "Multiprojektmanagement",
            Handlungsfeld::Programmkoordination => "Programmkoordination",
        }
    }

    /// One-sentence explanation for the start page.
    pub fn beschreibung(self) -> &'static str {
        match self {
            Handlungsfeld::Informationsmanagement => {
                "Informationen zu Vorhaben, Leistungen und Beteiligten geordnet erfassen und aktuell halten."
            }
            Handlungsfeld::Wissenstransfer => {
                "Wissen sichern und weitergeben, etwa bei Einarbeitung und Personalwechsel."
            }
            Handlungsfeld::Reporting => {
                "Stand, Budget und Reifegrad verlässlich und in gewohnter Form berichten."
            }
            Handlungsfeld::Kooperation => {
                "Zusammenarbeit mit Beteiligten und anderen Behörden planen und pflegen."
            }
            Handlungsfeld::Multiprojektmanagement => {
                "Viele Vorhaben gleichzeitig steuern: Termine, Abhängigkeiten, Prioritäten."
            }
            Handlungsfeld::Programmkoordination => {
                "Ziele, Stufen und Mittel über Vorhaben hinweg koordinieren."
            }
        }
    }
}

/// Organisational dimension a tool or measure addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Prozesse
    Prozesse,
    /// Strukturen
    Strukturen,
    /// Kompetenzen
    Kompetenzen,
    /// Kapazitäten
    Kapazitaeten,
}

impl Dimension {
    /// All dimensions in the order the app presents them.
    pub const ALLE: [Dimension; 4] = [
        Dimension::Prozesse,
        Dimension::Strukturen,
        Dimension::Kompetenzen,
        Dimension::Kapazitaeten,
    ];

    /// German name.
    pub fn name(self) -> &'static str {
        match self {
            Dimension::Prozesse => "Prozesse",
            Dimension::Strukturen => "Strukturen",
            Dimension::Kompetenzen => "Kompetenzen",
            Dimension::Kapazitaeten => "Kapazitäten",
        }
    }
}

/// Status traffic light (fachkonzept §1.2). Green, yellow and red follow the federal
/// definitions; grey ("nicht bewertet") and blue ("abgeschlossen") are our additions. The word is
/// always shown with the colour: colour alone never carries the status.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Ampel {
    /// Not assessed yet.
    #[default]
    Grau,
    /// On plan.
    Gruen,
    /// Significant deviation threatens; countermeasures within the project.
    Gelb,
    /// Goal not reachable as things stand; a decision outside the project is needed.
    Rot,
    /// Finished.
    Blau,
}

impl Ampel {
    /// All values in the order of legends and counts (worst last among the rated ones).
    pub const ALLE: [Ampel; 5] = [
        Ampel::Gruen,
        Ampel::Gelb,
        Ampel::Rot,
        Ampel::Grau,
        Ampel::Blau,
    ];

    /// The word shown in tables and exports.
    pub fn name(self) -> &'static str {
        match self {
            Ampel::Grau => "grau",
            Ampel::Gruen => "grün",
            Ampel::Gelb => "gelb",
            Ampel::Rot => "rot",
            Ampel::Blau => "blau",
        }
    }

    /// Meaning for legends (export sheet "Legende", help texts).
    pub fn bedeutung(self) -> &'static str {
        match self {
            Ampel::Grau => "nicht bewertet",
            Ampel::Gruen => "im Plan, keine wesentliche Abweichung",
            Ampel::Gelb => {
                "signifikante Planabweichung droht; Gegenmaßnahmen nötig, im Projekt lösbar"
            }
            Ampel::Rot => {
                "Ziel unter den gegebenen Umständen nicht erreichbar; Entscheidung außerhalb des \
                 Projekts nötig (Eskalation)"
            }
            Ampel::Blau => "abgeschlossen",
        }
    }

    /// Whether a written reason (Begründung) is required: yellow and red.
    pub fn braucht_begruendung(self) -> bool {
        matches!(self, Ampel::Gelb | Ampel::Rot)
    }

    /// Light fill and dark text colour (RGB) for spreadsheet cells; the pairs have a contrast
    /// ratio of at least 4.5:1.
    pub fn farben(self) -> (u32, u32) {
        match self {
            Ampel::Grau => (0xE7E6E6, 0x3A3A3A),
            Ampel::Gruen => (0xC6EFCE, 0x006100),
            Ampel::Gelb => (0xFFEB9C, 0x7A4500),
            Ampel::Rot => (0xFFC7CE, 0x9C0006),
            Ampel::Blau => (0xDDEBF7, 0x1F4E79),
        }
    }
}

/// Abbreviations used in the app, with their meaning: explained with `<abbr title>` on first
/// use on a page (WCAG 3.1.4). One list for every tool.
pub const ABKUERZUNGEN: &[(&str, &str)] = &[
    ("OZG", "Onlinezugangsgesetz"),
    ("EfA", "Einer für Alle"),
    (
        "MVP",
        "Minimum Viable Product (kleinste nutzbare Ausbaustufe)",
    ),
    ("RGM", "Reifegradmodell"),
    ("SDG", "Single Digital Gateway"),
    ("LeiKa", "Leistungskatalog"),
    ("UPO", "Unterstützung bei der Projektorganisation"),
    ("VE", "Verpflichtungsermächtigung"),
    ("HHJ", "Haushaltsjahr"),
    ("BHO", "Bundeshaushaltsordnung"),
    ("HÜL", "Haushaltsüberwachungsliste"),
    ("PMO", "Projektmanagement-Office"),
];

/// The meaning of a listed abbreviation.
pub fn abkuerzung(kurz: &str) -> Option<&'static str> {
    ABKUERZUNGEN
        .iter()
        .find(|(k, _)| *k == kurz)
        .map(|(_, l)| *l)
}

/// `text` cut into pieces, where the first use of each listed abbreviation as a word of its own
/// (also before a hyphen: "OZG-Leistung") is a piece with its meaning; the other pieces have
/// `None`. Joined, the pieces give `text` again.
pub fn abkuerzungen_markieren(text: &str) -> Vec<(&str, Option<&'static str>)> {
    let wortzeichen = |c: char| c.is_alphanumeric();
    let mut treffer: Vec<(usize, &str, &'static str)> = ABKUERZUNGEN
        .iter()
        .filter_map(|(kurz, lang)| {
            text.match_indices(kurz)
                .find(|(i, _)| {
                    let davor = text[..*i].chars().next_back();
                    let danach = text[i + kurz.len()..].chars().next();
                    !davor.is_some_and(wortzeichen) && !danach.is_some_and(wortzeichen)
                })
                .map(|(i, k)| (i, k, *lang))
        })
        .collect();
    treffer.sortiere_nach_schluessel(|(i, ..)| *i);
    let mut teile = Vec::new();
    let mut bis = 0;
    for (i, kurz, lang) in treffer {
        if i > bis {
            teile.push((&text[bis..i], None));
        }
        teile.push((kurz, Some(lang)));
        bis = i + kurz.len();
    }
    if bis < text.len() {
        teile.push((&text[bis..], None));
    }
    teile
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abkuerzungen_beim_ersten_vorkommen_als_eigenes_wort() {
        let text = "OZG-Leistungen nach dem OZG, umgesetzt als EfA-Lösung; VEB ist keine VE.";
        let teile = abkuerzungen_markieren(text);
        assert_eq!(teile.iter().map(|(t, _)| *t).collect::<String>(), text);
        let markiert: Vec<_> = teile
            .iter()
            .filter_map(|(t, l)| l.map(|l| (*t, l)))
            .collect();
        assert_eq!(
            markiert,
            [
                ("OZG", "Onlinezugangsgesetz"),
                ("EfA", "Einer für Alle"),
                ("VE", "Verpflichtungsermächtigung")
            ]
        );
        assert_eq!(
            abkuerzungen_markieren("Ohne Kürzel"),
            [("Ohne Kürzel", None)]
        );
        assert_eq!(abkuerzung("BHO"), Some("Bundeshaushaltsordnung"));
        assert_eq!(abkuerzung("XYZ"), None);
        assert!(ABKUERZUNGEN
            .iter()
            .all(|(k, l)| !k.is_empty() && l.len() > k.len()));
    }

    #[test]
    fn namen_sind_eindeutig_und_deutsch() {
        let namen: std::collections::BTreeSet<_> =
            Handlungsfeld::ALLE.iter().map(|h| h.name()).collect();
        assert_eq!(namen.len(), 6);
        assert!(Handlungsfeld::ALLE
            .iter()
            .all(|h| h.beschreibung().ends_with('.')));
        assert_eq!(Dimension::Kapazitaeten.name(), "Kapazitäten");
    }
}
