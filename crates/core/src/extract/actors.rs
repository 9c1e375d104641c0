//! Finds actor mentions in a document and groups them into actors.
//!
//! One left-to-right pass, trying at each token, in order: organisation names
//! with an organisation suffix, the gazetteer (countries, capitals that act,
//! seats of power, known bodies and organisations), names already seen in
//! this article (surnames, acronyms), groups named by a plural noun and what
//! qualifies it ("U.S. lawmakers", "Trump allies"; reported only when a kept
//! stance has them), country adjectives with a body noun ("the Danish
//! government"), titled people ("US Secretary of State John
//! Kerry"), honorifics ("Mr Straw"), company roles ("aircraft maker Airbus"),
//! plain capitalised names, and pronouns and title-only references resolved
//! to earlier people. It finds actors only; issues and stances live elsewhere.

use super::bodies::{
    adjective_body, administration, campaign, collective, country_adjective, described_name, employer, group,
    known_actor, likened, organisation, outlet_named, possessive_firms, role_named, seated_body,
};
use super::document::Document;
use super::lexicon::{Lexicon, Phrase, PhraseRole, WordClass, WordMap};
use super::parse::Parse;
use super::people::{
    apposed_party, apposed_spokes, description_reference, gender_at_mention, gender_of_name, month_surname_again,
    party_member_reference, plain_name, pronoun_right_after_name, title_at, title_reference, titled_person, Gender,
};
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
    /// Whose positions the actor's words state: a spokesperson's are their
    /// principal's, never their own.
    pub voice: Voice,
    /// Whether some mention stood where an actor acts rather than only after
    /// a place preposition ("in France").
    pub acts: bool,
    /// A media outlet, kept only when it holds a stance or reports.
    pub media: bool,
    /// Some mention names it as a source ("according to the Times").
    pub sourced: bool,
    /// A group named by a common noun ("U.S. lawmakers"): such nouns are
    /// everywhere, so it is reported only when a kept stance has it.
    pub generic: bool,
    /// Whether some mention of the person's name came with a word of a man
    /// or of a woman ("Mr", "Mrs", "his wife"): indexed by [`Gender`].
    pub(super) gender_words: [bool; 2],
    /// Whether "he" or "she" stood right after the person's name ("Feinstein
    /// said she"): their gender when nothing else tells it.
    pub(super) gender_pronouns: [bool; 2],
}

/// Whose positions an actor's words state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// Their own.
    Own,
    /// A spokesperson's: the principal's, when the text names one ("White
    /// House spokeswoman Sarah Sanders", "Sean Bartlett, a spokesman for
    /// Senator Ben Cardin"). Annotators never make a spokesperson the holder.
    Relays(Option<usize>),
}

impl Actor {
    /// The actor a spokesperson speaks for.
    pub fn principal(&self) -> Option<usize> {
        match self.voice {
            Voice::Relays(principal) => principal,
            Voice::Own => None,
        }
    }
}

/// How a mention refers to its actor; pronouns and titles are less certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Name,
    Pronoun,
    Title,
    /// A definite description: "the cardinal", "the company", "the former
    /// chat show host", resolved to the nearest earlier actor it fits.
    Description,
    /// A candidate's holder not mentioned in its sentence at all: the
    /// speaker of the quotation the sentence continues.
    Quote,
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
    pub(super) alias: WordMap<usize>,
    /// Canonical name → index in `list` (names never change once added).
    by_name: WordMap<usize>,
}

impl Actors {
    /// Who holds what `actor` says: a spokesperson's principal (none when the
    /// text names no principal), anyone else themselves.
    pub fn holder_of(&self, actor: usize) -> Option<usize> {
        match self.list[actor].voice {
            Voice::Own => Some(actor),
            Voice::Relays(principal) => principal,
        }
    }

    fn add(&mut self, actor: Actor) -> usize {
        let index = self.list.len();
        self.by_name.entry(actor.name.clone()).or_insert(index);
        self.list.push(actor);
        index
    }

    /// The actor of this name, if the text has one.
    pub(super) fn by_name(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The actor with this canonical name, created on first use.
    pub(super) fn named(&mut self, name: &str, kind: ActorKind, affiliation: Option<String>) -> usize {
        if let Some(&index) = self.by_name.get(name) {
            return index;
        }
        self.add(Actor {
            name: name.to_owned(),
            kind,
            affiliation,
            mentions: Vec::new(),
            titles: Vec::new(),
            voice: Voice::Own,
            acts: false,
            media: false,
            sourced: false,
            generic: false,
            gender_words: [false; 2],
            gender_pronouns: [false; 2],
        })
    }

    pub(super) fn mention(&mut self, doc: &Document, actor: usize, first: usize, end: usize, via: Via) {
        if via == Via::Name && !matches!(self.list[actor].kind, ActorKind::Person | ActorKind::Country) {
            // "the House" after "the House of Representatives", "the Commission"
            // after "the European Commission": the head noun names it again.
            let words: Vec<&str> = (first..end)
                .map(|k| doc.word(k))
                .filter(|w| is_capitalised(w))
                .collect();
            let of = (first..end).position(|k| doc.word(k) == "of");
            // "the Cuban foreign ministry": a lower-case head after a name is the head too.
            let last = end.checked_sub(1).map_or("", |k| doc.word(k));
            let lower_head = of.is_none()
                && !words.is_empty()
                && doc.is_word(end.saturating_sub(1))
                && !is_capitalised(last)
                && matches!(
                    self.list[actor].kind,
                    ActorKind::GovernmentBody | ActorKind::Organisation
                );
            let head = match of {
                Some(position) if position > 0 => doc.word(first + position - 1),
                _ if lower_head => last,
                _ => words.last().copied().unwrap_or_default(),
            };
            if (words.len() >= 2 || lower_head) && head.len() > 3 {
                self.alias
                    .entry(format!("the {}", head.to_lowercase()))
                    .or_insert(actor);
            }
        }
        if via == Via::Name && self.list[actor].kind == ActorKind::Person {
            if let Some(gender) = gender_at_mention(doc, first) {
                self.list[actor].gender_words[gender as usize] = true;
            }
        }
        if via == Via::Name {
            let span = doc.span(first, end);
            if !self.list[actor].mentions.contains(&span) {
                self.list[actor].mentions.push(span);
            }
            self.alias.entry(doc.slice(first, end).to_lowercase()).or_insert(actor);
        }
        self.found.push(Found {
            actor,
            first,
            end,
            via,
            modifier: false,
        });
    }

    /// The most recent person mentioned before token `before` whom a pronoun
    /// of `gender` may name: one the article gives no gender, or that one
    /// ("she" is never "Mr Straw" or Donald Trump, "he" never "Mrs Hassan").
    pub fn last_person(&self, lexicon: &Lexicon, before: usize, gender: Option<Gender>) -> Option<usize> {
        self.latest_before(before, |person, a| {
            a.kind == ActorKind::Person
                && (gender.is_none() || self.gender(lexicon, person).is_none_or(|g| Some(g) == gender))
        })
    }

    /// The actor of the latest mention ending by token `before` that
    /// `wanted` accepts (given the actor's index and the actor).
    pub fn latest_before(&self, before: usize, wanted: impl Fn(usize, &Actor) -> bool) -> Option<usize> {
        self.found
            .iter()
            .rev()
            .filter(|f| f.end <= before)
            .map(|f| f.actor)
            .find(|&a| wanted(a, &self.list[a]))
    }

    /// The gender the article gives a person so far, by what it says of them
    /// first: the words at their mentions ("Mr", "Mrs", "his wife"); else "he"
    /// or "she" right after their name ("Feinstein said she"); else a common
    /// given name of one sex opening their name ("Donald Trump"). None when
    /// nothing tells, or the words or the pronouns tell both.
    pub fn gender(&self, lexicon: &Lexicon, person: usize) -> Option<Gender> {
        let actor = &self.list[person];
        match [actor.gender_words, actor.gender_pronouns]
            .into_iter()
            .find(|said| *said != [false; 2])
        {
            Some([male, female]) => Gender::of_classes(male, female),
            None => gender_of_name(lexicon, &actor.name),
        }
    }

    /// The mention covering token `index`, if any.
    pub fn at(&self, index: usize) -> Option<&Found> {
        self.found.iter().find(|f| f.first <= index && index < f.end)
    }
}

/// Finds the actors of `doc`.
pub fn find(doc: &Document, lexicon: &Lexicon, parse: &Parse) -> Actors {
    let mut actors = Actors::default();
    let mut i = doc.body_start;
    while i < doc.tokens.len() {
        let before = actors.found.len();
        let next = step(doc, lexicon, parse, &mut actors, i);
        party_of_people(&mut actors, before);
        i = next.max(i + 1);
    }
    surnames_named_first(&mut actors);
    mark_acting(doc, &mut actors);
    apposed_spokespeople(doc, &mut actors);
    actors
}

/// "Blair defends fees plan" before "Tony Blair has defended …": a lone
/// surname met before the full name became a person of its own. A one-word
/// person whose name is the surname of exactly one person named in full in
/// the article is that person, wherever it stands.
fn surnames_named_first(actors: &mut Actors) {
    let mut from = 0;
    while from < actors.list.len() {
        let lone = &actors.list[from];
        let full = (lone.kind == ActorKind::Person && !lone.name.contains(' '))
            .then(|| {
                let mut sharing = actors.list.iter().enumerate().filter(|(_, a)| {
                    a.kind == ActorKind::Person
                        && a.name.contains(' ')
                        && a.name.rsplit(' ').next() == Some(lone.name.as_str())
                });
                sharing.next().filter(|_| sharing.next().is_none()).map(|(k, _)| k)
            })
            .flatten();
        match full {
            Some(into) => actors.merge(from, into),
            None => from += 1,
        }
    }
}

impl Actors {
    /// Makes actor `from` one with `into`: its mentions and what they told
    /// join `into`, and `from` leaves the list (later indices move down).
    fn merge(&mut self, from: usize, into: usize) {
        let gone = self.list.remove(from);
        let moved = |k: usize| match k {
            _ if k == from => into - usize::from(into > from),
            _ if k > from => k - 1,
            _ => k,
        };
        let into = moved(into);
        let target = &mut self.list[into];
        for span in gone.mentions {
            if !target.mentions.contains(&span) {
                target.mentions.push(span);
            }
        }
        target.mentions.sort_by_key(|s| s.start);
        for title in gone.titles {
            if !target.titles.contains(&title) {
                target.titles.push(title);
            }
        }
        target.affiliation = target.affiliation.take().or(gone.affiliation);
        target.acts |= gone.acts;
        target.sourced |= gone.sourced;
        for g in 0..2 {
            target.gender_words[g] |= gone.gender_words[g];
            target.gender_pronouns[g] |= gone.gender_pronouns[g];
        }
        for actor in &mut self.list {
            if let Voice::Relays(Some(principal)) = actor.voice {
                actor.voice = Voice::Relays(Some(moved(principal)));
            }
        }
        for found in &mut self.found {
            found.actor = moved(found.actor);
        }
        for actor in self.alias.values_mut() {
            *actor = moved(*actor);
        }
        self.by_name.clear();
        for (k, actor) in self.list.iter().enumerate() {
            self.by_name.entry(actor.name.clone()).or_insert(k);
        }
    }
}

/// "Sean Bartlett, a spokesman for Senator Ben Cardin, said": a person named
/// with a spokesperson's apposition relays the positions of the actor named
/// right after "for"/"of"/"at", if any.
fn apposed_spokespeople(doc: &Document, actors: &mut Actors) {
    for n in 0..actors.found.len() {
        let found = actors.found[n];
        if found.via != Via::Name || actors.list[found.actor].kind != ActorKind::Person || doc.word(found.end) != "," {
            continue;
        }
        let Some(spokes) = apposed_spokes(doc, found.end + 1) else {
            continue;
        };
        let principal = matches!(doc.low(spokes + 1), "for" | "of" | "at")
            .then(|| {
                // ("for the Danish Dairy Board", "for Senator Ben Cardin": an
                // article or a title may come first.)
                actors.found[n + 1..]
                    .iter()
                    .take_while(|f| f.first < spokes + 5)
                    .find(|f| f.first >= spokes + 2 && (spokes + 2..f.first).all(|k| doc.is_word(k)))
                    .map(|f| f.actor)
            })
            .flatten()
            .filter(|&p| p != found.actor);
        // ("X, the Lib Dems' foreign affairs spokesman": a party's
        // spokespeople are its politicians, as in `people::titled_person`.)
        let party = actors.found[n + 1..]
            .iter()
            .take_while(|f| f.first < spokes)
            .any(|f| actors.list[f.actor].kind == ActorKind::Party);
        if party {
            continue;
        }
        // "Dmitry Peskov, the Kremlin spokesman,", "John Smith, the
        // Greenpeace spokesman,": the actor qualifying the title in the
        // apposition is the principal, as the one after "for" is.
        let principal = principal.or_else(|| {
            actors.found[n + 1..]
                .iter()
                .take_while(|f| f.first < spokes)
                .find(|f| f.first > found.end && f.end <= spokes && f.actor != found.actor)
                .map(|f| f.actor)
        });
        let actor = &mut actors.list[found.actor];
        if actor.principal().is_none() {
            actor.voice = Voice::Relays(principal);
        }
    }
}

/// "Democrat John Kerry", "Republican Bob Corker": a one-word party mention
/// just before a person's name (found from `found[from..]`) only qualifies
/// the person, as a title's country does; it is the person's affiliation.
fn party_of_people(actors: &mut Actors, from: usize) {
    for n in from..actors.found.len() {
        let person = actors.found[n];
        if person.via != Via::Name || actors.list[person.actor].kind != ActorKind::Person || n == 0 {
            continue;
        }
        let party = actors.found[n - 1];
        if party.end == person.first
            && party.end == party.first + 1
            && party.via == Via::Name
            && actors.list[party.actor].kind == ActorKind::Party
        {
            actors.found[n - 1].modifier = true;
            if actors.list[person.actor].affiliation.is_none() {
                actors.list[person.actor].affiliation = Some(actors.list[party.actor].name.clone());
            }
        }
    }
}

/// Tries every rule at token `i`; returns the index after what it consumed.
fn step(doc: &Document, lexicon: &Lexicon, parse: &Parse, actors: &mut Actors, i: usize) -> usize {
    let word = doc.word(i);
    if !doc.is_word(i) {
        return acronym_in_parentheses(doc, actors, i).unwrap_or(i + 1);
    }
    if on_platform(doc, i) || post_nominal(doc, actors, i) {
        return i + 1;
    }
    if let Some(end) = super::bodies::sided_group(doc, lexicon, actors, i) {
        return end;
    }
    apposed_party(doc, lexicon, actors, i);
    if let Some(end) = month_surname_again(doc, actors, i) {
        return end;
    }
    let run = over_and(doc, lexicon, actors, i, capitalised_run(doc, lexicon, i));
    let mut gazetteer = gazetteer_match(doc, lexicon, i);
    // "The U.N. Security Council", "the U.N. nuclear watchdog": a known name
    // after "the" outruns a known "the U.N.".
    if let Some((end, _, _)) = gazetteer.filter(|_| matches!(word, "the" | "The")) {
        if let Some(longer) = gazetteer_match(doc, lexicon, i + 1).filter(|m| m.0 > end) {
            gazetteer = Some(longer);
        }
    }
    let gazetteer_end = gazetteer.map_or(i, |(end, _, _)| end);
    if run > gazetteer_end && run - i >= 2 {
        if let Some(end) = organisation(doc, lexicon, actors, i, run, gazetteer_end) {
            return end;
        }
    }
    // "the Senate Foreign Relations Committee": a known name that only begins a longer one.
    if matches!(word, "the" | "The") && gazetteer.is_some() {
        let inner = over_and(doc, lexicon, actors, i + 1, capitalised_run(doc, lexicon, i + 1));
        if inner > gazetteer_end && inner - i > 2 {
            if let Some(end) = organisation(doc, lexicon, actors, i + 1, inner, gazetteer_end) {
                return end;
            }
        }
    }
    if let Some(end) = party_member_reference(doc, lexicon, actors, i) {
        return end;
    }
    // "Diplomats from France and Germany criticised": the states that sent
    // them, before a plural of people opening a sentence makes a group.
    if let Some(end) = seated_body(doc, lexicon, actors, i) {
        return end;
    }
    if let Some(end) = group(doc, lexicon, parse, actors, i) {
        return end;
    }
    if let Some(end) = described_name(doc, lexicon, parse, actors, i) {
        return end;
    }
    if let Some(end) = possessive_firms(doc, lexicon, actors, i) {
        return end;
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
    // "the US president", "the French ambassador": a title the country's,
    // before the country alone takes its name (and, as a mere modifier of
    // the title, would then stand for no one).
    if matches!(word, "the" | "The") && gazetteer.is_some() {
        if let Some(end) = title_reference(doc, lexicon, actors, i) {
            return end;
        }
    }
    if let Some(end) = gazetteer.and_then(|(end, _, _)| surname_over_known_name(doc, actors, i, end)) {
        return end;
    }
    if let Some((end, actor, role)) = gazetteer {
        if let Some(end) = known_actor(doc, lexicon, parse, actors, i, end, actor, role) {
            return end;
        }
    }
    if let Some(end) = administration(doc, lexicon, actors, i) {
        return end;
    }
    if let Some(end) = campaign(doc, lexicon, actors, i) {
        return end;
    }
    if let Some(end) = collective(doc, lexicon, actors, i) {
        return end;
    }
    if let Some(end) = seen_name(doc, actors, i, run) {
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
    if let Some(end) = description_reference(doc, lexicon, actors, i) {
        return end;
    }
    if let Some(end) = likened(doc, lexicon, actors, i..run) {
        return end;
    }
    if let Some(end) = outlet_named(doc, lexicon, actors, i..run) {
        return end;
    }
    if let Some(end) = employer(doc, lexicon, actors, i..run) {
        return end;
    }
    if let Some(end) = role_named(doc, lexicon, actors, i..run) {
        return end;
    }
    // "Miner Highland Gold said": a trade's noun opening a sentence is
    // capitalised only there, and names the company after it.
    if run > i + 1 && doc.starts_sentence(i) && doc.low_is(WordClass::CompanyRoles, i) {
        if let Some(end) = role_named(doc, lexicon, actors, i + 1..run) {
            return end;
        }
    }
    if run > i && is_capitalised(word) {
        if let Some(end) = plain_name(doc, lexicon, parse, actors, i..run) {
            return end;
        }
        // "Chinese President Xi Jinping": resume at a title inside the run;
        // "the Pakistani Taliban": else after a country's adjective opening it.
        return (i + 1..run)
            .find(|&k| title_at(doc, lexicon, k).is_some())
            .or_else(|| {
                country_adjective(doc, lexicon, i)
                    .map(|(_, end)| end)
                    .filter(|&end| end < run)
            })
            .unwrap_or(run);
    }
    if doc.low_is(WordClass::PronounPerson, i) {
        // A speaker is named before their quotation, not in it.
        let before = quotation_before_speaker(doc, i).unwrap_or(i);
        let gender = Gender::of_pronoun(doc.low(i));
        // "Feinstein said she": the pronoun can only be the person just named.
        let named = actors.found.last().copied().filter(|f| {
            f.via == Via::Name
                && actors.list[f.actor].kind == ActorKind::Person
                && pronoun_right_after_name(doc, f.end, i)
        });
        if let Some((named, gender)) = named.zip(gender) {
            actors.list[named.actor].gender_pronouns[gender as usize] = true;
        }
        let person = previous_subject_person(doc, lexicon, parse, actors, i, gender)
            .or_else(|| actors.last_person(lexicon, before, gender));
        if let Some(person) = person {
            actors.mention(doc, person, i, i + 1, Via::Pronoun);
        }
    }
    i + 1
}

/// "Zelensky met Biden on Monday. He said …": a "He" or "She" opening a
/// sentence is the person the parse makes the subject of the sentence
/// before, named there, when that sentence names other people of the
/// pronoun's gender after it; None otherwise (the latest person then).
fn previous_subject_person(
    doc: &Document,
    lexicon: &Lexicon,
    parse: &Parse,
    actors: &Actors,
    i: usize,
    gender: Option<Gender>,
) -> Option<usize> {
    if !doc.starts_sentence(i) || !matches!(doc.low(i), "he" | "she") {
        return None;
    }
    let previous = doc.sentence_of[i].checked_sub(1)?;
    let (first, end) = doc.sentence_tokens(previous);
    let fits = |a: usize| {
        actors.list[a].kind == ActorKind::Person
            && (gender.is_none() || actors.gender(lexicon, a).is_none_or(|g| Some(g) == gender))
    };
    let people: Vec<&Found> = actors
        .found
        .iter()
        .filter(|f| f.first >= first && f.end <= end && !f.modifier && fits(f.actor))
        .collect();
    let subject = people.iter().find(|f| {
        let span = doc.span(f.first, f.end);
        f.via == Via::Name && parse.subject_of(span.start, span.end).is_some()
    })?;
    people
        .iter()
        .any(|f| f.first > subject.first && f.actor != subject.actor)
        .then_some(subject.actor)
}

/// "Tony Blair MP", "John Smith QC": letters of a seat or an honour right
/// after a person's name belong to that person and name no actor.
fn post_nominal(doc: &Document, actors: &Actors, i: usize) -> bool {
    doc.word_is(WordClass::PostNominals, i)
        && actors
            .found
            .last()
            .is_some_and(|f| f.end == i && actors.list[f.actor].kind == ActorKind::Person)
}

/// How far back (tokens) a quotation's opening mark is sought: longer than any
/// quoted statement in news, and bounded so an unpaired mark costs every
/// later pronoun a fixed look-back rather than a scan of the whole article.
const QUOTATION_REACH: usize = 400;

/// `…with Crooked Hillary & the Dems," he said`: a pronoun right after a
/// closing quotation mark and before a verb of saying is the quotation's
/// speaker, who is never one of the people the quotation names. The index of
/// the quotation's opening mark, before which the pronoun's person is sought.
fn quotation_before_speaker(doc: &Document, i: usize) -> Option<usize> {
    let close = i.checked_sub(1)?;
    let opening = match doc.word(close) {
        "”" => "“",
        "\"" => "\"",
        _ => return None,
    };
    let closes_statement = close
        .checked_sub(1)
        .is_some_and(|k| matches!(doc.word(k), "," | "." | "!" | "?"));
    if !closes_statement || !doc.low_is(WordClass::Speech, i + 1) {
        return None;
    }
    (close.saturating_sub(QUOTATION_REACH)..close)
        .rev()
        .find(|&k| doc.word(k) == opening)
}

/// The end of the run of capitalised words starting at `i` (inner "of", "for",
/// "the", "and" allowed before another capitalised word); `i` when none.
pub(super) fn capitalised_run(doc: &Document, lexicon: &Lexicon, i: usize) -> usize {
    let word = doc.word(i);
    // "the US-based ChevronTexaco": where a company is based is no part of its name.
    if !doc.is_word(i) || !is_capitalised(word) || lexicon.is(WordClass::StopCaps, word) || word.ends_with("-based") {
        return i;
    }
    let mut end = i + 1;
    loop {
        let next = doc.word(end);
        if super::people::post_nominal_after(doc, i, end) {
            break;
        }
        if doc.tokens.get(end).is_some_and(|t| t.is_word)
            && (is_capitalised(next)
                || next.chars().all(|c| c.is_ascii_digit())
                || super::people::is_joined_particle_name(next))
            && !matches!(next, "’s" | "'s")
        {
            end += 1;
        } else if ((matches!(next, "for" | "on" | "&") || (next == "of" && joins_of(lexicon, doc.word(end - 1))))
            && is_capitalised(doc.word(end + 1))
            && !doc.word_is(WordClass::StopCaps, end + 1)
            && doc.tokens.get(end + 1).is_some_and(|t| t.is_word))
            || plural_possessive_in_name(doc, lexicon, end)
        {
            end += 2;
        } else if let Some(part) = super::people::after_particles(doc, end) {
            end = part + 1;
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

/// The name the words `first..end` spell, a space between words apart in the
/// text and none where they touch ("National Farmers' Union").
pub(super) fn run_name(doc: &Document, first: usize, end: usize) -> String {
    let mut name = String::new();
    for k in first..end {
        if k > first && doc.tokens[k - 1].end != doc.tokens[k].start {
            name.push(' ');
        }
        name.push_str(doc.word(k));
    }
    name
}

/// Whether the apostrophe at `k` is the plural possessive inside an
/// organisation's name ("National Farmers' Union", "the Veterans'
/// Association"): glued to a capitalised plural that names no known actor or
/// place, and followed by capitalised words that reach an organisation's head
/// noun. "the Democrats' plan" and "Arkansas' Hutchinson" stop at the
/// apostrophe.
fn plural_possessive_in_name(doc: &Document, lexicon: &Lexicon, k: usize) -> bool {
    if k == 0 || !matches!(doc.word(k), "'" | "’") || doc.tokens[k].start != doc.tokens[k - 1].end {
        return false;
    }
    let before = doc.word(k - 1);
    if !before.ends_with('s') || !is_capitalised(before) || gazetteer_match(doc, lexicon, k - 1).is_some() {
        return false;
    }
    (k + 1..k + 4)
        .take_while(|&j| doc.is_word(j) && is_capitalised(doc.word(j)) && !doc.word_is(WordClass::StopCaps, j))
        .any(|j| doc.word_is(WordClass::OrgSuffix, j))
}

/// Whether token `i` names a platform something was said or posted on ("said
/// on Twitter", "wrote on his Facebook page", "via Instagram"): a channel,
/// neither an actor nor a place. The platform as a company ("Twitter said")
/// is left to the gazetteer.
fn on_platform(doc: &Document, i: usize) -> bool {
    if !doc.word_is(WordClass::Platforms, i) {
        return false;
    }
    let mut k = i;
    while k > 0 {
        k -= 1;
        let word = doc.word(k);
        match doc.low(k) {
            "on" | "via" | "through" => return true,
            "the" | "his" | "her" | "its" | "their" | "our" | "my" | "official" | "own" | "’s" | "'s" => {}
            _ if is_capitalised(word) && doc.is_word(k) && matches!(doc.word(k + 1), "’s" | "'s") => {}
            _ => return false,
        }
    }
    false
}

/// The end of the name that the capitalised run `i..run` begins when the run
/// stops at an "and" inside an organisation's name: one word on each side
/// before an organisation suffix ("Securities and Exchange Commission",
/// "Food and Drug Administration", after a country at most: "US Securities
/// and Exchange Commission"), or inside the complement of "of" or "for"
/// ("Department of Health and Human Services", "Center for Internet and
/// Society"). Names joined by "and" stay apart ("Russia and China", "Mueller
/// and Justice Department"): no word beside the "and" may be a known name.
fn over_and(doc: &Document, lexicon: &Lexicon, actors: &Actors, i: usize, run: usize) -> usize {
    if run <= i || doc.word(run) != "and" || !doc.is_word(run + 1) {
        return run;
    }
    let known = |k: usize| {
        let word = doc.word(k);
        gazetteer_match(doc, lexicon, k).is_some()
            || lexicon.adjectives.contains_key(word)
            || lexicon.is(WordClass::StopCaps, word)
            || actors.alias.contains_key(&word.to_lowercase())
    };
    let suffix = |k: usize| doc.is_word(k) && doc.word_is(WordClass::OrgSuffix, k);
    let right = capitalised_run(doc, lexicon, run + 1);
    // "Facebook Inc and Alphabet Inc": a whole name before the "and".
    if right <= run + 1 || known(run - 1) || known(run + 1) || suffix(run - 1) {
        return run;
    }
    // "African Growth and Opportunity Act": a law's or a treaty's name runs
    // over its "and"; no part of it names an actor.
    if right - run <= 4 && super::issues::NAMED_ISSUE_SUFFIXES.contains(&doc.word(right - 1)) {
        return right;
    }
    let country = |k: usize| {
        lexicon.adjectives.contains_key(doc.word(k))
            || gazetteer_match(doc, lexicon, k)
                .is_some_and(|(end, known, _)| end == k + 1 && lexicon.actors[known].kind == ActorKind::Country)
    };
    match (i + 1..run).rev().find(|&k| matches!(doc.word(k), "of" | "for")) {
        // "Department of Health and Human Services": the complement's words.
        Some(of) if run - of <= 3 && (run + 1..right).all(|k| !known(k)) => {
            if right - run <= 4 {
                right
            } else {
                (run + 1..run + 4).find(|&k| suffix(k)).map_or(run, |k| k + 1)
            }
        }
        Some(_) => run,
        None => {
            let first = if country(i) { i + 1 } else { i };
            if first + 1 == run && suffix(run + 2) {
                run + 3
            } else {
                run
            }
        }
    }
}

/// Whether "of" after `word` continues a name ("Court of Justice", "House of
/// Representatives") rather than ending it ("Kim Reynolds of Iowa").
fn joins_of(lexicon: &Lexicon, word: &str) -> bool {
    lexicon.is(WordClass::OrgSuffix, word) || lexicon.is(WordClass::OfJoiningHeads, word)
}

/// The longest gazetteer phrase starting at `i`: (end, lexicon actor, role).
pub(super) fn gazetteer_match(doc: &Document, lexicon: &Lexicon, i: usize) -> Option<(usize, usize, PhraseRole)> {
    let phrases = doc.phrases_at(i);
    if phrases.is_empty() {
        return None;
    }
    let word = doc.word(i);
    let key = if word == "The" { "the" } else { word };
    let fits = |p: &&Phrase| {
        p.words.iter().enumerate().skip(1).all(|(k, w)| doc.word(i + k) == w) && i + p.words.len() <= doc.tokens.len()
    };
    let found = match lexicon.phrases_by_second.get(key) {
        // Only the phrases whose second word is the next word can fit, then
        // the one-word phrases, which come last (longest first).
        Some(by_second) => {
            let one_word = phrases.partition_point(|p| p.words.len() > 1);
            by_second
                .get(doc.word(i + 1))
                .into_iter()
                .flatten()
                .map(|&k| &phrases[k])
                .chain(&phrases[one_word..])
                .find(fits)
        }
        None => phrases.iter().find(fits),
    };
    found
        .filter(|p| p.words.len() > 1 || !modifies_produce(doc, i))
        .map(|p| (i + p.words.len(), p.actor, p.role))
}

/// "GM crops", "GM food": an acronym right before a noun of crops or food
/// (`produce_nouns`) is "genetically modified", not the company it also names.
fn modifies_produce(doc: &Document, i: usize) -> bool {
    doc.word(i).chars().all(|c| c.is_ascii_uppercase()) && doc.low_is(WordClass::ProduceNouns, i + 1)
}

/// The article actor for a lexicon actor, created on first use.
pub(super) fn from_lexicon(actors: &mut Actors, lexicon: &Lexicon, known: usize) -> usize {
    let entry = &lexicon.actors[known];
    actors.named(&entry.name, entry.kind, entry.affiliation.clone())
}

/// Whether the word after a metonym shows it acting ("Moscow said", "Berlin
/// welcomed"), past up to two adverbs ("Moscow firmly rejected", "Paris
/// quickly and warmly welcomed" stops at "and").
pub(super) fn acts_after(doc: &Document, lexicon: &Lexicon, end: usize) -> bool {
    // An adverb the treebank knows, in lower case and ending in "-ly": not
    // "rally" or "supply" (nouns), which the treebank saw as nothing else.
    let adverb = |k: usize| {
        let parser = standpoint_syntax::Parser::shared();
        super::cues::is_adverb(doc, k)
            && parser.seen_as(doc.word(k), standpoint_syntax::Upos::Adv)
            && !parser.seen_as(doc.word(k), standpoint_syntax::Upos::Noun)
    };
    let end = (end..end + 2).find(|&k| !adverb(k)).unwrap_or(end + 2);
    let next = doc.low(end);
    lexicon.is(WordClass::Be, next)
        || lexicon.is(WordClass::Have, next)
        || lexicon.is(WordClass::Speech, next)
        || lexicon.cues.contains_key(next)
        || matches!(
            next,
            "would"
                | "will"
                | "can"
                | "could"
                | "should"
                | "must"
                | "may"
                | "might"
                | "did"
                | "does"
                | "also"
                | "has"
                | "wants"
        )
        || super::tokens::is_regular_past(next)
}

/// A name this article has already introduced: a surname ("Kerry"), an
/// acronym ("EC"), or a full name seen before.
fn seen_name(doc: &Document, actors: &mut Actors, i: usize, run: usize) -> Option<usize> {
    // "the ministry" after "the Cuban foreign ministry": institution nouns
    // name their body again even in lower case.
    let institution = doc.low_is(WordClass::InstitutionNouns, i + 1);
    if doc.low(i) == "the" && (is_capitalised(doc.word(i + 1)) || institution) && !is_capitalised(doc.word(i + 2)) {
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
            if end == i + 1 && (doc.word_is(WordClass::StopCaps, i) || modifies_produce(doc, i)) {
                return None;
            }
            actors.mention(doc, actor, i, end, Via::Name);
            return Some(end);
        }
    }
    None
}

/// "Representative Jim Jordan … Jordan criticised": a one-word known name
/// (ending at `end`) written as the surname of a person named in full
/// before is that person, not the country or body it also names, unless a
/// word of place stands before it ("visited Jordan").
fn surname_over_known_name(doc: &Document, actors: &mut Actors, i: usize, end: usize) -> Option<usize> {
    let word = doc.word(i);
    if end != i + 1 || after_place_word(doc, i) {
        return None;
    }
    let &person = actors.alias.get(&word.to_lowercase())?;
    let named = &actors.list[person];
    // (As written: "Kim Jong Un" is no "UN".)
    if named.kind != ActorKind::Person || !named.name.ends_with(&format!(" {word}")) {
        return None;
    }
    actors.mention(doc, person, i, end, Via::Name);
    Some(end)
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
    let previous = actors
        .found
        .iter()
        .rev()
        .find(|f| f.end == i && f.via == Via::Name)?
        .actor;
    actors.alias.insert(acronym.to_lowercase(), previous);
    actors.mention(doc, previous, i + 1, i + 2, Via::Name);
    Some(i + 3)
}

/// Marks actors with at least one mention outside a place phrase ("in
/// France"), so place-only countries can be left out.
/// Whether the mention starting at token `first` follows a word that makes
/// it a place ("in France", "visited Paris").
pub(super) fn after_place_word(doc: &Document, first: usize) -> bool {
    let before = first.checked_sub(1).map_or("", |b| doc.low(b));
    // "called on Russia to withdraw": the one called on is asked, no place.
    if before == "on" && first >= 2 && doc.low_is(WordClass::Directive, first - 2) {
        return false;
    }
    matches!(
        before,
        "in" | "to"
            | "at"
            | "from"
            | "into"
            | "visit"
            | "visiting"
            | "visited"
            | "across"
            | "near"
            | "on"
            | "as"
            | "over"
            | "about"
    )
}

fn mark_acting(doc: &Document, actors: &mut Actors) {
    let mut mentions = vec![0usize; actors.list.len()];
    // Where the previous mention ended, if it was a place: "such as Zimbabwe
    // and Burma", "on Syria and Yemen" make the whole list places.
    let mut place_end = None;
    for found in &actors.found {
        let before = found.first.checked_sub(1).map_or("", |b| doc.low(b));
        let listed = matches!(before, "," | "and" | "or") && place_end == Some(found.first - 1);
        let place = listed || after_place_word(doc, found.first);
        place_end = place.then_some(found.end);
        if place || found.via != Via::Name {
            continue;
        }
        mentions[found.actor] += 1;
        // Tried: requiring a country to be followed by a verb or named twice;
        // it helped the development half and hurt the held-out half equally.
        actors.list[found.actor].acts = true;
    }
}
