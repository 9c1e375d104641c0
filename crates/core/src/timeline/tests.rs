//! Tests of the timeline: period arithmetic and labels, the automatic
//! period, gap-free axes, counts and bands per period, undated evidence.

use chrono::NaiveDate;

use super::*;
use crate::model::Polarity::{Oppose, Support};
use crate::testkit::{actor, as_target, issue, Fixture};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
}

#[test]
fn periods_start_step_and_label_on_the_calendar() {
    // 2004-10-13 is a Wednesday in ISO week 42.
    assert_eq!(Period::Week.start_of(day("2004-10-13")), day("2004-10-11"));
    assert_eq!(Period::Week.label(day("2004-10-11")), "2004-W42");
    assert_eq!(Period::Month.start_of(day("2004-10-13")), day("2004-10-01"));
    assert_eq!(Period::Month.next(day("2004-12-01")), Some(day("2005-01-01")));
    assert_eq!(Period::Quarter.start_of(day("2004-12-31")), day("2004-10-01"));
    assert_eq!(Period::Quarter.label(day("2004-10-01")), "2004-Q4");
    // ISO week years differ from calendar years at the turn.
    assert_eq!(Period::Week.label(Period::Week.start_of(day("2021-01-01"))), "2020-W53");
}

#[test]
fn the_automatic_period_follows_the_date_range() {
    assert_eq!(Period::automatic(day("2020-01-01"), day("2020-03-01")), Period::Week);
    assert_eq!(Period::automatic(day("2020-01-01"), day("2021-06-01")), Period::Month);
    assert_eq!(Period::automatic(day("2000-01-01"), day("2010-01-01")), Period::Quarter);
}

#[test]
fn counts_per_month_without_gaps_and_undated_apart() {
    let turkey = actor(1, "Turkey");
    let deal = issue(7, "Cyprus deal");
    let mut f = Fixture::default();
    f.stance(&turkey, &deal, Support, Some("2004-10-03"), None);
    f.stance(&turkey, &deal, Support, Some("2004-10-20T09:00:00Z"), None);
    f.stance(&turkey, &deal, Oppose, Some("2004-10-21"), None);
    f.stance(&turkey, &deal, Oppose, Some("2005-01-05"), None);
    f.stance(&turkey, &deal, Oppose, None, None);
    f.stance(&turkey, &deal, Support, Some("not a date"), None);
    let spec = TimelineSpec {
        period: Some(Period::Month),
        ..TimelineSpec::default()
    };
    let t = timeline(&f.assessments, &spec);
    let labels: Vec<&str> = t.periods.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["2004-10", "2004-11", "2004-12", "2005-01"]);
    assert_eq!(t.periods[0].start, "2004-10-01");
    assert_eq!(t.periods[0].end, "2004-11-01");
    assert_eq!(t.undated, 2);
    assert_eq!(t.series.len(), 1);
    let s = &t.series[0];
    let october = &s.points[0];
    assert_eq!((october.support, october.oppose, october.net), (2, 1, 1));
    assert_eq!(october.assessment_ids, [1, 2, 3]);
    assert!((october.balance.unwrap() - 1.0 / 3.0).abs() < 1e-9);
    let (low, high) = (october.low.unwrap(), october.high.unwrap());
    assert!(low < 1.0 / 3.0 && 1.0 / 3.0 < high && low >= -1.0 && high <= 1.0);
    assert_eq!(
        s.points[1],
        TimelinePoint::default(),
        "an empty month is a point without evidence"
    );
    assert_eq!((s.points[3].support, s.points[3].oppose), (0, 1));
    assert_eq!((s.undated.support, s.undated.oppose), (1, 1));
    assert_eq!(s.assessment_count(), 6);
}

#[test]
fn the_band_narrows_with_more_evidence() {
    let (low1, high1) = wilson(1.0, 2.0);
    let (low2, high2) = wilson(50.0, 100.0);
    assert!(high1 - low1 > high2 - low2);
    assert!((0.0..=1.0).contains(&low1) && (0.0..=1.0).contains(&high1));
    assert_eq!(wilson(3.0, 3.0).1, 1.0);
}

#[test]
fn reviewed_evidence_weighs_double_in_the_weighted_net() {
    let turkey = actor(1, "Turkey");
    let deal = issue(7, "Cyprus deal");
    let mut f = Fixture::default();
    // A Tuesday and a Wednesday: one ISO week.
    let accepted = f.stance(&turkey, &deal, Oppose, Some("2004-10-05"), None);
    f.stance(&turkey, &deal, Support, Some("2004-10-06"), None);
    f.review(accepted, ReviewState::Accepted);
    let t = timeline(&f.assessments, &TimelineSpec::default());
    let p = &t.series[0].points[0];
    assert_eq!(p.net, 0);
    assert_eq!((p.weighted_net, p.evidence), (-1.0, 3.0));
    assert_eq!(p.stance(), Some(Oppose));
}

#[test]
fn a_holder_across_its_targets_is_one_series_per_target_on_one_axis() {
    let turkey = actor(1, "Turkey");
    let greece = actor(2, "Greece");
    let deal = issue(7, "Cyprus deal");
    let mut f = Fixture::default();
    f.stance(&turkey, &deal, Support, Some("2004-01-10"), None);
    f.stance(&turkey, &as_target(&greece), Oppose, Some("2004-03-10"), None);
    f.stance(&turkey, &as_target(&greece), Oppose, Some("2004-03-11"), None);
    f.stance(&greece, &deal, Oppose, Some("2009-01-01"), None);
    let spec = TimelineSpec {
        holder_id: Some(1),
        ..TimelineSpec::default()
    };
    let t = timeline(&f.assessments, &spec);
    assert_eq!(
        t.period,
        Period::Week,
        "Greece's 2009 stance is not the holder's and does not stretch the range"
    );
    assert_eq!(t.series.len(), 2);
    assert_eq!(t.series[0].target.name, "Greece", "most evidence first");
    assert!(t.series.iter().all(|s| s.points.len() == t.periods.len()));

    let pair = TimelineSpec {
        holder_id: Some(1),
        target: Some(TargetId::of(&deal)),
        period: Some(Period::Quarter),
        affiliation: false,
    };
    let t = timeline(&f.assessments, &pair);
    assert_eq!(t.series.len(), 1);
    assert_eq!(t.periods.len(), 1);
    assert_eq!(t.periods[0].label, "2004-Q1");
}

#[test]
fn nothing_dated_gives_an_empty_axis() {
    let mut f = Fixture::default();
    f.stance(&actor(1, "A"), &issue(1, "x"), Support, None, None);
    let t = timeline(&f.assessments, &TimelineSpec::default());
    assert!(t.periods.is_empty());
    assert_eq!(t.undated, 1);
    assert!(t.series[0].points.is_empty());
    assert!(timeline::<Assessment>(&[], &TimelineSpec::default()).series.is_empty());
}

#[test]
fn stances_roll_up_to_the_holders_organisation() {
    let mut whitman = actor(1, "Christine Todd Whitman");
    whitman.affiliation = Some((10, "EPA".into()));
    let mut other = actor(2, "Jane Doe");
    other.affiliation = Some((10, "EPA".into()));
    let law = issue(3, "legislation");
    let mut f = Fixture::default();
    f.stance(&whitman, &law, Support, Some("2005-02-02"), None);
    f.stance(&other, &law, Oppose, Some("2005-02-03"), None);
    let spec = TimelineSpec {
        holder_id: Some(10),
        affiliation: true,
        ..TimelineSpec::default()
    };
    let t = timeline(&f.assessments, &spec);
    assert_eq!(t.series.len(), 1);
    assert_eq!(t.series[0].holder.name, "EPA");
    assert_eq!((t.series[0].points[0].support, t.series[0].points[0].oppose), (1, 1));
    let by_person = TimelineSpec {
        holder_id: Some(10),
        ..TimelineSpec::default()
    };
    assert!(timeline(&f.assessments, &by_person).series.is_empty());
}
