//! Readable issue names: where an issue phrase really ends (media, venue and
//! time phrases are where and when it was said, not part of the issue), who
//! its parties are ("the US and Russia are considering an agreement", "a
//! deal with the Kremlin"), and the name built from head, parties and topic
//! ("US–Russia intelligence-sharing agreement").
//!
//! Works on tokens and actor mentions already found; never creates issues or
//! decides which mentions corefer (that is `issues`).

use super::actors::Actors;
use super::document::Document;
use super::lexicon::{Frame, Lexicon, WordClass};
use super::tokens::is_capitalised;
use crate::model::ActorKind;
use standpoint_syntax::{Parser, Upos};

/// Whether a number-like word is a year ("2005").
fn is_year(word: &str) -> bool {
    word.len() == 4 && word.chars().all(|c| c.is_ascii_digit())
}

/// Whether token `k`, right after a time word, is a noun the time only
/// modifies: "interference in the 2016 election" names which election, no
/// time of the phrase ("in April 2005", "on Monday night" are times).
fn modifies_noun(doc: &Document, lexicon: &Lexicon, k: usize, end: usize) -> bool {
    let word = doc.low(k);
    k < end
        && doc.is_word(k)
        && !is_year(word)
        && !word.starts_with(|c: char| c.is_ascii_digit())
        && !lexicon.is(WordClass::TimeWords, word)
        && !is_capitalised(doc.word(k))
        && Parser::shared().seen_as(word, Upos::Noun)
        && ![Upos::Adp, Upos::Sconj, Upos::Cconj, Upos::Pron, Upos::Det]
            .iter()
            .any(|&upos| Parser::shared().seen_as(word, upos))
}

/// Whether the phrase opening at `k` is a time ("on Monday", "in April
/// 2005", "this week") or a channel ("on Twitter", "via social media").
fn is_circumstance(doc: &Document, lexicon: &Lexicon, k: usize, end: usize) -> bool {
    let word = doc.low(k);
    let mut object = k + 1;
    while object < end
        && matches!(
            doc.low(object),
            "the" | "social" | "state" | "national" | "its" | "his" | "her"
        )
    {
        object += 1;
    }
    if object >= end {
        return false;
    }
    let target = doc.low(object);
    let time = (lexicon.is(WordClass::TimeWords, target)
        || is_year(target)
        || target == "may" && is_capitalised(doc.word(object)))
        && !modifies_noun(doc, lexicon, object + 1, end);
    match word {
        "this" | "last" | "next" | "earlier" | "later" => doc.low_is(WordClass::TimeUnits, k + 1),
        "on" | "via" => {
            time || lexicon.is(WordClass::Channels, target)
                || doc.word_is(WordClass::Platforms, object)
                || doc.word_is(WordClass::MediaWords, object)
        }
        "in" | "at" | "during" => time,
        "since" => time || doc.low(object) == "last",
        "for" => is_duration(doc, k + 1, end),
        _ => false,
    }
}

/// Whether a length of time opens at `k`, before `end`: "months", "two
/// years", "the past decade", "more than a week" ("bid to join NATO for
/// months" is the bid for how long, not which bid).
fn is_duration(doc: &Document, mut k: usize, end: usize) -> bool {
    while k < end
        && (doc.low_is(WordClass::CountWords, k)
            || doc.low(k).starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                doc.low(k),
                "the" | "a" | "an" | "past" | "last" | "more" | "than" | "nearly" | "almost"
            ))
    {
        k += 1;
    }
    k < end && doc.low_is(WordClass::Durations, k)
}

/// Whether an "as" phrase opening at `k` says what the thing is judged to
/// be, "denounced the strike as a violation of its sovereignty", "condemned
/// the vote as illegal": a verdict, no part of the name (against "the
/// recognition of Jerusalem as the capital", which names what is recognised).
fn is_judgement(doc: &Document, lexicon: &Lexicon, k: usize) -> bool {
    if doc.low(k) != "as" {
        return false;
    }
    // "rejected the bid as too low", "as wholly unacceptable": a word of
    // degree may come first.
    let mut next = k + 1;
    while matches!(doc.low(next), "too" | "so" | "very" | "rather" | "quite") || super::cues::is_adverb(doc, next) {
        next += 1;
    }
    matches!(doc.low(next), "a" | "an")
        || doc.is_word(next)
            && !is_capitalised(doc.word(next))
            && doc.low(next + 1) != "as"
            && (Parser::shared().seen_as(doc.word(next), Upos::Adj) || is_evaluation(lexicon, doc.low(next)))
}

/// A word of judgement the treebank may never have seen: an evaluation cue
/// ("baseless"), a word with a sentiment rating ("unacceptable"), or an
/// unseen word of an adjective's shape ("pointless", "counterproductive").
fn is_evaluation(lexicon: &Lexicon, word: &str) -> bool {
    lexicon.valence(word).is_some()
        || lexicon
            .cues
            .get(word)
            .is_some_and(|cues| cues.iter().any(|c| c.frame == Frame::Eval && c.rest.is_empty()))
        || unseen_adjective(word)
}

/// Endings that make an adjective of a word ("point-less", "danger-ous").
const ADJECTIVE_ENDINGS: [&str; 6] = ["less", "ous", "ful", "ible", "able", "ive"];

/// A word the treebank never saw as a noun, verb or name whose ending makes
/// adjectives: the tagger's own guess in context, without the parse.
fn unseen_adjective(word: &str) -> bool {
    let parser = Parser::shared();
    word.len() > 6
        && ADJECTIVE_ENDINGS.iter().any(|end| word.ends_with(end))
        && ![Upos::Noun, Upos::Verb, Upos::Propn]
            .into_iter()
            .any(|upos| parser.seen_as(word, upos))
}

/// Where the issue phrase `head..end` ends once circumstances are cut: "the
/// deal on Twitter" ends at "deal", "talks on migration in Havana on Monday"
/// at "migration" (a venue right before a time goes with it).
pub fn strip_end(doc: &Document, lexicon: &Lexicon, head: usize, end: usize) -> usize {
    for k in head + 1..end {
        if is_circumstance(doc, lexicon, k, end) || is_judgement(doc, lexicon, k) {
            return k;
        }
        // "in Havana on Monday": a capitalised place followed by a time.
        if matches!(doc.low(k), "in" | "at") && is_capitalised(doc.word(k + 1)) {
            let mut next = k + 1;
            while next < end && is_capitalised(doc.word(next)) {
                next += 1;
            }
            if next < end && is_circumstance(doc, lexicon, next, end) {
                return k;
            }
        }
    }
    end
}

/// Whether token `k` counts an amount: a number ("3bn", "1.07", "20")
/// or a `magnitudes` word ("billions").
fn is_quantity(doc: &Document, k: usize) -> bool {
    doc.low_is(WordClass::Magnitudes, k) || doc.low(k).starts_with(|c: char| c.is_ascii_digit())
}

/// Whether token `k` is a word of an amount of money: a number, a
/// magnitude or a currency.
pub fn in_amount(doc: &Document, k: usize) -> bool {
    is_quantity(doc, k) || doc.low_is(WordClass::Currencies, k)
}

/// "$1. 5bn": a full stop between two numbers inside a sentence is a decimal
/// point written with a stray space (the segmenter ends no sentence there).
fn split_decimal_point(doc: &Document, k: usize) -> bool {
    doc.word(k) == "." && k > 0 && is_quantity(doc, k - 1) && is_quantity(doc, k + 1)
}

/// Where the amount ending in the number at `first` begins when a stray
/// space after its decimal point parted it ("$1. 5bn sale" parsed from
/// "5bn"): back over the split point, the number and currency words before
/// it; `first` when no such amount ends there.
pub fn split_amount_start(doc: &Document, first: usize) -> usize {
    if first == 0 || !split_decimal_point(doc, first - 1) {
        return first;
    }
    let mut start = first - 1;
    while start > 0 && (is_quantity(doc, start - 1) || doc.low_is(WordClass::Currencies, start - 1)) {
        start -= 1;
    }
    start
}

/// Where an amount of money opening tokens `first..end` ends, with the
/// word joining it to what it is an amount of: "pounds 3bn of aid to
/// Africa" → at "aid", "a $2bn loan" → at "loan", "3bn euros in
/// compensation" → at "compensation"; `end` when the phrase is the amount
/// alone ("billions of dollars", "dollars 6bn"), which names no issue. None
/// when the phrase does not open with an amount of money: a currency word
/// and a number or magnitude ("the euro", "5m people" are none).
pub fn amount_end(doc: &Document, first: usize, end: usize) -> Option<usize> {
    let mut amount_end = None;
    let (mut currency, mut quantity) = (false, false);
    for k in first..end {
        if doc.low_is(WordClass::Currencies, k) {
            currency = true;
        } else if is_quantity(doc, k) {
            quantity = true;
        } else if doc.low_is(WordClass::AmountFillers, k)
            || matches!(doc.word(k), "(" | ")" | ";")
            || split_decimal_point(doc, k)
        {
            continue;
        } else {
            break;
        }
        amount_end = Some(k + 1);
    }
    // "the dollars 28.3bn claim" parsed as "the dollars" and the rest apart:
    // a number right after the phrase counts it still.
    let quantity = quantity || amount_end == Some(end) && is_quantity(doc, end);
    let mut rest = amount_end.filter(|_| currency && quantity)?;
    // "of aid", "in compensation", "for flood relief": what the amount is of.
    while rest < end && (matches!(doc.low(rest), "of" | "in" | "for") || !doc.is_word(rest)) {
        rest += 1;
    }
    // "pounds 3bn to the fund": where it goes ("to help …" is a purpose,
    // read apart).
    if rest + 1 < end && doc.low(rest) == "to" && matches!(doc.low(rest + 1), "the" | "a" | "an" | "its" | "their") {
        rest += 2;
    }
    Some(rest)
}

/// "share" → "sharing", "cut" → "cutting", "fix" → "fixing".
pub(super) fn gerund(verb: &str) -> String {
    let vowel = |c: char| "aeiou".contains(c);
    let chars: Vec<char> = verb.chars().collect();
    if verb.ends_with('e') && !verb.ends_with("ee") && chars.len() > 2 {
        return format!("{}ing", &verb[..verb.len() - 1]);
    }
    let vowel_groups = chars
        .iter()
        .enumerate()
        .filter(|&(n, &c)| vowel(c) && (n == 0 || !vowel(chars[n - 1])))
        .count();
    if let [.., a, b, c] = chars[..] {
        if vowel_groups == 1 && !vowel(a) && vowel(b) && !vowel(c) && !"wxy".contains(c) {
            return format!("{verb}{c}ing");
        }
    }
    format!("{verb}ing")
}

/// The actor an actor belongs to at the top ("Obama administration" →
/// "United States"), or itself.
pub fn root(actors: &Actors, actor: usize) -> usize {
    let mut current = actor;
    for _ in 0..4 {
        let parent = actors.list[current]
            .principal()
            .or_else(|| {
                let affiliation = actors.list[current].affiliation.as_deref()?;
                actors.list.iter().position(|a| a.name == affiliation)
            })
            .or_else(|| owner(actors, current))
            .filter(|&p| p != current);
        match parent {
            Some(p) => current = p,
            None => break,
        }
    }
    current
}

/// The person whose administration or government this body is ("Obama
/// administration" → Barack Obama), when the body was named before the
/// person's title told their country.
fn owner(actors: &Actors, body: usize) -> Option<usize> {
    let (owner, noun) = actors.list[body].name.split_once(' ')?;
    if actors.list[body].kind != ActorKind::GovernmentBody || !matches!(noun, "administration" | "government") {
        return None;
    }
    actors
        .list
        .iter()
        .position(|a| a.kind == ActorKind::Person && a.name.rsplit(' ').next() == Some(owner))
}

/// A party's short label: the acronym a country goes by in the text ("US",
/// "EU"), else its canonical name.
fn party_label(doc: &Document, actors: &Actors, actor: usize) -> String {
    let entry = &actors.list[actor];
    if matches!(entry.kind, ActorKind::Country | ActorKind::InternationalOrg) {
        let acronym = entry
            .mentions
            .iter()
            .map(|m| {
                doc.text[m.start..m.end]
                    .trim_start_matches("the ")
                    .trim_start_matches("The ")
            })
            .find(|m| {
                let bare: String = m.chars().filter(|c| *c != '.').collect();
                (2..=4).contains(&bare.len()) && bare.chars().all(|c| c.is_ascii_uppercase())
            });
        if let Some(acronym) = acronym {
            return acronym.chars().filter(|c| *c != '.').collect();
        }
    }
    entry.name.clone()
}

/// The parties of the issue whose head is at `head` (phrase `..end`, mention
/// opening at `mention_first`): the clause's subject when it makes or weighs
/// the deal, and the partner after "with". Returns the parties (top-level
/// actors, sorted), the tokens of the "with X" phrase they replace, and the
/// partner X itself even when the other party is unknown.
pub fn parties(
    doc: &Document,
    actors: &Actors,
    mention_first: usize,
    head: usize,
    end: usize,
) -> (Vec<usize>, Option<(usize, usize)>, Option<usize>) {
    let (start, _) = doc.sentence_tokens(doc.sentence_of[head]);
    let partner = (head + 1..end).find_map(|k| {
        if doc.low(k) != "with" {
            return None;
        }
        let found = actors
            .at(k + 1)
            .filter(|f| f.first == k + 1 || doc.low(k + 1) == "the")?;
        Some((root(actors, found.actor), (k, found.end.min(end))))
    });
    // The subject: actor mentions opening the clause, joined by "and".
    let mut subject = Vec::new();
    let mut k = start;
    while k < mention_first && (!doc.is_word(k) || doc.low(k) == "the") {
        k += 1;
    }
    while let Some(found) = actors.at(k).filter(|f| f.first <= k && f.end <= mention_first) {
        subject.push(root(actors, found.actor));
        k = found.end;
        if doc.low(k) == "and" {
            k += 1;
            if doc.low(k) == "the" {
                k += 1;
            }
        } else {
            break;
        }
    }
    // Only what parties make together has parties: "the EU and US agreed to
    // begin talks on ending subsidies" makes the talks theirs, not the subsidies.
    let joint = doc.low_is(WordClass::JointHeads, head);
    // The verb must be the subject's own: no clause break in between ("The US
    // and Russia met, and France agreed to a deal").
    let own_clause = (k..mention_first).all(|j| {
        !matches!(
            doc.low(j),
            "," | ";" | ":" | "but" | "while" | "which" | "who" | "whereas"
        )
    });
    let agreeing = joint && own_clause && (k..mention_first).any(|j| doc.low_is(WordClass::AgreeingVerbs, j));
    let mut parties: Vec<usize> = if agreeing { subject } else { Vec::new() };
    if let Some((actor, _)) = partner {
        parties.push(actor);
    }
    parties.sort_unstable();
    parties.dedup();
    let partner_actor = partner.map(|(actor, _)| actor);
    if parties.len() < 2 {
        return (Vec::new(), None, partner_actor);
    }
    (parties, partner.map(|(_, range)| range), partner_actor)
}

/// The readable name of an issue phrase: modifiers, head and topic, with
/// the parties as an en-dash pair before them ("US–Russia"), an infinitive
/// topic folded into a compound ("agreement to share intelligence" →
/// "intelligence-sharing agreement"), and the "with X" phrase the pair
/// replaces left out.
pub fn build(
    doc: &Document,
    actors: &Actors,
    modifiers_start: usize,
    head: usize,
    end: usize,
    parties: &[usize],
    partner: Option<(usize, usize)>,
) -> String {
    let mut words: Vec<String> = Vec::new();
    if parties.len() >= 2 {
        let labels: Vec<String> = parties.iter().map(|&p| party_label(doc, actors, p)).collect();
        words.push(labels.join("–"));
    }
    if modifiers_start < head {
        words.push(doc.slice(modifiers_start, head).to_owned());
    }
    let mut rest = head + 1;
    // "to share intelligence on …": verb and a bare one-word object.
    let verb = doc.low(head + 1 + 1);
    let object = head + 3;
    // Only for agreements: "a decision to cancel visits" reads best as it is.
    let agreement = doc.low_is(WordClass::AgreementHeads, head);
    let foldable = agreement
        && doc.low(head + 1) == "to"
        && object < end
        && doc.is_word(head + 2)
        && doc.is_word(object)
        && !is_capitalised(doc.word(head + 2))
        && !is_capitalised(doc.word(object))
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && doc.low(object).chars().all(|c| c.is_ascii_lowercase())
        && !matches!(verb, "be" | "have" | "do" | "make" | "get")
        && !matches!(
            doc.low(object),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that" | "more" | "up" | "out" | "down"
        )
        && (object + 1 == end
            || matches!(
                doc.low(object + 1),
                "on" | "in" | "with" | "over" | "about" | "against" | "between" | "for" | "from" | "regarding"
            ));
    if foldable {
        words.push(format!("{}-{}", doc.low(object), gerund(verb)));
        rest = object + 1;
    }
    words.push(doc.word(head).to_owned());
    // The topic, without the "with X" phrase the party pair replaces.
    let (skip_first, skip_end) = partner.unwrap_or((end, end));
    for (from, to) in [(rest, skip_first.max(rest).min(end)), (skip_end.max(rest), end)] {
        if from < to {
            words.push(doc.slice(from, to).to_owned());
        }
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`amount_end`] of the whole of `text`, as a word offset.
    fn amount(text: &str) -> Option<usize> {
        let doc = Document::new(text);
        amount_end(&doc, 0, doc.tokens.len())
    }

    #[test]
    fn an_amount_of_money_ends_where_what_it_is_of_begins() {
        assert_eq!(amount("pounds 3bn of aid to Africa"), Some(3));
        assert_eq!(amount("a $2bn loan"), Some(3));
        assert_eq!(amount("3bn euros in compensation"), Some(3));
        assert_eq!(amount("pounds 3bn to the fund"), Some(4));
        assert_eq!(amount("more than dollars 27bn"), Some(4));
        assert_eq!(amount("billions of dollars"), Some(3));
        // A currency or a number alone is no amount of money.
        assert_eq!(amount("the euro zone"), None);
        assert_eq!(amount("five million voters"), None);
        assert_eq!(amount("3bn"), None);
    }

    #[test]
    fn gerunds_follow_english_spelling() {
        assert_eq!(gerund("share"), "sharing");
        assert_eq!(gerund("cut"), "cutting");
        assert_eq!(gerund("stop"), "stopping");
        assert_eq!(gerund("fix"), "fixing");
        assert_eq!(gerund("fight"), "fighting");
        assert_eq!(gerund("open"), "opening");
        assert_eq!(gerund("see"), "seeing");
    }
}
