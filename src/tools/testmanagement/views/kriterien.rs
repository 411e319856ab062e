//! Editing the criteria: the quality criteria the cases link to (added, renamed, deleted —
//! deleting one still linked names the cases and asks) and the gate criteria of the Abnahme
//! (added, renamed, deleted after a question; the last one stays). Shipped entries that are our
//! reconstruction carry the mark "bitte prüfen" until they are edited.

use crate::shared::datensatz::Datensaetze;
use leptos::prelude::*;

use crate::app::components::{Bestaetigung, Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::app::zusammenfassung::oder_strich;
use crate::shared::text::{anzahl, Feldfehler};
use crate::tools::testmanagement::model::{Kriterium, Regel};

use super::testfall_href;

/// The mark of a shipped entry that is our reconstruction (text, not colour).
#[component]
fn BittePruefen() -> impl IntoView {
    view! { <span class="tm-marke tm-marke--vorlage">"bitte prüfen"</span> }
}

/// The page "Kriterien".
#[component]
pub fn Kriterien() -> impl IntoView {
    view! {
        <p class="kern-body">"Qualitätskriterien sind die Anforderungen, auf die Testfälle verweisen (Nachverfolgung); Gate-Kriterien entscheiden die Abnahme. Mitgelieferte Einträge, die unsere Zusammenstellung sind, tragen „bitte prüfen“, bis Sie sie bearbeiten."</p>
        <Qualitaetskriterien/>
        <Gatekriterien/>
    }
}

/// Quality criteria: table, form, deletion with the linked cases named.
#[component]
fn Qualitaetskriterien() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(|ab| {
        let tm = &ab.werkzeuge.testmanagement;
        tm.kriterien
            .iter()
            .map(|k| {
                (
                    k.clone(),
                    tm.verwendungen(k.id)
                        .iter()
                        .map(|t| (t.id, t.kennung.clone()))
                        .collect::<Vec<_>>(),
                )
            })
            .collect::<Vec<_>>()
    });
    let bearbeitet = RwSignal::new(None::<u32>);
    let kennung = RwSignal::new(String::new());
    let titel = RwSignal::new(String::new());
    let quelle = RwSignal::new(String::new());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let zu_loeschen = RwSignal::new(None::<u32>);
    let offen = RwSignal::new(false);
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let leeren = move || {
        bearbeitet.set(None);
        for s in [kennung, titel, quelle] {
            s.set(String::new());
        }
        fehler.set(Vec::new());
    };
    let bearbeiten = move |k: Kriterium| {
        bearbeitet.set(Some(k.id));
        kennung.set(k.kennung);
        titel.set(k.titel);
        quelle.set(k.quelle);
        fehler.set(Vec::new());
        crate::app::browser::fokussiere("#tm-k-kennung");
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let k = Kriterium {
            id: bearbeitet.get_untracked().unwrap_or(0),
            kennung: kennung.get_untracked().trim().to_owned(),
            titel: titel.get_untracked().trim().to_owned(),
            quelle: quelle.get_untracked().trim().to_owned(),
            bitte_pruefen: false,
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.testmanagement.pruefe_kriterium(&k))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "tm-k-", probleme) {
            return;
        }
        let neu = k.id == 0;
        let name = k.kennung.clone();
        daten.aendere(
            &format!(
                "Qualitätskriterium {name} {}",
                if neu { "angelegt" } else { "geändert" }
            ),
            |ab| {
                ab.werkzeuge.testmanagement.speichere_kriterium(k);
            },
        );
        daten.ansagen(format!(
            "Qualitätskriterium {name} {}.",
            if neu { "angelegt" } else { "gespeichert" }
        ));
        leeren();
    };
    let loeschen = move |id: u32| {
        let mut name = String::new();
        daten.aendere("Qualitätskriterium gelöscht", |ab| {
            let tm = &mut ab.werkzeuge.testmanagement;
            name = tm
                .kriterium(id)
                .map(|k| k.kennung.clone())
                .unwrap_or_default();
            tm.entferne_kriterium(id);
        });
        if bearbeitet.get_untracked() == Some(id) {
            leeren();
        }
        daten.ansagen(format!("Qualitätskriterium {name} gelöscht."));
    };
    let loeschen_fragen = move |id: u32| {
        let verknuepft =
            zeilen.with_untracked(|z| z.iter().any(|(k, f)| k.id == id && !f.is_empty()));
        if verknuepft {
            zu_loeschen.set(Some(id));
            offen.set(true);
        } else {
            loeschen(id);
        }
    };
    let dialog_titel = Signal::derive(move || {
        zu_loeschen
            .get()
            .and_then(|id| {
                zeilen.with(|z| {
                    z.iter()
                        .find(|(k, _)| k.id == id)
                        .map(|(k, _)| format!("Qualitätskriterium {} löschen?", k.kennung))
                })
            })
            .unwrap_or_default()
    });
    let dialog_faelle = move || {
        zu_loeschen
            .get()
            .and_then(|id| {
                zeilen.with(|z| {
                    z.iter()
                        .find(|(k, _)| k.id == id)
                        .map(|(_, f)| f.iter().map(|(_, k)| k.clone()).collect::<Vec<_>>())
                })
            })
            .unwrap_or_default()
    };
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("tm-k-{feld}"));
    view! {
        <section class="abschnitt" aria-labelledby="tm-k-titel-abschnitt">
            <h2 class="kern-heading-medium" id="tm-k-titel-abschnitt">"Qualitätskriterien"</h2>
            {move || if zeilen.with(Vec::is_empty) {
                view! { <p class="kern-body">"Noch kein Qualitätskriterium. Die Startbibliothek bringt zehn mit; eigene legen Sie unten an."</p> }.into_any()
            } else {
                view! {
                    <Tabelle id="tm-k-tabelle" titel="Qualitätskriterien mit ihren Testfällen" spalten=&["Kriterium", "Quelle", "Testfälle", "Aktionen"]>
                        <tbody>
                            {zeilen.get().into_iter().map(|(k, faelle)| {
                                let id = k.id;
                                let kennung = k.kennung.clone();
                                let k2 = kennung.clone();
                                let kopie = k.clone();
                                view! {
                                    <tr>
                                        <th scope="row">{format!("{} {}", k.kennung, k.titel)}{k.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}</th>
                                        <td>{oder_strich(&k.quelle)}</td>
                                        <td>{if faelle.is_empty() {
                                            view! { "keiner" }.into_any()
                                        } else {
                                            faelle.into_iter().map(|(t, k)| view! { <a class="kern-link" href=testfall_href(t)>{k}</a>" " }).collect_view().into_any()
                                        }}</td>
                                        <td class="tm-aktionen">
                                            <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                                on:click=move |_| bearbeiten(kopie.clone())>
                                                <span class="kern-label">"Bearbeiten"<span class="kern-sr-only">{format!(": {kennung}")}</span></span>
                                            </button>
                                            <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                                on:click=move |_| loeschen_fragen(id)>
                                                <span class="kern-label">"Löschen"<span class="kern-sr-only">{format!(": {k2}")}</span></span>
                                            </button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </Tabelle>
                }.into_any()
            }}
            <Bestaetigung id="tm-k-loeschen-dialog" titel=dialog_titel offen bestaetigen="Löschen" gefaehrlich=true
                bei_bestaetigung=Callback::new(move |_| if let Some(id) = zu_loeschen.get_untracked() { loeschen(id) })>
                <p class="kern-body" id="tm-k-loeschen-faelle">{move || {
                    let f = dialog_faelle();
                    let wer = if f.len() == 1 { "Der Testfall verweist".to_owned() } else { format!("{} verweisen", anzahl(f.len(), "Testfall", "Testfälle")) };
                    format!(
                        "{wer} darauf: {}. Die Verweise werden entfernt; Testläufe behalten ihre Fassung. „Rückgängig“ stellt alles wieder her.",
                        f.join(", ")
                    )
                }}</p>
            </Bestaetigung>
            <h3 class="kern-heading-small" id="tm-k-formular-titel">{move || match bearbeitet.get() {
                Some(_) => "Qualitätskriterium bearbeiten",
                None => "Neues Qualitätskriterium",
            }}</h3>
            <Fehlerzusammenfassung id="tm-k-fehler" fehler=fehlerliste(fehler)/>
            <form class="formular" novalidate on:submit=speichern aria-labelledby="tm-k-formular-titel">
                <Eingabe id="tm-k-kennung" beschriftung="Kennung" pflicht=true schmal=true hinweis="kurz, z. B. SDG-DATEN" wert=kennung bei_eingabe=Callback::new(move |w| kennung.set(w)) fehler=fehler_bei("kennung") deaktiviert/>
                <Eingabe id="tm-k-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=Callback::new(move |w| titel.set(w)) fehler=fehler_bei("titel") deaktiviert/>
                <Eingabe id="tm-k-quelle" beschriftung="Quelle" wert=quelle bei_eingabe=Callback::new(move |w| quelle.set(w)) deaktiviert/>
                <div class="knopfleiste">
                    <Knopf art=Knopfart::Primaer absenden=true id="tm-k-speichern" deaktiviert>
                        {move || if bearbeitet.get().is_some() { "Kriterium speichern" } else { "Kriterium anlegen" }}
                    </Knopf>
                    {move || bearbeitet.get().is_some().then(|| view! {
                        <Knopf art=Knopfart::Tertiaer id="tm-k-abbrechen" bei_klick=move |_| leeren()>"Abbrechen"</Knopf>
                    })}
                </div>
            </form>
        </section>
    }
}

/// Gate criteria of the Abnahme: list, form, deletion after a question.
#[component]
fn Gatekriterien() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let liste = daten.ableiten(|ab| ab.werkzeuge.testmanagement.abnahme.kriterien());
    let bearbeitet = RwSignal::new(None::<u32>);
    let titel = RwSignal::new(String::new());
    let quelle = RwSignal::new(String::new());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let zu_loeschen = RwSignal::new(None::<u32>);
    let offen = RwSignal::new(false);
    let meldung = RwSignal::new(String::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let leeren = move || {
        bearbeitet.set(None);
        titel.set(String::new());
        quelle.set(String::new());
        fehler.set(Vec::new());
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (t, q) = (titel.get_untracked(), quelle.get_untracked());
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.testmanagement.abnahme.pruefe(&t, &q))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "tm-gk-", probleme) {
            return;
        }
        match bearbeitet.get_untracked() {
            Some(id) => {
                daten.aendere("Gate-Kriterium umbenannt", |ab| {
                    ab.werkzeuge.testmanagement.abnahme.benenne(id, &t, &q)
                });
                daten.ansagen("Gate-Kriterium gespeichert.");
            }
            None => {
                daten.aendere("Gate-Kriterium angelegt", |ab| {
                    ab.werkzeuge.testmanagement.abnahme.fuege_hinzu(&t, &q);
                });
                daten.ansagen("Gate-Kriterium angelegt.");
            }
        }
        leeren();
    };
    let loeschen = move |id: u32| {
        let mut ok = false;
        daten.aendere("Gate-Kriterium gelöscht", |ab| {
            ok = ab.werkzeuge.testmanagement.abnahme.entferne(id)
        });
        meldung.set(if ok {
            "Gate-Kriterium gelöscht.".to_owned()
        } else {
            "Das letzte Gate-Kriterium bleibt: Eine Abnahme ohne Kriterium gibt es nicht."
                .to_owned()
        });
        if bearbeitet.get_untracked() == Some(id) {
            leeren();
        }
    };
    let dialog_titel = Signal::derive(move || {
        zu_loeschen
            .get()
            .and_then(|id| {
                liste.with(|l| {
                    l.mit_id(id)
                        .map(|k| format!("Gate-Kriterium „{}“ löschen?", k.titel))
                })
            })
            .unwrap_or_default()
    });
    let dialog_text = move || {
        zu_loeschen.get().and_then(|id| liste.with(|l| l.mit_id(id).cloned())).map(|k| {
            let stand = match k.regel {
                Regel::Manuell if k.erfuellt || !k.nachweis.is_empty() => format!(
                    "Es ist {}{}; Haken und Nachweis gehen mit.",
                    if k.erfuellt { "als erfüllt bestätigt" } else { "nicht erfüllt" },
                    if k.nachweis.is_empty() { String::new() } else { format!(" mit dem Nachweis „{}“", k.nachweis) }
                ),
                Regel::Manuell => "Es ist noch nicht bestätigt.".to_owned(),
                r => format!("Es wird berechnet ({}); der Vorschlag zur Abnahme prüft diese Regel dann nicht mehr.", r.name()),
            };
            format!("{stand} „Rückgängig“ stellt es wieder her.")
        }).unwrap_or_default()
    };
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("tm-gk-{feld}"));
    view! {
        <section class="abschnitt" aria-labelledby="tm-gk-abschnitt">
            <h2 class="kern-heading-medium" id="tm-gk-abschnitt">"Gate-Kriterien der Abnahme"</h2>
            <p class="kern-body">"Vorgegeben sind die sechs Kriterien einer Referenzimplementierung und „keine offenen betriebsverhindernden Mängel“; die Regel zu den Testfällen der Priorität hoch ist unsere (bitte prüfen). Angehakt und mit Nachweis versehen werden sie auf der Seite Abnahme."</p>
            <ol class="tm-kriterien" id="tm-gk-liste">
                {move || liste.get().into_iter().map(|k| {
                    let id = k.id;
                    let name = k.titel.clone();
                    let n2 = name.clone();
                    let (t0, q0) = (k.titel.clone(), k.quelle.clone());
                    view! {
                        <li class="tm-kriterium">
                            <p class="kern-body"><strong>{k.titel.clone()}</strong>{k.bitte_pruefen().then(|| view! { " " <BittePruefen/> })}</p>
                            <p class="kern-body tm-nebentext">{format!("{} – Quelle: {}", k.regel.name(), if k.quelle.is_empty() { "–" } else { &k.quelle })}</p>
                            <div class="knopfleiste">
                                <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                    on:click=move |_| {
                                        bearbeitet.set(Some(id));
                                        titel.set(t0.clone());
                                        quelle.set(q0.clone());
                                        fehler.set(Vec::new());
                                        crate::app::browser::fokussiere("#tm-gk-titel");
                                    }>
                                    <span class="kern-label">"Umbenennen"<span class="kern-sr-only">{format!(": {name}")}</span></span>
                                </button>
                                <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                    on:click=move |_| { zu_loeschen.set(Some(id)); offen.set(true); }>
                                    <span class="kern-label">"Löschen"<span class="kern-sr-only">{format!(": {n2}")}</span></span>
                                </button>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="kern-body" role="status" id="tm-gk-meldung">{move || meldung.get()}</p>
            <Bestaetigung id="tm-gk-loeschen-dialog" titel=dialog_titel offen bestaetigen="Löschen" gefaehrlich=true
                bei_bestaetigung=Callback::new(move |_| if let Some(id) = zu_loeschen.get_untracked() { loeschen(id) })>
                <p class="kern-body">{dialog_text}</p>
            </Bestaetigung>
            <h3 class="kern-heading-small" id="tm-gk-formular-titel">{move || match bearbeitet.get() {
                Some(_) => "Gate-Kriterium umbenennen",
                None => "Neues Gate-Kriterium (von Ihnen bestätigt, mit Nachweis)",
            }}</h3>
            <Fehlerzusammenfassung id="tm-gk-fehler" fehler=fehlerliste(fehler)/>
            <form class="formular" novalidate on:submit=speichern aria-labelledby="tm-gk-formular-titel">
                <Eingabe id="tm-gk-titel" beschriftung="Kriterium" pflicht=true wert=titel bei_eingabe=Callback::new(move |w| titel.set(w)) fehler=fehler_bei("titel") deaktiviert/>
                <Eingabe id="tm-gk-quelle" beschriftung="Quelle" wert=quelle bei_eingabe=Callback::new(move |w| quelle.set(w)) fehler=fehler_bei("quelle") deaktiviert/>
                <div class="knopfleiste">
                    <Knopf art=Knopfart::Primaer absenden=true id="tm-gk-speichern" deaktiviert>
                        {move || if bearbeitet.get().is_some() { "Gate-Kriterium speichern" } else { "Gate-Kriterium anlegen" }}
                    </Knopf>
                    {move || bearbeitet.get().is_some().then(|| view! {
                        <Knopf art=Knopfart::Tertiaer id="tm-gk-abbrechen" bei_klick=move |_| leeren()>"Abbrechen"</Knopf>
                    })}
                </div>
            </form>
        </section>
    }
}
