//! Prints a workspace envelope (plain JSON, as a backup holds it, and as entries of schema 4 and
//! older were stored) whose Multiprojektplan is a generated portfolio (`examples::generiere`):
//! the input of the browser benchmark `tools/messung_multiprojektplan.mjs`
//! (`make messung-browser`), and handy for trying the app with a large portfolio by hand.
//!
//! ```sh
//! cargo run --release --example arbeitsbereich_erzeugen [-- PROJEKTE MEILENSTEINE_JE [HEUTE]] [--eintrag=DATEI]
//! ```
//!
//! Defaults: 500 projects with 10 milestones each; `HEUTE` (`JJJJ-MM-TT`, default: today in
//! UTC) anchors the generated dates. The workspace id is `messung`, so the envelope belongs
//! under the key `upo-werkzeugkasten:arbeitsbereich:messung:a`. `--eintrag=DATEI` also writes
//! the same envelope to `DATEI` exactly as the app stores it there today (packed,
//! `daten::ablage::eintrag`).

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use upo_werkzeugkasten::daten::ablage::eintrag;
use upo_werkzeugkasten::daten::arbeitsbereich::Arbeitsbereich;
use upo_werkzeugkasten::daten::umschlag::{als_text, schreiben_text};
use upo_werkzeugkasten::shared::datum::Datum;
use upo_werkzeugkasten::tools::multiprojektplan::examples::generiere;

/// Id of the generated workspace (part of its storage key).
const ID: &str = "messung";

/// Seconds since 1970 as an ISO 8601 timestamp in UTC, like the browser's `toISOString()`.
fn iso_zeit(sekunden: u64) -> String {
    let tag = Datum::aus_tagesnummer((sekunden / 86_400) as i64);
    let rest = sekunden % 86_400;
    format!(
        "{}T{:02}:{:02}:{:02}.000Z",
        tag.iso(),
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

fn zahl(argument: Option<String>, vorgabe: usize, name: &str) -> Result<usize, String> {
    match argument {
        None => Ok(vorgabe),
        Some(text) => text
            .parse()
            .map_err(|_| format!("{name}: „{text}“ ist keine ganze Zahl.")),
    }
}

fn main() -> ExitCode {
    let (optionen, positionen): (Vec<String>, Vec<String>) =
        std::env::args().skip(1).partition(|a| a.starts_with("--"));
    let mut argumente = positionen.into_iter();
    let jetzt = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let ergebnis = (|| -> Result<String, String> {
        let projekte = zahl(argumente.next(), 500, "Projekte")?;
        let meilensteine = zahl(argumente.next(), 10, "Meilensteine je Projekt")?;
        let heute = match argumente.next() {
            Some(text) => Datum::aus_iso(&text)
                .ok_or_else(|| format!("Heute: „{text}“ ist kein Datum JJJJ-MM-TT."))?,
            None => Datum::aus_tagesnummer((jetzt / 86_400) as i64),
        };
        let zeit = iso_zeit(jetzt);
        let mut ab = Arbeitsbereich::neu(ID, &format!("Messung {projekte} Projekte"), &zeit);
        ab.metadaten.behoerde = "Bundesamt für Messungen".to_owned();
        ab.werkzeuge.multiprojektplan = generiere(projekte, meilensteine, heute);
        let text = als_text(&ab);
        for option in &optionen {
            let datei = option
                .strip_prefix("--eintrag=")
                .ok_or_else(|| format!("Unbekannte Option „{option}“."))?;
            std::fs::write(datei, eintrag(&text, 1, &zeit)).map_err(|f| format!("{datei}: {f}"))?;
        }
        Ok(schreiben_text(&text, 1, &zeit))
    })();
    match ergebnis {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(meldung) => {
            eprintln!("{meldung}");
            ExitCode::FAILURE
        }
    }
}
