//! The data of the Wissenslandkarte (fachkonzept §2.6): Wissensgebiete as a tree, Wissensträger
//! (persons with their consent, roles, teams, documents, systems, external parties), the
//! Zuordnungen of Träger to Gebiete with expertise and role, Wissensbestände, Prozessschritte
//! with the Gebiete they need, and Transfermaßnahmen.
//!
//! Plain data with plain methods, no signals. Records refer to each other by a permanent
//! numeric `id` that is never reused.
//!
//! **What is sourced and what is ours.** The map types, the tree of Wissensgebiete with experts
//! as twigs, Wissensbestände (where, how much, form, format), Prozessbezüge, Expert Debriefing
//! and Wissensstafette, and the consent principle are sourced [Q:S51, S51b, S51c]. Kritikalität,
//! the expertise scale, Hauptträger/Vertretung, "verfügbar bis" and the other transfer kinds are
//! our reconstruction (fachkonzept marks them [I]): bitte prüfen.

use crate::shared::datensatz::Datensaetze;
use serde::{Deserialize, Serialize};

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datum::Datum;
use crate::shared::ist_standard;
pub use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::shared::vokabular::{vokabular, Dimension, Handlungsfeld};

/// State of a transfer measure: the same four states as the Stakeholderanalyse's measures.
pub use crate::tools::stakeholderanalyse::model::Massnahmenstatus;

/// Longest single-line text.
pub const MAX_KURZTEXT: usize = 200;
/// Longest multi-line text.
pub const MAX_LANGTEXT: usize = 5000;
/// The first record id handed out.
pub const ERSTE_ID: u32 = 1;

/// How critical a Wissensgebiet is for the agency, 1–3 (fachkonzept §2.6, "Kritikalität (1–3)",
/// marked [I]: bitte prüfen).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Kritikalitaet {
    /// 1
    Gering,
    /// 2
    #[default]
    Mittel,
    /// 3
    Hoch,
}

vokabular!(Kritikalitaet {
    Gering => "1 gering", "Fehlt das Wissen, verzögert sich die Arbeit, aber sie geht weiter.";
    Mittel => "2 mittel", "Fehlt das Wissen, leiden Qualität oder Termine spürbar.";
    Hoch => "3 hoch", "Fehlt das Wissen, steht eine Aufgabe still oder ein Verfahren wird unsicher.";
});

impl Kritikalitaet {
    /// The number 1–3.
    pub fn wert(self) -> u8 {
        match self {
            Kritikalitaet::Gering => 1,
            Kritikalitaet::Mittel => 2,
            Kritikalitaet::Hoch => 3,
        }
    }
}

/// Kind of Wissensträger (fachkonzept §2.6: Person or Dokument sourced [Q:S51c], the others [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Traegertyp {
    /// A named person.
    #[default]
    Person,
    /// A role or post, without a name.
    RolleStelle,
    /// A team or unit.
    Team,
    /// A document.
    Dokument,
    /// A system or database.
    System,
    /// Someone outside the agency.
    Extern,
}

vokabular!(Traegertyp {
    Person => "Person", "Eine Beschäftigte oder ein Beschäftigter; der Name erscheint in Exporten und Drucken nur mit Einwilligung oder auf ausdrücklichen Wunsch.";
    RolleStelle => "Rolle/Stelle", "Eine Rolle oder Stelle ohne Namen, z. B. „Sachbearbeitung Wohngeld“.";
    Team => "Team", "Ein Team, Referat oder eine Arbeitsgruppe.";
    Dokument => "Dokument", "Ein Dokument, Leitfaden oder Handbuch.";
    System => "System/Datenbank", "Ein IT-System, Wiki oder eine Datenbank.";
    Extern => "extern", "Eine Person oder Stelle außerhalb der Behörde, z. B. ein Dienstleister.";
});

/// How well a Träger knows a Gebiet (fachkonzept §2.6 [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Expertise {
    /// Basic knowledge.
    #[default]
    Grundkenntnisse,
    /// Uses it regularly.
    Anwendung,
    /// Expert.
    Expertise,
}

vokabular!(Expertise {
    Grundkenntnisse => "Grundkenntnisse", "Kennt die Grundlagen und weiß, wo es steht.";
    Anwendung => "Anwendung", "Wendet das Wissen regelmäßig selbstständig an.";
    Expertise => "Expertise", "Kennt auch Sonderfälle und Hintergründe, kann es anderen beibringen.";
});

impl Expertise {
    /// The symbol beside the word (never colour alone): ○ ◐ ●.
    pub fn symbol(self) -> &'static str {
        match self {
            Expertise::Grundkenntnisse => "○",
            Expertise::Anwendung => "◐",
            Expertise::Expertise => "●",
        }
    }
}

/// The role of a Träger for a Gebiet (fachkonzept §2.6 [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Traegerrolle {
    /// Main holder.
    #[default]
    Haupttraeger,
    /// Deputy.
    Vertretung,
}

vokabular!(Traegerrolle {
    Haupttraeger => "Hauptträger", "Trägt das Wissen hauptsächlich und wird zuerst gefragt.";
    Vertretung => "Vertretung", "Kann einspringen, wenn der Hauptträger fehlt.";
});

/// Form of a Wissensbestand [Q:S51].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Wissensform {
    /// Written down.
    #[default]
    Explizit,
    /// In people's heads.
    Implizit,
}

vokabular!(Wissensform {
    Explizit => "explizit", "Aufgeschrieben: Akte, Handbuch, Wiki, Datenbank.";
    Implizit => "implizit", "Erfahrungswissen in Köpfen, nicht aufgeschrieben.";
});

/// Format of a Wissensbestand [Q:S51].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Wissensformat {
    /// Digital.
    #[default]
    Digital,
    /// Paper.
    Analog,
}

vokabular!(Wissensformat {
    Digital => "digital", "Elektronisch abgelegt (E-Akte, Laufwerk, Wiki, Fachverfahren).";
    Analog => "analog", "Auf Papier (Akte, Ordner, Karteikarten).";
});

/// Kind of transfer measure (fachkonzept §2.6: Expert Debriefing and Wissensstafette sourced
/// [Q:S51b], the others [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Transferart {
    /// Structured interview with a leaving expert.
    #[default]
    ExpertDebriefing,
    /// Moderated hand-over in several sessions between giver and receiver.
    Wissensstafette,
    /// Working side by side.
    Tandem,
    /// Writing it down.
    Dokumentation,
    /// Training.
    Schulung,
}

vokabular!(Transferart {
    ExpertDebriefing => "Expert Debriefing", "Strukturiertes Gespräch mit der ausscheidenden Person; das Ergebnis wird in der Karte festgehalten.";
    Wissensstafette => "Wissensstafette", "Moderierte Übergabe in mehreren Sitzungen von der gebenden an die nehmende Person.";
    Tandem => "Tandem/Einarbeitung", "Gebende und nehmende Person arbeiten eine Zeit lang zusammen.";
    Dokumentation => "Dokumentation", "Das Wissen wird aufgeschrieben und abgelegt.";
    Schulung => "Schulung", "Mehrere Personen werden geschult.";
});

/// A Wissensgebiet: a node of the tree.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Gebiet {
    /// Permanent id.
    pub id: u32,
    /// Name.
    pub titel: String,
    /// Parent Gebiet; `None` at the top.
    #[serde(skip_serializing_if = "ist_standard")]
    pub eltern: Option<u32>,
    /// Description.
    #[serde(skip_serializing_if = "ist_standard")]
    pub beschreibung: String,
    /// Kritikalität 1–3.
    pub kritikalitaet: Kritikalitaet,
    /// Handlungsfeld tag.
    #[serde(skip_serializing_if = "ist_standard")]
    pub handlungsfeld: Option<Handlungsfeld>,
    /// Dimension tag.
    #[serde(skip_serializing_if = "ist_standard")]
    pub dimension: Option<Dimension>,
}

/// A Wissensträger.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Traeger {
    /// Permanent id.
    pub id: u32,
    /// Kind.
    pub typ: Traegertyp,
    /// Name (of a person, team, document, system).
    pub bezeichnung: String,
    /// Rolle/Stelle: what a person without consent is shown as in exports and prints.
    #[serde(skip_serializing_if = "ist_standard")]
    pub rolle: String,
    /// Organisationseinheit.
    #[serde(skip_serializing_if = "ist_standard")]
    pub oe: String,
    /// Available until (retirement, end of contract, system switched off).
    #[serde(skip_serializing_if = "ist_standard")]
    pub verfuegbar_bis: Option<Datum>,
    /// A person agreed to be named (fachkonzept §1.4/§2.6: staff decide which profile data is
    /// stored [Q:S51]).
    #[serde(skip_serializing_if = "ist_standard")]
    pub einwilligung: bool,
}

impl Traeger {
    /// Whether the name may only appear with the user's explicit choice: a person without
    /// consent.
    pub fn name_geschuetzt(&self) -> bool {
        self.typ == Traegertyp::Person && !self.einwilligung
    }

    /// The name as shown on screen.
    pub fn name(&self) -> String {
        self.bezeichnung.trim().to_owned()
    }

    /// The name as exports and prints show it: a person without consent as their Rolle/Stelle
    /// (or "Person ohne Einwilligung") unless `mit_namen`.
    pub fn anzeigename(&self, mit_namen: bool) -> String {
        if mit_namen || !self.name_geschuetzt() {
            return self.name();
        }
        if self.rolle.trim().is_empty() {
            format!("Person ohne Einwilligung (T{})", self.id)
        } else {
            format!("{} (T{})", self.rolle.trim(), self.id)
        }
    }
}

/// A Träger holds knowledge of a Gebiet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Zuordnung {
    /// Permanent id.
    pub id: u32,
    /// The Gebiet.
    pub gebiet: u32,
    /// The Träger.
    pub traeger: u32,
    /// How well.
    pub expertise: Expertise,
    /// Hauptträger or Vertretung.
    pub rolle: Traegerrolle,
}

/// A Wissensbestand: where knowledge is kept (Wissensbestandskarte).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bestand {
    /// Permanent id.
    pub id: u32,
    /// Name.
    pub titel: String,
    /// The Gebiet it belongs to.
    #[serde(skip_serializing_if = "ist_standard")]
    pub gebiet: Option<u32>,
    /// Where it is kept (path, URL, Aktenzeichen).
    #[serde(skip_serializing_if = "ist_standard")]
    pub ablageort: String,
    /// Explicit or implicit.
    pub form: Wissensform,
    /// Digital or analog.
    pub format: Wissensformat,
    /// How much, e.g. "3 Ordner", "120 Seiten".
    #[serde(skip_serializing_if = "ist_standard")]
    pub umfang: String,
    /// Last updated.
    #[serde(skip_serializing_if = "ist_standard")]
    pub aktualisiert: Option<Datum>,
}

/// A process step and the Gebiete it needs (Wissensanwendungskarte [Q:S51]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prozessschritt {
    /// Permanent id.
    pub id: u32,
    /// Process or step, e.g. "Wohngeld: Antrag prüfen".
    pub titel: String,
    /// Needed Gebiete.
    #[serde(skip_serializing_if = "ist_standard")]
    pub gebiete: Vec<u32>,
}

/// A transfer measure.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Transfer {
    /// Permanent id.
    pub id: u32,
    /// Kind.
    pub art: Transferart,
    /// The Gebiet whose knowledge is handed over.
    #[serde(skip_serializing_if = "ist_standard")]
    pub gebiet: Option<u32>,
    /// Giver (a Träger).
    #[serde(skip_serializing_if = "ist_standard")]
    pub geber: Option<u32>,
    /// Receiver (a Träger).
    #[serde(skip_serializing_if = "ist_standard")]
    pub nehmer: Option<u32>,
    /// Date.
    #[serde(skip_serializing_if = "ist_standard")]
    pub termin: Option<Datum>,
    /// State.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Massnahmenstatus,
    /// Note.
    #[serde(skip_serializing_if = "ist_standard")]
    pub notiz: String,
}

/// The tool's stored data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Wissenslandkarte {
    /// The tree of Wissensgebiete, in the order they were added.
    #[serde(skip_serializing_if = "ist_standard")]
    pub gebiete: Vec<Gebiet>,
    /// Wissensträger.
    #[serde(skip_serializing_if = "ist_standard")]
    pub traeger: Vec<Traeger>,
    /// Zuordnungen Gebiet × Träger.
    #[serde(skip_serializing_if = "ist_standard")]
    pub zuordnungen: Vec<Zuordnung>,
    /// Wissensbestände.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bestaende: Vec<Bestand>,
    /// Process steps.
    #[serde(skip_serializing_if = "ist_standard")]
    pub prozesse: Vec<Prozessschritt>,
    /// Transfer measures.
    #[serde(skip_serializing_if = "ist_standard")]
    pub transfers: Vec<Transfer>,
    /// Next free record id (ids are never reused).
    #[serde(skip_serializing_if = "ist_standard")]
    pub naechste_id: u32,
}

impl Werkzeugteil for Wissenslandkarte {}

impl Wissenslandkarte {
    /// Hands out a new record id.
    pub fn vergib_id(&mut self) -> u32 {
        crate::shared::datensatz::vergib_id(&mut self.naechste_id, ERSTE_ID)
    }

    /// The Gebiet with `id`.
    pub fn gebiet(&self, id: u32) -> Option<&Gebiet> {
        self.gebiete.mit_id(id)
    }

    /// The Träger with `id`.
    pub fn traeger(&self, id: u32) -> Option<&Traeger> {
        self.traeger.mit_id(id)
    }

    /// The persons among the Träger.
    pub fn personen(&self) -> impl Iterator<Item = &Traeger> {
        self.traeger.iter().filter(|t| t.typ == Traegertyp::Person)
    }

    /// Whether `nachfahre` is `vorfahre` or lies below it.
    pub fn liegt_unter(&self, nachfahre: u32, vorfahre: u32) -> bool {
        let mut aktuell = Some(nachfahre);
        let mut schritte = 0;
        while let Some(id) = aktuell {
            if id == vorfahre {
                return true;
            }
            schritte += 1;
            if schritte > self.gebiete.len() {
                return false;
            }
            aktuell = self.gebiet(id).and_then(|g| g.eltern);
        }
        false
    }

    /// Record counts for previews; `None` while nothing is entered.
    pub fn kennzahl(&self) -> Option<String> {
        if self.gebiete.is_empty() && self.traeger.is_empty() {
            return None;
        }
        use crate::shared::text::anzahl;
        Some(format!(
            "{}, {}, {}",
            anzahl(self.gebiete.len(), "Wissensgebiet", "Wissensgebiete"),
            anzahl(self.traeger.len(), "Wissensträger", "Wissensträger"),
            anzahl(
                self.transfers.len(),
                "Transfermaßnahme",
                "Transfermaßnahmen"
            )
        ))
    }

    /// Problems of a Gebiet as the form would save it: a title, unique among its siblings, and
    /// a parent that exists and does not lie below the Gebiet itself.
    pub fn pruefe_gebiet(&self, g: &Gebiet) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.pflicht("titel", &g.titel, "Geben Sie eine Bezeichnung ein.");
        fehler.wenn(
            !g.titel.trim().is_empty()
                && self.gebiete.iter().any(|x| {
                    x.id != g.id && x.eltern == g.eltern && x.titel.trim() == g.titel.trim()
                }),
            "titel",
            format!(
                "Ein Gebiet „{}“ gibt es an dieser Stelle schon.",
                g.titel.trim()
            ),
        );
        if let Some(e) = g.eltern {
            if self.gebiet(e).is_none() {
                fehler.push(Feldfehler::neu(
                    "eltern",
                    "Das übergeordnete Gebiet gibt es nicht.",
                ));
            } else if g.id != 0 && self.liegt_unter(e, g.id) {
                fehler.push(Feldfehler::neu(
                    "eltern",
                    "Ein Gebiet kann nicht unter sich selbst oder einem seiner Untergebiete liegen.",
                ));
            }
        }
        fehler.hoechstens("titel", "Bezeichnung", &g.titel, MAX_KURZTEXT);
        fehler.hoechstens(
            "beschreibung",
            "Beschreibung",
            &g.beschreibung,
            MAX_LANGTEXT,
        );
        fehler
    }

    /// Adds a Gebiet (id 0) or replaces the stored one; returns its id.
    pub fn speichere_gebiet(&mut self, mut g: Gebiet) -> u32 {
        if g.id == 0 {
            g.id = self.vergib_id();
        }
        let id = g.id;
        self.gebiete.ersetze_oder_fuege_an(g);
        id
    }

    /// Deletes a Gebiet: its Untergebiete move up to its parent; its Zuordnungen go, process
    /// steps, Bestände and transfers lose the reference.
    pub fn entferne_gebiet(&mut self, id: u32) {
        let eltern = self.gebiet(id).and_then(|g| g.eltern);
        for g in &mut self.gebiete {
            if g.eltern == Some(id) {
                g.eltern = eltern;
            }
        }
        self.gebiete.entferne_id(id);
        self.zuordnungen.retain(|z| z.gebiet != id);
        for p in &mut self.prozesse {
            p.gebiete.retain(|&g| g != id);
        }
        for b in &mut self.bestaende {
            if b.gebiet == Some(id) {
                b.gebiet = None;
            }
        }
        for t in &mut self.transfers {
            if t.gebiet == Some(id) {
                t.gebiet = None;
            }
        }
    }

    /// Problems of a Träger as the form would save it.
    pub fn pruefe_traeger(&self, t: &Traeger) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.pflicht(
            "bezeichnung",
            &t.bezeichnung,
            "Geben Sie eine Bezeichnung ein.",
        );
        fehler.wenn(t.name_geschuetzt() && t.rolle.trim().is_empty(), "rolle",
                "Ohne Einwilligung erscheint die Person in Exporten und Drucken nur mit ihrer Rolle/Stelle: Geben Sie sie ein.");
        fehler.hoechstens("bezeichnung", "Bezeichnung", &t.bezeichnung, MAX_KURZTEXT);
        fehler.hoechstens("rolle", "Rolle/Stelle", &t.rolle, MAX_KURZTEXT);
        fehler.hoechstens("oe", "Organisationseinheit", &t.oe, MAX_KURZTEXT);
        fehler
    }

    /// Adds a Träger (id 0) or replaces the stored one; returns its id. Consent only exists
    /// for persons.
    pub fn speichere_traeger(&mut self, mut t: Traeger) -> u32 {
        if t.id == 0 {
            t.id = self.vergib_id();
        }
        if t.typ != Traegertyp::Person {
            t.einwilligung = false;
        }
        let id = t.id;
        self.traeger.ersetze_oder_fuege_an(t);
        id
    }

    /// Deletes a Träger with its Zuordnungen; transfers lose the reference.
    pub fn entferne_traeger(&mut self, id: u32) {
        self.traeger.entferne_id(id);
        self.zuordnungen.retain(|z| z.traeger != id);
        for t in &mut self.transfers {
            if t.geber == Some(id) {
                t.geber = None;
            }
            if t.nehmer == Some(id) {
                t.nehmer = None;
            }
        }
    }

    /// Problems of a Zuordnung: both ends exist, and the pair is not there yet.
    pub fn pruefe_zuordnung(&self, z: &Zuordnung) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.wenn(
            self.gebiet(z.gebiet).is_none(),
            "gebiet",
            "Wählen Sie ein Wissensgebiet.",
        );
        fehler.wenn(
            self.traeger(z.traeger).is_none(),
            "traeger",
            "Wählen Sie einen Wissensträger.",
        );
        fehler.wenn(
            fehler.is_empty()
                && self
                    .zuordnungen
                    .iter()
                    .any(|x| x.id != z.id && x.gebiet == z.gebiet && x.traeger == z.traeger),
            "traeger",
            "Dieser Träger ist dem Gebiet schon zugeordnet.",
        );
        fehler
    }

    /// Adds a Zuordnung (id 0) or replaces the stored one; returns its id.
    pub fn speichere_zuordnung(&mut self, mut z: Zuordnung) -> u32 {
        if z.id == 0 {
            z.id = self.vergib_id();
        }
        let id = z.id;
        self.zuordnungen.ersetze_oder_fuege_an(z);
        id
    }

    /// Problems of a Bestand.
    pub fn pruefe_bestand(&self, b: &Bestand) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.pflicht("titel", &b.titel, "Geben Sie eine Bezeichnung ein.");
        fehler.hoechstens("titel", "Bezeichnung", &b.titel, MAX_KURZTEXT);
        fehler.hoechstens("ablageort", "Ablageort", &b.ablageort, MAX_LANGTEXT);
        fehler
    }

    /// Adds a Bestand (id 0) or replaces it; returns its id.
    pub fn speichere_bestand(&mut self, mut b: Bestand) -> u32 {
        if b.id == 0 {
            b.id = self.vergib_id();
        }
        let id = b.id;
        self.bestaende.ersetze_oder_fuege_an(b);
        id
    }

    /// Problems of a process step.
    pub fn pruefe_prozess(&self, p: &Prozessschritt) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.pflicht("titel", &p.titel, "Geben Sie den Prozessschritt ein.");
        fehler.wenn(
            p.gebiete.is_empty(),
            "gebiete",
            "Wählen Sie mindestens ein benötigtes Wissensgebiet.",
        );
        fehler.hoechstens("titel", "Prozessschritt", &p.titel, MAX_KURZTEXT);
        fehler
    }

    /// Adds a process step (id 0) or replaces it; returns its id.
    pub fn speichere_prozess(&mut self, mut p: Prozessschritt) -> u32 {
        if p.id == 0 {
            p.id = self.vergib_id();
        }
        let id = p.id;
        self.prozesse.ersetze_oder_fuege_an(p);
        id
    }

    /// Problems of a transfer measure: a Gebiet or a giver, and giver ≠ receiver.
    pub fn pruefe_transfer(&self, t: &Transfer) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.wenn(
            t.gebiet.is_none(),
            "gebiet",
            "Wählen Sie das Wissensgebiet.",
        );
        fehler.wenn(
            t.geber.is_some() && t.geber == t.nehmer,
            "nehmer",
            "Gebende und nehmende Seite müssen verschieden sein.",
        );
        fehler.hoechstens("notiz", "Notiz", &t.notiz, MAX_LANGTEXT);
        fehler
    }

    /// Adds a transfer measure (id 0) or replaces it; returns its id.
    pub fn speichere_transfer(&mut self, mut t: Transfer) -> u32 {
        if t.id == 0 {
            t.id = self.vergib_id();
        }
        let id = t.id;
        self.transfers.ersetze_oder_fuege_an(t);
        id
    }
}

crate::shared::datensatz::mit_id!(
    Gebiet,
    Traeger,
    Zuordnung,
    Bestand,
    Prozessschritt,
    Transfer
);

#[cfg(test)]
mod tests {
    use super::*;

    fn gebiet(k: &mut Wissenslandkarte, titel: &str, eltern: Option<u32>) -> u32 {
        k.speichere_gebiet(Gebiet {
            titel: titel.into(),
            eltern,
            ..Gebiet::default()
        })
    }

    #[test]
    fn gebiet_kann_nicht_unter_sich_selbst_liegen() {
        let mut k = Wissenslandkarte::default();
        let a = gebiet(&mut k, "A", None);
        let b = gebiet(&mut k, "B", Some(a));
        let c = gebiet(&mut k, "C", Some(b));
        let mut neu_a = k.gebiet(a).unwrap().clone();
        neu_a.eltern = Some(c);
        let felder: Vec<String> = k
            .pruefe_gebiet(&neu_a)
            .into_iter()
            .map(|f| f.feld)
            .collect();
        assert_eq!(felder, ["eltern"]);
        neu_a.eltern = None;
        assert!(k.pruefe_gebiet(&neu_a).is_empty());
        let doppelt = Gebiet {
            titel: "C".into(),
            eltern: Some(b),
            ..Gebiet::default()
        };
        assert_eq!(
            k.pruefe_gebiet(&doppelt).len(),
            1,
            "Geschwister mit gleichem Namen"
        );
        let anderswo = Gebiet {
            titel: "C".into(),
            eltern: Some(a),
            ..Gebiet::default()
        };
        assert!(k.pruefe_gebiet(&anderswo).is_empty());
    }

    #[test]
    fn geloeschtes_gebiet_reicht_untergebiete_nach_oben_und_nimmt_zuordnungen_mit() {
        let mut k = Wissenslandkarte::default();
        let a = gebiet(&mut k, "A", None);
        let b = gebiet(&mut k, "B", Some(a));
        let c = gebiet(&mut k, "C", Some(b));
        let t = k.speichere_traeger(Traeger {
            bezeichnung: "X".into(),
            rolle: "R".into(),
            ..Traeger::default()
        });
        k.speichere_zuordnung(Zuordnung {
            gebiet: b,
            traeger: t,
            ..Zuordnung::default()
        });
        k.speichere_prozess(Prozessschritt {
            id: 0,
            titel: "P".into(),
            gebiete: vec![b, c],
        });
        k.entferne_gebiet(b);
        assert_eq!(k.gebiet(c).unwrap().eltern, Some(a));
        assert!(k.zuordnungen.is_empty());
        assert_eq!(k.prozesse[0].gebiete, [c]);
        k.entferne_traeger(t);
        assert!(k.traeger.is_empty());
    }

    #[test]
    fn person_ohne_einwilligung_erscheint_nur_mit_rolle() {
        let k = Wissenslandkarte::default();
        let mut p = Traeger {
            id: 4,
            bezeichnung: "Erika Muster".into(),
            rolle: "Sachbearbeitung Wohngeld".into(),
            ..Traeger::default()
        };
        assert_eq!(p.anzeigename(false), "Sachbearbeitung Wohngeld (T4)");
        assert_eq!(p.anzeigename(true), "Erika Muster");
        p.einwilligung = true;
        assert_eq!(p.anzeigename(false), "Erika Muster");
        let doku = Traeger {
            typ: Traegertyp::Dokument,
            bezeichnung: "Handbuch".into(),
            ..Traeger::default()
        };
        assert_eq!(doku.anzeigename(false), "Handbuch");
        p.einwilligung = false;
        p.rolle.clear();
        assert_eq!(
            k.pruefe_traeger(&p)
                .into_iter()
                .map(|f| f.feld)
                .collect::<Vec<_>>(),
            ["rolle"],
            "ohne Einwilligung ist die Rolle Pflicht"
        );
    }

    #[test]
    fn zuordnung_nur_einmal_je_paar() {
        let mut k = Wissenslandkarte::default();
        let g = gebiet(&mut k, "A", None);
        let t = k.speichere_traeger(Traeger {
            bezeichnung: "X".into(),
            einwilligung: true,
            ..Traeger::default()
        });
        let z = Zuordnung {
            gebiet: g,
            traeger: t,
            ..Zuordnung::default()
        };
        assert!(k.pruefe_zuordnung(&z).is_empty());
        let id = k.speichere_zuordnung(z.clone());
        assert_eq!(k.pruefe_zuordnung(&z).len(), 1);
        let gleich = Zuordnung { id, ..z };
        assert!(
            k.pruefe_zuordnung(&gleich).is_empty(),
            "sich selbst ändern geht"
        );
        assert_eq!(k.pruefe_zuordnung(&Zuordnung::default()).len(), 2);
    }

    #[test]
    fn einwilligung_gibt_es_nur_fuer_personen() {
        let mut k = Wissenslandkarte::default();
        let id = k.speichere_traeger(Traeger {
            typ: Traegertyp::Team,
            bezeichnung: "Referat Z 1".into(),
            einwilligung: true,
            ..Traeger::default()
        });
        assert!(!k.traeger(id).unwrap().einwilligung);
    }
}
