//! Example data of the Behördenaustausch: [`beispiel`], a Netzwerktreffen of three federal
//! agencies ten days ago on the experiences of "Wohngeld digital" (the project of the other
//! tools' examples) with two Lessons Learned, one Good Practice and two follow-ups, an upcoming
//! online workshop, and a reuse offer. Dates are relative to the `heute` passed in.

use super::model::{
    Angebot, Angebotsstatus, Austauschformat, Behoerdenaustausch, Ergebnis, Ergebnisart,
    Folgeaufgabe, Folgestatus, Formattyp, Gegenstand, Teilnahme, Termin,
};
use crate::shared::datum::Datum;
use crate::shared::vokabular::Handlungsfeld;

/// The example.
pub fn beispiel(heute: Datum) -> Behoerdenaustausch {
    let mut ba = Behoerdenaustausch::default();
    ba.katalog_sicherstellen();
    let id = |ba: &Behoerdenaustausch, k: &str| {
        ba.behoerden
            .iter()
            .find(|b| b.kuerzel == k)
            .map(|b| b.id)
            .unwrap_or_default()
    };
    let (bva, itz, drv) = (id(&ba, "BVA"), id(&ba, "ITZBund"), id(&ba, "DRV Bund"));
    let netzwerk = ba.speichere_format(Austauschformat {
        id: 0,
        titel: "Netzwerk OZG-Koordination Bund".into(),
        typ: Formattyp::Netzwerktreffen,
        beschreibung: "Vierteljährliches Treffen der OZG-Koordinationen von Bundesbehörden.".into(),
    });
    let workshop = ba.speichere_format(Austauschformat {
        id: 0,
        titel: "Fachworkshop E-Payment".into(),
        typ: Formattyp::Fachworkshop,
        beschreibung: String::new(),
    });
    let treffen = ba.speichere_termin(Termin {
        id: 0,
        format: Some(netzwerk),
        datum: Some(heute.plus_tage(-10)),
        uhrzeit: "10:00".into(),
        online: false,
        ort: "Köln, Bundesverwaltungsamt".into(),
        thema: "Erfahrungen aus Wohngeld digital".into(),
        handlungsfeld: Some(Handlungsfeld::Kooperation),
    });
    let kuenftig = ba.speichere_termin(Termin {
        id: 0,
        format: Some(workshop),
        datum: Some(heute.plus_tage(21)),
        uhrzeit: "13:30".into(),
        online: true,
        ort: String::new(),
        thema: "Bezahldienst anbinden".into(),
        handlungsfeld: Some(Handlungsfeld::Wissenstransfer),
    });
    for (termin, behoerde, person) in [
        (treffen, bva, "OZG-Koordination"),
        (treffen, itz, "Kundenmanagement Plattformen"),
        (treffen, drv, "Referat Digitalisierung"),
        (kuenftig, bva, "Haushaltsreferat"),
        (kuenftig, itz, "Team E-Payment"),
    ] {
        ba.speichere_teilnahme(Teilnahme {
            id: 0,
            termin,
            behoerde,
            person: person.into(),
        });
    }
    for (art, titel, text, schlagworte) in [
        (
            Ergebnisart::LessonsLearned,
            "Fachbereich früh in die Tests einbinden",
            "Abnahmetests ohne die Sachbearbeitung fanden die wichtigsten Fehler erst im Betrieb.",
            vec!["Testmanagement", "Abnahme"],
        ),
        (
            Ergebnisart::LessonsLearned,
            "Übergabe an den Betrieb vor dem Go-live planen",
            "Der Betrieb kannte die Sonderfälle nicht; eine Wissensstafette hätte geholfen.",
            vec!["Betrieb", "Wissenstransfer"],
        ),
        (
            Ergebnisart::GoodPractice,
            "Gemeinsame Checkliste Reality Check",
            "Alle drei Behörden nutzen dieselbe Checkliste vor der Freigabe; Ergebnisse sind vergleichbar.",
            vec!["Checklisten", "Reality Check"],
        ),
    ] {
        ba.speichere_ergebnis(Ergebnis {
            id: 0,
            termin: treffen,
            art,
            titel: titel.into(),
            text: text.into(),
            schlagworte: schlagworte.into_iter().map(str::to_owned).collect(),
        });
    }
    ba.speichere_angebot(Angebot {
        id: 0,
        behoerde: Some(bva),
        gegenstand: Gegenstand::Vorlage,
        titel: "Testfallbibliothek Antragsassistent".into(),
        kontakt: "OZG-Koordination BVA (Funktionspostfach)".into(),
        bedingungen: "Nachnutzung frei; Rückmeldung zu Änderungen erbeten.".into(),
        status: Angebotsstatus::Angeboten,
    });
    ba.speichere_folgeaufgabe(Folgeaufgabe {
        id: 0,
        termin: Some(treffen),
        massnahme: "Testfallbibliothek als Austauschpaket verschicken".into(),
        verantwortlich: "OZG-Koordination".into(),
        faellig: Some(heute.plus_tage(-2)),
        status: Folgestatus::InArbeit,
    });
    ba.speichere_folgeaufgabe(Folgeaufgabe {
        id: 0,
        termin: Some(treffen),
        massnahme: "Hospitation beim Betrieb des ITZBund vereinbaren".into(),
        verantwortlich: "Referat Z 3".into(),
        faellig: Some(heute.plus_tage(30)),
        status: Folgestatus::Offen,
    });
    ba
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::behoerdenaustausch::calc;

    #[test]
    fn beispiel_hat_treffen_mit_drei_behoerden() {
        let heute = Datum::neu(2026, 12, 4).unwrap();
        let ba = beispiel(heute);
        let treffen = ba.termine.iter().find(|t| t.datum < Some(heute)).unwrap();
        assert_eq!(calc::behoerden_von(&ba, treffen.id).len(), 3);
        let ll = ba
            .ergebnisse
            .iter()
            .filter(|e| e.art == Ergebnisart::LessonsLearned)
            .count();
        assert_eq!(ll, 2);
        assert_eq!(ba.angebote.len(), 1);
        assert_eq!(ba.folgeaufgaben.len(), 2);
        assert_eq!(calc::offene_folgeaufgaben(&ba, heute).len(), 2);
        assert!(calc::ueberfaellig(&ba.folgeaufgaben[0], heute).is_some());
        for t in &ba.termine {
            assert!(ba.pruefe_termin(t).is_empty());
        }
        assert!(ba.kennzahl().is_some());
    }
}
