//! Measures the Stakeholderanalyse's calculations and export on a large analysis (1.000
//! stakeholders with 4 dated assessments each):
//!
//! ```sh
//! cargo run --release --example messung_stakeholderanalyse
//! ```
//!
//! It prints figures and asserts nothing. Every figure is the median of five runs.

use upo_werkzeugkasten::export::{xlsx, Info, Zeitstempel};
use upo_werkzeugkasten::shared::datum::Datum;
use upo_werkzeugkasten::tools::multiprojektplan::model::Multiprojektplan;
use upo_werkzeugkasten::tools::stakeholderanalyse::calc;
use upo_werkzeugkasten::tools::stakeholderanalyse::examples::generiere;
use upo_werkzeugkasten::tools::stakeholderanalyse::export;

#[path = "gemeinsam/zeit.rs"]
mod zeit;
use zeit::median_ms;

fn main() {
    let n = 5;
    let heute = Datum::neu(2026, 11, 28).expect("gültig");
    let analyse = generiere(1000, 4, heute);
    let json = serde_json::to_string(&analyse).expect("serialisierbar");
    println!(
        "Stakeholderanalyse: {} Stakeholder, als JSON {} Byte",
        analyse.stakeholder.len(),
        json.len()
    );
    let stichtag = calc::stichtag(&analyse, heute);
    let positionen = median_ms(n, || {
        std::hint::black_box(calc::positionen(&analyse, stichtag));
    });
    println!("  Positionen zum Stichtag (Matrix, Tabelle): {positionen:.2} ms");
    let luecken = median_ms(n, || {
        std::hint::black_box(calc::engagement_luecken(&analyse, stichtag));
    });
    println!("  Engagement-Lücken: {luecken:.2} ms");
    let daten = calc::bewertungsdaten(&analyse);
    if let [vorher, .., nachher] = daten.as_slice() {
        let vergleich = median_ms(n, || {
            std::hint::black_box(calc::vergleich(&analyse, *vorher, *nachher));
        });
        println!("  Vergleich zweier Stichtage: {vergleich:.2} ms");
    }
    let info = Info {
        titel: "Stakeholderanalyse".into(),
        arbeitsbereich: "Messung".into(),
        behoerde: String::new(),
        ressort: String::new(),
        stand: None,
        exportiert_am: Zeitstempel {
            datum: heute,
            stunde: 8,
            minute: 0,
        },
        app_version: "0".into(),
        datenversion: 3,
        einstufung: String::new(),
        hinweise: Vec::new(),
    };
    let plan = Multiprojektplan::default();
    let mut groesse = 0;
    let export = median_ms(n, || {
        let mappe = export::mappe(&analyse, &plan, info.clone(), stichtag, false, None);
        groesse = xlsx::erstellen(&mappe).expect("Export").len();
    });
    println!("  Excel-Export (ohne vertrauliche): {export:.1} ms, {groesse} Byte");
}
