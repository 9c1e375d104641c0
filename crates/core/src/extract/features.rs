//! What the scorer sees of a candidate: sparse binary features, named as
//! text ("cue:verb:oppose", "path:nsubj^>obj") so that the weights file reads.
//!
//! Features are general by design: word classes from the lexicon, the
//! dependency path between holder and target, mention kinds, negation and
//! hedges, order and distance. Lexical features are limited to lemmas of
//! words on the path or between the mentions; no feature names an article's
//! actors.

use super::actors::{Actors, Via};
use super::candidates::{gap, Candidate};
use super::clauses::Entity;
use super::cues;
use super::document::Document;
use super::issues::Issues;
use super::lexicon::{Frame, Lexicon};
use super::parse::Parse;
use crate::model::{ActorKind, Polarity};

/// Longest run of words between the mentions whose words become features.
const MAX_WORDS_BETWEEN: usize = 12;

/// What every candidate of one sentence shares, computed once per sentence.
pub struct SentenceFacts<'l> {
    cues: Vec<cues::CueHit<'l>>,
    speech: bool,
    quote: bool,
}

impl<'l> SentenceFacts<'l> {
    pub fn new(doc: &Document, lexicon: &'l Lexicon, sentence: usize) -> SentenceFacts<'l> {
        let s = doc.sentences[sentence];
        let first = s.first.max(doc.body_start.min(s.end));
        SentenceFacts {
            cues: cues::find(doc, lexicon, first, s.end),
            speech: (first..s.end).any(|i| lexicon.is("speech", doc.low(i))),
            quote: (first..s.end).any(|i| matches!(doc.low(i), "\"" | "“" | "”")),
        }
    }
}

/// The feature names of one candidate.
pub fn describe(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &Actors,
    issues: &Issues,
    parse: &Parse,
    facts: &SentenceFacts,
    c: &Candidate,
) -> Vec<String> {
    let mut f = vec!["bias".to_owned()];
    let holder = &actors.list[c.holder];
    let holder_kind = kind_name(holder.kind);
    let target_kind = match c.target {
        Entity::Actor(a) => kind_name(actors.list[a].kind),
        Entity::Issue(i) if issues.list[i].from_parse => "issue_parse",
        Entity::Issue(_) => "issue",
    };
    f.push(format!("hk:{holder_kind}"));
    f.push(format!("tk:{target_kind}"));
    f.push(format!("hk_tk:{holder_kind}:{target_kind}"));
    f.push(format!(
        "hvia:{}",
        match c.holder_via {
            Via::Name => "name",
            Via::Pronoun => "pronoun",
            Via::Title => "title",
        }
    ));
    if holder.media {
        f.push("holder_media".to_owned());
    }
    if let Entity::Actor(a) = c.target {
        let target = &actors.list[a];
        if holder.affiliation.as_deref() == Some(target.name.as_str()) {
            f.push("holder_in_target".to_owned());
        }
        if target.affiliation.as_deref() == Some(holder.name.as_str()) {
            f.push("target_in_holder".to_owned());
        }
    }
    if let Some(rule) = &c.rule {
        let pol = polarity_name(rule.polarity);
        let kind = rule.rule.split(':').next().unwrap_or("");
        f.push(format!("rule:{pol}"));
        f.push(format!("rule_kind:{kind}:{pol}"));
        f.push(format!(
            "rule_conf:{}:{pol}",
            bucket(rule.confidence * 10.0, &[5.0, 7.0, 8.0])
        ));
    }

    let (h, t) = (c.holder_tokens, c.target_tokens);
    let holder_first = h.0 <= t.0;
    f.push(format!("order:{}", if holder_first { "ht" } else { "th" }));
    let distance = gap(c);
    f.push(format!(
        "gap:{}",
        bucket(distance as f64, &[0.5, 1.5, 2.5, 5.5, 10.5, 20.5])
    ));

    let sentence = doc.sentences[c.sentence];
    let first = sentence.first.max(doc.body_start.min(sentence.end));
    let (between_start, between_end) = if holder_first { (h.1, t.0) } else { (t.1, h.0) };
    let between_start = between_start.min(between_end);

    // Cues between the mentions, and elsewhere in the sentence.
    for hit in &facts.cues {
        let inside = hit.first >= between_start && hit.end <= between_end;
        let after = hit.first >= h.1.max(t.1) && hit.first < h.1.max(t.1) + 4;
        let place = if inside {
            "btw"
        } else if after {
            "after"
        } else {
            "sent"
        };
        let pol = polarity_name(hit.cue.polarity);
        let frame = frame_name(hit.cue.frame);
        f.push(format!("cue:{place}:{frame}:{pol}"));
        f.push(format!("cue:{place}:{pol}"));
        if place != "sent" {
            f.push(format!("cue_lemma:{}:{pol}", hit.cue.lemma));
        }
    }

    // Mentions are in text order: only those between are visited.
    let from = actors.found.partition_point(|m| m.first < between_start);
    let others = actors.found[from..]
        .iter()
        .take_while(|m| m.first < between_end)
        .filter(|m| !m.modifier && m.end <= between_end)
        .count();
    f.push(format!("others_btw:{}", others.min(2)));

    if between_end - between_start <= MAX_WORDS_BETWEEN {
        for i in between_start..between_end {
            let word = doc.low(i);
            if doc.is_word(i) {
                f.push(format!("btw:{word}"));
            } else if matches!(word, "," | ";" | ":" | "\"" | "“" | "”" | "(") {
                f.push(format!("btw_punct:{word}"));
            }
        }
    } else {
        f.push("btw:far".to_owned());
    }
    let region_start = h.0.min(t.0).saturating_sub(3).max(first);
    for i in region_start..between_end.max(between_start) {
        if lexicon.is("negators", doc.low(i)) {
            f.push("neg_near".to_owned());
        }
        if lexicon.is("hedges", doc.low(i)) {
            f.push("hedge_near".to_owned());
        }
    }
    if facts.speech {
        f.push("speech_in_sentence".to_owned());
    }
    if facts.quote {
        f.push("quote_in_sentence".to_owned());
    }
    f.push(format!("word_after_holder:{}", doc.low(h.1)));
    f.push(format!("word_before_target:{}", doc.low(t.0.wrapping_sub(1))));
    f.push(format!("sentence:{}", bucket(c.sentence as f64, &[0.5, 2.5, 6.5])));

    parse.describe_pair(doc, lexicon, h, t, &mut f);
    f.sort_unstable();
    f.dedup();
    f
}

fn bucket(value: f64, edges: &[f64]) -> usize {
    edges.iter().take_while(|&&e| value > e).count()
}

fn polarity_name(p: Polarity) -> &'static str {
    match p {
        Polarity::Support => "support",
        Polarity::Oppose => "oppose",
    }
}

fn frame_name(frame: Frame) -> &'static str {
    match frame {
        Frame::Verb => "verb",
        Frame::Noun => "noun",
        Frame::Adj => "adj",
        Frame::Affect => "affect",
        Frame::Eval => "eval",
    }
}

fn kind_name(kind: ActorKind) -> &'static str {
    kind.as_str()
}
