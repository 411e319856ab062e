//! Measures the Zielstufenplaner's calculations and export on a large portfolio (1.000
//! Leistungen with their assessments, stages and Nachweise):
//!
//! ```sh
//! cargo run --release --example messung_zielstufenplaner
//! ```
//!
//! It prints figures and asserts nothing. Every figure is the median of five runs.

use upo_werkzeugkasten::export::{xlsx, Info, Zeitstempel};
use upo_werkzeugkasten::shared::datum::Datum;
use upo_werkzeugkasten::tools::multiprojektplan::model::Multiprojektplan;
use upo_werkzeugkasten::tools::zielstufenplaner::calc;
use upo_werkzeugkasten::tools::zielstufenplaner::examples::generiere;
use upo_werkzeugkasten::tools::zielstufenplaner::export;
use upo_werkzeugkasten::tools::zielstufenplaner::model::Modell;

#[path = "gemeinsam/zeit.rs"]
mod zeit;
use zeit::median_ms;

fn main() {
    let n = 5;
    let heute = Datum::neu(2026, 11, 28).expect("gültig");
    let plan = generiere(1000, heute);
    let json = serde_json::to_string(&plan).expect("serialisierbar");
    println!(
        "Zielstufenplaner: {} Leistungen, {} Bewertungen, {} Zielstufen, als JSON {} Byte",
        plan.leistungen.len(),
        plan.bewertungen.len(),
        plan.zielstufen.len(),
        json.len()
    );
    let zaehlung = median_ms(n, || {
        std::hint::black_box(calc::zaehle(&plan, Modell::Rgm11));
    });
    println!("  Zählung je Reifegrad: {zaehlung:.2} ms");
    let heatmap = median_ms(n, || {
        std::hint::black_box(calc::heatmap(&plan, Modell::Rgm11));
    });
    println!("  Heatmap Leistungen × Kriterien: {heatmap:.2} ms");
    let luecke = median_ms(n, || {
        std::hint::black_box(calc::unter_ozg(&plan));
    });
    println!("  Liste unter OZG-Konformität: {luecke:.2} ms");
    let pruefung = median_ms(n, || {
        for l in &plan.leistungen {
            std::hint::black_box(calc::pruefe_plan(&plan, l, heute));
        }
    });
    println!("  Prüfung aller Stufenpläne: {pruefung:.2} ms");
    let info = Info {
        titel: "Zielstufenplaner".into(),
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
    let mpp = Multiprojektplan::default();
    let mut groesse = 0;
    let export = median_ms(n, || {
        let mappe = export::mappe(&plan, &mpp, info.clone(), heute, None);
        groesse = xlsx::erstellen(&mappe).expect("Export").len();
    });
    println!("  Excel-Export: {export:.1} ms, {groesse} Byte");
}
