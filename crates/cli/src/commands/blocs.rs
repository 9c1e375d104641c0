//! `standpoint blocs`: actors partitioned into blocs by structural balance
//! of the signed network (support +, oppose −), with the frustration index.

use std::io::Write;
use std::process::ExitCode;

use standpoint_core::blocs::{signed_blocs, BlocPartition};
use standpoint_core::export::write_blocs_csv;
use standpoint_store::Store;

use super::filter::FilterArgs;
use crate::output::{print_as, print_table, Format};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    filter: FilterArgs,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<ExitCode> {
    let partition = signed_blocs(&store.lean_assessments(&args.filter.to_filter())?);
    print_as(args.format, &partition, |v, out| write_blocs_csv(v, out), print)
}

fn print(out: &mut impl Write, p: &BlocPartition) -> anyhow::Result<()> {
    let rows: Vec<Vec<String>> = p
        .members
        .iter()
        .map(|m| vec![m.name.clone(), m.bloc.to_string()])
        .collect();
    print_table(out, &["actor", "bloc"], &rows, 48)?;
    writeln!(
        out,
        "{} actors in {} blocs; frustration index {:.4} ({} of {} ties frustrated, weight {:.2})",
        p.members.len(),
        p.blocs,
        p.frustration_index,
        p.frustrated_ties,
        p.ties,
        p.frustration
    )?;
    Ok(())
}
