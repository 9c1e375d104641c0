//! Scale benchmark of the one-mode network: 10 000 actors and 1 000 000
//! synthetic assessments. Prints the seconds each network takes and the
//! process's peak memory (VmHWM) before and after. Run with
//! `cargo bench -p standpoint-core --bench network`.
//!
//! The data mimic discourse: actors belong to 100 communities that each
//! debate their own 50 issues, and 2% of stances land on issues elsewhere,
//! so the network is sparse between communities and dense inside them.
//! A fixed-seed generator makes every run see the same data.

use std::time::Instant;

use standpoint_core::model::{
    ActorKind, ActorRef, Assessment, Origin, Polarity, ReviewState, Span, TargetKind, TargetRef,
};
use standpoint_core::network::{self, Duplicates, Level, Normalisation, OneModeOptions, Qualifier};

const ACTORS: u64 = 10_000;
const ASSESSMENTS: u64 = 1_000_000;
const COMMUNITIES: u64 = 100;
const ISSUES_PER_COMMUNITY: u64 = 50;
const ARTICLES: u64 = 50_000;

/// SplitMix64: a tiny, well-known generator, enough for synthetic data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }
}

fn synthetic() -> Vec<Assessment> {
    let mut rng = Rng(2026);
    let issues = COMMUNITIES * ISSUES_PER_COMMUNITY;
    (0..ASSESSMENTS)
        .map(|id| {
            let holder = rng.below(ACTORS);
            let community = holder % COMMUNITIES;
            let issue = if rng.below(100) < 2 {
                rng.below(issues)
            } else {
                community * ISSUES_PER_COMMUNITY + rng.below(ISSUES_PER_COMMUNITY)
            };
            let article = rng.below(ARTICLES);
            let day = 1 + article % 28;
            let month = 1 + (article / 28) % 12;
            Assessment {
                id: id as i64,
                article_id: article as i64,
                article_title: String::new(),
                published: Some(format!("2020-{month:02}-{day:02}")),
                source: None,
                holder: ActorRef {
                    id: holder as i64,
                    name: format!("actor {holder}"),
                    kind: ActorKind::Organisation,
                    affiliation: None,
                },
                target: TargetRef {
                    id: issue as i64,
                    name: format!("issue {issue}"),
                    kind: TargetKind::Issue,
                },
                polarity: if rng.below(3) == 0 {
                    Polarity::Oppose
                } else {
                    Polarity::Support
                },
                confidence: 1.0,
                evidence_text: String::new(),
                evidence: Span::new(0, 0),
                cue: None,
                holder_span: None,
                target_span: None,
                origin: Origin::Analyst,
                review: ReviewState::Accepted,
            }
        })
        .collect()
}

/// The process's peak resident memory in MiB, from /proc (Linux only).
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn show(peak: Option<f64>) -> String {
    peak.map_or_else(|| "n/a".to_owned(), |mib| format!("{mib:.0} MiB"))
}

fn main() {
    let started = Instant::now();
    let data = synthetic();
    println!(
        "generated {} assessments by {} actors in {:.2} s; peak memory {}",
        data.len(),
        ACTORS,
        started.elapsed().as_secs_f64(),
        show(peak_mib())
    );
    let runs = [
        (
            "ignore, none, include",
            Qualifier::Ignore,
            Normalisation::None,
            Duplicates::Include,
        ),
        (
            "subtract, jaccard, month",
            Qualifier::Subtract,
            Normalisation::Jaccard,
            Duplicates::Month,
        ),
        (
            "congruence, cosine, document",
            Qualifier::Congruence,
            Normalisation::Cosine,
            Duplicates::Document,
        ),
    ];
    for (name, qualifier, normalisation, duplicates) in runs {
        let started = Instant::now();
        let network = network::one_mode(
            &data,
            OneModeOptions {
                level: Level::Actor,
                qualifier,
                normalisation,
                duplicates,
            },
        );
        let seconds = started.elapsed().as_secs_f64();
        let evidence_started = Instant::now();
        let sampled: usize = network
            .edges
            .iter()
            .take(1000)
            .map(|edge| network.edge_assessments(edge).len())
            .sum();
        println!(
            "one-mode ({name}): {} actors, {} ties in {seconds:.2} s; evidence of 1000 ties ({sampled} ids) in {:.3} s; peak memory {}",
            network.rows.len(),
            network.edges.len(),
            evidence_started.elapsed().as_secs_f64(),
            show(peak_mib())
        );
    }
}
