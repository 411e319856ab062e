//! The start page: the measures as a data table (status, Finanzierungsweg, bewilligt,
//! abgerufen, Ist, Finanzbedarf, Zieltermin) and the totals of the Finanzbedarf per
//! Finanzierungsweg and Haushaltsjahr.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::tabelle::{
    sortierbar, spalte, zelltext, Datentabelle, Spalte, Spaltenart, Zeilenaktionen,
};
use crate::shared::format::euro;
use crate::shared::text::{anzahl, vergleiche};
use crate::tools::massnahmenblatt::calc;
use crate::tools::massnahmenblatt::model::Status;

use super::{blatt_href, href, massnahme_href, Statusmarke};
use crate::shared::sortieren::Sortieren;

/// One row of the measures table.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    kennung: String,
    titel: String,
    status: Status,
    weg: String,
    bewilligt: String,
    abgerufen: String,
    ist: String,
    bedarf: String,
    tranchen: String,
    zieltermin: String,
    ansprechperson: String,
}

fn betrag(cent: Option<i64>) -> String {
    cent.map_or("–".to_owned(), euro)
}

static SPALTEN: &[Spalte<Zeile>] = &[
    sortierbar(spalte("status", "Status", Spaltenart::Kurz, true, |z| {
        view! { <Statusmarke status=z.status/> }.into_any()
    })),
    sortierbar(spalte(
        "weg",
        "Finanzierungsweg",
        Spaltenart::Text,
        true,
        |z| zelltext(&z.weg),
    )),
    spalte("bewilligt", "Bewilligt", Spaltenart::Zahl, true, |z| {
        zelltext(&z.bewilligt)
    }),
    spalte("abgerufen", "Abgerufen", Spaltenart::Zahl, true, |z| {
        zelltext(&z.abgerufen)
    }),
    spalte("ist", "Ist", Spaltenart::Zahl, true, |z| zelltext(&z.ist)),
    spalte("bedarf", "Finanzbedarf", Spaltenart::Zahl, false, |z| {
        zelltext(&z.bedarf)
    }),
    spalte("tranchen", "Tranchen", Spaltenart::Text, false, |z| {
        zelltext(&z.tranchen)
    }),
    spalte("zieltermin", "Zieltermin", Spaltenart::Kurz, true, |z| {
        zelltext(&z.zieltermin)
    }),
    spalte(
        "ansprechperson",
        "Ansprechperson",
        Spaltenart::Text,
        false,
        |z| zelltext(&z.ansprechperson),
    ),
];

fn kopfzelle(z: &Zeile) -> AnyView {
    view! { <a class="kern-link" href=massnahme_href(z.id)>{format!("{} {}", z.kennung, z.titel)}</a> }.into_any()
}

const KOPF: Spalte<Zeile> = sortierbar(spalte(
    "titel",
    "Maßnahme",
    Spaltenart::Lang,
    true,
    kopfzelle,
));

const AKTIONEN: Zeilenaktionen<Zeile> = Zeilenaktionen {
    name: |z| format!("{} {}", z.kennung, z.titel),
    inhalt: |z| {
        view! {
            <a class="kern-link" href=massnahme_href(z.id)>"Öffnen"</a>
            <a class="kern-link" href=blatt_href(z.id)>"Maßnahmenblatt drucken"</a>
        }
        .into_any()
    },
};

/// The start page (the frame shows the empty state while there is no measure).
#[component]
pub fn Uebersicht() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let sortierung = RwSignal::new(None::<(&'static str, bool)>);
    let zeilen = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.massnahmenblatt;
        let heute = browser::heute();
        let mut liste: Vec<Zeile> = calc::sortiert(plan)
            .into_iter()
            .map(|m| {
                let x = calc::mittel(ab, m, heute);
                Zeile {
                    id: m.id,
                    kennung: m.kennung.clone(),
                    titel: m.titel.clone(),
                    status: m.status,
                    weg: plan.wegname(m.weg),
                    bewilligt: betrag(x.bewilligt),
                    abgerufen: euro(x.abgerufen),
                    ist: betrag(x.ist),
                    bedarf: euro(x.bedarf),
                    tranchen: calc::tranchenpruefung(plan, m).text(),
                    zieltermin: m.zieltermin.map_or("–".to_owned(), |d| d.deutsch()),
                    ansprechperson: m.ansprechperson.clone(),
                }
            })
            .collect();
        match sortierung.get() {
            Some(("titel", auf)) => {
                liste.sortiere_nach(|a, b| richtung(vergleiche(&a.titel, &b.titel), auf))
            }
            Some(("status", auf)) => {
                liste.sortiere_nach(|a, b| richtung(a.status.cmp(&b.status), auf))
            }
            Some(("weg", auf)) => {
                liste.sortiere_nach(|a, b| richtung(vergleiche(&a.weg, &b.weg), auf))
            }
            _ => {}
        }
        liste
    });
    let titel = Signal::derive(move || zeilen.with(|z| anzahl(z.len(), "Maßnahme", "Maßnahmen")));
    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["neu"])>
                <span class="kern-label">"Neue Maßnahme"</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href=href(&["einstellungen"])>
                <span class="kern-label">"Finanzierungswege"</span>
            </a>
        </div>
        <h2 class="kern-heading-medium">"Maßnahmen"</h2>
        <Datentabelle id="mb-massnahmen" titel=titel kopf=KOPF spalten=SPALTEN zeilen=zeilen sortierung aktionen=AKTIONEN/>
        <Summentabelle/>
    }
}

fn richtung(o: std::cmp::Ordering, auf: bool) -> std::cmp::Ordering {
    if auf {
        o
    } else {
        o.reverse()
    }
}

/// Totals of the Finanzbedarf per Finanzierungsweg and Haushaltsjahr, with the approved amounts.
#[component]
fn Summentabelle() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let summen = daten.ableiten(|ab| calc::summen(&ab.werkzeuge.massnahmenblatt));
    view! {
        <h2 class="kern-heading-medium">"Summen je Finanzierungsweg und Haushaltsjahr"</h2>
        <p class="kern-body">"Finanzbedarf aller Maßnahmen außer den abgelehnten, dazu die bewilligten Beträge."</p>
        {move || {
            let s = summen.get();
            if s.zeilen.is_empty() {
                return view! { <p class="kern-body">"Noch kein Finanzbedarf erfasst."</p> }.into_any();
            }
            let koepfe = s.jahre.iter().map(|j| view! { <th scope="col" class="kern-table__header kern-table__header--numeric">{format!("HJ {j}")}</th> }).collect_view();
            let zeilen = s.zeilen.iter().map(|(name, werte, summe, bewilligt)| view! {
                <tr class="kern-table__row">
                    <th scope="row" class="kern-table__header">{name.clone()}</th>
                    {werte.iter().map(|w| view! { <td class="kern-table__cell kern-table__cell--numeric">{euro(*w)}</td> }).collect_view()}
                    <td class="kern-table__cell kern-table__cell--numeric"><strong>{euro(*summe)}</strong></td>
                    <td class="kern-table__cell kern-table__cell--numeric">{euro(*bewilligt)}</td>
                </tr>
            }).collect_view();
            view! {
                <Tabelle id="mb-summen-titel" titel="Finanzbedarf je Finanzierungsweg und Haushaltsjahr">
                    <thead class="kern-table__head"><tr class="kern-table__row">
                        <th scope="col" class="kern-table__header">"Finanzierungsweg"</th>
                        {koepfe}
                        <th scope="col" class="kern-table__header kern-table__header--numeric">"Summe"</th>
                        <th scope="col" class="kern-table__header kern-table__header--numeric">"Bewilligt"</th>
                    </tr></thead>
                    <tbody class="kern-table__body">{zeilen}</tbody>
                    <tfoot><tr class="kern-table__row mb-summenzeile">
                        <th scope="row" class="kern-table__header">"Summe"</th>
                        {s.spaltensummen.iter().map(|w| view! { <td class="kern-table__cell kern-table__cell--numeric">{euro(*w)}</td> }).collect_view()}
                        <td class="kern-table__cell kern-table__cell--numeric"><strong>{euro(s.gesamt)}</strong></td>
                        <td class="kern-table__cell kern-table__cell--numeric">{euro(s.bewilligt)}</td>
                    </tr></tfoot>
                </Tabelle>
            }.into_any()
        }}
    }
}
