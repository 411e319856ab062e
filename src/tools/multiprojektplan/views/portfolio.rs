//! The portfolio page: key figures, filters, sorting, grouping and the table of all projects
//! ("eine Zeile pro Projekt mit den wichtigsten Informationen und Indikatoren").
//!
//! Filtering, sorting and grouping are the pure functions of `calc`; this view keeps their
//! settings in local signals and renders the result. The rows are computed in one `Memo`, so a
//! change of the filter renders the table body once.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{AmpelMarke, Hinweis, HinweisArt};
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Auswahl, Eingabe};
use crate::shared::datum::Datum;
use crate::shared::format;
use crate::shared::vokabular::Ampel;
use crate::tools::multiprojektplan::calc::{self, Filter, Gruppierung, Sortierung};
use crate::tools::multiprojektplan::model::{Ampeldimension, Multiprojektplan, Projektstatus};

use super::{href, projekt_href};

/// One table row with everything it shows. Rows are keyed by their whole content: sorting or
/// filtering moves or removes the existing rows, and only a changed project renders anew.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    rang: usize,
    kennung: String,
    titel: String,
    programm: String,
    welle: String,
    status: &'static str,
    ende_plan: String,
    ende_erwartet: String,
    verzug: Option<i64>,
    ampeln: [Ampel; 5],
    prioritaet: String,
    muss: bool,
    budget: String,
}

fn zeile(
    plan: &Multiprojektplan,
    p: &crate::tools::multiprojektplan::model::Projekt,
    stichtag: Datum,
    rang: usize,
) -> Zeile {
    let datum = |d: Option<Datum>| d.map(Datum::deutsch).unwrap_or_default();
    let mut ampeln = [Ampel::Grau; 5];
    for (i, &dimension) in Ampeldimension::ALLE.iter().enumerate() {
        ampeln[i] = p.ampeln.von(dimension).ampel;
    }
    Zeile {
        id: p.id,
        rang,
        kennung: p.kennung.clone(),
        titel: p.titel.clone(),
        programm: p.programm.clone(),
        welle: p.welle.map(|w| w.to_string()).unwrap_or_default(),
        status: p.status.name(),
        ende_plan: datum(p.ende_plan),
        ende_erwartet: datum(p.ende_ist.or(p.ende_prognose)),
        verzug: calc::projektverzug_am(p, stichtag),
        ampeln,
        prioritaet: calc::prioritaetswert(p, &plan.kriterien)
            .map(|z| format!("{}{}%", format::dezimal(z, 1), format::NBSP))
            .unwrap_or_default(),
        muss: !p.muss_kriterien.is_empty(),
        budget: p.budget_cent.map(format::euro).unwrap_or_default(),
    }
}

/// Text of a delay in days: "+14", "-3", "0".
pub fn verzug_text(tage: Option<i64>) -> String {
    match tage {
        Some(t) if t > 0 => format!("+{}", format::ganzzahl(t)),
        Some(t) => format::ganzzahl(t),
        None => String::new(),
    }
}

/// The portfolio page (the frame shows the empty state while there is no project).
#[component]
pub fn Portfolio() -> impl IntoView {
    view! { <Kennzahlen/><Tabelle/> }
}

/// Key figures above the table.
#[component]
fn Kennzahlen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zahlen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let plan = &ab.werkzeuge.multiprojektplan;
            let stichtag = calc::stichtag(plan, browser::heute());
            let aktiv = plan
                .projekte
                .iter()
                .filter(|p| p.status == Projektstatus::Aktiv)
                .count();
            let rot = plan
                .projekte
                .iter()
                .filter(|p| p.ampeln.gesamt.ampel == Ampel::Rot)
                .count();
            let budget: i64 = plan.projekte.iter().filter_map(|p| p.budget_cent).sum();
            let treue = calc::termintreue(&plan.meilensteine, stichtag);
            let konflikte = calc::abhaengigkeitswarnungen(plan).len();
            vec![
                ("Projekte", format::ganzzahl(plan.projekte.len() as i64)),
                ("davon aktiv", format::ganzzahl(aktiv as i64)),
                ("Gesamtampel rot", format::ganzzahl(rot as i64)),
                ("Budget gesamt", format::euro(budget)),
                (
                    "Termintreue Meilensteine",
                    treue
                        .zehntel_prozent()
                        .map(|z| {
                            format!(
                                "{}{}% ({} von {} fälligen)",
                                format::dezimal(z, 1),
                                format::NBSP,
                                treue.termingerecht,
                                treue.faellig
                            )
                        })
                        .unwrap_or_else(|| "noch keine fälligen".to_owned()),
                ),
                ("Terminkonflikte", format::ganzzahl(konflikte as i64)),
                ("Berichtsstichtag", stichtag.deutsch()),
            ]
        })
    });
    view! {
        <dl class="kennzahlen">
            {move || zahlen.get().into_iter().map(|(name, wert)| view! {
                <div class="kennzahlen__eintrag">
                    <dt class="kern-label">{name}</dt>
                    <dd class="kern-body kennzahlen__wert">{wert}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}

/// Filters, the table and its grouping.
#[component]
fn Tabelle() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let status = RwSignal::new(String::new());
    let ampel = RwSignal::new(String::new());
    let welle = RwSignal::new(String::new());
    let programm = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let sortierung = RwSignal::new((Sortierung::Rang, false));
    let gruppierung = RwSignal::new(Gruppierung::Keine);

    let filter = Memo::new(move |_| Filter {
        status: Projektstatus::ALLE
            .iter()
            .copied()
            .find(|s| status.with(|w| w == s.name())),
        ampel: Ampel::ALLE
            .iter()
            .copied()
            .find(|a| ampel.with(|w| w == a.name())),
        welle: welle.with(|w| w.parse().ok()),
        programm: programm.with(|p| (!p.is_empty()).then(|| p.clone())),
        text: text.get(),
    });
    let auswahl = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or((Vec::new(), Vec::new()), |ab| {
                (
                    calc::programme(&ab.werkzeuge.multiprojektplan),
                    calc::wellen(&ab.werkzeuge.multiprojektplan),
                )
            })
        })
    });
    let gruppen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else {
                return (0, Vec::new());
            };
            let plan = &ab.werkzeuge.multiprojektplan;
            let stichtag = calc::stichtag(plan, browser::heute());
            let mut liste = filter.with(|f| calc::filtere(plan, f));
            let (nach, absteigend) = sortierung.get();
            calc::sortiere(plan, &mut liste, nach, absteigend, stichtag);
            let anzahl = liste.len();
            // "Rang" is the priority rank (Muss-Kriterien first, then the score), whatever the
            // table is sorted by.
            let raenge: std::collections::HashMap<u32, usize> = calc::rangfolge(plan)
                .into_iter()
                .enumerate()
                .map(|(i, id)| (id, i + 1))
                .collect();
            let gruppen = calc::gruppiere(liste, gruppierung.get())
                .into_iter()
                .map(|(titel, projekte)| {
                    (
                        titel,
                        projekte
                            .into_iter()
                            .map(|p| {
                                zeile(plan, p, stichtag, raenge.get(&p.id).copied().unwrap_or(0))
                            })
                            .collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>();
            (anzahl, gruppen)
        })
    });
    let gesamt =
        Memo::new(move |_| daten.lies(|ab| ab.map_or(0, |ab| ab.werkzeuge.multiprojektplan.projekte.len())));

    let kopf = move |titel: &'static str, nach: Sortierung| {
        let aria_sort = move || {
            let (aktuell, absteigend) = sortierung.get();
            if aktuell != nach {
                "none"
            } else if absteigend {
                "descending"
            } else {
                "ascending"
            }
        };
        view! {
            <th class="kern-table__header" scope="col" aria-sort=aria_sort>
                <button type="button" class="sortierknopf" on:click=move |_| {
                    sortierung.update(|(aktuell, absteigend)| {
                        if *aktuell == nach {
                            *absteigend = !*absteigend;
                        } else {
                            *aktuell = nach;
                            *absteigend = false;
                        }
                    });
                }>
                    {titel}
                    <span class="sortierknopf__zeichen" aria-hidden="true">{move || match aria_sort() {
                        "ascending" => "▲",
                        "descending" => "▼",
                        _ => "↕",
                    }}</span>
                </button>
            </th>
        }
    };

    let status_optionen = mit_leerem_wert(
        "alle",
        Projektstatus::ALLE
            .iter()
            .map(|s| (s.name().to_owned(), s.name().to_owned())),
    );
    let ampel_optionen = mit_leerem_wert(
        "alle",
        Ampel::ALLE.iter().map(|a| {
            (
                a.name().to_owned(),
                format!("{} ({})", a.name(), a.bedeutung()),
            )
        }),
    );
    let gruppen_optionen = Gruppierung::ALLE
        .iter()
        .map(|g| (g.schluessel().to_owned(), g.name().to_owned()))
        .collect::<Vec<_>>();
    let gruppe_wert = Signal::derive(move || gruppierung.get().schluessel().to_owned());
    let gruppe_setzen = Callback::new(move |wert: String| {
        gruppierung.set(Gruppierung::aus_schluessel(&wert).unwrap_or_default())
    });
    let zuruecksetzen = move |_| {
        status.set(String::new());
        ampel.set(String::new());
        welle.set(String::new());
        programm.set(String::new());
        text.set(String::new());
        // The button disables itself; focus goes to the search field instead of the page.
        browser::fokussiere("#filter-text");
    };
    let gefiltert = move || filter.with(|f| *f != Filter::default());

    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["neu"])>
                <span class="kern-label">"Neues Projekt"</span>
            </a>
        </div>
        <div class="filterleiste" role="search" aria-label="Projekte filtern">
            <Eingabe id="filter-text" beschriftung="Suche" hinweis="Projekt-ID, Titel, Programm, Leitung, OZG-ID"
                wert=text bei_eingabe=Callback::new(move |t| text.set(t))/>
            <Auswahl id="filter-status" beschriftung="Status" optionen=status_optionen
                wert=status bei_eingabe=Callback::new(move |w| status.set(w))/>
            <Auswahl id="filter-ampel" beschriftung="Gesamtampel" optionen=ampel_optionen
                wert=ampel bei_eingabe=Callback::new(move |w| ampel.set(w))/>
            {move || {
                let (programme, wellen) = auswahl.get();
                view! {
                    <Auswahl id="filter-welle" beschriftung="Welle"
                        optionen=mit_leerem_wert("alle", wellen.into_iter().map(|w| (w.to_string(), format!("Welle {w}"))))
                        wert=welle bei_eingabe=Callback::new(move |w| welle.set(w))/>
                    <Auswahl id="filter-programm" beschriftung="Programm"
                        optionen=mit_leerem_wert("alle", programme.into_iter().map(|p| (p.clone(), p)))
                        wert=programm bei_eingabe=Callback::new(move |w| programm.set(w))/>
                }
            }}
            <Auswahl id="gruppierung" beschriftung="Gruppieren nach" optionen=gruppen_optionen
                wert=gruppe_wert bei_eingabe=gruppe_setzen/>
            <div class="filterleiste__aktion">
                <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !gefiltert()
                    on:click=zuruecksetzen>
                    <span class="kern-label">"Filter zurücksetzen"</span>
                </button>
            </div>
        </div>
        <p class="kern-body" id="portfolio-anzahl" role="status">
            {move || {
                let (anzahl, _) = gruppen.get();
                let gesamt = gesamt.get();
                if anzahl == gesamt {
                    format!("{} Projekte", format::ganzzahl(gesamt as i64))
                } else {
                    format!("{} von {} Projekten", format::ganzzahl(anzahl as i64), format::ganzzahl(gesamt as i64))
                }
            }}
        </p>
        {move || (gruppen.with(|(anzahl, _)| *anzahl == 0)).then(|| view! {
            <Hinweis art=HinweisArt::Info titel="Kein Projekt passt zum Filter".to_owned()>
                <p class="kern-body">"Ändern Sie die Suche oder setzen Sie die Filter zurück."</p>
            </Hinweis>
        })}
        <div class="kern-table-responsive portfolio" tabindex="0" role="region" aria-labelledby="portfolio-titel">
            <table class="kern-table kern-table--small tabelle--kompakt portfolio__tabelle">
                <caption class="kern-title" id="portfolio-titel">"Projekte"</caption>
                <thead class="kern-table__head">
                    <tr class="kern-table__row">
                        {kopf("Rang", Sortierung::Rang)}
                        {kopf("Projekt-ID", Sortierung::Kennung)}
                        {kopf("Titel", Sortierung::Titel)}
                        {kopf("Programm", Sortierung::Programm)}
                        {kopf("Welle", Sortierung::Welle)}
                        {kopf("Status", Sortierung::Status)}
                        <th class="kern-table__header" scope="col">"Ende Plan"</th>
                        {kopf("Ende Prognose/Ist", Sortierung::Ende)}
                        {kopf("Verzug (Tage)", Sortierung::Verzug)}
                        {kopf("Gesamt", Sortierung::Ampel)}
                        <th class="kern-table__header" scope="col">"Termine"</th>
                        <th class="kern-table__header" scope="col">"Budget"</th>
                        <th class="kern-table__header" scope="col">"Qualität"</th>
                        <th class="kern-table__header" scope="col">"Ressourcen"</th>
                        <th class="kern-table__header" scope="col">"Prioritätswert"</th>
                        {kopf("Budget (€)", Sortierung::Budget)}
                    </tr>
                </thead>
                <For each=move || gruppen.with(|(_, g)| g.iter().map(|(titel, _)| titel.clone()).collect::<Vec<_>>())
                    key=|titel| titel.clone()
                    children=move |titel| {
                        let name = titel.clone();
                        let zeilen = Memo::new(move |_| {
                            gruppen.with(|(_, g)| {
                                g.iter().find(|(t, _)| *t == name).map(|(_, z)| z.clone()).unwrap_or_default()
                            })
                        });
                        let kopfzeile = move || (gruppierung.get() != Gruppierung::Keine).then(|| {
                            let titel = format!("{} ({})", titel, zeilen.with(Vec::len));
                            view! {
                                <tr class="kern-table__row portfolio__gruppe">
                                    <th class="kern-table__header" scope="rowgroup" colspan="16">{titel}</th>
                                </tr>
                            }
                        });
                        view! {
                            <tbody class="kern-table__body">
                                {kopfzeile}
                                <For each=move || zeilen.get() key=|z| z.clone() children=tabellenzeile/>
                            </tbody>
                        }
                    }/>
            </table>
        </div>
    }
}

/// One row of the portfolio table.
fn tabellenzeile(z: Zeile) -> impl IntoView {
    let [gesamt, termine, budget, qualitaet, ressourcen] = z.ampeln;
    view! {
        <tr class="kern-table__row">
            <td class="kern-table__cell zahl">{z.rang}</td>
            <th class="kern-table__header" scope="row">
                <a class="kern-link" href=projekt_href(z.id)>{z.kennung}</a>
            </th>
            <td class="kern-table__cell tabelle__text">{z.titel}</td>
            <td class="kern-table__cell tabelle__text">{z.programm}</td>
            <td class="kern-table__cell zahl">{z.welle}</td>
            <td class="kern-table__cell">{z.status}</td>
            <td class="kern-table__cell">{z.ende_plan}</td>
            <td class="kern-table__cell">{z.ende_erwartet}</td>
            <td class="kern-table__cell zahl">{verzug_text(z.verzug)}</td>
            <td class="kern-table__cell"><AmpelMarke ampel=gesamt/></td>
            <td class="kern-table__cell"><AmpelMarke ampel=termine/></td>
            <td class="kern-table__cell"><AmpelMarke ampel=budget/></td>
            <td class="kern-table__cell"><AmpelMarke ampel=qualitaet/></td>
            <td class="kern-table__cell"><AmpelMarke ampel=ressourcen/></td>
            <td class="kern-table__cell zahl">
                {z.muss.then(|| view! { <span class="kern-badge kern-badge--small kern-badge--danger">"Muss"</span>" " })}
                {z.prioritaet}
            </td>
            <td class="kern-table__cell zahl">{z.budget}</td>
        </tr>
    }
}
