//! The overview: key figures of the Haushaltsjahr at the Stichtag, the tree table Einzelplan →
//! Kapitel → (Titelgruppe →) Titel with subtotals (each Einzelplan and Kapitel opens and closes
//! with a button in its row header), and the stacked bars Ist / gebunden / frei per Titel with
//! their values as text. A negative "frei" is marked "überzogen" wherever it shows. The amounts
//! of the overview can be shown in T€ (a setting of the workspace; display only, the export
//! keeps exact euros).

use std::collections::HashSet;

use leptos::prelude::*;

use crate::app::components::AmpelMarke;
use crate::app::daten::Daten;
use crate::app::formular::Ankreuzfeld;
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart};
use crate::shared::vokabular::Ampel;
use crate::tools::budgetmonitor::calc::{self, Summen};
use crate::tools::budgetmonitor::model::Haushaltsstelle;

use super::{
    betrag, frei_text, href, kennzahl_eintraege, lies_mit_rahmen, prozent, spalte, teur,
    titel_href, zahlspalte,
};
use crate::app::components::{Knopf, Knopfart};

/// The overview page (the frame shows the empty state while there is no Haushaltsstelle).
#[component]
pub fn Uebersicht() -> impl IntoView {
    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["neu"])>
                <span class="kern-label">"Neue Haushaltsstelle"</span>
            </a>
        </div>
        <TeurWahl/>
        <Kennzahlen/>
        <Baum/>
        <Balken/>
    }
}

/// Whether the overview shows T€ (the workspace's setting, tracked).
fn in_teur(daten: Daten) -> bool {
    daten.lies(|ab| ab.is_some_and(|ab| ab.werkzeuge.budgetmonitor.anzeige_teur))
}

/// An amount of the overview: euros, or T€ when chosen.
fn anzeige(cent: i64, in_teur: bool) -> String {
    if in_teur {
        teur(cent)
    } else {
        betrag(cent)
    }
}

/// The checkbox "Beträge in T€": display only, remembered per workspace.
#[component]
fn TeurWahl() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let wert = Signal::derive(move || in_teur(daten));
    let setzen = Callback::new(move |an: bool| {
        let text = if an {
            "Beträge in T€ angezeigt"
        } else {
            "Beträge in Euro angezeigt"
        };
        daten.aendere(text, |ab| ab.werkzeuge.budgetmonitor.anzeige_teur = an);
    });
    view! {
        <Ankreuzfeld id="budget-teur" beschriftung="Beträge in T€ anzeigen (Tausend Euro, auf 0,1 T€ gerundet; die Excel-Datei enthält immer genaue Euro-Beträge)"
            wert bei_eingabe=setzen deaktiviert=Signal::derive(move || !daten.bearbeitbar())/>
    }
}

/// The report's tree, recomputed when the data change.
fn baum_memo(daten: Daten) -> Memo<Option<calc::Baum>> {
    Memo::new(move |_| lies_mit_rahmen(daten, |_, bm, rahmen| calc::baum(bm, rahmen)))
}

/// Key figures above the table.
#[component]
fn Kennzahlen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let baum = baum_memo(daten);
    let zahlen = move || {
        baum.with(|b| {
            let Some(b) = b else { return Vec::new() };
            let g = b.gesamt;
            let t = in_teur(daten);
            let betrag = |c| anzeige(c, t);
            let zaehle = |a: Ampel| b.titel().filter(|t| t.ampel == a).count();
            vec![
                ("Haushaltsjahr", b.rahmen.jahr.to_string()),
                ("Berichtsstichtag", b.rahmen.stichtag.deutsch()),
                ("verfügbares Soll", betrag(g.soll())),
                (
                    "Ist",
                    format!("{} ({})", betrag(g.ist), prozent(g.abflussquote())),
                ),
                (
                    "gebunden",
                    format!(
                        "{} (Festlegungen {}, Vorbindungen {})",
                        betrag(g.gebunden),
                        betrag(g.festlegungen),
                        betrag(g.vorbindungen)
                    ),
                ),
                ("frei", frei_text(g.frei(), betrag(g.frei()))),
                (
                    "Abfluss gegenüber Plan",
                    format!(
                        "{} (Soll-Abfluss {})",
                        betrag(g.abfluss_abweichung()),
                        betrag(g.plan_bis_stichtag)
                    ),
                ),
                (
                    "Prognose Jahresende",
                    if g.hat_prognose {
                        format!(
                            "{} ({} gegenüber Soll)",
                            betrag(g.prognose),
                            prozent(g.abweichung_promille())
                        )
                    } else {
                        "–".to_owned()
                    },
                ),
                (
                    "Ampeln",
                    format!(
                        "{} grün, {} gelb, {} rot, {} nicht bewertet",
                        zaehle(Ampel::Gruen),
                        zaehle(Ampel::Gelb),
                        zaehle(Ampel::Rot),
                        zaehle(Ampel::Grau)
                    ),
                ),
            ]
        })
    };
    view! {
        <dl class="kennzahlen" id="budget-kennzahlen">
            {move || kennzahl_eintraege(zahlen())}
        </dl>
    }
}

/// Which level of the tree a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Ebene {
    Einzelplan,
    Kapitel,
    Titelgruppe,
    Titel,
    Gesamt,
}

/// One row of the tree table: a group (Einzelplan, Kapitel), a Titel or the total.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Baumzeile {
    ebene: Ebene,
    /// Key of a group for opening and closing it ("ep-06", "kap-06-0634").
    schluessel: String,
    /// "Einzelplan 06", "Kapitel 0634", "0634/532 01", "Gesamt 2026".
    name: String,
    /// The Haushaltsstelle of a Titel row.
    stelle: Option<u32>,
    zweck: String,
    summen: Summen,
    ampel: Ampel,
    rest: String,
    /// Notes (Mehrbedarf, negative frei, not rated, Deckungskreis).
    hinweise: String,
    /// Amounts in T€.
    teur: bool,
}

/// The closed groups of the tree, shared with the row header cells.
#[derive(Clone, Copy)]
struct Zugeklappt(RwSignal<HashSet<String>>);

impl Baumzeile {
    /// Group and total rows are set in bold.
    fn klasse(&self) -> &'static str {
        match self.ebene {
            Ebene::Titel => "",
            _ => "budget-baum__summe",
        }
    }
}

/// The row header: a Titel's link with its Zweckbestimmung, or a group's open/close button.
fn kopfzelle(z: &Baumzeile) -> AnyView {
    match z.ebene {
        Ebene::Titel => view! {
            <a class="kern-link" href=titel_href(z.stelle.unwrap_or_default())>{z.name.clone()}</a>
            <span class="datentabelle__untertitel">{z.zweck.clone()}</span>
        }
        .into_any(),
        Ebene::Gesamt => {
            view! { <span class="budget-baum__summe">{z.name.clone()}</span> }.into_any()
        }
        Ebene::Titelgruppe => {
            view! { <span class="budget-baum__summe budget-baum__einzug1">{z.name.clone()}</span> }
                .into_any()
        }
        Ebene::Einzelplan | Ebene::Kapitel => {
            let Zugeklappt(zu) = expect_context::<Zugeklappt>();
            let schluessel = z.schluessel.clone();
            let offen = {
                let s = schluessel.clone();
                move || !zu.with(|z| z.contains(&s))
            };
            let klasse = if z.ebene == Ebene::Kapitel {
                "budget-baum__knopf budget-baum__summe budget-baum__einzug1"
            } else {
                "budget-baum__knopf budget-baum__summe"
            };
            let zeichen = offen.clone();
            view! {
                <button type="button" class=klasse aria-expanded=move || offen().to_string()
                    on:click=move |_| zu.update(|z| {
                        if !z.remove(&schluessel) {
                            z.insert(schluessel.clone());
                        }
                    })>
                    <span aria-hidden="true">{move || if zeichen() { "▾ " } else { "▸ " }}</span>
                    {z.name.clone()}
                </button>
            }
            .into_any()
        }
    }
}

/// A figure cell, bold in group and total rows.
fn zahl(z: &Baumzeile, text: String) -> AnyView {
    view! { <span class=z.klasse()>{text}</span> }.into_any()
}

/// An amount cell in euros or T€.
fn geld(z: &Baumzeile, cent: i64) -> AnyView {
    zahl(z, anzeige(cent, z.teur))
}

/// The columns after the Haushaltsstelle: the compact default set fits 1280 px.
static SPALTEN: &[Spalte<Baumzeile>] = &[
    spalte("zweck", "Zweckbestimmung", Spaltenart::Lang, false, |z| {
        z.zweck.clone().into_any()
    }),
    zahlspalte("soll", "verf. Soll", true, |z| geld(z, z.summen.soll())),
    zahlspalte("ist", "Ist", true, |z| geld(z, z.summen.ist)),
    zahlspalte("gebunden", "gebunden", true, |z| geld(z, z.summen.gebunden)),
    zahlspalte("festlegungen", "davon Festlegungen", false, |z| {
        geld(z, z.summen.festlegungen)
    }),
    zahlspalte("vorbindungen", "davon Vorbindungen", false, |z| {
        geld(z, z.summen.vorbindungen)
    }),
    zahlspalte("frei", "frei", true, |z| {
        let f = z.summen.frei();
        zahl(z, frei_text(f, anzeige(f, z.teur)))
    }),
    zahlspalte("abfluss", "Abfluss", true, |z| {
        zahl(z, prozent(z.summen.abflussquote()))
    }),
    zahlspalte("bindung", "Bindung", true, |z| {
        zahl(z, prozent(z.summen.bindungsquote()))
    }),
    zahlspalte("plan", "Soll-Abfluss bis Stichtag", false, |z| {
        geld(z, z.summen.plan_bis_stichtag)
    }),
    zahlspalte("prognose", "Prognose", false, |z| {
        let s = z.summen;
        zahl(
            z,
            if s.hat_prognose {
                anzeige(s.prognose, z.teur)
            } else {
                "–".to_owned()
            },
        )
    }),
    zahlspalte("abweichung", "Abw.", false, |z| {
        zahl(z, prozent(z.summen.abweichung_promille()))
    }),
    // The badge never wraps (its own `white-space: nowrap`); as a box with padding it is not a
    // line of text to measure.
    spalte("ampel", "Ampel", Spaltenart::Text, true, |z| {
        let ampel = z.ampel;
        let text = (ampel == Ampel::Grau).then_some(" nicht bewertet");
        view! { <AmpelMarke ampel/>{text} }.into_any()
    }),
    spalte(
        "rest",
        "vorauss. Ausgaberest",
        Spaltenart::Text,
        false,
        |z| z.rest.clone().into_any(),
    ),
    spalte("hinweise", "Hinweise", Spaltenart::Lang, false, |z| {
        z.hinweise.clone().into_any()
    }),
];

/// The rows of the tree in order, without those of closed groups.
fn baumzeilen(
    b: &calc::Baum,
    stellen: &[Haushaltsstelle],
    zu: &HashSet<String>,
    teur: bool,
    gruppenampel: impl Fn(&Summen) -> Ampel,
) -> Vec<Baumzeile> {
    let gruppe = |ebene, schluessel: String, name: String, summen: Summen| Baumzeile {
        ebene,
        schluessel,
        name,
        stelle: None,
        zweck: String::new(),
        summen,
        ampel: gruppenampel(&summen),
        rest: String::new(),
        hinweise: calc::hinweis_frei(&summen).unwrap_or_default(),
        teur,
    };
    let mut zeilen = Vec::new();
    for e in &b.einzelplaene {
        let ep = format!("ep-{}", e.einzelplan);
        let name = if e.einzelplan.is_empty() {
            "Freie Haushaltsstellen".to_owned()
        } else {
            format!("Einzelplan {}", e.einzelplan)
        };
        let offen = !zu.contains(&ep);
        zeilen.push(gruppe(Ebene::Einzelplan, ep, name, e.summen));
        if !offen {
            continue;
        }
        for k in &e.kapitel {
            let kap = format!("kap-{}-{}", e.einzelplan, k.kapitel);
            if !k.kapitel.is_empty() {
                let name = format!("Kapitel {}", k.kapitel);
                zeilen.push(gruppe(Ebene::Kapitel, kap.clone(), name, k.summen));
            }
            if zu.contains(&kap) {
                continue;
            }
            for teil in k.teile() {
                let t = match teil {
                    calc::Kapitelteil::Titel(t) => t,
                    calc::Kapitelteil::Titelgruppe(g) => {
                        let schluessel =
                            format!("tg-{}-{}-{}", e.einzelplan, k.kapitel, g.titelgruppe);
                        let name = format!("Summe Titelgruppe {}", g.titelgruppe);
                        zeilen.push(gruppe(Ebene::Titelgruppe, schluessel, name, g.summen));
                        continue;
                    }
                };
                let Some(h) = stellen.iter().find(|h| h.id == t.haushaltsstelle) else {
                    continue;
                };
                zeilen.push(Baumzeile {
                    ebene: Ebene::Titel,
                    schluessel: format!("titel-{}", h.id),
                    name: h.bezeichnung(),
                    stelle: Some(h.id),
                    zweck: h.zweckbestimmung.clone(),
                    summen: t.summen,
                    ampel: t.ampel,
                    rest: t.ausgaberest.text(),
                    hinweise: t.hinweise.join("; "),
                    teur,
                });
            }
        }
    }
    let name = format!("Gesamt {}", b.rahmen.jahr);
    zeilen.push(gruppe(Ebene::Gesamt, "gesamt".to_owned(), name, b.gesamt));
    zeilen
}

/// The tree table.
#[component]
fn Baum() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let baum = baum_memo(daten);
    let zu = RwSignal::new(HashSet::<String>::new());
    provide_context(Zugeklappt(zu));
    let zeilen = Signal::derive(move || {
        let (tol_g, tol_y, stellen) = daten.lies(|ab| {
            ab.map_or((50, 100, Vec::new()), |ab| {
                let bm = &ab.werkzeuge.budgetmonitor;
                (
                    bm.toleranz_gruen,
                    bm.toleranz_gelb,
                    bm.haushaltsstellen.clone(),
                )
            })
        });
        let teur = in_teur(daten);
        baum.with(|b| {
            b.as_ref().map_or_else(Vec::new, |b| {
                zu.with(|z| baumzeilen(b, &stellen, z, teur, |s| calc::bewerte(s, tol_g, tol_y)))
            })
        })
    });
    view! {
        <h2 class="kern-heading-medium">"Haushaltsüberwachung"</h2>
        <div class="knopfleiste knopfleiste--eng">
            <Knopf art=Knopfart::Tertiaer bei_klick=move |_| zu.set(HashSet::new())>"Alle aufklappen"</Knopf>
            <button type="button" class="kern-btn kern-btn--tertiary" on:click=move |_| {
                let alle = baum.with(|b| b.as_ref().map(|b| b.einzelplaene.iter().map(|e| format!("ep-{}", e.einzelplan)).collect()).unwrap_or_default());
                zu.set(alle);
            }>
                <span class="kern-label">"Alle zuklappen"</span>
            </button>
        </div>
        <div id="budget-baum">
            <Datentabelle id="budget-baum-tabelle"
                titel="Haushaltsstellen nach Einzelplan, Kapitel, Titelgruppe und Titel mit Zwischensummen"
                kopf=spalte("haushaltsstelle", "Haushaltsstelle", Spaltenart::Text, true, kopfzelle)
                spalten=SPALTEN zeilen/>
        </div>
    }
}

/// Width of the bar area in SVG units.
const BALKEN_BREITE: i64 = 600;

/// Stacked bars Ist / gebunden / frei per Titel, scaled to the largest verfügbares Soll.
#[component]
fn Balken() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let baum = baum_memo(daten);
    let inhalt = move || {
        baum.with(|b| {
            let b = b.as_ref()?;
            let namen: Vec<(u32, String)> = daten.lies(|ab| {
                ab
                    .map(|ab| {
                        ab.werkzeuge.budgetmonitor
                            .haushaltsstellen
                            .iter()
                            .map(|h| (h.id, h.bezeichnung()))
                            .collect()
                    })
                    .unwrap_or_default()
            });
            let titel: Vec<_> = b.titel().collect();
            let groesste = titel
                .iter()
                .map(|t| t.summen.soll().max(t.summen.ist + t.summen.gebunden))
                .max()
                .unwrap_or(0)
                .max(1);
            let skala = |c: i64| (c.max(0) as i128 * BALKEN_BREITE as i128 / groesste as i128) as i64;
            let hoehe = titel.len() as i64 * 56 + 10;
            let zeilen = titel
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let s = t.summen;
                    let y = i as i64 * 56 + 22;
                    let name = namen
                        .iter()
                        .find(|(id, _)| *id == t.haushaltsstelle)
                        .map(|(_, n)| n.clone())
                        .unwrap_or_default();
                    let w_ist = skala(s.ist);
                    let w_geb = skala(s.gebunden);
                    let w_frei = skala(s.frei());
                    let text = format!(
                        "{name}: Ist {} · gebunden {} · frei {}",
                        betrag(s.ist),
                        betrag(s.gebunden),
                        frei_text(s.frei(), betrag(s.frei()))
                    );
                    view! {
                        <g>
                            <text x="0" y=y - 6 class="budget-balken__text">{text}</text>
                            <rect x="0" y=y width=w_ist height="20" class="budget-balken__ist"/>
                            <rect x=w_ist y=y width=w_geb height="20" class="budget-balken__gebunden"/>
                            <rect x=w_ist + w_geb y=y width=w_frei height="20" class="budget-balken__frei"/>
                        </g>
                    }
                })
                .collect_view();
            Some(view! {
                <svg class="budget-balken" viewBox=format!("0 0 {BALKEN_BREITE} {hoehe}") role="img"
                    aria-labelledby="budget-balken-titel" preserveAspectRatio="xMinYMin meet">
                    {zeilen}
                </svg>
            })
        })
    };
    view! {
        <figure class="budget-figur">
            <figcaption class="kern-heading-medium" id="budget-balken-titel">
                "Ist, gebunden und frei je Titel (Werte als Text an jedem Balken; dieselben Zahlen stehen in der Tabelle oben)"
            </figcaption>
            <ul class="budget-legende">
                <li><span class="budget-legende__feld budget-balken__ist" aria-hidden="true"></span>"Ist (links)"</li>
                <li><span class="budget-legende__feld budget-balken__gebunden" aria-hidden="true"></span>"gebunden (Mitte)"</li>
                <li><span class="budget-legende__feld budget-balken__frei" aria-hidden="true"></span>"frei (rechts)"</li>
            </ul>
            {inhalt}
        </figure>
    }
}
