//! Finds issues: the deals, bans, plans, rulings and policies that actors
//! back or oppose, named readably from their modifiers, with later bare
//! mentions ("the deal", "the proposed deal") resolved to the latest issue of
//! the same family.
//!
//! Works on tokens and the actor mentions already found; never decides stance.

use super::actors::Actors;
use super::document::Document;
use super::lexicon::{Frame, Lexicon, WordClass};
use super::naming;
use super::tokens::{all_capitals, is_capitalised, is_regular_past};
use crate::model::Span;

/// Where an issue was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueSource {
    /// The issue rules (head nouns, named issues, goals).
    Rules,
    /// The parse, as the argument of a stance cue.
    CueArgument,
    /// The parse, as the object of a verb whose active subject is an actor
    /// (no cue): "Russia has been courting foreign investment".
    VerbObject,
    /// The parse, as the subject or object of a clause an actor reports:
    /// "the rebate is not up for renegotiation, Straw said".
    ClauseArgument,
}

#[derive(Debug, Clone)]
pub struct Issue {
    pub name: String,
    pub mentions: Vec<Span>,
    /// Lower-case head noun ("deal").
    pub head: String,
    /// Which stage found it; the scorer weighs the three apart.
    pub source: IssueSource,
    family: Option<usize>,
    /// Top-level actors the issue is between ("US", "Russia"), sorted; empty when unknown.
    parties: Vec<usize>,
}

impl Issue {
    /// An issue named by its own words, of no family and between no known
    /// parties.
    fn plain(name: String, head: String, source: IssueSource) -> Self {
        Issue {
            name,
            mentions: Vec::new(),
            head,
            source,
            family: None,
            parties: Vec::new(),
        }
    }
}

/// One issue mention: tokens `first..end` refer to issue `issue`.
#[derive(Debug, Clone, Copy)]
pub struct IssueFound {
    pub issue: usize,
    pub first: usize,
    pub end: usize,
}

#[derive(Debug, Default)]
pub struct Issues {
    pub list: Vec<Issue>,
    pub found: Vec<IssueFound>,
}

/// Determiners and possessive pronouns: a noun phrase opens with one.
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "such", "another",
];
/// Modifiers that add nothing to an issue's identity: "the proposed deal" is "the deal".
pub(super) const BARE_MODIFIERS: &[&str] = &[
    "proposed",
    "possible",
    "current",
    "existing",
    "original",
    "new",
    "planned",
    "latest",
    "same",
    "whole",
    "controversial",
    "final",
    "full",
    "entire",
    "potential",
    "so-called",
    "decades-old",
];
/// Modal auxiliaries: a clause's verb follows, so no noun phrase runs over one.
const MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "must", "should", "shall",
];
const RIGHT_PREPOSITIONS: &[&str] = &["on", "to", "with", "between", "over", "against", "for", "of", "from"];
pub(super) const NAMED_ISSUE_SUFFIXES: &[&str] = &[
    "Act",
    "Agreement",
    "Treaty",
    "Accord",
    "Protocol",
    "Convention",
    "Plan",
    "Initiative",
    "Pact",
    "Bill",
];

impl Issues {
    /// The latest issue mentioned before token `before`.
    pub fn latest(&self, before: usize) -> Option<usize> {
        self.found.iter().rev().find(|f| f.end <= before).map(|f| f.issue)
    }

    /// Adds a mention, tokens `first..end`, of the issue found in the parse
    /// under `name` (created on first use, with `source`); returns its index.
    pub(super) fn add_from_parse(
        &mut self,
        doc: &Document,
        name: String,
        head: String,
        first: usize,
        end: usize,
        source: IssueSource,
    ) -> usize {
        let index = self.index_or_add(Issue::plain(name, head, source));
        self.add_mention(doc, index, first, end);
        index
    }

    /// The index of the listed issue named as `candidate` is, or of
    /// `candidate` itself, added when no issue has that name yet.
    pub(super) fn index_or_add(&mut self, candidate: Issue) -> usize {
        match self.list.iter().position(|x| x.name == candidate.name) {
            Some(index) => index,
            None => {
                self.list.push(candidate);
                self.list.len() - 1
            }
        }
    }

    pub(super) fn add_mention(&mut self, doc: &Document, issue: usize, first: usize, end: usize) {
        let span = doc.span(first, end);
        if !self.list[issue].mentions.contains(&span) {
            self.list[issue].mentions.push(span);
        }
        self.found.push(IssueFound { issue, first, end });
    }
}

/// Finds the issues of `doc`, given its actors.
pub fn find(doc: &Document, lexicon: &Lexicon, actors: &Actors) -> Issues {
    let mut issues = Issues::default();
    let mut i = doc.body_start;
    while i < doc.tokens.len() {
        if let Some(end) = named_issue(doc, &mut issues, i) {
            i = end;
            continue;
        }
        if let Some(end) = acronym_issue(doc, lexicon, actors, &mut issues, i) {
            i = end;
            continue;
        }
        if let Some(end) = reason_act(doc, lexicon, actors, &mut issues, i) {
            i = end;
            continue;
        }
        if let Some(end) = infinitive_goal(doc, lexicon, &mut issues, i) {
            i = end;
            continue;
        }
        // "an attempt to strike a deal": the deal is the issue, found next.
        if doc.low_is(WordClass::AttemptNouns, i)
            && doc.low(i + 1) == "to"
            && doc.low_is(WordClass::DealMakingVerbs, i + 2)
        {
            i += 1;
            continue;
        }
        // "led the campaign against the resolution", "joined the effort
        // against the tax": an effort waged against a thing is about the
        // thing, found next; "against" gives its leaders' stance.
        if doc.low_is(WordClass::AttemptNouns, i) && doc.low(i + 1) == "against" && waged_before(doc, i) {
            i += 1;
            continue;
        }
        // "demands from the EU for reforms": what is asked for is the
        // issue, found next; the asking is its asker's stance.
        if asks_for(doc, actors, i) {
            i += 1;
            continue;
        }
        if let Some(end) = cue_object_issue(doc, lexicon, actors, &mut issues, i) {
            i = end;
            continue;
        }
        // "the EU aid package": an issue noun before a noun of a bundle
        // only says what the bundle holds; the bundle heads the phrase.
        let bundle = |k: usize| doc.low_is(WordClass::BundleNouns, k) && doc.low_is(WordClass::IssueHeads, k - 1);
        // "the peace deal", "a ceasefire agreement": an issue noun before a
        // noun of agreement says what the agreement is about; the agreement
        // heads the phrase.
        let about =
            doc.is_word(i + 1) && doc.low_is(WordClass::IssueHeads, i) && doc.low_is(WordClass::AgreementHeads, i + 1);
        let head = if bundle(i + 1) || about {
            false
        } else {
            doc.low_is(WordClass::IssueHeads, i) || i > 0 && bundle(i)
        };
        if head
            && actors.at(i).is_none()
            && is_noun_use(doc, i)
            && !verb_after_subject(doc, lexicon, actors, i)
            && !mass_asking(doc, i)
        {
            let end = head_phrase(doc, lexicon, actors, &mut issues, i);
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    issues
}

/// "domestic demand is growing", "it has immediate demand": a singular
/// noun of asking at `i` with no article or owner before it and nothing
/// asked for after it is a market's demand, no one's request.
fn mass_asking(doc: &Document, i: usize) -> bool {
    let asking = doc.low_is(WordClass::RequestNouns, i) || doc.low_is(WordClass::Directive, i);
    if !asking || doc.low(i).ends_with('s') || matches!(doc.low(i + 1), "for" | "that" | "to" | "from" | "by") {
        return false;
    }
    let floor = doc.sentences[doc.sentence_of[i]].first.max(doc.body_start);
    let mut k = i;
    while k > floor && i - k < 2 && doc.is_word(k - 1) && !is_capitalised(doc.word(k - 1)) {
        let low = doc.low(k - 1);
        if DETERMINERS.contains(&low) || matches!(low, "'s" | "’s") {
            return false;
        }
        k -= 1;
    }
    // ("the EU demand", "Germany's demand": an owner.)
    let owned = k > floor
        && (matches!(doc.low(k - 1), "'s" | "’s")
            || DETERMINERS.contains(&doc.low(k - 1))
            || doc.is_word(k - 1) && is_capitalised(doc.word(k - 1)));
    !owned
}

/// Whether a verb of waging (`waging_verbs`) takes the noun at `i` as its
/// object, up to three lower-case words between: "led the campaign",
/// "stepped up its campaign".
fn waged_before(doc: &Document, i: usize) -> bool {
    (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| doc.is_word(k) && !is_capitalised(doc.word(k)))
        .any(|k| doc.low_is(WordClass::WagingVerbs, k))
}

/// Whether the issue head at `i` is a noun of asking whose asker, named
/// after it, is followed by what it asks for: "demands from the EU for
/// reforms". ("Germany's demand for a new vote" stays the demand, which a
/// later verb may judge; "India's demand for oil" is a market's.)
fn asks_for(doc: &Document, actors: &Actors, i: usize) -> bool {
    let asking = doc.low_is(WordClass::IssueHeads, i)
        && (doc.low_is(WordClass::RequestNouns, i) || doc.low_is(WordClass::Directive, i));
    asking && matches!(doc.low(i + 1), "from" | "by") && actors.at(i + 2).is_some_and(|a| doc.low(a.end) == "for")
}

/// Words at most in the object of a cue's preposition named as an issue.
const MAX_CUE_OBJECT: usize = 4;

/// "imposed tariffs on Chinese steel", "imposed sanctions on the oil
/// sector": the issue head at `i` is the content noun of a multiword cue
/// ending in a preposition, and what the cue acts on is the preposition's
/// object. When no actor opens that object, the object is the issue (the
/// cue's target), named by its own words; the cue's noun is no issue there.
fn cue_object_issue(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &Actors,
    issues: &mut Issues,
    i: usize,
) -> Option<usize> {
    if !doc.low_is(WordClass::IssueHeads, i) {
        return None;
    }
    let hit = (i.saturating_sub(2)..i)
        .filter_map(|k| super::cues::at(doc, lexicon, k))
        .find(|hit| hit.first < i && i < hit.end && hit.gap.is_none() && !hit.cue.blocking)?;
    if !matches!(doc.low(hit.end - 1), "on" | "against") {
        return None;
    }
    let mention_first = hit.end;
    let first = mention_first + usize::from(matches!(doc.low(mention_first), "the" | "a" | "an"));
    if actors.at(first).is_some() || actors.at(mention_first).is_some() {
        return None;
    }
    let sentence_end = doc.sentences[doc.sentence_of[i]].end;
    let mut end = first;
    while end < sentence_end
        && end - first < MAX_CUE_OBJECT
        && doc.is_word(end)
        && !RIGHT_PREPOSITIONS.contains(&doc.low(end))
        && !matches!(
            doc.low(end),
            "and" | "or" | "but" | "that" | "which" | "who" | "as" | "in" | "at" | "by"
        )
        && !doc.low_is(WordClass::Be, end)
        && !is_finite_verb(lexicon, doc.low(end))
    {
        end += 1;
    }
    let end = naming::strip_end(doc, lexicon, first, end);
    if end <= first || actors.found.iter().any(|f| first <= f.first && f.first < end) {
        return None;
    }
    let name = tidy_name(doc.slice(first, end));
    let index = issues.index_or_add(Issue::plain(name, doc.low(end - 1).to_owned(), IssueSource::Rules));
    issues.add_mention(doc, index, mention_first, end);
    Some(end)
}

/// Whether the acronym `word` names a broadcaster or an outlet, a channel
/// an actor speaks through and no issue: a media name ("BBC", "CNN") or a
/// four-letter broadcast call sign ("WMAL", "KDKA").
fn broadcaster(lexicon: &Lexicon, word: &str) -> bool {
    lexicon.is(WordClass::MediaWords, word) || (word.len() == 4 && word.starts_with(['W', 'K']))
}

/// An unknown acronym that is no actor ("NAFTA", "INARA") usually names an
/// agreement or programme in news text: an issue named by itself.
fn acronym_issue(doc: &Document, lexicon: &Lexicon, actors: &Actors, issues: &mut Issues, i: usize) -> Option<usize> {
    let word = doc.word(i);
    let acronym = word.len() >= 3 && word.len() <= 6 && all_capitals(word);
    // "WEST PALM BEACH, Fla.", "MORE JOBS": a run of words in capitals is a
    // dateline or shouting, not an acronym; "1600 GMT" is a time of day.
    let shouted = (i > 0 && doc.is_word(i - 1) && all_capitals(doc.word(i - 1)))
        || (doc.tokens.get(i + 1).is_some_and(|t| t.is_word) && all_capitals(doc.word(i + 1)));
    if !acronym
        || shouted
        || lexicon.is(WordClass::TimeZones, word)
        // ("MEP", "OBE": letters of a seat or an honour are a person's.)
        || doc.word_is(WordClass::PostNominals, i)
        || actors.at(i).is_some()
        || lexicon.phrases.contains_key(word)
        || lexicon.is(WordClass::StopCaps, word)
        || broadcaster(lexicon, word)
    {
        return None;
    }
    let index = match issues.list.iter().position(|x| x.name == word) {
        Some(index) => index,
        None => {
            issues.list.push(Issue {
                name: word.to_owned(),
                mentions: Vec::new(),
                head: word.to_lowercase(),
                source: IssueSource::Rules,
                family: None,
                parties: Vec::new(),
            });
            issues.list.len() - 1
        }
    };
    let first = if matches!(doc.low(i.wrapping_sub(1)), "the" | "an" | "a") {
        i - 1
    } else {
        i
    };
    issues.add_mention(doc, index, first, i + 1);
    Some(i + 1)
}

/// A word that ends a noun phrase because it is (very likely) its clause's
/// verb: "talks with Ankara came …", "relations … became strained".
fn is_finite_verb(lexicon: &Lexicon, word: &str) -> bool {
    lexicon.is(WordClass::IrregularPasts, word)
        || MODALS.contains(&word)
        || matches!(word, "did" | "does" | "do")
        || (is_regular_past(word) && !lexicon.is(WordClass::AdjectivalParticiples, word))
}

/// An issue's readable name: the phrase without dangling function words or
/// punctuation at its end ("ban on arms exports to" → "ban on arms exports"),
/// nor a possessive at its start whose owner is no part of it ("the
/// government's crackdown" → "crackdown"), nor "own" ("its own plan" → "plan").
pub(super) fn tidy_name(phrase: &str) -> String {
    const DANGLING: &[&str] = &[
        "to", "of", "on", "for", "with", "the", "a", "an", "and", "or", "in", "at", "by", "from", "over", "against",
        "between", "its", "their", "his", "her",
    ];
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    let owned = words.iter().take_while(|w| matches!(**w, "’s" | "'s")).count();
    if owned < words.len() {
        words.drain(..owned);
    }
    // "its own plan" is the plan: "own" only marks whose it is.
    if words.len() > 1 && words[0].eq_ignore_ascii_case("own") {
        words.remove(0);
    }
    while let Some(last) = words.last() {
        let bare = last.trim_end_matches([',', '.', ';', ':', '"', '“', '”', '’', '\'', '-', '–', '—']);
        if bare.is_empty() || DANGLING.contains(&bare.to_lowercase().as_str()) {
            words.pop();
        } else {
            let keep = words.len() - 1;
            words[keep] = bare;
            break;
        }
    }
    if words.is_empty() {
        phrase.trim().to_owned()
    } else {
        words.join(" ")
    }
}

/// "Taylor Force Act", "North American Free Trade Agreement".
fn named_issue(doc: &Document, issues: &mut Issues, i: usize) -> Option<usize> {
    if !is_capitalised(doc.word(i)) || (i > 0 && is_capitalised(doc.word(i - 1)) && doc.is_word(i - 1)) {
        return None;
    }
    // "The Taylor Force Act was backed": a sentence's article is no part of the name.
    let start = if doc.word(i) == "The" { i + 1 } else { i };
    let mut end = start;
    // ("African Growth and Opportunity Act": an "and" between capitalised
    // words goes on with the name.)
    let joins = |k: usize| k > start && doc.word(k) == "and" && is_capitalised(doc.word(k + 1)) && doc.is_word(k + 1);
    while end < doc.tokens.len() && doc.is_word(end) && (is_capitalised(doc.word(end)) || joins(end)) && end - start < 7
    {
        end += 1;
    }
    if end - start < 2 || !NAMED_ISSUE_SUFFIXES.contains(&doc.word(end - 1)) {
        return None;
    }
    let name = doc.slice(start, end).to_owned();
    let index = issues.index_or_add(Issue::plain(name, doc.low(end - 1).to_owned(), IssueSource::Rules));
    let first = if doc.low(start.wrapping_sub(1)) == "the" {
        start - 1
    } else {
        start
    };
    issues.add_mention(doc, index, first, end);
    // "(INARA)" right after is an alias.
    Some(end)
}

/// "vowed to run their budget deficits below the EU cap": what an actor
/// undertakes or wants done is an issue of its own, named by the verb
/// phrase. Only when that verb is not itself a stance cue, which the stance
/// rules read directly ("want to tear up the accord").
fn infinitive_goal(doc: &Document, lexicon: &Lexicon, issues: &mut Issues, i: usize) -> Option<usize> {
    // "vowed to run …", and "urged Europe and the US to build anew …";
    // not "backed the plan to cut taxes", whose determiner makes "plan" the
    // issue's head noun.
    let noun = determined(doc, i) && doc.low_is(WordClass::IssueHeads, i);
    let to = if doc.low_is(WordClass::Volitional, i) && doc.low(i + 1) == "to" && !noun {
        i + 1
    } else if doc.low_is(WordClass::Directive, i) {
        (i + 2..(i + 10).min(doc.tokens.len()))
            .take_while(|&k| !matches!(doc.word(k), "." | ";" | ":"))
            .find(|&k| doc.low(k) == "to")?
    } else {
        return None;
    };
    let mut verb = to + 1;
    while matches!(doc.word(verb), "\"" | "“") {
        verb += 1;
    }
    let verb_word = doc.low(verb);
    if !doc.tokens.get(verb)?.is_word
        || super::cues::at(doc, lexicon, verb).is_some_and(|hit| !hit.cue.blocking)
        || lexicon.is(WordClass::Be, verb_word)
        || DETERMINERS.contains(&verb_word)
        || is_capitalised(doc.word(verb))
    {
        return None;
    }
    let sentence = doc.sentences[doc.sentence_of[i]];
    // "we intend to strengthen it": what is strengthened is the issue just
    // named in the sentence, not a goal of its own. Verbs that undo ("lift
    // it") stay goals, which the stance rules read as reversals.
    if doc.low(verb + 1) == "it" && !lexicon.is(WordClass::Reverse, verb_word) {
        if let Some(latest) = issues
            .found
            .iter()
            .rev()
            .find(|f| f.end <= verb && f.first >= sentence.first)
            .map(|f| f.issue)
        {
            issues.found.push(IssueFound {
                issue: latest,
                first: verb,
                end: verb + 2,
            });
            return Some(verb + 2);
        }
    }
    let mut end = verb + 1;
    while end < sentence.end
        && end - verb < 12
        // "to 0.7% of their income", "to spend $2,500 on each family": a
        // percentage or a currency sign is part of the goal.
        && (doc.is_word(end) || doc.word(end) == "%" || doc.low_is(WordClass::Currencies, end))
        && !matches!(
            doc.low(end),
            "but" | "while" | "and" | "because" | "if" | "when" | "after" | "before"
        )
        // "Moves to lift the ban on arms exports to China have been condemned":
        // the clause's own verb ends the goal.
        && !(end > verb + 1
            && !matches!(doc.low(end), "'s" | "’s")
            && (doc.low_is(WordClass::Be, end)
                || doc.low_is(WordClass::Have, end)
                || MODALS.contains(&doc.low(end))))
    {
        end += 1;
    }
    // "vowed to run their deficits below the cap in 2005": the year is when, not what.
    let end = naming::strip_end(doc, lexicon, verb, end);
    let name = tidy_name(doc.slice(verb, end));
    issues.list.push(Issue {
        name,
        mentions: Vec::new(),
        head: verb_word.to_owned(),
        source: IssueSource::Rules,
        family: None,
        parties: Vec::new(),
    });
    let index = issues.list.len() - 1;
    issues.add_mention(doc, index, verb, end);
    // Issues named inside the phrase are still found; so are actors before "to".
    Some(if to == i + 1 { verb } else { i + 1 })
}

/// "attacking the EC for backing down from punitive action": the act a stance
/// verb blames or praises its object for is an issue of its own, named by the
/// gerund phrase. Only right after an actor (or "each other") that follows a
/// stance cue of the same clause.
fn reason_act(doc: &Document, lexicon: &Lexicon, actors: &Actors, issues: &mut Issues, i: usize) -> Option<usize> {
    let gerund = i + 1;
    let word = doc.low(gerund);
    if !matches!(doc.low(i), "for" | "of")
        || !doc.is_word(gerund)
        || is_capitalised(doc.word(gerund))
        || !word.ends_with("ing")
        || word.len() < 6
        || matches!(word, "nothing" | "something" | "anything" | "everything")
    {
        return None;
    }
    let object_first = if doc.low(i - 1) == "other" && doc.low(i.wrapping_sub(2)) == "each" {
        i - 2
    } else {
        actors.found.iter().find(|f| f.end == i && !f.modifier)?.first
    };
    let sentence = doc.sentences[doc.sentence_of[i]];
    let cue_before = (object_first.saturating_sub(4).max(sentence.first)..object_first)
        .any(|k| super::cues::at(doc, lexicon, k).is_some_and(|hit| !hit.cue.blocking));
    if !cue_before {
        return None;
    }
    let mut end = gerund + 1;
    while end < sentence.end
        && end - gerund < 8
        && doc.is_word(end)
        && !matches!(
            doc.low(end),
            "but" | "while" | "and" | "because" | "which" | "that" | "after" | "before"
        )
    {
        end += 1;
    }
    issues.list.push(Issue {
        name: tidy_name(doc.slice(gerund, end)),
        mentions: Vec::new(),
        head: word.to_owned(),
        source: IssueSource::Rules,
        family: None,
        parties: Vec::new(),
    });
    let index = issues.list.len() - 1;
    issues.add_mention(doc, index, gerund, end);
    Some(end)
}

/// Words that say nothing about which issue a phrase names ("with", "their").
fn is_function_word(word: &str) -> bool {
    RIGHT_PREPOSITIONS.contains(&word)
        || DETERMINERS.contains(&word)
        || matches!(
            word,
            "with" | "from" | "into" | "about" | "after" | "before" | "under" | "within" | "without" | "than" | "were"
        )
}

/// Puts one adjective of a later mention (`modifiers_start..head`) before an
/// issue name that opens with its bare head ("pact between world powers and
/// Tehran" → "nuclear pact between world powers and Tehran").
fn enrich_name(issue: &mut Issue, doc: &Document, modifiers_start: usize, head: usize) {
    let opens_with_head = issue
        .name
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(&issue.head));
    if !opens_with_head || head != modifiers_start + 1 {
        return;
    }
    let word = doc.low(modifiers_start);
    let adjective = is_descriptive(word)
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !BARE_MODIFIERS.contains(&word)
        && !is_capitalised(doc.word(modifiers_start));
    if adjective {
        issue.name = format!("{word} {}", issue.name);
    }
}

/// Whether a modifier only describes an issue rather than naming which one:
/// bare modifiers, ages ("15 year", "decades-old") and adjectives by their
/// ending ("nuclear", "controversial", "economic").
fn is_descriptive(word: &str) -> bool {
    const ENDINGS: &[&str] = &["al", "ar", "ic", "ive", "ous", "ful", "ary", "ian"];
    BARE_MODIFIERS.contains(&word)
        || word.chars().any(|c| c.is_ascii_digit())
        || matches!(word, "year" | "years" | "-year" | "old" | "long" | "-" | "–")
        || word.ends_with("-old")
        || word.ends_with("-year")
        || word.len() > 4 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether the word at `k` is a lower-case adjective as the treebank saw it
/// ("military", "concrete"), no cue ("tough") nor bare modifier ("new").
fn plain_adjective(doc: &Document, lexicon: &Lexicon, k: usize) -> bool {
    let word = doc.word(k);
    doc.is_word(k)
        && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && !BARE_MODIFIERS.contains(&word)
        && !lexicon.cues.contains_key(word)
        && standpoint_syntax::Parser::shared().seen_as(word, standpoint_syntax::Upos::Adj)
}

/// Whether a determiner or a possessive comes right before token `i`,
/// which makes it a noun: "the plans", "Labour's plans".
fn determined(doc: &Document, i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|b| DETERMINERS.contains(&doc.low(b)) || matches!(doc.low(b), "’s" | "'s"))
}

/// Whether the head word at `i` is used as a noun ("the move", not "to move").
fn is_noun_use(doc: &Document, i: usize) -> bool {
    let before = i.checked_sub(1).map_or("", |b| doc.low(b));
    if matches!(
        before,
        "to" | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "must"
            | "may"
            | "might"
            | "they"
            | "we"
            | "i"
            | "you"
            | "it"
            | "he"
            | "she"
    ) {
        return false;
    }
    // "plans" and "moves" are verbs before "to" unless a determiner or a
    // possessive makes them nouns ("Iran plans to…" against "the plans to…",
    // "Labour's plans to…").
    // "opposes aid to Ukraine", "cuts to the budget": a "to" that a name or
    // a determiner follows is a preposition, so the word before it is the
    // noun it qualifies, no verb taking an infinitive.
    if doc.low_is(WordClass::NounVerbHeads, i) && doc.low(i + 1) == "to" {
        let preposition = doc.is_word(i + 2)
            && (is_capitalised(doc.word(i + 2))
                || DETERMINERS.contains(&doc.low(i + 2))
                || matches!(doc.low(i + 2), "its" | "their" | "his" | "her" | "our"));
        return determined(doc, i) || doc.starts_sentence(i) || preposition;
    }
    true
}

/// Whether the word at `k` is a verb in the past after a noun, its
/// subject: "imposed" in "The EU imposed sanctions", "proposed" in "the
/// Commission proposed new rules". Not a participle after a determiner, an
/// adverb or a possessive, which qualifies the noun after it ("the newly
/// imposed sanctions", "the EU's proposed ban").
fn subject_verb(doc: &Document, lexicon: &Lexicon, k: usize) -> bool {
    let low = doc.low(k);
    let Some(before) = k.checked_sub(1) else {
        return false;
    };
    let previous = doc.low(before);
    // ("proposed" and "planned" too: "the Commission proposed new rules".)
    let past = lexicon.is(WordClass::IrregularPasts, low) || is_regular_past(low);
    // ("opposed planned cuts": after a verb in the past it qualifies the
    // noun after it.)
    let past_before = lexicon.is(WordClass::IrregularPasts, previous) || is_regular_past(previous);
    past && doc.is_word(before)
        && !past_before
        && !DETERMINERS.contains(&previous)
        && !matches!(
            previous,
            "’s" | "'s" | "much" | "long" | "well" | "so" | "hard" | "once" | "never"
        )
        && !previous.ends_with("ly")
        && !naming::in_amount(doc, before)
        && !previous.chars().any(|c| c.is_ascii_digit())
}

/// Whether the head at `i` ("plans", "demands") is the verb of a clause
/// whose subject is the actor right before it, which opens the sentence:
/// "Russia plans talks with Ukraine", against "the Russia plans were …" or
/// "EU cuts to aid".
fn verb_after_subject(doc: &Document, lexicon: &Lexicon, actors: &Actors, i: usize) -> bool {
    if !doc.low_is(WordClass::NounVerbHeads, i) || !doc.low(i).ends_with('s') {
        return false;
    }
    let Some(subject) = actors.found.iter().find(|f| f.end == i && !f.modifier) else {
        return false;
    };
    let start = doc.sentences[doc.sentence_of[i]].first.max(doc.body_start);
    let opens = subject.first == start || subject.first == start + 1 && doc.low(start) == "the";
    // Its object follows: a word that opens a noun phrase, not a preposition,
    // a verb or the end of the clause.
    let next = doc.low(i + 1);
    let object = doc.is_word(i + 1)
        && !RIGHT_PREPOSITIONS.contains(&next)
        && !MODALS.contains(&next)
        && !matches!(
            next,
            "and" | "or" | "but" | "in" | "at" | "by" | "as" | "that" | "which"
        )
        && !doc.low_is(WordClass::Be, i + 1)
        && !doc.low_is(WordClass::Have, i + 1)
        && !is_finite_verb(lexicon, next);
    opens && object
}

/// "lifting the embargo", "wants to end the sanctions", "the end of the
/// embargo", "a boycott of the election", "pushed for the embargo to be
/// lifted": an issue phrase, tokens `first..end`, that is the object of an
/// act undoing or refusing it. Who backs that backs the act, and the other
/// side backs the issue itself, so the act is the issue, named by the act as
/// an analyst (and the gold, "lifting of the EU arms embargo") names it: the
/// act's words, to go before the phrase. None when the act word is itself a
/// stance cue ("wants to scrap the embargo" already reads as opposing it).
fn undoing_act(doc: &Document, lexicon: &Lexicon, (first, end): (usize, usize), floor: usize) -> Option<String> {
    let act = |k: usize| super::cues::at(doc, lexicon, k).is_none_or(|hit| hit.cue.blocking);
    // "for the embargo to be lifted", "the ban being eased", "wants the
    // sanctions scrapped": a participle after the phrase is never the
    // active cue some of these verbs are ("scrap"), so any of them counts.
    let be = end + usize::from(doc.low(end) == "to");
    let passive = matches!(doc.low(be), "be" | "being").then_some(be + 1);
    let wished = first
        .checked_sub(1)
        .filter(|&b| b >= floor && doc.low_is(WordClass::Volitional, b))
        .map(|_| end);
    for participle in passive.into_iter().chain(wished) {
        let word = doc.low(participle);
        if doc.low_is(WordClass::Reverse, participle) && word != bare_verb(lexicon, word).unwrap_or_default() {
            if let Some(verb) = bare_verb(lexicon, word) {
                return Some(naming::gerund(&verb));
            }
        }
    }
    let before = first.checked_sub(1).filter(|&k| k >= floor)?;
    let word = doc.low(before);
    if doc.low_is(WordClass::Reverse, before) && act(before) {
        if word.ends_with("ing") {
            return Some(word.to_owned());
        }
        // "to lift the embargo": the bare verb after "to", named as an act.
        if bare_verb(lexicon, word).is_some_and(|bare| bare == word) && before > floor && doc.low(before - 1) == "to" {
            return Some(naming::gerund(word));
        }
        return None;
    }
    let noun = before.checked_sub(1).filter(|&k| k >= floor)?;
    // "a boycott of": a verb cue's noun form is no cue.
    let noun_act =
        super::cues::at(doc, lexicon, noun).is_none_or(|hit| hit.cue.blocking || hit.cue.frame != Frame::Noun);
    (matches!(word, "of" | "to") && doc.low_is(WordClass::ReversalNouns, noun) && noun_act)
        .then(|| format!("{} {word}", doc.low(noun)))
}

/// The bare form of a verb of the `reverse` class from itself or its past
/// participle ("lifted" → "lift", "scrapped" → "scrap", "eased" → "ease",
/// "withdrawn" → "withdraw"); None for other forms ("lifts", "lifting").
fn bare_verb(lexicon: &Lexicon, word: &str) -> Option<String> {
    let is_bare = |w: &str| lexicon.is(WordClass::Reverse, w) && !w.ends_with("ing") && !w.ends_with("ed");
    let stems = [
        word.strip_suffix("ed"),
        word.strip_suffix("ed").and_then(undoubled),
        word.strip_suffix('d'),
        word.strip_suffix('n'),
    ];
    // A participle's stem first: "withdrawn" is listed too.
    let stem = stems.into_iter().flatten().find(|s| is_bare(s));
    stem.or_else(|| (!word.ends_with('s') && is_bare(word)).then_some(word))
        .map(str::to_owned)
}

/// "scrapp" → "scrap": the word without its last letter when that letter
/// is doubled.
fn undoubled(word: &str) -> Option<&str> {
    let mut last = word.char_indices().rev();
    match (last.next(), last.next()) {
        (Some((at, a)), Some((_, b))) if a == b => Some(&word[..at]),
        _ => None,
    }
}

/// Sentences back a shell noun may reach for what it names.
const SHELL_REACH: usize = 1;

/// The issue a phrase `a..b` of the parse points back at when it is only a
/// shell noun and its determiner ("such calls", "the idea").
pub(super) fn shell_reference(
    doc: &Document,
    lexicon: &Lexicon,
    issues: &Issues,
    (a, b): (usize, usize),
) -> Option<usize> {
    let determiner = match b.checked_sub(a)? {
        1 => a.checked_sub(1),
        2 => Some(a),
        _ => None,
    }?;
    shell_antecedent(doc, lexicon, issues, Some(determiner), b - 1)
}

/// "would not back a second referendum … would support the idea": a shell
/// noun (`shell_nouns`) after a definite or demonstrative determiner names
/// the latest issue of its sentence or the one before, when it has no issue
/// of its own head or family to name.
fn shell_antecedent(
    doc: &Document,
    lexicon: &Lexicon,
    issues: &Issues,
    determiner: Option<usize>,
    i: usize,
) -> Option<usize> {
    let definite =
        determiner.is_some_and(|d| matches!(doc.low(d), "the" | "this" | "that" | "such" | "these" | "those"));
    if !definite || !doc.low_is(WordClass::ShellNouns, i) {
        return None;
    }
    let sentence = doc.sentence_of[i];
    let before = determiner.unwrap_or(i);
    // The parse's issues are appended after the rules' ones, so the list is
    // not in text order: the latest is the one that starts last.
    issues
        .found
        .iter()
        .filter(|f| f.end <= before && doc.sentence_of[f.first] + SHELL_REACH >= sentence)
        .filter(|f| !lexicon.is(WordClass::ShellNouns, &issues.list[f.issue].head))
        .max_by_key(|f| f.first)
        .map(|f| f.issue)
}

/// Reads the issue phrase around the head at `i` and records it.
fn head_phrase(doc: &Document, lexicon: &Lexicon, actors: &Actors, issues: &mut Issues, i: usize) -> usize {
    let sentence = doc.sentences[doc.sentence_of[i]];
    // Left: back to a determiner within four words (the words of an amount
    // not counted: "a 50 billion euro aid package"), else only capitalised
    // or hyphenated modifiers directly before.
    let mut first = i;
    let mut determiner = None;
    let mut possessive = None;
    let mut words = 0;
    for k in (sentence.first.max(doc.body_start)..i).rev() {
        if !naming::in_amount(doc, k) {
            words += 1;
        }
        if words > 4 {
            break;
        }
        let low = doc.low(k);
        if DETERMINERS.contains(&low) {
            determiner = Some(k);
            break;
        }
        // "called the sanctions economic terrorism": an issue phrase ended
        // before an adjective, which opens a second noun phrase.
        if k + 1 < i && plain_adjective(doc, lexicon, k + 1) && issues.found.iter().any(|f| f.end == k + 1) {
            break;
        }
        if matches!(low, "’s" | "'s") && possessive.is_none() {
            possessive = Some(k);
        }
        if !doc.is_word(k)
            || doc.low_is(WordClass::Speech, k)
            || doc.low_is(WordClass::Be, k)
            || doc.low_is(WordClass::Have, k)
            || RIGHT_PREPOSITIONS.contains(&low)
            || matches!(low, "and" | "or" | "but" | "in" | "at" | "by" | "as" | "than")
            || doc.low_is(WordClass::Subordinators, k)
            // "lifting the embargo would damage relations": the modal's
            // clause begins after it.
            || MODALS.contains(&low)
            // "The EU imposed sanctions": a subject and its verb stand
            // between the determiner and the head.
            || subject_verb(doc, lexicon, k)
            // "rejected the pay offer": the first word of a longer cue
            // ("pay tribute to") that does not follow is a modifier.
            || super::cues::at(doc, lexicon, k).is_some() && !BARE_MODIFIERS.contains(&low)
        {
            break;
        }
    }
    let modifiers_start = match determiner {
        Some(k) => k + 1,
        None => {
            // "rejected Catalonia's independence referendum": the words
            // between an owner's possessive and the head are modifiers, as
            // after a determiner, and the owner's name goes before them, as
            // before a head right after it ("Sweden's bid").
            if let Some(p) = possessive {
                first = p + 1;
            }
            while first > sentence.first.max(doc.body_start) && {
                let w = doc.word(first - 1);
                doc.is_word(first - 1)
                    && (is_capitalised(w) || w.contains('-') || matches!(w, "’s" | "'s"))
                    && (!lexicon.is(WordClass::StopCaps, w) || lexicon.is(WordClass::HonorificAbbreviations, w))
            } {
                first -= 1;
            }
            // "warned against military action": a head that says little
            // alone is named with the adjectives right before it.
            let mut adjectives = 0;
            while adjectives < 2
                && first > sentence.first.max(doc.body_start)
                && doc.low_is(WordClass::GenericIssueHeads, i)
                && plain_adjective(doc, lexicon, first - 1)
            {
                first -= 1;
                adjectives += 1;
            }
            first
        }
    };
    let mention_first = determiner.unwrap_or(modifiers_start);
    // "a dollars 27bn bill", "a $2bn aid package": how much says nothing of which.
    let modifiers_start = naming::amount_end(doc, modifiers_start, i).map_or(modifiers_start, |rest| rest.min(i));
    // Right: one prepositional phrase or infinitive, up to the next punctuation.
    let mut end = i + 1;
    let next = doc.low(end);
    // Only nouns of intent take an infinitive ("decision to suspend", not "the ban to end").
    let takes_infinitive = doc.low_is(WordClass::IntentNouns, i);
    // "a ruling giving Greece exclusive use", "a policy granting residency":
    // a participle after the head says what the issue does.
    let participle = next.ends_with("ing")
        && next.len() > 5
        && !is_capitalised(doc.word(end))
        && !lexicon.is(WordClass::Speech, next)
        && !lexicon.cues.contains_key(next)
        && !matches!(
            next,
            "including"
                | "during"
                | "following"
                | "according"
                | "regarding"
                | "concerning"
                | "something"
                | "nothing"
                | "anything"
                | "everything"
                | "morning"
                | "evening"
                | "being"
                | "having"
                | "citing"
                | "leaving"
                | "warning"
                | "threatening"
        );
    // "put the treaty on hold": "on hold" says what is done to it, not what it is.
    let idiom = next == "on" && doc.low(end + 1) == "hold";
    // "defended her policy against critics": what a verb of defending
    // guards against is the verb's, not the issue's.
    let guarded = matches!(next, "against" | "from")
        && mention_first
            .checked_sub(1)
            .is_some_and(|b| doc.low_is(WordClass::DefendingVerbs, b));
    // "backing for the ceasefire from Qatar": "from" after the object of a
    // noun of stance names its giver, no part of the issue.
    let given = next == "from"
        && mention_first >= 2
        && matches!(doc.low(mention_first - 1), "for" | "of" | "to" | "against")
        && !doc.low_is(WordClass::TradeFlowNouns, i)
        && !doc.low_is(WordClass::LeavingNouns, i)
        && lexicon
            .cues
            .get(doc.low(mention_first - 2))
            .is_some_and(|cues| cues.iter().any(|c| c.frame == Frame::Noun && !c.blocking));
    if (RIGHT_PREPOSITIONS.contains(&next) && next != "to" && !idiom && !guarded && !given
        || participle
        || next == "to"
            && (takes_infinitive
                || !doc.low(end + 1).ends_with("ing")
                    && !lexicon.cues.contains_key(doc.low(end + 1))
                    && !matches!(doc.low(end + 1), "be" | "end" | "lift" | "pass")))
        && doc.tokens.get(end + 1).is_some_and(|t| t.is_word)
    {
        let mut k = end + 1;
        // "a pact between world powers and Tehran": one "and" belongs to "between".
        let mut between_and = next == "between";
        while k < sentence.end && k - end <= 7 {
            let low = doc.low(k);
            if !doc.is_word(k) && !matches!(low, "-" | "–" | "’" | "'") {
                break;
            }
            if low == "and" && between_and {
                between_and = false;
                k += 1;
                // "between world powers and Tehran intact": the second party closes the phrase.
                if let Some(party) = actors.at(k).filter(|f| f.first == k || doc.low(k) == "the") {
                    k = party.end;
                    break;
                }
                if is_capitalised(doc.word(k)) {
                    while k < sentence.end && doc.is_word(k) && is_capitalised(doc.word(k)) {
                        k += 1;
                    }
                    break;
                }
                continue;
            }
            // "to erase France and Germany from its list": a pair of actors stays whole.
            if low == "and"
                && actors.found.iter().any(|f| f.end == k && !f.modifier)
                && actors.at(k + 1).is_some_and(|f| f.first == k + 1)
            {
                k += 1;
                continue;
            }
            // "a bid to join NATO unless Stockholm …": a subordinate clause is
            // the condition or the time of the issue, not part of it.
            // "an amendment to legislation such as a spending bill": examples
            // of what the phrase names are no part of its name.
            if matches!(low, "that" | "which" | "who" | "and" | "but" | "despite" | "including")
                || low == "such" && doc.low(k + 1) == "as"
                || doc.low_is(WordClass::Subordinators, k)
                || doc.low_is(WordClass::Be, k)
                || doc.low_is(WordClass::Have, k)
                || doc.low_is(WordClass::Speech, k)
                || is_finite_verb(lexicon, low)
            {
                break;
            }
            k += 1;
        }
        if k > end + 1 {
            end = k;
        }
    }
    // "the deal on Twitter": where and when it was said is not the issue.
    let end = naming::strip_end(doc, lexicon, i, end);
    let (parties, partner, partner_actor) = naming::parties(doc, actors, mention_first, i, end);
    if let Some(act) = undoing_act(doc, lexicon, (mention_first, end), sentence.first.max(doc.body_start)) {
        let name = tidy_name(&format!("{act} {}", doc.slice(mention_first, end)));
        // "urged Washington to drop the demand": the goal "drop the demand",
        // already found, is that act.
        let goal = issues
            .found
            .iter()
            .rev()
            .find(|f| f.first < mention_first && mention_first <= f.first + 2 && f.end >= end)
            .map(|f| f.issue);
        let index = goal.unwrap_or_else(|| {
            issues.index_or_add(Issue {
                name,
                mentions: Vec::new(),
                // Not the undone issue's head or family: a later "the
                // embargo" is the embargo, not its lifting.
                head: act,
                source: IssueSource::Rules,
                family: None,
                parties,
            })
        });
        issues.add_mention(doc, index, mention_first, end);
        return i + 1;
    }
    let modifiers: Vec<&str> = (modifiers_start..i).map(|k| doc.low(k)).collect();
    let bare = end == i + 1 && modifiers.iter().all(|m| BARE_MODIFIERS.contains(m));
    let head = doc.low(i).to_owned();
    let family = lexicon.issue_family.get(&head).copied();
    let same_family = |x: usize| issues.list[x].head == head || (family.is_some() && issues.list[x].family == family);
    let index = if bare {
        // "the proposal" after "a U.S. proposal" and "its own plan": the
        // latest issue of that head, else the latest of the family.
        let latest = |fits: &dyn Fn(usize) -> bool| issues.found.iter().rev().map(|f| f.issue).find(|&x| fits(x));
        latest(&|x| issues.list[x].head == head)
            .or_else(|| latest(&same_family))
            .or_else(|| shell_antecedent(doc, lexicon, issues, determiner, i))
    } else {
        // "the nuclear pact" after "the nuclear agreement reached among Tehran…":
        // the same family sharing a content word is the same issue.
        let words: Vec<String> = (modifiers_start..end)
            .filter(|&k| k != i && doc.is_word(k) && doc.word(k).len() > 3 && !is_function_word(doc.low(k)))
            .map(|k| doc.low(k).to_owned())
            .collect();
        // "The code of conduct" after "an EU arms code": one code per story,
        // unless the new mention names or counts a different one.
        let distinct = (modifiers_start..end).any(|k| {
            k != i
                && (is_capitalised(doc.word(k))
                    || matches!(
                        doc.low(k),
                        "new" | "another" | "second" | "other" | "separate" | "rival"
                    ))
        });
        let definite = determiner.is_some_and(|d| doc.low(d) == "the");
        // "15 year", "nuclear", "controversial" describe; "climate" or "trade"
        // would name another issue of the family.
        let only_descriptive = (modifiers_start..i).all(|k| is_descriptive(doc.low(k)));
        // "the Iran pact" after "a pact between world powers and Tehran": the
        // actors that qualify it were already part of that issue.
        let modifier_actors: Vec<usize> = (modifiers_start..i)
            .filter_map(|k| actors.at(k).map(|f| f.actor))
            .collect();
        let same_actors = |x: usize| {
            !modifier_actors.is_empty()
                && modifier_actors.iter().all(|actor| {
                    issues
                        .found
                        .iter()
                        .filter(|f| f.issue == x)
                        .any(|f| (f.first..f.end).any(|k| actors.at(k).is_some_and(|a| a.actor == *actor)))
                })
        };
        // "the U.S.–Iran deal" when the story has one deal: parties alone do
        // not make a new issue.
        let only_parties = end == i + 1
            && !modifier_actors.is_empty()
            && (modifiers_start..i).all(|k| {
                actors.at(k).is_some()
                    || matches!(doc.word(k), "-" | "–" | "’s" | "'s")
                    || BARE_MODIFIERS.contains(&doc.low(k))
            });
        // The story's main issue of the family: mentioned most, at least twice.
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for x in issues.found.iter().map(|f| f.issue).filter(|&x| same_family(x)) {
            match counts.iter_mut().find(|(y, _)| *y == x) {
                Some((_, n)) => *n += 1,
                None => counts.push((x, 1)),
            }
        }
        let top = counts.iter().map(|&(_, n)| n).max().unwrap_or(0);
        let head_known = issues.list.iter().any(|x| x.head == head);
        let sole = (top >= 2 && counts.iter().filter(|&&(_, n)| n == top).count() == 1)
            .then(|| counts.iter().find(|&&(_, n)| n == top).map(|&(x, _)| x))
            .flatten();
        issues.found.iter().rev().map(|f| f.issue).find(|&x| {
            same_family(x)
                && (same_actors(x)
                    || !parties.is_empty() && issues.list[x].parties == parties
                    // "relations between both countries" after "relations between
                    // the former Cold War foes": one relation per story.
                    || issues.list[x].head == head
                        && doc.low(i + 1) == "between"
                        && issues.list[x].mentions.iter().any(|m| {
                            doc.text[m.start..m.end].to_lowercase().contains(&format!("{head} between"))
                        })
                    // "the possible deal with Russia" after the US–Russia deal.
                    || parties.is_empty() && partner_actor.is_some_and(|p| issues.list[x].parties.contains(&p))
                    || only_parties && sole == Some(x)
                    || issues.list[x].head == head && !distinct && definite
                    // "the 15 year embargo" after "the EU's ban on arms exports":
                    // a definite mention that adds no name, party or topic is
                    // the story's issue of that family.
                    // Only when the story has no issue of that head: "the proposal"
                    // after "a U.S. proposal" and "its own plan" is the proposal.
                    || !distinct
                        && definite
                        && end == i + 1
                        && modifier_actors.is_empty()
                        && only_descriptive
                        && !head_known
                    || issues.list[x].mentions.iter().any(|m| {
                        let mention = doc.text[m.start..m.end].to_lowercase();
                        words
                            .iter()
                            .any(|w| mention.split(|c: char| !c.is_alphanumeric()).any(|part| part == w))
                    }))
        })
    };
    // "the nuclear agreement" for "a pact between world powers and Tehran":
    // an adjective a later mention adds describes the issue in its name too.
    if let Some(x) = index {
        enrich_name(&mut issues.list[x], doc, modifiers_start, i);
    }
    let index = index.unwrap_or_else(|| {
        let name = tidy_name(&naming::build(doc, actors, modifiers_start, i, end, &parties, partner));
        issues.index_or_add(Issue {
            name,
            mentions: Vec::new(),
            head,
            source: IssueSource::Rules,
            family,
            parties: parties.clone(),
        })
    });
    issues.add_mention(doc, index, mention_first, end);
    // Continue after the head so that issues nested in the phrase are found too.
    i + 1
}

#[cfg(test)]
mod tests {
    use super::bare_verb;
    use crate::extract::lexicon::lexicon;

    #[test]
    fn bare_verbs_of_undoing_acts() {
        let lexicon = lexicon();
        for (form, bare) in [
            ("lift", Some("lift")),
            ("lifted", Some("lift")),
            ("scrapped", Some("scrap")),
            ("eased", Some("ease")),
            ("withdrawn", Some("withdraw")),
            ("cancelled", Some("cancel")),
            ("lifts", None),
            ("lifting", None),
            ("signed", None),
        ] {
            assert_eq!(bare_verb(lexicon, form).as_deref(), bare, "{form}");
        }
    }
}
