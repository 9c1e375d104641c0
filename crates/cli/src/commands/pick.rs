//! Naming a holder or target on the command line: by id or by name (case
//! insensitive), resolved against the assessments at hand, with a clear
//! error when nothing or more than one thing matches.

use anyhow::bail;
use standpoint_core::model::{LeanAssessment, StanceRecord, TargetKind};
use standpoint_core::timeline::{TargetId, TimelineSpec};
use standpoint_store::Store;

use super::filter::FilterArgs;
use crate::output::Format;

/// The id of the holder named `name` (or with that id) among `assessments`,
/// credited as `spec` credits stances (the person or their organisation).
pub fn holder<A: StanceRecord>(assessments: &[A], spec: &TimelineSpec, name: &str) -> anyhow::Result<i64> {
    let mut found: Vec<(i64, String)> = assessments
        .iter()
        .map(|a| spec.holder_of(a))
        .filter(|h| h.name.to_lowercase() == name.to_lowercase() || h.id.to_string() == name)
        .map(|h| (h.id, h.name.clone()))
        .collect();
    found.sort();
    found.dedup();
    match found.as_slice() {
        [(id, _)] => Ok(*id),
        [] => {
            bail!("no holder named {name:?} in the assessments the filter lets through; `standpoint actors` lists them")
        }
        many => bail!(
            "{name:?} names {} holders ({}); give the id instead",
            many.len(),
            many.iter()
                .map(|(id, n)| format!("{n} = {id}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The target named `name` (or with that id), optionally of one kind.
pub fn target<A: StanceRecord>(assessments: &[A], name: &str, kind: Option<TargetKind>) -> anyhow::Result<TargetId> {
    let mut found: Vec<(TargetId, String)> = assessments
        .iter()
        .map(|a| a.target())
        .filter(|t| kind.is_none_or(|k| k == t.kind))
        .filter(|t| t.name.to_lowercase() == name.to_lowercase() || t.id.to_string() == name)
        .map(|t| (TargetId::of(t), t.name.clone()))
        .collect();
    found.sort();
    found.dedup();
    match found.as_slice() {
        [(id, _)] => Ok(*id),
        [] => bail!("no target named {name:?} in the assessments the filter lets through"),
        many => bail!(
            "{name:?} names {} targets ({}); add --target-kind or give the id",
            many.len(),
            many.iter()
                .map(|(id, n)| format!("{n} = {} {}", id.kind, id.id))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// `--target-kind` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TargetKindArg {
    Actor,
    Issue,
}

impl From<TargetKindArg> for TargetKind {
    fn from(kind: TargetKindArg) -> TargetKind {
        match kind {
            TargetKindArg::Actor => TargetKind::Actor,
            TargetKindArg::Issue => TargetKind::Issue,
        }
    }
}

/// `--period` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PeriodArg {
    Week,
    Month,
    Quarter,
}

impl From<PeriodArg> for standpoint_core::timeline::Period {
    fn from(period: PeriodArg) -> Self {
        use standpoint_core::timeline::Period;
        match period {
            PeriodArg::Week => Period::Week,
            PeriodArg::Month => Period::Month,
            PeriodArg::Quarter => Period::Quarter,
        }
    }
}

/// What `timeline` and `shifts` share: how time is cut, whose stance
/// counts, the output format and the filter.
#[derive(Debug, clap::Args)]
pub struct OverTimeArgs {
    /// The period length (default: chosen from the date range).
    #[arg(long, value_enum)]
    period: Option<PeriodArg>,
    /// Credit stances to the holder's organisation (its affiliation), as DNA's organisation level.
    #[arg(long)]
    by_organisation: bool,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    #[command(flatten)]
    filter: FilterArgs,
}

impl OverTimeArgs {
    /// The assessments the filter lets through, read lean (counting needs no
    /// text; shifts read the text of what they quote), and a spec for every
    /// holder and target cut as asked.
    pub fn read(&self, store: &Store) -> anyhow::Result<(Vec<LeanAssessment>, TimelineSpec)> {
        let spec = TimelineSpec {
            period: self.period.map(Into::into),
            affiliation: self.by_organisation,
            ..TimelineSpec::default()
        };
        Ok((store.lean_assessments(&self.filter.to_filter())?, spec))
    }
}
