//! The browser side of exports, shared by every tool: the export page the tool frame adds to
//! every tool ([`Exportseite`], from the registry's [`crate::tools::Ausfuhr`]), the provenance
//! block ("Info" sheet) from the open workspace, and the [`Exportbereich`] with the Excel
//! download and one CSV download per table. Building the workbook is pure (`crate::export`,
//! each tool's `export.rs`); this module only adds the clock, the workspace metadata, the
//! user's choices and the download.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt};
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::exportdienst;
use crate::app::formular::Ankreuzfeld;
use crate::daten::umschlag::SCHEMA;
use crate::export::{self, Info, Mappe};
use crate::shared::format;
use crate::shared::route::Route;
use crate::tools::{Ausfuhrwahl, Werkzeug};

/// What the status line under the export buttons says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Meldung {
    /// The Excel file is being written (progress text).
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
    let mappe = Callback::new(move |(info, nur_blatt)| {
        let wahl = Ausfuhrwahl {
            info,
            heute: browser::heute(),
            mit_vertraulichen: mit_vertraulichen.get_untracked(),
            nur_blatt,
        };
        daten.lies_ungetrackt(|ab| ab.map(|ab| (werkzeug.ausfuhr.mappe)(ab, wahl)))
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
        <Exportbereich werkzeug=werkzeug.titel blaetter=ausfuhr.blaetter.to_vec() mappe/>
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
/// `mappe` builds the workbook from the given Info block (it reads the workspace itself); a CSV
/// download asks it for its one data sheet only (see [`Ausfuhrwahl::nur_blatt`]).
#[component]
pub fn Exportbereich(
    /// Tool name, first part of the file name.
    werkzeug: &'static str,
    /// Names of the data sheets, in order (for the CSV buttons).
    blaetter: Vec<&'static str>,
    /// Builds the workbook from the Info block, all data sheets for `None` or only the one at
    /// the given index; `None` if no workspace is open.
    mappe: Callback<(Info, Option<usize>), Option<Mappe>>,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let meldung = RwSignal::new(None::<(Meldung, String)>);
    let einstufung = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| ab.metadaten.einstufung.clone())
                .unwrap_or_default()
        })
    });
    let erstellen = move |nur_blatt: Option<usize>| -> Result<(Mappe, String), String> {
        let info = info(&daten, werkzeug).ok_or("Es ist kein Arbeitsbereich geöffnet.")?;
        let arbeitsbereich = info.arbeitsbereich.clone();
        let mappe = mappe
            .run((info, nur_blatt))
            .ok_or("Es ist kein Arbeitsbereich geöffnet.")?;
        Ok((mappe, arbeitsbereich))
    };
    // Downloads the bytes under the tool's file name and says so.
    let herunterladen = move |teil: &str,
                              endung: &str,
                              mappe: &Mappe,
                              arbeitsbereich: &str,
                              bytes: &[u8]|
          -> Result<String, String> {
        let name = export::dateiname(
            &format!("{werkzeug}{teil}"),
            arbeitsbereich,
            mappe.info.exportiert_am.datum,
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
    // The workbook is written by the export worker (`app::exportdienst`): the page stays
    // responsive and shows the worker's progress. A second click while it runs does nothing.
    let laeuft = RwSignal::new(false);
    let xlsx = move |_| {
        if laeuft.get_untracked() {
            return;
        }
        let (mappe, arbeitsbereich) = match erstellen(None) {
            Ok(m) => m,
            Err(text) => return melden(Err(text)),
        };
        laeuft.set(true);
        meldung.set(Some((
            Meldung::Laeuft,
            "Excel-Datei wird erstellt …".to_owned(),
        )));
        leptos::task::spawn_local(async move {
            let fortschritt = move |text| meldung.set(Some((Meldung::Laeuft, text)));
            let ergebnis = exportdienst::xlsx(&mappe, fortschritt)
                .await
                .and_then(|bytes| herunterladen("", "xlsx", &mappe, &arbeitsbereich, &bytes));
            laeuft.set(false);
            melden(ergebnis);
        });
    };
    // Only the requested sheet is built: the Mappe holds exactly that one.
    let csv = move |index: usize| {
        melden(erstellen(Some(index)).and_then(|(mappe, arbeitsbereich)| {
            let [blatt] = &mappe.blaetter[..] else {
                return Err("Diese Tabelle gibt es nicht.".to_owned());
            };
            let text = export::csv::erstellen(blatt);
            herunterladen(
                &format!("-{}", blatt.name),
                "csv",
                &mappe,
                &arbeitsbereich,
                text.as_bytes(),
            )
        }))
    };
    let csv_knoepfe = blaetter
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            view! {
                <li>
                    <Knopf art=Knopfart::Tertiaer id=format!("csv-{i}") bei_klick=move |_| csv(i)>
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
