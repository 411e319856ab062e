//! Relations between stakeholders (unterstützt, beeinflusst, Konflikt; strength 1–3): the
//! table with delete and the form for a new relation.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Verbindungsentwurf,
};
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart, Zeilenaktionen};
use crate::tools::stakeholderanalyse::model::{
    Beziehung, Beziehungsart, Feldfehler, Stakeholderanalyse,
};
use crate::tools::stakeholderanalyse::SLUG;

use super::{
    aus_analyse, loeschknopf, spalte, stakeholderoptionen, textzelle, verweis, verweiszelle,
    Verweis,
};
use crate::app::components::{Knopf, Knopfart};

/// One relation.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    von: Verweis,
    art: &'static str,
    zu: Verweis,
    staerke: u8,
    bemerkung: String,
}

/// The table's columns; "von" is the row header.
static SPALTEN: &[Spalte<Zeile>] = &[
    spalte("art", "Art", Spaltenart::Kurz, true, |z| z.art.into_any()),
    spalte("zu", "Zu", Spaltenart::Text, true, |z| verweiszelle(&z.zu)),
    spalte("staerke", "Stärke", Spaltenart::Zahl, true, |z| {
        z.staerke.into_any()
    }),
    spalte("bemerkung", "Bemerkung", Spaltenart::Lang, true, |z| {
        textzelle(&z.bemerkung)
    }),
];

/// The name of a relation: "Personalrat unterstützt Fachreferat".
fn beziehungsname(z: &Zeile) -> String {
    format!("Beziehung „{} {} {}“", z.von.1, z.art, z.zu.1)
}

/// The row's action: delete.
fn aktionen(z: &Zeile) -> AnyView {
    let id = z.id;
    loeschknopf(beziehungsname(z), "Beziehung", move |a| {
        a.beziehungen.retain(|b| b.id != id)
    })
}

/// The table's rows.
fn zeilen(a: &Stakeholderanalyse) -> Vec<Zeile> {
    a.beziehungen
        .iter()
        .map(|b| Zeile {
            id: b.id,
            von: verweis(a, b.von),
            art: b.art.name(),
            zu: verweis(a, b.zu),
            staerke: b.staerke,
            bemerkung: b.bemerkung.clone(),
        })
        .collect::<Vec<_>>()
}

/// The relations page.
#[component]
pub fn Beziehungen() -> impl IntoView {
    let zeilen = aus_analyse(zeilen);
    view! {
        <Show when=move || zeilen.with(|z| !z.is_empty()) fallback=|| view! { <p class="kern-body">"Noch keine Beziehung erfasst."</p> }>
            <Datentabelle id="sh-beziehungen" titel="Beziehungen: von – Art – zu"
                kopf=spalte("von", "Von", Spaltenart::Text, true, |z: &Zeile| verweiszelle(&z.von))
                spalten=SPALTEN zeilen=zeilen
                aktionen=Zeilenaktionen { name: beziehungsname, inhalt: aktionen }/>
        </Show>
        <Neu/>
    }
}

/// The form for a new relation.
#[component]
fn Neu() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(entwurfsschluessel(SLUG, "beziehung", 0), || {
        Verbindungsentwurf::neu(Beziehungsart::Unterstuetzt.name())
    });
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let optionen = daten
        .lies_ungetrackt(|ab| {
            ab.map(|ab| stakeholderoptionen(&ab.werkzeuge.stakeholderanalyse, "bitte wählen"))
        })
        .unwrap_or_default();
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let b = Beziehung {
            id: 0,
            von: e.von.parse().unwrap_or_default(),
            zu: e.zu.parse().unwrap_or_default(),
            art: Beziehungsart::aus_name(&e.art).unwrap_or_default(),
            staerke: e.staerke.parse().unwrap_or(1),
            bemerkung: e.bemerkung.trim().to_owned(),
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.stakeholderanalyse.pruefe_beziehung(&b))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "sh-b-", probleme) {
            return;
        }
        let mut neu = None;
        daten.aendere("Beziehung angelegt", |ab| {
            neu = ab.werkzeuge.stakeholderanalyse.verknuepfe(b);
        });
        if neu.is_none() {
            fehler.set(vec![Feldfehler::neu(
                "sh-b-zu",
                "Diese Beziehung gibt es schon.",
            )]);
            return;
        }
        fehler.set(Vec::new());
        daten.ansagen("Beziehung angelegt.".to_owned());
        formular.verwerfen();
    };
    let [(von, von_setzen), (zu, zu_setzen), (art, art_setzen), (staerke, staerke_setzen), (bemerkung, bemerkung_setzen)] =
        Verbindungsentwurf::felder(entwurf);
    let arten = Beziehungsart::ALLE
        .iter()
        .map(|a| {
            (
                a.name().to_owned(),
                format!("{} – {}", a.name(), a.bedeutung()),
            )
        })
        .collect::<Vec<_>>();
    let staerken = vec![
        ("1".to_owned(), "1 – schwach".to_owned()),
        ("2".to_owned(), "2 – mittel".to_owned()),
        ("3".to_owned(), "3 – stark".to_owned()),
    ];
    view! {
        <h2 class="kern-heading-medium" id="sh-b-neu-titel">"Neue Beziehung"</h2>
        <Fehlerzusammenfassung id="sh-b-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="sh-b-neu-titel">
            <Auswahl id="sh-b-von" beschriftung="Von" pflicht=true optionen=optionen.clone() wert=von
                bei_eingabe=von_setzen fehler=fehler_am(fehler, "sh-b-von") deaktiviert/>
            <Auswahl id="sh-b-art" beschriftung="Art" pflicht=true optionen=arten wert=art
                bei_eingabe=art_setzen deaktiviert/>
            <Auswahl id="sh-b-zu" beschriftung="Zu" pflicht=true optionen=optionen wert=zu
                bei_eingabe=zu_setzen fehler=fehler_am(fehler, "sh-b-zu") deaktiviert/>
            <Auswahl id="sh-b-staerke" beschriftung="Stärke" pflicht=true optionen=staerken wert=staerke
                bei_eingabe=staerke_setzen deaktiviert/>
            <Eingabe id="sh-b-bemerkung" beschriftung="Bemerkung" wert=bemerkung
                bei_eingabe=bemerkung_setzen fehler=fehler_am(fehler, "sh-b-bemerkung") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="sh-b-anlegen" deaktiviert=deaktiviert>
                    "Beziehung anlegen"
                </Knopf>
            </div>
        </form>
    }
}
