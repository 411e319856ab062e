//! Measures the Budgetmonitor's calculations and export on a large budget (1.000 Titel with 20
//! bookings each = 20.000 bookings):
//!
//! ```sh
//! cargo run --release --example messung_budgetmonitor
//! ```
//!
//! It prints figures and asserts nothing beyond plausibility. Every figure is the median of five
//! runs.

use upo_werkzeugkasten::export::{xlsx, Info, Zeitstempel};
use upo_werkzeugkasten::shared::datum::Datum;
use upo_werkzeugkasten::tools::budgetmonitor::calc::{self, Rahmen};
use upo_werkzeugkasten::tools::budgetmonitor::examples::gross;
use upo_werkzeugkasten::tools::budgetmonitor::export;
use upo_werkzeugkasten::tools::multiprojektplan::model::Multiprojektplan;

#[path = "gemeinsam/zeit.rs"]
mod zeit;
use zeit::median_ms;

fn main() {
    let n = 5;
    let bm = gross(1000, 20);
    let json = serde_json::to_string(&bm).expect("serialisierbar");
    println!(
        "Budgetmonitor: {} Haushaltsstellen, {} Buchungen, als JSON {} Byte",
        bm.haushaltsstellen.len(),
        bm.buchungen.len(),
        json.len()
    );
    let rahmen = Rahmen::von(&bm, Datum::neu(2026, 9, 30).expect("gültig"));
    let baum = median_ms(n, || {
        std::hint::black_box(calc::baum(&bm, rahmen));
    });
    println!("  Baum mit Zwischensummen: {baum:.1} ms");
    let ids: Vec<u32> = bm.haushaltsstellen.iter().map(|h| h.id).collect();
    let verlauf = median_ms(n, || {
        std::hint::black_box(calc::monatsverlauf(&bm, rahmen, &ids));
    });
    println!("  Monatsverlauf aller Titel: {verlauf:.1} ms");
    let info = Info {
        titel: "Budgetmonitor".into(),
        arbeitsbereich: "Messung".into(),
        behoerde: String::new(),
        ressort: String::new(),
        stand: None,
        exportiert_am: Zeitstempel {
            datum: Datum::neu(2026, 10, 1).expect("gültig"),
            stunde: 8,
            minute: 0,
        },
        app_version: "0".into(),
        datenversion: 3,
        einstufung: String::new(),
        hinweise: Vec::new(),
    };
    let plan = Multiprojektplan::default();
    let bauen = median_ms(n, || {
        std::hint::black_box(export::mappe(&bm, &plan, info.clone(), rahmen, None));
    });
    println!("  Arbeitsmappe beschreiben (ohne Schreiben): {bauen:.1} ms");
    let mut groesse = 0;
    let export = median_ms(n, || {
        let mappe = export::mappe(&bm, &plan, info.clone(), rahmen, None);
        groesse = xlsx::erstellen(&mappe).expect("Export").len();
    });
    println!("  Excel-Export: {export:.1} ms, {groesse} Byte");
}
