//! Tests of signed blocs: a balanced network splits into its two camps
//! with no frustration, an unbalanced triangle reports its frustration,
//! shared stances tie actors, and the result does not depend on input order.

use super::*;
use crate::matrix::{Group, Grouping, Layout, Order};
use crate::model::Polarity::{Oppose, Support};
use crate::testkit::{actor, annan_plan, as_target, issue, Fixture};

fn graph(names: &[&str], ties: &[(usize, usize, f64)]) -> SignedGraph {
    SignedGraph {
        nodes: names
            .iter()
            .enumerate()
            .map(|(i, n)| (i as i64 + 1, n.to_string()))
            .collect(),
        ties: ties.to_vec(),
    }
}

fn blocs_by_name(p: &BlocPartition) -> Vec<(String, usize)> {
    let mut list: Vec<(String, usize)> = p.members.iter().map(|m| (m.name.clone(), m.bloc)).collect();
    list.sort();
    list
}

#[test]
fn a_balanced_network_splits_into_two_camps_without_frustration() {
    // {A, B, C} like each other, {D, E} like each other, the camps dislike.
    let g = graph(
        &["A", "B", "C", "D", "E"],
        &[
            (0, 1, 1.0),
            (1, 2, 1.0),
            (0, 2, 0.5),
            (3, 4, 1.0),
            (0, 3, -1.0),
            (2, 4, -1.0),
            (1, 4, -0.5),
        ],
    );
    let p = partition(&g);
    assert_eq!(p.blocs, 2);
    assert_eq!(p.frustration, 0.0);
    assert_eq!(p.frustration_index, 0.0);
    let blocs = blocs_by_name(&p);
    assert_eq!(
        blocs,
        [
            ("A".into(), 1),
            ("B".into(), 1),
            ("C".into(), 1),
            ("D".into(), 2),
            ("E".into(), 2)
        ]
    );
    assert_eq!((p.ties, p.frustrated_ties), (7, 0));
}

#[test]
fn an_unbalanced_triangle_reports_the_least_frustration() {
    // All three dislike each other except A–B, who like each other weakly,
    // and B–C, who like each other strongly: B goes with C, A–B is frustrated.
    let g = graph(&["A", "B", "C"], &[(0, 1, 0.5), (1, 2, 2.0), (0, 2, -1.0)]);
    let p = partition(&g);
    assert_eq!(blocs_by_name(&p), [("A".into(), 2), ("B".into(), 1), ("C".into(), 1)]);
    assert_eq!(p.frustration, 0.5);
    assert!((p.frustration_index - 0.5 / 3.5).abs() < 1e-12);
    assert_eq!(p.frustrated_ties, 1);
}

#[test]
fn actors_leave_a_bloc_they_are_tied_to_only_negatively() {
    let g = graph(&["A", "B", "C"], &[(0, 1, 1.0), (0, 2, -1.0), (1, 2, -1.0)]);
    let p = partition(&g);
    assert_eq!(p.blocs, 2);
    assert_eq!(p.frustration, 0.0);
}

#[test]
fn stances_on_shared_targets_and_on_each_other_make_the_blocs() {
    let (mut f, [greece, cyprus, turkey, _], _) = annan_plan([None; 4]);
    f.stance(&turkey, &as_target(&cyprus), Oppose, None, None);
    f.stance(&greece, &as_target(&cyprus), Support, None, None);
    let g = SignedGraph::from_assessments(&f.assessments);
    assert_eq!(g.nodes.len(), 4);
    // Greece–Cyprus: shared opposition (+1) and direct support (+1).
    let greece_cyprus = g.ties.iter().find(|(a, b, _)| (*a, *b) == (0, 1)).map(|t| t.2);
    assert_eq!(greece_cyprus, Some(2.0));
    let p = signed_blocs(&f.assessments);
    let blocs = blocs_by_name(&p);
    let bloc = |name: &str| blocs.iter().find(|(n, _)| n == name).map(|(_, b)| *b);
    assert_eq!(bloc("Greece"), bloc("Cyprus"));
    assert_eq!(bloc("Turkey"), bloc("UK"));
    assert_ne!(bloc("Greece"), bloc("Turkey"));
    assert_eq!(p.frustration, 0.0);
    assert_eq!(p.bloc_of()[&1], bloc("Greece").unwrap());
}

#[test]
fn the_partition_does_not_depend_on_input_order() {
    let mut f = Fixture::default();
    let actors: Vec<_> = (1..=12).map(|i| actor(i, &format!("actor {i:02}"))).collect();
    let issues: Vec<_> = (1..=4).map(|i| issue(i, &format!("issue {i}"))).collect();
    for (i, a) in actors.iter().enumerate() {
        for (j, x) in issues.iter().enumerate() {
            let polarity = if (i * 7 + j * 3) % 5 < 2 { Support } else { Oppose };
            f.stance(a, x, polarity, None, None);
        }
    }
    let forward = signed_blocs(&f.assessments);
    let mut reversed = f.assessments.clone();
    reversed.reverse();
    assert_eq!(signed_blocs(&reversed), forward);
    assert!(forward.frustration_index >= 0.0 && forward.frustration_index <= 1.0);
}

#[test]
fn no_ties_means_one_bloc_per_actor_and_no_frustration() {
    let p = partition(&graph(&["B", "A"], &[]));
    assert_eq!(p.blocs, 2);
    assert_eq!(p.frustration_index, 0.0);
    assert_eq!(p.members[0].name, "A", "equal blocs are numbered by name");
}

#[test]
fn the_matrix_in_bloc_order_keeps_each_camp_together() {
    let (mut f, [greece, cyprus, turkey, uk], _) = annan_plan([None; 4]);
    let (bases, trade) = (issue(10, "bases"), issue(11, "trade"));
    f.stance(&uk, &bases, Support, None, None);
    f.stance(&greece, &trade, Support, None, None);
    f.stance(&turkey, &as_target(&cyprus), Oppose, None, None);
    let matrix = Matrix::build(&f.assessments);
    let rows: Vec<&str> = holder_order(&matrix)
        .into_iter()
        .map(|r| matrix.holders[r].name.as_str())
        .collect();
    // Two blocs of two, numbered by strength then name; each camp is adjacent.
    let camp = |a: &str, b: &str| {
        rows.iter()
            .position(|n| *n == a)
            .zip(rows.iter().position(|n| *n == b))
            .map(|(x, y)| x.abs_diff(y))
    };
    assert_eq!(camp("Greece", "Cyprus"), Some(1), "{rows:?}");
    assert_eq!(camp("Turkey", "UK"), Some(1), "{rows:?}");
    let cols: Vec<&str> = target_order(&matrix)
        .into_iter()
        .map(|c| matrix.targets[c].name.as_str())
        .collect();
    // Cyprus (an actor) sits with its bloc, "trade" with Greece's, "bases"
    // with the UK's: whichever camp comes first, its columns come first.
    let pos = |name: &str| cols.iter().position(|n| *n == name).expect("column");
    assert_eq!(cols.len(), 4);
    if matches!(rows[0], "Greece" | "Cyprus") {
        assert!(pos("Cyprus") < pos("bases") && pos("trade") < pos("bases"), "{cols:?}");
    } else {
        assert!(pos("bases") < pos("Cyprus") && pos("bases") < pos("trade"), "{cols:?}");
    }
    assert_eq!(holder_order(&matrix), holder_order(&matrix.clone()));
    // The matrix's "blocs" order is this one: one algorithm for every reader.
    let ordered = matrix.clone().ordered(Order::Blocs, Order::Blocs);
    let ordered_rows: Vec<&str> = ordered.holders.iter().map(|h| h.name.as_str()).collect();
    let ordered_cols: Vec<&str> = ordered.targets.iter().map(|t| t.name.as_str()).collect();
    assert_eq!((ordered_rows, ordered_cols), (rows.clone(), cols.clone()));
    // Grouped by bloc: the same partition labels the ranges, whatever the order.
    let layout = Layout {
        group: Grouping::Blocs,
        ..Layout::uniform(Order::Name)
    };
    let laid_out = matrix.clone().laid_out(&layout, &[]);
    let labels =
        |groups: &[Group]| -> Vec<(String, usize)> { groups.iter().map(|g| (g.label.clone(), g.count)).collect() };
    assert_eq!(
        labels(&laid_out.row_groups),
        [("Bloc 1".into(), 2), ("Bloc 2".into(), 2)]
    );
    // Cyprus and "trade" with Greece's bloc, "bases" with the UK's.
    let greek_bloc = if matches!(rows[0], "Greece" | "Cyprus") { 1 } else { 2 };
    let col_bloc = |name: &str| {
        let col = laid_out
            .matrix
            .targets
            .iter()
            .position(|t| t.name == name)
            .expect("column");
        let group = laid_out
            .col_groups
            .iter()
            .find(|g| (g.start..g.start + g.count).contains(&col))
            .expect("group");
        group.label.clone()
    };
    assert_eq!(col_bloc("Cyprus"), format!("Bloc {greek_bloc}"));
    assert_eq!(col_bloc("trade"), format!("Bloc {greek_bloc}"));
    assert_eq!(col_bloc("bases"), format!("Bloc {}", 3 - greek_bloc));
}
