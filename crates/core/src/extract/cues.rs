//! Finds stance cue words in a sentence ("backs", "pushed for", "criticism",
//! "uneasy with") using the cue lexicon; multiword cues must follow in order,
//! and a rest word written "~word" may come after a short gap that holds the
//! target ("holds the regime responsible").
//!
//! It only finds cues; who holds what towards whom is decided in `stances`.

use super::document::Document;
use super::lexicon::{Cue, Frame, Lexicon, WordClass};
use standpoint_syntax::{Parser, Upos};

/// A cue occurrence: tokens `first..end`, with an optional gap `gap.0..gap.1`
/// between its words that holds the target.
#[derive(Debug, Clone, Copy)]
pub struct CueHit<'l> {
    pub first: usize,
    pub end: usize,
    pub gap: Option<(usize, usize)>,
    pub cue: &'l Cue,
}

/// The longest gap a split cue may have ("holds [the Syrian regime] responsible").
const MAX_GAP: usize = 6;

/// Every cue in tokens `first..end`, longest match first at each position.
pub fn find<'l>(doc: &Document, lexicon: &'l Lexicon, first: usize, end: usize) -> Vec<CueHit<'l>> {
    split_alternatives(doc, find_all(doc, lexicon, first, end)).0
}

/// The cues of each sentence of a document (from where its text starts,
/// after any dateline), found once: the cue arguments, the scorer's features
/// and the filter of candidates between alternatives all read them.
pub struct SentenceCues<'l> {
    sentences: Vec<Split<'l>>,
}

/// A sentence's cues, and the spans of the pairs of them offered as
/// alternatives (left out of the cues).
type Split<'l> = (Vec<CueHit<'l>>, Vec<(usize, usize)>);

impl<'l> SentenceCues<'l> {
    pub fn new(doc: &Document, lexicon: &'l Lexicon) -> SentenceCues<'l> {
        let sentences = (0..doc.sentences.len())
            .map(|s| {
                let span = doc.sentence_tokens(s);
                split_alternatives(doc, find_all(doc, lexicon, span.0, span.1))
            })
            .collect();
        SentenceCues { sentences }
    }

    /// [`find`] of sentence `s`.
    pub fn hits(&self, s: usize) -> &[CueHit<'l>] {
        &self.sentences[s].0
    }

    /// The spans (first token of the first cue, end of the second) of the
    /// pairs of opposite cues offered as alternatives in sentence `s`
    /// ("neither supported nor opposed"), which [`find`] leaves out.
    pub fn alternatives(&self, s: usize) -> &[(usize, usize)] {
        &self.sentences[s].1
    }
}

/// `hits` without the pairs of opposite cues offered as alternatives, and
/// those pairs' spans.
fn split_alternatives<'l>(doc: &Document, mut hits: Vec<CueHit<'l>>) -> Split<'l> {
    let dropped = opposite_alternatives(doc, &hits);
    let spans = dropped
        .chunks(2)
        .map(|pair| (hits[pair[0]].first, hits[pair[pair.len() - 1]].end))
        .collect();
    let mut n = 0;
    hits.retain(|_| {
        n += 1;
        !dropped.contains(&(n - 1))
    });
    (hits, spans)
}

fn find_all<'l>(doc: &Document, lexicon: &'l Lexicon, first: usize, end: usize) -> Vec<CueHit<'l>> {
    let mut hits = Vec::new();
    let mut j = first;
    while j < end {
        let Some(cues) = lexicon.cues.get(doc.low(j)) else {
            j += 1;
            continue;
        };
        // "some Democratic support": after a determiner or adjective the word is a noun.
        let previous = j.checked_sub(1).map_or("", |p| doc.low(p));
        // "expressed anger over the ruling": what a verb of voicing voices is a noun.
        let noun_context = lexicon.is(WordClass::NounMakers, previous)
            || lexicon.is(WordClass::VoicingVerbs, previous)
            || lexicon.adjectives.contains_key(doc.word(j.wrapping_sub(1)))
            || matches!(doc.low(j + 1), "for" | "from" | "of" | "among")
            || (j > 0
                && doc.is_word(j - 1)
                && super::tokens::is_capitalised(doc.word(j - 1))
                && doc.low(j + 1) == "to");
        let has_noun = cues.iter().any(|c| c.frame == Frame::Noun);
        // "opposition leader Raila Odinga", "opposition lawmakers": a noun
        // cue qualifying the people of a political side names the side
        // ("they support groups" keeps its verb).
        let side = has_noun && names_a_side(doc, lexicon, j);
        // "a continuing stream": an -ing form after an article qualifies the
        // noun after it; "wrested back control": a bare "back" after a verb
        // is its particle. Neither is the verb.
        let word = doc.low(j);
        // ("a \"continuing stream\"": a quotation mark may come between.)
        let quoted = matches!(previous, "\"" | "“") && j > first + 1;
        let article = if quoted { doc.low(j - 2) } else { previous };
        // ("a warning to Iran": a complement after it makes it the noun, read as before.)
        let attributive = matches!(article, "a" | "an" | "the")
            && word.ends_with("ing")
            && doc.is_word(j + 1)
            && !doc.low_is(WordClass::ComplementOpeners, j + 1);
        let particle = word == "back"
            && j > first
            && doc.is_word(j - 1)
            && !super::tokens::is_capitalised(doc.word(j - 1))
            && (previous.ends_with("ed")
                || previous.ends_with("ing")
                || lexicon.is(WordClass::IrregularPasts, previous));
        // "its boycott of the talks", "opposes any attack on Syria": after a
        // possessive or an article a word is no verb, whether or not a noun
        // cue has it.
        let determiner = |w: &str| {
            matches!(
                w,
                "its" | "their" | "our" | "a" | "an" | "the" | "any" | "every" | "each"
            )
        };
        let determined = determiner(previous);
        // "Labour's calls for an inquiry", "Russia's backing of": after a
        // name's possessive too ("he's backing" is "is").
        let possessive = matches!(previous, "'s" | "’s")
            && j > first + 1
            && !matches!(
                doc.low(j - 2),
                "he" | "she" | "it" | "that" | "there" | "what" | "who" | "where" | "here" | "this" | "let"
            );
        // "the EU's proposed ban", "a possible boycott": a word that only
        // qualifies an issue, after an article or a possessive, leaves a
        // noun after it.
        let qualified = j > first + 1
            && super::issues::BARE_MODIFIERS.contains(&previous)
            && (determiner(doc.low(j - 2)) || matches!(doc.low(j - 2), "'s" | "’s"));
        // "under proposed rules", "opposed proposed cuts": a participle
        // after a preposition or after a verb in the past qualifies the
        // noun after it.
        let participle = word.ends_with("ed")
            && j > first
            && (matches!(
                previous,
                "of" | "on" | "for" | "to" | "against" | "over" | "under" | "with" | "about" | "from" | "into" | "in"
            ) || super::tokens::is_regular_past(previous) && doc.is_word(j - 1));
        let not_a_verb = attributive || particle || determined || possessive || qualified || participle;
        let hit = cues
            .iter()
            .filter(|cue| !(noun_context && has_noun && cue.frame.is_verbal() && cue.rest.is_empty()))
            .filter(|cue| !(not_a_verb && cue.frame.is_verbal()))
            .filter(|cue| !(side && cue.frame == Frame::Noun))
            .find_map(|cue| match_rest(doc, cue, j, end));
        match hit {
            Some(hit) => {
                j = if hit.gap.is_some() { j + 1 } else { hit.end };
                if !hit.cue.blocking {
                    hits.push(hit);
                }
            }
            None => j += 1,
        }
    }
    hits
}

/// "neither supported nor opposed the resolution", "did not say whether it
/// backs or rejects the plan": two cues of opposite polarity offered as
/// alternatives state no stance. The indexes of both cues of each such
/// pair, in order.
fn opposite_alternatives(doc: &Document, hits: &[CueHit]) -> Vec<usize> {
    let mut dropped = Vec::new();
    for n in 1..hits.len() {
        let (a, b) = (&hits[n - 1], &hits[n]);
        if dropped.last() == Some(&(n - 1)) || a.cue.polarity == b.cue.polarity || a.gap.is_some() || b.first <= a.end {
            continue;
        }
        // Only "or"/"nor", a comma or "to" between ("neither to back nor to block").
        let between = a.end..b.first;
        let alternative = between.clone().any(|k| matches!(doc.low(k), "or" | "nor"))
            && between.clone().all(|k| matches!(doc.low(k), "or" | "nor" | "," | "to"));
        if alternative {
            dropped.push(n - 1);
            dropped.push(n);
        }
    }
    dropped
}

/// Whether the word at `j` qualifies the noun after it as people of a side
/// (a title's head, a group, body or side noun: "opposition leader",
/// "opposition MPs", "opposition parties") or a party by its name ("the
/// main opposition Labour Party"), not a stance.
fn names_a_side(doc: &Document, lexicon: &Lexicon, j: usize) -> bool {
    let next = doc.low(j + 1);
    let party = || {
        super::actors::gazetteer_match(doc, lexicon, j + 1)
            .is_some_and(|(_, known, _)| lexicon.actors[known].kind == crate::model::ActorKind::Party)
    };
    doc.is_word(j + 1)
        && (lexicon.is_title_head(next)
            || party()
            || doc.low_is(WordClass::GroupNouns, j + 1)
            || doc.low_is(WordClass::BodyNouns, j + 1)
            || doc.word_is(WordClass::PartyWingNouns, j + 1)
            || doc.low_is(WordClass::SideNouns, j + 1))
}

/// The cue starting exactly at token `j`, if any (blocking readings included).
pub fn at<'l>(doc: &Document, lexicon: &'l Lexicon, j: usize) -> Option<CueHit<'l>> {
    let cues = lexicon.cues.get(doc.low(j))?;
    cues.iter().find_map(|cue| match_rest(doc, cue, j, doc.tokens.len()))
}

/// A lower-case "-ly" word: an adverb ("firmly", "strongly"), as news writes them.
pub(super) fn is_adverb(doc: &Document, k: usize) -> bool {
    let word = doc.word(k);
    doc.is_word(k) && word.len() > 4 && word.ends_with("ly") && !super::tokens::is_capitalised(word)
}

/// Most adjectives a cue's noun may take: "imposed tough new sanctions on".
const MAX_ADJECTIVES: usize = 2;

/// Where `noun`, a content word of a multiword cue, follows the adjectives at
/// `k` ("imposed new sanctions on", "filed a formal complaint against");
/// `k` when it does not. Whether a word is a noun or an adjective is the
/// treebank's word: a cue's list need not spell out every modifier.
fn past_adjectives(doc: &Document, k: usize, end: usize, noun: &str) -> usize {
    let parser = Parser::shared();
    // A particle or preposition ("crack down on", "call for") takes none.
    if [Upos::Adp, Upos::Adv, Upos::Part]
        .iter()
        .any(|&upos| parser.seen_as(noun, upos))
    {
        return k;
    }
    // A participle qualifies the noun as an adjective does ("imposed
    // sweeping sanctions on", "crippling tariffs"), though the treebank
    // lists it as a verb.
    let adjective = |m: usize| {
        let word = doc.word(m);
        doc.is_word(m)
            && !super::tokens::is_capitalised(word)
            && (parser.seen_as(word, Upos::Adj) || (word.len() > 5 && (word.ends_with("ing") || word.ends_with("ed"))))
    };
    // A noun before the cue's noun qualifies it too ("an arms embargo on",
    // "export controls on"): any lower-case word of no closed class (a rare
    // one is in no tag list).
    let closed = [
        Upos::Adp,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Sconj,
    ];
    let modifier = |m: usize| {
        let word = doc.word(m);
        adjective(m)
            || (doc.is_word(m)
                && word.chars().all(char::is_alphabetic)
                && !super::tokens::is_capitalised(word)
                && !closed.iter().any(|&upos| parser.seen_as(word, upos)))
    };
    // An article or possessive may open the phrase ("filed a formal complaint").
    let start = if matches!(doc.low(k), "a" | "an" | "the" | "its" | "their" | "his" | "her") {
        k + 1
    } else {
        k
    };
    std::iter::once(start)
        .filter(|_| start > k)
        .chain(
            (start..(start + MAX_ADJECTIVES).min(end))
                .take_while(|&m| modifier(m))
                .map(|m| m + 1),
        )
        .find(|&next| next < end && doc.low(next) == noun)
        .unwrap_or(k)
}

fn match_rest<'l>(doc: &Document, cue: &'l Cue, j: usize, end: usize) -> Option<CueHit<'l>> {
    match_in_order(doc, cue, j, end).or_else(|| match_relative(doc, cue, j, end))
}

/// Most words between a cue's noun and its verb in a relative clause on
/// the noun ("the sanctions that the European Union imposed on").
const MAX_RELATIVE_GAP: usize = 6;

/// A verb–noun–preposition cue whose noun a relative clause holding the
/// verb qualifies: "the sanctions (that) the EU imposed on Iran" imposes
/// sanctions on Iran. The hit is the verb and its preposition; the clause's
/// subject is the holder. Between noun and verb: "that" or "which", then
/// the subject's words only.
fn match_relative<'l>(doc: &Document, cue: &'l Cue, j: usize, end: usize) -> Option<CueHit<'l>> {
    let [noun, preposition] = cue.rest.as_slice() else {
        return None;
    };
    if noun.starts_with('~') || j + 1 >= end || doc.low(j + 1) != preposition {
        return None;
    }
    let n = (j.saturating_sub(MAX_RELATIVE_GAP + 1)..j.saturating_sub(1))
        .rev()
        .find(|&n| doc.low(n) == noun)?;
    let subject_start = if matches!(doc.low(n + 1), "that" | "which") {
        n + 2
    } else {
        n + 1
    };
    let subject_words = (subject_start..j)
        .all(|m| doc.is_word(m) && (super::tokens::is_capitalised(doc.word(m)) || doc.low(m) == "the"));
    (subject_start < j && subject_words).then_some(CueHit {
        first: j,
        end: j + 2,
        gap: None,
        cue,
    })
}

fn match_in_order<'l>(doc: &Document, cue: &'l Cue, j: usize, end: usize) -> Option<CueHit<'l>> {
    let mut k = j + 1;
    let mut gap = None;
    let mut skipped = false;
    for word in &cue.rest {
        if let Some(split) = word.strip_prefix('~') {
            let found = (k..(k + MAX_GAP + 1).min(end)).find(|&m| doc.low(m) == split)?;
            if found > k {
                gap = Some((k, found));
            }
            k = found + 1;
        } else {
            // "stood firmly behind", "voted overwhelmingly for": one adverb
            // may stand between a verb and its particle or preposition.
            if k + 1 < end && !skipped && doc.low(k) != word && is_adverb(doc, k) && doc.low(k + 1) == word {
                skipped = true;
                k += 1;
            }
            if k < end && doc.low(k) != word {
                k = past_adjectives(doc, k, end, word);
            }
            if k >= end || doc.low(k) != word {
                return None;
            }
            k += 1;
        }
    }
    Some(CueHit {
        first: j,
        end: k,
        gap,
        cue,
    })
}
