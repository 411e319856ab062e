//! Sharing a template between agencies: one template version as a JSON file
//! (`art` = [`ART`], `format` = [`FORMAT`]) and reading such a file back with a preview and
//! clear German errors. Reading never changes anything; taking the template over stores it as
//! a new own template family (new ids, the file's version number and marks kept).

use crate::shared::datensatz::Datensaetze;
use serde::{Deserialize, Serialize};

use super::model::{pruefe_kopf, pruefe_punkt, Checklisten, Vorlage};

/// What a template file says it is.
pub const ART: &str = "upo-checkliste-vorlage";
/// Format of template files written by this version.
pub const FORMAT: u32 = 1;
/// Largest template file read (1 MiB): a template is a few kilobytes.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// The file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Vorlagendatei {
    /// Always [`ART`].
    pub art: String,
    /// Format number.
    pub format: u32,
    /// App version that wrote it.
    #[serde(default)]
    pub app_version: String,
    /// The template.
    pub vorlage: Vorlage,
}

/// The file of template `v` (pretty JSON, UTF-8). A shipped template leaves as an own one:
/// the receiver can adapt it.
pub fn schreiben(v: &Vorlage) -> Vec<u8> {
    let mut vorlage = v.clone();
    vorlage.mitgeliefert = String::new();
    let datei = Vorlagendatei {
        art: ART.into(),
        format: FORMAT,
        app_version: crate::APP_VERSION.into(),
        vorlage,
    };
    serde_json::to_vec_pretty(&datei).unwrap_or_default()
}

/// File name for template `v`, e.g. `Vorlage_Reality_Check_v2.json`.
pub fn dateiname(v: &Vorlage) -> String {
    let mut titel = String::new();
    for c in v.titel.chars() {
        let c = if c.is_alphanumeric() { c } else { '_' };
        if !(c == '_' && titel.ends_with('_')) {
            titel.push(c);
        }
    }
    let titel = titel.trim_matches('_');
    let titel = if titel.is_empty() {
        "Checkliste"
    } else {
        titel
    };
    format!("Vorlage_{titel}_v{}.json", v.version)
}

/// Reads a template file: the template, or the German reason it is refused (foreign file,
/// newer format, damaged content). Every check of the editor applies.
pub fn lesen(bytes: &[u8]) -> Result<Vorlage, String> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(zu_gross());
    }
    let wert: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| {
        "Die Datei ist keine Vorlagendatei: Sie enthält kein lesbares JSON (beschädigt oder ein anderes Format).".to_owned()
    })?;
    if wert.get("art").and_then(|a| a.as_str()) != Some(ART) {
        return Err("Die Datei ist keine Checklisten-Vorlage des UPO-Werkzeugkastens (zum Beispiel eine Sicherung oder eine fremde Datei).".into());
    }
    let format = wert
        .get("format")
        .and_then(serde_json::Value::as_u64)
        .unwrap_or(0);
    if format > u64::from(FORMAT) {
        return Err(format!(
            "Die Vorlage stammt aus einer neueren Version des Werkzeugkastens (Format {format}); diese Version liest Format {FORMAT}. Bitte aktualisieren Sie die Anwendung."
        ));
    }
    if format == 0 {
        return Err("Die Vorlagendatei nennt kein gültiges Format; sie ist beschädigt.".into());
    }
    // Through its text, like every reading of tool data (see `daten::umschlag::decodieren_text`).
    let datei: Vorlagendatei = crate::daten::umschlag::aus_wert_lesen(&wert).map_err(|_| {
        "Die Vorlage ist beschädigt: Ihr Inhalt hat nicht die erwartete Form.".to_owned()
    })?;
    let v = datei.vorlage;
    let mut probleme: Vec<String> = pruefe_kopf(&v).into_iter().map(|f| f.meldung).collect();
    if v.abschnitte.is_empty() {
        probleme.push("Sie hat keinen Abschnitt.".into());
    }
    if v.version == 0 {
        probleme.push("Sie hat keine gültige Versionsnummer.".into());
    }
    let mut ids = std::collections::BTreeSet::new();
    for a in &v.abschnitte {
        if !ids.insert(a.id) {
            probleme.push(format!("Die Kennung {} kommt doppelt vor.", a.id));
        }
        for p in &a.punkte {
            if !ids.insert(p.id) {
                probleme.push(format!("Die Kennung {} kommt doppelt vor.", p.id));
            }
            let nr = if p.nr.is_empty() {
                p.id.to_string()
            } else {
                p.nr.clone()
            };
            for f in pruefe_punkt(&v, p) {
                probleme.push(format!("Prüfpunkt {nr}: {}", f.meldung));
            }
        }
    }
    match probleme.first() {
        Some(erstes) => Err(format!("Die Vorlage ist beschädigt. {erstes}")),
        None => Ok(v),
    }
}

/// The refusal for a file above [`MAX_BYTES`].
pub fn zu_gross() -> String {
    format!(
        "Die Datei ist zu groß für eine Vorlage (höchstens {}).",
        crate::shared::format::bytes(MAX_BYTES)
    )
}

/// What the preview says about the versions: the file's template against an own template of
/// the same title, if there is one (the receiver may already have an older or the same one).
pub fn versionshinweis(plan: &Checklisten, v: &Vorlage) -> Option<String> {
    let titel = v.titel.trim();
    let eigene = plan
        .eigene()
        .into_iter()
        .find(|e| e.titel.trim() == titel)?;
    Some(match eigene.version.cmp(&v.version) {
        std::cmp::Ordering::Less => format!(
            "Sie haben „{titel}“ bereits in Version {}; die Datei enthält die neuere Version {}. Übernehmen legt sie als weitere Vorlage an, Ihre bleibt unverändert.",
            eigene.version, v.version
        ),
        std::cmp::Ordering::Equal => format!(
            "Sie haben „{titel}“ bereits in Version {}, derselben wie in der Datei. Übernehmen legt eine zweite Vorlage an.",
            eigene.version
        ),
        std::cmp::Ordering::Greater => format!(
            "Sie haben „{titel}“ bereits in Version {}; die Datei enthält die ältere Version {}. Übernehmen legt sie als weitere Vorlage an, Ihre bleibt unverändert.",
            eigene.version, v.version
        ),
    })
}

/// Takes template `v` from a file over as a new own template family: new ids (conditions
/// follow), its version number kept so both agencies speak of the same version.
pub fn uebernehmen(plan: &mut Checklisten, v: &Vorlage) -> u32 {
    let id = plan.kopiere(v, v.titel.trim().to_owned());
    if let Some(neu) = plan.vorlagen.mit_id_mut(id) {
        neu.version = v.version.max(1);
    }
    id
}

/// The Checklisten' part in sharing packages (`tools::paket`): own templates (the newest
/// version of each) and the shipped ones, each packed as a template file's content and read
/// back with every check of [`lesen`]. A conflict is an own template with the same title:
/// "als Kopie" adds the file's as a new template "… (Kopie)", "übernehmen" adds it as the next
/// version of the own template (the earlier versions and their runs stay).
pub fn teilbar() -> crate::tools::paket::Teilbar {
    crate::tools::paket::Teilbar::neu(
        paket_angebote,
        paket_packen,
        paket_vorschau,
        paket_uebernehmen,
    )
}

/// Every template the user may share: own ones (newest version) and the shipped ones.
fn teilbare_vorlagen(plan: &Checklisten) -> Vec<(String, Vorlage)> {
    let mut liste: Vec<(String, Vorlage)> = plan
        .eigene()
        .into_iter()
        .map(|v| (format!("vorlage:{}", v.id), v.clone()))
        .collect();
    for v in super::vorlagen::alle() {
        liste.push((format!("mitgeliefert:{}", v.mitgeliefert), v));
    }
    liste
}

fn paket_angebote(
    ab: &crate::daten::arbeitsbereich::Arbeitsbereich,
) -> Vec<crate::tools::paket::Teilangebot> {
    teilbare_vorlagen(&ab.werkzeuge.checklisten)
        .into_iter()
        .map(|(id, v)| crate::tools::paket::Teilangebot {
            bezeichnung: if v.mitgeliefert.is_empty() {
                format!("Vorlage „{}“ (Version {})", v.titel.trim(), v.version)
            } else {
                format!("Vorlage „{}“ (mitgeliefert)", v.titel.trim())
            },
            id,
            ..Default::default()
        })
        .collect()
}

fn paket_packen(
    ab: &crate::daten::arbeitsbereich::Arbeitsbereich,
    ids: &[String],
    _: bool,
) -> (serde_json::Value, Vec<String>) {
    let mut vorlagen = Vec::new();
    let mut eintraege = Vec::new();
    for (id, v) in teilbare_vorlagen(&ab.werkzeuge.checklisten) {
        if ids.contains(&id) {
            vorlagen.push(
                serde_json::from_slice::<serde_json::Value>(&schreiben(&v)).unwrap_or_default(),
            );
            eintraege.push(format!(
                "Vorlage „{}“ (Version {})",
                v.titel.trim(),
                v.version
            ));
        }
    }
    (serde_json::json!({ "vorlagen": vorlagen }), eintraege)
}

fn paket_teil(wert: &serde_json::Value) -> Result<Vec<Vorlage>, String> {
    let dateien: Vec<serde_json::Value> =
        crate::tools::paket::teil_lesen(wert.get("vorlagen").unwrap_or(&serde_json::Value::Null))?;
    if dateien.is_empty() {
        return Err("Er enthält keine Vorlage.".into());
    }
    dateien
        .iter()
        .map(|d| lesen(&serde_json::to_vec(d).unwrap_or_default()))
        .collect()
}

fn eigene_gleichen_titels<'a>(plan: &'a Checklisten, titel: &str) -> Option<&'a Vorlage> {
    plan.eigene()
        .into_iter()
        .find(|e| e.titel.trim() == titel.trim())
}

fn paket_vorschau(
    ab: &crate::daten::arbeitsbereich::Arbeitsbereich,
    wert: &serde_json::Value,
) -> Result<crate::tools::paket::Teilvorschau, String> {
    let plan = &ab.werkzeuge.checklisten;
    let mut v = crate::tools::paket::Teilvorschau::default();
    for vorlage in paket_teil(wert)? {
        let titel = vorlage.titel.trim().to_owned();
        match eigene_gleichen_titels(plan, &titel) {
            Some(e) => v.konflikte.push(crate::tools::paket::Konflikt {
                schluessel: format!("vorlage:{titel}"),
                bezeichnung: format!("Vorlage „{titel}“ (Version {})", vorlage.version),
                grund: format!("gleicher Titel wie Ihre Vorlage (Version {})", e.version),
            }),
            None => v
                .neu
                .push(format!("Vorlage „{titel}“ (Version {})", vorlage.version)),
        }
    }
    Ok(v)
}

fn paket_uebernehmen(
    ab: &mut crate::daten::arbeitsbereich::Arbeitsbereich,
    wert: &serde_json::Value,
    wahlen: &crate::tools::paket::Wahlen,
) -> String {
    use crate::tools::paket::{kopietitel, wahl, Wahl};
    let Ok(vorlagen) = paket_teil(wert) else {
        return "Nicht eingelesen: der Teil ist beschädigt.".into();
    };
    let plan = &mut ab.werkzeuge.checklisten;
    let (mut neu, mut kopiert, mut versionen, mut uebersprungen) = (0, 0, 0, 0);
    for v in vorlagen {
        let titel = v.titel.trim().to_owned();
        let eigen = eigene_gleichen_titels(plan, &titel).map(|e| (e.familie, e.version));
        match (eigen, wahl(wahlen, &format!("vorlage:{titel}"))) {
            (None, _) => {
                uebernehmen(plan, &v);
                neu += 1;
            }
            (Some(_), Wahl::Ueberspringen) => uebersprungen += 1,
            (Some(_), Wahl::AlsKopie) => {
                let neuer_titel = kopietitel(&titel, |t| {
                    plan.vorlagen.iter().any(|x| x.titel.trim() == t)
                });
                plan.kopiere(&v, neuer_titel);
                kopiert += 1;
            }
            (Some((familie, version)), Wahl::Uebernehmen) => {
                let id = plan.kopiere(&v, titel);
                if let Some(x) = plan.vorlagen.iter_mut().find(|x| x.id == id) {
                    x.familie = familie;
                    x.version = version + 1;
                }
                versionen += 1;
            }
        }
    }
    format!("Vorlagen: {neu} neu, {kopiert} als Kopie, {versionen} als neue Version übernommen, {uebersprungen} übersprungen.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::checklisten::model::{Abschnitt, Antworttyp, Bedingung, Pruefpunkt};

    fn eigene_vorlage() -> Vorlage {
        let punkt = |id: u32, frage: &str, bedingung: Option<(u32, &str)>| Pruefpunkt {
            id,
            nr: format!("1.{}", id - 10),
            frage: frage.into(),
            typ: Antworttyp::JaNein,
            bedingung: bedingung.map(|(punkt, wert)| Bedingung {
                punkt,
                wert: wert.into(),
            }),
            ..Pruefpunkt::default()
        };
        Vorlage {
            id: 5,
            familie: 5,
            version: 3,
            titel: "Go-live-Check / Bürgerportal".into(),
            abschnitte: vec![Abschnitt {
                id: 10,
                titel: "Betrieb".into(),
                punkte: vec![
                    punkt(11, "Betreiber benannt?", None),
                    punkt(12, "Vertrag unterschrieben?", Some((11, "ja"))),
                ],
            }],
            ..Vorlage::default()
        }
    }

    #[test]
    fn hin_und_zurueck_und_uebernehmen() {
        let v = eigene_vorlage();
        let gelesen = lesen(&schreiben(&v)).unwrap();
        assert_eq!(gelesen, v);
        assert_eq!(dateiname(&v), "Vorlage_Go_live_Check_Bürgerportal_v3.json");
        let mut plan = Checklisten {
            naechste_id: 100,
            ..Checklisten::default()
        };
        assert_eq!(versionshinweis(&plan, &gelesen), None);
        let id = uebernehmen(&mut plan, &gelesen);
        let neu = plan.vorlage(id).unwrap();
        assert!(neu.bearbeitbar());
        assert_eq!(
            (neu.version, neu.familie),
            (3, id),
            "Version aus der Datei, eigene Familie"
        );
        assert_ne!(neu.abschnitte[0].punkte[0].id, 11, "neue Kennungen");
        let b = neu.abschnitte[0].punkte[1].bedingung.as_ref().unwrap();
        assert_eq!(
            b.punkt, neu.abschnitte[0].punkte[0].id,
            "die Bedingung folgt der neuen Kennung"
        );
        let mut juenger = gelesen.clone();
        juenger.version = 4;
        assert!(versionshinweis(&plan, &juenger)
            .unwrap()
            .contains("Version 3; die Datei enthält die neuere Version 4"));
    }

    #[test]
    fn mitgelieferte_vorlage_geht_als_eigene_hinaus() {
        let rc = crate::tools::checklisten::vorlagen::reality_check();
        assert!(!rc.bearbeitbar());
        let gelesen = lesen(&schreiben(&rc)).unwrap();
        assert!(gelesen.bearbeitbar());
        assert!(
            gelesen.bitte_pruefen,
            "die Markierung als Rekonstruktion reist mit"
        );
        assert_eq!(gelesen.punkte().count(), rc.punkte().count());
    }

    #[test]
    fn fremde_neuere_und_beschaedigte_dateien_werden_abgelehnt() {
        assert!(lesen(b"kein json")
            .unwrap_err()
            .contains("kein lesbares JSON"));
        assert!(lesen(br#"{"art":"upo-werkzeugkasten-sicherung"}"#)
            .unwrap_err()
            .contains("keine Checklisten-Vorlage"));
        let mut wert: serde_json::Value =
            serde_json::from_slice(&schreiben(&eigene_vorlage())).unwrap();
        wert["format"] = 2.into();
        assert!(lesen(wert.to_string().as_bytes())
            .unwrap_err()
            .contains("neueren Version"));
        wert["format"] = 0.into();
        assert!(lesen(wert.to_string().as_bytes())
            .unwrap_err()
            .contains("kein gültiges Format"));
        wert["format"] = 1.into();
        let mut doppelt = wert.clone();
        doppelt["vorlage"]["abschnitte"][0]["punkte"][1]["id"] = 11.into();
        assert!(lesen(doppelt.to_string().as_bytes())
            .unwrap_err()
            .contains("Kennung 11 kommt doppelt"));
        let mut vorwaerts = wert.clone();
        vorwaerts["vorlage"]["abschnitte"][0]["punkte"][1]["bedingung"]["punkt"] = 99.into();
        assert!(lesen(vorwaerts.to_string().as_bytes())
            .unwrap_err()
            .contains("Prüfpunkt 1.2: Die Bedingung"));
        let mut leer = wert.clone();
        leer["vorlage"]["titel"] = "".into();
        assert!(lesen(leer.to_string().as_bytes())
            .unwrap_err()
            .contains("Titel"));
        wert["vorlage"]["abschnitte"] = serde_json::Value::String("x".into());
        assert!(lesen(wert.to_string().as_bytes())
            .unwrap_err()
            .starts_with("Die Vorlage ist beschädigt"));
        assert!(lesen(&vec![b' '; (MAX_BYTES + 1) as usize])
            .unwrap_err()
            .contains("zu groß"));
    }
}
