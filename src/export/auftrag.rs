//! What the page and the export worker say to each other. The `.xlsx` writer
//! (`rust_xlsxwriter`) runs in a Web Worker (`src/bin/xlsx_worker.rs`), so a large
//! workbook never blocks the page and the page's WebAssembly module does not contain the writer.
//!
//! The page sends one message per export: the [`Mappe`] as JSON text ([`auftrag`]). The worker
//! answers with [`Meldung`]s as JSON text (ready, progress, error) and, last, with the bytes of
//! the file as a `Uint8Array` (transferred, not copied). [`ausfuehren`] is the worker's whole
//! work and is tested natively here; the two browser ends only move messages.

use serde::{Deserialize, Serialize};

use super::xlsx::{self, Schritt};
use super::Mappe;

/// A text message of the worker to the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "art", rename_all = "snake_case")]
pub enum Meldung {
    /// The worker has started and waits for work (sent once, before the first job).
    Bereit,
    /// How far the current job has come, as a German sentence for the status line.
    Fortschritt {
        /// E.g. "Blatt 3 von 8 geschrieben …".
        text: String,
    },
    /// The job failed; German text for the user.
    Fehler {
        /// What went wrong.
        text: String,
    },
}

impl Meldung {
    /// The message as the JSON text that is posted.
    pub fn text(&self) -> String {
        serde_json::to_string(self).expect("Meldung ist immer als JSON darstellbar")
    }

    /// Reads a posted text; `None` for anything that is not a [`Meldung`].
    pub fn lesen(text: &str) -> Option<Meldung> {
        serde_json::from_str(text).ok()
    }
}

/// The job for the worker: the workbook as JSON text.
pub fn auftrag(mappe: &Mappe) -> String {
    serde_json::to_string(mappe).expect("Mappe ist immer als JSON darstellbar")
}

/// The worker's work: reads the job, writes the workbook, tells `melde` the progress, and
/// returns the file's bytes or a German error text.
pub fn ausfuehren(auftrag: &str, mut melde: impl FnMut(Meldung)) -> Result<Vec<u8>, String> {
    let mappe: Mappe = serde_json::from_str(auftrag).map_err(|f| {
        format!("Der Exportauftrag ist beschädigt ({f}). Bitte laden Sie die Seite neu.")
    })?;
    xlsx::erstellen_mit_fortschritt(&mappe, |schritt| {
        melde(Meldung::Fortschritt {
            text: fortschrittstext(schritt),
        })
    })
    .map_err(|f| f.to_string())
}

/// The status line for a step of the writer.
pub fn fortschrittstext(schritt: Schritt) -> String {
    match schritt {
        Schritt::Blatt { fertig, von } => {
            format!("Excel-Datei wird erstellt: Blatt {fertig} von {von} geschrieben …")
        }
        Schritt::Packen => "Excel-Datei wird erstellt: Datei wird gepackt …".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Blatt, Info, Legendeneintrag, Zeitstempel, Zelle};
    use crate::shared::datum::Datum;
    use crate::shared::vokabular::Ampel;

    fn mappe() -> Mappe {
        let datum = Datum::neu(2026, 12, 5).unwrap();
        Mappe {
            info: Info {
                titel: "Multiprojektplan".into(),
                arbeitsbereich: "Portfolio 2026".into(),
                behoerde: "BVA".into(),
                ressort: "BMI".into(),
                stand: Some(datum),
                exportiert_am: Zeitstempel {
                    datum,
                    stunde: 9,
                    minute: 30,
                },
                app_version: "0.4.0".into(),
                datenversion: 4,
                einstufung: "VS – NUR FÜR DEN DIENSTGEBRAUCH".into(),
                hinweise: vec![("Ausgelassen".into(), "2 vertrauliche".into())],
            },
            blaetter: vec![
                Blatt {
                    name: "Projekte".into(),
                    spalten: vec!["ID".into(), "Titel".into(), "Budget".into()],
                    zeilen: vec![
                        vec![
                            Zelle::text("P-0001"),
                            Zelle::text("=Wohngeld"),
                            Zelle::Euro(123_456),
                        ],
                        vec![
                            Zelle::Datum(datum),
                            Zelle::Prozent {
                                wert: 255,
                                stellen: 3,
                            },
                            Zelle::Formel {
                                formel: "SUM(C2:C2)".into(),
                                wert: Box::new(Zelle::Euro(123_456)),
                            },
                        ],
                    ],
                    ..Blatt::default()
                },
                Blatt {
                    name: "Leer".into(),
                    spalten: vec!["ID".into()],
                    ..Blatt::default()
                },
            ],
            legende: vec![Legendeneintrag::ampel(Ampel::Gelb, "Verzug")],
        }
    }

    /// The worker writes exactly the bytes the writer gives for the same workbook: nothing is
    /// lost or changed on the way through JSON (typed cells, formulas, dates, Ampel, Info).
    #[test]
    fn auftrag_ergibt_dieselbe_datei_wie_der_schreiber() {
        let m = mappe();
        let mut meldungen = Vec::new();
        let bytes = ausfuehren(&auftrag(&m), |x| meldungen.push(x)).unwrap();
        assert_eq!(bytes, xlsx::erstellen(&m).unwrap());
        assert_eq!(
            serde_json::from_str::<Mappe>(&auftrag(&m)).unwrap(),
            m,
            "die Mappe übersteht den Weg als JSON unverändert"
        );
        let texte: Vec<_> = meldungen
            .iter()
            .map(|x| match x {
                Meldung::Fortschritt { text } => text.as_str(),
                andere => panic!("unerwartet: {andere:?}"),
            })
            .collect();
        assert_eq!(
            texte,
            [
                "Excel-Datei wird erstellt: Blatt 1 von 2 geschrieben …",
                "Excel-Datei wird erstellt: Blatt 2 von 2 geschrieben …",
                "Excel-Datei wird erstellt: Datei wird gepackt …",
            ]
        );
    }

    #[test]
    fn beschaedigter_auftrag_gibt_deutsche_meldung() {
        let fehler = ausfuehren("{\"info\":", |_| {}).unwrap_err();
        assert!(
            fehler.starts_with("Der Exportauftrag ist beschädigt"),
            "{fehler}"
        );
    }

    #[test]
    fn fehler_des_schreibers_kommen_als_text_zurueck() {
        let mut m = mappe();
        m.blaetter[0].spalten = vec!["x".into(); 16_385];
        let fehler = ausfuehren(&auftrag(&m), |_| {}).unwrap_err();
        assert!(fehler.contains("mehr als 16.384 Spalten"), "{fehler}");
    }

    #[test]
    fn meldungen_hin_und_zurueck() {
        for m in [
            Meldung::Bereit,
            Meldung::Fortschritt { text: "x".into() },
            Meldung::Fehler { text: "y".into() },
        ] {
            assert_eq!(Meldung::lesen(&m.text()), Some(m));
        }
        assert_eq!(Meldung::text(&Meldung::Bereit), r#"{"art":"bereit"}"#);
        assert_eq!(Meldung::lesen("kein json"), None);
    }
}
