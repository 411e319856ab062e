//! A Verankerungsziel: the short form for a goal of one's own, and the goal's record page —
//! its state as a summary, then sections edited on their own: description and source, the
//! assessments (history with the change per Stichtag), measures, links to evidence in other
//! tools, and retiring (a goal with assessments) or deleting it (a goal without).

use crate::shared::datensatz::Datensaetze;
use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{feldbindung, mit_leerem_wert, Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::app::zusammenfassung::{oder_strich, Abschnitt, Angabe, Bearbeitung, Zusammenfassung};
use crate::shared::text::{anzahl, Feldfehler};
use crate::tools::verankerung::calc;
use crate::tools::verankerung::model::ist_offen;
use crate::tools::verankerung::model::{Verweis, Ziel};
use crate::tools::verankerung::SLUG;

use super::massnahmen::{Massnahmentabelle, NeueMassnahme};
use super::{
    dimension_aus, dimensionsoptionen, href, ziel_href, BittePruefen, Stufenmarke,
    Veraenderungsmarke,
};
use crate::app::components::{Knopf, Knopfart};

#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    dimension: String,
    titel: String,
    beschreibung: String,
    quelle: String,
}

impl Entwurf {
    fn aus(z: &Ziel) -> Entwurf {
        Entwurf {
            dimension: z.dimension.map(|d| d.name().to_owned()).unwrap_or_default(),
            titel: z.titel.clone(),
            beschreibung: z.beschreibung.clone(),
            quelle: z.quelle.clone(),
        }
    }
}

/// The page "Neues Verankerungsziel".
#[component]
pub fn NeuesZiel() -> impl IntoView {
    view! {
        <p class="kern-body">"Legen Sie ein eigenes Ziel an. Bewertet wird es auf der Seite „Bewerten“ zusammen mit den anderen Zielen."</p>
        <Zielformular id=None/>
    }
}

/// The form of a goal's description; `id: None` creates a new goal. Saving an existing goal
/// confirms it (clears "bitte prüfen").
#[component]
fn Zielformular(id: Option<u32>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(
        entwurfsschluessel(SLUG, "ziel", id.unwrap_or(0)),
        move || {
            daten.lies(|ab| {
                ab.and_then(|ab| ab.werkzeuge.verankerung.ziel(id?))
                    .map(Entwurf::aus)
                    .unwrap_or_default()
            })
        },
    );
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("vk-z-{feld}"));
    let beenden = move || {
        formular.verwerfen();
        super::formular_beenden(fehler);
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let alt = daten
            .lies_ungetrackt(|ab| ab.and_then(|ab| ab.werkzeuge.verankerung.ziel(id?).cloned()));
        let ziel = Ziel {
            id: id.unwrap_or(0),
            dimension: dimension_aus(&e.dimension),
            titel: e.titel.trim().to_owned(),
            beschreibung: e.beschreibung.trim().to_owned(),
            quelle: e.quelle.trim().to_owned(),
            bitte_pruefen: false,
            ..alt.unwrap_or_default()
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.verankerung.pruefe_ziel(&ziel))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "vk-z-", probleme) {
            return;
        }
        let name = ziel.titel.clone();
        let wort = if id.is_some() {
            "geändert"
        } else {
            "angelegt"
        };
        let mut neu = 0;
        daten.aendere(&format!("Verankerungsziel „{name}“ {wort}"), |ab| {
            neu = ab.werkzeuge.verankerung.speichere_ziel(ziel);
        });
        daten.ansagen(format!("Verankerungsziel „{name}“ {wort}."));
        formular.zuruecksetzen(entwurf.get_untracked());
        beenden();
        if id.is_none() {
            browser::setze_hash(&ziel_href(neu));
        }
    };
    let (dimension, dimension_setzen) = feldbindung!(entwurf.dimension);
    let (titel, titel_setzen) = feldbindung!(entwurf.titel);
    let (beschreibung, beschreibung_setzen) = feldbindung!(entwurf.beschreibung);
    let (quelle, quelle_setzen) = feldbindung!(entwurf.quelle);
    view! {
        <Fehlerzusammenfassung id="vk-z-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Auswahl id="vk-z-dimension" beschriftung="Dimension" pflicht=true optionen=mit_leerem_wert("bitte wählen", dimensionsoptionen())
                wert=dimension bei_eingabe=dimension_setzen fehler=fehler_bei("dimension") deaktiviert/>
            <Eingabe id="vk-z-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=titel_setzen fehler=fehler_bei("titel") deaktiviert/>
            <Eingabe id="vk-z-beschreibung" beschriftung="Beschreibung" hinweis="Woran erkennt man, dass das Ziel erreicht ist?" mehrzeilig=true
                wert=beschreibung bei_eingabe=beschreibung_setzen fehler=fehler_bei("beschreibung") deaktiviert/>
            <Eingabe id="vk-z-quelle" beschriftung="Quelle" hinweis="Woher das Ziel stammt, z. B. Handreichung, Beschluss, eigene Festlegung"
                wert=quelle bei_eingabe=quelle_setzen fehler=fehler_bei("quelle") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="vk-z-speichern" deaktiviert=deaktiviert>
                    {if id.is_some() { "Ziel speichern" } else { "Ziel anlegen" }}
                </Knopf>
                {id.is_some().then(|| view! {
                    <Knopf id="vk-z-abbrechen" bei_klick=move |_| beenden()>"Abbrechen"</Knopf>
                })}
                {move || formular.geaendert().then(|| view! { <span class="kern-body formular__ungespeichert">"Ungespeicherte Eingaben im Formular"</span> })}
            </div>
        </form>
    }
}

/// A goal's record page.
#[component]
pub fn Zielseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let ziel = daten.ableiten(move |ab| ab.werkzeuge.verankerung.ziel(id).cloned());
    let vorhanden = Signal::derive(move || ziel.with(Option::is_some));
    let name = Signal::derive(move || {
        ziel.with(|z| {
            format!(
                "Verankerungsziel „{}“",
                z.as_ref().map_or("", |z| z.titel.as_str())
            )
        })
    });
    let loeschbar =
        daten.lies_ungetrackt(|ab| ab.is_some_and(|ab| ab.werkzeuge.verankerung.loeschbar(id)));
    let loeschen = loeschbar.then(|| Loeschen {
        name,
        folgen: "Das Ziel wird mit seinen Maßnahmen gelöscht.",
        ausfuehren: Callback::new(move |_| {
            let n = name.get_untracked();
            daten.aendere(&format!("{n} gelöscht"), |ab| {
                ab.werkzeuge.verankerung.entferne_ziel(id);
            });
            daten.ansagen(format!("{n} gelöscht."));
        }),
    });
    let bearbeitbar = Signal::derive(move || daten.bearbeitbar());
    view! {
        <Datensatzseite vorhanden nicht_vorhanden="Dieses Verankerungsziel" zurueck=("Zur Liste der Verankerungsziele", href(&[]))
            abschnitte=vec![
                ("vk-abschnitt-ziel", "Beschreibung und Quelle"),
                ("vk-abschnitt-bewertungen", "Bewertungen"),
                ("vk-abschnitt-massnahmen", "Maßnahmen"),
                ("vk-abschnitt-verweise", "Nachweise in anderen Werkzeugen"),
                ("vk-abschnitt-ausmustern", "Ausmustern"),
            ]
            nostrip:loeschen=loeschen>
            <Stand id/>
            <Abschnitt id="vk-abschnitt-ziel" titel="Beschreibung und Quelle" bearbeitbar
                anzeige=ViewFn::from(move || ziel.get().map(|z| view! {
                    <Zusammenfassung>
                        <Angabe bezeichnung="Dimension">{z.dimension.map_or("–", |d| d.name())}</Angabe>
                        <Angabe bezeichnung="Titel">{z.titel.clone()}{z.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}</Angabe>
                        <Angabe bezeichnung="Beschreibung">{oder_strich(&z.beschreibung)}</Angabe>
                        <Angabe bezeichnung="Quelle">{oder_strich(&z.quelle)}</Angabe>
                    </Zusammenfassung>
                    {z.bitte_pruefen.then(|| view! {
                        <p class="kern-body">"Dieses Ziel stammt aus unserem Vorschlag nach der Handreichung, die nicht öffentlich ist. Prüfen Sie Titel und Beschreibung; mit dem Speichern gilt es als bestätigt."</p>
                    })}
                }))
                formular=ViewFn::from(move || view! { <Zielformular id=Some(id)/> })/>
            <Abschnitt id="vk-abschnitt-bewertungen" titel="Bewertungen" anzeige=ViewFn::from(move || view! { <Verlauf id/> })/>
            <Abschnitt id="vk-abschnitt-massnahmen" titel="Maßnahmen" bearbeitbar
                anzeige=ViewFn::from(move || view! { <Massnahmentabelle ziel=id/> })
                formular=ViewFn::from(move || view! { <NeueMassnahme ziel=id/> })/>
            <Abschnitt id="vk-abschnitt-verweise" titel="Nachweise in anderen Werkzeugen" bearbeitbar
                anzeige=ViewFn::from(move || view! { <Verweise id/> })
                formular=ViewFn::from(move || view! { <Verweisformular id/> })/>
            <Ausmustern id/>
        </Datensatzseite>
    }
}

/// The goal's state: latest Ist and Ziel, gap, change, owner, measures.
#[component]
fn Stand(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = Memo::new(move |_| {
        daten.lies(|ab| {
            let plan = &ab?.werkzeuge.verankerung;
            let z = plan.ziel(id)?;
            let b = calc::stand_am(plan, id, None).cloned();
            let heute = browser::heute();
            let eigene: Vec<_> = plan.massnahmen.iter().filter(|m| m.ziel == id).collect();
            let offen = eigene.iter().filter(|m| ist_offen(m.status)).count();
            let ueber = eigene
                .iter()
                .filter(|m| calc::ueberfaellig(m, heute).is_some())
                .count();
            Some((z.clone(), b, calc::veraenderung(plan, id), offen, ueber))
        })
    });
    move || {
        stand.get().map(|(z, b, veraenderung, offen, ueber)| {
            let ist = b.as_ref().map(|b| b.ist);
            let soll = b.as_ref().map(|b| b.soll);
            let luecke = b.as_ref().map_or("–".to_owned(), |b| anzahl(usize::from(calc::luecke(b)), "Stufe", "Stufen"));
            let stichtag = b.as_ref().map_or("–".to_owned(), |b| b.stichtag.deutsch());
            let verantwortlich = oder_strich(b.as_ref().map_or("", |b| b.verantwortlich.as_str()));
            view! {
            <Zusammenfassung>
                <Angabe bezeichnung="Dimension">{z.dimension.map_or("–", |d| d.name())}</Angabe>
                <Angabe bezeichnung="Ist-Stufe"><span id="vk-ist"><Stufenmarke stufe=ist/></span></Angabe>
                <Angabe bezeichnung="Ziel-Stufe"><Stufenmarke stufe=soll/></Angabe>
                <Angabe bezeichnung="Lücke">{luecke}</Angabe>
                <Angabe bezeichnung="Veränderung"><span id="vk-veraenderung"><Veraenderungsmarke veraenderung/></span></Angabe>
                <Angabe bezeichnung="Stichtag">{stichtag}</Angabe>
                <Angabe bezeichnung="Verantwortlich">{verantwortlich}</Angabe>
                <Angabe bezeichnung="Offene Maßnahmen">
                    {anzahl(offen, "Maßnahme", "Maßnahmen")}
                    {(ueber > 0).then(|| view! { ", davon " <strong class="vk-ueberfaellig">{format!("⚠ {ueber} überfällig")}</strong> })}
                </Angabe>
                <Angabe bezeichnung="Status">
                    {match (z.ausgemustert, z.bitte_pruefen) {
                        (Some(d), _) => format!("ausgemustert am {}", d.deutsch()).into_any(),
                        (None, true) => view! { <BittePruefen/> }.into_any(),
                        (None, false) => "bestätigt, wird bewertet".into_any(),
                    }}
                </Angabe>
            </Zusammenfassung>
            }
        })
    }
}

/// The goal's assessments, newest first, each with its change against the one before.
#[component]
fn Verlauf(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(move |ab| {
        let liste = calc::verlauf(&ab.werkzeuge.verankerung, id);
        let mut zeilen: Vec<_> = liste
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let aenderung = match i.checked_sub(1).map(|v| liste[v].ist.wert()) {
                    None => "erste Bewertung".to_owned(),
                    Some(v) if b.ist.wert() > v => format!("▲ +{}", b.ist.wert() - v),
                    Some(v) if b.ist.wert() < v => format!("▼ −{}", v - b.ist.wert()),
                    Some(_) => "= gleich".to_owned(),
                };
                ((*b).clone(), aenderung)
            })
            .collect();
        zeilen.reverse();
        zeilen
    });
    view! {
        {move || if zeilen.with(Vec::is_empty) {
            view! { <p class="kern-body">"Noch nicht bewertet."</p> }.into_any()
        } else {
            view! {
                <Tabelle id="vk-verlauf-titel" titel="Bewertungen je Stichtag, neueste zuerst">
                    <thead><tr>
                        <th scope="col">"Stichtag"</th><th scope="col">"Ist"</th><th scope="col">"Ziel-Stufe"</th>
                        <th scope="col">"Veränderung"</th><th scope="col">"Nachweis"</th><th scope="col">"Verantwortlich"</th><th scope="col">"Kommentar"</th>
                    </tr></thead>
                    <tbody>
                        {zeilen.get().into_iter().map(|(b, aenderung)| view! {
                            <tr>
                                <th scope="row" class="tabelle__datum">{b.stichtag.deutsch()}</th>
                                <td class="vk-nicht-umbrechen">{b.ist.name()}</td>
                                <td class="vk-nicht-umbrechen">{b.soll.name()}</td>
                                <td class="vk-nicht-umbrechen">{aenderung}</td>
                                <td>{oder_strich(&b.nachweis)}</td>
                                <td>{oder_strich(&b.verantwortlich)}</td>
                                <td>{oder_strich(&b.kommentar)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <p class="kern-body"><a class="kern-link" href=href(&["bewerten"])>"Alle Ziele zu einem Stichtag bewerten"</a></p>
    }
}

/// The goal's links to evidence in other tools, with "(gelöscht)" when the record is gone.
#[component]
fn Verweise(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let liste = daten.ableiten(move |ab| {
        ab.werkzeuge.verankerung.ziel(id).map_or(Vec::new(), |z| {
            z.verweise
                .iter()
                .map(|v| (v.clone(), calc::verweis_titel(ab, v)))
                .collect()
        })
    });
    move || {
        let eintraege = liste.get();
        if eintraege.is_empty() {
            return view! { <p class="kern-body">"Kein Verweis auf Projekte oder Leistungen."</p> }
                .into_any();
        }
        view! {
            <ul class="vk-verweise">
                {eintraege.into_iter().map(|(v, (titel, weg))| {
                    let ziel = if v.werkzeug == "multiprojektplan" {
                        crate::tools::href(&v.werkzeug, &["projekt", &v.id.to_string()])
                    } else {
                        crate::tools::href(&v.werkzeug, &["leistung", &v.id.to_string()])
                    };
                    if weg {
                        view! { <li>{titel}</li> }.into_any()
                    } else {
                        view! { <li><a class="kern-link" href=ziel>{titel}</a></li> }.into_any()
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    }
}

/// Adding and removing links.
#[component]
fn Verweisformular(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let gewaehlt = RwSignal::new(String::new());
    let moeglich = daten.ableiten(move |ab| {
        let schon = ab
            .werkzeuge
            .verankerung
            .ziel(id)
            .map(|z| z.verweise.clone())
            .unwrap_or_default();
        calc::verweisziele(ab)
            .into_iter()
            .filter(|(v, _)| !schon.contains(v))
            .collect::<Vec<_>>()
    });
    let vorhandene = daten.ableiten(move |ab| {
        ab.werkzeuge.verankerung.ziel(id).map_or(Vec::new(), |z| {
            z.verweise
                .iter()
                .map(|v| (v.clone(), calc::verweis_titel(ab, v).0))
                .collect()
        })
    });
    let aendern = move |v: Verweis, hinzu: bool| {
        daten.aendere(
            if hinzu {
                "Verweis hinzugefügt"
            } else {
                "Verweis entfernt"
            },
            |ab| {
                if let Some(z) = ab.werkzeuge.verankerung.ziele.mit_id_mut(id) {
                    z.verweise.retain(|x| *x != v);
                    if hinzu {
                        z.verweise.push(v);
                    }
                }
            },
        );
    };
    let hinzufuegen = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let wahl = gewaehlt.get_untracked();
        if let Some((v, _)) = moeglich
            .get_untracked()
            .into_iter()
            .find(|(v, _)| format!("{}:{}", v.werkzeug, v.id) == wahl)
        {
            aendern(v, true);
            gewaehlt.set(String::new());
        }
    };
    view! {
        <ul class="vk-verweise">
            {move || vorhandene.get().into_iter().map(|(v, titel)| {
                let knopf = v.clone();
                view! {
                    <li>{titel.clone()}" "
                        <button type="button" class="kern-btn kern-btn--tertiary" on:click=move |_| aendern(knopf.clone(), false)>
                            <span class="kern-label">"Entfernen"</span><span class="kern-sr-only">{format!(": {titel}")}</span>
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
        <form class="formular" novalidate on:submit=hinzufuegen>
            {move || view! {
                <Auswahl id="vk-verweis-wahl" beschriftung="Projekt oder Leistung" pflicht=true
                    hinweis="Projekte des Multiprojektplans und Leistungen des Zielstufenplaners in diesem Arbeitsbereich"
                    optionen=mit_leerem_wert("bitte wählen", moeglich.get().into_iter().map(|(v, t)| (format!("{}:{}", v.werkzeug, v.id), t)))
                    wert=gewaehlt bei_eingabe=Callback::new(move |w| gewaehlt.set(w))/>
            }}
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="vk-verweis-hinzufuegen"
                    deaktiviert=move || !daten.bearbeitbar()>
                    "Verweis hinzufügen"
                </Knopf>
                <button type="button" class="kern-btn kern-btn--secondary" on:click=move |_| {
                    if let Some(b) = Bearbeitung::im_abschnitt() { b.beenden(); }
                }>
                    <span class="kern-label">"Fertig"</span>
                </button>
            </div>
        </form>
    }
}

/// Retiring a goal (it stays with its history but is no longer assessed) or taking it back.
#[component]
fn Ausmustern(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let ausgemustert = daten.ableiten(move |ab| ab.werkzeuge.verankerung.ziel(id)?.ausgemustert);
    let umschalten = move |_| {
        let jetzt = ausgemustert.get_untracked();
        let neu = if jetzt.is_some() {
            None
        } else {
            Some(browser::heute())
        };
        daten.aendere(
            if neu.is_some() {
                "Verankerungsziel ausgemustert"
            } else {
                "Verankerungsziel wieder aufgenommen"
            },
            |ab| {
                ab.werkzeuge.verankerung.mustere_aus(id, neu);
            },
        );
        daten.ansagen(if neu.is_some() {
            "Ziel ausgemustert."
        } else {
            "Ziel wieder aufgenommen."
        });
    };
    view! {
        <section class="abschnitt" aria-labelledby="vk-abschnitt-ausmustern">
            <h2 class="kern-heading-medium" id="vk-abschnitt-ausmustern" tabindex="-1">"Ausmustern"</h2>
            <p class="kern-body">{move || match ausgemustert.get() {
                Some(d) => format!("Ausgemustert am {}: Das Ziel wird nicht mehr bewertet und zählt nicht in den Mittelwerten; sein Verlauf bleibt erhalten.", d.deutsch()),
                None => "Ein Ziel, das nicht mehr passt, mustern Sie aus: Es wird nicht mehr bewertet und zählt nicht mehr in den Mittelwerten, sein Verlauf bleibt erhalten. Löschen lässt sich nur ein Ziel ohne Bewertung.".to_owned(),
            }}</p>
            <Knopf id="vk-ausmustern" deaktiviert=move || !daten.bearbeitbar() bei_klick=umschalten>
                {move || if ausgemustert.get().is_some() { "Wieder aufnehmen" } else { "Ziel ausmustern" }}
            </Knopf>
        </section>
    }
}
