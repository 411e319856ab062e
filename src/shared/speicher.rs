//! Pure facts about how the app uses the browser's local storage: the key namespace and how
//! browsers count the space an entry takes. The browser side lives in `app::speicher`.

/// Prefix of every local-storage key the app writes. Other apps on the same origin keep theirs.
pub const SPEICHER_PRAEFIX: &str = "upo-werkzeugkasten:";

/// Bytes an entry occupies: browsers store keys and values as UTF-16 code units.
pub fn belegte_bytes(schluessel: &str, inhalt: &str) -> u64 {
    ((schluessel.encode_utf16().count() + inhalt.encode_utf16().count()) * 2) as u64
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
        assert_eq!(belegte_bytes("ab", "c"), 6);
        // "€" is one UTF-16 unit, "𝄞" two.
        assert_eq!(belegte_bytes("", "€𝄞"), 6);
    }

    #[test]
    fn namensraum() {
        assert!(ist_app_schluessel("upo-werkzeugkasten:arbeitsbereich:1"));
        assert!(!ist_app_schluessel("upo-werkzeugkasten"));
        assert!(!ist_app_schluessel("andere-app:x"));
    }
}
