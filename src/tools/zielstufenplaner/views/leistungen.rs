//! The start page of the Zielstufenplaner: counts per level for each maturity model in use
//! ("online (ab Stufe 2)" and "OZG-konform (ab Stufe 3)" reported separately and labelled),
//! filters and the list of Leistungen with their current level, what limits it and the next
//! stage.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Auswahl, Eingabe};
use crate::tools::zielstufenplaner::calc::{self, Gesamt};
use crate::tools::zielstufenplaner::model::{Modell, Themenfeld};

use super::{href, leistung_href, schluessel, Stufenmarke};

/// The start page (the frame shows the empty state while there is no Leistung).
#[component]
pub fn Leistungen() -> impl IntoView {
    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["neu"])>
                <span class="kern-label">"Neue Leistung"</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href=href(&["einfuegen"])>
                <span class="kern-label">"Liste einfügen"</span>
            </a>
        </div>
        <Zaehlungen/>
        <Liste/>
    }
}

/// Counts per level, one table per model in use.
#[component]
fn Zaehlungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zaehlungen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let plan = &ab.werkzeuge.zielstufenplaner;
            Modell::ALLE
                .iter()
                .filter(|&&m| plan.leistungen.iter().any(|l| l.modell == m))
                .map(|&m| (calc::zaehle(plan, m), plan.katalog(m)))
                .collect::<Vec<_>>()
        })
    });
    move || {
        zaehlungen
            .get()
            .into_iter()
            .map(|(z, k)| {
                let m = z.modell;
                let id = format!("zsp-zaehlung-{}", m.schluessel());
                let zeilen = z
                    .je_stufe
                    .iter()
                    .enumerate()
                    .map(|(s, n)| {
                        view! {
                            <tr>
                                <th scope="row">{super::stufentext(s as u8, &k.stufenname(s as u8))}</th>
                                <td class="zahl">{*n}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let schwellen = z
                    .schwellen
                    .iter()
                    .map(|(name, _, n)| {
                        view! {
                            <div class="kennzahlen__eintrag">
                                <dt class="kern-label">{*name}</dt>
                                <dd class="kern-body kennzahlen__wert">{format!("{n} von {}", z.gesamt)}</dd>
                            </div>
                        }
                    })
                    .collect_view();
                let hinweis = match m {
                    Modell::Rgm11 => "„online“ zählt nach der Logik des OZG-Dashboards ab Stufe 2, „OZG-konform“ ab Stufe 3. Beide Zahlen werden getrennt berichtet.",
                    Modell::Rgm20 => "Für das RGM 2.0 gibt es keine veröffentlichte Entsprechung zu „online“/„OZG-konform“. Gezeigt werden das Ende der Frontend-Stufen (ab Stufe 3, eigene Lesart) und Ende-zu-Ende (Stufe 7).",
                };
                view! {
                    <section class="zsp-zaehlung" aria-labelledby=id.clone()>
                        <h2 class="kern-heading-medium" id=id.clone()>{format!("Reifegrade nach {}", m.kurz())}</h2>
                        <dl class="kennzahlen">
                            <div class="kennzahlen__eintrag">
                                <dt class="kern-label">"Leistungen"</dt>
                                <dd class="kern-body kennzahlen__wert">{z.gesamt}</dd>
                            </div>
                            {schwellen}
                            <div class="kennzahlen__eintrag">
                                <dt class="kern-label">"nicht bewertet"</dt>
                                <dd class="kern-body kennzahlen__wert">{z.unbewertet}</dd>
                            </div>
                            <div class="kennzahlen__eintrag">
                                <dt class="kern-label">"Bewertung unvollständig"</dt>
                                <dd class="kern-body kennzahlen__wert">{z.unvollstaendig}</dd>
                            </div>
                        </dl>
                        <p class="kern-hint">{hinweis}</p>
                        <div class="kern-table-responsive" tabindex="0" role="region" aria-labelledby=format!("{id}-tabelle")>
                            <table class="kern-table tabelle--kompakt">
                                <caption class="kern-title" id=format!("{id}-tabelle")>{format!("Anzahl je Reifegrad ({})", m.kurz())}</caption>
                                <thead><tr><th scope="col">"Reifegrad"</th><th scope="col">"Leistungen"</th></tr></thead>
                                <tbody>{zeilen}</tbody>
                            </table>
                        </div>
                    </section>
                }
            })
            .collect_view()
    }
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    bezeichnung: String,
    schluessel: String,
    themenfeld: String,
    modell: &'static str,
    hoechste: u8,
    stufe: Option<u8>,
    stufenname: String,
    ohne: &'static str,
    begrenzt: String,
    naechste: String,
    befunde: usize,
}

#[component]
fn Liste() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let themenfeld = RwSignal::new(String::new());
    let modell = RwSignal::new(String::new());
    let stufe = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let zeilen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let plan = &ab.werkzeuge.zielstufenplaner;
            let heute = browser::heute();
            let suche = text.get().trim().to_lowercase();
            plan.leistungen
                .iter()
                .filter(|l| {
                    themenfeld.with(|t| t.is_empty() || l.themenfeld.is_some_and(|f| f.name() == t))
                })
                .filter(|l| modell.with(|m| m.is_empty() || l.modell.name() == m))
                .filter(|l| {
                    suche.is_empty()
                        || l.bezeichnung.to_lowercase().contains(&suche)
                        || l.ozg_id.contains(&suche)
                        || l.leika_id.contains(&suche)
                        || l.lage.to_lowercase().contains(&suche)
                })
                .filter_map(|l| {
                    let s = calc::stand(plan, l);
                    let passt = stufe.with(|w| match w.as_str() {
                        "" => true,
                        "offen" => s.stufe().is_none(),
                        "unter3" => s.stufe().is_some_and(|x| x < calc::ozg_schwelle(l.modell)),
                        zahl => zahl.parse::<u8>().ok() == s.stufe(),
                    });
                    if !passt {
                        return None;
                    }
                    let k = plan.katalog(l.modell);
                    let begrenzt = match &s.gesamt {
                        None => String::new(),
                        Some(Gesamt::Vollstaendig { limitierend, .. }) => {
                            calc::kriterienliste(&k, limitierend)
                        }
                        Some(Gesamt::Unvollstaendig { fehlend }) => format!(
                            "unvollständig, es fehlen: {}",
                            calc::kriterienliste(&k, fehlend)
                        ),
                    };
                    let naechste = plan
                        .zielstufen_von(l.id)
                        .into_iter()
                        .find(|z| {
                            z.status
                                != crate::tools::zielstufenplaner::model::Zielstufenstatus::Erreicht
                        })
                        .map(|z| {
                            format!(
                                "{} → Stufe {}{}",
                                z.bezeichnung,
                                z.ziel_reifegrad,
                                z.zieltermin
                                    .map(|d| format!(" bis {}", d.deutsch()))
                                    .unwrap_or_default()
                            )
                        })
                        .unwrap_or_default();
                    Some(Zeile {
                        id: l.id,
                        bezeichnung: l.bezeichnung.clone(),
                        schluessel: schluessel(l),
                        themenfeld: l
                            .themenfeld
                            .map(|t| t.name().to_owned())
                            .unwrap_or_default(),
                        modell: l.modell.kurz(),
                        hoechste: l.modell.hoechste_stufe(),
                        stufe: s.stufe(),
                        stufenname: s.stufe().map(|x| k.stufenname(x)).unwrap_or_default(),
                        ohne: if s.gesamt.is_some() {
                            "unvollständig"
                        } else {
                            "nicht bewertet"
                        },
                        begrenzt,
                        naechste,
                        befunde: calc::pruefe_plan(plan, l, heute).len(),
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let themen = mit_leerem_wert(
        "alle",
        Themenfeld::ALLE
            .iter()
            .map(|t| (t.name().to_owned(), t.name().to_owned())),
    );
    let modelle = mit_leerem_wert(
        "alle",
        Modell::ALLE
            .iter()
            .map(|m| (m.name().to_owned(), m.name().to_owned())),
    );
    let stufen = mit_leerem_wert(
        "alle",
        [
            (
                "unter3".to_owned(),
                "unter Stufe 3 (nicht OZG-konform)".to_owned(),
            ),
            ("offen".to_owned(), "ohne vollständige Bewertung".to_owned()),
        ]
        .into_iter()
        .chain((0..=7).map(|s| (s.to_string(), format!("Stufe {s}")))),
    );
    view! {
        <h2 class="kern-heading-medium">"Leistungen"</h2>
        <div class="filterleiste">
            <Auswahl id="zsp-filter-themenfeld" beschriftung="Themenfeld" optionen=themen wert=themenfeld bei_eingabe=Callback::new(move |w| themenfeld.set(w))/>
            <Auswahl id="zsp-filter-modell" beschriftung="Reifegradmodell" optionen=modelle wert=modell bei_eingabe=Callback::new(move |w| modell.set(w))/>
            <Auswahl id="zsp-filter-stufe" beschriftung="Ist-Reifegrad" optionen=stufen wert=stufe bei_eingabe=Callback::new(move |w| stufe.set(w))/>
            <Eingabe id="zsp-filter-text" beschriftung="Suche" hinweis="Bezeichnung, OZG-ID, LeiKa-ID oder Lage" wert=text bei_eingabe=Callback::new(move |w| text.set(w))/>
        </div>
        <p class="kern-body" role="status">{move || format!("{} Leistungen angezeigt", zeilen.with(Vec::len))}</p>
        <Tabelle id="zsp-leistungen-titel" titel="Leistungen mit Ist-Reifegrad und nächster Zielstufe">
            <thead>
                <tr>
                    <th scope="col">"Leistung"</th>
                    <th scope="col">"OZG-ID · LeiKa-ID"</th>
                    <th scope="col">"Themenfeld"</th>
                    <th scope="col">"Modell"</th>
                    <th scope="col">"Ist-Reifegrad"</th>
                    <th scope="col">"Begrenzt durch"</th>
                    <th scope="col">"Nächste Zielstufe"</th>
                    <th scope="col">"Befunde"</th>
                </tr>
            </thead>
            <tbody>
                <For each=move || zeilen.get() key=|z| z.clone() let:z>
                    <tr>
                        <th scope="row"><a class="kern-link" href=leistung_href(z.id)>{z.bezeichnung.clone()}</a></th>
                        <td>{z.schluessel.clone()}</td>
                        <td>{z.themenfeld.clone()}</td>
                        <td>{z.modell}</td>
                        <td><Stufenmarke stufe=z.stufe hoechste=z.hoechste name=z.stufenname.clone() ohne=z.ohne/></td>
                        <td class="zsp-breit">{z.begrenzt.clone()}</td>
                        <td class="zsp-breit">{z.naechste.clone()}</td>
                        <td class="zahl">{z.befunde}</td>
                    </tr>
                </For>
            </tbody>
        </Tabelle>
    }
}
