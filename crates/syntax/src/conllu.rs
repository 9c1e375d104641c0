//! A CoNLL-U reader for training and evaluation: syntactic words only (multiword-token
//! ranges and empty nodes are skipped), with the sentence text when the file gives it.

use crate::{Rel, Upos};

/// One sentence of a CoNLL-U file.
#[derive(Clone, Debug, Default)]
pub struct ConlluSentence {
    pub text: Option<String>,
    pub forms: Vec<String>,
    pub lemmas: Vec<String>,
    pub upos: Vec<Upos>,
    /// Head of each word, 0-based; `None` for the root.
    pub heads: Vec<Option<usize>>,
    pub rels: Vec<Rel>,
}

/// Reads every sentence; malformed lines are skipped, a sentence whose heads point
/// outside it is dropped.
pub fn read(text: &str) -> Vec<ConlluSentence> {
    let mut out = Vec::new();
    let mut cur = ConlluSentence::default();
    let finish = |cur: &mut ConlluSentence, out: &mut Vec<ConlluSentence>| {
        let s = std::mem::take(cur);
        let n = s.forms.len();
        if n > 0 && s.heads.iter().all(|h| h.is_none_or(|h| h < n)) {
            out.push(s);
        }
    };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            finish(&mut cur, &mut out);
            continue;
        }
        if let Some(t) = line.strip_prefix("# text = ") {
            cur.text = Some(t.to_string());
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 || !cols[0].bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let head: usize = match cols[6].parse() {
            Ok(h) => h,
            Err(_) => continue,
        };
        cur.forms.push(cols[1].to_string());
        cur.lemmas.push(cols[2].to_string());
        cur.upos.push(Upos::parse(cols[3]).unwrap_or(Upos::X));
        cur.heads.push(if head == 0 { None } else { Some(head - 1) });
        cur.rels.push(Rel::parse_lenient(cols[7]));
    }
    finish(&mut cur, &mut out);
    out
}
