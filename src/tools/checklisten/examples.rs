//! Example data of the Checklisten tool for "Beispiel laden", continuing the other tools'
//! story: a Reality Check of the Multiprojektplan's example project "Wohngeld digital" two
//! weeks before `heute` (one K.-o.: the IT-Dienstleister's capacity is not committed; two
//! measures) and an E-Payment run for the Zielstufenplaner's Leistung "Visum beantragen"
//! (fees are paid in advance, card payment offered), and the project's first Reality Check
//! four months earlier (a lower Erfüllungsgrad, for the comparison of two runs). Without those records the runs are made
//! for the agency as a whole.

use super::model::{
    Checklisten, Durchfuehrung, Folgemassnahme, Massnahmenstatus, Objekt, Objektart,
};
use super::vorlagen;
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datum::Datum;

/// Reality Check answers by item number: value, comment.
const REALITY: &[(&str, &str, &str)] = &[
    (
        "1.1",
        "ja",
        "Projektauftrag vom Lenkungsausschuss freigegeben",
    ),
    ("1.2", "teilweise", "Wirkungsziele noch ohne Kennzahl"),
    ("1.3", "ja", ""),
    ("2.1", "ja", "Abteilungsleitung Z ist Auftraggeberin"),
    ("2.2", "3", ""),
    (
        "3.1",
        "teilweise",
        "Fachreferat S 2 sagt 0,5 VZÄ zu, gebraucht wird 1,0",
    ),
    ("3.2", "ja", ""),
    ("3.3", "nein", ""),
    ("4.1", "ja", ""),
    (
        "4.2",
        "nein",
        "Rahmenvertrag mit dem IT-Dienstleister deckt das Vorhaben nicht ab",
    ),
    ("5.1", "ja", "Kapitel 0601 Titel 532 01"),
    ("5.2", "teilweise", ""),
    ("5.3", "nein", ""),
    (
        "6.1",
        "ja",
        "Antrag verlangt bisher eigenhändige Unterschrift",
    ),
    ("6.2", "teilweise", ""),
    ("7.1", "ja", "BundID"),
    ("7.2", "na", "Wohngeld ist gebührenfrei"),
    ("8.1", "nein", ""),
];

/// The project's first Reality Check at its start, four months earlier: less was settled then.
const REALITY_FRUEHER: &[(&str, &str, &str)] = &[
    ("1.1", "teilweise", "Projektauftrag im Entwurf"),
    ("1.2", "nein", ""),
    ("1.3", "ja", ""),
    ("2.1", "ja", "Abteilungsleitung Z ist Auftraggeberin"),
    ("2.2", "1", "Lenkungsausschuss noch nicht eingerichtet"),
    ("3.1", "nein", "Kein Personal zugesagt"),
    ("3.2", "teilweise", ""),
    ("4.1", "ja", ""),
    (
        "4.2",
        "nein",
        "Rahmenvertrag mit dem IT-Dienstleister deckt das Vorhaben nicht ab",
    ),
    ("5.1", "teilweise", "Mittel beantragt"),
    (
        "6.1",
        "ja",
        "Antrag verlangt bisher eigenhändige Unterschrift",
    ),
    ("7.1", "ja", "BundID"),
];

/// E-Payment answers by item number.
const EPAYMENT: &[(&str, &str, &str)] = &[
    ("1.1", "ja", "Visumgebühr wird vor der Bearbeitung fällig"),
    (
        "1.2",
        "teilweise",
        "Kartenzahlung ja, Überweisung noch offline",
    ),
    ("2.1", "ja", "Rahmenvertrag des Bundes"),
    ("3.1", "ja", ""),
    ("4.1", "teilweise", "Produktivsystem fehlt noch"),
    ("7.2", "ja", ""),
    ("11.1", "ja", "ASV-Scan vom Hersteller, Stand Oktober"),
];

/// The example, dated around `heute`.
pub fn beispiel(heute: Datum, ab: &Arbeitsbereich) -> Checklisten {
    let mut plan = Checklisten::default();
    let projekt = ab
        .werkzeuge
        .multiprojektplan
        .projekte
        .iter()
        .find(|p| p.titel == "Wohngeld digital")
        .map(|p| Objekt {
            art: Objektart::Projekt,
            id: p.id,
        });
    let leistung = ab
        .werkzeuge
        .zielstufenplaner
        .leistungen
        .iter()
        .find(|l| l.bezeichnung == "Visum beantragen")
        .map(|l| Objekt {
            art: Objektart::Leistung,
            id: l.id,
        });
    let behoerde = Objekt {
        art: Objektart::Behoerde,
        id: 0,
    };
    let rc = vorlagen::reality_check();
    let mut d = lauf(
        &mut plan,
        &rc,
        projekt.unwrap_or(behoerde),
        heute.plus_tage(-14),
        "Projektleitung Wohngeld digital, OZG-Koordination",
        REALITY,
    );
    if let Some(p) = rc.punkte().find(|(_, p)| p.nr == "4.2").map(|(_, p)| p.id) {
        d.antwort_mut(p).massnahme = Some(Folgemassnahme {
            titel: "Einzelauftrag an den IT-Dienstleister vorbereiten".into(),
            verantwortlich: "Referat Z 3 – IT-Verfahren".into(),
            termin: Some(heute.plus_tage(21)),
            status: Massnahmenstatus::InArbeit,
        });
        d.antwort_mut(p).verantwortlich = "Referat Z 3 – IT-Verfahren".into();
    }
    if let Some(p) = rc.punkte().find(|(_, p)| p.nr == "5.3").map(|(_, p)| p.id) {
        d.antwort_mut(p).massnahme = Some(Folgemassnahme {
            titel: "Betriebskosten für die Haushaltsaufstellung anmelden".into(),
            verantwortlich: "Haushaltsreferat".into(),
            termin: Some(heute.plus_tage(-2)),
            status: Massnahmenstatus::Geplant,
        });
        d.antwort_mut(p).nachweis = "Haushaltsrundschreiben 2027".into();
    }
    plan.speichere_durchfuehrung(d);
    let ep = vorlagen::e_payment();
    let d = lauf(
        &mut plan,
        &ep,
        leistung.unwrap_or(behoerde),
        heute.plus_tage(-7),
        "Referat W 1, Haushaltsreferat",
        EPAYMENT,
    );
    plan.speichere_durchfuehrung(d);
    let d = lauf(
        &mut plan,
        &rc,
        projekt.unwrap_or(behoerde),
        heute.plus_tage(-134),
        "Projektleitung Wohngeld digital",
        REALITY_FRUEHER,
    );
    plan.speichere_durchfuehrung(d);
    plan
}

/// A run of shipped template `v` for `objekt` with `antworten` by item number.
fn lauf(
    plan: &mut Checklisten,
    v: &super::model::Vorlage,
    objekt: Objekt,
    datum: Datum,
    bearbeitende: &str,
    antworten: &[(&str, &str, &str)],
) -> Durchfuehrung {
    let vorlage = plan.fuer_durchfuehrung(v);
    let mut d = Durchfuehrung {
        vorlage,
        objekt,
        datum: Some(datum),
        bearbeitende: bearbeitende.into(),
        ..Durchfuehrung::default()
    };
    for (nr, wert, kommentar) in antworten {
        if let Some((_, p)) = v.punkte().find(|(_, p)| p.nr == *nr) {
            let a = d.antwort_mut(p.id);
            a.wert = (*wert).into();
            a.kommentar = (*kommentar).into();
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::checklisten::calc;

    #[test]
    fn beispiel_mit_ko_massnahmen_und_verknuepften_objekten() {
        let heute = Datum::neu(2026, 12, 3).unwrap();
        let mut ab = Arbeitsbereich::neu("b", "Beispiel", "2026-12-03T09:00:00Z");
        crate::tools::alle_beispiele(&mut ab, heute);
        let plan = &ab.werkzeuge.checklisten;
        assert_eq!(plan.durchfuehrungen.len(), 3);
        let rc = &plan.durchfuehrungen[0];
        assert_eq!(rc.objekt.art, Objektart::Projekt);
        assert!(!calc::objekt_titel(&ab, &rc.objekt).1);
        assert_eq!(plan.durchfuehrungen[1].objekt.art, Objektart::Leistung);
        let v = plan.vorlage(rc.vorlage).unwrap();
        assert_eq!(v.mitgeliefert, "reality-check");
        let ko = calc::ko_punkte(v, rc);
        assert_eq!(
            ko.iter().map(|(_, p)| p.nr.as_str()).collect::<Vec<_>>(),
            ["4.2"]
        );
        let (_, gesamt) = calc::auswertung(v, rc);
        assert!(gesamt.beantwortet > 10 && gesamt.beantwortet < gesamt.sichtbar);
        assert_eq!(calc::massnahmen(plan).len(), 2);
        assert_eq!(
            calc::massnahmen(plan)
                .iter()
                .filter(|m| calc::ueberfaellig(m.massnahme, heute).is_some())
                .count(),
            1
        );
        // The E-Payment run shows the card-payment item because 7.2 = ja.
        let e = &plan.durchfuehrungen[1];
        let ev = plan.vorlage(e.vorlage).unwrap();
        let pci = ev.punkte().find(|(_, p)| p.nr == "11.1").unwrap().1;
        assert!(calc::sichtbar(ev, e, pci));
        // The earlier Reality Check of the same project compares with the current one.
        let frueher = calc::vergleichbar(plan, rc);
        assert_eq!(
            frueher.iter().map(|d| d.id).collect::<Vec<_>>(),
            [plan.durchfuehrungen[2].id]
        );
        let (_, vorher) = calc::auswertung(v, frueher[0]);
        assert!(
            vorher.promille() < gesamt.promille(),
            "die Prüfung zeigt Fortschritt"
        );
    }

    #[test]
    fn ohne_andere_werkzeuge_fuer_die_behoerde() {
        let ab = Arbeitsbereich::neu("b", "Leer", "2026-12-03T09:00:00Z");
        let plan = beispiel(Datum::neu(2026, 12, 3).unwrap(), &ab);
        assert!(plan
            .durchfuehrungen
            .iter()
            .all(|d| d.objekt.art == Objektart::Behoerde));
    }
}
