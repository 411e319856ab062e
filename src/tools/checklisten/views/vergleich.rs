//! Two runs of the same object with the same template side by side: the Erfüllungsgrad per
//! section and in total with its change in percentage points, the K.-o. count, and every item
//! answered differently. The earlier run stands left. Runs of different versions of a template
//! compare item by item (calc::vergleich matches by the ids a template keeps across versions).

use crate::shared::datensatz::Datensaetze;
use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::formular::Auswahl;
use crate::shared::text::anzahl;
use crate::tools::checklisten::calc::{self, Vergleich};
use crate::tools::checklisten::model::{Durchfuehrung, Vorlage};

use super::{durchfuehrung_href, href};

/// A run as the comparison names it: its date ("23.07.2026"), with the template version
/// ("23.07.2026, Version 1") when `mit_version`.
fn benennung(v: &Vorlage, d: &Durchfuehrung, mit_version: bool) -> String {
    let datum = d
        .datum
        .map_or_else(|| format!("Durchführung {}", d.id), |t| t.deutsch());
    if mit_version {
        format!("{datum}, Version {}", v.version)
    } else {
        datum
    }
}

/// What the page shows for the chosen pair: the names of the left (earlier) and the right run,
/// and the comparison; `None` without a second run.
type Paar = Option<(String, String, Vergleich)>;

/// The comparison page of run `id`.
#[component]
pub fn Vergleichsseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let gewaehlt = RwSignal::new(None::<u32>);
    let vorhanden = daten.ableiten(move |ab| ab.werkzeuge.checklisten.durchfuehrung(id).is_some());
    let auswahl = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.checklisten;
        plan.durchfuehrung(id).map_or(Vec::new(), |d| {
            calc::vergleichbar(plan, d)
                .into_iter()
                .filter_map(|x| {
                    plan.vorlage(x.vorlage)
                        .map(|xv| (x.id.to_string(), benennung(xv, x, true)))
                })
                .collect::<Vec<_>>()
        })
    });
    let stand: Memo<Paar> = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.checklisten;
        let d = plan.durchfuehrung(id)?;
        let v = plan.vorlage(d.vorlage)?;
        let andere = calc::vergleichbar(plan, d);
        let anderer = gewaehlt
            .get()
            .and_then(|g| andere.mit_id(g))
            .or_else(|| andere.first())
            .copied();
        let o = anderer?;
        let ov = plan.vorlage(o.vorlage)?;
        let (links, rechts) = if (o.datum, o.id) <= (d.datum, d.id) {
            ((ov, o), (v, d))
        } else {
            ((v, d), (ov, o))
        };
        let mit_version = links.0.version != rechts.0.version;
        Some((
            benennung(links.0, links.1, mit_version),
            benennung(rechts.0, rechts.1, mit_version),
            calc::vergleich(links.0, links.1, rechts.0, rechts.1),
        ))
    });
    let wahl = move || {
        let optionen = auswahl.get();
        (!optionen.is_empty()).then(|| {
            let erste = optionen.first().map(|(i, _)| i.clone()).unwrap_or_default();
            let aktuell = Signal::derive(move || gewaehlt.get().map_or_else(|| erste.clone(), |i| i.to_string()));
            view! {
                <div class="filterleiste">
                    <Auswahl id="cl-vergleich-mit" beschriftung="Vergleichen mit" optionen wert=aktuell
                        bei_eingabe=Callback::new(move |w: String| gewaehlt.set(w.parse().ok()))/>
                </div>
            }
        })
    };
    let zurueck = view! {
        <p class="kern-body"><a class="kern-link" href=durchfuehrung_href(id)>"← Zur Durchführung"</a></p>
    };
    let inhalt = move || {
        if !vorhanden.get() {
            return view! {
                <p class="kern-body">"Diese Durchführung gibt es im geöffneten Arbeitsbereich nicht (mehr). "
                    <a class="kern-link" href=href(&[])>"Zu den Durchführungen"</a></p>
            }
            .into_any();
        }
        let Some((links, rechts, v)) = stand.get() else {
            return view! {
                <p class="kern-body" id="cl-vergleich-leer">
                    "Für dieses Objekt gibt es noch keine weitere Durchführung mit dieser Vorlage. Führen Sie die Checkliste "
                    "erneut durch (auf der Seite der Durchführung: „Erneut durchführen“), dann vergleichen Sie hier beide."
                </p>
            }
            .into_any();
        };
        let zeilen = v
            .abschnitte
            .iter()
            .map(|a| {
                let text = |e: Option<calc::Ergebnis>| e.map_or("nicht in dieser Version".to_owned(), |e| e.text());
                view! {
                    <tr>
                        <th scope="row">{a.titel.clone()}</th>
                        <td class="zahl">{text(a.a)}</td>
                        <td class="zahl">{text(a.b)}</td>
                        <td class="zahl">{calc::veraenderung(a.a.and_then(|e| e.promille()), a.b.and_then(|e| e.promille()))}</td>
                    </tr>
                }
            })
            .collect_view();
        let (ga, gb) = v.gesamt;
        let ko = |n: usize| {
            if n == 0 {
                "kein K.-o.".to_owned()
            } else {
                anzahl(n, "K.-o.-Punkt", "K.-o.-Punkte")
            }
        };
        let geaendert = if v.geaendert.is_empty() {
            view! { <p class="kern-body">"Alle Antworten sind gleich geblieben."</p> }.into_any()
        } else {
            let zeilen = v
                .geaendert
                .iter()
                .map(|g| {
                    view! {
                        <tr>
                            <th scope="row">{format!("{} {}", g.nr, g.frage).trim().to_owned()}</th>
                            <td>{g.a.clone()}</td>
                            <td>{g.b.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="kern-table-responsive" tabindex="0" role="region" aria-labelledby="cl-vergleich-antworten">
                    <table class="kern-table cl-vergleich">
                        <caption class="kern-title" id="cl-vergleich-antworten">{anzahl(v.geaendert.len(), "geänderte Antwort", "geänderte Antworten")}</caption>
                        <thead><tr><th scope="col">"Prüfpunkt"</th><th scope="col">{links.clone()}</th><th scope="col">{rechts.clone()}</th></tr></thead>
                        <tbody>{zeilen}</tbody>
                    </table>
                </div>
            }
            .into_any()
        };
        view! {
            <h2 class="kern-heading-medium">"Erfüllungsgrad je Abschnitt"</h2>
            <div class="kern-table-responsive" tabindex="0" role="region" aria-labelledby="cl-vergleich-grad">
                <table class="kern-table cl-vergleich" id="cl-vergleich-tabelle">
                    <caption class="kern-title" id="cl-vergleich-grad">{format!("Durchführungen vom {links} und vom {rechts}")}</caption>
                    <thead><tr>
                        <th scope="col">"Abschnitt"</th>
                        <th scope="col" class="zahl">{links.clone()}</th>
                        <th scope="col" class="zahl">{rechts.clone()}</th>
                        <th scope="col" class="zahl">"Veränderung"</th>
                    </tr></thead>
                    <tbody>{zeilen}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">"Gesamt"</th>
                            <td class="zahl" id="cl-vergleich-links">{ga.text()}</td>
                            <td class="zahl" id="cl-vergleich-rechts">{gb.text()}</td>
                            <td class="zahl" id="cl-vergleich-veraenderung">{calc::veraenderung(ga.promille(), gb.promille())}</td>
                        </tr>
                        <tr>
                            <th scope="row">"K.-o."</th>
                            <td class="zahl">{ko(ga.ko)}</td>
                            <td class="zahl">{ko(gb.ko)}</td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <h2 class="kern-heading-medium">"Geänderte Antworten"</h2>
            {geaendert}
        }
        .into_any()
    };
    view! {
        {zurueck}
        {wahl}
        {inhalt}
    }
}
