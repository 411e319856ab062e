//! The live data of the app: the open workspace, autosave, undo and redo, other tabs.
//!
//! [`Daten`] is provided as context by the `App`. Every change of workspace data goes through
//! [`Daten::aendere`], which records it for undo and schedules the autosave; tools never write
//! anywhere else. What is stored and how it is read back is decided by [`crate::daten`];
//! [`super::speicher`] does the actual storage calls.
//!
//! Parts: this file holds the state, opening and changing (with undo); [`speichern`] the
//! autosave and what other tabs do; [`verwaltung`] creating, deleting, importing, backups,
//! settings and the list.
//!
//! Rules this module keeps (each has an end-to-end test in `tests/e2e/speicherfehler.test.mjs`):
//! - Data that fails to load is never written over: a damaged workspace opens the recovery view
//!   and both its slots stay untouched until the user decides.
//! - Before a save, the stored revision is read again. If another tab saved in between, this tab
//!   does not write; it shows a conflict and keeps its own changes in memory.
//! - A save that fails (full quota, storage switched off) keeps the change in memory and says
//!   so in the header; nothing is dropped.
//! - Nothing is written after a panic ([`super::panic::ist_abgestuerzt`]).

mod datei;
mod speichern;
mod verwaltung;

use std::time::Duration;

use leptos::prelude::*;

use super::browser;
use super::speicher::{self, Schreibfehler};
use crate::daten::ablage::{self, bewerte, Befund, Belegung, Slot};
use crate::daten::arbeitsbereich::{Arbeitsbereich, Metadaten};
use crate::daten::einstellungen::Einstellungen;
use crate::daten::packung::Packer;
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
    /// Nothing changed since the workspace was opened; `gespeichert_am` is its last save
    /// (`None`: never saved, a fresh workspace).
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
        /// Record counts per tool, for the delete confirmation.
        kennzahlen: Vec<(&'static str, String)>,
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
    /// The open workspace's canonical text ([`umschlag::als_text`]); undo patches, saves and
    /// the file work on it.
    text: String,
    /// Revision this tab's state is based on (`None`: never saved).
    basis: Option<u64>,
    /// Slot holding that revision.
    slot: Option<Slot>,
    /// The stored entry of `slot` that this tab's state is based on: the one it last wrote
    /// there, or the one it read when it opened that revision (`None` without a slot). Lets a
    /// save skip re-reading what is still its own, the list of workspaces skip decoding it
    /// again, and an export send its text instead of serialising the workspace
    /// ([`Daten::gespeicherter_eintrag`]).
    eintrag: Option<EigenerEintrag>,
    /// Changes not yet written.
    ungespeichert: bool,
    verlauf: Verlauf,
    /// Packs the saves of the open workspace, re-deflating only what changed.
    packer: Packer,
    timer: Option<leptos::leptos_dom::helpers::TimeoutHandle>,
    speicher_verfuegbar: bool,
    /// Persistence was requested in this session.
    persistenz_angefragt: bool,
    /// A backup with the open workspace was downloaded since its last change.
    gesichert: bool,
    /// The connected file, if any.
    datei: datei::Dateiintern,
}

/// A stored entry this tab wrote or read, as it lies in its slot.
struct EigenerEintrag {
    /// The entry's text (packed envelope).
    text: String,
    /// Its `gespeichert_am`.
    gespeichert_am: String,
}

/// Context handle of the live data; `Copy`, like a signal.
///
/// Its state is private: views read through [`Daten::lies`] and the read-only signals below,
/// and change the workspace only with [`Daten::aendere`], which records the step for undo and
/// schedules the autosave. So "every change goes through `aendere`" is held by the type.
#[derive(Clone, Copy)]
pub struct Daten {
    /// The open workspace; `None` only while a damaged one awaits recovery.
    arbeitsbereich: RwSignal<Option<Arbeitsbereich>>,
    /// Save state for the header.
    status: RwSignal<Speicherstatus>,
    /// All workspaces in storage (and the open one if not saved yet).
    liste: RwSignal<Vec<Listeneintrag>>,
    /// Storage use of the origin.
    belegung: RwSignal<Belegung>,
    /// App settings.
    einstellungen: RwSignal<Einstellungen>,
    /// Undo/redo descriptions.
    verlauf: RwSignal<Verlaufsstand>,
    /// Text for the polite live region (undo, redo, tab sync).
    ansage: RwSignal<String>,
    /// The last undo or redo, shown visibly until the next change: `(undone, description)`.
    letzter_schritt: RwSignal<Option<(bool, String)>>,
    /// A visible notice about something that happened without the user's action.
    hinweis: RwSignal<Option<String>>,
    /// Answer of `navigator.storage.persist()`.
    persistenz: RwSignal<Persistenz>,
    /// The connection to a file ("Arbeitsbereich als Datei").
    datei: RwSignal<crate::daten::datei::Verbindung>,
    intern: StoredValue<Intern, LocalStorage>,
}

/// Reads both slots of a workspace. `None` if storage cannot be read at all.
fn lies_befund(id: &str) -> Option<Befund> {
    lies_befund_mit_eintrag(id).map(|(befund, _)| befund)
}

/// Reads both slots of a workspace, with the stored text of the intact slot the [`Befund`]
/// names (`None` for any other finding).
fn lies_befund_mit_eintrag(id: &str) -> Option<(Befund, Option<String>)> {
    let a = speicher::lies(&ablage::schluessel(id, Slot::A)).ok()?;
    let b = speicher::lies(&ablage::schluessel(id, Slot::B)).ok()?;
    let befund = bewerte(a.as_deref(), b.as_deref());
    let eintrag = match &befund {
        Befund::Intakt { slot: Slot::A, .. } => a,
        Befund::Intakt { slot: Slot::B, .. } => b,
        _ => None,
    };
    Some((befund, eintrag))
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

/// Storage use of the whole origin right now, measured without reading the entries into the
/// app (see [`speicher::alle_groessen`]).
fn aktuelle_belegung() -> Belegung {
    let groessen = speicher::alle_groessen().unwrap_or_default();
    Belegung::aus_groessen(groessen.iter().map(|(s, m)| (s.as_str(), *m)))
}

/// Writes a new workspace as revision 1 into slot A.
fn schreibe_neu(arbeitsbereich: &Arbeitsbereich) -> Result<(), Schreibfehler> {
    let text = ablage::eintrag(
        &umschlag::als_text(arbeitsbereich),
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
    // ----- reading --------------------------------------------------------------------------

    /// Reads the open workspace (tracked: the caller re-runs when it changes). `None` only
    /// while a damaged workspace awaits recovery.
    pub fn lies<R>(&self, lesen: impl FnOnce(Option<&Arbeitsbereich>) -> R) -> R {
        self.arbeitsbereich.with(|ab| lesen(ab.as_ref()))
    }

    /// A value derived from the open workspace, recomputed when the workspace changes and
    /// passed on only when it differs (a [`Memo`]); `T::default()` while no workspace is
    /// readable. The usual source of a view's rows and figures.
    pub fn ableiten<T>(
        &self,
        ableiten: impl Fn(&Arbeitsbereich) -> T + Send + Sync + 'static,
    ) -> Memo<T>
    where
        T: Default + PartialEq + Send + Sync + 'static,
    {
        let daten = *self;
        Memo::new(move |_| daten.lies(|ab| ab.map(&ableiten).unwrap_or_default()))
    }

    /// The stored text of the open workspace, if it holds exactly what is open: no unsaved
    /// changes, and this tab wrote or read that text. An export sends it to the worker, which
    /// reads it like a stored entry, instead of serialising the whole workspace on the page.
    pub fn gespeicherter_eintrag(&self) -> Option<String> {
        self.intern
            .with_value(|i| (!i.ungespeichert).then(|| i.eintrag.as_ref().map(|e| e.text.clone())))
            .flatten()
    }

    /// Reads the open workspace's canonical text (`None` while none is open): what an export
    /// sends when the stored entry is not current.
    pub fn lies_text<R>(&self, lesen: impl FnOnce(&str) -> R) -> Option<R> {
        self.intern
            .with_value(|i| (!i.text.is_empty()).then(|| lesen(&i.text)))
    }

    /// Reads the open workspace without tracking (in event handlers and one-off reads).
    pub fn lies_ungetrackt<R>(&self, lesen: impl FnOnce(Option<&Arbeitsbereich>) -> R) -> R {
        self.arbeitsbereich.with_untracked(|ab| lesen(ab.as_ref()))
    }

    /// Save state for the header.
    pub fn status(&self) -> ReadSignal<Speicherstatus> {
        self.status.read_only()
    }

    /// All workspaces in storage (and the open one if not saved yet).
    pub fn liste(&self) -> ReadSignal<Vec<Listeneintrag>> {
        self.liste.read_only()
    }

    /// Storage use of the origin.
    pub fn belegung(&self) -> ReadSignal<Belegung> {
        self.belegung.read_only()
    }

    /// App settings.
    pub fn einstellungen(&self) -> ReadSignal<Einstellungen> {
        self.einstellungen.read_only()
    }

    /// Undo/redo descriptions for the header.
    pub fn verlauf(&self) -> ReadSignal<Verlaufsstand> {
        self.verlauf.read_only()
    }

    /// Text of the polite live region.
    pub fn ansage(&self) -> ReadSignal<String> {
        self.ansage.read_only()
    }

    /// Says `text` in the polite live region ("Projekt gelöscht.").
    pub fn ansagen(&self, text: impl Into<String>) {
        self.ansage.set(text.into());
    }

    /// The visible notice about something that happened without the user's action.
    pub fn hinweis(&self) -> ReadSignal<Option<String>> {
        self.hinweis.read_only()
    }

    /// The last undo (`true`) or redo (`false`) with its description, until the next change.
    pub fn letzter_schritt(&self) -> ReadSignal<Option<(bool, String)>> {
        self.letzter_schritt.read_only()
    }

    /// Hides the notice about the last undo or redo.
    pub fn letzten_schritt_ausblenden(&self) {
        self.letzter_schritt.set(None);
    }

    /// Closes the visible notice.
    pub fn hinweis_schliessen(&self) {
        self.hinweis.set(None);
    }

    /// Answer of `navigator.storage.persist()`.
    pub fn persistenz(&self) -> ReadSignal<Persistenz> {
        self.persistenz.read_only()
    }

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
            letzter_schritt: RwSignal::new(None),
            hinweis: RwSignal::new(None),
            persistenz: RwSignal::new(Persistenz::Unbekannt),
            datei: RwSignal::new(crate::daten::datei::Verbindung::Keine),
            intern: StoredValue::new_local(Intern {
                text: String::new(),
                basis: None,
                eintrag: None,
                slot: None,
                ungespeichert: false,
                verlauf: Verlauf::new(),
                packer: Packer::default(),
                timer: None,
                speicher_verfuegbar,
                persistenz_angefragt: false,
                gesichert: false,
                datei: datei::Dateiintern::default(),
            }),
        };
        if !speicher_verfuegbar {
            daten.oeffne_im_arbeitsspeicher(daten.erster_arbeitsbereich());
            daten.status.set(Speicherstatus::OhneSpeicher);
            return (daten, None);
        }
        daten.lade_einstellungen();
        // The workspace opened last; else the most recently saved intact one; else the first
        // damaged one (recovery); else a fresh one in memory.
        let zuletzt = daten
            .einstellungen
            .with_untracked(|e| e.aktiver_arbeitsbereich.clone());
        // Opened before the list is read, so that the list takes its line from the open state
        // instead of decoding the same (possibly largest) workspace a second time.
        let gespeichert = speicher::alle_groessen().unwrap_or_default();
        if let Some(id) = zuletzt.clone().filter(|id| {
            gespeichert.iter().any(|(schluessel, _)| {
                ablage::zerlege(schluessel).is_some_and(|(gespeichert, _)| &gespeichert == id)
            })
        }) {
            let umleitung = daten.oeffnen(&id);
            daten.aktualisiere_liste();
            daten.persistenz_abfragen();
            return (daten, umleitung);
        }
        daten.aktualisiere_liste();
        let ziel = daten.liste.with_untracked(|liste| {
            let gespeichert = |e: &&Listeneintrag| match &e.zustand {
                Eintragszustand::Intakt { gespeichert_am, .. } => Some(gespeichert_am.clone()),
                _ => None,
            };
            zuletzt
                .filter(|id| liste.iter().any(|e| &e.id == id))
                .or_else(|| {
                    liste
                        .iter()
                        .filter(|e| gespeichert(e).is_some())
                        .max_by_key(|e| gespeichert(e))
                        .map(|e| e.id.clone())
                })
                .or_else(|| liste.first().map(|e| e.id.clone()))
        });
        let umleitung = match ziel {
            Some(id) => daten.oeffnen(&id),
            None => {
                daten.oeffne_im_arbeitsspeicher(daten.erster_arbeitsbereich());
                daten.aktualisiere_liste();
                None
            }
        };
        daten.persistenz_abfragen();
        (daten, umleitung)
    }

    /// Asks in the background whether the browser keeps the data (without requesting it).
    fn persistenz_abfragen(self) {
        leptos::task::spawn_local(async move {
            let antwort = browser::dauerhafter_speicher(false).await;
            self.persistenz.set(match antwort {
                Some(true) => Persistenz::Dauerhaft,
                Some(false) => Persistenz::Unbekannt,
                None => Persistenz::NichtVerfuegbar,
            });
        });
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

    /// Stops a pending autosave (the caller saves now or drops the change on purpose).
    fn timer_anhalten(&self) {
        self.intern.update_value(|i| {
            if let Some(timer) = i.timer.take() {
                timer.clear();
            }
        });
    }

    /// Makes `arbeitsbereich` the open workspace (`None`: none, while recovery is needed), based
    /// on stored revision `basis` in `slot`, with no unsaved changes and an empty history.
    ///
    /// `text`: the workspace's canonical text as read from storage, if at hand; otherwise it
    /// is written here.
    fn setze_offen(
        &self,
        arbeitsbereich: Option<Arbeitsbereich>,
        text: Option<String>,
        basis: Option<u64>,
        slot: Option<Slot>,
    ) {
        self.timer_anhalten();
        let neue_id = arbeitsbereich.as_ref().map(|ab| ab.id.clone());
        if neue_id != self.offene_id() {
            self.datei_zuruecksetzen(neue_id);
        }
        let text = match (&arbeitsbereich, text) {
            (None, _) => String::new(),
            (Some(_), Some(text)) => text,
            (Some(ab), None) => umschlag::als_text(ab),
        };
        self.intern.update_value(|i| {
            i.text = text;
            i.basis = basis;
            i.eintrag = None;
            i.slot = slot;
            i.ungespeichert = false;
            i.verlauf.leeren();
            i.packer = Packer::default();
        });
        // While the page is idle, the packer learns the workspace's pieces, so that the first
        // save after an edit deflates only what the edit changed.
        let intern = self.intern;
        browser::wenn_untaetig(move || {
            if crate::app::panic::ist_abgestuerzt() {
                return;
            }
            let _ = intern.try_update_value(|i| {
                if !i.text.is_empty() {
                    i.packer.vorbereiten(&i.text);
                }
            });
        });
        self.arbeitsbereich.set(arbeitsbereich);
        self.verlauf_melden();
    }

    /// Opens a revision read from storage (`eintrag`: its stored text); data of a newer version
    /// read-only.
    fn gespeichertes_oeffnen(&self, slot: Slot, gespeichert: Gespeichert, eintrag: Option<String>) {
        let nur_lesen = gespeichert.nur_lesen();
        let Gespeichert {
            arbeitsbereich,
            revision,
            gespeichert_am,
            app_version,
            text,
            ..
        } = gespeichert;
        self.setze_offen(Some(arbeitsbereich), text, Some(revision), Some(slot));
        self.intern.update_value(|i| {
            i.eintrag = eintrag.map(|text| EigenerEintrag {
                text,
                gespeichert_am: gespeichert_am.clone(),
            });
        });
        self.status.set(if nur_lesen {
            Speicherstatus::NurLesen { app_version }
        } else {
            Speicherstatus::Unveraendert {
                gespeichert_am: Some(gespeichert_am),
            }
        });
    }

    fn oeffne_im_arbeitsspeicher(&self, arbeitsbereich: Arbeitsbereich) {
        self.setze_offen(Some(arbeitsbereich), None, None, None);
        self.status.set(Speicherstatus::Unveraendert {
            gespeichert_am: None,
        });
    }

    /// Whether the open workspace may be closed: its changes are saved, or a backup holding
    /// them was downloaded. Otherwise switching would lose them, and the German message says
    /// what to do.
    pub fn wechsel_pruefen(&self) -> Result<(), String> {
        self.speichern();
        let (ungespeichert, gesichert) = self.intern.with_value(|i| (i.ungespeichert, i.gesichert));
        if !ungespeichert || gesichert {
            return Ok(());
        }
        let name = self
            .arbeitsbereich
            .with_untracked(|ab| ab.as_ref().map(|ab| ab.metadaten.bezeichnung.clone()))
            .unwrap_or_default();
        Err(format!(
            "Die Änderungen in „{name}“ sind nicht gespeichert (siehe Hinweis oben). Laden Sie zuerst eine Sicherung herunter; danach können Sie den Arbeitsbereich wechseln, ohne etwas zu verlieren."
        ))
    }

    /// Opens a stored workspace after [`Daten::wechsel_pruefen`]. Returns the recovery route if
    /// the workspace cannot be read.
    pub fn oeffne(&self, id: &str) -> Result<Option<Route>, String> {
        self.wechsel_pruefen()?;
        Ok(self.oeffnen(id))
    }

    /// Opens a stored workspace without asking; the caller has made sure nothing is lost.
    fn oeffnen(&self, id: &str) -> Option<Route> {
        self.speichern();
        let (befund, eintrag) = lies_befund_mit_eintrag(id)?;
        let umleitung = match befund {
            Befund::Leer => return None,
            Befund::Intakt { slot, gespeichert } => {
                self.gespeichertes_oeffnen(slot, *gespeichert, eintrag);
                None
            }
            Befund::Beschaedigt { .. } => {
                self.setze_offen(None, None, None, None);
                self.status.set(Speicherstatus::KeinArbeitsbereich);
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
            let grund = match self.status.get_untracked() {
                Speicherstatus::Konflikt(_) => {
                    "Entscheiden Sie zuerst, wie es mit der Änderung aus dem anderen Tab weitergeht (Hinweis oben)."
                }
                Speicherstatus::NurLesen { .. } => {
                    "Dieser Arbeitsbereich ist schreibgeschützt, weil er mit einer neueren Version gespeichert wurde."
                }
                _ => "Es ist kein Arbeitsbereich geöffnet.",
            };
            self.ansage
                .set(format!("Die Änderung wurde nicht übernommen. {grund}"));
            return;
        }
        // Changed in place (no copy of a large workspace) and written once as canonical text;
        // views are notified only if that text really differs, and the undo step is the
        // stretch that differs (found by comparing memory, not by walking the data).
        let mut neu_text = None;
        self.arbeitsbereich.update_untracked(|ab| {
            if let Some(ab) = ab {
                aenderung(ab);
                neu_text = Some(umschlag::als_text(ab));
            }
        });
        let Some(neu_text) = neu_text else { return };
        let geaendert = self.intern.try_update_value(|i| {
            let geaendert = i.verlauf.aufzeichnen(&i.text, &neu_text, beschreibung);
            if geaendert {
                i.text = neu_text;
            }
            geaendert
        });
        if geaendert == Some(true) {
            if self.letzter_schritt.with_untracked(Option::is_some) {
                self.letzter_schritt.set(None);
            }
            self.arbeitsbereich.notify();
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
        // The kept text is patched in place (only the step's stretch) and the workspace read
        // from it: an undo costs the step plus one parse, not copies of the whole workspace.
        let schritt = self.intern.try_update_value(|i| {
            let beschreibung = if zurueck {
                i.verlauf.rueckgaengig_an(&mut i.text)
            } else {
                i.verlauf.wiederholen_an(&mut i.text)
            }?;
            let gelesen = crate::daten::json::lesen::<Arbeitsbereich>(&i.text);
            if gelesen.is_err() {
                // Cannot happen with patches of our own values; start a clean history.
                i.verlauf.leeren();
            }
            Some((gelesen, beschreibung))
        });
        let Some(Some((gelesen, beschreibung))) = schritt else {
            return;
        };
        match gelesen {
            Ok(arbeitsbereich) => {
                self.arbeitsbereich.set(Some(arbeitsbereich));
                self.ansage.set(if zurueck {
                    format!("Rückgängig gemacht: {beschreibung}")
                } else {
                    format!("Wiederholt: {beschreibung}")
                });
                self.letzter_schritt.set(Some((zurueck, beschreibung)));
                self.speichern_planen();
            }
            Err(_) => {
                // The workspace on screen is unchanged; the kept text goes back to it.
                if let Some(text) = self
                    .arbeitsbereich
                    .with_untracked(|ab| ab.as_ref().map(umschlag::als_text))
                {
                    self.intern.update_value(|i| i.text = text);
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
}
