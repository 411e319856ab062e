//! Unsaved form input ("Entwürfe") that survives leaving the page, in one hook every form uses:
//! [`Formularentwurf::neu`].
//!
//! A form edits a draft and saves it as one step; a user who switches to another page in
//! between would otherwise lose what they typed. While the draft differs from the stored state
//! it is filed here under a key (tool, form, workspace, record); when the form is shown again
//! the draft comes back. Saving or discarding resets it. Leaving the app while drafts exist
//! makes the browser ask first (see `app::datenereignisse`), and the header says
//! "Ungespeicherte Eingaben im Formular" while [`offene`] is not zero.
//!
//! When the stored state changes under an unchanged form (undo, redo, another tab), the form
//! follows it, so it never shows stale data; a form with input keeps the input.
//!
//! The drafts live in memory only: a reload ends them, and the browser's question before the
//! reload is the last warning.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;

thread_local! {
    static ABLAGE: RefCell<HashMap<String, Box<dyn Any>>> = RefCell::new(HashMap::new());
    static ANZAHL: ArcRwSignal<usize> = ArcRwSignal::new(0);
}

/// Number of filed drafts, as a signal the header can watch. An `Arc` signal belongs to no
/// reactive owner, so it lives as long as the page.
fn anzahl_signal() -> ArcRwSignal<usize> {
    ANZAHL.with(Clone::clone)
}

fn melde_anzahl() {
    let n = ABLAGE.with(|a| a.borrow().len());
    let signal = anzahl_signal();
    if signal.get_untracked() != n {
        signal.set(n);
    }
}

/// Files (or replaces) the draft under `schluessel`.
pub fn ablegen<T: 'static>(schluessel: &str, entwurf: T) {
    ABLAGE.with(|a| {
        a.borrow_mut()
            .insert(schluessel.to_owned(), Box::new(entwurf));
    });
    melde_anzahl();
}

/// The draft filed under `schluessel`, if one of type `T` is there.
pub fn holen<T: Clone + 'static>(schluessel: &str) -> Option<T> {
    ABLAGE.with(|a| a.borrow().get(schluessel)?.downcast_ref::<T>().cloned())
}

/// Removes the draft under `schluessel` (after saving or discarding).
pub fn verwerfen(schluessel: &str) {
    let entfernt = ABLAGE.with(|a| a.borrow_mut().remove(schluessel).is_some());
    if entfernt {
        melde_anzahl();
    }
}

/// Whether any form holds input that is not saved (untracked).
pub fn gibt_offene() -> bool {
    ABLAGE.with(|a| !a.borrow().is_empty())
}

/// Number of forms holding unsaved input (tracked, for the header).
pub fn offene() -> usize {
    anzahl_signal().get()
}

/// The draft of one form: `wert` is what the fields show and edit, `basis` what is stored.
/// `Copy` like the signals it holds, whatever the draft's type.
pub struct Formularentwurf<T: Send + Sync + 'static> {
    /// The values in the form's fields.
    pub wert: RwSignal<T>,
    basis: RwSignal<T>,
    /// The draft was taken back from an earlier visit.
    pub zurueckgeholt: RwSignal<bool>,
    schluessel: StoredValue<String>,
}

impl<T: Send + Sync + 'static> Clone for Formularentwurf<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Formularentwurf<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Formularentwurf<T> {
    /// The draft of the form filed under `schluessel` (which names tool, form, workspace and
    /// record, e.g. `multiprojektplan:projekt:<workspace>:7`). `basis` computes the stored
    /// state; it is tracked, so when undo or another tab changes the stored record, an
    /// unchanged form follows.
    pub fn neu(schluessel: String, basis: impl Fn() -> T + Send + Sync + 'static) -> Self {
        let gespeichert = Memo::new(move |_| basis());
        let anfang = gespeichert.get_untracked();
        let zurueck = holen::<T>(&schluessel);
        let entwurf = Formularentwurf {
            zurueckgeholt: RwSignal::new(zurueck.is_some()),
            wert: RwSignal::new(zurueck.unwrap_or_else(|| anfang.clone())),
            basis: RwSignal::new(anfang),
            schluessel: StoredValue::new(schluessel),
        };
        // A change of the stored state replaces an unchanged draft.
        Effect::new(move |vorher: Option<()>| {
            let neu = gespeichert.get();
            if vorher.is_none() {
                return;
            }
            let unveraendert = entwurf
                .wert
                .with_untracked(|w| entwurf.basis.with_untracked(|b| w == b));
            entwurf.basis.set(neu.clone());
            if unveraendert {
                entwurf.wert.set(neu);
            }
        });
        // File the draft while it differs from the stored state.
        Effect::new(move |_| {
            let offen = entwurf.wert.with(|w| entwurf.basis.with(|b| w != b));
            let schluessel = entwurf.schluessel.get_value();
            if offen {
                ablegen(&schluessel, entwurf.wert.get());
            } else {
                verwerfen(&schluessel);
                entwurf.zurueckgeholt.set(false);
            }
        });
        entwurf
    }

    /// Whether the form differs from the stored state (tracked).
    pub fn geaendert(&self) -> bool {
        self.wert.with(|w| self.basis.with(|b| w != b))
    }

    /// After saving or discarding: the form shows `neu` and counts as unchanged.
    pub fn zuruecksetzen(&self, neu: T) {
        self.basis.set(neu.clone());
        self.wert.set(neu);
        verwerfen(&self.schluessel.get_value());
    }

    /// Discards the input: the form shows the stored state again.
    pub fn verwerfen(&self) {
        let basis = self.basis.get_untracked();
        self.zuruecksetzen(basis);
    }

    /// Changes the draft (a field's `bei_eingabe`).
    pub fn aendere(&self, aenderung: impl FnOnce(&mut T)) {
        self.wert.update(aenderung);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ablegen_holen_verwerfen() {
        assert!(!gibt_offene());
        ablegen("a", String::from("Entwurf"));
        assert_eq!(holen::<String>("a").as_deref(), Some("Entwurf"));
        assert_eq!(holen::<u32>("a"), None, "falscher Typ liefert nichts");
        assert!(gibt_offene());
        verwerfen("a");
        assert_eq!(holen::<String>("a"), None);
        assert!(!gibt_offene());
    }
}
