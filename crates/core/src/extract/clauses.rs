//! The structure of one sentence as the stance rules read it: its actor and
//! issue mentions in order, where its clauses begin (after "but", "while",
//! ";" and verbs of saying), who says it, each clause's subject with the
//! actors coordinated to it, and the marks of negation, hedging and passive
//! voice around a token.
//!
//! It decides no stance; `stances` asks it questions while linking cues.

use super::actors::{Actors, Via};
use super::cues::{self, CueHit, SentenceCues};
use super::document::Document;
use super::issues::Issues;
use super::lexicon::{Lexicon, WordClass};
use super::parse::Parse;
use crate::model::ActorKind;

/// Something a stance can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    Actor(usize),
    Issue(usize),
}

/// A mention of an actor or issue inside the sentence being read.
#[derive(Debug, Clone, Copy)]
pub(super) struct Item {
    pub(super) entity: Entity,
    pub(super) first: usize,
    pub(super) end: usize,
    pub(super) via: Via,
}

pub(super) struct SentenceReader<'a> {
    pub(super) doc: &'a Document<'a>,
    pub(super) lexicon: &'a Lexicon,
    pub(super) actors: &'a Actors,
    pub(super) issues: &'a Issues,
    /// The dependency parse, asked only where word order cannot tell.
    pub(super) parse: &'a Parse<'a>,
    pub(super) index: usize,
    pub(super) first: usize,
    pub(super) end: usize,
    /// The sentence's cues, found once for every reader of it (`cues::SentenceCues`).
    pub(super) cues: &'a [CueHit<'a>],
    pub(super) items: Vec<Item>,
    /// The previous sentence's first non-person subject, for "it" and "they".
    pub(super) previous_subject: Option<Item>,
    /// The previous sentence's first non-person direct object, for an "it"
    /// that cannot be the clause's own holder.
    pub(super) previous_object: Option<Item>,
    /// Who says this sentence, once known.
    pub(super) speaker: Option<Item>,
    /// The actors coordinated with the sentence's own speaker, who say it
    /// with them: "Germany and France said they would oppose the deal".
    pub(super) co_speakers: Vec<Item>,
    /// The latest group of two or more coordinated actors before this
    /// sentence, for "both leaders" and "the two countries".
    pub(super) previous_group: Vec<Item>,
    /// Token indexes where a new clause begins.
    pub(super) clause_starts: Vec<usize>,
    /// Whether the sentence begins inside a quotation left open before it.
    pub(super) quoted_at_start: bool,
}

/// Whether the quotation mark at token `k` opens (`Some(true)`) or closes
/// (`Some(false)`) a quotation, `open` telling whether one is open before it;
/// `None` for any other token. Curly marks say which they are; a straight
/// one closes before a space ("community. \" A spokesman said"), opens after
/// one, and otherwise turns the state over.
pub(super) fn quote_mark(doc: &Document, k: usize, open: bool) -> Option<bool> {
    match doc.word(k) {
        "“" => Some(true),
        "”" => Some(false),
        "\"" => {
            let token = doc.tokens.get(k)?;
            let after = doc.text[token.end..].chars().next();
            let before = doc.text[..token.start].chars().next_back();
            Some(if after.is_none_or(char::is_whitespace) {
                false
            } else if before.is_none_or(char::is_whitespace) {
                true
            } else {
                !open
            })
        }
        _ => None,
    }
}

const COORDINATORS: &[&str] = &["and", ",", "or", "nor", "&"];

/// Most words of what a passive verb calls its subject before the agent
/// ("was hailed as a major breakthrough by …").
const AS_PHRASE_REACH: usize = 6;

/// Pronouns that are only ever subjects: a verb follows them.
pub(super) const SUBJECT_PRONOUNS: &[&str] = &["i", "we", "they", "he", "she"];

impl<'a> SentenceReader<'a> {
    pub(super) fn new(
        doc: &'a Document<'a>,
        lexicon: &'a Lexicon,
        actors: &'a Actors,
        issues: &'a Issues,
        parse: &'a Parse<'a>,
        cues: &'a SentenceCues<'a>,
        index: usize,
    ) -> Self {
        let (first, end) = doc.sentence_tokens(index);
        let mut items: Vec<Item> = actors
            .found
            .iter()
            .filter(|f| f.first >= first && f.end <= end && !f.modifier)
            .map(|f| Item {
                entity: Entity::Actor(f.actor),
                first: f.first,
                end: f.end,
                via: f.via,
            })
            .collect();
        for f in issues.found.iter().filter(|f| f.first >= first && f.end <= end) {
            // An issue phrase that contains an actor mention keeps both; an
            // issue wholly inside an actor mention is dropped.
            if !items.iter().any(|a| a.first <= f.first && f.end <= a.end) {
                items.push(Item {
                    entity: Entity::Issue(f.issue),
                    first: f.first,
                    end: f.end,
                    via: Via::Name,
                });
            }
        }
        items.sort_by_key(|item| (item.first, std::cmp::Reverse(item.end)));
        let mut reader = SentenceReader {
            doc,
            lexicon,
            actors,
            issues,
            parse,
            index,
            first,
            end,
            cues: cues.hits(index),
            items,
            previous_subject: None,
            previous_object: None,
            speaker: None,
            co_speakers: Vec::new(),
            previous_group: Vec::new(),
            clause_starts: vec![first],
            quoted_at_start: false,
        };
        reader.clause_starts = reader.find_clause_starts();
        reader
    }

    pub(super) fn find_clause_starts(&self) -> Vec<usize> {
        let mut starts = vec![self.first];
        for k in self.first..self.end {
            let low = self.doc.low(k);
            if self.doc.low_is(WordClass::ClauseBreaks, k) && !self.inside_item(k) {
                starts.push(k + 1);
            } else if low == "and" && SUBJECT_PRONOUNS.contains(&self.doc.low(k + 1)) {
                // "… and we condemn the decision": a new subject, a new clause.
                starts.push(k + 1);
            } else if matches!(low, "and" | "but") && (self.subject_follows(k + 1) || self.conjunct_acts(&starts, k)) {
                // "Scholz pledged tanks, and Kyiv thanked Berlin": an actor
                // the parse makes a verb's subject starts a clause of its own.
                starts.push(k + 1);
            } else if self.is_speech_verb(k) {
                let mut next = k + 1;
                // "told senior officials … that": the reported clause starts after "that".
                if let Some(that) = (k + 1..(k + 14).min(self.end))
                    .take_while(|&m| !matches!(self.doc.word(m), "." | ";" | "“" | "\""))
                    .find(|&m| self.doc.low(m) == "that")
                {
                    // Only verbs with a listener take an object before "that".
                    let has_listener = self.doc.low_is(WordClass::ListenerVerbs, k);
                    if has_listener && !self.doc.low_is(WordClass::Speech, k + 1) {
                        next = that + 1;
                    }
                }
                while matches!(self.doc.low(next), "that" | ":" | "\"" | "“" | ",") {
                    next += 1;
                }
                starts.push(next);
            }
        }
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    /// Whether an actor mention starting at `k` (or after "the" there) is the
    /// active subject of a verb: in "Germany and France opposed", France is
    /// a conjunct of the subject, not a subject of its own.
    fn subject_follows(&self, k: usize) -> bool {
        let at = if self.doc.low(k) == "the" { k + 1 } else { k };
        self.actor_items().find(|i| i.first == at).is_some_and(|i| {
            let span = self.doc.span(i.first, i.end);
            self.parse.subject_of(span.start, span.end).is_some()
        })
    }

    /// Whether the actor after the conjunction at `k` acts in a clause of
    /// its own though the parse joins it to the object before: a verb
    /// comes before the conjunction and right after the actor, "Germany
    /// criticised Russia and China praised Iran" (not "Germany and France
    /// opposed", whose conjunct shares the verb after it).
    /// `starts`: the clause starts found before `k`.
    fn conjunct_acts(&self, starts: &[usize], k: usize) -> bool {
        let verb_at = |m: usize| m < self.end && self.parse.is_verb(self.doc.span(m, m + 1)) == Some(true);
        let after_the = self.doc.low(k + 1) == "the";
        let start = starts.iter().copied().filter(|&s| s <= k).max().unwrap_or(self.first);
        let opens = |i: &&Item| i.first == k + 1 || (after_the && i.first == k + 2);
        // The conjunction follows an actor object ("criticised Russia and"),
        // not a subject ("that India and Russia signed") nor one of the two
        // sides after "between", and the conjunct's verb is no -ing form.
        let joins_object = self.actor_items().find(|i| i.end == k).is_some_and(|i| {
            let span = self.doc.span(i.first, i.end);
            self.parse.is_object(span.start, span.end) == Some(true)
        });
        joins_object
            && self
                .actor_items()
                .find(opens)
                .is_some_and(|i| verb_at(i.end) && !self.doc.low(i.end).ends_with("ing") && (start..k).any(verb_at))
    }

    pub(super) fn inside_item(&self, k: usize) -> bool {
        self.items.iter().any(|i| i.first <= k && k < i.end)
    }

    pub(super) fn is_speech_verb(&self, k: usize) -> bool {
        // "rejected calls for new talks": calling for a thing asks for it
        // and reports no speech; the clause goes on to what is asked.
        self.doc.low_is(WordClass::Speech, k) && !self.inside_item(k) && !matches!(self.doc.low(k + 1), "tank" | "for")
    }

    pub(super) fn clause_start(&self, k: usize) -> usize {
        self.clause_starts
            .iter()
            .copied()
            .filter(|&s| s <= k)
            .max()
            .unwrap_or(self.first)
    }

    pub(super) fn clause_end(&self, k: usize) -> usize {
        self.clause_starts
            .iter()
            .copied()
            .find(|&s| s > k)
            .map_or(self.end, |s| s.saturating_sub(1).max(k + 1))
    }

    pub(super) fn actor_items(&self) -> impl DoubleEndedIterator<Item = &Item> {
        self.items.iter().filter(|i| matches!(i.entity, Entity::Actor(_)))
    }

    /// The sentence's speaker: who "said" it, before or after the verb, or
    /// whose account it gives.
    pub(super) fn speaker(&self) -> Option<Item> {
        self.sayer().or_else(|| self.account_giver())
    }

    /// The actors coordinated with `speaker` in this sentence, the speaker
    /// left out: "Germany and France said", "said Germany and France". The
    /// speaker found next to the verb is the last conjunct, so the group is
    /// read from its first.
    pub(super) fn conjuncts_of(&self, speaker: Item) -> Vec<Item> {
        let span = (speaker.first, speaker.end);
        let same = |g: &Item| (g.first, g.end) == span;
        let group = self
            .actor_items()
            .filter(|i| i.first <= speaker.first && !self.in_quotes(i.first))
            .map(|i| self.coordinated(*i, self.end))
            .find(|group| group.len() >= 2 && group.iter().any(same))
            .unwrap_or_default();
        // "Officials in Germany and France said": one span may name several.
        group
            .into_iter()
            .map(|g| self.principal_of(g))
            .filter(|g| g.entity != speaker.entity)
            .collect()
    }

    /// The speaker and those who say the sentence with it.
    pub(super) fn speakers(&self, speaker: Item) -> Vec<Item> {
        std::iter::once(speaker)
            .chain(
                self.co_speakers
                    .iter()
                    .copied()
                    .filter(|_| self.speaker.is_some_and(|s| s.entity == speaker.entity)),
            )
            .collect()
    }

    /// "According to the Kremlin, the sanctions are illegal": the actor right
    /// after "according to" speaks the sentence (a newspaper named so holds
    /// no stance: media holders are left out where stances are made).
    fn account_giver(&self) -> Option<Item> {
        self.actor_items()
            .find(|i| self.gives_account(i) && !self.in_quotes(i.first))
            .map(|item| self.principal_of(*item))
    }

    /// Whether `item` follows "according to" (an article between): what the
    /// sentence says is its account, in the same clause or not.
    pub(super) fn gives_account(&self, item: &Item) -> bool {
        let to = item
            .first
            .checked_sub(1)
            .filter(|&k| self.doc.low(k) == "to")
            .or_else(|| {
                item.first
                    .checked_sub(2)
                    .filter(|&k| self.doc.low(k) == "to" && self.doc.low(k + 1) == "the")
            });
        to.is_some_and(|to| to > self.first && self.doc.low(to - 1) == "according")
    }

    /// Who "said" the sentence, before or after the verb of saying.
    fn sayer(&self) -> Option<Item> {
        let verb = (self.first..self.end).find(|&k| self.is_speech_verb(k) && !self.in_quotes(k))?;
        // "…, she told reporters", "Mr Straw said": the actor right before the verb.
        let adjacent = self
            .actor_items()
            .rev()
            .find(|i| {
                i.end <= verb
                    && i.end + 3 >= verb
                    && !self.in_quotes(i.first)
                    && (i.end..verb).all(|k| self.doc.is_word(k) && !matches!(self.doc.low(k), "and" | "but"))
            })
            .copied();
        let start = self.clause_start(verb.saturating_sub(1));
        // "Farmers oppose GM crops, the union said": an actor that follows a
        // stance cue with only words between is in the cue's object, not who
        // said it. Punctuation ends that phrase ("Backing the plan, Smith
        // said", "\"We support it,\" Smith said").
        let cue_ends: Vec<usize> = super::cues::find(self.doc, self.lexicon, start, verb)
            .iter()
            .map(|hit| hit.end)
            .collect();
        let in_object = |i: &Item| {
            cue_ends
                .iter()
                .any(|&end| end <= i.first && (end..i.first).all(|k| self.doc.is_word(k)))
        };
        let before = || {
            self.actor_items()
                .filter(|i| i.first >= start && i.end <= verb && !self.in_quotes(i.first))
                .filter(|i| !in_object(i))
                .find(|i| self.is_subject_like(i))
                .copied()
        };
        // "…, said Foreign Minister Sergei Lavrov": the actor after the verb,
        // unless a preposition makes it the verb's object ("called on the
        // UN to act"). A title and nationality before the name are not part
        // of the person's mention, so capitalised words may come between
        // ("said Ukrainian President Volodymyr Zelensky").
        let titled = |i: &Item| {
            i.first <= verb + 5 && (verb + 1..i.first).all(|k| super::tokens::is_capitalised(self.doc.word(k)))
        };
        // "…,\" said a spokesman for Greenpeace": an unnamed spokesperson's
        // principal a few words on.
        let after = || {
            self.actor_items()
                .find(|i| {
                    i.first > verb && (i.first <= verb + 2 || titled(i) || (i.first <= verb + 7 && self.spoken_for(i)))
                })
                .filter(|i| {
                    self.spoken_for(i) || !(verb + 1..i.first).any(|m| self.doc.low_is(WordClass::PlacePreps, m))
                })
                // "Officials said the EU plan was unacceptable": a name that
                // only qualifies a noun after it opens what is said, unless
                // the noun is its people, "said EU officials", "said a
                // Kremlin spokesman".
                .filter(|i| {
                    let span = self.doc.span(i.first, i.end);
                    self.parse
                        .modified_noun(span.start, span.end)
                        .is_none_or(|(start, end)| {
                            let noun = self.doc.text[start..end].to_lowercase();
                            self.lexicon.is_people_of_noun(&noun)
                                || self.lexicon.is_title_head(&noun)
                                || [
                                    WordClass::Spokes,
                                    WordClass::PersonDescriptions,
                                    WordClass::EmployeeNouns,
                                    WordClass::MemberNouns,
                                ]
                                .into_iter()
                                .any(|class| self.lexicon.is(class, &noun))
                        })
                })
                .copied()
        };
        adjacent
            .or_else(before)
            .or_else(after)
            .map(|item| self.principal_of(item))
    }

    /// Whether an item can be a subject: not inside a prepositional phrase.
    pub(super) fn is_subject_like(&self, item: &Item) -> bool {
        // "the Iran pact": an actor inside an issue's name is a modifier.
        let nested = self.items.iter().any(|i| {
            matches!(i.entity, Entity::Issue(_))
                && i.first <= item.first
                && item.end <= i.end
                && (i.first, i.end) != (item.first, item.end)
        });
        if nested && matches!(item.entity, Entity::Actor(_)) {
            return false;
        }
        if self.spoken_for(item) {
            return true;
        }
        let before = item.first.checked_sub(1).map_or("", |b| self.doc.low(b));
        // "The government of Japan condemned …": a body "of" an actor is the
        // actor acting; so are officials "at" one, "Officials at the
        // Pentagon welcomed …".
        if before == "of" && item.first >= 2 && self.doc.low_is(WordClass::BodyNouns, item.first - 2) {
            return true;
        }
        if self.staff_of(item) || self.leads_group(item) {
            return true;
        }
        !matches!(
            before,
            "of" | "in" | "to" | "from" | "with" | "for" | "at" | "by" | "on" | "over" | "against" | "about"
        )
    }

    /// Whether `item` is where a body of people right before "at" or "from"
    /// works, "Officials at the Pentagon", "diplomats at the UN", "officials
    /// from the European Commission": the body acting.
    fn staff_of(&self, item: &Item) -> bool {
        let mut k = item.first;
        if k >= 1 && self.doc.low(k - 1) == "the" {
            k -= 1;
        }
        k >= 2 && matches!(self.doc.low(k - 1), "at" | "from") && self.doc.low_is(WordClass::BodyNouns, k - 2)
    }

    /// Whether `item` leads the group named before it, "a group of 12
    /// countries led by France", "the coalition, headed by Saudi Arabia,":
    /// the leader acts for the group. Not a passive's agent, "the talks were
    /// led by France".
    fn leads_group(&self, item: &Item) -> bool {
        let mut k = item.first;
        if k >= 1 && self.doc.low(k - 1) == "the" {
            k -= 1;
        }
        if k < 3 || self.doc.low(k - 1) != "by" || !matches!(self.doc.low(k - 2), "led" | "headed" | "spearheaded") {
            return false;
        }
        let before = k - 3;
        let noun = if self.doc.word(before) == "," {
            before.saturating_sub(1)
        } else {
            before
        };
        self.doc.is_word(noun)
            && !self.doc.low_is(WordClass::Be, noun)
            && !self.doc.low_is(WordClass::Have, noun)
            && !cues::is_adverb(self.doc, noun)
            && self.parse.is_noun(self.doc.span(noun, noun + 1)) == Some(true)
    }

    /// "A spokesman for Tayyip Erdogan criticised …", "a spokeswoman for the
    /// State Department said": an unnamed spokesperson's principal stands for
    /// the phrase, as the principal of a named one does (`principal_of`).
    fn spoken_for(&self, item: &Item) -> bool {
        let mut k = item.first;
        if k >= 1 && self.doc.low(k - 1) == "the" {
            k -= 1;
        }
        k >= 2 && matches!(self.doc.low(k - 1), "for" | "of") && self.doc.low_is(WordClass::Spokes, k - 2)
    }

    /// A spokesperson speaks for their principal.
    pub(super) fn principal_of(&self, item: Item) -> Item {
        match item.entity {
            Entity::Actor(actor) => match self.actors.list[actor].principal() {
                Some(principal) => Item {
                    entity: Entity::Actor(principal),
                    ..item
                },
                None => item,
            },
            Entity::Issue(_) => item,
        }
    }

    /// Whether token `k` is inside a quotation: the sentence may begin inside
    /// one (`quoted_at_start`), and each quotation mark opens or closes.
    pub(super) fn in_quotes(&self, k: usize) -> bool {
        (self.first..k).fold(self.quoted_at_start, |open, m| {
            quote_mark(self.doc, m, open).unwrap_or(open)
        })
    }

    pub(super) fn leaves_quote_open(&self) -> bool {
        self.in_quotes(self.end)
    }

    /// The subject of the clause holding token `k`: its first actor before
    /// `k`, with everything coordinated to it.
    pub(super) fn subject(&self, k: usize) -> Vec<Item> {
        let start = self.clause_start(k);
        // "the US, which is opposed to …": the relative pronoun's antecedent.
        // "Democrats, even those who opposed it, do not want …": a relative
        // clause closed by a comma before `k` is behind us.
        let closed = |relative: usize| {
            (relative..k).any(|m| self.doc.word(m) == ",")
                && self.doc.word(k.saturating_sub(1)) != ","
                && (relative.saturating_sub(4)..relative).any(|m| self.doc.word(m) == ",")
        };
        if let Some(relative) = (start..k)
            .rev()
            .find(|&m| matches!(self.doc.low(m), "which" | "who" | "whom"))
            .filter(|&relative| !closed(relative))
        {
            let no_actor_between = !self.actor_items().any(|i| i.first > relative && i.end <= k);
            let antecedent_end = if self.doc.word(relative.saturating_sub(1)) == "," {
                relative - 1
            } else {
                relative
            };
            if !no_actor_between {
                // "the accord, which Trump has blamed": the relative clause's own subject.
                let own = self
                    .actor_items()
                    .find(|i| i.first > relative && i.first <= relative + 2 && i.end <= k)
                    .copied();
                let comma_between = (relative..k).any(|m| self.doc.word(m) == ",");
                if let Some(own) = own.filter(|_| !comma_between) {
                    return self.coordinated(own, k);
                }
            }
            if no_actor_between {
                let antecedent_end = self.person_before_home(antecedent_end).unwrap_or(antecedent_end);
                return match self.actor_items().find(|i| i.end == antecedent_end).copied() {
                    Some(item) => vec![item],
                    // "those who opposed it": an antecedent that is no actor.
                    None => Vec::new(),
                };
            }
        }
        // "the plan that France opposed": the clause after "that" has its
        // own subject (as has "said that France opposed …").
        let after_that = (start..k).rev().find(|&m| self.doc.low(m) == "that").and_then(|that| {
            self.actor_items()
                .find(|i| i.first > that && i.first <= that + 2 && i.end <= k && self.is_subject_like(i))
                .filter(|i| !(that..i.first).any(|m| self.doc.word(m) == ","))
                .copied()
        });
        if let Some(own) = after_that {
            return self.coordinated(own, k);
        }
        let subject = self.coordinated_subject(start, k);
        if subject.is_empty() {
            // "Both leaders also support …": the pair named last.
            let opening: Vec<&str> = (start..(start + 3).min(k)).map(|m| self.doc.low(m)).collect();
            let pair = match opening.as_slice() {
                ["both", noun, ..] | ["the", "two", noun] => self.lexicon.is(WordClass::PairNouns, noun),
                _ => false,
            };
            if pair && self.previous_group.len() >= 2 {
                // The pair stands where "both leaders" does, not where it was named.
                let phrase_end = (start + if opening[0] == "both" { 2 } else { 3 }).min(k);
                return self
                    .previous_group
                    .iter()
                    .map(|i| Item {
                        first: start,
                        end: phrase_end,
                        via: Via::Pronoun,
                        ..*i
                    })
                    .collect();
            }
            let pronoun = (start..k).find(|&m| self.doc.is_word(m));
            if let Some(m) = pronoun.filter(|&m| matches!(self.doc.low(m), "it" | "they")) {
                // "Palestinian officials have said they intend…": the speaker;
                // "It has said it will stick to the accord": the previous subject.
                // Either stands where the pronoun does.
                let reported = start > self.first && self.speaker.is_some_and(|s| s.end < start);
                let referent = self.speaker.filter(|_| reported).or(self.previous_subject);
                if let Some(referent) = referent {
                    // "Germany and France said they …": every co-speaker.
                    let group = if reported && self.doc.low(m) == "they" {
                        self.speakers(referent)
                    } else {
                        vec![referent]
                    };
                    return group
                        .into_iter()
                        .map(|r| Item {
                            first: m,
                            end: m + 1,
                            via: Via::Pronoun,
                            ..r
                        })
                        .collect();
                }
            }
        }
        subject
    }

    /// "Senator David Perdue of Georgia, who …": where the person named
    /// before "of" and a place (their state or country) ends, when the
    /// relative clause after `end` is the person's, not the place's.
    fn person_before_home(&self, end: usize) -> Option<usize> {
        let of = (end.saturating_sub(4)..end.saturating_sub(1)).find(|&m| {
            self.doc.low(m) == "of" && (m + 1..end).all(|w| super::tokens::is_capitalised(self.doc.word(w)))
        })?;
        self.actor_items()
            .any(|i| {
                i.end == of
                    && matches!(i.entity, Entity::Actor(actor) if self.actors.list[actor].kind == ActorKind::Person)
            })
            .then_some(of)
    }

    pub(super) fn coordinated_subject(&self, start: usize, k: usize) -> Vec<Item> {
        // "In a White House meeting with X, Pence voiced …": skip an opening phrase.
        let mut start = start;
        if matches!(
            self.doc.low(start),
            "in" | "at"
                | "after"
                | "before"
                | "during"
                | "under"
                | "with"
                | "despite"
                | "following"
                | "for"
                | "on"
                | "since"
                | "although"
                | "though"
                | "when"
                | "once"
        ) {
            if let Some(comma) = (start..k).find(|&m| self.doc.word(m) == ",") {
                start = comma + 1;
            }
        }
        let mut subjects = self
            .actor_items()
            .filter(|i| i.first >= start && i.end <= k && self.is_subject_like(i));
        let Some(first) = subjects.next().copied() else {
            return Vec::new();
        };
        // "Israel's ally, the United States, condemned …", "Kremlin critic
        // Alexei Navalny called …": a possessor or a name before a noun of
        // relation only modifies the subject's head; a later actor is the subject.
        // "Ukraine's allies pledged …", "North Korea's neighbour and main
        // trading partner": whoever the noun of relation names, its owner is
        // not; with no one named, there is no subject.
        let relation = self.relation_of(first).is_some() || self.owns_a_peer(&first);
        let possessor = matches!(self.doc.word(first.end), "’s" | "'s")
            || relation
            || self.doc.low_is(WordClass::AllyNouns, first.end)
            || self.doc.low_is(WordClass::FoeNouns, first.end);
        let first = match subjects.next() {
            Some(next) if possessor => *next,
            None if relation => return Vec::new(),
            _ => first,
        };
        self.coordinated(first, k)
    }

    /// Whether `item` owns a noun of a peer a few words on: "North Korea's
    /// neighbour", "Germany's main trading partner".
    fn owns_a_peer(&self, item: &Item) -> bool {
        matches!(self.doc.word(item.end), "’s" | "'s")
            && (item.end + 1..(item.end + 4).min(self.end))
                .take_while(|&k| self.doc.is_word(k) && !super::tokens::is_capitalised(self.doc.word(k)))
                .any(|k| self.doc.low_is(WordClass::PeerNouns, k))
    }

    /// The last group of two or more coordinated actors in this sentence.
    pub(super) fn last_group(&self) -> Vec<Item> {
        self.actor_items()
            .rev()
            .map(|item| self.coordinated(*item, self.end))
            .find(|group| group.len() >= 2)
            .unwrap_or_default()
    }

    /// The first subject-like actor of this sentence, for the next one's "it".
    pub(super) fn first_subject(&self) -> Option<Item> {
        self.actor_items()
            .find(|i| {
                self.is_subject_like(i)
                    && !matches!(
                        self.actors.list[match i.entity {
                            Entity::Actor(a) => a,
                            Entity::Issue(_) => 0,
                        }]
                        .kind,
                        crate::model::ActorKind::Person
                    )
            })
            .copied()
    }

    /// The first actor, no person, that the parse makes a verb's direct
    /// object in this sentence ("Google" in "The EU fined Google"), for the
    /// next one's "it" when its holder is the previous subject.
    pub(super) fn first_object(&self) -> Option<Item> {
        self.actor_items()
            .find(|i| {
                let Entity::Actor(a) = i.entity else {
                    return false;
                };
                let span = self.doc.span(i.first, i.end);
                self.actors.list[a].kind != ActorKind::Person
                    && self.parse.is_object(span.start, span.end) == Some(true)
            })
            .copied()
    }

    /// `first` and the actors joined to it by "and", commas or "nor" before
    /// `limit`; a conjunct may carry modifiers ("Airbus and its US rival Boeing").
    pub(super) fn coordinated(&self, first: Item, limit: usize) -> Vec<Item> {
        // "the Danish and German governments" is one span for two actors.
        let mut group: Vec<Item> = self
            .actor_items()
            .filter(|i| (i.first, i.end) == (first.first, first.end))
            .copied()
            .collect();
        if group.is_empty() {
            group.push(first);
        }
        let mut last = first;
        loop {
            let mut k = last.end;
            let mut joined = false;
            let mut comma_only = true;
            while k < limit && (COORDINATORS.contains(&self.doc.low(k)) || self.doc.low(k) == "both") {
                joined |= COORDINATORS.contains(&self.doc.low(k));
                comma_only &= matches!(self.doc.low(k), "," | "both");
                k += 1;
            }
            // "France, along with Germany, opposed the plan", "France as well
            // as Germany": a phrase of addition joins the next member too
            // ("along with" and "together with" after a comma only).
            let added = match (self.doc.low(k), self.doc.low(k + 1), self.doc.low(k + 2)) {
                ("along" | "together", "with", _) if joined && comma_only => Some(k + 2),
                ("as", "well", "as") => Some(k + 3),
                _ => None,
            };
            if let Some(next) = added.filter(|&next| next < limit) {
                k = next;
                joined = true;
                comma_only = false;
            }
            if !joined {
                break;
            }
            // The conjunct is the last actor of the noun phrase that starts at `k`;
            // after a bare comma it must start the phrase and continue a list
            // ("European allies, Russia and China"), or it is an apposition
            // ("Cardin, the senior Democrat on the Senate panel").
            let window_end = if comma_only {
                (k + 2).min(limit)
            } else {
                (k + 6).min(limit)
            };
            let mut conjunct = None;
            for item in self
                .actor_items()
                .filter(|i| i.first >= k && i.first < window_end && i.end <= limit)
            {
                let plain = (k..item.first).all(|m| {
                    self.doc.is_word(m)
                        && !self.doc.low_is(WordClass::Be, m)
                        && !self.doc.low_is(WordClass::Have, m)
                        && !self.lexicon.cues.contains_key(self.doc.low(m))
                });
                if !plain {
                    break;
                }
                conjunct = Some(*item);
            }
            // "John Smith, a Republican, said": an indefinite article opens
            // an apposition, never a list's next member.
            let continues_list = |item: &Item| {
                !comma_only
                    || (matches!(self.doc.low(item.end), "," | "and" | "or" | "nor")
                        && !matches!(self.doc.low(k), "a" | "an"))
            };
            match conjunct.filter(continues_list) {
                Some(item) => {
                    group.extend(
                        self.actor_items()
                            .filter(|i| (i.first, i.end) == (item.first, item.end))
                            .copied(),
                    );
                    last = item;
                }
                None => break,
            }
        }
        group
    }

    /// The object `first` and the actors coordinated with it before `limit`
    /// ("criticised Russia and China"), up to a conjunct that a verb follows
    /// or comes before: "criticised Russia and China backed it", "… and said
    /// China was right" start clauses of their own (the parse may miss them).
    pub(super) fn coordinated_objects(&self, first: Item, limit: usize) -> Vec<Item> {
        let verb_at = |k: usize| k < self.end && self.parse.is_verb(self.doc.span(k, k + 1)) == Some(true);
        let mut from = first.end;
        self.coordinated(first, limit)
            .into_iter()
            .take_while(|item| {
                let own_clause = item.first > first.first && (verb_at(item.end) || (from..item.first).any(verb_at));
                from = from.max(item.end);
                !own_clause
            })
            .collect()
    }

    /// The first actor or issue starting in `from..to`, skipping `holders`.
    pub(super) fn target_in(&self, from: usize, to: usize, holders: &[Item]) -> Option<Item> {
        // "wants assurances before the deal is signed": a subordinate clause
        // after the object says when or why, and holds no target of the cue.
        let to = (from + 1..to)
            .find(|&k| {
                matches!(
                    self.doc.low(k),
                    "before" | "after" | "until" | "unless" | "once" | "when" | "if" | "because" | "whereas"
                )
            })
            .unwrap_or(to);
        let free = |i: &Item| !holders.iter().any(|h| h.entity == i.entity);
        if let Some(agent) = self.blamed_pronoun(from, to) {
            if free(&agent) {
                return Some(agent);
            }
            // "The EU fined Google. The EU accused it of abusing its
            // dominance": an "it" is never its own clause's holder; the
            // previous sentence's object is then the one blamed.
            if let Some(object) = self.previous_object.filter(free) {
                return Some(Item {
                    first: agent.first,
                    end: agent.end,
                    via: Via::Pronoun,
                    ..object
                });
            }
        }
        self.items
            .iter()
            .filter(|i| i.first >= from && i.first < to)
            // "assurances from the Kremlin", "groups in Syria": sources and
            // places; but "banned imports from Turkey" bans Turkey's goods.
            .filter(|i| {
                let before = i.first.checked_sub(1);
                let trade_from = before.is_some_and(|b| {
                    b > 0 && self.doc.low(b) == "from" && self.doc.low_is(WordClass::TradeFlowNouns, b - 1)
                });
                !matches!(
                    before.map(|b| self.doc.low(b)),
                    Some("from" | "in" | "at" | "near" | "inside" | "across" | "by")
                ) || i.first == from
                    || trade_from
            })
            .filter(|i| free(i))
            // "want the EU budget capped": an actor that only modifies a noun
            // is no target; the issue that noun heads is, if there is one.
            // "support for Hamas worries Israel": after a noun of stance and
            // its preposition, an actor the tagger has qualify the verb after
            // it, read as a plural noun, is the target.
            .find_map(|i| match self.modified_noun(i) {
                Some(None) if super::bodies::stance_noun_object(self.doc, i.first) && self.verb_read_as_noun(i.end) => {
                    Some(*i)
                }
                Some(noun) => noun.filter(free),
                None => Some(*i),
            })
            .map(|found| self.possessed(found, to))
            .or_else(|| self.pronoun_target(from, to))
    }

    /// Whether token `k` is the -s form of a word the treebank knows as a
    /// verb ("worries", "threatens"), which may be the clause's verb though
    /// the tagger reads it as a plural noun after a name.
    fn verb_read_as_noun(&self, k: usize) -> bool {
        let word = self.doc.low(k);
        let parser = standpoint_syntax::Parser::shared();
        let verb = |base: String| parser.seen_as(&base, standpoint_syntax::Upos::Verb);
        // ("opposition to the US arms sale": a word the tagger reads as a
        // verb right after it, "sale", leaves it a noun of a compound.)
        let verb_after = self.doc.is_word(k + 1) && self.parse.is_verb(self.doc.span(k + 1, k + 2)) == Some(true);
        self.doc.is_word(k)
            && !verb_after
            && (word.strip_suffix("ies").is_some_and(|stem| verb(format!("{stem}y")))
                || word.strip_suffix("es").is_some_and(|stem| verb(stem.to_owned()))
                || word.strip_suffix('s').is_some_and(|stem| verb(stem.to_owned())))
    }

    /// For an actor mention that only modifies a noun after it ("the EU
    /// budget", "the Chinese decision"), `Some` of the issue mention holding
    /// that noun, if any; `None` for any other mention, and for the agent of
    /// a stance noun ("US support").
    pub(super) fn modified_noun(&self, item: &Item) -> Option<Option<Item>> {
        if !matches!(item.entity, Entity::Actor(_)) || matches!(self.doc.word(item.end), "’s" | "'s") {
            return None;
        }
        let span = self.doc.span(item.first, item.end);
        let (start, end) = self.parse.modified_noun(span.start, span.end)?;
        // "a complaint over US support for Boeing": the actor of a stance
        // act is its agent, as a possessor would be.
        let noun = &self.doc.text[start..end];
        // Nouns are mostly lower case already: a string is made only for the rest.
        let is_cue = if noun.bytes().any(|b| b.is_ascii_uppercase()) || !noun.is_ascii() {
            self.lexicon.cues.contains_key(noun.to_lowercase().as_str())
        } else {
            self.lexicon.cues.contains_key(noun)
        };
        // "welcomed the Hamas officials": its own people or body stand for the
        // actor, and "struck Hamas positions" the places it holds.
        let own_people = [WordClass::BodyNouns, WordClass::MemberNouns, WordClass::HoldingNouns]
            .into_iter()
            .any(|class| self.lexicon.is(class, &noun.to_lowercase()));
        if is_cue || own_people {
            return None;
        }
        Some(
            self.items
                .iter()
                .find(|i| {
                    matches!(i.entity, Entity::Issue(_))
                        && self.doc.tokens[i.first].start <= start
                        && end <= self.doc.tokens[i.end - 1].end
                })
                .copied(),
        )
    }

    /// "cancelling Obama's deal" targets the deal, not its owner; "tribute to
    /// Kerry's campaign" targets the person whose campaign it is.
    fn possessed(&self, found: Item, to: usize) -> Item {
        let personal = |issue: usize| self.lexicon.is(WordClass::PersonalHeads, &self.issues.list[issue].head);
        match found.entity {
            // The issue may start with its owner ("the EU's aid package",
            // named with the possessive).
            Entity::Actor(_) if matches!(self.doc.word(found.end), "’s" | "'s") => self
                .items
                .iter()
                .filter(|i| i.first >= found.first && i.end > found.end + 1 && i.first < to && i.entity != found.entity)
                .find(|i| {
                    // ("hailed Qatar's role in the talks": a thing named after
                    // a preposition is no noun the owner owns; the owner is.)
                    (found.end + 1..i.first).all(|k| {
                        (self.doc.is_word(k) || matches!(self.doc.word(k), "“" | "\""))
                            && !self.doc.low_is(WordClass::Prepositions, k)
                    }) && i.first <= found.end + 5
                })
                .filter(|i| matches!(i.entity, Entity::Issue(issue) if !personal(issue)))
                .copied()
                .unwrap_or(found),
            Entity::Issue(issue) if personal(issue) => self
                .actor_items()
                .find(|a| {
                    a.first >= found.first
                        && a.end < found.end
                        && matches!(self.doc.word(a.end), "’s" | "'s")
                        && matches!(a.entity, Entity::Actor(actor) if self.actors.list[actor].kind == ActorKind::Person)
                })
                .copied()
                .unwrap_or(found),
            _ => found,
        }
    }

    /// "Iran accused it of attacking its nuclear sites", "China criticised
    /// it for bullying": an "it" that a verb blames of or for an act is
    /// the one acting, the previous sentence's subject, not an issue.
    pub(super) fn blamed_pronoun(&self, from: usize, to: usize) -> Option<Item> {
        let k = (from..to.min(from + 2)).find(|&k| self.doc.low(k) == "it")?;
        let verb = k.checked_sub(1).filter(|&v| v >= self.first)?;
        let blaming = self.doc.low_is(WordClass::BlamingVerbs, verb) && self.doc.low(k + 1) == "of";
        let for_act = self.lexicon.cues.contains_key(self.doc.low(verb))
            && self.doc.low(k + 1) == "for"
            && (self.doc.low(k + 2).ends_with("ing")
                || matches!(
                    self.doc.low(k + 2),
                    "its" | "their" | "the" | "a" | "an" | "his" | "her"
                ));
        if !(blaming || for_act) {
            return None;
        }
        self.previous_subject.map(|referent| Item {
            first: k,
            end: k + 1,
            via: Via::Pronoun,
            ..referent
        })
    }

    /// "it" or "them" right after a cue: the latest issue, plural for
    /// "them" ("the tariffs", not "the deal").
    pub(super) fn pronoun_target(&self, from: usize, to: usize) -> Option<Item> {
        let k = (from..to.min(from + 2)).find(|&k| matches!(self.doc.low(k), "it" | "this" | "that" | "them"))?;
        let issue = self.issues.latest(k)?;
        let head = &self.issues.list[issue].head;
        let plural = head.ends_with('s') && !head.ends_with("ss");
        if self.doc.low(k) == "them" && !plural {
            return None;
        }
        Some(Item {
            entity: Entity::Issue(issue),
            first: k,
            end: k + 1,
            via: Via::Pronoun,
        })
    }

    pub(super) fn negated(&self, k: usize) -> bool {
        let start = self.clause_start(k).max(k.saturating_sub(4));
        (start..k).any(|m| {
            self.doc.low_is(WordClass::Negators, m) || (self.doc.low_is(WordClass::NegVerbs, m) && self.denies(m, k))
        })
    }

    /// Whether the word of denial at `m` ("refused", "refusal", "unlikely")
    /// may deny the verb at `k`: not a verb after the infinitive it denies
    /// ("India's refusal to condemn Russia angered Washington"), nor, for
    /// the noun, the verb of the subject it heads ("India's refusal angered
    /// Washington").
    fn denies(&self, m: usize, k: usize) -> bool {
        let to = (m + 1..k).find(|&t| self.doc.low(t) == "to");
        match to {
            Some(to) => (to + 1..k).all(|x| cues::is_adverb(self.doc, x) || self.doc.low_is(WordClass::Negators, x)),
            None => !self.doc.low_is(WordClass::RefusalNouns, m),
        }
    }

    pub(super) fn hedged(&self, k: usize) -> bool {
        let start = self.clause_start(k).max(k.saturating_sub(5));
        (start..k).any(|m| self.doc.low_is(WordClass::Hedges, m))
    }

    /// "was urged", "is being asked": a be-form right before the verb at `k`.
    pub(super) fn is_passive_form(&self, k: usize) -> bool {
        self.be_before(k) && self.doc.low(k).ends_with("ed")
    }

    /// A form of "be" before token `k`, over "not", "also" and adverbs
    /// ("are not supported", "was strongly condemned").
    pub(super) fn be_before(&self, k: usize) -> bool {
        let mut m = k;
        for _ in 0..4 {
            let Some(previous) = m.checked_sub(1) else {
                return false;
            };
            let word = self.doc.low(previous);
            if self.doc.low_is(WordClass::Be, previous) {
                return true;
            }
            if !(matches!(
                word,
                "not" | "n't" | "also" | "never" | "still" | "already" | "widely" | "being"
            ) || word.ends_with("ly"))
            {
                return false;
            }
            m = previous;
        }
        false
    }

    /// "must still be approved by", "needs to be signed by": a passive that
    /// states what the agent has yet to do, a requirement, not its stance;
    /// "is expected to be approved by", "is set to be signed by": one that
    /// predicts the agent's act (`expectation_words`), no stance either.
    pub(super) fn required_passive(&self, k: usize) -> bool {
        let start = self.clause_start(k).max(k.saturating_sub(6));
        (start..k).rev().any(|m| match self.doc.low(m) {
            "must" => true,
            "to" => {
                m > 0
                    && (matches!(
                        self.doc.low(m - 1),
                        "need" | "needs" | "needed" | "have" | "has" | "had"
                    ) || (self.doc.low_is(WordClass::ExpectationWords, m - 1) && self.doc.low(m + 1) == "be"))
            }
            _ => false,
        })
    }

    pub(super) fn is_passive(&self, hit: &CueHit) -> bool {
        let before = |n: usize| hit.first.checked_sub(n).map_or("", |b| self.doc.low(b));
        let be = self.be_before(hit.first);
        // "a course opposed by European allies": a reduced relative; "was
        // welcomed by Kyiv but criticised by Moscow": a participle sharing
        // the "was" before it.
        let reduced = self.doc.low(hit.end - 1).ends_with("ed")
            && (matches!(before(1), "," | "but" | "and") || self.lexicon.is(WordClass::CourseNouns, before(1)));
        (be || reduced) && self.passive_agent(hit).is_some()
    }

    /// The first token of a passive's agent: after "by", which may follow
    /// what the verb calls its subject, "was hailed as a breakthrough by the
    /// EU", "was condemned as a war crime by Amnesty".
    pub(super) fn passive_agent(&self, hit: &CueHit) -> Option<usize> {
        let by = match self.doc.low(hit.end) {
            "by" => hit.end,
            "as" => (hit.end + 1..(hit.end + 1 + AS_PHRASE_REACH).min(self.end))
                .take_while(|&k| self.doc.is_word(k))
                .find(|&k| self.doc.low(k) == "by")?,
            _ => return None,
        };
        // "was rejected by both France and Germany": the agents after "both".
        Some(if self.doc.low(by + 1) == "both" { by + 2 } else { by + 1 })
    }

    /// Who holds a stance whose clause has no named subject: "we"/"I" in a
    /// quote or a reported clause speak for the speaker; "he"/"she" were
    /// resolved when actors were found.
    pub(super) fn fallback_holder(&self, k: usize, speaker: Option<Item>) -> Vec<Item> {
        let start = self.clause_start(k);
        let reported = start > self.first || self.in_quotes(k) || speaker.is_some_and(|s| s.first > k);
        let has_we = (start..k).any(|m| self.doc.low_is(WordClass::PronounWe, m));
        match speaker {
            Some(speaker) if has_we || reported => self.speakers(speaker).into_iter().map(|s| self.here(s)).collect(),
            _ => Vec::new(),
        }
    }

    /// A holder as it stands in this sentence. One named in an earlier
    /// sentence (the speaker whose quotation this one continues) stands
    /// where the quotation's "we" or "I" does, else at the sentence's first
    /// free word, reached through the quote: what is measured between holder
    /// and target then lies in the sentence that states the stance.
    pub(super) fn here(&self, item: Item) -> Item {
        if item.first >= self.first && item.end <= self.end {
            return item;
        }
        let free = |k: usize| self.doc.is_word(k) && !self.items.iter().any(|i| i.first <= k && k < i.end);
        let voice = (self.first..self.end)
            .find(|&k| free(k) && self.doc.low_is(WordClass::PronounWe, k))
            .or_else(|| (self.first..self.end).find(|&k| free(k)));
        match voice {
            Some(k) => Item {
                first: k,
                end: k + 1,
                via: Via::Quote,
                ..item
            },
            None => item,
        }
    }

    /// "the decision by the Obama administration to move closer to Russia":
    /// the agent of "by X to" does what the infinitive says.
    pub(super) fn infinitive_subject(&self, k: usize) -> Option<Vec<Item>> {
        if k < 2 || self.doc.low(k - 1) != "to" {
            return None;
        }
        // "criticised Germany's reluctance to accept the plan": a refusal
        // is its owner's, who does not do what follows.
        if k >= 4 && self.doc.low_is(WordClass::RefusalNouns, k - 2) && matches!(self.doc.word(k - 3), "'s" | "’s") {
            if let Some(owner) = self.actor_items().find(|i| i.end == k - 3) {
                return Some(vec![*owner]);
            }
        }
        let item = self.actor_items().find(|i| i.end == k - 1)?;
        let before = item.first.checked_sub(1)?;
        // "under pressure from Poland to send tanks", "calls from the UN to
        // act": what a request's source asks for is its own wish.
        let asked_from = self.doc.low(before) == "from"
            && (before.saturating_sub(2)..before)
                .any(|m| self.doc.low_is(WordClass::RequestNouns, m) || self.doc.low_is(WordClass::Directive, m));
        (self.doc.low(before) == "by" || asked_from).then(|| vec![*item])
    }

    /// "the accord, which Trump has blamed": what an object relative is about.
    pub(super) fn relative_antecedent(&self, k: usize) -> Option<Item> {
        let start = self.clause_start(k);
        let relative = (start.saturating_sub(1)..k)
            .rev()
            .find(|&m| matches!(self.doc.low(m), "which" | "that" | "whom"))?;
        let end = if self.doc.word(relative.saturating_sub(1)) == "," {
            relative - 1
        } else {
            relative
        };
        // "a cleric living in the United States whom …": a place is no antecedent.
        self.items
            .iter()
            .find(|i| i.end == end && self.is_subject_like(i))
            .copied()
    }

    /// "to step down", "to resign" right after an actor.
    pub(super) fn exit_follows(&self, end: usize) -> bool {
        self.doc.low(end) == "to"
            && (matches!(self.doc.low(end + 1), "resign" | "quit" | "go")
                || (self.doc.low(end + 1) == "step" && self.doc.low(end + 2) == "down")
                || (self.doc.low(end + 1) == "stand" && self.doc.low(end + 2) == "down"))
    }

    /// Whether `target` is the actor whose exit or punishment a noun names:
    /// "the resignation of Boris Johnson", "Johnson's resignation", "the
    /// arrest of the opposition leader" (`ouster_nouns`; not "the release of").
    /// Calling for it opposes the actor, as pushing for it "to resign" does.
    pub(super) fn ousted(&self, target: &Item) -> bool {
        let mut k = target.first;
        if k > 0 && self.doc.low(k - 1) == "the" {
            k -= 1;
        }
        let of_noun = k >= 2 && self.doc.low(k - 1) == "of" && self.doc.low_is(WordClass::OusterNouns, k - 2);
        let possessed =
            matches!(self.doc.word(target.end), "’s" | "'s") && self.doc.low_is(WordClass::OusterNouns, target.end + 1);
        of_noun || possessed
    }

    pub(super) fn latest_issue_item(&self, before: usize) -> Option<Item> {
        let issue = self.issues.latest(before)?;
        Some(Item {
            entity: Entity::Issue(issue),
            first: before,
            end: before,
            via: Via::Pronoun,
        })
    }
}
