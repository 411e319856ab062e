//! A template: shipped ones (and snapshots) read-only with "als eigene Vorlage kopieren"; own
//! ones in the editor: head fields, sections and items added, edited, deleted and moved with
//! "nach oben" / "nach unten" (focus stays on the moved row), conditions chosen with two
//! selects (the deciding earlier item and its value, no free-text expressions), and a preview
//! as a user sees it. Every edit is one undoable step; if the version already has runs, the
//! first edit creates the next version (model::Checklisten::vorlage_aendern).

use crate::shared::datensatz::Datensaetze;
use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Ankreuzfeld, Auswahl};
use crate::app::zusammenfassung::{Angabe, Zusammenfassung};
use crate::shared::vokabular::{Dimension, Handlungsfeld};
use crate::tools::checklisten::export::bedingung_text;
use crate::tools::checklisten::model::{Abschnitt, Antworttyp, Bedingung, Pruefpunkt, Vorlage};
use crate::tools::checklisten::teilen;

use super::{href, vorlage_der_familie, BittePruefen, Feld};
use crate::app::components::Knopf;

/// Changes the newest version of own family `familie` as one undoable step.
fn aendere(daten: Daten, familie: u32, was: &str, f: impl FnOnce(&mut Vorlage, &mut u32)) {
    daten.aendere(was, |ab| {
        let plan = &mut ab.werkzeuge.checklisten;
        if let Some(id) = plan
            .neueste(familie)
            .filter(|v| v.bearbeitbar())
            .map(|v| v.id)
        {
            plan.vorlage_aendern(id, f);
        }
    });
}

/// Focuses `erst`, or `sonst` if `erst` cannot take focus (a disabled button at the edge).
fn fokus(erst: String, sonst: String) {
    request_animation_frame(move || {
        if !browser::fokussiere(&format!("#{erst}:not([disabled])")) {
            browser::fokussiere(&format!("#{sonst}"));
        }
    });
}

/// Moves element `i` of `liste` one place up (`hoch`) or down.
fn verschiebe<T>(liste: &mut [T], i: usize, hoch: bool) {
    if hoch && i > 0 {
        liste.swap(i, i - 1);
    } else if !hoch && i + 1 < liste.len() {
        liste.swap(i, i + 1);
    }
}

/// The page of template family `familie`.
#[component]
pub fn Vorlagenseite(familie: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let vorlage: Memo<Option<Vorlage>> = daten.ableiten(move |ab| vorlage_der_familie(ab, familie));
    let laeufe = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.checklisten;
        plan.neueste(familie).map_or(0, |v| {
            plan.durchfuehrungen
                .iter()
                .filter(|d| d.vorlage == v.id)
                .count()
        })
    });
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let meldung = RwSignal::new(String::new());
    let kopf = move || {
        vorlage.get().map(|v| {
            let kopie = v.clone();
            let datei = v.clone();
            let version = v.version.to_string();
            let herkunft = if v.bearbeitbar() { "eigene Vorlage" } else { "mitgeliefert, nur lesbar" };
            let pruefen = v.bitte_pruefen;
            let quelle = v.quelle.clone();
            let teilweise = format!("{} % des Gewichts", v.teilweise);
            view! {
                <Zusammenfassung>
                    <Angabe bezeichnung="Version">{version}</Angabe>
                    <Angabe bezeichnung="Herkunft">
                        {herkunft}
                        {pruefen.then(|| view! { " " <BittePruefen/> })}
                    </Angabe>
                    <Angabe bezeichnung="Quelle und Stand">{quelle}</Angabe>
                    <Angabe bezeichnung="„teilweise“ zählt">{teilweise}</Angabe>
                </Zusammenfassung>
                <div class="knopfleiste">
                    <a class="kern-btn kern-btn--primary" href=href(&["neu"])><span class="kern-label">"Checkliste durchführen"</span></a>
                    <Knopf id="cl-kopieren" deaktiviert=deaktiviert bei_klick=move |_| super::bibliothek::kopieren(daten, kopie.clone())>
                        "als eigene Vorlage kopieren"
                    </Knopf>
                    <Knopf id="cl-herunterladen" bei_klick=move |_| meldung.set(herunterladen(&datei))>
                        "Als Datei herunterladen"
                    </Knopf>
                    <a class="kern-btn kern-btn--tertiary" href=super::leer_href(familie)>
                        <span class="kern-label">"Leer drucken"</span>
                    </a>
                </div>
            }
        })
    };
    // A memo: the editor is built once, not on every edit (open details and focus stay).
    let bearbeitbar =
        Memo::new(move |_| vorlage.with(|v| v.as_ref().is_some_and(Vorlage::bearbeitbar)));
    view! {
        {kopf}
        <p class="kern-body" role="status" id="cl-datei-meldung">{move || meldung.get()}</p>
        {move || bearbeitbar.get().then(|| view! { <Editor familie vorlage laeufe/> })}
        <h2 class="kern-heading-medium" id="cl-vorschau">"Vorschau"</h2>
        <p class="kern-body">"So sehen Bearbeitende die Prüfpunkte; bedingte Prüfpunkte erscheinen nur bei der genannten Antwort."</p>
        {move || vorlage.get().map(|v| vorschau(&v))}
    }
}

/// Offers template `v` as a file for another agency; what to tell the user.
fn herunterladen(v: &Vorlage) -> String {
    let name = teilen::dateiname(v);
    match browser::herunterladen(&name, "application/json", &teilen::schreiben(v)) {
        Ok(()) => format!("Die Vorlage wurde als „{name}“ heruntergeladen. Geben Sie die Datei weiter; die andere Behörde liest sie unter „Vorlagen“ mit „Vorlage aus Datei einlesen“ ein."),
        Err(f) => f,
    }
}

/// The template as a user sees it, all sections at once.
fn vorschau(v: &Vorlage) -> impl IntoView {
    v.abschnitte
        .iter()
        .enumerate()
        .map(|(i, a)| {
            view! {
                <section class="cl-vorschau">
                    <h3 class="kern-heading-small">{format!("{}. {}", i + 1, a.titel)}</h3>
                    <ol class="kern-list cl-vorschau__liste">
                        {a.punkte.iter().map(|p| {
                            let mut angaben = vec![p.typ.name().to_owned(), format!("Gewicht {}", p.gewicht), if p.muss { "Muss".to_owned() } else { "Kann".to_owned() }];
                            if p.bedingung.is_some() {
                                angaben.push(bedingung_text(v, p));
                            }
                            angaben.extend(p.handlungsfeld.map(|h| h.name().to_owned()));
                            angaben.extend(p.dimension.map(|d| d.name().to_owned()));
                            if !p.reifegrad.is_empty() {
                                angaben.push(p.reifegrad.clone());
                            }
                            view! {
                                <li>
                                    <span class="cl-vorschau__frage">{format!("{} {}", p.nr, p.frage)}</span>
                                    <span class="kern-hint">{format!(" ({})", angaben.join(" · "))}</span>
                                    {(!p.hilfe.is_empty()).then(|| view! { <br/><span class="kern-hint">{p.hilfe.clone()}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </section>
            }
        })
        .collect_view()
}

/// The editor of an own template.
#[component]
fn Editor(familie: u32, vorlage: Memo<Option<Vorlage>>, laeufe: Memo<usize>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let kopf = move |f: fn(&Vorlage) -> String| {
        Signal::derive(move || vorlage.with(|v| v.as_ref().map(f).unwrap_or_default()))
    };
    let setze_kopf = move |was: &'static str, f: fn(&mut Vorlage, String)| {
        Callback::new(move |w: String| aendere(daten, familie, was, |v, _| f(v, w)))
    };
    let abschnitte = move || {
        vorlage.with(|v| {
            v.as_ref()
                .map(|v| v.abschnitte.iter().map(|a| a.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let neuer_abschnitt = move |_| {
        aendere(daten, familie, "Abschnitt hinzugefügt", |v, naechste| {
            let id = *naechste;
            *naechste += 1;
            v.abschnitte.push(Abschnitt {
                id,
                titel: format!("Abschnitt {}", v.abschnitte.len() + 1),
                punkte: Vec::new(),
            });
        });
    };
    view! {
        <h2 class="kern-heading-medium">"Vorlage bearbeiten"</h2>
        {move || (laeufe.get() > 0).then(|| view! {
            <p class="kern-body" role="status">{format!(
                "Mit dieser Version wurde schon {}-mal geprüft. Ihre nächste Änderung legt eine neue Version an; die Durchführungen behalten ihre.",
                laeufe.get()
            )}</p>
        })}
        <div class="formular">
            <div class="formular__reihe">
                <Feld id="cl-e-titel" beschriftung="Titel" wert=kopf(|v| v.titel.clone()) deaktiviert
                    bei_aenderung=setze_kopf("Titel der Vorlage geändert", |v, w| if !w.trim().is_empty() { v.titel = w.trim().to_owned() })/>
                <Feld id="cl-e-teilweise" beschriftung="„teilweise“ zählt (% des Gewichts)" schmal=true wert=kopf(|v| v.teilweise.to_string()) deaktiviert
                    bei_aenderung=setze_kopf("Anteil für „teilweise“ geändert", |v, w| if let Some(n) = w.trim().trim_end_matches('%').trim().parse::<u8>().ok().filter(|n| *n <= 100) { v.teilweise = n })/>
            </div>
            <Feld id="cl-e-geltungsbereich" beschriftung="Geltungsbereich" wert=kopf(|v| v.geltungsbereich.clone()) deaktiviert
                bei_aenderung=setze_kopf("Geltungsbereich geändert", |v, w| v.geltungsbereich = w.trim().to_owned())/>
            <Feld id="cl-e-quelle" beschriftung="Quelle und Stand" wert=kopf(|v| v.quelle.clone()) deaktiviert
                bei_aenderung=setze_kopf("Quelle geändert", |v, w| v.quelle = w.trim().to_owned())/>
        </div>
        <For each=abschnitte key=|id| *id let:aid>
            <AbschnittEditor familie vorlage aid/>
        </For>
        <div class="knopfleiste">
            <Knopf id="cl-e-neuer-abschnitt" deaktiviert=deaktiviert bei_klick=neuer_abschnitt>
                "Abschnitt hinzufügen"
            </Knopf>
        </div>
    }
}

/// Index of section `aid` and the number of sections.
fn stelle(v: &Vorlage, aid: u32) -> Option<(usize, usize)> {
    v.abschnitte
        .iter()
        .position(|a| a.id == aid)
        .map(|i| (i, v.abschnitte.len()))
}

/// One section in the editor.
#[component]
fn AbschnittEditor(familie: u32, vorlage: Memo<Option<Vorlage>>, aid: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let lage = Memo::new(move |_| {
        vorlage
            .with(|v| v.as_ref().and_then(|v| stelle(v, aid)))
            .unwrap_or((0, 0))
    });
    let titel = Signal::derive(move || {
        vorlage.with(|v| {
            v.as_ref()
                .and_then(|v| v.abschnitte.mit_id(aid))
                .map(|a| a.titel.clone())
                .unwrap_or_default()
        })
    });
    let punkte = move || {
        vorlage.with(|v| {
            v.as_ref()
                .and_then(|v| v.abschnitte.mit_id(aid))
                .map(|a| a.punkte.iter().map(|p| p.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let basis = format!("cl-e-a-{aid}");
    let (hoch_id, runter_id) = (format!("{basis}-hoch"), format!("{basis}-runter"));
    let bewege = move |hoch: bool| {
        aendere(daten, familie, "Abschnitt verschoben", |v, _| {
            if let Some((i, _)) = stelle(v, aid) {
                verschiebe(&mut v.abschnitte, i, hoch);
            }
        });
        let (a, b) = (format!("cl-e-a-{aid}-hoch"), format!("cl-e-a-{aid}-runter"));
        if hoch {
            fokus(a, b)
        } else {
            fokus(b, a)
        }
    };
    let loeschen = move |_| {
        aendere(daten, familie, "Abschnitt gelöscht", |v, _| {
            let weg: Vec<u32> = v
                .abschnitte
                .iter()
                .filter(|a| a.id == aid)
                .flat_map(|a| a.punkte.iter().map(|p| p.id))
                .collect();
            v.abschnitte.entferne_id(aid);
            for a in &mut v.abschnitte {
                for p in &mut a.punkte {
                    if p.bedingung.as_ref().is_some_and(|b| weg.contains(&b.punkt)) {
                        p.bedingung = None;
                    }
                }
            }
        });
        daten.ansagen("Abschnitt gelöscht.");
        fokus("cl-e-neuer-abschnitt".into(), "cl-e-titel".into());
    };
    let neuer_punkt = move |_| {
        let mut neu = 0;
        aendere(daten, familie, "Prüfpunkt hinzugefügt", |v, naechste| {
            let id = *naechste;
            *naechste += 1;
            neu = id;
            if let Some((i, _)) = stelle(v, aid) {
                let nr = format!("{}.{}", i + 1, v.abschnitte[i].punkte.len() + 1);
                v.abschnitte[i].punkte.push(Pruefpunkt {
                    id,
                    nr,
                    frage: "Neuer Prüfpunkt".into(),
                    ..Pruefpunkt::default()
                });
            }
        });
        fokus(format!("cl-e-p-{neu}-frage"), format!("cl-e-p-{neu}-hoch"));
    };
    let titel_id = format!("{basis}-titel");
    view! {
        <section class="cl-editor-abschnitt" aria-labelledby=format!("{basis}-ueberschrift")>
            <h3 class="kern-heading-small" id=format!("{basis}-ueberschrift")>{move || format!("Abschnitt {}: {}", lage.get().0 + 1, titel.get())}</h3>
            <div class="formular__reihe">
                <Feld id=titel_id beschriftung="Titel des Abschnitts" wert=titel deaktiviert
                    bei_aenderung=Callback::new(move |w: String| aendere(daten, familie, "Abschnitt umbenannt", |v, _| {
                        if let Some(a) = v.abschnitte.mit_id_mut(aid) { a.titel = w.trim().to_owned(); }
                    }))/>
            </div>
            <div class="knopfleiste">
                <button type="button" class="kern-btn kern-btn--tertiary" id=hoch_id disabled=move || deaktiviert.get() || lage.get().0 == 0
                    aria-label=move || format!("Abschnitt {} nach oben", titel.get()) on:click=move |_| bewege(true)>
                    <span class="kern-label">"nach oben"</span>
                </button>
                <button type="button" class="kern-btn kern-btn--tertiary" id=runter_id disabled=move || { let (i, n) = lage.get(); deaktiviert.get() || i + 1 >= n }
                    aria-label=move || format!("Abschnitt {} nach unten", titel.get()) on:click=move |_| bewege(false)>
                    <span class="kern-label">"nach unten"</span>
                </button>
                <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert
                    aria-label=move || format!("Abschnitt löschen: {}", titel.get()) on:click=loeschen>
                    <span class="kern-label">"Abschnitt löschen"</span>
                </button>
            </div>
            <For each=punkte key=|id| *id let:pid>
                <PunktEditor familie vorlage aid pid/>
            </For>
            <Knopf id=format!("{basis}-neuer-punkt") deaktiviert=deaktiviert bei_klick=neuer_punkt>
                "Prüfpunkt hinzufügen"
            </Knopf>
        </section>
    }
}

/// One item in the editor.
#[component]
fn PunktEditor(familie: u32, vorlage: Memo<Option<Vorlage>>, aid: u32, pid: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let punkt = Memo::new(move |_| {
        vorlage
            .with(|v| v.as_ref().and_then(|v| v.punkt(pid)).cloned())
            .unwrap_or_default()
    });
    let lage = Memo::new(move |_| {
        vorlage
            .with(|v| {
                v.as_ref()
                    .and_then(|v| v.abschnitte.mit_id(aid))
                    .and_then(|a| {
                        a.punkte
                            .iter()
                            .position(|p| p.id == pid)
                            .map(|i| (i, a.punkte.len()))
                    })
            })
            .unwrap_or((0, 0))
    });
    let feld = move |f: fn(&Pruefpunkt) -> String| Signal::derive(move || punkt.with(f));
    let setze = move |was: &'static str, f: fn(&mut Pruefpunkt, String)| {
        Callback::new(move |w: String| {
            aendere(daten, familie, was, |v, _| {
                if let Some(p) = v
                    .abschnitte
                    .iter_mut()
                    .flat_map(|a| a.punkte.iter_mut())
                    .find(|p| p.id == pid)
                {
                    f(p, w);
                }
            })
        })
    };
    let basis = format!("cl-e-p-{pid}");
    let bewege = move |hoch: bool| {
        aendere(daten, familie, "Prüfpunkt verschoben", |v, _| {
            if let Some(a) = v.abschnitte.mit_id_mut(aid) {
                if let Some(i) = a.punkte.iter().position(|p| p.id == pid) {
                    verschiebe(&mut a.punkte, i, hoch);
                }
            }
        });
        let (a, b) = (format!("cl-e-p-{pid}-hoch"), format!("cl-e-p-{pid}-runter"));
        if hoch {
            fokus(a, b)
        } else {
            fokus(b, a)
        }
    };
    let loeschen = move |_| {
        aendere(daten, familie, "Prüfpunkt gelöscht", |v, _| {
            for a in &mut v.abschnitte {
                a.punkte.entferne_id(pid);
                for p in &mut a.punkte {
                    if p.bedingung.as_ref().is_some_and(|b| b.punkt == pid) {
                        p.bedingung = None;
                    }
                }
            }
        });
        daten.ansagen("Prüfpunkt gelöscht.");
        fokus(format!("cl-e-a-{aid}-neuer-punkt"), "cl-e-titel".into());
    };
    // The condition picker: earlier answerable items, then one of their values.
    let frueher = Memo::new(move |_| {
        vorlage.with(|v| {
            v.as_ref().map_or(Vec::new(), |v| {
                v.punkte()
                    .map(|(_, p)| p)
                    .take_while(|p| p.id != pid)
                    .filter(|p| !p.typ.werte().is_empty())
                    .map(|p| {
                        (
                            p.id.to_string(),
                            format!("{} {}", p.nr, p.frage.chars().take(60).collect::<String>()),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // Only the deciding item's values: the select is rebuilt when they change, not on every
    // edit of this item (focus stays in it).
    let bedingung_ziel = Memo::new(move |_| punkt.with(|p| p.bedingung.as_ref().map(|b| b.punkt)));
    let bedingung_werte = Memo::new(move |_| {
        bedingung_ziel
            .get()
            .and_then(|b| {
                vorlage.with(|v| {
                    v.as_ref().and_then(|v| v.punkt(b)).map(|x| {
                        x.typ
                            .werte()
                            .iter()
                            .map(|(c, t)| ((*c).to_owned(), (*t).to_owned()))
                            .collect::<Vec<_>>()
                    })
                })
            })
            .unwrap_or_default()
    });
    let bedingung_punkt = Signal::derive(move || {
        punkt.with(|p| {
            p.bedingung
                .as_ref()
                .map(|b| b.punkt.to_string())
                .unwrap_or_default()
        })
    });
    let bedingung_wert = Signal::derive(move || {
        punkt.with(|p| {
            p.bedingung
                .as_ref()
                .map(|b| b.wert.clone())
                .unwrap_or_default()
        })
    });
    let setze_bedingung_punkt = Callback::new(move |w: String| {
        aendere(daten, familie, "Bedingung geändert", |v, _| {
            let ziel = w.parse::<u32>().ok().and_then(|id| v.punkt(id)).map(|x| {
                (
                    x.id,
                    x.typ
                        .werte()
                        .first()
                        .map(|(c, _)| (*c).to_owned())
                        .unwrap_or_default(),
                )
            });
            if let Some(p) = v
                .abschnitte
                .iter_mut()
                .flat_map(|a| a.punkte.iter_mut())
                .find(|p| p.id == pid)
            {
                p.bedingung = ziel.map(|(punkt, wert)| Bedingung { punkt, wert });
            }
        })
    });
    let setze_bedingung_wert = setze("Bedingung geändert", |p, w| {
        if let Some(b) = &mut p.bedingung {
            b.wert = w;
        }
    });
    let typen: Vec<(String, String)> = Antworttyp::ALLE
        .iter()
        .map(|t| (t.name().to_owned(), t.name().to_owned()))
        .collect();
    let felder: Vec<(String, String)> = Handlungsfeld::ALLE
        .iter()
        .map(|h| (h.name().to_owned(), h.name().to_owned()))
        .collect();
    let dimensionen: Vec<(String, String)> = Dimension::ALLE
        .iter()
        .map(|d| (d.name().to_owned(), d.name().to_owned()))
        .collect();
    let name = move || punkt.with(|p| format!("{} {}", p.nr, p.frage));
    view! {
        <div class="cl-editor-punkt">
            <p class="kern-body cl-editor-punkt__titel">
                <strong>{move || name()}</strong>
                {move || punkt.with(|p| format!(" – {}, Gewicht {}, {}{}", p.typ.name(), p.gewicht, if p.muss { "Muss" } else { "Kann" },
                    if p.bedingung.is_some() { ", bedingt" } else { "" }))}
            </p>
            <div class="knopfleiste">
                <button type="button" class="kern-btn kern-btn--tertiary" id=format!("{basis}-hoch") disabled=move || deaktiviert.get() || lage.get().0 == 0
                    aria-label=move || format!("Prüfpunkt {} nach oben", name()) on:click=move |_| bewege(true)>
                    <span class="kern-label">"nach oben"</span>
                </button>
                <button type="button" class="kern-btn kern-btn--tertiary" id=format!("{basis}-runter") disabled=move || { let (i, n) = lage.get(); deaktiviert.get() || i + 1 >= n }
                    aria-label=move || format!("Prüfpunkt {} nach unten", name()) on:click=move |_| bewege(false)>
                    <span class="kern-label">"nach unten"</span>
                </button>
                <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert
                    aria-label=move || format!("Prüfpunkt {} löschen", name()) on:click=loeschen>
                    <span class="kern-label">"löschen"</span>
                </button>
            </div>
            <details class="cl-details">
                <summary class="kern-link">{move || format!("Prüfpunkt {} bearbeiten", punkt.with(|p| p.nr.clone()))}</summary>
                <Feld id=format!("{basis}-frage") beschriftung="Frage" wert=feld(|p| p.frage.clone()) deaktiviert
                    bei_aenderung=setze("Frage geändert", |p, w| if !w.trim().is_empty() { p.frage = w.trim().to_owned() })/>
                <div class="formular__reihe">
                    <Feld id=format!("{basis}-nr") beschriftung="Nr." schmal=true wert=feld(|p| p.nr.clone()) deaktiviert
                        bei_aenderung=setze("Nummer geändert", |p, w| p.nr = w.trim().to_owned())/>
                    <Auswahl id=format!("{basis}-typ") beschriftung="Antworttyp" optionen=typen wert=feld(|p| p.typ.name().to_owned()) deaktiviert
                        bei_eingabe=setze("Antworttyp geändert", |p, w| p.typ = Antworttyp::aus_name(&w).unwrap_or_default())/>
                    <Feld id=format!("{basis}-gewicht") beschriftung="Gewicht (1–100)" schmal=true wert=feld(|p| p.gewicht.to_string()) deaktiviert
                        bei_aenderung=setze("Gewicht geändert", |p, w| if let Some(n) = w.trim().parse::<u32>().ok().filter(|n| (1..=100).contains(n)) { p.gewicht = n })/>
                </div>
                <Ankreuzfeld id=format!("{basis}-muss") beschriftung="Muss-Punkt („nein“ bedeutet K.-o.)" wert=Signal::derive(move || punkt.with(|p| p.muss)) deaktiviert
                    bei_eingabe=Callback::new(move |w: bool| aendere(daten, familie, "Muss/Kann geändert", |v, _| {
                        if let Some(p) = v.abschnitte.iter_mut().flat_map(|a| a.punkte.iter_mut()).find(|p| p.id == pid) { p.muss = w; }
                    }))/>
                <Feld id=format!("{basis}-hilfe") beschriftung="Hilfetext" mehrzeilig=true wert=feld(|p| p.hilfe.clone()) deaktiviert
                    bei_aenderung=setze("Hilfetext geändert", |p, w| p.hilfe = w.trim().to_owned())/>
                <div class="formular__reihe">
                    {move || view! {
                        <Auswahl id=format!("cl-e-p-{pid}-bedingung") beschriftung="Nur zeigen, wenn Prüfpunkt" optionen=mit_leerem_wert("immer zeigen", frueher.get())
                            wert=bedingung_punkt bei_eingabe=setze_bedingung_punkt deaktiviert/>
                    }}
                    {move || {
                        let werte = bedingung_werte.get();
                        (!werte.is_empty()).then(|| view! {
                            <Auswahl id=format!("cl-e-p-{pid}-bedingung-wert") beschriftung="die Antwort hat" optionen=werte
                                wert=bedingung_wert bei_eingabe=setze_bedingung_wert deaktiviert/>
                        })
                    }}
                </div>
                <div class="formular__reihe">
                    <Auswahl id=format!("{basis}-handlungsfeld") beschriftung="Handlungsfeld" optionen=mit_leerem_wert("keins", felder)
                        wert=feld(|p| p.handlungsfeld.map(|h| h.name().to_owned()).unwrap_or_default()) deaktiviert
                        bei_eingabe=setze("Handlungsfeld geändert", |p, w| p.handlungsfeld = Handlungsfeld::ALLE.iter().copied().find(|h| h.name() == w))/>
                    <Auswahl id=format!("{basis}-dimension") beschriftung="Dimension" optionen=mit_leerem_wert("keine", dimensionen)
                        wert=feld(|p| p.dimension.map(|d| d.name().to_owned()).unwrap_or_default()) deaktiviert
                        bei_eingabe=setze("Dimension geändert", |p, w| p.dimension = Dimension::ALLE.iter().copied().find(|d| d.name() == w))/>
                    <Feld id=format!("{basis}-reifegrad") beschriftung="Reifegrad-Kriterium" wert=feld(|p| p.reifegrad.clone()) deaktiviert
                        bei_aenderung=setze("Reifegrad-Kriterium geändert", |p, w| p.reifegrad = w.trim().to_owned())/>
                </div>
            </details>
        </div>
    }
}
