//! `standpoint shifts`: where a holder's net stance on a target changes
//! sign between consecutive periods with enough evidence, with the last
//! evidence before and the first after.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use standpoint_core::export::write_shifts_csv;
use standpoint_core::shifts::{ShiftSpec, Shifts, DEFAULT_MIN_EVIDENCE};
use standpoint_core::timeline::EvidenceQuote;
use standpoint_store::Store;

use super::pick::{self, OverTimeArgs};
use crate::output::{print_as, print_table};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The evidence a period needs to count: suggestions count 1, reviewed decisions 2.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MIN_EVIDENCE, allow_negative_numbers = true)]
    min_evidence: f64,
    /// Only this holder's shifts, by name or id.
    #[arg(long, value_name = "NAME")]
    holder: Option<String>,
    #[command(flatten)]
    over_time: OverTimeArgs,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<ExitCode> {
    let (assessments, mut timeline) = args.over_time.read(store)?;
    if let Some(name) = &args.holder {
        timeline.holder_id = Some(pick::holder(&assessments, &timeline, name)?);
    }
    let spec = ShiftSpec {
        timeline,
        min_evidence: args.min_evidence,
    };
    spec.check().context("--min-evidence")?;
    let found = store.shifts_among(&assessments, &spec)?;
    print_as(args.over_time.format, &found, |v, out| write_shifts_csv(v, out), print)
}

fn quote(q: &EvidenceQuote) -> String {
    format!(
        "{} {} #{}: {}",
        q.published
            .as_deref()
            .map(|d| d.get(..10).unwrap_or(d))
            .unwrap_or("undated"),
        q.source.as_deref().unwrap_or("(no source)"),
        q.assessment_id,
        q.evidence_text
    )
}

fn print(out: &mut impl Write, found: &Shifts) -> anyhow::Result<()> {
    let rows: Vec<Vec<String>> = found
        .shifts
        .iter()
        .map(|s| {
            vec![
                s.holder.name.clone(),
                s.target.name.clone(),
                format!("{} → {}", s.from, s.to),
                format!("{} → {}", s.before.label, s.after.label),
                quote(&s.last_before),
                quote(&s.first_after),
            ]
        })
        .collect();
    print_table(
        out,
        &["holder", "target", "shift", "between", "last before", "first after"],
        &rows,
        60,
    )?;
    writeln!(
        out,
        "{} shifts (per {}, at least {} evidence per period: suggestion 1, reviewed 2); {} undated assessments not in any period",
        found.shifts.len(),
        found.period,
        found.min_evidence,
        found.undated
    )?;
    Ok(())
}
