//! Time slices: one network per calendar month or year, or per position of a
//! moving window, so an analyst can watch coalitions form and dissolve.
//!
//! Undated assessments belong to no slice; they are counted, not dropped silently.
//! At most [`MAX_SLICES`] slices: articles dated 1900 and 2100 cut into
//! one-day windows would otherwise be 73,050 networks (and files).

use std::num::NonZeroU32;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;

use crate::blocs::signed_blocs;
use crate::model::StanceRecord;

use super::period::parse_day;
use super::{build_from, Network, NetworkSpec};

/// The most slices one cut may make.
pub const MAX_SLICES: usize = 2_000;

/// A cut that would make more than [`MAX_SLICES`] slices.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "cutting {first} to {last} this way makes more than {max} slices: \
     use longer slices or steps, or narrow the dates with --from/--to"
)]
pub struct TooManySlices {
    pub first: String,
    pub last: String,
    pub max: usize,
}

/// How to cut the time line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slicing {
    Month,
    Year,
    /// Windows of `days` days, moved forward `step_days` at a time.
    MovingWindow {
        days: NonZeroU32,
        step_days: NonZeroU32,
    },
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

/// A span of calendar time.
#[derive(Clone, Copy)]
enum Length {
    Months(u32),
    Days(u32),
}

impl Length {
    fn after(self, day: NaiveDate) -> Option<NaiveDate> {
        match self {
            Length::Months(months) => day.checked_add_months(Months::new(months)),
            Length::Days(days) => day.checked_add_days(Days::new(u64::from(days))),
        }
    }
}

/// One network per period from the first to the last dated assessment,
/// empty periods included so that the sequence has no gaps; an error when
/// that would be more than [`MAX_SLICES`] periods.
pub fn time_slices<A: StanceRecord>(
    assessments: &[A],
    spec: NetworkSpec,
    slicing: Slicing,
) -> Result<TimeSlices, TooManySlices> {
    let mut dated: Vec<(NaiveDate, &A)> = assessments
        .iter()
        .filter_map(|a| a.published().and_then(parse_day).map(|day| (day, a)))
        .collect();
    let undated = assessments.len() - dated.len();
    dated.sort_by_key(|(day, a)| (*day, a.id()));
    let (Some(&(first, _)), Some(&(last, _))) = (dated.first(), dated.last()) else {
        return Ok(TimeSlices {
            slices: Vec::new(),
            undated,
        });
    };

    // Each step is checked: past chrono's last representable day the sequence simply ends.
    let mut ranges: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    let (mut start, length, step) = match slicing {
        Slicing::Month => (first.with_day(1), Length::Months(1), Length::Months(1)),
        Slicing::Year => (first.with_ordinal(1), Length::Months(12), Length::Months(12)),
        Slicing::MovingWindow { days, step_days } => {
            (Some(first), Length::Days(days.get()), Length::Days(step_days.get()))
        }
    };
    while let Some(from) = start {
        let Some(to) = length.after(from) else { break };
        if ranges.len() == MAX_SLICES {
            return Err(TooManySlices {
                first: first.to_string(),
                last: last.to_string(),
                max: MAX_SLICES,
            });
        }
        ranges.push((from, to));
        if to > last {
            break;
        }
        start = step.after(from);
    }

    // Blocs of the whole span, so an actor keeps its colour from slice to slice.
    let blocs = signed_blocs(assessments).bloc_of();
    let slices = ranges
        .into_iter()
        .map(|(start, end)| {
            let from = dated.partition_point(|(day, _)| *day < start);
            let to = dated.partition_point(|(day, _)| *day < end);
            let members = &dated[from..to];
            TimeSlice {
                start: start.to_string(),
                end: end.to_string(),
                assessment_count: members.len(),
                network: build_from(members.iter().map(|(_, a)| *a), spec).with_blocs(&blocs),
            }
        })
        .collect();
    Ok(TimeSlices { slices, undated })
}
