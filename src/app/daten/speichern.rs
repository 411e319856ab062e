//! Saving: the debounced autosave into the two slots, and reacting to other tabs' saves and
//! deletions without ever writing over newer data.

use leptos::prelude::*;

use super::{
    aktuelle_belegung, lies_befund, lies_befund_mit_eintrag, schreibe_neu, schreibfehler_text,
    Daten, EigenerEintrag, Konflikt, Persistenz, Speicherstatus, SPEICHERVERZOEGERUNG,
};
use crate::app::speicher::Schreibfehler;
use crate::app::{browser, speicher};
use crate::daten::ablage::{self, Befund, Slot};
use crate::daten::umschlag;

impl Daten {
    // ----- saving ---------------------------------------------------------------------------

    /// Marks the state as changed and (re)starts the autosave timer.
    pub(super) fn speichern_planen(&self) {
        self.intern.update_value(|i| {
            i.ungespeichert = true;
            i.gesichert = false;
        });
        self.datei_nach_aenderung();
        if !matches!(
            self.status.get_untracked(),
            Speicherstatus::OhneSpeicher | Speicherstatus::Konflikt(_)
        ) {
            self.status.set(Speicherstatus::Ausstehend);
        }
        let daten = *self;
        let handle = set_timeout_with_handle(move || daten.speichern(), SPEICHERVERZOEGERUNG).ok();
        self.intern.update_value(|i| {
            if let Some(alt) = std::mem::replace(&mut i.timer, handle) {
                alt.clear();
            }
        });
    }

    /// Reads the stored revision of workspace `id` again and checks that this tab may write
    /// over it: intact and still revision `basis`. Otherwise sets the status (damaged,
    /// deleted or changed elsewhere) and returns `false`.
    fn gespeicherten_stand_pruefen(&self, id: &str, basis: Option<u64>) -> bool {
        let Some(befund) = lies_befund(id) else {
            self.status.set(Speicherstatus::Fehler(schreibfehler_text(
                &Schreibfehler::NichtVerfuegbar,
            )));
            return false;
        };
        match &befund {
            Befund::Beschaedigt { .. } => {
                self.status.set(Speicherstatus::Fehler(
                    "Die gespeicherte Fassung dieses Arbeitsbereichs ist inzwischen beschädigt; sie wird nicht überschrieben. Laden Sie eine Sicherung herunter."
                        .to_owned(),
                ));
                return false;
            }
            Befund::Leer if basis.is_some() => {
                self.status
                    .set(Speicherstatus::Konflikt(Konflikt::Geloescht));
                return false;
            }
            Befund::Intakt { gespeichert, .. } if Some(gespeichert.revision) != basis => {
                self.status
                    .set(Speicherstatus::Konflikt(Konflikt::Geaendert {
                        revision: gespeichert.revision,
                        gespeichert_am: gespeichert.gespeichert_am.clone(),
                    }));
                return false;
            }
            _ => {}
        }
        true
    }

    /// Writes pending changes now (autosave timer, page hide, switching workspaces).
    pub fn speichern(&self) {
        if crate::app::panic::ist_abgestuerzt() {
            return;
        }
        self.timer_anhalten();
        let (ungespeichert, verfuegbar, basis, slot) = self
            .intern
            .with_value(|i| (i.ungespeichert, i.speicher_verfuegbar, i.basis, i.slot));
        let Some(id) = self.offene_id() else { return };
        if !ungespeichert || !verfuegbar {
            // Without local storage the file is the only place the change can go.
            self.datei_schreiben();
            return;
        }
        if matches!(
            self.status.get_untracked(),
            Speicherstatus::Konflikt(_) | Speicherstatus::NurLesen { .. }
        ) {
            return;
        }
        // Another tab may have saved in between. If this tab's slot still holds exactly the
        // text it wrote or read and the other slot is empty, nobody has: a text comparison then
        // replaces reading, unpacking and validating the whole stored workspace again.
        let eigener_stand_liegt_noch = slot.is_some_and(|s| {
            let eigen = speicher::lies(&ablage::schluessel(&id, s)).ok().flatten();
            let andere = speicher::lies(&ablage::schluessel(&id, s.andere()))
                .ok()
                .flatten();
            andere.is_none()
                && eigen.is_some()
                && self
                    .intern
                    .with_value(|i| i.eintrag.as_ref().map(|e| e.text.as_str()) == eigen.as_deref())
        });
        if !eigener_stand_liegt_noch && !self.gespeicherten_stand_pruefen(&id, basis) {
            return;
        }
        let revision = basis.unwrap_or(0) + 1;
        let gespeichert_am = browser::jetzt_iso();
        let Some(text) = self.intern.try_update_value(|i| {
            i.packer.packen(&umschlag::schreiben_text(
                &i.text,
                revision,
                &gespeichert_am,
            ))
        }) else {
            return;
        };
        let ziel = slot.map_or(Slot::A, Slot::andere);
        let ergebnis = match speicher::schreibe(&ablage::schluessel(&id, ziel), &text) {
            Ok(()) => {
                if let Some(alt) = slot {
                    speicher::entferne(&ablage::schluessel(&id, alt));
                }
                Ok(ziel)
            }
            // Not enough room for a second copy: replace the current slot in place. A single
            // `setItem` is atomic, so the old revision stays if this fails too.
            Err(Schreibfehler::Voll) if slot.is_some() => {
                let alt = slot.unwrap_or(Slot::A);
                speicher::schreibe(&ablage::schluessel(&id, alt), &text).map(|()| alt)
            }
            Err(fehler) => Err(fehler),
        };
        match ergebnis {
            Ok(neuer_slot) => {
                self.intern.update_value(|i| {
                    i.eintrag = Some(EigenerEintrag {
                        text,
                        gespeichert_am: gespeichert_am.clone(),
                    });
                    i.basis = Some(revision);
                    i.slot = Some(neuer_slot);
                    i.ungespeichert = false;
                });
                self.eigenen_eintrag_aktualisieren(revision, &gespeichert_am);
                self.status
                    .set(Speicherstatus::Gespeichert { gespeichert_am });
                self.persistenz_anfragen();
            }
            Err(Schreibfehler::Voll) => {
                self.belegung.set(aktuelle_belegung());
                self.status.set(Speicherstatus::Voll);
            }
            Err(fehler) => self
                .status
                .set(Speicherstatus::Fehler(schreibfehler_text(&fehler))),
        }
        // The file is the second target of the same save (also when local storage failed).
        self.datei_schreiben();
    }

    /// Asks once per session for persistent storage, after the first successful save (a user
    /// action came before it, which some browsers require).
    pub(super) fn persistenz_anfragen(&self) {
        let schon = self.intern.with_value(|i| i.persistenz_angefragt);
        if schon || self.persistenz.get_untracked() == Persistenz::Dauerhaft {
            return;
        }
        self.intern.update_value(|i| i.persistenz_angefragt = true);
        self.persistenz_anfordern();
    }

    /// Calls `navigator.storage.persist()` and shows the answer.
    pub fn persistenz_anfordern(&self) {
        let persistenz = self.persistenz;
        leptos::task::spawn_local(async move {
            persistenz.set(match browser::dauerhafter_speicher(true).await {
                Some(true) => Persistenz::Dauerhaft,
                Some(false) => Persistenz::NichtDauerhaft,
                None => Persistenz::NichtVerfuegbar,
            });
        });
    }

    // ----- other tabs -----------------------------------------------------------------------

    /// Reacts to a `storage` event: another tab of this origin changed `schluessel` (`None`:
    /// the whole storage was cleared).
    pub fn fremde_aenderung(&self, schluessel: Option<String>) {
        if crate::app::panic::ist_abgestuerzt() {
            return;
        }
        if schluessel.as_deref() == Some(ablage::einstellungen_schluessel().as_str()) {
            self.lade_einstellungen();
            return;
        }
        // Only workspace slots (or `clear()`) concern the list; other keys, such as another
        // tab's start-up probe, would only cost a re-read of every workspace.
        let geaenderter = match &schluessel {
            None => None,
            Some(s) => match ablage::zerlege(s) {
                Some((id, _)) => Some(id),
                None => return,
            },
        };
        self.aktualisiere_liste();
        let Some(id) = self.offene_id() else { return };
        if geaenderter.is_some_and(|geaendert| geaendert != id) {
            return;
        }
        let Some((befund, eintrag)) = lies_befund_mit_eintrag(&id) else {
            return;
        };
        let (basis, ungespeichert) = self.intern.with_value(|i| (i.basis, i.ungespeichert));
        match befund {
            Befund::Leer if basis.is_some() => {
                self.status
                    .set(Speicherstatus::Konflikt(Konflikt::Geloescht));
                self.hinweis.set(Some(
                    "Dieser Arbeitsbereich wurde in einem anderen Tab gelöscht. Er ist hier noch geöffnet, aber nicht mehr gespeichert."
                        .to_owned(),
                ));
            }
            Befund::Intakt { slot, gespeichert } if Some(gespeichert.revision) > basis => {
                let im_konflikt =
                    matches!(self.status.get_untracked(), Speicherstatus::Konflikt(_));
                if ungespeichert || im_konflikt {
                    self.timer_anhalten();
                    self.status
                        .set(Speicherstatus::Konflikt(Konflikt::Geaendert {
                            revision: gespeichert.revision,
                            gespeichert_am: gespeichert.gespeichert_am.clone(),
                        }));
                } else {
                    let zeit = browser::uhrzeit(&gespeichert.gespeichert_am);
                    self.gespeichertes_oeffnen(slot, *gespeichert, eintrag);
                    let text = format!(
                        "Dieser Arbeitsbereich wurde um {zeit} in einem anderen Tab geändert. Sie sehen jetzt diesen neuesten Stand; der Rückgängig-Verlauf dieses Tabs wurde geleert."
                    );
                    self.hinweis.set(Some(text.clone()));
                    self.ansage.set(text);
                }
            }
            _ => {}
        }
    }

    /// Conflict resolution: keeps this tab's state as a new workspace and opens it. The other
    /// tab's version stays under the original.
    pub fn konflikt_als_neu_speichern(&self) -> Result<(), String> {
        let Some(eigene) = self.arbeitsbereich.get_untracked() else {
            return Err("Kein Arbeitsbereich geöffnet.".to_owned());
        };
        let mut kopie = eigene.duplikat(&browser::neue_id(), &browser::jetzt_iso());
        kopie.metadaten.bezeichnung =
            format!("{} (Fassung aus diesem Tab)", eigene.metadaten.bezeichnung);
        schreibe_neu(&kopie).map_err(|f| schreibfehler_text(&f))?;
        // This tab's state is safe in the copy now.
        self.intern.update_value(|i| i.ungespeichert = false);
        self.status.set(Speicherstatus::KeinArbeitsbereich);
        self.oeffnen(&kopie.id);
        self.hinweis.set(Some(format!(
            "Ihre Fassung ist jetzt als „{}“ gespeichert und geöffnet. Die Fassung des anderen Tabs bleibt unter „{}“ erhalten.",
            kopie.metadaten.bezeichnung, eigene.metadaten.bezeichnung
        )));
        self.aktualisiere_liste();
        Ok(())
    }

    /// Conflict resolution: drops this tab's unsaved changes and loads the stored state.
    pub fn konflikt_verwerfen(&self) {
        let Some(id) = self.offene_id() else { return };
        self.intern.update_value(|i| i.ungespeichert = false);
        self.status.set(Speicherstatus::KeinArbeitsbereich);
        if let Some(route) = self.oeffnen(&id) {
            browser::setze_hash(&route.href());
        }
    }

    /// Conflict resolution after a deletion elsewhere: stores this tab's state again.
    pub fn erneut_speichern(&self) {
        self.intern.update_value(|i| {
            i.basis = None;
            i.eintrag = None;
            i.slot = None;
        });
        self.status.set(Speicherstatus::Ausstehend);
        self.hinweis.set(None);
        self.intern.update_value(|i| i.ungespeichert = true);
        self.speichern();
        self.aktualisiere_liste();
    }
}
