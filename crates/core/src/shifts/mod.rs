//! Shifts: where a holder's net stance on a target changes sign between
//! two consecutive periods that each hold enough evidence.
//!
//! A period counts when its evidence (each assessment weighted by
//! [`crate::timeline::evidence_weight`]: reviewed decisions double, suggestions single)
//! reaches the analyst's minimum. Periods below it, and periods whose
//! weighted net is zero, are stepped over: "consecutive" means consecutive
//! among the periods that say something. Each shift carries the last
//! evidence for the old stance and the first for the new one, so the
//! analyst can read the sentences either side of the turn.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::model::{ActorRef, Assessment, Polarity, StanceRecord, TargetRef};
use crate::timeline::{buckets, EvidenceQuote, Period, PeriodRange, TimelinePoint, TimelineSpec};

/// The analyst's minimum evidence per period when none is given: two suggestions or one reviewed decision.
pub const DEFAULT_MIN_EVIDENCE: f64 = 2.0;

/// Which pairs to look at, how to cut time and how much evidence a period needs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct ShiftSpec {
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub timeline: TimelineSpec,
    /// The weighted evidence a period needs to count.
    pub min_evidence: f64,
}

/// A shift request that cannot be answered.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ShiftSpecError {
    #[error("the minimum evidence per period must be a number of at least 0, not {0}")]
    MinEvidence(f64),
}

impl ShiftSpec {
    /// Refuses a minimum that is negative or not a number.
    pub fn check(&self) -> Result<(), ShiftSpecError> {
        if self.min_evidence.is_finite() && self.min_evidence >= 0.0 {
            Ok(())
        } else {
            Err(ShiftSpecError::MinEvidence(self.min_evidence))
        }
    }
}

impl Default for ShiftSpec {
    fn default() -> ShiftSpec {
        ShiftSpec {
            timeline: TimelineSpec::default(),
            min_evidence: DEFAULT_MIN_EVIDENCE,
        }
    }
}

/// A change of sign of one pair's net stance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Shift {
    pub holder: ActorRef,
    pub target: TargetRef,
    pub from: Polarity,
    pub to: Polarity,
    /// The last period with the old stance and the first with the new one.
    pub before: PeriodRange,
    pub after: PeriodRange,
    /// How the assessments of `before` and of `after` split (counts only:
    /// a period's assessment ids would be megabytes across IPC at scale).
    pub before_counts: SideCounts,
    pub after_counts: SideCounts,
    /// The latest assessment of the old polarity in `before`.
    pub last_before: EvidenceQuote,
    /// The earliest assessment of the new polarity in `after`.
    pub first_after: EvidenceQuote,
}

impl Shift {
    /// "Turkey: support → oppose on Cyprus deal, between 2004-10 and 2004-12".
    pub fn sentence(&self) -> String {
        format!(
            "{}: {} → {} on {}, between {} and {}",
            self.holder.name, self.from, self.to, self.target.name, self.before.label, self.after.label
        )
    }
}

/// How one period's assessments of a pair split: one side of a shift.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SideCounts {
    pub support: u32,
    pub oppose: u32,
    /// Support minus oppose, each counted by its evidence weight.
    pub weighted_net: f64,
    /// The summed evidence weight (what `min_evidence` is compared with).
    pub evidence: f64,
}

impl From<&TimelinePoint> for SideCounts {
    fn from(point: &TimelinePoint) -> SideCounts {
        SideCounts {
            support: point.support,
            oppose: point.oppose,
            weighted_net: point.weighted_net,
            evidence: point.evidence,
        }
    }
}

/// The shifts found, in the order they happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Shifts {
    pub period: Period,
    pub min_evidence: f64,
    pub shifts: Vec<Shift>,
    /// Admitted assessments left out because their article has no readable date.
    pub undated: usize,
}

/// One shift before its evidence is quoted: the two assessments to quote, by id.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    holder: ActorRef,
    target: TargetRef,
    from: Polarity,
    to: Polarity,
    before: PeriodRange,
    after: PeriodRange,
    before_counts: SideCounts,
    after_counts: SideCounts,
    last_before: i64,
    first_after: i64,
}

/// The shifts found, in the order they happened, each naming by id the two
/// assessments it quotes: what counting alone can tell, so that a reader of
/// a lean record ([`StanceRecord`]) fetches the text of those two only.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundShifts {
    period: Period,
    min_evidence: f64,
    found: Vec<Found>,
    undated: usize,
}

impl FoundShifts {
    /// The assessments the shifts quote (the last before and the first after each), without repeats.
    pub fn quoted_ids(&self) -> Vec<i64> {
        let mut ids: Vec<i64> = self.found.iter().flat_map(|f| [f.last_before, f.first_after]).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The shifts with their quotes taken from `quotes` by assessment id; a
    /// shift whose quote is missing is left out.
    pub fn quote(self, quotes: &HashMap<i64, EvidenceQuote>) -> Shifts {
        let shifts = self
            .found
            .into_iter()
            .filter_map(|f| {
                Some(Shift {
                    last_before: quotes.get(&f.last_before)?.clone(),
                    first_after: quotes.get(&f.first_after)?.clone(),
                    holder: f.holder,
                    target: f.target,
                    from: f.from,
                    to: f.to,
                    before: f.before,
                    after: f.after,
                    before_counts: f.before_counts,
                    after_counts: f.after_counts,
                })
            })
            .collect();
        Shifts {
            period: self.period,
            min_evidence: self.min_evidence,
            shifts,
            undated: self.undated,
        }
    }
}

/// Every shift among the assessments `spec` admits, full or lean, ordered
/// by the period of the new stance, then holder and target; quote them with
/// [`FoundShifts::quote`].
pub fn find<A: StanceRecord>(assessments: &[A], spec: &ShiftSpec) -> FoundShifts {
    let buckets = buckets(assessments, &spec.timeline);
    let by_id: HashMap<i64, &A> = assessments.iter().map(|a| (a.id(), a)).collect();
    let quote = |ids: &mut dyn Iterator<Item = &i64>, polarity: Polarity| {
        ids.copied()
            .find(|id| by_id.get(id).is_some_and(|a| a.polarity() == polarity))
    };
    let mut found: Vec<(usize, Found)> = Vec::new();
    for series in &buckets.series {
        let mut previous: Option<(usize, &TimelinePoint, Polarity)> = None;
        for (at, point) in &series.points {
            if point.evidence + 1e-9 < spec.min_evidence {
                continue;
            }
            let Some(stance) = point.stance() else { continue };
            if let Some((before_at, before_point, from)) = previous {
                if from != stance {
                    let last_before = quote(&mut before_point.assessment_ids.iter().rev(), from);
                    let first_after = quote(&mut point.assessment_ids.iter(), stance);
                    // A signed period always holds evidence of its own sign.
                    if let (Some(last_before), Some(first_after)) = (last_before, first_after) {
                        found.push((
                            *at,
                            Found {
                                holder: series.holder.clone(),
                                target: series.target.clone(),
                                from,
                                to: stance,
                                before: buckets.range(before_at),
                                after: buckets.range(*at),
                                before_counts: SideCounts::from(before_point),
                                after_counts: SideCounts::from(point),
                                last_before,
                                first_after,
                            },
                        ));
                    }
                }
            }
            previous = Some((*at, point, stance));
        }
    }
    found.sort_by(|(a_at, a), (b_at, b)| {
        a_at.cmp(b_at)
            .then_with(|| a.holder.name.to_lowercase().cmp(&b.holder.name.to_lowercase()))
            .then_with(|| a.target.name.to_lowercase().cmp(&b.target.name.to_lowercase()))
            .then_with(|| a.first_after.cmp(&b.first_after))
    });
    FoundShifts {
        period: buckets.period,
        min_evidence: spec.min_evidence,
        found: found.into_iter().map(|(_, shift)| shift).collect(),
        undated: buckets.undated,
    }
}

/// Every shift among full assessments, quoted from them: [`find`], then
/// [`FoundShifts::quote`] with the quoted assessments' own text.
pub fn shifts(assessments: &[Assessment], spec: &ShiftSpec) -> Shifts {
    let found = find(assessments, spec);
    let wanted: HashSet<i64> = found.quoted_ids().into_iter().collect();
    let quotes = assessments
        .iter()
        .filter(|a| wanted.contains(&a.id))
        .map(|a| (a.id, EvidenceQuote::of(a)))
        .collect();
    found.quote(&quotes)
}

#[cfg(test)]
mod tests;
