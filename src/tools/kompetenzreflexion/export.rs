//! Export of the Kompetenzreflexion: Info, Rollen, Kompetenzen, Soll_Profile (the matrix
//! Kompetenz × Rolle), Einschaetzungen (long form: one row per person × competence × date),
//! Gaps (current gaps ≥ 1 with priority), Massnahmen, Legende.
//!
//! **Names stay out unless included.** Ratings of named persons are personal data
//! (fachkonzept §1.4): by default every person appears by code only ("TN 1"); the column
//! "Name" is written only when the user includes names explicitly on the export page
//! (`mit_namen`), and the Info sheet says which was chosen.
//!
//! Levels are written as whole numbers 1–3 (so they can be averaged and filtered); the
//! Legende names each. First columns are permanent ids: `R` role, `K` competence, `E` rating,
//! `T` person (Teilnehmende), `M` measure.

use super::calc;
use super::model::{Kompetenzbereich, Kompetenzreflexion, Massnahmenstatus, Niveau, Person};
use crate::export::{
    aufzaehlungen, Blatt, Blattauswahl, Info, Legende, Legendeneintrag, Mappe, Tabelle, Zelle,
};

aufzaehlungen!(Niveau, Kompetenzbereich);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 6] = [
    "Rollen",
    "Kompetenzen",
    "Soll_Profile",
    "Einschaetzungen",
    "Gaps",
    "Massnahmen",
];

/// Marker of a catalogue entry nobody has confirmed yet.
pub const BITTE_PRUEFEN: &str = "bitte prüfen";

/// The workbook; names of persons only with `mit_namen`.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(
    k: &Kompetenzreflexion,
    mut info: Info,
    mit_namen: bool,
    nur_blatt: Option<usize>,
) -> Mappe {
    let benannt = k
        .personen
        .iter()
        .filter(|p| !p.name.trim().is_empty())
        .count();
    info.hinweise.push((
        "Namen der Teilnehmenden".to_owned(),
        if mit_namen {
            format!("einbezogen (ausdrücklich gewählt; {benannt} mit Namen erfasst) – personenbezogene Daten, nur an Berechtigte weitergeben")
        } else {
            format!("nicht enthalten, nur Kennungen wie „TN 1“ ({benannt} Namen ausgelassen)")
        },
    ));
    Mappe {
        info,
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| rollen(k))
            .blatt(|| kompetenzen(k))
            .blatt(|| soll_profile(k))
            .blatt(|| einschaetzungen(k, mit_namen))
            .blatt(|| gaps(k, mit_namen))
            .blatt(|| massnahmen(k, mit_namen))
            .fertig(),
        legende: legende(),
    }
}

fn pruefen(bitte_pruefen: bool) -> &'static str {
    if bitte_pruefen {
        BITTE_PRUEFEN
    } else {
        ""
    }
}

fn rollenname(k: &Kompetenzreflexion, p: &Person) -> String {
    p.rolle
        .and_then(|r| k.rolle(r))
        .map(|r| r.name.clone())
        .unwrap_or_default()
}

fn kompetenzname(k: &Kompetenzreflexion, id: u32) -> String {
    k.kompetenz(id).map(|x| x.name.clone()).unwrap_or_default()
}

/// Adds the person columns: ID and code always, "Name" only when names are included.
fn personenspalten<'a, T: 'a>(
    t: Tabelle<'a, T>,
    mit_namen: bool,
    person: impl Fn(&T) -> Option<&'a Person> + Copy + 'a,
) -> Tabelle<'a, T> {
    let t = t
        .spalte("Person-ID", move |z| {
            person(z).map_or(Zelle::Leer, |p| Zelle::id("T", p.id))
        })
        .text("Kennung", move |z| {
            person(z).map_or("", |p| p.kennung.as_str())
        });
    if mit_namen {
        t.text("Name", move |z| person(z).map_or("", |p| p.name.as_str()))
    } else {
        t
    }
}

fn rollen(k: &Kompetenzreflexion) -> Blatt {
    Tabelle::neu(BLAETTER[0], &k.rollen)
        .id("ID", "R", |r| r.id)
        .text("Rolle", |r| &r.name)
        .text("Aufgaben", |r| &r.aufgaben)
        .text("Verantwortlichkeiten", |r| &r.verantwortlichkeiten)
        .ganzzahl("Kompetenzen im Soll-Profil", |r| {
            k.soll.iter().filter(|s| s.rolle == r.id).count()
        })
        .ganzzahl("Personen", |r| {
            k.personen.iter().filter(|p| p.rolle == Some(r.id)).count()
        })
        .text("Status", |r| pruefen(r.bitte_pruefen))
        .blatt()
}

fn kompetenzen(k: &Kompetenzreflexion) -> Blatt {
    Tabelle::neu(BLAETTER[1], k.kompetenzen_geordnet())
        .id("ID", "K", |x| x.id)
        .wort("Kompetenzbereich", |x| x.bereich)
        .text("Kompetenz", |x| &x.name)
        .text("Beschreibung", |x| &x.beschreibung)
        .text("Status", |x| pruefen(x.bitte_pruefen))
        .blatt()
}

fn soll_profile(k: &Kompetenzreflexion) -> Blatt {
    Tabelle::neu(BLAETTER[2], k.kompetenzen_geordnet())
        .id("ID", "K", |x| x.id)
        .wort("Kompetenzbereich", |x| x.bereich)
        .text("Kompetenz", |x| &x.name)
        .je(&k.rollen, |t, r| {
            t.ganzzahl(r.name.clone(), move |x| {
                k.sollwert(r.id, x.id).map(|s| s.niveau.wert())
            })
        })
        .liste("Kritisch für", |x| {
            k.rollen
                .iter()
                .filter(|r| k.sollwert(r.id, x.id).is_some_and(|s| s.kritisch))
                .map(|r| r.name.as_str())
                .collect::<Vec<_>>()
        })
        .blatt()
}

fn einschaetzungen(k: &Kompetenzreflexion, mit_namen: bool) -> Blatt {
    let zeilen: Vec<_> = k
        .einschaetzungen
        .iter()
        .map(|e| (e, k.person(e.person)))
        .collect();
    Tabelle::neu(BLAETTER[3], &zeilen)
        .id("ID", "E", |(e, _)| e.id)
        .mit(|t| personenspalten(t, mit_namen, |(_, p): &&(_, Option<&Person>)| *p))
        .text("Rolle", |(_, p)| {
            p.map(|p| rollenname(k, p)).unwrap_or_default()
        })
        .id("Kompetenz-ID", "K", |(e, _)| e.kompetenz)
        .text("Kompetenz", |(e, _)| kompetenzname(k, e.kompetenz))
        .datum("Datum", |(e, _)| e.datum)
        .ganzzahl("Selbst", |(e, _)| e.selbst.map(Niveau::wert))
        .ganzzahl("Fremd", |(e, _)| e.fremd.map(Niveau::wert))
        .ganzzahl("Ist", |(e, _)| calc::ist(e).map(Niveau::wert))
        .text("Kommentar", |(e, _)| &e.kommentar)
        .blatt()
}

fn gaps(k: &Kompetenzreflexion, mit_namen: bool) -> Blatt {
    let zeilen: Vec<_> = calc::luecken(k)
        .into_iter()
        .map(|l| (k.person(l.person), l))
        .collect();
    Tabelle::neu(BLAETTER[4], &zeilen)
        .mit(|t| personenspalten(t, mit_namen, |(p, _): &&(Option<&Person>, calc::Luecke)| *p))
        .text("Rolle", |(p, _)| {
            p.map(|p| rollenname(k, p)).unwrap_or_default()
        })
        .id("Kompetenz-ID", "K", |(_, l)| l.kompetenz)
        .text("Kompetenz", |(_, l)| kompetenzname(k, l.kompetenz))
        .ganzzahl("Soll", |(_, l)| l.zelle.soll.map(Niveau::wert))
        .ganzzahl("Selbst", |(_, l)| l.zelle.selbst.map(Niveau::wert))
        .ganzzahl("Fremd", |(_, l)| l.zelle.fremd.map(Niveau::wert))
        .ganzzahl("Ist", |(_, l)| l.zelle.ist.map(Niveau::wert))
        .ganzzahl("Gap", |(_, l)| l.zelle.gap)
        .spalte("Kritisch", |(_, l)| Zelle::Wahr(l.zelle.kritisch))
        .spalte("Priorität", |(_, l)| Zelle::Wahr(l.zelle.prioritaer()))
        .ganzzahl("Maßnahmen", |(_, l)| {
            calc::hat_massnahme(k, l.person, l.kompetenz)
        })
        .blatt()
}

fn massnahmen(k: &Kompetenzreflexion, mit_namen: bool) -> Blatt {
    let zeilen: Vec<_> = k
        .massnahmen
        .iter()
        .map(|m| (m, m.person.and_then(|p| k.person(p))))
        .collect();
    Tabelle::neu(BLAETTER[5], &zeilen)
        .id("ID", "M", |(m, _)| m.id)
        .text("Maßnahme", |(m, _)| &m.titel)
        .mit(|t| personenspalten(t, mit_namen, |(_, p): &&(_, Option<&Person>)| *p))
        .text("Für", |(m, _)| {
            if m.person.is_none() {
                "ganzes Team"
            } else {
                ""
            }
        })
        .id("Kompetenz-ID", "K", |(m, _)| m.kompetenz)
        .text("Kompetenz", |(m, _)| kompetenzname(k, m.kompetenz))
        .text("Verantwortlich", |(m, _)| &m.verantwortlich)
        .datum("Termin", |(m, _)| m.termin)
        .wort("Status", |(m, _)| m.status)
        .blatt()
}

/// The Legende: levels, areas, states and computed columns.
pub fn legende() -> Vec<Legendeneintrag> {
    let mut l = Legende::neu();
    l.aufzaehlung("Niveau (Soll, Selbst, Fremd, Ist)", Niveau::ALLE);
    l.aufzaehlung("Kompetenzbereich", Kompetenzbereich::ALLE);
    l.aufzaehlung("Status", Massnahmenstatus::ALLE);
    l.gruppe("Berechnete Spalte", [
        ("Ist", "Fremdeinschätzung, wenn vorhanden, sonst Selbsteinschätzung – aus der neuesten Einschätzung (unsere Regel, bitte prüfen)"),
        ("Gap", "Soll − Ist (Soll aus dem Soll-Profil der Rolle der Person); nur Lücken ab 1 stehen im Blatt Gaps"),
        ("Priorität", "ja bei Gap ≥ 2 oder Gap ≥ 1 in einer für die Rolle kritischen Kompetenz"),
        ("Kritisch für", "Rollen, für die die Kompetenz als kritisch markiert ist"),
        ("Status (Rollen, Kompetenzen)", "„bitte prüfen“: Vorgabe aus unserer Rekonstruktion, noch nicht bestätigt"),
        ("Kennung", "anonyme Kennung der Person (z. B. TN 1); Namen nur, wenn beim Export ausdrücklich gewählt"),
    ]);
    l.into()
}

#[cfg(test)]
mod tests {
    use crate::export::testhilfe::zellwert;
    use std::io::Cursor;

    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

    use super::*;
    use crate::export::xlsx;
    use crate::shared::datum::Datum;
    use crate::tools::kompetenzreflexion::examples;

    fn heute() -> Datum {
        Datum::neu(2026, 12, 3).unwrap()
    }

    fn info() -> Info {
        crate::export::testhilfe::info("Kompetenzreflexion", heute())
    }

    fn kopf(r: &calamine::Range<Data>) -> Vec<String> {
        (0..r.width())
            .map(|s| zellwert(r, 0, s).to_string())
            .collect()
    }

    fn alle_texte(r: &calamine::Range<Data>) -> Vec<String> {
        r.rows()
            .flat_map(|z| z.iter().map(|d| d.to_string()))
            .collect()
    }

    /// Reads the workbook back cell by cell: names are nowhere without the choice, in the
    /// column "Name" with it; levels are numbers, dates real dates, the matrix holds the
    /// Soll-Profil.
    #[test]
    fn excel_datei_ohne_namen_ausser_ausdruecklich_gewaehlt() {
        let k = examples::beispiel(heute());
        let namen: Vec<String> = k
            .personen
            .iter()
            .map(|p| p.name.clone())
            .filter(|n| !n.is_empty())
            .collect();
        assert!(namen.len() >= 3, "das Beispiel hat Namen");
        for mit in [false, true] {
            let bytes = xlsx::erstellen(&mappe(&k, info(), mit, None)).expect("Excel-Datei");
            let mut datei: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("lesbar");
            let mut erwartet = vec!["Info"];
            erwartet.extend(BLAETTER);
            erwartet.push("Legende");
            assert_eq!(datei.sheet_names(), erwartet);
            let mut gefunden = 0;
            for blatt in datei.sheet_names() {
                let r = datei.worksheet_range(&blatt).unwrap();
                let texte = alle_texte(&r);
                for n in &namen {
                    if texte.iter().any(|t| t.contains(n.as_str())) {
                        gefunden += 1;
                    }
                }
                if blatt != "Info" && blatt != "Legende" {
                    assert_eq!(
                        kopf(&r).contains(&"Name".to_owned()),
                        mit && ["Einschaetzungen", "Gaps", "Massnahmen"].contains(&blatt.as_str()),
                        "{blatt}"
                    );
                }
            }
            if mit {
                assert!(gefunden >= namen.len(), "Namen stehen drin, wenn gewählt");
            } else {
                assert_eq!(gefunden, 0, "kein Name ohne ausdrückliche Wahl");
            }
            let info = datei.worksheet_range("Info").unwrap();
            let hinweis = alle_texte(&info)
                .into_iter()
                .find(|t| t.starts_with("nicht enthalten") || t.starts_with("einbezogen"))
                .unwrap();
            assert_eq!(hinweis.starts_with("einbezogen"), mit);

            // Einschaetzungen: one row per stored rating, typed cells.
            let e = datei.worksheet_range("Einschaetzungen").unwrap();
            let kopf_e = kopf(&e);
            let spalte = |name: &str| kopf_e.iter().position(|k| k == name).unwrap();
            assert_eq!(e.height() - 1, k.einschaetzungen.len());
            let erste = &k.einschaetzungen[0];
            assert_eq!(zellwert(&e, 1, 0), Data::String(format!("E{}", erste.id)));
            assert_eq!(
                zellwert(&e, 1, spalte("Kennung")),
                Data::String(k.person(erste.person).unwrap().kennung.clone())
            );
            assert!(matches!(
                zellwert(&e, 1, spalte("Datum")),
                Data::DateTime(_)
            ));
            assert_eq!(
                zellwert(&e, 1, spalte("Selbst")),
                Data::Float(f64::from(erste.selbst.unwrap().wert()))
            );
            assert_eq!(
                zellwert(&e, 1, spalte("Ist")),
                Data::Float(f64::from(calc::ist(erste).unwrap().wert()))
            );

            // Soll_Profile: a column per role with the level.
            let s = datei.worksheet_range("Soll_Profile").unwrap();
            let kopf_s = kopf(&s);
            let r = &k.rollen[0];
            let rs = kopf_s.iter().position(|h| *h == r.name).unwrap();
            let komp = k.kompetenzen_geordnet()[0];
            assert_eq!(zellwert(&s, 1, 2), Data::String(komp.name.clone()));
            assert_eq!(
                zellwert(&s, 1, rs),
                Data::Float(f64::from(k.sollwert(r.id, komp.id).unwrap().niveau.wert()))
            );

            // Gaps: the computed list, priority as ja/nein.
            let g = datei.worksheet_range("Gaps").unwrap();
            let kopf_g = kopf(&g);
            let luecken = calc::luecken(&k);
            assert_eq!(g.height() - 1, luecken.len());
            let gap = kopf_g.iter().position(|h| h == "Gap").unwrap();
            let prio = kopf_g.iter().position(|h| h == "Priorität").unwrap();
            assert_eq!(
                zellwert(&g, 1, gap),
                Data::Float(f64::from(luecken[0].zelle.gap.unwrap()))
            );
            assert_eq!(zellwert(&g, 1, prio), Data::String("ja".into()));

            // Massnahmen with their status word.
            let m = datei.worksheet_range("Massnahmen").unwrap();
            assert_eq!(m.height() - 1, k.massnahmen.len());
            let status = kopf(&m).iter().position(|h| h == "Status").unwrap();
            assert_eq!(
                zellwert(&m, 1, status),
                Data::String(k.massnahmen[0].status.name().into())
            );
        }
    }

    #[test]
    fn legende_nennt_niveaus_und_regeln() {
        let l = legende();
        for n in Niveau::ALLE {
            assert!(l.iter().any(|e| e.wert == n.name()));
        }
        assert!(l.iter().any(|e| e.wert == "Priorität"));
    }
}
