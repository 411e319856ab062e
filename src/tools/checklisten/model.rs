//! The data of the Checklisten tool (fachkonzept §2.7, "generic model"): templates
//! ([`Vorlage`] with [`Abschnitt`]e and [`Pruefpunkt`]e) as plain data, their versions, and
//! runs ([`Durchfuehrung`]) of a template against an object with [`Antwort`]en and follow-up
//! measures.
//!
//! **Versions.** A template belongs to a family ([`Vorlage::familie`], the id of its first
//! version). Editing a template that already has runs stores a new version with a new id and
//! the next version number ([`Checklisten::vorlage_aendern`]); the runs keep the version they
//! were made with. Item ids are kept across versions, so conditions and answers stay
//! comparable.
//!
//! **Shipped templates** (`super::vorlagen`) are code, never edited. A run of one stores a
//! read-only snapshot of it ([`Vorlage::mitgeliefert`]), so a later app version with changed
//! content never changes an old run.
//!
//! Enums carry no data (the fixture test traces struct fields): an answer is a struct with one
//! field per answer type, a condition names its value as a code (`ja`, `teilweise`, `nein`,
//! `na`, `0`…`4`).

use serde::{Deserialize, Serialize};

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datensatz::Datensaetze;
use crate::shared::datum::Datum;
use crate::shared::ist_standard;
pub use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::shared::vokabular::{vokabular, Dimension, Handlungsfeld};

/// State of a follow-up measure: the same four states as the other tools' measures.
pub use crate::tools::stakeholderanalyse::model::Massnahmenstatus;

/// Longest single-line text.
pub const MAX_KURZTEXT: usize = 300;
/// Longest multi-line text.
pub const MAX_LANGTEXT: usize = 5000;
/// The first record id handed out.
pub const ERSTE_ID: u32 = 1;
/// Share of the weight a `teilweise` answer earns unless the template says otherwise
/// (issue #17: "teilweise counts half unless the template says otherwise").
pub const TEILWEISE_STANDARD: u8 = 50;

/// How an item is answered (fachkonzept §2.7, Prüfpunkt "Antworttyp").
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Antworttyp {
    /// ja / nein.
    JaNein,
    /// ja / teilweise / nein / n. a.
    #[default]
    JaTeilweiseNein,
    /// Skala 0–4.
    Skala,
    /// Free text (not scored).
    Text,
    /// A date (not scored).
    Datum,
}

vokabular!(Antworttyp {
    JaNein => "ja/nein", "ja zählt das volle Gewicht, nein null";
    JaTeilweiseNein => "ja/teilweise/nein/n. a.", "teilweise zählt den Anteil der Vorlage (üblich: die Hälfte), n. a. zählt nicht mit";
    Skala => "Skala 0–4", "der Wert geteilt durch 4 als Anteil des Gewichts";
    Text => "Text", "wird nicht bewertet";
    Datum => "Datum", "wird nicht bewertet";
});

impl Antworttyp {
    /// Whether answers of this type count towards the Erfüllungsgrad.
    pub fn bewertet(self) -> bool {
        matches!(
            self,
            Antworttyp::JaNein | Antworttyp::JaTeilweiseNein | Antworttyp::Skala
        )
    }

    /// The answer codes of this type with their labels (for radio groups and the condition
    /// picker); empty for Text and Datum.
    pub fn werte(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Antworttyp::JaNein => &[("ja", "ja"), ("nein", "nein")],
            Antworttyp::JaTeilweiseNein => &[
                ("ja", "ja"),
                ("teilweise", "teilweise"),
                ("nein", "nein"),
                ("na", "n. a."),
            ],
            Antworttyp::Skala => &[("0", "0"), ("1", "1"), ("2", "2"), ("3", "3"), ("4", "4")],
            Antworttyp::Text | Antworttyp::Datum => &[],
        }
    }
}

/// The label of answer code `code` ("n. a." for `na`), the code itself otherwise.
pub fn wert_name(code: &str) -> &str {
    if code == "na" {
        "n. a."
    } else {
        code
    }
}

/// What a run is applied to (issue #17: a Multiprojektplan project, a Zielstufenplaner
/// Leistung, or the agency).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Objektart {
    /// A Multiprojektplan project.
    #[default]
    Projekt,
    /// A Zielstufenplaner Leistung.
    Leistung,
    /// The agency as a whole.
    Behoerde,
}

vokabular!(Objektart {
    Projekt => "Projekt", "ein Projekt des Multiprojektplans";
    Leistung => "Leistung", "eine Verwaltungsleistung des Zielstufenplaners";
    Behoerde => "Behörde", "die Behörde als Ganzes";
});

/// The object of a run: its kind and the record's permanent id in its tool (0 for the agency).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(default)]
pub struct Objekt {
    /// Kind of object.
    pub art: Objektart,
    /// Record id in the Multiprojektplan or Zielstufenplaner; 0 for the agency.
    #[serde(skip_serializing_if = "ist_standard")]
    pub id: u32,
}

/// "Only shown when item `punkt` is answered `wert`" (fachkonzept §2.7: the official
/// Reifegrad-Check shows follow-up questions exactly like this [Q:S6]). A hidden item is not
/// asked and does not count.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Bedingung {
    /// Id of the item whose answer decides.
    pub punkt: u32,
    /// The answer code that shows the item (`ja`, `teilweise`, `nein`, `na`, `0`…`4`).
    pub wert: String,
}

/// An item of a template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pruefpunkt {
    /// Id, unique in the template and kept across its versions.
    pub id: u32,
    /// Number as shown, e.g. "3.2".
    #[serde(skip_serializing_if = "ist_standard")]
    pub nr: String,
    /// The question.
    pub frage: String,
    /// Help text (for the shipped E-Payment checklist: its sources).
    #[serde(skip_serializing_if = "ist_standard")]
    pub hilfe: String,
    /// How it is answered.
    pub typ: Antworttyp,
    /// Weight in the Erfüllungsgrad (whole number, at least 1).
    pub gewicht: u32,
    /// A Muss item: `nein` makes the run "K.-o.".
    #[serde(skip_serializing_if = "ist_standard")]
    pub muss: bool,
    /// Shown only when another item has a given answer.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bedingung: Option<Bedingung>,
    /// Handlungsfeld it belongs to (fachkonzept §2.13).
    #[serde(skip_serializing_if = "ist_standard")]
    pub handlungsfeld: Option<Handlungsfeld>,
    /// Dimension it belongs to (fachkonzept §2.13).
    #[serde(skip_serializing_if = "ist_standard")]
    pub dimension: Option<Dimension>,
    /// Reifegrad criterion it maps to, where it fits (free text, e.g. "Kriterium 5 Bezahlung").
    #[serde(skip_serializing_if = "ist_standard")]
    pub reifegrad: String,
}

impl Default for Pruefpunkt {
    fn default() -> Self {
        Pruefpunkt {
            id: 0,
            nr: String::new(),
            frage: String::new(),
            hilfe: String::new(),
            typ: Antworttyp::default(),
            gewicht: 1,
            muss: false,
            bedingung: None,
            handlungsfeld: None,
            dimension: None,
            reifegrad: String::new(),
        }
    }
}

/// A section of a template.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Abschnitt {
    /// Id, unique in the template.
    pub id: u32,
    /// Title.
    pub titel: String,
    /// Items in order.
    #[serde(skip_serializing_if = "ist_standard")]
    pub punkte: Vec<Pruefpunkt>,
}

/// A template (fachkonzept §2.7 `Checkliste`) in one version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Vorlage {
    /// Permanent id of this version.
    pub id: u32,
    /// Id of the family (the first version's id; for shipped templates their fixed id).
    pub familie: u32,
    /// Version number, 1 for the first.
    pub version: u32,
    /// Title.
    pub titel: String,
    /// Scope (Geltungsbereich).
    #[serde(skip_serializing_if = "ist_standard")]
    pub geltungsbereich: String,
    /// Source and Stand.
    #[serde(skip_serializing_if = "ist_standard")]
    pub quelle: String,
    /// Percent of the weight a `teilweise` answer earns.
    pub teilweise: u8,
    /// Our reconstruction, not confirmed content: shown "bitte prüfen".
    #[serde(skip_serializing_if = "ist_standard")]
    pub bitte_pruefen: bool,
    /// Key of the shipped template this is a read-only snapshot of; empty for own templates.
    #[serde(skip_serializing_if = "ist_standard")]
    pub mitgeliefert: String,
    /// Sections in order.
    #[serde(skip_serializing_if = "ist_standard")]
    pub abschnitte: Vec<Abschnitt>,
}

impl Default for Vorlage {
    fn default() -> Self {
        Vorlage {
            id: 0,
            familie: 0,
            version: 1,
            titel: String::new(),
            geltungsbereich: String::new(),
            quelle: String::new(),
            teilweise: TEILWEISE_STANDARD,
            bitte_pruefen: false,
            mitgeliefert: String::new(),
            abschnitte: Vec::new(),
        }
    }
}

impl Vorlage {
    /// Whether it can be edited (own templates only).
    pub fn bearbeitbar(&self) -> bool {
        self.mitgeliefert.is_empty()
    }

    /// All items in order with their section.
    pub fn punkte(&self) -> impl Iterator<Item = (&Abschnitt, &Pruefpunkt)> {
        self.abschnitte
            .iter()
            .flat_map(|a| a.punkte.iter().map(move |p| (a, p)))
    }

    /// The item with `id`.
    pub fn punkt(&self, id: u32) -> Option<&Pruefpunkt> {
        self.punkte().map(|(_, p)| p).find(|p| p.id == id)
    }

    /// Highest id used inside (sections and items).
    pub fn hoechste_id(&self) -> u32 {
        self.abschnitte
            .iter()
            .flat_map(|a| std::iter::once(a.id).chain(a.punkte.iter().map(|p| p.id)))
            .max()
            .unwrap_or(0)
    }
}

/// A follow-up measure of an answer (fachkonzept §1.1 `Maßnahme`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Folgemassnahme {
    /// What is done.
    pub titel: String,
    /// Who does it.
    #[serde(skip_serializing_if = "ist_standard")]
    pub verantwortlich: String,
    /// Due date.
    #[serde(skip_serializing_if = "ist_standard")]
    pub termin: Option<Datum>,
    /// State.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Massnahmenstatus,
}

/// The answer to one item in one run. Answers to items that became hidden are kept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Antwort {
    /// The item's id.
    pub punkt: u32,
    /// The chosen code for ja/nein, ja/teilweise/nein/n. a. and Skala (`ja`, `teilweise`,
    /// `nein`, `na`, `0`…`4`); empty while unanswered.
    #[serde(skip_serializing_if = "ist_standard")]
    pub wert: String,
    /// The text of a Text item.
    #[serde(skip_serializing_if = "ist_standard")]
    pub text: String,
    /// The date of a Datum item.
    #[serde(skip_serializing_if = "ist_standard")]
    pub datum: Option<Datum>,
    /// Comment.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kommentar: String,
    /// Evidence (link, path or file reference).
    #[serde(skip_serializing_if = "ist_standard")]
    pub nachweis: String,
    /// Who answers for the item.
    #[serde(skip_serializing_if = "ist_standard")]
    pub verantwortlich: String,
    /// Follow-up measure.
    #[serde(skip_serializing_if = "ist_standard")]
    pub massnahme: Option<Folgemassnahme>,
}

impl Antwort {
    /// Whether the item counts as answered for its type.
    pub fn beantwortet(&self, typ: Antworttyp) -> bool {
        match typ {
            Antworttyp::Text => !self.text.trim().is_empty(),
            Antworttyp::Datum => self.datum.is_some(),
            _ => !self.wert.is_empty(),
        }
    }
}

/// A run (fachkonzept §2.7 `Durchführung`): a template version applied to an object.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Durchfuehrung {
    /// Permanent id.
    pub id: u32,
    /// Id of the template version.
    pub vorlage: u32,
    /// What is checked.
    pub objekt: Objekt,
    /// Date of the run.
    pub datum: Option<Datum>,
    /// People who carried it out.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bearbeitende: String,
    /// Answers, one per item at most.
    #[serde(skip_serializing_if = "ist_standard")]
    pub antworten: Vec<Antwort>,
}

impl Durchfuehrung {
    /// The answer to item `punkt`.
    pub fn antwort(&self, punkt: u32) -> Option<&Antwort> {
        self.antworten.iter().find(|a| a.punkt == punkt)
    }

    /// The answer to item `punkt`, created empty if missing.
    pub fn antwort_mut(&mut self, punkt: u32) -> &mut Antwort {
        if let Some(i) = self.antworten.iter().position(|a| a.punkt == punkt) {
            &mut self.antworten[i]
        } else {
            self.antworten.push(Antwort {
                punkt,
                ..Antwort::default()
            });
            let letzte = self.antworten.len() - 1;
            &mut self.antworten[letzte]
        }
    }
}

/// The tool's stored data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Checklisten {
    /// Own templates in all versions, and snapshots of shipped templates used by runs.
    #[serde(skip_serializing_if = "ist_standard")]
    pub vorlagen: Vec<Vorlage>,
    /// Runs.
    #[serde(skip_serializing_if = "ist_standard")]
    pub durchfuehrungen: Vec<Durchfuehrung>,
    /// Next free record id (ids are never reused).
    #[serde(skip_serializing_if = "ist_standard")]
    pub naechste_id: u32,
}

impl Werkzeugteil for Checklisten {}

impl Checklisten {
    /// Hands out a new record id (above the fixed ids of shipped templates' contents too).
    pub fn vergib_id(&mut self) -> u32 {
        crate::shared::datensatz::vergib_id(&mut self.naechste_id, ERSTE_ID)
    }

    /// The template version with `id`.
    pub fn vorlage(&self, id: u32) -> Option<&Vorlage> {
        self.vorlagen.mit_id(id)
    }

    /// The newest stored version of family `familie`.
    pub fn neueste(&self, familie: u32) -> Option<&Vorlage> {
        self.vorlagen
            .iter()
            .filter(|v| v.familie == familie)
            .max_by_key(|v| v.version)
    }

    /// The newest version of every own template family, in order of creation.
    pub fn eigene(&self) -> Vec<&Vorlage> {
        let mut familien: Vec<u32> = Vec::new();
        for v in self.vorlagen.iter().filter(|v| v.bearbeitbar()) {
            if !familien.contains(&v.familie) {
                familien.push(v.familie);
            }
        }
        familien
            .into_iter()
            .filter_map(|f| self.neueste(f))
            .collect()
    }

    /// The run with `id`.
    pub fn durchfuehrung(&self, id: u32) -> Option<&Durchfuehrung> {
        self.durchfuehrungen.mit_id(id)
    }

    /// Whether template version `id` has runs.
    pub fn hat_durchfuehrungen(&self, vorlage: u32) -> bool {
        self.durchfuehrungen.iter().any(|d| d.vorlage == vorlage)
    }

    /// Record counts for previews; `None` while nothing is stored.
    pub fn kennzahl(&self) -> Option<String> {
        if self.vorlagen.is_empty() && self.durchfuehrungen.is_empty() {
            return None;
        }
        use crate::shared::text::anzahl;
        Some(format!(
            "{}, {}",
            anzahl(self.eigene().len(), "eigene Vorlage", "eigene Vorlagen"),
            anzahl(self.durchfuehrungen.len(), "Durchführung", "Durchführungen")
        ))
    }

    /// Gives `v` fresh ids for itself and everything inside (a copy that shares nothing with
    /// its original) and stores it as version 1 of a new family; returns its id. Conditions
    /// follow the renumbered items.
    pub fn kopiere(&mut self, v: &Vorlage, titel: String) -> u32 {
        let mut neu = v.clone();
        let mut umbenannt = std::collections::BTreeMap::new();
        for a in &mut neu.abschnitte {
            a.id = self.vergib_id();
            for p in &mut a.punkte {
                let id = self.vergib_id();
                umbenannt.insert(p.id, id);
                p.id = id;
            }
        }
        for a in &mut neu.abschnitte {
            for p in &mut a.punkte {
                if let Some(b) = &mut p.bedingung {
                    b.punkt = umbenannt.get(&b.punkt).copied().unwrap_or(0);
                }
            }
        }
        neu.id = self.vergib_id();
        neu.familie = neu.id;
        neu.version = 1;
        neu.titel = titel;
        neu.mitgeliefert = String::new();
        let id = neu.id;
        self.vorlagen.push(neu);
        id
    }

    /// The stored version a new run of `v` uses: own templates as they are; a shipped one as
    /// a snapshot, stored once per version.
    pub fn fuer_durchfuehrung(&mut self, v: &Vorlage) -> u32 {
        if v.mitgeliefert.is_empty() {
            return v.id;
        }
        if let Some(s) = self
            .vorlagen
            .iter()
            .find(|s| s.mitgeliefert == v.mitgeliefert && s.version == v.version)
        {
            return s.id;
        }
        let mut s = v.clone();
        s.id = self.vergib_id();
        let id = s.id;
        self.vorlagen.push(s);
        id
    }

    /// Changes own template version `id` with `aendern`. If that version has runs, the change
    /// goes into a new version (next number, new id, same family) and the runs keep theirs.
    /// Returns the id of the changed version; `None` for a shipped or unknown template.
    pub fn vorlage_aendern(
        &mut self,
        id: u32,
        aendern: impl FnOnce(&mut Vorlage, &mut u32),
    ) -> Option<u32> {
        let alt = self.vorlage(id)?.clone();
        if !alt.bearbeitbar() {
            return None;
        }
        let mut naechste = self.naechste_id.max(ERSTE_ID).max(alt.hoechste_id() + 1);
        let ziel = if self.hat_durchfuehrungen(id) {
            let mut neu = alt.clone();
            neu.id = naechste;
            naechste += 1;
            neu.version = self
                .vorlagen
                .iter()
                .filter(|v| v.familie == alt.familie)
                .map(|v| v.version)
                .max()
                .unwrap_or(1)
                + 1;
            self.vorlagen.push(neu);
            self.vorlagen.len() - 1
        } else {
            self.vorlagen.iter().position(|v| v.id == id)?
        };
        aendern(&mut self.vorlagen[ziel], &mut naechste);
        self.naechste_id = naechste;
        Some(self.vorlagen[ziel].id)
    }

    /// Deletes an own template version without runs; `false` otherwise.
    pub fn entferne_vorlage(&mut self, id: u32) -> bool {
        if self.hat_durchfuehrungen(id) {
            return false;
        }
        let vorher = self.vorlagen.len();
        self.vorlagen.retain(|v| v.id != id || !v.bearbeitbar());
        self.vorlagen.len() < vorher
    }

    /// Adds a run (id 0) or replaces the stored one; returns its id.
    pub fn speichere_durchfuehrung(&mut self, mut d: Durchfuehrung) -> u32 {
        if d.id == 0 {
            d.id = self.vergib_id();
        }
        let id = d.id;
        match self.durchfuehrungen.mit_id_mut(id) {
            Some(alt) => *alt = d,
            None => self.durchfuehrungen.push(d),
        }
        id
    }

    /// Removes a run.
    pub fn entferne_durchfuehrung(&mut self, id: u32) {
        self.durchfuehrungen.entferne_id(id);
    }
}

/// Problems of a template's head as the form would save it.
pub fn pruefe_kopf(v: &Vorlage) -> Vec<Feldfehler> {
    let mut fehler = Vec::new();
    fehler.pflicht("titel", &v.titel, "Geben Sie einen Titel ein.");
    fehler.hoechstens("titel", "Titel", &v.titel, MAX_KURZTEXT);
    fehler.hoechstens(
        "geltungsbereich",
        "Geltungsbereich",
        &v.geltungsbereich,
        MAX_LANGTEXT,
    );
    fehler.hoechstens("quelle", "Quelle und Stand", &v.quelle, MAX_LANGTEXT);
    fehler.wenn(
        v.teilweise > 100,
        "teilweise",
        "Der Anteil für „teilweise“ liegt zwischen 0 und 100 %.",
    );
    fehler
}

/// Problems of item `p` in template `v` as the form would save it: a question, a weight of
/// at least 1, and a condition that names an earlier, answerable item and one of its values
/// (earlier only, so conditions can never form a cycle).
pub fn pruefe_punkt(v: &Vorlage, p: &Pruefpunkt) -> Vec<Feldfehler> {
    let mut fehler = Vec::new();
    fehler.pflicht("frage", &p.frage, "Geben Sie die Frage ein.");
    fehler.hoechstens("frage", "Frage", &p.frage, MAX_LANGTEXT);
    fehler.hoechstens("hilfe", "Hilfetext", &p.hilfe, MAX_LANGTEXT);
    fehler.wenn(
        p.gewicht == 0 || p.gewicht > 100,
        "gewicht",
        "Das Gewicht ist eine ganze Zahl von 1 bis 100.",
    );
    if let Some(b) = &p.bedingung {
        let frueher: Vec<&Pruefpunkt> = v
            .punkte()
            .map(|(_, x)| x)
            .take_while(|x| x.id != p.id)
            .collect();
        match frueher.mit_id(b.punkt) {
            None => fehler.push(Feldfehler::neu(
                "bedingung",
                "Die Bedingung muss sich auf einen Prüfpunkt davor beziehen.",
            )),
            Some(x) if !x.typ.werte().iter().any(|(c, _)| *c == b.wert) => {
                fehler.push(Feldfehler::neu(
                    "bedingung-wert",
                    "Wählen Sie den Wert, bei dem der Prüfpunkt gezeigt wird.",
                ))
            }
            Some(_) => {}
        }
    }
    fehler
}

crate::shared::datensatz::mit_id!(Objekt, Pruefpunkt, Abschnitt, Vorlage, Durchfuehrung);

#[cfg(test)]
mod tests {
    use super::*;

    fn vorlage(plan: &mut Checklisten) -> u32 {
        let mut v = Vorlage {
            titel: "Eigene".into(),
            ..Vorlage::default()
        };
        v.abschnitte.push(Abschnitt {
            id: 1,
            titel: "A".into(),
            punkte: vec![
                Pruefpunkt {
                    id: 2,
                    frage: "Erste?".into(),
                    ..Pruefpunkt::default()
                },
                Pruefpunkt {
                    id: 3,
                    frage: "Zweite?".into(),
                    bedingung: Some(Bedingung {
                        punkt: 2,
                        wert: "ja".into(),
                    }),
                    ..Pruefpunkt::default()
                },
            ],
        });
        plan.kopiere(&v, "Eigene".into())
    }

    #[test]
    fn kopie_hat_eigene_ids_und_bedingungen_folgen() {
        let mut plan = Checklisten {
            naechste_id: 100,
            ..Checklisten::default()
        };
        let id = vorlage(&mut plan);
        let v = plan.vorlage(id).unwrap();
        assert_eq!((v.familie, v.version), (id, 1));
        let ids: Vec<u32> = v.punkte().map(|(_, p)| p.id).collect();
        assert_ne!(ids, [2, 3]);
        assert_eq!(
            v.abschnitte[0].punkte[1].bedingung.as_ref().unwrap().punkt,
            ids[0]
        );
        assert!(v.bearbeitbar());
    }

    #[test]
    fn aendern_mit_durchfuehrungen_legt_neue_version_an() {
        let mut plan = Checklisten::default();
        let id = vorlage(&mut plan);
        // Without runs: changed in place.
        let gleich = plan
            .vorlage_aendern(id, |v, _| v.titel = "Umbenannt".into())
            .unwrap();
        assert_eq!(gleich, id);
        assert_eq!(plan.vorlagen.len(), 1);
        let d = plan.speichere_durchfuehrung(Durchfuehrung {
            vorlage: id,
            ..Durchfuehrung::default()
        });
        let neu = plan
            .vorlage_aendern(id, |v, naechste| {
                v.abschnitte[0].punkte.push(Pruefpunkt {
                    id: *naechste,
                    frage: "Dritte?".into(),
                    ..Pruefpunkt::default()
                });
                *naechste += 1;
            })
            .unwrap();
        assert_ne!(neu, id);
        let (alt, neu_v) = (plan.vorlage(id).unwrap(), plan.vorlage(neu).unwrap());
        assert_eq!(alt.punkte().count(), 2, "die alte Version bleibt");
        assert_eq!(neu_v.punkte().count(), 3);
        assert_eq!((neu_v.familie, neu_v.version), (id, 2));
        assert_eq!(
            plan.durchfuehrung(d).unwrap().vorlage,
            id,
            "die Durchführung behält ihre Version"
        );
        assert_eq!(plan.neueste(id).unwrap().id, neu);
        assert_eq!(plan.eigene().len(), 1);
        // Ids stay unique.
        let mut alle: Vec<u32> = plan
            .vorlagen
            .iter()
            .flat_map(|v| std::iter::once(v.id))
            .collect();
        alle.extend(plan.durchfuehrungen.iter().map(|d| d.id));
        alle.extend(
            neu_v
                .punkte()
                .map(|(_, p)| p.id)
                .filter(|p| alt.punkt(*p).is_none()),
        );
        let menge: std::collections::BTreeSet<u32> = alle.iter().copied().collect();
        assert_eq!(menge.len(), alle.len());
        assert!(
            !plan.entferne_vorlage(id),
            "mit Durchführung nicht löschbar"
        );
        assert!(plan.entferne_vorlage(neu));
    }

    #[test]
    fn mitgelieferte_sind_nicht_bearbeitbar_und_werden_einmal_abgelegt() {
        let mut plan = Checklisten::default();
        let rc = crate::tools::checklisten::vorlagen::reality_check();
        assert!(plan.vorlage_aendern(rc.id, |_, _| {}).is_none());
        let a = plan.fuer_durchfuehrung(&rc);
        let b = plan.fuer_durchfuehrung(&rc);
        assert_eq!(a, b);
        assert_eq!(plan.vorlagen.len(), 1);
        assert!(!plan.vorlage(a).unwrap().bearbeitbar());
        assert!(
            plan.vorlage_aendern(a, |v, _| v.titel.clear()).is_none(),
            "Schnappschuss bleibt unverändert"
        );
        assert!(plan.eigene().is_empty());
    }

    #[test]
    fn bedingung_nur_auf_fruehere_punkte_mit_gueltigem_wert() {
        let mut plan = Checklisten::default();
        let id = vorlage(&mut plan);
        let v = plan.vorlage(id).unwrap().clone();
        let erste = v.abschnitte[0].punkte[0].clone();
        let zweite = v.abschnitte[0].punkte[1].clone();
        assert!(pruefe_punkt(&v, &zweite).is_empty());
        let felder = |f: Vec<Feldfehler>| f.into_iter().map(|f| f.feld).collect::<Vec<_>>();
        let rueckwaerts = Pruefpunkt {
            bedingung: Some(Bedingung {
                punkt: zweite.id,
                wert: "ja".into(),
            }),
            ..erste.clone()
        };
        assert_eq!(felder(pruefe_punkt(&v, &rueckwaerts)), ["bedingung"]);
        let falscher_wert = Pruefpunkt {
            bedingung: Some(Bedingung {
                punkt: erste.id,
                wert: "7".into(),
            }),
            ..zweite.clone()
        };
        assert_eq!(felder(pruefe_punkt(&v, &falscher_wert)), ["bedingung-wert"]);
        let leer = Pruefpunkt {
            gewicht: 0,
            ..Pruefpunkt::default()
        };
        assert_eq!(felder(pruefe_punkt(&v, &leer)), ["frage", "gewicht"]);
        assert_eq!(
            felder(pruefe_kopf(&Vorlage {
                teilweise: 101,
                ..Vorlage::default()
            })),
            ["titel", "teilweise"]
        );
    }

    #[test]
    fn antworten_je_typ_beantwortet() {
        let mut d = Durchfuehrung::default();
        d.antwort_mut(5).wert = "ja".into();
        d.antwort_mut(5).kommentar = "x".into();
        assert_eq!(d.antworten.len(), 1);
        assert!(d.antwort(5).unwrap().beantwortet(Antworttyp::JaNein));
        assert!(!d.antwort(5).unwrap().beantwortet(Antworttyp::Text));
        assert!(Antworttyp::Skala.bewertet() && !Antworttyp::Datum.bewertet());
        assert_eq!(wert_name("na"), "n. a.");
    }
}
