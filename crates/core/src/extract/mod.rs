//! Stance extraction: finds actors, issues and stance assessments in a text.
//!
//! The [`Extractor`] trait is the extension point: the rule engine in this
//! module implements it today, and a statistical model can sit behind the
//! same interface later. Extraction never fails: problems become
//! [`Extraction::diagnostics`]. It never touches the database.
//!
//! The rule engine ([`RuleExtractor`]) runs in stages, one module each:
//! `tokens` (words with byte offsets) → `segment` (sentences, datelines) →
//! `document` (both, prepared once) → `actors` with `bodies` and `people`
//! (mentions grouped into actors, coreference by surname, acronym, title and
//! pronoun) → `issues` (deals, bans, plans… and their later mentions, named
//! by `naming` from head, parties and topic) →
//! `cues` (stance words from the lexicon) → `clauses` (subjects, speakers,
//! coordination, negation, voice) → `stances` (holder, target, polarity),
//! with `deontic` ("sanctions should be imposed"), `relations` ("Israel's
//! ally, the United States", "Kremlin critic Alexei Navalny") and `partners` (a relation as target is the
//! partner) →
//! `confidence` → `rules` (the public [`Extraction`]). Word lists live in
//! `crates/core/data/` and are parsed once by `lexicon`.

use serde::{Deserialize, Serialize};

use crate::model::{ActorKind, Polarity, Span, TargetKind};

pub mod contract;
pub mod training;

mod actors;
mod arguments;
mod bodies;
mod calibration;
mod candidates;
mod clauses;
mod confidence;
mod cues;
mod deontic;
mod document;
mod features;
mod issues;
mod lexicon;
mod long;
mod naming;
mod parse;
mod partners;
mod people;
mod relations;
mod rules;
mod scorer;
mod segment;
mod stances;
mod tokens;

#[cfg(test)]
mod tests;

pub use clauses::Entity;
pub use rules::{version, Prepared, Proposal, RuleExtractor};
pub use scorer::{Decision, Label, Scorer, Settings};

/// One occurrence of an actor or issue in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The surface string exactly as it occurs in the text.
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractedActor {
    /// The canonical name ("US Department of Defense").
    pub name: String,
    pub kind: ActorKind,
    /// The canonical name of the actor this one belongs to ("United States").
    pub affiliation: Option<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractedIssue {
    /// A readable name built from the modifiers ("US–Russia intelligence-sharing deal").
    pub name: String,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractedStance {
    /// Canonical name of an [`ExtractedActor`].
    pub holder: String,
    /// Canonical name of an [`ExtractedActor`] or [`ExtractedIssue`].
    pub target: String,
    pub target_kind: TargetKind,
    pub polarity: Polarity,
    /// In [0, 1]; higher means more likely right.
    pub confidence: f64,
    /// The evidence sentence.
    pub evidence: Span,
    /// The cue words ("is uneasy with").
    pub cue: Span,
    pub holder_span: Option<Span>,
    pub target_span: Option<Span>,
    /// The rule or cue that produced it, for the analyst ("verb:backs", "passive:condemned by").
    pub rule: String,
}

/// All an extractor found in one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub actors: Vec<ExtractedActor>,
    pub issues: Vec<ExtractedIssue>,
    pub stances: Vec<ExtractedStance>,
    /// Things the extractor wants to tell (skipped constructions, limits hit).
    pub diagnostics: Vec<String>,
}

/// Anything that turns a text into an [`Extraction`].
pub trait Extractor: Send + Sync {
    /// A short stable name stored with each suggestion ("rules").
    fn name(&self) -> &str;
    /// Changes whenever the output may change.
    fn version(&self) -> &str;
    fn extract(&self, text: &str) -> Extraction;
    /// "name/version": what the store records of the analysis an article had.
    fn label(&self) -> String {
        format!("{}/{}", self.name(), self.version())
    }
}
