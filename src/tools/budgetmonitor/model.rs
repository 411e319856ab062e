//! The Budgetmonitor's data (fachkonzept §2.3, §3.2): Haushaltsstellen per Haushaltsjahr with
//! their Ansätze, Buchungen, Verpflichtungsermächtigungen, Monatsplan and Prognosen, plus the
//! report settings (Haushaltsjahr, Berichtsstichtag, Ampel tolerances) and the editable
//! catalogue of Finanzierungsquellen.
//!
//! Plain data with plain methods, no signals: views change it only through
//! `Daten::aendere(|ab| ab.werkzeuge.budgetmonitor…)`. Money is always integer cents (`i64`). Records
//! refer to each other by a numeric `id` that never changes and is never reused (one counter
//! for all record types). Projects are referenced by the Multiprojektplan's permanent internal
//! project id.

pub use crate::shared::text::Feldfehler;

use crate::daten::arbeitsbereich::Werkzeugteil;
use crate::shared::datensatz::Datensaetze;
use crate::shared::ist_standard;
use crate::shared::text::Pruefliste;
use crate::shared::vokabular::vokabular;
use serde::{Deserialize, Serialize};

use crate::shared::datum::Datum;

/// Longest single-line text.
pub const MAX_KURZTEXT: usize = 200;
/// Longest explanation text.
pub const MAX_LANGTEXT: usize = 2000;
/// Default tolerance for "grün", in tenths of a percent (5,0 %).
pub const TOLERANZ_GRUEN: u32 = 50;
/// Default tolerance for "gelb", in tenths of a percent (10,0 %).
pub const TOLERANZ_GELB: u32 = 100;

/// Haushaltsvermerke (HRB): blocks, carry-over, cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Haushaltsvermerk {
    /// einfache Sperre
    Esp,
    /// qualifizierte Sperre
    Qsp,
    /// Wegfallvermerk
    Wva,
    /// Übertragbarkeit
    Ueb,
    /// einseitige Deckungsfähigkeit
    Esg,
    /// gegenseitige Deckungsfähigkeit
    Gsd,
    /// flexibilisierter Titel
    Flexibilisiert,
    /// Ausgaben aus zweckgebundenen Einnahmen (Zweckbindungsvermerk, § 8 BHO)
    Zweckgebunden,
}

vokabular!(Haushaltsvermerk {
    Esp => "ESP", "einfache Sperre: Mittel dürfen erst nach Aufhebung der Sperre ausgegeben werden";
    Qsp => "QSP", "qualifizierte Sperre: Aufhebung nur mit Einwilligung des Haushaltsausschusses";
    Wva => "WVA", "Wegfallvermerk: Ansatz oder Stelle fällt künftig weg";
    Ueb => "UEB", "übertragbar: nicht verbrauchte Mittel bleiben als Ausgaberest verfügbar (§ 45 BHO)";
    Esg => "ESG", "einseitig deckungsfähig: Einsparungen dürfen für einen anderen Titel verwendet werden";
    Gsd => "GSD", "gegenseitig deckungsfähig: Titel des Deckungskreises decken sich gegenseitig";
    Flexibilisiert => "flexibilisiert", "flexibilisierter Titel: Übertragung ohne Einwilligung des BMF möglich";
    Zweckgebunden => "zweckgebunden", "Ausgaben aus zweckgebundenen Einnahmen: kraft Gesetzes übertragbar (§ 19 Abs. 1 Satz 1 BHO)";
});

/// Kinds of booking. See [`crate::tools::budgetmonitor::calc`] for how each one counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Buchungsart {
    /// Zahlung
    #[default]
    Ist,
    /// rechtliche Bindung (Auftrag, Vertrag)
    Festlegung,
    /// Vorbindung / Reservierung
    Vorbindung,
    /// Inanspruchnahme einer VE
    VeInanspruchnahme,
    /// Mittelumsetzung (+ Zugang, − Abgabe) im Lauf des Jahres. Stored as `mittelumsetzung`;
    /// workspaces of earlier versions wrote `zuweisung`, which is still read.
    #[serde(rename = "mittelumsetzung", alias = "zuweisung")]
    Mittelumsetzung,
    /// Rückfluss / Storno
    Storno,
}

vokabular!(Buchungsart {
    Ist => "Ist (Zahlung)", "geleistete Zahlung; zählt zum Ist. Verweist sie auf eine Festlegung oder Vorbindung, gilt diese in Höhe der Zahlung als abgeflossen";
    Festlegung => "Festlegung (Bindung)", "eingegangene Verpflichtung (Auftrag, Vertrag); gebunden, bis Zahlungen mit Verweis auf sie sie aufbrauchen";
    Vorbindung => "Vorbindung/Reservierung", "Zweck bekannt, noch keine rechtliche Verpflichtung; gebunden, bis Festlegungen oder Zahlungen mit Verweis auf sie sie aufbrauchen";
    VeInanspruchnahme => "VE-Inanspruchnahme", "Verpflichtung zulasten künftiger Haushaltsjahre aus einer VE; belastet das Fälligkeitsjahr (Vorbelastung), nicht das laufende Ist";
    Mittelumsetzung => "Mittelumsetzung (+/−)", "Zugang (+) oder Abgabe (−) von Mitteln im Lauf des Jahres (Mittelverteilung, Deckung); ändert das verfügbare Soll. Nicht zu verwechseln mit den Zuweisungen des Gruppierungsplans (Obergruppen 61–63)";
    Storno => "Rückfluss/Storno", "nimmt die Buchung, auf die sie verweist, in Höhe ihres Betrags zurück (Rückfluss einer Zahlung, Auflösung einer Bindung)";
});

impl Buchungsart {
    /// Stable key for forms.
    pub fn schluessel(self) -> &'static str {
        match self {
            Buchungsart::Ist => "ist",
            Buchungsart::Festlegung => "festlegung",
            Buchungsart::Vorbindung => "vorbindung",
            Buchungsart::VeInanspruchnahme => "ve",
            Buchungsart::Mittelumsetzung => "mittelumsetzung",
            Buchungsart::Storno => "storno",
        }
    }

    /// The value of a form key.
    pub fn aus_schluessel(schluessel: &str) -> Option<Buchungsart> {
        Buchungsart::ALLE
            .iter()
            .copied()
            .find(|a| a.schluessel() == schluessel)
    }
}

/// How a forecast was made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prognosemethode {
    /// manual forecast of the Fachbereich
    #[default]
    Manuell,
    /// Ist / vergangene Monate × 12
    StatischeHochrechnung,
    /// Ist + Festlegungen + geplante Ausgaben
    IstPlusBindungen,
}

vokabular!(Prognosemethode {
    Manuell => "manuell (Fachbereich)", "Einschätzung des Fachbereichs mit Erläuterung";
    StatischeHochrechnung => "statische Hochrechnung", "Ist zum Stichtag ÷ vergangene Monate × 12 (ohne erfasste Prognose automatisch verwendet)";
    IstPlusBindungen => "Ist + Festlegungen + geplante Ausgaben", "bereits gezahlt, gebunden und noch geplant";
});

/// Direction of the forecast compared with the previous report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tendenz {
    /// not given
    #[default]
    Keine,
    /// improving
    Besser,
    /// within tolerance
    ImToleranzbereich,
    /// worsening
    Schlechter,
}

vokabular!(Tendenz {
    Keine => "", "keine Angabe";
    Besser => "besser ↑", "Prognose hat sich gegenüber dem letzten Bericht verbessert";
    ImToleranzbereich => "im Toleranzbereich →", "keine wesentliche Veränderung";
    Schlechter => "schlechter ↓", "Prognose hat sich gegenüber dem letzten Bericht verschlechtert";
});

/// One source of funds in the editable catalogue (our reconstruction, fachkonzept [I]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finanzierungsquelle {
    /// Permanent id.
    pub id: u32,
    /// Name, e.g. "Konjunkturpaket (KP)".
    pub name: String,
}

/// One Haushaltsstelle of one Haushaltsjahr: a federal Titel (Einzelplan, Kapitel, Titel) or,
/// for Länder and Kommunen, a free-form designation (`frei` non-empty, the federal parts empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Haushaltsstelle {
    /// Permanent id.
    pub id: u32,
    /// Haushaltsjahr.
    pub haushaltsjahr: i32,
    /// Einzelplan, two digits, e.g. `06`.
    #[serde(skip_serializing_if = "ist_standard")]
    pub einzelplan: String,
    /// Kapitel, four digits starting with the Einzelplan, e.g. `0634`.
    #[serde(skip_serializing_if = "ist_standard")]
    pub kapitel: String,
    /// Titel, `NNN NN`, e.g. `532 01`.
    #[serde(skip_serializing_if = "ist_standard")]
    pub titel: String,
    /// Free-form Haushaltsstelle (Länder, Kommunen), used instead of the three parts above.
    #[serde(skip_serializing_if = "ist_standard")]
    pub frei: String,
    /// Titelgruppe, e.g. `55` (optional).
    #[serde(skip_serializing_if = "ist_standard")]
    pub titelgruppe: String,
    /// Zweckbestimmung.
    #[serde(skip_serializing_if = "ist_standard")]
    pub zweckbestimmung: String,
    /// Funktionskennzahl, three digits (optional).
    #[serde(skip_serializing_if = "ist_standard")]
    pub funktionskennzahl: String,
    /// Bewirtschafter / Titelverwalter (Bewirtschafternummer).
    #[serde(skip_serializing_if = "ist_standard")]
    pub bewirtschafter: String,
    /// Deckungskreis (group of mutually deckungsfähige Titel).
    #[serde(skip_serializing_if = "ist_standard")]
    pub deckungskreis: String,
    /// Haushaltsvermerke, sorted, no duplicates.
    #[serde(skip_serializing_if = "ist_standard")]
    pub vermerke: Vec<Haushaltsvermerk>,
    /// Monatsplan: planned outflow per month January..December in cents; empty = none.
    #[serde(skip_serializing_if = "ist_standard")]
    pub monatsplan: Vec<i64>,
}

impl Haushaltsstelle {
    /// Whether this is a free-form Haushaltsstelle.
    pub fn ist_frei(&self) -> bool {
        !self.frei.trim().is_empty()
    }

    /// The Haushaltsstelle as budget officers write it: `0634/532 01` or the free text.
    pub fn bezeichnung(&self) -> String {
        if self.ist_frei() {
            self.frei.trim().to_owned()
        } else {
            format!("{}/{}", self.kapitel, self.titel)
        }
    }

    /// Whether it carries a Vermerk.
    pub fn hat(&self, vermerk: Haushaltsvermerk) -> bool {
        self.vermerke.contains(&vermerk)
    }

    /// Hauptgruppe of a federal Titel: the first digit of the Titelnummer (Gruppierungsplan).
    pub fn hauptgruppe(&self) -> Option<u32> {
        if self.ist_frei() {
            return None;
        }
        self.titel.chars().next().and_then(|c| c.to_digit(10))
    }

    /// Why unspent funds of this Titel carry over as Ausgabereste, or `None` when they lapse:
    /// by law for Investitionen (Hauptgruppen 7 and 8) and Ausgaben aus zweckgebundenen
    /// Einnahmen (§ 19 Abs. 1 Satz 1 BHO), otherwise by the Vermerk UEB or as a flexibilisierter
    /// Titel (§ 19 Abs. 1 Satz 2, § 20 BHO).
    pub fn uebertragbar_weil(&self) -> Option<&'static str> {
        if matches!(self.hauptgruppe(), Some(7 | 8)) {
            Some("Investition, § 19 Abs. 1 BHO")
        } else if self.hat(Haushaltsvermerk::Zweckgebunden) {
            Some("zweckgebundene Einnahmen, § 19 Abs. 1 BHO")
        } else if self.hat(Haushaltsvermerk::Ueb) {
            Some("Vermerk UEB")
        } else if self.hat(Haushaltsvermerk::Flexibilisiert) {
            Some("flexibilisiert")
        } else {
            None
        }
    }

    /// Whether unspent funds carry over (see [`Self::uebertragbar_weil`]).
    pub fn ist_uebertragbar(&self) -> bool {
        self.uebertragbar_weil().is_some()
    }

    /// Planned outflow of month `monat` (1..=12); 0 without a Monatsplan.
    pub fn plan_im_monat(&self, monat: u32) -> i64 {
        self.monatsplan
            .get(monat.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(0)
    }
}

/// Budget figures of a Haushaltsstelle, optionally for one project and source of funds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ansatz {
    /// Permanent id.
    pub id: u32,
    /// The Haushaltsstelle.
    pub haushaltsstelle: u32,
    /// Project of the Multiprojektplan (its permanent internal id), if assigned.
    #[serde(skip_serializing_if = "ist_standard")]
    pub projekt: Option<u32>,
    /// Source of funds (id in [`Budgetmonitor::quellen`]), if given.
    #[serde(skip_serializing_if = "ist_standard")]
    pub quelle: Option<u32>,
    /// Ansatz (Soll lt. Haushaltsplan), cents.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ansatz: i64,
    /// Ausgabereste aus dem Vorjahr, cents.
    #[serde(skip_serializing_if = "ist_standard")]
    pub reste: i64,
    /// The BMF has not (yet) consented to using the Ausgabereste (§ 45 Abs. 3 BHO): they do not
    /// count to the verfügbares Soll. `false` (the stored default, also of earlier versions):
    /// "verfügbar nach Einwilligung BMF: ja".
    #[serde(skip_serializing_if = "ist_standard")]
    pub reste_ohne_einwilligung: bool,
    /// Zuweisungen / Umsetzungen (+/−) fixed at the start of the year, cents.
    #[serde(skip_serializing_if = "ist_standard")]
    pub zuweisungen: i64,
    /// Gesperrte Mittel (ESP/QSP), cents.
    #[serde(skip_serializing_if = "ist_standard")]
    pub sperren: i64,
}

impl Ansatz {
    /// The Ausgabereste that count: only those the BMF consented to (§ 45 Abs. 3 BHO).
    pub fn verfuegbare_reste(&self) -> i64 {
        if self.reste_ohne_einwilligung {
            0
        } else {
            self.reste
        }
    }

    /// verfügbares Soll of this Ansatz: Ansatz + verfügbare Reste + Mittelumsetzungen − Sperren.
    pub fn soll(&self) -> i64 {
        self.ansatz + self.verfuegbare_reste() + self.zuweisungen - self.sperren
    }
}

/// A booking: payment, commitment, allocation or reversal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Buchung {
    /// Permanent id.
    pub id: u32,
    /// The Haushaltsstelle.
    pub haushaltsstelle: u32,
    /// Kind.
    pub art: Buchungsart,
    /// Booking date.
    pub datum: Option<Datum>,
    /// Amount in cents; positive, except a Mittelumsetzung, where negative means Abgabe.
    pub betrag: i64,
    /// Auftrag / Vertrag (contract number, contractor).
    #[serde(skip_serializing_if = "ist_standard")]
    pub vertrag: String,
    /// The booking this one settles or reverses (Ist → Festlegung/Vorbindung, Festlegung →
    /// Vorbindung, Storno → any booking).
    #[serde(skip_serializing_if = "ist_standard")]
    pub bezug: Option<u32>,
    /// For a VE-Inanspruchnahme: the VE it draws on.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ve: Option<u32>,
    /// Due year (Haushaltsjahr of payment) of a VE-Inanspruchnahme or multi-year contract.
    #[serde(skip_serializing_if = "ist_standard")]
    pub faelligkeit: Option<i32>,
    /// The Ansatz (project / source) this booking is charged to, if any.
    #[serde(skip_serializing_if = "ist_standard")]
    pub ansatz: Option<u32>,
    /// Kassenzeichen / Beleg.
    #[serde(skip_serializing_if = "ist_standard")]
    pub beleg: String,
}

/// A Verpflichtungsermächtigung of a Haushaltsstelle, with its planned due amounts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Verpflichtungsermaechtigung {
    /// Permanent id.
    pub id: u32,
    /// The Haushaltsstelle (and so the Haushaltsjahr) it belongs to.
    pub haushaltsstelle: u32,
    /// Short name, e.g. "VE Plattformbetrieb 2027–2029".
    #[serde(skip_serializing_if = "ist_standard")]
    pub bezeichnung: String,
    /// VE-Ansatz, cents.
    pub ansatz: i64,
    /// Planned Fälligkeiten per future Haushaltsjahr: (year, cents), ascending.
    #[serde(skip_serializing_if = "ist_standard")]
    pub faelligkeiten: Vec<(i32, i64)>,
}

/// A year-end forecast of a Haushaltsstelle made on a Stichtag.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prognose {
    /// Permanent id.
    pub id: u32,
    /// The Haushaltsstelle.
    pub haushaltsstelle: u32,
    /// Date the forecast was made.
    pub stichtag: Option<Datum>,
    /// Forecast outflow at year-end, cents.
    pub betrag: i64,
    /// How it was made.
    pub methode: Prognosemethode,
    /// Explanation (required for a manual forecast outside the green band in practice).
    #[serde(skip_serializing_if = "ist_standard")]
    pub erlaeuterung: String,
    /// Direction.
    #[serde(skip_serializing_if = "ist_standard")]
    pub tendenz: Tendenz,
}

/// Everything the Budgetmonitor keeps in one workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Budgetmonitor {
    /// Haushaltsjahr shown and reported; `None` = the year of the Stichtag.
    #[serde(skip_serializing_if = "ist_standard")]
    pub haushaltsjahr: Option<i32>,
    /// Berichtsstichtag; `None` = today.
    #[serde(skip_serializing_if = "ist_standard")]
    pub stichtag: Option<Datum>,
    /// Show the overview's amounts in thousands of euros (T€); display only, exports keep euros.
    #[serde(skip_serializing_if = "ist_standard")]
    pub anzeige_teur: bool,
    /// |Prognose-Abweichung| up to this many tenths of a percent is "grün".
    pub toleranz_gruen: u32,
    /// |Prognose-Abweichung| up to this many tenths of a percent is "gelb" (above: "rot").
    pub toleranz_gelb: u32,
    /// Catalogue of Finanzierungsquellen (editable).
    pub quellen: Vec<Finanzierungsquelle>,
    /// Haushaltsstellen of all years.
    pub haushaltsstellen: Vec<Haushaltsstelle>,
    /// Ansätze.
    pub ansaetze: Vec<Ansatz>,
    /// Buchungen.
    pub buchungen: Vec<Buchung>,
    /// Verpflichtungsermächtigungen.
    pub ves: Vec<Verpflichtungsermaechtigung>,
    /// Prognosen.
    pub prognosen: Vec<Prognose>,
    /// Next id to hand out (ids are never reused).
    pub naechste_id: u32,
}

/// The default catalogue of Finanzierungsquellen (fachkonzept §2.3).
pub fn standardquellen() -> Vec<Finanzierungsquelle> {
    [
        "Stammhaushalt",
        "Konjunkturpaket (KP)",
        "Digitalisierungsbudget (FITKO)",
        "Drittmittel/Sonstige",
    ]
    .iter()
    .enumerate()
    .map(|(i, name)| Finanzierungsquelle {
        id: i as u32 + 1,
        name: (*name).to_owned(),
    })
    .collect()
}

impl Default for Budgetmonitor {
    fn default() -> Self {
        Budgetmonitor {
            haushaltsjahr: None,
            stichtag: None,
            anzeige_teur: false,
            toleranz_gruen: TOLERANZ_GRUEN,
            toleranz_gelb: TOLERANZ_GELB,
            quellen: standardquellen(),
            haushaltsstellen: Vec::new(),
            ansaetze: Vec::new(),
            buchungen: Vec::new(),
            ves: Vec::new(),
            prognosen: Vec::new(),
            naechste_id: 100,
        }
    }
}

fn nur_ziffern(text: &str, anzahl: usize) -> bool {
    text.len() == anzahl && text.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `titel` has the form `NNN NN` (three-digit Gruppe, blank, two-digit Zählnummer).
pub fn ist_titelnummer(titel: &str) -> bool {
    let b = titel.as_bytes();
    b.len() == 6
        && b[3] == b' '
        && b[..3].iter().all(u8::is_ascii_digit)
        && b[4..].iter().all(u8::is_ascii_digit)
}

/// § 38 Abs. 1 and 4 BHO: a Festlegung that leads to payments in a later Haushaltsjahr needs a
/// VE; without one it is allowed only zulasten übertragbarer Ausgaben and only for the
/// following year. Returns why `b` is not allowed on `hst`, if it is not. (Verpflichtungen für
/// laufende Geschäfte, § 38 Abs. 4 Satz 1, cannot be told apart here: book them without a
/// later Fälligkeit.)
pub fn festlegung_fuer_folgejahre(hst: &Haushaltsstelle, b: &Buchung) -> Option<String> {
    let jahr = b.faelligkeit?;
    if b.art != Buchungsart::Festlegung || jahr <= hst.haushaltsjahr {
        return None;
    }
    if hst.ist_uebertragbar() && jahr == hst.haushaltsjahr + 1 {
        return None;
    }
    Some(if hst.ist_uebertragbar() {
        format!(
            "Ohne VE reicht eine Festlegung zulasten übertragbarer Ausgaben nur bis ins folgende Haushaltsjahr {} (§ 38 Abs. 4 BHO). Für {jahr} erfassen Sie eine VE-Inanspruchnahme.",
            hst.haushaltsjahr + 1
        )
    } else {
        format!(
            "Eine Festlegung, die erst {jahr} zu Ausgaben führt, braucht eine VE (§ 38 Abs. 1 BHO); ohne VE ist sie nur zulasten übertragbarer Ausgaben zulässig (§ 38 Abs. 4 BHO). Erfassen Sie sie als VE-Inanspruchnahme."
        )
    })
}

/// Stored as the workspace's `budgetmonitor` section, left out while empty.
impl Werkzeugteil for Budgetmonitor {}

/// Adds "`name`: höchstens `hoechstens` Zeichen." for each `(field, name, text)` whose text is
/// longer than `hoechstens` characters.
fn zu_lang(liste: &mut Vec<Feldfehler>, hoechstens: usize, felder: &[(&str, &str, &str)]) {
    for (feld, name, text) in felder {
        liste.wenn(
            text.chars().count() > hoechstens,
            feld,
            format!("{name}: höchstens {hoechstens} Zeichen."),
        );
    }
}

impl Budgetmonitor {
    /// Hands out a new id.
    pub fn neue_id(&mut self) -> u32 {
        let id = self.naechste_id.max(1);
        self.naechste_id = id + 1;
        id
    }

    /// Record counts for previews.
    pub fn kennzahl(&self) -> Option<String> {
        if self.haushaltsstellen.is_empty() {
            return None;
        }
        let mehrzahl = |n: usize, eins: &str, viele: &str| {
            format!("{n} {}", if n == 1 { eins } else { viele })
        };
        Some(format!(
            "{}, {}",
            mehrzahl(
                self.haushaltsstellen.len(),
                "Haushaltsstelle",
                "Haushaltsstellen"
            ),
            mehrzahl(self.buchungen.len(), "Buchung", "Buchungen")
        ))
    }

    /// The Haushaltsstelle with `id`.
    pub fn haushaltsstelle(&self, id: u32) -> Option<&Haushaltsstelle> {
        self.haushaltsstellen.mit_id(id)
    }

    /// The booking with `id`.
    pub fn buchung(&self, id: u32) -> Option<&Buchung> {
        self.buchungen.mit_id(id)
    }

    /// The Ansatz with `id`.
    pub fn ansatz(&self, id: u32) -> Option<&Ansatz> {
        self.ansaetze.mit_id(id)
    }

    /// Name of a source of funds ("" if unknown).
    pub fn quellenname(&self, id: Option<u32>) -> &str {
        id.and_then(|id| self.quellen.mit_id(id))
            .map_or("", |q| q.name.as_str())
    }

    /// The Haushaltsjahr reported on, given the effective Stichtag.
    pub fn berichtsjahr(&self, stichtag: Datum) -> i32 {
        self.haushaltsjahr.unwrap_or(stichtag.jahr())
    }

    /// Validates a Haushaltsstelle as the form would save it.
    pub fn pruefe_haushaltsstelle(&self, h: &Haushaltsstelle) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        liste.wenn(
            !(1900..=2200).contains(&h.haushaltsjahr),
            "hst-jahr",
            "Geben Sie das Haushaltsjahr vierstellig ein, z. B. 2026.",
        );
        if h.ist_frei() {
            liste.wenn(!(h.einzelplan.is_empty() && h.kapitel.is_empty() && h.titel.is_empty()), "hst-frei",
                    "Eine freie Haushaltsstelle hat kein Einzelplan, Kapitel und Titel; leeren Sie entweder diese Felder oder die freie Haushaltsstelle.");
        } else {
            liste.wenn(!nur_ziffern(&h.einzelplan, 2), "hst-ep",
                    "Der Einzelplan hat zwei Ziffern, z. B. 06. Oder tragen Sie eine freie Haushaltsstelle ein.");
            if !nur_ziffern(&h.kapitel, 4) {
                liste.push(Feldfehler::neu(
                    "hst-kapitel",
                    "Das Kapitel hat vier Ziffern, z. B. 0634.",
                ));
            } else if nur_ziffern(&h.einzelplan, 2) && !h.kapitel.starts_with(&h.einzelplan) {
                liste.push(Feldfehler::neu(
                    "hst-kapitel",
                    format!(
                        "Das Kapitel beginnt mit dem Einzelplan {}, z. B. {}34.",
                        h.einzelplan, h.einzelplan
                    ),
                ));
            }
            if !ist_titelnummer(&h.titel) {
                liste.push(Feldfehler::neu(
                    "hst-titel",
                    "Der Titel hat die Form NNN NN, z. B. 532 01.",
                ));
            } else if self.haushaltsstellen.iter().any(|a| {
                a.id != h.id
                    && a.haushaltsjahr == h.haushaltsjahr
                    && a.kapitel == h.kapitel
                    && a.titel == h.titel
                    && !a.ist_frei()
            }) {
                liste.push(Feldfehler::neu(
                    "hst-titel",
                    format!(
                        "Die Haushaltsstelle {}/{} gibt es im Haushaltsjahr {} schon.",
                        h.kapitel, h.titel, h.haushaltsjahr
                    ),
                ));
            }
        }
        liste.wenn(
            !h.titelgruppe.is_empty() && !nur_ziffern(&h.titelgruppe, 2),
            "hst-tg",
            "Die Titelgruppe hat zwei Ziffern, z. B. 55.",
        );
        liste.wenn(
            !h.funktionskennzahl.is_empty() && !nur_ziffern(&h.funktionskennzahl, 3),
            "hst-fkz",
            "Die Funktionskennzahl hat drei Ziffern, z. B. 011.",
        );
        liste.pflicht(
            "hst-zweck",
            &h.zweckbestimmung,
            "Geben Sie die Zweckbestimmung ein.",
        );
        zu_lang(
            &mut liste,
            MAX_KURZTEXT,
            &[
                ("hst-zweck", "Zweckbestimmung", &h.zweckbestimmung),
                ("hst-frei", "Freie Haushaltsstelle", &h.frei),
                ("hst-bewirtschafter", "Bewirtschafter", &h.bewirtschafter),
                ("hst-deckungskreis", "Deckungskreis", &h.deckungskreis),
            ],
        );
        liste.wenn(
            !h.monatsplan.is_empty() && h.monatsplan.len() != 12,
            "hst-monatsplan",
            "Der Monatsplan hat zwölf Beträge.",
        );
        liste
    }

    /// Validates a booking as the form would save it.
    pub fn pruefe_buchung(&self, b: &Buchung) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        let Some(hst) = self.haushaltsstelle(b.haushaltsstelle) else {
            liste.push(Feldfehler::neu(
                "bu-hst",
                "Wählen Sie eine Haushaltsstelle.",
            ));
            return liste;
        };
        match b.datum {
            None => liste.push(Feldfehler::neu(
                "bu-datum",
                "Geben Sie das Datum ein, z. B. 05.03.2026.",
            )),
            // A VE, too, can only be drawn on until the end of its Haushaltsjahr (§ 45 Abs. 1
            // BHO): the Inanspruchnahme is dated inside it, only its Fälligkeit lies later.
            Some(d) if d.jahr() != hst.haushaltsjahr => liste.push(Feldfehler::neu(
                "bu-datum",
                if b.art == Buchungsart::VeInanspruchnahme {
                    format!(
                        "Eine VE kann nur bis zum Ende ihres Haushaltsjahres {} in Anspruch genommen werden (§ 45 Abs. 1 BHO); das Jahr der Zahlung geben Sie unter „Fälligkeit“ an.",
                        hst.haushaltsjahr
                    )
                } else {
                    format!(
                        "Das Datum liegt nicht im Haushaltsjahr {} der Haushaltsstelle.",
                        hst.haushaltsjahr
                    )
                },
            )),
            _ => {}
        }
        if let Some(meldung) = festlegung_fuer_folgejahre(hst, b) {
            liste.push(Feldfehler::neu("bu-faelligkeit", meldung));
        }
        if b.art == Buchungsart::Mittelumsetzung {
            liste.wenn(
                b.betrag == 0,
                "bu-betrag",
                "Geben Sie einen Betrag ungleich 0 ein.",
            );
        } else if b.betrag <= 0 {
            liste.push(Feldfehler::neu(
                "bu-betrag",
                "Geben Sie einen positiven Betrag ein, z. B. 1.234,56. Rückflüsse erfassen Sie als Storno.",
            ));
        }
        if let Some(bezug) = b.bezug {
            match self.buchung(bezug) {
                None => liste.push(Feldfehler::neu(
                    "bu-bezug",
                    "Die Bezugsbuchung gibt es nicht.",
                )),
                Some(z) if z.haushaltsstelle != b.haushaltsstelle => liste.push(Feldfehler::neu(
                    "bu-bezug",
                    "Die Bezugsbuchung gehört zu einer anderen Haushaltsstelle.",
                )),
                Some(z) if z.id == b.id => liste.push(Feldfehler::neu(
                    "bu-bezug",
                    "Eine Buchung kann sich nicht auf sich selbst beziehen.",
                )),
                Some(z) => {
                    let passt = match b.art {
                        Buchungsart::Ist => {
                            matches!(z.art, Buchungsart::Festlegung | Buchungsart::Vorbindung)
                        }
                        Buchungsart::Festlegung => z.art == Buchungsart::Vorbindung,
                        Buchungsart::Storno => z.art != Buchungsart::Storno,
                        _ => false,
                    };
                    let storniert: i64 = self
                        .buchungen
                        .iter()
                        .filter(|s| {
                            s.id != b.id && s.art == Buchungsart::Storno && s.bezug == Some(z.id)
                        })
                        .map(|s| s.betrag)
                        .sum();
                    let rest = z.betrag.abs() - storniert;
                    liste.wenn(passt && b.art == Buchungsart::Storno && b.betrag > rest, "bu-betrag",
                            format!(
                                "Der Storno ist höher als der noch nicht stornierte Betrag der Buchung B{} ({}).",
                                z.id,
                                crate::shared::format::euro(rest.max(0))
                            ));
                    liste.wenn(
                        !passt,
                        "bu-bezug",
                        format!(
                            "Eine Buchung der Art „{}“ kann sich nicht auf „{}“ beziehen.",
                            b.art.name(),
                            z.art.name()
                        ),
                    );
                }
            }
        } else if b.art == Buchungsart::Storno {
            liste.push(Feldfehler::neu(
                "bu-bezug",
                "Wählen Sie die Buchung, die storniert wird.",
            ));
        }
        if b.art == Buchungsart::VeInanspruchnahme {
            match b.ve.and_then(|id| self.ves.mit_id(id)) {
                None => liste.push(Feldfehler::neu(
                    "bu-ve",
                    "Wählen Sie die VE, die in Anspruch genommen wird.",
                )),
                Some(ve) if ve.haushaltsstelle != b.haushaltsstelle => liste.push(Feldfehler::neu(
                    "bu-ve",
                    "Die VE gehört zu einer anderen Haushaltsstelle.",
                )),
                _ => {}
            }
            match b.faelligkeit {
                Some(j) if j > hst.haushaltsjahr => {}
                _ => liste.push(Feldfehler::neu(
                    "bu-faelligkeit",
                    format!(
                        "Geben Sie das Fälligkeitsjahr nach {} ein.",
                        hst.haushaltsjahr
                    ),
                )),
            }
        }
        if let Some(a) = b.ansatz {
            liste.wenn(
                self.ansatz(a)
                    .is_none_or(|a| a.haushaltsstelle != b.haushaltsstelle),
                "bu-ansatz",
                "Das Ansatz gehört nicht zu dieser Haushaltsstelle.",
            );
        }
        zu_lang(
            &mut liste,
            MAX_KURZTEXT,
            &[
                ("bu-vertrag", "Auftrag/Vertrag", &b.vertrag),
                ("bu-beleg", "Beleg", &b.beleg),
            ],
        );
        liste
    }

    /// Validates the tolerances.
    pub fn pruefe_toleranzen(gruen: u32, gelb: u32) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        liste.wenn(gruen > 1000, "tol-gruen", "Höchstens 100,0 %.");
        if gelb < gruen {
            liste.push(Feldfehler::neu(
                "tol-gelb",
                "Die Toleranz für gelb muss mindestens so groß sein wie die für grün.",
            ));
        } else if gelb > 1000 {
            liste.push(Feldfehler::neu("tol-gelb", "Höchstens 100,0 %."));
        }
        liste
    }

    /// Removes a booking unless another booking refers to it; returns why not.
    pub fn entferne_buchung(&mut self, id: u32) -> Result<(), String> {
        if let Some(b) = self.buchungen.iter().find(|b| b.bezug == Some(id)) {
            return Err(format!(
                "Die Buchung B-{id} kann nicht gelöscht werden: Buchung B-{} bezieht sich auf sie. Stornieren Sie sie stattdessen.",
                b.id
            ));
        }
        self.buchungen.entferne_id(id);
        Ok(())
    }

    /// Validates a changed booking: everything [`Self::pruefe_buchung`] checks, plus what the
    /// bookings that refer to it need (a booking that is settled or reversed keeps a kind they
    /// may refer to, and its amount covers the Stornos already booked on it). The Haushaltsstelle
    /// of an existing booking does not change.
    pub fn pruefe_aenderung(&self, b: &Buchung) -> Vec<Feldfehler> {
        let Some(alt) = self.buchung(b.id) else {
            return vec![Feldfehler::neu(
                "bu-betrag",
                format!("Die Buchung B{} gibt es nicht (mehr).", b.id),
            )];
        };
        if alt.haushaltsstelle != b.haushaltsstelle {
            return vec![Feldfehler::neu(
                "bu-hst",
                "Eine Buchung bleibt bei ihrer Haushaltsstelle.",
            )];
        }
        let mut liste = self.pruefe_buchung(b);
        let verweise: Vec<&Buchung> = self
            .buchungen
            .iter()
            .filter(|x| x.id != b.id && x.bezug == Some(b.id))
            .collect();
        if let Some(x) = verweise.iter().find(|x| !match x.art {
            Buchungsart::Ist => {
                matches!(b.art, Buchungsart::Festlegung | Buchungsart::Vorbindung)
            }
            Buchungsart::Festlegung => b.art == Buchungsart::Vorbindung,
            Buchungsart::Storno => b.art != Buchungsart::Storno,
            _ => false,
        }) {
            liste.push(Feldfehler::neu(
                "bu-art",
                format!(
                    "Die Buchung B{} („{}“) bezieht sich auf diese Buchung; sie kann nicht die Art „{}“ haben.",
                    x.id,
                    x.art.name(),
                    b.art.name()
                ),
            ));
        }
        let storniert: i64 = verweise
            .iter()
            .filter(|x| x.art == Buchungsart::Storno)
            .map(|x| x.betrag)
            .sum();
        liste.wenn(storniert > 0 && b.betrag.abs() < storniert, "bu-betrag",
                format!(
                    "Auf diese Buchung sind schon {} storniert; der Betrag muss mindestens so hoch sein.",
                    crate::shared::format::euro(storniert)
                ));
        liste
    }

    /// Replaces the booking with `neu.id` by `neu` after [`Self::pruefe_aenderung`]; the id and
    /// everything referring to it stay.
    pub fn aendere_buchung(&mut self, neu: Buchung) -> Result<(), Vec<Feldfehler>> {
        let liste = self.pruefe_aenderung(&neu);
        if !liste.is_empty() {
            return Err(liste);
        }
        if let Some(b) = self.buchungen.mit_id_mut(neu.id) {
            *b = neu;
        }
        Ok(())
    }

    /// Validates an Ansatz as the form would save it.
    pub fn pruefe_ansatz(&self, a: &Ansatz) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        liste.wenn(a.sperren < 0 || a.reste < 0 || a.ansatz < 0, "an-ansatz",
                "Ansatz, Reste und Sperren sind nicht negativ; Abgaben erfassen Sie als negative Mittelumsetzung.");
        liste
    }

    /// Replaces the Ansatz with `neu.id` by `neu` (same Haushaltsstelle); the id stays, so the
    /// bookings charged to it stay charged to it.
    pub fn aendere_ansatz(&mut self, neu: Ansatz) -> Result<(), Vec<Feldfehler>> {
        let fehlt = Feldfehler::neu(
            "an-ansatz",
            format!("Das Ansatz A{} gibt es nicht (mehr).", neu.id),
        );
        let pruefung = self.pruefe_ansatz(&neu);
        self.ersetze(neu, fehlt, pruefung)
    }

    /// Validates a forecast as the form would save it: a Stichtag, a non-negative amount and
    /// an explanation of at most [`MAX_LANGTEXT`] characters.
    pub fn pruefe_prognose(p: &Prognose) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        liste.wenn(
            p.stichtag.is_none(),
            "pr-stichtag",
            "Geben Sie den Stichtag der Prognose ein.",
        );
        liste.wenn(p.betrag < 0, "pr-betrag", "Die Prognose ist nicht negativ.");
        zu_lang(
            &mut liste,
            MAX_LANGTEXT,
            &[("pr-erlaeuterung", "Erläuterung", &p.erlaeuterung)],
        );
        liste
    }

    /// Replaces the forecast with `neu.id` by `neu` (same Haushaltsstelle) after
    /// [`Self::pruefe_prognose`].
    pub fn aendere_prognose(&mut self, neu: Prognose) -> Result<(), Vec<Feldfehler>> {
        let fehlt = Feldfehler::neu(
            "pr-betrag",
            format!("Die Prognose P{} gibt es nicht (mehr).", neu.id),
        );
        let pruefung = Self::pruefe_prognose(&neu);
        self.ersetze(neu, fehlt, pruefung)
    }

    /// Validates a VE as the form would save it: a Bezeichnung and a positive VE-Ansatz.
    pub fn pruefe_ve(v: &Verpflichtungsermaechtigung) -> Vec<Feldfehler> {
        let mut liste = Vec::new();
        liste.wenn(
            v.ansatz <= 0,
            "ve-ansatz",
            "Geben Sie einen positiven VE-Ansatz ein.",
        );
        liste.pflicht(
            "ve-bezeichnung",
            &v.bezeichnung,
            "Geben Sie eine Bezeichnung ein.",
        );
        liste
    }

    /// Replaces the VE with `neu.id` by `neu` (same Haushaltsstelle) after
    /// [`Self::pruefe_ve`]; its Inanspruchnahmen stay.
    pub fn aendere_ve(&mut self, neu: Verpflichtungsermaechtigung) -> Result<(), Vec<Feldfehler>> {
        let fehlt = Feldfehler::neu(
            "ve-ansatz",
            format!("Die VE{} gibt es nicht (mehr).", neu.id),
        );
        let pruefung = Self::pruefe_ve(&neu);
        self.ersetze(neu, fehlt, pruefung)
    }

    /// The bookings that draw on the VE `id` (VE-Inanspruchnahmen).
    pub fn inanspruchnahmen(&self, id: u32) -> Vec<&Buchung> {
        self.buchungen.iter().filter(|b| b.ve == Some(id)).collect()
    }

    /// Removes a VE unless bookings draw on it; returns why not, naming them. (Deleting them
    /// with it would silently change the Vorbelastung of future years.)
    pub fn entferne_ve(&mut self, id: u32) -> Result<(), String> {
        self.ve_loeschbar(id)?;
        self.ves.entferne_id(id);
        Ok(())
    }

    /// Whether the VE `id` may be deleted (no booking draws on it); otherwise why not.
    pub fn ve_loeschbar(&self, id: u32) -> Result<(), String> {
        let liste = self.inanspruchnahmen(id);
        if !liste.is_empty() {
            let namen: Vec<String> = liste.iter().map(|b| format!("B{}", b.id)).collect();
            return Err(format!(
                "Die VE{id} kann nicht gelöscht werden: {} {} sie in Anspruch. Löschen oder ändern Sie zuerst diese Buchungen.",
                namen.join(", "),
                if liste.len() == 1 { "nimmt" } else { "nehmen" }
            ));
        }
        Ok(())
    }

    /// Removes a Haushaltsstelle with all its Ansätze, bookings, VEs and forecasts.
    pub fn entferne_haushaltsstelle(&mut self, id: u32) {
        self.haushaltsstellen.entferne_id(id);
        self.ansaetze.retain(|a| a.haushaltsstelle != id);
        self.buchungen.retain(|b| b.haushaltsstelle != id);
        self.ves.retain(|v| v.haushaltsstelle != id);
        self.prognosen.retain(|p| p.haushaltsstelle != id);
    }

    /// Replaces the stored record with the id of `neu` by `neu`, unless `pruefung` found
    /// problems; it stays with its Haushaltsstelle. `fehlt` is the problem when there is no
    /// such record.
    fn ersetze<R: Datensatz>(
        &mut self,
        mut neu: R,
        fehlt: Feldfehler,
        pruefung: Vec<Feldfehler>,
    ) -> Result<(), Vec<Feldfehler>> {
        let liste = R::alle_mut(self);
        let Some(alt) = liste.iter_mut().find(|r| r.id() == neu.id()) else {
            return Err(vec![fehlt]);
        };
        if !pruefung.is_empty() {
            return Err(pruefung);
        }
        neu.setze_haushaltsstelle(alt.haushaltsstelle());
        *alt = neu;
        Ok(())
    }

    /// The record of kind `R` with `id`.
    pub fn finde<R: Datensatz>(&self, id: u32) -> Option<&R> {
        R::alle(self).iter().find(|r| r.id() == id)
    }

    /// Stores `neu`: with id 0 as a new record under a new id, otherwise as a change of the
    /// stored record with its id, which the model's checks may refuse (see `aendere_…`).
    /// Returns the record's id.
    pub fn speichere<R: Datensatz>(&mut self, mut neu: R) -> Result<u32, Vec<Feldfehler>> {
        match neu.id() {
            0 => {
                let id = self.neue_id();
                neu.setze_id(id);
                R::alle_mut(self).push(neu);
                Ok(id)
            }
            id => R::ersetze(self, neu).map(|()| id),
        }
    }
}

/// A kind of record a Haushaltsstelle's page lists and edits one at a time: [`Buchung`],
/// [`Ansatz`], [`Prognose`], [`Verpflichtungsermaechtigung`].
pub trait Datensatz: Clone + Sized {
    /// Permanent id; 0 for a record not stored yet.
    fn id(&self) -> u32;
    /// Gives a new record its id.
    fn setze_id(&mut self, id: u32);
    /// The Haushaltsstelle it belongs to.
    fn haushaltsstelle(&self) -> u32;
    /// Moves it to Haushaltsstelle `id`.
    fn setze_haushaltsstelle(&mut self, id: u32);
    /// The stored records of this kind.
    fn alle(bm: &Budgetmonitor) -> &[Self];
    /// The stored records of this kind, to add one.
    fn alle_mut(bm: &mut Budgetmonitor) -> &mut Vec<Self>;
    /// Replaces the stored record with the id of `neu`; the model's checks may refuse.
    fn ersetze(bm: &mut Budgetmonitor, neu: Self) -> Result<(), Vec<Feldfehler>>;
}

/// `impl Datensatz` for a record type kept in `Budgetmonitor::$liste` and changed by
/// `Budgetmonitor::$ersetze`.
macro_rules! datensatz {
    ($typ:ty, $liste:ident, $ersetze:ident) => {
        impl Datensatz for $typ {
            fn id(&self) -> u32 {
                self.id
            }
            fn setze_id(&mut self, id: u32) {
                self.id = id;
            }
            fn haushaltsstelle(&self) -> u32 {
                self.haushaltsstelle
            }
            fn setze_haushaltsstelle(&mut self, id: u32) {
                self.haushaltsstelle = id;
            }
            fn alle(bm: &Budgetmonitor) -> &[Self] {
                &bm.$liste
            }
            fn alle_mut(bm: &mut Budgetmonitor) -> &mut Vec<Self> {
                &mut bm.$liste
            }
            fn ersetze(bm: &mut Budgetmonitor, neu: Self) -> Result<(), Vec<Feldfehler>> {
                bm.$ersetze(neu)
            }
        }
    };
}

datensatz!(Buchung, buchungen, aendere_buchung);
datensatz!(Ansatz, ansaetze, aendere_ansatz);
datensatz!(Prognose, prognosen, aendere_prognose);
datensatz!(Verpflichtungsermaechtigung, ves, aendere_ve);

crate::shared::datensatz::mit_id!(
    Finanzierungsquelle,
    Haushaltsstelle,
    Ansatz,
    Buchung,
    Verpflichtungsermaechtigung,
    Prognose
);

#[cfg(test)]
mod tests {
    use super::*;

    fn hst(ep: &str, kap: &str, titel: &str) -> Haushaltsstelle {
        Haushaltsstelle {
            id: 1,
            haushaltsjahr: 2026,
            einzelplan: ep.into(),
            kapitel: kap.into(),
            titel: titel.into(),
            zweckbestimmung: "Zweck".into(),
            ..Haushaltsstelle::default()
        }
    }

    fn felder(liste: &[Feldfehler]) -> Vec<&str> {
        liste.iter().map(|f| f.feld.as_str()).collect()
    }

    #[test]
    fn titelnummern() {
        assert!(ist_titelnummer("532 01"));
        assert!(!ist_titelnummer("53201"));
        assert!(!ist_titelnummer("532-01"));
        assert!(!ist_titelnummer("53 201"));
        assert!(!ist_titelnummer("532 0a"));
        assert!(!ist_titelnummer(" 532 01"));
    }

    #[test]
    fn haushaltsstelle_wird_geprueft() {
        let bm = Budgetmonitor::default();
        assert!(bm
            .pruefe_haushaltsstelle(&hst("06", "0634", "532 01"))
            .is_empty());
        assert_eq!(
            felder(&bm.pruefe_haushaltsstelle(&hst("6", "0634", "53201"))),
            ["hst-ep", "hst-titel"]
        );
        let f = bm.pruefe_haushaltsstelle(&hst("06", "0734", "532 01"));
        assert_eq!(felder(&f), ["hst-kapitel"]);
        assert!(f[0].meldung.contains("Einzelplan 06"));
        let mut frei = hst("", "", "");
        frei.frei = "1.1.01.01 / 5431000".into();
        assert!(bm.pruefe_haushaltsstelle(&frei).is_empty());
        assert_eq!(frei.bezeichnung(), "1.1.01.01 / 5431000");
        frei.titel = "532 01".into();
        assert_eq!(felder(&bm.pruefe_haushaltsstelle(&frei)), ["hst-frei"]);
        let mut doppelt = Budgetmonitor::default();
        doppelt.haushaltsstellen.push(hst("06", "0634", "532 01"));
        let mut neu = hst("06", "0634", "532 01");
        neu.id = 2;
        assert_eq!(felder(&doppelt.pruefe_haushaltsstelle(&neu)), ["hst-titel"]);
        neu.haushaltsjahr = 2027;
        assert!(doppelt.pruefe_haushaltsstelle(&neu).is_empty());
        neu.titelgruppe = "TG5".into();
        neu.funktionskennzahl = "01".into();
        neu.monatsplan = vec![1; 11];
        assert_eq!(
            felder(&doppelt.pruefe_haushaltsstelle(&neu)),
            ["hst-tg", "hst-fkz", "hst-monatsplan"]
        );
    }

    #[test]
    fn buchungen_werden_geprueft() {
        let mut bm = Budgetmonitor::default();
        bm.haushaltsstellen.push(hst("06", "0634", "532 01"));
        let d = Datum::neu(2026, 3, 5);
        bm.buchungen.push(Buchung {
            id: 10,
            haushaltsstelle: 1,
            art: Buchungsart::Festlegung,
            datum: d,
            betrag: 100,
            ..Buchung::default()
        });
        let ist = Buchung {
            id: 11,
            haushaltsstelle: 1,
            art: Buchungsart::Ist,
            datum: d,
            betrag: 50,
            bezug: Some(10),
            ..Buchung::default()
        };
        assert!(bm.pruefe_buchung(&ist).is_empty());
        let falsch = Buchung {
            betrag: -5,
            datum: Datum::neu(2025, 12, 31),
            art: Buchungsart::Festlegung,
            ..ist.clone()
        };
        assert_eq!(
            felder(&bm.pruefe_buchung(&falsch)),
            ["bu-datum", "bu-betrag", "bu-bezug"]
        );
        let storno = Buchung {
            art: Buchungsart::Storno,
            bezug: None,
            ..ist.clone()
        };
        assert_eq!(felder(&bm.pruefe_buchung(&storno)), ["bu-bezug"]);
        let ve = Buchung {
            art: Buchungsart::VeInanspruchnahme,
            bezug: None,
            faelligkeit: Some(2026),
            ..ist.clone()
        };
        assert_eq!(felder(&bm.pruefe_buchung(&ve)), ["bu-ve", "bu-faelligkeit"]);
        bm.buchungen.push(ist);
        // A Storno may take back at most what is left of the booking.
        let mut s1 = Buchung {
            id: 12,
            art: Buchungsart::Storno,
            bezug: Some(11),
            betrag: 30,
            ..storno.clone()
        };
        assert!(bm.pruefe_buchung(&s1).is_empty());
        bm.buchungen.push(s1.clone());
        s1.id = 13;
        s1.betrag = 21;
        assert_eq!(felder(&bm.pruefe_buchung(&s1)), ["bu-betrag"]);
        s1.betrag = 20;
        assert!(bm.pruefe_buchung(&s1).is_empty());
        bm.buchungen.entferne_id(12);
        assert!(bm.entferne_buchung(10).is_err());
        assert!(bm.entferne_buchung(11).is_ok());
        assert!(bm.entferne_buchung(10).is_ok());
        assert!(bm.buchungen.is_empty());
    }

    /// § 38 Abs. 1 and 4 BHO: a Festlegung leading to payments in a later year needs a VE;
    /// without one only zulasten übertragbarer Ausgaben and for the following year. § 45 Abs. 1
    /// BHO: a VE is drawn on inside its Haushaltsjahr (only the payment falls due later).
    #[test]
    fn festlegung_fuer_folgejahre_und_ve_im_haushaltsjahr() {
        let mut bm = Budgetmonitor::default();
        bm.haushaltsstellen.push(hst("06", "0634", "532 01"));
        let festlegung = |faelligkeit| Buchung {
            id: 10,
            haushaltsstelle: 1,
            art: Buchungsart::Festlegung,
            datum: Datum::neu(2026, 3, 5),
            betrag: 100,
            faelligkeit,
            ..Buchung::default()
        };
        assert!(bm.pruefe_buchung(&festlegung(None)).is_empty());
        assert!(bm.pruefe_buchung(&festlegung(Some(2026))).is_empty());
        let f = bm.pruefe_buchung(&festlegung(Some(2027)));
        assert_eq!(felder(&f), ["bu-faelligkeit"]);
        assert!(f[0].meldung.contains("§ 38 Abs. 1 BHO"));
        // Übertragbar (UEB, or by law as Investition): the following year is allowed.
        bm.haushaltsstellen[0].vermerke = vec![Haushaltsvermerk::Ueb];
        assert!(bm.pruefe_buchung(&festlegung(Some(2027))).is_empty());
        assert_eq!(
            felder(&bm.pruefe_buchung(&festlegung(Some(2028)))),
            ["bu-faelligkeit"]
        );
        bm.haushaltsstellen[0].vermerke.clear();
        bm.haushaltsstellen[0].titel = "812 01".into();
        assert!(bm.pruefe_buchung(&festlegung(Some(2027))).is_empty());
        // A VE-Inanspruchnahme dated in the next year is refused.
        bm.ves.push(Verpflichtungsermaechtigung {
            id: 20,
            haushaltsstelle: 1,
            ansatz: 1000,
            ..Verpflichtungsermaechtigung::default()
        });
        let ve = Buchung {
            art: Buchungsart::VeInanspruchnahme,
            ve: Some(20),
            faelligkeit: Some(2027),
            ..festlegung(None)
        };
        assert!(bm.pruefe_buchung(&ve).is_empty());
        let spaet = Buchung {
            datum: Datum::neu(2027, 1, 5),
            ..ve
        };
        let f = bm.pruefe_buchung(&spaet);
        assert_eq!(felder(&f), ["bu-datum"]);
        assert!(f[0].meldung.contains("§ 45 Abs. 1 BHO"));
    }

    /// § 19 Abs. 1 BHO via the Gruppierungsplan: the Hauptgruppe is the Titel's first digit.
    #[test]
    fn hauptgruppe_und_uebertragbarkeit() {
        assert_eq!(hst("06", "0634", "812 01").hauptgruppe(), Some(8));
        assert!(hst("06", "0634", "712 01").ist_uebertragbar());
        assert!(!hst("06", "0634", "686 01").ist_uebertragbar());
        let mut frei = hst("", "", "");
        frei.frei = "812".into();
        assert_eq!(frei.hauptgruppe(), None);
    }

    /// The booking kind "Zuweisung" was renamed "Mittelumsetzung" (it collided with the
    /// Gruppierungsplan's Zuweisungen): stored workspaces with the old name still load; the new
    /// name is written.
    #[test]
    fn mittelumsetzung_liest_den_alten_namen() {
        let alt: Buchungsart = serde_json::from_str("\"zuweisung\"").unwrap();
        assert_eq!(alt, Buchungsart::Mittelumsetzung);
        assert_eq!(
            serde_json::to_string(&Buchungsart::Mittelumsetzung).unwrap(),
            "\"mittelumsetzung\""
        );
        assert_eq!(Buchungsart::Mittelumsetzung.name(), "Mittelumsetzung (+/−)");
    }

    #[test]
    fn toleranzen_und_ids() {
        assert!(Budgetmonitor::pruefe_toleranzen(50, 100).is_empty());
        assert_eq!(
            felder(&Budgetmonitor::pruefe_toleranzen(100, 50)),
            ["tol-gelb"]
        );
        let mut bm = Budgetmonitor::default();
        assert!(bm.ist_leer());
        let a = bm.neue_id();
        let b = bm.neue_id();
        assert_ne!(a, b);
        assert!(!bm.ist_leer());
        assert_eq!(
            Buchungsart::aus_schluessel("ve"),
            Some(Buchungsart::VeInanspruchnahme)
        );
        for art in Buchungsart::ALLE {
            assert_eq!(Buchungsart::aus_schluessel(art.schluessel()), Some(*art));
        }
    }
    #[test]
    fn buchungen_werden_geaendert() {
        let mut bm = Budgetmonitor::default();
        bm.haushaltsstellen.push(hst("06", "0634", "532 01"));
        let d = Datum::neu(2026, 3, 5);
        let festlegung = Buchung {
            id: 10,
            haushaltsstelle: 1,
            art: Buchungsart::Festlegung,
            datum: d,
            betrag: 100,
            ..Buchung::default()
        };
        let ist = Buchung {
            id: 11,
            art: Buchungsart::Ist,
            betrag: 50,
            bezug: Some(10),
            ..festlegung.clone()
        };
        let storno = Buchung {
            id: 12,
            art: Buchungsart::Storno,
            betrag: 30,
            bezug: Some(11),
            ..festlegung.clone()
        };
        bm.buchungen = vec![festlegung.clone(), ist.clone(), storno.clone()];
        // A typo in the amount is corrected in place: same id, same position, references stay.
        assert!(bm
            .aendere_buchung(Buchung {
                betrag: 60,
                vertrag: "V-1".into(),
                ..ist.clone()
            })
            .is_ok());
        assert_eq!(bm.buchungen[1].id, 11);
        assert_eq!(bm.buchungen[1].betrag, 60);
        assert_eq!(bm.buchungen[1].vertrag, "V-1");
        assert_eq!(bm.buchungen[2].bezug, Some(11));
        // The Storno may not exceed the booking's remaining amount, also on edit.
        let f = bm
            .aendere_buchung(Buchung {
                betrag: 61,
                ..storno.clone()
            })
            .unwrap_err();
        assert_eq!(felder(&f), ["bu-betrag"]);
        assert!(f[0].meldung.contains("B11"));
        assert!(bm
            .aendere_buchung(Buchung {
                betrag: 60,
                ..storno.clone()
            })
            .is_ok());
        // The reversed booking may not shrink below what was reversed.
        let f = bm
            .aendere_buchung(Buchung {
                betrag: 59,
                ..ist.clone()
            })
            .unwrap_err();
        assert_eq!(felder(&f), ["bu-betrag"]);
        assert_eq!(bm.buchungen[1].betrag, 60, "refused: nothing changed");
        // An Ist settling the Festlegung: the Festlegung may not become a kind it cannot settle.
        let f = bm
            .aendere_buchung(Buchung {
                art: Buchungsart::Mittelumsetzung,
                ..festlegung.clone()
            })
            .unwrap_err();
        assert_eq!(felder(&f), ["bu-art"]);
        // … and the Ist may not start referring to itself or to something it cannot settle.
        assert_eq!(
            felder(
                &bm.aendere_buchung(Buchung {
                    bezug: Some(11),
                    betrag: 60,
                    ..ist.clone()
                })
                .unwrap_err()
            ),
            ["bu-bezug"]
        );
        // The Haushaltsstelle stays, unknown ids are refused.
        assert!(bm
            .aendere_buchung(Buchung {
                haushaltsstelle: 2,
                ..festlegung.clone()
            })
            .is_err());
        assert!(bm
            .aendere_buchung(Buchung {
                id: 99,
                ..festlegung.clone()
            })
            .is_err());
        assert_eq!(bm.buchungen.len(), 3);
    }

    #[test]
    fn ansaetze_prognosen_und_ves_werden_geaendert() {
        let mut bm = Budgetmonitor::default();
        bm.ansaetze.push(Ansatz {
            id: 5,
            haushaltsstelle: 1,
            ansatz: 100,
            ..Ansatz::default()
        });
        assert!(bm
            .aendere_ansatz(Ansatz {
                id: 5,
                haushaltsstelle: 7,
                ansatz: 200,
                ..Ansatz::default()
            })
            .is_ok());
        assert_eq!(
            (
                bm.ansaetze[0].id,
                bm.ansaetze[0].haushaltsstelle,
                bm.ansaetze[0].ansatz
            ),
            (5, 1, 200)
        );
        assert!(bm
            .aendere_ansatz(Ansatz {
                id: 5,
                sperren: -1,
                ..Ansatz::default()
            })
            .is_err());
        assert!(bm
            .aendere_ansatz(Ansatz {
                id: 6,
                ..Ansatz::default()
            })
            .is_err());
        let stichtag = Datum::neu(2026, 6, 30);
        bm.prognosen.push(Prognose {
            id: 8,
            haushaltsstelle: 1,
            stichtag,
            betrag: 10,
            ..Prognose::default()
        });
        assert!(bm
            .aendere_prognose(Prognose {
                id: 8,
                stichtag,
                betrag: 20,
                ..Prognose::default()
            })
            .is_ok());
        assert_eq!(
            (bm.prognosen[0].haushaltsstelle, bm.prognosen[0].betrag),
            (1, 20)
        );
        assert_eq!(
            felder(
                &bm.aendere_prognose(Prognose {
                    id: 8,
                    betrag: -1,
                    erlaeuterung: "x".repeat(MAX_LANGTEXT + 1),
                    ..Prognose::default()
                })
                .unwrap_err()
            ),
            ["pr-stichtag", "pr-betrag", "pr-erlaeuterung"]
        );
        assert_eq!(bm.prognosen[0].betrag, 20, "refused: nothing changed");
        let ve = Verpflichtungsermaechtigung {
            id: 20,
            haushaltsstelle: 1,
            bezeichnung: "VE".into(),
            ansatz: 1000,
            faelligkeiten: vec![(2027, 1000)],
        };
        bm.ves.push(ve.clone());
        assert!(bm
            .aendere_ve(Verpflichtungsermaechtigung {
                ansatz: 2000,
                ..ve.clone()
            })
            .is_ok());
        assert_eq!(bm.ves[0].ansatz, 2000);
        assert_eq!(
            felder(
                &bm.aendere_ve(Verpflichtungsermaechtigung {
                    ansatz: 0,
                    bezeichnung: " ".into(),
                    ..ve.clone()
                })
                .unwrap_err()
            ),
            ["ve-ansatz", "ve-bezeichnung"]
        );
    }

    #[test]
    fn datensaetze_werden_neu_angelegt_oder_geaendert() {
        let mut bm = Budgetmonitor::default();
        bm.haushaltsstellen.push(hst("06", "0634", "532 01"));
        let a = Ansatz {
            haushaltsstelle: 1,
            ansatz: 100,
            ..Ansatz::default()
        };
        let id = bm.speichere(a.clone()).unwrap();
        assert_eq!(bm.finde::<Ansatz>(id).map(|a| a.ansatz), Some(100));
        assert_eq!(
            bm.speichere(Ansatz {
                id,
                ansatz: 200,
                ..a.clone()
            }),
            Ok(id)
        );
        assert_eq!(bm.ansaetze.len(), 1, "geändert, nicht hinzugefügt");
        assert_eq!(bm.ansaetze[0].ansatz, 200);
        assert_eq!(
            felder(&bm.speichere(Ansatz { id: 999, ..a }).unwrap_err()),
            ["an-ansatz"]
        );
        let ve = Verpflichtungsermaechtigung {
            haushaltsstelle: 1,
            bezeichnung: "VE".into(),
            ansatz: 10,
            ..Verpflichtungsermaechtigung::default()
        };
        let ve_id = bm.speichere(ve).unwrap();
        assert_ne!(ve_id, id, "eine Zählung für alle Arten");
        assert!(bm.finde::<Verpflichtungsermaechtigung>(ve_id).is_some());
        assert!(bm.finde::<Prognose>(ve_id).is_none());
        let p = bm
            .speichere(Prognose {
                haushaltsstelle: 1,
                stichtag: Datum::neu(2026, 6, 30),
                betrag: 5,
                ..Prognose::default()
            })
            .unwrap();
        assert_eq!(bm.finde::<Prognose>(p).map(|p| p.betrag), Some(5));
        let b = Buchung {
            haushaltsstelle: 1,
            datum: Datum::neu(2026, 3, 5),
            betrag: 100,
            ..Buchung::default()
        };
        let b_id = bm.speichere(b.clone()).unwrap();
        // A change is checked: a Storno needs the booking it reverses.
        let storno = Buchung {
            id: b_id,
            art: Buchungsart::Storno,
            ..b
        };
        assert_eq!(felder(&bm.speichere(storno).unwrap_err()), ["bu-bezug"]);
        assert_eq!(
            bm.finde::<Buchung>(b_id).map(|b| b.art),
            Some(Buchungsart::Ist)
        );
    }

    #[test]
    fn ve_mit_inanspruchnahmen_wird_nicht_geloescht() {
        let mut bm = Budgetmonitor::default();
        bm.ves.push(Verpflichtungsermaechtigung {
            id: 20,
            haushaltsstelle: 1,
            ansatz: 1000,
            ..Verpflichtungsermaechtigung::default()
        });
        for id in [30, 31] {
            bm.buchungen.push(Buchung {
                id,
                haushaltsstelle: 1,
                art: Buchungsart::VeInanspruchnahme,
                betrag: 100,
                ve: Some(20),
                faelligkeit: Some(2027),
                ..Buchung::default()
            });
        }
        let m = bm.entferne_ve(20).unwrap_err();
        assert!(m.contains("VE20") && m.contains("B30, B31 nehmen"), "{m}");
        assert_eq!(bm.ves.len(), 1);
        assert_eq!(bm.buchungen.len(), 2);
        bm.buchungen.entferne_id(30);
        assert!(bm.entferne_ve(20).unwrap_err().contains("B31 nimmt"));
        bm.buchungen.clear();
        assert!(bm.entferne_ve(20).is_ok());
        assert!(bm.ves.is_empty());
    }
}
