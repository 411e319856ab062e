//! The assessment at one Stichtag: every active goal, grouped by Dimension, with Ist- and
//! Ziel-Stufe, evidence, owner and comment, prefilled with its latest assessment (so a second
//! round only changes what changed). Saving files one assessment per rated goal for the
//! Stichtag as one undoable step; assessments of other Stichtage never change.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt};
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{
    feldbindung, mit_leerem_wert, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung,
};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::shared::text::Pruefliste;
use crate::shared::text::{anzahl, datum_lesen, Feldfehler};
use crate::shared::vokabular::Dimension;
use crate::tools::verankerung::calc;
use crate::tools::verankerung::model::{Bewertung, Stufe, Verankerung};
use crate::tools::verankerung::SLUG;

use super::{href, stufenoptionen, BittePruefen};
use crate::app::components::{Knopf, Knopfart};
use crate::shared::sortieren::Sortieren;

/// The fields of one goal as typed.
#[derive(Clone, Debug, PartialEq)]
struct Zielzeile {
    ziel: u32,
    titel: String,
    dimension: Option<Dimension>,
    bitte_pruefen: bool,
    zuletzt: String,
    ist: String,
    soll: String,
    nachweis: String,
    verantwortlich: String,
    kommentar: String,
}

/// The whole form.
#[derive(Clone, Debug, PartialEq)]
struct Entwurf {
    stichtag: String,
    zeilen: Vec<Zielzeile>,
}

fn stufe_text(s: Stufe) -> String {
    s.wert().to_string()
}

impl Entwurf {
    /// The form for a new round: today, every active goal with its latest assessment.
    fn neu(plan: Option<&Verankerung>, heute: crate::shared::datum::Datum) -> Entwurf {
        let zeilen = plan.map_or(Vec::new(), |plan| {
            let mut liste: Vec<Zielzeile> = plan
                .aktive_ziele()
                .map(|z| {
                    let b = calc::stand_am(plan, z.id, None);
                    Zielzeile {
                        ziel: z.id,
                        titel: z.titel.clone(),
                        dimension: z.dimension,
                        bitte_pruefen: z.bitte_pruefen,
                        zuletzt: b.map_or_else(
                            || "Noch nicht bewertet.".to_owned(),
                            |b| {
                                format!(
                                    "Zuletzt am {}: Ist {}, Ziel {}.",
                                    b.stichtag.deutsch(),
                                    b.ist.name(),
                                    b.soll.name()
                                )
                            },
                        ),
                        ist: b.map(|b| stufe_text(b.ist)).unwrap_or_default(),
                        soll: b.map(|b| stufe_text(b.soll)).unwrap_or_default(),
                        nachweis: b.map(|b| b.nachweis.clone()).unwrap_or_default(),
                        verantwortlich: b.map(|b| b.verantwortlich.clone()).unwrap_or_default(),
                        kommentar: String::new(),
                    }
                })
                .collect();
            liste.sortiere_nach_schluessel(|z| {
                z.dimension
                    .and_then(|d| Dimension::ALLE.iter().position(|&x| x == d))
            });
            liste
        });
        Entwurf {
            stichtag: heute.deutsch(),
            zeilen,
        }
    }

    /// The assessments to file, or the problems.
    fn lesen(&self) -> Result<Vec<Bewertung>, Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let stichtag = datum_lesen(&mut fehler, "stichtag", "Stichtag", &self.stichtag, true);
        let stufe = |t: &str| t.parse::<u8>().ok().and_then(Stufe::aus_wert);
        let mut liste = Vec::new();
        for z in &self.zeilen {
            match (stufe(&z.ist), stufe(&z.soll)) {
                (None, None) => {}
                (Some(ist), Some(soll)) => liste.push(Bewertung {
                    id: 0,
                    ziel: z.ziel,
                    stichtag: stichtag.unwrap_or(crate::shared::datum::Datum::aus_tagesnummer(0)),
                    ist,
                    soll,
                    nachweis: z.nachweis.trim().to_owned(),
                    verantwortlich: z.verantwortlich.trim().to_owned(),
                    kommentar: z.kommentar.trim().to_owned(),
                }),
                (None, Some(_)) => fehler.push(Feldfehler::neu(
                    &format!("{}-ist", z.ziel),
                    format!("„{}“: Wählen Sie auch die Ist-Stufe.", z.titel),
                )),
                (Some(_), None) => fehler.push(Feldfehler::neu(
                    &format!("{}-soll", z.ziel),
                    format!("„{}“: Wählen Sie auch die Ziel-Stufe.", z.titel),
                )),
            }
        }
        fehler.wenn(
            liste.is_empty() && fehler.is_empty(),
            "stichtag",
            "Bewerten Sie mindestens ein Ziel (Ist- und Ziel-Stufe).",
        );
        if fehler.is_empty() {
            Ok(liste)
        } else {
            Err(fehler)
        }
    }
}

/// The page.
#[component]
pub fn Bewerten() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(entwurfsschluessel(SLUG, "stichtag", 0), move || {
        daten.lies(|ab| Entwurf::neu(ab.map(|ab| &ab.werkzeuge.verankerung), browser::heute()))
    });
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let meldung = RwSignal::new(None::<String>);
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let schon_bewertet = Signal::derive(move || {
        let tag = entwurf.with(|e| crate::shared::datum::Datum::aus_deutsch(&e.stichtag));
        daten.lies(|ab| {
            let plan = &ab?.werkzeuge.verankerung;
            let tag = tag?;
            let n = plan.bewertungen.iter().filter(|b| b.stichtag == tag).count();
            (n > 0).then(|| format!("Zum Stichtag {} gibt es schon {}. Speichern ersetzt sie für die Ziele, die Sie hier bewerten; ältere Stichtage bleiben unverändert.", tag.deutsch(), anzahl(n, "Bewertung", "Bewertungen")))
        })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let ergebnis = entwurf.with_untracked(Entwurf::lesen);
        let liste = match ergebnis {
            Ok(liste) => liste,
            Err(probleme) => {
                fehler_melden(fehler, "vk-b-", probleme);
                return;
            }
        };
        fehler.set(Vec::new());
        let tag = liste
            .first()
            .map(|b| b.stichtag.deutsch())
            .unwrap_or_default();
        let n = liste.len();
        daten.aendere(&format!("Bewertung zum Stichtag {tag} gespeichert"), |ab| {
            for b in liste {
                ab.werkzeuge.verankerung.speichere_bewertung(b);
            }
        });
        let text = format!(
            "Bewertung zum Stichtag {tag} gespeichert: {}.",
            anzahl(n, "Ziel", "Ziele")
        );
        daten.ansagen(text.clone());
        meldung.set(Some(text));
        formular.verwerfen();
    };
    let (stichtag, stichtag_setzen) = feldbindung!(entwurf.stichtag);
    let gruppen = move || {
        let zeilen = entwurf.with(|e| {
            e.zeilen
                .iter()
                .map(|z| (z.ziel, z.dimension))
                .collect::<Vec<_>>()
        });
        Dimension::ALLE
            .iter()
            .filter_map(|&d| {
                let ziele: Vec<u32> = zeilen.iter().filter(|(_, x)| *x == Some(d)).map(|(z, _)| *z).collect();
                (!ziele.is_empty()).then(|| {
                    let id = format!("vk-b-dimension-{}", d.name().to_lowercase());
                    view! {
                        <section class="vk-bewertung__dimension" aria-labelledby=id.clone()>
                            <h2 class="kern-heading-medium" id=id.clone()>{d.name()}</h2>
                            {ziele.into_iter().map(|ziel| view! { <Zielfelder entwurf ziel fehler deaktiviert/> }).collect_view()}
                        </section>
                    }
                })
            })
            .collect_view()
    };
    view! {
        <p class="kern-body">
            "Bewerten Sie jedes Verankerungsziel auf der Stufenleiter 0 nicht vorhanden, 1 ad hoc, 2 definiert, 3 gelebt, 4 verstetigt. "
            "Die Felder zeigen den letzten Stand; ändern Sie, was sich geändert hat. Ziele ohne Ist- und Ziel-Stufe bleiben für diesen Stichtag unbewertet."
        </p>
        {move || meldung.get().map(|text| view! {
            <Hinweis art=HinweisArt::Erfolg titel=text>
                <p class="kern-body"><a class="kern-link" href=href(&["auswertung"])>"Zur Auswertung mit Radar und Lückenliste"</a></p>
            </Hinweis>
        })}
        <Fehlerzusammenfassung id="vk-b-fehler" fehler=fehlerliste(fehler)/>
        {move || entwurf.with(|e| e.zeilen.is_empty()).then(|| view! {
            <p class="kern-body">"Es gibt kein aktives Verankerungsziel. "<a class="kern-link" href=href(&["vorschlaege"])>"Vorgeschlagene Ziele übernehmen"</a></p>
        })}
        <form class="formular vk-bewertung" novalidate on:submit=speichern>
            <Datumseingabe id="vk-b-stichtag" beschriftung="Stichtag" pflicht=true wert=stichtag bei_eingabe=stichtag_setzen
                fehler=fehler_am(fehler, "vk-b-stichtag") deaktiviert/>
            {move || schon_bewertet.get().map(|t| view! { <p class="kern-hint" role="status">{t}</p> })}
            {gruppen}
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="vk-b-speichern" deaktiviert=deaktiviert>
                    "Bewertung speichern"
                </Knopf>
                {move || formular.geaendert().then(|| view! {
                    <Knopf id="vk-b-verwerfen" bei_klick=move |_| { formular.verwerfen(); fehler.set(Vec::new()); }>
                        "Eingaben verwerfen"
                    </Knopf>
                    <span class="kern-body formular__ungespeichert">"Ungespeicherte Eingaben im Formular"</span>
                })}
            </div>
        </form>
    }
}

/// The fields of one goal: Ist, Ziel, Nachweis; owner and comment behind "Weitere Angaben".
#[component]
fn Zielfelder(
    entwurf: RwSignal<Entwurf>,
    ziel: u32,
    fehler: RwSignal<Vec<Feldfehler>>,
    deaktiviert: Signal<bool>,
) -> impl IntoView {
    let feld = move |lesen: fn(&Zielzeile) -> &String| {
        Signal::derive(move || {
            entwurf.with(|e| {
                e.zeilen
                    .iter()
                    .find(|z| z.ziel == ziel)
                    .map(lesen)
                    .cloned()
                    .unwrap_or_default()
            })
        })
    };
    let setzen = move |schreiben: fn(&mut Zielzeile, String)| {
        Callback::new(move |w: String| {
            entwurf.update(|e| {
                if let Some(z) = e.zeilen.iter_mut().find(|z| z.ziel == ziel) {
                    schreiben(z, w);
                }
            })
        })
    };
    let (titel, pruefen, zuletzt) = entwurf.with_untracked(|e| {
        e.zeilen
            .iter()
            .find(|z| z.ziel == ziel)
            .map(|z| (z.titel.clone(), z.bitte_pruefen, z.zuletzt.clone()))
            .unwrap_or_default()
    });
    let id = |teil: &str| format!("vk-b-{ziel}-{teil}");
    let optionen = mit_leerem_wert("nicht bewertet", stufenoptionen());
    view! {
        <fieldset class="kern-fieldset vk-bewertung__ziel">
            <legend class="kern-label vk-bewertung__titel">{titel}{pruefen.then(|| view! { " " <BittePruefen/> })}</legend>
            <p class="kern-hint">{zuletzt}</p>
            <div class="formular__reihe">
                <Auswahl id=id("ist") beschriftung="Ist-Stufe" pflicht_wenn="Pflicht, wenn Ziel-Stufe gewählt" optionen=optionen.clone() wert=feld(|z| &z.ist) bei_eingabe=setzen(|z, w| z.ist = w)
                    fehler=fehler_am(fehler, id("ist")) deaktiviert/>
                <Auswahl id=id("soll") beschriftung="Ziel-Stufe" pflicht_wenn="Pflicht, wenn Ist-Stufe gewählt" optionen wert=feld(|z| &z.soll) bei_eingabe=setzen(|z, w| z.soll = w)
                    fehler=fehler_am(fehler, id("soll")) deaktiviert/>
                <Eingabe id=id("nachweis") beschriftung="Nachweis" wert=feld(|z| &z.nachweis) bei_eingabe=setzen(|z, w| z.nachweis = w) deaktiviert/>
            </div>
            <details class="vk-bewertung__mehr">
                <summary class="kern-link">"Verantwortlich und Kommentar"</summary>
                <div class="formular__reihe">
                    <Eingabe id=id("verantwortlich") beschriftung="Verantwortlich" wert=feld(|z| &z.verantwortlich) bei_eingabe=setzen(|z, w| z.verantwortlich = w) deaktiviert/>
                    <Eingabe id=id("kommentar") beschriftung="Kommentar" wert=feld(|z| &z.kommentar) bei_eingabe=setzen(|z, w| z.kommentar = w) deaktiviert/>
                </div>
            </details>
        </fieldset>
    }
}
