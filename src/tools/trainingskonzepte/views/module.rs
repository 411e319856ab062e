//! The modules of a concept: the table (format, duration, trainer, the Kompetenzen of the
//! Kompetenzreflexion they address — a deleted one shown as deleted — and for which Rollen)
//! and the folded form that adds a module or, after "Bearbeiten", changes one. The form lists
//! the competences with their number of priority gaps, so a user can turn gaps into modules.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Aufklappformular, Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{
    feldbindung, Ankreuzfeld, Auswahl, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Satzformular,
};
use crate::app::tabelle::Zeilenmenue;
use crate::app::zusammenfassung::oder_strich;
use crate::shared::text::Feldfehler;
use crate::tools::kompetenzreflexion::calc::luecken;
use crate::tools::trainingskonzepte::calc;
use crate::tools::trainingskonzepte::model::{
    stunden_lesen, stunden_text, stunden_zahl, Format, Modul, Trainerart,
};
use crate::tools::trainingskonzepte::SLUG;

use super::{formatoptionen, trainerartoptionen};

/// The module form as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    titel: String,
    format: String,
    dauer: String,
    trainerart: String,
    trainer: String,
    inhalte: String,
    lernziele: String,
    materialien: String,
    voraussetzungen: String,
    kompetenzen: Vec<u32>,
    rollen: Vec<u32>,
    zielgruppen: Vec<u32>,
}

impl Entwurf {
    fn neu() -> Entwurf {
        Entwurf::aus(&Modul::default())
    }

    fn aus(m: &Modul) -> Entwurf {
        Entwurf {
            id: m.id,
            titel: m.titel.clone(),
            format: m.format.name().to_owned(),
            dauer: if m.dauer_minuten == 0 {
                String::new()
            } else {
                stunden_zahl(m.dauer_minuten)
            },
            trainerart: m.trainerart.name().to_owned(),
            trainer: m.trainer.clone(),
            inhalte: m.inhalte.clone(),
            lernziele: m.lernziele.clone(),
            materialien: m.materialien.clone(),
            voraussetzungen: m.voraussetzungen.clone(),
            kompetenzen: m.kompetenzen.clone(),
            rollen: m.rollen.clone(),
            zielgruppen: m.zielgruppen.clone(),
        }
    }

    fn lesen(&self) -> (Modul, Vec<Feldfehler>) {
        let mut fehler = Vec::new();
        let dauer = stunden_lesen(&self.dauer).unwrap_or_else(|m| {
            fehler.push(Feldfehler::neu("dauer", format!("Dauer: {m}")));
            0
        });
        let m = Modul {
            id: self.id,
            titel: self.titel.trim().to_owned(),
            format: Format::aus_name(&self.format).unwrap_or_default(),
            dauer_minuten: dauer,
            trainerart: Trainerart::aus_name(&self.trainerart).unwrap_or_default(),
            trainer: self.trainer.trim().to_owned(),
            inhalte: self.inhalte.trim().to_owned(),
            lernziele: self.lernziele.trim().to_owned(),
            materialien: self.materialien.trim().to_owned(),
            voraussetzungen: self.voraussetzungen.trim().to_owned(),
            kompetenzen: self.kompetenzen.clone(),
            rollen: self.rollen.clone(),
            zielgruppen: self.zielgruppen.clone(),
        };
        (m, fehler)
    }
}

/// One row of the modules table.
#[derive(Clone, Debug, PartialEq)]
struct Zeile {
    modul: Modul,
    kompetenzen: String,
    rollen: String,
    termine: usize,
}

/// Toggles `id` in `liste`.
fn umschalten(liste: &mut Vec<u32>, id: u32, an: bool) {
    liste.retain(|x| *x != id);
    if an {
        liste.push(id);
    }
}

/// The modules of concept `konzept`, with the form.
#[component]
pub fn Module(konzept: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let zeilen = daten.ableiten(move |ab| {
        let kr = &ab.werkzeuge.kompetenzreflexion;
        ab.werkzeuge
            .trainingskonzepte
            .konzept(konzept)
            .map_or(Vec::new(), |k| {
                k.module
                    .iter()
                    .map(|m| Zeile {
                        modul: m.clone(),
                        kompetenzen: m
                            .kompetenzen
                            .iter()
                            .map(|x| calc::kompetenzname(kr, *x))
                            .collect::<Vec<_>>()
                            .join(", "),
                        rollen: if m.rollen.is_empty() {
                            "alle".to_owned()
                        } else {
                            m.rollen
                                .iter()
                                .map(|r| calc::rollenname(kr, *r))
                                .collect::<Vec<_>>()
                                .join(", ")
                        },
                        termine: k.termine.iter().filter(|t| t.modul == m.id).count(),
                    })
                    .collect()
            })
    });
    let formular = Satzformular::neu(
        entwurfsschluessel(SLUG, "modul", konzept),
        |_| Entwurf::neu(),
        move |ab, id| {
            ab.werkzeuge
                .trainingskonzepte
                .konzept(konzept)
                .and_then(|k| k.modul(id))
                .map(Entwurf::aus)
        },
        |e| e.id,
    );
    let entwurf = formular.wert();
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let f = move |feld: &str| fehler_am(fehler, format!("tk-m-{feld}"));
    let auswahl = daten.ableiten(move |ab| {
        let kr = &ab.werkzeuge.kompetenzreflexion;
        let prio: Vec<u32> = luecken(kr)
            .into_iter()
            .filter(|l| l.zelle.prioritaer())
            .map(|l| l.kompetenz)
            .collect();
        let kompetenzen: Vec<(u32, String)> = kr
            .kompetenzen_geordnet()
            .into_iter()
            .map(|x| {
                let n = prio.iter().filter(|p| **p == x.id).count();
                let text = match n {
                    0 => x.name.clone(),
                    1 => format!("{} (1 prioritäre Lücke)", x.name),
                    n => format!("{} ({n} prioritäre Lücken)", x.name),
                };
                (x.id, text)
            })
            .collect();
        let rollen: Vec<(u32, String)> = kr.rollen.iter().map(|r| (r.id, r.name.clone())).collect();
        let zielgruppen: Vec<(u32, String)> = ab
            .werkzeuge
            .trainingskonzepte
            .konzept(konzept)
            .map_or(Vec::new(), |k| {
                k.zielgruppen
                    .iter()
                    .map(|z| (z.id, z.name.clone()))
                    .collect()
            });
        (kompetenzen, rollen, zielgruppen)
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (m, mut probleme) = entwurf.get_untracked().lesen();
        let weitere = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.trainingskonzepte.pruefe_modul(&m))
                .unwrap_or_default()
        });
        for p in weitere {
            if !probleme.iter().any(|x| x.feld == p.feld) {
                probleme.push(p);
            }
        }
        if !fehler_melden(fehler, "tk-m-", probleme) {
            return;
        }
        let name = m.titel.clone();
        let wort = if m.id == 0 {
            "hinzugefügt"
        } else {
            "geändert"
        };
        daten.aendere(&format!("Modul „{name}“ {wort}"), |ab| {
            ab.werkzeuge.trainingskonzepte.speichere_modul(konzept, m);
        });
        daten.ansagen(format!("Modul „{name}“ {wort}."));
        formular.leeren();
    };
    let (titel, titel_s) = feldbindung!(entwurf.titel);
    let (format, format_s) = feldbindung!(entwurf.format);
    let (dauer, dauer_s) = feldbindung!(entwurf.dauer);
    let (trainerart, trainerart_s) = feldbindung!(entwurf.trainerart);
    let (trainer, trainer_s) = feldbindung!(entwurf.trainer);
    let (inhalte, inhalte_s) = feldbindung!(entwurf.inhalte);
    let (lernziele, lernziele_s) = feldbindung!(entwurf.lernziele);
    let (materialien, materialien_s) = feldbindung!(entwurf.materialien);
    let (voraussetzungen, voraussetzungen_s) = feldbindung!(entwurf.voraussetzungen);
    let tabelle = move || {
        let liste = zeilen.get();
        if liste.is_empty() {
            return view! { <p class="kern-body">"Noch kein Modul."</p> }.into_any();
        }
        view! {
            <Tabelle id="tk-module-titel" titel="Module mit Format, Dauer und adressierten Kompetenzen" spalten=&["Modul", "Format, Dauer", "Trainer/in", "Kompetenzen", "Termine", "Aktionen"] zahlenspalten=&[4]>
                <tbody class="kern-table__body">
                    {liste.into_iter().map(|z| {
                        let id = z.modul.id;
                        let name = z.modul.titel.clone();
                        let loeschbar = z.termine == 0;
                        let format = if z.modul.dauer_minuten == 0 { z.modul.format.name().to_owned() } else { format!("{}, {}", z.modul.format.name(), stunden_text(z.modul.dauer_minuten)) };
                        let trainer = if z.modul.trainer.trim().is_empty() { z.modul.trainerart.name().to_owned() } else { format!("{} ({})", z.modul.trainer, z.modul.trainerart.name()) };
                        let kompetenzen = if z.rollen == "alle" { oder_strich(&z.kompetenzen) } else { format!("{}; nur für {}", oder_strich(&z.kompetenzen), z.rollen) };
                        view! {
                            <tr class="kern-table__row">
                                <th scope="row" class="kern-table__header">{z.modul.titel.clone()}</th>
                                <td class="kern-table__cell">{format}</td>
                                <td class="kern-table__cell">{trainer}</td>
                                <td class="kern-table__cell">{kompetenzen}</td>
                                <td class="kern-table__cell kern-table__cell--numeric">{z.termine}</td>
                                <td class="datentabelle__aktionen">
                                    <Zeilenmenue name=name.clone() id=format!("tk-modul-aktionen-{id}")>
                                        <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert on:click=move |_| {
                                            formular.bearbeiten(id);
                                            fehler.set(Vec::new());
                                            browser::fokussiere("#tk-m-titel");
                                        }>
                                            <span class="kern-label">"Bearbeiten"</span>
                                        </button>
                                        {loeschbar.then(|| view! {
                                            <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert on:click=move |_| {
                                                daten.aendere("Modul gelöscht", |ab| { ab.werkzeuge.trainingskonzepte.entferne_modul(konzept, id); });
                                                daten.ansagen("Modul gelöscht; rückgängig mit Strg+Z.");
                                            }>
                                                <span class="kern-label">"Löschen"</span>
                                            </button>
                                        })}
                                    </Zeilenmenue>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </Tabelle>
            <p class="kern-body tk-nebentext">"Ein Modul mit Terminen lässt sich erst löschen, wenn seine Termine gelöscht sind."</p>
        }.into_any()
    };
    let haken = move |feld: &'static str,
                      liste: Vec<(u32, String)>,
                      lesen: fn(&Entwurf) -> &Vec<u32>,
                      schreiben: fn(&mut Entwurf) -> &mut Vec<u32>| {
        liste
            .into_iter()
            .map(|(id, text)| {
                let wert = Signal::derive(move || entwurf.with(|e| lesen(e).contains(&id)));
                view! {
                    <Ankreuzfeld id=format!("tk-m-{feld}-{id}") beschriftung=text wert deaktiviert
                        bei_eingabe=Callback::new(move |an: bool| entwurf.update(|e| umschalten(schreiben(e), id, an)))/>
                }
            })
            .collect_view()
    };
    view! {
        {tabelle}
        <Aufklappformular id="tk-modul-formular-titel" offen=Signal::derive(move || formular.in_arbeit())
            titel=Signal::derive(move || if entwurf.with(|e| e.id == 0) { "Modul hinzufügen".to_owned() } else { format!("Modul „{}“ bearbeiten", entwurf.with(|e| e.titel.clone())) })>
            <Fehlerzusammenfassung id="tk-m-fehler" fehler=fehlerliste(fehler)/>
            <form class="formular" novalidate aria-labelledby="tk-modul-formular-titel" on:submit=speichern>
                <Eingabe id="tk-m-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=titel_s fehler=f("titel") deaktiviert/>
                <div class="formular__reihe">
                    <Auswahl id="tk-m-format" beschriftung="Format" optionen=formatoptionen() wert=format bei_eingabe=format_s deaktiviert/>
                    <Eingabe id="tk-m-dauer" beschriftung="Dauer (Stunden)" schmal=true hinweis="Zum Beispiel 1,5" wert=dauer bei_eingabe=dauer_s fehler=f("dauer") deaktiviert/>
                </div>
                {move || {
                    let (kompetenzen, rollen, zielgruppen) = auswahl.get();
                    // A linked competence or role that no longer exists stays visible, labelled as deleted.
                    let kr_k: Vec<u32> = kompetenzen.iter().map(|x| x.0).collect();
                    let geloeschte_k: Vec<(u32, String)> = entwurf.with_untracked(|e| e.kompetenzen.clone()).into_iter()
                        .filter(|k| !kr_k.contains(k)).map(|k| (k, crate::shared::text::geloescht("Kompetenz", &format!("K{k}")))).collect();
                    let kr_r: Vec<u32> = rollen.iter().map(|x| x.0).collect();
                    let geloeschte_r: Vec<(u32, String)> = entwurf.with_untracked(|e| e.rollen.clone()).into_iter()
                        .filter(|r| !kr_r.contains(r)).map(|r| (r, crate::shared::text::geloescht("Rolle", &format!("R{r}")))).collect();
                    view! {
                        <Feldgruppe titel="Adressierte Kompetenzen (aus der Kompetenzreflexion)">
                            {if kompetenzen.is_empty() && geloeschte_k.is_empty() {
                                view! { <p class="kern-body">"Die Kompetenzreflexion hat noch keine Kompetenzen. Legen Sie dort Kataloge und Einschätzungen an, um Lücken mit Modulen zu verknüpfen."</p> }.into_any()
                            } else {
                                haken("kompetenz", kompetenzen.into_iter().chain(geloeschte_k).collect(), |e| &e.kompetenzen, |e| &mut e.kompetenzen).into_any()
                            }}
                        </Feldgruppe>
                        {(!rollen.is_empty() || !geloeschte_r.is_empty()).then(|| view! {
                            <Feldgruppe titel="Nur für Rollen (keine Auswahl: für alle)">
                                {haken("rolle", rollen.into_iter().chain(geloeschte_r).collect(), |e| &e.rollen, |e| &mut e.rollen)}
                            </Feldgruppe>
                        })}
                        {(!zielgruppen.is_empty()).then(|| view! {
                            <Feldgruppe titel="Für Zielgruppen (Curriculum)">
                                {haken("zielgruppe", zielgruppen, |e| &e.zielgruppen, |e| &mut e.zielgruppen)}
                            </Feldgruppe>
                        })}
                    }
                }}
                <div class="formular__reihe">
                    <Auswahl id="tk-m-trainerart" beschriftung="Trainer/in" optionen=trainerartoptionen() wert=trainerart bei_eingabe=trainerart_s deaktiviert/>
                    <Eingabe id="tk-m-trainer" beschriftung="Name oder Stelle" wert=trainer bei_eingabe=trainer_s fehler=f("trainer") deaktiviert/>
                </div>
                <Eingabe id="tk-m-inhalte" beschriftung="Inhalte" mehrzeilig=true wert=inhalte bei_eingabe=inhalte_s fehler=f("inhalte") deaktiviert/>
                <Eingabe id="tk-m-lernziele" beschriftung="Lernziele des Moduls" mehrzeilig=true wert=lernziele bei_eingabe=lernziele_s fehler=f("lernziele") deaktiviert/>
                <Eingabe id="tk-m-materialien" beschriftung="Materialien" mehrzeilig=true wert=materialien bei_eingabe=materialien_s fehler=f("materialien") deaktiviert/>
                <Eingabe id="tk-m-voraussetzungen" beschriftung="Voraussetzungen" mehrzeilig=true wert=voraussetzungen bei_eingabe=voraussetzungen_s fehler=f("voraussetzungen") deaktiviert/>
                <div class="knopfleiste">
                    <Knopf art=Knopfart::Primaer absenden=true id="tk-m-speichern" deaktiviert>
                        {move || if entwurf.with(|e| e.id == 0) { "Modul hinzufügen" } else { "Modul speichern" }}
                    </Knopf>
                    {move || formular.in_arbeit().then(|| view! {
                        <Knopf id="tk-m-abbrechen" bei_klick=move |_| { formular.leeren(); fehler.set(Vec::new()); }>"Abbrechen"</Knopf>
                    })}
                </div>
            </form>
        </Aufklappformular>
    }
}
