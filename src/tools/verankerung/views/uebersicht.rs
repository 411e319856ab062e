//! The start page: the state at a glance (latest Stichtag, averages per Dimension, open and
//! overdue measures, goals still to be checked) and the goals as a data table with their
//! latest Ist- and Ziel-Stufe, gap and change since the previous assessment.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Ankreuzfeld, Auswahl};
use crate::app::tabelle::{
    sortierbar, spalte, zelltext, Datentabelle, Sortierung, Spalte, Spaltenart, Zeilenaktionen,
};
use crate::app::zusammenfassung::{Angabe, Zusammenfassung};
use crate::shared::text::{anzahl, vergleiche};
use crate::tools::verankerung::calc::{self, Veraenderung};
use crate::tools::verankerung::model::ist_offen;
use crate::tools::verankerung::model::Stufe;

use super::{dimension_aus, dimensionsoptionen, href, ziel_href, BittePruefen, Stufenmarke};
use crate::shared::sortieren::Sortieren;

/// One row of the goals table.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    titel: String,
    dimension: &'static str,
    rang: usize,
    ist: Option<Stufe>,
    soll: Option<Stufe>,
    luecke: Option<u8>,
    veraenderung: Veraenderung,
    stichtag: String,
    offene: usize,
    verantwortlich: String,
    quelle: String,
    bitte_pruefen: bool,
    ausgemustert: Option<String>,
}

static SPALTEN: &[Spalte<Zeile>] = &[
    sortierbar(spalte(
        "dimension",
        "Dimension",
        Spaltenart::Kurz,
        true,
        |z| zelltext(z.dimension),
    )),
    spalte("ist", "Ist", Spaltenart::Kurz, true, |z| {
        view! { <Stufenmarke stufe=z.ist/> }.into_any()
    }),
    spalte("soll", "Ziel-Stufe", Spaltenart::Kurz, true, |z| {
        view! { <Stufenmarke stufe=z.soll/> }.into_any()
    }),
    sortierbar(spalte("luecke", "Lücke", Spaltenart::Zahl, true, |z| {
        zelltext(&z.luecke.map_or("–".to_owned(), |l| l.to_string()))
    })),
    spalte(
        "veraenderung",
        "Veränderung",
        Spaltenart::Kurz,
        true,
        |z| {
            let v = z.veraenderung;
            view! { <span class=v.klasse() title=v.text()>{v.kurz()}</span> }.into_any()
        },
    ),
    spalte(
        "massnahmen",
        "Offene Maßnahmen",
        Spaltenart::Zahl,
        true,
        |z| zelltext(&z.offene.to_string()),
    ),
    spalte("stichtag", "Stichtag", Spaltenart::Kurz, false, |z| {
        zelltext(&z.stichtag)
    }),
    spalte(
        "verantwortlich",
        "Verantwortlich",
        Spaltenart::Text,
        false,
        |z| zelltext(&z.verantwortlich),
    ),
    spalte("quelle", "Quelle", Spaltenart::Lang, false, |z| {
        zelltext(&z.quelle)
    }),
];

fn kopfzelle(z: &Zeile) -> AnyView {
    view! {
        <a class="kern-link" href=ziel_href(z.id)>{z.titel.clone()}</a>
        {z.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}
        {z.ausgemustert.clone().map(|d| view! { " " <span class="vk-ausgemustert">{format!("ausgemustert am {d}")}</span> })}
    }
    .into_any()
}

const KOPF: Spalte<Zeile> = sortierbar(spalte(
    "titel",
    "Verankerungsziel",
    Spaltenart::Lang,
    true,
    kopfzelle,
));

const AKTIONEN: Zeilenaktionen<Zeile> = Zeilenaktionen {
    name: |z| z.titel.clone(),
    inhalt: |z| {
        view! {
        <a class="kern-link" href=ziel_href(z.id)>"Öffnen"</a>
        <a class="kern-link" href=format!("{}#vk-abschnitt-massnahmen", ziel_href(z.id))>"Maßnahme planen"</a>
    }.into_any()
    },
};

/// The start page (the frame shows the empty state while there is no goal).
#[component]
pub fn Uebersicht() -> impl IntoView {
    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["bewerten"])>
                <span class="kern-label">"Bewertung zum Stichtag erfassen"</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href=href(&["neu"])>
                <span class="kern-label">"Neues Verankerungsziel"</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href=href(&["vorschlaege"])>
                <span class="kern-label">"Vorgeschlagene Ziele"</span>
            </a>
        </div>
        <Stand/>
        <Ziele/>
    }
}

/// The state at a glance.
#[component]
fn Stand() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = Memo::new(move |_| {
        daten.lies(|ab| {
            let plan = &ab?.werkzeuge.verankerung;
            let heute = browser::heute();
            let letzter = calc::stichtage(plan).last().map(|d| d.deutsch());
            let aktiv: Vec<u32> = plan.aktive_ziele().map(|z| z.id).collect();
            let bewertet = aktiv
                .iter()
                .filter(|&&z| calc::stand_am(plan, z, None).is_some())
                .count();
            let mittel = calc::dimensionen(plan, None)
                .iter()
                .map(|d| {
                    format!(
                        "{} {} (Ziel {})",
                        d.dimension.name(),
                        calc::zehntel_text(d.ist),
                        calc::zehntel_text(d.soll)
                    )
                })
                .collect::<Vec<_>>()
                .join(" · ");
            let offen = plan
                .massnahmen
                .iter()
                .filter(|m| ist_offen(m.status))
                .count();
            let ueber = plan
                .massnahmen
                .iter()
                .filter(|m| calc::ueberfaellig(m, heute).is_some())
                .count();
            let pruefen = plan.aktive_ziele().filter(|z| z.bitte_pruefen).count();
            Some((
                letzter,
                bewertet,
                aktiv.len(),
                mittel,
                offen,
                ueber,
                pruefen,
            ))
        })
    });
    move || {
        stand.get().map(|(letzter, bewertet, aktiv, mittel, offen, ueber, pruefen)| view! {
            <Zusammenfassung>
                <Angabe bezeichnung="Letzter Stichtag">{letzter.unwrap_or_else(|| "noch keine Bewertung".to_owned())}</Angabe>
                <Angabe bezeichnung="Bewertete Ziele">{format!("{bewertet} von {}", anzahl(aktiv, "aktiven Ziel", "aktiven Zielen"))}</Angabe>
                <Angabe bezeichnung="Mittlere Ist-Stufe je Dimension">{mittel}</Angabe>
                <Angabe bezeichnung="Offene Maßnahmen">
                    {anzahl(offen, "Maßnahme", "Maßnahmen")}
                    {(ueber > 0).then(|| view! { ", davon " <strong class="vk-ueberfaellig">{format!("{ueber} überfällig")}</strong> })}
                </Angabe>
                {(pruefen > 0).then(|| view! {
                    <Angabe bezeichnung="Noch zu prüfen">
                        {format!("{} aus dem Vorschlag noch nicht bestätigt ", anzahl(pruefen, "Ziel", "Ziele"))}
                        <BittePruefen/>
                    </Angabe>
                })}
            </Zusammenfassung>
        })
    }
}

/// Filters and the data table of goals.
#[component]
fn Ziele() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let dimension = RwSignal::new(String::new());
    let ausgemusterte = RwSignal::new(false);
    let sortierung = RwSignal::new(None::<(&'static str, bool)>);
    let zeilen = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.verankerung;
        let filter = dimension.with(|d| dimension_aus(d));
        let mit_alten = ausgemusterte.get();
        let mut liste: Vec<Zeile> = plan
            .ziele
            .iter()
            .filter(|z| filter.is_none() || z.dimension == filter)
            .filter(|z| mit_alten || z.aktiv())
            .map(|z| {
                let b = calc::stand_am(plan, z.id, None);
                Zeile {
                    id: z.id,
                    titel: z.titel.clone(),
                    dimension: z.dimension.map_or("–", |d| d.name()),
                    rang: z
                        .dimension
                        .and_then(|d| {
                            crate::shared::vokabular::Dimension::ALLE
                                .iter()
                                .position(|&x| x == d)
                        })
                        .unwrap_or(9),
                    ist: b.map(|b| b.ist),
                    soll: b.map(|b| b.soll),
                    luecke: b.map(calc::luecke),
                    veraenderung: calc::veraenderung(plan, z.id),
                    stichtag: b.map(|b| b.stichtag.deutsch()).unwrap_or_default(),
                    offene: plan
                        .massnahmen
                        .iter()
                        .filter(|m| m.ziel == z.id && ist_offen(m.status))
                        .count(),
                    verantwortlich: b.map(|b| b.verantwortlich.clone()).unwrap_or_default(),
                    quelle: z.quelle.clone(),
                    bitte_pruefen: z.bitte_pruefen,
                    ausgemustert: z.ausgemustert.map(|d| d.deutsch()),
                }
            })
            .collect();
        sortiere(&mut liste, sortierung.get());
        liste
    });
    let zahl = move || zeilen.with(|z| anzahl(z.len(), "Verankerungsziel", "Verankerungsziele"));
    view! {
        <h2 class="kern-heading-medium">"Verankerungsziele"</h2>
        <div class="filterleiste">
            <Auswahl id="vk-filter-dimension" beschriftung="Dimension" filter=true
                optionen=mit_leerem_wert("alle", dimensionsoptionen()) wert=dimension
                bei_eingabe=Callback::new(move |w| dimension.set(w))/>
            <Ankreuzfeld id="vk-filter-ausgemustert" beschriftung="Ausgemusterte Ziele zeigen" wert=ausgemusterte
                bei_eingabe=Callback::new(move |w| ausgemusterte.set(w))/>
        </div>
        <p class="kern-body" role="status">{move || format!("{} angezeigt", zahl())}</p>
        <Datentabelle id="vk-ziele" titel="Verankerungsziele mit neuestem Stand" kopf=KOPF spalten=SPALTEN
            zeilen=zeilen sortierung aktionen=AKTIONEN/>
    }
}

/// Sorts the rows: by the chosen column, else by Dimension and catalogue order.
fn sortiere(liste: &mut [Zeile], sortierung: Sortierung) {
    match sortierung {
        Some(("titel", auf)) => {
            liste.sortiere_nach(|a, b| richtung(vergleiche(&a.titel, &b.titel), auf))
        }
        Some(("luecke", auf)) => liste.sortiere_nach(|a, b| richtung(a.luecke.cmp(&b.luecke), auf)),
        Some((_, auf)) => liste.sortiere_nach(|a, b| richtung(a.rang.cmp(&b.rang), auf)),
        None => liste.sortiere_nach_schluessel(|z| z.rang),
    }
}

fn richtung(o: std::cmp::Ordering, auf: bool) -> std::cmp::Ordering {
    if auf {
        o
    } else {
        o.reverse()
    }
}
