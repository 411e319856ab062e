//! The communication plan: one row per stakeholder, channel, frequency and owner with its
//! content or occasion; the table (grouped by stakeholder, delete) and the form for a new row.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::{Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::tools::stakeholderanalyse::calc;
use crate::tools::stakeholderanalyse::model::{Kommunikation, MAX_KURZTEXT, MAX_LANGTEXT};

use super::{katalogoptionen, stakeholder_href, VertraulichMarke};

/// The form's fields, shared with the table's "Bearbeiten" buttons.
#[derive(Clone, Copy)]
struct Formularstand {
    /// The row being edited; `None` = a new one.
    bearbeitet: RwSignal<Option<u32>>,
    stakeholder: RwSignal<String>,
    kanal: RwSignal<String>,
    frequenz: RwSignal<String>,
    wer: RwSignal<String>,
    inhalt: RwSignal<String>,
}

impl Formularstand {
    fn neu() -> Self {
        Formularstand {
            bearbeitet: RwSignal::new(None),
            stakeholder: RwSignal::new(String::new()),
            kanal: RwSignal::new(String::new()),
            frequenz: RwSignal::new(String::new()),
            wer: RwSignal::new(String::new()),
            inhalt: RwSignal::new(String::new()),
        }
    }

    fn laden(&self, k: &Kommunikation) {
        let id = |w: Option<u32>| w.map(|w| w.to_string()).unwrap_or_default();
        self.bearbeitet.set(Some(k.id));
        self.stakeholder.set(k.stakeholder.to_string());
        self.kanal.set(id(k.kanal));
        self.frequenz.set(id(k.frequenz));
        self.wer.set(k.verantwortlich.clone());
        self.inhalt.set(k.inhalt.clone());
    }

    fn leeren(&self) {
        self.bearbeitet.set(None);
        self.inhalt.set(String::new());
    }
}

/// The communication plan page.
#[component]
pub fn Kommunikationsplan() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularstand::neu();
    let bearbeiten = move |id: u32| {
        let k = daten.lies_ungetrackt(|ab| {
            ab.and_then(|ab| {
                ab.werkzeuge.stakeholderanalyse
                    .kommunikation
                    .iter()
                    .find(|k| k.id == id)
                    .cloned()
            })
        });
        if let Some(k) = k {
            formular.laden(&k);
            crate::app::browser::fokussiere("#sh-k-stakeholder");
        }
    };
    let zeilen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let a = &ab.werkzeuge.stakeholderanalyse;
            let reihenfolge = |id: u32| {
                a.stakeholder
                    .iter()
                    .position(|s| s.id == id)
                    .unwrap_or(usize::MAX)
            };
            let mut liste: Vec<&Kommunikation> = a.kommunikation.iter().collect();
            liste.sort_by_key(|k| (reihenfolge(k.stakeholder), k.id));
            liste
                .into_iter()
                .map(|k| {
                    (
                        k.id,
                        k.stakeholder,
                        a.name(k.stakeholder),
                        a.stakeholder(k.stakeholder).is_some_and(|s| s.vertraulich),
                        calc::katalogname(&a.kanaele, k.kanal),
                        calc::katalogname(&a.frequenzen, k.frequenz),
                        k.verantwortlich.clone(),
                        k.inhalt.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let entfernen = move |id: u32| {
        daten.aendere("Eintrag im Kommunikationsplan gelöscht", |ab| {
            ab.werkzeuge.stakeholderanalyse.kommunikation.retain(|k| k.id != id);
        });
        daten.ansagen("Eintrag im Kommunikationsplan gelöscht.".to_owned());
    };
    view! {
        {move || if zeilen.with(Vec::is_empty) {
            view! { <p class="kern-body">"Der Kommunikationsplan ist noch leer."</p> }.into_any()
        } else {
            view! {
                <Tabelle id="sh-kommunikation-titel" titel="Kommunikationsplan: wer, über welchen Kanal, wie oft, durch wen">
                    <thead>
                        <tr>
                            <th scope="col">"Stakeholder"</th>
                            <th scope="col">"Kanal"</th>
                            <th scope="col">"Frequenz"</th>
                            <th scope="col">"Verantwortlich"</th>
                            <th scope="col">"Inhalt / Anlass"</th>
                            <th scope="col">"Aktion"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {zeilen.get().into_iter().map(|(id, sid, name, vertraulich, kanal, frequenz, wer, inhalt)| view! {
                            <tr>
                                <th scope="row">
                                    <a class="kern-link" href=stakeholder_href(sid)>{name.clone()}</a>
                                    {vertraulich.then(|| view! { " " <VertraulichMarke/> })}
                                </th>
                                <td>{kanal}</td>
                                <td>{frequenz}</td>
                                <td>{wer}</td>
                                <td>{inhalt}</td>
                                <td class="tabelle__aktionen">
                                    <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                        id=format!("sh-k-bearbeiten-{id}") on:click=move |_| bearbeiten(id)>
                                        <span class="kern-sr-only">{format!("Eintrag für „{name}“ ")}</span><span class="kern-label">"Bearbeiten"</span>
                                    </button>
                                    <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                        on:click=move |_| entfernen(id)>
                                        <span class="kern-sr-only">{format!("Eintrag für „{name}“ ")}</span><span class="kern-label">"Löschen"</span>
                                    </button>
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <Formular formular/>
    }
}

/// The form for a new row or, after "Bearbeiten", for changing one.
#[component]
fn Formular(formular: Formularstand) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let Formularstand {
        bearbeitet,
        stakeholder,
        kanal,
        frequenz,
        wer,
        inhalt,
    } = formular;
    let fehler = RwSignal::new(Vec::<(String, String)>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let (sh_opt, kanal_opt, freq_opt) = daten
        .lies_ungetrackt(|ab| {
            ab.map(|ab| {
                let a = &ab.werkzeuge.stakeholderanalyse;
                (
                    std::iter::once((String::new(), "bitte wählen".to_owned()))
                        .chain(a.stakeholder.iter().map(|s| {
                            (
                                s.id.to_string(),
                                if s.vertraulich {
                                    format!("{} (vertraulich)", s.name)
                                } else {
                                    s.name.clone()
                                },
                            )
                        }))
                        .collect::<Vec<_>>(),
                    katalogoptionen(&a.kanaele, "nicht festgelegt"),
                    katalogoptionen(&a.frequenzen, "nicht festgelegt"),
                )
            })
        })
        .unwrap_or_default();
    let fehler_bei = move |feld: &'static str| {
        Signal::derive(move || fehler.with(|f| f.iter().find(|x| x.0 == feld).map(|x| x.1.clone())))
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut liste = Vec::new();
        let sid = stakeholder.get_untracked().parse::<u32>().ok();
        if sid.is_none() {
            liste.push((
                "sh-k-stakeholder".to_owned(),
                "Wählen Sie den Stakeholder.".to_owned(),
            ));
        }
        if wer.get_untracked().chars().count() > MAX_KURZTEXT {
            liste.push((
                "sh-k-verantwortlich".to_owned(),
                format!("Verantwortlich: höchstens {MAX_KURZTEXT} Zeichen."),
            ));
        }
        if inhalt.get_untracked().chars().count() > MAX_LANGTEXT {
            liste.push((
                "sh-k-inhalt".to_owned(),
                format!("Inhalt / Anlass: höchstens {MAX_LANGTEXT} Zeichen."),
            ));
        }
        if !liste.is_empty() {
            fehler.set(liste);
            return;
        }
        fehler.set(Vec::new());
        let bisher = bearbeitet.get_untracked();
        let k = Kommunikation {
            id: bisher.unwrap_or(0),
            stakeholder: sid.unwrap_or_default(),
            kanal: kanal.get_untracked().parse().ok(),
            frequenz: frequenz.get_untracked().parse().ok(),
            verantwortlich: wer.get_untracked().trim().to_owned(),
            inhalt: inhalt.get_untracked().trim().to_owned(),
        };
        let wort = if bisher.is_some() {
            "geändert"
        } else {
            "angelegt"
        };
        daten.aendere(&format!("Eintrag im Kommunikationsplan {wort}"), |ab| {
            ab.werkzeuge.stakeholderanalyse.speichere_kommunikation(k);
        });
        daten.ansagen(format!("Eintrag im Kommunikationsplan {wort}."));
        formular.leeren();
    };
    view! {
        <h2 class="kern-heading-medium" id="sh-k-neu-titel">
            {move || if bearbeitet.get().is_some() { "Eintrag bearbeiten" } else { "Neuer Eintrag" }}
        </h2>
        <Fehlerzusammenfassung id="sh-k-fehler" fehler=Signal::derive(move || fehler.get())/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="sh-k-neu-titel">
            <Auswahl id="sh-k-stakeholder" beschriftung="Stakeholder" pflicht=true optionen=sh_opt wert=stakeholder
                bei_eingabe=Callback::new(move |t| stakeholder.set(t)) fehler=fehler_bei("sh-k-stakeholder") deaktiviert/>
            <Auswahl id="sh-k-kanal" beschriftung="Kanal" optionen=kanal_opt wert=kanal
                bei_eingabe=Callback::new(move |t| kanal.set(t)) deaktiviert/>
            <Auswahl id="sh-k-frequenz" beschriftung="Frequenz" optionen=freq_opt wert=frequenz
                bei_eingabe=Callback::new(move |t| frequenz.set(t)) deaktiviert/>
            <Eingabe id="sh-k-verantwortlich" beschriftung="Verantwortlich" wert=wer
                bei_eingabe=Callback::new(move |t| wer.set(t)) fehler=fehler_bei("sh-k-verantwortlich") deaktiviert/>
            <Eingabe id="sh-k-inhalt" beschriftung="Inhalt / Anlass" mehrzeilig=true wert=inhalt
                bei_eingabe=Callback::new(move |t| inhalt.set(t)) fehler=fehler_bei("sh-k-inhalt") deaktiviert/>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--primary" id="sh-k-anlegen" disabled=deaktiviert>
                    <span class="kern-label">{move || if bearbeitet.get().is_some() { "Änderungen speichern" } else { "Eintrag anlegen" }}</span>
                </button>
                {move || bearbeitet.get().is_some().then(|| view! {
                    <button type="button" class="kern-btn kern-btn--secondary" id="sh-k-abbrechen"
                        on:click=move |_| { formular.leeren(); fehler.set(Vec::new()); }>
                        <span class="kern-label">"Abbrechen"</span>
                    </button>
                })}
            </div>
        </form>
    }
}
