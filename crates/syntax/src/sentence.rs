//! The parse result: sentences of tokens with byte offsets, tags, lemmas and a dependency
//! tree, and the tree walks callers need (children, subtree span, path to the root).

use crate::{Rel, Upos};

/// One token (a syntactic word) of a parsed sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// UTF-8 byte offset of the token's first byte in the parsed text.
    pub start: usize,
    /// UTF-8 byte offset just past the token's last byte.
    pub end: usize,
    pub upos: Upos,
    /// Lemma, lower-cased except for proper nouns.
    pub lemma: String,
    /// Index of the head token within the same sentence; `None` for the root.
    pub head: Option<usize>,
    pub rel: Rel,
}

/// One sentence: its byte span in the parsed text and its tokens in text order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token>,
}

impl Sentence {
    /// The dependents of token `i`, in text order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.tokens
            .iter()
            .enumerate()
            .filter(move |(_, t)| t.head == Some(i))
            .map(|(j, _)| j)
    }

    /// The dependents of token `i` attached with relation `rel` (exactly, subtype included).
    pub fn children_with(&self, i: usize, rel: Rel) -> impl Iterator<Item = usize> + '_ {
        self.children(i).filter(move |&j| self.tokens[j].rel == rel)
    }

    /// The root token's index (the first token without a head), if the sentence has tokens.
    pub fn root(&self) -> Option<usize> {
        self.tokens.iter().position(|t| t.head.is_none())
    }

    /// Token indices of the subtree of `i` (itself and all descendants), in text order.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        let mut inside = vec![false; self.tokens.len()];
        if i >= inside.len() {
            return Vec::new();
        }
        inside[i] = true;
        // Heads can sit on either side, so repeat until nothing changes; each pass is
        // linear and the depth bounds the number of passes.
        let mut changed = true;
        while changed {
            changed = false;
            for (j, t) in self.tokens.iter().enumerate() {
                if !inside[j] {
                    if let Some(h) = t.head {
                        if inside[h] {
                            inside[j] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        (0..inside.len()).filter(|&j| inside[j]).collect()
    }

    /// First and last token index of the subtree of `i` (subtrees of projective trees are
    /// contiguous; for a rare non-projective one this is its hull).
    pub fn subtree_range(&self, i: usize) -> (usize, usize) {
        let sub = self.subtree(i);
        match (sub.first(), sub.last()) {
            (Some(&a), Some(&b)) => (a, b),
            _ => (i, i),
        }
    }

    /// Byte span `(start, end)` of the subtree of `i` in the parsed text.
    pub fn subtree_span(&self, i: usize) -> (usize, usize) {
        let (a, b) = self.subtree_range(i);
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => (x.start, y.end),
            _ => (self.start, self.start),
        }
    }

    /// The chain of heads from `i` up to the root, `i` excluded. Stops on a cycle, which a
    /// parse never has.
    pub fn ancestors(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut at = self.tokens.get(i).and_then(|t| t.head);
        while let Some(h) = at {
            if out.len() > self.tokens.len() {
                break;
            }
            out.push(h);
            at = self.tokens[h].head;
        }
        out
    }

    /// The text of token `i`, given the text the sentence was parsed from.
    pub fn text_of<'a>(&self, text: &'a str, i: usize) -> &'a str {
        self.tokens.get(i).and_then(|t| text.get(t.start..t.end)).unwrap_or("")
    }
}
