//! Importing test cases from a table pasted from Excel (tab-separated) or a CSV file
//! (semicolon- or comma-separated, double quotes around cells with line breaks): the columns
//! are matched to the fields by their headings, the preview shows the mapping and every case,
//! problems are named per row in German, and nothing is imported while any row has one.

use super::model::{schritte_lesen, tags_lesen, Kategorie, Prioritaet, Schritt, Testart, Testfall, Testmanagement};

/// A field a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feld {
    /// Testfall-ID
    Kennung,
    /// Titel
    Titel,
    /// Kategorie
    Kategorie,
    /// Priorität
    Prioritaet,
    /// positiv/negativ
    Art,
    /// Vorbedingungen
    Vorbedingungen,
    /// Testdaten
    Testdaten,
    /// Schritte (one a line; "Aktion => erwartet" or with a column of expected results)
    Schritte,
    /// Expected results, one a line, paired with the steps
    Erwartet,
    /// Nachbedingungen
    Nachbedingungen,
    /// Tags, comma-separated
    Tags,
    /// Autor
    Autor,
    /// Testobjekt
    Testobjekt,
}

impl Feld {
    /// The field's German label.
    pub fn name(self) -> &'static str {
        match self {
            Feld::Kennung => "Testfall-ID",
            Feld::Titel => "Titel",
            Feld::Kategorie => "Kategorie",
            Feld::Prioritaet => "Priorität",
            Feld::Art => "Art",
            Feld::Vorbedingungen => "Vorbedingungen",
            Feld::Testdaten => "Testdaten",
            Feld::Schritte => "Schritte",
            Feld::Erwartet => "Erwartetes Ergebnis",
            Feld::Nachbedingungen => "Nachbedingungen",
            Feld::Tags => "Tags",
            Feld::Autor => "Autor",
            Feld::Testobjekt => "Testobjekt",
        }
    }

    /// The field a column heading names (case and spaces ignored, common variants accepted).
    pub fn aus_ueberschrift(text: &str) -> Option<Feld> {
        let t: String = text.trim().to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
        Some(match t.as_str() {
            "testfall-id" | "id" | "kennung" | "testfallid" => Feld::Kennung,
            "titel" | "testfall" | "name" => Feld::Titel,
            "kategorie" => Feld::Kategorie,
            "priorität" | "prioritaet" | "prio" => Feld::Prioritaet,
            "art" | "positiv/negativ" => Feld::Art,
            "vorbedingungen" | "vorbedingung" => Feld::Vorbedingungen,
            "testdaten" => Feld::Testdaten,
            "schritte" | "schritt" | "aktionen" | "testschritte" => Feld::Schritte,
            "erwartetesergebnis" | "erwartet" | "erwarteteergebnisse" => Feld::Erwartet,
            "nachbedingungen" | "nachbedingung" => Feld::Nachbedingungen,
            "tags" | "schlagworte" => Feld::Tags,
            "autor" | "autorin" => Feld::Autor,
            "testobjekt" => Feld::Testobjekt,
            _ => return None,
        })
    }
}

/// What the preview shows: the column mapping, the cases read and the problems per row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Vorschau {
    /// Per column: its heading and the field it fills (`None`: ignored).
    pub zuordnung: Vec<(String, Option<Feld>)>,
    /// The cases read, in table order.
    pub faelle: Vec<Testfall>,
    /// Problems, each naming its row ("Zeile 3: …"); nothing may be imported while any.
    pub fehler: Vec<String>,
}

/// Splits `text` into rows of cells: tab-separated if the first line has a tab, else `;` if it
/// has one, else `,`. Cells in double quotes may hold separators and line breaks (`""` is a
/// quote). Blank rows are dropped.
pub fn zellen(text: &str) -> Vec<Vec<String>> {
    let erste = text.lines().next().unwrap_or("");
    let trenner = if erste.contains('\t') {
        '\t'
    } else if erste.contains(';') {
        ';'
    } else {
        ','
    };
    let mut zeilen = Vec::new();
    let mut zeile = Vec::new();
    let mut zelle = String::new();
    let mut in_anf = false;
    let mut zeichen = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = zeichen.next() {
        match c {
            '"' if in_anf && zeichen.peek() == Some(&'"') => {
                zelle.push('"');
                zeichen.next();
            }
            '"' if in_anf => in_anf = false,
            '"' if zelle.trim().is_empty() => {
                zelle.clear();
                in_anf = true;
            }
            c if c == trenner && !in_anf => zeile.push(std::mem::take(&mut zelle)),
            '\r' if !in_anf => {}
            '\n' if !in_anf => {
                zeile.push(std::mem::take(&mut zelle));
                zeilen.push(std::mem::take(&mut zeile));
            }
            c => zelle.push(c),
        }
    }
    if !zelle.is_empty() || !zeile.is_empty() {
        zeile.push(zelle);
        zeilen.push(zeile);
    }
    zeilen
        .into_iter()
        .filter(|z: &Vec<String>| z.iter().any(|c| !c.trim().is_empty()))
        .collect()
}

/// Reads the pasted table against the library `tm`: the first row holds the headings.
pub fn lesen(text: &str, tm: &Testmanagement) -> Vorschau {
    let mut zeilen = zellen(text).into_iter();
    let Some(kopf) = zeilen.next() else {
        return Vorschau {
            fehler: vec!["Die Tabelle ist leer. Fügen Sie die Kopfzeile und mindestens eine Zeile ein.".to_owned()],
            ..Vorschau::default()
        };
    };
    let zuordnung: Vec<(String, Option<Feld>)> =
        kopf.iter().map(|k| (k.trim().to_owned(), Feld::aus_ueberschrift(k))).collect();
    let mut v = Vorschau { zuordnung, ..Vorschau::default() };
    let hat = |f: Feld| v.zuordnung.iter().any(|(_, x)| *x == Some(f));
    for f in [Feld::Kennung, Feld::Titel] {
        if !hat(f) {
            v.fehler.push(format!("Die Spalte „{}“ fehlt in der Kopfzeile.", f.name()));
        }
    }
    if !v.fehler.is_empty() {
        return v;
    }
    let mut gesehen: Vec<String> = Vec::new();
    for (nr, zeile) in zeilen.enumerate() {
        let nr = nr + 2;
        let mut t = Testfall { version: 1, ..Testfall::default() };
        let mut erwartet: Vec<String> = Vec::new();
        let mut probleme = Vec::new();
        for (i, (_, feld)) in v.zuordnung.iter().enumerate() {
            let Some(feld) = feld else { continue };
            let wert = zeile.get(i).map_or("", |s| s.trim());
            match feld {
                Feld::Kennung => t.kennung = wert.to_owned(),
                Feld::Titel => t.titel = wert.to_owned(),
                Feld::Kategorie if !wert.is_empty() => match Kategorie::ALLE.iter().find(|k| k.name().eq_ignore_ascii_case(wert)) {
                    Some(k) => t.kategorie = *k,
                    None => probleme.push(format!("Kategorie „{wert}“ ist unbekannt")),
                },
                Feld::Prioritaet if !wert.is_empty() => match Prioritaet::ALLE.iter().find(|k| k.name().eq_ignore_ascii_case(wert)) {
                    Some(p) => t.prioritaet = *p,
                    None => probleme.push(format!("Priorität „{wert}“ ist unbekannt (hoch, mittel, niedrig)")),
                },
                Feld::Art if !wert.is_empty() => match Testart::ALLE.iter().find(|k| k.name().eq_ignore_ascii_case(wert)) {
                    Some(a) => t.art = *a,
                    None => probleme.push(format!("Art „{wert}“ ist unbekannt (positiv, negativ)")),
                },
                Feld::Vorbedingungen => t.vorbedingungen = wert.to_owned(),
                Feld::Testdaten => t.testdaten = wert.to_owned(),
                Feld::Schritte => t.schritte = schritte_lesen(&wert.replace(" | ", "\n")),
                Feld::Erwartet => erwartet = wert.replace(" | ", "\n").lines().map(|z| z.trim().to_owned()).collect(),
                Feld::Nachbedingungen => t.nachbedingungen = wert.to_owned(),
                Feld::Tags => t.tags = tags_lesen(wert),
                Feld::Autor => t.autor = wert.to_owned(),
                Feld::Testobjekt => t.testobjekt = wert.to_owned(),
                _ => {}
            }
        }
        for (i, e) in erwartet.into_iter().enumerate().filter(|(_, e)| !e.is_empty()) {
            match t.schritte.get_mut(i) {
                Some(s) if s.erwartet.is_empty() => s.erwartet = e,
                Some(_) => {}
                None => t.schritte.push(Schritt { aktion: String::new(), erwartet: e }),
            }
        }
        if t.kennung.is_empty() {
            probleme.push("Testfall-ID fehlt".to_owned());
        } else if tm.testfaelle.iter().any(|x| x.kennung == t.kennung) {
            probleme.push(format!("Testfall-ID „{}“ gibt es in der Bibliothek schon", t.kennung));
        } else if gesehen.contains(&t.kennung) {
            probleme.push(format!("Testfall-ID „{}“ steht zweimal in der Tabelle", t.kennung));
        }
        if t.titel.is_empty() {
            probleme.push("Titel fehlt".to_owned());
        }
        if t.schritte.iter().any(|s| s.aktion.is_empty()) {
            probleme.push("ein erwartetes Ergebnis ohne Schritt".to_owned());
        }
        gesehen.push(t.kennung.clone());
        if !probleme.is_empty() {
            v.fehler.push(format!("Zeile {nr}: {}.", probleme.join("; ")));
        }
        v.faelle.push(t);
    }
    if v.faelle.is_empty() && v.fehler.is_empty() {
        v.fehler.push("Unter der Kopfzeile steht keine Zeile.".to_owned());
    }
    v
}

impl Testmanagement {
    /// Imports the cases of a preview without problems, all or nothing; returns how many.
    pub fn importiere(&mut self, vorschau: &Vorschau) -> usize {
        if !vorschau.fehler.is_empty() {
            return 0;
        }
        for t in &vorschau.faelle {
            self.speichere_testfall(Testfall { id: 0, ..t.clone() });
        }
        vorschau.faelle.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zellen_mit_anfuehrungszeichen_und_trennern() {
        let z = zellen("a;b\n\"x;y\";\"1\n2\"\n\n\"sagt \"\"hi\"\"\";z\r\n");
        assert_eq!(z, [vec!["a", "b"], vec!["x;y", "1\n2"], vec!["sagt \"hi\"", "z"]]);
        assert_eq!(zellen("a\tb\nc\td"), [vec!["a", "b"], vec!["c", "d"]]);
    }

    /// Ten cases pasted from Excel: headings mapped, steps paired with expected results.
    #[test]
    fn zehn_faelle_aus_excel() {
        let mut text = String::from("Testfall-ID\tTitel\tKategorie\tPriorität\tSchritte\tErwartetes Ergebnis\tTags\tSpalte X\n");
        for i in 1..=10 {
            text.push_str(&format!("IMP-{i:02}\tFall {i}\tBarrierefreiheit\thoch\t\"Öffnen\nAbsenden\"\t\"Seite da\nBestätigung\"\tImport, BITV\tegal\n"));
        }
        let mut tm = Testmanagement::default();
        let v = lesen(&text, &tm);
        assert!(v.fehler.is_empty(), "{:?}", v.fehler);
        assert_eq!(v.faelle.len(), 10);
        assert_eq!(v.zuordnung[7], ("Spalte X".to_owned(), None));
        let t = &v.faelle[0];
        assert_eq!(t.kategorie, Kategorie::Barrierefreiheit);
        assert_eq!(t.prioritaet, Prioritaet::Hoch);
        assert_eq!(t.schritte[1], Schritt { aktion: "Absenden".into(), erwartet: "Bestätigung".into() });
        assert_eq!(t.tags, ["Import", "BITV"]);
        assert_eq!(tm.importiere(&v), 10);
        assert_eq!(tm.testfaelle.len(), 10);
        assert!(tm.testfaelle.iter().all(|t| t.id > 0 && t.version == 1));
        // The same table again: every row is a duplicate, nothing imported.
        let v2 = lesen(&text, &tm);
        assert_eq!(v2.fehler.len(), 10);
        assert_eq!(tm.importiere(&v2), 0);
        assert_eq!(tm.testfaelle.len(), 10);
    }

    #[test]
    fn fehler_je_zeile_und_nichts_importiert() {
        let tm = Testmanagement::default();
        let v = lesen("ID;Titel;Kategorie;Priorität\nA;Gut;Usability;mittel\n;Ohne ID;;\nB;;Zauberei;dringend\nA;Doppelt;;", &tm);
        assert_eq!(
            v.fehler,
            [
                "Zeile 3: Testfall-ID fehlt.",
                "Zeile 4: Kategorie „Zauberei“ ist unbekannt; Priorität „dringend“ ist unbekannt (hoch, mittel, niedrig); Titel fehlt.",
                "Zeile 5: Testfall-ID „A“ steht zweimal in der Tabelle.",
            ]
        );
        let mut tm = tm;
        assert_eq!(tm.importiere(&v), 0);
        assert!(tm.testfaelle.is_empty());
        assert_eq!(lesen("Titel;Kategorie\nx;y", &tm).fehler, ["Die Spalte „Testfall-ID“ fehlt in der Kopfzeile."]);
        assert_eq!(lesen("  \n", &tm).fehler.len(), 1);
    }
}
