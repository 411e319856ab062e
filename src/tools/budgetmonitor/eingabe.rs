//! What the forms of a Haushaltsstelle's page hold and how it becomes model data: one draft per
//! editor ([`StellenEntwurf`], [`BuchungsEntwurf`], [`AnsatzEntwurf`], [`PrognoseEntwurf`],
//! [`VeEntwurf`]) with every field as typed text, `aus` to fill the form from a stored record
//! and `lesen` to turn the input into a record or the list of [`Feldfehler`]s to show.
//!
//! Amounts are typed the German way ("1.234,56", "1.234,56 €", "-5,00") and read with
//! [`format::euro_lesen`], dates as TT.MM.JJJJ with [`Datum::aus_deutsch`]; nothing is rounded
//! or guessed. `lesen` also runs the model's own checks (`Budgetmonitor::pruefe_…`), so a draft
//! that reads without errors is a record the model accepts. Error fields are the ids of the
//! form inputs (`bu-betrag`), so the view shows each message at its field.
//!
//! Plain data, no signals: the views keep the drafts in `app::entwurf::Formularentwurf`, which
//! needs nothing but `Clone + PartialEq`.

use crate::shared::datum::Datum;
use crate::shared::format;
use crate::shared::text::Pruefliste;

use super::model::{
    Ansatz, Buchung, Buchungsart, Budgetmonitor, Datensatz, Feldfehler, Finanzierungsquelle,
    Haushaltsstelle, Haushaltsvermerk, Prognose, Prognosemethode, Tendenz,
    Verpflichtungsermaechtigung,
};
use crate::shared::sortieren::Sortieren;

/// Month names of the Monatsplan fields.
pub const MONATE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// Reads an optional German amount (empty = 0); on failure pushes a message for `feld`,
/// "`name`: …", and returns 0.
pub fn betrag(text: &str, feld: &str, name: &str, fehler: &mut Vec<Feldfehler>) -> i64 {
    if text.trim().is_empty() {
        return 0;
    }
    format::euro_lesen(text).unwrap_or_else(|m| {
        fehler.push(Feldfehler::neu(feld, format!("{name}: {m}")));
        0
    })
}

/// Reads an optional date TT.MM.JJJJ (empty = none); on failure pushes a message for `feld`.
pub fn datum(text: &str, feld: &str, name: &str, fehler: &mut Vec<Feldfehler>) -> Option<Datum> {
    if text.trim().is_empty() {
        return None;
    }
    let d = Datum::aus_deutsch(text);
    fehler.wenn(
        d.is_none(),
        feld,
        format!("{name}: Bitte als TT.MM.JJJJ eingeben, z. B. 05.03.2026."),
    );
    d
}

/// Reads planned Fälligkeiten "2027: 1.000,00; 2028: 500,00" into (year, cents), ascending.
pub fn faelligkeiten_lesen(text: &str) -> Result<Vec<(i32, i64)>, String> {
    let mut liste = Vec::new();
    for teil in text.split(';').map(str::trim).filter(|t| !t.is_empty()) {
        let (jahr, betrag) = teil.split_once(':').ok_or_else(|| {
            format!("„{teil}“: Bitte als Jahr: Betrag eingeben, z. B. 2027: 1.000,00.")
        })?;
        let jahr = jahr
            .trim()
            .parse::<i32>()
            .map_err(|_| format!("„{}“ ist kein Jahr.", jahr.trim()))?;
        liste.push((jahr, format::euro_lesen(betrag)?));
    }
    liste.sortiere();
    Ok(liste)
}

/// Fälligkeiten as the form shows them: "2027: 1.000,00; 2028: 500,00".
pub fn faelligkeiten_text(faelligkeiten: &[(i32, i64)]) -> String {
    faelligkeiten
        .iter()
        .map(|(j, b)| format!("{j}: {}", format::dezimal(*b, 2)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// An id chosen in a select ("" = none).
fn gewaehlt(text: &str) -> Option<u32> {
    text.trim().parse().ok()
}

/// The text of an optional id for a select.
fn als_text(id: Option<u32>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

/// `Ok(wert)` without problems, else all of them: the typing errors `lesefehler`, then the
/// model's objections in `pruefung` to fields that could be read (a field shows one message).
fn ergebnis<T>(
    wert: T,
    mut lesefehler: Vec<Feldfehler>,
    pruefung: Vec<Feldfehler>,
) -> Result<T, Vec<Feldfehler>> {
    let gelesen: Vec<Feldfehler> = pruefung
        .into_iter()
        .filter(|p| lesefehler.iter().all(|l| l.feld != p.feld))
        .collect();
    lesefehler.extend(gelesen);
    if lesefehler.is_empty() {
        Ok(wert)
    } else {
        Err(lesefehler)
    }
}

/// A draft of a record the page lists and edits one at a time (Buchung, Ansatz, Prognose, VE):
/// either a new record or a change of the stored one it was loaded from.
pub trait Datensatzentwurf: Clone + PartialEq + Send + Sync + 'static {
    /// The kind of record.
    type Datensatz: Datensatz;

    /// The form of a stored record, to change it.
    fn aus(datensatz: &Self::Datensatz) -> Self;

    /// The stored record the draft changes; `None`: a new record.
    fn bearbeitet(&self) -> Option<u32>;

    /// The form after "Abbrechen": `vorlage`, the form for a new record.
    fn nach_abbruch(&self, vorlage: &Self) -> Self {
        vorlage.clone()
    }

    /// The draft of the stored record `id`, if there is one.
    fn laden(bm: &Budgetmonitor, id: u32) -> Option<Self> {
        bm.finde::<Self::Datensatz>(id).map(Self::aus)
    }
}

// ---------------------------------------------------------------------------------------------
// Haushaltsstelle
// ---------------------------------------------------------------------------------------------

/// The Haushaltsstelle form (master data, Vermerke, Monatsplan).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StellenEntwurf {
    /// Haushaltsjahr.
    pub jahr: String,
    /// Einzelplan.
    pub einzelplan: String,
    /// Kapitel.
    pub kapitel: String,
    /// Titel.
    pub titel: String,
    /// Free-form Haushaltsstelle.
    pub frei: String,
    /// Titelgruppe.
    pub titelgruppe: String,
    /// Zweckbestimmung.
    pub zweck: String,
    /// Funktionskennzahl.
    pub fkz: String,
    /// Bewirtschafter.
    pub bewirtschafter: String,
    /// Deckungskreis.
    pub deckungskreis: String,
    /// Ticked Haushaltsvermerke.
    pub vermerke: Vec<Haushaltsvermerk>,
    /// Monatsplan, twelve amounts or all empty.
    pub monatsplan: Vec<String>,
    /// The first Ansatz (Soll of the year) of a new Haushaltsstelle; empty: none yet.
    pub erster_ansatz: String,
}

impl StellenEntwurf {
    /// The form of a stored (or prefilled new) Haushaltsstelle.
    pub fn aus(h: &Haushaltsstelle) -> Self {
        StellenEntwurf {
            jahr: h.haushaltsjahr.to_string(),
            einzelplan: h.einzelplan.clone(),
            kapitel: h.kapitel.clone(),
            titel: h.titel.clone(),
            frei: h.frei.clone(),
            titelgruppe: h.titelgruppe.clone(),
            zweck: h.zweckbestimmung.clone(),
            fkz: h.funktionskennzahl.clone(),
            bewirtschafter: h.bewirtschafter.clone(),
            deckungskreis: h.deckungskreis.clone(),
            vermerke: h.vermerke.clone(),
            monatsplan: (1..=12)
                .map(|m| {
                    if h.monatsplan.len() == 12 {
                        format::dezimal(h.plan_im_monat(m), 2)
                    } else {
                        String::new()
                    }
                })
                .collect(),
            erster_ansatz: String::new(),
        }
    }

    /// The Haushaltsstelle `id` (0: a new one) as typed, checked against `bm`.
    pub fn lesen(&self, bm: &Budgetmonitor, id: u32) -> Result<Haushaltsstelle, Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let leer = self.monatsplan.iter().all(|m| m.trim().is_empty());
        let monatsplan = if leer {
            Vec::new()
        } else {
            (0..12)
                .map(|i| {
                    let text = self.monatsplan.get(i).map_or("", String::as_str);
                    betrag(text, &format!("hst-plan-{}", i + 1), MONATE[i], &mut fehler)
                })
                .collect()
        };
        let mut vermerke = self.vermerke.clone();
        vermerke.sortiere();
        vermerke.dedup();
        let h = Haushaltsstelle {
            id,
            haushaltsjahr: self.jahr.trim().parse().unwrap_or(0),
            einzelplan: self.einzelplan.trim().to_owned(),
            kapitel: self.kapitel.trim().to_owned(),
            titel: titelnummer(&self.titel),
            frei: self.frei.trim().to_owned(),
            titelgruppe: self.titelgruppe.trim().to_owned(),
            zweckbestimmung: self.zweck.trim().to_owned(),
            funktionskennzahl: self.fkz.trim().to_owned(),
            bewirtschafter: self.bewirtschafter.trim().to_owned(),
            deckungskreis: self.deckungskreis.trim().to_owned(),
            vermerke,
            monatsplan,
        };
        let pruefung = bm.pruefe_haushaltsstelle(&h);
        ergebnis(h, fehler, pruefung)
    }

    /// A new Haushaltsstelle as typed with its first Ansatz, if one was typed (its id and
    /// Haushaltsstelle are set when it is stored), checked against `bm`.
    pub fn lesen_neu(
        &self,
        bm: &Budgetmonitor,
    ) -> Result<(Haushaltsstelle, Option<Ansatz>), Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let cent = betrag(&self.erster_ansatz, "hst-ansatz", "Ansatz", &mut fehler);
        fehler.wenn(cent < 0, "hst-ansatz",
                "Der Ansatz ist nicht negativ; Abgaben erfassen Sie später als negative Mittelumsetzung.");
        let ansatz = (!self.erster_ansatz.trim().is_empty()).then(|| Ansatz {
            ansatz: cent,
            ..Ansatz::default()
        });
        match self.lesen(bm, 0) {
            Ok(h) if fehler.is_empty() => Ok((h, ansatz)),
            Ok(_) => Err(fehler),
            Err(mut liste) => {
                liste.extend(fehler);
                Err(liste)
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Buchung
// ---------------------------------------------------------------------------------------------

/// The fast booking form.
#[derive(Clone, Debug, PartialEq)]
pub struct BuchungsEntwurf {
    /// The booking being changed; `None`: a new one.
    pub bearbeitet: Option<u32>,
    /// [`Buchungsart::schluessel`].
    pub art: String,
    /// Booking date.
    pub datum: String,
    /// Amount.
    pub betrag: String,
    /// Auftrag/Vertrag.
    pub vertrag: String,
    /// Id of the booking it settles or reverses.
    pub bezug: String,
    /// Id of the VE it draws on.
    pub ve: String,
    /// Due year.
    pub faelligkeit: String,
    /// Id of the Ansatz it is charged to.
    pub ansatz: String,
    /// Kassenzeichen / Beleg.
    pub beleg: String,
}

impl Default for BuchungsEntwurf {
    fn default() -> Self {
        BuchungsEntwurf {
            bearbeitet: None,
            art: Buchungsart::Ist.schluessel().to_owned(),
            datum: String::new(),
            betrag: String::new(),
            vertrag: String::new(),
            bezug: String::new(),
            ve: String::new(),
            faelligkeit: String::new(),
            ansatz: String::new(),
            beleg: String::new(),
        }
    }
}

impl BuchungsEntwurf {
    /// The form for the next new booking after saving this one (fast entry): Art, Datum, VE,
    /// Fälligkeit and Ansatz stay, Betrag, Vertrag, Beleg and Bezug are emptied.
    pub fn fuer_naechste(&self) -> Self {
        BuchungsEntwurf {
            bearbeitet: None,
            betrag: String::new(),
            vertrag: String::new(),
            bezug: String::new(),
            beleg: String::new(),
            ..self.clone()
        }
    }

    /// The booking on Haushaltsstelle `haushaltsstelle` as typed; a typed booking is then
    /// checked against `bm` as new or as a change ([`Budgetmonitor::pruefe_aenderung`]).
    pub fn lesen(
        &self,
        bm: &Budgetmonitor,
        haushaltsstelle: u32,
    ) -> Result<Buchung, Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let betrag = format::euro_lesen(&self.betrag).unwrap_or_else(|m| {
            fehler.push(Feldfehler::neu("bu-betrag", format!("Betrag: {m}")));
            0
        });
        let datum = datum(&self.datum, "bu-datum", "Datum", &mut fehler);
        let faelligkeit = match self.faelligkeit.trim() {
            "" => None,
            t => t.parse::<i32>().ok().or_else(|| {
                fehler.push(Feldfehler::neu(
                    "bu-faelligkeit",
                    "Fälligkeit: ein Jahr, z. B. 2027.",
                ));
                None
            }),
        };
        let b = Buchung {
            id: self.bearbeitet.unwrap_or(0),
            haushaltsstelle,
            art: Buchungsart::aus_schluessel(&self.art).unwrap_or_default(),
            datum,
            betrag,
            vertrag: self.vertrag.trim().to_owned(),
            bezug: gewaehlt(&self.bezug),
            ve: gewaehlt(&self.ve),
            faelligkeit,
            ansatz: gewaehlt(&self.ansatz),
            beleg: self.beleg.trim().to_owned(),
        };
        // The model's checks need every field read.
        let pruefung = match (fehler.is_empty(), self.bearbeitet) {
            (false, _) => Vec::new(),
            (true, Some(_)) => bm.pruefe_aenderung(&b),
            (true, None) => bm.pruefe_buchung(&b),
        };
        ergebnis(b, fehler, pruefung)
    }
}

impl Datensatzentwurf for BuchungsEntwurf {
    type Datensatz = Buchung;

    fn aus(b: &Buchung) -> Self {
        BuchungsEntwurf {
            bearbeitet: Some(b.id),
            art: b.art.schluessel().to_owned(),
            datum: b.datum.map(Datum::deutsch).unwrap_or_default(),
            betrag: format::dezimal(b.betrag, 2),
            vertrag: b.vertrag.clone(),
            bezug: als_text(b.bezug),
            ve: als_text(b.ve),
            faelligkeit: b.faelligkeit.map(|j| j.to_string()).unwrap_or_default(),
            ansatz: als_text(b.ansatz),
            beleg: b.beleg.clone(),
        }
    }

    fn bearbeitet(&self) -> Option<u32> {
        self.bearbeitet
    }

    /// A new booking of the same Art and Datum.
    fn nach_abbruch(&self, _: &Self) -> Self {
        BuchungsEntwurf {
            art: self.art.clone(),
            datum: self.datum.clone(),
            ..BuchungsEntwurf::default()
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Ansatz
// ---------------------------------------------------------------------------------------------

/// The Ansatz form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnsatzEntwurf {
    /// The Ansatz being changed; `None`: a new one.
    pub bearbeitet: Option<u32>,
    /// Id of the Multiprojektplan project ("" = none).
    pub projekt: String,
    /// Id of the Finanzierungsquelle ("" = none).
    pub quelle: String,
    /// Ansatz.
    pub ansatz: String,
    /// Ausgabereste.
    pub reste: String,
    /// "verfügbar nach Einwilligung BMF (§ 45 Abs. 3 BHO)": "ja" (also when empty) or "nein".
    pub reste_einwilligung: String,
    /// Mittelumsetzungen (+/−).
    pub zuweisungen: String,
    /// Sperren.
    pub sperren: String,
}

impl AnsatzEntwurf {
    /// The Ansatz of Haushaltsstelle `haushaltsstelle` as typed (empty amounts are 0), checked
    /// with [`Budgetmonitor::pruefe_ansatz`].
    pub fn lesen(
        &self,
        bm: &Budgetmonitor,
        haushaltsstelle: u32,
    ) -> Result<Ansatz, Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let a = Ansatz {
            id: self.bearbeitet.unwrap_or(0),
            haushaltsstelle,
            projekt: gewaehlt(&self.projekt),
            quelle: gewaehlt(&self.quelle),
            ansatz: betrag(&self.ansatz, "an-ansatz", "Ansatz", &mut fehler),
            reste: betrag(&self.reste, "an-reste", "Ausgabereste", &mut fehler),
            reste_ohne_einwilligung: self.reste_einwilligung == "nein",
            zuweisungen: betrag(
                &self.zuweisungen,
                "an-zuweisungen",
                "Mittelumsetzungen",
                &mut fehler,
            ),
            sperren: betrag(&self.sperren, "an-sperren", "Sperren", &mut fehler),
        };
        let pruefung = bm.pruefe_ansatz(&a);
        ergebnis(a, fehler, pruefung)
    }
}

impl Datensatzentwurf for AnsatzEntwurf {
    type Datensatz = Ansatz;

    fn aus(a: &Ansatz) -> Self {
        AnsatzEntwurf {
            bearbeitet: Some(a.id),
            projekt: als_text(a.projekt),
            quelle: als_text(a.quelle),
            ansatz: format::dezimal(a.ansatz, 2),
            reste: format::dezimal(a.reste, 2),
            reste_einwilligung: if a.reste_ohne_einwilligung {
                "nein"
            } else {
                "ja"
            }
            .to_owned(),
            zuweisungen: format::dezimal(a.zuweisungen, 2),
            sperren: format::dezimal(a.sperren, 2),
        }
    }

    fn bearbeitet(&self) -> Option<u32> {
        self.bearbeitet
    }
}

// ---------------------------------------------------------------------------------------------
// Prognose
// ---------------------------------------------------------------------------------------------

/// The forecast form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PrognoseEntwurf {
    /// The forecast being changed; `None`: a new one.
    pub bearbeitet: Option<u32>,
    /// Stichtag.
    pub stichtag: String,
    /// Forecast at year-end.
    pub betrag: String,
    /// [`Prognosemethode::name`].
    pub methode: String,
    /// Explanation.
    pub erlaeuterung: String,
    /// [`Tendenz::name`].
    pub tendenz: String,
}

impl PrognoseEntwurf {
    /// A new manual forecast made on `stichtag` (the report's Stichtag).
    pub fn vorgabe(stichtag: Datum) -> Self {
        PrognoseEntwurf {
            stichtag: stichtag.deutsch(),
            methode: Prognosemethode::Manuell.name().to_owned(),
            ..PrognoseEntwurf::default()
        }
    }

    /// The forecast for Haushaltsstelle `haushaltsstelle` as typed, checked with
    /// [`Budgetmonitor::pruefe_prognose`].
    pub fn lesen(&self, haushaltsstelle: u32) -> Result<Prognose, Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let stichtag = datum(&self.stichtag, "pr-stichtag", "Stichtag", &mut fehler);
        let betrag = format::euro_lesen(&self.betrag).unwrap_or_else(|m| {
            fehler.push(Feldfehler::neu("pr-betrag", format!("Prognose: {m}")));
            0
        });
        let p = Prognose {
            id: self.bearbeitet.unwrap_or(0),
            haushaltsstelle,
            stichtag,
            betrag,
            methode: Prognosemethode::aus_name(&self.methode).unwrap_or_default(),
            erlaeuterung: self.erlaeuterung.trim().to_owned(),
            tendenz: Tendenz::aus_name(&self.tendenz).unwrap_or_default(),
        };
        let pruefung = Budgetmonitor::pruefe_prognose(&p);
        ergebnis(p, fehler, pruefung)
    }
}

impl Datensatzentwurf for PrognoseEntwurf {
    type Datensatz = Prognose;

    fn aus(p: &Prognose) -> Self {
        PrognoseEntwurf {
            bearbeitet: Some(p.id),
            stichtag: p.stichtag.map(Datum::deutsch).unwrap_or_default(),
            betrag: format::dezimal(p.betrag, 2),
            methode: p.methode.name().to_owned(),
            erlaeuterung: p.erlaeuterung.clone(),
            tendenz: p.tendenz.name().to_owned(),
        }
    }

    fn bearbeitet(&self) -> Option<u32> {
        self.bearbeitet
    }
}

// ---------------------------------------------------------------------------------------------
// VE
// ---------------------------------------------------------------------------------------------

/// The form of a Verpflichtungsermächtigung.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VeEntwurf {
    /// The VE being changed; `None`: a new one.
    pub bearbeitet: Option<u32>,
    /// Bezeichnung.
    pub bezeichnung: String,
    /// VE-Ansatz.
    pub ansatz: String,
    /// Planned Fälligkeiten, see [`faelligkeiten_lesen`].
    pub faelligkeiten: String,
}

impl VeEntwurf {
    /// The VE of Haushaltsstelle `haushaltsstelle` as typed, checked with
    /// [`Budgetmonitor::pruefe_ve`].
    pub fn lesen(
        &self,
        haushaltsstelle: u32,
    ) -> Result<Verpflichtungsermaechtigung, Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let ansatz = betrag(&self.ansatz, "ve-ansatz", "VE-Ansatz", &mut fehler);
        let faelligkeiten = faelligkeiten_lesen(&self.faelligkeiten).unwrap_or_else(|m| {
            fehler.push(Feldfehler::neu(
                "ve-faelligkeiten",
                format!("Fälligkeiten: {m}"),
            ));
            Vec::new()
        });
        let v = Verpflichtungsermaechtigung {
            id: self.bearbeitet.unwrap_or(0),
            haushaltsstelle,
            bezeichnung: self.bezeichnung.trim().to_owned(),
            ansatz,
            faelligkeiten,
        };
        let pruefung = Budgetmonitor::pruefe_ve(&v);
        ergebnis(v, fehler, pruefung)
    }
}

impl Datensatzentwurf for VeEntwurf {
    type Datensatz = Verpflichtungsermaechtigung;

    fn aus(v: &Verpflichtungsermaechtigung) -> Self {
        VeEntwurf {
            bearbeitet: Some(v.id),
            bezeichnung: v.bezeichnung.clone(),
            ansatz: format::dezimal(v.ansatz, 2),
            faelligkeiten: faelligkeiten_text(&v.faelligkeiten),
        }
    }

    fn bearbeitet(&self) -> Option<u32> {
        self.bearbeitet
    }
}

// ---------------------------------------------------------------------------------------------
// Einstellungen
// ---------------------------------------------------------------------------------------------

/// The settings form: Haushaltsjahr, Berichtsstichtag, Ampel tolerances, Finanzierungsquellen
/// (one per line).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EinstellungsEntwurf {
    /// Haushaltsjahr ("" = the year of the Stichtag).
    pub jahr: String,
    /// Berichtsstichtag ("" = today).
    pub stichtag: String,
    /// Tolerance grün in per cent.
    pub gruen: String,
    /// Tolerance gelb in per cent.
    pub gelb: String,
    /// Finanzierungsquellen, one per line.
    pub quellen: String,
}

/// The settings as read from the form, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Einstellungen {
    /// Haushaltsjahr reported on.
    pub jahr: Option<i32>,
    /// Berichtsstichtag.
    pub stichtag: Option<Datum>,
    /// Tolerance grün in per mille.
    pub gruen: u32,
    /// Tolerance gelb in per mille.
    pub gelb: u32,
    /// The catalogue; lines keep the ids of the lines at the same position.
    pub quellen: Vec<Finanzierungsquelle>,
}

impl EinstellungsEntwurf {
    /// The form of the stored settings.
    pub fn aus(bm: &Budgetmonitor) -> Self {
        EinstellungsEntwurf {
            jahr: bm.haushaltsjahr.map(|j| j.to_string()).unwrap_or_default(),
            stichtag: bm.stichtag.map(Datum::deutsch).unwrap_or_default(),
            gruen: format::dezimal(i64::from(bm.toleranz_gruen), 1),
            gelb: format::dezimal(i64::from(bm.toleranz_gelb), 1),
            quellen: bm
                .quellen
                .iter()
                .map(|q| q.name.clone())
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// The settings as typed, checked against `bm`: a source that Ansätze use cannot be
    /// removed; new lines get new ids.
    pub fn lesen(&self, bm: &Budgetmonitor) -> Result<Einstellungen, Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let jahr = match self.jahr.trim() {
            "" => None,
            t => match t.parse::<i32>() {
                Ok(j) if (1900..=2200).contains(&j) => Some(j),
                _ => {
                    fehler.push(Feldfehler::neu(
                        "einst-jahr",
                        "Haushaltsjahr: vierstellig, z. B. 2026, oder leer.",
                    ));
                    None
                }
            },
        };
        let stichtag = datum(
            &self.stichtag,
            "einst-stichtag",
            "Berichtsstichtag",
            &mut fehler,
        );
        let mut toleranz =
            |text: &str, feld: &str, name: &str| match format::dezimal_lesen(text, 1, "%") {
                Ok(w) if w >= 0 => u32::try_from(w).unwrap_or(u32::MAX),
                _ => {
                    fehler.push(Feldfehler::neu(
                        feld,
                        format!("{name}: eine Zahl wie 5,0 (Prozent)."),
                    ));
                    0
                }
            };
        let gruen = toleranz(&self.gruen, "tol-gruen", "Toleranz grün");
        let gelb = toleranz(&self.gelb, "tol-gelb", "Toleranz gelb");
        if fehler.is_empty() {
            fehler.extend(Budgetmonitor::pruefe_toleranzen(gruen, gelb));
        }
        let alt = &bm.quellen;
        let mut naechste = alt.iter().map(|q| q.id).max().unwrap_or(0) + 1;
        let quellen: Vec<Finanzierungsquelle> = self
            .quellen
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .enumerate()
            .map(|(i, name)| Finanzierungsquelle {
                id: alt.get(i).map(|q| q.id).unwrap_or_else(|| {
                    naechste += 1;
                    naechste - 1
                }),
                name: name.to_owned(),
            })
            .collect();
        for q in alt {
            let verwendet = bm.ansaetze.iter().any(|a| a.quelle == Some(q.id));
            fehler.wenn(verwendet && !quellen.iter().any(|n| n.id == q.id), "einst-quellen",
                    format!(
                        "Die Finanzierungsquelle „{}“ ist Ansätzen zugeordnet und kann nicht entfernt werden.",
                        q.name
                    ));
        }
        ergebnis(
            Einstellungen {
                jahr,
                stichtag,
                gruen,
                gelb,
                quellen,
            },
            fehler,
            Vec::new(),
        )
    }
}

/// A Titel as budget officers type it: `53201`, `532 01` or `532-01` all become `532 01` (the
/// Gruppierungsnummer and the Zählnummer, as the Haushaltsplan prints them). Anything else is
/// kept as typed, trimmed, for the model's check to explain.
pub fn titelnummer(text: &str) -> String {
    let ziffern: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if ziffern.len() == 5 && ziffern.bytes().all(|b| b.is_ascii_digit()) {
        format!("{} {}", &ziffern[..3], &ziffern[3..])
    } else {
        text.trim().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::budgetmonitor::model::MAX_LANGTEXT;

    /// `(field, message)` of each problem, to compare whole lists.
    fn paare(fehler: &[Feldfehler]) -> Vec<(&str, &str)> {
        fehler
            .iter()
            .map(|f| (f.feld.as_str(), f.meldung.as_str()))
            .collect()
    }

    /// A workspace's Budgetmonitor with Haushaltsstelle 1 (2026, 0634/532 01).
    fn budget() -> Budgetmonitor {
        let mut bm = Budgetmonitor::default();
        bm.haushaltsstellen.push(Haushaltsstelle {
            id: 1,
            haushaltsjahr: 2026,
            einzelplan: "06".into(),
            kapitel: "0634".into(),
            titel: "532 01".into(),
            zweckbestimmung: "IT".into(),
            // Übertragbar: a Festlegung may lead to payments in 2027 (§ 38 Abs. 4 BHO).
            vermerke: vec![Haushaltsvermerk::Ueb],
            ..Haushaltsstelle::default()
        });
        bm
    }

    #[test]
    fn betraege_werden_deutsch_gelesen() {
        let mut f = Vec::new();
        for (text, cent) in [
            ("1.234,56", 123_456),
            ("1234,56", 123_456),
            ("1234,56 €", 123_456),
            ("1.234,56 €", 123_456),
            ("1.234,56 EUR", 123_456),
            ("1.234,56\u{a0}€", 123_456),
            ("\u{2212}1.000", -100_000),
            ("-5,00", -500),
            ("  7 ", 700),
            ("", 0),
            ("   ", 0),
        ] {
            assert_eq!(betrag(text, "an-ansatz", "Ansatz", &mut f), cent, "{text}");
        }
        assert!(f.is_empty());
        assert_eq!(betrag("1.23,4", "an-ansatz", "Ansatz", &mut f), 0);
        assert_eq!(betrag("1,234", "an-reste", "Ausgabereste", &mut f), 0);
        assert_eq!(
            paare(&f),
            [
                (
                    "an-ansatz",
                    "Ansatz: „1.23,4“ ist keine Zahl. Beispiel: 1.234,5"
                ),
                (
                    "an-reste",
                    "Ausgabereste: „1,234“ hat zu viele Nachkommastellen (höchstens 2)."
                ),
            ]
        );
    }

    #[test]
    fn daten_werden_als_tt_mm_jjjj_gelesen() {
        let mut f = Vec::new();
        assert_eq!(
            datum("05.03.2026", "bu-datum", "Datum", &mut f),
            Datum::neu(2026, 3, 5)
        );
        assert_eq!(
            datum(" 5.3.2026 ", "bu-datum", "Datum", &mut f),
            Datum::neu(2026, 3, 5)
        );
        assert_eq!(datum("", "bu-datum", "Datum", &mut f), None);
        assert!(f.is_empty(), "leer ist kein Fehler");
        assert_eq!(
            datum("2026-03-05", "bu-datum", "Datum", &mut f),
            Datum::neu(2026, 3, 5),
            "vom Datumswähler"
        );
        assert_eq!(
            datum("5.3.26", "bu-datum", "Datum", &mut f),
            Datum::neu(2026, 3, 5),
            "zweistelliges Jahr"
        );
        assert_eq!(datum("5.3.", "bu-datum", "Datum", &mut f), None);
        assert_eq!(datum("31.02.2026", "pr-stichtag", "Stichtag", &mut f), None);
        assert_eq!(
            paare(&f),
            [
                (
                    "bu-datum",
                    "Datum: Bitte als TT.MM.JJJJ eingeben, z. B. 05.03.2026."
                ),
                (
                    "pr-stichtag",
                    "Stichtag: Bitte als TT.MM.JJJJ eingeben, z. B. 05.03.2026."
                ),
            ]
        );
    }

    #[test]
    fn faelligkeiten_werden_gelesen() {
        assert_eq!(
            faelligkeiten_lesen("2028: 500,00; 2027: 1.000.000,00"),
            Ok(vec![(2027, 100_000_000), (2028, 50_000)])
        );
        assert_eq!(faelligkeiten_lesen(""), Ok(vec![]));
        assert_eq!(faelligkeiten_lesen(" ; 2027:1 €;"), Ok(vec![(2027, 100)]));
        assert_eq!(
            faelligkeiten_lesen("2027 1.000"),
            Err("„2027 1.000“: Bitte als Jahr: Betrag eingeben, z. B. 2027: 1.000,00.".into())
        );
        assert_eq!(
            faelligkeiten_lesen("x: 1"),
            Err("„x“ ist kein Jahr.".into())
        );
        assert_eq!(
            faelligkeiten_lesen("2027: viel"),
            Err("„viel“ ist keine Zahl. Beispiel: 1.234,5".into())
        );
        let liste = vec![(2027, 100_000_000), (2028, 50_000)];
        assert_eq!(
            faelligkeiten_text(&liste),
            "2027: 1.000.000,00; 2028: 500,00"
        );
        assert_eq!(faelligkeiten_lesen(&faelligkeiten_text(&liste)), Ok(liste));
    }

    #[test]
    fn haushaltsstelle_aus_dem_formular() {
        let bm = budget();
        let gespeichert = &bm.haushaltsstellen[0];
        let e = StellenEntwurf::aus(gespeichert);
        assert_eq!(e.monatsplan, vec![String::new(); 12]);
        assert_eq!(e.lesen(&bm, 1).as_ref(), Ok(gespeichert));

        let mut neu = StellenEntwurf {
            jahr: " 2026 ".into(),
            einzelplan: "06".into(),
            kapitel: "0634".into(),
            titel: " 532 02 ".into(),
            zweck: " Lizenzen ".into(),
            vermerke: vec![
                Haushaltsvermerk::Ueb,
                Haushaltsvermerk::Esp,
                Haushaltsvermerk::Ueb,
            ],
            monatsplan: vec![String::new(); 12],
            ..StellenEntwurf::default()
        };
        neu.monatsplan[0] = "1.000,00".into();
        let h = neu.lesen(&bm, 0).unwrap();
        assert_eq!(
            (h.titel.as_str(), h.zweckbestimmung.as_str()),
            ("532 02", "Lizenzen")
        );
        assert_eq!(h.vermerke, [Haushaltsvermerk::Esp, Haushaltsvermerk::Ueb]);
        assert_eq!(h.monatsplan.len(), 12, "leere Monate zählen 0");
        assert_eq!((h.monatsplan[0], h.monatsplan[1]), (100_000, 0));
        assert_eq!(StellenEntwurf::aus(&h).monatsplan[1], "0,00");

        // Typing errors and the model's checks come together, each at its field.
        neu.monatsplan[2] = "viel".into();
        neu.titel = "5320".into();
        neu.jahr = "zwanzig".into();
        assert_eq!(
            paare(&neu.lesen(&bm, 0).unwrap_err()),
            [
                (
                    "hst-plan-3",
                    "März: „viel“ ist keine Zahl. Beispiel: 1.234,5"
                ),
                (
                    "hst-jahr",
                    "Geben Sie das Haushaltsjahr vierstellig ein, z. B. 2026."
                ),
                ("hst-titel", "Der Titel hat die Form NNN NN, z. B. 532 01."),
            ]
        );
    }

    #[test]
    fn neue_haushaltsstelle_mit_erstem_ansatz() {
        let bm = budget();
        let neu = StellenEntwurf {
            jahr: "2026".into(),
            einzelplan: "06".into(),
            kapitel: "0634".into(),
            titel: "53202".into(),
            zweck: "Lizenzen".into(),
            erster_ansatz: "1.234,56 EUR".into(),
            ..StellenEntwurf::default()
        };
        let (h, a) = neu.lesen_neu(&bm).unwrap();
        assert_eq!(h.titel, "532 02");
        assert_eq!(a.map(|a| (a.id, a.ansatz)), Some((0, 123_456)));
        let ohne = StellenEntwurf {
            erster_ansatz: " ".into(),
            ..neu.clone()
        };
        assert_eq!(ohne.lesen_neu(&bm).unwrap().1, None, "ohne Ansatz angelegt");
        let negativ = StellenEntwurf {
            erster_ansatz: "\u{2212}1.000".into(),
            ..neu.clone()
        };
        assert_eq!(
            paare(&negativ.lesen_neu(&bm).unwrap_err()),
            [(
                "hst-ansatz",
                "Der Ansatz ist nicht negativ; Abgaben erfassen Sie später als negative Mittelumsetzung."
            )]
        );
        let beides = StellenEntwurf {
            zweck: String::new(),
            erster_ansatz: "viel".into(),
            ..neu
        };
        let felder: Vec<String> = beides
            .lesen_neu(&bm)
            .unwrap_err()
            .into_iter()
            .map(|f| f.feld)
            .collect();
        assert_eq!(felder, ["hst-zweck", "hst-ansatz"]);
    }

    #[test]
    fn titel_wie_getippt() {
        for eingabe in ["53201", "532 01", " 532-01 ", "532\u{a0}01"] {
            assert_eq!(titelnummer(eingabe), "532 01", "{eingabe:?}");
        }
        assert_eq!(titelnummer(" 5320 "), "5320");
        assert_eq!(titelnummer("532 0A"), "532 0A");
    }

    #[test]
    fn buchung_aus_dem_formular() {
        let mut bm = budget();
        let neu = BuchungsEntwurf {
            art: "festlegung".into(),
            datum: "01.02.2026".into(),
            betrag: "300.000,00 €".into(),
            vertrag: " V-1 ".into(),
            faelligkeit: "2027".into(),
            ..BuchungsEntwurf::default()
        };
        let b = neu.lesen(&bm, 1).unwrap();
        assert_eq!(
            (b.id, b.art, b.betrag, b.vertrag.as_str(), b.faelligkeit),
            (0, Buchungsart::Festlegung, 30_000_000, "V-1", Some(2027))
        );
        bm.buchungen.push(Buchung { id: 10, ..b });
        let geladen = BuchungsEntwurf::laden(&bm, 10).unwrap();
        assert_eq!(geladen.bearbeitet(), Some(10));
        assert_eq!(geladen.betrag, "300.000,00");
        assert_eq!(geladen.lesen(&bm, 1).as_ref(), Ok(&bm.buchungen[0]));
        assert_eq!(BuchungsEntwurf::laden(&bm, 11), None);

        // Fast entry: Art, Datum, VE, Fälligkeit and Ansatz stay for the next booking.
        let naechste = geladen.fuer_naechste();
        assert_eq!(naechste.bearbeitet, None);
        assert_eq!(
            (naechste.art.as_str(), naechste.datum.as_str()),
            ("festlegung", "01.02.2026")
        );
        assert_eq!(
            (naechste.betrag.as_str(), naechste.vertrag.as_str()),
            ("", "")
        );
        assert_eq!(naechste.faelligkeit, "2027");
        let abgebrochen = geladen.nach_abbruch(&naechste);
        assert_eq!(
            abgebrochen,
            BuchungsEntwurf {
                art: "festlegung".into(),
                datum: "01.02.2026".into(),
                ..BuchungsEntwurf::default()
            }
        );
        assert_eq!(BuchungsEntwurf::default().art, "ist");

        // Typing errors first; the model's checks only for what could be read.
        let falsch = BuchungsEntwurf {
            datum: "1.2.".into(),
            betrag: "1.23,4".into(),
            faelligkeit: "nächstes Jahr".into(),
            ..BuchungsEntwurf::default()
        };
        assert_eq!(
            paare(&falsch.lesen(&bm, 1).unwrap_err()),
            [
                (
                    "bu-betrag",
                    "Betrag: „1.23,4“ ist keine Zahl. Beispiel: 1.234,5"
                ),
                (
                    "bu-datum",
                    "Datum: Bitte als TT.MM.JJJJ eingeben, z. B. 05.03.2026."
                ),
                ("bu-faelligkeit", "Fälligkeit: ein Jahr, z. B. 2027."),
            ]
        );
        let leer = BuchungsEntwurf::default();
        assert_eq!(
            paare(&leer.lesen(&bm, 1).unwrap_err()),
            [("bu-betrag", "Betrag: „“ ist keine Zahl. Beispiel: 1.234,5")]
        );
        let vorjahr = BuchungsEntwurf {
            datum: "31.12.2025".into(),
            betrag: "5".into(),
            ..BuchungsEntwurf::default()
        };
        assert_eq!(
            paare(&vorjahr.lesen(&bm, 1).unwrap_err()),
            [(
                "bu-datum",
                "Das Datum liegt nicht im Haushaltsjahr 2026 der Haushaltsstelle."
            )]
        );
        // A change is checked as a change: the booking must still exist.
        let verschwunden = BuchungsEntwurf {
            bearbeitet: Some(99),
            ..geladen
        };
        assert_eq!(
            paare(&verschwunden.lesen(&bm, 1).unwrap_err()),
            [("bu-betrag", "Die Buchung B99 gibt es nicht (mehr).")]
        );
    }

    #[test]
    fn ansatz_aus_dem_formular() {
        let mut bm = budget();
        let neu = AnsatzEntwurf {
            projekt: "7".into(),
            ansatz: "1.000.000,00".into(),
            reste: "50.000".into(),
            zuweisungen: "-5,00".into(),
            ..AnsatzEntwurf::default()
        };
        let a = neu.lesen(&bm, 1).unwrap();
        assert_eq!(
            (
                a.projekt,
                a.quelle,
                a.ansatz,
                a.reste,
                a.zuweisungen,
                a.sperren
            ),
            (Some(7), None, 100_000_000, 5_000_000, -500, 0)
        );
        bm.ansaetze.push(Ansatz { id: 5, ..a });
        let geladen = AnsatzEntwurf::laden(&bm, 5).unwrap();
        assert_eq!(geladen.bearbeitet(), Some(5));
        assert_eq!(geladen.zuweisungen, "-5,00");
        assert_eq!(geladen.reste_einwilligung, "ja");
        assert_eq!(geladen.lesen(&bm, 1).as_ref(), Ok(&bm.ansaetze[0]));
        // § 45 Abs. 3 BHO: Reste without the BMF's consent are kept but do not count.
        let ohne = AnsatzEntwurf {
            reste_einwilligung: "nein".into(),
            ..geladen
        }
        .lesen(&bm, 1)
        .unwrap();
        assert!(ohne.reste_ohne_einwilligung);
        assert_eq!((ohne.reste, ohne.verfuegbare_reste()), (5_000_000, 0));
        assert_eq!(AnsatzEntwurf::aus(&ohne).reste_einwilligung, "nein");

        let falsch = AnsatzEntwurf {
            ansatz: "-1".into(),
            reste: "x".into(),
            zuweisungen: "1,001".into(),
            sperren: "€".into(),
            ..AnsatzEntwurf::default()
        };
        assert_eq!(
            paare(&falsch.lesen(&bm, 1).unwrap_err()),
            [
                ("an-reste", "Ausgabereste: „x“ ist keine Zahl. Beispiel: 1.234,5"),
                (
                    "an-zuweisungen",
                    "Mittelumsetzungen: „1,001“ hat zu viele Nachkommastellen (höchstens 2)."
                ),
                ("an-sperren", "Sperren: „€“ ist keine Zahl. Beispiel: 1.234,5"),
                (
                    "an-ansatz",
                    "Ansatz, Reste und Sperren sind nicht negativ; Abgaben erfassen Sie als negative Mittelumsetzung."
                ),
            ]
        );
    }

    #[test]
    fn prognose_aus_dem_formular() {
        let mut bm = budget();
        let stichtag = Datum::neu(2026, 6, 30).unwrap();
        let vorgabe = PrognoseEntwurf::vorgabe(stichtag);
        assert_eq!(
            (
                vorgabe.stichtag.as_str(),
                vorgabe.methode.as_str(),
                vorgabe.tendenz.as_str()
            ),
            ("30.06.2026", "manuell (Fachbereich)", "")
        );
        let neu = PrognoseEntwurf {
            betrag: "950.000,00".into(),
            erlaeuterung: " Abschläge ".into(),
            tendenz: Tendenz::Schlechter.name().into(),
            ..vorgabe.clone()
        };
        let p = neu.lesen(1).unwrap();
        assert_eq!(
            (
                p.stichtag,
                p.betrag,
                p.methode,
                p.tendenz,
                p.erlaeuterung.as_str()
            ),
            (
                Some(stichtag),
                95_000_000,
                Prognosemethode::Manuell,
                Tendenz::Schlechter,
                "Abschläge"
            )
        );
        bm.prognosen.push(Prognose { id: 8, ..p });
        let geladen = PrognoseEntwurf::laden(&bm, 8).unwrap();
        assert_eq!(geladen.bearbeitet(), Some(8));
        assert_eq!(geladen.lesen(1).as_ref(), Ok(&bm.prognosen[0]));
        assert_eq!(PrognoseEntwurf::laden(&bm, 9), None);

        let ohne = PrognoseEntwurf {
            stichtag: " ".into(),
            betrag: "-1,00".into(),
            erlaeuterung: "x".repeat(MAX_LANGTEXT + 1),
            ..vorgabe.clone()
        };
        assert_eq!(
            paare(&ohne.lesen(1).unwrap_err()),
            [
                ("pr-stichtag", "Geben Sie den Stichtag der Prognose ein."),
                ("pr-betrag", "Die Prognose ist nicht negativ."),
                ("pr-erlaeuterung", "Erläuterung: höchstens 2000 Zeichen."),
            ]
        );
        let falsch = PrognoseEntwurf {
            stichtag: "30.6.".into(),
            betrag: "".into(),
            ..vorgabe
        };
        assert_eq!(
            paare(&falsch.lesen(1).unwrap_err()),
            [
                (
                    "pr-stichtag",
                    "Stichtag: Bitte als TT.MM.JJJJ eingeben, z. B. 05.03.2026."
                ),
                (
                    "pr-betrag",
                    "Prognose: „“ ist keine Zahl. Beispiel: 1.234,5"
                ),
            ]
        );
    }

    #[test]
    fn ve_aus_dem_formular() {
        let mut bm = budget();
        let neu = VeEntwurf {
            bezeichnung: " VE Betrieb ".into(),
            ansatz: "100.000,00 €".into(),
            faelligkeiten: "2028: 40.000; 2027: 60.000,00".into(),
            ..VeEntwurf::default()
        };
        let v = neu.lesen(1).unwrap();
        assert_eq!(
            (v.bezeichnung.as_str(), v.ansatz, v.faelligkeiten.clone()),
            (
                "VE Betrieb",
                10_000_000,
                vec![(2027, 6_000_000), (2028, 4_000_000)]
            )
        );
        bm.ves.push(Verpflichtungsermaechtigung { id: 20, ..v });
        let geladen = VeEntwurf::laden(&bm, 20).unwrap();
        assert_eq!(geladen.bearbeitet(), Some(20));
        assert_eq!(geladen.faelligkeiten, "2027: 60.000,00; 2028: 40.000,00");
        assert_eq!(geladen.lesen(1).as_ref(), Ok(&bm.ves[0]));

        assert_eq!(
            paare(&VeEntwurf::default().lesen(1).unwrap_err()),
            [
                ("ve-ansatz", "Geben Sie einen positiven VE-Ansatz ein."),
                ("ve-bezeichnung", "Geben Sie eine Bezeichnung ein."),
            ]
        );
        let falsch = VeEntwurf {
            bezeichnung: "VE".into(),
            ansatz: "-5,00".into(),
            faelligkeiten: "2027 1.000".into(),
            ..VeEntwurf::default()
        };
        assert_eq!(
            paare(&falsch.lesen(1).unwrap_err()),
            [
                (
                    "ve-faelligkeiten",
                    "Fälligkeiten: „2027 1.000“: Bitte als Jahr: Betrag eingeben, z. B. 2027: 1.000,00."
                ),
                ("ve-ansatz", "Geben Sie einen positiven VE-Ansatz ein."),
            ]
        );
        let unlesbar = VeEntwurf {
            ansatz: "viel".into(),
            ..falsch
        };
        // A field that cannot be read shows only that: no "positive" on top.
        assert_eq!(
            paare(&unlesbar.lesen(1).unwrap_err()),
            [
                ("ve-ansatz", "VE-Ansatz: „viel“ ist keine Zahl. Beispiel: 1.234,5"),
                (
                    "ve-faelligkeiten",
                    "Fälligkeiten: „2027 1.000“: Bitte als Jahr: Betrag eingeben, z. B. 2027: 1.000,00."
                ),
            ]
        );
    }

    #[test]
    fn einstellungen_aus_dem_formular() {
        let mut bm = budget();
        bm.quellen = vec![
            Finanzierungsquelle {
                id: 1,
                name: "Stammhaushalt".into(),
            },
            Finanzierungsquelle {
                id: 2,
                name: "OZG".into(),
            },
        ];
        bm.ansaetze.push(Ansatz {
            id: 5,
            haushaltsstelle: 1,
            quelle: Some(2),
            ..Ansatz::default()
        });
        let e = EinstellungsEntwurf::aus(&bm);
        assert_eq!(
            (e.gruen.as_str(), e.quellen.as_str()),
            ("5,0", "Stammhaushalt\nOZG")
        );
        let neu = EinstellungsEntwurf {
            jahr: "2026".into(),
            stichtag: "30.6.26".into(),
            gruen: "2,5 %".into(),
            quellen: "Haushalt\n\n OZG-Mittel \nEU".into(),
            ..e.clone()
        };
        let gelesen = neu.lesen(&bm).unwrap();
        assert_eq!(
            (gelesen.jahr, gelesen.stichtag, gelesen.gruen, gelesen.gelb),
            (Some(2026), Datum::neu(2026, 6, 30), 25, 100)
        );
        let quellen: Vec<(u32, &str)> = gelesen
            .quellen
            .iter()
            .map(|q| (q.id, q.name.as_str()))
            .collect();
        assert_eq!(quellen, [(1, "Haushalt"), (2, "OZG-Mittel"), (3, "EU")]);
        let falsch = EinstellungsEntwurf {
            jahr: "26".into(),
            stichtag: "31.2.2026".into(),
            gelb: "viel".into(),
            quellen: "Stammhaushalt".into(),
            ..e
        };
        let felder: Vec<String> = falsch
            .lesen(&bm)
            .unwrap_err()
            .into_iter()
            .map(|f| f.feld)
            .collect();
        assert_eq!(
            felder,
            ["einst-jahr", "einst-stichtag", "tol-gelb", "einst-quellen"]
        );
    }
}
