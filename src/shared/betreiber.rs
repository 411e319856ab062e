//! Settings of the agency that hosts the app ("Betreiber"): who publishes it, whom users
//! contact, and the agency's part of the Erklärung zur Barrierefreiheit (BITV 2.0 § 7).
//!
//! The agency fills in `betreiber.json` next to `index.html` on its web server, without
//! rebuilding the app. Every field is optional: the pages show a clearly marked
//! "Von der betreibenden Stelle auszufüllen" wherever a value is missing.

use serde::Deserialize;

/// Contents of `betreiber.json`. Unknown keys are rejected, so that a misspelt key is reported
/// instead of silently showing the placeholder.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Betreiber {
    /// Free-text instructions for the person editing the file; never shown in the app.
    #[serde(rename = "_anleitung")]
    pub anleitung: Option<String>,
    /// Name of the hosting agency, e.g. "Bundesverwaltungsamt".
    pub behoerde: Option<String>,
    /// Postal address, one line per entry.
    pub anschrift: Vec<String>,
    /// General contact e-mail address.
    pub email: Option<String>,
    /// General contact phone number.
    pub telefon: Option<String>,
    /// Person or unit responsible for the content (Impressum).
    pub verantwortlich: Option<String>,
    /// Data protection officer of the agency (name or unit and contact).
    pub datenschutzbeauftragte: Option<String>,
    /// The agency's part of the Erklärung zur Barrierefreiheit.
    pub barrierefreiheit: Barrierefreiheitsangaben,
}

/// The fields of the Erklärung zur Barrierefreiheit that depend on the hosting agency.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Barrierefreiheitsangaben {
    /// Status of compliance.
    pub vereinbarkeit: Option<Vereinbarkeit>,
    /// Date the statement was drawn up, as the agency writes it (e.g. "28.11.2026").
    pub erstellt_am: Option<String>,
    /// Date of the last review.
    pub zuletzt_ueberprueft_am: Option<String>,
    /// Method of assessment, e.g. "Selbstbewertung" or "BITV-Test durch …".
    pub methode: Option<String>,
    /// Further non-accessible content known to the agency, in addition to the app's own list.
    pub weitere_nicht_barrierefreie_inhalte: Vec<String>,
    /// Feedback contact: e-mail address.
    pub feedback_email: Option<String>,
    /// Feedback contact: phone number.
    pub feedback_telefon: Option<String>,
    /// Feedback contact: postal address or unit.
    pub feedback_anschrift: Option<String>,
    /// Name of the conciliation body; defaults to the federal Schlichtungsstelle nach § 16 BGG.
    pub schlichtungsstelle: Option<String>,
    /// Web address of the conciliation body.
    pub schlichtungsstelle_url: Option<String>,
}

/// Status of compliance as required by the EU model statement (Durchführungsbeschluss 2018/1523).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vereinbarkeit {
    /// "vollständig vereinbar"
    Vollstaendig,
    /// "teilweise vereinbar"
    Teilweise,
    /// "nicht vereinbar"
    Nicht,
}

impl Vereinbarkeit {
    /// The sentence the statement uses for this status.
    pub fn satz(self) -> &'static str {
        match self {
            Vereinbarkeit::Vollstaendig => {
                "Diese Anwendung ist vollständig mit der BITV 2.0 vereinbar."
            }
            Vereinbarkeit::Teilweise => {
                "Diese Anwendung ist wegen der folgenden Unvereinbarkeiten teilweise mit der BITV 2.0 vereinbar."
            }
            Vereinbarkeit::Nicht => "Diese Anwendung ist nicht mit der BITV 2.0 vereinbar.",
        }
    }
}

/// Default conciliation body for federal agencies (§ 16 BGG).
pub const SCHLICHTUNGSSTELLE_BUND: &str = "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen";

/// Web address of the federal conciliation body.
pub const SCHLICHTUNGSSTELLE_BUND_URL: &str = "https://www.schlichtungsstelle-bgg.de";

/// Text shown wherever the hosting agency has not filled in a value.
pub const NICHT_AUSGEFUELLT: &str = "Von der betreibenden Stelle auszufüllen";

impl Betreiber {
    /// Parses `betreiber.json`. The error is a German sentence for the page.
    pub fn aus_json(text: &str) -> Result<Betreiber, String> {
        serde_json::from_str(text).map_err(|fehler| {
            format!(
                "Die Datei „betreiber.json“ ist fehlerhaft (Zeile {}, Spalte {}): {}. \
                 Es werden die Standardangaben angezeigt.",
                fehler.line(),
                fehler.column(),
                fehler_auf_deutsch(&fehler)
            )
        })
    }
}

fn fehler_auf_deutsch(fehler: &serde_json::Error) -> &'static str {
    use serde_json::error::Category;
    match fehler.classify() {
        Category::Syntax => "ungültiges JSON",
        Category::Eof => "die Datei endet unerwartet",
        Category::Data => "ein Eintrag hat einen unerwarteten Namen oder Typ",
        Category::Io => "die Datei konnte nicht gelesen werden",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ausgelieferte_vorlage_ist_gueltig_und_leer() {
        let vorlage = include_str!("../../public/betreiber.json");
        let betreiber = Betreiber::aus_json(vorlage).expect("Vorlage muss gültig sein");
        assert!(betreiber.anleitung.is_some());
        assert_eq!(betreiber.behoerde, None);
        assert_eq!(betreiber.barrierefreiheit.vereinbarkeit, None);
    }

    #[test]
    fn ausgefuellte_datei() {
        let betreiber = Betreiber::aus_json(
            r#"{"behoerde":"Bundesamt für Beispiele","anschrift":["Musterweg 1","12345 Berlin"],
                "barrierefreiheit":{"vereinbarkeit":"teilweise","feedback_email":"a11y@example.org"}}"#,
        )
        .unwrap();
        assert_eq!(
            betreiber.behoerde.as_deref(),
            Some("Bundesamt für Beispiele")
        );
        assert_eq!(betreiber.anschrift.len(), 2);
        assert_eq!(
            betreiber.barrierefreiheit.vereinbarkeit,
            Some(Vereinbarkeit::Teilweise)
        );
    }

    #[test]
    fn fehler_werden_deutsch_erklaert() {
        let fehler = Betreiber::aus_json("{\"behoerde\": ").unwrap_err();
        assert!(fehler.contains("endet unerwartet"), "{fehler}");
        let fehler = Betreiber::aus_json("{\"behorde\": \"Tippfehler\"}").unwrap_err();
        assert!(fehler.contains("unerwarteten Namen"), "{fehler}");
        let fehler = Betreiber::aus_json("{\"barrierefreiheit\": {\"vereinbarkeit\": \"egal\"}}")
            .unwrap_err();
        assert!(fehler.contains("Zeile 1"), "{fehler}");
    }
}
