//! Deontic passives: "sanctions should be imposed", "the embargo must be
//! lifted". Whoever says that an issue should (or must) be done to backs it
//! or opposes it by what the participle does to it; the sayer is the
//! sentence's speaker.
//!
//! Reads one sentence through [`SentenceReader`]; never finds actors or issues.

use super::actors::Via;
use super::clauses::{Entity, SentenceReader};
use super::confidence::Evidence;
use super::lexicon::WordClass;
use super::stances::Found;
use crate::model::Polarity;

/// How much "should be imposed" alone says about the speaker's stance.
const WEIGHT: f64 = 0.6;

impl SentenceReader<'_> {
    /// Adds a stance for each "ISSUE should|must be PARTICIPLE" in a reported
    /// clause or quotation of this sentence.
    pub(super) fn read_deontic(&self, out: &mut Vec<Found>) {
        let Some(speaker) = self.speaker else { return };
        for modal in self.first..self.end.saturating_sub(3) {
            if !matches!(self.doc.low(modal), "should" | "must") {
                continue;
            }
            // "should not be lifted": the negation sits between modal and "be".
            let be = if self.doc.low(modal + 1) == "not" {
                modal + 2
            } else {
                modal + 1
            };
            if self.doc.low(be) != "be" {
                continue;
            }
            let participle = self.doc.low(be + 1);
            let polarity = if self.lexicon.is(WordClass::EnactingParticiples, participle) {
                Polarity::Support
            } else if self.lexicon.is(WordClass::EndingParticiples, participle) {
                Polarity::Oppose
            } else {
                continue;
            };
            // The issue is the subject right before the modal, in the same clause.
            let start = self.clause_start(modal);
            let reported = start > self.first || self.in_quotes(modal) || speaker.first > modal;
            let Some(subject) = self
                .items
                .iter()
                .rev()
                .find(|i| i.end > start && i.end <= modal && i.end + 2 >= modal)
                .copied()
            else {
                continue;
            };
            if !reported || !matches!(subject.entity, Entity::Issue(_)) {
                continue;
            }
            let negated = be > modal + 1 || self.negated(modal);
            let evidence = Evidence {
                cue_weight: WEIGHT,
                negated,
                hedged: self.hedged(modal),
                holder_indirect: speaker.via != Via::Name,
                holder_is_speaker: true,
                ..Evidence::default()
            };
            // "Germany and France said …": each co-speaker says it too.
            for sayer in self.speakers(speaker) {
                // Where the speaker stands in this sentence, for the candidate's features.
                let voice = self.here(sayer);
                let Entity::Actor(holder) = sayer.entity else { continue };
                out.push(self.finding(
                    (holder, &voice),
                    &subject,
                    if negated { polarity.flipped() } else { polarity },
                    &evidence,
                    (modal, be + 2),
                    format!("deontic:{participle}"),
                ));
            }
        }
    }
}
