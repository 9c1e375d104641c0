//! Relations as targets: backing "the partnership between the two
//! countries" or "ties with Turkey" is backing the partner. When a stance's
//! target is a relation issue (partnership, alliance, ties…) whose sides are
//! named in it, or are the pair named before ("the two countries"), and one
//! side is the holder's own, the other side is the target.
//!
//! Reads one sentence through [`SentenceReader`]; never finds actors or issues.

use super::actors::Via;
use super::clauses::{Entity, Item, SentenceReader};
use super::lexicon::WordClass;

impl SentenceReader<'_> {
    /// The partner a relation target stands for, seen from `holder`; `None`
    /// when `target` is no relation or its other side is not one actor.
    pub(super) fn relation_partner(&self, holder: usize, target: Item) -> Option<Item> {
        let Entity::Issue(issue) = target.entity else {
            return None;
        };
        if !self.lexicon.is(WordClass::RelationHeads, &self.issues.list[issue].head) {
            return None;
        }
        // "the “strategic partnership” between …": the phrase goes on after a quote.
        let mut end = target.end;
        while matches!(self.doc.word(end), "”" | "\"" | "’") {
            end += 1;
        }
        if matches!(self.doc.low(end), "between" | "with") {
            end = (end + 6).min(self.end);
        } else {
            end = target.end;
        }
        let with = (target.first..end.min(self.end)).any(|k| self.doc.low(k) == "with");
        // The sides: actors inside the phrase, else the pair named before it.
        let inside: Vec<Item> = self
            .actor_items()
            .filter(|i| i.first >= target.first && i.end <= end)
            .copied()
            .collect();
        let pair = if (target.first..end.min(self.end)).any(|k| matches!(self.doc.low(k), "two" | "both")) {
            self.previous_group.clone()
        } else {
            Vec::new()
        };
        let sides = if inside.is_empty() { pair } else { inside.clone() };
        let own = |side: &Item| {
            let Entity::Actor(actor) = side.entity else {
                return false;
            };
            let holder_actor = &self.actors.list[holder];
            actor == holder || holder_actor.affiliation.as_deref() == Some(self.actors.list[actor].name.as_str())
        };
        // "agreed to restore relations with Saudi Arabia": ties "with" one
        // partner are the holder's own, the partner the other side.
        // (Not another's ties: "Turkey's relations with Israel".)
        let owned = (target.first.saturating_sub(1)..target.end)
            .any(|k| matches!(self.doc.low(k), "'s" | "’s" | "its" | "their" | "his" | "her"));
        // (Nor the ties of one urged to act: "urged the administration to
        // safeguard trade relations with Canada"; the holder is the last
        // actor named before them.)
        let last = self.actor_items().rfind(|i| i.end <= target.first).copied();
        let urged = |from: usize| {
            (from..target.first).any(|k| {
                self.doc.low_is(WordClass::Directive, k) && (k + 1..target.first).any(|m| self.doc.low(m) == "to")
            })
        };
        let holder_last = last.is_some_and(|i| own(&i) && !urged(i.end));
        let one_partner =
            with && !owned && holder_last && !inside.is_empty() && inside.iter().all(|i| i.entity == inside[0].entity);
        if !sides.iter().any(own) && !one_partner {
            return None;
        }
        let mut others = sides.iter().filter(|s| !own(s));
        let partner = others.next().copied()?;
        if others.any(|o| o.entity != partner.entity) {
            return None;
        }
        Some(Item {
            via: Via::Pronoun,
            ..partner
        })
    }
}
