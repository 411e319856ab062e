//! Example data of the Wissenslandkarte for "Beispiel laden": the same made-up agency as the
//! other tools' examples (Abteilung Z with the OZG-Koordination, the project "Wohngeld
//! digital"). Three levels of Wissensgebiete, persons with and without consent, a role, a team,
//! a document, a system and an external service provider; the only expert for the Wohngeld
//! rules retires six months after `heute`, so the risk list flags that Gebiet, and one
//! Wissensstafette is already planned for another one. All names are invented.
//!
//! [`generiere`] builds large maps for the layout test and measurements.

use super::model::{
    Bestand, Expertise, Gebiet, Kritikalitaet, Massnahmenstatus, Prozessschritt, Traeger,
    Traegerrolle, Traegertyp, Transfer, Transferart, Wissensform, Wissensformat, Wissenslandkarte,
    Zuordnung,
};
use crate::shared::datum::Datum;
use crate::shared::vokabular::{Dimension, Handlungsfeld};

/// A Gebiet of the example: title, parent title ("" at the top), Kritikalität, description.
const GEBIETE: [(&str, &str, Kritikalitaet, &str); 10] = [
    (
        "OZG-Umsetzung",
        "",
        Kritikalitaet::Mittel,
        "Wissen rund um die Digitalisierung der Verwaltungsleistungen.",
    ),
    (
        "Wohngeld digital",
        "OZG-Umsetzung",
        Kritikalitaet::Hoch,
        "Das Projekt, das den Wohngeldantrag online bringt.",
    ),
    (
        "Wohngeldrecht und Sonderfälle",
        "Wohngeld digital",
        Kritikalitaet::Hoch,
        "WoGG, Verwaltungsvorschrift, Härtefälle und Mischhaushalte.",
    ),
    (
        "Antragsstrecke im Fachverfahren",
        "Wohngeld digital",
        Kritikalitaet::Mittel,
        "Formular, Prüfregeln und Übergabe an das Fachverfahren.",
    ),
    (
        "EfA-Nachnutzung",
        "OZG-Umsetzung",
        Kritikalitaet::Gering,
        "Wie fremde Onlinedienste geprüft und angeschlossen werden.",
    ),
    (
        "Haushalt und Mittel",
        "",
        Kritikalitaet::Mittel,
        "Mittelplanung und -bewirtschaftung der OZG-Projekte.",
    ),
    (
        "Projektmittel abrechnen",
        "Haushalt und Mittel",
        Kritikalitaet::Hoch,
        "Verwendungsnachweise und Fristen der Projektmittel.",
    ),
    (
        "IT-Verfahren",
        "",
        Kritikalitaet::Mittel,
        "Betrieb und Schnittstellen der Fachverfahren.",
    ),
    (
        "Schnittstelle zur E-Akte",
        "IT-Verfahren",
        Kritikalitaet::Hoch,
        "Wie Online-Anträge ohne Ausdruck in der E-Akte landen.",
    ),
    (
        "Betrieb des Antragsportals",
        "IT-Verfahren",
        Kritikalitaet::Mittel,
        "Störungen, Updates, Ansprechpartner beim Dienstleister.",
    ),
];

/// The example, dated around `heute`.
pub fn beispiel(heute: Datum) -> Wissenslandkarte {
    let mut k = Wissenslandkarte::default();
    for (titel, eltern, kritikalitaet, beschreibung) in GEBIETE {
        let eltern = k.gebiete.iter().find(|g| g.titel == eltern).map(|g| g.id);
        let (handlungsfeld, dimension) = match eltern.map_or(titel, |_| "") {
            "Haushalt und Mittel" => (
                Some(Handlungsfeld::Programmkoordination),
                Some(Dimension::Kapazitaeten),
            ),
            "IT-Verfahren" => (
                Some(Handlungsfeld::Informationsmanagement),
                Some(Dimension::Strukturen),
            ),
            "OZG-Umsetzung" => (
                Some(Handlungsfeld::Multiprojektmanagement),
                Some(Dimension::Prozesse),
            ),
            _ => (None, None),
        };
        k.speichere_gebiet(Gebiet {
            id: 0,
            titel: titel.into(),
            eltern,
            beschreibung: beschreibung.into(),
            kritikalitaet,
            handlungsfeld,
            dimension,
        });
    }
    let person =
        |name: &str, rolle: &str, oe: &str, bis: Option<Datum>, einwilligung: bool| Traeger {
            typ: Traegertyp::Person,
            bezeichnung: name.into(),
            rolle: rolle.into(),
            oe: oe.into(),
            verfuegbar_bis: bis,
            einwilligung,
            ..Traeger::default()
        };
    let traeger = [
        person(
            "Renate Altmann",
            "Sachgebietsleitung Wohngeld",
            "Referat S 2",
            Some(heute.plus_monate(6)),
            true,
        ),
        person(
            "Jonas Berger",
            "Sachbearbeitung Wohngeld",
            "Referat S 2",
            None,
            true,
        ),
        person(
            "Petra Conrad",
            "Haushaltsbearbeitung OZG",
            "Haushaltsreferat",
            Some(heute.plus_monate(20)),
            false,
        ),
        person(
            "Malte Dorn",
            "Projektleitung Wohngeld digital",
            "OZG-Koordination",
            Some(heute.plus_monate(9)),
            true,
        ),
        Traeger {
            typ: Traegertyp::RolleStelle,
            bezeichnung: "IT-Koordination Fachverfahren".into(),
            oe: "Referat Z 3".into(),
            ..Traeger::default()
        },
        Traeger {
            typ: Traegertyp::Team,
            bezeichnung: "Team OZG-Koordination".into(),
            oe: "Abteilung Z".into(),
            ..Traeger::default()
        },
        Traeger {
            typ: Traegertyp::Dokument,
            bezeichnung: "Handbuch Antragsstrecke Wohngeld".into(),
            oe: "OZG-Koordination".into(),
            ..Traeger::default()
        },
        Traeger {
            typ: Traegertyp::System,
            bezeichnung: "E-Akte Bund".into(),
            oe: "Referat Z 3".into(),
            ..Traeger::default()
        },
        Traeger {
            typ: Traegertyp::Extern,
            bezeichnung: "Dienstleister Antragsportal".into(),
            verfuegbar_bis: Some(heute.plus_monate(30)),
            ..Traeger::default()
        },
    ];
    for t in traeger {
        k.speichere_traeger(t);
    }
    let g = |k: &Wissenslandkarte, titel: &str| {
        k.gebiete
            .iter()
            .find(|g| g.titel == titel)
            .map_or(0, |g| g.id)
    };
    let t = |k: &Wissenslandkarte, name: &str| {
        k.traeger
            .iter()
            .find(|t| t.bezeichnung.starts_with(name))
            .map_or(0, |t| t.id)
    };
    use Traegerrolle::*;
    let (grund, anwendung, experte) = (
        Expertise::Grundkenntnisse,
        Expertise::Anwendung,
        Expertise::Expertise,
    );
    let zuordnungen = [
        (
            "Wohngeldrecht und Sonderfälle",
            "Renate",
            experte,
            Haupttraeger,
        ),
        ("Wohngeldrecht und Sonderfälle", "Jonas", grund, Vertretung),
        (
            "Antragsstrecke im Fachverfahren",
            "Malte",
            experte,
            Haupttraeger,
        ),
        (
            "Antragsstrecke im Fachverfahren",
            "Handbuch",
            anwendung,
            Vertretung,
        ),
        (
            "Antragsstrecke im Fachverfahren",
            "Jonas",
            anwendung,
            Vertretung,
        ),
        ("Wohngeld digital", "Malte", experte, Haupttraeger),
        ("Wohngeld digital", "Team OZG", anwendung, Vertretung),
        ("EfA-Nachnutzung", "Team OZG", experte, Haupttraeger),
        ("Projektmittel abrechnen", "Petra", experte, Haupttraeger),
        ("Haushalt und Mittel", "Petra", experte, Haupttraeger),
        (
            "Schnittstelle zur E-Akte",
            "IT-Koordination",
            experte,
            Haupttraeger,
        ),
        ("Schnittstelle zur E-Akte", "E-Akte", anwendung, Vertretung),
        (
            "Betrieb des Antragsportals",
            "Dienstleister",
            experte,
            Haupttraeger,
        ),
        (
            "Betrieb des Antragsportals",
            "IT-Koordination",
            anwendung,
            Vertretung,
        ),
    ];
    for (gebiet, traeger, expertise, rolle) in zuordnungen {
        let z = Zuordnung {
            id: 0,
            gebiet: g(&k, gebiet),
            traeger: t(&k, traeger),
            expertise,
            rolle,
        };
        k.speichere_zuordnung(z);
    }
    let bestaende = [
        (
            "Handbuch Antragsstrecke Wohngeld",
            "Antragsstrecke im Fachverfahren",
            "E-Akte, Vorgang Z 3 – 1234/26",
            Wissensform::Explizit,
            Wissensformat::Digital,
            "48 Seiten",
            -2,
        ),
        (
            "Sammlung Härtefallentscheidungen",
            "Wohngeldrecht und Sonderfälle",
            "Handakte Frau Altmann, Zimmer 2.14",
            Wissensform::Explizit,
            Wissensformat::Analog,
            "2 Ordner",
            -30,
        ),
        (
            "Erfahrung mit Mischhaushalten",
            "Wohngeldrecht und Sonderfälle",
            "nicht abgelegt",
            Wissensform::Implizit,
            Wissensformat::Analog,
            "",
            0,
        ),
        (
            "Fristenliste Projektmittel",
            "Projektmittel abrechnen",
            "Laufwerk H:/OZG/Haushalt",
            Wissensform::Explizit,
            Wissensformat::Digital,
            "1 Tabelle",
            -1,
        ),
    ];
    for (titel, gebiet, ablageort, form, format, umfang, monate) in bestaende {
        let b = Bestand {
            id: 0,
            titel: titel.into(),
            gebiet: Some(g(&k, gebiet)),
            ablageort: ablageort.into(),
            form,
            format,
            umfang: umfang.into(),
            aktualisiert: (monate != 0).then(|| heute.plus_monate(monate)),
        };
        k.speichere_bestand(b);
    }
    let prozesse: [(&str, &[&str]); 4] = [
        (
            "Wohngeld: Antrag prüfen",
            &[
                "Wohngeldrecht und Sonderfälle",
                "Antragsstrecke im Fachverfahren",
            ],
        ),
        (
            "Wohngeld: Bescheid in die E-Akte",
            &["Schnittstelle zur E-Akte"],
        ),
        (
            "Störung im Antragsportal beheben",
            &["Betrieb des Antragsportals"],
        ),
        ("Projektmittel abrechnen", &["Projektmittel abrechnen"]),
    ];
    for (titel, gebiete) in prozesse {
        let p = Prozessschritt {
            id: 0,
            titel: titel.into(),
            gebiete: gebiete.iter().map(|x| g(&k, x)).collect(),
        };
        k.speichere_prozess(p);
    }
    let stafette = Transfer {
        id: 0,
        art: Transferart::Wissensstafette,
        gebiet: Some(g(&k, "Antragsstrecke im Fachverfahren")),
        geber: Some(t(&k, "Malte")),
        nehmer: Some(t(&k, "Jonas")),
        termin: Some(heute.plus_monate(2)),
        status: Massnahmenstatus::InArbeit,
        notiz: "Drei Sitzungen, moderiert von der OZG-Koordination.".into(),
    };
    k.speichere_transfer(stafette);
    let doku = Transfer {
        id: 0,
        art: Transferart::Dokumentation,
        gebiet: Some(g(&k, "Projektmittel abrechnen")),
        geber: Some(t(&k, "Petra")),
        nehmer: None,
        termin: Some(heute.plus_monate(-1)),
        status: Massnahmenstatus::Erledigt,
        notiz: "Fristenliste angelegt.".into(),
    };
    k.speichere_transfer(doku);
    k
}

/// A large map: `gebiete` Gebiete in three levels (a tenth at the top, three tenths below,
/// the rest at the third level), `traeger` Träger (every third a person without consent, every
/// tenth leaving within the year), each Gebiet with two or three Zuordnungen.
pub fn generiere(gebiete: usize, traeger: usize, heute: Datum) -> Wissenslandkarte {
    let mut k = Wissenslandkarte::default();
    let oben = (gebiete / 10).max(1);
    let mitte = (gebiete * 3 / 10).max(1);
    for i in 0..gebiete {
        let eltern = if i < oben {
            None
        } else if i < oben + mitte {
            Some(k.gebiete[i % oben].id)
        } else {
            Some(k.gebiete[oben + i % mitte].id)
        };
        let kritikalitaet = Kritikalitaet::ALLE[i % 3];
        k.speichere_gebiet(Gebiet {
            titel: format!("Gebiet {}", i + 1),
            eltern,
            kritikalitaet,
            ..Gebiet::default()
        });
    }
    for i in 0..traeger {
        k.speichere_traeger(Traeger {
            typ: if i % 7 == 6 {
                Traegertyp::Dokument
            } else {
                Traegertyp::Person
            },
            bezeichnung: format!("Träger {}", i + 1),
            rolle: format!("Rolle {}", i % 12 + 1),
            verfuegbar_bis: (i % 10 == 0).then(|| heute.plus_monate(i as i32 % 11 + 1)),
            einwilligung: i % 3 != 0,
            ..Traeger::default()
        });
    }
    let gebiet_ids: Vec<u32> = k.gebiete.iter().map(|g| g.id).collect();
    let traeger_ids: Vec<u32> = k.traeger.iter().map(|t| t.id).collect();
    if traeger_ids.is_empty() {
        return k;
    }
    for (i, g) in gebiet_ids.into_iter().enumerate() {
        for j in 0..(2 + i % 2) {
            let t = traeger_ids[(i * 2 + j) % traeger_ids.len()];
            k.speichere_zuordnung(Zuordnung {
                id: 0,
                gebiet: g,
                traeger: t,
                expertise: Expertise::ALLE[j % 3],
                rolle: if j == 0 {
                    Traegerrolle::Haupttraeger
                } else {
                    Traegerrolle::Vertretung
                },
            });
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::wissenslandkarte::calc;

    #[test]
    fn beispiel_zeigt_das_risiko_der_ausscheidenden_expertin() {
        let heute = Datum::neu(2026, 12, 1).unwrap();
        let k = beispiel(heute);
        assert!(calc::baum(&k).iter().any(|(_, t)| *t == 2), "drei Ebenen");
        let risiken = calc::risiken(&k, heute);
        let titel: Vec<String> = risiken
            .iter()
            .map(|r| k.gebiet(r.gebiet).unwrap().titel.clone())
            .collect();
        // Altmann (6 months) holds the Wohngeld rules alone; Dorn (9 months) is the only
        // Hauptträger of two Gebiete; Conrad leaves in 20 months: no risk yet.
        assert_eq!(
            titel,
            [
                "Wohngeldrecht und Sonderfälle",
                "Wohngeld digital",
                "Antragsstrecke im Fachverfahren"
            ]
        );
        assert_eq!(risiken[0].wert, 3);
        assert!(
            k.traeger.iter().any(|t| t.name_geschuetzt()),
            "eine Person ohne Einwilligung"
        );
        for z in &k.zuordnungen {
            assert!(k.gebiet(z.gebiet).is_some() && k.traeger(z.traeger).is_some());
        }
        assert_eq!(calc::abdeckung(&k), (3, 4));
    }
}
