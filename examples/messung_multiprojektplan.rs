//! Measures the Multiprojektplan's calculations and export on the portfolio size issue 4 plans
//! for (500 projects with 10 milestones each), and the Zeitplan's geometry on twice that,
//! natively and in release mode:
//!
//! ```sh
//! cargo run --release --example messung_multiprojektplan
//! ```
//!
//! It prints figures and asserts nothing beyond plausibility; WebAssembly in the browser is
//! typically 1.5 to 3 times slower than these native numbers. Every figure is the median of five
//! runs.

use upo_werkzeugkasten::export::{xlsx, Info, Zeitstempel};
use upo_werkzeugkasten::shared::datum::Datum;
use upo_werkzeugkasten::tools::multiprojektplan::calc::{self, Filter, Gruppierung, Sortierung};
use upo_werkzeugkasten::tools::multiprojektplan::examples::generiere;
use upo_werkzeugkasten::tools::multiprojektplan::export;
use upo_werkzeugkasten::tools::multiprojektplan::model::Projekt;
use upo_werkzeugkasten::tools::multiprojektplan::views::zeitplan::geometrie::{
    self, Projektauswahl,
};

#[path = "gemeinsam/zeit.rs"]
mod zeit;
use zeit::median_ms;

fn main() {
    let heute = Datum::neu(2026, 11, 28).expect("gültiges Datum");
    let n = 5;

    let erzeugen = median_ms(n, || {
        std::hint::black_box(generiere(500, 10, heute));
    });
    let plan = generiere(500, 10, heute);
    let json = serde_json::to_string(&plan).expect("serialisierbar");
    println!(
        "Multiprojektplan: {} Projekte, {} Meilensteine, {} Abhängigkeiten, {} Statusberichte",
        plan.projekte.len(),
        plan.meilensteine.len(),
        plan.abhaengigkeiten.len(),
        plan.statusberichte.len()
    );
    println!(
        "  als JSON: {} Byte ({:.1} % des 5-MiB-Kontingents)",
        json.len(),
        json.encode_utf16().count() as f64 * 100.0 / 5_242_880.0
    );
    println!("  Beispieldaten erzeugen:                  {erzeugen:7.2} ms");

    let filter = Filter {
        text: "digital familie".into(),
        ..Filter::default()
    };
    let filtern = median_ms(n, || {
        std::hint::black_box(calc::filtere(&plan, &filter));
    });
    println!(
        "  filtern (Text „{}“, {} Treffer):  {filtern:7.2} ms",
        filter.text,
        calc::filtere(&plan, &filter).len()
    );

    let alle: Vec<&Projekt> = plan.projekte.iter().collect();
    let sortieren = median_ms(n, || {
        let mut liste = alle.clone();
        calc::sortiere(&plan, &mut liste, Sortierung::Verzug, true, heute);
        std::hint::black_box(liste);
    });
    println!("  sortieren nach Terminverzug (500):       {sortieren:7.2} ms");
    let nach_rang = median_ms(n, || {
        let mut liste = alle.clone();
        calc::sortiere(&plan, &mut liste, Sortierung::Rang, false, heute);
        std::hint::black_box(liste);
    });
    println!("  sortieren nach Rang (500):               {nach_rang:7.2} ms");

    let gruppieren = median_ms(n, || {
        std::hint::black_box(calc::gruppiere(alle.clone(), Gruppierung::Programm));
    });
    println!(
        "  gruppieren nach Programm ({} Gruppen):   {gruppieren:7.2} ms",
        calc::gruppiere(alle.clone(), Gruppierung::Programm).len()
    );

    let warnungen = median_ms(n, || {
        std::hint::black_box(calc::abhaengigkeitswarnungen(&plan));
    });
    println!(
        "  Abhängigkeitswarnungen ({} von {}):     {warnungen:7.2} ms",
        calc::abhaengigkeitswarnungen(&plan).len(),
        plan.abhaengigkeiten.len()
    );

    let rangfolge = median_ms(n, || {
        std::hint::black_box(calc::rangfolge(&plan));
    });
    println!("  Rangfolge:                               {rangfolge:7.2} ms");

    let ampeln = median_ms(n, || {
        for p in &plan.projekte {
            std::hint::black_box(calc::vorgeschlagene_termin_ampel(&plan, p, heute));
        }
    });
    println!("  Vorschlag Termin-Ampel, je Projekt (500): {ampeln:6.2} ms");
    let ampeln_gesammelt = median_ms(n, || {
        std::hint::black_box(calc::vorgeschlagene_termin_ampeln(&plan, heute));
    });
    println!("  Vorschlag Termin-Ampel, gesammelt (500): {ampeln_gesammelt:7.2} ms");

    let achse = median_ms(n, || {
        let zeitachse = calc::Zeitachse::fuer(&plan, &alle, calc::Zoom::Monat, heute);
        std::hint::black_box(zeitachse.einteilung(calc::Zoom::Monat));
    });
    println!("  Zeitachse und Monatseinteilung:          {achse:7.2} ms");

    let gross = generiere(1000, 10, heute);
    let auswahl = Projektauswahl::neu(&gross, &Filter::default(), Gruppierung::Welle);
    for zoom in calc::Zoom::ALLE {
        let zeit = median_ms(n, || {
            std::hint::black_box(geometrie::berechne(&gross, &auswahl, zoom, heute, None));
        });
        println!(
            "  Zeitplan-Geometrie, 1.000 Projekte × 10 Meilensteine, {:<7} {zeit:7.2} ms",
            zoom.name()
        );
    }

    let info = Info {
        titel: "Multiprojektplan".into(),
        arbeitsbereich: "Messung".into(),
        behoerde: "Musterbehörde".into(),
        ressort: "BMI".into(),
        stand: Some(heute),
        exportiert_am: Zeitstempel {
            datum: heute,
            stunde: 10,
            minute: 0,
        },
        app_version: upo_werkzeugkasten::APP_VERSION.into(),
        datenversion: 2,
        einstufung: String::new(),
        hinweise: Vec::new(),
    };
    let mappe_bauen = median_ms(n, || {
        std::hint::black_box(export::mappe(&plan, info.clone(), heute, None));
    });
    let mappe = export::mappe(&plan, info.clone(), heute, None);
    let schreiben = median_ms(n, || {
        std::hint::black_box(xlsx::erstellen(&mappe).expect("Excel-Datei"));
    });
    let bytes = xlsx::erstellen(&mappe).expect("Excel-Datei");
    let zeilen: usize = mappe.blaetter.iter().map(|b| b.zeilen.len()).sum();
    println!("  Export: Mappe aufbauen ({zeilen} Zeilen):   {mappe_bauen:7.2} ms");
    println!(
        "  Export: Excel-Datei schreiben:           {schreiben:7.2} ms, {} Byte",
        bytes.len()
    );
}
