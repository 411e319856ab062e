//! The data of the Behördenaustausch (fachkonzept §2.12): the catalogue of Behörden with their
//! Ressorts, Austauschformate, Termine, Teilnahmen, Ergebnisse (Lessons Learned, Good Practice,
//! offene Fragen), Nachnutzungsangebote and Follow-ups.
//!
//! Plain data with plain methods, no signals. Records refer to each other by a permanent
//! numeric `id` that is never reused.
//!
//! **What is sourced and what is ours.** The format of the exchange is not documented publicly
//! (fachkonzept §2.12 marks the whole model [I]); the five format types, the three kinds of
//! result and the fields follow the fachkonzept's proposal. The shipped Behörden and Ressorts
//! are real federal agencies, marked "bitte prüfen" until the user confirms them.

use crate::shared::datensatz::Datensaetze;
use serde::{Deserialize, Serialize};

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datum::Datum;
use crate::shared::ist_standard;
pub use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::shared::vokabular::{vokabular, Handlungsfeld};

/// Longest single-line text.
pub const MAX_KURZTEXT: usize = 200;
/// Longest multi-line text.
pub const MAX_LANGTEXT: usize = 5000;

/// Type of an Austauschformat (fachkonzept §2.12 [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Formattyp {
    /// Regular meeting of several agencies.
    #[default]
    Netzwerktreffen,
    /// Workshop on one subject.
    Fachworkshop,
    /// Visit to another agency's work.
    Hospitation,
    /// Consultation hour.
    Sprechstunde,
    /// Online community.
    OnlineCommunity,
}

vokabular!(Formattyp {
    Netzwerktreffen => "Netzwerktreffen", "Regelmäßiges Treffen mehrerer Behörden zu gemeinsamen Themen.";
    Fachworkshop => "Fachworkshop", "Arbeitstreffen zu einem fachlichen Thema mit Ergebnissen.";
    Hospitation => "Hospitation", "Beschäftigte einer Behörde begleiten die Arbeit einer anderen.";
    Sprechstunde => "Sprechstunde", "Feste Zeit, in der eine Behörde Fragen anderer beantwortet.";
    OnlineCommunity => "Online-Community", "Fortlaufender Austausch auf einer Online-Plattform.";
});

/// Kind of a result of a Termin.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Ergebnisart {
    /// What was learned, also from mistakes.
    #[default]
    LessonsLearned,
    /// A practice worth copying.
    GoodPractice,
    /// A question still open.
    OffeneFrage,
}

vokabular!(Ergebnisart {
    LessonsLearned => "Lessons Learned", "Eine Erfahrung, aus der andere lernen können – auch aus Fehlern.";
    GoodPractice => "Good Practice", "Ein Vorgehen, das sich bewährt hat und nachgeahmt werden kann.";
    OffeneFrage => "offene Frage", "Eine Frage, die im Austausch offen blieb und weiter geklärt wird.";
});

/// What a Nachnutzungsangebot offers.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Gegenstand {
    /// A software tool or procedure.
    #[default]
    Werkzeug,
    /// A template, guide or document.
    Vorlage,
    /// A service ("Einer für Alle").
    Leistung,
}

vokabular!(Gegenstand {
    Werkzeug => "Werkzeug", "Ein Werkzeug oder Verfahren, das andere Behörden mitnutzen können.";
    Vorlage => "Vorlage", "Eine Vorlage, ein Leitfaden oder ein Dokument zur Nachnutzung.";
    Leistung => "Leistung", "Eine Verwaltungsleistung, die andere Behörden nachnutzen („Einer für Alle“).";
});

/// State of a Nachnutzungsangebot.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Angebotsstatus {
    /// Offered, nobody uses it yet.
    #[default]
    Angeboten,
    /// At least one other agency uses it.
    InNachnutzung,
    /// No longer offered.
    Zurueckgezogen,
}

vokabular!(Angebotsstatus {
    Angeboten => "angeboten", "Das Angebot steht, nachgenutzt wird es noch nicht.";
    InNachnutzung => "in Nachnutzung", "Mindestens eine andere Behörde nutzt das Angebot.";
    Zurueckgezogen => "zurückgezogen", "Das Angebot steht nicht mehr zur Verfügung.";
});

/// State of a follow-up.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Folgestatus {
    /// Not started.
    #[default]
    Offen,
    /// Being worked on.
    InArbeit,
    /// Done.
    Erledigt,
}

vokabular!(Folgestatus {
    Offen => "offen", "Noch nicht begonnen.";
    InArbeit => "in Arbeit", "Wird bearbeitet.";
    Erledigt => "erledigt", "Abgeschlossen.";
});

/// A Ressort (federal ministry) of the catalogue.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ressort {
    /// Permanent id.
    pub id: u32,
    /// Short name, e.g. "BMI".
    pub kuerzel: String,
    /// Full name.
    #[serde(skip_serializing_if = "ist_standard")]
    pub name: String,
    /// Shipped suggestion not yet confirmed by the user.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bitte_pruefen: bool,
}

/// A Behörde of the catalogue.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Behoerde {
    /// Permanent id.
    pub id: u32,
    /// Name, e.g. "Bundesverwaltungsamt".
    pub name: String,
    /// Short name, e.g. "BVA".
    #[serde(skip_serializing_if = "ist_standard")]
    pub kuerzel: String,
    /// Its Ressort.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ressort: Option<u32>,
    /// Shipped suggestion not yet confirmed by the user.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bitte_pruefen: bool,
}

impl Behoerde {
    /// "BVA – Bundesverwaltungsamt", or the name alone.
    pub fn bezeichnung(&self) -> String {
        if self.kuerzel.trim().is_empty() {
            self.name.trim().to_owned()
        } else {
            format!("{} – {}", self.kuerzel.trim(), self.name.trim())
        }
    }

    /// The short name, or the name.
    pub fn kurz(&self) -> String {
        if self.kuerzel.trim().is_empty() {
            self.name.trim().to_owned()
        } else {
            self.kuerzel.trim().to_owned()
        }
    }
}

/// An exchange format (a series of Termine).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Austauschformat {
    /// Permanent id.
    pub id: u32,
    /// Title, e.g. "Netzwerk OZG-Koordination Bund".
    pub titel: String,
    /// Type.
    pub typ: Formattyp,
    /// Description.
    #[serde(skip_serializing_if = "ist_standard")]
    pub beschreibung: String,
}

/// A Termin of an exchange.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Termin {
    /// Permanent id.
    pub id: u32,
    /// The format it belongs to.
    #[serde(skip_serializing_if = "ist_standard")]
    pub format: Option<u32>,
    /// Date (required by the form).
    pub datum: Option<Datum>,
    /// Time as typed, e.g. "10:00".
    #[serde(skip_serializing_if = "ist_standard")]
    pub uhrzeit: String,
    /// Held online.
    #[serde(skip_serializing_if = "ist_standard")]
    pub online: bool,
    /// Place (when not online).
    #[serde(skip_serializing_if = "ist_standard")]
    pub ort: String,
    /// Topic.
    pub thema: String,
    /// Handlungsfeld tag.
    #[serde(skip_serializing_if = "ist_standard")]
    pub handlungsfeld: Option<Handlungsfeld>,
}

impl Termin {
    /// "online" or the place ("–" without one).
    pub fn ort_text(&self) -> String {
        if self.online {
            "online".to_owned()
        } else if self.ort.trim().is_empty() {
            "–".to_owned()
        } else {
            self.ort.trim().to_owned()
        }
    }

    /// "05.12.2026, 10:00" or the date alone.
    pub fn wann(&self) -> String {
        let datum = self
            .datum
            .map(Datum::deutsch)
            .unwrap_or_else(|| "ohne Datum".to_owned());
        if self.uhrzeit.trim().is_empty() {
            datum
        } else {
            format!("{datum}, {} Uhr", self.uhrzeit.trim())
        }
    }
}

/// An agency took part in a Termin.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Teilnahme {
    /// Permanent id.
    pub id: u32,
    /// The Termin.
    pub termin: u32,
    /// The Behörde.
    pub behoerde: u32,
    /// Person or role, e.g. "OZG-Koordination".
    #[serde(skip_serializing_if = "ist_standard")]
    pub person: String,
}

/// A result of a Termin.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ergebnis {
    /// Permanent id.
    pub id: u32,
    /// The Termin.
    pub termin: u32,
    /// Kind.
    pub art: Ergebnisart,
    /// Title.
    pub titel: String,
    /// Text.
    #[serde(skip_serializing_if = "ist_standard")]
    pub text: String,
    /// Tags.
    #[serde(skip_serializing_if = "ist_standard")]
    pub schlagworte: Vec<String>,
}

/// An offer to reuse a tool, template or service.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Angebot {
    /// Permanent id.
    pub id: u32,
    /// The offering Behörde.
    pub behoerde: Option<u32>,
    /// What is offered.
    pub gegenstand: Gegenstand,
    /// Title.
    pub titel: String,
    /// Contact (unit, functional mailbox).
    #[serde(skip_serializing_if = "ist_standard")]
    pub kontakt: String,
    /// Conditions of reuse.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bedingungen: String,
    /// State.
    pub status: Angebotsstatus,
}

/// A follow-up measure.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Folgeaufgabe {
    /// Permanent id.
    pub id: u32,
    /// The Termin it came from.
    #[serde(skip_serializing_if = "ist_standard")]
    pub termin: Option<u32>,
    /// The measure.
    pub massnahme: String,
    /// Who.
    #[serde(skip_serializing_if = "ist_standard")]
    pub verantwortlich: String,
    /// Due date.
    #[serde(skip_serializing_if = "ist_standard")]
    pub faellig: Option<Datum>,
    /// State.
    pub status: Folgestatus,
}

/// The tool's data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Behoerdenaustausch {
    /// The next id handed out (0 = none yet; ids start at 1).
    #[serde(skip_serializing_if = "ist_standard")]
    pub naechste_id: u32,
    /// Whether the shipped catalogue was taken over once (it is not added again after the user
    /// removed its entries).
    #[serde(skip_serializing_if = "ist_standard")]
    pub katalog_angelegt: bool,
    /// Ressorts.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ressorts: Vec<Ressort>,
    /// Behörden.
    #[serde(skip_serializing_if = "ist_standard")]
    pub behoerden: Vec<Behoerde>,
    /// Exchange formats.
    #[serde(skip_serializing_if = "ist_standard")]
    pub formate: Vec<Austauschformat>,
    /// Termine.
    #[serde(skip_serializing_if = "ist_standard")]
    pub termine: Vec<Termin>,
    /// Teilnahmen.
    #[serde(skip_serializing_if = "ist_standard")]
    pub teilnahmen: Vec<Teilnahme>,
    /// Ergebnisse.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ergebnisse: Vec<Ergebnis>,
    /// Nachnutzungsangebote.
    #[serde(skip_serializing_if = "ist_standard")]
    pub angebote: Vec<Angebot>,
    /// Follow-ups.
    #[serde(skip_serializing_if = "ist_standard")]
    pub folgeaufgaben: Vec<Folgeaufgabe>,
}

impl Werkzeugteil for Behoerdenaustausch {}

/// The shipped Ressorts: (Kürzel, Name). Bitte prüfen.
pub const VORGABE_RESSORTS: &[(&str, &str)] = &[
    ("BMI", "Bundesministerium des Innern"),
    ("BMF", "Bundesministerium der Finanzen"),
    ("BMAS", "Bundesministerium für Arbeit und Soziales"),
    ("BMDV", "Bundesministerium für Digitales und Verkehr"),
];

/// The shipped Behörden: (Kürzel, Name, Ressort-Kürzel). Bitte prüfen.
pub const VORGABE_BEHOERDEN: &[(&str, &str, &str)] = &[
    ("BVA", "Bundesverwaltungsamt", "BMI"),
    ("ITZBund", "Informationstechnikzentrum Bund", "BMF"),
    ("BAMF", "Bundesamt für Migration und Flüchtlinge", "BMI"),
    ("DRV Bund", "Deutsche Rentenversicherung Bund", "BMAS"),
    ("KBA", "Kraftfahrt-Bundesamt", "BMDV"),
];

/// Upserts `satz` into `liste` by its id (0 → a new id from `naechste`); returns the id.
fn speichere<T>(
    liste: &mut Vec<T>,
    naechste: &mut u32,
    mut satz: T,
    id: fn(&mut T) -> &mut u32,
) -> u32 {
    if *id(&mut satz) == 0 {
        *naechste = (*naechste).max(1);
        *id(&mut satz) = *naechste;
        *naechste += 1;
        let neu = *id(&mut satz);
        liste.push(satz);
        return neu;
    }
    let gesucht = *id(&mut satz);
    *naechste = (*naechste).max(gesucht + 1);
    match liste.iter_mut().position(|x| *id(x) == gesucht) {
        Some(i) => liste[i] = satz,
        None => liste.push(satz),
    }
    gesucht
}

impl Behoerdenaustausch {
    /// Record counts for previews; `None` while nothing is entered.
    pub fn kennzahl(&self) -> Option<String> {
        if self.termine.is_empty()
            && self.angebote.is_empty()
            && self.formate.is_empty()
            && self.folgeaufgaben.is_empty()
        {
            return None;
        }
        use crate::shared::text::anzahl;
        Some(format!(
            "{}, {}, {}",
            anzahl(self.termine.len(), "Termin", "Termine"),
            anzahl(self.ergebnisse.len(), "Ergebnis", "Ergebnisse"),
            anzahl(
                self.angebote.len(),
                "Nachnutzungsangebot",
                "Nachnutzungsangebote"
            )
        ))
    }

    /// Takes the shipped Ressorts and Behörden over once (marked "bitte prüfen").
    pub fn katalog_sicherstellen(&mut self) {
        if self.katalog_angelegt {
            return;
        }
        self.katalog_angelegt = true;
        for (kuerzel, name) in VORGABE_RESSORTS {
            if !self.ressorts.iter().any(|r| r.kuerzel == *kuerzel) {
                self.speichere_ressort(Ressort {
                    id: 0,
                    kuerzel: (*kuerzel).into(),
                    name: (*name).into(),
                    bitte_pruefen: true,
                });
            }
        }
        for (kuerzel, name, ressort) in VORGABE_BEHOERDEN {
            if !self.behoerden.iter().any(|b| b.kuerzel == *kuerzel) {
                let ressort = self
                    .ressorts
                    .iter()
                    .find(|r| r.kuerzel == *ressort)
                    .map(|r| r.id);
                self.speichere_behoerde(Behoerde {
                    id: 0,
                    name: (*name).into(),
                    kuerzel: (*kuerzel).into(),
                    ressort,
                    bitte_pruefen: true,
                });
            }
        }
    }

    /// The Behörde with id `id`.
    pub fn behoerde(&self, id: u32) -> Option<&Behoerde> {
        self.behoerden.mit_id(id)
    }

    /// The Ressort with id `id`.
    pub fn ressort(&self, id: u32) -> Option<&Ressort> {
        self.ressorts.mit_id(id)
    }

    /// The Termin with id `id`.
    pub fn termin(&self, id: u32) -> Option<&Termin> {
        self.termine.mit_id(id)
    }

    /// The format with id `id`.
    pub fn format(&self, id: u32) -> Option<&Austauschformat> {
        self.formate.mit_id(id)
    }

    /// Short name of Behörde `id`, or the label of a deleted one.
    pub fn behoerdenname(&self, id: u32) -> String {
        self.behoerde(id)
            .map(Behoerde::kurz)
            .unwrap_or_else(|| crate::shared::text::geloescht("Behörde", &id.to_string()))
    }

    /// Kürzel of the Ressort of Behörde `id` ("" without one).
    pub fn ressort_von(&self, behoerde: u32) -> String {
        self.behoerde(behoerde)
            .and_then(|b| b.ressort)
            .and_then(|r| self.ressort(r))
            .map(|r| r.kuerzel.clone())
            .unwrap_or_default()
    }

    /// Title of a Termin: "Thema (Datum)".
    pub fn termintitel(&self, id: u32) -> Option<String> {
        self.termin(id).map(|t| {
            let datum = t.datum.map(Datum::deutsch).unwrap_or_default();
            format!("{} ({datum})", t.thema.trim())
        })
    }

    /// Saves a Ressort (id 0: new); returns its id.
    pub fn speichere_ressort(&mut self, r: Ressort) -> u32 {
        speichere(&mut self.ressorts, &mut self.naechste_id, r, |r| &mut r.id)
    }

    /// Saves a Behörde (id 0: new); returns its id.
    pub fn speichere_behoerde(&mut self, b: Behoerde) -> u32 {
        speichere(&mut self.behoerden, &mut self.naechste_id, b, |b| &mut b.id)
    }

    /// Saves a format (id 0: new); returns its id.
    pub fn speichere_format(&mut self, f: Austauschformat) -> u32 {
        speichere(&mut self.formate, &mut self.naechste_id, f, |f| &mut f.id)
    }

    /// Saves a Termin (id 0: new); the catalogue is taken over with the first. Returns its id.
    pub fn speichere_termin(&mut self, t: Termin) -> u32 {
        self.katalog_sicherstellen();
        speichere(&mut self.termine, &mut self.naechste_id, t, |t| &mut t.id)
    }

    /// Saves a Teilnahme (id 0: new); returns its id.
    pub fn speichere_teilnahme(&mut self, t: Teilnahme) -> u32 {
        speichere(&mut self.teilnahmen, &mut self.naechste_id, t, |t| {
            &mut t.id
        })
    }

    /// Saves an Ergebnis (id 0: new); tags trimmed, empty ones dropped. Returns its id.
    pub fn speichere_ergebnis(&mut self, mut e: Ergebnis) -> u32 {
        e.schlagworte = e
            .schlagworte
            .iter()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        speichere(&mut self.ergebnisse, &mut self.naechste_id, e, |e| {
            &mut e.id
        })
    }

    /// Saves an Angebot (id 0: new); returns its id.
    pub fn speichere_angebot(&mut self, a: Angebot) -> u32 {
        self.katalog_sicherstellen();
        speichere(&mut self.angebote, &mut self.naechste_id, a, |a| &mut a.id)
    }

    /// Saves a follow-up (id 0: new); returns its id.
    pub fn speichere_folgeaufgabe(&mut self, f: Folgeaufgabe) -> u32 {
        speichere(&mut self.folgeaufgaben, &mut self.naechste_id, f, |f| {
            &mut f.id
        })
    }

    /// Deletes a Termin with its Teilnahmen and Ergebnisse; its follow-ups stay, without it.
    pub fn entferne_termin(&mut self, id: u32) {
        self.termine.entferne_id(id);
        self.teilnahmen.retain(|t| t.termin != id);
        self.ergebnisse.retain(|e| e.termin != id);
        for f in &mut self.folgeaufgaben {
            if f.termin == Some(id) {
                f.termin = None;
            }
        }
    }

    /// Deletes a Behörde with its Teilnahmen; its offers stay, without it.
    pub fn entferne_behoerde(&mut self, id: u32) {
        self.behoerden.entferne_id(id);
        self.teilnahmen.retain(|t| t.behoerde != id);
        for a in &mut self.angebote {
            if a.behoerde == Some(id) {
                a.behoerde = None;
            }
        }
    }

    /// Deletes a Ressort; its Behörden stay, without it.
    pub fn entferne_ressort(&mut self, id: u32) {
        self.ressorts.entferne_id(id);
        for b in &mut self.behoerden {
            if b.ressort == Some(id) {
                b.ressort = None;
            }
        }
    }

    /// Deletes a format; its Termine stay, without it.
    pub fn entferne_format(&mut self, id: u32) {
        self.formate.entferne_id(id);
        for t in &mut self.termine {
            if t.format == Some(id) {
                t.format = None;
            }
        }
    }

    /// Problems of a Ressort: Kürzel required and unique.
    pub fn pruefe_ressort(&self, r: &Ressort) -> Vec<Feldfehler> {
        let mut f = Vec::new();
        f.pflicht(
            "kuerzel",
            &r.kuerzel,
            "Geben Sie ein Kürzel ein, z. B. „BMI“.",
        );
        f.hoechstens("kuerzel", "Kürzel", &r.kuerzel, 40);
        f.hoechstens("name", "Name", &r.name, MAX_KURZTEXT);
        f.wenn(
            self.ressorts
                .iter()
                .any(|x| x.id != r.id && x.kuerzel.trim().eq_ignore_ascii_case(r.kuerzel.trim())),
            "kuerzel",
            format!("Das Ressort „{}“ gibt es schon.", r.kuerzel.trim()),
        );
        f
    }

    /// Problems of a Behörde: name required, name and Kürzel unique, Ressort exists.
    pub fn pruefe_behoerde(&self, b: &Behoerde) -> Vec<Feldfehler> {
        let mut f = Vec::new();
        f.pflicht("name", &b.name, "Geben Sie den Namen der Behörde ein.");
        f.hoechstens("name", "Name", &b.name, MAX_KURZTEXT);
        f.hoechstens("kuerzel", "Kürzel", &b.kuerzel, 40);
        let gleich = |x: &str, y: &str| {
            !y.trim().is_empty()
                && crate::shared::text::falten(x.trim()) == crate::shared::text::falten(y.trim())
        };
        f.wenn(
            self.behoerden
                .iter()
                .any(|x| x.id != b.id && gleich(&x.name, &b.name)),
            "name",
            format!("Die Behörde „{}“ gibt es schon.", b.name.trim()),
        );
        f.wenn(
            self.behoerden
                .iter()
                .any(|x| x.id != b.id && gleich(&x.kuerzel, &b.kuerzel)),
            "kuerzel",
            format!(
                "Das Kürzel „{}“ hat schon eine andere Behörde.",
                b.kuerzel.trim()
            ),
        );
        f.wenn(
            b.ressort.is_some_and(|r| self.ressort(r).is_none()),
            "ressort",
            "Wählen Sie ein Ressort aus der Liste.",
        );
        f
    }

    /// Problems of a format: title required.
    pub fn pruefe_format(&self, x: &Austauschformat) -> Vec<Feldfehler> {
        let mut f = Vec::new();
        f.pflicht("titel", &x.titel, "Geben Sie einen Titel ein.");
        f.hoechstens("titel", "Titel", &x.titel, MAX_KURZTEXT);
        f.hoechstens(
            "beschreibung",
            "Beschreibung",
            &x.beschreibung,
            MAX_LANGTEXT,
        );
        f
    }

    /// Problems of a Termin: date and topic required, a place or "online", time as HH:MM.
    pub fn pruefe_termin(&self, t: &Termin) -> Vec<Feldfehler> {
        let mut f = Vec::new();
        f.wenn(
            t.datum.is_none(),
            "datum",
            "Datum: Bitte ein Datum als TT.MM.JJJJ eingeben.",
        );
        f.pflicht("thema", &t.thema, "Geben Sie das Thema des Termins ein.");
        f.hoechstens("thema", "Thema", &t.thema, MAX_KURZTEXT);
        f.hoechstens("ort", "Ort", &t.ort, MAX_KURZTEXT);
        f.wenn(
            !t.online && t.ort.trim().is_empty(),
            "ort",
            "Geben Sie den Ort ein oder kreuzen Sie „online“ an.",
        );
        f.wenn(
            !t.uhrzeit.trim().is_empty() && !uhrzeit_gueltig(&t.uhrzeit),
            "uhrzeit",
            format!(
                "Uhrzeit: „{}“ ist keine Uhrzeit. Bitte als HH:MM eingeben, z. B. 10:00.",
                t.uhrzeit.trim()
            ),
        );
        f.wenn(
            t.format.is_some_and(|x| self.format(x).is_none()),
            "format",
            "Wählen Sie ein Austauschformat aus der Liste.",
        );
        f
    }

    /// Problems of a Teilnahme: an existing Behörde, not twice with the same person.
    pub fn pruefe_teilnahme(&self, t: &Teilnahme) -> Vec<Feldfehler> {
        let mut f = Vec::new();
        if self.behoerde(t.behoerde).is_none() {
            f.push(Feldfehler::neu(
                "behoerde",
                "Wählen Sie eine Behörde aus der Liste.",
            ));
        } else if self.teilnahmen.iter().any(|x| {
            x.id != t.id
                && x.termin == t.termin
                && x.behoerde == t.behoerde
                && x.person.trim() == t.person.trim()
        }) {
            f.push(Feldfehler::neu(
                "behoerde",
                "Diese Teilnahme ist schon erfasst.",
            ));
        }
        f.hoechstens("person", "Person oder Rolle", &t.person, MAX_KURZTEXT);
        f
    }

    /// Problems of an Ergebnis: title required.
    pub fn pruefe_ergebnis(&self, e: &Ergebnis) -> Vec<Feldfehler> {
        let mut f = Vec::new();
        f.pflicht("titel", &e.titel, "Geben Sie einen Titel ein.");
        f.hoechstens("titel", "Titel", &e.titel, MAX_KURZTEXT);
        f.hoechstens("text", "Text", &e.text, MAX_LANGTEXT);
        f
    }

    /// Problems of an Angebot: title and offering Behörde required.
    pub fn pruefe_angebot(&self, a: &Angebot) -> Vec<Feldfehler> {
        let mut f = Vec::new();
        f.wenn(
            a.behoerde.is_none_or(|b| self.behoerde(b).is_none()),
            "behoerde",
            "Wählen Sie die anbietende Behörde.",
        );
        f.pflicht("titel", &a.titel, "Geben Sie einen Titel ein.");
        f.hoechstens("titel", "Titel", &a.titel, MAX_KURZTEXT);
        f.hoechstens("kontakt", "Kontakt", &a.kontakt, MAX_KURZTEXT);
        f.hoechstens("bedingungen", "Bedingungen", &a.bedingungen, MAX_LANGTEXT);
        f
    }

    /// Problems of a follow-up: the measure required.
    pub fn pruefe_folgeaufgabe(&self, x: &Folgeaufgabe) -> Vec<Feldfehler> {
        let mut f = Vec::new();
        f.pflicht("massnahme", &x.massnahme, "Geben Sie die Maßnahme ein.");
        f.hoechstens("massnahme", "Maßnahme", &x.massnahme, MAX_KURZTEXT);
        f.hoechstens(
            "verantwortlich",
            "Verantwortlich",
            &x.verantwortlich,
            MAX_KURZTEXT,
        );
        f
    }
}

/// Whether `text` is a time `H:MM` or `HH:MM` (00:00–23:59).
pub fn uhrzeit_gueltig(text: &str) -> bool {
    let Some((h, m)) = text.trim().split_once(':') else {
        return false;
    };
    let ziffern = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    ziffern(h, 1..=2)
        && ziffern(m, 2..=2)
        && h.parse::<u32>().is_ok_and(|h| h < 24)
        && m.parse::<u32>().is_ok_and(|m| m < 60)
}

/// Tags typed as "a, b; c" → ["a", "b", "c"].
pub fn schlagworte_lesen(text: &str) -> Vec<String> {
    text.split([',', ';'])
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

crate::shared::datensatz::mit_id!(
    Ressort,
    Behoerde,
    Austauschformat,
    Termin,
    Teilnahme,
    Ergebnis,
    Angebot,
    Folgeaufgabe
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn katalog_einmal_und_ids_bleiben() {
        let mut ba = Behoerdenaustausch::default();
        let t = ba.speichere_termin(Termin {
            thema: "T".into(),
            online: true,
            datum: Datum::neu(2026, 12, 1),
            ..Termin::default()
        });
        assert_eq!(ba.behoerden.len(), VORGABE_BEHOERDEN.len());
        assert!(ba
            .behoerden
            .iter()
            .all(|b| b.bitte_pruefen && b.ressort.is_some()));
        let bva = ba.behoerden.iter().find(|b| b.kuerzel == "BVA").unwrap().id;
        assert_eq!(ba.ressort_von(bva), "BMI");
        for b in ba.behoerden.clone() {
            ba.entferne_behoerde(b.id);
        }
        ba.speichere_termin(Termin {
            thema: "U".into(),
            online: true,
            datum: Datum::neu(2026, 12, 2),
            ..Termin::default()
        });
        assert!(ba.behoerden.is_empty(), "nicht erneut angelegt");
        let neu = ba.speichere_format(Austauschformat {
            titel: "F".into(),
            ..Austauschformat::default()
        });
        assert!(neu > t && neu > bva, "Ids werden nicht wiederverwendet");
    }

    #[test]
    fn pruefungen_sagen_was_fehlt() {
        let mut ba = Behoerdenaustausch::default();
        ba.katalog_sicherstellen();
        let felder = |f: Vec<Feldfehler>| f.into_iter().map(|f| f.feld).collect::<Vec<_>>();
        assert_eq!(
            felder(ba.pruefe_termin(&Termin::default())),
            ["datum", "thema", "ort"]
        );
        let t = Termin {
            datum: Datum::neu(2026, 1, 1),
            thema: "x".into(),
            online: true,
            uhrzeit: "25:00".into(),
            ..Termin::default()
        };
        assert_eq!(felder(ba.pruefe_termin(&t)), ["uhrzeit"]);
        assert!(uhrzeit_gueltig("9:30") && uhrzeit_gueltig("23:59") && !uhrzeit_gueltig("9.30"));
        let b = Behoerde {
            name: "bundesverwaltungsamt".into(),
            ..Behoerde::default()
        };
        assert_eq!(felder(ba.pruefe_behoerde(&b)), ["name"]);
        let b = Behoerde {
            name: "Neu".into(),
            kuerzel: "bva".into(),
            ..Behoerde::default()
        };
        assert_eq!(felder(ba.pruefe_behoerde(&b)), ["kuerzel"]);
        assert_eq!(
            felder(ba.pruefe_angebot(&Angebot::default())),
            ["behoerde", "titel"]
        );
        assert_eq!(
            schlagworte_lesen(" E-Akte, Nutzerfreundlichkeit ;; OZG "),
            ["E-Akte", "Nutzerfreundlichkeit", "OZG"]
        );
    }

    #[test]
    fn loeschen_eines_termins_nimmt_teilnahmen_und_ergebnisse_mit() {
        let mut ba = Behoerdenaustausch::default();
        let t = ba.speichere_termin(Termin {
            thema: "T".into(),
            online: true,
            datum: Datum::neu(2026, 12, 1),
            ..Termin::default()
        });
        let b = ba.behoerden[0].id;
        ba.speichere_teilnahme(Teilnahme {
            termin: t,
            behoerde: b,
            ..Teilnahme::default()
        });
        ba.speichere_ergebnis(Ergebnis {
            termin: t,
            titel: "E".into(),
            ..Ergebnis::default()
        });
        let f = ba.speichere_folgeaufgabe(Folgeaufgabe {
            termin: Some(t),
            massnahme: "M".into(),
            ..Folgeaufgabe::default()
        });
        ba.entferne_termin(t);
        assert!(ba.teilnahmen.is_empty() && ba.ergebnisse.is_empty());
        assert_eq!(ba.folgeaufgaben.mit_id(f).unwrap().termin, None);
    }
}
