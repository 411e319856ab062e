//! The tool frame: what every tool page shares, built from the tool's registry entry
//! ([`crate::tools::Werkzeug`]). A tool declares its pages; the frame finds the page for the
//! route, draws the tool's sub-navigation and the page heading (which follows a renamed record,
//! and so does the browser title), says so when no workspace is open, shows the empty state with
//! "Beispiel laden" and "Beispiel in neuem Arbeitsbereich öffnen" on the start page of a tool
//! without records, and adds the export page.

use leptos::prelude::*;

use crate::app::ausgabe::Exportseite;
use crate::app::browser;
use crate::app::components::Knopf;
use crate::app::components::{mit_abkuerzungen, Seitenkopf};
use crate::app::daten::Daten;
use crate::shared::route::Route;
use crate::tools::{Ladefehler, Seitenansicht, Seitenladen, Seitentitel, Werkzeug};

/// The page of `werkzeug` at `unterpfad`, inside the frame; "Seite nicht gefunden" for a
/// sub-path the tool does not have.
pub fn werkzeugseite(werkzeug: &'static Werkzeug, unterpfad: &[String]) -> AnyView {
    let export = Werkzeug::ist_export(unterpfad);
    let seite = werkzeug.seite(unterpfad);
    if !export && seite.is_none() {
        return view! { <crate::app::seiten::NichtGefunden/> }.into_any();
    }
    let daten = expect_context::<Daten>();
    let titel = match seite {
        Some((seite, Some(id))) if matches!(seite.titel, Seitentitel::Datensatz { .. }) => {
            datensatztitel(daten, &seite.titel, id)
        }
        _ => Signal::stored(
            daten
                .lies_ungetrackt(|ab| werkzeug.seitentitel(unterpfad, ab))
                .unwrap_or_default(),
        ),
    };
    let aktiv = werkzeug.aktiver_eintrag(seite.map(|(s, _)| s));
    // Only opening or closing a workspace rebuilds the page; changes to its data reach the
    // page's own memos (rebuilding here would drop focus and form state on every save).
    let offen = Memo::new(move |_| daten.lies(|ab| ab.map(|ab| ab.id.clone())));
    let inhalt = move || {
        if offen.with(Option::is_none) {
            return view! { <KeinArbeitsbereich/> }.into_any();
        }
        match seite {
            None => view! { <Exportseite werkzeug/> }.into_any(),
            Some((seite, id)) if seite.pfad.is_empty() => {
                view! { <Startseite werkzeug laden=seite.ansicht id/> }.into_any()
            }
            Some((seite, id)) => view! { <Nachgeladen laden=seite.ansicht id/> }.into_any(),
        }
    };
    view! {
        <Unternavigation werkzeug aktiv/>
        <Seitenkopf titel/>
        {inhalt}
    }
    .into_any()
}

/// The heading of a record's page: it follows renames, and so does the browser title.
fn datensatztitel(daten: Daten, titel: &'static Seitentitel, id: u32) -> Signal<String> {
    let ueberschrift =
        Memo::new(move |_| daten.lies(|ab| crate::tools::seitentitel(titel, Some(id), ab)));
    Effect::new(move |vorher: Option<String>| {
        let aktuell = ueberschrift.get();
        if vorher.is_some_and(|v| v != aktuell) {
            browser::setze_titel(&format!("{aktuell} – {}", crate::PRODUKTNAME));
        }
        aktuell
    });
    Signal::from(ueberschrift)
}

/// The tool's own navigation between its pages.
#[component]
fn Unternavigation(werkzeug: &'static Werkzeug, aktiv: &'static str) -> impl IntoView {
    let links = werkzeug
        .navigation()
        .into_iter()
        .map(|(text, ziel, pfad)| {
            let aktuell = (pfad == aktiv).then_some("page");
            view! {
                <li>
                    <a class="kern-link unternavigation__link" href=ziel aria-current=aktuell>{text}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="unternavigation" aria-label=werkzeug.titel>
            <ul class="unternavigation__liste">{links}</ul>
        </nav>
    }
}

/// The start page: the tool's own view once it holds records, the empty state before.
#[component]
fn Startseite(
    werkzeug: &'static Werkzeug,
    laden: fn() -> Seitenladen,
    id: Option<u32>,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let leer =
        Memo::new(move |_| daten.lies(|ab| ab.is_none_or(|ab| (werkzeug.kennzahl)(ab).is_none())));
    move || {
        if leer.get() {
            view! { <Einstieg werkzeug/> }.into_any()
        } else {
            view! { <Nachgeladen laden id/> }.into_any()
        }
    }
}

/// A tool page whose code may still have to be fetched (the split release build fetches a
/// tool's views on its first visit, see `tools::seiten!`). Code that is there already (every
/// later visit, and every non-split build) renders at once, without a loading step; otherwise
/// "wird geladen" is announced, and a failed fetch says so in German with "Erneut versuchen".
/// The workspace is not touched either way, and no unsaved input exists yet on a page whose
/// code has not arrived.
#[component]
fn Nachgeladen(laden: fn() -> Seitenladen, id: Option<u32>) -> impl IntoView {
    let mut sofort = laden();
    if let std::task::Poll::Ready(Ok(ansicht)) = sofort
        .as_mut()
        .poll(&mut std::task::Context::from_waker(std::task::Waker::noop()))
    {
        return ansicht(id);
    }
    let versuch = RwSignal::new(0u32);
    let ergebnis = LocalResource::new(move || {
        versuch.track();
        laden()
    });
    (move || match ergebnis.get() {
        None => view! {
            <p class="kern-body nachladen" role="status">"Das Werkzeug wird geladen …"</p>
        }
        .into_any(),
        Some(ergebnis) => seitenansicht(ergebnis, id, versuch),
    })
    .into_any()
}

/// The fetched page, or the message with "Erneut versuchen" (which bumps `versuch`).
fn seitenansicht(
    ergebnis: Result<Seitenansicht, Ladefehler>,
    id: Option<u32>,
    versuch: RwSignal<u32>,
) -> AnyView {
    match ergebnis {
        Ok(ansicht) => ansicht(id),
        Err(Ladefehler) => {
            view! {
                <div class="kern-alert kern-alert--danger" role="alert" id="nachladefehler">
                    <div class="kern-alert__header">
                        <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
                        <span class="kern-title">"Das Werkzeug konnte nicht geladen werden"</span>
                    </div>
                    <div class="kern-alert__body">
                        <p class="kern-body">
                            "Ein Teil des Werkzeugkastens war nicht erreichbar, etwa weil die Verbindung zum Server unterbrochen ist. "
                            "Ihre Daten sind unverändert. Bitte versuchen Sie es erneut."
                        </p>
                        <Knopf id="nachladen-erneut" bei_klick=move |_| versuch.update(|v| *v += 1)>
                            "Erneut versuchen"
                        </Knopf>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}

/// Empty state: what the tool is for, the first action and the example, either in the open
/// workspace ("Beispiel laden", one undoable step) or in a new workspace with the examples of
/// all tools ("Beispiel in neuem Arbeitsbereich öffnen"). The examples' code is fetched on the
/// first click (part `beispiele` of the split build); a failed fetch says so and changes nothing.
#[component]
fn Einstieg(werkzeug: &'static Werkzeug) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let einstieg = &werkzeug.einstieg;
    // While the examples' code is on its way: both buttons wait.
    let laedt = RwSignal::new(false);
    let fehler = RwSignal::new(None::<String>);
    let beispiel_laden = move |_| {
        let geoeffnet = daten.offene_id();
        laedt.set(true);
        leptos::task::spawn_local(async move {
            let geladen = (werkzeug.einstieg.beispiel_laden)().await;
            if laedt.try_set(false).is_some() {
                return; // the page is gone
            }
            match geladen {
                // Into the workspace that was open at the click, never into another one.
                Ok(fuellen) if daten.offene_id() == geoeffnet => {
                    fehler.set(None);
                    let heute = browser::heute();
                    daten.aendere(&format!("Beispiel „{}“ geladen", werkzeug.titel), |ab| {
                        fuellen(ab, heute)
                    });
                }
                Ok(_) => {}
                Err(Ladefehler) => fehler.set(Some(NICHT_GELADEN.to_owned())),
            }
        });
    };
    let beispiel_oeffnen = move |_| {
        laedt.set(true);
        leptos::task::spawn_local(async move {
            let geladen = crate::tools::alle_beispiele_laden().await;
            if laedt.try_set(false).is_some() {
                return;
            }
            let ergebnis = match geladen {
                Ok(beispiele) => daten.beispiel_oeffnen(&beispiele),
                Err(Ladefehler) => Err(NICHT_GELADEN.to_owned()),
            };
            match ergebnis {
                Ok(()) => {
                    daten.ansagen("Der Arbeitsbereich „Beispiel“ ist angelegt und geöffnet.");
                }
                Err(text) => {
                    // The frame may already show the new workspace's page: the message then
                    // has no place left, so it goes to the live region too.
                    daten.ansagen(text.clone());
                    fehler.try_set(Some(text));
                }
            }
        });
    };
    let aktionen = einstieg
        .aktionen
        .iter()
        .enumerate()
        .map(|(i, (text, pfad))| {
            let art = if i == 0 {
                "kern-btn kern-btn--primary"
            } else {
                "kern-btn kern-btn--secondary"
            };
            view! {
                <a class=art href=werkzeug.href(&[pfad])>
                    <span class="kern-label">{*text}</span>
                </a>
            }
        })
        .collect_view();
    view! {
        <p class="kern-body">{mit_abkuerzungen(einstieg.einleitung)}</p>
        <p class="kern-body">{einstieg.leer}</p>
        <div class="knopfleiste">{aktionen}</div>
        <h2 class="kern-heading-small">"Mit einem Beispiel kennenlernen"</h2>
        <p class="kern-body">
            {mit_abkuerzungen(einstieg.beispiel)}
            " „Beispiel laden“ füllt den geöffneten Arbeitsbereich; Sie können es mit „Rückgängig“ wieder entfernen. "
            "„Beispiel in neuem Arbeitsbereich öffnen“ legt einen eigenen Arbeitsbereich mit den Beispielen aller Werkzeuge an, die zusammenpassen."
        </p>
        {move || fehler.get().map(|text| view! {
            <div class="kern-alert kern-alert--danger" role="alert" id="beispiel-fehler">
                <div class="kern-alert__header">
                    <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
                    <span class="kern-title">"Das Beispiel wurde nicht geöffnet"</span>
                </div>
                <div class="kern-alert__body"><p class="kern-body">{text}</p></div>
            </div>
        })}
        <div class="knopfleiste">
            <Knopf id="beispiel-laden" deaktiviert=move || laedt.get() || !daten.bearbeitbar() bei_klick=beispiel_laden>
                "Beispiel laden"
            </Knopf>
            <Knopf id="beispiel-oeffnen" deaktiviert=move || laedt.get() bei_klick=beispiel_oeffnen>
                "Beispiel in neuem Arbeitsbereich öffnen"
            </Knopf>
        </div>
        {move || laedt.get().then(|| view! {
            <p class="kern-body" role="status">"Das Beispiel wird geladen …"</p>
        })}
    }
}

/// Why an example did not open when its code could not be fetched.
const NICHT_GELADEN: &str = "Ein Teil des Werkzeugkastens war nicht erreichbar, etwa weil die \
     Verbindung zum Server unterbrochen ist. Ihre Daten sind unverändert. Bitte versuchen Sie es \
     erneut.";

/// Shown instead of a page while no workspace is open.
#[component]
fn KeinArbeitsbereich() -> impl IntoView {
    view! {
        <p class="kern-body">
            "Es ist kein Arbeitsbereich geöffnet. Legen Sie unter "
            <a class="kern-link" href=Route::Arbeitsbereiche.href()>"Arbeitsbereiche"</a>
            " einen an oder öffnen Sie einen vorhandenen."
        </p>
    }
}
