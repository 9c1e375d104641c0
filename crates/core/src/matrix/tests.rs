//! Tests of the matrix: aggregation into cells, lookups, permutations and
//! the orders, including that blocs put like-minded holders together.

use super::*;
use crate::model::{ActorKind, Assessment, Origin, ReviewState, Span, TargetKind};

fn actor(id: i64, name: &str, kind: ActorKind, affiliation: Option<(i64, &str)>) -> ActorRef {
    ActorRef {
        id,
        name: name.into(),
        kind,
        affiliation: affiliation.map(|(i, n)| (i, n.to_owned())),
    }
}

fn target(id: i64, name: &str, kind: TargetKind) -> TargetRef {
    TargetRef {
        id,
        name: name.into(),
        kind,
    }
}

fn assessment(id: i64, holder: &ActorRef, target: &TargetRef, polarity: Polarity) -> Assessment {
    Assessment {
        id,
        article_id: 1,
        article_title: "t".into(),
        published: None,
        source: None,
        holder: holder.clone(),
        target: target.clone(),
        polarity,
        confidence: 0.8,
        evidence_text: "e".into(),
        evidence: Span::new(0, 1),
        cue: None,
        holder_span: None,
        target_span: None,
        origin: Origin::Analyst,
        review: ReviewState::Accepted,
    }
}

fn names(matrix: &Matrix) -> (Vec<&str>, Vec<&str>) {
    (
        matrix.holders.iter().map(|h| h.name.as_str()).collect(),
        matrix.targets.iter().map(|t| t.name.as_str()).collect(),
    )
}

#[test]
fn cells_count_support_and_oppose_with_net() {
    let russia = actor(1, "Russia", ActorKind::Country, None);
    let us = actor(2, "United States", ActorKind::Country, None);
    let syria = target(3, "Syrian government", TargetKind::Actor);
    let deal = target(3, "the deal", TargetKind::Issue); // same id, other kind
    let list = vec![
        assessment(10, &russia, &syria, Polarity::Support),
        assessment(11, &russia, &syria, Polarity::Support),
        assessment(12, &russia, &syria, Polarity::Oppose),
        assessment(13, &us, &syria, Polarity::Oppose),
        assessment(14, &us, &deal, Polarity::Support),
    ];
    let matrix = Matrix::build(&list);
    assert_eq!(
        names(&matrix),
        (vec!["Russia", "United States"], vec!["Syrian government", "the deal"])
    );
    let cell = matrix.cell(0, 0).expect("Russia → Syria");
    assert_eq!((cell.support, cell.oppose, cell.net), (2, 1, 1));
    assert_eq!(matrix.cell(1, 0).map(|c| c.net), Some(-1));
    assert_eq!(matrix.cell(1, 1).map(|c| c.net), Some(1));
    assert!(matrix.cell(0, 1).is_none(), "Russia said nothing about the deal");
    assert_eq!(matrix.assessment_count(), 5);
}

#[test]
fn empty_input_gives_empty_matrix() {
    let matrix = Matrix::build::<Assessment>(&[]);
    assert!(matrix.holders.is_empty() && matrix.targets.is_empty() && matrix.cells.is_empty());
    assert_eq!(matrix.ordered(Order::Blocs, Order::Blocs), Matrix::default());
}

#[test]
fn permuted_moves_cells_with_their_rows_and_ignores_bad_indexes() {
    let a = actor(1, "A", ActorKind::Person, None);
    let b = actor(2, "B", ActorKind::Person, None);
    let x = target(9, "X", TargetKind::Issue);
    let matrix = Matrix::build(&[
        assessment(1, &a, &x, Polarity::Support),
        assessment(2, &b, &x, Polarity::Oppose),
    ]);
    let swapped = matrix.clone().permuted(&[1, 0, 7, 1], &[0]);
    assert_eq!(names(&swapped).0, vec!["B", "A"]);
    assert_eq!(swapped.cell(0, 0).map(|c| c.net), Some(-1));
    assert_eq!(swapped.cell(1, 0).map(|c| c.net), Some(1));
}

#[test]
fn activity_and_kind_orders() {
    let a = actor(1, "Alpha", ActorKind::Person, None);
    let b = actor(2, "Beta", ActorKind::Country, None);
    let x = target(9, "X", TargetKind::Issue);
    let y = target(1, "Alpha", TargetKind::Actor);
    let list = vec![
        assessment(1, &a, &x, Polarity::Support),
        assessment(2, &b, &x, Polarity::Oppose),
        assessment(3, &b, &x, Polarity::Oppose),
        assessment(4, &b, &y, Polarity::Oppose),
    ];
    let by_activity = Matrix::build(&list).ordered(Order::Activity, Order::Activity);
    assert_eq!(names(&by_activity), (vec!["Beta", "Alpha"], vec!["X", "Alpha"]));
    let by_kind = Matrix::build(&list).ordered(Order::Kind, Order::Kind);
    // Countries before persons; actor targets before issues.
    assert_eq!(names(&by_kind), (vec!["Beta", "Alpha"], vec!["Alpha", "X"]));
}

#[test]
fn affiliation_order_puts_members_after_their_parent() {
    let us = actor(1, "United States", ActorKind::Country, None);
    let pentagon = actor(
        2,
        "US Department of Defense",
        ActorKind::GovernmentBody,
        Some((1, "United States")),
    );
    let kerry = actor(3, "John Kerry", ActorKind::Person, Some((1, "United States")));
    let eyal = actor(4, "Jonathan Eyal", ActorKind::Person, None);
    let deal = target(1, "deal", TargetKind::Issue);
    let list: Vec<Assessment> = [&us, &pentagon, &kerry, &eyal]
        .iter()
        .enumerate()
        .map(|(i, h)| assessment(i as i64, h, &deal, Polarity::Support))
        .collect();
    let matrix = Matrix::build(&list).ordered(Order::Affiliation, Order::Name);
    assert_eq!(
        names(&matrix).0,
        vec![
            "Jonathan Eyal",
            "United States",
            "John Kerry",
            "US Department of Defense"
        ]
    );
}

#[test]
fn blocs_put_like_minded_holders_together_and_targets_with_their_backers() {
    // Two camps over four targets, listed alternately by name.
    let holders: Vec<ActorRef> = ["A1", "B1", "A2", "B2", "A3", "B3"]
        .iter()
        .enumerate()
        .map(|(i, n)| actor(i as i64, n, ActorKind::Country, None))
        .collect();
    let targets: Vec<TargetRef> = (0..4)
        .map(|i| target(100 + i, &format!("T{i}"), TargetKind::Issue))
        .collect();
    let mut list = Vec::new();
    let mut id = 0;
    for holder in &holders {
        let camp_a = holder.name.starts_with('A');
        for (t, target) in targets.iter().enumerate() {
            let support = (t % 2 == 0) == camp_a;
            id += 1;
            list.push(assessment(
                id,
                holder,
                target,
                if support { Polarity::Support } else { Polarity::Oppose },
            ));
        }
    }
    let matrix = Matrix::build(&list).ordered(Order::Blocs, Order::Blocs);
    let camps: String = matrix.holders.iter().map(|h| &h.name[..1]).collect();
    assert!(camps == "AAABBB" || camps == "BBBAAA", "camps interleaved: {camps}");
    let columns: Vec<usize> = matrix.targets.iter().map(|t| (t.id - 100) as usize % 2).collect();
    assert!(
        columns == [0, 0, 1, 1] || columns == [1, 1, 0, 0],
        "target blocs: {columns:?}"
    );
    // Deterministic: the same input gives the same order.
    let again = Matrix::build(&list).ordered(Order::Blocs, Order::Blocs);
    assert_eq!(names(&matrix), names(&again));
}

#[test]
fn blocs_split_a_large_input_into_its_two_camps() {
    let n = 710;
    let holders: Vec<ActorRef> = (0..n)
        .map(|i| actor(i as i64, &format!("H{i:04}"), ActorKind::Person, None))
        .collect();
    let targets: Vec<TargetRef> = (0..2).map(|i| target(i, &format!("T{i}"), TargetKind::Issue)).collect();
    let mut list = Vec::new();
    for (i, holder) in holders.iter().enumerate() {
        let camp = i % 2 == 0;
        list.push(assessment(
            2 * i as i64,
            holder,
            &targets[0],
            if camp { Polarity::Support } else { Polarity::Oppose },
        ));
        list.push(assessment(
            2 * i as i64 + 1,
            holder,
            &targets[1],
            if camp { Polarity::Oppose } else { Polarity::Support },
        ));
    }
    let matrix = Matrix::build(&list).ordered(Order::Blocs, Order::Name);
    let switches = matrix
        .holders
        .windows(2)
        .filter(|pair| {
            let camp = |h: &ActorRef| h.name[1..].parse::<usize>().map(|i| i % 2).unwrap_or(9);
            camp(&pair[0]) != camp(&pair[1])
        })
        .count();
    assert_eq!(matrix.holders.len(), n);
    assert_eq!(switches, 1, "one boundary between the two camps");
}

/// Four holders (two under the United States), an issue and a target actor
/// that holds no stance.
fn affiliated() -> (Vec<Assessment>, ActorRef) {
    let us = actor(1, "United States", ActorKind::Country, None);
    let pentagon = actor(2, "Pentagon", ActorKind::GovernmentBody, Some((1, "United States")));
    let kerry = actor(3, "John Kerry", ActorKind::Person, Some((1, "United States")));
    let eyal = actor(4, "Jonathan Eyal", ActorKind::Person, None);
    let syria = actor(5, "Syria", ActorKind::Country, None);
    let deal = target(1, "deal", TargetKind::Issue);
    let syria_target = target(5, "Syria", TargetKind::Actor);
    let kerry_target = target(3, "John Kerry", TargetKind::Actor);
    let list = vec![
        assessment(1, &us, &deal, Polarity::Support),
        assessment(2, &pentagon, &deal, Polarity::Support),
        assessment(3, &pentagon, &syria_target, Polarity::Oppose),
        assessment(4, &kerry, &deal, Polarity::Support),
        assessment(5, &eyal, &kerry_target, Polarity::Oppose),
        assessment(6, &eyal, &syria_target, Polarity::Oppose),
        assessment(7, &eyal, &deal, Polarity::Oppose),
    ];
    (list, syria)
}

fn labels(groups: &[Group]) -> Vec<(&str, usize, usize)> {
    groups.iter().map(|g| (g.label.as_str(), g.start, g.count)).collect()
}

#[test]
fn grouping_by_kind_keeps_kinds_in_their_fixed_order_and_issues_last() {
    let (list, syria) = affiliated();
    let layout = Layout {
        group: Grouping::Kind,
        ..Layout::uniform(Order::Name)
    };
    let laid = Matrix::build(&list).laid_out(&layout, &[syria]);
    assert_eq!(
        names(&laid.matrix),
        (
            vec!["United States", "Pentagon", "John Kerry", "Jonathan Eyal"],
            vec!["Syria", "John Kerry", "deal"]
        )
    );
    assert_eq!(
        labels(&laid.row_groups),
        [("country", 0, 1), ("government_body", 1, 1), ("person", 2, 2)]
    );
    // Syria holds no stance: `actors` tells its kind.
    assert_eq!(
        labels(&laid.col_groups),
        [("country", 0, 1), ("person", 1, 1), ("Issues", 2, 1)]
    );
    let cell = laid.matrix.cell(1, 0).expect("Pentagon → Syria");
    assert_eq!(cell.net, -1, "cells move with their rows and columns");
}

#[test]
fn grouping_by_affiliation_gathers_members_with_their_parent() {
    let (list, syria) = affiliated();
    let layout = Layout {
        group: Grouping::Affiliation,
        ..Layout::uniform(Order::Activity)
    };
    let laid = Matrix::build(&list).laid_out(&layout, std::slice::from_ref(&syria));
    // Activity: Eyal 3, Pentagon 2, the others 1; the US group first appears with the Pentagon.
    assert_eq!(
        names(&laid.matrix).0,
        vec!["Pentagon", "John Kerry", "United States", "Jonathan Eyal"]
    );
    assert_eq!(labels(&laid.row_groups), [("United States", 0, 3), ("Other", 3, 1)]);
    assert_eq!(
        labels(&laid.col_groups),
        [("United States", 0, 1), ("Issues", 1, 1), ("Other", 2, 1)]
    );

    let by_name = Matrix::build(&list).laid_out(
        &Layout {
            group: Grouping::Affiliation,
            ..Layout::uniform(Order::Name)
        },
        &[syria],
    );
    assert_eq!(
        names(&by_name.matrix).0,
        vec!["John Kerry", "Pentagon", "United States", "Jonathan Eyal"]
    );
}

#[test]
fn a_pinned_layout_keeps_rows_where_they_were_and_adds_new_ones_after() {
    let (list, syria) = affiliated();
    let pinned = MatrixOrder {
        holder_ids: vec![4, 99, 1],
        targets: vec![TargetKey {
            kind: TargetKind::Issue,
            id: 1,
        }],
    };
    let layout = Layout {
        pinned: Some(pinned),
        ..Layout::uniform(Order::Name)
    };
    let laid = Matrix::build(&list).laid_out(&layout, &[syria]);
    assert_eq!(
        names(&laid.matrix),
        (
            vec!["Jonathan Eyal", "United States", "John Kerry", "Pentagon"],
            vec!["deal", "John Kerry", "Syria"]
        )
    );
    // Grouping a pinned order keeps the groups in the order they appear.
    let grouped = Layout {
        group: Grouping::Affiliation,
        ..layout
    };
    let laid = Matrix::build(&list).laid_out(&grouped, &[]);
    assert_eq!(labels(&laid.row_groups), [("United States", 0, 3), ("Other", 3, 1)]);
    assert_eq!(
        names(&laid.matrix).0,
        vec!["United States", "John Kerry", "Pentagon", "Jonathan Eyal"]
    );
}

#[test]
fn an_order_applied_keeps_only_the_listed_rows_and_columns() {
    let (list, _) = affiliated();
    let order = MatrixOrder {
        holder_ids: vec![4, 99, 2],
        targets: vec![
            TargetKey {
                kind: TargetKind::Actor,
                id: 5,
            },
            TargetKey {
                kind: TargetKind::Issue,
                id: 1,
            },
            // An issue with an actor's id is another column, here absent.
            TargetKey {
                kind: TargetKind::Issue,
                id: 5,
            },
        ],
    };
    let matrix = order.apply(Matrix::build(&list));
    assert_eq!(
        names(&matrix),
        (vec!["Jonathan Eyal", "Pentagon"], vec!["Syria", "deal"])
    );
    assert_eq!(matrix.cell(0, 1).map(|c| c.net), Some(-1), "Eyal opposes the deal");
    assert_eq!(MatrixOrder::of(&matrix).holder_ids, vec![4, 2]);
}
