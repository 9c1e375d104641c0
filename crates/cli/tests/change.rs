//! End-to-end tests of `standpoint timeline`, `shifts`, `outlets`, `blocs`
//! and `matrix --by-source` on the shifts fixture (tests/data/shifts: dated
//! articles from two outlets that disagree, one actor turning from support
//! to oppose), and of the timeline per organisation on DNA's sample.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

mod common;
use common::{ok, standpoint};

use standpoint_core::model::{ActorKind, Polarity, Span};
use standpoint_store::{AssessmentTarget, NewAssessment, Store};

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data")
        .join(path)
}

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(db, args)).expect("JSON output")
}

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("record").iter().map(str::to_owned).collect())
        .collect()
}

/// Imports the fixture's articles with the CLI, then records its stances
/// as the analyst would (each one accepted).
fn fixture(dir: &Path) -> PathBuf {
    let db = dir.join("shifts.standpoint");
    let articles = data("shifts/articles.jsonl");
    ok(&db, &["import", articles.to_str().expect("path")]);
    let spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("shifts/stances.json")).expect("stances")).expect("JSON");
    let mut store = Store::open(&db).expect("open");
    let articles: HashMap<String, (i64, String)> = store
        .articles()
        .expect("articles")
        .into_iter()
        .map(|a| (a.title.clone(), (a.id, store.article(a.id).expect("article").text)))
        .collect();
    let mut actors = HashMap::new();
    for (name, kind) in spec["actors"].as_object().expect("actors") {
        let kind = ActorKind::parse(kind.as_str().expect("kind")).expect("known kind");
        actors.insert(name.clone(), store.create_actor(name, kind).expect("actor"));
    }
    let mut issues = HashMap::new();
    for name in spec["issues"].as_array().expect("issues") {
        let name = name.as_str().expect("name");
        issues.insert(name.to_owned(), store.create_issue(name).expect("issue"));
    }
    for stance in spec["stances"].as_array().expect("stances") {
        let field = |key: &str| stance[key].as_str().expect(key).to_owned();
        let (article_id, text) = &articles[&field("article")];
        let evidence = field("evidence");
        let start = text.find(&evidence).expect("evidence in text");
        let target = match field("target_kind").as_str() {
            "actor" => AssessmentTarget::Actor(actors[&field("target")]),
            _ => AssessmentTarget::Issue(issues[&field("target")]),
        };
        store
            .add_assessment(&NewAssessment {
                article_id: *article_id,
                holder_id: actors[&field("holder")],
                target,
                polarity: Polarity::parse(&field("polarity")).expect("polarity"),
                evidence: Span::new(start, start + evidence.len()),
                cue: None,
                holder_span: None,
                target_span: None,
                confidence: None,
            })
            .expect("add assessment");
    }
    db
}

#[test]
fn turkey_turns_against_the_deal_once_between_october_and_december() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = fixture(dir.path());

    let table = ok(&db, &["shifts", "--period", "month", "--holder", "Turkey"]);
    assert!(table.contains("Turkey"), "{table}");
    assert!(table.contains("support → oppose"), "{table}");
    assert!(table.contains("2004-10 → 2004-12"), "{table}");
    assert!(table.contains("1 shifts (per month"), "{table}");

    let found = json(&db, &["shifts", "--period", "month", "--format", "json"]);
    let shifts = found["shifts"].as_array().expect("shifts");
    let summary: Vec<(String, String, String, String)> = shifts
        .iter()
        .map(|s| {
            let text = |v: &serde_json::Value| v.as_str().expect("text").to_owned();
            (
                text(&s["holder"]["name"]),
                text(&s["from"]),
                text(&s["before"]["label"]),
                text(&s["after"]["label"]),
            )
        })
        .collect();
    let expected = [
        ("EU", "support", "2004-09", "2004-10"),
        ("EU", "oppose", "2004-10", "2004-12"),
        ("Turkey", "support", "2004-10", "2004-12"),
    ];
    let expected: Vec<(String, String, String, String)> = expected
        .iter()
        .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
        .collect();
    assert_eq!(summary, expected);
    let turkey = &shifts[2];
    assert_eq!(
        turkey["last_before"]["evidence_text"],
        "Turkey supports the Cyprus deal, officials said."
    );
    assert_eq!(
        turkey["first_after"]["evidence_text"],
        "Turkey rejects the Cyprus deal."
    );
    assert_eq!(turkey["first_after"]["source"], "Reuters");
    assert_eq!(found["undated"], 1);

    // Reuters alone never reports the EU turning.
    let reuters = json(
        &db,
        &["shifts", "--period", "month", "--source", "Reuters", "--format", "json"],
    );
    assert_eq!(reuters["shifts"].as_array().map(Vec::len), Some(1));
    // A minimum the analyst raises above one reviewed stance per month leaves nothing.
    let strict = json(
        &db,
        &["shifts", "--period", "month", "--min-evidence", "5", "--format", "json"],
    );
    assert_eq!(strict["shifts"].as_array().map(Vec::len), Some(0));

    let rows = csv_rows(&ok(&db, &["shifts", "--period", "month", "--format", "csv"]));
    assert_eq!(
        rows[0][..7],
        ["holder", "target", "target_kind", "from", "to", "before", "after"]
    );
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[3][15], "Turkey supports the Cyprus deal, officials said.");

    let bad = standpoint(&db, &["shifts", "--min-evidence", "-1"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--min-evidence"));
}

#[test]
fn the_timeline_counts_each_month_and_the_undated_apart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = fixture(dir.path());
    let out = ok(
        &db,
        &[
            "timeline",
            "--holder",
            "turkey",
            "--target",
            "Cyprus deal",
            "--period",
            "month",
            "--format",
            "csv",
        ],
    );
    let rows = csv_rows(&out);
    let counts: Vec<(&str, &str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[3].as_str(), r[6].as_str(), r[7].as_str()))
        .collect();
    assert_eq!(
        counts,
        [
            ("2004-09", "2", "0"),
            ("2004-10", "1", "0"),
            ("2004-11", "0", "0"),
            ("2004-12", "0", "2"),
            ("2005-01", "0", "1"),
            ("undated", "0", "1"),
        ]
    );
    let table = ok(&db, &["timeline", "--holder", "EU"]);
    assert!(table.contains("EU → Cyprus deal"), "{table}");
    assert!(table.contains("EU → Turkey"), "{table}");
    assert!(
        table.contains("per week"),
        "four months of evidence are drawn per week: {table}"
    );

    let unknown = standpoint(&db, &["timeline", "--holder", "Atlantis"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no holder named \"Atlantis\""));
}

#[test]
fn reuters_and_the_bbc_differ_on_the_eu_and_the_matrix_by_source_shows_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = fixture(dir.path());
    let c = json(&db, &["outlets", "Reuters", "BBC", "--format", "json"]);
    let differences = c["differences"].as_array().expect("differences");
    assert_eq!(differences.len(), 1, "{c:#}");
    let d = &differences[0];
    assert_eq!(
        (d["holder"]["name"].as_str(), d["target"]["name"].as_str()),
        (Some("EU"), Some("Cyprus deal"))
    );
    assert_eq!(
        (d["left"]["net"].as_i64(), d["right"]["net"].as_i64()),
        (Some(2), Some(-1))
    );
    assert_eq!(
        d["right_evidence"][0]["evidence_text"],
        "The EU has doubts about the Cyprus deal."
    );
    assert_eq!(d["left_evidence"].as_array().map(Vec::len), Some(2));
    let table = ok(&db, &["outlets", "Reuters", "BBC"]);
    assert!(
        table.contains("1 cells where Reuters and BBC differ in sign"),
        "{table}"
    );
    let bad = standpoint(&db, &["outlets", "Reuters", "CNN"]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("known sources: BBC, Reuters"));

    let rows = csv_rows(&ok(&db, &["matrix", "--by-source"]));
    assert_eq!(
        rows[0].join(","),
        "source,holder,holder_kind,target,target_kind,support,oppose,net"
    );
    let cells: BTreeMap<(String, String, String), String> = rows[1..]
        .iter()
        .map(|r| ((r[0].clone(), r[1].clone(), r[3].clone()), r[7].clone()))
        .collect();
    let net = |source: &str, holder: &str, target: &str| cells[&(source.into(), holder.into(), target.into())].as_str();
    assert_eq!(net("Reuters", "EU", "Cyprus deal"), "2");
    assert_eq!(net("BBC", "EU", "Cyprus deal"), "-1");
    assert_eq!(net("BBC", "Turkey", "Cyprus deal"), "0");
    assert_eq!(net("", "Turkey", "Cyprus deal"), "-1", "the article without a source");
    assert_eq!(rows.len(), 1 + 8);
}

#[test]
fn blocs_put_the_eu_with_turkey_and_greece_apart_without_frustration() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = fixture(dir.path());
    let rows = csv_rows(&ok(&db, &["blocs", "--format", "csv"]));
    assert_eq!(rows[0], ["actor_id", "actor", "bloc", "frustration_index"]);
    let bloc: HashMap<&str, &str> = rows[1..].iter().map(|r| (r[1].as_str(), r[2].as_str())).collect();
    assert_eq!(bloc.len(), 3);
    assert_eq!(bloc["EU"], bloc["Turkey"]);
    assert_ne!(bloc["EU"], bloc["Greece"]);
    assert_eq!(bloc["EU"], "1");
    assert!(rows[1..].iter().all(|r| r[3] == "0.0000"));
    let table = ok(&db, &["blocs"]);
    assert!(
        table.contains("3 actors in 2 blocs; frustration index 0.0000"),
        "{table}"
    );
    // The same data gives the same partition.
    assert_eq!(
        ok(&db, &["blocs", "--format", "json"]),
        ok(&db, &["blocs", "--format", "json"])
    );
    // One partition everywhere: the matrix's blocs order lists bloc 1 (by
    // name) before Greece, and the network colours each bloc alike.
    let laid_out = json(&db, &["matrix", "--order", "blocs", "--format", "json"]);
    let holder = |row: usize| laid_out["matrix"]["holders"][row]["name"].as_str();
    assert_eq!(
        [holder(0), holder(1), holder(2), holder(3)],
        [Some("EU"), Some("Turkey"), Some("Greece"), None]
    );
    let graph = dir.path().join("network.json");
    let graph_arg = graph.to_str().expect("utf-8 path");
    ok(&db, &["network", "--mode", "one-mode", "--output", graph_arg]);
    let network: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&graph).expect("network written")).expect("json");
    let node = |name: &str| {
        network["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .find(|n| n["label"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("{name} in {network}"))
    };
    assert_eq!(node("EU")["bloc"], 1);
    assert_eq!(node("Turkey")["colour"], node("EU")["colour"]);
    assert_eq!(node("Greece")["bloc"], 2);
    assert_ne!(node("Greece")["colour"], node("EU")["colour"]);
}

/// Per (organisation, concept): (month, support, oppose) for months with evidence.
type Counts = BTreeMap<(String, String), Vec<(String, u32, u32)>>;
/// (organisation, concept, [(month, support, oppose)]), as counted by hand.
type HandCount<'a> = &'a [(&'a str, &'a str, &'a [(&'a str, u32, u32)])];

/// The DNA sample's statements per organisation, month and concept, counted
/// by hand from its documents (dates) and statements (organisation,
/// concept, agreement): all seven documents are from 2005-01 and 2005-02.
#[test]
fn dna_sample_timeline_per_organisation_matches_the_statements() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("dna.standpoint");
    let sample = data("dna/sample.dna");
    ok(&db, &["import", sample.to_str().expect("path")]);
    // (organisation, concept) → [(month, support, oppose)], months with evidence only.
    let by_hand: HandCount = &[
        (
            "Alliance to Save Energy",
            "Climate change is caused by greenhouse gases (CO2).",
            &[("2005-02", 1, 0)],
        ),
        (
            "Alliance to Save Energy",
            "Emissions legislation should regulate CO2.",
            &[("2005-02", 2, 0)],
        ),
        (
            "Alliance to Save Energy",
            "There should be legislation to regulate emissions.",
            &[("2005-02", 1, 0)],
        ),
        (
            "Energy and Environmental Analysis, Inc.",
            "CO2 legislation will not hurt the economy.",
            &[("2005-01", 0, 2)],
        ),
        (
            "Energy and Environmental Analysis, Inc.",
            "Emissions legislation should regulate CO2.",
            &[("2005-01", 1, 1)],
        ),
        (
            "Environmental Protection Agency",
            "CO2 legislation will not hurt the economy.",
            &[("2005-02", 0, 1)],
        ),
        (
            "Environmental Protection Agency",
            "There should be legislation to regulate emissions.",
            &[("2005-02", 10, 0)],
        ),
        (
            "National Petrochemical & Refiners Association",
            "CO2 legislation will not hurt the economy.",
            &[("2005-02", 0, 2)],
        ),
        (
            "National Petrochemical & Refiners Association",
            "There should be legislation to regulate emissions.",
            &[("2005-02", 0, 2)],
        ),
        (
            "Senate",
            "CO2 legislation will not hurt the economy.",
            &[("2005-02", 0, 2)],
        ),
        (
            "Senate",
            "Emissions legislation should regulate CO2.",
            &[("2005-02", 0, 1)],
        ),
        (
            "Senate",
            "There should be legislation to regulate emissions.",
            &[("2005-02", 2, 0)],
        ),
        (
            "Sierra Club",
            "CO2 legislation will not hurt the economy.",
            &[("2005-02", 2, 0)],
        ),
        (
            "Sierra Club",
            "Climate change is caused by greenhouse gases (CO2).",
            &[("2005-02", 1, 0)],
        ),
        (
            "Sierra Club",
            "Climate change is real and anthropogenic.",
            &[("2005-02", 1, 0)],
        ),
        (
            "Sierra Club",
            "Emissions legislation should regulate CO2.",
            &[("2005-02", 1, 0)],
        ),
        (
            "Sierra Club",
            "There should be legislation to regulate emissions.",
            &[("2005-02", 1, 0)],
        ),
        (
            "U.S. Public Interest Research Group",
            "CO2 legislation will not hurt the economy.",
            &[("2005-02", 1, 0)],
        ),
        (
            "U.S. Public Interest Research Group",
            "Cap and trade is the solution.",
            &[("2005-02", 1, 0)],
        ),
        (
            "U.S. Public Interest Research Group",
            "Climate change is caused by greenhouse gases (CO2).",
            &[("2005-02", 1, 0)],
        ),
        (
            "U.S. Public Interest Research Group",
            "Climate change is real and anthropogenic.",
            &[("2005-02", 2, 0)],
        ),
        (
            "U.S. Public Interest Research Group",
            "Emissions legislation should regulate CO2.",
            &[("2005-02", 1, 0)],
        ),
    ];
    let mut expected = Counts::new();
    for (organisation, concept, months) in by_hand {
        expected.insert(
            (organisation.to_string(), concept.to_string()),
            months.iter().map(|(m, s, o)| (m.to_string(), *s, *o)).collect(),
        );
    }
    let organisations: std::collections::BTreeSet<&str> = by_hand.iter().map(|(o, _, _)| *o).collect();
    let mut seen = Counts::new();
    for organisation in organisations {
        let rows = csv_rows(&ok(
            &db,
            &[
                "timeline",
                "--holder",
                organisation,
                "--by-organisation",
                "--period",
                "month",
                "--format",
                "csv",
            ],
        ));
        for row in &rows[1..] {
            assert_eq!(row[0], organisation);
            let (support, oppose): (u32, u32) = (row[6].parse().expect("n"), row[7].parse().expect("n"));
            if support + oppose > 0 {
                seen.entry((row[0].clone(), row[1].clone()))
                    .or_default()
                    .push((row[3].clone(), support, oppose));
            }
        }
    }
    assert_eq!(seen, expected);
}
