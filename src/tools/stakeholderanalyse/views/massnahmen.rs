//! Measures to engage stakeholders: the table (status changeable in place, delete) and the
//! form for a new measure linked to one or more stakeholders.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::{Ankreuzfeld, Auswahl, Eingabe, Fehlerzusammenfassung, Feldgruppe};
use crate::shared::datum::Datum;
use crate::tools::stakeholderanalyse::model::{Feldfehler, Massnahme, Massnahmenstatus};

use super::{href, stakeholder_href, VertraulichMarke};

/// The form's state, shared with the table's "Bearbeiten" buttons.
#[derive(Clone, Copy)]
struct Formularstand {
    /// The measure being edited; `None` = a new one.
    bearbeitet: RwSignal<Option<u32>>,
    titel: RwSignal<String>,
    verantwortlich: RwSignal<String>,
    faellig: RwSignal<String>,
    status: RwSignal<String>,
    gewaehlt: RwSignal<Vec<u32>>,
}

impl Formularstand {
    fn neu() -> Self {
        Formularstand {
            bearbeitet: RwSignal::new(None),
            titel: RwSignal::new(String::new()),
            verantwortlich: RwSignal::new(String::new()),
            faellig: RwSignal::new(String::new()),
            status: RwSignal::new(Massnahmenstatus::Geplant.name().to_owned()),
            gewaehlt: RwSignal::new(Vec::new()),
        }
    }

    fn leeren(&self) {
        self.bearbeitet.set(None);
        self.titel.set(String::new());
        self.verantwortlich.set(String::new());
        self.faellig.set(String::new());
        self.status.set(Massnahmenstatus::Geplant.name().to_owned());
        self.gewaehlt.set(Vec::new());
    }

    fn laden(&self, m: &Massnahme) {
        self.bearbeitet.set(Some(m.id));
        self.titel.set(m.titel.clone());
        self.verantwortlich.set(m.verantwortlich.clone());
        self.faellig
            .set(m.faellig.map(Datum::deutsch).unwrap_or_default());
        self.status.set(m.status.name().to_owned());
        self.gewaehlt.set(m.stakeholder.clone());
    }
}

/// One row.
#[derive(Clone, PartialEq)]
struct Zeile {
    id: u32,
    titel: String,
    stakeholder: Vec<(u32, String, bool)>,
    verantwortlich: String,
    faellig: String,
    status: Massnahmenstatus,
}

/// The measures page.
#[component]
pub fn Massnahmen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularstand::neu();
    let bearbeiten = move |id: u32| {
        let m = daten.lies_ungetrackt(|ab| {
            ab.and_then(|ab| {
                ab.werkzeuge.stakeholderanalyse
                    .massnahmen
                    .iter()
                    .find(|m| m.id == id)
                    .cloned()
            })
        });
        if let Some(m) = m {
            formular.laden(&m);
            crate::app::browser::fokussiere("#sh-m-titel");
        }
    };
    let zeilen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let a = &ab.werkzeuge.stakeholderanalyse;
            let mut liste: Vec<&Massnahme> = a.massnahmen.iter().collect();
            liste.sort_by_key(|m| (m.faellig.is_none(), m.faellig, m.id));
            liste
                .into_iter()
                .map(|m| Zeile {
                    id: m.id,
                    titel: m.titel.clone(),
                    stakeholder: m
                        .stakeholder
                        .iter()
                        .map(|&s| {
                            (
                                s,
                                a.name(s),
                                a.stakeholder(s).is_some_and(|s| s.vertraulich),
                            )
                        })
                        .collect(),
                    verantwortlich: m.verantwortlich.clone(),
                    faellig: m.faellig.map(Datum::deutsch).unwrap_or_default(),
                    status: m.status,
                })
                .collect::<Vec<_>>()
        })
    });
    let status_setzen = move |id: u32, text: String| {
        if let Some(status) = Massnahmenstatus::aus_name(&text) {
            daten.aendere("Status einer Maßnahme geändert", |ab| {
                if let Some(m) = ab
                    .werkzeuge.stakeholderanalyse
                    .massnahmen
                    .iter_mut()
                    .find(|m| m.id == id)
                {
                    m.status = status;
                }
            });
        }
    };
    let entfernen = move |id: u32| {
        daten.aendere("Maßnahme gelöscht", |ab| {
            ab.werkzeuge.stakeholderanalyse.massnahmen.retain(|m| m.id != id);
        });
        daten.ansagen("Maßnahme gelöscht.".to_owned());
    };
    let statusoptionen = Massnahmenstatus::ALLE
        .iter()
        .map(|s| (s.name().to_owned(), s.name().to_owned()))
        .collect::<Vec<_>>();
    view! {
        {move || if zeilen.with(Vec::is_empty) {
            view! { <p class="kern-body">"Noch keine Maßnahme erfasst."</p> }.into_any()
        } else {
            let optionen = statusoptionen.clone();
            view! {
                <Tabelle id="sh-massnahmen-titel" titel="Maßnahmen, nach Fälligkeit">
                    <thead>
                        <tr>
                            <th scope="col">"Titel"</th>
                            <th scope="col">"Stakeholder"</th>
                            <th scope="col">"Verantwortlich"</th>
                            <th scope="col">"Fällig am"</th>
                            <th scope="col">"Status"</th>
                            <th scope="col">"Aktion"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {zeilen.get().into_iter().map(|z| {
                            let id = z.id;
                            let status = z.status.name().to_owned();
                            view! {
                                <tr>
                                    <th scope="row">{z.titel.clone()}</th>
                                    <td>{z.stakeholder.into_iter().map(|(sid, name, vertraulich)| view! {
                                        <span class="sh-liste__eintrag">
                                            <a class="kern-link" href=stakeholder_href(sid)>{name}</a>
                                            {vertraulich.then(|| view! { " " <VertraulichMarke/> })}
                                        </span>
                                    }).collect_view()}</td>
                                    <td>{z.verantwortlich}</td>
                                    <td class="tabelle__datum">{z.faellig}</td>
                                    <td class="tabelle__feld">
                                        <Auswahl id=format!("sh-massnahme-{id}-status") beschriftung=format!("Status von „{}“", z.titel)
                                            optionen=optionen.clone() wert=Signal::stored(status)
                                            bei_eingabe=Callback::new(move |t| status_setzen(id, t))
                                            deaktiviert=Signal::derive(move || !daten.bearbeitbar())/>
                                    </td>
                                    <td class="tabelle__aktionen">
                                        <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                            id=format!("sh-m-bearbeiten-{id}") on:click=move |_| bearbeiten(id)>
                                            <span class="kern-sr-only">{format!("„{}“ ", z.titel)}</span><span class="kern-label">"Bearbeiten"</span>
                                        </button>
                                        <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                            on:click=move |_| entfernen(id)>
                                            <span class="kern-sr-only">{format!("„{}“ ", z.titel)}</span><span class="kern-label">"Löschen"</span>
                                        </button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <Formular formular/>
    }
}

/// The form for a new measure or, after "Bearbeiten", for changing one.
#[component]
fn Formular(formular: Formularstand) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let Formularstand {
        bearbeitet,
        titel,
        verantwortlich,
        faellig,
        status,
        gewaehlt,
    } = formular;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let stakeholder = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or(Vec::new(), |ab| {
                ab.werkzeuge.stakeholderanalyse
                    .stakeholder
                    .iter()
                    .map(|s| (s.id, s.name.clone(), s.vertraulich))
                    .collect::<Vec<_>>()
            })
        })
    });
    let fehler_bei = move |feld: &'static str| {
        Signal::derive(move || {
            fehler.with(|f| f.iter().find(|x| x.feld == feld).map(|x| x.meldung.clone()))
        })
    };
    let zusammenfassung = Signal::derive(move || {
        fehler.with(|f| {
            f.iter()
                .map(|x| (format!("sh-m-{}", x.feld), x.meldung.clone()))
                .collect::<Vec<_>>()
        })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut liste = Vec::new();
        let datum = match faellig.get_untracked().trim() {
            "" => None,
            t => match Datum::aus_deutsch(t) {
                Some(d) => Some(d),
                None => {
                    liste.push(Feldfehler {
                        feld: "faellig".into(),
                        meldung: format!(
                            "Fällig am: „{t}“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben."
                        ),
                    });
                    None
                }
            },
        };
        let bisher = bearbeitet.get_untracked();
        let bemerkung = daten
            .lies_ungetrackt(|ab| {
                ab.and_then(|ab| {
                    ab.werkzeuge.stakeholderanalyse
                        .massnahmen
                        .iter()
                        .find(|m| Some(m.id) == bisher)
                        .map(|m| m.bemerkung.clone())
                })
            })
            .unwrap_or_default();
        let m = Massnahme {
            id: bisher.unwrap_or(0),
            titel: titel.get_untracked().trim().to_owned(),
            verantwortlich: verantwortlich.get_untracked().trim().to_owned(),
            faellig: datum,
            status: Massnahmenstatus::aus_name(&status.get_untracked()).unwrap_or_default(),
            stakeholder: gewaehlt.get_untracked(),
            bemerkung,
        };
        liste.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.stakeholderanalyse.pruefe_massnahme(&m))
                .unwrap_or_default()
        }));
        if !liste.is_empty() {
            fehler.set(liste);
            return;
        }
        fehler.set(Vec::new());
        let t = m.titel.clone();
        let wort = if bisher.is_some() {
            "geändert"
        } else {
            "angelegt"
        };
        daten.aendere(&format!("Maßnahme „{t}“ {wort}"), |ab| {
            ab.werkzeuge.stakeholderanalyse.speichere_massnahme(m);
        });
        daten.ansagen(format!("Maßnahme „{t}“ {wort}."));
        formular.leeren();
    };
    let statusoptionen = Massnahmenstatus::ALLE
        .iter()
        .map(|s| (s.name().to_owned(), s.name().to_owned()))
        .collect::<Vec<_>>();
    view! {
        <h2 class="kern-heading-medium" id="sh-m-neu-titel">
            {move || if bearbeitet.get().is_some() { "Maßnahme bearbeiten" } else { "Neue Maßnahme" }}
        </h2>
        {move || if stakeholder.with(Vec::is_empty) {
            view! {
                <p class="kern-body">
                    "Legen Sie zuerst einen Stakeholder an: "
                    <a class="kern-link" href=href(&["neu"])>"Neuer Stakeholder"</a>
                </p>
            }.into_any()
        } else {
            ().into_any()
        }}
        <Fehlerzusammenfassung id="sh-m-fehler" fehler=zusammenfassung/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="sh-m-neu-titel">
            <Eingabe id="sh-m-titel" beschriftung="Titel" pflicht=true wert=titel
                bei_eingabe=Callback::new(move |t| titel.set(t)) fehler=fehler_bei("titel") deaktiviert/>
            <Eingabe id="sh-m-verantwortlich" beschriftung="Verantwortlich" wert=verantwortlich
                bei_eingabe=Callback::new(move |t| verantwortlich.set(t)) fehler=fehler_bei("verantwortlich") deaktiviert/>
            <Eingabe id="sh-m-faellig" beschriftung="Fällig am" hinweis="TT.MM.JJJJ" schmal=true wert=faellig
                bei_eingabe=Callback::new(move |t| faellig.set(t)) fehler=fehler_bei("faellig") deaktiviert/>
            <Auswahl id="sh-m-status" beschriftung="Status" optionen=statusoptionen wert=status
                bei_eingabe=Callback::new(move |t| status.set(t)) deaktiviert/>
            <Feldgruppe titel="Für Stakeholder (mindestens einen wählen)">
                <div id="sh-m-stakeholder" tabindex="-1">
                    {move || fehler_bei("stakeholder").get().map(|t| view! { <p class="kern-error" role="alert">{t}</p> })}
                    {move || stakeholder.get().into_iter().map(|(sid, name, vertraulich)| {
                        let wert = Signal::derive(move || gewaehlt.with(|g| g.contains(&sid)));
                        let setzen = Callback::new(move |an: bool| gewaehlt.update(|g| {
                            g.retain(|x| *x != sid);
                            if an { g.push(sid); }
                        }));
                        let text = if vertraulich { format!("{name} (vertraulich)") } else { name };
                        view! { <Ankreuzfeld id=format!("sh-m-fuer-{sid}") beschriftung=text wert bei_eingabe=setzen deaktiviert/> }
                    }).collect_view()}
                </div>
            </Feldgruppe>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--primary" id="sh-m-anlegen" disabled=deaktiviert>
                    <span class="kern-label">{move || if bearbeitet.get().is_some() { "Änderungen speichern" } else { "Maßnahme anlegen" }}</span>
                </button>
                {move || bearbeitet.get().is_some().then(|| view! {
                    <button type="button" class="kern-btn kern-btn--secondary" id="sh-m-abbrechen"
                        on:click=move |_| { formular.leeren(); fehler.set(Vec::new()); }>
                        <span class="kern-label">"Abbrechen"</span>
                    </button>
                })}
            </div>
        </form>
    }
}
