//! The page of one Haushaltsstelle (`#/budgetmonitor/titel/<id>`), a summary first and then
//! its sections, reachable through the in-page navigation, top to bottom:
//!
//! - [`Zahlen`]: the summary at the Berichtsstichtag (verfügbares Soll, gebunden, Ist, frei,
//!   Prognose, Ampel in words) and how the figures come about;
//! - [`ansaetze`]: where the money comes from, before it is spent;
//! - [`buchungen`]: the fast booking entry (after saving, the form keeps Art and Datum and puts
//!   the cursor back into "Betrag"; "B12 bearbeiten" loads a booking into the same form) and
//!   the list of bookings;
//! - [`ansaetze`], [`prognosen`], [`ermaechtigungen`]: a table each with a form below for a new
//!   record or for changing one ("A5 bearbeiten", "Änderungen speichern", "Abbrechen"); a VE is
//!   deleted after confirmation unless bookings draw on it;
//! - [`stammdaten`]: the master data and the Monatsplan as a summary, edited on their own
//!   ("Bearbeiten"); a short form of the same creates a new Haushaltsstelle under
//!   `#/budgetmonitor/neu`;
//! - deleting the Haushaltsstelle with everything on it, after confirmation (the record page
//!   wrapper `app::datensatz::Datensatzseite`).
//!
//! Every form reads its input with [`crate::tools::budgetmonitor::eingabe`] and keeps unsaved
//! input across navigation in one `app::entwurf::Formularentwurf` per form, filed under
//! `budgetmonitor:<form>:<workspace>:<Haushaltsstelle>`. The four record editors share
//! [`editor`]. Every save is one undoable step.

use leptos::prelude::*;

use crate::app::components::AmpelMarke;
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::zusammenfassung::{Abschnitt, Angabe, Zusammenfassung};
use crate::tools::budgetmonitor::calc;

use super::{
    betrag, betrag_oder_strich, frei_text, href, kennzahl_eintraege, lies_mit_rahmen, prozent,
};

mod ansaetze;
mod buchungen;
mod editor;
mod ermaechtigungen;
mod prognosen;
mod stammdaten;

pub use ermaechtigungen::abweichungstext;
pub use stammdaten::Stellenformular;

use crate::tools::budgetmonitor::eingabe::StellenEntwurf;

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
    // A form with unsaved input from an earlier visit opens with it.
    let entwurf_offen = crate::app::entwurf::holen::<StellenEntwurf>(&editor::entwurfsschluessel(
        daten, "stelle", id,
    ))
    .is_some();
    view! {
        <Datensatzseite vorhanden=Signal::derive(move || name.with(Option::is_some))
            nicht_vorhanden="Diese Haushaltsstelle" zurueck=("Zur Übersicht", href(&[]))
            abschnitte=vec![
                ("zusammenfassung", "Zusammenfassung"),
                ("abschnitt-ansaetze", "Ansätze"),
                ("buchungen", "Buchungen"),
                ("abschnitt-prognosen", "Prognosen"),
                ("abschnitt-ve", "Verpflichtungsermächtigungen"),
                ("abschnitt-stammdaten", "Stammdaten und Monatsplan"),
            ]
            loeschen>
            <h2 class="kern-heading-medium" id="zusammenfassung" tabindex="-1">"Zusammenfassung"</h2>
            <Zahlen id/>
            <Abschnitt id="abschnitt-ansaetze" titel="Ansätze" anzeige=ViewFn::from(move || view! { <ansaetze::Ansaetze id/> })/>
            <Abschnitt id="buchungen" titel="Buchungen" anzeige=ViewFn::from(move || view! { <buchungen::Buchungen id/> })/>
            <Abschnitt id="abschnitt-prognosen" titel="Prognosen" anzeige=ViewFn::from(move || view! { <prognosen::Prognosen id/> })/>
            <Abschnitt id="abschnitt-ve" titel="Verpflichtungsermächtigungen" anzeige=ViewFn::from(move || view! { <ermaechtigungen::Ves id/> })/>
            <Abschnitt id="abschnitt-stammdaten" titel="Stammdaten und Monatsplan"
                anzeige=ViewFn::from(move || view! { <stammdaten::Stammdaten id/> })
                formular=ViewFn::from(move || view! { <Stellenformular id=Some(id)/> })
                offen=entwurf_offen
                bearbeitbar=Signal::derive(move || daten.bearbeitbar())/>
        </Datensatzseite>
    }
}

/// The Titel's figures at the Stichtag.
#[component]
fn Zahlen(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeile = Memo::new(move |_| {
        lies_mit_rahmen(daten, |_, bm, rahmen| {
            let h = bm.haushaltsstelle(id)?;
            let a = calc::Auswertung::neu(bm, rahmen.stichtag);
            Some((calc::titelzeile(bm, h, rahmen, &a), rahmen))
        })
        .flatten()
    });
    move || {
        zeile.with(|z| {
            let (t, rahmen) = z.as_ref()?;
            let s = t.summen;
            let e = betrag;
            let ampel = t.ampel;
            let rest = t.ausgaberest.text();
            let stand = format!(
                "Stand: Berichtsstichtag {} (Haushaltsjahr {})",
                rahmen.stichtag.deutsch(),
                rahmen.jahr
            );
            let herleitung = vec![
                ("Ansatz", e(s.ansatz)),
                ("Ausgabereste (mit Einwilligung BMF)", e(s.reste)),
                ("Ausgabereste ohne Einwilligung BMF (zählen nicht)", e(s.reste_ohne_einwilligung)),
                ("Mittelumsetzungen", e(s.zuweisungen)),
                ("Sperren", e(s.sperren)),
                ("Abflussquote", prozent(s.abflussquote())),
                ("Bindungsquote", prozent(s.bindungsquote())),
                ("Soll-Abfluss bis Stichtag", e(s.plan_bis_stichtag)),
                ("Ist − Soll-Abfluss", e(s.abfluss_abweichung())),
                ("statische Hochrechnung (nur zur Information)", betrag_oder_strich(t.hochrechnung)),
            ];
            let hinweise = t.hinweise.clone();
            let prognose = t
                .prognose
                .as_ref()
                .map(|p| format!("{} ({})", e(p.betrag), p.methode.name()))
                .unwrap_or_else(|| "–".to_owned());
            let abweichung = s
                .abweichung()
                .map(|a| format!("{} ({})", e(a), prozent(s.abweichung_promille())))
                .unwrap_or_else(|| "–".to_owned());
            Some(view! {
                <div id="titel-kennzahlen">
                    <p class="kern-body">{stand}</p>
                    <Zusammenfassung>
                        <Angabe bezeichnung="verfügbares Soll">{e(s.soll())}</Angabe>
                        <Angabe bezeichnung="gebunden">{e(s.gebunden)}</Angabe>
                        <Angabe bezeichnung="davon Festlegungen (rechtlich bindend)">{e(s.festlegungen)}</Angabe>
                        <Angabe bezeichnung="davon Vorbindungen (nicht bindend)">{e(s.vorbindungen)}</Angabe>
                        <Angabe bezeichnung="Ist">{e(s.ist)}</Angabe>
                        <Angabe bezeichnung="frei">{frei_text(s.frei(), e(s.frei()))}</Angabe>
                        <Angabe bezeichnung="Prognose">{prognose}</Angabe>
                        <Angabe bezeichnung="Abweichung">{abweichung}</Angabe>
                        <Angabe bezeichnung="Ampel"><AmpelMarke ampel/></Angabe>
                        <Angabe bezeichnung="vorauss. Ausgaberest">{rest}</Angabe>
                        <Angabe bezeichnung="Hinweise">
                            {if hinweise.is_empty() {
                                "keine".into_any()
                            } else {
                                view! {
                                    <ul class="budget-hinweise">
                                        {hinweise.into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </Angabe>
                    </Zusammenfassung>
                    <h3 class="kern-heading-small">"Wie die Zahlen entstehen"</h3>
                    <dl class="kennzahlen">{kennzahl_eintraege(herleitung)}</dl>
                </div>
            })
        })
    }
}
