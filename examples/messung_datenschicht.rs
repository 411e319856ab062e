//! Measures the data layer on a workspace of the size issue 4 plans for (500 projects with 10
//! milestones each, about 0.8 MB of JSON), natively and in release mode:
//!
//! ```sh
//! make messung        # = cargo run --release --example messung_datenschicht
//! ```
//!
//! It prints figures and asserts nothing; WebAssembly in the browser is typically 1.5 to 3 times
//! slower than these native numbers. The project data rides in an extra field of `daten` that the
//! current model ignores when reading, but that the checksum, the envelope and the undo history
//! process in full, so the costs are those of a real workspace of that size.

use std::time::Instant;

use serde_json::{json, Value};
use upo_werkzeugkasten::daten::ablage::{bewerte, Befund};
use upo_werkzeugkasten::daten::arbeitsbereich::Arbeitsbereich;
use upo_werkzeugkasten::daten::verlauf::{self, Verlauf};
use upo_werkzeugkasten::daten::{sicherung, umschlag};

fn grosser_arbeitsbereich() -> Value {
    let ab = Arbeitsbereich::neu("messung", "Messung", "2026-11-28T10:00:00.000Z");
    let mut daten = umschlag::als_wert(&ab);
    let projekte: Vec<Value> = (0..500)
        .map(|p| {
            json!({
                "id": format!("P-{p:04}"),
                "titel": format!("Digitalisierung Verwaltungsleistung {p} – Antragsverfahren"),
                "ziel": "Ende-zu-Ende-digitale Abwicklung einschließlich Bescheidzustellung.",
                "status": "in Umsetzung", "ampel": "gelb", "budget_cent": 12_345_678 + p,
                "meilensteine": (0..10).map(|m| json!({
                    "id": format!("P-{p:04}-M{m:02}"), "titel": format!("Meilenstein {m}"),
                    "basisplan": "2026-03-31", "prognose": "2026-04-15", "ist": null,
                    "verantwortlich": "Referat DG II 4",
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    daten["messdaten"] = json!({ "projekte": projekte });
    daten
}

/// Median of `n` runs of `f`, in milliseconds.
fn median_ms(n: usize, mut f: impl FnMut()) -> f64 {
    let mut zeiten: Vec<f64> = (0..n)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    zeiten.sort_by(f64::total_cmp);
    zeiten[n / 2]
}

fn main() {
    let daten = grosser_arbeitsbereich();
    let text = umschlag::schreiben(&daten, 7, "2026-11-28T10:00:00.000Z");
    println!("Arbeitsbereich: 500 Projekte × 10 Meilensteine");
    println!(
        "  gespeicherter Umschlag: {} Zeichen ({:.1} % des 5-MiB-Kontingents)",
        text.len(),
        text.encode_utf16().count() as f64 * 100.0 / 5_242_880.0
    );

    let n = 15;
    let schreiben = median_ms(n, || {
        std::hint::black_box(umschlag::schreiben(&daten, 8, "2026-11-28T10:00:01.000Z"));
    });
    let serialisieren = median_ms(n, || {
        std::hint::black_box(serde_json::to_value(&daten).ok());
    });
    let lesen = median_ms(n, || {
        std::hint::black_box(umschlag::lesen(&text).ok());
    });
    let zwei_slots = median_ms(n, || {
        assert!(matches!(
            bewerte(Some(&text), Some(&text)),
            Befund::Intakt { .. }
        ));
    });
    println!("  Umschlag schreiben (mit Prüfsumme):      {schreiben:7.2} ms");
    println!("  Wert serialisieren (to_value):           {serialisieren:7.2} ms");
    println!("  Umschlag lesen (Parsen, Prüfsumme):      {lesen:7.2} ms");
    println!("  Start: beide Slots bewerten:             {zwei_slots:7.2} ms");

    // One field changed deep inside, as an edit in a project form does.
    let mut geaendert = daten.clone();
    geaendert["messdaten"]["projekte"][250]["meilensteine"][5]["prognose"] = json!("2026-05-31");
    let diff = median_ms(n, || {
        std::hint::black_box(verlauf::differenz(&daten, &geaendert));
    });
    let patch = verlauf::differenz(&daten, &geaendert);
    println!(
        "  Rückgängig-Schritt berechnen (1 Feld):   {diff:7.2} ms, {} Byte im Verlauf",
        patch.groesse()
    );

    let mut verlauf = Verlauf::new();
    let mut aktuell = daten.clone();
    let aufzeichnen = median_ms(1, || {
        for i in 0..100 {
            let mut neu = aktuell.clone();
            neu["messdaten"]["projekte"][i * 5]["titel"] = json!(format!("Umbenannt {i}"));
            verlauf.aufzeichnen(&aktuell, &neu, "Titel geändert");
            aktuell = neu;
        }
    });
    println!(
        "  100 Änderungen aufzeichnen:              {aufzeichnen:7.2} ms gesamt, Verlauf belegt {} Byte",
        verlauf.belegte_bytes()
    );
    let rueckgaengig = median_ms(1, || {
        for _ in 0..100 {
            let (vorher, _) = verlauf.rueckgaengig(&aktuell).expect("Schritt vorhanden");
            aktuell = vorher;
        }
    });
    assert_eq!(aktuell, daten, "alles rückgängig gemacht");
    println!("  100 Schritte rückgängig machen:          {rueckgaengig:7.2} ms gesamt");

    let umschlag_wert: Value = serde_json::from_str(&text).expect("eigener Umschlag");
    let datei = sicherung::erstellen(&[umschlag_wert], "2026-11-28T10:00:00.000Z");
    let einlesen = median_ms(n, || {
        assert!(sicherung::einlesen(datei.as_bytes()).is_ok());
    });
    println!(
        "  Sicherung einlesen ({} Byte):       {einlesen:7.2} ms",
        datei.len()
    );
}
