//! One article prepared for the rules: its tokens, their lower-case forms,
//! its sentences and the dateline to skip.
//!
//! Built once per text and read by every later stage; it owns no lexicon and
//! decides nothing about actors or stances.

use super::segment::{self, Sentence};
use super::tokens::{self, Token};
use crate::model::Span;

pub struct Document<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Lower-case form of each token, for lexicon look-ups.
    pub lower: Vec<String>,
    pub sentences: Vec<Sentence>,
    /// Index of the sentence each token belongs to.
    pub sentence_of: Vec<usize>,
    /// Tokens before this index are the wire dateline and hold no mentions.
    pub body_start: usize,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Document<'a> {
        let tokens = tokens::tokenize(text);
        let lower = tokens.iter().map(|t| t.text(text).to_lowercase()).collect();
        let sentences = segment::sentences(text, &tokens);
        let mut sentence_of = vec![0; tokens.len()];
        for (index, sentence) in sentences.iter().enumerate() {
            for slot in &mut sentence_of[sentence.first..sentence.end] {
                *slot = index;
            }
        }
        let dateline = segment::dateline_end(text, &tokens);
        let body_start = tokens.iter().position(|t| t.start >= dateline).unwrap_or(tokens.len());
        Document {
            text,
            tokens,
            lower,
            sentences,
            sentence_of,
            body_start,
        }
    }

    /// The surface text of token `index`.
    pub fn word(&self, index: usize) -> &'a str {
        self.tokens.get(index).map_or("", |t| t.text(self.text))
    }

    /// Whether token `index` is a word (false past the end).
    pub fn is_word(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| t.is_word)
    }

    /// The lower-case text of token `index` ("" past the end).
    pub fn low(&self, index: usize) -> &str {
        self.lower.get(index).map_or("", String::as_str)
    }

    /// The byte span covering tokens `first..end`.
    pub fn span(&self, first: usize, end: usize) -> Span {
        let start = self.tokens.get(first).map_or(self.text.len(), |t| t.start);
        let stop = end
            .checked_sub(1)
            .and_then(|last| self.tokens.get(last))
            .map_or(start, |t| t.end);
        Span::new(start, stop.max(start))
    }

    /// The text covering tokens `first..end`.
    pub fn slice(&self, first: usize, end: usize) -> &'a str {
        let span = self.span(first, end);
        &self.text[span.start..span.end]
    }

    /// The span of sentence `index`, with its tokens' range, excluding any dateline.
    pub fn sentence_span(&self, index: usize) -> Span {
        let sentence = self.sentences[index];
        self.span(sentence.first.max(self.body_start.min(sentence.end)), sentence.end)
    }

    /// Whether token `index` begins its sentence (ignoring opening quotes).
    pub fn starts_sentence(&self, index: usize) -> bool {
        let sentence = self.sentences[self.sentence_of[index]];
        let first = sentence.first.max(if sentence.first < self.body_start {
            self.body_start
        } else {
            0
        });
        (first..index).all(|i| !self.tokens[i].is_word)
    }
}
