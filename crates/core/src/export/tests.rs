//! Tests of the CSV writers: columns, RFC 4180 quoting, the formula guard
//! on text and its absence on numbers, read back with the csv crate.

use super::*;
use crate::matrix::Matrix;
use crate::model::{ActorKind, ActorRef, Origin, Polarity, ReviewState, Span, TargetKind, TargetRef};

fn sample() -> Vec<Assessment> {
    let holder = |id, name: &str| ActorRef {
        id,
        name: name.into(),
        kind: ActorKind::Country,
        affiliation: None,
    };
    let target = |id, name: &str, kind| TargetRef {
        id,
        name: name.into(),
        kind,
    };
    let make = |id, h: ActorRef, t: TargetRef, polarity, evidence: &str| Assessment {
        id,
        article_id: 7,
        article_title: "=HYPERLINK(\"http://x\")".into(),
        published: Some("2016-07-01".into()),
        source: Some("The \"Straits\" Times, Singapore".into()),
        holder: h,
        target: t,
        polarity,
        confidence: 0.85,
        evidence_text: evidence.into(),
        evidence: Span::new(10, 10 + evidence.len()),
        cue: None,
        holder_span: None,
        target_span: None,
        origin: Origin::Extractor {
            name: "rules".into(),
            version: "0.1".into(),
        },
        review: ReviewState::Suggested,
    };
    vec![
        make(
            1,
            holder(1, "Russia"),
            target(2, "Syrian government", TargetKind::Actor),
            Polarity::Support,
            "Russia backs the regime.",
        ),
        make(
            2,
            holder(1, "Russia"),
            target(2, "Syrian government", TargetKind::Actor),
            Polarity::Oppose,
            "-1 said \"no\"\nthen left",
        ),
        make(
            3,
            holder(3, "@evil"),
            target(4, "+deal", TargetKind::Issue),
            Polarity::Oppose,
            "\tTabbed",
        ),
        make(
            4,
            holder(3, "@evil"),
            target(2, "Syrian government", TargetKind::Actor),
            Polarity::Oppose,
            "x",
        ),
        make(
            5,
            holder(3, "@evil"),
            target(2, "Syrian government", TargetKind::Actor),
            Polarity::Oppose,
            "y",
        ),
    ]
}

fn read(bytes: &[u8]) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes);
    reader
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn guard_prefixes_formula_starts_only() {
    for risky in ["=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\rx"] {
        assert_eq!(guard(risky), format!("'{risky}"));
    }
    for safe in ["Russia", "", "1-2", "'quoted", "a=b"] {
        assert_eq!(guard(safe), safe);
    }
}

#[test]
fn matrix_csv_has_holder_column_target_columns_and_net_numbers() {
    let matrix = Matrix::build(&sample());
    let mut out = Vec::new();
    write_matrix_csv(&matrix, &mut out).expect("writes");
    assert!(out.windows(2).any(|w| w == b"\r\n"), "RFC 4180 line ends");
    let rows = read(&out);
    assert_eq!(rows[0], vec!["holder", "'+deal", "Syrian government"]);
    assert_eq!(
        rows[1],
        vec!["'@evil", "-1", "-2"],
        "net scores stay numbers, negative included"
    );
    assert_eq!(rows[2], vec!["Russia", "", "0"], "no evidence is empty; balanced is 0");
    assert_eq!(rows.len(), 3);
}

#[test]
fn assessments_csv_round_trips_with_guarded_text() {
    let mut out = Vec::new();
    write_assessments_csv(&sample(), &mut out).expect("writes");
    let rows = read(&out);
    assert_eq!(rows[0], ASSESSMENT_COLUMNS);
    assert_eq!(rows.len(), 6);
    let second = &rows[2];
    assert_eq!(second[0], "2");
    assert_eq!(second[2], "'=HYPERLINK(\"http://x\")");
    assert_eq!(second[4], "The \"Straits\" Times, Singapore");
    assert_eq!(second[9], "oppose");
    assert_eq!(second[10], "0.850");
    assert_eq!(
        second[11], "'-1 said \"no\"\nthen left",
        "quotes and newline survive, formula guarded"
    );
    assert_eq!(second[12], "10");
    assert_eq!(second[14], "extractor rules/0.1");
    assert_eq!(second[15], "suggested");
    let third = &rows[3];
    assert_eq!(
        (third[5].as_str(), third[7].as_str(), third[8].as_str()),
        ("'@evil", "'+deal", "issue")
    );
    assert_eq!(third[11], "'\tTabbed");
}
