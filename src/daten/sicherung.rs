//! Backup files ("Sicherung"): building them, and reading them back with complete validation.
//!
//! ```json
//! { "art": "upo-werkzeugkasten-sicherung", "format": 1, "app_version": "0.1.0",
//!   "erstellt_am": "2026-11-28T14:32:05.123Z", "arbeitsbereiche": [ <envelope>, … ] }
//! ```
//!
//! Each element of `arbeitsbereiche` is a workspace envelope exactly as stored (see
//! [`umschlag`](super::umschlag)), checksum included. [`einlesen`] also accepts a single
//! envelope and the emergency backup the error view offers after a crash
//! ([`notfall`](crate::shared::notfall)), so that every file the app has ever handed out can be
//! restored. It validates everything before anything is imported: a file is taken completely or
//! not at all, and every refusal has its own German message.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::ablage::{bewerte, zerlege, Befund, Slot};
use super::umschlag::{self, json_fehler, Gespeichert, Ladefehler};
use crate::shared::datum::Datum;
use crate::shared::notfall;

/// Value of `art` in a backup file.
pub const ART: &str = "upo-werkzeugkasten-sicherung";

/// Version of the backup file layout.
pub const FORMAT: u32 = 1;

/// Largest file accepted for import (20 MiB); far above what local storage can hold.
pub const MAX_BYTES: u64 = 20 * 1024 * 1024;

#[derive(Serialize)]
struct Datei<'a> {
    art: &'static str,
    format: u32,
    app_version: &'static str,
    erstellt_am: &'a str,
    arbeitsbereiche: &'a [Value],
}

/// Builds a backup file from workspace envelopes (parsed envelope texts).
pub fn erstellen(umschlaege: &[Value], erstellt_am: &str) -> String {
    let datei = Datei {
        art: ART,
        format: FORMAT,
        app_version: crate::APP_VERSION,
        erstellt_am,
        arbeitsbereiche: umschlaege,
    };
    serde_json::to_string_pretty(&datei).unwrap_or_default()
}

/// A file name part from a workspace name: `OZG-Programm Süd` → `ozg-programm-sued`.
pub fn namensteil(bezeichnung: &str) -> String {
    let mut teil = String::new();
    for zeichen in bezeichnung.trim().to_lowercase().chars() {
        let ersatz = match zeichen {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                teil.push(c);
                continue;
            }
            _ => "-",
        };
        if ersatz == "-" && (teil.is_empty() || teil.ends_with('-')) {
            continue;
        }
        teil.push_str(ersatz);
    }
    let mut teil: String = teil.trim_end_matches('-').chars().take(40).collect();
    while teil.ends_with('-') {
        teil.pop();
    }
    if teil.is_empty() {
        "arbeitsbereich".to_owned()
    } else {
        teil
    }
}

/// `upo-sicherung-<arbeitsbereich>-2026-11-28.json`, or `upo-sicherung-alle-…` for all.
pub fn dateiname(bezeichnung: Option<&str>, heute: Datum) -> String {
    let teil = bezeichnung.map_or_else(|| "alle".to_owned(), namensteil);
    format!("upo-sicherung-{teil}-{}.json", heute.iso())
}

/// What kind of file was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Herkunft {
    /// A backup file of this app.
    Sicherung,
    /// The emergency backup from the error view.
    Notfallsicherung,
    /// A single stored workspace envelope.
    Einzelner,
}

/// A completely validated file, ready to import.
#[derive(Clone, Debug, PartialEq)]
pub struct Vorschau {
    /// Kind of file.
    pub herkunft: Herkunft,
    /// When the file was made, if it says.
    pub erstellt_am: Option<String>,
    /// Workspaces in the file, in file order.
    pub arbeitsbereiche: Vec<Gespeichert>,
    /// Entries of an emergency backup that could not be used, with the reason.
    pub hinweise: Vec<String>,
}

/// Why a file cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Importfehler {
    /// Larger than [`MAX_BYTES`].
    ZuGross { bytes: u64 },
    /// Empty file.
    Leer,
    /// Not UTF-8 text.
    KeinText,
    /// A spreadsheet or other zip file.
    Tabelle,
    /// Not JSON.
    KeinJson { zeile: usize, spalte: usize },
    /// JSON cut off before its end.
    Abgeschnitten,
    /// JSON of another kind.
    FalscheArt(Option<String>),
    /// A newer backup layout.
    NeueresFormat { format: u64, app_version: String },
    /// The `format` field is missing or not a positive number.
    FormatFehlt,
    /// A contained workspace is unusable; `nummer` counts from 1.
    Arbeitsbereich { nummer: usize, fehler: Ladefehler },
    /// A contained workspace comes from a newer version.
    NeuereVersion { nummer: usize, app_version: String },
    /// The file lists the same workspace twice.
    Doppelt(String),
    /// Nothing to import.
    KeineArbeitsbereiche,
}

impl fmt::Display for Importfehler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Importfehler::ZuGross { bytes } => write!(
                f,
                "Die Datei ist mit {} zu groß. Sicherungen des Werkzeugkastens sind höchstens {} groß; wahrscheinlich ist es nicht die richtige Datei.",
                crate::shared::format::bytes(*bytes),
                crate::shared::format::bytes(MAX_BYTES)
            ),
            Importfehler::Leer => f.write_str("Die Datei ist leer."),
            Importfehler::KeinText => f.write_str(
                "Die Datei ist keine Textdatei. Eine Sicherung ist eine JSON-Datei mit der Endung „.json“.",
            ),
            Importfehler::Tabelle => f.write_str(
                "Das ist eine Excel- oder ZIP-Datei. Einspielen lassen sich nur Sicherungen („upo-sicherung-….json“); Excel-Exporte sind Berichte, keine Sicherungen.",
            ),
            Importfehler::KeinJson { zeile, spalte } => write!(
                f,
                "Die Datei ist keine gültige Sicherung: Sie enthält kein gültiges JSON (Fehler in Zeile {zeile}, Spalte {spalte})."
            ),
            Importfehler::Abgeschnitten => f.write_str(
                "Die Datei ist unvollständig: Sie bricht vorzeitig ab, etwa weil der Download oder das Kopieren unterbrochen wurde.",
            ),
            Importfehler::FalscheArt(Some(art)) => write!(
                f,
                "Die Datei ist keine Sicherung des UPO-Werkzeugkastens (Art „{art}“)."
            ),
            Importfehler::FalscheArt(None) => f.write_str(
                "Die Datei ist keine Sicherung des UPO-Werkzeugkastens: Die Kennzeichnung „art“ fehlt.",
            ),
            Importfehler::NeueresFormat { format, app_version } => write!(
                f,
                "Die Sicherung wurde mit einer neueren Version des Werkzeugkastens erstellt (Version {app_version}, Dateiformat {format}). Bitte spielen Sie sie dort ein oder aktualisieren Sie diese Version ({}).",
                crate::APP_VERSION
            ),
            Importfehler::FormatFehlt => f.write_str(
                "Die Sicherung ist nicht lesbar: Die Angabe „format“ fehlt oder ist ungültig.",
            ),
            Importfehler::Arbeitsbereich { nummer, fehler } => {
                write!(f, "Arbeitsbereich Nr. {nummer} in der Datei ist nicht verwendbar. {fehler}")
            }
            Importfehler::NeuereVersion { nummer, app_version } => write!(
                f,
                "Arbeitsbereich Nr. {nummer} stammt aus einer neueren Version des Werkzeugkastens ({app_version}). Bitte spielen Sie die Sicherung dort ein oder aktualisieren Sie diese Version ({}).",
                crate::APP_VERSION
            ),
            Importfehler::Doppelt(id) => write!(
                f,
                "Die Datei enthält den Arbeitsbereich „{id}“ zweimal und ist deshalb nicht eindeutig."
            ),
            Importfehler::KeineArbeitsbereiche => {
                f.write_str("Die Datei enthält keinen Arbeitsbereich, der sich einspielen lässt.")
            }
        }
    }
}

/// A workspace of a newer version is refused: importing would write it back in this
/// version's format and lose what this version does not know.
fn nicht_neuer(nummer: usize, g: Gespeichert) -> Result<Gespeichert, Importfehler> {
    if g.nur_lesen() {
        Err(Importfehler::NeuereVersion {
            nummer,
            app_version: g.app_version,
        })
    } else {
        Ok(g)
    }
}

fn arbeitsbereich(nummer: usize, wert: Value) -> Result<Gespeichert, Importfehler> {
    match umschlag::aus_wert(wert) {
        Ok(g) => nicht_neuer(nummer, g),
        Err(Ladefehler::NeuereVersion { app_version, .. }) => Err(Importfehler::NeuereVersion {
            nummer,
            app_version,
        }),
        Err(fehler) => Err(Importfehler::Arbeitsbereich { nummer, fehler }),
    }
}

fn text_feld(wert: &Value, feld: &str) -> Option<String> {
    wert.get(feld).and_then(Value::as_str).map(str::to_owned)
}

/// Reads and validates a file completely. Never panics, whatever the bytes.
pub fn einlesen(bytes: &[u8]) -> Result<Vorschau, Importfehler> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Importfehler::ZuGross {
            bytes: bytes.len() as u64,
        });
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(Importfehler::Tabelle);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Importfehler::KeinText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Importfehler::Leer);
    }
    let wert: Value = serde_json::from_str(text).map_err(|f| match json_fehler(&f) {
        Ladefehler::Unvollstaendig => Importfehler::Abgeschnitten,
        Ladefehler::KeinJson { zeile, spalte } => Importfehler::KeinJson { zeile, spalte },
        _ => Importfehler::KeinJson {
            zeile: f.line(),
            spalte: f.column(),
        },
    })?;
    let art = text_feld(&wert, "art");
    let vorschau = match art.as_deref() {
        Some(ART) => sicherung(wert)?,
        Some(notfall::ART) => notfallsicherung(&wert)?,
        Some(umschlag::ART) => Vorschau {
            herkunft: Herkunft::Einzelner,
            erstellt_am: text_feld(&wert, "gespeichert_am"),
            arbeitsbereiche: vec![arbeitsbereich(1, wert)?],
            hinweise: Vec::new(),
        },
        _ => return Err(Importfehler::FalscheArt(art)),
    };
    let mut ids = BTreeSet::new();
    for g in &vorschau.arbeitsbereiche {
        if !ids.insert(g.arbeitsbereich.id.clone()) {
            return Err(Importfehler::Doppelt(g.arbeitsbereich.id.clone()));
        }
    }
    if vorschau.arbeitsbereiche.is_empty() {
        return Err(Importfehler::KeineArbeitsbereiche);
    }
    Ok(vorschau)
}

fn sicherung(mut wert: Value) -> Result<Vorschau, Importfehler> {
    let app_version = text_feld(&wert, "app_version").unwrap_or_else(|| "unbekannt".into());
    match wert.get("format").and_then(Value::as_u64) {
        Some(format) if format > u64::from(FORMAT) => {
            return Err(Importfehler::NeueresFormat {
                format,
                app_version,
            })
        }
        Some(format) if format >= 1 => {}
        _ => return Err(Importfehler::FormatFehlt),
    }
    let erstellt_am = text_feld(&wert, "erstellt_am");
    let Some(Value::Array(liste)) = wert.get_mut("arbeitsbereiche").map(Value::take) else {
        return Err(Importfehler::KeineArbeitsbereiche);
    };
    let arbeitsbereiche = liste
        .into_iter()
        .enumerate()
        .map(|(i, w)| arbeitsbereich(i + 1, w))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Vorschau {
        herkunft: Herkunft::Sicherung,
        erstellt_am,
        arbeitsbereiche,
        hinweise: Vec::new(),
    })
}

/// The emergency backup holds raw storage entries; each workspace's two slots are judged like
/// at start-up, and the best intact revision is taken.
fn notfallsicherung(wert: &Value) -> Result<Vorschau, Importfehler> {
    let mut slots: BTreeMap<String, [Option<&str>; 2]> = BTreeMap::new();
    let eintraege = wert
        .get("eintraege")
        .and_then(Value::as_array)
        .ok_or(Importfehler::KeineArbeitsbereiche)?;
    for eintrag in eintraege {
        let schluessel = eintrag.get("schluessel").and_then(Value::as_str);
        let inhalt = eintrag.get("inhalt").and_then(Value::as_str);
        if let (Some((id, slot)), Some(inhalt)) = (schluessel.and_then(zerlege), inhalt) {
            let paar = slots.entry(id).or_default();
            paar[usize::from(slot == Slot::B)] = Some(inhalt);
        }
    }
    let mut arbeitsbereiche = Vec::new();
    let mut hinweise = Vec::new();
    for (id, [a, b]) in slots {
        match bewerte(a, b) {
            Befund::Leer => {}
            Befund::Intakt { gespeichert, .. } => arbeitsbereiche.push(*gespeichert),
            Befund::Beschaedigt {
                fehler,
                letzte_intakte,
            } => {
                let grund = fehler
                    .first()
                    .map(|(_, f)| f.to_string())
                    .unwrap_or_default();
                match letzte_intakte {
                    Some((_, g)) => {
                        hinweise.push(format!(
                            "Arbeitsbereich „{id}“: Die neueste Fassung ist beschädigt; eingespielt wird Revision {}. {grund}",
                            g.revision
                        ));
                        arbeitsbereiche.push(*g);
                    }
                    None => {
                        hinweise.push(format!("Arbeitsbereich „{id}“ wird übersprungen. {grund}"))
                    }
                }
            }
        }
    }
    let arbeitsbereiche = arbeitsbereiche
        .into_iter()
        .enumerate()
        .map(|(i, g)| nicht_neuer(i + 1, g))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Vorschau {
        herkunft: Herkunft::Notfallsicherung,
        erstellt_am: text_feld(wert, "erstellt_am"),
        arbeitsbereiche,
        hinweise,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::daten::ablage::schluessel;
    use crate::daten::umschlag::{als_wert, schreiben, tests::beispiel, tests::neuere_fassung};
    use proptest::prelude::*;

    fn umschlag_text(id: &str, revision: u64) -> String {
        let mut ab = beispiel();
        ab.id = id.into();
        schreiben(&als_wert(&ab), revision, "2026-11-28T00:00:00Z")
    }

    fn datei(ids: &[&str]) -> String {
        let umschlaege: Vec<Value> = ids
            .iter()
            .map(|id| serde_json::from_str(&umschlag_text(id, 3)).unwrap())
            .collect();
        erstellen(&umschlaege, "2026-11-28T12:00:00Z")
    }

    #[test]
    fn rundreise() {
        let v = einlesen(datei(&["a", "b"]).as_bytes()).unwrap();
        assert_eq!(v.herkunft, Herkunft::Sicherung);
        assert_eq!(v.erstellt_am.as_deref(), Some("2026-11-28T12:00:00Z"));
        let ids: Vec<&str> = v
            .arbeitsbereiche
            .iter()
            .map(|g| g.arbeitsbereich.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(
            v.arbeitsbereiche[0].arbeitsbereich.metadaten,
            beispiel().metadaten
        );
        // A byte order mark and re-indentation by hand do not matter.
        let umformatiert: Value = serde_json::from_str(&datei(&["a"])).unwrap();
        let text = format!(
            "\u{feff}{}",
            serde_json::to_string_pretty(&umformatiert)
                .unwrap()
                .replace("  ", "\t")
        );
        assert!(einlesen(text.as_bytes()).is_ok());
    }

    #[test]
    fn dateinamen() {
        let heute = Datum::neu(2026, 11, 28).unwrap();
        assert_eq!(
            dateiname(Some("OZG-Programm Süd"), heute),
            "upo-sicherung-ozg-programm-sued-2026-11-28.json"
        );
        assert_eq!(dateiname(None, heute), "upo-sicherung-alle-2026-11-28.json");
        assert_eq!(namensteil(" ** "), "arbeitsbereich");
        assert_eq!(
            namensteil("Straße / Referat DG I 4"),
            "strasse-referat-dg-i-4"
        );
        assert_eq!(namensteil(&"x ".repeat(40)).len(), 39);
    }

    #[test]
    fn jede_fehlerart_hat_ihre_meldung() {
        let gut = datei(&["a"]);
        let faelle: Vec<(Vec<u8>, Importfehler)> = vec![
            (b"".to_vec(), Importfehler::Leer),
            (b"  \n".to_vec(), Importfehler::Leer),
            (vec![0xff, 0xfe, 0x00], Importfehler::KeinText),
            (b"PK\x03\x04rest".to_vec(), Importfehler::Tabelle),
            (b"Projekt;Status\n".to_vec(), Importfehler::KeinJson { zeile: 1, spalte: 1 }),
            (gut.as_bytes()[..gut.len() - 20].to_vec(), Importfehler::Abgeschnitten),
            (br#"{"name":"x"}"#.to_vec(), Importfehler::FalscheArt(None)),
            (br#"{"art":"andere-app"}"#.to_vec(), Importfehler::FalscheArt(Some("andere-app".into()))),
            (
                br#"{"art":"upo-werkzeugkasten-sicherung","format":2,"app_version":"3.0.0","arbeitsbereiche":[]}"#.to_vec(),
                Importfehler::NeueresFormat { format: 2, app_version: "3.0.0".into() },
            ),
            (
                br#"{"art":"upo-werkzeugkasten-sicherung","format":1,"arbeitsbereiche":[]}"#.to_vec(),
                Importfehler::KeineArbeitsbereiche,
            ),
            (
                gut.replace("OZG-Programm", "OZG-Programm 2").into_bytes(),
                Importfehler::Arbeitsbereich { nummer: 1, fehler: Ladefehler::Pruefsumme },
            ),
            (datei(&["a", "a"]).into_bytes(), Importfehler::Doppelt("a".into())),
            (
                br#"{"art":"upo-werkzeugkasten-sicherung","arbeitsbereiche":[]}"#.to_vec(),
                Importfehler::FormatFehlt,
            ),
        ];
        let mut meldungen = BTreeSet::new();
        for (bytes, erwartet) in faelle {
            let fehler = einlesen(&bytes).unwrap_err();
            assert_eq!(fehler, erwartet);
            meldungen.insert(fehler.to_string());
        }
        assert_eq!(meldungen.len(), 12, "jede Fehlerart hat einen eigenen Text");
        assert_eq!(
            einlesen(&vec![b' '; MAX_BYTES as usize + 1]),
            Err(Importfehler::ZuGross {
                bytes: MAX_BYTES + 1
            })
        );
    }

    #[test]
    fn neuere_arbeitsbereiche_werden_abgelehnt() {
        let neuer = neuere_fassung();
        let text = erstellen(std::slice::from_ref(&neuer), "t");
        assert_eq!(
            einlesen(text.as_bytes()),
            Err(Importfehler::NeuereVersion {
                nummer: 1,
                app_version: "9.0.0".into()
            })
        );
        // The same envelope on its own.
        assert!(matches!(
            einlesen(neuer.to_string().as_bytes()),
            Err(Importfehler::NeuereVersion { .. })
        ));
    }

    #[test]
    fn einzelner_umschlag_und_notfallsicherung() {
        let einzeln = einlesen(umschlag_text("a", 2).as_bytes()).unwrap();
        assert_eq!(einzeln.herkunft, Herkunft::Einzelner);

        let r5 = umschlag_text("a", 5);
        let eintraege = vec![
            (schluessel("a", Slot::A), umschlag_text("a", 4)),
            (schluessel("a", Slot::B), r5[..r5.len() / 2].to_owned()),
            (schluessel("b", Slot::A), umschlag_text("b", 9)),
            (schluessel("c", Slot::A), "Müll".to_owned()),
            (
                "upo-werkzeugkasten:einstellungen".to_owned(),
                "{}".to_owned(),
            ),
        ];
        let text = notfall::sicherung_json(&eintraege, "0.1.0", "2026-11-28T00:00:00Z");
        let v = einlesen(text.as_bytes()).unwrap();
        assert_eq!(v.herkunft, Herkunft::Notfallsicherung);
        let revisionen: Vec<(String, u64)> = v
            .arbeitsbereiche
            .iter()
            .map(|g| (g.arbeitsbereich.id.clone(), g.revision))
            .collect();
        assert_eq!(revisionen, [("a".to_owned(), 4), ("b".to_owned(), 9)]);
        assert_eq!(v.hinweise.len(), 2, "{:?}", v.hinweise);
        assert!(v.hinweise[1].contains("„c“ wird übersprungen"));
    }

    proptest! {
        /// Random bytes never panic the parser.
        #[test]
        fn zufaellige_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = einlesen(&bytes);
        }

        /// Mutated backups (bytes replaced, cut off, spliced) never panic, and whatever is
        /// accepted still contains only valid workspaces.
        #[test]
        fn veraenderte_sicherungen(
            schnitte in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
            kuerzen in proptest::option::of(any::<prop::sample::Index>()),
        ) {
            let mut bytes = datei(&["a", "b"]).into_bytes();
            for (stelle, byte) in schnitte {
                let i = stelle.index(bytes.len());
                bytes[i] = byte;
            }
            if let Some(stelle) = kuerzen {
                bytes.truncate(stelle.index(bytes.len()));
            }
            if let Ok(v) = einlesen(&bytes) {
                for g in v.arbeitsbereiche {
                    prop_assert!(g.arbeitsbereich.pruefe().is_ok());
                    prop_assert_eq!(g.arbeitsbereich.metadaten, beispiel().metadaten);
                }
            }
        }
    }
}
