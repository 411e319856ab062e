//! The project page: the form with every field of a project (new or existing), and for an
//! existing project its milestones, status reports and Meilensteintrendanalyse.
//!
//! The form edits a draft ([`Entwurf`], all fields as typed text, kept by
//! `app::entwurf::Formularentwurf` across page changes) and saves it as one undoable step.
//! Saving parses and validates the whole draft; every problem is shown at its field and in an
//! error summary above the form whose links move focus to the field.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{AmpelMarke, Hinweis, HinweisArt};
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{
    feldbindung, Ankreuzfeld, Auswahl, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::shared::datum::Datum;
use crate::shared::format;
use crate::shared::vokabular::{Ampel, Dimension, Handlungsfeld};
use crate::tools::multiprojektplan::calc;
use crate::tools::multiprojektplan::SLUG;
use crate::shared::text::{datum_lesen, zahl_lesen};
use crate::tools::multiprojektplan::model::{
    Ampeldimension, Ampeln, Bewertung, Feldfehler, Kriterium,
    MussKriterium, Phase, Prioritaet, Projekt, Projektstatus, Umsetzungsweg,
};

use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use super::{berichte, href, meilensteine, mta, projekt_href};

/// Form state: every field as the user typed it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    kennung: String,
    titel: String,
    ziel: String,
    programm: String,
    organisationseinheit: String,
    auftraggeber: String,
    projektleitung: String,
    ozg_leistungen: String,
    umsetzungsweg: String,
    phase: String,
    status: String,
    start_plan: String,
    start_ist: String,
    ende_plan: String,
    ende_ist: String,
    ende_prognose: String,
    ampeln: BTreeMap<&'static str, (String, String)>,
    prioritaet: String,
    muss_kriterien: Vec<MussKriterium>,
    gesetzliche_frist: String,
    welle: String,
    budget: String,
    kapazitaet: String,
    handlungsfelder: Vec<Handlungsfeld>,
    dimensionen: Vec<Dimension>,
    bewertungen: BTreeMap<u32, String>,
}

fn datum_text(d: Option<Datum>) -> String {
    d.map(Datum::deutsch).unwrap_or_default()
}

fn name_von<T: Copy>(wert: Option<T>, name: fn(T) -> &'static str) -> String {
    wert.map(name).unwrap_or_default().to_owned()
}

fn aus_name<T: Copy>(alle: &[T], name: fn(T) -> &'static str, text: &str) -> Option<T> {
    alle.iter().copied().find(|w| name(*w) == text)
}

impl Entwurf {
    fn aus(p: &Projekt) -> Entwurf {
        Entwurf {
            kennung: p.kennung.clone(),
            titel: p.titel.clone(),
            ziel: p.ziel.clone(),
            programm: p.programm.clone(),
            organisationseinheit: p.organisationseinheit.clone(),
            auftraggeber: p.auftraggeber.clone(),
            projektleitung: p.projektleitung.clone(),
            ozg_leistungen: p.ozg_leistungen.join(", "),
            umsetzungsweg: name_von(p.umsetzungsweg, Umsetzungsweg::name),
            phase: name_von(p.phase, Phase::name),
            status: p.status.name().to_owned(),
            start_plan: datum_text(p.start_plan),
            start_ist: datum_text(p.start_ist),
            ende_plan: datum_text(p.ende_plan),
            ende_ist: datum_text(p.ende_ist),
            ende_prognose: datum_text(p.ende_prognose),
            ampeln: Ampeldimension::ALLE
                .iter()
                .map(|&d| {
                    let b = p.ampeln.von(d);
                    (
                        d.schluessel(),
                        (b.ampel.name().to_owned(), b.begruendung.clone()),
                    )
                })
                .collect(),
            prioritaet: name_von(p.prioritaet, Prioritaet::name),
            muss_kriterien: p.muss_kriterien.clone(),
            gesetzliche_frist: datum_text(p.gesetzliche_frist),
            welle: p.welle.map(|w| w.to_string()).unwrap_or_default(),
            budget: p
                .budget_cent
                .map(|c| format::euro(c).replace(['\u{a0}', '€'], ""))
                .unwrap_or_default(),
            kapazitaet: p
                .kapazitaet_vzae_hundertstel
                .map(|k| format::dezimal(k, 2))
                .unwrap_or_default(),
            handlungsfelder: p.handlungsfelder.clone(),
            dimensionen: p.dimensionen.clone(),
            bewertungen: p
                .bewertungen
                .iter()
                .map(|(k, v)| (*k, v.to_string()))
                .collect(),
        }
    }

    /// Turns the draft into a project (keeping `id`), or lists the fields that cannot be read.
    fn lesen(&self, id: u32) -> Result<Projekt, Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let mut datum = |feld: &str, name: &str, text: &str| {
            datum_lesen(&mut fehler, feld, name, text, false)
        };
        let start_plan = datum("start-plan", "Start (Plan)", &self.start_plan);
        let start_ist = datum("start-ist", "Start (Ist)", &self.start_ist);
        let ende_plan = datum("ende-plan", "Ende (Plan)", &self.ende_plan);
        let ende_ist = datum("ende-ist", "Ende (Ist)", &self.ende_ist);
        let ende_prognose = datum("ende-prognose", "Ende (Prognose)", &self.ende_prognose);
        let gesetzliche_frist = datum(
            "gesetzliche-frist",
            "Gesetzliche Frist",
            &self.gesetzliche_frist,
        );
        let welle = zahl_lesen(
            &mut fehler,
            "welle",
            "Die Welle ist eine ganze Zahl von 1 bis 99.",
            &self.welle,
            1..=99,
            false,
        );
        let mut betrag = |feld: &str, name: &str, gelesen: Result<i64, String>| {
            gelesen
                .map_err(|meldung| fehler.push(Feldfehler::neu(feld, format!("{name}: {meldung}"))))
                .ok()
        };
        let budget_cent = match self.budget.trim() {
            "" => None,
            text => betrag("budget", "Budget", format::euro_lesen(text)),
        };
        let kapazitaet = match self.kapazitaet.trim() {
            "" => None,
            text => betrag(
                "kapazitaet",
                "Kapazitätsbedarf",
                format::dezimal_lesen(text, 2, "VZÄ"),
            ),
        };
        let mut ampeln = Ampeln::default();
        for &d in Ampeldimension::ALLE {
            let (farbe, begruendung) = self.ampeln.get(d.schluessel()).cloned().unwrap_or_default();
            *ampeln.von_mut(d) = Bewertung {
                ampel: aus_name(&Ampel::ALLE, Ampel::name, &farbe).unwrap_or_default(),
                begruendung: begruendung.trim().to_owned(),
            };
        }
        if !fehler.is_empty() {
            return Err(fehler);
        }
        Ok(Projekt {
            id,
            kennung: self.kennung.trim().to_owned(),
            titel: self.titel.trim().to_owned(),
            ziel: self.ziel.trim().to_owned(),
            programm: self.programm.trim().to_owned(),
            organisationseinheit: self.organisationseinheit.trim().to_owned(),
            auftraggeber: self.auftraggeber.trim().to_owned(),
            projektleitung: self.projektleitung.trim().to_owned(),
            ozg_leistungen: self
                .ozg_leistungen
                .split([',', ';', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            umsetzungsweg: aus_name(
                Umsetzungsweg::ALLE,
                Umsetzungsweg::name,
                &self.umsetzungsweg,
            ),
            phase: aus_name(Phase::ALLE, Phase::name, &self.phase),
            status: aus_name(Projektstatus::ALLE, Projektstatus::name, &self.status)
                .unwrap_or_default(),
            start_plan,
            start_ist,
            ende_plan,
            ende_ist,
            ende_prognose,
            ampeln,
            prioritaet: aus_name(Prioritaet::ALLE, Prioritaet::name, &self.prioritaet),
            muss_kriterien: MussKriterium::ALLE
                .iter()
                .copied()
                .filter(|m| self.muss_kriterien.contains(m))
                .collect(),
            gesetzliche_frist,
            welle,
            budget_cent,
            kapazitaet_vzae_hundertstel: kapazitaet,
            handlungsfelder: Handlungsfeld::ALLE
                .iter()
                .copied()
                .filter(|h| self.handlungsfelder.contains(h))
                .collect(),
            dimensionen: Dimension::ALLE
                .iter()
                .copied()
                .filter(|d| self.dimensionen.contains(d))
                .collect(),
            bewertungen: self
                .bewertungen
                .iter()
                .filter_map(|(k, v)| v.parse::<u8>().ok().map(|v| (*k, v)))
                .collect(),
        })
    }
}

/// Field id in the page: `mpp-<feld>`.
fn feld_id(feld: &str) -> String {
    format!("mpp-{feld}")
}

fn optionen<T: Copy>(
    alle: &[T],
    name: fn(T) -> &'static str,
    leer: Option<&str>,
) -> Vec<(String, String)> {
    leer.map(|l| (String::new(), l.to_owned()))
        .into_iter()
        .chain(
            alle.iter()
                .map(|w| (name(*w).to_owned(), name(*w).to_owned())),
        )
        .collect()
}

/// The project form; `id: None` creates a new project.
#[component]
pub fn Projektformular(id: Option<u32>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let kriterien = daten.lies_ungetrackt(|ab| {
        ab.map(|ab| ab.werkzeuge.multiprojektplan.kriterien.clone())
            .unwrap_or_default()
    });
    let formular = StoredValue::new(Formularentwurf::neu(
        entwurfsschluessel(SLUG, "projekt", id.unwrap_or(0)),
        move || {
            daten.lies(|ab| {
                match ab.and_then(|ab| ab.werkzeuge.multiprojektplan.projekt(id?)) {
                    Some(p) => Entwurf::aus(p),
                    None => Entwurf::aus(&Projekt::default()),
                }
            })
        },
    ));
    let entwurf = formular.read_value().wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let meldung = RwSignal::new(None::<String>);
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let fehler_bei = move |feld: &str| fehler_am(fehler, feld_id(feld));

    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let projekt = match entwurf.with_untracked(|e| e.lesen(id.unwrap_or(0))) {
            Ok(p) => p,
            Err(f) => {
                fehler_melden(fehler, "mpp-", f);
                return;
            }
        };
        let pruefung = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.multiprojektplan.pruefe_projekt(&projekt))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "mpp-", pruefung) {
            return;
        }
        let beschreibung = if id.is_some() {
            format!("Projekt „{}“ geändert", projekt.kennung)
        } else {
            format!("Projekt „{}“ angelegt", projekt.kennung)
        };
        let kennung = projekt.kennung.clone();
        let gespeichert = Entwurf::aus(&projekt);
        let mut neue_id = 0;
        daten.aendere(&beschreibung, |ab| {
            neue_id = ab.werkzeuge.multiprojektplan.speichere_projekt(projekt);
        });
        match id {
            Some(_) => {
                formular.read_value().zuruecksetzen(gespeichert);
                meldung.set(Some(format!("Projekt „{kennung}“ gespeichert.")));
            }
            None => {
                formular.read_value().verwerfen();
                daten.ansagen(format!("Projekt „{kennung}“ angelegt."));
                browser::setze_hash(&projekt_href(neue_id));
            }
        }
    };

    let (kennung, kennung_setzen) = feldbindung!(entwurf.kennung);
    let (titel, titel_setzen) = feldbindung!(entwurf.titel);
    let (ziel, ziel_setzen) = feldbindung!(entwurf.ziel);
    let (programm, programm_setzen) = feldbindung!(entwurf.programm);
    let (oe, oe_setzen) = feldbindung!(entwurf.organisationseinheit);
    let (auftraggeber, auftraggeber_setzen) = feldbindung!(entwurf.auftraggeber);
    let (leitung, leitung_setzen) = feldbindung!(entwurf.projektleitung);
    let (ozg, ozg_setzen) = feldbindung!(entwurf.ozg_leistungen);
    let (weg, weg_setzen) = feldbindung!(entwurf.umsetzungsweg);
    let (phase, phase_setzen) = feldbindung!(entwurf.phase);
    let (status, status_setzen) = feldbindung!(entwurf.status);
    let (start_plan, start_plan_setzen) = feldbindung!(entwurf.start_plan);
    let (start_ist, start_ist_setzen) = feldbindung!(entwurf.start_ist);
    let (ende_plan, ende_plan_setzen) = feldbindung!(entwurf.ende_plan);
    let (ende_ist, ende_ist_setzen) = feldbindung!(entwurf.ende_ist);
    let (ende_prognose, ende_prognose_setzen) = feldbindung!(entwurf.ende_prognose);
    let (frist, frist_setzen) = feldbindung!(entwurf.gesetzliche_frist);
    let (prioritaet, prioritaet_setzen) = feldbindung!(entwurf.prioritaet);
    let (welle, welle_setzen) = feldbindung!(entwurf.welle);
    let (budget, budget_setzen) = feldbindung!(entwurf.budget);
    let (kapazitaet, kapazitaet_setzen) = feldbindung!(entwurf.kapazitaet);

    let ampelfelder = Ampeldimension::ALLE
        .iter()
        .map(|&d| {
            let schluessel = d.schluessel();
            let farbe = Signal::derive(move || {
                entwurf.with(|e| e.ampeln.get(schluessel).map(|a| a.0.clone()).unwrap_or_default())
            });
            let begruendung = Signal::derive(move || {
                entwurf.with(|e| e.ampeln.get(schluessel).map(|a| a.1.clone()).unwrap_or_default())
            });
            let farbe_setzen = Callback::new(move |w: String| {
                entwurf.update(|e| e.ampeln.entry(schluessel).or_default().0 = w)
            });
            let begruendung_setzen = Callback::new(move |w: String| {
                entwurf.update(|e| e.ampeln.entry(schluessel).or_default().1 = w)
            });
            let feld = format!("ampel-{schluessel}-begruendung");
            let fehler_begruendung = fehler_bei(&feld);
            let ampel_optionen = Ampel::ALLE
                .iter()
                .map(|a| (a.name().to_owned(), format!("{} – {}", a.name(), a.bedeutung())))
                .collect::<Vec<_>>();
            view! {
                <div class="ampelfeld">
                    <Auswahl id=feld_id(&format!("ampel-{schluessel}")) beschriftung=format!("Ampel {}", d.name())
                        optionen=ampel_optionen wert=farbe bei_eingabe=farbe_setzen pflicht=true deaktiviert/>
                    <Eingabe id=feld_id(&feld) beschriftung=format!("Begründung {}", d.name())
                        hinweis="Bei gelb und rot Pflicht: Abweichung, Ursache, Optionen"
                        mehrzeilig=true wert=begruendung bei_eingabe=begruendung_setzen
                        fehler=fehler_begruendung deaktiviert/>
                </div>
            }
        })
        .collect_view();

    let muss_felder = MussKriterium::ALLE
        .iter()
        .map(|&m| {
            let wert = Signal::derive(move || entwurf.with(|e| e.muss_kriterien.contains(&m)));
            let setzen = Callback::new(move |an: bool| {
                entwurf.update(|e| {
                    e.muss_kriterien.retain(|x| *x != m);
                    if an {
                        e.muss_kriterien.push(m);
                    }
                })
            });
            view! { <Ankreuzfeld id=feld_id(&format!("muss-{m:?}").to_lowercase()) beschriftung=m.name() wert bei_eingabe=setzen deaktiviert/> }
        })
        .collect_view();
    let handlungsfelder = Handlungsfeld::ALLE
        .iter()
        .map(|&h| {
            let wert = Signal::derive(move || entwurf.with(|e| e.handlungsfelder.contains(&h)));
            let setzen = Callback::new(move |an: bool| {
                entwurf.update(|e| {
                    e.handlungsfelder.retain(|x| *x != h);
                    if an {
                        e.handlungsfelder.push(h);
                    }
                })
            });
            view! { <Ankreuzfeld id=feld_id(&format!("hf-{h:?}").to_lowercase()) beschriftung=h.name() wert bei_eingabe=setzen deaktiviert/> }
        })
        .collect_view();
    let dimensionen = Dimension::ALLE
        .iter()
        .map(|&d| {
            let wert = Signal::derive(move || entwurf.with(|e| e.dimensionen.contains(&d)));
            let setzen = Callback::new(move |an: bool| {
                entwurf.update(|e| {
                    e.dimensionen.retain(|x| *x != d);
                    if an {
                        e.dimensionen.push(d);
                    }
                })
            });
            view! { <Ankreuzfeld id=feld_id(&format!("dim-{d:?}").to_lowercase()) beschriftung=d.name() wert bei_eingabe=setzen deaktiviert/> }
        })
        .collect_view();
    let kriterienfelder = kriterien
        .into_iter()
        .map(|k: Kriterium| {
            let kid = k.id;
            let wert = Signal::derive(move || entwurf.with(|e| e.bewertungen.get(&kid).cloned().unwrap_or_default()));
            let setzen = Callback::new(move |w: String| {
                entwurf.update(|e| {
                    if w.is_empty() {
                        e.bewertungen.remove(&kid);
                    } else {
                        e.bewertungen.insert(kid, w);
                    }
                })
            });
            let skala = std::iter::once((String::new(), "nicht bewertet".to_owned()))
                .chain((0..=crate::tools::multiprojektplan::model::MAX_BEWERTUNG).map(|s| {
                    (s.to_string(), format!("{s} – {}", ["kein", "gering", "mittel", "hoch"][s as usize]))
                }))
                .collect::<Vec<_>>();
            view! {
                <Auswahl id=feld_id(&format!("kriterium-{kid}")) beschriftung=format!("{} ({}, Gewicht {} %)", k.name, k.gruppe.name(), k.gewicht)
                    optionen=skala wert bei_eingabe=setzen deaktiviert/>
            }
        })
        .collect_view();

    let abbrechen_ziel = id.map(projekt_href).unwrap_or_else(|| href(&[]));
    let verwerfen = move |_| {
        formular.read_value().verwerfen();
        fehler.set(Vec::new());
    };

    view! {
        {move || formular.read_value().zurueckgeholt.get().then(|| view! {
            <Hinweis art=HinweisArt::Info titel="Ungespeicherte Eingaben wiederhergestellt".to_owned()>
                <p class="kern-body">
                    "Sie hatten dieses Formular verlassen, ohne zu speichern. Ihre Eingaben stehen wieder im Formular; "
                    "speichern oder verwerfen Sie sie."
                </p>
            </Hinweis>
        })}
        <Fehlerzusammenfassung id="projekt-fehler" fehler=fehlerliste(fehler)/>
        {move || meldung.get().map(|text| view! { <p class="kern-body meldung-erfolg" role="status">{text}</p> })}
        <form class="formular projektformular" novalidate on:submit=speichern>
            <Feldgruppe titel="Stammdaten">
                <Eingabe id=feld_id("kennung") beschriftung="Projekt-ID" pflicht=true hinweis="z. B. P-2026-001; eindeutig im Arbeitsbereich"
                    schmal=true wert=kennung bei_eingabe=kennung_setzen fehler=fehler_bei("kennung") deaktiviert/>
                <Eingabe id=feld_id("titel") beschriftung="Projekttitel" pflicht=true
                    wert=titel bei_eingabe=titel_setzen fehler=fehler_bei("titel") deaktiviert/>
                <Eingabe id=feld_id("ziel") beschriftung="Kurzbeschreibung / Ziel" hinweis="Am besten SMART: spezifisch, messbar, erreichbar, relevant, terminiert"
                    mehrzeilig=true wert=ziel bei_eingabe=ziel_setzen fehler=fehler_bei("ziel") deaktiviert/>
                <Eingabe id=feld_id("programm") beschriftung="Programm / Cluster" hinweis="z. B. Themenfeld, Fertigungsstraße, Eigenentwicklung"
                    wert=programm bei_eingabe=programm_setzen fehler=fehler_bei("programm") deaktiviert/>
                <Eingabe id=feld_id("organisationseinheit") beschriftung="Behörde / Organisationseinheit"
                    wert=oe bei_eingabe=oe_setzen fehler=fehler_bei("organisationseinheit") deaktiviert/>
                <Eingabe id=feld_id("auftraggeber") beschriftung="Auftraggeber/in"
                    wert=auftraggeber bei_eingabe=auftraggeber_setzen fehler=fehler_bei("auftraggeber") deaktiviert/>
                <Eingabe id=feld_id("projektleitung") beschriftung="Projektleitung"
                    wert=leitung bei_eingabe=leitung_setzen fehler=fehler_bei("projektleitung") deaktiviert/>
                <Eingabe id=feld_id("ozg-leistungen") beschriftung="OZG-Leistungen" hinweis="OZG-IDs, durch Komma getrennt"
                    wert=ozg bei_eingabe=ozg_setzen deaktiviert/>
                <Auswahl id=feld_id("umsetzungsweg") beschriftung="Umsetzungsweg"
                    optionen=optionen(Umsetzungsweg::ALLE, Umsetzungsweg::name, Some("nicht festgelegt"))
                    wert=weg bei_eingabe=weg_setzen deaktiviert/>
                <Auswahl id=feld_id("phase") beschriftung="Phase"
                    optionen=optionen(Phase::ALLE, Phase::name, Some("nicht festgelegt"))
                    wert=phase bei_eingabe=phase_setzen deaktiviert/>
                <Auswahl id=feld_id("status") beschriftung="Status" pflicht=true
                    optionen=optionen(Projektstatus::ALLE, Projektstatus::name, None)
                    wert=status bei_eingabe=status_setzen deaktiviert/>
            </Feldgruppe>
            <Feldgruppe titel="Termine">
                <p class="kern-hint">"Alle Daten als TT.MM.JJJJ. Der Terminverzug wird gegen das geplante Ende (Basisplan) gerechnet."</p>
                <div class="formular__reihe">
                    <Eingabe id=feld_id("start-plan") beschriftung="Start (Plan)" schmal=true wert=start_plan bei_eingabe=start_plan_setzen fehler=fehler_bei("start-plan") deaktiviert/>
                    <Eingabe id=feld_id("start-ist") beschriftung="Start (Ist)" schmal=true wert=start_ist bei_eingabe=start_ist_setzen fehler=fehler_bei("start-ist") deaktiviert/>
                </div>
                <div class="formular__reihe">
                    <Eingabe id=feld_id("ende-plan") beschriftung="Ende (Plan)" schmal=true wert=ende_plan bei_eingabe=ende_plan_setzen fehler=fehler_bei("ende-plan") deaktiviert/>
                    <Eingabe id=feld_id("ende-prognose") beschriftung="Ende (Prognose)" schmal=true wert=ende_prognose bei_eingabe=ende_prognose_setzen fehler=fehler_bei("ende-prognose") deaktiviert/>
                    <Eingabe id=feld_id("ende-ist") beschriftung="Ende (Ist)" schmal=true wert=ende_ist bei_eingabe=ende_ist_setzen fehler=fehler_bei("ende-ist") deaktiviert/>
                </div>
                <Eingabe id=feld_id("gesetzliche-frist") beschriftung="Gesetzliche Frist" schmal=true wert=frist bei_eingabe=frist_setzen fehler=fehler_bei("gesetzliche-frist") deaktiviert/>
            </Feldgruppe>
            <Feldgruppe titel="Ampeln">
                {ampelfelder}
            </Feldgruppe>
            <Feldgruppe titel="Priorisierung">
                <Auswahl id=feld_id("prioritaet") beschriftung="Priorität (manuell)"
                    optionen=optionen(Prioritaet::ALLE, Prioritaet::name, Some("nicht festgelegt"))
                    wert=prioritaet bei_eingabe=prioritaet_setzen deaktiviert/>
                <fieldset class="kern-fieldset">
                    <legend class="kern-label">"Muss-Kriterien – stellen das Projekt unabhängig vom Punktwert nach oben"</legend>
                    <div class="kern-fieldset__body">{muss_felder}</div>
                </fieldset>
                <Eingabe id=feld_id("welle") beschriftung="Welle" hinweis="Umsetzungswelle, z. B. 1" schmal=true
                    wert=welle bei_eingabe=welle_setzen fehler=fehler_bei("welle") deaktiviert/>
                <p class="kern-hint">"Bewertung je Kriterium von 0 (kein) bis 3 (hoch). Kriterien und Gewichte legen Sie unter Einstellungen fest."</p>
                {kriterienfelder}
            </Feldgruppe>
            <Feldgruppe titel="Budget und Kapazität">
                <Eingabe id=feld_id("budget") beschriftung="Budget gesamt (€)" hinweis="z. B. 1.250.000,00" schmal=true
                    wert=budget bei_eingabe=budget_setzen fehler=fehler_bei("budget") deaktiviert/>
                <Eingabe id=feld_id("kapazitaet") beschriftung="Kapazitätsbedarf (VZÄ)" hinweis="Vollzeitäquivalente, z. B. 1,5" schmal=true
                    wert=kapazitaet bei_eingabe=kapazitaet_setzen fehler=fehler_bei("kapazitaet") deaktiviert/>
            </Feldgruppe>
            <Feldgruppe titel="Zuordnung">
                <fieldset class="kern-fieldset">
                    <legend class="kern-label">"Handlungsfelder"</legend>
                    <div class="kern-fieldset__body">{handlungsfelder}</div>
                </fieldset>
                <fieldset class="kern-fieldset">
                    <legend class="kern-label">"Dimensionen"</legend>
                    <div class="kern-fieldset__body">{dimensionen}</div>
                </fieldset>
            </Feldgruppe>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--primary" id="projekt-speichern" disabled=deaktiviert>
                    <span class="kern-label">{if id.is_some() { "Änderungen speichern" } else { "Projekt anlegen" }}</span>
                </button>
                {if id.is_some() {
                    view! {
                        <button type="button" class="kern-btn kern-btn--secondary" disabled=move || !formular.read_value().geaendert() on:click=verwerfen>
                            <span class="kern-label">"Änderungen verwerfen"</span>
                        </button>
                    }.into_any()
                } else {
                    view! {
                        <a class="kern-btn kern-btn--secondary" href=abbrechen_ziel
                            on:click=move |_| formular.read_value().verwerfen()>
                            <span class="kern-label">"Abbrechen"</span>
                        </a>
                    }.into_any()
                }}
                {move || formular.read_value().geaendert().then(|| view! { <span class="kern-body formular__ungespeichert">"Ungespeicherte Eingaben im Formular"</span> })}
            </div>
        </form>
    }
}

/// The page of an existing project: key figures, then its data, milestones, trend analysis and
/// status reports as sections, and deleting it.
#[component]
pub fn Projektseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let lage = Memo::new(move |_| {
        daten.lies(|ab| {
            let plan = &ab?.werkzeuge.multiprojektplan;
            let p = plan.projekt(id)?;
            let stichtag = calc::stichtag(plan, browser::heute());
            Some((
                p.kennung.clone(),
                p.ampeln.gesamt.ampel,
                p.ampeln.termine.ampel,
                calc::vorgeschlagene_termin_ampel(plan, p, stichtag),
                calc::projektverzug_am(p, stichtag),
                calc::termintreue(plan.meilensteine_von(id), stichtag),
            ))
        })
    });
    let kennung = Signal::derive(move || {
        lage.with(|l| format!("Projekt „{}“", l.as_ref().map(|l| l.0.as_str()).unwrap_or_default()))
    });
    let loeschen = Loeschen {
        name: kennung,
        folgen: "Das Projekt wird mit allen Meilensteinen, Prognosen, Statusberichten und Abhängigkeiten gelöscht.",
        ausfuehren: Callback::new(move |_| {
            let name = kennung.get_untracked();
            daten.aendere(&format!("{name} gelöscht"), |ab| {
                ab.werkzeuge.multiprojektplan.entferne_projekt(id)
            });
            daten.ansagen(format!("{name} gelöscht."));
        }),
    };
    view! {
        <Datensatzseite vorhanden=Signal::derive(move || lage.with(Option::is_some))
            nicht_vorhanden="Dieses Projekt" zurueck=("Zur Projektliste", href(&[]))
            abschnitte=vec![
                ("abschnitt-stammdaten", "Projektdaten"),
                ("abschnitt-meilensteine", "Meilensteine"),
                ("abschnitt-mta", "Meilensteintrendanalyse"),
                ("abschnitt-berichte", "Statusberichte"),
            ]
            loeschen>
            {move || lage.get().map(|(_, gesamt, termine, vorschlag, verzug, treue)| view! {
                <dl class="kennzahlen">
                    <div class="kennzahlen__eintrag"><dt class="kern-label">"Gesamtampel"</dt><dd class="kern-body"><AmpelMarke ampel=gesamt/></dd></div>
                    <div class="kennzahlen__eintrag"><dt class="kern-label">"Terminverzug Projektende"</dt>
                        <dd class="kern-body kennzahlen__wert">{match verzug { Some(t) => format!("{} {}", super::portfolio::verzug_text(Some(t)), if t.abs() == 1 { "Tag" } else { "Tage" }), None => "–".to_owned() }}</dd></div>
                    <div class="kennzahlen__eintrag"><dt class="kern-label">"Termintreue Meilensteine"</dt>
                        <dd class="kern-body kennzahlen__wert">{treue.zehntel_prozent().map(|z| format!("{}{}%", format::dezimal(z, 1), format::NBSP)).unwrap_or_else(|| "–".to_owned())}</dd></div>
                    <div class="kennzahlen__eintrag"><dt class="kern-label">"Vorschlag Termin-Ampel"</dt>
                        <dd class="kern-body"><AmpelMarke ampel=vorschlag/>
                            {(vorschlag != termine && vorschlag != Ampel::Grau).then(|| view! { <span class="kern-body">" (gesetzt: "{termine.name()}")"</span> })}
                        </dd></div>
                </dl>
            })}
            <section aria-labelledby="abschnitt-stammdaten">
                <h2 class="kern-heading-medium" id="abschnitt-stammdaten" tabindex="-1">"Projektdaten"</h2>
                <Projektformular id=Some(id)/>
            </section>
            <section aria-labelledby="abschnitt-meilensteine">
                <h2 class="kern-heading-medium" id="abschnitt-meilensteine" tabindex="-1">"Meilensteine"</h2>
                <meilensteine::Meilensteine projekt=id/>
            </section>
            <mta::Meilensteintrend projekt=id/>
            <section aria-labelledby="abschnitt-berichte">
                <h2 class="kern-heading-medium" id="abschnitt-berichte" tabindex="-1">"Statusberichte"</h2>
                <berichte::Statusberichte projekt=id/>
            </section>
        </Datensatzseite>
    }
}
