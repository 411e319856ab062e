//! Example data of the Multiprojektplan: [`beispielportfolio`], a small, realistic OZG
//! portfolio for new users ("Beispiel laden") and for tests, and [`generiere`], a deterministic
//! large portfolio for benchmarks and load tests.
//!
//! All dates are relative to the `heute` passed in, so the examples always look current: some
//! milestones lie behind, some ahead, forecasts were given at the last three month ends. Names
//! of services are real OZG services; organisations and people are made up.

use super::model::{
    Abhaengigkeit, Abhaengigkeitsart, Ampeldimension, Ampeln, Bewertung, Bezug, Meilenstein,
    Meilensteinstatus, Meilensteintyp, Multiprojektplan, MussKriterium, Phase, Prioritaet, Projekt,
    Projektstatus, Statusbericht, Umsetzungsweg,
};
use crate::shared::datum::Datum;
use crate::shared::vokabular::{Ampel, Dimension, Handlungsfeld};

/// A rating with its reason.
fn bewertung(ampel: Ampel, begruendung: &str) -> Bewertung {
    Bewertung {
        ampel,
        begruendung: begruendung.to_owned(),
    }
}

/// The last day of the month `monate_zurueck + 1` months before `heute`'s month: 0 → last day
/// of the previous month. Forecasts of the examples are filed under these reporting dates.
fn monatsende_vor(heute: Datum, monate_zurueck: i32) -> Datum {
    heute
        .monatsanfang()
        .plus_monate(-monate_zurueck)
        .plus_tage(-1)
}

/// One milestone of the example, with its forecast history `(Stichtag, Datum, Kommentar)`.
struct Ms<'a> {
    bezeichnung: &'a str,
    typ: Meilensteintyp,
    basis: Datum,
    prognosen: &'a [(Datum, Datum, &'a str)],
    ist: Option<Datum>,
    status: Meilensteinstatus,
    verantwortlich: &'a str,
    bemerkung: &'a str,
}

impl Ms<'_> {
    fn anlegen(&self, plan: &mut Multiprojektplan, projekt: u32) -> u32 {
        let mut m = Meilenstein {
            projekt,
            bezeichnung: self.bezeichnung.to_owned(),
            typ: self.typ,
            basis: Some(self.basis),
            ist: self.ist,
            status: self.status,
            verantwortlich: self.verantwortlich.to_owned(),
            bemerkung: self.bemerkung.to_owned(),
            ..Meilenstein::default()
        };
        for &(stichtag, datum, kommentar) in self.prognosen {
            m.setze_prognose(stichtag, datum, kommentar);
        }
        plan.speichere_meilenstein(m)
    }
}

/// A milestone reached on `ist`.
fn erreicht<'a>(
    bezeichnung: &'a str,
    typ: Meilensteintyp,
    basis: Datum,
    ist: Datum,
    verantwortlich: &'a str,
) -> Ms<'a> {
    Ms {
        bezeichnung,
        typ,
        basis,
        prognosen: &[],
        ist: Some(ist),
        status: Meilensteinstatus::Erreicht,
        verantwortlich,
        bemerkung: "",
    }
}

/// An open milestone; `verschoben` when the latest forecast differs from the Basisplan.
fn offen<'a>(
    bezeichnung: &'a str,
    typ: Meilensteintyp,
    basis: Datum,
    prognosen: &'a [(Datum, Datum, &'a str)],
    verantwortlich: &'a str,
) -> Ms<'a> {
    let verschoben = prognosen.last().is_some_and(|p| p.1 != basis);
    Ms {
        bezeichnung,
        typ,
        basis,
        prognosen,
        ist: None,
        status: if verschoben {
            Meilensteinstatus::Verschoben
        } else {
            Meilensteinstatus::Offen
        },
        verantwortlich,
        bemerkung: "",
    }
}

/// Ratings on the default criteria 1–5 (Kriterium::vorgaben).
fn bewertungen(werte: [u8; 5]) -> std::collections::BTreeMap<u32, u8> {
    (1..=5).zip(werte).collect()
}

/// A dependency to add with [`Multiprojektplan::verknuepfe`].
fn abhaengigkeit(
    von: Bezug,
    zu: Bezug,
    art: Abhaengigkeitsart,
    staerke: u8,
    bemerkung: &str,
) -> Abhaengigkeit {
    Abhaengigkeit {
        id: 0,
        von,
        zu,
        art,
        staerke,
        bemerkung: bemerkung.to_owned(),
    }
}

// Programme as a Bundesbehörde names them: the OZG's Digitalisierungsprogramm Föderal (services
// the Bund regulates and Länder or Kommunen execute) by Themenfeld, and the Bund's Basisdienste.
const FAMILIE: &str = "Digitalisierungsprogramm Föderal: Familie & Kind";
const UNTERNEHMEN: &str = "Digitalisierungsprogramm Föderal: Unternehmensführung";
const BASIS: &str = "Digitalisierungsprogramm Bund: Basisdienste";

/// A small OZG portfolio for new users: eight projects in three Programme and two waves, with
/// milestones and their forecast history over the last three month ends (showing slips), four
/// dependencies of which one conflicts, three status reports and ratings on the default
/// criteria. Every date is relative to `heute`; every project passes
/// [`Multiprojektplan::pruefe_projekt`].
pub fn beispielportfolio(heute: Datum) -> Multiprojektplan {
    use Meilensteintyp::{Abnahme, Entscheidung, GoLive, Mittelabruf, Sonstiges};

    let mut plan = Multiprojektplan::default();
    let m = |monate: i32| heute.plus_monate(monate);
    // Reporting dates: the month ends five, three and one month(s) ago.
    let (s1, s2, s3) = (
        monatsende_vor(heute, 4),
        monatsende_vor(heute, 2),
        monatsende_vor(heute, 0),
    );

    // --- Familie & Soziales ------------------------------------------------------------------
    let wohngeld = plan.speichere_projekt(Projekt {
        kennung: "P-2026-001".into(),
        titel: "Wohngeld digital".into(),
        ziel:
            "Wohngeldanträge vollständig online stellen und medienbruchfrei an das Fachverfahren \
               übergeben; 60 % Online-Quote zwölf Monate nach dem Go-live."
                .into(),
        programm: FAMILIE.into(),
        organisationseinheit: "Abteilung S, Referat S 2 – Wohngeld".into(),
        auftraggeber: "Abteilungsleitung S".into(),
        projektleitung: "Katrin Brandt".into(),
        ozg_leistungen: vec!["10340".into()],
        umsetzungsweg: Some(Umsetzungsweg::EfaNachnutzung),
        phase: Some(Phase::Durchfuehrung),
        status: Projektstatus::Aktiv,
        start_plan: Some(m(-14)),
        start_ist: Some(m(-14).plus_tage(10)),
        ende_plan: Some(m(8)),
        ende_prognose: Some(m(10)),
        ampeln: Ampeln {
            gesamt: bewertung(
                Ampel::Gelb,
                "Go-live verschiebt sich um rund zwei Monate, weil die Schnittstelle zum \
                 Fachverfahren später geliefert wird. Gegenmaßnahme: Pilotbetrieb mit zwei \
                 Wohngeldstellen vorziehen.",
            ),
            termine: bewertung(
                Ampel::Gelb,
                "Schnittstelle Fachverfahren drei Monate später als geplant; Go-live und \
                 Rollout folgen.",
            ),
            budget: bewertung(Ampel::Gruen, ""),
            qualitaet: bewertung(Ampel::Gruen, ""),
            ressourcen: bewertung(
                Ampel::Gelb,
                "Zwei von drei Stellen im Fachteam besetzt; die Ausschreibung der dritten läuft.",
            ),
        },
        prioritaet: Some(Prioritaet::Hoch),
        welle: Some(1),
        budget_cent: Some(1_250_000 * 100),
        kapazitaet_vzae_hundertstel: Some(350),
        handlungsfelder: vec![Handlungsfeld::Multiprojektmanagement],
        dimensionen: vec![Dimension::Prozesse],
        bewertungen: bewertungen([3, 3, 3, 2, 2]),
        ..Projekt::default()
    });
    let schnittstelle = [
        (s1, m(1), ""),
        (s2, m(2), "Hersteller liefert Release später"),
        (s3, m(3), "Testumgebung des Herstellers nicht verfügbar"),
    ];
    let wohngeld_golive = [
        (s1, m(4), ""),
        (s2, m(5), "folgt der Schnittstelle"),
        (s3, m(6), "folgt der Schnittstelle"),
    ];
    let rollout = [(s3, m(10), "Pilot zwei Monate später")];
    for ms in [
        erreicht(
            "Projektauftrag erteilt",
            Entscheidung,
            m(-14),
            m(-14),
            "Abteilungsleitung S",
        ),
        erreicht(
            "Feinkonzept abgenommen",
            Abnahme,
            m(-8),
            m(-8).plus_tage(12),
            "Katrin Brandt",
        ),
        offen(
            "Schnittstelle Fachverfahren geliefert",
            Sonstiges,
            m(1),
            &schnittstelle,
            "Hersteller Fachverfahren",
        ),
        offen(
            "Go-live Pilot-Wohngeldstellen",
            GoLive,
            m(4),
            &wohngeld_golive,
            "Katrin Brandt",
        ),
        offen(
            "Rollout abgeschlossen",
            Sonstiges,
            m(8),
            &rollout,
            "Katrin Brandt",
        ),
    ] {
        ms.anlegen(&mut plan, wohngeld);
    }

    let elterngeld = plan.speichere_projekt(Projekt {
        kennung: "P-2026-002".into(),
        titel: "Elterngeld online".into(),
        ziel: "Elterngeld Ende-zu-Ende digital beantragen, einschließlich elektronischem \
               Bescheid, durch Nachnutzung der EfA-Lösung."
            .into(),
        programm: FAMILIE.into(),
        organisationseinheit: "Abteilung S, Referat S 4 – Familienleistungen".into(),
        auftraggeber: "Abteilungsleitung S".into(),
        projektleitung: "Murat Aydın".into(),
        ozg_leistungen: vec!["10367".into(), "10368".into()],
        umsetzungsweg: Some(Umsetzungsweg::EfaNachnutzung),
        phase: Some(Phase::Durchfuehrung),
        status: Projektstatus::Aktiv,
        start_plan: Some(m(-10)),
        start_ist: Some(m(-10)),
        ende_plan: Some(m(8)),
        ampeln: Ampeln {
            gesamt: bewertung(Ampel::Gruen, ""),
            termine: bewertung(Ampel::Gruen, ""),
            budget: bewertung(Ampel::Gruen, ""),
            qualitaet: bewertung(Ampel::Gruen, ""),
            ressourcen: bewertung(Ampel::Gruen, ""),
        },
        prioritaet: Some(Prioritaet::Hoch),
        muss_kriterien: vec![MussKriterium::GesetzlicheVorgabe],
        gesetzliche_frist: Some(m(9)),
        welle: Some(1),
        budget_cent: Some(890_000 * 100),
        kapazitaet_vzae_hundertstel: Some(250),
        handlungsfelder: vec![Handlungsfeld::Multiprojektmanagement],
        dimensionen: vec![Dimension::Prozesse, Dimension::Strukturen],
        bewertungen: bewertungen([3, 3, 2, 3, 2]),
        ..Projekt::default()
    });
    let abnahme_elterngeld = [(s2, m(1), ""), (s3, m(1), "")];
    let golive_elterngeld = [(s1, m(6), ""), (s2, m(6), ""), (s3, m(6), "")];
    let mut elterngeld_abnahme = 0;
    for (i, ms) in [
        erreicht(
            "Nachnutzungsvereinbarung unterzeichnet",
            Entscheidung,
            m(-9),
            m(-9),
            "Abteilungsleitung S",
        ),
        erreicht(
            "Mittelabruf 2. Tranche",
            Mittelabruf,
            m(-2),
            m(-2).plus_tage(-3),
            "Haushaltsreferat",
        ),
        offen(
            "Abnahme Fachverfahrensanbindung",
            Abnahme,
            m(1),
            &abnahme_elterngeld,
            "Murat Aydın",
        ),
        offen("Go-live", GoLive, m(6), &golive_elterngeld, "Murat Aydın"),
    ]
    .into_iter()
    .enumerate()
    {
        let id = ms.anlegen(&mut plan, elterngeld);
        if i == 2 {
            elterngeld_abnahme = id;
        }
    }

    let kita = plan.speichere_projekt(Projekt {
        kennung: "P-2026-003".into(),
        titel: "Kita-Platz-Anmeldung".into(),
        ziel: "Eltern melden den Betreuungsbedarf an einer Stelle online an; die Träger erhalten \
               die Anmeldungen strukturiert."
            .into(),
        programm: FAMILIE.into(),
        organisationseinheit: "Abteilung S, Referat S 4 – Familienleistungen".into(),
        auftraggeber: "Abteilungsleitung S".into(),
        projektleitung: "Jana Petersen".into(),
        ozg_leistungen: vec!["10391".into()],
        umsetzungsweg: Some(Umsetzungsweg::Eigenentwicklung),
        phase: Some(Phase::Planung),
        status: Projektstatus::Geplant,
        start_plan: Some(m(2)),
        ende_plan: Some(m(16)),
        ampeln: Ampeln {
            gesamt: bewertung(Ampel::Gruen, ""),
            ..Ampeln::default()
        },
        prioritaet: Some(Prioritaet::Mittel),
        welle: Some(2),
        budget_cent: Some(420_000 * 100),
        kapazitaet_vzae_hundertstel: Some(150),
        handlungsfelder: vec![Handlungsfeld::Multiprojektmanagement],
        dimensionen: vec![Dimension::Prozesse],
        bewertungen: bewertungen([2, 3, 2, 1, 2]),
        ..Projekt::default()
    });
    let vergabe_kita = [(s3, m(6), "Vergabestelle ausgelastet")];
    for ms in [
        Ms {
            bemerkung: "Ersetzt durch Nutzertests im Rahmen der Vergabe.",
            status: Meilensteinstatus::Entfallen,
            ..offen(
                "Elternbefragung ausgewertet",
                Sonstiges,
                m(-1),
                &[],
                "Jana Petersen",
            )
        },
        offen(
            "Projektauftrag erteilt",
            Entscheidung,
            m(2),
            &[],
            "Abteilungsleitung S",
        ),
        offen(
            "Vergabe Entwicklungsleistung",
            Entscheidung,
            m(5),
            &vergabe_kita,
            "Vergabestelle",
        ),
        offen("Go-live", GoLive, m(14), &[], "Jana Petersen"),
    ] {
        ms.anlegen(&mut plan, kita);
    }

    // --- Unternehmen & Wirtschaft ------------------------------------------------------------
    let gewerbe = plan.speichere_projekt(Projekt {
        kennung: "P-2026-004".into(),
        titel: "Gewerbeanmeldung (EfA)".into(),
        ziel: "Gewerbe an-, um- und abmelden über die EfA-Lösung, mit Online-Bezahlung der \
               Gebühr und Weiterleitung an die beteiligten Stellen."
            .into(),
        programm: UNTERNEHMEN.into(),
        organisationseinheit: "Abteilung W, Referat W 1 – Gewerberecht".into(),
        auftraggeber: "Abteilungsleitung W".into(),
        projektleitung: "Stefan Krüger".into(),
        ozg_leistungen: vec!["10182".into(), "10183".into(), "10184".into()],
        umsetzungsweg: Some(Umsetzungsweg::EfaNachnutzung),
        phase: Some(Phase::Durchfuehrung),
        status: Projektstatus::Aktiv,
        start_plan: Some(m(-12)),
        start_ist: Some(m(-12)),
        ende_plan: Some(m(2)),
        ende_prognose: Some(m(4)),
        ampeln: Ampeln {
            gesamt: bewertung(
                Ampel::Rot,
                "Go-live hängt am Basisdienst Bezahlen, der frühestens in fünf Monaten bereitsteht. \
                 Die Programmleitung muss über eine Übergangslösung (Zahlung auf Rechnung) \
                 entscheiden.",
            ),
            termine: bewertung(
                Ampel::Rot,
                "Integrationstest zwei Monate später abgeschlossen; Go-live nach aktuellem \
                 Stand nicht vor dem Basisdienst Bezahlen.",
            ),
            budget: bewertung(
                Ampel::Gelb,
                "Übergangslösung kostet rund 40.000 €; die Deckung ist offen.",
            ),
            qualitaet: bewertung(Ampel::Gruen, ""),
            ressourcen: bewertung(Ampel::Gruen, ""),
        },
        prioritaet: Some(Prioritaet::Hoch),
        muss_kriterien: vec![MussKriterium::PolitischeVorgabe],
        welle: Some(1),
        budget_cent: Some(640_000 * 100),
        kapazitaet_vzae_hundertstel: Some(200),
        handlungsfelder: vec![Handlungsfeld::Multiprojektmanagement, Handlungsfeld::Kooperation],
        dimensionen: vec![Dimension::Prozesse],
        bewertungen: bewertungen([3, 2, 3, 2, 1]),
        ..Projekt::default()
    });
    let integrationstest = [
        (s1, m(-3), ""),
        (s2, m(-2), "Testdaten der Kammern fehlten"),
    ];
    let golive_gewerbe = [
        (s1, m(1), ""),
        (s2, m(2), "Integrationstest später"),
        (s3, m(3), "Abstimmung Bezahldienst offen"),
    ];
    let mut gewerbe_golive = 0;
    for (i, ms) in [
        erreicht(
            "Anschluss an den EfA-Dienst beschlossen",
            Entscheidung,
            m(-11),
            m(-11),
            "Abteilungsleitung W",
        ),
        Ms {
            prognosen: &integrationstest,
            ..erreicht(
                "Integrationstest abgeschlossen",
                Abnahme,
                m(-3),
                m(-1),
                "Stefan Krüger",
            )
        },
        offen("Go-live", GoLive, m(1), &golive_gewerbe, "Stefan Krüger"),
    ]
    .into_iter()
    .enumerate()
    {
        let id = ms.anlegen(&mut plan, gewerbe);
        if i == 2 {
            gewerbe_golive = id;
        }
    }

    let handwerk = plan.speichere_projekt(Projekt {
        kennung: "P-2026-005".into(),
        titel: "Eintragung in die Handwerksrolle".into(),
        ziel: "Handwerksbetriebe beantragen die Eintragung online; Nachweise werden über das \
               Once-Only-Prinzip abgerufen."
            .into(),
        programm: UNTERNEHMEN.into(),
        organisationseinheit: "Abteilung W, Referat W 3 – Handwerk".into(),
        auftraggeber: "Abteilungsleitung W".into(),
        projektleitung: "Lena Hoffmann".into(),
        ozg_leistungen: vec!["10215".into()],
        umsetzungsweg: Some(Umsetzungsweg::Fertigungsstrasse),
        phase: Some(Phase::Definition),
        status: Projektstatus::Geplant,
        start_plan: Some(m(6)),
        ende_plan: Some(m(20)),
        ampeln: Ampeln {
            gesamt: bewertung(Ampel::Gruen, ""),
            ..Ampeln::default()
        },
        prioritaet: Some(Prioritaet::Niedrig),
        welle: Some(2),
        budget_cent: Some(380_000 * 100),
        kapazitaet_vzae_hundertstel: Some(120),
        handlungsfelder: vec![Handlungsfeld::Multiprojektmanagement],
        dimensionen: vec![Dimension::Prozesse],
        bewertungen: bewertungen([1, 2, 1, 1, 3]),
        ..Projekt::default()
    });
    for ms in [
        offen(
            "Projektauftrag erteilt",
            Entscheidung,
            m(6),
            &[],
            "Abteilungsleitung W",
        ),
        offen(
            "Anforderungen mit den Kammern abgestimmt",
            Abnahme,
            m(9),
            &[],
            "Lena Hoffmann",
        ),
        offen("Go-live", GoLive, m(18), &[], "Lena Hoffmann"),
    ] {
        ms.anlegen(&mut plan, handwerk);
    }

    // --- Basisdienste & Querschnitt ----------------------------------------------------------
    let bezahlen = plan.speichere_projekt(Projekt {
        kennung: "P-2026-006".into(),
        titel: "Basisdienst Bezahlen (ePayment)".into(),
        ziel: "Ein zentraler Bezahldienst für alle Online-Leistungen des Hauses mit \
               Kreditkarte, Lastschrift und Giropay-Nachfolger."
            .into(),
        programm: BASIS.into(),
        organisationseinheit: "Abteilung Z, Referat Z 3 – IT-Verfahren".into(),
        auftraggeber: "CIO".into(),
        projektleitung: "Thomas Wagner".into(),
        umsetzungsweg: Some(Umsetzungsweg::Eigenentwicklung),
        phase: Some(Phase::Durchfuehrung),
        status: Projektstatus::Aktiv,
        start_plan: Some(m(-9)),
        start_ist: Some(m(-9)),
        ende_plan: Some(m(3)),
        ende_prognose: Some(m(6)),
        ampeln: Ampeln {
            gesamt: bewertung(
                Ampel::Gelb,
                "Die Zertifizierung des Zahlungsdienstleisters verzögert sich; Go-live zwei \
                 Monate später. Abhängige Vorhaben sind informiert.",
            ),
            termine: bewertung(
                Ampel::Gelb,
                "Sicherheitskonzept und Go-live je zwei bis drei Monate später.",
            ),
            budget: bewertung(Ampel::Gruen, ""),
            qualitaet: bewertung(Ampel::Gruen, ""),
            ressourcen: bewertung(
                Ampel::Gelb,
                "Sicherheitsexpertise nur über den Rahmenvertrag verfügbar; Abruf beantragt.",
            ),
        },
        prioritaet: Some(Prioritaet::Hoch),
        muss_kriterien: vec![MussKriterium::Betriebskritisch],
        welle: Some(1),
        budget_cent: Some(1_980_000 * 100),
        kapazitaet_vzae_hundertstel: Some(420),
        handlungsfelder: vec![
            Handlungsfeld::Multiprojektmanagement,
            Handlungsfeld::Programmkoordination,
        ],
        dimensionen: vec![Dimension::Strukturen, Dimension::Kapazitaeten],
        bewertungen: bewertungen([3, 2, 3, 2, 1]),
        ..Projekt::default()
    });
    let sicherheitskonzept = [
        (s1, m(-2), ""),
        (s2, m(-1), "Rückfragen des IT-Sicherheitsbeauftragten"),
        (s3, m(1), "Penetrationstest nachgefordert"),
    ];
    let golive_bezahlen = [
        (s1, m(3), ""),
        (s2, m(4), "Zertifizierung Zahlungsdienstleister"),
        (s3, m(5), "folgt dem Sicherheitskonzept"),
    ];
    let mittelabruf = [(s3, m(6), "folgt dem Go-live")];
    let mut bezahlen_golive = 0;
    for (i, ms) in [
        erreicht(
            "Zahlungsdienstleister beauftragt",
            Entscheidung,
            m(-7),
            m(-7).plus_tage(5),
            "Vergabestelle",
        ),
        offen(
            "Sicherheitskonzept freigegeben",
            Abnahme,
            m(-2),
            &sicherheitskonzept,
            "IT-Sicherheitsbeauftragte",
        ),
        offen("Go-live", GoLive, m(3), &golive_bezahlen, "Thomas Wagner"),
        offen(
            "Mittelabruf Betrieb",
            Mittelabruf,
            m(4),
            &mittelabruf,
            "Haushaltsreferat",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let id = ms.anlegen(&mut plan, bezahlen);
        if i == 2 {
            bezahlen_golive = id;
        }
    }

    let nutzerkonto = plan.speichere_projekt(Projekt {
        kennung: "P-2025-014".into(),
        titel: "Anbindung Nutzerkonto (BundID)".into(),
        ziel: "Alle Online-Leistungen des Hauses nutzen die BundID für Anmeldung und Postfach."
            .into(),
        programm: BASIS.into(),
        organisationseinheit: "Abteilung Z, Referat Z 3 – IT-Verfahren".into(),
        auftraggeber: "CIO".into(),
        projektleitung: "Thomas Wagner".into(),
        umsetzungsweg: Some(Umsetzungsweg::Fertigungsstrasse),
        phase: Some(Phase::Abschluss),
        status: Projektstatus::Abgeschlossen,
        start_plan: Some(m(-18)),
        start_ist: Some(m(-18)),
        ende_plan: Some(m(-6)),
        ende_ist: Some(m(-5)),
        ampeln: Ampeln {
            gesamt: bewertung(Ampel::Blau, ""),
            termine: bewertung(Ampel::Blau, ""),
            budget: bewertung(Ampel::Blau, ""),
            qualitaet: bewertung(Ampel::Blau, ""),
            ressourcen: bewertung(Ampel::Blau, ""),
        },
        welle: Some(1),
        budget_cent: Some(310_000 * 100),
        kapazitaet_vzae_hundertstel: Some(80),
        handlungsfelder: vec![Handlungsfeld::Multiprojektmanagement],
        dimensionen: vec![Dimension::Strukturen],
        bewertungen: bewertungen([3, 2, 3, 3, 3]),
        ..Projekt::default()
    });
    for ms in [
        erreicht(
            "Anbindung Testumgebung abgenommen",
            Abnahme,
            m(-12),
            m(-12),
            "Thomas Wagner",
        ),
        erreicht("Go-live", GoLive, m(-6), m(-5), "Thomas Wagner"),
        erreicht(
            "Abschlussbericht vorgelegt",
            Sonstiges,
            m(-5),
            m(-5),
            "Thomas Wagner",
        ),
    ] {
        ms.anlegen(&mut plan, nutzerkonto);
    }

    let eakte = plan.speichere_projekt(Projekt {
        kennung: "P-2026-008".into(),
        titel: "E-Akte-Anbindung der Fachverfahren".into(),
        ziel: "Online-Anträge landen ohne Ausdruck in der E-Akte des zuständigen Referats."
            .into(),
        programm: BASIS.into(),
        organisationseinheit: "Abteilung Z, Referat Z 1 – Organisation".into(),
        auftraggeber: "Abteilungsleitung Z".into(),
        projektleitung: "Sabine Schulz".into(),
        umsetzungsweg: Some(Umsetzungsweg::Eigenentwicklung),
        phase: Some(Phase::Durchfuehrung),
        status: Projektstatus::Pausiert,
        start_plan: Some(m(-6)),
        start_ist: Some(m(-6)),
        ende_plan: Some(m(9)),
        ende_prognose: Some(m(15)),
        ampeln: Ampeln {
            gesamt: bewertung(
                Ampel::Rot,
                "Projekt pausiert: das Entwicklungsteam arbeitet bis zu dessen Go-live am \
                 Basisdienst Bezahlen. Der Lenkungskreis muss über die Priorität entscheiden.",
            ),
            termine: bewertung(
                Ampel::Rot,
                "Go-live nach aktuellem Stand sechs Monate später als geplant.",
            ),
            budget: bewertung(Ampel::Gruen, ""),
            qualitaet: bewertung(Ampel::Gruen, ""),
            ressourcen: bewertung(
                Ampel::Rot,
                "Kein Entwicklungspersonal verfügbar, solange der Basisdienst Bezahlen Vorrang hat.",
            ),
        },
        prioritaet: Some(Prioritaet::Mittel),
        welle: Some(2),
        budget_cent: Some(560_000 * 100),
        kapazitaet_vzae_hundertstel: Some(275),
        handlungsfelder: vec![Handlungsfeld::Multiprojektmanagement],
        dimensionen: vec![Dimension::Prozesse, Dimension::Kapazitaeten],
        bewertungen: bewertungen([2, 1, 3, 1, 2]),
        ..Projekt::default()
    });
    let spezifikation = [
        (s1, m(-3), ""),
        (s2, m(-1), "Team an Basisdienst Bezahlen abgegeben"),
        (s3, m(2), "Projekt pausiert"),
    ];
    let pilot = [(s3, m(9), "Projekt pausiert")];
    let golive_eakte = [(s2, m(10), ""), (s3, m(14), "Projekt pausiert")];
    for ms in [
        offen(
            "Schnittstellenspezifikation abgenommen",
            Abnahme,
            m(-3),
            &spezifikation,
            "Sabine Schulz",
        ),
        offen(
            "Pilot im Referat Z 1",
            Sonstiges,
            m(4),
            &pilot,
            "Sabine Schulz",
        ),
        offen("Go-live", GoLive, m(8), &golive_eakte, "Sabine Schulz"),
    ] {
        ms.anlegen(&mut plan, eakte);
    }

    // --- Dependencies: the first one conflicts --------------------------------------------
    for a in [
        abhaengigkeit(
            Bezug::Meilenstein(bezahlen_golive),
            Bezug::Meilenstein(gewerbe_golive),
            Abhaengigkeitsart::Basiskomponente,
            3,
            "Die Gebühr der Gewerbeanmeldung wird über den Basisdienst Bezahlen erhoben.",
        ),
        abhaengigkeit(
            Bezug::Projekt(nutzerkonto),
            Bezug::Projekt(kita),
            Abhaengigkeitsart::Basiskomponente,
            2,
            "Anmeldung der Eltern über die BundID.",
        ),
        abhaengigkeit(
            Bezug::Meilenstein(elterngeld_abnahme),
            Bezug::Projekt(kita),
            Abhaengigkeitsart::LiefertInput,
            1,
            "Erfahrungen aus der Fachverfahrensanbindung fließen in die Vergabe ein.",
        ),
        abhaengigkeit(
            Bezug::Meilenstein(bezahlen_golive),
            Bezug::Projekt(handwerk),
            Abhaengigkeitsart::BenoetigtOutput,
            2,
            "Eintragungsgebühr über den Basisdienst Bezahlen.",
        ),
    ] {
        plan.verknuepfe(a);
    }

    // --- Status reports -------------------------------------------------------------------
    let wohngeld_ampeln = plan
        .projekt(wohngeld)
        .map(|p| p.ampeln.clone())
        .unwrap_or_default();
    let gewerbe_ampeln = plan
        .projekt(gewerbe)
        .map(|p| p.ampeln.clone())
        .unwrap_or_default();
    plan.speichere_bericht(Statusbericht {
        id: 0,
        projekt: wohngeld,
        stichtag: s2,
        ampeln: Ampeln {
            gesamt: bewertung(Ampel::Gruen, ""),
            termine: bewertung(
                Ampel::Gelb,
                "Schnittstelle Fachverfahren einen Monat später angekündigt.",
            ),
            budget: bewertung(Ampel::Gruen, ""),
            qualitaet: bewertung(Ampel::Gruen, ""),
            ressourcen: bewertung(Ampel::Gruen, ""),
        },
        sachstand: "Feinkonzept abgenommen, Antragsstrecke im Test.".into(),
        naechste_schritte: "Testfälle mit zwei Wohngeldstellen abstimmen.".into(),
        abweichungen: "Schnittstelle rund einen Monat später.".into(),
        risiken: "Weitere Verzögerung beim Hersteller des Fachverfahrens.".into(),
        entscheidungsbedarf: String::new(),
    });
    plan.speichere_bericht(Statusbericht {
        id: 0,
        projekt: wohngeld,
        stichtag: s3,
        ampeln: wohngeld_ampeln,
        sachstand: "Antragsstrecke fertig; Schnittstelle zum Fachverfahren fehlt noch.".into(),
        naechste_schritte: "Pilotbetrieb mit zwei Wohngeldstellen vorbereiten; dritte Stelle \
                            besetzen."
            .into(),
        abweichungen: "Go-live rund zwei Monate später als im Basisplan.".into(),
        risiken: "Testumgebung des Herstellers weiter nicht verfügbar.".into(),
        entscheidungsbedarf: String::new(),
    });
    plan.speichere_bericht(Statusbericht {
        id: 0,
        projekt: gewerbe,
        stichtag: s3,
        ampeln: gewerbe_ampeln,
        sachstand: "Integrationstest abgeschlossen; Anbindung an die Kammern funktioniert.".into(),
        naechste_schritte: "Übergangslösung für die Gebührenzahlung ausarbeiten.".into(),
        abweichungen: "Go-live nicht vor dem Basisdienst Bezahlen möglich.".into(),
        risiken: "Politisch zugesagter Starttermin wird verfehlt.".into(),
        entscheidungsbedarf: "Programmleitung: Übergangslösung „Zahlung auf Rechnung“ freigeben \
                              und 40.000 € bereitstellen."
            .into(),
    });
    plan
}

// ---------------------------------------------------------------------------------------------
// Generator for benchmarks
// ---------------------------------------------------------------------------------------------

/// A small deterministic pseudo-random generator (xorshift64*), so that generated portfolios
/// are the same on every run and platform.
struct Zufall(u64);

impl Zufall {
    fn naechste(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `von..=bis`.
    fn zahl(&mut self, von: i64, bis: i64) -> i64 {
        let spanne = (bis - von + 1) as u64;
        von + (self.naechste() % spanne) as i64
    }

    /// True with `prozent` % probability.
    fn prozent(&mut self, prozent: i64) -> bool {
        self.zahl(0, 99) < prozent
    }

    /// One element of a non-empty slice.
    fn aus<'a, T>(&mut self, liste: &'a [T]) -> &'a T {
        &liste[self.zahl(0, liste.len() as i64 - 1) as usize]
    }
}

const LEISTUNGEN: [&str; 24] = [
    "Wohngeld",
    "Elterngeld",
    "Kinderzuschlag",
    "Baugenehmigung",
    "Gewerbeanmeldung",
    "Meldebescheinigung",
    "Führerschein",
    "Kfz-Zulassung",
    "Bewohnerparkausweis",
    "Hundesteuer",
    "Sondernutzungserlaubnis",
    "Aufenthaltstitel",
    "Einbürgerung",
    "BAföG",
    "Wohnberechtigungsschein",
    "Personalausweis",
    "Eheschließung",
    "Geburtsurkunde",
    "Gaststättenerlaubnis",
    "Fischereischein",
    "Waffenbesitzkarte",
    "Schwerbehindertenausweis",
    "Unterhaltsvorschuss",
    "Abfallgebühren",
];

const ZUSAETZE: [&str; 6] = [
    " digital",
    " online",
    " – Antragsverfahren",
    " (EfA)",
    " – Bescheidzustellung",
    " – Nachweisabruf",
];

const PROGRAMME: [&str; 12] = [
    "Familie & Kind",
    "Arbeit & Ruhestand",
    "Bauen & Wohnen",
    "Bildung",
    "Ein- und Auswanderung",
    "Engagement & Hobby",
    "Gesundheit",
    "Mobilität & Reisen",
    "Recht & Ordnung",
    "Steuern & Zoll",
    "Umwelt",
    "Unternehmensführung",
];

const PERSONEN: [&str; 10] = [
    "Katrin Brandt",
    "Murat Aydın",
    "Jana Petersen",
    "Stefan Krüger",
    "Lena Hoffmann",
    "Thomas Wagner",
    "Sabine Schulz",
    "Jonas Becker",
    "Aylin Demir",
    "Peter Neumann",
];

const BEGRUENDUNGEN: [&str; 6] = [
    "Lieferung des Herstellers verzögert sich; Gegenmaßnahmen sind eingeleitet.",
    "Vergabe dauert länger als geplant; Zwischenlösung wird geprüft.",
    "Mehrkosten durch zusätzliche Schnittstelle; Deckung wird geklärt.",
    "Schlüsselstelle unbesetzt; Ausschreibung läuft.",
    "Abnahme mit Mängeln; Nachbesserung vereinbart.",
    "Abhängigkeit zu einem Basisdienst; neuer Termin abgestimmt.",
];

const VERSCHIEBUNGSGRUENDE: [&str; 5] = [
    "Lieferung verzögert",
    "Vergabe später",
    "Abnahme mit Mängeln",
    "Personal fehlt",
    "wartet auf Basisdienst",
];

const MEILENSTEINE: [(&str, Meilensteintyp); 10] = [
    ("Projektauftrag erteilt", Meilensteintyp::Entscheidung),
    ("Feinkonzept abgenommen", Meilensteintyp::Abnahme),
    ("Vergabe abgeschlossen", Meilensteintyp::Entscheidung),
    ("Mittelabruf", Meilensteintyp::Mittelabruf),
    ("Schnittstelle geliefert", Meilensteintyp::Sonstiges),
    ("Integrationstest abgeschlossen", Meilensteintyp::Abnahme),
    ("Pilotbetrieb gestartet", Meilensteintyp::Sonstiges),
    ("Go-live", Meilensteintyp::GoLive),
    ("Rollout abgeschlossen", Meilensteintyp::Sonstiges),
    ("Projektabschluss", Meilensteintyp::Entscheidung),
];

/// A rating of a running project: mostly green, some yellow and red, always with a reason.
fn zufallsbewertung(z: &mut Zufall) -> Bewertung {
    let ampel = match z.zahl(0, 99) {
        0..=54 => Ampel::Gruen,
        55..=84 => Ampel::Gelb,
        _ => Ampel::Rot,
    };
    let begruendung = if ampel.braucht_begruendung() {
        (*z.aus(&BEGRUENDUNGEN)).to_owned()
    } else {
        String::new()
    };
    Bewertung { ampel, begruendung }
}

/// A large deterministic portfolio for benchmarks: `projekte` projects with `meilensteine_je`
/// milestones each, about twelve Programme, waves 1–4, all statuses and Ampeln (yellow and red
/// with a reason), dates over about four years around `heute`, one to three forecasts per open
/// milestone, about one dependency per two projects and a status report per running project.
/// The same arguments always give the same plan, and every project passes
/// [`Multiprojektplan::pruefe_projekt`].
pub fn generiere(projekte: usize, meilensteine_je: usize, heute: Datum) -> Multiprojektplan {
    let mut z = Zufall(0x5EED_0F0A_1120_26AB);
    let mut plan = Multiprojektplan::default();
    let stichtage = [
        monatsende_vor(heute, 4),
        monatsende_vor(heute, 2),
        monatsende_vor(heute, 0),
    ];
    plan.projekte.reserve(projekte);
    plan.meilensteine.reserve(projekte * meilensteine_je);

    for i in 0..projekte {
        let status = match z.zahl(0, 99) {
            0..=19 => Projektstatus::Geplant,
            20..=69 => Projektstatus::Aktiv,
            70..=77 => Projektstatus::Pausiert,
            78..=92 => Projektstatus::Abgeschlossen,
            _ => Projektstatus::Abgebrochen,
        };
        // Finished projects lie in the past, planned ones mostly ahead.
        let start_plan = match status {
            Projektstatus::Geplant => heute.plus_tage(z.zahl(14, 365)),
            Projektstatus::Abgeschlossen => heute.plus_tage(z.zahl(-800, -400)),
            _ => heute.plus_tage(z.zahl(-600, -30)),
        };
        let dauer = match status {
            Projektstatus::Abgeschlossen => z.zahl(180, 360),
            Projektstatus::Geplant => z.zahl(180, 540),
            _ => z.zahl(180, 720),
        };
        let ende_plan = start_plan.plus_tage(dauer);
        let start_ist =
            (status != Projektstatus::Geplant).then(|| start_plan.plus_tage(z.zahl(-10, 60)));
        let ende_ist =
            (status == Projektstatus::Abgeschlossen).then(|| ende_plan.plus_tage(z.zahl(-20, 90)));
        let ende_prognose = matches!(status, Projektstatus::Aktiv | Projektstatus::Pausiert)
            .then(|| ende_plan.plus_tage(z.zahl(-30, 180)));

        let mut ampeln = Ampeln::default();
        for &dimension in Ampeldimension::ALLE {
            *ampeln.von_mut(dimension) = match status {
                Projektstatus::Abgeschlossen => bewertung(Ampel::Blau, ""),
                Projektstatus::Geplant | Projektstatus::Abgebrochen => {
                    if dimension == Ampeldimension::Gesamt && z.prozent(50) {
                        bewertung(Ampel::Gruen, "")
                    } else {
                        Bewertung::default()
                    }
                }
                _ => zufallsbewertung(&mut z),
            };
        }

        let leistung = *z.aus(&LEISTUNGEN);
        let zusatz = *z.aus(&ZUSAETZE);
        let id = plan.vergib_id();
        plan.projekte.push(Projekt {
            id,
            kennung: format!("P-{:04}", i + 1),
            titel: format!("{leistung}{zusatz}"),
            ziel: format!(
                "{leistung} Ende-zu-Ende digital anbieten, einschließlich elektronischem \
                 Bescheid und Anbindung an das Fachverfahren."
            ),
            programm: (*z.aus(&PROGRAMME)).to_owned(),
            organisationseinheit: format!(
                "Referat {} {}",
                z.aus(&["S", "W", "Z", "G"]),
                z.zahl(1, 6)
            ),
            auftraggeber: format!("Abteilungsleitung {}", z.aus(&["S", "W", "Z", "G"])),
            projektleitung: (*z.aus(&PERSONEN)).to_owned(),
            ozg_leistungen: (0..z.zahl(1, 3))
                .map(|_| z.zahl(10_000, 10_999).to_string())
                .collect(),
            umsetzungsweg: Some(*z.aus(Umsetzungsweg::ALLE)),
            phase: Some(match status {
                Projektstatus::Geplant => {
                    *z.aus(&[Phase::Initialisierung, Phase::Definition, Phase::Planung])
                }
                Projektstatus::Abgeschlossen => Phase::Abschluss,
                _ => Phase::Durchfuehrung,
            }),
            status,
            start_plan: Some(start_plan),
            start_ist,
            ende_plan: Some(ende_plan),
            ende_ist,
            ende_prognose,
            ampeln,
            prioritaet: z.prozent(70).then(|| *z.aus(Prioritaet::ALLE)),
            muss_kriterien: if z.prozent(8) {
                vec![*z.aus(MussKriterium::ALLE)]
            } else {
                Vec::new()
            },
            gesetzliche_frist: z.prozent(10).then(|| ende_plan.plus_tage(z.zahl(0, 120))),
            welle: z.prozent(92).then(|| z.zahl(1, 4) as u32),
            budget_cent: Some(z.zahl(50, 5_000) * 1_000 * 100),
            kapazitaet_vzae_hundertstel: Some(z.zahl(10, 160) * 5),
            handlungsfelder: vec![Handlungsfeld::Multiprojektmanagement],
            dimensionen: vec![*z.aus(&Dimension::ALLE)],
            bewertungen: (1..=5).map(|k| (k, z.zahl(0, 3) as u8)).collect(),
            neuplanungen: Vec::new(),
        });

        for k in 0..meilensteine_je {
            let (bezeichnung, typ) = MEILENSTEINE[k % MEILENSTEINE.len()];
            let anteil = (k as i64 + 1) * dauer / (meilensteine_je as i64 + 1);
            let basis = start_plan.plus_tage(anteil);
            let mut m = Meilenstein {
                id: plan.vergib_id(),
                projekt: id,
                bezeichnung: if k < MEILENSTEINE.len() {
                    bezeichnung.to_owned()
                } else {
                    format!("{bezeichnung} ({})", k / MEILENSTEINE.len() + 1)
                },
                typ,
                basis: Some(basis),
                verantwortlich: (*z.aus(&PERSONEN)).to_owned(),
                ..Meilenstein::default()
            };
            if status == Projektstatus::Abgeschlossen {
                m.ist = Some(basis.plus_tage(z.zahl(-10, 40)));
                m.status = Meilensteinstatus::Erreicht;
            } else if z.prozent(3) {
                m.status = Meilensteinstatus::Entfallen;
            } else {
                // Forecasts at the last one to three reporting dates, slipping a little each time.
                let anzahl = z.zahl(1, 3) as usize;
                let mut datum = basis;
                for &stichtag in &stichtage[3 - anzahl..] {
                    datum = datum.plus_tage(z.zahl(-5, 40));
                    let kommentar = if datum > basis && z.prozent(50) {
                        *z.aus(&VERSCHIEBUNGSGRUENDE)
                    } else {
                        ""
                    };
                    m.setze_prognose(stichtag, datum, kommentar);
                }
                if datum < heute && z.prozent(80) {
                    m.ist = Some(datum.plus_tage(z.zahl(-3, 10)).min(heute));
                    m.status = Meilensteinstatus::Erreicht;
                } else if datum != basis {
                    m.status = Meilensteinstatus::Verschoben;
                }
            }
            plan.meilensteine.push(m);
        }
    }

    // About one dependency per two projects, between projects and milestones.
    let ziel = projekte / 2;
    let mut versuche = 0;
    while plan.abhaengigkeiten.len() < ziel && projekte >= 2 && versuche < ziel * 10 {
        versuche += 1;
        let a = z.zahl(0, projekte as i64 - 1) as usize;
        let b = z.zahl(0, projekte as i64 - 1) as usize;
        if a == b {
            continue;
        }
        let bezug = |z: &mut Zufall, p: usize| {
            if meilensteine_je > 0 && z.prozent(50) {
                let m = p * meilensteine_je + z.zahl(0, meilensteine_je as i64 - 1) as usize;
                Bezug::Meilenstein(plan.meilensteine[m].id)
            } else {
                Bezug::Projekt(plan.projekte[p].id)
            }
        };
        let von = bezug(&mut z, a);
        let zu = bezug(&mut z, b);
        let art = *z.aus(Abhaengigkeitsart::ALLE);
        let staerke = z.zahl(0, 3) as u8;
        plan.verknuepfe(abhaengigkeit(von, zu, art, staerke, ""));
    }

    // A status report per running project at the last reporting date.
    let stichtag = stichtage[2];
    let berichte: Vec<Statusbericht> = plan
        .projekte
        .iter()
        .filter(|p| matches!(p.status, Projektstatus::Aktiv | Projektstatus::Pausiert))
        .map(|p| Statusbericht {
            id: 0,
            projekt: p.id,
            stichtag,
            ampeln: p.ampeln.clone(),
            sachstand: "Umsetzung läuft; Details siehe Projektplan.".into(),
            naechste_schritte: "Nächsten Meilenstein vorbereiten.".into(),
            abweichungen: String::new(),
            risiken: String::new(),
            entscheidungsbedarf: String::new(),
        })
        .collect();
    for mut b in berichte {
        b.id = plan.vergib_id();
        plan.statusberichte.push(b);
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::multiprojektplan::calc;

    fn d(text: &str) -> Datum {
        Datum::aus_iso(text).expect("gültiges Datum")
    }

    fn alle_gueltig(plan: &Multiprojektplan) {
        for p in &plan.projekte {
            let fehler = plan.pruefe_projekt(p);
            assert!(fehler.is_empty(), "{}: {fehler:?}", p.kennung);
        }
        for m in &plan.meilensteine {
            assert!(plan.projekt(m.projekt).is_some(), "Meilenstein {}", m.id);
            assert!(
                m.prognosen
                    .windows(2)
                    .all(|w| w[0].stichtag < w[1].stichtag),
                "Prognosen sortiert"
            );
            if m.status == Meilensteinstatus::Erreicht {
                assert!(m.ist.is_some(), "erreicht ohne Ist: {}", m.bezeichnung);
            }
        }
        for a in &plan.abhaengigkeiten {
            assert!(plan.existiert(a.von) && plan.existiert(a.zu));
            assert!(a.staerke <= 3);
        }
        for b in &plan.statusberichte {
            assert!(plan.projekt(b.projekt).is_some());
        }
        let mut ids: Vec<u32> = plan
            .projekte
            .iter()
            .map(|p| p.id)
            .chain(plan.meilensteine.iter().map(|m| m.id))
            .chain(plan.abhaengigkeiten.iter().map(|a| a.id))
            .chain(plan.statusberichte.iter().map(|b| b.id))
            .collect();
        let anzahl = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), anzahl, "ids eindeutig");
        assert!(ids.iter().all(|&id| id > 0 && id < plan.naechste_id));
    }

    #[test]
    fn beispielportfolio_ist_gueltig_und_vollstaendig() {
        for heute in ["2026-05-17", "2026-01-31", "2024-02-29", "2027-12-01"] {
            let plan = beispielportfolio(d(heute));
            alle_gueltig(&plan);
            assert_eq!(plan.projekte.len(), 8, "{heute}");
            assert_eq!(calc::programme(&plan).len(), 3);
            assert_eq!(calc::wellen(&plan), [1, 2]);
            for p in &plan.projekte {
                let anzahl = plan.meilensteine_von(p.id).len();
                assert!((3..=5).contains(&anzahl), "{}: {anzahl}", p.kennung);
                assert_eq!(p.bewertungen.len(), 5);
            }
            assert_eq!(plan.abhaengigkeiten.len(), 4);
            assert_eq!(plan.statusberichte.len(), 3);
            // Exactly the first dependency conflicts.
            let warnungen = calc::abhaengigkeitswarnungen(&plan);
            assert_eq!(warnungen.len(), 1, "{heute}: {warnungen:?}");
            assert_eq!(warnungen[0].abhaengigkeit, plan.abhaengigkeiten[0].id);
            assert!(warnungen[0].meldung.contains("„P-2026-004 › Go-live“"));
            assert!(warnungen[0].meldung.contains("„P-2026-006 › Go-live“"));
            assert_eq!(
                warnungen[0].tage,
                d(heute).plus_monate(3).tage_bis(d(heute).plus_monate(5))
            );
            // Forecast history with slips over three reporting dates.
            let mit_verlauf = plan
                .meilensteine
                .iter()
                .filter(|m| m.prognosen.len() == 3 && m.prognose() > m.basis)
                .count();
            assert!(mit_verlauf >= 4, "{mit_verlauf}");
            assert!(plan
                .meilensteine
                .iter()
                .flat_map(|m| &m.prognosen)
                .all(|p| p.stichtag < d(heute)));
            // All colours occur, yellow and red always with a reason.
            let uebersicht = calc::ampeluebersicht(&plan.projekte);
            assert_eq!(uebersicht.zeilen[0].1, [3, 2, 2, 0, 1]);
        }
    }

    #[test]
    fn beispielportfolio_haengt_nur_von_heute_ab() {
        assert_eq!(
            beispielportfolio(d("2026-05-17")),
            beispielportfolio(d("2026-05-17"))
        );
        let a = beispielportfolio(d("2026-05-17"));
        let b = beispielportfolio(d("2026-06-17"));
        assert_ne!(a, b);
        assert_eq!(
            a.projekte[0].start_plan.map(|x| x.plus_monate(1)),
            b.projekte[0].start_plan
        );
    }

    #[test]
    fn generator_ist_gross_gueltig_und_deterministisch() {
        let heute = d("2026-11-28");
        let plan = generiere(500, 10, heute);
        assert_eq!(plan.projekte.len(), 500);
        assert_eq!(plan.meilensteine.len(), 5000);
        alle_gueltig(&plan);
        assert_eq!(plan, generiere(500, 10, heute));
        assert_ne!(plan, generiere(500, 10, d("2026-11-29")));
        assert_eq!(plan.abhaengigkeiten.len(), 250);
        let programme = calc::programme(&plan);
        assert_eq!(programme.len(), 12);
        assert_eq!(calc::wellen(&plan), [1, 2, 3, 4]);
        for status in Projektstatus::ALLE {
            assert!(
                plan.projekte.iter().any(|p| p.status == *status),
                "{status:?}"
            );
        }
        let uebersicht = calc::ampeluebersicht(&plan.projekte);
        assert!(
            uebersicht.zeilen[0].1.iter().all(|&n| n > 0),
            "{uebersicht:?}"
        );
        let prognosen: Vec<usize> = plan
            .meilensteine
            .iter()
            .map(|m| m.prognosen.len())
            .collect();
        assert!(prognosen.contains(&1) && prognosen.contains(&3));
        let jahre: Vec<i32> = plan
            .projekte
            .iter()
            .flat_map(|p| [p.start_erwartet(), p.ende_erwartet()])
            .flatten()
            .map(Datum::jahr)
            .collect();
        let spanne = jahre.iter().max().unwrap() - jahre.iter().min().unwrap();
        assert!((3..=6).contains(&spanne), "{spanne}");
        assert!(!calc::abhaengigkeitswarnungen(&plan).is_empty());
    }

    #[test]
    fn generator_kleine_groessen() {
        let heute = d("2026-11-28");
        let leer = generiere(0, 10, heute);
        assert!(leer.projekte.is_empty() && leer.meilensteine.is_empty());
        let einer = generiere(1, 0, heute);
        assert_eq!(einer.projekte.len(), 1);
        assert!(einer.abhaengigkeiten.is_empty());
        let viele = generiere(3, 25, heute);
        assert_eq!(viele.meilensteine.len(), 75);
        alle_gueltig(&viele);
        assert!(viele
            .meilensteine
            .iter()
            .any(|m| m.bezeichnung == "Go-live (2)"));
    }
}
