//! Links cues to holders and targets, sentence by sentence.
//!
//! Within a sentence the rules work on clauses (cut at "but", "while", ";"
//! and after verbs of saying): a verb cue's holder is the first actor of its
//! clause with anyone coordinated to it ("Germany and France"), its target the
//! first actor or issue after it; a passive ("was condemned by X") swaps them;
//! a noun cue takes a possessive or adjacent holder ("US objections"); an
//! evaluation ("would be profoundly wrong") is the speaker's stance on what
//! the reported clause is about. A spokesperson's words are their principal's,
//! negation flips or weakens, hedges lower confidence. It never invents
//! actors: every holder and target is a mention found earlier.

use super::actors::{Actors, Via};
use super::clauses::{quote_mark, Entity, Item, SentenceReader, SUBJECT_PRONOUNS};
use super::confidence::{self, Evidence};
use super::cues::{self, CueHit, SentenceCues};
use super::document::Document;
use super::issues::{IssueFound, Issues, DETERMINERS};
use super::lexicon::{Frame, Lexicon, PhraseRole, WordClass};
use super::parse::Parse;
use super::tokens::is_capitalised;
use crate::model::{ActorKind, Polarity, TargetKind};
use standpoint_syntax::Upos;

/// Words that may stand between a clause's subject and its verb: "the deal
/// would favour China", "the plan does not help Kyiv".
const AUXILIARIES: [&str; 16] = [
    "will", "would", "could", "should", "may", "might", "can", "must", "has", "have", "had", "does", "do", "did",
    "not", "also",
];

/// A stance found by the rules, before it is turned into the public type.
#[derive(Debug, Clone)]
pub struct Found {
    pub holder: usize,
    pub target: Entity,
    pub polarity: Polarity,
    pub confidence: f64,
    pub sentence: usize,
    pub cue: (usize, usize),
    pub holder_tokens: Option<(usize, usize)>,
    /// How the holder is reached at `holder_tokens`.
    pub holder_via: Via,
    pub target_tokens: Option<(usize, usize)>,
    pub rule: String,
}

/// What the rules read in a document: their stances, and who speaks the
/// sentences that only continue someone's quotation.
#[derive(Debug, Default)]
pub struct Findings {
    pub found: Vec<Found>,
    /// For each sentence: when it is a quotation (or continues one) with no
    /// speaker of its own, the actor whose quote it continues.
    pub carried_speaker: Vec<Option<usize>>,
}

/// Reads the sentences of `doc` that `wanted` names for stances (`cues` are
/// its sentences' cues). What one sentence hands the next (its subject for an
/// "it", its speaker, an open quotation, a pair for "both leaders") is still
/// followed through every sentence: none of it depends on what the
/// sentence's stances are.
pub fn find(
    doc: &Document,
    lexicon: &Lexicon,
    cues: &SentenceCues,
    actors: &Actors,
    issues: &Issues,
    parse: &Parse,
    wanted: impl Fn(usize) -> bool,
) -> Findings {
    let mut stances = Vec::new();
    let mut carried_speaker = vec![None; doc.sentences.len()];
    let mut quote_speaker: Option<Item> = None;
    let mut quote_open = false;
    let mut previous_subject: Option<Item> = None;
    let mut previous_object: Option<Item> = None;
    let mut last_speaker: Option<Item> = None;
    let mut previous_group: Vec<Item> = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let mut reader = SentenceReader::new(doc, lexicon, actors, issues, parse, cues, index);
        let first = reader.first;
        reader.previous_subject = previous_subject;
        reader.previous_group = std::mem::take(&mut previous_group);
        reader.previous_object = previous_object;
        previous_subject = reader.first_subject().or(previous_subject);
        previous_object = reader.first_object();
        reader.quoted_at_start = quote_open;
        let own_speaker = reader.speaker();
        // A quotation with no attribution continues the previous speaker's.
        let opens_quote = first < sentence.end && super::clauses::quote_mark(doc, first, quote_open) == Some(true);
        let speaker = own_speaker
            .or(quote_speaker)
            .or(if opens_quote { last_speaker } else { None });
        reader.speaker = speaker;
        if let Some(own) = own_speaker {
            reader.co_speakers = reader.conjuncts_of(own);
        }
        if own_speaker.is_none() {
            carried_speaker[index] = speaker.and_then(|s| match s.entity {
                Entity::Actor(actor) => Some(actor),
                Entity::Issue(_) => None,
            });
        }
        if wanted(index) {
            reader.read(speaker, &mut stances);
        }
        // A quotation left open carries its speaker into the next sentence.
        quote_open = reader.leaves_quote_open();
        quote_speaker = if quote_open { speaker } else { None };
        last_speaker = speaker;
        let group = reader.last_group();
        previous_group = if group.is_empty() {
            std::mem::take(&mut reader.previous_group)
        } else {
            group
        };
    }
    Findings {
        found: stances,
        carried_speaker,
    }
}

/// The rules read again once the cue arguments are issues (`arguments`):
/// "Mexico and Kuwait protect their national resources from foreign firms"
/// names its target by the cue's object, which no head-noun rule knows, so
/// the first reading found no target. Kept: findings on an issue mention
/// added after `known` whose holder and cue the first reading (`before`)
/// linked to nothing.
#[allow(clippy::too_many_arguments)]
pub fn on_arguments(
    doc: &Document,
    lexicon: &Lexicon,
    cues: &SentenceCues,
    actors: &Actors,
    issues: &Issues,
    parse: &Parse,
    known: usize,
    before: &[Found],
) -> Vec<Found> {
    let added = &issues.found[known.min(issues.found.len())..];
    if added.is_empty() {
        return Vec::new();
    }
    // "Britain condemned the attack, but Turkey defended it": a pronoun
    // standing for an added issue names it too.
    let is_added = |f: &Found| {
        // "backed the lawsuit against Google": a stance derived from backing an added issue.
        let against = f.cue.0;
        if f.rule.ends_with(BACKING_AGAINST) {
            return added.iter().any(|m| m.first < against && against <= m.end);
        }
        let Entity::Issue(issue) = f.target else {
            // "backs closer ties with Japan": the partner an added relation names.
            return f.target_tokens.is_some_and(|(first, _)| {
                added
                    .iter()
                    .any(|m| m.first < first && first <= m.end + 1 && (m.first..first).any(|k| doc.low(k) == "with"))
            });
        };
        f.target_tokens.is_some_and(|(first, end)| {
            added.iter().any(|m| (m.first, m.end) == (first, end))
                || (end == first + 1
                    && matches!(doc.low(first), "it" | "this" | "that")
                    && added.iter().any(|m| m.issue == issue && m.end <= first))
        })
    };
    // Only sentences holding a new issue, or the next one (whose "it" may
    // stand for it), can give what is kept.
    let mut holds_added = vec![false; doc.sentences.len()];
    for m in added {
        if let Some(&s) = doc.sentence_of.get(m.first) {
            holds_added[s] = true;
            if let Some(next) = holds_added.get_mut(s + 1) {
                *next = true;
            }
        }
    }
    find(doc, lexicon, cues, actors, issues, parse, |s| holds_added[s])
        .found
        .into_iter()
        .filter(|f| is_added(f))
        .filter(|f| {
            !before
                .iter()
                .any(|b| b.sentence == f.sentence && b.holder == f.holder && b.cue == f.cue)
        })
        .map(|f| Found {
            rule: format!("{} (argument)", f.rule),
            ..f
        })
        .collect()
}

/// The end of the rule name of a stance derived from backing what is
/// against its target.
const BACKING_AGAINST: &str = " (backing what is against)";

/// How much refusing to wage or enact a measure says about opposing it.
const REFUSED_MEASURE_WEIGHT: f64 = 0.7;

/// Most words between a verb of naming and what it calls its object: "called
/// the EU's new budget plan a disgrace".
const MAX_NAMED_OBJECT: usize = 8;

impl SentenceReader<'_> {
    /// The finding of this sentence that `holder` (its actor and where the
    /// reader met it) takes `polarity` towards `target`, read from the cue at
    /// tokens `cue` with `evidence`: the one way every rule that has placed
    /// both mentions states what it read.
    pub(super) fn finding(
        &self,
        (holder_actor, holder): (usize, &Item),
        target: &Item,
        polarity: Polarity,
        evidence: &Evidence,
        cue: (usize, usize),
        rule: String,
    ) -> Found {
        Found {
            holder: holder_actor,
            target: target.entity,
            polarity,
            confidence: confidence::score(evidence),
            sentence: self.index,
            cue,
            holder_tokens: Some((holder.first, holder.end)),
            holder_via: holder.via,
            target_tokens: Some((target.first, target.end)),
            rule,
        }
    }

    pub(super) fn read(&self, speaker: Option<Item>, out: &mut Vec<Found>) {
        let before = out.len();
        self.read_cues(speaker, out);
        self.read_refused_measures(out);
        self.read_deontic(out);
        self.read_relations(out);
        self.share_against(before, out);
        self.oppose_what_backed_is_against(before, out);
        self.share_with_commentator(before, out);
    }

    /// "approved new measures against Iran", "backed the lawsuit against
    /// Google": backing a thing that is against an actor opposes the actor
    /// (the actors coordinated after it too). Opposing the thing says
    /// nothing of the actor.
    fn oppose_what_backed_is_against(&self, before: usize, out: &mut Vec<Found>) {
        let mut derived = Vec::new();
        // "defended his budget against Tory criticism": what a defence is
        // against is no part of what is defended.
        let backing =
            |f: &&Found| f.polarity == Polarity::Support && !self.doc.low_is(WordClass::DefendingVerbs, f.cue.0);
        for backed in out[before..].iter().filter(backing) {
            let (Entity::Issue(_), Some((first, end))) = (backed.target, backed.target_tokens) else {
                continue;
            };
            // Inside the issue's phrase or right after its head ("the war against Iraq").
            let Some(against) = (first + 1..=end).find(|&k| self.doc.low(k) == "against") else {
                continue;
            };
            let at =
                |i: &&Item| i.first == against + 1 || (self.doc.low(against + 1) == "the" && i.first == against + 2);
            // Not an actor that only modifies a noun ("measures against the U.S. media").
            let Some(object) = self
                .actor_items()
                .find(at)
                .filter(|i| self.modified_noun(i).is_none())
                .copied()
            else {
                continue;
            };
            for target in self.coordinated_objects(object, self.clause_end(object.end)) {
                let exists = |f: &Found| f.holder == backed.holder && f.target == target.entity;
                if Entity::Actor(backed.holder) == target.entity
                    || out[before..].iter().any(exists)
                    || derived.iter().any(exists)
                {
                    continue;
                }
                derived.push(Found {
                    target: target.entity,
                    polarity: Polarity::Oppose,
                    confidence: backed.confidence * 0.8,
                    cue: (against, against + 1),
                    target_tokens: Some((target.first, target.end)),
                    rule: format!("{}{BACKING_AGAINST}", backed.rule),
                    ..backed.clone()
                });
            }
        }
        out.extend(derived);
    }

    /// "stand with Turkey against the PKK": "against" right after a stance's
    /// target opposes its object on behalf of that stance's holders.
    fn share_against(&self, before: usize, out: &mut Vec<Found>) {
        let mut shared = Vec::new();
        for against in out[before..]
            .iter()
            .filter(|s| self.doc.low(s.cue.0) == "against" && s.cue.1 == s.cue.0 + 1)
        {
            for lead in out[before..]
                .iter()
                .filter(|s| s.polarity == Polarity::Support && s.target_tokens.is_some_and(|t| t.1 == against.cue.0))
            {
                // The ally stood with is against it too ("with Turkey against the PKK").
                let ally = match lead.target {
                    Entity::Actor(ally) => Some((ally, lead.target_tokens, Via::Name, 0.8)),
                    Entity::Issue(_) => None,
                };
                for (holder, tokens, via, factor) in
                    std::iter::once((lead.holder, lead.holder_tokens, lead.holder_via, 1.0)).chain(ally)
                {
                    let exists = |f: &Found| f.holder == holder && f.target == against.target;
                    if Entity::Actor(holder) == against.target
                        || out[before..].iter().any(exists)
                        || shared.iter().any(exists)
                    {
                        continue;
                    }
                    shared.push(Found {
                        holder,
                        holder_tokens: tokens,
                        holder_via: via,
                        confidence: against.confidence.min(lead.confidence) * factor,
                        rule: format!("{} (with {})", against.rule, lead.rule),
                        ..against.clone()
                    });
                }
            }
        }
        out.extend(shared);
    }

    /// "Berlin welcomed the decision, with finance minister Hans Eichel
    /// saying …": the person commenting shares the stances stated before.
    fn share_with_commentator(&self, before: usize, out: &mut Vec<Found>) {
        let Some(with) = (self.first + 1..self.end).find(|&k| self.doc.low(k) == "with" && self.doc.word(k - 1) == ",")
        else {
            return;
        };
        let Some(person) = self
            .actor_items()
            .find(|i| i.first > with && i.first <= with + 4 && self.doc.low_is(WordClass::SpeechGerunds, i.end))
        else {
            return;
        };
        let Entity::Actor(person_actor) = person.entity else {
            return;
        };
        let shared: Vec<Found> = out[before..]
            .iter()
            .filter(|s| s.cue.1 <= with && s.holder != person_actor)
            .map(|s| Found {
                holder: person_actor,
                confidence: s.confidence * 0.8,
                holder_tokens: Some((person.first, person.end)),
                holder_via: person.via,
                rule: format!("{} (shared by commentator)", s.rule),
                ..s.clone()
            })
            .collect();
        out.extend(shared);
    }

    /// "warned that developing nations could lose jobs": the subject of the
    /// clause after "that" who loses or suffers is the harm's victim, not
    /// what the cue opposes or backs. A listener may stand before "that"
    /// ("warned the EU that …"). A possessor ("Bangladesh's workers could
    /// lose") is not the clause's subject and is not spared.
    fn harmed_subject(&self, hit: &CueHit, target: &Item) -> bool {
        let Some(that) = (hit.end..target.first.min(hit.end + 6)).find(|&k| self.doc.low(k) == "that") else {
            return false;
        };
        let span = self.doc.span(target.first, target.end);
        (that + 1..target.first).all(|k| DETERMINERS.contains(&self.doc.low(k)))
            && self.parse.subject_of(span.start, span.end).is_some_and(|(start, end)| {
                self.lexicon
                    .is(WordClass::SufferingVerbs, &self.doc.text[start..end].to_lowercase())
            })
    }

    /// "Russia sought to influence the election": seeking to act names an
    /// aim (the goal `issues` makes of it), which may be covert or hostile;
    /// the aim's own cue, if any, carries the stance, the seeking none.
    fn sought_aim(&self, hit: &CueHit) -> bool {
        self.doc.low_is(WordClass::SeekingVerbs, hit.first)
            && hit.end == hit.first + 1
            && self.doc.low(hit.end) == "to"
            && self.doc.is_word(hit.end + 1)
    }

    fn read_cues(&self, speaker: Option<Item>, out: &mut Vec<Found>) {
        let hits = self.cues;
        let mut suppressed = vec![false; hits.len()];
        // "want to tear up", "threatened to pull out": the complement carries
        // the stance; the volitional verb only adds its negation.
        for (n, hit) in hits.iter().enumerate() {
            // "threatened to pull the US out of it": a threat to act is a wish to
            // act, so the threatened act is no target of opposition.
            if hit.cue.polarity == Polarity::Oppose
                && self.doc.low_is(WordClass::Volitional, hit.first)
                && self.doc.low(hit.end) == "to"
                && self.doc.is_word(hit.end + 1)
            {
                suppressed[n] = true;
            }
            if self.sought_aim(hit) {
                suppressed[n] = true;
            }
            if let Some(next) = hits.get(n + 1) {
                // "voted against scrapping the tax", "warned against
                // abandoning the deal": the act's own cue, turned round,
                // carries the stance.
                if next.first == hit.end && self.against_act(next) {
                    suppressed[n] = true;
                }
                // ("warned against scrapping": the warning too.)
                if self.doc.low(hit.end) == "against"
                    && hits.iter().any(|h| h.first == hit.end + 1 && self.against_act(h))
                {
                    suppressed[n] = true;
                }
                let to = self.doc.low(hit.end) == "to" && next.first == hit.end + 1;
                if to && hit.cue.frame != Frame::Eval && next.cue.frame == Frame::Verb {
                    suppressed[n] = true;
                    // "was being urged to push for": someone else's wish.
                    if self.is_passive_form(hit.first) {
                        suppressed[n + 1] = true;
                    }
                }
            }
        }
        for (n, hit) in hits.iter().enumerate() {
            // ("Critics of the plan include Germany": the group the noun
            // names gives way to those listed.)
            if suppressed[n]
                || self
                    .items
                    .iter()
                    .any(|i| matches!(i.entity, Entity::Actor(_)) && i.first <= hit.first && hit.first < i.end)
                    && self.included(hit).is_none()
            {
                continue;
            }
            // The negation of "do not want to tear up" sits before "want".
            let chained = n > 0 && suppressed[n - 1];
            let negation_point = if chained { hits[n - 1].first } else { hit.first };
            // "refusal to sign": the chained cue itself negates.
            let negated_by_chain = chained && self.doc.low_is(WordClass::NegVerbs, hits[n - 1].first);
            let chain = chained.then(|| &hits[n - 1]);
            self.read_cue(hit, negation_point, chain, negated_by_chain, speaker, out);
        }
    }

    fn read_cue(
        &self,
        hit: &CueHit,
        negation_point: usize,
        chain: Option<&CueHit>,
        negated_by_chain: bool,
        speaker: Option<Item>,
        out: &mut Vec<Found>,
    ) {
        let cue = hit.cue;
        // "condemned U.S. sanctions against Russian banks": "against" inside
        // an issue's phrase names what the issue is against, a stance of the
        // issue's makers, not of the clause's subject, unless the subject
        // wages it ("launched air strikes against Hamas"); so does "against"
        // right after an issue's head, whose phrase ends before the actor
        // ("opposed the war against Iraq").
        if cue.frame == Frame::Adj && cue.rest.is_empty() && self.inside_noun_phrase(hit) {
            return;
        }
        // "Iran accused it of attacking its nuclear sites": the charge is the
        // blamed one's act, no stance of the clause's subject.
        // So is "Israel accused Iran of arming Hezbollah": arming is Iran's.
        if cue.frame == Frame::Verb
            && hit.first >= self.first + 2
            && matches!(self.doc.low(hit.first - 1), "of" | "for")
            && (self.blamed_pronoun(hit.first - 2, hit.first - 1).is_some() || self.blamed_actor(hit.first - 1))
        {
            return;
        }
        if self.asked_whether(hit.first) || (cue.frame == Frame::Noun && self.doubted_subject(hit)) {
            return;
        }
        let chained = chain.is_some();
        let mut clause_end = self.clause_end(hit.end);
        // "…, EU Trade Commissioner Peter Mandelson has announced": a trailing
        // attribution is not the cue's target.
        if let Some(speaker) = speaker.filter(|s| s.first > hit.end && s.first < clause_end) {
            let comma = (hit.end..speaker.first)
                .rev()
                .find(|&k| matches!(self.doc.word(k), "," | "”" | "\""));
            clause_end = comma.unwrap_or(speaker.first);
        }
        let mut evidence = Evidence {
            cue_weight: cue.weight,
            ..Evidence::default()
        };
        let mut polarity_override = None;
        // "defended its refusal to impose sanctions": the cue judges a refusal.
        let mut refusal_judged = false;
        let relative_act = (cue.frame == Frame::Verb).then(|| self.apposed_relative(hit)).flatten();
        let (holders, targets, rule) = match cue.frame {
            Frame::Verb if self.is_passive(hit) => {
                if self.required_passive(hit.first) {
                    return;
                }
                // "criticised by President Emmanuel Macron", "by Germany's
                // finance minister, Christian Lindner": a title may stand
                // before the agent's name.
                let Some(agent) = self.passive_agent(hit) else {
                    return;
                };
                // "was criticised by several groups, including Amnesty": the
                // examples of an unnamed agent hold the stance.
                let named = self
                    .titled_agent(agent)
                    .or_else(|| self.actor_items().find(|i| i.first == agent).copied());
                let Some(first) = named.or_else(|| self.example_after(agent)) else {
                    return;
                };
                let mut holders = self.coordinated(first, self.end);
                if named.is_some() {
                    if let Some(example) = holders.last().and_then(|last| self.example_after(last.end)) {
                        holders.extend(self.coordinated(example, self.end));
                    }
                }
                let start = self.clause_start(hit.first);
                // "patrols …, which have been continued by X": the relative's antecedent.
                let relative = (start..hit.first)
                    .rev()
                    .find(|&m| matches!(self.doc.low(m), "which" | "that"));
                let target = match relative {
                    // "Hamas, which is backed by Iran": the actor right before
                    // it is the antecedent too.
                    Some(relative) => {
                        let adjacent = if self.doc.word(relative.saturating_sub(1)) == "," {
                            relative - 1
                        } else {
                            relative
                        };
                        self.actor_items()
                            .find(|i| i.end == adjacent && !holders.iter().any(|h| h.entity == i.entity))
                            .or_else(|| {
                                self.items
                                    .iter()
                                    .rev()
                                    .find(|i| i.end <= relative && matches!(i.entity, Entity::Issue(_)))
                            })
                            .copied()
                    }
                    // "Calls from Greenpeace for a ban were rejected by Japan":
                    // what is asked for is rejected, not the asker.
                    None => self
                        .items
                        .iter()
                        .find(|i| i.first >= start && i.end <= hit.first && !self.asker(i))
                        .copied()
                        .or_else(|| self.shared_passive_subject(start, hit.first)),
                };
                // "would blow apart the deal, a course opposed by X": X takes a
                // stance on the act the apposition names, so on its target.
                if let Some((act_target, act_polarity)) = hit.first.checked_sub(1).and_then(|n| self.apposed_act(n)) {
                    polarity_override = Some(if act_polarity == Polarity::Oppose {
                        cue.polarity.flipped()
                    } else {
                        cue.polarity
                    });
                    (
                        holders,
                        vec![act_target],
                        format!("passive:{} by (apposition)", cue.lemma),
                    )
                } else {
                    (
                        holders,
                        target.into_iter().collect::<Vec<_>>(),
                        format!("passive:{} by", cue.lemma),
                    )
                }
            }
            Frame::Verb if self.is_passive_form(hit.first) => return,
            // "rejected calls for an inquiry": a verb cue's -s form used as a
            // plural noun; right after a name it is the name's verb ("John
            // Smith opposes GM crops", which the tagger reads as one phrase).
            // ("Germany led calls for sanctions", "joined calls for a ban":
            // a plural noun of asking that the subject leads or joins asks
            // with the subject's voice, read as the verb.)
            Frame::Verb
                if self.doc.low(hit.first).ends_with('s')
                    && !self.after_subject(hit.first)
                    && !(cue.polarity == Polarity::Support
                        && cue.rest.last().map(String::as_str) == Some("for")
                        && self.waged(hit.first))
                    && self.parse.is_noun(self.doc.span(hit.first, hit.first + 1)) == Some(true) =>
            {
                // "The union staged protests against the reform": a plural
                // noun of protest that the subject stages or joins is
                // against what follows, as its "against" says.
                let against = (cue.rest.last().map(String::as_str) == Some("against") && self.waged(hit.first))
                    .then(|| self.lexicon.cues.get("against"))
                    .flatten()
                    .and_then(|cues| {
                        cues.iter()
                            .find(|c| c.frame == Frame::Adj && c.rest.is_empty() && !c.blocking)
                    });
                if let Some(against) = against {
                    let hit = CueHit {
                        first: hit.end - 1,
                        end: hit.end,
                        gap: None,
                        cue: against,
                    };
                    self.read_cue(&hit, hit.first, None, false, speaker, out);
                }
                return;
            }
            // "…, a move Pyongyang condemned": the relative clause's subject
            // takes a stance on the act the apposition names.
            Frame::Verb if relative_act.is_some() => {
                let (holder, act_target, act_polarity) = relative_act.expect("checked by the guard");
                polarity_override = Some(if act_polarity == Polarity::Oppose {
                    cue.polarity.flipped()
                } else {
                    cue.polarity
                });
                (
                    vec![holder],
                    vec![act_target],
                    format!("verb:{} (apposition)", cue.lemma),
                )
            }
            // "bringing sanctions back.": a bare verb cue needs an object. A
            // quotation may close on the verb first: it "strongly condemns"
            // the attack (one that opens there quotes a name, no object). A
            // relative pronoun stands for it: "the treaty, which Kyiv condemned."
            Frame::Verb
                if cue.rest.is_empty()
                    && !self.doc.is_word(hit.end)
                    && !(quote_mark(self.doc, hit.end, self.in_quotes(hit.end)) == Some(false)
                        && self.doc.is_word(hit.end + 1))
                    && self.relative_antecedent(hit.first).is_none() =>
            {
                return
            }
            // "abstained from the UN vote condemning Russia": the vote's stance,
            // which its abstainer does not take.
            Frame::Verb if chain.is_none() && self.disowned_noun(hit) => return,
            Frame::Verb | Frame::Adj => {
                // "the U.S. commitment to stand with Turkey": the noun's holder.
                let noun_chain = chain.filter(|c| c.cue.frame == Frame::Noun);
                let mut holders = match noun_chain {
                    Some(noun) => self.noun_holder(noun, speaker, &mut evidence),
                    None => self
                        .infinitive_subject(hit.first)
                        .unwrap_or_else(|| self.subject(hit.first)),
                };
                if let Some(verb) = self.refused_request(hit) {
                    holders.retain(|h| h.first > verb);
                    if holders.is_empty() {
                        return;
                    }
                }
                if holders.is_empty() && !self.thing_subject(hit) {
                    holders.extend(self.fallback_holder(hit.first, speaker));
                    evidence.holder_is_speaker = !holders.is_empty();
                }
                holders.extend(self.joined_in(hit.first));
                let (from, to) = hit.gap.unwrap_or((hit.end, clause_end));
                let targets = if self.doc.low(hit.end) == "each" && self.doc.low(hit.end + 1) == "other" {
                    Vec::new()
                } else {
                    self.target_in(from, to.min(hit.end + 14).max(from), &holders)
                        .filter(|t| self.under_cue(hit, t))
                        .into_iter()
                        .collect()
                };
                // "rejected calls for new talks": what the calls ask for is
                // the target when it follows "for" right away; a thing named
                // further in the request ("calls for an inquiry into the
                // deal") is no part of it, and the calls are the object.
                let asked = (from..to.min(from + 3))
                    .find(|&k| self.doc.low(k) == "for" && k > from && self.doc.low_is(WordClass::RequestNouns, k - 1));
                let targets: Vec<Item> = match asked {
                    Some(k) => targets
                        .into_iter()
                        .filter(|t| {
                            t.first <= k
                                || t.first <= k + 4
                                    && (k + 1..t.first).all(|m| {
                                        self.doc.is_word(m)
                                            && !matches!(
                                                self.doc.low(m),
                                                "of" | "into"
                                                    | "on"
                                                    | "over"
                                                    | "about"
                                                    | "against"
                                                    | "with"
                                                    | "by"
                                                    | "to"
                                                    | "in"
                                                    | "for"
                                                    | "from"
                                                    | "at"
                                                    | "and"
                                                    | "or"
                                            )
                                    })
                        })
                        .collect(),
                    None => targets,
                };
                // "condemned aggression by Russia", "resisted pressure from
                // Berlin": opposing a hostile act opposes the actor it comes
                // from, not the bare noun.
                let source = (cue.frame == Frame::Verb && cue.polarity == Polarity::Oppose)
                    .then(|| self.hostile_source(from, to))
                    .flatten()
                    .or_else(|| (cue.frame == Frame::Verb).then(|| self.refuser(from)).flatten());
                // "defended its refusal to back the sanctions", "criticised the
                // refusal to impose sanctions": backing a refusal of an act
                // opposes what the act would back, and the reverse; a refused
                // act of opposition ("its refusal to condemn Russia") says
                // nothing either way, unless it imposes a penalty.
                if cue.frame == Frame::Verb && source.is_none() {
                    if let Some(verb) = self.refused_verb(from) {
                        let act = self.cues.iter().find(|h| h.first == verb);
                        if act.is_some_and(|a| a.cue.polarity == Polarity::Oppose && self.refused_penalty(a).is_none())
                        {
                            return;
                        }
                        refusal_judged = true;
                    }
                }
                // "condemned the visit by the US Speaker to Taiwan": the object
                // is the visit, an issue the cue arguments name, not an actor
                // inside its phrase.
                let targets: Vec<Item> = if let Some(source) = source {
                    vec![source]
                } else if cue.frame == Frame::Verb
                    && cue.rest.is_empty()
                    && targets.first().is_some_and(|t| self.inside_noun_object(hit, t))
                {
                    return;
                } else {
                    targets
                };
                // "to stop arming Taiwan": what is stopped is the act, whose
                // bearing on its own object the stop leaves unsaid.
                let stops_act = cue.frame == Frame::Verb
                    && (self.doc.low_is(WordClass::NegVerbs, hit.first)
                        || self.doc.low_is(WordClass::Reverse, hit.first))
                    && self.doc.is_word(hit.end)
                    && self.doc.low(hit.end).ends_with("ing");
                if stops_act && targets.first().is_some_and(|t| matches!(t.entity, Entity::Actor(_))) {
                    return;
                }
                let targets = if targets.is_empty() {
                    self.relative_antecedent(hit.first).into_iter().collect()
                } else {
                    targets
                };
                // "urged the administration to safeguard trade": the wish is about
                // the act, which the next cue or issue carries, not the addressee.
                // "demanded that Iran release the sailors": the subject of the
                // clause after "that" is an addressee too.
                let addressed = |t: &Item| {
                    let urged_to = self.doc.low(t.end) == "to"
                        && (t.end + 1..t.end + 3).any(|k| self.doc.tokens.get(k).is_some_and(|n| n.is_word))
                        && !self.exit_follows(t.end);
                    let urged_that = self.doc.low(hit.end) == "that" && t.first == hit.end + 1;
                    // "warned the EU that lifting the embargo would damage
                    // relations": the listener hears the warning; what it is
                    // about follows "that".
                    let told_that = self.doc.low(t.end) == "that"
                        && (hit.end..t.first).all(|k| self.doc.low(k) == "the")
                        && self.doc.low_is(WordClass::ListenerVerbs, hit.first);
                    matches!(t.entity, Entity::Actor(_))
                        && ((urged_to || urged_that) && self.doc.low_is(WordClass::Directive, hit.first) || told_that)
                };
                let targets: Vec<Item> = match targets.first() {
                    // Look past the addressees for what they are urged to do.
                    Some(first) if addressed(first) => {
                        let group = self.coordinated(*first, to.max(first.end));
                        let after = group.iter().map(|g| g.end).max().unwrap_or(first.end);
                        let after = if self.doc.low(after) == "that" {
                            after + 1
                        } else {
                            (after..to.max(after))
                                .find(|&k| self.doc.low(k) == "to")
                                .map_or(after, |k| k + 1)
                        };
                        let wished: Vec<Item> = self
                            .target_in(after, to.max(after + 1), &holders)
                            .into_iter()
                            .filter(|t| !addressed(t) && self.under_cue(hit, t))
                            .collect();
                        // "urged Israel to halt its offensive": asking for an
                        // end to a thing opposes it (an issue named by the
                        // undoing act itself, "to end the blockade", is backed).
                        // "to stop the settlement expansion": stopping a
                        // thing named after it is ending it too.
                        let undoing = self.doc.low(after - 1) == "to"
                            && (self.doc.low_is(WordClass::Reverse, after)
                                || matches!(self.doc.low(after), "stop" | "cease" | "quit")
                                    && !self.doc.low(after + 1).ends_with("ing"))
                            && !self.items.iter().any(|i| i.first == after);
                        // "urged Washington to stop interfering", "to stop
                        // bombing Ukraine": asking to stop an act opposes the
                        // addressees, whose act it is; how the act bears on
                        // its own object the wish leaves unsaid.
                        let stops_own_act = self.doc.low(after - 1) == "to"
                            && matches!(self.doc.low(after), "stop" | "cease" | "quit")
                            && self.doc.low(after + 1).ends_with("ing");
                        if stops_own_act {
                            polarity_override = Some(cue.polarity.flipped());
                            group
                        } else {
                            if undoing && !wished.is_empty() {
                                polarity_override = Some(cue.polarity.flipped());
                            }
                            wished
                        }
                    }
                    _ => targets,
                };
                // Checked past the listeners: "warned the EU that Bangladesh
                // could lose jobs" spares Bangladesh as "warned that" does.
                if targets.first().is_some_and(|t| self.harmed_subject(hit, t)) {
                    return;
                }
                // "defended his budget against Tory criticism": an actor
                // qualifying a stance noun is that noun's holder, which the
                // noun's own reading gives, not what "against" opposes.
                if cue.frame == Frame::Adj
                    && targets.first().is_some_and(|t| {
                        matches!(t.entity, Entity::Actor(_)) && self.doc.low_is(WordClass::AttitudeNouns, t.end)
                    })
                {
                    return;
                }
                // "rejected criticism of the plan", "dismissed concerns about
                // the deal": a noun of opposing that the verb takes as its
                // object turns the verb's polarity toward what the noun is
                // about (not a hostile act's: "condemned the attacks on").
                if cue.frame == Frame::Verb && polarity_override.is_none() {
                    let object = targets.first().and_then(|t| self.stance_noun_object(hit.end, t.first));
                    if object == Some(Polarity::Oppose) {
                        polarity_override = Some(cue.polarity.flipped());
                    }
                }
                // "criticised Washington's decision to sell arms", "welcomed
                // the US move": what is said of an actor's decision, move or
                // plan is said of the actor too.
                let mut targets = targets;
                if cue.frame == Frame::Verb && targets.len() == 1 {
                    if let Some(owner) = self.intent_owner(&targets[0]) {
                        targets.push(owner);
                    }
                }
                let kind = if cue.frame == Frame::Adj { "adj" } else { "verb" };
                (holders, targets, format!("{kind}:{}", cue.lemma))
            }
            Frame::Noun => {
                // "The backing of Russia worries NATO": a giver named with "of"
                // in the clause's subject leaves what is backed unsaid.
                if self.doc.low(hit.end) == "of"
                    && self.noun_agent(hit).is_some()
                    && self.clause_start(hit.first) + 1 == hit.first
                {
                    return;
                }
                let holders = self.noun_holder(hit, speaker, &mut evidence);
                // "concern to Turkey's prime minister about the arrests": "to" names
                // the listener unless no other preposition follows.
                let window = hit.end..(hit.end + 10).min(clause_end);
                let is_preposition = |k: usize| {
                    matches!(
                        self.doc.low(k),
                        "of" | "over"
                            | "about"
                            | "for"
                            | "with"
                            | "against"
                            | "at"
                            | "on"
                            | "toward"
                            | "towards"
                            | "regarding"
                    )
                };
                // "a critic of the sanctions on Russia", "a push for sanctions
                // on Iran": a cue that ends in its preposition has its object
                // right after it.
                let own_preposition = hit.end > hit.first + 1 && is_preposition(hit.end - 1);
                let preposition = window
                    .clone()
                    .filter(|_| !own_preposition)
                    .find(|&k| is_preposition(k))
                    // "demands from the EU for reforms": the preposition after the noun's source.
                    .filter(|&k| {
                        k <= hit.end + 2
                            || self.doc.low(hit.end) == "to"
                            || !self.doc.is_word(hit.end)
                            || self.noun_agent(hit).is_some_and(|a| a.end == k)
                    })
                    .or_else(|| {
                        window
                            .clone()
                            .filter(|_| !own_preposition)
                            .find(|&k| self.doc.low(k) == "to")
                            .filter(|&k| k <= hit.end + 2)
                    })
                    .or(own_preposition.then(|| hit.end - 1));
                // "filed a complaint with the WTO against the tariffs",
                // "lodged a protest with the embassy over the arrests": what
                // is filed "with" a body is heard by it; what it is about
                // follows another preposition, or the sentence leaves it unsaid.
                let filed =
                    (hit.first.saturating_sub(3)..hit.first).any(|k| self.doc.low_is(WordClass::FilingVerbs, k));
                let preposition = match preposition {
                    Some(p) if filed && self.doc.low(p) == "with" => {
                        match (p + 1..window.end)
                            .find(|&k| matches!(self.doc.low(k), "against" | "over" | "about" | "on" | "regarding"))
                        {
                            Some(k) => Some(k),
                            None => return,
                        }
                    }
                    other => other,
                };
                // "a phone call with Putin", "Greenpeace calls the plan a
                // disaster": a noun of asking asks for what follows "for".
                if self.doc.low_is(WordClass::RequestNouns, hit.first)
                    && preposition.is_none_or(|p| self.doc.low(p) != "for")
                {
                    return;
                }
                // "need Democratic support to pass legislation": an infinitive of
                // purpose says what the support is for, not whom it backs.
                // ("opposition to lifting the embargo": a gerund after "to"
                // is its object.)
                let purpose = self.doc.low(hit.end) == "to"
                    && self.doc.is_word(hit.end + 1)
                    && !is_capitalised(self.doc.word(hit.end + 1))
                    && (!self.doc.low(hit.end + 1).ends_with("ing") || self.doc.low(hit.end + 1).len() <= 5)
                    && !matches!(
                        self.doc.low(hit.end + 1),
                        "the" | "a" | "an" | "its" | "their" | "his" | "her"
                    )
                    && !self.items.iter().any(|i| i.first == hit.end + 1);
                if purpose {
                    return;
                }
                // "India's refusal angered Washington": a verb right after the
                // noun makes it a subject; what the verb does is no target.
                if preposition.is_none()
                    && !own_preposition
                    && self.doc.is_word(hit.end)
                    && self.parse.is_verb(self.doc.span(hit.end, hit.end + 1)) == Some(true)
                {
                    return;
                }
                let from = if self.doc.low(hit.end) == "to" {
                    hit.end + 1
                } else {
                    preposition.map_or(hit.end, |p| p + 1)
                };
                let mut targets: Vec<Item> = self
                    .target_in(from, (from + 8).min(clause_end.max(from)), &holders)
                    .into_iter()
                    .collect();
                // "opposition to the arms sale to Taiwan": as for a verb, the
                // sale, which the cue arguments name, not an actor inside it.
                if targets.first().is_some_and(|t| self.inside_noun_object(hit, t)) {
                    return;
                }
                // "Poland's opposition to the budget stalled the talks": the
                // noun in a clause's subject opposes nothing its verb takes.
                // ("opposition to lifting the embargo", "support for ending
                // the blockade": the gerund is no verb of a clause.)
                let gerund = self.doc.low(from).ends_with("ing") && self.doc.low(from).len() > 5;
                // ("Support for the deal among EU members is growing",
                // "Support among EU members for the deal": the parse may hang
                // the phrase right after the noun's own preposition, or its
                // holder's, on the verb; it is the noun's all the same.)
                let own = |p: usize| p == hit.end || self.noun_agent(hit).is_some_and(|a| a.end == p);
                let adjacent = preposition.is_some_and(own)
                    && targets.first().is_some_and(|t| {
                        t.first == from || t.first == from + 1 && matches!(self.doc.low(from), "the" | "a" | "an")
                    });
                let cue_span = self.doc.span(hit.first, hit.end);
                if !gerund
                    && !adjacent
                    && targets
                        .first()
                        .is_some_and(|t| self.parse.verb_apart(cue_span, self.doc.span(t.first, t.end)) == Some(true))
                {
                    return;
                }
                // "Turkey's demand for the US to hand over Gulen": as with a
                // directive verb, the addressee is asked; the wish is the act.
                if let Some(first) = targets.first().copied() {
                    let addressed = matches!(first.entity, Entity::Actor(_))
                        && self.doc.low_is(WordClass::Directive, hit.first)
                        && self.doc.low(first.end) == "to"
                        && self.doc.is_word(first.end + 1);
                    let directive = self.doc.low_is(WordClass::Directive, hit.first);
                    if directive && !addressed && matches!(first.entity, Entity::Actor(_)) {
                        // "Germany's demand for a new vote angered Italy": a demand
                        // is for an act, so an actor not asked to act is no target.
                        targets.clear();
                    }
                    if addressed {
                        let after = first.end + 1;
                        targets = self
                            .target_in(after, (after + 10).min(clause_end.max(after + 1)), &holders)
                            .into_iter()
                            .filter(|t| !matches!(t.entity, Entity::Actor(_)) || t.first > after)
                            .collect();
                    }
                }
                // "demands by the Trump administration that would require …": an
                // actor's own demand is its stated act, so it backs the demand. A
                // demand "for" a thing no one is asked to do is a market's ("India's
                // demand for oil").
                if targets.is_empty()
                    && self.doc.low_is(WordClass::Directive, hit.first)
                    && self.doc.low(hit.end) != "for"
                {
                    targets.extend(
                        self.items
                            .iter()
                            .find(|i| matches!(i.entity, Entity::Issue(_)) && i.first <= hit.first && hit.first < i.end)
                            .copied(),
                    );
                }
                if targets.is_empty() && cue.polarity == Polarity::Support {
                    // "sent Mr Bush his warmest congratulations": the recipient before the noun.
                    let after_holder = holders.iter().map(|h| h.end).max().unwrap_or(hit.first);
                    targets.extend(
                        self.actor_items()
                            .filter(|i| i.first >= after_holder && i.end <= hit.first && i.via == Via::Name)
                            .copied()
                            .last(),
                    );
                }
                // "The proposal met fierce opposition from France", "His comments
                // drew criticism from senators": what the cue's source takes a
                // stance on is the clause's subject before it.
                // "defended his budget against Tory criticism": what the
                // criticism is of is what is defended from it.
                if targets.is_empty() {
                    targets.extend(self.defended_from(hit));
                }
                if targets.is_empty() && self.noun_agent(hit).is_some() {
                    let start = self.clause_start(hit.first);
                    targets.extend(
                        self.items
                            .iter()
                            .find(|i| {
                                i.first >= start && i.end <= hit.first && !holders.iter().any(|h| h.entity == i.entity)
                            })
                            .copied(),
                    );
                }
                let expressed = (hit.first.saturating_sub(4)..hit.first).any(|k| {
                    self.doc.low_is(WordClass::VoicingVerbs, k)
                        || matches!(self.doc.low(k), "despite" | "amid" | "over")
                });
                if targets.is_empty() && cue.polarity == Polarity::Oppose && expressed {
                    targets.extend(self.latest_issue_item(hit.first));
                    evidence.target_guessed = !targets.is_empty();
                }
                (holders, targets, format!("noun:{}", cue.lemma))
            }
            Frame::Affect => {
                // ("angered China and Russia": each one it angers.)
                let holders: Vec<Item> = self
                    .actor_items()
                    .find(|i| i.first >= hit.end && i.first < clause_end)
                    .map(|first| self.coordinated(*first, clause_end))
                    .unwrap_or_default();
                let start = self.clause_start(hit.first);
                // "angered China with freedom of navigation patrols": the means is what angers.
                let means = holders.first().filter(|h| self.doc.low(h.end) == "with").and_then(|h| {
                    self.items
                        .iter()
                        .find(|i| i.first == h.end + 1 && matches!(i.entity, Entity::Issue(_)))
                        .copied()
                });
                let before: Vec<Item> = self
                    .items
                    .iter()
                    .filter(|i| i.first >= start && i.end <= hit.first)
                    .copied()
                    .collect();
                // "The EU's proposed ban angered Poland": an owner is no
                // subject; what it owns, an issue named after it, angers.
                let owned = before
                    .first()
                    .filter(|i| matches!(self.doc.low(i.end), "'s" | "’s"))
                    .and_then(|owner| {
                        // ("Britain's refusal to back the plan": the plan is
                        // no head.)
                        before
                            .iter()
                            .skip(1)
                            .find(|i| matches!(i.entity, Entity::Issue(_)) && i.first <= owner.end + 3)
                            .copied()
                    });
                let target = means.or(owned).or_else(|| before.first().copied());
                // "The failure of the talks angered Iran": what a failure of
                // a thing stirs is wished of the thing, turned round.
                let of = target.map(|t| {
                    if t.first > 1 && self.doc.low(t.first - 1) == "the" {
                        t.first - 1
                    } else {
                        t.first
                    }
                });
                if of.is_some_and(|of| {
                    of >= 2 && self.doc.low(of - 1) == "of" && self.doc.low_is(WordClass::RefusalNouns, of - 2)
                }) {
                    polarity_override = Some(cue.polarity.flipped());
                }
                (holders, target.into_iter().collect(), format!("affect:{}", cue.lemma))
            }
            // "Moscow called it a provocation", "labelled the vote a sham": the
            // namer judges what it names.
            Frame::Eval if self.named_as(hit).is_some() => {
                let (holders, target) = self.named_as(hit).expect("checked by the guard");
                evidence.evaluative = true;
                (holders, vec![target], format!("eval:{} (named)", cue.lemma))
            }
            Frame::Eval => {
                let Some(speaker) = speaker else { return };
                if !(self.in_quotes(hit.first)
                    || self.clause_start(hit.first) > self.first
                    || speaker.first > hit.first
                    || self.gives_account(&speaker))
                {
                    return;
                }
                evidence.evaluative = true;
                let speakers = self.speakers(speaker);
                // "it was wrong to …" (an expletive subject) and "the wrong signals"
                // (an adjective before its noun) say nothing about a named target.
                let before = |n: usize| hit.first.checked_sub(n).map_or("", |b| self.doc.low(b));
                let expletive =
                    self.lexicon.is(WordClass::Be, before(1)) && before(2) == "it" && self.doc.low(hit.end) == "to";
                // "the EC's right to launch": after a possessive the word is a noun.
                // "was a threat to its security": a complement after "a" and the
                // word makes it a noun predicated of what is judged.
                let predicate_noun =
                    matches!(before(1), "a" | "an") && self.doc.low_is(WordClass::ComplementOpeners, hit.end);
                let attributive =
                    matches!(before(1), "the" | "a" | "an") && self.doc.is_word(hit.end) && !predicate_noun
                        || matches!(before(1), "’s" | "'s" | "its" | "their");
                if expletive || attributive || self.absent(hit) || self.hypothetical() {
                    return;
                }
                let start = self.clause_start(hit.first);
                // "the move would be profoundly wrong": the nearest subject with
                // a form of "be" between it and the evaluation, else the first.
                let candidates: Vec<Item> = self
                    .items
                    .iter()
                    .filter(|i| {
                        i.first >= start && i.end <= hit.first && !speakers.iter().any(|s| s.entity == i.entity)
                    })
                    .filter(|i| matches!(i.entity, Entity::Issue(_)) || self.is_subject_like(i))
                    .copied()
                    .collect();
                let predicated = candidates
                    .iter()
                    .rev()
                    .find(|i| {
                        (i.end..hit.first)
                            .any(|k| self.doc.low_is(WordClass::Be, k) || self.doc.low_is(WordClass::BeLikeVerbs, k))
                    })
                    .copied();
                // "the threat from the North Korean regime": its source is judged.
                let target = self
                    .source_of(hit)
                    .or(predicated)
                    .or_else(|| candidates.first().copied())
                    .or_else(|| self.latest_issue_item(hit.first));
                (speakers, target.into_iter().collect(), format!("eval:{}", cue.lemma))
            }
        };
        if holders.is_empty() {
            return;
        }
        // "criticised Russia and China", "sanctions on Iran and Venezuela": each
        // actor coordinated with the target is a target too.
        let mut targets = match targets[..] {
            [only] if matches!(only.entity, Entity::Actor(_)) => self.coordinated_objects(only, clause_end),
            _ => targets,
        };
        // "filed a complaint against Brussels … over state aid to Airbus": the grievance too.
        // "attacking the EC for backing down": the act it is attacked for too.
        if let Some(last) = targets.last().copied() {
            let reason = self
                .items
                .iter()
                .find(|i| {
                    i.first == last.end + 1
                        && matches!(self.doc.low(last.end), "for" | "of")
                        && matches!(i.entity, Entity::Issue(x) if self.issues.list[x].head.ends_with("ing"))
                })
                .copied();
            targets.extend(reason);
        }
        if cue.polarity == Polarity::Oppose {
            if let Some(last) = targets.last().copied() {
                let over = (last.end..(last.end + 5).min(clause_end)).find(|&k| self.doc.low(k) == "over");
                if let Some(over) = over {
                    targets.extend(
                        self.items
                            .iter()
                            // "over state aid to Airbus": a bare head may follow its
                            // lower-case modifiers ("state", "cotton").
                            .find(|i| {
                                matches!(i.entity, Entity::Issue(_))
                                    && i.first > over
                                    && i.first <= over + 3
                                    && (over + 1..i.first).all(|k| {
                                        self.doc.is_word(k)
                                            && !is_capitalised(self.doc.word(k))
                                            && !is_function_word_between(self.doc.low(k))
                                    })
                            })
                            .copied(),
                    );
                }
            }
        }
        // "Airbus and Boeing accuse each other", "Turkey and Israel restored
        // ties": every holder targets the others.
        let relation = cue
            .rest
            .last()
            .is_some_and(|w| self.lexicon.is(WordClass::RelationHeads, w));
        let mutual = targets.is_empty() && (self.doc.low(hit.end) == "each" || relation) && holders.len() > 1;
        let withdrawn = self.withdrawn(hit);
        // ("did not withdraw its support" still supports.)
        let negated = (self.negated(negation_point) != withdrawn) != negated_by_chain;
        evidence.negated = negated;
        evidence.hedged = self.hedged(hit.first);
        let polarity = polarity_override.unwrap_or(if negated { cue.polarity.flipped() } else { cue.polarity });
        let polarity = if self.against_act(hit) != refusal_judged {
            polarity.flipped()
        } else {
            polarity
        };
        if negated && cue.polarity == Polarity::Oppose && cue.frame != Frame::Eval && (!chained || negated_by_chain) {
            // "did not condemn" is not support, nor is "India's refusal to
            // condemn Russia", nor an objection dropped; leave it out.
            // But refusing to impose a penalty opposes the penalty.
            if let Some(penalty) = self.refused_penalty(hit) {
                for holder in &holders {
                    let holder = self.here(self.principal_of(self.owned_person(*holder)));
                    if let Entity::Actor(actor) = holder.entity {
                        let rule = format!("{rule} (refused)");
                        out.push(self.finding(
                            (actor, &holder),
                            &penalty,
                            Polarity::Oppose,
                            &evidence,
                            (hit.first, hit.end),
                            rule,
                        ));
                    }
                }
            }
            return;
        }
        for holder in &holders {
            let holder = self.here(self.principal_of(self.owned_person(*holder)));
            let Entity::Actor(holder_actor) = holder.entity else {
                continue;
            };
            if self.actors.list[holder_actor].media {
                continue;
            }
            let own_targets: Vec<Item> = if mutual {
                holders.iter().filter(|h| h.entity != holder.entity).copied().collect()
            } else {
                targets.clone()
            };
            for target in own_targets {
                // "reaffirmed the partnership between the two countries": the partner.
                let target = self.relation_partner(holder_actor, target).unwrap_or(target);
                // Neither the holder nor the one who reports the stance is its target.
                let is_speaker = speaker.is_some_and(|s| (s.first, s.end) == (target.first, target.end));
                if target.entity == holder.entity || is_speaker {
                    continue;
                }
                let mut polarity = polarity;
                // "pushed for Assad to step down", "called for the resignation
                // of Boris Johnson": pushing for an actor's exit opposes it.
                if matches!(target.entity, Entity::Actor(_))
                    && cue.polarity == Polarity::Support
                    && (self.exit_follows(target.end) || self.ousted(&target))
                {
                    polarity = polarity.flipped();
                }
                let mut evidence = evidence;
                evidence.holder_indirect = holder.via != Via::Name;
                evidence.distance = hit.first.saturating_sub(holder.end);
                out.push(self.finding(
                    (holder_actor, &holder),
                    &target,
                    polarity,
                    &evidence,
                    (hit.first, hit.end),
                    rule.clone(),
                ));
            }
        }
    }

    /// "Canada joined the United States in condemning the coup": the actors
    /// joined in the act at `k` hold its stance too.
    fn joined_in(&self, k: usize) -> Vec<Item> {
        if k == 0 || self.doc.low(k - 1) != "in" {
            return Vec::new();
        }
        let start = self.clause_start(k);
        let Some(join) = (start..k - 1)
            .rev()
            .find(|&m| matches!(self.doc.low(m), "join" | "joins" | "joined" | "joining"))
        else {
            return Vec::new();
        };
        match self
            .actor_items()
            .find(|i| i.first > join && i.first <= join + 2 && i.end < k)
            .copied()
        {
            Some(first) => self.coordinated(first, k - 1),
            None => Vec::new(),
        }
    }

    /// Whether `target`, an actor, lies after the head of the cue's object
    /// (in the parse), a common noun no mention takes, in its phrase: "the visit by
    /// the US Speaker to Taiwan", not "Russia's invasion" nor "the US".
    fn inside_noun_object(&self, hit: &CueHit, target: &Item) -> bool {
        if !matches!(target.entity, Entity::Actor(_)) {
            return false;
        }
        let cue = self.doc.span(hit.first, hit.end);
        let at = self.doc.tokens[target.first].start;
        self.parse.arguments(cue.start, cue.end).iter().any(|argument| {
            // (The parse's phrase is cut after its first prepositional
            // modifier: a later one, "to Taiwan", is the object's still when
            // no comma parts them.)
            argument.head_upos == Upos::Noun
                && argument.start <= at
                && argument.head.1 <= at
                && !self.doc.text[argument.head.1..at].contains([',', ';', ':'])
                // "the government of Iraq", "the people of Ukraine": a body or
                // the people of an actor is the actor ("the merger of Sony and
                // BMG" is no Sony).
                && !(matches!(self.doc.text[argument.head.1..at].trim(), "of" | "of the")
                    && self.people_of(argument.head))
                && !self.trade_partner(argument.head, target)
                && !self.items.iter().any(|i| {
                    self.doc.tokens[i.first].start <= argument.head.0
                        && argument.head.1 <= self.doc.tokens[i.end - 1].end
                })
        })
    }

    /// Whether the word at byte span `head` names goods or travel that
    /// `target`, right after "from" or "to", sends or receives: the trade
    /// partner whose flow is banned, "banned imports from Turkey".
    fn trade_partner(&self, head: (usize, usize), target: &Item) -> bool {
        let before = target.first.checked_sub(1).map_or("", |b| self.doc.low(b));
        matches!(before, "from" | "to")
            && self
                .lexicon
                .is(WordClass::TradeFlowNouns, &self.doc.text[head.0..head.1].to_lowercase())
    }

    /// Whether the word at byte span `head` names a body or the people of
    /// whatever follows it: "government", "officials", "people".
    fn people_of(&self, head: (usize, usize)) -> bool {
        self.lexicon
            .is_people_of_noun(&self.doc.text[head.0..head.1].to_lowercase())
    }

    /// Whether a target found after a verb or adjective cue belongs to the
    /// cue's clause, not to a clause only coordinated with it; when the parse
    /// cannot tell, it does.
    fn under_cue(&self, hit: &CueHit, target: &Item) -> bool {
        let span = |first: usize, end: usize| self.doc.span(first, end);
        self.parse
            .coordinated_apart(span(hit.first, hit.first + 1), span(target.first, target.end))
            != Some(true)
    }

    /// When the evaluation `hit` is what a verb of naming calls its object
    /// ("Moscow called it a provocation", "branded the plan a mistake"): the
    /// verb's subject and the object, "it" or "this" standing for the latest
    /// issue.
    fn named_as(&self, hit: &CueHit) -> Option<(Vec<Item>, Item)> {
        let start = self.clause_start(hit.first);
        let verb = (start.max(hit.first.saturating_sub(MAX_NAMED_OBJECT))..hit.first)
            .rev()
            .find(|&k| self.doc.low_is(WordClass::NamingVerbs, k))?;
        let holders = self.subject(verb);
        if holders.is_empty() {
            return None;
        }
        let object = if matches!(self.doc.low(verb + 1), "it" | "this" | "that") {
            self.latest_issue_item(verb)
        } else {
            self.items
                .iter()
                .find(|i| i.first > verb && i.end <= hit.first)
                .copied()
        }?;
        Some((holders, object))
    }

    /// Whether `item` names who asks in "calls from X for", "demands by X
    /// for": the source of a request, not what is asked for.
    fn asker(&self, item: &Item) -> bool {
        // "Labour's calls for an inquiry", "US calls for talks": the owner
        // of a noun of asking.
        let owner = if matches!(self.doc.word(item.end), "'s" | "’s") {
            item.end + 1
        } else {
            item.end
        };
        let owns = self.doc.low_is(WordClass::RequestNouns, owner) && self.doc.low(owner + 1) == "for";
        owns || item.first >= 2
            && matches!(self.doc.low(item.first - 1), "from" | "by")
            && (self.doc.low_is(WordClass::RequestNouns, item.first - 2)
                || self.doc.low_is(WordClass::Directive, item.first - 2))
            && self.doc.low(item.end) == "for"
    }

    /// Whether the clause of the verb or adjective cue `hit` has a subject of
    /// its own that is no actor: "Germany said the deal favoured China" (the
    /// deal's bearing, no stance of the speaker). An issue right before the
    /// cue (adverbs and modals between), or an issue's head noun the parse
    /// makes its subject, not one a possessive pronoun owns; never a body or
    /// people who may stand for the speaker ("said the government would back
    /// it", "said the country rejected it").
    fn thing_subject(&self, hit: &CueHit) -> bool {
        let start = self.clause_start(hit.first);
        let mut k = hit.first;
        while k > start && (cues::is_adverb(self.doc, k - 1) || AUXILIARIES.contains(&self.doc.low(k - 1))) {
            k -= 1;
        }
        let issue_before = self
            .items
            .iter()
            .any(|i| matches!(i.entity, Entity::Issue(_)) && i.end == k && i.first >= start);
        let span = self.doc.span(hit.first, hit.first + 1);
        let clause_from = self.doc.tokens[start].start;
        let noun_subject = self.parse.common_subject(span.start, span.end).is_some_and(|(s, e)| {
            s >= clause_from
                && self
                    .lexicon
                    .is(WordClass::IssueHeads, &self.doc.text[s..e].to_lowercase())
        });
        issue_before || noun_subject
    }

    /// Whether the word at `k` follows a name, "it" or a pronoun that is
    /// only a subject, with adverbs and quotation marks between ("it
    /// \"strongly condemns\""): a verb then, whatever the tagger says.
    fn after_subject(&self, k: usize) -> bool {
        let before = (self.first..k)
            .rev()
            .find(|&m| quote_mark(self.doc, m, true).is_none() && !cues::is_adverb(self.doc, m));
        // ("rejected US calls for talks": a name a verb cue takes as its
        // object only qualifies the noun after it.)
        let object = |i: &Item| {
            self.cues.iter().any(|h| {
                h.cue.frame == Frame::Verb && (h.end == i.first || h.end + 1 == i.first && self.doc.low(h.end) == "the")
            })
        };
        before.is_some_and(|m| {
            let low = self.doc.low(m);
            low == "it" || SUBJECT_PRONOUNS.contains(&low) || self.items.iter().any(|i| i.end == m + 1 && !object(i))
        })
    }

    /// Whether the cue is a participle stating the stance of a noun it
    /// modifies ("the vote condemning Russia", "a motion opposing top-up
    /// fees") that the clause's subject does not make its own: the noun is
    /// what the subject rejects or keeps out of ("abstained from", "voted
    /// against", "vetoed", "did not sign"). Signing, backing or tabling the
    /// motion takes its stance, and the rules' subject keeps it.
    fn disowned_noun(&self, hit: &CueHit) -> bool {
        let Some(taken) = self.parse.participle_noun(self.doc.span(hit.first, hit.first + 1)) else {
            return false;
        };
        if matches!(taken.case.as_deref(), Some("from" | "against")) {
            return true;
        }
        let Some((start, _)) = taken.governor else {
            return false;
        };
        let Some(verb) = (self.first..hit.first).find(|&k| self.doc.tokens[k].start == start) else {
            return false;
        };
        self.doc.low_is(WordClass::DisowningVerbs, verb)
            || cues::at(self.doc, self.lexicon, verb).is_some_and(|h| h.cue.polarity == Polarity::Oppose)
            || self.negated(verb)
    }

    /// "Ethiopia ignored calls to halt the fighting", "vetoed the EU's plan
    /// to fund Ukraine": the act a request, plan or bid is for is the wish
    /// of its askers or makers, and a subject that ignores, defies or
    /// rejects it takes no stance of that act. The position of the verb
    /// that turns it down; holders before it are no holders of the act
    /// (its owner after it, "ignored UN calls to halt", still is).
    fn refused_request(&self, hit: &CueHit) -> Option<usize> {
        let k = hit.first;
        let noun = k.checked_sub(2).filter(|&n| n > self.first)?;
        let wished = self.doc.low_is(WordClass::RequestNouns, noun)
            || self.doc.low_is(WordClass::IntentNouns, noun)
            || self.doc.low_is(WordClass::AttemptNouns, noun);
        if self.doc.low(k - 1) != "to" || !wished {
            return None;
        }
        // The verb that takes the noun, over its modifiers and owner
        // ("ignored repeated international calls", "vetoed the EU's plan").
        let floor = self.first.max(k.saturating_sub(8));
        for m in (floor..noun).rev() {
            if !self.doc.is_word(m) {
                return None;
            }
            if self.actor_items().any(|i| i.first <= m && m < i.end) {
                continue;
            }
            if self.doc.low_is(WordClass::DisowningVerbs, m) || self.doc.low_is(WordClass::NegVerbs, m) {
                return Some(m);
            }
            if let Some(cue) = cues::at(self.doc, self.lexicon, m) {
                return (cue.cue.polarity == Polarity::Oppose && cue.cue.frame == Frame::Verb).then_some(m);
            }
        }
        None
    }

    /// "The move was welcomed by Kyiv but criticised by Moscow": a passive
    /// participle right after "but" or "and" (its clause, from `start`,
    /// holds nothing else) shares the subject of the passive clause before
    /// it: the sentence's first mention, when a form of "be" follows it.
    fn shared_passive_subject(&self, start: usize, verb: usize) -> Option<Item> {
        let joined = verb
            .checked_sub(1)
            .is_some_and(|k| k >= self.first && matches!(self.doc.low(k), "but" | "and" | "yet"));
        if !joined || (start..verb).any(|k| !matches!(self.doc.low(k), "but" | "and" | "yet" | ",")) {
            return None;
        }
        self.items
            .iter()
            .find(|i| i.first >= self.first)
            .filter(|i| i.end < verb && self.doc.low_is(WordClass::Be, i.end))
            .copied()
    }

    /// "was criticised by President Emmanuel Macron", "by Germany's finance
    /// minister, Christian Lindner": the person a title phrase from `from`
    /// (the word after "by") leads to; a person's mention leaves out the
    /// title, and a country owning the title is no agent then.
    fn titled_agent(&self, from: usize) -> Option<Item> {
        let person = self.actor_items().find(|i| {
            i.first > from
                && i.first <= from + 8
                && matches!(i.entity, Entity::Actor(a) if self.actors.list[a].kind == ActorKind::Person)
        })?;
        let (mut k, mut titled) = (from, false);
        while k < person.first {
            if let Some((end, _, _)) = super::people::title_at(self.doc, self.lexicon, k) {
                (k, titled) = (end, true);
            } else if matches!(self.doc.low(k), "the" | "'s" | "’s")
                || (self.doc.is_word(k) && is_capitalised(self.doc.word(k)))
                || (titled && self.doc.word(k) == "," && k + 1 == person.first)
            {
                k += 1;
            } else {
                return None;
            }
        }
        titled.then_some(*person)
    }

    /// "withdrew its support for", "dropped their long-standing opposition
    /// to": a noun cue owned by the subject of a verb that undoes it states
    /// the opposite, as "no longer" would.
    /// "without an imminent threat", "no provocation": an evaluation of
    /// nothing, the determiner before the cue (over adjectives) denying it.
    fn absent(&self, hit: &CueHit) -> bool {
        (hit.first.saturating_sub(3)..hit.first)
            .rev()
            .take_while(|&k| self.doc.is_word(k) && !is_capitalised(self.doc.word(k)))
            .any(|k| matches!(self.doc.low(k), "no" | "without"))
    }

    /// "It is unclear whether Japan backs the sanctions", "declined to say
    /// whether it supports the plan": a stance asked about is not stated.
    fn asked_whether(&self, k: usize) -> bool {
        (self.clause_start(k)..k).any(|m| self.doc.low(m) == "whether")
    }

    /// "Russia's support for the plan is not guaranteed", "China's backing
    /// remains uncertain", "is in doubt": a noun cue heading its clause's
    /// subject whose predicate leaves it in doubt states no stance.
    fn doubted_subject(&self, hit: &CueHit) -> bool {
        let end = self.clause_end(hit.end).min(hit.end + 12);
        let linking = |k: usize| {
            (self.doc.low_is(WordClass::Be, k) && !matches!(self.doc.word(k), "'s" | "’s"))
                || self.doc.low_is(WordClass::LinkingVerbs, k)
        };
        let Some(verb) = (hit.end..end).find(|&k| linking(k)) else {
            return false;
        };
        // The noun's own phrase up to the verb: no relative clause, no comma.
        if (hit.end..verb).any(|k| matches!(self.doc.low(k), "that" | "which" | "who" | ",")) {
            return false;
        }
        let after = (verb + 1..(verb + 5).min(self.end)).take_while(|&k| self.doc.is_word(k));
        let mut denied = false;
        for k in after {
            let word = self.doc.low(k);
            if self.doc.low_is(WordClass::Negators, k) || word == "far" {
                denied = true;
            } else if self.doc.low_is(WordClass::DoubtWords, k) {
                // "in doubt", "in question"; "uncertain", "unclear" alone.
                return !matches!(word, "doubt" | "question") || self.doc.low(k - 1) == "in";
            } else if self.doc.low_is(WordClass::AssuredWords, k) {
                return denied;
            } else if !(cues::is_adverb(self.doc, k)
                || matches!(
                    word,
                    "still" | "yet" | "from" | "by" | "means" | "a" | "in" | "open" | "to"
                ))
            {
                return false;
            }
        }
        false
    }

    /// "it would be irresponsible if we allow it", "if … that's a great
    /// achievement": an evaluation in a sentence with a condition judges
    /// a hypothetical, no stated course.
    fn hypothetical(&self) -> bool {
        (self.first..self.end).any(|k| self.doc.low_is(WordClass::Conditionals, k))
    }

    /// Whether a verb of waging (`waging_verbs`) or of putting a measure in
    /// force (`enacting_verbs`) takes the phrase at `first` as its object,
    /// lower-case modifiers between: "launched air strikes", "stepped up its
    /// campaign", "extended its sanctions", "adopted a resolution".
    fn waged(&self, first: usize) -> bool {
        self.waging_verb(first).is_some()
    }

    /// The verb of waging or enacting that `waged` finds.
    fn waging_verb(&self, first: usize) -> Option<usize> {
        (first.saturating_sub(4).max(self.first)..first)
            .rev()
            .take_while(|&k| self.doc.is_word(k) && !is_capitalised(self.doc.word(k)))
            .find(|&k| self.doc.low_is(WordClass::WagingVerbs, k) || self.doc.low_is(WordClass::EnactingVerbs, k))
    }

    /// Whether the phrase at `first` is waged, by a verb no negator or verb
    /// of refusing denies: "joined the sanctions against Russia", not
    /// "declined to join the sanctions against Russia" nor "did not join".
    fn waged_in_fact(&self, first: usize) -> bool {
        let Some(k) = self.waging_verb(first) else {
            return false;
        };
        let denied = k > self.first && self.doc.low_is(WordClass::Negators, k - 1)
            || k >= self.first + 2
                && self.doc.low(k - 1) == "to"
                && (self.doc.low_is(WordClass::NegVerbs, k - 2) || self.doc.low_is(WordClass::Negators, k - 2));
        !denied
    }

    /// Whether a bare "against" cue belongs to a noun phrase, as what the
    /// noun is against: inside an issue's phrase ("condemned U.S. sanctions
    /// against Russian banks") or, by the parse, qualifying a common noun
    /// whose phrase ends before an actor ("opposed the war against Iraq").
    /// Not when the clause's subject wages it ("launched air strikes
    /// against Hamas").
    fn inside_noun_phrase(&self, hit: &CueHit) -> bool {
        let in_issue = |f: &&IssueFound| f.first < hit.first && hit.first < f.end;
        if let Some(issue) = self.issues.found.iter().find(in_issue) {
            return !self.waged_in_fact(issue.first);
        }
        if !(hit.first > self.first && self.doc.is_word(hit.first - 1) && !is_capitalised(self.doc.word(hit.first - 1)))
        {
            return false;
        }
        let Some((noun, _)) = self.parse.qualified_noun(self.doc.span(hit.first, hit.end)) else {
            return false;
        };
        // "extended its sanctions against Russia": the verb before the noun's phrase.
        let Some(noun) = (self.first..hit.first)
            .rev()
            .find(|&k| self.doc.tokens[k].start == noun)
        else {
            return false;
        };
        !self.waged_in_fact(noun)
    }

    /// "France's Macron", "Germany's Merkel": the person right after an
    /// actor's possessive, who holds what the parse may give the possessor
    /// (as a conjunct or a passive's agent).
    fn owned_person(&self, item: Item) -> Item {
        if !matches!(self.doc.word(item.end), "'s" | "’s") {
            return item;
        }
        self.actor_items()
            .find(|i| {
                i.first == item.end + 1
                    && matches!(i.entity, Entity::Actor(a) if self.actors.list[a].kind == ActorKind::Person)
            })
            .copied()
            .unwrap_or(item)
    }

    /// "(by) several countries, including France", "European leaders,
    /// including Angela Merkel": the first actor a list of examples names
    /// after a phrase of at most four words starting at `k` (a name inside
    /// it passed over whole), or right at `k`.
    fn example_after(&self, k: usize) -> Option<Item> {
        let listing = |m: usize| match (self.doc.low(m), self.doc.low(m + 1)) {
            ("including" | "notably", _) => Some(m + 1),
            ("such", "as") | ("among", "them") => Some(m + 2),
            _ => None,
        };
        let mut m = k;
        while listing(m).is_none() && m < self.end && m < k + 4 && self.doc.is_word(m) {
            // "several African countries": a name inside the phrase is passed over.
            m = self
                .items
                .iter()
                .find(|i| i.first <= m && m < i.end)
                .map_or(m + 1, |i| i.end);
        }
        if self.doc.word(m) == "," {
            m += 1;
        }
        let after = listing(m)?;
        self.actor_items().find(|i| i.first == after).copied()
    }

    /// "the threat from X", "a provocation by X": the source after the
    /// evaluative noun, which is what the evaluation is about.
    fn source_of(&self, hit: &CueHit) -> Option<Item> {
        self.source_after(hit.end)
    }

    /// The mention after "from" or "by" at `k` (a determiner may come
    /// first): where what the word before `k` comes from.
    fn source_after(&self, k: usize) -> Option<Item> {
        if !matches!(self.doc.low(k), "from" | "by") {
            return None;
        }
        self.items
            .iter()
            .find(|i| {
                (k + 1..=k + 2).contains(&i.first)
                    && (k + 1..i.first).all(|m| matches!(self.doc.low(m), "the" | "a" | "an"))
            })
            .copied()
    }

    /// The actor a hostile act (`hostile_act_nouns`) in the object between
    /// `from` and `to` comes from: "(condemned) the repeated incursions by
    /// China", "(warned of) interference from Iran". Only lower-case words
    /// come before the noun: "Russian aggression" stays the issue it names,
    /// as the gold names such acts.
    fn hostile_source(&self, from: usize, to: usize) -> Option<Item> {
        let noun = (from..to.min(from + 4))
            .take_while(|&k| self.doc.is_word(k) && !is_capitalised(self.doc.word(k)))
            .find(|&k| self.doc.low_is(WordClass::HostileActNouns, k))?;
        self.source_after(noun + 1)
            .filter(|i| matches!(i.entity, Entity::Actor(_)))
    }

    /// Whether the verb cue of `hit` is a gerund right after "against":
    /// "warned against scrapping the protocol", "voted against lifting
    /// sanctions on Iran", or a gerund of support right after a verb of
    /// opposition: "ruled out backing the plan", "resisted endorsing it".
    /// Who is against the act takes the other side of the act's own stance.
    /// (Refusing to oppose, "ruled out condemning Russia", is no support.
    /// A verb of denial, "stopped supporting", denies as "not" does, in
    /// `negated`.)
    fn against_act(&self, hit: &CueHit) -> bool {
        let rejected = || {
            hit.cue.polarity == Polarity::Support
                && self.cues.iter().any(|h| {
                    h.end == hit.first
                        && h.cue.frame == Frame::Verb
                        && h.cue.polarity == Polarity::Oppose
                        && !self.doc.low_is(WordClass::NegVerbs, h.first)
                })
        };
        hit.cue.frame == Frame::Verb
            && hit.first > self.first
            && self.doc.low(hit.first).ends_with("ing")
            && (self.doc.low(hit.first - 1) == "against" || rejected())
    }

    /// The actor that owns or qualifies `target`, an issue headed by a
    /// decision or move, at its start: "Washington's decision to sell
    /// arms", "the US move".
    fn intent_owner(&self, target: &Item) -> Option<Item> {
        let Entity::Issue(issue) = target.entity else {
            return None;
        };
        // (Decisions and moves only: acts the owner has taken. A plan, bid
        // or demand blocked or vetoed is the owner's wish, which the verb
        // judges apart from the owner: "vetoed the EU's plan to fund Ukraine".)
        if !matches!(
            self.issues.list[issue].head.as_str(),
            "decision" | "decisions" | "move" | "moves"
        ) {
            return None;
        }
        // (An actor's mention may hold its "the": "the US decision".)
        let first = target.first + usize::from(self.doc.low(target.first) == "the");
        self.actor_items()
            .find(|a| {
                a.first <= first
                    && first < a.end
                    && a.end < target.end
                    && !matches!(a.entity, Entity::Actor(actor) if self.actors.list[actor].media)
            })
            .copied()
    }

    /// "China refused to impose sanctions on Russia", "Delhi's refusal to
    /// impose sanctions": the issue a multiword cue's own noun heads
    /// ("sanctions on Russia"), when a word of refusing takes the cue's verb
    /// through "to". Refusing to impose a penalty opposes the penalty (a
    /// plain "did not impose" only reports what was not done).
    fn refused_penalty(&self, hit: &CueHit) -> Option<Item> {
        if hit.cue.frame != Frame::Verb || hit.cue.rest.is_empty() || hit.first < self.first + 2 {
            return None;
        }
        let refused = self.doc.low(hit.first - 1) == "to" && self.doc.low_is(WordClass::RefusingWords, hit.first - 2);
        if !refused {
            return None;
        }
        let noun = (hit.first + 1..hit.end).find(|&k| self.doc.low_is(WordClass::IssueHeads, k))?;
        self.items
            .iter()
            .find(|i| matches!(i.entity, Entity::Issue(_)) && i.first <= noun && noun < i.end)
            .copied()
    }

    /// "Germany refused to join the sanctions against Russia", "declined to
    /// adopt the embargo": refusing to wage or enact a measure opposes it,
    /// as refusing to impose a penalty does (`refused_penalty`), when no cue
    /// of its own reads the verb. The measure is the issue right after the
    /// verb (past an article or a possessive).
    fn read_refused_measures(&self, out: &mut Vec<Found>) {
        for k in self.first..self.end.saturating_sub(3) {
            let verb = k + 2;
            let refusing = self.doc.low_is(WordClass::RefusingWords, k)
                && !self.doc.low_is(WordClass::RefusalNouns, k)
                && self.doc.low(k + 1) == "to"
                && (self.doc.low_is(WordClass::WagingVerbs, verb) || self.doc.low_is(WordClass::EnactingVerbs, verb));
            if !refusing || self.cues.iter().any(|h| h.first == verb) {
                continue;
            }
            let object = verb + 1 + usize::from(DETERMINERS.contains(&self.doc.low(verb + 1)));
            let Some(measure) = self
                .items
                .iter()
                .find(|i| (verb + 1..=object).contains(&i.first) && matches!(i.entity, Entity::Issue(_)))
                .copied()
            else {
                continue;
            };
            let evidence = Evidence {
                cue_weight: REFUSED_MEASURE_WEIGHT,
                negated: true,
                hedged: self.hedged(k),
                ..Evidence::default()
            };
            for holder in self.subject(k) {
                let holder = self.here(self.principal_of(self.owned_person(holder)));
                if let Entity::Actor(actor) = holder.entity {
                    let rule = format!("verb:{} (refused)", self.doc.low(verb));
                    out.push(self.finding(
                        (actor, &holder),
                        &measure,
                        Polarity::Oppose,
                        &evidence,
                        (k, verb + 1),
                        rule,
                    ));
                }
            }
        }
    }

    /// The verb of the act a refusal at `from` refuses ("its refusal to
    /// back", "the failure to impose sanctions on"): after an article or a
    /// possessive pronoun, a noun of refusing and "to".
    fn refused_verb(&self, from: usize) -> Option<usize> {
        let noun = from + usize::from(DETERMINERS.contains(&self.doc.low(from)));
        (self.doc.low_is(WordClass::RefusalNouns, noun) && self.doc.low(noun + 1) == "to" && noun + 2 < self.end)
            .then_some(noun + 2)
    }

    /// "criticised Hungary's refusal to back sanctions", "praised India's
    /// refusal to join": a refusal or failure is its owner's, and what is
    /// said of it is said of the owner; the act refused is no target (the
    /// refuser's own stance on it is the act's cue's).
    fn refuser(&self, from: usize) -> Option<Item> {
        let owner = self
            .actor_items()
            .find(|i| i.first == from || i.first == from + 1 && self.doc.low(from) == "the")?;
        let noun = owner.end + 1;
        (matches!(self.doc.word(owner.end), "'s" | "’s")
            && self.doc.low_is(WordClass::RefusalNouns, noun)
            && self.doc.low(noun + 1) == "to")
            .then_some(*owner)
    }

    /// Whether an actor named right before the "of" at `of` is the object
    /// of a verb of blaming: "accused Iran of …", "blamed Russia and China
    /// for …" (coordinated names count as one object).
    fn blamed_actor(&self, of: usize) -> bool {
        let Some(last) = self.actor_items().find(|i| i.end == of) else {
            return false;
        };
        let mut first = last.first;
        while let Some(before) = self
            .actor_items()
            .find(|i| i.end + 1 == first && matches!(self.doc.low(first - 1), "and" | "," | "or"))
        {
            first = before.first;
        }
        if first > self.first + 1 && self.doc.low(first - 1) == "the" {
            first -= 1;
        }
        // "slammed the US for selling arms to Taiwan", "praised Qatar for
        // brokering the truce": what a stance verb's object is judged for
        // is its own act too.
        if first <= self.first {
            return false;
        }
        let judged_for = self.doc.low(of) == "for"
            && cues::at(self.doc, self.lexicon, first - 1)
                .is_some_and(|h| h.cue.frame == Frame::Verb && h.end == first);
        self.doc.low_is(WordClass::BlamingVerbs, first - 1) || judged_for
    }

    fn withdrawn(&self, hit: &CueHit) -> bool {
        hit.cue.frame == Frame::Noun
            && (hit.first.saturating_sub(3)..hit.first)
                .find(|&k| matches!(self.doc.low(k), "its" | "their" | "his" | "her" | "our"))
                .is_some_and(|owner| {
                    owner > 0
                        && self.doc.low_is(WordClass::Reverse, owner - 1)
                        && (owner + 1..hit.first).all(|k| self.doc.is_word(k) && !is_capitalised(self.doc.word(k)))
                })
    }

    /// For "…, a move Pyongyang condemned as …": the relative clause's
    /// subject (an actor right before the cue, or before its "has") and the
    /// act before the apposition with its target.
    fn apposed_relative(&self, hit: &CueHit) -> Option<(Item, Item, Polarity)> {
        let subject = self
            .actor_items()
            .find(|i| i.end == hit.first || (i.end + 1 == hit.first && self.doc.low_is(WordClass::Have, i.end)))?;
        let (target, polarity) = self.apposed_act(subject.first.checked_sub(1)?)?;
        Some((*subject, target, polarity))
    }

    /// For "…, a course opposed by X" (`noun` is "course"): the act before
    /// the apposition (a verb cue of this sentence) and its target.
    fn apposed_act(&self, noun: usize) -> Option<(Item, Polarity)> {
        if !self.doc.low_is(WordClass::CourseNouns, noun) {
            return None;
        }
        let comma = (noun.saturating_sub(3)..noun)
            .rev()
            .find(|&k| self.doc.word(k) == ",")?;
        let acts = cues::find(self.doc, self.lexicon, self.clause_start(comma), comma);
        let act = acts.iter().rev().find(|h| h.cue.frame == Frame::Verb)?;
        let target = self.items.iter().find(|i| i.first >= act.end && i.end <= comma)?;
        Some((*target, act.cue.polarity))
    }

    /// "criticism from several U.S. senators", "backing by Germany": the actor
    /// a noun cue comes from, named right after it (a determiner or a
    /// quantifier may come first). "the support of Germany" names its giver
    /// too, where "criticism of Germany" and "in support of Germany" name
    /// the target.
    fn noun_agent(&self, hit: &CueHit) -> Option<Item> {
        // "has the (full) backing of the US": the article may be apart from
        // the noun by adjectives ("full", "strong") or rarer words the
        // treebank barely saw ("unanimous").
        let parser = standpoint_syntax::Parser::shared();
        let modifier = |k: usize| {
            let word = self.doc.word(k);
            self.doc.is_word(k)
                && !is_capitalised(word)
                && (parser.seen_as(word, standpoint_syntax::Upos::Adj) || !parser.common_word(word))
        };
        let article = (hit.first.saturating_sub(3)..hit.first).rev().find(|&k| !modifier(k));
        let given = self.doc.low(hit.end) == "of"
            && hit.cue.polarity == Polarity::Support
            && article.is_some_and(|k| self.doc.low(k) == "the");
        // "sparked anger in Beijing": a capital standing for its government
        // holds the feeling (`bodies::known_actor` made it a mention).
        let seat = self.doc.low(hit.end) == "in"
            && super::actors::gazetteer_match(self.doc, self.lexicon, hit.end + 1)
                .is_some_and(|(_, _, role)| role == PhraseRole::Metonym);
        if seat {
            return self.actor_items().find(|i| i.first == hit.end + 1).copied();
        }
        // "support among EU members for the deal": the people a feeling is
        // found among hold it.
        if !(matches!(self.doc.low(hit.end), "from" | "by" | "among") || given) {
            return None;
        }
        self.actor_items()
            .find(|i| {
                (hit.end + 1..=hit.end + 3).contains(&i.first)
                    && (hit.end + 1..i.first).all(|k| self.doc.is_word(k) && !is_capitalised(self.doc.word(k)))
            })
            .copied()
    }

    /// "backing for the ceasefire from Qatar", "criticism of the plan from
    /// Germany": the giver named with "from" right after the noun's object.
    /// Not where "from" says where the object comes or goes from ("support
    /// for the withdrawal from Syria", "a ban on imports from China").
    fn late_noun_agent(&self, hit: &CueHit) -> Option<Item> {
        if !matches!(self.doc.low(hit.end), "for" | "of" | "to" | "against" | "over" | "on") {
            return None;
        }
        let object = self.items.iter().find(|i| {
            (hit.end + 1..=hit.end + 2).contains(&i.first)
                && (hit.end + 1..i.first).all(|k| self.doc.is_word(k) && !is_capitalised(self.doc.word(k)))
        })?;
        // (The issue's phrase may run over "from" and the giver.) "support
        // for the deal among EU members": those it is found among hold it.
        // "Opposition to the plan is growing in Japan": so do those a
        // feeling that opens the clause grows or fades in or among.
        let grows = || {
            let opens = self.clause_start(hit.first) + 1 >= hit.first;
            let verb = (object.end..(object.end + 3).min(self.end)).find(|&k| {
                self.doc.low_is(WordClass::GrowthVerbs, k)
                    && (object.end..k).all(|b| self.doc.low_is(WordClass::Be, b) || self.doc.low_is(WordClass::Have, b))
            })?;
            let at = (verb + 1..(verb + 3).min(self.end))
                .take_while(|&k| self.doc.is_word(k) && !is_capitalised(self.doc.word(k)))
                .find(|&k| matches!(self.doc.low(k), "in" | "among"));
            at.filter(|_| opens)
        };
        let from = (object.first + 1..=object.end)
            .find(|&k| matches!(self.doc.low(k), "from" | "among"))
            .or_else(grows)?;
        if self.doc.low(from) == "from"
            && (self.doc.low_is(WordClass::TradeFlowNouns, from - 1)
                || self.doc.low_is(WordClass::LeavingNouns, from - 1))
        {
            return None;
        }
        self.actor_items()
            .find(|i| {
                (from + 1..=from + 3).contains(&i.first)
                    && i.entity != object.entity
                    && (from + 1..i.first).all(|k| self.doc.is_word(k) && !is_capitalised(self.doc.word(k)))
            })
            .copied()
    }

    /// For a stance noun after "against" or "from" that follows a verb of
    /// defending's object ("defended his budget against Tory criticism"):
    /// that object, the issue defended.
    fn defended_from(&self, hit: &CueHit) -> Option<Item> {
        let start = self.clause_start(hit.first);
        let from = (start..hit.first)
            .rev()
            .take(3)
            .find(|&k| matches!(self.doc.low(k), "against" | "from"))?;
        let verb = (start..from)
            .rev()
            .find(|&k| self.doc.low_is(WordClass::DefendingVerbs, k))?;
        self.items
            .iter()
            .find(|i| i.first > verb && i.end <= from && matches!(i.entity, Entity::Issue(_)))
            .copied()
    }

    /// The polarity of a noun cue heading the object that runs from `from`
    /// (right after a verb) to a target at `target`, an article or modifiers
    /// before it and a preposition after: "criticism" in "rejected [the]
    /// criticism of the plan". None for a hostile act ("the attacks on").
    fn stance_noun_object(&self, from: usize, target: usize) -> Option<Polarity> {
        let noun = (from..target).find(|&k| !(self.doc.is_word(k) && self.noun_modifier(k)))?;
        if self.doc.low_is(WordClass::HostileActNouns, noun) {
            return None;
        }
        let hit = cues::at(self.doc, self.lexicon, noun)?;
        // ("criticised opposition leader X": a preposition must follow.)
        let preposition = hit.end > hit.first + 1
            || matches!(
                self.doc.low(hit.end),
                "of" | "over" | "about" | "for" | "against" | "to" | "on" | "toward" | "towards"
            );
        (hit.cue.frame == Frame::Noun && !hit.cue.blocking && preposition && target > hit.end && target <= hit.end + 3)
            .then_some(hit.cue.polarity)
    }

    /// Whether the word at `k` may stand between a verb and the noun heading
    /// its object: an article, or a modifier that is no cue ("growing").
    fn noun_modifier(&self, k: usize) -> bool {
        let parser = standpoint_syntax::Parser::shared();
        let word = self.doc.low(k);
        let cue = self.lexicon.cues.contains_key(word);
        matches!(
            word,
            "the" | "a" | "an" | "these" | "those" | "such" | "any" | "all" | "repeated" | "renewed"
        ) || (!cue && word.ends_with("ing"))
            || (!cue
                && !is_capitalised(self.doc.word(k))
                && parser.seen_as(self.doc.word(k), standpoint_syntax::Upos::Adj))
    }

    /// "Critics of the plan include Germany and France": the first actor
    /// that "include" lists after a noun cue opening its clause.
    fn included(&self, hit: &CueHit) -> Option<Item> {
        if hit.cue.frame != Frame::Noun || self.clause_start(hit.first) + 1 < hit.first {
            return None;
        }
        let include = (hit.end..(hit.end + 8).min(self.end))
            .find(|&k| matches!(self.doc.low(k), "include" | "includes" | "included"))?;
        self.actor_items()
            .find(|i| i.first > include && i.first <= include + 3)
            .copied()
    }

    /// Whether the noun cue `hit` is the object of a one-word verb of
    /// opposing right before it, or with an article or modifiers between:
    /// "rejected the calls for", "dismissed growing criticism of".
    fn opposed_noun(&self, hit: &CueHit) -> bool {
        let Some(verb) = (hit.first.saturating_sub(4).max(self.first)..hit.first)
            .rev()
            .find(|&k| !(self.doc.is_word(k) && self.noun_modifier(k)))
        else {
            return false;
        };
        cues::at(self.doc, self.lexicon, verb).is_some_and(|verb_hit| {
            verb_hit.end == verb + 1
                && verb_hit.cue.frame == Frame::Verb
                && verb_hit.cue.polarity == Polarity::Oppose
                && !verb_hit.cue.blocking
        })
    }

    /// Holder of a noun cue: "US objections", "China's opposition", "criticism
    /// from X", or the clause's subject ("the Pentagon has expressed apprehension").
    /// "praised Seoul for its support of the sanctions", "blamed Iran for
    /// its backing of the rebels": the owner a possessive pronoun before
    /// the noun cue stands for is the actor a verb cue judges for it.
    fn judged_owner(&self, hit: &CueHit) -> Option<Item> {
        let owner = (hit.first.saturating_sub(2)..hit.first)
            .find(|&k| matches!(self.doc.low(k), "its" | "their" | "his" | "her"))?;
        if owner < 2 || self.doc.low(owner - 1) != "for" {
            return None;
        }
        let judged = self.actor_items().find(|i| i.end == owner - 1)?;
        let object = self.cues.iter().any(|h| {
            h.cue.frame == Frame::Verb
                && (h.end == judged.first || h.end + 1 == judged.first && self.doc.low(h.end) == "the")
        });
        object.then_some(*judged)
    }

    fn noun_holder(&self, hit: &CueHit, speaker: Option<Item>, evidence: &mut Evidence) -> Vec<Item> {
        // "US objections", "China's opposition", "a retaliatory EU complaint".
        let adjacent = self
            .actor_items()
            .rev()
            .find(|i| i.end == hit.first || (i.end + 1 == hit.first && matches!(self.doc.word(i.end), "’s" | "'s")));
        if let Some(item) = adjacent {
            // "Pence stressed the U.S. commitment": the speaker shares it.
            let mut holders = vec![*item];
            // After a verb of saying ("stressed the U.S. commitment") the clause is
            // reported, so its sayer is the subject before it.
            let start = self.clause_start(item.first);
            let mut subject = self.subject(item.first);
            if subject.is_empty() && start > self.first {
                subject = self.subject(start - 1);
            }
            if let (Some(subject), Entity::Actor(owner)) = (subject.first().copied(), item.entity) {
                if let Entity::Actor(person) = subject.entity {
                    if self.actors.list[person].affiliation.as_deref() == Some(self.actors.list[owner].name.as_str()) {
                        holders.push(subject);
                    }
                }
            }
            return holders;
        }
        if let Some(agent) = self.noun_agent(hit).or_else(|| self.late_noun_agent(hit)) {
            return self.coordinated(agent, self.end);
        }
        // "Germany rejected the calls for a ban": a stance that the subject
        // opposes is someone else's, not the subject's.
        if self.opposed_noun(hit) {
            return Vec::new();
        }
        if let Some(first) = self.included(hit) {
            return self.coordinated(first, self.end);
        }
        if let Some(judged) = self.judged_owner(hit) {
            return vec![judged];
        }
        let subject = self.subject(hit.first);
        if !subject.is_empty() {
            return subject;
        }
        let fallback = self.fallback_holder(hit.first, speaker);
        evidence.holder_is_speaker = !fallback.is_empty();
        fallback
    }
}

/// Whether a stance's target is an actor or an issue.
pub fn target_kind(entity: Entity) -> TargetKind {
    match entity {
        Entity::Actor(_) => TargetKind::Actor,
        Entity::Issue(_) => TargetKind::Issue,
    }
}

/// Words that end a run of modifiers before an issue head ("over the years
/// of aid" is no "aid" grievance).
fn is_function_word_between(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "of" | "to" | "for" | "and" | "or" | "in" | "on" | "at" | "by" | "with" | "its" | "their"
    )
}
