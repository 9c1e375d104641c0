//! Feature hashing: strings and small integers mixed into 32-bit feature keys. Fixed
//! constants, no randomness, so a model trained on one machine reads the same everywhere.
//! Also the hashers of maps keyed by words ([`WordMap`]), by such keys ([`IdMap`]) and
//! by small tuples of numbers ([`KeyMap`]).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;

/// Mixes `v` into the running hash `h`.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h ^ v).wrapping_mul(K1).rotate_left(31) ^ (h >> 17)
}

/// The start of a feature of template `template`.
#[inline]
pub fn start(template: u32) -> u64 {
    mix(0x5157_A7E5_0D15_C0DE, template as u64)
}

/// The 32-bit key stored in a weight table; never 0 (0 marks an empty slot).
#[inline]
pub fn key(h: u64) -> u32 {
    let k = (h.wrapping_mul(K2) >> 32) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// A feature key from a template and up to three values.
#[inline]
pub fn f1(t: u32, a: u64) -> u32 {
    key(mix(start(t), a))
}
#[inline]
pub fn f2(t: u32, a: u64, b: u64) -> u32 {
    key(mix(mix(start(t), a), b))
}
#[inline]
pub fn f3(t: u32, a: u64, b: u64, c: u64) -> u32 {
    key(mix(mix(mix(start(t), a), b), c))
}

/// FNV-1a over the bytes, finished with a mix so short strings spread.
pub fn text(s: &str) -> u64 {
    let mut h = TextHash::default();
    h.push_str(s);
    h.finish()
}

/// [`text`] of a string written piece by piece, without the string: a word's shape
/// is hashed as it is made.
#[derive(Clone, Copy)]
pub struct TextHash {
    h: u64,
    len: usize,
}

impl Default for TextHash {
    fn default() -> Self {
        TextHash {
            h: 0xcbf2_9ce4_8422_2325,
            len: 0,
        }
    }
}

impl TextHash {
    pub fn push_str(&mut self, s: &str) {
        for b in s.bytes() {
            self.byte(b);
        }
    }

    #[inline]
    pub fn push(&mut self, c: char) {
        if c.is_ascii() {
            self.byte(c as u8);
        } else {
            self.push_str(c.encode_utf8(&mut [0; 4]));
        }
    }

    #[inline(always)]
    fn byte(&mut self, b: u8) {
        self.h ^= b as u64;
        self.h = self.h.wrapping_mul(0x0100_0000_01b3);
        self.len += 1;
    }

    pub fn finish(&self) -> u64 {
        mix(self.h, self.len as u64)
    }
}

/// The hasher of maps keyed by words (the lemmatiser's, the extractor's lexicon, the
/// scorer's feature names): they are probed millions of times per megabyte, and SipHash's
/// flood resistance buys nothing for keys that come with the program. The bytes are taken
/// eight at a time, each word folded in by a 64×64→128-bit multiplication whose halves are
/// xored (as foldhash and rustc-hash do): a feature name of 30 bytes is four steps, where
/// FNV-1a's byte at a time was thirty.
#[derive(Default)]
pub struct WordHasher(u64);

/// Multiplies `a` by `b` as 128-bit numbers and xors the halves: every bit of either
/// input reaches most bits of the result.
#[inline(always)]
fn folded_multiply(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = self.0 ^ K2;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            hash = folded_multiply(hash ^ word, K1);
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let word = tail.iter().rev().fold(0u64, |w, &b| (w << 8) | u64::from(b));
            hash = folded_multiply(hash ^ word, K1);
        }
        // The length, so that a tail's zero bytes are not its absence.
        self.0 = folded_multiply(hash ^ bytes.len() as u64, K2);
    }

    /// The end marker `str` hashes after its bytes: one more fold, not a
    /// second pass through [`WordHasher::write`].
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = folded_multiply(self.0 ^ u64::from(i), K1);
    }
}

/// A map keyed by words, with [`WordHasher`].
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// The hasher of maps whose keys are already hashes (feature keys, the tag dictionary's
/// hashed words): one multiplication spreads them, where SipHash cost more than the
/// lookup (the tag dictionary is asked once per token).
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }

    fn write_u32(&mut self, i: u32) {
        self.0 = (i as u64).wrapping_mul(K1);
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = i.wrapping_mul(K1);
    }
}

/// A map keyed by hashes, with [`IdHasher`].
pub type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

/// A map keyed by words that is probed by each word's 64-bit [`WordHasher`] hash
/// alone, for tables read far more than written (the scorer's feature weights, the
/// lemmatiser's rules): a hit reads one slot, key and value together, where a
/// [`WordMap`] also compared the word with its key kept elsewhere in memory, a cache
/// miss a hit. The words are kept apart, in the order added, for writing the table
/// out. Two words of one table never share a hash ([`HashedWords::insert_new`]
/// refuses the second); a word not in the table takes another's value only if their
/// hashes collide, about once in 10^15 lookups for a table of 10,000 words.
#[derive(Clone, Debug)]
pub struct HashedWords<V> {
    map: IdMap<u64, V>,
    words: Vec<String>,
}

impl<V> Default for HashedWords<V> {
    fn default() -> Self {
        HashedWords {
            map: IdMap::default(),
            words: Vec::new(),
        }
    }
}

impl<V> HashedWords<V> {
    pub fn with_capacity(n: usize) -> Self {
        HashedWords {
            map: IdMap::with_capacity_and_hasher(n, Default::default()),
            words: Vec::with_capacity(n),
        }
    }

    /// The key `word` is kept under.
    #[inline]
    pub fn key(word: &str) -> u64 {
        BuildHasherDefault::<WordHasher>::default().hash_one(word)
    }

    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        self.get_by_key(Self::key(word))
    }

    /// [`HashedWords::get`] of the word whose [`HashedWords::key`] is `key`.
    #[inline]
    pub fn get_by_key(&self, key: u64) -> Option<&V> {
        self.map.get(&key)
    }

    /// Adds `word`; `false` (and nothing changed) when the table already has a word
    /// of its hash: the same word again, or another that collides with it.
    pub fn insert_new(&mut self, word: &str, value: V) -> bool {
        match self.map.entry(Self::key(word)) {
            std::collections::hash_map::Entry::Occupied(_) => false,
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(value);
                self.words.push(word.to_owned());
                true
            }
        }
    }

    /// The words and their values, in the order added.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> + '_ {
        self.words.iter().map(|w| (w.as_str(), &self.map[&Self::key(w)]))
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// The hasher of maps keyed by small tuples of indexes and enums (the extractor's
/// (holder, target, sentence) keys): FxHash's rotate, xor and multiply per field, where
/// SipHash cost some 60 instructions a key. Unlike [`IdHasher`] it mixes every field,
/// not only the last. No flood resistance: the keys are the program's own indexes.
#[derive(Default)]
pub struct KeyHasher(u64);

impl KeyHasher {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K1);
    }
}

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        // The multiplications leave the high bits mixed and the low bits not;
        // the table picks its bucket from the low bits (rustc-hash does the same).
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn write_isize(&mut self, i: isize) {
        self.add(i as u64);
    }
}

/// A map keyed by tuples of numbers, with [`KeyHasher`].
pub type KeyMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

/// A set of tuples of numbers, with [`KeyHasher`].
pub type KeySet<K> = HashSet<K, BuildHasherDefault<KeyHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_hasher_mixes_every_field_of_a_tuple() {
        let hash = |key: (usize, u8, usize)| BuildHasherDefault::<KeyHasher>::default().hash_one(key);
        // Keys differing only in their first or middle field must not collide, nor
        // land in the same bucket of a small table (the low bits).
        let keys = [(0, 0, 5), (1, 0, 5), (0, 1, 5), (2, 0, 5)];
        let hashes: Vec<u64> = keys.iter().map(|&k| hash(k)).collect();
        let buckets: HashSet<u64> = hashes.iter().map(|h| h & 63).collect();
        assert_eq!(buckets.len(), keys.len(), "{hashes:x?}");
    }

    #[test]
    fn hashed_words_find_what_was_put_and_refuse_a_word_twice() {
        let mut table = HashedWords::default();
        assert!(table.insert_new("cue:btw:verb:oppose", 1));
        assert!(table.insert_new("cue:btw:verb:support", 2));
        assert!(!table.insert_new("cue:btw:verb:oppose", 3), "a word already kept");
        assert_eq!(table.get("cue:btw:verb:oppose"), Some(&1));
        assert_eq!(table.get("cue:btw:verb:support"), Some(&2));
        assert_eq!(table.get("cue:btw:verb"), None);
        assert_eq!(table.len(), 2);
        let kept: Vec<(&str, &i32)> = table.iter().collect();
        assert_eq!(kept, [("cue:btw:verb:oppose", &1), ("cue:btw:verb:support", &2)]);
        // The key is the hash a WordMap would probe with.
        let map: WordMap<u8> = WordMap::default();
        assert_eq!(HashedWords::<u8>::key("deal"), map.hasher().hash_one("deal"));
    }
}
