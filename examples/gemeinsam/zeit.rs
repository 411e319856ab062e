//! Timing helper shared by the `messung_*` examples (included with `#[path]`; not an example of
//! its own).

use std::time::Instant;

/// Median of `n` runs of `f`, in milliseconds.
pub fn median_ms(n: usize, mut f: impl FnMut()) -> f64 {
    let mut zeiten: Vec<f64> = (0..n)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    zeiten.sort_by(f64::total_cmp);
    zeiten[n / 2]
}
