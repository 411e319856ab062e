//! Milestones of one project: a table with Basisplan, current forecast, actual date and delay,
//! and a form to add or edit one. A forecast is always filed under the current reporting date
//! (Berichtsstichtag), so earlier forecasts stay and the Meilensteintrendanalyse shows how a
//! date slipped over time.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Aufklappformular, Bestaetigung};
use crate::app::daten::Daten;
use crate::app::formular::{feldbindung, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung};
use crate::shared::datum::Datum;
use crate::shared::text::datum_lesen;
use crate::shared::text::Pruefliste;
use crate::tools::multiprojektplan::calc;
use crate::tools::multiprojektplan::model::{
    Feldfehler, Meilenstein, Meilensteinstatus, Meilensteintyp, MAX_KURZTEXT, MAX_LANGTEXT,
};
use crate::tools::multiprojektplan::SLUG;

use super::portfolio::verzug_text;
use crate::app::components::{Knopf, Knopfart};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehlerliste, Satzformular};

#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    bezeichnung: String,
    typ: String,
    basis: String,
    prognose: String,
    kommentar: String,
    ist: String,
    status: String,
    verantwortlich: String,
    bemerkung: String,
}

impl Entwurf {
    fn neu() -> Entwurf {
        Entwurf {
            typ: Meilensteintyp::default().name().to_owned(),
            status: Meilensteinstatus::default().name().to_owned(),
            ..Entwurf::default()
        }
    }

    fn aus(m: &Meilenstein) -> Entwurf {
        let text = |d: Option<Datum>| d.map(Datum::deutsch).unwrap_or_default();
        Entwurf {
            id: m.id,
            bezeichnung: m.bezeichnung.clone(),
            typ: m.typ.name().to_owned(),
            basis: text(m.basis),
            prognose: text(m.prognose()),
            kommentar: String::new(),
            ist: text(m.ist),
            status: m.status.name().to_owned(),
            verantwortlich: m.verantwortlich.clone(),
            bemerkung: m.bemerkung.clone(),
        }
    }
}

/// Milestones of `projekt`.
#[component]
pub fn Meilensteine(projekt: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let stichtag = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.and_then(|ab| ab.werkzeuge.multiprojektplan.berichtsstichtag)
                .unwrap_or_else(browser::heute)
        })
    });
    let zeilen = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.multiprojektplan;
        let stichtag = stichtag.get();
        plan.meilensteine_von(projekt)
            .into_iter()
            .map(|m| (m.clone(), calc::meilensteinverzug(m, stichtag)))
            .collect::<Vec<_>>()
    });
    let formular = Satzformular::neu(
        entwurfsschluessel(SLUG, "meilenstein", projekt),
        |_| Entwurf::neu(),
        |ab, id| {
            ab.werkzeuge
                .multiprojektplan
                .meilenstein(id)
                .map(Entwurf::aus)
        },
        |e| e.id,
    );
    let entwurf = formular.wert();
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let loeschen = RwSignal::new(None::<(u32, String)>);
    let loeschen_offen = RwSignal::new(false);

    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let basis = datum_lesen(&mut probleme, "ms-basis", "Basisplan", &e.basis, false);
        let prognose = datum_lesen(&mut probleme, "ms-prognose", "Prognose", &e.prognose, false);
        let ist = datum_lesen(&mut probleme, "ms-ist", "Ist-Datum", &e.ist, false);
        probleme.pflicht(
            "ms-bezeichnung",
            &e.bezeichnung,
            "Geben Sie eine Bezeichnung ein.",
        );
        probleme.wenn(
            e.bezeichnung.chars().count() > MAX_KURZTEXT
                || e.verantwortlich.chars().count() > MAX_KURZTEXT,
            "ms-bezeichnung",
            format!("Bezeichnung und Verantwortlich: höchstens {MAX_KURZTEXT} Zeichen."),
        );
        probleme.wenn(
            e.bemerkung.chars().count() > MAX_LANGTEXT,
            "ms-bemerkung",
            format!("Bemerkung: höchstens {MAX_LANGTEXT} Zeichen."),
        );
        if !probleme.is_empty() {
            fehler.set(probleme);
            return;
        }
        fehler.set(Vec::new());
        let stichtag = stichtag.get_untracked();
        let neu = e.id == 0;
        let name = e.bezeichnung.trim().to_owned();
        daten.aendere(
            &if neu {
                format!("Meilenstein „{name}“ angelegt")
            } else {
                format!("Meilenstein „{name}“ geändert")
            },
            |ab| {
                let plan = &mut ab.werkzeuge.multiprojektplan;
                let mut m = plan
                    .meilenstein(e.id)
                    .cloned()
                    .unwrap_or_else(|| Meilenstein {
                        projekt,
                        ..Meilenstein::default()
                    });
                m.bezeichnung = name.clone();
                m.typ = Meilensteintyp::ALLE
                    .iter()
                    .copied()
                    .find(|t| t.name() == e.typ)
                    .unwrap_or_default();
                m.basis = basis;
                m.ist = ist;
                m.status = Meilensteinstatus::ALLE
                    .iter()
                    .copied()
                    .find(|s| s.name() == e.status)
                    .unwrap_or_default();
                if m.ist.is_some() && m.status == Meilensteinstatus::Offen {
                    m.status = Meilensteinstatus::Erreicht;
                }
                m.verantwortlich = e.verantwortlich.trim().to_owned();
                m.bemerkung = e.bemerkung.trim().to_owned();
                if let Some(datum) = prognose {
                    if m.prognose() != Some(datum) || !e.kommentar.trim().is_empty() {
                        m.setze_prognose(stichtag, datum, &e.kommentar);
                    }
                }
                plan.speichere_meilenstein(m);
            },
        );
        daten.ansagen(format!("Meilenstein „{name}“ gespeichert."));
        formular.leeren();
    };

    let (bezeichnung, bezeichnung_setzen) = feldbindung!(entwurf.bezeichnung);
    let (typ, typ_setzen) = feldbindung!(entwurf.typ);
    let (basis, basis_setzen) = feldbindung!(entwurf.basis);
    let (prognose, prognose_setzen) = feldbindung!(entwurf.prognose);
    let (kommentar, kommentar_setzen) = feldbindung!(entwurf.kommentar);
    let (ist, ist_setzen) = feldbindung!(entwurf.ist);
    let (status, status_setzen) = feldbindung!(entwurf.status);
    let (verantwortlich, verantwortlich_setzen) = feldbindung!(entwurf.verantwortlich);
    let (bemerkung, bemerkung_setzen) = feldbindung!(entwurf.bemerkung);
    let typen = Meilensteintyp::ALLE
        .iter()
        .map(|t| (t.name().to_owned(), t.name().to_owned()))
        .collect::<Vec<_>>();
    let stati = Meilensteinstatus::ALLE
        .iter()
        .map(|s| (s.name().to_owned(), s.name().to_owned()))
        .collect::<Vec<_>>();

    let tabelle = move || {
        let zeilen = zeilen.get();
        if zeilen.is_empty() {
            return view! { <p class="kern-body">"Noch keine Meilensteine."</p> }.into_any();
        }
        let reihen = zeilen
            .into_iter()
            .map(|(m, verzug)| {
                let text = |d: Option<Datum>| d.map(Datum::deutsch).unwrap_or_default();
                let name = m.bezeichnung.clone();
                let name_loeschen = m.bezeichnung.clone();
                let id = m.id;
                view! {
                    <tr class="kern-table__row">
                        <th class="kern-table__header tabelle__text" scope="row">{m.bezeichnung.clone()}</th>
                        <td class="kern-table__cell">{m.typ.name()}</td>
                        <td class="kern-table__cell">{text(m.basis)}</td>
                        <td class="kern-table__cell">{text(m.prognose())}</td>
                        <td class="kern-table__cell">{text(m.ist)}</td>
                        <td class="kern-table__cell zahl">{verzug_text(verzug)}</td>
                        <td class="kern-table__cell">{m.status.name()}</td>
                        <td class="kern-table__cell tabelle__text">{m.verantwortlich.clone()}</td>
                        <td class="kern-table__cell">{m.prognosen.len()}</td>
                        <td class="kern-table__cell tabelle__aktionen">
                            <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Bearbeiten: {name}")
                                disabled=deaktiviert on:click=move |_| {
                                    formular.bearbeiten(id);
                                    fehler.set(Vec::new());
                                    browser::fokussiere("#ms-bezeichnung");
                                }>
                                <span class="kern-label">"Bearbeiten"</span>
                            </button>
                            <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Löschen: {name_loeschen}")
                                disabled=deaktiviert on:click=move |_| {
                                    loeschen.set(Some((id, name_loeschen.clone())));
                                    loeschen_offen.set(true);
                                }>
                                <span class="kern-label">"Löschen"</span>
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="kern-table-responsive" tabindex="0" role="region" aria-labelledby="meilensteine-titel">
                <table class="kern-table kern-table--small tabelle--kompakt">
                    <caption class="kern-title" id="meilensteine-titel">"Meilensteine des Projekts"</caption>
                    <thead class="kern-table__head"><tr class="kern-table__row">
                        <th class="kern-table__header" scope="col">"Meilenstein"</th>
                        <th class="kern-table__header" scope="col">"Typ"</th>
                        <th class="kern-table__header" scope="col">"Basisplan"</th>
                        <th class="kern-table__header" scope="col">"Prognose"</th>
                        <th class="kern-table__header" scope="col">"Ist"</th>
                        <th class="kern-table__header" scope="col">"Verzug (Tage)"</th>
                        <th class="kern-table__header" scope="col">"Status"</th>
                        <th class="kern-table__header" scope="col">"Verantwortlich"</th>
                        <th class="kern-table__header" scope="col">"Prognosen"</th>
                        <th class="kern-table__header" scope="col">"Aktionen"</th>
                    </tr></thead>
                    <tbody class="kern-table__body">{reihen}</tbody>
                </table>
            </div>
        }
        .into_any()
    };

    let bestaetigt = Callback::new(move |_| {
        if let Some((id, name)) = loeschen.get_untracked() {
            daten.aendere(&format!("Meilenstein „{name}“ gelöscht"), |ab| {
                ab.werkzeuge.multiprojektplan.entferne_meilenstein(id)
            });
            daten.ansagen(format!("Meilenstein „{name}“ gelöscht."));
            if entwurf.with_untracked(|e| e.id == id) {
                formular.leeren();
            }
        }
    });

    view! {
        {tabelle}
        <Aufklappformular id="meilenstein-formular-titel" offen=Signal::derive(move || formular.in_arbeit())
            titel=Signal::derive(move || if entwurf.with(|e| e.id == 0) { "Meilenstein hinzufügen".to_owned() } else { format!("Meilenstein „{}“ bearbeiten", entwurf.with(|e| e.bezeichnung.clone())) })>
        <Fehlerzusammenfassung id="meilenstein-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate aria-labelledby="meilenstein-formular-titel" on:submit=speichern>
            <div class="formular__reihe">
                <Eingabe id="ms-bezeichnung" beschriftung="Bezeichnung" pflicht=true wert=bezeichnung bei_eingabe=bezeichnung_setzen fehler=fehler_am(fehler, "ms-bezeichnung") deaktiviert/>
                <Auswahl id="ms-typ" beschriftung="Typ" optionen=typen wert=typ bei_eingabe=typ_setzen deaktiviert/>
            </div>
            <div class="formular__reihe">
                <Datumseingabe id="ms-basis" beschriftung="Basisplan" hinweis="TT.MM.JJJJ; der zuerst vereinbarte Termin" wert=basis bei_eingabe=basis_setzen fehler=fehler_am(fehler, "ms-basis") deaktiviert/>
                <Datumseingabe id="ms-prognose" beschriftung=format!("Prognose zum Stichtag {}", stichtag.get_untracked().deutsch())
                    hinweis="TT.MM.JJJJ; wird unter dem Berichtsstichtag abgelegt, frühere Prognosen bleiben erhalten" wert=prognose bei_eingabe=prognose_setzen fehler=fehler_am(fehler, "ms-prognose") deaktiviert/>
                <Datumseingabe id="ms-ist" beschriftung="Ist-Datum" hinweis="TT.MM.JJJJ; wenn erreicht" wert=ist bei_eingabe=ist_setzen fehler=fehler_am(fehler, "ms-ist") deaktiviert/>
            </div>
            <Eingabe id="ms-kommentar" beschriftung="Kommentar zur Prognose" hinweis="z. B. warum sich der Termin verschiebt" wert=kommentar bei_eingabe=kommentar_setzen deaktiviert/>
            <div class="formular__reihe">
                <Auswahl id="ms-status" beschriftung="Status" optionen=stati wert=status bei_eingabe=status_setzen deaktiviert/>
                <Eingabe id="ms-verantwortlich" beschriftung="Verantwortlich" wert=verantwortlich bei_eingabe=verantwortlich_setzen deaktiviert/>
            </div>
            <Eingabe id="ms-bemerkung" beschriftung="Bemerkung" mehrzeilig=true wert=bemerkung bei_eingabe=bemerkung_setzen fehler=fehler_am(fehler, "ms-bemerkung") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="meilenstein-speichern" deaktiviert=deaktiviert>
                    {move || if entwurf.with(|e| e.id == 0) { "Meilenstein hinzufügen" } else { "Meilenstein speichern" }}
                </Knopf>
                {move || entwurf.with(|e| e.id != 0).then(|| view! {
                    <Knopf bei_klick=move |_| { formular.leeren(); fehler.set(Vec::new()); }>
                        "Bearbeiten abbrechen"
                    </Knopf>
                })}
            </div>
        </form>
        </Aufklappformular>
        <Bestaetigung id="meilenstein-loeschen-dialog"
            titel=Signal::derive(move || format!("Meilenstein „{}“ löschen?", loeschen.with(|l| l.as_ref().map(|l| l.1.clone()).unwrap_or_default())))
            offen=loeschen_offen bestaetigen="Löschen" gefaehrlich=true bei_bestaetigung=bestaetigt>
            <p class="kern-body">"Der Meilenstein wird mit allen Prognosen und Abhängigkeiten gelöscht."</p>
        </Bestaetigung>
    }
}
