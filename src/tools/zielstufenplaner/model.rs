//! The Zielstufenplaner's data (fachkonzept §2.4, §3.1): Leistungen (OZG-/LeiKa-Leistungen),
//! their Bewertungen per Stichtag in one of the two maturity models, the planned Zielstufen
//! (MVP → Ausbaustufen → Zielvision) and the Nachweis-Reifegrade A–D.
//!
//! Plain data with plain methods, no signals. Records refer to each other by a permanent
//! numeric `id`; links into the Multiprojektplan use its permanent ids
//! ([`Bezug`](crate::tools::multiprojektplan::model::Bezug)), so a deleted project or milestone
//! only shows as deleted ("Projekt 7 (gelöscht)").
//!
//! **The maturity models are data.** [`Katalog::vorgabe`] is the catalogue shipped with the app
//! (levels, criteria, the conditional questions of the Reifegrad-Check), versioned by
//! [`KATALOGVERSION`]. The workspace stores only the user's corrections ([`Anpassung`], keyed
//! by model, kind and number), never a copy of the shipped text: an app update that improves
//! the shipped catalogue reaches every entry the user has not corrected, and every correction
//! survives the update. Entries not confirmed by our sources carry `bitte_pruefen`; a
//! correction clears it.

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datensatz::Datensaetze;
use crate::shared::ist_standard;
pub use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::shared::vokabular::vokabular;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::shared::datum::Datum;
use crate::shared::sortieren::Sortieren;
use crate::tools::multiprojektplan::model::Bezug;

/// Longest single-line text.
pub const MAX_KURZTEXT: usize = 200;
/// Longest multi-line text.
pub const MAX_LANGTEXT: usize = 5000;
/// Version of the shipped catalogue ([`Katalog::vorgabe`]). Raised whenever shipped names,
/// texts or questions change; corrections remember the version they were made against.
pub const KATALOGVERSION: u32 = 1;

/// The maturity model an assessment or a plan uses.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Modell {
    /// Reifegradmodell 1.1 (06/2020): levels 0–4, ten criteria.
    #[default]
    Rgm11,
    /// Reifegradmodell 2.0 (07/2025): levels 0–7, 13 criteria.
    Rgm20,
}

vokabular!(Modell {
    Rgm11 => "RGM 1.1 (0–4)", "OZG-Reifegradmodell 1.1 (seit 06/2020): Stufen 0–4, zehn Kriterien; das niedrigste Kriterium bestimmt den Reifegrad; OZG-konform ab Stufe 3";
    Rgm20 => "RGM 2.0 (0–7)", "OZG-Reifegradmodell 2.0 (seit 07/2025): Stufen 0–7, 13 Kriterien; 0–3 Frontend (Online-Antragsdienst), 4–6 Prozessorientierung und Datenzentrierung, 7 vollständig Ende-zu-Ende";
});

impl Modell {
    /// Highest level of the scale.
    pub fn hoechste_stufe(self) -> u8 {
        match self {
            Modell::Rgm11 => 4,
            Modell::Rgm20 => 7,
        }
    }

    /// Number of criteria.
    pub fn kriterienzahl(self) -> u8 {
        match self {
            Modell::Rgm11 => 10,
            Modell::Rgm20 => 13,
        }
    }

    /// Short name for column heads, e.g. "RGM 1.1".
    pub fn kurz(self) -> &'static str {
        match self {
            Modell::Rgm11 => "RGM 1.1",
            Modell::Rgm20 => "RGM 2.0",
        }
    }

    /// Stable key used in field ids and routes.
    pub fn schluessel(self) -> &'static str {
        match self {
            Modell::Rgm11 => "rgm11",
            Modell::Rgm20 => "rgm20",
        }
    }
}

/// The 14 Themenfelder of the OZG-Umsetzungskatalog (fachkonzept §3.1, Q:S21).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Themenfeld {
    /// Familie & Kind
    FamilieKind,
    /// Querschnitt
    Querschnitt,
    /// Bauen & Wohnen
    BauenWohnen,
    /// Ein- und Auswanderung
    EinAuswanderung,
    /// Unternehmensführung & -entwicklung
    Unternehmensfuehrung,
    /// Arbeit & Ruhestand
    ArbeitRuhestand,
    /// Steuern & Zoll
    SteuernZoll,
    /// Bildung
    Bildung,
    /// Forschung & Förderung
    ForschungFoerderung,
    /// Recht & Ordnung
    RechtOrdnung,
    /// Umwelt
    Umwelt,
    /// Gesundheit
    Gesundheit,
    /// Engagement & Hobbies
    EngagementHobbies,
    /// Mobilität & Reisen
    MobilitaetReisen,
}

vokabular!(Themenfeld {
    FamilieKind => "Familie & Kind", "Themenfeld des OZG-Umsetzungskatalogs";
    Querschnitt => "Querschnitt", "Themenfeld für übergreifende Leistungen";
    BauenWohnen => "Bauen & Wohnen", "Themenfeld des OZG-Umsetzungskatalogs";
    EinAuswanderung => "Ein- und Auswanderung", "Themenfeld des OZG-Umsetzungskatalogs";
    Unternehmensfuehrung => "Unternehmensführung & -entwicklung", "Themenfeld des OZG-Umsetzungskatalogs";
    ArbeitRuhestand => "Arbeit & Ruhestand", "Themenfeld des OZG-Umsetzungskatalogs";
    SteuernZoll => "Steuern & Zoll", "Themenfeld des OZG-Umsetzungskatalogs";
    Bildung => "Bildung", "Themenfeld des OZG-Umsetzungskatalogs";
    ForschungFoerderung => "Forschung & Förderung", "Themenfeld des OZG-Umsetzungskatalogs";
    RechtOrdnung => "Recht & Ordnung", "Themenfeld des OZG-Umsetzungskatalogs";
    Umwelt => "Umwelt", "Themenfeld des OZG-Umsetzungskatalogs";
    Gesundheit => "Gesundheit", "Themenfeld des OZG-Umsetzungskatalogs";
    EngagementHobbies => "Engagement & Hobbies", "Themenfeld des OZG-Umsetzungskatalogs";
    MobilitaetReisen => "Mobilität & Reisen", "Themenfeld des OZG-Umsetzungskatalogs";
});

/// LeiKa-Typ 1–5 (fachkonzept §3.1, Q:S22).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeikaTyp {
    /// Typ 1
    Typ1,
    /// Typ 2
    Typ2,
    /// Typ 3
    Typ3,
    /// Typ 4
    Typ4,
    /// Typ 5
    Typ5,
}

vokabular!(LeikaTyp {
    Typ1 => "Typ 1", "Regelung und Vollzug beim Bund";
    Typ2 => "Typ 2", "Regelung beim Bund, Vollzug durch Land oder Kommune (Typ 2/3)";
    Typ3 => "Typ 3", "Regelung beim Bund, Vollzug durch Land oder Kommune (Typ 2/3)";
    Typ4 => "Typ 4", "Regelung beim Land, Vollzug durch Land oder Kommune";
    Typ5 => "Typ 5", "Regelung und Vollzug auf kommunaler Ebene";
});

/// Relevance for the Single Digital Gateway (EU 2018/1724).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sdg {
    /// Annex I (information).
    Sdg1,
    /// Annex II (procedure fully online, Once-Only).
    Sdg2,
    /// Not SDG-relevant.
    Nein,
}

vokabular!(Sdg {
    Sdg1 => "SDG1 (Anhang I)", "SDG-relevant nach Anhang I: Informationen müssen online bereitstehen";
    Sdg2 => "SDG2 (Anhang II)", "SDG-relevant nach Anhang II: Verfahren vollständig online und nach dem Once-Only-Prinzip";
    Nein => "nicht SDG-relevant", "keine Pflicht aus der SDG-Verordnung";
});

/// State of a Zielstufe.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Zielstufenstatus {
    /// Planned.
    #[default]
    Geplant,
    /// Being implemented.
    InUmsetzung,
    /// Reached.
    Erreicht,
    /// Moved to a later date.
    Verschoben,
}

vokabular!(Zielstufenstatus {
    Geplant => "geplant", "noch nicht begonnen";
    InUmsetzung => "in Umsetzung", "wird umgesetzt";
    Erreicht => "erreicht", "Ziel-Reifegrad erreicht";
    Verschoben => "verschoben", "auf einen späteren Termin verschoben";
});

/// Nachweis-Reifegrad of the Registermodernisierung (fachkonzept §2.4, Q:S8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Nachweisstufe {
    /// A
    A,
    /// B
    B,
    /// C
    C,
    /// D
    D,
}

vokabular!(Nachweisstufe {
    A => "A", "Offline: der Nachweis wird auf Papier vorgelegt";
    B => "B", "elektronisch übermittelte Nachweise (z. B. PDF, JPEG; Mindeststandard EU-OOTS)";
    C => "C", "elektronisch auswertbare Nachweise (strukturiert, z. B. XMeld, XPersonenstand)";
    D => "D", "bedarfsgerecht übermittelte Informationen (nur die benötigten Daten)";
});

/// One level of a maturity model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stufendef {
    /// Level number.
    pub stufe: u8,
    /// Name, e.g. "Online-Leistung".
    pub name: String,
    /// Official short meaning.
    pub beschreibung: String,
    /// Not confirmed by our sources.
    pub bitte_pruefen: bool,
}

/// One criterion of a maturity model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kriteriumdef {
    /// Number 1 … n.
    pub nr: u8,
    /// Name, e.g. "Leistungsbeschreibung".
    pub name: String,
    /// What it covers.
    pub beschreibung: String,
    /// Not confirmed by our sources.
    pub bitte_pruefen: bool,
}

/// What an answer of the Reifegrad-Check suggests for its criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vorschlag {
    /// A level of the model.
    Stufe(u8),
    /// The criterion does not apply to the service ("n. a."), e.g. no fees, no evidence:
    /// it is left out of the minimum instead of counting as the highest level.
    NichtAnwendbar,
}

/// Marker in the shipped question table for [`Vorschlag::NichtAnwendbar`].
const NA: u8 = u8::MAX;

/// One conditional question of the Reifegrad-Check. It is shown when it has no condition or
/// when the question it depends on was answered as given; its answer may suggest a level for
/// its criterion (or "n. a."). Which answer suggests which level is our reconstruction of the
/// Excel check and marked "bitte prüfen" wherever it is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frage {
    /// Permanent id within the model's catalogue.
    pub id: u32,
    /// Criterion it belongs to.
    pub kriterium: u8,
    /// The question.
    pub text: String,
    /// Shown only if question `.0` was answered with `.1`.
    pub bedingung: Option<(u32, bool)>,
    /// Suggested by "ja" (`None`: go on with the next question).
    pub stufe_bei_ja: Option<Vorschlag>,
    /// Suggested by "nein".
    pub stufe_bei_nein: Option<Vorschlag>,
}

/// A whole maturity model as the app uses it: shipped text with the user's corrections.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Katalog {
    /// Model.
    pub modell: Modell,
    /// Levels 0 … max.
    pub stufen: Vec<Stufendef>,
    /// Criteria 1 … n.
    pub kriterien: Vec<Kriteriumdef>,
    /// Questions of the Reifegrad-Check (RGM 1.1 criteria 1–6).
    pub fragen: Vec<Frage>,
}

/// Which entry of a catalogue a correction changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Katalogteil {
    /// A level.
    Stufe,
    /// A criterion.
    Kriterium,
}

/// The user's correction of one catalogue entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anpassung {
    /// Model.
    pub modell: Modell,
    /// Level or criterion.
    pub teil: Katalogteil,
    /// Level number or criterion number.
    pub nr: u8,
    /// Corrected name.
    pub name: String,
    /// Corrected description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub beschreibung: String,
    /// [`KATALOGVERSION`] the correction was made against.
    pub katalogversion: u32,
}

fn stufe(stufe: u8, name: &str, beschreibung: &str, bitte_pruefen: bool) -> Stufendef {
    Stufendef {
        stufe,
        name: name.to_owned(),
        beschreibung: beschreibung.to_owned(),
        bitte_pruefen,
    }
}

fn kriterium(nr: u8, name: &str, beschreibung: &str, bitte_pruefen: bool) -> Kriteriumdef {
    Kriteriumdef {
        nr,
        name: name.to_owned(),
        beschreibung: beschreibung.to_owned(),
        bitte_pruefen,
    }
}

fn frage(
    id: u32,
    kriterium: u8,
    text: &str,
    bedingung: Option<(u32, bool)>,
    ja: Option<u8>,
    nein: Option<u8>,
) -> Frage {
    let vorschlag = |s: Option<u8>| {
        s.map(|s| match s {
            NA => Vorschlag::NichtAnwendbar,
            s => Vorschlag::Stufe(s),
        })
    };
    Frage {
        id,
        kriterium,
        text: text.to_owned(),
        bedingung,
        stufe_bei_ja: vorschlag(ja),
        stufe_bei_nein: vorschlag(nein),
    }
}

impl Katalog {
    /// The catalogue shipped with the app (version [`KATALOGVERSION`]).
    ///
    /// RGM 1.1: level names and meanings are official (Q:S3); criteria 1–6 and their questions
    /// come from the Reifegrad-Check (Q:S6); criteria 7–10 were not visible in our sources and
    /// carry provisional names marked "bitte prüfen". Which level an answer suggests is our
    /// reconstruction and is stated as a suggestion only.
    ///
    /// RGM 2.0: the scale 0–7 and the grouping 0–3 / 4–6 / 7 are sourced (Q:S5); level names
    /// and the 13 criterion names are not, so every one of them is marked "bitte prüfen".
    pub fn vorgabe(modell: Modell) -> Katalog {
        match modell {
            Modell::Rgm11 => Katalog {
                modell,
                stufen: vec![
                    stufe(0, "Offline", "Keine Informationen zur Leistung auf der Behörden-Webseite", false),
                    stufe(1, "Information", "Informationen zur Leistung auf der Webseite vorhanden", false),
                    stufe(2, "Formular-Assistent", "Funktion unterstützt beim Ausfüllen des Formulars; keine Online-Beantragung", false),
                    stufe(3, "Online-Leistung", "Beantragung einschließlich aller Nachweise online; Anmeldung mit Servicekonto, digitaler Bescheid (OZG-konform)", false),
                    stufe(4, "Online-Transaktion", "Vollständig digital; Once-Only-Prinzip für Nachweise", false),
                ],
                kriterien: vec![
                    kriterium(1, "Leistungsbeschreibung", "FIM-abgestimmte Leistungsbeschreibung; Informationen auf der Website", false),
                    kriterium(2, "Antragsprozesse und Kontextintegration", "Online-Antrag, Datenübernahme aus dem Portalverbund, antragslose Gewährung", false),
                    kriterium(3, "Nutzerkonto", "Anbindung eines Nutzerkontos (Portalverbund)", false),
                    kriterium(4, "Authentifizierung", "Online-Authentifizierung auf dem erforderlichen Vertrauensniveau", false),
                    kriterium(5, "Bezahlprozess", "Gebühren online bezahlbar", false),
                    kriterium(6, "Nachweise", "Nachweise digital beifügbar bzw. nach Once-Only abrufbar", false),
                    kriterium(7, "Kriterium 7: Bescheid", "Vorläufiger Name (digitaler Bescheid) – in unseren Quellen nicht bestätigt", true),
                    kriterium(8, "Kriterium 8: Statusinformation", "Vorläufiger Name – in unseren Quellen nicht bestätigt", true),
                    kriterium(9, "Kriterium 9: Kommunikation", "Vorläufiger Name (Rückkanal, Postfach) – in unseren Quellen nicht bestätigt", true),
                    kriterium(10, "Kriterium 10: Nutzerfreundlichkeit", "Vorläufiger Name – in unseren Quellen nicht bestätigt", true),
                ],
                fragen: vec![
                    frage(11, 1, "Gibt es Informationen zur Leistung auf der Website der Behörde?", None, None, Some(0)),
                    frage(12, 1, "Ist die Leistungsbeschreibung FIM-abgestimmt?", Some((11, true)), Some(4), Some(1)),
                    frage(21, 2, "Wird die Leistung ohne Antrag automatisch gewährt?", None, Some(4), None),
                    frage(22, 2, "Kann die Leistung vollständig online beantragt werden?", Some((21, false)), None, None),
                    frage(23, 2, "Werden Daten aus dem Portalverbund (z. B. aus dem Nutzerkonto) übernommen?", Some((22, true)), Some(4), Some(3)),
                    frage(24, 2, "Gibt es ein Online-Formular (Formular-Assistent)?", Some((22, false)), Some(2), Some(1)),
                    frage(31, 3, "Ist ein Nutzerkonto für die Leistung sinnvoll?", None, None, Some(NA)),
                    frage(32, 3, "Ist ein Nutzerkonto vorhanden?", Some((31, true)), None, Some(2)),
                    frage(33, 3, "Ist das Nutzerkonto in den Portalverbund eingebunden?", Some((32, true)), Some(4), Some(3)),
                    frage(41, 4, "Ist eine Authentifizierung erforderlich?", None, None, Some(NA)),
                    frage(42, 4, "Ist die Authentifizierung online auf dem erforderlichen Vertrauensniveau möglich?", Some((41, true)), Some(4), Some(2)),
                    frage(51, 5, "Ist ein Bezahlprozess erforderlich (fallen Gebühren an)?", None, None, Some(NA)),
                    frage(52, 5, "Können die Gebühren online bezahlt werden?", Some((51, true)), Some(4), Some(2)),
                    frage(61, 6, "Sind Nachweise erforderlich?", None, None, Some(NA)),
                    frage(62, 6, "Können die Nachweise digital beigefügt werden?", Some((61, true)), None, Some(2)),
                    frage(63, 6, "Werden die Nachweise nach dem Once-Only-Prinzip zwischen Behörden abgerufen?", Some((62, true)), Some(4), Some(3)),
                ],
            },
            Modell::Rgm20 => {
                let beschreibungen = [
                    "Die Leistung ist nur offline verfügbar",
                    "Frontend-Digitalisierung (Online-Antragsdienst)",
                    "Frontend-Digitalisierung (Online-Antragsdienst)",
                    "Frontend-Digitalisierung (Online-Antragsdienst) vollständig",
                    "Prozessorientierung und Datenzentrierung in der Verwaltung",
                    "Prozessorientierung und Datenzentrierung in der Verwaltung",
                    "Durchgängig digital in der Verwaltung; setzt Basiskomponenten voraus (DeutschlandID, Organisationskonto, NOOTS, Statusmonitor, E-Akte, Zahlungs- und HKR-Systeme)",
                    "Die Leistung kann vollständig Ende-zu-Ende digital abgewickelt werden",
                ];
                Katalog {
                    modell,
                    stufen: beschreibungen
                        .iter()
                        .enumerate()
                        .map(|(i, b)| stufe(i as u8, &format!("Stufe {i}"), b, true))
                        .collect(),
                    kriterien: (1..=13)
                        .map(|nr| {
                            kriterium(
                                nr,
                                &format!("Kriterium {nr}"),
                                "Name in unseren Quellen nicht enthalten – bitte aus dem RGM 2.0 (PDF) übernehmen",
                                true,
                            )
                        })
                        .collect(),
                    fragen: Vec::new(),
                }
            }
        }
    }

    /// The shipped catalogue with `anpassungen` applied (a corrected entry is no longer
    /// "bitte prüfen").
    pub fn mit_anpassungen(modell: Modell, anpassungen: &[Anpassung]) -> Katalog {
        let mut katalog = Katalog::vorgabe(modell);
        for a in anpassungen.iter().filter(|a| a.modell == modell) {
            match a.teil {
                Katalogteil::Stufe => {
                    if let Some(s) = katalog.stufen.iter_mut().find(|s| s.stufe == a.nr) {
                        s.name = a.name.clone();
                        s.beschreibung = a.beschreibung.clone();
                        s.bitte_pruefen = false;
                    }
                }
                Katalogteil::Kriterium => {
                    if let Some(k) = katalog.kriterien.iter_mut().find(|k| k.nr == a.nr) {
                        k.name = a.name.clone();
                        k.beschreibung = a.beschreibung.clone();
                        k.bitte_pruefen = false;
                    }
                }
            }
        }
        katalog
    }

    /// Name of criterion `nr` ("Kriterium 7" if unknown).
    pub fn kriteriumsname(&self, nr: u8) -> String {
        self.kriterien
            .iter()
            .find(|k| k.nr == nr)
            .map(|k| k.name.clone())
            .unwrap_or_else(|| format!("Kriterium {nr}"))
    }

    /// Name of level `stufe`.
    pub fn stufenname(&self, stufe: u8) -> String {
        self.stufen
            .iter()
            .find(|s| s.stufe == stufe)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| format!("Stufe {stufe}"))
    }

    /// Questions of one criterion, in order.
    pub fn fragen_zu(&self, kriterium: u8) -> Vec<&Frage> {
        self.fragen
            .iter()
            .filter(|f| f.kriterium == kriterium)
            .collect()
    }
}

/// One Verwaltungsleistung (LeiKa-Leistung) or OZG-Leistung.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Leistung {
    /// Internal, permanent id.
    pub id: u32,
    /// OZG-ID (bundle), e.g. "10110".
    #[serde(skip_serializing_if = "ist_standard")]
    pub ozg_id: String,
    /// LeiKa-ID (Leistungsschlüssel), digits, usually 14; FIM keys start with "99".
    #[serde(skip_serializing_if = "ist_standard")]
    pub leika_id: String,
    /// Bezeichnung; required.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bezeichnung: String,
    /// Themenfeld.
    #[serde(skip_serializing_if = "ist_standard")]
    pub themenfeld: Option<Themenfeld>,
    /// Lebens- oder Geschäftslage.
    #[serde(skip_serializing_if = "ist_standard")]
    pub lage: String,
    /// LeiKa-Typ.
    #[serde(skip_serializing_if = "ist_standard")]
    pub leika_typ: Option<LeikaTyp>,
    /// SDG relevance.
    #[serde(skip_serializing_if = "ist_standard")]
    pub sdg: Option<Sdg>,
    /// Model the Zielstufen are planned in (and the current level is read from).
    #[serde(skip_serializing_if = "ist_standard")]
    pub modell: Modell,
}

/// An assessment of one Leistung at one Stichtag in one model.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bewertung {
    /// Internal, permanent id.
    pub id: u32,
    /// Leistung.
    pub leistung: u32,
    /// Stichtag (date of the assessment).
    pub stichtag: Option<Datum>,
    /// Model.
    #[serde(skip_serializing_if = "ist_standard")]
    pub modell: Modell,
    /// Level per criterion number; a missing criterion is unrated.
    #[serde(skip_serializing_if = "ist_standard")]
    pub werte: BTreeMap<u8, u8>,
    /// Criteria that do not apply to the service ("n. a.", e.g. no fees): left out of the
    /// minimum, never counted as the highest level. A number here overrides `werte`.
    #[serde(default, skip_serializing_if = "ist_standard")]
    pub nicht_anwendbar: BTreeSet<u8>,
    /// Answers to the Reifegrad-Check questions (question id → ja/nein).
    #[serde(skip_serializing_if = "ist_standard")]
    pub antworten: BTreeMap<u32, bool>,
    /// Bewertet von.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bewertet_von: String,
    /// Onlinedienst / URL.
    #[serde(skip_serializing_if = "ist_standard")]
    pub onlinedienst: String,
    /// Kommentar.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kommentar: String,
}

/// One planned stage of a Leistung (MVP, Ausbaustufe n, Zielvision).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Zielstufe {
    /// Internal, permanent id.
    pub id: u32,
    /// Leistung.
    pub leistung: u32,
    /// Stufe-Nr. 1 … n (order of the plan).
    pub nr: u32,
    /// Bezeichnung, e.g. "MVP", "Ausbaustufe 1", "Zielvision".
    #[serde(skip_serializing_if = "ist_standard")]
    pub bezeichnung: String,
    /// Ziel-Reifegrad in the Leistung's model.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ziel_reifegrad: u8,
    /// Zieltermin.
    #[serde(skip_serializing_if = "ist_standard")]
    pub zieltermin: Option<Datum>,
    /// Voraussetzungen (from the catalogue or free text).
    #[serde(skip_serializing_if = "ist_standard")]
    pub voraussetzungen: Vec<String>,
    /// Status.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Zielstufenstatus,
    /// Linked projects or milestones of the Multiprojektplan (permanent ids).
    #[serde(skip_serializing_if = "ist_standard")]
    pub verknuepfungen: Vec<Bezug>,
    /// Bemerkung.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bemerkung: String,
}

/// One evidence a Leistung requires, with its Nachweis-Reifegrad.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Nachweis {
    /// Internal, permanent id.
    pub id: u32,
    /// Leistung.
    pub leistung: u32,
    /// Name, e.g. "Geburtsurkunde".
    pub name: String,
    /// Current level A–D.
    pub stufe: Nachweisstufe,
    /// Target level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ziel: Option<Nachweisstufe>,
}

/// Everything the Zielstufenplaner keeps in one workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Zielstufenplaner {
    /// Leistungen in the order they were created.
    pub leistungen: Vec<Leistung>,
    /// Assessments of all Leistungen.
    pub bewertungen: Vec<Bewertung>,
    /// Zielstufen of all Leistungen.
    pub zielstufen: Vec<Zielstufe>,
    /// Nachweise of all Leistungen.
    pub nachweise: Vec<Nachweis>,
    /// The user's corrections of the shipped maturity models.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub anpassungen: Vec<Anpassung>,
    /// Catalogue of typical Voraussetzungen offered in the Zielstufe form (editable).
    pub voraussetzungskatalog: Vec<String>,
    /// Next free record id (never reused).
    pub naechste_id: u32,
}

/// The shipped Voraussetzungen (editable in Einstellungen).
pub fn voraussetzungen_vorgabe() -> Vec<String> {
    [
        "Basiskomponente verfügbar (z. B. DeutschlandID, Organisationskonto, NOOTS)",
        "Rechtsänderung nötig",
        "Anbindung an das Fachverfahren",
        "E-Payment (ePayBL) angebunden",
        "Haushaltsmittel bewilligt",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect()
}

impl Default for Zielstufenplaner {
    fn default() -> Self {
        Zielstufenplaner {
            leistungen: Vec::new(),
            bewertungen: Vec::new(),
            zielstufen: Vec::new(),
            nachweise: Vec::new(),
            anpassungen: Vec::new(),
            voraussetzungskatalog: voraussetzungen_vorgabe(),
            naechste_id: 1,
        }
    }
}

/// Problems of a LeiKa-ID: only digits; a hint (not an error) when it is not 14 digits long.
/// Returns `(fehler, hinweis)`.
pub fn pruefe_leika_id(text: &str) -> (Option<String>, Option<String>) {
    let t = text.trim();
    if t.is_empty() {
        return (None, None);
    }
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        return (
            Some(format!(
                "LeiKa-ID: „{t}“ enthält andere Zeichen als Ziffern. Ein Leistungsschlüssel besteht nur aus Ziffern (meist 14)."
            )),
            None,
        );
    }
    let hinweis = if t.len() != 14 {
        Some(format!(
            "LeiKa-ID „{t}“ hat {} statt der üblichen 14 Ziffern.",
            t.len()
        ))
    } else if t.starts_with("99") {
        Some(format!(
            "LeiKa-ID „{t}“ ist ein 99er-Schlüssel aus dem FIM-Baustein Leistungen."
        ))
    } else {
        None
    };
    (None, hinweis)
}

/// Whether two Leistungen are the same service: same LeiKa-ID, or (both without LeiKa-ID)
/// same OZG-ID. An OZG-Leistung bundles several LeiKa-Leistungen, so a shared OZG-ID alone is
/// no duplicate.
pub fn ist_dublette(a: &Leistung, b: &Leistung) -> bool {
    let (la, lb) = (a.leika_id.trim(), b.leika_id.trim());
    if !la.is_empty() || !lb.is_empty() {
        return la == lb;
    }
    let (oa, ob) = (a.ozg_id.trim(), b.ozg_id.trim());
    !oa.is_empty() && oa.eq_ignore_ascii_case(ob)
}

/// Stored as the workspace's `zielstufenplaner` section, left out while empty.
impl Werkzeugteil for Zielstufenplaner {}

/// A record kept in one of the plan's lists under its permanent id.
trait Satz {
    fn id(&self) -> u32;
    /// The Leistung it belongs to (its own id for a Leistung).
    fn leistung(&self) -> u32;
}

macro_rules! satz {
    ($($typ:ty => $leistung:ident),* $(,)?) => {
        $(impl Satz for $typ {
            fn id(&self) -> u32 {
                self.id
            }
            fn leistung(&self) -> u32 {
                self.$leistung
            }
        })*
    };
}

satz!(Leistung => id, Bewertung => leistung, Zielstufe => leistung, Nachweis => leistung);

/// Replaces the stored record with the same id, or appends it. Returns its id.
fn ablegen<T: Satz>(liste: &mut Vec<T>, satz: T) -> u32 {
    let id = satz.id();
    match liste.iter_mut().find(|s| s.id() == id) {
        Some(alt) => *alt = satz,
        None => liste.push(satz),
    }
    id
}

/// The records of one Leistung, in stored order.
fn von<T: Satz>(liste: &[T], leistung: u32) -> Vec<&T> {
    liste.iter().filter(|s| s.leistung() == leistung).collect()
}

impl Zielstufenplaner {
    /// Hands out a new record id.
    pub fn vergib_id(&mut self) -> u32 {
        crate::shared::datensatz::vergib_id(&mut self.naechste_id, 1)
    }

    /// `id`, or a new one for a new record (id 0).
    fn neue_id(&mut self, id: u32) -> u32 {
        if id == 0 {
            self.vergib_id()
        } else {
            id
        }
    }

    /// The catalogue of `modell` as the user sees it (shipped text with corrections).
    pub fn katalog(&self, modell: Modell) -> Katalog {
        Katalog::mit_anpassungen(modell, &self.anpassungen)
    }

    /// Records a correction of a catalogue entry (replacing an earlier one). An empty name
    /// removes the correction, so the shipped text (and its marker) comes back.
    pub fn passe_an(
        &mut self,
        modell: Modell,
        teil: Katalogteil,
        nr: u8,
        name: &str,
        beschreibung: &str,
    ) {
        self.anpassungen
            .retain(|a| !(a.modell == modell && a.teil == teil && a.nr == nr));
        if !name.trim().is_empty() {
            self.anpassungen.push(Anpassung {
                modell,
                teil,
                nr,
                name: name.trim().to_owned(),
                beschreibung: beschreibung.trim().to_owned(),
                katalogversion: KATALOGVERSION,
            });
            self.anpassungen
                .sortiere_nach_schluessel(|a| (a.modell, a.teil, a.nr));
        }
    }

    /// Leistung by id.
    pub fn leistung(&self, id: u32) -> Option<&Leistung> {
        self.leistungen.mit_id(id)
    }

    /// Inserts a new Leistung (id 0) or replaces the stored one. Returns its id.
    pub fn speichere_leistung(&mut self, leistung: Leistung) -> u32 {
        let id = self.neue_id(leistung.id);
        ablegen(&mut self.leistungen, Leistung { id, ..leistung })
    }

    /// Deletes a Leistung with its assessments, stages and evidence.
    pub fn entferne_leistung(&mut self, id: u32) {
        self.leistungen.entferne_id(id);
        self.bewertungen.retain(|b| b.leistung != id);
        self.zielstufen.retain(|z| z.leistung != id);
        self.nachweise.retain(|n| n.leistung != id);
    }

    /// Files an assessment: a new one (id 0) replaces an existing one of the same Leistung,
    /// Stichtag and model (one assessment per Stichtag and model); an existing id is replaced.
    pub fn speichere_bewertung(&mut self, mut bewertung: Bewertung) -> u32 {
        if bewertung.id == 0 {
            if let Some(alt) = self.bewertungen.iter().find(|b| {
                b.leistung == bewertung.leistung
                    && b.stichtag == bewertung.stichtag
                    && b.modell == bewertung.modell
            }) {
                bewertung.id = alt.id;
            } else {
                bewertung.id = self.vergib_id();
            }
        }
        ablegen(&mut self.bewertungen, bewertung)
    }

    /// Assessments of one Leistung, newest first.
    pub fn bewertungen_von(&self, leistung: u32) -> Vec<&Bewertung> {
        let mut liste = von(&self.bewertungen, leistung);
        liste.sortiere_nach(|a, b| b.stichtag.cmp(&a.stichtag).then(b.id.cmp(&a.id)));
        liste
    }

    /// Inserts or replaces a Zielstufe. Returns its id.
    pub fn speichere_zielstufe(&mut self, stufe: Zielstufe) -> u32 {
        let id = self.neue_id(stufe.id);
        ablegen(&mut self.zielstufen, Zielstufe { id, ..stufe })
    }

    /// Zielstufen of one Leistung by Stufe-Nr.
    pub fn zielstufen_von(&self, leistung: u32) -> Vec<&Zielstufe> {
        let mut liste = von(&self.zielstufen, leistung);
        liste.sortiere_nach_schluessel(|z| (z.nr, z.id));
        liste
    }

    /// Inserts or replaces a Nachweis. Returns its id.
    pub fn speichere_nachweis(&mut self, nachweis: Nachweis) -> u32 {
        let id = self.neue_id(nachweis.id);
        ablegen(&mut self.nachweise, Nachweis { id, ..nachweis })
    }

    /// Nachweise of one Leistung by name.
    pub fn nachweise_von(&self, leistung: u32) -> Vec<&Nachweis> {
        let mut liste = von(&self.nachweise, leistung);
        liste.sortiere_nach(|a, b| {
            crate::shared::text::vergleiche(&a.name, &b.name).then(a.id.cmp(&b.id))
        });
        liste
    }

    /// Record counts for previews.
    pub fn kennzahl(&self) -> Option<String> {
        if self.leistungen.is_empty() {
            return None;
        }
        use crate::shared::text::anzahl;
        Some(format!(
            "{}, {}, {}",
            anzahl(self.leistungen.len(), "Leistung", "Leistungen"),
            anzahl(self.bewertungen.len(), "Bewertung", "Bewertungen"),
            anzahl(self.zielstufen.len(), "Zielstufe", "Zielstufen")
        ))
    }

    /// Validates a Leistung as the form would save it.
    pub fn pruefe_leistung(&self, leistung: &Leistung) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        liste.pflicht(
            "bezeichnung",
            &leistung.bezeichnung,
            "Geben Sie eine Bezeichnung ein.",
        );
        liste.wenn(
            leistung.ozg_id.trim().is_empty() && leistung.leika_id.trim().is_empty(),
            "ozg-id",
            "Geben Sie eine OZG-ID oder eine LeiKa-ID ein.",
        );
        if let (Some(f), _) = pruefe_leika_id(&leistung.leika_id) {
            liste.push(Feldfehler::neu("leika-id", f));
        }
        if let Some(andere) = self
            .leistungen
            .iter()
            .find(|l| l.id != leistung.id && ist_dublette(l, leistung))
        {
            let feld = if leistung.leika_id.trim().is_empty() {
                "ozg-id"
            } else {
                "leika-id"
            };
            liste.push(Feldfehler::neu(
                feld,
                format!(
                    "Diese Leistung ist schon erfasst: „{}“ (OZG-ID {}, LeiKa-ID {}).",
                    andere.bezeichnung,
                    leer_strich(&andere.ozg_id),
                    leer_strich(&andere.leika_id)
                ),
            ));
        }
        let zu_hoch: Vec<String> = self
            .zielstufen
            .iter()
            .filter(|z| z.leistung == leistung.id && leistung.id != 0)
            .filter(|z| z.ziel_reifegrad > leistung.modell.hoechste_stufe())
            .map(|z| z.bezeichnung.clone())
            .collect();
        liste.wenn(!zu_hoch.is_empty(), "modell",
                format!(
                    "Im {} reicht die Skala nur bis Stufe {}; diese Zielstufen liegen darüber: {}. Passen Sie zuerst ihren Ziel-Reifegrad an.",
                    leistung.modell.kurz(),
                    leistung.modell.hoechste_stufe(),
                    zu_hoch.join(", ")
                ));
        liste.hoechstens("ozg-id", "OZG-ID", &leistung.ozg_id, 40);
        liste.hoechstens("leika-id", "LeiKa-ID", &leistung.leika_id, 40);
        liste.hoechstens(
            "bezeichnung",
            "Bezeichnung",
            &leistung.bezeichnung,
            MAX_KURZTEXT,
        );
        liste.hoechstens(
            "lage",
            "Lebens-/Geschäftslage",
            &leistung.lage,
            MAX_KURZTEXT,
        );
        liste
    }

    /// Validates a Zielstufe: name, level within the Leistung's model, lengths.
    pub fn pruefe_zielstufe(&self, stufe: &Zielstufe) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        liste.pflicht(
            "bezeichnung",
            &stufe.bezeichnung,
            "Geben Sie eine Bezeichnung ein, z. B. MVP, Ausbaustufe 1 oder Zielvision.",
        );
        let modell = self
            .leistung(stufe.leistung)
            .map(|l| l.modell)
            .unwrap_or_default();
        liste.wenn(
            stufe.ziel_reifegrad > modell.hoechste_stufe(),
            "ziel",
            format!(
                "Ziel-Reifegrad: im {} höchstens Stufe {}.",
                modell.kurz(),
                modell.hoechste_stufe()
            ),
        );
        liste.wenn(
            stufe.nr == 0 || stufe.nr > 99,
            "nr",
            "Stufe-Nr.: eine ganze Zahl von 1 bis 99.",
        );
        liste.hoechstens(
            "bezeichnung",
            "Bezeichnung",
            &stufe.bezeichnung,
            MAX_KURZTEXT,
        );
        liste.hoechstens("bemerkung", "Bemerkung", &stufe.bemerkung, MAX_LANGTEXT);
        liste
    }
}

/// "–" for an empty text.
pub fn leer_strich(text: &str) -> &str {
    if text.trim().is_empty() {
        "–"
    } else {
        text
    }
}

crate::shared::datensatz::mit_id!(Frage, Leistung, Bewertung, Zielstufe, Nachweis);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vorgaben_haben_die_offiziellen_groessen() {
        for &m in Modell::ALLE {
            let k = Katalog::vorgabe(m);
            assert_eq!(k.stufen.len(), m.hoechste_stufe() as usize + 1);
            assert_eq!(k.kriterien.len(), m.kriterienzahl() as usize);
            for (i, s) in k.stufen.iter().enumerate() {
                assert_eq!(s.stufe as usize, i);
            }
        }
        let rgm11 = Katalog::vorgabe(Modell::Rgm11);
        assert_eq!(rgm11.stufenname(3), "Online-Leistung");
        let unbestaetigt: Vec<u8> = rgm11
            .kriterien
            .iter()
            .filter(|k| k.bitte_pruefen)
            .map(|k| k.nr)
            .collect();
        assert_eq!(unbestaetigt, vec![7, 8, 9, 10]);
        assert!(rgm11.stufen.iter().all(|s| !s.bitte_pruefen));
        let rgm20 = Katalog::vorgabe(Modell::Rgm20);
        assert!(rgm20.kriterien.iter().all(|k| k.bitte_pruefen));
        assert!(rgm20.stufen.iter().all(|s| s.bitte_pruefen));
        // Questions exist for criteria 1–6 only; ids unique; conditions point backwards.
        let mut ids = std::collections::BTreeSet::new();
        for (i, f) in rgm11.fragen.iter().enumerate() {
            assert!(ids.insert(f.id));
            assert!((1..=6).contains(&f.kriterium));
            if let Some((vorher, _)) = f.bedingung {
                assert!(rgm11.fragen[..i]
                    .iter()
                    .any(|g| g.id == vorher && g.kriterium == f.kriterium));
            }
            for s in [f.stufe_bei_ja, f.stufe_bei_nein].into_iter().flatten() {
                if let Vorschlag::Stufe(s) = s {
                    assert!(s <= 4);
                }
            }
        }
        for k in 1..=6 {
            assert!(!rgm11.fragen_zu(k).is_empty());
        }
    }

    #[test]
    fn anpassungen_ueberleben_und_loeschen_die_markierung() {
        let mut plan = Zielstufenplaner::default();
        assert!(plan.ist_leer());
        plan.passe_an(
            Modell::Rgm11,
            Katalogteil::Kriterium,
            7,
            " Bescheid ",
            "digital",
        );
        let k = plan.katalog(Modell::Rgm11);
        assert_eq!(k.kriteriumsname(7), "Bescheid");
        assert!(!k.kriterien[6].bitte_pruefen);
        assert!(k.kriterien[7].bitte_pruefen);
        assert_eq!(plan.anpassungen[0].katalogversion, KATALOGVERSION);
        // Stored without the shipped text: the round trip keeps only the correction.
        let json = serde_json::to_string(&plan).unwrap();
        assert!(!json.contains("Leistungsbeschreibung"));
        let zurueck: Zielstufenplaner = serde_json::from_str(&json).unwrap();
        assert_eq!(zurueck, plan);
        // Other model unaffected; a second correction replaces the first.
        assert_eq!(plan.katalog(Modell::Rgm20).kriteriumsname(7), "Kriterium 7");
        plan.passe_an(
            Modell::Rgm11,
            Katalogteil::Kriterium,
            7,
            "Bescheid (digital)",
            "",
        );
        assert_eq!(plan.anpassungen.len(), 1);
        // An empty name restores the shipped entry and its marker.
        plan.passe_an(Modell::Rgm11, Katalogteil::Kriterium, 7, "  ", "");
        assert!(plan.anpassungen.is_empty());
        assert!(plan.katalog(Modell::Rgm11).kriterien[6].bitte_pruefen);
        plan.passe_an(
            Modell::Rgm20,
            Katalogteil::Stufe,
            3,
            "Online-Antragsdienst",
            "x",
        );
        let k20 = plan.katalog(Modell::Rgm20);
        assert_eq!(k20.stufenname(3), "Online-Antragsdienst");
        assert!(!k20.stufen[3].bitte_pruefen && k20.stufen[4].bitte_pruefen);
        // A correction of a number the model does not have changes nothing.
        plan.passe_an(Modell::Rgm11, Katalogteil::Stufe, 9, "X", "");
        assert_eq!(plan.katalog(Modell::Rgm11), Katalog::vorgabe(Modell::Rgm11));
    }

    #[test]
    fn leika_ids() {
        assert_eq!(pruefe_leika_id(""), (None, None));
        assert_eq!(pruefe_leika_id("99123456789012"), (None, Some("LeiKa-ID „99123456789012“ ist ein 99er-Schlüssel aus dem FIM-Baustein Leistungen.".into())));
        assert_eq!(pruefe_leika_id("10123456789012"), (None, None));
        assert!(pruefe_leika_id("1012345").1.unwrap().contains("7 statt"));
        assert!(pruefe_leika_id("10-12").0.is_some());
    }

    /// A Leistung "X" with these keys.
    fn l(ozg: &str, leika: &str) -> Leistung {
        Leistung {
            ozg_id: ozg.into(),
            leika_id: leika.into(),
            bezeichnung: "X".into(),
            ..Leistung::default()
        }
    }

    #[test]
    fn dubletten_und_pruefung() {
        assert!(ist_dublette(
            &l("1", "99000000000001"),
            &l("2", "99000000000001")
        ));
        assert!(!ist_dublette(
            &l("1", "99000000000001"),
            &l("1", "99000000000002")
        ));
        assert!(!ist_dublette(&l("1", "99000000000001"), &l("1", "")));
        assert!(ist_dublette(&l("10110", ""), &l("10110", "")));
        assert!(!ist_dublette(&l("", ""), &l("", "")));
        let mut plan = Zielstufenplaner::default();
        let id = plan.speichere_leistung(l("10110", "99000000000001"));
        let doppelt = plan.pruefe_leistung(&l("x", "99000000000001"));
        assert_eq!(doppelt.len(), 1);
        assert_eq!(doppelt[0].feld, "leika-id");
        // Saving itself again is no duplicate.
        let mut selbst = l("10110", "99000000000001");
        selbst.id = id;
        assert!(plan.pruefe_leistung(&selbst).is_empty());
        let leer = plan.pruefe_leistung(&Leistung::default());
        let felder: Vec<&str> = leer.iter().map(|f| f.feld.as_str()).collect();
        assert_eq!(felder, vec!["bezeichnung", "ozg-id"]);
    }

    #[test]
    fn bewertung_je_stichtag_und_modell_einmal() {
        let mut plan = Zielstufenplaner::default();
        let d = Datum::neu(2026, 3, 1);
        let b = |modell, stufe| Bewertung {
            leistung: 5,
            stichtag: d,
            modell,
            werte: [(1, stufe)].into_iter().collect(),
            ..Bewertung::default()
        };
        let a = plan.speichere_bewertung(b(Modell::Rgm11, 1));
        let c = plan.speichere_bewertung(b(Modell::Rgm11, 2));
        assert_eq!(a, c);
        assert_eq!(plan.bewertungen.len(), 1);
        assert_eq!(plan.bewertungen[0].werte[&1], 2);
        plan.speichere_bewertung(b(Modell::Rgm20, 5));
        assert_eq!(plan.bewertungen.len(), 2);
        plan.entferne_leistung(5);
        assert!(plan.bewertungen.is_empty());
    }

    #[test]
    fn zielstufe_pruefen() {
        let mut plan = Zielstufenplaner::default();
        let id = plan.speichere_leistung(l("1", ""));
        let z = Zielstufe {
            leistung: id,
            nr: 1,
            bezeichnung: "MVP".into(),
            ziel_reifegrad: 5,
            ..Zielstufe::default()
        };
        let f = plan.pruefe_zielstufe(&z);
        assert_eq!(f.len(), 1);
        assert!(f[0].meldung.contains("höchstens Stufe 4"));
        plan.leistungen[0].modell = Modell::Rgm20;
        assert!(plan.pruefe_zielstufe(&z).is_empty());
        // Back to RGM 1.1 is refused while a stage aims above Stufe 4.
        plan.speichere_zielstufe(z);
        let mut zurueck = plan.leistungen[0].clone();
        zurueck.modell = Modell::Rgm11;
        let f = plan.pruefe_leistung(&zurueck);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].feld, "modell");
        assert!(f[0]
            .meldung
            .contains("diese Zielstufen liegen darüber: MVP."));
    }
}
