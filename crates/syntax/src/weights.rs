//! The run-time weight tables of a linear model: feature key → one row of i16 weights
//! per class, in an open-addressing table built once at load. Each slot holds its key and
//! its row side by side, so a lookup touches one place in memory; scoring adds rows, no
//! floats. Both tables share one probing scheme ([`probe`]): linear, never wrapping,
//! at most half full, the first few slots examined without branches.

use crate::codec::{Reader, Writer};
use crate::ModelError;

/// Most slots examined at once before falling back to a probe loop, and the empty tail
/// every table keeps. A linear probe stops at the key or at the first empty slot, and in
/// a table at most half full one of them almost always lies in the first few slots;
/// looking at them without branching saves a mispredicted branch per probe. The dense
/// tables look at two (see [`Weights::score`]).
const SCAN: usize = 4;

/// Slots of an open-addressing table for `n` keys: a power of two at least twice `n`
/// (load between 1/4 and 1/2), plus an always-empty tail that probes run into instead of
/// wrapping around.
fn capacity(n: usize) -> usize {
    (2 * n + 1).next_power_of_two().max(16)
}

/// The slot where the linear probe for `f` ends: the one holding `f`, or the first empty
/// one (all of whose weights are 0, so adding it changes nothing). `key(i)` reads slot
/// `i`'s key (0 = empty); the table's last [`SCAN`] slots are empty, so the probe ends
/// inside it.
///
/// `N` (at most [`SCAN`]) slots are examined without branches: as many as lie in the
/// memory the caller prefetched.
#[inline(always)]
fn probe<const N: usize>(f: u32, mask: usize, slots: usize, key: impl Fn(usize) -> u32) -> usize {
    let home = f as usize & mask;
    let mut ends = 0u32;
    for j in 0..N {
        let k = key(home + j);
        ends |= u32::from(ends_probe(k, f)) << j;
    }
    if ends != 0 {
        return home + ends.trailing_zeros() as usize;
    }
    (home + N..slots).find(|&i| ends_probe(key(i), f)).unwrap_or(slots - 1)
}

/// Whether a slot holding key `k` ends the probe for `f`: it holds `f`, or is empty.
#[inline(always)]
fn ends_probe(k: u32, f: u32) -> bool {
    k == f || k == 0
}

/// 0 exactly when a slot holding key `k` ends the probe for `f` (as [`ends_probe`]),
/// computed without comparisons: `k ^ f` is 0 when it holds `f`, `k` when it is empty.
#[inline(always)]
fn gap(k: u32, f: u32) -> u32 {
    (k ^ f).min(k)
}

/// Where each of `keys` goes in a table of `mask + 1` home slots, and how many slots
/// the table needs (its empty tail of at least [`SCAN`] slots included). Keys must be
/// distinct (the model file's are sorted strictly; a perceptron's come from a map);
/// those `keep` refuses get no slot (`u32::MAX`).
///
/// The keys are placed in the order of their home slots, each in the first free slot
/// at or after its home: a counting sort and one pass, where inserting them in key
/// order probed the half-built table for each (most of a model load). Every slot
/// between a key's home and its slot is taken, so the table is one any insertion
/// order could have made and a probe finds what it found before: the lookups, and
/// so the scores, are the same.
fn layout(keys: &[u32], mask: usize, keep: impl Fn(usize) -> bool) -> (Vec<u32>, usize) {
    let homes = mask + 1;
    // `start[h]` counts the keys at home `h - 1`, then becomes where home `h`'s
    // keys begin in `order`.
    let mut start = vec![0u32; homes + 1];
    for (r, &k) in keys.iter().enumerate() {
        if keep(r) {
            start[(k as usize & mask) + 1] += 1;
        }
    }
    for h in 0..homes {
        start[h + 1] += start[h];
    }
    let mut order = vec![0u32; start[homes] as usize];
    for (r, &k) in keys.iter().enumerate() {
        if keep(r) {
            let h = k as usize & mask;
            order[start[h] as usize] = r as u32;
            start[h] += 1;
        }
    }
    let mut slot = vec![u32::MAX; keys.len()];
    let mut free = 0;
    for &r in &order {
        let at = (keys[r as usize] as usize & mask).max(free);
        slot[r as usize] = at as u32;
        free = at + 1;
    }
    (slot, (homes + SCAN).max(free + SCAN))
}

/// Quantised weights of one linear classifier.
#[derive(Clone, Debug, Default)]
pub struct Weights {
    classes: usize,
    /// i16s per slot: the key as two halves, then the row.
    stride: usize,
    mask: usize,
    rows: usize,
    table: Vec<i16>,
}

impl Weights {
    /// Builds a table from rows (`data` is `keys.len() × classes`) of distinct keys.
    pub fn new(classes: usize, keys: &[u32], data: &[i16]) -> Weights {
        Weights::build(classes, keys, data.chunks_exact(classes), |row, out| {
            out.copy_from_slice(row)
        })
    }

    /// Builds a table of distinct `keys` and their rows as stored (`data`, one item a
    /// key), `fill(stored, row)` writing a stored row's weights.
    fn build<R>(
        classes: usize,
        keys: &[u32],
        data: impl Iterator<Item = R>,
        mut fill: impl FnMut(R, &mut [i16]),
    ) -> Weights {
        let mask = capacity(keys.len()) - 1;
        let stride = classes + 2;
        let (slot, slots) = layout(keys, mask, |r| keys[r] != 0);
        let mut table = vec![0i16; slots * stride];
        let mut rows = 0;
        for ((&k, &i), stored) in keys.iter().zip(&slot).zip(data) {
            if i == u32::MAX {
                continue;
            }
            rows += 1;
            // One slice for the slot, so its key and row are written with one bounds check.
            let at = i as usize * stride;
            let (key, row) = table[at..at + stride].split_at_mut(2);
            key[0] = k as u16 as i16;
            key[1] = (k >> 16) as u16 as i16;
            fill(stored, row);
        }
        Weights {
            classes,
            stride,
            mask,
            rows,
            table,
        }
    }

    pub fn classes(&self) -> usize {
        self.classes
    }

    /// Number of feature rows.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// Adds the rows of `features` into `scores` (length = classes).
    pub fn score(&self, features: &[u32], scores: &mut [i32]) {
        // The parser's moves and the tagger's tags get code with their row length
        // known at compile time: the probes and sums unroll, the sums stay in
        // registers and the slot reads need no bounds checks of their own (this
        // function was about 60 instructions per feature with the row length
        // read at run time, most of them checks and stores).
        match self.stride {
            5 => self.score_fixed::<5, 3>(features, scores),
            19 => self.score_fixed::<19, 17>(features, scores),
            stride => self.score_strided(stride, features, scores),
        }
    }

    /// [`Weights::score`] for slots of `S` i16s: the key's two halves, then a row
    /// of `C = S - 2` weights.
    ///
    /// Two slots of a probe are read at once, not four: nearly every probe ends in
    /// the first two, and each slot more is loads and compares for every feature
    /// (the parser's moves: 0.85 -> 0.95 MB/s extracting) or, for the tagger's
    /// 38-byte slots, a cache line never prefetched.
    #[inline(always)]
    fn score_fixed<const S: usize, const C: usize>(&self, features: &[u32], scores: &mut [i32]) {
        debug_assert_eq!(S, C + 2);
        let mut sums = [0i32; C];
        if !self.table.is_empty() {
            self.prefetch_homes(S, 2, features);
            for &f in features {
                let row = self.slot_of::<S>(f);
                for c in 0..C {
                    sums[c] += i32::from(row[2 + c]);
                }
            }
        }
        let (row, rest) = scores.split_at_mut(C.min(scores.len()));
        row.copy_from_slice(&sums[..row.len()]);
        rest.fill(0);
    }

    /// The slot where the probe for `f` ends in a table of `S`-i16 slots: the one
    /// holding `f`, or an empty one (whose weights are all 0).
    #[inline(always)]
    fn slot_of<const S: usize>(&self, f: u32) -> &[i16; S] {
        let home = f as usize & self.mask;
        // Every home has at least [`SCAN`] slots after it (the empty tail), so the
        // two slots exist; slicing them once lets the reads below go unchecked.
        let pair = &self.table[home * S..home * S + 2 * S];
        // Each slot's "ends the probe" as a number that is 0 when it does ([`gap`]),
        // tested once for both: a branch on the first slot alone would be mispredicted
        // for the many probes that end in the second.
        let (first, second) = (gap(key_at(pair, 0), f), gap(key_at(pair, S), f));
        let slot = if first.min(second) == 0 {
            let at = if first == 0 { 0 } else { S };
            &pair[at..at + S]
        } else if S > 8 {
            // The tagger's rows: out of line, or its registers crowd the 17 sums out
            // of theirs (they were moved to memory and back for every feature).
            self.slot_past_two::<S>(f)
        } else {
            // The moves' rows: inline, the call would cost more than it saves.
            self.slot_past_two_inline::<S>(f)
        };
        slot.try_into().expect("a slot is S i16s")
    }

    /// The probe for `f` that runs past its first two slots (rare), out of line.
    #[cold]
    #[inline(never)]
    fn slot_past_two<const S: usize>(&self, f: u32) -> &[i16] {
        self.slot_past_two_inline::<S>(f)
    }

    #[inline(always)]
    fn slot_past_two_inline<const S: usize>(&self, f: u32) -> &[i16] {
        let slots = self.table.len() / S;
        let at = probe::<SCAN>(f, self.mask, slots, |i| key_at(&self.table, i * S));
        &self.table[at * S..at * S + S]
    }

    /// Any row length (no table the models ship has one; kept for other class counts).
    fn score_strided(&self, stride: usize, features: &[u32], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        if self.table.is_empty() {
            return;
        }
        self.prefetch_homes(stride, SCAN, features);
        let slots = self.table.len() / stride;
        for &f in features {
            let at = probe::<SCAN>(f, self.mask, slots, |i| key_at(&self.table, i * stride)) * stride;
            for (s, &w) in scores.iter_mut().zip(&self.table[at + 2..at + stride]) {
                *s += w as i32;
            }
        }
    }

    /// Asks for the first `slots` slots of every feature's probe: the rows are
    /// scattered over megabytes, and asking for all of them first lets the memory
    /// fetches overlap instead of queueing one after another.
    #[inline(always)]
    fn prefetch_homes(&self, stride: usize, slots: usize, features: &[u32]) {
        for &f in features {
            let home = self.table.as_ptr().wrapping_add((f as usize & self.mask) * stride);
            prefetch(home);
            prefetch(home.wrapping_add(slots * stride - 1));
        }
    }

    /// (key, row) pairs sorted by key: the canonical order written to the file.
    fn sorted_rows(&self) -> Vec<(u32, &[i16])> {
        let mut out: Vec<(u32, &[i16])> = self
            .table
            .chunks_exact(self.stride.max(1))
            .filter_map(|slot| {
                let k = (slot[0] as u16 as u32) | ((slot[1] as u16 as u32) << 16);
                (k != 0).then(|| (k, &slot[2..]))
            })
            .collect();
        out.sort_unstable_by_key(|p| p.0);
        out
    }

    pub fn write(&self, w: &mut Writer) {
        let rows = self.sorted_rows();
        w.u32(self.classes as u32);
        w.u32(rows.len() as u32);
        for (k, _) in &rows {
            w.u32(*k);
        }
        for (_, row) in &rows {
            for &x in row.iter() {
                w.i16(x);
            }
        }
    }

    pub fn read(r: &mut Reader) -> Result<Weights, ModelError> {
        let (classes, keys) = read_header(r, 4096)?;
        let n = keys.len();
        let bytes = r.bytes(n.checked_mul(classes * 2).ok_or(ModelError::Truncated)?)?;
        // Rows straight from the bytes into their slots, with no copy of them all between.
        let rows = bytes.chunks_exact(classes * 2);
        // The shipped row lengths decoded by code that knows them (unrolled, checked
        // once a row): the moves' 3-weight rows were mostly loop overhead.
        Ok(match classes {
            3 => Weights::build(classes, &keys, rows, decode_row::<3>),
            17 => Weights::build(classes, &keys, rows, decode_row::<17>),
            _ => Weights::build(classes, &keys, rows, |stored, row| {
                for (w, b) in row.iter_mut().zip(stored.chunks_exact(2)) {
                    *w = i16::from_le_bytes([b[0], b[1]]);
                }
            }),
        })
    }
}

/// Writes a stored row of `C` little-endian weights into `row` (both `C` long).
#[inline(always)]
fn decode_row<const C: usize>(stored: &[u8], row: &mut [i16]) {
    // Cut to their known lengths once, so the unrolled reads and writes need no checks.
    let (stored, Some(row)) = (&stored[..2 * C], row.first_chunk_mut::<C>()) else {
        unreachable!("a slot's row is C weights");
    };
    for (c, w) in row.iter_mut().enumerate() {
        *w = i16::from_le_bytes([stored[2 * c], stored[2 * c + 1]]);
    }
}

#[inline]
fn key_at(table: &[i16], at: usize) -> u32 {
    (table[at] as u16 as u32) | ((table[at + 1] as u16 as u32) << 16)
}

/// Weights of a classifier with many classes of which each feature touches few (the arc
/// labeller): per feature only its non-zero (class, weight) pairs.
#[derive(Clone, Debug, Default)]
pub struct SparseWeights {
    classes: usize,
    mask: usize,
    /// (key, offset of the row's first pair in `pairs`, pair count) per slot.
    slots: Vec<(u32, u32, u32)>,
    /// (class, weight); a class is a byte, as in the model file.
    pairs: Vec<(u8, i16)>,
    rows: usize,
}

impl SparseWeights {
    /// Builds the table from dense rows sorted by key (`data` is `keys.len() × classes`).
    pub fn from_dense(classes: usize, keys: &[u32], data: &[i16]) -> SparseWeights {
        let mut rows = Rows::default();
        for r in 0..keys.len() {
            rows.pairs.extend(
                data[r * classes..(r + 1) * classes]
                    .iter()
                    .enumerate()
                    .filter(|(_, &w)| w != 0)
                    .filter_map(|(c, &w)| Some((u8::try_from(c).ok()?, w))),
            );
            rows.end_row();
        }
        SparseWeights::new(classes, keys, rows)
    }

    /// The table of `keys` and their `rows`, whose classes are all below `classes`
    /// (both makers see to it). The slots point into the rows' pairs as they lie:
    /// those of a row without a slot (key 0, or no pairs) are never read.
    fn new(classes: usize, keys: &[u32], rows: Rows) -> SparseWeights {
        let mask = capacity(keys.len()) - 1;
        let keep = |r: usize| keys[r] != 0 && rows.span(r).is_some_and(|(a, b)| b > a);
        let (slot, slots) = layout(keys, mask, keep);
        let mut table = vec![(0u32, 0u32, 0u32); slots];
        let mut count = 0;
        for (r, (&k, &i)) in keys.iter().zip(&slot).enumerate() {
            if let Some((a, b)) = rows.span(r).filter(|_| i != u32::MAX) {
                count += 1;
                table[i as usize] = (k, a as u32, (b - a) as u32);
            }
        }
        SparseWeights {
            classes,
            mask,
            slots: table,
            pairs: rows.pairs,
            rows: count,
        }
    }

    pub fn classes(&self) -> usize {
        self.classes
    }

    pub fn len(&self) -> usize {
        self.rows
    }

    /// Adds the rows of `features` into `scores` (length = classes).
    #[inline]
    pub fn score(&self, features: &[u32], scores: &mut [i32]) {
        // Sums by class in a table a byte indexes, so adding a pair needs no bounds
        // check; copied out at the end.
        let mut sums = [0i32; 256];
        if self.slots.is_empty() {
            scores.fill(0);
            return;
        }
        // Three passes so that both dependent fetches (slot, then its pairs) overlap
        // across features: prefetch the slots, find them and prefetch their pairs, add.
        const BATCH: usize = 32;
        let mut found = [(0u32, 0u32); BATCH];
        for chunk in features.chunks(BATCH) {
            for &f in chunk {
                let home = self.slots.as_ptr().wrapping_add(f as usize & self.mask);
                prefetch(home);
                prefetch(home.wrapping_add(SCAN - 1));
            }
            for (&f, out) in chunk.iter().zip(found.iter_mut()) {
                let (_, at, n) = self.slots[probe::<SCAN>(f, self.mask, self.slots.len(), |i| self.slots[i].0)];
                prefetch(self.pairs.as_ptr().wrapping_add(at as usize));
                *out = (at, n);
            }
            for &(at, n) in &found[..chunk.len()] {
                for &(c, w) in &self.pairs[at as usize..(at + n) as usize] {
                    sums[usize::from(c)] += i32::from(w);
                }
            }
        }
        let (row, rest) = scores.split_at_mut(sums.len().min(scores.len()));
        row.copy_from_slice(&sums[..row.len()]);
        rest.fill(0);
    }

    pub fn write(&self, w: &mut Writer) {
        let mut rows: Vec<(u32, u32, u32)> = self.slots.iter().copied().filter(|s| s.0 != 0).collect();
        rows.sort_unstable_by_key(|s| s.0);
        w.u32(self.classes as u32);
        w.u32(rows.len() as u32);
        for (k, _, _) in &rows {
            w.u32(*k);
        }
        for (_, at, n) in &rows {
            w.u8(*n as u8);
            for &(c, x) in &self.pairs[*at as usize..(*at + *n) as usize] {
                w.u8(c);
                w.i16(x);
            }
        }
    }

    pub fn read(r: &mut Reader) -> Result<SparseWeights, ModelError> {
        let (classes, keys) = read_header(r, 256)?;
        let n = keys.len();
        let mut rows = Rows::default();
        rows.ends.reserve(n.min(1 << 24));
        for _ in 0..n {
            // A row: its pair count, then (class, weight) pairs of three bytes each.
            let m = r.u8()? as usize;
            for p in r.bytes(3 * m)?.chunks_exact(3) {
                if p[0] as usize >= classes {
                    return Err(ModelError::Corrupt("sparse table class"));
                }
                rows.pairs.push((p[0], i16::from_le_bytes([p[1], p[2]])));
            }
            rows.end_row();
        }
        Ok(SparseWeights::new(classes, &keys, rows))
    }
}

/// Sparse rows laid end to end while a table is built: one vector of pairs and where
/// each row ends, not a vector per row (the labeller's 111k rows were as many
/// allocations at every model load).
#[derive(Default)]
struct Rows {
    pairs: Vec<(u8, i16)>,
    ends: Vec<usize>,
}

impl Rows {
    /// Ends the row being written: the pairs pushed since the last end.
    fn end_row(&mut self) {
        self.ends.push(self.pairs.len());
    }

    /// Where row `r`'s pairs begin and end in `pairs`, if there is such a row.
    fn span(&self, r: usize) -> Option<(usize, usize)> {
        let end = *self.ends.get(r)?;
        Some((if r == 0 { 0 } else { self.ends[r - 1] }, end))
    }
}

/// A hint to load the cache line at `p`; never dereferences it.
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint; it does not access memory and cannot fault.
    #[allow(unused_unsafe, unsafe_code)]
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// A table's class count (at most `max_classes`) and its sorted, non-zero keys.
fn read_header(r: &mut Reader, max_classes: usize) -> Result<(usize, Vec<u32>), ModelError> {
    let classes = r.u32()? as usize;
    let n = r.u32()? as usize;
    if classes == 0 || classes > max_classes {
        return Err(ModelError::Corrupt("weight table class count"));
    }
    let key_bytes = r.bytes(n.checked_mul(4).ok_or(ModelError::Truncated)?)?;
    let keys: Vec<u32> = key_bytes
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    if keys.windows(2).any(|p| p[0] >= p[1]) || keys.first() == Some(&0) {
        return Err(ModelError::Corrupt("weight table keys not sorted"));
    }
    Ok((classes, keys))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys sharing their low bits share a home slot: probes run past the first
    /// [`SCAN`] slots and past the end of the power-of-two part of the table.
    fn crowded_keys() -> Vec<u32> {
        (1..=40u32).map(|i| (i << 20) | 0xFFF).collect()
    }

    #[test]
    fn dense_rows_are_found_past_crowded_slots_and_absent_keys_add_nothing() {
        // 3 and 17 classes take the code written for the moves' and the tagger's row
        // lengths, 4 the general one.
        for classes in [3usize, 17, 4] {
            let keys = crowded_keys();
            let row = |k: u32| -> Vec<i16> {
                (0..classes)
                    .map(|c| match c {
                        0 => (k >> 20) as i16,
                        1 => 1,
                        _ => -(c as i16),
                    })
                    .collect()
            };
            let data: Vec<i16> = keys.iter().flat_map(|&k| row(k)).collect();
            let w = Weights::new(classes, &keys, &data);
            assert_eq!(w.len(), keys.len());
            let mut scores = vec![0i32; classes];
            for &k in &keys {
                w.score(&[k], &mut scores);
                let expected: Vec<i32> = row(k).into_iter().map(i32::from).collect();
                assert_eq!(scores, expected, "{classes} classes");
            }
            let all: Vec<i32> = (0..classes)
                .map(|c| match c {
                    0 => (1..=40).sum(),
                    1 => 40,
                    _ => -40 * c as i32,
                })
                .collect();
            w.score(&keys, &mut scores);
            assert_eq!(scores, all, "{classes} classes");
            w.score(&[0xFFF, 41 << 20 | 0xFFF, 7], &mut scores);
            assert!(scores.iter().all(|&s| s == 0), "{classes} classes");
            let mut out = Writer::default();
            w.write(&mut out);
            let back = Weights::read(&mut Reader::new(&out.buf)).expect("reads back");
            back.score(&keys, &mut scores);
            assert_eq!(scores, all, "{classes} classes");
        }
    }

    #[test]
    fn sparse_rows_add_only_their_pairs() {
        let keys = crowded_keys();
        let data: Vec<i16> = keys
            .iter()
            .flat_map(|&k| {
                let mut row = [0i16; 5];
                row[(k >> 20) as usize % 5] = 3;
                row
            })
            .collect();
        let w = SparseWeights::from_dense(5, &keys, &data);
        assert_eq!(w.len(), keys.len());
        let mut scores = [0i32; 5];
        w.score(&keys, &mut scores);
        assert_eq!(scores, [24; 5]);
        w.score(&[keys[0], 12345], &mut scores);
        assert_eq!(scores, [0, 3, 0, 0, 0]);
    }
}
