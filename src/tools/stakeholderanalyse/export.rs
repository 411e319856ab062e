//! Export of the Stakeholderanalyse: one [`Mappe`] with the sheets Stakeholder, Matrix (so the
//! grid can be rebuilt in Excel), Maßnahmen, Kommunikationsplan, Beziehungen, Bewertungen (the
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
use crate::export::{
    aufzaehlungen, Blatt, Blattauswahl, Info, Legende, Legendeneintrag, Mappe, Tabelle, Zelle,
};
use crate::shared::datum::Datum;
use crate::tools::multiprojektplan::model::Multiprojektplan;

aufzaehlungen!(
    Skala,
    Haltung,
    Typ,
    Zugehoerigkeit,
    Machtbasis,
    Quadrant,
    Raster,
    YAchse,
    Beziehungsart,
    Massnahmenstatus,
);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 6] = [
    "Stakeholder",
    "Matrix",
    "Maßnahmen",
    "Kommunikationsplan",
    "Beziehungen",
    "Bewertungen",
];

/// The workbook; positions are those valid at `stichtag`. Confidential stakeholders and what
/// is linked only to them are left out unless `mit_vertraulichen`. `plan` names linked projects.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(
    analyse: &Stakeholderanalyse,
    plan: &Multiprojektplan,
    mut info: Info,
    stichtag: Datum,
    mit_vertraulichen: bool,
    nur_blatt: Option<usize>,
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
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| stakeholderblatt(&a, plan, stichtag))
            .blatt(|| matrix(&a, stichtag))
            .blatt(|| massnahmen(&a))
            .blatt(|| kommunikation(&a))
            .blatt(|| beziehungen(&a))
            .blatt(|| bewertungen(&a))
            .fertig(),
        legende: legende(&a, stichtag),
    }
}

/// Linked projects as "P-2026-001 Titel"; a deleted project shows its internal id.
pub fn projekte(plan: &Multiprojektplan, ids: &[u32]) -> String {
    ids.iter()
        .map(|&id| match plan.projekt(id) {
            Some(p) => format!("{} {}", p.kennung, p.titel),
            None => crate::shared::text::geloescht("Projekt", &id.to_string()),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn feldname(b: &Bewertung, achse: YAchse) -> &'static str {
    let (e, y) = calc::feld(b.einfluss, calc::y_wert(b, achse), b.skala);
    calc::feldstrategie(e, y)
}

/// The name of a stakeholder as entered (the sheets' second column).
fn name(name: impl Into<String>) -> Zelle {
    Zelle::Text(name.into())
}

fn stakeholderblatt(a: &Stakeholderanalyse, plan: &Multiprojektplan, stichtag: Datum) -> Blatt {
    let achse = a.einstellungen.y_achse;
    let zeilen = a.stakeholder.iter().map(|s| {
        let massnahmen = a
            .massnahmen
            .iter()
            .filter(|m| m.stakeholder.contains(&s.id))
            .count();
        (s, calc::bewertung_am(a, s, stichtag), massnahmen)
    });
    /// The row's assessment at the Stichtag; without one its columns are empty.
    fn bewertet<S, N>((_, b, _): &(S, Option<Bewertung>, N)) -> Option<&Bewertung> {
        b.as_ref()
    }
    Tabelle::neu(BLAETTER[0], zeilen)
        .id("ID", "S", |(s, ..)| s.id)
        .spalte("Name/Bezeichnung", |(s, ..)| name(&s.name))
        .wahr("Vertraulich", |(s, ..)| s.vertraulich)
        .wort("Typ", |(s, ..)| s.typ)
        .wort("intern/extern", |(s, ..)| s.zugehoerigkeit)
        .text("Kategorie", |(s, ..)| {
            calc::katalogname(&a.kategorien, s.kategorie)
        })
        .text("Rolle im Projekt", |(s, ..)| &s.rolle)
        .text("Interessen / Erwartungen", |(s, ..)| &s.interessen)
        .liste("Machtbasis", |(s, ..)| {
            s.machtbasis.iter().map(|m| m.name())
        })
        .ganzzahl("Einfluss", |z| bewertet(z).map(|b| b.einfluss))
        .ganzzahl("Interesse", |z| bewertet(z).map(|b| b.interesse))
        .ganzzahl("Betroffenheit", |z| bewertet(z).map(|b| b.betroffenheit))
        .wort("Haltung (Ist)", |z| bewertet(z).map(|b| b.haltung_ist))
        .wort("Haltung (Soll)", |z| bewertet(z).map(|b| b.haltung_soll))
        .ganzzahl("Engagement-Lücke", |z| bewertet(z).map(calc::gap))
        .ganzzahl("Priorität", |z| bewertet(z).map(calc::prioritaet))
        .wort("Quadrant", |z| {
            bewertet(z).map(|b| calc::quadrant(b.einfluss, calc::y_wert(b, achse), b.skala))
        })
        .text("Feld (3×3)", |z| {
            bewertet(z).map_or("", |b| feldname(b, achse))
        })
        .wahr("Kritisch", |z| {
            bewertet(z).map(|b| calc::kritisch(b, &z.0.machtbasis))
        })
        .text("Kommunikationsstrategie", |(s, ..)| {
            &s.kommunikationsstrategie
        })
        .text("Kanal", |(s, ..)| calc::katalogname(&a.kanaele, s.kanal))
        .text("Frequenz", |(s, ..)| {
            calc::katalogname(&a.frequenzen, s.frequenz)
        })
        .text("Verantwortlich", |(s, ..)| &s.verantwortlich)
        .datum("Letzte Bewertung am", |(s, ..)| s.letzte_bewertung())
        .text("Projekte", |(s, ..)| projekte(plan, &s.projekte))
        .ganzzahl("Maßnahmen", |(.., massnahmen)| *massnahmen)
        .ganzzahl("Bewertungen", |(s, ..)| s.bewertungen.len())
        .blatt()
}

fn matrix(a: &Stakeholderanalyse, stichtag: Datum) -> Blatt {
    let achse = a.einstellungen.y_achse;
    Tabelle::neu(BLAETTER[1], calc::positionen(a, stichtag))
        .id("ID", "S", |p| p.stakeholder.id)
        .spalte("Stakeholder", |p| name(&p.stakeholder.name))
        .ganzzahl("Einfluss", |p| p.bewertung.einfluss)
        .ganzzahl("Interesse", |p| p.bewertung.interesse)
        .ganzzahl("Betroffenheit", |p| p.bewertung.betroffenheit)
        .wort("Quadrant", |p| p.quadrant(achse))
        .text("Feld (3×3)", |p| feldname(&p.bewertung, achse))
        .wort("Haltung (Ist)", |p| p.bewertung.haltung_ist)
        .ganzzahl("Haltungswert (Ist)", |p| p.bewertung.haltung_ist.wert())
        .ganzzahl("Soll-Einfluss", |p| {
            calc::soll_position(&p.bewertung, achse).0
        })
        .ganzzahl("Soll-Interesse", |p| {
            p.bewertung.soll_interesse.unwrap_or(p.bewertung.interesse)
        })
        .ganzzahl("Soll-Betroffenheit", |p| {
            let b = &p.bewertung;
            b.soll_betroffenheit.unwrap_or(b.betroffenheit)
        })
        .wort("Haltung (Soll)", |p| p.bewertung.haltung_soll)
        .ganzzahl("Priorität", |p| calc::prioritaet(&p.bewertung))
        .blatt()
}

fn massnahmen(a: &Stakeholderanalyse) -> Blatt {
    Tabelle::neu(BLAETTER[2], &a.massnahmen)
        .id("ID", "M", |m| m.id)
        .spalte("Titel", |m| Zelle::Text(m.titel.clone()))
        .text("Stakeholder", |m| {
            let namen: Vec<String> = m.stakeholder.iter().map(|&s| a.name(s)).collect();
            namen.join(", ")
        })
        .liste("Stakeholder-IDs", |m| {
            m.stakeholder.iter().map(|s| format!("S{s}"))
        })
        .text("Verantwortlich", |m| &m.verantwortlich)
        .datum("Fällig am", |m| m.faellig)
        .wort("Status", |m| m.status)
        .text("Bemerkung", |m| &m.bemerkung)
        .blatt()
}

fn kommunikation(a: &Stakeholderanalyse) -> Blatt {
    Tabelle::neu(BLAETTER[3], &a.kommunikation)
        .id("ID", "K", |k| k.id)
        .id("Stakeholder-ID", "S", |k| k.stakeholder)
        .spalte("Stakeholder", |k| name(a.name(k.stakeholder)))
        .text("Kanal", |k| calc::katalogname(&a.kanaele, k.kanal))
        .text("Frequenz", |k| calc::katalogname(&a.frequenzen, k.frequenz))
        .text("Verantwortlich", |k| &k.verantwortlich)
        .text("Inhalt / Anlass", |k| &k.inhalt)
        .blatt()
}

fn beziehungen(a: &Stakeholderanalyse) -> Blatt {
    Tabelle::neu(BLAETTER[4], &a.beziehungen)
        .id("ID", "B", |b| b.id)
        .id("Von-ID", "S", |b| b.von)
        .spalte("Von", |b| name(a.name(b.von)))
        .wort("Art", |b| b.art)
        .id("Zu-ID", "S", |b| b.zu)
        .spalte("Zu", |b| name(a.name(b.zu)))
        .ganzzahl("Stärke", |b| b.staerke)
        .text("Bemerkung", |b| &b.bemerkung)
        .blatt()
}

fn bewertungen(a: &Stakeholderanalyse) -> Blatt {
    let zeilen = a
        .stakeholder
        .iter()
        .flat_map(|s| s.bewertungen.iter().map(move |b| (s, b)));
    Tabelle::neu(BLAETTER[5], zeilen)
        .id("ID", "S", |(s, _)| s.id)
        .spalte("Stakeholder", |(s, _)| name(&s.name))
        .datum("Datum", |(_, b)| b.datum)
        .wort("Skala", |(_, b)| b.skala)
        .ganzzahl("Einfluss", |(_, b)| b.einfluss)
        .ganzzahl("Interesse", |(_, b)| b.interesse)
        .ganzzahl("Betroffenheit", |(_, b)| b.betroffenheit)
        .wort("Haltung (Ist)", |(_, b)| b.haltung_ist)
        .wort("Haltung (Soll)", |(_, b)| b.haltung_soll)
        .ganzzahl("Engagement-Lücke", |(_, b)| calc::gap(b))
        .ganzzahl("Soll-Einfluss", |(_, b)| b.soll_einfluss)
        .ganzzahl("Soll-Interesse", |(_, b)| b.soll_interesse)
        .ganzzahl("Soll-Betroffenheit", |(_, b)| b.soll_betroffenheit)
        .text("Notiz", |(_, b)| &b.notiz)
        .blatt()
}

/// Every value used in the sheets, the scales and every computed column.
fn legende(a: &Stakeholderanalyse, stichtag: Datum) -> Vec<Legendeneintrag> {
    let skala = a.skala();
    let achse = a.einstellungen.y_achse;
    let mut l = Legende::neu();
    for stufe in 1..=skala.max() {
        let bedeutung = format!("{} ({})", skala.stufenname(stufe), skala.name());
        l.eintrag(
            "Skala (Einfluss, Interesse, Betroffenheit)",
            stufe.to_string(),
            bedeutung,
        );
    }
    l.aufzaehlung("Skala", Skala::ALLE);
    l.eintrag(
        "Umrechnung",
        "3 ↔ 5 Stufen",
        "Bewertungen behalten ihre Skala (Blatt Bewertungen). Auf Stakeholder und Matrix umgerechnet: 1, 2, 3 → 1, 3, 5; 1–2 → 1, 3 → 2, 4–5 → 3",
    );
    l.aufzaehlung("Haltung", Haltung::ALLE);
    l.aufzaehlung("Typ", Typ::ALLE);
    l.aufzaehlung("intern/extern", Zugehoerigkeit::ALLE);
    l.aufzaehlung("Machtbasis", Machtbasis::ALLE);
    for (merkmal, katalog, bedeutung) in [
        ("Kategorie", &a.kategorien, "Eintrag des Kategorienkatalogs"),
        ("Kanal", &a.kanaele, "Eintrag des Kanalkatalogs"),
        ("Frequenz", &a.frequenzen, "Eintrag des Frequenzkatalogs"),
    ] {
        l.gruppe(merkmal, katalog.iter().map(|k| (&k.name, bedeutung)));
    }
    l.aufzaehlung("Quadrant", Quadrant::ALLE);
    let band = |b: u8| calc::BANDNAMEN[usize::from(b)];
    for e in (0..3).rev() {
        for y in (0..3).rev() {
            let bedeutung = format!("Einfluss {}, {} {}", band(e), achse.name(), band(y));
            l.eintrag("Feld (3×3)", calc::feldstrategie(e, y), bedeutung);
        }
    }
    l.aufzaehlung("Raster", Raster::ALLE);
    l.aufzaehlung("y-Achse", YAchse::ALLE);
    l.aufzaehlung("Beziehungsart", Beziehungsart::ALLE);
    l.eintrag(
        "Stärke",
        format!("1–{MAX_STAERKE}"),
        "1 = schwach, 2 = mittel, 3 = stark",
    );
    l.aufzaehlung("Status (Maßnahme)", Massnahmenstatus::ALLE);
    let hoechste = u16::from(skala.max()) * u16::from(skala.max());
    l.eintrag(
        "Priorität",
        "berechnet",
        format!("Einfluss × max(Interesse, Betroffenheit); 1 bis {hoechste}"),
    )
    .eintrag(
        "Engagement-Lücke",
        "berechnet",
        "Haltung (Soll) − Haltung (Ist), von −4 bis +4",
    )
    .eintrag(
        "Kritisch",
        "berechnet",
        "Einfluss hoch (über der Skalenmitte) und Haltung (Ist) skeptisch oder ablehnend",
    )
    .eintrag(
        "Quadrant",
        "berechnet",
        format!(
            "aus Einfluss und {} am Bewertungsstichtag; hoch = über der Skalenmitte",
            achse.name()
        ),
    )
    .eintrag(
        "Bewertungsstichtag",
        stichtag.deutsch(),
        "Es gilt je Stakeholder die neueste Bewertung bis zu diesem Tag",
    )
    .eintrag(
        "Vertraulich",
        "WAHR",
        "Vertrauliche Stakeholder werden nur auf ausdrücklichen Wunsch exportiert",
    );
    l.into()
}

#[cfg(test)]
mod tests {
    use crate::export::testhilfe::zellwert;
    use std::io::Cursor;

    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

    use super::*;
    use crate::export::xlsx;
    use crate::tools::multiprojektplan::model::Projekt;
    use crate::tools::stakeholderanalyse::examples;

    fn d(text: &str) -> Datum {
        Datum::aus_iso(text).unwrap()
    }

    const HEUTE: &str = "2026-11-28";

    fn info() -> Info {
        crate::export::testhilfe::info("Stakeholderanalyse", d(HEUTE))
    }

    fn blatt<'a>(m: &'a Mappe, name: &str) -> &'a Blatt {
        m.blaetter.iter().find(|b| b.name == name).unwrap()
    }

    fn zeile<'a>(b: &'a Blatt, name: &str) -> &'a [Zelle] {
        let i = b.spalte_nr(if b.name == "Stakeholder" {
            "Name/Bezeichnung"
        } else {
            "Stakeholder"
        });
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
        let m = mappe(&a, &plan, info(), d(HEUTE), false, None);
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
        assert_eq!(blatt(&m, "Maßnahmen").zeilen.len(), 3);
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
            "P-2026-001 Wohngeld digital, Projekt 999 (gelöscht)"
        );

        let m = mappe(&a, &plan, info(), d(HEUTE), true, None);
        assert_eq!(blatt(&m, "Stakeholder").zeilen.len(), 8);
        assert!(alle_texte(&m).contains("Referatsleiter Organisation"));
        assert_eq!(blatt(&m, "Maßnahmen").zeilen.len(), 4);
        assert_eq!(m.info.hinweise[0].1, "1 einbezogen (ausdrücklich gewählt)");
        let s = blatt(&m, "Stakeholder");
        let z = zeile(s, "Referatsleiter Organisation (persönlich)");
        assert_eq!(z[s.spalte_nr("Vertraulich")], Zelle::Wahr(true));
        assert_eq!(z[s.spalte_nr("Kritisch")], Zelle::Wahr(true));
    }

    #[test]
    fn stakeholder_und_matrix_mit_berechneten_spalten() {
        let (a, plan) = analyse();
        let m = mappe(&a, &plan, info(), d(HEUTE), false, None);
        let s = blatt(&m, "Stakeholder");
        // Personalrat today: E3 I3 B3, skeptisch → unterstützend.
        let z = zeile(s, "Personalrat");
        let wert = |name: &str| z[s.spalte_nr(name)].clone();
        assert_eq!(wert("ID"), Zelle::Text(format!("S{}", a.stakeholder[2].id)));
        assert_eq!(wert("Einfluss"), Zelle::Ganzzahl(3));
        assert_eq!(wert("Interesse"), Zelle::Ganzzahl(3));
        assert_eq!(wert("Haltung (Ist)"), Zelle::Text("skeptisch".into()));
        assert_eq!(wert("Engagement-Lücke"), Zelle::Ganzzahl(2));
        assert_eq!(wert("Priorität"), Zelle::Ganzzahl(9));
        assert_eq!(
            wert("Quadrant"),
            Zelle::Text("Schlüsselakteur – eng einbinden".into())
        );
        assert_eq!(wert("Kritisch"), Zelle::Wahr(true));
        assert_eq!(wert("Kategorie"), Zelle::Text("Personalrat".into()));
        assert_eq!(wert("Machtbasis"), Zelle::Text("formal, zeitlich".into()));
        assert_eq!(wert("Letzte Bewertung am"), Zelle::Datum(d(HEUTE)));
        assert_eq!(wert("Bewertungen"), Zelle::Ganzzahl(2));
        let z0 = zeile(s, "Abteilungsleitung Z");
        assert_eq!(
            z0[s.spalte_nr("Projekte")],
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
        assert_eq!(z[mx.spalte_nr("Soll-Interesse")], Zelle::Ganzzahl(3));
        assert_eq!(z[mx.spalte_nr("Haltungswert (Ist)")], Zelle::Ganzzahl(-1));
        let z = zeile(mx, "Haushaltsreferat");
        assert_eq!(
            z[mx.spalte_nr("Quadrant")],
            Zelle::Text("zufriedenstellen".into())
        );
        assert_eq!(
            z[mx.spalte_nr("Feld (3×3)")],
            Zelle::Text("zufriedenstellen".into())
        );
        // Assessed two months ago only: still on the grid with that position.
        let z = zeile(mx, "Datenschutzbeauftragte");
        assert_eq!(
            z[mx.spalte_nr("Feld (3×3)")],
            Zelle::Text("regelmäßig abstimmen".into())
        );

        // At an earlier Stichtag the older position counts.
        let frueher = mappe(&a, &plan, info(), d(HEUTE).plus_tage(-30), false, None);
        let mx = blatt(&frueher, "Matrix");
        assert_eq!(
            zeile(mx, "Personalrat")[mx.spalte_nr("Interesse")],
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
        let m = mappe(&a, &plan, info(), d(HEUTE), false, None);
        let s = blatt(&m, "Stakeholder");
        let z = zeile(s, "Personalrat");
        assert_eq!(z[s.spalte_nr("Einfluss")], Zelle::Ganzzahl(5));
        assert_eq!(z[s.spalte_nr("Priorität")], Zelle::Ganzzahl(25));
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
        for spalte in ["Priorität", "Engagement-Lücke", "Kritisch", "Vertraulich"] {
            assert!(werte.iter().any(|(m, _)| *m == spalte), "{spalte}");
        }
        assert!(werte.contains(&("Kanal", "Lenkungsausschuss")));
    }

    #[test]
    fn excel_datei_enthaelt_die_werte() {
        let (mut a, plan) = analyse();
        a.stakeholder[1].rolle = "=HYPERLINK(\"http://x\")".into();
        for mit in [false, true] {
            let m = mappe(&a, &plan, info(), d(HEUTE), mit, None);
            let bytes = xlsx::erstellen(&m).expect("Excel-Datei");
            let mut datei: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("lesbar");
            assert_eq!(
                datei.sheet_names(),
                [
                    "Info",
                    "Stakeholder",
                    "Matrix",
                    "Maßnahmen",
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
                zellwert(&r, 1, b.spalte_nr("Vertraulich")),
                Data::String("nein".into())
            );
            assert_eq!(zellwert(&r, 1, b.spalte_nr("Einfluss")), Data::Float(3.0));
            assert_eq!(zellwert(&r, 1, b.spalte_nr("Priorität")), Data::Float(9.0));
            assert_eq!(
                zellwert(&r, 2, b.spalte_nr("Rolle im Projekt")),
                Data::String("=HYPERLINK(\"http://x\")".into())
            );
            match zellwert(&r, 1, b.spalte_nr("Letzte Bewertung am")) {
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
                Data::String("Schlüsselakteur – eng einbinden".into())
            );
        }
    }

    /// A large analysis (1.000 stakeholders, 4 assessments each) exports completely. Its
    /// timing is printed by `cargo run --release --example messung_stakeholderanalyse`.
    #[test]
    fn grosse_analyse_wird_vollstaendig_exportiert() {
        let a = examples::generiere(1000, 4, d(HEUTE));
        let m = mappe(
            &a,
            &Multiprojektplan::default(),
            info(),
            d(HEUTE),
            false,
            None,
        );
        xlsx::erstellen(&m).expect("Excel-Datei");
        assert_eq!(blatt(&m, "Stakeholder").zeilen.len(), 900);
        assert_eq!(blatt(&m, "Bewertungen").zeilen.len(), 3600);
        assert_eq!(blatt(&m, "Maßnahmen").zeilen.len(), 900);
        assert_eq!(m.info.hinweise[0].1.split(' ').next(), Some("100"));
    }
}
