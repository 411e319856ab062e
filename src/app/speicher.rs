//! The only module that touches the browser's local storage.
//!
//! For now it only *reads*: the Datenschutz page lists what the app keeps, and the panic view
//! copies it into an emergency backup. Every key the app owns starts with
//! [`SPEICHER_PRAEFIX`](crate::shared::speicher::SPEICHER_PRAEFIX).
//!
//! Local storage can be missing (disabled by policy, some private modes) and every access can
//! throw; all of that ends up as [`Speicherzugriff::NichtVerfuegbar`], never as a panic.

use crate::shared::speicher::ist_app_schluessel;

/// Result of reading the app's entries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Speicherzugriff {
    /// The `(key, stored text)` pairs of the app, sorted by key.
    Eintraege(Vec<(String, String)>),
    /// Local storage cannot be used in this browser.
    NichtVerfuegbar,
}

fn lokaler_speicher() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads every entry whose key starts with the app's prefix.
pub fn app_eintraege() -> Speicherzugriff {
    let Some(speicher) = lokaler_speicher() else {
        return Speicherzugriff::NichtVerfuegbar;
    };
    let anzahl = match speicher.length() {
        Ok(anzahl) => anzahl,
        Err(_) => return Speicherzugriff::NichtVerfuegbar,
    };
    let mut eintraege = Vec::new();
    for index in 0..anzahl {
        let Ok(Some(schluessel)) = speicher.key(index) else {
            continue;
        };
        if !ist_app_schluessel(&schluessel) {
            continue;
        }
        if let Ok(Some(inhalt)) = speicher.get_item(&schluessel) {
            eintraege.push((schluessel, inhalt));
        }
    }
    eintraege.sort();
    Speicherzugriff::Eintraege(eintraege)
}
