//! Offline after the first visit: registers the service worker `sw.js` (filled at build time
//! by `tools/offline.py` with the exact files of this version), tells which
//! [`Betriebsart`] is active (the "Über" page shows it), and announces a new version
//! ("Eine neue Version ist verfügbar") without ever swapping it in under unsaved input: the
//! waiting worker takes over only when the user asks for it and nothing is unsaved.
//!
//! Browsers offer service workers only in secure contexts (https, localhost); on plain http
//! and in the single-file edition (`file://`) the app runs as before and says so.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use super::components::{Hinweis, HinweisArt};
use super::daten::Daten;
use super::entwurf;
use crate::app::components::{Knopf, Knopfart};
use crate::shared::betrieb::{neu_laden_verhindert, Betriebsart, OhneZwischenspeicher};

/// The offline state, provided as context by [`starten`].
#[derive(Clone, Copy)]
pub struct Offline {
    art: RwSignal<Betriebsart>,
    neue_version: RwSignal<bool>,
    /// The registration, once the browser confirmed it (kept for "jetzt neu laden").
    registrierung: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    /// Set when this page asked the waiting worker to take over: then the change of the
    /// controlling worker reloads the page.
    angefordert: StoredValue<bool>,
}

impl Offline {
    /// The active mode.
    pub fn art(&self) -> ReadSignal<Betriebsart> {
        self.art.read_only()
    }

    /// Whether a newer version waits until the user reloads.
    pub fn neue_version(&self) -> ReadSignal<bool> {
        self.neue_version.read_only()
    }
}

fn ohne(grund: OhneZwischenspeicher) -> Betriebsart {
    Betriebsart::NurOnline(grund)
}

/// Determines the mode, registers the service worker where the browser allows it and provides
/// [`Offline`] as context.
pub fn starten() -> Offline {
    let offline = Offline {
        art: RwSignal::new(Betriebsart::Unbekannt),
        neue_version: RwSignal::new(false),
        registrierung: StoredValue::new_local(None),
        angefordert: StoredValue::new(false),
    };
    provide_context(offline);
    let Some(fenster) = web_sys::window() else {
        return offline;
    };
    if fenster.location().protocol().as_deref() == Ok("file:") {
        offline.art.set(Betriebsart::Einzeldatei);
        return offline;
    }
    if !fenster.is_secure_context() {
        offline
            .art
            .set(ohne(OhneZwischenspeicher::Unverschluesselt));
        return offline;
    }
    let container = js_sys::Reflect::get(&fenster.navigator(), &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|wert| wert.is_object())
        .map(JsCast::unchecked_into::<ServiceWorkerContainer>);
    let Some(container) = container else {
        offline.art.set(ohne(OhneZwischenspeicher::NichtAngeboten));
        return offline;
    };
    leptos::task::spawn_local(anmelden(offline, container));
    offline
}

async fn anmelden(offline: Offline, container: ServiceWorkerContainer) {
    let antwort = wasm_bindgen_futures::JsFuture::from(container.register("sw.js")).await;
    // A refused registration rejects; a blocked one (test harnesses, policies) may resolve
    // without a registration.
    let Some(registrierung) = antwort
        .ok()
        .filter(|wert| wert.is_instance_of::<ServiceWorkerRegistration>())
        .map(JsCast::unchecked_into::<ServiceWorkerRegistration>)
    else {
        offline.art.set(ohne(OhneZwischenspeicher::NichtAngeboten));
        return;
    };
    let gesteuert = container.controller().is_some();
    offline.art.set(if gesteuert {
        Betriebsart::Offline
    } else {
        Betriebsart::WirdEingerichtet
    });
    if gesteuert && registrierung.waiting().is_some() {
        offline.neue_version.set(true);
    }
    if let Some(installierend) = registrierung.installing() {
        beobachten(offline, &container, installierend);
    }

    // The closures live as long as the page: they are leaked on purpose.
    let c = container.clone();
    let r = registrierung.clone();
    let neue = Closure::<dyn Fn()>::new(move || {
        if let Some(installierend) = r.installing() {
            beobachten(offline, &c, installierend);
        }
    });
    registrierung.set_onupdatefound(Some(neue.as_ref().unchecked_ref()));
    neue.forget();

    let wechsel = Closure::<dyn Fn()>::new(move || {
        if offline.angefordert.get_value() {
            if let Some(fenster) = web_sys::window() {
                let _ = fenster.location().reload();
            }
        } else if offline.art.get_untracked() == Betriebsart::WirdEingerichtet {
            // First visit: the new worker took control of this page.
            offline.art.set(Betriebsart::Offline);
        } else {
            // Another tab loaded a newer version; this page keeps running the old one.
            offline.neue_version.set(true);
        }
    });
    container.set_oncontrollerchange(Some(wechsel.as_ref().unchecked_ref()));
    wechsel.forget();
    offline.registrierung.set_value(Some(registrierung));
}

/// Follows an installing worker: installed while another one controls the page means a new
/// version; redundant without a controller means the first installation failed.
fn beobachten(
    offline: Offline,
    container: &ServiceWorkerContainer,
    worker: web_sys::ServiceWorker,
) {
    let container = container.clone();
    let w = worker.clone();
    let zustand = Closure::<dyn Fn()>::new(move || {
        let gesteuert = container.controller().is_some();
        match w.state() {
            ServiceWorkerState::Installed if gesteuert => offline.neue_version.set(true),
            ServiceWorkerState::Redundant if !gesteuert => {
                offline.art.set(ohne(OhneZwischenspeicher::Fehlgeschlagen));
            }
            _ => {}
        }
    });
    worker.set_onstatechange(Some(zustand.as_ref().unchecked_ref()));
    zustand.forget();
}

/// "jetzt neu laden": refuses while input is unsaved (returns why), otherwise lets the waiting
/// worker take over, which reloads the page.
fn neu_laden(offline: Offline, daten: Daten) -> Option<String> {
    daten.speichern();
    if let Some(grund) = neu_laden_verhindert(daten.hat_ungespeichertes(), untrack(entwurf::offene))
    {
        return Some(grund);
    }
    let wartend = offline
        .registrierung
        .with_value(|r| r.as_ref().and_then(ServiceWorkerRegistration::waiting));
    match wartend {
        Some(worker) => {
            offline.angefordert.set_value(true);
            if worker
                .post_message(&JsValue::from_str("aktivieren"))
                .is_err()
            {
                return Some("Die neue Version konnte nicht gestartet werden.".to_owned());
            }
        }
        // Another tab already activated it: a plain reload starts it.
        None => {
            if let Some(fenster) = web_sys::window() {
                let _ = fenster.location().reload();
            }
        }
    }
    None
}

/// The announcement of a new version, in a live region that is always present.
#[component]
pub fn Versionshinweis() -> impl IntoView {
    let offline = expect_context::<Offline>();
    let daten = expect_context::<Daten>();
    let grund = RwSignal::new(None::<String>);
    view! {
        <div role="status" class="versionshinweis">
            {move || offline.neue_version.get().then(|| view! {
                <Hinweis art=HinweisArt::Info titel="Eine neue Version ist verfügbar".to_owned()>
                    <p class="kern-body">
                        "Ihre Daten bleiben erhalten. Die neue Version startet, sobald Sie neu laden."
                    </p>
                    <Knopf art=Knopfart::Primaer id="neu-laden"
                        bei_klick=move |_| grund.set(neu_laden(offline, daten))>
                        "jetzt neu laden"
                    </Knopf>
                    {move || grund.get().map(|text| view! {
                        <p class="kern-body" id="neu-laden-grund">{text}</p>
                    })}
                </Hinweis>
            })}
        </div>
    }
}
