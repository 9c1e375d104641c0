//! The dependency parser: greedy arc-hybrid transitions (Kuhlmann et al. 2011) with the
//! root at the end of the buffer (Ballesteros & Nivre 2013), scored by an averaged
//! perceptron over Zhang & Nivre (2011)-style features, trained with Goldberg & Nivre's
//! (2013) dynamic oracle and exploration. A second perceptron labels each arc when it is
//! made, seeing the dependent's finished subtree and the head's children so far.

use crate::codec::{Reader, Writer};
use crate::hash::{f1, f2, f3};
use crate::perceptron::Perceptron;
use crate::weights::{SparseWeights, Weights};
use crate::{ModelError, Rel, Upos};

const NONE: usize = usize::MAX;
const SHIFT: usize = 0;
const LEFT: usize = 1;
const RIGHT: usize = 2;
const MOVES: usize = 3;
const ROOT_TAG: u64 = 17;
const NONE_TAG: u64 = 18;
const ROOT_WORD: u64 = 0x0000_5007_5007;
const NONE_WORD: u64 = 0x0000_0000_AB5E;
const NO_LABEL: u8 = 255;
/// Features of a move decision and of an arc's label: made as arrays, not pushed
/// into a vector one by one (a length check and store each, some 20 million a
/// megabyte of text).
const MOVE_FEATURES: usize = 93;
const LABEL_FEATURES: usize = 30;
/// Of the move features, those that read one stack position's own word and tags (`S0`,
/// `S1`, `S2`), those that read only the buffer's front (b1 and b2 follow b0, so all of
/// them are fixed by where b0 is: `BUFFER`), and the rest, which read the arcs made so
/// far or two positions at once (`STATE`).
const S0_FEATURES: usize = 5;
const S1_FEATURES: usize = 4;
const S2_FEATURES: usize = 1;
const BUFFER_FEATURES: usize = 13;
const STATE_FEATURES: usize = MOVE_FEATURES - S0_FEATURES - S1_FEATURES - S2_FEATURES - BUFFER_FEATURES;

/// A trained parser: the transition classifier, the arc labeller and its label set.
#[derive(Clone, Debug, Default)]
pub struct ParserModel {
    pub moves: Weights,
    pub labels: SparseWeights,
    pub label_set: Vec<Rel>,
}

/// One sentence as the parser sees it: hashed words and tags.
pub struct Input<'a> {
    pub words: &'a [u64],
    pub tags: &'a [u8],
    /// The tags each word had in training (bit per UPOS; 0 = rare or unseen), so the
    /// parser can weigh a doubtful tag.
    pub ambiguity: &'a [u32],
    /// Hash of the last three letters ("-ed", "-ing"), a hint of verb form.
    pub suffix: &'a [u64],
}

struct State {
    n: usize,
    stack: Vec<usize>,
    b: usize,
    heads: Vec<usize>,
    labels: Vec<u8>,
    l1: Vec<usize>,
    l2: Vec<usize>,
    r1: Vec<usize>,
    r2: Vec<usize>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lmask: Vec<u64>,
    rmask: Vec<u64>,
    /// PUNCT tags before each position (prefix counts).
    punct_before: Vec<u32>,
}

impl State {
    fn new(n: usize, tags: &[u8]) -> State {
        let m = n + 1;
        let mut punct_before = Vec::with_capacity(m + 1);
        let mut c = 0;
        punct_before.push(c);
        for i in 0..m {
            if tags.get(i) == Some(&(Upos::Punct.index() as u8)) {
                c += 1;
            }
            punct_before.push(c);
        }
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            heads: vec![NONE; m],
            labels: vec![NO_LABEL; m],
            l1: vec![NONE; m],
            l2: vec![NONE; m],
            r1: vec![NONE; m],
            r2: vec![NONE; m],
            nl: vec![0; m],
            nr: vec![0; m],
            lmask: vec![0; m],
            rmask: vec![0; m],
            punct_before,
        }
    }

    fn terminal(&self) -> bool {
        self.stack.is_empty() && self.b == self.n
    }

    fn valid(&self) -> [bool; MOVES] {
        let depth = self.stack.len();
        [
            self.b < self.n,
            depth >= 1 && (self.b < self.n || depth == 1),
            depth >= 2,
        ]
    }

    fn s(&self, k: usize) -> usize {
        let d = self.stack.len();
        if k < d {
            self.stack[d - 1 - k]
        } else {
            NONE
        }
    }

    /// Arcs made unreachable by each move, for the gold heads `gold` (root = n).
    fn costs(&self, gold: &[usize]) -> [u32; MOVES] {
        let s0 = self.s(0);
        let s1 = self.s(1);
        let b = self.b;
        let mut c = [0u32; MOVES];
        if b < self.n {
            for &s in &self.stack {
                if gold[s] == b {
                    c[SHIFT] += 1;
                }
                if s != s0 && gold[b] == s {
                    c[SHIFT] += 1;
                }
            }
        }
        if s0 != NONE {
            let deps_in_buffer = (b..self.n).filter(|&d| gold[d] == s0).count() as u32;
            let h = gold[s0];
            c[LEFT] = deps_in_buffer + u32::from(h != b && (h == s1 && s1 != NONE || h > b));
            c[RIGHT] = deps_in_buffer + u32::from(h >= b);
        }
        c
    }

    fn apply(&mut self, mv: usize, label: u8) {
        match mv {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            LEFT => {
                let d = self.stack.pop().unwrap_or(NONE);
                if d != NONE {
                    let h = self.b;
                    self.attach(h, d, label, true);
                }
            }
            _ => {
                let d = self.stack.pop().unwrap_or(NONE);
                let h = self.s(0);
                if d != NONE && h != NONE {
                    self.attach(h, d, label, false);
                }
            }
        }
    }

    fn attach(&mut self, h: usize, d: usize, label: u8, left: bool) {
        self.heads[d] = h;
        self.labels[d] = label;
        let bit = 1u64 << (label as u32 % 64);
        if left {
            // Left children arrive nearest first, so the newest is the leftmost.
            self.l2[h] = self.l1[h];
            self.l1[h] = d;
            self.nl[h] = self.nl[h].saturating_add(1);
            self.lmask[h] |= bit;
        } else {
            self.r2[h] = self.r1[h];
            self.r1[h] = d;
            self.nr[h] = self.nr[h].saturating_add(1);
            self.rmask[h] |= bit;
        }
    }
}

fn bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=7 => 5,
        8..=12 => 6,
        _ => 7,
    }
}

struct View<'a> {
    st: &'a State,
    input: &'a Input<'a>,
}

impl View<'_> {
    fn w(&self, i: usize) -> u64 {
        if i == NONE {
            NONE_WORD
        } else if i == self.st.n {
            ROOT_WORD
        } else {
            self.input.words[i]
        }
    }
    fn p(&self, i: usize) -> u64 {
        if i == NONE {
            NONE_TAG
        } else if i == self.st.n {
            ROOT_TAG
        } else {
            self.input.tags[i] as u64
        }
    }
    fn a(&self, i: usize) -> u64 {
        if i == NONE {
            1 << 40
        } else if i == self.st.n {
            1 << 41
        } else {
            self.input.ambiguity[i] as u64
        }
    }
    fn x(&self, i: usize) -> u64 {
        if i == NONE {
            NONE_WORD
        } else if i == self.st.n {
            ROOT_WORD
        } else {
            self.input.suffix[i]
        }
    }
    fn l(&self, i: usize) -> u64 {
        if i == NONE {
            NO_LABEL as u64
        } else {
            self.st.labels[i] as u64
        }
    }
    fn get(&self, v: &[usize], i: usize) -> usize {
        if i == NONE {
            NONE
        } else {
            v[i]
        }
    }
}

fn pack(a: u64, b: u64) -> u64 {
    (a << 8) | b
}
fn pack3(a: u64, b: u64, c: u64) -> u64 {
    (a << 16) | (b << 8) | c
}

/// The features of a move decision, in the groups [`RoleSums`] caches: s0's own, s1's,
/// s2's, the buffer front's, then those of the state. The order of features is free: a
/// score is a sum of rows, and the perceptron's training sums whole numbers, so any
/// order trains the same model.
fn move_features(st: &State, input: &Input) -> [u32; MOVE_FEATURES] {
    let v = View { st, input };
    let mut out = [0u32; MOVE_FEATURES];
    let (s0, rest) = out.split_at_mut(S0_FEATURES);
    let (s1, rest) = rest.split_at_mut(S1_FEATURES);
    let (s2, rest) = rest.split_at_mut(S2_FEATURES);
    let (buffer, state) = rest.split_at_mut(BUFFER_FEATURES);
    s0.copy_from_slice(&s0_features(&v, st.s(0)));
    s1.copy_from_slice(&s1_features(&v, st.s(1)));
    s2.copy_from_slice(&s2_features(&v, st.s(2)));
    buffer.copy_from_slice(&buffer_features(&v, st.b));
    state.copy_from_slice(&state_features(st, input));
    out
}

/// The features of the word on top of the stack (`i`) that read nothing else.
fn s0_features(v: &View, i: usize) -> [u32; S0_FEATURES] {
    let (w, p) = (v.w(i), v.p(i));
    [f1(1, w), f1(2, p), f2(3, w, p), f1(87, v.a(i)), f2(91, v.x(i), p)]
}

/// The features of the word second on the stack (`i`) that read nothing else.
fn s1_features(v: &View, i: usize) -> [u32; S1_FEATURES] {
    let (w, p) = (v.w(i), v.p(i));
    [f1(4, w), f1(5, p), f2(6, w, p), f1(93, v.a(i))]
}

/// The feature of the word third on the stack (`i`).
fn s2_features(v: &View, i: usize) -> [u32; S2_FEATURES] {
    [f1(7, v.p(i))]
}

/// The features of the buffer's first three words (b0 at `b0`) that read nothing else.
fn buffer_features(v: &View, b0: usize) -> [u32; BUFFER_FEATURES] {
    let n = v.st.n;
    let b1 = if b0 < n { b0 + 1 } else { NONE };
    let b2 = if b1 != NONE && b1 < n { b1 + 1 } else { NONE };
    let (b0w, b0p, b1w, b1p, b2p) = (v.w(b0), v.p(b0), v.w(b1), v.p(b1), v.p(b2));
    [
        f1(8, b0w),
        f1(9, b0p),
        f2(10, b0w, b0p),
        f1(11, b1w),
        f1(12, b1p),
        f2(13, b1w, b1p),
        f1(14, b2p),
        f1(15, v.w(b2)),
        f1(41, pack(b0p, b1p)),
        f1(48, pack3(b0p, b1p, b2p)),
        f1(88, v.a(b0)),
        f1(89, v.a(b1)),
        f2(92, v.x(b0), b0p),
    ]
}

/// The features that read the arcs made so far, or two positions together.
fn state_features(st: &State, input: &Input) -> [u32; STATE_FEATURES] {
    let v = View { st, input };
    let s0 = st.s(0);
    let s1 = st.s(1);
    let s2 = st.s(2);
    let b0 = st.b;
    let b1 = if b0 < st.n { b0 + 1 } else { NONE };
    let (s0w, s0p, s1w, s1p, b0w, b0p) = (v.w(s0), v.p(s0), v.w(s1), v.p(s1), v.w(b0), v.p(b0));
    let b1p = v.p(b1);
    let s0l1 = v.get(&st.l1, s0);
    let s0l2 = v.get(&st.l2, s0);
    let s0r1 = v.get(&st.r1, s0);
    let s0r2 = v.get(&st.r2, s0);
    let s1r1 = v.get(&st.r1, s1);
    let s1l1 = v.get(&st.l1, s1);
    let b0l1 = v.get(&st.l1, b0);
    let b0l2 = v.get(&st.l2, b0);
    let d = if s0 != NONE { bucket(b0 - s0) } else { 8 };
    let d2 = if s1 != NONE { bucket(s0 - s1) } else { 8 };
    let (s0vl, s0vr) = if s0 != NONE {
        (st.nl[s0] as u64, st.nr[s0] as u64)
    } else {
        (9, 9)
    };
    let b0vl = st.nl[b0] as u64;
    let s1vr = if s1 != NONE { st.nr[s1] as u64 } else { 9 };
    let (s0sl, s0sr) = if s0 != NONE {
        (st.lmask[s0], st.rmask[s0])
    } else {
        (0, 0)
    };
    let s1sr = if s1 != NONE { st.rmask[s1] } else { 0 };
    let punct = if s0 != NONE {
        (st.punct_before[b0] - st.punct_before[s0 + 1]).min(2) as u64
    } else {
        3
    };
    [
        // Children of s0 and b0, and s1's nearest.
        f1(16, v.w(s0l1)),
        f1(17, v.p(s0l1)),
        f1(18, v.l(s0l1)),
        f1(19, v.w(s0r1)),
        f1(20, v.p(s0r1)),
        f1(21, v.l(s0r1)),
        f1(22, v.p(s0l2)),
        f1(23, v.l(s0l2)),
        f1(24, v.p(s0r2)),
        f1(25, v.l(s0r2)),
        f1(26, v.w(b0l1)),
        f1(27, v.p(b0l1)),
        f1(28, v.l(b0l1)),
        f1(29, v.p(b0l2)),
        f1(30, v.l(b0l2)),
        f1(31, v.p(s1r1)),
        f1(32, v.l(s1r1)),
        f1(33, v.p(s1l1)),
        // Pairs.
        f3(34, s0w, b0w, pack(s0p, b0p)),
        f3(35, s0w, b0w, s0p),
        f3(36, s0w, b0w, b0p),
        f2(37, s0w, pack(s0p, b0p)),
        f2(38, b0w, pack(s0p, b0p)),
        f2(39, s0w, b0w),
        f1(40, pack(s0p, b0p)),
        f1(42, pack(s1p, s0p)),
        f2(43, s1w, s0w),
        f2(44, s1w, pack(s1p, s0p)),
        f2(45, s0w, pack(s1p, s0p)),
        f2(46, s0w, b0p),
        f2(47, b0w, s0p),
        // Triples of tags.
        f1(49, pack3(s0p, b0p, b1p)),
        f1(50, pack3(s1p, s0p, b0p)),
        f1(51, pack3(s0p, v.p(s0l1), b0p)),
        f1(52, pack3(s0p, v.p(s0r1), b0p)),
        f1(53, pack3(s0p, b0p, v.p(b0l1))),
        f1(54, pack3(s1p, s0p, v.p(s0l1))),
        f1(55, pack3(s1p, s0p, v.p(s0r1))),
        f1(56, pack3(s1p, v.p(s1r1), s0p)),
        f1(57, pack3(v.p(s2), s1p, s0p)),
        f1(58, pack3(s0p, v.p(s0l1), v.p(s0l2))),
        f1(59, pack3(s0p, v.p(s0r1), v.p(s0r2))),
        f1(60, pack3(b0p, v.p(b0l1), v.p(b0l2))),
        // Distances.
        f2(61, s0w, d),
        f2(62, s0p, d),
        f2(63, b0w, d),
        f2(64, b0p, d),
        f3(65, s0w, b0w, d),
        f1(66, pack3(s0p, b0p, d)),
        f1(67, pack3(s1p, s0p, d2)),
        f2(68, s0w, pack(s1p, d2)),
        // Valency.
        f2(69, s0w, s0vr),
        f2(70, s0p, s0vr),
        f2(71, s0w, s0vl),
        f2(72, s0p, s0vl),
        f2(73, b0w, b0vl),
        f2(74, b0p, b0vl),
        f2(75, s1p, s1vr),
        f2(76, s1w, s1vr),
        // Label sets.
        f2(77, s0w, s0sl),
        f2(78, s0p, s0sl),
        f2(79, s0w, s0sr),
        f2(80, s0p, s0sr),
        f2(81, b0w, st.lmask[b0]),
        f2(82, b0p, st.lmask[b0]),
        f2(83, s1p, s1sr),
        // Stack depth and punctuation between S0 and B0.
        f2(84, b0p, st.stack.len().min(4) as u64),
        f1(85, pack3(s0p, b0p, punct)),
        f2(86, pack(s1p, s0p), punct),
        // Tag sets from the dictionary and suffixes, for doubtful tags.
        f2(90, v.a(s0), v.a(b0)),
    ]
}

fn label_features(st: &State, input: &Input, h: usize, d: usize, left: bool) -> [u32; LABEL_FEATURES] {
    let v = View { st, input };
    let dir = left as u64;
    let (dw, dp, hw, hp) = (v.w(d), v.p(d), v.w(h), v.p(h));
    let dist = bucket(h.abs_diff(d));
    let dl1 = st.l1[d];
    let dr1 = st.r1[d];
    let hl1 = st.l1[h];
    let prev = if d > 0 { v.p(d - 1) } else { NONE_TAG };
    let next = v.p(d + 1);
    [
        f2(1, dir, dw),
        f2(2, dir, dp),
        f3(3, dir, dw, dp),
        f2(4, dir, hw),
        f2(5, dir, hp),
        f3(6, dir, hw, hp),
        f2(7, dir, pack(dp, hp)),
        f3(8, dir, dw, hp),
        f3(9, dir, hw, dp),
        f3(10, dir, dw, hw),
        f2(11, dir, pack3(dp, hp, dist)),
        f2(12, dir, pack3(dp, v.l(dl1), v.p(dl1))),
        f2(13, dir, pack3(dp, v.l(dr1), v.p(dr1))),
        f3(14, dir, dp, st.lmask[d]),
        f3(15, dir, dp, st.rmask[d]),
        f3(16, dir, pack(hp, dp), st.lmask[h]),
        f3(17, dir, pack(hp, dp), st.rmask[h]),
        f3(18, dir, v.w(dl1), pack(dp, hp)),
        f3(19, dir, v.w(dl1), hw),
        f2(20, dir, pack3(prev, dp, hp)),
        f2(21, dir, pack3(dp, next, hp)),
        f3(22, dir, v.w(hl1), pack(hp, dp)),
        f3(23, dir, dw, pack(dp, hp)),
        f2(24, dir, pack3(dp, st.nl[d].min(3) as u64, st.nr[d].min(3) as u64)),
        f2(25, dir, pack3(hp, dp, (d == 0) as u64)),
        f3(26, dir, v.w(dr1), pack(dp, hp)),
        f3(27, dir, pack3(dp, hp, v.p(hl1)), v.l(hl1)),
        f2(28, dir, pack3(hp, v.p(h + 1), dp)),
        f3(29, dir, v.x(d), pack(dp, hp)),
        f3(30, dir, v.a(d), hp),
    ]
}

/// For each position of a sentence, the summed move rows of its own features in each
/// role ([`s0_features`] and the like), made once before parsing: a position holds a
/// role for several moves (b0 for about two, s0 often more), and these features were a
/// quarter of each move's lookups into tables far larger than the caches. The sums are
/// whole numbers, so a move scores exactly what it scored with every row looked up.
struct RoleSums {
    /// Indexed by position, the root (`n`) included; `n + 1` stands for no position.
    s0: Vec<[i32; MOVES]>,
    s1: Vec<[i32; MOVES]>,
    s2: Vec<[i32; MOVES]>,
    buffer: Vec<[i32; MOVES]>,
}

impl RoleSums {
    fn new(moves: &Weights, st: &State, input: &Input) -> RoleSums {
        let v = View { st, input };
        let sum = |features: &[u32]| {
            let mut out = [0i32; MOVES];
            moves.score(features, &mut out);
            out
        };
        let positions = || (0..=st.n).chain([NONE]);
        RoleSums {
            s0: positions().map(|i| sum(&s0_features(&v, i))).collect(),
            s1: positions().map(|i| sum(&s1_features(&v, i))).collect(),
            s2: positions().map(|i| sum(&s2_features(&v, i))).collect(),
            // b0 is never "no position"; its slot stays for the one indexing rule.
            buffer: positions()
                .map(|i| {
                    if i == NONE {
                        [0; MOVES]
                    } else {
                        sum(&buffer_features(&v, i))
                    }
                })
                .collect(),
        }
    }

    /// Adds the rows of the roles' features in state `st` to `scores`.
    fn add(&self, st: &State, scores: &mut [i32; MOVES]) {
        let at = |i: usize| i.min(st.n + 1);
        for (sums, i) in [
            (&self.s0, st.s(0)),
            (&self.s1, st.s(1)),
            (&self.s2, st.s(2)),
            (&self.buffer, st.b),
        ] {
            for (s, r) in scores.iter_mut().zip(&sums[at(i)]) {
                *s += r;
            }
        }
    }
}

fn argmax(scores: &[i32], allowed: impl Fn(usize) -> bool) -> usize {
    let mut best = NONE;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && (best == NONE || s > scores[best]) {
            best = i;
        }
    }
    if best == NONE {
        0
    } else {
        best
    }
}

impl ParserModel {
    fn root_class(&self) -> usize {
        self.label_set.iter().position(|&r| r == Rel::Root).unwrap_or(0)
    }

    /// Parses one sentence; heads index the sentence (`None` = root).
    pub fn parse(&self, input: &Input) -> (Vec<Option<usize>>, Vec<Rel>) {
        let n = input.words.len();
        let mut st = State::new(n, input.tags);
        let roles = RoleSums::new(&self.moves, &st, input);
        let mut scores = [0i32; MOVES];
        let mut label_scores = vec![0i32; self.label_set.len().max(1)];
        let root_class = self.root_class();
        while !st.terminal() {
            let valid = st.valid();
            // With one legal move (empty stack, or the root's turn) there is nothing to score.
            let mv = if valid.iter().filter(|&&v| v).count() == 1 {
                valid.iter().position(|&v| v).unwrap_or(SHIFT)
            } else {
                self.moves.score(&state_features(&st, input), &mut scores);
                roles.add(&st, &mut scores);
                debug_assert_eq!(scores, {
                    let mut every_row = [0i32; MOVES];
                    self.moves.score(&move_features(&st, input), &mut every_row);
                    every_row
                });
                argmax(&scores, |m| valid[m])
            };
            let mut label = NO_LABEL;
            if mv != SHIFT {
                let d = st.s(0);
                let h = if mv == LEFT { st.b } else { st.s(1) };
                if h == n {
                    label = root_class as u8;
                } else if !self.label_set.is_empty() {
                    self.labels
                        .score(&label_features(&st, input, h, d, mv == LEFT), &mut label_scores);
                    label = argmax(&label_scores, |c| c != root_class) as u8;
                }
            }
            st.apply(mv, label);
        }
        let heads = (0..n)
            .map(|i| if st.heads[i] >= n { None } else { Some(st.heads[i]) })
            .collect();
        let rels = (0..n)
            .map(|i| self.label_set.get(st.labels[i] as usize).copied().unwrap_or(Rel::Dep))
            .collect();
        (heads, rels)
    }

    pub fn write(&self, w: &mut Writer) {
        w.u32(self.label_set.len() as u32);
        for r in &self.label_set {
            w.str(r.as_str());
        }
        self.moves.write(w);
        self.labels.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<ParserModel, ModelError> {
        let n = r.u32()? as usize;
        if n > 255 {
            return Err(ModelError::Corrupt("label count"));
        }
        let mut label_set = Vec::with_capacity(n);
        for _ in 0..n {
            label_set.push(Rel::parse(r.str()?).ok_or(ModelError::Corrupt("unknown relation"))?);
        }
        let moves = Weights::read(r)?;
        let labels = SparseWeights::read(r)?;
        if moves.classes() != MOVES || labels.classes() != n {
            return Err(ModelError::Corrupt("parser class count"));
        }
        Ok(ParserModel {
            moves,
            labels,
            label_set,
        })
    }
}

/// One training sentence: hashed words, (predicted) tags, gold heads (root = n) and gold
/// label classes.
pub struct TrainSentence {
    pub words: Vec<u64>,
    pub tags: Vec<u8>,
    pub ambiguity: Vec<u32>,
    pub suffix: Vec<u64>,
    pub heads: Vec<usize>,
    pub labels: Vec<u8>,
}

/// Called after each training epoch with its number and the perceptrons so far.
pub type EpochReport<'a> = &'a mut dyn FnMut(usize, &Trained);

/// Trains the parser with the dynamic oracle: after `explore_from` epochs it follows its
/// own mistakes with probability 0.9 and learns the best move from wherever it is.
pub fn train(
    sentences: &[TrainSentence],
    label_set: Vec<Rel>,
    epochs: usize,
    explore_from: usize,
    seed: u64,
    mut on_epoch: Option<EpochReport>,
) -> Trained {
    let root_class = label_set.iter().position(|&r| r == Rel::Root).unwrap_or(0);
    let mut moves = Perceptron::new(MOVES);
    let mut labels = Perceptron::new(label_set.len());
    let mut label_set = label_set;
    let mut rng = crate::train::Rng::new(seed);
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut scores = [0f32; MOVES];
    let mut label_scores = vec![0f32; label_set.len()];
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let s = &sentences[si];
            let n = s.words.len();
            if n == 0 {
                continue;
            }
            let input = Input {
                words: &s.words,
                tags: &s.tags,
                ambiguity: &s.ambiguity,
                suffix: &s.suffix,
            };
            let mut st = State::new(n, &s.tags);
            while !st.terminal() {
                let valid = st.valid();
                let costs = st.costs(&s.heads);
                let min_cost = (0..MOVES).filter(|&m| valid[m]).map(|m| costs[m]).min().unwrap_or(0);
                let feats = move_features(&st, &input);
                moves.score(&feats, &mut scores);
                let pick = |ok: &dyn Fn(usize) -> bool| {
                    let mut best = NONE;
                    for m in 0..MOVES {
                        if ok(m) && (best == NONE || scores[m] > scores[best]) {
                            best = m;
                        }
                    }
                    best
                };
                let guess = pick(&|m| valid[m]);
                let gold = pick(&|m| valid[m] && costs[m] == min_cost);
                moves.tick();
                let next = if costs[guess] == min_cost {
                    guess
                } else {
                    moves.update(&feats, gold, guess);
                    if epoch >= explore_from && rng.next_f64() < 0.9 {
                        guess
                    } else {
                        gold
                    }
                };
                let mut label = NO_LABEL;
                if next != SHIFT {
                    let d = st.s(0);
                    let h = if next == LEFT { st.b } else { st.s(1) };
                    if h == n {
                        label = root_class as u8;
                    } else {
                        let feats = label_features(&st, &input, h, d, next == LEFT);
                        labels.score(&feats, &mut label_scores);
                        let mut best = NONE;
                        for c in 0..label_set.len() {
                            if c != root_class && (best == NONE || label_scores[c] > label_scores[best]) {
                                best = c;
                            }
                        }
                        let best = if best == NONE { 0 } else { best };
                        if s.heads[d] == h {
                            labels.tick();
                            labels.update(&feats, s.labels[d] as usize, best);
                        }
                        label = best as u8;
                    }
                }
                st.apply(next, label);
            }
        }
        if let Some(f) = on_epoch.as_mut() {
            // Lend the perceptrons out for scoring without copying them.
            let trained = Trained {
                moves,
                labels,
                label_set,
            };
            f(epoch, &trained);
            Trained {
                moves,
                labels,
                label_set,
            } = trained;
        }
    }
    Trained {
        moves,
        labels,
        label_set,
    }
}

/// The parser's perceptrons after training, before averaging and pruning.
pub struct Trained {
    moves: Perceptron,
    labels: Perceptron,
    label_set: Vec<Rel>,
}

impl Trained {
    /// The run-time model, dropping rows updated fewer times than the given thresholds.
    pub fn finish(&self, prune_moves: u32, prune_labels: u32) -> ParserModel {
        ParserModel {
            moves: self.moves.finish(prune_moves),
            labels: self.labels.finish_sparse(prune_labels),
            label_set: self.label_set.clone(),
        }
    }
}
