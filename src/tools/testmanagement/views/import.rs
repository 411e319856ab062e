//! Importing test cases from a table: pasted from Excel or uploaded as a CSV/text file, then
//! each source column mapped to a field (proposed from its heading, changeable), a preview of
//! the cases as they would be imported with the problems per row in German, and the import of
//! all or nothing in one undoable step.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt, Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Auswahl, Dateiwahl, Eingabe};
use crate::shared::text::anzahl;
use crate::tools::testmanagement::einlesen::{self, Feld, Tabelle as Quelltabelle};

use super::href;

/// How many cases the preview lists.
const VORSCHAU_ZEILEN: usize = 10;

/// The page "Testfälle importieren".
#[component]
pub fn Import() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let text = RwSignal::new(String::new());
    let quelle = RwSignal::new(None::<Quelltabelle>);
    let zuordnung = RwSignal::new(Vec::<Option<Feld>>::new());
    let lesefehler = RwSignal::new(None::<String>);
    let feld = NodeRef::<leptos::html::Input>::new();
    let vorschau = daten.ableiten(move |ab| {
        quelle.with(|q| {
            q.as_ref().map(|t| {
                zuordnung.with(|z| einlesen::lesen_mit(t, z, &ab.werkzeuge.testmanagement))
            })
        })
    });
    let uebernehmen = move |t: Option<Quelltabelle>| match t {
        Some(t) => {
            zuordnung.set(einlesen::zuordnung_vorschlagen(&t.kopf));
            quelle.set(Some(t));
            lesefehler.set(None);
        }
        None => {
            quelle.set(None);
            lesefehler.set(Some("Die Tabelle ist leer. Sie braucht eine Kopfzeile und mindestens eine Zeile darunter.".to_owned()));
        }
    };
    let pruefen = move |_| uebernehmen(einlesen::tabelle(&text.get_untracked()));
    let gewaehlt = move |_: leptos::ev::Event| {
        let Some(datei) = feld
            .get_untracked()
            .and_then(|f| f.files())
            .and_then(|liste| liste.get(0))
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            match browser::datei_lesen(&datei)
                .await
                .and_then(|b| einlesen::text_aus_datei(&b))
            {
                Ok(inhalt) => {
                    text.set(String::new());
                    uebernehmen(einlesen::tabelle(&inhalt));
                }
                Err(f) => {
                    quelle.set(None);
                    lesefehler.set(Some(f));
                }
            }
        });
    };
    let importieren = move |_| {
        let Some(v) = vorschau.get_untracked() else {
            return;
        };
        let mut n = 0;
        daten.aendere("Testfälle importiert", |ab| {
            n = ab.werkzeuge.testmanagement.importiere(&v);
        });
        daten.ansagen(format!(
            "{} importiert.",
            anzahl(n, "Testfall", "Testfälle")
        ));
        if n > 0 {
            text.set(String::new());
            quelle.set(None);
            if let Some(f) = feld.get_untracked() {
                f.set_value("");
            }
        }
    };
    let feldoptionen = move || {
        mit_leerem_wert(
            "nicht übernehmen",
            Feld::ALLE
                .iter()
                .map(|f| (f.name().to_owned(), f.name().to_owned())),
        )
    };
    // The mapping is built once per table, so a select keeps focus while the preview follows.
    let zuordnungstabelle = move || {
        quelle.get().map(|t| {
            let beispiel = t.zeilen.first().cloned().unwrap_or_default();
            view! {
                <h2 class="kern-heading-medium">"Spalten zuordnen"</h2>
                <p class="kern-body">"Vorgeschlagen nach den Spaltenüberschriften. Wählen Sie zu jeder Spalte das Feld, das sie füllt, oder „nicht übernehmen“. Testfall-ID und Titel sind Pflicht."</p>
                <Tabelle id="tm-i-zuordnung" titel="Spalten der Quelle und ihre Felder" spalten=&["Spalte der Quelle", "Erste Zeile", "→ Feld"]>
                    <tbody>
                        {t.kopf.iter().enumerate().map(|(i, k)| {
                            let name = if k.is_empty() { format!("Spalte {}", i + 1) } else { k.clone() };
                            view! {
                                <tr>
                                    <th scope="row">{name.clone()}</th>
                                    <td class="tm-nebentext">{beispiel.get(i).cloned().unwrap_or_default()}</td>
                                    <td>
                                        <Auswahl id=format!("tm-i-spalte-{i}") beschriftung=format!("Feld für „{name}“") filter=true optionen=feldoptionen()
                                            wert=Signal::derive(move || zuordnung.with(|z| z.get(i).copied().flatten().map(|f| f.name().to_owned()).unwrap_or_default()))
                                            bei_eingabe=Callback::new(move |w: String| zuordnung.update(|z| {
                                                if z.len() <= i {
                                                    z.resize(i + 1, None);
                                                }
                                                z[i] = Feld::aus_name(&w);
                                            }))/>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }
        })
    };
    let ergebnis = move || {
        vorschau.get().map(|v| {
            let gezeigt = v.faelle.len().min(VORSCHAU_ZEILEN);
            view! {
                <h2 class="kern-heading-medium">"Vorschau"</h2>
                {if v.fehler.is_empty() {
                    view! { <p class="kern-body" id="tm-i-stand">{format!("{} bereit zum Import.", anzahl(v.faelle.len(), "Testfall", "Testfälle"))}</p> }.into_any()
                } else {
                    view! {
                        <div class="kern-alert kern-alert--danger" role="alert">
                            <div class="kern-alert__header"><span class="kern-title">{format!("Nichts importiert: {}", anzahl(v.fehler.len(), "Problem", "Probleme"))}</span></div>
                            <div class="kern-alert__body"><ul class="tm-liste" id="tm-i-fehler">{v.fehler.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}</ul></div>
                        </div>
                    }.into_any()
                }}
                {(!v.faelle.is_empty()).then(|| view! {
                    {(gezeigt < v.faelle.len()).then(|| view! { <p class="kern-body">{format!("Die Tabelle zeigt die ersten {gezeigt} von {} Testfällen.", v.faelle.len())}</p> })}
                    <Tabelle id="tm-i-tabelle" titel="Testfälle, wie sie importiert würden"
                        spalten=&["Testfall-ID", "Titel", "Kategorie", "Priorität", "Art", "Schritte", "Tags"] zahlenspalten=&[5]>
                        <tbody>
                            {v.faelle.iter().take(VORSCHAU_ZEILEN).map(|t| view! {
                                <tr><th scope="row">{t.kennung.clone()}</th><td>{t.titel.clone()}</td><td>{t.kategorie.name()}</td><td>{t.prioritaet.name()}</td><td>{t.art.name()}</td><td class="tabelle__zahl">{t.schritte.len()}</td><td>{t.tags.join(", ")}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </Tabelle>
                })}
            }
        })
    };
    view! {
        <p class="kern-body">"Kopieren Sie die Tabelle aus Excel (mit Kopfzeile) und fügen Sie sie hier ein, oder wählen Sie eine CSV- oder Textdatei (Semikolon, Komma oder Tabulator als Trenner, UTF-8). Danach ordnen Sie jeder Spalte ein Feld zu. Schritte und erwartete Ergebnisse stehen je Zeile in der Zelle; die Zeilen werden einander zugeordnet."</p>
        <Eingabe id="tm-i-text" beschriftung="Tabelle einfügen" mehrzeilig=true wert=text bei_eingabe=Callback::new(move |w| { text.set(w); quelle.set(None); lesefehler.set(None); })/>
        <div class="knopfleiste">
            <Knopf id="tm-i-pruefen" bei_klick=pruefen>"Vorschau"</Knopf>
        </div>
        <Dateiwahl id="tm-i-datei" beschriftung="oder Datei (.csv, .txt)" annehmen=".csv,.txt,text/csv,text/plain" feld bei_auswahl=Callback::new(gewaehlt)/>
        <div role="status" id="tm-i-lesefehler">{move || lesefehler.get().map(|f| view! {
            <Hinweis art=HinweisArt::Fehler titel="Die Tabelle wurde nicht gelesen".to_owned()><p class="kern-body">{f}</p></Hinweis>
        })}</div>
        {zuordnungstabelle}
        <div aria-live="polite">{ergebnis}</div>
        <div class="knopfleiste">
            <Knopf art=Knopfart::Primaer id="tm-i-importieren" bei_klick=importieren
                deaktiviert=Signal::derive(move || !daten.bearbeitbar() || vorschau.with(|v| v.as_ref().is_none_or(|v| !v.fehler.is_empty() || v.faelle.is_empty())))>
                "Importieren"
            </Knopf>
        </div>
        <p class="kern-body"><a class="kern-link" href=href(&[])>"Zur Testfallbibliothek"</a></p>
    }
}
