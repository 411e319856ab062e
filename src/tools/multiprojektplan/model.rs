//! The Multiprojektplan's data: projects, milestones with their forecast history, dependencies,
//! status reports, the prioritisation criteria and the schedule thresholds (fachkonzept §2.1).
//!
//! Plain data with plain methods, no signals: views change it only through
//! `Daten::aendere(|ab| ab.werkzeuge.multiprojektplan…)`. Records refer to each other by a numeric `id`
//! that never changes and is never reused; the user-visible Projekt-ID (`kennung`) is free text
//! that must be unique but may be renamed. Catalogues that are our reconstruction (criteria,
//! thresholds) are data the user edits, not code.

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datensatz::Datensaetze;
use crate::shared::ist_standard;
use crate::shared::text;
pub use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::shared::vokabular::vokabular;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::shared::datum::Datum;
use crate::shared::sortieren::Sortieren;
use crate::shared::vokabular::{Ampel, Dimension, Handlungsfeld};

/// Longest single-line text (titles, names).
pub const MAX_KURZTEXT: usize = 200;
/// Longest multi-line text (goal, report sections).
pub const MAX_LANGTEXT: usize = 5000;
/// Highest rating on a prioritisation criterion (scale 0–3).
pub const MAX_BEWERTUNG: u8 = 3;
/// Highest dependency strength (scale 0–3).
pub const MAX_STAERKE: u8 = 3;

vokabular!(Projektstatus {
    Geplant => "geplant", "noch nicht begonnen";
    Aktiv => "aktiv", "in Umsetzung";
    Pausiert => "pausiert", "vorübergehend angehalten";
    Abgeschlossen => "abgeschlossen", "Ziel erreicht, Projekt beendet";
    Abgebrochen => "abgebrochen", "vor Abschluss beendet";
});

vokabular!(Phase {
    Initialisierung => "Initialisierung", "Projektidee prüfen, Auftrag klären (BMI Praxisleitfaden)";
    Definition => "Definition", "Ziele, Umfang und Rahmen festlegen";
    Planung => "Planung", "Termine, Ressourcen und Kosten planen";
    Durchfuehrung => "Durchführung", "umsetzen und steuern";
    Abschluss => "Abschluss", "abnehmen, übergeben, Erfahrungen sichern";
});

vokabular!(Umsetzungsweg {
    Fertigungsstrasse => "Fertigungsstraße (Bundesportal)", "Umsetzung über die OZG-Fertigungsstraße";
    Eigenentwicklung => "Eigenentwicklung", "eigene Umsetzung der Behörde";
    EfaNachnutzung => "EfA-Nachnutzung", "Nachnutzung einer „Einer für Alle“-Lösung";
    Sonstiges => "Sonstiges", "anderer Weg";
});

vokabular!(MussKriterium {
    GesetzlicheVorgabe => "gesetzliche Vorgabe (Zieldatum)", "rechtlich vorgeschrieben; steht unabhängig vom Punktwert oben";
    Betriebskritisch => "betriebskritisch", "ohne das Projekt ist der Betrieb gefährdet; steht oben";
    PolitischeVorgabe => "politische Vorgabe", "politisch vorgegeben; steht oben";
});

vokabular!(Prioritaet {
    Hoch => "hoch", "manuell gesetzte Priorität";
    Mittel => "mittel", "manuell gesetzte Priorität";
    Niedrig => "niedrig", "manuell gesetzte Priorität";
});

vokabular!(Ampeldimension {
    Gesamt => "Gesamt", "Gesamtbewertung des Projekts";
    Termine => "Termine", "Einhaltung der Termine und Meilensteine";
    Budget => "Budget", "Einhaltung der Kosten";
    Qualitaet => "Qualität", "Leistung und Qualität (Sachziel)";
    Ressourcen => "Ressourcen", "Verfügbarkeit von Personal und Mitteln";
});

vokabular!(Meilensteintyp {
    Entscheidung => "Entscheidung/Freigabe", "Entscheidung eines Gremiums oder Freigabe";
    GoLive => "Go-live", "Inbetriebnahme";
    Abnahme => "Abnahme", "Abnahme einer Leistung";
    Mittelabruf => "Mittelabruf", "Abruf von Haushaltsmitteln";
    Sonstiges => "Sonstiges", "anderer Meilenstein";
});

vokabular!(Meilensteinstatus {
    Offen => "offen", "noch nicht erreicht";
    Erreicht => "erreicht", "erreicht (Ist-Datum eingetragen)";
    Verschoben => "verschoben", "auf einen neuen Termin verschoben";
    Entfallen => "entfallen", "wird nicht mehr verfolgt";
});

vokabular!(Abhaengigkeitsart {
    LiefertInput => "liefert Input", "der Vorgänger liefert ein Ergebnis, das der Nachfolger braucht";
    BenoetigtOutput => "benötigt Output", "der Nachfolger kann erst mit dem Ergebnis des Vorgängers weiterarbeiten";
    GemeinsameRessource => "gemeinsame Ressource", "beide beanspruchen dieselben Personen oder Mittel";
    Basiskomponente => "Basiskomponente", "der Nachfolger baut auf einer Basiskomponente des Vorgängers auf";
});

vokabular!(Kriteriengruppe {
    Strategie => "Strategie", "strategische Bedeutung";
    Nutzen => "Nutzen", "Nutzen für Nutzende und Verwaltung";
    Rahmenbedingungen => "Rahmenbedingungen", "Voraussetzungen für die Umsetzung";
    Risiko => "Risiko", "Umsetzungsrisiken (hoch bewertet = geringes Risiko)";
});

/// Everything the Multiprojektplan keeps in one workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Multiprojektplan {
    /// Projects in the order they were created.
    pub projekte: Vec<Projekt>,
    /// Milestones of all projects.
    pub meilensteine: Vec<Meilenstein>,
    /// Dependencies between projects and milestones.
    pub abhaengigkeiten: Vec<Abhaengigkeit>,
    /// Status reports of all projects (history; one per project and Stichtag).
    pub statusberichte: Vec<Statusbericht>,
    /// Weighted prioritisation criteria (editable catalogue).
    pub kriterien: Vec<Kriterium>,
    /// Thresholds of the suggested Termin-Ampel.
    pub schwellen: Terminschwellen,
    /// Current reporting date: forecasts entered now are filed under it. `None` = today.
    pub berichtsstichtag: Option<Datum>,
    /// Next free record id (shared by all record kinds; ids are never reused).
    pub naechste_id: u32,
}

impl Default for Multiprojektplan {
    fn default() -> Self {
        Multiprojektplan {
            projekte: Vec::new(),
            meilensteine: Vec::new(),
            abhaengigkeiten: Vec::new(),
            statusberichte: Vec::new(),
            kriterien: Kriterium::vorgaben(),
            schwellen: Terminschwellen::default(),
            berichtsstichtag: None,
            naechste_id: 1,
        }
    }
}

/// Project status (reconstruction, fachkonzept §2.1).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Projektstatus {
    /// Not started.
    #[default]
    Geplant,
    /// Running.
    Aktiv,
    /// On hold.
    Pausiert,
    /// Finished.
    Abgeschlossen,
    /// Stopped before completion.
    Abgebrochen,
}

/// Project phase after the BMI Praxisleitfaden Projektmanagement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Initialisierung
    Initialisierung,
    /// Definition
    Definition,
    /// Planung
    Planung,
    /// Durchführung
    Durchfuehrung,
    /// Abschluss
    Abschluss,
}

/// How an OZG service is implemented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Umsetzungsweg {
    /// OZG-Fertigungsstraße (Bundesportal)
    Fertigungsstrasse,
    /// Own development
    Eigenentwicklung,
    /// Re-use of an "Einer für Alle" service
    EfaNachnutzung,
    /// Anything else
    Sonstiges,
}

/// Criteria that put a project first regardless of its score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MussKriterium {
    /// Legal requirement with a target date.
    GesetzlicheVorgabe,
    /// Critical for operations.
    Betriebskritisch,
    /// Political requirement.
    PolitischeVorgabe,
}

/// Manual priority.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prioritaet {
    /// hoch
    Hoch,
    /// mittel
    Mittel,
    /// niedrig
    Niedrig,
}

/// The five rated aspects of a project's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ampeldimension {
    /// Overall.
    Gesamt,
    /// Schedule.
    Termine,
    /// Cost.
    Budget,
    /// Scope and quality (Sachziel).
    Qualitaet,
    /// Staff and other resources.
    Ressourcen,
}

/// One rated aspect: colour and, for yellow and red, the reason.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bewertung {
    /// Colour.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ampel: Ampel,
    /// Deviation, cause and options; required for yellow and red.
    #[serde(skip_serializing_if = "ist_standard")]
    pub begruendung: String,
}

/// All five rated aspects.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ampeln {
    /// Gesamt
    #[serde(skip_serializing_if = "ist_standard")]
    pub gesamt: Bewertung,
    /// Termine
    #[serde(skip_serializing_if = "ist_standard")]
    pub termine: Bewertung,
    /// Budget
    #[serde(skip_serializing_if = "ist_standard")]
    pub budget: Bewertung,
    /// Qualität
    #[serde(skip_serializing_if = "ist_standard")]
    pub qualitaet: Bewertung,
    /// Ressourcen
    #[serde(skip_serializing_if = "ist_standard")]
    pub ressourcen: Bewertung,
}

impl Ampeln {
    /// The rating of one dimension.
    pub fn von(&self, dimension: Ampeldimension) -> &Bewertung {
        match dimension {
            Ampeldimension::Gesamt => &self.gesamt,
            Ampeldimension::Termine => &self.termine,
            Ampeldimension::Budget => &self.budget,
            Ampeldimension::Qualitaet => &self.qualitaet,
            Ampeldimension::Ressourcen => &self.ressourcen,
        }
    }

    /// The rating of one dimension, for changing it.
    pub fn von_mut(&mut self, dimension: Ampeldimension) -> &mut Bewertung {
        match dimension {
            Ampeldimension::Gesamt => &mut self.gesamt,
            Ampeldimension::Termine => &mut self.termine,
            Ampeldimension::Budget => &mut self.budget,
            Ampeldimension::Qualitaet => &mut self.qualitaet,
            Ampeldimension::Ressourcen => &mut self.ressourcen,
        }
    }
}

/// One project ("Vorhaben").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Projekt {
    /// Internal, permanent id.
    pub id: u32,
    /// Projekt-ID as the agency writes it, e.g. `P-2026-007`; unique, required.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kennung: String,
    /// Projekttitel; required.
    #[serde(skip_serializing_if = "ist_standard")]
    pub titel: String,
    /// Kurzbeschreibung / Ziel (SMART goal recommended).
    #[serde(skip_serializing_if = "ist_standard")]
    pub ziel: String,
    /// Programm / Cluster, e.g. a Themenfeld or "Fertigungsstraße".
    #[serde(skip_serializing_if = "ist_standard")]
    pub programm: String,
    /// Behörde / Organisationseinheit.
    #[serde(skip_serializing_if = "ist_standard")]
    pub organisationseinheit: String,
    /// Auftraggeber/in.
    #[serde(skip_serializing_if = "ist_standard")]
    pub auftraggeber: String,
    /// Projektleitung.
    #[serde(skip_serializing_if = "ist_standard")]
    pub projektleitung: String,
    /// OZG-IDs of the services the project implements.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ozg_leistungen: Vec<String>,
    /// Umsetzungsweg.
    #[serde(skip_serializing_if = "ist_standard")]
    pub umsetzungsweg: Option<Umsetzungsweg>,
    /// Phase.
    #[serde(skip_serializing_if = "ist_standard")]
    pub phase: Option<Phase>,
    /// Status.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Projektstatus,
    /// Start, planned.
    #[serde(skip_serializing_if = "ist_standard")]
    pub start_plan: Option<Datum>,
    /// Start, actual.
    #[serde(skip_serializing_if = "ist_standard")]
    pub start_ist: Option<Datum>,
    /// End, planned (Basisplan; Terminverzug is measured against it).
    #[serde(skip_serializing_if = "ist_standard")]
    pub ende_plan: Option<Datum>,
    /// End, actual.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ende_ist: Option<Datum>,
    /// End, current forecast.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ende_prognose: Option<Datum>,
    /// Ampeln with reasons.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ampeln: Ampeln,
    /// Manual priority (the score is computed from `bewertungen`).
    #[serde(skip_serializing_if = "ist_standard")]
    pub prioritaet: Option<Prioritaet>,
    /// Muss-Kriterien; any of them sorts the project to the top.
    #[serde(skip_serializing_if = "ist_standard")]
    pub muss_kriterien: Vec<MussKriterium>,
    /// Gesetzliche Frist.
    #[serde(skip_serializing_if = "ist_standard")]
    pub gesetzliche_frist: Option<Datum>,
    /// Implementation wave (1, 2, …).
    #[serde(skip_serializing_if = "ist_standard")]
    pub welle: Option<u32>,
    /// Budget in cents.
    #[serde(skip_serializing_if = "ist_standard")]
    pub budget_cent: Option<i64>,
    /// Kapazitätsbedarf in hundredths of a VZÄ (150 = 1,50 VZÄ).
    #[serde(skip_serializing_if = "ist_standard")]
    pub kapazitaet_vzae_hundertstel: Option<i64>,
    /// Handlungsfelder (tags).
    #[serde(skip_serializing_if = "ist_standard")]
    pub handlungsfelder: Vec<Handlungsfeld>,
    /// Dimensionen (tags).
    #[serde(skip_serializing_if = "ist_standard")]
    pub dimensionen: Vec<Dimension>,
    /// Rating per prioritisation criterion (criterion id → 0–3).
    #[serde(skip_serializing_if = "ist_standard")]
    pub bewertungen: BTreeMap<u32, u8>,
    /// Re-baselines: every change of the Basisplan (Start/Ende Plan) after the project started,
    /// oldest first. The first entry keeps the original Basisplan.
    #[serde(skip_serializing_if = "ist_standard")]
    pub neuplanungen: Vec<Neuplanung>,
}

/// One re-baseline of a started project: when, why, and the Basisplan before and after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Neuplanung {
    /// Date the change was recorded.
    pub am: Datum,
    /// Reason (e.g. Lenkungsausschuss-Beschluss, Änderungsantrag).
    pub grund: String,
    /// Start (Plan) before the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_vorher: Option<Datum>,
    /// Ende (Plan) before the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ende_vorher: Option<Datum>,
    /// Start (Plan) after the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_neu: Option<Datum>,
    /// Ende (Plan) after the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ende_neu: Option<Datum>,
}

impl Neuplanung {
    /// "01.03.2026: Ende 30.06.2026 → 31.12.2026 (Grund)".
    pub fn text(&self) -> String {
        let d = |d: Option<Datum>| d.map_or("–".to_owned(), Datum::deutsch);
        let mut teile = Vec::new();
        if self.start_vorher != self.start_neu {
            teile.push(format!(
                "Start {} → {}",
                d(self.start_vorher),
                d(self.start_neu)
            ));
        }
        if self.ende_vorher != self.ende_neu {
            teile.push(format!(
                "Ende {} → {}",
                d(self.ende_vorher),
                d(self.ende_neu)
            ));
        }
        format!(
            "{}: {} ({})",
            self.am.deutsch(),
            teile.join(", "),
            self.grund
        )
    }
}

impl Projekt {
    /// Whether the project has started: an actual start, or a status beyond "geplant".
    pub fn ist_gestartet(&self) -> bool {
        self.start_ist.is_some() || self.status != Projektstatus::Geplant
    }

    /// Whether saving `self` over `alt` changes the Basisplan of a started project, which is a
    /// re-baseline (PM practice, e.g. PMBOK "Baseline" under change control; V-Modell XT Bund
    /// Projektfortschrittsentscheidung).
    pub fn ist_neuplanung(&self, alt: &Projekt) -> bool {
        alt.ist_gestartet()
            && (self.start_plan != alt.start_plan || self.ende_plan != alt.ende_plan)
    }

    /// Records a re-baseline against `alt` (no-op unless [`Projekt::ist_neuplanung`]).
    pub fn erfasse_neuplanung(&mut self, alt: &Projekt, am: Datum, grund: &str) {
        if !self.ist_neuplanung(alt) {
            return;
        }
        self.neuplanungen.push(Neuplanung {
            am,
            grund: grund.trim().to_owned(),
            start_vorher: alt.start_plan,
            ende_vorher: alt.ende_plan,
            start_neu: self.start_plan,
            ende_neu: self.ende_plan,
        });
    }

    /// The original Basisplan `(start, ende)`: before the first re-baseline, else the current.
    pub fn urspruenglicher_basisplan(&self) -> (Option<Datum>, Option<Datum>) {
        self.neuplanungen
            .first()
            .map_or((self.start_plan, self.ende_plan), |n| {
                (n.start_vorher, n.ende_vorher)
            })
    }

    /// End date that counts for planning: actual, else forecast, else plan.
    pub fn ende_erwartet(&self) -> Option<Datum> {
        self.ende_ist.or(self.ende_prognose).or(self.ende_plan)
    }

    /// Start date that counts for planning: actual, else plan.
    pub fn start_erwartet(&self) -> Option<Datum> {
        self.start_ist.or(self.start_plan)
    }
}

/// Kind of milestone.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Meilensteintyp {
    /// Entscheidung / Freigabe
    Entscheidung,
    /// Go-live
    GoLive,
    /// Abnahme
    Abnahme,
    /// Mittelabruf
    Mittelabruf,
    /// Sonstiges
    #[default]
    Sonstiges,
}

/// State of a milestone.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Meilensteinstatus {
    /// Not reached yet.
    #[default]
    Offen,
    /// Reached (Ist-Datum set).
    Erreicht,
    /// Moved.
    Verschoben,
    /// Dropped.
    Entfallen,
}

/// A forecast given at one reporting date (the data of the Meilensteintrendanalyse).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prognose {
    /// Reporting date (Berichtszeitpunkt).
    pub stichtag: Datum,
    /// Date expected at that reporting date.
    pub datum: Datum,
    /// Why it moved.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kommentar: String,
}

/// A milestone of a project.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meilenstein {
    /// Internal, permanent id.
    pub id: u32,
    /// Project it belongs to.
    pub projekt: u32,
    /// Bezeichnung; required.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bezeichnung: String,
    /// Typ.
    #[serde(skip_serializing_if = "ist_standard")]
    pub typ: Meilensteintyp,
    /// Basisplan date (first approved plan).
    #[serde(skip_serializing_if = "ist_standard")]
    pub basis: Option<Datum>,
    /// Forecasts by reporting date, sorted by `stichtag`, at most one per date.
    #[serde(skip_serializing_if = "ist_standard")]
    pub prognosen: Vec<Prognose>,
    /// Actual date.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ist: Option<Datum>,
    /// Status.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Meilensteinstatus,
    /// Verantwortlich.
    #[serde(skip_serializing_if = "ist_standard")]
    pub verantwortlich: String,
    /// Bemerkung.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bemerkung: String,
}

impl Meilenstein {
    /// The current forecast: the one of the latest reporting date.
    pub fn prognose(&self) -> Option<Datum> {
        self.prognosen.last().map(|p| p.datum)
    }

    /// The date that counts: actual, else current forecast, else Basisplan.
    pub fn termin(&self) -> Option<Datum> {
        self.ist.or(self.prognose()).or(self.basis)
    }

    /// Files a forecast under a reporting date, replacing one given earlier for the same date.
    pub fn setze_prognose(&mut self, stichtag: Datum, datum: Datum, kommentar: &str) {
        let neu = Prognose {
            stichtag,
            datum,
            kommentar: kommentar.trim().to_owned(),
        };
        match self
            .prognosen
            .binary_search_by(|p| p.stichtag.cmp(&stichtag))
        {
            Ok(i) => self.prognosen[i] = neu,
            Err(i) => self.prognosen.insert(i, neu),
        }
    }

    /// Removes the forecast of one reporting date.
    pub fn entferne_prognose(&mut self, stichtag: Datum) {
        self.prognosen.retain(|p| p.stichtag != stichtag);
    }
}

/// One end of a dependency, stored as `{"art": "projekt", "id": 3}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "GespeicherterBezug", into = "GespeicherterBezug")]
pub enum Bezug {
    /// A whole project (its start or end).
    Projekt(u32),
    /// A milestone.
    Meilenstein(u32),
}

/// The stored form of a [`Bezug`]: a plain struct rather than serde's adjacently tagged enum,
/// so that the format can be traced by the fixture test.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct GespeicherterBezug {
    art: Bezugsart,
    id: u32,
}

/// Kind of record a [`Bezug`] points to.
#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Bezugsart {
    Projekt,
    Meilenstein,
}

impl From<GespeicherterBezug> for Bezug {
    fn from(g: GespeicherterBezug) -> Bezug {
        match g.art {
            Bezugsart::Projekt => Bezug::Projekt(g.id),
            Bezugsart::Meilenstein => Bezug::Meilenstein(g.id),
        }
    }
}

impl From<Bezug> for GespeicherterBezug {
    fn from(b: Bezug) -> GespeicherterBezug {
        match b {
            Bezug::Projekt(id) => GespeicherterBezug {
                art: Bezugsart::Projekt,
                id,
            },
            Bezug::Meilenstein(id) => GespeicherterBezug {
                art: Bezugsart::Meilenstein,
                id,
            },
        }
    }
}

/// Kind of dependency.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Abhaengigkeitsart {
    /// The predecessor delivers input to the successor.
    #[default]
    LiefertInput,
    /// The successor needs the predecessor's output.
    BenoetigtOutput,
    /// Both use the same resource.
    GemeinsameRessource,
    /// The predecessor is a Basiskomponente the successor builds on.
    Basiskomponente,
}

/// "`zu` depends on `von`": `von` is the predecessor, `zu` the successor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Abhaengigkeit {
    /// Internal, permanent id.
    pub id: u32,
    /// Predecessor.
    pub von: Bezug,
    /// Successor.
    pub zu: Bezug,
    /// Art.
    #[serde(default)]
    pub art: Abhaengigkeitsart,
    /// Stärke 0–3.
    #[serde(default)]
    pub staerke: u8,
    /// Bemerkung.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub bemerkung: String,
}

/// A dated snapshot of one project's status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statusbericht {
    /// Internal, permanent id.
    pub id: u32,
    /// Project.
    pub projekt: u32,
    /// Reporting date.
    pub stichtag: Datum,
    /// Ampeln at that date.
    #[serde(default, skip_serializing_if = "ist_standard")]
    pub ampeln: Ampeln,
    /// Sachstand / erreichte Ergebnisse.
    #[serde(default, skip_serializing_if = "ist_standard")]
    pub sachstand: String,
    /// Nächste Schritte.
    #[serde(default, skip_serializing_if = "ist_standard")]
    pub naechste_schritte: String,
    /// Abweichungen (Termin, Kosten, Sachziel) and their causes.
    #[serde(default, skip_serializing_if = "ist_standard")]
    pub abweichungen: String,
    /// Risiken / Probleme.
    #[serde(default, skip_serializing_if = "ist_standard")]
    pub risiken: String,
    /// Entscheidungsbedarf.
    #[serde(default, skip_serializing_if = "ist_standard")]
    pub entscheidungsbedarf: String,
}

/// Group of a prioritisation criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kriteriengruppe {
    /// Strategie
    Strategie,
    /// Nutzen
    Nutzen,
    /// Rahmenbedingungen
    Rahmenbedingungen,
    /// Risiko
    Risiko,
}

/// A weighted prioritisation criterion, rated 0–3 per project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kriterium {
    /// Permanent id within the catalogue.
    pub id: u32,
    /// Name.
    pub name: String,
    /// Group.
    pub gruppe: Kriteriengruppe,
    /// Weight in percent points (the weights need not add up to 100).
    pub gewicht: u32,
}

impl Kriterium {
    /// The starting catalogue: one criterion per group of the public-sector scheme
    /// (fachkonzept §2.1, Q:S47), two for Nutzen. A reconstruction the user adapts.
    pub fn vorgaben() -> Vec<Kriterium> {
        let k = |id, name: &str, gruppe, gewicht| Kriterium {
            id,
            name: name.to_owned(),
            gruppe,
            gewicht,
        };
        vec![
            k(1, "Strategische Bedeutung", Kriteriengruppe::Strategie, 25),
            k(
                2,
                "Nutzen für Bürgerinnen, Bürger und Unternehmen",
                Kriteriengruppe::Nutzen,
                25,
            ),
            k(3, "Fallzahl", Kriteriengruppe::Nutzen, 20),
            k(
                4,
                "Umsetzungsreife (Voraussetzungen erfüllt)",
                Kriteriengruppe::Rahmenbedingungen,
                15,
            ),
            k(5, "Geringes Umsetzungsrisiko", Kriteriengruppe::Risiko, 15),
        ]
    }
}

/// Thresholds of the suggested Termin-Ampel, in days of delay against the Basisplan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Terminschwellen {
    /// Up to this many days late is still green (default 0).
    pub gruen_bis_tage: i64,
    /// Up to this many days late is yellow, beyond it red (default 30).
    pub gelb_bis_tage: i64,
}

impl Default for Terminschwellen {
    fn default() -> Self {
        Terminschwellen {
            gruen_bis_tage: 0,
            gelb_bis_tage: 30,
        }
    }
}

fn reihenfolge(
    fehler_liste: &mut Vec<Feldfehler>,
    feld: &str,
    meldung: &str,
    anfang: Option<Datum>,
    ende: Option<Datum>,
) {
    if let (Some(a), Some(e)) = (anfang, ende) {
        fehler_liste.wenn(e < a, feld, meldung);
    }
}

impl Ampeldimension {
    /// Stable key, used in field names (`ampel-<schluessel>`).
    pub fn schluessel(self) -> &'static str {
        match self {
            Ampeldimension::Gesamt => "gesamt",
            Ampeldimension::Termine => "termine",
            Ampeldimension::Budget => "budget",
            Ampeldimension::Qualitaet => "qualitaet",
            Ampeldimension::Ressourcen => "ressourcen",
        }
    }
}

/// Checks the rules of a set of Ampeln: a reason for yellow and red, length limits.
pub fn pruefe_ampeln(ampeln: &Ampeln) -> Vec<Feldfehler> {
    let mut liste = Vec::new();
    for &dimension in Ampeldimension::ALLE {
        let bewertung = ampeln.von(dimension);
        let feld = format!("ampel-{}-begruendung", dimension.schluessel());
        liste.wenn(
            bewertung.ampel.braucht_begruendung() && bewertung.begruendung.trim().is_empty(),
            &feld,
            format!(
                "Ampel {}: Bei „{}“ ist eine Begründung nötig (Abweichung, Ursache, Optionen).",
                dimension.name(),
                bewertung.ampel.name()
            ),
        );
        liste.hoechstens(&feld, "Begründung", &bewertung.begruendung, MAX_LANGTEXT);
    }
    liste
}

/// Stored as the workspace's `multiprojektplan` section, left out while empty.
impl Werkzeugteil for Multiprojektplan {}

impl Multiprojektplan {
    /// Hands out a new record id.
    pub fn vergib_id(&mut self) -> u32 {
        crate::shared::datensatz::vergib_id(&mut self.naechste_id, 1)
    }

    /// Project by id.
    pub fn projekt(&self, id: u32) -> Option<&Projekt> {
        self.projekte.mit_id(id)
    }

    /// Project by id, for changing it.
    pub fn projekt_mut(&mut self, id: u32) -> Option<&mut Projekt> {
        self.projekte.mit_id_mut(id)
    }

    /// Milestone by id.
    pub fn meilenstein(&self, id: u32) -> Option<&Meilenstein> {
        self.meilensteine.mit_id(id)
    }

    /// Milestone by id, for changing it.
    pub fn meilenstein_mut(&mut self, id: u32) -> Option<&mut Meilenstein> {
        self.meilensteine.mit_id_mut(id)
    }

    /// Milestones of one project, by date (undated last, then by id).
    pub fn meilensteine_von(&self, projekt: u32) -> Vec<&Meilenstein> {
        let mut liste: Vec<&Meilenstein> = self
            .meilensteine
            .iter()
            .filter(|m| m.projekt == projekt)
            .collect();
        liste.sortiere_nach_schluessel(|m| (m.termin().is_none(), m.termin(), m.id));
        liste
    }

    /// Status reports of one project, newest first.
    pub fn berichte_von(&self, projekt: u32) -> Vec<&Statusbericht> {
        let mut liste: Vec<&Statusbericht> = self
            .statusberichte
            .iter()
            .filter(|b| b.projekt == projekt)
            .collect();
        liste.sortiere_nach(|a, b| b.stichtag.cmp(&a.stichtag).then(b.id.cmp(&a.id)));
        liste
    }

    /// Inserts a new project (id 0) or replaces the stored one with the same id. Returns its id.
    pub fn speichere_projekt(&mut self, mut projekt: Projekt) -> u32 {
        if projekt.id == 0 {
            projekt.id = self.vergib_id();
        }
        let id = projekt.id;
        match self.projekt_mut(id) {
            Some(alt) => *alt = projekt,
            None => self.projekte.push(projekt),
        }
        id
    }

    /// Deletes a project with its milestones, reports and every dependency that touches it.
    pub fn entferne_projekt(&mut self, id: u32) {
        let meilensteine: Vec<u32> = self
            .meilensteine
            .iter()
            .filter(|m| m.projekt == id)
            .map(|m| m.id)
            .collect();
        self.projekte.entferne_id(id);
        self.meilensteine.retain(|m| m.projekt != id);
        self.statusberichte.retain(|b| b.projekt != id);
        let betroffen = |b: &Bezug| match *b {
            Bezug::Projekt(p) => p == id,
            Bezug::Meilenstein(m) => meilensteine.contains(&m),
        };
        self.abhaengigkeiten
            .retain(|a| !betroffen(&a.von) && !betroffen(&a.zu));
    }

    /// Inserts a new milestone (id 0) or replaces the stored one. Returns its id.
    pub fn speichere_meilenstein(&mut self, mut meilenstein: Meilenstein) -> u32 {
        if meilenstein.id == 0 {
            meilenstein.id = self.vergib_id();
        }
        let id = meilenstein.id;
        match self.meilenstein_mut(id) {
            Some(alt) => *alt = meilenstein,
            None => self.meilensteine.push(meilenstein),
        }
        id
    }

    /// Deletes a milestone and the dependencies that touch it.
    pub fn entferne_meilenstein(&mut self, id: u32) {
        self.meilensteine.entferne_id(id);
        let bezug = Bezug::Meilenstein(id);
        self.abhaengigkeiten
            .retain(|a| a.von != bezug && a.zu != bezug);
    }

    /// Adds a dependency unless it links a record to itself or already exists. Returns its id.
    pub fn verknuepfe(&mut self, mut abhaengigkeit: Abhaengigkeit) -> Option<u32> {
        if abhaengigkeit.von == abhaengigkeit.zu
            || self
                .abhaengigkeiten
                .iter()
                .any(|a| a.von == abhaengigkeit.von && a.zu == abhaengigkeit.zu)
        {
            return None;
        }
        abhaengigkeit.id = self.vergib_id();
        abhaengigkeit.staerke = abhaengigkeit.staerke.min(MAX_STAERKE);
        let id = abhaengigkeit.id;
        self.abhaengigkeiten.push(abhaengigkeit);
        Some(id)
    }

    /// Inserts a new status report (id 0) or replaces the stored one. Returns its id.
    pub fn speichere_bericht(&mut self, mut bericht: Statusbericht) -> u32 {
        if bericht.id == 0 {
            bericht.id = self.vergib_id();
        }
        let id = bericht.id;
        match self.statusberichte.mit_id_mut(id) {
            Some(alt) => *alt = bericht,
            None => self.statusberichte.push(bericht),
        }
        id
    }

    /// Whether a record exists that `bezug` points to.
    pub fn existiert(&self, bezug: Bezug) -> bool {
        match bezug {
            Bezug::Projekt(id) => self.projekt(id).is_some(),
            Bezug::Meilenstein(id) => self.meilenstein(id).is_some(),
        }
    }

    /// Short label of a dependency end: "P-2026-001" or "P-2026-001 › Go-live"; a deleted one
    /// as "Projekt 7 (gelöscht)" ([`text::geloescht`]).
    pub fn bezeichne(&self, bezug: Bezug) -> String {
        match bezug {
            Bezug::Projekt(id) => self
                .projekt(id)
                .map(|p| p.kennung.clone())
                .unwrap_or_else(|| text::geloescht("Projekt", &id.to_string())),
            Bezug::Meilenstein(id) => match self.meilenstein(id) {
                Some(m) => format!(
                    "{} › {}",
                    self.projekt(m.projekt)
                        .map(|p| p.kennung.as_str())
                        .unwrap_or("?"),
                    m.bezeichnung
                ),
                None => text::geloescht("Meilenstein", &id.to_string()),
            },
        }
    }

    /// Record counts for previews ("12 Projekte, 80 Meilensteine").
    pub fn kennzahl(&self) -> Option<String> {
        if self.projekte.is_empty() {
            return None;
        }
        let mehrzahl = text::anzahl;
        Some(format!(
            "{}, {}, {}",
            mehrzahl(self.projekte.len(), "Projekt", "Projekte"),
            mehrzahl(self.meilensteine.len(), "Meilenstein", "Meilensteine"),
            mehrzahl(self.statusberichte.len(), "Statusbericht", "Statusberichte")
        ))
    }

    /// Checks a change of the Basisplan: a re-baseline of a started project needs a reason.
    pub fn pruefe_neuplanung(&self, neu: &Projekt, grund: &str) -> Option<Feldfehler> {
        let alt = self.projekt(neu.id)?;
        (neu.ist_neuplanung(alt) && grund.trim().is_empty()).then(|| {
            Feldfehler::neu(
                "grund-neuplanung",
                "Das Projekt hat begonnen: eine Änderung des Basisplans (Start oder Ende Plan) ist eine Neuplanung (Re-Baseline). Geben Sie den Grund an.",
            )
        })
    }

    /// Validates a project as the form would save it: required fields, unique Projekt-ID,
    /// date order, reasons for yellow and red, ranges and lengths.
    pub fn pruefe_projekt(&self, projekt: &Projekt) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        let kennung = projekt.kennung.trim();
        if kennung.is_empty() {
            liste.push(Feldfehler::neu(
                "kennung",
                "Geben Sie eine Projekt-ID ein, z. B. P-2026-001.",
            ));
        } else if self
            .projekte
            .iter()
            .any(|p| p.id != projekt.id && p.kennung.trim().eq_ignore_ascii_case(kennung))
        {
            liste.push(Feldfehler::neu(
                "kennung",
                format!("Die Projekt-ID „{kennung}“ ist schon vergeben."),
            ));
        }
        liste.hoechstens("kennung", "Projekt-ID", &projekt.kennung, 40);
        liste.pflicht("titel", &projekt.titel, "Geben Sie einen Projekttitel ein.");
        for (feld, name, text) in [
            ("titel", "Projekttitel", &projekt.titel),
            ("programm", "Programm / Cluster", &projekt.programm),
            (
                "organisationseinheit",
                "Organisationseinheit",
                &projekt.organisationseinheit,
            ),
            ("auftraggeber", "Auftraggeber/in", &projekt.auftraggeber),
            ("projektleitung", "Projektleitung", &projekt.projektleitung),
        ] {
            liste.hoechstens(feld, name, text, MAX_KURZTEXT);
        }
        liste.hoechstens("ziel", "Ziel", &projekt.ziel, MAX_LANGTEXT);
        reihenfolge(
            &mut liste,
            "ende-plan",
            "Das geplante Ende liegt vor dem geplanten Start.",
            projekt.start_plan,
            projekt.ende_plan,
        );
        reihenfolge(
            &mut liste,
            "ende-ist",
            "Das tatsächliche Ende liegt vor dem tatsächlichen Start.",
            projekt.start_ist,
            projekt.ende_ist,
        );
        reihenfolge(
            &mut liste,
            "ende-prognose",
            "Die Prognose für das Ende liegt vor dem Start.",
            projekt.start_erwartet(),
            projekt.ende_prognose,
        );
        liste.wenn(
            projekt.welle.is_some_and(|w| !(1..=99).contains(&w)),
            "welle",
            "Die Welle ist eine Zahl von 1 bis 99.",
        );
        liste.wenn(
            projekt.budget_cent.is_some_and(|b| b < 0),
            "budget",
            "Das Budget kann nicht negativ sein.",
        );
        liste.wenn(
            projekt.kapazitaet_vzae_hundertstel.is_some_and(|k| k < 0),
            "kapazitaet",
            "Der Kapazitätsbedarf kann nicht negativ sein.",
        );
        liste.extend(pruefe_ampeln(&projekt.ampeln));
        liste
    }
}

crate::shared::datensatz::mit_id!(
    Projekt,
    Meilenstein,
    Abhaengigkeit,
    Statusbericht,
    Kriterium
);

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Datum {
        Datum::aus_iso(text).expect("gültiges Datum")
    }

    /// Baseline management (PM standard practice: PMBOK "Baselines" under integrated change
    /// control; V-Modell XT Bund: Plan changes decided and documented): changing the Basisplan
    /// of a started project is a re-baseline with date and reason; the original plan stays
    /// visible. Before the start, the plan may change freely.
    #[test]
    fn neuplanung_eines_begonnenen_projekts_wird_festgehalten() {
        let d = |t: &str| Datum::aus_iso(t).unwrap();
        let mut plan = Multiprojektplan::default();
        let id = plan.speichere_projekt(Projekt {
            kennung: "P-1".into(),
            titel: "Akte".into(),
            start_plan: Some(d("2026-01-01")),
            ende_plan: Some(d("2026-06-30")),
            ..Projekt::default()
        });
        let alt = plan.projekt(id).unwrap().clone();
        // Not started: a new plan is no re-baseline.
        let mut neu = Projekt {
            ende_plan: Some(d("2026-09-30")),
            ..alt.clone()
        };
        assert!(!neu.ist_neuplanung(&alt));
        assert!(plan.pruefe_neuplanung(&neu, "").is_none());
        // Started (actual start): the change needs a reason and is recorded.
        let gestartet = Projekt {
            start_ist: Some(d("2026-01-15")),
            ..alt.clone()
        };
        plan.speichere_projekt(gestartet.clone());
        neu.start_ist = gestartet.start_ist;
        assert!(neu.ist_neuplanung(&gestartet));
        let f = plan.pruefe_neuplanung(&neu, " ").unwrap();
        assert_eq!(f.feld, "grund-neuplanung");
        assert!(plan
            .pruefe_neuplanung(&neu, "Lenkungsausschuss 12.03.")
            .is_none());
        neu.erfasse_neuplanung(&gestartet, d("2026-03-12"), " Lenkungsausschuss 12.03. ");
        plan.speichere_projekt(neu.clone());
        let p = plan.projekt(id).unwrap();
        assert_eq!(p.neuplanungen.len(), 1);
        assert_eq!(
            p.neuplanungen[0].text(),
            "12.03.2026: Ende 30.06.2026 → 30.09.2026 (Lenkungsausschuss 12.03.)"
        );
        // A second re-baseline keeps the original plan visible.
        let mut dritter = p.clone();
        dritter.start_plan = Some(d("2026-02-01"));
        dritter.ende_plan = Some(d("2026-12-31"));
        dritter.erfasse_neuplanung(p, d("2026-05-01"), "Vergabe verzögert");
        assert_eq!(dritter.neuplanungen.len(), 2);
        assert_eq!(
            dritter.urspruenglicher_basisplan(),
            (Some(d("2026-01-01")), Some(d("2026-06-30")))
        );
        assert!(dritter.neuplanungen[1]
            .text()
            .contains("Start 01.01.2026 → 01.02.2026"));
        // A status beyond "geplant" counts as started; other fields never re-baseline.
        let aktiv = Projekt {
            status: Projektstatus::Aktiv,
            ..alt.clone()
        };
        assert!(aktiv.ist_gestartet());
        let prognose = Projekt {
            ende_prognose: Some(d("2026-12-31")),
            ..aktiv.clone()
        };
        assert!(!prognose.ist_neuplanung(&aktiv));
        // Stored and read back.
        let json = serde_json::to_string(&dritter).unwrap();
        assert_eq!(serde_json::from_str::<Projekt>(&json).unwrap(), dritter);
    }

    #[test]
    fn ids_werden_nie_wiederverwendet() {
        let mut plan = Multiprojektplan::default();
        let a = plan.speichere_projekt(Projekt {
            kennung: "P-1".into(),
            titel: "A".into(),
            ..Projekt::default()
        });
        plan.entferne_projekt(a);
        let b = plan.speichere_projekt(Projekt::default());
        assert_ne!(a, b);
    }

    #[test]
    fn projekt_loeschen_nimmt_meilensteine_berichte_und_abhaengigkeiten_mit() {
        let mut plan = Multiprojektplan::default();
        let a = plan.speichere_projekt(Projekt::default());
        let b = plan.speichere_projekt(Projekt::default());
        let m = plan.speichere_meilenstein(Meilenstein {
            projekt: a,
            ..Meilenstein::default()
        });
        let mb = plan.speichere_meilenstein(Meilenstein {
            projekt: b,
            ..Meilenstein::default()
        });
        let abh = |von, zu| Abhaengigkeit {
            id: 0,
            von,
            zu,
            art: Abhaengigkeitsart::LiefertInput,
            staerke: 9,
            bemerkung: String::new(),
        };
        assert!(plan
            .verknuepfe(abh(Bezug::Meilenstein(m), Bezug::Projekt(b)))
            .is_some());
        assert!(plan
            .verknuepfe(abh(Bezug::Projekt(b), Bezug::Meilenstein(mb)))
            .is_some());
        assert_eq!(plan.abhaengigkeiten[0].staerke, MAX_STAERKE);
        assert!(plan
            .verknuepfe(abh(Bezug::Projekt(b), Bezug::Projekt(b)))
            .is_none());
        assert!(plan
            .verknuepfe(abh(Bezug::Projekt(b), Bezug::Meilenstein(mb)))
            .is_none());
        plan.speichere_bericht(Statusbericht {
            id: 0,
            projekt: a,
            stichtag: d("2026-11-30"),
            ampeln: Ampeln::default(),
            sachstand: String::new(),
            naechste_schritte: String::new(),
            abweichungen: String::new(),
            risiken: String::new(),
            entscheidungsbedarf: String::new(),
        });
        plan.entferne_projekt(a);
        assert!(plan.meilensteine.iter().all(|x| x.projekt == b));
        assert!(plan.statusberichte.is_empty());
        assert_eq!(plan.abhaengigkeiten.len(), 1);
        plan.entferne_meilenstein(mb);
        assert!(plan.abhaengigkeiten.is_empty());
    }

    #[test]
    fn prognosen_bleiben_je_stichtag_erhalten_und_sortiert() {
        let mut m = Meilenstein {
            basis: Some(d("2026-06-30")),
            ..Meilenstein::default()
        };
        assert_eq!(m.termin(), Some(d("2026-06-30")));
        m.setze_prognose(d("2026-03-31"), d("2026-07-15"), " Vergabe verzögert ");
        m.setze_prognose(d("2026-01-31"), d("2026-06-30"), "");
        m.setze_prognose(d("2026-03-31"), d("2026-07-31"), "neu");
        let stichtage: Vec<String> = m.prognosen.iter().map(|p| p.stichtag.iso()).collect();
        assert_eq!(stichtage, ["2026-01-31", "2026-03-31"]);
        assert_eq!(m.prognose(), Some(d("2026-07-31")));
        assert_eq!(m.prognosen[1].kommentar, "neu");
        m.ist = Some(d("2026-08-01"));
        assert_eq!(m.termin(), Some(d("2026-08-01")));
        m.entferne_prognose(d("2026-03-31"));
        assert_eq!(m.prognose(), Some(d("2026-06-30")));
    }

    #[test]
    fn pruefung_nennt_jedes_feld() {
        let mut plan = Multiprojektplan::default();
        plan.speichere_projekt(Projekt {
            kennung: "P-2026-001".into(),
            titel: "Vorhanden".into(),
            ..Projekt::default()
        });
        let mut neu = Projekt {
            kennung: "p-2026-001".into(),
            start_plan: Some(d("2026-05-01")),
            ende_plan: Some(d("2026-04-30")),
            welle: Some(0),
            budget_cent: Some(-1),
            kapazitaet_vzae_hundertstel: Some(-50),
            ..Projekt::default()
        };
        neu.ampeln.termine.ampel = Ampel::Rot;
        neu.ampeln.budget = Bewertung {
            ampel: Ampel::Gelb,
            begruendung: "Mehrkosten Lizenz".into(),
        };
        let felder: Vec<String> = plan
            .pruefe_projekt(&neu)
            .into_iter()
            .map(|f| f.feld)
            .collect();
        assert_eq!(
            felder,
            [
                "kennung",
                "titel",
                "ende-plan",
                "welle",
                "budget",
                "kapazitaet",
                "ampel-termine-begruendung"
            ]
        );
        neu.kennung = "P-2026-002".into();
        neu.titel = "Neu".into();
        neu.ende_plan = None;
        neu.welle = Some(2);
        neu.budget_cent = Some(0);
        neu.kapazitaet_vzae_hundertstel = Some(150);
        neu.ampeln.termine.begruendung = "Verzug Vergabe".into();
        assert!(plan.pruefe_projekt(&neu).is_empty());
    }

    #[test]
    fn gespeicherte_form_ist_stabil() {
        let mut plan = Multiprojektplan::default();
        plan.verknuepfe(Abhaengigkeit {
            id: 0,
            von: Bezug::Projekt(1),
            zu: Bezug::Meilenstein(2),
            art: Abhaengigkeitsart::Basiskomponente,
            staerke: 2,
            bemerkung: String::new(),
        });
        let json = serde_json::to_value(&plan.abhaengigkeiten[0]).expect("serialisierbar");
        assert_eq!(json["von"], serde_json::json!({"art": "projekt", "id": 1}));
        assert_eq!(json["art"], "basiskomponente");
        let zurueck: Multiprojektplan =
            serde_json::from_value(serde_json::to_value(&plan).expect("ok")).expect("lesbar");
        assert_eq!(zurueck, plan);
    }
}
