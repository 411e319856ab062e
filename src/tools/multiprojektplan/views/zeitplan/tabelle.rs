//! The Zeitplan's table alternative: the projects of the chart as a `<table>`, in the chart's
//! order and swimlanes (one `tbody` per lane, with a title row when lanes are chosen), each
//! with start, planned and expected end, delay, Gesamtampel and its milestones in words. It is
//! rendered only when asked for, to keep the page light.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::app::components::{AmpelMarke, Tabelle};
use crate::app::daten::Daten;
use crate::shared::datum::Datum;
use crate::shared::vokabular::Ampel;
use crate::tools::multiprojektplan::calc;
use crate::tools::multiprojektplan::model::{Meilenstein, Multiprojektplan, Projekt};
use crate::tools::multiprojektplan::views::portfolio::verzug_text;
use crate::tools::multiprojektplan::views::projekt_href;

use super::geometrie::{meilensteine_je_projekt, Projektauswahl};
use super::texte::meilenstein_text;

/// A row of the table.
#[derive(Clone, Debug, PartialEq)]
struct Tabellenzeile {
    id: u32,
    kennung: String,
    titel: String,
    start: String,
    ende_plan: String,
    ende_erwartet: String,
    verzug: String,
    ampel: Ampel,
    meilensteine: Vec<String>,
}

/// The rows of one swimlane: its title and its projects.
type Gruppe = (String, Vec<Tabellenzeile>);

fn tabellenzeile(p: &Projekt, meilensteine: &[&Meilenstein], stichtag: Datum) -> Tabellenzeile {
    let datum = |d: Option<Datum>| d.map(Datum::deutsch).unwrap_or_default();
    Tabellenzeile {
        id: p.id,
        kennung: p.kennung.clone(),
        titel: p.titel.clone(),
        start: datum(p.start_erwartet()),
        ende_plan: datum(p.ende_plan),
        ende_erwartet: datum(p.ende_ist.or(p.ende_prognose)),
        verzug: verzug_text(calc::projektverzug(p)),
        ampel: p.ampeln.gesamt.ampel,
        meilensteine: meilensteine
            .iter()
            .map(|m| meilenstein_text(m, stichtag))
            .collect(),
    }
}

/// The table's rows for `auswahl`, lane by lane.
fn gruppen(plan: &Multiprojektplan, auswahl: &Projektauswahl, heute: Datum) -> Vec<Gruppe> {
    let stichtag = calc::stichtag(plan, heute);
    let nach_id: HashMap<u32, &Projekt> = plan.projekte.iter().map(|p| (p.id, p)).collect();
    let meilensteine = meilensteine_je_projekt(plan);
    auswahl
        .bahnen
        .iter()
        .map(|bahn| {
            let zeilen = bahn
                .projekte
                .iter()
                .filter_map(|id| nach_id.get(id))
                .map(|p| {
                    let eigene = meilensteine.get(&p.id).map_or(&[][..], Vec::as_slice);
                    tabellenzeile(p, eigene, stichtag)
                })
                .collect();
            (bahn.titel.clone(), zeilen)
        })
        .collect()
}

/// One project as a table row.
fn zeile(z: Tabellenzeile) -> impl IntoView {
    let meilensteine = (!z.meilensteine.is_empty()).then(|| {
        view! {
            <ul class="zeitplan__meilensteinliste">
                {z.meilensteine.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <tr class="kern-table__row">
            <th class="kern-table__header" scope="row">
                <a class="kern-link" href=projekt_href(z.id)>{z.kennung}</a>
            </th>
            <td class="kern-table__cell">{z.titel}</td>
            <td class="kern-table__cell">{z.start}</td>
            <td class="kern-table__cell">{z.ende_plan}</td>
            <td class="kern-table__cell">{z.ende_erwartet}</td>
            <td class="kern-table__cell zahl">{z.verzug}</td>
            <td class="kern-table__cell"><AmpelMarke ampel=z.ampel/></td>
            <td class="kern-table__cell">{meilensteine}</td>
        </tr>
    }
}

/// The table alternative: the same projects, grouped like the chart.
#[component]
pub fn Zeitplantabelle(auswahl: Memo<Projektauswahl>, heute: Datum) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let inhalt = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or_else(Vec::new, |ab| {
                auswahl.with(|a| gruppen(&ab.werkzeuge.multiprojektplan, a, heute))
            })
        })
    });
    let mit_titeln = Memo::new(move |_| auswahl.with(|a| a.mit_titeln));
    let koerper = move || {
        let mit_titeln = mit_titeln.get();
        inhalt
            .get()
            .into_iter()
            .map(|(titel, zeilen)| {
                let kopfzeile = mit_titeln.then(|| {
                    let n = zeilen.len();
                    view! {
                        <tr class="kern-table__row zeitplan__tabellengruppe">
                            <th class="kern-table__header" scope="rowgroup" colspan="8">{format!("{titel} ({n})")}</th>
                        </tr>
                    }
                });
                let zeilen = zeilen.into_iter().map(zeile).collect_view();
                view! { <tbody class="kern-table__body">{kopfzeile}{zeilen}</tbody> }
            })
            .collect_view()
    };
    view! {
        <Tabelle id="zeitplan-tabelle-titel" titel="Zeitplan als Tabelle">
            <thead class="kern-table__head">
                <tr class="kern-table__row">
                    <th class="kern-table__header" scope="col">"Projekt-ID"</th>
                    <th class="kern-table__header" scope="col">"Titel"</th>
                    <th class="kern-table__header" scope="col">"Start"</th>
                    <th class="kern-table__header" scope="col">"Ende (Plan)"</th>
                    <th class="kern-table__header" scope="col">"Ende (Prognose/Ist)"</th>
                    <th class="kern-table__header" scope="col">"Verzug in Tagen"</th>
                    <th class="kern-table__header" scope="col">"Gesamtampel"</th>
                    <th class="kern-table__header" scope="col">"Meilensteine"</th>
                </tr>
            </thead>
            {koerper}
        </Tabelle>
    }
}
