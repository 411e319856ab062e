//! The Zeitplan: a timeline (Gantt chart) of the portfolio in SVG, with a scale (month,
//! quarter, year), filter, swimlanes by Welle or Programm, a "Heute" line, milestones,
//! dependency arrows and a table with the same data as its accessible equivalent.
//!
//! This page holds the settings (scale, filter, swimlanes, the dependency switch) in local
//! signals and composes the parts, each in its own module:
//!
//! - [`geometrie`] (pure): which projects in which order, and everything the chart draws as
//!   plain numbers, computed in one `Memo` on top of `calc::Zeitachse`.
//! - [`texte`] (pure): what a row says in words (accessible name, milestones).
//! - `svg`: renders the geometry and handles the chart's keyboard (roving tabindex), focus and
//!   scrolling; the legend of its symbols.
//! - `tabelle`: the table alternative, rendered only when asked for.
//!
//! **Print.** The chart scales to the page width (`viewBox`), controls are hidden and the list
//! of dependency conflicts is printed below it (see `src/tools/multiprojektplan/stil.css`).

use std::time::Duration;

use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt};
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Ankreuzfeld, Auswahl, Eingabe};
use crate::shared::format;
use crate::tools::multiprojektplan::calc::{self, Filter, Gruppierung, Zoom};
use crate::tools::multiprojektplan::model::Projektstatus;

use super::href;

pub mod geometrie;
mod svg;
mod tabelle;
pub mod texte;

use crate::app::components::{Knopf, Knopfart};
use geometrie::{Geometrie, Projektauswahl};
use svg::{Diagramm, Legende};
use tabelle::Zeitplantabelle;

/// Delay before the search text filters (typing stays fluid with 500 projects).
const SUCHVERZOEGERUNG: Duration = Duration::from_millis(250);

/// The view state of the page, kept in local signals (`Copy`, like a signal).
#[derive(Clone, Copy)]
struct Ansicht {
    zoom: RwSignal<Zoom>,
    programm: RwSignal<String>,
    welle: RwSignal<String>,
    status: RwSignal<String>,
    /// What the search field shows.
    eingabe: RwSignal<String>,
    /// The search text in effect (follows `eingabe` after a short pause).
    suche: RwSignal<String>,
    gruppierung: RwSignal<Gruppierung>,
    abhaengigkeiten: RwSignal<bool>,
    /// "An Breite anpassen": the width the chart is fitted to.
    anpassen: RwSignal<Option<f64>>,
    tabelle: RwSignal<bool>,
    suchtimer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Ansicht {
    fn neu() -> Ansicht {
        Ansicht {
            zoom: RwSignal::new(Zoom::Quartal),
            programm: RwSignal::new(String::new()),
            welle: RwSignal::new(String::new()),
            status: RwSignal::new(String::new()),
            eingabe: RwSignal::new(String::new()),
            suche: RwSignal::new(String::new()),
            gruppierung: RwSignal::new(Gruppierung::Keine),
            abhaengigkeiten: RwSignal::new(true),
            anpassen: RwSignal::new(None),
            tabelle: RwSignal::new(false),
            suchtimer: StoredValue::new_local(None),
        }
    }

    /// Stops a pending search update.
    fn suche_abbrechen(self) {
        if let Some(Some(alt)) = self.suchtimer.try_get_value() {
            alt.clear();
        }
    }
}

/// The timeline page.
#[component]
pub fn Zeitplan() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let heute = browser::heute();
    let ansicht = Ansicht::neu();
    on_cleanup(move || ansicht.suche_abbrechen());

    let filter = Memo::new(move |_| Filter {
        status: Projektstatus::ALLE
            .iter()
            .copied()
            .find(|s| ansicht.status.with(|w| w == s.name())),
        welle: ansicht.welle.with(|w| w.parse().ok()),
        programm: ansicht
            .programm
            .with(|p| (!p.is_empty()).then(|| p.clone())),
        text: ansicht.suche.get(),
        ..Filter::default()
    });
    let gesamt = daten.ableiten(move |ab| ab.werkzeuge.multiprojektplan.projekte.len());
    let auswahl = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or_else(Projektauswahl::default, |ab| {
                filter.with(|f| {
                    Projektauswahl::neu(
                        &ab.werkzeuge.multiprojektplan,
                        f,
                        ansicht.gruppierung.get(),
                    )
                })
            })
        })
    });
    let anzahl = Memo::new(move |_| auswahl.with(Projektauswahl::anzahl));
    let geometrie = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or_else(Geometrie::default, |ab| {
                auswahl.with(|a| {
                    geometrie::berechne(
                        &ab.werkzeuge.multiprojektplan,
                        a,
                        ansicht.zoom.get(),
                        heute,
                        ansicht.anpassen.get(),
                    )
                })
            })
        })
    });
    let warnungen = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or_else(Vec::new, |ab| {
                calc::abhaengigkeitswarnungen(&ab.werkzeuge.multiprojektplan)
                    .into_iter()
                    .map(|w| w.meldung)
                    .collect::<Vec<_>>()
            })
        })
    });
    let leer = Memo::new(move |_| gesamt.get() == 0);
    // Separate from `anzahl`, so that a filter change re-renders the chart, not the page part.
    let keiner = Memo::new(move |_| anzahl.get() == 0);

    let tabelle = ansicht.tabelle;
    let tabelle_umschalten = move |_| tabelle.update(|t| *t = !*t);
    let anzahl_text = move || {
        let (n, alle) = (anzahl.get(), gesamt.get());
        if n == alle {
            format!(
                "{} im Zeitplan",
                crate::shared::text::anzahl(alle, "Projekt", "Projekte")
            )
        } else {
            format!(
                "{} von {} im Zeitplan",
                format::ganzzahl(n as i64),
                crate::shared::text::anzahl(alle, "Projekt", "Projekten")
            )
        }
    };
    let diagramm = move || {
        if keiner.get() {
            return view! {
                <Hinweis art=HinweisArt::Info titel="Kein Projekt passt zum Filter".to_owned()>
                    <p class="kern-body">"Ändern Sie die Suche oder setzen Sie die Filter zurück."</p>
                </Hinweis>
            }
            .into_any();
        }
        view! {
            <Legende/>
            <Diagramm geometrie abhaengigkeiten=ansicht.abhaengigkeiten anpassen=ansicht.anpassen/>
            <div class="zeitplan__tabellenschalter">
                <button type="button" class="kern-btn kern-btn--secondary"
                    aria-expanded=move || tabelle.get().to_string() aria-controls="zeitplan-tabelle"
                    on:click=tabelle_umschalten>
                    <span class="kern-label">
                        {move || if tabelle.get() { "Tabelle ausblenden" } else { "Als Tabelle anzeigen" }}
                    </span>
                </button>
            </div>
            <div id="zeitplan-tabelle">
                {move || tabelle.get().then(|| view! { <Zeitplantabelle auswahl heute/> })}
            </div>
        }
        .into_any()
    };
    let inhalt = move || {
        if leer.get() {
            return view! {
                <p class="kern-body">
                    "Der Zeitplan zeigt alle Projekte mit Start, Ende, Meilensteinen und Abhängigkeiten auf einer Zeitachse. "
                    "Noch ist kein Projekt erfasst. "
                    <a class="kern-link" href=href(&["neu"])>"Legen Sie ein Projekt an"</a>
                    " oder laden Sie im "
                    <a class="kern-link" href=href(&[])>"Portfolio"</a>
                    " das Beispielportfolio."
                </p>
            }
            .into_any();
        }
        view! {
            <Steuerung ansicht filter/>
            <p class="kern-body" id="zeitplan-anzahl" role="status">{anzahl_text}</p>
            {diagramm}
            <Konflikte warnungen/>
        }
        .into_any()
    };
    view! { <div class="zeitplan">{inhalt}</div> }
}

/// Scale, filter, swimlanes and the dependency switch.
#[component]
fn Steuerung(ansicht: Ansicht, filter: Memo<Filter>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let auswahllisten = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or((Vec::new(), Vec::new()), |ab| {
                (
                    calc::programme(&ab.werkzeuge.multiprojektplan),
                    calc::wellen(&ab.werkzeuge.multiprojektplan),
                )
            })
        })
    });
    let Ansicht {
        zoom,
        programm,
        welle,
        status,
        eingabe,
        suche,
        gruppierung,
        abhaengigkeiten,
        anpassen,
        suchtimer,
        ..
    } = ansicht;
    let suchen = Callback::new(move |text: String| {
        eingabe.set(text.clone());
        ansicht.suche_abbrechen();
        let neu = set_timeout_with_handle(move || suche.set(text), SUCHVERZOEGERUNG).ok();
        suchtimer.set_value(neu);
    });
    let programm_setzen = Callback::new(move |w| programm.set(w));
    let welle_setzen = Callback::new(move |w| welle.set(w));
    let status_setzen = Callback::new(move |w| status.set(w));
    let abhaengigkeiten_setzen = Callback::new(move |an| abhaengigkeiten.set(an));
    let zoom_auswahl = Zoom::ALLE
        .iter()
        .copied()
        .enumerate()
        .map(|(i, z)| {
            let id = format!("zeitplan-zoom-{i}");
            let waehlen = move |_| {
                anpassen.set(None);
                zoom.set(z);
            };
            view! {
                <div class="kern-form-check">
                    <input class="kern-form-check__radio" type="radio" name="zeitplan-zoom" id=id.clone()
                        value=z.name() prop:checked=move || zoom.get() == z && anpassen.get().is_none()
                        on:change=waehlen/>
                    <label class="kern-label" for=id>{z.name()}</label>
                </div>
            }
        })
        .collect_view();
    let status_optionen = mit_leerem_wert(
        "alle",
        Projektstatus::ALLE
            .iter()
            .map(|s| (s.name().to_owned(), s.name().to_owned())),
    );
    let gruppen_optionen = [
        Gruppierung::Keine,
        Gruppierung::Welle,
        Gruppierung::Programm,
    ]
    .iter()
    .map(|g| (g.schluessel().to_owned(), g.name().to_owned()))
    .collect::<Vec<_>>();
    let gruppe_wert = Signal::derive(move || gruppierung.get().schluessel().to_owned());
    let gruppe_setzen = Callback::new(move |wert: String| {
        gruppierung.set(Gruppierung::aus_schluessel(&wert).unwrap_or_default());
    });
    let zuruecksetzen = move |_| {
        programm.set(String::new());
        welle.set(String::new());
        status.set(String::new());
        ansicht.suche_abbrechen();
        eingabe.set(String::new());
        suche.set(String::new());
        // The button disables itself; focus goes to the search field instead of the page.
        browser::fokussiere("#zeitplan-suche");
    };
    let gefiltert =
        move || filter.with(|f| *f != Filter::default()) || !eingabe.with(String::is_empty);
    let filter_offen = RwSignal::new(false);
    let listen = move || {
        let (programme, wellen) = auswahllisten.get();
        view! {
            <Auswahl id="zeitplan-programm" filter=true beschriftung="Programm"
                optionen=mit_leerem_wert("alle", programme.into_iter().map(|p| (p.clone(), p)))
                wert=programm bei_eingabe=programm_setzen/>
            <Auswahl id="zeitplan-welle" filter=true beschriftung="Welle"
                optionen=mit_leerem_wert("alle", wellen.into_iter().map(|w| (w.to_string(), format!("Welle {w}"))))
                wert=welle bei_eingabe=welle_setzen/>
        }
    };
    view! {
        <div class="zeitplan__steuerung">
            <fieldset class="kern-fieldset zeitplan__zoom">
                <legend class="kern-label">"Zeitraster"</legend>
                <div class="kern-fieldset__body kern-fieldset__body--horizontal">{zoom_auswahl}</div>
            </fieldset>
            // Filters and display options fold away, so the chart is in the first screen; they
            // open by themselves while a filter is active.
            <details class="zeitplan__filter" prop:open=move || filter_offen.get() || gefiltert()
                on:toggle=move |ev| filter_offen.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
            <summary class="kern-link" id="zeitplan-filter-titel">
                {move || if gefiltert() { "Filter und Darstellung (Filter aktiv)" } else { "Filter und Darstellung" }}
            </summary>
            <div class="filterleiste" role="search" aria-label="Projekte im Zeitplan filtern">
                <Eingabe id="zeitplan-suche" filter=true beschriftung="Suche" hinweis="Projekt-ID, Titel, Programm, Leitung, OZG-ID"
                    wert=eingabe bei_eingabe=suchen/>
                {listen}
                <Auswahl id="zeitplan-status" filter=true beschriftung="Status" optionen=status_optionen
                    wert=status bei_eingabe=status_setzen/>
                <Auswahl id="zeitplan-bahnen" filter=true beschriftung="Schwimmbahnen nach" optionen=gruppen_optionen
                    wert=gruppe_wert bei_eingabe=gruppe_setzen/>
                <div class="filterleiste__aktion">
                    <Knopf art=Knopfart::Tertiaer deaktiviert=move || !gefiltert() bei_klick=zuruecksetzen>
                        "Filter zurücksetzen"
                    </Knopf>
                </div>
            </div>
            <Ankreuzfeld id="zeitplan-abhaengigkeiten" beschriftung="Abhängigkeiten anzeigen"
                wert=abhaengigkeiten bei_eingabe=abhaengigkeiten_setzen/>
            </details>
        </div>
    }
}

/// Conflicting dependencies in words; printed with the chart.
#[component]
fn Konflikte(warnungen: Memo<Vec<String>>) -> impl IntoView {
    let liste = move || {
        let liste = warnungen.get();
        if liste.is_empty() {
            view! { <p class="kern-body">"Keine Terminkonflikte zwischen abhängigen Projekten oder Meilensteinen."</p> }.into_any()
        } else {
            view! {
                <ul class="aufzaehlung">
                    {liste.into_iter().map(|text| view! { <li class="kern-body">{text}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <section class="zeitplan__konflikte" aria-labelledby="zeitplan-konflikte-titel">
            <h2 class="kern-heading-small" id="zeitplan-konflikte-titel">"Terminkonflikte in Abhängigkeiten"</h2>
            {liste}
        </section>
    }
}
