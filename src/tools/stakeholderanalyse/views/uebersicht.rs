//! The overview page: key figures, filters and the table of all stakeholders with their
//! position at the Bewertungsstichtag, and the engagement-gap list (Soll − Ist attitude,
//! sorted by Einfluss). Filtering is the pure [`calc::filtern`].

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::{Ankreuzfeld, Auswahl, Eingabe};
use crate::shared::datum::Datum;
use crate::tools::stakeholderanalyse::calc::{self, Filter, Quadrant};
use crate::tools::stakeholderanalyse::model::{Haltung, Stakeholderanalyse};

use super::{
    href, katalogoptionen, projektliste, stakeholder_href, HaltungMarke, Projektbezug,
    VertraulichMarke,
};

/// One table row.
#[derive(Clone, PartialEq, Eq)]
struct Zeile {
    id: u32,
    name: String,
    vertraulich: bool,
    kategorie: String,
    einfluss: String,
    y: String,
    haltung: Option<(Haltung, Haltung)>,
    quadrant: String,
    prioritaet: String,
    kritisch: bool,
    letzte: String,
}

fn zeilen(a: &Stakeholderanalyse, stichtag: Datum, filter: &Filter) -> Vec<Zeile> {
    let achse = a.einstellungen.y_achse;
    calc::filtern(a, stichtag, filter)
        .into_iter()
        .map(|s| {
            let b = calc::bewertung_am(a, s, stichtag);
            let stufe = |w: u8, skala: crate::tools::stakeholderanalyse::model::Skala| {
                format!("{w} ({})", skala.stufenname(w))
            };
            Zeile {
                id: s.id,
                name: s.name.clone(),
                vertraulich: s.vertraulich,
                kategorie: calc::katalogname(&a.kategorien, s.kategorie),
                einfluss: b
                    .as_ref()
                    .map(|b| stufe(b.einfluss, b.skala))
                    .unwrap_or_default(),
                y: b.as_ref()
                    .map(|b| stufe(calc::y_wert(b, achse), b.skala))
                    .unwrap_or_default(),
                haltung: b.as_ref().map(|b| (b.haltung_ist, b.haltung_soll)),
                quadrant: b
                    .as_ref()
                    .map(|b| {
                        calc::quadrant(b.einfluss, calc::y_wert(b, achse), b.skala)
                            .name()
                            .to_owned()
                    })
                    .unwrap_or_else(|| "noch nicht bewertet".to_owned()),
                prioritaet: b
                    .as_ref()
                    .map(|b| calc::prioritaet(b).to_string())
                    .unwrap_or_default(),
                kritisch: b.as_ref().is_some_and(calc::kritisch),
                letzte: s.letzte_bewertung().map(Datum::deutsch).unwrap_or_default(),
            }
        })
        .collect()
}

/// The overview page.
#[component]
pub fn Uebersicht() -> impl IntoView {
    view! { <Kennzahlen/><Liste/><Luecken/> }
}

/// Key figures.
#[component]
fn Kennzahlen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zahlen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let a = &ab.werkzeuge.stakeholderanalyse;
            let stichtag = calc::stichtag(a, browser::heute());
            let achse = a.einstellungen.y_achse;
            let pos = calc::positionen(a, stichtag);
            vec![
                ("Stakeholder", a.stakeholder.len().to_string()),
                (
                    "Key Player",
                    pos.iter()
                        .filter(|p| p.quadrant(achse) == Quadrant::KeyPlayer)
                        .count()
                        .to_string(),
                ),
                (
                    "kritisch",
                    pos.iter()
                        .filter(|p| calc::kritisch(&p.bewertung))
                        .count()
                        .to_string(),
                ),
                (
                    "mit Engagement-Lücke",
                    calc::engagement_luecken(a, stichtag).len().to_string(),
                ),
                (
                    "offene Maßnahmen",
                    a.massnahmen
                        .iter()
                        .filter(|m| {
                            matches!(
                                m.status,
                                crate::tools::stakeholderanalyse::model::Massnahmenstatus::Geplant
                                    | crate::tools::stakeholderanalyse::model::Massnahmenstatus::InArbeit
                            )
                        })
                        .count()
                        .to_string(),
                ),
                ("Bewertungsstichtag", stichtag.deutsch()),
            ]
        })
    });
    let projekte = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or(Vec::new(), |ab| {
                projektliste(&ab.werkzeuge.multiprojektplan, &ab.werkzeuge.stakeholderanalyse.projekte)
            })
        })
    });
    view! {
        {move || view! { <Projektbezug titel="Projekte der Analyse" projekte=projekte.get()/> }}
        <dl class="kennzahlen">
            {move || zahlen.get().into_iter().map(|(name, wert)| view! {
                <div class="kennzahlen__eintrag">
                    <dt>{name}</dt>
                    <dd class="kennzahlen__wert">{wert}</dd>
                </div>
            }).collect_view()}
        </dl>
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["neu"])>
                <span class="kern-label">"Stakeholder anlegen"</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href=href(&["matrix"])>
                <span class="kern-label">"Zur Matrix"</span>
            </a>
        </div>
    }
}

/// Filters and the table.
#[component]
fn Liste() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let suche = RwSignal::new(String::new());
    let kategorie = RwSignal::new(String::new());
    let quadrant = RwSignal::new(String::new());
    let haltung = RwSignal::new(String::new());
    let nur_kritisch = RwSignal::new(false);
    let kategorien = daten
        .lies_ungetrackt(|ab| {
            ab.map(|ab| katalogoptionen(&ab.werkzeuge.stakeholderanalyse.kategorien, "alle"))
        })
        .unwrap_or_default();
    let quadranten = std::iter::once((String::new(), "alle".to_owned()))
        .chain(
            Quadrant::ALLE
                .iter()
                .map(|q| (q.schluessel().to_owned(), q.name().to_owned())),
        )
        .collect::<Vec<_>>();
    let haltungen = std::iter::once((String::new(), "alle".to_owned()))
        .chain(
            Haltung::ALLE
                .iter()
                .map(|h| (h.name().to_owned(), h.name().to_owned())),
        )
        .collect::<Vec<_>>();
    let liste = Memo::new(move |_| {
        let filter = Filter {
            suche: suche.get(),
            kategorie: kategorie.get().parse().ok(),
            quadrant: Quadrant::ALLE
                .iter()
                .copied()
                .find(|q| q.schluessel() == quadrant.get()),
            haltung: Haltung::aus_name(&haltung.get()),
            nur_kritisch: nur_kritisch.get(),
        };
        daten.lies(|ab| {
            ab.map_or((Vec::new(), String::new()), |ab| {
                let a = &ab.werkzeuge.stakeholderanalyse;
                let stichtag = calc::stichtag(a, browser::heute());
                (
                    zeilen(a, stichtag, &filter),
                    a.einstellungen.y_achse.name().to_owned(),
                )
            })
        })
    });
    view! {
        <div class="filterleiste" role="search" aria-label="Stakeholder filtern">
            <Eingabe id="sh-suche" beschriftung="Suche" hinweis="Name, Rolle oder Interessen"
                wert=suche bei_eingabe=Callback::new(move |t| suche.set(t))/>
            <Auswahl id="sh-filter-kategorie" beschriftung="Kategorie" optionen=kategorien
                wert=kategorie bei_eingabe=Callback::new(move |t| kategorie.set(t))/>
            <Auswahl id="sh-filter-quadrant" beschriftung="Quadrant" optionen=quadranten
                wert=quadrant bei_eingabe=Callback::new(move |t| quadrant.set(t))/>
            <Auswahl id="sh-filter-haltung" beschriftung="Haltung (Ist)" optionen=haltungen
                wert=haltung bei_eingabe=Callback::new(move |t| haltung.set(t))/>
            <Ankreuzfeld id="sh-filter-kritisch" beschriftung="nur kritische"
                wert=nur_kritisch bei_eingabe=Callback::new(move |t| nur_kritisch.set(t))/>
        </div>
        <p class="kern-body" role="status">
            {move || format!("{} Stakeholder angezeigt.", liste.with(|l| l.0.len()))}
        </p>
        <Tabelle id="sh-tabelle-titel" titel="Stakeholder am Bewertungsstichtag">
            <thead>
                <tr>
                    <th scope="col">"Name/Bezeichnung"</th>
                    <th scope="col">"Kategorie"</th>
                    <th scope="col">"Einfluss"</th>
                    <th scope="col">{move || liste.with(|l| l.1.clone())}</th>
                    <th scope="col">"Haltung Ist → Soll"</th>
                    <th scope="col">"Quadrant"</th>
                    <th scope="col" class="zahl">"Priorität"</th>
                    <th scope="col">"Kritisch"</th>
                    <th scope="col">"Letzte Bewertung"</th>
                </tr>
            </thead>
            <tbody>
                {move || liste.get().0.into_iter().map(|z| view! {
                    <tr>
                        <th scope="row">
                            <a class="kern-link" href=stakeholder_href(z.id)>{z.name}</a>
                            {z.vertraulich.then(|| view! { " " <VertraulichMarke/> })}
                        </th>
                        <td>{z.kategorie}</td>
                        <td>{z.einfluss}</td>
                        <td>{z.y}</td>
                        <td>{z.haltung.map(|(ist, soll)| view! {
                            <HaltungMarke haltung=ist/>" → "<HaltungMarke haltung=soll/>
                        })}</td>
                        <td>{z.quadrant}</td>
                        <td class="zahl">{z.prioritaet}</td>
                        <td>{if z.kritisch { "kritisch" } else { "" }}</td>
                        <td>{z.letzte}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </Tabelle>
    }
}

/// The engagement-gap list.
#[component]
fn Luecken() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let liste = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let a = &ab.werkzeuge.stakeholderanalyse;
            let stichtag = calc::stichtag(a, browser::heute());
            calc::engagement_luecken(a, stichtag)
                .into_iter()
                .map(|p| {
                    let b = &p.bewertung;
                    (
                        p.stakeholder.id,
                        p.stakeholder.name.clone(),
                        p.stakeholder.vertraulich,
                        format!("{} ({})", b.einfluss, b.skala.stufenname(b.einfluss)),
                        b.haltung_ist,
                        b.haltung_soll,
                        calc::delta(calc::gap(b)),
                        calc::kritisch(b),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h2 class="kern-heading-medium">"Engagement-Lücken"</h2>
        <p class="kern-body">
            "Stakeholder, deren angestrebte Haltung (Soll) von der heutigen (Ist) abweicht, nach Einfluss sortiert, "
            "dann nach Größe der Lücke. Gap = Soll − Ist auf der Skala von −2 (ablehnend) bis +2 (treibend)."
        </p>
        {move || if liste.with(Vec::is_empty) {
            view! { <p class="kern-body">"Keine Lücken: Alle Haltungen entsprechen dem Soll."</p> }.into_any()
        } else {
            view! {
                <Tabelle id="sh-luecken-titel" titel="Engagement-Lücken am Bewertungsstichtag">
                    <thead>
                        <tr>
                            <th scope="col">"Stakeholder"</th>
                            <th scope="col">"Einfluss"</th>
                            <th scope="col">"Haltung (Ist)"</th>
                            <th scope="col">"Haltung (Soll)"</th>
                            <th scope="col" class="zahl">"Gap"</th>
                            <th scope="col">"Kritisch"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {liste.get().into_iter().map(|(id, name, vertraulich, einfluss, ist, soll, gap, kritisch)| view! {
                            <tr>
                                <th scope="row">
                                    <a class="kern-link" href=stakeholder_href(id)>{name}</a>
                                    {vertraulich.then(|| view! { " " <VertraulichMarke/> })}
                                </th>
                                <td>{einfluss}</td>
                                <td><HaltungMarke haltung=ist/></td>
                                <td><HaltungMarke haltung=soll/></td>
                                <td class="zahl">{gap}</td>
                                <td>{if kritisch { "kritisch" } else { "" }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
    }
}
