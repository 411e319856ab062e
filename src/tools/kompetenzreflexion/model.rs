//! The data of the Kompetenzreflexion (fachkonzept §2.10): the catalogues Rollen (as
//! Rollensteckbrief: Aufgaben, Verantwortlichkeiten), Kompetenzen in five Kompetenzbereiche and
//! Soll-Profile (Rolle × Kompetenz → Niveau 1–3, optionally critical for the role); the team
//! (named persons or anonymous codes such as "TN 1"), self- and peer ratings per person ×
//! competence and date (history kept), workshops with their agenda phases, and development
//! measures per gap.
//!
//! Plain data with plain methods, no signals. Records refer to each other by a permanent
//! numeric `id` that is never reused.
//!
//! **What is sourced and what is ours.** Sourced [Q:S52]: the IT-Planungsrat's project
//! "E-Government-Kompetenz" describes reference roles as Rollensteckbriefe (Aufgaben,
//! Verantwortlichkeiten, Kompetenzen) and a Kompetenzmatrix with *three* Beherrschungsniveaus;
//! the role names of [`vorgabe_rollen`] are those visible in the study's figure [Q:S52b]. Ours
//! (fachkonzept §2.10 "[I]"): the level names, the competences, the five areas, every
//! Soll-Profil and the texts of the Rollensteckbriefe. They ship as data marked
//! `bitte_pruefen`, stay editable, and the user clears the marker by confirming an entry.
//!
//! **Personal data.** Ratings of named persons are personal data (fachkonzept §1.4): a person
//! can be recorded by code only, and [`Kompetenzreflexion::entferne_person`] /
//! [`Kompetenzreflexion::entferne_einschaetzungen_von`] delete a person's ratings in one step.

use serde::{Deserialize, Serialize};

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datensatz::Datensaetze;
use crate::shared::datum::Datum;
use crate::shared::ist_standard;
pub use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::shared::vokabular::vokabular;

use crate::shared::sortieren::Sortieren;
/// State of a development measure: the same four states as the other tools' measures.
pub use crate::tools::stakeholderanalyse::model::Massnahmenstatus;

/// Longest single-line text.
pub const MAX_KURZTEXT: usize = 200;
/// Longest multi-line text.
pub const MAX_LANGTEXT: usize = 5000;
/// The first record id handed out.
pub const ERSTE_ID: u32 = 1;

/// A Beherrschungsniveau. Three levels are sourced [Q:S52]; their names are inferred
/// (fachkonzept §2.10, "labels inferred"), hence "bitte prüfen" in the Legende.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Niveau {
    /// 1
    #[default]
    Grundkenntnisse,
    /// 2
    Anwenden,
    /// 3
    Gestalten,
}

vokabular!(Niveau {
    Grundkenntnisse => "1 Grundkenntnisse", "Kennt Begriffe und Zusammenhänge, arbeitet mit Anleitung (Bezeichnung rekonstruiert, bitte prüfen).";
    Anwenden => "2 Anwenden", "Wendet die Kompetenz selbstständig im Arbeitsalltag an (Bezeichnung rekonstruiert, bitte prüfen).";
    Gestalten => "3 Gestalten", "Gestaltet, berät andere und entwickelt Vorgehen weiter (Bezeichnung rekonstruiert, bitte prüfen).";
});

impl Niveau {
    /// The level's number 1–3.
    pub fn wert(self) -> u8 {
        match self {
            Niveau::Grundkenntnisse => 1,
            Niveau::Anwenden => 2,
            Niveau::Gestalten => 3,
        }
    }

    /// The level with number `wert` (1–3).
    pub fn aus_wert(wert: u8) -> Option<Niveau> {
        wert.checked_sub(1)
            .and_then(|i| Niveau::ALLE.get(usize::from(i)))
            .copied()
    }
}

/// A Kompetenzbereich (fachkonzept §2.10, the five areas of the proposed model [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Kompetenzbereich {
    /// Fach-/Verwaltungswissen
    #[default]
    Fachwissen,
    /// Digital/IT
    DigitalIt,
    /// Projekt-/Prozessmanagement
    Projektmanagement,
    /// Sozial/Kommunikation
    Sozial,
    /// Persönlich/Veränderung
    Persoenlich,
}

vokabular!(Kompetenzbereich {
    Fachwissen => "Fach-/Verwaltungswissen", "Recht, Verfahren und Fachlichkeit der Verwaltung";
    DigitalIt => "Digital/IT", "Digitale Technologien, IT-Architektur, Sicherheit, Daten";
    Projektmanagement => "Projekt-/Prozessmanagement", "Vorhaben planen und steuern, Prozesse erheben und gestalten";
    Sozial => "Sozial/Kommunikation", "Zusammenarbeit, Moderation, Beteiligung";
    Persoenlich => "Persönlich/Veränderung", "Lernbereitschaft, Umgang mit Veränderung, Eigeninitiative";
});

/// A phase of the workshop agenda (fachkonzept §2.10 [I]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Opening.
    #[default]
    Einstieg,
    /// Rating and reflecting.
    Reflexion,
    /// Looking at the gaps.
    GapAnalyse,
    /// Agreeing on measures.
    Massnahmen,
}

vokabular!(Phase {
    Einstieg => "Einstieg", "Ziel des Workshops, Rollen und Niveaus klären, Datenschutz ansprechen";
    Reflexion => "Reflexion", "Selbst- und Fremdeinschätzung je Kompetenz";
    GapAnalyse => "Gap-Analyse", "Lücken zwischen Soll und Ist besprechen, prioritäre Lücken festhalten";
    Massnahmen => "Maßnahmen", "Entwicklungsmaßnahmen mit Verantwortlichen und Terminen vereinbaren";
});

/// A role with its Rollensteckbrief.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rolle {
    /// Permanent id.
    pub id: u32,
    /// Name, e.g. "IT-Projektmanager/in".
    pub name: String,
    /// Aufgaben of the role.
    #[serde(skip_serializing_if = "ist_standard")]
    pub aufgaben: String,
    /// Verantwortlichkeiten of the role.
    #[serde(skip_serializing_if = "ist_standard")]
    pub verantwortlichkeiten: String,
    /// A shipped entry nobody has confirmed yet: shown "bitte prüfen".
    #[serde(skip_serializing_if = "ist_standard")]
    pub bitte_pruefen: bool,
}

/// A competence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Kompetenz {
    /// Permanent id.
    pub id: u32,
    /// Name.
    pub name: String,
    /// Its area.
    pub bereich: Kompetenzbereich,
    /// What it means.
    #[serde(skip_serializing_if = "ist_standard")]
    pub beschreibung: String,
    /// A shipped entry nobody has confirmed yet.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bitte_pruefen: bool,
}

/// One cell of the Soll-Profile: the level role `rolle` needs in competence `kompetenz`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sollwert {
    /// The role.
    pub rolle: u32,
    /// The competence.
    pub kompetenz: u32,
    /// The required level.
    pub niveau: Niveau,
    /// Critical for the role: a gap of 1 is already a priority gap.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kritisch: bool,
}

/// A team member: a code ("TN 1") always, a name only if the person agreed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    /// Permanent id.
    pub id: u32,
    /// Anonymous code, e.g. "TN 1"; used wherever names are hidden.
    pub kennung: String,
    /// Name (personal data; optional).
    #[serde(skip_serializing_if = "ist_standard")]
    pub name: String,
    /// The role the person holds.
    #[serde(skip_serializing_if = "ist_standard")]
    pub rolle: Option<u32>,
}

impl Person {
    /// The name if given and `mit_namen`, else the code.
    pub fn anzeige(&self, mit_namen: bool) -> String {
        if mit_namen && !self.name.trim().is_empty() {
            format!("{} ({})", self.name.trim(), self.kennung)
        } else {
            self.kennung.clone()
        }
    }
}

/// A rating of one person in one competence on one date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Einschaetzung {
    /// Permanent id.
    pub id: u32,
    /// The person.
    pub person: u32,
    /// The competence.
    pub kompetenz: u32,
    /// The date.
    pub datum: Datum,
    /// Self-rating.
    #[serde(skip_serializing_if = "ist_standard")]
    pub selbst: Option<Niveau>,
    /// Peer rating (optional).
    #[serde(skip_serializing_if = "ist_standard")]
    pub fremd: Option<Niveau>,
    /// Comment.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kommentar: String,
}

impl Default for Einschaetzung {
    /// No levels on the first day of the calendar (callers set the date; the default only
    /// fills fields missing in stored data).
    fn default() -> Self {
        Einschaetzung {
            id: 0,
            person: 0,
            kompetenz: 0,
            datum: Datum::aus_tagesnummer(0),
            selbst: None,
            fremd: None,
            kommentar: String::new(),
        }
    }
}

/// A workshop: date, participants, notes per agenda phase, results.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workshop {
    /// Permanent id.
    pub id: u32,
    /// Title.
    pub titel: String,
    /// Date.
    #[serde(skip_serializing_if = "ist_standard")]
    pub datum: Option<Datum>,
    /// Participating persons.
    #[serde(skip_serializing_if = "ist_standard")]
    pub teilnehmende: Vec<u32>,
    /// The phase the workshop is in.
    #[serde(skip_serializing_if = "ist_standard")]
    pub phase: Phase,
    /// Notes of the phase Einstieg.
    #[serde(skip_serializing_if = "ist_standard")]
    pub einstieg: String,
    /// Notes of the phase Reflexion.
    #[serde(skip_serializing_if = "ist_standard")]
    pub reflexion: String,
    /// Notes of the phase Gap-Analyse.
    #[serde(skip_serializing_if = "ist_standard")]
    pub gap_analyse: String,
    /// Notes of the phase Maßnahmen.
    #[serde(skip_serializing_if = "ist_standard")]
    pub massnahmen: String,
    /// Results.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ergebnisse: String,
}

/// A development measure for a gap (person × competence, or the team's competence).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Massnahme {
    /// Permanent id.
    pub id: u32,
    /// The person (`None`: for the whole team).
    #[serde(skip_serializing_if = "ist_standard")]
    pub person: Option<u32>,
    /// The competence.
    pub kompetenz: u32,
    /// What is done, e.g. "Schulung Prozessmodellierung".
    pub titel: String,
    /// Who answers for it.
    #[serde(skip_serializing_if = "ist_standard")]
    pub verantwortlich: String,
    /// Due date.
    #[serde(skip_serializing_if = "ist_standard")]
    pub termin: Option<Datum>,
    /// State.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Massnahmenstatus,
}

/// The tool's stored data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Kompetenzreflexion {
    /// Roles.
    #[serde(skip_serializing_if = "ist_standard")]
    pub rollen: Vec<Rolle>,
    /// Competences.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kompetenzen: Vec<Kompetenz>,
    /// Soll-Profile: one entry per role × competence with a required level.
    #[serde(skip_serializing_if = "ist_standard")]
    pub soll: Vec<Sollwert>,
    /// The team.
    #[serde(skip_serializing_if = "ist_standard")]
    pub personen: Vec<Person>,
    /// Every rating ever filed.
    #[serde(skip_serializing_if = "ist_standard")]
    pub einschaetzungen: Vec<Einschaetzung>,
    /// Workshops.
    #[serde(skip_serializing_if = "ist_standard")]
    pub workshops: Vec<Workshop>,
    /// Development measures.
    #[serde(skip_serializing_if = "ist_standard")]
    pub massnahmen: Vec<Massnahme>,
    /// Next free record id (ids are never reused).
    #[serde(skip_serializing_if = "ist_standard")]
    pub naechste_id: u32,
}

impl Werkzeugteil for Kompetenzreflexion {}

/// The default roles: reference roles visible in the IT-Planungsrat study's figure [Q:S52b],
/// plus the OZG-Koordinator/in (fachkonzept §1.2). Aufgaben and Verantwortlichkeiten are our
/// short reconstruction ("bitte prüfen"); the study's Rollensteckbriefe are authoritative.
pub fn vorgabe_rollen() -> Vec<Rolle> {
    let liste: [(&str, &str, &str); 8] = [
        ("IT-Projektmanager/in", "Plant und steuert Digitalisierungsvorhaben: Ziele, Zeitplan, Ressourcen, Risiken, Berichte.", "Erreichen der Projektziele im vereinbarten Rahmen; Statusberichte an den Lenkungskreis."),
        ("Prozessmanager/in", "Erhebt, modelliert und optimiert Verwaltungsprozesse vor und während der Digitalisierung.", "Prozessmodelle und ihre Pflege; Abstimmung mit Fachbereich und IT."),
        ("Fachaufgabenträger/in", "Verantwortet die Verwaltungsleistung fachlich und bringt die fachlichen Anforderungen ein.", "Fachliche Abnahme; Rechtskonformität der Leistung."),
        ("Organisations-/Changemanager/in", "Begleitet die Veränderung: Beteiligung, Kommunikation, Qualifizierung.", "Veränderungsplan; Einbindung der Beschäftigten."),
        ("IT-Anforderungsmanager/in", "Beschreibt Anforderungen an IT-Lösungen und hält sie mit dem Fachbereich abgestimmt.", "Vollständige, prüfbare Anforderungen; Änderungsverfahren."),
        ("IT-Koordinator/in", "Koordiniert IT-Vorhaben der Organisationseinheit mit der IT-Steuerung und Dienstleistern.", "Abgestimmte IT-Planung; Schnittstelle zum IT-Dienstleister."),
        ("Innovationsmanager/in", "Erkennt neue Lösungen und bringt sie in die Organisation, etwa über Labore und Nachnutzung.", "Innovationsportfolio; Bewertung neuer Ansätze."),
        ("OZG-Koordinator/in", "Koordiniert die OZG-Umsetzung im Geschäftsbereich, fragt Umsetzungsstände ab und berichtet.", "Überblick und Berichtswesen; Ansprechperson für das Programm."),
    ];
    liste
        .into_iter()
        .map(|(name, aufgaben, verantwortlichkeiten)| Rolle {
            name: name.to_owned(),
            aufgaben: aufgaben.to_owned(),
            verantwortlichkeiten: verantwortlichkeiten.to_owned(),
            bitte_pruefen: true,
            ..Rolle::default()
        })
        .collect()
}

/// The default competences, three per area (our reconstruction from the competence needs
/// named in [Q:S52c]: Projektmanagement, Prozessmanagement, Organisationsentwicklung,
/// Risikomanagement, IT-Strategie, soziale Fähigkeiten).
pub fn vorgabe_kompetenzen() -> Vec<Kompetenz> {
    use Kompetenzbereich::*;
    let liste: [(Kompetenzbereich, &str, &str); 15] = [
        (
            Fachwissen,
            "Verwaltungsrecht und Verfahren",
            "Rechtsgrundlagen und Verfahrensabläufe der Leistungen kennen und anwenden",
        ),
        (
            Fachwissen,
            "OZG und Digitalisierungsprogramm",
            "OZG, Reifegradmodell, EfA, Servicestandard und Fertigungsstraße einordnen",
        ),
        (
            Fachwissen,
            "Haushalt und Vergabe",
            "Mittel planen, beantragen und beschaffen",
        ),
        (
            DigitalIt,
            "IT-Architektur und Basisdienste",
            "Nutzerkonto, Bezahldienste, Schnittstellen und Portale verstehen",
        ),
        (
            DigitalIt,
            "Informationssicherheit und Datenschutz",
            "Schutzbedarf erkennen, Maßnahmen einfordern",
        ),
        (
            DigitalIt,
            "Daten und FIM",
            "Datenfelder, FIM-Bausteine und Register nutzen",
        ),
        (
            Projektmanagement,
            "Projektmanagement",
            "Vorhaben planen, steuern und berichten",
        ),
        (
            Projektmanagement,
            "Prozessmanagement",
            "Prozesse erheben, modellieren und optimieren",
        ),
        (
            Projektmanagement,
            "Risikomanagement",
            "Risiken erkennen, bewerten und steuern",
        ),
        (
            Sozial,
            "Kommunikation",
            "Verständlich informieren, zuhören, Ergebnisse vertreten",
        ),
        (
            Sozial,
            "Moderation und Beteiligung",
            "Workshops leiten, Beteiligte einbinden",
        ),
        (
            Sozial,
            "Zusammenarbeit über Grenzen",
            "Mit Fachbereich, IT, Dienstleistern und anderen Behörden arbeiten",
        ),
        (
            Persoenlich,
            "Veränderungsbereitschaft",
            "Neues ausprobieren, Veränderung mittragen",
        ),
        (
            Persoenlich,
            "Lernbereitschaft",
            "Eigenen Lernbedarf erkennen und angehen",
        ),
        (
            Persoenlich,
            "Eigenverantwortung",
            "Aufgaben selbstständig vorantreiben",
        ),
    ];
    liste
        .into_iter()
        .map(|(bereich, name, beschreibung)| Kompetenz {
            name: name.to_owned(),
            bereich,
            beschreibung: beschreibung.to_owned(),
            bitte_pruefen: true,
            ..Kompetenz::default()
        })
        .collect()
}

/// The default Soll-Profile, one row per role of [`vorgabe_rollen`] in the order of
/// [`vorgabe_kompetenzen`]: a digit 1–3 is the level, `-` no requirement, `!` after the digit
/// marks the competence as critical for the role. Our reconstruction ("bitte prüfen").
const VORGABE_SOLL: [&str; 8] = [
    "2 2 2 2 2 1 3!2 3!3 2 2 2 2 2",
    "2 2 1 2 2 2 2 3!2 2 3!2 2 2 2",
    "3!2 2 1 2 2 1 2 1 2 1 2 2 2 2",
    "1 2 1 1 1 1 2 2 1 3!3!2 3!2 2",
    "2 1 1 3!2 3!2 2 1 2 2 2 2 2 2",
    "1 2 2 3!3!2 2 1 2 2 1 3!2 2 2",
    "1 2 1 2 1 2 2 2 1 2 3 2 3!3 2",
    "2 3!2 2 1 1 3 2 2 3!2 3!2 2 2",
];

/// The default Soll-Profil entries as `(role index, competence index, level, critical)`.
pub fn vorgabe_soll() -> Vec<(usize, usize, Niveau, bool)> {
    let mut liste = Vec::new();
    for (r, zeile) in VORGABE_SOLL.iter().enumerate() {
        let zeichen: Vec<char> = zeile.chars().filter(|c| *c != ' ').collect();
        let mut k = 0;
        let mut i = 0;
        while i < zeichen.len() {
            let kritisch = zeichen.get(i + 1) == Some(&'!');
            if let Some(n) = zeichen[i]
                .to_digit(10)
                .and_then(|d| Niveau::aus_wert(d as u8))
            {
                liste.push((r, k, n, kritisch));
            }
            i += if kritisch { 2 } else { 1 };
            k += 1;
        }
    }
    liste
}

impl Kompetenzreflexion {
    /// Hands out a new record id.
    pub fn vergib_id(&mut self) -> u32 {
        crate::shared::datensatz::vergib_id(&mut self.naechste_id, ERSTE_ID)
    }

    /// The role with `id`.
    pub fn rolle(&self, id: u32) -> Option<&Rolle> {
        self.rollen.mit_id(id)
    }

    /// The competence with `id`.
    pub fn kompetenz(&self, id: u32) -> Option<&Kompetenz> {
        self.kompetenzen.mit_id(id)
    }

    /// The person with `id`.
    pub fn person(&self, id: u32) -> Option<&Person> {
        self.personen.mit_id(id)
    }

    /// The workshop with `id`.
    pub fn workshop(&self, id: u32) -> Option<&Workshop> {
        self.workshops.mit_id(id)
    }

    /// The competences in area order (catalogue order within an area).
    pub fn kompetenzen_geordnet(&self) -> Vec<&Kompetenz> {
        let mut liste: Vec<&Kompetenz> = self.kompetenzen.iter().collect();
        liste.sortiere_nach_schluessel(|k| k.bereich);
        liste
    }

    /// The Soll-Profil entry of role `rolle` in competence `kompetenz`.
    pub fn sollwert(&self, rolle: u32, kompetenz: u32) -> Option<&Sollwert> {
        self.soll
            .iter()
            .find(|s| s.rolle == rolle && s.kompetenz == kompetenz)
    }

    /// Sets (`Some`) or clears (`None`) a Soll-Profil cell.
    pub fn setze_soll(&mut self, rolle: u32, kompetenz: u32, wert: Option<(Niveau, bool)>) {
        self.soll
            .retain(|s| !(s.rolle == rolle && s.kompetenz == kompetenz));
        if let Some((niveau, kritisch)) = wert {
            self.soll.push(Sollwert {
                rolle,
                kompetenz,
                niveau,
                kritisch,
            });
            self.soll
                .sortiere_nach_schluessel(|s| (s.rolle, s.kompetenz));
        }
    }

    /// Record counts for previews; `None` while nothing is entered.
    pub fn kennzahl(&self) -> Option<String> {
        if self.rollen.is_empty() && self.kompetenzen.is_empty() && self.personen.is_empty() {
            return None;
        }
        use crate::shared::text::anzahl;
        Some(format!(
            "{}, {}, {}, {}",
            anzahl(self.rollen.len(), "Rolle", "Rollen"),
            anzahl(self.kompetenzen.len(), "Kompetenz", "Kompetenzen"),
            anzahl(self.personen.len(), "Person", "Personen"),
            anzahl(self.einschaetzungen.len(), "Einschätzung", "Einschätzungen")
        ))
    }

    /// Adds the default roles, competences and Soll-Profile whose names are not in the
    /// catalogue yet (all marked "bitte prüfen"); returns how many roles and competences.
    pub fn uebernimm_vorgabe(&mut self) -> usize {
        let mut neu = 0;
        let mut rollen_ids = Vec::new();
        for mut r in vorgabe_rollen() {
            if let Some(alt) = self.rollen.iter().find(|x| x.name == r.name) {
                rollen_ids.push((alt.id, false));
                continue;
            }
            r.id = self.vergib_id();
            rollen_ids.push((r.id, true));
            self.rollen.push(r);
            neu += 1;
        }
        let mut kompetenz_ids = Vec::new();
        for mut k in vorgabe_kompetenzen() {
            if let Some(alt) = self.kompetenzen.iter().find(|x| x.name == k.name) {
                kompetenz_ids.push(alt.id);
                continue;
            }
            k.id = self.vergib_id();
            kompetenz_ids.push(k.id);
            self.kompetenzen.push(k);
            neu += 1;
        }
        for (r, k, niveau, kritisch) in vorgabe_soll() {
            let (rolle, neue_rolle) = rollen_ids[r];
            let kompetenz = kompetenz_ids[k];
            // Only new roles get the default profile; an existing role keeps the user's.
            if neue_rolle && self.sollwert(rolle, kompetenz).is_none() {
                self.setze_soll(rolle, kompetenz, Some((niveau, kritisch)));
            }
        }
        neu
    }

    /// Problems of a role as the form would save it.
    pub fn pruefe_rolle(&self, r: &Rolle) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        if r.name.trim().is_empty() {
            fehler.push(Feldfehler::neu(
                "name",
                "Geben Sie den Namen der Rolle ein.",
            ));
        } else if self
            .rollen
            .iter()
            .any(|x| x.id != r.id && x.name.trim() == r.name.trim())
        {
            fehler.push(Feldfehler::neu(
                "name",
                format!("Eine Rolle „{}“ gibt es schon.", r.name.trim()),
            ));
        }
        fehler.hoechstens("name", "Name", &r.name, MAX_KURZTEXT);
        fehler.hoechstens("aufgaben", "Aufgaben", &r.aufgaben, MAX_LANGTEXT);
        fehler.hoechstens(
            "verantwortlichkeiten",
            "Verantwortlichkeiten",
            &r.verantwortlichkeiten,
            MAX_LANGTEXT,
        );
        fehler
    }

    /// Adds a role (id 0) or replaces the stored one; returns its id.
    pub fn speichere_rolle(&mut self, mut r: Rolle) -> u32 {
        if r.id == 0 {
            r.id = self.vergib_id();
        }
        let id = r.id;
        self.rollen.ersetze_oder_fuege_an(r);
        id
    }

    /// Deletes a role with its Soll-Profil; its persons keep their ratings, without role.
    pub fn entferne_rolle(&mut self, id: u32) {
        self.rollen.entferne_id(id);
        self.soll.retain(|s| s.rolle != id);
        for p in &mut self.personen {
            if p.rolle == Some(id) {
                p.rolle = None;
            }
        }
    }

    /// Problems of a competence as the form would save it.
    pub fn pruefe_kompetenz(&self, k: &Kompetenz) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        if k.name.trim().is_empty() {
            fehler.push(Feldfehler::neu(
                "name",
                "Geben Sie den Namen der Kompetenz ein.",
            ));
        } else if self
            .kompetenzen
            .iter()
            .any(|x| x.id != k.id && x.name.trim() == k.name.trim())
        {
            fehler.push(Feldfehler::neu(
                "name",
                format!("Eine Kompetenz „{}“ gibt es schon.", k.name.trim()),
            ));
        }
        fehler.hoechstens("name", "Name", &k.name, MAX_KURZTEXT);
        fehler.hoechstens(
            "beschreibung",
            "Beschreibung",
            &k.beschreibung,
            MAX_LANGTEXT,
        );
        fehler
    }

    /// Adds a competence (id 0) or replaces the stored one; returns its id.
    pub fn speichere_kompetenz(&mut self, mut k: Kompetenz) -> u32 {
        if k.id == 0 {
            k.id = self.vergib_id();
        }
        let id = k.id;
        self.kompetenzen.ersetze_oder_fuege_an(k);
        id
    }

    /// Whether a competence may be deleted: only while nobody is rated in it.
    pub fn kompetenz_loeschbar(&self, id: u32) -> bool {
        !self.einschaetzungen.iter().any(|e| e.kompetenz == id)
    }

    /// Deletes an unrated competence with its Soll-Profil cells and measures; `false` if
    /// somebody is rated in it.
    pub fn entferne_kompetenz(&mut self, id: u32) -> bool {
        if !self.kompetenz_loeschbar(id) {
            return false;
        }
        self.kompetenzen.entferne_id(id);
        self.soll.retain(|s| s.kompetenz != id);
        self.massnahmen.retain(|m| m.kompetenz != id);
        true
    }

    /// The next free code "TN n" (one more than the highest number in use).
    pub fn naechste_kennung(&self) -> String {
        let hoechste = self
            .personen
            .iter()
            .filter_map(|p| p.kennung.strip_prefix("TN ")?.trim().parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        format!("TN {}", hoechste + 1)
    }

    /// Problems of a person as the form would save it.
    pub fn pruefe_person(&self, p: &Person) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.wenn(
            !p.kennung.trim().is_empty()
                && self
                    .personen
                    .iter()
                    .any(|x| x.id != p.id && x.kennung.trim() == p.kennung.trim()),
            "kennung",
            format!("Die Kennung „{}“ ist schon vergeben.", p.kennung.trim()),
        );
        fehler.wenn(
            p.rolle.is_some_and(|r| self.rolle(r).is_none()),
            "rolle",
            "Wählen Sie eine vorhandene Rolle.",
        );
        fehler.hoechstens("kennung", "Kennung", &p.kennung, 40);
        fehler.hoechstens("name", "Name", &p.name, MAX_KURZTEXT);
        fehler
    }

    /// Adds a person (id 0; a blank code becomes the next "TN n") or replaces the stored one;
    /// returns the id.
    pub fn speichere_person(&mut self, mut p: Person) -> u32 {
        p.kennung = p.kennung.trim().to_owned();
        p.name = p.name.trim().to_owned();
        if p.kennung.is_empty() {
            p.kennung = self.naechste_kennung();
        }
        if p.id == 0 {
            p.id = self.vergib_id();
        }
        let id = p.id;
        self.personen.ersetze_oder_fuege_an(p);
        id
    }

    /// Deletes all ratings of a person in one step (the person stays, e.g. as "TN 3");
    /// returns how many.
    pub fn entferne_einschaetzungen_von(&mut self, person: u32) -> usize {
        let vorher = self.einschaetzungen.len();
        self.einschaetzungen.retain(|e| e.person != person);
        vorher - self.einschaetzungen.len()
    }

    /// Deletes a person in one step: the record, every rating, the measures planned for the
    /// person alone, and the person's place in workshops.
    pub fn entferne_person(&mut self, id: u32) {
        self.personen.entferne_id(id);
        self.entferne_einschaetzungen_von(id);
        self.massnahmen.retain(|m| m.person != Some(id));
        for w in &mut self.workshops {
            w.teilnehmende.retain(|t| *t != id);
        }
    }

    /// Files a rating: replaces the rating of the same person × competence × date (keeping
    /// its id), adds it otherwise; a rating without levels and comment removes that date's
    /// entry. Ratings of other dates never change. Returns the id (0 if removed).
    pub fn speichere_einschaetzung(&mut self, mut e: Einschaetzung) -> u32 {
        e.kommentar = e.kommentar.trim().to_owned();
        let alt = self
            .einschaetzungen
            .iter()
            .find(|x| x.person == e.person && x.kompetenz == e.kompetenz && x.datum == e.datum)
            .map(|x| x.id);
        if e.selbst.is_none() && e.fremd.is_none() && e.kommentar.is_empty() {
            if let Some(alt) = alt {
                self.einschaetzungen.entferne_id(alt);
            }
            return 0;
        }
        e.id = match alt {
            Some(id) => id,
            None => self.vergib_id(),
        };
        let id = e.id;
        self.einschaetzungen.ersetze_oder_fuege_an(e);
        self.einschaetzungen
            .sortiere_nach_schluessel(|x| (x.datum, x.person, x.kompetenz, x.id));
        id
    }

    /// Problems of a workshop as the form would save it.
    pub fn pruefe_workshop(&self, w: &Workshop) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.pflicht("titel", &w.titel, "Geben Sie einen Titel ein.");
        fehler.wenn(
            w.datum.is_none(),
            "datum",
            "Geben Sie das Datum des Workshops ein.",
        );
        fehler.hoechstens("titel", "Titel", &w.titel, MAX_KURZTEXT);
        for (feld, name, text) in [
            ("einstieg", "Einstieg", &w.einstieg),
            ("reflexion", "Reflexion", &w.reflexion),
            ("gap_analyse", "Gap-Analyse", &w.gap_analyse),
            ("massnahmen", "Maßnahmen", &w.massnahmen),
            ("ergebnisse", "Ergebnisse", &w.ergebnisse),
        ] {
            fehler.hoechstens(feld, name, text, MAX_LANGTEXT);
        }
        fehler
    }

    /// Adds a workshop (id 0) or replaces the stored one; returns its id.
    pub fn speichere_workshop(&mut self, mut w: Workshop) -> u32 {
        if w.id == 0 {
            w.id = self.vergib_id();
        }
        let id = w.id;
        self.workshops.ersetze_oder_fuege_an(w);
        id
    }

    /// Deletes a workshop (the ratings made in it stay: they belong to the persons).
    pub fn entferne_workshop(&mut self, id: u32) {
        self.workshops.entferne_id(id);
    }

    /// Problems of a measure as the form would save it.
    pub fn pruefe_massnahme(&self, m: &Massnahme) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.wenn(
            self.kompetenz(m.kompetenz).is_none(),
            "kompetenz",
            "Wählen Sie die Kompetenz.",
        );
        fehler.wenn(
            m.person.is_some_and(|p| self.person(p).is_none()),
            "person",
            "Wählen Sie eine Person des Teams.",
        );
        fehler.pflicht("titel", &m.titel, "Geben Sie einen Titel ein.");
        fehler.hoechstens("titel", "Titel", &m.titel, MAX_KURZTEXT);
        fehler.hoechstens(
            "verantwortlich",
            "Verantwortlich",
            &m.verantwortlich,
            MAX_KURZTEXT,
        );
        fehler
    }

    /// Adds a measure (id 0) or replaces the stored one; returns its id.
    pub fn speichere_massnahme(&mut self, mut m: Massnahme) -> u32 {
        if m.id == 0 {
            m.id = self.vergib_id();
        }
        let id = m.id;
        self.massnahmen.ersetze_oder_fuege_an(m);
        id
    }

    /// Removes a measure.
    pub fn entferne_massnahme(&mut self, id: u32) {
        self.massnahmen.entferne_id(id);
    }
}

crate::shared::datensatz::mit_id!(Rolle, Kompetenz, Person, Einschaetzung, Workshop, Massnahme);

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(t: u32) -> Datum {
        Datum::neu(2026, 3, t).unwrap()
    }

    #[test]
    fn vorgabe_deckt_alle_bereiche_ab_und_ist_zu_pruefen() {
        let mut k = Kompetenzreflexion::default();
        assert_eq!(k.uebernimm_vorgabe(), 8 + 15);
        assert_eq!(k.uebernimm_vorgabe(), 0, "nichts doppelt");
        for b in Kompetenzbereich::ALLE {
            assert_eq!(
                k.kompetenzen.iter().filter(|x| x.bereich == *b).count(),
                3,
                "{b:?}"
            );
        }
        assert!(k
            .rollen
            .iter()
            .all(|r| r.bitte_pruefen && !r.aufgaben.is_empty()));
        assert!(k.kompetenzen.iter().all(|x| x.bitte_pruefen));
        // Every default role has a level in every default competence, some critical.
        assert_eq!(k.soll.len(), 8 * 15);
        for r in &k.rollen {
            assert!(
                k.soll.iter().any(|s| s.rolle == r.id && s.kritisch),
                "{}",
                r.name
            );
        }
        let pm = k
            .rollen
            .iter()
            .find(|r| r.name == "IT-Projektmanager/in")
            .unwrap()
            .id;
        let proj = k
            .kompetenzen
            .iter()
            .find(|x| x.name == "Projektmanagement")
            .unwrap()
            .id;
        assert_eq!(
            k.sollwert(pm, proj).map(|s| (s.niveau, s.kritisch)),
            Some((Niveau::Gestalten, true))
        );
    }

    #[test]
    fn vorgabe_soll_hat_je_rolle_eine_zeile_mit_allen_kompetenzen() {
        let v = vorgabe_soll();
        for r in 0..8 {
            let ks: Vec<usize> = v.iter().filter(|x| x.0 == r).map(|x| x.1).collect();
            assert_eq!(ks, (0..15).collect::<Vec<_>>(), "Rolle {r}");
        }
    }

    #[test]
    fn einschaetzungen_je_datum_mit_verlauf() {
        let mut k = Kompetenzreflexion::default();
        let p = k.speichere_person(Person::default());
        let e = |datum, selbst| Einschaetzung {
            person: p,
            kompetenz: 5,
            datum,
            selbst,
            ..Einschaetzung::default()
        };
        let erste = k.speichere_einschaetzung(e(tag(1), Some(Niveau::Grundkenntnisse)));
        let zweite = k.speichere_einschaetzung(e(tag(9), Some(Niveau::Anwenden)));
        let wieder = k.speichere_einschaetzung(e(tag(9), Some(Niveau::Gestalten)));
        assert_eq!(zweite, wieder, "dasselbe Datum behält seine ID");
        assert_ne!(erste, zweite);
        assert_eq!(k.einschaetzungen.len(), 2);
        assert_eq!(
            k.einschaetzungen[0].selbst,
            Some(Niveau::Grundkenntnisse),
            "ältere bleibt"
        );
        assert_eq!(k.speichere_einschaetzung(e(tag(9), None)), 0);
        assert_eq!(
            k.einschaetzungen.len(),
            1,
            "leere Einschätzung entfernt den Tag"
        );
    }

    #[test]
    fn person_mit_allen_einschaetzungen_in_einem_schritt_loeschen() {
        let mut k = Kompetenzreflexion::default();
        let a = k.speichere_person(Person {
            name: "Anna Beispiel".into(),
            ..Person::default()
        });
        let b = k.speichere_person(Person::default());
        assert_eq!(k.person(a).unwrap().kennung, "TN 1");
        assert_eq!(k.person(b).unwrap().kennung, "TN 2");
        for p in [a, b] {
            for komp in [1, 2] {
                k.speichere_einschaetzung(Einschaetzung {
                    person: p,
                    kompetenz: komp,
                    datum: tag(1),
                    selbst: Some(Niveau::Anwenden),
                    ..Einschaetzung::default()
                });
            }
        }
        k.speichere_massnahme(Massnahme {
            person: Some(a),
            kompetenz: 1,
            titel: "Kurs".into(),
            ..Massnahme::default()
        });
        k.speichere_massnahme(Massnahme {
            person: None,
            kompetenz: 1,
            titel: "Team".into(),
            ..Massnahme::default()
        });
        k.speichere_workshop(Workshop {
            titel: "W".into(),
            teilnehmende: vec![a, b],
            ..Workshop::default()
        });
        k.entferne_person(a);
        assert!(k.person(a).is_none());
        assert!(k.einschaetzungen.iter().all(|e| e.person == b));
        assert_eq!(k.einschaetzungen.len(), 2);
        assert_eq!(k.massnahmen.len(), 1, "nur die Teammaßnahme bleibt");
        assert_eq!(k.workshops[0].teilnehmende, vec![b]);
        assert_eq!(k.entferne_einschaetzungen_von(b), 2);
        assert!(k.person(b).is_some(), "die Person bleibt als Kennung");
        assert_eq!(k.naechste_kennung(), "TN 3");
    }

    #[test]
    fn pruefungen_nennen_das_feld() {
        let mut k = Kompetenzreflexion::default();
        let felder = |f: Vec<Feldfehler>| f.into_iter().map(|f| f.feld).collect::<Vec<_>>();
        assert_eq!(felder(k.pruefe_rolle(&Rolle::default())), ["name"]);
        assert_eq!(felder(k.pruefe_kompetenz(&Kompetenz::default())), ["name"]);
        assert_eq!(
            felder(k.pruefe_workshop(&Workshop::default())),
            ["titel", "datum"]
        );
        assert_eq!(
            felder(k.pruefe_massnahme(&Massnahme {
                person: Some(99),
                ..Massnahme::default()
            })),
            ["kompetenz", "person", "titel"]
        );
        k.speichere_person(Person {
            kennung: "TN 1".into(),
            ..Person::default()
        });
        assert_eq!(
            felder(k.pruefe_person(&Person {
                kennung: "TN 1".into(),
                rolle: Some(4),
                ..Person::default()
            })),
            ["kennung", "rolle"]
        );
        let r = k.speichere_rolle(Rolle {
            name: "A".into(),
            ..Rolle::default()
        });
        assert_eq!(
            felder(k.pruefe_rolle(&Rolle {
                name: " A ".into(),
                ..Rolle::default()
            })),
            ["name"]
        );
        k.setze_soll(r, 7, Some((Niveau::Anwenden, false)));
        k.personen[0].rolle = Some(r);
        k.entferne_rolle(r);
        assert!(k.soll.is_empty() && k.personen[0].rolle.is_none());
    }

    #[test]
    fn kompetenz_mit_einschaetzungen_bleibt() {
        let mut k = Kompetenzreflexion::default();
        let komp = k.speichere_kompetenz(Kompetenz {
            name: "X".into(),
            ..Kompetenz::default()
        });
        let frei = k.speichere_kompetenz(Kompetenz {
            name: "Y".into(),
            ..Kompetenz::default()
        });
        k.speichere_einschaetzung(Einschaetzung {
            person: 1,
            kompetenz: komp,
            datum: tag(1),
            selbst: Some(Niveau::Anwenden),
            ..Einschaetzung::default()
        });
        assert!(!k.entferne_kompetenz(komp));
        assert!(k.entferne_kompetenz(frei));
        assert_eq!(k.kompetenzen.len(), 1);
    }

    #[test]
    fn niveaus_haben_werte_1_bis_3() {
        for (i, n) in Niveau::ALLE.iter().enumerate() {
            assert_eq!(usize::from(n.wert()), i + 1);
            assert_eq!(Niveau::aus_wert(n.wert()), Some(*n));
        }
        assert_eq!(Niveau::aus_wert(0), None);
        assert_eq!(Niveau::aus_wert(4), None);
    }
}
