//! Dependencies between projects and milestones: the list with kind and strength, a form to
//! add one, and the warnings where a successor is planned to start before its predecessor ends.

use leptos::prelude::*;

use crate::app::components::{Hinweis, HinweisArt};
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{mit_leerem_wert, Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::shared::text::Pruefliste;
use crate::tools::multiprojektplan::calc;
use crate::tools::multiprojektplan::model::{
    Abhaengigkeit, Abhaengigkeitsart, Bezug, Feldfehler, MAX_STAERKE,
};
use crate::tools::multiprojektplan::SLUG;

use crate::app::components::{Knopf, Knopfart};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehlerliste, Verbindungsentwurf};

fn bezug_wert(b: Bezug) -> String {
    match b {
        Bezug::Projekt(id) => format!("p{id}"),
        Bezug::Meilenstein(id) => format!("m{id}"),
    }
}

fn bezug_lesen(text: &str) -> Option<Bezug> {
    let (art, id) = text.split_at_checked(1)?;
    let id = id.parse().ok()?;
    match art {
        "p" => Some(Bezug::Projekt(id)),
        "m" => Some(Bezug::Meilenstein(id)),
        _ => None,
    }
}

/// The dependencies page.
#[component]
pub fn Abhaengigkeiten() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let stand = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else {
                return (Vec::new(), Vec::new());
            };
            let plan = &ab.werkzeuge.multiprojektplan;
            let warnungen = calc::abhaengigkeitswarnungen(plan);
            let zeilen = plan
                .abhaengigkeiten
                .iter()
                .map(|a| {
                    let warnung = warnungen
                        .iter()
                        .find(|w| w.abhaengigkeit == a.id)
                        .map(|w| w.meldung.clone());
                    (
                        a.id,
                        plan.bezeichne(a.von),
                        plan.bezeichne(a.zu),
                        a.art,
                        a.staerke,
                        a.bemerkung.clone(),
                        warnung,
                    )
                })
                .collect::<Vec<_>>();
            let mut ziele = Vec::new();
            for p in &plan.projekte {
                ziele.push((
                    bezug_wert(Bezug::Projekt(p.id)),
                    format!("Projekt {}: {}", p.kennung, p.titel),
                ));
                for m in plan.meilensteine_von(p.id) {
                    ziele.push((
                        bezug_wert(Bezug::Meilenstein(m.id)),
                        format!("Meilenstein {} › {}", p.kennung, m.bezeichnung),
                    ));
                }
            }
            (zeilen, ziele)
        })
    });
    let formular = Formularentwurf::neu(entwurfsschluessel(SLUG, "abhaengigkeit", 0), || {
        Verbindungsentwurf::neu(Abhaengigkeitsart::default().name())
    });
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());

    let hinzufuegen = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let v = bezug_lesen(&e.von);
        let z = bezug_lesen(&e.zu);
        probleme.wenn(v.is_none(), "abh-von", "Wählen Sie den Vorgänger.");
        probleme.wenn(z.is_none(), "abh-zu", "Wählen Sie den Nachfolger.");
        probleme.wenn(
            v.is_some() && v == z,
            "abh-zu",
            "Vorgänger und Nachfolger müssen verschieden sein.",
        );
        let (Some(v), Some(z)) = (v, z) else {
            fehler.set(probleme);
            return;
        };
        if !probleme.is_empty() {
            fehler.set(probleme);
            return;
        }
        let doppelt = daten.lies_ungetrackt(|ab| {
            ab.is_some_and(|ab| {
                ab.werkzeuge
                    .multiprojektplan
                    .abhaengigkeiten
                    .iter()
                    .any(|a| a.von == v && a.zu == z)
            })
        });
        if doppelt {
            fehler.set(vec![Feldfehler::neu(
                "abh-zu",
                "Diese Abhängigkeit ist schon erfasst.",
            )]);
            return;
        }
        fehler.set(Vec::new());
        let neu = Abhaengigkeit {
            id: 0,
            von: v,
            zu: z,
            art: Abhaengigkeitsart::aus_name(&e.art).unwrap_or_default(),
            staerke: e.staerke.parse().unwrap_or(0),
            bemerkung: e.bemerkung.trim().to_owned(),
        };
        daten.aendere("Abhängigkeit hinzugefügt", |ab| {
            ab.werkzeuge.multiprojektplan.verknuepfe(neu);
        });
        daten.ansagen("Abhängigkeit hinzugefügt.".to_owned());
        formular.verwerfen();
    };
    let entfernen = move |id: u32| {
        daten.aendere("Abhängigkeit entfernt", |ab| {
            ab.werkzeuge
                .multiprojektplan
                .abhaengigkeiten
                .retain(|a| a.id != id)
        });
        daten.ansagen("Abhängigkeit entfernt.".to_owned());
    };
    let [(von, von_setzen), (zu, zu_setzen), (art, art_setzen), (staerke, staerke_setzen), (bemerkung, bemerkung_setzen)] =
        Verbindungsentwurf::felder(entwurf);
    let arten = Abhaengigkeitsart::ALLE
        .iter()
        .map(|a| {
            (
                a.name().to_owned(),
                format!("{} – {}", a.name(), a.bedeutung()),
            )
        })
        .collect::<Vec<_>>();
    let staerken = (0..=MAX_STAERKE)
        .map(|s| {
            (
                s.to_string(),
                format!(
                    "{s} – {}",
                    ["keine", "gering", "mittel", "stark"][s as usize]
                ),
            )
        })
        .collect::<Vec<_>>();

    view! {
        <p class="kern-body">
            "Eine Abhängigkeit heißt: Der Nachfolger kann erst beginnen, wenn der Vorgänger fertig ist. "
            "Bei Projekten zählt das Ende (Ist, sonst Prognose, sonst Plan) und der Start (Ist, sonst Plan), bei Meilensteinen ihr Termin."
        </p>
        {move || {
            let konflikte: Vec<String> = stand.with(|(zeilen, _)| zeilen.iter().filter_map(|z| z.6.clone()).collect());
            (!konflikte.is_empty()).then(|| view! {
                <Hinweis art=HinweisArt::Warnung titel=crate::shared::text::anzahl(konflikte.len(), "Terminkonflikt", "Terminkonflikte")>
                    <ul class="kern-body">{konflikte.into_iter().map(|k| view! { <li>{k}</li> }).collect_view()}</ul>
                </Hinweis>
            })
        }}
        {move || {
            let zeilen = stand.with(|s| s.0.clone());
            if zeilen.is_empty() {
                return view! { <p class="kern-body">"Noch keine Abhängigkeiten erfasst."</p> }.into_any();
            }
            view! {
                <div class="kern-table-responsive" tabindex="0" role="region" aria-labelledby="abh-titel">
                    <table class="kern-table kern-table--small tabelle--kompakt">
                        <caption class="kern-title" id="abh-titel">"Abhängigkeiten"</caption>
                        <thead class="kern-table__head"><tr class="kern-table__row">
                            <th class="kern-table__header" scope="col">"Vorgänger"</th>
                            <th class="kern-table__header" scope="col">"Nachfolger"</th>
                            <th class="kern-table__header" scope="col">"Art"</th>
                            <th class="kern-table__header" scope="col">"Stärke"</th>
                            <th class="kern-table__header" scope="col">"Bemerkung"</th>
                            <th class="kern-table__header" scope="col">"Prüfung"</th>
                            <th class="kern-table__header" scope="col">"Aktion"</th>
                        </tr></thead>
                        <tbody class="kern-table__body">
                            {zeilen.into_iter().map(|(id, v, z, art, staerke, bemerkung, warnung)| {
                                let beschreibung = format!("{v} → {z}");
                                view! {
                                    <tr class="kern-table__row">
                                        <td class="kern-table__cell">{v}</td>
                                        <td class="kern-table__cell">{z}</td>
                                        <td class="kern-table__cell">{art.name()}</td>
                                        <td class="kern-table__cell zahl">{staerke}</td>
                                        <td class="kern-table__cell">{bemerkung}</td>
                                        <td class="kern-table__cell">{match warnung {
                                            Some(w) => view! { <span class="ampel ampel--rot">"Konflikt"</span>" "{w} }.into_any(),
                                            None => view! { <span>"in Ordnung"</span> }.into_any(),
                                        }}</td>
                                        <td class="kern-table__cell">
                                            <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Entfernen: {beschreibung}")
                                                disabled=deaktiviert on:click=move |_| entfernen(id)>
                                                <span class="kern-label">"Entfernen"</span>
                                            </button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
        <h2 class="kern-heading-medium" id="abh-formular-titel">"Abhängigkeit hinzufügen"</h2>
        <Fehlerzusammenfassung id="abh-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate aria-labelledby="abh-formular-titel" on:submit=hinzufuegen>
            {move || {
                let ziele = stand.with(|s| s.1.clone());
                let mit_leer = |ziele: &Vec<(String, String)>| mit_leerem_wert("bitte wählen", ziele.iter().cloned());
                view! {
                    <Auswahl id="abh-von" beschriftung="Vorgänger (liefert)" pflicht=true optionen=mit_leer(&ziele)
                        wert=von bei_eingabe=von_setzen fehler=fehler_am(fehler, "abh-von") deaktiviert/>
                    <Auswahl id="abh-zu" beschriftung="Nachfolger (braucht)" pflicht=true optionen=mit_leer(&ziele)
                        wert=zu bei_eingabe=zu_setzen fehler=fehler_am(fehler, "abh-zu") deaktiviert/>
                }
            }}
            <div class="formular__reihe">
                <Auswahl id="abh-art" beschriftung="Art" optionen=arten wert=art bei_eingabe=art_setzen deaktiviert/>
                <Auswahl id="abh-staerke" beschriftung="Stärke" optionen=staerken wert=staerke bei_eingabe=staerke_setzen deaktiviert/>
            </div>
            <Eingabe id="abh-bemerkung" beschriftung="Bemerkung" wert=bemerkung bei_eingabe=bemerkung_setzen deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="abh-hinzufuegen" deaktiviert=deaktiviert>
                    "Abhängigkeit hinzufügen"
                </Knopf>
            </div>
        </form>
    }
}
