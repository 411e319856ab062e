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
use crate::app::tabelle::{self, sortierbar, spalte, zelltext, Datentabelle, Spalte, Spaltenart};
use crate::shared::datum::Datum;
use crate::shared::format;
use crate::shared::text;
use crate::shared::vokabular::Ampel;
use crate::tools::multiprojektplan::calc::{self, Filter, Gruppierung, Sortierung};
use crate::tools::multiprojektplan::model::{Ampeldimension, Multiprojektplan, Projektstatus};

use super::{href, projekt_href};
use crate::app::components::{Knopf, Knopfart};

/// One table row with everything it shows. Rows are keyed by their whole content: sorting or
/// filtering moves or removes the existing rows, and only a changed project renders anew.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    gruppe: String,
    rang: usize,
    kennung: String,
    titel: String,
    programm: String,
    welle: String,
    status: &'static str,
    phase: &'static str,
    leitung: String,
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
    gruppe: String,
) -> Zeile {
    let datum = |d: Option<Datum>| d.map(Datum::deutsch).unwrap_or_default();
    let mut ampeln = [Ampel::Grau; 5];
    for (i, &dimension) in Ampeldimension::ALLE.iter().enumerate() {
        ampeln[i] = p.ampeln.von(dimension).ampel;
    }
    Zeile {
        id: p.id,
        gruppe,
        rang,
        kennung: p.kennung.clone(),
        titel: p.titel.clone(),
        programm: p.programm.clone(),
        welle: p.welle.map(|w| w.to_string()).unwrap_or_default(),
        status: p.status.name(),
        phase: p.phase.map(|ph| ph.name()).unwrap_or_default(),
        leitung: p.projektleitung.clone(),
        ende_plan: datum(p.ende_plan),
        ende_erwartet: datum(p.ende_erwartet()),
        verzug: calc::projektverzug_am(p, stichtag),
        ampeln,
        prioritaet: calc::prioritaetswert(p, &plan.kriterien)
            .map(|z| format!("{}{}%", format::dezimal(z, 1), format::NBSP))
            .unwrap_or_default(),
        muss: !p.muss_kriterien.is_empty(),
        budget: p.budget_cent.map(format::euro).unwrap_or_default(),
    }
}

/// The identifying column: Projekt-ID (link to the project) and title.
const KOPF: Spalte<Zeile> = Spalte {
    schluessel: "kennung",
    titel: "Projekt-ID und Titel",
    art: Spaltenart::Lang,
    standard: true,
    sortierbar: true,
    zelle: |z| {
        view! {
            <a class="kern-link" href=projekt_href(z.id)>{z.kennung.clone()}</a>
            <span class="datentabelle__untertitel">{z.titel.clone()}</span>
        }
        .into_any()
    },
};

/// The columns; the defaults are what a PMO lead looks at first.
static SPALTEN: &[Spalte<Zeile>] = &[
    // Abgeschlossene and abgebrochene projects have no rank (0).
    sortierbar(spalte("rang", "Rang", Spaltenart::Zahl, true, |z| {
        if z.rang == 0 {
            "–".to_owned()
        } else {
            z.rang.to_string()
        }
        .into_any()
    })),
    sortierbar(spalte(
        "programm",
        "Programm",
        Spaltenart::Text,
        false,
        |z| zelltext(&z.programm),
    )),
    sortierbar(spalte("welle", "Welle", Spaltenart::Zahl, false, |z| {
        zelltext(&z.welle)
    })),
    sortierbar(spalte("status", "Status", Spaltenart::Kurz, true, |z| {
        zelltext(z.status)
    })),
    spalte("phase", "Phase", Spaltenart::Text, false, |z| {
        zelltext(z.phase)
    }),
    spalte("leitung", "Projektleitung", Spaltenart::Text, false, |z| {
        zelltext(&z.leitung)
    }),
    spalte("ende-plan", "Ende Plan", Spaltenart::Kurz, false, |z| {
        zelltext(&z.ende_plan)
    }),
    sortierbar(spalte(
        "ende",
        "Ende erwartet",
        Spaltenart::Kurz,
        true,
        |z| zelltext(&z.ende_erwartet),
    )),
    sortierbar(spalte(
        "verzug",
        "Verzug (Tage)",
        Spaltenart::Zahl,
        true,
        |z| zelltext(&verzug_text(z.verzug)),
    )),
    sortierbar(spalte(
        "ampel",
        "Gesamtampel",
        Spaltenart::Kurz,
        true,
        |z| ampel(z, 0),
    )),
    spalte("termine", "Termine", Spaltenart::Kurz, false, |z| {
        ampel(z, 1)
    }),
    spalte("budgetampel", "Budgetampel", Spaltenart::Kurz, false, |z| {
        ampel(z, 2)
    }),
    spalte("qualitaet", "Qualität", Spaltenart::Kurz, false, |z| {
        ampel(z, 3)
    }),
    spalte("ressourcen", "Ressourcen", Spaltenart::Kurz, false, |z| {
        ampel(z, 4)
    }),
    spalte(
        "prioritaet",
        "Prioritätswert",
        Spaltenart::Zahl,
        true,
        |z| {
            let muss = z.muss.then(|| {
            view! { <span class="kern-badge kern-badge--small kern-badge--danger">"Muss"</span>" " }
        });
            view! { {muss}{z.prioritaet.clone()} }.into_any()
        },
    ),
    sortierbar(spalte(
        "budget",
        "Budget (€)",
        Spaltenart::Zahl,
        true,
        |z| zelltext(&z.budget),
    )),
];

/// The Ampel of dimension `i` (order of `Ampeldimension::ALLE`) as a badge with its word.
fn ampel(z: &Zeile, i: usize) -> AnyView {
    view! { <AmpelMarke ampel=z.ampeln[i]/> }.into_any()
}

/// Text of a delay in days: "+14", "−3" (with the minus sign U+2212), "0".
pub fn verzug_text(tage: Option<i64>) -> String {
    match tage {
        Some(t) if t > 0 => format!("+{}", format::ganzzahl(t)),
        Some(t) if t < 0 => format!("\u{2212}{}", format::ganzzahl(-t)),
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
    let zahlen = daten.ableiten(move |ab| {
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
    let sortierung: RwSignal<tabelle::Sortierung> = RwSignal::new(Some(("rang", true)));
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
            let (nach, absteigend) = sortierung
                .get()
                .and_then(|(s, auf)| Some((Sortierung::aus_schluessel(s)?, !auf)))
                .unwrap_or_default();
            calc::sortiere(plan, &mut liste, nach, absteigend, stichtag);
            let anzahl = liste.len();
            // "Rang" is the priority rank (Muss-Kriterien first, earlier Frist first, then the
            // score; abgeschlossene and abgebrochene have none), whatever the table is sorted by.
            let raenge: std::collections::HashMap<u32, usize> = calc::rangfolge(plan)
                .into_iter()
                .enumerate()
                .map(|(i, id)| (id, i + 1))
                .collect();
            let gruppiert = gruppierung.get() != Gruppierung::Keine;
            let zeilen = calc::gruppiere(liste, gruppierung.get())
                .into_iter()
                .flat_map(|(titel, projekte)| {
                    let gruppe = if gruppiert { titel } else { String::new() };
                    projekte
                        .into_iter()
                        .map(|p| {
                            let rang = raenge.get(&p.id).copied().unwrap_or(0);
                            zeile(plan, p, stichtag, rang, gruppe.clone())
                        })
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>();
            (anzahl, zeilen)
        })
    });
    let gesamt = daten.ableiten(move |ab| ab.werkzeuge.multiprojektplan.projekte.len());

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
            <Eingabe id="filter-text" filter=true beschriftung="Suche" hinweis="Projekt-ID, Titel, Programm, Leitung, OZG-ID"
                wert=text bei_eingabe=Callback::new(move |t| text.set(t))/>
            <Auswahl id="filter-status" filter=true beschriftung="Status" optionen=status_optionen
                wert=status bei_eingabe=Callback::new(move |w| status.set(w))/>
            <Auswahl id="filter-ampel" filter=true beschriftung="Gesamtampel" optionen=ampel_optionen
                wert=ampel bei_eingabe=Callback::new(move |w| ampel.set(w))/>
            {move || {
                let (programme, wellen) = auswahl.get();
                view! {
                    <Auswahl id="filter-welle" filter=true beschriftung="Welle"
                        optionen=mit_leerem_wert("alle", wellen.into_iter().map(|w| (w.to_string(), format!("Welle {w}"))))
                        wert=welle bei_eingabe=Callback::new(move |w| welle.set(w))/>
                    <Auswahl id="filter-programm" filter=true beschriftung="Programm"
                        optionen=mit_leerem_wert("alle", programme.into_iter().map(|p| (p.clone(), p)))
                        wert=programm bei_eingabe=Callback::new(move |w| programm.set(w))/>
                }
            }}
            <Auswahl id="gruppierung" filter=true beschriftung="Gruppieren nach" optionen=gruppen_optionen
                wert=gruppe_wert bei_eingabe=gruppe_setzen/>
            <div class="filterleiste__aktion">
                <Knopf art=Knopfart::Tertiaer deaktiviert=move || !gefiltert() bei_klick=zuruecksetzen>
                    "Filter zurücksetzen"
                </Knopf>
            </div>
        </div>
        <p class="kern-body" id="portfolio-anzahl" role="status">
            {move || {
                let anzahl = gruppen.with(|(a, _)| *a);
                let gesamt = gesamt.get();
                if anzahl == gesamt {
                    text::anzahl(gesamt, "Projekt", "Projekte")
                } else {
                    format!("{} von {}", format::ganzzahl(anzahl as i64), text::anzahl(gesamt, "Projekt", "Projekten"))
                }
            }}
        </p>
        {move || (gruppen.with(|(anzahl, _)| *anzahl == 0)).then(|| view! {
            <Hinweis art=HinweisArt::Info titel="Kein Projekt passt zum Filter".to_owned()>
                <p class="kern-body">"Ändern Sie die Suche oder setzen Sie die Filter zurück."</p>
            </Hinweis>
        })}
        <div class="portfolio">
            <Datentabelle id="portfolio" titel="Projekte".to_owned() kopf=KOPF spalten=SPALTEN
                zeilen=Signal::derive(move || gruppen.with(|(_, z)| z.clone()))
                sortierung gruppe=|z: &Zeile| z.gruppe.clone()/>
        </div>
    }
}
