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
use super::issues::{IssueSource, Issues};
use super::lexicon::{Frame, Lexicon, Valence, WordClass};
use super::parse::{MentionRole, Parse};
use super::stances::Found;
use super::tokens::is_capitalised;
use crate::model::{ActorKind, Polarity};

/// Longest run of words between the mentions whose words become features.
const MAX_WORDS_BETWEEN: usize = 12;

/// What every candidate of one sentence shares, computed once per sentence.
pub struct SentenceFacts<'l> {
    cues: Vec<cues::CueHit<'l>>,
    /// Each cue's polarity as the rules read it in this sentence: the
    /// lexicon's, unless every rule finding on the cue turned it ("would
    /// not support" opposes).
    cue_polarity: Vec<Polarity>,
    speech: bool,
    quote: bool,
    /// Tokens `first..` of the sentence that are negators and hedges, read
    /// by every candidate of the sentence.
    first: usize,
    negator: Vec<bool>,
    hedge: Vec<bool>,
    /// The valence sign of tokens `first..`, and how many are positive and
    /// negative.
    valence: Vec<Option<Valence>>,
    valence_counts: [usize; 2],
    /// The issue mentions of the sentence, as (first, end, issue) tokens.
    issue_spans: Vec<(usize, usize, usize)>,
    /// The rules' (holder, issue, polarity) findings in the sentence.
    ruled_issues: Vec<(usize, usize, Polarity)>,
}

impl SentenceFacts<'_> {
    fn flag(flags: &[bool], first: usize, i: usize) -> Option<bool> {
        flags.get(i.checked_sub(first)?).copied()
    }
}

impl<'l> SentenceFacts<'l> {
    /// `found`: the rules' findings in this sentence.
    pub fn new(
        doc: &Document,
        lexicon: &'l Lexicon,
        cues: &cues::SentenceCues<'l>,
        issues: &Issues,
        sentence: usize,
        found: &[&Found],
    ) -> SentenceFacts<'l> {
        let s = doc.sentences[sentence];
        let (first, _) = doc.sentence_tokens(sentence);
        let valence: Vec<Option<Valence>> = (first..s.end).map(|i| lexicon.valence(doc.low(i))).collect();
        let count = |lean: Valence| valence.iter().filter(|v| **v == Some(lean)).count();
        let valence_counts = [count(Valence::Positive), count(Valence::Negative)];
        let cues = cues.hits(sentence).to_vec();
        let cue_polarity = cues.iter().map(|hit| read_polarity(hit, sentence, found)).collect();
        SentenceFacts {
            valence,
            valence_counts,
            cues,
            cue_polarity,
            speech: (first..s.end).any(|i| doc.low_is(WordClass::Speech, i)),
            quote: (first..s.end).any(|i| matches!(doc.low(i), "\"" | "“" | "”")),
            first,
            negator: (first..s.end).map(|i| doc.low_is(WordClass::Negators, i)).collect(),
            hedge: (first..s.end).map(|i| doc.low_is(WordClass::Hedges, i)).collect(),
            issue_spans: issues
                .found
                .iter()
                .filter(|m| m.first >= s.first && m.end <= s.end)
                .map(|m| (m.first, m.end, m.issue))
                .collect(),
            ruled_issues: found
                .iter()
                .filter_map(|f| match f.target {
                    Entity::Issue(i) => Some((f.holder, i, f.polarity)),
                    Entity::Actor(_) => None,
                })
                .collect(),
        }
    }
}

/// The polarity the rules gave the cue at `hit` in sentence `sentence`: the
/// lexicon's, or the other one when every finding on the cue has it (the
/// rules read a negation: "London would not support lifting the ban"). The
/// pairs the rules did not link still read the cue as the rules do.
fn read_polarity(hit: &cues::CueHit, sentence: usize, found: &[&Found]) -> Polarity {
    let mut on_cue = found
        .iter()
        .filter(|f| f.sentence == sentence && f.cue == (hit.first, hit.end))
        .map(|f| f.polarity)
        .peekable();
    let turned = on_cue.peek().is_some() && on_cue.all(|p| p != hit.cue.polarity);
    if turned {
        hit.cue.polarity.flipped()
    } else {
        hit.cue.polarity
    }
}

/// The feature names of one candidate, written into one buffer that is
/// reused from candidate to candidate: a candidate has some 40 features, and
/// a string each was most of the cost of describing it.
#[derive(Debug, Default)]
pub struct Features {
    text: String,
    /// Byte ranges of `text`, one a feature, in the order made (a feature
    /// may come twice: the scorer counts it once).
    names: Vec<(u32, u32)>,
}

impl Features {
    pub fn clear(&mut self) {
        self.text.clear();
        self.names.clear();
    }

    pub fn push(&mut self, name: &str) {
        self.push_parts(&[name]);
    }

    /// One feature, the concatenation of `parts`.
    pub fn push_parts(&mut self, parts: &[&str]) {
        let start = self.text.len();
        for part in parts {
            self.text.push_str(part);
        }
        self.names.push((start as u32, self.text.len() as u32));
    }

    /// Starts a feature written piece by piece with [`Features::extend`]
    /// and ended by [`Features::end`].
    pub fn begin(&self) -> usize {
        self.text.len()
    }

    pub fn extend(&mut self, piece: &str) {
        self.text.push_str(piece);
    }

    pub fn end(&mut self, start: usize) {
        self.names.push((start as u32, self.text.len() as u32));
    }

    /// One feature written by `format_args!`.
    pub fn push_fmt(&mut self, args: std::fmt::Arguments) {
        use std::fmt::Write as _;
        let start = self.text.len();
        let _ = self.text.write_fmt(args);
        self.names.push((start as u32, self.text.len() as u32));
    }

    fn name(&self, (start, end): (u32, u32)) -> &str {
        &self.text[start as usize..end as usize]
    }

    /// Sorts the names and drops repeats (what training reads).
    fn sort_and_dedup(&mut self) {
        let text = self.text.as_bytes();
        let name = |(start, end): (u32, u32)| &text[start as usize..end as usize];
        // Byte order, as `str` sorts; names are compared by their first
        // eight bytes first, which alone orders most pairs.
        let mut keyed: Vec<(u64, (u32, u32))> = self.names.iter().map(|&r| (prefix(name(r)), r)).collect();
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| name(a.1).cmp(name(b.1))));
        keyed.dedup_by(|a, b| a.0 == b.0 && name(a.1) == name(b.1));
        self.names.clear();
        self.names.extend(keyed.into_iter().map(|(_, r)| r));
    }

    /// The names in the order made, repeats included: what the scorer reads
    /// (it counts a feature once).
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.names.iter().map(|&r| self.name(r))
    }

    /// The names sorted, each once: what training and the traces keep.
    pub fn sorted_names(&mut self) -> Vec<String> {
        self.sort_and_dedup();
        self.iter().map(str::to_owned).collect()
    }
}

/// The first eight bytes of `name` as a big-endian number, zero-padded: when
/// two names' prefixes differ, they order the names as their bytes do (equal
/// prefixes leave it to the whole names).
fn prefix(name: &[u8]) -> u64 {
    let mut bytes = [0u8; 8];
    let n = name.len().min(8);
    bytes[..n].copy_from_slice(&name[..n]);
    u64::from_be_bytes(bytes)
}

/// The feature names of one candidate, into `f`.
#[allow(clippy::too_many_arguments)]
pub fn describe(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &Actors,
    issues: &Issues,
    parse: &Parse,
    facts: &SentenceFacts,
    c: &Candidate,
    f: &mut Features,
) {
    f.clear();
    f.push("bias");
    let holder = &actors.list[c.holder];
    let holder_kind = kind_name(holder.kind);
    let target_kind = match c.target {
        Entity::Actor(a) => kind_name(actors.list[a].kind),
        Entity::Issue(i) => match issues.list[i].source {
            IssueSource::VerbObject => "issue_subj",
            IssueSource::ClauseArgument => "issue_clause",
            IssueSource::CueArgument => "issue_parse",
            IssueSource::Rules => "issue",
        },
    };
    f.push_parts(&["hk:", holder_kind]);
    f.push_parts(&["tk:", target_kind]);
    f.push_parts(&["hk_tk:", holder_kind, ":", target_kind]);
    f.push_parts(&[
        "hvia:",
        match c.holder_via {
            Via::Name => "name",
            Via::Pronoun => "pronoun",
            Via::Title => "title",
            Via::Description => "description",
            Via::Quote => "quote",
        },
    ]);
    if holder.media {
        f.push("holder_media");
    }
    if let Entity::Actor(a) = c.target {
        let target = &actors.list[a];
        if holder.affiliation.as_deref() == Some(target.name.as_str()) {
            f.push("holder_in_target");
        }
        if target.affiliation.as_deref() == Some(holder.name.as_str()) {
            f.push("target_in_holder");
        }
    }
    // An actor named only as a place ("the war in Iraq") or as a modifier
    // ("US senators") takes no side by that mention; one inside an issue's
    // phrase ("opposed EU sanctions on Russia") is named by the issue, and
    // the rules' verdict on that issue tells which way the stance goes.
    let target_actor = matches!(c.target, Entity::Actor(_));
    for (side, tokens) in [("h", c.holder_tokens), ("t", c.target_tokens)] {
        if side == "t" && !target_actor {
            continue;
        }
        let span = doc.span(tokens.0, tokens.1);
        match parse.mention_role(lexicon, span.start, span.end) {
            MentionRole::Participant => {}
            MentionRole::Place => f.push_parts(&["role:", side, ":place"]),
            MentionRole::Modifier => f.push_parts(&["role:", side, ":modifier"]),
        }
        let within = facts
            .issue_spans
            .iter()
            .find(|&&(first, end, _)| first <= tokens.0 && tokens.1 <= end && (first, end) != tokens);
        if let Some(&(_, _, issue)) = within {
            f.push_parts(&["in_issue:", side]);
            if let Some(&(_, _, pol)) = facts.ruled_issues.iter().find(|r| r.0 == c.holder && r.1 == issue) {
                f.push_parts(&["in_ruled_issue:", side, ":", polarity_name(pol)]);
            }
        }
    }
    if owns_an_actor(doc, actors, c.holder_tokens.1) {
        f.push("holder_owns_actor");
    }
    if let Some(rule) = &c.rule {
        let pol = polarity_name(rule.polarity);
        let kind = rule.rule.split(':').next().unwrap_or("");
        f.push_parts(&["rule:", pol]);
        f.push_parts(&["rule_kind:", kind, ":", pol]);
        f.push_fmt(format_args!(
            "rule_conf:{}:{pol}",
            bucket(rule.confidence * 10.0, &[5.0, 7.0, 8.0])
        ));
    }

    let (h, t) = (c.holder_tokens, c.target_tokens);
    let holder_first = h.0 <= t.0;
    f.push_parts(&["order:", if holder_first { "ht" } else { "th" }]);
    let distance = gap(c);
    f.push_fmt(format_args!(
        "gap:{}",
        bucket(distance as f64, &[0.5, 1.5, 2.5, 5.5, 10.5, 20.5])
    ));

    let (first, _) = doc.sentence_tokens(c.sentence);
    let (between_start, between_end) = if holder_first { (h.1, t.0) } else { (t.1, h.0) };
    let between_start = between_start.min(between_end);

    // Cues between the mentions, just after them, and elsewhere in the sentence.
    let mentions_end = h.1.max(t.1);
    let place = |hit: &cues::CueHit| {
        if hit.first >= between_start && hit.end <= between_end {
            "btw"
        } else if hit.first >= mentions_end && hit.first < mentions_end + 4 {
            "after"
        } else {
            "sent"
        }
    };
    for (hit, &polarity) in facts.cues.iter().zip(&facts.cue_polarity) {
        let place = place(hit);
        let pol = polarity_name(polarity);
        let frame = frame_name(hit.cue.frame);
        f.push_parts(&["cue:", place, ":", frame, ":", pol]);
        f.push_parts(&["cue:", place, ":", pol]);
        if place != "sent" {
            f.push_parts(&["cue_lemma:", &hit.cue.lemma, ":", pol]);
        }
    }

    // Mentions are in text order: only those between are visited.
    let from = actors.found.partition_point(|m| m.first < between_start);
    let others = actors.found[from..]
        .iter()
        .take_while(|m| m.first < between_end)
        .filter(|m| !m.modifier && m.end <= between_end)
        .count();
    f.push_fmt(format_args!("others_btw:{}", others.min(2)));

    if between_end - between_start <= MAX_WORDS_BETWEEN {
        for i in between_start..between_end {
            let word = doc.low(i);
            if doc.is_word(i) {
                f.push_parts(&["btw:", word]);
            } else if matches!(word, "," | ";" | ":" | "\"" | "“" | "”" | "(") {
                f.push_parts(&["btw_punct:", word]);
            }
        }
    } else {
        f.push("btw:far");
    }
    let region_start = h.0.min(t.0).saturating_sub(3).max(first);
    for i in region_start..between_end.max(between_start) {
        let flag = |flags: &[bool], class: WordClass| {
            SentenceFacts::flag(flags, facts.first, i).unwrap_or_else(|| doc.low_is(class, i))
        };
        if flag(&facts.negator, WordClass::Negators) {
            f.push("neg_near");
        }
        if flag(&facts.hedge, WordClass::Hedges) {
            f.push("hedge_near");
        }
    }
    if facts.speech {
        f.push("speech_in_sentence");
    }
    if facts.quote {
        f.push("quote_in_sentence");
    }
    describe_valence(facts, (between_start, between_end), t, f);
    f.push_parts(&["word_after_holder:", doc.low(h.1)]);
    f.push_parts(&["word_before_target:", doc.low(t.0.wrapping_sub(1))]);
    f.push_fmt(format_args!("sentence:{}", bucket(c.sentence as f64, &[0.5, 2.5, 6.5])));

    // A cue word says more when the holder is its subject and the target its
    // object than when the two hang elsewhere in the sentence: the cues
    // between or just after the mentions are crossed with the path's ends
    // ("x_cueends:btw:verb:oppose|nsubj^obj").
    if let Some((up, down)) = parse.describe_pair(doc, lexicon, h, t, f) {
        for (hit, &polarity) in facts.cues.iter().zip(&facts.cue_polarity) {
            let place = place(hit);
            if place != "sent" {
                let (frame, pol) = (frame_name(hit.cue.frame), polarity_name(polarity));
                f.push_parts(&["x_cueends:", place, ":", frame, ":", pol, "|", up, "^", down]);
            }
        }
    }
}

/// Most lower-case words between a possessive and the actor it owns
/// ("Germany's main opposition Social Democrats").
const OWNED_REACH: usize = 3;

/// Whether the mention ending at token `end` only owns another actor named
/// right after its possessive ("Germany's Social Democrats backed the deal",
/// "Iraq's Popular Mobilisation Forces"): the owned body is what acts.
fn owns_an_actor(doc: &Document, actors: &Actors, end: usize) -> bool {
    if !matches!(doc.word(end), "’s" | "'s") {
        return false;
    }
    let owned = end + 1;
    let from = actors.found.partition_point(|m| m.first < owned);
    actors.found[from..]
        .iter()
        .take_while(|m| m.first <= owned + OWNED_REACH)
        .any(|m| !m.modifier && (owned..m.first).all(|k| doc.is_word(k) && !is_capitalised(doc.word(k))))
}

/// Evaluative words between the mentions, next to the target and in the
/// sentence: what is said of the target often carries the stance when no
/// cue word does ("deep concerns over", "blamed for").
fn describe_valence(
    facts: &SentenceFacts,
    (between_start, between_end): (usize, usize),
    t: (usize, usize),
    f: &mut Features,
) {
    // Only tokens between the mentions or within three of the target count
    // one by one: they lie in this window of the sentence.
    let from = between_start.min(t.0.saturating_sub(3)).max(facts.first);
    let to = between_end.max(t.1 + 3).min(facts.first + facts.valence.len());
    for i in from..to {
        let Some(lean) = facts.valence[i - facts.first] else {
            continue;
        };
        let place = if i >= between_start && i < between_end {
            "btw"
        } else if i + 3 >= t.0 && i < t.1 + 3 {
            "near_t"
        } else {
            continue;
        };
        f.push_parts(&["val:", place, ":", lean.as_str()]);
    }
    let [positive, negative] = facts.valence_counts.map(|n| n.min(3));
    f.push_fmt(format_args!("val:sent:pos{positive}"));
    f.push_fmt(format_args!("val:sent:neg{negative}"));
    if facts.speech {
        f.push_fmt(format_args!("val:said:pos{positive}"));
        f.push_fmt(format_args!("val:said:neg{negative}"));
    }
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
