//! The only module that touches the browser's local storage.
//!
//! It reads and writes single entries and lists them; *what* is written and how it is read back
//! is decided by the pure [`crate::daten`] layer, *when* by [`super::daten`]. Every key the app
//! owns starts with [`SPEICHER_PRAEFIX`](crate::shared::speicher::SPEICHER_PRAEFIX).
//!
//! Local storage can be missing (disabled by policy, some private modes) and every access can
//! throw; none of that panics. Failed writes are classified, so that a full quota gets its own
//! message ([`Schreibfehler::Voll`]).

use wasm_bindgen::JsCast;

use crate::shared::sortieren::Sortieren;
use crate::shared::speicher::ist_app_schluessel;

/// Result of reading the app's entries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Speicherzugriff {
    /// The `(key, stored text)` pairs of the app, sorted by key.
    Eintraege(Vec<(String, String)>),
    /// Local storage cannot be used in this browser.
    NichtVerfuegbar,
}

impl Speicherzugriff {
    /// The entries, or none where storage cannot be used (the data layer treats both alike).
    pub fn oder_leer(self) -> Vec<(String, String)> {
        match self {
            Speicherzugriff::Eintraege(eintraege) => eintraege,
            Speicherzugriff::NichtVerfuegbar => Vec::new(),
        }
    }
}

/// Why a write failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Schreibfehler {
    /// The origin's quota is used up (`QuotaExceededError`).
    Voll,
    /// Local storage cannot be used at all.
    NichtVerfuegbar,
    /// Anything else the browser reported.
    Anderer(String),
}

fn lokaler_speicher() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether the app can write to local storage: a probe entry is written and removed again. A
/// full quota still counts as available (that is a different message).
pub fn verfuegbar() -> bool {
    let probe = format!("{}probe", crate::shared::speicher::SPEICHER_PRAEFIX);
    match schreibe(&probe, "1") {
        Ok(()) => {
            entferne(&probe);
            true
        }
        Err(Schreibfehler::Voll) => true,
        Err(_) => false,
    }
}

/// The stored text of `schluessel`; `Err` if local storage cannot be read.
pub fn lies(schluessel: &str) -> Result<Option<String>, Schreibfehler> {
    let speicher = lokaler_speicher().ok_or(Schreibfehler::NichtVerfuegbar)?;
    speicher
        .get_item(schluessel)
        .map_err(|_| Schreibfehler::NichtVerfuegbar)
}

/// Writes one entry. Browsers apply a single `setItem` completely or not at all.
pub fn schreibe(schluessel: &str, inhalt: &str) -> Result<(), Schreibfehler> {
    let speicher = lokaler_speicher().ok_or(Schreibfehler::NichtVerfuegbar)?;
    speicher.set_item(schluessel, inhalt).map_err(|fehler| {
        let name = fehler
            .dyn_ref::<web_sys::DomException>()
            .map(|e| (e.name(), e.message()))
            .unwrap_or_default();
        match name.0.as_str() {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => Schreibfehler::Voll,
            "SecurityError" => Schreibfehler::NichtVerfuegbar,
            _ => Schreibfehler::Anderer(format!("{} {}", name.0, name.1).trim().to_owned()),
        }
    })
}

/// Removes one entry (nothing happens if storage is unavailable).
pub fn entferne(schluessel: &str) {
    if let Some(speicher) = lokaler_speicher() {
        let _ = speicher.remove_item(schluessel);
    }
}

/// Every entry of this origin, the app's and other applications' (they share the quota).
pub fn alle_eintraege() -> Speicherzugriff {
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
        if let Ok(Some(inhalt)) = speicher.get_item(&schluessel) {
            eintraege.push((schluessel, inhalt));
        }
    }
    eintraege.sortiere();
    Speicherzugriff::Eintraege(eintraege)
}

/// Every key of this origin with the size of its entry in the browser's unit (UTF-16 code
/// units of key and value, see [`crate::shared::speicher::belegung`]), sorted by key. The values
/// are measured where they live, in JavaScript: nothing of a multi-megabyte entry is copied
/// into the app's memory, so counting storage use after every save stays cheap.
pub fn alle_groessen() -> Option<Vec<(String, u64)>> {
    let speicher = lokaler_speicher()?;
    let anzahl = speicher.length().ok()?;
    let lies = js_sys::Reflect::get(&speicher, &"getItem".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let mut groessen = Vec::new();
    for index in 0..anzahl {
        let Ok(Some(schluessel)) = speicher.key(index) else {
            continue;
        };
        let Ok(wert) = lies.call1(&speicher, &schluessel.as_str().into()) else {
            continue;
        };
        if let Some(text) = wert.dyn_ref::<js_sys::JsString>() {
            let menge = schluessel.encode_utf16().count() as u64 + u64::from(text.length());
            groessen.push((schluessel, menge));
        }
    }
    groessen.sortiere();
    Some(groessen)
}

/// Every entry whose key starts with the app's prefix.
pub fn app_eintraege() -> Speicherzugriff {
    match alle_eintraege() {
        Speicherzugriff::Eintraege(mut eintraege) => {
            eintraege.retain(|(schluessel, _)| ist_app_schluessel(schluessel));
            Speicherzugriff::Eintraege(eintraege)
        }
        andere => andere,
    }
}
