//! The emergency backup ("Notfallsicherung") offered by the error view after a panic.
//!
//! After a panic the app's state can no longer be trusted, so the backup does not go through
//! the models: it copies every local-storage entry of the app **as stored text**, unparsed.
//! Whatever was saved, even data that failed to load, ends up in the file unchanged.

use serde::Serialize;

use super::speicher::ist_app_schluessel;

/// Value of the `art` field that identifies an emergency backup file.
pub const ART: &str = "upo-werkzeugkasten-notfallsicherung";

#[derive(Serialize)]
struct Notfallsicherung<'a> {
    art: &'static str,
    app_version: &'a str,
    erstellt_am: &'a str,
    hinweis: &'static str,
    eintraege: Vec<Eintrag<'a>>,
}

#[derive(Serialize)]
struct Eintrag<'a> {
    schluessel: &'a str,
    inhalt: &'a str,
}

/// Builds the backup document from `(key, stored text)` pairs. Keys without the app's prefix
/// are left out; the rest keep their order.
///
/// `erstellt_am` is an ISO 8601 timestamp supplied by the caller (the browser clock).
pub fn sicherung_json(
    eintraege: &[(String, String)],
    app_version: &str,
    erstellt_am: &str,
) -> String {
    let dokument = Notfallsicherung {
        art: ART,
        app_version,
        erstellt_am,
        hinweis: "Notfallsicherung nach einem Programmfehler. Die Einträge enthalten die gespeicherten Daten unverändert als Text.",
        eintraege: eintraege
            .iter()
            .filter(|(schluessel, _)| ist_app_schluessel(schluessel))
            .map(|(schluessel, inhalt)| Eintrag { schluessel, inhalt })
            .collect(),
    };
    // Serialising strings and string slices cannot fail.
    serde_json::to_string_pretty(&dokument).unwrap_or_default()
}

/// File name of the backup: `upo-notfallsicherung-2026-11-28.json` for an ISO date or timestamp.
pub fn dateiname(erstellt_am: &str) -> String {
    let tag: String = erstellt_am.chars().take(10).collect();
    format!("upo-notfallsicherung-{tag}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nur_eigene_eintraege_unveraendert() {
        let eintraege = vec![
            (
                "upo-werkzeugkasten:arbeitsbereich:1".to_owned(),
                "{kaputt\"".to_owned(),
            ),
            ("andere-app".to_owned(), "geheim".to_owned()),
            (
                "upo-werkzeugkasten:einstellungen".to_owned(),
                "ä€\n".to_owned(),
            ),
        ];
        let text = sicherung_json(&eintraege, "0.1.0", "2026-11-28T17:40:00Z");
        let wert: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(wert["art"], ART);
        assert_eq!(wert["app_version"], "0.1.0");
        let liste = wert["eintraege"].as_array().unwrap();
        assert_eq!(liste.len(), 2);
        assert_eq!(liste[0]["inhalt"], "{kaputt\"");
        assert_eq!(liste[1]["schluessel"], "upo-werkzeugkasten:einstellungen");
        assert_eq!(liste[1]["inhalt"], "ä€\n");
        assert!(!text.contains("geheim"));
    }

    #[test]
    fn dateiname_traegt_das_datum() {
        assert_eq!(
            dateiname("2026-11-28T17:40:00.000Z"),
            "upo-notfallsicherung-2026-11-28.json"
        );
    }
}
