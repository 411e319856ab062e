//! The stage plan of one Leistung: the ladder from today's level to the target (an SVG step
//! chart over time with the same data as a table right below it), the findings of the plan
//! check (levels or dates going back, overdue, verschoben), the list of stages and the form
//! to add or change one — with Voraussetzungen from the editable catalogue or as free text,
//! and links to projects or milestones of the Multiprojektplan by their permanent ids.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt};
use crate::app::daten::Daten;
use crate::app::formular::{
    feldbindung, Ankreuzfeld, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Satzformular,
};
use crate::app::zusammenfassung::Bearbeitung;
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datensatz::Datensaetze;
use crate::shared::datum::Datum;
use crate::shared::text::{datum_lesen, zahl_lesen};
use crate::tools::multiprojektplan::model::Bezug;
use crate::tools::zielstufenplaner::calc::{self, Sprosse};
use crate::tools::zielstufenplaner::model::{Feldfehler, Zielstufe, Zielstufenstatus};
use crate::tools::zielstufenplaner::SLUG;

use super::{
    abschnitt_beenden, hat_entwurf, namensoptionen, Bearbeitenknopf, Formularknoepfe, Satzauswahl,
    Satztabelle,
};
use crate::app::components::Knopf;
use crate::shared::sortieren::Sortieren;
use crate::shared::text::anzahl;

#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    nr: String,
    bezeichnung: String,
    ziel: String,
    termin: String,
    status: String,
    voraussetzungen: Vec<String>,
    frei: String,
    verknuepfungen: Vec<Bezug>,
    bemerkung: String,
}

impl Entwurf {
    fn neu(nr: u32) -> Entwurf {
        Entwurf {
            nr: nr.to_string(),
            bezeichnung: if nr == 1 {
                "MVP".to_owned()
            } else {
                format!("Ausbaustufe {}", nr - 1)
            },
            status: Zielstufenstatus::Geplant.name().to_owned(),
            ziel: "3".to_owned(),
            ..Entwurf::default()
        }
    }

    fn aus(z: &Zielstufe, katalog: &[String]) -> Entwurf {
        let (bekannt, frei): (Vec<String>, Vec<String>) = z
            .voraussetzungen
            .iter()
            .cloned()
            .partition(|v| katalog.contains(v));
        Entwurf {
            id: z.id,
            nr: z.nr.to_string(),
            bezeichnung: z.bezeichnung.clone(),
            ziel: z.ziel_reifegrad.to_string(),
            termin: z.zieltermin.map(Datum::deutsch).unwrap_or_default(),
            status: z.status.name().to_owned(),
            voraussetzungen: bekannt,
            frei: frei.join("\n"),
            verknuepfungen: z.verknuepfungen.clone(),
            bemerkung: z.bemerkung.clone(),
        }
    }

    fn lesen(&self, leistung: u32) -> Result<Zielstufe, Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let nr = self.nr.trim().parse::<u32>().unwrap_or(0);
        let termin = datum_lesen(&mut fehler, "termin", "Zieltermin", &self.termin, false);
        let ziel = zahl_lesen(
            &mut fehler,
            "ziel",
            "Wählen Sie einen Ziel-Reifegrad.",
            &self.ziel,
            0..=u8::MAX,
            true,
        )
        .unwrap_or(0);
        if !fehler.is_empty() {
            return Err(fehler);
        }
        let mut voraussetzungen = self.voraussetzungen.clone();
        voraussetzungen.extend(
            self.frei
                .lines()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
        );
        Ok(Zielstufe {
            id: self.id,
            leistung,
            nr,
            bezeichnung: self.bezeichnung.trim().to_owned(),
            ziel_reifegrad: ziel,
            zieltermin: termin,
            voraussetzungen,
            status: Zielstufenstatus::ALLE
                .iter()
                .copied()
                .find(|s| s.name() == self.status)
                .unwrap_or_default(),
            verknuepfungen: self.verknuepfungen.clone(),
            bemerkung: self.bemerkung.trim().to_owned(),
        })
    }
}

/// Whether the stage form of `leistung` holds unsaved input.
pub fn offen(leistung: u32) -> bool {
    hat_entwurf::<Entwurf>(&entwurfsschluessel(SLUG, "zielstufe", leistung))
}

/// The stage plan as the section shows it: the ladder, the findings and the list of stages
/// with "Bearbeiten" and "Löschen" per stage.
#[component]
pub fn Zielstufenanzeige(leistung: u32, auswahl: Satzauswahl) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let lage = Memo::new(move |_| {
        daten.lies(|ab| {
            let ab = ab?;
            let plan = &ab.werkzeuge.zielstufenplaner;
            let l = plan.leistung(leistung)?;
            let heute = browser::heute();
            let k = plan.katalog(l.modell);
            let befunde: Vec<(u32, String)> = calc::pruefe_plan(plan, l, heute)
                .iter()
                .map(|b| (b.stufe(), b.text()))
                .collect();
            let stufen: Vec<(Zielstufe, String)> = plan
                .zielstufen_von(leistung)
                .into_iter()
                .map(|z| {
                    (
                        z.clone(),
                        z.verknuepfungen
                            .iter()
                            .map(|b| calc::verknuepfung_name(&ab.werkzeuge.multiprojektplan, *b))
                            .collect::<Vec<_>>()
                            .join("; "),
                    )
                })
                .collect();
            Some((
                calc::leiter(plan, l, heute),
                befunde,
                stufen,
                l.modell.hoechste_stufe(),
                k,
                heute,
            ))
        })
    });
    let loeschen = move |id: u32, name: String| {
        daten.aendere(&format!("Zielstufe „{name}“ gelöscht"), |ab| {
            ab.werkzeuge
                .zielstufenplaner
                .zielstufen
                .retain(|z| z.id != id)
        });
        daten.ansagen(format!("Zielstufe „{name}“ gelöscht."));
    };

    view! {
        {move || lage.get().map(|(leiter, befunde, stufen, hoechste, katalog, heute)| {
            let stufen_leer = stufen.is_empty();
            view! {
                <Leiter leiter=leiter.clone() hoechste heute/>
                {(!befunde.is_empty()).then(|| {
                    let namen: std::collections::HashMap<u32, String> = stufen.iter().map(|(z, _)| (z.id, z.bezeichnung.clone())).collect();
                    view! {
                        <Hinweis art=HinweisArt::Warnung titel="Befunde zum Stufenplan".to_owned()>
                            <ul class="aufzaehlung" id="zsp-befunde">
                                {befunde.into_iter().map(|(id, text)| view! { <li>{format!("{}: {text}", namen.get(&id).cloned().unwrap_or_default())}</li> }).collect_view()}
                            </ul>
                        </Hinweis>
                    }
                })}
                {if stufen_leer {
                    view! { <p class="kern-body">"Noch keine Zielstufe geplant. Beginnen Sie mit dem MVP."</p> }.into_any()
                } else {
                    let zeilen = stufen.into_iter().map(|(z, links)| {
                        let name = z.bezeichnung.clone();
                        let id = z.id;
                        let ziel = format!("{} {}", z.ziel_reifegrad, katalog.stufenname(z.ziel_reifegrad));
                        view! {
                            <tr>
                                <td class="zahl">{z.nr}</td>
                                <th scope="row">{z.bezeichnung.clone()}</th>
                                <td>{ziel}</td>
                                <td class="zahl">{z.zieltermin.map(Datum::deutsch).unwrap_or_default()}</td>
                                <td>{z.status.name()}</td>
                                <td class="zsp-breit">{z.voraussetzungen.join("; ")}</td>
                                <td class="zsp-breit">{links}</td>
                                <td class="tabelle__aktionen">
                                    <Bearbeitenknopf id name=format!("Zielstufe {name}") auswahl/>
                                    <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Zielstufe {name} löschen") disabled=deaktiviert
                                        on:click=move |_| loeschen(id, name.clone())>
                                        <span class="kern-label">"Löschen"</span>
                                    </button>
                                </td>
                            </tr>
                        }.into_any()
                    }).collect();
                    view! { <Satztabelle id="zsp-zielstufen-titel" titel="Zielstufen" spalten=STUFENSPALTEN zeilen/> }.into_any()
                }}
            }
        })}
    }
}

const STUFENSPALTEN: &[&str] = &[
    "Nr.",
    "Bezeichnung",
    "Ziel-Reifegrad",
    "Zieltermin",
    "Status",
    "Voraussetzungen",
    "Projekte/Meilensteine",
    "Aktionen",
];

/// The form of the section "Zielstufen": a new stage, or the one a row's "Bearbeiten" chose.
#[component]
pub fn Zielstufenformular(leistung: u32, auswahl: Satzauswahl) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let bearbeitung = Bearbeitung::im_abschnitt();
    // A new stage comes after the last one; "Bearbeiten" loads a stored one.
    let naechste_nr = move |ab: Option<&Arbeitsbereich>| {
        ab.and_then(|ab| {
            let stufen = ab.werkzeuge.zielstufenplaner.zielstufen_von(leistung);
            stufen.iter().map(|z| z.nr).max()
        })
        .unwrap_or(0)
            + 1
    };
    let formular = Satzformular::neu(
        entwurfsschluessel(SLUG, "zielstufe", leistung),
        move |ab| Entwurf::neu(naechste_nr(ab)),
        |ab, id| {
            let plan = &ab.werkzeuge.zielstufenplaner;
            let z = plan.zielstufen.mit_id(id)?;
            Some(Entwurf::aus(z, &plan.voraussetzungskatalog))
        },
        |e| e.id,
    );
    let meldung = auswahl.meldung;
    let id = auswahl.nehmen();
    if id != 0 {
        formular.bearbeiten(id);
    }
    let entwurf = formular.wert();
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let stufennamen = Memo::new(move |_| {
        daten
            .lies(|ab| {
                let plan = &ab?.werkzeuge.zielstufenplaner;
                let k = plan.katalog(plan.leistung(leistung)?.modell);
                Some(
                    k.stufen
                        .iter()
                        .map(|s| (s.stufe.to_string(), format!("{} {}", s.stufe, s.name)))
                        .collect::<Vec<_>>(),
                )
            })
            .unwrap_or_default()
    });
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let katalog = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| ab.werkzeuge.zielstufenplaner.voraussetzungskatalog.clone())
                .unwrap_or_default()
        })
    });
    let ziele_mpp = daten.ableiten(move |ab| {
        let mpp = &ab.werkzeuge.multiprojektplan;
        let mut liste = Vec::new();
        for p in &mpp.projekte {
            liste.push((
                Bezug::Projekt(p.id),
                format!("Projekt {}: {}", p.kennung, p.titel),
            ));
            for m in mpp.meilensteine_von(p.id) {
                liste.push((
                    Bezug::Meilenstein(m.id),
                    format!("Meilenstein {} › {}", p.kennung, m.bezeichnung),
                ));
            }
        }
        liste
    });

    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let stufe = match entwurf.with_untracked(|e| e.lesen(leistung)) {
            Ok(s) => s,
            Err(f) => {
                fehler_melden(fehler, "zsp-zs-", f);
                return;
            }
        };
        let pruefung = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.zielstufenplaner.pruefe_zielstufe(&stufe))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "zsp-zs-", pruefung) {
            return;
        }
        let name = stufe.bezeichnung.clone();
        let neu = stufe.id == 0;
        daten.aendere(
            &format!(
                "Zielstufe „{name}“ {}",
                if neu { "angelegt" } else { "geändert" }
            ),
            |ab| {
                ab.werkzeuge.zielstufenplaner.speichere_zielstufe(stufe);
            },
        );
        meldung.set(Some(format!("Zielstufe „{name}“ gespeichert.")));
        formular.leeren();
        abschnitt_beenden(bearbeitung);
    };
    let (nr, nr_setzen) = feldbindung!(entwurf.nr);
    let (bez, bez_setzen) = feldbindung!(entwurf.bezeichnung);
    let (ziel, ziel_setzen) = feldbindung!(entwurf.ziel);
    let (termin, termin_setzen) = feldbindung!(entwurf.termin);
    let (status, status_setzen) = feldbindung!(entwurf.status);
    let (frei, frei_setzen) = feldbindung!(entwurf.frei);
    let (bemerkung, bemerkung_setzen) = feldbindung!(entwurf.bemerkung);
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("zsp-zs-{feld}"));
    let stati = namensoptionen(Zielstufenstatus::ALLE, Zielstufenstatus::name);
    let verknuepfung_wahl = RwSignal::new(String::new());

    view! {
        <h3 class="kern-heading-small">{move || if entwurf.with(|e| e.id == 0) { "Zielstufe hinzufügen" } else { "Zielstufe bearbeiten" }}</h3>
        <Fehlerzusammenfassung id="zsp-zs-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <div class="formular__reihe">
                <Eingabe id="zsp-zs-nr" beschriftung="Stufe-Nr." pflicht=true schmal=true wert=nr bei_eingabe=nr_setzen fehler=fehler_bei("nr") deaktiviert/>
                <Eingabe id="zsp-zs-bezeichnung" beschriftung="Bezeichnung" pflicht=true hinweis="MVP, Ausbaustufe 1, …, Zielvision" wert=bez bei_eingabe=bez_setzen fehler=fehler_bei("bezeichnung") deaktiviert/>
            </div>
            <div class="formular__reihe">
                {move || view! { <Auswahl id="zsp-zs-ziel" beschriftung="Ziel-Reifegrad" pflicht=true optionen=stufennamen.get() wert=ziel bei_eingabe=ziel_setzen fehler=fehler_bei("ziel") deaktiviert/> }}
                <Datumseingabe id="zsp-zs-termin" beschriftung="Zieltermin" wert=termin bei_eingabe=termin_setzen fehler=fehler_bei("termin") deaktiviert/>
                <Auswahl id="zsp-zs-status" beschriftung="Status" pflicht=true optionen=stati wert=status bei_eingabe=status_setzen deaktiviert/>
            </div>
            <Feldgruppe titel="Voraussetzungen">
                {move || katalog.get().into_iter().enumerate().map(|(i, v)| {
                    let v2 = v.clone();
                    let v3 = v.clone();
                    view! {
                        <Ankreuzfeld id=format!("zsp-zs-vor-{i}") beschriftung=v.clone()
                            wert=Signal::derive(move || entwurf.with(|e| e.voraussetzungen.contains(&v2)))
                            bei_eingabe=Callback::new(move |an: bool| entwurf.update(|e| {
                                e.voraussetzungen.retain(|x| *x != v3);
                                if an { e.voraussetzungen.push(v3.clone()); }
                            })) deaktiviert/>
                    }
                }).collect_view()}
                <Eingabe id="zsp-zs-frei" beschriftung="Weitere Voraussetzungen" hinweis="Eine je Zeile" mehrzeilig=true wert=frei bei_eingabe=frei_setzen deaktiviert/>
            </Feldgruppe>
            <Feldgruppe titel="Verknüpfte Projekte und Meilensteine (Multiprojektplan)">
                {move || {
                    let gewaehlt = entwurf.with(|e| e.verknuepfungen.clone());
                    if gewaehlt.is_empty() {
                        return view! { <p class="kern-body">"Keine Verknüpfung."</p> }.into_any();
                    }
                    let namen = daten.lies(|ab| ab.map(|ab| gewaehlt.iter().map(|b| (*b, calc::verknuepfung_name(&ab.werkzeuge.multiprojektplan, *b))).collect::<Vec<_>>()).unwrap_or_default());
                    view! {
                        <ul class="aufzaehlung">
                            {namen.into_iter().map(|(b, name)| view! {
                                <li>{name.clone()}" "
                                    <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Verknüpfung {name} entfernen") disabled=deaktiviert
                                        on:click=move |_| entwurf.update(|e| e.verknuepfungen.retain(|x| *x != b))>
                                        <span class="kern-label">"Entfernen"</span>
                                    </button>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                {move || {
                    let liste = ziele_mpp.get();
                    if liste.is_empty() {
                        return view! { <p class="kern-hint">"Im Multiprojektplan dieses Arbeitsbereichs ist noch kein Projekt erfasst."</p> }.into_any();
                    }
                    let optionen = crate::app::formular::mit_leerem_wert("bitte wählen", liste.iter().enumerate().map(|(i, (_, n))| (i.to_string(), n.clone())));
                    let hinzu = move |_| {
                        let wahl = verknuepfung_wahl.get_untracked();
                        if let Some((b, _)) = wahl.parse::<usize>().ok().and_then(|i| ziele_mpp.with_untracked(|l| l.get(i).cloned())) {
                            entwurf.update(|e| if !e.verknuepfungen.contains(&b) { e.verknuepfungen.push(b) });
                        }
                        verknuepfung_wahl.set(String::new());
                    };
                    view! {
                        <div class="formular__reihe">
                            <Auswahl id="zsp-zs-verknuepfung" beschriftung="Projekt oder Meilenstein" optionen wert=verknuepfung_wahl bei_eingabe=Callback::new(move |w| verknuepfung_wahl.set(w)) deaktiviert/>
                            <Knopf id="zsp-zs-verknuepfen" deaktiviert=deaktiviert bei_klick=hinzu>
                                "Verknüpfen"
                            </Knopf>
                        </div>
                    }.into_any()
                }}
            </Feldgruppe>
            <Eingabe id="zsp-zs-bemerkung" beschriftung="Bemerkung" mehrzeilig=true wert=bemerkung bei_eingabe=bemerkung_setzen fehler=fehler_bei("bemerkung") deaktiviert/>
            <Formularknoepfe id="zsp-zs-speichern" speichern="Zielstufe speichern" deaktiviert
                abbrechen=Callback::new(move |_| { fehler.set(Vec::new()); formular.leeren() })/>
        </form>
    }
}

const BREITE: f64 = 640.0;
const HOEHE: f64 = 260.0;
const LINKS: f64 = 60.0;
const RECHTS: f64 = 20.0;
const OBEN: f64 = 20.0;
const UNTEN: f64 = 50.0;

fn r(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The stage ladder: a step chart (levels over time) and the same data as a table.
///
/// Today's level stands at today; a stage that is overdue (date passed, not reached) is drawn
/// at today as well, since it cannot be reached earlier, and is marked as overdue — its real
/// date is in the table. Points are joined in date order, ties in plan order.
#[component]
fn Leiter(leiter: Vec<Sprosse>, hoechste: u8, heute: Datum) -> impl IntoView {
    let mut daten: Vec<(Datum, u8, usize, &Sprosse)> = leiter
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let datum = if s.id == 0 || s.ueberfaellig.is_some() {
                heute
            } else {
                s.datum?
            };
            Some((datum, s.stufe?, i, s))
        })
        .collect();
    daten.sortiere_nach_schluessel(|d| (d.0, d.2));
    let grafik = (daten.len() >= 2).then(|| {
        let min = daten.iter().map(|d| d.0).min().unwrap_or(heute);
        let max = daten.iter().map(|d| d.0).max().unwrap_or(min);
        let spanne = (min.tage_bis(max)).max(1) as f64;
        let x = |d: Datum| r(LINKS + 20.0 + (BREITE - LINKS - RECHTS - 60.0) * (min.tage_bis(d) as f64) / spanne);
        let y = |s: u8| r(OBEN + (HOEHE - OBEN - UNTEN) * (1.0 - f64::from(s) / f64::from(hoechste.max(1))));
        let mut pfad = String::new();
        for (i, (d, s, _, _)) in daten.iter().enumerate() {
            if i == 0 {
                pfad.push_str(&format!("M{} {}", x(*d), y(*s)));
            } else {
                pfad.push_str(&format!(" H{} V{}", x(*d), y(*s)));
            }
        }
        let raster = (0..=hoechste).map(|s| view! {
            <line class="zsp-leiter__raster" x1=LINKS y1=y(s) x2={BREITE - RECHTS} y2=y(s)/>
            <text class="zsp-leiter__achsentext" x={LINKS - 8.0} y={y(s) + 4.0} text-anchor="end">{format!("Stufe {s}")}</text>
        }).collect_view();
        // Labels that would collide with the previous one move below the point (names) or
        // are left out (dates; every date is in the table).
        let mut letzter_name = f64::MIN;
        let mut letztes_datum = f64::MIN;
        let punkte = daten.iter().map(|(d, s, _, sp)| {
            let (cx, cy) = (x(*d), y(*s));
            let ist = sp.id == 0;
            let klasse = if ist { "zsp-leiter__ist" } else if sp.ueberfaellig.is_some() { "zsp-leiter__ueberfaellig" } else { "zsp-leiter__ziel" };
            let marke = if ist {
                view! { <circle class=klasse cx=cx cy=cy r="6"/> }.into_any()
            } else {
                view! { <rect class=klasse x={cx - 5.0} y={cy - 5.0} width="10" height="10"/> }.into_any()
            };
            let name_y = if cx - letzter_name < 90.0 { cy + 20.0 } else { cy - 10.0 };
            letzter_name = cx;
            let mut name: String = sp.bezeichnung.chars().take(18).collect();
            if sp.ueberfaellig.is_some() {
                name.push_str(" (überfällig)");
            }
            let datumstext = (cx - letztes_datum >= 70.0).then(|| {
                letztes_datum = cx;
                view! { <text class="zsp-leiter__achsentext" x=cx y={HOEHE - UNTEN + 18.0} text-anchor="middle">{d.deutsch()}</text> }
            });
            view! {
                {marke}
                <text class="zsp-leiter__name" x=cx y=name_y text-anchor="middle">{name}</text>
                {datumstext}
            }
        }).collect_view();
        view! {
            <svg class="zsp-leiter" viewBox=format!("0 0 {BREITE} {HOEHE}") role="img" aria-labelledby="zsp-leiter-titel" aria-describedby="zsp-leiter-tabelle-titel">
                <title id="zsp-leiter-titel">"Stufenleiter: Reifegrad heute und geplante Zielstufen über die Zeit"</title>
                {raster}
                <path class="zsp-leiter__linie" d=pfad/>
                {punkte}
            </svg>
            <p class="kern-hint">"Kreis: Ist-Reifegrad heute; Quadrat: Zielstufe; dunkles Quadrat mit dickem Rahmen: überfällig (bei heute eingezeichnet). Die Tabelle unten enthält dieselben Angaben mit allen Daten."</p>
        }
    });
    let zeilen = leiter.into_iter().map(|s| view! {
        <tr>
            <th scope="row">{s.bezeichnung.clone()}</th>
            <td class="zahl">{s.stufe.map(|x| format!("Stufe {x}")).unwrap_or_else(|| "–".to_owned())}</td>
            <td class="zahl">{s.datum.map(Datum::deutsch).unwrap_or_else(|| "–".to_owned())}</td>
            <td>{s.status.clone()}{s.ueberfaellig.map(|t| format!(", überfällig seit {}", anzahl(t.max(0) as usize, "Tag", "Tagen")))}</td>
        </tr>
    }.into_any()).collect();
    view! {
        <h3 class="kern-heading-small">"Stufenleiter"</h3>
        {grafik}
        <Satztabelle id="zsp-leiter-tabelle-titel" titel="Stufenleiter als Tabelle: von heute zum Ziel" spalten=&["Stufe", "Reifegrad", "Datum", "Status"] zeilen/>
    }
}
