//! Tests of the network computations against DNA's published figures on its
//! sample database (7 organisations, 6 concepts, 40 statements) and against
//! small hand-made cases whose answers can be read off.

use std::num::NonZeroU32;

use serde::Deserialize;

use super::*;
use crate::model::{ActorKind, ActorRef, Assessment, Origin, Polarity, ReviewState, Span, TargetKind, TargetRef};

/// DNA's sample as one line per statement (made from its statements.jsonl).
const SAMPLE: &str = include_str!("../../../../tests/data/dna/sample_stances.jsonl");

#[derive(Deserialize)]
struct SampleStance {
    id: i64,
    document_id: i64,
    person: String,
    organization: String,
    concept: String,
    agreement: bool,
    date: String,
}

/// Stable ids from names: persons and organisations are actors, concepts issues.
fn id_of(names: &mut Vec<String>, name: &str, offset: i64) -> i64 {
    let index = names.iter().position(|n| n == name).unwrap_or_else(|| {
        names.push(name.to_owned());
        names.len() - 1
    });
    offset + index as i64
}

fn sample() -> Vec<Assessment> {
    let (mut people, mut orgs, mut concepts) = (Vec::new(), Vec::new(), Vec::new());
    SAMPLE
        .lines()
        .map(|line| serde_json::from_str::<SampleStance>(line).expect("fixture line"))
        .map(|s| {
            let org_id = id_of(&mut orgs, &s.organization, 1000);
            assessment(
                s.id,
                s.document_id,
                Some(&s.date),
                ActorRef {
                    id: id_of(&mut people, &s.person, 1),
                    name: s.person.clone(),
                    kind: ActorKind::Person,
                    affiliation: Some((org_id, s.organization.clone())),
                },
                TargetRef {
                    id: id_of(&mut concepts, &s.concept, 1),
                    name: s.concept.clone(),
                    kind: TargetKind::Issue,
                },
                if s.agreement {
                    Polarity::Support
                } else {
                    Polarity::Oppose
                },
            )
        })
        .collect()
}

fn assessment(
    id: i64,
    article_id: i64,
    published: Option<&str>,
    holder: ActorRef,
    target: TargetRef,
    polarity: Polarity,
) -> Assessment {
    Assessment {
        id,
        article_id,
        article_title: format!("article {article_id}"),
        published: published.map(str::to_owned),
        source: None,
        holder,
        target,
        polarity,
        confidence: 1.0,
        evidence_text: String::new(),
        evidence: Span::new(0, 0),
        cue: None,
        holder_span: None,
        target_span: None,
        origin: Origin::DnaImport {
            coder: "Coder 1".into(),
        },
        review: ReviewState::Accepted,
    }
}

fn actor(id: i64, name: &str) -> ActorRef {
    ActorRef {
        id,
        name: name.into(),
        kind: ActorKind::Organisation,
        affiliation: None,
    }
}

fn issue(id: i64, name: &str) -> TargetRef {
    TargetRef {
        id,
        name: name.into(),
        kind: TargetKind::Issue,
    }
}

fn one(qualifier: Qualifier, normalisation: Normalisation, duplicates: Duplicates) -> OneModeOptions {
    OneModeOptions {
        level: Level::Affiliation,
        qualifier,
        normalisation,
        duplicates,
    }
}

fn assert_close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-5, "expected {expected}, got {actual}");
}

#[test]
fn organisation_by_concept_two_mode_is_7_by_6_with_total_40() {
    let network = two_mode(
        &sample(),
        TwoModeOptions {
            level: Level::Affiliation,
            ..TwoModeOptions::default()
        },
    );
    assert_eq!((network.rows.len(), network.columns.len()), (7, 6));
    assert_eq!(network.total(), 40.0);
    let matrix = network.matrix();
    assert_eq!(matrix.iter().flatten().sum::<f64>(), 40.0);
    // The Environmental Protection Agency backed "There should be legislation…" ten times.
    let epa = network
        .rows
        .iter()
        .position(|n| n.label == "Environmental Protection Agency")
        .expect("EPA row");
    let rule = network
        .columns
        .iter()
        .position(|n| n.label.starts_with("There should be"))
        .expect("column");
    assert_eq!(matrix[epa][rule], 10.0);
    assert!(
        network.rows.windows(2).all(|pair| pair[0].label <= pair[1].label),
        "rows sorted by label"
    );
}

#[test]
fn two_mode_weights_count_support_oppose_and_net() {
    let data = sample();
    let total = |weight| {
        two_mode(
            &data,
            TwoModeOptions {
                level: Level::Affiliation,
                weight,
                ..Default::default()
            },
        )
        .total()
    };
    // 29 statements agree, 11 disagree (counted from statements.jsonl).
    assert_eq!(total(TwoModeWeight::Support), 29.0);
    assert_eq!(total(TwoModeWeight::Oppose), 11.0);
    assert_eq!(total(TwoModeWeight::Net), 18.0);
}

#[test]
fn organisation_one_mode_ignoring_polarity_is_7_by_7_with_total_276() {
    let network = one_mode(
        &sample(),
        one(Qualifier::Ignore, Normalisation::None, Duplicates::Include),
    );
    assert_eq!((network.rows.len(), network.columns.len()), (7, 7));
    assert_eq!(network.total(), 276.0);
    let matrix = network.matrix();
    assert_eq!(matrix.iter().flatten().sum::<f64>(), 276.0);
    for (i, row) in matrix.iter().enumerate() {
        assert_eq!(row[i], 0.0, "zero diagonal");
        for (j, weight) in row.iter().enumerate() {
            assert_eq!(*weight, matrix[j][i], "symmetric");
        }
    }
}

#[test]
fn congruence_conflict_and_subtract_totals_match_a_hand_count() {
    // Worked out in Python from the 40 statements: for every ordered pair of
    // organisations and every concept, the products of their same-polarity
    // (congruence) and opposite-polarity (conflict) statement counts.
    let data = sample();
    let total = |qualifier| one_mode(&data, one(qualifier, Normalisation::None, Duplicates::Include)).total();
    assert_eq!(total(Qualifier::Congruence), 160.0);
    assert_eq!(total(Qualifier::Conflict), 116.0);
    assert_eq!(total(Qualifier::Subtract), 44.0);
}

#[test]
fn normalisations_follow_dna_formulas() {
    let data = sample();
    let total = |qualifier, normalisation| one_mode(&data, one(qualifier, normalisation, Duplicates::Include)).total();
    // Same Python hand count, with DNA's denominators per pair.
    assert_close(total(Qualifier::Ignore, Normalisation::Average), 46.261854);
    assert_close(total(Qualifier::Ignore, Normalisation::Jaccard), 24.469002);
    assert_close(total(Qualifier::Ignore, Normalisation::Cosine), 8.872727);
    assert_close(total(Qualifier::Congruence, Normalisation::Average), 25.802436);
    assert_close(total(Qualifier::Congruence, Normalisation::Jaccard), 13.610663);
    assert_close(total(Qualifier::Conflict, Normalisation::Cosine), 4.066667);
    assert_close(total(Qualifier::Subtract, Normalisation::Jaccard), 2.752323);
}

#[test]
fn duplicates_per_document_collapse_repeated_stances() {
    let data = sample();
    let network = |qualifier| one_mode(&data, one(qualifier, Normalisation::None, Duplicates::Document));
    assert_eq!(network(Qualifier::Congruence).total(), 48.0);
    assert_eq!(network(Qualifier::Conflict).total(), 38.0);
    assert_eq!(network(Qualifier::Subtract).total(), 10.0);
    // With polarity ignored, a support and an oppose of one concept in one
    // document are duplicates too (DNA's rule): 22 statements remain, not 23.
    assert_eq!(network(Qualifier::Ignore).total(), 78.0);
    let two = two_mode(
        &data,
        TwoModeOptions {
            level: Level::Affiliation,
            duplicates: Duplicates::Document,
            ..Default::default()
        },
    );
    assert_eq!(two.total(), 22.0);
}

#[test]
fn duplicates_per_period_use_calendar_weeks_months_and_years() {
    let a = actor(1, "A");
    let deal = issue(1, "deal");
    // Five stances of A on the deal: two in one ISO week (Sun 2 Jan 2005 is in week 53 of 2004).
    let dates = ["2004-12-27", "2005-01-02", "2005-01-03", "2005-02-01", "2006-02-01"];
    let data: Vec<Assessment> = dates
        .iter()
        .enumerate()
        .map(|(i, date)| {
            assessment(
                i as i64 + 1,
                i as i64 + 1,
                Some(date),
                a.clone(),
                deal.clone(),
                Polarity::Support,
            )
        })
        .collect();
    let count = |duplicates| {
        two_mode(
            &data,
            TwoModeOptions {
                level: Level::Actor,
                weight: TwoModeWeight::Support,
                duplicates,
            },
        )
        .total()
    };
    assert_eq!(count(Duplicates::Include), 5.0);
    assert_eq!(count(Duplicates::Document), 5.0);
    assert_eq!(count(Duplicates::Week), 4.0);
    assert_eq!(count(Duplicates::Month), 4.0); // Dec 2004, Jan 2005 ×2, Feb 2005, Feb 2006
    assert_eq!(count(Duplicates::Year), 3.0);
    assert_eq!(count(Duplicates::All), 1.0);
}

#[test]
fn affiliation_level_rolls_people_up_to_their_organisation() {
    let party = (50, "Party".to_owned());
    let alice = ActorRef {
        id: 1,
        name: "Alice".into(),
        kind: ActorKind::Person,
        affiliation: Some(party.clone()),
    };
    let bob = ActorRef {
        id: 2,
        name: "Bob".into(),
        kind: ActorKind::Person,
        affiliation: Some(party),
    };
    let carol = actor(3, "Carol Corp");
    let deal = issue(1, "deal");
    let data = vec![
        assessment(1, 1, None, alice, deal.clone(), Polarity::Support),
        assessment(2, 1, None, bob, deal.clone(), Polarity::Support),
        assessment(3, 1, None, carol, deal, Polarity::Oppose),
    ];
    let people = one_mode(
        &data,
        OneModeOptions {
            level: Level::Actor,
            ..Default::default()
        },
    );
    assert_eq!(
        people.rows.iter().map(|n| n.label.as_str()).collect::<Vec<_>>(),
        ["Alice", "Bob", "Carol Corp"]
    );
    assert_eq!(people.rows[0].affiliation.as_deref(), Some("Party"));
    let groups = one_mode(
        &data,
        OneModeOptions {
            level: Level::Affiliation,
            qualifier: Qualifier::Conflict,
            ..Default::default()
        },
    );
    assert_eq!(
        groups.rows.iter().map(|n| n.label.as_str()).collect::<Vec<_>>(),
        ["Carol Corp", "Party"]
    );
    // The party's two supports each conflict with Carol's oppose.
    assert_eq!(groups.edges.len(), 1);
    assert_eq!(groups.edges[0].weight, 2.0);
    assert_eq!(groups.edge_assessments(&groups.edges[0]), vec![1, 2, 3]);
}

#[test]
fn edges_name_only_the_assessments_the_qualifier_counts() {
    let deal = issue(1, "deal");
    let sanctions = issue(2, "sanctions");
    let data = vec![
        assessment(1, 1, None, actor(1, "A"), deal.clone(), Polarity::Support),
        assessment(2, 1, None, actor(2, "B"), deal.clone(), Polarity::Support),
        assessment(3, 1, None, actor(1, "A"), sanctions.clone(), Polarity::Support),
        assessment(4, 1, None, actor(2, "B"), sanctions, Polarity::Oppose),
        assessment(5, 1, None, actor(3, "C"), deal, Polarity::Oppose),
    ];
    let congruence = one_mode(
        &data,
        OneModeOptions {
            qualifier: Qualifier::Congruence,
            ..Default::default()
        },
    );
    let ab = congruence
        .edges
        .iter()
        .find(|e| (e.row, e.column) == (0, 1))
        .expect("A–B tie");
    assert_eq!((ab.weight, ab.positive, ab.negative), (1.0, 1.0, 1.0));
    assert_eq!(ab.sign(), EdgeSign::Mixed);
    assert_eq!(congruence.edge_assessments(ab), vec![1, 2]);
    // A and C only disagree: no congruence tie at all.
    assert!(congruence.edges.iter().all(|e| (e.row, e.column) != (0, 2)));

    let conflict = one_mode(
        &data,
        OneModeOptions {
            qualifier: Qualifier::Conflict,
            ..Default::default()
        },
    );
    let ab = conflict
        .edges
        .iter()
        .find(|e| (e.row, e.column) == (0, 1))
        .expect("A–B tie");
    assert_eq!(conflict.edge_assessments(ab), vec![3, 4]);
    let subtract = one_mode(
        &data,
        OneModeOptions {
            qualifier: Qualifier::Subtract,
            ..Default::default()
        },
    );
    // A–B cancel out (1 − 1 = 0) and leave no tie; A–C and B–C are −1 each.
    assert_eq!(
        subtract.edges.iter().map(|e| e.weight).collect::<Vec<_>>(),
        vec![-1.0, -1.0]
    );
}

#[test]
fn an_empty_selection_gives_an_empty_network() {
    let network = one_mode::<Assessment>(&[], OneModeOptions::default());
    assert!(network.rows.is_empty() && network.edges.is_empty());
    assert_eq!(network.total(), 0.0);
    // A lone actor has no one to share a stance with.
    let lone = vec![assessment(
        1,
        1,
        None,
        actor(1, "A"),
        issue(1, "deal"),
        Polarity::Support,
    )];
    let network = one_mode(
        &lone,
        OneModeOptions {
            normalisation: Normalisation::Jaccard,
            ..Default::default()
        },
    );
    assert_eq!((network.rows.len(), network.edges.len()), (1, 0));
}

#[test]
fn time_slices_cut_by_month_year_and_moving_window() {
    let data = sample(); // dates 2005-01-26, 02-02, 02-10, 02-16
    let spec = NetworkSpec::TwoMode(TwoModeOptions {
        level: Level::Affiliation,
        ..Default::default()
    });
    let months = time_slices(&data, spec, Slicing::Month).expect("few slices");
    assert_eq!(months.undated, 0);
    let summary: Vec<(String, usize)> = months
        .slices
        .iter()
        .map(|s| (s.start.clone(), s.assessment_count))
        .collect();
    assert_eq!(summary, [("2005-01-01".to_owned(), 4), ("2005-02-01".to_owned(), 36)]);
    assert_eq!(months.slices[1].network.total(), 36.0);
    assert_eq!(time_slices(&data, spec, Slicing::Year).expect("one").slices.len(), 1);

    let week = NonZeroU32::new(7).expect("non-zero");
    let windows = time_slices(
        &data,
        spec,
        Slicing::MovingWindow {
            days: week,
            step_days: week,
        },
    )
    .expect("four windows");
    let counts: Vec<usize> = windows.slices.iter().map(|s| s.assessment_count).collect();
    // Windows start 01-26, 02-02, 02-09, 02-16.
    assert_eq!(counts, [4, 16, 4, 16]);
    assert_eq!(windows.slices[3].end, "2005-02-23");

    let mut undated = data.clone();
    undated[0].published = None;
    assert_eq!(time_slices(&undated, spec, Slicing::Year).expect("one").undated, 1);
}

#[test]
fn time_slices_are_capped_with_a_clear_error() {
    let mut data = sample();
    data[0].published = Some("1900-01-01".to_owned());
    data[1].published = Some("2100-12-31".to_owned());
    let spec = NetworkSpec::TwoMode(TwoModeOptions::default());
    let day = NonZeroU32::new(1).expect("non-zero");
    let daily = Slicing::MovingWindow {
        days: day,
        step_days: day,
    };
    let error = time_slices(&data, spec, daily).expect_err("73,413 one-day windows");
    assert_eq!(error.max, MAX_SLICES);
    assert!(error.to_string().contains("1900-01-01 to 2100-12-31"), "{error}");
    // The same span by year is fine: 201 slices.
    assert_eq!(
        time_slices(&data, spec, Slicing::Year).expect("yearly").slices.len(),
        201
    );
}

#[test]
fn graphml_escapes_names_and_lists_edge_evidence() {
    let data = vec![
        assessment(
            7,
            1,
            None,
            actor(1, "A & <B>"),
            issue(1, "\"deal\"\u{1}"),
            Polarity::Oppose,
        ),
        assessment(8, 1, None, actor(2, "C"), issue(1, "\"deal\"\u{1}"), Polarity::Oppose),
    ];
    let network = two_mode(&data, TwoModeOptions::default());
    let mut out = Vec::new();
    graphml::write_graphml(&network, &mut out).expect("write to memory");
    let xml = String::from_utf8(out).expect("utf-8");
    assert!(xml.contains("<data key=\"label\">A &amp; &lt;B&gt;</data>"), "{xml}");
    assert!(
        xml.contains("<data key=\"label\">&quot;deal&quot;</data>"),
        "control character dropped: {xml}"
    );
    assert!(xml.contains("<data key=\"assessments\">7</data>"));
    assert!(xml.contains("<data key=\"polarity\">oppose</data>"));
    assert!(xml.contains("edgedefault=\"directed\""));
    assert_eq!(xml.matches("<node ").count(), 3);
    assert_eq!(xml.matches("<edge ").count(), 2);
}

#[test]
fn json_graph_carries_nodes_edges_and_assessment_ids() {
    let network = one_mode(
        &sample(),
        one(Qualifier::Subtract, Normalisation::None, Duplicates::Include),
    );
    let graph = json::to_json(&network);
    assert_eq!(graph["nodes"].as_array().map(Vec::len), Some(7));
    let edges = graph["edges"].as_array().expect("edges");
    assert_eq!(edges.len(), network.edges.len());
    let sum: f64 = edges.iter().filter_map(|e| e["weight"].as_f64()).sum();
    assert_eq!(2.0 * sum, 44.0);
    assert!(edges
        .iter()
        .all(|e| e["assessments"].as_array().is_some_and(|ids| ids.len() >= 2)));
    assert_eq!(graph["settings"]["mode"], "one_mode");
}

#[test]
fn csv_matrix_lists_every_cell_with_guarded_labels() {
    let data = vec![
        assessment(1, 1, None, actor(1, "=cmd"), issue(1, "deal"), Polarity::Support),
        assessment(2, 1, None, actor(2, "B"), issue(1, "deal"), Polarity::Oppose),
    ];
    let mut out = Vec::new();
    csv::write_matrix_csv(&one_mode(&data, OneModeOptions::default()), &mut out).expect("write");
    let text = String::from_utf8(out).expect("utf-8");
    assert_eq!(text, "actor,'=cmd,B\r\n'=cmd,0,1\r\nB,1,0\r\n");

    let mut out = Vec::new();
    let two = two_mode(
        &sample(),
        TwoModeOptions {
            level: Level::Affiliation,
            ..Default::default()
        },
    );
    csv::write_matrix_csv(&two, &mut out).expect("write");
    let text = String::from_utf8(out).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 8, "header and 7 organisations");
    assert!(lines[0].starts_with("holder,"));
    let total: f64 = lines[1..]
        .iter()
        .flat_map(|line| {
            line.rsplitn(7, ',')
                .take(6)
                .map(|cell| cell.parse::<f64>().expect("number"))
        })
        .sum();
    assert_eq!(total, 40.0);
}

#[test]
fn a_request_is_checked_once_and_read_as_a_spec() {
    let request = NetworkRequest {
        mode: Mode::TwoMode,
        level: Level::Affiliation,
        qualifier: Qualifier::Subtract,
        normalisation: Normalisation::None,
        duplicates: Duplicates::Month,
    };
    assert_eq!(
        request.spec(),
        Ok(NetworkSpec::TwoMode(TwoModeOptions {
            level: Level::Affiliation,
            weight: TwoModeWeight::Net,
            duplicates: Duplicates::Month,
        }))
    );
    let normalised = NetworkRequest {
        normalisation: Normalisation::Jaccard,
        ..request
    };
    assert_eq!(
        normalised.spec(),
        Err(SettingsError::NormalisationOnTwoMode(Normalisation::Jaccard))
    );
    let one_mode = NetworkRequest {
        mode: Mode::OneMode,
        ..normalised
    };
    assert!(matches!(one_mode.spec(), Ok(NetworkSpec::OneMode(o)) if o.normalisation == Normalisation::Jaccard));
}

#[test]
fn actors_are_coloured_by_their_signed_bloc_in_every_network_and_export() {
    let march = Some("2004-03-01");
    let april = Some("2004-04-01");
    let (f, _, _) = crate::testkit::annan_plan([march, april, march, april]);
    let bloc_of = crate::blocs::signed_blocs(&f.assessments).bloc_of();
    let network = two_mode(&f.assessments, TwoModeOptions::default());
    let colour = |name: &str| {
        let node = network.rows.iter().find(|n| n.label == name).expect("holder node");
        let NodeKey::Actor(id) = node.key else {
            panic!("{name} is an actor")
        };
        assert_eq!(node.bloc, bloc_of.get(&id).copied(), "{name}'s bloc is core's");
        node.colour_hex()
    };
    assert_eq!(colour("Greece"), colour("Cyprus"));
    assert_eq!(colour("Turkey"), colour("UK"));
    assert_ne!(colour("Greece"), colour("Turkey"));
    assert_eq!(network.columns[0].colour_hex(), "#a0a0a0", "issues stay grey");
    // The one-mode network, the graph the app draws and the GraphML agree.
    let one = one_mode(&f.assessments, OneModeOptions::default());
    let graph = NetworkGraph::of(&one, f.assessments.len());
    for node in &graph.nodes {
        let row = one.rows.iter().find(|n| n.label == node.label).expect("node");
        assert_eq!((node.bloc, node.colour.clone()), (row.bloc, colour(&node.label)));
    }
    let mut out = Vec::new();
    graphml::write_graphml(&one, &mut out).expect("graphml");
    assert!(String::from_utf8(out)
        .expect("utf-8")
        .contains(r#"<data key="bloc">1</data>"#));
    // Time slices keep each actor's colour of the whole span.
    let slices = time_slices(
        &f.assessments,
        NetworkSpec::TwoMode(TwoModeOptions::default()),
        Slicing::Month,
    )
    .expect("slices");
    let april = &slices.slices[1].network;
    let uk_april = april.rows.iter().find(|n| n.label == "UK").expect("UK in April");
    assert_eq!(uk_april.colour_hex(), colour("UK"));
}
