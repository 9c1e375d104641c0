//! Time slices: one network per calendar month or year, or per position of a
//! moving window, so an analyst can watch coalitions form and dissolve.
//!
//! Undated assessments belong to no slice; they are counted, not dropped silently.

use std::num::NonZeroU32;

use serde::Serialize;

use crate::model::Assessment;

use super::period::Day;
use super::{build_from, Network, NetworkSpec};

/// How to cut the time line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slicing {
    Month,
    Year,
    /// Windows of `days` days, moved forward `step_days` at a time.
    MovingWindow { days: NonZeroU32, step_days: NonZeroU32 },
}

/// One period's network.
#[derive(Debug, Clone)]
pub struct TimeSlice {
    /// The first day, ISO 8601.
    pub start: String,
    /// The day after the last, ISO 8601 (the range is half-open).
    pub end: String,
    pub assessment_count: usize,
    pub network: Network,
}

#[derive(Debug, Clone)]
pub struct TimeSlices {
    pub slices: Vec<TimeSlice>,
    /// Assessments whose article has no readable date.
    pub undated: usize,
}

/// Summary of a slice for listings (the network itself is exported separately).
#[derive(Debug, Clone, Serialize)]
pub struct SliceSummary<'a> {
    pub start: &'a str,
    pub end: &'a str,
    pub assessments: usize,
    pub edges: usize,
}

impl TimeSlice {
    pub fn summary(&self) -> SliceSummary<'_> {
        SliceSummary {
            start: &self.start,
            end: &self.end,
            assessments: self.assessment_count,
            edges: self.network.edges.len(),
        }
    }
}

/// One network per period from the first to the last dated assessment,
/// empty periods included so that the sequence has no gaps.
pub fn time_slices(assessments: &[Assessment], spec: NetworkSpec, slicing: Slicing) -> TimeSlices {
    let mut dated: Vec<(Day, &Assessment)> = assessments
        .iter()
        .filter_map(|a| a.published.as_deref().and_then(Day::parse).map(|day| (day, a)))
        .collect();
    let undated = assessments.len() - dated.len();
    dated.sort_by_key(|(day, a)| (*day, a.id));
    let (Some(&(first, _)), Some(&(last, _))) = (dated.first(), dated.last()) else {
        return TimeSlices { slices: Vec::new(), undated };
    };

    let mut ranges: Vec<(Day, Day)> = Vec::new();
    match slicing {
        Slicing::Month => {
            let mut start = first.month_start_plus(0);
            while start <= last {
                let end = start.month_start_plus(1);
                ranges.push((start, end));
                start = end;
            }
        }
        Slicing::Year => {
            let mut year = first.civil().0;
            while Day::from_civil(year, 1, 1) <= last {
                ranges.push((Day::from_civil(year, 1, 1), Day::from_civil(year + 1, 1, 1)));
                year += 1;
            }
        }
        Slicing::MovingWindow { days, step_days } => {
            let mut start = first;
            loop {
                ranges.push((start, start.plus_days(i64::from(days.get()))));
                if start.plus_days(i64::from(days.get())) > last {
                    break;
                }
                start = start.plus_days(i64::from(step_days.get()));
            }
        }
    }

    let slices = ranges
        .into_iter()
        .map(|(start, end)| {
            let from = dated.partition_point(|(day, _)| *day < start);
            let to = dated.partition_point(|(day, _)| *day < end);
            let members = &dated[from..to];
            TimeSlice {
                start: start.iso(),
                end: end.iso(),
                assessment_count: members.len(),
                network: build_from(members.iter().map(|(_, a)| *a), spec),
            }
        })
        .collect();
    TimeSlices { slices, undated }
}
