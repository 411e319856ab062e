//! Export of the Stakeholderanalyse: one [`Mappe`] with the sheets Stakeholder, Matrix (so the
//! grid can be rebuilt in Excel), Massnahmen, Kommunikationsplan, Beziehungen, Bewertungen (the
//! dated history) and the Legende of every value, scale and computed column.
//!
//! Confidential stakeholders are left out unless the user includes them explicitly, together
//! with everything linked only to them ([`calc::fuer_export`]); the Info sheet says how many
//! were left out, or that they are included.
//!
//! Every sheet starts with the column "ID": the permanent record id with a type prefix (`S`
//! stakeholder, `M` measure, `K` communication row, `B` relation). On "Bewertungen" one row is
//! one assessment; the pair (ID, Datum) is unique. Levels on Stakeholder and Matrix are on the
//! analysis's current scale; "Bewertungen" keeps the raw levels with the scale they were given
//! on.

use super::calc::{self, Quadrant};
use super::model::{
    Bewertung, Beziehungsart, Haltung, Machtbasis, Massnahmenstatus, Raster, Skala,
    Stakeholderanalyse, Typ, YAchse, Zugehoerigkeit, MAX_STAERKE,
};
use crate::export::{Blatt, Info, Legendeneintrag, Mappe, Zelle};
use crate::shared::datum::Datum;
use crate::tools::multiprojektplan::model::Multiprojektplan;

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 6] = [
    "Stakeholder",
    "Matrix",
    "Massnahmen",
    "Kommunikationsplan",
    "Beziehungen",
    "Bewertungen",
];

const STAKEHOLDERSPALTEN: [&str; 27] = [
    "ID",
    "Name/Bezeichnung",
    "Vertraulich",
    "Typ",
    "intern/extern",
    "Kategorie",
    "Rolle im Projekt",
    "Interessen / Erwartungen",
    "Machtbasis",
    "Einfluss",
    "Interesse",
    "Betroffenheit",
    "Haltung (Ist)",
    "Haltung (Soll)",
    "Gap",
    "Priorität",
    "Quadrant",
    "Feld (3×3)",
    "Kritisch",
    "Kommunikationsstrategie",
    "Kanal",
    "Frequenz",
    "Verantwortlich",
    "Letzte Bewertung am",
    "Projekte",
    "Maßnahmen",
    "Bewertungen",
];

const MATRIXSPALTEN: [&str; 14] = [
    "ID",
    "Stakeholder",
    "Einfluss",
    "Interesse",
    "Betroffenheit",
    "Quadrant",
    "Feld (3×3)",
    "Haltung (Ist)",
    "Haltungswert (Ist)",
    "Soll-Einfluss",
    "Soll-Interesse",
    "Soll-Betroffenheit",
    "Haltung (Soll)",
    "Priorität",
];

const MASSNAHMENSPALTEN: [&str; 8] = [
    "ID",
    "Titel",
    "Stakeholder",
    "Stakeholder-IDs",
    "Verantwortlich",
    "Fällig am",
    "Status",
    "Bemerkung",
];

const KOMMUNIKATIONSSPALTEN: [&str; 7] = [
    "ID",
    "Stakeholder-ID",
    "Stakeholder",
    "Kanal",
    "Frequenz",
    "Verantwortlich",
    "Inhalt / Anlass",
];

const BEZIEHUNGSSPALTEN: [&str; 8] = [
    "ID",
    "Von-ID",
    "Von",
    "Art",
    "Zu-ID",
    "Zu",
    "Stärke",
    "Bemerkung",
];

const BEWERTUNGSSPALTEN: [&str; 14] = [
    "ID",
    "Stakeholder",
    "Datum",
    "Skala",
    "Einfluss",
    "Interesse",
    "Betroffenheit",
    "Haltung (Ist)",
    "Haltung (Soll)",
    "Gap",
    "Soll-Einfluss",
    "Soll-Interesse",
    "Soll-Betroffenheit",
    "Notiz",
];

/// The workbook; positions are those valid at `stichtag`. Confidential stakeholders and what
/// is linked only to them are left out unless `mit_vertraulichen`. `plan` names linked projects.
pub fn mappe(
    analyse: &Stakeholderanalyse,
    plan: &Multiprojektplan,
    mut info: Info,
    stichtag: Datum,
    mit_vertraulichen: bool,
) -> Mappe {
    let (a, weggelassen) = calc::fuer_export(analyse, mit_vertraulichen);
    info.stand = Some(stichtag);
    let vertrauliche = analyse.stakeholder.iter().filter(|s| s.vertraulich).count();
    info.hinweise.push((
        "Vertrauliche Stakeholder".to_owned(),
        if mit_vertraulichen {
            format!("{vertrauliche} einbezogen (ausdrücklich gewählt)")
        } else {
            format!(
                "{weggelassen} nicht enthalten (mit ihren Maßnahmen, Kommunikationsplan-Einträgen und Beziehungen)"
            )
        },
    ));
    info.hinweise
        .push(("Bewertungsstichtag".to_owned(), stichtag.deutsch()));
    if !a.projekte.is_empty() {
        info.hinweise
            .push(("Projekte".to_owned(), projekte(plan, &a.projekte)));
    }
    Mappe {
        info,
        blaetter: vec![
            stakeholderblatt(&a, plan, stichtag),
            matrix(&a, stichtag),
            massnahmen(&a),
            kommunikation(&a),
            beziehungen(&a),
            bewertungen(&a),
        ],
        legende: legende(&a, stichtag),
    }
}

fn id(praefix: char, id: u32) -> Zelle {
    Zelle::Text(format!("{praefix}{id}"))
}

fn text(text: &str) -> Zelle {
    if text.trim().is_empty() {
        Zelle::Leer
    } else {
        Zelle::Text(text.to_owned())
    }
}

fn zahl(wert: impl Into<i64>) -> Zelle {
    Zelle::Ganzzahl(wert.into())
}

fn liste<S: AsRef<str>>(namen: impl IntoIterator<Item = S>) -> Zelle {
    let teile: Vec<String> = namen.into_iter().map(|n| n.as_ref().to_owned()).collect();
    text(&teile.join(", "))
}

fn spalten(namen: &[&str]) -> Vec<String> {
    namen.iter().map(|&n| n.to_owned()).collect()
}

/// Linked projects as "P-2026-001 Titel"; a deleted project shows its internal id.
pub fn projekte(plan: &Multiprojektplan, ids: &[u32]) -> String {
    ids.iter()
        .map(|&id| match plan.projekt(id) {
            Some(p) => format!("{} {}", p.kennung, p.titel),
            None => format!("(gelöschtes Projekt {id})"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn feldname(b: &Bewertung, achse: YAchse) -> &'static str {
    let (e, y) = calc::feld(b.einfluss, calc::y_wert(b, achse), b.skala);
    calc::feldstrategie(e, y)
}

fn stakeholderblatt(a: &Stakeholderanalyse, plan: &Multiprojektplan, stichtag: Datum) -> Blatt {
    let achse = a.einstellungen.y_achse;
    let zeilen = a
        .stakeholder
        .iter()
        .map(|s| {
            let b = calc::bewertung_am(a, s, stichtag);
            let massnahmen = a
                .massnahmen
                .iter()
                .filter(|m| m.stakeholder.contains(&s.id))
                .count();
            let mut z = vec![
                id('S', s.id),
                Zelle::Text(s.name.clone()),
                Zelle::Wahr(s.vertraulich),
                s.typ.map_or(Zelle::Leer, |t| text(t.name())),
                s.zugehoerigkeit.map_or(Zelle::Leer, |t| text(t.name())),
                text(&calc::katalogname(&a.kategorien, s.kategorie)),
                text(&s.rolle),
                text(&s.interessen),
                liste(s.machtbasis.iter().map(|m| m.name())),
            ];
            match &b {
                Some(b) => z.extend([
                    zahl(b.einfluss),
                    zahl(b.interesse),
                    zahl(b.betroffenheit),
                    Zelle::Text(b.haltung_ist.name().to_owned()),
                    Zelle::Text(b.haltung_soll.name().to_owned()),
                    zahl(calc::gap(b)),
                    zahl(calc::prioritaet(b)),
                    Zelle::Text(
                        calc::quadrant(b.einfluss, calc::y_wert(b, achse), b.skala)
                            .name()
                            .to_owned(),
                    ),
                    Zelle::Text(feldname(b, achse).to_owned()),
                    Zelle::Wahr(calc::kritisch(b)),
                ]),
                None => z.extend(std::iter::repeat_n(Zelle::Leer, 10)),
            }
            z.extend([
                text(&s.kommunikationsstrategie),
                text(&calc::katalogname(&a.kanaele, s.kanal)),
                text(&calc::katalogname(&a.frequenzen, s.frequenz)),
                text(&s.verantwortlich),
                s.letzte_bewertung().map_or(Zelle::Leer, Zelle::Datum),
                text(&projekte(plan, &s.projekte)),
                zahl(massnahmen as i64),
                zahl(s.bewertungen.len() as i64),
            ]);
            z
        })
        .collect();
    Blatt {
        diagramme: Vec::new(),
        name: "Stakeholder".to_owned(),
        spalten: spalten(&STAKEHOLDERSPALTEN),
        zeilen,
    }
}

fn matrix(a: &Stakeholderanalyse, stichtag: Datum) -> Blatt {
    let achse = a.einstellungen.y_achse;
    let zeilen = calc::positionen(a, stichtag)
        .into_iter()
        .map(|p| {
            let b = &p.bewertung;
            let (soll_e, _) = calc::soll_position(b, achse);
            vec![
                id('S', p.stakeholder.id),
                Zelle::Text(p.stakeholder.name.clone()),
                zahl(b.einfluss),
                zahl(b.interesse),
                zahl(b.betroffenheit),
                Zelle::Text(p.quadrant(achse).name().to_owned()),
                Zelle::Text(feldname(b, achse).to_owned()),
                Zelle::Text(b.haltung_ist.name().to_owned()),
                zahl(b.haltung_ist.wert()),
                zahl(soll_e),
                zahl(b.soll_interesse.unwrap_or(b.interesse)),
                zahl(b.soll_betroffenheit.unwrap_or(b.betroffenheit)),
                Zelle::Text(b.haltung_soll.name().to_owned()),
                zahl(calc::prioritaet(b)),
            ]
        })
        .collect();
    Blatt {
        diagramme: Vec::new(),
        name: "Matrix".to_owned(),
        spalten: spalten(&MATRIXSPALTEN),
        zeilen,
    }
}

fn massnahmen(a: &Stakeholderanalyse) -> Blatt {
    let zeilen = a
        .massnahmen
        .iter()
        .map(|m| {
            vec![
                id('M', m.id),
                Zelle::Text(m.titel.clone()),
                liste(m.stakeholder.iter().map(|&s| a.name(s))),
                liste(m.stakeholder.iter().map(|s| format!("S{s}"))),
                text(&m.verantwortlich),
                m.faellig.map_or(Zelle::Leer, Zelle::Datum),
                Zelle::Text(m.status.name().to_owned()),
                text(&m.bemerkung),
            ]
        })
        .collect();
    Blatt {
        diagramme: Vec::new(),
        name: "Massnahmen".to_owned(),
        spalten: spalten(&MASSNAHMENSPALTEN),
        zeilen,
    }
}

fn kommunikation(a: &Stakeholderanalyse) -> Blatt {
    let zeilen = a
        .kommunikation
        .iter()
        .map(|k| {
            vec![
                id('K', k.id),
                id('S', k.stakeholder),
                Zelle::Text(a.name(k.stakeholder)),
                text(&calc::katalogname(&a.kanaele, k.kanal)),
                text(&calc::katalogname(&a.frequenzen, k.frequenz)),
                text(&k.verantwortlich),
                text(&k.inhalt),
            ]
        })
        .collect();
    Blatt {
        diagramme: Vec::new(),
        name: "Kommunikationsplan".to_owned(),
        spalten: spalten(&KOMMUNIKATIONSSPALTEN),
        zeilen,
    }
}

fn beziehungen(a: &Stakeholderanalyse) -> Blatt {
    let zeilen = a
        .beziehungen
        .iter()
        .map(|b| {
            vec![
                id('B', b.id),
                id('S', b.von),
                Zelle::Text(a.name(b.von)),
                Zelle::Text(b.art.name().to_owned()),
                id('S', b.zu),
                Zelle::Text(a.name(b.zu)),
                zahl(b.staerke),
                text(&b.bemerkung),
            ]
        })
        .collect();
    Blatt {
        diagramme: Vec::new(),
        name: "Beziehungen".to_owned(),
        spalten: spalten(&BEZIEHUNGSSPALTEN),
        zeilen,
    }
}

fn bewertungen(a: &Stakeholderanalyse) -> Blatt {
    let zeilen = a
        .stakeholder
        .iter()
        .flat_map(|s| {
            s.bewertungen.iter().map(move |b| {
                let optional = |w: Option<u8>| w.map_or(Zelle::Leer, zahl);
                vec![
                    id('S', s.id),
                    Zelle::Text(s.name.clone()),
                    Zelle::Datum(b.datum),
                    Zelle::Text(b.skala.name().to_owned()),
                    zahl(b.einfluss),
                    zahl(b.interesse),
                    zahl(b.betroffenheit),
                    Zelle::Text(b.haltung_ist.name().to_owned()),
                    Zelle::Text(b.haltung_soll.name().to_owned()),
                    zahl(calc::gap(b)),
                    optional(b.soll_einfluss),
                    optional(b.soll_interesse),
                    optional(b.soll_betroffenheit),
                    text(&b.notiz),
                ]
            })
        })
        .collect();
    Blatt {
        diagramme: Vec::new(),
        name: "Bewertungen".to_owned(),
        spalten: spalten(&BEWERTUNGSSPALTEN),
        zeilen,
    }
}

fn eintrag(
    merkmal: &str,
    wert: impl Into<String>,
    bedeutung: impl Into<String>,
) -> Legendeneintrag {
    Legendeneintrag {
        merkmal: merkmal.to_owned(),
        wert: wert.into(),
        bedeutung: bedeutung.into(),
        ampel: None,
    }
}

fn vokabel<T: Copy>(
    l: &mut Vec<Legendeneintrag>,
    merkmal: &str,
    alle: &[T],
    name: impl Fn(T) -> &'static str,
    bedeutung: impl Fn(T) -> &'static str,
) {
    l.extend(
        alle.iter()
            .map(|&w| eintrag(merkmal, name(w), bedeutung(w))),
    );
}

/// Every value used in the sheets, the scales and every computed column.
fn legende(a: &Stakeholderanalyse, stichtag: Datum) -> Vec<Legendeneintrag> {
    let skala = a.skala();
    let achse = a.einstellungen.y_achse;
    let mut l = Vec::new();
    for stufe in 1..=skala.max() {
        l.push(eintrag(
            "Skala (Einfluss, Interesse, Betroffenheit)",
            stufe.to_string(),
            format!("{} ({})", skala.stufenname(stufe), skala.name()),
        ));
    }
    vokabel(&mut l, "Skala", Skala::ALLE, Skala::name, Skala::bedeutung);
    l.push(eintrag(
        "Umrechnung",
        "3 ↔ 5 Stufen",
        "Bewertungen behalten ihre Skala (Blatt Bewertungen). Auf Stakeholder und Matrix umgerechnet: 1, 2, 3 → 1, 3, 5; 1–2 → 1, 3 → 2, 4–5 → 3",
    ));
    vokabel(
        &mut l,
        "Haltung",
        Haltung::ALLE,
        Haltung::name,
        Haltung::bedeutung,
    );
    vokabel(&mut l, "Typ", Typ::ALLE, Typ::name, Typ::bedeutung);
    vokabel(
        &mut l,
        "intern/extern",
        Zugehoerigkeit::ALLE,
        Zugehoerigkeit::name,
        Zugehoerigkeit::bedeutung,
    );
    vokabel(
        &mut l,
        "Machtbasis",
        Machtbasis::ALLE,
        Machtbasis::name,
        Machtbasis::bedeutung,
    );
    for k in &a.kategorien {
        l.push(eintrag(
            "Kategorie",
            k.name.clone(),
            "Eintrag des Kategorienkatalogs",
        ));
    }
    for k in &a.kanaele {
        l.push(eintrag(
            "Kanal",
            k.name.clone(),
            "Eintrag des Kanalkatalogs",
        ));
    }
    for k in &a.frequenzen {
        l.push(eintrag(
            "Frequenz",
            k.name.clone(),
            "Eintrag des Frequenzkatalogs",
        ));
    }
    for &q in Quadrant::ALLE {
        l.push(eintrag("Quadrant", q.name(), q.bedeutung()));
    }
    for e in (0..3).rev() {
        for y in (0..3).rev() {
            l.push(eintrag(
                "Feld (3×3)",
                calc::feldstrategie(e, y),
                format!(
                    "Einfluss {}, {} {}",
                    calc::BANDNAMEN[e as usize],
                    achse.name(),
                    calc::BANDNAMEN[y as usize]
                ),
            ));
        }
    }
    vokabel(
        &mut l,
        "Raster",
        Raster::ALLE,
        Raster::name,
        Raster::bedeutung,
    );
    vokabel(
        &mut l,
        "y-Achse",
        YAchse::ALLE,
        YAchse::name,
        YAchse::bedeutung,
    );
    vokabel(
        &mut l,
        "Beziehungsart",
        Beziehungsart::ALLE,
        Beziehungsart::name,
        Beziehungsart::bedeutung,
    );
    l.push(eintrag(
        "Stärke",
        format!("1–{MAX_STAERKE}"),
        "1 = schwach, 2 = mittel, 3 = stark",
    ));
    vokabel(
        &mut l,
        "Status (Maßnahme)",
        Massnahmenstatus::ALLE,
        Massnahmenstatus::name,
        Massnahmenstatus::bedeutung,
    );
    l.push(eintrag(
        "Priorität",
        "berechnet",
        format!(
            "Einfluss × max(Interesse, Betroffenheit); 1 bis {}",
            u16::from(skala.max()) * u16::from(skala.max())
        ),
    ));
    l.push(eintrag(
        "Gap",
        "berechnet",
        "Haltung (Soll) − Haltung (Ist), von −4 bis +4",
    ));
    l.push(eintrag(
        "Kritisch",
        "berechnet",
        "Einfluss hoch (über der Skalenmitte) und Haltung (Ist) skeptisch oder ablehnend",
    ));
    l.push(eintrag(
        "Quadrant",
        "berechnet",
        format!(
            "aus Einfluss und {} am Bewertungsstichtag; hoch = über der Skalenmitte",
            achse.name()
        ),
    ));
    l.push(eintrag(
        "Bewertungsstichtag",
        stichtag.deutsch(),
        "Es gilt je Stakeholder die neueste Bewertung bis zu diesem Tag",
    ));
    l.push(eintrag(
        "Vertraulich",
        "WAHR",
        "Vertrauliche Stakeholder werden nur auf ausdrücklichen Wunsch exportiert",
    ));
    l
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

    use super::*;
    use crate::export::{xlsx, Zeitstempel};
    use crate::tools::multiprojektplan::model::Projekt;
    use crate::tools::stakeholderanalyse::examples;

    fn d(text: &str) -> Datum {
        Datum::aus_iso(text).unwrap()
    }

    const HEUTE: &str = "2026-11-28";

    fn info() -> Info {
        Info {
            titel: "Stakeholderanalyse".into(),
            arbeitsbereich: "Test".into(),
            behoerde: String::new(),
            ressort: String::new(),
            stand: None,
            exportiert_am: Zeitstempel {
                datum: d(HEUTE),
                stunde: 12,
                minute: 0,
            },
            app_version: "0.2.0".into(),
            datenversion: 2,
            einstufung: String::new(),
            hinweise: Vec::new(),
        }
    }

    fn blatt<'a>(m: &'a Mappe, name: &str) -> &'a Blatt {
        m.blaetter.iter().find(|b| b.name == name).unwrap()
    }

    fn spalte(b: &Blatt, name: &str) -> usize {
        b.spalten.iter().position(|s| s == name).unwrap()
    }

    fn zeile<'a>(b: &'a Blatt, name: &str) -> &'a [Zelle] {
        let i = spalte(
            b,
            if b.name == "Stakeholder" {
                "Name/Bezeichnung"
            } else {
                "Stakeholder"
            },
        );
        b.zeilen
            .iter()
            .find(|z| z[i] == Zelle::Text(name.into()))
            .unwrap()
    }

    fn analyse() -> (Stakeholderanalyse, Multiprojektplan) {
        let mut a = examples::beispiel(d(HEUTE));
        let mut plan = Multiprojektplan::default();
        let p = plan.speichere_projekt(Projekt {
            kennung: "P-2026-001".into(),
            titel: "Wohngeld digital".into(),
            ..Projekt::default()
        });
        a.projekte = vec![p, 999];
        a.stakeholder[0].projekte = vec![p];
        (a, plan)
    }

    #[test]
    fn vertrauliche_bleiben_standardmaessig_draussen() {
        let (a, plan) = analyse();
        let m = mappe(&a, &plan, info(), d(HEUTE), false);
        assert_eq!(
            m.blaetter
                .iter()
                .map(|b| b.name.as_str())
                .collect::<Vec<_>>(),
            BLAETTER
        );
        let s = blatt(&m, "Stakeholder");
        assert_eq!(s.zeilen.len(), 7);
        let alle_texte = |m: &Mappe| -> String {
            m.blaetter
                .iter()
                .flat_map(|b| b.zeilen.iter().flatten())
                .filter_map(|z| match z {
                    Zelle::Text(t) => Some(t.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join("|")
        };
        let texte = alle_texte(&m);
        assert!(!texte.contains("Referatsleiter Organisation"));
        assert!(!texte.contains("Vertrauliches Gespräch"));
        assert!(!texte.contains("Geschäftsverteilung"));
        assert_eq!(blatt(&m, "Massnahmen").zeilen.len(), 3);
        assert_eq!(blatt(&m, "Kommunikationsplan").zeilen.len(), 4);
        assert_eq!(blatt(&m, "Beziehungen").zeilen.len(), 4);
        assert_eq!(
            m.info.hinweise[0],
            (
                "Vertrauliche Stakeholder".to_owned(),
                "1 nicht enthalten (mit ihren Maßnahmen, Kommunikationsplan-Einträgen und Beziehungen)".to_owned()
            )
        );
        assert_eq!(m.info.stand, Some(d(HEUTE)));
        assert_eq!(
            m.info.hinweise[2].1,
            "P-2026-001 Wohngeld digital, (gelöschtes Projekt 999)"
        );

        let m = mappe(&a, &plan, info(), d(HEUTE), true);
        assert_eq!(blatt(&m, "Stakeholder").zeilen.len(), 8);
        assert!(alle_texte(&m).contains("Referatsleiter Organisation"));
        assert_eq!(blatt(&m, "Massnahmen").zeilen.len(), 4);
        assert_eq!(m.info.hinweise[0].1, "1 einbezogen (ausdrücklich gewählt)");
        let s = blatt(&m, "Stakeholder");
        let z = zeile(s, "Referatsleiter Organisation (persönlich)");
        assert_eq!(z[spalte(s, "Vertraulich")], Zelle::Wahr(true));
        assert_eq!(z[spalte(s, "Kritisch")], Zelle::Wahr(true));
    }

    #[test]
    fn stakeholder_und_matrix_mit_berechneten_spalten() {
        let (a, plan) = analyse();
        let m = mappe(&a, &plan, info(), d(HEUTE), false);
        let s = blatt(&m, "Stakeholder");
        // Personalrat today: E3 I3 B3, skeptisch → unterstützend.
        let z = zeile(s, "Personalrat");
        let wert = |name: &str| z[spalte(s, name)].clone();
        assert_eq!(wert("ID"), Zelle::Text(format!("S{}", a.stakeholder[2].id)));
        assert_eq!(wert("Einfluss"), Zelle::Ganzzahl(3));
        assert_eq!(wert("Interesse"), Zelle::Ganzzahl(3));
        assert_eq!(wert("Haltung (Ist)"), Zelle::Text("skeptisch".into()));
        assert_eq!(wert("Gap"), Zelle::Ganzzahl(2));
        assert_eq!(wert("Priorität"), Zelle::Ganzzahl(9));
        assert_eq!(
            wert("Quadrant"),
            Zelle::Text("Key Player – eng einbinden".into())
        );
        assert_eq!(wert("Kritisch"), Zelle::Wahr(true));
        assert_eq!(wert("Kategorie"), Zelle::Text("Personalrat".into()));
        assert_eq!(wert("Machtbasis"), Zelle::Text("formal, zeitlich".into()));
        assert_eq!(wert("Letzte Bewertung am"), Zelle::Datum(d(HEUTE)));
        assert_eq!(wert("Bewertungen"), Zelle::Ganzzahl(2));
        let z0 = zeile(s, "Abteilungsleitung Z");
        assert_eq!(
            z0[spalte(s, "Projekte")],
            Zelle::Text("P-2026-001 Wohngeld digital".into())
        );

        let mx = blatt(&m, "Matrix");
        assert_eq!(
            &mx.spalten[..6],
            [
                "ID",
                "Stakeholder",
                "Einfluss",
                "Interesse",
                "Betroffenheit",
                "Quadrant"
            ]
        );
        let z = zeile(mx, "Personalrat");
        assert_eq!(z[spalte(mx, "Soll-Interesse")], Zelle::Ganzzahl(3));
        assert_eq!(z[spalte(mx, "Haltungswert (Ist)")], Zelle::Ganzzahl(-1));
        let z = zeile(mx, "Haushaltsreferat");
        assert_eq!(
            z[spalte(mx, "Quadrant")],
            Zelle::Text("zufriedenstellen".into())
        );
        assert_eq!(
            z[spalte(mx, "Feld (3×3)")],
            Zelle::Text("zufriedenstellen".into())
        );
        // Assessed two months ago only: still on the grid with that position.
        let z = zeile(mx, "Datenschutzbeauftragte");
        assert_eq!(
            z[spalte(mx, "Feld (3×3)")],
            Zelle::Text("regelmäßig abstimmen".into())
        );

        // At an earlier Stichtag the older position counts.
        let frueher = mappe(&a, &plan, info(), d(HEUTE).plus_tage(-30), false);
        let mx = blatt(&frueher, "Matrix");
        assert_eq!(
            zeile(mx, "Personalrat")[spalte(mx, "Interesse")],
            Zelle::Ganzzahl(2)
        );

        let bw = blatt(&m, "Bewertungen");
        assert_eq!(bw.zeilen.len(), 13);
        assert!(bw
            .zeilen
            .iter()
            .any(|z| z[2] == Zelle::Datum(d(HEUTE).plus_tage(-61))));
    }

    #[test]
    fn fuenf_stufen_werden_umgerechnet_und_die_legende_erklaert_sie() {
        let (mut a, plan) = analyse();
        a.einstellungen.skala = Skala::Fuenf;
        let m = mappe(&a, &plan, info(), d(HEUTE), false);
        let s = blatt(&m, "Stakeholder");
        let z = zeile(s, "Personalrat");
        assert_eq!(z[spalte(s, "Einfluss")], Zelle::Ganzzahl(5));
        assert_eq!(z[spalte(s, "Priorität")], Zelle::Ganzzahl(25));
        // History keeps the raw levels.
        let bw = blatt(&m, "Bewertungen");
        assert!(bw
            .zeilen
            .iter()
            .all(|z| z[3] == Zelle::Text("3 Stufen".into())));
        let werte: Vec<(&str, &str)> = m
            .legende
            .iter()
            .map(|l| (l.merkmal.as_str(), l.wert.as_str()))
            .collect();
        assert!(werte.contains(&("Skala (Einfluss, Interesse, Betroffenheit)", "5")));
        for h in Haltung::ALLE {
            assert!(werte.contains(&("Haltung", h.name())));
        }
        for q in Quadrant::ALLE {
            assert!(werte.contains(&("Quadrant", q.name())));
        }
        assert_eq!(werte.iter().filter(|(m, _)| *m == "Feld (3×3)").count(), 9);
        for spalte in ["Priorität", "Gap", "Kritisch", "Vertraulich"] {
            assert!(werte.iter().any(|(m, _)| *m == spalte), "{spalte}");
        }
        assert!(werte.contains(&("Kanal", "Lenkungsausschuss")));
    }

    fn zellwert(r: &calamine::Range<Data>, zeile: usize, spalte: usize) -> Data {
        r.get_value((zeile as u32, spalte as u32))
            .cloned()
            .unwrap_or(Data::Empty)
    }

    #[test]
    fn excel_datei_enthaelt_die_werte() {
        let (mut a, plan) = analyse();
        a.stakeholder[1].rolle = "=HYPERLINK(\"http://x\")".into();
        for mit in [false, true] {
            let m = mappe(&a, &plan, info(), d(HEUTE), mit);
            let bytes = xlsx::erstellen(&m).expect("Excel-Datei");
            let mut datei: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("lesbar");
            assert_eq!(
                datei.sheet_names(),
                [
                    "Info",
                    "Stakeholder",
                    "Matrix",
                    "Massnahmen",
                    "Kommunikationsplan",
                    "Beziehungen",
                    "Bewertungen",
                    "Legende"
                ]
            );
            let info = datei.worksheet_range("Info").unwrap();
            let zeile = (0..info.height())
                .find(|&z| zellwert(&info, z, 0) == Data::String("Vertrauliche Stakeholder".into()))
                .expect("Zeile zu vertraulichen Stakeholdern");
            let erwartet = if mit {
                "1 einbezogen (ausdrücklich gewählt)"
            } else {
                "1 nicht enthalten (mit ihren Maßnahmen, Kommunikationsplan-Einträgen und Beziehungen)"
            };
            assert_eq!(zellwert(&info, zeile, 1), Data::String(erwartet.into()));

            let r = datei.worksheet_range("Stakeholder").unwrap();
            let b = blatt(&m, "Stakeholder");
            assert_eq!(r.height(), b.zeilen.len() + 1);
            assert_eq!(zellwert(&r, 0, 0), Data::String("ID".into()));
            assert_eq!(
                zellwert(&r, 1, 0),
                Data::String(format!("S{}", a.stakeholder[0].id))
            );
            assert_eq!(
                zellwert(&r, 1, 1),
                Data::String("Abteilungsleitung Z".into())
            );
            assert_eq!(
                zellwert(&r, 1, spalte(b, "Vertraulich")),
                Data::String("nein".into())
            );
            assert_eq!(zellwert(&r, 1, spalte(b, "Einfluss")), Data::Float(3.0));
            assert_eq!(zellwert(&r, 1, spalte(b, "Priorität")), Data::Float(9.0));
            assert_eq!(
                zellwert(&r, 2, spalte(b, "Rolle im Projekt")),
                Data::String("=HYPERLINK(\"http://x\")".into())
            );
            match zellwert(&r, 1, spalte(b, "Letzte Bewertung am")) {
                Data::DateTime(dt) => assert_eq!(
                    dt.as_f64(),
                    (d(HEUTE).tagesnummer() - d("1899-12-30").tagesnummer()) as f64
                ),
                andere => panic!("Datum erwartet, gefunden {andere:?}"),
            }
            let namen: Vec<String> = (1..r.height())
                .map(|z| zellwert(&r, z, 1).to_string())
                .collect();
            assert_eq!(
                namen.iter().any(|n| n.starts_with("Referatsleiter")),
                mit,
                "vertraulich nur auf Wunsch"
            );
            let formeln = datei.worksheet_formula("Stakeholder").unwrap();
            assert!(formeln.used_cells().all(|(_, _, f)| f.is_empty()));
            let mx = datei.worksheet_range("Matrix").unwrap();
            assert_eq!(zellwert(&mx, 0, 5), Data::String("Quadrant".into()));
            assert_eq!(
                zellwert(&mx, 1, 5),
                Data::String("Key Player – eng einbinden".into())
            );
        }
    }

    /// A large analysis (1.000 stakeholders, 4 assessments each) exports completely. Its
    /// timing is printed by `cargo run --release --example messung_stakeholderanalyse`.
    #[test]
    fn grosse_analyse_wird_vollstaendig_exportiert() {
        let a = examples::generiere(1000, 4, d(HEUTE));
        let m = mappe(&a, &Multiprojektplan::default(), info(), d(HEUTE), false);
        xlsx::erstellen(&m).expect("Excel-Datei");
        assert_eq!(blatt(&m, "Stakeholder").zeilen.len(), 900);
        assert_eq!(blatt(&m, "Bewertungen").zeilen.len(), 3600);
        assert_eq!(blatt(&m, "Massnahmen").zeilen.len(), 900);
        assert_eq!(m.info.hinweise[0].1.split(' ').next(), Some("100"));
    }
}
