//! The browser side: the Leptos shell around the tools.
//!
//! [`App`] starts the live data ([`daten::Daten`], provided as context), owns the current
//! [`Route`] (from `location.hash`), sets the page title and moves focus to the main heading
//! after every route change, and renders header, workspace bar, data messages, navigation, the
//! page and the footer. Pages live in [`seiten`], shared components in [`components`].

pub mod ausgabe;
pub mod browser;
pub mod components;
pub mod dateizugriff;
pub mod daten;
pub mod datensatz;
pub mod entwurf;
pub mod exportdienst;
pub mod formular;
pub mod layout;
pub mod meldungen;
pub mod offline;
pub mod panic;
pub mod rahmen;
pub mod satzformular;
pub mod seiten;
pub mod speicher;
pub mod tabelle;
pub mod zusammenfassung;

use leptos::prelude::*;

use crate::shared::betreiber::Betreiber;
use crate::shared::route::Route;
use crate::tools;

/// Loading state of `betreiber.json`, provided as context to the pages that show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BetreiberStand {
    /// Still being fetched.
    Laedt,
    /// Loaded (or absent: then all fields are empty).
    Geladen(Box<Betreiber>),
    /// The file exists but is malformed; the German message explains where.
    Fehlerhaft(String),
}

impl BetreiberStand {
    /// The settings once loaded; `None` while loading or when the file is malformed.
    pub fn geladen(&self) -> Option<&Betreiber> {
        match self {
            BetreiberStand::Geladen(betreiber) => Some(betreiber),
            _ => None,
        }
    }
}

/// Context handle for the operator settings.
#[derive(Clone, Copy)]
pub struct BetreiberKontext(pub ReadSignal<BetreiberStand>);

/// The page title of a route: the first part of `document.title`, equal to the page's `h1`.
fn titel(route: &Route, daten: &daten::Daten) -> String {
    match route {
        Route::Uebersicht => "Übersicht".into(),
        Route::Datenschutz => "Datenschutz".into(),
        Route::Barrierefreiheit => "Erklärung zur Barrierefreiheit".into(),
        Route::Ueber => "Über den UPO-Werkzeugkasten".into(),
        Route::Arbeitsbereiche => "Arbeitsbereiche".into(),
        Route::Sicherung => "Sicherung".into(),
        Route::Wiederherstellung { .. } => "Arbeitsbereich wiederherstellen".into(),
        Route::Absturztest => "Absturztest".into(),
        Route::Seitenverzeichnis => "Seitenverzeichnis".into(),
        Route::Werkzeug { slug, unterpfad } => tools::finde(slug)
            .and_then(|werkzeug| daten.lies_ungetrackt(|ab| werkzeug.seitentitel(unterpfad, ab)))
            .unwrap_or_else(|| "Seite nicht gefunden".into()),
    }
}

fn seite(route: Route) -> AnyView {
    match route {
        Route::Uebersicht => view! { <seiten::Uebersicht/> }.into_any(),
        Route::Datenschutz => view! { <seiten::Datenschutz/> }.into_any(),
        Route::Barrierefreiheit => view! { <seiten::Barrierefreiheit/> }.into_any(),
        Route::Ueber => view! { <seiten::Ueber/> }.into_any(),
        Route::Arbeitsbereiche => view! { <seiten::Arbeitsbereiche/> }.into_any(),
        Route::Sicherung => view! { <seiten::Sicherung/> }.into_any(),
        Route::Wiederherstellung { id } => view! { <seiten::Wiederherstellung id/> }.into_any(),
        Route::Absturztest => seiten::absturztest(),
        Route::Seitenverzeichnis => view! { <seiten::Seitenverzeichnis/> }.into_any(),
        Route::Werkzeug { slug, unterpfad } => match tools::finde(&slug) {
            Some(werkzeug) => rahmen::werkzeugseite(werkzeug, &unterpfad),
            None => view! { <seiten::NichtGefunden/> }.into_any(),
        },
    }
}

/// Window events the data layer needs: other tabs' saves, undo/redo shortcuts, and saving
/// before the page goes away.
fn datenereignisse(daten: daten::Daten) {
    use crate::shared::speicher::ist_app_schluessel;
    let speicher = window_event_listener(leptos::ev::storage, move |ereignis| {
        let schluessel = ereignis.key();
        if schluessel.as_deref().is_none_or(ist_app_schluessel) {
            daten.fremde_aenderung(schluessel);
        }
    });
    let tasten = window_event_listener(leptos::ev::keydown, move |ereignis| {
        if !(ereignis.ctrl_key() || ereignis.meta_key()) || ereignis.alt_key() {
            return;
        }
        // In text fields the browser's own undo of the typed text comes first.
        let im_textfeld = ereignis
            .target()
            .and_then(|ziel| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(ziel).ok())
            .is_some_and(|element| {
                matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA")
                    || element.is_content_editable()
            });
        if im_textfeld {
            return;
        }
        match (ereignis.key().to_lowercase().as_str(), ereignis.shift_key()) {
            ("z", false) => daten.rueckgaengig(),
            ("y", false) | ("z", true) => daten.wiederholen(),
            _ => return,
        }
        ereignis.prevent_default();
    });
    let verstecken = window_event_listener(leptos::ev::pagehide, move |_| daten.speichern());
    let sichtbarkeit =
        window_event_listener(leptos::ev::visibilitychange, move |_| daten.speichern());
    let verlassen = window_event_listener(leptos::ev::beforeunload, move |ereignis| {
        daten.speichern();
        if daten.hat_ungespeichertes() || entwurf::gibt_offene() {
            // The browser asks whether to leave; the banners say why.
            ereignis.prevent_default();
            ereignis.set_return_value("Nicht alle Änderungen sind gespeichert.");
        }
    });
    on_cleanup(move || {
        speicher.remove();
        tasten.remove();
        verstecken.remove();
        sichtbarkeit.remove();
        verlassen.remove();
    });
}

/// The fetch of a tool page's code, if `route` is such a page and its code is not there yet.
fn vorab_laden(route: &Route) -> Option<tools::Seitenladen> {
    let Route::Werkzeug { slug, unterpfad } = route else {
        return None;
    };
    let (seite, _) = tools::finde(slug)?.seite(unterpfad)?;
    let mut laden = (seite.ansicht)();
    let bereit = laden
        .as_mut()
        .poll(&mut std::task::Context::from_waker(std::task::Waker::noop()))
        .is_ready();
    (!bereit).then_some(laden)
}

/// Root component.
#[component]
pub fn App() -> impl IntoView {
    let (daten, umleitung) = daten::Daten::starten();
    provide_context(daten);
    if let Some(ziel) = &umleitung {
        browser::setze_hash(&ziel.href());
    }
    let route = RwSignal::new(
        umleitung.unwrap_or_else(|| Route::aus_hash(&browser::hash()).unwrap_or(Route::Uebersicht)),
    );
    datenereignisse(daten);
    offline::starten();
    // A deep link into a tool whose code is not there yet: the page appears once it has arrived
    // (heading and content together), "wird geladen" is announced until then.
    let startklar = RwSignal::new(true);
    // Counts navigations, so that only the latest one's load shows its page.
    let ladung = StoredValue::new(0u64);
    if let Some(laden) = vorab_laden(&route.get_untracked()) {
        startklar.set(false);
        leptos::task::spawn_local(async move {
            let _ = laden.await;
            if ladung.get_value() == 0 {
                startklar.set(true);
            }
        });
    }

    // Fragments that are not routes (the skip link's `#hauptinhalt`) leave the page as it is.
    // A tool page whose code is not there yet (the split build fetches it on the tool's first
    // visit): `main` shows "wird geladen" at once (no heading, so nothing stale keeps focus),
    // and heading, content and focus come together once the code has arrived. A failed fetch
    // shows the page with its message. Only the latest navigation's load counts.
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| {
        let Some(neu) = Route::aus_hash(&browser::hash()) else {
            return;
        };
        ladung.update_value(|n| *n += 1);
        let meine = ladung.get_value();
        match vorab_laden(&neu) {
            Some(laden) => {
                startklar.set(false);
                route.set(neu);
                leptos::task::spawn_local(async move {
                    let _ = laden.await;
                    if ladung.get_value() == meine {
                        startklar.set(true);
                        request_animation_frame(|| {
                            browser::fokussiere("main h1");
                        });
                    }
                });
            }
            None => {
                startklar.set(true);
                route.set(neu);
            }
        }
    });
    on_cleanup(move || hashchange.remove());

    // Title on every route; focus only on changes, so that the first Tab after loading still
    // reaches the skip link.
    let erster_aufruf = StoredValue::new(true);
    Effect::new(move |_| {
        let aktuell = route.get();
        browser::setze_titel(&format!(
            "{} – {}",
            titel(&aktuell, &daten),
            crate::PRODUKTNAME
        ));
        if erster_aufruf.get_value() {
            erster_aufruf.set_value(false);
        } else {
            request_animation_frame(|| {
                browser::fokussiere("main h1");
            });
        }
    });

    let (betreiber, setze_betreiber) = signal(BetreiberStand::Laedt);
    provide_context(BetreiberKontext(betreiber));
    leptos::task::spawn_local(async move {
        let stand = match browser::lade_text("betreiber.json").await {
            Ok(Some(text)) => match Betreiber::aus_json(&text) {
                Ok(werte) => BetreiberStand::Geladen(Box::new(werte)),
                Err(meldung) => BetreiberStand::Fehlerhaft(meldung),
            },
            Ok(None) => BetreiberStand::Geladen(Box::default()),
            Err(meldung) => BetreiberStand::Fehlerhaft(meldung),
        };
        setze_betreiber.set(stand);
    });

    view! {
        <layout::Sprunglink/>
        <layout::Kopfzeile/>
        <layout::Arbeitsleiste/>
        <div class="kern-container">
            <offline::Versionshinweis/>
            <meldungen::Datenmeldungen/>
        </div>
        <div class="kern-container seitenraster">
            <layout::Hauptnavigation route=route.read_only()/>
            <main id="hauptinhalt" class="seitenraster__inhalt" tabindex="-1">
                {move || {
                    if startklar.get() {
                        seite(route.get())
                    } else {
                        view! {
                            <p class="kern-body nachladen" role="status">"Das Werkzeug wird geladen …"</p>
                        }
                        .into_any()
                    }
                }}
            </main>
        </div>
        <layout::Fusszeile/>
    }
}
