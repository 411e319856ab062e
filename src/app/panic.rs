//! The panic view: a programming error never leaves a blank page.
//!
//! The hook replaces the page with a German error message and a download link for an emergency
//! backup of everything the app keeps in local storage. It is written against the DOM directly,
//! without Leptos: after a panic the reactive runtime may be in any state, and on
//! `wasm32-unknown-unknown` the module aborts right after the hook returns. For the same reason
//! the download is a plain `<a download href="blob:…">` prepared in advance: clicking it needs no
//! WebAssembly.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsCast;

use super::{browser, speicher};
use crate::shared::notfall;

static ABGESTUERZT: AtomicBool = AtomicBool::new(false);

/// Whether a panic has happened. The module stays callable after the abort (queued effects and
/// event listeners still run), so code that touches page-wide state (title, focus) checks this
/// and leaves the error view alone.
pub fn ist_abgestuerzt() -> bool {
    ABGESTUERZT.load(Ordering::Relaxed)
}

/// Installs the hook. Call it first thing in `main`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        ABGESTUERZT.store(true, Ordering::Relaxed);
        console_error_panic_hook::hook(info);
        // The view is best effort: if even the DOM is gone there is nothing left to show.
        let _ = zeige_fehleransicht(&info.to_string());
    }));
}

fn zeige_fehleransicht(meldung: &str) -> Option<()> {
    let dokument = web_sys::window()?.document()?;
    let body = dokument.body()?;
    let eintraege = match speicher::app_eintraege() {
        speicher::Speicherzugriff::Eintraege(eintraege) => eintraege,
        speicher::Speicherzugriff::NichtVerfuegbar => Vec::new(),
    };
    let anzahl = eintraege.len();
    let zeitpunkt = browser::jetzt_iso();
    let sicherung = notfall::sicherung_json(&eintraege, crate::APP_VERSION, &zeitpunkt);
    let url = browser::objekt_url(sicherung.as_bytes(), "application/json").ok();

    dokument.set_title(&format!("Fehler – {}", crate::PRODUKTNAME));
    body.set_inner_html(&fehler_html(meldung, anzahl, url.is_some()));
    if let Some(url) = url {
        let link: web_sys::HtmlAnchorElement = dokument
            .get_element_by_id("notfallsicherung")?
            .unchecked_into();
        link.set_href(&url);
        link.set_download(&notfall::dateiname(&zeitpunkt));
    }
    dokument
        .get_element_by_id("fehler-titel")?
        .unchecked_into::<web_sys::HtmlElement>()
        .focus()
        .ok()
}

fn fehler_html(meldung: &str, anzahl_eintraege: usize, sicherung_moeglich: bool) -> String {
    let sicherung = if sicherung_moeglich {
        format!(
            r##"<p class="kern-body">Sichern Sie Ihre Daten, bevor Sie die Seite neu laden. Die Sicherung enthält
  {anzahl_eintraege} gespeicherte Einträge unverändert.</p>
<p><a id="notfallsicherung" class="kern-btn kern-btn--primary" href="#">
  <span class="kern-label">Daten als Sicherung herunterladen</span></a></p>"##
        )
    } else {
        r#"<p class="kern-body">Eine Sicherungsdatei konnte nicht erstellt werden. Ihre gespeicherten Daten bleiben
  im Browser erhalten.</p>"#
            .to_owned()
    };
    format!(
        r#"<main id="hauptinhalt" class="kern-container fehleransicht">
<h1 id="fehler-titel" class="kern-heading-large" tabindex="-1">Es ist ein Programmfehler aufgetreten</h1>
<div class="kern-alert kern-alert--danger" role="alert">
  <div class="kern-alert__header"><span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
    <span class="kern-title">Die Anwendung wurde angehalten</span></div>
  <div class="kern-alert__body"><p class="kern-body">Ihre gespeicherten Daten wurden nicht verändert.
    Änderungen der letzten Sekunde können fehlen.</p></div>
</div>
{sicherung}
<p class="kern-body"><a class="kern-link" href="./">Seite neu laden</a></p>
<details class="fehleransicht__details"><summary class="kern-body">Technische Angaben für den IT-Support</summary>
<pre class="fehleransicht__meldung">{}</pre>
<p class="kern-body kern-body--small">Version {}</p></details>
</main>"#,
        html_escape(meldung),
        html_escape(crate::APP_VERSION),
    )
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meldung_wird_maskiert() {
        let html = fehler_html("<script>alert(\"x\")</script> & mehr", 3, true);
        assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mehr"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("3 gespeicherte Einträge"));
        assert!(html.contains("id=\"notfallsicherung\""));
    }

    #[test]
    fn ohne_sicherung_kein_downloadlink() {
        let html = fehler_html("x", 0, false);
        assert!(!html.contains("notfallsicherung"));
        assert!(html.contains("bleiben\n  im Browser erhalten"));
    }
}
