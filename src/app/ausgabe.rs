//! The browser side of exports, shared by every tool: the export page the tool frame adds to
//! every tool ([`Exportseite`], from the registry's [`crate::tools::Ausfuhr`]), the provenance
//! block ("Info" sheet) from the open workspace, and the [`Exportbereich`] with the Excel
//! download and one CSV download per table. The files are built in the export worker
//! (`app::exportdienst`, `export::auftrag`) from the tool's workbook builder (each tool's
//! `export.rs`); this module only adds the clock, the workspace metadata, the user's choices
//! and the download.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt};
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::exportdienst;
use crate::app::formular::Ankreuzfeld;
use crate::daten::umschlag::SCHEMA;
use crate::export::auftrag::{self, Format, Quelle};
use crate::export::{self, Info};
use crate::shared::format;
use crate::shared::route::Route;
use crate::tools::{Ausfuhrwahl, Werkzeug};

/// What the status line under the export buttons says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Meldung {
    /// A file is being written (progress text).
    Laeuft,
    /// A file was downloaded.
    Fertig,
    /// The export failed (error box).
    Fehler,
}

/// The export page of a tool: what the workbook holds, the choice to include confidential
/// records where the tool has them (unchecked by default), and the downloads.
#[component]
pub fn Exportseite(werkzeug: &'static Werkzeug) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let ausfuhr = &werkzeug.ausfuhr;
    let mit_vertraulichen = RwSignal::new(false);
    let auftrag = Callback::new(move |(info, nur_blatt): (Info, Option<usize>)| {
        let format = if nur_blatt.is_some() {
            Format::Csv
        } else {
            Format::Xlsx
        };
        let wahl = Ausfuhrwahl {
            info,
            heute: browser::heute(),
            mit_vertraulichen: mit_vertraulichen.get_untracked(),
            nur_blatt,
        };
        // The stored entry, if current, saves serialising the whole workspace on the page.
        match daten.gespeicherter_eintrag() {
            Some(eintrag) => Some(auftrag::auftrag(
                werkzeug.slug,
                format,
                &wahl,
                Quelle::Eintrag(&eintrag),
            )),
            None => daten.lies_text(|text| {
                auftrag::auftrag(werkzeug.slug, format, &wahl, Quelle::Daten(text))
            }),
        }
    });
    let vertraulich = ausfuhr.vertraulich.as_ref().map(|v| {
        let stand_lesen = v.stand;
        let stand = daten.ableiten(stand_lesen);
        view! {
            <section aria-labelledby="vertraulich-titel">
                <h2 class="kern-heading-small" id="vertraulich-titel">{v.titel}</h2>
                <p class="kern-body" id="vertraulich-stand">{stand}</p>
                <Ankreuzfeld id="mit-vertraulichen" beschriftung=v.beschriftung
                    wert=mit_vertraulichen bei_eingabe=Callback::new(move |an| mit_vertraulichen.set(an))/>
            </section>
        }
    });
    view! {
        <p class="kern-body">{ausfuhr.beschreibung}</p>
        {vertraulich}
        <Exportbereich werkzeug=werkzeug.titel blaetter=ausfuhr.blaetter.to_vec() auftrag/>
    }
}

/// The "Info" block for an export of `titel` from the open workspace, stamped now.
pub fn info(daten: &Daten, titel: &str) -> Option<Info> {
    daten.lies_ungetrackt(|ab| {
        let ab = ab?;
        let m = &ab.metadaten;
        Some(Info {
            titel: titel.to_owned(),
            arbeitsbereich: m.bezeichnung.clone(),
            behoerde: m.behoerde.clone(),
            ressort: m.ressort.clone(),
            stand: m.stand,
            exportiert_am: browser::zeitstempel(),
            app_version: crate::APP_VERSION.to_owned(),
            datenversion: SCHEMA,
            einstufung: m.einstufung.clone(),
            hinweise: Vec::new(),
        })
    })
}

/// Export buttons for one tool: the whole workbook as `.xlsx` and each data sheet as `.csv`.
/// `auftrag` writes the export worker's job for the given Info block (it reads the workspace
/// itself): the whole workbook as `.xlsx`, or only one data sheet as `.csv` (see
/// [`Ausfuhrwahl::nur_blatt`]).
#[component]
pub fn Exportbereich(
    /// Tool name, first part of the file name.
    werkzeug: &'static str,
    /// Names of the data sheets, in order (for the CSV buttons).
    blaetter: Vec<&'static str>,
    /// The worker's job for the Info block: the workbook for `None`, the CSV of the data sheet
    /// at the given index otherwise; `None` if no workspace is open.
    auftrag: Callback<(Info, Option<usize>), Option<String>>,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let meldung = RwSignal::new(None::<(Meldung, String)>);
    let einstufung = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| ab.metadaten.einstufung.clone())
                .unwrap_or_default()
        })
    });
    // The job and the Info block it carries (for the file name).
    let erstellen = move |nur_blatt: Option<usize>| -> Result<(String, Info), String> {
        let info = info(&daten, werkzeug).ok_or("Es ist kein Arbeitsbereich geöffnet.")?;
        let text = auftrag
            .run((info.clone(), nur_blatt))
            .ok_or("Es ist kein Arbeitsbereich geöffnet.")?;
        Ok((text, info))
    };
    // Downloads the bytes under the tool's file name and says so.
    let herunterladen =
        move |teil: &str, endung: &str, info: &Info, bytes: &[u8]| -> Result<String, String> {
            let name = export::dateiname(
                &format!("{werkzeug}{teil}"),
                &info.arbeitsbereich,
                info.exportiert_am.datum,
                endung,
            );
            let mime = if endung == "csv" {
                export::CSV_MIME
            } else {
                export::XLSX_MIME
            };
            browser::herunterladen(&name, mime, bytes)?;
            Ok(format!(
                "„{name}“ wurde heruntergeladen ({}).",
                format::bytes(bytes.len() as u64)
            ))
        };
    let melden = move |ergebnis: Result<String, String>| {
        meldung.set(Some(match ergebnis {
            Ok(text) => (Meldung::Fertig, text),
            Err(text) => (Meldung::Fehler, text),
        }))
    };
    // Every file is written by the export worker (`app::exportdienst`): the page stays
    // responsive and shows the worker's progress. A second click while one runs does nothing.
    // A CSV download builds only its sheet.
    let laeuft = RwSignal::new(false);
    let ausfuehren = move |nur_blatt: Option<usize>, teil: String, endung: &'static str| {
        if laeuft.get_untracked() {
            return;
        }
        let (text, info) = match erstellen(nur_blatt) {
            Ok(auftrag) => auftrag,
            Err(text) => return melden(Err(text)),
        };
        laeuft.set(true);
        let beginn = if endung == "csv" {
            "CSV-Datei wird erstellt …"
        } else {
            "Excel-Datei wird erstellt …"
        };
        meldung.set(Some((Meldung::Laeuft, beginn.to_owned())));
        leptos::task::spawn_local(async move {
            let fortschritt = move |text| meldung.set(Some((Meldung::Laeuft, text)));
            let ergebnis = exportdienst::ausfuehren(text, fortschritt)
                .await
                .and_then(|bytes| herunterladen(&teil, endung, &info, &bytes));
            laeuft.set(false);
            melden(ergebnis);
        });
    };
    let xlsx = move |_| ausfuehren(None, String::new(), "xlsx");
    let csv_knoepfe = blaetter
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            view! {
                <li>
                    <Knopf art=Knopfart::Tertiaer id=format!("csv-{i}")
                        bei_klick=move |_| ausfuehren(Some(i), format!("-{name}"), "csv")>
                        {format!("{name} als CSV")}
                    </Knopf>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="kern-body">
            "Die Excel-Datei enthält das Blatt „Info“ (Herkunft, Stand, Einstufung), je Tabelle ein Blatt mit Filter und "
            "fixierter Kopfzeile und das Blatt „Legende“ mit der Bedeutung aller Werte. Zahlen, Beträge und Daten sind als "
            "solche gespeichert, Texte immer als Text."
        </p>
        <p class="kern-body">
            {move || {
                let e = einstufung.get();
                if e.is_empty() {
                    "Einstufung: keine. ".to_owned()
                } else {
                    format!("Einstufung: „{e}“ – steht im Blatt „Info“ und in der Kopfzeile jeder gedruckten Seite. ")
                }
            }}
            <a class="kern-link" href=Route::Arbeitsbereiche.href()>"Einstufung beim Arbeitsbereich ändern"</a>
        </p>
        <div class="knopfleiste">
            <Knopf art=Knopfart::Primaer id="export-xlsx" bei_klick=xlsx>"Excel-Datei herunterladen (.xlsx)"</Knopf>
        </div>
        <div role="status" class="exportmeldung">
            {move || meldung.get().map(|(art, text)| match art {
                Meldung::Laeuft => view! { <p class="kern-body exportmeldung--laeuft">{text}</p> }.into_any(),
                Meldung::Fertig => view! { <p class="kern-body">{text}</p> }.into_any(),
                Meldung::Fehler => view! { <Hinweis art=HinweisArt::Fehler titel="Export fehlgeschlagen".to_owned()><p class="kern-body">{text}</p></Hinweis> }.into_any(),
            })}
        </div>
        <h2 class="kern-heading-medium">"Einzelne Tabellen als CSV"</h2>
        <p class="kern-body">
            "Für Programme, die kein Excel lesen: Semikolon als Trennzeichen, UTF-8, Dezimalkomma, Datum TT.MM.JJJJ. "
            "Texte, die mit =, +, - oder @ beginnen, erhalten ein vorangestelltes Apostroph, damit sie nicht als Formel ausgeführt werden."
        </p>
        <ul class="csvliste">{csv_knoepfe}</ul>
    }
}
