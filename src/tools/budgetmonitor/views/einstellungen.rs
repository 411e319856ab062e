//! Settings of the Budgetmonitor: the Haushaltsjahr reported on, the Berichtsstichtag, the
//! Ampel tolerances (default 5,0 % grün, 10,0 % gelb) and the catalogue of
//! Finanzierungsquellen (one per line; renaming keeps the assignment). One undoable step.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::formular::{fehler_bei, feldbindung, Eingabe, Fehlerzusammenfassung, Feldgruppe};
use crate::shared::datum::Datum;
use crate::shared::format;
use crate::tools::budgetmonitor::model::{Budgetmonitor, Feldfehler, Finanzierungsquelle};

use super::{zeige_fehler, Fehlerliste};

#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    jahr: String,
    stichtag: String,
    gruen: String,
    gelb: String,
    quellen: String,
}

/// The settings page.
#[component]
pub fn Einstellungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let laden = move || {
        daten
            .lies_ungetrackt(|ab| {
                ab.map(|ab| {
                    let bm = &ab.werkzeuge.budgetmonitor;
                    Entwurf {
                        jahr: bm.haushaltsjahr.map(|j| j.to_string()).unwrap_or_default(),
                        stichtag: bm.stichtag.map(Datum::deutsch).unwrap_or_default(),
                        gruen: format::dezimal(i64::from(bm.toleranz_gruen), 1),
                        gelb: format::dezimal(i64::from(bm.toleranz_gelb), 1),
                        quellen: bm
                            .quellen
                            .iter()
                            .map(|q| q.name.clone())
                            .collect::<Vec<_>>()
                            .join("\n"),
                    }
                })
            })
            .unwrap_or_default()
    };
    let entwurf = RwSignal::new(laden());
    let fehler: Fehlerliste = RwSignal::new(Vec::new());
    let meldung = RwSignal::new(None::<String>);
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let e = entwurf.get_untracked();
        let mut p = Vec::new();
        let jahr = match e.jahr.trim() {
            "" => None,
            t => match t.parse::<i32>() {
                Ok(j) if (1900..=2200).contains(&j) => Some(j),
                _ => {
                    p.push(Feldfehler::neu(
                        "einst-jahr",
                        "Haushaltsjahr: vierstellig, z. B. 2026, oder leer.",
                    ));
                    None
                }
            },
        };
        let stichtag = match e.stichtag.trim() {
            "" => None,
            t => {
                let d = Datum::aus_deutsch(t);
                if d.is_none() {
                    p.push(Feldfehler::neu(
                        "einst-stichtag",
                        "Berichtsstichtag: Bitte als TT.MM.JJJJ eingeben oder leer lassen.",
                    ));
                }
                d
            }
        };
        let toleranz =
            |t: &str, feld: &str, name: &str, p: &mut Vec<Feldfehler>| match format::dezimal_lesen(
                t, 1, "%",
            ) {
                Ok(w) if w >= 0 => w as u32,
                _ => {
                    p.push(Feldfehler::neu(
                        feld,
                        format!("{name}: eine Zahl wie 5,0 (Prozent)."),
                    ));
                    0
                }
            };
        let gruen = toleranz(&e.gruen, "tol-gruen", "Toleranz grün", &mut p);
        let gelb = toleranz(&e.gelb, "tol-gelb", "Toleranz gelb", &mut p);
        if p.is_empty() {
            p.extend(Budgetmonitor::pruefe_toleranzen(gruen, gelb));
        }
        let namen: Vec<String> = e
            .quellen
            .lines()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect();
        let (alt, verwendet) = daten.lies_ungetrackt(|ab| {
            ab.map_or((Vec::new(), Vec::new()), |ab| {
                (
                    ab.werkzeuge.budgetmonitor.quellen.clone(),
                    ab.werkzeuge.budgetmonitor
                        .ansaetze
                        .iter()
                        .filter_map(|a| a.quelle)
                        .collect::<Vec<_>>(),
                )
            })
        });
        // Lines keep the ids of the lines at the same position; new lines get new ids.
        let mut quellen: Vec<Finanzierungsquelle> = Vec::new();
        let mut naechste = alt.iter().map(|q| q.id).max().unwrap_or(0) + 1;
        for (i, name) in namen.iter().enumerate() {
            let id = alt.get(i).map(|q| q.id).unwrap_or_else(|| {
                naechste += 1;
                naechste - 1
            });
            quellen.push(Finanzierungsquelle {
                id,
                name: name.clone(),
            });
        }
        for q in &alt {
            if !quellen.iter().any(|n| n.id == q.id) && verwendet.contains(&q.id) {
                p.push(Feldfehler::neu("einst-quellen", format!("Die Finanzierungsquelle „{}“ ist Ansätzen zugeordnet und kann nicht entfernt werden.", q.name)));
            }
        }
        let fehlerfrei = p.is_empty();
        zeige_fehler(fehler, p);
        if !fehlerfrei {
            return;
        }
        daten.aendere("Einstellungen des Budgetmonitors gespeichert", |ab| {
            let bm = &mut ab.werkzeuge.budgetmonitor;
            bm.haushaltsjahr = jahr;
            bm.stichtag = stichtag;
            bm.toleranz_gruen = gruen;
            bm.toleranz_gelb = gelb;
            bm.quellen = quellen;
        });
        entwurf.set(laden());
        meldung.set(Some("Einstellungen gespeichert.".to_owned()));
    };
    let (jahr, jahr_s) = feldbindung!(entwurf.jahr);
    let (stichtag, stichtag_s) = feldbindung!(entwurf.stichtag);
    let (gruen, gruen_s) = feldbindung!(entwurf.gruen);
    let (gelb, gelb_s) = feldbindung!(entwurf.gelb);
    let (quellen, quellen_s) = feldbindung!(entwurf.quellen);
    view! {
        <form class="formular" novalidate on:submit=speichern>
            <Fehlerzusammenfassung id="einst-fehler" fehler/>
            <Feldgruppe titel="Bericht">
                <Eingabe id="einst-jahr" beschriftung="Haushaltsjahr" hinweis="Leer: das Jahr des Berichtsstichtags" schmal=true wert=jahr bei_eingabe=jahr_s fehler=fehler_bei(fehler, "einst-jahr") deaktiviert/>
                <Eingabe id="einst-stichtag" beschriftung="Berichtsstichtag" hinweis="TT.MM.JJJJ; leer: heute. Es zählen Buchungen bis einschließlich zu diesem Tag." schmal=true wert=stichtag bei_eingabe=stichtag_s fehler=fehler_bei(fehler, "einst-stichtag") deaktiviert/>
            </Feldgruppe>
            <Feldgruppe titel="Ampel der Prognose-Abweichung">
                <Eingabe id="tol-gruen" beschriftung="grün bis (Prozent)" hinweis="Betrag der Abweichung vom verfügbaren Soll, z. B. 5,0" schmal=true wert=gruen bei_eingabe=gruen_s fehler=fehler_bei(fehler, "tol-gruen") deaktiviert/>
                <Eingabe id="tol-gelb" beschriftung="gelb bis (Prozent)" hinweis="darüber rot, z. B. 10,0" schmal=true wert=gelb bei_eingabe=gelb_s fehler=fehler_bei(fehler, "tol-gelb") deaktiviert/>
            </Feldgruppe>
            <Feldgruppe titel="Finanzierungsquellen">
                <Eingabe id="einst-quellen" beschriftung="Finanzierungsquellen, eine je Zeile" mehrzeilig=true wert=quellen bei_eingabe=quellen_s fehler=fehler_bei(fehler, "einst-quellen") deaktiviert/>
            </Feldgruppe>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--primary" id="einst-speichern" disabled=deaktiviert>
                    <span class="kern-label">"Einstellungen speichern"</span>
                </button>
            </div>
            <p class="kern-body meldung-erfolg" role="status">{move || meldung.get()}</p>
        </form>
    }
}
