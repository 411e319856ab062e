//! Relations between stakeholders (unterstützt, beeinflusst, Konflikt; strength 1–3): the
//! table with delete and the form for a new relation.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::{Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::tools::stakeholderanalyse::model::{Beziehung, Beziehungsart, MAX_KURZTEXT};

use super::{stakeholder_href, VertraulichMarke};

/// The relations page.
#[component]
pub fn Beziehungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let a = &ab.werkzeuge.stakeholderanalyse;
            let v = |id: u32| a.stakeholder(id).is_some_and(|s| s.vertraulich);
            a.beziehungen
                .iter()
                .map(|b| {
                    (
                        b.id,
                        (b.von, a.name(b.von), v(b.von)),
                        b.art.name(),
                        (b.zu, a.name(b.zu), v(b.zu)),
                        b.staerke,
                        b.bemerkung.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let entfernen = move |id: u32| {
        daten.aendere("Beziehung gelöscht", |ab| {
            ab.werkzeuge.stakeholderanalyse.beziehungen.retain(|b| b.id != id);
        });
        daten.ansagen("Beziehung gelöscht.".to_owned());
    };
    let name = |(id, name, vertraulich): (u32, String, bool)| {
        view! {
            <a class="kern-link" href=stakeholder_href(id)>{name}</a>
            {vertraulich.then(|| view! { " " <VertraulichMarke/> })}
        }
    };
    view! {
        {move || if zeilen.with(Vec::is_empty) {
            view! { <p class="kern-body">"Noch keine Beziehung erfasst."</p> }.into_any()
        } else {
            view! {
                <Tabelle id="sh-beziehungen-titel" titel="Beziehungen: von – Art – zu">
                    <thead>
                        <tr>
                            <th scope="col">"Von"</th>
                            <th scope="col">"Art"</th>
                            <th scope="col">"Zu"</th>
                            <th scope="col" class="zahl">"Stärke"</th>
                            <th scope="col">"Bemerkung"</th>
                            <th scope="col">"Aktion"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {zeilen.get().into_iter().map(|(id, von, art, zu, staerke, bemerkung)| {
                            let text = format!("{} {art} {}", von.1, zu.1);
                            view! {
                                <tr>
                                    <th scope="row">{name(von)}</th>
                                    <td>{art}</td>
                                    <td>{name(zu)}</td>
                                    <td class="zahl">{staerke}</td>
                                    <td>{bemerkung}</td>
                                    <td>
                                        <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                            on:click=move |_| entfernen(id)>
                                            <span class="kern-sr-only">{format!("Beziehung „{text}“ ")}</span><span class="kern-label">"Löschen"</span>
                                        </button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <Neu/>
    }
}

/// The form for a new relation.
#[component]
fn Neu() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let von = RwSignal::new(String::new());
    let zu = RwSignal::new(String::new());
    let art = RwSignal::new(Beziehungsart::Unterstuetzt.name().to_owned());
    let staerke = RwSignal::new("2".to_owned());
    let bemerkung = RwSignal::new(String::new());
    let fehler = RwSignal::new(Vec::<(String, String)>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let optionen = daten
        .lies_ungetrackt(|ab| {
            ab.map(|ab| {
                std::iter::once((String::new(), "bitte wählen".to_owned()))
                    .chain(ab.werkzeuge.stakeholderanalyse.stakeholder.iter().map(|s| {
                        (
                            s.id.to_string(),
                            if s.vertraulich {
                                format!("{} (vertraulich)", s.name)
                            } else {
                                s.name.clone()
                            },
                        )
                    }))
                    .collect::<Vec<_>>()
            })
        })
        .unwrap_or_default();
    let fehler_bei = move |feld: &'static str| {
        Signal::derive(move || fehler.with(|f| f.iter().find(|x| x.0 == feld).map(|x| x.1.clone())))
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut liste = Vec::new();
        let v = von.get_untracked().parse::<u32>().ok();
        let z = zu.get_untracked().parse::<u32>().ok();
        if v.is_none() {
            liste.push((
                "sh-b-von".to_owned(),
                "Wählen Sie, von wem die Beziehung ausgeht.".to_owned(),
            ));
        }
        if z.is_none() {
            liste.push((
                "sh-b-zu".to_owned(),
                "Wählen Sie, zu wem die Beziehung besteht.".to_owned(),
            ));
        }
        if v.is_some() && v == z {
            liste.push((
                "sh-b-zu".to_owned(),
                "Eine Beziehung verbindet zwei verschiedene Stakeholder.".to_owned(),
            ));
        }
        if bemerkung.get_untracked().chars().count() > MAX_KURZTEXT {
            liste.push((
                "sh-b-bemerkung".to_owned(),
                format!("Bemerkung: höchstens {MAX_KURZTEXT} Zeichen."),
            ));
        }
        if !liste.is_empty() {
            fehler.set(liste);
            return;
        }
        let b = Beziehung {
            id: 0,
            von: v.unwrap_or_default(),
            zu: z.unwrap_or_default(),
            art: Beziehungsart::aus_name(&art.get_untracked()).unwrap_or_default(),
            staerke: staerke.get_untracked().parse().unwrap_or(1),
            bemerkung: bemerkung.get_untracked().trim().to_owned(),
        };
        let mut neu = None;
        daten.aendere("Beziehung angelegt", |ab| {
            neu = ab.werkzeuge.stakeholderanalyse.verknuepfe(b);
        });
        if neu.is_none() {
            fehler.set(vec![(
                "sh-b-zu".to_owned(),
                "Diese Beziehung gibt es schon.".to_owned(),
            )]);
            return;
        }
        fehler.set(Vec::new());
        daten.ansagen("Beziehung angelegt.".to_owned());
        bemerkung.set(String::new());
    };
    let arten = Beziehungsart::ALLE
        .iter()
        .map(|a| {
            (
                a.name().to_owned(),
                format!("{} – {}", a.name(), a.bedeutung()),
            )
        })
        .collect::<Vec<_>>();
    let staerken = vec![
        ("1".to_owned(), "1 – schwach".to_owned()),
        ("2".to_owned(), "2 – mittel".to_owned()),
        ("3".to_owned(), "3 – stark".to_owned()),
    ];
    view! {
        <h2 class="kern-heading-medium" id="sh-b-neu-titel">"Neue Beziehung"</h2>
        <Fehlerzusammenfassung id="sh-b-fehler" fehler=Signal::derive(move || fehler.get())/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="sh-b-neu-titel">
            <Auswahl id="sh-b-von" beschriftung="Von" pflicht=true optionen=optionen.clone() wert=von
                bei_eingabe=Callback::new(move |t| von.set(t)) fehler=fehler_bei("sh-b-von") deaktiviert/>
            <Auswahl id="sh-b-art" beschriftung="Art" pflicht=true optionen=arten wert=art
                bei_eingabe=Callback::new(move |t| art.set(t)) deaktiviert/>
            <Auswahl id="sh-b-zu" beschriftung="Zu" pflicht=true optionen=optionen wert=zu
                bei_eingabe=Callback::new(move |t| zu.set(t)) fehler=fehler_bei("sh-b-zu") deaktiviert/>
            <Auswahl id="sh-b-staerke" beschriftung="Stärke" pflicht=true optionen=staerken wert=staerke
                bei_eingabe=Callback::new(move |t| staerke.set(t)) deaktiviert/>
            <Eingabe id="sh-b-bemerkung" beschriftung="Bemerkung" wert=bemerkung
                bei_eingabe=Callback::new(move |t| bemerkung.set(t)) fehler=fehler_bei("sh-b-bemerkung") deaktiviert/>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--primary" id="sh-b-anlegen" disabled=deaktiviert>
                    <span class="kern-label">"Beziehung anlegen"</span>
                </button>
            </div>
        </form>
    }
}
