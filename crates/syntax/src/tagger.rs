//! The part-of-speech tagger: a greedy left-to-right averaged perceptron over word,
//! affix, shape and context features, with the tags each word had in training as an
//! "ambiguity class" (a cheap look at the right context) and a tag dictionary that fixes
//! frequent unambiguous words.

use crate::codec::{Reader, Writer};
use crate::hash::IdMap;
use crate::hash::{f1, f2, f3};
use crate::perceptron::Perceptron;
use crate::weights::Weights;
use crate::words::{norm, norm_hash, norm_into, WordInfo, SENTINEL_AFTER, SENTINEL_BEFORE};
use crate::{hash, ModelError, Upos};
use std::collections::HashMap;

const TAGS: usize = 17;
const START: u64 = 17;
const START2: u64 = 18;

/// Words seen in training: which tags they had, and the tag of frequent unambiguous ones.
#[derive(Clone, Debug, Default)]
pub struct TagDict {
    /// Keyed by [`hash::text`] of the normalised word.
    entries: IdMap<u64, (u32, u8)>,
}

impl TagDict {
    /// Builds the dictionary from (normalised word, tag) counts.
    pub fn build(sentences: &[(Vec<String>, Vec<Upos>)], min_count: u32) -> TagDict {
        let mut counts: HashMap<String, [u32; TAGS]> = HashMap::new();
        for (words, tags) in sentences {
            for (w, t) in words.iter().zip(tags) {
                counts.entry(norm(w)).or_insert([0; TAGS])[t.index()] += 1;
            }
        }
        let mut entries = IdMap::default();
        for (w, c) in counts {
            let total: u32 = c.iter().sum();
            let mut mask = 0u32;
            let mut best = 0;
            for (i, &n) in c.iter().enumerate() {
                if n > 0 {
                    mask |= 1 << i;
                }
                if n > c[best] {
                    best = i;
                }
            }
            let fixed = if total >= 20 && c[best] as f64 / total as f64 >= 0.995 {
                best as u8
            } else {
                255
            };
            // A word seen once or twice says little about the tags it can take ("backs"
            // only as a noun): leave it to the context and affix features.
            if total >= min_count {
                entries.insert(hash::text(&w), (mask, fixed));
            }
        }
        TagDict { entries }
    }

    /// Whether the treebank saw `word` (any case) at least three times and
    /// never as a proper noun: a common word of English.
    pub fn common_word(&self, word: &str) -> bool {
        let (mask, _) = self.get_word(word);
        mask != 0 && mask & (1 << Upos::Propn.index()) == 0
    }

    /// Whether the treebank saw `word` (any case, at least three times) as
    /// `upos`.
    pub fn seen_as(&self, word: &str, upos: Upos) -> bool {
        let (mask, _) = self.get_word(word);
        mask & (1 << upos.index()) != 0
    }

    /// [`TagDict::get`] of `word` as written (any case).
    fn get_word(&self, word: &str) -> (u32, u8) {
        self.lookup(norm_hash(word))
    }

    /// The tags a normalised word had in training (bit per UPOS) and its fixed
    /// tag (255 when none).
    fn get(&self, normed: &str) -> (u32, u8) {
        self.lookup(hash::text(normed))
    }

    fn lookup(&self, key: u64) -> (u32, u8) {
        self.entries.get(&key).copied().unwrap_or((0, 255))
    }

    fn write(&self, w: &mut Writer) {
        let mut e: Vec<_> = self.entries.iter().collect();
        e.sort_unstable();
        w.u32(e.len() as u32);
        for (&k, &(mask, fixed)) in e {
            w.u64(k);
            w.u32(mask);
            w.u8(fixed);
        }
    }

    fn read(r: &mut Reader) -> Result<TagDict, ModelError> {
        let n = r.u32()? as usize;
        let mut entries = IdMap::with_capacity_and_hasher(n.min(1 << 22), Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            let mask = r.u32()?;
            let fixed = r.u8()?;
            entries.insert(k, (mask, fixed));
        }
        Ok(TagDict { entries })
    }
}

/// A trained tagger.
#[derive(Clone, Debug, Default)]
pub struct Tagger {
    pub dict: TagDict,
    pub weights: Weights,
}

/// Per-token views the tagger needs, computed once.
pub fn infos(forms: &[&str], dict: &TagDict) -> (Vec<WordInfo>, Vec<u8>) {
    let (infos, fixed, _) = infos_and_norms(forms, dict);
    (infos, fixed)
}

/// The normalised forms ([`crate::words::norm`]) of a sentence's words, one after
/// another in one string: made for the tagger, read again by the lemmatiser.
pub struct Norms {
    text: String,
    ends: Vec<usize>,
}

impl Norms {
    /// The normalised form of word `i`.
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }
}

/// [`infos`], and the normalised forms they were made from.
pub fn infos_and_norms(forms: &[&str], dict: &TagDict) -> (Vec<WordInfo>, Vec<u8>, Norms) {
    let mut out = Vec::with_capacity(forms.len());
    let mut fixed = Vec::with_capacity(forms.len());
    let mut norms = Norms {
        text: String::with_capacity(forms.iter().map(|f| f.len()).sum()),
        ends: Vec::with_capacity(forms.len()),
    };
    for f in forms {
        let start = norms.text.len();
        norm_into(f, &mut norms.text);
        let n = &norms.text[start..];
        let mut info = WordInfo::new(f, n);
        let (mask, fix) = dict.get(n);
        info.ambiguity = mask;
        out.push(info);
        fixed.push(fix);
        norms.ends.push(norms.text.len());
    }
    (out, fixed, norms)
}

fn features(i: usize, w: &[WordInfo], t1: u64, t2: u64, out: &mut Vec<u32>) {
    out.clear();
    let me = &w[i];
    let at = |k: isize| -> Option<&WordInfo> {
        let j = i as isize + k;
        if j < 0 {
            None
        } else {
            w.get(j as usize)
        }
    };
    let lower = |k: isize| at(k).map_or(if k < 0 { SENTINEL_BEFORE } else { SENTINEL_AFTER }, |x| x.lower);
    let suf3 = |k: isize| at(k).map_or(if k < 0 { SENTINEL_BEFORE } else { SENTINEL_AFTER }, |x| x.suffix[2]);
    let amb = |k: isize| at(k).map_or(if k < 0 { 1 << 20 } else { 1 << 21 }, |x| x.ambiguity as u64);
    let shape = |k: isize| at(k).map_or(if k < 0 { SENTINEL_BEFORE } else { SENTINEL_AFTER }, |x| x.shape);
    out.push(f1(0, 0));
    out.push(f1(1, me.lower));
    for k in 0..4 {
        out.push(f1(2 + k as u32, me.suffix[k]));
    }
    for k in 0..3 {
        out.push(f1(6 + k as u32, me.prefix[k]));
    }
    out.push(f1(9, me.shape));
    out.push(f1(10, t1));
    out.push(f1(11, t2));
    out.push(f2(12, t1, t2));
    out.push(f2(13, t1, me.lower));
    out.push(f1(14, lower(-1)));
    out.push(f1(15, suf3(-1)));
    out.push(f1(16, lower(-2)));
    out.push(f1(17, lower(1)));
    out.push(f1(18, suf3(1)));
    out.push(f1(19, lower(2)));
    out.push(f2(20, lower(-1), me.lower));
    out.push(f2(21, me.lower, lower(1)));
    out.push(f2(22, t1, lower(1)));
    out.push(f1(23, me.raw));
    out.push(f1(24, amb(0)));
    out.push(f1(25, amb(1)));
    out.push(f1(26, amb(2)));
    out.push(f2(27, t1, amb(1)));
    out.push(f2(28, amb(0), amb(1)));
    out.push(f1(29, shape(1)));
    out.push(f1(30, shape(-1)));
    out.push(f2(31, (i == 0) as u64, me.shape));
    out.push(f2(32, me.suffix[2], t1));
    out.push(f3(33, amb(-1), amb(0), amb(1)));
    out.push(f2(34, me.lower, amb(1)));
}

fn best(scores: &[i32]) -> usize {
    let mut b = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[b] {
            b = i;
        }
    }
    b
}

impl Tagger {
    /// Tags one sentence.
    pub fn tag(&self, forms: &[&str]) -> Vec<Upos> {
        let (infos, fixed) = infos(forms, &self.dict);
        self.tag_infos(&infos, &fixed, &[])
    }

    /// Tags one sentence from its precomputed views (see [`infos`]).
    /// `names[i]`: word `i` is known to be a name, so never a verb; empty
    /// when nothing is known.
    pub fn tag_infos(&self, infos: &[WordInfo], fixed: &[u8], names: &[bool]) -> Vec<Upos> {
        let n = infos.len();
        let mut tags: Vec<Upos> = Vec::with_capacity(n);
        let mut feats = Vec::with_capacity(40);
        let mut scores = [0i32; TAGS];
        for i in 0..n {
            let t = if fixed[i] != 255 {
                fixed[i] as usize
            } else {
                let t1 = if i >= 1 { tags[i - 1].index() as u64 } else { START };
                let t2 = if i >= 2 {
                    tags[i - 2].index() as u64
                } else if i == 1 {
                    START
                } else {
                    START2
                };
                features(i, infos, t1, t2, &mut feats);
                self.weights.score(&feats, &mut scores);
                let t = best(&scores);
                if names.get(i).copied().unwrap_or(false) && matches!(Upos::from_index(t), Upos::Verb | Upos::Aux) {
                    Upos::Propn.index()
                } else {
                    t
                }
            };
            tags.push(Upos::from_index(t));
        }
        tags
    }

    pub fn write(&self, w: &mut Writer) {
        self.dict.write(w);
        self.weights.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Tagger, ModelError> {
        let dict = TagDict::read(r)?;
        let weights = Weights::read(r)?;
        if weights.classes() != TAGS {
            return Err(ModelError::Corrupt("tagger class count"));
        }
        Ok(Tagger { dict, weights })
    }
}

/// Trains a tagger on (forms, gold tags) sentences, visiting them in an order shuffled
/// by `seed` each epoch.
pub fn train(sentences: &[(Vec<String>, Vec<Upos>)], epochs: usize, seed: u64, prune: u32, min_count: u32) -> Tagger {
    let dict = TagDict::build(sentences, min_count);
    let mut model = Perceptron::new(TAGS);
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = crate::train::Rng::new(seed);
    let mut feats = Vec::with_capacity(40);
    let mut scores = [0f32; TAGS];
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let (words, gold) = &sentences[s];
            let forms: Vec<&str> = words.iter().map(String::as_str).collect();
            let (infos, fixed) = infos(&forms, &dict);
            let mut tags: Vec<usize> = Vec::with_capacity(forms.len());
            for i in 0..forms.len() {
                model.tick();
                let t1 = if i >= 1 { tags[i - 1] as u64 } else { START };
                let t2 = if i >= 2 {
                    tags[i - 2] as u64
                } else if i == 1 {
                    START
                } else {
                    START2
                };
                if fixed[i] != 255 {
                    tags.push(fixed[i] as usize);
                    continue;
                }
                features(i, &infos, t1, t2, &mut feats);
                model.score(&feats, &mut scores);
                let mut guess = 0;
                for (k, &v) in scores.iter().enumerate() {
                    if v > scores[guess] {
                        guess = k;
                    }
                }
                model.update(&feats, gold[i].index(), guess);
                tags.push(guess);
            }
        }
    }
    Tagger {
        dict,
        weights: model.finish(prune),
    }
}
