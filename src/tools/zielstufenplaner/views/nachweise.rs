//! Nachweis-Reifegrad A–D (Registermodernisierung): the required evidence of one Leistung with
//! its current and target level, and the matrix Leistungen × Nachweise over all Leistungen.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{feldbindung, mit_leerem_wert, Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehlerliste};
use crate::app::zusammenfassung::Bearbeitung;
use crate::shared::datensatz::Datensaetze;
use crate::tools::zielstufenplaner::calc;
use crate::tools::zielstufenplaner::model::{Feldfehler, Nachweis, Nachweisstufe, MAX_KURZTEXT};
use crate::tools::zielstufenplaner::SLUG;

use super::{abschnitt_beenden, bedeutungsoptionen, hat_entwurf, leistung_href, Satztabelle};
use crate::app::components::Knopf;

fn stufe_aus(text: &str) -> Option<Nachweisstufe> {
    Nachweisstufe::aus_name(text)
}

fn optionen() -> Vec<(String, String)> {
    bedeutungsoptionen(
        Nachweisstufe::ALLE,
        Nachweisstufe::name,
        Nachweisstufe::bedeutung,
    )
}

/// The fields of the form for a new Nachweis, as typed and chosen.
#[derive(Clone, Debug, PartialEq)]
struct Entwurf {
    name: String,
    stufe: String,
    ziel: String,
}

/// The Nachweise of one Leistung (tracked).
fn nachweise_von(daten: Daten, leistung: u32) -> Memo<Vec<Nachweis>> {
    Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| {
                ab.werkzeuge
                    .zielstufenplaner
                    .nachweise_von(leistung)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    })
}

fn schluessel_nachweis(leistung: u32) -> String {
    entwurfsschluessel(SLUG, "nachweis", leistung)
}

const TABELLENTITEL: &str = "Erforderliche Nachweise mit Nachweis-Reifegrad (A–D)";

/// Whether the form for a new Nachweis of `leistung` holds unsaved input.
pub fn offen(leistung: u32) -> bool {
    hat_entwurf::<Entwurf>(&schluessel_nachweis(leistung))
}

/// The Nachweise of one Leistung as a table (the section's summary).
#[component]
pub fn Nachweisliste(leistung: u32) -> impl IntoView {
    let liste = nachweise_von(expect_context::<Daten>(), leistung);
    move || {
        if liste.with(Vec::is_empty) {
            return view! { <p class="kern-body">"Noch kein Nachweis erfasst."</p> }.into_any();
        }
        let zeilen: Vec<AnyView> = liste
            .get()
            .into_iter()
            .map(|n| {
                let ziel = n.ziel.map(|z| z.name()).unwrap_or("–");
                let offen = if n.ziel.is_some_and(|z| z > n.stufe) {
                    "ja"
                } else {
                    "nein"
                };
                view! {
                    <tr>
                        <th scope="row">{n.name.clone()}</th>
                        <td class="zahl">{n.stufe.name()}</td>
                        <td class="zahl">{ziel}</td>
                        <td>{offen}</td>
                    </tr>
                }
                .into_any()
            })
            .collect();
        let spalten = &["Nachweis", "Nachweis-Reifegrad", "Ziel", "Unter dem Ziel"];
        view! { <Satztabelle id="zsp-nachweise-titel" titel=TABELLENTITEL spalten zeilen/> }
            .into_any()
    }
}

/// The Nachweise of one Leistung with their levels as choices and a form to add one (the
/// form of the section "Nachweise"; changes are saved at once).
#[component]
pub fn NachweiseDerLeistung(leistung: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let bearbeitung = Bearbeitung::im_abschnitt();
    let liste = nachweise_von(daten, leistung);
    let formular = Formularentwurf::neu(schluessel_nachweis(leistung), || Entwurf {
        name: String::new(),
        stufe: Nachweisstufe::A.name().to_owned(),
        ziel: String::new(),
    });
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let hinzufuegen = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let n = e.name.trim().to_owned();
        let problem = if n.is_empty() || n.chars().count() > MAX_KURZTEXT {
            Some(format!(
                "Nachweis: Geben Sie einen Namen mit höchstens {MAX_KURZTEXT} Zeichen ein."
            ))
        } else if liste.with_untracked(|l| l.iter().any(|x| x.name.trim().eq_ignore_ascii_case(&n)))
        {
            Some(format!(
                "Der Nachweis „{n}“ ist für diese Leistung schon erfasst."
            ))
        } else {
            None
        };
        if let Some(meldung) = problem {
            fehler.set(vec![Feldfehler::neu("zsp-nw-name", meldung)]);
            return;
        }
        fehler.set(Vec::new());
        let nachweis = Nachweis {
            id: 0,
            leistung,
            name: n.clone(),
            stufe: stufe_aus(&e.stufe).unwrap_or(Nachweisstufe::A),
            ziel: stufe_aus(&e.ziel),
        };
        daten.aendere(&format!("Nachweis „{n}“ hinzugefügt"), |ab| {
            ab.werkzeuge.zielstufenplaner.speichere_nachweis(nachweis);
        });
        daten.ansagen(format!("Nachweis „{n}“ hinzugefügt."));
        formular.verwerfen();
    };
    let (name, name_setzen) = feldbindung!(entwurf.name);
    let (stufe, stufe_setzen) = feldbindung!(entwurf.stufe);
    let (ziel, ziel_setzen) = feldbindung!(entwurf.ziel);
    let aendern = move |id: u32, neu: Option<Nachweisstufe>, zielfeld: bool| {
        daten.aendere("Nachweis-Reifegrad geändert", |ab| {
            if let Some(n) = ab.werkzeuge.zielstufenplaner.nachweise.mit_id_mut(id) {
                if zielfeld {
                    n.ziel = neu
                } else if let Some(s) = neu {
                    n.stufe = s
                }
            }
        });
    };
    view! {
        {move || if liste.with(Vec::is_empty) {
            view! { <p class="kern-body">"Noch kein Nachweis erfasst."</p> }.into_any()
        } else {
            view! {
                <Tabelle id="zsp-nachweise-titel" titel=TABELLENTITEL>
                    <thead><tr><th scope="col">"Nachweis"</th><th scope="col">"Nachweis-Reifegrad"</th><th scope="col">"Ziel"</th><th scope="col">"Aktion"</th></tr></thead>
                    <tbody>
                        <For each=move || liste.get() key=|n| n.clone() let:n>
                            {
                                let id = n.id;
                                let name = n.name.clone();
                                view! {
                                    <tr>
                                        <th scope="row">{n.name.clone()}</th>
                                        <td><Auswahl id=format!("zsp-nw-{id}-stufe") beschriftung=format!("Nachweis-Reifegrad {}", n.name) optionen=optionen()
                                            wert=Signal::stored(n.stufe.name().to_owned()) bei_eingabe=Callback::new(move |w: String| aendern(id, stufe_aus(&w), false)) deaktiviert/></td>
                                        <td><Auswahl id=format!("zsp-nw-{id}-ziel") beschriftung=format!("Ziel {}", n.name) optionen=mit_leerem_wert("kein Ziel", optionen())
                                            wert=Signal::stored(n.ziel.map(|z| z.name().to_owned()).unwrap_or_default()) bei_eingabe=Callback::new(move |w: String| aendern(id, stufe_aus(&w), true)) deaktiviert/></td>
                                        <td><button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Nachweis {name} entfernen") disabled=deaktiviert
                                            on:click=move |_| daten.aendere(&format!("Nachweis „{name}“ entfernt"), |ab| ab.werkzeuge.zielstufenplaner.nachweise.retain(|x| x.id != id))>
                                            <span class="kern-label">"Entfernen"</span></button></td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <Fehlerzusammenfassung id="zsp-nw-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=hinzufuegen>
            <div class="formular__reihe">
                <Eingabe id="zsp-nw-name" beschriftung="Nachweis" pflicht=true hinweis="z. B. Geburtsurkunde" wert=name bei_eingabe=name_setzen
                    fehler=fehler_am(fehler, "zsp-nw-name") deaktiviert/>
                <Auswahl id="zsp-nw-stufe" beschriftung="Nachweis-Reifegrad" pflicht=true optionen=optionen() wert=stufe bei_eingabe=stufe_setzen deaktiviert/>
                <Auswahl id="zsp-nw-ziel" beschriftung="Ziel-Nachweis-Reifegrad" optionen=mit_leerem_wert("kein Ziel", optionen()) wert=ziel bei_eingabe=ziel_setzen deaktiviert/>
            </div>
            <div class="knopfleiste">
                <Knopf absenden=true id="zsp-nw-hinzufuegen" deaktiviert=deaktiviert>"Nachweis hinzufügen"</Knopf>
                <button type="button" class="kern-btn kern-btn--primary" id="zsp-nw-fertig" on:click=move |_| {
                    formular.verwerfen();
                    abschnitt_beenden(bearbeitung);
                }>
                    <span class="kern-label">"Fertig"</span>
                </button>
            </div>
        </form>
    }
}

/// The matrix page: one row per Leistung with Nachweisen, one column per Nachweis name.
#[component]
pub fn Nachweismatrix() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let matrix = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else {
                return (Vec::new(), Vec::new());
            };
            let plan = &ab.werkzeuge.zielstufenplaner;
            let (namen, zeilen) = calc::nachweismatrix(plan);
            let zeilen = zeilen
                .into_iter()
                .map(|(id, zellen)| {
                    (
                        id,
                        plan.leistung(id)
                            .map(|l| l.bezeichnung.clone())
                            .unwrap_or_default(),
                        zellen,
                    )
                })
                .collect::<Vec<_>>();
            (namen, zeilen)
        })
    });
    let legende = Nachweisstufe::ALLE
        .iter()
        .map(|s| view! { <li><strong>{s.name()}</strong>{format!(": {}", s.bedeutung())}</li> })
        .collect_view();
    view! {
        <p class="kern-body">"Nachweis-Reifegrade der Registermodernisierung je Leistung und Nachweis. Eine Zelle zeigt den heutigen Grad und, falls geplant, das Ziel („B → D“). Leer: Nachweis wird für diese Leistung nicht verlangt."</p>
        <ul class="aufzaehlung">{legende}</ul>
        {move || {
            let (namen, zeilen) = matrix.get();
            if zeilen.is_empty() {
                return view! { <p class="kern-body">"Noch kein Nachweis erfasst. Nachweise tragen Sie auf der Seite einer Leistung ein."</p> }.into_any();
            }
            view! {
                <Tabelle id="zsp-matrix-titel" titel="Nachweis-Matrix: Leistungen × Nachweise (A–D)">
                    <thead><tr><th scope="col">"Leistung"</th>{namen.iter().map(|n| view! { <th scope="col">{n.clone()}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {zeilen.into_iter().map(|(id, name, zellen)| view! {
                            <tr>
                                <th scope="row"><a class="kern-link" href=leistung_href(id)>{name}</a></th>
                                {zellen.into_iter().map(|z| match z {
                                    None => view! { <td></td> }.into_any(),
                                    Some((s, ziel)) => {
                                        let klasse = format!("zsp-nachweis zsp-nachweis--{}", s.name().to_lowercase());
                                        let text = match ziel { Some(z) if z != s => format!("{} → {}", s.name(), z.name()), _ => s.name().to_owned() };
                                        view! { <td class=klasse>{text}</td> }.into_any()
                                    }
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
    }
}
