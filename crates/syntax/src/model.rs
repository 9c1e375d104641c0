//! The model file: every trained part (abbreviations, tagger, lemmatiser, parser) in one
//! little-endian binary blob with a magic header. Reading checks every length and fails
//! with a [`ModelError`], never a panic.

use crate::codec::{Reader, Writer};
use crate::lemma::Lemmatizer;
use crate::parse::ParserModel;
use crate::tagger::Tagger;
use std::fmt;

const MAGIC: &[u8; 8] = b"STPSYN01";

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    BadMagic,
    Truncated,
    Corrupt(&'static str),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::BadMagic => write!(f, "not a syntax model (bad header)"),
            ModelError::Truncated => write!(f, "the syntax model is truncated"),
            ModelError::Corrupt(what) => write!(f, "the syntax model is corrupt: {what}"),
        }
    }
}

impl std::error::Error for ModelError {}

/// Everything the pipeline learned.
#[derive(Clone, Debug, Default)]
pub struct Model {
    /// Tokens ending in a period that the treebank keeps whole ("Mr.", "U.S.").
    pub abbreviations: Vec<String>,
    pub(crate) tagger: Tagger,
    pub(crate) lemmatizer: Lemmatizer,
    pub(crate) parser: ParserModel,
}

impl Model {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(self.abbreviations.len() as u32);
        for a in &self.abbreviations {
            w.str(a);
        }
        self.tagger.write(&mut w);
        self.lemmatizer.write(&mut w);
        self.parser.write(&mut w);
        w.buf
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader::new(bytes);
        if r.bytes(8).map_err(|_| ModelError::BadMagic)? != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let n = r.u32()? as usize;
        let mut abbreviations = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            abbreviations.push(r.str()?.to_string());
        }
        let tagger = Tagger::read(&mut r)?;
        let lemmatizer = Lemmatizer::read(&mut r)?;
        let parser = ParserModel::read(&mut r)?;
        if !r.is_done() {
            return Err(ModelError::Corrupt("trailing bytes"));
        }
        Ok(Model {
            abbreviations,
            tagger,
            lemmatizer,
            parser,
        })
    }

    /// Sizes of the parts, for reports: (tagger rows, move rows, label rows).
    pub fn sizes(&self) -> (usize, usize, usize) {
        (
            self.tagger.weights.len(),
            self.parser.moves.len(),
            self.parser.labels.len(),
        )
    }
}
