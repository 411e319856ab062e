//! The frame around every page: skip link, header, main navigation and footer.

use leptos::prelude::*;

use crate::shared::route::Route;
use crate::tools::{self, WERKZEUGE};

/// "Zum Hauptinhalt springen": the first focusable element of the page.
///
/// It handles the click itself instead of letting the browser follow `#hauptinhalt`: the
/// fragment would replace the route in the address bar, and a reload would then lose the page.
#[component]
pub fn Sprunglink() -> impl IntoView {
    let springen = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        super::browser::fokussiere("#hauptinhalt");
    };
    view! {
        <a class="sprunglink" href="#hauptinhalt" on:click=springen>
            "Zum Hauptinhalt springen"
        </a>
    }
}

/// Page header with the product name.
#[component]
pub fn Kopfzeile() -> impl IntoView {
    view! {
        <header class="kopfzeile">
            <div class="kern-container kopfzeile__inhalt">
                <a class="kopfzeile__produkt" href="#/">
                    {crate::PRODUKTNAME}
                </a>
                <span class="kopfzeile__zusatz">"Planungswerkzeuge für die OZG-Umsetzung"</span>
            </div>
        </header>
    }
}

/// Main navigation: the start page, then the registered tools grouped by Handlungsfeld.
#[component]
pub fn Hauptnavigation(
    /// Current route, for `aria-current="page"`.
    route: ReadSignal<Route>,
) -> impl IntoView {
    let aktuell = move |href: &str| {
        let ist_aktuell = route.with(|r| match r {
            Route::Werkzeug { slug, .. } => Route::werkzeug_href(slug) == href,
            andere => andere.href() == href,
        });
        ist_aktuell.then_some("page")
    };
    let gruppen = tools::nach_handlungsfeld(WERKZEUGE)
        .into_iter()
        .enumerate()
        .map(|(index, (feld, liste))| {
            let kopf_id = format!("navigation-gruppe-{index}");
            let links = liste
                .into_iter()
                .map(|werkzeug| {
                    let href = Route::werkzeug_href(werkzeug.slug);
                    let href_aktuell = href.clone();
                    view! {
                        <li>
                            <a class="hauptnavigation__link" href=href
                                aria-current=move || aktuell(&href_aktuell)>
                                {werkzeug.titel}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="hauptnavigation__gruppe">
                    <span class="hauptnavigation__gruppentitel" id=kopf_id.clone()>
                        {feld.name()}
                    </span>
                    <ul class="hauptnavigation__liste" aria-labelledby=kopf_id>{links}</ul>
                </li>
            }
        })
        .collect_view();
    let start = Route::Uebersicht.href();
    view! {
        <nav class="hauptnavigation seitenraster__navigation" aria-label="Hauptnavigation">
            <ul class="hauptnavigation__liste">
                <li>
                    <a class="hauptnavigation__link" href=start.clone()
                        aria-current=move || aktuell(&start)>
                        "Übersicht"
                    </a>
                </li>
                {gruppen}
            </ul>
        </nav>
    }
}

/// Footer with the legally required pages and the version.
#[component]
pub fn Fusszeile() -> impl IntoView {
    view! {
        <footer class="fusszeile">
            <div class="kern-container">
                <nav aria-label="Rechtliches und Informationen">
                    <ul class="fusszeile__links">
                        <li><a class="kern-link" href=Route::Datenschutz.href()>"Datenschutz"</a></li>
                        <li><a class="kern-link" href=Route::Barrierefreiheit.href()>"Barrierefreiheit"</a></li>
                        <li><a class="kern-link" href=Route::Ueber.href()>"Über den Werkzeugkasten"</a></li>
                    </ul>
                </nav>
                <p class="kern-body kern-body--small">
                    "Version " {crate::APP_VERSION} " · Alle Daten bleiben auf diesem Gerät."
                </p>
            </div>
        </footer>
    }
}
