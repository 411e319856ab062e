//! The Soll-Profile: for one role at a time, every competence with its required level
//! (none, 1–3, each optionally critical), saved on change; below, the whole matrix
//! Kompetenz × Rolle to read (level as number, "!" and the word "kritisch" for critical).

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Auswahl};
use crate::tools::kompetenzreflexion::model::Niveau;

use super::href;

/// Select value of a cell: "2", "2!" (critical) or "" (none).
fn wert(s: Option<(Niveau, bool)>) -> String {
    match s {
        Some((n, true)) => format!("{}!", n.wert()),
        Some((n, false)) => n.wert().to_string(),
        None => String::new(),
    }
}

fn aus_wert(text: &str) -> Option<(Niveau, bool)> {
    let kritisch = text.ends_with('!');
    let n = text
        .trim_end_matches('!')
        .parse::<u8>()
        .ok()
        .and_then(Niveau::aus_wert)?;
    Some((n, kritisch))
}

fn optionen() -> Vec<(String, String)> {
    let mut liste = Vec::new();
    for n in Niveau::ALLE {
        liste.push((wert(Some((*n, false))), n.name().to_owned()));
    }
    for n in Niveau::ALLE {
        liste.push((wert(Some((*n, true))), format!("{}, kritisch", n.name())));
    }
    mit_leerem_wert("kein Soll", liste)
}

/// The page.
#[component]
pub fn SollProfile() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let rollen = daten.ableiten(|ab| {
        ab.werkzeuge
            .kompetenzreflexion
            .rollen
            .iter()
            .map(|r| (r.id.to_string(), r.name.clone()))
            .collect::<Vec<_>>()
    });
    let rolle = RwSignal::new(
        rollen.with_untracked(|r| r.first().map(|(id, _)| id.clone()).unwrap_or_default()),
    );
    let kompetenzen = daten.ableiten(|ab| {
        ab.werkzeuge
            .kompetenzreflexion
            .kompetenzen_geordnet()
            .into_iter()
            .map(|k| (k.id, k.name.clone(), k.bereich.name()))
            .collect::<Vec<_>>()
    });
    let felder = move || {
        let Ok(r) = rolle.get().parse::<u32>() else {
            return view! { <p class="kern-body">"Wählen Sie eine Rolle."</p> }.into_any();
        };
        kompetenzen.get().into_iter().map(|(k, name, bereich)| {
            let aktuell = Signal::derive(move || daten.lies(|ab| {
                wert(ab.and_then(|ab| ab.werkzeuge.kompetenzreflexion.sollwert(r, k)).map(|s| (s.niveau, s.kritisch)))
            }));
            view! {
                <Auswahl id=format!("kr-s-{k}") beschriftung=name filter=true hinweis=bereich.to_owned() optionen=optionen() wert=aktuell deaktiviert
                    bei_eingabe=Callback::new(move |w: String| {
                        daten.aendere("Soll-Profil geändert", |ab| ab.werkzeuge.kompetenzreflexion.setze_soll(r, k, aus_wert(&w)));
                    })/>
            }
        }).collect_view().into_any()
    };
    view! {
        <p class="kern-body">
            "Das Soll-Profil sagt, welches Niveau eine Rolle in jeder Kompetenz braucht. Eine für die Rolle kritische Kompetenz "
            "macht schon eine Lücke von 1 zur prioritären Lücke. Die Vorgabewerte sind unsere Rekonstruktion (bitte prüfen). Rollen und Kompetenzen pflegen Sie unter "
            <a class="kern-link" href=href(&["kataloge"])>"Kataloge"</a>"."
        </p>
        {move || view! {
            <Auswahl id="kr-s-rolle" beschriftung="Rolle" filter=true optionen=mit_leerem_wert("bitte wählen", rollen.get()) wert=rolle
                bei_eingabe=Callback::new(move |w| rolle.set(w))/>
        }}
        <div class="kr-soll-felder">{felder}</div>
        <h2 class="kern-heading-medium">"Alle Soll-Profile"</h2>
        <Matrix/>
    }
}

/// The whole matrix Kompetenz × Rolle, to read.
#[component]
fn Matrix() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let matrix = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        let rollen: Vec<String> = k.rollen.iter().map(|r| r.name.clone()).collect();
        let zeilen: Vec<(String, Vec<String>)> = k
            .kompetenzen_geordnet()
            .into_iter()
            .map(|x| {
                let zellen = k
                    .rollen
                    .iter()
                    .map(|r| match k.sollwert(r.id, x.id) {
                        Some(s) if s.kritisch => format!("{}! kritisch", s.niveau.wert()),
                        Some(s) => s.niveau.wert().to_string(),
                        None => "–".to_owned(),
                    })
                    .collect();
                (x.name.clone(), zellen)
            })
            .collect();
        (rollen, zeilen)
    });
    move || {
        let (rollen, zeilen) = matrix.get();
        if rollen.is_empty() || zeilen.is_empty() {
            return view! { <p class="kern-body">"Es gibt noch keine Rollen oder Kompetenzen."</p> }.into_any();
        }
        view! {
            <Tabelle id="kr-matrix-titel" titel="Soll-Niveau je Kompetenz und Rolle (! = kritisch)">
                <thead><tr>
                    <th scope="col">"Kompetenz"</th>
                    {rollen.into_iter().map(|r| view! { <th scope="col" class="kr-matrix__rolle">{r}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {zeilen.into_iter().map(|(name, zellen)| view! {
                        <tr>
                            <th scope="row">{name}</th>
                            {zellen.into_iter().map(|z| view! { <td class="zahl kr-nicht-umbrechen">{z}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </Tabelle>
        }.into_any()
    }
}
