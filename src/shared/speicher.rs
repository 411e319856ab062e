//! Pure facts about how the app uses the browser's local storage: the key namespace and how
//! browsers count the space an entry takes. The browser side lives in `app::speicher`.

/// Prefix of every local-storage key the app writes. Other apps on the same origin keep theirs.
pub const SPEICHER_PRAEFIX: &str = "upo-werkzeugkasten:";

/// The browser's local-storage quota per origin, in the unit of [`belegung`].
///
/// Measured in Chromium 156 (`tests/e2e/speicherfehler.test.mjs` fills it up): 5 MiB of UTF-16
/// code units, keys included, whatever the characters. Firefox counts the same way.
pub const KONTINGENT: u64 = 5 * 1024 * 1024;

/// Share of [`KONTINGENT`] from which the app warns, in percent.
pub const WARNSCHWELLE_PROZENT: u64 = 80;

/// Quota an entry uses: browsers count the UTF-16 code units of key and value. One unit is
/// shown as one byte, so that "2,0 MB von 5,0 MB" matches how the quota is counted.
pub fn belegung(schluessel: &str, inhalt: &str) -> u64 {
    (schluessel.encode_utf16().count() + inhalt.encode_utf16().count()) as u64
}

/// Whether a key belongs to this app.
pub fn ist_app_schluessel(schluessel: &str) -> bool {
    schluessel.starts_with(SPEICHER_PRAEFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_zaehlung() {
        assert_eq!(belegung("ab", "c"), 3);
        // "€" is one UTF-16 unit, "𝄞" two.
        assert_eq!(belegung("", "€𝄞"), 3);
    }

    #[test]
    fn namensraum() {
        assert!(ist_app_schluessel("upo-werkzeugkasten:arbeitsbereich:1"));
        assert!(!ist_app_schluessel("upo-werkzeugkasten"));
        assert!(!ist_app_schluessel("andere-app:x"));
    }
}
