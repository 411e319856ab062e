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
    feldbindung, Ankreuzfeld, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung,
};
use crate::app::zusammenfassung::{oder_strich, Abschnitt, Angabe, Bearbeitung, Zusammenfassung};
use crate::shared::datum::Datum;
use crate::shared::format;
use crate::shared::text::{datum_lesen, zahl_lesen};
use crate::shared::vokabular::{Ampel, Dimension, Handlungsfeld};
use crate::tools::multiprojektplan::calc;
use crate::tools::multiprojektplan::model::{
    Ampeldimension, Ampeln, Bewertung, Feldfehler, Kriterium, Meilensteinstatus, MussKriterium,
    Phase, Prioritaet, Projekt, Projektstatus, Umsetzungsweg,
};
use crate::tools::multiprojektplan::SLUG;

use super::{berichte, href, meilensteine, mta, projekt_href};
use crate::app::components::{Knopf, Knopfart};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::shared::sortieren::Sortieren;

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
    /// Reason of a re-baseline (asked when the Basisplan of a started project changes).
    grund_neuplanung: String,
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
            grund_neuplanung: String::new(),
        }
    }

    /// Turns the draft into a project (keeping `id`), or lists the fields that cannot be read.
    fn lesen(&self, id: u32) -> Result<Projekt, Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let mut datum =
            |feld: &str, name: &str, text: &str| datum_lesen(&mut fehler, feld, name, text, false);
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
            neuplanungen: Vec::new(),
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

/// Which part of a project a form edits: the short form for a new project, or one section of
/// the project page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Teil {
    /// A new project: only what is needed to start (ID, title, lead, start, end).
    Neu,
    /// Stammdaten: names, lead, OZG-Leistungen, Umsetzungsweg, Phase, Status.
    Stammdaten,
    /// Dates.
    Termine,
    /// The five Ampeln with their reasons.
    Ampeln,
    /// Priority, Muss-Kriterien, wave and the ratings of the criteria.
    Priorisierung,
    /// Budget, capacity, Handlungsfelder and Dimensionen.
    Budget,
}

impl Teil {
    /// Key of the form's draft.
    fn schluessel(self) -> &'static str {
        match self {
            Teil::Neu => "projekt",
            Teil::Stammdaten => "projekt-stammdaten",
            Teil::Termine => "projekt-termine",
            Teil::Ampeln => "projekt-ampeln",
            Teil::Priorisierung => "projekt-priorisierung",
            Teil::Budget => "projekt-budget",
        }
    }

    /// Ids of the save button and of the error summary (unique on the page).
    fn ids(self) -> (&'static str, &'static str) {
        match self {
            Teil::Neu | Teil::Stammdaten => ("projekt-speichern", "projekt-fehler"),
            Teil::Termine => ("projekt-speichern-termine", "projekt-fehler-termine"),
            Teil::Ampeln => ("projekt-speichern-ampeln", "projekt-fehler-ampeln"),
            Teil::Priorisierung => (
                "projekt-speichern-priorisierung",
                "projekt-fehler-priorisierung",
            ),
            Teil::Budget => ("projekt-speichern-budget", "projekt-fehler-budget"),
        }
    }

    /// The stored project with this part's fields taken from `neu`: a section saves only
    /// its own fields, so two sections open at once do not undo each other's changes.
    fn uebernehmen(self, neu: Projekt, gespeichert: Option<&Projekt>) -> Projekt {
        let Some(alt) = gespeichert else { return neu };
        let mut p = alt.clone();
        // Copies the named fields from `neu`.
        macro_rules! uebernimm {
            ($($feld:ident),+) => {{ $(p.$feld = neu.$feld;)+ }};
        }
        match self {
            Teil::Neu => return neu,
            Teil::Stammdaten => uebernimm!(
                kennung,
                titel,
                ziel,
                programm,
                organisationseinheit,
                auftraggeber,
                projektleitung,
                ozg_leistungen,
                umsetzungsweg,
                phase,
                status
            ),
            Teil::Termine => uebernimm!(
                start_plan,
                start_ist,
                ende_plan,
                ende_ist,
                ende_prognose,
                gesetzliche_frist
            ),
            Teil::Ampeln => uebernimm!(ampeln),
            Teil::Priorisierung => uebernimm!(prioritaet, muss_kriterien, welle, bewertungen),
            Teil::Budget => uebernimm!(
                budget_cent,
                kapazitaet_vzae_hundertstel,
                handlungsfelder,
                dimensionen
            ),
        }
        p
    }
}

/// Whether the form of `teil` for project `id` holds an unsaved draft (its section then opens
/// in editing).
fn hat_entwurf(teil: Teil, id: u32) -> bool {
    crate::app::entwurf::holen::<Entwurf>(&entwurfsschluessel(SLUG, teil.schluessel(), id))
        .is_some()
}

/// The project form for one part; `id: None` creates a new project ([`Teil::Neu`]).
#[component]
pub fn Projektformular(id: Option<u32>, teil: Teil) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let kriterien = daten.lies_ungetrackt(|ab| {
        ab.map(|ab| ab.werkzeuge.multiprojektplan.kriterien.clone())
            .unwrap_or_default()
    });
    let formular = StoredValue::new(Formularentwurf::neu(
        entwurfsschluessel(SLUG, teil.schluessel(), id.unwrap_or(0)),
        move || {
            daten.lies(
                |ab| match ab.and_then(|ab| ab.werkzeuge.multiprojektplan.projekt(id?)) {
                    Some(p) => Entwurf::aus(p),
                    None => Entwurf::aus(&Projekt::default()),
                },
            )
        },
    ));
    let entwurf = formular.read_value().wert;
    let bearbeitung = Bearbeitung::im_abschnitt();
    let (speichern_id, fehler_id) = teil.ids();
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let meldung = RwSignal::new(None::<String>);
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let fehler_bei = move |feld: &str| fehler_am(fehler, feld_id(feld));

    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let projekt = match entwurf.with_untracked(|e| e.lesen(id.unwrap_or(0))) {
            Ok(p) => daten.lies_ungetrackt(|ab| {
                let gespeichert = ab.and_then(|ab| ab.werkzeuge.multiprojektplan.projekt(id?));
                teil.uebernehmen(p, gespeichert)
            }),
            Err(f) => {
                fehler_melden(fehler, "mpp-", f);
                return;
            }
        };
        let grund = entwurf.with_untracked(|e| e.grund_neuplanung.clone());
        let pruefung = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| {
                let plan = &ab.werkzeuge.multiprojektplan;
                let mut liste = plan.pruefe_projekt(&projekt);
                liste.extend(plan.pruefe_neuplanung(&projekt, &grund));
                liste
            })
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
        let heute = browser::heute();
        daten.aendere(&beschreibung, |ab| {
            let plan = &mut ab.werkzeuge.multiprojektplan;
            let mut projekt = projekt;
            if let Some(alt) = plan.projekt(projekt.id).cloned() {
                projekt.erfasse_neuplanung(&alt, heute, &grund);
            }
            neue_id = plan.speichere_projekt(projekt);
        });
        match id {
            Some(_) => {
                formular.read_value().zuruecksetzen(gespeichert);
                daten.ansagen(format!("Projekt „{kennung}“ gespeichert."));
                if let Some(b) = bearbeitung {
                    b.beenden();
                } else {
                    meldung.set(Some(format!("Projekt „{kennung}“ gespeichert.")));
                }
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
    let (grund, grund_setzen) = feldbindung!(entwurf.grund_neuplanung);
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
                        pflicht_wenn="Pflicht bei Gelb und Rot" hinweis="Abweichung, Ursache, Optionen"
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

    let abbrechen_ziel = href(&[]);
    let abbrechen = move |_| {
        formular.read_value().verwerfen();
        fehler.set(Vec::new());
        if let Some(b) = bearbeitung {
            b.beenden();
        }
    };
    let datum = |feld: &'static str, beschriftung: &'static str, wert, setzen| {
        view! {
            <Datumseingabe id=feld_id(feld) beschriftung wert bei_eingabe=setzen
                fehler=fehler_bei(feld) deaktiviert/>
        }
    };
    let kennung_feld = move || {
        view! {
            <Eingabe id=feld_id("kennung") beschriftung="Projekt-ID" pflicht=true hinweis="z. B. P-2026-001; eindeutig im Arbeitsbereich"
                schmal=true wert=kennung bei_eingabe=kennung_setzen fehler=fehler_bei("kennung") deaktiviert/>
            <Eingabe id=feld_id("titel") beschriftung="Projekttitel" pflicht=true
                wert=titel bei_eingabe=titel_setzen fehler=fehler_bei("titel") deaktiviert/>
        }
    };
    let leitung_feld = move || {
        view! {
            <Eingabe id=feld_id("projektleitung") beschriftung="Projektleitung"
                wert=leitung bei_eingabe=leitung_setzen fehler=fehler_bei("projektleitung") deaktiviert/>
        }
    };
    let felder = match teil {
        Teil::Neu => view! {
            <p class="kern-body">"Für den Anfang genügen ID, Titel, Leitung und Laufzeit. Alles Weitere – Ampeln, Priorisierung, Budget – tragen Sie danach auf der Projektseite ein."</p>
            {kennung_feld()}
            {leitung_feld()}
            <div class="formular__reihe">
                {datum("start-plan", "Start (Plan)", start_plan, start_plan_setzen)}
                {datum("ende-plan", "Ende (Plan)", ende_plan, ende_plan_setzen)}
            </div>
        }.into_any(),
        Teil::Stammdaten => view! {
            {kennung_feld()}
            <Eingabe id=feld_id("ziel") beschriftung="Kurzbeschreibung / Ziel" hinweis="Am besten SMART: spezifisch, messbar, erreichbar, relevant, terminiert"
                mehrzeilig=true wert=ziel bei_eingabe=ziel_setzen fehler=fehler_bei("ziel") deaktiviert/>
            <Eingabe id=feld_id("programm") beschriftung="Programm / Cluster" hinweis="z. B. Themenfeld, Fertigungsstraße, Eigenentwicklung"
                wert=programm bei_eingabe=programm_setzen fehler=fehler_bei("programm") deaktiviert/>
            <Eingabe id=feld_id("organisationseinheit") beschriftung="Behörde / Organisationseinheit"
                wert=oe bei_eingabe=oe_setzen fehler=fehler_bei("organisationseinheit") deaktiviert/>
            <Eingabe id=feld_id("auftraggeber") beschriftung="Auftraggeber/in"
                wert=auftraggeber bei_eingabe=auftraggeber_setzen fehler=fehler_bei("auftraggeber") deaktiviert/>
            {leitung_feld()}
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
        }.into_any(),
        Teil::Termine => view! {
            <p class="kern-hint">"Der Terminverzug wird gegen das geplante Ende (Basisplan) gerechnet."</p>
            <div class="formular__reihe">
                {datum("start-plan", "Start (Plan)", start_plan, start_plan_setzen)}
                {datum("start-ist", "Start (Ist)", start_ist, start_ist_setzen)}
            </div>
            <div class="formular__reihe">
                {datum("ende-plan", "Ende (Plan)", ende_plan, ende_plan_setzen)}
                {datum("ende-prognose", "Ende (Prognose)", ende_prognose, ende_prognose_setzen)}
                {datum("ende-ist", "Ende (Ist)", ende_ist, ende_ist_setzen)}
            </div>
            {datum("gesetzliche-frist", "Gesetzliche Frist", frist, frist_setzen)}
            <Eingabe id=feld_id("grund-neuplanung") beschriftung="Grund der Neuplanung (Re-Baseline)"
                hinweis="Nur nötig, wenn Sie bei einem begonnenen Projekt Start oder Ende (Plan) ändern; der bisherige Basisplan bleibt in der Historie sichtbar."
                wert=grund bei_eingabe=grund_setzen fehler=fehler_bei("grund-neuplanung") deaktiviert/>
        }.into_any(),
        Teil::Ampeln => ampelfelder.into_any(),
        Teil::Priorisierung => view! {
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
        }.into_any(),
        Teil::Budget => view! {
            <Eingabe id=feld_id("budget") beschriftung="Budget gesamt (€)" hinweis="z. B. 1.250.000,00" schmal=true
                wert=budget bei_eingabe=budget_setzen fehler=fehler_bei("budget") deaktiviert/>
            <Eingabe id=feld_id("kapazitaet") beschriftung="Kapazitätsbedarf (VZÄ)" hinweis="Vollzeitäquivalente, z. B. 1,5" schmal=true
                wert=kapazitaet bei_eingabe=kapazitaet_setzen fehler=fehler_bei("kapazitaet") deaktiviert/>
            <fieldset class="kern-fieldset">
                <legend class="kern-label">"Handlungsfelder"</legend>
                <div class="kern-fieldset__body">{handlungsfelder}</div>
            </fieldset>
            <fieldset class="kern-fieldset">
                <legend class="kern-label">"Dimensionen"</legend>
                <div class="kern-fieldset__body">{dimensionen}</div>
            </fieldset>
        }.into_any(),
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
        <Fehlerzusammenfassung id=fehler_id fehler=fehlerliste(fehler)/>
        {move || meldung.get().map(|text| view! { <p class="kern-body meldung-erfolg" role="status">{text}</p> })}
        <form class="formular projektformular" novalidate on:submit=speichern>
            {felder}
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id=speichern_id deaktiviert=deaktiviert>
                    {if id.is_some() { "Änderungen speichern" } else { "Projekt anlegen" }}
                </Knopf>
                {if id.is_some() {
                    view! {
                        <Knopf bei_klick=abbrechen>"Abbrechen"</Knopf>
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

/// A fact of a section's summary: label and text ("–" where empty).
fn angabe(bezeichnung: &'static str, text: String) -> impl IntoView {
    view! { <Angabe bezeichnung>{oder_strich(&text)}</Angabe> }
}

/// An Ampel with its word and reason.
fn ampelangabe(bezeichnung: String, b: Bewertung) -> impl IntoView {
    let Bewertung { ampel, begruendung } = b;
    view! {
        <Angabe bezeichnung>
            <AmpelMarke ampel/>
            {(!begruendung.is_empty()).then(|| view! { <span class="kern-body">" "{begruendung}</span> })}
        </Angabe>
    }
}

/// Names of the chosen values, joined by commas.
fn namen<T: Copy>(werte: &[T], name: fn(T) -> &'static str) -> String {
    werte
        .iter()
        .map(|w| name(*w))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A section of the project page that shows `anzeige` and edits the part `teil` on its own.
fn teilabschnitt(
    id: u32,
    teil: Teil,
    abschnitt: &'static str,
    titel: &'static str,
    anzeige: ViewFn,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    view! {
        <Abschnitt id=abschnitt titel anzeige
            formular=ViewFn::from(move || view! { <Projektformular id=Some(id) teil/> })
            offen=hat_entwurf(teil, id)
            bearbeitbar=Signal::derive(move || daten.bearbeitbar())/>
    }
}

/// The page of an existing project: a summary (key facts, Ampeln with their words, next
/// milestones, latest status report), then its parts as sections, each edited on its own,
/// its milestones, trend analysis and status reports, and deleting it.
#[component]
pub fn Projektseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let projekt =
        Memo::new(move |_| daten.lies(|ab| ab?.werkzeuge.multiprojektplan.projekt(id).cloned()));
    let kennung = Signal::derive(move || {
        projekt.with(|p| {
            format!(
                "Projekt „{}“",
                p.as_ref().map(|p| p.kennung.as_str()).unwrap_or_default()
            )
        })
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
    let liste = move |f: fn(&Projekt) -> Vec<(&'static str, String)>| {
        ViewFn::from(move || {
            let angaben = projekt.with(|p| p.as_ref().map(f)).unwrap_or_default();
            let zeilen = angaben
                .into_iter()
                .map(|(bezeichnung, text)| angabe(bezeichnung, text))
                .collect_view();
            view! { <Zusammenfassung>{zeilen}</Zusammenfassung> }
        })
    };
    let stammdaten = liste(|p| {
        vec![
            ("Projekt-ID", p.kennung.clone()),
            ("Projekttitel", p.titel.clone()),
            ("Kurzbeschreibung / Ziel", p.ziel.clone()),
            ("Programm / Cluster", p.programm.clone()),
            (
                "Behörde / Organisationseinheit",
                p.organisationseinheit.clone(),
            ),
            ("Auftraggeber/in", p.auftraggeber.clone()),
            ("Projektleitung", p.projektleitung.clone()),
            ("OZG-Leistungen", p.ozg_leistungen.join(", ")),
            (
                "Umsetzungsweg",
                name_von(p.umsetzungsweg, Umsetzungsweg::name),
            ),
            ("Phase", name_von(p.phase, Phase::name)),
            ("Status", p.status.name().to_owned()),
        ]
    });
    let termine = liste(|p| {
        vec![
            ("Start (Plan)", datum_text(p.start_plan)),
            ("Start (Ist)", datum_text(p.start_ist)),
            ("Ende (Plan)", datum_text(p.ende_plan)),
            ("Ende (Prognose)", datum_text(p.ende_prognose)),
            ("Ende (Ist)", datum_text(p.ende_ist)),
            ("Gesetzliche Frist", datum_text(p.gesetzliche_frist)),
            ("Ursprünglicher Basisplan", {
                let (start, ende) = p.urspruenglicher_basisplan();
                if p.neuplanungen.is_empty() {
                    String::new()
                } else {
                    format!(
                        "Start {}, Ende {}",
                        oder_strich(&datum_text(start)),
                        oder_strich(&datum_text(ende))
                    )
                }
            }),
            (
                "Neuplanungen (Re-Baseline)",
                p.neuplanungen
                    .iter()
                    .map(|n| n.text())
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        ]
    });
    let budget = liste(|p| {
        vec![
            (
                "Budget gesamt",
                p.budget_cent.map(format::euro).unwrap_or_default(),
            ),
            (
                "Kapazitätsbedarf",
                p.kapazitaet_vzae_hundertstel
                    .map(|k| format!("{}{}VZÄ", format::dezimal(k, 2), format::NBSP))
                    .unwrap_or_default(),
            ),
            (
                "Handlungsfelder",
                namen(&p.handlungsfelder, Handlungsfeld::name),
            ),
            ("Dimensionen", namen(&p.dimensionen, Dimension::name)),
        ]
    });
    let ampeln = ViewFn::from(move || {
        let ampeln: Vec<(Ampeldimension, Bewertung)> = projekt.with(|p| {
            p.iter()
                .flat_map(|p| {
                    Ampeldimension::ALLE
                        .iter()
                        .map(|&d| (d, p.ampeln.von(d).clone()))
                })
                .collect()
        });
        let zeilen = ampeln
            .into_iter()
            .map(|(d, b)| ampelangabe(format!("Ampel {}", d.name()), b))
            .collect_view();
        view! { <Zusammenfassung>{zeilen}</Zusammenfassung> }
    });
    let priorisierung = ViewFn::from(move || {
        let angaben = daten.lies(|ab| {
            let plan = &ab?.werkzeuge.multiprojektplan;
            let p = plan.projekt(id)?;
            let bewertungen = plan
                .kriterien
                .iter()
                .map(|k| {
                    let wert = p
                        .bewertungen
                        .get(&k.id)
                        .map(|w| w.to_string())
                        .unwrap_or_else(|| "nicht bewertet".to_owned());
                    format!("{}: {wert}", k.name)
                })
                .collect::<Vec<_>>()
                .join("; ");
            let wert = calc::prioritaetswert(p, &plan.kriterien)
                .map(|z| format!("{}{}%", format::dezimal(z, 1), format::NBSP))
                .unwrap_or_default();
            Some(vec![
                (
                    "Priorität (manuell)",
                    name_von(p.prioritaet, Prioritaet::name),
                ),
                (
                    "Muss-Kriterien",
                    namen(&p.muss_kriterien, MussKriterium::name),
                ),
                ("Welle", p.welle.map(|w| w.to_string()).unwrap_or_default()),
                ("Prioritätswert", wert),
                ("Bewertungen (0 kein bis 3 hoch)", bewertungen),
            ])
        });
        let zeilen = angaben
            .unwrap_or_default()
            .into_iter()
            .map(|(bezeichnung, text)| angabe(bezeichnung, text))
            .collect_view();
        view! { <Zusammenfassung>{zeilen}</Zusammenfassung> }
    });
    view! {
        <Datensatzseite vorhanden=Signal::derive(move || projekt.with(Option::is_some))
            nicht_vorhanden="Dieses Projekt" zurueck=("Zur Projektliste", href(&[]))
            abschnitte=vec![
                ("abschnitt-ueberblick", "Überblick"),
                ("abschnitt-stammdaten", "Stammdaten"),
                ("abschnitt-termine", "Termine"),
                ("abschnitt-ampeln", "Ampeln"),
                ("abschnitt-priorisierung", "Priorisierung"),
                ("abschnitt-budget", "Budget und Zuordnung"),
                ("abschnitt-meilensteine", "Meilensteine"),
                ("abschnitt-mta", "Meilensteintrendanalyse"),
                ("abschnitt-berichte", "Statusberichte"),
            ]
            loeschen>
            <Ueberblick id/>
            {teilabschnitt(id, Teil::Stammdaten, "abschnitt-stammdaten", "Stammdaten", stammdaten.clone())}
            {teilabschnitt(id, Teil::Termine, "abschnitt-termine", "Termine", termine.clone())}
            {teilabschnitt(id, Teil::Ampeln, "abschnitt-ampeln", "Ampeln", ampeln.clone())}
            {teilabschnitt(id, Teil::Priorisierung, "abschnitt-priorisierung", "Priorisierung", priorisierung.clone())}
            {teilabschnitt(id, Teil::Budget, "abschnitt-budget", "Budget und Zuordnung", budget.clone())}
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

/// The summary at the top of the project page: what a reader needs first.
#[component]
fn Ueberblick(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let inhalt = move || {
        daten.lies(|ab| {
            let plan = &ab?.werkzeuge.multiprojektplan;
            let p = plan.projekt(id)?;
            let heute = browser::heute();
            let stichtag = calc::stichtag(plan, heute);
            let verzug = calc::projektverzug_am(p, stichtag);
            let treue = calc::termintreue(plan.meilensteine_von(id), stichtag);
            let vorschlag = calc::vorgeschlagene_termin_ampel(plan, p, stichtag);
            let gesetzt = p.ampeln.termine.ampel;
            let mut naechste: Vec<_> = plan
                .meilensteine_von(id)
                .into_iter()
                .filter(|m| m.ist.is_none() && m.status != Meilensteinstatus::Entfallen)
                .filter_map(|m| Some((m.termin()?, m.bezeichnung.clone())))
                .filter(|(t, _)| *t >= heute)
                .collect();
            naechste.sortiere();
            let naechste = naechste
                .into_iter()
                .take(3)
                .map(|(t, name)| view! { <li>{format!("{} – {name}", t.deutsch())}</li> })
                .collect_view();
            let bericht = plan.berichte_von(id).first().map(|b| {
                format!(
                    "zum {}: {}",
                    b.stichtag.deutsch(),
                    oder_strich(&b.sachstand)
                )
            });
            let ampeln = Ampeldimension::ALLE
                .iter()
                .skip(1)
                .map(|&d| {
                    let ampel = p.ampeln.von(d).ampel;
                    view! { <li>{format!("{}: ", d.name())}<AmpelMarke ampel/></li> }
                })
                .collect_view();
            let laufzeit = format!(
                "{} bis {}",
                oder_strich(&datum_text(p.start_erwartet())),
                oder_strich(&datum_text(p.ende_erwartet()))
            );
            let status = [
                p.status.name(),
                p.phase.map(Phase::name).unwrap_or_default(),
            ]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
            let leitung = p.projektleitung.clone();
            let gesamt = p.ampeln.gesamt.clone();
            let verzug = match verzug {
                Some(t) => format!(
                    "{} {}",
                    super::portfolio::verzug_text(Some(t)),
                    if t.abs() == 1 { "Tag" } else { "Tage" }
                ),
                None => String::new(),
            };
            let treue = treue
                .zehntel_prozent()
                .map(|z| format!("{}{}%", format::dezimal(z, 1), format::NBSP))
                .unwrap_or_default();
            let abweichung = (vorschlag != gesetzt && vorschlag != Ampel::Grau)
                .then(|| view! { <span class="kern-body">" (gesetzt: "{gesetzt.name()}")"</span> });
            let naechste = if naechste.is_empty() {
                "–".into_any()
            } else {
                view! { <ul class="ueberblick__liste">{naechste}</ul> }.into_any()
            };
            Some(view! {
                <Zusammenfassung>
                    {angabe("Status und Phase", status)}
                    {angabe("Projektleitung", leitung)}
                    {angabe("Laufzeit (erwartet)", laufzeit)}
                    {ampelangabe("Gesamtampel".to_owned(), gesamt)}
                    <Angabe bezeichnung="Ampeln">
                        <ul class="ueberblick__ampeln">{ampeln}</ul>
                    </Angabe>
                    {angabe("Terminverzug Projektende", verzug)}
                    {angabe("Termintreue Meilensteine", treue)}
                    <Angabe bezeichnung="Vorschlag Termin-Ampel">
                        <AmpelMarke ampel=vorschlag/>
                        {abweichung}
                    </Angabe>
                    <Angabe bezeichnung="Nächste Meilensteine">{naechste}</Angabe>
                    {angabe("Letzter Statusbericht", bericht.unwrap_or_default())}
                </Zusammenfassung>
            })
        })
    };
    view! {
        <section aria-labelledby="abschnitt-ueberblick">
            <h2 class="kern-heading-medium" id="abschnitt-ueberblick" tabindex="-1">"Überblick"</h2>
            {inhalt}
        </section>
    }
}
