//! Ratings of one person at one date: every competence, grouped by area, with self-rating,
//! optional peer rating and comment, prefilled with what is stored for that date; the last
//! rating before is shown as a hint. Saving files all changed competences as one undoable
//! step; other dates never change (history per date). The privacy notice stands above.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::formular::{
    mit_leerem_wert, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung,
};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::datum::Datum;
use crate::shared::text::Pruefliste;
use crate::shared::text::{anzahl, Feldfehler};
use crate::tools::kompetenzreflexion::calc;
use crate::tools::kompetenzreflexion::model::{
    Einschaetzung, Kompetenzbereich, Kompetenzreflexion,
};

use super::{href, niveau_aus, niveau_text, niveauoptionen, Datenschutzhinweis};

/// One competence as typed.
#[derive(Clone, Debug, PartialEq)]
struct Zeile {
    kompetenz: u32,
    name: String,
    bereich: Kompetenzbereich,
    zuletzt: String,
    selbst: String,
    fremd: String,
    kommentar: String,
}

/// The rows of `person` at `datum`: stored values of that date, the latest before as a hint.
fn zeilen(k: &Kompetenzreflexion, person: u32, datum: Option<Datum>) -> Vec<Zeile> {
    k.kompetenzen_geordnet()
        .into_iter()
        .map(|komp| {
            let dort = datum.and_then(|d| {
                k.einschaetzungen
                    .iter()
                    .find(|e| e.person == person && e.kompetenz == komp.id && e.datum == d)
            });
            let vorher = calc::aktuell(k, person, komp.id);
            Zeile {
                kompetenz: komp.id,
                name: komp.name.clone(),
                bereich: komp.bereich,
                zuletzt: vorher.map_or_else(
                    || "Noch nicht eingeschätzt.".to_owned(),
                    |e| {
                        format!(
                            "Zuletzt am {}: selbst {}, fremd {}.",
                            e.datum.deutsch(),
                            e.selbst.map_or("–", |n| n.name()),
                            e.fremd.map_or("–", |n| n.name())
                        )
                    },
                ),
                selbst: niveau_text(dort.and_then(|e| e.selbst)),
                fremd: niveau_text(dort.and_then(|e| e.fremd)),
                kommentar: dort.map(|e| e.kommentar.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

/// The page.
#[component]
pub fn Einschaetzen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let person = RwSignal::new(String::new());
    let datum = RwSignal::new(browser::heute().deutsch());
    let liste = RwSignal::new(Vec::<Zeile>::new());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let meldung = RwSignal::new(None::<String>);
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let laden = move || {
        let p: Option<u32> = person.get_untracked().parse().ok();
        let d = Datum::aus_deutsch(&datum.get_untracked());
        let neu = match p {
            Some(p) => daten.lies_ungetrackt(|ab| {
                ab.map(|ab| zeilen(&ab.werkzeuge.kompetenzreflexion, p, d))
                    .unwrap_or_default()
            }),
            None => Vec::new(),
        };
        liste.set(neu);
    };
    let personen = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        k.personen
            .iter()
            .map(|p| {
                let rolle = p
                    .rolle
                    .and_then(|r| k.rolle(r))
                    .map_or("ohne Rolle".to_owned(), |r| r.name.clone());
                (p.id.to_string(), format!("{} – {}", p.kennung, rolle))
            })
            .collect::<Vec<_>>()
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let mut probleme = Vec::new();
        let p: Option<u32> = person.get_untracked().parse().ok();
        probleme.wenn(p.is_none(), "person", "Wählen Sie die Person.");
        let d = crate::shared::text::datum_lesen(
            &mut probleme,
            "datum",
            "Datum",
            &datum.get_untracked(),
            true,
        );
        if !probleme.is_empty() {
            fehler_melden(fehler, "kr-e-", probleme);
            return;
        }
        fehler.set(Vec::new());
        let (Some(p), Some(d)) = (p, d) else { return };
        let eintraege: Vec<Einschaetzung> = liste.with_untracked(|l| {
            l.iter()
                .map(|z| Einschaetzung {
                    person: p,
                    kompetenz: z.kompetenz,
                    datum: d,
                    selbst: niveau_aus(&z.selbst),
                    fremd: niveau_aus(&z.fremd),
                    kommentar: z.kommentar.clone(),
                    ..Einschaetzung::default()
                })
                .collect()
        });
        let bewertet = eintraege
            .iter()
            .filter(|e| e.selbst.is_some() || e.fremd.is_some())
            .count();
        daten.aendere(
            &format!("Einschätzung vom {} gespeichert", d.deutsch()),
            |ab| {
                for e in eintraege {
                    ab.werkzeuge.kompetenzreflexion.speichere_einschaetzung(e);
                }
            },
        );
        let text = format!(
            "Einschätzung vom {} gespeichert: {}.",
            d.deutsch(),
            anzahl(bewertet, "Kompetenz", "Kompetenzen")
        );
        daten.ansagen(text.clone());
        meldung.set(Some(text));
        laden();
    };
    let gruppen = move || {
        let l = liste.get();
        Kompetenzbereich::ALLE
            .iter()
            .filter_map(|&b| {
                let ids: Vec<u32> = l.iter().filter(|z| z.bereich == b).map(|z| z.kompetenz).collect();
                (!ids.is_empty()).then(|| {
                    let id = format!("kr-e-bereich-{}", Kompetenzbereich::ALLE.iter().position(|x| *x == b).unwrap_or(0));
                    let bezug = id.clone();
                    view! {
                        <section class="kr-einschaetzung__bereich" aria-labelledby=bezug>
                            <h2 class="kern-heading-medium" id=id>{b.name()}</h2>
                            {ids.into_iter().map(|k| view! { <Kompetenzfelder liste kompetenz=k deaktiviert/> }).collect_view()}
                        </section>
                    }
                })
            })
            .collect_view()
    };
    view! {
        <Datenschutzhinweis/>
        <p class="kern-body">
            "Wählen Sie Person und Datum. Je Kompetenz gibt es die Selbsteinschätzung und optional eine Fremdeinschätzung auf den Niveaus "
            "1 Grundkenntnisse, 2 Anwenden, 3 Gestalten. Einschätzungen anderer Tage bleiben als Verlauf erhalten. Im Workshop geht es schneller im "
            <a class="kern-link" href=href(&["workshops"])>"Workshop-Modus"</a>"."
        </p>
        {move || meldung.get().map(|t| view! { <p class="kern-body kr-meldung">{t}" "<a class="kern-link" href=href(&["heatmap"])>"Zur Heatmap"</a></p> })}
        <Fehlerzusammenfassung id="kr-e-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular kr-einschaetzung" novalidate on:submit=speichern>
            <div class="formular__reihe">
                {move || view! {
                    <Auswahl id="kr-e-person" beschriftung="Person" pflicht=true optionen=mit_leerem_wert("bitte wählen", personen.get())
                        wert=person bei_eingabe=Callback::new(move |w| { person.set(w); laden(); }) fehler=fehler_am(fehler, "kr-e-person") deaktiviert/>
                }}
                <Datumseingabe id="kr-e-datum" beschriftung="Datum" pflicht=true wert=datum
                    bei_eingabe=Callback::new(move |w| { datum.set(w); laden(); }) fehler=fehler_am(fehler, "kr-e-datum") deaktiviert/>
            </div>
            {move || (liste.with(Vec::is_empty) && !person.with(String::is_empty)).then(|| view! {
                <p class="kern-body">"Es ist keine Kompetenz erfasst. "<a class="kern-link" href=href(&["kataloge"])>"Kataloge öffnen"</a></p>
            })}
            {gruppen}
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="kr-e-speichern" deaktiviert>"Einschätzung speichern"</Knopf>
            </div>
        </form>
    }
}

/// The fields of one competence.
#[component]
fn Kompetenzfelder(
    liste: RwSignal<Vec<Zeile>>,
    kompetenz: u32,
    deaktiviert: Signal<bool>,
) -> impl IntoView {
    let feld = move |lesen: fn(&Zeile) -> &String| {
        Signal::derive(move || {
            liste.with(|l| {
                l.iter()
                    .find(|z| z.kompetenz == kompetenz)
                    .map(lesen)
                    .cloned()
                    .unwrap_or_default()
            })
        })
    };
    let setzen = move |schreiben: fn(&mut Zeile, String)| {
        Callback::new(move |w: String| {
            liste.update(|l| {
                if let Some(z) = l.iter_mut().find(|z| z.kompetenz == kompetenz) {
                    schreiben(z, w);
                }
            })
        })
    };
    let (name, zuletzt) = liste.with_untracked(|l| {
        l.iter()
            .find(|z| z.kompetenz == kompetenz)
            .map(|z| (z.name.clone(), z.zuletzt.clone()))
            .unwrap_or_default()
    });
    let id = |teil: &str| format!("kr-e-{kompetenz}-{teil}");
    let optionen = mit_leerem_wert("nicht eingeschätzt", niveauoptionen());
    view! {
        <fieldset class="kern-fieldset kr-einschaetzung__kompetenz">
            <legend class="kern-label">{name}</legend>
            <p class="kern-hint">{zuletzt}</p>
            <div class="formular__reihe">
                <Auswahl id=id("selbst") beschriftung="Selbsteinschätzung" optionen=optionen.clone() wert=feld(|z| &z.selbst) bei_eingabe=setzen(|z, w| z.selbst = w) deaktiviert/>
                <Auswahl id=id("fremd") beschriftung="Fremdeinschätzung" optionen wert=feld(|z| &z.fremd) bei_eingabe=setzen(|z, w| z.fremd = w) deaktiviert/>
                <Eingabe id=id("kommentar") beschriftung="Kommentar" wert=feld(|z| &z.kommentar) bei_eingabe=setzen(|z, w| z.kommentar = w) deaktiviert/>
            </div>
        </fieldset>
    }
}
