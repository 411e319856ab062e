//! What the page and the export worker say to each other. Exports run in a Web Worker
//! (`src/bin/xlsx_worker.rs`): it builds the tool's workbook from the workspace and writes it
//! as `.xlsx` or one sheet as `.csv`, so a large export never blocks the page, and the page's
//! WebAssembly module contains neither the `.xlsx` writer nor any tool's workbook builder
//! (`Ausfuhr::mappe` is not compiled into the page, see [`crate::tools::Ausfuhr`]).
//!
//! The page sends one message per export ([`auftrag`]): the tool's slug, the format, the user's
//! choices ([`Ausfuhrwahl`], with the Info block stamped by the page) and the open workspace,
//! as JSON text. The workspace travels as its stored entry when the page holds one that is
//! current ([`Daten`](crate::app::daten::Daten)`::gespeicherter_eintrag`; packed, a tenth of
//! the JSON, and nothing to serialise on the page), else serialised from the typed model. A
//! job may instead carry a ready [`Mappe`] ([`mappe_auftrag`]): the benchmark
//! (`tools/messung_multiprojektplan.mjs`) times the writer alone that way. The worker answers
//! with [`Meldung`]s as JSON text (ready, progress, error)
//! and, last, with the bytes of the file as a `Uint8Array` (transferred, not copied).
//! [`ausfuehren`] is the worker's whole work and is tested natively here; the two browser ends
//! only move messages.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::xlsx::Schritt;
use super::Mappe;
use crate::tools::Ausfuhrwahl;

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

/// The file an export job asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// The whole workbook as `.xlsx` (`Ausfuhrwahl::nur_blatt` is `None`).
    Xlsx,
    /// The one data sheet `Ausfuhrwahl::nur_blatt` names, as `.csv` (UTF-8 bytes).
    Csv,
}

/// Where the worker finds the workspace of a tool's export.
pub enum Quelle<'a> {
    /// The open workspace's canonical text ([`crate::daten::umschlag::als_text`]), which the
    /// page keeps for undo and saving: the job carries it as it stands, and the page needs no
    /// second serialiser for every tool's data.
    Daten(&'a str),
    /// The stored entry of the open workspace (packed or plain envelope, as in local storage),
    /// when it holds exactly what is open.
    Eintrag(&'a str),
}

/// The job as the page writes it: `{"werkzeug": {…}}` with the workspace's canonical text,
/// `{"eintrag": {…}}` with its stored entry, or `{"mappe": {…}}`.
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum AuftragAus<'a> {
    Werkzeug {
        werkzeug: &'a str,
        format: Format,
        wahl: &'a Ausfuhrwahl,
        daten: Box<RawValue>,
    },
    Eintrag {
        werkzeug: &'a str,
        format: Format,
        wahl: &'a Ausfuhrwahl,
        eintrag: &'a str,
    },
    Mappe(&'a Mappe),
}

/// The job as the worker reads it: the workspace is read like a stored one (from its text,
/// validated), so the worker sees exactly what the page would have seen.
#[cfg(not(feature = "teilen"))]
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum AuftragEin {
    Werkzeug {
        werkzeug: String,
        format: Format,
        wahl: Ausfuhrwahl,
        daten: Box<RawValue>,
    },
    Eintrag {
        werkzeug: String,
        format: Format,
        wahl: Ausfuhrwahl,
        eintrag: String,
    },
    Mappe(Mappe),
}

/// The job for the worker: tool `werkzeug`'s export in `format` of the workspace in `quelle`,
/// as JSON text.
pub fn auftrag(werkzeug: &str, format: Format, wahl: &Ausfuhrwahl, quelle: Quelle) -> String {
    let auftrag = match quelle {
        Quelle::Daten(text) => AuftragAus::Werkzeug {
            werkzeug,
            format,
            wahl,
            // The page's own text is valid JSON; should it not be, the worker reports the
            // missing workspace.
            daten: RawValue::from_string(text.to_owned())
                .or_else(|_| RawValue::from_string("null".to_owned()))
                .expect("null ist gültiges JSON"),
        },
        Quelle::Eintrag(eintrag) => AuftragAus::Eintrag {
            werkzeug,
            format,
            wahl,
            eintrag,
        },
    };
    serde_json::to_string(&auftrag).expect("Exportauftrag ist immer als JSON darstellbar")
}

/// The job to write a ready workbook as `.xlsx`, as JSON text.
pub fn mappe_auftrag(mappe: &Mappe) -> String {
    serde_json::to_string(&AuftragAus::Mappe(mappe))
        .expect("Exportauftrag ist immer als JSON darstellbar")
}

/// The worker's work: reads the job, builds the tool's workbook, writes it, tells `melde` the
/// progress, and returns the file's bytes or a German error text.
#[cfg(not(feature = "teilen"))]
pub fn ausfuehren(auftrag: &str, mut melde: impl FnMut(Meldung)) -> Result<Vec<u8>, String> {
    let beschaedigt = |f: &dyn std::fmt::Display| {
        format!("Der Exportauftrag ist beschädigt ({f}). Bitte laden Sie die Seite neu.")
    };
    let werkzeug_von = |slug: &str| {
        crate::tools::finde(slug)
            .ok_or_else(|| beschaedigt(&format!("unbekanntes Werkzeug „{slug}“")))
    };
    let (mappe, format) = match serde_json::from_str(auftrag).map_err(|f| beschaedigt(&f))? {
        AuftragEin::Mappe(mappe) => (mappe, Format::Xlsx),
        AuftragEin::Werkzeug {
            werkzeug,
            format,
            wahl,
            daten,
        } => {
            let werkzeug = werkzeug_von(&werkzeug)?;
            let arbeitsbereich = crate::daten::umschlag::decodieren_text(daten.get())
                .map_err(|f| beschaedigt(&f.to_string()))?;
            ((werkzeug.ausfuhr.mappe)(&arbeitsbereich, wahl), format)
        }
        AuftragEin::Eintrag {
            werkzeug,
            format,
            wahl,
            eintrag,
        } => {
            let werkzeug = werkzeug_von(&werkzeug)?;
            let arbeitsbereich = crate::daten::umschlag::lesen(&eintrag)
                .map_err(|f| beschaedigt(&f.to_string()))?
                .arbeitsbereich;
            ((werkzeug.ausfuhr.mappe)(&arbeitsbereich, wahl), format)
        }
    };
    match format {
        Format::Xlsx => super::xlsx::erstellen_mit_fortschritt(&mappe, |schritt| {
            melde(Meldung::Fortschritt {
                text: fortschrittstext(schritt),
            })
        })
        .map_err(|f| f.to_string()),
        Format::Csv => match &mappe.blaetter[..] {
            [blatt] => Ok(super::csv::erstellen(blatt).into_bytes()),
            _ => Err("Diese Tabelle gibt es nicht.".to_owned()),
        },
    }
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
    use crate::daten::arbeitsbereich::Arbeitsbereich;
    use crate::export::{csv, xlsx, Info, Zeitstempel};
    use crate::shared::datum::Datum;
    use crate::tools::{alle_beispiele, WERKZEUGE};
    use serde_json::Value;

    fn wahl(nur_blatt: Option<usize>, mit_vertraulichen: bool) -> Ausfuhrwahl {
        let datum = Datum::neu(2026, 12, 5).unwrap();
        Ausfuhrwahl {
            info: Info {
                titel: "Werkzeug".into(),
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
                hinweise: Vec::new(),
            },
            heute: datum,
            mit_vertraulichen,
            nur_blatt,
        }
    }

    fn beispiel() -> Arbeitsbereich {
        let mut ab = Arbeitsbereich::neu("ab-1", "Portfolio 2026", "2026-12-05T09:00:00.000Z");
        alle_beispiele(&mut ab, Datum::neu(2026, 12, 5).unwrap());
        ab
    }

    /// For every registered tool with its example loaded, the worker writes exactly the bytes
    /// the tool's workbook builder and the writer give on the page's side of the job: nothing
    /// of the workspace or the user's choices (confidential records, Info block) is lost or
    /// changed on the way through JSON, whether the workspace travels serialised or as its
    /// packed stored entry. The same for every CSV sheet.
    #[test]
    fn auftrag_ergibt_dieselbe_datei_wie_mappe_und_schreiber() {
        let ab = beispiel();
        let eintrag = crate::daten::ablage::eintrag(
            &crate::daten::umschlag::als_text(&ab),
            3,
            "2026-12-05T09:00:00.000Z",
        );
        assert!(crate::daten::packung::ist_gepackt(&eintrag));
        // The same job with the workspace as its stored entry gives the same bytes.
        let aus_eintrag = |slug: &str, format: Format, wahl: &Ausfuhrwahl| {
            ausfuehren(
                &auftrag(slug, format, wahl, Quelle::Eintrag(&eintrag)),
                |_| {},
            )
            .unwrap()
        };
        for w in WERKZEUGE {
            for mit in [false, true] {
                let mut meldungen = Vec::new();
                let text = auftrag(
                    w.slug,
                    Format::Xlsx,
                    &wahl(None, mit),
                    Quelle::Daten(&crate::daten::umschlag::als_text(&ab)),
                );
                let bytes = ausfuehren(&text, |x| meldungen.push(x)).unwrap();
                let mappe = (w.ausfuhr.mappe)(&ab, wahl(None, mit));
                assert_eq!(bytes, xlsx::erstellen(&mappe).unwrap(), "{}", w.slug);
                assert_eq!(
                    aus_eintrag(w.slug, Format::Xlsx, &wahl(None, mit)),
                    bytes,
                    "{}",
                    w.slug
                );
                let anzahl = mappe.blaetter.len();
                let letzte = meldungen.last().cloned();
                assert_eq!(
                    letzte,
                    Some(Meldung::Fortschritt {
                        text: "Excel-Datei wird erstellt: Datei wird gepackt …".into()
                    }),
                    "{}",
                    w.slug
                );
                assert!(
                    meldungen.contains(&Meldung::Fortschritt {
                        text: format!(
                            "Excel-Datei wird erstellt: Blatt {anzahl} von {anzahl} geschrieben …"
                        )
                    }),
                    "{}: {meldungen:?}",
                    w.slug
                );
                for (i, name) in w.ausfuhr.blaetter.iter().enumerate() {
                    let text = auftrag(
                        w.slug,
                        Format::Csv,
                        &wahl(Some(i), mit),
                        Quelle::Daten(&crate::daten::umschlag::als_text(&ab)),
                    );
                    let bytes = ausfuehren(&text, |_| {}).unwrap();
                    assert_eq!(
                        aus_eintrag(w.slug, Format::Csv, &wahl(Some(i), mit)),
                        bytes,
                        "{} {i}",
                        w.slug
                    );
                    let blatt = (w.ausfuhr.mappe)(&ab, wahl(Some(i), mit))
                        .blaetter
                        .remove(0);
                    assert_eq!(&blatt.name, name);
                    assert_eq!(
                        bytes,
                        csv::erstellen(&blatt).into_bytes(),
                        "{} {name}",
                        w.slug
                    );
                }
            }
        }
    }

    #[test]
    fn beschaedigter_auftrag_gibt_deutsche_meldung() {
        let fehler = ausfuehren("{\"werkzeug\":", |_| {}).unwrap_err();
        assert!(
            fehler.starts_with("Der Exportauftrag ist beschädigt"),
            "{fehler}"
        );
        let ab = beispiel();
        let unbekannt = auftrag(
            "gibt-es-nicht",
            Format::Xlsx,
            &wahl(None, false),
            Quelle::Daten(&crate::daten::umschlag::als_text(&ab)),
        );
        let fehler = ausfuehren(&unbekannt, |_| {}).unwrap_err();
        assert!(
            fehler.contains("unbekanntes Werkzeug „gibt-es-nicht“"),
            "{fehler}"
        );
        // A workspace the model rejects is not exported.
        let mut wert: Value = serde_json::from_str(&auftrag(
            "multiprojektplan",
            Format::Xlsx,
            &wahl(None, false),
            Quelle::Daten(&crate::daten::umschlag::als_text(&ab)),
        ))
        .unwrap();
        wert["werkzeug"]["daten"]["metadaten"] = Value::Null;
        let fehler = ausfuehren(&wert.to_string(), |_| {}).unwrap_err();
        assert!(
            fehler.starts_with("Der Exportauftrag ist beschädigt"),
            "{fehler}"
        );
        // A stored entry that does not read (cut off, or its checksum broken) is not exported.
        let eintrag = crate::daten::ablage::eintrag(
            &crate::daten::umschlag::als_text(&ab),
            3,
            "2026-12-05T09:00:00.000Z",
        );
        let abgeschnitten: String = eintrag.chars().take(eintrag.chars().count() / 2).collect();
        let fehler = ausfuehren(
            &auftrag(
                "multiprojektplan",
                Format::Xlsx,
                &wahl(None, false),
                Quelle::Eintrag(&abgeschnitten),
            ),
            |_| {},
        )
        .unwrap_err();
        assert!(
            fehler.starts_with("Der Exportauftrag ist beschädigt"),
            "{fehler}"
        );
    }

    /// A ready workbook is written byte for byte as the writer writes it, with progress per
    /// sheet, and the writer's errors come back as its German text.
    #[test]
    fn mappe_auftrag_ergibt_dieselbe_datei_wie_der_schreiber() {
        let ab = beispiel();
        let bauen = crate::tools::finde("multiprojektplan")
            .unwrap()
            .ausfuhr
            .mappe;
        let mut mappe = bauen(&ab, wahl(None, false));
        let mut meldungen = Vec::new();
        let bytes = ausfuehren(&mappe_auftrag(&mappe), |x| meldungen.push(x)).unwrap();
        assert_eq!(bytes, xlsx::erstellen(&mappe).unwrap());
        assert_eq!(meldungen.len(), mappe.blaetter.len() + 1, "{meldungen:?}");
        mappe.blaetter[0].spalten = vec!["x".into(); 16_385];
        let fehler = ausfuehren(&mappe_auftrag(&mappe), |_| {}).unwrap_err();
        assert!(fehler.contains("mehr als 16.384 Spalten"), "{fehler}");
    }

    #[test]
    fn csv_ohne_gueltiges_blatt_gibt_deutsche_meldung() {
        let ab = beispiel();
        let text = auftrag(
            "multiprojektplan",
            Format::Csv,
            &wahl(None, false),
            Quelle::Daten(&crate::daten::umschlag::als_text(&ab)),
        );
        assert_eq!(
            ausfuehren(&text, |_| {}).unwrap_err(),
            "Diese Tabelle gibt es nicht."
        );
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
