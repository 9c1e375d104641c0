//! `standpoint outlets LEFT RIGHT`: how two sources report the same
//! stances — the cells both report whose net stances differ in sign, with
//! each side's evidence (JSON: both matrices on shared axes as well).

use std::io::Write;
use std::process::ExitCode;

use standpoint_core::export::write_outlet_differences_csv;
use standpoint_core::outlets::{compare, OutletComparison};
use standpoint_store::Store;

use super::filter::FilterArgs;
use crate::output::{one_line, print_as, print_table, Format};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The first source, exactly as `standpoint articles` shows it.
    left: String,
    /// The second source.
    right: String,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Filters other than the source (which the two names set).
    #[command(flatten)]
    filter: FilterArgs,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<ExitCode> {
    let known = store.sources()?;
    for name in [&args.left, &args.right] {
        if !known.contains(name) {
            anyhow::bail!(
                "no article has the source {name:?}; known sources: {}",
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                }
            );
        }
    }
    let mut filter = args.filter.to_filter();
    filter.sources = Some(vec![args.left.clone(), args.right.clone()]);
    let comparison = compare(&store.assessments(&filter)?, &args.left, &args.right);
    print_as(
        args.format,
        &comparison,
        |v, out| write_outlet_differences_csv(v, out),
        print,
    )
}

fn signed(net: i64) -> String {
    if net > 0 {
        format!("+{net}")
    } else {
        net.to_string()
    }
}

fn print(out: &mut impl Write, c: &OutletComparison) -> anyhow::Result<()> {
    let rows: Vec<Vec<String>> = c
        .differences
        .iter()
        .map(|d| {
            vec![
                d.holder.name.clone(),
                d.target.name.clone(),
                signed(d.left.net),
                signed(d.right.net),
                d.left_evidence
                    .first()
                    .map(|q| q.evidence_text.clone())
                    .unwrap_or_default(),
                d.right_evidence
                    .first()
                    .map(|q| q.evidence_text.clone())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let left = c.left_source.as_str();
    let right = c.right_source.as_str();
    print_table(
        out,
        &[
            "holder",
            "target",
            left,
            right,
            &format!("{left} says"),
            &format!("{right} says"),
        ],
        &rows,
        48,
    )?;
    let (left, right) = (one_line(left), one_line(right));
    writeln!(
        out,
        "{} cells where {left} and {right} differ in sign; {} cells from {left}, {} from {right}",
        c.differences.len(),
        c.left.len(),
        c.right.len()
    )?;
    Ok(())
}
