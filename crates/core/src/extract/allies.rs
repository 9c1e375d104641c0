//! Possessed alliances: "Israel's ally, the United States, …" and
//! "Washington's closest ally Japan". The ally named after the noun backs
//! the possessor; the sentence need not state any other stance.
//!
//! Reads one sentence through [`SentenceReader`]; never finds actors or issues.
//! ("X is an ally of Y" is an ordinary noun cue in `cues.tsv`.)

use super::clauses::{Entity, SentenceReader};
use super::confidence::{self, Evidence};
use super::lexicon::WordClass;
use super::stances::Found;
use crate::model::Polarity;

/// How much "X's ally Y" alone says about Y's stance towards X.
const WEIGHT: f64 = 0.7;

impl SentenceReader<'_> {
    /// Adds "Y backs X" for each "X's [adjective] ally[,] [the] Y".
    pub(super) fn read_allies(&self, out: &mut Vec<Found>) {
        for owner in self.actor_items() {
            let Entity::Actor(owner_actor) = owner.entity else {
                continue;
            };
            if !matches!(self.doc.word(owner.end), "'s" | "’s") {
                continue;
            }
            let mut k = owner.end + 1;
            while self.doc.low_is(WordClass::AllyAdjectives, k) {
                k += 1;
            }
            // Only one ally: "allies" names a group the text does not list here.
            if self.doc.low(k) != "ally" {
                continue;
            }
            let noun = k;
            k += 1;
            if self.doc.word(k) == "," {
                k += 1;
            }
            // A mention may or may not take in its article ("the United States").
            let after_article = if self.doc.low(k) == "the" { k + 1 } else { k };
            let Some(ally) = self
                .actor_items()
                .find(|i| i.first == k || i.first == after_article)
                .copied()
            else {
                continue;
            };
            let Entity::Actor(ally_actor) = ally.entity else {
                continue;
            };
            if ally_actor == owner_actor {
                continue;
            }
            let evidence = Evidence {
                cue_weight: WEIGHT,
                hedged: self.hedged(noun),
                ..Evidence::default()
            };
            out.push(Found {
                holder: ally_actor,
                target: owner.entity,
                polarity: Polarity::Support,
                confidence: confidence::score(&evidence),
                sentence: self.index,
                cue: (noun, noun + 1),
                holder_tokens: Some((ally.first, ally.end)),
                holder_via: ally.via,
                target_tokens: Some((owner.first, owner.end)),
                rule: "ally:possessed".to_owned(),
            });
        }
    }
}
