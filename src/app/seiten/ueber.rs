//! "Über": version, operating mode (offline cache, plain http or single file), publisher (from
//! `betreiber.json`) and the licences of everything shipped.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Auszufuellen, Begriffsliste, Seitenkopf, Tabelle};
use crate::app::offline::Offline;
use crate::app::BetreiberKontext;

/// One shipped component and its licence.
struct Bestandteil {
    name: &'static str,
    zweck: &'static str,
    lizenz: &'static str,
    /// Licence text shipped with the app, relative to `index.html`.
    lizenztext: &'static str,
}

const BESTANDTEILE: &[Bestandteil] = &[
    Bestandteil {
        name: "UPO-Werkzeugkasten",
        zweck: "diese Anwendung",
        lizenz: "EUPL-1.2",
        lizenztext: "lizenzen/EUPL-1.2.md",
    },
    Bestandteil {
        name: "KERN UX (@kern-ux/native 2.7.2)",
        zweck: "Gestaltung nach dem UX-Standard der deutschen Verwaltung, unverändert; Quelle: gitlab.opencode.de/kern-ux/kern-ux-plain",
        lizenz: "EUPL-1.2",
        lizenztext: "lizenzen/EUPL-1.2.md",
    },
    Bestandteil {
        name: "Fira Sans",
        zweck: "Schrift, unverändert; © Mozilla Foundation, Telefonica S.A., Carrois Corporate GbR, bBox Type GmbH",
        lizenz: "SIL Open Font License 1.1",
        lizenztext: "fira-sans/OFL.txt",
    },
    Bestandteil {
        name: "Rust-Bibliotheken (u. a. Leptos, wasm-bindgen, serde, rust_xlsxwriter)",
        zweck: "Programmcode; vollständige Liste mit Versionen und Lizenzen in der Lizenzdatei",
        lizenz: "MIT, Apache-2.0 und weitere freie Lizenzen",
        lizenztext: "lizenzen/rust-bibliotheken.txt",
    },
];

/// In the single-file edition the licence texts are inside the file: a click offers the
/// embedded text as a download instead of following the link to a file that is not there.
fn lizenz_aus_der_einzeldatei(ereignis: &leptos::ev::MouseEvent, pfad: &str) {
    if let Some(text) = browser::eingebettete_datei(pfad) {
        ereignis.prevent_default();
        let name = pfad.rsplit('/').next().unwrap_or(pfad);
        let _ = browser::herunterladen(name, "text/plain;charset=utf-8", text.as_bytes());
    }
}

/// The "Über" page.
#[component]
pub fn Ueber() -> impl IntoView {
    let BetreiberKontext(betreiber) = expect_context();
    let art = expect_context::<Offline>().art();
    let betrieb = move || {
        view! {
            <span id="betriebsart"><strong>{move || art.get().name()}</strong></span>
            ": "
            {move || art.get().erklaerung()}
        }
    };
    let herausgeber = move || {
        betreiber.with(|stand| match stand.geladen() {
            Some(b) if b.behoerde.is_some() => {
                let zeilen = b
                    .behoerde
                    .iter()
                    .chain(&b.anschrift)
                    .cloned()
                    .chain(b.email.as_ref().map(|e| format!("E-Mail: {e}")))
                    .chain(b.telefon.as_ref().map(|t| format!("Telefon: {t}")))
                    .chain(
                        b.verantwortlich
                            .as_ref()
                            .map(|v| format!("Inhaltlich verantwortlich: {v}")),
                    )
                    .map(|zeile| view! { <span class="zeile">{zeile}</span> })
                    .collect_view();
                view! { <address class="kern-body herausgeber">{zeilen}</address> }.into_any()
            }
            _ => view! { <p class="kern-body"><Auszufuellen/></p> }.into_any(),
        })
    };
    let zeilen = BESTANDTEILE
        .iter()
        .map(|b| {
            view! {
                <tr class="kern-table__row">
                    <th class="kern-table__header" scope="row">{b.name}</th>
                    <td class="kern-table__cell">{b.zweck}</td>
                    <td class="kern-table__cell">
                        <a class="kern-link" href=b.lizenztext
                            on:click=move |ereignis| lizenz_aus_der_einzeldatei(&ereignis, b.lizenztext)>
                            {b.lizenz}
                        </a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Seitenkopf
            titel="Über den UPO-Werkzeugkasten".to_owned()
            einleitung="Planungswerkzeuge für Projektleitungen, OZG-Koordination und Haushalt, \
                hervorgegangen aus dem Programm UPO des Bundesministeriums des Innern."
        />
        <Begriffsliste eintraege=vec![
            ("Version", crate::APP_VERSION.into_any()),
            ("Technik", "Eine WebAssembly-Anwendung, die vollständig im Browser läuft. \
                Es gibt keinen Anwendungsserver und keine Datenbank außerhalb Ihres Browsers."
                .into_any()),
            ("Betrieb", betrieb.into_any()),
        ]/>
        <h2 class="kern-heading-medium">"Herausgeber"</h2>
        {herausgeber}
        <h2 class="kern-heading-medium">"Lizenzen"</h2>
        <Tabelle id="lizenzen-titel" titel="Enthaltene Bestandteile" spalten=&["Bestandteil", "Verwendung", "Lizenz"]>
                <tbody class="kern-table__body">{zeilen}</tbody>
        </Tabelle>
    }
}
