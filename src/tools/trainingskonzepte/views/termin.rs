//! Termine: the table of a concept's Termine (date, time, module, place, places taken, waiting
//! list, .ics per Termin), the form that adds or changes one, and a Termin's page with its
//! Teilnahmen — registering (beyond the capacity onto the waiting list), status and feedback
//! per person, cancelling (the first waiting person moves up) — and its .ics download.

use leptos::prelude::*;

use crate::app::components::{Aufklappformular, Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{
    feldbindung, mit_leerem_wert, Ankreuzfeld, Auswahl, Datumseingabe, Eingabe,
    Fehlerzusammenfassung,
};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::app::zusammenfassung::{Abschnitt, Angabe, Zusammenfassung};
use crate::shared::text::Pruefliste;
use crate::shared::text::{datum_lesen, Feldfehler};
use crate::tools::trainingskonzepte::calc;
use crate::tools::trainingskonzepte::model::{
    uhrzeit_lesen, uhrzeit_text, Teilnahmestatus, Termin,
};
use crate::tools::trainingskonzepte::SLUG;

use super::{ics_herunterladen, konzept_href, teilnahmeoptionen, termin_href};

/// The Termine of concept `konzept`.
#[component]
pub fn Termintabelle(konzept: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(move |ab| {
        ab.werkzeuge
            .trainingskonzepte
            .konzept(konzept)
            .map_or(Vec::new(), |k| {
                k.termine_sortiert()
                    .into_iter()
                    .map(|t| {
                        let warte = t
                            .teilnahmen
                            .iter()
                            .filter(|x| x.status == Teilnahmestatus::Warteliste)
                            .count();
                        (
                            t.id,
                            format!("{}, {}", calc::wochentag(t.datum), t.datum.deutsch()),
                            calc::zeit_text(t),
                            calc::modultitel(k, t.modul),
                            calc::ort_text(t),
                            calc::plaetze_text(t),
                            warte,
                        )
                    })
                    .collect::<Vec<_>>()
            })
    });
    move || {
        let l = zeilen.get();
        if l.is_empty() {
            return view! { <p class="kern-body">"Noch kein Termin."</p> }.into_any();
        }
        view! {
            <Tabelle id="tk-termine-titel" titel="Termine nach Datum" spalten=&["Datum", "Zeit", "Modul", "Ort", "Plätze belegt", "Warteliste", "Kalender"] zahlenspalten=&[5]>
                <tbody class="kern-table__body">
                    {l.into_iter().map(|(id, datum, zeit, modul, ort, plaetze, warte)| {
                        let name = format!("{modul} am {datum}");
                        view! {
                            <tr class="kern-table__row">
                                <th scope="row" class="kern-table__header tk-kurz"><a class="kern-link" href=termin_href(id)>{datum}</a></th>
                                <td class="kern-table__cell tk-kurz">{zeit}</td>
                                <td class="kern-table__cell">{modul}</td>
                                <td class="kern-table__cell">{ort}</td>
                                <td class="kern-table__cell tk-kurz">{plaetze}</td>
                                <td class="kern-table__cell kern-table__cell--numeric">{warte}</td>
                                <td class="kern-table__cell tk-kurz">
                                    <button type="button" class="kern-btn kern-btn--tertiary" on:click=move |_| ics_herunterladen(daten, konzept, Some(id))>
                                        <span class="kern-label">".ics"</span><span class="kern-sr-only">{format!(" herunterladen: {name}")}</span>
                                    </button>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </Tabelle>
        }.into_any()
    }
}

/// The Termin form as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    modul: String,
    datum: String,
    von: String,
    bis: String,
    online: bool,
    ort: String,
    kapazitaet: String,
}

impl Entwurf {
    fn aus(t: &Termin) -> Entwurf {
        Entwurf {
            modul: t.modul.to_string(),
            datum: t.datum.deutsch(),
            von: t.von.map(uhrzeit_text).unwrap_or_default(),
            bis: t.bis.map(uhrzeit_text).unwrap_or_default(),
            online: t.online,
            ort: t.ort.clone(),
            kapazitaet: t.kapazitaet.map(|k| k.to_string()).unwrap_or_default(),
        }
    }

    fn lesen(&self, id: u32) -> (Option<Termin>, Vec<Feldfehler>) {
        let mut fehler = Vec::new();
        let datum = datum_lesen(&mut fehler, "datum", "Datum", &self.datum, true);
        let zeit = |fehler: &mut Vec<Feldfehler>, feld: &str, name: &str, text: &str| {
            if text.trim().is_empty() {
                return None;
            }
            let z = uhrzeit_lesen(text);
            fehler.wenn(
                z.is_none(),
                feld,
                format!(
                    "{name}: „{}“ ist keine Uhrzeit. Bitte als HH:MM eingeben.",
                    text.trim()
                ),
            );
            z
        };
        let von = zeit(&mut fehler, "von", "Beginn", &self.von);
        let bis = zeit(&mut fehler, "bis", "Ende", &self.bis);
        let kapazitaet = crate::shared::text::zahl_lesen(
            &mut fehler,
            "kapazitaet",
            "Kapazität: eine ganze Zahl ab 1, leer für unbegrenzt.",
            &self.kapazitaet,
            1..=100_000u32,
            false,
        );
        let t = datum.map(|datum| Termin {
            id,
            modul: self.modul.parse().unwrap_or(0),
            datum,
            von,
            bis,
            online: self.online,
            ort: self.ort.trim().to_owned(),
            kapazitaet,
            teilnahmen: Vec::new(),
        });
        (t, fehler)
    }
}

/// The form that adds a Termin to concept `konzept` (`termin: None`) or changes one.
#[component]
pub fn Terminformular(konzept: u32, termin: Option<u32>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let formular = Formularentwurf::neu(
        entwurfsschluessel(
            SLUG,
            if termin.is_some() {
                "termin"
            } else {
                "neuer-termin"
            },
            termin.unwrap_or(konzept),
        ),
        move || {
            daten
                .lies(|ab| {
                    let tk = &ab?.werkzeuge.trainingskonzepte;
                    match termin {
                        Some(t) => tk.termin(t).map(|(_, t)| Entwurf::aus(t)),
                        None => tk.konzept(konzept).map(|k| Entwurf {
                            modul: k
                                .module
                                .first()
                                .map(|m| m.id.to_string())
                                .unwrap_or_default(),
                            ..Entwurf::default()
                        }),
                    }
                })
                .unwrap_or_default()
        },
    );
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let f = move |feld: &str| fehler_am(fehler, format!("tk-t-{feld}"));
    let module = daten.ableiten(move |ab| {
        ab.werkzeuge
            .trainingskonzepte
            .konzept(konzept)
            .map_or(Vec::new(), |k| {
                k.module
                    .iter()
                    .map(|m| (m.id.to_string(), m.titel.clone()))
                    .collect::<Vec<_>>()
            })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (t, mut probleme) = entwurf.get_untracked().lesen(termin.unwrap_or(0));
        if let Some(t) = &t {
            for p in daten.lies_ungetrackt(|ab| {
                ab.map(|ab| ab.werkzeuge.trainingskonzepte.pruefe_termin(konzept, t))
                    .unwrap_or_default()
            }) {
                if !probleme.iter().any(|x| x.feld == p.feld) {
                    probleme.push(p);
                }
            }
        }
        if !fehler_melden(fehler, "tk-t-", probleme) {
            return;
        }
        let Some(t) = t else { return };
        let datum = t.datum.deutsch();
        let wort = if termin.is_some() {
            "geändert"
        } else {
            "angelegt"
        };
        let mut nachgerueckt = Vec::new();
        daten.aendere(&format!("Termin am {datum} {wort}"), |ab| {
            let vorher: Vec<String> =
                ab.werkzeuge
                    .trainingskonzepte
                    .termin(t.id)
                    .map_or(Vec::new(), |(_, alt)| {
                        alt.teilnahmen
                            .iter()
                            .filter(|x| x.status == Teilnahmestatus::Warteliste)
                            .map(|x| x.wer.clone())
                            .collect()
                    });
            if let Some(id) = ab.werkzeuge.trainingskonzepte.speichere_termin(konzept, t) {
                if let Some((_, neu)) = ab.werkzeuge.trainingskonzepte.termin(id) {
                    nachgerueckt = vorher
                        .into_iter()
                        .filter(|w| {
                            neu.teilnahmen
                                .iter()
                                .any(|x| &x.wer == w && x.status == Teilnahmestatus::Angemeldet)
                        })
                        .collect();
                }
            }
        });
        let mut text = format!("Termin am {datum} {wort}.");
        if !nachgerueckt.is_empty() {
            text.push_str(&format!(
                " Von der Warteliste nachgerückt: {}.",
                nachgerueckt.join(", ")
            ));
        }
        daten.ansagen(text);
        if termin.is_some() {
            formular.zuruecksetzen(entwurf.get_untracked());
            super::formular_beenden(fehler);
        } else {
            formular.verwerfen();
            fehler.set(Vec::new());
        }
    };
    let (modul, modul_s) = feldbindung!(entwurf.modul);
    let (datum, datum_s) = feldbindung!(entwurf.datum);
    let (von, von_s) = feldbindung!(entwurf.von);
    let (bis, bis_s) = feldbindung!(entwurf.bis);
    let (ort, ort_s) = feldbindung!(entwurf.ort);
    let (kapazitaet, kapazitaet_s) = feldbindung!(entwurf.kapazitaet);
    let online = Signal::derive(move || entwurf.with(|e| e.online));
    let inhalt = view! {
        <Fehlerzusammenfassung id="tk-t-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            {move || view! {
                <Auswahl id="tk-t-modul" beschriftung="Modul" pflicht=true optionen=mit_leerem_wert("bitte wählen", module.get()) wert=modul bei_eingabe=modul_s fehler=f("modul") deaktiviert/>
            }}
            <Datumseingabe id="tk-t-datum" beschriftung="Datum" pflicht=true wert=datum bei_eingabe=datum_s fehler=f("datum") deaktiviert/>
            <div class="formular__reihe">
                <Eingabe id="tk-t-von" beschriftung="Beginn" schmal=true hinweis="HH:MM; leer: ganztägig" wert=von bei_eingabe=von_s fehler=f("von") deaktiviert/>
                <Eingabe id="tk-t-bis" beschriftung="Ende" schmal=true hinweis="HH:MM" wert=bis bei_eingabe=bis_s fehler=f("bis") deaktiviert/>
            </div>
            <Ankreuzfeld id="tk-t-online" beschriftung="Online" wert=online bei_eingabe=Callback::new(move |w| entwurf.update(|e| e.online = w)) deaktiviert/>
            <Eingabe id="tk-t-ort" beschriftung="Ort oder Online-Raum" wert=ort bei_eingabe=ort_s fehler=f("ort") deaktiviert/>
            <Eingabe id="tk-t-kapazitaet" beschriftung="Kapazität (Plätze)" schmal=true hinweis="Leer: unbegrenzt. Weitere Anmeldungen kommen auf die Warteliste." wert=kapazitaet bei_eingabe=kapazitaet_s fehler=f("kapazitaet") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="tk-t-speichern" deaktiviert>{if termin.is_some() { "Termin speichern" } else { "Termin anlegen" }}</Knopf>
                {termin.is_some().then(|| view! { <Knopf bei_klick=move |_| { formular.verwerfen(); super::formular_beenden(fehler); }>"Abbrechen"</Knopf> })}
            </div>
        </form>
    };
    if termin.is_some() {
        inhalt.into_any()
    } else {
        view! {
            <Aufklappformular id="tk-termin-formular-titel" offen=Signal::derive(move || formular.geaendert()) titel=Signal::derive(|| "Termin hinzufügen".to_owned())>
                {inhalt}
            </Aufklappformular>
        }.into_any()
    }
}

/// Options of the feedback score.
fn feedbackoptionen() -> Vec<(String, String)> {
    mit_leerem_wert(
        "keine Angabe",
        (1..=5).map(|i| {
            let text = match i {
                1 => "1 schlecht".to_owned(),
                5 => "5 sehr gut".to_owned(),
                i => i.to_string(),
            };
            (i.to_string(), text)
        }),
    )
}

/// A Termin's page.
#[component]
pub fn Terminseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = daten.ableiten(move |ab| {
        ab.werkzeuge.trainingskonzepte.termin(id).map(|(k, t)| {
            (
                k.id,
                k.titel.clone(),
                calc::modultitel(k, t.modul),
                t.clone(),
            )
        })
    });
    let vorhanden = Signal::derive(move || stand.with(Option::is_some));
    let konzept = stand.get_untracked().map_or(0, |s| s.0);
    let name = Signal::derive(move || {
        stand.with(|s| {
            s.as_ref().map_or("Termin".to_owned(), |s| {
                format!("Termin am {}", s.3.datum.deutsch())
            })
        })
    });
    let loeschen = Some(Loeschen {
        name,
        folgen: "Der Termin wird mit allen Anmeldungen und Rückmeldungen gelöscht.",
        ausfuehren: Callback::new(move |_| {
            let n = name.get_untracked();
            daten.aendere(&format!("{n} gelöscht"), |ab| {
                ab.werkzeuge.trainingskonzepte.entferne_termin(id)
            });
            daten.ansagen(format!("{n} gelöscht."));
        }),
    });
    let bearbeitbar = Signal::derive(move || daten.bearbeitbar());
    view! {
        <Datensatzseite vorhanden nicht_vorhanden="Dieser Termin" zurueck=("Zum Trainingskonzept", konzept_href(konzept))
            abschnitte=vec![("tk-abschnitt-termin", "Termin"), ("tk-abschnitt-teilnahmen", "Teilnahmen")]
            nostrip:loeschen=loeschen>
            <Abschnitt id="tk-abschnitt-termin" titel="Termin" bearbeitbar
                anzeige=ViewFn::from(move || stand.get().map(|(_, titel, modul, t)| {
                    let datum = format!("{}, {}", calc::wochentag(t.datum), t.datum.deutsch());
                    let zeit = calc::zeit_text(&t);
                    let ort = calc::ort_text(&t);
                    let plaetze = calc::plaetze_text(&t);
                    let feedback = crate::tools::kompetenzreflexion::calc::zehntel_text(calc::feedback_mittel([&t]));
                    view! {
                    <Zusammenfassung>
                        <Angabe bezeichnung="Trainingskonzept"><a class="kern-link" href=konzept_href(konzept)>{titel}</a></Angabe>
                        <Angabe bezeichnung="Modul">{modul}</Angabe>
                        <Angabe bezeichnung="Datum">{datum}</Angabe>
                        <Angabe bezeichnung="Zeit">{zeit}</Angabe>
                        <Angabe bezeichnung="Ort">{ort}</Angabe>
                        <Angabe bezeichnung="Plätze belegt"><span id="tk-plaetze">{plaetze}</span></Angabe>
                        <Angabe bezeichnung="Feedback (Mittel, 1–5)">{feedback}</Angabe>
                    </Zusammenfassung>
                    <div class="knopfleiste">
                        <Knopf id="tk-ics-termin" bei_klick=move |_| ics_herunterladen(daten, konzept, Some(id))>"Termin als Kalenderdatei (.ics)"</Knopf>
                    </div>
                    }
                }))
                formular=ViewFn::from(move || view! { <Terminformular konzept termin=Some(id)/> })/>
            <Abschnitt id="tk-abschnitt-teilnahmen" titel="Teilnahmen" anzeige=ViewFn::from(move || view! { <Teilnahmen termin=id/> })/>
        </Datensatzseite>
    }
}

/// The Teilnahmen of a Termin: table with status and feedback per person, and registering.
#[component]
fn Teilnahmen(termin: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let liste = daten.ableiten(move |ab| {
        ab.werkzeuge
            .trainingskonzepte
            .termin(termin)
            .map_or(Vec::new(), |(_, t)| t.teilnahmen.clone())
    });
    let wer = RwSignal::new(String::new());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let melden = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let w = wer.get_untracked().trim().to_owned();
        if w.is_empty() {
            fehler_melden(
                fehler,
                "tk-tn-",
                vec![Feldfehler::neu("wer", "Geben Sie Person oder Rolle ein.")],
            );
            return;
        }
        fehler.set(Vec::new());
        let mut status = None;
        daten.aendere(&format!("„{w}“ angemeldet"), |ab| {
            status = ab
                .werkzeuge
                .trainingskonzepte
                .melde_an(termin, &w)
                .map(|x| x.1);
        });
        daten.ansagen(match status {
            Some(Teilnahmestatus::Warteliste) => {
                format!("Der Termin ist voll: „{w}“ steht auf der Warteliste.")
            }
            _ => format!("„{w}“ angemeldet."),
        });
        wer.set(String::new());
    };
    let setzen = move |x: u32, name: String, status: Teilnahmestatus, feedback: Option<u8>| {
        let mut nach = Vec::new();
        daten.aendere(&format!("Teilnahme „{name}“: {}", status.name()), |ab| {
            nach = ab
                .werkzeuge
                .trainingskonzepte
                .setze_teilnahme(termin, x, status, feedback);
        });
        let mut text = format!("„{name}“: {}.", status.name());
        if !nach.is_empty() {
            text.push_str(&format!(
                " Von der Warteliste nachgerückt: {}.",
                nach.join(", ")
            ));
        }
        daten.ansagen(text);
    };

    view! {
        <p class="kern-body">"Person oder Rolle je Anmeldung, z. B. die Kennung „TN 3“ aus der Kompetenzreflexion. Ist der Termin voll, kommt eine Anmeldung auf die Warteliste; sagt jemand ab, rückt die erste Person der Warteliste nach."</p>
        {move || {
            let l = liste.get();
            if l.is_empty() {
                return view! { <p class="kern-body">"Noch keine Anmeldung."</p> }.into_any();
            }
            view! {
                <h3 class="kern-heading-small" id="tk-teilnahmen-titel">{format!("{} in Reihenfolge der Anmeldung", crate::shared::text::anzahl(l.len(), "Anmeldung", "Anmeldungen"))}</h3>
                <ol class="tk-liste tk-teilnahmen" aria-labelledby="tk-teilnahmen-titel">
                    {l.into_iter().map(|x| {
                        let xid = x.id;
                        let name = x.wer.clone();
                        let n1 = name.clone();
                        let n2 = name.clone();
                        let n3 = name.clone();
                        let status = Signal::derive(move || x.status.name().to_owned());
                        let feedback = Signal::derive(move || x.feedback.map(|f| f.to_string()).unwrap_or_default());
                        let fb = x.feedback;
                        let st = x.status;
                        view! {
                            <li class="tk-teilnahme">
                                <strong class="tk-teilnahme__wer">{x.wer.clone()}</strong>
                                <div class="formular__reihe">
                                    <Auswahl id=format!("tk-tn-status-{xid}") beschriftung=format!("Status von {n1}") optionen=teilnahmeoptionen() wert=status deaktiviert
                                        bei_eingabe=Callback::new(move |w: String| {
                                            if let Some(s) = Teilnahmestatus::aus_name(&w) { setzen(xid, n2.clone(), s, fb); }
                                        })/>
                                    <Auswahl id=format!("tk-tn-feedback-{xid}") beschriftung=format!("Feedback von {n3}") optionen=feedbackoptionen() wert=feedback deaktiviert
                                        bei_eingabe=Callback::new(move |w: String| setzen(xid, name.clone(), st, w.parse().ok()))/>
                                </div>
                                <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert on:click=move |_| {
                                    let mut nach = Vec::new();
                                    daten.aendere("Anmeldung entfernt", |ab| { nach = ab.werkzeuge.trainingskonzepte.entferne_teilnahme(termin, xid); });
                                    daten.ansagen(if nach.is_empty() { "Anmeldung entfernt.".to_owned() } else { format!("Anmeldung entfernt. Von der Warteliste nachgerückt: {}.", nach.join(", ")) });
                                }><span class="kern-label">"Anmeldung entfernen"</span><span class="kern-sr-only">{format!(": {}", x.wer)}</span></button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
        <h3 class="kern-heading-small">"Anmelden"</h3>
        <Fehlerzusammenfassung id="tk-tn-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=melden>
            <Eingabe id="tk-tn-wer" beschriftung="Person oder Rolle" pflicht=true wert=wer bei_eingabe=Callback::new(move |w| wer.set(w)) fehler=fehler_am(fehler, "tk-tn-wer") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="tk-tn-anmelden" deaktiviert>"Anmelden"</Knopf>
            </div>
        </form>
        <p class="kern-body"><a class="kern-link" href=super::href(&["kalender"])>"Zum Terminkalender"</a></p>
    }
}
