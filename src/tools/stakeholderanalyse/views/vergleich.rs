//! Comparison of two assessment dates ("how did positions change since the last
//! assessment?"): per stakeholder the position and attitude then and now with deltas and
//! arrows, as a table and on the grid (hollow marker then, filled marker now, arrow between).
//! By default it compares the last two assessment dates up to the Bewertungsstichtag
//! ([`calc::standardvergleich`]).

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::formular::Auswahl;
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart};
use crate::shared::datum::Datum;
use crate::shared::sortieren::Einsammeln;
use crate::tools::stakeholderanalyse::calc::{self, Veraenderungsart};
use crate::tools::stakeholderanalyse::model::{Haltung, Skala};

use super::matrix::{form, hintergrund, x_von, y_von, zelle, FLAECHE, LINKS, OBEN, RECHTS, UNTEN};
use super::{haltung_schluessel, nach_achse, spalte, verweiszelle, HaltungMarke, Verweis};

/// Arrow text of a change: "↑ +1", "↓ −2", "→ ±0".
fn pfeil(wert: i8) -> String {
    let zeichen = match wert {
        w if w > 0 => "↑",
        w if w < 0 => "↓",
        _ => "→",
    };
    format!("{zeichen} {}", calc::delta(wert))
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    stakeholder: Verweis,
    art: Veraenderungsart,
    vorher: Option<(u8, u8, Haltung)>,
    nachher: (u8, u8, Haltung),
    einfluss: i8,
    y: i8,
    haltung: i8,
}

/// The comparison page.
#[component]
pub fn Vergleich() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let (daten_liste, standard) = daten
        .lies_ungetrackt(|ab| {
            ab.map(|ab| {
                let a = &ab.werkzeuge.stakeholderanalyse;
                (
                    calc::bewertungsdaten(a),
                    calc::standardvergleich(a, calc::stichtag(a, browser::heute())),
                )
            })
        })
        .unwrap_or_default();
    let vorher = RwSignal::new(standard.map(|s| s.0.iso()).unwrap_or_default());
    let nachher = RwSignal::new(
        standard
            .map(|s| s.1.iso())
            .or_else(|| daten_liste.last().map(|d| d.iso()))
            .unwrap_or_default(),
    );
    let optionen: Vec<(String, String)> = daten_liste
        .iter()
        .rev()
        .map(|d| (d.iso(), d.deutsch()))
        .collect();
    let ergebnis = Memo::new(move |_| {
        let v = Datum::aus_iso(&vorher.get())?;
        let n = Datum::aus_iso(&nachher.get())?;
        daten.lies(|ab| {
            let a = &ab?.werkzeuge.stakeholderanalyse;
            let achse = a.einstellungen.y_achse;
            let zeilen = calc::vergleich(a, v, n)
                .into_iter()
                .map(|r| Zeile {
                    stakeholder: (
                        r.stakeholder.id,
                        r.stakeholder.name.clone(),
                        r.stakeholder.vertraulich,
                    ),
                    art: r.art,
                    vorher: r
                        .vorher
                        .as_ref()
                        .map(|b| (b.einfluss, calc::y_wert(b, achse), b.haltung_ist)),
                    nachher: (
                        r.nachher.einfluss,
                        calc::y_wert(&r.nachher, achse),
                        r.nachher.haltung_ist,
                    ),
                    einfluss: r.einfluss,
                    y: r.y,
                    haltung: r.haltung,
                })
                .collect::<Vec<_>>();
            Some((zeilen, a.skala(), a.einstellungen.raster(), achse, v, n))
        })
    });
    if daten_liste.len() < 2 {
        return view! {
            <p class="kern-body">
                "Für einen Vergleich braucht es Bewertungen an mindestens zwei Tagen. Setzen Sie unter Einstellungen einen neuen "
                "Bewertungsstichtag und bewerten oder verschieben Sie die Stakeholder erneut; ältere Bewertungen bleiben erhalten."
            </p>
        }
        .into_any();
    }
    view! {
        <div class="filterleiste">
            <Auswahl id="sh-vergleich-vorher" filter=true beschriftung="Früherer Stand" optionen=optionen.clone()
                wert=vorher bei_eingabe=Callback::new(move |t| vorher.set(t))/>
            <Auswahl id="sh-vergleich-nachher" filter=true beschriftung="Späterer Stand" optionen=optionen
                wert=nachher bei_eingabe=Callback::new(move |t| nachher.set(t))/>
        </div>
        {move || ergebnis.get().map(|(zeilen, skala, raster, achse, v, n)| {
            let veraendert = zeilen.iter().filter(|z| z.art == Veraenderungsart::Veraendert).count();
            let neu = zeilen.iter().filter(|z| z.art == Veraenderungsart::Neu).count();
            let anzahl = zeilen.len();
            let bild = grafik(&zeilen, skala, raster, achse);
            view! {
                <p class="kern-body" role="status">
                    {format!("Vom {} zum {}: {veraendert} verändert, {neu} neu bewertet, {} unverändert.",
                        v.deutsch(), n.deutsch(), anzahl - veraendert - neu)}
                </p>
                <Datentabelle id="sh-vergleichstabelle" titel="Veränderungen je Stakeholder"
                    kopf=spalte("stakeholder", "Stakeholder", Spaltenart::Text, true, |z: &Zeile| verweiszelle(&z.stakeholder))
                    spalten=nach_achse(achse, SPALTEN_INTERESSE, SPALTEN_BETROFFENHEIT) zeilen=Signal::stored(zeilen)/>
                <h2 class="kern-heading-small">"Veränderungen in der Matrix"</h2>
                <p class="kern-body">"Hohle Form: früherer Stand, gefüllte Form: späterer Stand, Pfeil: Bewegung. Die Tabelle oben enthält dieselben Angaben."</p>
                {bild}
            }
        })}
    }
    .into_any()
}

/// The comparison table's columns for a y axis named `$achse`.
macro_rules! vergleichsspalten {
    ($achse:literal) => {
        &[
            spalte(
                "art",
                "Veränderung",
                Spaltenart::Kurz,
                true,
                |z: &Zeile| z.art.name().into_any(),
            ),
            spalte(
                "vorher",
                concat!("Einfluss / ", $achse, " vorher"),
                Spaltenart::Kurz,
                true,
                |z: &Zeile| {
                    z.vorher
                        .map(|(e, y, _)| format!("{e} / {y}"))
                        .unwrap_or_else(|| "–".to_owned())
                        .into_any()
                },
            ),
            spalte(
                "nachher",
                concat!("Einfluss / ", $achse, " nachher"),
                Spaltenart::Kurz,
                true,
                |z: &Zeile| format!("{} / {}", z.nachher.0, z.nachher.1).into_any(),
            ),
            spalte(
                "d-einfluss",
                "Δ Einfluss",
                Spaltenart::Zahl,
                true,
                |z: &Zeile| veraenderung(z, z.einfluss),
            ),
            spalte(
                "d-y",
                concat!("Δ ", $achse),
                Spaltenart::Zahl,
                true,
                |z: &Zeile| veraenderung(z, z.y),
            ),
            spalte(
                "haltung-vorher",
                "Haltung vorher",
                Spaltenart::Kurz,
                false,
                |z: &Zeile| {
                    z.vorher
                        .map(|(_, _, h)| view! { <HaltungMarke haltung=h/> })
                        .into_any()
                },
            ),
            spalte(
                "haltung-nachher",
                "Haltung nachher",
                Spaltenart::Kurz,
                true,
                |z: &Zeile| view! { <HaltungMarke haltung=z.nachher.2/> }.into_any(),
            ),
            spalte(
                "d-haltung",
                "Δ Haltung",
                Spaltenart::Zahl,
                true,
                |z: &Zeile| veraenderung(z, z.haltung),
            ),
        ]
    };
}

/// A change as arrow text; nothing for a stakeholder assessed for the first time.
fn veraenderung(z: &Zeile, wert: i8) -> AnyView {
    z.vorher.is_some().then(|| pfeil(wert)).into_any()
}

static SPALTEN_INTERESSE: &[Spalte<Zeile>] = vergleichsspalten!("Interesse");
static SPALTEN_BETROFFENHEIT: &[Spalte<Zeile>] = vergleichsspalten!("Betroffenheit");

/// Positions of markers sharing level cells, laid out without overlap.
fn plaetze(skala: Skala, punkte: &[(usize, u8, u8)]) -> BTreeMap<usize, (f64, f64)> {
    let z = zelle(skala);
    let mut zellen: BTreeMap<(u8, u8), Vec<usize>> = BTreeMap::new();
    for &(i, e, y) in punkte {
        zellen.entry((e, y)).or_default().push(i);
    }
    let mut ergebnis = BTreeMap::new();
    for ((e, y), liste) in zellen {
        let (p, _) = calc::verteilung(liste.len());
        for (i, (px, py)) in liste.into_iter().zip(p) {
            ergebnis.insert(
                i,
                (
                    x_von(skala, e) + 8.0 + (z - 16.0) * f64::from(px) / 1000.0,
                    y_von(skala, y) + 8.0 + (z - 16.0) * f64::from(py) / 1000.0,
                ),
            );
        }
    }
    ergebnis
}

fn grafik(
    zeilen: &[Zeile],
    skala: Skala,
    raster: crate::tools::stakeholderanalyse::model::Raster,
    achse: crate::tools::stakeholderanalyse::model::YAchse,
) -> impl IntoView {
    // Markers now and, for moved ones, then share the level cells without overlapping.
    let bewegt = |z: &Zeile| {
        z.vorher
            .is_some_and(|(e, y, _)| (e, y) != (z.nachher.0, z.nachher.1))
    };
    let mut punkte: Vec<(usize, u8, u8)> = Vec::new();
    for (i, z) in zeilen.iter().enumerate() {
        punkte.push((2 * i, z.nachher.0, z.nachher.1));
        if let Some((e, y, _)) = z.vorher.filter(|_| bewegt(z)) {
            punkte.push((2 * i + 1, e, y));
        }
    }
    let orte = plaetze(skala, &punkte);
    let nachher: BTreeMap<usize, (f64, f64)> =
        (0..zeilen.len()).map(|i| (i, orte[&(2 * i)])).einsammeln();
    let vorher: BTreeMap<usize, (f64, f64)> = (0..zeilen.len())
        .filter_map(|i| orte.get(&(2 * i + 1)).map(|p| (i, *p)))
        .einsammeln();
    let elemente = zeilen
        .iter()
        .enumerate()
        .map(|(i, z)| {
            let (nx, ny) = nachher[&i];
            let alt = vorher.get(&i).copied();
            let bewegt = z.vorher.is_some_and(|(e, y, _)| (e, y) != (z.nachher.0, z.nachher.1));
            view! {
                <g class=format!("sh-marke sh-marke--{}", haltung_schluessel(z.nachher.2))>
                    {alt.filter(|_| bewegt).map(|(ax, ay)| view! {
                        <line class="sh-pfeil" x1=ax y1=ay x2=nx - (nx - ax) * 0.12 y2=ny - (ny - ay) * 0.12 marker-end="url(#sh-vergleich-spitze)"/>
                    })}
                    {z.vorher.filter(|_| bewegt).zip(alt).map(|((_, _, h), (ax, ay))| view! {
                        <g class=format!("sh-marke--hohl sh-marke--{}", haltung_schluessel(h))>{form(h, ax, ay, 8.0)}</g>
                    })}
                    {form(z.nachher.2, nx, ny, 9.0)}
                    <text class="sh-marke__name" x=nx y=ny + 20.0 text-anchor="middle">
                        {z.stakeholder.1.chars().take(12).collect::<String>()}
                    </text>
                </g>
            }
        })
        .collect_view();
    let breite = LINKS + FLAECHE + RECHTS;
    let hoehe = OBEN + FLAECHE + UNTEN;
    view! {
        <div class="sh-matrix__bereich">
            <svg class="sh-matrix sh-matrix--vergleich" viewBox=format!("0 0 {breite} {hoehe}") aria-hidden="true" focusable="false">
                <defs>
                    <marker id="sh-vergleich-spitze" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path class="sh-pfeilspitze" d="M 0 0 L 10 5 L 0 10 z"/>
                    </marker>
                </defs>
                {hintergrund(skala, raster, achse)}
                {elemente}
            </svg>
        </div>
    }
}
