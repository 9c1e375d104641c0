//! Matrix speed at the size the desktop app must stay fluid with: 300
//! holders × 300 targets and 100 000 assessments. Builds the matrix and
//! computes every order, printing the time of each. Never asserts anything.
//!
//! `cargo bench -p standpoint-core --bench matrix` (release build). Set
//! `MATRIX_BENCH_ACTORS` and `MATRIX_BENCH_ASSESSMENTS` to change the size.
//! The data is synthetic but not uniform: holders fall into five camps that
//! agree within and disagree across, so blocs have real structure to find.

use std::time::Instant;

use standpoint_core::matrix::{Matrix, Order};
use standpoint_core::model::{
    ActorKind, ActorRef, Assessment, Origin, Polarity, ReviewState, Span, TargetKind, TargetRef,
};

/// A small deterministic generator (64-bit LCG), so runs are comparable.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    let actors = env("MATRIX_BENCH_ACTORS", 300);
    let count = env("MATRIX_BENCH_ASSESSMENTS", 100_000);
    let kinds = ActorKind::ALL;
    let holders: Vec<ActorRef> = (0..actors)
        .map(|i| ActorRef {
            id: i as i64,
            name: format!("Actor {i:04}"),
            kind: kinds[i % kinds.len()],
            affiliation: (i % 7 == 0 && i > 0).then(|| (0, "Actor 0000".to_owned())),
        })
        .collect();
    let targets: Vec<TargetRef> = (0..actors)
        .map(|i| {
            let kind = if i % 3 == 0 {
                TargetKind::Issue
            } else {
                TargetKind::Actor
            };
            TargetRef {
                id: i as i64,
                name: format!("Target {i:04}"),
                kind,
            }
        })
        .collect();
    let mut random = Lcg(42);
    let assessments: Vec<Assessment> = (0..count)
        .map(|id| {
            let h = random.below(actors);
            let t = random.below(actors);
            // Camps agree on a target's side; one in five assessments dissents.
            let camp_supports = (h % 5 + t % 5).is_multiple_of(2);
            let support = camp_supports != (random.below(5) == 0);
            Assessment {
                id: id as i64,
                article_id: (id / 20) as i64,
                article_title: String::new(),
                published: None,
                source: None,
                holder: holders[h].clone(),
                target: targets[t].clone(),
                polarity: if support { Polarity::Support } else { Polarity::Oppose },
                confidence: 0.5,
                evidence_text: String::new(),
                evidence: Span::new(0, 0),
                cue: None,
                holder_span: None,
                target_span: None,
                origin: Origin::Analyst,
                review: ReviewState::Accepted,
            }
        })
        .collect();
    println!("matrix benchmark: {actors} holders × {actors} targets, {count} assessments");

    let started = Instant::now();
    let matrix = Matrix::build(&assessments);
    println!(
        "  build            {:>8.1} ms  ({} cells)",
        started.elapsed().as_secs_f64() * 1000.0,
        matrix.cells.len()
    );
    for order in [
        Order::Name,
        Order::Activity,
        Order::Affiliation,
        Order::Kind,
        Order::Blocs,
    ] {
        let started = Instant::now();
        let ordered = matrix.clone().ordered(order, order);
        println!(
            "  order {:<10} {:>8.1} ms  (rows and columns, {} holders)",
            format!("{order:?}"),
            started.elapsed().as_secs_f64() * 1000.0,
            ordered.holders.len()
        );
    }
}
