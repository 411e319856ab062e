//! Measures to engage stakeholders: the table (status changeable in place, delete) and the
//! form for a new measure linked to one or more stakeholders.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::{
    feldbindung, Ankreuzfeld, Auswahl, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::shared::datum::Datum;
use crate::shared::text::datum_lesen;
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Satzformular,
};
use crate::tools::stakeholderanalyse::model::{Feldfehler, Massnahme, Massnahmenstatus};
use crate::tools::stakeholderanalyse::SLUG;

use super::{href, stakeholder_href, VertraulichMarke};

/// The form's fields as typed; `id` is the measure being edited (0: a new one).
#[derive(Clone, Debug, PartialEq)]
struct Entwurf {
    id: u32,
    titel: String,
    verantwortlich: String,
    faellig: String,
    status: String,
    gewaehlt: Vec<u32>,
}

impl Entwurf {
    fn neu() -> Self {
        Entwurf {
            id: 0,
            titel: String::new(),
            verantwortlich: String::new(),
            faellig: String::new(),
            status: Massnahmenstatus::Geplant.name().to_owned(),
            gewaehlt: Vec::new(),
        }
    }

    fn aus(m: &Massnahme) -> Self {
        Entwurf {
            id: m.id,
            titel: m.titel.clone(),
            verantwortlich: m.verantwortlich.clone(),
            faellig: m.faellig.map(Datum::deutsch).unwrap_or_default(),
            status: m.status.name().to_owned(),
            gewaehlt: m.stakeholder.clone(),
        }
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
    let formular = Satzformular::neu(
        entwurfsschluessel(SLUG, "massnahme", 0),
        |_| Entwurf::neu(),
        |ab, id| {
            let m = ab.werkzeuge.stakeholderanalyse.massnahmen.iter().find(|m| m.id == id);
            m.map(Entwurf::aus)
        },
        |e| e.id,
    );
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
                                            id=format!("sh-m-bearbeiten-{id}") on:click=move |_| if formular.bearbeiten(id) {
                                                crate::app::browser::fokussiere("#sh-m-titel");
                                            }>
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
fn Formular(formular: Satzformular<Entwurf>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let entwurf = formular.wert();
    let bearbeitet = move || entwurf.with(|e| e.id != 0);
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
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("sh-m-{feld}"));
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut liste = Vec::new();
        let faellig = datum_lesen(&mut liste, "faellig", "Fällig am", &e.faellig, false);
        let bemerkung = daten
            .lies_ungetrackt(|ab| {
                ab.and_then(|ab| {
                    ab.werkzeuge.stakeholderanalyse
                        .massnahmen
                        .iter()
                        .find(|m| m.id == e.id)
                        .map(|m| m.bemerkung.clone())
                })
            })
            .unwrap_or_default();
        let m = Massnahme {
            id: e.id,
            titel: e.titel.trim().to_owned(),
            verantwortlich: e.verantwortlich.trim().to_owned(),
            faellig,
            status: Massnahmenstatus::aus_name(&e.status).unwrap_or_default(),
            stakeholder: e.gewaehlt,
            bemerkung,
        };
        liste.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.stakeholderanalyse.pruefe_massnahme(&m))
                .unwrap_or_default()
        }));
        if !fehler_melden(fehler, "sh-m-", liste) {
            return;
        }
        let t = m.titel.clone();
        let wort = if e.id != 0 { "geändert" } else { "angelegt" };
        daten.aendere(&format!("Maßnahme „{t}“ {wort}"), |ab| {
            ab.werkzeuge.stakeholderanalyse.speichere_massnahme(m);
        });
        daten.ansagen(format!("Maßnahme „{t}“ {wort}."));
        formular.leeren();
    };
    let (titel, titel_setzen) = feldbindung!(entwurf.titel);
    let (verantwortlich, verantwortlich_setzen) = feldbindung!(entwurf.verantwortlich);
    let (faellig, faellig_setzen) = feldbindung!(entwurf.faellig);
    let (status, status_setzen) = feldbindung!(entwurf.status);
    let statusoptionen = Massnahmenstatus::ALLE
        .iter()
        .map(|s| (s.name().to_owned(), s.name().to_owned()))
        .collect::<Vec<_>>();
    view! {
        <h2 class="kern-heading-medium" id="sh-m-neu-titel">
            {move || if bearbeitet() { "Maßnahme bearbeiten" } else { "Neue Maßnahme" }}
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
        <Fehlerzusammenfassung id="sh-m-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="sh-m-neu-titel">
            <Eingabe id="sh-m-titel" beschriftung="Titel" pflicht=true wert=titel
                bei_eingabe=titel_setzen fehler=fehler_bei("titel") deaktiviert/>
            <Eingabe id="sh-m-verantwortlich" beschriftung="Verantwortlich" wert=verantwortlich
                bei_eingabe=verantwortlich_setzen fehler=fehler_bei("verantwortlich") deaktiviert/>
            <Eingabe id="sh-m-faellig" beschriftung="Fällig am" hinweis="TT.MM.JJJJ" schmal=true wert=faellig
                bei_eingabe=faellig_setzen fehler=fehler_bei("faellig") deaktiviert/>
            <Auswahl id="sh-m-status" beschriftung="Status" optionen=statusoptionen wert=status
                bei_eingabe=status_setzen deaktiviert/>
            <Feldgruppe titel="Für Stakeholder (mindestens einen wählen)">
                <div id="sh-m-stakeholder" tabindex="-1">
                    {move || fehler_bei("stakeholder").get().map(|t| view! { <p class="kern-error" role="alert">{t}</p> })}
                    {move || stakeholder.get().into_iter().map(|(sid, name, vertraulich)| {
                        let wert = Signal::derive(move || entwurf.with(|e| e.gewaehlt.contains(&sid)));
                        let setzen = Callback::new(move |an: bool| entwurf.update(|e| {
                            e.gewaehlt.retain(|x| *x != sid);
                            if an { e.gewaehlt.push(sid); }
                        }));
                        let text = if vertraulich { format!("{name} (vertraulich)") } else { name };
                        view! { <Ankreuzfeld id=format!("sh-m-fuer-{sid}") beschriftung=text wert bei_eingabe=setzen deaktiviert/> }
                    }).collect_view()}
                </div>
            </Feldgruppe>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--primary" id="sh-m-anlegen" disabled=deaktiviert>
                    <span class="kern-label">{move || if bearbeitet() { "Änderungen speichern" } else { "Maßnahme anlegen" }}</span>
                </button>
                {move || bearbeitet().then(|| view! {
                    <button type="button" class="kern-btn kern-btn--secondary" id="sh-m-abbrechen"
                        on:click=move |_| { formular.leeren(); fehler.set(Vec::new()); }>
                        <span class="kern-label">"Abbrechen"</span>
                    </button>
                })}
            </div>
        </form>
    }
}
