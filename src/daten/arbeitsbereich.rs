//! The workspace ("Arbeitsbereich"): all data of one organisational unit or programme.
//!
//! A workspace is plain data: its metadata and one section per tool
//! ([`crate::tools::Werkzeugdaten`], declared by the tool registry). Tools never hold data
//! outside it; that is what makes autosave, undo across tools and backups one mechanism.
//!
//! Stored form: one JSON object with `id`, `angelegt_am`, `metadaten` and one top-level entry
//! per tool that holds data, named by the tool's slug. A tool without data has no entry, and a
//! missing entry reads as empty, so adding a tool needs no migration. Entries no tool of this
//! version knows are kept and written back unchanged (schema 4 on).

use std::fmt;

use serde::de::{self, DeserializeOwned, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::shared::datum::Datum;
use crate::tools::Werkzeugdaten;

/// The data a tool keeps in the workspace: plain data with a default ("nothing entered yet").
/// While [`ist_leer`](Werkzeugteil::ist_leer), the tool's section is left out of the stored
/// form, so a workspace pays nothing for tools it does not use.
pub trait Werkzeugteil:
    Default + Clone + fmt::Debug + PartialEq + Serialize + DeserializeOwned
{
    /// Whether nothing was entered (the section is then not stored): the default value.
    fn ist_leer(&self) -> bool {
        *self == Self::default()
    }
}

/// Longest text accepted in a metadata field.
pub const MAX_TEXTLAENGE: usize = 200;

/// Descriptive data of a workspace, shown in the header, the export's info sheet and backups.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Metadaten {
    /// Name, e.g. "OZG-Programm BMI"; never empty.
    pub bezeichnung: String,
    /// Agency, e.g. "Bundesverwaltungsamt".
    pub behoerde: String,
    /// Ministry portfolio, e.g. "BMI".
    pub ressort: String,
    /// Person or unit responsible for the content.
    pub verantwortlich: String,
    /// Date the content reflects ("Stand").
    pub stand: Option<Datum>,
    /// Protective marking printed on every export, e.g. "VS – NUR FÜR DEN DIENSTGEBRAUCH".
    /// Purely a label: the app does not enforce classification rules.
    pub einstufung: String,
}

/// One workspace.
///
/// Top-level entries no tool of this version knows are kept in
/// [`Werkzeugdaten::unbekannt`] and written back, so an older app carries a newer tool's data
/// through a save. A change to the format of existing data raises
/// [`SCHEMA`](super::umschlag::SCHEMA) (the fixture test in `umschlag` fails otherwise); data
/// of a newer schema is shown read-only and never written back.
#[derive(Clone, Debug, PartialEq)]
pub struct Arbeitsbereich {
    /// Stable identifier; part of the storage key, so only `a-z`, `0-9` and `-`.
    pub id: String,
    /// When it was created (ISO 8601 timestamp from the browser clock).
    pub angelegt_am: String,
    /// Descriptive data.
    pub metadaten: Metadaten,
    /// The tools' data, one section per registered tool.
    pub werkzeuge: Werkzeugdaten,
}

impl Serialize for Arbeitsbereich {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut karte = serializer.serialize_map(None)?;
        karte.serialize_entry("id", &self.id)?;
        karte.serialize_entry("angelegt_am", &self.angelegt_am)?;
        karte.serialize_entry("metadaten", &self.metadaten)?;
        self.werkzeuge.schreiben(&mut karte)?;
        karte.end()
    }
}

impl<'de> Deserialize<'de> for Arbeitsbereich {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(Leser)
    }
}

/// Reads the stored object entry by entry: the three fixed entries, then each tool's section
/// straight into its type (no intermediate copy of a large workspace).
struct Leser;

impl<'de> Visitor<'de> for Leser {
    type Value = Arbeitsbereich;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("einen Arbeitsbereich (JSON-Objekt)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut karte: A) -> Result<Arbeitsbereich, A::Error> {
        let mut id = None;
        let mut angelegt_am = None;
        let mut metadaten = None;
        let mut werkzeuge = Werkzeugdaten::default();
        while let Some(schluessel) = karte.next_key::<String>()? {
            match schluessel.as_str() {
                "id" => id = Some(karte.next_value()?),
                "angelegt_am" => angelegt_am = Some(karte.next_value()?),
                "metadaten" => metadaten = Some(karte.next_value()?),
                _ => werkzeuge.lesen(schluessel, &mut karte)?,
            }
        }
        Ok(Arbeitsbereich {
            id: id.ok_or_else(|| de::Error::missing_field("id"))?,
            angelegt_am: angelegt_am.ok_or_else(|| de::Error::missing_field("angelegt_am"))?,
            metadaten: metadaten.ok_or_else(|| de::Error::missing_field("metadaten"))?,
            werkzeuge,
        })
    }
}

/// Whether `id` can be used as a workspace identifier (and thus inside a storage key).
pub fn ist_gueltige_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Arbeitsbereich {
    /// A new, empty workspace.
    pub fn neu(id: &str, bezeichnung: &str, angelegt_am: &str) -> Arbeitsbereich {
        Arbeitsbereich {
            id: id.to_owned(),
            angelegt_am: angelegt_am.to_owned(),
            metadaten: Metadaten {
                bezeichnung: bezeichnung.trim().to_owned(),
                ..Metadaten::default()
            },
            werkzeuge: Werkzeugdaten::default(),
        }
    }

    /// A copy with a new identity: same content, new `id`, "(Kopie)" appended to the name.
    pub fn duplikat(&self, id: &str, angelegt_am: &str) -> Arbeitsbereich {
        let mut kopie = self.clone();
        kopie.id = id.to_owned();
        kopie.angelegt_am = angelegt_am.to_owned();
        kopie.metadaten.bezeichnung = format!("{} (Kopie)", self.metadaten.bezeichnung);
        kopie
    }

    /// Checks the rules serde cannot express. Returns German messages, one per problem.
    pub fn pruefe(&self) -> Result<(), Vec<String>> {
        let mut fehler = Vec::new();
        if !ist_gueltige_id(&self.id) {
            fehler.push(format!("Die Kennung „{}“ ist ungültig.", self.id));
        }
        if self.metadaten.bezeichnung.trim().is_empty() {
            fehler.push("Die Bezeichnung fehlt.".to_owned());
        }
        fehler.extend(pruefe_metadaten(&self.metadaten));
        if fehler.is_empty() {
            Ok(())
        } else {
            Err(fehler)
        }
    }
}

/// Length checks for the metadata form; German messages naming the field.
pub fn pruefe_metadaten(metadaten: &Metadaten) -> Vec<String> {
    [
        ("Bezeichnung", &metadaten.bezeichnung),
        ("Behörde", &metadaten.behoerde),
        ("Ressort", &metadaten.ressort),
        ("Verantwortlich", &metadaten.verantwortlich),
        ("Einstufung", &metadaten.einstufung),
    ]
    .into_iter()
    .filter(|(_, text)| text.chars().count() > MAX_TEXTLAENGE)
    .map(|(feld, _)| format!("{feld}: höchstens {MAX_TEXTLAENGE} Zeichen."))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kennungen() {
        assert!(ist_gueltige_id("ab-3f9k2"));
        assert!(!ist_gueltige_id(""));
        assert!(!ist_gueltige_id("Ab"));
        assert!(!ist_gueltige_id("a:b"));
        assert!(!ist_gueltige_id(&"a".repeat(65)));
    }

    #[test]
    fn duplikat_hat_neue_identitaet_und_gleichen_inhalt() {
        let mut ab = Arbeitsbereich::neu("a1", " OZG-Programm ", "2026-11-28T10:00:00Z");
        ab.metadaten.behoerde = "BVA".into();
        assert_eq!(ab.metadaten.bezeichnung, "OZG-Programm");
        let kopie = ab.duplikat("a2", "2026-11-29T10:00:00Z");
        assert_eq!(kopie.id, "a2");
        assert_eq!(kopie.metadaten.bezeichnung, "OZG-Programm (Kopie)");
        assert_eq!(kopie.metadaten.behoerde, "BVA");
        assert_eq!(kopie.angelegt_am, "2026-11-29T10:00:00Z");
    }

    /// An entry no tool of this version knows survives reading and writing unchanged; empty
    /// tool sections are not written; a missing fixed entry is an error.
    #[test]
    fn unbekannte_abschnitte_bleiben_erhalten() {
        let text = r#"{"id":"a1","angelegt_am":"t","metadaten":{"bezeichnung":"B"},
            "kuenftiges_werkzeug":{"eintraege":[1,{"x":"ä"}]},"anderes":3}"#;
        let ab: Arbeitsbereich = serde_json::from_str(text).unwrap();
        assert_eq!(ab.werkzeuge.unbekannt.len(), 2);
        let wieder = serde_json::to_value(&ab).unwrap();
        assert_eq!(
            wieder["kuenftiges_werkzeug"],
            serde_json::json!({"eintraege":[1,{"x":"ä"}]})
        );
        assert_eq!(wieder["anderes"], 3);
        let leer = serde_json::to_value(Arbeitsbereich::neu("a", "B", "t")).unwrap();
        assert_eq!(
            leer.as_object().unwrap().keys().collect::<Vec<_>>(),
            vec!["angelegt_am", "id", "metadaten"]
        );
        assert!(serde_json::from_str::<Arbeitsbereich>(r#"{"id":"a","metadaten":{}}"#).is_err());
        assert!(serde_json::from_str::<Arbeitsbereich>("[1]").is_err());
    }

    #[test]
    fn pruefung_nennt_jedes_problem() {
        let mut ab = Arbeitsbereich::neu("A:1", "  ", "x");
        ab.metadaten.ressort = "x".repeat(MAX_TEXTLAENGE + 1);
        let fehler = ab.pruefe().unwrap_err();
        assert_eq!(fehler.len(), 3, "{fehler:?}");
        assert!(fehler[2].starts_with("Ressort"));
        assert!(Arbeitsbereich::neu("a", "B", "x").pruefe().is_ok());
    }
}
