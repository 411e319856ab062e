//! The start page: the Termine from today on and before it, grouped by month and said as text
//! (date, topic, format, place, the Behörden that take part, the number of results), and how
//! many follow-ups are open and overdue; below, every Termin in the data table (newest first)
//! that all tools' start pages share.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::tabelle::{spalte, zelltext, Datentabelle, Spalte, Spaltenart, Zeilenaktionen};
use crate::shared::text::anzahl;
use crate::tools::behoerdenaustausch::calc::{self, Monat};
use crate::tools::behoerdenaustausch::model::Behoerdenaustausch;

use super::{href, termin_href};
use crate::shared::sortieren::Sortieren;

/// One Termin as a list entry.
#[derive(Clone, PartialEq)]
struct Eintrag {
    id: u32,
    thema: String,
    zeile: String,
}

fn eintraege(ba: &Behoerdenaustausch, monate: Vec<Monat>) -> Vec<(String, Vec<Eintrag>)> {
    monate
        .into_iter()
        .map(|m| {
            let liste = m
                .termine
                .iter()
                .filter_map(|id| ba.termin(*id))
                .map(|t| {
                    let format = t
                        .format
                        .and_then(|f| ba.format(f))
                        .map(|f| format!("{}, ", f.typ.name()))
                        .unwrap_or_default();
                    let behoerden: Vec<String> = calc::behoerden_von(ba, t.id)
                        .into_iter()
                        .map(|b| ba.behoerdenname(b))
                        .collect();
                    let wer = if behoerden.is_empty() {
                        "noch keine Teilnahme erfasst".to_owned()
                    } else {
                        behoerden.join(", ")
                    };
                    let ergebnisse = ba.ergebnisse.iter().filter(|e| e.termin == t.id).count();
                    Eintrag {
                        id: t.id,
                        thema: t.thema.clone(),
                        zeile: format!(
                            "{}: {format}{}; {wer}; {}",
                            t.wann(),
                            t.ort_text(),
                            anzahl(ergebnisse, "Ergebnis", "Ergebnisse")
                        ),
                    }
                })
                .collect();
            (m.titel, liste)
        })
        .collect()
}

/// Months with their Termine as headed lists.
#[component]
fn Monatsliste(
    id: &'static str,
    monate: Vec<(String, Vec<Eintrag>)>,
    leer: &'static str,
) -> impl IntoView {
    if monate.is_empty() {
        return view! { <p class="kern-body" id=id>{leer}</p> }.into_any();
    }
    view! {
        <div id=id>
            {monate.into_iter().map(|(titel, liste)| view! {
                <h3 class="kern-heading-small">{titel}</h3>
                <ul class="ba-terminliste">
                    {liste.into_iter().map(|e| view! {
                        <li><a class="kern-link" href=termin_href(e.id)>{e.thema}</a>" – "{e.zeile}</li>
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </div>
    }
    .into_any()
}

/// One row of the table of all Termine.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    thema: String,
    wann: String,
    format: String,
    ort: String,
    handlungsfeld: String,
    behoerden: String,
    ergebnisse: String,
}

static SPALTEN: &[Spalte<Zeile>] = &[
    spalte("wann", "Datum", Spaltenart::Kurz, true, |z| {
        zelltext(&z.wann)
    }),
    spalte("format", "Format", Spaltenart::Text, true, |z| {
        zelltext(&z.format)
    }),
    spalte("ort", "Ort", Spaltenart::Text, true, |z| zelltext(&z.ort)),
    spalte("behoerden", "Behörden", Spaltenart::Zahl, true, |z| {
        zelltext(&z.behoerden)
    }),
    spalte("ergebnisse", "Ergebnisse", Spaltenart::Zahl, true, |z| {
        zelltext(&z.ergebnisse)
    }),
    spalte(
        "handlungsfeld",
        "Handlungsfeld",
        Spaltenart::Text,
        false,
        |z| zelltext(&z.handlungsfeld),
    ),
];

fn kopfzelle(z: &Zeile) -> AnyView {
    view! { <a class="kern-link" href=termin_href(z.id)>{z.thema.clone()}</a> }.into_any()
}

const KOPF: Spalte<Zeile> = spalte("thema", "Termin", Spaltenart::Lang, true, kopfzelle);

const AKTIONEN: Zeilenaktionen<Zeile> = Zeilenaktionen {
    name: |z| z.thema.clone(),
    inhalt: |z| view! { <a class="kern-link" href=termin_href(z.id)>"Öffnen"</a> }.into_any(),
};

fn zeilen(ba: &Behoerdenaustausch) -> Vec<Zeile> {
    let mut termine: Vec<_> = ba.termine.iter().collect();
    termine.sortiere_nach_schluessel(|t| (std::cmp::Reverse(t.datum), t.id));
    termine
        .into_iter()
        .map(|t| Zeile {
            id: t.id,
            thema: t.thema.clone(),
            wann: t.wann(),
            format: t
                .format
                .and_then(|f| ba.format(f))
                .map(|f| f.typ.name().to_owned())
                .unwrap_or_default(),
            ort: t.ort_text(),
            handlungsfeld: t
                .handlungsfeld
                .map(|h| h.name().to_owned())
                .unwrap_or_default(),
            behoerden: calc::behoerden_von(ba, t.id).len().to_string(),
            ergebnisse: ba
                .ergebnisse
                .iter()
                .filter(|e| e.termin == t.id)
                .count()
                .to_string(),
        })
        .collect()
}

/// The start page (the frame shows the empty state while nothing is stored).
#[component]
pub fn Uebersicht() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = daten.ableiten(move |ab| {
        let ba = &ab.werkzeuge.behoerdenaustausch;
        let heute = browser::heute();
        let (kommend, vergangen) = calc::termine_nach_monat(ba, heute);
        let offen = calc::offene_folgeaufgaben(ba, heute);
        let ueber = offen
            .iter()
            .filter(|f| calc::ueberfaellig(f, heute).is_some())
            .count();
        (
            eintraege(ba, kommend),
            eintraege(ba, vergangen),
            format!(
                "{}, davon {ueber} überfällig",
                anzahl(offen.len(), "offenes Follow-up", "offene Follow-ups")
            ),
            format!(
                "{}, {}, {}",
                anzahl(ba.termine.len(), "Termin", "Termine"),
                anzahl(
                    calc::beteiligte(ba).len(),
                    "beteiligte Behörde",
                    "beteiligte Behörden"
                ),
                anzahl(
                    ba.angebote.len(),
                    "Nachnutzungsangebot",
                    "Nachnutzungsangebote"
                )
            ),
        )
    });
    let tabelle = daten.ableiten(|ab| zeilen(&ab.werkzeuge.behoerdenaustausch));
    let titel = Signal::derive(move || tabelle.with(|z| anzahl(z.len(), "Termin", "Termine")));
    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["neu"])><span class="kern-label">"Neuer Termin"</span></a>
            <a class="kern-btn kern-btn--secondary" href=href(&["paket"])><span class="kern-label">"Paket schnüren"</span></a>
            <a class="kern-btn kern-btn--secondary" href=href(&["paket-einlesen"])><span class="kern-label">"Paket einlesen"</span></a>
        </div>
        {move || {
            let (kommend, vergangen, folgen, zahlen) = stand.get();
            view! {
                <dl class="ba-kennzahlen">
                    <div><dt>"Erfasst"</dt><dd>{zahlen}</dd></div>
                    <div><dt>"Follow-ups"</dt><dd><a class="kern-link" href=href(&["follow-ups"])>{folgen}</a></dd></div>
                </dl>
                <h2 class="kern-heading-medium">"Kommende Termine"</h2>
                <Monatsliste id="ba-kommend" monate=kommend leer="Kein kommender Termin erfasst."/>
                <h2 class="kern-heading-medium">"Vergangene Termine"</h2>
                <Monatsliste id="ba-vergangen" monate=vergangen leer="Kein vergangener Termin erfasst."/>
            }
        }}
        <h2 class="kern-heading-medium">"Alle Termine"</h2>
        <Datentabelle id="ba-termine" titel=titel kopf=KOPF spalten=SPALTEN zeilen=tabelle aktionen=AKTIONEN/>
    }
}
