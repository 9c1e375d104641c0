//! `standpoint timeline --holder NAME [--target NAME]`: a holder's net
//! stance per period, on one target or on each of its targets, with support
//! and oppose counts and the 95 % band; undated evidence counted apart.

use std::io::Write;
use std::process::ExitCode;

use standpoint_core::export::write_timeline_csv;
use standpoint_core::timeline::{timeline, Timeline};
use standpoint_store::Store;

use super::pick::{self, OverTimeArgs, TargetKindArg};
use crate::output::{one_line, print_as, print_table};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The holder, by name or id.
    #[arg(long, value_name = "NAME")]
    holder: String,
    /// Only its stances on this target, by name or id (default: each of its targets).
    #[arg(long, value_name = "NAME")]
    target: Option<String>,
    /// When an actor and an issue share the target's name.
    #[arg(long, value_enum)]
    target_kind: Option<TargetKindArg>,
    #[command(flatten)]
    over_time: OverTimeArgs,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<ExitCode> {
    let (assessments, mut spec) = args.over_time.read(store)?;
    spec.holder_id = Some(pick::holder(&assessments, &spec, &args.holder)?);
    if let Some(name) = &args.target {
        let kind = args.target_kind.map(Into::into);
        let candidates: Vec<_> = assessments.iter().filter(|a| spec.admits(*a)).cloned().collect();
        spec.target = Some(pick::target(&candidates, name, kind)?);
    }
    let found = timeline(&assessments, &spec);
    print_as(
        args.over_time.format,
        &found,
        |v, out| write_timeline_csv(v, out),
        print,
    )
}

fn band(low: Option<f64>, high: Option<f64>) -> String {
    match (low, high) {
        (Some(low), Some(high)) => format!("{low:+.2} … {high:+.2}"),
        _ => String::new(),
    }
}

fn print(out: &mut impl Write, found: &Timeline) -> anyhow::Result<()> {
    for series in &found.series {
        writeln!(
            out,
            "{} → {} ({}, per {})",
            one_line(&series.holder.name),
            one_line(&series.target.name),
            series.target.kind,
            found.period
        )?;
        let rows: Vec<Vec<String>> = found
            .periods
            .iter()
            .zip(&series.points)
            .map(|(range, p)| {
                vec![
                    range.label.clone(),
                    p.support.to_string(),
                    p.oppose.to_string(),
                    if p.net > 0 {
                        format!("+{}", p.net)
                    } else {
                        p.net.to_string()
                    },
                    p.balance.map(|b| format!("{b:+.2}")).unwrap_or_default(),
                    band(p.low, p.high),
                ]
            })
            .collect();
        print_table(
            out,
            &["period", "support", "oppose", "net", "balance", "95% band"],
            &rows,
            24,
        )?;
        let u = &series.undated;
        if !u.assessment_ids.is_empty() {
            writeln!(
                out,
                "undated: {} support, {} oppose (not in any period)",
                u.support, u.oppose
            )?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{} series over {} periods; {} undated assessments counted apart",
        found.series.len(),
        found.periods.len(),
        found.undated
    )?;
    Ok(())
}
