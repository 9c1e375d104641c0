//! Test fixtures shared by the change-over-time modules' tests (timeline,
//! shifts, outlets, blocs): actors, issues and dated, sourced assessments.

use crate::model::{ActorKind, ActorRef, Assessment, Origin, Polarity, ReviewState, Span, TargetKind, TargetRef};

pub fn actor(id: i64, name: &str) -> ActorRef {
    ActorRef {
        id,
        name: name.into(),
        kind: ActorKind::Country,
        affiliation: None,
    }
}

pub fn issue(id: i64, name: &str) -> TargetRef {
    TargetRef {
        id,
        name: name.into(),
        kind: TargetKind::Issue,
    }
}

pub fn as_target(actor: &ActorRef) -> TargetRef {
    TargetRef {
        id: actor.id,
        name: actor.name.clone(),
        kind: TargetKind::Actor,
    }
}

/// Two camps on the Annan plan (issue 9): Greece and Cyprus oppose it,
/// Turkey and the UK support it (actors 1 to 4, in that order), each on
/// the day given in the same order. Returns the fixture, the four actors
/// and the plan.
pub fn annan_plan(days: [Option<&str>; 4]) -> (Fixture, [ActorRef; 4], TargetRef) {
    let actors = [
        actor(1, "Greece"),
        actor(2, "Cyprus"),
        actor(3, "Turkey"),
        actor(4, "UK"),
    ];
    let plan = issue(9, "Annan plan");
    let mut f = Fixture::default();
    for ((who, polarity), day) in actors
        .iter()
        .zip([Polarity::Oppose, Polarity::Oppose, Polarity::Support, Polarity::Support])
        .zip(days)
    {
        f.stance(who, &plan, polarity, day, None);
    }
    (f, actors, plan)
}

/// Builds assessments with increasing ids; each gets its own article.
#[derive(Default)]
pub struct Fixture {
    pub assessments: Vec<Assessment>,
}

impl Fixture {
    /// Adds a suggested stance and returns its id.
    pub fn stance(
        &mut self,
        holder: &ActorRef,
        target: &TargetRef,
        polarity: Polarity,
        published: Option<&str>,
        source: Option<&str>,
    ) -> i64 {
        let id = self.assessments.len() as i64 + 1;
        let evidence_text = format!("{} {} {}.", holder.name, polarity, target.name);
        self.assessments.push(Assessment {
            id,
            article_id: 100 + id,
            article_title: format!("article {id}"),
            published: published.map(str::to_owned),
            source: source.map(str::to_owned),
            holder: holder.clone(),
            target: target.clone(),
            polarity,
            confidence: 0.7,
            evidence: Span::new(0, evidence_text.len()),
            evidence_text,
            cue: None,
            holder_span: None,
            target_span: None,
            origin: Origin::Extractor {
                name: "rules".into(),
                version: "test".into(),
            },
            review: ReviewState::Suggested,
        });
        id
    }

    /// Sets the review state of assessment `id`.
    pub fn review(&mut self, id: i64, state: ReviewState) {
        if let Some(a) = self.assessments.iter_mut().find(|a| a.id == id) {
            a.review = state;
        }
    }
}
