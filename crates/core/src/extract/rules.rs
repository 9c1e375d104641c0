//! The rule-based extractor: runs the stages (document, actors, issues,
//! stances) and assembles the public [`Extraction`].
//!
//! Which actors are reported is decided here: people and organisations
//! always, places that are only places never, media outlets only when they
//! report or hold a stance. Deterministic, offline and free of IO.

use std::borrow::Cow;

use standpoint_syntax::{KeyMap, KeySet};

use super::actors::{self, Actors, Via};
use super::arguments;
use super::calibration::Calibration;
use super::candidates::{self, Candidate};
use super::clauses::Entity;
use super::cues;
use super::document::Document;
use super::features;
use super::issues::{self, Issues};
use super::lexicon::{lexicon, Lexicon, WordClass};
use super::long;
use super::parse::Parse;
use super::scorer::{Decision, Scorer};
use super::stances;
use super::{ExtractedActor, ExtractedIssue, ExtractedStance, Extraction, Extractor, Mention};
use crate::model::{ActorKind, Polarity, Span, TargetKind};

/// The extractor behind `standpoint extract` and analysis: the rules and the
/// parse propose candidates, the learned [`Scorer`] keeps some.
pub struct RuleExtractor {
    lexicon: &'static Lexicon,
    decider: Decider,
}

/// Who decides which candidates become stances.
enum Decider {
    /// The learned scorer: the shipped one is borrowed, not copied per
    /// extractor (the app makes one per analysis call).
    Scorer(Cow<'static, Scorer>),
    /// The rules alone: every candidate a rule found, with its polarity and
    /// confidence (the rules' own tests, and the baseline the scorer must beat).
    Rules,
}

impl Default for RuleExtractor {
    fn default() -> Self {
        RuleExtractor {
            lexicon: lexicon(),
            decider: Decider::Scorer(Cow::Borrowed(shipped_scorer())),
        }
    }
}

/// The scorer trained on the whole news corpus, committed as data.
const SCORER: &str = include_str!("../../data/scorer.tsv");

pub(super) fn shipped_scorer() -> &'static Scorer {
    static SHIPPED: std::sync::OnceLock<Scorer> = std::sync::OnceLock::new();
    SHIPPED.get_or_init(|| Scorer::from_text(SCORER).expect("the committed scorer model parses"))
}

impl RuleExtractor {
    /// An extractor with another scorer (cross-validation trains one per fold).
    pub fn with_scorer(scorer: Scorer) -> RuleExtractor {
        RuleExtractor {
            lexicon: lexicon(),
            decider: Decider::Scorer(Cow::Owned(scorer)),
        }
    }

    /// An extractor whose stances are the rules' findings only.
    pub fn rules_only() -> RuleExtractor {
        RuleExtractor {
            lexicon: lexicon(),
            decider: Decider::Rules,
        }
    }

    /// Everything short of the scorer's decisions: actors, issues and the
    /// candidates with their features. Training reads this.
    pub fn prepare(&self, text: &str) -> Prepared {
        self.read(text, false).0
    }

    /// [`RuleExtractor::prepare`], and with `deciding` the decisions
    /// [`RuleExtractor::finish`] would make, in one pass: each candidate's
    /// features are then made only when the scorer reads them (not for a
    /// rule finding above the rule floor) and are not kept.
    fn read(&self, text: &str, deciding: bool) -> (Prepared, Vec<(usize, Decision)>) {
        let doc = Document::new(text);
        let parse = Parse::new(text, self.lexicon);
        let actors = actors::find(&doc, self.lexicon, &parse);
        let mut issues = issues::find(&doc, self.lexicon, &actors);
        let cues = cues::SentenceCues::new(&doc, self.lexicon);
        let stances::Findings {
            mut found,
            carried_speaker,
        } = stances::find(&doc, self.lexicon, &cues, &actors, &issues, &parse, |_| true);
        // After the rules, so that they read the issues they were written for.
        let known = issues.found.len();
        arguments::add(&doc, self.lexicon, &cues, &actors, &parse, &mut issues);
        found.extend(stances::on_arguments(
            &doc,
            self.lexicon,
            &cues,
            &actors,
            &issues,
            &parse,
            known,
            &found,
        ));
        let mut candidates = candidates::propose(&doc, &actors, &issues, &found, &carried_speaker);
        // "met Angela Merkel and Justin Trudeau": the members of one list
        // share a role; none takes a side on another unless a rule says so.
        candidates.retain(|c| {
            let listed = || {
                let span = |(a, b): (usize, usize)| doc.span(a, b);
                parse.listed_together(span(c.holder_tokens), span(c.target_tokens)) == Some(true)
            };
            c.rule.is_some() || !matches!(c.target, Entity::Actor(_)) || !listed()
        });
        // "Germany neither supported nor opposed the resolution": opposite
        // cues offered as alternatives between the two state no stance;
        // "Egypt mediated between Israel and Hamas": the sides named after
        // "between" are no target of the third party.
        // "backs closer ties with Japan": where a rule reads a relation as its
        // partner, the relation is no target of its own.
        let ruled_partners: Vec<(usize, usize, usize)> = candidates
            .iter()
            .filter(|c| c.rule.is_some() && matches!(c.target, Entity::Actor(_)))
            .map(|c| (c.holder, c.sentence, c.target_tokens.0))
            .collect();
        candidates.retain(|c| {
            if c.rule.is_some() {
                return true;
            }
            if let Entity::Issue(issue) = c.target {
                let relation = self.lexicon.is(WordClass::RelationHeads, &issues.list[issue].head);
                let (first, end) = c.target_tokens;
                if relation
                    && ruled_partners
                        .iter()
                        .any(|&(h, s, t)| h == c.holder && s == c.sentence && first < t && t <= end + PARTNER_REACH)
                {
                    return false;
                }
            }
            let (h, t) = (c.holder_tokens, c.target_tokens);
            let (from, to) = if h.1 <= t.0 { (h.1, t.0) } else { (t.1, h.0) };
            if cues.alternatives(c.sentence).iter().any(|&(a, b)| from <= a && b <= to) {
                return false;
            }
            !(matches!(c.target, Entity::Actor(_)) && mediated_sides(&doc, h, t))
        });
        // The findings of each sentence, so that describing a sentence's
        // candidates reads its own findings, not every finding of the text.
        let mut found_in: Vec<Vec<&stances::Found>> = vec![Vec::new(); doc.sentences.len()];
        for f in &found {
            if let Some(list) = found_in.get_mut(f.sentence) {
                list.push(f);
            }
        }
        let mut facts: Option<(usize, features::SentenceFacts)> = None;
        let mut features = features::Features::default();
        let mut describe = |c: &candidates::Candidate, features: &mut features::Features| {
            if facts.as_ref().is_none_or(|(s, _)| *s != c.sentence) {
                let own = found_in.get(c.sentence).map_or(&[][..], Vec::as_slice);
                facts = Some((
                    c.sentence,
                    features::SentenceFacts::new(&doc, self.lexicon, &cues, &issues, c.sentence, own),
                ));
            }
            let facts = &facts.as_ref().expect("set just above").1;
            features::describe(&doc, self.lexicon, &actors, &issues, &parse, facts, c, features);
        };
        let mut decided = Vec::new();
        let proposals = candidates
            .iter()
            .enumerate()
            .map(|(index, c)| {
                let rule_verdict = c.rule.as_ref().map(|r| (r.polarity, r.confidence));
                let mut kept_features = Vec::new();
                if deciding {
                    let decision = match &self.decider {
                        Decider::Scorer(scorer) => scorer.by_rule(rule_verdict).or_else(|| {
                            describe(c, &mut features);
                            scorer.by_weights(features.iter())
                        }),
                        Decider::Rules => {
                            rule_verdict.map(|(polarity, probability)| Decision::of_rule(polarity, probability))
                        }
                    };
                    decided.extend(decision.map(|d| (index, d)));
                } else {
                    describe(c, &mut features);
                    kept_features = features.sorted_names();
                }
                Proposal {
                    holder: c.holder,
                    target: c.target,
                    target_kind: stances::target_kind(c.target),
                    evidence: doc.sentence_span(c.sentence),
                    cue: c.rule.as_ref().map_or_else(
                        || {
                            doc.span(
                                c.holder_tokens.0.min(c.target_tokens.0),
                                c.holder_tokens.1.max(c.target_tokens.1),
                            )
                        },
                        |r| doc.span(r.cue.0, r.cue.1),
                    ),
                    holder_span: shown_holder(&doc, &actors, c),
                    target_span: doc.span(c.target_tokens.0, c.target_tokens.1),
                    rule: c.rule.as_ref().map_or_else(|| "pair".to_owned(), |r| r.rule.clone()),
                    rule_verdict,
                    features: kept_features,
                }
            })
            .collect();
        // After the candidates: which actors take part in their sentences is
        // then often read off sentences the candidates had parsed already.
        let mut prepared = assemble(&doc, self.lexicon, &actors, &issues, &found, &parse);
        prepared.proposals = proposals;
        prepared.reading = Reading::of(&doc, !prepared.actors.is_empty());
        prepared.diagnostics = prepared.reading.notes();
        (prepared, decided)
    }

    /// The extraction the scorer makes of prepared candidates.
    pub fn finish(&self, prepared: &Prepared) -> Extraction {
        let decided: Vec<(usize, Decision)> = prepared
            .proposals
            .iter()
            .enumerate()
            .filter_map(|(i, p)| match &self.decider {
                Decider::Scorer(scorer) => scorer.decide(&p.features, p.rule_verdict).map(|d| (i, d)),
                Decider::Rules => p
                    .rule_verdict
                    .map(|(polarity, probability)| (i, Decision::of_rule(polarity, probability))),
            })
            .collect();
        prepared.extraction(&decided, &self.calibration())
    }

    /// How raw numbers become the confidences shown: the scorer's maps, or
    /// none for the rules alone.
    fn calibration(&self) -> Calibration {
        match &self.decider {
            Decider::Scorer(scorer) => scorer.calibration,
            Decider::Rules => Calibration::default(),
        }
    }
}

impl Extractor for RuleExtractor {
    fn name(&self) -> &str {
        "rules+scorer"
    }

    fn version(&self) -> &str {
        version()
    }

    fn extract(&self, text: &str) -> Extraction {
        let parts = long::parts(text);
        if parts.len() == 1 {
            let (prepared, decided) = self.read(text, true);
            return prepared.extraction(&decided, &self.calibration());
        }
        // A long text: read in parts so that time stays linear (see `long`).
        let mut reading = Reading::default();
        let read = parts
            .iter()
            .map(|r| {
                let (prepared, decided) = self.read(&text[r.clone()], true);
                reading = reading.and(prepared.reading);
                (r.start, prepared.extraction(&decided, &self.calibration()))
            })
            .collect();
        let mut joined = long::join(read);
        joined.diagnostics = reading.notes();
        joined.diagnostics.push(format!(
            "long text ({} kB) read in {} parts of about {} kB: mentions in different parts are linked by name only",
            text.len() / 1000,
            parts.len(),
            long::PART_BYTES / 1000
        ));
        joined
    }
}

/// Bumped whenever the rules change behaviour; the data and model files are
/// hashed into the version, so a changed word list or retrained scorer shows.
const RULES_VERSION: &str = "0.2.29";

/// `RULES_VERSION+` the first 8 hex digits of a hash of every data and model file.
pub fn version() -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        use sha2::{Digest, Sha256};
        let mut hash = Sha256::new();
        for part in super::lexicon::DATA_FILES.iter().chain([&SCORER]) {
            hash.update(part.as_bytes());
            hash.update([0]);
        }
        // The stored bytes, which are the loaded model's: naming the extractor
        // (the app asks at open) does not load the parser.
        hash.update(standpoint_syntax::Parser::embedded_model_bytes());
        let digest = hash.finalize();
        let hex: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
        format!("{RULES_VERSION}+{hex}")
    })
}

/// Longer sentences than this are usually lists or run-ons the clause rules
/// read poorly; the analyst is told.
const LONG_SENTENCE_TOKENS: usize = 120;

/// How well the rules could read a text, in figures that add up over the parts
/// of a long one.
#[derive(Debug, Clone, Copy, Default)]
struct Reading {
    /// Any words after the dateline.
    body: bool,
    /// Sentences longer than [`LONG_SENTENCE_TOKENS`].
    long_sentences: usize,
    found_actors: bool,
}

impl Reading {
    fn of(doc: &Document, found_actors: bool) -> Reading {
        Reading {
            body: doc.tokens.len() > doc.body_start,
            long_sentences: doc
                .sentences
                .iter()
                .filter(|s| s.end - s.first > LONG_SENTENCE_TOKENS)
                .count(),
            found_actors,
        }
    }

    /// The reading of a text made of parts read as `self` and `other`.
    fn and(self, other: Reading) -> Reading {
        Reading {
            body: self.body || other.body,
            long_sentences: self.long_sentences + other.long_sentences,
            found_actors: self.found_actors || other.found_actors,
        }
    }

    /// What the analyst should know.
    fn notes(self) -> Vec<String> {
        let mut notes = Vec::new();
        if !self.body {
            notes.push("no text to read after the dateline".to_owned());
            return notes;
        }
        let long = self.long_sentences;
        if long > 0 {
            notes.push(format!(
                "{long} sentence(s) longer than {LONG_SENTENCE_TOKENS} tokens: stances in them are less reliable"
            ));
        }
        if !self.found_actors {
            notes.push("no actors found: the text may not be news about named actors".to_owned());
        }
        notes
    }
}

/// Most tokens from the end of a relation's phrase ("closer ties") to the
/// partner a rule read it as ("with the government of Japan").
const PARTNER_REACH: usize = 6;

/// Most tokens from "between" to the side it names last: "between the
/// Israeli government and Hamas".
const BETWEEN_REACH: usize = 8;

/// Whether the target `t` is one of the sides named after a "between" that
/// a verb of mediating governs, the holder `h` before it: "Egypt mediated
/// between Israel and Hamas", "Qatar brokered talks between the US and the
/// Taliban". The go-between takes neither side.
fn mediated_sides(doc: &Document, h: (usize, usize), t: (usize, usize)) -> bool {
    let Some(between) = (t.0.saturating_sub(BETWEEN_REACH)..t.0)
        .rev()
        .find(|&k| doc.low(k) == "between")
    else {
        return false;
    };
    let sides = between + 1 == t.0
        || (between + 1..t.0).any(|k| doc.low(k) == "and")
            && (between + 1..t.0).all(|k| doc.is_word(k) || doc.word(k) == ",");
    let mediated = (between.saturating_sub(4).max(h.1)..between).any(|k| doc.low_is(WordClass::MediatingVerbs, k));
    h.1 <= between && sides && mediated
}

/// Where the analyst is shown the holder. A speaker carried over from an
/// earlier sentence stands, for the scorer, at this sentence's "we" or "I",
/// else at its first free word ("But …"); that word is no mention of them,
/// so the span shown is then their latest mention before it.
fn shown_holder(doc: &Document, actors: &Actors, c: &Candidate) -> Span {
    let (first, end) = c.holder_tokens;
    let stand_in = c.holder_via == Via::Quote
        && !doc.low_is(WordClass::PronounWe, first)
        && !actors.found.iter().any(|m| m.actor == c.holder && m.first == first);
    let named = stand_in
        .then(|| {
            actors
                .found
                .iter()
                .rev()
                .find(|m| m.actor == c.holder && m.end <= first)
        })
        .flatten();
    match named {
        Some(m) => doc.span(m.first, m.end),
        None => doc.span(first, end),
    }
}

/// One candidate stance, owned, with what the scorer needs and what the
/// analyst will see if it is kept.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// Index into [`Prepared::actors`].
    pub holder: usize,
    pub target: Entity,
    pub target_kind: TargetKind,
    pub evidence: Span,
    pub cue: Span,
    pub holder_span: Span,
    pub target_span: Span,
    pub rule: String,
    /// The rules' polarity and confidence, when a rule found this pair.
    pub rule_verdict: Option<(Polarity, f64)>,
    pub features: Vec<String>,
}

/// An article read up to the scorer's decisions.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    /// Every actor found, in the rules' order (some without mentions).
    pub actors: Vec<ExtractedActor>,
    /// Whether an actor is reported even when it holds no kept stance.
    listed: Vec<bool>,
    pub issues: Vec<ExtractedIssue>,
    issue_listed: Vec<bool>,
    pub proposals: Vec<Proposal>,
    pub diagnostics: Vec<String>,
    reading: Reading,
}

impl Prepared {
    /// The public extraction with the proposals `decided` kept.
    /// Each stance's confidence is `calibration`'s, from its decision and
    /// the number of sentences in which the article states it.
    pub(super) fn extraction(&self, decided: &[(usize, Decision)], calibration: &Calibration) -> Extraction {
        self.traced_extraction(decided, calibration).0
    }

    /// [`Prepared::extraction`], and for each reported stance the index in
    /// `decided` it came from (duplicates of one sentence's stance are
    /// dropped) and the number of sentences stating it.
    pub(super) fn traced_extraction(
        &self,
        decided: &[(usize, Decision)],
        calibration: &Calibration,
    ) -> (Extraction, Vec<(usize, usize)>) {
        // One issue per holder, sentence and polarity: when the scorer keeps
        // several issue phrases of one sentence for one holder ("the decision
        // … to move closer to Russia", "the deal" and "sanctions" it lifts),
        // they are one stance read twice; the likeliest stands for it.
        // ("backed the peace talks": of two phrases one inside the other,
        // "peace" and "peace talks", the whole names the issue.)
        let within = |a: Span, b: Span| b.start <= a.start && a.end <= b.end && a != b;
        let mut best_issue: KeyMap<(usize, Span, Polarity), (usize, f64)> = KeyMap::default();
        for (order, (index, decision)) in decided.iter().enumerate() {
            let p = &self.proposals[*index];
            if matches!(p.target, Entity::Issue(_)) {
                let entry = best_issue
                    .entry((p.holder, p.evidence, decision.polarity))
                    .or_insert((order, decision.probability));
                let current = self.proposals[decided[entry.0].0].target_span;
                let better = if within(current, p.target_span) {
                    true
                } else if within(p.target_span, current) {
                    false
                } else {
                    decision.probability > entry.1
                };
                if better {
                    *entry = (order, decision.probability);
                }
            }
        }
        let reported = |order: usize| {
            let (index, decision) = &decided[order];
            let p = &self.proposals[*index];
            !matches!(p.target, Entity::Issue(_)) || best_issue[&(p.holder, p.evidence, decision.polarity)].0 == order
        };
        let mut actor_used = self.listed.clone();
        let mut issue_used = self.issue_listed.clone();
        // Only what is reported: an issue whose stances the rule above
        // dropped is not listed either.
        for (order, (index, _)) in decided.iter().enumerate() {
            if !reported(order) {
                continue;
            }
            let p = &self.proposals[*index];
            actor_used[p.holder] = true;
            match p.target {
                Entity::Actor(a) => actor_used[a] = true,
                Entity::Issue(i) => issue_used[i] = true,
            }
        }
        let mut extraction = Extraction {
            diagnostics: self.diagnostics.clone(),
            ..Extraction::default()
        };
        for (actor, used) in self.actors.iter().zip(&actor_used) {
            if *used && !actor.mentions.is_empty() {
                extraction.actors.push(actor.clone());
            }
        }
        for (issue, used) in self.issues.iter().zip(&issue_used) {
            if *used {
                extraction.issues.push(issue.clone());
            }
        }
        let mut seen = KeySet::default();
        let mut from = Vec::new();
        // Sentences stating each (holder, target, polarity): an input of the confidence.
        let mut sentences: KeyMap<(usize, Entity, Polarity), usize> = KeyMap::default();
        for (order, (index, decision)) in decided.iter().enumerate() {
            let p = &self.proposals[*index];
            let holder = &self.actors[p.holder];
            if holder.mentions.is_empty() {
                continue;
            }
            let target = match p.target {
                Entity::Actor(a) if self.actors[a].mentions.is_empty() => continue,
                Entity::Actor(a) => self.actors[a].name.clone(),
                Entity::Issue(i) => self.issues[i].name.clone(),
            };
            if !reported(order) {
                continue;
            }
            if !seen.insert((p.holder, p.target, decision.polarity, p.evidence)) {
                continue;
            }
            *sentences.entry((p.holder, p.target, decision.polarity)).or_default() += 1;
            extraction.stances.push(ExtractedStance {
                holder: holder.name.clone(),
                target,
                target_kind: p.target_kind,
                polarity: decision.polarity,
                // Set below, once every sentence is counted.
                confidence: 0.0,
                evidence: p.evidence,
                cue: p.cue,
                holder_span: Some(p.holder_span),
                target_span: Some(p.target_span),
                rule: p.rule.clone(),
            });
            from.push(order);
        }
        let mut traced = Vec::with_capacity(from.len());
        for (stance, order) in extraction.stances.iter_mut().zip(from) {
            let (index, decision) = &decided[order];
            let p = &self.proposals[*index];
            let count = sentences[&(p.holder, p.target, decision.polarity)];
            let confidence = calibration.confidence(decision.source, decision.probability, count);
            stance.confidence = (confidence * 1000.0).round() / 1000.0;
            traced.push((order, count));
        }
        (extraction, traced)
    }
}

/// Actors and issues as the public types, and which are reported whatever
/// the scorer keeps: organisations always, people, countries and companies when some
/// mention takes part in its sentence (not only "in Houston" or "U.S.
/// senators", by the parse), places that are only places never, media
/// outlets only when they report or hold a stance.
fn assemble(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &Actors,
    issues: &Issues,
    found: &[stances::Found],
    parse: &Parse,
) -> Prepared {
    let in_rules: KeySet<usize> = found.iter().map(|s| s.holder).collect();
    let mentions = |spans: &[Span]| -> Vec<Mention> {
        spans
            .iter()
            .map(|span| Mention {
                text: doc.text[span.start..span.end].to_owned(),
                span: *span,
            })
            .collect()
    };
    let mut prepared = Prepared::default();
    for (index, actor) in actors.list.iter().enumerate() {
        // A country, a person or a company named only as a place ("in
        // Houston") or as a modifier of another noun ("U.S. senators", "the
        // Obama administration", "GM crops") is not an actor of the article.
        // Asked last, as it may parse a sentence.
        let participates = || {
            !matches!(actor.kind, ActorKind::Country | ActorKind::Person | ActorKind::Company)
                || parse.any_participant(lexicon, &actor.mentions)
        };
        prepared.listed.push(
            !actor.mentions.is_empty()
                && (in_rules.contains(&index)
                    || (!actor.media
                        && !actor.generic
                        && (actor.acts || !matches!(actor.kind, ActorKind::Country))
                        && participates())),
        );
        prepared.actors.push(ExtractedActor {
            name: actor.name.clone(),
            kind: actor.kind,
            affiliation: actor.affiliation.clone().filter(|a| a != &actor.name),
            mentions: mentions(&actor.mentions),
        });
    }
    for issue in &issues.list {
        prepared.issue_listed.push(issue.mentions.len() >= 2);
        prepared.issues.push(ExtractedIssue {
            name: issue.name.clone(),
            mentions: mentions(&issue.mentions),
        });
    }
    prepared
}
