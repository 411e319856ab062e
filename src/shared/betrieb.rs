//! How the app is running: from a web server with or without the offline cache (service
//! worker), or as the single-file edition opened from a folder. Pure: the texts the "Über" page
//! shows and the rule when a new version may be loaded are tested natively.

/// Why the app runs without the offline cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OhneZwischenspeicher {
    /// Plain http on a host other than localhost: browsers offer service workers only in
    /// secure contexts.
    Unverschluesselt,
    /// The browser offers no service worker here, or refused the registration.
    NichtAngeboten,
    /// Caching the files of this version failed (e.g. the server was being updated).
    Fehlgeschlagen,
}

/// The operating mode of the running app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Betriebsart {
    /// Not determined yet (the first moments after the start).
    Unbekannt,
    /// The single-file edition (`upo-werkzeugkasten.html`), opened via `file://`.
    Einzeldatei,
    /// First visit: the files of this version are being cached.
    WirdEingerichtet,
    /// The files of this version are cached; the app starts without the server.
    Offline,
    /// Served by a web server and only usable while it is reachable.
    NurOnline(OhneZwischenspeicher),
}

impl Betriebsart {
    /// Short name of the mode ("Offline-Betrieb aktiv").
    pub fn name(self) -> &'static str {
        match self {
            Betriebsart::Unbekannt => "wird ermittelt",
            Betriebsart::Einzeldatei => "Einzeldatei",
            Betriebsart::WirdEingerichtet => "Offline-Betrieb wird eingerichtet",
            Betriebsart::Offline => "Offline-Betrieb aktiv",
            Betriebsart::NurOnline(_) => "Nur mit Verbindung zum Server",
        }
    }

    /// What the mode means for the user, in one or two sentences.
    pub fn erklaerung(self) -> &'static str {
        match self {
            Betriebsart::Unbekannt => "Die Betriebsart wird gerade ermittelt.",
            Betriebsart::Einzeldatei => {
                "Die Anwendung läuft aus einer einzigen Datei und braucht weder Server noch Netz. \
                 Ihre Daten stehen nicht in dieser Datei, sondern im Speicher dieses Browsers auf \
                 diesem Gerät: Ein anderer Browser oder ein anderes Gerät beginnt leer. Sichern \
                 Sie deshalb regelmäßig."
            }
            Betriebsart::WirdEingerichtet => {
                "Die Dateien dieser Version werden im Browser zwischengespeichert. Danach startet \
                 die Anwendung auch, wenn der Server nicht erreichbar ist."
            }
            Betriebsart::Offline => {
                "Diese Version ist im Browser zwischengespeichert und startet auch ohne \
                 Verbindung zum Server. Eine neue Version wird angekündigt und erst geladen, \
                 wenn Sie es bestätigen."
            }
            Betriebsart::NurOnline(OhneZwischenspeicher::Unverschluesselt) => {
                "Die Seite wird über unverschlüsseltes http ausgeliefert. Browser erlauben den \
                 Offline-Zwischenspeicher nur über https (oder auf dem eigenen Rechner, \
                 localhost). Die Anwendung funktioniert, solange der Server erreichbar ist."
            }
            Betriebsart::NurOnline(OhneZwischenspeicher::NichtAngeboten) => {
                "Dieser Browser bietet hier keinen Offline-Zwischenspeicher (Service Worker) an, \
                 etwa weil eine Richtlinie ihn abschaltet. Die Anwendung funktioniert, solange \
                 der Server erreichbar ist."
            }
            Betriebsart::NurOnline(OhneZwischenspeicher::Fehlgeschlagen) => {
                "Die Dateien dieser Version konnten nicht vollständig zwischengespeichert werden, \
                 etwa weil auf dem Server gerade eine neue Version eingespielt wird. Beim \
                 nächsten Aufruf versucht es der Browser erneut."
            }
        }
    }
}

/// Why a new version may not be loaded now, or `None` when it may: a reload must never throw
/// away input the user has not saved.
pub fn neu_laden_verhindert(
    arbeitsbereich_ungespeichert: bool,
    offene_formulare: usize,
) -> Option<String> {
    if offene_formulare > 0 {
        return Some(format!(
            "Erst speichern oder verwerfen Sie Ihre Eingaben ({}); danach laden Sie die neue \
             Version.",
            crate::shared::text::anzahl(
                offene_formulare,
                "Formular mit ungespeicherten Eingaben",
                "Formulare mit ungespeicherten Eingaben"
            )
        ));
    }
    if arbeitsbereich_ungespeichert {
        return Some(
            "Ihre letzten Änderungen werden noch gespeichert. Bitte versuchen Sie es gleich \
             noch einmal."
                .to_owned(),
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jede_betriebsart_hat_name_und_erklaerung() {
        let alle = [
            Betriebsart::Unbekannt,
            Betriebsart::Einzeldatei,
            Betriebsart::WirdEingerichtet,
            Betriebsart::Offline,
            Betriebsart::NurOnline(OhneZwischenspeicher::Unverschluesselt),
            Betriebsart::NurOnline(OhneZwischenspeicher::NichtAngeboten),
            Betriebsart::NurOnline(OhneZwischenspeicher::Fehlgeschlagen),
        ];
        let erklaerungen: std::collections::HashSet<_> =
            alle.iter().map(|a| a.erklaerung()).collect();
        assert_eq!(erklaerungen.len(), alle.len(), "jede Erklärung ist eigen");
        assert_eq!(Betriebsart::Offline.name(), "Offline-Betrieb aktiv");
        assert!(
            Betriebsart::NurOnline(OhneZwischenspeicher::Unverschluesselt)
                .erklaerung()
                .contains("https")
        );
    }

    #[test]
    fn neu_laden_nur_ohne_ungespeicherte_eingaben() {
        assert_eq!(neu_laden_verhindert(false, 0), None);
        let formular = neu_laden_verhindert(false, 1).expect("verhindert");
        assert!(formular.contains("1 Formular mit ungespeicherten Eingaben"));
        assert!(neu_laden_verhindert(true, 2)
            .expect("verhindert")
            .contains("2 Formulare"));
        assert!(neu_laden_verhindert(true, 0)
            .expect("verhindert")
            .contains("gespeichert"));
    }
}
