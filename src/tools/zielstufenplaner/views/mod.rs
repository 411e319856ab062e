//! Views of the Zielstufenplaner. One page per sub-route below `#/zielstufenplaner`:
//!
//! | Sub-route       | Page                                                                  |
//! |-----------------|-----------------------------------------------------------------------|
//! | (none)          | [`leistungen`]: counts per level, filters, the list of Leistungen      |
//! | `neu`           | [`leistung`]: form for a new Leistung                                  |
//! | `einfuegen`     | [`einfuegen`]: paste a list, preview per line, confirm                 |
//! | `leistung/<id>` | [`leistung`] form, [`bewertung`], [`zielstufen`] (ladder), [`nachweise`] |
//! | `heatmap`       | [`auswertung`]: heatmap Leistungen × Kriterien                         |
//! | `ozg-luecke`    | [`auswertung`]: Leistungen below OZG-Konformität and what blocks them  |
//! | `nachweise`     | [`nachweise`]: Nachweis matrix A–D                                     |
//! | `einstellungen` | [`einstellungen`]: maturity-model catalogues, Voraussetzungen           |
//! | `export`        | [`ausgabe`]: Excel and CSV download                                    |
//!
//! Every page starts with the tool's sub-navigation and one `h1` whose text is
//! [`seitentitel`].

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Seitenkopf;
use crate::app::daten::Daten;
use crate::shared::route::Route;

pub mod ausgabe;
pub mod auswertung;
pub mod bewertung;
pub mod einfuegen;
pub mod einstellungen;
pub mod leistung;
pub mod leistungen;
pub mod nachweise;
pub mod zielstufen;

use super::model::Leistung;
use super::{SLUG, TITEL};

/// The pages of the tool, parsed from the sub-path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Seite {
    Leistungen,
    Neu,
    Einfuegen,
    Leistung(u32),
    Heatmap,
    OzgLuecke,
    Nachweise,
    Einstellungen,
    Export,
}

impl Seite {
    fn aus(unterpfad: &[String]) -> Option<Seite> {
        let teile: Vec<&str> = unterpfad.iter().map(String::as_str).collect();
        Some(match teile.as_slice() {
            [] => Seite::Leistungen,
            ["neu"] => Seite::Neu,
            ["einfuegen"] => Seite::Einfuegen,
            ["leistung", id] => Seite::Leistung(id.parse().ok()?),
            ["heatmap"] => Seite::Heatmap,
            ["ozg-luecke"] => Seite::OzgLuecke,
            ["nachweise"] => Seite::Nachweise,
            ["einstellungen"] => Seite::Einstellungen,
            ["export"] => Seite::Export,
            _ => return None,
        })
    }
}

/// Link to a page of the tool.
pub fn href(unterpfad: &[&str]) -> String {
    Route::Werkzeug {
        slug: SLUG.to_owned(),
        unterpfad: unterpfad.iter().map(|s| (*s).to_owned()).collect(),
    }
    .href()
}

/// Link to a Leistung's page.
pub fn leistung_href(id: u32) -> String {
    href(&["leistung", &id.to_string()])
}

/// "10200 · 99041008000000": the Leistung's keys for lists.
pub fn schluessel(l: &Leistung) -> String {
    [l.ozg_id.trim(), l.leika_id.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

fn leistungstitel(l: &Leistung) -> String {
    format!("Leistung: {}", l.bezeichnung)
}

/// Heading and page title of a sub-path.
pub fn seitentitel(unterpfad: &[String]) -> Option<String> {
    Some(match Seite::aus(unterpfad)? {
        Seite::Leistungen => TITEL.to_owned(),
        Seite::Neu => "Neue Leistung".to_owned(),
        Seite::Einfuegen => "Leistungen aus einer Liste einfügen".to_owned(),
        Seite::Heatmap => "Heatmap Leistungen × Kriterien".to_owned(),
        Seite::OzgLuecke => "Leistungen unter OZG-Konformität".to_owned(),
        Seite::Nachweise => "Nachweis-Matrix".to_owned(),
        Seite::Einstellungen => "Einstellungen des Zielstufenplaners".to_owned(),
        Seite::Export => "Zielstufenplaner exportieren".to_owned(),
        Seite::Leistung(id) => use_context::<Daten>()
            .and_then(|daten| {
                daten.lies_ungetrackt(|ab| ab?.zielstufenplaner.leistung(id).map(leistungstitel))
            })
            .unwrap_or_else(|| "Leistung nicht gefunden".to_owned()),
    })
}

/// Root view; `unterpfad` is the route below `#/zielstufenplaner`.
pub fn ansicht(unterpfad: &[String]) -> AnyView {
    let Some(seite) = Seite::aus(unterpfad) else {
        return view! { <crate::app::seiten::NichtGefunden/> }.into_any();
    };
    let daten = expect_context::<Daten>();
    let titel = match seite {
        Seite::Leistung(id) => {
            let titel = Memo::new(move |_| {
                daten.lies(|ab| {
                    ab.and_then(|ab| ab.zielstufenplaner.leistung(id))
                        .map(leistungstitel)
                        .unwrap_or_else(|| "Leistung nicht gefunden".to_owned())
                })
            });
            Effect::new(move |vorher: Option<String>| {
                let aktuell = titel.get();
                if vorher.is_some_and(|v| v != aktuell) {
                    browser::setze_titel(&format!("{aktuell} – {}", crate::PRODUKTNAME));
                }
                aktuell
            });
            Signal::from(titel)
        }
        _ => Signal::stored(seitentitel(unterpfad).unwrap_or_default()),
    };
    let offen = Memo::new(move |_| daten.lies(|ab| ab.map(|ab| ab.id.clone())));
    let inhalt = move || {
        if offen.with(Option::is_none) {
            return view! { <KeinArbeitsbereich/> }.into_any();
        }
        match seite.clone() {
            Seite::Leistungen => view! { <leistungen::Leistungen/> }.into_any(),
            Seite::Neu => view! { <leistung::Leistungsformular id=None/> }.into_any(),
            Seite::Einfuegen => view! { <einfuegen::Einfuegen/> }.into_any(),
            Seite::Leistung(id) => view! { <leistung::Leistungsseite id/> }.into_any(),
            Seite::Heatmap => view! { <auswertung::Heatmap/> }.into_any(),
            Seite::OzgLuecke => view! { <auswertung::OzgLuecke/> }.into_any(),
            Seite::Nachweise => view! { <nachweise::Nachweismatrix/> }.into_any(),
            Seite::Einstellungen => view! { <einstellungen::Einstellungen/> }.into_any(),
            Seite::Export => view! { <ausgabe::Ausgabe/> }.into_any(),
        }
    };
    let aktiv = match Seite::aus(unterpfad) {
        Some(Seite::Neu | Seite::Einfuegen | Seite::Leistung(_)) | None => Seite::Leistungen,
        Some(s) => s,
    };
    view! {
        <Unternavigation aktiv/>
        <Seitenkopf titel/>
        <div class="zielstufenplaner">{inhalt}</div>
    }
    .into_any()
}

#[component]
fn Unternavigation(aktiv: Seite) -> impl IntoView {
    let eintraege = [
        (Seite::Leistungen, "Leistungen", href(&[])),
        (Seite::Heatmap, "Heatmap", href(&["heatmap"])),
        (
            Seite::OzgLuecke,
            "Unter OZG-Konformität",
            href(&["ozg-luecke"]),
        ),
        (Seite::Nachweise, "Nachweis-Matrix", href(&["nachweise"])),
        (
            Seite::Einstellungen,
            "Einstellungen",
            href(&["einstellungen"]),
        ),
        (Seite::Export, "Export", href(&["export"])),
    ];
    let links = eintraege
        .into_iter()
        .map(|(seite, text, ziel)| {
            let aktuell = (seite == aktiv).then_some("page");
            view! {
                <li>
                    <a class="kern-link unternavigation__link" href=ziel aria-current=aktuell>{text}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="unternavigation" aria-label=TITEL>
            <ul class="unternavigation__liste">{links}</ul>
        </nav>
    }
}

#[component]
fn KeinArbeitsbereich() -> impl IntoView {
    view! {
        <p class="kern-body">
            "Es ist kein Arbeitsbereich geöffnet. Legen Sie unter "
            <a class="kern-link" href=Route::Arbeitsbereiche.href()>"Arbeitsbereiche"</a>
            " einen an oder öffnen Sie einen vorhandenen."
        </p>
    }
}

/// The visible "bitte prüfen" marker of an unconfirmed catalogue entry (text, not colour).
#[component]
pub fn BittePruefen() -> impl IntoView {
    view! { <span class="bitte-pruefen">"bitte prüfen"</span> }
}

/// A level as a labelled badge: number, name and a shape class per level, never colour alone.
#[component]
pub fn Stufenmarke(
    /// Level (`None`: not assessed).
    stufe: Option<u8>,
    /// Highest level of the model (for the colour scale).
    hoechste: u8,
    /// Text after the number (level name).
    #[prop(optional, into)]
    name: String,
    /// Text without a level (default "nicht bewertet").
    #[prop(optional, into)]
    ohne: Option<String>,
) -> impl IntoView {
    match stufe {
        None => {
            let text = ohne.unwrap_or_else(|| "nicht bewertet".to_owned());
            view! { <span class="stufe stufe--offen">{text}</span> }.into_any()
        }
        Some(s) => {
            let klasse = format!("stufe stufe--{}", farbstufe(s, hoechste));
            let text = stufentext(s, &name);
            view! { <span class=klasse>{text}</span> }.into_any()
        }
    }
}

/// "Stufe 3 Online-Leistung"; just "Stufe 3" where the name adds nothing (RGM 2.0 as shipped).
pub fn stufentext(stufe: u8, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() || name == format!("Stufe {stufe}") {
        format!("Stufe {stufe}")
    } else {
        format!("Stufe {stufe} {name}")
    }
}

/// Colour class 0–4 of a level on a scale up to `hoechste` (RGM 2.0 folded onto five tones).
pub fn farbstufe(stufe: u8, hoechste: u8) -> u8 {
    if hoechste == 0 {
        return 0;
    }
    ((u32::from(stufe.min(hoechste)) * 4 + u32::from(hoechste) / 2) / u32::from(hoechste)) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unterseiten_und_titel() {
        let pfad = |t: &[&str]| t.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(seitentitel(&[]).as_deref(), Some(TITEL));
        assert_eq!(
            Seite::aus(&pfad(&["leistung", "4"])),
            Some(Seite::Leistung(4))
        );
        assert_eq!(Seite::aus(&pfad(&["leistung", "x"])), None);
        assert_eq!(seitentitel(&pfad(&["heatmap", "x"])), None);
        for s in [
            "neu",
            "einfuegen",
            "heatmap",
            "ozg-luecke",
            "nachweise",
            "einstellungen",
            "export",
        ] {
            assert!(seitentitel(&pfad(&[s])).is_some(), "{s}");
        }
        assert_eq!(leistung_href(3), "#/zielstufenplaner/leistung/3");
        assert_eq!(farbstufe(0, 7), 0);
        assert_eq!(farbstufe(7, 7), 4);
        assert_eq!(farbstufe(3, 4), 3);
        assert_eq!(farbstufe(4, 7), 2);
        assert_eq!(stufentext(3, "Online-Leistung"), "Stufe 3 Online-Leistung");
        assert_eq!(stufentext(3, "Stufe 3"), "Stufe 3");
        assert_eq!(stufentext(0, " "), "Stufe 0");
    }
}
