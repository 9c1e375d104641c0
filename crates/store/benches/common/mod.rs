//! What the store benches share: the extraction a synthetic extractor
//! returns, actors that are all mentioned on one span and stances that all
//! rest on it, so each bench only says who stands where.

use standpoint_core::extract::{ExtractedActor, ExtractedStance, Extraction, Mention};
use standpoint_core::model::{ActorKind, Polarity, Span, TargetKind};

/// One synthetic stance of an actor on another: holder, target, polarity.
pub type Stance = (String, String, Polarity);

/// The extraction of `text` naming `actors` (countries, each mentioned on
/// `span`) and `stances`, each with `span` as evidence and cue; rule names
/// are `{rule}:{index}`.
pub fn extraction(text: &str, span: Span, actors: Vec<String>, stances: Vec<Stance>, rule: &str) -> Extraction {
    let mention = text[span.start..span.end].to_owned();
    Extraction {
        actors: actors
            .into_iter()
            .map(|name| ExtractedActor {
                name,
                kind: ActorKind::Country,
                affiliation: None,
                mentions: vec![Mention {
                    text: mention.clone(),
                    span,
                }],
            })
            .collect(),
        issues: Vec::new(),
        stances: stances
            .into_iter()
            .enumerate()
            .map(|(k, (holder, target, polarity))| ExtractedStance {
                holder,
                target,
                target_kind: TargetKind::Actor,
                polarity,
                confidence: 0.5,
                evidence: span,
                cue: span,
                holder_span: None,
                target_span: None,
                rule: format!("{rule}:{k}"),
            })
            .collect(),
        diagnostics: Vec::new(),
    }
}
