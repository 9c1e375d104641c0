//! Turns what a stance rule saw into a confidence in [0, 1].
//!
//! The cue's own weight is discounted for every source of doubt the rule
//! noticed (negation, hedging, a pronoun holder, a guessed target, distance),
//! so that confident suggestions are the ones most often right. It never
//! decides whether a stance exists.

/// The doubts a rule noticed while building one stance.
#[derive(Debug, Clone, Copy, Default)]
pub struct Evidence {
    /// The cue lexicon's weight for the cue, in [0, 1].
    pub cue_weight: f64,
    pub negated: bool,
    pub hedged: bool,
    /// The holder came from a pronoun or a title, not a name.
    pub holder_indirect: bool,
    /// The holder is the sentence's speaker, not the clause's subject.
    pub holder_is_speaker: bool,
    /// The target was not in the cue's own phrase but the latest issue.
    pub target_guessed: bool,
    /// Tokens between the holder and the cue.
    pub distance: usize,
    /// An evaluation ("wrong", "baseless") rather than a stance verb.
    pub evaluative: bool,
}

pub fn score(evidence: &Evidence) -> f64 {
    // Each doubt and the share of the cue's weight it leaves.
    let discounts = [
        (evidence.negated, 0.8),
        (evidence.hedged, 0.75),
        (evidence.holder_indirect, 0.85),
        (evidence.holder_is_speaker, 0.85),
        (evidence.target_guessed, 0.6),
        (evidence.evaluative, 0.85),
        (evidence.distance > 12, 0.85),
    ];
    let confidence = discounts
        .iter()
        .filter(|(doubt, _)| *doubt)
        .fold(evidence.cue_weight, |confidence, (_, share)| confidence * share);
    confidence.clamp(0.05, 0.99)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_doubt_lowers_confidence() {
        let plain = Evidence {
            cue_weight: 0.9,
            ..Evidence::default()
        };
        let base = score(&plain);
        for doubtful in [
            Evidence { negated: true, ..plain },
            Evidence { hedged: true, ..plain },
            Evidence {
                holder_indirect: true,
                ..plain
            },
            Evidence {
                target_guessed: true,
                ..plain
            },
            Evidence { distance: 30, ..plain },
        ] {
            assert!(score(&doubtful) < base);
        }
        assert!((0.0..=1.0).contains(&score(&Evidence {
            cue_weight: 7.0,
            ..plain
        })));
    }
}
