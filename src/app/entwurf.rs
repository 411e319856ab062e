//! Unsaved form input ("Entwürfe") that survives leaving the page. Forms edit a draft and save
//! it as one step; a user who switches to another page in between would otherwise lose what
//! they typed. A form files its draft here under a key while it differs from the saved state,
//! takes it back when it is shown again, and removes it on saving or discarding. Leaving the
//! app while drafts exist makes the browser ask first (see `app::datenereignisse`).
//!
//! The drafts live in memory only: a reload ends them, and the browser's question before the
//! reload is the last warning.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static ABLAGE: RefCell<HashMap<String, Box<dyn Any>>> = RefCell::new(HashMap::new());
}

/// Files (or replaces) the draft under `schluessel`.
pub fn ablegen<T: 'static>(schluessel: &str, entwurf: T) {
    ABLAGE.with(|a| {
        a.borrow_mut()
            .insert(schluessel.to_owned(), Box::new(entwurf));
    });
}

/// The draft filed under `schluessel`, if one of type `T` is there.
pub fn holen<T: Clone + 'static>(schluessel: &str) -> Option<T> {
    ABLAGE.with(|a| a.borrow().get(schluessel)?.downcast_ref::<T>().cloned())
}

/// Removes the draft under `schluessel` (after saving or discarding).
pub fn verwerfen(schluessel: &str) {
    ABLAGE.with(|a| {
        a.borrow_mut().remove(schluessel);
    });
}

/// Whether any form holds input that is not saved.
pub fn gibt_offene() -> bool {
    ABLAGE.with(|a| !a.borrow().is_empty())
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
