//! The workspace as a file: the file is a second target of the autosave. After each
//! local-storage save the open workspace is written into the connected file (backup format),
//! following the rules of [`crate::daten::datei`]: nothing is written over a file that changed
//! behind the app's back, a file of a newer version is never written, and a fault of the file
//! never stops local storage.
//!
//! Without the File System Access API (Firefox, `file://`) the same format is opened by upload
//! and saved by download, with a reminder after changes.

use leptos::prelude::*;

use super::{lies_befund, schreibe_neu, schreibfehler_text, Daten, Speicherstatus};
use crate::app::dateizugriff::{self, Berechtigung, Dateihandle};
use crate::app::{browser, speicher};
use crate::daten::ablage::{self, Befund, Slot};
use crate::daten::datei::{self, Dateifehler, Dateistand, Verbindung, Vorpruefung};
use crate::daten::umschlag;

/// What the data layer keeps about the connected file.
#[derive(Default)]
pub(super) struct Dateiintern {
    /// The chosen file (File System Access API).
    handle: Option<Dateihandle>,
    /// Time, size and content identifier after the last own read or write.
    stand: Option<Dateistand>,
    /// Checksum of the workspace data the file holds; equal data is not written again.
    pruefsumme: Option<String>,
    /// A write is running.
    schreibt: bool,
    /// A change came in while writing: write once more afterwards.
    nochmal: bool,
}

impl Daten {
    /// The connection to a file (tracked).
    pub fn datei(&self) -> ReadSignal<Verbindung> {
        self.datei.read_only()
    }

    /// Whether this browser can write a file of the user's choice.
    pub fn dateizugriff_verfuegbar(&self) -> bool {
        dateizugriff::verfuegbar()
    }

    fn verbindung(&self, neu: Verbindung) {
        if self.datei.with_untracked(|v| *v != neu) {
            self.datei.set(neu);
        }
    }

    /// After a change: the file becomes pending (or a download reminder appears).
    pub(super) fn datei_nach_aenderung(&self) {
        let neu = self.datei.get_untracked().nach_aenderung();
        self.verbindung(neu);
    }

    /// Another workspace was opened: the connection belongs to the previous one. The file
    /// remembered for the new one is looked up.
    pub(super) fn datei_zuruecksetzen(&self, neue_id: Option<String>) {
        self.intern
            .update_value(|i| i.datei = Dateiintern::default());
        self.verbindung(Verbindung::Keine);
        let Some(id) = neue_id else { return };
        if !dateizugriff::verfuegbar() {
            return;
        }
        let daten = *self;
        leptos::task::spawn_local(async move {
            let Some(handle) = dateizugriff::gemerkt(&id).await else {
                return;
            };
            // Only if nothing else was connected meanwhile and the workspace is still open.
            if daten.offene_id().as_deref() != Some(id.as_str())
                || daten.datei.with_untracked(|v| *v != Verbindung::Keine)
            {
                return;
            }
            let name = handle.name();
            daten
                .intern
                .update_value(|i| i.datei.handle = Some(handle.clone()));
            match dateizugriff::berechtigung(&handle, false).await {
                Berechtigung::Erteilt => daten.datei_wiederverbinden().await,
                _ => daten.verbindung(Verbindung::ZugriffErlauben { name }),
            }
        });
    }

    /// Writes the file if a change waits for it (after the local save). Runs in the
    /// background; a change during the write is written afterwards.
    pub(super) fn datei_schreiben(&self) {
        if !self.datei.with_untracked(Verbindung::darf_schreiben) {
            return;
        }
        let laeuft = self.intern.try_update_value(|i| {
            if i.datei.schreibt {
                i.datei.nochmal = true;
            }
            std::mem::replace(&mut i.datei.schreibt, true)
        });
        if laeuft != Some(false) {
            return;
        }
        let daten = *self;
        leptos::task::spawn_local(async move {
            loop {
                let ergebnis = daten.datei_einmal_schreiben().await;
                let nochmal = daten
                    .intern
                    .try_update_value(|i| std::mem::take(&mut i.datei.nochmal))
                    .unwrap_or(false);
                let aktuell = daten.datei.get_untracked();
                match ergebnis {
                    Ok(()) if nochmal && aktuell.darf_schreiben() => continue,
                    Ok(()) => daten.verbindung(aktuell.geschrieben(browser::jetzt_iso())),
                    Err(fehler) => daten.verbindung(aktuell.fehlgeschlagen(fehler)),
                }
                break;
            }
            daten.intern.update_value(|i| i.datei.schreibt = false);
        });
    }

    /// One write: permission, the check for changes behind the app's back, the size limit,
    /// then the content replaces the file's.
    async fn datei_einmal_schreiben(&self) -> Result<(), Dateifehler> {
        let Some((handle, stand)) = self
            .intern
            .with_value(|i| i.datei.handle.clone().map(|h| (h, i.datei.stand.clone())))
        else {
            return Err(Dateifehler::Fehlt);
        };
        let (pruefsumme, gleich) = self.intern.with_value(|i| {
            let summe = umschlag::pruefsumme_des_textes(&i.text);
            let gleich = i.datei.pruefsumme.as_deref() == Some(summe.as_str());
            (summe, gleich)
        });
        if gleich {
            return Ok(());
        }
        if dateizugriff::berechtigung(&handle, false).await != Berechtigung::Erteilt {
            return Err(Dateifehler::KeinZugriff);
        }
        let jetzt = dateizugriff::datei(&handle).await?;
        if let Some(stand) = &stand {
            let vorpruefung =
                datei::vor_dem_schreiben(stand, jetzt.last_modified() as i64, jetzt.size() as u64);
            if vorpruefung == Vorpruefung::InhaltVergleichen {
                let bytes = browser::datei_lesen(&jetzt)
                    .await
                    .map_err(Dateifehler::Unerreichbar)?;
                if !datei::nach_inhaltsvergleich(stand, &bytes) {
                    return Err(Dateifehler::Fremdaenderung);
                }
            }
        }
        self.datei_inhalt_schreiben(&handle, pruefsumme).await
    }

    /// Writes the open workspace into `handle` without any check (the user chose the file)
    /// and remembers its new state.
    async fn datei_inhalt_schreiben(
        &self,
        handle: &Dateihandle,
        pruefsumme: String,
    ) -> Result<(), Dateifehler> {
        let text = self
            .intern
            .with_value(|i| datei::inhalt(&i.text, i.basis.unwrap_or(0), &browser::jetzt_iso()));
        let bytes = text.len() as u64;
        if bytes > datei::MAX_BYTES {
            return Err(Dateifehler::ZuGross { bytes });
        }
        dateizugriff::schreiben(handle, &text).await?;
        let neu = dateizugriff::datei(handle).await?;
        let stand = Dateistand {
            geaendert_ms: neu.last_modified() as i64,
            groesse: neu.size() as u64,
            inhalt: datei::inhaltskennung(text.as_bytes()),
        };
        self.intern.update_value(|i| {
            i.datei.stand = Some(stand);
            i.datei.pruefsumme = Some(pruefsumme);
        });
        Ok(())
    }

    // ----- the user's actions ---------------------------------------------------------------

    /// "In Datei speichern …" and "Als Kopie speichern …": the user chooses a file, the open
    /// workspace is written into it, and from now on every change is saved there too.
    /// `Ok(None)`: cancelled.
    pub async fn datei_speichern_unter(&self, kopie: bool) -> Result<Option<String>, String> {
        let vorschlag = self
            .lies_ungetrackt(|ab| ab.map(|ab| ab.metadaten.bezeichnung.clone()))
            .unwrap_or_default();
        let vorschlag = if kopie {
            format!("{vorschlag} Kopie")
        } else {
            vorschlag
        };
        let Some(handle) = dateizugriff::speichern_waehlen(&datei::dateiname(&vorschlag)).await?
        else {
            return Ok(None);
        };
        let name = handle.name();
        let pruefsumme = self
            .intern
            .with_value(|i| umschlag::pruefsumme_des_textes(&i.text));
        self.datei_inhalt_schreiben(&handle, pruefsumme)
            .await
            .map_err(|f| f.text(&name))?;
        self.intern
            .update_value(|i| i.datei.handle = Some(handle.clone()));
        self.verbindung(Verbindung::Aktuell {
            name: name.clone(),
            gespeichert_am: Some(browser::jetzt_iso()),
        });
        if let Some(id) = self.offene_id() {
            dateizugriff::merken(&id, &handle).await;
        }
        Ok(Some(name))
    }

    /// "Datei öffnen …": the user chooses a workspace file; it is opened and stays connected.
    /// `Ok(None)`: cancelled.
    pub async fn datei_oeffnen(&self) -> Result<Option<String>, String> {
        let Some(handle) = dateizugriff::oeffnen_waehlen().await? else {
            return Ok(None);
        };
        let name = handle.name();
        let (bytes, stand) = lies_datei(&handle).await.map_err(|f| f.text(&name))?;
        let verbindung = self.datei_inhalt_oeffnen(&name, &bytes)?;
        let verbunden = matches!(verbindung, Verbindung::Aktuell { .. });
        if verbunden {
            let pruefsumme = self
                .intern
                .with_value(|i| umschlag::pruefsumme_des_textes(&i.text));
            self.intern.update_value(|i| {
                i.datei.handle = Some(handle.clone());
                i.datei.stand = Some(stand);
                i.datei.pruefsumme = Some(pruefsumme);
            });
        }
        // Set before anything is awaited, so the look-up of a remembered file for the newly
        // opened workspace finds it connected and leaves it alone.
        self.verbindung(verbindung);
        if let (true, Some(id)) = (verbunden, self.offene_id()) {
            dateizugriff::merken(&id, &handle).await;
        }
        Ok(Some(name))
    }

    /// Opening by upload (without the File System Access API): the file is opened; saving is
    /// by download.
    pub fn datei_hochgeladen(&self, name: &str, bytes: &[u8]) -> Result<(), String> {
        let verbindung = self.datei_inhalt_oeffnen(name, bytes)?;
        self.verbindung(match verbindung {
            Verbindung::Aktuell { name, .. } => Verbindung::Heruntergeladen {
                name,
                veraendert: false,
            },
            andere => andere,
        });
        Ok(())
    }

    /// Saving by download (without the File System Access API).
    pub fn datei_herunterladen(&self) -> Result<(), String> {
        let name = match self.datei.get_untracked() {
            Verbindung::Heruntergeladen { name, .. } => name,
            _ => datei::dateiname(
                &self
                    .lies_ungetrackt(|ab| ab.map(|ab| ab.metadaten.bezeichnung.clone()))
                    .unwrap_or_default(),
            ),
        };
        let text = self
            .intern
            .with_value(|i| datei::inhalt(&i.text, i.basis.unwrap_or(0), &browser::jetzt_iso()));
        browser::herunterladen(&name, "application/json", text.as_bytes())?;
        self.intern.update_value(|i| i.gesichert = true);
        self.verbindung(Verbindung::Heruntergeladen {
            name,
            veraendert: false,
        });
        Ok(())
    }

    /// Opens the workspace of a file read completely. A local copy of the same workspace with
    /// other content is kept as a separate workspace, so nothing is lost. Returns the state of
    /// the connection (`Aktuell` or `NurLesen`).
    fn datei_inhalt_oeffnen(&self, name: &str, bytes: &[u8]) -> Result<Verbindung, String> {
        let gelesen = datei::lesen(bytes).map_err(|f| format!("„{name}“: {f}"))?;
        self.wechsel_pruefen()?;
        let gespeichert = gelesen.gespeichert;
        let arbeitsbereich = gespeichert.arbeitsbereich;
        let id = arbeitsbereich.id.clone();
        if gelesen.nur_lesen {
            // Shown from memory only: this version must not store it.
            self.setze_offen(Some(arbeitsbereich), None, None, None);
            self.status.set(Speicherstatus::NurLesen {
                app_version: gespeichert.app_version.clone(),
            });
            self.aktualisiere_liste();
            return Ok(Verbindung::NurLesen {
                name: name.to_owned(),
                app_version: gespeichert.app_version,
            });
        }
        if !self.speicher_verfuegbar() {
            self.oeffne_im_arbeitsspeicher(arbeitsbereich);
            self.status.set(Speicherstatus::OhneSpeicher);
        } else {
            let neu = umschlag::pruefsumme_des_textes(&umschlag::als_text(&arbeitsbereich));
            match lies_befund(&id) {
                Some(Befund::Intakt { gespeichert, .. })
                    if umschlag::pruefsumme_des_textes(&umschlag::als_text(&gespeichert.arbeitsbereich))
                        == neu => {}
                Some(Befund::Intakt { gespeichert, .. }) => {
                    // This browser holds another state of the same workspace: keep it beside.
                    let alt = gespeichert.arbeitsbereich;
                    let mut kopie = alt.duplikat(&browser::neue_id(), &browser::jetzt_iso());
                    kopie.metadaten.bezeichnung =
                        format!("{} (Stand dieses Browsers)", alt.metadaten.bezeichnung);
                    schreibe_neu(&kopie).map_err(|f| schreibfehler_text(&f))?;
                    for slot in Slot::BEIDE {
                        speicher::entferne(&ablage::schluessel(&id, slot));
                    }
                    schreibe_neu(&arbeitsbereich).map_err(|f| schreibfehler_text(&f))?;
                    self.hinweis.set(Some(format!(
                        "In diesem Browser lag ein anderer Stand von „{}“. Er bleibt als „{}“ erhalten; geöffnet ist jetzt der Stand aus der Datei.",
                        alt.metadaten.bezeichnung, kopie.metadaten.bezeichnung
                    )));
                }
                Some(Befund::Beschaedigt { .. }) => {
                    return Err(format!(
                        "In diesem Browser liegt ein beschädigter Stand von „{}“. Stellen Sie ihn zuerst unter „Arbeitsbereiche“ wieder her oder löschen Sie ihn; es wurde nichts geändert.",
                        arbeitsbereich.metadaten.bezeichnung
                    ))
                }
                _ => schreibe_neu(&arbeitsbereich).map_err(|f| schreibfehler_text(&f))?,
            }
            self.oeffnen(&id);
        }
        self.aktualisiere_liste();
        Ok(Verbindung::Aktuell {
            name: name.to_owned(),
            gespeichert_am: None,
        })
    }

    /// "Dateiverbindung trennen": changes are saved only in this browser from now on; the file
    /// stays as it is.
    pub fn datei_trennen(&self) {
        let id = self.offene_id();
        self.intern
            .update_value(|i| i.datei = Dateiintern::default());
        self.verbindung(Verbindung::Keine);
        if let Some(id) = id {
            leptos::task::spawn_local(async move { dateizugriff::vergessen(&id).await });
        }
    }

    /// "Erneut versuchen" after a fault, and "Zugriff erlauben" (asks the browser; needs the
    /// click just before).
    pub async fn datei_erneut(&self) -> Result<(), String> {
        let handle = self.intern.with_value(|i| i.datei.handle.clone());
        let Some(handle) = handle else { return Ok(()) };
        let name = handle.name();
        if dateizugriff::berechtigung(&handle, true).await != Berechtigung::Erteilt {
            return Err(format!(
                "Der Browser hat den Zugriff auf „{name}“ nicht erlaubt. Ihre Änderungen sind weiter in diesem Browser gespeichert."
            ));
        }
        match self.datei.get_untracked() {
            Verbindung::ZugriffErlauben { .. } => self.datei_wiederverbinden().await,
            _ => {
                self.verbindung(Verbindung::Ausstehend { name });
                self.datei_schreiben();
            }
        }
        Ok(())
    }

    /// Connects a remembered file again: equal content → connected; otherwise the file or
    /// this browser changed since, and the user decides (conflict).
    async fn datei_wiederverbinden(&self) {
        let Some(handle) = self.intern.with_value(|i| i.datei.handle.clone()) else {
            return;
        };
        let name = handle.name();
        match lies_datei(&handle).await {
            Ok((bytes, stand)) => {
                let aus_datei = datei::lesen(&bytes).ok().map(|g| {
                    umschlag::pruefsumme_des_textes(&umschlag::als_text(
                        &g.gespeichert.arbeitsbereich,
                    ))
                });
                let hier = self
                    .intern
                    .with_value(|i| umschlag::pruefsumme_des_textes(&i.text));
                self.intern.update_value(|i| {
                    i.datei.stand = Some(stand);
                    i.datei.pruefsumme = aus_datei.clone();
                });
                self.verbindung(if aus_datei.as_deref() == Some(hier.as_str()) {
                    Verbindung::Aktuell {
                        name,
                        gespeichert_am: None,
                    }
                } else {
                    Verbindung::Konflikt { name }
                });
            }
            Err(fehler) => self.verbindung(Verbindung::Gestoert { name, fehler }),
        }
    }

    /// "Datei neu laden" (after a confirmation): the file's state replaces the open
    /// workspace's content; changes not in the file are discarded (undo still has them).
    pub async fn datei_neu_laden(&self) -> Result<(), String> {
        let Some(handle) = self.intern.with_value(|i| i.datei.handle.clone()) else {
            return Ok(());
        };
        let name = handle.name();
        let (bytes, stand) = lies_datei(&handle).await.map_err(|f| f.text(&name))?;
        let gelesen = datei::lesen(&bytes).map_err(|f| format!("„{name}“: {f}"))?;
        if gelesen.nur_lesen {
            return Err(format!(
                "„{name}“ wurde inzwischen mit einer neueren Version des Werkzeugkastens gespeichert. Öffnen Sie die Datei mit „Datei öffnen …“, um sie schreibgeschützt anzusehen."
            ));
        }
        self.ersetzen(&gelesen.gespeichert.arbeitsbereich);
        let pruefsumme = self
            .intern
            .with_value(|i| umschlag::pruefsumme_des_textes(&i.text));
        self.intern.update_value(|i| {
            i.datei.stand = Some(stand);
            i.datei.pruefsumme = Some(pruefsumme);
        });
        self.verbindung(Verbindung::Aktuell {
            name,
            gespeichert_am: None,
        });
        Ok(())
    }
}

/// Reads a file completely (after the size check) and notes its state.
async fn lies_datei(handle: &Dateihandle) -> Result<(Vec<u8>, Dateistand), Dateifehler> {
    let datei_jetzt = dateizugriff::datei(handle).await?;
    let groesse = datei_jetzt.size() as u64;
    if groesse > datei::MAX_BYTES {
        return Err(Dateifehler::ZuGross { bytes: groesse });
    }
    let bytes = browser::datei_lesen(&datei_jetzt)
        .await
        .map_err(Dateifehler::Unerreichbar)?;
    let stand = Dateistand {
        geaendert_ms: datei_jetzt.last_modified() as i64,
        groesse: bytes.len() as u64,
        inhalt: datei::inhaltskennung(&bytes),
    };
    Ok((bytes, stand))
}
