//! The live data of the app: the open workspace, autosave, undo and redo, other tabs.
//!
//! [`Daten`] is provided as context by the `App`. Every change of workspace data goes through
//! [`Daten::aendere`], which records it for undo and schedules the autosave; tools never write
//! anywhere else. What is stored and how it is read back is decided by [`crate::daten`];
//! [`super::speicher`] does the actual storage calls.
//!
//! Rules this module keeps (each has an end-to-end test in `tests/e2e/daten*.test.mjs`):
//! - Data that fails to load is never written over: a damaged workspace opens the recovery view
//!   and both its slots stay untouched until the user decides.
//! - Before a save, the stored revision is read again. If another tab saved in between, this tab
//!   does not write; it shows a conflict and keeps its own changes in memory.
//! - A save that fails (full quota, storage switched off) keeps the change in memory and says
//!   so in the header; nothing is dropped.
//! - Nothing is written after a panic ([`super::panic::ist_abgestuerzt`]).

use std::time::Duration;

use leptos::prelude::*;
use serde_json::Value;

use super::browser;
use super::speicher::{self, Schreibfehler, Speicherzugriff};
use crate::daten::ablage::{self, bewerte, Befund, Belegung, Slot};
use crate::daten::arbeitsbereich::{Arbeitsbereich, Metadaten};
use crate::daten::einstellungen::Einstellungen;
use crate::daten::sicherung;
use crate::daten::umschlag::{self, Gespeichert};
use crate::daten::verlauf::Verlauf;
use crate::shared::route::Route;

/// Delay between the last change and the autosave.
const SPEICHERVERZOEGERUNG: Duration = Duration::from_millis(500);

/// Name of the workspace created on first start.
const ERSTER_ARBEITSBEREICH: &str = "Mein Arbeitsbereich";

/// What happened to this tab's data, shown in the header.
#[derive(Clone, Debug, PartialEq)]
pub enum Speicherstatus {
    /// Nothing changed since the workspace was opened; `seit` is when it was last saved.
    Unveraendert { gespeichert_am: Option<String> },
    /// A change waits for the autosave.
    Ausstehend,
    /// Everything is saved.
    Gespeichert { gespeichert_am: String },
    /// The browser's quota is used up; the change is only in memory.
    Voll,
    /// Another failure; the change is only in memory.
    Fehler(String),
    /// Another tab changed or deleted this workspace; this tab does not write.
    Konflikt(Konflikt),
    /// Written by a newer version: shown, never written.
    NurLesen { app_version: String },
    /// Local storage cannot be used at all.
    OhneSpeicher,
    /// The open workspace could not be loaded; see the recovery view.
    KeinArbeitsbereich,
}

/// What another tab did.
#[derive(Clone, Debug, PartialEq)]
pub enum Konflikt {
    /// Saved a newer revision.
    Geaendert {
        revision: u64,
        gespeichert_am: String,
    },
    /// Deleted the workspace.
    Geloescht,
}

/// Undo and redo as the header shows them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Verlaufsstand {
    /// Description of the step undo would revert.
    pub rueckgaengig: Option<String>,
    /// Description of the step redo would repeat.
    pub wiederholen: Option<String>,
}

/// One line of the workspace list.
#[derive(Clone, Debug, PartialEq)]
pub struct Listeneintrag {
    /// Identifier.
    pub id: String,
    /// What the stored slots hold.
    pub zustand: Eintragszustand,
    /// Storage used by both slots.
    pub belegung: u64,
}

/// State of a listed workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum Eintragszustand {
    /// Readable.
    Intakt {
        metadaten: Metadaten,
        revision: u64,
        gespeichert_am: String,
        nur_lesen: bool,
    },
    /// Open in this tab but never saved yet.
    NeuImSpeicher { metadaten: Metadaten },
    /// Not readable; the German reason.
    Beschaedigt(String),
}

/// Whether the browser promised to keep the data (`navigator.storage.persist()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistenz {
    /// Not asked yet.
    Unbekannt,
    /// Granted: the browser will not evict the data under storage pressure.
    Dauerhaft,
    /// Not granted (yet).
    NichtDauerhaft,
    /// The API is not offered here (plain http, old browser).
    NichtVerfuegbar,
}

/// Internal bookkeeping that does not drive the view.
struct Intern {
    /// The open workspace serialised; undo patches and saves work on it.
    wert: Value,
    /// Revision this tab's state is based on (`None`: never saved).
    basis: Option<u64>,
    /// Slot holding that revision.
    slot: Option<Slot>,
    /// Changes not yet written.
    ungespeichert: bool,
    verlauf: Verlauf,
    timer: Option<leptos::leptos_dom::helpers::TimeoutHandle>,
    speicher_verfuegbar: bool,
    /// Persistence was requested in this session.
    persistenz_angefragt: bool,
}

/// Context handle of the live data; `Copy`, like a signal.
#[derive(Clone, Copy)]
pub struct Daten {
    /// The open workspace; `None` only while a damaged one awaits recovery.
    pub arbeitsbereich: RwSignal<Option<Arbeitsbereich>>,
    /// Save state for the header.
    pub status: RwSignal<Speicherstatus>,
    /// All workspaces in storage (and the open one if not saved yet).
    pub liste: RwSignal<Vec<Listeneintrag>>,
    /// Storage use of the origin.
    pub belegung: RwSignal<Belegung>,
    /// App settings.
    pub einstellungen: RwSignal<Einstellungen>,
    /// Undo/redo descriptions.
    pub verlauf: RwSignal<Verlaufsstand>,
    /// Text for the polite live region (undo, redo, tab sync).
    pub ansage: RwSignal<String>,
    /// A visible notice about something that happened without the user's action.
    pub hinweis: RwSignal<Option<String>>,
    /// Answer of `navigator.storage.persist()`.
    pub persistenz: RwSignal<Persistenz>,
    intern: StoredValue<Intern, LocalStorage>,
}

/// Reads both slots of a workspace. `None` if storage cannot be read at all.
fn lies_befund(id: &str) -> Option<Befund> {
    let a = speicher::lies(&ablage::schluessel(id, Slot::A)).ok()?;
    let b = speicher::lies(&ablage::schluessel(id, Slot::B)).ok()?;
    Some(bewerte(a.as_deref(), b.as_deref()))
}

/// Ids of all workspaces in storage, sorted.
fn gespeicherte_ids(eintraege: &[(String, String)]) -> Vec<String> {
    let mut ids: Vec<String> = eintraege
        .iter()
        .filter_map(|(schluessel, _)| ablage::zerlege(schluessel).map(|(id, _)| id))
        .collect();
    ids.dedup();
    ids
}

/// Storage use of the whole origin right now.
fn aktuelle_belegung() -> Belegung {
    match speicher::alle_eintraege() {
        Speicherzugriff::Eintraege(eintraege) => Belegung::aus(&eintraege),
        Speicherzugriff::NichtVerfuegbar => Belegung::default(),
    }
}

/// Writes a new workspace as revision 1 into slot A.
fn schreibe_neu(arbeitsbereich: &Arbeitsbereich) -> Result<(), Schreibfehler> {
    let text = umschlag::schreiben(
        &umschlag::als_wert(arbeitsbereich),
        1,
        &browser::jetzt_iso(),
    );
    speicher::schreibe(&ablage::schluessel(&arbeitsbereich.id, Slot::A), &text)
}

/// German text for a failed write.
pub fn schreibfehler_text(fehler: &Schreibfehler) -> String {
    match fehler {
        Schreibfehler::Voll => "Der Speicher des Browsers ist voll.".to_owned(),
        Schreibfehler::NichtVerfuegbar => {
            "Der Browser erlaubt derzeit keinen lokalen Speicher.".to_owned()
        }
        Schreibfehler::Anderer(text) => format!("Der Browser meldet: {text}"),
    }
}

impl Daten {
    /// Reads settings and workspaces and opens the last used one. Returns the handle and, if
    /// the workspace to open is damaged, the recovery route to show first.
    pub fn starten() -> (Daten, Option<Route>) {
        let speicher_verfuegbar = speicher::verfuegbar();
        let daten = Daten {
            arbeitsbereich: RwSignal::new(None),
            status: RwSignal::new(Speicherstatus::KeinArbeitsbereich),
            liste: RwSignal::new(Vec::new()),
            belegung: RwSignal::new(Belegung::default()),
            einstellungen: RwSignal::new(Einstellungen::default()),
            verlauf: RwSignal::new(Verlaufsstand::default()),
            ansage: RwSignal::new(String::new()),
            hinweis: RwSignal::new(None),
            persistenz: RwSignal::new(Persistenz::Unbekannt),
            intern: StoredValue::new_local(Intern {
                wert: Value::Null,
                basis: None,
                slot: None,
                ungespeichert: false,
                verlauf: Verlauf::new(),
                timer: None,
                speicher_verfuegbar,
                persistenz_angefragt: false,
            }),
        };
        if !speicher_verfuegbar {
            daten.oeffne_im_arbeitsspeicher(daten.erster_arbeitsbereich());
            daten.status.set(Speicherstatus::OhneSpeicher);
            return (daten, None);
        }
        daten.lade_einstellungen();
        let eintraege = match speicher::alle_eintraege() {
            Speicherzugriff::Eintraege(e) => e,
            Speicherzugriff::NichtVerfuegbar => Vec::new(),
        };
        let ids = gespeicherte_ids(&eintraege);
        let gewuenscht = daten
            .einstellungen
            .with_untracked(|e| e.aktiver_arbeitsbereich.clone())
            .filter(|id| ids.contains(id));
        let umleitung = match gewuenscht {
            Some(id) => daten.oeffne(&id),
            None => {
                // The most recently saved intact workspace, else the first damaged one.
                let mut intakte: Vec<(String, Box<Gespeichert>)> = Vec::new();
                let mut beschaedigte = Vec::new();
                for id in &ids {
                    match lies_befund(id) {
                        Some(Befund::Intakt { gespeichert, .. }) => {
                            intakte.push((id.clone(), gespeichert))
                        }
                        Some(Befund::Beschaedigt { .. }) => beschaedigte.push(id.clone()),
                        _ => {}
                    }
                }
                intakte.sort_by(|a, b| a.1.gespeichert_am.cmp(&b.1.gespeichert_am));
                if let Some((id, _)) = intakte.last() {
                    daten.oeffne(id)
                } else if let Some(id) = beschaedigte.first() {
                    daten.oeffne(id)
                } else {
                    daten.oeffne_im_arbeitsspeicher(daten.erster_arbeitsbereich());
                    None
                }
            }
        };
        daten.aktualisiere_liste();
        leptos::task::spawn_local(async move {
            let antwort = browser::dauerhafter_speicher(false).await;
            daten.persistenz.set(match antwort {
                Some(true) => Persistenz::Dauerhaft,
                Some(false) => Persistenz::Unbekannt,
                None => Persistenz::NichtVerfuegbar,
            });
        });
        (daten, umleitung)
    }

    fn erster_arbeitsbereich(&self) -> Arbeitsbereich {
        Arbeitsbereich::neu(
            &browser::neue_id(),
            ERSTER_ARBEITSBEREICH,
            &browser::jetzt_iso(),
        )
    }

    /// Whether changes are possible now (tracked): a workspace is open and may be written.
    pub fn bearbeitbar(&self) -> bool {
        self.arbeitsbereich.with(Option::is_some)
            && !matches!(
                self.status.get(),
                Speicherstatus::NurLesen { .. } | Speicherstatus::Konflikt(_)
            )
    }

    /// Whether local storage can be used in this browser.
    pub fn speicher_verfuegbar(&self) -> bool {
        self.intern.with_value(|i| i.speicher_verfuegbar)
    }

    /// Whether this tab holds changes that are not in storage.
    pub fn hat_ungespeichertes(&self) -> bool {
        self.intern.with_value(|i| i.ungespeichert)
    }

    /// Id of the open workspace (untracked).
    pub fn offene_id(&self) -> Option<String> {
        self.arbeitsbereich
            .with_untracked(|ab| ab.as_ref().map(|ab| ab.id.clone()))
    }

    // ----- opening --------------------------------------------------------------------------

    fn setze_offen(&self, arbeitsbereich: Arbeitsbereich, basis: Option<u64>, slot: Option<Slot>) {
        let wert = umschlag::als_wert(&arbeitsbereich);
        self.intern.update_value(|i| {
            if let Some(timer) = i.timer.take() {
                timer.clear();
            }
            i.wert = wert;
            i.basis = basis;
            i.slot = slot;
            i.ungespeichert = false;
            i.verlauf.leeren();
        });
        self.arbeitsbereich.set(Some(arbeitsbereich));
        self.verlauf_melden();
    }

    fn oeffne_im_arbeitsspeicher(&self, arbeitsbereich: Arbeitsbereich) {
        self.setze_offen(arbeitsbereich, None, None);
        self.status.set(Speicherstatus::Unveraendert {
            gespeichert_am: None,
        });
    }

    /// Opens a stored workspace. Saves pending changes of the open one first. Returns the
    /// recovery route if the workspace cannot be read.
    pub fn oeffne(&self, id: &str) -> Option<Route> {
        self.speichern();
        let befund = lies_befund(id)?;
        let umleitung = match befund {
            Befund::Leer => return None,
            Befund::Intakt { slot, gespeichert } => {
                let nur_lesen = gespeichert.nur_lesen();
                let Gespeichert {
                    arbeitsbereich,
                    revision,
                    gespeichert_am,
                    app_version,
                    ..
                } = *gespeichert;
                self.setze_offen(arbeitsbereich, Some(revision), Some(slot));
                self.status.set(if nur_lesen {
                    Speicherstatus::NurLesen { app_version }
                } else {
                    Speicherstatus::Unveraendert {
                        gespeichert_am: Some(gespeichert_am),
                    }
                });
                None
            }
            Befund::Beschaedigt { .. } => {
                self.intern.update_value(|i| {
                    if let Some(timer) = i.timer.take() {
                        timer.clear();
                    }
                    i.ungespeichert = false;
                    i.verlauf.leeren();
                    i.basis = None;
                    i.slot = None;
                });
                self.arbeitsbereich.set(None);
                self.status.set(Speicherstatus::KeinArbeitsbereich);
                self.verlauf_melden();
                Some(Route::Wiederherstellung { id: id.to_owned() })
            }
        };
        self.einstellungen_aendern(|e| e.aktiver_arbeitsbereich = Some(id.to_owned()));
        umleitung
    }

    // ----- changes, undo, redo --------------------------------------------------------------

    /// Changes the open workspace. `beschreibung` names the step for undo ("Behörde geändert").
    /// Does nothing (and says why) when the workspace is read-only or in conflict.
    pub fn aendere(&self, beschreibung: &str, aenderung: impl FnOnce(&mut Arbeitsbereich)) {
        if !self.bearbeitbar_ungetrackt() {
            self.ansage.set(
                "Dieser Arbeitsbereich ist schreibgeschützt; die Änderung wurde nicht übernommen."
                    .to_owned(),
            );
            return;
        }
        let Some(mut neu) = self.arbeitsbereich.get_untracked() else {
            return;
        };
        aenderung(&mut neu);
        let neu_wert = umschlag::als_wert(&neu);
        let geaendert = self.intern.try_update_value(|i| {
            if i.wert == neu_wert {
                return false;
            }
            i.verlauf.aufzeichnen(&i.wert, &neu_wert, beschreibung);
            i.wert = neu_wert;
            true
        });
        if geaendert == Some(true) {
            self.arbeitsbereich.set(Some(neu));
            self.verlauf_melden();
            self.speichern_planen();
        }
    }

    fn bearbeitbar_ungetrackt(&self) -> bool {
        untrack(|| self.bearbeitbar())
    }

    /// Reverts the last change (Strg+Z).
    pub fn rueckgaengig(&self) {
        self.verlauf_schritt(true);
    }

    /// Repeats the last undone change (Strg+Y).
    pub fn wiederholen(&self) {
        self.verlauf_schritt(false);
    }

    fn verlauf_schritt(&self, zurueck: bool) {
        if !self.bearbeitbar_ungetrackt() {
            return;
        }
        let schritt = self.intern.try_update_value(|i| {
            let aktuell = i.wert.clone();
            let ergebnis = if zurueck {
                i.verlauf.rueckgaengig(&aktuell)
            } else {
                i.verlauf.wiederholen(&aktuell)
            };
            ergebnis.map(|(wert, beschreibung)| {
                i.wert = wert.clone();
                (wert, beschreibung)
            })
        });
        let Some(Some((wert, beschreibung))) = schritt else {
            return;
        };
        match serde_json::from_value::<Arbeitsbereich>(wert) {
            Ok(arbeitsbereich) => {
                self.arbeitsbereich.set(Some(arbeitsbereich));
                self.ansage.set(if zurueck {
                    format!("Rückgängig gemacht: {beschreibung}")
                } else {
                    format!("Wiederholt: {beschreibung}")
                });
                self.speichern_planen();
            }
            Err(_) => {
                // Cannot happen with patches of our own values; fall back to a clean state.
                if let Some(ab) = self.arbeitsbereich.get_untracked() {
                    let wert = umschlag::als_wert(&ab);
                    self.intern.update_value(|i| {
                        i.wert = wert;
                        i.verlauf.leeren();
                    });
                }
                self.ansage
                    .set("Der Schritt ließ sich nicht rückgängig machen.".to_owned());
            }
        }
        self.verlauf_melden();
    }

    fn verlauf_melden(&self) {
        let stand = self.intern.with_value(|i| Verlaufsstand {
            rueckgaengig: i.verlauf.naechstes_rueckgaengig().map(str::to_owned),
            wiederholen: i.verlauf.naechstes_wiederholen().map(str::to_owned),
        });
        self.verlauf.set(stand);
    }

    // ----- saving ---------------------------------------------------------------------------

    fn speichern_planen(&self) {
        self.intern.update_value(|i| i.ungespeichert = true);
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

    /// Writes pending changes now (autosave timer, page hide, switching workspaces).
    pub fn speichern(&self) {
        if super::panic::ist_abgestuerzt() {
            return;
        }
        self.intern.update_value(|i| {
            if let Some(timer) = i.timer.take() {
                timer.clear();
            }
        });
        let (ungespeichert, verfuegbar, basis, slot) = self
            .intern
            .with_value(|i| (i.ungespeichert, i.speicher_verfuegbar, i.basis, i.slot));
        let Some(id) = self.offene_id() else { return };
        if !ungespeichert || !verfuegbar {
            return;
        }
        if matches!(
            self.status.get_untracked(),
            Speicherstatus::Konflikt(_) | Speicherstatus::NurLesen { .. }
        ) {
            return;
        }
        // Read again what is stored: another tab may have saved in between.
        let Some(befund) = lies_befund(&id) else {
            self.status.set(Speicherstatus::Fehler(schreibfehler_text(
                &Schreibfehler::NichtVerfuegbar,
            )));
            return;
        };
        match &befund {
            Befund::Beschaedigt { .. } => {
                self.status.set(Speicherstatus::Fehler(
                    "Die gespeicherte Fassung dieses Arbeitsbereichs ist inzwischen beschädigt; sie wird nicht überschrieben. Laden Sie eine Sicherung herunter."
                        .to_owned(),
                ));
                return;
            }
            Befund::Leer if basis.is_some() => {
                self.status
                    .set(Speicherstatus::Konflikt(Konflikt::Geloescht));
                return;
            }
            Befund::Intakt { gespeichert, .. } if Some(gespeichert.revision) != basis => {
                self.status
                    .set(Speicherstatus::Konflikt(Konflikt::Geaendert {
                        revision: gespeichert.revision,
                        gespeichert_am: gespeichert.gespeichert_am.clone(),
                    }));
                return;
            }
            _ => {}
        }
        let revision = basis.unwrap_or(0) + 1;
        let gespeichert_am = browser::jetzt_iso();
        let text = self
            .intern
            .with_value(|i| umschlag::schreiben(&i.wert, revision, &gespeichert_am));
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
    }

    /// Asks once per session for persistent storage, after the first successful save (a user
    /// action came before it, which some browsers require).
    fn persistenz_anfragen(&self) {
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
        if super::panic::ist_abgestuerzt() {
            return;
        }
        if schluessel.as_deref() == Some(ablage::einstellungen_schluessel().as_str()) {
            self.lade_einstellungen();
            return;
        }
        self.aktualisiere_liste();
        let Some(id) = self.offene_id() else { return };
        let betrifft_offenen = match &schluessel {
            None => true,
            Some(s) => ablage::zerlege(s).is_some_and(|(eid, _)| eid == id),
        };
        if !betrifft_offenen {
            return;
        }
        let Some(befund) = lies_befund(&id) else {
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
                    self.intern.update_value(|i| {
                        if let Some(timer) = i.timer.take() {
                            timer.clear();
                        }
                    });
                    self.status
                        .set(Speicherstatus::Konflikt(Konflikt::Geaendert {
                            revision: gespeichert.revision,
                            gespeichert_am: gespeichert.gespeichert_am.clone(),
                        }));
                } else {
                    let zeit = browser::uhrzeit(&gespeichert.gespeichert_am);
                    let nur_lesen = gespeichert.nur_lesen();
                    let Gespeichert {
                        arbeitsbereich,
                        revision,
                        gespeichert_am,
                        app_version,
                        ..
                    } = *gespeichert;
                    self.setze_offen(arbeitsbereich, Some(revision), Some(slot));
                    self.status.set(if nur_lesen {
                        Speicherstatus::NurLesen { app_version }
                    } else {
                        Speicherstatus::Gespeichert { gespeichert_am }
                    });
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
        self.status.set(Speicherstatus::KeinArbeitsbereich);
        self.oeffne(&kopie.id);
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
        if let Some(route) = self.oeffne(&id) {
            browser::setze_hash(&route.href());
        }
    }

    /// Conflict resolution after a deletion elsewhere: stores this tab's state again.
    pub fn erneut_speichern(&self) {
        self.intern.update_value(|i| {
            i.basis = None;
            i.slot = None;
        });
        self.status.set(Speicherstatus::Ausstehend);
        self.hinweis.set(None);
        self.intern.update_value(|i| i.ungespeichert = true);
        self.speichern();
        self.aktualisiere_liste();
    }

    // ----- managing workspaces --------------------------------------------------------------

    /// Creates, saves and opens a new empty workspace.
    pub fn neu(&self, bezeichnung: &str) -> Result<(), String> {
        let arbeitsbereich =
            Arbeitsbereich::neu(&browser::neue_id(), bezeichnung, &browser::jetzt_iso());
        self.anlegen_und_oeffnen(arbeitsbereich)
    }

    fn anlegen_und_oeffnen(&self, arbeitsbereich: Arbeitsbereich) -> Result<(), String> {
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
        self.oeffne(&arbeitsbereich.id);
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
                Some(naechster) => umleitung = self.oeffne(&naechster),
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
        let mut erste = None;
        for quelle in arbeitsbereiche {
            let mut neu = quelle.clone();
            neu.id = browser::neue_id();
            if !self.speicher_verfuegbar() {
                erste.get_or_insert(neu);
                continue;
            }
            schreibe_neu(&neu).map_err(|f| {
                format!(
                    "{} Eingespielt wurden nur die Arbeitsbereiche vor „{}“.",
                    schreibfehler_text(&f),
                    quelle.metadaten.bezeichnung
                )
            })?;
            erste.get_or_insert(neu);
        }
        if let Some(erste) = erste {
            if self.speicher_verfuegbar() {
                self.oeffne(&erste.id);
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
        let eintraege = match speicher::alle_eintraege() {
            Speicherzugriff::Eintraege(e) => e,
            Speicherzugriff::NichtVerfuegbar => Vec::new(),
        };
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
            let text =
                if offen.as_ref().is_some_and(|ab| ab.id == id) {
                    name = offen.as_ref().map(|ab| ab.metadaten.bezeichnung.clone());
                    let revision = self.intern.with_value(|i| i.basis.unwrap_or(0));
                    Some(self.intern.with_value(|i| {
                        umschlag::schreiben(&i.wert, revision, &browser::jetzt_iso())
                    }))
                } else {
                    match lies_befund(&id) {
                        Some(Befund::Intakt { slot, gespeichert }) => {
                            name = Some(gespeichert.arbeitsbereich.metadaten.bezeichnung);
                            speicher::lies(&ablage::schluessel(&id, slot))
                                .ok()
                                .flatten()
                        }
                        _ => None,
                    }
                };
            match text.and_then(|t| serde_json::from_str::<Value>(&t).ok()) {
                Some(umschlag) => {
                    umschlaege.push(umschlag);
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

    fn lade_einstellungen(&self) {
        let schluessel = ablage::einstellungen_schluessel();
        let einstellungen = match speicher::lies(&schluessel) {
            Ok(Some(text)) => match Einstellungen::lesen(&text) {
                Ok(e) => e,
                Err(_) => {
                    // Keep the unreadable text beside, never overwrite it.
                    let beiseite = format!("{schluessel}:unlesbar-{}", browser::jetzt_iso());
                    let _ = speicher::schreibe(&beiseite, &text);
                    Einstellungen::default()
                }
            },
            _ => Einstellungen::default(),
        };
        self.einstellungen.set(einstellungen);
    }

    /// Changes the settings: reads the stored ones again first, so that two tabs do not undo
    /// each other's settings.
    pub fn einstellungen_aendern(&self, aenderung: impl FnOnce(&mut Einstellungen)) {
        if super::panic::ist_abgestuerzt() {
            return;
        }
        if self.speicher_verfuegbar() {
            self.lade_einstellungen();
        }
        let mut einstellungen = self.einstellungen.get_untracked();
        aenderung(&mut einstellungen);
        if self.speicher_verfuegbar() {
            let _ = speicher::schreibe(
                &ablage::einstellungen_schluessel(),
                &einstellungen.schreiben(),
            );
        }
        self.einstellungen.set(einstellungen);
    }

    /// Reads the list of workspaces and the storage use again.
    pub fn aktualisiere_liste(&self) {
        let eintraege = match speicher::alle_eintraege() {
            Speicherzugriff::Eintraege(e) => e,
            Speicherzugriff::NichtVerfuegbar => Vec::new(),
        };
        let belegung = Belegung::aus(&eintraege);
        let mut liste: Vec<Listeneintrag> = gespeicherte_ids(&eintraege)
            .into_iter()
            .map(|id| {
                let zustand = match lies_befund(&id) {
                    Some(Befund::Intakt { gespeichert, .. }) => Eintragszustand::Intakt {
                        nur_lesen: gespeichert.nur_lesen(),
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
                };
                let belegung = belegung.je_arbeitsbereich.get(&id).copied().unwrap_or(0);
                Listeneintrag {
                    id,
                    zustand,
                    belegung,
                }
            })
            .collect();
        if let Some(ab) = self.arbeitsbereich.get_untracked() {
            if !liste.iter().any(|e| e.id == ab.id) {
                liste.push(Listeneintrag {
                    id: ab.id.clone(),
                    zustand: Eintragszustand::NeuImSpeicher {
                        metadaten: ab.metadaten.clone(),
                    },
                    belegung: 0,
                });
            }
        }
        liste.sort_by_key(|e| match &e.zustand {
            Eintragszustand::Intakt { metadaten, .. }
            | Eintragszustand::NeuImSpeicher { metadaten } => metadaten.bezeichnung.to_lowercase(),
            Eintragszustand::Beschaedigt(_) => e.id.clone(),
        });
        self.liste.set(liste);
        self.belegung.set(belegung);
    }

    /// After an own save only the open workspace's line and the storage use change; the other
    /// workspaces need not be parsed again.
    fn eigenen_eintrag_aktualisieren(&self, revision: u64, gespeichert_am: &str) {
        let Some(ab) = self.arbeitsbereich.get_untracked() else {
            return;
        };
        let belegung = aktuelle_belegung();
        let eintrag = Listeneintrag {
            id: ab.id.clone(),
            zustand: Eintragszustand::Intakt {
                metadaten: ab.metadaten,
                revision,
                gespeichert_am: gespeichert_am.to_owned(),
                nur_lesen: false,
            },
            belegung: belegung.je_arbeitsbereich.get(&ab.id).copied().unwrap_or(0),
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
