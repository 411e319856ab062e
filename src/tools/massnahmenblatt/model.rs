//! The data of the KP-Maßnahmenblatt (fachkonzept §2.5): funded measures with their
//! Meilensteine and tranches, the Finanzbedarf per Haushaltsjahr and Kostenart, and the editable
//! catalogue of Finanzierungswege.
//!
//! Plain data with plain methods, no signals. Records refer to each other by a permanent numeric
//! `id` that is never reused; links into other tools (Zielstufenplaner Leistungen,
//! Multiprojektplan projects, Budgetmonitor Haushaltsstellen) are by those tools' permanent ids.
//!
//! **What is sourced and what is ours.** Fachkonzept §2.5 found no public source for "KP Weg 3"
//! or a UPO "Maßnahmenblatt". Sourced are only: tranches released by milestone fulfilment
//! (fachkonzept [Q:S9]), "Zweck, Ziel und Ergebnisse" of a Projektsteckbrief and that project
//! budgets exclude Regelbetrieb ([Q:S57]). The field list is the fachkonzept's proposed generic
//! model [I]; the Finanzierungswege are therefore a catalogue of data, shipped marked
//! "bitte prüfen" ([`standardwege`]) and never given any meaning in code.

use serde::{Deserialize, Serialize};

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datensatz::Datensaetze;
use crate::shared::datum::Datum;
use crate::shared::format::{dezimal, dezimal_lesen, euro, euro_lesen};
use crate::shared::ist_standard;
use crate::shared::sortieren::Sortieren;
pub use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::shared::text::{datum_lesen, zahl_lesen};
use crate::shared::vokabular::vokabular;
pub use crate::tools::multiprojektplan::model::Umsetzungsweg;

/// Longest single-line text.
pub const MAX_KURZTEXT: usize = 200;
/// Longest multi-line text.
pub const MAX_LANGTEXT: usize = 5000;
/// The first record id handed out.
pub const ERSTE_ID: u32 = 1;
/// Haushaltsjahre accepted in the Finanzbedarf.
pub const JAHRE: std::ops::RangeInclusive<i32> = 2000..=2100;

/// State of a measure (fachkonzept §2.5, proposed model [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being written.
    #[default]
    Entwurf,
    /// Sent to the reviewing Ressort.
    Eingereicht,
    /// Reviewed, decision pending.
    Geprueft,
    /// Approved with an amount.
    Bewilligt,
    /// Refused (with a Begründung).
    Abgelehnt,
    /// Being implemented.
    InUmsetzung,
    /// Done.
    Abgeschlossen,
}

vokabular!(Status {
    Entwurf => "Entwurf", "Das Maßnahmenblatt wird geschrieben.";
    Eingereicht => "eingereicht", "Das Maßnahmenblatt ist zur Prüfung eingereicht.";
    Geprueft => "geprüft", "Die Prüfung ist abgeschlossen, die Entscheidung steht aus.";
    Bewilligt => "bewilligt", "Ein Betrag ist bewilligt (Datum und Betrag erfasst).";
    Abgelehnt => "abgelehnt", "Die Maßnahme wurde abgelehnt; die Begründung ist erfasst.";
    InUmsetzung => "in Umsetzung", "Die bewilligte Maßnahme wird umgesetzt; Tranchen werden nach Meilensteinen abgerufen.";
    Abgeschlossen => "abgeschlossen", "Die Maßnahme ist abgeschlossen.";
});

impl Status {
    /// Whether the state presupposes an approval (amount and date).
    pub fn ist_bewilligt(self) -> bool {
        matches!(
            self,
            Status::Bewilligt | Status::InUmsetzung | Status::Abgeschlossen
        )
    }
}

/// Kind of cost in the Finanzbedarf (fachkonzept §2.5 [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Kostenart {
    /// Contracted services.
    #[default]
    ExterneDienstleistung,
    /// Licences.
    Lizenzen,
    /// Hardware.
    Hardware,
    /// Own staff.
    Personal,
    /// Operation (Betrieb).
    Betrieb,
}

vokabular!(Kostenart {
    ExterneDienstleistung => "externe Dienstleistung", "Aufträge an Dienstleister (Entwicklung, Beratung, Prüfung).";
    Lizenzen => "Lizenzen", "Software-Lizenzen und Nutzungsrechte.";
    Hardware => "Hardware", "Geräte und Infrastruktur.";
    Personal => "Personal", "Eigenes oder befristetes Personal der Maßnahme.";
    Betrieb => "Betrieb", "Laufender Betrieb; Projektbudgets wie das Digitalisierungsbudget schließen den Regelbetrieb oft aus.";
});

/// EfA / Nachnutzung of the measure (fachkonzept §2.5 [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Efa {
    /// Develops an "Einer für Alle" service.
    #[default]
    EfaEntwicklung,
    /// Re-uses an existing service.
    Nachnutzung,
    /// Neither.
    Keine,
}

vokabular!(Efa {
    EfaEntwicklung => "EfA-Entwicklung", "Die Maßnahme entwickelt eine „Einer für Alle“-Lösung für andere.";
    Nachnutzung => "Nachnutzung", "Die Maßnahme nutzt eine vorhandene Lösung nach.";
    Keine => "keine", "Weder EfA-Entwicklung noch Nachnutzung.";
});

/// State of a milestone and its tranche (tranches are released by milestone fulfilment,
/// fachkonzept [Q:S9]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Meilensteinstatus {
    /// Not reached yet.
    #[default]
    Offen,
    /// Deliverable accepted; the tranche may be called.
    Erfuellt,
    /// Tranche called (counts as "abgerufen").
    Abgerufen,
}

vokabular!(Meilensteinstatus {
    Offen => "offen", "Der Meilenstein ist noch nicht erreicht.";
    Erfuellt => "erfüllt", "Der Liefergegenstand ist abgenommen; die Tranche kann abgerufen werden.";
    Abgerufen => "Tranche abgerufen", "Die Tranche ist abgerufen und zählt zu „abgerufen“.";
});

/// One entry of the catalogue of Finanzierungswege.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Finanzierungsweg {
    /// Permanent id within the catalogue.
    pub id: u32,
    /// Name, e.g. "KP Weg 3".
    pub name: String,
    /// What the route means in this organisation.
    #[serde(skip_serializing_if = "ist_standard")]
    pub beschreibung: String,
    /// A shipped name nobody has confirmed yet: shown "bitte prüfen".
    #[serde(skip_serializing_if = "ist_standard")]
    pub bitte_pruefen: bool,
}

/// The shipped catalogue: names only, all "bitte prüfen" (fachkonzept §2.5: "KP Weg 3" is not
/// publicly documented, so no meaning is attached).
pub fn standardwege() -> Vec<Finanzierungsweg> {
    ["KP Weg 1", "KP Weg 2", "KP Weg 3", "Stammhaushalt"]
        .into_iter()
        .zip(1..)
        .map(|(name, id)| Finanzierungsweg {
            id,
            name: name.to_owned(),
            beschreibung: String::new(),
            bitte_pruefen: true,
        })
        .collect()
}

/// A funded measure: the content of one Maßnahmenblatt.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Massnahme {
    /// Permanent id.
    pub id: u32,
    /// Maßnahmen-ID as the organisation writes it, e.g. "M-2026-03".
    pub kennung: String,
    /// Title.
    pub titel: String,
    /// Ressort.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ressort: String,
    /// Behörde.
    #[serde(skip_serializing_if = "ist_standard")]
    pub behoerde: String,
    /// Ansprechperson.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ansprechperson: String,
    /// Finanzierungsweg (id in the catalogue).
    #[serde(skip_serializing_if = "ist_standard")]
    pub weg: Option<u32>,
    /// Linked Zielstufenplaner Leistungen (permanent ids).
    #[serde(skip_serializing_if = "ist_standard")]
    pub leistungen: Vec<u32>,
    /// Further OZG-/LeiKa-IDs of services not in the Zielstufenplaner.
    #[serde(skip_serializing_if = "ist_standard")]
    pub weitere_ids: Vec<String>,
    /// Ausgangslage / Problem.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ausgangslage: String,
    /// Ziel und erwartetes Ergebnis ("Zweck, Ziel und Ergebnisse", [Q:S57]).
    #[serde(skip_serializing_if = "ist_standard")]
    pub ziel: String,
    /// Ziel-Reifegrad (0–4 of the OZG Reifegradmodell).
    #[serde(skip_serializing_if = "ist_standard")]
    pub ziel_reifegrad: Option<u8>,
    /// Beginn der Umsetzung.
    #[serde(skip_serializing_if = "ist_standard")]
    pub beginn: Option<Datum>,
    /// Zieltermin.
    #[serde(skip_serializing_if = "ist_standard")]
    pub zieltermin: Option<Datum>,
    /// Umsetzungsweg (as the Multiprojektplan's).
    #[serde(skip_serializing_if = "ist_standard")]
    pub umsetzungsweg: Option<Umsetzungsweg>,
    /// EfA / Nachnutzung.
    #[serde(skip_serializing_if = "ist_standard")]
    pub efa: Option<Efa>,
    /// Risiken und Abhängigkeiten.
    #[serde(skip_serializing_if = "ist_standard")]
    pub risiken: String,
    /// Personalbedarf in hundredths of a VZÄ.
    #[serde(skip_serializing_if = "ist_standard")]
    pub vzae_hundertstel: Option<i64>,
    /// Kapazitätsbedarf in Personentagen.
    #[serde(skip_serializing_if = "ist_standard")]
    pub personentage: Option<u32>,
    /// State.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Status,
    /// Submitted on.
    #[serde(skip_serializing_if = "ist_standard")]
    pub eingereicht_am: Option<Datum>,
    /// Approved (or refused) on.
    #[serde(skip_serializing_if = "ist_standard")]
    pub entschieden_am: Option<Datum>,
    /// Amount approved, cents.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bewilligt_cent: Option<i64>,
    /// Begründung of a refusal or a condition of the approval.
    #[serde(skip_serializing_if = "ist_standard")]
    pub begruendung: String,
    /// Linked Multiprojektplan project.
    #[serde(skip_serializing_if = "ist_standard")]
    pub projekt: Option<u32>,
    /// Linked Budgetmonitor Haushaltsstelle.
    #[serde(skip_serializing_if = "ist_standard")]
    pub haushaltsstelle: Option<u32>,
    /// Ist entered by hand (used while no Haushaltsstelle is linked), cents.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ist_manuell_cent: Option<i64>,
}

/// A milestone with its tranche.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meilenstein {
    /// Permanent id.
    pub id: u32,
    /// The measure.
    pub massnahme: u32,
    /// Bezeichnung.
    pub bezeichnung: String,
    /// Termin.
    pub termin: Option<Datum>,
    /// Liefergegenstand.
    #[serde(skip_serializing_if = "ist_standard")]
    pub liefergegenstand: String,
    /// Tranche released on fulfilment, cents.
    #[serde(skip_serializing_if = "ist_standard")]
    pub tranche_cent: i64,
    /// State.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Meilensteinstatus,
}

/// One cell of the Finanzbedarf: a measure's need in one Haushaltsjahr for one Kostenart.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bedarf {
    /// The measure.
    pub massnahme: u32,
    /// Haushaltsjahr.
    pub jahr: i32,
    /// Kostenart.
    pub kostenart: Kostenart,
    /// Amount, cents.
    pub betrag_cent: i64,
}

/// The tool's stored data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Massnahmenblatt {
    /// The catalogue of Finanzierungswege (editable).
    pub wege: Vec<Finanzierungsweg>,
    /// Measures.
    #[serde(skip_serializing_if = "ist_standard")]
    pub massnahmen: Vec<Massnahme>,
    /// Milestones of all measures.
    #[serde(skip_serializing_if = "ist_standard")]
    pub meilensteine: Vec<Meilenstein>,
    /// Finanzbedarf of all measures, one entry per measure × year × Kostenart.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bedarf: Vec<Bedarf>,
    /// Next free record id (ids are never reused).
    #[serde(skip_serializing_if = "ist_standard")]
    pub naechste_id: u32,
}

impl Default for Massnahmenblatt {
    /// Nothing entered: the shipped catalogue of Finanzierungswege and no measure.
    fn default() -> Self {
        Massnahmenblatt {
            wege: standardwege(),
            massnahmen: Vec::new(),
            meilensteine: Vec::new(),
            bedarf: Vec::new(),
            naechste_id: 0,
        }
    }
}

impl Werkzeugteil for Massnahmenblatt {}

impl Massnahmenblatt {
    /// Hands out a new record id.
    pub fn vergib_id(&mut self) -> u32 {
        crate::shared::datensatz::vergib_id(&mut self.naechste_id, ERSTE_ID)
    }

    /// The measure with `id`.
    pub fn massnahme(&self, id: u32) -> Option<&Massnahme> {
        self.massnahmen.mit_id(id)
    }

    /// The Finanzierungsweg with `id`.
    pub fn weg(&self, id: u32) -> Option<&Finanzierungsweg> {
        self.wege.mit_id(id)
    }

    /// Name of a measure's Finanzierungsweg: "–" without, "(gelöscht)" for a removed entry.
    pub fn wegname(&self, weg: Option<u32>) -> String {
        match weg {
            None => "–".to_owned(),
            Some(id) => self.weg(id).map_or_else(
                || crate::shared::text::geloescht("Finanzierungsweg", &id.to_string()),
                |w| w.name.clone(),
            ),
        }
    }

    /// The milestones of measure `id`, by Termin.
    pub fn meilensteine_von(&self, id: u32) -> Vec<&Meilenstein> {
        let mut liste: Vec<&Meilenstein> = self
            .meilensteine
            .iter()
            .filter(|m| m.massnahme == id)
            .collect();
        liste.sortiere_nach_schluessel(|m| (m.termin, m.id));
        liste
    }

    /// The Finanzbedarf of measure `id`, by year and Kostenart.
    pub fn bedarf_von(&self, id: u32) -> Vec<&Bedarf> {
        let mut liste: Vec<&Bedarf> = self.bedarf.iter().filter(|b| b.massnahme == id).collect();
        liste.sortiere_nach_schluessel(|b| (b.jahr, b.kostenart));
        liste
    }

    /// Record counts for previews; `None` while there is no measure.
    pub fn kennzahl(&self) -> Option<String> {
        if self.massnahmen.is_empty() {
            return None;
        }
        use crate::shared::text::anzahl;
        Some(format!(
            "{}, {}",
            anzahl(self.massnahmen.len(), "Maßnahme", "Maßnahmen"),
            anzahl(self.meilensteine.len(), "Meilenstein", "Meilensteine")
        ))
    }

    /// Problems of a measure as a form would save it (fachkonzept §2.5 field list; the rules
    /// on dates, approval and Begründung are ours).
    pub fn pruefe_massnahme(&self, m: &Massnahme) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        if m.kennung.trim().is_empty() {
            fehler.push(Feldfehler::neu(
                "kennung",
                "Geben Sie eine Maßnahmen-ID ein.",
            ));
        } else if self
            .massnahmen
            .iter()
            .any(|x| x.id != m.id && x.kennung.trim() == m.kennung.trim())
        {
            fehler.push(Feldfehler::neu(
                "kennung",
                format!(
                    "Die Maßnahmen-ID „{}“ ist schon vergeben.",
                    m.kennung.trim()
                ),
            ));
        }
        fehler.hoechstens("kennung", "Maßnahmen-ID", &m.kennung, MAX_KURZTEXT);
        fehler.pflicht("titel", &m.titel, "Geben Sie einen Titel ein.");
        for (feld, name, text) in [
            ("titel", "Titel", &m.titel),
            ("ressort", "Ressort", &m.ressort),
            ("behoerde", "Behörde", &m.behoerde),
            ("ansprechperson", "Ansprechperson", &m.ansprechperson),
        ] {
            fehler.hoechstens(feld, name, text, MAX_KURZTEXT);
        }
        for (feld, name, text) in [
            ("ausgangslage", "Ausgangslage", &m.ausgangslage),
            ("ziel", "Ziel und erwartetes Ergebnis", &m.ziel),
            ("risiken", "Risiken und Abhängigkeiten", &m.risiken),
            ("begruendung", "Begründung", &m.begruendung),
        ] {
            fehler.hoechstens(feld, name, text, MAX_LANGTEXT);
        }
        if let (Some(b), Some(z)) = (m.beginn, m.zieltermin) {
            fehler.wenn(
                z < b,
                "zieltermin",
                format!(
                    "Der Zieltermin ({}) liegt vor dem Beginn ({}).",
                    z.deutsch(),
                    b.deutsch()
                ),
            );
        }
        if let (Some(e), Some(d)) = (m.eingereicht_am, m.entschieden_am) {
            fehler.wenn(
                d < e,
                "entschieden_am",
                "Die Entscheidung kann nicht vor der Einreichung liegen.",
            );
        }
        fehler.wenn(
            m.status == Status::Abgelehnt && m.begruendung.trim().is_empty(),
            "begruendung",
            "Begründen Sie die Ablehnung.",
        );
        if m.status.ist_bewilligt() {
            fehler.wenn(
                m.bewilligt_cent.is_none(),
                "bewilligt",
                format!(
                    "Bei Status „{}“ geben Sie den bewilligten Betrag ein.",
                    m.status.name()
                ),
            );
            fehler.wenn(
                m.entschieden_am.is_none(),
                "entschieden_am",
                format!(
                    "Bei Status „{}“ geben Sie das Datum der Bewilligung ein.",
                    m.status.name()
                ),
            );
        }
        fehler.wenn(
            m.bewilligt_cent.is_some_and(|b| b < 0),
            "bewilligt",
            "Der bewilligte Betrag kann nicht negativ sein.",
        );
        if let Some(b) = m.bewilligt_cent.filter(|b| *b >= 0) {
            let summe = self.tranchensumme(m.id, None);
            fehler.wenn(
                summe > b,
                "bewilligt",
                format!(
                    "Die Tranchen der Meilensteine ({}) übersteigen den bewilligten Betrag um {}.",
                    euro(summe),
                    euro(summe - b)
                ),
            );
        }
        fehler.wenn(
            m.weg.is_some_and(|w| self.weg(w).is_none()),
            "weg",
            "Diesen Finanzierungsweg gibt es nicht mehr; wählen Sie einen anderen.",
        );
        fehler.wenn(
            m.vzae_hundertstel.is_some_and(|v| v < 0),
            "vzae",
            "VZÄ können nicht negativ sein.",
        );
        fehler
    }

    /// Sum of the tranches of measure `id`, with milestone `ersetzt` replaced by `Some((id,
    /// tranche))` (to check a milestone before it is saved).
    pub fn tranchensumme(&self, id: u32, ersetzt: Option<(u32, i64)>) -> i64 {
        let mut summe: i64 = self
            .meilensteine
            .iter()
            .filter(|m| m.massnahme == id && ersetzt.is_none_or(|(e, _)| e != m.id))
            .map(|m| m.tranche_cent)
            .sum();
        if let Some((_, t)) = ersetzt {
            summe += t;
        }
        summe
    }

    /// Adds a measure (id 0) or replaces the stored one; returns its id.
    pub fn speichere_massnahme(&mut self, mut m: Massnahme) -> u32 {
        if m.id == 0 {
            m.id = self.vergib_id();
        }
        let id = m.id;
        match self.massnahmen.mit_id_mut(id) {
            Some(alt) => *alt = m,
            None => self.massnahmen.push(m),
        }
        id
    }

    /// Deletes a measure with its milestones and Finanzbedarf.
    pub fn entferne_massnahme(&mut self, id: u32) {
        self.massnahmen.entferne_id(id);
        self.meilensteine.retain(|m| m.massnahme != id);
        self.bedarf.retain(|b| b.massnahme != id);
    }

    /// Problems of a milestone as the form would save it: Bezeichnung and Termin required, a
    /// tranche not negative, and the tranches of the measure not above its approved amount.
    pub fn pruefe_meilenstein(&self, ms: &Meilenstein) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.pflicht(
            "bezeichnung",
            &ms.bezeichnung,
            "Geben Sie eine Bezeichnung ein.",
        );
        fehler.hoechstens("bezeichnung", "Bezeichnung", &ms.bezeichnung, MAX_KURZTEXT);
        fehler.hoechstens(
            "liefergegenstand",
            "Liefergegenstand",
            &ms.liefergegenstand,
            MAX_LANGTEXT,
        );
        fehler.wenn(
            ms.termin.is_none(),
            "termin",
            "Termin: Bitte ein Datum als TT.MM.JJJJ eingeben.",
        );
        if ms.tranche_cent < 0 {
            fehler.push(Feldfehler::neu(
                "tranche",
                "Eine Tranche kann nicht negativ sein.",
            ));
        } else if let Some(b) = self.massnahme(ms.massnahme).and_then(|m| m.bewilligt_cent) {
            let summe = self.tranchensumme(ms.massnahme, Some((ms.id, ms.tranche_cent)));
            fehler.wenn(summe > b, "tranche",
                    format!(
                        "Mit dieser Tranche übersteigen die Tranchen ({}) den bewilligten Betrag ({}) um {}.",
                        euro(summe),
                        euro(b),
                        euro(summe - b)
                    ));
        }
        fehler
    }

    /// Adds a milestone (id 0) or replaces the stored one; returns its id.
    pub fn speichere_meilenstein(&mut self, mut ms: Meilenstein) -> u32 {
        if ms.id == 0 {
            ms.id = self.vergib_id();
        }
        let id = ms.id;
        match self.meilensteine.mit_id_mut(id) {
            Some(alt) => *alt = ms,
            None => self.meilensteine.push(ms),
        }
        id
    }

    /// Removes a milestone.
    pub fn entferne_meilenstein(&mut self, id: u32) {
        self.meilensteine.entferne_id(id);
    }

    /// Sets the Finanzbedarf of measure `massnahme` in `jahr` for `kostenart` (0 removes it).
    pub fn setze_bedarf(
        &mut self,
        massnahme: u32,
        jahr: i32,
        kostenart: Kostenart,
        betrag_cent: i64,
    ) {
        self.bedarf
            .retain(|b| !(b.massnahme == massnahme && b.jahr == jahr && b.kostenart == kostenart));
        if betrag_cent != 0 {
            self.bedarf.push(Bedarf {
                massnahme,
                jahr,
                kostenart,
                betrag_cent,
            });
            self.bedarf
                .sortiere_nach_schluessel(|b| (b.massnahme, b.jahr, b.kostenart));
        }
    }

    /// Removes a measure's whole Haushaltsjahr from the Finanzbedarf.
    pub fn entferne_jahr(&mut self, massnahme: u32, jahr: i32) {
        self.bedarf
            .retain(|b| !(b.massnahme == massnahme && b.jahr == jahr));
    }

    /// Problems of a catalogue entry: a name, not twice.
    pub fn pruefe_weg(&self, w: &Finanzierungsweg) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        if w.name.trim().is_empty() {
            fehler.push(Feldfehler::neu("name", "Geben Sie einen Namen ein."));
        } else if self
            .wege
            .iter()
            .any(|x| x.id != w.id && x.name.trim() == w.name.trim())
        {
            fehler.push(Feldfehler::neu(
                "name",
                format!("Den Finanzierungsweg „{}“ gibt es schon.", w.name.trim()),
            ));
        }
        fehler.hoechstens("name", "Name", &w.name, MAX_KURZTEXT);
        fehler.hoechstens(
            "beschreibung",
            "Beschreibung",
            &w.beschreibung,
            MAX_LANGTEXT,
        );
        fehler
    }

    /// Adds an entry (id 0) or replaces one; saving confirms it (clears "bitte prüfen").
    pub fn speichere_weg(&mut self, mut w: Finanzierungsweg) -> u32 {
        w.bitte_pruefen = false;
        if w.id == 0 {
            w.id = self.wege.iter().map(|x| x.id).max().unwrap_or(0) + 1;
        }
        let id = w.id;
        match self.wege.mit_id_mut(id) {
            Some(alt) => *alt = w,
            None => self.wege.push(w),
        }
        id
    }

    /// Whether an entry may be removed: only while no measure uses it.
    pub fn weg_loeschbar(&self, id: u32) -> bool {
        !self.massnahmen.iter().any(|m| m.weg == Some(id))
    }

    /// Removes an unused entry; `false` if a measure uses it.
    pub fn entferne_weg(&mut self, id: u32) -> bool {
        if !self.weg_loeschbar(id) {
            return false;
        }
        self.wege.entferne_id(id);
        true
    }
}

/// What a measure's forms hold: every field as typed. Each section of the record page edits
/// some of them; saving reads all ([`Eingabe::lesen`]), so a section never loses another's data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Eingabe {
    /// Maßnahmen-ID.
    pub kennung: String,
    /// Titel.
    pub titel: String,
    /// Ressort.
    pub ressort: String,
    /// Behörde.
    pub behoerde: String,
    /// Ansprechperson.
    pub ansprechperson: String,
    /// Finanzierungsweg id as text ("" none).
    pub weg: String,
    /// Ausgangslage.
    pub ausgangslage: String,
    /// Ziel.
    pub ziel: String,
    /// Ziel-Reifegrad "0".."4" or "".
    pub ziel_reifegrad: String,
    /// Beginn TT.MM.JJJJ.
    pub beginn: String,
    /// Zieltermin TT.MM.JJJJ.
    pub zieltermin: String,
    /// Umsetzungsweg name or "".
    pub umsetzungsweg: String,
    /// EfA name or "".
    pub efa: String,
    /// Risiken.
    pub risiken: String,
    /// VZÄ "1,5".
    pub vzae: String,
    /// Personentage.
    pub personentage: String,
    /// Status name.
    pub status: String,
    /// Eingereicht am.
    pub eingereicht_am: String,
    /// Entschieden am.
    pub entschieden_am: String,
    /// Bewilligter Betrag "1.234,56".
    pub bewilligt: String,
    /// Begründung.
    pub begruendung: String,
    /// Linked Leistungen.
    pub leistungen: Vec<u32>,
    /// Further OZG-/LeiKa-IDs, comma-separated.
    pub weitere_ids: String,
    /// Project id as text.
    pub projekt: String,
    /// Haushaltsstelle id as text.
    pub haushaltsstelle: String,
    /// Ist by hand "1.234,56".
    pub ist_manuell: String,
}

/// Money as a form shows it: "1.234,56" (no unit), "" for none.
pub fn betrag_text(cent: Option<i64>) -> String {
    cent.map(|c| {
        euro(c)
            .trim_end_matches('€')
            .trim_end_matches(crate::shared::format::NBSP)
            .to_owned()
    })
    .unwrap_or_default()
}

impl Eingabe {
    /// The form's content for a stored measure.
    pub fn aus(m: &Massnahme) -> Eingabe {
        let id = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
        let datum = |d: Option<Datum>| d.map(Datum::deutsch).unwrap_or_default();
        Eingabe {
            kennung: m.kennung.clone(),
            titel: m.titel.clone(),
            ressort: m.ressort.clone(),
            behoerde: m.behoerde.clone(),
            ansprechperson: m.ansprechperson.clone(),
            weg: id(m.weg),
            ausgangslage: m.ausgangslage.clone(),
            ziel: m.ziel.clone(),
            ziel_reifegrad: m.ziel_reifegrad.map(|r| r.to_string()).unwrap_or_default(),
            beginn: datum(m.beginn),
            zieltermin: datum(m.zieltermin),
            umsetzungsweg: m
                .umsetzungsweg
                .map(|u| u.name().to_owned())
                .unwrap_or_default(),
            efa: m.efa.map(|e| e.name().to_owned()).unwrap_or_default(),
            risiken: m.risiken.clone(),
            vzae: m
                .vzae_hundertstel
                .map(|v| dezimal(v, 2))
                .unwrap_or_default(),
            personentage: m.personentage.map(|p| p.to_string()).unwrap_or_default(),
            status: m.status.name().to_owned(),
            eingereicht_am: datum(m.eingereicht_am),
            entschieden_am: datum(m.entschieden_am),
            bewilligt: betrag_text(m.bewilligt_cent),
            begruendung: m.begruendung.clone(),
            leistungen: m.leistungen.clone(),
            weitere_ids: m.weitere_ids.join(", "),
            projekt: id(m.projekt),
            haushaltsstelle: id(m.haushaltsstelle),
            ist_manuell: betrag_text(m.ist_manuell_cent),
        }
    }

    /// The measure as typed, on top of the stored one `alt`, with the problems of reading it
    /// (the checks of [`Massnahmenblatt::pruefe_massnahme`] come on top).
    pub fn lesen(&self, alt: &Massnahme) -> (Massnahme, Vec<Feldfehler>) {
        let mut fehler = Vec::new();
        let betrag = |fehler: &mut Vec<Feldfehler>, feld: &str, name: &str, text: &str| {
            if text.trim().is_empty() {
                return None;
            }
            match euro_lesen(text) {
                Ok(c) => Some(c),
                Err(e) => {
                    fehler.push(Feldfehler::neu(feld, format!("{name}: {e}")));
                    None
                }
            }
        };
        let vzae = if self.vzae.trim().is_empty() {
            None
        } else {
            match dezimal_lesen(&self.vzae, 2, "VZÄ") {
                Ok(v) => Some(v),
                Err(e) => {
                    fehler.push(Feldfehler::neu("vzae", format!("VZÄ: {e}")));
                    None
                }
            }
        };
        let m = Massnahme {
            id: alt.id,
            kennung: self.kennung.trim().to_owned(),
            titel: self.titel.trim().to_owned(),
            ressort: self.ressort.trim().to_owned(),
            behoerde: self.behoerde.trim().to_owned(),
            ansprechperson: self.ansprechperson.trim().to_owned(),
            weg: self.weg.parse().ok(),
            leistungen: self.leistungen.clone(),
            weitere_ids: self
                .weitere_ids
                .split([',', ';', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            ausgangslage: self.ausgangslage.trim().to_owned(),
            ziel: self.ziel.trim().to_owned(),
            ziel_reifegrad: zahl_lesen(
                &mut fehler,
                "ziel_reifegrad",
                "Ziel-Reifegrad: Wählen Sie eine Stufe von 0 bis 4.",
                &self.ziel_reifegrad,
                0..=4,
                false,
            ),
            beginn: datum_lesen(&mut fehler, "beginn", "Beginn", &self.beginn, false),
            zieltermin: datum_lesen(
                &mut fehler,
                "zieltermin",
                "Zieltermin",
                &self.zieltermin,
                false,
            ),
            umsetzungsweg: Umsetzungsweg::aus_name(&self.umsetzungsweg),
            efa: Efa::aus_name(&self.efa),
            risiken: self.risiken.trim().to_owned(),
            vzae_hundertstel: vzae,
            personentage: zahl_lesen(
                &mut fehler,
                "personentage",
                "Personentage: Geben Sie eine ganze Zahl ein.",
                &self.personentage,
                0..=1_000_000,
                false,
            ),
            status: Status::aus_name(&self.status).unwrap_or_default(),
            eingereicht_am: datum_lesen(
                &mut fehler,
                "eingereicht_am",
                "Eingereicht am",
                &self.eingereicht_am,
                false,
            ),
            entschieden_am: datum_lesen(
                &mut fehler,
                "entschieden_am",
                "Entschieden am",
                &self.entschieden_am,
                false,
            ),
            bewilligt_cent: betrag(
                &mut fehler,
                "bewilligt",
                "Bewilligter Betrag",
                &self.bewilligt,
            ),
            begruendung: self.begruendung.trim().to_owned(),
            projekt: self.projekt.parse().ok(),
            haushaltsstelle: self.haushaltsstelle.parse().ok(),
            ist_manuell_cent: betrag(
                &mut fehler,
                "ist_manuell",
                "Ist (von Hand)",
                &self.ist_manuell,
            ),
        };
        (m, fehler)
    }
}

/// A milestone's form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meilensteineingabe {
    /// Id of the edited milestone, 0 for a new one.
    pub id: u32,
    /// Bezeichnung.
    pub bezeichnung: String,
    /// Termin TT.MM.JJJJ.
    pub termin: String,
    /// Liefergegenstand.
    pub liefergegenstand: String,
    /// Tranche "1.234,56".
    pub tranche: String,
    /// Status name.
    pub status: String,
}

impl Meilensteineingabe {
    /// The form's content for a stored milestone.
    pub fn aus(m: &Meilenstein) -> Meilensteineingabe {
        Meilensteineingabe {
            id: m.id,
            bezeichnung: m.bezeichnung.clone(),
            termin: m.termin.map(Datum::deutsch).unwrap_or_default(),
            liefergegenstand: m.liefergegenstand.clone(),
            tranche: betrag_text(Some(m.tranche_cent)),
            status: m.status.name().to_owned(),
        }
    }

    /// The milestone of measure `massnahme` as typed, with the problems of reading it.
    pub fn lesen(&self, massnahme: u32) -> (Meilenstein, Vec<Feldfehler>) {
        let mut fehler = Vec::new();
        let termin = datum_lesen(&mut fehler, "termin", "Termin", &self.termin, true);
        let tranche = if self.tranche.trim().is_empty() {
            0
        } else {
            euro_lesen(&self.tranche).unwrap_or_else(|e| {
                fehler.push(Feldfehler::neu("tranche", format!("Tranche: {e}")));
                0
            })
        };
        let ms = Meilenstein {
            id: self.id,
            massnahme,
            bezeichnung: self.bezeichnung.trim().to_owned(),
            termin,
            liefergegenstand: self.liefergegenstand.trim().to_owned(),
            tranche_cent: tranche,
            status: Meilensteinstatus::aus_name(&self.status).unwrap_or_default(),
        };
        (ms, fehler)
    }
}

/// The Finanzbedarf form as typed: one cell of the grid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bedarfseingabe {
    /// Haushaltsjahr "2027".
    pub jahr: String,
    /// Kostenart name.
    pub kostenart: String,
    /// Betrag "1.234,56"; empty or 0 removes the cell.
    pub betrag: String,
}

impl Bedarfseingabe {
    /// Year, Kostenart and amount in cents, or the problems at the fields.
    pub fn lesen(&self) -> Result<(i32, Kostenart, i64), Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let jahr = zahl_lesen(
            &mut fehler,
            "jahr",
            "Haushaltsjahr: Geben Sie ein Jahr zwischen 2000 und 2100 ein, z. B. 2027.",
            &self.jahr,
            JAHRE,
            true,
        );
        let kostenart = Kostenart::aus_name(&self.kostenart);
        fehler.wenn(
            kostenart.is_none(),
            "kostenart",
            "Wählen Sie eine Kostenart.",
        );
        let betrag = if self.betrag.trim().is_empty() {
            Some(0)
        } else {
            match euro_lesen(&self.betrag) {
                Ok(c) if c < 0 => {
                    fehler.push(Feldfehler::neu(
                        "betrag",
                        "Betrag: Der Finanzbedarf kann nicht negativ sein.",
                    ));
                    None
                }
                Ok(c) => Some(c),
                Err(e) => {
                    fehler.push(Feldfehler::neu("betrag", format!("Betrag: {e}")));
                    None
                }
            }
        };
        match (jahr, kostenart, betrag) {
            (Some(j), Some(k), Some(b)) if fehler.is_empty() => Ok((j, k, b)),
            _ => Err(fehler),
        }
    }
}

crate::shared::datensatz::mit_id!(Finanzierungsweg, Massnahme, Meilenstein, Meilensteineingabe);

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(m: u32, t: u32) -> Datum {
        Datum::neu(2026, m, t).unwrap()
    }

    fn felder(f: Vec<Feldfehler>) -> Vec<String> {
        f.into_iter().map(|f| f.feld).collect()
    }

    fn mit_massnahme() -> (Massnahmenblatt, u32) {
        let mut plan = Massnahmenblatt::default();
        let id = plan.speichere_massnahme(Massnahme {
            kennung: "M-1".into(),
            titel: "Antragsstrecke".into(),
            ..Massnahme::default()
        });
        (plan, id)
    }

    #[test]
    fn katalog_hat_die_vier_wege_zu_pruefen_und_ist_daten() {
        let plan = Massnahmenblatt::default();
        let namen: Vec<&str> = plan.wege.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(namen, ["KP Weg 1", "KP Weg 2", "KP Weg 3", "Stammhaushalt"]);
        assert!(plan.wege.iter().all(|w| w.bitte_pruefen));
        assert!(
            Werkzeugteil::ist_leer(&plan),
            "der Standardkatalog allein wird nicht gespeichert"
        );
        let mut plan = plan;
        let id = plan.speichere_weg(Finanzierungsweg {
            id: 3,
            name: "Digitalisierungsbudget".into(),
            ..Finanzierungsweg::default()
        });
        assert_eq!(id, 3);
        assert!(!plan.weg(3).unwrap().bitte_pruefen, "Speichern bestätigt");
        let neu = plan.speichere_weg(Finanzierungsweg {
            name: "Landesmittel".into(),
            ..Finanzierungsweg::default()
        });
        assert_eq!(neu, 5);
        assert_eq!(
            felder(plan.pruefe_weg(&Finanzierungsweg {
                name: "Landesmittel".into(),
                ..Finanzierungsweg::default()
            })),
            ["name"]
        );
        plan.speichere_massnahme(Massnahme {
            kennung: "M".into(),
            titel: "T".into(),
            weg: Some(5),
            ..Massnahme::default()
        });
        assert!(!plan.entferne_weg(5), "benutzt");
        assert!(plan.entferne_weg(1));
        assert_eq!(
            plan.wegname(Some(1)),
            crate::shared::text::geloescht("Finanzierungsweg", "1")
        );
    }

    #[test]
    fn pruefung_nennt_zieltermin_begruendung_und_bewilligung() {
        let (plan, id) = mit_massnahme();
        let mut m = plan.massnahme(id).unwrap().clone();
        assert!(plan.pruefe_massnahme(&m).is_empty());
        m.beginn = Some(tag(5, 1));
        m.zieltermin = Some(tag(4, 30));
        m.status = Status::Abgelehnt;
        assert_eq!(
            felder(plan.pruefe_massnahme(&m)),
            ["zieltermin", "begruendung"]
        );
        m.zieltermin = Some(tag(5, 1));
        m.begruendung = "Nicht förderfähig".into();
        assert!(
            plan.pruefe_massnahme(&m).is_empty(),
            "gleicher Tag ist erlaubt"
        );
        m.status = Status::Bewilligt;
        assert_eq!(
            felder(plan.pruefe_massnahme(&m)),
            ["bewilligt", "entschieden_am"]
        );
        let mut doppelt = m.clone();
        doppelt.id = 0;
        assert!(felder(plan.pruefe_massnahme(&doppelt)).contains(&"kennung".to_owned()));
        assert_eq!(
            felder(plan.pruefe_massnahme(&Massnahme::default())),
            ["kennung", "titel"]
        );
    }

    #[test]
    fn tranchen_ueber_dem_bewilligten_betrag_werden_abgelehnt() {
        let (mut plan, id) = mit_massnahme();
        let mut m = plan.massnahme(id).unwrap().clone();
        m.bewilligt_cent = Some(10_000_000);
        plan.speichere_massnahme(m.clone());
        let ms = |t: i64| Meilenstein {
            massnahme: id,
            bezeichnung: "Abnahme".into(),
            termin: Some(tag(6, 1)),
            tranche_cent: t,
            ..Meilenstein::default()
        };
        assert!(plan.pruefe_meilenstein(&ms(6_000_000)).is_empty());
        let erster = plan.speichere_meilenstein(ms(6_000_000));
        let f = plan.pruefe_meilenstein(&ms(5_000_000));
        assert_eq!(felder(f.clone()), ["tranche"]);
        assert!(
            f[0].meldung.contains("um 10.000,00\u{a0}€"),
            "{}",
            f[0].meldung
        );
        // Changing the stored one replaces its tranche rather than adding it.
        let mut geaendert = ms(10_000_000);
        geaendert.id = erster;
        assert!(plan.pruefe_meilenstein(&geaendert).is_empty());
        // Lowering the approved amount below the tranches is refused at the measure.
        m.bewilligt_cent = Some(5_000_000);
        assert_eq!(felder(plan.pruefe_massnahme(&m)), ["bewilligt"]);
        assert_eq!(
            felder(plan.pruefe_meilenstein(&Meilenstein {
                massnahme: id,
                tranche_cent: -1,
                ..Meilenstein::default()
            })),
            ["bezeichnung", "termin", "tranche"]
        );
    }

    #[test]
    fn eingabe_liest_betraege_daten_und_ids_und_kommt_unveraendert_zurueck() {
        let (plan, id) = mit_massnahme();
        let alt = plan.massnahme(id).unwrap().clone();
        let e = Eingabe {
            kennung: " M-1 ".into(),
            titel: "Antragsstrecke".into(),
            bewilligt: "1.234.567,89".into(),
            vzae: "1,5".into(),
            personentage: "120".into(),
            ziel_reifegrad: "3".into(),
            beginn: "01.02.2026".into(),
            zieltermin: "31.12.2027".into(),
            status: "bewilligt".into(),
            efa: "Nachnutzung".into(),
            umsetzungsweg: "EfA-Nachnutzung".into(),
            weitere_ids: "10340, 99107004000000;".into(),
            weg: "3".into(),
            ..Eingabe::default()
        };
        let (m, fehler) = e.lesen(&alt);
        assert!(fehler.is_empty(), "{fehler:?}");
        assert_eq!(m.kennung, "M-1");
        assert_eq!(m.bewilligt_cent, Some(123_456_789));
        assert_eq!(m.vzae_hundertstel, Some(150));
        assert_eq!(m.status, Status::Bewilligt);
        assert_eq!(m.efa, Some(Efa::Nachnutzung));
        assert_eq!(m.umsetzungsweg, Some(Umsetzungsweg::EfaNachnutzung));
        assert_eq!(m.weitere_ids, ["10340", "99107004000000"]);
        assert_eq!(m.weg, Some(3));
        let zurueck = Eingabe::aus(&m).lesen(&m);
        assert_eq!(zurueck, (m, Vec::new()));
        let falsch = Eingabe {
            bewilligt: "12,345".into(),
            zieltermin: "32.13.2026".into(),
            vzae: "x".into(),
            ..Eingabe::default()
        };
        let mut f = felder(falsch.lesen(&alt).1);
        f.sort();
        assert_eq!(f, ["bewilligt", "vzae", "zieltermin"]);
    }

    #[test]
    fn finanzbedarf_je_jahr_und_kostenart_wird_gesetzt_und_geloescht() {
        let (mut plan, id) = mit_massnahme();
        plan.setze_bedarf(id, 2027, Kostenart::Betrieb, 500_000);
        plan.setze_bedarf(id, 2026, Kostenart::Lizenzen, 100_000);
        plan.setze_bedarf(id, 2026, Kostenart::Lizenzen, 200_000);
        assert_eq!(plan.bedarf.len(), 2, "ersetzt dieselbe Zelle");
        assert_eq!(plan.bedarf_von(id)[0].betrag_cent, 200_000);
        plan.setze_bedarf(id, 2026, Kostenart::Lizenzen, 0);
        assert_eq!(plan.bedarf.len(), 1);
        plan.speichere_meilenstein(Meilenstein {
            massnahme: id,
            bezeichnung: "x".into(),
            ..Meilenstein::default()
        });
        plan.entferne_massnahme(id);
        assert!(plan.bedarf.is_empty() && plan.meilensteine.is_empty());
    }

    #[test]
    fn bedarfseingabe_prueft_jahr_kostenart_und_betrag() {
        let e = |jahr: &str, art: &str, betrag: &str| {
            Bedarfseingabe {
                jahr: jahr.into(),
                kostenart: art.into(),
                betrag: betrag.into(),
            }
            .lesen()
        };
        assert_eq!(
            e("2027", "Betrieb", "45.000"),
            Ok((2027, Kostenart::Betrieb, 4_500_000))
        );
        assert_eq!(
            e("2027", "Lizenzen", ""),
            Ok((2027, Kostenart::Lizenzen, 0)),
            "leer entfernt"
        );
        let fehler = e("27", "", "-5").unwrap_err();
        assert_eq!(felder(fehler), ["jahr", "kostenart", "betrag"]);
    }
}
