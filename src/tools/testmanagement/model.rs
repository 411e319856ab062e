//! The data of the Testmanagement tool (fachkonzept §2.11): a catalogue of quality criteria,
//! the test case library (ISO 29119 fields, numbered steps each with its expected result,
//! versions), test runs with a result per case and per step, defects with their status
//! workflow, and the acceptance gate (Abnahme).
//!
//! Plain data with plain methods, no signals. Records refer to each other by a permanent
//! numeric `id` that is never reused.
//!
//! **What is sourced and what is ours.** The test case fields follow ISO 29119 as summarised in
//! fachkonzept §2.11 [Q:S55, S55c]; positive/negative [Q:S55b]; the defect classes and what they
//! mean for the acceptance come from German public IT contracts [Q:S56]; the six
//! Referenzimplementierung criteria of the gate from [Q:S27]. The category list, the status
//! workflow of defects, the run results besides pass/fail and the starter library
//! ([`super::vorlagen`]) are our reconstruction [I]: shipped as data, marked "bitte prüfen"
//! and editable.

use crate::shared::datensatz::Datensaetze;
use serde::{Deserialize, Serialize};

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datum::Datum;
use crate::shared::ist_standard;
pub use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::shared::vokabular::vokabular;

/// Longest single-line text.
pub const MAX_KURZTEXT: usize = 200;
/// Longest multi-line text.
pub const MAX_LANGTEXT: usize = 5000;
/// The first record id handed out.
pub const ERSTE_ID: u32 = 1;

/// Category of a test case (fachkonzept §2.11: derived from the Reifegrad criteria, SDG and
/// BITV; the list itself is ours [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Kategorie {
    /// Funktional
    #[default]
    Funktional,
    /// Antragsstrecke
    Antragsstrecke,
    /// Authentifizierung/Nutzerkonto
    Authentifizierung,
    /// Bezahlung (ePayBL)
    Bezahlung,
    /// Nachweise/Upload
    Nachweise,
    /// Übermittlung/Fachverfahren
    Uebermittlung,
    /// Bescheid/Rückkanal
    Bescheid,
    /// Barrierefreiheit
    Barrierefreiheit,
    /// Usability
    Usability,
    /// Datenschutz/Sicherheit
    Datenschutz,
    /// SDG/Mehrsprachigkeit
    Sdg,
    /// Last/Performance
    Last,
}

vokabular!(Kategorie {
    Funktional => "Funktional", "Fachliche Funktion des Onlinedienstes.";
    Antragsstrecke => "Antragsstrecke", "Der Weg durch das Antragsformular bis zum Absenden.";
    Authentifizierung => "Authentifizierung/Nutzerkonto", "Anmeldung mit dem Nutzerkonto (BundID) oder ohne.";
    Bezahlung => "Bezahlung (ePayBL)", "Gebühren online bezahlen über die Bezahlplattform.";
    Nachweise => "Nachweise/Upload", "Nachweise hochladen oder abrufen.";
    Uebermittlung => "Übermittlung/Fachverfahren", "Der Antrag kommt vollständig im Fachverfahren an.";
    Bescheid => "Bescheid/Rückkanal", "Bescheid oder Rückfrage erreicht die Antragstellenden digital.";
    Barrierefreiheit => "Barrierefreiheit", "Prüfung nach BITV 2.0.";
    Usability => "Usability", "Verständlichkeit und Bedienbarkeit.";
    Datenschutz => "Datenschutz/Sicherheit", "Schutz personenbezogener Daten und Informationssicherheit.";
    Sdg => "SDG/Mehrsprachigkeit", "Anforderungen des Single Digital Gateway: ausländische Namen, Adressen, Telefonnummern, Sprache.";
    Last => "Last/Performance", "Antwortzeiten und Verhalten unter Last.";
});

/// What is tested.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Testobjektart {
    /// Onlinedienst
    #[default]
    Onlinedienst,
    /// Leistung (OZG-/LeiKa-ID)
    Leistung,
    /// Schnittstelle
    Schnittstelle,
}

vokabular!(Testobjektart {
    Onlinedienst => "Onlinedienst", "Der Onlinedienst als Ganzes.";
    Leistung => "Leistung", "Eine Verwaltungsleistung, benannt mit OZG-ID und LeiKa-Schlüssel.";
    Schnittstelle => "Schnittstelle", "Eine Schnittstelle, z. B. zum Fachverfahren oder zur Bezahlplattform.";
});

/// Positive or negative test [Q:S55b].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Testart {
    /// positiv
    #[default]
    Positiv,
    /// negativ
    Negativ,
}

vokabular!(Testart {
    Positiv => "positiv", "Prüft, dass gültige Eingaben zum erwarteten Ergebnis führen.";
    Negativ => "negativ", "Prüft, dass ungültige Eingaben verständlich abgewiesen werden.";
});

/// Priority of a test case (field [Q:S55c], values [I]). Cases of priority `hoch` must have
/// passed for the acceptance (see `calc::vorschlag`).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Prioritaet {
    /// hoch
    Hoch,
    /// mittel
    #[default]
    Mittel,
    /// niedrig
    Niedrig,
}

vokabular!(Prioritaet {
    Hoch => "hoch", "Muss vor der Abnahme bestanden sein.";
    Mittel => "mittel", "Soll vor der Abnahme bestanden sein.";
    Niedrig => "niedrig", "Wird ausgeführt, wenn Zeit bleibt.";
});

/// Environment of a run (Integration/Produktion as in [Q:S33]; Test [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Umgebung {
    /// Test
    #[default]
    Test,
    /// Integration
    Integration,
    /// Produktion
    Produktion,
}

vokabular!(Umgebung {
    Test => "Test", "Testumgebung des Dienstleisters.";
    Integration => "Integration", "Integrationsumgebung mit angebundenen Diensten (Nutzerkonto, Bezahlung, Fachverfahren).";
    Produktion => "Produktion", "Produktivumgebung.";
});

/// Result of a case in a run (pass/fail [Q:S55d], blockiert and nicht ausgeführt [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Ergebnis {
    /// nicht ausgeführt
    #[default]
    NichtAusgefuehrt,
    /// bestanden
    Bestanden,
    /// fehlgeschlagen
    Fehlgeschlagen,
    /// blockiert
    Blockiert,
}

vokabular!(Ergebnis {
    NichtAusgefuehrt => "nicht ausgeführt", "Noch nicht oder nicht zu Ende ausgeführt.";
    Bestanden => "bestanden", "Jeder Schritt lieferte das erwartete Ergebnis.";
    Fehlgeschlagen => "fehlgeschlagen", "Mindestens ein Schritt wich vom erwarteten Ergebnis ab.";
    Blockiert => "blockiert", "Konnte nicht ausgeführt werden, z. B. weil eine Vorbedingung fehlte.";
});

impl Ergebnis {
    /// Whether the case was executed (counts in the pass rate).
    pub fn ausgefuehrt(self) -> bool {
        self != Ergebnis::NichtAusgefuehrt
    }
}

/// Outcome of one step while a run is executed.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Schrittstatus {
    /// offen
    #[default]
    Offen,
    /// wie erwartet
    WieErwartet,
    /// abweichend
    Abweichend,
}

vokabular!(Schrittstatus {
    Offen => "offen", "Noch nicht ausgeführt.";
    WieErwartet => "wie erwartet", "Das tatsächliche Ergebnis entspricht dem erwarteten.";
    Abweichend => "abweichend", "Das tatsächliche Ergebnis weicht ab; es ist beschrieben.";
});

/// Class of a defect, with its consequence for the acceptance [Q:S56].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Klasse {
    /// betriebsverhindernd
    Betriebsverhindernd,
    /// betriebsbehindernd
    Betriebsbehindernd,
    /// leicht
    #[default]
    Leicht,
}

vokabular!(Klasse {
    Betriebsverhindernd => "betriebsverhindernd", "Die Nutzung ist unmöglich; die Abnahme wird verweigert.";
    Betriebsbehindernd => "betriebsbehindernd", "Die Nutzung ist stark eingeschränkt; die Abnahme wird in der Regel verweigert.";
    Leicht => "leicht", "Die Nutzung ist kaum beeinträchtigt; Abnahme unter Vorbehalt.";
});

/// Status of a defect (workflow [I], see [`Mangelstatus::folgen`]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Mangelstatus {
    /// neu
    #[default]
    Neu,
    /// in Bearbeitung
    InBearbeitung,
    /// behoben
    Behoben,
    /// nachgetestet
    Nachgetestet,
    /// geschlossen
    Geschlossen,
    /// zurückgestellt
    Zurueckgestellt,
}

vokabular!(Mangelstatus {
    Neu => "neu", "Gemeldet, noch nicht angenommen.";
    InBearbeitung => "in Bearbeitung", "Der Auftragnehmer behebt den Mangel.";
    Behoben => "behoben", "Der Auftragnehmer meldet ihn als behoben; der Nachtest steht aus.";
    Nachgetestet => "nachgetestet", "Der Nachtest ist bestanden.";
    Geschlossen => "geschlossen", "Erledigt.";
    Zurueckgestellt => "zurückgestellt", "Bewusst auf später verschoben; zählt weiter als offen.";
});

impl Mangelstatus {
    /// The states a defect may move to from this one (our workflow [I]): neu → in Bearbeitung
    /// → behoben → nachgetestet → geschlossen; a failed re-test goes back to in Bearbeitung;
    /// neu and in Bearbeitung may be zurückgestellt, and a zurückgestellt one is taken up
    /// again; a closed one can be reopened.
    pub fn folgen(self) -> &'static [Mangelstatus] {
        use Mangelstatus::*;
        match self {
            Neu => &[InBearbeitung, Zurueckgestellt],
            InBearbeitung => &[Behoben, Zurueckgestellt],
            Behoben => &[Nachgetestet, InBearbeitung],
            Nachgetestet => &[Geschlossen, InBearbeitung],
            Geschlossen => &[InBearbeitung],
            Zurueckgestellt => &[InBearbeitung],
        }
    }

    /// Whether the defect still counts as open for the acceptance: everything but
    /// nachgetestet and geschlossen (a zurückgestellt defect is still there) [I].
    pub fn offen(self) -> bool {
        !matches!(self, Mangelstatus::Nachgetestet | Mangelstatus::Geschlossen)
    }

    /// The button text of the move to this state.
    pub fn aktion(self) -> &'static str {
        use Mangelstatus::*;
        match self {
            Neu => "Als neu markieren",
            InBearbeitung => "In Bearbeitung nehmen",
            Behoben => "Als behoben melden",
            Nachgetestet => "Nachtest bestanden",
            Geschlossen => "Schließen",
            Zurueckgestellt => "Zurückstellen",
        }
    }
}

/// Decision of the acceptance [Q:S56].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Entscheidung {
    /// abgenommen
    Abgenommen,
    /// unter Vorbehalt
    UnterVorbehalt,
    /// verweigert
    #[default]
    Verweigert,
}

vokabular!(Entscheidung {
    Abgenommen => "abgenommen", "Alle Kriterien erfüllt, keine offenen Mängel.";
    UnterVorbehalt => "unter Vorbehalt", "Abgenommen mit offenen leichten Mängeln, die noch zu beheben sind.";
    Verweigert => "verweigert", "Ein Kriterium ist nicht erfüllt oder ein betriebsverhindernder oder -behindernder Mangel ist offen.";
});

/// How a gate criterion is decided: by the user, or computed from the data.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Regel {
    /// The user ticks it and names the evidence.
    #[default]
    Manuell,
    /// No open betriebsverhindernd defect [Q:S56 logic].
    KeineBetriebsverhindernden,
    /// At least 80 % of the relevant Geschäftsvorfälle implemented [Q:S27].
    Geschaeftsvorfaelle,
    /// Every test case of priority hoch passed in its latest execution [I].
    PflichtfaelleBestanden,
}

vokabular!(Regel {
    Manuell => "manuell", "Von Ihnen bestätigt, mit Nachweis.";
    KeineBetriebsverhindernden => "berechnet: Mängel", "Erfüllt, solange kein betriebsverhindernder Mangel offen ist.";
    Geschaeftsvorfaelle => "berechnet: Geschäftsvorfälle", "Erfüllt ab 80 % umgesetzter relevanter Geschäftsvorfälle.";
    PflichtfaelleBestanden => "berechnet: Testfälle", "Erfüllt, wenn jeder Testfall der Priorität hoch in seiner letzten Ausführung bestanden hat.";
});

/// A quality criterion test cases trace to (Reifegrad criterion, Servicestandard principle,
/// SDG or BITV requirement, own requirement).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Kriterium {
    /// Permanent id.
    pub id: u32,
    /// Short key, e.g. "SDG-1".
    pub kennung: String,
    /// Title.
    pub titel: String,
    /// Where it comes from.
    #[serde(skip_serializing_if = "ist_standard")]
    pub quelle: String,
    /// From the shipped starter set, not yet confirmed.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bitte_pruefen: bool,
}

/// A numbered step of a test case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Schritt {
    /// What the tester does.
    pub aktion: String,
    /// The expected result.
    #[serde(skip_serializing_if = "ist_standard")]
    pub erwartet: String,
}

/// A test case of the library (fields after ISO 29119 [Q:S55, S55c]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Testfall {
    /// Permanent id.
    pub id: u32,
    /// Testfall-ID as the team writes it, e.g. "TF-007".
    pub kennung: String,
    /// Title.
    pub titel: String,
    /// Version, from 1; raised when a case that was run is changed.
    pub version: u32,
    /// Author.
    #[serde(skip_serializing_if = "ist_standard")]
    pub autor: String,
    /// Kind of test object.
    #[serde(skip_serializing_if = "ist_standard")]
    pub testobjektart: Testobjektart,
    /// Name of the test object.
    #[serde(skip_serializing_if = "ist_standard")]
    pub testobjekt: String,
    /// OZG-ID of the Leistung.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ozg_id: String,
    /// LeiKa-Schlüssel of the Leistung.
    #[serde(skip_serializing_if = "ist_standard")]
    pub leika_id: String,
    /// Category.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kategorie: Kategorie,
    /// Positive or negative.
    #[serde(skip_serializing_if = "ist_standard")]
    pub art: Testart,
    /// Priority.
    #[serde(skip_serializing_if = "ist_standard")]
    pub prioritaet: Prioritaet,
    /// Preconditions.
    #[serde(skip_serializing_if = "ist_standard")]
    pub vorbedingungen: String,
    /// Test data.
    #[serde(skip_serializing_if = "ist_standard")]
    pub testdaten: String,
    /// The numbered steps.
    #[serde(skip_serializing_if = "ist_standard")]
    pub schritte: Vec<Schritt>,
    /// Postconditions.
    #[serde(skip_serializing_if = "ist_standard")]
    pub nachbedingungen: String,
    /// Tags, e.g. "Standard-Antragsstrecke".
    #[serde(skip_serializing_if = "ist_standard")]
    pub tags: Vec<String>,
    /// Ids of the quality criteria it traces to.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kriterien: Vec<u32>,
    /// Copied from the starter library and not adapted yet ("Vorlage – bitte anpassen").
    #[serde(skip_serializing_if = "ist_standard")]
    pub vorlage: bool,
}

impl Testfall {
    /// Whether `text` occurs (case-insensitive) in ID, title, test object or a step.
    pub fn enthaelt(&self, text: &str) -> bool {
        let text = text.trim().to_lowercase();
        if text.is_empty() {
            return true;
        }
        let hat = |s: &str| s.to_lowercase().contains(&text);
        hat(&self.kennung)
            || hat(&self.titel)
            || hat(&self.testobjekt)
            || self
                .schritte
                .iter()
                .any(|s| hat(&s.aktion) || hat(&s.erwartet))
    }

    /// The content that makes a new version when changed: everything but id, version and the
    /// template mark.
    fn inhalt_gleich(&self, anderer: &Testfall) -> bool {
        let norm = |t: &Testfall| Testfall {
            id: 0,
            version: 0,
            vorlage: false,
            ..t.clone()
        };
        norm(self) == norm(anderer)
    }
}

/// The outcome of one step in a run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Schrittergebnis {
    /// Outcome.
    pub status: Schrittstatus,
    /// Actual result (asked for when the step deviates).
    #[serde(skip_serializing_if = "ist_standard")]
    pub ist: String,
}

/// One case in a run: the case as it was when the run was planned (its version), its result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Laufeintrag {
    /// Id of the library case.
    pub testfall: u32,
    /// The case as run (a copy of that version; later versions do not change it).
    pub stand: Testfall,
    /// Result of the case.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ergebnis: Ergebnis,
    /// One outcome per step of `stand`.
    #[serde(skip_serializing_if = "ist_standard")]
    pub schritte: Vec<Schrittergebnis>,
    /// Who executed it.
    #[serde(skip_serializing_if = "ist_standard")]
    pub tester: String,
    /// When.
    #[serde(skip_serializing_if = "ist_standard")]
    pub datum: Option<Datum>,
    /// Defect filed for it or re-tested by it.
    #[serde(skip_serializing_if = "ist_standard")]
    pub mangel: Option<u32>,
    /// Note (why blocked, what was seen).
    #[serde(skip_serializing_if = "ist_standard")]
    pub bemerkung: String,
}

/// A test run: a set of cases against one release in one environment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Testlauf {
    /// Permanent id.
    pub id: u32,
    /// Title, e.g. "Systemtest Release 1.2".
    pub titel: String,
    /// Release or version tested.
    #[serde(skip_serializing_if = "ist_standard")]
    pub release: String,
    /// Environment.
    #[serde(skip_serializing_if = "ist_standard")]
    pub umgebung: Umgebung,
    /// Tester in charge.
    #[serde(skip_serializing_if = "ist_standard")]
    pub tester: String,
    /// Date of the run.
    #[serde(skip_serializing_if = "ist_standard")]
    pub datum: Option<Datum>,
    /// A re-test run made from fixed defects.
    #[serde(skip_serializing_if = "ist_standard")]
    pub nachtest: bool,
    /// The cases.
    #[serde(skip_serializing_if = "ist_standard")]
    pub eintraege: Vec<Laufeintrag>,
}

/// A defect.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mangel {
    /// Permanent id.
    pub id: u32,
    /// Mangel-ID as written, e.g. "M-003".
    pub kennung: String,
    /// Title.
    pub titel: String,
    /// Description (what happens, how to reproduce).
    #[serde(skip_serializing_if = "ist_standard")]
    pub beschreibung: String,
    /// Class.
    pub klasse: Klasse,
    /// Status.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Mangelstatus,
    /// Reported by.
    #[serde(skip_serializing_if = "ist_standard")]
    pub gemeldet_von: String,
    /// Reported on.
    #[serde(skip_serializing_if = "ist_standard")]
    pub gemeldet_am: Option<Datum>,
    /// Due date for the fix.
    #[serde(skip_serializing_if = "ist_standard")]
    pub frist: Option<Datum>,
    /// Contractor who fixes it.
    #[serde(skip_serializing_if = "ist_standard")]
    pub auftragnehmer: String,
    /// The library case that found it.
    #[serde(skip_serializing_if = "ist_standard")]
    pub testfall: Option<u32>,
    /// The run that found it.
    #[serde(skip_serializing_if = "ist_standard")]
    pub lauf: Option<u32>,
}

/// A criterion of the acceptance gate.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Gatekriterium {
    /// Number within the gate (1, 2, …).
    pub id: u32,
    /// Text.
    pub titel: String,
    /// Source.
    #[serde(skip_serializing_if = "ist_standard")]
    pub quelle: String,
    /// How it is decided.
    #[serde(skip_serializing_if = "ist_standard")]
    pub regel: Regel,
    /// Fulfilled (for [`Regel::Manuell`]).
    #[serde(skip_serializing_if = "ist_standard")]
    pub erfuellt: bool,
    /// Evidence.
    #[serde(skip_serializing_if = "ist_standard")]
    pub nachweis: String,
}

/// The acceptance (Abnahme): its criteria, the Geschäftsvorfälle and the decision taken.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Abnahme {
    /// The criteria; empty means the default list ([`gate_vorgabe`]) with nothing ticked.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kriterien: Vec<Gatekriterium>,
    /// Number of relevant Geschäftsvorfälle.
    #[serde(skip_serializing_if = "ist_standard")]
    pub gv_relevant: u32,
    /// Of them implemented.
    #[serde(skip_serializing_if = "ist_standard")]
    pub gv_umgesetzt: u32,
    /// The decision recorded (the tool only proposes one).
    #[serde(skip_serializing_if = "ist_standard")]
    pub entscheidung: Option<Entscheidung>,
    /// Date of the decision.
    #[serde(skip_serializing_if = "ist_standard")]
    pub datum: Option<Datum>,
    /// Reasons and conditions.
    #[serde(skip_serializing_if = "ist_standard")]
    pub begruendung: String,
}

impl Abnahme {
    /// The criteria in force: the stored ones, or the default list while none is stored.
    pub fn kriterien(&self) -> Vec<Gatekriterium> {
        if self.kriterien.is_empty() {
            gate_vorgabe()
        } else {
            self.kriterien.clone()
        }
    }

    /// Stores the default list before the first change of the criteria.
    fn festschreiben(&mut self) {
        if self.kriterien.is_empty() {
            self.kriterien = gate_vorgabe();
        }
    }

    /// Problems of a gate criterion's text as the form would save it.
    pub fn pruefe(&self, titel: &str, quelle: &str) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.pflicht("titel", titel, "Geben Sie das Kriterium ein.");
        fehler.hoechstens("titel", "Kriterium", titel, MAX_KURZTEXT);
        fehler.hoechstens("quelle", "Quelle", quelle, MAX_KURZTEXT);
        fehler
    }

    /// Adds a manual gate criterion (after the default list is stored); returns its number.
    pub fn fuege_hinzu(&mut self, titel: &str, quelle: &str) -> u32 {
        self.festschreiben();
        let id = self.kriterien.iter().map(|k| k.id).max().unwrap_or(0) + 1;
        self.kriterien.push(Gatekriterium {
            id,
            titel: titel.trim().to_owned(),
            quelle: quelle.trim().to_owned(),
            ..Gatekriterium::default()
        });
        id
    }

    /// Renames gate criterion `id` and sets its source; its rule, tick and evidence stay.
    pub fn benenne(&mut self, id: u32, titel: &str, quelle: &str) {
        self.festschreiben();
        if let Some(k) = self.kriterien.mit_id_mut(id) {
            k.titel = titel.trim().to_owned();
            k.quelle = quelle.trim().to_owned();
        }
    }

    /// Removes gate criterion `id`; the last one stays (an empty list would mean the default
    /// list again). Returns whether it was removed.
    pub fn entferne(&mut self, id: u32) -> bool {
        self.festschreiben();
        if self.kriterien.len() <= 1 || !self.kriterien.iter().any(|k| k.id == id) {
            return false;
        }
        self.kriterien.entferne_id(id);
        true
    }

    /// Sets "erfüllt" and the evidence of criterion `id` (storing the default list first).
    pub fn bestaetige(&mut self, id: u32, erfuellt: bool, nachweis: &str) {
        if self.kriterien.is_empty() {
            self.kriterien = gate_vorgabe();
        }
        if let Some(k) = self.kriterien.mit_id_mut(id) {
            k.erfuellt = erfuellt;
            k.nachweis = nachweis.trim().to_owned();
        }
    }
}

impl Gatekriterium {
    /// Whether the criterion is our reconstruction, not sourced (its source says "bitte
    /// prüfen", as the shipped rule on the cases of priority hoch does).
    pub fn bitte_pruefen(&self) -> bool {
        self.quelle.contains("bitte prüfen")
    }
}

/// The default gate: the six done-criteria of a Referenzimplementierung [Q:S27] and "keine
/// offenen betriebsverhindernden Mängel" [Q:S56], plus our rule that the cases of priority
/// hoch passed [I].
pub fn gate_vorgabe() -> Vec<Gatekriterium> {
    const S27: &str = "Kriterien für den Abschluss einer Referenzimplementierung (OZG-Leitfaden)";
    let liste: [(&str, &str, Regel); 8] = [
        (
            "Fachliche Freigabe des zuständigen Bundesministeriums liegt vor",
            S27,
            Regel::Manuell,
        ),
        ("XÖV-Standards sind eingehalten", S27, Regel::Manuell),
        (
            "Rechtliche Nachnutzungsmöglichkeit ist geschaffen",
            S27,
            Regel::Manuell,
        ),
        (
            "Informationssicherheits- und Datenschutzkonzept erstellt und validiert",
            S27,
            Regel::Manuell,
        ),
        ("Minimalprodukt ist im Betrieb", S27, Regel::Manuell),
        (
            "80 % der relevanten Geschäftsvorfälle sind umgesetzt",
            S27,
            Regel::Geschaeftsvorfaelle,
        ),
        (
            "Keine offenen betriebsverhindernden Mängel",
            "Mängelklassen öffentlicher IT-Verträge (EVB-IT)",
            Regel::KeineBetriebsverhindernden,
        ),
        (
            "Alle Testfälle der Priorität hoch bestanden",
            "eigene Regel, bitte prüfen",
            Regel::PflichtfaelleBestanden,
        ),
    ];
    liste
        .into_iter()
        .zip(1..)
        .map(|((titel, quelle, regel), id)| Gatekriterium {
            id,
            titel: titel.to_owned(),
            quelle: quelle.to_owned(),
            regel,
            ..Gatekriterium::default()
        })
        .collect()
}

/// The tool's stored data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Testmanagement {
    /// Quality criteria.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kriterien: Vec<Kriterium>,
    /// The test case library (current versions).
    #[serde(skip_serializing_if = "ist_standard")]
    pub testfaelle: Vec<Testfall>,
    /// Test runs.
    #[serde(skip_serializing_if = "ist_standard")]
    pub laeufe: Vec<Testlauf>,
    /// Defects.
    #[serde(skip_serializing_if = "ist_standard")]
    pub maengel: Vec<Mangel>,
    /// The acceptance.
    #[serde(skip_serializing_if = "ist_standard")]
    pub abnahme: Abnahme,
    /// Next free record id (ids are never reused).
    #[serde(skip_serializing_if = "ist_standard")]
    pub naechste_id: u32,
}

impl Werkzeugteil for Testmanagement {}

/// Reads steps from text, one step a line, action and expected result separated by "=>" (or
/// a tab): `Antrag absenden => Eingangsbestätigung erscheint`. Blank lines are skipped and a
/// leading "1." numbering is dropped.
pub fn schritte_lesen(text: &str) -> Vec<Schritt> {
    text.lines()
        .map(str::trim)
        .filter(|z| !z.is_empty())
        .map(|zeile| {
            let ohne_nummer = match zeile.split_once(". ") {
                Some((n, rest)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => rest,
                _ => zeile,
            };
            let (aktion, erwartet) = ohne_nummer
                .split_once("=>")
                .or_else(|| ohne_nummer.split_once('\t'))
                .unwrap_or((ohne_nummer, ""));
            Schritt {
                aktion: aktion.trim().to_owned(),
                erwartet: erwartet.trim().to_owned(),
            }
        })
        .collect()
}

/// Writes steps as the text [`schritte_lesen`] reads back.
pub fn schritte_text(schritte: &[Schritt]) -> String {
    schritte
        .iter()
        .map(|s| {
            if s.erwartet.is_empty() {
                s.aktion.clone()
            } else {
                format!("{} => {}", s.aktion, s.erwartet)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Tags from comma-separated text, trimmed, without blanks and duplicates.
pub fn tags_lesen(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for t in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|x| x == t) {
            tags.push(t.to_owned());
        }
    }
    tags
}

impl Testmanagement {
    /// Hands out a new record id.
    pub fn vergib_id(&mut self) -> u32 {
        crate::shared::datensatz::vergib_id(&mut self.naechste_id, ERSTE_ID)
    }

    /// The case with `id`.
    pub fn testfall(&self, id: u32) -> Option<&Testfall> {
        self.testfaelle.mit_id(id)
    }

    /// The run with `id`.
    pub fn lauf(&self, id: u32) -> Option<&Testlauf> {
        self.laeufe.mit_id(id)
    }

    /// The defect with `id`.
    pub fn mangel(&self, id: u32) -> Option<&Mangel> {
        self.maengel.mit_id(id)
    }

    /// The criterion with `id`.
    pub fn kriterium(&self, id: u32) -> Option<&Kriterium> {
        self.kriterien.mit_id(id)
    }

    /// Record counts for previews; `None` while nothing is entered.
    pub fn kennzahl(&self) -> Option<String> {
        if self.testfaelle.is_empty() && self.laeufe.is_empty() && self.maengel.is_empty() {
            return None;
        }
        use crate::shared::text::anzahl;
        Some(format!(
            "{}, {}, {}",
            anzahl(self.testfaelle.len(), "Testfall", "Testfälle"),
            anzahl(self.laeufe.len(), "Testlauf", "Testläufe"),
            anzahl(self.maengel.len(), "Mangel", "Mängel")
        ))
    }

    /// Copies the starter library ([`super::vorlagen`]): its criteria and cases whose ID is
    /// not in the workspace yet, links mapped to the new ids, every case marked as a template
    /// to adapt. Returns how many cases were added.
    pub fn uebernimm_startbibliothek(&mut self) -> usize {
        let (kriterien, faelle) = super::vorlagen::startbibliothek();
        let mut zuordnung = std::collections::BTreeMap::new();
        for mut k in kriterien {
            let alt = k.id;
            let id = match self.kriterien.iter().find(|x| x.kennung == k.kennung) {
                Some(x) => x.id,
                None => {
                    k.id = self.vergib_id();
                    let id = k.id;
                    self.kriterien.push(k);
                    id
                }
            };
            zuordnung.insert(alt, id);
        }
        let mut neu = 0;
        for mut t in faelle {
            if self.testfaelle.iter().any(|x| x.kennung == t.kennung) {
                continue;
            }
            t.id = self.vergib_id();
            t.kriterien = t
                .kriterien
                .iter()
                .filter_map(|k| zuordnung.get(k).copied())
                .collect();
            t.vorlage = true;
            self.testfaelle.push(t);
            neu += 1;
        }
        neu
    }

    /// Problems of a case as the form would save it.
    pub fn pruefe_testfall(&self, t: &Testfall) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        if t.kennung.trim().is_empty() {
            fehler.push(Feldfehler::neu(
                "kennung",
                "Geben Sie eine Testfall-ID ein.",
            ));
        } else if self
            .testfaelle
            .iter()
            .any(|x| x.id != t.id && x.kennung.trim() == t.kennung.trim())
        {
            fehler.push(Feldfehler::neu(
                "kennung",
                format!("Die Testfall-ID „{}“ gibt es schon.", t.kennung.trim()),
            ));
        }
        fehler.pflicht("titel", &t.titel, "Geben Sie einen Titel ein.");
        fehler.hoechstens("kennung", "Testfall-ID", &t.kennung, 40);
        fehler.hoechstens("titel", "Titel", &t.titel, MAX_KURZTEXT);
        for (feld, name, text) in [
            ("vorbedingungen", "Vorbedingungen", &t.vorbedingungen),
            ("testdaten", "Testdaten", &t.testdaten),
            ("nachbedingungen", "Nachbedingungen", &t.nachbedingungen),
        ] {
            fehler.hoechstens(feld, name, text, MAX_LANGTEXT);
        }
        fehler.wenn(
            t.schritte.iter().any(|s| s.aktion.trim().is_empty()),
            "schritte",
            "Jeder Schritt braucht eine Aktion.",
        );
        fehler
    }

    /// Whether version `version` of case `id` was used in a run.
    pub fn version_benutzt(&self, id: u32, version: u32) -> bool {
        self.laeufe
            .iter()
            .flat_map(|l| &l.eintraege)
            .any(|e| e.testfall == id && e.stand.version == version)
    }

    /// Adds a case (id 0, version 1) or replaces the stored one. Changing the content of a
    /// version that a run used makes a new version; the runs keep the copy they ran
    /// (versioning and traceability [Q:S55c]). Editing clears the template mark. Returns the
    /// id.
    pub fn speichere_testfall(&mut self, mut t: Testfall) -> u32 {
        if t.id == 0 {
            t.id = self.vergib_id();
            t.version = t.version.max(1);
            self.testfaelle.push(t.clone());
            return t.id;
        }
        let id = t.id;
        if let Some(pos) = self.testfaelle.iter().position(|x| x.id == id) {
            let alt = &self.testfaelle[pos];
            t.version = alt.version.max(1);
            if !alt.inhalt_gleich(&t) && self.version_benutzt(id, t.version) {
                t.version += 1;
            }
            self.testfaelle[pos] = t;
        }
        id
    }

    /// Removes a case from the library; runs keep their copies.
    pub fn entferne_testfall(&mut self, id: u32) {
        self.testfaelle.entferne_id(id);
    }

    /// Adds a run of the library cases `faelle` (in the given order; unknown ids skipped),
    /// each with a copy of its current version. Returns the run's id.
    pub fn lege_lauf_an(&mut self, mut lauf: Testlauf, faelle: &[u32]) -> u32 {
        lauf.id = self.vergib_id();
        lauf.eintraege = faelle
            .iter()
            .filter_map(|&f| self.testfall(f))
            .map(|t| Laufeintrag {
                testfall: t.id,
                stand: t.clone(),
                schritte: vec![Schrittergebnis::default(); t.schritte.len()],
                ..Laufeintrag::default()
            })
            .collect();
        let id = lauf.id;
        self.laeufe.push(lauf);
        id
    }

    /// Problems of a run's head as the form would save it.
    pub fn pruefe_lauf(&self, l: &Testlauf, faelle: usize) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.pflicht("titel", &l.titel, "Geben Sie einen Titel ein.");
        fehler.hoechstens("titel", "Titel", &l.titel, MAX_KURZTEXT);
        fehler.wenn(
            faelle == 0,
            "auswahl",
            "Wählen Sie mindestens einen Testfall.",
        );
        fehler
    }

    /// Records the outcome of step `schritt` of entry `eintrag` in run `lauf`; the case's
    /// result follows from its steps ([`super::calc::ergebnis_aus_schritten`]) and, once
    /// decided, [`Testmanagement::setze_ergebnis`] applies it.
    #[allow(clippy::too_many_arguments)] // the step's address, its outcome, who and when
    pub fn setze_schritt(
        &mut self,
        lauf: u32,
        eintrag: usize,
        schritt: usize,
        status: Schrittstatus,
        ist: &str,
        tester: &str,
        heute: Datum,
    ) {
        let Some(e) = self
            .laeufe
            .mit_id_mut(lauf)
            .and_then(|l| l.eintraege.get_mut(eintrag))
        else {
            return;
        };
        if e.schritte.len() < e.stand.schritte.len() {
            e.schritte
                .resize(e.stand.schritte.len(), Schrittergebnis::default());
        }
        if let Some(s) = e.schritte.get_mut(schritt) {
            s.status = status;
            s.ist = ist.trim().to_owned();
        }
        let ergebnis = super::calc::ergebnis_aus_schritten(&e.schritte);
        self.setze_ergebnis(lauf, eintrag, ergebnis, tester, heute);
    }

    /// Sets the result of entry `eintrag` of run `lauf`, with tester and date. In a re-test,
    /// the linked defect follows: bestanden moves a behoben defect to nachgetestet,
    /// fehlgeschlagen moves it back to in Bearbeitung.
    pub fn setze_ergebnis(
        &mut self,
        lauf: u32,
        eintrag: usize,
        ergebnis: Ergebnis,
        tester: &str,
        heute: Datum,
    ) {
        let Some(e) = self
            .laeufe
            .mit_id_mut(lauf)
            .and_then(|l| l.eintraege.get_mut(eintrag))
        else {
            return;
        };
        e.ergebnis = ergebnis;
        if ergebnis.ausgefuehrt() {
            e.datum = Some(heute);
            if !tester.trim().is_empty() {
                e.tester = tester.trim().to_owned();
            }
        }
        let mangel = e.mangel;
        let nachtest = self.lauf(lauf).is_some_and(|l| l.nachtest);
        if let (true, Some(m)) = (nachtest, mangel) {
            if let Some(m) = self.maengel.mit_id_mut(m) {
                m.status = match (ergebnis, m.status) {
                    (Ergebnis::Bestanden, Mangelstatus::Behoben) => Mangelstatus::Nachgetestet,
                    (
                        Ergebnis::Fehlgeschlagen,
                        Mangelstatus::Behoben | Mangelstatus::Nachgetestet,
                    ) => Mangelstatus::InBearbeitung,
                    (_, s) => s,
                };
            }
        }
    }

    /// Removes a run; defects keep their text.
    pub fn entferne_lauf(&mut self, id: u32) {
        self.laeufe.entferne_id(id);
        for m in self.maengel.iter_mut().filter(|m| m.lauf == Some(id)) {
            m.lauf = None;
        }
    }

    /// Problems of a defect as the form would save it.
    pub fn pruefe_mangel(&self, m: &Mangel) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.pflicht("titel", &m.titel, "Geben Sie einen Titel ein.");
        fehler.hoechstens("titel", "Titel", &m.titel, MAX_KURZTEXT);
        fehler.wenn(
            !m.kennung.trim().is_empty()
                && self
                    .maengel
                    .iter()
                    .any(|x| x.id != m.id && x.kennung.trim() == m.kennung.trim()),
            "kennung",
            format!("Die Mangel-ID „{}“ gibt es schon.", m.kennung.trim()),
        );
        fehler.hoechstens("kennung", "Mangel-ID", &m.kennung, 40);
        fehler.hoechstens(
            "gemeldet_von",
            "Gemeldet von",
            &m.gemeldet_von,
            MAX_KURZTEXT,
        );
        fehler.hoechstens(
            "beschreibung",
            "Beschreibung",
            &m.beschreibung,
            MAX_LANGTEXT,
        );
        fehler.hoechstens(
            "auftragnehmer",
            "Auftragnehmer",
            &m.auftragnehmer,
            MAX_KURZTEXT,
        );
        if let (Some(g), Some(f)) = (m.gemeldet_am, m.frist) {
            fehler.wenn(f < g, "frist", "Die Frist liegt vor dem Meldedatum.");
        }
        fehler
    }

    /// The next free defect ID "M-001", "M-002", …
    pub fn naechste_mangelkennung(&self) -> String {
        let mut n = self.maengel.len() + 1;
        loop {
            let k = format!("M-{n:03}");
            if !self.maengel.iter().any(|m| m.kennung == k) {
                return k;
            }
            n += 1;
        }
    }

    /// Adds a defect (id 0, new ID if none) or replaces the stored one; a new defect found in
    /// a run is linked to its entry. Returns its id.
    pub fn speichere_mangel(&mut self, mut m: Mangel) -> u32 {
        if m.kennung.trim().is_empty() {
            m.kennung = self.naechste_mangelkennung();
        }
        if m.id == 0 {
            m.id = self.vergib_id();
            if let (Some(lauf), Some(fall)) = (m.lauf, m.testfall) {
                if let Some(e) = self.laeufe.mit_id_mut(lauf).and_then(|l| {
                    l.eintraege
                        .iter_mut()
                        .find(|e| e.testfall == fall && e.mangel.is_none())
                }) {
                    e.mangel = Some(m.id);
                }
            }
            let id = m.id;
            self.maengel.push(m);
            return id;
        }
        let id = m.id;
        if let Some(alt) = self.maengel.mit_id_mut(id) {
            *alt = m;
        }
        id
    }

    /// Moves defect `id` to `neu` if the workflow allows it ([`Mangelstatus::folgen`]);
    /// `false` (and nothing changed) otherwise.
    pub fn wechsle_status(&mut self, id: u32, neu: Mangelstatus) -> bool {
        match self.maengel.mit_id_mut(id) {
            Some(m) if m.status.folgen().contains(&neu) => {
                m.status = neu;
                true
            }
            _ => false,
        }
    }

    /// Removes a defect and its links from runs.
    pub fn entferne_mangel(&mut self, id: u32) {
        self.maengel.entferne_id(id);
        for e in self.laeufe.iter_mut().flat_map(|l| l.eintraege.iter_mut()) {
            if e.mangel == Some(id) {
                e.mangel = None;
            }
        }
    }

    /// A re-test run from the fixed (behoben) defects: one entry per defect with a library
    /// case, with the case's current version, linked to the defect. `None` if there is none.
    pub fn lege_nachtest_an(
        &mut self,
        release: &str,
        umgebung: Umgebung,
        heute: Datum,
    ) -> Option<u32> {
        let paare: Vec<(u32, u32)> = self
            .maengel
            .iter()
            .filter(|m| m.status == Mangelstatus::Behoben)
            .filter_map(|m| Some((m.id, self.testfall(m.testfall?)?.id)))
            .collect();
        if paare.is_empty() {
            return None;
        }
        let faelle: Vec<u32> = paare.iter().map(|(_, f)| *f).collect();
        let id = self.lege_lauf_an(
            Testlauf {
                titel: format!("Nachtest vom {}", heute.deutsch()),
                release: release.trim().to_owned(),
                umgebung,
                datum: Some(heute),
                nachtest: true,
                ..Testlauf::default()
            },
            &faelle,
        );
        if let Some(l) = self.laeufe.mit_id_mut(id) {
            for (e, (m, _)) in l.eintraege.iter_mut().zip(&paare) {
                e.mangel = Some(*m);
            }
        }
        Some(id)
    }

    /// Problems of a criterion as the form would save it.
    pub fn pruefe_kriterium(&self, k: &Kriterium) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        if k.kennung.trim().is_empty() {
            fehler.push(Feldfehler::neu("kennung", "Geben Sie eine Kennung ein."));
        } else if self
            .kriterien
            .iter()
            .any(|x| x.id != k.id && x.kennung.trim() == k.kennung.trim())
        {
            fehler.push(Feldfehler::neu(
                "kennung",
                format!("Die Kennung „{}“ gibt es schon.", k.kennung.trim()),
            ));
        }
        fehler.pflicht("titel", &k.titel, "Geben Sie einen Titel ein.");
        fehler.hoechstens("titel", "Titel", &k.titel, MAX_KURZTEXT);
        fehler
    }

    /// Adds a criterion (id 0) or replaces the stored one; returns its id.
    pub fn speichere_kriterium(&mut self, mut k: Kriterium) -> u32 {
        if k.id == 0 {
            k.id = self.vergib_id();
            let id = k.id;
            self.kriterien.push(k);
            return id;
        }
        let id = k.id;
        if let Some(alt) = self.kriterien.mit_id_mut(id) {
            *alt = k;
        }
        id
    }

    /// The library cases that link to criterion `id` (what its deletion would unlink).
    pub fn verwendungen(&self, kriterium: u32) -> Vec<&Testfall> {
        self.testfaelle
            .iter()
            .filter(|t| t.kriterien.contains(&kriterium))
            .collect()
    }

    /// Removes a quality criterion and its links from the library cases. The links are
    /// traceability, not the content a tester runs, so no case gets a new version; runs keep
    /// their copies unchanged.
    pub fn entferne_kriterium(&mut self, id: u32) {
        self.kriterien.entferne_id(id);
        for t in self.testfaelle.iter_mut() {
            t.kriterien.retain(|k| *k != id);
        }
    }
}

crate::shared::datensatz::mit_id!(Kriterium, Testfall, Testlauf, Mangel, Gatekriterium);

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(t: u32) -> Datum {
        Datum::neu(2026, 12, t).unwrap()
    }

    fn fall(kennung: &str) -> Testfall {
        Testfall {
            kennung: kennung.into(),
            titel: format!("Fall {kennung}"),
            schritte: schritte_lesen("Öffnen => Seite erscheint\nAbsenden => Bestätigung"),
            prioritaet: Prioritaet::Hoch,
            ..Testfall::default()
        }
    }

    #[test]
    fn schritte_lesen_und_schreiben() {
        let s = schritte_lesen("1. Anmelden => Startseite\n\n  Abmelden\t Abmeldeseite \nOhne");
        assert_eq!(s.len(), 3);
        assert_eq!(
            s[0],
            Schritt {
                aktion: "Anmelden".into(),
                erwartet: "Startseite".into()
            }
        );
        assert_eq!(s[1].erwartet, "Abmeldeseite");
        assert_eq!(s[2].erwartet, "");
        assert_eq!(schritte_lesen(&schritte_text(&s)), s);
        assert_eq!(tags_lesen(" a, b ,a,, "), ["a", "b"]);
    }

    /// Versioning and traceability of test cases [Q:S55c]: a change to a case a run used
    /// makes a new version; the run keeps its copy.
    #[test]
    fn aenderung_eines_benutzten_falls_macht_neue_version() {
        let mut tm = Testmanagement::default();
        let id = tm.speichere_testfall(fall("TF-1"));
        assert_eq!(tm.testfall(id).unwrap().version, 1);
        // Unused: edits stay in version 1.
        let mut t = tm.testfall(id).unwrap().clone();
        t.titel = "Neu".into();
        tm.speichere_testfall(t);
        assert_eq!(tm.testfall(id).unwrap().version, 1);
        let lauf = tm.lege_lauf_an(
            Testlauf {
                titel: "L".into(),
                ..Testlauf::default()
            },
            &[id],
        );
        // Saving unchanged content keeps the version.
        tm.speichere_testfall(tm.testfall(id).unwrap().clone());
        assert_eq!(tm.testfall(id).unwrap().version, 1);
        let mut t = tm.testfall(id).unwrap().clone();
        t.schritte.push(Schritt {
            aktion: "Drucken".into(),
            erwartet: String::new(),
        });
        tm.speichere_testfall(t.clone());
        assert_eq!(tm.testfall(id).unwrap().version, 2);
        let eintrag = &tm.lauf(lauf).unwrap().eintraege[0];
        assert_eq!(eintrag.stand.version, 1);
        assert_eq!(
            eintrag.stand.schritte.len(),
            2,
            "der Lauf behält seine Fassung"
        );
        // Version 2 unused: a further edit stays in 2.
        t.titel = "Noch einmal".into();
        tm.speichere_testfall(t);
        assert_eq!(tm.testfall(id).unwrap().version, 2);
    }

    /// The defect workflow [I]: only the listed moves are allowed.
    #[test]
    fn mangelstatus_nur_erlaubte_uebergaenge() {
        let mut tm = Testmanagement::default();
        let m = tm.speichere_mangel(Mangel {
            titel: "Absturz".into(),
            klasse: Klasse::Betriebsverhindernd,
            ..Mangel::default()
        });
        assert_eq!(tm.mangel(m).unwrap().kennung, "M-001");
        assert!(
            !tm.wechsle_status(m, Mangelstatus::Geschlossen),
            "neu → geschlossen nicht erlaubt"
        );
        assert!(!tm.wechsle_status(m, Mangelstatus::Behoben));
        assert!(tm.wechsle_status(m, Mangelstatus::InBearbeitung));
        assert!(tm.wechsle_status(m, Mangelstatus::Behoben));
        assert!(
            tm.mangel(m).unwrap().status.offen(),
            "behoben zählt bis zum Nachtest als offen"
        );
        assert!(tm.wechsle_status(m, Mangelstatus::Nachgetestet));
        assert!(!tm.mangel(m).unwrap().status.offen());
        assert!(tm.wechsle_status(m, Mangelstatus::Geschlossen));
        assert_eq!(
            Mangelstatus::Geschlossen.folgen(),
            [Mangelstatus::InBearbeitung]
        );
        assert!(Mangelstatus::Zurueckgestellt.offen());
        for s in Mangelstatus::ALLE {
            assert!(
                !s.folgen().contains(s),
                "{s:?} geht nicht in sich selbst über"
            );
        }
    }

    #[test]
    fn schritte_bestimmen_das_ergebnis_und_nachtest_fuehrt_den_mangel() {
        let mut tm = Testmanagement::default();
        let f = tm.speichere_testfall(fall("TF-1"));
        let lauf = tm.lege_lauf_an(
            Testlauf {
                titel: "L".into(),
                ..Testlauf::default()
            },
            &[f],
        );
        tm.setze_schritt(lauf, 0, 0, Schrittstatus::WieErwartet, "", "Anna", tag(1));
        assert_eq!(
            tm.lauf(lauf).unwrap().eintraege[0].ergebnis,
            Ergebnis::NichtAusgefuehrt
        );
        tm.setze_schritt(
            lauf,
            0,
            1,
            Schrittstatus::Abweichend,
            " Fehler 500 ",
            "Anna",
            tag(1),
        );
        let e = &tm.lauf(lauf).unwrap().eintraege[0];
        assert_eq!(e.ergebnis, Ergebnis::Fehlgeschlagen);
        assert_eq!(e.schritte[1].ist, "Fehler 500");
        assert_eq!((e.tester.as_str(), e.datum), ("Anna", Some(tag(1))));
        let m = tm.speichere_mangel(Mangel {
            titel: "500".into(),
            testfall: Some(f),
            lauf: Some(lauf),
            ..Mangel::default()
        });
        assert_eq!(tm.lauf(lauf).unwrap().eintraege[0].mangel, Some(m));
        assert_eq!(
            tm.lege_nachtest_an("1.1", Umgebung::Test, tag(2)),
            None,
            "nichts behoben"
        );
        tm.wechsle_status(m, Mangelstatus::InBearbeitung);
        tm.wechsle_status(m, Mangelstatus::Behoben);
        let nt = tm
            .lege_nachtest_an("1.1", Umgebung::Integration, tag(2))
            .unwrap();
        let l = tm.lauf(nt).unwrap();
        assert!(l.nachtest);
        assert_eq!(l.eintraege.len(), 1);
        assert_eq!(l.eintraege[0].mangel, Some(m));
        // A failed re-test reopens the defect, a passed one marks it nachgetestet.
        tm.setze_ergebnis(nt, 0, Ergebnis::Fehlgeschlagen, "Ben", tag(2));
        assert_eq!(tm.mangel(m).unwrap().status, Mangelstatus::InBearbeitung);
        tm.wechsle_status(m, Mangelstatus::Behoben);
        tm.setze_ergebnis(nt, 0, Ergebnis::Bestanden, "Ben", tag(3));
        assert_eq!(tm.mangel(m).unwrap().status, Mangelstatus::Nachgetestet);
    }

    #[test]
    fn startbibliothek_wird_einmal_kopiert_mit_verknuepften_kriterien() {
        let mut tm = Testmanagement::default();
        let n = tm.uebernimm_startbibliothek();
        assert!(n >= 10, "{n}");
        assert_eq!(tm.uebernimm_startbibliothek(), 0, "nichts doppelt");
        assert!(tm
            .testfaelle
            .iter()
            .all(|t| t.vorlage && !t.schritte.is_empty()));
        for t in &tm.testfaelle {
            assert!(!t.kriterien.is_empty(), "{}", t.kennung);
            for k in &t.kriterien {
                assert!(tm.kriterium(*k).is_some());
            }
        }
        // Editing clears the template mark.
        let mut t = tm.testfaelle[0].clone();
        t.vorlage = false;
        t.titel.push_str(" (angepasst)");
        tm.speichere_testfall(t);
        assert!(!tm.testfaelle[0].vorlage);
    }

    #[test]
    fn pruefungen_nennen_das_feld() {
        let mut tm = Testmanagement::default();
        let felder = |f: Vec<Feldfehler>| f.into_iter().map(|f| f.feld).collect::<Vec<_>>();
        assert_eq!(
            felder(tm.pruefe_testfall(&Testfall::default())),
            ["kennung", "titel"]
        );
        tm.speichere_testfall(fall("TF-1"));
        assert_eq!(felder(tm.pruefe_testfall(&fall("TF-1"))), ["kennung"]);
        let m = Mangel {
            titel: "x".into(),
            gemeldet_am: Some(tag(5)),
            frist: Some(tag(4)),
            ..Mangel::default()
        };
        assert_eq!(felder(tm.pruefe_mangel(&m)), ["frist"]);
        assert_eq!(
            felder(tm.pruefe_lauf(&Testlauf::default(), 0)),
            ["titel", "auswahl"]
        );
    }

    #[test]
    fn gate_vorgabe_hat_die_sechs_kriterien_der_referenzimplementierung() {
        let g = gate_vorgabe();
        assert_eq!(
            g.iter()
                .filter(|k| k.quelle.contains("Referenzimplementierung"))
                .count(),
            6
        );
        assert!(g
            .iter()
            .any(|k| k.regel == Regel::KeineBetriebsverhindernden));
        let mut a = Abnahme::default();
        assert!(a.kriterien().iter().all(|k| !k.erfuellt));
        a.bestaetige(1, true, " Schreiben vom 1.12. ");
        assert_eq!(a.kriterien.len(), g.len());
        assert!(a.kriterien[0].erfuellt);
        assert_eq!(a.kriterien[0].nachweis, "Schreiben vom 1.12.");
    }

    /// Quality criteria are edited freely; deleting one names the cases that link to it and
    /// unlinks them, the runs keep their copies.
    #[test]
    fn kriterium_loeschen_loest_die_verknuepfungen() {
        let mut tm = Testmanagement::default();
        tm.uebernimm_startbibliothek();
        let bitv = tm
            .kriterien
            .iter()
            .find(|k| k.kennung == "BITV")
            .unwrap()
            .clone();
        assert!(bitv.bitte_pruefen, "mitgeliefert: bitte prüfen");
        let faelle: Vec<String> = tm
            .verwendungen(bitv.id)
            .iter()
            .map(|t| t.kennung.clone())
            .collect();
        assert!(!faelle.is_empty());
        let fall = tm
            .testfaelle
            .iter()
            .find(|t| t.kriterien.contains(&bitv.id))
            .unwrap()
            .id;
        let lauf = tm.lege_lauf_an(
            Testlauf {
                titel: "L".into(),
                ..Testlauf::default()
            },
            &[fall],
        );
        tm.speichere_kriterium(Kriterium {
            titel: "Barrierefrei (BITV 2.0, geprüft)".into(),
            bitte_pruefen: false,
            ..bitv.clone()
        });
        assert!(!tm.kriterium(bitv.id).unwrap().bitte_pruefen);
        assert_eq!(
            tm.pruefe_kriterium(&Kriterium {
                kennung: "BITV".into(),
                titel: "x".into(),
                ..Kriterium::default()
            })[0]
                .feld,
            "kennung"
        );
        tm.entferne_kriterium(bitv.id);
        assert!(tm.kriterium(bitv.id).is_none());
        assert!(tm.verwendungen(bitv.id).is_empty());
        assert_eq!(tm.testfall(fall).unwrap().version, 1, "keine neue Version");
        assert!(
            tm.lauf(lauf).unwrap().eintraege[0]
                .stand
                .kriterien
                .contains(&bitv.id),
            "der Lauf behält seine Fassung"
        );
    }

    /// Gate criteria: added, renamed and deleted on a stored copy of the default list; the
    /// last one stays; our own rule is marked "bitte prüfen".
    #[test]
    fn gatekriterien_bearbeiten() {
        let mut a = Abnahme::default();
        assert_eq!(
            a.kriterien().iter().filter(|k| k.bitte_pruefen()).count(),
            1
        );
        let neu = a.fuege_hinzu(" Betriebshandbuch übergeben ", "Vertrag");
        assert_eq!((neu, a.kriterien.len()), (9, 9));
        a.bestaetige(2, true, "Prüfbericht");
        a.benenne(2, "XÖV-Standards eingehalten (XFall)", "OZG-Leitfaden");
        let k = a.kriterien.mit_id(2).unwrap();
        assert_eq!(
            (k.titel.as_str(), k.erfuellt, k.nachweis.as_str()),
            ("XÖV-Standards eingehalten (XFall)", true, "Prüfbericht")
        );
        assert!(a.entferne(8));
        assert!(!a.kriterien().iter().any(|k| k.bitte_pruefen()));
        assert!(!a.entferne(8), "schon weg");
        for id in [1, 2, 3, 4, 5, 6, 7] {
            assert!(a.entferne(id));
        }
        assert!(!a.entferne(9), "das letzte bleibt");
        assert_eq!(a.kriterien().len(), 1);
        assert_eq!(a.pruefe(" ", "")[0].feld, "titel");
    }

    #[test]
    fn mangelkennung_eindeutig() {
        let mut tm = Testmanagement::default();
        tm.speichere_mangel(Mangel {
            titel: "a".into(),
            ..Mangel::default()
        });
        let m = Mangel {
            titel: "b".into(),
            kennung: " M-001 ".into(),
            ..Mangel::default()
        };
        assert_eq!(
            tm.pruefe_mangel(&m)[0].meldung,
            "Die Mangel-ID „M-001“ gibt es schon."
        );
    }

    /// A defect filed without a run links to no run entry; editing it keeps its status and
    /// its run link (the status moves only along the workflow).
    #[test]
    fn mangel_ohne_lauf_und_bearbeiten() {
        let mut tm = Testmanagement::default();
        let f = tm.speichere_testfall(fall("TF-1"));
        let lauf = tm.lege_lauf_an(
            Testlauf {
                titel: "L".into(),
                ..Testlauf::default()
            },
            &[f],
        );
        let m = tm.speichere_mangel(Mangel {
            titel: "Impressum fehlt".into(),
            testfall: Some(f),
            ..Mangel::default()
        });
        assert_eq!(
            tm.lauf(lauf).unwrap().eintraege[0].mangel,
            None,
            "ohne Lauf keine Verknüpfung"
        );
        tm.wechsle_status(m, Mangelstatus::InBearbeitung);
        let mut geaendert = tm.mangel(m).unwrap().clone();
        geaendert.kennung = "M-100".into();
        geaendert.klasse = Klasse::Betriebsbehindernd;
        geaendert.testfall = None;
        assert!(tm.pruefe_mangel(&geaendert).is_empty());
        assert_eq!(tm.speichere_mangel(geaendert), m);
        let gespeichert = tm.mangel(m).unwrap();
        assert_eq!(
            (
                gespeichert.kennung.as_str(),
                gespeichert.klasse,
                gespeichert.status
            ),
            (
                "M-100",
                Klasse::Betriebsbehindernd,
                Mangelstatus::InBearbeitung
            )
        );
        assert_eq!(tm.maengel.len(), 1);
    }
}
