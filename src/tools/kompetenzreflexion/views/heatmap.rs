//! The team heatmap person × competence: each cell shows the Ist level as a number, or the
//! gap with sign, and a pattern per level or gap size (never colour alone); priority gaps
//! carry "!" and the word in the cell's title. Names are hidden by default (for presenting);
//! a checkbox shows them. Below, the team's averages and spread per competence.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::{Ankreuzfeld, Auswahl};
use crate::tools::kompetenzreflexion::calc::{self, zehntel_text};

/// One cell: text, CSS classes, spoken description.
type Zellinhalt = (String, String, String);

/// The page.
#[component]
pub fn Heatmap() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let namen = RwSignal::new(false);
    let ansicht = RwSignal::new("ist".to_owned());
    let karte = daten.ableiten(move |ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        let mit_namen = namen.get();
        let gap = ansicht.get() == "gap";
        let kompetenzen: Vec<(u32, String)> = k
            .kompetenzen_geordnet()
            .into_iter()
            .map(|x| (x.id, x.name.clone()))
            .collect();
        let zeilen: Vec<(String, Vec<Zellinhalt>)> = k
            .personen
            .iter()
            .map(|p| {
                let zellen = kompetenzen
                    .iter()
                    .map(|(kid, kname)| {
                        let z = calc::zelle(k, p, *kid);
                        let prio = if z.prioritaer() { "!" } else { "" };
                        if gap {
                            match z.gap {
                                Some(g) => {
                                    let stufe = g.clamp(-1, 3);
                                    (
                                        format!("{}{g}{prio}", if g > 0 { "+" } else { "" }),
                                        format!(
                                            "kr-hm kr-hm--gap{}",
                                            if stufe < 0 {
                                                "m".to_owned()
                                            } else {
                                                stufe.to_string()
                                            }
                                        ),
                                        format!(
                                            "{kname}: Lücke {g}{}",
                                            if z.prioritaer() { ", prioritär" } else { "" }
                                        ),
                                    )
                                }
                                None => (
                                    "–".to_owned(),
                                    "kr-hm".to_owned(),
                                    format!("{kname}: keine Lücke berechenbar"),
                                ),
                            }
                        } else {
                            match z.ist {
                                Some(n) => (
                                    format!("{}{prio}", n.wert()),
                                    format!("kr-hm kr-hm--n{}", n.wert()),
                                    format!(
                                        "{kname}: Ist {}{}",
                                        n.name(),
                                        z.soll
                                            .map(|s| format!(", Soll {}", s.wert()))
                                            .unwrap_or_default()
                                    ),
                                ),
                                None => (
                                    "–".to_owned(),
                                    "kr-hm".to_owned(),
                                    format!("{kname}: nicht eingeschätzt"),
                                ),
                            }
                        }
                    })
                    .collect();
                (p.anzeige(mit_namen), zellen)
            })
            .collect();
        (kompetenzen, zeilen)
    });
    let teamwerte = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.kompetenzreflexion;
        calc::teamwerte(k, None)
            .into_iter()
            .map(|t| {
                (
                    k.kompetenz(t.kompetenz)
                        .map(|x| x.name.clone())
                        .unwrap_or_default(),
                    t,
                )
            })
            .collect::<Vec<_>>()
    });
    let ansichten = vec![
        ("ist".to_owned(), "Ist-Niveau (1–3)".to_owned()),
        ("gap".to_owned(), "Lücke Soll − Ist".to_owned()),
    ];
    view! {
        <p class="kern-body">
            "Jede Zelle nennt die Zahl und trägt ein Muster je Niveau oder Lückengröße; „!“ markiert eine prioritäre Lücke "
            "(Lücke ≥ 2 oder ≥ 1 in einer für die Rolle kritischen Kompetenz). Ist ist die Fremdeinschätzung, wenn vorhanden, sonst die Selbsteinschätzung."
        </p>
        <div class="filterleiste">
            <Auswahl id="kr-hm-ansicht" beschriftung="Zellen zeigen" filter=true optionen=ansichten wert=ansicht bei_eingabe=Callback::new(move |w| ansicht.set(w))/>
            <Ankreuzfeld id="kr-hm-namen" beschriftung="Namen zeigen (beim Präsentieren aus lassen)" wert=namen bei_eingabe=Callback::new(move |w| namen.set(w))/>
        </div>
        {move || {
            let (kompetenzen, zeilen) = karte.get();
            if kompetenzen.is_empty() || zeilen.is_empty() {
                return view! { <p class="kern-body">"Für die Heatmap braucht es Personen und Kompetenzen."</p> }.into_any();
            }
            view! {
                <Tabelle id="kr-heatmap-titel" titel="Heatmap Person × Kompetenz">
                    <thead><tr>
                        <th scope="col">"Person"</th>
                        {kompetenzen.into_iter().map(|(_, n)| view! { <th scope="col" class="kr-hm__kopf">{n}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {zeilen.into_iter().map(|(person, zellen)| view! {
                            <tr>
                                <th scope="row" class="kr-nicht-umbrechen">{person}</th>
                                {zellen.into_iter().map(|(text, klasse, titel)| view! { <td class=klasse title=titel>{text}</td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }.into_any()
        }}
        <ul class="kr-legende">
            <li><span class="kr-hm kr-hm--n1 kr-legende__muster" aria-hidden="true">"1"</span>"Niveau 1 oder Lücke 1: gepunktet"</li>
            <li><span class="kr-hm kr-hm--n2 kr-legende__muster" aria-hidden="true">"2"</span>"Niveau 2 oder Lücke 2: schraffiert"</li>
            <li><span class="kr-hm kr-hm--n3 kr-legende__muster" aria-hidden="true">"3"</span>"Niveau 3 oder Lücke 3: dicht schraffiert"</li>
        </ul>
        <h2 class="kern-heading-medium">"Team je Kompetenz: Mittelwert und Streuung"</h2>
        {move || {
            let werte = teamwerte.get();
            view! {
                <Tabelle id="kr-teamwerte-titel" titel="Mittelwert und Streuung des Ist je Kompetenz"
                    spalten=&["Kompetenz", "Eingeschätzt", "Ø Ist", "Ø Soll", "Min", "Max", "Spannweite", "Standardabweichung", "Prioritäre Lücken"]
                    zahlenspalten=&[1, 2, 3, 4, 5, 6, 7, 8]>
                    <tbody>
                        {werte.into_iter().map(|(name, t)| view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td class="zahl">{t.bewertet}</td>
                                <td class="zahl">{zehntel_text(t.mittel)}</td>
                                <td class="zahl">{zehntel_text(t.soll)}</td>
                                <td class="zahl">{t.min.map_or("–".to_owned(), |v| v.to_string())}</td>
                                <td class="zahl">{t.max.map_or("–".to_owned(), |v| v.to_string())}</td>
                                <td class="zahl">{t.spannweite().map_or("–".to_owned(), |v| v.to_string())}</td>
                                <td class="zahl">{zehntel_text(t.streuung)}</td>
                                <td class="zahl">{t.prioritaere}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }
        }}
    }
}
