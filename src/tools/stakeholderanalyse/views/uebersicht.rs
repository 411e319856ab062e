//! The overview page: key figures, filters and the table of all stakeholders with their
//! position at the Bewertungsstichtag, and the engagement-gap list (Soll − Ist attitude,
//! sorted by Einfluss). Filtering is the pure [`calc::filtern`].

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Ankreuzfeld, Auswahl, Eingabe};
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart, Zeilenaktionen};
use crate::shared::datum::Datum;
use crate::shared::text::anzahl;
use crate::tools::stakeholderanalyse::calc::{self, Filter, Quadrant};
use crate::tools::stakeholderanalyse::model::{Haltung, Stakeholderanalyse, YAchse};

use super::{
    aus_analyse, href, katalogoptionen, loeschknopf, nach_achse, projektliste, spalte,
    stakeholder_href, textzelle, verweiszelle, HaltungMarke, Projektbezug, Verweis,
};

/// One table row.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    stakeholder: Verweis,
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
                stakeholder: (s.id, s.name.clone(), s.vertraulich),
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
                kritisch: b.as_ref().is_some_and(|b| calc::kritisch(b, &s.machtbasis)),
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

/// The key figures at the Bewertungsstichtag, as label and value.
fn kennzahlen(a: &Stakeholderanalyse) -> Vec<(&'static str, String)> {
    let stichtag = calc::stichtag(a, browser::heute());
    let achse = a.einstellungen.y_achse;
    let pos = calc::positionen(a, stichtag);
    vec![
        ("Stakeholder", a.stakeholder.len().to_string()),
        (
            "Schlüsselakteure (Key Player)",
            pos.iter()
                .filter(|p| p.quadrant(achse) == Quadrant::KeyPlayer)
                .count()
                .to_string(),
        ),
        (
            "kritisch",
            pos.iter().filter(|p| p.kritisch()).count().to_string(),
        ),
        (
            "mit Engagement-Lücke",
            calc::engagement_luecken(a, stichtag).len().to_string(),
        ),
        (
            "offene Maßnahmen",
            a.massnahmen
                .iter()
                .filter(|m| m.status.offen())
                .count()
                .to_string(),
        ),
        ("Bewertungsstichtag", stichtag.deutsch()),
    ]
}

/// Key figures.
#[component]
fn Kennzahlen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zahlen = aus_analyse(kennzahlen);
    let projekte = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or(Vec::new(), |ab| {
                projektliste(
                    &ab.werkzeuge.multiprojektplan,
                    &ab.werkzeuge.stakeholderanalyse.projekte,
                )
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

/// The options of a filter select: "alle", then `(wert, text)` of each choice.
fn alle_und<T: Copy>(
    liste: &[T],
    wert: fn(T) -> &'static str,
    text: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    mit_leerem_wert(
        "alle",
        liste
            .iter()
            .map(|&x| (wert(x).to_owned(), text(x).to_owned())),
    )
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
    let quadranten = alle_und(Quadrant::ALLE, Quadrant::schluessel, Quadrant::name);
    let haltungen = alle_und(Haltung::ALLE, Haltung::name, Haltung::name);
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
            ab.map_or((Vec::new(), YAchse::Interesse), |ab| {
                let a = &ab.werkzeuge.stakeholderanalyse;
                let stichtag = calc::stichtag(a, browser::heute());
                (zeilen(a, stichtag, &filter), a.einstellungen.y_achse)
            })
        })
    });
    let achse = Memo::new(move |_| liste.with(|l| l.1));
    view! {
        <div class="filterleiste" role="search" aria-label="Stakeholder filtern">
            <Eingabe id="sh-suche" filter=true beschriftung="Suche" hinweis="Name, Rolle oder Interessen"
                wert=suche bei_eingabe=Callback::new(move |t| suche.set(t))/>
            <Auswahl id="sh-filter-kategorie" filter=true beschriftung="Kategorie" optionen=kategorien
                wert=kategorie bei_eingabe=Callback::new(move |t| kategorie.set(t))/>
            <Auswahl id="sh-filter-quadrant" filter=true beschriftung="Quadrant" optionen=quadranten
                wert=quadrant bei_eingabe=Callback::new(move |t| quadrant.set(t))/>
            <Auswahl id="sh-filter-haltung" filter=true beschriftung="Haltung (Ist)" optionen=haltungen
                wert=haltung bei_eingabe=Callback::new(move |t| haltung.set(t))/>
            <Ankreuzfeld id="sh-filter-kritisch" beschriftung="nur kritische"
                wert=nur_kritisch bei_eingabe=Callback::new(move |t| nur_kritisch.set(t))/>
        </div>
        <p class="kern-body" role="status">
            {move || format!("{} angezeigt.", anzahl(liste.with(|l| l.0.len()), "Stakeholder", "Stakeholder"))}
        </p>
        {move || view! {
            <Datentabelle id="sh-tabelle" titel="Stakeholder am Bewertungsstichtag"
                kopf=spalte("name", "Name/Bezeichnung", Spaltenart::Text, true, |z: &Zeile| verweiszelle(&z.stakeholder))
                spalten=nach_achse(achse.get(), SPALTEN_INTERESSE, SPALTEN_BETROFFENHEIT) zeilen=Signal::derive(move || liste.get().0)
                aktionen=Zeilenaktionen { name: |z| z.stakeholder.1.clone(), inhalt: aktionen }/>
        }}
    }
}

/// The overview's columns for a y axis named `$achse`.
macro_rules! listenspalten {
    ($achse:literal) => {
        &[
            spalte(
                "kategorie",
                "Kategorie",
                Spaltenart::Text,
                true,
                |z: &Zeile| textzelle(&z.kategorie),
            ),
            spalte(
                "einfluss",
                "Einfluss",
                Spaltenart::Kurz,
                true,
                |z: &Zeile| textzelle(&z.einfluss),
            ),
            spalte("y", $achse, Spaltenart::Kurz, true, |z: &Zeile| {
                textzelle(&z.y)
            }),
            spalte(
                "haltung",
                "Haltung Ist → Soll",
                Spaltenart::Text,
                true,
                |z: &Zeile| match z.haltung {
                    Some((ist, soll)) => {
                        view! { <HaltungMarke haltung=ist/>" → "<HaltungMarke haltung=soll/> }
                            .into_any()
                    }
                    None => "–".into_any(),
                },
            ),
            spalte(
                "quadrant",
                "Quadrant",
                Spaltenart::Text,
                false,
                |z: &Zeile| textzelle(&z.quadrant),
            ),
            spalte(
                "prioritaet",
                "Priorität",
                Spaltenart::Zahl,
                true,
                |z: &Zeile| textzelle(&z.prioritaet),
            ),
            spalte(
                "kritisch",
                "Kritisch",
                Spaltenart::Kurz,
                true,
                |z: &Zeile| kritischzelle(z.kritisch),
            ),
            spalte(
                "letzte",
                "Letzte Bewertung",
                Spaltenart::Kurz,
                false,
                |z: &Zeile| textzelle(&z.letzte),
            ),
        ]
    };
}

static SPALTEN_INTERESSE: &[Spalte<Zeile>] = listenspalten!("Interesse");
static SPALTEN_BETROFFENHEIT: &[Spalte<Zeile>] = listenspalten!("Betroffenheit");

/// "kritisch" as a marked word, or nothing.
fn kritischzelle(kritisch: bool) -> AnyView {
    kritisch
        .then(|| view! { <span class="sh-kritisch">"kritisch"</span> })
        .into_any()
}

/// The row's actions: open the stakeholder's page, delete it (one undoable step).
fn aktionen(z: &Zeile) -> AnyView {
    let (id, name, _) = z.stakeholder.clone();
    let text = format!("Stakeholder „{name}“");
    view! {
        <a class="kern-link" href=stakeholder_href(id)>"Öffnen und bearbeiten"<span class="kern-sr-only">{format!(": {text}")}</span></a>
        {loeschknopf(text, "Stakeholder", move |a| a.entferne_stakeholder(id))}
    }
    .into_any()
}

/// One row of the engagement-gap list.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Luecke {
    stakeholder: Verweis,
    einfluss: String,
    ist: Haltung,
    soll: Haltung,
    luecke: String,
    kritisch: bool,
}

/// The engagement-gap list's columns; the stakeholder is the row header.
static LUECKENSPALTEN: &[Spalte<Luecke>] = &[
    spalte("einfluss", "Einfluss", Spaltenart::Kurz, true, |z| {
        textzelle(&z.einfluss)
    }),
    spalte("ist", "Haltung (Ist)", Spaltenart::Kurz, true, |z| {
        view! { <HaltungMarke haltung=z.ist/> }.into_any()
    }),
    spalte("soll", "Haltung (Soll)", Spaltenart::Kurz, true, |z| {
        view! { <HaltungMarke haltung=z.soll/> }.into_any()
    }),
    spalte("luecke", "Engagement-Lücke", Spaltenart::Zahl, true, |z| {
        textzelle(&z.luecke)
    }),
    spalte("kritisch", "Kritisch", Spaltenart::Kurz, true, |z| {
        kritischzelle(z.kritisch)
    }),
];

/// The rows of the engagement-gap list at the Bewertungsstichtag.
fn luecken(a: &Stakeholderanalyse) -> Vec<Luecke> {
    let stichtag = calc::stichtag(a, browser::heute());
    calc::engagement_luecken(a, stichtag)
        .into_iter()
        .map(|p| {
            let b = &p.bewertung;
            let s = p.stakeholder;
            Luecke {
                stakeholder: (s.id, s.name.clone(), s.vertraulich),
                einfluss: format!("{} ({})", b.einfluss, b.skala.stufenname(b.einfluss)),
                ist: b.haltung_ist,
                soll: b.haltung_soll,
                luecke: calc::delta(calc::gap(b)),
                kritisch: p.kritisch(),
            }
        })
        .collect()
}

/// The engagement-gap list.
#[component]
fn Luecken() -> impl IntoView {
    let liste = aus_analyse(luecken);
    view! {
        <h2 class="kern-heading-medium">"Engagement-Lücken"</h2>
        <p class="kern-body">
            "Stakeholder, deren angestrebte Haltung (Soll) von der heutigen (Ist) abweicht, nach Einfluss sortiert, "
            "dann nach Größe der Lücke. Engagement-Lücke = Soll − Ist auf der Skala von −2 (ablehnend) bis +2 (treibend)."
        </p>
        <Show when=move || liste.with(|z| !z.is_empty()) fallback=|| view! { <p class="kern-body">"Keine Lücken: Alle Haltungen entsprechen dem Soll."</p> }>
            <Datentabelle id="sh-luecken" titel="Engagement-Lücken am Bewertungsstichtag"
                kopf=spalte("stakeholder", "Stakeholder", Spaltenart::Text, true, |z: &Luecke| verweiszelle(&z.stakeholder))
                spalten=LUECKENSPALTEN zeilen=liste/>
        </Show>
    }
}
