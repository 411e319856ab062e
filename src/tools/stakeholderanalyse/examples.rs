//! Example data of the Stakeholderanalyse: [`beispiel`], a small, realistic analysis of an OZG
//! project for new users ("Beispiel laden") and for tests, and [`generiere`], a deterministic
//! large analysis for load tests.
//!
//! Dates are relative to the `heute` passed in: every stakeholder was assessed about two
//! months ago, most again today, so the comparison view has something to show. One
//! stakeholder is confidential. People and organisations are made up.

use super::model::{
    Bewertung, Beziehung, Beziehungsart, Haltung, Kommunikation, Machtbasis, Massnahme,
    Massnahmenstatus, Skala, Stakeholder, Stakeholderanalyse, Typ, Zugehoerigkeit,
};
use crate::shared::datum::Datum;

/// One stakeholder of the example.
struct S<'a> {
    name: &'a str,
    typ: Typ,
    zugehoerigkeit: Zugehoerigkeit,
    kategorie: &'a str,
    rolle: &'a str,
    interessen: &'a str,
    machtbasis: &'a [Machtbasis],
    strategie: &'a str,
    kanal: &'a str,
    frequenz: &'a str,
    verantwortlich: &'a str,
    vertraulich: bool,
    /// (Einfluss, Interesse, Betroffenheit, Ist, Soll) two months ago.
    vorher: (u8, u8, u8, Haltung, Haltung),
    /// The same today; `None` = not reassessed.
    jetzt: Option<(u8, u8, u8, Haltung, Haltung)>,
}

fn id_von(katalog: &[super::model::Katalogeintrag], name: &str) -> Option<u32> {
    katalog.iter().find(|k| k.name == name).map(|k| k.id)
}

fn bewertung(datum: Datum, w: (u8, u8, u8, Haltung, Haltung), notiz: &str) -> Bewertung {
    Bewertung {
        datum,
        skala: Skala::Drei,
        einfluss: w.0,
        interesse: w.1,
        betroffenheit: w.2,
        haltung_ist: w.3,
        haltung_soll: w.4,
        notiz: notiz.to_owned(),
        ..Bewertung::default()
    }
}

/// The example analysis for the OZG project "Wohngeld digital" of a made-up agency.
pub fn beispiel(heute: Datum) -> Stakeholderanalyse {
    use Haltung::*;
    use Machtbasis::*;
    let vorher = heute.plus_tage(-61);
    let liste = [
        S {
            name: "Abteilungsleitung Z",
            typ: Typ::Person,
            zugehoerigkeit: Zugehoerigkeit::InternBehoerde,
            kategorie: "Leitung",
            rolle: "Auftraggeberin",
            interessen: "Termingerechter Go-live, Außenwirkung",
            machtbasis: &[Formal, Ressourcen],
            strategie: "Entscheidungsvorlagen früh abstimmen",
            kanal: "Lenkungsausschuss",
            frequenz: "monatlich",
            verantwortlich: "Projektleitung",
            vertraulich: false,
            vorher: (3, 3, 2, Unterstuetzend, Treibend),
            jetzt: Some((3, 3, 2, Treibend, Treibend)),
        },
        S {
            name: "Fachreferat Wohngeld",
            typ: Typ::Gruppe,
            zugehoerigkeit: Zugehoerigkeit::InternBehoerde,
            kategorie: "Fachbereich",
            rolle: "Fachliche Anforderungen, Abnahme",
            interessen: "Weniger Nachfragen, vollständige Anträge",
            machtbasis: &[Informell],
            strategie: "In Workshops beteiligen, Prototypen zeigen",
            kanal: "Workshop",
            frequenz: "zweiwöchentlich",
            verantwortlich: "Produktverantwortung",
            vertraulich: false,
            vorher: (2, 3, 3, Skeptisch, Unterstuetzend),
            jetzt: Some((2, 3, 3, Neutral, Unterstuetzend)),
        },
        S {
            name: "Personalrat",
            typ: Typ::Gruppe,
            zugehoerigkeit: Zugehoerigkeit::InternBehoerde,
            kategorie: "Personalrat",
            rolle: "Mitbestimmung bei Arbeitsabläufen",
            interessen: "Belastung der Beschäftigten, Leistungskontrolle ausschließen",
            machtbasis: &[Formal, Zeitlich],
            strategie: "Früh und schriftlich informieren, Dienstvereinbarung vorbereiten",
            kanal: "Jour fixe",
            frequenz: "monatlich",
            verantwortlich: "Projektleitung",
            vertraulich: false,
            vorher: (3, 2, 3, Skeptisch, Neutral),
            jetzt: Some((3, 3, 3, Skeptisch, Unterstuetzend)),
        },
        S {
            name: "IT-Dienstleister des Bundes",
            typ: Typ::Organisation,
            zugehoerigkeit: Zugehoerigkeit::InternRessort,
            kategorie: "IT/IT-Dienstleister",
            rolle: "Betrieb der Plattform",
            interessen: "Standardkomponenten, planbare Last",
            machtbasis: &[Ressourcen, Zeitlich],
            strategie: "Technische Abstimmung im Jour fixe",
            kanal: "Jour fixe",
            frequenz: "wöchentlich",
            verantwortlich: "Technische Projektleitung",
            vertraulich: false,
            vorher: (3, 1, 2, Neutral, Unterstuetzend),
            jetzt: Some((3, 2, 2, Unterstuetzend, Unterstuetzend)),
        },
        S {
            name: "Datenschutzbeauftragte",
            typ: Typ::Person,
            zugehoerigkeit: Zugehoerigkeit::InternBehoerde,
            kategorie: "Datenschutz",
            rolle: "Prüft die Datenschutz-Folgenabschätzung",
            interessen: "Datensparsamkeit, Löschfristen",
            machtbasis: &[Formal],
            strategie: "DSFA gemeinsam erstellen",
            kanal: "E-Mail",
            frequenz: "anlassbezogen",
            verantwortlich: "Projektleitung",
            vertraulich: false,
            vorher: (2, 2, 1, Neutral, Neutral),
            jetzt: None,
        },
        S {
            name: "Antragstellende Bürgerinnen und Bürger",
            typ: Typ::Gruppe,
            zugehoerigkeit: Zugehoerigkeit::Extern,
            kategorie: "Nutzende (Bürger/Unternehmen)",
            rolle: "Nutzende des Online-Antrags",
            interessen: "Einfacher, schneller Antrag",
            machtbasis: &[],
            strategie: "Nutzertests, Informationen im Bundesportal",
            kanal: "Newsletter",
            frequenz: "quartalsweise",
            verantwortlich: "Öffentlichkeitsarbeit",
            vertraulich: false,
            vorher: (1, 3, 3, Neutral, Unterstuetzend),
            jetzt: Some((1, 3, 3, Neutral, Unterstuetzend)),
        },
        S {
            name: "Haushaltsreferat",
            typ: Typ::Gruppe,
            zugehoerigkeit: Zugehoerigkeit::InternBehoerde,
            kategorie: "Haushalt/Finanzen",
            rolle: "Mittelbewirtschaftung",
            interessen: "Wirtschaftlichkeit, Mittelabfluss im Haushaltsjahr",
            machtbasis: &[Ressourcen],
            strategie: "Wirtschaftlichkeitsbetrachtung vorlegen",
            kanal: "E-Mail",
            frequenz: "quartalsweise",
            verantwortlich: "Projektleitung",
            vertraulich: false,
            vorher: (3, 1, 1, Neutral, Neutral),
            jetzt: Some((3, 1, 1, Neutral, Neutral)),
        },
        S {
            name: "Referatsleiter Organisation (persönlich)",
            typ: Typ::Person,
            zugehoerigkeit: Zugehoerigkeit::InternBehoerde,
            kategorie: "Leitung",
            rolle: "Zuständig für Geschäftsverteilung",
            interessen: "Befürchtet Stellenabbau im eigenen Referat",
            machtbasis: &[Informell, Formal],
            strategie: "Vertrauliches Gespräch durch die Abteilungsleitung",
            kanal: "Jour fixe",
            frequenz: "anlassbezogen",
            verantwortlich: "Abteilungsleitung Z",
            vertraulich: true,
            vorher: (3, 2, 2, Ablehnend, Neutral),
            jetzt: Some((3, 2, 2, Ablehnend, Neutral)),
        },
    ];
    let mut a = Stakeholderanalyse::default();
    let mut ids = Vec::new();
    for s in &liste {
        let mut bewertungen = vec![bewertung(vorher, s.vorher, "Erstbewertung im Projektteam")];
        if let Some(jetzt) = s.jetzt {
            bewertungen.push(bewertung(heute, jetzt, ""));
        }
        let stakeholder = Stakeholder {
            name: s.name.to_owned(),
            typ: Some(s.typ),
            zugehoerigkeit: Some(s.zugehoerigkeit),
            kategorie: id_von(&a.kategorien, s.kategorie),
            rolle: s.rolle.to_owned(),
            interessen: s.interessen.to_owned(),
            machtbasis: s.machtbasis.to_vec(),
            kommunikationsstrategie: s.strategie.to_owned(),
            kanal: id_von(&a.kanaele, s.kanal),
            frequenz: id_von(&a.frequenzen, s.frequenz),
            verantwortlich: s.verantwortlich.to_owned(),
            vertraulich: s.vertraulich,
            bewertungen,
            ..Stakeholder::default()
        };
        ids.push(a.speichere_stakeholder(stakeholder));
    }
    // Soll position of the Personalrat: more interest through early involvement.
    if let Some(b) = a
        .stakeholder_mut(ids[2])
        .and_then(|s| s.bewertungen.last_mut())
    {
        b.soll_interesse = Some(3);
    }
    if let Some(b) = a
        .stakeholder_mut(ids[3])
        .and_then(|s| s.bewertungen.last_mut())
    {
        b.soll_interesse = Some(3);
    }
    let beziehung = |von: usize, zu: usize, art, staerke| Beziehung {
        id: 0,
        von: ids[von],
        zu: ids[zu],
        art,
        staerke,
        bemerkung: String::new(),
    };
    for b in [
        beziehung(0, 1, Beziehungsart::Beeinflusst, 3),
        beziehung(3, 0, Beziehungsart::Unterstuetzt, 2),
        beziehung(2, 1, Beziehungsart::Beeinflusst, 2),
        beziehung(7, 2, Beziehungsart::Beeinflusst, 2),
        beziehung(6, 3, Beziehungsart::Konflikt, 1),
    ] {
        a.verknuepfe(b);
    }
    let massnahme = |titel: &str, wer: &str, tage: i64, status, fuer: &[usize]| Massnahme {
        id: 0,
        titel: titel.to_owned(),
        verantwortlich: wer.to_owned(),
        faellig: Some(heute.plus_tage(tage)),
        status,
        stakeholder: fuer.iter().map(|&i| ids[i]).collect(),
        bemerkung: String::new(),
    };
    for m in [
        massnahme(
            "Personalrat in Prozessworkshop einladen",
            "Projektleitung",
            14,
            Massnahmenstatus::Geplant,
            &[2],
        ),
        massnahme(
            "Klickprototyp im Fachreferat vorstellen",
            "Produktverantwortung",
            -10,
            Massnahmenstatus::Erledigt,
            &[1],
        ),
        massnahme(
            "Wirtschaftlichkeitsbetrachtung abstimmen",
            "Projektleitung",
            30,
            Massnahmenstatus::InArbeit,
            &[6, 0],
        ),
        massnahme(
            "Vertrauliches Gespräch zur Geschäftsverteilung",
            "Abteilungsleitung Z",
            7,
            Massnahmenstatus::Geplant,
            &[7],
        ),
    ] {
        a.speichere_massnahme(m);
    }
    let kommunikation =
        |i: usize, kanal: &str, frequenz: &str, wer: &str, inhalt: &str| Kommunikation {
            id: 0,
            stakeholder: ids[i],
            kanal: id_von(&a.kanaele, kanal),
            frequenz: id_von(&a.frequenzen, frequenz),
            verantwortlich: wer.to_owned(),
            inhalt: inhalt.to_owned(),
        };
    let zeilen = [
        kommunikation(
            0,
            "Lenkungsausschuss",
            "monatlich",
            "Projektleitung",
            "Statusbericht, Entscheidungen",
        ),
        kommunikation(
            1,
            "Workshop",
            "zweiwöchentlich",
            "Produktverantwortung",
            "Anforderungen, Prototyp",
        ),
        kommunikation(
            2,
            "Jour fixe",
            "monatlich",
            "Projektleitung",
            "Auswirkungen auf Arbeitsplätze",
        ),
        kommunikation(
            5,
            "Newsletter",
            "quartalsweise",
            "Öffentlichkeitsarbeit",
            "Start des Online-Antrags",
        ),
        kommunikation(
            7,
            "Jour fixe",
            "anlassbezogen",
            "Abteilungsleitung Z",
            "Geschäftsverteilung",
        ),
    ];
    for k in zeilen {
        a.speichere_kommunikation(k);
    }
    a
}

/// A deterministic large analysis: `anzahl` stakeholders with `bewertungen_je` assessments
/// each (one a month back from `heute`), a measure and a communication row per stakeholder
/// and a relation to the previous one.
pub fn generiere(anzahl: usize, bewertungen_je: usize, heute: Datum) -> Stakeholderanalyse {
    let mut a = Stakeholderanalyse::default();
    let mut vorige: Option<u32> = None;
    for n in 0..anzahl {
        let stufe = |versatz: usize| (((n * 7 + versatz * 3) % 3) + 1) as u8;
        let bewertungen = (0..bewertungen_je)
            .rev()
            .map(|k| Bewertung {
                datum: heute.plus_monate(-(k as i32)),
                einfluss: stufe(k),
                interesse: stufe(k + 1),
                betroffenheit: stufe(k + 2),
                haltung_ist: Haltung::ALLE[(n + k) % 5],
                haltung_soll: Haltung::ALLE[(n % 3) + 2],
                ..Bewertung::default()
            })
            .collect();
        let id = a.speichere_stakeholder(Stakeholder {
            name: format!("Stakeholder {:04}", n + 1),
            typ: Some(Typ::ALLE[n % 3]),
            zugehoerigkeit: Some(Zugehoerigkeit::ALLE[n % 3]),
            kategorie: Some(a.kategorien[n % a.kategorien.len()].id),
            rolle: format!("Rolle {}", n % 17),
            vertraulich: n % 10 == 9,
            bewertungen,
            ..Stakeholder::default()
        });
        a.speichere_massnahme(Massnahme {
            titel: format!("Maßnahme {:04}", n + 1),
            faellig: Some(heute.plus_tage((n % 90) as i64)),
            status: Massnahmenstatus::ALLE[n % 4],
            stakeholder: vec![id],
            ..Massnahme::default()
        });
        a.speichere_kommunikation(Kommunikation {
            stakeholder: id,
            kanal: Some(a.kanaele[n % a.kanaele.len()].id),
            frequenz: Some(a.frequenzen[n % a.frequenzen.len()].id),
            ..Kommunikation::default()
        });
        if let Some(v) = vorige {
            a.verknuepfe(Beziehung {
                id: 0,
                von: v,
                zu: id,
                art: Beziehungsart::ALLE[n % 3],
                staerke: (n % 3) as u8 + 1,
                bemerkung: String::new(),
            });
        }
        vorige = Some(id);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::stakeholderanalyse::calc;

    fn heute() -> Datum {
        Datum::aus_iso("2026-11-28").unwrap()
    }

    #[test]
    fn beispiel_ist_vollstaendig_und_gueltig() {
        let a = beispiel(heute());
        assert_eq!(a.stakeholder.len(), 8);
        assert_eq!(a.stakeholder.iter().filter(|s| s.vertraulich).count(), 1);
        assert_eq!(a.beziehungen.len(), 5);
        assert_eq!(a.massnahmen.len(), 4);
        assert_eq!(a.kommunikation.len(), 5);
        for s in &a.stakeholder {
            assert!(a.pruefe_stakeholder(s).is_empty(), "{}", s.name);
            assert!(s.kategorie.is_some() && s.kanal.is_some() && s.frequenz.is_some());
            for b in &s.bewertungen {
                assert!(Stakeholderanalyse::pruefe_bewertung(b).is_empty());
            }
        }
        for m in &a.massnahmen {
            assert!(a.pruefe_massnahme(m).is_empty(), "{}", m.titel);
        }
        // The comparison since the last assessment has something to show.
        let (von, bis) = calc::standardvergleich(&a, heute()).unwrap();
        assert_eq!((von, bis), (heute().plus_tage(-61), heute()));
        assert!(calc::vergleich(&a, von, bis)
            .iter()
            .any(|v| v.art == calc::Veraenderungsart::Veraendert));
        assert!(!calc::engagement_luecken(&a, heute()).is_empty());
        // Round trip.
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(
            serde_json::from_str::<Stakeholderanalyse>(&json).unwrap(),
            a
        );
    }

    #[test]
    fn generator_ist_deterministisch() {
        let a = generiere(50, 3, heute());
        assert_eq!(a, generiere(50, 3, heute()));
        assert_eq!(a.stakeholder.len(), 50);
        assert_eq!(a.beziehungen.len(), 49);
        assert!(a.stakeholder.iter().all(|s| s.bewertungen.len() == 3));
        assert_eq!(a.stakeholder.iter().filter(|s| s.vertraulich).count(), 5);
    }

    /// `tests/fixtures/teil-stakeholderanalyse.json` is the stored form of the example (at
    /// 28.11.2026) for the integrator's schema fixture; `FIXTURE_SCHREIBEN=1` rewrites it.
    #[test]
    fn fixture_ist_das_gespeicherte_beispiel() {
        let pfad = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/teil-stakeholderanalyse.json"
        );
        let beispiel = beispiel(heute());
        if std::env::var_os("FIXTURE_SCHREIBEN").is_some() {
            let text = serde_json::to_string_pretty(&beispiel).unwrap() + "\n";
            std::fs::write(pfad, text).unwrap();
        }
        let text = std::fs::read_to_string(pfad).expect("Fixture vorhanden");
        let gelesen: Stakeholderanalyse = serde_json::from_str(&text).unwrap();
        assert_eq!(gelesen, beispiel);
        assert_eq!(serde_json::to_string_pretty(&gelesen).unwrap() + "\n", text);
    }
}
