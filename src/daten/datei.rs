//! The workspace as a file ("Arbeitsbereich als Datei"), pure: what the file holds, how it is
//! read back, when the app may write it, and the state of the connection to it.
//!
//! The file is a second target of the same autosave: after the local-storage save the open
//! workspace is written into it in the backup format ([`super::sicherung`]: versioned, with the
//! envelope's checksum), so every such file can also be restored as a backup and vice versa.
//!
//! Rules (the browser side, `app::daten::datei`, only carries them out):
//! - Never write a file whose load failed, and never one of a newer version (read-only).
//! - Never overwrite a file that changed behind the app's back: the app remembers the file's
//!   last-modified time and size after its own read or write ([`Dateistand`]); before each write
//!   it compares ([`vor_dem_schreiben`]). If they differ, the content is compared with what the
//!   app last wrote or read ([`Dateistand::inhalt`]); only if that differs too is it a conflict,
//!   and the app stops writing until the user decides.
//! - A fault of the file (deleted, share unreachable, permission withdrawn, too large) never
//!   stops local storage; the change is written to the file with the next change or a retry.

use serde_json::Value;

use super::sicherung::{self, Importfehler};
use super::umschlag::{self, Gespeichert};

/// Largest file the app reads or writes: the backup limit.
pub const MAX_BYTES: u64 = sicherung::MAX_BYTES;

/// What the app knows of the file after its own last read or write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateistand {
    /// `File.lastModified` in milliseconds since 1970.
    pub geaendert_ms: i64,
    /// Size in bytes.
    pub groesse: u64,
    /// FNV-1a 64 of the bytes the app wrote or read ([`inhaltskennung`]).
    pub inhalt: u64,
}

/// FNV-1a 64 of a file's bytes: compares contents without keeping them.
pub fn inhaltskennung(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Outcome of the check before a write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vorpruefung {
    /// Unchanged since the app's last read or write: write.
    Schreiben,
    /// Time or size differ: compare the content before deciding ([`nach_inhaltsvergleich`]).
    InhaltVergleichen,
}

/// Compares the remembered state with the file's current last-modified time and size.
pub fn vor_dem_schreiben(erwartet: &Dateistand, geaendert_ms: i64, groesse: u64) -> Vorpruefung {
    if erwartet.geaendert_ms == geaendert_ms && erwartet.groesse == groesse {
        Vorpruefung::Schreiben
    } else {
        Vorpruefung::InhaltVergleichen
    }
}

/// After [`Vorpruefung::InhaltVergleichen`]: `true` (write) only if the file still holds exactly
/// what the app last wrote or read (a copy tool touched it); else it is a conflict.
pub fn nach_inhaltsvergleich(erwartet: &Dateistand, bytes: &[u8]) -> bool {
    inhaltskennung(bytes) == erwartet.inhalt
}

/// The file's content for the open workspace: a backup file holding exactly its envelope.
pub fn inhalt(daten_text: &str, revision: u64, jetzt: &str) -> String {
    let text = umschlag::schreiben_text(daten_text, revision, jetzt);
    let umschlag: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    sicherung::erstellen(std::slice::from_ref(&umschlag), jetzt)
}

/// A file read completely and validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Gelesen {
    /// The workspace in the file.
    pub gespeichert: Gespeichert,
    /// Written by a newer version: open read-only, never write the file.
    pub nur_lesen: bool,
}

/// Why a file cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lesefehler {
    /// Not a usable workspace file (with the backup import's German reason).
    Unbrauchbar(Importfehler),
    /// A backup of several workspaces: it belongs to "Sicherung einspielen".
    Mehrere(usize),
}

impl std::fmt::Display for Lesefehler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Lesefehler::Unbrauchbar(fehler) => fehler.fmt(f),
            Lesefehler::Mehrere(anzahl) => write!(
                f,
                "Die Datei enthält {anzahl} Arbeitsbereiche. Als Datei verbinden lässt sich nur eine Datei mit genau einem Arbeitsbereich; spielen Sie diese Sicherung unter „Sicherung“ ein."
            ),
        }
    }
}

/// The size check before reading: a file above [`MAX_BYTES`] is never loaded into memory.
pub fn groesse_pruefen(bytes: u64) -> Result<(), Lesefehler> {
    if bytes > MAX_BYTES {
        Err(Lesefehler::Unbrauchbar(Importfehler::ZuGross { bytes }))
    } else {
        Ok(())
    }
}

/// Reads a workspace file: completely validated like a backup, exactly one workspace. A
/// workspace of a newer version that this version can still display is opened read-only.
pub fn lesen(bytes: &[u8]) -> Result<Gelesen, Lesefehler> {
    match sicherung::einlesen(bytes) {
        Ok(mut vorschau) => match vorschau.arbeitsbereiche.len() {
            1 => Ok(Gelesen {
                gespeichert: vorschau.arbeitsbereiche.remove(0),
                nur_lesen: false,
            }),
            anzahl => Err(Lesefehler::Mehrere(anzahl)),
        },
        Err(fehler @ Importfehler::NeuereVersion { .. }) => {
            neuere_version(bytes).ok_or(Lesefehler::Unbrauchbar(fehler))
        }
        Err(fehler) => Err(Lesefehler::Unbrauchbar(fehler)),
    }
}

/// A file whose workspace comes from a newer version, if this version can display it.
fn neuere_version(bytes: &[u8]) -> Option<Gelesen> {
    let text = std::str::from_utf8(bytes).ok()?;
    let mut wert: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()?;
    let umschlag = match wert.get_mut("arbeitsbereiche") {
        Some(Value::Array(liste)) if liste.len() == 1 => liste.remove(0),
        Some(_) => return None,
        None => wert,
    };
    let gespeichert = umschlag::aus_wert(umschlag).ok()?;
    gespeichert.nur_lesen().then_some(Gelesen {
        gespeichert,
        nur_lesen: true,
    })
}

/// Why writing the file failed, as the browser reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dateifehler {
    /// The file is gone (deleted, moved) — `NotFoundError`.
    Fehlt,
    /// The file or its drive cannot be reached (network share down, file locked).
    Unerreichbar(String),
    /// The permission to write was withdrawn or refused — `NotAllowedError`.
    KeinZugriff,
    /// The content would exceed [`MAX_BYTES`].
    ZuGross { bytes: u64 },
    /// The file changed behind the app's back.
    Fremdaenderung,
}

/// State of the connection between the open workspace and a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verbindung {
    /// No file.
    Keine,
    /// A file remembered from an earlier visit; the browser wants a click before access.
    ZugriffErlauben { name: String },
    /// Connected, and the file holds the current state (`gespeichert_am`: the last write,
    /// `None` right after opening).
    Aktuell {
        name: String,
        gespeichert_am: Option<String>,
    },
    /// Connected; a change waits to be written.
    Ausstehend { name: String },
    /// Not written because of a fault; local storage keeps working. Retried with the next
    /// change or by the user.
    Gestoert { name: String, fehler: Dateifehler },
    /// The file changed behind the app's back: nothing is written until the user decides.
    Konflikt { name: String },
    /// A file of a newer version: shown, never written.
    NurLesen { name: String, app_version: String },
    /// Without the File System Access API: the file was downloaded (or opened by upload);
    /// `veraendert` once the workspace changed since then.
    Heruntergeladen { name: String, veraendert: bool },
}

impl Verbindung {
    /// The file's name, if there is a file.
    pub fn name(&self) -> Option<&str> {
        match self {
            Verbindung::Keine => None,
            Verbindung::ZugriffErlauben { name }
            | Verbindung::Aktuell { name, .. }
            | Verbindung::Ausstehend { name }
            | Verbindung::Gestoert { name, .. }
            | Verbindung::Konflikt { name }
            | Verbindung::NurLesen { name, .. }
            | Verbindung::Heruntergeladen { name, .. } => Some(name),
        }
    }

    /// After a change of the workspace. A fault is retried with the next change (a share that
    /// was down may be back); a conflict, a read-only file and a missing permission stay until
    /// the user acts.
    pub fn nach_aenderung(self) -> Verbindung {
        match self {
            Verbindung::Aktuell { name, .. } => Verbindung::Ausstehend { name },
            Verbindung::Gestoert {
                name,
                fehler:
                    Dateifehler::Fehlt | Dateifehler::Unerreichbar(_) | Dateifehler::ZuGross { .. },
            } => Verbindung::Ausstehend { name },
            Verbindung::Heruntergeladen { name, .. } => Verbindung::Heruntergeladen {
                name,
                veraendert: true,
            },
            andere => andere,
        }
    }

    /// Whether the app may write the file now.
    pub fn darf_schreiben(&self) -> bool {
        matches!(self, Verbindung::Ausstehend { .. })
    }

    /// After the write finished.
    pub fn geschrieben(self, gespeichert_am: String) -> Verbindung {
        match self {
            Verbindung::Ausstehend { name } => Verbindung::Aktuell {
                name,
                gespeichert_am: Some(gespeichert_am),
            },
            andere => andere,
        }
    }

    /// After a failed write.
    pub fn fehlgeschlagen(self, fehler: Dateifehler) -> Verbindung {
        let Some(name) = self.name().map(str::to_owned) else {
            return self;
        };
        match fehler {
            Dateifehler::Fremdaenderung => Verbindung::Konflikt { name },
            fehler => Verbindung::Gestoert { name, fehler },
        }
    }

    /// The short text in the header, after the local save state.
    pub fn kurztext(&self) -> Option<String> {
        Some(match self {
            Verbindung::Keine => return None,
            Verbindung::ZugriffErlauben { name } => {
                format!("Datei „{name}“: Zugriff noch nicht erlaubt")
            }
            Verbindung::Aktuell { name, .. } => format!("gespeichert in Datei „{name}“"),
            Verbindung::Ausstehend { name } => format!("wird in Datei „{name}“ gespeichert …"),
            Verbindung::Gestoert { name, .. } | Verbindung::Konflikt { name } => {
                format!("nicht in Datei „{name}“ gespeichert")
            }
            Verbindung::NurLesen { name, .. } => format!("Datei „{name}“ schreibgeschützt"),
            Verbindung::Heruntergeladen {
                name,
                veraendert: false,
            } => format!("entspricht der Datei „{name}“"),
            Verbindung::Heruntergeladen {
                name,
                veraendert: true,
            } => format!("Änderungen seit dem letzten Herunterladen von „{name}“"),
        })
    }
}

impl Dateifehler {
    /// The German explanation of a fault, saying what still works and what to do.
    pub fn text(&self, name: &str) -> String {
        match self {
            Dateifehler::Fehlt => format!(
                "Die Datei „{name}“ ist nicht mehr da: Sie wurde gelöscht, verschoben oder umbenannt. Ihre Änderungen sind weiter in diesem Browser gespeichert. Speichern Sie den Arbeitsbereich mit „Als Kopie speichern …“ in eine neue Datei, oder stellen Sie die Datei wieder her und versuchen Sie es erneut."
            ),
            Dateifehler::Unerreichbar(grund) => format!(
                "Die Datei „{name}“ ist gerade nicht erreichbar (etwa weil das Netzlaufwerk nicht verbunden ist). Der Browser meldet: {grund} Ihre Änderungen sind weiter in diesem Browser gespeichert; der Werkzeugkasten versucht es bei der nächsten Änderung erneut."
            ),
            Dateifehler::KeinZugriff => format!(
                "Der Browser erlaubt nicht mehr, in die Datei „{name}“ zu schreiben (die Berechtigung wurde zurückgenommen). Ihre Änderungen sind weiter in diesem Browser gespeichert. Erlauben Sie den Zugriff erneut, dann wird die Datei auf den neuesten Stand gebracht."
            ),
            Dateifehler::ZuGross { bytes } => format!(
                "„{name}“ wäre mit {} zu groß: Dateien des Werkzeugkastens sind höchstens {} groß. Was in diesem Browser gespeichert ist, bleibt erhalten. Löschen Sie nicht mehr benötigte Einträge, dann wird die Datei wieder geschrieben.",
                crate::shared::format::bytes(*bytes),
                crate::shared::format::bytes(MAX_BYTES)
            ),
            Dateifehler::Fremdaenderung => format!(
                "Die Datei „{name}“ wurde geändert, seit der Werkzeugkasten sie zuletzt geöffnet oder gespeichert hat – von jemand anderem oder in einem anderen Fenster. Damit nichts verloren geht, wird sie nicht überschrieben. Ihre Änderungen sind weiter in diesem Browser gespeichert."
            ),
        }
    }
}

/// A file name suggested for a workspace: `ozg-programm-sued.upo.json`.
pub fn dateiname(bezeichnung: &str) -> String {
    format!("{}.upo.json", sicherung::namensteil(bezeichnung))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::daten::umschlag::{als_text, als_wert, tests::beispiel, tests::neuere_fassung};

    fn stand(bytes: &[u8]) -> Dateistand {
        Dateistand {
            geaendert_ms: 1_000,
            groesse: bytes.len() as u64,
            inhalt: inhaltskennung(bytes),
        }
    }

    /// The file is a backup file: the backup import reads it, and it reads back exactly the
    /// workspace that was written.
    #[test]
    fn inhalt_ist_eine_sicherung_mit_genau_diesem_arbeitsbereich() {
        let text = inhalt(&als_text(&beispiel()), 7, "2026-12-03T10:00:00.000Z");
        let vorschau = sicherung::einlesen(text.as_bytes()).expect("als Sicherung lesbar");
        assert_eq!(vorschau.arbeitsbereiche.len(), 1);
        let gelesen = lesen(text.as_bytes()).expect("als Datei lesbar");
        assert!(!gelesen.nur_lesen);
        assert_eq!(gelesen.gespeichert.revision, 7);
        assert_eq!(gelesen.gespeichert.arbeitsbereich, beispiel());
    }

    /// Never overwrite a file that changed behind the app's back; a mere touch (same content)
    /// is no conflict.
    #[test]
    fn fremde_aenderung_wird_erkannt_und_beruehren_nicht() {
        let geschrieben = b"{\"a\":1}";
        let erwartet = stand(geschrieben);
        assert_eq!(
            vor_dem_schreiben(&erwartet, 1_000, geschrieben.len() as u64),
            Vorpruefung::Schreiben
        );
        // Same size, other time: compare the content.
        assert_eq!(
            vor_dem_schreiben(&erwartet, 2_000, geschrieben.len() as u64),
            Vorpruefung::InhaltVergleichen
        );
        assert!(nach_inhaltsvergleich(&erwartet, geschrieben));
        assert!(!nach_inhaltsvergleich(&erwartet, b"{\"a\":2}"));
        // Same time, other size (a fast edit within the clock's resolution).
        assert_eq!(
            vor_dem_schreiben(&erwartet, 1_000, 99),
            Vorpruefung::InhaltVergleichen
        );
    }

    /// Every kind of unusable file is refused with the backup import's message; a backup of
    /// several workspaces is refused with its own.
    #[test]
    fn unbrauchbare_dateien_werden_abgelehnt() {
        assert!(matches!(
            lesen(b"kein json"),
            Err(Lesefehler::Unbrauchbar(Importfehler::KeinJson { .. }))
        ));
        let wert = als_wert(&beispiel());
        let umschlag: Value = serde_json::from_str(&umschlag::schreiben(&wert, 1, "t")).unwrap();
        let mut zweiter = beispiel();
        zweiter.id = "zwei".into();
        let umschlag2: Value =
            serde_json::from_str(&umschlag::schreiben(&als_wert(&zweiter), 1, "t")).unwrap();
        let zwei = sicherung::erstellen(&[umschlag, umschlag2], "t");
        let fehler = lesen(zwei.as_bytes()).unwrap_err();
        assert_eq!(fehler, Lesefehler::Mehrere(2));
        assert!(fehler.to_string().contains("2 Arbeitsbereiche"));
    }

    /// File too large: refused before reading, and the message names the limit.
    #[test]
    fn zu_grosse_datei_nennt_die_grenze() {
        assert!(groesse_pruefen(MAX_BYTES).is_ok());
        let grenze = format!("höchstens {}", crate::shared::format::bytes(MAX_BYTES));
        let fehler = groesse_pruefen(MAX_BYTES + 1).unwrap_err();
        assert!(fehler.to_string().contains(&grenze), "{fehler}");
        let text = Dateifehler::ZuGross {
            bytes: MAX_BYTES + 1,
        }
        .text("a.json");
        assert!(text.contains(&grenze), "{text}");
    }

    /// A file of a newer version that this version can display opens read-only.
    #[test]
    fn neuere_version_nur_lesend() {
        let neuer = neuere_fassung();
        let text = sicherung::erstellen(std::slice::from_ref(&neuer), "t");
        let gelesen = lesen(text.as_bytes()).expect("lesbar");
        assert!(gelesen.nur_lesen);
        assert_eq!(gelesen.gespeichert.app_version, "9.0.0");
        // A damaged newer file stays refused.
        let kaputt = text.replace("OZG-Programm", "OZG-Programm X");
        assert!(lesen(kaputt.as_bytes()).is_err());
    }

    /// The connection's state machine: a change makes the file pending; the write makes it
    /// current; faults keep the name, are retried with the next change, and a conflict, a
    /// read-only file or a missing permission stay until the user acts.
    #[test]
    fn zustaende_der_verbindung() {
        let name = || "plan.upo.json".to_owned();
        let aktuell = Verbindung::Aktuell {
            name: name(),
            gespeichert_am: None,
        };
        let ausstehend = aktuell.clone().nach_aenderung();
        assert_eq!(ausstehend, Verbindung::Ausstehend { name: name() });
        assert!(ausstehend.darf_schreiben());
        assert!(!aktuell.darf_schreiben());
        assert_eq!(
            ausstehend.clone().geschrieben("t".into()),
            Verbindung::Aktuell {
                name: name(),
                gespeichert_am: Some("t".into())
            }
        );
        let konflikt = ausstehend
            .clone()
            .fehlgeschlagen(Dateifehler::Fremdaenderung);
        assert_eq!(konflikt, Verbindung::Konflikt { name: name() });
        assert_eq!(konflikt.clone().nach_aenderung(), konflikt);
        assert!(!konflikt.darf_schreiben());

        for (fehler, erneut) in [
            (Dateifehler::Fehlt, true),
            (Dateifehler::Unerreichbar("Netz".into()), true),
            (Dateifehler::ZuGross { bytes: 1 }, true),
            (Dateifehler::KeinZugriff, false),
        ] {
            let gestoert = ausstehend.clone().fehlgeschlagen(fehler.clone());
            assert_eq!(gestoert.name(), Some("plan.upo.json"));
            assert!(!gestoert.darf_schreiben());
            assert_eq!(
                gestoert.clone().nach_aenderung().darf_schreiben(),
                erneut,
                "{fehler:?}"
            );
        }
        let nur_lesen = Verbindung::NurLesen {
            name: name(),
            app_version: "9.0.0".into(),
        };
        assert_eq!(nur_lesen.clone().nach_aenderung(), nur_lesen);
        assert_eq!(Verbindung::Keine.nach_aenderung(), Verbindung::Keine);
        assert_eq!(
            Verbindung::Keine.fehlgeschlagen(Dateifehler::Fehlt),
            Verbindung::Keine
        );

        // Without the File System Access API: the reminder after a change.
        let geladen = Verbindung::Heruntergeladen {
            name: name(),
            veraendert: false,
        };
        let erinnerung = geladen.nach_aenderung();
        assert!(!erinnerung.darf_schreiben());
        assert!(erinnerung
            .kurztext()
            .unwrap()
            .starts_with("Änderungen seit dem letzten Herunterladen"));
    }

    /// Each fault has its own German message naming the file.
    #[test]
    fn jeder_fehler_hat_seine_meldung() {
        let fehler = [
            Dateifehler::Fehlt,
            Dateifehler::Unerreichbar("x".into()),
            Dateifehler::KeinZugriff,
            Dateifehler::ZuGross { bytes: 1 },
            Dateifehler::Fremdaenderung,
        ];
        let texte: std::collections::BTreeSet<String> =
            fehler.iter().map(|f| f.text("plan.upo.json")).collect();
        assert_eq!(texte.len(), fehler.len());
        assert!(texte.iter().all(|t| t.contains("„plan.upo.json“")));
        assert_eq!(dateiname("OZG-Programm Süd"), "ozg-programm-sued.upo.json");
    }
}
