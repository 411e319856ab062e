//! The page's end of the export worker (`src/bin/xlsx_worker.rs`): starts it on the first
//! export, keeps it for the next ones, sends it the job (`export::auftrag`: tool, format,
//! choices and workspace) and waits for the file.
//!
//! Where the worker comes from: the hosted build names its start script in
//! `<meta name="upo-xlsx-worker">` (written by `tools/nachbearbeitung.py`, content-hashed like
//! every other file); the single-file edition embeds the whole worker as the text block
//! `xlsx-worker.js` (`tools/einzeldatei.py`), started from a `blob:` URL. It is a classic
//! worker, not a module worker: browsers refuse module workers from `blob:` URLs on `file://`. A worker that cannot
//! be loaded (server gone, offline without cache, wrong MIME type) or fails gives a German
//! message and is started anew on the next try; the workspace is never touched by an export.

use std::cell::RefCell;

use js_sys::{Function, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

use crate::app::browser;
use crate::export::auftrag::Meldung;

/// Name of the `<meta>` that names the worker's start script in the hosted build.
const META: &str = "upo-xlsx-worker";

/// Name of the embedded worker in the single-file edition.
const EINGEBETTET: &str = "xlsx-worker.js";

/// How long the worker may take to start (download and compile) before we give up.
const START_FRIST_MS: i32 = 60_000;

const NICHT_LADBAR: &str = "Die Export-Komponente konnte nicht geladen werden. Bitte prüfen \
    Sie die Verbindung zum Server und versuchen Sie es erneut. Ihre Daten sind unverändert.";

thread_local! {
    /// The running worker, once started.
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

/// Runs the export job `text` (`export::auftrag::auftrag`) in the worker and returns the
/// file's bytes; `fortschritt` receives status sentences.
pub async fn ausfuehren(
    text: String,
    fortschritt: impl Fn(String) + 'static,
) -> Result<Vec<u8>, String> {
    let worker = match WORKER.with_borrow(Clone::clone) {
        Some(w) => w,
        None => {
            fortschritt("Die Export-Komponente wird geladen …".to_owned());
            let w = starten().await?;
            WORKER.set(Some(w.clone()));
            w
        }
    };
    let ergebnis = auftrag_ausfuehren(&worker, &text, fortschritt).await;
    if ergebnis.is_err() {
        // A failed worker may be broken (e.g. after a panic): start a fresh one next time.
        worker.terminate();
        WORKER.set(None);
    }
    ergebnis
}

/// Starts the worker and waits for its "bereit".
async fn starten() -> Result<Worker, String> {
    let (url, blob_url) = match browser::eingebettete_datei(EINGEBETTET) {
        Some(code) => {
            let url = browser::objekt_url(code.as_bytes(), "text/javascript")
                .map_err(|_| NICHT_LADBAR.to_owned())?;
            (url.clone(), Some(url))
        }
        None => (hosted_url().ok_or(NICHT_LADBAR)?, None),
    };
    let worker = Worker::new(&url).map_err(|_| NICHT_LADBAR.to_owned())?;
    let bereit = warten(
        &worker,
        Some(START_FRIST_MS),
        |meldung, fertig, fehlschlag| {
            match meldung {
                Meldung::Bereit => fertig.call0(&JsValue::NULL).ok(),
                // The start script could not load the WebAssembly module.
                _ => fehlschlag.call0(&JsValue::NULL).ok(),
            };
        },
    );
    let ergebnis = JsFuture::from(bereit.versprechen).await;
    drop(bereit.halter);
    if let Some(url) = blob_url {
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    match ergebnis {
        Ok(_) => Ok(worker),
        Err(_) => {
            worker.terminate();
            Err(NICHT_LADBAR.to_owned())
        }
    }
}

/// The URL of the worker's start script in the hosted build.
fn hosted_url() -> Option<String> {
    let dokument = web_sys::window()?.document()?;
    let meta = dokument
        .query_selector(&format!("meta[name=\"{META}\"]"))
        .ok()??;
    meta.get_attribute("content").filter(|u| !u.is_empty())
}

/// Sends one job and waits for the file.
async fn auftrag_ausfuehren(
    worker: &Worker,
    text: &str,
    fortschritt: impl Fn(String) + 'static,
) -> Result<Vec<u8>, String> {
    let warten = warten(worker, None, move |meldung, _, fehlschlag| match meldung {
        Meldung::Fortschritt { text } => fortschritt(text),
        Meldung::Fehler { text } => {
            fehlschlag
                .call1(&JsValue::NULL, &JsValue::from_str(&text))
                .ok();
        }
        Meldung::Bereit => {}
    });
    worker
        .post_message(&JsValue::from_str(text))
        .map_err(|_| NICHT_LADBAR.to_owned())?;
    let ergebnis = JsFuture::from(warten.versprechen).await;
    drop(warten.halter);
    match ergebnis {
        Ok(wert) => Ok(Uint8Array::new(&wert).to_vec()),
        Err(grund) => Err(grund.as_string().unwrap_or_else(|| {
            "Die Export-Komponente ist ausgefallen. Bitte versuchen Sie es erneut; Ihre Daten \
             sind unverändert."
                .to_owned()
        })),
    }
}

/// A promise over the worker's next answer, and the handlers that must live until it settles.
struct Warten {
    versprechen: Promise,
    halter: Vec<Closure<dyn FnMut(JsValue)>>,
}

/// Installs the worker's handlers for one wait: a file (`Uint8Array`) fulfils the promise, an
/// error event or an unreadable message rejects it, a text message goes to `bei_meldung`
/// (with the fulfil and reject functions). With `frist_ms` the wait is rejected after that time.
fn warten(
    worker: &Worker,
    frist_ms: Option<i32>,
    bei_meldung: impl Fn(Meldung, &Function, &Function) + 'static,
) -> Warten {
    let mut halter = Vec::new();
    let mut bei_meldung = Some(bei_meldung);
    let versprechen = Promise::new(&mut |erfuellen: Function, ablehnen: Function| {
        let (e, a) = (erfuellen.clone(), ablehnen.clone());
        let Some(bei_meldung) = bei_meldung.take() else {
            return;
        };
        let nachricht = Closure::<dyn FnMut(JsValue)>::new(move |ereignis: JsValue| {
            let daten = ereignis.unchecked_into::<MessageEvent>().data();
            if daten.is_instance_of::<Uint8Array>() {
                e.call1(&JsValue::NULL, &daten).ok();
            } else if let Some(meldung) = daten.as_string().as_deref().and_then(Meldung::lesen) {
                bei_meldung(meldung, &e, &a);
            } else {
                a.call0(&JsValue::NULL).ok();
            }
        });
        let a = ablehnen.clone();
        let fehler = Closure::<dyn FnMut(JsValue)>::new(move |ereignis: JsValue| {
            // The worker's script failed to load or threw: the page must not see it as its own.
            ereignis.unchecked_ref::<web_sys::Event>().prevent_default();
            a.call0(&JsValue::NULL).ok();
        });
        worker.set_onmessage(Some(nachricht.as_ref().unchecked_ref()));
        worker.set_onerror(Some(fehler.as_ref().unchecked_ref()));
        worker.set_onmessageerror(Some(fehler.as_ref().unchecked_ref()));
        if let (Some(ms), Some(fenster)) = (frist_ms, web_sys::window()) {
            let _ = fenster.set_timeout_with_callback_and_timeout_and_arguments_0(&ablehnen, ms);
        }
        halter.push(nachricht);
        halter.push(fehler);
    });
    Warten {
        versprechen,
        halter,
    }
}
