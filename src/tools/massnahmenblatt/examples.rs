//! Example data of the KP-Maßnahmenblatt for "Beispiel laden": the same made-up agency as the
//! other tools' examples. Three measures:
//!
//! - "Wohngeld digital – EfA-Nachnutzung" (in Umsetzung): financed from the Stammhaushalt,
//!   approved for the Zuweisung to the Land that runs the EfA service — the Festlegung of
//!   400.000 € on the Budgetmonitor's Titel 0634/632 01 —, three milestones whose tranches add
//!   up to the approved amount, the first called and paid (the Budgetmonitor's "1. Tranche nach
//!   Meilenstein"), a three-year Finanzbedarf with Betrieb in the third year. It links the
//!   Multiprojektplan project "Wohngeld digital", the Zielstufenplaner Leistung "Wohngeld
//!   beantragen" and that Haushaltsstelle when the workspace holds them.
//! - "Basisdienst Bezahlen – ePayBL für alle Onlinedienste" (eingereicht): not approved yet.
//! - "Chatbot für Bürgeranfragen" (abgelehnt, with its Begründung).
//!
//! No example speaks of Konjunkturpaket money: it ended in 2025 (see `tools::beispielgeschichte`).

use super::model::{
    Efa, Kostenart, Massnahme, Massnahmenblatt, Meilenstein, Meilensteinstatus, Status,
    Umsetzungsweg,
};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datensatz::Datensaetze;
use crate::shared::datum::Datum;
use crate::tools::budgetmonitor::examples::beispieljahr;

/// Euro amount in cents from whole euros.
const fn eur(euro: i64) -> i64 {
    euro * 100
}

/// The example, dated around `heute` and the Budgetmonitor's example year; links to the other
/// tools' example records that `ab` holds. The workspace's catalogue of Finanzierungswege is
/// kept; "Stammhaushalt" is added (still "bitte prüfen") if the user has removed it.
pub fn beispiel(heute: Datum, ab: &Arbeitsbereich) -> Massnahmenblatt {
    let mut plan = Massnahmenblatt {
        wege: ab.werkzeuge.massnahmenblatt.wege.clone(),
        ..Massnahmenblatt::default()
    };
    let stammhaushalt = match plan.wege.iter().find(|w| w.name == "Stammhaushalt") {
        Some(w) => w.id,
        None => {
            let id = plan.speichere_weg(super::model::Finanzierungsweg {
                name: "Stammhaushalt".into(),
                ..Default::default()
            });
            if let Some(w) = plan.wege.mit_id_mut(id) {
                w.bitte_pruefen = true;
            }
            id
        }
    };
    let jahr = beispieljahr(heute);
    let tag = |j: i32, m: u32, t: u32| Datum::neu(j, m, t);
    let projekt = |kennung: &str| {
        ab.werkzeuge
            .multiprojektplan
            .projekte
            .iter()
            .find(|p| p.kennung == kennung)
            .map(|p| p.id)
    };
    let leistung = |ozg: &str| {
        ab.werkzeuge
            .zielstufenplaner
            .leistungen
            .iter()
            .find(|l| l.ozg_id == ozg)
            .map(|l| l.id)
    };
    let haushaltsstelle = ab
        .werkzeuge
        .budgetmonitor
        .haushaltsstellen
        .iter()
        .find(|h| h.haushaltsjahr == jahr && h.kapitel == "0634" && h.titel == "632 01")
        .map(|h| h.id);
    let ende = ab
        .werkzeuge
        .multiprojektplan
        .projekte
        .iter()
        .find(|p| p.kennung == "P-2026-001")
        .and_then(|p| p.ende_plan)
        .unwrap_or(heute.plus_monate(8));

    let wohngeld = plan.speichere_massnahme(Massnahme {
        id: 0,
        kennung: format!("M-{jahr}-01"),
        titel: "Wohngeld digital – EfA-Nachnutzung".into(),
        ressort: "Ressort des Beispiels".into(),
        behoerde: "Abteilung S, Referat S 2 – Wohngeld".into(),
        ansprechperson: "Katrin Brandt".into(),
        weg: Some(stammhaushalt),
        leistungen: leistung("10340").into_iter().collect(),
        weitere_ids: Vec::new(),
        ausgangslage: "Wohngeldanträge kommen auf Papier oder als PDF und werden in den Wohngeldstellen \
                       abgetippt; Rückfragen dauern Wochen."
            .into(),
        ziel: "Die EfA-Lösung eines Landes wird nachgenutzt: Anträge vollständig online, medienbruchfrei an das \
               Fachverfahren übergeben; 60 % Online-Quote zwölf Monate nach dem Go-live."
            .into(),
        ziel_reifegrad: Some(3),
        beginn: tag(jahr, 3, 1),
        zieltermin: Some(ende),
        umsetzungsweg: Some(Umsetzungsweg::EfaNachnutzung),
        efa: Some(Efa::Nachnutzung),
        risiken: "Schnittstelle zum Fachverfahren wird später geliefert; Betriebskostenbeteiligung ab dem \
                  dritten Jahr noch nicht im Haushalt."
            .into(),
        vzae_hundertstel: Some(150),
        personentage: Some(120),
        status: Status::InUmsetzung,
        eingereicht_am: tag(jahr, 1, 15),
        entschieden_am: tag(jahr, 2, 20),
        bewilligt_cent: Some(eur(400_000)),
        begruendung: "Bewilligt ohne Betrieb; der Betrieb ist im Titel 532 01 zu planen.".into(),
        projekt: projekt("P-2026-001"),
        haushaltsstelle,
        ist_manuell_cent: None,
    });
    let meilensteine: [(&str, Option<Datum>, &str, i64, Meilensteinstatus); 3] = [
        (
            "Anbindung an das Fachverfahren abgenommen",
            tag(jahr, 5, 31),
            "Abnahmeprotokoll der Schnittstelle",
            eur(100_000),
            Meilensteinstatus::Abgerufen,
        ),
        (
            "Pilotbetrieb mit zwei Wohngeldstellen",
            Some(ende.plus_monate(-6)),
            "Pilotbericht mit Online-Quote",
            eur(150_000),
            Meilensteinstatus::Offen,
        ),
        (
            "Go-live in allen Wohngeldstellen",
            Some(ende),
            "Betriebsübergabe und Abnahme",
            eur(150_000),
            Meilensteinstatus::Offen,
        ),
    ];
    for (bezeichnung, termin, liefergegenstand, tranche, status) in meilensteine {
        plan.speichere_meilenstein(Meilenstein {
            id: 0,
            massnahme: wohngeld,
            bezeichnung: bezeichnung.into(),
            termin,
            liefergegenstand: liefergegenstand.into(),
            tranche_cent: tranche,
            status,
        });
    }
    for (j, kostenart, betrag) in [
        (jahr, Kostenart::ExterneDienstleistung, 250_000),
        (jahr, Kostenart::Personal, 20_000),
        (jahr + 1, Kostenart::ExterneDienstleistung, 150_000),
        (jahr + 1, Kostenart::Lizenzen, 12_000),
        (jahr + 2, Kostenart::Betrieb, 45_000),
    ] {
        plan.setze_bedarf(wohngeld, j, kostenart, eur(betrag));
    }

    let bezahlen = plan.speichere_massnahme(Massnahme {
        kennung: format!("M-{jahr}-02"),
        titel: "Basisdienst Bezahlen – ePayBL für alle Onlinedienste".into(),
        ressort: "Ressort des Beispiels".into(),
        behoerde: "Abteilung Z, Referat Z 3 – IT-Verfahren".into(),
        ansprechperson: "Thomas Wagner".into(),
        weg: Some(stammhaushalt),
        weitere_ids: vec!["10182".into()],
        ausgangslage: "Gebühren werden per Überweisung nach Bescheid bezahlt; Zuordnung von Hand."
            .into(),
        ziel: "Ein Bezahldienst für alle Onlinedienste des Hauses.".into(),
        beginn: Some(heute.plus_monate(2).monatsanfang()),
        zieltermin: Some(heute.plus_monate(14).monatsanfang()),
        umsetzungsweg: Some(Umsetzungsweg::Eigenentwicklung),
        efa: Some(Efa::Keine),
        vzae_hundertstel: Some(50),
        status: Status::Eingereicht,
        eingereicht_am: Some(heute.plus_monate(-1)),
        projekt: projekt("P-2026-006"),
        ..Massnahme::default()
    });
    for (bezeichnung, monate, tranche) in [
        ("Anbindung ePayBL-Testumgebung", 6, 120_000),
        ("Produktivbetrieb für drei Onlinedienste", 14, 60_000),
    ] {
        plan.speichere_meilenstein(Meilenstein {
            massnahme: bezahlen,
            bezeichnung: bezeichnung.into(),
            termin: Some(heute.plus_monate(monate).monatsanfang()),
            tranche_cent: eur(tranche),
            ..Meilenstein::default()
        });
    }
    for (j, kostenart, betrag) in [
        (jahr + 1, Kostenart::ExterneDienstleistung, 150_000),
        (jahr + 1, Kostenart::Lizenzen, 30_000),
        (jahr + 2, Kostenart::Betrieb, 40_000),
    ] {
        plan.setze_bedarf(bezahlen, j, kostenart, eur(betrag));
    }

    let chatbot = plan.speichere_massnahme(Massnahme {
        kennung: format!("M-{jahr}-03"),
        titel: "Chatbot für Bürgeranfragen".into(),
        ressort: "Ressort des Beispiels".into(),
        behoerde: "Abteilung Z, Referat Z 1 – Organisation".into(),
        ziel: "Standardfragen zum Wohngeld rund um die Uhr beantworten.".into(),
        status: Status::Abgelehnt,
        eingereicht_am: tag(jahr, 2, 1),
        entschieden_am: tag(jahr, 4, 10),
        begruendung:
            "Kein Bezug zu einer OZG-Leistung mit Reifegradziel; der Betrieb ist nicht finanziert."
                .into(),
        ..Massnahme::default()
    });
    plan.setze_bedarf(chatbot, jahr, Kostenart::ExterneDienstleistung, eur(80_000));
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::massnahmenblatt::calc;

    #[test]
    fn beispiel_passt_zu_budgetmonitor_multiprojektplan_und_zielstufenplaner() {
        for monat in [1, 7, 12] {
            let heute = Datum::neu(2026, monat, 3).unwrap();
            let mut ab = Arbeitsbereich::neu("b", "Beispiel", "2026-12-03T09:00:00Z");
            crate::tools::alle_beispiele(&mut ab, heute);
            let plan = &ab.werkzeuge.massnahmenblatt;
            assert_eq!(plan.massnahmen.len(), 3);
            for m in &plan.massnahmen {
                assert!(
                    plan.pruefe_massnahme(m).is_empty(),
                    "{}: {:?}",
                    m.kennung,
                    plan.pruefe_massnahme(m)
                );
            }
            for ms in &plan.meilensteine {
                assert!(plan.pruefe_meilenstein(ms).is_empty(), "{}", ms.bezeichnung);
            }
            let w = &plan.massnahmen[0];
            assert!(
                w.projekt.is_some() && w.haushaltsstelle.is_some() && w.leistungen.len() == 1,
                "verknüpft"
            );
            assert_eq!(calc::leistungen(&ab, w)[0].1, "10340 Wohngeld beantragen");
            assert_eq!(
                calc::tranchenpruefung(plan, w),
                calc::Tranchenpruefung::Gleich(eur(400_000))
            );
            let x = calc::mittel(&ab, w, heute);
            // The first tranche was called and paid on the Titel (Budgetmonitor example).
            assert_eq!((x.abgerufen, x.ist), (eur(100_000), Some(eur(100_000))));
            assert!(matches!(
                x.quelle,
                calc::Istquelle::Haushaltsstelle { projekt: true, .. }
            ));
            // The approved amount stays within the project's budget.
            let budget = ab
                .werkzeuge
                .multiprojektplan
                .projekt(w.projekt.unwrap())
                .unwrap()
                .budget_cent
                .unwrap();
            assert!(w.bewilligt_cent.unwrap() <= budget);
            assert!(calc::finanzplan(plan, w.id).mit_betrieb);
            let s = calc::summen(plan);
            assert_eq!(
                s.zeilen.len(),
                1,
                "nur Stammhaushalt; die abgelehnte zählt nicht"
            );
            assert_eq!(s.jahre.len(), 3);
        }
    }

    #[test]
    fn beispiel_ohne_andere_werkzeuge_bleibt_gueltig() {
        let heute = Datum::neu(2026, 12, 3).unwrap();
        let ab = Arbeitsbereich::neu("b", "B", "2026-12-03T09:00:00Z");
        let plan = beispiel(heute, &ab);
        assert!(plan
            .massnahmen
            .iter()
            .all(|m| plan.pruefe_massnahme(m).is_empty()));
        assert!(plan
            .massnahmen
            .iter()
            .all(|m| m.projekt.is_none() && m.haushaltsstelle.is_none()));
        // A catalogue without "Stammhaushalt" gets it back; the user's entries stay.
        let mut ab = ab;
        ab.werkzeuge
            .massnahmenblatt
            .wege
            .retain(|w| w.name == "KP Weg 1");
        let plan = beispiel(heute, &ab);
        assert_eq!(
            plan.wege
                .iter()
                .map(|w| w.name.as_str())
                .collect::<Vec<_>>(),
            ["KP Weg 1", "Stammhaushalt"]
        );
        assert_eq!(plan.wegname(plan.massnahmen[0].weg), "Stammhaushalt");
    }
}
