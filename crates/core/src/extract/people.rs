//! People: titled names ("US Secretary of State John Kerry"), honorifics
//! ("Mr Straw"), plain personal names, surnames seen again, and title-only
//! references ("the prime minister") resolved to the person who bore the title.
//!
//! Part of the actor pass in `actors`; it never looks at stances.

use std::ops::Range;

use super::actors::{acts_after, capitalised_run, from_lexicon, gazetteer_match, Actor, Actors, Via, Voice};
use super::bodies::{country_adjective, country_after_of, country_name};
use super::document::Document;
use super::lexicon::{Lexicon, PhraseRole, TitleClass, WordClass};
use super::parse::Parse;
use super::tokens::{all_capitals, is_capitalised};
use crate::model::ActorKind;

/// Lower-case particles inside personal names ("bin", "van der"): the grammar
/// of names, so kept here rather than in `data/words.tsv`.
pub(super) const PARTICLES: &[&str] = &[
    "al", "al-", "el-", "bin", "ibn", "de", "del", "da", "di", "van", "von", "der", "le", "la", "du",
];

/// Where the name part that the particle at `k` leads to begins: the next
/// word when it is capitalised, or the one after a second particle ("von
/// der Leyen", "de la Rúa"); None when `k` holds no particle or none follows.
pub(super) fn after_particles(doc: &Document, k: usize) -> Option<usize> {
    let particle = |k: usize| PARTICLES.contains(&doc.low(k));
    if !particle(k) {
        return None;
    }
    [k + 1, k + 2]
        .into_iter()
        .take_while(|&m| m == k + 1 || particle(k + 1))
        .find(|&m| is_capitalised(doc.word(m)))
}

/// A name part joined to its particle in one word ("al-Sisi", "el-Baradei"):
/// one of the [`PARTICLES`] written with a hyphen, then a capitalised part.
pub(super) fn is_joined_particle_name(word: &str) -> bool {
    PARTICLES.iter().filter(|p| p.ends_with('-')).any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| is_capitalised(rest) && rest.len() > 1)
    })
}

/// Which of "he" and "she" names a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    // The values index the `[bool; 2]` of what an article says of a person.
    Male = 0,
    Female = 1,
}

impl Gender {
    /// The gender a person pronoun names: "he", "him", "his" a man, "she",
    /// "her", "hers" a woman (lower-case form).
    pub(super) fn of_pronoun(word: &str) -> Option<Gender> {
        match word {
            "he" | "him" | "his" | "himself" => Some(Gender::Male),
            "she" | "her" | "hers" | "herself" => Some(Gender::Female),
            _ => None,
        }
    }

    fn of_word(doc: &Document, k: usize) -> Option<Gender> {
        Gender::of_classes(
            doc.low_is(WordClass::MaleWords, k),
            doc.low_is(WordClass::FemaleWords, k),
        )
    }

    /// The gender a word's classes (or a person's collected signs) give:
    /// one of the two, never both.
    pub(super) fn of_classes(male: bool, female: bool) -> Option<Gender> {
        match (male, female) {
            (true, false) => Some(Gender::Male),
            (false, true) => Some(Gender::Female),
            _ => None,
        }
    }
}

/// What the text says of a person's gender where it names them at tokens
/// `first..`: an honorific or gendered title opening the mention or just
/// before it ("Mr Straw", "Mrs Hassan", "Queen Elizabeth", "spokeswoman Sarah
/// Sanders"), or a relation noun just before it ("his wife Melania", "her
/// husband, Bill Clinton").
pub(super) fn gender_at_mention(doc: &Document, first: usize) -> Option<Gender> {
    let before = match first.checked_sub(1) {
        Some(k) if doc.word(k) == "," => k.checked_sub(1),
        k => k,
    };
    Gender::of_word(doc, first).or_else(|| {
        before
            .filter(|&k| doc.sentence_of.get(k) == doc.sentence_of.get(first))
            .and_then(|k| Gender::of_word(doc, k))
    })
}

/// Whether a person pronoun at `pronoun` can only be the person whose name
/// ends at `end`, so that it tells their gender: "Feinstein said she …",
/// "Trump said that he …", "Hillary Clinton, and her campaign".
pub(super) fn pronoun_right_after_name(doc: &Document, end: usize, pronoun: usize) -> bool {
    match doc.low(pronoun) {
        "he" | "she" => {
            doc.low_is(WordClass::Speech, end)
                && (pronoun == end + 1 || (pronoun == end + 2 && doc.low(end + 1) == "that"))
        }
        "his" | "her" => {
            (pronoun == end + 1 && doc.low(end) == "and")
                || (pronoun == end + 2 && doc.word(end) == "," && doc.low(end + 1) == "and")
        }
        _ => false,
    }
}

/// What a person's name says of their gender: a common given name of one sex
/// opening a name of two words or more ("Donald Trump", "Theresa May").
pub(super) fn gender_of_name(lexicon: &Lexicon, name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    Gender::of_classes(
        lexicon.is(WordClass::MaleNames, first),
        lexicon.is(WordClass::FemaleNames, first),
    )
}

/// The longest title at token `i`: (end, title words, class).
pub(super) fn title_at(doc: &Document, lexicon: &Lexicon, i: usize) -> Option<(usize, String, TitleClass)> {
    lexicon
        .titles_by_first
        .get(doc.low(i))?
        .iter()
        .map(|&index| &lexicon.titles[index])
        .find(|(words, _, _)| words.iter().enumerate().all(|(k, w)| doc.low(i + k) == w))
        .map(|(words, class, title)| (i + words.len(), title.clone(), *class))
}

/// A personal name starting at `i`: up to four capitalised words (with
/// initials, and particles that do not count: "Luiz Inacio Lula da Silva"),
/// not a known place or stop word.
pub(super) fn name_at(doc: &Document, lexicon: &Lexicon, i: usize) -> Option<usize> {
    let mut end = i;
    let mut words = 0;
    while end < doc.tokens.len() && words < 4 && !post_nominal_after(doc, i, end) {
        let word = doc.word(end);
        let is_name_word = doc.is_word(end)
            && is_capitalised(word)
            && (!lexicon.is(WordClass::StopCaps, word) || month_surname(doc, end, end == i))
            && word.chars().next().is_some_and(char::is_alphabetic)
            && !matches!(word, "’s" | "'s");
        let particle =
            end > i && (after_particles(doc, end).is_some() || (doc.is_word(end) && is_joined_particle_name(word)));
        if is_name_word || particle {
            words += usize::from(is_name_word || is_joined_particle_name(word));
            end += 1;
        } else {
            break;
        }
    }
    (end > i).then_some(end)
}

/// "Tony Blair MP said", "John Smith QC criticised": letters of a seat or an
/// honour at `k` that end the name begun at `first`. Not before another name
/// ("Labour MP George Galloway": a title) nor after an article ("the Glasgow
/// Kelvin MP": a seat's name).
pub(super) fn post_nominal_after(doc: &Document, first: usize, k: usize) -> bool {
    k > first
        && doc.word_is(WordClass::PostNominals, k)
        && !(doc.is_word(k + 1) && is_capitalised(doc.word(k + 1)))
        && !first
            .checked_sub(1)
            .is_some_and(|b| matches!(doc.low(b), "the" | "a" | "an"))
}

/// Whether the month name at `k` is a surname: right after a given name
/// ("Theresa May") or, when `titled`, as the name after a title ("Mrs May"),
/// and not before a day's number ("May 5").
pub(super) fn month_surname(doc: &Document, k: usize, titled: bool) -> bool {
    doc.word_is(WordClass::Months, k)
        && (titled
            || k.checked_sub(1)
                .is_some_and(|g| doc.word_is(WordClass::MaleNames, g) || doc.word_is(WordClass::FemaleNames, g)))
        && !doc.word(k + 1).starts_with(|c: char| c.is_ascii_digit())
}

/// "May said", ", May added": a month alone, at a sentence's or a clause's
/// start and not before a day's number, is the person already named with
/// it as surname ("Theresa May").
pub(super) fn month_surname_again(doc: &Document, actors: &mut Actors, i: usize) -> Option<usize> {
    if !doc.word_is(WordClass::Months, i)
        || doc.word(i + 1).starts_with(|c: char| c.is_ascii_digit())
        || !(doc.starts_sentence(i) || i.checked_sub(1).is_some_and(|p| !doc.is_word(p)) || takes_a_person(doc, i))
    {
        return None;
    }
    let person = *actors.alias.get(doc.low(i))?;
    if actors.list[person].kind != ActorKind::Person {
        return None;
    }
    actors.mention(doc, person, i, i + 1, Via::Name);
    Some(i + 1)
}

/// "spoke to May", "met with May", "criticised by May": a word before a
/// month that takes a person and not a date ("with", "against", "told");
/// "to" after a verb whose "to" names a listener (`addressing_verbs`: "a
/// delay to May" is a date) and no month earlier in the sentence ("from
/// March to May"); "by" only after a participle (a deadline is "by May").
fn takes_a_person(doc: &Document, i: usize) -> bool {
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    let first = doc.sentences[doc.sentence_of[i]].first;
    match doc.low(before) {
        "with" | "against" | "told" => true,
        "to" => {
            before
                .checked_sub(1)
                .is_some_and(|k| doc.low_is(WordClass::AddressingVerbs, k))
                && !(first..before).any(|k| doc.word_is(WordClass::Months, k))
        }
        "by" => before
            .checked_sub(1)
            .is_some_and(|k| doc.low(k).ends_with("ed") || doc.low(k).ends_with("en")),
        _ => false,
    }
}

/// "US Secretary of State John Kerry", "EPP spokesman Alexander Radwan",
/// "Republican Senator Bob Corker": a title, then a name.
pub(super) fn titled_person(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
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
    // "Secretary of State for Western Hemisphere Affairs John Creamer": skip
    // the portfolio, when one stands before the name. A spokesperson's "for"
    // names whom they speak for ("a spokesman for Angela Merkel"), not a
    // portfolio, and a run of two words is a name alone.
    if matches!(doc.low(name_start), "for" | "of")
        && class != TitleClass::Spokes
        && is_capitalised(doc.word(name_start + 1))
    {
        let run = capitalised_run(doc, lexicon, name_start + 1);
        if run >= name_start + 4 {
            name_start = run - 2;
        }
    }
    let name_end = name_at(doc, lexicon, name_start)?;
    // "chief executive of China Aviation Oil": a name that ends in a sector
    // is a company's (`bodies::organisation` takes it), not a person's.
    if name_end - name_start >= 2 && doc.word_is(WordClass::CompanyEnds, name_end - 1) {
        return None;
    }
    // "the official Xinhua news agency": a name before a media role noun is an outlet's.
    if doc.low_is(WordClass::MediaRoles, name_end) || (doc.low(name_end) == "news" && doc.low(name_end + 1) == "agency")
    {
        return None;
    }
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
    let affiliation = title_affiliation(doc, actors, i, class == TitleClass::Spokes);
    // "Iranian President Hassan Rouhani": the adjective names the country.
    let nation = || {
        (i.saturating_sub(2)..i)
            .find_map(|k| country_adjective(doc, lexicon, k).filter(|&(_, end)| end == i))
            .map(|(known, _)| lexicon.actors[known].name.clone())
    };
    // "Germany's finance minister Christian Lindner": the possessor is the
    // affiliation, though it stays an actor of the sentence in its own right.
    let owner = || {
        let mark = i.checked_sub(1).filter(|&m| matches!(doc.word(m), "'s" | "’s"))?;
        let found = actors
            .found
            .iter()
            .rev()
            .find(|f| f.end == mark && f.via == Via::Name)?;
        let owner = &actors.list[found.actor];
        (owner.kind != ActorKind::Person).then(|| owner.name.clone())
    };
    let index = match find_by_surname(actors, &name) {
        Some(index) => index,
        None => {
            let affiliation = affiliation
                .map(|a| actors_name(actors, a))
                .or_else(nation)
                .or_else(owner);
            actors.named(&name, ActorKind::Person, affiliation)
        }
    };
    if class == TitleClass::Spokes {
        // "EPP spokesman X", "her spokeswoman X": the principal is named just
        // before. A party's spokesperson on a subject ("Lib Dem foreign affairs
        // spokesman") is one of its politicians, who speak for themselves.
        let principal = affiliation.filter(|&p| p != index && principal_is_adjacent(doc, actors, i));
        let portfolio = principal.is_none() && affiliation.is_some_and(|p| actors.list[p].kind == ActorKind::Party);
        if !portfolio && actors.list[index].principal().is_none() {
            actors.list[index].voice = Voice::Relays(principal);
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

pub(super) fn actors_name(actors: &Actors, index: usize) -> String {
    actors.list[index].name.clone()
}

pub(super) fn add_title(actors: &mut Actors, index: usize, title: &str, class: TitleClass) {
    if class != TitleClass::Honorific && !actors.list[index].titles.iter().any(|t| t == title) {
        actors.list[index].titles.push(title.to_owned());
    }
}

/// A person already known by `name`, or, for a name of two words or more,
/// whose full name ends in it ("Lopez Obrador" after "Andres Manuel Lopez
/// Obrador": a double surname, which the one-word surname alias misses).
pub(super) fn find_by_surname(actors: &Actors, name: &str) -> Option<usize> {
    let lower = name.to_lowercase();
    let person = |a: &&Actor| a.kind == ActorKind::Person;
    let tail = format!(" {lower}");
    actors
        .list
        .iter()
        .position(|a| person(&a) && a.name.to_lowercase() == lower)
        .or_else(|| {
            lower
                .contains(' ')
                .then(|| {
                    actors
                        .list
                        .iter()
                        .position(|a| person(&a) && a.name.to_lowercase().ends_with(&tail))
                })
                .flatten()
        })
}

pub(super) fn register_surname(doc: &Document, actors: &mut Actors, index: usize, first: usize, end: usize) {
    if end - first >= 2 {
        let surname = doc.low(end - 1).to_owned();
        actors.alias.entry(surname).or_insert(index);
        // "Von der Leyen", "de Gaulle": the surname with its particles too.
        let particles = (first + 1..end - 1)
            .rev()
            .take_while(|&k| PARTICLES.contains(&doc.low(k)))
            .last();
        if let Some(from) = particles {
            actors.alias.entry(doc.slice(from, end).to_lowercase()).or_insert(index);
        }
        // Family names come first in Chinese, Korean and Hungarian names ("Xi Jinping" → "Xi").
        if end - first == 2 {
            actors.alias.entry(doc.low(first).to_owned()).or_insert(index);
        }
    }
    actors
        .alias
        .entry(doc.slice(first, end).to_lowercase())
        .or_insert(index);
}

/// The actor a title's modifiers name: the mention ending just before the
/// title, or one or two words earlier ("Lib Dem foreign affairs spokesman").
pub(super) fn title_affiliation(doc: &Document, actors: &mut Actors, i: usize, pronouns: bool) -> Option<usize> {
    let position = actors.found.iter().rposition(|f| f.end <= i)?;
    let found = actors.found[position];
    if found.via != Via::Name && !pronouns {
        return None;
    }
    // Only portfolio words may stand between ("Lib Dem foreign affairs spokesman"),
    // not a verb ("Cardin met national security adviser McMaster"); before a
    // spokesperson, after a possessive too ("Erdogan's spokesman Ibrahim
    // Kalin": the principal). (For every title it cost 0.004 held-out
    // stance F1: "Russia's Foreign Minister" then hid Russia from the pairs.)
    let possessive = pronouns && matches!(doc.word(found.end), "'s" | "’s");
    let from = found.end + usize::from(possessive);
    let close = from + 3 >= i
        && (from..i)
            .all(|k| doc.is_word(k) && (is_capitalised(doc.word(k)) || doc.low_is(WordClass::PortfolioWords, k)));
    if !(close && doc.sentence_of[found.first] == doc.sentence_of[i]) {
        return None;
    }
    actors.found[position].modifier = true;
    Some(found.actor)
}

/// ", a spokesman", ", the ministry's spokeswoman", ", a company spokesperson":
/// the index of the spokesperson word of an apposition starting at `k`
/// (after its comma), if that is what it is.
pub(super) fn apposed_spokes(doc: &Document, k: usize) -> Option<usize> {
    let first = if matches!(doc.low(k), "a" | "an" | "the" | "its" | "their" | "his" | "her") {
        k + 1
    } else {
        k
    };
    // At most three modifiers before the noun ("a senior State Department spokesman").
    (first..first + 4)
        .take_while(|&j| doc.is_word(j))
        .find(|&j| doc.low_is(WordClass::Spokes, j))
}

pub(super) fn principal_is_adjacent(doc: &Document, actors: &Actors, i: usize) -> bool {
    actors
        .found
        .iter()
        .rev()
        .any(|f| f.end == i || (f.end + 1 == i && matches!(doc.word(f.end), "'s" | "’s")))
}

/// "the prime minister", "the Tory leader", "Turkey’s prime minister": a
/// title with no name after it, for the latest person who bore it.
pub(super) fn title_reference(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    if !matches!(doc.low(i), "the") {
        return None;
    }
    for skip in 0..=2 {
        let at = i + 1 + skip;
        if let Some((end, title, class)) = title_at(doc, lexicon, at) {
            if class != TitleClass::Office || name_at(doc, lexicon, end).is_some() {
                return None;
            }
            // "the Russian president", "the US ambassador": the title is that
            // country's.
            let adjective_nation = (i + 1..at).find_map(|k| {
                country_adjective(doc, lexicon, k)
                    .or_else(|| country_name(doc, lexicon, k))
                    .filter(|&(_, e)| e <= at)
                    .map(|(known, _)| known)
            });
            if adjective_nation.is_none() && country_after_of(doc, lexicon, end).is_none() {
                if let Some(end) = title_of_body(doc, lexicon, actors, i, end, &title, class) {
                    return Some(end);
                }
            }
            let bearer = |a: usize, nation: Option<usize>| {
                let person = &actors.list[a];
                person
                    .titles
                    .iter()
                    .any(|t| t == &title || t.ends_with(&format!(" {title}")))
                    && nation.is_none_or(|n| {
                        let country = lexicon.actors[n].name.as_str();
                        person.affiliation.as_deref() == Some(country)
                    })
            };
            // "the president of France" too, the phrase ending after it, unless
            // one who bears the title, of no country the article names, may
            // be meant ("President Trump … the president of the United States").
            let of_country = country_after_of(doc, lexicon, end).filter(|&(known, _)| {
                adjective_nation.is_some()
                    || actors.found.iter().any(|f| bearer(f.actor, Some(known)))
                    || !actors.found.iter().any(|f| bearer(f.actor, None))
            });
            let end = of_country.map_or(end, |(_, e)| e);
            let nation = adjective_nation.or(of_country.map(|(known, _)| known));
            let given = nation.and_then(|_| given_to(doc, actors, i));
            // "the UN chief", "the Republican president": a known body that is
            // no country qualifying the title makes it the body's: its latest
            // bearer of no other body, else the body's latest member named
            // before, who need not bear it ("UN Secretary-General Antonio
            // Guterres … the UN chief").
            let body = nation
                .is_none()
                .then(|| (i + 1..at).find_map(|k| gazetteer_match(doc, lexicon, k).filter(|m| m.0 <= at)))
                .flatten()
                .map(|(_, known, _)| known)
                .filter(|&known| !matches!(lexicon.actors[known].kind, ActorKind::Country | ActorKind::Person))
                .map(|known| lexicon.actors[known].name.as_str());
            let of_body = |a: usize, unaffiliated: bool| {
                let person = &actors.list[a];
                person.kind == ActorKind::Person
                    && body.is_none_or(|b| {
                        person.affiliation.as_deref() == Some(b) || (unaffiliated && person.affiliation.is_none())
                    })
            };
            let member = || body.and_then(|_| actors.found.iter().rev().map(|f| f.actor).find(|&a| of_body(a, false)));
            let titled = actors
                .found
                .iter()
                .rev()
                .map(|f| f.actor)
                .find(|&a| bearer(a, nation) && of_body(a, true))
                .or_else(member);
            // "Donald Trump, the U.S. president", "Trump became the U.S.
            // president": the title and its country are given to the person
            // named right before, for later mentions of the title too.
            if let (Some(person), Some(nation)) = (given, nation) {
                if actors.list[person].affiliation.is_none() {
                    let country = from_lexicon(actors, lexicon, nation);
                    actors.list[person].affiliation = Some(actors.list[country].name.clone());
                }
                add_title(actors, person, &title, class);
                actors.mention(doc, person, i, end, Via::Title);
                return Some(end);
            }
            if let (None, Some(nation)) = (titled, nation) {
                // An official the article never names speaks for their
                // country, as "Iran's foreign minister" does.
                let country = from_lexicon(actors, lexicon, nation);
                actors.list[country].acts = true;
                actors.mention(doc, country, i, end, Via::Name);
                return Some(end);
            }
            // "Tony Blair … the prime minister": news often names the head of
            // government without the title first; take the first untitled person.
            let head_of_government = || {
                lexicon
                    .is(WordClass::HeadOfGovernmentTitles, &title)
                    .then(|| {
                        actors
                            .found
                            .iter()
                            .map(|f| f.actor)
                            .find(|&a| actors.list[a].kind == ActorKind::Person && actors.list[a].titles.is_empty())
                    })
                    .flatten()
            };
            // "the firebrand leader": the latest head of state or government.
            let leader = || {
                (title == "leader")
                    .then(|| {
                        actors.found.iter().rev().map(|f| f.actor).find(|&a| {
                            actors.list[a].titles.iter().any(|t| {
                                ["president", "prime minister", "premier", "chancellor"]
                                    .iter()
                                    .any(|head| t == head || t.ends_with(&format!(" {head}")))
                            })
                        })
                    })
                    .flatten()
            };
            let person = titled.or_else(leader).or_else(head_of_government)?;
            actors.mention(doc, person, i, end, Via::Title);
            return Some(end);
        }
        if !doc.tokens.get(at).is_some_and(|t| t.is_word) {
            return None;
        }
    }
    None
}

/// "the president of the European Commission", "the leader of the Labour
/// Party": a title (ending at `of`) of a known body that is no country,
/// the title a mention of the person it is given to (", the secretary
/// general of NATO") or of the latest person bearing that title for that
/// body, the phrase from `i` else one of the body, which its unnamed officer
/// speaks for. Not when a name follows in apposition ("…, Bernard
/// Looney,"): that person acts. Returns where the actor pass goes on.
fn title_of_body(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &mut Actors,
    i: usize,
    of: usize,
    title: &str,
    class: TitleClass,
) -> Option<usize> {
    if doc.low(of) != "of" {
        return None;
    }
    let (end, known, role) = gazetteer_match(doc, lexicon, of + 1).or_else(|| {
        (doc.low(of + 1) == "the")
            .then(|| gazetteer_match(doc, lexicon, of + 2))
            .flatten()
    })?;
    let entry = &lexicon.actors[known];
    if role != PhraseRole::Name || matches!(entry.kind, ActorKind::Country | ActorKind::Person) {
        return None;
    }
    if doc.word(end) == "," && name_at(doc, lexicon, end + 1).is_some() {
        return None;
    }
    let body_name = entry.name.clone();
    let bearer = actors.found.iter().rev().map(|f| f.actor).find(|&a| {
        let person = &actors.list[a];
        person.affiliation.as_deref() == Some(body_name.as_str()) && person.titles.iter().any(|t| t == title)
    });
    let person = given_to(doc, actors, i).or(bearer);
    match person {
        Some(person) => {
            if actors.list[person].affiliation.is_none() {
                actors.list[person].affiliation = Some(body_name);
            }
            add_title(actors, person, title, class);
            // The body is read on as named after "of".
            actors.mention(doc, person, i, of, Via::Title);
            Some(of)
        }
        None => {
            let body = from_lexicon(actors, lexicon, known);
            actors.list[body].acts = true;
            actors.mention(doc, body, i, end, Via::Name);
            Some(end)
        }
    }
}

/// The person a title phrase starting at `i` is given to: named right
/// before it, in apposition (", the U.S. president") or after a verb of
/// being or becoming ("became the U.S. president").
fn given_to(doc: &Document, actors: &Actors, i: usize) -> Option<usize> {
    let before = i.checked_sub(1)?;
    let linked = doc.word(before) == ","
        || doc.low_is(WordClass::Be, before)
        || matches!(doc.low(before), "became" | "becomes" | "become");
    if !linked {
        return None;
    }
    let found = actors.found.iter().rev().find(|f| f.end == before)?;
    (actors.list[found.actor].kind == ActorKind::Person).then_some(found.actor)
}

/// What a definite description's head noun can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Described {
    Person,
    Company,
    Organisation,
    Body,
}

/// Sentences back a description of a person by a bare person noun ("the
/// former chat show host") may reach for the latest person, as "he" does.
const PERSON_NOUN_REACH: usize = 2;

/// "the cardinal" (someone introduced as "Cardinal X" or with that title),
/// "the former chat show host" (the latest person, as a pronoun would),
/// "the company" (the latest company), "the ministry" or "the regulator"
/// (the latest body whose name or role has that noun): a definite noun phrase
/// of up to three lower-case modifiers and a head noun of `person_descriptions`,
/// `company_descriptions` or `body_descriptions`, with no name after it,
/// refers back to the nearest earlier actor it fits.
pub(super) fn description_reference(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) -> Option<usize> {
    if doc.low(i) != "the" {
        return None;
    }
    let mut head = i + 1;
    let described = loop {
        if head > i + 4 || !doc.is_word(head) || doc.sentence_of.get(head) != doc.sentence_of.get(i) {
            return None;
        }
        let word = doc.low(head);
        let capital_head = head == i + 1 || !is_capitalised(doc.word(head));
        if let Some(described) = described_by(doc, head).filter(|_| capital_head) {
            break described;
        }
        // Modifiers are lower-case and never set the referent apart from the
        // one named before ("the other company", "the parent company"); a
        // country's adjective may qualify a firm ("the Russian gas giant").
        let country_adjective = lexicon.adjectives.contains_key(doc.word(head)) && head > i + 1;
        if is_capitalised(doc.word(head)) && !country_adjective
            || doc.low_is(WordClass::Contrastive, head)
            || doc.low_is(WordClass::DescriptionEnders, head)
            || doc.low_is(WordClass::Be, head)
            || doc.low_is(WordClass::Have, head)
            || doc.low_is(WordClass::Speech, head)
            || !word.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            return None;
        }
        head += 1;
    };
    let end = head + 1;
    // "the company Twitter": a name follows, another rule's; "the company
    // chairman", "the group of MEPs": the noun only modifies or is measured.
    let next = doc.word(end);
    // "the diplomat, Alexander Downer": an apposition names someone new.
    let named_after = |k: usize| doc.is_word(k) && is_capitalised(doc.word(k)) && !doc.starts_sentence(k);
    if named_after(end)
        || (next == "," && named_after(end + 1) && !doc.word_is(WordClass::StopCaps, end + 1))
        || doc.low(end) == "of"
        || described_by(doc, end).is_some()
        || title_at(doc, lexicon, end).is_some()
    {
        return None;
    }
    let noun = doc.low(head).to_owned();
    let sentence = doc.sentence_of[i];
    let earlier = || {
        actors
            .found
            .iter()
            .rev()
            .filter(|f| f.end <= i && !f.modifier)
            .map(|f| f.actor)
    };
    let names_it = |a: usize| {
        let actor = &actors.list[a];
        actor.name.split_whitespace().any(|w| w.eq_ignore_ascii_case(&noun))
            || actor.titles.iter().any(|t| {
                t.strip_suffix(noun.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
            })
    };
    let person = |a: usize| actors.list[a].kind == ActorKind::Person;
    // "the Liberal Democrats - the mainstream party", "Gazprom, the gas
    // giant": an apposition describes the mention just before it.
    let apposed = i
        .checked_sub(1)
        .filter(|&b| matches!(doc.word(b), "," | "-" | "–" | "—"))
        .and_then(|b| actors.found.iter().rev().find(|f| f.end == b && !f.modifier))
        .map(|f| f.actor)
        .filter(|&a| person(a) == (described == Described::Person));
    let found = apposed.or_else(|| match described {
        Described::Person => earlier().find(|&a| person(a) && names_it(a)).or_else(|| {
            actors
                .found
                .iter()
                .rev()
                .filter(|f| f.end <= i && doc.sentence_of[f.first] + PERSON_NOUN_REACH >= sentence)
                .map(|f| f.actor)
                .find(|&a| person(a))
        }),
        Described::Company => earlier()
            .find(|&a| !person(a) && (actors.list[a].kind == ActorKind::Company || names_it(a)))
            .or_else(|| {
                // "Vodafone rejected the offer. The company said …": a lone
                // name taken for a surname only by default, named just
                // before with no title or word of a man or woman, is the
                // company.
                // (Mentions are in text order: only those before are visited.)
                let before = actors.found.partition_point(|f| f.first < i);
                let latest = actors.found[..before]
                    .iter()
                    .rev()
                    .find(|f| f.end <= i && !f.modifier)?;
                let actor = &actors.list[latest.actor];
                let lone = person(latest.actor)
                    && !actor.name.contains(' ')
                    && actor.titles.is_empty()
                    && !actor.gender_words.iter().any(|&g| g)
                    && doc.sentence_of[latest.first] + 1 >= sentence;
                lone.then_some(latest.actor)
            }),
        Described::Organisation => earlier().find(|&a| {
            matches!(
                actors.list[a].kind,
                ActorKind::Company | ActorKind::Organisation | ActorKind::ArmedGroup
            ) || (!person(a) && names_it(a))
        }),
        // "the union said" of farmers: a lower-case union is a trade or
        // labour union, never the European Union or the Soviet Union.
        Described::Body if doc.word_is(WordClass::LabourDescriptions, head) => earlier().find(|&a| {
            names_it(a)
                && !matches!(
                    actors.list[a].kind,
                    ActorKind::Person | ActorKind::Country | ActorKind::InternationalOrg | ActorKind::GovernmentBody
                )
        }),
        Described::Body => {
            let bloc = doc.low_is(WordClass::BlocDescriptions, head);
            earlier().find(|&a| {
                let kind = actors.list[a].kind;
                !person(a)
                    && kind != ActorKind::Country
                    && (names_it(a) || (bloc && kind == ActorKind::InternationalOrg))
            })
        }
    })?;
    if described == Described::Company && person(found) {
        actors.list[found].kind = ActorKind::Company;
    }
    actors.mention(doc, found, i, end, Via::Description);
    Some(end)
}

/// Whether, after some mention of the one-word `name`, the next possessive
/// in its sentence is "its" with no other name between ("Yukos is not
/// planning on letting go of its unit"), not "his", "her" or "their".
fn called_its(doc: &Document, name: &str) -> bool {
    name_ends(doc, name).any(|k| {
        let end = doc.sentences[doc.sentence_of[k - 1]].end;
        (k..end)
            .find(|&j| is_capitalised(doc.word(j)) || matches!(doc.low(j), "its" | "his" | "her" | "their"))
            .is_some_and(|j| doc.low(j) == "its")
    })
}

/// Whether some mention of the one-word `name` says what "it" holds: a
/// verb of saying right after it and "it" (or "that it") the subject of a
/// cue verb ("Tesco said it opposed the plan", "Tesco says that it will
/// back"). A speaker that is "it" is a firm or body; "it" before a verb of
/// no stance is often no one ("Smith said it was time").
fn says_it_holds(doc: &Document, lexicon: &Lexicon, parse: &Parse, name: &str) -> bool {
    name_ends(doc, name).any(|k| {
        let it = if doc.low(k + 1) == "that" { k + 2 } else { k + 1 };
        if !doc.low_is(WordClass::Speech, k) || doc.low(it) != "it" {
            return false;
        }
        let span = doc.span(it, it + 1);
        parse
            .subject_of(span.start, span.end)
            .is_some_and(|(start, end)| lexicon.cues.contains_key(&doc.text[start..end].to_lowercase()))
    })
}

/// The token right after each occurrence of `name`, one word or several
/// ("Yukos", "Deutsche Boerse"), standing alone: never a part of a longer
/// name ("Gold" in "Highland Gold said it").
fn name_ends<'d>(doc: &'d Document, name: &'d str) -> impl Iterator<Item = usize> + 'd {
    let words = name.split_whitespace().count().max(1);
    let first = name.split_whitespace().next().unwrap_or_default();
    let capital = move |k: usize| doc.is_word(k) && is_capitalised(doc.word(k));
    (0..doc.tokens.len().saturating_sub(words - 1))
        .filter(move |&k| doc.word(k) == first)
        .filter(move |&k| doc.slice(k, k + words) == name)
        .filter(move |&k| doc.starts_sentence(k) || k == 0 || !capital(k - 1))
        .filter(move |&k| !capital(k + words))
        .map(move |k| k + words)
}

/// Whether some mention of `name` owns the "its" of its own clause, with at
/// most a verb or two between ("Deutsche Boerse dropped its bid", "General
/// Electric has cut its forecast"): a person is never "it".
fn acts_with_its(doc: &Document, name: &str) -> bool {
    name_ends(doc, name).any(|k| {
        (k..k + 3)
            .take_while(|&j| doc.is_word(j) && !is_capitalised(doc.word(j)))
            .any(|j| doc.low(j) == "its")
    })
}

/// Longest apposition, in tokens, read for what it says of a name.
const APPOSITION_REACH: usize = 7;

/// The kind an apposition right after a name gives it: ", a state-owned
/// oil company,", ", Yukos' main shareholders' group," (closed by a comma,
/// a dash or the sentence's end). Its words are modifiers, names and
/// possessives only, so a clause ("Gazprom, which had been expected")
/// or a list ("Gazprom, Rosneft and Lukoil") says nothing.
fn apposition_kind(doc: &Document, name_end: usize) -> Option<ActorKind> {
    if doc.word(name_end) != "," {
        return None;
    }
    let sentence = doc.sentence_of.get(name_end)?;
    let start = name_end + 1;
    let close = (start..start + APPOSITION_REACH + 1)
        .find(|&k| matches!(doc.word(k), "," | "-" | "–" | "—" | ".") || doc.sentence_of.get(k) != Some(sentence))?;
    let head = close.checked_sub(1).filter(|&h| h > start)?;
    let plain = (start..head).all(|k| {
        let word = doc.word(k);
        matches!(word, "'" | "’" | "'s" | "’s")
            || (doc.is_word(k)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
                && !doc.low_is(WordClass::DescriptionEnders, k)
                && !doc.low_is(WordClass::Be, k)
                && !doc.low_is(WordClass::Have, k)
                && !doc.low_is(WordClass::Speech, k))
    });
    if !plain || is_capitalised(doc.word(head)) {
        return None;
    }
    Some(match described_by(doc, head)? {
        Described::Person => ActorKind::Person,
        Described::Company => ActorKind::Company,
        Described::Organisation => ActorKind::Organisation,
        Described::Body => ActorKind::GovernmentBody,
    })
}

/// What the lower-case token `i` describes, if it is a description noun.
fn described_by(doc: &Document, i: usize) -> Option<Described> {
    if doc.low_is(WordClass::PersonDescriptions, i) {
        Some(Described::Person)
    } else if doc.low_is(WordClass::CompanyDescriptions, i) {
        Some(Described::Company)
    } else if doc.low_is(WordClass::OrganisationDescriptions, i) {
        Some(Described::Organisation)
    } else if doc.low_is(WordClass::BodyDescriptions, i) {
        Some(Described::Body)
    } else {
        None
    }
}

/// "Farmers in Britain oppose …": a plural common noun of people
/// (`group_nouns`) capitalised only because it begins the sentence names a
/// group, as it would in lower case, never a surname (a surname seen with
/// its given name, "Tony Banks", is found before this is asked).
fn common_plural_of_people(doc: &Document, i: usize) -> bool {
    doc.starts_sentence(i) && doc.low_is(WordClass::GroupNouns, i)
}

/// "Iraqis", "Americans", "Muslims": a people named by its country (as the
/// gazetteer lists them, or by a demonym's ending) or by its faith, a group
/// and never a surname.
fn plural_of_a_people(lexicon: &Lexicon, word: &str) -> bool {
    lexicon.peoples.contains_key(word)
        || lexicon.is(WordClass::FaithPlurals, word)
        || word.ends_with("ans")
        || word.ends_with("ese")
}

/// Whether the capitalised word `i` is a common word of English
/// (`Parser::common_word`: "Revolutionary", "Social") and no given name
/// ("Grant", "Hope"): it cannot open a person's name.
fn common_opening(doc: &Document, i: usize) -> bool {
    standpoint_syntax::Parser::shared().common_word(doc.word(i))
        && !doc.word_is(WordClass::MaleNames, i)
        && !doc.word_is(WordClass::FemaleNames, i)
}

/// Whether the sentence's first word `i`, whose capital the sentence forces,
/// may be a name: no common word of English ("Officials"), and one the
/// treebank saw as a name, a given name, or a word the article also writes
/// capitalised where no capital is forced. An unseen word alone says
/// nothing: "Hardliners rejected", "Omicron threatens".
fn name_at_sentence_start(doc: &Document, i: usize) -> bool {
    let parser = standpoint_syntax::Parser::shared();
    let word = doc.word(i);
    if parser.common_word(word) {
        return false;
    }
    parser.seen_as(word, standpoint_syntax::Upos::Propn)
        || doc.word_is(WordClass::MaleNames, i)
        || doc.word_is(WordClass::FemaleNames, i)
        || (doc.body_start..doc.tokens.len()).any(|k| k != i && doc.word(k) == word && !doc.starts_sentence(k))
}

/// Whether the lone capitalised word `i`, named once, is the subject of a
/// verb of stance or of saying by the parse ("Trump called NATO obsolete",
/// "Netanyahu on Monday rejected the proposal"): a name that acts, as a
/// repeated one before a verb is, and so is a proper noun the parse makes
/// a conjunct of such a subject ("Merkel and Macron criticised the plan")
/// or the agent of such a verb ("was criticised by Merkel and Macron").
/// A sentence's first word must pass [`name_at_sentence_start`], or be the
/// subject of a verb of saying or accusing, or of a verb of stance that no
/// thing takes ("Vodafone rejected the offer", not "Omicron threatens the
/// recovery"), and [`speaker_at_sentence_start`]; the parse must read it as
/// a proper noun.
fn states_a_stance(doc: &Document, lexicon: &Lexicon, parse: &Parse, i: usize) -> bool {
    let span = doc.span(i, i + 1);
    // "Merkel urged Greece to …", "Obama pressed Beijing": one who asks
    // another to act speaks too.
    let speaks = |verb: &str| {
        lexicon.is(WordClass::Speech, verb)
            || lexicon.is(WordClass::BlamingVerbs, verb)
            || lexicon.is(WordClass::Directive, verb)
    };
    let acts = |(start, end): (usize, usize)| {
        let verb = doc.text[start..end].to_lowercase();
        speaks(&verb) || lexicon.cues.contains_key(&verb)
    };
    // "Lagarde, who heads the IMF, praised the plan": the verb after the
    // relative clause, when the clause's own does not speak.
    let own = parse.proper_subject_of(span.start, span.end);
    let Some((start, end)) = own
        .filter(|&verb| acts(verb))
        .or_else(|| {
            parse
                .verb_after_relative(span.start, span.end)
                .filter(|&verb| acts(verb))
        })
        .or(own)
    else {
        return false;
    };
    let verb = doc.text[start..end].to_lowercase();
    let speaks = speaks(&verb);
    let cue = lexicon.cues.contains_key(&verb);
    // "Vodafone rejected the offer", "Macron criticised the plan": a verb of
    // stance only someone takes vouches for its subject as "said" does; one
    // a thing may be the subject of does not ("Omicron threatens").
    let someones = speaks || (cue && !lexicon.is(WordClass::ThingCues, &verb));
    if doc.starts_sentence(i) && !name_at_sentence_start(doc, i) && !(someones && speaker_at_sentence_start(doc, i)) {
        return false;
    }
    speaks || cue
}

/// Whether the lone name at `i` is a proper noun the parse makes the
/// object of "meet" ("Zelensky met Biden", "met with Biden"), away from a
/// sentence's start, or the subject of "meet" with a proper noun for
/// object: only people meet and are met so. No common word of English
/// ("met Resistance").
fn meets(doc: &Document, parse: &Parse, i: usize) -> bool {
    let span = doc.span(i, i + 1);
    if standpoint_syntax::Parser::shared().common_word(doc.word(i)) {
        return false;
    }
    if !doc.starts_sentence(i)
        && parse
            .proper_object_of(span.start, span.end)
            .is_some_and(|(_, _, lemma)| lemma == "meet")
    {
        return true;
    }
    let Some((start, end)) = parse.proper_subject_of(span.start, span.end) else {
        return false;
    };
    let meet = matches!(
        doc.text[start..end].to_lowercase().as_str(),
        "met" | "meet" | "meets" | "meeting"
    );
    meet && parse.takes_proper_object(start, end)
        && (!doc.starts_sentence(i) || name_at_sentence_start(doc, i) || speaker_at_sentence_start(doc, i))
}

/// "Merkel, 64,": an age between commas right after the name at `..end`,
/// which only a person has.
fn aged(doc: &Document, end: usize) -> bool {
    let age = doc.word(end + 1);
    doc.word(end) == ","
        && doc.word(end + 2) == ","
        && age.len() == 2
        && age.parse::<u8>().is_ok_and(|years| years >= 18)
}

/// "Merkel visited Paris on Monday. She said …": the lone name at `i`,
/// which the parse makes a proper noun's subject, before a sentence that
/// "He" or "She" opens. A sentence's first word that
/// [`name_at_sentence_start`] does not vouch for must do what only someone
/// does: speak, ask, take a side no thing takes, or act on a name ("Zelensky
/// met Biden"), not "Omicron spread quickly. He said …".
fn followed_by_pronoun(doc: &Document, lexicon: &Lexicon, parse: &Parse, i: usize) -> bool {
    let span = doc.span(i, i + 1);
    let next = doc.sentence_of[i] + 1;
    if next >= doc.sentences.len() {
        return false;
    }
    let Some((start, end)) = parse.proper_subject_of(span.start, span.end) else {
        return false;
    };
    if doc.starts_sentence(i) && !name_at_sentence_start(doc, i) {
        let verb = doc.text[start..end].to_lowercase();
        let someones = [
            WordClass::Speech,
            WordClass::BlamingVerbs,
            WordClass::Directive,
            WordClass::Volitional,
            WordClass::AgreeingVerbs,
            WordClass::AddressingVerbs,
            WordClass::ListenerVerbs,
        ]
        .into_iter()
        .any(|class| lexicon.is(class, &verb))
            || (lexicon.cues.contains_key(&verb) && !lexicon.is(WordClass::ThingCues, &verb));
        if !someones && !parse.takes_proper_object(start, end) {
            return false;
        }
    }
    let (first, end) = doc.sentence_tokens(next);
    (first..end)
        .find(|&k| doc.is_word(k))
        .is_some_and(|k| matches!(doc.low(k), "he" | "she"))
}

/// "Tesco reported higher profits. The company said …": the kind of the
/// lone name at `i`, the parse's proper subject of a verb, when the next
/// sentence opens with a description of a company or an organisation ("The
/// company", "The retail group") that refers back to it.
fn described_next(doc: &Document, parse: &Parse, i: usize) -> Option<ActorKind> {
    let span = doc.span(i, i + 1);
    let next = doc.sentence_of[i] + 1;
    if next >= doc.sentences.len() {
        return None;
    }
    let (first, end) = doc.sentence_tokens(next);
    let first = (first..end).find(|&k| doc.is_word(k))?;
    if doc.low(first) != "the" {
        return None;
    }
    // Up to two lower-case modifiers before the head noun, no name after it.
    let head = (first + 1..(first + 4).min(end)).find(|&k| described_by(doc, k).is_some())?;
    let plain = (first + 1..head).all(|k| doc.is_word(k) && !is_capitalised(doc.word(k)));
    if !plain || (doc.is_word(head + 1) && is_capitalised(doc.word(head + 1))) {
        return None;
    }
    let kind = match described_by(doc, head)? {
        Described::Company => ActorKind::Company,
        Described::Organisation => ActorKind::Organisation,
        Described::Person | Described::Body => return None,
    };
    parse.proper_subject_of(span.start, span.end)?;
    Some(kind)
}

/// "Netanyahu's office said", "Merkel's spokesman said": the name at
/// `..end` owns an office or a spokesperson that speaks or takes a side for
/// it, as a person's does ("Trump aides" are a group of their own).
fn office_speaks(doc: &Document, lexicon: &Lexicon, end: usize) -> bool {
    matches!(doc.word(end), "'s" | "’s")
        && (doc.low(end + 1) == "office" || doc.low_is(WordClass::Spokes, end + 1))
        && super::actors::acts_after(doc, lexicon, end + 2)
}

/// Whether the sentence's first word `i`, which [`name_at_sentence_start`]
/// does not vouch for, may still name a speaker: one that says, accuses,
/// asks another to act or takes a side ("Putin accused the West", "Erdogan
/// said", "Merkel urged", "Vodafone rejected the offer") is someone, unless it is a
/// common word of English or shaped like a plural ("Hardliners said").
fn speaker_at_sentence_start(doc: &Document, i: usize) -> bool {
    let word = doc.word(i);
    let plural = word.ends_with('s') && !["ss", "us", "is"].iter().any(|end| word.ends_with(end));
    !plural && !standpoint_syntax::Parser::shared().common_word(word)
}

/// "the Massachusetts Democrat said", "the Republican criticised": a
/// party's member named by "the", a home before it or not, and no noun after
/// it ("the Republican senator"), is the latest person of that party or of
/// none named before, who is then the party's. Returns the phrase's end.
pub(super) fn party_member_reference(
    doc: &Document,
    lexicon: &Lexicon,
    actors: &mut Actors,
    i: usize,
) -> Option<usize> {
    if doc.low(i) != "the" {
        return None;
    }
    let (at, party) = (i + 1..=i + 3).find_map(|k| {
        let home = k == i + 1 || lexicon.is(WordClass::Places, doc.slice(i + 1, k));
        let (end, known, _) = gazetteer_match(doc, lexicon, k).filter(|_| home)?;
        (end == k + 1 && lexicon.actors[known].kind == ActorKind::Party).then_some((k, known))
    })?;
    let word = doc.word(at);
    let next = at + 1;
    // What may follow the member: a punctuation mark, a possessive or a verb.
    let verb_after = !doc.is_word(next)
        || matches!(doc.word(next), "'s" | "’s" | "who" | "also")
        || lexicon.cues.contains_key(doc.low(next))
        || doc.low_is(WordClass::Speech, next)
        || doc.low_is(WordClass::Be, next)
        || doc.low_is(WordClass::Have, next);
    if !is_capitalised(word) || word.ends_with('s') || !verb_after {
        return None;
    }
    let party_name = lexicon.actors[party].name.clone();
    let person = actors.latest_before(i, |_, person| {
        person.kind == ActorKind::Person && person.affiliation.as_deref().is_none_or(|p| p == party_name)
    })?;
    actors.list[person].affiliation = Some(party_name);
    actors.mention(doc, person, i, next, Via::Description);
    Some(next)
}

/// US wire style's party letters after a member's name: "(D-Calif.)",
/// ", R-S.C.,". The grammar of a style, so kept here.
const PARTY_LETTERS: &[(&str, &str)] = &[("D-", "Democratic Party"), ("R-", "Republican Party")];

/// "Dianne Feinstein (D-Calif.)", "Lindsey Graham, R-S.C.,", "Adam Schiff,
/// the top Democrat on the committee,": a party named right after a person
/// (the token at `i` follows a bracket or a comma after the name) is the
/// person's affiliation when none is known. Reads no actor itself.
pub(super) fn apposed_party(doc: &Document, lexicon: &Lexicon, actors: &mut Actors, i: usize) {
    let Some(mark) = i.checked_sub(1).filter(|&m| matches!(doc.word(m), "(" | ",")) else {
        return;
    };
    let Some(person) = actors
        .found
        .last()
        .filter(|f| f.end == mark && actors.list[f.actor].kind == ActorKind::Person)
        .map(|f| f.actor)
    else {
        return;
    };
    let word = doc.word(i);
    let lettered = PARTY_LETTERS
        .iter()
        .find(|(letter, _)| word.strip_prefix(letter).is_some_and(is_capitalised))
        .and_then(|(_, member)| lexicon.by_name.get(*member).copied());
    let described = || {
        matches!(doc.low(i), "a" | "an" | "the")
            .then(|| {
                (i + 1..=i + 3).take_while(|&k| doc.is_word(k)).find_map(|k| {
                    let (end, known, _) = gazetteer_match(doc, lexicon, k)?;
                    (end == k + 1 && lexicon.actors[known].kind == ActorKind::Party && !doc.word(k).ends_with('s'))
                        .then_some(known)
                })
            })
            .flatten()
    };
    if let Some(party) = lettered.or_else(described) {
        if actors.list[person].affiliation.is_none() {
            actors.list[person].affiliation = Some(lexicon.actors[party].name.clone());
        }
    }
}

/// "a California Democrat", "an Iowa Republican": a place that is a
/// member's home before the name of a party's member. Where the place ends,
/// so that the party is read from there: the run names no person.
fn home_before_party(doc: &Document, lexicon: &Lexicon, name: Range<usize>) -> Option<usize> {
    (name.start + 1..name.end).find(|&k| {
        lexicon.is(WordClass::Places, doc.slice(name.start, k))
            && gazetteer_match(doc, lexicon, k)
                .is_some_and(|(end, known, _)| end == name.end && lexicon.actors[known].kind == ActorKind::Party)
    })
}

/// Whether a lower-case title of who heads or speaks for an organisation
/// (`organisation_heads`) starts at `k` (after a possessive there too) and
/// a personal name follows it.
fn heads_before_name(doc: &Document, lexicon: &Lexicon, k: usize) -> bool {
    let k = if matches!(doc.word(k), "'s" | "’s") { k + 1 } else { k };
    let Some((end, title, _)) = title_at(doc, lexicon, k) else {
        return false;
    };
    doc.is_word(k)
        && !is_capitalised(doc.word(k))
        && lexicon.is(WordClass::OrganisationHeads, &title)
        && name_at(doc, lexicon, end).is_some_and(|name_end| name_end >= end + 2)
}

/// A plain capitalised name: a person when it looks like one, an
/// organisation when it reports or speaks.
pub(super) fn plain_name(
    doc: &Document,
    lexicon: &Lexicon,
    parse: &Parse,
    actors: &mut Actors,
    name: Range<usize>,
) -> Option<usize> {
    let Range { start: i, end: run } = name;
    // "Affairs Josefina Vidal", "East Jerusalem": words that never start a personal name.
    let first_word = doc.word(i);
    // "Tehran-backed Houthi rebels": a compound modifier only qualifies what
    // follows, which the actor pass reads afresh from the next word.
    if run - i >= 2 && super::bodies::is_compound_modifier(first_word) {
        return Some(i + 1);
    }
    if let Some(place_end) = home_before_party(doc, lexicon, i..run) {
        return Some(place_end);
    }
    if run - i >= 2
        && (lexicon.is(WordClass::NotNameStarts, first_word) || lexicon.is(WordClass::OrgSuffix, first_word))
    {
        return if run - i >= 3 {
            plain_name(doc, lexicon, parse, actors, i + 1..run)
        } else {
            Some(run)
        };
    }
    let text = doc.slice(i, run);
    let words: Vec<&str> = (i..run).map(|k| doc.word(k)).collect();
    // "A UKIP MEP suggested": letters of a seat or an honour alone name
    // neither an organisation nor a surname.
    if run == i + 1 && doc.word_is(WordClass::PostNominals, i) {
        return Some(run);
    }
    // "Taylor Force Act", "Growth Pact": the name of an issue, not of a person.
    let issue_name = words
        .last()
        .is_some_and(|w| super::issues::NAMED_ISSUE_SUFFIXES.contains(w));
    if lexicon.is(WordClass::Places, text) || words.iter().any(|w| lexicon.is(WordClass::PlaceWords, w)) || issue_name {
        return Some(run);
    }
    if words
        .iter()
        .any(|w| lexicon.adjectives.contains_key(*w) || lexicon.by_name.contains_key(*w))
    {
        return None;
    }
    // "Acme chief executive John Smith", "Zorblatt's spokesman Joe Bloggs":
    // a name right before the title of who heads or speaks for an
    // organisation (`organisation_heads`), and a name after it, is the
    // organisation, not a person; not a people's adjective ("Palestinian
    // leader Mahmoud Abbas"), which the check above passes over.
    // A sentence's first word that is a common word of English is no name
    // ("Company spokesman Glenn Waller").
    let parser = standpoint_syntax::Parser::shared();
    let common_first = doc.starts_sentence(i)
        && (parser.common_word(first_word) || parser.seen_as(first_word, standpoint_syntax::Upos::Noun));
    // "Angela Merkel's spokesman Steffen Seibert": a given name opens a
    // person's name, whoever speaks for them.
    let given_first =
        words.len() >= 2 && (doc.word_is(WordClass::MaleNames, i) || doc.word_is(WordClass::FemaleNames, i));
    if heads_before_name(doc, lexicon, run) && words.len() <= 3 && !(words.len() == 1 && common_first) && !given_first {
        let index = actors.named(text, super::bodies::kind_of_organisation(lexicon, &words), None);
        actors.mention(doc, index, i, run, Via::Name);
        return Some(run);
    }
    // "Ursula von der Leyen": particles are no parts of the count.
    let parts = words.iter().filter(|w| !PARTICLES.contains(w)).count();
    let given = doc.word_is(WordClass::MaleNames, i) || doc.word_is(WordClass::FemaleNames, i);
    // Four parts ("Andrés Manuel López Obrador") only after a given name:
    // a longer capitalised run is more often a body's or a title's.
    let looks_personal = ((2..=3).contains(&parts) || (parts == 4 && given))
        && words.iter().all(|w| {
            // "Murphy-O'Connor", "D'Souza": hyphens and apostrophes join name parts.
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
                && !w.chars().all(|c| c.is_uppercase())
        })
        && !(i..run).any(|k| doc.word_is(WordClass::StopCaps, k) && !month_surname(doc, k, false));
    // "Opposition MPs", "Rebel Lawmakers": people named by what they are, a
    // group. Only a side's members (`party_wing_nouns`): a group noun may be
    // a surname ("Tony Banks").
    let last = doc.word(run - 1);
    let group =
        lexicon.is(WordClass::PartyWingNouns, last) || lexicon.is(WordClass::PartyWingNouns, &last.to_lowercase());
    if looks_personal && group {
        let index = actors.named(text, ActorKind::Group, None);
        actors.mention(doc, index, i, run, Via::Name);
        return Some(run);
    }
    // "Revolutionary Guards", "Social Democrats": a plural opening with a
    // common word of English that is no given name ("Grant Shapps") names a
    // body, not a person. (Any such name, "Holy Land", "Third World", made
    // places organisations.)
    let plural = last.ends_with('s') && !["ss", "us", "is"].iter().any(|end| last.ends_with(end));
    if looks_personal && plural && common_opening(doc, i) {
        let kind = super::bodies::kind_of_organisation(lexicon, &words);
        let index = actors.named(text, kind, None);
        actors.mention(doc, index, i, run, Via::Name);
        return Some(run);
    }
    // "Deutsche Boerse dropped its bid", "Royal Mail said it opposed": a
    // name of a person's shape that opens with no given name and is "it"
    // is a firm or body.
    if looks_personal && !given && (acts_with_its(doc, text) || says_it_holds(doc, lexicon, parse, text)) {
        let index = actors.named(text, super::bodies::kind_of_organisation(lexicon, &words), None);
        actors.mention(doc, index, i, run, Via::Name);
        return Some(run);
    }
    // "Protesters in Tel Aviv", "residents near Port Harcourt", "Residents
    // of Port Harcourt": a name of a person's shape right after a preposition
    // of place, or after "of" and a noun of a place's people or parts
    // (`dweller_nouns`), with no given name and no possessive, is a place.
    let after_place = i.checked_sub(1).is_some_and(|b| {
        matches!(
            doc.low(b),
            "in" | "near" | "across" | "throughout" | "inside" | "within" | "around"
        ) || (doc.low(b) == "of" && b.checked_sub(1).is_some_and(|n| doc.low_is(WordClass::DwellerNouns, n)))
    });
    if looks_personal && after_place && !given && !matches!(doc.low(run), "'s" | "’s") {
        return Some(run);
    }
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
    let acronym = words.len() == 1 && all_capitals(text);
    // A lone surname that acts ("Trump declined", "Corker told"): a person.
    let repeated = || doc.text.matches(text).nth(1).is_some();
    // Asked in the test below and again for the kind: found once.
    let described = std::cell::OnceCell::new();
    let described_next = || *described.get_or_init(|| described_next(doc, parse, i));
    if words.len() == 1
        && !acronym
        // "Reuters reported": an outlet's own name is no surname.
        && !doc.word_is(WordClass::MediaWords, i)
        && text.chars().count() > 2
        && !lexicon.is(WordClass::Places, text)
        && ((acts_after(doc, lexicon, run) && repeated())
            // (An apposition that says what it is is read below.)
            || (states_a_stance(doc, lexicon, parse, i) && apposition_kind(doc, run).is_none())
            // "Yukos said it opposed": a speaker that is "it", at a sentence's start too.
            || (says_it_holds(doc, lexicon, parse, text) && !standpoint_syntax::Parser::shared().common_word(text))
            // "Merkel, 64, said", "Netanyahu's office said": an age, or an
            // office or spokesperson that speaks for the name.
            || ((aged(doc, run) || office_speaks(doc, lexicon, run))
                && !standpoint_syntax::Parser::shared().common_word(text))
            // "Zelensky met Biden": who meets a person or is met is one.
            || meets(doc, parse, i)
            // "Merkel visited Paris. She said …": "he" or "she" next.
            || (followed_by_pronoun(doc, lexicon, parse, i) && speaker_at_sentence_start(doc, i))
            // "Tesco reported higher profits. The company said …".
            || (described_next().is_some() && speaker_at_sentence_start(doc, i)))
    {
        // "Yukos is not planning on letting go of its unit": a name its own
        // sentence calls "its" is a firm or body, not a surname; so is one
        // that says what "it" holds ("Tesco said it opposed the plan"), and
        // one after "the" ("The Treasury welcomed").
        let kind = if common_plural_of_people(doc, i) || plural_of_a_people(lexicon, text) {
            ActorKind::Group
        } else if let Some(kind) = described_next() {
            kind
        } else if called_its(doc, text)
            || says_it_holds(doc, lexicon, parse, text)
            || i.checked_sub(1).is_some_and(|b| doc.low(b) == "the")
        {
            ActorKind::Organisation
        } else {
            ActorKind::Person
        };
        let index = actors.named(text, kind, None);
        actors.list[index].generic |= kind == ActorKind::Group;
        actors.alias.entry(text.to_lowercase()).or_insert(index);
        actors.mention(doc, index, i, run, Via::Name);
        return Some(run);
    }
    // "Menatep, Yukos' main shareholders' group, has threatened": an
    // apposition ending in a description noun says what a lone name is.
    if words.len() == 1 && !doc.low_is(WordClass::StopCaps, i) {
        if let Some(kind) = apposition_kind(doc, run) {
            let index = actors.named(text, kind, None);
            actors.mention(doc, index, i, run, Via::Name);
            return Some(run);
        }
    }
    let speaks = doc.low_is(WordClass::Speech, run) || doc.low(run) == "reported";
    // ("The RSPB and the National Trust": an article may open the next name.)
    let next_name = if doc.low(run + 1) == "the" { run + 2 } else { run + 1 };
    let coordinated = doc.low(run) == "and" && is_capitalised(doc.word(next_name));
    // "The CBI criticised the plan": the subject of a verb of stance too.
    // "Israel accused UNRWA of bias": and the one a verb of blaming blames,
    // for only an agent is blamed.
    let blamed = (i.saturating_sub(2)..i).any(|b| {
        doc.low_is(WordClass::BlamingVerbs, b) && (b + 1 == i || matches!(doc.low(b + 1), "the" | "a" | "an"))
    });
    if acronym
        && ((speaks && !doc.starts_sentence(i)) || coordinated || blamed || states_a_stance(doc, lexicon, parse, i))
    {
        let index = actors.named(text, ActorKind::Organisation, None);
        actors.mention(doc, index, i, run, Via::Name);
        return Some(run);
    }
    None
}
