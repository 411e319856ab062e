//! Entry point of the export worker: a (classic) Web Worker that Trunk builds from the
//! `data-type="worker"` link in `index.html`. The page starts it on the first Excel export
//! (`app::exportdienst`); it answers every job with progress and the file's bytes. The work
//! itself is `export::auftrag::ausfuehren` (pure, tested natively); this file only moves
//! messages. The page's own WebAssembly module therefore never contains the xlsx writer.

use js_sys::{Array, Uint8Array};
use upo_werkzeugkasten::export::auftrag::{self, Meldung};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    console_error_panic_hook::set_once();
    let bereich: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let antwort = bereich.clone();
    let bei_nachricht = Closure::<dyn Fn(MessageEvent)>::new(move |ereignis: MessageEvent| {
        let Some(text) = ereignis.data().as_string() else {
            melde(
                &antwort,
                &Meldung::Fehler {
                    text: "Unbekannter Exportauftrag.".to_owned(),
                },
            );
            return;
        };
        match auftrag::ausfuehren(&text, |m| melde(&antwort, &m)) {
            Ok(bytes) => {
                let datei = Uint8Array::from(bytes.as_slice());
                let uebergeben = Array::of1(&datei.buffer());
                if antwort
                    .post_message_with_transfer(&datei, &uebergeben)
                    .is_err()
                {
                    melde(
                        &antwort,
                        &Meldung::Fehler {
                            text: "Die fertige Datei konnte nicht übergeben werden.".to_owned(),
                        },
                    );
                }
            }
            Err(text) => melde(&antwort, &Meldung::Fehler { text }),
        }
    });
    bereich.set_onmessage(Some(bei_nachricht.as_ref().unchecked_ref()));
    bei_nachricht.forget();
    melde(&bereich, &Meldung::Bereit);
}

fn melde(bereich: &DedicatedWorkerGlobalScope, meldung: &Meldung) {
    // Posting a string cannot fail in a running worker; if it did, the page's timeout-free
    // wait would end with the worker's error event instead.
    let _ = bereich.post_message(&JsValue::from_str(&meldung.text()));
}
