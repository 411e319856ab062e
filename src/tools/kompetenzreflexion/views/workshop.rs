//! Workshops: the list with a form for a new one, and a workshop's page with date,
//! participants (shown by code), the agenda phases Einstieg, Reflexion, Gap-Analyse,
//! Maßnahmen with notes, the results and the way into the workshop mode.

use leptos::prelude::*;

use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::formular::{
    Ankreuzfeld, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::datum::Datum;
use crate::shared::text::Feldfehler;
use crate::tools::kompetenzreflexion::model::{Phase, Workshop};

use super::{href, workshop_href};
use crate::shared::sortieren::Sortieren;

/// The list of workshops and the form for a new one.
#[component]
pub fn Workshops() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let liste = daten.ableiten(|ab| {
        let mut l: Vec<Workshop> = ab.werkzeuge.kompetenzreflexion.workshops.clone();
        l.sortiere_nach_schluessel(|w| std::cmp::Reverse(w.datum));
        l
    });
    view! {
        <p class="kern-body">
            "Ein Workshop hat die Phasen Einstieg, Reflexion, Gap-Analyse und Maßnahmen. Im Workshop-Modus zeigt die Leinwand je Kompetenz die Verteilung der Einschätzungen "
            "ohne Namen; die Moderation erfasst dort Selbst- und Fremdeinschätzungen der Teilnehmenden."
        </p>
        {move || if liste.with(Vec::is_empty) {
            view! { <p class="kern-body">"Noch ist kein Workshop angelegt."</p> }.into_any()
        } else {
            view! {
                <Tabelle id="kr-workshops-titel" titel="Workshops, neueste zuerst" spalten=&["Workshop", "Datum", "Teilnehmende", "Phase", "Workshop-Modus"] zahlenspalten=&[2]>
                    <tbody>
                        {liste.get().into_iter().map(|w| view! {
                            <tr>
                                <th scope="row"><a class="kern-link" href=workshop_href(w.id)>{w.titel.clone()}</a></th>
                                <td class="kr-nicht-umbrechen">{w.datum.map(|d| d.deutsch()).unwrap_or_default()}</td>
                                <td class="zahl">{w.teilnehmende.len()}</td>
                                <td>{w.phase.name()}</td>
                                <td><a class="kern-link" href=href(&["modus", &w.id.to_string()])>"Starten"<span class="kern-sr-only">{format!(": {}", w.titel)}</span></a></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <h2 class="kern-heading-medium">"Neuer Workshop"</h2>
        <Workshopformular id=0/>
    }
}

/// The fields of the workshop form as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    w: Workshop,
    datum: String,
}

/// The workshop form: new (`id` 0) or edit.
#[component]
fn Workshopformular(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let anfang = daten
        .lies_ungetrackt(|ab| {
            let k = &ab?.werkzeuge.kompetenzreflexion;
            Some(match k.workshop(id) {
                Some(w) => Entwurf {
                    w: w.clone(),
                    datum: w.datum.map(|d| d.deutsch()).unwrap_or_default(),
                },
                None => Entwurf {
                    w: Workshop {
                        teilnehmende: k.personen.iter().map(|p| p.id).collect(),
                        ..Workshop::default()
                    },
                    datum: crate::app::browser::heute().deutsch(),
                },
            })
        })
        .unwrap_or_default();
    let entwurf = RwSignal::new(anfang);
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let meldung = RwSignal::new(None::<String>);
    let personen = daten.ableiten(|ab| {
        ab.werkzeuge
            .kompetenzreflexion
            .personen
            .iter()
            .map(|p| (p.id, p.kennung.clone()))
            .collect::<Vec<_>>()
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let datum: Option<Datum> =
            crate::shared::text::datum_lesen(&mut probleme, "datum", "Datum", &e.datum, true);
        let mut w = e.w.clone();
        w.titel = w.titel.trim().to_owned();
        w.datum = datum;
        if probleme.is_empty() {
            probleme = daten.lies_ungetrackt(|ab| {
                ab.map(|ab| ab.werkzeuge.kompetenzreflexion.pruefe_workshop(&w))
                    .unwrap_or_default()
            });
        }
        if !probleme.is_empty() {
            fehler_melden(fehler, "kr-w-", probleme);
            return;
        }
        fehler.set(Vec::new());
        let titel = w.titel.clone();
        let mut neue = 0;
        daten.aendere(&format!("Workshop „{titel}“ gespeichert"), |ab| {
            neue = ab.werkzeuge.kompetenzreflexion.speichere_workshop(w);
        });
        daten.ansagen(format!("Workshop „{titel}“ gespeichert."));
        if id == 0 {
            crate::app::browser::setze_hash(&workshop_href(neue));
        } else {
            meldung.set(Some(format!("Workshop „{titel}“ gespeichert.")));
        }
    };
    let text = move |lesen: fn(&Workshop) -> &String| {
        Signal::derive(move || entwurf.with(|e| lesen(&e.w).clone()))
    };
    let setzen = move |schreiben: fn(&mut Workshop, String)| {
        Callback::new(move |v: String| entwurf.update(|e| schreiben(&mut e.w, v)))
    };
    let phasen: Vec<(String, String)> = Phase::ALLE
        .iter()
        .map(|p| (p.name().to_owned(), p.name().to_owned()))
        .collect();
    let p = |n: &str| format!("kr-w-{id}-{n}");
    view! {
        <Fehlerzusammenfassung id=p("fehler") fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <div class="formular__reihe">
                <Eingabe id=p("titel") beschriftung="Titel" pflicht=true wert=text(|w| &w.titel) bei_eingabe=setzen(|w, v| w.titel = v) fehler=fehler_am(fehler, p("titel")) deaktiviert/>
                <Datumseingabe id=p("datum") beschriftung="Datum" pflicht=true wert=Signal::derive(move || entwurf.with(|e| e.datum.clone()))
                    bei_eingabe=Callback::new(move |v| entwurf.update(|e| e.datum = v)) fehler=fehler_am(fehler, p("datum")) deaktiviert/>
                <Auswahl id=p("phase") beschriftung="Aktuelle Phase" optionen=phasen wert=Signal::derive(move || entwurf.with(|e| e.w.phase.name().to_owned()))
                    bei_eingabe=Callback::new(move |v: String| entwurf.update(|e| e.w.phase = Phase::aus_name(&v).unwrap_or_default())) deaktiviert/>
            </div>
            <Feldgruppe titel="Teilnehmende (nach Kennung)">
                {move || {
                    let liste = personen.get();
                    if liste.is_empty() {
                        return view! { <p class="kern-body">"Noch ist niemand im Team. "<a class="kern-link" href=href(&["neu"])>"Person hinzufügen"</a></p> }.into_any();
                    }
                    view! { <div class="kr-teilnehmende">{liste.into_iter().map(|(pid, kennung)| view! {
                        <Ankreuzfeld id=format!("kr-w-{id}-tn-{pid}") beschriftung=kennung deaktiviert
                            wert=Signal::derive(move || entwurf.with(|e| e.w.teilnehmende.contains(&pid)))
                            bei_eingabe=Callback::new(move |an: bool| entwurf.update(|e| {
                                e.w.teilnehmende.retain(|t| *t != pid);
                                if an { e.w.teilnehmende.push(pid); }
                            }))/>
                    }).collect_view()}</div> }.into_any()
                }}
            </Feldgruppe>
            {(id != 0).then(|| view! {
                <Eingabe id=p("einstieg") beschriftung="Einstieg" hinweis=Phase::Einstieg.bedeutung() mehrzeilig=true wert=text(|w| &w.einstieg) bei_eingabe=setzen(|w, v| w.einstieg = v) deaktiviert/>
                <Eingabe id=p("reflexion") beschriftung="Reflexion" hinweis=Phase::Reflexion.bedeutung() mehrzeilig=true wert=text(|w| &w.reflexion) bei_eingabe=setzen(|w, v| w.reflexion = v) deaktiviert/>
                <Eingabe id=p("gap") beschriftung="Gap-Analyse" hinweis=Phase::GapAnalyse.bedeutung() mehrzeilig=true wert=text(|w| &w.gap_analyse) bei_eingabe=setzen(|w, v| w.gap_analyse = v) deaktiviert/>
                <Eingabe id=p("massnahmen") beschriftung="Maßnahmen" hinweis=Phase::Massnahmen.bedeutung() mehrzeilig=true wert=text(|w| &w.massnahmen) bei_eingabe=setzen(|w, v| w.massnahmen = v) deaktiviert/>
                <Eingabe id=p("ergebnisse") beschriftung="Ergebnisse" mehrzeilig=true wert=text(|w| &w.ergebnisse) bei_eingabe=setzen(|w, v| w.ergebnisse = v) deaktiviert/>
            })}
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id=p("speichern") deaktiviert>{if id == 0 { "Workshop anlegen" } else { "Workshop speichern" }}</Knopf>
            </div>
            {move || meldung.get().map(|t| view! { <p class="kern-body kr-meldung">{t}</p> })}
        </form>
    }
}

/// A workshop's page.
#[component]
pub fn Workshopseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let vorhanden =
        daten.ableiten(move |ab| ab.werkzeuge.kompetenzreflexion.workshop(id).is_some());
    let name = daten.ableiten(move |ab| {
        ab.werkzeuge
            .kompetenzreflexion
            .workshop(id)
            .map(|w| format!("Workshop „{}“", w.titel))
            .unwrap_or_default()
    });
    let loeschen = Loeschen {
        name: name.into(),
        folgen: "Der Workshop wird mit seinen Notizen gelöscht. Die Einschätzungen der Personen bleiben erhalten.",
        ausfuehren: Callback::new(move |_| {
            let n = name.get_untracked();
            daten.aendere(&format!("{n} gelöscht"), |ab| ab.werkzeuge.kompetenzreflexion.entferne_workshop(id));
            daten.ansagen(format!("{n} gelöscht."));
        }),
    };
    view! {
        <Datensatzseite vorhanden nicht_vorhanden="Dieser Workshop" zurueck=("Zu den Workshops", href(&["workshops"]))
            abschnitte=vec![("kr-abschnitt-workshop", "Ablauf und Ergebnisse")] loeschen=loeschen>
            <p class="kern-body kr-start-modus">
                <a class="kern-btn kern-btn--primary" href=href(&["modus", &id.to_string()])><span class="kern-label">"Workshop-Modus starten"</span></a>
            </p>
            <section aria-labelledby="kr-abschnitt-workshop">
                <h2 class="kern-heading-medium" id="kr-abschnitt-workshop">"Ablauf und Ergebnisse"</h2>
                <Workshopformular id/>
            </section>
        </Datensatzseite>
    }
}
