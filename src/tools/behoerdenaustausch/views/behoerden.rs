//! The catalogue of Behörden (name, Kürzel, Ressort) and of Ressorts, each a table with
//! "Bearbeiten" and "Löschen" and a form. The shipped suggestions are marked "bitte prüfen"
//! until saved once.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{feldbindung, mit_leerem_wert, Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Satzformular,
};
use crate::app::zusammenfassung::oder_strich;
use crate::shared::text::Feldfehler;
use crate::tools::behoerdenaustausch::model::{Behoerde, Ressort};
use crate::tools::behoerdenaustausch::SLUG;

use super::{BittePruefen, Zeilenknoepfe};
use crate::shared::sortieren::Sortieren;

#[derive(Clone, Debug, Default, PartialEq)]
struct BehoerdeEntwurf {
    id: u32,
    name: String,
    kuerzel: String,
    ressort: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct RessortEntwurf {
    id: u32,
    kuerzel: String,
    name: String,
}

/// The page.
#[component]
pub fn Behoerden() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let angelegt = daten.ableiten(|ab| ab.werkzeuge.behoerdenaustausch.katalog_angelegt);
    view! {
        <p class="kern-body">"Die Behörden, die an Terminen teilnehmen oder Nachnutzung anbieten, mit ihrem Ressort. Mitgeliefert sind einige Bundesbehörden als Vorschlag; prüfen Sie Namen und Ressortzuordnung – mit dem Speichern gilt ein Eintrag als geprüft."</p>
        {move || (!angelegt.get()).then(|| view! {
            <div class="knopfleiste">
                <Knopf id="ba-b-vorschlaege" deaktiviert=move || !daten.bearbeitbar()
                    bei_klick=move |_| {
                        daten.aendere("Vorgeschlagene Behörden übernommen", |ab| ab.werkzeuge.behoerdenaustausch.katalog_sicherstellen());
                        daten.ansagen("Vorgeschlagene Behörden und Ressorts übernommen.");
                    }>
                    "Vorgeschlagene Behörden übernehmen"
                </Knopf>
            </div>
        })}
        <Behoerdenliste/>
        <Ressortliste/>
    }
}

#[component]
fn Behoerdenliste() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular: Satzformular<BehoerdeEntwurf> = Satzformular::neu(
        entwurfsschluessel(SLUG, "behoerde", 0),
        |_| BehoerdeEntwurf::default(),
        |ab, id| {
            ab.werkzeuge
                .behoerdenaustausch
                .behoerde(id)
                .map(|b| BehoerdeEntwurf {
                    id: b.id,
                    name: b.name.clone(),
                    kuerzel: b.kuerzel.clone(),
                    ressort: b.ressort.map(|r| r.to_string()).unwrap_or_default(),
                })
        },
        |e| e.id,
    );
    let entwurf = formular.wert();
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let zeilen = daten.ableiten(|ab| {
        let ba = &ab.werkzeuge.behoerdenaustausch;
        let mut liste: Vec<(Behoerde, String, usize)> = ba
            .behoerden
            .iter()
            .map(|b| {
                (
                    b.clone(),
                    ba.ressort_von(b.id),
                    ba.teilnahmen.iter().filter(|t| t.behoerde == b.id).count(),
                )
            })
            .collect();
        liste.sortiere_nach(|x, y| crate::shared::text::vergleiche(&x.0.kurz(), &y.0.kurz()));
        liste
    });
    let ressorts = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| {
                ab.werkzeuge
                    .behoerdenaustausch
                    .ressorts
                    .iter()
                    .map(|r| (r.id.to_string(), r.kuerzel.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let b = Behoerde {
            id: e.id,
            name: e.name.trim().to_owned(),
            kuerzel: e.kuerzel.trim().to_owned(),
            ressort: e.ressort.parse().ok(),
            bitte_pruefen: false,
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.behoerdenaustausch.pruefe_behoerde(&b))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "ba-b-", probleme) {
            return;
        }
        let wort = if b.id != 0 { "geändert" } else { "angelegt" };
        let text = format!("Behörde „{}“ {wort}", b.name);
        daten.aendere(&text, |ab| {
            ab.werkzeuge.behoerdenaustausch.katalog_angelegt = true;
            ab.werkzeuge.behoerdenaustausch.speichere_behoerde(b);
        });
        daten.ansagen(format!("{text}."));
        formular.leeren();
        fehler.set(Vec::new());
    };
    let (name, name_setzen) = feldbindung!(entwurf.name);
    let (kuerzel, kuerzel_setzen) = feldbindung!(entwurf.kuerzel);
    let (ressort, ressort_setzen) = feldbindung!(entwurf.ressort);
    let bearbeitet = move || entwurf.with(|e| e.id != 0);
    view! {
        <h2 class="kern-heading-medium">"Behörden"</h2>
        {move || {
            let liste = zeilen.get();
            if liste.is_empty() {
                return view! { <p class="kern-body">"Noch ist keine Behörde erfasst."</p> }.into_any();
            }
            view! {
                <Tabelle id="ba-behoerden-titel" titel="Behörden" spalten=&["Kürzel", "Name", "Ressort", "Teilnahmen", "Aktionen"] zahlenspalten=&[3]>
                    <tbody>
                        {liste.into_iter().map(|(b, ressort, teilnahmen)| {
                            let id = b.id;
                            let kurz = b.kurz();
                            view! {
                                <tr>
                                    <th scope="row">{oder_strich(&b.kuerzel)}</th>
                                    <td>{b.name.clone()}{b.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}</td>
                                    <td>{oder_strich(&ressort)}</td>
                                    <td class="kern-table__cell--numeric">{teilnahmen.to_string()}</td>
                                    <td>
                                        <Zeilenknoepfe name=kurz
                                            bearbeiten=Callback::new(move |()| if formular.bearbeiten(id) { browser::fokussiere("#ba-b-name"); })
                                            loeschen=Callback::new(move |()| { daten.aendere("Behörde gelöscht", |ab| ab.werkzeuge.behoerdenaustausch.entferne_behoerde(id)); daten.ansagen("Behörde mit ihren Teilnahmen gelöscht."); })/>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }
            .into_any()
        }}
        <h3 class="kern-heading-small" id="ba-b-formular-titel">{move || if bearbeitet() { "Behörde bearbeiten" } else { "Neue Behörde" }}</h3>
        <Fehlerzusammenfassung id="ba-b-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="ba-b-formular-titel">
            <div class="formular__reihe">
                <Eingabe id="ba-b-name" beschriftung="Name" pflicht=true wert=name bei_eingabe=name_setzen fehler=fehler_am(fehler, "ba-b-name") deaktiviert/>
                <Eingabe id="ba-b-kuerzel" beschriftung="Kürzel" wert=kuerzel bei_eingabe=kuerzel_setzen fehler=fehler_am(fehler, "ba-b-kuerzel") deaktiviert/>
                {move || view! {
                    <Auswahl id="ba-b-ressort" beschriftung="Ressort" optionen=mit_leerem_wert("keines", ressorts.get())
                        wert=ressort bei_eingabe=ressort_setzen fehler=fehler_am(fehler, "ba-b-ressort") deaktiviert/>
                }}
            </div>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="ba-b-speichern" deaktiviert=deaktiviert>
                    {move || if bearbeitet() { "Änderungen speichern" } else { "Behörde anlegen" }}
                </Knopf>
                <Knopf id="ba-b-abbrechen" bei_klick=move |_| { formular.leeren(); fehler.set(Vec::new()); }>"Formular leeren"</Knopf>
            </div>
        </form>
    }
}

#[component]
fn Ressortliste() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular: Satzformular<RessortEntwurf> = Satzformular::neu(
        entwurfsschluessel(SLUG, "ressort", 0),
        |_| RessortEntwurf::default(),
        |ab, id| {
            ab.werkzeuge
                .behoerdenaustausch
                .ressort(id)
                .map(|r| RessortEntwurf {
                    id: r.id,
                    kuerzel: r.kuerzel.clone(),
                    name: r.name.clone(),
                })
        },
        |e| e.id,
    );
    let entwurf = formular.wert();
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let zeilen = daten.ableiten(|ab| {
        let ba = &ab.werkzeuge.behoerdenaustausch;
        ba.ressorts
            .iter()
            .map(|r| {
                (
                    r.clone(),
                    ba.behoerden
                        .iter()
                        .filter(|b| b.ressort == Some(r.id))
                        .count(),
                )
            })
            .collect::<Vec<_>>()
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let r = Ressort {
            id: e.id,
            kuerzel: e.kuerzel.trim().to_owned(),
            name: e.name.trim().to_owned(),
            bitte_pruefen: false,
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.behoerdenaustausch.pruefe_ressort(&r))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "ba-r-", probleme) {
            return;
        }
        let wort = if r.id != 0 { "geändert" } else { "angelegt" };
        let text = format!("Ressort „{}“ {wort}", r.kuerzel);
        daten.aendere(&text, |ab| {
            ab.werkzeuge.behoerdenaustausch.katalog_angelegt = true;
            ab.werkzeuge.behoerdenaustausch.speichere_ressort(r);
        });
        daten.ansagen(format!("{text}."));
        formular.leeren();
        fehler.set(Vec::new());
    };
    let (kuerzel, kuerzel_setzen) = feldbindung!(entwurf.kuerzel);
    let (name, name_setzen) = feldbindung!(entwurf.name);
    let bearbeitet = move || entwurf.with(|e| e.id != 0);
    view! {
        <h2 class="kern-heading-medium">"Ressorts"</h2>
        {move || {
            let liste = zeilen.get();
            if liste.is_empty() {
                return view! { <p class="kern-body">"Noch ist kein Ressort erfasst."</p> }.into_any();
            }
            view! {
                <Tabelle id="ba-ressorts-titel" titel="Ressorts" spalten=&["Kürzel", "Name", "Behörden", "Aktionen"] zahlenspalten=&[2]>
                    <tbody>
                        {liste.into_iter().map(|(r, behoerden)| {
                            let id = r.id;
                            let k1 = r.kuerzel.clone();
                            view! {
                                <tr>
                                    <th scope="row">{r.kuerzel.clone()}</th>
                                    <td>{oder_strich(&r.name)}{r.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}</td>
                                    <td class="kern-table__cell--numeric">{behoerden.to_string()}</td>
                                    <td>
                                        <Zeilenknoepfe name=k1
                                            bearbeiten=Callback::new(move |()| if formular.bearbeiten(id) { browser::fokussiere("#ba-r-kuerzel"); })
                                            loeschen=Callback::new(move |()| { daten.aendere("Ressort gelöscht", |ab| ab.werkzeuge.behoerdenaustausch.entferne_ressort(id)); daten.ansagen("Ressort gelöscht; seine Behörden bleiben ohne Ressort."); })/>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }
            .into_any()
        }}
        <h3 class="kern-heading-small" id="ba-r-formular-titel">{move || if bearbeitet() { "Ressort bearbeiten" } else { "Neues Ressort" }}</h3>
        <Fehlerzusammenfassung id="ba-r-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="ba-r-formular-titel">
            <div class="formular__reihe">
                <Eingabe id="ba-r-kuerzel" beschriftung="Kürzel" pflicht=true wert=kuerzel bei_eingabe=kuerzel_setzen fehler=fehler_am(fehler, "ba-r-kuerzel") deaktiviert/>
                <Eingabe id="ba-r-name" beschriftung="Name" wert=name bei_eingabe=name_setzen fehler=fehler_am(fehler, "ba-r-name") deaktiviert/>
            </div>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="ba-r-speichern" deaktiviert=deaktiviert>
                    {move || if bearbeitet() { "Änderungen speichern" } else { "Ressort anlegen" }}
                </Knopf>
                <Knopf id="ba-r-abbrechen" bei_klick=move |_| { formular.leeren(); fehler.set(Vec::new()); }>"Formular leeren"</Knopf>
            </div>
        </form>
    }
}
