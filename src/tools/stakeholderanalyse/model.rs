//! The Stakeholderanalyse's data (fachkonzept §2.2): stakeholders with their dated assessments
//! (the history that makes two Stichtage comparable), relations between stakeholders, measures,
//! the communication plan, the analysis settings and the editable catalogues (Kategorie, Kanal,
//! Frequenz: our reconstruction, so data with defaults, not code).
//!
//! Plain data with plain methods, no signals: views change it only through
//! `Daten::aendere(|ab| ab.werkzeuge.stakeholderanalyse…)`. Records refer to each other by a numeric `id`
//! that never changes and is never reused.
//!
//! **Scales.** Every assessment stores its raw levels together with the scale (3 or 5 levels)
//! it was made on. Changing the analysis's scale rewrites nothing: values are converted for
//! display and calculation ([`Skala::umrechnen`]), so switching back shows exactly the values
//! entered. New assessments are filed on the current scale.

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datensatz::Datensaetze;
use crate::shared::ist_standard;
use crate::shared::text;
pub use crate::shared::text::Feldfehler;
use crate::shared::text::Pruefliste;
use crate::shared::vokabular::vokabular;
use serde::{Deserialize, Serialize};

use crate::shared::datum::Datum;

/// Longest single-line text (names, titles).
pub const MAX_KURZTEXT: usize = 200;
/// Longest multi-line text.
pub const MAX_LANGTEXT: usize = 5000;
/// Highest relation strength (scale 1–3).
pub const MAX_STAERKE: u8 = 3;

/// Person, group or institution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Typ {
    /// Person
    Person,
    /// Gruppe
    Gruppe,
    /// Organisation/Institution
    Organisation,
}

vokabular!(Typ {
    Person => "Person", "eine einzelne Person";
    Gruppe => "Gruppe", "eine Gruppe von Personen, z. B. ein Gremium oder die Beschäftigten eines Referats";
    Organisation => "Organisation/Institution", "eine Behörde, ein Unternehmen oder eine andere Institution";
});

/// Internal or external.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Zugehoerigkeit {
    /// Own agency.
    InternBehoerde,
    /// Own ministry portfolio.
    InternRessort,
    /// External.
    Extern,
}

vokabular!(Zugehoerigkeit {
    InternBehoerde => "intern (eigene Behörde)", "gehört zur eigenen Behörde";
    InternRessort => "intern (Ressort)", "gehört zum eigenen Ressort, aber nicht zur eigenen Behörde";
    Extern => "extern", "außerhalb des eigenen Ressorts";
});

/// Basis of a stakeholder's power (fachkonzept §2.2, Q:S44).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Machtbasis {
    /// Formal.
    Formal,
    /// Informal.
    Informell,
    /// Resources.
    Ressourcen,
    /// Time.
    Zeitlich,
}

vokabular!(Machtbasis {
    Formal => "formal", "Macht aus Amt, Zuständigkeit, Weisungsrecht, Veto oder Mitbestimmung (z. B. Personalrat)";
    Informell => "informell", "Macht aus Ansehen, Netzwerk oder Fachwissen";
    Ressourcen => "Ressourcen", "verfügt über Geld, Personal oder Technik, die das Projekt braucht";
    Zeitlich => "zeitlich", "kann das Projekt durch Verzögern oder Beschleunigen beeinflussen";
});

/// Attitude towards the project, −2 … +2.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Haltung {
    /// −2
    Ablehnend,
    /// −1
    Skeptisch,
    /// 0
    #[default]
    Neutral,
    /// +1
    Unterstuetzend,
    /// +2
    Treibend,
}

vokabular!(Haltung {
    Ablehnend => "ablehnend", "lehnt das Projekt ab und arbeitet dagegen (−2)";
    Skeptisch => "skeptisch", "zweifelt am Projekt, ist aber erreichbar (−1)";
    Neutral => "neutral", "weder dafür noch dagegen (0)";
    Unterstuetzend => "unterstützend", "befürwortet das Projekt (+1)";
    Treibend => "treibend/Promotor", "treibt das Projekt aktiv voran (+2)";
});

impl Haltung {
    /// Value on the attitude scale −2 … +2.
    pub fn wert(self) -> i8 {
        match self {
            Haltung::Ablehnend => -2,
            Haltung::Skeptisch => -1,
            Haltung::Neutral => 0,
            Haltung::Unterstuetzend => 1,
            Haltung::Treibend => 2,
        }
    }

    /// Short label on the grid (the shape and colour repeat it).
    pub fn kurz(self) -> &'static str {
        match self {
            Haltung::Ablehnend => "−−",
            Haltung::Skeptisch => "−",
            Haltung::Neutral => "0",
            Haltung::Unterstuetzend => "+",
            Haltung::Treibend => "++",
        }
    }
}

/// Number of levels of the Einfluss, Interesse and Betroffenheit scales.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Skala {
    /// 1 gering – 3 hoch.
    #[default]
    Drei,
    /// 1 sehr gering – 5 sehr hoch.
    Fuenf,
}

vokabular!(Skala {
    Drei => "3 Stufen", "1 = gering, 2 = mittel, 3 = hoch";
    Fuenf => "5 Stufen", "1 = sehr gering, 2 = gering, 3 = mittel, 4 = hoch, 5 = sehr hoch";
});

impl Skala {
    /// Highest level.
    pub fn max(self) -> u8 {
        match self {
            Skala::Drei => 3,
            Skala::Fuenf => 5,
        }
    }

    /// Word of a level ("hoch").
    pub fn stufenname(self, stufe: u8) -> &'static str {
        match (self, stufe) {
            (Skala::Drei, 1) => "gering",
            (Skala::Drei, 2) => "mittel",
            (Skala::Drei, 3) => "hoch",
            (Skala::Fuenf, 1) => "sehr gering",
            (Skala::Fuenf, 2) => "gering",
            (Skala::Fuenf, 3) => "mittel",
            (Skala::Fuenf, 4) => "hoch",
            (Skala::Fuenf, 5) => "sehr hoch",
            _ => "ungültig",
        }
    }

    /// Converts a level of scale `von` to this scale. 3 → 5 maps 1, 2, 3 to 1, 3, 5 (exact);
    /// 5 → 3 maps 1–2 to 1, 3 to 2, 4–5 to 3 (the same bands as the 3×3 grid). Levels out of
    /// range are clamped first.
    pub fn umrechnen(self, stufe: u8, von: Skala) -> u8 {
        let stufe = stufe.clamp(1, von.max());
        match (von, self) {
            (a, b) if a == b => stufe,
            (Skala::Drei, Skala::Fuenf) => 2 * stufe - 1,
            _ => match stufe {
                1 | 2 => 1,
                3 => 2,
                _ => 3,
            },
        }
    }
}

/// Grid layout of the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Raster {
    /// Four quadrants.
    ZweiMalZwei,
    /// Nine fields ("Neuntel").
    DreiMalDrei,
}

vokabular!(Raster {
    ZweiMalZwei => "2 × 2 (Quadranten)", "Achsen geteilt an der Skalenmitte: hoch = über der Mitte";
    DreiMalDrei => "3 × 3 (Neuntel)", "Achsen gedrittelt: gering, mittel, hoch";
});

impl Raster {
    /// The default grid of a scale: on the 3-level scale the 3 × 3 grid ("Neuntel bei
    /// Dreiteilung der Achsen", Q:S43), since a 2 × 2 grid puts "mittel" into the low half;
    /// on the 5-level scale the quadrants stay the default.
    pub fn standard(skala: Skala) -> Raster {
        match skala {
            Skala::Drei => Raster::DreiMalDrei,
            Skala::Fuenf => Raster::ZweiMalZwei,
        }
    }
}

/// What the grid's y axis shows.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum YAchse {
    /// Interesse (Power-Interest grid).
    #[default]
    Interesse,
    /// Betroffenheit (DIN 69901-5 portfolio).
    Betroffenheit,
}

vokabular!(YAchse {
    Interesse => "Interesse", "Einfluss × Interesse (Power-Interest-Grid)";
    Betroffenheit => "Betroffenheit", "Einfluss × Betroffenheit (Portfolio nach DIN 69901-5)";
});

/// Kind of relation between two stakeholders.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Beziehungsart {
    /// Supports.
    #[default]
    Unterstuetzt,
    /// Influences.
    Beeinflusst,
    /// Conflict.
    Konflikt,
}

vokabular!(Beziehungsart {
    Unterstuetzt => "unterstützt", "„von“ unterstützt „zu“";
    Beeinflusst => "beeinflusst", "„von“ beeinflusst die Haltung oder Entscheidungen von „zu“";
    Konflikt => "Konflikt", "zwischen beiden besteht ein Konflikt";
});

/// State of a measure.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Massnahmenstatus {
    /// Planned.
    #[default]
    Geplant,
    /// In progress.
    InArbeit,
    /// Done.
    Erledigt,
    /// Dropped.
    Verworfen,
}

vokabular!(Massnahmenstatus {
    Geplant => "geplant", "noch nicht begonnen";
    InArbeit => "in Arbeit", "wird umgesetzt";
    Erledigt => "erledigt", "umgesetzt";
    Verworfen => "verworfen", "wird nicht umgesetzt";
});

impl Massnahmenstatus {
    /// Still to do: geplant or in Arbeit.
    pub fn offen(self) -> bool {
        matches!(self, Massnahmenstatus::Geplant | Massnahmenstatus::InArbeit)
    }
}

/// One entry of an editable catalogue (Kategorie, Kanal, Frequenz).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Katalogeintrag {
    /// Permanent id (from the analysis's id counter).
    pub id: u32,
    /// Name.
    pub name: String,
}

fn katalog(start: u32, namen: &[&str]) -> Vec<Katalogeintrag> {
    namen
        .iter()
        .zip(start..)
        .map(|(name, id)| Katalogeintrag {
            id,
            name: (*name).to_owned(),
        })
        .collect()
}

/// Default categories (fachkonzept §2.2).
pub fn kategorien_vorgabe() -> Vec<Katalogeintrag> {
    katalog(
        1,
        &[
            "Leitung",
            "Fachbereich",
            "IT/IT-Dienstleister",
            "Haushalt/Finanzen",
            "Personalrat",
            "Datenschutz",
            "Informationssicherheit",
            "Nutzende (Bürger/Unternehmen)",
            "andere Behörde/Land/Kommune",
            "Hersteller/Auftragnehmer",
            "Politik",
            "Sonstige",
        ],
    )
}

/// Default channels (fachkonzept §2.2).
pub fn kanaele_vorgabe() -> Vec<Katalogeintrag> {
    katalog(
        21,
        &[
            "Lenkungsausschuss",
            "Jour fixe",
            "Newsletter",
            "E-Mail",
            "Workshop",
        ],
    )
}

/// Default frequencies (fachkonzept §2.2: "wöchentlich … anlassbezogen").
pub fn frequenzen_vorgabe() -> Vec<Katalogeintrag> {
    katalog(
        31,
        &[
            "wöchentlich",
            "zweiwöchentlich",
            "monatlich",
            "quartalsweise",
            "halbjährlich",
            "anlassbezogen",
        ],
    )
}

/// First id handed out for records (the default catalogues use ids below it).
pub const ERSTE_ID: u32 = 100;

/// Settings of one analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Einstellungen {
    /// Scale of new assessments and of display.
    #[serde(skip_serializing_if = "ist_standard")]
    pub skala: Skala,
    /// Grid layout chosen by the user; `None` = the default of the scale
    /// ([`Raster::standard`]). Use [`Einstellungen::raster`].
    #[serde(skip_serializing_if = "ist_standard")]
    pub raster: Option<Raster>,
    /// y axis of the grid.
    #[serde(skip_serializing_if = "ist_standard")]
    pub y_achse: YAchse,
    /// Bewertungsstichtag: assessments made now are filed under it. `None` = today.
    #[serde(skip_serializing_if = "ist_standard")]
    pub stichtag: Option<Datum>,
}

impl Einstellungen {
    /// The grid in use: the chosen one, else the default of the scale.
    pub fn raster(&self) -> Raster {
        self.raster.unwrap_or(Raster::standard(self.skala))
    }
}

/// Everything the Stakeholderanalyse keeps in one workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Stakeholderanalyse {
    /// Stakeholders in the order they were created.
    pub stakeholder: Vec<Stakeholder>,
    /// Relations between stakeholders.
    pub beziehungen: Vec<Beziehung>,
    /// Measures.
    pub massnahmen: Vec<Massnahme>,
    /// Communication plan.
    pub kommunikation: Vec<Kommunikation>,
    /// Settings.
    pub einstellungen: Einstellungen,
    /// Projects of the Multiprojektplan the whole analysis belongs to (their internal ids).
    pub projekte: Vec<u32>,
    /// Categories (editable).
    pub kategorien: Vec<Katalogeintrag>,
    /// Channels (editable).
    pub kanaele: Vec<Katalogeintrag>,
    /// Frequencies (editable).
    pub frequenzen: Vec<Katalogeintrag>,
    /// Next free record id (ids are never reused).
    pub naechste_id: u32,
}

impl Default for Stakeholderanalyse {
    fn default() -> Self {
        Stakeholderanalyse {
            stakeholder: Vec::new(),
            beziehungen: Vec::new(),
            massnahmen: Vec::new(),
            kommunikation: Vec::new(),
            einstellungen: Einstellungen::default(),
            projekte: Vec::new(),
            kategorien: kategorien_vorgabe(),
            kanaele: kanaele_vorgabe(),
            frequenzen: frequenzen_vorgabe(),
            naechste_id: ERSTE_ID,
        }
    }
}

/// One dated assessment of a stakeholder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bewertung {
    /// Date of the assessment (Bewertungsstichtag).
    pub datum: Datum,
    /// Scale the levels were given on.
    #[serde(skip_serializing_if = "ist_standard")]
    pub skala: Skala,
    /// Einfluss / Macht, 1 … max.
    pub einfluss: u8,
    /// Interesse, 1 … max.
    pub interesse: u8,
    /// Betroffenheit, 1 … max.
    pub betroffenheit: u8,
    /// Haltung (Ist).
    #[serde(skip_serializing_if = "ist_standard")]
    pub haltung_ist: Haltung,
    /// Haltung (Soll).
    #[serde(skip_serializing_if = "ist_standard")]
    pub haltung_soll: Haltung,
    /// Target influence; `None` = as now.
    #[serde(skip_serializing_if = "ist_standard")]
    pub soll_einfluss: Option<u8>,
    /// Target interest; `None` = as now.
    #[serde(skip_serializing_if = "ist_standard")]
    pub soll_interesse: Option<u8>,
    /// Target Betroffenheit; `None` = as now.
    #[serde(skip_serializing_if = "ist_standard")]
    pub soll_betroffenheit: Option<u8>,
    /// Note.
    #[serde(skip_serializing_if = "ist_standard")]
    pub notiz: String,
}

impl Default for Bewertung {
    /// A neutral assessment at level 1 on the 3-level scale, dated 01.01.1970 (callers set the
    /// date; the default only fills fields missing in stored data).
    fn default() -> Self {
        Bewertung {
            datum: Datum::neu(1970, 1, 1).expect("gültiges Datum"),
            skala: Skala::Drei,
            einfluss: 1,
            interesse: 1,
            betroffenheit: 1,
            haltung_ist: Haltung::Neutral,
            haltung_soll: Haltung::Neutral,
            soll_einfluss: None,
            soll_interesse: None,
            soll_betroffenheit: None,
            notiz: String::new(),
        }
    }
}

impl Bewertung {
    /// The assessment converted to scale `skala` (Soll values too).
    pub fn in_skala(&self, skala: Skala) -> Bewertung {
        let u = |w: u8| skala.umrechnen(w, self.skala);
        Bewertung {
            skala,
            einfluss: u(self.einfluss),
            interesse: u(self.interesse),
            betroffenheit: u(self.betroffenheit),
            soll_einfluss: self.soll_einfluss.map(u),
            soll_interesse: self.soll_interesse.map(u),
            soll_betroffenheit: self.soll_betroffenheit.map(u),
            ..self.clone()
        }
    }
}

/// A stakeholder.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Stakeholder {
    /// Internal, permanent id.
    pub id: u32,
    /// Name/Bezeichnung; required.
    #[serde(skip_serializing_if = "ist_standard")]
    pub name: String,
    /// Typ.
    #[serde(skip_serializing_if = "ist_standard")]
    pub typ: Option<Typ>,
    /// intern/extern.
    #[serde(skip_serializing_if = "ist_standard")]
    pub zugehoerigkeit: Option<Zugehoerigkeit>,
    /// Kategorie (catalogue id).
    #[serde(skip_serializing_if = "ist_standard")]
    pub kategorie: Option<u32>,
    /// Rolle im Projekt.
    #[serde(skip_serializing_if = "ist_standard")]
    pub rolle: String,
    /// Interessen / Erwartungen.
    #[serde(skip_serializing_if = "ist_standard")]
    pub interessen: String,
    /// Machtbasis.
    #[serde(skip_serializing_if = "ist_standard")]
    pub machtbasis: Vec<Machtbasis>,
    /// Kommunikationsstrategie.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kommunikationsstrategie: String,
    /// Kanal (catalogue id).
    #[serde(skip_serializing_if = "ist_standard")]
    pub kanal: Option<u32>,
    /// Frequenz (catalogue id).
    #[serde(skip_serializing_if = "ist_standard")]
    pub frequenz: Option<u32>,
    /// Verantwortlich (Beziehungspflege).
    #[serde(skip_serializing_if = "ist_standard")]
    pub verantwortlich: String,
    /// Confidential: marked everywhere, left out of exports unless included explicitly.
    #[serde(skip_serializing_if = "ist_standard")]
    pub vertraulich: bool,
    /// Linked projects of the Multiprojektplan (internal ids).
    #[serde(skip_serializing_if = "ist_standard")]
    pub projekte: Vec<u32>,
    /// Assessments, sorted by date, at most one per date.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bewertungen: Vec<Bewertung>,
}

impl Stakeholder {
    /// The assessment valid at `datum`: the newest one on or before it.
    pub fn stand(&self, datum: Datum) -> Option<&Bewertung> {
        self.bewertungen.iter().rev().find(|b| b.datum <= datum)
    }

    /// Date of the newest assessment ("Letzte Bewertung am").
    pub fn letzte_bewertung(&self) -> Option<Datum> {
        self.bewertungen.last().map(|b| b.datum)
    }

    /// Files an assessment under its date, replacing one of the same date.
    pub fn setze_bewertung(&mut self, bewertung: Bewertung) {
        match self
            .bewertungen
            .binary_search_by(|b| b.datum.cmp(&bewertung.datum))
        {
            Ok(i) => self.bewertungen[i] = bewertung,
            Err(i) => self.bewertungen.insert(i, bewertung),
        }
    }

    /// Moves the stakeholder to (`einfluss`, `y`) on scale `skala` at `stichtag`: updates the
    /// assessment of that date, or files a new one copied from the one valid then (older
    /// assessments stay). `y` is Interesse or Betroffenheit. Without any assessment on or
    /// before the date a neutral one is created. Returns whether anything changed.
    pub fn verschiebe(
        &mut self,
        stichtag: Datum,
        skala: Skala,
        y_achse: YAchse,
        einfluss: u8,
        y: u8,
    ) -> bool {
        let einfluss = einfluss.clamp(1, skala.max());
        let y = y.clamp(1, skala.max());
        let mut neu = match self.stand(stichtag) {
            Some(b) => b.in_skala(skala),
            None => {
                let mitte = skala.max().div_ceil(2);
                Bewertung {
                    skala,
                    einfluss: mitte,
                    interesse: mitte,
                    betroffenheit: mitte,
                    ..Bewertung::default()
                }
            }
        };
        if self.stand(stichtag).map(|b| b.datum) != Some(stichtag) {
            neu.notiz = String::new();
        }
        neu.datum = stichtag;
        let vorher = self.stand(stichtag).cloned();
        neu.einfluss = einfluss;
        match y_achse {
            YAchse::Interesse => neu.interesse = y,
            YAchse::Betroffenheit => neu.betroffenheit = y,
        }
        if vorher.as_ref() == Some(&neu) {
            return false;
        }
        self.setze_bewertung(neu);
        true
    }
}

/// A relation between two stakeholders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Beziehung {
    /// Internal, permanent id.
    pub id: u32,
    /// From.
    pub von: u32,
    /// To.
    pub zu: u32,
    /// Art.
    #[serde(default)]
    pub art: Beziehungsart,
    /// Stärke 1–3.
    #[serde(default = "eins")]
    pub staerke: u8,
    /// Bemerkung.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub bemerkung: String,
}

fn eins() -> u8 {
    1
}

/// A measure to engage stakeholders.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Massnahme {
    /// Internal, permanent id.
    pub id: u32,
    /// Titel; required.
    pub titel: String,
    /// Verantwortlich.
    #[serde(skip_serializing_if = "ist_standard")]
    pub verantwortlich: String,
    /// Fällig am.
    #[serde(skip_serializing_if = "ist_standard")]
    pub faellig: Option<Datum>,
    /// Status.
    #[serde(skip_serializing_if = "ist_standard")]
    pub status: Massnahmenstatus,
    /// Stakeholders it addresses (at least one).
    pub stakeholder: Vec<u32>,
    /// Bemerkung.
    #[serde(skip_serializing_if = "ist_standard")]
    pub bemerkung: String,
}

/// One row of the communication plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Kommunikation {
    /// Internal, permanent id.
    pub id: u32,
    /// Stakeholder.
    pub stakeholder: u32,
    /// Kanal (catalogue id).
    #[serde(skip_serializing_if = "ist_standard")]
    pub kanal: Option<u32>,
    /// Frequenz (catalogue id).
    #[serde(skip_serializing_if = "ist_standard")]
    pub frequenz: Option<u32>,
    /// Verantwortlich.
    #[serde(skip_serializing_if = "ist_standard")]
    pub verantwortlich: String,
    /// Inhalt / Anlass.
    #[serde(skip_serializing_if = "ist_standard")]
    pub inhalt: String,
}

/// Stored as the workspace's `stakeholderanalyse` section, left out while empty.
impl Werkzeugteil for Stakeholderanalyse {}

impl Stakeholderanalyse {
    /// Hands out a new record id.
    pub fn vergib_id(&mut self) -> u32 {
        crate::shared::datensatz::vergib_id(&mut self.naechste_id, ERSTE_ID)
    }

    /// The scale of the analysis.
    pub fn skala(&self) -> Skala {
        self.einstellungen.skala
    }

    /// Stakeholder by id.
    pub fn stakeholder(&self, id: u32) -> Option<&Stakeholder> {
        self.stakeholder.mit_id(id)
    }

    /// Stakeholder by id, for changing it.
    pub fn stakeholder_mut(&mut self, id: u32) -> Option<&mut Stakeholder> {
        self.stakeholder.mit_id_mut(id)
    }

    /// Name of a stakeholder, "Stakeholder 7 (gelöscht)" for a missing one.
    pub fn name(&self, id: u32) -> String {
        self.stakeholder(id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| text::geloescht("Stakeholder", &id.to_string()))
    }

    /// Name of a catalogue entry.
    pub fn katalogname(katalog: &[Katalogeintrag], id: Option<u32>) -> Option<&str> {
        let id = id?;
        katalog.iter().find(|k| k.id == id).map(|k| k.name.as_str())
    }

    /// Inserts a new stakeholder (id 0) or replaces the stored one with the same id, keeping
    /// its assessments if the given one has none. Returns its id.
    pub fn speichere_stakeholder(&mut self, mut s: Stakeholder) -> u32 {
        if s.id == 0 {
            s.id = self.vergib_id();
        }
        let id = s.id;
        match self.stakeholder_mut(id) {
            Some(alt) => {
                if s.bewertungen.is_empty() {
                    s.bewertungen = std::mem::take(&mut alt.bewertungen);
                }
                *alt = s;
            }
            None => self.stakeholder.push(s),
        }
        id
    }

    /// Deletes a stakeholder, its relations and communication rows, and its links from
    /// measures (a measure left without stakeholders is deleted too).
    pub fn entferne_stakeholder(&mut self, id: u32) {
        self.stakeholder.entferne_id(id);
        self.beziehungen.retain(|b| b.von != id && b.zu != id);
        self.kommunikation.retain(|k| k.stakeholder != id);
        for m in &mut self.massnahmen {
            m.stakeholder.retain(|s| *s != id);
        }
        self.massnahmen.retain(|m| !m.stakeholder.is_empty());
    }

    /// Adds a relation unless it links a stakeholder to itself or the same pair and kind
    /// exists. Returns its id.
    pub fn verknuepfe(&mut self, mut b: Beziehung) -> Option<u32> {
        if b.von == b.zu
            || self.stakeholder(b.von).is_none()
            || self.stakeholder(b.zu).is_none()
            || self
                .beziehungen
                .iter()
                .any(|x| x.von == b.von && x.zu == b.zu && x.art == b.art)
        {
            return None;
        }
        b.id = self.vergib_id();
        b.staerke = b.staerke.clamp(1, MAX_STAERKE);
        let id = b.id;
        self.beziehungen.push(b);
        Some(id)
    }

    /// Inserts a new measure (id 0) or replaces the stored one. Returns its id.
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

    /// Inserts a new communication row (id 0) or replaces the stored one. Returns its id.
    pub fn speichere_kommunikation(&mut self, mut k: Kommunikation) -> u32 {
        if k.id == 0 {
            k.id = self.vergib_id();
        }
        let id = k.id;
        match self.kommunikation.mit_id_mut(id) {
            Some(alt) => *alt = k,
            None => self.kommunikation.push(k),
        }
        id
    }

    /// Adds a catalogue entry with a new id. Returns the id.
    pub fn neuer_katalogeintrag(&mut self, katalog: Katalogart, name: &str) -> u32 {
        let id = self.vergib_id();
        self.katalog_mut(katalog).push(Katalogeintrag {
            id,
            name: name.trim().to_owned(),
        });
        id
    }

    /// A catalogue.
    pub fn katalog(&self, katalog: Katalogart) -> &[Katalogeintrag] {
        match katalog {
            Katalogart::Kategorie => &self.kategorien,
            Katalogart::Kanal => &self.kanaele,
            Katalogart::Frequenz => &self.frequenzen,
        }
    }

    /// A catalogue, for changing it.
    pub fn katalog_mut(&mut self, katalog: Katalogart) -> &mut Vec<Katalogeintrag> {
        match katalog {
            Katalogart::Kategorie => &mut self.kategorien,
            Katalogart::Kanal => &mut self.kanaele,
            Katalogart::Frequenz => &mut self.frequenzen,
        }
    }

    /// How many records use a catalogue entry (removing a used entry clears those fields).
    pub fn katalog_verwendet(&self, katalog: Katalogart, id: u32) -> usize {
        match katalog {
            Katalogart::Kategorie => self
                .stakeholder
                .iter()
                .filter(|s| s.kategorie == Some(id))
                .count(),
            Katalogart::Kanal => {
                self.stakeholder
                    .iter()
                    .filter(|s| s.kanal == Some(id))
                    .count()
                    + self
                        .kommunikation
                        .iter()
                        .filter(|k| k.kanal == Some(id))
                        .count()
            }
            Katalogart::Frequenz => {
                self.stakeholder
                    .iter()
                    .filter(|s| s.frequenz == Some(id))
                    .count()
                    + self
                        .kommunikation
                        .iter()
                        .filter(|k| k.frequenz == Some(id))
                        .count()
            }
        }
    }

    /// Removes a catalogue entry and clears the fields that used it.
    pub fn entferne_katalogeintrag(&mut self, katalog: Katalogart, id: u32) {
        self.katalog_mut(katalog).entferne_id(id);
        let leeren = |feld: &mut Option<u32>| {
            if *feld == Some(id) {
                *feld = None;
            }
        };
        for s in &mut self.stakeholder {
            match katalog {
                Katalogart::Kategorie => leeren(&mut s.kategorie),
                Katalogart::Kanal => leeren(&mut s.kanal),
                Katalogart::Frequenz => leeren(&mut s.frequenz),
            }
        }
        for k in &mut self.kommunikation {
            match katalog {
                Katalogart::Kategorie => {}
                Katalogart::Kanal => leeren(&mut k.kanal),
                Katalogart::Frequenz => leeren(&mut k.frequenz),
            }
        }
    }

    /// Record counts for previews ("5 Stakeholder, 3 Maßnahmen").
    pub fn kennzahl(&self) -> Option<String> {
        if self.stakeholder.is_empty() {
            return None;
        }
        use crate::shared::text::anzahl;
        Some(format!(
            "{}, {}",
            anzahl(self.stakeholder.len(), "Stakeholder", "Stakeholder"),
            anzahl(self.massnahmen.len(), "Maßnahme", "Maßnahmen")
        ))
    }

    /// Validates a stakeholder as the form would save it.
    pub fn pruefe_stakeholder(&self, s: &Stakeholder) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        let name = s.name.trim();
        if name.is_empty() {
            liste.push(Feldfehler::neu(
                "name",
                "Geben Sie einen Namen oder eine Bezeichnung ein.",
            ));
        } else if self
            .stakeholder
            .iter()
            .any(|x| x.id != s.id && x.name.trim().eq_ignore_ascii_case(name))
        {
            liste.push(Feldfehler::neu(
                "name",
                format!("Einen Stakeholder „{name}“ gibt es schon."),
            ));
        }
        for (feld, titel, text) in [
            ("name", "Name/Bezeichnung", &s.name),
            ("rolle", "Rolle im Projekt", &s.rolle),
            ("verantwortlich", "Verantwortlich", &s.verantwortlich),
        ] {
            liste.hoechstens(feld, titel, text, MAX_KURZTEXT);
        }
        for (feld, titel, text) in [
            ("interessen", "Interessen / Erwartungen", &s.interessen),
            (
                "kommunikationsstrategie",
                "Kommunikationsstrategie",
                &s.kommunikationsstrategie,
            ),
        ] {
            liste.hoechstens(feld, titel, text, MAX_LANGTEXT);
        }
        liste
    }

    /// Validates an assessment on the analysis's scale.
    pub fn pruefe_bewertung(b: &Bewertung) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        let max = b.skala.max();
        for (feld, name, wert) in [
            ("einfluss", "Einfluss", Some(b.einfluss)),
            ("interesse", "Interesse", Some(b.interesse)),
            ("betroffenheit", "Betroffenheit", Some(b.betroffenheit)),
            ("soll-einfluss", "Soll-Einfluss", b.soll_einfluss),
            ("soll-interesse", "Soll-Interesse", b.soll_interesse),
            (
                "soll-betroffenheit",
                "Soll-Betroffenheit",
                b.soll_betroffenheit,
            ),
        ] {
            liste.wenn(
                wert.is_some_and(|w| !(1..=max).contains(&w)),
                feld,
                format!("{name}: Wählen Sie eine Stufe von 1 bis {max}."),
            );
        }
        liste.hoechstens("notiz", "Notiz", &b.notiz, MAX_LANGTEXT);
        liste
    }

    /// Validates a measure.
    pub fn pruefe_massnahme(&self, m: &Massnahme) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        liste.pflicht(
            "titel",
            &m.titel,
            "Geben Sie einen Titel für die Maßnahme ein.",
        );
        liste.hoechstens("titel", "Titel", &m.titel, MAX_KURZTEXT);
        liste.hoechstens(
            "verantwortlich",
            "Verantwortlich",
            &m.verantwortlich,
            MAX_KURZTEXT,
        );
        if m.stakeholder.is_empty() {
            liste.push(Feldfehler::neu(
                "stakeholder",
                "Wählen Sie mindestens einen Stakeholder, an den sich die Maßnahme richtet.",
            ));
        } else if m
            .stakeholder
            .iter()
            .any(|id| self.stakeholder(*id).is_none())
        {
            liste.push(Feldfehler::neu(
                "stakeholder",
                "Ein gewählter Stakeholder existiert nicht mehr.",
            ));
        }
        liste
    }

    /// Validates a row of the communication plan: a stakeholder that exists, length limits.
    pub fn pruefe_kommunikation(&self, k: &Kommunikation) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        liste.wenn(
            self.stakeholder(k.stakeholder).is_none(),
            "stakeholder",
            "Wählen Sie den Stakeholder.",
        );
        liste.hoechstens(
            "verantwortlich",
            "Verantwortlich",
            &k.verantwortlich,
            MAX_KURZTEXT,
        );
        liste.hoechstens("inhalt", "Inhalt / Anlass", &k.inhalt, MAX_LANGTEXT);
        liste
    }

    /// Validates a relation: two different stakeholders that exist, a short remark.
    pub fn pruefe_beziehung(&self, b: &Beziehung) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        liste.wenn(
            self.stakeholder(b.von).is_none(),
            "von",
            "Wählen Sie, von wem die Beziehung ausgeht.",
        );
        if self.stakeholder(b.zu).is_none() {
            liste.push(Feldfehler::neu(
                "zu",
                "Wählen Sie, zu wem die Beziehung besteht.",
            ));
        } else if b.von == b.zu {
            liste.push(Feldfehler::neu(
                "zu",
                "Eine Beziehung verbindet zwei verschiedene Stakeholder.",
            ));
        }
        liste.hoechstens("bemerkung", "Bemerkung", &b.bemerkung, MAX_KURZTEXT);
        liste
    }
}

/// The three editable catalogues.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Katalogart {
    /// Kategorie
    Kategorie,
    /// Kanal
    Kanal,
    /// Frequenz
    Frequenz,
}

impl Katalogart {
    /// All catalogues.
    pub const ALLE: [Katalogart; 3] = [
        Katalogart::Kategorie,
        Katalogart::Kanal,
        Katalogart::Frequenz,
    ];

    /// German name (singular).
    pub fn name(self) -> &'static str {
        match self {
            Katalogart::Kategorie => "Kategorie",
            Katalogart::Kanal => "Kanal",
            Katalogart::Frequenz => "Frequenz",
        }
    }

    /// Stable key for field ids.
    pub fn schluessel(self) -> &'static str {
        match self {
            Katalogart::Kategorie => "kategorie",
            Katalogart::Kanal => "kanal",
            Katalogart::Frequenz => "frequenz",
        }
    }
}

crate::shared::datensatz::mit_id!(
    Katalogeintrag,
    Stakeholder,
    Beziehung,
    Massnahme,
    Kommunikation
);

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Datum {
        Datum::aus_iso(text).unwrap()
    }

    fn bewertung(datum: &str, einfluss: u8, interesse: u8) -> Bewertung {
        Bewertung {
            datum: d(datum),
            einfluss,
            interesse,
            betroffenheit: 2,
            ..Bewertung::default()
        }
    }

    #[test]
    fn offene_massnahmen() {
        let offen: Vec<bool> = Massnahmenstatus::ALLE.iter().map(|s| s.offen()).collect();
        assert_eq!(offen, [true, true, false, false]);
    }

    #[test]
    fn skalen_umrechnen_ohne_verlust_der_gespeicherten_werte() {
        assert_eq!(
            (1..=3)
                .map(|s| Skala::Fuenf.umrechnen(s, Skala::Drei))
                .collect::<Vec<_>>(),
            [1, 3, 5]
        );
        assert_eq!(
            (1..=5)
                .map(|s| Skala::Drei.umrechnen(s, Skala::Fuenf))
                .collect::<Vec<_>>(),
            [1, 1, 2, 3, 3]
        );
        assert_eq!(Skala::Drei.umrechnen(9, Skala::Drei), 3);
        assert_eq!(Skala::Fuenf.umrechnen(0, Skala::Fuenf), 1);
        // The stored assessment keeps its raw value and scale.
        let b = Bewertung {
            skala: Skala::Fuenf,
            ..bewertung("2026-01-05", 4, 2)
        };
        let drei = b.in_skala(Skala::Drei);
        assert_eq!(
            (drei.einfluss, drei.interesse, drei.skala),
            (3, 1, Skala::Drei)
        );
        assert_eq!(b.in_skala(Skala::Fuenf), b);
    }

    #[test]
    fn stand_ist_die_neueste_bewertung_bis_zum_datum() {
        let mut s = Stakeholder::default();
        s.setze_bewertung(bewertung("2026-03-01", 3, 3));
        s.setze_bewertung(bewertung("2026-01-01", 1, 1));
        s.setze_bewertung(bewertung("2026-02-01", 2, 2));
        assert_eq!(s.stand(d("2025-12-31")), None);
        assert_eq!(s.stand(d("2026-01-01")).unwrap().einfluss, 1);
        assert_eq!(s.stand(d("2026-02-15")).unwrap().einfluss, 2);
        assert_eq!(s.stand(d("2030-01-01")).unwrap().einfluss, 3);
        assert_eq!(s.letzte_bewertung(), Some(d("2026-03-01")));
        // Same date replaces.
        s.setze_bewertung(bewertung("2026-02-01", 3, 1));
        assert_eq!(s.bewertungen.len(), 3);
        assert_eq!(s.stand(d("2026-02-15")).unwrap().einfluss, 3);
    }

    #[test]
    fn verschieben_legt_eine_bewertung_zum_stichtag_an_und_laesst_aeltere_stehen() {
        let mut s = Stakeholder::default();
        s.setze_bewertung(Bewertung {
            haltung_ist: Haltung::Skeptisch,
            haltung_soll: Haltung::Unterstuetzend,
            notiz: "alt".into(),
            ..bewertung("2026-01-01", 1, 1)
        });
        assert!(s.verschiebe(d("2026-02-01"), Skala::Drei, YAchse::Interesse, 3, 2));
        assert_eq!(s.bewertungen.len(), 2);
        assert_eq!(s.bewertungen[0].einfluss, 1);
        let neu = &s.bewertungen[1];
        assert_eq!(
            (neu.datum, neu.einfluss, neu.interesse),
            (d("2026-02-01"), 3, 2)
        );
        assert_eq!(neu.haltung_ist, Haltung::Skeptisch);
        assert_eq!(neu.notiz, "");
        // Same Stichtag again: updates, no new record.
        assert!(s.verschiebe(d("2026-02-01"), Skala::Drei, YAchse::Betroffenheit, 2, 3));
        assert_eq!(s.bewertungen.len(), 2);
        assert_eq!(
            (s.bewertungen[1].einfluss, s.bewertungen[1].betroffenheit),
            (2, 3)
        );
        // No change, nothing filed.
        assert!(!s.verschiebe(d("2026-02-01"), Skala::Drei, YAchse::Betroffenheit, 2, 3));
        // Clamped to the scale.
        assert!(s.verschiebe(d("2026-02-01"), Skala::Drei, YAchse::Interesse, 9, 0));
        assert_eq!(
            (s.bewertungen[1].einfluss, s.bewertungen[1].interesse),
            (3, 1)
        );
        // On another scale, the copy is converted.
        assert!(s.verschiebe(d("2026-03-01"), Skala::Fuenf, YAchse::Interesse, 5, 5));
        let b = &s.bewertungen[2];
        assert_eq!(
            (b.skala, b.einfluss, b.interesse, b.betroffenheit),
            (Skala::Fuenf, 5, 5, 5)
        );
        // Without an assessment a neutral one in the middle is made.
        let mut leer = Stakeholder::default();
        assert!(leer.verschiebe(d("2026-01-01"), Skala::Fuenf, YAchse::Interesse, 4, 4));
        assert_eq!(leer.bewertungen[0].betroffenheit, 3);
    }

    #[test]
    fn loeschen_nimmt_verknuepftes_mit() {
        let mut a = Stakeholderanalyse::default();
        let x = a.speichere_stakeholder(Stakeholder {
            name: "X".into(),
            ..Stakeholder::default()
        });
        let y = a.speichere_stakeholder(Stakeholder {
            name: "Y".into(),
            ..Stakeholder::default()
        });
        assert!(x >= ERSTE_ID && y == x + 1);
        assert!(a
            .verknuepfe(Beziehung {
                id: 0,
                von: x,
                zu: y,
                art: Beziehungsart::Konflikt,
                staerke: 7,
                bemerkung: String::new()
            })
            .is_some());
        assert_eq!(a.beziehungen[0].staerke, 3);
        assert!(a
            .verknuepfe(Beziehung {
                id: 0,
                von: x,
                zu: x,
                art: Beziehungsart::Konflikt,
                staerke: 1,
                bemerkung: String::new()
            })
            .is_none());
        a.speichere_massnahme(Massnahme {
            titel: "nur X".into(),
            stakeholder: vec![x],
            ..Massnahme::default()
        });
        a.speichere_massnahme(Massnahme {
            titel: "beide".into(),
            stakeholder: vec![x, y],
            ..Massnahme::default()
        });
        a.speichere_kommunikation(Kommunikation {
            stakeholder: x,
            ..Kommunikation::default()
        });
        a.entferne_stakeholder(x);
        assert!(a.beziehungen.is_empty() && a.kommunikation.is_empty());
        assert_eq!(a.massnahmen.len(), 1);
        assert_eq!(a.massnahmen[0].stakeholder, vec![y]);
        assert_eq!(a.name(x), format!("Stakeholder {x} (gelöscht)"));
    }

    #[test]
    fn kommunikation_und_beziehungen_pruefen() {
        let mut a = Stakeholderanalyse::default();
        let x = a.speichere_stakeholder(Stakeholder::default());
        let felder = |f: Vec<Feldfehler>| f.into_iter().map(|f| f.feld).collect::<Vec<_>>();
        let mut k = Kommunikation {
            inhalt: "x".repeat(MAX_LANGTEXT + 1),
            ..Kommunikation::default()
        };
        assert_eq!(
            felder(a.pruefe_kommunikation(&k)),
            ["stakeholder", "inhalt"]
        );
        k.stakeholder = x;
        k.inhalt.clear();
        assert!(a.pruefe_kommunikation(&k).is_empty());
        let mut b = Beziehung {
            id: 0,
            von: x,
            zu: x,
            art: Beziehungsart::Unterstuetzt,
            staerke: 2,
            bemerkung: String::new(),
        };
        assert_eq!(felder(a.pruefe_beziehung(&b)), ["zu"]);
        b.von = 0;
        b.zu = 0;
        assert_eq!(felder(a.pruefe_beziehung(&b)), ["von", "zu"]);
    }

    #[test]
    fn kataloge_sind_daten_und_loeschen_leert_die_felder() {
        let mut a = Stakeholderanalyse::default();
        assert_eq!(a.kategorien.len(), 12);
        assert_eq!(a.kanaele[0].name, "Lenkungsausschuss");
        assert_eq!(a.frequenzen.last().unwrap().name, "anlassbezogen");
        let neu = a.neuer_katalogeintrag(Katalogart::Kanal, " Videokonferenz ");
        let s = a.speichere_stakeholder(Stakeholder {
            name: "S".into(),
            kanal: Some(neu),
            kategorie: Some(1),
            ..Stakeholder::default()
        });
        a.speichere_kommunikation(Kommunikation {
            stakeholder: s,
            kanal: Some(neu),
            ..Kommunikation::default()
        });
        assert_eq!(a.katalog_verwendet(Katalogart::Kanal, neu), 2);
        assert_eq!(
            Stakeholderanalyse::katalogname(&a.kanaele, Some(neu)),
            Some("Videokonferenz")
        );
        a.entferne_katalogeintrag(Katalogart::Kanal, neu);
        assert_eq!(a.stakeholder[0].kanal, None);
        assert_eq!(a.kommunikation[0].kanal, None);
        assert_eq!(a.stakeholder[0].kategorie, Some(1));
    }

    #[test]
    fn pruefungen_mit_deutschen_meldungen() {
        let mut a = Stakeholderanalyse::default();
        a.speichere_stakeholder(Stakeholder {
            name: "Personalrat".into(),
            ..Stakeholder::default()
        });
        let f = a.pruefe_stakeholder(&Stakeholder {
            name: " personalrat ".into(),
            ..Stakeholder::default()
        });
        assert_eq!(f[0].feld, "name");
        assert!(f[0].meldung.contains("gibt es schon"));
        assert_eq!(
            a.pruefe_stakeholder(&Stakeholder::default())[0].feld,
            "name"
        );
        let f = Stakeholderanalyse::pruefe_bewertung(&Bewertung {
            einfluss: 4,
            interesse: 1,
            betroffenheit: 1,
            ..Bewertung::default()
        });
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].meldung, "Einfluss: Wählen Sie eine Stufe von 1 bis 3.");
        let f = a.pruefe_massnahme(&Massnahme::default());
        assert_eq!(
            f.iter().map(|f| f.feld.as_str()).collect::<Vec<_>>(),
            ["titel", "stakeholder"]
        );
    }

    #[test]
    fn leere_analyse_wird_nicht_gespeichert_und_liest_sich_zurueck() {
        let a = Stakeholderanalyse::default();
        assert!(a.ist_leer());
        let json = serde_json::to_string(&a).unwrap();
        let zurueck: Stakeholderanalyse = serde_json::from_str(&json).unwrap();
        assert_eq!(zurueck, a);
        let alt: Stakeholderanalyse = serde_json::from_str("{}").unwrap();
        assert!(alt.ist_leer());
    }
}
