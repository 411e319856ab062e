//! A concept's record page: the phase indicator (an ordered list, the current phase and what
//! each phase still lacks in words), the key figures, then sections edited one at a time —
//! Konzept, Zielgruppen und Lernziele, Module, the coverage of the priority gaps, the
//! curriculum matrix Zielgruppe × Modul, the Termine (with the .ics download) and the
//! evaluation on four levels.

use crate::shared::datensatz::Datensaetze;
use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Aufklappformular, Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::formular::{
    mit_leerem_wert, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung,
};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Satzformular,
};
use crate::app::tabelle::Zeilenmenue;
use crate::app::zusammenfassung::{oder_strich, Abschnitt, Angabe, Zusammenfassung};
use crate::shared::format::euro;
use crate::shared::text::Feldfehler;
use crate::tools::trainingskonzepte::calc::{self, Schrittstand};
use crate::tools::trainingskonzepte::model::{stunden_text, Ebene, Evaluation, Phase, Zielgruppe};
use crate::tools::trainingskonzepte::SLUG;

use super::liste::{Konzeptformular, Teil};
use super::module::Module;
use super::termin::{Terminformular, Termintabelle};
use super::{ebenenoptionen, href, ics_herunterladen, phasenoptionen, BittePruefen};

/// A concept's page.
#[component]
pub fn Konzeptseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let konzept = daten.ableiten(move |ab| ab.werkzeuge.trainingskonzepte.konzept(id).cloned());
    let vorhanden = Signal::derive(move || konzept.with(Option::is_some));
    let name = Signal::derive(move || {
        konzept.with(|k| {
            format!(
                "Trainingskonzept „{}“",
                k.as_ref().map_or("", |k| k.titel.as_str())
            )
        })
    });
    let loeschen = Some(Loeschen {
        name,
        folgen: "Das Trainingskonzept wird mit allen Zielgruppen, Modulen, Terminen, Teilnahmen und der Evaluation gelöscht.",
        ausfuehren: Callback::new(move |_| {
            let n = name.get_untracked();
            daten.aendere(&format!("{n} gelöscht"), |ab| ab.werkzeuge.trainingskonzepte.entferne_konzept(id));
            daten.ansagen(format!("{n} gelöscht."));
        }),
    });
    let bearbeitbar = Signal::derive(move || daten.bearbeitbar());
    view! {
        <Datensatzseite vorhanden nicht_vorhanden="Dieses Trainingskonzept" zurueck=("Zur Konzeptliste", href(&[]))
            abschnitte=vec![
                ("tk-abschnitt-phasen", "Phasen"),
                ("tk-abschnitt-kennzahlen", "Kennzahlen"),
                ("tk-abschnitt-konzept", "Konzept"),
                ("tk-abschnitt-zielgruppen", "Zielgruppen und Lernziele"),
                ("tk-abschnitt-module", "Module"),
                ("tk-abschnitt-abdeckung", "Abdeckung der Kompetenzlücken"),
                ("tk-abschnitt-curriculum", "Curriculum"),
                ("tk-abschnitt-termine", "Termine und Teilnahme"),
                ("tk-abschnitt-evaluation", "Evaluation"),
            ]
            nostrip:loeschen=loeschen>
            <Abschnitt id="tk-abschnitt-phasen" titel="Phasen" bearbeitbar
                anzeige=ViewFn::from(move || view! { <Phasenanzeige id/> })
                formular=ViewFn::from(move || view! { <Phasenformular id/> })/>
            <Abschnitt id="tk-abschnitt-kennzahlen" titel="Kennzahlen" anzeige=ViewFn::from(move || view! { <Kennzahlen id/> })/>
            <Abschnitt id="tk-abschnitt-konzept" titel="Konzept" bearbeitbar
                anzeige=ViewFn::from(move || konzept.get().map(|k| view! {
                    <Zusammenfassung>
                        <Angabe bezeichnung="Titel">{k.titel.clone()}</Angabe>
                        <Angabe bezeichnung="Anlass/Bedarf">{oder_strich(&k.anlass)}</Angabe>
                        <Angabe bezeichnung="Verantwortlich">{oder_strich(&k.verantwortlich)}</Angabe>
                        <Angabe bezeichnung="Status">{k.status.name()}</Angabe>
                        <Angabe bezeichnung="Budget"><span id="tk-budget">{k.budget_cent.map_or("–".to_owned(), euro)}</span></Angabe>
                        <Angabe bezeichnung="Zeitraum">{match (k.beginn, k.ende) {
                            (None, None) => "–".to_owned(),
                            (a, e) => format!("{} bis {}", a.map_or("offen".to_owned(), |d| d.deutsch()), e.map_or("offen".to_owned(), |d| d.deutsch())),
                        }}</Angabe>
                    </Zusammenfassung>
                }))
                formular=ViewFn::from(move || view! { <Konzeptformular id=Some(id) teil=Teil::Stammdaten/> })/>
            <Abschnitt id="tk-abschnitt-zielgruppen" titel="Zielgruppen und Lernziele" bearbeitbar
                anzeige=ViewFn::from(move || view! {
                    <Zielgruppen id/>
                    {move || konzept.get().map(|k| view! {
                        <h3 class="kern-heading-small">"Lernziele"</h3>
                        <Zusammenfassung>
                            <Angabe bezeichnung="Wissen">{oder_strich(&k.ziele_wissen)}</Angabe>
                            <Angabe bezeichnung="Können">{oder_strich(&k.ziele_koennen)}</Angabe>
                            <Angabe bezeichnung="Anwenden">{oder_strich(&k.ziele_anwenden)}</Angabe>
                        </Zusammenfassung>
                        <p class="kern-body tk-nebentext">"„Bearbeiten“ ändert die Lernziele; Zielgruppen fügen Sie oben hinzu."</p>
                    })}
                })
                formular=ViewFn::from(move || view! { <Konzeptformular id=Some(id) teil=Teil::Lernziele/> })/>
            <Abschnitt id="tk-abschnitt-module" titel="Module" anzeige=ViewFn::from(move || view! { <Module konzept=id/> })/>
            <Abschnitt id="tk-abschnitt-abdeckung" titel="Abdeckung der Kompetenzlücken" anzeige=ViewFn::from(move || view! { <super::abdeckung::Abdeckung konzept=Some(id)/> })/>
            <Abschnitt id="tk-abschnitt-curriculum" titel="Curriculum" anzeige=ViewFn::from(move || view! { <Curriculum id/> })/>
            <Abschnitt id="tk-abschnitt-termine" titel="Termine und Teilnahme" anzeige=ViewFn::from(move || view! {
                <Termintabelle konzept=id/>
                {move || konzept.with(|k| k.as_ref().is_some_and(|k| !k.termine.is_empty())).then(|| view! {
                    <div class="knopfleiste">
                        <Knopf id="tk-ics-konzept" bei_klick=move |_| ics_herunterladen(daten, id, None)>"Alle Termine als Kalenderdatei (.ics)"</Knopf>
                    </div>
                })}
                <Terminformular konzept=id termin=None/>
            })/>
            <Abschnitt id="tk-abschnitt-evaluation" titel="Evaluation" anzeige=ViewFn::from(move || view! { <Evaluationen id/> })/>
        </Datensatzseite>
    }
}

/// The step indicator: the seven phases as an ordered list, each with its state in words and
/// what it still lacks.
#[component]
fn Phasenanzeige(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let schritte = daten.ableiten(move |ab| {
        ab.werkzeuge
            .trainingskonzepte
            .konzept(id)
            .map_or(Vec::new(), |k| calc::schritte(k, browser::heute()))
    });
    view! {
        <p class="kern-body">
            "Die sieben Phasen eines Trainingskonzepts nach der Quelle; was je Phase noch fehlt, ist unsere Rekonstruktion der Rahmenpunkte. "
            <BittePruefen/>
        </p>
        <ol class="tk-phasen" id="tk-phasen">
            {move || schritte.get().into_iter().map(|s| {
                let klasse = match s.stand {
                    Schrittstand::Erledigt => "tk-phase tk-phase--erledigt",
                    Schrittstand::Aktuell => "tk-phase tk-phase--aktuell",
                    Schrittstand::Offen => "tk-phase",
                };
                let zeichen = match s.stand {
                    Schrittstand::Erledigt => "✓ ",
                    Schrittstand::Aktuell => "▶ ",
                    Schrittstand::Offen => "",
                };
                view! {
                    <li class=klasse aria-current=(s.stand == Schrittstand::Aktuell).then_some("step")>
                        <span class="tk-phase__name"><span aria-hidden="true">{zeichen}</span>{s.phase.name()}</span>
                        " "<span class="tk-phase__stand">{format!("({})", s.stand.text())}</span>
                        {if s.fehlt.is_empty() {
                            view! { <span class="tk-phase__fehlt">" – nichts offen"</span> }.into_any()
                        } else {
                            view! { <span class="tk-phase__fehlt">{format!(" – fehlt: {}", s.fehlt.join(", "))}</span> }.into_any()
                        }}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// The form that sets the current phase.
#[component]
fn Phasenformular(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let phase = RwSignal::new(daten.lies_ungetrackt(|ab| {
        ab.and_then(|ab| ab.werkzeuge.trainingskonzepte.konzept(id))
            .map_or(Phase::default(), |k| k.phase)
            .name()
            .to_owned()
    }));
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = Phase::aus_name(&phase.get_untracked()).unwrap_or_default();
        daten.aendere(&format!("Phase „{}“ gesetzt", p.name()), |ab| {
            ab.werkzeuge.trainingskonzepte.setze_phase(id, p)
        });
        daten.ansagen(format!("Aktuelle Phase: {}.", p.name()));
        super::formular_beenden(fehler);
    };
    view! {
        <form class="formular" novalidate on:submit=speichern>
            <Auswahl id="tk-phase" beschriftung="Aktuelle Phase" optionen=phasenoptionen() wert=phase bei_eingabe=Callback::new(move |w| phase.set(w)) deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="tk-phase-speichern" deaktiviert>"Phase speichern"</Knopf>
                <Knopf bei_klick=move |_| super::formular_beenden(fehler)>"Abbrechen"</Knopf>
            </div>
        </form>
    }
}

/// Teilnahmequote, participants, cost per participant, feedback, with their definitions.
#[component]
fn Kennzahlen(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let werte = daten.ableiten(move |ab| {
        let k = ab.werkzeuge.trainingskonzepte.konzept(id)?;
        let heute = browser::heute();
        let (teil, basis, quote) = calc::teilnahmequote(k, heute);
        let a = calc::abdeckung(&ab.werkzeuge.kompetenzreflexion, k.module.iter());
        Some((
            format!("{} ({teil} von {basis})", calc::prozent_text(quote)),
            calc::teilnehmende(k),
            calc::kosten_je_teilnehmer(k).map_or("–".to_owned(), euro),
            crate::tools::kompetenzreflexion::calc::zehntel_text(calc::feedback_mittel(
                k.termine.iter(),
            )),
            if a.gesamt() == 0 {
                "keine prioritären Lücken erfasst".to_owned()
            } else {
                format!(
                    "{} ({} von {})",
                    calc::prozent_text(a.promille()),
                    a.adressiert.len(),
                    a.gesamt()
                )
            },
        ))
    });
    move || {
        werte.get().map(|(quote, teilnehmende, kosten, feedback, abdeckung)| view! {
        <Zusammenfassung>
            <Angabe bezeichnung="Abdeckung prioritärer Lücken"><span id="tk-abdeckung">{abdeckung}</span></Angabe>
            <Angabe bezeichnung="Teilnahmequote"><span id="tk-quote">{quote}</span></Angabe>
            <Angabe bezeichnung="Teilnehmende"><span id="tk-teilnehmende">{teilnehmende}</span></Angabe>
            <Angabe bezeichnung="Kosten je Teilnehmende"><span id="tk-kosten">{kosten}</span></Angabe>
            <Angabe bezeichnung="Feedback (Mittel, 1–5)"><span id="tk-feedback">{feedback}</span></Angabe>
        </Zusammenfassung>
        <p class="kern-body tk-nebentext">
            "Teilnahmequote = teilgenommen / (angemeldet + teilgenommen) der Termine vor heute; Absagen und Warteliste zählen nicht. "
            "Kosten je Teilnehmende = Budget / verschiedene Personen mit Status „teilgenommen“, auf Cent gerundet. "
            "Abdeckung = prioritäre Lücken der Kompetenzreflexion, deren Kompetenz ein Modul nennt (bei Rollenbegrenzung nur für diese Rollen), / alle prioritären Lücken."
        </p>
    })
    }
}

/// The target groups: list with Rolle, removing, and a short form that adds one.
#[component]
fn Zielgruppen(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let liste = daten.ableiten(move |ab| {
        let kr = &ab.werkzeuge.kompetenzreflexion;
        ab.werkzeuge
            .trainingskonzepte
            .konzept(id)
            .map_or(Vec::new(), |k| {
                k.zielgruppen
                    .iter()
                    .map(|z| {
                        (
                            z.id,
                            z.name.clone(),
                            z.rolle.map(|r| calc::rollenname(kr, r)),
                        )
                    })
                    .collect::<Vec<_>>()
            })
    });
    let rollen = daten.ableiten(|ab| {
        ab.werkzeuge
            .kompetenzreflexion
            .rollen
            .iter()
            .map(|r| (r.id.to_string(), r.name.clone()))
            .collect::<Vec<_>>()
    });
    let name = RwSignal::new(String::new());
    let rolle = RwSignal::new(String::new());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let hinzufuegen = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked().trim().to_owned();
        if n.is_empty() {
            fehler_melden(
                fehler,
                "tk-zg-",
                vec![Feldfehler::neu(
                    "name",
                    "Geben Sie den Namen der Zielgruppe ein.",
                )],
            );
            return;
        }
        fehler.set(Vec::new());
        let r = rolle.get_untracked().parse().ok();
        daten.aendere(&format!("Zielgruppe „{n}“ hinzugefügt"), |ab| {
            ab.werkzeuge.trainingskonzepte.speichere_zielgruppe(
                id,
                Zielgruppe {
                    id: 0,
                    name: n.clone(),
                    rolle: r,
                },
            );
        });
        daten.ansagen(format!("Zielgruppe „{n}“ hinzugefügt."));
        name.set(String::new());
        rolle.set(String::new());
    };
    view! {
        <h3 class="kern-heading-small">"Zielgruppen"</h3>
        {move || {
            let l = liste.get();
            if l.is_empty() {
                return view! { <p class="kern-body">"Noch keine Zielgruppe."</p> }.into_any();
            }
            view! {
                <ul class="tk-liste" id="tk-zielgruppen">
                    {l.into_iter().map(|(zid, n, r)| {
                        let n2 = n.clone();
                        view! {
                            <li>
                                <span>{n.clone()}{r.map(|r| format!(" (Rolle: {r})"))}</span>" "
                                <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert on:click=move |_| {
                                    daten.aendere("Zielgruppe entfernt", |ab| ab.werkzeuge.trainingskonzepte.entferne_zielgruppe(id, zid));
                                    daten.ansagen("Zielgruppe entfernt; rückgängig mit Strg+Z.");
                                }>
                                    <span class="kern-label">"Entfernen"</span><span class="kern-sr-only">{format!(": {n2}")}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <Aufklappformular id="tk-zielgruppe-formular-titel" offen=Signal::derive(move || !name.with(String::is_empty)) titel=Signal::derive(|| "Zielgruppe hinzufügen".to_owned())>
            <Fehlerzusammenfassung id="tk-zg-fehler" fehler=fehlerliste(fehler)/>
            <form class="formular" novalidate aria-labelledby="tk-zielgruppe-formular-titel" on:submit=hinzufuegen>
                <div class="formular__reihe">
                    <Eingabe id="tk-zg-name" beschriftung="Zielgruppe" pflicht=true wert=name bei_eingabe=Callback::new(move |w| name.set(w)) fehler=fehler_am(fehler, "tk-zg-name") deaktiviert/>
                    {move || view! {
                        <Auswahl id="tk-zg-rolle" beschriftung="Rolle (Kompetenzreflexion)" optionen=mit_leerem_wert("keine", rollen.get())
                            wert=rolle bei_eingabe=Callback::new(move |w| rolle.set(w)) deaktiviert/>
                    }}
                </div>
                <div class="knopfleiste">
                    <Knopf art=Knopfart::Primaer absenden=true id="tk-zg-speichern" deaktiviert>"Zielgruppe hinzufügen"</Knopf>
                </div>
            </form>
        </Aufklappformular>
    }
}

/// The curriculum matrix Zielgruppe × Modul (cell "ja, 6 Std." or "–", text not colour) and
/// the hours per target group.
#[component]
fn Curriculum(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let matrix = daten.ableiten(move |ab| {
        let k = ab.werkzeuge.trainingskonzepte.konzept(id)?;
        let module: Vec<(u32, String, u32)> = k
            .module
            .iter()
            .map(|m| (m.id, m.titel.clone(), m.dauer_minuten))
            .collect();
        let stunden = calc::minuten_je_zielgruppe(k);
        let zeilen: Vec<(String, Vec<String>, String)> = k
            .zielgruppen
            .iter()
            .map(|z| {
                let zellen = k
                    .module
                    .iter()
                    .map(|m| {
                        if m.zielgruppen.contains(&z.id) {
                            if m.dauer_minuten > 0 {
                                format!("ja, {}", stunden_text(m.dauer_minuten))
                            } else {
                                "ja".to_owned()
                            }
                        } else {
                            "–".to_owned()
                        }
                    })
                    .collect();
                let summe = stunden
                    .iter()
                    .find(|(x, _)| *x == z.id)
                    .map_or(0, |(_, m)| *m);
                (z.name.clone(), zellen, stunden_text(summe))
            })
            .collect();
        Some((module, zeilen))
    });
    move || {
        let Some((module, zeilen)) = matrix.get() else {
            return ().into_any();
        };
        if module.is_empty() || zeilen.is_empty() {
            return view! { <p class="kern-body">"Die Matrix entsteht, sobald das Konzept Zielgruppen und Module hat; im Modul kreuzen Sie an, für welche Zielgruppen es ist."</p> }.into_any();
        }
        view! {
            <Tabelle id="tk-curriculum-titel" titel="Curriculum: Zielgruppe × Modul mit Stunden">
                <thead class="kern-table__head"><tr class="kern-table__row">
                    <th scope="col" class="kern-table__header">"Zielgruppe"</th>
                    {module.iter().map(|(_, t, _)| view! { <th scope="col" class="kern-table__header">{t.clone()}</th> }).collect_view()}
                    <th scope="col" class="kern-table__header kern-table__header--numeric">"Stunden gesamt"</th>
                </tr></thead>
                <tbody class="kern-table__body">
                    {zeilen.into_iter().map(|(name, zellen, summe)| view! {
                        <tr class="kern-table__row">
                            <th scope="row" class="kern-table__header">{name}</th>
                            {zellen.into_iter().map(|z| view! { <td class="kern-table__cell tk-kurz">{z}</td> }).collect_view()}
                            <td class="kern-table__cell kern-table__cell--numeric tk-kurz"><strong>{summe}</strong></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </Tabelle>
        }.into_any()
    }
}

/// The evaluation form as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Evaluationsentwurf {
    id: u32,
    ebene: String,
    modul: String,
    methode: String,
    ergebnis: String,
    datum: String,
}

impl Evaluationsentwurf {
    fn aus(e: &Evaluation) -> Self {
        Evaluationsentwurf {
            id: e.id,
            ebene: e.ebene.name().to_owned(),
            modul: e.modul.map(|m| m.to_string()).unwrap_or_default(),
            methode: e.methode.clone(),
            ergebnis: e.ergebnis.clone(),
            datum: e.datum.map(|d| d.deutsch()).unwrap_or_default(),
        }
    }
}

/// The evaluation entries by level, with the form.
#[component]
fn Evaluationen(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let zeilen = daten.ableiten(move |ab| {
        ab.werkzeuge
            .trainingskonzepte
            .konzept(id)
            .map_or(Vec::new(), |k| {
                k.evaluationen
                    .iter()
                    .map(|e| {
                        (
                            e.clone(),
                            e.modul
                                .map_or("ganzes Konzept".to_owned(), |m| calc::modultitel(k, m)),
                        )
                    })
                    .collect::<Vec<_>>()
            })
    });
    let module = daten.ableiten(move |ab| {
        ab.werkzeuge
            .trainingskonzepte
            .konzept(id)
            .map_or(Vec::new(), |k| {
                k.module
                    .iter()
                    .map(|m| (m.id.to_string(), m.titel.clone()))
                    .collect::<Vec<_>>()
            })
    });
    let formular = Satzformular::neu(
        entwurfsschluessel(SLUG, "evaluation", id),
        |_| Evaluationsentwurf {
            ebene: Ebene::Zufriedenheit.name().to_owned(),
            ..Evaluationsentwurf::default()
        },
        move |ab, e| {
            ab.werkzeuge
                .trainingskonzepte
                .konzept(id)
                .and_then(|k| k.evaluationen.mit_id(e))
                .map(Evaluationsentwurf::aus)
        },
        |e| e.id,
    );
    let entwurf = formular.wert();
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let f = move |feld: &str| fehler_am(fehler, format!("tk-e-{feld}"));
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let datum =
            crate::shared::text::datum_lesen(&mut probleme, "datum", "Datum", &e.datum, false);
        let eval = Evaluation {
            id: e.id,
            ebene: Ebene::aus_name(&e.ebene).unwrap_or_default(),
            modul: e.modul.parse().ok(),
            methode: e.methode.trim().to_owned(),
            ergebnis: e.ergebnis.trim().to_owned(),
            datum,
        };
        probleme.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.trainingskonzepte.pruefe_evaluation(id, &eval))
                .unwrap_or_default()
        }));
        if !fehler_melden(fehler, "tk-e-", probleme) {
            return;
        }
        let ebene = eval.ebene.name();
        daten.aendere(&format!("Evaluation ({ebene}) gespeichert"), |ab| {
            ab.werkzeuge
                .trainingskonzepte
                .speichere_evaluation(id, eval);
        });
        daten.ansagen(format!("Evaluation auf der Ebene {ebene} gespeichert."));
        formular.leeren();
    };
    let (ebene, ebene_s) = crate::app::formular::feldbindung!(entwurf.ebene);
    let (modul, modul_s) = crate::app::formular::feldbindung!(entwurf.modul);
    let (methode, methode_s) = crate::app::formular::feldbindung!(entwurf.methode);
    let (ergebnis, ergebnis_s) = crate::app::formular::feldbindung!(entwurf.ergebnis);
    let (datum, datum_s) = crate::app::formular::feldbindung!(entwurf.datum);
    view! {
        <p class="kern-body">"Vier Ebenen nach Kirkpatrick (unsere Zuordnung, bitte prüfen): Zufriedenheit, Lernerfolg, Transfer in den Arbeitsalltag, Wirkung für die Organisation."</p>
        {move || {
            let l = zeilen.get();
            if l.is_empty() {
                return view! { <p class="kern-body">"Noch keine Evaluation."</p> }.into_any();
            }
            view! {
                <Tabelle id="tk-evaluation-titel" titel="Evaluation nach Ebene" spalten=&["Ebene", "Modul", "Methode", "Ergebnis", "Datum", "Aktionen"]>
                    <tbody class="kern-table__body">
                        {l.into_iter().map(|(e, modul)| {
                            let eid = e.id;
                            view! {
                                <tr class="kern-table__row">
                                    <th scope="row" class="kern-table__header tk-kurz">{e.ebene.name()}</th>
                                    <td class="kern-table__cell">{modul}</td>
                                    <td class="kern-table__cell">{oder_strich(&e.methode)}</td>
                                    <td class="kern-table__cell">{oder_strich(&e.ergebnis)}</td>
                                    <td class="kern-table__cell tk-kurz">{e.datum.map_or("–".to_owned(), |d| d.deutsch())}</td>
                                    <td class="datentabelle__aktionen">
                                        <Zeilenmenue name=e.ebene.name().to_owned() id=format!("tk-evaluation-aktionen-{eid}")>
                                            <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert on:click=move |_| {
                                                formular.bearbeiten(eid);
                                                fehler.set(Vec::new());
                                                browser::fokussiere("#tk-e-ebene");
                                            }><span class="kern-label">"Bearbeiten"</span></button>
                                            <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert on:click=move |_| {
                                                daten.aendere("Evaluation gelöscht", |ab| ab.werkzeuge.trainingskonzepte.entferne_evaluation(id, eid));
                                                daten.ansagen("Evaluation gelöscht; rückgängig mit Strg+Z.");
                                            }><span class="kern-label">"Löschen"</span></button>
                                        </Zeilenmenue>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <Aufklappformular id="tk-evaluation-formular-titel" offen=Signal::derive(move || formular.in_arbeit())
            titel=Signal::derive(move || if entwurf.with(|e| e.id == 0) { "Evaluation hinzufügen".to_owned() } else { "Evaluation bearbeiten".to_owned() })>
            <Fehlerzusammenfassung id="tk-e-fehler" fehler=fehlerliste(fehler)/>
            <form class="formular" novalidate aria-labelledby="tk-evaluation-formular-titel" on:submit=speichern>
                <div class="formular__reihe">
                    <Auswahl id="tk-e-ebene" beschriftung="Ebene" optionen=ebenenoptionen() wert=ebene bei_eingabe=ebene_s deaktiviert/>
                    {move || view! {
                        <Auswahl id="tk-e-modul" beschriftung="Modul" optionen=mit_leerem_wert("ganzes Konzept", module.get()) wert=modul bei_eingabe=modul_s fehler=f("modul") deaktiviert/>
                    }}
                </div>
                <Eingabe id="tk-e-methode" beschriftung="Methode" hinweis="Zum Beispiel Feedbackbogen, Test, Befragung nach drei Monaten" wert=methode bei_eingabe=methode_s fehler=f("methode") deaktiviert/>
                <Eingabe id="tk-e-ergebnis" beschriftung="Ergebnis" mehrzeilig=true wert=ergebnis bei_eingabe=ergebnis_s fehler=f("ergebnis") deaktiviert/>
                <Datumseingabe id="tk-e-datum" beschriftung="Datum" wert=datum bei_eingabe=datum_s fehler=f("datum") deaktiviert/>
                <div class="knopfleiste">
                    <Knopf art=Knopfart::Primaer absenden=true id="tk-e-speichern" deaktiviert>"Evaluation speichern"</Knopf>
                    {move || formular.in_arbeit().then(|| view! {
                        <Knopf bei_klick=move |_| { formular.leeren(); fehler.set(Vec::new()); }>"Abbrechen"</Knopf>
                    })}
                </div>
            </form>
        </Aufklappformular>
    }
}
