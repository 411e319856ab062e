//! The data of the Trainingskonzepte (fachkonzept §2.8): concepts with their occasion, target
//! groups, learning objectives (wissen/können/anwenden), framework (budget in cents, period),
//! owner, status and the current phase of the seven [Q:S54]; modules (format, duration,
//! trainer, materials, prerequisites) that address competence gaps of the Kompetenzreflexion
//! by the competences' permanent ids; Termine with their Teilnahmen (waiting list when full)
//! and the evaluation on four levels.
//!
//! Plain data with plain methods, no signals. Every record (concept, Zielgruppe, module,
//! Termin, Teilnahme, evaluation) has a permanent numeric `id` from one counter
//! ([`Trainingskonzepte::vergib_id`]) that is never reused.
//!
//! **What is sourced and what is ours.** Sourced [Q:S54]: the seven phases and their order,
//! the framework items (Zielgruppe, Lernziele, Inhalte, Dauer, Termine, Materialien, Budget).
//! Ours (fachkonzept §2.8 "[I]"): the module formats' exact list, the statuses, the four
//! evaluation levels (Kirkpatrick-style), the waiting-list rule and what each phase "still
//! lacks" (`calc::fehlt`), marked "bitte prüfen" where shown.

use crate::shared::datensatz::Datensaetze;
use serde::{Deserialize, Serialize};

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datum::Datum;
use crate::shared::ist_standard;
use crate::shared::sortieren::Sortieren;
pub use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::shared::vokabular::vokabular;

/// Longest single-line text.
pub const MAX_KURZTEXT: usize = 200;
/// Longest multi-line text.
pub const MAX_LANGTEXT: usize = 5000;
/// The first record id handed out.
pub const ERSTE_ID: u32 = 1;

/// The seven phases of a Trainingskonzept, in the order of [Q:S54].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// 1
    #[default]
    Bedarfsermittlung,
    /// 2
    Zielgruppenanalyse,
    /// 3
    Lernzieldefinition,
    /// 4
    Konzeptentwicklung,
    /// 5
    Lernmedienentwicklung,
    /// 6
    Erprobung,
    /// 7
    Durchfuehrung,
}

vokabular!(Phase {
    Bedarfsermittlung => "Bedarfsermittlung", "Anlass und Bedarf klären, z. B. aus den Kompetenzlücken der Kompetenzreflexion";
    Zielgruppenanalyse => "Zielgruppenanalyse", "Wer soll lernen: Zielgruppen, Rollen, Vorwissen";
    Lernzieldefinition => "(Lern-)Zieldefinition", "Was die Teilnehmenden danach wissen, können und anwenden";
    Konzeptentwicklung => "Konzeptentwicklung", "Module, Formate, Dauer, Rahmen (Budget, Zeitraum)";
    Lernmedienentwicklung => "Lernmedien-/-unterlagenentwicklung", "Materialien und Unterlagen je Modul";
    Erprobung => "Erprobung", "Ein erster Termin als Pilot, mit Rückmeldung";
    Durchfuehrung => "Durchführung und Erfolgskontrolle", "Termine, Teilnahme, Evaluation auf vier Ebenen";
});

impl Phase {
    /// The phase's number 1–7.
    pub fn nummer(self) -> usize {
        Phase::ALLE.iter().position(|p| *p == self).unwrap_or(0) + 1
    }
}

/// Status of a concept.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Konzeptstatus {
    /// Being written.
    #[default]
    Entwurf,
    /// Agreed.
    Freigegeben,
    /// Running.
    Laufend,
    /// Done.
    Abgeschlossen,
}

vokabular!(Konzeptstatus {
    Entwurf => "Entwurf", "Das Konzept wird erarbeitet.";
    Freigegeben => "freigegeben", "Das Konzept ist abgestimmt und freigegeben.";
    Laufend => "laufend", "Termine finden statt.";
    Abgeschlossen => "abgeschlossen", "Alle Termine sind vorbei, die Erfolgskontrolle ist dokumentiert.";
});

/// Format of a module (fachkonzept §2.8).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// In person.
    #[default]
    Praesenzschulung,
    /// Live online.
    OnlineSeminar,
    /// Self-paced.
    ELearning,
    /// Workshop.
    Workshop,
    /// Course over several dates.
    Lehrgang,
    /// Coaching or tandem.
    CoachingTandem,
}

vokabular!(Format {
    Praesenzschulung => "Präsenzschulung", "Schulung vor Ort mit Trainerin oder Trainer";
    OnlineSeminar => "Online-Seminar", "Live-Seminar im Videokonferenzsystem";
    ELearning => "E-Learning", "Selbstlernangebot ohne festen Termin";
    Workshop => "Workshop", "Gemeinsames Erarbeiten an einem konkreten Vorhaben";
    Lehrgang => "Lehrgang", "Mehrteilige Qualifizierung über mehrere Termine";
    CoachingTandem => "Coaching/Tandem", "Begleitung im Arbeitsalltag durch Coach oder erfahrene Kollegin";
});

/// Whether the trainer is one of the organisation's own staff.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Trainerart {
    /// Own staff or multiplier.
    #[default]
    Intern,
    /// Bought in.
    Extern,
}

vokabular!(Trainerart {
    Intern => "intern", "Eigene Beschäftigte oder Multiplikatorinnen und Multiplikatoren";
    Extern => "extern", "Beauftragte Trainerinnen und Trainer";
});

/// Status of a registration.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Teilnahmestatus {
    /// Registered, holds a place.
    #[default]
    Angemeldet,
    /// Took part.
    Teilgenommen,
    /// Cancelled.
    Abgesagt,
    /// Waiting for a place.
    Warteliste,
}

vokabular!(Teilnahmestatus {
    Angemeldet => "angemeldet", "Hat einen Platz.";
    Teilgenommen => "teilgenommen", "Hat am Termin teilgenommen.";
    Abgesagt => "abgesagt", "Hat abgesagt; der Platz geht an die erste Person der Warteliste.";
    Warteliste => "Warteliste", "Der Termin war voll; rückt nach, sobald ein Platz frei wird.";
});

impl Teilnahmestatus {
    /// Whether the registration holds a place.
    pub fn belegt_platz(self) -> bool {
        matches!(
            self,
            Teilnahmestatus::Angemeldet | Teilnahmestatus::Teilgenommen
        )
    }
}

/// The four levels of the evaluation (Kirkpatrick-style, fachkonzept §2.8 [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Ebene {
    /// Reaction.
    #[default]
    Zufriedenheit,
    /// Learning.
    Lernerfolg,
    /// Behaviour.
    Transfer,
    /// Results.
    Wirkung,
}

vokabular!(Ebene {
    Zufriedenheit => "Zufriedenheit", "Wie zufrieden waren die Teilnehmenden? (Ebene 1, z. B. Feedbackbogen)";
    Lernerfolg => "Lernerfolg", "Was haben sie gelernt? (Ebene 2, z. B. Test, Übung)";
    Transfer => "Transfer", "Wenden sie es im Arbeitsalltag an? (Ebene 3, z. B. Befragung nach drei Monaten)";
    Wirkung => "Wirkung", "Was hat sich für die Organisation verändert? (Ebene 4, z. B. Kennzahlen, erneute Kompetenzreflexion)";
});

/// A target group of a concept: a name, optionally one Rolle of the Kompetenzreflexion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Zielgruppe {
    /// Permanent id.
    pub id: u32,
    /// Name, e.g. "Projektleitungen OZG".
    pub name: String,
    /// The Rolle of the Kompetenzreflexion this group is (optional).
    #[serde(skip_serializing_if = "ist_standard")]
    pub rolle: Option<u32>,
}

/// A module of a concept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Modul {
    /// Permanent id.
    pub id: u32,
    /// Title.
    pub titel: String,
    /// Content.
    #[serde(skip_serializing_if = "ist_standard")]
    pub inhalte: String,
    /// Learning objectives of the module.
    #[serde(skip_serializing_if = "ist_standard")]
    pub lernziele: String,
    /// Format.
    #[serde(skip_serializing_if = "ist_standard")]
    pub format: Format,
    /// Duration in minutes (shown in hours).
    #[serde(skip_serializing_if = "ist_standard")]
    pub dauer_minuten: u32,
    /// Intern or extern.
    #[serde(skip_serializing_if = "ist_standard")]
    pub trainerart: Trainerart,
    /// Trainer or multiplier (name or unit).
    #[serde(skip_serializing_if = "ist_standard")]
    pub trainer: String,
    /// Materials.
    #[serde(skip_serializing_if = "ist_standard")]
    pub materialien: String,
    /// Prerequisites.
    #[serde(skip_serializing_if = "ist_standard")]
    pub voraussetzungen: String,
    /// Competences of the Kompetenzreflexion the module addresses (permanent ids).
    #[serde(skip_serializing_if = "ist_standard")]
    pub kompetenzen: Vec<u32>,
    /// Rollen of the Kompetenzreflexion the module is limited to; empty = all.
    #[serde(skip_serializing_if = "ist_standard")]
    pub rollen: Vec<u32>,
    /// Zielgruppen of the concept the module is for (the curriculum matrix).
    #[serde(skip_serializing_if = "ist_standard")]
    pub zielgruppen: Vec<u32>,
}

/// A registration for a Termin.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Teilnahme {
    /// Permanent id.
    pub id: u32,
    /// Person or role as text, e.g. "TN 3" or "Sachbearbeitung Referat Z 1".
    pub wer: String,
    /// Status.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Teilnahmestatus,
    /// Feedback score 1 (poor) to 5 (very good).
    #[serde(skip_serializing_if = "ist_standard")]
    pub feedback: Option<u8>,
}

/// A date of a module.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Termin {
    /// Permanent id.
    pub id: u32,
    /// The module.
    pub modul: u32,
    /// Day.
    pub datum: Datum,
    /// Start, minutes after midnight (none: all day).
    #[serde(skip_serializing_if = "ist_standard")]
    pub von: Option<u16>,
    /// End, minutes after midnight.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bis: Option<u16>,
    /// Online rather than in a room.
    #[serde(skip_serializing_if = "ist_standard")]
    pub online: bool,
    /// Place (room, address) or the online room's name.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ort: String,
    /// Places; none = unlimited.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kapazitaet: Option<u32>,
    /// Registrations, in the order they came in (the waiting list's order).
    #[serde(skip_serializing_if = "ist_standard")]
    pub teilnahmen: Vec<Teilnahme>,
}

impl Default for Termin {
    /// The first day of the calendar (callers set the date; the default only fills fields
    /// missing in stored data).
    fn default() -> Self {
        Termin {
            id: 0,
            modul: 0,
            datum: Datum::aus_tagesnummer(0),
            von: None,
            bis: None,
            online: false,
            ort: String::new(),
            kapazitaet: None,
            teilnahmen: Vec::new(),
        }
    }
}

impl Termin {
    /// Places taken (angemeldet or teilgenommen).
    pub fn belegt(&self) -> usize {
        self.teilnahmen
            .iter()
            .filter(|t| t.status.belegt_platz())
            .count()
    }

    /// Whether every place is taken.
    pub fn voll(&self) -> bool {
        self.kapazitaet.is_some_and(|k| self.belegt() >= k as usize)
    }

    /// Moves waiting registrations up, first come first served, while places are free;
    /// returns who moved up.
    pub fn nachruecken(&mut self) -> Vec<String> {
        let mut nachgerueckt = Vec::new();
        while !self.voll() {
            let Some(t) = self
                .teilnahmen
                .iter_mut()
                .find(|t| t.status == Teilnahmestatus::Warteliste)
            else {
                break;
            };
            t.status = Teilnahmestatus::Angemeldet;
            nachgerueckt.push(t.wer.clone());
        }
        nachgerueckt
    }

    /// The registration with `id`.
    pub fn teilnahme(&self, id: u32) -> Option<&Teilnahme> {
        self.teilnahmen.mit_id(id)
    }
}

/// One entry of the evaluation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evaluation {
    /// Permanent id.
    pub id: u32,
    /// Level.
    pub ebene: Ebene,
    /// The module evaluated (none: the whole concept).
    #[serde(skip_serializing_if = "ist_standard")]
    pub modul: Option<u32>,
    /// Method, e.g. "Feedbackbogen".
    #[serde(skip_serializing_if = "ist_standard")]
    pub methode: String,
    /// Result.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ergebnis: String,
    /// When.
    #[serde(skip_serializing_if = "ist_standard")]
    pub datum: Option<Datum>,
}

/// A Trainingskonzept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Trainingskonzept {
    /// Permanent id.
    pub id: u32,
    /// Title.
    pub titel: String,
    /// Occasion and need.
    #[serde(skip_serializing_if = "ist_standard")]
    pub anlass: String,
    /// Who answers for it.
    #[serde(skip_serializing_if = "ist_standard")]
    pub verantwortlich: String,
    /// Status.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Konzeptstatus,
    /// Current phase.
    #[serde(skip_serializing_if = "ist_standard")]
    pub phase: Phase,
    /// Budget in cents.
    #[serde(skip_serializing_if = "ist_standard")]
    pub budget_cent: Option<i64>,
    /// Period from.
    #[serde(skip_serializing_if = "ist_standard")]
    pub beginn: Option<Datum>,
    /// Period to.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ende: Option<Datum>,
    /// Learning objectives: what participants know afterwards.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ziele_wissen: String,
    /// … can do.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ziele_koennen: String,
    /// … apply at work.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ziele_anwenden: String,
    /// Target groups.
    #[serde(skip_serializing_if = "ist_standard")]
    pub zielgruppen: Vec<Zielgruppe>,
    /// Modules.
    #[serde(skip_serializing_if = "ist_standard")]
    pub module: Vec<Modul>,
    /// Dates with their registrations.
    #[serde(skip_serializing_if = "ist_standard")]
    pub termine: Vec<Termin>,
    /// Evaluation entries.
    #[serde(skip_serializing_if = "ist_standard")]
    pub evaluationen: Vec<Evaluation>,
}

impl Trainingskonzept {
    /// The module with `id`.
    pub fn modul(&self, id: u32) -> Option<&Modul> {
        self.module.mit_id(id)
    }

    /// The Termin with `id`.
    pub fn termin(&self, id: u32) -> Option<&Termin> {
        self.termine.mit_id(id)
    }

    /// The Zielgruppe with `id`.
    pub fn zielgruppe(&self, id: u32) -> Option<&Zielgruppe> {
        self.zielgruppen.mit_id(id)
    }

    /// Whether any learning objective is written down.
    pub fn hat_lernziele(&self) -> bool {
        [
            &self.ziele_wissen,
            &self.ziele_koennen,
            &self.ziele_anwenden,
        ]
        .iter()
        .any(|t| !t.trim().is_empty())
    }

    /// The Termine by date and start time.
    pub fn termine_sortiert(&self) -> Vec<&Termin> {
        let mut l: Vec<&Termin> = self.termine.iter().collect();
        l.sortiere_nach_schluessel(|t| (t.datum, t.von, t.id));
        l
    }
}

/// The tool's stored data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Trainingskonzepte {
    /// The concepts.
    #[serde(skip_serializing_if = "ist_standard")]
    pub konzepte: Vec<Trainingskonzept>,
    /// The next id to hand out.
    #[serde(skip_serializing_if = "ist_standard")]
    pub naechste_id: u32,
}

impl Werkzeugteil for Trainingskonzepte {}

impl Trainingskonzepte {
    /// Hands out a new record id.
    pub fn vergib_id(&mut self) -> u32 {
        crate::shared::datensatz::vergib_id(&mut self.naechste_id, ERSTE_ID)
    }

    /// The concept with `id`.
    pub fn konzept(&self, id: u32) -> Option<&Trainingskonzept> {
        self.konzepte.mit_id(id)
    }

    /// The concept with `id`, to change.
    pub fn konzept_mut(&mut self, id: u32) -> Option<&mut Trainingskonzept> {
        self.konzepte.mit_id_mut(id)
    }

    /// The concept holding Termin `termin`, and the Termin.
    pub fn termin(&self, termin: u32) -> Option<(&Trainingskonzept, &Termin)> {
        self.konzepte
            .iter()
            .find_map(|k| k.termin(termin).map(|t| (k, t)))
    }

    fn termin_mut(&mut self, termin: u32) -> Option<&mut Termin> {
        self.konzepte
            .iter_mut()
            .find_map(|k| k.termine.mit_id_mut(termin))
    }

    /// Record counts for previews; `None` while nothing is entered.
    pub fn kennzahl(&self) -> Option<String> {
        if self.konzepte.is_empty() {
            return None;
        }
        use crate::shared::text::anzahl;
        let module: usize = self.konzepte.iter().map(|k| k.module.len()).sum();
        let termine: usize = self.konzepte.iter().map(|k| k.termine.len()).sum();
        Some(format!(
            "{}, {}, {}",
            anzahl(self.konzepte.len(), "Konzept", "Konzepte"),
            anzahl(module, "Modul", "Module"),
            anzahl(termine, "Termin", "Termine")
        ))
    }

    /// Problems of a concept as the form would save it.
    pub fn pruefe_konzept(&self, k: &Trainingskonzept) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.pflicht("titel", &k.titel, "Geben Sie einen Titel ein.");
        fehler.hoechstens("titel", "Titel", &k.titel, MAX_KURZTEXT);
        fehler.hoechstens(
            "verantwortlich",
            "Verantwortlich",
            &k.verantwortlich,
            MAX_KURZTEXT,
        );
        for (feld, name, text) in [
            ("anlass", "Anlass/Bedarf", &k.anlass),
            ("ziele_wissen", "Lernziele Wissen", &k.ziele_wissen),
            ("ziele_koennen", "Lernziele Können", &k.ziele_koennen),
            ("ziele_anwenden", "Lernziele Anwenden", &k.ziele_anwenden),
        ] {
            fehler.hoechstens(feld, name, text, MAX_LANGTEXT);
        }
        fehler.wenn(
            k.budget_cent.is_some_and(|b| b < 0),
            "budget",
            "Das Budget kann nicht negativ sein.",
        );
        if let (Some(a), Some(e)) = (k.beginn, k.ende) {
            fehler.wenn(e < a, "ende", "Das Ende liegt vor dem Beginn.");
        }
        fehler
    }

    /// Adds a concept (id 0) or replaces the stored one's own fields (its modules, dates,
    /// target groups and evaluation stay); returns its id.
    pub fn speichere_konzept(&mut self, mut k: Trainingskonzept) -> u32 {
        k.titel = k.titel.trim().to_owned();
        if k.id == 0 {
            k.id = self.vergib_id();
            let id = k.id;
            self.konzepte.push(k);
            return id;
        }
        let id = k.id;
        if let Some(alt) = self.konzept_mut(id) {
            k.zielgruppen = std::mem::take(&mut alt.zielgruppen);
            k.module = std::mem::take(&mut alt.module);
            k.termine = std::mem::take(&mut alt.termine);
            k.evaluationen = std::mem::take(&mut alt.evaluationen);
            *alt = k;
        }
        id
    }

    /// Deletes a concept with everything in it.
    pub fn entferne_konzept(&mut self, id: u32) {
        self.konzepte.entferne_id(id);
    }

    /// Sets the phase of a concept.
    pub fn setze_phase(&mut self, konzept: u32, phase: Phase) {
        if let Some(k) = self.konzept_mut(konzept) {
            k.phase = phase;
        }
    }

    /// Adds a target group (id 0) or renames one; a blank name is refused (`None`).
    pub fn speichere_zielgruppe(&mut self, konzept: u32, mut z: Zielgruppe) -> Option<u32> {
        z.name = z.name.trim().to_owned();
        if z.name.is_empty() || self.konzept(konzept).is_none() {
            return None;
        }
        if z.id == 0 {
            z.id = self.vergib_id();
        }
        let id = z.id;
        let k = self.konzept_mut(konzept)?;
        k.zielgruppen.ersetze_oder_fuege_an(z);
        Some(id)
    }

    /// Deletes a target group and its place in the modules' matrix.
    pub fn entferne_zielgruppe(&mut self, konzept: u32, id: u32) {
        if let Some(k) = self.konzept_mut(konzept) {
            k.zielgruppen.entferne_id(id);
            for m in &mut k.module {
                m.zielgruppen.retain(|z| *z != id);
            }
        }
    }

    /// Problems of a module as the form would save it.
    pub fn pruefe_modul(&self, m: &Modul) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.pflicht("titel", &m.titel, "Geben Sie einen Titel ein.");
        fehler.hoechstens("titel", "Titel", &m.titel, MAX_KURZTEXT);
        fehler.hoechstens("trainer", "Trainer/in", &m.trainer, MAX_KURZTEXT);
        for (feld, name, text) in [
            ("inhalte", "Inhalte", &m.inhalte),
            ("lernziele", "Lernziele", &m.lernziele),
            ("materialien", "Materialien", &m.materialien),
            ("voraussetzungen", "Voraussetzungen", &m.voraussetzungen),
        ] {
            fehler.hoechstens(feld, name, text, MAX_LANGTEXT);
        }
        fehler
    }

    /// Adds a module (id 0) or replaces the stored one; returns its id.
    pub fn speichere_modul(&mut self, konzept: u32, mut m: Modul) -> Option<u32> {
        self.konzept(konzept)?;
        m.titel = m.titel.trim().to_owned();
        if m.id == 0 {
            m.id = self.vergib_id();
        }
        let id = m.id;
        let k = self.konzept_mut(konzept)?;
        k.module.ersetze_oder_fuege_an(m);
        Some(id)
    }

    /// Whether a module may be deleted: only while no Termin is planned for it.
    pub fn modul_loeschbar(&self, konzept: u32, modul: u32) -> bool {
        self.konzept(konzept)
            .is_some_and(|k| !k.termine.iter().any(|t| t.modul == modul))
    }

    /// Deletes a module without Termine (its evaluation entries then refer to the concept);
    /// `false` if Termine are planned for it.
    pub fn entferne_modul(&mut self, konzept: u32, modul: u32) -> bool {
        if !self.modul_loeschbar(konzept, modul) {
            return false;
        }
        if let Some(k) = self.konzept_mut(konzept) {
            k.module.entferne_id(modul);
            for e in &mut k.evaluationen {
                if e.modul == Some(modul) {
                    e.modul = None;
                }
            }
        }
        true
    }

    /// Problems of a Termin as the form would save it.
    pub fn pruefe_termin(&self, konzept: u32, t: &Termin) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.wenn(
            self.konzept(konzept)
                .and_then(|k| k.modul(t.modul))
                .is_none(),
            "modul",
            "Wählen Sie das Modul.",
        );
        if let (Some(v), Some(b)) = (t.von, t.bis) {
            fehler.wenn(b <= v, "bis", "Das Ende liegt nicht nach dem Beginn.");
        }
        fehler.wenn(
            t.bis.is_some() && t.von.is_none(),
            "von",
            "Geben Sie auch den Beginn an.",
        );
        fehler.wenn(
            t.kapazitaet == Some(0),
            "kapazitaet",
            "Die Kapazität ist mindestens 1 (leer: unbegrenzt).",
        );
        fehler.hoechstens("ort", "Ort", &t.ort, MAX_KURZTEXT);
        fehler
    }

    /// Adds a Termin (id 0) or replaces the stored one's own fields (its registrations stay;
    /// a larger capacity moves waiting people up); returns its id.
    pub fn speichere_termin(&mut self, konzept: u32, mut t: Termin) -> Option<u32> {
        self.konzept(konzept)?;
        t.ort = t.ort.trim().to_owned();
        if t.id == 0 {
            t.id = self.vergib_id();
            t.teilnahmen.clear();
        } else if let Some(alt) = self.termin_mut(t.id) {
            t.teilnahmen = std::mem::take(&mut alt.teilnahmen);
        }
        t.nachruecken();
        let id = t.id;
        let k = self.konzept_mut(konzept)?;
        k.termine.ersetze_oder_fuege_an(t);
        k.termine
            .sortiere_nach_schluessel(|x| (x.datum, x.von, x.id));
        Some(id)
    }

    /// Deletes a Termin with its registrations.
    pub fn entferne_termin(&mut self, termin: u32) {
        for k in &mut self.konzepte {
            k.termine.entferne_id(termin);
        }
    }

    /// Registers `wer` for Termin `termin`: with a free place (or no capacity) as angemeldet,
    /// otherwise on the waiting list. Returns the new registration's id and status; `None`
    /// for an unknown Termin or a blank name.
    pub fn melde_an(&mut self, termin: u32, wer: &str) -> Option<(u32, Teilnahmestatus)> {
        let wer = wer.trim().to_owned();
        if wer.is_empty() {
            return None;
        }
        self.termin(termin)?;
        let id = self.vergib_id();
        let t = self.termin_mut(termin)?;
        let status = if t.voll() {
            Teilnahmestatus::Warteliste
        } else {
            Teilnahmestatus::Angemeldet
        };
        t.teilnahmen.push(Teilnahme {
            id,
            wer,
            status,
            feedback: None,
        });
        Some((id, status))
    }

    /// Sets the status (and feedback) of a registration; a freed place goes to the first
    /// person on the waiting list. Returns who moved up.
    pub fn setze_teilnahme(
        &mut self,
        termin: u32,
        teilnahme: u32,
        status: Teilnahmestatus,
        feedback: Option<u8>,
    ) -> Vec<String> {
        let Some(t) = self.termin_mut(termin) else {
            return Vec::new();
        };
        if let Some(x) = t.teilnahmen.mit_id_mut(teilnahme) {
            x.status = status;
            x.feedback = feedback.filter(|f| (1..=5).contains(f));
        }
        t.nachruecken()
    }

    /// Deletes a registration; a freed place goes to the first person waiting. Returns who
    /// moved up.
    pub fn entferne_teilnahme(&mut self, termin: u32, teilnahme: u32) -> Vec<String> {
        let Some(t) = self.termin_mut(termin) else {
            return Vec::new();
        };
        t.teilnahmen.entferne_id(teilnahme);
        t.nachruecken()
    }

    /// Problems of an evaluation entry.
    pub fn pruefe_evaluation(&self, konzept: u32, e: &Evaluation) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.wenn(
            e.methode.trim().is_empty() && e.ergebnis.trim().is_empty(),
            "methode",
            "Geben Sie Methode oder Ergebnis ein.",
        );
        if let Some(m) = e.modul {
            fehler.wenn(
                self.konzept(konzept).and_then(|k| k.modul(m)).is_none(),
                "modul",
                "Wählen Sie ein Modul dieses Konzepts.",
            );
        }
        fehler.hoechstens("methode", "Methode", &e.methode, MAX_KURZTEXT);
        fehler.hoechstens("ergebnis", "Ergebnis", &e.ergebnis, MAX_LANGTEXT);
        fehler
    }

    /// Adds an evaluation entry (id 0) or replaces the stored one.
    pub fn speichere_evaluation(&mut self, konzept: u32, mut e: Evaluation) -> Option<u32> {
        self.konzept(konzept)?;
        e.methode = e.methode.trim().to_owned();
        e.ergebnis = e.ergebnis.trim().to_owned();
        if e.id == 0 {
            e.id = self.vergib_id();
        }
        let id = e.id;
        let k = self.konzept_mut(konzept)?;
        k.evaluationen.ersetze_oder_fuege_an(e);
        k.evaluationen.sortiere_nach_schluessel(|x| (x.ebene, x.id));
        Some(id)
    }

    /// Deletes an evaluation entry.
    pub fn entferne_evaluation(&mut self, konzept: u32, id: u32) {
        if let Some(k) = self.konzept_mut(konzept) {
            k.evaluationen.entferne_id(id);
        }
    }
}

/// Minutes after midnight as "HH:MM".
pub fn uhrzeit_text(minuten: u16) -> String {
    format!("{:02}:{:02}", minuten / 60, minuten % 60)
}

/// Reads a time typed as "9", "9:30", "09.30" or "0930"; `None` for anything else.
pub fn uhrzeit_lesen(text: &str) -> Option<u16> {
    let t = text.trim().trim_end_matches("Uhr").trim();
    let (h, m) = if let Some((h, m)) = t.split_once([':', '.']) {
        (h, m)
    } else if t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) {
        t.split_at(2)
    } else {
        (t, "0")
    };
    let h: u16 = h.trim().parse().ok()?;
    let m: u16 = m.trim().parse().ok()?;
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// A duration in minutes as hours, German: 90 → "1,5 Std.", 45 → "0,75 Std.", 120 → "2 Std.".
pub fn stunden_text(minuten: u32) -> String {
    format!(
        "{}{}Std.",
        stunden_zahl(minuten),
        crate::shared::format::NBSP
    )
}

/// A duration in minutes as a German number of hours with up to two decimals.
pub fn stunden_zahl(minuten: u32) -> String {
    let hundertstel = stunden_hundertstel(minuten);
    let mut text = crate::shared::format::dezimal(hundertstel, 2);
    if text.ends_with("00") {
        text.truncate(text.len() - 3);
    } else if text.ends_with('0') {
        text.pop();
    }
    text
}

/// Minutes as hundredths of an hour, rounded half up.
pub fn stunden_hundertstel(minuten: u32) -> i64 {
    (i64::from(minuten) * 100 * 2 + 60) / 120
}

/// Reads hours typed the German way ("1,5", "2", "0,75 Std.") into minutes; empty is 0.
pub fn stunden_lesen(text: &str) -> Result<u32, String> {
    let t = text
        .trim()
        .trim_end_matches("Std.")
        .trim_end_matches('h')
        .trim();
    if t.is_empty() {
        return Ok(0);
    }
    let hundertstel = crate::shared::format::dezimal_lesen(t, 2, "")?;
    if !(0..=100_000).contains(&hundertstel) {
        return Err("Die Dauer liegt zwischen 0 und 1.000 Stunden.".to_owned());
    }
    Ok(((hundertstel * 60 + 50) / 100) as u32)
}

crate::shared::datensatz::mit_id!(
    Zielgruppe,
    Modul,
    Teilnahme,
    Termin,
    Evaluation,
    Trainingskonzept
);

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(t: u32) -> Datum {
        Datum::neu(2026, 12, t).unwrap()
    }

    fn mit_termin(kapazitaet: Option<u32>) -> (Trainingskonzepte, u32) {
        let mut tk = Trainingskonzepte::default();
        let k = tk.speichere_konzept(Trainingskonzept {
            titel: "K".into(),
            ..Trainingskonzept::default()
        });
        let m = tk
            .speichere_modul(
                k,
                Modul {
                    titel: "M".into(),
                    ..Modul::default()
                },
            )
            .unwrap();
        let t = tk
            .speichere_termin(
                k,
                Termin {
                    modul: m,
                    datum: tag(10),
                    kapazitaet,
                    ..Termin::default()
                },
            )
            .unwrap();
        (tk, t)
    }

    #[test]
    fn ueber_der_kapazitaet_auf_die_warteliste_und_nachruecken() {
        let (mut tk, t) = mit_termin(Some(2));
        let a = tk.melde_an(t, "A").unwrap();
        let b = tk.melde_an(t, "B").unwrap();
        let c = tk.melde_an(t, "C").unwrap();
        let d = tk.melde_an(t, "D").unwrap();
        assert_eq!(a.1, Teilnahmestatus::Angemeldet);
        assert_eq!(b.1, Teilnahmestatus::Angemeldet);
        assert_eq!(c.1, Teilnahmestatus::Warteliste);
        assert_eq!(d.1, Teilnahmestatus::Warteliste);
        assert!(tk.melde_an(t, "  ").is_none());
        // Cancelling moves the first waiting person up, not the second.
        assert_eq!(
            tk.setze_teilnahme(t, a.0, Teilnahmestatus::Abgesagt, None),
            vec!["C".to_owned()]
        );
        let (_, termin) = tk.termin(t).unwrap();
        assert_eq!(
            termin.teilnahme(c.0).unwrap().status,
            Teilnahmestatus::Angemeldet
        );
        assert_eq!(
            termin.teilnahme(d.0).unwrap().status,
            Teilnahmestatus::Warteliste
        );
        assert_eq!(termin.belegt(), 2);
        // Taking part keeps the place; deleting a registration frees one.
        assert!(tk
            .setze_teilnahme(t, b.0, Teilnahmestatus::Teilgenommen, Some(5))
            .is_empty());
        assert_eq!(tk.entferne_teilnahme(t, c.0), vec!["D".to_owned()]);
        // A feedback outside 1–5 is not stored.
        tk.setze_teilnahme(t, b.0, Teilnahmestatus::Teilgenommen, Some(9));
        assert_eq!(
            tk.termin(t).unwrap().1.teilnahme(b.0).unwrap().feedback,
            None
        );
    }

    #[test]
    fn groessere_kapazitaet_laesst_nachruecken_und_ohne_kapazitaet_nie_warteliste() {
        let (mut tk, t) = mit_termin(Some(1));
        tk.melde_an(t, "A");
        let (_, status) = tk.melde_an(t, "B").unwrap();
        assert_eq!(status, Teilnahmestatus::Warteliste);
        let k = tk.konzepte[0].id;
        let mut termin = tk.termin(t).unwrap().1.clone();
        termin.kapazitaet = Some(2);
        termin.teilnahmen.clear(); // the form never carries registrations
        tk.speichere_termin(k, termin).unwrap();
        let termin = tk.termin(t).unwrap().1;
        assert_eq!(termin.teilnahmen.len(), 2, "Anmeldungen bleiben");
        assert_eq!(termin.belegt(), 2, "B rückt nach");
        let (mut tk, t) = mit_termin(None);
        for i in 0..50 {
            assert_eq!(
                tk.melde_an(t, &format!("P{i}")).unwrap().1,
                Teilnahmestatus::Angemeldet
            );
        }
    }

    #[test]
    fn konzept_speichern_behaelt_module_und_termine() {
        let (mut tk, _) = mit_termin(None);
        let mut k = tk.konzepte[0].clone();
        k.module.clear();
        k.termine.clear();
        k.titel = " Neu ".into();
        tk.speichere_konzept(k);
        assert_eq!(tk.konzepte[0].titel, "Neu");
        assert_eq!(tk.konzepte[0].module.len(), 1);
        assert_eq!(tk.konzepte[0].termine.len(), 1);
        let kid = tk.konzepte[0].id;
        let m = tk.konzepte[0].module[0].id;
        assert!(!tk.entferne_modul(kid, m), "Modul mit Terminen bleibt");
        let t = tk.konzepte[0].termine[0].id;
        tk.entferne_termin(t);
        assert!(tk.entferne_modul(kid, m));
    }

    #[test]
    fn ids_sind_dauerhaft_und_eindeutig() {
        let (mut tk, t) = mit_termin(Some(3));
        let a = tk.melde_an(t, "A").unwrap().0;
        tk.entferne_teilnahme(t, a);
        let b = tk.melde_an(t, "B").unwrap().0;
        assert!(b > a, "eine ID wird nie wieder vergeben");
    }

    #[test]
    fn pruefungen_nennen_das_feld() {
        let tk = Trainingskonzepte::default();
        let felder = |f: Vec<Feldfehler>| f.into_iter().map(|f| f.feld).collect::<Vec<_>>();
        assert_eq!(
            felder(tk.pruefe_konzept(&Trainingskonzept {
                budget_cent: Some(-1),
                beginn: Some(tag(5)),
                ende: Some(tag(4)),
                ..Trainingskonzept::default()
            })),
            ["titel", "budget", "ende"]
        );
        assert_eq!(felder(tk.pruefe_modul(&Modul::default())), ["titel"]);
        assert_eq!(
            felder(tk.pruefe_termin(
                1,
                &Termin {
                    von: Some(600),
                    bis: Some(540),
                    kapazitaet: Some(0),
                    ..Termin::default()
                }
            )),
            ["modul", "bis", "kapazitaet"]
        );
        assert_eq!(
            felder(tk.pruefe_evaluation(1, &Evaluation::default())),
            ["methode"]
        );
    }

    #[test]
    fn zeiten_und_stunden_lesen_und_schreiben() {
        assert_eq!(uhrzeit_lesen("9"), Some(540));
        assert_eq!(uhrzeit_lesen("09:30"), Some(570));
        assert_eq!(uhrzeit_lesen("13.15 Uhr"), Some(795));
        assert_eq!(uhrzeit_lesen("1645"), Some(1005));
        assert_eq!(uhrzeit_lesen("24:00"), None);
        assert_eq!(uhrzeit_lesen("x"), None);
        assert_eq!(uhrzeit_text(570), "09:30");
        assert_eq!(stunden_lesen("1,5"), Ok(90));
        assert_eq!(stunden_lesen("0,75 Std."), Ok(45));
        assert_eq!(stunden_lesen(""), Ok(0));
        assert!(stunden_lesen("-1").is_err());
        assert_eq!(stunden_text(90), "1,5\u{a0}Std.");
        assert_eq!(stunden_zahl(45), "0,75");
        assert_eq!(stunden_zahl(120), "2");
        assert_eq!(stunden_zahl(20), "0,33");
        assert_eq!(Phase::Durchfuehrung.nummer(), 7);
    }
}
