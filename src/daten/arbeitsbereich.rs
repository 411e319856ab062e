//! The workspace ("Arbeitsbereich"): all data of one organisational unit or programme.
//!
//! A workspace is plain data: its metadata and, from the first tool on, one field per tool
//! (`#[serde(default)]`, so that a workspace saved before a tool existed still loads). Tools
//! never hold data outside it; that is what makes autosave, undo across tools and backups one
//! mechanism.

use serde::{Deserialize, Serialize};

use crate::shared::datum::Datum;
use crate::tools::budgetmonitor::model::Budgetmonitor;
use crate::tools::multiprojektplan::model::Multiprojektplan;
use crate::tools::stakeholderanalyse::model::Stakeholderanalyse;
use crate::tools::zielstufenplaner::model::Zielstufenplaner;

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
/// Unknown fields are ignored when reading, so that a newer version's data can still be shown
/// read-only. That is safe because every change to this format raises
/// [`SCHEMA`](super::umschlag::SCHEMA) (the fixture test in `umschlag` fails otherwise), and
/// data of a newer schema is never written back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Arbeitsbereich {
    /// Stable identifier; part of the storage key, so only `a-z`, `0-9` and `-`.
    pub id: String,
    /// When it was created (ISO 8601 timestamp from the browser clock).
    pub angelegt_am: String,
    /// Descriptive data.
    pub metadaten: Metadaten,
    /// Data of the Multiprojektplan (schema 2 on).
    #[serde(default)]
    pub multiprojektplan: Multiprojektplan,
    /// Data of the Stakeholderanalyse (left out while empty).
    #[serde(default, skip_serializing_if = "Stakeholderanalyse::ist_leer")]
    pub stakeholderanalyse: Stakeholderanalyse,
    /// Data of the Budgetmonitor (left out while empty).
    #[serde(default, skip_serializing_if = "Budgetmonitor::ist_leer")]
    pub budgetmonitor: Budgetmonitor,
    /// Data of the Zielstufenplaner (left out while empty).
    #[serde(default, skip_serializing_if = "Zielstufenplaner::ist_leer")]
    pub zielstufenplaner: Zielstufenplaner,
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
            multiprojektplan: Multiprojektplan::default(),
            stakeholderanalyse: Stakeholderanalyse::default(),
            budgetmonitor: Budgetmonitor::default(),
            zielstufenplaner: Zielstufenplaner::default(),
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

    /// Record counts per tool for previews ("Multiprojektplan: 12 Projekte, …"); tools without
    /// data are left out. Every tool adds its line here.
    pub fn kennzahlen(&self) -> Vec<(&'static str, String)> {
        [
            ("Multiprojektplan", self.multiprojektplan.kennzahl()),
            ("Stakeholderanalyse", self.stakeholderanalyse.kennzahl()),
            ("Budgetmonitor", self.budgetmonitor.kennzahl()),
            ("Zielstufenplaner", self.zielstufenplaner.kennzahl()),
        ]
        .into_iter()
        .filter_map(|(werkzeug, zahl)| zahl.map(|z| (werkzeug, z)))
        .collect()
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
