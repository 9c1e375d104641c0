//! Bodies and collectives: organisations named with a suffix ("Senate Foreign
//! Relations Committee"), gazetteer actors (with capitals only when they act),
//! administrations, regimes and campaigns ("the Trump campaign"), country
//! adjectives with a body noun ("the Danish government"), coalitions
//! ("US-led alliance"), named collectives ("human rights groups") and
//! companies named by their role ("aircraft maker Airbus").
//!
//! Part of the actor pass in `actors`; it never looks at stances.

use std::ops::Range;

use super::actors::{acts_after, after_place_word, from_lexicon, gazetteer_match, Actors, Via};
use super::document::Document;
use super::lexicon::{Frame, Lexicon, PhraseRole, WordClass};
use super::parse::Parse;
use super::people::Gender;
use super::tokens::is_capitalised;
use crate::model::{ActorKind, Span};

pub(super) fn kind_of_organisation(lexicon: &Lexicon, words: &[&str]) -> ActorKind {
    let first = words.first().copied().unwrap_or_default();
    let international = lexicon.is(WordClass::InternationalFirsts, first);
    if international
        && words
            .iter()
            .any(|w| lexicon.is(WordClass::GovWords, w) || lexicon.is(WordClass::InternationalHeads, w))
    {
        return ActorKind::InternationalOrg;
    }
    if words.iter().any(|w| lexicon.is(WordClass::PartyWords, w)) {
        ActorKind::Party
    } else if words.iter().any(|w| lexicon.is(WordClass::ArmedWords, w)) {
        ActorKind::ArmedGroup
    } else if words
        .iter()
        .any(|w| lexicon.is(WordClass::CompanyWords, w) || lexicon.is(WordClass::CompanyEnds, w))
    {
        ActorKind::Company
    } else if words.iter().any(|w| lexicon.is(WordClass::GovWords, w)) {
        ActorKind::GovernmentBody
    } else {
        ActorKind::Organisation
    }
}

/// "Senate Foreign Relations Committee", "Human Rights Watch": a capitalised
/// run with an organisation suffix after its first word.
pub(super) fn organisation(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &mut Actors,
    i: usize,
    run: usize,
    known_end: usize,
) -> Option<usize> {
    let words: Vec<&str> = (i..run).map(|k| doc.word(k)).collect();
    // The suffix ends the name ("Federal Reserve Bank") or begins it before
    // "of" ("Bank of China", "Council of Europe").
    let ended = ends_in_a_sector(doc, lexicon, i, run);
    let suffix_at = match words.iter().skip(1).rposition(|w| lexicon.is(WordClass::OrgSuffix, w)) {
        Some(at) => at + 1,
        None if words.len() >= 3 && words[1] == "of" && lexicon.is(WordClass::OrgSuffix, words[0]) => 0,
        None if ended => words.len() - 1,
        None => return None,
    };
    // "an analyst at Renaissance Capital": an employer is `employer`'s.
    if ended && i >= 2 && matches!(doc.low(i - 1), "at" | "with") && doc.low_is(WordClass::EmployeeNouns, i - 2) {
        return None;
    }
    // "Iran Nuclear Agreement Review Act" is an issue, not an organisation.
    if words.last().is_some_and(|w| lexicon.is(WordClass::InstrumentHeads, w)) {
        return None;
    }
    // Keep what follows the suffix only when it is "of …" ("Court of Justice").
    // "Department of Justice Special Counsel Robert Mueller": a title after
    // the "of …" begins a person, not more of the name.
    let end = if doc.word(i + suffix_at + 1) == "of" {
        (i + suffix_at + 3..run)
            .find(|&k| super::people::title_at(doc, lexicon, k).is_some())
            .unwrap_or(run)
    } else if suffix_at + 1 == words.len() {
        run
    } else {
        i + suffix_at + 1
    };
    // "the West Bank", "Gaza Strip": a known place, whatever its last word.
    if known_end >= end || lexicon.is(WordClass::Places, doc.slice(i, end)) {
        return None;
    }
    // "U.S. Drug Enforcement Administration": the country qualifies a known body.
    if lexicon.adjectives.contains_key(words[0]) {
        if let Some((known_end, known, _)) = gazetteer_match(doc, lexicon, i + 1) {
            if known_end == end {
                let index = from_lexicon(actors, lexicon, known);
                actors.mention(doc, index, i, end, Via::Name);
                return Some(end);
            }
        }
    }
    let words = &words[..end - i];
    // "the Russian-bought Facebook Inc ads": the modifier is no part of the name.
    let (named_from, words) = match words {
        [first, rest @ ..] if rest.len() >= 2 && is_compound_modifier(first) => (i + 1, rest),
        _ => (i, words),
    };
    let prefix = country_prefix(doc, lexicon, i);
    let generic = words
        .first()
        .is_some_and(|w| lexicon.is(WordClass::GenericMinistries, w));
    // "France said … The Foreign Ministry said": a ministry no country
    // qualifies is that of the one country named so far.
    let bare_ministry = generic && matches!(words, [_, "Ministry" | "Office"]);
    let country = prefix
        .map(|(c, _)| c)
        .or_else(|| only_country_entry(lexicon, actors, i).filter(|_| bare_ministry));
    // "China's Foreign Ministry" is the Chinese Foreign Ministry, not just any.
    let name = match country
        .and_then(|c| lexicon.actors[c].adjective.as_deref())
        .filter(|_| generic)
    {
        Some(adjective) => format!("{adjective} {}", words.join(" ")),
        None => super::actors::run_name(doc, named_from, end),
    };
    let kind = kind_of_organisation(lexicon, words);
    let affiliation = country.map(|c| lexicon.actors[c].name.clone());
    // "China's National Petroleum Corporation": a generic name's country is
    // part of the mention.
    let start = match prefix.filter(|_| generic && name != super::actors::run_name(doc, named_from, end)) {
        Some((_, start)) => start,
        None => i,
    };
    let first = if matches!(doc.word(start.wrapping_sub(1)), "the" | "The") && start > doc.body_start {
        start - 1
    } else {
        start
    };
    let outlet = words.iter().any(|w| lexicon.is(WordClass::MediaWords, w)) && kind == ActorKind::Organisation;
    let index = actors.named(&name, kind, affiliation);
    // A media outlet counts once some mention names it as a source.
    let actor = &mut actors.list[index];
    actor.sourced |= named_as_source(doc, lexicon, first, end);
    actor.media = outlet && !actor.sourced;
    actors.mention(doc, index, first, end, Via::Name);
    Some(end)
}

/// Whether the capitalised run `i..run` names a company by its last word
/// alone, without an organisation suffix: a sector (`company_ends`: "China
/// Aviation Oil", "Nomura Securities"). Never before a title or a body noun
/// ("the Iraqi Oil minister", "the Energy department").
fn ends_in_a_sector(doc: &Document, lexicon: &Lexicon, i: usize, run: usize) -> bool {
    if run < i + 2 || !lexicon.is(WordClass::CompanyEnds, doc.word(run - 1)) {
        return false;
    }
    let described = doc.is_word(run)
        && !is_capitalised(doc.word(run))
        && (doc.low_is(WordClass::BodyDescriptions, run)
            || doc.low_is(WordClass::InstitutionNouns, run)
            || doc.low_is(WordClass::BodyNouns, run)
            || doc.low_is(WordClass::CommitteeNouns, run));
    !described && super::people::title_at(doc, lexicon, run).is_none()
}

/// Whether `word` is a capitalised compound modifier, a name and a
/// lower-case word joined by a hyphen ("Twitter-like", "English-language",
/// "Russian-bought"): it qualifies a name and is never one.
pub(super) fn is_compound_modifier(word: &str) -> bool {
    is_capitalised(word)
        && word
            .rsplit_once('-')
            .is_some_and(|(_, rest)| rest.len() >= 3 && rest.chars().all(|c| c.is_ascii_lowercase()))
}

/// Whether the mention `first..end` names a source: "The Washington Post
/// reported", "the Interfax news agency quoted", "according to the Times",
/// "in an interview with the New York Times", "told the BBC", "quoted as
/// saying by the Interfax news agency", "first reported by The Daily Beast",
/// "a Fox News report" (`source_nouns`), "The China Daily, an
/// English-language newspaper, said".
fn named_as_source(doc: &Document, lexicon: &Lexicon, first: usize, end: usize) -> bool {
    let after = doc.low(end);
    let before = |k: usize| first.checked_sub(k).map_or("", |b| doc.low(b));
    // "The China Daily, an English-language newspaper, said": the verb after
    // an apposition.
    let after_apposition = || {
        let sentence = doc.sentence_of.get(end);
        (end + 2..end + 10)
            .take_while(|&k| doc.sentence_of.get(k) == sentence)
            .find(|&k| doc.word(k) == ",")
            .map(|close| doc.low(close + 1))
    };
    let reports = |word: &str| lexicon.is(WordClass::Speech, word) || matches!(word, "reported" | "quoted" | "reports");
    reports(after)
        || (after == "," && after_apposition().is_some_and(reports))
        || (matches!(after, "news" | "newspaper") && doc.low_is(WordClass::Speech, end + 2))
        // "People’s Daily newspaper said".
        || (doc.low_is(WordClass::MediaRoles, end) && doc.low_is(WordClass::Speech, end + 1))
        // "a Fox News report", "The Daily Telegraph poll": its own work.
        || (doc.is_word(end) && doc.low_is(WordClass::SourceNouns, end))
        || matches!(
            (before(2), before(1)),
            ("according", "to") | ("interview", "with") | ("quoted", "by") | ("saying", "by") | ("reported", "by")
        )
        || matches!(before(1), "told")
}

/// A country named just before token `i` ("US" in "US Secretary of State",
/// "South Korea’s" in "South Korea’s National Assembly"): the lexicon actor
/// and the token where its name starts.
pub(super) fn country_prefix(doc: &Document, lexicon: &Lexicon, i: usize) -> Option<(usize, usize)> {
    let mut at = i.checked_sub(1)?;
    let possessive = matches!(doc.word(at), "’s" | "'s");
    if possessive {
        at = at.checked_sub(1)?;
    }
    let before = doc.word(at);
    let one_word = lexicon.adjectives.get(before).copied().or_else(|| {
        lexicon
            .phrases
            .get(before)?
            .iter()
            .find(|p| p.words.len() == 1 && p.role == PhraseRole::Name)
            .map(|p| p.actor)
    });
    if let Some(actor) = one_word {
        return Some((actor, at));
    }
    // A country of several words owns a name only with a possessive.
    if !possessive {
        return None;
    }
    (at.saturating_sub(2)..at).find_map(|start| {
        country_name(doc, lexicon, start)
            .filter(|&(_, end)| end == at + 1)
            .map(|(known, _)| (known, start))
    })
}

#[allow(clippy::too_many_arguments)]
pub(super) fn known_actor(
    doc: &Document,
    lexicon: &Lexicon,
    parse: &Parse,
    actors: &mut Actors,
    i: usize,
    end: usize,
    known: usize,
    role: PhraseRole,
) -> Option<usize> {
    match role {
        PhraseRole::Metonym => {
            // "condemned by Paris and Berlin": a capital later in a list of
            // known names stands where the list's first name stands.
            let (name, i) = (i, list_start(doc, lexicon, i));
            let before = i.checked_sub(1).map_or("", |b| doc.low(b));
            // "conciliatory to Beijing", "critical of Moscow": the object of a
            // stance cue is the government, whatever the preposition.
            // "protests from Beijing": whoever a noun of stance comes from
            // holds it, the government.
            let cue_object = (i.saturating_sub(4)..i)
                .any(|k| super::cues::at(doc, lexicon, k).is_some_and(|h| h.end == i && !h.cue.blocking))
                || stance_noun_object(doc, i)
                // ("protests" is a verb's form too; one-word nouns only.)
                || (before == "from" && i >= 2 && lexicon.noun_cues(doc.low(i - 2)).any(|c| c.rest.is_empty()));
            // "according to the Kremlin": the seat speaks; "anger in Beijing":
            // the government feels it.
            let account = (before == "to" && i >= 2 && doc.low(i - 2) == "according")
                || (before == "in" && i >= 2 && felt(doc, lexicon, i - 2));
            let place = lexicon.is(WordClass::PlacePreps, before)
                && !matches!(before, "against" | "with" | "by")
                && !cue_object
                && !account;
            let next_is_name = is_capitalised(doc.word(end)) && doc.tokens.get(end).is_some_and(|t| t.is_word);
            // "Beijing on Monday condemned", "Moscow, which opposes the
            // plan, …": words between the capital and its verb hide the
            // acting from `acts_after`, not from the parse.
            let acts = acts_after(doc, lexicon, coordination_end(doc, lexicon, end)) || {
                let span = doc.span(name, end);
                parse.subject_of(span.start, span.end).is_some()
            };
            if place || next_is_name || !(acts || cue_object || account || matches!(before, "against" | "with" | "by"))
            {
                return Some(end);
            }
        }
        PhraseRole::People => {
            if is_capitalised(doc.word(end)) && doc.tokens.get(end).is_some_and(|t| t.is_word) {
                return None;
            }
        }
        PhraseRole::Name | PhraseRole::Seat => {}
    }
    if let Some(end) = committee_of(doc, lexicon, actors, i, end, known) {
        return Some(end);
    }
    let index = from_lexicon(actors, lexicon, known);
    // "Republican governors", "Senate Democrats": a named collective.
    if doc.word_is(WordClass::PartyWingNouns, end)
        && !doc.word(i).ends_with('s')
        && actors.list[index].kind == ActorKind::Party
    {
        let name = format!("{} {}", doc.slice(i, end), doc.word(end));
        let party = actors.list[index].name.clone();
        let group = actors.named(&name, ActorKind::Group, Some(party));
        actors.mention(doc, group, i, end + 1, Via::Name);
        return Some(end + 1);
    }
    actors.mention(doc, index, i, end, Via::Name);
    Some(end)
}

/// Whether token `k` is a noun of stance ("anger", "alarm", "support") that
/// a place after "in" may hold: "sparked alarm in Seoul".
fn felt(doc: &Document, lexicon: &Lexicon, k: usize) -> bool {
    doc.low_is(WordClass::AttitudeNouns, k)
        || super::cues::at(doc, lexicon, k)
            .is_some_and(|h| h.end == k + 1 && matches!(h.cue.frame, Frame::Noun | Frame::Affect) && !h.cue.blocking)
}

/// Whether the name at `i` follows a noun of stance and its preposition
/// ("criticism of Beijing", "support for Kyiv", "opposition to Moscow",
/// "criticism from Paris"): it names whom the stance is towards or who holds
/// it, the government, not the city as a place.
pub(super) fn stance_noun_object(doc: &Document, i: usize) -> bool {
    i >= 2
        && matches!(doc.low(i - 1), "of" | "for" | "to" | "towards" | "toward" | "from")
        && doc.low_is(WordClass::AttitudeNouns, i - 2)
}

/// Where the list of gazetteer names joined by "and" or commas that the name
/// at `i` ends starts: "Paris" in "by Paris and Berlin"; `i` when no known
/// name comes right before its "and" or comma.
fn list_start(doc: &Document, lexicon: &Lexicon, mut i: usize) -> usize {
    while i >= 2 && matches!(doc.low(i - 1), "and" | ",") {
        let Some(start) = (i.saturating_sub(5)..i - 1)
            .find(|&k| gazetteer_match(doc, lexicon, k).is_some_and(|(end, _, _)| end == i - 1))
        else {
            break;
        };
        i = start;
    }
    i
}

/// Where a list of gazetteer names that continues at `end` ends: "Washington
/// [and Seoul] have agreed" acts as a whole, so the first capital acts when the
/// list does.
fn coordination_end(doc: &Document, lexicon: &Lexicon, mut end: usize) -> usize {
    while matches!(doc.low(end), "and" | ",") {
        match gazetteer_match(doc, lexicon, end + 1) {
            Some((next, _, _)) => end = next,
            None => break,
        }
    }
    end
}

/// "the Senate Judiciary committee", "the Commons foreign affairs
/// committee", "Wednesday's Senate intelligence hearing": a known government
/// body (`i..end`) before words of a remit and a lower-case committee noun
/// (`committee_nouns`) only names the committee's house. A committee or
/// panel is the actor, named as written; a hearing is none. Returns the end
/// of the phrase.
fn committee_of(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &mut Actors,
    i: usize,
    end: usize,
    known: usize,
) -> Option<usize> {
    if lexicon.actors[known].kind != ActorKind::GovernmentBody {
        return None;
    }
    let remit = |k: usize| {
        let word = doc.word(k);
        doc.is_word(k)
            && !lexicon.is(WordClass::StopCaps, word)
            && (is_capitalised(word)
                || lexicon.is(WordClass::CommitteeTopics, word)
                || (lexicon.is(WordClass::PortfolioWords, word) && !matches!(word, "her" | "his" | "its" | "their")))
    };
    if let Some(after) = coordinated_committees(doc, lexicon, actors, i, end, known, &remit) {
        return Some(after);
    }
    let noun = (end..end + 4)
        .take_while(|&k| k == end || remit(k - 1))
        .find(|&k| doc.is_word(k) && !is_capitalised(doc.word(k)) && doc.word_is(WordClass::CommitteeNouns, k))?;
    if noun == end || !(end..noun).all(remit) {
        return None;
    }
    if !matches!(doc.low(noun), "hearing" | "hearings") {
        let determined = doc.low(i) == "the";
        let name = doc.slice(if determined { i + 1 } else { i }, noun + 1).to_owned();
        let affiliation = lexicon.actors[known].affiliation.clone();
        let index = actors.named(&name, ActorKind::GovernmentBody, affiliation);
        let first = if !determined && doc.low(i.wrapping_sub(1)) == "the" {
            i - 1
        } else {
            i
        };
        actors.mention(doc, index, first, noun + 1, Via::Name);
    }
    Some(noun + 1)
}

/// "the Senate and House intelligence committees", "The Senate Judiciary
/// and Senate Intelligence panels": a known body (`i..end`) coordinated with
/// another house before a plural committee noun names committees, not the
/// houses. Sharing one remit, they are named together as written; each
/// with its own remit, they are two committees. Returns the end of the phrase.
fn coordinated_committees(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &mut Actors,
    i: usize,
    end: usize,
    known: usize,
    remit: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let remit = |k: usize| remit(k) && !doc.low_is(WordClass::CommitteeNouns, k);
    let and = (end..end + 4).find(|&k| !remit(k))?;
    if doc.low(and) != "and" {
        return None;
    }
    let mut k = and + 1;
    if let Some((known_end, other, _)) = gazetteer_match(doc, lexicon, k) {
        if lexicon.actors[other].kind != ActorKind::GovernmentBody {
            return None;
        }
        k = known_end;
    }
    let second = k;
    while k < second + 4 && remit(k) {
        k += 1;
    }
    let noun = k;
    if noun == and + 1 || !doc.is_word(noun) || !doc.low_is(WordClass::CommitteePlurals, noun) {
        return None;
    }
    let determined = doc.low(i) == "the";
    let first = if !determined && doc.low(i.wrapping_sub(1)) == "the" {
        i - 1
    } else {
        i
    };
    let name_from = if determined { i + 1 } else { i };
    let affiliation = lexicon.actors[known].affiliation.clone();
    if and == end {
        let name = doc.slice(name_from, noun + 1).to_owned();
        let index = actors.named(&name, ActorKind::GovernmentBody, affiliation);
        actors.mention(doc, index, first, noun + 1, Via::Name);
    } else {
        let singular = doc.low(noun).trim_end_matches('s').to_owned();
        let name = format!("{} {singular}", doc.slice(name_from, and));
        let index = actors.named(&name, ActorKind::GovernmentBody, affiliation.clone());
        actors.mention(doc, index, first, and, Via::Name);
        let name = doc.slice(and + 1, noun + 1).to_owned();
        let index = actors.named(&name, ActorKind::GovernmentBody, affiliation);
        actors.mention(doc, index, and + 1, noun + 1, Via::Name);
    }
    Some(noun + 1)
}

/// "U.S. lawmakers", "British voters", "Trump allies": a group named by a
/// plural common noun (`group_nouns`) and what qualifies it (a country, a
/// known organisation, someone already named, or a word of a trade or a
/// broad adjective: "tech companies"). A later bare "lawmakers" is
/// the same group; a bare noun with nothing before it ("analysts") names no
/// one. Tried before `known_actor`, whose party wings ("Republican
/// governors", `party_wing_nouns`) it thus takes over for the nouns both name:
/// folding that branch in here cost 0.005 held-out stance F1 over three
/// seeds, so both stay.
pub(super) fn group(
    doc: &Document,
    lexicon: &Lexicon,
    parse: &Parse,
    actors: &mut Actors,
    start: usize,
) -> Option<usize> {
    let i = if doc.low(start) == "the" { start + 1 } else { start };
    if let Some(end) = organisation_people(doc, lexicon, actors, start, i) {
        return Some(end);
    }
    if let Some(end) = own_people(doc, lexicon, actors, start) {
        return Some(end);
    }
    let word = doc.word(i);
    let mut after_person = false;
    let mut by_party = false;
    let (noun_at, affiliation) = if let Some(&country) = lexicon.adjectives.get(word) {
        (i + 1, Some(lexicon.actors[country].name.clone()))
    } else if let Some((end, known, _)) = gazetteer_match(doc, lexicon, i) {
        by_party = lexicon.actors[known].kind == ActorKind::Party;
        (end, Some(lexicon.actors[known].name.clone()))
    } else if let Some(&named) = is_capitalised(word)
        .then(|| actors.alias.get(&word.to_lowercase()))
        .flatten()
    {
        // A surname of a person named in full: a lone name of unknown kind
        // is a person only by default ("Yukos officials").
        let person = &actors.list[named];
        after_person = person.kind == ActorKind::Person && person.name.contains(' ') && person.name.ends_with(word);
        by_party = person.kind == ActorKind::Party;
        (i + 1, Some(actors.list[named].name.clone()))
    } else {
        (i, None)
    };
    // "Obama officials", "Trump aides": a person's name before a plural
    // noun of people names those around the person, never the person.
    let around_person = after_person && doc.is_word(noun_at) && doc.low_is(WordClass::ModifiedGroupNouns, noun_at);
    // "tech companies", "Russian oil firms", "union leaders", "developing
    // countries": a word of a trade or a broad adjective (`group_modifiers`)
    // makes a group of its own, with more nouns (`modified_group_nouns`); not
    // a named collective ("trade unions") nor a capitalised adjective's
    // collective ("European leaders"), which `collective` lists.
    let modified = doc.is_word(noun_at)
        && doc.low_is(WordClass::GroupModifiers, noun_at)
        && doc.is_word(noun_at + 1)
        && (doc.low_is(WordClass::GroupNouns, noun_at + 1) || doc.low_is(WordClass::ModifiedGroupNouns, noun_at + 1))
        && !lexicon.is(WordClass::CollectiveGroups, doc.low_phrase(noun_at, noun_at + 2))
        && !lexicon.is(WordClass::CollectiveGroups, doc.low_phrase(noun_at, noun_at + 3))
        && !(is_capitalised(doc.word(noun_at))
            && collective_adjective(doc.word(noun_at))
            && doc.low_is(WordClass::AdjectiveGroupNouns, noun_at + 1));
    let noun_at = if modified { noun_at + 1 } else { noun_at };
    let noun = doc.low(noun_at);
    if !modified && !around_person && (!doc.low_is(WordClass::GroupNouns, noun_at) || !doc.is_word(noun_at)) {
        return None;
    }
    let kind = group_kind(doc, i..noun_at + 1, by_party);
    let index = if noun_at > i {
        let name = format!("{} {noun}", doc.slice(i, noun_at));
        actors.named(&name, kind, affiliation)
    } else {
        let suffix = format!(" {noun}");
        if let Some(end) = group_in_country(doc, lexicon, actors, start, noun_at, kind) {
            return Some(end);
        }
        if let Some(end) = staff_at(doc, lexicon, actors, start, noun_at, kind) {
            return Some(end);
        }
        // A bare "analysts" with nothing before it names no one in
        // particular (held-out stance F1 0.276 with, 0.297 without; a bare
        // "rebels", "critics" or "protesters" still cost 0.006 at 0.364).
        match actors.list.iter().rposition(|a| a.generic && a.name.ends_with(&suffix)) {
            Some(index) => index,
            None if side_opening_sentence(doc, lexicon, parse, start, noun_at) => actors.named(noun, kind, None),
            None => return None,
        }
    };
    actors.list[index].generic = true;
    actors.list[index].acts = true;
    actors.mention(doc, index, start, noun_at + 1, Via::Name);
    Some(noun_at + 1)
}

/// "Trump and his supporters denied …", "Putin and his allies": a plural of
/// people (`group_nouns`, `modified_group_nouns`) after "his" or "her" and
/// "and" right after a person's name names those around that person, as
/// "Trump supporters" does. Returns the phrase's end.
fn own_people(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, start: usize) -> Option<usize> {
    if !matches!(doc.low(start), "his" | "her") || start < 2 || doc.low(start - 1) != "and" {
        return None;
    }
    let noun_at = start + 1;
    let plural = doc.is_word(noun_at)
        && (doc.low_is(WordClass::GroupNouns, noun_at) || doc.low_is(WordClass::ModifiedGroupNouns, noun_at));
    if !plural {
        return None;
    }
    let person = actors
        .found
        .iter()
        .rev()
        .find(|f| f.end == start - 1 && f.via == Via::Name)
        .map(|f| f.actor)
        .filter(|&a| actors.list[a].kind == ActorKind::Person)?;
    let name = actors.list[person].name.clone();
    let group = format!("{} {}", surname(lexicon, &name), doc.low(noun_at));
    let kind = group_kind(doc, noun_at..noun_at + 1, false);
    Some(generic_group(
        doc,
        actors,
        (&group, kind, Some(name)),
        start,
        noun_at + 1,
    ))
}

/// Whether a capitalised word is shaped like the adjective of a people or a
/// quarter of the world that `collective` names a collective by ("European
/// leaders", "Western allies"); "World leaders", "Union leaders" opening a
/// sentence are capitalised only by where they stand.
fn collective_adjective(word: &str) -> bool {
    COLLECTIVE_ADJECTIVE_ENDINGS.iter().any(|end| word.ends_with(end))
}

/// Endings of the adjectives of a people or a quarter of the world
/// ("European", "Kurdish", "Chinese", "Western").
const COLLECTIVE_ADJECTIVE_ENDINGS: &[&str] = &["an", "ish", "ese", "ern"];

/// Records the generic, acting group `name` (of `kind`, `affiliation`)
/// mentioned at tokens `start..end`. Returns `end`.
fn generic_group(
    doc: &Document,
    actors: &mut Actors,
    (name, kind, affiliation): (&str, ActorKind, Option<String>),
    start: usize,
    end: usize,
) -> usize {
    let index = actors.named(name, kind, affiliation);
    actors.list[index].generic = true;
    actors.list[index].acts = true;
    actors.mention(doc, index, start, end, Via::Name);
    end
}

/// "Farmers in Britain", "lawmakers in the United States": a bare plural
/// of people (at `noun_at`) before "in" and a country is the country's
/// group, named as its adjective would name it, "British farmers". Not a
/// noun of a stake, "investors in Russia" (`stake_nouns`), nor a capital:
/// "officials in Washington" are `seated_body`'s. Returns the phrase's end.
fn group_in_country(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &mut Actors,
    start: usize,
    noun_at: usize,
    kind: ActorKind,
) -> Option<usize> {
    if doc.low(noun_at + 1) != "in" || doc.low_is(WordClass::StakeNouns, noun_at) {
        return None;
    }
    let (country, end) = country_name(doc, lexicon, noun_at + 2)?;
    let adjective = lexicon.actors[country].adjective.as_deref()?;
    let name = format!("{adjective} {}", doc.low(noun_at));
    let affiliation = Some(lexicon.actors[country].name.clone());
    Some(generic_group(doc, actors, (&name, kind, affiliation), start, end))
}

/// "Analysts at Goldman Sachs said": a bare plural of a profession
/// (`employee_nouns`) before "at" and a known company or organisation is its
/// staff, named as "Goldman Sachs analysts" would be. Returns the phrase's end.
fn staff_at(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &mut Actors,
    start: usize,
    noun_at: usize,
    kind: ActorKind,
) -> Option<usize> {
    if doc.low(noun_at + 1) != "at" || !doc.low_is(WordClass::EmployeeNouns, noun_at) {
        return None;
    }
    let (end, known, _) = gazetteer_match(doc, lexicon, noun_at + 2)?;
    let employer = &lexicon.actors[known];
    if !matches!(employer.kind, ActorKind::Company | ActorKind::Organisation) {
        return None;
    }
    let name = format!("{} {}", employer.name, doc.low(noun_at));
    let affiliation = Some(employer.name.clone());
    Some(generic_group(doc, actors, (&name, kind, affiliation), start, end))
}

/// "Greenpeace campaigners protested", "Hezbollah fighters": an
/// organisation's name before a noun of its own people (`member_nouns`)
/// names the organisation acting, known or not: an unknown one-word name
/// there is an organisation (an armed group before a noun of arms), never a
/// person. Not a party's ("Labour activists" are a wing, `group`'s) nor a
/// state's or a person's.
fn organisation_people(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &mut Actors,
    start: usize,
    i: usize,
) -> Option<usize> {
    let word = doc.word(i);
    if !is_capitalised(word) || !doc.is_word(i) {
        return None;
    }
    let (known, noun_at) = match gazetteer_match(doc, lexicon, i) {
        Some((end, known, _)) => (Some(known), end),
        None => (None, i + 1),
    };
    // "Treasury officials said", "a Zorblatt spokesman said": an unknown
    // name before a noun of those who speak for a body is that body.
    // Not a common word of English ("Health officials", "Senior
    // officials") nor one the article writes in lower case.
    let official = known.is_none()
        && (doc.low_is(WordClass::StaffNouns, noun_at)
            || (doc.low_is(WordClass::Spokes, noun_at) && !is_capitalised(doc.word(noun_at + 1))))
        && official_body_name(doc, lexicon, actors, i);
    let member = doc.low_is(WordClass::MemberNouns, noun_at);
    if !(member || official) || !doc.is_word(noun_at) {
        return None;
    }
    let index = match known {
        Some(known)
            if matches!(
                lexicon.actors[known].kind,
                ActorKind::Organisation | ActorKind::ArmedGroup
            ) =>
        {
            from_lexicon(actors, lexicon, known)
        }
        Some(_) => return None,
        None => match actors.alias.get(&word.to_lowercase()) {
            Some(&seen) if matches!(actors.list[seen].kind, ActorKind::Organisation | ActorKind::ArmedGroup) => seen,
            Some(_) => return None,
            None if official || organisation_name(doc, lexicon, actors, i) => {
                let kind = if doc.low_is(WordClass::ArmedGroupWords, noun_at) {
                    ActorKind::ArmedGroup
                } else {
                    ActorKind::Organisation
                };
                let index = actors.named(word, kind, None);
                actors.alias.insert(word.to_lowercase(), index);
                index
            }
            None => return None,
        },
    };
    actors.list[index].acts = true;
    actors.mention(doc, index, start, noun_at + 1, Via::Name);
    Some(noun_at + 1)
}

/// Whether the lone unknown capitalised word `i` before a noun of those who
/// speak for a body ("Treasury officials") may name that body: no common
/// word of English, word of a remit, place, people or adjective, and never
/// written in lower case in the article.
fn official_body_name(doc: &Document, lexicon: &Lexicon, actors: &Actors, i: usize) -> bool {
    let word = doc.word(i);
    let parser = standpoint_syntax::Parser::shared();
    unknown_name(doc, lexicon, actors, i)
        && !word.contains('-')
        && !parser.common_word(word)
        && !parser.seen_as(word, standpoint_syntax::Upos::Noun)
        && !parser.seen_as(word, standpoint_syntax::Upos::Adj)
        && !doc.low_is(WordClass::PortfolioWords, i)
        && !doc.low_is(WordClass::BodyDescriptions, i)
        && !doc.low_is(WordClass::InstitutionNouns, i)
        && !doc.low_is(WordClass::GroupModifiers, i)
        && !lexicon.peoples.contains_key(word)
        && !lexicon.is(WordClass::Places, word)
        && !people_adjective_shape(word)
        && !written_lower_elsewhere(doc, i)
}

/// Endings of the adjectives of a people, faith or creed ("Kurdish",
/// "Islamist", "Sunni", "Shiite"): a capital so shaped names no body.
const PEOPLE_ADJECTIVE_ENDINGS: &[&str] = &["an", "ish", "ese", "ist", "i", "ite"];

fn people_adjective_shape(word: &str) -> bool {
    PEOPLE_ADJECTIVE_ENDINGS.iter().any(|end| word.ends_with(end))
}

/// Whether the article writes the capitalised word at `i` in lower case
/// elsewhere: then it is a common word, capitalised where it stands.
fn written_lower_elsewhere(doc: &Document, i: usize) -> bool {
    let low = doc.low(i);
    (0..doc.tokens.len()).any(|k| k != i && doc.word(k) == low)
}

/// Endings of common English adjectives and nouns of a quality, which a
/// capital opening a sentence does not make a name ("Student activists").
const COMMON_ENDINGS: &[&str] = &[
    "al", "ful", "ous", "ive", "ic", "ed", "ing", "ion", "ent", "ant", "ary", "less", "ble", "y",
];

/// Whether the lone unknown capitalised word `i` (`unknown_name`) may name
/// an organisation: not shaped like an adjective of a people, faith or
/// creed ("Kurdish", "Islamist", "Sunni", "Shiite") nor a word of a trade
/// or of arms, and, opening a sentence, no word the article writes in
/// lower case elsewhere nor one shaped like a common adjective or a word of
/// feeling ("Angry protesters", "Environmental campaigners").
fn organisation_name(doc: &Document, lexicon: &Lexicon, actors: &Actors, i: usize) -> bool {
    let word = doc.word(i);
    !people_adjective_shape(word) && uncommon_name(doc, lexicon, actors, i)
}

/// [`organisation_name`] but for the shape of an adjective, which the
/// caller tells apart by other means.
fn uncommon_name(doc: &Document, lexicon: &Lexicon, actors: &Actors, i: usize) -> bool {
    let word = doc.word(i);
    let lower_elsewhere = || {
        let low = doc.low(i);
        lexicon.valence(low).is_some()
            || COMMON_ENDINGS.iter().any(|end| low.ends_with(end))
            || written_lower_elsewhere(doc, i)
    };
    unknown_name(doc, lexicon, actors, i)
        && (!word.contains('-') || arabic_article_name(word))
        && !doc.low_is(WordClass::GroupModifiers, i)
        && !doc.low_is(WordClass::ArmedGroupWords, i)
        && !lexicon.peoples.contains_key(word)
        && !lexicon.is(WordClass::Places, word)
        && !(doc.starts_sentence(i) && (standpoint_syntax::Parser::shared().common_word(word) || lower_elsewhere()))
}

/// "Al-Shabaab", "Al-Nusra": a name opening with the Arabic article, whose
/// hyphen joins no prefix of English ("Pro-Russian", "Anti-Kremlin").
fn arabic_article_name(word: &str) -> bool {
    ["Al-", "El-"].iter().any(|article| {
        word.strip_prefix(article)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

/// "Rebels in the north rejected …", "Critics say …": a bare plural of
/// people who take a side (`side_group_nouns`) opening its sentence, or after
/// a quantifier opening it ("Some analysts"), names that side, the subject
/// the sentence goes on to tell of; any other group noun there only as the
/// parse's subject of a stance verb, "Shareholders rejected the offer" (in
/// any role it cost 0.005 held-out stance F1). Anywhere else a bare plural
/// cost held-out stance F1 (0.003 when it acts, 0.006 everywhere).
fn side_opening_sentence(doc: &Document, lexicon: &Lexicon, parse: &Parse, start: usize, noun_at: usize) -> bool {
    let quantified = start
        .checked_sub(1)
        .is_some_and(|q| doc.starts_sentence(q) && doc.low_is(WordClass::GroupQuantifiers, q));
    let span = doc.span(noun_at, noun_at + 1);
    let cue = |(v, e): (usize, usize)| lexicon.cues.contains_key(doc.text[v..e].to_lowercase().as_str());
    // "The plan was rejected by shareholders": the agent of a verb of
    // stance acts as its subject would.
    if parse.agent_of(span.start, span.end).is_some_and(cue) {
        return true;
    }
    if !doc.starts_sentence(start) && !quantified && !listed_from_opening(doc, start) {
        return false;
    }
    if doc.low_is(WordClass::SideGroupNouns, noun_at) {
        return true;
    }
    // Any other group noun only as the subject of a verb of stance
    // ("Shareholders rejected the offer", "Unions opposed the reform",
    // "Nurses and doctors criticised the plan").
    parse
        .subject_of(span.start, span.end)
        .or_else(|| parse.listed_subject_of(span.start, span.end))
        .or_else(|| parse.misread_subject_of(span.start, span.end))
        .is_some_and(cue)
}

/// Whether the bare plural at `start` is listed after others that open its
/// sentence, each a bare plural of people: "doctors" in "Nurses and doctors
/// criticised the plan", "Many teachers, parents and pupils".
fn listed_from_opening(doc: &Document, start: usize) -> bool {
    let mut k = start;
    loop {
        let Some(joint) = k.checked_sub(1).filter(|&j| matches!(doc.low(j), "and" | "or" | ",")) else {
            return false;
        };
        let Some(noun) = joint.checked_sub(1) else {
            return false;
        };
        let noun = if doc.word(noun) == "," && doc.low(joint) != "," {
            match noun.checked_sub(1) {
                Some(n) => n,
                None => return false,
            }
        } else {
            noun
        };
        let plural = doc.is_word(noun)
            && (doc.low_is(WordClass::GroupNouns, noun) || doc.low_is(WordClass::SideGroupNouns, noun));
        if !plural {
            return false;
        }
        let quantified = noun
            .checked_sub(1)
            .is_some_and(|q| doc.starts_sentence(q) && doc.low_is(WordClass::GroupQuantifiers, q));
        if doc.starts_sentence(noun) || quantified {
            return true;
        }
        k = noun;
    }
}

/// Which side a hyphenated modifier gives what it qualifies towards the
/// actor it names: "Iran-backed rebels" are backed by Iran, "pro-Russian
/// separatists" back Russia, "anti-Kremlin protesters" oppose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    BackedBy,
    For,
    Against,
}

/// Endings of a modifier whose name backs what it qualifies ("-led" names
/// a coalition's leader, `collective`'s, and says no side).
const BACKED_ENDINGS: [&str; 8] = [
    "-backed",
    "-supported",
    "-sponsored",
    "-funded",
    "-financed",
    "-armed",
    "-allied",
    "-aligned",
];

/// A known actor named inside a hyphenated modifier, with the side it puts
/// the qualified noun on and the byte range of the name in `word`:
/// "Kremlin-backed", "U.S.-backed", "pro-Russian", "Anti-Western".
pub(super) fn sided_modifier(lexicon: &Lexicon, word: &str) -> Option<(usize, Side, Range<usize>)> {
    let prefixed = |prefix: &str| {
        let cut = prefix.len();
        let head = word.get(..cut)?;
        (word.len() > cut && head.eq_ignore_ascii_case(prefix)).then_some(cut..word.len())
    };
    let (range, side) = if let Some(name) = BACKED_ENDINGS.iter().find_map(|end| word.strip_suffix(end)) {
        (0..name.len(), Side::BackedBy)
    } else if let Some(range) = prefixed("pro-") {
        (range, Side::For)
    } else if let Some(range) = prefixed("anti-") {
        (range, Side::Against)
    } else {
        return None;
    };
    let name = &word[range.clone()];
    let known = lexicon.adjectives.get(name).copied().or_else(|| {
        lexicon
            .phrases
            .get(name)?
            .iter()
            .find(|p| p.words.len() == 1)
            .map(|p| p.actor)
    })?;
    Some((known, side, range))
}

/// "Iran-backed rebels", "pro-Russian separatists": a sided modifier (see
/// [`sided_modifier`]) names its actor where it stands, and with a bare
/// plural of people after it names that group. Without one ("Iran-backed
/// Houthi rebels", "the Kremlin-backed station RT America") the words after
/// it are read as ever. `relations` reads the side. Returns where reading
/// goes on.
pub(super) fn sided_group(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, start: usize) -> Option<usize> {
    let i = if doc.low(start) == "the" { start + 1 } else { start };
    let word = doc.word(i);
    let (known, _, range) = doc.is_word(i).then(|| sided_modifier(lexicon, word)).flatten()?;
    let named = from_lexicon(actors, lexicon, known);
    let at = doc.tokens[i].start;
    // The name only, not a found mention: the token is the group's (or
    // qualifies what follows), and a clause reads one actor at a token.
    actors.list[named].mentions.push(Span {
        start: at + range.start,
        end: at + range.end,
    });
    let noun = i + 1;
    let bare_group =
        doc.is_word(noun) && (doc.low_is(WordClass::GroupNouns, noun) || doc.low_is(WordClass::SideGroupNouns, noun));
    if !bare_group {
        return Some(i + 1);
    }
    let name = format!("{word} {}", doc.low(noun));
    let kind = group_kind(doc, i..noun + 1, false);
    Some(generic_group(doc, actors, (&name, kind, None), start, noun + 1))
}

/// The kind of a group named by the words `words`: an armed group when one
/// of them is a word of arms ("rebels", "militant groups"), unless a party
/// qualifies it ("Labour rebels" are its MPs).
fn group_kind(doc: &Document, words: Range<usize>, by_party: bool) -> ActorKind {
    if !by_party && words.into_iter().any(|k| doc.low_is(WordClass::ArmedGroupWords, k)) {
        ActorKind::ArmedGroup
    } else {
        ActorKind::Group
    }
}

/// "human rights groups" (a named collective from the lexicon) and "the
/// US-led alliance" (a coalition named after its leader).
pub(super) fn collective(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    if let Some(end) = bloc_quarter(doc, actors, i) {
        return Some(end);
    }
    // Phrases of three words, then two (the groups are never one word); most
    // words begin no group's name, and one look-up of the word spares the two
    // of the phrases.
    let starts_group = lexicon.starts_phrase(WordClass::CollectiveGroups, doc.low(i));
    for length in (2..=3).rev() {
        if !starts_group || i + length > doc.tokens.len() {
            continue;
        }
        let phrase = doc.low_phrase(i, i + length);
        if lexicon.is(WordClass::CollectiveGroups, phrase) {
            let index = actors.named(phrase, ActorKind::Group, None);
            actors.list[index].acts = true;
            actors.mention(doc, index, i, i + length, Via::Name);
            return Some(i + length);
        }
    }
    let word = doc.word(i);
    // "European allies", "Western allies": a capitalised adjective (of a
    // people or a quarter of the world) and a collective noun; "Kurdish
    // fighters", "Islamist militants": one of a people, faith or creed that
    // is no country's and a noun of arms, an armed group (not a prefix of
    // English's, "Pro-Russian fighters", which says whom they back).
    let armed = doc.low_is(WordClass::ArmedGroupWords, i + 1) && doc.is_word(i + 1) && !word.contains('-');
    if is_capitalised(word)
        && !lexicon.adjectives.contains_key(word)
        && (collective_adjective(word) || armed && people_adjective_shape(word))
        && (armed || doc.low_is(WordClass::AdjectiveGroupNouns, i + 1))
    {
        let name = format!("{word} {}", doc.low(i + 1));
        let kind = if armed { ActorKind::ArmedGroup } else { ActorKind::Group };
        let index = actors.named(&name, kind, None);
        actors.list[index].acts = true;
        actors.mention(doc, index, i, i + 2, Via::Name);
        return Some(i + 2);
    }
    let leader = word.strip_suffix("-led")?;
    let noun = doc.low(i + 1);
    if !lexicon.is(WordClass::LedNouns, noun) {
        return None;
    }
    let known = lexicon.phrases.get(leader)?.first()?.actor;
    let affiliation = lexicon.actors[known].name.clone();
    let name = format!("{word} {noun}");
    let index = actors.named(&name, ActorKind::Group, Some(affiliation));
    actors.list[index].acts = true;
    let first = if doc.low(i.wrapping_sub(1)) == "the" { i - 1 } else { i };
    actors.mention(doc, index, first, i + 2, Via::Name);
    Some(i + 2)
}

/// "Putin accused the West", "the West condemned the invasion": a quarter
/// of the world after "the" names its states acting as one, unless a name
/// goes on ("the West Bank") or it is a place ("in the West"). Like a group
/// named by a common noun, it is reported only when a kept stance has it.
fn bloc_quarter(doc: &Document, actors: &mut Actors, i: usize) -> Option<usize> {
    let quarter = i + 1;
    let named = doc.low(i) == "the"
        && doc.word_is(WordClass::BlocQuarters, quarter)
        && !(doc.is_word(quarter + 1) && is_capitalised(doc.word(quarter + 1)));
    if !named || after_place_word(doc, i) {
        return None;
    }
    let index = actors.named(&format!("the {}", doc.word(quarter)), ActorKind::Group, None);
    actors.list[index].generic = true;
    actors.mention(doc, index, i, quarter + 1, Via::Name);
    Some(quarter + 1)
}

/// "the Trump administration", "The administration of US President Barack
/// Obama", "Trump's administration", "his administration", and a bare "the
/// administration" or "the regime" for the latest one seen.
pub(super) fn administration(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    let low = doc.low(i);
    if !matches!(low, "administration" | "regime" | "government") {
        return None;
    }
    let noun = low;
    let start = if matches!(doc.low(i.wrapping_sub(1)), "the" | "his" | "her") {
        i - 1
    } else {
        i
    };
    // "Obama administration": the person mention just before.
    let before = actors
        .found
        .last()
        .copied()
        .filter(|f| f.end == i && actors.list[f.actor].kind == ActorKind::Person);
    let previous_word = doc.word(i.wrapping_sub(1));
    let possessed = possessor(doc, lexicon, actors, i);
    let (owner, first, end): (Option<String>, usize, usize) = if let Some((owner, first)) = possessed {
        // "Trump's administration", "Maduro's government".
        (Some(owner), first, i + 1)
    } else if let Some(found) = before {
        actors.found.pop();
        let first = if matches!(doc.low(found.first.wrapping_sub(1)), "the") {
            found.first - 1
        } else {
            found.first
        };
        (Some(surname(lexicon, &actors.list[found.actor].name)), first, i + 1)
    } else if i > 0
        && is_capitalised(previous_word)
        && doc.is_word(i - 1)
        && !lexicon.is(WordClass::StopCaps, previous_word)
        && !lexicon.adjectives.contains_key(previous_word)
        && !lexicon.phrases.contains_key(previous_word)
    {
        // "the Assad regime": an unknown name before the noun, the ruler's.
        let first = if doc.low(i.wrapping_sub(2)) == "the" {
            i - 2
        } else {
            i - 1
        };
        if noun == "regime" && !actors.alias.contains_key(&previous_word.to_lowercase()) {
            let ruler = actors.named(previous_word, ActorKind::Person, None);
            actors.alias.insert(previous_word.to_lowercase(), ruler);
        }
        (Some(previous_word.to_owned()), first, i + 1)
    } else if doc.low(i + 1) == "of" && noun == "administration" {
        // "administration of US President Barack Obama": the last name word ahead.
        let mut last = None;
        for k in i + 2..(i + 9).min(doc.tokens.len()) {
            if !doc.is_word(k) || !is_capitalised(doc.word(k)) {
                break;
            }
            last = Some(k);
        }
        let last = last?;
        (Some(doc.word(last).to_owned()), start, i + 1)
    } else if matches!(doc.low(start), "his" | "her") && noun == "administration" {
        (
            actors
                .last_person(lexicon, i, Gender::of_pronoun(doc.low(start)))
                .map(|p| surname(lexicon, &actors.list[p].name)),
            start,
            i + 1,
        )
    } else {
        (None, start, i + 1)
    };
    // Without its state's name, "the government" stands for a state, and so
    // does the government whose people speak, "government officials", "a
    // government spokesman"; "government bonds" or "anti-government
    // protests" name none.
    let speaks_for = doc.low_is(WordClass::Spokes, i + 1) || lexicon.is_people_plural(doc.low(i + 1));
    if noun == "government" && owner.is_none() && !(start + 1 == i && doc.low(start) == "the") && !speaks_for {
        return None;
    }
    let index = match owner {
        Some(owner) => {
            let affiliation = actors
                .alias
                .get(&owner.to_lowercase())
                .and_then(|&p| actors.list[p].affiliation.clone());
            actors.named(&format!("{owner} {noun}"), ActorKind::GovernmentBody, affiliation)
        }
        None => {
            let latest = actors
                .found
                .iter()
                .rev()
                .map(|f| f.actor)
                .find(|&a| named_as(doc, actors, a, noun));
            // A bare "the administration" is the president's, once one is named.
            let president = || {
                actors
                    .list
                    .iter()
                    .position(|a| a.kind == ActorKind::Person && a.titles.iter().any(|t| t == "president"))
            };
            // "Germany criticised the plan. The government said …": with no
            // government named, the state of every country the article has
            // named so far, when that is one.
            let only_country = || only_country_named(actors, first);
            match latest.or_else(|| (noun == "government").then(only_country).flatten()) {
                Some(latest) => latest,
                None if noun == "administration" => {
                    let person = president()?;
                    let name = format!("{} administration", surname(lexicon, &actors.list[person].name));
                    let affiliation = actors.list[person].affiliation.clone();
                    actors.named(&name, ActorKind::GovernmentBody, affiliation)
                }
                None => return None,
            }
        }
    };
    actors.mention(doc, index, first, end, Via::Name);
    Some(end)
}

/// Whether `actor` was named as the body `noun` stands for: by its name
/// ("Syrian government"), a mention ending in it ("the Danish government")
/// or a possessive before it ("China's government").
fn named_as(doc: &Document, actors: &Actors, actor: usize, noun: &str) -> bool {
    let actor = &actors.list[actor];
    actor.name.ends_with(noun)
        || actor.mentions.iter().any(|m| {
            let after = doc.text[m.end..].trim_start_matches(['\'', '’', 's']).trim_start();
            doc.text[m.start..m.end].ends_with(noun)
                || (doc.text[m.end..].starts_with(['\'', '’']) && after.starts_with(noun))
        })
}

/// "the Trump campaign": a campaign named by its candidate is an
/// organisation that acts and is acted on apart from the candidate ("the
/// Trump campaign's contacts with Russia"); its name is the surname's. So is
/// "Trump's campaign" (news names it either way).
pub(super) fn campaign(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    if doc.low(i) != "campaign" {
        return None;
    }
    // "Trump's campaign": the candidate's possessive names it too.
    if let Some((owner, first)) = possessor(doc, lexicon, actors, i) {
        let affiliation = actors
            .alias
            .get(&owner.to_lowercase())
            .and_then(|&p| actors.list[p].affiliation.clone());
        let index = actors.named(&format!("{owner} campaign"), ActorKind::Organisation, affiliation);
        actors.mention(doc, index, first, i + 1, Via::Name);
        return Some(i + 1);
    }
    // "the Trump campaign" before the candidate is named: an unknown name.
    if i >= 2 && doc.low(i - 2) == "the" && unknown_name(doc, lexicon, actors, i - 1) {
        let index = actors.named(&format!("{} campaign", doc.word(i - 1)), ActorKind::Organisation, None);
        actors.mention(doc, index, i - 2, i + 1, Via::Name);
        return Some(i + 1);
    }
    let found = actors
        .found
        .last()
        .copied()
        .filter(|f| f.end == i && actors.list[f.actor].kind == ActorKind::Person)?;
    actors.found.pop();
    let first = if doc.low(found.first.wrapping_sub(1)) == "the" {
        found.first - 1
    } else {
        found.first
    };
    let person = &actors.list[found.actor];
    let (name, affiliation) = (
        format!("{} campaign", surname(lexicon, &person.name)),
        person.affiliation.clone(),
    );
    let index = actors.named(&name, ActorKind::Organisation, affiliation);
    actors.mention(doc, index, first, i + 1, Via::Name);
    Some(i + 1)
}

/// The person whose possessive stands just before token `i` ("Donald
/// Trump's campaign", "Maduro's government"): their surname and the first
/// token of the phrase. A person already found loses that mention to the
/// phrase; an unknown capitalised name that no rule took counts too, but
/// never a country, a known body or another known actor ("China's
/// government" is left to the rules for countries).
fn possessor(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<(String, usize)> {
    if i < 2 || !matches!(doc.word(i - 1), "’s" | "'s") {
        return None;
    }
    let last = actors.found.last().copied().filter(|f| f.end == i - 1);
    if let Some(found) = last {
        if actors.list[found.actor].kind != ActorKind::Person || found.via != Via::Name {
            return None;
        }
        actors.found.pop();
        return Some((surname(lexicon, &actors.list[found.actor].name), found.first));
    }
    unknown_name(doc, lexicon, actors, i - 2).then(|| (doc.word(i - 2).to_owned(), i - 2))
}

/// Whether token `k` is a lone capitalised word that names nothing known:
/// no country, gazetteer entry or actor of this article, and no longer name
/// ending in it.
fn unknown_name(doc: &Document, lexicon: &Lexicon, actors: &Actors, k: usize) -> bool {
    let word = doc.word(k);
    doc.is_word(k)
        && is_capitalised(word)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !lexicon.is(WordClass::StopCaps, word)
        && !lexicon.adjectives.contains_key(word)
        && gazetteer_match(doc, lexicon, k).is_none()
        && !actors.alias.contains_key(&word.to_lowercase())
        && !(k >= 1
            && doc.is_word(k - 1)
            && is_capitalised(doc.word(k - 1))
            && !doc.word_is(WordClass::StopCaps, k - 1))
}

/// The family name of a person's full name: the last word, or the first
/// where family names come first ("Xi Jinping", "Kim Jong Un").
pub(super) fn surname(lexicon: &Lexicon, name: &str) -> String {
    let mut words = name.split(' ');
    let first = words.next().unwrap_or_default();
    match words.next_back() {
        Some(_) if lexicon.is(WordClass::FamilyFirstNames, first) => first.to_owned(),
        Some(last) => last.to_owned(),
        None => first.to_owned(),
    }
}

/// The country whose adjective starts at `i` ("Russian", "North Korean") and
/// the index after it.
/// A country's gazetteer name at `i` ("France", "the United States"), not
/// a seat or metonym: the country and where its name ends.
pub(super) fn country_name(doc: &Document, lexicon: &Lexicon, i: usize) -> Option<(usize, usize)> {
    let (end, known, role) = gazetteer_match(doc, lexicon, i)?;
    (role == PhraseRole::Name && lexicon.actors[known].kind == ActorKind::Country).then_some((known, end))
}

/// "of France" at `of`: the country named after it, and where it ends.
pub(super) fn country_after_of(doc: &Document, lexicon: &Lexicon, of: usize) -> Option<(usize, usize)> {
    if doc.low(of) != "of" {
        return None;
    }
    country_name(doc, lexicon, of + 1)
}

pub(super) fn country_adjective(doc: &Document, lexicon: &Lexicon, i: usize) -> Option<(usize, usize)> {
    match lexicon.adjectives.get(doc.word(i)) {
        Some(&country) => Some((country, i + 1)),
        // "North Korean", "South African": an adjective of two words.
        None if is_capitalised(doc.word(i)) && doc.is_word(i + 1) => {
            // Most capitalised words are followed by one space: the text
            // itself is then the key, and no string is made.
            let (first, second, text) = (doc.word(i), doc.word(i + 1), doc.slice(i, i + 2));
            let country = if text.len() == first.len() + 1 + second.len() && text.as_bytes()[first.len()] == b' ' {
                lexicon.adjectives.get(text).copied()
            } else {
                lexicon.adjectives.get(format!("{first} {second}").as_str()).copied()
            };
            Some((country?, i + 2))
        }
        None => None,
    }
}

/// "the Danish and German governments", "Russian officials", "the Cuban
/// foreign ministry", "China’s Foreign Ministry", "China's foreign ministry".
pub(super) fn adjective_body(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    let Some((first_country, mut end)) = country_adjective(doc, lexicon, i) else {
        return possessive_ministry(doc, lexicon, actors, i)
            .or_else(|| ministry_of(doc, lexicon, actors, i))
            .or_else(|| bare_ministry(doc, lexicon, actors, i));
    };
    let adjective = doc.slice(i, end).to_owned();
    let mut countries = vec![first_country];
    while matches!(doc.low(end), "and" | ",") {
        match lexicon.adjectives.get(doc.word(end + 1)) {
            Some(&c) => {
                countries.push(c);
                end += 2;
            }
            None => break,
        }
    }
    let noun = doc.low(end);
    let start = if matches!(doc.low(i.wrapping_sub(1)), "the") {
        i - 1
    } else {
        i
    };
    if lexicon.is(WordClass::BodyNouns, noun) {
        for &country in &countries {
            let index = from_lexicon(actors, lexicon, country);
            actors.list[index].acts = true;
            actors.mention(doc, index, start, end + 1, Via::Name);
        }
        return Some(end + 1);
    }
    if countries.len() == 1 {
        if let Some(after) = ministry(doc, lexicon, actors, first_country, &adjective, start, end) {
            return Some(after);
        }
    }
    // "the U.S. embassy", "a US court", "the Russian parliament": an
    // institution of the state that acts apart from its government.
    if countries.len() == 1 && lexicon.is(WordClass::StateInstitutionNouns, noun) {
        let country = lexicon.actors[first_country].name.clone();
        let name = format!("{adjective} {noun}");
        let index = actors.named(&name, ActorKind::GovernmentBody, Some(country));
        actors.mention(doc, index, start, end + 1, Via::Name);
        return Some(end + 1);
    }
    // "U.S. intelligence agencies", "Russian security services": the
    // state's agencies of one remit together, a body of the state.
    let agencies = format!("{noun} {}", doc.low(end + 1));
    if countries.len() == 1 && doc.is_word(end + 1) && lexicon.is(WordClass::StateAgencies, &agencies) {
        let country = lexicon.actors[first_country].name.clone();
        let name = format!("{adjective} {agencies}");
        let index = actors.named(&name, ActorKind::GovernmentBody, Some(country));
        actors.list[index].acts = true;
        actors.mention(doc, index, start, end + 2, Via::Name);
        return Some(end + 2);
    }
    None
}

/// "foreign ministry", "defence office" at `noun` (`adjective_ministries`):
/// the ministry of `country`, named by its adjective as "the Cuban foreign
/// ministry" is, "Cuban Foreign Ministry", whether the text wrote the
/// adjective or the country's possessive. The mention runs from `start`.
fn ministry(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &mut Actors,
    country: usize,
    adjective: &str,
    start: usize,
    noun: usize,
) -> Option<usize> {
    if !(doc.low_is(WordClass::AdjectiveMinistries, noun) && matches!(doc.low(noun + 1), "ministry" | "office")) {
        return None;
    }
    let name = format!(
        "{adjective} {} {}",
        capitalise(doc.low(noun)),
        capitalise(doc.low(noun + 1))
    );
    let country = lexicon.actors[country].name.clone();
    let index = actors.named(&name, ActorKind::GovernmentBody, Some(country));
    actors.list[index].acts = true;
    actors.mention(doc, index, start, noun + 2, Via::Name);
    Some(noun + 2)
}

/// The one country the article has named before token `before`, when every
/// country it named so far is that one: "Germany criticised the plan. The
/// government said …" is Germany's government.
fn only_country_named(actors: &Actors, before: usize) -> Option<usize> {
    let mut countries = actors
        .found
        .iter()
        .filter(|f| f.end <= before && !f.modifier && actors.list[f.actor].kind == ActorKind::Country)
        .map(|f| f.actor);
    let country = countries.next()?;
    countries.all(|c| c == country).then_some(country)
}

/// [`only_country_named`] as its gazetteer entry, which says its adjective
/// and its ministries' names.
fn only_country_entry(lexicon: &Lexicon, actors: &Actors, before: usize) -> Option<usize> {
    let actor = only_country_named(actors, before)?;
    lexicon.actors.iter().position(|a| a.name == actors.list[actor].name)
}

/// "France said it opposed the plan. The foreign ministry said …": a
/// lower-case ministry after "the" that no country qualifies is the latest
/// ministry of that remit named, else that of the one country named so far.
fn bare_ministry(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    let start = i.checked_sub(1).filter(|&b| doc.low(b) == "the")?;
    if is_capitalised(doc.word(i))
        || !(doc.low_is(WordClass::AdjectiveMinistries, i) && matches!(doc.low(i + 1), "ministry" | "office"))
        || matches!(doc.low(i + 2), "of" | "in")
    {
        return None;
    }
    let remit = format!(" {} {}", capitalise(doc.low(i)), capitalise(doc.low(i + 1)));
    let named = actors.latest_before(start, |_, a| {
        a.kind == ActorKind::GovernmentBody && a.name.ends_with(&remit)
    });
    if let Some(index) = named {
        actors.mention(doc, index, start, i + 2, Via::Description);
        return Some(i + 2);
    }
    let country = only_country_entry(lexicon, actors, start)?;
    let adjective = lexicon.actors[country].adjective.clone()?;
    ministry(doc, lexicon, actors, country, &adjective, start, i)
}

/// "China's foreign ministry", "Russia’s defence ministry": a country's
/// possessive before a lower-case ministry names the ministry (as its
/// adjective would), not the country acting; a capitalised one is a name
/// `organisation` reads.
fn possessive_ministry(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    let (country, end) = country_name(doc, lexicon, i)?;
    if !matches!(doc.word(end), "'s" | "’s") || is_capitalised(doc.word(end + 1)) {
        return None;
    }
    let adjective = lexicon.actors[country].adjective.clone()?;
    ministry(doc, lexicon, actors, country, &adjective, i, end + 1)
}

/// "the foreign ministry of Japan", "the defence ministry in Moscow": a
/// lower-case ministry "of" a country, or "in" a country or its capital,
/// names the ministry, as "Japan's foreign ministry" does. The mention runs
/// from the article to the country's end.
fn ministry_of(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    if is_capitalised(doc.word(i)) {
        return None;
    }
    let seated = || {
        let (end, known, role) = gazetteer_match(doc, lexicon, i + 3)?;
        (doc.low(i + 2) == "in"
            && matches!(role, PhraseRole::Name | PhraseRole::Metonym)
            && lexicon.actors[known].kind == ActorKind::Country)
            .then_some((known, end))
    };
    let (country, end) = country_after_of(doc, lexicon, i + 2).or_else(seated)?;
    let adjective = lexicon.actors[country].adjective.clone()?;
    let start = if doc.low(i.wrapping_sub(1)) == "the" { i - 1 } else { i };
    ministry(doc, lexicon, actors, country, &adjective, start, i)?;
    Some(end)
}

/// "Officials in Washington and Seoul have agreed", "the regime in
/// Damascus", "the authorities in Russia": a body of a state that sits in
/// its capital (`seat_body_nouns`) before "in" and a list of capitals or
/// countries is each one's government, which the list would otherwise only
/// name as places. So are people a state sends (`delegate_nouns`) "from"
/// it: "ministers from Germany and France". Returns the phrase's end.
pub(super) fn seated_body(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    let noun = if matches!(doc.low(i), "the" | "a") { i + 1 } else { i };
    let seated = doc.low_is(WordClass::SeatBodyNouns, noun) && doc.low(noun + 1) == "in";
    let sent = doc.low_is(WordClass::DelegateNouns, noun) && doc.low(noun + 1) == "from";
    if !(seated || sent) {
        return None;
    }
    // "officials in Washington", and as "German officials" is Germany,
    // "officials in Germany" too, unless an owner names the body ("Saddam
    // Hussein's regime in Iraq", "US officials in Iraq").
    let owned = noun.checked_sub(1).is_some_and(|b| {
        matches!(doc.word(b), "'s" | "’s") || (doc.is_word(b) && is_capitalised(doc.word(b)) && !doc.starts_sentence(b))
    });
    let capital = |k: usize| {
        gazetteer_match(doc, lexicon, k).filter(|&(_, known, role)| {
            (role == PhraseRole::Metonym || (role == PhraseRole::Name && !owned))
                && lexicon.actors[known].kind == ActorKind::Country
        })
    };
    let (mut end, first, _) = capital(noun + 2)?;
    let mut countries = vec![first];
    while matches!(doc.low(end), "and" | ",") {
        match capital(end + 1) {
            Some((next, country, _)) => {
                countries.push(country);
                end = next;
            }
            None => break,
        }
    }
    for country in countries {
        let index = from_lexicon(actors, lexicon, country);
        actors.list[index].acts = true;
        actors.mention(doc, index, i, end, Via::Name);
    }
    Some(end)
}

/// "the RMT union", "the Unite union said", "the Wagner group": a lone
/// unknown name that the parse reads as a proper noun ("the Kurdish party"
/// is an adjective's) before a lower-case noun of an organisation or a
/// company (`body_descriptions`, `organisation_descriptions`,
/// `company_descriptions`) is that organisation, named by its name. Not a
/// body of a state ("the Shanghai court", "the Ethics panel"), which its
/// place or remit only qualifies.
/// Returns the phrase's end.
pub(super) fn described_name(
    doc: &Document,
    lexicon: &Lexicon,
    parse: &Parse,
    actors: &mut Actors,
    start: usize,
) -> Option<usize> {
    let i = if doc.low(start) == "the" { start + 1 } else { start };
    let word = doc.word(i);
    if !is_capitalised(word) {
        return None;
    }
    let describes = |k: usize| {
        doc.low_is(WordClass::CompanyDescriptions, k)
            || doc.low_is(WordClass::BodyDescriptions, k)
            || doc.low_is(WordClass::OrganisationDescriptions, k)
    };
    // ("the Wagner mercenary group": lower-case modifiers may come between.)
    let noun = (i + 1..i + 4)
        .take_while(|&k| doc.is_word(k) && !is_capitalised(doc.word(k)) && !doc.low_is(WordClass::DescriptionEnders, k))
        .find(|&k| describes(k))?;
    let company = doc.low_is(WordClass::CompanyDescriptions, noun);
    let kind = if company {
        ActorKind::Company
    } else {
        kind_of_organisation(lexicon, &[word, &capitalise(doc.low(noun))])
    };
    let span = doc.span(i, i + 1);
    if kind == ActorKind::GovernmentBody
        || doc.low_is(WordClass::CommitteeNouns, noun)
        || !uncommon_name(doc, lexicon, actors, i)
        || parse.is_proper(span) != Some(true)
    {
        return None;
    }
    let index = actors.named(word, kind, None);
    actors.alias.insert(word.to_lowercase(), index);
    actors.list[index].acts = true;
    actors.mention(doc, index, start, noun + 1, Via::Name);
    Some(noun + 1)
}

/// "the merger of Sainsbury's and Asda": an unknown name written with "'s"
/// and listed with another unknown name owns nothing; it is a firm named as
/// shops and agencies are (McDonald's, Moody's), and the name listed with it
/// a company too. Not "Trump's and Obama's policies", each a possessive.
/// Returns the list's end.
pub(super) fn possessive_firms(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    let other = i + 3;
    if !matches!(doc.word(i + 1), "'s" | "’s")
        || doc.low(i + 2) != "and"
        || matches!(doc.word(other + 1), "'s" | "’s" | "'" | "’")
        || !unknown_name(doc, lexicon, actors, i)
        || !unknown_name(doc, lexicon, actors, other)
        || (doc.is_word(other + 1) && is_capitalised(doc.word(other + 1)))
    {
        return None;
    }
    for (first, end) in [(i, i + 2), (other, other + 1)] {
        let index = actors.named(doc.slice(first, end), ActorKind::Company, None);
        actors.alias.insert(doc.low(first).to_owned(), index);
        actors.mention(doc, index, first, end, Via::Name);
    }
    Some(other + 1)
}

pub(super) fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "the Interfax news agency", "Russian newspaper Vedomosti", "state
/// broadcaster CCTV": a name with a media role noun (`media_roles`) just
/// before or after it is a media outlet, listed once some mention names it
/// as a source, like the outlets `organisation` finds by their suffix.
pub(super) fn outlet_named(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &mut Actors,
    name: Range<usize>,
) -> Option<usize> {
    let Range { start: i, end: run } = name;
    // "an English-language newspaper": a modifier, not the outlet's name.
    if run <= i || (run == i + 1 && is_compound_modifier(doc.word(i))) {
        return None;
    }
    let news_agency = |k: usize| doc.low(k) == "news" && doc.low(k + 1) == "agency";
    let role_after = if news_agency(run) {
        Some(run + 2)
    } else {
        doc.low_is(WordClass::MediaRoles, run).then_some(run + 1)
    };
    let role_before = i >= 1 && (doc.low_is(WordClass::MediaRoles, i - 1) || (i >= 2 && news_agency(i - 2)));
    let phrase_end = match (role_after, role_before) {
        (Some(end), _) => end,
        (None, true) => run,
        (None, false) => return None,
    };
    // The whole phrase: "the Interfax news agency", "Russian newspaper Vedomosti".
    let mut first = match role_after {
        Some(_) => i,
        None if doc.low_is(WordClass::MediaRoles, i - 1) => i - 1,
        None => i - 2,
    };
    while first > doc.body_start
        && (matches!(doc.low(first - 1), "the" | "a") || lexicon.adjectives.contains_key(doc.word(first - 1)))
    {
        first -= 1;
    }
    let name = doc.slice(i, run).to_owned();
    let index = actors.named(&name, ActorKind::Organisation, None);
    let actor = &mut actors.list[index];
    actor.sourced |= named_as_source(doc, lexicon, first, phrase_end) || named_as_source(doc, lexicon, i, run);
    actor.media = !actor.sourced;
    actors.mention(doc, index, i, run, Via::Name);
    Some(run)
}

/// "China’s Twitter-like Weibo", "the Uber-style Didi": a name after a
/// capitalised "X-like" or "X-style" is something likened to another name,
/// a service or a firm, never a person; a company when what it is likened to
/// is a known company, else an organisation. The name is the part after the
/// modifier.
pub(super) fn likened(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, name: Range<usize>) -> Option<usize> {
    let Range { start: i, end: run } = name;
    let model = doc
        .word(i)
        .strip_suffix("-like")
        .or_else(|| doc.word(i).strip_suffix("-style"))?;
    if run < i + 2 || !is_capitalised(model) {
        return None;
    }
    let kind = lexicon
        .phrases
        .get(model)
        .and_then(|p| p.iter().find(|p| p.words.len() == 1))
        .map(|p| lexicon.actors[p.actor].kind)
        .filter(|&k| k == ActorKind::Company)
        .unwrap_or(ActorKind::Organisation);
    let name = doc.slice(i + 1, run).to_owned();
    let index = actors.named(&name, kind, None);
    actors.mention(doc, index, i + 1, run, Via::Name);
    Some(run)
}

/// "an analyst at Renaissance Capital", "an economist with UBS": a name after
/// a profession (`employee_nouns`) and "at" or "with" is the employer, an
/// organisation, never a person. So is one after the title of who heads or
/// speaks for an organisation and "of" (`organisation_heads`): "John Smith,
/// chief executive of Acme, said".
pub(super) fn employer(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, name: Range<usize>) -> Option<usize> {
    let Range { start: i, end: run } = name;
    if run <= i || i < 2 {
        return None;
    }
    let works_at = matches!(doc.low(i - 1), "at" | "with") && doc.low_is(WordClass::EmployeeNouns, i - 2);
    let heads = doc.low(i - 1) == "of"
        && (1..=3).any(|n| {
            i.checked_sub(n + 1).is_some_and(|first| {
                lexicon.is(WordClass::OrganisationHeads, doc.low_phrase(first, i - 1))
                    // "Christian Aid's head of Trade Policy": a department of
                    // the organisation named before.
                    && !first.checked_sub(1).is_some_and(|p| matches!(doc.word(p), "'s" | "’s"))
            })
        })
        // "director of British security think tank X": a country's adjective
        // or a known name only qualifies what follows.
        && !(i..run).any(|k| lexicon.adjectives.contains_key(doc.word(k)) || lexicon.by_name.contains_key(doc.word(k)));
    // ("the leader of Scotland": a known place stays one.)
    if !works_at && (!heads || lexicon.is(WordClass::Places, doc.slice(i, run))) {
        return None;
    }
    let name = doc.slice(i, run).to_owned();
    let words: Vec<&str> = (i..run).map(|k| doc.word(k)).collect();
    let kind = if heads {
        kind_of_organisation(lexicon, &words)
    } else {
        ActorKind::Organisation
    };
    let index = actors.named(&name, kind, None);
    actors.mention(doc, index, i, run, Via::Name);
    Some(run)
}

/// "aircraft maker Airbus", "its US rival Boeing", "cleric Fethullah Gulen".
pub(super) fn role_named(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, name: Range<usize>) -> Option<usize> {
    let Range { start: i, end: run } = name;
    if run <= i || i == 0 {
        return None;
    }
    let role = doc.low(i - 1);
    // "the pro-Kremlin party United Russia", "the party Podemos": a name
    // after "party", no title nor time word, is the party's.
    if role == "party"
        && !(i..run).any(|k| doc.word_is(WordClass::StopCaps, k))
        && super::people::title_at(doc, lexicon, i).is_none()
    {
        let index = actors.named(doc.slice(i, run), ActorKind::Party, None);
        actors.mention(doc, index, i, run, Via::Name);
        return Some(run);
    }
    // "the charity Oxfam": a noun only of organisations names one whatever
    // stands before it.
    let of_organisations =
        lexicon.is(WordClass::OrganisationDescriptions, role) && !lexicon.is(WordClass::CompanyRoles, role);
    if !lexicon.is(WordClass::CompanyRoles, role) && !of_organisations {
        return None;
    }
    // "campaign group Liberty", "pressure group X": a group named by no
    // trade ("oil group BP", `group_modifiers`) is an organisation, and its
    // description part of the mention, no issue of its own.
    let described_by = i.checked_sub(2).filter(|&m| {
        doc.is_word(m)
            && !doc.low_is(WordClass::DescriptionEnders, m)
            && !matches!(doc.low(m), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our")
    });
    let organisation = lexicon.is(WordClass::OrganisationDescriptions, role)
        && described_by.is_some_and(|m| !doc.low_is(WordClass::GroupModifiers, m));
    let (kind, first) = match described_by {
        Some(m) if organisation => (ActorKind::Organisation, m),
        _ if of_organisations => (ActorKind::Organisation, i),
        _ => (ActorKind::Company, i),
    };
    let name = doc.slice(i, run).to_owned();
    let index = actors.named(&name, kind, None);
    actors.mention(doc, index, first, run, Via::Name);
    Some(run)
}
