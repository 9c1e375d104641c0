//! English syntax for Standpoint: splits text into sentences and tokens (UTF-8 byte
//! offsets), tags parts of speech (UPOS), lemmatises and parses labelled dependencies
//! (Universal Dependencies), with models trained on UD English EWT.
//!
//! The trained model is embedded in the library and read once per process
//! ([`Parser::shared`]). The crate does no other IO and has no dependencies; training
//! and evaluation live in `examples/` and `train.rs`.

mod codec;
pub mod conllu;
mod hash;
mod lemma;
mod model;
mod parse;
mod perceptron;
mod rel;
mod sentence;
mod tagger;
pub mod tokenize;
pub mod train;
mod upos;
mod weights;
mod words;

pub use hash::{HashedWords, KeyMap, KeySet, WordHasher, WordMap};
pub use model::{Model, ModelError};
pub use rel::Rel;
pub use sentence::{Sentence, Token};
pub use tokenize::{Piece, Tokenizer};
pub use upos::Upos;

use std::sync::OnceLock;

/// The committed model, trained by `cargo run --release -p standpoint-syntax --example train`.
static EMBEDDED_MODEL: &[u8] = include_bytes!("../model/en_ewt.bin");

/// Sentence splitter, tokenizer, tagger, lemmatiser and dependency parser in one.
pub struct Parser {
    tokenizer: Tokenizer,
    model: Model,
}

impl Parser {
    /// The embedded model, loaded on first use and shared by every thread.
    pub fn shared() -> &'static Parser {
        static SHARED: OnceLock<Parser> = OnceLock::new();
        SHARED.get_or_init(|| {
            // The bytes are part of the build and a test reads them, so a failure here
            // is a broken build, not bad input.
            let model = Model::from_bytes(EMBEDDED_MODEL).expect("the embedded syntax model is corrupt");
            Parser::new(model)
        })
    }

    /// The embedded model as stored: the bytes [`Model::to_bytes`] writes for
    /// the model [`Parser::shared`] loads (a test holds them equal). What
    /// names the model (a hash of it) without loading it.
    pub fn embedded_model_bytes() -> &'static [u8] {
        EMBEDDED_MODEL
    }

    /// A parser over a model read elsewhere (training, tests).
    pub fn new(model: Model) -> Parser {
        let tokenizer = Tokenizer::with_abbreviations(model.abbreviations.iter().map(String::as_str));
        Parser { tokenizer, model }
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }

    /// Splits, tokenises, tags, lemmatises and parses `text`. Never fails: text without
    /// words gives no sentences or sentences of punctuation.
    pub fn parse(&self, text: &str) -> Vec<Sentence> {
        self.split(text)
            .iter()
            .map(|pieces| self.parse_sentence(text, pieces))
            .collect()
    }

    /// Splits `text` into sentences of tokens without analysing them: the first half
    /// of [`Parser::parse`], for a caller that needs only some sentences parsed (the
    /// splitting is a small part of the cost; a sentence's analysis reads nothing
    /// outside it, so parsing a sentence alone gives the same tokens).
    pub fn split(&self, text: &str) -> Vec<Vec<Piece>> {
        self.tokenizer.sentences(text)
    }

    /// Tags, lemmatises and parses one sentence of `text` as [`Parser::split`] gave it.
    pub fn parse_sentence(&self, text: &str, pieces: &[Piece]) -> Sentence {
        self.parse_sentence_naming(text, pieces, &|_| false)
    }

    /// [`Parser::parse_sentence`] for a caller that knows some words to be
    /// names: each word `is_name` accepts is tagged a proper noun. A
    /// gazetteer's "Beijing", unseen in the treebank, otherwise reads as a
    /// verb in "-ing" when it opens a sentence ("Beijing said it …").
    pub fn parse_sentence_naming(&self, text: &str, pieces: &[Piece], is_name: &dyn Fn(&str) -> bool) -> Sentence {
        let forms: Vec<&str> = pieces.iter().map(|p| &text[p.start..p.end]).collect();
        let tokens = pieces
            .iter()
            .zip(self.analyse_with(&forms, None, is_name))
            .map(|(p, (upos, lemma, head, rel))| Token {
                start: p.start,
                end: p.end,
                upos,
                lemma,
                head,
                rel,
            })
            .collect();
        let (start, end) = sentence_span(pieces);
        Sentence { start, end, tokens }
    }

    /// Tags, lemmatises and parses one sentence of given words (gold tokens).
    pub fn parse_words(&self, words: &[&str]) -> Vec<(Upos, String, Option<usize>, Rel)> {
        self.analyse(words)
    }

    /// Whether `word` is a common word of English: the treebank saw it, in
    /// any case, at least three times and never as a proper noun ("Young",
    /// "Local"; not "Greenpeace", unseen, nor "Labour", also a name).
    pub fn common_word(&self, word: &str) -> bool {
        self.model.tagger.dict.common_word(word)
    }

    /// Whether the treebank saw `word` (any case, at least three times) as
    /// `upos`: "new" and "fresh" as adjectives, "sanctions" as a noun.
    pub fn seen_as(&self, word: &str, upos: Upos) -> bool {
        self.model.tagger.dict.seen_as(word, upos)
    }

    /// Part-of-speech tags of one sentence of given words.
    pub fn tag(&self, words: &[&str]) -> Vec<Upos> {
        self.model.tagger.tag(words)
    }

    /// Lemmatises and parses one sentence of given words with given tags (to measure
    /// the parser apart from the tagger).
    pub fn parse_tagged(&self, words: &[&str], tags: &[Upos]) -> Vec<(Upos, String, Option<usize>, Rel)> {
        if words.len() != tags.len() {
            return self.analyse(words);
        }
        self.analyse_with(words, Some(tags), &|_| false)
    }

    fn analyse(&self, forms: &[&str]) -> Vec<(Upos, String, Option<usize>, Rel)> {
        self.analyse_with(forms, None, &|_| false)
    }

    /// `given`: the tags, when the caller has them; `is_name`: words to tag
    /// as proper nouns whatever the tagger would say.
    fn analyse_with(
        &self,
        forms: &[&str],
        given: Option<&[Upos]>,
        is_name: &dyn Fn(&str) -> bool,
    ) -> Vec<(Upos, String, Option<usize>, Rel)> {
        if forms.is_empty() {
            return Vec::new();
        }
        let (infos, fixed, norms) = tagger::infos_and_norms(forms, &self.model.tagger.dict);
        let tags = match given {
            Some(t) => t.to_vec(),
            None => {
                let names: Vec<bool> = forms.iter().map(|f| is_name(f)).collect();
                self.model.tagger.tag_infos(&infos, &fixed, &names)
            }
        };
        let words: Vec<u64> = infos.iter().map(|i| i.lower).collect();
        let tag_ids: Vec<u8> = tags.iter().map(|t| t.index() as u8).collect();
        let ambiguity: Vec<u32> = infos.iter().map(|i| i.ambiguity).collect();
        let suffix: Vec<u64> = infos.iter().map(|i| i.suffix[2]).collect();
        let (heads, rels) = self.model.parser.parse(&parse::Input {
            words: &words,
            tags: &tag_ids,
            ambiguity: &ambiguity,
            suffix: &suffix,
        });
        let mut key = String::new();
        forms
            .iter()
            .zip(tags)
            .zip(heads.into_iter().zip(rels))
            .enumerate()
            .map(|(i, ((form, upos), (head, rel)))| {
                let lemma = self.model.lemmatizer.lemma_normed(form, norms.get(i), upos, &mut key);
                (upos, lemma, head, rel)
            })
            .collect()
    }
}

/// The byte span of a sentence of `pieces`: `(0, 0)` for none.
pub fn sentence_span(pieces: &[Piece]) -> (usize, usize) {
    let start = pieces.first().map_or(0, |p| p.start);
    let end = pieces.last().map_or(0, |p| p.end);
    (start, end)
}

#[cfg(test)]
mod tests;
