//! The page of one Haushaltsstelle: its figures at the Stichtag, the master-data form (also
//! used for a new Haushaltsstelle, with the Monatsplan), its Ansätze, the Buchungen with a fast
//! entry form (after saving, the form keeps Art and Datum and puts the cursor back into
//! "Betrag" for the next booking; amounts are typed the German way, "1.234,56"), the Prognosen
//! and the Verpflichtungsermächtigungen. "B12 bearbeiten" loads a booking into the same form
//! ("Änderungen speichern", "Abbrechen"); a VE is deleted after confirmation unless bookings
//! draw on it. Every save is one undoable step.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{AmpelMarke, Bestaetigung, Tabelle};
use crate::app::daten::Daten;
use crate::app::entwurf;
use crate::app::formular::{
    fehler_bei, feldbindung, mit_leerem_wert, Ankreuzfeld, Auswahl, Eingabe, Fehlerzusammenfassung,
    Feldgruppe,
};
use crate::shared::datum::Datum;
use crate::shared::format;
use crate::tools::budgetmonitor::calc::{self, Rahmen};
use crate::tools::budgetmonitor::model::{
    Ansatz, Buchung, Buchungsart, Haushaltsstelle, Haushaltsvermerk, Prognose, Prognosemethode,
    Tendenz, Verpflichtungsermaechtigung, MAX_LANGTEXT,
};

use super::{href, prozent, titel_href};

type Fehler = RwSignal<Vec<(String, String)>>;

/// Reads an optional German amount; pushes a message for `feld` on failure.
fn betrag(text: &str, feld: &str, name: &str, probleme: &mut Vec<(String, String)>) -> i64 {
    if text.trim().is_empty() {
        return 0;
    }
    match format::euro_lesen(text) {
        Ok(c) => c,
        Err(m) => {
            probleme.push((feld.to_owned(), format!("{name}: {m}")));
            0
        }
    }
}

/// Reads an optional date; pushes a message on failure.
fn datum(
    text: &str,
    feld: &str,
    name: &str,
    probleme: &mut Vec<(String, String)>,
) -> Option<Datum> {
    if text.trim().is_empty() {
        return None;
    }
    let d = Datum::aus_deutsch(text.trim());
    if d.is_none() {
        probleme.push((
            feld.to_owned(),
            format!("{name}: Bitte als TT.MM.JJJJ eingeben, z. B. 05.03.2026."),
        ));
    }
    d
}

// ---------------------------------------------------------------------------------------------
// Haushaltsstelle form
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq)]
struct StellenEntwurf {
    jahr: String,
    einzelplan: String,
    kapitel: String,
    titel: String,
    frei: String,
    titelgruppe: String,
    zweck: String,
    fkz: String,
    bewirtschafter: String,
    deckungskreis: String,
    vermerke: Vec<Haushaltsvermerk>,
    monatsplan: Vec<String>,
}

impl StellenEntwurf {
    fn aus(h: &Haushaltsstelle) -> Self {
        StellenEntwurf {
            jahr: h.haushaltsjahr.to_string(),
            einzelplan: h.einzelplan.clone(),
            kapitel: h.kapitel.clone(),
            titel: h.titel.clone(),
            frei: h.frei.clone(),
            titelgruppe: h.titelgruppe.clone(),
            zweck: h.zweckbestimmung.clone(),
            fkz: h.funktionskennzahl.clone(),
            bewirtschafter: h.bewirtschafter.clone(),
            deckungskreis: h.deckungskreis.clone(),
            vermerke: h.vermerke.clone(),
            monatsplan: (1..=12)
                .map(|m| {
                    if h.monatsplan.len() == 12 {
                        format::dezimal(h.plan_im_monat(m), 2)
                    } else {
                        String::new()
                    }
                })
                .collect(),
        }
    }
}

const MONATE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// The Haushaltsstelle form; `id: None` creates a new one.
#[component]
pub fn Stellenformular(id: Option<u32>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let anfang = daten
        .lies_ungetrackt(|ab| {
            ab.map(|ab| {
                let bm = &ab.werkzeuge.budgetmonitor;
                match id.and_then(|id| bm.haushaltsstelle(id)) {
                    Some(h) => StellenEntwurf::aus(h),
                    None => StellenEntwurf::aus(&Haushaltsstelle {
                        haushaltsjahr: Rahmen::von(bm, browser::heute()).jahr,
                        ..Haushaltsstelle::default()
                    }),
                }
            })
        })
        .unwrap_or_default();
    let ablage = format!(
        "budgetmonitor:stelle:{}:{}",
        daten.offene_id().unwrap_or_default(),
        id.unwrap_or(0)
    );
    let zurueck = entwurf::holen::<StellenEntwurf>(&ablage);
    let gespeichert = RwSignal::new(anfang.clone());
    let entwurf = RwSignal::new(zurueck.unwrap_or(anfang));
    {
        let ablage = ablage.clone();
        Effect::new(move |_| {
            if entwurf.with(|e| gespeichert.with(|g| e != g)) {
                entwurf::ablegen(&ablage, entwurf.get());
            } else {
                entwurf::verwerfen(&ablage);
            }
        });
    }
    let fehler: Fehler = RwSignal::new(Vec::new());
    let meldung = RwSignal::new(None::<String>);

    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let jahr = e.jahr.trim().parse::<i32>().unwrap_or(0);
        let mut plan = Vec::new();
        let leer = e.monatsplan.iter().all(|m| m.trim().is_empty());
        if !leer {
            for (i, m) in e.monatsplan.iter().enumerate() {
                plan.push(betrag(
                    m,
                    &format!("hst-plan-{}", i + 1),
                    MONATE[i],
                    &mut probleme,
                ));
            }
        }
        let mut vermerke = e.vermerke.clone();
        vermerke.sort();
        vermerke.dedup();
        let h = Haushaltsstelle {
            id: id.unwrap_or(0),
            haushaltsjahr: jahr,
            einzelplan: e.einzelplan.trim().to_owned(),
            kapitel: e.kapitel.trim().to_owned(),
            titel: e.titel.trim().to_owned(),
            frei: e.frei.trim().to_owned(),
            titelgruppe: e.titelgruppe.trim().to_owned(),
            zweckbestimmung: e.zweck.trim().to_owned(),
            funktionskennzahl: e.fkz.trim().to_owned(),
            bewirtschafter: e.bewirtschafter.trim().to_owned(),
            deckungskreis: e.deckungskreis.trim().to_owned(),
            vermerke,
            monatsplan: plan,
        };
        let pruefung = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.budgetmonitor.pruefe_haushaltsstelle(&h))
                .unwrap_or_default()
        });
        probleme.extend(pruefung);
        if !probleme.is_empty() {
            fehler.set(probleme);
            return;
        }
        fehler.set(Vec::new());
        let name = h.bezeichnung();
        let mut neue_id = 0;
        daten.aendere(&format!("Haushaltsstelle {name} gespeichert"), |ab| {
            let bm = &mut ab.werkzeuge.budgetmonitor;
            match bm.haushaltsstellen.iter_mut().find(|x| Some(x.id) == id) {
                Some(x) => {
                    *x = h;
                    neue_id = x.id;
                }
                None => {
                    neue_id = bm.neue_id();
                    bm.haushaltsstellen
                        .push(Haushaltsstelle { id: neue_id, ..h });
                }
            }
        });
        gespeichert.set(entwurf.get_untracked());
        entwurf::verwerfen(&ablage);
        if id.is_none() {
            daten.ansagen(format!("Haushaltsstelle {name} angelegt."));
            browser::setze_hash(&titel_href(neue_id));
        } else {
            meldung.set(Some(format!("Haushaltsstelle {name} gespeichert.")));
        }
    };

    let (jahr, jahr_s) = feldbindung!(entwurf.jahr);
    let (ep, ep_s) = feldbindung!(entwurf.einzelplan);
    let (kap, kap_s) = feldbindung!(entwurf.kapitel);
    let (titel, titel_s) = feldbindung!(entwurf.titel);
    let (frei, frei_s) = feldbindung!(entwurf.frei);
    let (tg, tg_s) = feldbindung!(entwurf.titelgruppe);
    let (zweck, zweck_s) = feldbindung!(entwurf.zweck);
    let (fkz, fkz_s) = feldbindung!(entwurf.fkz);
    let (bw, bw_s) = feldbindung!(entwurf.bewirtschafter);
    let (dk, dk_s) = feldbindung!(entwurf.deckungskreis);
    let vermerkfelder = Haushaltsvermerk::ALLE
        .iter()
        .map(|&v| {
            let wert = Signal::derive(move || entwurf.with(|e| e.vermerke.contains(&v)));
            let setzen = Callback::new(move |an: bool| {
                entwurf.update(|e| {
                    e.vermerke.retain(|x| *x != v);
                    if an {
                        e.vermerke.push(v);
                    }
                })
            });
            view! {
                <Ankreuzfeld id=format!("hst-vermerk-{}", v.name().to_lowercase()) beschriftung=format!("{} – {}", v.name(), v.bedeutung())
                    wert bei_eingabe=setzen deaktiviert/>
            }
        })
        .collect_view();
    let planfelder = (0..12)
        .map(|i| {
            let wert = Signal::derive(move || {
                entwurf.with(|e| e.monatsplan.get(i).cloned().unwrap_or_default())
            });
            let setzen = Callback::new(move |w: String| {
                entwurf.update(|e| {
                    e.monatsplan.resize(12, String::new());
                    e.monatsplan[i] = w;
                })
            });
            let feld = format!("hst-plan-{}", i + 1);
            view! {
                <Eingabe id=feld.clone() beschriftung=MONATE[i] schmal=true wert bei_eingabe=setzen
                    fehler=fehler_bei(fehler, feld) deaktiviert/>
            }
        })
        .collect_view();
    view! {
        <form class="formular" novalidate on:submit=speichern>
            <Fehlerzusammenfassung id="hst-fehler" fehler/>
            <Feldgruppe titel="Haushaltsstelle">
                <Eingabe id="hst-jahr" beschriftung="Haushaltsjahr" pflicht=true schmal=true wert=jahr bei_eingabe=jahr_s fehler=fehler_bei(fehler, "hst-jahr") deaktiviert/>
                <div class="formular__reihe">
                    <Eingabe id="hst-ep" beschriftung="Einzelplan" hinweis="2 Ziffern, z. B. 06" schmal=true wert=ep bei_eingabe=ep_s fehler=fehler_bei(fehler, "hst-ep") deaktiviert/>
                    <Eingabe id="hst-kapitel" beschriftung="Kapitel" hinweis="4 Ziffern, z. B. 0634" schmal=true wert=kap bei_eingabe=kap_s fehler=fehler_bei(fehler, "hst-kapitel") deaktiviert/>
                    <Eingabe id="hst-titel" beschriftung="Titel" hinweis="NNN NN, z. B. 532 01" schmal=true wert=titel bei_eingabe=titel_s fehler=fehler_bei(fehler, "hst-titel") deaktiviert/>
                    <Eingabe id="hst-tg" beschriftung="Titelgruppe" hinweis="2 Ziffern" schmal=true wert=tg bei_eingabe=tg_s fehler=fehler_bei(fehler, "hst-tg") deaktiviert/>
                </div>
                <Eingabe id="hst-frei" beschriftung="Freie Haushaltsstelle (Länder, Kommunen)" hinweis="Statt Einzelplan, Kapitel und Titel, z. B. Produktkonto 1.1.01.01 / 5431000" wert=frei bei_eingabe=frei_s fehler=fehler_bei(fehler, "hst-frei") deaktiviert/>
                <Eingabe id="hst-zweck" beschriftung="Zweckbestimmung" pflicht=true wert=zweck bei_eingabe=zweck_s fehler=fehler_bei(fehler, "hst-zweck") deaktiviert/>
                <div class="formular__reihe">
                    <Eingabe id="hst-fkz" beschriftung="Funktionskennzahl" hinweis="3 Ziffern" schmal=true wert=fkz bei_eingabe=fkz_s fehler=fehler_bei(fehler, "hst-fkz") deaktiviert/>
                    <Eingabe id="hst-bewirtschafter" beschriftung="Bewirtschafter / Titelverwalter" wert=bw bei_eingabe=bw_s fehler=fehler_bei(fehler, "hst-bewirtschafter") deaktiviert/>
                    <Eingabe id="hst-deckungskreis" beschriftung="Deckungskreis" wert=dk bei_eingabe=dk_s fehler=fehler_bei(fehler, "hst-deckungskreis") deaktiviert/>
                </div>
            </Feldgruppe>
            <Feldgruppe titel="Haushaltsvermerke">{vermerkfelder}</Feldgruppe>
            <Feldgruppe titel="Monatsplan (geplanter Abfluss je Monat, optional)">
                <p class="kern-hint" id="hst-monatsplan">"Leer lassen für keinen Monatsplan; dann gilt ein Zwölftel des verfügbaren Solls je Monat."</p>
                <div class="budget-monatsplan">{planfelder}</div>
            </Feldgruppe>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--primary" id="hst-speichern" disabled=deaktiviert>
                    <span class="kern-label">{if id.is_some() { "Haushaltsstelle speichern" } else { "Haushaltsstelle anlegen" }}</span>
                </button>
            </div>
            <p class="kern-body meldung-erfolg" role="status">{move || meldung.get()}</p>
        </form>
    }
}

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

/// The page of one Haushaltsstelle.
#[component]
pub fn Titelseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let bearbeitung = RwSignal::new(None::<u32>);
    let vorhanden = Memo::new(move |_| {
        daten.lies(|ab| ab.is_some_and(|ab| ab.werkzeuge.budgetmonitor.haushaltsstelle(id).is_some()))
    });
    move || {
        if !vorhanden.get() {
            return view! {
                <p class="kern-body">
                    "Diese Haushaltsstelle gibt es nicht (mehr). "
                    <a class="kern-link" href=href(&[])>"Zur Übersicht"</a>
                </p>
            }
            .into_any();
        }
        view! {
            <p class="kern-body"><a class="kern-link" href=href(&[])>"Zurück zur Übersicht"</a></p>
            <Zahlen id/>
            <h2 class="kern-heading-medium" id="buchungen">"Buchungen"</h2>
            <Buchungsformular id bearbeitung/>
            <Buchungsliste id bearbeitung/>
            <h2 class="kern-heading-medium">"Ansätze"</h2>
            <Ansaetze id/>
            <h2 class="kern-heading-medium">"Prognosen"</h2>
            <Prognosen id/>
            <h2 class="kern-heading-medium">"Verpflichtungsermächtigungen"</h2>
            <Ves id/>
            <h2 class="kern-heading-medium">"Stammdaten und Monatsplan"</h2>
            <Stellenformular id=Some(id)/>
            <Loeschen id/>
        }
        .into_any()
    }
}

/// Deleting the Haushaltsstelle with everything recorded on it, after confirmation.
#[component]
fn Loeschen(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let offen = RwSignal::new(false);
    let name = move || {
        daten.lies_ungetrackt(|ab| {
            ab.and_then(|ab| ab.werkzeuge.budgetmonitor.haushaltsstelle(id))
                .map(|h| h.bezeichnung())
                .unwrap_or_default()
        })
    };
    let loeschen = Callback::new(move |()| {
        let n = name();
        daten.aendere(&format!("Haushaltsstelle {n} gelöscht"), |ab| {
            ab.werkzeuge.budgetmonitor.entferne_haushaltsstelle(id)
        });
        daten.ansagen(format!("Haushaltsstelle {n} gelöscht."));
        browser::setze_hash(&href(&[]));
    });
    view! {
        <div class="knopfleiste">
            <button type="button" class="kern-btn kern-btn--secondary knopf--gefaehrlich" id="hst-loeschen"
                disabled=move || !daten.bearbeitbar() on:click=move |_| offen.set(true)>
                <span class="kern-label">"Haushaltsstelle löschen"</span>
            </button>
        </div>
        <Bestaetigung id="hst-loeschen-dialog" titel=Signal::derive(move || format!("Haushaltsstelle {} löschen?", name()))
            offen bestaetigen="Löschen" gefaehrlich=true bei_bestaetigung=loeschen>
            <p class="kern-body">"Die Haushaltsstelle wird mit allen Ansätzen, Buchungen, Prognosen und Verpflichtungsermächtigungen gelöscht. „Rückgängig“ stellt sie wieder her."</p>
        </Bestaetigung>
    }
}

/// The Titel's figures at the Stichtag.
#[component]
fn Zahlen(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeile = Memo::new(move |_| {
        daten.lies(|ab| {
            let bm = &ab?.werkzeuge.budgetmonitor;
            let h = bm.haushaltsstelle(id)?;
            let rahmen = Rahmen::von(bm, browser::heute());
            let a = calc::Auswertung::neu(bm, rahmen.stichtag);
            Some((calc::titelzeile(bm, h, rahmen, &a), rahmen))
        })
    });
    move || {
        zeile.with(|z| {
            let (t, rahmen) = z.as_ref()?;
            let s = t.summen;
            let e = format::euro;
            let werte = vec![
                ("Ansatz", e(s.ansatz)),
                ("Ausgabereste", e(s.reste)),
                ("Zuweisungen/Umsetzungen", e(s.zuweisungen)),
                ("Sperren", e(s.sperren)),
                ("verfügbares Soll", e(s.soll())),
                ("Ist", e(s.ist)),
                ("gebunden", e(s.gebunden)),
                ("frei", e(s.frei())),
                ("Abflussquote", prozent(s.abflussquote())),
                ("Bindungsquote", prozent(s.bindungsquote())),
                ("Soll-Abfluss bis Stichtag", e(s.plan_bis_stichtag)),
                ("Ist − Soll-Abfluss", e(s.abfluss_abweichung())),
                (
                    "statische Hochrechnung",
                    t.hochrechnung.map(e).unwrap_or_else(|| "–".to_owned()),
                ),
                (
                    "Prognose",
                    t.prognose
                        .as_ref()
                        .map(|p| format!("{} ({})", e(p.betrag), p.methode.name()))
                        .unwrap_or_else(|| "–".to_owned()),
                ),
                (
                    "Abweichung",
                    s.abweichung()
                        .map(|a| format!("{} ({})", e(a), prozent(s.abweichung_promille())))
                        .unwrap_or_else(|| "–".to_owned()),
                ),
                ("vorauss. Ausgaberest", t.ausgaberest.text()),
            ];
            let ampel = t.ampel;
            Some(view! {
                <p class="kern-body">{format!("Stand: Berichtsstichtag {} (Haushaltsjahr {})", rahmen.stichtag.deutsch(), rahmen.jahr)}</p>
                <dl class="kennzahlen" id="titel-kennzahlen">
                    {werte.into_iter().map(|(n, w)| view! {
                        <div class="kennzahlen__eintrag">
                            <dt class="kern-label">{n}</dt>
                            <dd class="kern-body kennzahlen__wert">{w}</dd>
                        </div>
                    }).collect_view()}
                    <div class="kennzahlen__eintrag">
                        <dt class="kern-label">"Ampel"</dt>
                        <dd class="kern-body kennzahlen__wert"><AmpelMarke ampel/></dd>
                    </div>
                </dl>
            })
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Buchungen
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
struct BuchungsEntwurf {
    art: String,
    datum: String,
    betrag: String,
    vertrag: String,
    bezug: String,
    ve: String,
    faelligkeit: String,
    ansatz: String,
    beleg: String,
}

/// Label of a booking in selects: "B12 · Festlegung (Bindung) · 900.000,00 € · V-1".
fn buchungsname(b: &Buchung) -> String {
    let mut t = format!("B{} · {} · {}", b.id, b.art.name(), format::euro(b.betrag));
    if !b.vertrag.is_empty() {
        t.push_str(" · ");
        t.push_str(&b.vertrag);
    }
    t
}

impl BuchungsEntwurf {
    fn aus(b: &Buchung) -> Self {
        let zahl = |z: Option<u32>| z.map(|z| z.to_string()).unwrap_or_default();
        BuchungsEntwurf {
            art: b.art.schluessel().to_owned(),
            datum: b.datum.map(Datum::deutsch).unwrap_or_default(),
            betrag: format::dezimal(b.betrag, 2),
            vertrag: b.vertrag.clone(),
            bezug: zahl(b.bezug),
            ve: zahl(b.ve),
            faelligkeit: b.faelligkeit.map(|j| j.to_string()).unwrap_or_default(),
            ansatz: zahl(b.ansatz),
            beleg: b.beleg.clone(),
        }
    }
}

/// The fast booking form; with `bearbeitung` set, it edits that booking instead.
#[component]
fn Buchungsformular(id: u32, bearbeitung: RwSignal<Option<u32>>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let entwurf = RwSignal::new(BuchungsEntwurf {
        art: Buchungsart::Ist.schluessel().to_owned(),
        datum: String::new(),
        betrag: String::new(),
        vertrag: String::new(),
        bezug: String::new(),
        ve: String::new(),
        faelligkeit: String::new(),
        ansatz: String::new(),
        beleg: String::new(),
    });
    let fehler: Fehler = RwSignal::new(Vec::new());
    let meldung = RwSignal::new(String::new());
    Effect::new(move |_| {
        let Some(bid) = bearbeitung.get() else { return };
        let b =
            daten.lies_ungetrackt(|ab| ab.and_then(|ab| ab.werkzeuge.budgetmonitor.buchung(bid).cloned()));
        if let Some(b) = b {
            entwurf.set(BuchungsEntwurf::aus(&b));
            fehler.set(Vec::new());
            meldung.set(String::new());
            browser::fokussiere("#bu-betrag");
        }
    });
    let leeren = move || {
        entwurf.update(|e| {
            e.betrag.clear();
            e.vertrag.clear();
            e.beleg.clear();
            e.bezug.clear();
        });
    };
    let abbrechen = move |_| {
        bearbeitung.set(None);
        leeren();
        entwurf.update(|e| {
            e.ve.clear();
            e.faelligkeit.clear();
            e.ansatz.clear();
        });
        fehler.set(Vec::new());
        browser::fokussiere("#bu-betrag");
    };
    let optionen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else {
                return (Vec::new(), Vec::new(), Vec::new());
            };
            let bm = &ab.werkzeuge.budgetmonitor;
            let bezuege: Vec<(String, String)> = bm
                .buchungen
                .iter()
                .filter(|b| b.haushaltsstelle == id && b.art != Buchungsart::Storno)
                .map(|b| (b.id.to_string(), buchungsname(b)))
                .collect();
            let ves: Vec<(String, String)> = bm
                .ves
                .iter()
                .filter(|v| v.haushaltsstelle == id)
                .map(|v| (v.id.to_string(), format!("VE{} · {}", v.id, v.bezeichnung)))
                .collect();
            let ansaetze: Vec<(String, String)> = bm
                .ansaetze
                .iter()
                .filter(|a| a.haushaltsstelle == id)
                .map(|a| (a.id.to_string(), ansatzname(ab, a)))
                .collect();
            (bezuege, ves, ansaetze)
        })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let art = Buchungsart::aus_schluessel(&e.art).unwrap_or_default();
        let betrag_cent = match format::euro_lesen(&e.betrag) {
            Ok(c) => c,
            Err(m) => {
                probleme.push(("bu-betrag".to_owned(), format!("Betrag: {m}")));
                0
            }
        };
        let d = datum(&e.datum, "bu-datum", "Datum", &mut probleme);
        let zahl = |t: &str| t.trim().parse::<u32>().ok();
        let faelligkeit = match e.faelligkeit.trim() {
            "" => None,
            t => match t.parse::<i32>() {
                Ok(j) => Some(j),
                Err(_) => {
                    probleme.push((
                        "bu-faelligkeit".to_owned(),
                        "Fälligkeit: ein Jahr, z. B. 2027.".to_owned(),
                    ));
                    None
                }
            },
        };
        let geaendert = bearbeitung.get_untracked();
        let mut b = Buchung {
            id: geaendert.unwrap_or(0),
            haushaltsstelle: id,
            art,
            datum: d,
            betrag: betrag_cent,
            vertrag: e.vertrag.trim().to_owned(),
            bezug: zahl(&e.bezug),
            ve: zahl(&e.ve),
            faelligkeit,
            ansatz: zahl(&e.ansatz),
            beleg: e.beleg.trim().to_owned(),
        };
        if probleme.is_empty() {
            let pruefung = daten.lies_ungetrackt(|ab| {
                ab.map(|ab| match geaendert {
                    Some(_) => ab.werkzeuge.budgetmonitor.pruefe_aenderung(&b),
                    None => ab.werkzeuge.budgetmonitor.pruefe_buchung(&b),
                })
                .unwrap_or_default()
            });
            probleme.extend(pruefung);
        }
        if !probleme.is_empty() {
            meldung.set(String::new());
            fehler.set(probleme);
            return;
        }
        fehler.set(Vec::new());
        let text = format!("{} über {}", art.name(), format::euro(betrag_cent));
        if let Some(bid) = geaendert {
            daten.aendere(&format!("Buchung B{bid} geändert: {text}"), |ab| {
                // Checked above with the same data; a refusal leaves the booking as it was.
                let _ = ab.werkzeuge.budgetmonitor.aendere_buchung(b.clone());
            });
            meldung.set(format!("Buchung B{bid} geändert: {text}."));
            bearbeitung.set(None);
        } else {
            daten.aendere(&format!("Buchung erfasst: {text}"), |ab| {
                b.id = ab.werkzeuge.budgetmonitor.neue_id();
                ab.werkzeuge.budgetmonitor.buchungen.push(b.clone());
            });
            meldung.set(format!("Buchung B{} erfasst: {text}.", b.id));
        }
        leeren();
        browser::fokussiere("#bu-betrag");
    };
    let (art, art_s) = feldbindung!(entwurf.art);
    let (dat, dat_s) = feldbindung!(entwurf.datum);
    let (betr, betr_s) = feldbindung!(entwurf.betrag);
    let (vertrag, vertrag_s) = feldbindung!(entwurf.vertrag);
    let (bezug, bezug_s) = feldbindung!(entwurf.bezug);
    let (ve, ve_s) = feldbindung!(entwurf.ve);
    let (faell, faell_s) = feldbindung!(entwurf.faelligkeit);
    let (ansatz, ansatz_s) = feldbindung!(entwurf.ansatz);
    let (beleg, beleg_s) = feldbindung!(entwurf.beleg);
    let arten: Vec<(String, String)> = Buchungsart::ALLE
        .iter()
        .map(|a| (a.schluessel().to_owned(), a.name().to_owned()))
        .collect();
    view! {
        <h3 class="kern-heading-small" id="bu-titel">
            {move || match bearbeitung.get() {
                Some(bid) => format!("B{bid} bearbeiten"),
                None => "Neue Buchung".to_owned(),
            }}
        </h3>
        <form class="formular" novalidate on:submit=speichern id="buchungsformular" aria-labelledby="bu-titel">
            <Fehlerzusammenfassung id="bu-fehler" fehler/>
            <Feldgruppe titel="Buchungsdaten">
                <div class="formular__reihe">
                    <Auswahl id="bu-art" beschriftung="Art" pflicht=true optionen=arten wert=art bei_eingabe=art_s fehler=fehler_bei(fehler, "bu-art") deaktiviert/>
                    <Eingabe id="bu-datum" beschriftung="Datum" hinweis="TT.MM.JJJJ" pflicht=true schmal=true wert=dat bei_eingabe=dat_s fehler=fehler_bei(fehler, "bu-datum") deaktiviert/>
                    <Eingabe id="bu-betrag" beschriftung="Betrag in Euro" hinweis="z. B. 1.234,56" pflicht=true schmal=true wert=betr bei_eingabe=betr_s fehler=fehler_bei(fehler, "bu-betrag") deaktiviert/>
                </div>
                <div class="formular__reihe">
                    <Eingabe id="bu-vertrag" beschriftung="Auftrag/Vertrag" wert=vertrag bei_eingabe=vertrag_s fehler=fehler_bei(fehler, "bu-vertrag") deaktiviert/>
                    <Eingabe id="bu-beleg" beschriftung="Kassenzeichen / Beleg" wert=beleg bei_eingabe=beleg_s fehler=fehler_bei(fehler, "bu-beleg") deaktiviert/>
                </div>
                {move || {
                    let (bezuege, ves, ansaetze) = optionen.get();
                    view! {
                        <div class="formular__reihe">
                            <Auswahl id="bu-bezug" beschriftung="Bezug (begleicht / storniert)"
                                hinweis="Zahlung auf eine Festlegung oder Vorbindung, Festlegung auf eine Vorbindung, Storno auf jede Buchung"
                                optionen=mit_leerem_wert("kein Bezug", bezuege) wert=bezug bei_eingabe=bezug_s fehler=fehler_bei(fehler, "bu-bezug") deaktiviert/>
                            <Auswahl id="bu-ansatz" beschriftung="Ansatz (Projekt, Quelle)"
                                optionen=mit_leerem_wert("nicht zugeordnet", ansaetze) wert=ansatz bei_eingabe=ansatz_s fehler=fehler_bei(fehler, "bu-ansatz") deaktiviert/>
                        </div>
                        <div class="formular__reihe">
                            <Auswahl id="bu-ve" beschriftung="VE (nur bei VE-Inanspruchnahme)"
                                optionen=mit_leerem_wert("keine", ves) wert=ve bei_eingabe=ve_s fehler=fehler_bei(fehler, "bu-ve") deaktiviert/>
                            <Eingabe id="bu-faelligkeit" beschriftung="Fälligkeit (Haushaltsjahr)" hinweis="z. B. 2027" schmal=true wert=faell bei_eingabe=faell_s fehler=fehler_bei(fehler, "bu-faelligkeit") deaktiviert/>
                        </div>
                    }
                }}
            </Feldgruppe>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--primary" id="bu-speichern" disabled=deaktiviert>
                    <span class="kern-label">{move || if bearbeitung.get().is_some() { "Änderungen speichern" } else { "Buchung erfassen" }}</span>
                </button>
                {move || bearbeitung.get().is_some().then(|| view! {
                    <button type="button" class="kern-btn kern-btn--secondary" id="bu-abbrechen" on:click=abbrechen>
                        <span class="kern-label">"Abbrechen"</span>
                    </button>
                })}
            </div>
            <p class="kern-body meldung-erfolg" role="status" id="bu-meldung">{move || meldung.get()}</p>
        </form>
    }
}

/// Name of an Ansatz: project and source.
fn ansatzname(ab: &crate::daten::arbeitsbereich::Arbeitsbereich, a: &Ansatz) -> String {
    let projekt = a
        .projekt
        .and_then(|p| ab.werkzeuge.multiprojektplan.projekt(p))
        .map(|p| format!("{} {}", p.kennung, p.titel))
        .unwrap_or_else(|| "ohne Projekt".to_owned());
    let quelle = ab.werkzeuge.budgetmonitor.quellenname(a.quelle);
    if quelle.is_empty() {
        format!("A{} · {projekt}", a.id)
    } else {
        format!("A{} · {projekt} · {quelle}", a.id)
    }
}

/// The bookings of the Titel; "bearbeiten" sets `bearbeitung` for the form above.
#[component]
fn Buchungsliste(id: u32, bearbeitung: RwSignal<Option<u32>>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let meldung = RwSignal::new(String::new());
    let zeilen = move || {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let bm = &ab.werkzeuge.budgetmonitor;
            let rahmen = Rahmen::von(bm, browser::heute());
            let a = calc::Auswertung::neu(bm, rahmen.stichtag);
            let mut liste: Vec<&Buchung> = bm.buchungen.iter().filter(|b| b.haushaltsstelle == id).collect();
            liste.sort_by_key(|b| (b.datum, b.id));
            liste
                .into_iter()
                .map(|b| {
                    let bid = b.id;
                    let loeschen = move |_| {
                        let mut ergebnis = Ok(());
                        daten.aendere(&format!("Buchung B{bid} gelöscht"), |ab| {
                            ergebnis = ab.werkzeuge.budgetmonitor.entferne_buchung(bid);
                        });
                        meldung.set(match ergebnis {
                            Ok(()) => format!("Buchung B{bid} gelöscht."),
                            Err(m) => m,
                        });
                    };
                    view! {
                        <tr>
                            <th scope="row">{format!("B{}", b.id)}</th>
                            <td>{b.datum.map(Datum::deutsch).unwrap_or_default()}</td>
                            <td>{b.art.name()}</td>
                            <td class="zahl">{format::euro(b.betrag)}</td>
                            <td class="zahl">{a.wirksam.get(&b.id).map(|w| format::euro(*w)).unwrap_or_else(|| "–".to_owned())}</td>
                            <td class="zahl">{a.offen.get(&b.id).map(|w| format::euro(*w)).unwrap_or_default()}</td>
                            <td>{b.bezug.map(|z| format!("B{z}")).unwrap_or_default()}</td>
                            <td>{b.vertrag.clone()}</td>
                            <td>{b.faelligkeit.map(|j| j.to_string()).unwrap_or_default()}</td>
                            <td>{b.beleg.clone()}</td>
                            <td>
                                <button type="button" class="kern-btn kern-btn--tertiary" id=format!("bu-bearbeiten-{bid}") disabled=move || !daten.bearbeitbar()
                                    on:click=move |_| bearbeitung.set(Some(bid))>
                                    <span class="kern-label">{format!("B{bid} bearbeiten")}</span>
                                </button>
                                <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                    on:click=loeschen>
                                    <span class="kern-label">{format!("B{} löschen", b.id)}</span>
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <p class="kern-body" role="status">{move || meldung.get()}</p>
        <Tabelle id="buchungen-titel" titel="Buchungen dieser Haushaltsstelle (wirksam = nach Storno; offen = noch gebunden)">
            <thead>
                <tr>
                    <th scope="col">"ID"</th>
                    <th scope="col">"Datum"</th>
                    <th scope="col">"Art"</th>
                    <th scope="col">"Betrag"</th>
                    <th scope="col">"wirksam"</th>
                    <th scope="col">"offen"</th>
                    <th scope="col">"Bezug"</th>
                    <th scope="col">"Auftrag/Vertrag"</th>
                    <th scope="col">"Fälligkeit"</th>
                    <th scope="col">"Beleg"</th>
                    <th scope="col">"Aktion"</th>
                </tr>
            </thead>
            <tbody id="buchungsliste">{zeilen}</tbody>
        </Tabelle>
    }
}

// ---------------------------------------------------------------------------------------------
// Ansätze
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq)]
struct AnsatzEntwurf {
    projekt: String,
    quelle: String,
    ansatz: String,
    reste: String,
    zuweisungen: String,
    sperren: String,
}

impl AnsatzEntwurf {
    fn aus(a: &Ansatz) -> Self {
        AnsatzEntwurf {
            projekt: a.projekt.map(|p| p.to_string()).unwrap_or_default(),
            quelle: a.quelle.map(|q| q.to_string()).unwrap_or_default(),
            ansatz: format::dezimal(a.ansatz, 2),
            reste: format::dezimal(a.reste, 2),
            zuweisungen: format::dezimal(a.zuweisungen, 2),
            sperren: format::dezimal(a.sperren, 2),
        }
    }
}

/// The Ansätze of the Titel with a form to add one or edit one ("A5 bearbeiten").
#[component]
fn Ansaetze(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let entwurf = RwSignal::new(AnsatzEntwurf::default());
    let fehler: Fehler = RwSignal::new(Vec::new());
    let meldung = RwSignal::new(String::new());
    let bearbeitet = RwSignal::new(None::<u32>);
    let bearbeiten = move |aid: u32| {
        let a = daten.lies_ungetrackt(|ab| ab.and_then(|ab| ab.werkzeuge.budgetmonitor.ansatz(aid).cloned()));
        if let Some(a) = a {
            entwurf.set(AnsatzEntwurf::aus(&a));
            bearbeitet.set(Some(aid));
            fehler.set(Vec::new());
            meldung.set(String::new());
            browser::fokussiere("#an-ansatz");
        }
    };
    let abbrechen = move |_| {
        bearbeitet.set(None);
        entwurf.set(AnsatzEntwurf::default());
        fehler.set(Vec::new());
    };
    let optionen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else {
                return (Vec::new(), Vec::new());
            };
            (
                ab.werkzeuge.multiprojektplan
                    .projekte
                    .iter()
                    .map(|p| (p.id.to_string(), format!("{} {}", p.kennung, p.titel)))
                    .collect::<Vec<_>>(),
                ab.werkzeuge.budgetmonitor
                    .quellen
                    .iter()
                    .map(|q| (q.id.to_string(), q.name.clone()))
                    .collect::<Vec<_>>(),
            )
        })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut p = Vec::new();
        let geaendert = bearbeitet.get_untracked();
        let mut a = Ansatz {
            id: geaendert.unwrap_or(0),
            haushaltsstelle: id,
            projekt: e.projekt.parse().ok(),
            quelle: e.quelle.parse().ok(),
            ansatz: betrag(&e.ansatz, "an-ansatz", "Ansatz", &mut p),
            reste: betrag(&e.reste, "an-reste", "Ausgabereste", &mut p),
            zuweisungen: betrag(&e.zuweisungen, "an-zuweisungen", "Zuweisungen", &mut p),
            sperren: betrag(&e.sperren, "an-sperren", "Sperren", &mut p),
        };
        p.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.budgetmonitor.pruefe_ansatz(&a))
                .unwrap_or_default()
        }));
        if !p.is_empty() {
            fehler.set(p);
            return;
        }
        fehler.set(Vec::new());
        if let Some(aid) = geaendert {
            let mut ergebnis = Ok(());
            daten.aendere(&format!("Ansatz A{aid} geändert"), |ab| {
                ergebnis = ab.werkzeuge.budgetmonitor.aendere_ansatz(a.clone());
            });
            if let Err(f) = ergebnis {
                fehler.set(f);
                return;
            }
            meldung.set(format!("Ansatz A{aid} geändert."));
            bearbeitet.set(None);
        } else {
            daten.aendere("Ansatz erfasst", |ab| {
                a.id = ab.werkzeuge.budgetmonitor.neue_id();
                ab.werkzeuge.budgetmonitor.ansaetze.push(a.clone());
            });
            meldung.set(format!("Ansatz A{} erfasst.", a.id));
        }
        entwurf.set(AnsatzEntwurf::default());
    };
    let zeilen = move || {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            ab.werkzeuge.budgetmonitor
                .ansaetze
                .iter()
                .filter(|a| a.haushaltsstelle == id)
                .map(|a| {
                    let aid = a.id;
                    let verwendet = ab.werkzeuge.budgetmonitor.buchungen.iter().any(|b| b.ansatz == Some(aid));
                    let loeschen = move |_| {
                        daten.aendere(&format!("Ansatz A{aid} gelöscht"), |ab| {
                            ab.werkzeuge.budgetmonitor.ansaetze.retain(|x| x.id != aid);
                        });
                    };
                    view! {
                        <tr>
                            <th scope="row">{ansatzname(ab, a)}</th>
                            <td class="zahl">{format::euro(a.ansatz)}</td>
                            <td class="zahl">{format::euro(a.reste)}</td>
                            <td class="zahl">{format::euro(a.zuweisungen)}</td>
                            <td class="zahl">{format::euro(a.sperren)}</td>
                            <td class="zahl">{format::euro(a.ansatz + a.reste + a.zuweisungen - a.sperren)}</td>
                            <td>
                                <button type="button" class="kern-btn kern-btn--tertiary" id=format!("an-bearbeiten-{aid}") disabled=move || !daten.bearbeitbar()
                                    on:click=move |_| bearbeiten(aid)>
                                    <span class="kern-label">{format!("A{aid} bearbeiten")}</span>
                                </button>
                                {if verwendet {
                                    view! { <span class="kern-body">"mit Buchungen"</span> }.into_any()
                                } else {
                                    view! {
                                        <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar() on:click=loeschen>
                                            <span class="kern-label">{format!("A{aid} löschen")}</span>
                                        </button>
                                    }.into_any()
                                }}
                            </td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let (projekt, projekt_s) = feldbindung!(entwurf.projekt);
    let (quelle, quelle_s) = feldbindung!(entwurf.quelle);
    let (ansatz, ansatz_s) = feldbindung!(entwurf.ansatz);
    let (reste, reste_s) = feldbindung!(entwurf.reste);
    let (zuw, zuw_s) = feldbindung!(entwurf.zuweisungen);
    let (sperren, sperren_s) = feldbindung!(entwurf.sperren);
    view! {
        <Tabelle id="ansaetze-titel" titel="Ansätze dieser Haushaltsstelle">
            <thead>
                <tr>
                    <th scope="col">"Ansatz (Projekt, Quelle)"</th>
                    <th scope="col">"Ansatz"</th>
                    <th scope="col">"Ausgabereste"</th>
                    <th scope="col">"Zuweisungen"</th>
                    <th scope="col">"Sperren"</th>
                    <th scope="col">"verf. Soll"</th>
                    <th scope="col">"Aktion"</th>
                </tr>
            </thead>
            <tbody id="ansatzliste">{zeilen}</tbody>
        </Tabelle>
        <h3 class="kern-heading-small" id="an-titel">
            {move || match bearbeitet.get() {
                Some(aid) => format!("A{aid} bearbeiten"),
                None => "Neuer Ansatz".to_owned(),
            }}
        </h3>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="an-titel">
            <Fehlerzusammenfassung id="an-fehler" fehler/>
            <Feldgruppe titel="Ansatzdaten">
                {move || {
                    let (projekte, quellen) = optionen.get();
                    view! {
                        <div class="formular__reihe">
                            <Auswahl id="an-projekt" beschriftung="Projekt (Multiprojektplan)" optionen=mit_leerem_wert("ohne Projekt", projekte) wert=projekt bei_eingabe=projekt_s deaktiviert/>
                            <Auswahl id="an-quelle" beschriftung="Finanzierungsquelle" optionen=mit_leerem_wert("nicht angegeben", quellen) wert=quelle bei_eingabe=quelle_s deaktiviert/>
                        </div>
                    }
                }}
                <div class="formular__reihe">
                    <Eingabe id="an-ansatz" beschriftung="Ansatz in Euro" hinweis="z. B. 250.000,00" schmal=true wert=ansatz bei_eingabe=ansatz_s fehler=fehler_bei(fehler, "an-ansatz") deaktiviert/>
                    <Eingabe id="an-reste" beschriftung="Ausgabereste in Euro" schmal=true wert=reste bei_eingabe=reste_s fehler=fehler_bei(fehler, "an-reste") deaktiviert/>
                    <Eingabe id="an-zuweisungen" beschriftung="Zuweisungen/Umsetzungen (+/−)" schmal=true wert=zuw bei_eingabe=zuw_s fehler=fehler_bei(fehler, "an-zuweisungen") deaktiviert/>
                    <Eingabe id="an-sperren" beschriftung="Sperren in Euro" schmal=true wert=sperren bei_eingabe=sperren_s fehler=fehler_bei(fehler, "an-sperren") deaktiviert/>
                </div>
            </Feldgruppe>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--secondary" id="an-speichern" disabled=deaktiviert>
                    <span class="kern-label">{move || if bearbeitet.get().is_some() { "Änderungen speichern" } else { "Ansatz erfassen" }}</span>
                </button>
                {move || bearbeitet.get().is_some().then(|| view! {
                    <button type="button" class="kern-btn kern-btn--secondary" id="an-abbrechen" on:click=abbrechen>
                        <span class="kern-label">"Abbrechen"</span>
                    </button>
                })}
            </div>
            <p class="kern-body meldung-erfolg" role="status">{move || meldung.get()}</p>
        </form>
    }
}

// ---------------------------------------------------------------------------------------------
// Prognosen
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq)]
struct PrognoseEntwurf {
    stichtag: String,
    betrag: String,
    methode: String,
    erlaeuterung: String,
    tendenz: String,
}

impl PrognoseEntwurf {
    fn aus(p: &Prognose) -> Self {
        PrognoseEntwurf {
            stichtag: p.stichtag.map(Datum::deutsch).unwrap_or_default(),
            betrag: format::dezimal(p.betrag, 2),
            methode: p.methode.name().to_owned(),
            erlaeuterung: p.erlaeuterung.clone(),
            tendenz: p.tendenz.name().to_owned(),
        }
    }
}

/// The Titel's forecasts and a form for a new one or for editing one ("P7 bearbeiten").
#[component]
fn Prognosen(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let vorgabe = move || {
        let stichtag = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| Rahmen::von(&ab.werkzeuge.budgetmonitor, browser::heute()).stichtag)
                .unwrap_or_else(browser::heute)
        });
        PrognoseEntwurf {
            stichtag: stichtag.deutsch(),
            methode: Prognosemethode::Manuell.name().to_owned(),
            ..PrognoseEntwurf::default()
        }
    };
    let entwurf = RwSignal::new(vorgabe());
    let fehler: Fehler = RwSignal::new(Vec::new());
    let meldung = RwSignal::new(String::new());
    let bearbeitet = RwSignal::new(None::<u32>);
    let bearbeiten = move |pid: u32| {
        let p = daten.lies_ungetrackt(|ab| {
            ab.and_then(|ab| {
                ab.werkzeuge.budgetmonitor
                    .prognosen
                    .iter()
                    .find(|p| p.id == pid)
                    .cloned()
            })
        });
        if let Some(p) = p {
            entwurf.set(PrognoseEntwurf::aus(&p));
            bearbeitet.set(Some(pid));
            fehler.set(Vec::new());
            meldung.set(String::new());
            browser::fokussiere("#pr-betrag");
        }
    };
    let abbrechen = move |_| {
        bearbeitet.set(None);
        entwurf.set(vorgabe());
        fehler.set(Vec::new());
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let geaendert = bearbeitet.get_untracked();
        let mut p = Vec::new();
        let stichtag = datum(&e.stichtag, "pr-stichtag", "Stichtag", &mut p);
        if stichtag.is_none() && e.stichtag.trim().is_empty() {
            p.push((
                "pr-stichtag".to_owned(),
                "Geben Sie den Stichtag der Prognose ein.".to_owned(),
            ));
        }
        let betrag_cent = match format::euro_lesen(&e.betrag) {
            Ok(c) if c >= 0 => c,
            Ok(_) => {
                p.push((
                    "pr-betrag".to_owned(),
                    "Die Prognose ist nicht negativ.".to_owned(),
                ));
                0
            }
            Err(m) => {
                p.push(("pr-betrag".to_owned(), format!("Prognose: {m}")));
                0
            }
        };
        if e.erlaeuterung.chars().count() > MAX_LANGTEXT {
            p.push((
                "pr-erlaeuterung".to_owned(),
                format!("Erläuterung: höchstens {MAX_LANGTEXT} Zeichen."),
            ));
        }
        if !p.is_empty() {
            fehler.set(p);
            return;
        }
        fehler.set(Vec::new());
        let mut prognose = Prognose {
            id: geaendert.unwrap_or(0),
            haushaltsstelle: id,
            stichtag,
            betrag: betrag_cent,
            methode: Prognosemethode::ALLE
                .iter()
                .copied()
                .find(|m| m.name() == e.methode)
                .unwrap_or_default(),
            erlaeuterung: e.erlaeuterung.trim().to_owned(),
            tendenz: Tendenz::ALLE
                .iter()
                .copied()
                .find(|t| t.name() == e.tendenz)
                .unwrap_or_default(),
        };
        if let Some(pid) = geaendert {
            let mut ergebnis = Ok(());
            daten.aendere(&format!("Prognose P{pid} geändert"), |ab| {
                ergebnis = ab.werkzeuge.budgetmonitor.aendere_prognose(prognose.clone());
            });
            if let Err(f) = ergebnis {
                fehler.set(f);
                return;
            }
            meldung.set(format!(
                "Prognose P{pid} geändert: {}.",
                format::euro(betrag_cent)
            ));
            bearbeitet.set(None);
        } else {
            daten.aendere("Prognose erfasst", |ab| {
                prognose.id = ab.werkzeuge.budgetmonitor.neue_id();
                ab.werkzeuge.budgetmonitor.prognosen.push(prognose.clone());
            });
            meldung.set(format!(
                "Prognose über {} erfasst.",
                format::euro(betrag_cent)
            ));
        }
        entwurf.set(vorgabe());
    };
    let zeilen = move || {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let mut liste: Vec<&Prognose> = ab.werkzeuge.budgetmonitor.prognosen.iter().filter(|p| p.haushaltsstelle == id).collect();
            liste.sort_by_key(|p| (std::cmp::Reverse(p.stichtag), std::cmp::Reverse(p.id)));
            liste
                .into_iter()
                .map(|p| {
                    let pid = p.id;
                    view! {
                        <tr>
                            <th scope="row">{p.stichtag.map(Datum::deutsch).unwrap_or_default()}</th>
                            <td class="zahl">{format::euro(p.betrag)}</td>
                            <td>{p.methode.name()}</td>
                            <td>{p.tendenz.name()}</td>
                            <td>{p.erlaeuterung.clone()}</td>
                            <td>
                                <button type="button" class="kern-btn kern-btn--tertiary" id=format!("pr-bearbeiten-{pid}") disabled=move || !daten.bearbeitbar()
                                    on:click=move |_| bearbeiten(pid)>
                                    <span class="kern-label">{format!("P{pid} bearbeiten")}</span>
                                </button>
                                <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                    on:click=move |_| daten.aendere("Prognose gelöscht", |ab| ab.werkzeuge.budgetmonitor.prognosen.retain(|x| x.id != pid))>
                                    <span class="kern-label">"Prognose löschen"</span>
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let (stichtag, stichtag_s) = feldbindung!(entwurf.stichtag);
    let (betr, betr_s) = feldbindung!(entwurf.betrag);
    let (methode, methode_s) = feldbindung!(entwurf.methode);
    let (erl, erl_s) = feldbindung!(entwurf.erlaeuterung);
    let (tendenz, tendenz_s) = feldbindung!(entwurf.tendenz);
    let methoden: Vec<(String, String)> = Prognosemethode::ALLE
        .iter()
        .map(|m| (m.name().to_owned(), m.name().to_owned()))
        .collect();
    let tendenzen: Vec<(String, String)> = Tendenz::ALLE
        .iter()
        .map(|t| {
            (
                t.name().to_owned(),
                if *t == Tendenz::Keine {
                    "keine Angabe".to_owned()
                } else {
                    t.name().to_owned()
                },
            )
        })
        .collect();
    view! {
        <p class="kern-body">"Maßgeblich ist die letzte Prognose zum oder vor dem Berichtsstichtag; ohne Prognose gilt die statische Hochrechnung."</p>
        <Tabelle id="prognosen-titel" titel="Prognosen zum Jahresende, neueste zuerst">
            <thead>
                <tr>
                    <th scope="col">"Stichtag"</th>
                    <th scope="col">"Prognose"</th>
                    <th scope="col">"Methode"</th>
                    <th scope="col">"Tendenz"</th>
                    <th scope="col">"Erläuterung"</th>
                    <th scope="col">"Aktion"</th>
                </tr>
            </thead>
            <tbody>{zeilen}</tbody>
        </Tabelle>
        <h3 class="kern-heading-small" id="pr-titel">
            {move || match bearbeitet.get() {
                Some(pid) => format!("P{pid} bearbeiten"),
                None => "Neue Prognose".to_owned(),
            }}
        </h3>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="pr-titel">
            <Fehlerzusammenfassung id="pr-fehler" fehler/>
            <Feldgruppe titel="Prognosedaten">
                <div class="formular__reihe">
                    <Eingabe id="pr-stichtag" beschriftung="Stichtag" hinweis="TT.MM.JJJJ" pflicht=true schmal=true wert=stichtag bei_eingabe=stichtag_s fehler=fehler_bei(fehler, "pr-stichtag") deaktiviert/>
                    <Eingabe id="pr-betrag" beschriftung="Prognose Jahresende in Euro" pflicht=true schmal=true wert=betr bei_eingabe=betr_s fehler=fehler_bei(fehler, "pr-betrag") deaktiviert/>
                    <Auswahl id="pr-methode" beschriftung="Methode" optionen=methoden wert=methode bei_eingabe=methode_s deaktiviert/>
                    <Auswahl id="pr-tendenz" beschriftung="Tendenz" optionen=tendenzen wert=tendenz bei_eingabe=tendenz_s deaktiviert/>
                </div>
                <Eingabe id="pr-erlaeuterung" beschriftung="Erläuterung" mehrzeilig=true wert=erl bei_eingabe=erl_s fehler=fehler_bei(fehler, "pr-erlaeuterung") deaktiviert/>
            </Feldgruppe>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--secondary" id="pr-speichern" disabled=deaktiviert>
                    <span class="kern-label">{move || if bearbeitet.get().is_some() { "Änderungen speichern" } else { "Prognose erfassen" }}</span>
                </button>
                {move || bearbeitet.get().is_some().then(|| view! {
                    <button type="button" class="kern-btn kern-btn--secondary" id="pr-abbrechen" on:click=abbrechen>
                        <span class="kern-label">"Abbrechen"</span>
                    </button>
                })}
            </div>
            <p class="kern-body meldung-erfolg" role="status">{move || meldung.get()}</p>
        </form>
    }
}

// ---------------------------------------------------------------------------------------------
// VE
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq)]
struct VeEntwurf {
    bezeichnung: String,
    ansatz: String,
    faelligkeiten: String,
}

/// Reads "2027: 1.000,00; 2028: 500,00".
fn faelligkeiten_lesen(text: &str) -> Result<Vec<(i32, i64)>, String> {
    let mut liste = Vec::new();
    for teil in text.split(';').map(str::trim).filter(|t| !t.is_empty()) {
        let (jahr, betrag) = teil.split_once(':').ok_or_else(|| {
            format!("„{teil}“: Bitte als Jahr: Betrag eingeben, z. B. 2027: 1.000,00.")
        })?;
        let jahr = jahr
            .trim()
            .parse::<i32>()
            .map_err(|_| format!("„{}“ ist kein Jahr.", jahr.trim()))?;
        liste.push((jahr, format::euro_lesen(betrag)?));
    }
    liste.sort();
    Ok(liste)
}

impl VeEntwurf {
    fn aus(v: &Verpflichtungsermaechtigung) -> Self {
        VeEntwurf {
            bezeichnung: v.bezeichnung.clone(),
            ansatz: format::dezimal(v.ansatz, 2),
            faelligkeiten: v
                .faelligkeiten
                .iter()
                .map(|(j, b)| format!("{j}: {}", format::dezimal(*b, 2)))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

/// The Titel's VEs, a form for a new one or for editing one ("VE5 bearbeiten"), and deleting
/// one after confirmation.
#[component]
fn Ves(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let entwurf = RwSignal::new(VeEntwurf::default());
    let fehler: Fehler = RwSignal::new(Vec::new());
    let meldung = RwSignal::new(String::new());
    let hinweis = RwSignal::new(String::new());
    let bearbeitet = RwSignal::new(None::<u32>);
    let bearbeiten = move |vid: u32| {
        let v = daten.lies_ungetrackt(|ab| {
            ab.and_then(|ab| ab.werkzeuge.budgetmonitor.ves.iter().find(|v| v.id == vid).cloned())
        });
        if let Some(v) = v {
            entwurf.set(VeEntwurf::aus(&v));
            bearbeitet.set(Some(vid));
            fehler.set(Vec::new());
            meldung.set(String::new());
            browser::fokussiere("#ve-bezeichnung");
        }
    };
    let abbrechen = move |_| {
        bearbeitet.set(None);
        entwurf.set(VeEntwurf::default());
        fehler.set(Vec::new());
    };
    let zu_loeschen = RwSignal::new(None::<u32>);
    let offen = RwSignal::new(false);
    let ve_name = move |vid: u32| {
        daten.lies_ungetrackt(|ab| {
            ab.and_then(|ab| ab.werkzeuge.budgetmonitor.ves.iter().find(|v| v.id == vid))
                .map(|v| format!("VE{} „{}“", v.id, v.bezeichnung))
                .unwrap_or_else(|| format!("VE{vid}"))
        })
    };
    let loeschen = Callback::new(move |()| {
        let Some(vid) = zu_loeschen.get_untracked() else {
            return;
        };
        let name = ve_name(vid);
        let mut ergebnis = Ok(());
        daten.aendere(&format!("{name} gelöscht"), |ab| {
            ergebnis = ab.werkzeuge.budgetmonitor.entferne_ve(vid);
        });
        hinweis.set(match ergebnis {
            Ok(()) => format!("{name} gelöscht."),
            Err(m) => m,
        });
        zu_loeschen.set(None);
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut p = Vec::new();
        let ansatz = betrag(&e.ansatz, "ve-ansatz", "VE-Ansatz", &mut p);
        if ansatz <= 0 && p.is_empty() {
            p.push((
                "ve-ansatz".to_owned(),
                "Geben Sie einen positiven VE-Ansatz ein.".to_owned(),
            ));
        }
        if e.bezeichnung.trim().is_empty() {
            p.push((
                "ve-bezeichnung".to_owned(),
                "Geben Sie eine Bezeichnung ein.".to_owned(),
            ));
        }
        let faelligkeiten = faelligkeiten_lesen(&e.faelligkeiten).unwrap_or_else(|m| {
            p.push(("ve-faelligkeiten".to_owned(), format!("Fälligkeiten: {m}")));
            Vec::new()
        });
        if !p.is_empty() {
            fehler.set(p);
            return;
        }
        fehler.set(Vec::new());
        let geaendert = bearbeitet.get_untracked();
        let mut ve = Verpflichtungsermaechtigung {
            id: geaendert.unwrap_or(0),
            haushaltsstelle: id,
            bezeichnung: e.bezeichnung.trim().to_owned(),
            ansatz,
            faelligkeiten,
        };
        if let Some(vid) = geaendert {
            let mut ergebnis = Ok(());
            daten.aendere(&format!("VE{vid} geändert"), |ab| {
                ergebnis = ab.werkzeuge.budgetmonitor.aendere_ve(ve.clone());
            });
            if let Err(f) = ergebnis {
                fehler.set(f);
                return;
            }
            meldung.set(format!("VE{vid} geändert."));
            bearbeitet.set(None);
        } else {
            daten.aendere("VE erfasst", |ab| {
                ve.id = ab.werkzeuge.budgetmonitor.neue_id();
                ab.werkzeuge.budgetmonitor.ves.push(ve.clone());
            });
            meldung.set(format!("VE{} erfasst.", ve.id));
        }
        entwurf.set(VeEntwurf::default());
    };
    let zeilen = move || {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let bm = &ab.werkzeuge.budgetmonitor;
            let rahmen = Rahmen::von(bm, browser::heute());
            calc::ve_zeilen(bm, Rahmen { jahr: bm.haushaltsstelle(id).map_or(rahmen.jahr, |h| h.haushaltsjahr), ..rahmen })
                .into_iter()
                .filter(|(v, _)| v.haushaltsstelle == id)
                .map(|(v, z)| {
                    let vid = v.id;
                    let fragen = move |_| {
                        let pruefung = daten.lies_ungetrackt(|ab| {
                            ab.map_or(Ok(()), |ab| ab.werkzeuge.budgetmonitor.ve_loeschbar(vid))
                        });
                        match pruefung {
                            Ok(()) => {
                                hinweis.set(String::new());
                                zu_loeschen.set(Some(vid));
                                offen.set(true);
                            }
                            Err(m) => hinweis.set(m),
                        }
                    };
                    view! {
                        <tr>
                            <th scope="row">{format!("VE{} {}", v.id, v.bezeichnung)}</th>
                            <td class="zahl">{format::euro(z.ansatz)}</td>
                            <td class="zahl">{format::euro(z.in_anspruch)}</td>
                            <td class="zahl">{format::euro(z.frei())}</td>
                            <td>{v.faelligkeiten.iter().map(|(j, b)| format!("{j}: {}", format::euro(*b))).collect::<Vec<_>>().join("; ")}</td>
                            <td>
                                <button type="button" class="kern-btn kern-btn--tertiary" id=format!("ve-bearbeiten-{vid}") disabled=move || !daten.bearbeitbar()
                                    on:click=move |_| bearbeiten(vid)>
                                    <span class="kern-label">{format!("VE{vid} bearbeiten")}</span>
                                </button>
                                <button type="button" class="kern-btn kern-btn--tertiary" id=format!("ve-loeschen-{vid}") disabled=move || !daten.bearbeitbar()
                                    on:click=fragen>
                                    <span class="kern-label">{format!("VE{vid} löschen")}</span>
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let (bez, bez_s) = feldbindung!(entwurf.bezeichnung);
    let (ans, ans_s) = feldbindung!(entwurf.ansatz);
    let (faell, faell_s) = feldbindung!(entwurf.faelligkeiten);
    view! {
        <Tabelle id="ves-titel" titel="Verpflichtungsermächtigungen dieser Haushaltsstelle">
            <thead>
                <tr>
                    <th scope="col">"VE"</th>
                    <th scope="col">"VE-Ansatz"</th>
                    <th scope="col">"in Anspruch genommen"</th>
                    <th scope="col">"VE frei"</th>
                    <th scope="col">"geplante Fälligkeiten"</th>
                    <th scope="col">"Aktion"</th>
                </tr>
            </thead>
            <tbody id="ve-liste">{zeilen}</tbody>
        </Tabelle>
        <p class="kern-body" role="status" id="ve-hinweis">{move || hinweis.get()}</p>
        <Bestaetigung id="ve-loeschen-dialog"
            titel=Signal::derive(move || zu_loeschen.get().map(|vid| format!("{} löschen?", ve_name(vid))).unwrap_or_default())
            offen bestaetigen="Löschen" gefaehrlich=true bei_bestaetigung=loeschen>
            <p class="kern-body">"Die Verpflichtungsermächtigung wird gelöscht. Keine Buchung nimmt sie in Anspruch (sonst ließe sie sich nicht löschen). „Rückgängig“ stellt sie wieder her."</p>
        </Bestaetigung>
        <h3 class="kern-heading-small" id="ve-titel">
            {move || match bearbeitet.get() {
                Some(vid) => format!("VE{vid} bearbeiten"),
                None => "Neue Verpflichtungsermächtigung".to_owned(),
            }}
        </h3>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="ve-titel">
            <Fehlerzusammenfassung id="ve-fehler" fehler/>
            <Feldgruppe titel="VE-Daten">
                <Eingabe id="ve-bezeichnung" beschriftung="Bezeichnung" pflicht=true wert=bez bei_eingabe=bez_s fehler=fehler_bei(fehler, "ve-bezeichnung") deaktiviert/>
                <div class="formular__reihe">
                    <Eingabe id="ve-ansatz" beschriftung="VE-Ansatz in Euro" pflicht=true schmal=true wert=ans bei_eingabe=ans_s fehler=fehler_bei(fehler, "ve-ansatz") deaktiviert/>
                    <Eingabe id="ve-faelligkeiten" beschriftung="Geplante Fälligkeiten" hinweis="Jahr: Betrag; getrennt durch Semikolon, z. B. 2027: 1.000.000,00; 2028: 500.000,00" wert=faell bei_eingabe=faell_s fehler=fehler_bei(fehler, "ve-faelligkeiten") deaktiviert/>
                </div>
            </Feldgruppe>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--secondary" id="ve-speichern" disabled=deaktiviert>
                    <span class="kern-label">{move || if bearbeitet.get().is_some() { "Änderungen speichern" } else { "VE erfassen" }}</span>
                </button>
                {move || bearbeitet.get().is_some().then(|| view! {
                    <button type="button" class="kern-btn kern-btn--secondary" id="ve-abbrechen" on:click=abbrechen>
                        <span class="kern-label">"Abbrechen"</span>
                    </button>
                })}
            </div>
            <p class="kern-body meldung-erfolg" role="status">{move || meldung.get()}</p>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faelligkeiten_werden_gelesen() {
        assert_eq!(
            faelligkeiten_lesen("2028: 500,00; 2027: 1.000.000,00"),
            Ok(vec![(2027, 100_000_000), (2028, 50_000)])
        );
        assert_eq!(faelligkeiten_lesen(""), Ok(vec![]));
        assert!(faelligkeiten_lesen("2027 1.000").is_err());
        assert!(faelligkeiten_lesen("x: 1").is_err());
    }
}
