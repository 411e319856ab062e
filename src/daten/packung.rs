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
//!
//! The stream is written piece by piece ([`Packer`]): a save deflates only the pieces an edit
//! changed. The pieces join into one ordinary deflate stream, so the stored form is the same
//! whether written in one go or in pieces.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{Read, Write};

use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::{Compress, Compression, FlushCompress};

use super::umschlag::Ladefehler;
use crate::shared::bytefolgen;

/// Marks a packed entry; plain envelopes start with `{`.
pub const KENNUNG: &str = "upo-z1:";

/// First code unit of the alphabet; 2^15 units follow, all below the surrogates (U+D800).
const BASIS: u32 = 0x4000;

/// Largest unpacked size accepted (the quota holds at most 5 Mi units of packed text).
const HOECHSTENS: u64 = 512 * 1024 * 1024;

/// Deflate level of every piece. Measured natively on the 1,000 × 10 portfolio (4.0 MB of
/// JSON, zlib-rs, as one stream): level 6 40 ms for 3.2 % of the quota, level 3 22 ms for
/// 4.2 %, level 1 15 ms for 5.9 %. A save deflates only the pieces that changed
/// ([`Packer`]), but the first one after opening deflates them all, so speed still counts.
const STUFE: u32 = 3;

/// Packs an envelope text for local storage (in one go; see [`Packer`] for successive saves).
pub fn packen(text: &str) -> String {
    Packer::default().packen(text)
}

/// Packs successive versions of one workspace's envelope, deflating only the pieces that
/// changed since the last call: a save after an edit costs that edit's piece, not the whole
/// workspace (issue 14).
///
/// The text is cut into pieces where a rolling hash over its last 64 bytes hits a mark (at
/// least [`STUECK_MIN`], at most [`STUECK_MAX`] bytes, about 40 KiB on average), so an edit moves
/// no cut outside its own piece. Each piece is deflated on its own and ended with a sync flush
/// (byte-aligned, referring to nothing before it); the pieces, closed with an empty final
/// block, form one ordinary raw deflate stream. That is the stream the packed form has always
/// held, so [`entpacken`] reads it unchanged, whichever way it was cut.
///
/// A piece is reused only if its text is byte for byte the one packed before (the hash only
/// finds the candidate), so no collision can put wrong text into a slot.
#[derive(Default)]
pub struct Packer {
    /// The pieces of the last text, by hash: their text and their deflated bytes.
    vorrat: HashMap<u64, (Box<[u8]>, Vec<u8>)>,
    /// Bytes of text deflated anew by the last call (for tests and the benchmark).
    zuletzt_neu: usize,
}

/// Shortest piece (but the last).
pub const STUECK_MIN: usize = 8 * 1024;
/// Longest piece.
pub const STUECK_MAX: usize = 128 * 1024;
/// A cut where the rolling hash has these 15 bits clear: one in 32,768 places.
const MARKE: u64 = 0xfffe_0000_0000_0000;

/// An empty final block with fixed codes: closes a stream of sync-flushed pieces.
const SCHLUSSBLOCK: [u8; 2] = [0x03, 0x00];

/// One random 64-bit value per byte value for the rolling hash (splitmix64).
const ZAHNRAD: [u64; 256] = {
    let mut tabelle = [0u64; 256];
    let mut zustand: u64 = 0x5550_4f2d_5765_726b;
    let mut i = 0;
    while i < 256 {
        zustand = zustand.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = zustand;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        tabelle[i] = z ^ (z >> 31);
        i += 1;
    }
    tabelle
};

/// Length of the piece at the start of `bytes` (all of it if shorter than [`STUECK_MIN`]).
fn stuecklaenge(bytes: &[u8]) -> usize {
    if bytes.len() <= STUECK_MIN {
        return bytes.len();
    }
    let ende = bytes.len().min(STUECK_MAX);
    let mut rollend: u64 = 0;
    // The hash covers the last 64 bytes; the bytes before STUECK_MIN only fill it.
    for (i, &byte) in bytes[..ende].iter().enumerate().skip(STUECK_MIN - 64) {
        rollend = (rollend << 1).wrapping_add(ZAHNRAD[usize::from(byte)]);
        if i >= STUECK_MIN && rollend & MARKE == 0 {
            return i + 1;
        }
    }
    ende
}

/// A fast hash of a piece, to find the candidate for reuse (not a checksum: the text is
/// compared before reuse).
fn streuwert(bytes: &[u8]) -> u64 {
    const FAKTOR: u64 = 0x517c_c1b7_2722_0a95;
    let mut wert = bytes.len() as u64;
    let mut worte = bytes.chunks_exact(8);
    for wort in &mut worte {
        let mut acht = [0u8; 8];
        acht.copy_from_slice(wort);
        wert = (wert.rotate_left(5) ^ u64::from_le_bytes(acht)).wrapping_mul(FAKTOR);
    }
    for &byte in worte.remainder() {
        wert = (wert.rotate_left(5) ^ u64::from(byte)).wrapping_mul(FAKTOR);
    }
    wert
}

/// Deflates one piece on its own, ended with a sync flush; `None` if the deflater fails
/// (it does not for data in memory).
fn stueck_packen(stueck: &[u8]) -> Option<Vec<u8>> {
    let mut deflater = Compress::new(Compression::new(STUFE), false);
    let mut aus = Vec::with_capacity(stueck.len() / 4 + 64);
    loop {
        let gelesen = usize::try_from(deflater.total_in()).ok()?;
        deflater
            .compress_vec(&stueck[gelesen..], &mut aus, FlushCompress::Sync)
            .ok()?;
        // Done when all input is read and the flush left room in the output.
        if usize::try_from(deflater.total_in()).ok()? == stueck.len() && aus.len() < aus.capacity()
        {
            return Some(aus);
        }
        aus.reserve(aus.capacity().max(1024));
    }
}

impl Packer {
    /// Packs `text`, reusing every piece that is unchanged since the last call.
    pub fn packen(&mut self, text: &str) -> String {
        let strom = self.strom(text);
        kodieren(&strom)
    }

    /// Fills the store with the pieces of `text` (for example the text just opened), so that
    /// the first save after an edit deflates only what the edit changed.
    pub fn vorbereiten(&mut self, text: &str) {
        self.strom(text);
    }

    /// Bytes of text deflated anew by the last call.
    pub fn zuletzt_neu_gepackt(&self) -> usize {
        self.zuletzt_neu
    }

    /// The raw deflate stream of `text`, piece by piece; the store then holds exactly the
    /// pieces of `text`.
    fn strom(&mut self, text: &str) -> Vec<u8> {
        let mut alt = std::mem::take(&mut self.vorrat);
        let mut strom = Vec::with_capacity(text.len() / 8 + 64);
        let mut rest = text.as_bytes();
        self.zuletzt_neu = 0;
        while !rest.is_empty() {
            let (stueck, danach) = rest.split_at(stuecklaenge(rest));
            rest = danach;
            let schluessel = streuwert(stueck);
            let eintrag = match alt.remove(&schluessel) {
                Some((gleich, gepackt)) if bytefolgen::gleich(&gleich, stueck) => (gleich, gepackt),
                _ => {
                    self.zuletzt_neu += stueck.len();
                    match stueck_packen(stueck) {
                        Some(gepackt) => (Box::from(stueck), gepackt),
                        None => return Self::in_einem_strom(text),
                    }
                }
            };
            strom.extend_from_slice(&eintrag.1);
            self.vorrat.insert(schluessel, eintrag);
        }
        strom.extend_from_slice(&SCHLUSSBLOCK);
        strom
    }

    /// The whole text as one ordinary deflate stream: the way out should a piece fail.
    fn in_einem_strom(text: &str) -> Vec<u8> {
        let mut kodierer = DeflateEncoder::new(Vec::new(), Compression::new(STUFE));
        // Writing into a Vec cannot fail.
        let _ = kodierer.write_all(text.as_bytes());
        kodierer.finish().unwrap_or_default()
    }
}

/// The packed form of a raw deflate stream: the mark, its length in bytes, 15 bits per unit.
fn kodieren(bytes: &[u8]) -> String {
    let mut ergebnis = String::with_capacity(KENNUNG.len() + 12 + bytes.len() * 3 * 8 / 15 + 3);
    ergebnis.push_str(KENNUNG);
    ergebnis.push_str(&bytes.len().to_string());
    ergebnis.push(':');
    let mut puffer: u32 = 0;
    let mut bits = 0;
    for &byte in bytes {
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

    /// A large portfolio, its text and the same with one field changed in the middle.
    fn gross_und_geaendert() -> (String, String) {
        let mut ab = beispiel();
        let heute = crate::shared::datum::Datum::neu(2026, 11, 28).unwrap();
        ab.werkzeuge.multiprojektplan =
            crate::tools::multiprojektplan::examples::generiere(300, 10, heute);
        let vorher = schreiben(&als_wert(&ab), 1, "2026-11-28T10:00:00Z");
        ab.werkzeuge.multiprojektplan.projekte[150].titel = "Neuer Titel".into();
        let nachher = schreiben(&als_wert(&ab), 2, "2026-11-28T10:00:01Z");
        (vorher, nachher)
    }

    /// After one field changed, a save deflates only the first piece (the envelope's head
    /// carries revision, time and checksum) and the field's piece; the result reads back.
    #[test]
    fn nach_einer_aenderung_wird_nur_ihr_stueck_neu_gepackt() {
        let (vorher, nachher) = gross_und_geaendert();
        assert!(vorher.len() > 1_000_000, "{} Bytes", vorher.len());
        let mut packer = Packer::default();
        let erst = packer.packen(&vorher);
        assert_eq!(packer.zuletzt_neu_gepackt(), vorher.len());
        assert_eq!(entpacken(&erst).unwrap(), vorher);
        let dann = packer.packen(&nachher);
        // The head's piece, and the field's piece (two, should the edit have moved a cut).
        assert!(
            packer.zuletzt_neu_gepackt() <= 3 * STUECK_MAX,
            "{} Bytes neu gepackt",
            packer.zuletzt_neu_gepackt()
        );
        assert_eq!(entpacken(&dann).unwrap(), nachher);
        // The same text again: nothing to deflate, the same packed text.
        assert_eq!(packer.packen(&nachher), dann);
        assert_eq!(packer.zuletzt_neu_gepackt(), 0);
        // Prepared with the text as opened, the first save is as cheap.
        let mut vorbereitet = Packer::default();
        vorbereitet.vorbereiten(&vorher);
        assert_eq!(vorbereitet.packen(&nachher), dann);
        assert!(vorbereitet.zuletzt_neu_gepackt() <= 3 * STUECK_MAX);
    }

    /// Pieces are cut by content: between the bounds, the same cuts for the same text, and a
    /// text of repeated bytes (no mark ever hit) is cut at the longest piece.
    #[test]
    fn stuecke_liegen_zwischen_den_grenzen() {
        let (text, _) = gross_und_geaendert();
        let mut rest = text.as_bytes();
        let mut laengen = Vec::new();
        while !rest.is_empty() {
            let n = stuecklaenge(rest);
            laengen.push(n);
            rest = &rest[n..];
        }
        let letzte = laengen.pop().unwrap();
        assert!(letzte <= STUECK_MAX);
        assert!(laengen
            .iter()
            .all(|n| (STUECK_MIN..=STUECK_MAX).contains(n)));
        assert!(laengen.len() > 10, "{laengen:?}");
        assert_eq!(stuecklaenge(&vec![b'a'; 3 * STUECK_MAX]), STUECK_MAX);
        assert_eq!(stuecklaenge(b"kurz"), 4);
        let leer = Packer::default().packen("");
        assert_eq!(entpacken(&leer).unwrap(), "");
    }

    /// A piece whose hash matches but whose text differs is deflated anew, never reused.
    #[test]
    fn gleicher_streuwert_allein_genuegt_nicht() {
        let mut packer = Packer::default();
        let text = "a".repeat(100);
        packer.packen(&text);
        let anderer = "b".repeat(100);
        let schluessel = streuwert(text.as_bytes());
        // Plant the other text's piece under this text's hash.
        let fremd = stueck_packen(anderer.as_bytes()).unwrap();
        packer
            .vorrat
            .insert(schluessel, (Box::from(anderer.as_bytes()), fremd));
        let gepackt = packer.packen(&text);
        assert_eq!(entpacken(&gepackt).unwrap(), text);
        assert_eq!(packer.zuletzt_neu_gepackt(), 100);
    }

    proptest! {
        /// Successive versions of a text (edits anywhere) pack and read back, whatever the
        /// packer kept from before.
        #[test]
        fn folgen_von_fassungen_ueberstehen_packen(
            start in prop::collection::vec(any::<u8>(), 0..40_000),
            aenderungen in prop::collection::vec((any::<prop::sample::Index>(), any::<String>()), 1..5),
        ) {
            let mut text: String = start.iter().map(|b| char::from(b'a' + b % 4)).collect();
            let mut packer = Packer::default();
            for (stelle, neu) in aenderungen {
                let gepackt = packer.packen(&text);
                prop_assert_eq!(entpacken(&gepackt).unwrap(), text.as_str());
                let mut i = stelle.index(text.len() + 1);
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                text.insert_str(i, &neu);
            }
            let gepackt = packer.packen(&text);
            prop_assert_eq!(entpacken(&gepackt).unwrap(), text.as_str());
        }

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
