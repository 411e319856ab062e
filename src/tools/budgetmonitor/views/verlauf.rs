//! The monthly curve: cumulative Plan, Ist and Prognose over the Haushaltsjahr as an SVG line
//! chart (lines differ in dash pattern and are labelled, not only coloured) with the same
//! figures as a table; for all Haushaltsstellen of the year or one of them.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::formular::Auswahl;
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart};
use crate::tools::budgetmonitor::calc::{self, Monatswert};

use super::{betrag, betrag_oder_strich, lies_mit_rahmen, spalte, zahlspalte};

const BREITE: i64 = 640;
const HOEHE: i64 = 300;
const LINKS: i64 = 70;
const UNTEN: i64 = 30;
const OBEN: i64 = 10;

const MONATE: [&str; 12] = [
    "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez",
];

/// One row of the table: the month ("Jun 2026") and its values.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Monatszeile(String, Monatswert);

/// The columns after the month.
static SPALTEN: &[Spalte<Monatszeile>] = &[
    zahlspalte("plan", "Plan", true, |z| betrag(z.1.plan).into_any()),
    zahlspalte("ist", "Ist", true, |z| {
        betrag_oder_strich(z.1.ist).into_any()
    }),
    zahlspalte("plan-kum", "Plan kumuliert", true, |z| {
        betrag(z.1.plan_kumuliert).into_any()
    }),
    zahlspalte("ist-kum", "Ist kumuliert", true, |z| {
        betrag_oder_strich(z.1.ist_kumuliert).into_any()
    }),
    zahlspalte("prognose-kum", "Prognose kumuliert", true, |z| {
        betrag_oder_strich(z.1.prognose_kumuliert).into_any()
    }),
];

/// The page.
#[component]
pub fn Verlauf() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let auswahl = RwSignal::new(String::new());
    let stellen = Memo::new(move |_| {
        lies_mit_rahmen(daten, |_, bm, rahmen| {
            calc::stellen_des_jahres(bm, rahmen.jahr)
                .into_iter()
                .map(|h| (h.id.to_string(), h.bezeichnung()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let werte = Memo::new(move |_| {
        lies_mit_rahmen(daten, |_, bm, rahmen| {
            let ids: Vec<u32> = match auswahl.with(|a| a.parse::<u32>().ok()) {
                Some(id) => vec![id],
                None => calc::stellen_des_jahres(bm, rahmen.jahr)
                    .iter()
                    .map(|h| h.id)
                    .collect(),
            };
            (calc::monatsverlauf(bm, rahmen, &ids), rahmen.jahr)
        })
        .unwrap_or_default()
    });
    view! {
        <p class="kern-body">
            "Kumulierter Mittelabfluss zum Berichtsstichtag: Plan (aus dem Monatsplan, sonst ein Zwölftel des Solls je Monat), "
            "Ist bis zum Stichtag und die Prognose vom Stichtag linear bis zum Jahresende."
        </p>
        {move || {
            let mut optionen = vec![(String::new(), "Alle Haushaltsstellen".to_owned())];
            optionen.extend(stellen.get());
            view! {
                <div class="filterleiste">
                    <Auswahl id="verlauf-stelle" beschriftung="Haushaltsstelle" filter=true optionen wert=auswahl
                        bei_eingabe=Callback::new(move |w| auswahl.set(w))/>
                </div>
            }
        }}
        {move || werte.with(|(w, jahr)| kurve(w, *jahr))}
        <div id="verlauf-zeilen">
            <Datentabelle id="verlauf-tabelle" titel="Mittelabfluss je Monat (Tabellenfassung des Diagramms)"
                kopf=spalte("monat", "Monat", Spaltenart::Kurz, true, |z: &Monatszeile| z.0.clone().into_any())
                spalten=SPALTEN
                zeilen=Signal::derive(move || werte.with(|(w, jahr)| w.iter().map(|m| {
                    Monatszeile(format!("{} {}", MONATE[m.monat as usize - 1], jahr), *m)
                }).collect()))/>
        </div>
    }
}

/// The SVG line chart.
fn kurve(werte: &[Monatswert], jahr: i32) -> impl IntoView {
    let groesste = werte
        .iter()
        .flat_map(|w| {
            [
                Some(w.plan_kumuliert),
                w.ist_kumuliert,
                w.prognose_kumuliert,
            ]
        })
        .flatten()
        .max()
        .unwrap_or(0)
        .max(1);
    let x = |monat: u32| LINKS + (i64::from(monat) - 1) * (BREITE - LINKS - 20) / 11;
    let y = |c: i64| {
        OBEN + (HOEHE - OBEN - UNTEN)
            - (c.max(0) as i128 * (HOEHE - OBEN - UNTEN) as i128 / groesste as i128) as i64
    };
    let linie = |punkte: Vec<(u32, i64)>| {
        punkte
            .iter()
            .map(|(m, c)| format!("{},{}", x(*m), y(*c)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let plan = linie(werte.iter().map(|w| (w.monat, w.plan_kumuliert)).collect());
    let ist = linie(
        werte
            .iter()
            .filter_map(|w| Some((w.monat, w.ist_kumuliert?)))
            .collect(),
    );
    let prognose = linie(
        werte
            .iter()
            .filter_map(|w| Some((w.monat, w.prognose_kumuliert?)))
            .collect(),
    );
    let beschriftung = format!(
        "Liniendiagramm des kumulierten Mittelabflusses {jahr}: Plan (durchgezogen), Ist (dick), Prognose (gestrichelt); höchster Wert {}. Die Werte stehen in der Tabelle darunter.",
        betrag(groesste)
    );
    let achsen = (1..=12_u32)
        .map(|m| {
            view! { <text x=x(m) y=HOEHE - 8 class="budget-kurve__achse" text-anchor="middle">{MONATE[m as usize - 1]}</text> }
        })
        .collect_view();
    view! {
        <figure class="budget-figur">
            <svg class="budget-kurve" viewBox=format!("0 0 {BREITE} {HOEHE}") role="img" aria-label=beschriftung>
                <line x1=LINKS y1=HOEHE - UNTEN x2=BREITE - 10 y2=HOEHE - UNTEN class="budget-kurve__grundlinie"/>
                <text x="4" y=OBEN + 10 class="budget-kurve__achse">{betrag(groesste)}</text>
                <text x="4" y=HOEHE - UNTEN class="budget-kurve__achse">"0 €"</text>
                {achsen}
                <polyline points=plan class="budget-kurve__plan"/>
                <polyline points=ist class="budget-kurve__ist"/>
                <polyline points=prognose class="budget-kurve__prognose" stroke-dasharray="8 5"/>
            </svg>
            <figcaption>
                <ul class="budget-legende">
                    <li><span class="budget-legende__linie budget-kurve__plan" aria-hidden="true"></span>"Plan kumuliert (durchgezogen)"</li>
                    <li><span class="budget-legende__linie budget-kurve__ist" aria-hidden="true"></span>"Ist kumuliert (dick)"</li>
                    <li><span class="budget-legende__linie budget-legende__linie--gestrichelt" aria-hidden="true"></span>"Prognose kumuliert (gestrichelt)"</li>
                </ul>
            </figcaption>
        </figure>
    }
}
