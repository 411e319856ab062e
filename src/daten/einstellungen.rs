//! App settings kept beside the workspaces: which workspace was open last, the backup reminder
//! interval, when each workspace was last backed up, and the table columns chosen per
//! workspace.
//!
//! Stored under `upo-werkzeugkasten:einstellungen` in a small versioned envelope
//! (`{"art": …, "schema": 1, "einstellungen": {…}}`). The backup dates live here rather than
//! in the workspace, so that downloading a backup is not a change that needs saving or undoing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::umschlag::{json_fehler, technisch, Ladefehler};
use crate::shared::datum::Datum;

/// Value of `art` in the settings envelope.
pub const ART: &str = "upo-werkzeugkasten-einstellungen";

/// Schema of the settings.
pub const SCHEMA: u32 = 1;

/// Default reminder interval in days.
pub const ERINNERUNG_STANDARD: u32 = 7;

/// The settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Einstellungen {
    /// Workspace opened at start.
    pub aktiver_arbeitsbereich: Option<String>,
    /// Remind when the last backup is at least this many days old; 0 switches reminders off.
    pub erinnerung_nach_tagen: u32,
    /// Date of the last backup download per workspace id.
    pub letzte_sicherung: BTreeMap<String, Datum>,
    /// Columns a user chose for a table, per workspace: key `<workspace id>/<table id>`, value
    /// the column keys in display order. Tables without an entry show their default columns.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub spalten: BTreeMap<String, Vec<String>>,
}

impl Default for Einstellungen {
    fn default() -> Self {
        Einstellungen {
            aktiver_arbeitsbereich: None,
            erinnerung_nach_tagen: ERINNERUNG_STANDARD,
            letzte_sicherung: BTreeMap::new(),
            spalten: BTreeMap::new(),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Umschlag {
    art: String,
    schema: u32,
    einstellungen: Value,
}

/// Why a backup reminder is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Erinnerung {
    /// Never backed up; created this many days ago.
    NochNie { tage: i64 },
    /// Last backed up on `am`, this many days ago.
    Veraltet { am: Datum, tage: i64 },
}

impl Einstellungen {
    /// Reads the stored settings.
    pub fn lesen(text: &str) -> Result<Einstellungen, Ladefehler> {
        let umschlag: Umschlag = serde_json::from_str(text).map_err(|f| match json_fehler(&f) {
            Ladefehler::KeinJson { .. } if f.is_data() => {
                Ladefehler::Ungueltig(vec![technisch(&f)])
            }
            anderer => anderer,
        })?;
        if umschlag.art != ART {
            return Err(Ladefehler::FalscheArt(Some(umschlag.art)));
        }
        if umschlag.schema != SCHEMA {
            return Err(Ladefehler::NeuereVersion {
                schema: umschlag.schema,
                app_version: "unbekannt".into(),
            });
        }
        serde_json::from_value(umschlag.einstellungen)
            .map_err(|f| Ladefehler::Ungueltig(vec![technisch(&f)]))
    }

    /// The stored form.
    pub fn schreiben(&self) -> String {
        let umschlag = Umschlag {
            art: ART.to_owned(),
            schema: SCHEMA,
            einstellungen: serde_json::to_value(self).unwrap_or(Value::Null),
        };
        serde_json::to_string(&umschlag).unwrap_or_default()
    }

    /// Whether to remind the user to back up workspace `id` (created on `angelegt_am`) today.
    pub fn erinnerung(
        &self,
        id: &str,
        angelegt_am: Option<Datum>,
        heute: Datum,
    ) -> Option<Erinnerung> {
        let grenze = i64::from(self.erinnerung_nach_tagen);
        if grenze == 0 {
            return None;
        }
        match self.letzte_sicherung.get(id) {
            Some(&am) => {
                let tage = am.tage_bis(heute);
                (tage >= grenze).then_some(Erinnerung::Veraltet { am, tage })
            }
            None => {
                let tage = angelegt_am.map_or(grenze, |d| d.tage_bis(heute));
                (tage >= grenze).then_some(Erinnerung::NochNie { tage })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(t: u32) -> Datum {
        Datum::neu(2026, 11, t).unwrap()
    }

    #[test]
    fn rundreise_und_standardwerte() {
        let mut e = Einstellungen::default();
        assert_eq!(e.erinnerung_nach_tagen, 7);
        e.aktiver_arbeitsbereich = Some("ab-1".into());
        e.letzte_sicherung.insert("ab-1".into(), tag(20));
        assert_eq!(Einstellungen::lesen(&e.schreiben()).unwrap(), e);
        let alt = r#"{"art":"upo-werkzeugkasten-einstellungen","schema":1,"einstellungen":{}}"#;
        assert_eq!(Einstellungen::lesen(alt).unwrap(), Einstellungen::default());
    }

    #[test]
    fn fehlerhafte_einstellungen() {
        assert!(matches!(
            Einstellungen::lesen("{"),
            Err(Ladefehler::Unvollstaendig)
        ));
        assert!(matches!(
            Einstellungen::lesen("[]"),
            Err(Ladefehler::Ungueltig(_))
        ));
        let falsch = r#"{"art":"x","schema":1,"einstellungen":{}}"#;
        assert!(matches!(
            Einstellungen::lesen(falsch),
            Err(Ladefehler::FalscheArt(_))
        ));
        let neu = r#"{"art":"upo-werkzeugkasten-einstellungen","schema":2,"einstellungen":{}}"#;
        assert!(matches!(
            Einstellungen::lesen(neu),
            Err(Ladefehler::NeuereVersion { .. })
        ));
    }

    #[test]
    fn erinnerung_nach_frist() {
        let mut e = Einstellungen::default();
        // Never backed up: counted from creation.
        assert_eq!(e.erinnerung("a", Some(tag(20)), tag(26)), None);
        assert_eq!(
            e.erinnerung("a", Some(tag(20)), tag(27)),
            Some(Erinnerung::NochNie { tage: 7 })
        );
        e.letzte_sicherung.insert("a".into(), tag(25));
        assert_eq!(e.erinnerung("a", Some(tag(1)), tag(28)), None);
        e.erinnerung_nach_tagen = 3;
        assert_eq!(
            e.erinnerung("a", Some(tag(1)), tag(28)),
            Some(Erinnerung::Veraltet {
                am: tag(25),
                tage: 3
            })
        );
        e.erinnerung_nach_tagen = 0;
        assert_eq!(e.erinnerung("a", Some(tag(1)), tag(28)), None);
    }
}
