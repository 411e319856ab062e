//! The data table every tool's overview uses ([`Datentabelle`]), so that tables fit the window
//! and read the same everywhere:
//!
//! - the identifying column (ID and title of the record) is the row header and stays pinned
//!   while the other columns scroll sideways inside the table's own focusable region;
//! - numbers, amounts, dates and IDs never wrap and numbers are right-aligned with tabular
//!   figures ([`Spaltenart`]); long texts wrap within a readable width;
//! - a compact set of default columns, and a column chooser ("Spalten") whose choice is
//!   remembered per workspace in the app settings, not in the workspace (choosing columns is
//!   not a change that needs saving or undoing);
//! - the row's actions in one compact menu;
//! - below 48em the rows become cards ("Bezeichnung: Wert"), instead of squeezed columns.
//!
//! Sorting stays with the tool: a sortable column's header is a button that sets
//! `sortierung`, and the tool sorts its rows (its rules live in its `calc`).
//!
//! Large tables render in steps (issue 14): each new set of rows (first visit, filter, sort,
//! grouping: rows whose first screen differs) shows its first [`ERSTE_ZEILEN`] rows at once
//! and the others, [`SCHRITT`] per frame, on the following frames, so the first screen
//! appears without waiting for a thousand rows. Every row still ends up in the DOM (find in
//! page, screen readers and the keyboard reach all of them, which windowing and
//! `content-visibility` did not allow, see style/app.css); while rows are missing the table is
//! `aria-busy`, and printing (the `beforeprint` event) shows all rows at once.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;

/// How a column's cells are set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spaltenart {
    /// Short text, may wrap at spaces.
    Text,
    /// Long text (titles, descriptions): wraps within a readable width.
    Lang,
    /// Numbers and amounts: right-aligned, tabular figures, never wrap.
    Zahl,
    /// Dates, IDs, status words and badges: never wrap.
    Kurz,
}

impl Spaltenart {
    fn klasse(self) -> &'static str {
        match self {
            Spaltenart::Text => "datentabelle__zelle",
            Spaltenart::Lang => "datentabelle__zelle datentabelle__zelle--lang",
            Spaltenart::Zahl => "datentabelle__zelle datentabelle__zelle--zahl",
            Spaltenart::Kurz => "datentabelle__zelle datentabelle__zelle--kurz",
        }
    }
}

/// One column of a [`Datentabelle`] with rows of type `Z`.
pub struct Spalte<Z: 'static> {
    /// Stable key (column choice, sorting); never shown.
    pub schluessel: &'static str,
    /// Header text, also the label of the value in card view.
    pub titel: &'static str,
    /// How the cells are set.
    pub art: Spaltenart,
    /// Shown while the user has not chosen columns.
    pub standard: bool,
    /// The header sorts the table by this column.
    pub sortierbar: bool,
    /// The cell's content.
    pub zelle: fn(&Z) -> AnyView,
}

/// A column of the given kind, not sortable: the constructor every tool's table uses.
pub const fn spalte<Z>(
    schluessel: &'static str,
    titel: &'static str,
    art: Spaltenart,
    standard: bool,
    zelle: fn(&Z) -> AnyView,
) -> Spalte<Z> {
    Spalte {
        schluessel,
        titel,
        art,
        standard,
        sortierbar: false,
        zelle,
    }
}

/// The same column, sortable by its header (the tool sorts by [`Spalte::schluessel`]).
pub const fn sortierbar<Z>(mut spalte: Spalte<Z>) -> Spalte<Z> {
    spalte.sortierbar = true;
    spalte
}

/// A cell showing plain text, "–" where there is none.
pub fn zelltext(text: &str) -> AnyView {
    crate::app::zusammenfassung::oder_strich(text).into_any()
}

/// The actions of one table row in a compact "Aktionen" menu; `name` tells screen readers
/// whose actions they are ("Aktionen für P-2026-001").
#[component]
pub fn Zeilenmenue(
    /// The row's name.
    name: String,
    /// ID of the menu's button (`summary`), where a test or the focus needs one.
    #[prop(optional)]
    id: Option<String>,
    /// The actions (links and buttons).
    children: Children,
) -> impl IntoView {
    view! {
        <details class="zeilenmenue">
            <summary class="kern-link" id=id>"Aktionen"<span class="kern-sr-only">{format!(" für {name}")}</span></summary>
            <div class="zeilenmenue__liste">{children()}</div>
        </details>
    }
}

/// The actions of a row, shown in one compact menu.
pub struct Zeilenaktionen<Z: 'static> {
    /// The record's name, for the menu's accessible name ("Aktionen für P-2026-001").
    pub name: fn(&Z) -> String,
    /// The links and buttons.
    pub inhalt: fn(&Z) -> AnyView,
}

impl<Z> Clone for Zeilenaktionen<Z> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Z> Copy for Zeilenaktionen<Z> {}

/// The sort state: column key and ascending.
pub type Sortierung = Option<(&'static str, bool)>;

/// Rows of a new set of rows rendered at once: more than a tall screen shows.
pub const ERSTE_ZEILEN: usize = 50;

/// Rows added per frame after the first screen. Each step is one task; the shorter, the less
/// typing and scrolling wait while the rest comes in. Benchmark at 1,000 × 10 (median): the
/// longest step after a sort was 62–66 ms at 100 rows and 55–57 ms at 70; after a grouping
/// 75 ms while every step recomputed the groups over all rows, 63 ms since the groups are
/// computed once per set of rows (same machine, back to back).
pub const SCHRITT: usize = 70;

/// How many rows are rendered after `schritte` steps of growth.
fn gezeigte_zeilen(schritte: usize) -> usize {
    ERSTE_ZEILEN.saturating_add(schritte.saturating_mul(SCHRITT))
}

/// One group of consecutive rows with the same label (one `<tbody>`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Abschnitt {
    titel: String,
    /// Index of its first row in the table's rows.
    anfang: usize,
    /// Number of its rows.
    anzahl: usize,
}

impl Abschnitt {
    /// How many of its rows are rendered while the table renders its first `grenze` rows.
    fn gezeigt(&self, grenze: usize) -> usize {
        grenze.saturating_sub(self.anfang).min(self.anzahl)
    }
}

/// Splits `zeilen` into groups of consecutive rows with the same label. Computed once per set
/// of rows; each step of rendering only asks each group how many of its rows it shows.
fn abschnitte<Z>(zeilen: &[Z], gruppe: impl Fn(&Z) -> String) -> Vec<Abschnitt> {
    let mut liste: Vec<Abschnitt> = Vec::new();
    for (i, zeile) in zeilen.iter().enumerate() {
        let titel = gruppe(zeile);
        match liste.last_mut() {
            Some(abschnitt) if abschnitt.titel == titel => abschnitt.anzahl += 1,
            _ => liste.push(Abschnitt {
                titel,
                anfang: i,
                anzahl: 1,
            }),
        }
    }
    liste
}

/// The columns shown, in table order: the user's choice for this workspace, else the defaults.
fn sichtbare<Z>(spalten: &'static [Spalte<Z>], gewaehlt: Option<&Vec<String>>) -> Vec<usize> {
    (0..spalten.len())
        .filter(|&i| match gewaehlt {
            Some(liste) => liste.iter().any(|s| s == spalten[i].schluessel),
            None => spalten[i].standard,
        })
        .collect()
}

/// A data table. `kopf` is the identifying column (row header, pinned); `spalten` the others.
#[component]
pub fn Datentabelle<Z>(
    /// Unique on the page; also the key under which the column choice is remembered.
    id: &'static str,
    /// Caption, names the table and its scroll region.
    #[prop(into)]
    titel: Signal<String>,
    /// The identifying column: ID and title of the record.
    kopf: Spalte<Z>,
    /// The other columns.
    spalten: &'static [Spalte<Z>],
    /// The rows, already filtered and sorted.
    #[prop(into)]
    zeilen: Signal<Vec<Z>>,
    /// The sort state the sortable headers set; `None` for a table without sorting.
    #[prop(optional)]
    sortierung: Option<RwSignal<Sortierung>>,
    /// The row's actions (links or buttons), shown in one compact menu per row; with the
    /// record's name for the menu's accessible name.
    #[prop(optional)]
    aktionen: Option<Zeilenaktionen<Z>>,
    /// Groups the rows: consecutive rows with the same non-empty label form one row group
    /// (`<tbody>`) under a header row "label (count)"; rows with an empty label stay ungrouped.
    /// The tool orders the rows by group.
    #[prop(optional)]
    gruppe: Option<fn(&Z) -> String>,
) -> impl IntoView
where
    Z: Clone + PartialEq + Eq + std::hash::Hash + Send + Sync + 'static,
{
    // The rows once per change of the set (a derived signal would build them anew on every
    // read), each behind an `Arc`, so that the steps of rendering and the row groups pass rows
    // on without copying them.
    let zeilen: Memo<Vec<Arc<Z>>> =
        Memo::new(move |_| zeilen.with(|z| z.iter().cloned().map(Arc::new).collect()));
    let daten = expect_context::<Daten>();
    let einstellung = move || {
        daten
            .offene_id()
            .map(|ab| format!("{ab}/{id}"))
            .unwrap_or_else(|| id.to_owned())
    };
    let sichtbar = Memo::new(move |_| {
        let schluessel = einstellung();
        daten
            .einstellungen()
            .with(|e| sichtbare(spalten, e.spalten.get(&schluessel)))
    });
    let waehlen = move |schluessel: &'static str, an: bool| {
        let mut liste: Vec<String> = sichtbar
            .get_untracked()
            .into_iter()
            .map(|i| spalten[i].schluessel.to_owned())
            .collect();
        liste.retain(|s| s != schluessel);
        if an {
            liste.push(schluessel.to_owned());
        }
        let eintrag = einstellung();
        daten.einstellungen_aendern(|e| {
            e.spalten.insert(eintrag, liste);
        });
    };
    let standard = move |_| {
        let eintrag = einstellung();
        daten.einstellungen_aendern(|e| {
            e.spalten.remove(&eintrag);
        });
    };
    let titel_id = format!("{id}-titel");
    let region_beschriftung = titel_id.clone();
    let anzahl_gewaehlt = move || sichtbar.with(Vec::len);
    let wahl = spalten
        .iter()
        .enumerate()
        .map(|(i, spalte)| {
            let feld = format!("{id}-spalte-{}", spalte.schluessel);
            let schluessel = spalte.schluessel;
            view! {
                <li class="kern-form-check">
                    <input class="kern-form-check__checkbox" type="checkbox" id=feld.clone()
                        prop:checked=move || sichtbar.with(|s| s.contains(&i))
                        on:change=move |ev| waehlen(schluessel, event_target_checked(&ev))/>
                    <label class="kern-label" for=feld>{spalte.titel}</label>
                </li>
            }
        })
        .collect_view();
    let Spalte {
        schluessel: kopf_schluessel,
        titel: kopf_titel_text,
        sortierbar: kopf_sortierbar,
        zelle: kopf_zelle,
        ..
    } = kopf;
    let kopfzeile = move || {
        let zelle_kopf = kopfzelle(
            kopf_titel_text,
            kopf_schluessel,
            kopf_sortierbar,
            sortierung,
            true,
        );
        let andere = sichtbar
            .get()
            .into_iter()
            .map(|i| {
                let s = &spalten[i];
                kopfzelle(s.titel, s.schluessel, s.sortierbar, sortierung, false)
            })
            .collect_view();
        let aktionen_kopf = aktionen.map(|_| {
            view! { <th scope="col" class="datentabelle__aktionen"><span class="kern-sr-only">"Aktionen"</span></th> }
        });
        view! { <tr>{zelle_kopf}{andere}{aktionen_kopf}</tr> }
    };
    // Rendering in steps: `fassung` counts the sets of rows the table was given, `wachstum`
    // holds the steps grown for one of them; a new set starts again with the first screen.
    // Rows whose first screen is unchanged (a change further down, e.g. a row deleted there)
    // are the same set: the rendered rows stay, and so does the reader's scroll position.
    let anfang = StoredValue::new(Vec::<Arc<Z>>::new());
    let fassung = Memo::new(move |alt: Option<&u64>| {
        let neu: Vec<Arc<Z>> = zeilen.with(|z| z.iter().take(ERSTE_ZEILEN).cloned().collect());
        let gleich = anfang.with_value(|a| *a == neu);
        anfang.set_value(neu);
        match alt {
            None => 0,
            Some(&f) if gleich => f,
            Some(&f) => f.wrapping_add(1),
        }
    });
    let wachstum = RwSignal::new((0_u64, 0_usize));
    let grenze = move || {
        let f = fassung.get();
        wachstum.with(|&(fw, schritte)| gezeigte_zeilen(if fw == f { schritte } else { 0 }))
    };
    let fehlen = move || grenze() < zeilen.with(Vec::len);
    let vollstaendig = Memo::new(move |_| !fehlen());
    let wachsen = move |schritte: usize| {
        let f = fassung.get_untracked();
        wachstum.try_update(|w| {
            *w = (
                f,
                if w.0 == f {
                    w.1.saturating_add(schritte)
                } else {
                    schritte
                },
            )
        });
    };
    let geplant = StoredValue::new(false);
    // Reruns after every step (it reads the step count), until all rows are rendered.
    Effect::new(move |_| {
        if !fehlen() || geplant.get_value() {
            return;
        }
        geplant.set_value(true);
        request_animation_frame(move || {
            if geplant.try_set_value(false).is_none() {
                wachsen(1);
            }
        });
    });
    // Printing shows every row (the print dialog's listeners run before it lays out the page).
    let drucken = window_event_listener_untyped("beforeprint", move |_| wachsen(usize::MAX));
    on_cleanup(move || drucken.remove());
    // Consecutive rows with the same group label form one row group.
    let abschnitte = Memo::new(move |_| {
        zeilen.with(|z| abschnitte(z, |zeile| gruppe.map(|g| g(zeile)).unwrap_or_default()))
    });
    // The groups with at least one row rendered; a step adds a group only when it reaches it.
    let begonnene = move || {
        let grenze = grenze();
        abschnitte.with(|a| {
            a.iter()
                .filter(|x| x.gezeigt(grenze) > 0)
                .map(|x| x.titel.clone())
                .collect::<Vec<_>>()
        })
    };
    let zeile_zeigen = move |zeile: Arc<Z>| {
        let kopfinhalt = kopf_zelle(&zeile);
        let zellen = {
            let zeile = zeile.clone();
            move || {
                sichtbar.get().into_iter().map(|i| {
                let s = &spalten[i];
                view! { <td class=s.art.klasse() data-titel=s.titel>{(s.zelle)(&zeile)}</td> }
            }).collect_view()
            }
        };
        let menue = aktionen.map(|Zeilenaktionen { name, inhalt }| {
            view! {
                <td class="datentabelle__aktionen" data-titel="Aktionen">
                    <Zeilenmenue name=name(&zeile)>{inhalt(&zeile)}</Zeilenmenue>
                </td>
            }
        });
        view! {
            <tr>
                <th scope="row" class="datentabelle__kopf" data-titel=kopf_titel_text>{kopfinhalt}</th>
                {zellen}
                {menue}
            </tr>
        }
    };
    view! {
        <div class="datentabelle">
            <details class="datentabelle__spaltenwahl">
                <summary class="kern-link">
                    {move || format!("Spalten wählen ({} von {})", anzahl_gewaehlt(), spalten.len())}
                    <span class="kern-sr-only">{move || format!(" für „{}“", titel.get())}</span>
                </summary>
                <fieldset class="kern-fieldset">
                    <legend class="kern-label">{move || format!("Spalten der Tabelle „{}“", titel.get())}</legend>
                    <ul class="datentabelle__spaltenliste">{wahl}</ul>
                </fieldset>
                <Knopf art=Knopfart::Tertiaer bei_klick=standard>"Standardspalten"</Knopf>
            </details>
            <div class="kern-table-responsive datentabelle__rahmen" tabindex="0" role="region" aria-labelledby=region_beschriftung>
                <table class="kern-table datentabelle__tabelle" aria-busy=move || (!vollstaendig.get()).then_some("true")>
                    <caption class="kern-title" id=titel_id>{titel}</caption>
                    <thead>{kopfzeile}</thead>
                    <For each=begonnene
                        key=|t| t.clone()
                        children=move |titel| {
                            let name = titel.clone();
                            // Its rows and how many of them are rendered: a step changes only
                            // the group it grows, and that group's rows are taken from the
                            // table's rows by range.
                            let abschnitt = Memo::new(move |_| {
                                let grenze = grenze();
                                abschnitte.with(|a| {
                                    a.iter().find(|x| x.titel == name).map(|x| (x.anfang, x.anzahl, x.gezeigt(grenze))).unwrap_or_default()
                                })
                            });
                            let gezeigte = Memo::new(move |_| {
                                let (anfang, _, gezeigt) = abschnitt.get();
                                zeilen.with(|z| z.get(anfang..anfang + gezeigt).map(<[_]>::to_vec).unwrap_or_default())
                            });
                            let spaltenzahl = move || 1 + sichtbar.with(Vec::len) + usize::from(aktionen.is_some());
                            let kopf = (!titel.is_empty()).then(|| view! {
                                <tr class="datentabelle__gruppe">
                                    <th scope="rowgroup" colspan=spaltenzahl>
                                        {move || format!("{} ({})", titel, abschnitt.with(|(_, n, _)| *n))}
                                    </th>
                                </tr>
                            });
                            view! {
                                <tbody>
                                    {kopf}
                                    <For each=move || gezeigte.get() key=Arc::clone children=zeile_zeigen/>
                                </tbody>
                            }
                        }/>
                </table>
            </div>
        </div>
    }
}

/// A column header: a sort button for sortable columns (with `aria-sort` on the current one).
fn kopfzelle(
    titel: &'static str,
    schluessel: &'static str,
    sortierbar: bool,
    sortierung: Option<RwSignal<Sortierung>>,
    fest: bool,
) -> AnyView {
    let klasse = if fest {
        "datentabelle__kopf"
    } else {
        "datentabelle__spaltenkopf"
    };
    let Some(sortierung) = sortierung.filter(|_| sortierbar) else {
        return view! { <th scope="col" class=klasse>{titel}</th> }.into_any();
    };
    let aria = move || {
        sortierung.get().and_then(|(s, auf)| {
            (s == schluessel).then_some(if auf { "ascending" } else { "descending" })
        })
    };
    let zeichen = move || match sortierung.get() {
        Some((s, true)) if s == schluessel => "▲",
        Some((s, false)) if s == schluessel => "▼",
        _ => "↕",
    };
    let klick = move |_| {
        sortierung.update(|s| {
            *s = match *s {
                Some((alt, auf)) if alt == schluessel => Some((schluessel, !auf)),
                _ => Some((schluessel, true)),
            }
        });
    };
    view! {
        <th scope="col" class=klasse aria-sort=aria>
            <button type="button" class="sortierknopf" on:click=klick>
                {titel}<span class="sortierknopf__zeichen" aria-hidden="true">" "{zeichen}</span>
            </button>
        </th>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leer(_: &u32) -> AnyView {
        unreachable!("nur Auswahl geprüft")
    }

    static SPALTEN: &[Spalte<u32>] = &[
        Spalte {
            schluessel: "a",
            titel: "A",
            art: Spaltenart::Text,
            standard: true,
            sortierbar: false,
            zelle: leer,
        },
        Spalte {
            schluessel: "b",
            titel: "B",
            art: Spaltenart::Zahl,
            standard: false,
            sortierbar: true,
            zelle: leer,
        },
        Spalte {
            schluessel: "c",
            titel: "C",
            art: Spaltenart::Kurz,
            standard: true,
            sortierbar: false,
            zelle: leer,
        },
    ];

    #[test]
    fn abschnitte_zaehlen_alle_zeilen_und_zeigen_nur_die_ersten() {
        let zeilen = [("A", 1), ("A", 2), ("B", 3), ("B", 4), ("C", 5)];
        let gruppe = |z: &(&str, u32)| z.0.to_owned();
        let abschnitt = |titel: &str, anfang, anzahl| Abschnitt {
            titel: titel.to_owned(),
            anfang,
            anzahl,
        };
        let alle = abschnitte(&zeilen, gruppe);
        assert_eq!(
            alle,
            vec![
                abschnitt("A", 0, 2),
                abschnitt("B", 2, 2),
                abschnitt("C", 4, 1)
            ]
        );
        // The first three rows: A shows both of its rows, B one, C none until one of its rows
        // is rendered.
        let gezeigt: Vec<usize> = alle.iter().map(|a| a.gezeigt(3)).collect();
        assert_eq!(gezeigt, vec![2, 1, 0]);
        assert!(alle.iter().all(|a| a.gezeigt(usize::MAX) == a.anzahl));
        assert!(alle.iter().all(|a| a.gezeigt(0) == 0));
        // Without groups all rows form one section under the empty label.
        let ohne = abschnitte(&zeilen, |_| String::new());
        assert_eq!(ohne, vec![abschnitt("", 0, 5)]);
        assert_eq!(ohne[0].gezeigt(2), 2);
        assert!(abschnitte(&[] as &[(&str, u32)], gruppe).is_empty());
    }

    #[test]
    fn gezeigte_zeilen_wachsen_schrittweise_ohne_ueberlauf() {
        assert_eq!(gezeigte_zeilen(0), ERSTE_ZEILEN);
        assert_eq!(gezeigte_zeilen(2), ERSTE_ZEILEN + 2 * SCHRITT);
        assert_eq!(gezeigte_zeilen(usize::MAX), usize::MAX);
    }

    #[test]
    fn standard_oder_gewaehlte_spalten_in_tabellenreihenfolge() {
        assert_eq!(sichtbare(SPALTEN, None), vec![0, 2]);
        let gewaehlt = vec!["c".to_owned(), "b".to_owned(), "weg".to_owned()];
        assert_eq!(sichtbare(SPALTEN, Some(&gewaehlt)), vec![1, 2]);
        assert!(sichtbare(SPALTEN, Some(&Vec::new())).is_empty());
    }
}
