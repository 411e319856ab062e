//! Pasting a list of Leistungen (lines copied from Excel: tab-separated, or separated by
//! semicolons). "Vorschau" shows per line what would be created or, in German, why not
//! (invalid values, duplicates of existing Leistungen or of earlier lines); only "anlegen"
//! writes, as one undoable step, and only the lines without errors.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt, Tabelle};
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{feldbindung, Auswahl, Eingabe};
use crate::app::satzformular::entwurfsschluessel;
use crate::shared::text::anzahl;
use crate::tools::zielstufenplaner::calc::{self, Importzeile, IMPORTSPALTEN};
use crate::tools::zielstufenplaner::model::Modell;
use crate::tools::zielstufenplaner::SLUG;

use super::{href, namensoptionen, Meldung};
use crate::app::components::{Knopf, Knopfart};

/// The pasted text and the chosen model: the page's draft.
#[derive(Clone, Debug, PartialEq)]
struct Entwurf {
    text: String,
    modell: String,
}

/// The paste page.
#[component]
pub fn Einfuegen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(entwurfsschluessel(SLUG, "einfuegen", 0), || Entwurf {
        text: String::new(),
        modell: Modell::Rgm11.name().to_owned(),
    });
    let entwurf = formular.wert;
    let (text, text_setzen) = feldbindung!(entwurf.text);
    let (modell, modell_setzen) = feldbindung!(entwurf.modell);
    let vorschau = RwSignal::new(None::<Vec<Importzeile>>);
    let meldung = RwSignal::new(None::<String>);
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let lesen = move || {
        let e = entwurf.get_untracked();
        let gewaehlt = Modell::aus_name(&e.modell).unwrap_or_default();
        daten.lies_ungetrackt(|ab| {
            ab.map(|ab| calc::lies_liste(&ab.werkzeuge.zielstufenplaner, &e.text, gewaehlt))
                .unwrap_or_default()
        })
    };
    let zeigen = move |_| {
        meldung.set(None);
        vorschau.set(Some(lesen()));
        request_animation_frame(|| {
            browser::fokussiere("#zsp-vorschau-zusammenfassung");
        });
    };
    let anlegen = move |_| {
        let zeilen = lesen();
        let neue: Vec<_> = zeilen
            .iter()
            .filter_map(|z| z.ergebnis.as_ref().ok().cloned())
            .collect();
        let n = neue.len();
        if n == 0 {
            return;
        }
        let leistungen = anzahl(n, "Leistung", "Leistungen");
        daten.aendere(&format!("{leistungen} aus einer Liste angelegt"), |ab| {
            for l in neue {
                ab.werkzeuge.zielstufenplaner.speichere_leistung(l);
            }
        });
        meldung.set(Some(format!(
            "{leistungen} angelegt. Zeilen mit Fehlern wurden nicht übernommen."
        )));
        vorschau.set(None);
        // The lines with errors stay for correction (unsaved input, so a draft).
        entwurf.update(|e| {
            e.text = zeilen
                .iter()
                .filter(|z| z.ergebnis.is_err())
                .map(|z| e.text.lines().nth(z.zeile - 1).unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n");
        });
    };
    let modelle = namensoptionen(Modell::ALLE, Modell::name);
    view! {
        <p class="kern-body">{format!("Fügen Sie Zeilen aus Excel ein, eine Leistung je Zeile, Spalten in dieser Reihenfolge: {}. ", IMPORTSPALTEN.join(", "))}
            "Trennzeichen: Tabulator (beim Kopieren aus Excel) oder Semikolon. Eine Kopfzeile wird erkannt und übersprungen. Themenfeld: eines der 14 Themenfelder; LeiKa-Typ: 1 bis 5; SDG: SDG1, SDG2 oder nein."</p>
        <p class="kern-body"><a class="kern-link" href=href(&[])>"← Zur Liste der Leistungen"</a></p>
        <Meldung text=meldung/>
        <div class="formular">
            <Eingabe id="zsp-einfuegen-text" beschriftung="Liste der Leistungen" mehrzeilig=true wert=text bei_eingabe=Callback::new(move |w| { text_setzen.run(w); vorschau.set(None); }) deaktiviert/>
            <Auswahl id="zsp-einfuegen-modell" beschriftung="Reifegradmodell der Planung für alle Zeilen" optionen=modelle wert=modell bei_eingabe=Callback::new(move |w| { modell_setzen.run(w); vorschau.set(None); }) deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer id="zsp-vorschau" deaktiviert=deaktiviert bei_klick=zeigen>
                    "Vorschau"
                </Knopf>
            </div>
        </div>
        {move || vorschau.get().map(|zeilen| {
            let ok = zeilen.iter().filter(|z| z.ergebnis.is_ok()).count();
            let falsch = zeilen.len() - ok;
            let tabelle = zeilen.into_iter().map(|z| {
                let (ergebnis, klasse) = match &z.ergebnis {
                    Ok(l) => (format!("wird angelegt: {} (OZG-ID {}, LeiKa-ID {}{}{})", l.bezeichnung, crate::tools::zielstufenplaner::model::leer_strich(&l.ozg_id), crate::tools::zielstufenplaner::model::leer_strich(&l.leika_id),
                        l.themenfeld.map(|t| format!(", {}", t.name())).unwrap_or_default(), l.leika_typ.map(|t| format!(", {}", t.name())).unwrap_or_default()), "zsp-import--ok"),
                    Err(f) => (format!("Fehler, wird nicht angelegt: {}", f.join(" ")), "zsp-import--fehler"),
                };
                view! {
                    <tr class=klasse>
                        <th scope="row" class="zahl">{z.zeile}</th>
                        <td class="zsp-breit">{ergebnis}</td>
                        <td>{z.hinweise.join(" ")}</td>
                    </tr>
                }
            }).collect_view();
            view! {
                <p class="kern-body" id="zsp-vorschau-zusammenfassung" tabindex="-1" role="status">
                    {format!(
                        "{} {}, {} {}. Noch ist nichts gespeichert.",
                        anzahl(ok, "Zeile", "Zeilen"),
                        if ok == 1 { "kann angelegt werden" } else { "können angelegt werden" },
                        anzahl(falsch, "Zeile", "Zeilen"),
                        if falsch == 1 { "hat Fehler" } else { "haben Fehler" },
                    )}
                </p>
                <Tabelle id="zsp-vorschau-titel" titel="Vorschau je Zeile">
                    <thead><tr><th scope="col">"Zeile"</th><th scope="col">"Ergebnis"</th><th scope="col">"Hinweise"</th></tr></thead>
                    <tbody>{tabelle}</tbody>
                </Tabelle>
                {if ok > 0 {
                    view! {
                        <div class="knopfleiste">
                            <Knopf art=Knopfart::Primaer id="zsp-anlegen" deaktiviert=deaktiviert bei_klick=anlegen>
                                {format!("{} anlegen", anzahl(ok, "Leistung", "Leistungen"))}
                            </Knopf>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <Hinweis art=HinweisArt::Warnung titel="Keine Zeile kann angelegt werden".to_owned()>
                            <p class="kern-body">"Korrigieren Sie die Zeilen und zeigen Sie die Vorschau erneut."</p>
                        </Hinweis>
                    }.into_any()
                }}
            }
        })}
    }
}
