//! The start page of the Zielstufenplaner: counts per level for each maturity model in use
//! ("online (ab Stufe 2)" and "OZG-konform (ab Stufe 3)" reported separately and labelled),
//! filters and the list of Leistungen with their current level, what limits it and the next
//! stage.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Auswahl, Eingabe};
use crate::app::tabelle::{zelltext, Datentabelle, Spalte, Spaltenart};
use crate::shared::datum::Datum;
use crate::shared::text::anzahl;
use crate::tools::zielstufenplaner::calc;
use crate::tools::zielstufenplaner::model::{
    Leistung, Modell, Themenfeld, Zielstufenplaner, Zielstufenstatus,
};

use super::{href, leistungszelle, namensoptionen, schluessel, spalte, Abk, Stufenmarke};

/// The start page (the frame shows the empty state while there is no Leistung).
#[component]
pub fn Leistungen() -> impl IntoView {
    view! {
        <div class="knopfleiste">
            {[("neu", "Neue Leistung", "primary"), ("einfuegen", "Liste einfügen", "secondary")]
                .into_iter()
                .map(|(pfad, text, art)| view! {
                    <a class=format!("kern-btn kern-btn--{art}") href=href(&[pfad])><span class="kern-label">{text}</span></a>
                })
                .collect_view()}
        </div>
        <Zaehlungen/>
        <OzgZaehlung/>
        <Liste/>
    }
}

/// Counts per level, one table per model in use.
#[component]
fn Zaehlungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zaehlungen = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.zielstufenplaner;
        Modell::ALLE
            .iter()
            .filter(|&&m| plan.leistungen.iter().any(|l| l.modell == m))
            .map(|&m| (calc::zaehle(plan, m), plan.katalog(m)))
            .collect::<Vec<_>>()
    });
    move || {
        zaehlungen
            .get()
            .into_iter()
            .map(|(z, k)| {
                let m = z.modell;
                let id = format!("zsp-zaehlung-{}", m.schluessel());
                let zeilen = z
                    .je_stufe
                    .iter()
                    .enumerate()
                    .map(|(s, n)| {
                        view! {
                            <tr>
                                <th scope="row">{super::stufentext(s as u8, &k.stufenname(s as u8))}</th>
                                <td class="zahl">{*n}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let eintraege = std::iter::once(("Leistungen".to_owned(), z.gesamt.to_string()))
                    .chain(z.schwellen.iter().map(|(name, _, n)| ((*name).to_owned(), format!("{n} von {}", z.gesamt))))
                    .chain([
                        ("nicht bewertet".to_owned(), z.unbewertet.to_string()),
                        ("nur unvollständige Entwürfe".to_owned(), z.unvollstaendig.to_string()),
                    ])
                    .collect::<Vec<_>>();
                let eintraege = kennzahlen(eintraege);
                let hinweis = match m {
                    Modell::Rgm11 => "Gezählt wird je Verwaltungsleistung: ab Stufe 2 („online“) und ab Stufe 3 („OZG-konform“), getrennt berichtet. Es zählt die neueste vollständige Bewertung; ein unvollständiger Entwurf ändert den Reifegrad nicht.",
                    Modell::Rgm20 => "Für das RGM 2.0 gibt es keine veröffentlichte Entsprechung zu „online“/„OZG-konform“. Gezeigt werden das Ende der Frontend-Stufen (ab Stufe 3, eigene Lesart) und Ende-zu-Ende (Stufe 7). Auch die Minimum-Regel (niedrigstes Kriterium bestimmt den Reifegrad) ist für das RGM 2.0 unsere Lesart – bitte prüfen.",
                };
                view! {
                    <section class="zsp-zaehlung" aria-labelledby=id.clone()>
                        <h2 class="kern-heading-medium" id=id.clone()>"Reifegrade nach "<Abk kurz="RGM"/>{m.kurz().trim_start_matches("RGM")}</h2>
                        <dl class="kennzahlen">{eintraege}</dl>
                        <p class="kern-hint">{hinweis}</p>
                        <div class="kern-table-responsive" tabindex="0" role="region" aria-labelledby=format!("{id}-tabelle")>
                            <table class="kern-table tabelle--kompakt">
                                <caption class="kern-title" id=format!("{id}-tabelle")>{format!("Anzahl je Reifegrad ({})", m.kurz())}</caption>
                                <thead><tr><th scope="col">"Reifegrad"</th><th scope="col">"Leistungen"</th></tr></thead>
                                <tbody>{zeilen}</tbody>
                            </table>
                        </div>
                    </section>
                }
            })
            .collect_view()
    }
}

/// Label–value pairs as the entries of a `<dl class="kennzahlen">`.
fn kennzahlen(eintraege: impl IntoIterator<Item = (String, String)>) -> impl IntoView {
    eintraege
        .into_iter()
        .map(|(name, wert)| {
            view! {
                <div class="kennzahlen__eintrag">
                    <dt class="kern-label">{name}</dt>
                    <dd class="kern-body kennzahlen__wert">{wert}</dd>
                </div>
            }
        })
        .collect_view()
}

/// "online" per OZG-Leistung (aggregated by OZG-ID) next to the count per
/// Verwaltungsleistung, both labelled.
#[component]
fn OzgZaehlung() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zaehlung = Memo::new(move |_| {
        daten.lies(|ab| ab.map(|ab| calc::zaehle_ozg(&ab.werkzeuge.zielstufenplaner)))
    });
    move || {
        let z = zaehlung.get()?;
        (z.ozg_leistungen > 0).then(|| {
            let eintraege = kennzahlen([
                (
                    "OZG-Leistungen online (mind. eine Verwaltungsleistung ab Stufe 2)".to_owned(),
                    format!("{} von {}", z.ozg_online, anzahl(z.ozg_leistungen, "OZG-Leistung", "OZG-Leistungen")),
                ),
                (
                    "Verwaltungsleistungen online (ab Stufe 2)".to_owned(),
                    format!(
                        "{} von {}",
                        z.verwaltungsleistungen_online,
                        anzahl(z.verwaltungsleistungen, "Verwaltungsleistung", "Verwaltungsleistungen")
                    ),
                ),
            ]);
            let ohne = (z.ohne_ozg_id > 0).then(|| {
                format!(" {} ohne OZG-ID {} nicht enthalten.", anzahl(z.ohne_ozg_id, "Leistung", "Leistungen"), if z.ohne_ozg_id == 1 { "ist" } else { "sind" })
            });
            let rgm20 = z.mit_rgm20.then_some(" Für Leistungen im RGM 2.0 gilt ebenfalls Stufe 2 (eigene Lesart, bitte prüfen).");
            view! {
                <section class="zsp-zaehlung" aria-labelledby="zsp-zaehlung-ozg">
                    <h2 class="kern-heading-medium" id="zsp-zaehlung-ozg"><Abk kurz="OZG"/>"-Leistungen online"</h2>
                    <dl class="kennzahlen" id="zsp-ozg-online">{eintraege}</dl>
                    <p class="kern-hint">"Zählweise des OZG-Dashboards: eine OZG-Leistung (zusammengefasst nach OZG-ID) ist online, sobald mindestens eine ihrer Verwaltungsleistungen Stufe 2 erreicht."{ohne}{rgm20}</p>
                </section>
            }
        })
    }
}

/// One row of the list of Leistungen.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    bezeichnung: String,
    schluessel: String,
    themenfeld: String,
    modell: &'static str,
    hoechste: u8,
    stufe: Option<u8>,
    stufenname: String,
    ohne: &'static str,
    begrenzt: String,
    naechste: String,
    termin: String,
    befunde: usize,
}

/// The columns after the Leistung; the defaults fit 1280 px.
static SPALTEN: &[Spalte<Zeile>] = &[
    spalte(
        "schluessel",
        "OZG-ID · LeiKa-ID",
        Spaltenart::Kurz,
        false,
        |z| zelltext(&z.schluessel),
    ),
    spalte("themenfeld", "Themenfeld", Spaltenart::Text, false, |z| {
        zelltext(&z.themenfeld)
    }),
    spalte("modell", "Modell", Spaltenart::Kurz, true, |z| {
        z.modell.into_any()
    }),
    spalte("stufe", "Ist-Reifegrad", Spaltenart::Kurz, true, |z| {
        view! { <Stufenmarke stufe=z.stufe hoechste=z.hoechste name=z.stufenname.clone() ohne=z.ohne/> }
                .into_any()
    }),
    spalte("begrenzt", "Begrenzt durch", Spaltenart::Text, true, |z| {
        zelltext(&z.begrenzt)
    }),
    spalte(
        "naechste",
        "Nächste Zielstufe",
        Spaltenart::Text,
        true,
        |z| zelltext(&z.naechste),
    ),
    spalte("termin", "Zieltermin", Spaltenart::Kurz, true, |z| {
        zelltext(&z.termin)
    }),
    spalte("befunde", "Befunde", Spaltenart::Zahl, true, |z| {
        z.befunde.into_any()
    }),
];

const KOPF: Spalte<Zeile> = spalte("leistung", "Leistung", Spaltenart::Lang, true, |z| {
    leistungszelle(z.id, &z.bezeichnung, &z.schluessel)
});

/// The row of one Leistung, or `None` if the level filter excludes it.
fn zeile(plan: &Zielstufenplaner, l: &Leistung, stufe: &str, heute: Datum) -> Option<Zeile> {
    let s = calc::stand(plan, l);
    let passt = match stufe {
        "" => true,
        "offen" => s.stufe().is_none(),
        "unter3" => s.stufe().is_some_and(|x| x < calc::ozg_schwelle(l.modell)),
        zahl => zahl.parse::<u8>().ok() == s.stufe(),
    };
    if !passt {
        return None;
    }
    let k = plan.katalog(l.modell);
    let naechste = plan
        .zielstufen_von(l.id)
        .into_iter()
        .find(|z| z.status != Zielstufenstatus::Erreicht);
    Some(Zeile {
        id: l.id,
        bezeichnung: l.bezeichnung.clone(),
        schluessel: schluessel(l),
        themenfeld: l
            .themenfeld
            .map(|t| t.name().to_owned())
            .unwrap_or_default(),
        modell: l.modell.kurz(),
        hoechste: l.modell.hoechste_stufe(),
        stufe: s.stufe(),
        stufenname: s.stufe().map(|x| k.stufenname(x)).unwrap_or_default(),
        ohne: if s.gesamt.is_some() {
            "unvollständig"
        } else {
            "nicht bewertet"
        },
        begrenzt: [
            calc::begrenzung_kurz(&k, s.gesamt.as_ref()),
            s.entwurfstext(&k),
        ]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("; "),
        naechste: naechste
            .map(|z| format!("{} → Stufe {}", z.bezeichnung, z.ziel_reifegrad))
            .unwrap_or_default(),
        termin: naechste
            .and_then(|z| z.zieltermin)
            .map(Datum::deutsch)
            .unwrap_or_default(),
        befunde: calc::pruefe_plan(plan, l, heute).len() + calc::pruefe_leistung(plan, l).len(),
    })
}

#[component]
fn Liste() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let themenfeld = RwSignal::new(String::new());
    let modell = RwSignal::new(String::new());
    let stufe = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let zeilen = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.zielstufenplaner;
        let heute = browser::heute();
        let suche = text.get().trim().to_lowercase();
        let stufe = stufe.get();
        plan.leistungen
            .iter()
            .filter(|l| {
                themenfeld.with(|t| t.is_empty() || l.themenfeld.is_some_and(|f| f.name() == t))
            })
            .filter(|l| modell.with(|m| m.is_empty() || l.modell.name() == m))
            .filter(|l| {
                suche.is_empty()
                    || l.bezeichnung.to_lowercase().contains(&suche)
                    || l.ozg_id.contains(&suche)
                    || l.leika_id.contains(&suche)
                    || l.lage.to_lowercase().contains(&suche)
            })
            .filter_map(|l| zeile(plan, l, &stufe, heute))
            .collect::<Vec<_>>()
    });
    let themen = mit_leerem_wert("alle", namensoptionen(Themenfeld::ALLE, Themenfeld::name));
    let modelle = mit_leerem_wert("alle", namensoptionen(Modell::ALLE, Modell::name));
    let stufen = mit_leerem_wert(
        "alle",
        [
            (
                "unter3".to_owned(),
                "unter Stufe 3 (nicht OZG-konform)".to_owned(),
            ),
            ("offen".to_owned(), "ohne vollständige Bewertung".to_owned()),
        ]
        .into_iter()
        .chain((0..=7).map(|s| (s.to_string(), format!("Stufe {s}")))),
    );
    view! {
        <h2 class="kern-heading-medium">"Leistungen"</h2>
        <div class="filterleiste">
            <Auswahl id="zsp-filter-themenfeld" beschriftung="Themenfeld" filter=true optionen=themen wert=themenfeld bei_eingabe=Callback::new(move |w| themenfeld.set(w))/>
            <Auswahl id="zsp-filter-modell" beschriftung="Reifegradmodell" filter=true optionen=modelle wert=modell bei_eingabe=Callback::new(move |w| modell.set(w))/>
            <Auswahl id="zsp-filter-stufe" beschriftung="Ist-Reifegrad" filter=true optionen=stufen wert=stufe bei_eingabe=Callback::new(move |w| stufe.set(w))/>
            <Eingabe id="zsp-filter-text" beschriftung="Suche" filter=true hinweis="Bezeichnung, OZG-ID, LeiKa-ID oder Lage" wert=text bei_eingabe=Callback::new(move |w| text.set(w))/>
        </div>
        <p class="kern-body" role="status">{move || format!("{} angezeigt", anzahl(zeilen.with(Vec::len), "Leistung", "Leistungen"))}</p>
        <Datentabelle id="zsp-leistungen" titel="Leistungen mit Ist-Reifegrad und nächster Zielstufe".to_owned()
            kopf=KOPF spalten=SPALTEN zeilen=zeilen/>
    }
}
