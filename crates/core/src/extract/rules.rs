//! The rule-based extractor: runs the stages (document, actors, issues,
//! stances) and assembles the public [`Extraction`].
//!
//! Which actors are reported is decided here: people and organisations
//! always, places that are only places never, media outlets only when they
//! report or hold a stance. Deterministic, offline and free of IO.

use std::collections::{HashMap, HashSet};

use super::actors::{self, Actors};
use super::clauses::Entity;
use super::document::Document;
use super::issues::{self, Issues};
use super::lexicon::{lexicon, Lexicon};
use super::stances;
use super::{ExtractedActor, ExtractedIssue, ExtractedStance, Extraction, Extractor, Mention};
use crate::model::ActorKind;

/// The rule engine behind `standpoint extract` and analysis.
pub struct RuleExtractor {
    lexicon: &'static Lexicon,
}

impl Default for RuleExtractor {
    fn default() -> Self {
        RuleExtractor { lexicon: lexicon() }
    }
}

impl Extractor for RuleExtractor {
    fn name(&self) -> &str {
        "rules"
    }

    fn version(&self) -> &str {
        "0.1.0"
    }

    fn extract(&self, text: &str) -> Extraction {
        let doc = Document::new(text);
        let actors = actors::find(&doc, self.lexicon);
        let issues = issues::find(&doc, self.lexicon, &actors);
        let found = stances::find(&doc, self.lexicon, &actors, &issues);
        let mut extraction = assemble(&doc, &actors, &issues, &found);
        extraction.diagnostics = diagnose(&doc, &extraction);
        extraction
    }
}

/// Longer sentences than this are usually lists or run-ons the clause rules
/// read poorly; the analyst is told.
const LONG_SENTENCE_TOKENS: usize = 120;

/// What the analyst should know about how well the rules could read `doc`.
fn diagnose(doc: &Document, extraction: &Extraction) -> Vec<String> {
    let mut notes = Vec::new();
    if doc.tokens.len() <= doc.body_start {
        notes.push("no text to read after the dateline".to_owned());
        return notes;
    }
    let long = doc
        .sentences
        .iter()
        .filter(|s| s.end - s.first > LONG_SENTENCE_TOKENS)
        .count();
    if long > 0 {
        notes.push(format!(
            "{long} sentence(s) longer than {LONG_SENTENCE_TOKENS} tokens: stances in them are less reliable"
        ));
    }
    if extraction.actors.is_empty() {
        notes.push("no actors found: the text may not be news about named actors".to_owned());
    }
    notes
}

fn assemble(doc: &Document, actors: &Actors, issues: &Issues, found: &[stances::Found]) -> Extraction {
    let in_stance: HashSet<usize> = found
        .iter()
        .flat_map(|s| {
            let target = match s.target {
                Entity::Actor(a) => Some(a),
                Entity::Issue(_) => None,
            };
            std::iter::once(s.holder).chain(target)
        })
        .collect();
    let keep = |index: usize| {
        let actor = &actors.list[index];
        !actor.mentions.is_empty()
            && (in_stance.contains(&index)
                || (!actor.media && (actor.acts || !matches!(actor.kind, ActorKind::Country))))
    };
    let mut extraction = Extraction::default();
    let mut actor_names: HashMap<usize, String> = HashMap::new();
    for (index, actor) in actors.list.iter().enumerate() {
        if !keep(index) {
            continue;
        }
        actor_names.insert(index, actor.name.clone());
        extraction.actors.push(ExtractedActor {
            name: actor.name.clone(),
            kind: actor.kind,
            affiliation: actor.affiliation.clone().filter(|a| a != &actor.name),
            mentions: actor
                .mentions
                .iter()
                .map(|span| Mention {
                    text: doc.text[span.start..span.end].to_owned(),
                    span: *span,
                })
                .collect(),
        });
    }
    let used_issues: HashSet<usize> = found
        .iter()
        .filter_map(|s| if let Entity::Issue(i) = s.target { Some(i) } else { None })
        .collect();
    for (index, issue) in issues.list.iter().enumerate() {
        if !used_issues.contains(&index) && issue.mentions.len() < 2 {
            continue;
        }
        extraction.issues.push(ExtractedIssue {
            name: issue.name.clone(),
            mentions: issue
                .mentions
                .iter()
                .map(|span| Mention {
                    text: doc.text[span.start..span.end].to_owned(),
                    span: *span,
                })
                .collect(),
        });
    }
    let mut seen = HashSet::new();
    for stance in found {
        let Some(holder) = actor_names.get(&stance.holder) else {
            continue;
        };
        let target = match stance.target {
            Entity::Actor(a) => match actor_names.get(&a) {
                Some(name) => name.clone(),
                None => continue,
            },
            Entity::Issue(i) => issues.list[i].name.clone(),
        };
        if !seen.insert((holder.clone(), target.clone(), stance.polarity, stance.sentence)) {
            continue;
        }
        extraction.stances.push(ExtractedStance {
            holder: holder.clone(),
            target,
            target_kind: stances::target_kind(stance.target),
            polarity: stance.polarity,
            confidence: (stance.confidence * 1000.0).round() / 1000.0,
            evidence: doc.sentence_span(stance.sentence),
            cue: doc.span(stance.cue.0, stance.cue.1),
            holder_span: stance.holder_tokens.map(|(a, b)| doc.span(a, b)),
            target_span: stance.target_tokens.map(|(a, b)| doc.span(a, b)),
            rule: stance.rule.clone(),
        });
    }
    extraction
}
