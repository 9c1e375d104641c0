//! Tests of shift detection: a turn from support to oppose across months,
//! thin and balanced periods stepped over, reviewed evidence weighing double,
//! and the evidence quoted either side.

use super::*;
use crate::model::Polarity::{Oppose, Support};
use crate::model::ReviewState;
use crate::testkit::{actor, issue, Fixture};
use crate::timeline::TimelineSpec;

fn monthly(min_evidence: f64) -> ShiftSpec {
    ShiftSpec {
        timeline: TimelineSpec {
            period: Some(Period::Month),
            ..TimelineSpec::default()
        },
        min_evidence,
    }
}

#[test]
fn support_turning_to_oppose_is_one_shift_with_evidence_either_side() {
    let turkey = actor(1, "Turkey");
    let deal = issue(7, "Cyprus deal");
    let mut f = Fixture::default();
    f.stance(&turkey, &deal, Support, Some("2004-09-02"), None);
    f.stance(&turkey, &deal, Support, Some("2004-09-20"), None);
    f.stance(&turkey, &deal, Support, Some("2004-10-01"), None);
    let last_support = f.stance(&turkey, &deal, Support, Some("2004-10-15"), None);
    f.stance(&turkey, &deal, Oppose, Some("2004-10-10"), None);
    // November is thin: one suggestion is below the minimum and is stepped over.
    f.stance(&turkey, &deal, Oppose, Some("2004-11-11"), None);
    let first_oppose = f.stance(&turkey, &deal, Oppose, Some("2004-12-01"), None);
    f.stance(&turkey, &deal, Oppose, Some("2004-12-09"), None);
    f.stance(&turkey, &deal, Support, Some("2004-12-03"), None);

    let found = shifts(&f.assessments, &monthly(2.0));
    assert_eq!(found.shifts.len(), 1, "{:#?}", found.shifts);
    let shift = &found.shifts[0];
    assert_eq!((shift.from, shift.to), (Support, Oppose));
    assert_eq!(
        (shift.before.label.as_str(), shift.after.label.as_str()),
        ("2004-10", "2004-12")
    );
    assert_eq!(
        shift.sentence(),
        "Turkey: support → oppose on Cyprus deal, between 2004-10 and 2004-12"
    );
    assert_eq!(shift.last_before.assessment_id, last_support);
    assert_eq!(shift.first_after.assessment_id, first_oppose);
    assert_eq!(shift.last_before.published.as_deref(), Some("2004-10-15"));
    assert_eq!((shift.after_counts.support, shift.after_counts.oppose), (1, 2));

    // With a minimum of one, November counts: the turn is between October and November.
    let found = shifts(&f.assessments, &monthly(1.0));
    assert_eq!(found.shifts.len(), 1);
    assert_eq!(found.shifts[0].after.label, "2004-11");
}

#[test]
fn a_reviewed_decision_alone_is_enough_evidence_and_outweighs_a_suggestion() {
    let greece = actor(2, "Greece");
    let plan = issue(3, "Annan plan");
    let mut f = Fixture::default();
    let accepted = f.stance(&greece, &plan, Support, Some("2004-01-05"), None);
    f.review(accepted, ReviewState::Accepted);
    let edited = f.stance(&greece, &plan, Oppose, Some("2004-02-05"), None);
    f.review(edited, ReviewState::Edited);
    f.stance(&greece, &plan, Support, Some("2004-02-06"), None);
    let found = shifts(&f.assessments, &monthly(2.0));
    assert_eq!(found.shifts.len(), 1);
    assert_eq!((found.shifts[0].from, found.shifts[0].to), (Support, Oppose));
    assert_eq!(found.shifts[0].first_after.assessment_id, edited);

    // January holds 2, February 2 + 1: a minimum of three leaves January out.
    let found = shifts(&f.assessments, &monthly(3.0));
    assert!(found.shifts.is_empty(), "{:#?}", found.shifts);
}

#[test]
fn balanced_periods_are_stepped_over_and_steady_stances_are_no_shift() {
    let a = actor(1, "A");
    let x = issue(1, "x");
    let mut f = Fixture::default();
    for date in ["2001-01-01", "2001-01-02", "2001-03-01", "2001-03-02"] {
        f.stance(&a, &x, Support, Some(date), None);
    }
    // February is balanced.
    f.stance(&a, &x, Support, Some("2001-02-01"), None);
    f.stance(&a, &x, Oppose, Some("2001-02-02"), None);
    assert!(shifts(&f.assessments, &monthly(2.0)).shifts.is_empty());
    // Undated evidence never makes a shift, and is counted.
    f.stance(&a, &x, Oppose, None, None);
    f.stance(&a, &x, Oppose, None, None);
    let found = shifts(&f.assessments, &monthly(2.0));
    assert!(found.shifts.is_empty());
    assert_eq!(found.undated, 2);
}

#[test]
fn shifts_are_ordered_by_time_then_holder_and_are_deterministic() {
    let (a, b) = (actor(1, "Beta"), actor(2, "Alpha"));
    let x = issue(1, "x");
    let mut f = Fixture::default();
    for holder in [&a, &b] {
        f.stance(holder, &x, Oppose, Some("2001-01-01"), None);
        f.stance(holder, &x, Oppose, Some("2001-01-02"), None);
        f.stance(holder, &x, Support, Some("2001-02-01"), None);
        f.stance(holder, &x, Support, Some("2001-02-02"), None);
        f.stance(holder, &x, Oppose, Some("2001-03-01"), None);
        f.stance(holder, &x, Oppose, Some("2001-03-02"), None);
    }
    let found = shifts(&f.assessments, &monthly(2.0));
    let order: Vec<(&str, &str)> = found
        .shifts
        .iter()
        .map(|s| (s.after.label.as_str(), s.holder.name.as_str()))
        .collect();
    assert_eq!(
        order,
        [
            ("2001-02", "Alpha"),
            ("2001-02", "Beta"),
            ("2001-03", "Alpha"),
            ("2001-03", "Beta")
        ]
    );
    let mut reversed = f.assessments.clone();
    reversed.reverse();
    assert_eq!(shifts(&reversed, &monthly(2.0)), found);
}
