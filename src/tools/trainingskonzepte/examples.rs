//! The example: one Trainingskonzept for the OZG team of the Kompetenzreflexion's example,
//! built from two of its priority gaps (Risikomanagement, Moderation und Beteiligung): three modules, four
//! Termine around `heute` (two past with participation and feedback, one full with a waiting
//! list, one ahead), and the evaluation on the four levels. Persons appear by their codes
//! ("TN 1"), as the Kompetenzreflexion shows them without names.

use super::model::{
    Ebene, Evaluation, Format, Konzeptstatus, Modul, Phase, Teilnahmestatus, Termin, Trainerart,
    Trainingskonzept, Trainingskonzepte, Zielgruppe,
};
use crate::shared::datum::Datum;
use crate::tools::kompetenzreflexion::model::Kompetenzreflexion;

/// The competences of the two priority gaps the concept answers (names of the default
/// catalogue the Kompetenzreflexion example uses).
pub const KOMPETENZEN: [&str; 2] = ["Risikomanagement", "Moderation und Beteiligung"];

/// The roles of the target groups.
const ROLLEN: [&str; 3] = [
    "IT-Projektmanager/in",
    "Prozessmanager/in",
    "Fachaufgabenträger/in",
];

/// The example on `heute`, linked to the competences and roles of `kr` by name (the
/// Kompetenzreflexion's example when loaded together).
pub fn beispiel(heute: Datum, kr: &Kompetenzreflexion) -> Trainingskonzepte {
    let kompetenz = |name: &str| kr.kompetenzen.iter().find(|k| k.name == name).map(|k| k.id);
    let rolle = |name: &str| kr.rollen.iter().find(|r| r.name == name).map(|r| r.id);
    let risiko: Vec<u32> = kompetenz(KOMPETENZEN[0]).into_iter().collect();
    let moderation: Vec<u32> = kompetenz(KOMPETENZEN[1]).into_iter().collect();
    let rollen: Vec<Option<u32>> = ROLLEN.iter().map(|r| rolle(r)).collect();

    let mut tk = Trainingskonzepte::default();
    let k = tk.speichere_konzept(Trainingskonzept {
        titel: "Qualifizierung OZG-Team: Risiken steuern, Beteiligung moderieren".into(),
        anlass: "Der zweite Workshop der Kompetenzreflexion zeigt prioritäre Lücken des OZG-Teams im \
                 Risikomanagement (IT-Projektleitung) und in Moderation und Beteiligung (Prozessmanagement)."
            .into(),
        verantwortlich: "Referat Z 2 (Fortbildung)".into(),
        status: Konzeptstatus::Laufend,
        phase: Phase::Durchfuehrung,
        budget_cent: Some(1_200_000),
        beginn: Some(heute.plus_tage(-30)),
        ende: Some(heute.plus_tage(120)),
        ziele_wissen: "Die Teilnehmenden kennen die Risikoarten in IT-Projekten und Methoden der Beteiligung.".into(),
        ziele_koennen: "Sie bewerten Risiken nach Eintrittswahrscheinlichkeit und Auswirkung und moderieren einen Workshop mit Fachbereich und IT.".into(),
        ziele_anwenden: "Sie führen im eigenen Vorhaben eine Risikoliste und beteiligen die Fachbereiche mit eigenen Workshops.".into(),
        ..Trainingskonzept::default()
    });
    let zielgruppen: Vec<u32> = [
        ("IT-Projektleitungen", rollen[0]),
        ("Prozessmanagement", rollen[1]),
        ("Fachaufgabenträger", rollen[2]),
    ]
    .into_iter()
    .filter_map(|(name, rolle)| {
        tk.speichere_zielgruppe(
            k,
            Zielgruppe {
                id: 0,
                name: name.into(),
                rolle,
            },
        )
    })
    .collect();
    let m1 = tk
        .speichere_modul(k, Modul {
            titel: "Risikomanagement in IT-Projekten".into(),
            inhalte: "Risiken erkennen, bewerten, steuern; Risikoliste und Eskalation an den Lenkungskreis.".into(),
            lernziele: "Eine Risikoliste für das eigene Vorhaben anlegen und pflegen.".into(),
            format: Format::Praesenzschulung,
            dauer_minuten: 360,
            trainerart: Trainerart::Extern,
            trainer: "Fortbildungsanbieter des Bundes".into(),
            materialien: "Foliensatz, Vorlage Risikoliste".into(),
            voraussetzungen: "Eigene Projektverantwortung".into(),
            kompetenzen: risiko.clone(),
            rollen: rollen[0].into_iter().collect(),
            zielgruppen: vec![zielgruppen[0]],
            ..Modul::default()
        })
        .unwrap_or(0);
    let m2 = tk
        .speichere_modul(k, Modul {
            titel: "Workshops moderieren, Beteiligte einbinden".into(),
            inhalte: "Workshop-Dramaturgie, Moderationstechniken, Beteiligung von Fachbereich und IT online.".into(),
            lernziele: "Einen Prozessworkshop planen und moderieren.".into(),
            format: Format::OnlineSeminar,
            dauer_minuten: 180,
            trainerart: Trainerart::Intern,
            trainer: "OZG-Koordination".into(),
            materialien: "Moderationsleitfaden, Vorlage Workshop-Ablauf".into(),
            kompetenzen: moderation.clone(),
            rollen: rollen[1].into_iter().collect(),
            zielgruppen: zielgruppen.clone(),
            ..Modul::default()
        })
        .unwrap_or(0);
    let m3 = tk
        .speichere_modul(
            k,
            Modul {
                titel: "Praxis-Tandem Risiken und Beteiligung".into(),
                inhalte:
                    "Zwei Monate Begleitung im eigenen Vorhaben durch eine erfahrene Kollegin."
                        .into(),
                format: Format::CoachingTandem,
                dauer_minuten: 240,
                trainerart: Trainerart::Intern,
                trainer: "Multiplikatorin Referat DG 1".into(),
                voraussetzungen: "Modul „Risikomanagement in IT-Projekten“".into(),
                kompetenzen: risiko.iter().chain(moderation.iter()).copied().collect(),
                zielgruppen: zielgruppen.iter().take(2).copied().collect(),
                ..Modul::default()
            },
        )
        .unwrap_or(0);
    let termin = |tk: &mut Trainingskonzepte,
                  modul,
                  tage,
                  zeit: Option<(u16, u16)>,
                  online,
                  ort: &str,
                  kapazitaet| {
        tk.speichere_termin(
            k,
            Termin {
                modul,
                datum: heute.plus_tage(tage),
                von: zeit.map(|z| z.0),
                bis: zeit.map(|z| z.1),
                online,
                ort: ort.into(),
                kapazitaet,
                ..Termin::default()
            },
        )
        .unwrap_or(0)
    };
    let t1 = termin(
        &mut tk,
        m1,
        -20,
        Some((9 * 60, 15 * 60)),
        false,
        "Schulungsraum 2.14",
        Some(12),
    );
    let t2 = termin(
        &mut tk,
        m2,
        -6,
        Some((10 * 60, 13 * 60)),
        true,
        "Videokonferenz OZG-Team",
        Some(20),
    );
    let t3 = termin(
        &mut tk,
        m1,
        14,
        Some((9 * 60, 15 * 60)),
        false,
        "Schulungsraum 2.14",
        Some(2),
    );
    termin(
        &mut tk,
        m3,
        40,
        None,
        false,
        "am eigenen Arbeitsplatz",
        None,
    );
    let teilnahmen: [(u32, &str, Teilnahmestatus, Option<u8>); 11] = [
        (t1, "TN 1", Teilnahmestatus::Teilgenommen, Some(5)),
        (t1, "TN 2", Teilnahmestatus::Teilgenommen, Some(4)),
        (
            t1,
            "Projektleitung Referat DG 3",
            Teilnahmestatus::Abgesagt,
            None,
        ),
        (t2, "TN 1", Teilnahmestatus::Teilgenommen, Some(4)),
        (t2, "TN 3", Teilnahmestatus::Teilgenommen, Some(5)),
        (t2, "TN 4", Teilnahmestatus::Teilgenommen, Some(3)),
        (t2, "TN 5", Teilnahmestatus::Angemeldet, None),
        (t2, "TN 6", Teilnahmestatus::Teilgenommen, None),
        (t3, "TN 2", Teilnahmestatus::Angemeldet, None),
        (
            t3,
            "Projektleitung Referat DG 3",
            Teilnahmestatus::Angemeldet,
            None,
        ),
        (t3, "TN 1", Teilnahmestatus::Angemeldet, None),
    ];
    for (t, wer, status, feedback) in teilnahmen {
        if let Some((id, angemeldet)) = tk.melde_an(t, wer) {
            if angemeldet == Teilnahmestatus::Angemeldet {
                tk.setze_teilnahme(t, id, status, feedback);
            }
        }
    }
    for (ebene, modul, methode, ergebnis, tage) in [
        (
            Ebene::Zufriedenheit,
            Some(m1),
            "Feedbackbogen am Ende",
            "Mittel 4,5 von 5; Wunsch nach mehr Übungen am eigenen Projekt.",
            -20,
        ),
        (
            Ebene::Lernerfolg,
            Some(m2),
            "Übung: Workshop-Ablauf planen",
            "4 von 5 Teilnehmenden legen einen vollständigen Ablauf vor.",
            -6,
        ),
        (
            Ebene::Transfer,
            None,
            "Befragung nach drei Monaten",
            "Geplant; Risikolisten in zwei Vorhaben angelegt.",
            70,
        ),
        (
            Ebene::Wirkung,
            None,
            "Erneute Kompetenzreflexion",
            "Geplant im nächsten Workshop: Lücken in Risikomanagement und Moderation höchstens 1.",
            120,
        ),
    ] {
        tk.speichere_evaluation(
            k,
            Evaluation {
                id: 0,
                ebene,
                modul,
                methode: methode.into(),
                ergebnis: ergebnis.into(),
                datum: Some(heute.plus_tage(tage)),
            },
        );
    }
    tk
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::kompetenzreflexion;
    use crate::tools::trainingskonzepte::calc;

    #[test]
    fn beispiel_adressiert_zwei_prioritaere_luecken_mit_drei_modulen() {
        let heute = Datum::neu(2026, 12, 3).unwrap();
        let kr = kompetenzreflexion::examples::beispiel(heute);
        let tk = beispiel(heute, &kr);
        let k = &tk.konzepte[0];
        assert_eq!(k.module.len(), 3);
        assert_eq!(k.termine.len(), 4);
        // Both competences are priority gaps of the team, and the modules address them.
        let a = calc::abdeckung(&kr, k.module.iter());
        for name in KOMPETENZEN {
            let id = kr.kompetenzen.iter().find(|x| x.name == name).unwrap().id;
            assert!(
                a.adressiert.iter().any(|(l, _)| l.kompetenz == id),
                "{name}"
            );
        }
        assert!(!a.offen.is_empty(), "es bleiben offene Lücken zu zeigen");
        // Participation, feedback and the waiting list.
        assert!(k.termine.iter().any(|t| t
            .teilnahmen
            .iter()
            .any(|x| x.status == Teilnahmestatus::Warteliste)));
        assert!(calc::feedback_mittel(k.termine.iter()).is_some());
        assert_eq!(calc::teilnahmequote(k, heute).2, Some(857));
        assert_eq!(calc::teilnehmende(k), 5);
        assert_eq!(calc::kosten_je_teilnehmer(k), Some(240_000));
        let ebenen: Vec<Ebene> = k.evaluationen.iter().map(|e| e.ebene).collect();
        assert_eq!(ebenen, Ebene::ALLE);
        assert!(calc::schritte(k, heute)
            .iter()
            .all(|s| s.phase == Phase::Lernmedienentwicklung || s.fehlt.is_empty()));
    }
}
