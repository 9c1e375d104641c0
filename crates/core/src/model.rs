//! The shared vocabulary of Standpoint: the small closed sets (actor kinds,
//! polarity, review state, origin) and byte spans into an article's text.
//!
//! Every other module and crate speaks in these types; the database stores
//! them by their `as_str` names, which are also the CSV and JSON spellings.

use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 byte offsets into an article's stored text.
///
/// Byte offsets are the store's one convention (see ARCHITECTURE.md): the UI
/// converts them to UTF-16 indexes at its edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The text this span covers, or `None` when it is out of range or not on
    /// character boundaries.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }
}

/// Declares a closed set of names: an enum with its stable spellings
/// (`as_str`, `parse`, `ALL`, `Display`, serde in snake_case). Used for every
/// small vocabulary that is stored, exported or typed on a command line.
macro_rules! closed_set {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The stable spelling used in the database, CSV, JSON and on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            pub fn parse(text: &str) -> Option<$name> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use closed_set;

closed_set! {
    /// What an actor is. The spellings follow the gold annotation guidelines.
    ActorKind {
        Country => "country",
        GovernmentBody => "government_body",
        Person => "person",
        Organisation => "organisation",
        InternationalOrg => "international_org",
        ArmedGroup => "armed_group",
        Party => "party",
        Company => "company",
        Group => "group",
    }
}

closed_set! {
    /// Whether a holder backs or opposes its target.
    Polarity {
        Support => "support",
        Oppose => "oppose",
    }
}

closed_set! {
    /// Whether a stance's target is an actor or an issue.
    TargetKind {
        Actor => "actor",
        Issue => "issue",
    }
}

closed_set! {
    /// Where an assessment stands in the analyst's review.
    ReviewState {
        Suggested => "suggested",
        Accepted => "accepted",
        Rejected => "rejected",
        Edited => "edited",
    }
}

impl Polarity {
    /// +1 for support, −1 for oppose: the unit of a matrix cell's net score.
    pub fn sign(self) -> i64 {
        match self {
            Polarity::Support => 1,
            Polarity::Oppose => -1,
        }
    }
    pub fn flipped(self) -> Polarity {
        match self {
            Polarity::Support => Polarity::Oppose,
            Polarity::Oppose => Polarity::Support,
        }
    }
}

/// Who or what made an assessment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Origin {
    /// A machine suggestion; re-running analysis replaces these.
    Extractor { name: String, version: String },
    /// Made or decided by a person at the keyboard.
    Analyst,
    /// Brought in from a Discourse Network Analyzer database.
    DnaImport { coder: String },
}

impl Origin {
    /// The readable label used in CSV and the UI ("extractor rules/0.1", "analyst",
    /// "DNA import (Coder 1)").
    pub fn label(&self) -> String {
        match self {
            Origin::Extractor { name, version } => format!("extractor {name}/{version}"),
            Origin::Analyst => "analyst".to_owned(),
            Origin::DnaImport { coder } => format!("DNA import ({coder})"),
        }
    }
    pub fn is_machine(&self) -> bool {
        matches!(self, Origin::Extractor { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_sets_round_trip_their_spelling() {
        for kind in ActorKind::ALL {
            assert_eq!(ActorKind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(ReviewState::parse("accepted"), Some(ReviewState::Accepted));
        assert_eq!(Polarity::parse("neutral"), None);
        assert_eq!(
            serde_json::to_string(&ActorKind::InternationalOrg).unwrap(),
            "\"international_org\""
        );
    }

    #[test]
    fn span_slices_only_on_char_boundaries() {
        let text = "Café “quoted” – 🙂";
        let e = text.find('é').unwrap();
        assert_eq!(Span::new(0, e + 2).slice(text), Some("Café"));
        assert_eq!(Span::new(0, e + 1).slice(text), None);
    }

    #[test]
    fn origin_labels_are_readable() {
        let origin = Origin::Extractor {
            name: "rules".into(),
            version: "0.1".into(),
        };
        assert_eq!(origin.label(), "extractor rules/0.1");
        assert_eq!(
            Origin::DnaImport {
                coder: "Coder 1".into()
            }
            .label(),
            "DNA import (Coder 1)"
        );
        assert!(origin.is_machine() && !Origin::Analyst.is_machine());
    }
}

/// An actor as the matrix, networks and exports see it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActorRef {
    pub id: i64,
    pub name: String,
    pub kind: ActorKind,
    /// The id and name of the actor this one belongs to, if any.
    pub affiliation: Option<(i64, String)>,
}

/// The target of a stance: an actor or an issue. Ids are unique per kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TargetRef {
    pub id: i64,
    pub name: String,
    pub kind: TargetKind,
}

/// One stored stance assessment with what the matrix, networks and CSV
/// exports need to show it. Built by the store; consumed by core.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Assessment {
    pub id: i64,
    pub article_id: i64,
    pub article_title: String,
    /// The article's publication date, ISO 8601, when known.
    pub published: Option<String>,
    pub source: Option<String>,
    pub holder: ActorRef,
    pub target: TargetRef,
    pub polarity: Polarity,
    pub confidence: f64,
    /// The evidence sentence's text and its span in the article.
    pub evidence_text: String,
    pub evidence: Span,
    pub cue: Option<Span>,
    pub holder_span: Option<Span>,
    pub target_span: Option<Span>,
    pub origin: Origin,
    pub review: ReviewState,
}

/// What counting reads of an assessment: who, on what, which way, in which
/// article and when, and how far it is reviewed. The matrix, the networks,
/// the signed blocs, the timeline and the shifts read only this, so they
/// take either the full [`Assessment`] or the store's lean
/// [`LeanAssessment`] (which leaves out the text, spans and origin) and give
/// the same result for both.
pub trait StanceRecord {
    fn id(&self) -> i64;
    fn article_id(&self) -> i64;
    /// The article's publication date, ISO 8601, when known.
    fn published(&self) -> Option<&str>;
    fn holder(&self) -> &ActorRef;
    fn target(&self) -> &TargetRef;
    fn polarity(&self) -> Polarity;
    /// What weighs it as evidence over time ([`crate::timeline::evidence_weight`]).
    fn review(&self) -> ReviewState;
}

/// Both records keep these as fields of the same names: one body serves both.
macro_rules! stance_record_fields {
    ($record:ty) => {
        impl StanceRecord for $record {
            fn id(&self) -> i64 {
                self.id
            }
            fn article_id(&self) -> i64 {
                self.article_id
            }
            fn published(&self) -> Option<&str> {
                self.published.as_deref()
            }
            fn holder(&self) -> &ActorRef {
                &self.holder
            }
            fn target(&self) -> &TargetRef {
                &self.target
            }
            fn polarity(&self) -> Polarity {
                self.polarity
            }
            fn review(&self) -> ReviewState {
                self.review
            }
        }
    };
}

stance_record_fields!(Assessment);

/// An assessment as counting sees it ([`StanceRecord`]), for reads of a
/// million rows: the holder, the target and the article's date are shared
/// between the rows that name them rather than copied into each.
#[derive(Debug, Clone, PartialEq)]
pub struct LeanAssessment {
    pub id: i64,
    pub article_id: i64,
    pub published: Option<std::sync::Arc<str>>,
    pub holder: std::sync::Arc<ActorRef>,
    pub target: std::sync::Arc<TargetRef>,
    pub polarity: Polarity,
    pub review: ReviewState,
}

stance_record_fields!(LeanAssessment);
