//! One article prepared for the rules: its tokens, their lower-case forms,
//! its sentences and the dateline to skip.
//!
//! Built once per text and read by every later stage; it owns no lexicon and
//! decides nothing about actors or stances. It does note each token's word
//! classes (`data/words.tsv`) once: the rules ask them of the same tokens again
//! and again, some 15 times a token, and a hash look-up each time was the
//! extractor's most expensive function after the parser.

use super::lexicon::{lexicon, Classes, Phrase, WordClass};
use super::segment::{self, Sentence};
use super::tokens::{self, Token};
use crate::model::Span;

pub struct Document<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Lower-case forms of the tokens, for lexicon look-ups: one string, not
    /// one a token, with a space after each form so that a run of tokens is a
    /// phrase as the lexicon writes one ([`Document::low_phrase`]);
    /// `lower_spans` has each form's span.
    lower: String,
    lower_spans: Vec<(usize, usize)>,
    /// Each token's word classes: of its surface form, then of its lower-case
    /// form ([`Document::word_is`], [`Document::low_is`]).
    classes: Vec<(Classes, Classes)>,
    /// The gazetteer's phrases that begin with each token as written ("The"
    /// as "the"), longest first ([`Document::phrases_at`]): the actor, body
    /// and people passes ask about most tokens three times or more.
    phrases: Vec<&'static [Phrase]>,
    pub sentences: Vec<Sentence>,
    /// Index of the sentence each token belongs to.
    pub sentence_of: Vec<usize>,
    /// Tokens before this index are the wire dateline and hold no mentions.
    pub body_start: usize,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Document<'a> {
        let tokens = tokens::tokenize(text);
        let mut lower = String::with_capacity(text.len() + tokens.len());
        let lexicon = lexicon();
        let mut classes = Vec::with_capacity(tokens.len());
        let mut phrases = Vec::with_capacity(tokens.len());
        let lower_spans = tokens
            .iter()
            .map(|t| {
                let start = lower.len();
                let form = t.text(text);
                if form.is_ascii() {
                    lower.push_str(form);
                    lower[start..].make_ascii_lowercase();
                } else {
                    lower.push_str(&form.to_lowercase());
                }
                let low = &lower[start..];
                // A lower-case form has no capitals to lower-case again.
                let of_low = lexicon.classes_given_lower(low, low);
                let of_word = if form == low {
                    of_low
                } else {
                    lexicon.classes_given_lower(form, low)
                };
                classes.push((of_word, of_low));
                let key = if form == "The" { "the" } else { form };
                phrases.push(lexicon.phrases.get(key).map_or(&[][..], Vec::as_slice));
                let end = lower.len();
                lower.push(' ');
                (start, end)
            })
            .collect();
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
            lower_spans,
            classes,
            phrases,
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
        self.lower_spans
            .get(index)
            .map_or("", |&(start, end)| &self.lower[start..end])
    }

    /// The lower-case forms of tokens `first..end` joined by single spaces
    /// ("human rights groups"); "" past the end.
    pub fn low_phrase(&self, first: usize, end: usize) -> &str {
        match (
            self.lower_spans.get(first),
            end.checked_sub(1).and_then(|last| self.lower_spans.get(last)),
        ) {
            (Some(&(start, _)), Some(&(_, stop))) if first < end => &self.lower[start..stop],
            _ => "",
        }
    }

    /// Whether the surface form of token `index` is of `class`: the lexicon's
    /// `is(class, doc.word(index))`, without a look-up (false past the end).
    pub fn word_is(&self, class: WordClass, index: usize) -> bool {
        self.classes.get(index).is_some_and(|c| c.0.has(class))
    }

    /// Whether the lower-case form of token `index` is of `class`: the
    /// lexicon's `is(class, doc.low(index))`, without a look-up (false past
    /// the end).
    pub fn low_is(&self, class: WordClass, index: usize) -> bool {
        self.classes.get(index).is_some_and(|c| c.1.has(class))
    }

    /// The gazetteer's phrases that begin with token `index`, longest first
    /// (none past the end): the lexicon's `phrases` of its surface form.
    pub fn phrases_at(&self, index: usize) -> &'static [Phrase] {
        self.phrases.get(index).copied().unwrap_or_default()
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
        let (first, end) = self.sentence_tokens(index);
        self.span(first, end)
    }

    /// The tokens `first..end` of sentence `index`, excluding any dateline.
    pub fn sentence_tokens(&self, index: usize) -> (usize, usize) {
        let sentence = self.sentences[index];
        (sentence.first.max(self.body_start.min(sentence.end)), sentence.end)
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
