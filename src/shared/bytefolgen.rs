//! Comparing long byte sequences eight bytes at a time.
//!
//! In WebAssembly, `==` on byte slices and the search for where two texts start to differ end
//! in `memcmp`, which the target's runtime implements one byte at a time. The data layer
//! compares the whole workspace text (4 MB at 1,000 projects × 10 milestones) on every change
//! and every save: for the undo step and for the pieces the packer can reuse (#14). Reading
//! eight bytes as one `u64` makes that about eight times cheaper; the results are the same.
//!
//! Pure: only `core`.

/// Whether `a` and `b` are equal.
pub fn gleich(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && gemeinsamer_anfang(a, b) == a.len()
}

/// Length in bytes of the longest common start of `a` and `b`.
pub fn gemeinsamer_anfang(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (&a[..n], &b[..n]);
    let gleiche_woerter = a
        .chunks_exact(8)
        .zip(b.chunks_exact(8))
        .take_while(|(x, y)| wort(x) == wort(y))
        .count();
    let anfang = gleiche_woerter * 8;
    anfang
        + a[anfang..]
            .iter()
            .zip(&b[anfang..])
            .take_while(|(x, y)| x == y)
            .count()
}

/// Length in bytes of the longest common end of `a` and `b`.
pub fn gemeinsames_ende(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let gleiche_woerter = a
        .rchunks_exact(8)
        .zip(b.rchunks_exact(8))
        .take_while(|(x, y)| wort(x) == wort(y))
        .count();
    let ende = gleiche_woerter * 8;
    ende + a[..n - ende]
        .iter()
        .rev()
        .zip(b[..n - ende].iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// Eight bytes as one number (`teil` has exactly eight).
fn wort(teil: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(teil);
    u64::from_ne_bytes(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The byte-by-byte definitions the fast versions must equal.
    fn anfang_langsam(a: &[u8], b: &[u8]) -> usize {
        a.iter().zip(b).take_while(|(x, y)| x == y).count()
    }

    fn ende_langsam(a: &[u8], b: &[u8]) -> usize {
        a.iter()
            .rev()
            .zip(b.iter().rev())
            .take_while(|(x, y)| x == y)
            .count()
    }

    #[test]
    fn randfaelle() {
        assert_eq!(gemeinsamer_anfang(b"", b"abc"), 0);
        assert_eq!(gemeinsames_ende(b"abc", b""), 0);
        assert!(gleich(b"", b""));
        assert!(!gleich(b"abc", b"abcd"));
        let lang: Vec<u8> = (0..1000u32).map(|i| (i % 251) as u8).collect();
        let mut anders = lang.clone();
        anders[517] ^= 1;
        assert_eq!(gemeinsamer_anfang(&lang, &anders), 517);
        assert_eq!(gemeinsames_ende(&lang, &anders), 1000 - 518);
        assert!(gleich(&lang, &lang.clone()));
        assert!(!gleich(&lang, &anders));
    }

    proptest! {
        /// Equal to the byte-by-byte definitions for texts that share a start and an end of
        /// any length, with any difference between.
        #[test]
        fn wie_byteweise(
            anfang in proptest::collection::vec(any::<u8>(), 0..40),
            mitte_a in proptest::collection::vec(any::<u8>(), 0..20),
            mitte_b in proptest::collection::vec(any::<u8>(), 0..20),
            ende in proptest::collection::vec(any::<u8>(), 0..40),
        ) {
            let a = [anfang.clone(), mitte_a, ende.clone()].concat();
            let b = [anfang, mitte_b, ende].concat();
            prop_assert_eq!(gemeinsamer_anfang(&a, &b), anfang_langsam(&a, &b));
            prop_assert_eq!(gemeinsames_ende(&a, &b), ende_langsam(&a, &b));
            prop_assert_eq!(gleich(&a, &b), a == b);
        }
    }
}
