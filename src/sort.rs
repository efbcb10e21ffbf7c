//! One stable sort for the whole crate. Every `sort_by` call site with its own element type and
//! closure makes the compiler emit another copy of the standard library's sort (about eight
//! functions each); this sorts positions with one comparator behind `&dyn`, so the wasm carries
//! a single copy, then moves the elements into place.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably (equal elements keep their order), as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(v.len(), &|a, b| cmp(&v[a], &v[b]));
    // dest[j]: where the element now at j belongs. Each swap puts one element in its place.
    let mut dest = vec![0; order.len()];
    for (k, &j) in order.iter().enumerate() {
        dest[j] = k;
    }
    for i in 0..v.len() {
        while dest[i] != i {
            let d = dest[i];
            v.swap(i, d);
            dest.swap(i, d);
        }
    }
}

/// Sorts `v` in its natural order, stably.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The positions `0..n` ordered by `cmp`: a bottom-up merge sort, stable as the standard one
/// is (so the same order), and a fraction of its code in the wasm (its run detection and
/// small-sort networks come to about 2 KB gzipped; the slices sorted here are at most a few
/// thousand rows).
fn sorted_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = from.clone();
    let mut width = 1;
    while width < n {
        // Merges each pair of neighbouring sorted runs of `width` from `from` into `to`.
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (mid + width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut to[lo..hi] {
                // The right run's element goes first only when strictly less: ties keep order.
                if j < hi && (i == mid || cmp(from[j], from[i]) == Ordering::Less) {
                    *slot = from[j];
                    j += 1;
                } else {
                    *slot = from[i];
                    i += 1;
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Same result as the standard library's stable sort, ties included (sorted by the key
        /// only, the tags show whether equal keys kept their order).
        #[test]
        fn matches_std_stable_sort(keys in proptest::collection::vec(0u8..6, 0..300)) {
            let tagged: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut ours = tagged.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut theirs = tagged;
            theirs.sort_by(|a, b| b.0.cmp(&a.0));
            prop_assert_eq!(ours, theirs);
        }
    }
}
