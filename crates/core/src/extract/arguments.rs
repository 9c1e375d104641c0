//! Issues read off the parse: what a stance cue takes as its object.
//!
//! The issue rules find issues by their head noun ("deal", "sanctions"), a
//! list no list can finish: "voice opposition to US-proposed changes to
//! NAFTA" names its issue by the cue's argument, not by a known head. So
//! every cue's direct object and its prepositional complement ("to", "for",
//! "against", …) in the dependency parse becomes an issue mention, unless an
//! actor or a known issue is already inside it (which of the two rules gave
//! better held-out figures: 0.281 against 0.265 when only the head counted). Which of these are stance
//! targets is the scorer's call (the `issue_src:parse` feature).
//!
//! An actor inside such a phrase is left out of its name ("the EU budget" is
//! the issue "budget"): rejecting the phrase lost "want the EU budget
//! capped". And where an actor reports a clause ("The rebate is not up for
//! renegotiation, Straw said"), that clause's subject and objects become
//! issues too, in sentences that name none otherwise.

use super::actors::Actors;
use super::cues::SentenceCues;
use super::document::Document;
use super::issues::{shell_reference, tidy_name, IssueSource, Issues, DETERMINERS};
use super::lexicon::{Frame, Lexicon, WordClass};
use super::naming;
use super::parse::{Argument, Parse};
use super::tokens::is_capitalised;
use crate::model::Span;
use standpoint_syntax::Upos;

/// Adds the cue arguments of `doc` to `issues`.
pub fn add(
    doc: &Document,
    lexicon: &Lexicon,
    cues: &SentenceCues,
    actors: &Actors,
    parse: &Parse,
    issues: &mut Issues,
) {
    // Tokens inside an actor or issue mention, kept up to date as arguments
    // become issues: whether a phrase is taken is then a look at its own
    // tokens, not a scan of every mention (which grew with the square of a
    // long article).
    let n = doc.tokens.len();
    let mut taken = vec![FREE; n];
    for m in &actors.found {
        taken[m.first.min(n)..m.end.min(n)].fill(ACTOR);
    }
    for m in &issues.found {
        taken[m.first.min(n)..m.end.min(n)].fill(ISSUE);
    }
    let means = means_words(doc, cues);
    let is_means = |a: &Argument| {
        let k = doc.tokens.partition_point(|t| t.start < a.head.0);
        means.get(k).copied().unwrap_or(false)
    };
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let (first, _) = doc.sentence_tokens(index);
        for &hit in cues.hits(index) {
            let cue = doc.span(hit.first, hit.end);
            // "The raid drew condemnation from Jordan", "The vote sparked
            // anger in Moscow": what a noun of stance is about, when its
            // holder is named after it, is the subject of the verb that
            // takes it.
            let held = matches!(hit.cue.frame, Frame::Noun | Frame::Affect)
                && !hit.cue.blocking
                && matches!(doc.low(hit.end), "from" | "in" | "by" | "among")
                && actors
                    .at(hit.end + 1)
                    .is_some_and(|a| a.first == hit.end + 1 && !a.modifier);
            let cause = held.then(|| parse.subject_of_object_verb(cue.start, cue.end)).flatten();
            // "launched a tirade against the FBI": a noun of stance that a
            // verb cue takes is the subject's own stance, which the noun's
            // cue reads, no issue the verb backs (a noun of asking, "resisted
            // such calls", still names what is asked).
            let own_stance = |a: &Argument| {
                let head = &doc.text[a.head.0..a.head.1];
                hit.cue.frame == Frame::Verb
                    && stance_noun(lexicon, head)
                    && !lexicon.is(WordClass::RequestNouns, &head.to_lowercase())
            };
            // "accused Washington of hypocrisy", "blamed Kyiv for the
            // delay": the charge is what the one blamed did or is, no
            // thing the blamer takes a side on; the one blamed is the
            // target.
            let blaming = hit.cue.frame == Frame::Verb && doc.low_is(WordClass::BlamingVerbs, hit.first);
            // ("accused Russia of interference in the election" names an act,
            // which the stance may be on: only a charge of one word, what
            // the one blamed is or shows, is dropped.)
            let charge = |a: &Argument| blaming && (a.start, a.end) == a.head && is_charge(doc, a.start);
            let arguments = parse
                .arguments(cue.start, cue.end)
                .into_iter()
                .filter(|a| !own_stance(a) && !charge(a) && !is_means(a))
                .chain(cause);
            for argument in with_what_is_asked(doc, lexicon, arguments.collect(), &taken) {
                take(
                    doc,
                    lexicon,
                    parse,
                    &argument,
                    (first, sentence.end),
                    &mut taken,
                    issues,
                    IssueSource::CueArgument,
                );
            }
        }
    }
    // "Trump has denied any collusion", "Airlines reacted against the fuel
    // levy": what an actor does something to may be what it takes a stance
    // on, though the verb is no cue. Which are is the scorer's call (the
    // `issue_subj` target kind).
    // Only in sentences naming no issue otherwise: where one is named, it
    // is more likely what the sentence is about.
    let mut has_issue = vec![false; doc.sentences.len()];
    for f in &issues.found {
        if let Some(&s) = doc.sentence_of.get(f.first) {
            has_issue[s] = true;
        }
    }
    // The actors that may do so: their mention, and their sentence's bounds.
    let speakers: Vec<(Span, (usize, usize))> = actors
        .found
        .iter()
        .filter(|m| !m.modifier && m.first >= doc.body_start)
        .filter_map(|m| {
            let s = *doc.sentence_of.get(m.first)?;
            if has_issue[s] {
                return None;
            }
            Some((doc.span(m.first, m.end), doc.sentence_tokens(s)))
        })
        .collect();
    let mut take_each = |arguments: Vec<Argument>, bounds: (usize, usize), source: IssueSource| {
        for argument in &arguments {
            take(doc, lexicon, parse, argument, bounds, &mut taken, issues, source);
        }
    };
    for &(span, bounds) in &speakers {
        if let Some((start, end)) = parse.subject_of(span.start, span.end) {
            // "Tokyo voiced concern over …": a noun of stance that a verb of
            // no stance takes is the stance, which the noun's cue reads, not
            // an issue ("called for protests" still names one).
            let verb = doc.text[start..end].to_lowercase();
            // "Moscow saw heavy snow", "Kyiv suffered power cuts": what a
            // subject undergoes is no act of its own.
            if lexicon.is(WordClass::UndergoingVerbs, &verb) {
                continue;
            }
            // ("launched a tirade against the FBI": a verb cue of one word
            // takes the noun as its own stance too.)
            let verb_cue = lexicon
                .cues
                .get(verb.as_str())
                .is_some_and(|cues| cues.iter().any(|c| !c.rest.is_empty() && !c.blocking));
            let mut arguments = parse.arguments(start, end);
            arguments.retain(|a| (verb_cue || !stance_noun(lexicon, &doc.text[a.head.0..a.head.1])) && !is_means(a));
            take_each(arguments, bounds, IssueSource::VerbObject);
        }
    }
    // "The rebate is not up for renegotiation, Straw said": what an actor
    // says may name what it takes a stance on, as the reported clause's
    // subject or object (the `issue_clause` target kind). After every verb
    // object is taken, as the held-out figures were measured.
    for &(span, bounds) in &speakers {
        let reported = parse.reported_arguments(lexicon, span.start, span.end);
        take_each(reported, bounds, IssueSource::ClauseArgument);
    }
}

/// The tokens that are arms inside a multiword verb cue, "rockets" in
/// "fired rockets at Israel", "weapons" in "sent weapons to Kyiv": the
/// means of the act, whose target follows the cue, never an issue of its
/// own. (Not every inner noun: dropping all, "cut aid to", lost held-out
/// F1; a split cue's gap, "holds [the regime] responsible", is no part of
/// the cue.)
fn means_words(doc: &Document, cues: &SentenceCues) -> Vec<bool> {
    let mut means = vec![false; doc.tokens.len()];
    for s in 0..doc.sentences.len() {
        for hit in cues.hits(s) {
            if hit.cue.frame != Frame::Verb || hit.cue.blocking {
                continue;
            }
            for k in hit.first + 1..hit.end.min(means.len()) {
                let in_gap = hit.gap.is_some_and(|(a, b)| a <= k && k < b);
                if !in_gap && doc.low_is(WordClass::MunitionNouns, k) {
                    means[k] = true;
                }
            }
        }
    }
    means
}

/// "rejected calls for an inquiry", parsed as the verb's object "calls"
/// and its "for" phrase: a noun of asking (`request_nouns`) joined again to
/// what it asks for, which the name needs to say what is rejected. Not over
/// an issue already found ("calls for an inquiry into the deal"); when what
/// is asked is itself that issue ("calls for new talks"), the noun of asking
/// is no issue, and the stance falls on what is asked.
fn with_what_is_asked(doc: &Document, lexicon: &Lexicon, arguments: Vec<Argument>, taken: &[u8]) -> Vec<Argument> {
    let mut out: Vec<Argument> = Vec::with_capacity(arguments.len());
    for argument in arguments {
        if let Some(asking) = out.last_mut() {
            let between = doc.text.get(asking.end..argument.start).unwrap_or("");
            let free = || {
                let first = doc.tokens.partition_point(|t| t.start < asking.start);
                let end = doc.tokens.partition_point(|t| t.end <= argument.end);
                taken[first..end.max(first)].iter().all(|&t| t != ISSUE)
            };
            // (The phrase's determiner is left out of it: "for a".)
            let mut words = between.split_whitespace();
            let asked = words.next().is_some_and(|w| w.eq_ignore_ascii_case("for"))
                && words.all(|w| lexicon.is(WordClass::NounMakers, w));
            if asked && lexicon.is(WordClass::RequestNouns, &doc.text[asking.head.0..asking.head.1]) {
                // "rejected calls for new talks": what is asked is an issue
                // already, the one the stance is on; the asking names none
                // of its own. ("calls for an inquiry into the deal" asks for
                // no deal: the asking stays.)
                let head = doc.tokens.partition_point(|t| t.end <= argument.head.0);
                if free() {
                    asking.end = argument.end;
                } else if taken.get(head) == Some(&ISSUE) {
                    out.pop();
                } else {
                    out.push(argument);
                }
                continue;
            }
        }
        out.push(argument);
    }
    out
}

/// Whether the phrase starting at byte `start` follows "of" or "for" (a
/// determiner or possessive between): the charge of a verb of blaming.
fn is_charge(doc: &Document, start: usize) -> bool {
    let first = doc.tokens.partition_point(|t| t.start < start);
    (first.saturating_sub(3)..first)
        .rev()
        .take_while(|&k| doc.is_word(k))
        .find(|&k| !DETERMINERS.contains(&doc.low(k)))
        .is_some_and(|k| matches!(doc.low(k), "of" | "for"))
}

/// Whether `word` is a noun cue's ("concern", "criticism").
fn stance_noun(lexicon: &Lexicon, word: &str) -> bool {
    lexicon.noun_cues(&word.to_lowercase()).next().is_some()
}

/// What a token is part of, for [`take`].
const FREE: u8 = 0;
const ACTOR: u8 = 1;
const ISSUE: u8 = 2;

/// Makes `argument` an issue unless it names an actor or lies over another
/// issue. An actor inside the phrase is left out of the name: "the EU
/// budget" names the issue "budget", "China's trade surplus with the US"
/// the issue "trade surplus".
#[allow(clippy::too_many_arguments)]
fn take(
    doc: &Document,
    lexicon: &Lexicon,
    parse: &Parse,
    argument: &Argument,
    (first, sentence_end): (usize, usize),
    taken: &mut [u8],
    issues: &mut Issues,
    source: IssueSource,
) {
    // "opposes any form of Taiwan independence": a noun of a kind or a part
    // names what it is of.
    let of_part = lexicon
        .is(WordClass::PartitiveNouns, &doc.text[argument.head.0..argument.head.1])
        .then(|| parse.complement(argument.head, "of"))
        .flatten();
    let argument = of_part.as_ref().unwrap_or(argument);
    // Names are actors or named issues: the other rules' work.
    if argument.head_upos == Upos::Propn {
        return;
    }

    let Some((a, b)) = tokens_within(doc, argument.start, argument.end, first, sentence_end) else {
        return;
    };
    let a = naming::split_amount_start(doc, a).max(first);
    if taken[a..b].contains(&ISSUE) {
        return;
    }
    // "pounds 3bn of aid to Africa" is the issue "aid to Africa"; a bare
    // amount ("dollars 6bn") is named by what its clause uses it for, or
    // names nothing.
    // What the clause of a bare amount uses it for ("Billions of pounds …
    // should have been used to reduce poverty": "reduce poverty"), actors
    // and all; nothing when the clause says nothing.
    let purpose = |taken: &[u8]| {
        parse
            .purpose_of(argument.start, argument.end)
            .and_then(|(start, end)| tokens_within(doc, start, end, first, sentence_end))
            .filter(|&(a, b)| !taken[a..b].contains(&ISSUE))
    };
    let mut head = argument.head.0;
    let (a, b) = match naming::amount_end(doc, a, b) {
        None => (a, b),
        Some(rest) if rest < b => {
            // "pounds 3bn EU rebate": the head is the rebate, after the actor.
            let named = (rest..b)
                .find(|&k| taken[k] == FREE && doc.is_word(k) && !matches!(doc.low(k), "'s" | "’s"))
                .unwrap_or(rest);
            head = head.max(doc.tokens[named].start);
            (rest, b)
        }
        Some(_) => {
            if let Some(span) = purpose(taken) {
                record(doc, span, taken, issues, source);
            }
            return;
        }
    };
    // "called NATO obsolete": after a verb of naming, an actor opening the
    // phrase is the object, and the words after it only what it is called,
    // though the parse may read them as one noun phrase.
    let named_object = taken[a] == ACTOR && a.checked_sub(1).is_some_and(|v| doc.low_is(WordClass::NamingVerbs, v));
    if named_object {
        return;
    }
    // "called the EU budget a disgrace": after a verb of naming, a second
    // noun phrase is what the object is called, no part of its name.
    let named = (a.saturating_sub(2)..a).any(|v| doc.low_is(WordClass::NamingVerbs, v));
    let b = match (a + 1..b).find(|&k| matches!(doc.low(k), "a" | "an" | "the")) {
        Some(k) if named => k,
        _ => b,
    };
    // "accused the government of torture": the object of a verb of blaming
    // is the one blamed; what for is the charge, no part of its name.
    let blamed = a.checked_sub(2).is_some_and(|v| doc.low_is(WordClass::BlamingVerbs, v))
        || a.checked_sub(1).is_some_and(|v| doc.low_is(WordClass::BlamingVerbs, v));
    let b = match (a + 1..b).find(|&k| matches!(doc.low(k), "of" | "for")) {
        Some(k) if blamed => k,
        _ => b,
    };
    // "tariffs on Chinese steel on Monday", "the strike as a violation of
    // its sovereignty": when and what it is judged to be are no part of it.
    let b = naming::strip_end(doc, lexicon, a, b);
    let (a, b) = if taken[a..b].contains(&ACTOR) {
        let Some((first, b)) = around_head(doc, head, (a, b), taken) else {
            return;
        };
        // "opposes Taiwan independence": a noun of a people's standing is
        // named with whose it is, the actor right before it.
        let mut first = first;
        if (first..b).any(|k| doc.tokens[k].start == head && doc.low_is(WordClass::StatusNouns, k)) {
            while first > a && taken[first - 1] == ACTOR {
                first -= 1;
            }
        }
        // "hosted Hamas leaders": what is left is the actor's people, named
        // after it, no issue.
        // "struck Hamas positions": so are the places it holds.
        let own = |k: usize| lexicon.is_people_plural(doc.low(k)) || doc.low_is(WordClass::HoldingNouns, k);
        if b == first + 1 && first > a && taken[first - 1] == ACTOR && own(first) {
            return;
        }
        // "applauded Melania's grace": a quality its owner's possessive
        // names is the owner judged, no issue.
        let owned = first >= a + 2 && matches!(doc.low(first - 1), "'s" | "’s") && taken[first - 2] == ACTOR;
        if b == first + 1 && owned && doc.low_is(WordClass::QualityNouns, first) {
            return;
        }
        // "pledged support for the people of Ukraine": the people or a body
        // "of" an actor is the actor, no issue.
        if b == first + 1 && people_of_actor(doc, lexicon, first, taken) {
            return;
        }
        (first, b)
    } else {
        (a, b)
    };
    // "Britain's pounds 3bn": the amount left once its owner is cut off.
    let (a, b) = match naming::amount_end(doc, a, b) {
        None => (a, b),
        Some(rest) if rest < b => (rest, b),
        Some(_) => {
            if let Some(span) = purpose(taken) {
                record(doc, span, taken, issues, source);
            }
            return;
        }
    };
    if !(a..b).any(|k| doc.is_word(k)) {
        return;
    }
    // "does not have the authority to use force": a capacity alone, before
    // the act it is for, names no issue.
    if b == a + 1 && doc.low_is(WordClass::CapacityNouns, a) && doc.low(b) == "to" {
        return;
    }
    // "on the subject", "for the first time": a general noun or a
    // time closing the phrase names no issue.
    let last = doc.low(b - 1);
    if lexicon.is(WordClass::GeneralNouns, last)
        || lexicon.is(WordClass::TimeWords, last)
        || lexicon.is(WordClass::TimeUnits, last)
    {
        return;
    }
    // "pledged support for Ukraine": a stance noun is the stance, not what
    // it is about.
    if lexicon.is(WordClass::AttitudeNouns, last) {
        return;
    }
    // "backed the government", "denounced the new regime": a body of a
    // state that no name qualifies is an actor the text leaves unnamed,
    // never an issue.
    // "did work for the firm", "joined the group": so is a noun of a
    // company or organisation.
    let body = lexicon.is(WordClass::SeatBodyNouns, last)
        || lexicon.is(WordClass::CompanyDescriptions, last)
        || lexicon.is(WordClass::OrganisationDescriptions, last);
    if body && (a..b).all(|k| !is_capitalised(doc.word(k))) {
        return;
    }
    // "resisted such calls": a shell noun names the issue named before.
    if let Some(issue) = shell_reference(doc, lexicon, issues, (a, b)) {
        taken[a..b].fill(ISSUE);
        issues.add_mention(doc, issue, a, b);
        return;
    }
    record(doc, (a, b), taken, issues, source);
}

/// Whether the word at `k` names the people, a body or a group of the actor
/// named right after its "of" ("the people of Ukraine", "the government of
/// Iraq").
fn people_of_actor(doc: &Document, lexicon: &Lexicon, k: usize, taken: &[u8]) -> bool {
    let owner = if doc.low(k + 2) == "the" { k + 3 } else { k + 2 };
    lexicon.is_people_of_noun(doc.low(k)) && doc.low(k + 1) == "of" && taken.get(owner) == Some(&ACTOR)
}

/// Records tokens `a..b` as an issue mention named by their text.
fn record(doc: &Document, (a, b): (usize, usize), taken: &mut [u8], issues: &mut Issues, source: IssueSource) {
    let name = tidy_name(doc.slice(a, b));
    if name.is_empty() {
        return;
    }
    taken[a..b].fill(ISSUE);
    let head = doc.low(b - 1).to_owned();
    issues.add_from_parse(doc, name, head, a, b, source);
}

/// Within tokens `a..b`, the run around the head (at byte `head`) that no
/// actor mention takes: left modifiers up to the nearest actor, and the
/// head's right side only when no actor lies there ("trade surplus" of
/// "China's trade surplus with the US"). None when the head is an actor's.
fn around_head(doc: &Document, head: usize, (a, b): (usize, usize), taken: &[u8]) -> Option<(usize, usize)> {
    let k = (a..b).find(|&k| doc.tokens[k].end > head)?;
    if taken[k] != FREE {
        return None;
    }
    let mut first = k;
    while first > a && taken[first - 1] == FREE {
        first -= 1;
    }
    let end = if taken[k + 1..b].iter().any(|&t| t != FREE) {
        k + 1
    } else {
        b
    };
    // No dangling possessive or determiner where an actor was cut off.
    while first < k && (!doc.is_word(first) || matches!(doc.low(first), "'s" | "’s" | "s" | "the" | "a" | "an")) {
        first += 1;
    }
    Some((first, end))
}

/// The document tokens lying inside byte span `start..end`, within the
/// sentence tokens `first..end_token`.
fn tokens_within(doc: &Document, start: usize, end: usize, first: usize, end_token: usize) -> Option<(usize, usize)> {
    let a = (first..end_token).find(|&k| doc.tokens[k].start >= start)?;
    let b = (a..end_token).take_while(|&k| doc.tokens[k].end <= end).last()? + 1;
    (a < b).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::super::{actors, issues};
    use super::*;

    /// The issue names the parse adds to `text`.
    fn check(text: &str, expect: &[&str]) {
        let doc = Document::new(text);
        let lexicon = super::super::lexicon::lexicon();
        let parse = Parse::new(text, lexicon);
        let actors = actors::find(&doc, lexicon, &parse);
        let mut found = issues::find(&doc, lexicon, &actors);
        let before = found.list.len();
        add(
            &doc,
            lexicon,
            &SentenceCues::new(&doc, lexicon),
            &actors,
            &parse,
            &mut found,
        );
        let names: Vec<&str> = found.list[before..].iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, expect, "{text}");
        assert!(found.list[before..].iter().all(|i| i.source != IssueSource::Rules));
    }

    #[test]
    fn what_a_verb_of_naming_calls_its_object_is_no_part_of_the_issue_name() {
        check("Donald Trump called the EU budget a disgrace.", &["budget"]);
    }

    #[test]
    fn a_cue_object_without_a_known_head_becomes_an_issue() {
        check("Farmers backed lower fuel prices.", &["lower fuel prices"]);
        check(
            "Farmers have voiced strong support for lower fuel prices.",
            &["lower fuel prices"],
        );
        check(
            "The minister criticised the closure of rural schools.",
            &["closure of rural schools"],
        );
    }

    #[test]
    fn what_an_actor_subject_does_something_to_becomes_an_issue() {
        check("Russia has been courting foreign investment.", &["foreign investment"]);
        check(
            "Microsoft has closed down its operations in the region.",
            &["its operations in the region"],
        );
        // Not where the sentence names an issue already.
        check(
            "Russia has been courting foreign investment despite the sanctions.",
            &[],
        );
        // Nor what no actor does.
        check("The weather has delayed the harvest.", &[]);
        // Nor what an actor only undergoes or sees.
        check("Moscow saw heavy snow.", &[]);
        check("Beijing has witnessed large crowds.", &[]);
    }

    #[test]
    fn an_actor_inside_an_argument_is_left_out_of_its_name() {
        check("The six countries want the EU budget to be capped.", &["budget"]);
        check(
            "Trump stepped up his criticism of China's trade surplus with the U.S. last week.",
            &["trade surplus"],
        );
        // An argument that is an actor stays the actor's.
        check("Russia backs the Assad regime.", &[]);
    }

    #[test]
    fn what_a_reported_clause_is_about_becomes_an_issue() {
        check("The rebate is not up for renegotiation, Jack Straw said.", &["rebate"]);
        check("Jack Straw said the rebate was entirely justified.", &["rebate"]);
        check(
            "\"Addressing the imbalance in China trade is a shared objective,\" Wilbur Ross said.",
            &["imbalance"],
        );
        // Only what an actor reports.
        check(
            "The rebate is not up for renegotiation, the weather forecast said.",
            &[],
        );
    }

    #[test]
    fn an_unnamed_body_of_a_state_is_no_issue() {
        check("Russia backed the new government.", &[]);
        check("Protesters in Lahore denounced the regime.", &[]);
        // Nor a company or an organisation.
        check("Greenpeace criticised the firm.", &[]);
        check("Britain has condemned the group.", &[]);
    }

    #[test]
    fn a_stance_itself_is_no_issue() {
        check(
            "The US and Russia have been following opposing stances in the Syrian conflict.",
            &[],
        );
    }

    #[test]
    fn a_general_noun_or_a_time_is_no_issue() {
        check("The Pentagon has expressed apprehension on the subject.", &[]);
        check(
            "The committee backed lower fuel prices for the first time.",
            &["lower fuel prices"],
        );
    }

    #[test]
    fn an_amount_of_money_is_named_by_what_it_is_for() {
        // By what it is an amount of.
        check("The World Bank approved a $2bn loan to Kenya.", &["loan"]);
        check(
            "Farmers have voiced strong support for pounds 3bn of help to Africa.",
            &["help to Africa"],
        );
        check("France opposed the 3bn euros in compensation.", &["compensation"]);
        // By what its clause uses it for.
        check(
            "Billions of pounds spent on war should have been used to reduce poverty, Jack Straw said.",
            &["reduce poverty"],
        );
        check(
            "China lent Russia dollars 6bn (pounds 3.2bn) to help the Russian government renationalise the key oil unit.",
            &["renationalise the key oil unit"],
        );
        // Else by nothing.
        check(
            "Britain's pounds 3bn EU rebate is not up for renegotiation, Jack Straw said.",
            &["rebate"],
        );
        check("Yukos sued the Russian government for dollars 28.3bn.", &[]);
        check("Germany has criticised the dollars 28.3bn claim.", &[]);
        // A currency is no amount.
        check("The government backed the euro.", &["euro"]);
    }

    #[test]
    fn actors_and_known_issues_are_left_to_their_rules() {
        check("Russia backs the Assad regime.", &[]);
        check("France opposes the deal.", &[]);
        // The issue rules named part of it already.
        check(
            "Four governors voiced opposition to proposed changes to the trade pact on Thursday.",
            &[],
        );
    }
}
