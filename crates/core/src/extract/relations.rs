//! Relations named by a noun of alliance or enmity: "Israel's ally, the
//! United States, …", "Washington's closest ally Japan", "Kremlin critic
//! Alexei Navalny", "Devin Nunes, a Trump ally, …", "Germany is Ukraine's
//! biggest backer". Whoever the noun describes takes the noun's side towards
//! the actor that qualifies it; the sentence need not state any other stance.
//! So does a hyphenated modifier naming an actor: "Iran-backed Houthi rebels",
//! "pro-Russian separatists".
//!
//! Reads one sentence through [`SentenceReader`]; never finds actors or issues.
//! ("X is an ally of Y" is an ordinary noun cue in `cues.tsv`.)

use super::bodies::{sided_modifier, Side};
use super::clauses::{Entity, Item, SentenceReader};
use super::confidence::Evidence;
use super::lexicon::WordClass;
use super::stances::Found;
use crate::model::Polarity;
use standpoint_syntax::{Parser, Upos};

/// How much "X's ally Y" alone says about Y's stance towards X.
const WEIGHT: f64 = 0.7;

/// Most words that may open the noun phrase before its owner: "one of the",
/// "among".
const MAX_OPENING: usize = 3;

/// Most words between a sided modifier and the actor it qualifies: "the
/// Kremlin-backed television station RT America".
const MAX_QUALIFIED: usize = 4;

/// Most adjectives between an owner's possessive and its noun of relation:
/// "Putin's most vocal critic".
const MAX_ADJECTIVES: usize = 3;

/// A noun of relation qualified by an actor: its owner `owner` (the target),
/// the noun at `noun`, and where the phrase starts.
pub(super) struct Relation {
    owner: Item,
    noun: usize,
    polarity: Polarity,
    plural: bool,
    /// The first token of the phrase, before the owner ("a", "one of the").
    start: usize,
}

impl SentenceReader<'_> {
    /// Adds "Y backs X" (or opposes it) for each relation noun of X that
    /// describes Y: the actor right after it, the actor it stands in
    /// apposition to, or the subject it is predicated of.
    pub(super) fn read_relations(&self, out: &mut Vec<Found>) {
        self.read_sided_modifiers(out);
        for owner in self.actor_items() {
            let Some(relation) = self.relation_of(*owner) else {
                continue;
            };
            let Entity::Actor(owner_actor) = relation.owner.entity else {
                continue;
            };
            let (holders, how) = match self.described_after(&relation) {
                Some(holder) => (vec![holder], "after"),
                None => match self.apposed_to(&relation) {
                    Some(holder) => (vec![holder], "apposed"),
                    None => (self.predicated_of(&relation), "predicated"),
                },
            };
            for holder in holders {
                let Entity::Actor(holder_actor) = holder.entity else {
                    continue;
                };
                if holder_actor == owner_actor || self.actors.list[holder_actor].media {
                    continue;
                }
                let hedged = self.hedged(relation.noun);
                out.push(self.side_taken(
                    (holder_actor, holder),
                    relation.owner,
                    relation.polarity,
                    (relation.noun, hedged),
                    format!("relation:{how}"),
                ));
            }
        }
    }

    /// The finding that `holder` (its actor and mention) takes `polarity`
    /// towards `target`, read from the one-word cue at `cue.0`, hedged or
    /// not (`cue.1`).
    fn side_taken(
        &self,
        (holder_actor, holder): (usize, Item),
        target: Item,
        polarity: Polarity,
        (cue, hedged): (usize, bool),
        rule: String,
    ) -> Found {
        let evidence = Evidence {
            cue_weight: WEIGHT,
            hedged,
            ..Evidence::default()
        };
        self.finding(
            (holder_actor, &holder),
            &target,
            polarity,
            &evidence,
            (cue, cue + 1),
            rule,
        )
    }

    /// The relation noun `owner` qualifies: "X's [closest] ally" or, for a
    /// name, "X ally" ("Kremlin critic"). An adjective is no owner in a
    /// compound: a "Russian critic" or a "Democratic opponent" is a critic
    /// from Russia or from the party.
    pub(super) fn relation_of(&self, owner: Item) -> Option<Relation> {
        let possessive = matches!(self.doc.word(owner.end), "'s" | "’s");
        let mut k = owner.end + usize::from(possessive);
        if possessive {
            while k < owner.end + 1 + MAX_ADJECTIVES && self.qualifies_relation(k) {
                k += 1;
            }
        } else if self.adjectival(owner.end - 1) {
            return None;
        }
        let polarity = if self.doc.low_is(WordClass::AllyNouns, k) {
            Polarity::Support
        } else if self.doc.low_is(WordClass::FoeNouns, k) {
            Polarity::Oppose
        } else {
            return None;
        };
        // "a critic of the plan": the noun cue reads it.
        if self.doc.low(k + 1) == "of" {
            return None;
        }
        let mut start = owner.first;
        while start > self.first
            && owner.first - start < MAX_OPENING
            && matches!(
                self.doc.low(start - 1),
                "a" | "an" | "the" | "another" | "one" | "of" | "among" | "fellow" | "longtime" | "close"
            )
        {
            start -= 1;
        }
        Some(Relation {
            owner,
            noun: k,
            polarity,
            plural: self.doc.low(k).ends_with('s'),
            start,
        })
    }

    /// Whether the word at `k`, after an owner's possessive, is an adjective
    /// that leaves the relation as it is: "closest", "most vocal"
    /// (`relation_adjectives`), "Democratic", "new"; not one of a relation
    /// that lapsed or is yet to be, "former", "potential"
    /// (`lapsed_relation_adjectives`).
    fn qualifies_relation(&self, k: usize) -> bool {
        self.doc.is_word(k)
            && !self.doc.low_is(WordClass::LapsedRelationAdjectives, k)
            && (self.doc.low_is(WordClass::RelationAdjectives, k) || self.adjectival(k))
    }

    /// Whether the word at `k` qualifies as an adjective: a country's
    /// ("Russian") or one the treebank knows ("Democratic", "Republican").
    fn adjectival(&self, k: usize) -> bool {
        let word = self.doc.word(k);
        self.lexicon.adjectives.contains_key(word) || Parser::shared().seen_as(word, Upos::Adj)
    }

    /// "Washington's closest ally Japan", "Kremlin critic Alexei Navalny",
    /// "Israel's ally, the United States,": the one actor named right after
    /// a singular noun. ("allies" names a group the text does not list here.)
    fn described_after(&self, relation: &Relation) -> Option<Item> {
        if relation.plural {
            return None;
        }
        let mut k = relation.noun + 1;
        if self.doc.word(k) == "," {
            k += 1;
        }
        // A mention may or may not take in its article ("the United States").
        let after_article = if self.doc.low(k) == "the" { k + 1 } else { k };
        self.actor_items()
            .find(|i| i.first == k || i.first == after_article)
            .copied()
    }

    /// "Devin Nunes, a Trump ally, told …", "Poland, one of Ukraine's
    /// staunchest allies,": the actor the phrase stands in apposition to.
    fn apposed_to(&self, relation: &Relation) -> Option<Item> {
        let comma = relation.start.checked_sub(1).filter(|&c| self.doc.word(c) == ",")?;
        let closed = matches!(self.doc.word(relation.noun + 1), "," | "." | "”" | "\"");
        if !closed {
            return None;
        }
        self.actor_items().find(|i| i.end == comma).copied()
    }

    /// "Germany is Ukraine's biggest backer", "Poland and Hungary are among
    /// Kyiv's closest allies": the clause's subject, when a form of "be" or
    /// of "remain" opens the predicate.
    fn predicated_of(&self, relation: &Relation) -> Vec<Item> {
        let Some(verb) = relation.start.checked_sub(1) else {
            return Vec::new();
        };
        if !(self.doc.low_is(WordClass::Be, verb) || self.doc.low_is(WordClass::LinkingVerbs, verb)) {
            return Vec::new();
        }
        self.subject(verb)
    }
}

impl SentenceReader<'_> {
    /// "Iran-backed Houthi rebels", "the Kremlin-backed station RT America",
    /// "pro-Russian separatists": a hyphenated modifier naming an actor (see
    /// `bodies::sided_modifier`) puts the actor it qualifies on a side: the
    /// group its token belongs to, else the actor named right after it (for
    /// a backer, within [`MAX_QUALIFIED`] words, no punctuation between).
    fn read_sided_modifiers(&self, out: &mut Vec<Found>) {
        for k in self.first..self.end {
            if !self.doc.is_word(k) {
                continue;
            }
            let Some((known, side, _)) = sided_modifier(self.lexicon, self.doc.word(k)) else {
                continue;
            };
            let Some(named) = self.actors.by_name(&self.lexicon.actors[known].name) else {
                continue;
            };
            // "pro-Iraq war MP Oona King": a side for or against may be the
            // next noun's ("pro-[Iraq war]"), so it reads only an actor
            // right after it; what backs names the whole phrase.
            let reach = if side == Side::BackedBy { MAX_QUALIFIED } else { 1 };
            let qualified = self.actor_items().find(|item| {
                (item.first <= k && k < item.end)
                    || (item.first > k && item.first <= k + reach && (k + 1..item.first).all(|m| self.doc.is_word(m)))
            });
            let Some(&qualified) = qualified else {
                continue;
            };
            if qualified.entity == Entity::Actor(named) {
                continue;
            }
            let modifier = Item {
                entity: Entity::Actor(named),
                first: k,
                end: k + 1,
                via: super::actors::Via::Name,
            };
            let (holder, target, polarity, how) = match side {
                Side::BackedBy => (modifier, qualified, Polarity::Support, "backed"),
                Side::For => (qualified, modifier, Polarity::Support, "pro"),
                Side::Against => (qualified, modifier, Polarity::Oppose, "anti"),
            };
            let Entity::Actor(holder_actor) = holder.entity else {
                continue;
            };
            out.push(self.side_taken(
                (holder_actor, holder),
                target,
                polarity,
                (k, false),
                format!("modifier:{how}"),
            ));
        }
    }
}
