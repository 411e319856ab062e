//! Defects by class with their status workflow (only the allowed moves are offered, each as a
//! button), a form that files a defect outside a run (review, operation) and edits every field
//! of any defect, and the re-test run made from the fixed defects.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{
    mit_leerem_wert, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung,
};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::app::zusammenfassung::oder_strich;
use crate::shared::datum::Datum;
use crate::shared::text::anzahl;
use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::tools::testmanagement::calc;
use crate::tools::testmanagement::model::{Klasse, Mangel, Mangelstatus, Umgebung};

use super::{
    href, klassenoptionen, lauf_href, testfall_href, umgebungsoptionen, Klassenmarke,
    Mangelstatusmarke,
};
use crate::shared::sortieren::Sortieren;

#[derive(Clone, PartialEq)]
struct Zeile {
    id: u32,
    kennung: String,
    titel: String,
    beschreibung: String,
    klasse: Klasse,
    status: Mangelstatus,
    testfall: Option<(u32, String)>,
    lauf: Option<u32>,
    frist: String,
    auftragnehmer: String,
}

/// The page "Mängel".
#[component]
pub fn Maengel() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(|ab| {
        let tm = &ab.werkzeuge.testmanagement;
        let mut z: Vec<Zeile> = tm
            .maengel
            .iter()
            .map(|m| Zeile {
                id: m.id,
                kennung: m.kennung.clone(),
                titel: m.titel.clone(),
                beschreibung: m.beschreibung.clone(),
                klasse: m.klasse,
                status: m.status,
                testfall: m
                    .testfall
                    .and_then(|t| tm.testfall(t))
                    .map(|t| (t.id, t.kennung.clone())),
                lauf: m.lauf.filter(|l| tm.lauf(*l).is_some()),
                frist: m.frist.map(|d| d.deutsch()).unwrap_or_default(),
                auftragnehmer: m.auftragnehmer.clone(),
            })
            .collect();
        z.sortiere_nach_schluessel(|m| (!m.status.offen(), m.klasse, m.id));
        z
    });
    let offen = daten.ableiten(|ab| calc::offene_je_klasse(&ab.werkzeuge.testmanagement));
    let bearbeitet = RwSignal::new(None::<u32>);
    let wechseln = move |id: u32, kennung: String, neu: Mangelstatus| {
        let mut ok = false;
        daten.aendere(&format!("Mangel {kennung}: {}", neu.name()), |ab| {
            ok = ab.werkzeuge.testmanagement.wechsle_status(id, neu);
        });
        if ok {
            daten.ansagen(format!("Mangel {kennung} ist jetzt {}.", neu.name()));
        }
    };
    view! {
        <p class="kern-body" id="tm-offene-maengel">{move || {
            let o = offen.get();
            format!(
                "Offen: {} betriebsverhindernd, {} betriebsbehindernd, {} leicht. Als offen zählt jeder Mangel, der nicht nachgetestet oder geschlossen ist.",
                o[0], o[1], o[2]
            )
        }}</p>
        <p class="kern-body">"Mängel aus einem Testlauf erfassen Sie auf der Seite des Laufs beim fehlgeschlagenen Testfall; "
            <a class="kern-link" href=href(&["laeufe"])>"zu den Testläufen"</a>". Andere Mängel, etwa aus einem Review oder dem Betrieb, erfassen Sie unten."</p>
        {move || if zeilen.with(Vec::is_empty) {
            view! { <p class="kern-body">"Noch kein Mangel erfasst."</p> }.into_any()
        } else {
            view! {
                <Tabelle id="tm-maengel-titel" titel="Mängel, offene zuerst, nach Klasse" spalten=&["Mangel", "Klasse", "Status", "Testfall", "Frist", "Auftragnehmer", "Status ändern", "Bearbeiten"]>
                    <tbody>
                        {zeilen.get().into_iter().map(|m| {
                            let kennung = m.kennung.clone();
                            view! {
                                <tr>
                                    <th scope="row">{format!("{} {}", m.kennung, m.titel)}
                                        {(!m.beschreibung.is_empty()).then(|| view! { <span class="tm-nebentext tm-block">{m.beschreibung.clone()}</span> })}
                                    </th>
                                    <td><Klassenmarke klasse=m.klasse/></td>
                                    <td><Mangelstatusmarke status=m.status/></td>
                                    <td>{match m.testfall.clone() {
                                        Some((t, k)) => view! { <a class="kern-link" href=testfall_href(t)>{k}</a> }.into_any(),
                                        None => "–".into_any(),
                                    }}
                                    {m.lauf.map(|l| view! { " " <a class="kern-link" href=lauf_href(l)>"Lauf"<span class="kern-sr-only">{format!(" von {}", m.kennung)}</span></a> })}
                                    </td>
                                    <td class="tabelle__datum">{oder_strich(&m.frist)}</td>
                                    <td>{oder_strich(&m.auftragnehmer)}</td>
                                    <td class="tm-aktionen">
                                        {m.status.folgen().iter().map(|&neu| {
                                            let kennung = kennung.clone();
                                            let k2 = kennung.clone();
                                            view! {
                                                <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                                    on:click=move |_| wechseln(m.id, kennung.clone(), neu)>
                                                    <span class="kern-label">{neu.aktion()}<span class="kern-sr-only">{format!(": {k2}")}</span></span>
                                                </button>
                                            }
                                        }).collect_view()}
                                    </td>
                                    <td>
                                        <button type="button" class="kern-btn kern-btn--tertiary" id=format!("tm-mf-bearbeiten-{}", m.id) disabled=move || !daten.bearbeitbar()
                                            on:click=move |_| {
                                                bearbeitet.set(Some(m.id));
                                                crate::app::browser::fokussiere("#tm-mf-formular-titel");
                                            }>
                                            <span class="kern-label">"Bearbeiten"<span class="kern-sr-only">{format!(": {}", m.kennung)}</span></span>
                                        </button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <Mangelformular bearbeitet/>
        <Nachtest/>
    }
}

/// Filing a defect outside a run, or editing every field of defect `bearbeitet` (its status
/// moves only along the workflow, with the buttons in the table).
#[component]
fn Mangelformular(bearbeitet: RwSignal<Option<u32>>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let kennung = RwSignal::new(String::new());
    let titel = RwSignal::new(String::new());
    let beschreibung = RwSignal::new(String::new());
    let klasse = RwSignal::new(Klasse::Betriebsbehindernd.name().to_owned());
    let gemeldet_von = RwSignal::new(String::new());
    let gemeldet_am = RwSignal::new(browser::heute().deutsch());
    let frist = RwSignal::new(String::new());
    let auftragnehmer = RwSignal::new(String::new());
    let fall = RwSignal::new(String::new());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("tm-mf-{feld}"));
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let faelle = daten.ableiten(|ab| {
        ab.werkzeuge
            .testmanagement
            .testfaelle
            .iter()
            .map(|t| (t.id.to_string(), format!("{} {}", t.kennung, t.titel)))
            .collect::<Vec<_>>()
    });
    let fuellen = move |m: Option<Mangel>| {
        let m = m.unwrap_or_else(|| Mangel {
            klasse: Klasse::Betriebsbehindernd,
            gemeldet_am: Some(browser::heute()),
            ..Mangel::default()
        });
        kennung.set(m.kennung);
        titel.set(m.titel);
        beschreibung.set(m.beschreibung);
        klasse.set(m.klasse.name().to_owned());
        gemeldet_von.set(m.gemeldet_von);
        gemeldet_am.set(m.gemeldet_am.map(|d| d.deutsch()).unwrap_or_default());
        frist.set(m.frist.map(|d| d.deutsch()).unwrap_or_default());
        auftragnehmer.set(m.auftragnehmer);
        fall.set(m.testfall.map(|t| t.to_string()).unwrap_or_default());
        fehler.set(Vec::new());
    };
    // The form follows the defect chosen with "Bearbeiten" (and empties for a new one).
    Effect::new(move |_| {
        let id = bearbeitet.get();
        let m = id.and_then(|id| {
            daten.lies_ungetrackt(|ab| {
                ab.and_then(|ab| ab.werkzeuge.testmanagement.mangel(id).cloned())
            })
        });
        fuellen(m);
    });
    let abbrechen = move || {
        bearbeitet.set(None);
        fuellen(None);
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut probleme = Vec::new();
        let datum =
            |feld: &str, name: &str, s: RwSignal<String>, probleme: &mut Vec<Feldfehler>| {
                let text = s.get_untracked();
                let tag = Datum::aus_deutsch(&text);
                probleme.wenn(
                    tag.is_none() && !text.trim().is_empty(),
                    feld,
                    format!("Geben Sie {name} als TT.MM.JJJJ ein."),
                );
                tag
            };
        let gemeldet = datum("gemeldet_am", "das Meldedatum", gemeldet_am, &mut probleme);
        let frist_tag = datum("frist", "die Frist", frist, &mut probleme);
        let alt = bearbeitet.get_untracked().and_then(|id| {
            daten.lies_ungetrackt(|ab| {
                ab.and_then(|ab| ab.werkzeuge.testmanagement.mangel(id).cloned())
            })
        });
        let m = Mangel {
            kennung: kennung.get_untracked().trim().to_owned(),
            titel: titel.get_untracked().trim().to_owned(),
            beschreibung: beschreibung.get_untracked().trim().to_owned(),
            klasse: Klasse::aus_name(&klasse.get_untracked()).unwrap_or_default(),
            gemeldet_von: gemeldet_von.get_untracked().trim().to_owned(),
            gemeldet_am: gemeldet,
            frist: frist_tag,
            auftragnehmer: auftragnehmer.get_untracked().trim().to_owned(),
            testfall: fall.get_untracked().parse::<u32>().ok(),
            ..alt.unwrap_or_default()
        };
        probleme.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.testmanagement.pruefe_mangel(&m))
                .unwrap_or_default()
        }));
        if !fehler_melden(fehler, "tm-mf-", probleme) {
            return;
        }
        let neu = m.id == 0;
        let name = m.titel.clone();
        let mut k = String::new();
        daten.aendere(
            &format!(
                "Mangel „{name}“ {}",
                if neu { "erfasst" } else { "geändert" }
            ),
            |ab| {
                let tm = &mut ab.werkzeuge.testmanagement;
                let id = tm.speichere_mangel(m);
                k = tm.mangel(id).map(|m| m.kennung.clone()).unwrap_or_default();
            },
        );
        daten.ansagen(format!(
            "Mangel {k} „{name}“ {}.",
            if neu { "erfasst" } else { "gespeichert" }
        ));
        abbrechen();
    };
    view! {
        <section class="abschnitt" aria-labelledby="tm-mf-formular-titel">
            <h2 class="kern-heading-medium" id="tm-mf-formular-titel" tabindex="-1">{move || match bearbeitet.get() {
                Some(_) => format!("Mangel {} bearbeiten", kennung.get()),
                None => "Mangel ohne Testlauf erfassen".to_owned(),
            }}</h2>
            <Fehlerzusammenfassung id="tm-mf-fehler" fehler=fehlerliste(fehler)/>
            <form class="formular" novalidate on:submit=speichern aria-labelledby="tm-mf-formular-titel">
                {move || bearbeitet.get().is_some().then(|| view! {
                    <Eingabe id="tm-mf-kennung" beschriftung="Mangel-ID" pflicht=true schmal=true wert=kennung bei_eingabe=Callback::new(move |w| kennung.set(w)) fehler=fehler_bei("kennung") deaktiviert/>
                })}
                <Eingabe id="tm-mf-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=Callback::new(move |w| titel.set(w)) fehler=fehler_bei("titel") deaktiviert/>
                <Eingabe id="tm-mf-beschreibung" beschriftung="Beschreibung" hinweis="Was passiert, wie es sich nachstellen lässt" mehrzeilig=true wert=beschreibung bei_eingabe=Callback::new(move |w| beschreibung.set(w)) fehler=fehler_bei("beschreibung") deaktiviert/>
                <Auswahl id="tm-mf-klasse" beschriftung="Klasse" hinweis="betriebsverhindernd: Nutzung unmöglich; betriebsbehindernd: stark eingeschränkt; leicht: kaum beeinträchtigt"
                    optionen=klassenoptionen() wert=klasse bei_eingabe=Callback::new(move |w| klasse.set(w)) deaktiviert/>
                <Eingabe id="tm-mf-gemeldet_von" beschriftung="Gemeldet von" wert=gemeldet_von bei_eingabe=Callback::new(move |w| gemeldet_von.set(w)) fehler=fehler_bei("gemeldet_von") deaktiviert/>
                <Datumseingabe id="tm-mf-gemeldet_am" beschriftung="Gemeldet am" wert=gemeldet_am bei_eingabe=Callback::new(move |w| gemeldet_am.set(w)) fehler=fehler_bei("gemeldet_am") deaktiviert/>
                <Datumseingabe id="tm-mf-frist" beschriftung="Frist" wert=frist bei_eingabe=Callback::new(move |w| frist.set(w)) fehler=fehler_bei("frist") deaktiviert/>
                <Eingabe id="tm-mf-auftragnehmer" beschriftung="Auftragnehmer" wert=auftragnehmer bei_eingabe=Callback::new(move |w| auftragnehmer.set(w)) fehler=fehler_bei("auftragnehmer") deaktiviert/>
                {move || view! {
                    <Auswahl id="tm-mf-fall" beschriftung="Testfall" hinweis="Der Testfall, der den Mangel zeigt; mit ihm entsteht der Nachtest."
                        optionen=mit_leerem_wert("keiner", faelle.get()) wert=fall bei_eingabe=Callback::new(move |w| fall.set(w)) deaktiviert/>
                }}
                <div class="knopfleiste">
                    <Knopf art=Knopfart::Primaer absenden=true id="tm-mf-speichern" deaktiviert>
                        {move || if bearbeitet.get().is_some() { "Mangel speichern" } else { "Mangel erfassen" }}
                    </Knopf>
                    {move || bearbeitet.get().is_some().then(|| view! {
                        <Knopf art=Knopfart::Tertiaer id="tm-mf-abbrechen" bei_klick=move |_| abbrechen()>"Abbrechen"</Knopf>
                    })}
                </div>
            </form>
        </section>
    }
}

/// "Nachtest-Lauf aus behobenen Mängeln".
#[component]
fn Nachtest() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let behoben = daten.ableiten(|ab| {
        ab.werkzeuge
            .testmanagement
            .maengel
            .iter()
            .filter(|m| m.status == Mangelstatus::Behoben && m.testfall.is_some())
            .count()
    });
    let release = RwSignal::new(String::new());
    let umgebung = RwSignal::new(Umgebung::Integration.name().to_owned());
    let anlegen = move |_| {
        let r = release.get_untracked();
        let u = Umgebung::aus_name(&umgebung.get_untracked()).unwrap_or_default();
        let mut neu = None;
        daten.aendere("Nachtest-Lauf angelegt", |ab| {
            neu = ab
                .werkzeuge
                .testmanagement
                .lege_nachtest_an(&r, u, browser::heute());
        });
        if let Some(id) = neu {
            daten.ansagen("Nachtest-Lauf angelegt.");
            browser::setze_hash(&lauf_href(id));
        }
    };
    view! {
        <h2 class="kern-heading-medium">"Nachtest"</h2>
        <p class="kern-body" role="status">{move || match behoben.get() {
            0 => "Kein Mangel ist als behoben gemeldet. Sobald der Auftragnehmer einen Mangel behoben hat, legen Sie hier den Nachtest an.".to_owned(),
            n => format!("{} behoben gemeldet. Der Nachtest-Lauf enthält ihre Testfälle; besteht ein Testfall, gilt sein Mangel als nachgetestet, schlägt er fehl, geht der Mangel zurück in Bearbeitung.", anzahl(n, "Mangel ist", "Mängel sind")),
        }}</p>
        <div class="formular">
            <Eingabe id="tm-n-release" beschriftung="Release" schmal=true wert=release bei_eingabe=Callback::new(move |w| release.set(w))/>
            <Auswahl id="tm-n-umgebung" beschriftung="Umgebung" optionen=umgebungsoptionen() wert=umgebung bei_eingabe=Callback::new(move |w| umgebung.set(w))/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer id="tm-nachtest" bei_klick=anlegen
                    deaktiviert=Signal::derive(move || !daten.bearbeitbar() || behoben.get() == 0)>
                    "Nachtest-Lauf aus behobenen Mängeln"
                </Knopf>
            </div>
        </div>
    }
}
