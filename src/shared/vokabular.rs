//! The shared vocabulary of the UPO programme: six Handlungsfelder (fields of action) and four
//! Dimensionen. Every tool is filed under one Handlungsfeld; navigation and the start page
//! group tools by it.

/// Field of action a tool serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

#[cfg(test)]
mod tests {
    use super::*;

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
