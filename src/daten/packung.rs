//! The packed form of a workspace slot in local storage: the envelope JSON, compressed with
//! raw deflate and written as UTF-16 code units that carry 15 bits each.
//!
//! ```text
//! upo-z1:<length in bytes>:<one character U+4000…U+BFFF per 15 bits of the deflate stream>
//! ```
//!
//! Browsers count local storage in UTF-16 code units (see [`crate::shared::speicher`]), so
//! 15 bits per unit is what plain text can hold without surrogates or control characters. The
//! 1,000 × 10 portfolio's 4.0 million units of JSON (77 % of the quota) are stored in about
//! 220,000 (4.2 %).
//!
//! Only workspace slots are packed; backups, the workspace file and the settings stay readable
//! JSON. [`entpacken`] passes unpacked text through unchanged, so entries written before this
//! form (schema 4 and older, all plain JSON) keep loading without a migration, and the checksum
//! inside the envelope keeps covering the data exactly as before.

use std::borrow::Cow;
use std::io::{Read, Write};

use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;

use super::umschlag::Ladefehler;

/// Marks a packed entry; plain envelopes start with `{`.
pub const KENNUNG: &str = "upo-z1:";

/// First code unit of the alphabet; 2^15 units follow, all below the surrogates (U+D800).
const BASIS: u32 = 0x4000;

/// Largest unpacked size accepted (the quota holds at most 5 Mi units of packed text).
const HOECHSTENS: u64 = 512 * 1024 * 1024;

/// Packs an envelope text for local storage.
pub fn packen(text: &str) -> String {
    // Level 3: every save packs the whole workspace on the main thread, so speed counts more
    // than the last percent of room. Measured natively on the 1,000 × 10 portfolio (4.0 MB of
    // JSON, zlib-rs): level 6 40 ms for 3.2 % of the quota, level 3 22 ms for 4.2 %, level 1
    // 15 ms for 5.9 %. Any level reads back the same way.
    let mut kodierer = DeflateEncoder::new(Vec::new(), Compression::new(3));
    // Writing into a Vec cannot fail.
    let _ = kodierer.write_all(text.as_bytes());
    let bytes = kodierer.finish().unwrap_or_default();
    let mut ergebnis = String::with_capacity(KENNUNG.len() + 12 + bytes.len() * 3 * 8 / 15 + 3);
    ergebnis.push_str(KENNUNG);
    ergebnis.push_str(&bytes.len().to_string());
    ergebnis.push(':');
    let mut puffer: u32 = 0;
    let mut bits = 0;
    for byte in bytes {
        puffer = (puffer << 8) | u32::from(byte);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            ergebnis.push(zeichen((puffer >> bits) & 0x7fff));
            puffer &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        ergebnis.push(zeichen((puffer << (15 - bits)) & 0x7fff));
    }
    ergebnis
}

fn zeichen(wert: u32) -> char {
    // BASIS + 0x7fff = U+BFFF: always a valid scalar value.
    char::from_u32(BASIS + wert).unwrap_or('\u{4000}')
}

/// Whether `text` is in the packed form.
pub fn ist_gepackt(text: &str) -> bool {
    text.starts_with(KENNUNG)
}

/// The envelope text of a stored entry: unpacked if packed, unchanged otherwise. A packed entry
/// that was cut off reads as [`Ladefehler::Unvollstaendig`], any other damage as
/// [`Ladefehler::Gepackt`]; nothing here panics.
pub fn entpacken(text: &str) -> Result<Cow<'_, str>, Ladefehler> {
    let Some(rest) = text.strip_prefix(KENNUNG) else {
        return Ok(Cow::Borrowed(text));
    };
    let (laenge, zeichen) = rest
        .split_once(':')
        .ok_or(Ladefehler::Gepackt("Die Längenangabe fehlt."))?;
    let laenge: usize = laenge
        .parse()
        .map_err(|_| Ladefehler::Gepackt("Die Längenangabe ist keine Zahl."))?;
    let mut bytes = Vec::with_capacity(laenge.min(HOECHSTENS as usize));
    let mut puffer: u32 = 0;
    let mut bits = 0;
    for c in zeichen.chars() {
        let wert = u32::from(c)
            .checked_sub(BASIS)
            .filter(|w| *w <= 0x7fff)
            .ok_or(Ladefehler::Gepackt("Sie enthalten ein fremdes Zeichen."))?;
        puffer = (puffer << 15) | wert;
        bits += 15;
        while bits >= 8 {
            bits -= 8;
            bytes.push((puffer >> bits) as u8);
            puffer &= (1 << bits) - 1;
        }
    }
    if bytes.len() < laenge {
        return Err(Ladefehler::Unvollstaendig);
    }
    // The last unit carries up to 14 padding bits; more than one byte of excess is damage.
    if bytes.len() > laenge + 1 {
        return Err(Ladefehler::Gepackt("Sie sind länger als angegeben."));
    }
    bytes.truncate(laenge);
    let mut json = Vec::new();
    DeflateDecoder::new(bytes.as_slice())
        .take(HOECHSTENS)
        .read_to_end(&mut json)
        .map_err(|fehler| match fehler.kind() {
            std::io::ErrorKind::UnexpectedEof => Ladefehler::Unvollstaendig,
            _ => Ladefehler::Gepackt("Der komprimierte Inhalt lässt sich nicht entpacken."),
        })?;
    String::from_utf8(json)
        .map(Cow::Owned)
        .map_err(|_| Ladefehler::Gepackt("Der entpackte Inhalt ist kein Text."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::daten::umschlag::{als_wert, schreiben, tests::beispiel};
    use crate::shared::speicher::belegung;
    use proptest::prelude::*;

    #[test]
    fn rundreise_und_klartext_bleibt_klartext() {
        let json = schreiben(&als_wert(&beispiel()), 3, "2026-11-28T10:00:00Z");
        let gepackt = packen(&json);
        assert!(ist_gepackt(&gepackt));
        assert_eq!(entpacken(&gepackt).unwrap(), json);
        // Entries written before the packed form are read as they are.
        assert!(matches!(entpacken(&json), Ok(Cow::Borrowed(t)) if t == json));
        assert_eq!(entpacken("").unwrap(), "");
    }

    #[test]
    fn nur_zeichen_ohne_ersatzpaare_und_steuerzeichen() {
        let gepackt = packen(&"Haushaltsstelle 0612 532 01 · 1.234,56 €\n".repeat(50));
        for c in gepackt.chars().skip(KENNUNG.len()) {
            assert!(c.is_ascii_digit() || c == ':' || ('\u{4000}'..='\u{bfff}').contains(&c));
        }
        // Every unit is one UTF-16 code unit.
        assert_eq!(gepackt.encode_utf16().count(), gepackt.chars().count());
    }

    #[test]
    fn beschaedigung_wird_erkannt() {
        let json = schreiben(&als_wert(&beispiel()), 3, "2026-11-28T10:00:00Z");
        let gepackt = packen(&json);
        let einheiten: Vec<char> = gepackt.chars().collect();
        // Cut off like an interrupted write.
        let halb: String = einheiten[..einheiten.len() / 2].iter().collect();
        assert_eq!(entpacken(&halb), Err(Ladefehler::Unvollstaendig));
        // A foreign character.
        let fremd = format!("{gepackt}x");
        assert!(matches!(entpacken(&fremd), Err(Ladefehler::Gepackt(_))));
        // No length.
        assert!(matches!(
            entpacken("upo-z1:abc"),
            Err(Ladefehler::Gepackt(_))
        ));
        // An altered unit in the middle: either the stream breaks or the text changes, and a
        // changed text fails the envelope's checksum.
        let mut veraendert = einheiten.clone();
        let mitte = veraendert.len() / 2;
        veraendert[mitte] = if veraendert[mitte] == '\u{4000}' {
            '\u{4001}'
        } else {
            '\u{4000}'
        };
        let veraendert: String = veraendert.into_iter().collect();
        match entpacken(&veraendert) {
            Err(_) => {}
            Ok(text) => assert!(crate::daten::umschlag::lesen(&text).is_err()),
        }
    }

    /// The stored size of a large portfolio is a small fraction of the plain JSON.
    #[test]
    fn grosser_arbeitsbereich_braucht_einen_bruchteil() {
        let mut ab = beispiel();
        let heute = crate::shared::datum::Datum::neu(2026, 11, 28).unwrap();
        ab.werkzeuge.multiprojektplan =
            crate::tools::multiprojektplan::examples::generiere(200, 10, heute);
        let json = schreiben(&als_wert(&ab), 1, "2026-11-28T10:00:00Z");
        let gepackt = packen(&json);
        let vorher = belegung("k", &json);
        let nachher = belegung("k", &gepackt);
        assert!(nachher * 4 < vorher, "{nachher} von {vorher} Einheiten");
        assert_eq!(entpacken(&gepackt).unwrap(), json);
    }

    proptest! {
        #[test]
        fn jeder_text_uebersteht_packen(text in any::<String>()) {
            let gepackt = packen(&text);
            prop_assert_eq!(entpacken(&gepackt).unwrap(), text);
        }

        #[test]
        fn entpacken_stuerzt_nie_ab(rest in any::<String>()) {
            let _ = entpacken(&format!("{KENNUNG}{rest}"));
        }
    }
}
