//! The catalogues: Rollen with their Rollensteckbrief (Aufgaben, Verantwortlichkeiten) and
//! Kompetenzen grouped by Kompetenzbereich. The defaults (reference roles of the
//! IT-Planungsrat study, our competences and Soll-Profile) are taken over with one button and
//! stay marked "bitte prüfen" until an entry is confirmed; every entry is editable.

use leptos::prelude::*;

use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::datensatz::Datensaetze;
use crate::shared::text::{anzahl, Feldfehler};
use crate::tools::kompetenzreflexion::model::{Kompetenz, Kompetenzbereich, Rolle};

use super::{href, BittePruefen};

/// The page.
#[component]
pub fn Kataloge() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let meldung = RwSignal::new(None::<String>);
    let uebernehmen = move |_| {
        let mut n = 0;
        daten.aendere("Vorgabe-Kataloge übernommen", |ab| {
            n = ab.werkzeuge.kompetenzreflexion.uebernimm_vorgabe();
        });
        let text = if n == 0 {
            "Die Vorgabe ist schon vollständig übernommen.".to_owned()
        } else {
            format!(
                "{} aus der Vorgabe übernommen, mit Soll-Profilen. Bitte prüfen Sie die Einträge.",
                anzahl(n, "Eintrag", "Einträge")
            )
        };
        daten.ansagen(text.clone());
        meldung.set(Some(text));
    };
    view! {
        <p class="kern-body">
            "Die Vorgabe enthält Referenzrollen aus dem Projekt „E-Government-Kompetenz“ des IT-Planungsrats und 15 Kompetenzen in fünf Bereichen. "
            "Aufgaben, Verantwortlichkeiten, Kompetenzen, Niveaubezeichnungen und Soll-Profile sind unsere Rekonstruktion: Sie sind mit „bitte prüfen“ markiert, "
            "bis Sie einen Eintrag bestätigen oder ändern. Die Soll-Profile bearbeiten Sie unter "
            <a class="kern-link" href=href(&["soll"])>"Soll-Profile"</a>"."
        </p>
        <div class="knopfleiste">
            <Knopf art=Knopfart::Primaer id="kr-vorgabe" deaktiviert bei_klick=uebernehmen>"Vorgabe-Kataloge übernehmen"</Knopf>
        </div>
        {move || meldung.get().map(|t| view! { <p class="kern-body kr-meldung">{t}</p> })}
        <h2 class="kern-heading-medium">"Rollen"</h2>
        <Rollen/>
        <h2 class="kern-heading-medium">"Kompetenzen"</h2>
        <Kompetenzen/>
    }
}

/// The roles as a table with edit, confirm and delete, and the role form.
#[component]
fn Rollen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let rollen = daten.ableiten(|ab| ab.werkzeuge.kompetenzreflexion.rollen.clone());
    let entwurf = RwSignal::new(Rolle::default());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut r = entwurf.get_untracked();
        r.name = r.name.trim().to_owned();
        r.bitte_pruefen = false;
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.kompetenzreflexion.pruefe_rolle(&r))
                .unwrap_or_default()
        });
        if !probleme.is_empty() {
            fehler_melden(fehler, "kr-r-", probleme);
            return;
        }
        fehler.set(Vec::new());
        let name = r.name.clone();
        daten.aendere(&format!("Rolle „{name}“ gespeichert"), |ab| {
            ab.werkzeuge.kompetenzreflexion.speichere_rolle(r);
        });
        daten.ansagen(format!("Rolle „{name}“ gespeichert."));
        entwurf.set(Rolle::default());
    };
    let zeilen = move || {
        rollen.get().into_iter().map(|r| {
            let id = r.id;
            let bearbeiten = r.clone();
            let name = r.name.clone();
            view! {
                <tr>
                    <th scope="row">{r.name.clone()}{r.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}</th>
                    <td>{r.aufgaben.clone()}</td>
                    <td>{r.verantwortlichkeiten.clone()}</td>
                    <td class="kr-aktionen">
                        <Knopf art=Knopfart::Tertiaer deaktiviert bei_klick=move |_| entwurf.set(bearbeiten.clone())>"Bearbeiten"<span class="kern-sr-only">{format!(": {name}")}</span></Knopf>
                        {r.bitte_pruefen.then(|| view! {
                            <Knopf art=Knopfart::Tertiaer deaktiviert bei_klick=move |_| {
                                daten.aendere("Rolle bestätigt", |ab| {
                                    if let Some(x) = ab.werkzeuge.kompetenzreflexion.rollen.mit_id_mut(id) {
                                        x.bitte_pruefen = false;
                                    }
                                });
                            }>"Bestätigen"</Knopf>
                        })}
                        <Knopf art=Knopfart::Tertiaer gefaehrlich=true deaktiviert bei_klick=move |_| {
                            daten.aendere("Rolle gelöscht", |ab| ab.werkzeuge.kompetenzreflexion.entferne_rolle(id));
                            daten.ansagen("Rolle gelöscht; rückgängig mit Strg+Z.");
                        }>"Löschen"</Knopf>
                    </td>
                </tr>
            }
        }).collect_view()
    };
    let feld = move |lesen: fn(&Rolle) -> String| Signal::derive(move || entwurf.with(lesen));
    let setzen = move |schreiben: fn(&mut Rolle, String)| {
        Callback::new(move |w: String| entwurf.update(|e| schreiben(e, w)))
    };
    view! {
        {move || if rollen.with(Vec::is_empty) {
            view! { <p class="kern-body">"Noch ist keine Rolle erfasst."</p> }.into_any()
        } else {
            view! {
                <Tabelle id="kr-rollen-titel" titel="Rollen mit Rollensteckbrief" spalten=&["Rolle", "Aufgaben", "Verantwortlichkeiten", "Aktionen"]>
                    <tbody>{zeilen}</tbody>
                </Tabelle>
            }.into_any()
        }}
        <h3 class="kern-heading-small">{move || if entwurf.with(|r| r.id == 0) { "Neue Rolle" } else { "Rolle bearbeiten" }}</h3>
        <Fehlerzusammenfassung id="kr-r-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Eingabe id="kr-r-name" beschriftung="Name der Rolle" pflicht=true wert=feld(|r| r.name.clone()) bei_eingabe=setzen(|r, w| r.name = w) fehler=fehler_am(fehler, "kr-r-name") deaktiviert/>
            <Eingabe id="kr-r-aufgaben" beschriftung="Aufgaben" mehrzeilig=true wert=feld(|r| r.aufgaben.clone()) bei_eingabe=setzen(|r, w| r.aufgaben = w) fehler=fehler_am(fehler, "kr-r-aufgaben") deaktiviert/>
            <Eingabe id="kr-r-verantwortlichkeiten" beschriftung="Verantwortlichkeiten" mehrzeilig=true wert=feld(|r| r.verantwortlichkeiten.clone()) bei_eingabe=setzen(|r, w| r.verantwortlichkeiten = w) fehler=fehler_am(fehler, "kr-r-verantwortlichkeiten") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="kr-r-speichern" deaktiviert>"Rolle speichern"</Knopf>
                {move || entwurf.with(|r| r.id != 0).then(|| view! {
                    <Knopf bei_klick=move |_| { entwurf.set(Rolle::default()); fehler.set(Vec::new()); }>"Abbrechen"</Knopf>
                })}
            </div>
        </form>
    }
}

/// The competences by area, and the competence form.
#[component]
fn Kompetenzen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let liste = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        k.kompetenzen_geordnet()
            .into_iter()
            .map(|x| (x.clone(), k.kompetenz_loeschbar(x.id)))
            .collect::<Vec<_>>()
    });
    let entwurf = RwSignal::new(Kompetenz::default());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut x = entwurf.get_untracked();
        x.name = x.name.trim().to_owned();
        x.bitte_pruefen = false;
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.kompetenzreflexion.pruefe_kompetenz(&x))
                .unwrap_or_default()
        });
        if !probleme.is_empty() {
            fehler_melden(fehler, "kr-k-", probleme);
            return;
        }
        fehler.set(Vec::new());
        let name = x.name.clone();
        daten.aendere(&format!("Kompetenz „{name}“ gespeichert"), |ab| {
            ab.werkzeuge.kompetenzreflexion.speichere_kompetenz(x);
        });
        daten.ansagen(format!("Kompetenz „{name}“ gespeichert."));
        entwurf.set(Kompetenz::default());
    };
    let zeilen = move || {
        liste.get().into_iter().map(|(x, loeschbar)| {
            let id = x.id;
            let bearbeiten = x.clone();
            let name = x.name.clone();
            view! {
                <tr>
                    <th scope="row">{x.name.clone()}{x.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}</th>
                    <td>{x.bereich.name()}</td>
                    <td>{x.beschreibung.clone()}</td>
                    <td class="kr-aktionen">
                        <Knopf art=Knopfart::Tertiaer deaktiviert bei_klick=move |_| entwurf.set(bearbeiten.clone())>"Bearbeiten"<span class="kern-sr-only">{format!(": {name}")}</span></Knopf>
                        {x.bitte_pruefen.then(|| view! {
                            <Knopf art=Knopfart::Tertiaer deaktiviert bei_klick=move |_| {
                                daten.aendere("Kompetenz bestätigt", |ab| {
                                    if let Some(x) = ab.werkzeuge.kompetenzreflexion.kompetenzen.mit_id_mut(id) {
                                        x.bitte_pruefen = false;
                                    }
                                });
                            }>"Bestätigen"</Knopf>
                        })}
                        {loeschbar.then(|| view! {
                            <Knopf art=Knopfart::Tertiaer gefaehrlich=true deaktiviert bei_klick=move |_| {
                                daten.aendere("Kompetenz gelöscht", |ab| { ab.werkzeuge.kompetenzreflexion.entferne_kompetenz(id); });
                                daten.ansagen("Kompetenz gelöscht; rückgängig mit Strg+Z.");
                            }>"Löschen"</Knopf>
                        })}
                    </td>
                </tr>
            }
        }).collect_view()
    };
    let bereiche: Vec<(String, String)> = Kompetenzbereich::ALLE
        .iter()
        .map(|b| (b.name().to_owned(), b.name().to_owned()))
        .collect();
    view! {
        {move || if liste.with(Vec::is_empty) {
            view! { <p class="kern-body">"Noch ist keine Kompetenz erfasst."</p> }.into_any()
        } else {
            view! {
                <Tabelle id="kr-kompetenzen-titel" titel="Kompetenzen nach Kompetenzbereich" spalten=&["Kompetenz", "Kompetenzbereich", "Beschreibung", "Aktionen"]>
                    <tbody>{zeilen}</tbody>
                </Tabelle>
            }.into_any()
        }}
        <p class="kern-hint">"Eine Kompetenz, in der schon jemand eingeschätzt ist, lässt sich nicht löschen, nur umbenennen."</p>
        <h3 class="kern-heading-small">{move || if entwurf.with(|x| x.id == 0) { "Neue Kompetenz" } else { "Kompetenz bearbeiten" }}</h3>
        <Fehlerzusammenfassung id="kr-k-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <div class="formular__reihe">
                <Eingabe id="kr-k-name" beschriftung="Name der Kompetenz" pflicht=true wert=Signal::derive(move || entwurf.with(|x| x.name.clone()))
                    bei_eingabe=Callback::new(move |w| entwurf.update(|x| x.name = w)) fehler=fehler_am(fehler, "kr-k-name") deaktiviert/>
                <Auswahl id="kr-k-bereich" beschriftung="Kompetenzbereich" optionen=bereiche wert=Signal::derive(move || entwurf.with(|x| x.bereich.name().to_owned()))
                    bei_eingabe=Callback::new(move |w: String| entwurf.update(|x| x.bereich = Kompetenzbereich::aus_name(&w).unwrap_or_default())) deaktiviert/>
            </div>
            <Eingabe id="kr-k-beschreibung" beschriftung="Beschreibung" mehrzeilig=true wert=Signal::derive(move || entwurf.with(|x| x.beschreibung.clone()))
                bei_eingabe=Callback::new(move |w| entwurf.update(|x| x.beschreibung = w)) fehler=fehler_am(fehler, "kr-k-beschreibung") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="kr-k-speichern" deaktiviert>"Kompetenz speichern"</Knopf>
                {move || entwurf.with(|x| x.id != 0).then(|| view! {
                    <Knopf bei_klick=move |_| { entwurf.set(Kompetenz::default()); fehler.set(Vec::new()); }>"Abbrechen"</Knopf>
                })}
            </div>
        </form>
    }
}
