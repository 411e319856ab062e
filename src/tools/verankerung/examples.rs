//! Example data of the Verankerung tool for "Beispiel laden": the same made-up agency as the
//! other tools' examples (Abteilung Z with the OZG-Koordination, the Lenkungsausschuss, the
//! projects "Wohngeld digital" and "Elterngeld online"), one year after its OZG programme was
//! moved into the line organisation. The suggested goals are taken over, most of them
//! confirmed, one added and one retired; all goals were assessed at two Stichtage (six months
//! and one month before `heute`), and the biggest gaps have measures, one of them overdue.

use super::model::{Bewertung, Massnahme, Massnahmenstatus, Stufe, Verankerung, Ziel};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datum::Datum;
use crate::shared::vokabular::{Dimension, Handlungsfeld};

/// Per goal in catalogue order (the twelve suggestions, then the agency's own goal): Ist and
/// Ziel at the first and at the second Stichtag, the evidence and the owner of the latest.
/// FIM-Pflege (the eighth) is assessed once and then retired.
const STAENDE: [([u8; 4], &str, &str); 13] = [
    (
        [2, 4, 3, 4],
        "Hausanordnung vom Januar, Geschäftsverteilungsplan Z 1",
        "Abteilungsleitung Z",
    ),
    (
        [1, 3, 3, 3],
        "Geschäftsordnung Lenkungsausschuss, Protokolle",
        "OZG-Koordination",
    ),
    (
        [1, 3, 2, 3],
        "Liste der Leistungsverantwortlichen (Referate S 2, S 4, W 1)",
        "OZG-Koordination",
    ),
    ([0, 3, 1, 3], "", "Referat Z 3 – IT-Verfahren"),
    (
        [2, 3, 3, 3],
        "Quartalsbericht aus dem Multiprojektplan",
        "OZG-Koordination",
    ),
    ([1, 3, 1, 3], "", "Lenkungsausschuss"),
    (
        [1, 2, 2, 2],
        "Prüfschema EfA-Nachnutzung",
        "Referat Z 1 – Organisation",
    ),
    ([1, 2, 1, 2], "", "FIM-Team des Ressorts"),
    (
        [1, 3, 2, 3],
        "Rollenprofile OZG-Koordination und Produktverantwortung",
        "Referat Z 2 – Personal",
    ),
    ([1, 3, 1, 3], "", "Referat Z 1 – Organisation"),
    (
        [1, 4, 1, 4],
        "Stellenplan: 2 von 5 VZÄ dauerhaft",
        "Referat Z 2 – Personal",
    ),
    (
        [0, 3, 2, 3],
        "Haushaltsaufstellung: Titel 532 01 für den Betrieb",
        "Haushaltsreferat",
    ),
    (
        [1, 3, 2, 3],
        "Pilot im Referat Z 1",
        "Referat Z 3 – IT-Verfahren",
    ),
];

/// A measure of the example: goal title, title, owner, months from `heute` to its Termin,
/// status and Handlungsfeld.
type Plan = (
    &'static str,
    &'static str,
    &'static str,
    i32,
    Massnahmenstatus,
    Handlungsfeld,
);

const MASSNAHMEN: [Plan; 5] = [
    (
        "Stellen für die Daueraufgabe",
        "Stellenbedarf für die Daueraufgabe anmelden (PBE)",
        "Referat Z 2 – Personal",
        -1,
        Massnahmenstatus::InArbeit,
        Handlungsfeld::Programmkoordination,
    ),
    (
        "Zuständigkeit für Betrieb und Weiterentwicklung",
        "Betriebsübergabe Wohngeld digital regeln",
        "Referat Z 3 – IT-Verfahren",
        2,
        Massnahmenstatus::Geplant,
        Handlungsfeld::Multiprojektmanagement,
    ),
    (
        "Priorisierungsverfahren",
        "Priorisierungskriterien im Lenkungsausschuss beschließen",
        "OZG-Koordination",
        1,
        Massnahmenstatus::Geplant,
        Handlungsfeld::Programmkoordination,
    ),
    (
        "Wissenssicherung",
        "Wissenslandkarte der OZG-Koordination anlegen",
        "Referat Z 1 – Organisation",
        3,
        Massnahmenstatus::Geplant,
        Handlungsfeld::Wissenstransfer,
    ),
    (
        "Lenkungskreis tagt regelmäßig",
        "Sitzungskalender des Lenkungsausschusses festlegen",
        "OZG-Koordination",
        -4,
        Massnahmenstatus::Erledigt,
        Handlungsfeld::Reporting,
    ),
];

/// The example, dated around `heute`; goals link to the example project "Wohngeld digital"
/// and the Leistung "Wohngeld beantragen" when the workspace holds them.
pub fn beispiel(heute: Datum, ab: &Arbeitsbereich) -> Verankerung {
    let mut plan = Verankerung::default();
    plan.uebernimm_vorschlaege();
    plan.speichere_ziel(Ziel {
        dimension: Some(Dimension::Prozesse),
        titel: "Fachverfahren an die E-Akte angebunden".into(),
        beschreibung: "Online-Anträge landen ohne Ausdruck in der E-Akte des zuständigen Referats."
            .into(),
        quelle: "Eigenes Ziel der Behörde aus dem Projekt „E-Akte-Anbindung der Fachverfahren“"
            .into(),
        ..Ziel::default()
    });
    // Confirmed after the first assessment, except two still to be checked.
    for z in &mut plan.ziele {
        z.bitte_pruefen =
            z.bitte_pruefen && ["Nachnutzungsprozess", "FIM-Pflege"].contains(&z.titel.as_str());
    }
    let frueher = heute.plus_monate(-6);
    let jetzt = heute.plus_monate(-1);
    let stufe = |w: u8| Stufe::aus_wert(w).unwrap_or_default();
    let ziele: Vec<(u32, String)> = plan.ziele.iter().map(|z| (z.id, z.titel.clone())).collect();
    for ((ziel, titel), (stufen, nachweis, verantwortlich)) in ziele.into_iter().zip(STAENDE) {
        let runden = if titel == "FIM-Pflege" { 1 } else { 2 };
        for (runde, stichtag) in [frueher, jetzt].into_iter().enumerate().take(runden) {
            let (ist, soll) = (stufen[2 * runde], stufen[2 * runde + 1]);
            let aktuell = runde == 1;
            plan.speichere_bewertung(Bewertung {
                id: 0,
                ziel,
                stichtag,
                ist: stufe(ist),
                soll: stufe(soll),
                nachweis: if aktuell {
                    nachweis.into()
                } else {
                    String::new()
                },
                verantwortlich: verantwortlich.into(),
                kommentar: if aktuell && ist > stufen[0] {
                    "Fortschritt seit der letzten Bewertung".into()
                } else {
                    String::new()
                },
            });
        }
    }
    // FIM-Pflege was handed to the Ressort's FIM team after the first round and retired.
    if let Some(fim) = plan
        .ziele
        .iter()
        .find(|z| z.titel == "FIM-Pflege")
        .map(|z| z.id)
    {
        plan.mustere_aus(fim, Some(frueher.plus_tage(14)));
    }
    for (ziel, titel, verantwortlich, monate, status, feld) in MASSNAHMEN {
        let Some(ziel) = plan.ziele.iter().find(|z| z.titel == ziel).map(|z| z.id) else {
            continue;
        };
        plan.speichere_massnahme(Massnahme {
            id: 0,
            ziel,
            titel: titel.into(),
            verantwortlich: verantwortlich.into(),
            termin: Some(heute.plus_monate(monate)),
            status,
            handlungsfeld: Some(feld),
        });
    }
    verknuepfe(&mut plan, ab);
    plan
}

/// Links "Zuständigkeit für Betrieb …" to the project "Wohngeld digital" and
/// "Leistungsverantwortliche je Leistung" to the Leistung "Wohngeld beantragen", if the workspace
/// has them.
fn verknuepfe(plan: &mut Verankerung, ab: &Arbeitsbereich) {
    let moeglich = super::calc::verweisziele(ab);
    for (titel, ziel) in [
        (
            "Zuständigkeit für Betrieb und Weiterentwicklung",
            " Wohngeld digital",
        ),
        (
            "Leistungsverantwortliche je Leistung",
            "Leistung Wohngeld beantragen",
        ),
    ] {
        let verweis = moeglich.iter().find(|(_, t)| t.ends_with(ziel));
        if let (Some(z), Some((v, _))) = (plan.ziele.iter_mut().find(|z| z.titel == titel), verweis)
        {
            z.verweise.push(v.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::verankerung::calc;

    #[test]
    fn beispiel_erzaehlt_zwei_stichtage_mit_luecken_und_massnahmen() {
        let heute = Datum::neu(2026, 12, 3).unwrap();
        let mut ab = Arbeitsbereich::neu("b", "Beispiel", "2026-12-03T09:00:00Z");
        crate::tools::alle_beispiele(&mut ab, heute);
        let plan = &ab.werkzeuge.verankerung;
        assert_eq!(plan.ziele.len(), 13);
        assert_eq!(calc::stichtage(plan).len(), 2);
        for d in calc::dimensionen(plan, None) {
            assert!(d.ist.is_some(), "{:?} bewertet", d.dimension);
        }
        assert_eq!(plan.ziele.iter().filter(|z| !z.aktiv()).count(), 1);
        assert_eq!(plan.ziele.iter().filter(|z| z.bitte_pruefen).count(), 2);
        let luecken = calc::luecken(plan);
        assert!(
            luecken.iter().take(3).all(|l| l.offene_massnahmen > 0),
            "{luecken:?}"
        );
        assert_eq!(
            plan.massnahmen
                .iter()
                .filter(|m| calc::ueberfaellig(m, heute).is_some())
                .count(),
            1
        );
        let verweise: Vec<_> = plan.ziele.iter().flat_map(|z| &z.verweise).collect();
        assert_eq!(verweise.len(), 2);
        assert!(verweise.iter().all(|v| !calc::verweis_titel(&ab, v).1));
    }
}
