//! Tests of the outlet comparison: shared axes, cells per outlet, the
//! difference view with both sides' evidence, and the matrix per source.

use super::*;
use crate::model::Polarity::{Oppose, Support};
use crate::testkit::{actor, as_target, issue, Fixture};

#[test]
fn two_outlets_on_shared_axes_differ_where_their_signs_do() {
    let eu = actor(1, "EU");
    let turkey = actor(2, "Turkey");
    let deal = issue(7, "Cyprus deal");
    let mut f = Fixture::default();
    let r1 = f.stance(&eu, &deal, Support, Some("2004-10-01"), Some("Reuters"));
    let r2 = f.stance(&eu, &deal, Support, Some("2004-10-02"), Some("Reuters"));
    let b1 = f.stance(&eu, &deal, Oppose, Some("2004-10-03"), Some("BBC"));
    // Both report Turkey opposing the EU: no difference.
    f.stance(&turkey, &as_target(&eu), Oppose, None, Some("Reuters"));
    f.stance(&turkey, &as_target(&eu), Oppose, None, Some("BBC"));
    // Only the BBC reports Turkey on the deal: no difference either.
    f.stance(&turkey, &deal, Support, None, Some("BBC"));
    // Another outlet is left out.
    f.stance(&eu, &deal, Oppose, None, Some("AP"));
    // A balanced cell differs in sign from a signed one.
    f.stance(&turkey, &as_target(&eu), Support, None, Some("BBC"));

    let c = compare(&f.assessments, "Reuters", "BBC");
    assert_eq!((c.left_source.as_str(), c.right_source.as_str()), ("Reuters", "BBC"));
    let holders: Vec<&str> = c.holders.iter().map(|h| h.name.as_str()).collect();
    let targets: Vec<&str> = c.targets.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(holders, ["EU", "Turkey"]);
    assert_eq!(targets, ["Cyprus deal", "EU"]);
    assert_eq!(c.left.len(), 2);
    assert_eq!(c.right.len(), 3);
    assert_eq!(c.differences.len(), 2);
    let first = &c.differences[0];
    assert_eq!(
        (first.holder.name.as_str(), first.target.name.as_str()),
        ("EU", "Cyprus deal")
    );
    assert_eq!((first.left.net, first.right.net), (2, -1));
    let left_ids: Vec<i64> = first.left_evidence.iter().map(|q| q.assessment_id).collect();
    assert_eq!(left_ids, [r1, r2]);
    assert_eq!(first.right_evidence[0].assessment_id, b1);
    assert_eq!(first.right_evidence[0].source.as_deref(), Some("BBC"));
    let second = &c.differences[1];
    assert_eq!(
        (second.left.net, second.right.net),
        (-1, 0),
        "opposed stances come first"
    );
    // Cells index the shared axes.
    assert_eq!(c.holders[first.left.row].name, "EU");
}

#[test]
fn unknown_outlets_compare_as_empty() {
    let mut f = Fixture::default();
    f.stance(&actor(1, "A"), &issue(1, "x"), Support, None, Some("Reuters"));
    let c = compare(&f.assessments, "Nobody", "Else");
    assert!(c.holders.is_empty() && c.left.is_empty() && c.right.is_empty() && c.differences.is_empty());
}

#[test]
fn one_matrix_per_source_with_the_unsourced_under_the_empty_name() {
    let (a, x) = (actor(1, "A"), issue(1, "x"));
    let mut f = Fixture::default();
    f.stance(&a, &x, Support, None, Some("Reuters"));
    f.stance(&a, &x, Oppose, None, Some("BBC"));
    f.stance(&a, &x, Oppose, None, Some("BBC"));
    f.stance(&a, &x, Oppose, None, None);
    let per = by_source(&f.assessments);
    let names: Vec<&str> = per.keys().map(String::as_str).collect();
    assert_eq!(names, ["", "BBC", "Reuters"]);
    assert_eq!(per["BBC"].cells[0].net, -2);
    assert_eq!(per["Reuters"].cells[0].net, 1);
}
