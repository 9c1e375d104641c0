//! The lemmatiser: suffix-rewrite rules learned from the treebank ("-ies" → "-y" for
//! plural nouns), keyed by part of speech and the word's last letters, plus the
//! treebank's words whose lemma the rules get wrong ("was" → "be", "n't" → "not").
//! Lemmas are lower case except for proper nouns, which keep their form.

use crate::codec::{Reader, Writer};
use crate::hash::HashedWords;
use crate::words::norm;
use crate::{ModelError, Upos};
use std::collections::BTreeMap;

const MAX_SUFFIX: usize = 6;

/// A learned lemmatiser.
#[derive(Clone, Debug, Default)]
pub struct Lemmatizer {
    /// [`key`] of (upos, word suffix) → (remove, add).
    rules: HashedWords<(String, String)>,
    /// [`key`] of (upos, normalised word) → lemma.
    exceptions: HashedWords<String>,
}

/// The map key of a tag and a text: the tag as one byte, then the text. Looked up
/// through one reused buffer, so lemmatising a word allocates nothing but its lemma;
/// keys sort as (tag, text) pairs.
fn key_into(buf: &mut String, tag: u8, text: &str) {
    buf.clear();
    buf.push(char::from(tag));
    buf.push_str(text);
}

fn key(tag: u8, text: &str) -> String {
    let mut buf = String::with_capacity(text.len() + 1);
    key_into(&mut buf, tag, text);
    buf
}

/// The (tag, text) a [`key`] was made of.
fn unkey(key: &str) -> (u8, &str) {
    let tag = key.as_bytes().first().copied().unwrap_or(0);
    (tag, key.get(1..).unwrap_or(""))
}

fn char_suffix(s: &str, k: usize) -> &str {
    let n = s.chars().count();
    if k >= n {
        return s;
    }
    let start = s.char_indices().nth(n - k).map_or(0, |(i, _)| i);
    &s[start..]
}

/// The rule turning `word` into `lemma`: strip what follows their common prefix, append
/// the rest of the lemma.
fn rule_of(word: &str, lemma: &str) -> (String, String) {
    let mut p = 0;
    for ((i, a), b) in word.char_indices().zip(lemma.chars()) {
        if a != b {
            break;
        }
        p = i + a.len_utf8();
    }
    (word[p..].to_string(), lemma[p..].to_string())
}

impl Lemmatizer {
    /// The lemma of `form` tagged `upos`.
    #[cfg(test)]
    pub fn lemma(&self, form: &str, upos: Upos) -> String {
        self.lemma_normed(form, &norm(form), upos, &mut String::new())
    }

    /// [`Lemmatizer::lemma`] of a form already normalised (`normed` is [`norm`] of
    /// `form`: the tagger made it), with `buf` the key buffer reused from word to word.
    pub fn lemma_normed(&self, form: &str, normed: &str, upos: Upos, buf: &mut String) -> String {
        let tag = upos.index() as u8;
        // One key buffer for the exception and every suffix tried.
        key_into(buf, tag, normed);
        if let Some(l) = self.exceptions.get(buf) {
            return l.clone();
        }
        if upos == Upos::Propn {
            return form.to_string();
        }
        self.by_rule(normed, tag, buf)
    }

    fn by_rule(&self, normed: &str, tag: u8, buf: &mut String) -> String {
        // The suffixes of 0..=MAX_SUFFIX chars (the whole word when shorter), longest
        // first, as `char_suffix` gives them: where each starts, found in one pass
        // from the end instead of counting the chars again for every length.
        let mut starts = [0usize; MAX_SUFFIX + 1];
        starts[0] = normed.len();
        let mut longest = 0;
        for (k, (i, _)) in (1..=MAX_SUFFIX).zip(normed.char_indices().rev()) {
            starts[k] = i;
            longest = k;
        }
        for k in (0..=longest).rev() {
            key_into(buf, tag, &normed[starts[k]..]);
            if let Some((remove, add)) = self.rules.get(buf) {
                if normed.ends_with(remove.as_str()) && remove.len() < normed.len() {
                    let mut out = String::with_capacity(normed.len() - remove.len() + add.len());
                    out.push_str(&normed[..normed.len() - remove.len()]);
                    out.push_str(add);
                    return out;
                }
            }
        }
        normed.to_string()
    }

    /// Learns rules from (form, upos, lemma) triples, then keeps as exceptions the seen
    /// words the rules get wrong (their most frequent lemma).
    pub fn train(words: &[(String, Upos, String)]) -> Lemmatizer {
        // Count lemmas per (tag, word) and rules per (tag, suffix) over word types.
        let mut lemma_counts: BTreeMap<(u8, String), BTreeMap<String, u32>> = BTreeMap::new();
        for (form, upos, lemma) in words {
            let key = (upos.index() as u8, norm(form));
            *lemma_counts.entry(key).or_default().entry(lemma.clone()).or_default() += 1;
        }
        let best_lemma = |m: &BTreeMap<String, u32>| -> String {
            let mut best: Option<(&String, u32)> = None;
            for (l, &c) in m {
                if best.is_none_or(|(_, bc)| c > bc) {
                    best = Some((l, c));
                }
            }
            best.map(|(l, _)| l.clone()).unwrap_or_default()
        };
        let mut rule_counts: BTreeMap<(u8, String), BTreeMap<(String, String), u32>> = BTreeMap::new();
        for ((tag, word), lemmas) in &lemma_counts {
            if *tag == Upos::Propn.index() as u8 {
                continue;
            }
            let lemma = norm(&best_lemma(lemmas));
            let rule = rule_of(word, &lemma);
            let n = word.chars().count();
            for k in 0..=MAX_SUFFIX.min(n) {
                let suf = char_suffix(word, k);
                if suf.len() < rule.0.len() {
                    continue;
                }
                *rule_counts
                    .entry((*tag, suf.to_string()))
                    .or_default()
                    .entry(rule.clone())
                    .or_default() += 1;
            }
        }
        let mut rules = HashedWords::default();
        for (key, counts) in rule_counts {
            let total: u32 = counts.values().sum();
            let mut best: Option<(&(String, String), u32)> = None;
            for (r, &c) in &counts {
                if best.is_none_or(|(_, bc)| c > bc) {
                    best = Some((r, c));
                }
            }
            // A suffix seen on one word type only is that word, not a rule.
            if let Some((r, _)) = best {
                if total >= 2 || key.1.is_empty() {
                    rules.insert_new(&self::key(key.0, &key.1), r.clone());
                }
            }
        }
        let mut lemmatizer = Lemmatizer {
            rules,
            exceptions: HashedWords::default(),
        };
        let mut exceptions = HashedWords::default();
        for ((tag, word), lemmas) in &lemma_counts {
            let lemma = best_lemma(lemmas);
            let predicted = if *tag == Upos::Propn.index() as u8 {
                // Proper nouns keep their form; only the normalised form is known here,
                // so an exception is needed whenever the lemma is not plain.
                lemma.clone()
            } else {
                lemmatizer.by_rule(word, *tag, &mut String::new())
            };
            if predicted != lemma || (*tag == Upos::Propn.index() as u8 && norm(&lemma) != *word) {
                exceptions.insert_new(&key(*tag, word), lemma);
            }
        }
        lemmatizer.exceptions = exceptions;
        lemmatizer
    }

    pub fn write(&self, w: &mut Writer) {
        let mut rules: Vec<_> = self.rules.iter().collect();
        rules.sort_unstable();
        w.u32(rules.len() as u32);
        for (k, (remove, add)) in rules {
            let (tag, suf) = unkey(k);
            w.u8(tag);
            w.str(suf);
            w.str(remove);
            w.str(add);
        }
        let mut ex: Vec<_> = self.exceptions.iter().collect();
        ex.sort_unstable();
        w.u32(ex.len() as u32);
        for (k, lemma) in ex {
            let (tag, word) = unkey(k);
            w.u8(tag);
            w.str(word);
            w.str(lemma);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Lemmatizer, ModelError> {
        let n = r.u32()? as usize;
        let mut rules = HashedWords::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            let tag = r.u8()?;
            if tag >= 128 {
                return Err(ModelError::Corrupt("lemma tag"));
            }
            let suf = r.str()?.to_string();
            let remove = r.str()?.to_string();
            let add = r.str()?.to_string();
            if !rules.insert_new(&key(tag, &suf), (remove, add)) {
                return Err(ModelError::Corrupt("lemma rule given twice"));
            }
        }
        let n = r.u32()? as usize;
        let mut exceptions = HashedWords::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            let tag = r.u8()?;
            if tag >= 128 {
                return Err(ModelError::Corrupt("lemma tag"));
            }
            let word = r.str()?.to_string();
            let lemma = r.str()?.to_string();
            if !exceptions.insert_new(&key(tag, &word), lemma) {
                return Err(ModelError::Corrupt("lemma exception given twice"));
            }
        }
        Ok(Lemmatizer { rules, exceptions })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules as first written: every suffix length counts the word's chars
    /// again ([`char_suffix`]).
    fn by_rule_counting(l: &Lemmatizer, normed: &str, tag: u8) -> String {
        let n = normed.chars().count();
        for k in (0..=MAX_SUFFIX.min(n)).rev() {
            if let Some((remove, add)) = l.rules.get(&key(tag, char_suffix(normed, k))) {
                if normed.ends_with(remove.as_str()) && remove.len() < normed.len() {
                    return format!("{}{add}", &normed[..normed.len() - remove.len()]);
                }
            }
        }
        normed.to_string()
    }

    #[test]
    fn suffixes_found_in_one_pass_give_the_lemmas_of_counting_chars() {
        let parser = crate::Parser::shared();
        let l = &parser.model().lemmatizer;
        let words = [
            "",
            "a",
            "is",
            "was",
            "studies",
            "running",
            "banned",
            "Tariffs",
            "crises",
            "naïveté",
            "cafés",
            "Zürich's",
            "policies",
            "go",
            "don't",
            "criticised",
            "countries",
            "überwachung",
            "1,000",
            "e-mails",
        ];
        for word in words {
            for upos in Upos::ALL {
                let normed = norm(word);
                let tag = upos.index() as u8;
                assert_eq!(
                    l.by_rule(&normed, tag, &mut String::new()),
                    by_rule_counting(l, &normed, tag),
                    "{word:?} {upos:?}"
                );
                assert_eq!(
                    l.lemma_normed(word, &normed, upos, &mut String::from("left over")),
                    l.lemma(word, upos)
                );
            }
        }
    }
}
