//! Importing test cases from a table pasted from Excel (tab-separated) or a CSV/text file
//! (semicolon-, comma- or tab-separated, UTF-8 with or without BOM, double quotes around cells
//! with separators or line breaks): [`tabelle`] splits the text, [`zuordnung_vorschlagen`]
//! proposes a field per column from its heading, the user may change each ([`lesen_mit`]), the
//! preview shows the cases as they would be imported, problems are named per row in German,
//! and nothing is imported while any row has one.

use super::model::{
    schritte_lesen, tags_lesen, Kategorie, Prioritaet, Schritt, Testart, Testfall, Testmanagement,
};

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
    /// Every field, in the order the mapping offers them.
    pub const ALLE: [Feld; 13] = [
        Feld::Kennung,
        Feld::Titel,
        Feld::Kategorie,
        Feld::Prioritaet,
        Feld::Art,
        Feld::Vorbedingungen,
        Feld::Testdaten,
        Feld::Schritte,
        Feld::Erwartet,
        Feld::Nachbedingungen,
        Feld::Tags,
        Feld::Autor,
        Feld::Testobjekt,
    ];

    /// The field with label `name`.
    pub fn aus_name(name: &str) -> Option<Feld> {
        Feld::ALLE.into_iter().find(|f| f.name() == name)
    }

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
        let t: String = text
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
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

/// The separator of the table: tab if the first row (outside quotes) has one, else `;` if it
/// has one, else `,`.
pub fn trenner(text: &str) -> char {
    let mut erste = String::new();
    let mut in_anf = false;
    for c in text.trim_start_matches('\u{feff}').chars() {
        match c {
            '"' => in_anf = !in_anf,
            '\n' if !in_anf => break,
            c if !in_anf => erste.push(c),
            _ => {}
        }
    }
    if erste.contains('\t') {
        '\t'
    } else if erste.contains(';') {
        ';'
    } else {
        ','
    }
}

/// Splits `text` into rows of cells at the separator [`trenner`] finds. Cells in double quotes
/// may hold separators and line breaks (`""` is a quote). A leading BOM is dropped, blank rows
/// too.
pub fn zellen(text: &str) -> Vec<Vec<String>> {
    let trenner = trenner(text);
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

/// A table read from text: the headings and the rows below them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tabelle {
    /// The first row.
    pub kopf: Vec<String>,
    /// The other rows.
    pub zeilen: Vec<Vec<String>>,
}

/// The table in `text` (first row = headings); `None` while there is not even a heading.
pub fn tabelle(text: &str) -> Option<Tabelle> {
    let mut zeilen = zellen(text).into_iter();
    let kopf = zeilen
        .next()?
        .into_iter()
        .map(|k| k.trim().to_owned())
        .collect();
    Some(Tabelle {
        kopf,
        zeilen: zeilen.collect(),
    })
}

/// The text of an uploaded file: UTF-8 with or without BOM; anything else is refused in German.
pub fn text_aus_datei(bytes: &[u8]) -> Result<String, String> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(format!(
            "Die Datei ist zu groß für einen Import (höchstens {}).",
            crate::shared::format::bytes(MAX_BYTES)
        ));
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.starts_with(b"PK\x03\x04") {
        return Err("Die Datei ist eine Excel-Arbeitsmappe. Speichern Sie sie in Excel mit „Speichern unter“ als „CSV UTF-8 (durch Trennzeichen getrennt)“ oder kopieren Sie die Tabelle und fügen Sie sie oben ein.".into());
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| {
        "Die Datei ist nicht UTF-8-kodiert. Speichern Sie sie in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und wählen Sie sie erneut.".to_owned()
    })
}

/// Largest table file read (2 MiB).
pub const MAX_BYTES: u64 = 2 * 1024 * 1024;

/// The field proposed for each column, from its heading; a field already taken by an earlier
/// column is not proposed again.
pub fn zuordnung_vorschlagen(kopf: &[String]) -> Vec<Option<Feld>> {
    let mut vergeben = Vec::new();
    kopf.iter()
        .map(|k| {
            let f = Feld::aus_ueberschrift(k).filter(|f| !vergeben.contains(f));
            vergeben.extend(f);
            f
        })
        .collect()
}

/// Reads the pasted table against the library `tm`: the first row holds the headings, each
/// column goes to the field its heading names.
pub fn lesen(text: &str, tm: &Testmanagement) -> Vorschau {
    match tabelle(text) {
        Some(t) => {
            let z = zuordnung_vorschlagen(&t.kopf);
            lesen_mit(&t, &z, tm)
        }
        None => Vorschau {
            fehler: vec![
                "Die Tabelle ist leer. Fügen Sie die Kopfzeile und mindestens eine Zeile ein."
                    .to_owned(),
            ],
            ..Vorschau::default()
        },
    }
}

/// Reads table `tabelle` with column `i` going to field `zuordnung[i]` (`None`: not taken).
pub fn lesen_mit(tabelle: &Tabelle, zuordnung: &[Option<Feld>], tm: &Testmanagement) -> Vorschau {
    let zuordnung: Vec<(String, Option<Feld>)> = tabelle
        .kopf
        .iter()
        .enumerate()
        .map(|(i, k)| (k.clone(), zuordnung.get(i).copied().flatten()))
        .collect();
    let mut v = Vorschau {
        zuordnung,
        ..Vorschau::default()
    };
    let spalten = |f: Feld| v.zuordnung.iter().filter(|(_, x)| *x == Some(f)).count();
    let mut fehler = Vec::new();
    for f in Feld::ALLE {
        match spalten(f) {
            0 if matches!(f, Feld::Kennung | Feld::Titel) => fehler.push(format!(
                "Keine Spalte ist dem Feld „{}“ zugeordnet.",
                f.name()
            )),
            0 | 1 => {}
            n => fehler.push(format!(
                "Das Feld „{}“ ist {n} Spalten zugeordnet; wählen Sie eine.",
                f.name()
            )),
        }
    }
    v.fehler = fehler;
    if !v.fehler.is_empty() {
        return v;
    }
    let zeilen = tabelle.zeilen.iter();
    let mut gesehen: Vec<String> = Vec::new();
    for (nr, zeile) in zeilen.enumerate() {
        let nr = nr + 2;
        let mut t = Testfall {
            version: 1,
            ..Testfall::default()
        };
        let mut erwartet: Vec<String> = Vec::new();
        let mut probleme = Vec::new();
        for (i, (_, feld)) in v.zuordnung.iter().enumerate() {
            let Some(feld) = feld else { continue };
            let wert = zeile.get(i).map_or("", |s| s.trim());
            match feld {
                Feld::Kennung => t.kennung = wert.to_owned(),
                Feld::Titel => t.titel = wert.to_owned(),
                Feld::Kategorie if !wert.is_empty() => match Kategorie::ALLE
                    .iter()
                    .find(|k| k.name().eq_ignore_ascii_case(wert))
                {
                    Some(k) => t.kategorie = *k,
                    None => probleme.push(format!("Kategorie „{wert}“ ist unbekannt")),
                },
                Feld::Prioritaet if !wert.is_empty() => match Prioritaet::ALLE
                    .iter()
                    .find(|k| k.name().eq_ignore_ascii_case(wert))
                {
                    Some(p) => t.prioritaet = *p,
                    None => probleme.push(format!(
                        "Priorität „{wert}“ ist unbekannt (hoch, mittel, niedrig)"
                    )),
                },
                Feld::Art if !wert.is_empty() => match Testart::ALLE
                    .iter()
                    .find(|k| k.name().eq_ignore_ascii_case(wert))
                {
                    Some(a) => t.art = *a,
                    None => probleme.push(format!("Art „{wert}“ ist unbekannt (positiv, negativ)")),
                },
                Feld::Vorbedingungen => t.vorbedingungen = wert.to_owned(),
                Feld::Testdaten => t.testdaten = wert.to_owned(),
                Feld::Schritte => t.schritte = schritte_lesen(&wert.replace(" | ", "\n")),
                Feld::Erwartet => {
                    erwartet = wert
                        .replace(" | ", "\n")
                        .lines()
                        .map(|z| z.trim().to_owned())
                        .collect()
                }
                Feld::Nachbedingungen => t.nachbedingungen = wert.to_owned(),
                Feld::Tags => t.tags = tags_lesen(wert),
                Feld::Autor => t.autor = wert.to_owned(),
                Feld::Testobjekt => t.testobjekt = wert.to_owned(),
                _ => {}
            }
        }
        for (i, e) in erwartet
            .into_iter()
            .enumerate()
            .filter(|(_, e)| !e.is_empty())
        {
            match t.schritte.get_mut(i) {
                Some(s) if s.erwartet.is_empty() => s.erwartet = e,
                Some(_) => {}
                None => t.schritte.push(Schritt {
                    aktion: String::new(),
                    erwartet: e,
                }),
            }
        }
        if t.kennung.is_empty() {
            probleme.push("Testfall-ID fehlt".to_owned());
        } else if tm.testfaelle.iter().any(|x| x.kennung == t.kennung) {
            probleme.push(format!(
                "Testfall-ID „{}“ gibt es in der Bibliothek schon",
                t.kennung
            ));
        } else if gesehen.contains(&t.kennung) {
            probleme.push(format!(
                "Testfall-ID „{}“ steht zweimal in der Tabelle",
                t.kennung
            ));
        }
        if t.titel.is_empty() {
            probleme.push("Titel fehlt".to_owned());
        }
        if t.schritte.iter().any(|s| s.aktion.is_empty()) {
            probleme.push("ein erwartetes Ergebnis ohne Schritt".to_owned());
        }
        gesehen.push(t.kennung.clone());
        if !probleme.is_empty() {
            v.fehler
                .push(format!("Zeile {nr}: {}.", probleme.join("; ")));
        }
        v.faelle.push(t);
    }
    if v.faelle.is_empty() && v.fehler.is_empty() {
        v.fehler
            .push("Unter der Kopfzeile steht keine Zeile.".to_owned());
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
        assert_eq!(
            z,
            [
                vec!["a", "b"],
                vec!["x;y", "1\n2"],
                vec!["sagt \"hi\"", "z"]
            ]
        );
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
        assert_eq!(
            t.schritte[1],
            Schritt {
                aktion: "Absenden".into(),
                erwartet: "Bestätigung".into()
            }
        );
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
        assert_eq!(
            lesen("Titel;Kategorie\nx;y", &tm).fehler,
            ["Keine Spalte ist dem Feld „Testfall-ID“ zugeordnet."]
        );
        assert_eq!(lesen("  \n", &tm).fehler.len(), 1);
    }

    /// A CSV file as Excel saves it ("CSV UTF-8": BOM, semicolons, quoted line breaks) with
    /// headings nobody would guess: the user maps the columns, one column is left out, and a
    /// row with an unknown category stops the whole import.
    #[test]
    fn datei_mit_eigener_zuordnung() {
        let datei = "\u{feff}Nr;Bezeichnung;Bereich;Ablauf;Bemerkung\r\nA-1;Login;Authentifizierung/Nutzerkonto;\"Öffnen => Maske\r\nAnmelden => Start\";egal\r\nA-2;Upload;Nachweise/Upload;Hochladen;\r\n";
        let text = text_aus_datei(datei.as_bytes()).unwrap();
        let t = tabelle(&text).unwrap();
        assert_eq!(
            t.kopf,
            ["Nr", "Bezeichnung", "Bereich", "Ablauf", "Bemerkung"]
        );
        assert_eq!(t.zeilen.len(), 2);
        assert_eq!(
            zuordnung_vorschlagen(&t.kopf),
            [None, None, None, None, None]
        );
        let tm = Testmanagement::default();
        let zuordnung = [
            Some(Feld::Kennung),
            Some(Feld::Titel),
            Some(Feld::Kategorie),
            Some(Feld::Schritte),
            None,
        ];
        let v = lesen_mit(&t, &zuordnung, &tm);
        assert!(v.fehler.is_empty(), "{:?}", v.fehler);
        assert_eq!(v.faelle[0].kategorie, Kategorie::Authentifizierung);
        assert_eq!(
            v.faelle[0].schritte[1],
            Schritt {
                aktion: "Anmelden".into(),
                erwartet: "Start".into()
            }
        );
        assert_eq!(v.zuordnung[4], ("Bemerkung".to_owned(), None));
        // Two columns on one field, or no title column: refused before any row.
        let doppelt = [
            Some(Feld::Kennung),
            Some(Feld::Titel),
            Some(Feld::Titel),
            None,
            None,
        ];
        assert_eq!(
            lesen_mit(&t, &doppelt, &tm).fehler,
            ["Das Feld „Titel“ ist 2 Spalten zugeordnet; wählen Sie eine."]
        );
        // A row with an unknown category: its number and the value are named, nothing imported.
        let mut falsch = t.clone();
        falsch.zeilen[1][2] = "Foo".into();
        let v = lesen_mit(&falsch, &zuordnung, &tm);
        assert_eq!(v.fehler, ["Zeile 3: Kategorie „Foo“ ist unbekannt."]);
        let mut tm = tm;
        assert_eq!(tm.importiere(&v), 0);
        // Comma-separated with a comma inside quotes; the header proposes the fields.
        let t = tabelle("ID,Titel,Tags\nB-1,\"Suche, einfach\",x").unwrap();
        assert_eq!(
            zuordnung_vorschlagen(&t.kopf),
            [Some(Feld::Kennung), Some(Feld::Titel), Some(Feld::Tags)]
        );
        assert_eq!(t.zeilen[0][1], "Suche, einfach");
        assert_eq!(
            trenner("\"a;b\",c\nx"),
            ',',
            "Trenner in Anführungszeichen zählt nicht"
        );
        // A heading twice: only the first column gets the field.
        assert_eq!(
            zuordnung_vorschlagen(&["Titel".into(), "Titel".into()]),
            [Some(Feld::Titel), None]
        );
        assert_eq!(Feld::aus_name("Erwartetes Ergebnis"), Some(Feld::Erwartet));
    }

    /// Files that are not UTF-8 text are refused with what to do instead.
    #[test]
    fn datei_nicht_utf8_oder_excel() {
        assert!(text_aus_datei(b"ID;Titel\nA;Gr\xfc\xdfe")
            .unwrap_err()
            .contains("nicht UTF-8"));
        assert!(text_aus_datei(b"PK\x03\x04rest")
            .unwrap_err()
            .contains("Excel-Arbeitsmappe"));
        assert!(text_aus_datei(&vec![b'a'; (MAX_BYTES + 1) as usize])
            .unwrap_err()
            .contains("zu groß"));
        assert_eq!(text_aus_datei("\u{feff}a".as_bytes()).unwrap(), "a");
    }
}
