//! The gap list (Soll − Ist ≥ 1 per person and competence; priority gaps first and marked in
//! words), with "Maßnahme planen" per gap filling the form below, and the development
//! measures (title, person or team, competence, owner, due date, status) that can later be
//! handed to the Trainingskonzepte tool.

use leptos::prelude::*;

use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{
    mit_leerem_wert, Ankreuzfeld, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung,
};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::sortieren::Sortieren;
use crate::shared::text::{anzahl, Feldfehler};
use crate::tools::kompetenzreflexion::calc;
use crate::tools::kompetenzreflexion::model::{Massnahme, Massnahmenstatus};

/// The measure form as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    titel: String,
    person: String,
    kompetenz: String,
    verantwortlich: String,
    termin: String,
    status: String,
}

/// One row of the gap list.
#[derive(Clone, Debug, PartialEq)]
struct Lueckenzeile {
    person: u32,
    anzeige: String,
    rolle: String,
    kompetenz: u32,
    kompetenzname: String,
    soll: String,
    ist: String,
    gap: i8,
    prioritaer: bool,
    kritisch: bool,
    massnahmen: usize,
}

/// The page.
#[component]
pub fn Luecken() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let nur_prioritaere = RwSignal::new(true);
    let namen = RwSignal::new(false);
    let entwurf = RwSignal::new(Entwurf {
        status: Massnahmenstatus::Geplant.name().to_owned(),
        ..Entwurf::default()
    });
    let zeilen = daten.ableiten(move |ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        let nur = nur_prioritaere.get();
        let mit_namen = namen.get();
        calc::luecken(k)
            .into_iter()
            .filter(|l| !nur || l.zelle.prioritaer())
            .filter_map(|l| {
                let p = k.person(l.person)?;
                Some(Lueckenzeile {
                    person: l.person,
                    anzeige: p.anzeige(mit_namen),
                    rolle: p
                        .rolle
                        .and_then(|r| k.rolle(r))
                        .map(|r| r.name.clone())
                        .unwrap_or_default(),
                    kompetenz: l.kompetenz,
                    kompetenzname: k
                        .kompetenz(l.kompetenz)
                        .map(|x| x.name.clone())
                        .unwrap_or_default(),
                    soll: l
                        .zelle
                        .soll
                        .map(|n| n.wert().to_string())
                        .unwrap_or_default(),
                    ist: l
                        .zelle
                        .ist
                        .map(|n| n.wert().to_string())
                        .unwrap_or_default(),
                    gap: l.zelle.gap.unwrap_or(0),
                    prioritaer: l.zelle.prioritaer(),
                    kritisch: l.zelle.kritisch,
                    massnahmen: calc::hat_massnahme(k, l.person, l.kompetenz),
                })
            })
            .collect::<Vec<_>>()
    });
    let planen = move |z: &Lueckenzeile| {
        entwurf.set(Entwurf {
            titel: format!("Qualifizierung {}", z.kompetenzname),
            person: z.person.to_string(),
            kompetenz: z.kompetenz.to_string(),
            status: Massnahmenstatus::Geplant.name().to_owned(),
            ..Entwurf::default()
        });
        crate::app::browser::fokussiere("#kr-mf-titel");
    };
    view! {
        <p class="kern-body">
            "Eine Lücke ist Soll − Ist einer Person in einer Kompetenz (Soll aus dem Soll-Profil ihrer Rolle). Prioritär ist eine Lücke ab 2 "
            "oder ab 1 in einer für die Rolle kritischen Kompetenz."
        </p>
        <div class="filterleiste">
            <Ankreuzfeld id="kr-l-prio" beschriftung="Nur prioritäre Lücken" wert=nur_prioritaere bei_eingabe=Callback::new(move |w| nur_prioritaere.set(w))/>
            <Ankreuzfeld id="kr-l-namen" beschriftung="Namen zeigen" wert=namen bei_eingabe=Callback::new(move |w| namen.set(w))/>
        </div>
        <p class="kern-body" role="status">{move || zeilen.with(|z| format!("{} angezeigt", anzahl(z.len(), "Lücke", "Lücken")))}</p>
        {move || {
            let liste = zeilen.get();
            if liste.is_empty() {
                return view! { <p class="kern-body">"Keine Lücke in dieser Auswahl."</p> }.into_any();
            }
            view! {
                <Tabelle id="kr-luecken-titel" titel="Lücken, prioritäre und größte zuerst"
                    spalten=&["Person", "Rolle", "Kompetenz", "Soll", "Ist", "Lücke", "Priorität", "Maßnahmen", "Aktion"] zahlenspalten=&[3, 4, 5, 7]>
                    <tbody>
                        {liste.into_iter().map(|z| {
                            let fuer = z.clone();
                            view! {
                                <tr>
                                    <th scope="row" class="kr-nicht-umbrechen">{z.anzeige.clone()}</th>
                                    <td>{z.rolle.clone()}</td>
                                    <td>{z.kompetenzname.clone()}</td>
                                    <td class="zahl">{z.soll.clone()}</td>
                                    <td class="zahl">{z.ist.clone()}</td>
                                    <td class="zahl">{format!("+{}", z.gap)}</td>
                                    <td>{if z.prioritaer { view! { <strong class="kr-prio">{if z.kritisch { "! prioritär (kritisch)" } else { "! prioritär" }}</strong> }.into_any() } else { "–".into_any() }}</td>
                                    <td class="zahl">{z.massnahmen}</td>
                                    <td><Knopf art=Knopfart::Tertiaer bei_klick=move |_| planen(&fuer)>"Maßnahme planen"<span class="kern-sr-only">{format!(" für {}, {}", z.anzeige, z.kompetenzname)}</span></Knopf></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <h2 class="kern-heading-medium">"Entwicklungsmaßnahmen"</h2>
        <Massnahmentabelle entwurf/>
        <Massnahmenformular entwurf/>
    }
}

/// The measures with status and delete.
#[component]
fn Massnahmentabelle(entwurf: RwSignal<Entwurf>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let liste = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        let mut l: Vec<(Massnahme, String, String)> = k
            .massnahmen
            .iter()
            .map(|m| {
                let fuer = m
                    .person
                    .and_then(|p| k.person(p))
                    .map_or("ganzes Team".to_owned(), |p| p.kennung.clone());
                let komp = k
                    .kompetenz(m.kompetenz)
                    .map(|x| x.name.clone())
                    .unwrap_or_default();
                (m.clone(), fuer, komp)
            })
            .collect();
        l.sortiere_nach_schluessel(|(m, _, _)| (m.termin.is_none(), m.termin, m.id));
        l
    });
    move || {
        let l = liste.get();
        if l.is_empty() {
            return view! { <p class="kern-body">"Noch ist keine Maßnahme geplant."</p> }
                .into_any();
        }
        view! {
            <Tabelle id="kr-massnahmen-titel" titel="Entwicklungsmaßnahmen nach Termin"
                spalten=&["Maßnahme", "Für", "Kompetenz", "Verantwortlich", "Termin", "Status", "Aktionen"]>
                <tbody>
                    {l.into_iter().map(|(m, fuer, komp)| {
                        let id = m.id;
                        let bearbeiten = m.clone();
                        let name_b = format!(": {}", m.titel);
                        let name_l = name_b.clone();
                        view! {
                            <tr>
                                <th scope="row">{m.titel.clone()}</th>
                                <td class="kr-nicht-umbrechen">{fuer}</td>
                                <td>{komp}</td>
                                <td>{m.verantwortlich.clone()}</td>
                                <td class="kr-nicht-umbrechen">{m.termin.map(|d| d.deutsch()).unwrap_or_else(|| "–".to_owned())}</td>
                                <td>{m.status.name()}</td>
                                <td class="kr-aktionen">
                                    <Knopf art=Knopfart::Tertiaer deaktiviert bei_klick=move |_| entwurf.set(Entwurf {
                                        id,
                                        titel: bearbeiten.titel.clone(),
                                        person: bearbeiten.person.map(|p| p.to_string()).unwrap_or_default(),
                                        kompetenz: bearbeiten.kompetenz.to_string(),
                                        verantwortlich: bearbeiten.verantwortlich.clone(),
                                        termin: bearbeiten.termin.map(|d| d.deutsch()).unwrap_or_default(),
                                        status: bearbeiten.status.name().to_owned(),
                                    })>"Bearbeiten"<span class="kern-sr-only">{name_b}</span></Knopf>
                                    <Knopf art=Knopfart::Tertiaer gefaehrlich=true deaktiviert bei_klick=move |_| {
                                        daten.aendere("Maßnahme gelöscht", |ab| ab.werkzeuge.kompetenzreflexion.entferne_massnahme(id));
                                        daten.ansagen("Maßnahme gelöscht; rückgängig mit Strg+Z.");
                                    }>"Löschen"<span class="kern-sr-only">{name_l}</span></Knopf>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </Tabelle>
        }.into_any()
    }
}

/// The measure form.
#[component]
fn Massnahmenformular(entwurf: RwSignal<Entwurf>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let meldung = RwSignal::new(None::<String>);
    let auswahl = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        (
            k.personen
                .iter()
                .map(|p| (p.id.to_string(), p.kennung.clone()))
                .collect::<Vec<_>>(),
            k.kompetenzen_geordnet()
                .into_iter()
                .map(|x| (x.id.to_string(), x.name.clone()))
                .collect::<Vec<_>>(),
        )
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let termin =
            crate::shared::text::datum_lesen(&mut probleme, "termin", "Termin", &e.termin, false);
        let m = Massnahme {
            id: e.id,
            person: e.person.parse().ok(),
            kompetenz: e.kompetenz.parse().unwrap_or(0),
            titel: e.titel.trim().to_owned(),
            verantwortlich: e.verantwortlich.trim().to_owned(),
            termin,
            status: Massnahmenstatus::aus_name(&e.status).unwrap_or_default(),
        };
        if probleme.is_empty() {
            probleme = daten.lies_ungetrackt(|ab| {
                ab.map(|ab| ab.werkzeuge.kompetenzreflexion.pruefe_massnahme(&m))
                    .unwrap_or_default()
            });
        }
        if !probleme.is_empty() {
            fehler_melden(fehler, "kr-mf-", probleme);
            return;
        }
        fehler.set(Vec::new());
        let titel = m.titel.clone();
        daten.aendere(&format!("Maßnahme „{titel}“ gespeichert"), |ab| {
            ab.werkzeuge.kompetenzreflexion.speichere_massnahme(m);
        });
        let text = format!("Maßnahme „{titel}“ gespeichert.");
        daten.ansagen(text.clone());
        meldung.set(Some(text));
        entwurf.set(Entwurf {
            status: Massnahmenstatus::Geplant.name().to_owned(),
            ..Entwurf::default()
        });
    };
    let feld = move |lesen: fn(&Entwurf) -> String| Signal::derive(move || entwurf.with(lesen));
    let setzen = move |schreiben: fn(&mut Entwurf, String)| {
        Callback::new(move |w: String| entwurf.update(|e| schreiben(e, w)))
    };
    let status: Vec<(String, String)> = Massnahmenstatus::ALLE
        .iter()
        .map(|s| (s.name().to_owned(), s.name().to_owned()))
        .collect();
    view! {
        <h3 class="kern-heading-small">{move || if entwurf.with(|e| e.id == 0) { "Neue Maßnahme" } else { "Maßnahme bearbeiten" }}</h3>
        <Fehlerzusammenfassung id="kr-mf-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Eingabe id="kr-mf-titel" beschriftung="Titel" pflicht=true wert=feld(|e| e.titel.clone()) bei_eingabe=setzen(|e, w| e.titel = w)
                fehler=fehler_am(fehler, "kr-mf-titel") deaktiviert/>
            {move || {
                let (personen, kompetenzen) = auswahl.get();
                view! {
                    <div class="formular__reihe">
                        <Auswahl id="kr-mf-kompetenz" beschriftung="Kompetenz" pflicht=true optionen=mit_leerem_wert("bitte wählen", kompetenzen)
                            wert=feld(|e| e.kompetenz.clone()) bei_eingabe=setzen(|e, w| e.kompetenz = w) fehler=fehler_am(fehler, "kr-mf-kompetenz") deaktiviert/>
                        <Auswahl id="kr-mf-person" beschriftung="Für" filter=true optionen=mit_leerem_wert("ganzes Team", personen)
                            wert=feld(|e| e.person.clone()) bei_eingabe=setzen(|e, w| e.person = w) fehler=fehler_am(fehler, "kr-mf-person") deaktiviert/>
                    </div>
                }
            }}
            <div class="formular__reihe">
                <Eingabe id="kr-mf-verantwortlich" beschriftung="Verantwortlich" wert=feld(|e| e.verantwortlich.clone()) bei_eingabe=setzen(|e, w| e.verantwortlich = w)
                    fehler=fehler_am(fehler, "kr-mf-verantwortlich") deaktiviert/>
                <Datumseingabe id="kr-mf-termin" beschriftung="Termin" wert=feld(|e| e.termin.clone()) bei_eingabe=setzen(|e, w| e.termin = w)
                    fehler=fehler_am(fehler, "kr-mf-termin") deaktiviert/>
                <Auswahl id="kr-mf-status" beschriftung="Status" optionen=status wert=feld(|e| e.status.clone()) bei_eingabe=setzen(|e, w| e.status = w) deaktiviert/>
            </div>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="kr-mf-speichern" deaktiviert>"Maßnahme speichern"</Knopf>
                {move || entwurf.with(|e| e.id != 0).then(|| view! {
                    <Knopf bei_klick=move |_| { entwurf.set(Entwurf { status: Massnahmenstatus::Geplant.name().to_owned(), ..Entwurf::default() }); fehler.set(Vec::new()); }>"Abbrechen"</Knopf>
                })}
            </div>
            {move || meldung.get().map(|t| view! { <p class="kern-body kr-meldung">{t}</p> })}
        </form>
    }
}
