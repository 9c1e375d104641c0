//! Candidate stances: every (holder, target) pair that one sentence could
//! state, for the scorer to keep or drop.
//!
//! The rules are recall-poor on unseen news, so candidates are not only what
//! the rules found: each actor mention in a sentence is paired with every
//! other actor or issue mentioned there, and the rules' own findings (which
//! may reach a holder through a pronoun or a speaker) are added with their
//! rule as a feature. One candidate per (holder, target, sentence): the
//! closest pair of mentions stands for it. A spokesperson holds nothing: what
//! they say is their principal's, or no one's when the text names none.

use standpoint_syntax::KeyMap;

use super::actors::{Actors, Via};
use super::clauses::Entity;
use super::document::Document;
use super::issues::Issues;
use super::lexicon::WordClass;
use super::stances;
use crate::model::{ActorKind, Polarity};

/// One pair the scorer decides on.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub holder: usize,
    pub target: Entity,
    pub sentence: usize,
    pub holder_tokens: (usize, usize),
    pub target_tokens: (usize, usize),
    pub holder_via: Via,
    /// What the rules said of this pair in this sentence, if anything.
    pub rule: Option<RuleVerdict>,
}

#[derive(Debug, Clone)]
pub struct RuleVerdict {
    pub polarity: Polarity,
    pub confidence: f64,
    pub cue: (usize, usize),
    pub rule: String,
}

/// A mention inside one sentence.
#[derive(Debug, Clone, Copy)]
struct Spot {
    entity: Entity,
    first: usize,
    end: usize,
    via: Via,
}

/// More mentions than this in one sentence are a list (a factbox, a table),
/// where pairing everything with everything says nothing and costs quadratic time.
const MAX_SPOTS: usize = 16;

/// Every candidate of `doc`, in sentence order. `carried_speaker` (one per
/// sentence, from `stances::find`) names the speaker whose quotation a
/// sentence continues: that speaker is paired with everything the sentence
/// mentions, though no mention of them stands in it.
pub fn propose(
    doc: &Document,
    actors: &Actors,
    issues: &Issues,
    found: &[stances::Found],
    carried_speaker: &[Option<usize>],
) -> Vec<Candidate> {
    let mut by_sentence: Vec<Vec<Spot>> = vec![Vec::new(); doc.sentences.len()];
    for f in actors.found.iter().filter(|f| !f.modifier && f.first >= doc.body_start) {
        if let Some(list) = doc.sentence_of.get(f.first).and_then(|&s| by_sentence.get_mut(s)) {
            list.push(Spot {
                entity: Entity::Actor(f.actor),
                first: f.first,
                end: f.end,
                via: f.via,
            });
        }
    }
    for f in issues.found.iter().filter(|f| f.first >= doc.body_start) {
        if let Some(list) = doc.sentence_of.get(f.first).and_then(|&s| by_sentence.get_mut(s)) {
            list.push(Spot {
                entity: Entity::Issue(f.issue),
                first: f.first,
                end: f.end,
                via: Via::Name,
            });
        }
    }
    let mut chosen: KeyMap<(usize, Entity, usize), Candidate> = KeyMap::default();
    let mut order: Vec<(usize, Entity, usize)> = Vec::new();
    for (sentence, spots) in by_sentence.iter_mut().enumerate() {
        spots.sort_by_key(|s| (s.first, s.end));
        spots.truncate(MAX_SPOTS);
        for h in spots.iter() {
            let Entity::Actor(speaker) = h.entity else { continue };
            let Some(holder) = actors.holder_of(speaker) else {
                continue;
            };
            for t in spots.iter() {
                if t.entity == h.entity
                    || t.entity == Entity::Actor(holder)
                    || overlaps((h.first, h.end), (t.first, t.end))
                {
                    continue;
                }
                let key = (holder, t.entity, sentence);
                let candidate = Candidate {
                    holder,
                    target: t.entity,
                    sentence,
                    holder_tokens: (h.first, h.end),
                    target_tokens: (t.first, t.end),
                    holder_via: h.via,
                    rule: None,
                };
                match chosen.get_mut(&key) {
                    Some(old) if gap(old) <= gap(&candidate) => {}
                    Some(old) => *old = candidate,
                    None => {
                        order.push(key);
                        chosen.insert(key, candidate);
                    }
                }
            }
        }
        // "…," he said. "We will fight it.": the speaker holds what the
        // quotation says, standing where the quote's "we" or "I" does, else
        // at its first word.
        if let Some(speaker) = carried_speaker
            .get(sentence)
            .copied()
            .flatten()
            .and_then(|s| actors.holder_of(s))
        {
            let s = doc.sentences[sentence];
            let (first, _) = doc.sentence_tokens(sentence);
            let free = |k: usize| doc.is_word(k) && !spots.iter().any(|t| t.first <= k && k < t.end);
            let voice = (first..s.end)
                .find(|&k| free(k) && doc.low_is(WordClass::PronounWe, k))
                .or_else(|| (first..s.end).find(|&k| free(k)));
            let Some(voice) = voice else { continue };
            for t in spots.iter() {
                let key = (speaker, t.entity, sentence);
                if t.entity == Entity::Actor(speaker) || chosen.contains_key(&key) {
                    continue;
                }
                order.push(key);
                chosen.insert(
                    key,
                    Candidate {
                        holder: speaker,
                        target: t.entity,
                        sentence,
                        holder_tokens: (voice, voice + 1),
                        target_tokens: (t.first, t.end),
                        holder_via: Via::Quote,
                        rule: None,
                    },
                );
            }
        }
    }
    for stance in found {
        let Some(holder) = actors.holder_of(stance.holder) else {
            continue;
        };
        if stance.target == Entity::Actor(holder) {
            continue;
        }
        let key = (holder, stance.target, stance.sentence);
        let verdict = RuleVerdict {
            polarity: stance.polarity,
            confidence: stance.confidence,
            cue: stance.cue,
            rule: stance.rule.clone(),
        };
        match chosen.get_mut(&key) {
            Some(candidate) => {
                if candidate
                    .rule
                    .as_ref()
                    .is_none_or(|r| r.confidence < verdict.confidence)
                {
                    candidate.rule = Some(verdict);
                }
            }
            None => {
                let holder_tokens = stance.holder_tokens.unwrap_or(stance.cue);
                let target_tokens = stance.target_tokens.unwrap_or(stance.cue);
                order.push(key);
                chosen.insert(
                    key,
                    Candidate {
                        holder,
                        target: stance.target,
                        sentence: stance.sentence,
                        holder_tokens,
                        target_tokens,
                        holder_via: if stance.holder_tokens.is_some() {
                            stance.holder_via
                        } else {
                            Via::Pronoun
                        },
                        rule: Some(verdict),
                    },
                );
            }
        }
    }
    order
        .into_iter()
        .filter_map(|key| chosen.remove(&key))
        .filter(|c| !own_state(actors, c.holder, c.target))
        .collect()
}

/// "China's foreign ministry said China opposed the sale", "German
/// Chancellor Angela Merkel's spokesman said Germany opposed the plan": a
/// state's own body, or a person holding one of its offices, speaks for the
/// state and takes no side towards it, nor the state towards its own body.
fn own_state(actors: &Actors, holder: usize, target: Entity) -> bool {
    let Entity::Actor(target) = target else {
        return false;
    };
    let (h, t) = (&actors.list[holder], &actors.list[target]);
    let belongs = |member: &super::actors::Actor, state: &super::actors::Actor| {
        state.kind == ActorKind::Country && member.affiliation.as_deref() == Some(state.name.as_str())
    };
    let body = |a: &super::actors::Actor| a.kind == ActorKind::GovernmentBody;
    let officer = |a: &super::actors::Actor| {
        a.kind == ActorKind::Person && !a.titles.is_empty() && !a.titles.iter().any(|t| t.contains("opposition"))
    };
    (belongs(h, t) && (body(h) || officer(h))) || (belongs(t, h) && body(t))
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Tokens between the two mentions.
pub fn gap(c: &Candidate) -> usize {
    let (h, t) = (c.holder_tokens, c.target_tokens);
    if h.1 <= t.0 {
        t.0 - h.1
    } else {
        h.0.saturating_sub(t.1)
    }
}
