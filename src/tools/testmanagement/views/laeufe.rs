//! Test runs: the list with progress and pass rate and the form for a new run, and a run's
//! page — progress, executing it step by step by keyboard (each step "wie erwartet" or
//! "abweichend" with the actual result; a case can be blocked or skipped), the results, and
//! filing a defect for a failed case.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::formular::{
    mit_leerem_wert, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung,
};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::app::zusammenfassung::{oder_strich, Angabe, Zusammenfassung};
use crate::shared::datum::Datum;
use crate::shared::text::Pruefliste;
use crate::shared::text::{anzahl, Feldfehler};
use crate::tools::testmanagement::calc;
use crate::tools::testmanagement::model::{
    Ergebnis, Kategorie, Klasse, Mangel, Schrittstatus, Testlauf, Umgebung,
};

use super::{
    href, kategorieoptionen, klassenoptionen, lauf_href, testfall_href, umgebungsoptionen,
    Ergebnismarke,
};

/// The page "Testläufe".
#[component]
pub fn Laeufe() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(|ab| {
        calc::trend(&ab.werkzeuge.testmanagement)
            .into_iter()
            .rev()
            .map(|(l, f)| {
                (
                    l.id,
                    l.titel.clone(),
                    l.release.clone(),
                    l.umgebung.name(),
                    l.datum.map(|d| d.deutsch()).unwrap_or_default(),
                    f,
                    l.nachtest,
                )
            })
            .collect::<Vec<_>>()
    });
    view! {
        {move || if zeilen.with(Vec::is_empty) {
            view! { <p class="kern-body">"Noch kein Testlauf. Planen Sie den ersten mit dem Formular unten."</p> }.into_any()
        } else {
            view! {
                <Tabelle id="tm-laeufe-titel" titel="Testläufe, neueste zuerst, mit Pass-Rate (bestanden je ausgeführt)"
                    spalten=&["Testlauf", "Release", "Umgebung", "Datum", "Fortschritt", "Pass-Rate"] zahlenspalten=&[5]>
                    <tbody>
                        {zeilen.get().into_iter().map(|(id, titel, release, umgebung, datum, f, nachtest)| view! {
                            <tr>
                                <th scope="row"><a class="kern-link" href=lauf_href(id)>{titel}</a>{nachtest.then_some(" (Nachtest)")}</th>
                                <td>{oder_strich(&release)}</td>
                                <td>{umgebung}</td>
                                <td class="tabelle__datum">{oder_strich(&datum)}</td>
                                <td>{format!("{} von {} ausgeführt, {} fehlgeschlagen, {} blockiert", f.ausgefuehrt, f.gesamt, f.fehlgeschlagen, f.blockiert)}</td>
                                <td class="tabelle__zahl">{calc::prozent_text(f.pass_rate())}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <h2 class="kern-heading-medium">"Neuen Testlauf planen"</h2>
        <NeuerLauf/>
    }
}

/// The form of a new run: head and the cases (all, or one category).
#[component]
fn NeuerLauf() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let titel = RwSignal::new(String::new());
    let release = RwSignal::new(String::new());
    let umgebung = RwSignal::new(Umgebung::Test.name().to_owned());
    let tester = RwSignal::new(String::new());
    let datum = RwSignal::new(browser::heute().deutsch());
    let umfang = RwSignal::new(String::new());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("tm-l-{feld}"));
    let auswahl = daten.ableiten(move |ab| {
        let k = umfang.with(|u| Kategorie::aus_name(u));
        calc::filtere(&ab.werkzeuge.testmanagement, k, None, "", "")
            .iter()
            .map(|t| t.id)
            .collect::<Vec<u32>>()
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let faelle = auswahl.get_untracked();
        let mut probleme = Vec::new();
        let tag = Datum::aus_deutsch(&datum.get_untracked());
        probleme.wenn(
            tag.is_none() && !datum.get_untracked().trim().is_empty(),
            "datum",
            "Geben Sie das Datum als TT.MM.JJJJ ein.",
        );
        let lauf = Testlauf {
            titel: titel.get_untracked().trim().to_owned(),
            release: release.get_untracked().trim().to_owned(),
            umgebung: Umgebung::aus_name(&umgebung.get_untracked()).unwrap_or_default(),
            tester: tester.get_untracked().trim().to_owned(),
            datum: tag,
            ..Testlauf::default()
        };
        probleme.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.testmanagement.pruefe_lauf(&lauf, faelle.len()))
                .unwrap_or_default()
        }));
        if !fehler_melden(fehler, "tm-l-", probleme) {
            return;
        }
        let name = lauf.titel.clone();
        let mut neu = 0;
        daten.aendere(&format!("Testlauf „{name}“ geplant"), |ab| {
            neu = ab.werkzeuge.testmanagement.lege_lauf_an(lauf, &faelle);
        });
        daten.ansagen(format!(
            "Testlauf „{name}“ mit {} geplant.",
            anzahl(faelle.len(), "Testfall", "Testfällen")
        ));
        titel.set(String::new());
        browser::setze_hash(&lauf_href(neu));
    };
    view! {
        <Fehlerzusammenfassung id="tm-l-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Eingabe id="tm-l-titel" beschriftung="Titel" pflicht=true hinweis="z. B. Systemtest Release 1.2"
                wert=titel bei_eingabe=Callback::new(move |w| titel.set(w)) fehler=fehler_bei("titel") deaktiviert/>
            <Eingabe id="tm-l-release" beschriftung="Release" schmal=true wert=release bei_eingabe=Callback::new(move |w| release.set(w)) deaktiviert/>
            <Auswahl id="tm-l-umgebung" beschriftung="Umgebung" optionen=umgebungsoptionen() wert=umgebung bei_eingabe=Callback::new(move |w| umgebung.set(w)) deaktiviert/>
            <Eingabe id="tm-l-tester" beschriftung="Tester" wert=tester bei_eingabe=Callback::new(move |w| tester.set(w)) deaktiviert/>
            <Datumseingabe id="tm-l-datum" beschriftung="Datum" wert=datum bei_eingabe=Callback::new(move |w| datum.set(w)) fehler=fehler_bei("datum") deaktiviert/>
            <Auswahl id="tm-l-auswahl" beschriftung="Testfälle" optionen=mit_leerem_wert("alle Testfälle der Bibliothek", kategorieoptionen())
                wert=umfang bei_eingabe=Callback::new(move |w| umfang.set(w)) fehler=fehler_bei("auswahl") deaktiviert/>
            <p class="kern-body" role="status">{move || format!("{} im Lauf", anzahl(auswahl.with(Vec::len), "Testfall", "Testfälle"))}</p>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="tm-l-anlegen" deaktiviert>"Testlauf anlegen"</Knopf>
            </div>
        </form>
    }
}

/// A run's page.
#[component]
pub fn Laufseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let vorhanden = daten.ableiten(move |ab| ab.werkzeuge.testmanagement.lauf(id).is_some());
    let name = daten.ableiten(move |ab| {
        format!(
            "Testlauf „{}“",
            ab.werkzeuge
                .testmanagement
                .lauf(id)
                .map_or("", |l| l.titel.as_str())
        )
    });
    let loeschen = Some(Loeschen {
        name: name.into(),
        folgen: "Der Testlauf wird mit seinen Ergebnissen gelöscht; Mängel bleiben.",
        ausfuehren: Callback::new(move |_| {
            let n = name.get_untracked();
            daten.aendere(&format!("{n} gelöscht"), |ab| {
                ab.werkzeuge.testmanagement.entferne_lauf(id)
            });
            daten.ansagen(format!("{n} gelöscht."));
        }),
    });
    view! {
        <Datensatzseite vorhanden nicht_vorhanden="Dieser Testlauf" zurueck=("Zu den Testläufen", href(&["laeufe"]))
            abschnitte=vec![("tm-abschnitt-ausfuehren", "Ausführen"), ("tm-abschnitt-ergebnisse", "Ergebnisse"), ("tm-abschnitt-mangel", "Mangel erfassen")]
            nostrip:loeschen=loeschen>
            <Stand id/>
            <Ausfuehren id/>
            <Ergebnisse id/>
            <MangelErfassen id/>
        </Datensatzseite>
    }
}

/// Head and progress of the run.
#[component]
fn Stand(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = daten.ableiten(move |ab| {
        ab.werkzeuge.testmanagement.lauf(id).map(|l| {
            (
                l.release.clone(),
                l.umgebung.name(),
                l.tester.clone(),
                l.datum.map(|d| d.deutsch()).unwrap_or_default(),
                calc::fortschritt(l),
                l.nachtest,
            )
        })
    });
    move || {
        stand.get().map(|(release, umgebung, tester, datum, f, nachtest)| view! {
            <Zusammenfassung>
                <Angabe bezeichnung="Release">{oder_strich(&release)}</Angabe>
                <Angabe bezeichnung="Umgebung">{umgebung}</Angabe>
                <Angabe bezeichnung="Tester">{oder_strich(&tester)}</Angabe>
                <Angabe bezeichnung="Datum">{oder_strich(&datum)}</Angabe>
                <Angabe bezeichnung="Art">{if nachtest { "Nachtest aus behobenen Mängeln" } else { "Testlauf" }}</Angabe>
                <Angabe bezeichnung="Fortschritt">
                    <progress class="tm-fortschritt" max=f.gesamt.max(1) value=f.ausgefuehrt aria-labelledby="tm-fortschritt-text"></progress>
                    <span id="tm-fortschritt-text">{format!("{} von {} ausgeführt", f.ausgefuehrt, f.gesamt)}</span>
                </Angabe>
                <Angabe bezeichnung="Ergebnisse">
                    <span id="tm-ergebnisse">{format!("{} bestanden, {} fehlgeschlagen, {} blockiert", f.bestanden, f.fehlgeschlagen, f.blockiert)}</span>
                </Angabe>
                <Angabe bezeichnung="Pass-Rate">{calc::prozent_text(f.pass_rate())}</Angabe>
            </Zusammenfassung>
        })
    }
}

/// What the executor shows for the current case.
#[derive(Clone, PartialEq)]
struct Aktuell {
    nummer: usize,
    gesamt: usize,
    kennung: String,
    titel: String,
    testfall: u32,
    vorbedingungen: String,
    testdaten: String,
    /// Index, number of steps, action, expected of the first open step.
    schritt: Option<(usize, usize, String, String)>,
    ergebnis: Ergebnis,
}

/// Executing the run step by step.
#[component]
fn Ausfuehren(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let start = daten.lies_ungetrackt(|ab| {
        ab.and_then(|ab| ab.werkzeuge.testmanagement.lauf(id))
            .and_then(|l| l.eintraege.iter().position(|e| !e.ergebnis.ausgefuehrt()))
            .unwrap_or(0)
    });
    let index = RwSignal::new(start);
    let ist = RwSignal::new(String::new());
    let fehler = RwSignal::new(None::<String>);
    let tester = RwSignal::new(daten.lies_ungetrackt(|ab| {
        ab.and_then(|ab| ab.werkzeuge.testmanagement.lauf(id))
            .map(|l| l.tester.clone())
            .unwrap_or_default()
    }));
    let aktuell = daten.ableiten(move |ab| {
        let l = ab.werkzeuge.testmanagement.lauf(id)?;
        let i = index.get().min(l.eintraege.len().checked_sub(1)?);
        let e = &l.eintraege[i];
        let schritt = e
            .stand
            .schritte
            .iter()
            .enumerate()
            .find(|(n, _)| {
                e.schritte
                    .get(*n)
                    .is_none_or(|s| s.status == Schrittstatus::Offen)
            })
            .filter(|_| !e.ergebnis.ausgefuehrt())
            .map(|(n, s)| {
                (
                    n,
                    e.stand.schritte.len(),
                    s.aktion.clone(),
                    s.erwartet.clone(),
                )
            });
        Some(Aktuell {
            nummer: i,
            gesamt: l.eintraege.len(),
            kennung: e.stand.kennung.clone(),
            titel: e.stand.titel.clone(),
            testfall: e.testfall,
            vorbedingungen: e.stand.vorbedingungen.clone(),
            testdaten: e.stand.testdaten.clone(),
            schritt,
            ergebnis: e.ergebnis,
        })
    });
    let aus = Signal::derive(move || {
        !daten.bearbeitbar() || aktuell.with(|a| a.as_ref().is_none_or(|a| a.schritt.is_none()))
    });
    // After a case is decided, the executor moves on to the next case not yet executed (after
    // it, then from the start), so the buttons keep focus and Enter runs the next step.
    let weiter_zum_offenen = move |von: usize| {
        let naechster = daten.lies_ungetrackt(|ab| {
            let l = ab?.werkzeuge.testmanagement.lauf(id)?;
            let n = l.eintraege.len();
            (1..n)
                .map(|d| (von + d) % n)
                .find(|&i| !l.eintraege[i].ergebnis.ausgefuehrt())
        });
        if let Some(i) = naechster {
            index.set(i);
        }
    };
    let schritt_setzen = move |status: Schrittstatus| {
        let Some(a) = aktuell.get_untracked() else {
            return;
        };
        let Some((n, _, _, _)) = a.schritt else {
            return;
        };
        let text = ist.get_untracked();
        if status == Schrittstatus::Abweichend && text.trim().is_empty() {
            fehler.set(Some(
                "Beschreiben Sie das tatsächliche Ergebnis.".to_owned(),
            ));
            return;
        }
        fehler.set(None);
        let wer = tester.get_untracked();
        daten.aendere(
            &format!("Schritt {} von {} festgehalten", n + 1, a.kennung),
            |ab| {
                ab.werkzeuge.testmanagement.setze_schritt(
                    id,
                    a.nummer,
                    n,
                    status,
                    &text,
                    &wer,
                    browser::heute(),
                );
            },
        );
        ist.set(String::new());
        let neu = daten.lies_ungetrackt(|ab| {
            ab.and_then(|ab| ab.werkzeuge.testmanagement.lauf(id))
                .map(|l| l.eintraege[a.nummer].ergebnis)
        });
        match neu {
            Some(e) if e.ausgefuehrt() => {
                daten.ansagen(format!("{}: {}.", a.kennung, e.name()));
                weiter_zum_offenen(a.nummer);
            }
            _ => daten.ansagen(format!("Schritt {} {}.", n + 1, status.name())),
        }
    };
    let blockieren = move |_| {
        let Some(a) = aktuell.get_untracked() else {
            return;
        };
        let wer = tester.get_untracked();
        daten.aendere(&format!("{} blockiert", a.kennung), |ab| {
            ab.werkzeuge.testmanagement.setze_ergebnis(
                id,
                a.nummer,
                Ergebnis::Blockiert,
                &wer,
                browser::heute(),
            );
        });
        daten.ansagen(format!("{}: blockiert.", a.kennung));
        weiter_zum_offenen(a.nummer);
    };
    let gehe = move |schritt: isize| {
        let gesamt = aktuell.get_untracked().map_or(0, |a| a.gesamt);
        if gesamt == 0 {
            return;
        }
        index.update(|i| *i = (*i as isize + schritt).rem_euclid(gesamt as isize) as usize);
        fehler.set(None);
    };
    view! {
        <section class="abschnitt" aria-labelledby="tm-abschnitt-ausfuehren">
            <h2 class="kern-heading-medium" id="tm-abschnitt-ausfuehren" tabindex="-1">"Ausführen"</h2>
            <div class="tm-ausfuehren" aria-live="polite">
                {move || aktuell.get().map(|a| view! {
                    <p class="kern-body" id="tm-aktueller-fall">
                        <strong>{format!("Testfall {} von {}: ", a.nummer + 1, a.gesamt)}</strong>
                        <a class="kern-link" href=testfall_href(a.testfall)>{format!("{} {}", a.kennung, a.titel)}</a>
                    </p>
                    {(!a.vorbedingungen.is_empty()).then(|| view! { <p class="kern-body">{format!("Vorbedingungen: {}", a.vorbedingungen)}</p> })}
                    {(!a.testdaten.is_empty()).then(|| view! { <p class="kern-body">{format!("Testdaten: {}", a.testdaten)}</p> })}
                    {match a.schritt {
                        Some((n, von, aktion, erwartet)) => view! {
                            <div class="tm-schrittkarte" id="tm-schritt">
                                <p class="kern-body"><strong>{format!("Schritt {} von {}", n + 1, von)}</strong></p>
                                <p class="kern-body">{aktion}</p>
                                <p class="kern-body">{format!("Erwartet: {}", if erwartet.is_empty() { "–".to_owned() } else { erwartet })}</p>
                            </div>
                        }.into_any(),
                        None => view! {
                            <p class="kern-body" id="tm-schritt">"Ergebnis: " <Ergebnismarke ergebnis=a.ergebnis/>
                                {(!a.ergebnis.ausgefuehrt()).then_some(" (keine offenen Schritte)")}</p>
                        }.into_any(),
                    }}
                })}
            </div>
            <Eingabe id="tm-a-ist" beschriftung="Tatsächliches Ergebnis" pflicht_wenn="Pflicht bei Abweichung" mehrzeilig=true
                wert=ist bei_eingabe=Callback::new(move |w| ist.set(w)) fehler=fehler deaktiviert=aus/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer id="tm-a-ok" deaktiviert=aus bei_klick=move |_| schritt_setzen(Schrittstatus::WieErwartet)>"Wie erwartet"</Knopf>
                <Knopf id="tm-a-abweichung" deaktiviert=aus bei_klick=move |_| schritt_setzen(Schrittstatus::Abweichend)>"Abweichung festhalten"</Knopf>
                <Knopf id="tm-a-blockiert" deaktiviert=Signal::derive(move || !daten.bearbeitbar() || aktuell.with(Option::is_none)) bei_klick=blockieren>"Testfall blockiert"</Knopf>
            </div>
            <div class="knopfleiste">
                <Knopf id="tm-a-zurueck" bei_klick=move |_| gehe(-1)>"Vorheriger Testfall"</Knopf>
                <Knopf id="tm-a-weiter" bei_klick=move |_| gehe(1)>"Nächster Testfall"</Knopf>
                <Eingabe id="tm-a-tester" beschriftung="Tester" schmal=true wert=tester bei_eingabe=Callback::new(move |w| tester.set(w))/>
            </div>
        </section>
    }
}

/// The results of every case in the run.
#[component]
fn Ergebnisse(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(move |ab| {
        let tm = &ab.werkzeuge.testmanagement;
        tm.lauf(id).map_or(Vec::new(), |l| {
            l.eintraege
                .iter()
                .map(|e| {
                    let ist = e
                        .schritte
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| !s.ist.is_empty())
                        .map(|(i, s)| format!("Schritt {}: {}", i + 1, s.ist))
                        .collect::<Vec<_>>()
                        .join("; ");
                    let mangel = e
                        .mangel
                        .and_then(|m| tm.mangel(m))
                        .map(|m| format!("{} ({})", m.kennung, m.status.name()));
                    (
                        e.testfall,
                        format!("{} {}", e.stand.kennung, e.stand.titel),
                        e.stand.version,
                        e.ergebnis,
                        ist,
                        e.tester.clone(),
                        mangel.unwrap_or_default(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="abschnitt" aria-labelledby="tm-abschnitt-ergebnisse">
            <h2 class="kern-heading-medium" id="tm-abschnitt-ergebnisse" tabindex="-1">"Ergebnisse"</h2>
            <Tabelle id="tm-ergebnisse-titel" titel="Ergebnis je Testfall" spalten=&["Testfall", "Version", "Ergebnis", "Tatsächliches Ergebnis", "Tester", "Mangel"]>
                <tbody>
                    {move || zeilen.get().into_iter().map(|(fall, titel, version, ergebnis, ist, tester, mangel)| view! {
                        <tr>
                            <th scope="row"><a class="kern-link" href=testfall_href(fall)>{titel}</a></th>
                            <td>{version}</td>
                            <td><Ergebnismarke ergebnis/></td>
                            <td>{oder_strich(&ist)}</td>
                            <td>{oder_strich(&tester)}</td>
                            <td>{oder_strich(&mangel)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </Tabelle>
        </section>
    }
}

/// Filing a defect for a failed or blocked case of this run.
#[component]
fn MangelErfassen(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let fall = RwSignal::new(String::new());
    let titel = RwSignal::new(String::new());
    let klasse = RwSignal::new(Klasse::Betriebsbehindernd.name().to_owned());
    let beschreibung = RwSignal::new(String::new());
    let auftragnehmer = RwSignal::new(String::new());
    let frist = RwSignal::new(String::new());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("tm-m-{feld}"));
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let kandidaten = daten.ableiten(move |ab| {
        ab.werkzeuge
            .testmanagement
            .lauf(id)
            .map_or(Vec::new(), |l| {
                l.eintraege
                    .iter()
                    .filter(|e| {
                        matches!(e.ergebnis, Ergebnis::Fehlgeschlagen | Ergebnis::Blockiert)
                            && e.mangel.is_none()
                    })
                    .map(|e| {
                        (
                            e.testfall.to_string(),
                            format!(
                                "{} {} ({})",
                                e.stand.kennung,
                                e.stand.titel,
                                e.ergebnis.name()
                            ),
                        )
                    })
                    .collect::<Vec<_>>()
            })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let heute = browser::heute();
        let mut probleme = Vec::new();
        let testfall = fall.get_untracked().parse::<u32>().ok();
        probleme.wenn(testfall.is_none(), "fall", "Wählen Sie den Testfall.");
        let frist_text = frist.get_untracked();
        let frist_tag = Datum::aus_deutsch(&frist_text);
        probleme.wenn(
            frist_tag.is_none() && !frist_text.trim().is_empty(),
            "frist",
            "Geben Sie die Frist als TT.MM.JJJJ ein.",
        );
        let tester = daten.lies_ungetrackt(|ab| {
            ab.and_then(|ab| ab.werkzeuge.testmanagement.lauf(id))
                .map(|l| l.tester.clone())
                .unwrap_or_default()
        });
        let m = Mangel {
            titel: titel.get_untracked().trim().to_owned(),
            beschreibung: beschreibung.get_untracked().trim().to_owned(),
            klasse: Klasse::aus_name(&klasse.get_untracked()).unwrap_or_default(),
            gemeldet_von: tester,
            gemeldet_am: Some(heute),
            frist: frist_tag,
            auftragnehmer: auftragnehmer.get_untracked().trim().to_owned(),
            testfall,
            lauf: Some(id),
            ..Mangel::default()
        };
        probleme.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.testmanagement.pruefe_mangel(&m))
                .unwrap_or_default()
        }));
        if !fehler_melden(fehler, "tm-m-", probleme) {
            return;
        }
        let name = m.titel.clone();
        let mut kennung = String::new();
        daten.aendere(&format!("Mangel „{name}“ erfasst"), |ab| {
            let tm = &mut ab.werkzeuge.testmanagement;
            let neu = tm.speichere_mangel(m);
            kennung = tm
                .mangel(neu)
                .map(|m| m.kennung.clone())
                .unwrap_or_default();
        });
        daten.ansagen(format!("Mangel {kennung} „{name}“ erfasst."));
        for s in [fall, titel, beschreibung, frist] {
            s.set(String::new());
        }
    };
    view! {
        <section class="abschnitt" aria-labelledby="tm-abschnitt-mangel">
            <h2 class="kern-heading-medium" id="tm-abschnitt-mangel" tabindex="-1">"Mangel erfassen"</h2>
            {move || if kandidaten.with(Vec::is_empty) {
                view! { <p class="kern-body">"Kein fehlgeschlagener oder blockierter Testfall ohne Mangel."</p> }.into_any()
            } else {
                view! {
                    <Fehlerzusammenfassung id="tm-m-fehler" fehler=fehlerliste(fehler)/>
                    <form class="formular" novalidate on:submit=speichern>
                        <Auswahl id="tm-m-fall" beschriftung="Testfall" pflicht=true optionen=mit_leerem_wert("bitte wählen", kandidaten.get())
                            wert=fall bei_eingabe=Callback::new(move |w| fall.set(w)) fehler=fehler_bei("fall") deaktiviert/>
                        <Eingabe id="tm-m-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=Callback::new(move |w| titel.set(w)) fehler=fehler_bei("titel") deaktiviert/>
                        <Auswahl id="tm-m-klasse" beschriftung="Klasse" hinweis="betriebsverhindernd: Nutzung unmöglich; betriebsbehindernd: stark eingeschränkt; leicht: kaum beeinträchtigt"
                            optionen=klassenoptionen() wert=klasse bei_eingabe=Callback::new(move |w| klasse.set(w)) deaktiviert/>
                        <Eingabe id="tm-m-beschreibung" beschriftung="Beschreibung" mehrzeilig=true wert=beschreibung bei_eingabe=Callback::new(move |w| beschreibung.set(w)) fehler=fehler_bei("beschreibung") deaktiviert/>
                        <Eingabe id="tm-m-auftragnehmer" beschriftung="Auftragnehmer" wert=auftragnehmer bei_eingabe=Callback::new(move |w| auftragnehmer.set(w)) fehler=fehler_bei("auftragnehmer") deaktiviert/>
                        <Datumseingabe id="tm-m-frist" beschriftung="Frist" wert=frist bei_eingabe=Callback::new(move |w| frist.set(w)) fehler=fehler_bei("frist") deaktiviert/>
                        <div class="knopfleiste">
                            <Knopf art=Knopfart::Primaer absenden=true id="tm-m-erfassen" deaktiviert>"Mangel erfassen"</Knopf>
                        </div>
                    </form>
                }.into_any()
            }}
        </section>
    }
}
