//! The two shipped templates (fachkonzept §2.7a and §2.7b) as data: the Reality Check (12
//! sections, our reconstruction, marked "bitte prüfen") and the E-Payment-Checkliste (items
//! from the KDN NRW ePayBL onboarding form and public guidance, each source shown as help
//! text). Both are read-only; "als eigene Vorlage kopieren" makes an editable copy.
//!
//! Item ids are fixed per template (`nr`-ordered from 1), so runs of a snapshot stay readable
//! by these ids. Conditions are written as the number of the item they depend on.

use super::model::{Abschnitt, Antworttyp, Bedingung, Pruefpunkt, Vorlage};
use crate::shared::vokabular::{Dimension, Handlungsfeld};

/// Fixed family id of the shipped Reality Check.
pub const REALITY_CHECK: u32 = 900_001;
/// Fixed family id of the shipped E-Payment-Checkliste.
pub const E_PAYMENT: u32 = 900_002;

/// One item as written below: number, question, help text (source), type, weight, Muss,
/// condition (number of the deciding item, value), Handlungsfeld, Dimension, Reifegrad.
type Zeile = (
    &'static str,
    &'static str,
    &'static str,
    Antworttyp,
    u32,
    bool,
    Option<(&'static str, &'static str)>,
    Option<Handlungsfeld>,
    Option<Dimension>,
    &'static str,
);

/// Builds a template from sections of [`Zeile`]n, numbering sections and items from 1.
fn baue(
    id: u32,
    schluessel: &str,
    kopf: (&str, &str, &str, bool),
    abschnitte: &[(&str, &[Zeile])],
) -> Vorlage {
    let mut naechste = 1;
    let mut nummern: Vec<(&str, u32)> = Vec::new();
    let mut liste = Vec::new();
    for (titel, zeilen) in abschnitte {
        let aid = naechste;
        naechste += 1;
        let mut punkte = Vec::new();
        for &(
            nr,
            frage,
            hilfe,
            typ,
            gewicht,
            muss,
            bedingung,
            handlungsfeld,
            dimension,
            reifegrad,
        ) in zeilen.iter()
        {
            let pid = naechste;
            naechste += 1;
            nummern.push((nr, pid));
            let bedingung = bedingung.map(|(wer, wert)| Bedingung {
                punkt: nummern
                    .iter()
                    .find(|(n, _)| *n == wer)
                    .map_or(0, |(_, i)| *i),
                wert: wert.to_owned(),
            });
            punkte.push(Pruefpunkt {
                id: pid,
                nr: nr.to_owned(),
                frage: frage.to_owned(),
                hilfe: hilfe.to_owned(),
                typ,
                gewicht,
                muss,
                bedingung,
                handlungsfeld,
                dimension,
                reifegrad: reifegrad.to_owned(),
            });
        }
        liste.push(Abschnitt {
            id: aid,
            titel: (*titel).to_owned(),
            punkte,
        });
    }
    Vorlage {
        id,
        familie: id,
        version: 1,
        titel: kopf.0.to_owned(),
        geltungsbereich: kopf.1.to_owned(),
        quelle: kopf.2.to_owned(),
        teilweise: super::model::TEILWEISE_STANDARD,
        bitte_pruefen: kopf.3,
        mitgeliefert: schluessel.to_owned(),
        abschnitte: liste,
    }
}

use Antworttyp::{JaNein as JN, JaTeilweiseNein as JT, Skala as SK, Text as TX};
use Dimension::{Kapazitaeten as KAP, Prozesse as PRO, Strukturen as STR};
use Handlungsfeld::{
    Kooperation as KOOP, Multiprojektmanagement as MPM, Programmkoordination as PK,
};

/// The Reality Check (fachkonzept §2.7a). No UPO checklist of that name is public: the 12
/// sections and their items are our reconstruction, each tied to the sourced requirement
/// named in its help text, and the template is marked "bitte prüfen".
pub fn reality_check() -> Vorlage {
    baue(
        REALITY_CHECK,
        "reality-check",
        (
            "Reality Check",
            "Ein Digitalisierungsprojekt vor dem Start oder an einem Meilenstein: Sind die Voraussetzungen wirklich erfüllt?",
            "Rekonstruktion nach Fachkonzept §2.7a (kein veröffentlichter UPO-Text); Quellen je Prüfpunkt im Hilfetext. Stand 12/2026 – bitte prüfen.",
            true,
        ),
        &[
            ("Auftrag und Ziele", &[
                ("1.1", "Liegt ein schriftlicher, freigegebener Projektauftrag vor?", "Phase Initialisierung: Zuständigkeiten klären, Ziele skizzieren, Freigabe (BMI Praxisleitfaden Projektmanagement).", JN, 2, true, None, Some(MPM), Some(STR), ""),
                ("1.2", "Sind die Ziele messbar beschrieben?", "Praxisleitfaden Projektmanagement (BMI): Ziele skizzieren und abstimmen.", JT, 1, false, None, Some(MPM), Some(PRO), ""),
                ("1.3", "Sind die Zuständigkeiten im Projekt geklärt?", "Praxisleitfaden Projektmanagement (BMI), Phase Initialisierung.", JT, 1, false, None, Some(MPM), Some(STR), ""),
            ]),
            ("Politische und Leitungsunterstützung", &[
                ("2.1", "Hat die Leitungsebene die Verantwortung offiziell übernommen (z. B. Staatssekretär, CIO, Abteilungsleitung)?", "EfA-Voraussetzung: offizielle Übernahme der Verantwortung der politischen Leitungsebene (OZG-Leitfaden).", JN, 2, true, None, Some(PK), Some(STR), ""),
                ("2.2", "Wie stark unterstützt die Leitung das Vorhaben im Alltag (0 gar nicht bis 4 sehr stark)?", "Eigene Einschätzung; Grundlage wie 2.1.", SK, 1, false, None, Some(PK), Some(STR), ""),
            ]),
            ("Fachliche Ressourcen", &[
                ("3.1", "Sind Ressourcen aus den Fachabteilungen zugesagt?", "EfA-Voraussetzung: Zusage von Ressourcen aus den Fachabteilungen (OZG-Leitfaden).", JT, 2, true, None, Some(MPM), Some(KAP), ""),
                ("3.2", "Sind die Personalbedarfe in VZÄ beziffert?", "Personalbedarfsermittlung (Handbuch für Personalbedarfsermittlung, BMI/BVA).", JT, 1, false, None, Some(MPM), Some(KAP), ""),
                ("3.3", "Ist die Freistellung der Beteiligten geregelt?", "Freistellung für Projektarbeit (Praxisleitfaden Projektmanagement).", JT, 1, false, None, Some(MPM), Some(KAP), ""),
            ]),
            ("IT-Dienstleister", &[
                ("4.1", "Wird ein IT-Dienstleister für die Umsetzung gebraucht?", "EfA-Voraussetzung: Bereitstellung von IT-DL-Kapazitäten (OZG-Leitfaden).", JN, 1, false, None, Some(KOOP), Some(KAP), ""),
                ("4.2", "Sind die Kapazitäten des IT-Dienstleisters verbindlich bereitgestellt?", "Nur wenn 4.1 = ja. EfA-Voraussetzung: Bereitstellung von IT-DL-Kapazitäten.", JT, 2, true, Some(("4.1", "ja")), Some(KOOP), Some(KAP), ""),
            ]),
            ("Finanzierung", &[
                ("5.1", "Ist eine Haushaltsstelle für das Projekt vorhanden?", "Haushaltsrecht: keine Ausgabe ohne Ermächtigung (§ 3 BHO).", JN, 2, true, None, Some(PK), Some(KAP), ""),
                ("5.2", "Sind Mittel für alle Haushaltsjahre der Laufzeit eingeplant?", "Mehrjährige Vorhaben: Verpflichtungsermächtigungen (§ 38 BHO).", JT, 1, false, None, Some(PK), Some(KAP), ""),
                ("5.3", "Ist der Betrieb nach Projektende finanziert?", "Regelbetrieb ist nicht aus Projektbudgets gedeckt (FITKO Digitalisierungsbudget).", JT, 1, false, None, Some(PK), Some(KAP), ""),
            ]),
            ("Recht", &[
                ("6.1", "Verlangt das Fachrecht Schriftform oder Nachweise im Original?", "Rechtliche Hürden wie Schriftform und Nachweise (OZG-Leitfaden, Digitalisierungstauglichkeit).", JN, 1, false, None, Some(KOOP), Some(PRO), ""),
                ("6.2", "Sind diese Hürden geprüft und, wo nötig, eine Rechtsänderung eingeleitet?", "Nur wenn 6.1 = ja. OZG-Leitfaden: Rechtsänderungen frühzeitig anstoßen.", JT, 2, false, Some(("6.1", "ja")), Some(KOOP), Some(PRO), ""),
            ]),
            ("Technik und Basiskomponenten", &[
                ("7.1", "Ist die Anbindung an Nutzerkonto und Authentifizierung geklärt?", "Reifegradmodell: Kriterium Authentifizierung; Basiskomponenten (OZG-Leitfaden).", JT, 1, false, None, Some(KOOP), Some(PRO), "Reifegrad: Authentifizierung"),
                ("7.2", "Ist die Bezahlung (ePayBL) geklärt, falls Gebühren anfallen?", "Reifegradmodell Kriterium 5: im Vorfeld zu entrichtende Gebühren online bezahlbar.", JT, 1, false, None, Some(KOOP), Some(PRO), "Reifegrad: Bezahlung"),
                ("7.3", "Liegen FIM-Stamminformationen vor?", "Föderales Informationsmanagement (fimportal.de).", JT, 1, false, None, Some(KOOP), Some(PRO), ""),
                ("7.4", "Ist die Anbindung benötigter Register geklärt?", "Registermodernisierung, Once-Only (Reifegradmodell: Nachweise).", JT, 1, false, None, Some(KOOP), Some(PRO), "Reifegrad: Nachweise"),
            ]),
            ("Vergabe", &[
                ("8.1", "Müssen Leistungen vergeben werden?", "Praxisleitfaden Projektmanagement: vergaberechtliche Bedingungen klären.", JN, 1, false, None, Some(MPM), Some(PRO), ""),
                ("8.2", "Sind die vergaberechtlichen Bedingungen geklärt und der Zeitbedarf der Vergabe eingeplant?", "Nur wenn 8.1 = ja. Praxisleitfaden Projektmanagement (BMI).", JT, 2, false, Some(("8.1", "ja")), Some(MPM), Some(PRO), ""),
            ]),
            ("Zeitplan", &[
                ("9.1", "Sind die Meilensteine mit Puffer geplant?", "Eigene Ergänzung (Fachkonzept [I]); Meilensteine im Multiprojektplan.", JT, 1, false, None, Some(MPM), Some(PRO), ""),
                ("9.2", "Sind die Abhängigkeiten zu anderen Vorhaben bekannt?", "Eigene Ergänzung (Fachkonzept [I]); Abhängigkeiten im Multiprojektplan.", JT, 1, false, None, Some(MPM), Some(PRO), ""),
            ]),
            ("Nutzerzentrierung", &[
                ("10.1", "Sind Nutzende in Konzeption und Test eingebunden?", "Servicestandard für die OZG-Umsetzung (Prinzip: Nutzerzentrierung).", JT, 1, false, None, Some(KOOP), Some(PRO), ""),
                ("10.2", "Ist der Servicestandard berücksichtigt?", "Servicestandard für die OZG-Umsetzung.", JT, 1, false, None, Some(KOOP), Some(PRO), ""),
            ]),
            ("Stakeholder und Personalrat", &[
                ("11.1", "Sind die Stakeholder erfasst und eingebunden?", "Praxisleitfaden Projektmanagement (BMI); Stakeholderanalyse.", JT, 1, false, None, Some(KOOP), Some(STR), ""),
                ("11.2", "Ist der Personalrat beteiligt, wo Mitbestimmung greift?", "Bundespersonalvertretungsgesetz (Mitbestimmung bei Einführung technischer Einrichtungen) – bitte prüfen.", JT, 1, false, None, Some(KOOP), Some(STR), ""),
            ]),
            ("Informationssicherheit und Datenschutz", &[
                ("12.1", "Liegt ein Informationssicherheitskonzept vor?", "Voraussetzung der Referenzimplementierung (OZG-Leitfaden); IT-Grundschutz (BSI).", JT, 1, false, None, Some(PK), Some(PRO), ""),
                ("12.2", "Liegt ein Datenschutzkonzept vor (ggf. mit Datenschutz-Folgenabschätzung)?", "Voraussetzung der Referenzimplementierung (OZG-Leitfaden); Art. 35 DSGVO.", JT, 1, false, None, Some(PK), Some(PRO), ""),
                ("12.3", "Anmerkungen zur Sicherheit", "Freitext für offene Punkte.", TX, 1, false, None, None, None, ""),
            ]),
        ],
    )
}

/// The E-Payment-Checkliste (fachkonzept §2.7b): onboarding to ePayBL, the payment platform
/// of Bund and Länder. Items from the KDN NRW ePayBL onboarding form [Q:S33], the ePayBL
/// pages [Q:S34] and the Reifegradmodell [Q:S6]; each item's source is its help text.
pub fn e_payment() -> Vorlage {
    baue(
        E_PAYMENT,
        "e-payment",
        (
            "E-Payment-Checkliste",
            "Anbindung einer Verwaltungsleistung an die Bezahlplattform ePayBL.",
            "Fachkonzept §2.7b nach KDN-NRW-Anmeldeformular ePayBL, ePayBL-Informationen und Reifegradmodell; Stand 12/2026. Angebotene Zahlverfahren ändern sich (giropay und paydirekt sind eingestellt).",
            false,
        ),
        &[
            ("Bedarf", &[
                ("1.1", "Ist für die Leistung eine Bezahlkomponente erforderlich?", "Reifegradmodell, Kriterium 5 (Bezahlung).", JN, 1, false, None, Some(KOOP), Some(PRO), "Reifegrad: Kriterium 5"),
                ("1.2", "Sind im Vorfeld zu entrichtende Gebühren online bezahlbar?", "Reifegradmodell, Kriterium 5: im Vorfeld zu entrichtende Gebühren online bezahlbar.", JT, 2, true, Some(("1.1", "ja")), Some(KOOP), Some(PRO), "Reifegrad: Kriterium 5"),
            ]),
            ("Vertrag", &[
                ("2.1", "Ist ein Vertrag mit einem Zahlungsverkehrsprovider (ZVP/PSP) geschlossen (Rahmenvertrag nutzbar)?", "KDN NRW, Anmeldeformular ePayBL; ePayBL: Zahlungsverkehrsprovider.", JN, 2, true, Some(("1.1", "ja")), Some(KOOP), Some(STR), ""),
            ]),
            ("Mandant", &[
                ("3.1", "Ist der Kundenmandant angelegt, mit Kontakt-E-Mail und Mandanten-Nr. für Integration und Produktion?", "KDN NRW, Anmeldeformular ePayBL (Mandant).", JT, 1, false, Some(("1.1", "ja")), Some(KOOP), Some(STR), ""),
            ]),
            ("Bewirtschafter", &[
                ("4.1", "Ist der Bewirtschafter eingerichtet – auf Test- und Produktivsystem jeweils separat?", "KDN NRW, Anmeldeformular ePayBL: Bewirtschafter je System getrennt.", JT, 1, false, Some(("1.1", "ja")), Some(KOOP), Some(STR), ""),
            ]),
            ("Kontierung", &[
                ("5.1", "Sind Haushaltsstelle, Objektnummer, Bewirtschafter-Nr., Buchungstext und Beschreibung der Buchungsliste festgelegt?", "KDN NRW, Anmeldeformular ePayBL (Kontierung).", JT, 1, false, Some(("1.1", "ja")), Some(PK), Some(PRO), ""),
            ]),
            ("Kassenzeichen", &[
                ("6.1", "Sind Kassenzeichen-Präfix, Länge, Prüfverfahren, Länge der Kontierungsangaben und Kennzeichen Mahnverfahren festgelegt?", "KDN NRW, Anmeldeformular ePayBL (Kassenzeichen, Personenkonto).", JT, 1, false, Some(("1.1", "ja")), Some(PK), Some(PRO), ""),
            ]),
            ("Zahlverfahren", &[
                ("7.1", "Sind die gewünschten Zahlverfahren gewählt (z. B. Kreditkarte, PayPal, Überweisung, SEPA-Lastschrift)?", "KDN NRW, Anmeldeformular ePayBL; ePayBL unterstützt auch Überweisung und SEPA-Lastschrift. Angebotene Verfahren ändern sich.", JT, 1, false, Some(("1.1", "ja")), Some(KOOP), Some(PRO), ""),
                ("7.2", "Wird Kartenzahlung angeboten?", "Entscheidet, ob der PCI-DSS-Nachweis gebraucht wird.", JN, 1, false, Some(("1.1", "ja")), Some(KOOP), Some(PRO), ""),
            ]),
            ("Umgebung", &[
                ("8.1", "Sind Projekte je Zahlverfahren angelegt (Projekt-ID/Passwort), getrennt für Integration und Produktion, und im Provider-Cockpit auf „Produktiv“ geschaltet?", "KDN NRW, Anmeldeformular ePayBL (Umgebung).", JT, 1, false, Some(("1.1", "ja")), Some(KOOP), Some(PRO), ""),
            ]),
            ("Netz", &[
                ("9.1", "Ist die Ausgangs-IP für das Integrationssystem freigeschaltet?", "KDN NRW, Anmeldeformular ePayBL (Freischaltung Ausgangs-IP).", JN, 1, false, Some(("1.1", "ja")), Some(KOOP), Some(PRO), ""),
            ]),
            ("HKR-Schnittstelle", &[
                ("10.1", "Ist die Anbindung an das HKR-Verfahren (XFinanz) nach den Standards XBezahldienste geklärt?", "ePayBL: Sollstellungen an das Haushaltssystem, Rückmeldung der Ist-Buchungen; XBezahldienste.", JT, 2, true, Some(("1.1", "ja")), Some(KOOP), Some(PRO), ""),
            ]),
            ("Sicherheit", &[
                ("11.1", "Liegt der PCI-DSS-Nachweis (ASV-Scan) des Online-Dienst-Herstellers vor?", "Nur bei Kartenzahlung (7.2 = ja). ePayBL-Anforderungen an Online-Dienste.", JN, 2, true, Some(("7.2", "ja")), Some(KOOP), Some(PRO), ""),
            ]),
            ("Test", &[
                ("12.1", "War die Testzahlung je Verfahren erfolgreich und ist die Rückmeldung der Ist-Buchung im HKR geprüft?", "Eigene Ergänzung (Fachkonzept [I]).", JT, 1, false, Some(("1.1", "ja")), Some(KOOP), Some(PRO), ""),
                ("12.2", "Datum der erfolgreichen Testzahlung", "Eigene Ergänzung (Fachkonzept [I]).", Antworttyp::Datum, 1, false, Some(("1.1", "ja")), None, None, ""),
            ]),
        ],
    )
}

/// Both shipped templates, Reality Check first.
pub fn alle() -> Vec<Vorlage> {
    vec![reality_check(), e_payment()]
}

/// The shipped template of family `familie`.
pub fn mitgelieferte(familie: u32) -> Option<Vorlage> {
    alle().into_iter().find(|v| v.familie == familie)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reality_check_hat_zwoelf_abschnitte_und_ist_zu_pruefen() {
        let rc = reality_check();
        assert_eq!(rc.abschnitte.len(), 12);
        assert!(rc.bitte_pruefen && !rc.bearbeitbar());
        assert!(rc
            .punkte()
            .all(|(_, p)| !p.hilfe.is_empty() && p.gewicht >= 1));
    }

    #[test]
    fn bedingungen_zeigen_auf_fruehere_punkte_mit_gueltigem_wert() {
        for v in alle() {
            let mut bedingt = 0;
            for (_, p) in v.punkte() {
                assert!(
                    crate::tools::checklisten::model::pruefe_punkt(&v, p).is_empty(),
                    "{} {}",
                    v.titel,
                    p.nr
                );
                bedingt += usize::from(p.bedingung.is_some());
            }
            assert!(bedingt >= 3, "{}", v.titel);
            let ids: std::collections::BTreeSet<u32> = v
                .abschnitte
                .iter()
                .flat_map(|a| std::iter::once(a.id).chain(a.punkte.iter().map(|p| p.id)))
                .collect();
            assert_eq!(ids.len(), v.abschnitte.len() + v.punkte().count());
        }
    }

    #[test]
    fn e_payment_nennt_quellen_als_hilfetext() {
        let e = e_payment();
        assert!(e.punkte().all(|(_, p)| !p.hilfe.is_empty()));
        assert!(e.punkte().any(|(_, p)| p.hilfe.contains("KDN NRW")));
        assert_eq!(
            mitgelieferte(E_PAYMENT).unwrap().titel,
            "E-Payment-Checkliste"
        );
    }
}
