//! Architecture invariants from `ARCHITECTURE.md`, checked on the source tree under
//! `cargo test`. Each check is phrased as an absence ("… never …") and names the offending file.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_dateien(verzeichnis: &Path) -> Vec<PathBuf> {
    let mut dateien = Vec::new();
    let mut offen = vec![verzeichnis.to_path_buf()];
    while let Some(pfad) = offen.pop() {
        for eintrag in fs::read_dir(&pfad).expect("Quellverzeichnis lesbar") {
            let pfad = eintrag.expect("Eintrag lesbar").path();
            if pfad.is_dir() {
                offen.push(pfad);
            } else if pfad.extension().is_some_and(|e| e == "rs") {
                dateien.push(pfad);
            }
        }
    }
    dateien.sort();
    dateien
}

fn quellen() -> Vec<(String, String)> {
    let wurzel = Path::new(env!("CARGO_MANIFEST_DIR"));
    rust_dateien(&wurzel.join("src"))
        .into_iter()
        .map(|pfad| {
            let text = fs::read_to_string(&pfad).expect("Datei lesbar");
            let relativ = pfad
                .strip_prefix(wurzel)
                .expect("unter der Wurzel")
                .to_string_lossy()
                .replace('\\', "/");
            (relativ, text)
        })
        .collect()
}

/// Code lines only: comments and doc comments may talk about anything.
fn code_zeilen(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, zeile)| !zeile.trim_start().starts_with("//"))
        .map(|(nr, zeile)| (nr + 1, zeile))
}

/// Lines of `text` whose code uses any of `muster`.
fn verwendungen(text: &str, muster: &[&str]) -> Vec<String> {
    code_zeilen(text)
        .filter(|(_, zeile)| muster.iter().any(|m| zeile.contains(m)))
        .map(|(nr, zeile)| format!("{nr}: {}", zeile.trim()))
        .collect()
}

/// Every use of `muster` in the files whose path satisfies `gilt_fuer`, as `file:line: code`.
fn verstoesse(gilt_fuer: impl Fn(&str) -> bool, muster: &[&str]) -> Vec<String> {
    verstoesse_in(gilt_fuer, muster, |text| text)
}

/// [`verstoesse`] in the program's text only (test modules may do what the program must not).
fn verstoesse_ohne_tests(gilt_fuer: impl Fn(&str) -> bool, muster: &[&str]) -> Vec<String> {
    verstoesse_in(gilt_fuer, muster, ohne_tests)
}

fn verstoesse_in(
    gilt_fuer: impl Fn(&str) -> bool,
    muster: &[&str],
    teil: impl Fn(&str) -> &str,
) -> Vec<String> {
    quellen()
        .iter()
        .filter(|(pfad, _)| gilt_fuer(pfad))
        .flat_map(|(pfad, text)| {
            verwendungen(teil(text), muster)
                .into_iter()
                .map(move |z| format!("{pfad}:{z}"))
        })
        .collect()
}

/// Paths of browser crates as they appear in code (`use leptos::…`, `web_sys::window()`).
const BROWSER: &[&str] = &["leptos::", "web_sys::", "js_sys::", "wasm_bindgen", "gloo_"];

/// Pure modules: the shared building blocks, the data layer, the export writers and, per tool,
/// everything outside `views/` and `mod.rs` (model, calculations, export, examples, input
/// reading …), plus the computed parts of a view: a chart's geometry (`geometrie.rs`) and its
/// words (`texte.rs`). They must run under a native `cargo test`.
fn ist_rein(pfad: &str) -> bool {
    let datei = pfad.rsplit('/').next().unwrap_or(pfad);
    let im_werkzeug = pfad
        .strip_prefix("src/tools/")
        .and_then(|rest| rest.split_once('/'));
    pfad.starts_with("src/shared/")
        || pfad.starts_with("src/daten/")
        || pfad.starts_with("src/export/")
        || im_werkzeug.is_some_and(|(_, rest)| !rest.starts_with("views/") && rest != "mod.rs")
        || (pfad.starts_with("src/tools/") && ["geometrie.rs", "texte.rs"].contains(&datei))
}

#[test]
fn reine_module_kennen_den_browser_nicht() {
    let verstoesse = verstoesse(ist_rein, BROWSER);
    assert!(
        verstoesse.is_empty(),
        "Browser-Abhängigkeit in reinem Modul:\n{}",
        verstoesse.join("\n")
    );
}

#[test]
fn nur_app_speicher_beruehrt_den_lokalen_speicher() {
    let verstoesse = verstoesse(
        |p| p != "src/app/speicher.rs",
        &[".local_storage(", ".session_storage(", "gloo_storage::"],
    );
    assert!(
        verstoesse.is_empty(),
        "Speicherzugriff außerhalb von app/speicher.rs:\n{}",
        verstoesse.join("\n")
    );
}

/// `app::daten` alone decides when to write: pages and tools may read storage through
/// `app::speicher`, but never write or delete there, and never replace the open workspace
/// except through `Daten::aendere` (which records undo and schedules the autosave).
#[test]
fn nur_app_daten_schreibt_und_aendert_den_arbeitsbereich() {
    let verstoesse = verstoesse(
        |p| !p.starts_with("src/app/daten/") && p != "src/app/speicher.rs",
        &[
            "speicher::schreibe(",
            "speicher::entferne(",
            "arbeitsbereich.set(",
            "arbeitsbereich.update",
            "arbeitsbereich.write(",
        ],
    );
    assert!(
        verstoesse.is_empty(),
        "Schreibzugriff außerhalb von app/daten:\n{}",
        verstoesse.join("\n")
    );
}

#[test]
fn nur_exportmodule_kennen_rust_xlsxwriter() {
    let verstoesse = verstoesse(
        |p| !(p.ends_with("/export.rs") || p.contains("/export/")),
        &["rust_xlsxwriter::"],
    );
    assert!(
        verstoesse.is_empty(),
        "rust_xlsxwriter außerhalb der Exportmodule:\n{}",
        verstoesse.join("\n")
    );
}

/// The Content-Security-Policy forbids inline styles, so views must style through classes.
#[test]
fn keine_inline_styles_in_ansichten() {
    let verstoesse = verstoesse(|_| true, &[" style=", "style:"]);
    assert!(
        verstoesse.is_empty(),
        "Inline-Style (CSP verbietet sie):\n{}",
        verstoesse.join("\n")
    );
}

#[test]
fn jedes_modul_beginnt_mit_einem_modulkommentar() {
    let ohne: Vec<String> = quellen()
        .into_iter()
        .filter(|(_, text)| !text.trim_start().starts_with("//!"))
        .map(|(pfad, _)| pfad)
        .collect();
    assert!(ohne.is_empty(), "Module ohne //!-Kopf: {ohne:?}");
}

#[test]
fn keine_fremden_adressen_zum_nachladen_in_index_html() {
    let html = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html"))
        .expect("index.html lesbar");
    assert!(
        !html.contains("unsafe-inline"),
        "CSP darf kein unsafe-inline erlauben"
    );
    assert!(html.contains("default-src 'self'"));
    assert!(
        !html.contains("rel=\"scss\"") && !html.contains("rel=\"sass\""),
        "scss lädt dart-sass aus dem Netz"
    );
    for zeile in html
        .lines()
        .filter(|z| z.contains("<link") || z.contains("<script"))
    {
        assert!(
            !zeile.contains("http://") && !zeile.contains("https://"),
            "externes Asset: {zeile}"
        );
    }
}

/// The program's text of a file: without its test module (`#[cfg(test)]` at the start of a
/// line, which by convention is the file's end).
fn ohne_tests(text: &str) -> &str {
    text.find("\n#[cfg(test)]")
        .map_or(text, |ende| &text[..ende])
}

/// Every sort goes through `shared::sortieren` (one copy of the sort algorithm in the app's
/// module instead of one per call site: 200 KB, issue 24). Tests may compare with `std`. A
/// `collect` into a `BTreeSet`/`BTreeMap` sorts too; its spelled-out form is caught here, one
/// whose type is inferred is not (use `sortiert_einmal` or `einsammeln`).
#[test]
fn sortiert_wird_nur_ueber_shared_sortieren() {
    let verstoesse = verstoesse_ohne_tests(|pfad| pfad != "src/shared/sortieren.rs", SORTIEREN);
    assert!(
        verstoesse.is_empty(),
        "Sortierung ohne shared::sortieren (sortiere, sortiere_nach, sortiere_nach_schluessel, \
         sortiert_einmal, einsammeln):\n{}",
        verstoesse.join("\n")
    );
}

/// The standard library's sorts that `shared::sortieren` replaces.
const SORTIEREN: &[&str] = &[
    ".sort()",
    ".sort_by(",
    ".sort_by_key(",
    ".sort_unstable",
    ".collect::<BTreeSet",
    ".collect::<BTreeMap",
    ".collect::<std::collections::BTree",
];

/// Tool data and workspaces are read from text (`serde_json::from_str`, or
/// `daten::umschlag::aus_wert_lesen` where a parsed value is given), never from a `Value`: a
/// model read both ways has two deserialisers in the app's module (248 KB of the shell's code,
/// issue 24). Only the data layer's own small envelopes may read from a value.
#[test]
fn werkzeugdaten_werden_aus_text_gelesen() {
    let verstoesse = verstoesse_ohne_tests(|pfad| !pfad.starts_with("src/daten/"), AUS_WERT);
    assert!(
        verstoesse.is_empty(),
        "Aus einem serde_json::Value gelesen statt aus Text (umschlag::aus_wert_lesen):\n{}",
        verstoesse.join("\n")
    );
}

/// Ways to deserialise from a parsed value.
const AUS_WERT: &[&str] = &["from_value(", "::deserialize(&", "::deserialize(wert"];

/// A workspace is read through `daten::json::lesen`, which reads structs only from objects:
/// read with `serde_json::from_str`, every model's reader of the array form of a struct would
/// come back into the app's module (issue 24).
#[test]
fn arbeitsbereiche_werden_ueber_daten_json_gelesen() {
    let verstoesse =
        verstoesse_ohne_tests(|pfad| pfad != "src/daten/json.rs", ARBEITSBEREICH_LESEN);
    assert!(
        verstoesse.is_empty(),
        "Arbeitsbereich mit serde_json gelesen statt mit daten::json::lesen:\n{}",
        verstoesse.join("\n")
    );
}

/// Reading a workspace with `serde_json` directly.
const ARBEITSBEREICH_LESEN: &[&str] = &[
    "from_str::<Arbeitsbereich>",
    "Arbeitsbereich = serde_json::",
];

/// The checks above must be able to fail: they find a violation in a made-up file.
#[test]
fn die_pruefungen_erkennen_verstoesse() {
    let beispiel = "//! Kopf\n// leptos:: im Kommentar ist erlaubt\nuse leptos::prelude::*;\n";
    assert_eq!(
        verwendungen(beispiel, BROWSER),
        vec!["3: use leptos::prelude::*;"]
    );
    assert!(ist_rein("src/shared/format.rs"));
    assert!(ist_rein("src/daten/umschlag.rs"));
    assert_eq!(
        verwendungen(
            "    daten.arbeitsbereich.set(None);\n",
            &["arbeitsbereich.set("]
        )
        .len(),
        1
    );
    assert!(ist_rein("src/tools/budgetmonitor/calc.rs"));
    assert!(!ist_rein("src/tools/budgetmonitor/views/tabelle.rs"));
    assert!(ist_rein(
        "src/tools/multiprojektplan/views/zeitplan/geometrie.rs"
    ));
    assert!(ist_rein(
        "src/tools/multiprojektplan/views/zeitplan/texte.rs"
    ));
    assert!(!ist_rein(
        "src/tools/multiprojektplan/views/zeitplan/svg.rs"
    ));
    assert!(!ist_rein("src/app/mod.rs"));
    assert_eq!(
        verwendungen(
            "    let p: Paket = serde_json::from_value(wert)?;\n    let t = T::deserialize(&wert)?;\n",
            AUS_WERT
        )
        .len(),
        2
    );
    let mit_test = "fn a(v: &mut [u8]) {\n    v.sort_by(|a, b| b.cmp(a));\n}\n#[cfg(test)]\nmod tests {\n    fn b(mut v: Vec<u8>) { v.sort(); }\n}\n";
    assert_eq!(
        verwendungen(ohne_tests(mit_test), SORTIEREN),
        vec!["2: v.sort_by(|a, b| b.cmp(a));"]
    );
}
