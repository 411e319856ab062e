//! The start page — the state a Fertigungsstraße contact reads in one minute (cases,
//! coverage, the latest run, open defects per class, the proposed decision) and the test case
//! library with filters by category, criterion, tag and text, with sharing it as a file — and
//! the page of the shipped starter library, copied as a template (a shared library can be read
//! there too, before the workspace has any case).

use leptos::prelude::*;

use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Auswahl, Eingabe};
use crate::app::tabelle::{sortierbar, spalte, zelltext, Datentabelle, Spalte, Spaltenart};
use crate::app::zusammenfassung::{Angabe, Zusammenfassung};
use crate::shared::text::anzahl;
use crate::tools::testmanagement::calc;
use crate::tools::testmanagement::model::{Ergebnis, Kategorie, Klasse};
use crate::tools::testmanagement::vorlagen;

use super::{href, kategorieoptionen, testfall_href, Ergebnismarke, Vorlagemarke};
use crate::shared::sortieren::Sortieren;

/// One row of the library table.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    kennung: String,
    titel: String,
    kategorie: &'static str,
    art: &'static str,
    prioritaet: &'static str,
    version: u32,
    schritte: usize,
    ergebnis: Option<Ergebnis>,
    kriterien: String,
    tags: String,
    vorlage: bool,
}

static SPALTEN: &[Spalte<Zeile>] = &[
    sortierbar(spalte(
        "kategorie",
        "Kategorie",
        Spaltenart::Text,
        true,
        |z| zelltext(z.kategorie),
    )),
    spalte("prioritaet", "Priorität", Spaltenart::Kurz, true, |z| {
        zelltext(z.prioritaet)
    }),
    spalte("art", "Art", Spaltenart::Kurz, false, |z| zelltext(z.art)),
    spalte("schritte", "Schritte", Spaltenart::Zahl, true, |z| {
        zelltext(&z.schritte.to_string())
    }),
    spalte("version", "Version", Spaltenart::Zahl, false, |z| {
        zelltext(&z.version.to_string())
    }),
    spalte(
        "ergebnis",
        "Letztes Ergebnis",
        Spaltenart::Kurz,
        true,
        |z| match z.ergebnis {
            Some(e) => view! { <Ergebnismarke ergebnis=e/> }.into_any(),
            None => zelltext("noch nicht ausgeführt"),
        },
    ),
    spalte(
        "kriterien",
        "Qualitätskriterien",
        Spaltenart::Text,
        false,
        |z| zelltext(&z.kriterien),
    ),
    spalte("tags", "Tags", Spaltenart::Text, false, |z| {
        zelltext(&z.tags)
    }),
];

fn kopfzelle(z: &Zeile) -> AnyView {
    view! {
        <a class="kern-link" href=testfall_href(z.id)>{format!("{} {}", z.kennung, z.titel)}</a>
        {z.vorlage.then(|| view! { " " <Vorlagemarke/> })}
    }
    .into_any()
}

const KOPF: Spalte<Zeile> = sortierbar(spalte(
    "titel",
    "Testfall",
    Spaltenart::Lang,
    true,
    kopfzelle,
));

/// The start page (the frame shows the empty state while there is no case).
#[component]
pub fn Uebersicht() -> impl IntoView {
    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["laeufe"])>
                <span class="kern-label">"Testlauf planen"</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href=href(&["neu"])>
                <span class="kern-label">"Neuer Testfall"</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href=href(&["bibliothek"])>
                <span class="kern-label">"Startbibliothek"</span>
            </a>
        </div>
        <Stand/>
        <Bibliothek/>
        <super::teilen::Herunterladen/>
        <super::teilen::Einlesen/>
    }
}

/// The state in one minute.
#[component]
fn Stand() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = daten.ableiten(|ab| {
        let tm = &ab.werkzeuge.testmanagement;
        let (abgedeckt, alle) = calc::abdeckung(tm);
        let letzter = calc::trend(tm).last().map(|(l, f)| {
            format!(
                "{}: {} von {} ausgeführt, Pass-Rate {}",
                l.titel,
                f.ausgefuehrt,
                f.gesamt,
                calc::prozent_text(f.pass_rate())
            )
        });
        let offen = calc::offene_je_klasse(tm);
        let offen_text = Klasse::ALLE
            .iter()
            .zip(offen)
            .map(|(k, n)| format!("{n} {}", k.name()))
            .collect::<Vec<_>>()
            .join(", ");
        let (vorschlag, _) = calc::vorschlag(tm);
        (
            anzahl(tm.testfaelle.len(), "Testfall", "Testfälle"),
            format!(
                "{abgedeckt} von {} ({})",
                anzahl(alle, "Kriterium", "Kriterien"),
                calc::prozent_text(calc::promille(abgedeckt, alle))
            ),
            letzter.unwrap_or_else(|| "noch kein Testlauf".to_owned()),
            offen_text,
            vorschlag.name(),
        )
    });
    move || {
        let (faelle, abdeckung, letzter, offen, vorschlag) = stand.get();
        view! {
            <Zusammenfassung>
                <Angabe bezeichnung="Bibliothek">{faelle}</Angabe>
                <Angabe bezeichnung="Abgedeckte Qualitätskriterien">{abdeckung}</Angabe>
                <Angabe bezeichnung="Letzter Testlauf">{letzter}</Angabe>
                <Angabe bezeichnung="Offene Mängel">{offen}</Angabe>
                <Angabe bezeichnung="Vorschlag zur Abnahme">
                    <strong id="tm-vorschlag-kurz">{vorschlag}</strong>" "
                    <a class="kern-link" href=href(&["abnahme"])>"Begründung"</a>
                </Angabe>
            </Zusammenfassung>
        }
    }
}

/// Filters and the data table of cases.
#[component]
fn Bibliothek() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let kategorie = RwSignal::new(String::new());
    let kriterium = RwSignal::new(String::new());
    let tag = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let sortierung = RwSignal::new(None::<(&'static str, bool)>);
    let kriterien = daten.ableiten(|ab| {
        ab.werkzeuge
            .testmanagement
            .kriterien
            .iter()
            .map(|k| (k.id.to_string(), format!("{} {}", k.kennung, k.titel)))
            .collect::<Vec<_>>()
    });
    let tags = daten.ableiten(|ab| {
        calc::alle_tags(&ab.werkzeuge.testmanagement)
            .into_iter()
            .map(|t| (t.clone(), t))
            .collect::<Vec<_>>()
    });
    let zeilen = daten.ableiten(move |ab| {
        let tm = &ab.werkzeuge.testmanagement;
        let k = kategorie.with(|k| Kategorie::aus_name(k));
        let kr = kriterium.with(|k| k.parse::<u32>().ok());
        let mut liste: Vec<Zeile> = tag.with(|tag| {
            text.with(|text| {
                calc::filtere(tm, k, kr, tag, text)
                    .into_iter()
                    .map(|t| Zeile {
                        id: t.id,
                        kennung: t.kennung.clone(),
                        titel: t.titel.clone(),
                        kategorie: t.kategorie.name(),
                        art: t.art.name(),
                        prioritaet: t.prioritaet.name(),
                        version: t.version,
                        schritte: t.schritte.len(),
                        ergebnis: calc::letztes_ergebnis(tm, t.id).map(|(e, _)| e),
                        kriterien: t
                            .kriterien
                            .iter()
                            .filter_map(|k| tm.kriterium(*k))
                            .map(|k| k.kennung.clone())
                            .collect::<Vec<_>>()
                            .join(", "),
                        tags: t.tags.join(", "),
                        vorlage: t.vorlage,
                    })
                    .collect()
            })
        });
        match sortierung.get() {
            Some(("titel", auf)) => liste.sortiere_nach(|a, b| {
                let o = crate::shared::text::vergleiche(&a.kennung, &b.kennung);
                if auf {
                    o
                } else {
                    o.reverse()
                }
            }),
            Some((_, auf)) => liste.sortiere_nach(|a, b| {
                let o = a.kategorie.cmp(b.kategorie);
                if auf {
                    o
                } else {
                    o.reverse()
                }
            }),
            None => {}
        }
        liste
    });
    let zahl = move || zeilen.with(|z| anzahl(z.len(), "Testfall", "Testfälle"));
    view! {
        <h2 class="kern-heading-medium">"Testfallbibliothek"</h2>
        <div class="filterleiste">
            <Auswahl id="tm-filter-kategorie" beschriftung="Kategorie" filter=true
                optionen=mit_leerem_wert("alle", kategorieoptionen()) wert=kategorie
                bei_eingabe=Callback::new(move |w| kategorie.set(w))/>
            {move || view! {
                <Auswahl id="tm-filter-kriterium" beschriftung="Qualitätskriterium" filter=true
                    optionen=mit_leerem_wert("alle", kriterien.get()) wert=kriterium
                    bei_eingabe=Callback::new(move |w| kriterium.set(w))/>
                <Auswahl id="tm-filter-tag" beschriftung="Tag" filter=true
                    optionen=mit_leerem_wert("alle", tags.get()) wert=tag
                    bei_eingabe=Callback::new(move |w| tag.set(w))/>
            }}
            <Eingabe id="tm-filter-text" beschriftung="Suche" filter=true hinweis="ID, Titel, Testobjekt oder Schritt"
                wert=text bei_eingabe=Callback::new(move |w| text.set(w))/>
        </div>
        <p class="kern-body" role="status">{move || format!("{} angezeigt", zahl())}</p>
        <Datentabelle id="tm-testfaelle" titel="Testfälle der Bibliothek" kopf=KOPF spalten=SPALTEN
            zeilen=zeilen sortierung/>
    }
}

/// The shipped starter library: what it holds, and copying it.
#[component]
pub fn Startbibliothek() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let (kriterien, faelle) = vorlagen::startbibliothek();
    let schon = daten.ableiten(|ab| {
        let (_, faelle) = vorlagen::startbibliothek();
        faelle
            .iter()
            .filter(|t| {
                ab.werkzeuge
                    .testmanagement
                    .testfaelle
                    .iter()
                    .any(|x| x.kennung == t.kennung)
            })
            .count()
    });
    let uebernehmen = move |_| {
        let mut neu = 0;
        daten.aendere("Startbibliothek übernommen", |ab| {
            neu = ab.werkzeuge.testmanagement.uebernimm_startbibliothek();
        });
        daten.ansagen(format!(
            "{} übernommen.",
            anzahl(neu, "Testfall", "Testfälle")
        ));
    };
    let zahl = faelle.len();
    view! {
        <p class="kern-body">
            "Die Startbibliothek enthält wiederverwendbare Testfälle für eine Standard-Antragsstrecke: \
             Anmeldung mit dem Nutzerkonto, Formularprüfung mit ausländischen Namen und Adressen (SDG), \
             Nachweis-Upload, Bezahlung über ePayBL, Übermittlung an das Fachverfahren, Bescheid im Postfach \
             und Prüfungen nach BITV 2.0, dazu die Qualitätskriterien, auf die sie verweisen."
        </p>
        <p class="kern-body">
            "Sie ist eine Vorlage: Die kopierten Testfälle tragen den Hinweis „Vorlage – bitte anpassen“, \
             bis Sie sie bearbeiten. Kriterien und Fälle sind unsere Zusammenstellung aus öffentlichen \
             Quellen, bitte prüfen."
        </p>
        <div class="knopfleiste">
            <Knopf art=Knopfart::Primaer id="tm-start-uebernehmen" bei_klick=uebernehmen
                deaktiviert=Signal::derive(move || !daten.bearbeitbar() || schon.get() == zahl)>
                "Startbibliothek übernehmen"
            </Knopf>
            <span class="kern-body" role="status">{move || match schon.get() {
                0 => String::new(),
                n if n == zahl => "Alle Testfälle der Startbibliothek sind übernommen.".to_owned(),
                n => format!("{} schon übernommen; übernommen werden nur die übrigen.", anzahl(n, "Testfall", "Testfälle")),
            }}</span>
        </div>
        <h2 class="kern-heading-medium">{format!("{} Testfälle", zahl)}</h2>
        <ul class="tm-liste">
            {faelle.into_iter().map(|t| view! {
                <li><strong>{t.kennung.clone()}</strong>" "{t.titel.clone()}
                    <span class="tm-nebentext">{format!(" – {}, {}, {}", t.kategorie.name(), t.art.name(), anzahl(t.schritte.len(), "Schritt", "Schritte"))}</span>
                </li>
            }).collect_view()}
        </ul>
        <h2 class="kern-heading-medium">{format!("{} Qualitätskriterien", kriterien.len())}</h2>
        <ul class="tm-liste">
            {kriterien.into_iter().map(|k| view! {
                <li><strong>{k.kennung.clone()}</strong>" "{k.titel.clone()}<span class="tm-nebentext">{format!(" – {}", k.quelle)}</span></li>
            }).collect_view()}
        </ul>
        <super::teilen::Einlesen/>
    }
}
