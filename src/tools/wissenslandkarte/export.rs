//! Export of the Wissenslandkarte (fachkonzept §2.6, "xlsx export"): the sheets Wissensgebiete
//! (with the path "A > B > C" and the bus factor), Wissenstraeger, Zuordnungen,
//! Wissensbestaende, Risiken (at the Stichtag), Transfermassnahmen, then the Legende.
//!
//! **Consent.** A person without consent appears in every sheet as their Rolle/Stelle with
//! their ID (e.g. "Sachbearbeitung Wohngeld (T4)"), never by name, unless the user includes
//! names explicitly on the export page (`mit_namen`); the sheet "Info" says which.
//! First columns are permanent ids: `G` Gebiet, `T` Träger, `Z` Zuordnung, `B` Bestand,
//! `M` Transfermaßnahme.

use super::calc;
use super::model::{
    Expertise, Kritikalitaet, Massnahmenstatus, Traegerrolle, Traegertyp, Transferart, Wissensform,
    Wissensformat, Wissenslandkarte,
};
use crate::export::{
    aufzaehlungen, Blatt, Blattauswahl, Info, Legende, Legendeneintrag, Mappe, Tabelle,
};
use crate::shared::datum::Datum;
use crate::shared::vokabular::{Dimension, Handlungsfeld};

aufzaehlungen!(
    Kritikalitaet,
    Traegertyp,
    Expertise,
    Traegerrolle,
    Wissensform,
    Wissensformat,
    Transferart
);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 6] = [
    "Wissensgebiete",
    "Wissenstraeger",
    "Zuordnungen",
    "Wissensbestaende",
    "Risiken",
    "Transfermassnahmen",
];

/// The line of the sheet "Info" about persons without consent.
pub const HINWEIS_EINWILLIGUNG: &str = "Personen ohne Einwilligung";

/// The workbook; Risiken at `stichtag`; names of persons without consent only `mit_namen`.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(
    k: &Wissenslandkarte,
    mut info: Info,
    stichtag: Datum,
    mit_namen: bool,
    nur_blatt: Option<usize>,
) -> Mappe {
    let ohne = k.traeger.iter().filter(|t| t.name_geschuetzt()).count();
    info.stand = Some(stichtag);
    info.hinweise.push((
        HINWEIS_EINWILLIGUNG.to_owned(),
        if mit_namen {
            format!("{ohne} mit Namen (ausdrücklich gewählt)")
        } else {
            format!("{ohne} nur mit Rolle/Stelle, ohne Namen")
        },
    ));
    info.hinweise
        .push(("Stichtag der Risiken".to_owned(), stichtag.deutsch()));
    Mappe {
        info,
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| gebiete(k))
            .blatt(|| traeger(k, mit_namen))
            .blatt(|| zuordnungen(k, mit_namen))
            .blatt(|| bestaende(k))
            .blatt(|| risiken(k, stichtag, mit_namen))
            .blatt(|| transfers(k, mit_namen))
            .fertig(),
        legende: legende(),
    }
}

fn name(k: &Wissenslandkarte, id: Option<u32>, mit_namen: bool) -> String {
    id.and_then(|id| k.traeger(id))
        .map(|t| t.anzeigename(mit_namen))
        .unwrap_or_default()
}

fn gebietspfad(k: &Wissenslandkarte, id: Option<u32>) -> String {
    id.map(|id| calc::pfad(k, id)).unwrap_or_default()
}

fn gebiete(k: &Wissenslandkarte) -> Blatt {
    let zeilen = calc::baum(k);
    Tabelle::neu(BLAETTER[0], &zeilen)
        .id("ID", "G", |(g, _)| g.id)
        .text("Wissensgebiet", |(g, _)| &g.titel)
        .text("Pfad", |(g, _)| calc::pfad(k, g.id))
        .ganzzahl("Ebene", |(_, t)| t + 1)
        .spalte("Übergeordnet", |(g, _)| {
            g.eltern.map_or(crate::export::Zelle::Leer, |e| {
                crate::export::Zelle::id("G", e)
            })
        })
        .ganzzahl("Kritikalität", |(g, _)| g.kritikalitaet.wert())
        .ganzzahl("Träger (Busfaktor)", |(g, _)| calc::bus_faktor(k, g.id))
        .text("Handlungsfeld", |(g, _)| {
            g.handlungsfeld.map_or("", Handlungsfeld::name)
        })
        .text("Dimension", |(g, _)| {
            g.dimension.map_or("", Dimension::name)
        })
        .text("Beschreibung", |(g, _)| &g.beschreibung)
        .blatt()
}

fn traeger(k: &Wissenslandkarte, mit_namen: bool) -> Blatt {
    Tabelle::neu(BLAETTER[1], &k.traeger)
        .id("ID", "T", |t| t.id)
        .text("Bezeichnung", |t| t.anzeigename(mit_namen))
        .wort("Typ", |t| t.typ)
        .text("Rolle/Stelle", |t| &t.rolle)
        .text("OE", |t| &t.oe)
        .datum("Verfügbar bis", |t| t.verfuegbar_bis)
        .spalte("Einwilligung", |t| match t.typ {
            Traegertyp::Person => crate::export::Zelle::Wahr(t.einwilligung),
            _ => crate::export::Zelle::Leer,
        })
        .ganzzahl("Gebiete", |t| {
            k.zuordnungen.iter().filter(|z| z.traeger == t.id).count()
        })
        .blatt()
}

fn zuordnungen(k: &Wissenslandkarte, mit_namen: bool) -> Blatt {
    let zeilen: Vec<_> = calc::baum(k)
        .into_iter()
        .flat_map(|(g, _)| calc::zuordnungen_von(k, g.id))
        .collect();
    Tabelle::neu(BLAETTER[2], &zeilen)
        .id("ID", "Z", |z| z.id)
        .id("Gebiet-ID", "G", |z| z.gebiet)
        .text("Wissensgebiet", |z| gebietspfad(k, Some(z.gebiet)))
        .id("Träger-ID", "T", |z| z.traeger)
        .text("Wissensträger", |z| name(k, Some(z.traeger), mit_namen))
        .wort("Expertise", |z| z.expertise)
        .wort("Rolle", |z| z.rolle)
        .blatt()
}

fn bestaende(k: &Wissenslandkarte) -> Blatt {
    Tabelle::neu(BLAETTER[3], &k.bestaende)
        .id("ID", "B", |b| b.id)
        .text("Wissensbestand", |b| &b.titel)
        .text("Wissensgebiet", |b| gebietspfad(k, b.gebiet))
        .text("Ablageort", |b| &b.ablageort)
        .wort("Form", |b| b.form)
        .wort("Format", |b| b.format)
        .text("Umfang", |b| &b.umfang)
        .datum("Zuletzt aktualisiert", |b| b.aktualisiert)
        .blatt()
}

fn risiken(k: &Wissenslandkarte, stichtag: Datum, mit_namen: bool) -> Blatt {
    let zeilen = calc::risiken(k, stichtag);
    Tabelle::neu(BLAETTER[4], &zeilen)
        .id("Gebiet-ID", "G", |r| r.gebiet)
        .text("Wissensgebiet", |r| gebietspfad(k, Some(r.gebiet)))
        .ganzzahl("Risiko", |r| r.wert)
        .ganzzahl("Kritikalität", |r| r.kritikalitaet.wert())
        .ganzzahl("Hauptträger", |r| r.haupttraeger)
        .text("Einziger Hauptträger", |r| name(k, r.einziger, mit_namen))
        .datum("Verfügbar bis", |r| r.abgang)
        .ganzzahl("Träger (Busfaktor)", |r| r.bus_faktor)
        .ganzzahl("Offene Transfermaßnahmen", |r| r.offene_transfers)
        .blatt()
}

fn transfers(k: &Wissenslandkarte, mit_namen: bool) -> Blatt {
    Tabelle::neu(BLAETTER[5], &k.transfers)
        .id("ID", "M", |t| t.id)
        .wort("Art", |t| t.art)
        .text("Wissensgebiet", |t| gebietspfad(k, t.gebiet))
        .text("Gebende Seite", |t| name(k, t.geber, mit_namen))
        .text("Nehmende Seite", |t| name(k, t.nehmer, mit_namen))
        .datum("Termin", |t| t.termin)
        .wort("Status", |t| t.status)
        .text("Notiz", |t| &t.notiz)
        .blatt()
}

/// The Legende: every enumeration, the Kritikalität scale and the computed columns.
pub fn legende() -> Vec<Legendeneintrag> {
    let mut l = Legende::neu();
    for k in Kritikalitaet::ALLE {
        l.eintrag(
            "Kritikalität",
            k.wert().to_string(),
            format!("{}: {}", k.name(), k.bedeutung()),
        );
    }
    l.aufzaehlung("Typ", Traegertyp::ALLE);
    l.aufzaehlung("Expertise", Expertise::ALLE);
    l.aufzaehlung("Rolle", Traegerrolle::ALLE);
    l.aufzaehlung("Form", Wissensform::ALLE);
    l.aufzaehlung("Format", Wissensformat::ALLE);
    l.aufzaehlung("Art", Transferart::ALLE);
    l.aufzaehlung("Status", Massnahmenstatus::ALLE);
    l.gruppe(
        "Handlungsfeld",
        Handlungsfeld::ALLE.map(|h| (h.name(), h.beschreibung())),
    );
    l.gruppe(
        "Dimension",
        Dimension::ALLE.map(|d| (d.name(), "Dimension der UPO-Unterstützung")),
    );
    l.gruppe("Berechnete Spalte", [
        ("Pfad", "Das Wissensgebiet mit allen übergeordneten Gebieten, „A > B > C“"),
        ("Träger (Busfaktor)", "Wie viele verschiedene Wissensträger dem Gebiet selbst zugeordnet sind"),
        ("Risiko", "Kritikalität (1–3), wenn das Gebiet genau einen Hauptträger hat und dieser vor Stichtag + 12 Monate nicht mehr verfügbar ist; sonst 0 (Rekonstruktion, bitte prüfen)"),
        ("Einwilligung", "Nur für Personen: ja = die Person ist mit der Nennung ihres Namens einverstanden"),
        ("Bezeichnung, Wissensträger, Gebende/Nehmende Seite", "Personen ohne Einwilligung erscheinen mit Rolle/Stelle und ID, außer die Namen wurden beim Export ausdrücklich einbezogen"),
    ]);
    l.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testhilfe::zellwert;
    use crate::export::{xlsx, Zelle};
    use crate::tools::wissenslandkarte::examples;
    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
    use std::io::Cursor;

    fn heute() -> Datum {
        Datum::neu(2026, 12, 1).unwrap()
    }

    fn info() -> Info {
        Info {
            arbeitsbereich: "Beispiel".into(),
            ..crate::export::testhilfe::info("Wissenslandkarte", heute())
        }
    }

    /// Every text cell of every sheet, for the consent check.
    fn alle_texte(datei: &mut Xlsx<Cursor<Vec<u8>>>) -> String {
        let mut texte = String::new();
        for name in datei.sheet_names() {
            let r = datei.worksheet_range(&name).unwrap();
            for (_, _, zelle) in r.used_cells() {
                texte.push_str(&zelle.to_string());
                texte.push('\n');
            }
        }
        texte
    }

    /// The workbook written as .xlsx and read back cell by cell: sheet order, paths, risk,
    /// names of persons without consent only on explicit choice.
    #[test]
    fn excel_datei_wird_zelle_fuer_zelle_zurueckgelesen() {
        let k = examples::beispiel(heute());
        for mit_namen in [false, true] {
            let m = mappe(&k, info(), heute(), mit_namen, None);
            let bytes = xlsx::erstellen(&m).expect("Excel-Datei");
            let mut datei: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("lesbar");
            assert_eq!(
                datei.sheet_names(),
                [
                    "Info",
                    "Wissensgebiete",
                    "Wissenstraeger",
                    "Zuordnungen",
                    "Wissensbestaende",
                    "Risiken",
                    "Transfermassnahmen",
                    "Legende"
                ]
            );
            let info = datei.worksheet_range("Info").unwrap();
            let zeile = (0..info.height())
                .find(|&z| zellwert(&info, z, 0) == Data::String(HINWEIS_EINWILLIGUNG.into()))
                .expect("Zeile zur Einwilligung");
            let erwartet = if mit_namen {
                "1 mit Namen (ausdrücklich gewählt)"
            } else {
                "1 nur mit Rolle/Stelle, ohne Namen"
            };
            assert_eq!(zellwert(&info, zeile, 1), Data::String(erwartet.into()));

            // Wissensgebiete: every cell of the third-level row.
            let g = datei.worksheet_range("Wissensgebiete").unwrap();
            let b = &m.blaetter[0];
            assert_eq!(g.height(), 11);
            assert_eq!(
                (0..b.spalten.len())
                    .map(|s| zellwert(&g, 0, s).to_string())
                    .collect::<Vec<_>>(),
                [
                    "ID",
                    "Wissensgebiet",
                    "Pfad",
                    "Ebene",
                    "Übergeordnet",
                    "Kritikalität",
                    "Träger (Busfaktor)",
                    "Handlungsfeld",
                    "Dimension",
                    "Beschreibung"
                ]
            );
            let recht = k
                .gebiete
                .iter()
                .find(|x| x.titel == "Wohngeldrecht und Sonderfälle")
                .unwrap();
            let z = (1..g.height())
                .find(|&z| zellwert(&g, z, 0) == Data::String(format!("G{}", recht.id)))
                .unwrap();
            assert_eq!(
                zellwert(&g, z, 1),
                Data::String("Wohngeldrecht und Sonderfälle".into())
            );
            assert_eq!(
                zellwert(&g, z, 2),
                Data::String(
                    "OZG-Umsetzung > Wohngeld digital > Wohngeldrecht und Sonderfälle".into()
                )
            );
            assert_eq!(zellwert(&g, z, 3), Data::Float(3.0));
            assert_eq!(
                zellwert(&g, z, 4),
                Data::String(format!("G{}", recht.eltern.unwrap()))
            );
            assert_eq!(zellwert(&g, z, 5), Data::Float(3.0));
            assert_eq!(zellwert(&g, z, 6), Data::Float(2.0));
            assert_eq!(zellwert(&g, z, 7), Data::Empty);
            assert_eq!(zellwert(&g, z, 8), Data::Empty);
            assert_eq!(zellwert(&g, z, 9), Data::String(recht.beschreibung.clone()));

            // Wissenstraeger: the person without consent.
            let t = datei.worksheet_range("Wissenstraeger").unwrap();
            let bt = &m.blaetter[1];
            let conrad = k.traeger.iter().find(|x| x.name_geschuetzt()).unwrap();
            let z = (1..t.height())
                .find(|&z| zellwert(&t, z, 0) == Data::String(format!("T{}", conrad.id)))
                .unwrap();
            let name = if mit_namen {
                "Petra Conrad".to_owned()
            } else {
                format!("Haushaltsbearbeitung OZG (T{})", conrad.id)
            };
            assert_eq!(
                zellwert(&t, z, bt.spalte_nr("Bezeichnung")),
                Data::String(name)
            );
            assert_eq!(
                zellwert(&t, z, bt.spalte_nr("Typ")),
                Data::String("Person".into())
            );
            assert_eq!(
                zellwert(&t, z, bt.spalte_nr("Rolle/Stelle")),
                Data::String("Haushaltsbearbeitung OZG".into())
            );
            assert_eq!(
                zellwert(&t, z, bt.spalte_nr("OE")),
                Data::String("Haushaltsreferat".into())
            );
            assert_eq!(
                zellwert(&t, z, bt.spalte_nr("Einwilligung")),
                Data::String("nein".into())
            );
            assert_eq!(zellwert(&t, z, bt.spalte_nr("Gebiete")), Data::Float(2.0));
            match zellwert(&t, z, bt.spalte_nr("Verfügbar bis")) {
                Data::DateTime(dt) => assert_eq!(
                    dt.as_f64(),
                    (heute().plus_monate(20).tagesnummer()
                        - Datum::neu(1899, 12, 30).unwrap().tagesnummer())
                        as f64
                ),
                andere => panic!("Datum erwartet, gefunden {andere:?}"),
            }
            let texte = alle_texte(&mut datei);
            assert_eq!(
                texte.contains("Petra Conrad"),
                mit_namen,
                "Name nur auf ausdrücklichen Wunsch"
            );
            assert_eq!(texte.contains("Conrad"), mit_namen);
            assert!(
                texte.contains("Renate Altmann"),
                "mit Einwilligung steht der Name da"
            );

            // Risiken: the retiring expert's Gebiet first, with Risiko 3.
            let r = datei.worksheet_range("Risiken").unwrap();
            let br = &m.blaetter[4];
            assert_eq!(r.height(), 4);
            assert_eq!(zellwert(&r, 1, 0), Data::String(format!("G{}", recht.id)));
            assert_eq!(zellwert(&r, 1, br.spalte_nr("Risiko")), Data::Float(3.0));
            assert_eq!(
                zellwert(&r, 1, br.spalte_nr("Einziger Hauptträger")),
                Data::String("Renate Altmann".into())
            );
            assert_eq!(
                zellwert(&r, 1, br.spalte_nr("Hauptträger")),
                Data::Float(1.0)
            );

            // Zuordnungen and transfers by their words.
            let zu = datei.worksheet_range("Zuordnungen").unwrap();
            assert_eq!(zu.height(), k.zuordnungen.len() + 1);
            let bz = &m.blaetter[2];
            assert!(
                (1..zu.height()).any(|z| zellwert(&zu, z, bz.spalte_nr("Rolle"))
                    == Data::String("Hauptträger".into())
                    && zellwert(&zu, z, bz.spalte_nr("Expertise"))
                        == Data::String("Expertise".into()))
            );
            let tr = datei.worksheet_range("Transfermassnahmen").unwrap();
            assert_eq!(zellwert(&tr, 1, 1), Data::String("Wissensstafette".into()));
            assert_eq!(zellwert(&tr, 1, 6), Data::String("in Arbeit".into()));
            let formeln = datei.worksheet_formula("Wissensgebiete").unwrap();
            assert!(formeln.used_cells().all(|(_, _, f)| f.is_empty()));
        }
    }

    #[test]
    fn legende_erklaert_jede_aufzaehlung() {
        let m = mappe(&examples::beispiel(heute()), info(), heute(), false, None);
        let werte: Vec<(&str, &str)> = m
            .legende
            .iter()
            .map(|l| (l.merkmal.as_str(), l.wert.as_str()))
            .collect();
        for t in Traegertyp::ALLE {
            assert!(werte.contains(&("Typ", t.name())));
        }
        for a in Transferart::ALLE {
            assert!(werte.contains(&("Art", a.name())));
        }
        assert!(werte.contains(&("Kritikalität", "3")));
        assert!(werte.contains(&("Berechnete Spalte", "Risiko")));
        // Every word in the data sheets' enum columns is explained.
        for b in &m.blaetter {
            for spalte in [
                "Typ",
                "Expertise",
                "Rolle",
                "Form",
                "Format",
                "Art",
                "Status",
            ] {
                let Some(nr) = b.spalten.iter().position(|s| s == spalte) else {
                    continue;
                };
                for z in &b.zeilen {
                    if let Zelle::Text(w) = &z[nr] {
                        assert!(werte.contains(&(spalte, w.as_str())), "{spalte}: {w}");
                    }
                }
            }
        }
    }
}
