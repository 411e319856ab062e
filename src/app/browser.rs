//! Thin, fallible wrappers around the browser APIs the shell needs (location, title, focus,
//! downloads, fetching the app's own files). Nothing here panics: a missing `window` or a
//! refused call simply does nothing or returns an error text.
//!
//! Local storage is *not* here: [`super::speicher`] is its only owner.

use wasm_bindgen::{JsCast, JsValue};

/// Runs `f` once the page is idle (`requestIdleCallback`; where a browser lacks it, after a
/// second): for preparatory work that should not delay what the user is doing.
pub fn wenn_untaetig(f: impl FnOnce() + 'static) {
    let Some(fenster) = web_sys::window() else {
        return;
    };
    let rueckruf = wasm_bindgen::closure::Closure::once_into_js(f);
    let funktion: &js_sys::Function = rueckruf.unchecked_ref();
    let hat_leerlauf =
        js_sys::Reflect::has(&fenster, &JsValue::from_str("requestIdleCallback")).unwrap_or(false);
    if !hat_leerlauf || fenster.request_idle_callback(funktion).is_err() {
        let _ = fenster.set_timeout_with_callback_and_timeout_and_arguments_0(funktion, 1000);
    }
}

/// Current `location.hash`, including the leading `#`, or an empty string.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Sets `document.title` (not after a panic: the error view owns the title then).
pub fn setze_titel(titel: &str) {
    if super::panic::ist_abgestuerzt() {
        return;
    }
    if let Some(dokument) = web_sys::window().and_then(|w| w.document()) {
        dokument.set_title(titel);
    }
}

/// Moves keyboard focus to the first element matching `selektor` (it needs `tabindex="-1"` if it
/// is not focusable by itself), unfolding the `details` around it. Returns whether an element
/// was found. Does nothing after a panic, so the error view keeps the focus.
pub fn fokussiere(selektor: &str) -> bool {
    if super::panic::ist_abgestuerzt() {
        return false;
    }
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selektor).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(element) = element else {
        return false;
    };
    // A field inside a folded part (`details`) is unfolded first: focus cannot go to what is
    // not shown.
    while let Some(zu) = element.closest("details:not([open])").ok().flatten() {
        if zu.set_attribute("open", "").is_err() {
            break;
        }
    }
    element.focus().is_ok()
}

/// Current time as ISO 8601 (`2026-11-28T17:40:00.000Z`) from the browser clock.
pub fn jetzt_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// Creates an object URL for `inhalt` with the given MIME type.
pub fn objekt_url(inhalt: &[u8], mime: &str) -> Result<String, JsValue> {
    let array = js_sys::Uint8Array::from(inhalt);
    let teile = js_sys::Array::of1(&array);
    let optionen = web_sys::BlobPropertyBag::new();
    optionen.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&teile, &optionen)?;
    web_sys::Url::create_object_url_with_blob(&blob)
}

/// Offers `inhalt` as a file download named `dateiname`.
///
/// The object URL is revoked only after a delay: revoking it synchronously can cancel the
/// download in some browsers.
pub fn herunterladen(dateiname: &str, mime: &str, inhalt: &[u8]) -> Result<(), String> {
    let fehler = |_| "Der Download konnte nicht gestartet werden.".to_owned();
    let url = objekt_url(inhalt, mime).map_err(fehler)?;
    let dokument = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("Kein Dokument verfügbar.")?;
    let link: web_sys::HtmlAnchorElement = dokument
        .create_element("a")
        .map_err(fehler)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(dateiname);
    let body = dokument.body().ok_or("Kein Dokument verfügbar.")?;
    body.append_child(&link).map_err(fehler)?;
    link.click();
    link.remove();
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// A text file embedded in the single-file edition as a data block
/// `<script type="text/plain" data-datei="…">` (written by `tools/einzeldatei.py`); `None` in
/// the hosted app.
pub fn eingebettete_datei(pfad: &str) -> Option<String> {
    let dokument = web_sys::window()?.document()?;
    let selektor = format!("script[type=\"text/plain\"][data-datei=\"{pfad}\"]");
    dokument.query_selector(&selektor).ok()??.text_content()
}

/// Fetches one of the app's own files (relative URL) as text; in the single-file edition the
/// embedded copy (nothing is fetched from `file://`).
///
/// `Ok(None)` means the server answered 404 (or the single file does not contain it): the
/// file is optional.
pub async fn lade_text(url: &str) -> Result<Option<String>, String> {
    use wasm_bindgen_futures::JsFuture;
    if let Some(text) = eingebettete_datei(url) {
        return Ok(Some(text));
    }
    let fenster = web_sys::window().ok_or("Kein Browserfenster verfügbar.")?;
    if fenster.location().protocol().as_deref() == Ok("file:") {
        return Ok(None);
    }
    let nicht_erreichbar = |_| format!("„{url}“ konnte nicht geladen werden.");
    let antwort: web_sys::Response = JsFuture::from(fenster.fetch_with_str(url))
        .await
        .map_err(nicht_erreichbar)?
        .unchecked_into();
    if antwort.status() == 404 {
        return Ok(None);
    }
    if !antwort.ok() {
        return Err(format!(
            "„{url}“ konnte nicht geladen werden (HTTP {}).",
            antwort.status()
        ));
    }
    let text = JsFuture::from(antwort.text().map_err(nicht_erreichbar)?)
        .await
        .map_err(nicht_erreichbar)?;
    Ok(text.as_string())
}

/// Today's date on the user's clock (local time zone).
pub fn heute() -> crate::shared::datum::Datum {
    let jetzt = js_sys::Date::new_0();
    crate::shared::datum::Datum::neu(
        jetzt.get_full_year() as i32,
        jetzt.get_month() + 1,
        jetzt.get_date(),
    )
    .unwrap_or_else(|| {
        crate::shared::datum::Datum::neu(1970, 1, 1).expect("1970-01-01 ist ein gültiges Datum")
    })
}

/// The local date and wall-clock time now, as written into exports ("exportiert am").
pub fn zeitstempel() -> crate::export::Zeitstempel {
    let jetzt = js_sys::Date::new_0();
    crate::export::Zeitstempel {
        datum: heute(),
        stunde: jetzt.get_hours() as u8,
        minute: jetzt.get_minutes() as u8,
    }
}

/// Local wall-clock time `14:32` of an ISO 8601 timestamp; `"–"` if it cannot be read.
pub fn uhrzeit(iso: &str) -> String {
    let zeit = js_sys::Date::new(&JsValue::from_str(iso));
    if zeit.get_time().is_nan() {
        return "–".to_owned();
    }
    format!("{:02}:{:02}", zeit.get_hours(), zeit.get_minutes())
}

/// Local date and time `28.11.2026, 14:32` of an ISO 8601 timestamp.
pub fn datum_uhrzeit(iso: &str) -> String {
    let zeit = js_sys::Date::new(&JsValue::from_str(iso));
    if zeit.get_time().is_nan() {
        return "unbekannt".to_owned();
    }
    format!(
        "{:02}.{:02}.{:04}, {:02}:{:02}",
        zeit.get_date(),
        zeit.get_month() + 1,
        zeit.get_full_year(),
        zeit.get_hours(),
        zeit.get_minutes()
    )
}

/// A fresh identifier such as `ab-lq2k3x9f-7h2k`: time plus randomness, so two tabs creating a
/// workspace in the same millisecond still differ.
pub fn neue_id() -> String {
    fn basis36(mut zahl: u64) -> String {
        const ZEICHEN: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut text = Vec::new();
        loop {
            text.push(ZEICHEN[(zahl % 36) as usize]);
            zahl /= 36;
            if zahl == 0 {
                break;
            }
        }
        text.reverse();
        String::from_utf8(text).unwrap_or_default()
    }
    let zeit = js_sys::Date::now() as u64;
    let zufall = (js_sys::Math::random() * 1_679_616.0) as u64;
    format!("ab-{}-{}", basis36(zeit), basis36(zufall))
}

/// Sets `location.hash`, which leads to a route change through the `hashchange` event.
pub fn setze_hash(hash: &str) {
    if let Some(fenster) = web_sys::window() {
        let _ = fenster.location().set_hash(hash);
    }
}

/// `navigator.storage`, which browsers offer only in secure contexts (https, localhost).
fn speicherverwaltung() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let wert = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if wert.is_undefined() || wert.is_null() {
        return None;
    }
    Some(wert.unchecked_into())
}

/// Calls `navigator.storage.persisted()` or, with `anfordern`, `persist()`. `None` where the
/// browser does not offer the API (plain http on an intranet host, for instance).
pub async fn dauerhafter_speicher(anfordern: bool) -> Option<bool> {
    let verwaltung = speicherverwaltung()?;
    let versprechen = if anfordern {
        verwaltung.persist().ok()?
    } else {
        verwaltung.persisted().ok()?
    };
    wasm_bindgen_futures::JsFuture::from(versprechen)
        .await
        .ok()?
        .as_bool()
}

/// Reads a file the user picked, completely, as bytes.
pub async fn datei_lesen(datei: &web_sys::File) -> Result<Vec<u8>, String> {
    let puffer = wasm_bindgen_futures::JsFuture::from(datei.array_buffer())
        .await
        .map_err(|_| "Die Datei konnte nicht gelesen werden.".to_owned())?;
    Ok(js_sys::Uint8Array::new(&puffer).to_vec())
}

/// Reads the file chosen in the file input `feld` and hands `lesen`'s result to `fertig`:
/// `None` when no file is chosen; a file larger than `hoechstens` bytes is refused with
/// `zu_gross` before it is loaded into memory.
pub fn gewaehlte_datei_lesen<T: 'static>(
    feld: Option<web_sys::HtmlInputElement>,
    hoechstens: u64,
    zu_gross: impl FnOnce() -> String,
    lesen: impl FnOnce(&[u8]) -> Result<T, String> + 'static,
    fertig: impl FnOnce(Option<Result<T, String>>) + 'static,
) {
    let Some(datei) = feld.and_then(|f| f.files()).and_then(|liste| liste.get(0)) else {
        fertig(None);
        return;
    };
    if datei.size() > hoechstens as f64 {
        fertig(Some(Err(zu_gross())));
        return;
    }
    leptos::task::spawn_local(async move {
        fertig(Some(
            datei_lesen(&datei).await.and_then(|bytes| lesen(&bytes)),
        ));
    });
}

/// The element of an event's target, or the nearest ancestor, that carries `attribut`.
pub fn naechstes(ziel: Option<web_sys::EventTarget>, attribut: &str) -> Option<web_sys::Element> {
    ziel?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(&format!("[{attribut}]"))
        .ok()
        .flatten()
}

/// Roving tab stop in a composite widget (a chart whose marks carry `attribut`): the mark that
/// just took the focus becomes the widget's one tab stop (`tabindex="0"`), the former one
/// leaves the tab order, however the focus got there (keys, click, screen reader).
/// `ereignis` is the focus event caught on the widget.
pub fn wandernder_tabstopp(ereignis: &web_sys::FocusEvent, attribut: &str, neu: &web_sys::Element) {
    let widget = ereignis
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    if let Some(Ok(Some(alt))) =
        widget.map(|w| w.query_selector(&format!("[{attribut}][tabindex=\"0\"]")))
    {
        if &alt != neu {
            let _ = alt.set_attribute("tabindex", "-1");
        }
    }
    let _ = neu.set_attribute("tabindex", "0");
}
