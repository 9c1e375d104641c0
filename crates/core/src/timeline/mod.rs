//! Stance over time: for each holder → target pair, the support and oppose
//! counts per calendar period (week, month or quarter), the net stance, and
//! a confidence band on the balance, on one shared, gap-free period axis.
//!
//! Pure: it takes the assessments the caller already filtered, full or lean
//! (any [`StanceRecord`]: it reads no text). Assessments
//! whose article has no readable date belong to no period; each series
//! counts them apart (`undated`) so nothing is dropped silently.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::model::{
    closed_set, ActorKind, ActorRef, Assessment, Polarity, ReviewState, Span, StanceRecord, TargetKind, TargetRef,
};
use crate::network::parse_day;

closed_set! {
    /// The length of one timeline period.
    Period {
        /// ISO weeks, Monday to Sunday.
        Week => "week",
        Month => "month",
        Quarter => "quarter",
    }
}

/// Dated evidence spanning at most this many days is drawn per week.
pub const AUTO_WEEK_MAX_DAYS: i64 = 120;
/// Dated evidence spanning at most this many days (three years) is drawn per month; longer, per quarter.
pub const AUTO_MONTH_MAX_DAYS: i64 = 3 * 366;

/// How much one assessment counts as evidence: an analyst's decision
/// (accepted or edited) counts double a machine suggestion; rejected ones
/// count nothing.
pub fn evidence_weight(review: ReviewState) -> f64 {
    match review {
        ReviewState::Accepted | ReviewState::Edited => 2.0,
        ReviewState::Suggested => 1.0,
        ReviewState::Rejected => 0.0,
    }
}

impl Period {
    /// The period that fits dates from `first` to `last`.
    pub fn automatic(first: NaiveDate, last: NaiveDate) -> Period {
        let days = (last - first).num_days();
        if days <= AUTO_WEEK_MAX_DAYS {
            Period::Week
        } else if days <= AUTO_MONTH_MAX_DAYS {
            Period::Month
        } else {
            Period::Quarter
        }
    }

    /// The first day of the period holding `day`.
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            Period::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
            Period::Month => day.with_day(1).unwrap_or(day),
            Period::Quarter => {
                let month = (day.month0() / 3) * 3 + 1;
                NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day)
            }
        }
    }

    /// The first day of the next period, given a period's first day; `None`
    /// past chrono's last representable day.
    pub fn next(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Period::Week => start.checked_add_days(Days::new(7)),
            Period::Month => start.checked_add_months(Months::new(1)),
            Period::Quarter => start.checked_add_months(Months::new(3)),
        }
    }

    /// "2004-W41", "2004-10" or "2004-Q4" for the period starting on `start`.
    pub fn label(self, start: NaiveDate) -> String {
        match self {
            Period::Week => {
                let week = start.iso_week();
                format!("{}-W{:02}", week.year(), week.week())
            }
            Period::Month => format!("{}-{:02}", start.year(), start.month()),
            Period::Quarter => format!("{}-Q{}", start.year(), start.month0() / 3 + 1),
        }
    }
}

/// One period of the axis: `[start, end)` as ISO dates, and its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PeriodRange {
    pub start: String,
    /// The day after the period's last day.
    pub end: String,
    pub label: String,
}

/// One pair's evidence in one period (or among the undated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimelinePoint {
    pub support: u32,
    pub oppose: u32,
    /// `support − oppose`.
    pub net: i64,
    /// Support minus oppose, each assessment counted by [`evidence_weight`].
    pub weighted_net: f64,
    /// The summed [`evidence_weight`] of the period's assessments.
    pub evidence: f64,
    /// `net / (support + oppose)` in [−1, 1]; `None` without evidence.
    pub balance: Option<f64>,
    /// The 95 % Wilson score interval of the support share, mapped onto the
    /// balance scale [−1, 1]; `None` without evidence.
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The assessments counted here, by date then id.
    pub assessment_ids: Vec<i64>,
}

impl TimelinePoint {
    fn add(&mut self, assessment: &impl StanceRecord) {
        let weight = evidence_weight(assessment.review());
        let sign = assessment.polarity().sign();
        match assessment.polarity() {
            Polarity::Support => self.support += 1,
            Polarity::Oppose => self.oppose += 1,
        }
        self.net += sign;
        self.weighted_net += weight * sign as f64;
        self.evidence += weight;
        self.assessment_ids.push(assessment.id());
    }

    /// Fills in the balance and its band once all assessments are added.
    fn finish(&mut self) {
        let n = f64::from(self.support + self.oppose);
        if n == 0.0 {
            return;
        }
        let (low, high) = wilson(f64::from(self.support), n);
        self.balance = Some(self.net as f64 / n);
        self.low = Some(2.0 * low - 1.0);
        self.high = Some(2.0 * high - 1.0);
    }

    /// The sign of the weighted net stance: support, oppose, or none when balanced.
    pub fn stance(&self) -> Option<Polarity> {
        if self.weighted_net > 1e-9 {
            Some(Polarity::Support)
        } else if self.weighted_net < -1e-9 {
            Some(Polarity::Oppose)
        } else {
            None
        }
    }
}

/// The 95 % Wilson score interval of a proportion `successes / n`. Chosen
/// over the normal approximation because it stays within [0, 1] and is
/// honest about the few assessments a period usually holds.
fn wilson(successes: f64, n: f64) -> (f64, f64) {
    const Z: f64 = 1.959_963_984_540_054;
    let p = successes / n;
    let z2 = Z * Z;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = Z / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// One holder → target pair over the axis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimelineSeries {
    pub holder: ActorRef,
    pub target: TargetRef,
    /// One point per period of [`Timeline::periods`], empty ones included.
    pub points: Vec<TimelinePoint>,
    /// The pair's assessments from articles without a readable date.
    pub undated: TimelinePoint,
}

impl TimelineSeries {
    /// All assessments of the pair, dated and undated.
    pub fn assessment_count(&self) -> usize {
        self.points.iter().map(|p| p.assessment_ids.len()).sum::<usize>() + self.undated.assessment_ids.len()
    }
}

/// Stance over time for one or more holder → target pairs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Timeline {
    pub period: Period,
    /// From the period of the first dated assessment to that of the last, without gaps.
    pub periods: Vec<PeriodRange>,
    /// Most assessments first, then by holder and target name.
    pub series: Vec<TimelineSeries>,
    /// Assessments of all series whose article has no readable date.
    pub undated: usize,
}

/// One assessment quoted as evidence: for a shift, either side of it; for
/// an outlet difference, each outlet's view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EvidenceQuote {
    pub assessment_id: i64,
    pub article_id: i64,
    pub article_title: String,
    pub published: Option<String>,
    pub source: Option<String>,
    pub polarity: Polarity,
    pub review: ReviewState,
    pub evidence_text: String,
    pub evidence: Span,
}

impl EvidenceQuote {
    pub fn of(a: &Assessment) -> EvidenceQuote {
        EvidenceQuote {
            assessment_id: a.id,
            article_id: a.article_id,
            article_title: a.article_title.clone(),
            published: a.published.clone(),
            source: a.source.clone(),
            polarity: a.polarity,
            review: a.review,
            evidence_text: a.evidence_text.clone(),
            evidence: a.evidence,
        }
    }
}

/// A target's identity: ids are unique per kind only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TargetId {
    pub kind: TargetKind,
    pub id: i64,
}

impl TargetId {
    pub fn of(target: &TargetRef) -> TargetId {
        TargetId {
            kind: target.kind,
            id: target.id,
        }
    }
}

/// Which pairs a timeline shows and how it cuts time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct TimelineSpec {
    /// Only this holder's stances (`None`: every holder).
    pub holder_id: Option<i64>,
    /// Only stances on this target (`None`: every target of the holder).
    pub target: Option<TargetId>,
    /// `None`: chosen from the date range ([`Period::automatic`]).
    pub period: Option<Period>,
    /// Credit each stance to the actor its holder belongs to (a person's
    /// organisation), when it has one, as DNA's organisation level does.
    pub affiliation: bool,
}

impl TimelineSpec {
    /// The actor a stance is credited to under this spec.
    pub fn holder_of<'a, A: StanceRecord>(&self, assessment: &'a A) -> Cow<'a, ActorRef> {
        match (&assessment.holder().affiliation, self.affiliation) {
            (Some((id, name)), true) => Cow::Owned(ActorRef {
                id: *id,
                name: name.clone(),
                // The parent's kind is not carried with the stance; the usual parent is an organisation.
                kind: ActorKind::Organisation,
                affiliation: None,
            }),
            _ => Cow::Borrowed(assessment.holder()),
        }
    }

    pub fn admits(&self, assessment: &impl StanceRecord) -> bool {
        let holder_id = match (&assessment.holder().affiliation, self.affiliation) {
            (Some((id, _)), true) => *id,
            _ => assessment.holder().id,
        };
        self.holder_id.is_none_or(|id| id == holder_id)
            && self.target.is_none_or(|t| t == TargetId::of(assessment.target()))
    }
}

/// The axis of `period`s covering `first..=last`.
fn axis(period: Period, first: NaiveDate, last: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    let mut ranges = Vec::new();
    let mut start = Some(period.start_of(first));
    while let Some(from) = start {
        if from > last {
            break;
        }
        let Some(to) = period.next(from) else { break };
        ranges.push((from, to));
        start = Some(to);
    }
    ranges
}

/// One pair's periods with evidence only, in axis order: what shifts need,
/// without a point per empty period.
pub(crate) struct SparseSeries<'a> {
    pub holder: ActorRef,
    pub target: &'a TargetRef,
    /// (index into the axis, point), ascending.
    pub points: Vec<(usize, TimelinePoint)>,
    pub undated: TimelinePoint,
    pub count: usize,
}

/// The admitted assessments bucketed per pair and period.
pub(crate) struct Buckets<'a> {
    pub period: Period,
    pub ranges: Vec<(NaiveDate, NaiveDate)>,
    /// Most assessments first, then by holder and target name.
    pub series: Vec<SparseSeries<'a>>,
    pub undated: usize,
}

impl Buckets<'_> {
    pub fn range(&self, at: usize) -> PeriodRange {
        let (start, end) = self.ranges[at];
        PeriodRange {
            start: start.to_string(),
            end: end.to_string(),
            label: self.period.label(start),
        }
    }
}

pub(crate) fn buckets<'a, A: StanceRecord>(assessments: &'a [A], spec: &TimelineSpec) -> Buckets<'a> {
    let mut chosen: Vec<(Option<NaiveDate>, &A)> = assessments
        .iter()
        .filter(|a| spec.admits(*a))
        .map(|a| (a.published().and_then(parse_day), a))
        .collect();
    // Undated last; within a day, by id, so point ids read in time order.
    chosen.sort_by_key(|(day, a)| (day.is_none(), *day, a.id()));
    let first = chosen.first().and_then(|(day, _)| *day);
    let last = chosen.iter().rev().find_map(|(day, _)| *day);
    let period = match (spec.period, first, last) {
        (Some(period), _, _) => period,
        (None, Some(first), Some(last)) => Period::automatic(first, last),
        (None, _, _) => Period::Month,
    };
    let ranges = match (first, last) {
        (Some(first), Some(last)) => axis(period, first, last),
        _ => Vec::new(),
    };

    let mut index: HashMap<(i64, TargetId), usize> = HashMap::new();
    let mut series: Vec<SparseSeries> = Vec::new();
    let mut undated = 0;
    for (day, assessment) in chosen {
        let holder = spec.holder_of(assessment);
        let key = (holder.id, TargetId::of(assessment.target()));
        let slot = *index.entry(key).or_insert_with(|| {
            series.push(SparseSeries {
                holder: holder.into_owned(),
                target: assessment.target(),
                points: Vec::new(),
                undated: TimelinePoint::default(),
                count: 0,
            });
            series.len() - 1
        });
        let pair = &mut series[slot];
        pair.count += 1;
        let point = match day {
            Some(day) => {
                // The ranges are sorted and cover every dated day; days come in order.
                let at = ranges.partition_point(|(_, end)| *end <= day);
                if pair.points.last().is_none_or(|(last, _)| *last != at) {
                    pair.points.push((at, TimelinePoint::default()));
                }
                match pair.points.last_mut() {
                    Some((_, point)) => point,
                    None => continue,
                }
            }
            None => {
                undated += 1;
                &mut pair.undated
            }
        };
        point.add(assessment);
    }
    for pair in &mut series {
        pair.points.iter_mut().for_each(|(_, point)| point.finish());
        pair.undated.finish();
    }
    series.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.holder.name.to_lowercase().cmp(&b.holder.name.to_lowercase()))
            .then_with(|| a.target.name.to_lowercase().cmp(&b.target.name.to_lowercase()))
            .then_with(|| (a.holder.id, TargetId::of(a.target)).cmp(&(b.holder.id, TargetId::of(b.target))))
    });
    Buckets {
        period,
        ranges,
        series,
        undated,
    }
}

/// The timeline of the assessments `spec` admits.
pub fn timeline<A: StanceRecord>(assessments: &[A], spec: &TimelineSpec) -> Timeline {
    let buckets = buckets(assessments, spec);
    let periods: Vec<PeriodRange> = (0..buckets.ranges.len()).map(|at| buckets.range(at)).collect();
    let series = buckets
        .series
        .into_iter()
        .map(|sparse| {
            let mut points = vec![TimelinePoint::default(); periods.len()];
            for (at, point) in sparse.points {
                points[at] = point;
            }
            TimelineSeries {
                holder: sparse.holder,
                target: sparse.target.clone(),
                points,
                undated: sparse.undated,
            }
        })
        .collect();
    Timeline {
        period: buckets.period,
        periods,
        series,
        undated: buckets.undated,
    }
}

#[cfg(test)]
mod tests;
