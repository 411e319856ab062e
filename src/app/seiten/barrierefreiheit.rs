//! Erklärung zur Barrierefreiheit (BGG § 12b, BITV 2.0 § 7) with the agency's fields from
//! `betreiber.json`.

use leptos::prelude::*;

use crate::app::components::{angabe, Begriffsliste, Hinweis, HinweisArt, Seitenkopf};
use crate::app::{BetreiberKontext, BetreiberStand};
use crate::shared::betreiber::{Betreiber, SCHLICHTUNGSSTELLE_BUND, SCHLICHTUNGSSTELLE_BUND_URL};

/// Known limitations of the app itself, independent of the hosting agency.
const BEKANNTE_EINSCHRAENKUNGEN: &[&str] = &[
    "Erläuterungen in Leichter Sprache und in Deutscher Gebärdensprache (§ 4 BITV 2.0) liegen noch nicht vor.",
    "Die Anwendung wurde bisher nur automatisiert (axe-core, Tastaturtests) und nicht durch eine Prüfstelle nach BITV-Test geprüft.",
];

/// The accessibility statement.
#[component]
pub fn Barrierefreiheit() -> impl IntoView {
    let BetreiberKontext(betreiber) = expect_context();
    let inhalt = move || {
        let (angaben, fehler) = match betreiber.get() {
            BetreiberStand::Laedt => {
                return view! { <p class="kern-body">"Angaben werden geladen …"</p> }.into_any()
            }
            BetreiberStand::Geladen(b) => (*b, None),
            BetreiberStand::Fehlerhaft(meldung) => (Betreiber::default(), Some(meldung)),
        };
        erklaerung(angaben, fehler)
    };
    view! {
        <Seitenkopf
            titel="Erklärung zur Barrierefreiheit".to_owned()
            einleitung="Die betreibende Stelle ist bemüht, den UPO-Werkzeugkasten im Einklang mit dem \
                Behindertengleichstellungsgesetz des Bundes (BGG) und der Barrierefreie-Informationstechnik-\
                Verordnung (BITV 2.0) barrierefrei zugänglich zu machen."
        />
        {inhalt}
    }
}

fn erklaerung(b: Betreiber, fehler: Option<String>) -> AnyView {
    let a = b.barrierefreiheit;
    let status = a.vereinbarkeit.map(|v| v.satz().to_owned());
    let mut einschraenkungen: Vec<String> = BEKANNTE_EINSCHRAENKUNGEN
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    einschraenkungen.extend(a.weitere_nicht_barrierefreie_inhalte);
    let einschraenkungen = einschraenkungen
        .into_iter()
        .map(|text| view! { <li>{text}</li> })
        .collect_view();
    let schlichtung_url = a
        .schlichtungsstelle_url
        .unwrap_or_else(|| SCHLICHTUNGSSTELLE_BUND_URL.to_owned());
    let schlichtung = a
        .schlichtungsstelle
        .unwrap_or_else(|| SCHLICHTUNGSSTELLE_BUND.to_owned());
    view! {
        {fehler.map(|meldung| view! {
            <Hinweis art=HinweisArt::Warnung titel="Angaben der betreibenden Stelle fehlerhaft".to_owned()>
                <p class="kern-body">{meldung}</p>
            </Hinweis>
        })}
        <h2 class="kern-heading-medium">"Stand der Vereinbarkeit mit den Anforderungen"</h2>
        <p class="kern-body">{angabe(status)}</p>

        <h2 class="kern-heading-medium">"Nicht barrierefreie Inhalte"</h2>
        <ul class="kern-body aufzaehlung">{einschraenkungen}</ul>

        <h2 class="kern-heading-medium">"Erstellung dieser Erklärung"</h2>
        <Begriffsliste eintraege=vec![
            ("Erstellt am", angabe(a.erstellt_am)),
            ("Zuletzt überprüft am", angabe(a.zuletzt_ueberprueft_am)),
            ("Methode der Bewertung", angabe(a.methode)),
        ]/>

        <h2 class="kern-heading-medium">"Barrieren melden: Kontakt zu den Feedback-Ansprechpartnern"</h2>
        <p class="kern-body">
            "Sie möchten uns bestehende Barrieren mitteilen oder Informationen zur Umsetzung der Barrierefreiheit erfragen? "
            "Für Ihr Feedback sowie alle weiteren Informationen sprechen Sie uns gerne an. "
            "Wir antworten innerhalb eines Monats."
        </p>
        <Begriffsliste eintraege=vec![
            ("Behörde", angabe(b.behoerde)),
            ("E-Mail", angabe(a.feedback_email)),
            ("Telefon", angabe(a.feedback_telefon)),
            ("Anschrift", angabe(a.feedback_anschrift)),
        ]/>

        <h2 class="kern-heading-medium">"Schlichtungsverfahren"</h2>
        <p class="kern-body">
            "Wenn auch nach Ihrem Feedback an den oben genannten Kontakt keine zufriedenstellende Lösung gefunden wurde, "
            "können Sie sich an die " {schlichtung} " wenden. Die Schlichtungsstelle hat die Aufgabe, bei Konflikten "
            "zum Thema Barrierefreiheit zwischen Menschen mit Behinderungen und öffentlichen Stellen eine "
            "außergerichtliche Streitbeilegung zu unterstützen. Das Schlichtungsverfahren ist kostenlos. "
            "Es muss kein Rechtsbeistand eingeschaltet werden (§ 16 BGG)."
        </p>
        <p class="kern-body">
            "Weitere Informationen: " <a class="kern-link" href=schlichtung_url.clone()>{schlichtung_url.clone()}</a>
        </p>
    }
    .into_any()
}
