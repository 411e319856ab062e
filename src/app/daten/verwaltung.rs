//! Managing workspaces: create, duplicate, delete, import, back up; the settings; the list of
//! workspaces with their storage use.

use leptos::prelude::*;
use serde_json::Value;

use super::{
    aktuelle_belegung, gespeicherte_ids, lies_befund, schreibe_neu, schreibfehler_text, Daten,
    Eintragszustand, Listeneintrag, Speicherstatus,
};
use crate::app::browser;
use crate::app::speicher;
use crate::daten::ablage::{self, Befund, Belegung, Slot};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::daten::einstellungen::Einstellungen;
use crate::daten::packung;
use crate::daten::sicherung;
use crate::daten::umschlag;
use crate::shared::route::Route;
use crate::shared::sortieren::Sortieren;

impl Daten {
    // ----- managing workspaces --------------------------------------------------------------

    /// Creates, saves and opens a new empty workspace.
    pub fn neu(&self, bezeichnung: &str) -> Result<(), String> {
        let arbeitsbereich =
            Arbeitsbereich::neu(&browser::neue_id(), bezeichnung, &browser::jetzt_iso());
        self.anlegen_und_oeffnen(arbeitsbereich)
    }

    /// Creates, saves and opens a new workspace "Beispiel" holding the examples of all tools
    /// (`beispiele`, from [`crate::tools::alle_beispiele_laden`], filled in that order), which
    /// tell one story; the open workspace stays as it is.
    pub fn beispiel_oeffnen(&self, beispiele: &[crate::tools::Beispiel]) -> Result<(), String> {
        let mut arbeitsbereich =
            Arbeitsbereich::neu(&browser::neue_id(), "Beispiel", &browser::jetzt_iso());
        arbeitsbereich.metadaten.behoerde = "Bundesamt für Beispiele (erfunden)".to_owned();
        let heute = browser::heute();
        for fuellen in beispiele {
            fuellen(&mut arbeitsbereich, heute);
        }
        self.anlegen_und_oeffnen(arbeitsbereich)
    }

    fn anlegen_und_oeffnen(&self, arbeitsbereich: Arbeitsbereich) -> Result<(), String> {
        self.wechsel_pruefen()?;
        if !self.speicher_verfuegbar() {
            self.speichern();
            self.oeffne_im_arbeitsspeicher(arbeitsbereich);
            self.status.set(Speicherstatus::OhneSpeicher);
            return Ok(());
        }
        schreibe_neu(&arbeitsbereich).map_err(|f| {
            format!(
                "{} Der neue Arbeitsbereich wurde nicht angelegt.",
                schreibfehler_text(&f)
            )
        })?;
        self.oeffnen(&arbeitsbereich.id);
        self.aktualisiere_liste();
        Ok(())
    }

    /// Copies a workspace (the open one with its unsaved changes) under a new id and opens the
    /// copy.
    pub fn duplizieren(&self, id: &str) -> Result<(), String> {
        let quelle = if self.offene_id().as_deref() == Some(id) {
            self.arbeitsbereich.get_untracked()
        } else {
            match lies_befund(id) {
                Some(Befund::Intakt { gespeichert, .. }) => Some(gespeichert.arbeitsbereich),
                _ => None,
            }
        };
        let quelle = quelle.ok_or("Der Arbeitsbereich ist nicht lesbar.")?;
        self.anlegen_und_oeffnen(quelle.duplikat(&browser::neue_id(), &browser::jetzt_iso()))
    }

    /// Deletes a workspace from storage (both slots). Deleting the open one opens another or
    /// a fresh one.
    pub fn loeschen(&self, id: &str) -> Option<Route> {
        for slot in Slot::BEIDE {
            speicher::entferne(&ablage::schluessel(id, slot));
        }
        self.einstellungen_aendern(|e| {
            e.letzte_sicherung.remove(id);
            e.spalten
                .retain(|schluessel, _| !schluessel.starts_with(&format!("{id}/")));
        });
        let mut umleitung = None;
        if self.offene_id().as_deref() == Some(id)
            || self.arbeitsbereich.with_untracked(Option::is_none)
        {
            self.intern.update_value(|i| i.ungespeichert = false);
            self.arbeitsbereich.set(None);
            self.aktualisiere_liste();
            let naechster = self.liste.with_untracked(|liste| {
                liste
                    .iter()
                    .find(|e| matches!(e.zustand, Eintragszustand::Intakt { .. }))
                    .map(|e| e.id.clone())
            });
            match naechster {
                Some(naechster) => umleitung = self.oeffnen(&naechster),
                None => self.oeffne_im_arbeitsspeicher(self.erster_arbeitsbereich()),
            }
            if !self.speicher_verfuegbar() {
                self.status.set(Speicherstatus::OhneSpeicher);
            }
        }
        self.aktualisiere_liste();
        umleitung
    }

    /// Imports workspaces from a validated backup as new workspaces (new ids, so nothing
    /// existing is touched). Opens the first one.
    pub fn einspielen_als_neu(&self, arbeitsbereiche: &[Arbeitsbereich]) -> Result<(), String> {
        if !self.speicher_verfuegbar() && arbeitsbereiche.len() > 1 {
            return Err(format!(
                "Dieser Browser erlaubt keinen Speicher, deshalb kann nur ein Arbeitsbereich geöffnet sein. Die Datei enthält {}; spielen Sie sie in einem Browser ein, der Speicher erlaubt.",
                arbeitsbereiche.len()
            ));
        }
        self.wechsel_pruefen()?;
        let mut erste = None;
        let mut geschrieben: Vec<String> = Vec::new();
        for quelle in arbeitsbereiche {
            let mut neu = quelle.clone();
            neu.id = browser::neue_id();
            if !self.speicher_verfuegbar() {
                erste.get_or_insert(neu);
                continue;
            }
            if let Err(fehler) = schreibe_neu(&neu) {
                // All or nothing: remove what this import has written so far.
                for id in &geschrieben {
                    speicher::entferne(&ablage::schluessel(id, Slot::A));
                }
                self.aktualisiere_liste();
                return Err(format!(
                    "{} Es wurde nichts eingespielt.",
                    schreibfehler_text(&fehler)
                ));
            }
            geschrieben.push(neu.id.clone());
            erste.get_or_insert(neu);
        }
        if let Some(erste) = erste {
            if self.speicher_verfuegbar() {
                self.oeffnen(&erste.id);
            } else {
                self.oeffne_im_arbeitsspeicher(erste);
                self.status.set(Speicherstatus::OhneSpeicher);
            }
        }
        self.aktualisiere_liste();
        Ok(())
    }

    /// Replaces the content of the open workspace with `quelle` (keeping its id). This is an
    /// ordinary change: it can be undone.
    pub fn ersetzen(&self, quelle: &Arbeitsbereich) {
        let quelle = quelle.clone();
        self.aendere("Arbeitsbereich aus Sicherung ersetzt", move |ab| {
            let id = ab.id.clone();
            *ab = quelle;
            ab.id = id;
        });
        self.speichern();
    }

    // ----- backups --------------------------------------------------------------------------

    /// Builds a backup file of one workspace (`Some(id)`) or of all readable ones (`None`). The
    /// open workspace goes in as this tab holds it, unsaved changes included. Returns file name,
    /// content and the ids left out because they are damaged; remembers the backup date.
    pub fn sicherung(&self, nur: Option<&str>) -> (String, String, Vec<String>) {
        let heute = browser::heute();
        let offen = self.arbeitsbereich.get_untracked();
        let eintraege = speicher::alle_eintraege().oder_leer();
        let mut ids = gespeicherte_ids(&eintraege);
        if let Some(ab) = &offen {
            if !ids.contains(&ab.id) {
                ids.insert(0, ab.id.clone());
            }
        }
        if let Some(nur) = nur {
            ids.retain(|id| id == nur);
        }
        let mut umschlaege = Vec::new();
        let mut enthalten = Vec::new();
        let mut ausgelassen = Vec::new();
        let mut name = None;
        for id in ids {
            let ist_offen = offen.as_ref().is_some_and(|ab| ab.id == id);
            let gespeichert = match lies_befund(&id) {
                Some(Befund::Intakt { slot, gespeichert })
                    if !(ist_offen && self.hat_ungespeichertes()) =>
                {
                    Some((slot, gespeichert))
                }
                _ => None,
            };
            // Everything exactly as stored (data of a newer version keeps its unknown fields);
            // the open workspace, if it has unsaved changes or was never saved, as this tab
            // holds it.
            let text = match gespeichert {
                Some((slot, g)) => {
                    name = Some(g.arbeitsbereich.metadaten.bezeichnung);
                    speicher::lies(&ablage::schluessel(&id, slot))
                        .ok()
                        .flatten()
                }
                None if ist_offen => {
                    name = offen.as_ref().map(|ab| ab.metadaten.bezeichnung.clone());
                    Some(self.intern.with_value(|i| {
                        umschlag::schreiben_text(
                            &i.text,
                            i.basis.unwrap_or(0),
                            &browser::jetzt_iso(),
                        )
                    }))
                }
                None => None,
            };
            // Backups hold the plain envelope, whatever form the slot stores.
            let text = text.and_then(|t| packung::entpacken(&t).ok().map(|t| t.into_owned()));
            match text.and_then(|t| serde_json::from_str::<Value>(&t).ok()) {
                Some(umschlag) => {
                    umschlaege.push(umschlag);
                    if ist_offen {
                        self.intern.update_value(|i| i.gesichert = true);
                    }
                    enthalten.push(id);
                }
                None => ausgelassen.push(id),
            }
        }
        let dateiname = match nur {
            Some(_) => sicherung::dateiname(Some(name.as_deref().unwrap_or_default()), heute),
            None => sicherung::dateiname(None, heute),
        };
        let inhalt = sicherung::erstellen(&umschlaege, &browser::jetzt_iso());
        self.einstellungen_aendern(|e| {
            for id in &enthalten {
                e.letzte_sicherung.insert(id.clone(), heute);
            }
        });
        (dateiname, inhalt, ausgelassen)
    }

    // ----- settings and list ----------------------------------------------------------------

    /// Reads the stored settings. Unreadable settings are first copied to
    /// `…:einstellungen:unlesbar-<time>` and only then replaced by defaults; if even the copy
    /// fails (full quota), the text stays where it is and settings are kept in memory only.
    /// Returns whether the stored settings may be written.
    pub(super) fn lade_einstellungen(&self) -> bool {
        let schluessel = ablage::einstellungen_schluessel();
        let (einstellungen, beschreibbar) = match speicher::lies(&schluessel) {
            Ok(Some(text)) => match Einstellungen::lesen(&text) {
                Ok(e) => (e, true),
                Err(_) => {
                    let beiseite = format!("{schluessel}:unlesbar-{}", browser::jetzt_iso());
                    let gerettet = speicher::schreibe(&beiseite, &text).is_ok();
                    let standard = Einstellungen::default();
                    if gerettet {
                        let _ = speicher::schreibe(&schluessel, &standard.schreiben());
                    }
                    (standard, gerettet)
                }
            },
            Ok(None) => (Einstellungen::default(), true),
            Err(_) => (Einstellungen::default(), false),
        };
        self.einstellungen.set(einstellungen);
        beschreibbar
    }

    /// Changes the settings: reads the stored ones again first, so that two tabs do not undo
    /// each other's settings.
    pub fn einstellungen_aendern(&self, aenderung: impl FnOnce(&mut Einstellungen)) {
        if crate::app::panic::ist_abgestuerzt() {
            return;
        }
        let beschreibbar = self.speicher_verfuegbar() && self.lade_einstellungen();
        let mut einstellungen = self.einstellungen.get_untracked();
        aenderung(&mut einstellungen);
        if beschreibbar {
            let _ = speicher::schreibe(
                &ablage::einstellungen_schluessel(),
                &einstellungen.schreiben(),
            );
        }
        self.einstellungen.set(einstellungen);
    }

    /// Reads the list of workspaces and the storage use again.
    pub fn aktualisiere_liste(&self) {
        let eintraege = speicher::alle_eintraege().oder_leer();
        let belegung = Belegung::aus(&eintraege);
        let mut offen = self.offener_listenzustand(&eintraege);
        let mut liste: Vec<Listeneintrag> = gespeicherte_ids(&eintraege)
            .into_iter()
            .map(|id| {
                let zustand = match offen.take_if(|(offen, _)| *offen == id) {
                    Some((_, zustand)) => zustand,
                    None => match lies_befund(&id) {
                        Some(Befund::Intakt { gespeichert, .. }) => Eintragszustand::Intakt {
                            nur_lesen: gespeichert.nur_lesen(),
                            kennzahlen: crate::tools::kennzahlen(&gespeichert.arbeitsbereich),
                            revision: gespeichert.revision,
                            gespeichert_am: gespeichert.gespeichert_am,
                            metadaten: gespeichert.arbeitsbereich.metadaten,
                        },
                        Some(Befund::Beschaedigt { fehler, .. }) => Eintragszustand::Beschaedigt(
                            fehler
                                .first()
                                .map(|(_, f)| f.to_string())
                                .unwrap_or_default(),
                        ),
                        _ => Eintragszustand::Beschaedigt("Nicht lesbar.".to_owned()),
                    },
                };
                let belegung = belegung.je_arbeitsbereich.get(&id).copied().unwrap_or(0);
                Listeneintrag {
                    id,
                    zustand,
                    belegung,
                }
            })
            .collect();
        // Only id and metadata of the open workspace are needed: no copy of its data.
        let offen = self
            .arbeitsbereich
            .with_untracked(|ab| ab.as_ref().map(|ab| (ab.id.clone(), ab.metadaten.clone())));
        if let Some((id, metadaten)) = offen {
            if !liste.iter().any(|e| e.id == id) {
                liste.push(Listeneintrag {
                    id,
                    zustand: Eintragszustand::NeuImSpeicher { metadaten },
                    belegung: 0,
                });
            }
        }
        let name = |e: &Listeneintrag| match &e.zustand {
            Eintragszustand::Intakt { metadaten, .. }
            | Eintragszustand::NeuImSpeicher { metadaten } => metadaten.bezeichnung.clone(),
            Eintragszustand::Beschaedigt(_) => e.id.clone(),
        };
        liste.sortiere_nach(|a, b| crate::shared::text::vergleiche(&name(a), &name(b)));
        self.liste.set(liste);
        self.belegung.set(belegung);
    }

    /// The open workspace's line from the open state, when storage holds exactly the entry
    /// this tab wrote or read for it (its slot unchanged, the other slot empty) and nothing is
    /// unsaved. Reading it back would only decode and validate the same data again: at 1,000
    /// projects that was half the work before the first page appeared.
    fn offener_listenzustand(
        &self,
        eintraege: &[(String, String)],
    ) -> Option<(String, Eintragszustand)> {
        let id = self.offene_id()?;
        let text = |slot: Slot| ablage::slottext(eintraege, &id, slot);
        let (revision, gespeichert_am) = self.intern.with_value(|i| {
            let slot = i.slot?;
            let eigen = i.eintrag.as_ref()?;
            let unveraendert = !i.ungespeichert
                && text(slot) == Some(eigen.text.as_str())
                && text(slot.andere()).is_none();
            unveraendert.then(|| (i.basis, eigen.gespeichert_am.clone()))
        })?;
        let nur_lesen = matches!(self.status.get_untracked(), Speicherstatus::NurLesen { .. });
        let (kennzahlen, metadaten) = self.arbeitsbereich.with_untracked(|ab| {
            ab.as_ref()
                .map(|ab| (crate::tools::kennzahlen(ab), ab.metadaten.clone()))
        })?;
        let zustand = Eintragszustand::Intakt {
            nur_lesen,
            kennzahlen,
            revision: revision?,
            gespeichert_am,
            metadaten,
        };
        Some((id, zustand))
    }

    /// After an own save only the open workspace's line and the storage use change; the other
    /// workspaces need not be parsed again.
    pub(super) fn eigenen_eintrag_aktualisieren(&self, revision: u64, gespeichert_am: &str) {
        // Read by reference: this runs after every save and must not copy the workspace.
        let Some((id, kennzahlen, metadaten)) = self.arbeitsbereich.with_untracked(|ab| {
            ab.as_ref().map(|ab| {
                (
                    ab.id.clone(),
                    crate::tools::kennzahlen(ab),
                    ab.metadaten.clone(),
                )
            })
        }) else {
            return;
        };
        let belegung = aktuelle_belegung();
        let eintrag = Listeneintrag {
            zustand: Eintragszustand::Intakt {
                kennzahlen,
                metadaten,
                revision,
                gespeichert_am: gespeichert_am.to_owned(),
                nur_lesen: false,
            },
            belegung: belegung.je_arbeitsbereich.get(&id).copied().unwrap_or(0),
            id,
        };
        self.liste.update(
            |liste| match liste.iter_mut().find(|e| e.id == eintrag.id) {
                Some(alt) => *alt = eintrag,
                None => liste.push(eintrag),
            },
        );
        self.belegung.set(belegung);
    }
}
