//! The data of the Verankerung tool (fachkonzept §2.9): an editable catalogue of
//! Verankerungsziele per Dimension, assessments per Stichtag (Ist- and Ziel-Stufe on the scale
//! 0 nicht vorhanden … 4 verstetigt, with evidence, owner and comment) and measures per goal.
//!
//! Plain data with plain methods, no signals. Records refer to each other by a permanent
//! numeric `id` that is never reused.
//!
//! **What is sourced and what is ours.** The UPO handout on anchoring the OZG organisation is
//! not public. The scale, the four Dimensionen and the suggested goals ([`vorschlaege`]) follow
//! fachkonzept §2.9, where each goal is tied to sourced practice, but the items themselves are
//! our reconstruction: they ship as data marked `bitte_pruefen`, which the user clears by
//! confirming or correcting a goal. A goal that has been assessed is retired
//! ([`Ziel::ausgemustert`]) instead of deleted, so its history stays readable.

use crate::shared::datensatz::Datensaetze;
use serde::{Deserialize, Serialize};

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datum::Datum;
use crate::shared::ist_standard;
pub use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::shared::vokabular::{vokabular, Dimension, Handlungsfeld};

/// Longest single-line text.
pub const MAX_KURZTEXT: usize = 200;
/// Longest multi-line text.
pub const MAX_LANGTEXT: usize = 5000;
/// The first record id handed out.
pub const ERSTE_ID: u32 = 1;

/// A level of the Verankerung scale (fachkonzept §2.9, "e.g." there: the names are our
/// reconstruction of the proposed model).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Stufe {
    /// 0
    #[default]
    NichtVorhanden,
    /// 1
    AdHoc,
    /// 2
    Definiert,
    /// 3
    Gelebt,
    /// 4
    Verstetigt,
}

vokabular!(Stufe {
    NichtVorhanden => "0 nicht vorhanden", "Es gibt das noch nicht.";
    AdHoc => "1 ad hoc", "Es geschieht im Einzelfall, abhängig von einzelnen Personen.";
    Definiert => "2 definiert", "Es ist beschrieben und vereinbart (Zuständigkeit, Ablauf), aber noch nicht Routine.";
    Gelebt => "3 gelebt", "Es wird regelmäßig so gemacht und ist im Alltag angekommen.";
    Verstetigt => "4 verstetigt", "Es ist dauerhaft abgesichert (Stellen, Haushalt, Geschäftsverteilung) und überlebt Personalwechsel.";
});

impl Stufe {
    /// The level's number 0–4.
    pub fn wert(self) -> u8 {
        match self {
            Stufe::NichtVorhanden => 0,
            Stufe::AdHoc => 1,
            Stufe::Definiert => 2,
            Stufe::Gelebt => 3,
            Stufe::Verstetigt => 4,
        }
    }

    /// The level with number `wert`.
    pub fn aus_wert(wert: u8) -> Option<Stufe> {
        Stufe::ALLE.get(usize::from(wert)).copied()
    }
}

use crate::shared::sortieren::Sortieren;
/// State of a measure: the same four states as the Stakeholderanalyse's measures.
pub use crate::tools::stakeholderanalyse::model::Massnahmenstatus;

/// Whether a measure in state `status` still has to be done (and can be overdue): geplant or
/// in Arbeit.
pub fn ist_offen(status: Massnahmenstatus) -> bool {
    matches!(
        status,
        Massnahmenstatus::Geplant | Massnahmenstatus::InArbeit
    )
}

/// A link to evidence in another tool: the tool's slug and the record's permanent id (a
/// Multiprojektplan project, a Zielstufenplaner Leistung; later tools such as a Kompetenz
/// workshop or a Wissenslandkarte fit the same shape).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Verweis {
    /// Slug of the tool, e.g. `multiprojektplan`.
    pub werkzeug: String,
    /// Permanent id of the record in that tool.
    pub id: u32,
}

/// A Verankerungsziel of the catalogue.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ziel {
    /// Permanent id.
    pub id: u32,
    /// The Dimension it belongs to.
    pub dimension: Option<Dimension>,
    /// Short title.
    pub titel: String,
    /// What is anchored when the goal is reached.
    #[serde(skip_serializing_if = "ist_standard")]
    pub beschreibung: String,
    /// Where the goal comes from (source note).
    #[serde(skip_serializing_if = "ist_standard")]
    pub quelle: String,
    /// A shipped suggestion nobody has confirmed yet: shown "bitte prüfen".
    #[serde(skip_serializing_if = "ist_standard")]
    pub bitte_pruefen: bool,
    /// Retired on this date: kept with its history, no longer assessed or counted.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ausgemustert: Option<Datum>,
    /// Evidence in other tools.
    #[serde(skip_serializing_if = "ist_standard")]
    pub verweise: Vec<Verweis>,
}

impl Ziel {
    /// Whether the goal is still assessed and counted.
    pub fn aktiv(&self) -> bool {
        self.ausgemustert.is_none()
    }
}

/// The assessment of one goal at one Stichtag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bewertung {
    /// Permanent id.
    pub id: u32,
    /// The goal.
    pub ziel: u32,
    /// The Stichtag.
    pub stichtag: Datum,
    /// Where the organisation stands.
    pub ist: Stufe,
    /// Where it wants to be (Ziel-Stufe; "Soll" in the export).
    pub soll: Stufe,
    /// Evidence (document, decision, file reference).
    #[serde(skip_serializing_if = "ist_standard")]
    pub nachweis: String,
    /// Who answers for the goal.
    #[serde(skip_serializing_if = "ist_standard")]
    pub verantwortlich: String,
    /// Comment.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kommentar: String,
}

impl Default for Bewertung {
    /// Level 0 for Ist and Ziel at the first day of the calendar (callers set the Stichtag;
    /// the default only fills fields missing in stored data).
    fn default() -> Self {
        Bewertung {
            id: 0,
            ziel: 0,
            stichtag: Datum::aus_tagesnummer(0),
            ist: Stufe::default(),
            soll: Stufe::default(),
            nachweis: String::new(),
            verantwortlich: String::new(),
            kommentar: String::new(),
        }
    }
}

/// A measure that moves a goal towards its Ziel-Stufe.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Massnahme {
    /// Permanent id.
    pub id: u32,
    /// The goal.
    pub ziel: u32,
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
    /// Handlungsfeld of the measure.
    #[serde(skip_serializing_if = "ist_standard")]
    pub handlungsfeld: Option<Handlungsfeld>,
}

/// The tool's stored data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Verankerung {
    /// The catalogue of goals, retired ones included.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ziele: Vec<Ziel>,
    /// Every assessment ever filed.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bewertungen: Vec<Bewertung>,
    /// Measures.
    #[serde(skip_serializing_if = "ist_standard")]
    pub massnahmen: Vec<Massnahme>,
    /// Next free record id (ids are never reused).
    #[serde(skip_serializing_if = "ist_standard")]
    pub naechste_id: u32,
}

impl Werkzeugteil for Verankerung {}

/// The suggested goals of fachkonzept §2.9, each with the practice it is tied to; all marked
/// "bitte prüfen" (our reconstruction, the handout is not public).
pub fn vorschlaege() -> Vec<Ziel> {
    use Dimension::*;
    let liste: [(Dimension, &str, &str, &str); 12] = [
        (Strukturen, "OZG-Koordination mit Mandat benannt",
         "Eine OZG-Koordinatorin oder ein OZG-Koordinator ist benannt, mit Vertretung und einem Mandat, das Umsetzungsstände abfragt und steuert.",
         "OZG-Ansprechpartner der Ressorts (digitale-verwaltung.de, Digitalisierungsprogramm Bund); Aufgaben der OZG-Koordination (OZG-Leitfaden)"),
        (Strukturen, "Lenkungskreis tagt regelmäßig",
         "Ein Gremium entscheidet über Prioritäten, Mittel und Eskalationen und tagt in festem Rhythmus.",
         "Rollen und Gremien im Praxisleitfaden Projektmanagement für die öffentliche Verwaltung (BMI)"),
        (Strukturen, "Leistungsverantwortliche je Leistung",
         "Für jede Verwaltungsleistung ist eine Leistungsverantwortliche oder ein Leistungsverantwortlicher benannt.",
         "Lexikon „Leistungsverantwortliche“ (digitale-verwaltung.de)"),
        (Strukturen, "Zuständigkeit für Betrieb und Weiterentwicklung",
         "Nach dem Go-live ist geregelt, wer Onlinedienste betreibt und weiterentwickelt, auch für angeschlossene EfA-Leistungen.",
         "Aufgaben der OZG-Koordination: Strukturen für Betrieb und Weiterentwicklung (OZG-Leitfaden)"),
        (Prozesse, "Monitoring und Berichtswesen",
         "Umsetzungsstände und Reifegrade werden regelmäßig abgefragt und an die Leitung berichtet.",
         "Aufgaben der OZG-Koordination: Monitoring (OZG-Leitfaden)"),
        (Prozesse, "Priorisierungsverfahren",
         "Neue Vorhaben werden nach vereinbarten Kriterien priorisiert (Muss-Kriterien, Nutzen, Risiken).",
         "Projektportfoliomanagement im öffentlichen Sektor; Themenfeldplanung (OZG-Leitfaden)"),
        (Prozesse, "Nachnutzungsprozess",
         "Es ist geregelt, wie fremde Lösungen geprüft und übernommen werden (FIT-Store, Verwaltungsabkommen).",
         "Nachnutzung und FIT-Store (OZG-Leitfaden)"),
        (Prozesse, "FIM-Pflege",
         "Leistungs-, Prozess- und Datenfeldbeschreibungen nach FIM werden gepflegt, mit Zuständigkeit.",
         "Föderales Informationsmanagement (fimportal.de)"),
        (Kompetenzen, "Rollenprofile und Qualifizierung",
         "Für die Rollen der OZG-Umsetzung gibt es Rollenprofile und einen Qualifizierungsplan.",
         "Referenzrollen und Kompetenzmatrix des IT-Planungsrats-Projekts E-Government-Kompetenz"),
        (Kompetenzen, "Wissenssicherung",
         "Wissen aus Projekten wird gesichert und weitergegeben, etwa mit Wissenslandkarten und Übergaben.",
         "Wissensmanagement in der Bundesverwaltung (Fachkonzept §2.6)"),
        (Kapazitaeten, "Stellen für die Daueraufgabe",
         "Die Daueraufgabe Digitalisierung ist mit Stellen (VZÄ) hinterlegt, nicht nur mit Projektpersonal.",
         "Digitalisierung als Daueraufgabe, Übergang in die Linie Ende 2023 (digitale-verwaltung.de)"),
        (Kapazitaeten, "Betriebsmittel im Haushalt",
         "Der Betrieb der Onlinedienste ist im Haushalt geplant (eigener Titel), denn Projektbudgets decken den Regelbetrieb nicht.",
         "FITKO Digitalisierungsbudget: kein Regelbetrieb aus Projektmitteln"),
    ];
    liste
        .into_iter()
        .map(|(dimension, titel, beschreibung, quelle)| Ziel {
            dimension: Some(dimension),
            titel: titel.to_owned(),
            beschreibung: beschreibung.to_owned(),
            quelle: quelle.to_owned(),
            bitte_pruefen: true,
            ..Ziel::default()
        })
        .collect()
}

impl Verankerung {
    /// Hands out a new record id.
    pub fn vergib_id(&mut self) -> u32 {
        crate::shared::datensatz::vergib_id(&mut self.naechste_id, ERSTE_ID)
    }

    /// The goal with `id`.
    pub fn ziel(&self, id: u32) -> Option<&Ziel> {
        self.ziele.mit_id(id)
    }

    /// The goals still assessed, in catalogue order.
    pub fn aktive_ziele(&self) -> impl Iterator<Item = &Ziel> {
        self.ziele.iter().filter(|z| z.aktiv())
    }

    /// Record counts for previews; `None` while there is no goal.
    pub fn kennzahl(&self) -> Option<String> {
        if self.ziele.is_empty() {
            return None;
        }
        use crate::shared::text::anzahl;
        Some(format!(
            "{}, {}, {}",
            anzahl(self.ziele.len(), "Verankerungsziel", "Verankerungsziele"),
            anzahl(self.bewertungen.len(), "Bewertung", "Bewertungen"),
            anzahl(self.massnahmen.len(), "Maßnahme", "Maßnahmen")
        ))
    }

    /// Adds the suggestions whose title is not in the catalogue yet; returns how many.
    pub fn uebernimm_vorschlaege(&mut self) -> usize {
        let mut neu = 0;
        for mut z in vorschlaege() {
            if self.ziele.iter().any(|x| x.titel == z.titel) {
                continue;
            }
            z.id = self.vergib_id();
            self.ziele.push(z);
            neu += 1;
        }
        neu
    }

    /// Problems of a goal as the form would save it.
    pub fn pruefe_ziel(&self, z: &Ziel) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.wenn(
            z.dimension.is_none(),
            "dimension",
            "Wählen Sie eine Dimension.",
        );
        if z.titel.trim().is_empty() {
            fehler.push(Feldfehler::neu("titel", "Geben Sie einen Titel ein."));
        } else if self
            .ziele
            .iter()
            .any(|x| x.id != z.id && x.titel.trim() == z.titel.trim())
        {
            fehler.push(Feldfehler::neu(
                "titel",
                format!("Ein Ziel „{}“ gibt es schon.", z.titel.trim()),
            ));
        }
        fehler.hoechstens("titel", "Titel", &z.titel, MAX_KURZTEXT);
        fehler.hoechstens(
            "beschreibung",
            "Beschreibung",
            &z.beschreibung,
            MAX_LANGTEXT,
        );
        fehler.hoechstens("quelle", "Quelle", &z.quelle, MAX_LANGTEXT);
        fehler
    }

    /// Adds a goal (id 0) or replaces the stored one; returns its id.
    pub fn speichere_ziel(&mut self, mut z: Ziel) -> u32 {
        if z.id == 0 {
            z.id = self.vergib_id();
        }
        let id = z.id;
        self.ziele.ersetze_oder_fuege_an(z);
        id
    }

    /// Whether a goal may be deleted: only while it has no assessment (otherwise it is
    /// retired, so its history stays).
    pub fn loeschbar(&self, ziel: u32) -> bool {
        !self.bewertungen.iter().any(|b| b.ziel == ziel)
    }

    /// Deletes a goal without assessments, with its measures; `false` if it has assessments.
    pub fn entferne_ziel(&mut self, id: u32) -> bool {
        if !self.loeschbar(id) {
            return false;
        }
        self.ziele.entferne_id(id);
        self.massnahmen.retain(|m| m.ziel != id);
        true
    }

    /// Retires a goal on `datum` (`Some`) or takes it back into the assessment (`None`).
    pub fn mustere_aus(&mut self, id: u32, datum: Option<Datum>) {
        if let Some(z) = self.ziele.mit_id_mut(id) {
            z.ausgemustert = datum;
        }
    }

    /// Files an assessment: replaces the goal's assessment of the same Stichtag (keeping its
    /// id), adds it otherwise. Assessments of other Stichtage never change. Returns its id.
    pub fn speichere_bewertung(&mut self, mut b: Bewertung) -> u32 {
        if let Some(alt) = self
            .bewertungen
            .iter()
            .find(|x| x.ziel == b.ziel && x.stichtag == b.stichtag)
        {
            b.id = alt.id;
        }
        if b.id == 0 {
            b.id = self.vergib_id();
        }
        let id = b.id;
        self.bewertungen.ersetze_oder_fuege_an(b);
        self.bewertungen
            .sortiere_nach_schluessel(|x| (x.stichtag, x.ziel, x.id));
        id
    }

    /// Removes one assessment.
    pub fn entferne_bewertung(&mut self, id: u32) {
        self.bewertungen.entferne_id(id);
    }

    /// Problems of a measure as the form would save it.
    pub fn pruefe_massnahme(&self, m: &Massnahme) -> Vec<Feldfehler> {
        let mut fehler = Vec::new();
        fehler.wenn(
            self.ziel(m.ziel).is_none(),
            "ziel",
            "Wählen Sie das Verankerungsziel.",
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

crate::shared::datensatz::mit_id!(Verweis, Ziel, Bewertung, Massnahme);

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(t: u32) -> Datum {
        Datum::neu(2026, 3, t).unwrap()
    }

    #[test]
    fn vorschlaege_decken_alle_dimensionen_ab_und_sind_zu_pruefen() {
        let v = vorschlaege();
        for d in Dimension::ALLE {
            assert!(v.iter().any(|z| z.dimension == Some(d)), "{d:?}");
        }
        assert!(v.iter().all(|z| z.bitte_pruefen && !z.quelle.is_empty()));
        let mut plan = Verankerung::default();
        assert_eq!(plan.uebernimm_vorschlaege(), 12);
        assert_eq!(plan.uebernimm_vorschlaege(), 0, "nichts doppelt");
        let ids: std::collections::BTreeSet<u32> = plan.ziele.iter().map(|z| z.id).collect();
        assert_eq!(ids.len(), 12);
    }

    #[test]
    fn bewertung_je_stichtag_ersetzt_nur_denselben_stichtag() {
        let mut plan = Verankerung::default();
        let z = plan.speichere_ziel(Ziel {
            dimension: Some(Dimension::Prozesse),
            titel: "Monitoring".into(),
            ..Ziel::default()
        });
        let b = |stichtag, ist| Bewertung {
            ziel: z,
            stichtag,
            ist,
            soll: Stufe::Gelebt,
            ..Bewertung::default()
        };
        let erste = plan.speichere_bewertung(b(tag(1), Stufe::AdHoc));
        let zweite = plan.speichere_bewertung(b(tag(20), Stufe::Definiert));
        let wieder = plan.speichere_bewertung(b(tag(20), Stufe::Gelebt));
        assert_eq!(zweite, wieder, "derselbe Stichtag behält seine ID");
        assert_ne!(erste, zweite);
        assert_eq!(plan.bewertungen.len(), 2);
        assert_eq!(plan.bewertungen[0].ist, Stufe::AdHoc, "ältere bleibt");
        assert_eq!(plan.bewertungen[1].ist, Stufe::Gelebt);
    }

    #[test]
    fn bewertete_ziele_werden_ausgemustert_statt_geloescht() {
        let mut plan = Verankerung::default();
        plan.uebernimm_vorschlaege();
        let z = plan.ziele[0].id;
        let frei = plan.ziele[1].id;
        plan.speichere_bewertung(Bewertung {
            ziel: z,
            stichtag: tag(1),
            ..Bewertung::default()
        });
        plan.speichere_massnahme(Massnahme {
            ziel: frei,
            titel: "Klären".into(),
            ..Massnahme::default()
        });
        assert!(!plan.entferne_ziel(z));
        assert!(plan.ziel(z).is_some());
        plan.mustere_aus(z, Some(tag(2)));
        assert!(!plan.ziel(z).unwrap().aktiv());
        assert_eq!(plan.aktive_ziele().count(), 11);
        assert!(plan.entferne_ziel(frei));
        assert!(plan.massnahmen.is_empty(), "Maßnahmen gehen mit");
    }

    #[test]
    fn pruefungen_nennen_das_feld() {
        let plan = Verankerung::default();
        let felder = |f: Vec<Feldfehler>| f.into_iter().map(|f| f.feld).collect::<Vec<_>>();
        assert_eq!(
            felder(plan.pruefe_ziel(&Ziel::default())),
            ["dimension", "titel"]
        );
        assert_eq!(
            felder(plan.pruefe_massnahme(&Massnahme::default())),
            ["ziel", "titel"]
        );
        let lang = Ziel {
            dimension: Some(Dimension::Kompetenzen),
            titel: "x".repeat(MAX_KURZTEXT + 1),
            ..Ziel::default()
        };
        assert_eq!(felder(plan.pruefe_ziel(&lang)), ["titel"]);
    }

    #[test]
    fn stufen_haben_werte_0_bis_4() {
        for (i, s) in Stufe::ALLE.iter().enumerate() {
            assert_eq!(usize::from(s.wert()), i);
            assert_eq!(Stufe::aus_wert(s.wert()), Some(*s));
        }
        assert_eq!(Stufe::aus_wert(5), None);
        assert!(ist_offen(Massnahmenstatus::InArbeit) && !ist_offen(Massnahmenstatus::Erledigt));
    }
}
