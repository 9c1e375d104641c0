//! Finds actor mentions in a document and groups them into actors.
//!
//! One left-to-right pass, trying at each token, in order: organisation names
//! with an organisation suffix, the gazetteer (countries, capitals that act,
//! seats of power, known bodies and organisations), names already seen in
//! this article (surnames, acronyms), country adjectives with a body noun
//! ("the Danish government"), titled people ("US Secretary of State John
//! Kerry"), honorifics ("Mr Straw"), company roles ("aircraft maker Airbus"),
//! plain capitalised names, and pronouns and title-only references resolved
//! to earlier people. It finds actors only; issues and stances live elsewhere.

use std::collections::HashMap;

use super::document::Document;
use super::lexicon::{Lexicon, PhraseRole, TitleClass};
use super::tokens::is_capitalised;
use crate::model::{ActorKind, Span};

/// An actor of this article with everything the later stages need.
#[derive(Debug, Clone)]
pub struct Actor {
    pub name: String,
    pub kind: ActorKind,
    pub affiliation: Option<String>,
    /// Surface mentions that name the actor (never pronouns).
    pub mentions: Vec<Span>,
    /// Lower-case title words people were introduced with ("secretary of state").
    pub titles: Vec<String>,
    /// For a spokesperson: the actor whose positions they relay.
    pub principal: Option<usize>,
    /// Whether some mention stood where an actor acts rather than only after
    /// a place preposition ("in France").
    pub acts: bool,
    /// A media outlet, kept only when it holds a stance or reports.
    pub media: bool,
}

/// How a mention refers to its actor; pronouns and titles are less certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Name,
    Pronoun,
    Title,
}

/// One mention: tokens `first..end` refer to `actor`.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub actor: usize,
    pub first: usize,
    pub end: usize,
    pub via: Via,
    /// Only qualifies a title ("US" in "US Secretary of State John Kerry"):
    /// neither holder nor target.
    pub modifier: bool,
}

/// All actors of a document and their mentions in text order.
#[derive(Debug, Default)]
pub struct Actors {
    pub list: Vec<Actor>,
    pub found: Vec<Found>,
    /// Lower-case names, surnames and acronyms seen so far → actor.
    alias: HashMap<String, usize>,
}

const BODY_NOUNS: &[&str] = &[
    "government", "governments", "regime", "leadership", "authorities", "officials", "delegation",
    "administration", "diplomats", "negotiators", "forces", "military", "army", "police", "troops",
];
const PARTICLES: &[&str] = &["al", "al-", "bin", "ibn", "de", "del", "da", "di", "van", "von", "der", "le", "la", "du"];
const GROUP_NOUNS: &[&str] =
    &["governors", "lawmakers", "senators", "legislators", "leaders", "allies", "MPs", "activists"];
/// Capitalised words that never begin a personal name.
const NOT_NAMES: &[&str] = &[
    "Affairs", "Relations", "Security", "Foreign", "Trade", "Defense", "Defence", "Minister", "Secretary", "President",
    "East", "West", "North", "South", "Northern", "Southern", "Eastern", "Western", "Central", "New", "Old", "Great",
];
/// Words that may stand between an affiliation and a title.
const PORTFOLIO: &[&str] = &[
    "foreign", "affairs", "home", "trade", "environment", "defence", "defense", "finance", "economic", "security", "health",
    "education", "justice", "energy", "transport", "shadow", "deputy", "senior", "former", "acting", "chief", "national",
    "interior", "monetary", "press", "party", "her", "his", "its", "their",
];
/// Nouns after "X-led" that make a collective actor ("US-led alliance").
const LED_NOUNS: &[&str] = &["alliance", "coalition", "forces", "force", "campaign", "bloc", "group", "mission"];

impl Actors {
    fn add(&mut self, actor: Actor) -> usize {
        self.list.push(actor);
        self.list.len() - 1
    }

    /// The actor with this canonical name, created on first use.
    fn named(&mut self, name: &str, kind: ActorKind, affiliation: Option<String>) -> usize {
        if let Some(index) = self.list.iter().position(|a| a.name == name) {
            return index;
        }
        self.add(Actor {
            name: name.to_owned(),
            kind,
            affiliation,
            mentions: Vec::new(),
            titles: Vec::new(),
            principal: None,
            acts: false,
            media: false,
        })
    }

    fn mention(&mut self, doc: &Document, actor: usize, first: usize, end: usize, via: Via) {
        if via == Via::Name && !matches!(self.list[actor].kind, ActorKind::Person | ActorKind::Country) {
            // "the House" after "the House of Representatives", "the Commission"
            // after "the European Commission": the head noun names it again.
            let words: Vec<&str> = (first..end).map(|k| doc.word(k)).filter(|w| is_capitalised(w)).collect();
            let of = (first..end).position(|k| doc.word(k) == "of");
            let head = match of {
                Some(position) if position > 0 => doc.word(first + position - 1),
                _ => words.last().copied().unwrap_or_default(),
            };
            if words.len() >= 2 && head.len() > 3 {
                self.alias.entry(format!("the {}", head.to_lowercase())).or_insert(actor);
            }
        }
        if via == Via::Name {
            let span = doc.span(first, end);
            if !self.list[actor].mentions.contains(&span) {
                self.list[actor].mentions.push(span);
            }
            self.alias.entry(doc.slice(first, end).to_lowercase()).or_insert(actor);
        }
        self.found.push(Found { actor, first, end, via, modifier: false });
    }

    /// The most recent person mentioned before token `before`.
    pub fn last_person(&self, before: usize) -> Option<usize> {
        self.found
            .iter()
            .rev()
            .filter(|f| f.end <= before && self.list[f.actor].kind == ActorKind::Person)
            .map(|f| f.actor)
            .next()
    }

    /// The mention covering token `index`, if any.
    pub fn at(&self, index: usize) -> Option<&Found> {
        self.found.iter().find(|f| f.first <= index && index < f.end)
    }
}

/// Finds the actors of `doc`.
pub fn find(doc: &Document, lexicon: &Lexicon) -> Actors {
    let mut actors = Actors::default();
    let mut i = doc.body_start;
    while i < doc.tokens.len() {
        let next = step(doc, lexicon, &mut actors, i);
        i = next.max(i + 1);
    }
    mark_acting(doc, lexicon, &mut actors);
    actors
}

/// Tries every rule at token `i`; returns the index after what it consumed.
fn step(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> usize {
    let word = doc.word(i);
    if !doc.tokens[i].is_word {
        return acronym_in_parentheses(doc, actors, i).unwrap_or(i + 1);
    }
    let run = capitalised_run(doc, lexicon, i);
    let gazetteer = gazetteer_match(doc, lexicon, i);
    let gazetteer_end = gazetteer.map_or(i, |(end, _, _)| end);
    if run > gazetteer_end && run - i >= 2 {
        if let Some(end) = organisation(doc, lexicon, actors, i, run, gazetteer_end) {
            return end;
        }
    }
    // "the Senate Foreign Relations Committee": a known name that only begins a longer one.
    if matches!(word, "the" | "The") && gazetteer.is_some() {
        let inner = capitalised_run(doc, lexicon, i + 1);
        if inner > gazetteer_end && inner - i > 2 {
            if let Some(end) = organisation(doc, lexicon, actors, i + 1, inner, gazetteer_end) {
                return end;
            }
        }
    }
    if let Some(end) = adjective_body(doc, lexicon, actors, i) {
        return end;
    }
    // "The U.S. embassy": the body, not the country the gazetteer would see.
    if matches!(word, "the" | "The") {
        if let Some(end) = adjective_body(doc, lexicon, actors, i + 1) {
            return end;
        }
    }
    if let Some((end, actor, role)) = gazetteer {
        if let Some(end) = known_actor(doc, lexicon, actors, i, end, actor, role) {
            return end;
        }
    }
    if let Some(end) = administration(doc, lexicon, actors, i) {
        return end;
    }
    if let Some(end) = collective(doc, lexicon, actors, i) {
        return end;
    }
    if let Some(end) = seen_name(doc, lexicon, actors, i, run) {
        return end;
    }
    if let Some(end) = adjective_body(doc, lexicon, actors, i) {
        return end;
    }
    if let Some(end) = titled_person(doc, lexicon, actors, i) {
        return end;
    }
    if let Some(end) = title_reference(doc, lexicon, actors, i) {
        return end;
    }
    if let Some(end) = role_named(doc, lexicon, actors, i, run) {
        return end;
    }
    if run > i && is_capitalised(word) {
        if let Some(end) = plain_name(doc, lexicon, actors, i, run) {
            return end;
        }
        // "Chinese President Xi Jinping": resume at a title inside the run.
        return (i + 1..run).find(|&k| title_at(doc, lexicon, k).is_some()).unwrap_or(run);
    }
    if lexicon.is("pronoun_person", doc.low(i)) {
        if let Some(person) = actors.last_person(i) {
            actors.mention(doc, person, i, i + 1, Via::Pronoun);
        }
    }
    i + 1
}

/// The end of the run of capitalised words starting at `i` (inner "of", "for",
/// "the", "and" allowed before another capitalised word); `i` when none.
fn capitalised_run(doc: &Document, lexicon: &Lexicon, i: usize) -> usize {
    let word = doc.word(i);
    if !doc.tokens[i].is_word || !is_capitalised(word) || lexicon.is("stop_caps", word) {
        return i;
    }
    let mut end = i + 1;
    loop {
        let next = doc.word(end);
        if doc.tokens.get(end).is_some_and(|t| t.is_word) && (is_capitalised(next) || next.chars().all(|c| c.is_ascii_digit())) && !matches!(next, "’s" | "'s") {
            end += 1;
        } else if (matches!(next, "for" | "on" | "&") || (next == "of" && joins_of(lexicon, doc.word(end - 1))))
            && is_capitalised(doc.word(end + 1))
            && !lexicon.is("stop_caps", doc.word(end + 1))
            && doc.tokens.get(end + 1).is_some_and(|t| t.is_word)
        {
            end += 2;
        } else if PARTICLES.contains(&next) && is_capitalised(doc.word(end + 1)) {
            end += 2;
        } else {
            break;
        }
        if doc.sentence_of.get(end - 1) != doc.sentence_of.get(i) {
            end -= 1;
            break;
        }
    }
    end
}

/// Whether "of" after `word` continues a name ("Court of Justice", "House of
/// Representatives") rather than ending it ("Kim Reynolds of Iowa").
fn joins_of(lexicon: &Lexicon, word: &str) -> bool {
    lexicon.is("org_suffix", word)
        || matches!(word, "House" | "Republic" | "Kingdom" | "States" | "Chamber" | "Bank" | "Secretary" | "Minister" | "Ministry" | "University" | "Court")
}

/// The longest gazetteer phrase starting at `i`: (end, lexicon actor, role).
fn gazetteer_match(doc: &Document, lexicon: &Lexicon, i: usize) -> Option<(usize, usize, PhraseRole)> {
    let word = doc.word(i);
    let key = if word == "The" { "the" } else { word };
    let phrases = lexicon.phrases.get(key)?;
    phrases
        .iter()
        .find(|p| {
            p.words.iter().enumerate().skip(1).all(|(k, w)| doc.word(i + k) == w)
                && i + p.words.len() <= doc.tokens.len()
        })
        .map(|p| (i + p.words.len(), p.actor, p.role))
}

fn kind_of_organisation(lexicon: &Lexicon, words: &[&str]) -> ActorKind {
    let first = words.first().copied().unwrap_or_default();
    if matches!(first, "European" | "International" | "World" | "Global" | "UN" | "U.N." | "United") {
        if words.iter().any(|w| lexicon.is("gov_words", w) || matches!(*w, "Organisation" | "Organization" | "Union" | "Fund")) {
            return ActorKind::InternationalOrg;
        }
    }
    if words.iter().any(|w| lexicon.is("party_words", w)) {
        ActorKind::Party
    } else if words.iter().any(|w| lexicon.is("armed_words", w)) {
        ActorKind::ArmedGroup
    } else if words.iter().any(|w| lexicon.is("company_words", w)) {
        ActorKind::Company
    } else if words.iter().any(|w| lexicon.is("gov_words", w)) {
        ActorKind::GovernmentBody
    } else {
        ActorKind::Organisation
    }
}

/// "Senate Foreign Relations Committee", "Human Rights Watch": a capitalised
/// run with an organisation suffix after its first word.
fn organisation(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize, run: usize, known_end: usize) -> Option<usize> {
    let words: Vec<&str> = (i..run).map(|k| doc.word(k)).collect();
    let suffix_at = words.iter().skip(1).rposition(|w| lexicon.is("org_suffix", w))? + 1;
    // "Iran Nuclear Agreement Review Act" is an issue, not an organisation.
    if matches!(words.last().copied(), Some("Act" | "Agreement" | "Treaty" | "Accord" | "Protocol" | "Convention")) {
        return None;
    }
    // Keep what follows the suffix only when it is "of …" ("Court of Justice").
    let end = if doc.word(i + suffix_at + 1) == "of" || suffix_at + 1 == words.len() { run } else { i + suffix_at + 1 };
    if known_end >= end {
        return None;
    }
    // "U.S. Drug Enforcement Administration": the country qualifies a known body.
    if let Some(&leading) = lexicon.adjectives.get(words[0]) {
        if let Some((known_end, known, _)) = gazetteer_match(doc, lexicon, i + 1) {
            if known_end == end {
                let index = from_lexicon(actors, lexicon, known);
                let _ = leading;
                actors.mention(doc, index, i, end, Via::Name);
                return Some(end);
            }
        }
    }
    let words = &words[..end - i];
    let country = country_prefix(doc, lexicon, i);
    let generic = matches!(words.first().copied(), Some("Foreign" | "Defence" | "Defense" | "Finance" | "Interior" | "Trade" | "Justice" | "Economy"));
    // "China's Foreign Ministry" is the Chinese Foreign Ministry, not just any.
    let name = match country.and_then(|c| lexicon.actors[c].adjective.as_deref()).filter(|_| generic) {
        Some(adjective) => format!("{adjective} {}", words.join(" ")),
        None => words.join(" "),
    };
    let kind = kind_of_organisation(lexicon, words);
    let affiliation = country.map(|c| lexicon.actors[c].name.clone());
    // A media outlet counts when it is a named source ("The Washington Post reported").
    let source = lexicon.is("speech", doc.low(end)) || doc.low(end) == "reported";
    let media = words.iter().any(|w| lexicon.is("media_words", w)) && kind == ActorKind::Organisation && !source;
    let index = actors.named(&name, kind, affiliation);
    actors.list[index].media |= media;
    let first = if matches!(doc.word(i.wrapping_sub(1)), "the" | "The") && i > doc.body_start { i - 1 } else { i };
    actors.mention(doc, index, first, end, Via::Name);
    Some(end)
}

/// A country named just before token `i` ("US" in "US Secretary of State").
fn country_prefix(doc: &Document, lexicon: &Lexicon, i: usize) -> Option<usize> {
    let mut before = doc.word(i.checked_sub(1)?);
    if matches!(before, "’s" | "'s") {
        before = doc.word(i.checked_sub(2)?);
    }
    lexicon.adjectives.get(before).copied().or_else(|| {
        lexicon.phrases.get(before)?.iter().find(|p| p.words.len() == 1 && p.role == PhraseRole::Name).map(|p| p.actor)
    })
}

/// The article actor for a lexicon actor, created on first use.
fn from_lexicon(actors: &mut Actors, lexicon: &Lexicon, known: usize) -> usize {
    let entry = &lexicon.actors[known];
    actors.named(&entry.name, entry.kind, entry.affiliation.clone())
}

/// Whether the word after a metonym shows it acting ("Moscow said", "Berlin welcomed").
fn acts_after(doc: &Document, lexicon: &Lexicon, end: usize) -> bool {
    let next = doc.low(end);
    lexicon.is("be", next)
        || lexicon.is("have", next)
        || lexicon.is("speech", next)
        || lexicon.cues.contains_key(next)
        || matches!(next, "would" | "will" | "can" | "could" | "should" | "must" | "may" | "might" | "did" | "does" | "also" | "has" | "wants")
        || (next.ends_with("ed") && next.len() > 4)
}

#[allow(clippy::too_many_arguments)]
fn known_actor(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &mut Actors,
    i: usize,
    end: usize,
    known: usize,
    role: PhraseRole,
) -> Option<usize> {
    let before = i.checked_sub(1).map_or("", |b| doc.low(b));
    match role {
        PhraseRole::Metonym => {
            let place = lexicon.is("place_preps", before) && !matches!(before, "against" | "with" | "by");
            let next_is_name = is_capitalised(doc.word(end)) && doc.tokens.get(end).is_some_and(|t| t.is_word);
            if place || next_is_name || !(acts_after(doc, lexicon, end) || matches!(before, "against" | "with" | "by")) {
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
    let index = from_lexicon(actors, lexicon, known);
    // "Republican governors", "Senate Democrats": a named collective.
    if GROUP_NOUNS.contains(&doc.word(end)) && !doc.word(i).ends_with('s') && actors.list[index].kind == ActorKind::Party {
        let name = format!("{} {}", doc.slice(i, end), doc.word(end));
        let party = actors.list[index].name.clone();
        let group = actors.named(&name, ActorKind::Group, Some(party));
        actors.mention(doc, group, i, end + 1, Via::Name);
        return Some(end + 1);
    }
    actors.mention(doc, index, i, end, Via::Name);
    Some(end)
}

/// "human rights groups" (a named collective from the lexicon) and "the
/// US-led alliance" (a coalition named after its leader).
fn collective(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    for length in (1..=3).rev() {
        if i + length > doc.tokens.len() {
            continue;
        }
        let phrase: Vec<&str> = (i..i + length).map(|k| doc.low(k)).collect();
        let phrase = phrase.join(" ");
        if length > 1 && lexicon.is("collective_groups", &phrase) {
            let name = phrase.clone();
            let index = actors.named(&name, ActorKind::Group, None);
            actors.list[index].acts = true;
            actors.mention(doc, index, i, i + length, Via::Name);
            return Some(i + length);
        }
    }
    let word = doc.word(i);
    // "European allies": a capitalised adjective and a collective noun.
    if is_capitalised(word) && !lexicon.adjectives.contains_key(word) && (word.ends_with("an") || word.ends_with("ish") || word.ends_with("ese"))
        && matches!(doc.low(i + 1), "allies" | "partners" | "leaders" | "governments" | "officials" | "diplomats" | "lawmakers")
    {
        let name = format!("{word} {}", doc.low(i + 1));
        let index = actors.named(&name, ActorKind::Group, None);
        actors.list[index].acts = true;
        actors.mention(doc, index, i, i + 2, Via::Name);
        return Some(i + 2);
    }
    let leader = word.strip_suffix("-led")?;
    let noun = doc.low(i + 1);
    if !LED_NOUNS.contains(&noun) {
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

/// "the Trump administration", "The administration of US President Barack
/// Obama", "his administration", and a bare "the administration" or "the
/// regime" for the latest one seen.
fn administration(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    let low = doc.low(i);
    if !matches!(low, "administration" | "regime" | "government") {
        return None;
    }
    let noun = low;
    let start = if matches!(doc.low(i.wrapping_sub(1)), "the" | "his" | "her") { i - 1 } else { i };
    // "Obama administration": the person mention just before.
    let before = actors.found.last().copied().filter(|f| f.end == i && actors.list[f.actor].kind == ActorKind::Person);
    let previous_word = doc.word(i.wrapping_sub(1));
    let (owner, first, end): (Option<String>, usize, usize) = if let Some(found) = before {
        actors.found.pop();
        let first = if matches!(doc.low(found.first.wrapping_sub(1)), "the") { found.first - 1 } else { found.first };
        (Some(surname(&actors.list[found.actor].name)), first, i + 1)
    } else if i > 0
        && is_capitalised(previous_word)
        && doc.tokens[i - 1].is_word
        && !lexicon.is("stop_caps", previous_word)
        && !lexicon.adjectives.contains_key(previous_word)
        && !lexicon.phrases.contains_key(previous_word)
    {
        // "the Assad regime": an unknown name before the noun, the ruler's.
        let first = if doc.low(i.wrapping_sub(2)) == "the" { i - 2 } else { i - 1 };
        if noun == "regime" && !actors.alias.contains_key(&previous_word.to_lowercase()) {
            let ruler = actors.named(previous_word, ActorKind::Person, None);
            actors.alias.insert(previous_word.to_lowercase(), ruler);
        }
        (Some(previous_word.to_owned()), first, i + 1)
    } else if doc.low(i + 1) == "of" && noun == "administration" {
        // "administration of US President Barack Obama": the last name word ahead.
        let mut last = None;
        for k in i + 2..(i + 9).min(doc.tokens.len()) {
            if !doc.tokens[k].is_word || !is_capitalised(doc.word(k)) {
                break;
            }
            last = Some(k);
        }
        let last = last?;
        (Some(doc.word(last).to_owned()), start, i + 1)
    } else if matches!(doc.low(start), "his" | "her") && noun == "administration" {
        (actors.last_person(i).map(|p| surname(&actors.list[p].name)), start, i + 1)
    } else {
        (None, start, i + 1)
    };
    if noun == "government" && owner.is_none() {
        return None;
    }
    let index = match owner {
        Some(owner) => {
            let affiliation = actors.alias.get(&owner.to_lowercase()).and_then(|&p| actors.list[p].affiliation.clone());
            actors.named(&format!("{owner} {noun}"), ActorKind::GovernmentBody, affiliation)
        }
        None => {
            let latest = actors.found.iter().rev().map(|f| f.actor).find(|&a| {
                actors.list[a].name.ends_with(noun) || actors.list[a].mentions.iter().any(|m| doc.text[m.start..m.end].ends_with(noun))
            });
            // A bare "the administration" is the president's, once one is named.
            let president = || {
                actors.list.iter().position(|a| a.kind == ActorKind::Person && a.titles.iter().any(|t| t == "president"))
            };
            match latest {
                Some(latest) => latest,
                None if noun == "administration" => {
                    let person = president()?;
                    let name = format!("{} administration", surname(&actors.list[person].name));
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

fn surname(name: &str) -> String {
    name.split(' ').next_back().unwrap_or_default().to_owned()
}

/// A name this article has already introduced: a surname ("Kerry"), an
/// acronym ("EC"), or a full name seen before.
fn seen_name(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize, run: usize) -> Option<usize> {
    if doc.low(i) == "the" && is_capitalised(doc.word(i + 1)) && !is_capitalised(doc.word(i + 2)) {
        let key = format!("the {}", doc.low(i + 1));
        if let Some(&actor) = actors.alias.get(&key) {
            actors.mention(doc, actor, i, i + 2, Via::Name);
            return Some(i + 2);
        }
    }
    if run <= i {
        return None;
    }
    for end in (i + 1..=run).rev() {
        let key = doc.slice(i, end).to_lowercase();
        if let Some(&actor) = actors.alias.get(&key) {
            // A lone sentence-initial stop word is never a name.
            if end == i + 1 && lexicon.is("stop_caps", doc.word(i)) {
                return None;
            }
            actors.mention(doc, actor, i, end, Via::Name);
            return Some(end);
        }
    }
    None
}

/// "the Danish and German governments", "Russian officials", "the Cuban
/// foreign ministry", "China’s Foreign Ministry".
fn adjective_body(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    let first_country = lexicon.adjectives.get(doc.word(i)).copied()?;
    let mut countries = vec![first_country];
    let mut end = i + 1;
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
    let start = if matches!(doc.low(i.wrapping_sub(1)), "the") { i - 1 } else { i };
    if BODY_NOUNS.contains(&noun) {
        for &country in &countries {
            let index = from_lexicon(actors, lexicon, country);
            actors.list[index].acts = true;
            actors.mention(doc, index, start, end + 1, Via::Name);
        }
        return Some(end + 1);
    }
    if countries.len() == 1 && matches!(noun, "foreign" | "defence" | "defense" | "finance" | "trade" | "interior")
        && matches!(doc.low(end + 1), "ministry" | "office")
    {
        let adjective = doc.word(i);
        let name = format!("{adjective} {} {}", capitalise(doc.low(end)), capitalise(doc.low(end + 1)));
        let country = lexicon.actors[first_country].name.clone();
        let index = actors.named(&name, ActorKind::GovernmentBody, Some(country));
        actors.list[index].acts = true;
        actors.mention(doc, index, start, end + 2, Via::Name);
        return Some(end + 2);
    }
    if countries.len() == 1 && matches!(noun, "embassy") {
        let country = lexicon.actors[first_country].name.clone();
        let name = format!("{} embassy", doc.word(i));
        let index = actors.named(&name, ActorKind::GovernmentBody, Some(country));
        actors.mention(doc, index, start, end + 1, Via::Name);
        return Some(end + 1);
    }
    None
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The longest title at token `i`: (end, title words, class).
fn title_at(doc: &Document, lexicon: &Lexicon, i: usize) -> Option<(usize, String, TitleClass)> {
    lexicon
        .titles
        .iter()
        .find(|(words, _)| words.iter().enumerate().all(|(k, w)| doc.low(i + k) == w))
        .map(|(words, class)| (i + words.len(), words.join(" "), *class))
}

/// A personal name starting at `i`: up to four capitalised words (with
/// particles and initials), not a known place or stop word.
fn name_at(doc: &Document, lexicon: &Lexicon, i: usize) -> Option<usize> {
    let mut end = i;
    while end < doc.tokens.len() && end - i < 4 {
        let word = doc.word(end);
        let is_name_word = doc.tokens[end].is_word
            && is_capitalised(word)
            && !lexicon.is("stop_caps", word)
            && word.chars().next().is_some_and(char::is_alphabetic)
            && !matches!(word, "’s" | "'s");
        if is_name_word {
            end += 1;
        } else if end > i && PARTICLES.contains(&doc.low(end)) && is_capitalised(doc.word(end + 1)) {
            end += 1;
        } else {
            break;
        }
    }
    (end > i).then_some(end)
}

/// "US Secretary of State John Kerry", "EPP spokesman Alexander Radwan",
/// "Republican Senator Bob Corker": a title, then a name.
fn titled_person(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    let (mut title_end, title, class) = title_at(doc, lexicon, i)?;
    // "counterpart Minister Li Zhaoxing": titles in a row.
    while let Some((next_end, _, _)) = title_at(doc, lexicon, title_end) {
        if next_end <= title_end {
            break;
        }
        title_end = next_end;
    }
    let mut name_start = title_end;
    if doc.word(name_start) == "," {
        name_start += 1;
    }
    // "Secretary of State for Western Hemisphere Affairs John Creamer": skip the portfolio.
    if matches!(doc.low(name_start), "for" | "of") && is_capitalised(doc.word(name_start + 1)) {
        let run = capitalised_run(doc, lexicon, name_start + 1);
        if run >= name_start + 3 {
            name_start = run - 2;
        }
    }
    let name_end = name_at(doc, lexicon, name_start)?;
    // A title followed by a country or organisation ("President of France") is not a name.
    if gazetteer_match(doc, lexicon, name_start).is_some_and(|(end, _, _)| end >= name_end) {
        return None;
    }
    let name = doc.slice(name_start, name_end).to_owned();
    if name_end - name_start == 1 {
        // "Mr Straw", "President Bush": a surname, possibly of someone known.
        let key = name.to_lowercase();
        if let Some(&known) = actors.alias.get(&key) {
            actors.mention(doc, known, i, name_end, Via::Name);
            add_title(actors, known, &title, class);
            return Some(name_end);
        }
    }
    let affiliation = title_affiliation(doc, lexicon, actors, i, class == TitleClass::Spokes);
    let index = match find_by_surname(actors, &name) {
        Some(index) => index,
        None => actors.named(&name, ActorKind::Person, affiliation.map(|a| actors_name(actors, a))),
    };
    if class == TitleClass::Spokes {
        // "EPP spokesman X", "her spokeswoman X": the principal is named just before.
        if let Some(principal) = affiliation.filter(|_| principal_is_adjacent(doc, actors, i)) {
            actors.list[index].principal = Some(principal);
        }
    }
    add_title(actors, index, &title, class);
    register_surname(doc, actors, index, name_start, name_end);
    let mention_start = if class == TitleClass::Honorific { i } else { name_start };
    if mention_start < name_start {
        actors.mention(doc, index, i, name_end, Via::Name);
    } else {
        actors.mention(doc, index, name_start, name_end, Via::Name);
    }
    Some(name_end)
}

fn actors_name(actors: &Actors, index: usize) -> String {
    actors.list[index].name.clone()
}

fn add_title(actors: &mut Actors, index: usize, title: &str, class: TitleClass) {
    if class != TitleClass::Honorific && !actors.list[index].titles.iter().any(|t| t == title) {
        actors.list[index].titles.push(title.to_owned());
    }
}

/// A person already known whose surname is the last word of `name`.
fn find_by_surname(actors: &Actors, name: &str) -> Option<usize> {
    let lower = name.to_lowercase();
    actors.list.iter().position(|a| a.kind == ActorKind::Person && (a.name.to_lowercase() == lower))
}

fn register_surname(doc: &Document, actors: &mut Actors, index: usize, first: usize, end: usize) {
    if end - first >= 2 {
        let surname = doc.low(end - 1).to_owned();
        actors.alias.entry(surname).or_insert(index);
        // Family names come first in Chinese, Korean and Hungarian names ("Xi Jinping" → "Xi").
        if end - first == 2 {
            actors.alias.entry(doc.low(first).to_owned()).or_insert(index);
        }
    }
    actors.alias.entry(doc.slice(first, end).to_lowercase()).or_insert(index);
}

/// The actor a title's modifiers name: the mention ending just before the
/// title, or one or two words earlier ("Lib Dem foreign affairs spokesman").
fn title_affiliation(doc: &Document, _lexicon: &Lexicon, actors: &mut Actors, i: usize, pronouns: bool) -> Option<usize> {
    let position = actors.found.iter().rposition(|f| f.end <= i)?;
    let found = actors.found[position];
    if found.via != Via::Name && !pronouns {
        return None;
    }
    // Only portfolio words may stand between ("Lib Dem foreign affairs spokesman"),
    // not a verb ("Cardin met national security adviser McMaster").
    let close = found.end + 3 >= i
        && (found.end..i).all(|k| doc.tokens[k].is_word && (is_capitalised(doc.word(k)) || PORTFOLIO.contains(&doc.low(k))));
    if !(close && doc.sentence_of[found.first] == doc.sentence_of[i]) {
        return None;
    }
    actors.found[position].modifier = true;
    Some(found.actor)
}

fn principal_is_adjacent(doc: &Document, actors: &Actors, i: usize) -> bool {
    actors.found.iter().rev().any(|f| f.end == i || (f.end + 1 == i && doc.word(f.end) == "’s"))
}

/// "the prime minister", "the Tory leader", "Turkey’s prime minister": a
/// title with no name after it, for the latest person who bore it.
fn title_reference(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    if !matches!(doc.low(i), "the") {
        return None;
    }
    for skip in 0..=2 {
        let at = i + 1 + skip;
        if let Some((end, title, class)) = title_at(doc, lexicon, at) {
            if class != TitleClass::Office || name_at(doc, lexicon, end).is_some() {
                return None;
            }
            let person = actors
                .found
                .iter()
                .rev()
                .map(|f| f.actor)
                .find(|&a| actors.list[a].titles.iter().any(|t| t == &title || t.ends_with(&format!(" {title}"))))?;
            actors.mention(doc, person, i, end, Via::Title);
            return Some(end);
        }
        if !doc.tokens.get(at).is_some_and(|t| t.is_word) {
            return None;
        }
    }
    None
}

/// "aircraft maker Airbus", "its US rival Boeing", "cleric Fethullah Gulen".
fn role_named(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize, run: usize) -> Option<usize> {
    if run <= i || i == 0 {
        return None;
    }
    let role = doc.low(i - 1);
    if !lexicon.is("company_roles", role) {
        return None;
    }
    let name = doc.slice(i, run).to_owned();
    let index = actors.named(&name, ActorKind::Company, None);
    actors.mention(doc, index, i, run, Via::Name);
    Some(run)
}

/// A plain capitalised name: a person when it looks like one, an
/// organisation when it reports or speaks.
fn plain_name(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize, run: usize) -> Option<usize> {
    // "Affairs Josefina Vidal", "East Jerusalem": words that never start a personal name.
    let first_word = doc.word(i);
    if run - i >= 2 && (NOT_NAMES.contains(&first_word) || lexicon.is("org_suffix", first_word)) {
        return if run - i >= 3 { plain_name(doc, lexicon, actors, i + 1, run) } else { Some(run) };
    }
    let text = doc.slice(i, run);
    let words: Vec<&str> = (i..run).map(|k| doc.word(k)).collect();
    if lexicon.is("places", text) || words.iter().any(|w| lexicon.is("place_words", w)) {
        return Some(run);
    }
    if words.iter().any(|w| lexicon.adjectives.contains_key(*w) || lexicon.by_name.contains_key(*w)) {
        return None;
    }
    let looks_personal = (2..=3).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.') && !w.chars().all(|c| c.is_uppercase()))
        && !words.iter().any(|w| lexicon.is("stop_caps", w));
    if looks_personal {
        let name = words.join(" ");
        let index = match find_by_surname(actors, &name) {
            Some(index) => index,
            None => actors.named(&name, ActorKind::Person, None),
        };
        register_surname(doc, actors, index, i, run);
        actors.mention(doc, index, i, run, Via::Name);
        return Some(run);
    }
    // A single unknown acronym that speaks, reports or is coordinated with an
    // organisation is an organisation ("UPS said", "EADS and BAE Systems").
    let acronym = words.len() == 1 && text.len() >= 2 && text.chars().all(|c| c.is_ascii_uppercase());
    // A lone surname that acts ("Trump declined", "Corker told"): a person.
    let demonym_plural = text.ends_with("ans") || text.ends_with("ians") || text.ends_with("ese");
    let repeated = || doc.text.matches(text).nth(1).is_some();
    if words.len() == 1 && !acronym && !demonym_plural && text.chars().count() > 2 && acts_after(doc, lexicon, run) && !lexicon.is("places", text) && repeated() {
        let index = actors.named(text, ActorKind::Person, None);
        actors.alias.entry(text.to_lowercase()).or_insert(index);
        actors.mention(doc, index, i, run, Via::Name);
        return Some(run);
    }
    let speaks = lexicon.is("speech", doc.low(run)) || doc.low(run) == "reported";
    let coordinated = doc.low(run) == "and" && is_capitalised(doc.word(run + 1));
    if acronym && ((speaks && !doc.starts_sentence(i)) || coordinated) {
        let index = actors.named(text, ActorKind::Organisation, None);
        actors.mention(doc, index, i, run, Via::Name);
        return Some(run);
    }
    None
}

/// "(EC)" right after a mention makes "EC" an alias of that actor.
fn acronym_in_parentheses(doc: &Document, actors: &mut Actors, i: usize) -> Option<usize> {
    if doc.word(i) != "(" || doc.word(i + 2) != ")" {
        return None;
    }
    let acronym = doc.word(i + 1);
    if acronym.len() < 2 || !acronym.chars().all(|c| c.is_uppercase() || c == '.') {
        return None;
    }
    let previous = actors.found.iter().rev().find(|f| f.end == i && f.via == Via::Name)?.actor;
    actors.alias.insert(acronym.to_lowercase(), previous);
    actors.mention(doc, previous, i + 1, i + 2, Via::Name);
    Some(i + 3)
}

/// Marks actors with at least one mention outside a place phrase ("in
/// France"), so place-only countries can be left out.
fn mark_acting(doc: &Document, lexicon: &Lexicon, actors: &mut Actors) {
    let mut mentions = vec![0usize; actors.list.len()];
    for found in &actors.found {
        let before = found.first.checked_sub(1).map_or("", |b| doc.low(b));
        let place = matches!(before, "in" | "to" | "at" | "from" | "into" | "visit" | "visiting" | "visited" | "across" | "near");
        if place || found.via != Via::Name {
            continue;
        }
        mentions[found.actor] += 1;
        // Tried: requiring a country to be followed by a verb or named twice;
        // it helped the development half and hurt the held-out half equally.
        let _ = lexicon;
        actors.list[found.actor].acts = true;
    }
}
