//! The workshop mode, for projecting on a screen: one competence at a time in large type,
//! the group's distribution of self- and peer ratings as bars with counts and patterns
//! (never names), "Vorige"/"Nächste Kompetenz" by button or the keys ← and →. Below, for the
//! moderation, the participants by code with their self- and peer rating of this competence,
//! saved on change under the workshop's date (one undoable step each).

use leptos::prelude::*;

use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Auswahl};
use crate::shared::datum::Datum;
use crate::tools::kompetenzreflexion::calc;
use crate::tools::kompetenzreflexion::model::{Einschaetzung, Niveau};

use super::{href, niveau_aus, niveau_text, niveauoptionen, workshop_href};

/// What the page needs of the workshop.
#[derive(Clone, Debug, PartialEq)]
struct Stand {
    datum: Option<Datum>,
    teilnehmende: Vec<(u32, String)>,
    kompetenzen: Vec<(u32, String, &'static str, String)>,
}

/// The page.
#[component]
pub fn Modus(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = daten.ableiten(move |ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        let w = k.workshop(id)?;
        Some(Stand {
            datum: w.datum,
            teilnehmende: w
                .teilnehmende
                .iter()
                .filter_map(|t| k.person(*t))
                .map(|p| (p.id, p.kennung.clone()))
                .collect(),
            kompetenzen: k
                .kompetenzen_geordnet()
                .into_iter()
                .map(|x| {
                    (
                        x.id,
                        x.name.clone(),
                        x.bereich.name(),
                        x.beschreibung.clone(),
                    )
                })
                .collect(),
        })
    });
    let nr = RwSignal::new(0_usize);
    let anzahl = move || stand.with(|s| s.as_ref().map_or(0, |s| s.kompetenzen.len()));
    let wechseln = move |schritt: isize| {
        let n = anzahl();
        if n > 0 {
            nr.update(|i| *i = (*i as isize + schritt).rem_euclid(n as isize) as usize);
        }
    };
    let aktuelle = move || {
        stand.with(|s| {
            s.as_ref().and_then(|s| {
                s.kompetenzen
                    .get(nr.get().min(s.kompetenzen.len().saturating_sub(1)))
                    .cloned()
            })
        })
    };
    move || {
        let Some(s) = stand.get() else {
            return view! { <p class="kern-body">"Diesen Workshop gibt es im geöffneten Arbeitsbereich nicht (mehr). "<a class="kern-link" href=href(&["workshops"])>"Zu den Workshops"</a></p> }.into_any();
        };
        let Some(datum) = s.datum else {
            return view! { <p class="kern-body">"Der Workshop hat kein Datum. "<a class="kern-link" href=workshop_href(id)>"Datum eintragen"</a></p> }.into_any();
        };
        if s.kompetenzen.is_empty() {
            return view! { <p class="kern-body">"Es ist keine Kompetenz erfasst. "<a class="kern-link" href=href(&["kataloge"])>"Kataloge öffnen"</a></p> }.into_any();
        }
        let teilnehmende = s.teilnehmende.clone();
        view! {
            <div class="kr-modus" on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                let ziel_ist_feld = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                    .is_some_and(|e| matches!(e.tag_name().as_str(), "SELECT" | "INPUT" | "TEXTAREA"));
                if ziel_ist_feld { return; }
                match ev.key().as_str() {
                    "ArrowRight" => { ev.prevent_default(); wechseln(1); }
                    "ArrowLeft" => { ev.prevent_default(); wechseln(-1); }
                    _ => {}
                }
            }>
                <p class="kern-body">
                    {format!("Workshop vom {} · {} Teilnehmende · Namen werden hier nie gezeigt. ", datum.deutsch(), teilnehmende.len())}
                    <a class="kern-link" href=workshop_href(id)>"Zurück zum Workshop"</a>
                </p>
                <div class="knopfleiste kr-modus__steuerung">
                    <Knopf id="kr-m-vorige" bei_klick=move |_| wechseln(-1)>"← Vorige Kompetenz"</Knopf>
                    <span class="kern-body kr-modus__position" aria-live="polite">{move || format!("Kompetenz {} von {}", nr.get() + 1, anzahl())}</span>
                    <Knopf art=Knopfart::Primaer id="kr-m-naechste" bei_klick=move |_| wechseln(1)>"Nächste Kompetenz →"</Knopf>
                </div>
                {move || aktuelle().map(|(kid, name, bereich, beschreibung)| {
                    let tn: Vec<u32> = teilnehmende.iter().map(|(p, _)| *p).collect();
                    view! {
                        <section class="kr-modus__buehne" aria-labelledby="kr-m-kompetenz">
                            <p class="kr-modus__bereich">{bereich}</p>
                            <h2 class="kr-modus__kompetenz" id="kr-m-kompetenz" tabindex="-1">{name}</h2>
                            <p class="kr-modus__beschreibung">{beschreibung}</p>
                            <Verteilung kompetenz=kid teilnehmende=tn/>
                        </section>
                        <Erfassung kompetenz=kid datum teilnehmende=teilnehmende.clone()/>
                    }
                })}
            </div>
        }.into_any()
    }
}

/// The distribution of self- and peer ratings: counts, bars with a pattern per level.
#[component]
fn Verteilung(kompetenz: u32, teilnehmende: Vec<u32>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zahlen = daten.ableiten(move |ab| {
        calc::verteilung(&ab.werkzeuge.kompetenzreflexion, kompetenz, &teilnehmende)
    });
    let reihe = move |titel: &'static str, werte: [usize; 4]| {
        let gesamt = werte.iter().sum::<usize>().max(1);
        let stufen = Niveau::ALLE
            .iter()
            .map(|n| {
                (
                    n.name().to_owned(),
                    format!("kr-balken kr-balken--{}", n.wert()),
                )
            })
            .chain(std::iter::once((
                "nicht eingeschätzt".to_owned(),
                "kr-balken kr-balken--ohne".to_owned(),
            )));
        view! {
            <div class="kr-verteilung">
                <h3 class="kr-verteilung__titel">{titel}</h3>
                <ul class="kr-verteilung__liste">
                    {stufen.zip(werte).map(|((name, klasse), n)| {
                        let breite = format!("kr-balken__fuellung kr-breite-{}", (n * 10 + gesamt / 2) / gesamt);
                        view! {
                            <li class="kr-verteilung__zeile">
                                <span class="kr-verteilung__name">{name}</span>
                                <span class=klasse aria-hidden="true"><span class=breite></span></span>
                                <span class="kr-verteilung__zahl">{n}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        }
    };
    move || {
        let (selbst, fremd) = zahlen.get();
        view! {
            <div class="kr-verteilungen">
                {reihe("Selbsteinschätzung", selbst)}
                {reihe("Fremdeinschätzung", fremd)}
            </div>
        }
    }
}

/// The moderation's entry: per participant (by code) self and peer rating of this competence.
#[component]
fn Erfassung(kompetenz: u32, datum: Datum, teilnehmende: Vec<(u32, String)>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let optionen = mit_leerem_wert("–", niveauoptionen());
    let zeilen = teilnehmende.into_iter().map(|(person, kennung)| {
        let wert = move |fremd: bool| Signal::derive(move || daten.lies(|ab| {
            let e = ab.and_then(|ab| ab.werkzeuge.kompetenzreflexion.einschaetzungen.iter().find(|e| e.person == person && e.kompetenz == kompetenz && e.datum == datum));
            niveau_text(e.and_then(|e| if fremd { e.fremd } else { e.selbst }))
        }));
        let setzen = move |fremd: bool| Callback::new(move |w: String| {
            daten.aendere("Einschätzung im Workshop erfasst", |ab| {
                let k = &mut ab.werkzeuge.kompetenzreflexion;
                let mut e = k.einschaetzungen.iter().find(|e| e.person == person && e.kompetenz == kompetenz && e.datum == datum).cloned()
                    .unwrap_or(Einschaetzung { person, kompetenz, datum, ..Einschaetzung::default() });
                if fremd { e.fremd = niveau_aus(&w) } else { e.selbst = niveau_aus(&w) }
                k.speichere_einschaetzung(e);
            });
        });
        view! {
            <fieldset class="kern-fieldset kr-erfassung__person">
                <legend class="kern-label">{kennung.clone()}</legend>
                <div class="formular__reihe">
                    <Auswahl id=format!("kr-m-{person}-selbst") beschriftung=format!("Selbst {kennung}") optionen=optionen.clone() filter=true wert=wert(false) bei_eingabe=setzen(false) deaktiviert/>
                    <Auswahl id=format!("kr-m-{person}-fremd") beschriftung=format!("Fremd {kennung}") optionen=optionen.clone() filter=true wert=wert(true) bei_eingabe=setzen(true) deaktiviert/>
                </div>
            </fieldset>
        }
    }).collect_view();
    view! {
        <details class="kr-erfassung" open>
            <summary class="kern-link">"Einschätzungen erfassen (Moderation)"</summary>
            <p class="kern-hint">{format!("Gespeichert unter dem Datum des Workshops, {}. Jede Auswahl ist sofort gespeichert.", datum.deutsch())}</p>
            <div class="formular kr-erfassung__liste">{zeilen}</div>
        </details>
    }
}
