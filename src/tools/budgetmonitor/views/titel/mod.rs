//! The page of one Haushaltsstelle (`#/budgetmonitor/titel/<id>`), top to bottom:
//!
//! - [`Zahlen`]: its figures at the Berichtsstichtag with the Ampel;
//! - [`buchungen`]: the fast booking entry (after saving, the form keeps Art and Datum and puts
//!   the cursor back into "Betrag"; "B12 bearbeiten" loads a booking into the same form) and
//!   the list of bookings;
//! - [`ansaetze`], [`prognosen`], [`ermaechtigungen`]: a table each with a form below for a new
//!   record or for changing one ("A5 bearbeiten", "Änderungen speichern", "Abbrechen"); a VE is
//!   deleted after confirmation unless bookings draw on it;
//! - [`stammdaten`]: the master data and the Monatsplan (the same form creates a new
//!   Haushaltsstelle under `#/budgetmonitor/neu`);
//! - deleting the Haushaltsstelle with everything on it, after confirmation (the record page
//!   wrapper `app::datensatz::Datensatzseite`).
//!
//! Every form reads its input with [`crate::tools::budgetmonitor::eingabe`] and keeps unsaved
//! input across navigation in one `app::entwurf::Formularentwurf` per form, filed under
//! `budgetmonitor:<form>:<workspace>:<Haushaltsstelle>`. The four record editors share
//! [`editor`]. Every save is one undoable step.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::AmpelMarke;
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::shared::format;
use crate::tools::budgetmonitor::calc::{self, Rahmen};

use super::{href, prozent};

mod ansaetze;
mod buchungen;
mod editor;
mod ermaechtigungen;
mod prognosen;
mod stammdaten;

pub use stammdaten::Stellenformular;

/// The page of one Haushaltsstelle.
#[component]
pub fn Titelseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let name = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.and_then(|ab| ab.werkzeuge.budgetmonitor.haushaltsstelle(id))
                .map(|h| format!("Haushaltsstelle {}", h.bezeichnung()))
        })
    });
    let loeschen = Loeschen {
        name: Signal::derive(move || name.get().unwrap_or_default()),
        folgen: "Die Haushaltsstelle wird mit allen Ansätzen, Buchungen, Prognosen und Verpflichtungsermächtigungen gelöscht.",
        ausfuehren: Callback::new(move |()| {
            let n = name.get_untracked().unwrap_or_default();
            daten.aendere(&format!("{n} gelöscht"), |ab| {
                ab.werkzeuge.budgetmonitor.entferne_haushaltsstelle(id)
            });
            daten.ansagen(format!("{n} gelöscht."));
        }),
    };
    view! {
        <Datensatzseite vorhanden=Signal::derive(move || name.with(Option::is_some))
            nicht_vorhanden="Diese Haushaltsstelle" zurueck=("Zur Übersicht", href(&[]))
            abschnitte=vec![
                ("buchungen", "Buchungen"),
                ("abschnitt-ansaetze", "Ansätze"),
                ("abschnitt-prognosen", "Prognosen"),
                ("abschnitt-ve", "Verpflichtungsermächtigungen"),
                ("abschnitt-stammdaten", "Stammdaten und Monatsplan"),
            ]
            loeschen>
            <Zahlen id/>
            <h2 class="kern-heading-medium" id="buchungen" tabindex="-1">"Buchungen"</h2>
            <buchungen::Buchungen id/>
            <h2 class="kern-heading-medium" id="abschnitt-ansaetze" tabindex="-1">"Ansätze"</h2>
            <ansaetze::Ansaetze id/>
            <h2 class="kern-heading-medium" id="abschnitt-prognosen" tabindex="-1">"Prognosen"</h2>
            <prognosen::Prognosen id/>
            <h2 class="kern-heading-medium" id="abschnitt-ve" tabindex="-1">"Verpflichtungsermächtigungen"</h2>
            <ermaechtigungen::Ves id/>
            <h2 class="kern-heading-medium" id="abschnitt-stammdaten" tabindex="-1">"Stammdaten und Monatsplan"</h2>
            <Stellenformular id=Some(id)/>
        </Datensatzseite>
    }
}

/// The Titel's figures at the Stichtag.
#[component]
fn Zahlen(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeile = Memo::new(move |_| {
        daten.lies(|ab| {
            let bm = &ab?.werkzeuge.budgetmonitor;
            let h = bm.haushaltsstelle(id)?;
            let rahmen = Rahmen::von(bm, browser::heute());
            let a = calc::Auswertung::neu(bm, rahmen.stichtag);
            Some((calc::titelzeile(bm, h, rahmen, &a), rahmen))
        })
    });
    move || {
        zeile.with(|z| {
            let (t, rahmen) = z.as_ref()?;
            let s = t.summen;
            let e = format::euro;
            let werte = vec![
                ("Ansatz", e(s.ansatz)),
                ("Ausgabereste", e(s.reste)),
                ("Zuweisungen/Umsetzungen", e(s.zuweisungen)),
                ("Sperren", e(s.sperren)),
                ("verfügbares Soll", e(s.soll())),
                ("Ist", e(s.ist)),
                ("gebunden", e(s.gebunden)),
                ("frei", e(s.frei())),
                ("Abflussquote", prozent(s.abflussquote())),
                ("Bindungsquote", prozent(s.bindungsquote())),
                ("Soll-Abfluss bis Stichtag", e(s.plan_bis_stichtag)),
                ("Ist − Soll-Abfluss", e(s.abfluss_abweichung())),
                (
                    "statische Hochrechnung",
                    t.hochrechnung.map(e).unwrap_or_else(|| "–".to_owned()),
                ),
                (
                    "Prognose",
                    t.prognose
                        .as_ref()
                        .map(|p| format!("{} ({})", e(p.betrag), p.methode.name()))
                        .unwrap_or_else(|| "–".to_owned()),
                ),
                (
                    "Abweichung",
                    s.abweichung()
                        .map(|a| format!("{} ({})", e(a), prozent(s.abweichung_promille())))
                        .unwrap_or_else(|| "–".to_owned()),
                ),
                ("vorauss. Ausgaberest", t.ausgaberest.text()),
            ];
            let ampel = t.ampel;
            Some(view! {
                <p class="kern-body">{format!("Stand: Berichtsstichtag {} (Haushaltsjahr {})", rahmen.stichtag.deutsch(), rahmen.jahr)}</p>
                <dl class="kennzahlen" id="titel-kennzahlen">
                    {werte.into_iter().map(|(n, w)| view! {
                        <div class="kennzahlen__eintrag">
                            <dt class="kern-label">{n}</dt>
                            <dd class="kern-body kennzahlen__wert">{w}</dd>
                        </div>
                    }).collect_view()}
                    <div class="kennzahlen__eintrag">
                        <dt class="kern-label">"Ampel"</dt>
                        <dd class="kern-body kennzahlen__wert"><AmpelMarke ampel/></dd>
                    </div>
                </dl>
            })
        })
    }
}
