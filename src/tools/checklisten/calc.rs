//! Calculations of the Checklisten tool (fachkonzept §2.7): which items a run shows
//! (conditions), the Erfüllungsgrad per section and in total, the K.-o. items, progress and
//! the open measures. All in integer arithmetic: a weight is worth 100 points, `teilweise` the
//! template's percentage of it, a Skala value `wert × 25`.

use super::model::{
    Abschnitt, Antworttyp, Checklisten, Durchfuehrung, Folgemassnahme, Objekt, Objektart,
    Pruefpunkt, Vorlage,
};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datensatz::Datensaetze;
use crate::shared::datum::Datum;
use crate::shared::sortieren::Sortieren;

/// Whether item `p` is shown in run `d` of template `v`: without a condition always; with one
/// only if the deciding item is itself shown and answered with the condition's value
/// (fachkonzept §2.7, conditional logic as in the Reifegrad-Check [Q:S6]). Conditions point
/// to earlier items only (checked when saving); a chain deeper than the template is treated
/// as hidden, so a damaged file cannot loop.
pub fn sichtbar(v: &Vorlage, d: &Durchfuehrung, p: &Pruefpunkt) -> bool {
    let mut aktuell = p;
    for _ in 0..=v.punkte().count() {
        let Some(b) = &aktuell.bedingung else {
            return true;
        };
        let Some(vorher) = v.punkt(b.punkt) else {
            return false;
        };
        if d.antwort(vorher.id).is_none_or(|a| a.wert != b.wert) {
            return false;
        }
        aktuell = vorher;
    }
    false
}

/// Points item `p` earns and is worth, `None` if it does not count: Text and Datum items,
/// unanswered items and `n. a.` are left out (Erfüllungsgrad = Σ erfüllte Gewichte / Σ
/// anwendbare Gewichte, n. a. excluded, fachkonzept §2.7). `teilweise` earns `teilweise`
/// percent of the weight (issue #17: half unless the template says otherwise), a Skala value
/// its quarter share.
pub fn punkte(p: &Pruefpunkt, wert: &str, teilweise: u8) -> Option<(u64, u64)> {
    let voll = u64::from(p.gewicht) * 100;
    let erreicht = match (p.typ, wert) {
        (Antworttyp::JaNein | Antworttyp::JaTeilweiseNein, "ja") => voll,
        (Antworttyp::JaNein | Antworttyp::JaTeilweiseNein, "nein") => 0,
        (Antworttyp::JaTeilweiseNein, "teilweise") => {
            u64::from(p.gewicht) * u64::from(teilweise.min(100))
        }
        (Antworttyp::Skala, s) => {
            let n: u64 = s.parse().ok().filter(|n| *n <= 4)?;
            u64::from(p.gewicht) * n * 25
        }
        _ => return None,
    };
    Some((erreicht, voll))
}

/// Result of a section or a whole run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ergebnis {
    /// Points earned (100 per weight).
    pub erreicht: u64,
    /// Points of the applicable answered items.
    pub anwendbar: u64,
    /// Shown items.
    pub sichtbar: usize,
    /// Shown items answered.
    pub beantwortet: usize,
    /// Shown Muss items answered `nein`.
    pub ko: usize,
}

impl Ergebnis {
    /// Erfüllungsgrad in tenths of a percent (rounded half up); `None` without applicable
    /// answers.
    pub fn promille(&self) -> Option<u64> {
        (self.anwendbar > 0).then(|| (self.erreicht * 1000 + self.anwendbar / 2) / self.anwendbar)
    }

    /// Erfüllungsgrad as German text, e.g. "62,5 %"; "–" without applicable answers.
    pub fn text(&self) -> String {
        match self.promille() {
            Some(p) => format!("{},{} %", p / 10, p % 10),
            None => "–".to_owned(),
        }
    }

    fn plus(&mut self, o: &Ergebnis) {
        self.erreicht += o.erreicht;
        self.anwendbar += o.anwendbar;
        self.sichtbar += o.sichtbar;
        self.beantwortet += o.beantwortet;
        self.ko += o.ko;
    }
}

/// Whether item `p` is a K.-o.: a Muss item answered `nein` (fachkonzept §2.7).
pub fn ist_ko(p: &Pruefpunkt, d: &Durchfuehrung) -> bool {
    p.muss && d.antwort(p.id).is_some_and(|a| a.wert == "nein")
}

/// Result of section `a` in run `d`.
pub fn abschnitt(v: &Vorlage, a: &Abschnitt, d: &Durchfuehrung) -> Ergebnis {
    let mut e = Ergebnis::default();
    for p in a.punkte.iter().filter(|p| sichtbar(v, d, p)) {
        e.sichtbar += 1;
        let antwort = d.antwort(p.id);
        if antwort.is_some_and(|x| x.beantwortet(p.typ)) {
            e.beantwortet += 1;
        }
        if let Some((erreicht, voll)) = antwort.and_then(|x| punkte(p, &x.wert, v.teilweise)) {
            e.erreicht += erreicht;
            e.anwendbar += voll;
        }
        e.ko += usize::from(ist_ko(p, d));
    }
    e
}

/// Per section and in total.
pub fn auswertung(v: &Vorlage, d: &Durchfuehrung) -> (Vec<Ergebnis>, Ergebnis) {
    let je: Vec<Ergebnis> = v.abschnitte.iter().map(|a| abschnitt(v, a, d)).collect();
    let mut gesamt = Ergebnis::default();
    for e in &je {
        gesamt.plus(e);
    }
    (je, gesamt)
}

/// The shown K.-o. items of run `d`, in template order.
pub fn ko_punkte<'a>(v: &'a Vorlage, d: &Durchfuehrung) -> Vec<(&'a Abschnitt, &'a Pruefpunkt)> {
    v.punkte()
        .filter(|(_, p)| sichtbar(v, d, p) && ist_ko(p, d))
        .collect()
}

/// Whether a measure still has to be done (geplant or in Arbeit).
pub fn offen(m: &Folgemassnahme) -> bool {
    m.status.offen()
}

/// One measure across all runs.
#[derive(Clone, Debug, PartialEq)]
pub struct Massnahmenzeile<'a> {
    /// The run.
    pub durchfuehrung: &'a Durchfuehrung,
    /// The item.
    pub punkt: Option<&'a Pruefpunkt>,
    /// The measure.
    pub massnahme: &'a Folgemassnahme,
}

/// Every measure of every run, open ones first, then by due date.
pub fn massnahmen(plan: &Checklisten) -> Vec<Massnahmenzeile<'_>> {
    let mut liste: Vec<Massnahmenzeile> = plan
        .durchfuehrungen
        .iter()
        .flat_map(|d| {
            let v = plan.vorlage(d.vorlage);
            d.antworten.iter().filter_map(move |a| {
                a.massnahme.as_ref().map(|m| Massnahmenzeile {
                    durchfuehrung: d,
                    punkt: v.and_then(|v| v.punkt(a.punkt)),
                    massnahme: m,
                })
            })
        })
        .collect();
    liste.sortiere_nach_schluessel(|z| {
        (
            !offen(z.massnahme),
            z.massnahme.termin.is_none(),
            z.massnahme.termin,
        )
    });
    liste
}

/// Days a measure is overdue at `heute`: open and past its due date.
pub fn ueberfaellig(m: &Folgemassnahme, heute: Datum) -> Option<i64> {
    let termin = m.termin?;
    (offen(m) && termin < heute).then(|| termin.tage_bis(heute))
}

/// The answer to item `p` in run `d` as text ("ja", "n. a.", "3", a date, the free text);
/// empty if unanswered.
pub fn antwort_text(p: &Pruefpunkt, d: &Durchfuehrung) -> String {
    let Some(a) = d.antwort(p.id) else {
        return String::new();
    };
    match p.typ {
        Antworttyp::Text => a.text.clone(),
        Antworttyp::Datum => a.datum.map(|d| d.deutsch()).unwrap_or_default(),
        _ => super::model::wert_name(&a.wert).to_owned(),
    }
}

/// The runs run `d` can be compared with: the same object checked with the same template
/// family (any version), newest date first.
pub fn vergleichbar<'a>(plan: &'a Checklisten, d: &Durchfuehrung) -> Vec<&'a Durchfuehrung> {
    let Some(familie) = plan.vorlage(d.vorlage).map(|v| v.familie) else {
        return Vec::new();
    };
    let mut liste: Vec<&Durchfuehrung> = plan
        .durchfuehrungen
        .iter()
        .filter(|x| x.id != d.id && x.objekt == d.objekt)
        .filter(|x| {
            plan.vorlage(x.vorlage)
                .is_some_and(|v| v.familie == familie)
        })
        .collect();
    liste.sortiere_nach_schluessel(|x| (std::cmp::Reverse(x.datum), std::cmp::Reverse(x.id)));
    liste
}

/// One section in a comparison; `None` where that run's version has no such section.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Abschnittsvergleich {
    /// Section title (of the newer version where both have it).
    pub titel: String,
    /// Result in the first run.
    pub a: Option<Ergebnis>,
    /// Result in the second run.
    pub b: Option<Ergebnis>,
}

/// An item whose answer differs between the two runs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Punktvergleich {
    /// Number as shown.
    pub nr: String,
    /// The question.
    pub frage: String,
    /// Answer in the first run ("–" unanswered, "ausgeblendet", "nicht in dieser Version").
    pub a: String,
    /// Answer in the second run.
    pub b: String,
}

/// Two runs of one object side by side.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Vergleich {
    /// Per section, in the order of the first run's version, then sections only the second has.
    pub abschnitte: Vec<Abschnittsvergleich>,
    /// Totals of the first and the second run.
    pub gesamt: (Ergebnis, Ergebnis),
    /// Items answered differently.
    pub geaendert: Vec<Punktvergleich>,
}

/// Compares run `da` (template version `va`) with run `db` (`vb`). Sections and items are
/// matched by their ids, which a template keeps across its versions, so runs of different
/// versions compare item by item.
pub fn vergleich(va: &Vorlage, da: &Durchfuehrung, vb: &Vorlage, db: &Durchfuehrung) -> Vergleich {
    let mut abschnitte: Vec<Abschnittsvergleich> = va
        .abschnitte
        .iter()
        .map(|a| {
            let gegenueber = vb.abschnitte.mit_id(a.id);
            Abschnittsvergleich {
                titel: gegenueber.map_or(a.titel.clone(), |x| x.titel.clone()),
                a: Some(abschnitt(va, a, da)),
                b: gegenueber.map(|x| abschnitt(vb, x, db)),
            }
        })
        .collect();
    abschnitte.extend(
        vb.abschnitte
            .iter()
            .filter(|x| !va.abschnitte.iter().any(|a| a.id == x.id))
            .map(|x| Abschnittsvergleich {
                titel: x.titel.clone(),
                a: None,
                b: Some(abschnitt(vb, x, db)),
            }),
    );
    let text = |v: &Vorlage, d: &Durchfuehrung, id: u32| match v.punkt(id) {
        None => "nicht in dieser Version".to_owned(),
        Some(p) if !sichtbar(v, d, p) => "ausgeblendet".to_owned(),
        Some(p) => Some(antwort_text(p, d))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| "–".to_owned()),
    };
    let mut ids: Vec<&Pruefpunkt> = va.punkte().map(|(_, p)| p).collect();
    ids.extend(
        vb.punkte()
            .map(|(_, p)| p)
            .filter(|p| va.punkt(p.id).is_none()),
    );
    let geaendert = ids
        .into_iter()
        .filter_map(|p| {
            let (a, b) = (text(va, da, p.id), text(vb, db, p.id));
            let neuer = vb.punkt(p.id).unwrap_or(p);
            (a != b).then(|| Punktvergleich {
                nr: neuer.nr.clone(),
                frage: neuer.frage.clone(),
                a,
                b,
            })
        })
        .collect();
    Vergleich {
        abschnitte,
        gesamt: (auswertung(va, da).1, auswertung(vb, db).1),
        geaendert,
    }
}

/// The change between two Erfüllungsgrade in German percentage points, e.g. "+12,5 %-Punkte",
/// "±0,0 %-Punkte"; "–" if either has no value.
pub fn veraenderung(a: Option<u64>, b: Option<u64>) -> String {
    let (Some(a), Some(b)) = (a, b) else {
        return "–".to_owned();
    };
    let d = b as i64 - a as i64;
    let zeichen = match d.signum() {
        1 => "+",
        -1 => "−",
        _ => "±",
    };
    format!(
        "{zeichen}{},{} %-Punkte",
        d.unsigned_abs() / 10,
        d.unsigned_abs() % 10
    )
}

/// The name of a run's object in workspace `ab`, and whether that record was deleted.
pub fn objekt_titel(ab: &Arbeitsbereich, o: &Objekt) -> (String, bool) {
    let gefunden = match o.art {
        Objektart::Behoerde => return ("Behörde".to_owned(), false),
        Objektart::Projekt => ab
            .werkzeuge
            .multiprojektplan
            .projekte
            .mit_id(o.id)
            .map(|p| format!("Projekt {} {}", p.kennung, p.titel)),
        Objektart::Leistung => ab
            .werkzeuge
            .zielstufenplaner
            .leistung(o.id)
            .map(|l| format!("Leistung {}", l.bezeichnung)),
    };
    match gefunden {
        Some(t) => (t, false),
        None => (
            crate::shared::text::geloescht(o.art.name(), &o.id.to_string()),
            true,
        ),
    }
}

/// Every object a run can be made for: the agency, every project, every Leistung.
pub fn objekte(ab: &Arbeitsbereich) -> Vec<(Objekt, String)> {
    let mut liste = vec![(
        Objekt {
            art: Objektart::Behoerde,
            id: 0,
        },
        "Behörde (als Ganzes)".to_owned(),
    )];
    liste.extend(ab.werkzeuge.multiprojektplan.projekte.iter().map(|p| {
        (
            Objekt {
                art: Objektart::Projekt,
                id: p.id,
            },
            format!("Projekt {} {}", p.kennung, p.titel),
        )
    }));
    liste.extend(ab.werkzeuge.zielstufenplaner.leistungen.iter().map(|l| {
        (
            Objekt {
                art: Objektart::Leistung,
                id: l.id,
            },
            format!("Leistung {}", l.bezeichnung),
        )
    }));
    liste
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::checklisten::model::{Abschnitt, Bedingung, Massnahmenstatus};

    fn p(
        id: u32,
        typ: Antworttyp,
        gewicht: u32,
        muss: bool,
        bedingung: Option<(u32, &str)>,
    ) -> Pruefpunkt {
        Pruefpunkt {
            id,
            frage: format!("F{id}"),
            typ,
            gewicht,
            muss,
            bedingung: bedingung.map(|(punkt, wert)| Bedingung {
                punkt,
                wert: wert.into(),
            }),
            ..Pruefpunkt::default()
        }
    }

    fn vorlage(teilweise: u8) -> Vorlage {
        Vorlage {
            id: 1,
            familie: 1,
            titel: "T".into(),
            teilweise,
            abschnitte: vec![
                Abschnitt {
                    id: 10,
                    titel: "A".into(),
                    punkte: vec![
                        p(11, Antworttyp::JaNein, 2, true, None),
                        p(12, Antworttyp::JaTeilweiseNein, 1, false, None),
                        p(13, Antworttyp::JaTeilweiseNein, 1, false, None),
                    ],
                },
                Abschnitt {
                    id: 20,
                    titel: "B".into(),
                    punkte: vec![
                        p(21, Antworttyp::Skala, 4, false, None),
                        p(22, Antworttyp::JaNein, 1, true, Some((21, "4"))),
                        p(23, Antworttyp::JaNein, 1, false, Some((22, "ja"))),
                        p(24, Antworttyp::Text, 5, false, None),
                    ],
                },
            ],
            ..Vorlage::default()
        }
    }

    fn lauf(antworten: &[(u32, &str)]) -> Durchfuehrung {
        let mut d = Durchfuehrung::default();
        for (punkt, wert) in antworten {
            d.antwort_mut(*punkt).wert = (*wert).into();
        }
        d
    }

    #[test]
    fn erfuellungsgrad_mit_teilweise_na_und_skala() {
        let v = vorlage(50);
        // A: ja (2 of 2), teilweise (0.5 of 1), n. a. (left out) → 2.5 of 3.
        // B: Skala 3 with weight 4 (3 of 4); 22 and 23 hidden (21 ≠ 4); text not scored.
        let d = lauf(&[(11, "ja"), (12, "teilweise"), (13, "na"), (21, "3")]);
        let (je, gesamt) = auswertung(&v, &d);
        assert_eq!((je[0].erreicht, je[0].anwendbar), (250, 300));
        assert_eq!(je[0].text(), "83,3 %");
        assert_eq!(
            (je[1].erreicht, je[1].anwendbar, je[1].sichtbar),
            (300, 400, 2)
        );
        assert_eq!(gesamt.text(), "78,6 %", "5,5 von 7");
        assert_eq!((gesamt.beantwortet, gesamt.sichtbar), (4, 5));
        // The template's own share for teilweise.
        let (je, _) = auswertung(&vorlage(25), &d);
        assert_eq!(je[0].erreicht, 225);
        assert_eq!(Ergebnis::default().text(), "–");
    }

    #[test]
    fn bedingungen_blenden_aus_und_antworten_bleiben() {
        let v = vorlage(50);
        let mut d = lauf(&[(21, "4"), (22, "ja"), (23, "nein")]);
        let b = &v.abschnitte[1];
        assert!(sichtbar(&v, &d, &b.punkte[1]) && sichtbar(&v, &d, &b.punkte[2]));
        assert_eq!(abschnitt(&v, b, &d).anwendbar, 600);
        // 21 changes: 22 hides and with it 23 (chain); their answers stay stored.
        d.antwort_mut(21).wert = "2".into();
        assert!(!sichtbar(&v, &d, &b.punkte[1]) && !sichtbar(&v, &d, &b.punkte[2]));
        assert_eq!(d.antworten.len(), 3);
        let e = abschnitt(&v, b, &d);
        assert_eq!((e.erreicht, e.anwendbar, e.sichtbar), (200, 400, 2));
        // A condition pointing to a missing item hides.
        let mut kaputt = v.clone();
        kaputt.abschnitte[1].punkte[1].bedingung = Some(Bedingung {
            punkt: 99,
            wert: "ja".into(),
        });
        assert!(!sichtbar(&kaputt, &d, &kaputt.abschnitte[1].punkte[1]));
    }

    #[test]
    fn ko_nur_fuer_sichtbare_muss_punkte_mit_nein() {
        let v = vorlage(50);
        let d = lauf(&[(11, "nein"), (12, "nein"), (21, "2"), (22, "nein")]);
        let ko: Vec<u32> = ko_punkte(&v, &d).iter().map(|(_, p)| p.id).collect();
        assert_eq!(ko, [11], "12 ist kein Muss, 22 ist ausgeblendet");
        assert_eq!(auswertung(&v, &d).1.ko, 1);
        let d = lauf(&[(11, "ja"), (21, "4"), (22, "nein")]);
        assert_eq!(ko_punkte(&v, &d).len(), 1);
    }

    #[test]
    fn punkte_je_antworttyp() {
        let j = p(1, Antworttyp::JaNein, 3, false, None);
        assert_eq!(punkte(&j, "ja", 50), Some((300, 300)));
        assert_eq!(
            punkte(&j, "teilweise", 50),
            None,
            "bei ja/nein kein teilweise"
        );
        let s = p(2, Antworttyp::Skala, 1, false, None);
        assert_eq!(punkte(&s, "0", 50), Some((0, 100)));
        assert_eq!(punkte(&s, "5", 50), None);
        assert_eq!(
            punkte(&p(3, Antworttyp::Datum, 1, false, None), "ja", 50),
            None
        );
    }

    #[test]
    fn vergleich_zweier_durchfuehrungen_auch_ueber_versionen() {
        let va = vorlage(50);
        // Version 2: section B renamed, item 13 removed, a new section C with item 31.
        let mut vb = va.clone();
        vb.id = 2;
        vb.version = 2;
        vb.abschnitte[1].titel = "B neu".into();
        vb.abschnitte[0].punkte.entferne_id(13);
        vb.abschnitte.push(Abschnitt {
            id: 30,
            titel: "C".into(),
            punkte: vec![p(31, Antworttyp::JaNein, 1, false, None)],
        });
        let da = lauf(&[
            (11, "nein"),
            (12, "teilweise"),
            (13, "ja"),
            (21, "4"),
            (22, "ja"),
        ]);
        let db = lauf(&[
            (11, "ja"),
            (12, "teilweise"),
            (21, "2"),
            (22, "ja"),
            (31, "ja"),
        ]);
        let v = vergleich(&va, &da, &vb, &db);
        let titel: Vec<&str> = v.abschnitte.iter().map(|a| a.titel.as_str()).collect();
        assert_eq!(titel, ["A", "B neu", "C"]);
        assert_eq!(
            v.abschnitte[0].a.unwrap().text(),
            "37,5 %",
            "(0 + 0,5 + 1) von 4"
        );
        assert_eq!(v.abschnitte[0].b.unwrap().text(), "83,3 %", "2 + 0,5 von 3");
        assert_eq!(v.abschnitte[2].a, None);
        assert_eq!((v.gesamt.0.ko, v.gesamt.1.ko), (1, 0));
        let geaendert: Vec<(&str, &str, &str)> = v
            .geaendert
            .iter()
            .map(|g| (g.frage.as_str(), g.a.as_str(), g.b.as_str()))
            .collect();
        assert_eq!(
            geaendert,
            [
                ("F11", "nein", "ja"),
                ("F13", "ja", "nicht in dieser Version"),
                ("F21", "4", "2"),
                ("F22", "ja", "ausgeblendet"),
                ("F23", "–", "ausgeblendet"),
                ("F31", "nicht in dieser Version", "ja"),
            ],
            "12 blieb teilweise; 23 war offen und ist nun mit 22 ausgeblendet"
        );
        assert_eq!(veraenderung(Some(625), Some(833)), "+20,8 %-Punkte");
        assert_eq!(veraenderung(Some(833), Some(625)), "−20,8 %-Punkte");
        assert_eq!(veraenderung(Some(500), Some(500)), "±0,0 %-Punkte");
        assert_eq!(veraenderung(None, Some(500)), "–");
    }

    #[test]
    fn vergleichbar_sind_laeufe_desselben_objekts_und_derselben_familie() {
        let mut plan = Checklisten::default();
        let v1 = vorlage(50);
        let mut v2 = v1.clone();
        v2.id = 2;
        v2.version = 2;
        let mut fremd = v1.clone();
        fremd.id = 3;
        fremd.familie = 3;
        plan.vorlagen.extend([v1, v2, fremd]);
        let objekt = Objekt {
            art: Objektart::Projekt,
            id: 7,
        };
        let lauf_am = |id: u32, vorlage: u32, tag: u32, objekt: Objekt| Durchfuehrung {
            id,
            vorlage,
            objekt,
            datum: Datum::neu(2026, 3, tag),
            ..Durchfuehrung::default()
        };
        plan.durchfuehrungen = vec![
            lauf_am(100, 1, 1, objekt),
            lauf_am(101, 2, 20, objekt),
            lauf_am(102, 2, 10, objekt),
            lauf_am(103, 3, 5, objekt),
            lauf_am(
                104,
                1,
                2,
                Objekt {
                    art: Objektart::Projekt,
                    id: 8,
                },
            ),
        ];
        let ids: Vec<u32> = vergleichbar(&plan, &plan.durchfuehrungen[0])
            .iter()
            .map(|d| d.id)
            .collect();
        assert_eq!(
            ids,
            [101, 102],
            "neueste zuerst; andere Familie und anderes Objekt nicht"
        );
    }

    #[test]
    fn offene_massnahmen_zuerst_und_ueberfaellige() {
        let mut plan = Checklisten::default();
        plan.vorlagen.push(vorlage(50));
        let heute = Datum::neu(2026, 12, 4).unwrap();
        let mut d = lauf(&[(11, "nein")]);
        d.vorlage = 1;
        d.antwort_mut(11).massnahme = Some(Folgemassnahme {
            titel: "Erledigt".into(),
            status: Massnahmenstatus::Erledigt,
            ..Folgemassnahme::default()
        });
        d.antwort_mut(12).massnahme = Some(Folgemassnahme {
            titel: "Offen".into(),
            termin: Some(heute.plus_tage(-3)),
            ..Folgemassnahme::default()
        });
        plan.speichere_durchfuehrung(d);
        let liste = massnahmen(&plan);
        assert_eq!(
            liste
                .iter()
                .map(|z| z.massnahme.titel.as_str())
                .collect::<Vec<_>>(),
            ["Offen", "Erledigt"]
        );
        assert_eq!(liste[0].punkt.unwrap().id, 12);
        assert_eq!(ueberfaellig(liste[0].massnahme, heute), Some(3));
        assert_eq!(ueberfaellig(liste[1].massnahme, heute), None);
    }
}
