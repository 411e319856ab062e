//! The frame around every page: skip link, header, the workspace bar, main navigation and
//! footer.

use leptos::prelude::*;

use crate::app::components::{Knopf, Knopfart};
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

/// The bar under the header: open workspace, save state, undo and redo.
#[component]
pub fn Arbeitsleiste() -> impl IntoView {
    let daten = expect_context::<super::daten::Daten>();
    let name = move || {
        daten.lies(|ab| {
            ab.map(|ab| ab.metadaten.bezeichnung.clone())
                .unwrap_or_else(|| "Kein Arbeitsbereich geöffnet".to_owned())
        })
    };
    // Input typed into a form is not in the workspace yet: the header must not claim otherwise.
    let status = move || {
        let status = daten.status().get();
        let gespeichert = matches!(
            status,
            super::daten::Speicherstatus::Gespeichert { .. }
                | super::daten::Speicherstatus::Unveraendert { .. }
        );
        match super::entwurf::offene() {
            0 => status_text(&status),
            1 if gespeichert => "Ungespeicherte Eingaben im Formular".to_owned(),
            n if gespeichert => format!("Ungespeicherte Eingaben in {n} Formularen"),
            _ => status_text(&status),
        }
    };
    let rueckgaengig = move || daten.verlauf().with(|v| v.rueckgaengig.clone());
    let wiederholen = move || daten.verlauf().with(|v| v.wiederholen.clone());
    view! {
        <div class="arbeitsleiste">
            <div class="kern-container arbeitsleiste__inhalt">
                <p class="kern-body arbeitsleiste__bereich">
                    <span class="arbeitsleiste__etikett">"Arbeitsbereich: "</span>
                    <a class="kern-link" href=Route::Arbeitsbereiche.href() id="aktueller-arbeitsbereich">{name}</a>
                    <span class="arbeitsleiste__status" id="speicherstatus">{status}</span>
                    {move || daten.datei().with(|v| v.kurztext()).map(|text| view! {
                        <span class="arbeitsleiste__status" id="dateistatus">{text}</span>
                    })}
                </p>
                <div class="arbeitsleiste__verlauf">
                    <button type="button" class="kern-btn kern-btn--tertiary" id="knopf-rueckgaengig"
                        aria-keyshortcuts="Control+Z"
                        aria-label=move || rueckgaengig().map_or_else(|| "Rückgängig".to_owned(), |t| format!("Rückgängig: {t}"))
                        disabled=move || rueckgaengig().is_none() || !daten.bearbeitbar()
                        on:click=move |_| daten.rueckgaengig()>
                        <span class="kern-label">"Rückgängig"</span>
                    </button>
                    <button type="button" class="kern-btn kern-btn--tertiary" id="knopf-wiederholen"
                        aria-keyshortcuts="Control+Y"
                        aria-label=move || wiederholen().map_or_else(|| "Wiederholen".to_owned(), |t| format!("Wiederholen: {t}"))
                        disabled=move || wiederholen().is_none() || !daten.bearbeitbar()
                        on:click=move |_| daten.wiederholen()>
                        <span class="kern-label">"Wiederholen"</span>
                    </button>
                </div>
            </div>
            <LetzterSchritt/>
        </div>
    }
}

/// After undo or redo: what happened, visibly, with the opposite action as a button, until the
/// next change or until closed. Screen readers hear it through the polite live region.
#[component]
fn LetzterSchritt() -> impl IntoView {
    let daten = expect_context::<super::daten::Daten>();
    move || {
        daten.letzter_schritt().get().map(|(zurueck, beschreibung)| {
            let (text, gegenteil) = if zurueck {
                (format!("Rückgängig gemacht: {beschreibung}"), "Wiederholen")
            } else {
                (format!("Wiederholt: {beschreibung}"), "Rückgängig")
            };
            let umkehren = move |_| {
                if zurueck {
                    daten.wiederholen();
                } else {
                    daten.rueckgaengig();
                }
            };
            view! {
                <div class="kern-container letzter-schritt">
                    <p class="kern-body" id="letzter-schritt">{text}</p>
                    <Knopf id="letzter-schritt-umkehren" deaktiviert=move || !daten.bearbeitbar() bei_klick=umkehren>
                        {gegenteil}
                    </Knopf>
                    <Knopf art=Knopfart::Tertiaer bei_klick=move |_| daten.letzten_schritt_ausblenden()>
                        "Ausblenden"
                    </Knopf>
                </div>
            }
        })
    }
}

/// The save state in words (never by colour alone).
fn status_text(status: &super::daten::Speicherstatus) -> String {
    use super::daten::{Konflikt, Speicherstatus as S};
    let zeit = |iso: &str| super::browser::uhrzeit(iso);
    match status {
        S::Unveraendert {
            gespeichert_am: Some(t),
        }
        | S::Gespeichert { gespeichert_am: t } => {
            format!("Alle Änderungen gespeichert · {}", zeit(t))
        }
        S::Unveraendert {
            gespeichert_am: None,
        } => "Neu – wird bei der ersten Änderung gespeichert".to_owned(),
        S::Ausstehend => "Änderungen werden gespeichert …".to_owned(),
        S::Voll => "Nicht gespeichert – der Speicher ist voll".to_owned(),
        S::Fehler(_) => "Nicht gespeichert – siehe Hinweis".to_owned(),
        S::Konflikt(Konflikt::Geaendert { .. }) => {
            "Nicht gespeichert – in einem anderen Tab geändert".to_owned()
        }
        S::Konflikt(Konflikt::Geloescht) => {
            "Nicht gespeichert – in einem anderen Tab gelöscht".to_owned()
        }
        S::NurLesen { .. } => "Schreibgeschützt – mit neuerer Version gespeichert".to_owned(),
        S::OhneSpeicher => "Nicht gespeichert – der Browser erlaubt keinen Speicher".to_owned(),
        S::KeinArbeitsbereich => "Wiederherstellung nötig".to_owned(),
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
    let arbeitsbereiche = Route::Arbeitsbereiche.href();
    let sicherung = Route::Sicherung.href();
    // On phones the navigation folds behind "Menü", so that the page's content comes first;
    // choosing a page folds it again.
    let offen = RwSignal::new(false);
    Effect::new(move |_| {
        route.track();
        offen.set(false);
    });
    view! {
        <nav class="hauptnavigation seitenraster__navigation" aria-label="Hauptnavigation"
            class:hauptnavigation--offen=move || offen.get()>
            <button type="button" class="kern-btn kern-btn--secondary hauptnavigation__menue"
                aria-expanded=move || offen.get().to_string() aria-controls="hauptnavigation-liste"
                on:click=move |_| offen.update(|o| *o = !*o)>
                <span class="kern-label">"Menü"</span>
            </button>
            <ul class="hauptnavigation__liste" id="hauptnavigation-liste">
                <li>
                    <a class="hauptnavigation__link" href=start.clone()
                        aria-current=move || aktuell(&start)>
                        "Übersicht"
                    </a>
                </li>
                {gruppen}
                <li class="hauptnavigation__gruppe">
                    <span class="hauptnavigation__gruppentitel" id="navigation-gruppe-daten">"Ihre Daten"</span>
                    <ul class="hauptnavigation__liste" aria-labelledby="navigation-gruppe-daten">
                        <li>
                            <a class="hauptnavigation__link" href=arbeitsbereiche.clone()
                                aria-current=move || aktuell(&arbeitsbereiche)>
                                "Arbeitsbereiche"
                            </a>
                        </li>
                        <li>
                            <a class="hauptnavigation__link" href=sicherung.clone()
                                aria-current=move || aktuell(&sicherung)>
                                "Sicherung"
                            </a>
                        </li>
                    </ul>
                </li>
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
