//! The tool registry: the one list of tools that routing, navigation, the start page, the
//! backup preview, the delete confirmation, the export page and the sweep tests read.
//!
//! A tool is one folder `src/tools/<slug>/` whose `mod.rs` defines `pub static WERKZEUG:
//! Werkzeug` (everything the app needs to know about it: pages, example, workbook, record
//! counts) and whose `model.rs` defines its stored data type. Registering it is one line in
//! [`werkzeuge!`] below, which declares the module, adds the tool to [`WERKZEUGE`] and gives the
//! workspace a section for its data ([`Werkzeugdaten`]). Nothing else in the app names a tool.
//!
//! Only tools that exist are registered: the app never shows placeholder pages.

use leptos::prelude::AnyView;
use serde::de::MapAccess;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::daten::arbeitsbereich::{Arbeitsbereich, Werkzeugteil};
use crate::export::Info;
#[cfg(not(feature = "teilen"))]
use crate::export::Mappe;
use crate::shared::datum::Datum;
use crate::shared::route::Route;
use crate::shared::vokabular::{Dimension, Handlungsfeld};

/// Declares a tool's page table ([`Seite`]), one entry per page, after the tool's slug:
///
/// ```text
/// multiprojektplan;
/// "pfad" in "Navigation", Fest("Überschrift") => |_| view! { <Seite/> };
/// "neu", Fest("Neues Projekt") => |_| view! { <Formular id=None/> };
/// "projekt/*", Seitentitel::Datensatz { … } => |id| view! { <Projektseite id=id.unwrap_or_default()/> };
/// ```
///
/// `in "…"` puts the page into the sub-navigation; a page without an entry of its own (a form,
/// a record) highlights the start page's entry, or with `unter "laeufe"` the entry of that
/// path, the list it was opened from; `braucht f` names code the page needs
/// besides the tool's own (an `async fn() -> Result<(), Ladefehler>` awaited before the page is
/// shown, e.g. `paket::teilbare_laden`); the closure receives the record number of a `*` path.
/// The macro adds `.into_any()`, so a page is one line.
///
/// **Code splitting** (issue 24): all views of a tool are reached only through the function
/// the macro writes per part, `ansicht(pfad)`, which returns the page's view function. In the
/// split release build of the app (`cfg(upo_geteilt)`, set by build.rs) it is a `wasm_split`
/// point named after the part (the slug for the first), so the part's views form their own
/// chunk, fetched on the first visit of one of its pages;
/// [`Seite::ansicht`] then resolves once the chunk is there ([`Ladefehler`] if it cannot be
/// fetched). Without the cfg (`make watch`, native tests) it resolves at once.
///
/// A large tool can put pages into further parts: a line `<slug>_<name>;` between two pages
/// starts one, and the pages after it are fetched as part `<slug>_<name>` on their first visit
/// (the Multiprojektplan's project pages, for instance, so that its portfolio comes sooner).
/// The code a part shares with other parts arrives with it: tools/teilen.py merges what at
/// least half of all parts need into one module and the rest into one module per part.
#[cfg(feature = "oberflaeche")]
macro_rules! seiten {
    (@navigation) => { None };
    (@navigation $navigation:literal) => { Some($navigation) };
    (@unter) => { "" };
    (@unter $unter:literal) => { $unter };
    (@laden $teil:ident $pfad:literal) => { || $teil($pfad) };
    (@laden $teil:ident $pfad:literal $bedarf:path) => {
        || ::std::boxed::Box::pin(async {
            $bedarf().await?;
            $teil($pfad).await
        })
    };
    ($($teil:ident; $($pfad:literal $(in $navigation:literal)? $(unter $unter:literal)?, $titel:expr $(, braucht $bedarf:path)? => |$id:pat_param| $ansicht:expr;)+)+) => {{
        $(
            // One loader per part, named after it: `ansicht` is the part's split point.
            #[allow(non_upper_case_globals)]
            const $teil: fn(&'static str) -> $crate::tools::Seitenladen = {
                #[cfg_attr(
                    upo_geteilt,
                    ::leptos::wasm_split::wasm_split($teil, fallible, wasm_split_path = ::leptos::wasm_split)
                )]
                fn ansicht(pfad: &'static str) -> Result<$crate::tools::Seitenansicht, $crate::tools::Ladefehler> {
                    match pfad {
                        $($pfad => Ok(|$id| ::leptos::prelude::IntoAny::into_any($ansicht)),)+
                        _ => Err($crate::tools::Ladefehler),
                    }
                }
                #[cfg(upo_geteilt)]
                async fn laden(pfad: &'static str) -> Result<$crate::tools::Seitenansicht, $crate::tools::Ladefehler> {
                    ansicht(pfad).await
                }
                #[cfg(not(upo_geteilt))]
                async fn laden(pfad: &'static str) -> Result<$crate::tools::Seitenansicht, $crate::tools::Ladefehler> {
                    ansicht(pfad)
                }
                |pfad| ::std::boxed::Box::pin(laden(pfad))
            };
        )+
        &[$($($crate::tools::Seite {
            pfad: $pfad,
            navigation: seiten!(@navigation $($navigation)?),
            unter: seiten!(@unter $($unter)?),
            titel: $titel,
            ansicht: seiten!(@laden $teil $pfad $($bedarf)?),
        },)+)+]
    }};
}

/// A tool's part in sharing packages for its registry entry: `teilen: teilbar!(teilen::teilbar)`,
/// where the function builds the tool's [`paket::Teilbar`] with [`paket::Teilbar::neu`].
///
/// In the split release build the function is a `wasm_split` point of the part `austausch`,
/// which holds the sharing code of all tools: the start page does not load it, the pages of
/// packages fetch it ([`paket::teilbare_laden`]). Without the cfg it resolves at once.
macro_rules! teilbar {
    ($baue:path) => {{
        #[cfg_attr(
            upo_geteilt,
            ::leptos::wasm_split::wasm_split(austausch, fallible, wasm_split_path = ::leptos::wasm_split)
        )]
        fn teilbar() -> Result<$crate::tools::paket::Teilbar, $crate::tools::Ladefehler> {
            Ok($baue())
        }
        #[cfg(upo_geteilt)]
        async fn laden() -> Result<$crate::tools::paket::Teilbar, $crate::tools::Ladefehler> {
            teilbar().await
        }
        #[cfg(not(upo_geteilt))]
        async fn laden() -> Result<$crate::tools::paket::Teilbar, $crate::tools::Ladefehler> {
            teilbar()
        }
        Some(|| ::std::boxed::Box::pin(laden()))
    }};
}

/// A tool's example for its registry entry: `beispiel_laden: beispiel!(|ab, heute| { … })`,
/// where the block fills the tool's section of `ab` (an `&mut Arbeitsbereich`) and `heute`
/// anchors its dates.
///
/// In the split release build the block is reached only through a `wasm_split` point of the
/// part `beispiele`, which holds the examples of all tools (their code and their texts): the
/// start page does not load it, "Beispiel laden" and "Beispiel in neuem Arbeitsbereich öffnen"
/// fetch it. Without the cfg the loader resolves at once.
macro_rules! beispiel {
    (|$ab:ident, $heute:ident| $rumpf:block) => {{
        fn fuellen(
            $ab: &mut $crate::daten::arbeitsbereich::Arbeitsbereich,
            $heute: $crate::shared::datum::Datum,
        ) $rumpf
        #[cfg_attr(
            upo_geteilt,
            ::leptos::wasm_split::wasm_split(beispiele, fallible, wasm_split_path = ::leptos::wasm_split)
        )]
        fn beispiel() -> Result<$crate::tools::Beispiel, $crate::tools::Ladefehler> {
            // Built at run time, so that the pointer is not a constant in the shell's data,
            // which would keep `fuellen` in the shell (see `paket::Teilbar::neu`).
            Ok(::std::hint::black_box(fuellen as $crate::tools::Beispiel))
        }
        #[cfg(upo_geteilt)]
        async fn laden() -> Result<$crate::tools::Beispiel, $crate::tools::Ladefehler> {
            beispiel().await
        }
        #[cfg(not(upo_geteilt))]
        async fn laden() -> Result<$crate::tools::Beispiel, $crate::tools::Ladefehler> {
            beispiel()
        }
        || ::std::boxed::Box::pin(laden())
    }};
}

/// Declares the registered tools: for each, its module, its entry in [`WERKZEUGE`] and its
/// section in [`Werkzeugdaten`] (`slug: DataType`, where the type lives in `<slug>::model`).
macro_rules! werkzeuge {
    ($($slug:ident: $typ:ident,)+) => {
        $(pub mod $slug;)+

        /// All tools of this build, in navigation order within each Handlungsfeld.
        pub static WERKZEUGE: &[&Werkzeug] = &[$(&$slug::WERKZEUG,)+];

        /// The tools' sections of a workspace: one typed field per registered tool, plus every
        /// top-level section this version does not know ([`Werkzeugdaten::unbekannt`]).
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Werkzeugdaten {
            $(
                #[doc = concat!("Data of the tool `", stringify!($slug), "`.")]
                pub $slug: $slug::model::$typ,
            )+
            /// Sections written by a newer version with tools this one does not have. They are
            /// kept as they are and written back unchanged, so an older app never drops a
            /// newer tool's data when it saves.
            pub unbekannt: std::collections::BTreeMap<String, Value>,
        }

        /// Traces the stored format of every tool's data type, each with its own registry of
        /// named types (two tools may both have a `Bewertung`), for the test that the newest
        /// fixture sets every stored field.
        #[cfg(test)]
        pub(crate) fn formate_verfolgen(
            config: impl Fn() -> serde_reflection::TracerConfig,
        ) -> Vec<(&'static str, serde_reflection::Result<(serde_reflection::Format, serde_reflection::Registry)>)> {
            let proben = serde_reflection::Samples::new();
            vec![$((
                stringify!($slug),
                {
                    // Nested enums are traced with their first variant only, so the registry
                    // is taken unchecked; the test accepts only enums without data-carrying
                    // variants, whose fields therefore cannot be missed.
                    let mut tracer = serde_reflection::Tracer::new(config());
                    tracer
                        .trace_type_once::<$slug::model::$typ>(&proben)
                        .map(|(format, _)| (format, tracer.registry_unchecked()))
                },
            ),)+]
        }

        impl Werkzeugdaten {
            /// Writes every non-empty section and the unknown ones as entries of `karte`.
            pub fn schreiben<M: SerializeMap>(&self, karte: &mut M) -> Result<(), M::Error> {
                $(
                    if !Werkzeugteil::ist_leer(&self.$slug) {
                        karte.serialize_entry(stringify!($slug), &self.$slug)?;
                    }
                )+
                for (schluessel, wert) in &self.unbekannt {
                    karte.serialize_entry(schluessel, wert)?;
                }
                Ok(())
            }

            /// Reads the value of entry `schluessel` from `karte` into its section; an entry no
            /// tool of this version knows is kept in [`Werkzeugdaten::unbekannt`].
            pub fn lesen<'de, A: MapAccess<'de>>(
                &mut self,
                schluessel: String,
                karte: &mut A,
            ) -> Result<(), A::Error> {
                match schluessel.as_str() {
                    $(stringify!($slug) => self.$slug = karte.next_value()?,)+
                    _ => {
                        let wert: Value = karte.next_value()?;
                        self.unbekannt.insert(schluessel, wert);
                    }
                }
                Ok(())
            }
        }
    };
}

werkzeuge! {
    multiprojektplan: Multiprojektplan,
    stakeholderanalyse: Stakeholderanalyse,
    budgetmonitor: Budgetmonitor,
    zielstufenplaner: Zielstufenplaner,
    verankerung: Verankerung,
    massnahmenblatt: Massnahmenblatt,
    checklisten: Checklisten,
    testmanagement: Testmanagement,
    kompetenzreflexion: Kompetenzreflexion,
    trainingskonzepte: Trainingskonzepte,
    wissenslandkarte: Wissenslandkarte,
    behoerdenaustausch: Behoerdenaustausch,
}

/// One registered tool: everything the app needs to know about it.
pub struct Werkzeug {
    /// Route segment and stable identifier, e.g. `multiprojektplan` → `#/multiprojektplan`.
    /// Also the name of the tool's section in the stored workspace.
    pub slug: &'static str,
    /// German name as shown in navigation, headings and page titles.
    pub titel: &'static str,
    /// One sentence for the start page.
    pub kurzbeschreibung: &'static str,
    /// Field of action the tool is filed under in navigation.
    pub handlungsfeld: Handlungsfeld,
    /// Dimensions the tool addresses.
    pub dimensionen: &'static [Dimension],
    /// The tool's pages; the first is its start page (path `""`, heading = `titel`). The
    /// export page is added by the frame from [`Werkzeug::ausfuhr`].
    pub seiten: &'static [Seite],
    /// How a new user starts: shown by the frame instead of the start page while the tool
    /// holds no records.
    pub einstieg: Einstieg,
    /// Record counts for previews ("12 Projekte, 40 Meilensteine"); `None` while empty.
    pub kennzahl: fn(&Arbeitsbereich) -> Option<String>,
    /// The workbook and the export page.
    pub ausfuhr: Ausfuhr,
    /// The tool's part in sharing packages (`paket`), built in its folder's `teilen.rs` and
    /// fetched with [`teilbar!`]; `None` if it shares nothing.
    pub teilen: Option<paket::Teilladen>,
}

/// A page of a tool.
pub struct Seite {
    /// Path below the tool's slug: `""` (start page), `"zeitplan"`, or `"projekt/*"` where `*`
    /// stands for a record's number.
    pub pfad: &'static str,
    /// Label in the tool's sub-navigation; `None` for pages reached from other pages (forms,
    /// records), which highlight the entry of [`Seite::unter`].
    pub navigation: Option<&'static str>,
    /// For a page without a label: the path of the entry it belongs to, the list it is opened
    /// from (`""`, the start page, unless `unter "…"` in [`seiten!`] names another).
    pub unter: &'static str,
    /// Heading (`h1`) and page title.
    pub titel: Seitentitel,
    /// The page below its heading, once the tool's code is there (see [`seiten!`]): the view
    /// function, which receives the record number of a `*` path.
    pub ansicht: fn() -> Seitenladen,
}

/// A page's view function: receives the record number of a `*` path.
pub type Seitenansicht = fn(Option<u32>) -> AnyView;

/// Fetching a tool's code (in the split build) and handing out a page's view function.
pub type Seitenladen =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<Seitenansicht, Ladefehler>>>>;

/// A tool's code could not be fetched (server gone, offline, damaged file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ladefehler;

impl From<leptos::wasm_split::SplitLoaderError> for Ladefehler {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Ladefehler
    }
}

/// Heading and page title of a [`Seite`].
pub enum Seitentitel {
    /// A fixed text.
    Fest(&'static str),
    /// A record's page: the heading comes from the record and follows renames.
    Datensatz {
        /// Heading of record `id`; `None` if there is no such record.
        titel: fn(&Arbeitsbereich, u32) -> Option<String>,
        /// Heading when the record does not exist, e.g. "Projekt nicht gefunden".
        fehlt: &'static str,
        /// Numbers of all records with such a page (the sweep visits the first).
        ids: fn(&Arbeitsbereich) -> Vec<u32>,
    },
}

/// The empty state of a tool: what it is for, how to begin, and the example.
pub struct Einstieg {
    /// What the tool does, in one or two sentences.
    pub einleitung: &'static str,
    /// That nothing is entered yet, e.g. "Noch ist kein Projekt erfasst."
    pub leer: &'static str,
    /// The first actions: button text and the page each opens, e.g.
    /// `("Erstes Projekt anlegen", "neu")`; the first is the primary button.
    pub aktionen: &'static [(&'static str, &'static str)],
    /// What the example holds, e.g. "Das Beispiel enthält acht erfundene OZG-Projekte."
    pub beispiel: &'static str,
    /// Fetches the code of the example ([`beispiel!`]), which then fills the tool's section of
    /// a workspace; `heute` anchors its dates.
    pub beispiel_laden: Beispielladen,
}

/// A tool's example: fills its section of the workspace; the date anchors its dates.
pub type Beispiel = fn(&mut Arbeitsbereich, Datum);

/// Fetching the examples' code (in the split build) and handing out a tool's [`Beispiel`].
pub type Beispielladen =
    fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Beispiel, Ladefehler>>>>;

/// How a tool exports.
pub struct Ausfuhr {
    /// What the workbook holds, shown on the export page.
    pub beschreibung: &'static str,
    /// Names of the data sheets, in order (one CSV download each).
    pub blaetter: &'static [&'static str],
    /// Builds the workbook from the workspace (pure; also used by tests and benchmarks), or
    /// only the data sheet [`Ausfuhrwahl::nur_blatt`] asks for. Compiled where workbooks are
    /// built, in the export worker and the native tests, not in the page's build (feature
    /// `teilen`): the page sends the worker a job (`export::auftrag`), so its module holds no
    /// tool's export code.
    #[cfg(not(feature = "teilen"))]
    pub mappe: fn(&Arbeitsbereich, Ausfuhrwahl) -> Mappe,
    /// Records that stay out of the export unless the user includes them (confidential or
    /// personal data); `None` if the tool has none.
    pub vertraulich: Option<Vertraulich>,
}

/// What the user chose on the export page, and the provenance block; part of the export
/// worker's job.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Ausfuhrwahl {
    /// The "Info" sheet: provenance, Stand, export time.
    pub info: Info,
    /// Today, for Stichtag defaults.
    pub heute: Datum,
    /// Include confidential or non-consented records.
    pub mit_vertraulichen: bool,
    /// Which data sheets to build: `None` the whole workbook (the Excel download), `Some(i)`
    /// only data sheet `i`, indexing [`Ausfuhr::blaetter`] (a CSV download). The Mappe then
    /// holds just that sheet, with the same Info block and Legende as the whole workbook; the
    /// rows of the other sheets are not computed.
    pub nur_blatt: Option<usize>,
}

/// The choice to include confidential records in an export.
pub struct Vertraulich {
    /// Heading of the choice, e.g. "Vertrauliche Stakeholder".
    pub titel: &'static str,
    /// Checkbox label, e.g. "Vertrauliche Stakeholder einbeziehen".
    pub beschriftung: &'static str,
    /// What is marked and what happens without the choice, from the workspace.
    pub stand: fn(&Arbeitsbereich) -> String,
}

impl Werkzeug {
    /// Link to a page of the tool, e.g. `href(&["projekt", "7"])` → `#/multiprojektplan/projekt/7`.
    pub fn href(&self, unterpfad: &[&str]) -> String {
        href(self.slug, unterpfad)
    }

    /// The page a sub-path shows, with its record number; `None` for an unknown sub-path.
    /// The export page is not in [`Werkzeug::seiten`]; see [`Werkzeug::ist_export`].
    pub fn seite(&self, unterpfad: &[String]) -> Option<(&'static Seite, Option<u32>)> {
        self.seiten
            .iter()
            .find_map(|seite| passt(seite.pfad, unterpfad).map(|id| (seite, id)))
    }

    /// Whether the sub-path is the export page the frame adds.
    pub fn ist_export(unterpfad: &[String]) -> bool {
        matches!(unterpfad, [teil] if teil == "export")
    }

    /// Heading of the export page.
    pub fn exporttitel(&self) -> String {
        format!("{} exportieren", self.titel)
    }

    /// Heading and page title of a sub-path, given the open workspace; `None` for a sub-path
    /// the tool does not have ("Seite nicht gefunden").
    pub fn seitentitel(&self, unterpfad: &[String], ab: Option<&Arbeitsbereich>) -> Option<String> {
        if Self::ist_export(unterpfad) {
            return Some(self.exporttitel());
        }
        let (seite, id) = self.seite(unterpfad)?;
        Some(seitentitel(&seite.titel, id, ab))
    }

    /// The path of the sub-navigation entry that is current on `seite` (`None`: the export
    /// page): its own, or for a page without one the entry it belongs to ([`Seite::unter`]).
    pub fn aktiver_eintrag(&self, seite: Option<&Seite>) -> &'static str {
        match seite {
            None => "export",
            Some(s) if s.navigation.is_some() => s.pfad,
            Some(s) => s.unter,
        }
    }

    /// The sub-navigation: `(label, href, path)` of every page with a label, then "Export".
    pub fn navigation(&self) -> Vec<(&'static str, String, &'static str)> {
        self.seiten
            .iter()
            .filter_map(|s| s.navigation.map(|text| (text, s.pfad)))
            .chain(std::iter::once(("Export", "export")))
            .map(|(text, pfad)| (text, self.href(&[pfad]), pfad))
            .collect()
    }
}

/// The heading of a page with title `titel` and record number `id` in workspace `ab`.
pub fn seitentitel(titel: &Seitentitel, id: Option<u32>, ab: Option<&Arbeitsbereich>) -> String {
    match (titel, id) {
        (Seitentitel::Fest(text), _) => (*text).to_owned(),
        (Seitentitel::Datensatz { titel, fehlt, .. }, Some(id)) => ab
            .and_then(|ab| titel(ab, id))
            .unwrap_or_else(|| (*fehlt).to_owned()),
        (Seitentitel::Datensatz { fehlt, .. }, None) => (*fehlt).to_owned(),
    }
}

/// Whether `unterpfad` matches the page path `muster`; `Some(record number)` if so (`None`
/// inside for paths without `*`).
fn passt(muster: &str, unterpfad: &[String]) -> Option<Option<u32>> {
    let teile: Vec<&str> = muster.split('/').filter(|t| !t.is_empty()).collect();
    if teile.len() != unterpfad.len() {
        return None;
    }
    let mut id = None;
    for (teil, segment) in teile.iter().zip(unterpfad) {
        if *teil == "*" {
            id = Some(segment.parse::<u32>().ok()?);
        } else if teil != segment {
            return None;
        }
    }
    Some(id)
}

/// Link to a page of tool `slug`, e.g. `href("multiprojektplan", &["zeitplan"])`. Empty
/// segments are left out, so `&[""]` is the start page.
pub fn href(slug: &str, unterpfad: &[&str]) -> String {
    Route::Werkzeug {
        slug: slug.to_owned(),
        unterpfad: unterpfad
            .iter()
            .flat_map(|teil| teil.split('/'))
            .filter(|teil| !teil.is_empty())
            .map(str::to_owned)
            .collect(),
    }
    .href()
}

/// Looks up a registered tool by its route segment.
pub fn finde(slug: &str) -> Option<&'static Werkzeug> {
    WERKZEUGE.iter().copied().find(|w| w.slug == slug)
}

/// Record counts of every tool with data: `(tool title, "12 Projekte, …")`, for the backup
/// preview and the delete confirmation.
pub fn kennzahlen(ab: &Arbeitsbereich) -> Vec<(&'static str, String)> {
    WERKZEUGE
        .iter()
        .filter_map(|w| (w.kennzahl)(ab).map(|zahl| (w.titel, zahl)))
        .collect()
}

/// Fetches the examples of all tools (one part in the split build), in registry order: filled
/// into a workspace in this order (later examples may refer to earlier ones, e.g. budgets to
/// the example projects), they tell one story.
pub async fn alle_beispiele_laden() -> Result<Vec<Beispiel>, Ladefehler> {
    let mut beispiele = Vec::with_capacity(WERKZEUGE.len());
    for werkzeug in WERKZEUGE {
        beispiele.push((werkzeug.einstieg.beispiel_laden)().await?);
    }
    Ok(beispiele)
}

/// A workspace with the examples of all tools ([`alle_beispiele_laden`]), where their code is
/// there at once: in every build without split points (native tests, benchmarks, the workspace
/// generator).
///
/// # Panics
/// In the split build before the part `beispiele` has been fetched.
pub fn alle_beispiele(ab: &mut Arbeitsbereich, heute: Datum) {
    let mut laden = std::pin::pin!(alle_beispiele_laden());
    let std::task::Poll::Ready(Ok(beispiele)) = std::future::Future::poll(
        laden.as_mut(),
        &mut std::task::Context::from_waker(std::task::Waker::noop()),
    ) else {
        panic!("Die Beispiele sind noch nicht geladen.");
    };
    for fuellen in beispiele {
        fuellen(ab, heute);
    }
}

/// Groups tools by Handlungsfeld in the fixed order of [`Handlungsfeld::ALLE`], leaving out
/// fields without tools.
pub fn nach_handlungsfeld<'a>(
    werkzeuge: &[&'a Werkzeug],
) -> Vec<(Handlungsfeld, Vec<&'a Werkzeug>)> {
    Handlungsfeld::ALLE
        .iter()
        .map(|&feld| {
            let liste: Vec<&Werkzeug> = werkzeuge
                .iter()
                .copied()
                .filter(|w| w.handlungsfeld == feld)
                .collect();
            (feld, liste)
        })
        .filter(|(_, liste)| !liste.is_empty())
        .collect()
}

pub mod paket;

#[cfg(test)]
mod beispielgeschichte;

#[cfg(test)]
mod tests {
    use super::*;

    fn pfad(teile: &[&str]) -> Vec<String> {
        teile.iter().map(|s| (*s).to_owned()).collect()
    }

    fn testinfo() -> Info {
        Info {
            titel: "Test".into(),
            arbeitsbereich: "Beispiel".into(),
            behoerde: String::new(),
            ressort: String::new(),
            stand: None,
            exportiert_am: crate::export::Zeitstempel {
                datum: Datum::neu(2026, 12, 1).unwrap(),
                stunde: 9,
                minute: 0,
            },
            app_version: crate::APP_VERSION.into(),
            datenversion: crate::daten::umschlag::SCHEMA,
            einstufung: String::new(),
            hinweise: Vec::new(),
        }
    }

    fn keine_ansicht() -> Seitenladen {
        unreachable!("Registry tests never render")
    }

    fn keine_mappe(_: &Arbeitsbereich, wahl: Ausfuhrwahl) -> Mappe {
        Mappe {
            info: wahl.info,
            blaetter: Vec::new(),
            legende: Vec::new(),
        }
    }

    static TESTSEITEN: &[Seite] = &[
        Seite {
            pfad: "",
            navigation: Some("Übersicht"),
            unter: "",
            titel: Seitentitel::Fest("Test"),
            ansicht: keine_ansicht,
        },
        Seite {
            pfad: "eintrag/*",
            navigation: None,
            unter: "",
            titel: Seitentitel::Datensatz {
                titel: |_, id| (id == 7).then(|| "Eintrag 7".to_owned()),
                fehlt: "Eintrag nicht gefunden",
                ids: |_| vec![7],
            },
            ansicht: keine_ansicht,
        },
        Seite {
            pfad: "liste",
            navigation: Some("Liste"),
            unter: "",
            titel: Seitentitel::Fest("Liste"),
            ansicht: keine_ansicht,
        },
        Seite {
            pfad: "posten/*",
            navigation: None,
            unter: "liste",
            titel: Seitentitel::Fest("Posten"),
            ansicht: keine_ansicht,
        },
    ];

    fn werkzeug(slug: &'static str, handlungsfeld: Handlungsfeld) -> Werkzeug {
        Werkzeug {
            slug,
            titel: slug,
            kurzbeschreibung: "Test.",
            handlungsfeld,
            dimensionen: &[],
            seiten: TESTSEITEN,
            einstieg: Einstieg {
                einleitung: "",
                leer: "",
                aktionen: &[],
                beispiel: "",
                beispiel_laden: beispiel!(|_ab, _heute| {}),
            },
            kennzahl: |_| None,
            ausfuhr: Ausfuhr {
                beschreibung: "",
                blaetter: &[],
                mappe: keine_mappe,
                vertraulich: None,
            },
            teilen: None,
        }
    }

    #[test]
    fn gruppen_folgen_der_festen_reihenfolge_und_lassen_leere_weg() {
        let b = werkzeug("b", Handlungsfeld::Reporting);
        let a = werkzeug("a", Handlungsfeld::Multiprojektmanagement);
        let c = werkzeug("c", Handlungsfeld::Reporting);
        let gruppen = nach_handlungsfeld(&[&b, &a, &c]);
        let kurz: Vec<(Handlungsfeld, Vec<&str>)> = gruppen
            .iter()
            .map(|(feld, w)| (*feld, w.iter().map(|w| w.slug).collect()))
            .collect();
        assert_eq!(
            kurz,
            vec![
                (Handlungsfeld::Reporting, vec!["b", "c"]),
                (Handlungsfeld::Multiprojektmanagement, vec!["a"]),
            ]
        );
        assert!(nach_handlungsfeld(&[]).is_empty());
    }

    #[test]
    fn unterseiten_werden_aus_dem_pfad_erkannt() {
        let w = werkzeug("test", Handlungsfeld::Reporting);
        assert_eq!(w.seite(&[]).map(|(s, id)| (s.pfad, id)), Some(("", None)));
        assert_eq!(
            w.seite(&pfad(&["eintrag", "7"]))
                .map(|(s, id)| (s.pfad, id)),
            Some(("eintrag/*", Some(7)))
        );
        assert!(w.seite(&pfad(&["eintrag", "x"])).is_none());
        assert!(w.seite(&pfad(&["eintrag"])).is_none());
        assert!(w.seite(&pfad(&["liste", "mehr"])).is_none());
        assert_eq!(
            w.seitentitel(&pfad(&["eintrag", "8"]), None).as_deref(),
            Some("Eintrag nicht gefunden")
        );
        assert_eq!(
            w.seitentitel(&pfad(&["export"]), None).as_deref(),
            Some("test exportieren")
        );
        assert_eq!(w.seitentitel(&pfad(&["gibt-es-nicht"]), None), None);
        let navigation: Vec<(&str, String)> =
            w.navigation().into_iter().map(|(t, h, _)| (t, h)).collect();
        assert_eq!(
            navigation,
            vec![
                ("Übersicht", "#/test".to_owned()),
                ("Liste", "#/test/liste".to_owned()),
                ("Export", "#/test/export".to_owned()),
            ]
        );
        assert_eq!(href("test", &["eintrag/7"]), "#/test/eintrag/7");
    }

    /// The current sub-navigation entry: a page's own; for a record, the start page's or the
    /// list it belongs to (`unter`); the export page's on the export page.
    #[test]
    fn unterseiten_markieren_den_eintrag_ihrer_liste() {
        let w = werkzeug("test", Handlungsfeld::Reporting);
        let aktiv = |teile: &[&str]| w.aktiver_eintrag(w.seite(&pfad(teile)).map(|(s, _)| s));
        assert_eq!(aktiv(&[]), "");
        assert_eq!(aktiv(&["liste"]), "liste");
        assert_eq!(aktiv(&["eintrag", "7"]), "");
        assert_eq!(aktiv(&["posten", "3"]), "liste");
        assert_eq!(aktiv(&["export"]), "export");
    }

    /// Every registered tool: a unique slug that routes to it and shadows no fixed page, a
    /// start page first whose heading is the tool's title, unique page paths, no page of its
    /// own at `export` (the frame adds it), every page below an entry of the sub-navigation,
    /// and as many CSV sheets as its workbook has.
    #[test]
    fn registrierte_werkzeuge_sind_vollstaendig() {
        let mut gesehen = std::collections::BTreeSet::new();
        for w in WERKZEUGE {
            assert!(gesehen.insert(w.slug), "Slug doppelt: {}", w.slug);
            assert!(!w.titel.is_empty() && w.kurzbeschreibung.ends_with('.'));
            assert_eq!(
                Route::aus_hash(&Route::werkzeug_href(w.slug)),
                Some(Route::Werkzeug {
                    slug: w.slug.to_owned(),
                    unterpfad: vec![]
                }),
                "{} kollidiert mit einer festen Seite",
                w.slug
            );
            assert_eq!(finde(w.slug).map(|f| f.titel), Some(w.titel));
            assert_eq!(
                w.seiten[0].pfad, "",
                "{}: die erste Seite ist die Startseite",
                w.slug
            );
            assert_eq!(w.seitentitel(&[], None).as_deref(), Some(w.titel));
            let mut pfade = std::collections::BTreeSet::new();
            for seite in w.seiten {
                assert!(
                    pfade.insert(seite.pfad),
                    "{}: Seite {} doppelt",
                    w.slug,
                    seite.pfad
                );
                assert_ne!(
                    seite.pfad, "export",
                    "{}: die Exportseite stellt der Rahmen",
                    w.slug
                );
                assert!(
                    w.seiten
                        .iter()
                        .any(|s| s.pfad == seite.unter && s.navigation.is_some()),
                    "{}: {} gehört unter {:?}, das keinen Navigationseintrag hat",
                    w.slug,
                    seite.pfad,
                    seite.unter
                );
            }
            assert!(!w.einstieg.beispiel.is_empty() && !w.ausfuhr.blaetter.is_empty());
        }
    }

    /// The examples of all tools load into one workspace, every tool then has records, and
    /// every record page of the example has a heading from its record.
    #[test]
    fn alle_beispiele_fuellen_jedes_werkzeug() {
        let mut ab = Arbeitsbereich::neu("beispiel", "Beispiel", "2026-12-01T09:00:00Z");
        let heute = Datum::neu(2026, 12, 1).unwrap();
        alle_beispiele(&mut ab, heute);
        assert_eq!(
            kennzahlen(&ab).len(),
            WERKZEUGE.len(),
            "{:?}",
            kennzahlen(&ab)
        );
        for w in WERKZEUGE {
            for seite in w.seiten {
                if let Seitentitel::Datensatz { titel, ids, .. } = &seite.titel {
                    let ids = ids(&ab);
                    assert!(
                        !ids.is_empty(),
                        "{}/{}: das Beispiel hat keinen Datensatz",
                        w.slug,
                        seite.pfad
                    );
                    assert!(titel(&ab, ids[0]).is_some(), "{}/{}", w.slug, seite.pfad);
                }
            }
            let wahl = Ausfuhrwahl {
                info: testinfo(),
                heute,
                mit_vertraulichen: false,
                nur_blatt: None,
            };
            let mappe = (w.ausfuhr.mappe)(&ab, wahl);
            let namen: Vec<&str> = mappe.blaetter.iter().map(|b| b.name.as_str()).collect();
            assert_eq!(namen, w.ausfuhr.blaetter, "{}: Blätter der Mappe", w.slug);
        }
    }

    /// A CSV download builds only its sheet: for every tool with the examples loaded and every
    /// data sheet `i`, the Mappe with `nur_blatt: Some(i)` holds exactly one sheet, equal to
    /// sheet `i` of the whole workbook, under the same Info block and Legende. Tools with
    /// confidential records are checked with and without them, and their example must tell the
    /// two apart (otherwise the choice would go untested).
    #[test]
    fn csv_baut_nur_das_gewaehlte_blatt() {
        let mut ab = Arbeitsbereich::neu("beispiel", "Beispiel", "2026-12-01T09:00:00Z");
        let heute = Datum::neu(2026, 12, 1).unwrap();
        alle_beispiele(&mut ab, heute);
        let mappe = |w: &Werkzeug, mit_vertraulichen, nur_blatt| {
            let wahl = Ausfuhrwahl {
                info: testinfo(),
                heute,
                mit_vertraulichen,
                nur_blatt,
            };
            (w.ausfuhr.mappe)(&ab, wahl)
        };
        for w in WERKZEUGE {
            let wahlen: &[bool] = if w.ausfuhr.vertraulich.is_some() {
                &[false, true]
            } else {
                &[false]
            };
            let mut ganze = Vec::new();
            for &mit in wahlen {
                let ganz = mappe(w, mit, None);
                assert_eq!(ganz.blaetter.len(), w.ausfuhr.blaetter.len(), "{}", w.slug);
                for (i, name) in w.ausfuhr.blaetter.iter().enumerate() {
                    let einzeln = mappe(w, mit, Some(i));
                    let kontext = format!("{} Blatt {i} ({name}), vertrauliche: {mit}", w.slug);
                    assert_eq!(einzeln.blaetter.len(), 1, "{kontext}: genau ein Blatt");
                    assert_eq!(einzeln.blaetter[0], ganz.blaetter[i], "{kontext}");
                    assert_eq!(einzeln.info, ganz.info, "{kontext}: Info");
                    assert_eq!(einzeln.legende, ganz.legende, "{kontext}: Legende");
                }
                let dahinter = mappe(w, mit, Some(w.ausfuhr.blaetter.len()));
                assert!(
                    dahinter.blaetter.is_empty(),
                    "{}: kein Blatt dahinter",
                    w.slug
                );
                ganze.push(ganz.blaetter);
            }
            if let [ohne, mit] = &ganze[..] {
                assert_ne!(
                    ohne, mit,
                    "{}: das Beispiel hat nichts Vertrauliches",
                    w.slug
                );
            }
        }
    }
}
