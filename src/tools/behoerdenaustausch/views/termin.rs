//! A Termin: the page "Neuer Termin" and the Termin's record page — its details as a summary,
//! then the sections Teilnahmen (which Behörde with which person or role), Ergebnisse (Lessons
//! Learned, Good Practice, offene Fragen with tags) and Follow-ups, each edited on its own.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{
    feldbindung, mit_leerem_wert, Ankreuzfeld, Auswahl, Datumseingabe, Eingabe,
    Fehlerzusammenfassung,
};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::app::zusammenfassung::{oder_strich, Abschnitt, Angabe, Zusammenfassung};
use crate::shared::datum::Datum;
use crate::shared::text::{datum_lesen, Feldfehler};
use crate::shared::vokabular::Handlungsfeld;
use crate::tools::behoerdenaustausch::calc;
use crate::tools::behoerdenaustausch::model::{
    schlagworte_lesen, Ergebnis, Ergebnisart, Folgeaufgabe, Folgestatus, Teilnahme, Termin,
};
use crate::tools::behoerdenaustausch::SLUG;

use super::{behoerdenoptionen, formular_beenden, href, namensoptionen, termin_href};
use crate::shared::sortieren::Sortieren;

#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    format: String,
    datum: String,
    uhrzeit: String,
    online: bool,
    ort: String,
    thema: String,
    handlungsfeld: String,
}

impl Entwurf {
    fn aus(t: &Termin) -> Entwurf {
        Entwurf {
            format: t.format.map(|f| f.to_string()).unwrap_or_default(),
            datum: t.datum.map(Datum::deutsch).unwrap_or_default(),
            uhrzeit: t.uhrzeit.clone(),
            online: t.online,
            ort: t.ort.clone(),
            thema: t.thema.clone(),
            handlungsfeld: t
                .handlungsfeld
                .map(|h| h.name().to_owned())
                .unwrap_or_default(),
        }
    }
}

/// The page "Neuer Termin".
#[component]
pub fn NeuerTermin() -> impl IntoView {
    view! {
        <p class="kern-body">"Erfassen Sie Datum, Ort und Thema. Teilnehmende Behörden, Ergebnisse und Follow-ups tragen Sie danach auf der Seite des Termins ein."</p>
        <Terminformular id=None/>
    }
}

/// The form of a Termin's details; `id: None` creates one.
#[component]
fn Terminformular(id: Option<u32>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(
        entwurfsschluessel(SLUG, "termin", id.unwrap_or(0)),
        move || {
            daten.lies(|ab| {
                ab.and_then(|ab| ab.werkzeuge.behoerdenaustausch.termin(id?))
                    .map(Entwurf::aus)
                    .unwrap_or_default()
            })
        },
    );
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("ba-t-{feld}"));
    let formate = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or(Vec::new(), |ab| {
                ab.werkzeuge
                    .behoerdenaustausch
                    .formate
                    .iter()
                    .map(|f| (f.id.to_string(), format!("{} ({})", f.titel, f.typ.name())))
                    .collect::<Vec<_>>()
            })
        })
    });
    let beenden = move || {
        formular.verwerfen();
        formular_beenden(fehler);
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let datum = datum_lesen(&mut probleme, "datum", "Datum", &e.datum, true);
        let t = Termin {
            id: id.unwrap_or(0),
            format: e.format.parse().ok(),
            datum,
            uhrzeit: e.uhrzeit.trim().to_owned(),
            online: e.online,
            ort: if e.online {
                String::new()
            } else {
                e.ort.trim().to_owned()
            },
            thema: e.thema.trim().to_owned(),
            handlungsfeld: Handlungsfeld::ALLE
                .into_iter()
                .find(|h| h.name() == e.handlungsfeld),
        };
        let weitere = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.behoerdenaustausch.pruefe_termin(&t))
                .unwrap_or_default()
        });
        probleme.extend(
            weitere
                .into_iter()
                .filter(|f| f.feld != "datum" || t.datum.is_some()),
        );
        if !fehler_melden(fehler, "ba-t-", probleme) {
            return;
        }
        let name = t.thema.clone();
        let wort = if id.is_some() {
            "geändert"
        } else {
            "angelegt"
        };
        let mut neu = 0;
        daten.aendere(&format!("Termin „{name}“ {wort}"), |ab| {
            neu = ab.werkzeuge.behoerdenaustausch.speichere_termin(t);
        });
        daten.ansagen(format!("Termin „{name}“ {wort}."));
        formular.zuruecksetzen(entwurf.get_untracked());
        beenden();
        if id.is_none() {
            browser::setze_hash(&termin_href(neu));
        }
    };
    let (format, format_setzen) = feldbindung!(entwurf.format);
    let (datum, datum_setzen) = feldbindung!(entwurf.datum);
    let (uhrzeit, uhrzeit_setzen) = feldbindung!(entwurf.uhrzeit);
    let (ort, ort_setzen) = feldbindung!(entwurf.ort);
    let (thema, thema_setzen) = feldbindung!(entwurf.thema);
    let (feld, feld_setzen) = feldbindung!(entwurf.handlungsfeld);
    let online = Signal::derive(move || entwurf.with(|e| e.online));
    let felder = mit_leerem_wert(
        "nicht festgelegt",
        namensoptionen(Handlungsfeld::ALLE.iter().map(|h| h.name())),
    );
    view! {
        <Fehlerzusammenfassung id="ba-t-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Eingabe id="ba-t-thema" beschriftung="Thema" pflicht=true wert=thema bei_eingabe=thema_setzen fehler=fehler_bei("thema") deaktiviert/>
            <div class="formular__reihe">
                <Datumseingabe id="ba-t-datum" beschriftung="Datum" pflicht=true wert=datum bei_eingabe=datum_setzen fehler=fehler_bei("datum") deaktiviert/>
                <Eingabe id="ba-t-uhrzeit" beschriftung="Uhrzeit" hinweis="HH:MM, z. B. 10:00" wert=uhrzeit bei_eingabe=uhrzeit_setzen fehler=fehler_bei("uhrzeit") deaktiviert/>
            </div>
            <Ankreuzfeld id="ba-t-online" beschriftung="online" wert=online bei_eingabe=Callback::new(move |w| entwurf.update(|e| e.online = w)) deaktiviert/>
            <Show when=move || !online.get()>
                <Eingabe id="ba-t-ort" beschriftung="Ort" pflicht_wenn="Pflicht, wenn nicht online" wert=ort bei_eingabe=ort_setzen fehler=fehler_bei("ort") deaktiviert/>
            </Show>
            <div class="formular__reihe">
                {move || view! {
                    <Auswahl id="ba-t-format" beschriftung="Austauschformat" optionen=mit_leerem_wert("keinem Format zugeordnet", formate.get())
                        wert=format bei_eingabe=format_setzen fehler=fehler_bei("format") deaktiviert/>
                }}
                <Auswahl id="ba-t-handlungsfeld" beschriftung="Handlungsfeld" optionen=felder.clone() wert=feld bei_eingabe=feld_setzen deaktiviert/>
            </div>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="ba-t-speichern" deaktiviert=deaktiviert>
                    {if id.is_some() { "Termin speichern" } else { "Termin anlegen" }}
                </Knopf>
                {id.is_some().then(|| view! { <Knopf id="ba-t-abbrechen" bei_klick=move |_| beenden()>"Abbrechen"</Knopf> })}
            </div>
        </form>
    }
}

/// A Termin's record page.
#[component]
pub fn Terminseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let termin = daten.ableiten(move |ab| {
        let ba = &ab.werkzeuge.behoerdenaustausch;
        ba.termin(id).map(|t| {
            let format = t
                .format
                .and_then(|f| ba.format(f))
                .map(|f| format!("{} ({})", f.titel, f.typ.name()));
            (t.clone(), format)
        })
    });
    let vorhanden = Signal::derive(move || termin.with(Option::is_some));
    let name = Signal::derive(move || {
        termin.with(|t| {
            format!(
                "Termin „{}“",
                t.as_ref().map_or("", |(t, _)| t.thema.as_str())
            )
        })
    });
    let loeschen = Loeschen {
        name,
        folgen: "Der Termin wird mit seinen Teilnahmen und Ergebnissen gelöscht; seine Follow-ups bleiben ohne Termin erhalten.",
        ausfuehren: Callback::new(move |_| {
            let n = name.get_untracked();
            daten.aendere(&format!("{n} gelöscht"), |ab| ab.werkzeuge.behoerdenaustausch.entferne_termin(id));
            daten.ansagen(format!("{n} gelöscht."));
        }),
    };
    let bearbeitbar = Signal::derive(move || daten.bearbeitbar());
    view! {
        <Datensatzseite vorhanden nicht_vorhanden="Diesen Termin" zurueck=("Zu den Terminen", href(&[]))
            abschnitte=vec![
                ("ba-abschnitt-angaben", "Angaben"),
                ("ba-abschnitt-teilnahmen", "Teilnahmen"),
                ("ba-abschnitt-ergebnisse", "Ergebnisse"),
                ("ba-abschnitt-folgen", "Follow-ups"),
            ]
            loeschen>
            <Abschnitt id="ba-abschnitt-angaben" titel="Angaben" bearbeitbar
                anzeige=ViewFn::from(move || termin.get().map(|(t, format)| {
                    let (wann, ort, feld, thema) = (t.wann(), t.ort_text(), t.handlungsfeld.map_or("–", Handlungsfeld::name), oder_strich(&t.thema));
                    view! {
                        <Zusammenfassung>
                            <Angabe bezeichnung="Wann">{wann}</Angabe>
                            <Angabe bezeichnung="Ort">{ort}</Angabe>
                            <Angabe bezeichnung="Austauschformat">{format.unwrap_or_else(|| "–".to_owned())}</Angabe>
                            <Angabe bezeichnung="Handlungsfeld">{feld}</Angabe>
                            <Angabe bezeichnung="Thema">{thema}</Angabe>
                        </Zusammenfassung>
                    }
                }))
                formular=ViewFn::from(move || view! { <Terminformular id=Some(id)/> })/>
            <Abschnitt id="ba-abschnitt-teilnahmen" titel="Teilnahmen" bearbeitbar
                anzeige=ViewFn::from(move || view! { <Teilnahmen termin=id/> })
                formular=ViewFn::from(move || view! { <Teilnahmen termin=id/><Teilnahmeformular termin=id/> })/>
            <Abschnitt id="ba-abschnitt-ergebnisse" titel="Ergebnisse" bearbeitbar
                anzeige=ViewFn::from(move || view! { <Ergebnisse termin=id/> })
                formular=ViewFn::from(move || view! { <Ergebnisse termin=id/><Ergebnisformular termin=id/> })/>
            <Abschnitt id="ba-abschnitt-folgen" titel="Follow-ups" bearbeitbar
                anzeige=ViewFn::from(move || view! { <Folgen termin=id/> })
                formular=ViewFn::from(move || view! { <Folgen termin=id/><Folgeformular termin=id/> })/>
        </Datensatzseite>
    }
}

/// The Teilnahmen of a Termin as a table with "Entfernen".
#[component]
fn Teilnahmen(termin: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(move |ab| {
        let ba = &ab.werkzeuge.behoerdenaustausch;
        let mut z: Vec<(u32, String, String, String)> = ba
            .teilnahmen
            .iter()
            .filter(|t| t.termin == termin)
            .map(|t| {
                let name = ba
                    .behoerde(t.behoerde)
                    .map(|b| b.bezeichnung())
                    .unwrap_or_else(|| ba.behoerdenname(t.behoerde));
                (t.id, name, ba.ressort_von(t.behoerde), t.person.clone())
            })
            .collect();
        z.sortiere_nach(|a, b| crate::shared::text::vergleiche(&a.1, &b.1));
        z
    });
    move || {
        let liste = zeilen.get();
        if liste.is_empty() {
            return view! { <p class="kern-body">"Noch keine Teilnahme erfasst."</p> }.into_any();
        }
        let reihen = liste
            .into_iter()
            .map(|(id, name, ressort, person)| {
                let n = name.clone();
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td>{oder_strich(&ressort)}</td>
                        <td>{oder_strich(&person)}</td>
                        <td>
                            <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar()
                                bei_klick=move |_| {
                                    daten.aendere("Teilnahme entfernt", |ab| ab.werkzeuge.behoerdenaustausch.teilnahmen.retain(|t| t.id != id));
                                    daten.ansagen("Teilnahme entfernt.");
                                }>
                                "Entfernen"<span class="kern-sr-only">{format!(" {n}")}</span>
                            </Knopf>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <Tabelle id="ba-teilnahmen-titel" titel="Teilnehmende Behörden" spalten=&["Behörde", "Ressort", "Person oder Rolle", "Aktionen"]>
                <tbody>{reihen}</tbody>
            </Tabelle>
        }
        .into_any()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
struct TeilnahmeEntwurf {
    behoerde: String,
    person: String,
}

/// Adds a Teilnahme.
#[component]
fn Teilnahmeformular(termin: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(
        entwurfsschluessel(SLUG, "teilnahme", termin),
        TeilnahmeEntwurf::default,
    );
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let optionen = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| behoerdenoptionen(&ab.werkzeuge.behoerdenaustausch))
                .unwrap_or_default()
        })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let t = Teilnahme {
            id: 0,
            termin,
            behoerde: e.behoerde.parse().unwrap_or(0),
            person: e.person.trim().to_owned(),
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.behoerdenaustausch.pruefe_teilnahme(&t))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "ba-p-", probleme) {
            return;
        }
        let name = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.behoerdenaustausch.behoerdenname(t.behoerde))
                .unwrap_or_default()
        });
        daten.aendere(&format!("Teilnahme „{name}“ erfasst"), |ab| {
            ab.werkzeuge.behoerdenaustausch.speichere_teilnahme(t);
        });
        daten.ansagen(format!("Teilnahme „{name}“ erfasst."));
        formular.zuruecksetzen(TeilnahmeEntwurf::default());
        fehler.set(Vec::new());
        browser::fokussiere("#ba-p-behoerde");
    };
    let (behoerde, behoerde_setzen) = feldbindung!(entwurf.behoerde);
    let (person, person_setzen) = feldbindung!(entwurf.person);
    view! {
        <h3 class="kern-heading-small">"Teilnahme hinzufügen"</h3>
        <Fehlerzusammenfassung id="ba-p-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <div class="formular__reihe">
                {move || view! {
                    <Auswahl id="ba-p-behoerde" beschriftung="Behörde" pflicht=true optionen=mit_leerem_wert("bitte wählen", optionen.get())
                        hinweis="Fehlt eine Behörde? Ergänzen Sie sie unter „Behörden“.".to_owned()
                        wert=behoerde bei_eingabe=behoerde_setzen fehler=fehler_am(fehler, "ba-p-behoerde") deaktiviert/>
                }}
                <Eingabe id="ba-p-person" beschriftung="Person oder Rolle" wert=person bei_eingabe=person_setzen fehler=fehler_am(fehler, "ba-p-person") deaktiviert/>
            </div>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="ba-p-speichern" deaktiviert=deaktiviert>"Teilnahme hinzufügen"</Knopf>
                <Knopf id="ba-p-fertig" bei_klick=move |_| { formular.verwerfen(); formular_beenden(fehler); }>"Fertig"</Knopf>
            </div>
        </form>
    }
}

/// The Ergebnisse of a Termin, by kind.
#[component]
fn Ergebnisse(termin: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let liste = daten.ableiten(move |ab| {
        ab.werkzeuge
            .behoerdenaustausch
            .ergebnisse
            .iter()
            .filter(|e| e.termin == termin)
            .cloned()
            .collect::<Vec<_>>()
    });
    move || {
        let liste = liste.get();
        if liste.is_empty() {
            return view! { <p class="kern-body">"Noch kein Ergebnis erfasst."</p> }.into_any();
        }
        view! {
            <ul class="ba-ergebnisse">
                {liste.into_iter().map(|e| {
                    let id = e.id;
                    let titel = e.titel.clone();
                    view! {
                        <li>
                            <strong>{format!("{}: {}", e.art.name(), e.titel)}</strong>
                            {(!e.text.is_empty()).then(|| view! { <p class="kern-body">{e.text.clone()}</p> })}
                            {(!e.schlagworte.is_empty()).then(|| view! { <p class="kern-body ba-schlagworte">{format!("Schlagworte: {}", e.schlagworte.join(", "))}</p> })}
                            <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar()
                                bei_klick=move |_| {
                                    daten.aendere("Ergebnis gelöscht", |ab| ab.werkzeuge.behoerdenaustausch.ergebnisse.retain(|x| x.id != id));
                                    daten.ansagen("Ergebnis gelöscht.");
                                }>
                                "Löschen"<span class="kern-sr-only">{format!(" {titel}")}</span>
                            </Knopf>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    }
}

#[derive(Clone, Debug, PartialEq)]
struct ErgebnisEntwurf {
    art: String,
    titel: String,
    text: String,
    schlagworte: String,
}

impl Default for ErgebnisEntwurf {
    fn default() -> Self {
        ErgebnisEntwurf {
            art: Ergebnisart::LessonsLearned.name().to_owned(),
            titel: String::new(),
            text: String::new(),
            schlagworte: String::new(),
        }
    }
}

/// Adds an Ergebnis.
#[component]
fn Ergebnisformular(termin: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(
        entwurfsschluessel(SLUG, "ergebnis", termin),
        ErgebnisEntwurf::default,
    );
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let x = Ergebnis {
            id: 0,
            termin,
            art: Ergebnisart::aus_name(&e.art).unwrap_or_default(),
            titel: e.titel.trim().to_owned(),
            text: e.text.trim().to_owned(),
            schlagworte: schlagworte_lesen(&e.schlagworte),
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.behoerdenaustausch.pruefe_ergebnis(&x))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "ba-e-", probleme) {
            return;
        }
        let text = format!("{} „{}“ erfasst", x.art.name(), x.titel);
        daten.aendere(&text, |ab| {
            ab.werkzeuge.behoerdenaustausch.speichere_ergebnis(x);
        });
        daten.ansagen(format!("{text}."));
        formular.zuruecksetzen(ErgebnisEntwurf::default());
        fehler.set(Vec::new());
        browser::fokussiere("#ba-e-art");
    };
    let (art, art_setzen) = feldbindung!(entwurf.art);
    let (titel, titel_setzen) = feldbindung!(entwurf.titel);
    let (text, text_setzen) = feldbindung!(entwurf.text);
    let (schlagworte, schlagworte_setzen) = feldbindung!(entwurf.schlagworte);
    view! {
        <h3 class="kern-heading-small">"Ergebnis hinzufügen"</h3>
        <Fehlerzusammenfassung id="ba-e-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Auswahl id="ba-e-art" beschriftung="Art" pflicht=true optionen=namensoptionen(Ergebnisart::ALLE.iter().map(|a| a.name()))
                wert=art bei_eingabe=art_setzen deaktiviert/>
            <Eingabe id="ba-e-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=titel_setzen fehler=fehler_am(fehler, "ba-e-titel") deaktiviert/>
            <Eingabe id="ba-e-text" beschriftung="Text" mehrzeilig=true wert=text bei_eingabe=text_setzen fehler=fehler_am(fehler, "ba-e-text") deaktiviert/>
            <Eingabe id="ba-e-schlagworte" beschriftung="Schlagworte" hinweis="Durch Kommas getrennt, z. B. „E-Akte, Betrieb“"
                wert=schlagworte bei_eingabe=schlagworte_setzen deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="ba-e-speichern" deaktiviert=deaktiviert>"Ergebnis hinzufügen"</Knopf>
                <Knopf id="ba-e-fertig" bei_klick=move |_| { formular.verwerfen(); formular_beenden(fehler); }>"Fertig"</Knopf>
            </div>
        </form>
    }
}

/// The follow-ups of a Termin.
#[component]
fn Folgen(termin: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let liste = daten.ableiten(move |ab| {
        let heute = browser::heute();
        ab.werkzeuge
            .behoerdenaustausch
            .folgeaufgaben
            .iter()
            .filter(|f| f.termin == Some(termin))
            .map(|f| {
                (
                    f.massnahme.clone(),
                    f.verantwortlich.clone(),
                    f.status.name(),
                    calc::faelligkeit_text(f, heute),
                )
            })
            .collect::<Vec<_>>()
    });
    move || {
        let liste = liste.get();
        if liste.is_empty() {
            return view! { <p class="kern-body">"Noch kein Follow-up erfasst."</p> }.into_any();
        }
        view! {
            <Tabelle id="ba-folgen-titel" titel="Follow-ups dieses Termins" spalten=&["Maßnahme", "Verantwortlich", "Status", "Fälligkeit"]>
                <tbody>
                    {liste.into_iter().map(|(m, v, s, f)| view! {
                        <tr><th scope="row">{m}</th><td>{oder_strich(&v)}</td><td>{s}</td><td>{f}</td></tr>
                    }).collect_view()}
                </tbody>
            </Tabelle>
        }
        .into_any()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
struct FolgeEntwurf {
    massnahme: String,
    verantwortlich: String,
    faellig: String,
}

/// Adds a follow-up.
#[component]
fn Folgeformular(termin: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(
        entwurfsschluessel(SLUG, "folge", termin),
        FolgeEntwurf::default,
    );
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let faellig = datum_lesen(&mut probleme, "faellig", "Fällig am", &e.faellig, false);
        let f = Folgeaufgabe {
            id: 0,
            termin: Some(termin),
            massnahme: e.massnahme.trim().to_owned(),
            verantwortlich: e.verantwortlich.trim().to_owned(),
            faellig,
            status: Folgestatus::Offen,
        };
        probleme.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.behoerdenaustausch.pruefe_folgeaufgabe(&f))
                .unwrap_or_default()
        }));
        if !fehler_melden(fehler, "ba-f-", probleme) {
            return;
        }
        let text = format!("Follow-up „{}“ angelegt", f.massnahme);
        daten.aendere(&text, |ab| {
            ab.werkzeuge.behoerdenaustausch.speichere_folgeaufgabe(f);
        });
        daten.ansagen(format!("{text}."));
        formular.zuruecksetzen(FolgeEntwurf::default());
        fehler.set(Vec::new());
        browser::fokussiere("#ba-f-massnahme");
    };
    let (massnahme, massnahme_setzen) = feldbindung!(entwurf.massnahme);
    let (verantwortlich, verantwortlich_setzen) = feldbindung!(entwurf.verantwortlich);
    let (faellig, faellig_setzen) = feldbindung!(entwurf.faellig);
    view! {
        <h3 class="kern-heading-small">"Follow-up hinzufügen"</h3>
        <Fehlerzusammenfassung id="ba-f-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Eingabe id="ba-f-massnahme" beschriftung="Maßnahme" pflicht=true wert=massnahme bei_eingabe=massnahme_setzen fehler=fehler_am(fehler, "ba-f-massnahme") deaktiviert/>
            <div class="formular__reihe">
                <Eingabe id="ba-f-verantwortlich" beschriftung="Verantwortlich" wert=verantwortlich bei_eingabe=verantwortlich_setzen fehler=fehler_am(fehler, "ba-f-verantwortlich") deaktiviert/>
                <Datumseingabe id="ba-f-faellig" beschriftung="Fällig am" wert=faellig bei_eingabe=faellig_setzen fehler=fehler_am(fehler, "ba-f-faellig") deaktiviert/>
            </div>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="ba-f-speichern" deaktiviert=deaktiviert>"Follow-up hinzufügen"</Knopf>
                <Knopf id="ba-f-fertig" bei_klick=move |_| { formular.verwerfen(); formular_beenden(fehler); }>"Fertig"</Knopf>
            </div>
        </form>
    }
}
