//! Relations between stakeholders (unterstützt, beeinflusst, Konflikt; strength 1–3): the
//! table with delete and the form for a new relation.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Verbindungsentwurf,
};
use crate::tools::stakeholderanalyse::model::{Beziehung, Beziehungsart, Feldfehler};
use crate::tools::stakeholderanalyse::SLUG;

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
    let formular = Formularentwurf::neu(entwurfsschluessel(SLUG, "beziehung", 0), || {
        Verbindungsentwurf::neu(Beziehungsart::Unterstuetzt.name())
    });
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
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
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let b = Beziehung {
            id: 0,
            von: e.von.parse().unwrap_or_default(),
            zu: e.zu.parse().unwrap_or_default(),
            art: Beziehungsart::aus_name(&e.art).unwrap_or_default(),
            staerke: e.staerke.parse().unwrap_or(1),
            bemerkung: e.bemerkung.trim().to_owned(),
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.stakeholderanalyse.pruefe_beziehung(&b))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "sh-b-", probleme) {
            return;
        }
        let mut neu = None;
        daten.aendere("Beziehung angelegt", |ab| {
            neu = ab.werkzeuge.stakeholderanalyse.verknuepfe(b);
        });
        if neu.is_none() {
            fehler.set(vec![Feldfehler::neu(
                "sh-b-zu",
                "Diese Beziehung gibt es schon.",
            )]);
            return;
        }
        fehler.set(Vec::new());
        daten.ansagen("Beziehung angelegt.".to_owned());
        formular.verwerfen();
    };
    let [(von, von_setzen), (zu, zu_setzen), (art, art_setzen), (staerke, staerke_setzen), (bemerkung, bemerkung_setzen)] =
        Verbindungsentwurf::felder(entwurf);
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
        <Fehlerzusammenfassung id="sh-b-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="sh-b-neu-titel">
            <Auswahl id="sh-b-von" beschriftung="Von" pflicht=true optionen=optionen.clone() wert=von
                bei_eingabe=von_setzen fehler=fehler_am(fehler, "sh-b-von") deaktiviert/>
            <Auswahl id="sh-b-art" beschriftung="Art" pflicht=true optionen=arten wert=art
                bei_eingabe=art_setzen deaktiviert/>
            <Auswahl id="sh-b-zu" beschriftung="Zu" pflicht=true optionen=optionen wert=zu
                bei_eingabe=zu_setzen fehler=fehler_am(fehler, "sh-b-zu") deaktiviert/>
            <Auswahl id="sh-b-staerke" beschriftung="Stärke" pflicht=true optionen=staerken wert=staerke
                bei_eingabe=staerke_setzen deaktiviert/>
            <Eingabe id="sh-b-bemerkung" beschriftung="Bemerkung" wert=bemerkung
                bei_eingabe=bemerkung_setzen fehler=fehler_am(fehler, "sh-b-bemerkung") deaktiviert/>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--primary" id="sh-b-anlegen" disabled=deaktiviert>
                    <span class="kern-label">"Beziehung anlegen"</span>
                </button>
            </div>
        </form>
    }
}
