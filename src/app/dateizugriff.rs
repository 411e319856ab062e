//! The browser calls behind "Arbeitsbereich als Datei": the File System Access API (file
//! pickers, reading and writing a chosen file, its permission) and remembering the chosen file
//! in IndexedDB. Nothing here decides anything; the rules are in [`crate::daten::datei`] and the
//! data layer [`super::daten`] applies them.
//!
//! web-sys 0.3 offers no bindings for `showSaveFilePicker`, `showOpenFilePicker`,
//! `queryPermission` and `requestPermission` (they exist only in Chromium-based browsers), so
//! they are called through the small `extern` block below and `js_sys::Reflect`. Where the API
//! is missing (Firefox, Safari) [`verfuegbar`] is `false` and the app falls back to upload and
//! download. Nothing here panics; every failure becomes a [`Dateifehler`] or `None`.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::daten::datei::Dateifehler;

#[wasm_bindgen]
extern "C" {
    /// A `FileSystemFileHandle`: a file the user chose. Structured-cloneable, so it can be
    /// kept in IndexedDB.
    #[wasm_bindgen(extends = Object)]
    #[derive(Clone, Debug)]
    pub type Dateihandle;

    /// The file's name (without its folder).
    #[wasm_bindgen(method, getter)]
    pub fn name(this: &Dateihandle) -> String;

    #[wasm_bindgen(method, catch, js_name = getFile)]
    fn get_file(this: &Dateihandle) -> Result<Promise, JsValue>;

    #[wasm_bindgen(method, catch, js_name = createWritable)]
    fn create_writable(this: &Dateihandle) -> Result<Promise, JsValue>;

    #[wasm_bindgen(method, catch, js_name = queryPermission)]
    fn query_permission(this: &Dateihandle, optionen: &JsValue) -> Result<Promise, JsValue>;

    #[wasm_bindgen(method, catch, js_name = requestPermission)]
    fn request_permission(this: &Dateihandle, optionen: &JsValue) -> Result<Promise, JsValue>;

    /// A `FileSystemWritableFileStream`: the new content becomes visible only on `close()`,
    /// so an interrupted write leaves the old file.
    type Schreibstrom;

    #[wasm_bindgen(method, catch)]
    fn write(this: &Schreibstrom, inhalt: &str) -> Result<Promise, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn close(this: &Schreibstrom) -> Result<Promise, JsValue>;
}

fn fenster_funktion(name: &str) -> Option<js_sys::Function> {
    let fenster = web_sys::window()?;
    Reflect::get(&fenster, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// Whether this browser lets the app write a file of the user's choice (Edge, Chrome; not
/// Firefox, Safari or `file://` pages).
pub fn verfuegbar() -> bool {
    fenster_funktion("showSaveFilePicker").is_some()
        && fenster_funktion("showOpenFilePicker").is_some()
}

/// The name of a DOM exception (`NotFoundError`, `AbortError` …) and its message.
fn fehlername(fehler: &JsValue) -> (String, String) {
    match fehler.dyn_ref::<web_sys::DomException>() {
        Some(e) => (e.name(), e.message()),
        None => (
            String::new(),
            fehler
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default(),
        ),
    }
}

/// Classifies what the browser threw.
fn einordnen(fehler: &JsValue) -> Dateifehler {
    let (name, nachricht) = fehlername(fehler);
    match name.as_str() {
        "NotFoundError" => Dateifehler::Fehlt,
        "NotAllowedError" | "SecurityError" => Dateifehler::KeinZugriff,
        _ => Dateifehler::Unerreichbar(
            format!("{name} {nachricht}")
                .trim()
                .trim_end_matches('.')
                .to_owned()
                + ".",
        ),
    }
}

async fn warten(versprechen: Result<Promise, JsValue>) -> Result<JsValue, Dateifehler> {
    let versprechen = versprechen.map_err(|f| einordnen(&f))?;
    JsFuture::from(versprechen).await.map_err(|f| einordnen(&f))
}

fn picker_optionen(vorschlag: Option<&str>) -> Object {
    let optionen = Object::new();
    let art = Object::new();
    let annehmen = Object::new();
    let endungen = js_sys::Array::of1(&JsValue::from_str(".json"));
    let _ = Reflect::set(&annehmen, &"application/json".into(), &endungen);
    let _ = Reflect::set(
        &art,
        &"description".into(),
        &"Arbeitsbereich des UPO-Werkzeugkastens".into(),
    );
    let _ = Reflect::set(&art, &"accept".into(), &annehmen);
    let _ = Reflect::set(&optionen, &"types".into(), &js_sys::Array::of1(&art));
    let _ = Reflect::set(&optionen, &"id".into(), &"upo-arbeitsbereich".into());
    if let Some(name) = vorschlag {
        let _ = Reflect::set(&optionen, &"suggestedName".into(), &name.into());
    }
    optionen
}

/// Runs a picker. `Ok(None)`: the user cancelled.
async fn picker(funktion: &str, optionen: &Object) -> Result<Option<JsValue>, String> {
    let funktion = fenster_funktion(funktion)
        .ok_or("Dieser Browser kann keine Datei zum Speichern auswählen lassen.")?;
    let fenster: JsValue = web_sys::window().map(Into::into).unwrap_or(JsValue::NULL);
    let ergebnis = match funktion.call1(&fenster, optionen) {
        Ok(versprechen) => JsFuture::from(Promise::from(versprechen)).await,
        Err(fehler) => Err(fehler),
    };
    match ergebnis {
        Ok(wert) => Ok(Some(wert)),
        Err(fehler) => {
            let (name, nachricht) = fehlername(&fehler);
            if name == "AbortError" {
                Ok(None)
            } else {
                Err(format!(
                    "Der Browser hat die Dateiauswahl abgelehnt: {}",
                    format!("{name} {nachricht}").trim()
                ))
            }
        }
    }
}

/// "Speichern unter": the user chooses a file to write. `Ok(None)`: cancelled.
pub async fn speichern_waehlen(vorschlag: &str) -> Result<Option<Dateihandle>, String> {
    Ok(
        picker("showSaveFilePicker", &picker_optionen(Some(vorschlag)))
            .await?
            .map(JsCast::unchecked_into),
    )
}

/// "Öffnen": the user chooses one file. `Ok(None)`: cancelled.
pub async fn oeffnen_waehlen() -> Result<Option<Dateihandle>, String> {
    let liste = picker("showOpenFilePicker", &picker_optionen(None)).await?;
    Ok(liste
        .map(|l| js_sys::Array::from(&l).get(0))
        .filter(|h| !h.is_undefined())
        .map(JsCast::unchecked_into))
}

/// Permission to write the file, as the browser answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Berechtigung {
    /// Granted.
    Erteilt,
    /// The browser asks the user (after a click).
    Nachfragen,
    /// Refused.
    Verweigert,
}

/// Asks (`anfragen`, needs a click just before) or only looks up the permission to read and
/// write. Where the browser has no permission API, access is granted.
pub async fn berechtigung(handle: &Dateihandle, anfragen: bool) -> Berechtigung {
    let methode = if anfragen {
        "requestPermission"
    } else {
        "queryPermission"
    };
    if !Reflect::has(handle, &JsValue::from_str(methode)).unwrap_or(false) {
        return Berechtigung::Erteilt;
    }
    let optionen = Object::new();
    let _ = Reflect::set(&optionen, &"mode".into(), &"readwrite".into());
    let antwort = if anfragen {
        warten(handle.request_permission(&optionen)).await
    } else {
        warten(handle.query_permission(&optionen)).await
    };
    match antwort.ok().and_then(|a| a.as_string()).as_deref() {
        Some("granted") => Berechtigung::Erteilt,
        Some("prompt") => Berechtigung::Nachfragen,
        _ => Berechtigung::Verweigert,
    }
}

/// The file as it is now (for its time, size and content).
pub async fn datei(handle: &Dateihandle) -> Result<web_sys::File, Dateifehler> {
    Ok(warten(handle.get_file()).await?.unchecked_into())
}

/// Replaces the file's content with `inhalt`. The browser writes to a temporary file and swaps
/// it in on `close()`: the file holds the old or the new content, never half.
pub async fn schreiben(handle: &Dateihandle, inhalt: &str) -> Result<(), Dateifehler> {
    let strom: Schreibstrom = warten(handle.create_writable()).await?.unchecked_into();
    warten(strom.write(inhalt)).await?;
    warten(strom.close()).await?;
    Ok(())
}

// ----- remembering the file (IndexedDB) ---------------------------------------------------

const DATENBANK: &str = "upo-werkzeugkasten";
const ABLAGE: &str = "dateiverbindungen";

/// Waits for an IndexedDB request.
async fn anfrage(anfrage: &web_sys::IdbRequest) -> Result<JsValue, JsValue> {
    let versprechen = Promise::new(&mut |erfuellen, ablehnen| {
        let fertig = anfrage.clone();
        let ok = Closure::once_into_js(move || {
            let _ = erfuellen.call1(&JsValue::NULL, &fertig.result().unwrap_or_default());
        });
        let fehler = Closure::once_into_js(move || {
            let _ = ablehnen.call0(&JsValue::NULL);
        });
        anfrage.set_onsuccess(Some(ok.unchecked_ref()));
        anfrage.set_onerror(Some(fehler.unchecked_ref()));
    });
    JsFuture::from(versprechen).await
}

async fn ablage(schreibend: bool) -> Option<web_sys::IdbObjectStore> {
    let fabrik = web_sys::window()?.indexed_db().ok()??;
    let oeffnen = fabrik.open_with_u32(DATENBANK, 1).ok()?;
    let anlegen = Closure::once_into_js({
        let oeffnen = oeffnen.clone();
        move || {
            if let Ok(db) = oeffnen.result() {
                let db: web_sys::IdbDatabase = db.unchecked_into();
                let _ = db.create_object_store(ABLAGE);
            }
        }
    });
    oeffnen.set_onupgradeneeded(Some(anlegen.unchecked_ref()));
    let db: web_sys::IdbDatabase = anfrage(&oeffnen).await.ok()?.unchecked_into();
    let modus = if schreibend {
        web_sys::IdbTransactionMode::Readwrite
    } else {
        web_sys::IdbTransactionMode::Readonly
    };
    db.transaction_with_str_and_mode(ABLAGE, modus)
        .ok()?
        .object_store(ABLAGE)
        .ok()
}

/// Remembers the file of workspace `id` for the next visit (where the browser allows).
pub async fn merken(id: &str, handle: &Dateihandle) {
    if let Some(ablage) = ablage(true).await {
        if let Ok(a) = ablage.put_with_key(handle, &JsValue::from_str(id)) {
            let _ = anfrage(&a).await;
        }
    }
}

/// Forgets the file of workspace `id`.
pub async fn vergessen(id: &str) {
    if let Some(ablage) = ablage(true).await {
        if let Ok(a) = ablage.delete(&JsValue::from_str(id)) {
            let _ = anfrage(&a).await;
        }
    }
}

/// The file remembered for workspace `id`, if any.
pub async fn gemerkt(id: &str) -> Option<Dateihandle> {
    let ablage = ablage(false).await?;
    let wert = anfrage(&ablage.get(&JsValue::from_str(id)).ok()?)
        .await
        .ok()?;
    (wert.is_object()).then(|| wert.unchecked_into())
}
