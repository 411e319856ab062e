//! The team: the start page (key figures and the team as a data table, names shown only on
//! request), the form for a new person and a person's page (code, name, role; the rating
//! history by date; deleting the ratings or the person with all ratings in one step).

use leptos::prelude::*;

use crate::app::components::{Bestaetigung, Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::formular::{mit_leerem_wert, Ankreuzfeld, Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::app::tabelle::{
    sortierbar, spalte, zelltext, Datentabelle, Spalte, Spaltenart, Zeilenaktionen,
};
use crate::app::zusammenfassung::{Angabe, Zusammenfassung};
use crate::shared::text::{anzahl, Feldfehler};
use crate::tools::kompetenzreflexion::calc;
use crate::tools::kompetenzreflexion::model::{Kompetenzreflexion, Person};

use super::{href, person_href, BittePruefen, Datenschutzhinweis};
use crate::shared::sortieren::Sortieren;

/// One row of the team table.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    anzeige: String,
    rolle: String,
    einschaetzungen: usize,
    zuletzt: String,
    luecken: usize,
    prioritaere: usize,
}

static SPALTEN: &[Spalte<Zeile>] = &[
    sortierbar(spalte("rolle", "Rolle", Spaltenart::Text, true, |z| {
        zelltext(&z.rolle)
    })),
    spalte(
        "einschaetzungen",
        "Einschätzungen",
        Spaltenart::Zahl,
        true,
        |z| zelltext(&z.einschaetzungen.to_string()),
    ),
    spalte("zuletzt", "Zuletzt", Spaltenart::Kurz, true, |z| {
        zelltext(&z.zuletzt)
    }),
    spalte("luecken", "Lücken", Spaltenart::Zahl, true, |z| {
        zelltext(&z.luecken.to_string())
    }),
    spalte(
        "prioritaere",
        "Prioritäre Lücken",
        Spaltenart::Zahl,
        true,
        |z| zelltext(&z.prioritaere.to_string()),
    ),
];

const KOPF: Spalte<Zeile> = sortierbar(spalte("person", "Person", Spaltenart::Text, true, |z| {
    view! { <a class="kern-link" href=person_href(z.id)>{z.anzeige.clone()}</a> }.into_any()
}));

const AKTIONEN: Zeilenaktionen<Zeile> = Zeilenaktionen {
    name: |z| z.anzeige.clone(),
    inhalt: |z| {
        view! {
            <a class="kern-link" href=person_href(z.id)>"Öffnen"</a>
            <a class="kern-link" href=href(&["einschaetzen"])>"Einschätzen"</a>
        }
        .into_any()
    },
};

fn rollenname(k: &Kompetenzreflexion, p: &Person) -> String {
    p.rolle
        .and_then(|r| k.rolle(r))
        .map(|r| r.name.clone())
        .unwrap_or_default()
}

/// The start page.
#[component]
pub fn Team() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let namen = RwSignal::new(false);
    let sortierung = RwSignal::new(None::<(&'static str, bool)>);
    let zeilen = daten.ableiten(move |ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        let mit_namen = namen.get();
        let luecken = calc::luecken(k);
        let mut liste: Vec<Zeile> = k
            .personen
            .iter()
            .map(|p| {
                let eigene: Vec<_> = k
                    .einschaetzungen
                    .iter()
                    .filter(|e| e.person == p.id)
                    .collect();
                Zeile {
                    id: p.id,
                    anzeige: p.anzeige(mit_namen),
                    rolle: rollenname(k, p),
                    einschaetzungen: eigene.len(),
                    zuletzt: eigene
                        .iter()
                        .map(|e| e.datum)
                        .max()
                        .map(|d| d.deutsch())
                        .unwrap_or_default(),
                    luecken: luecken.iter().filter(|l| l.person == p.id).count(),
                    prioritaere: luecken
                        .iter()
                        .filter(|l| l.person == p.id && l.zelle.prioritaer())
                        .count(),
                }
            })
            .collect();
        match sortierung.get() {
            Some(("rolle", auf)) => liste.sortiere_nach(|a, b| {
                if auf {
                    a.rolle.cmp(&b.rolle)
                } else {
                    b.rolle.cmp(&a.rolle)
                }
            }),
            Some((_, false)) => liste.reverse(),
            _ => {}
        }
        liste
    });
    let stand = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        let luecken = calc::luecken(k);
        let pruefen = k.rollen.iter().filter(|r| r.bitte_pruefen).count()
            + k.kompetenzen.iter().filter(|x| x.bitte_pruefen).count();
        (
            anzahl(k.personen.len(), "Person", "Personen"),
            format!(
                "{}, {}",
                anzahl(k.rollen.len(), "Rolle", "Rollen"),
                anzahl(k.kompetenzen.len(), "Kompetenz", "Kompetenzen")
            ),
            calc::daten(k)
                .last()
                .map(|d| d.deutsch())
                .unwrap_or_else(|| "noch keine".to_owned()),
            format!(
                "{} von {}",
                luecken.iter().filter(|l| l.zelle.prioritaer()).count(),
                anzahl(luecken.len(), "Lücke", "Lücken")
            ),
            anzahl(
                k.massnahmen.iter().filter(|m| m.status.offen()).count(),
                "offene Maßnahme",
                "offene Maßnahmen",
            ),
            pruefen,
        )
    });
    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["neu"])><span class="kern-label">"Person hinzufügen"</span></a>
            <a class="kern-btn kern-btn--secondary" href=href(&["einschaetzen"])><span class="kern-label">"Einschätzung erfassen"</span></a>
            <a class="kern-btn kern-btn--secondary" href=href(&["workshops"])><span class="kern-label">"Workshops"</span></a>
        </div>
        {move || { let (personen, katalog, zuletzt, luecken, massnahmen, pruefen) = stand.get(); view! {
            <Zusammenfassung>
                <Angabe bezeichnung="Team">{personen}</Angabe>
                <Angabe bezeichnung="Kataloge">{katalog}{(pruefen > 0).then(|| view! { " " <BittePruefen/> })}</Angabe>
                <Angabe bezeichnung="Letzte Einschätzung">{zuletzt}</Angabe>
                <Angabe bezeichnung="Prioritäre Lücken">{luecken}</Angabe>
                <Angabe bezeichnung="Maßnahmen">{massnahmen}</Angabe>
            </Zusammenfassung>
        }}}
        <Datenschutzhinweis/>
        <h2 class="kern-heading-medium">"Team"</h2>
        <div class="filterleiste">
            <Ankreuzfeld id="kr-team-namen" beschriftung="Namen zeigen (sonst nur Kennungen)" wert=namen
                bei_eingabe=Callback::new(move |w| namen.set(w))/>
        </div>
        <Datentabelle id="kr-team" titel="Personen des Teams" kopf=KOPF spalten=SPALTEN zeilen sortierung aktionen=AKTIONEN/>
    }
}

/// The fields of the person form as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    kennung: String,
    name: String,
    rolle: String,
}

impl Entwurf {
    fn aus(p: &Person) -> Entwurf {
        Entwurf {
            kennung: p.kennung.clone(),
            name: p.name.clone(),
            rolle: p.rolle.map(|r| r.to_string()).unwrap_or_default(),
        }
    }

    fn person(&self, id: u32) -> Person {
        Person {
            id,
            kennung: self.kennung.trim().to_owned(),
            name: self.name.trim().to_owned(),
            rolle: self.rolle.parse().ok(),
        }
    }
}

/// The person form: new (`id` 0) or edit.
#[component]
fn Personenformular(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let anfang = daten.lies_ungetrackt(|ab| {
        ab.and_then(|ab| ab.werkzeuge.kompetenzreflexion.person(id))
            .map(Entwurf::aus)
            .unwrap_or_default()
    });
    let entwurf = RwSignal::new(anfang);
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let meldung = RwSignal::new(None::<String>);
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let rollen = daten.lies_ungetrackt(|ab| {
        ab.map(|ab| {
            ab.werkzeuge
                .kompetenzreflexion
                .rollen
                .iter()
                .map(|r| (r.id.to_string(), r.name.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let naechste = daten.lies_ungetrackt(|ab| {
        ab.map(|ab| ab.werkzeuge.kompetenzreflexion.naechste_kennung())
            .unwrap_or_else(|| "TN 1".to_owned())
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = entwurf.with_untracked(|e| e.person(id));
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.kompetenzreflexion.pruefe_person(&p))
                .unwrap_or_default()
        });
        if !probleme.is_empty() {
            fehler_melden(fehler, "kr-p-", probleme);
            return;
        }
        fehler.set(Vec::new());
        let mut neue_id = 0;
        daten.aendere("Person gespeichert", |ab| {
            neue_id = ab.werkzeuge.kompetenzreflexion.speichere_person(p);
        });
        let kennung = daten
            .lies_ungetrackt(|ab| {
                ab.and_then(|ab| ab.werkzeuge.kompetenzreflexion.person(neue_id))
                    .map(|p| p.kennung.clone())
            })
            .unwrap_or_default();
        let text = format!("Person {kennung} gespeichert.");
        daten.ansagen(text.clone());
        meldung.set(Some(text));
        if id == 0 {
            entwurf.set(Entwurf::default());
        }
    };
    let feld = move |lesen: fn(&Entwurf) -> String| Signal::derive(move || entwurf.with(lesen));
    let setzen = move |schreiben: fn(&mut Entwurf, String)| {
        Callback::new(move |w: String| entwurf.update(|e| schreiben(e, w)))
    };
    view! {
        <Fehlerzusammenfassung id="kr-p-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <div class="formular__reihe">
                <Eingabe id="kr-p-kennung" beschriftung="Kennung" hinweis=format!("Anonyme Kennung; leer lassen für „{naechste}“.")
                    wert=feld(|e| e.kennung.clone()) bei_eingabe=setzen(|e, w| e.kennung = w) fehler=fehler_am(fehler, "kr-p-kennung") deaktiviert/>
                <Eingabe id="kr-p-name" beschriftung="Name" hinweis="Nur mit Einverständnis der Person erfassen."
                    wert=feld(|e| e.name.clone()) bei_eingabe=setzen(|e, w| e.name = w) fehler=fehler_am(fehler, "kr-p-name") deaktiviert/>
                <Auswahl id="kr-p-rolle" beschriftung="Rolle" optionen=mit_leerem_wert("keine Rolle", rollen)
                    wert=feld(|e| e.rolle.clone()) bei_eingabe=setzen(|e, w| e.rolle = w) fehler=fehler_am(fehler, "kr-p-rolle") deaktiviert/>
            </div>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="kr-p-speichern" deaktiviert>"Person speichern"</Knopf>
            </div>
            {move || meldung.get().map(|t| view! { <p class="kern-body kr-meldung">{t}</p> })}
        </form>
    }
}

/// The page for a new person.
#[component]
pub fn NeuePerson() -> impl IntoView {
    view! {
        <Datenschutzhinweis/>
        <Personenformular id=0/>
        <p class="kern-body"><a class="kern-link" href=href(&[])>"Zurück zum Team"</a></p>
    }
}

/// A person's page.
#[component]
pub fn Personenseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let person = daten.ableiten(move |ab| ab.werkzeuge.kompetenzreflexion.person(id).cloned());
    let vorhanden = Signal::derive(move || person.with(Option::is_some));
    let name = Signal::derive(move || {
        person.with(|p| format!("Person {}", p.as_ref().map_or("", |p| p.kennung.as_str())))
    });
    let loeschen = Loeschen {
        name,
        folgen: "Die Person wird mit allen ihren Einschätzungen, den nur für sie geplanten Maßnahmen und ihrer Teilnahme an Workshops gelöscht.",
        ausfuehren: Callback::new(move |_| {
            let n = name.get_untracked();
            daten.aendere(&format!("{n} mit allen Einschätzungen gelöscht"), |ab| {
                ab.werkzeuge.kompetenzreflexion.entferne_person(id);
            });
            daten.ansagen(format!("{n} mit allen Einschätzungen gelöscht."));
        }),
    };
    let verlauf = daten.ableiten(move |ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        let mut tage: Vec<(crate::shared::datum::Datum, usize, usize)> = Vec::new();
        for e in k.einschaetzungen.iter().filter(|e| e.person == id) {
            match tage.iter_mut().find(|(d, _, _)| *d == e.datum) {
                Some(t) => {
                    t.1 += usize::from(e.selbst.is_some());
                    t.2 += usize::from(e.fremd.is_some());
                }
                None => tage.push((
                    e.datum,
                    usize::from(e.selbst.is_some()),
                    usize::from(e.fremd.is_some()),
                )),
            }
        }
        tage.sortiere();
        tage
    });
    let offen = RwSignal::new(false);
    let deaktiviert =
        Signal::derive(move || !daten.bearbeitbar() || verlauf.with(|v| v.is_empty()));
    view! {
        <Datensatzseite vorhanden nicht_vorhanden="Diese Person" zurueck=("Zum Team", href(&[]))
            abschnitte=vec![("kr-abschnitt-person", "Angaben"), ("kr-abschnitt-verlauf", "Einschätzungen")]
            loeschen=loeschen>
            <section aria-labelledby="kr-abschnitt-person">
                <h2 class="kern-heading-medium" id="kr-abschnitt-person">"Angaben"</h2>
                <Datenschutzhinweis/>
                <Personenformular id/>
            </section>
            <section aria-labelledby="kr-abschnitt-verlauf">
                <h2 class="kern-heading-medium" id="kr-abschnitt-verlauf">"Einschätzungen"</h2>
                <p class="kern-body">
                    <a class="kern-link" href=href(&["einschaetzen"])>"Einschätzung erfassen"</a>
                </p>
                {move || if verlauf.with(|v| v.is_empty()) {
                    view! { <p class="kern-body">"Für diese Person ist keine Einschätzung gespeichert."</p> }.into_any()
                } else {
                    view! {
                        <Tabelle id="kr-verlauf-titel" titel="Einschätzungen je Datum" spalten=&["Datum", "Selbsteinschätzungen", "Fremdeinschätzungen"] zahlenspalten=&[1, 2]>
                            <tbody>
                                {verlauf.get().into_iter().map(|(d, s, f)| view! {
                                    <tr><th scope="row">{d.deutsch()}</th><td class="zahl">{s}</td><td class="zahl">{f}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </Tabelle>
                    }.into_any()
                }}
                <div class="knopfleiste">
                    <Knopf id="kr-einschaetzungen-loeschen" gefaehrlich=true deaktiviert bei_klick=move |_| offen.set(true)>
                        "Alle Einschätzungen dieser Person löschen"
                    </Knopf>
                </div>
                <Bestaetigung id="kr-einschaetzungen-dialog" titel=Signal::derive(move || format!("Alle Einschätzungen von {} löschen?", name.get().trim_start_matches("Person ")))
                    offen bestaetigen="Einschätzungen löschen" gefaehrlich=true
                    bei_bestaetigung=Callback::new(move |_| {
                        let mut n = 0;
                        daten.aendere("Einschätzungen einer Person gelöscht", |ab| {
                            n = ab.werkzeuge.kompetenzreflexion.entferne_einschaetzungen_von(id);
                        });
                        daten.ansagen(format!("{} gelöscht.", anzahl(n, "Einschätzung", "Einschätzungen")));
                    })>
                    <p class="kern-body">"Alle Einschätzungen der Person aus allen Workshops werden gelöscht. Die Person bleibt mit ihrer Kennung im Team."</p>
                </Bestaetigung>
            </section>
        </Datensatzseite>
    }
}
