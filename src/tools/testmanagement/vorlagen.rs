//! The shipped starter library: quality criteria and reusable test cases for a standard
//! Antragsstrecke (Nutzerkonto login, form validation with foreign names and addresses per
//! SDG, upload of Nachweise, ePayBL payment, submission to the Fachverfahren, Bescheid via
//! Postfach, BITV checks).
//!
//! **Our reconstruction [I], bitte prüfen.** The criteria name sourced requirements
//! (Servicestandard categories [Q:S30], SDG [Q:S32], BITV 2.0 [Q:S69], Reifegrad criteria
//! [Q:S6]); the cases are written by us as a template to copy and adapt: copied cases carry the
//! mark "Vorlage – bitte anpassen" until someone edits them.

use super::model::{Kategorie, Kriterium, Prioritaet, Schritt, Testart, Testfall};

/// Tag every starter case carries.
pub const TAG: &str = "Standard-Antragsstrecke";

/// The starter criteria (ids 1… local to this list) and cases (links to those ids).
pub fn startbibliothek() -> (Vec<Kriterium>, Vec<Testfall>) {
    let kriterien: Vec<Kriterium> = [
        (
            "RG-ONLINE",
            "Antrag vollständig online stellbar (Reifegrad 2 und höher)",
            "Reifegradmodell OZG",
        ),
        (
            "RG-NACHWEIS",
            "Nachweise digital einreichbar",
            "Reifegradmodell OZG",
        ),
        (
            "RG-BESCHEID",
            "Bescheid digital zugestellt (Rückkanal)",
            "Reifegradmodell OZG",
        ),
        (
            "RG-BEZAHLEN",
            "Gebühren online bezahlbar",
            "Reifegradmodell OZG",
        ),
        (
            "SDG-DATEN",
            "Diskriminierungsfreie Datenfelder (ausländische Namen, Adressen, Telefonnummern)",
            "Single Digital Gateway, VO (EU) 2018/1724",
        ),
        (
            "SDG-FEEDBACK",
            "Nutzerfeedback möglich",
            "Single Digital Gateway, VO (EU) 2018/1724",
        ),
        ("BITV", "Barrierefrei nach BITV 2.0", "BITV 2.0"),
        (
            "SST-NUTZER",
            "Nutzerzentrierung",
            "Servicestandard, Kategorie Nutzerzentrierung",
        ),
        (
            "SST-BETRIEB",
            "Technischer Betrieb",
            "Servicestandard, Kategorie Technischer Betrieb",
        ),
        (
            "DS",
            "Datenschutz und Informationssicherheit",
            "DSGVO, IT-Grundschutz",
        ),
    ]
    .into_iter()
    .zip(1..)
    .map(|((kennung, titel, quelle), id)| Kriterium {
        id,
        kennung: kennung.to_owned(),
        titel: titel.to_owned(),
        quelle: quelle.to_owned(),
        bitte_pruefen: true,
    })
    .collect();
    let k = |kennung: &str| {
        kriterien
            .iter()
            .find(|x| x.kennung == kennung)
            .map_or(0, |x| x.id)
    };
    let s = |a: &str, e: &str| Schritt {
        aktion: a.to_owned(),
        erwartet: e.to_owned(),
    };
    #[allow(clippy::type_complexity)]
    let faelle: Vec<(&str, &str, Kategorie, Testart, Prioritaet, &str, &str, Vec<Schritt>, Vec<&str>)> = vec![
        ("STD-01", "Anmeldung mit dem Nutzerkonto", Kategorie::Authentifizierung, Testart::Positiv, Prioritaet::Hoch,
         "Testkonto im Nutzerkonto Bund (BundID) angelegt", "Testkonto mit Benutzername und Passwort",
         vec![s("Onlinedienst aufrufen und „Anmelden“ wählen", "Weiterleitung zum Nutzerkonto"),
              s("Mit Benutzername und Passwort anmelden", "Rückkehr zum Onlinedienst, angemeldet"),
              s("Formular öffnen", "Stammdaten aus dem Nutzerkonto sind vorbefüllt")],
         vec!["RG-ONLINE", "SST-NUTZER"]),
        ("STD-02", "Anmeldung abgebrochen", Kategorie::Authentifizierung, Testart::Negativ, Prioritaet::Mittel,
         "Testkonto vorhanden", "",
         vec![s("„Anmelden“ wählen und im Nutzerkonto „Abbrechen“", "Rückkehr zum Onlinedienst mit verständlichem Hinweis"),
              s("Ohne Anmeldung fortfahren, falls angeboten", "Formular leer, keine Fehlermeldung")],
         vec!["SST-NUTZER"]),
        ("STD-03", "Formular mit ausländischem Namen und ausländischer Adresse", Kategorie::Sdg, Testart::Positiv, Prioritaet::Hoch,
         "Formular geöffnet", "Name „Zoë Łukasiewicz-Ó Briain“, Adresse in Frankreich ohne deutsche Postleitzahl, Telefon +33 1 23 45 67 89",
         vec![s("Name mit Sonderzeichen eingeben", "Wird angenommen, keine Fehlermeldung"),
              s("Ausländische Adresse mit Land eingeben", "Postleitzahl ohne fünf Ziffern wird angenommen"),
              s("Internationale Telefonnummer eingeben", "Wird angenommen"),
              s("Weiter zur Zusammenfassung", "Alle Angaben erscheinen unverändert")],
         vec!["SDG-DATEN", "RG-ONLINE"]),
        ("STD-04", "Pflichtfelder leer absenden", Kategorie::Antragsstrecke, Testart::Negativ, Prioritaet::Hoch,
         "Formular geöffnet", "",
         vec![s("Ohne Eingaben „Weiter“ wählen", "Fehlerzusammenfassung oben, jede Meldung verlinkt ihr Feld"),
              s("Link der ersten Meldung wählen", "Fokus steht im betroffenen Feld")],
         vec!["RG-ONLINE", "BITV"]),
        ("STD-05", "Nachweis hochladen", Kategorie::Nachweise, Testart::Positiv, Prioritaet::Hoch,
         "Antrag bis zum Schritt Nachweise ausgefüllt", "PDF 2 MB, JPG 4 MB",
         vec![s("PDF-Datei hochladen", "Datei erscheint mit Name und Größe in der Liste"),
              s("JPG-Datei hochladen", "Datei erscheint in der Liste"),
              s("Eine Datei wieder entfernen", "Datei verschwindet aus der Liste")],
         vec!["RG-NACHWEIS"]),
        ("STD-06", "Zu große oder falsche Datei hochladen", Kategorie::Nachweise, Testart::Negativ, Prioritaet::Mittel,
         "Antrag bis zum Schritt Nachweise ausgefüllt", "ZIP-Datei, PDF 50 MB",
         vec![s("ZIP-Datei hochladen", "Verständliche Meldung mit den erlaubten Formaten"),
              s("PDF über der Höchstgröße hochladen", "Meldung nennt die Höchstgröße")],
         vec!["RG-NACHWEIS", "SST-NUTZER"]),
        ("STD-07", "Gebühr über ePayBL bezahlen", Kategorie::Bezahlung, Testart::Positiv, Prioritaet::Hoch,
         "Antrag vollständig, Gebühr fällig; Testzugang der Bezahlplattform", "Test-Kreditkarte bzw. Test-Lastschrift der Bezahlplattform",
         vec![s("„Bezahlen“ wählen", "Weiterleitung zur Bezahlplattform mit dem richtigen Betrag"),
              s("Mit Testdaten bezahlen", "Rückkehr zum Onlinedienst, Zahlung bestätigt"),
              s("Zahlung abbrechen (zweiter Durchgang)", "Rückkehr mit Hinweis, Antrag bleibt erhalten")],
         vec!["RG-BEZAHLEN"]),
        ("STD-08", "Antrag an das Fachverfahren übermitteln", Kategorie::Uebermittlung, Testart::Positiv, Prioritaet::Hoch,
         "Antrag vollständig und bezahlt; Fachverfahren in der Integrationsumgebung erreichbar", "",
         vec![s("Antrag absenden", "Eingangsbestätigung mit Vorgangsnummer"),
              s("Im Fachverfahren den Vorgang suchen", "Vorgang vorhanden, alle Felder und Nachweise vollständig"),
              s("Zeichensatz prüfen (Name aus STD-03)", "Sonderzeichen unverändert übertragen")],
         vec!["RG-ONLINE", "SDG-DATEN", "SST-BETRIEB"]),
        ("STD-09", "Bescheid im Postfach empfangen", Kategorie::Bescheid, Testart::Positiv, Prioritaet::Mittel,
         "Vorgang aus STD-08 im Fachverfahren beschieden", "",
         vec![s("Im Fachverfahren den Bescheid versenden", "Versand ohne Fehler"),
              s("Im Postfach des Nutzerkontos nachsehen", "Bescheid als PDF vorhanden, lesbar, richtig adressiert")],
         vec!["RG-BESCHEID"]),
        ("STD-10", "Bedienung nur mit der Tastatur", Kategorie::Barrierefreiheit, Testart::Positiv, Prioritaet::Hoch,
         "Browser ohne Maus", "",
         vec![s("Mit Tab durch das ganze Formular gehen", "Jedes Bedienelement erreichbar, Fokus sichtbar, sinnvolle Reihenfolge"),
              s("Auswahlfelder und Datei-Upload mit der Tastatur bedienen", "Bedienbar ohne Maus"),
              s("Antrag mit der Tastatur absenden", "Eingangsbestätigung erscheint")],
         vec!["BITV"]),
        ("STD-11", "Prüfung mit Bildschirmleser und Vergrößerung", Kategorie::Barrierefreiheit, Testart::Positiv, Prioritaet::Mittel,
         "Bildschirmleser (z. B. NVDA) aktiv", "",
         vec![s("Seite mit dem Bildschirmleser lesen", "Überschriften, Beschriftungen und Fehlermeldungen werden vorgelesen"),
              s("Auf 400 % vergrößern (320 px Breite)", "Kein waagerechtes Scrollen, nichts abgeschnitten")],
         vec!["BITV"]),
        ("STD-12", "Feedback geben", Kategorie::Usability, Testart::Positiv, Prioritaet::Niedrig,
         "Antrag abgeschickt", "",
         vec![s("Feedback-Link auf der Bestätigungsseite wählen", "Feedbackformular öffnet sich"),
              s("Bewertung absenden", "Dank erscheint")],
         vec!["SDG-FEEDBACK", "SST-NUTZER"]),
    ];
    let faelle = faelle
        .into_iter()
        .map(
            |(
                kennung,
                titel,
                kategorie,
                art,
                prioritaet,
                vorbedingungen,
                testdaten,
                schritte,
                krit,
            )| Testfall {
                kennung: kennung.to_owned(),
                titel: titel.to_owned(),
                version: 1,
                autor: "Startbibliothek".to_owned(),
                kategorie,
                art,
                prioritaet,
                vorbedingungen: vorbedingungen.to_owned(),
                testdaten: testdaten.to_owned(),
                schritte,
                tags: vec![TAG.to_owned()],
                kriterien: krit.into_iter().map(k).collect(),
                vorlage: true,
                ..Testfall::default()
            },
        )
        .collect();
    (kriterien, faelle)
}
