//! `standpoint export matrix|assessments --output FILE.csv`: the CSV files of
//! DESIGN.md (RFC 4180, UTF-8, formula-guarded), written by core's exporters
//! through the store's one output writer (atomic; never over the workspace).

use std::path::PathBuf;
use std::process::ExitCode;

use standpoint_core::export::{write_assessments_csv, write_matrix_csv};
use standpoint_store::Store;

use super::filter::FilterArgs;
use super::matrix::{build, OrderArg};
use crate::output::path;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, clap::Subcommand)]
enum What {
    /// The matrix: holder labels in the first column, one column per target, net scores.
    Matrix {
        #[arg(long, short, value_name = "FILE.csv")]
        output: PathBuf,
        #[command(flatten)]
        filter: FilterArgs,
        /// Row and column order.
        #[arg(long, value_enum, default_value_t = OrderArg::Name)]
        order: OrderArg,
    },
    /// One row per assessment with article, evidence, offsets, confidence, origin and review state.
    Assessments {
        #[arg(long, short, value_name = "FILE.csv")]
        output: PathBuf,
        #[command(flatten)]
        filter: FilterArgs,
    },
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<ExitCode> {
    match args.what {
        What::Matrix { output, filter, order } => {
            let matrix = build(store, &filter, order)?;
            store.write_output(&output, &[], |out| write_matrix_csv(&matrix, out))?;
            eprintln!(
                "wrote {} holders × {} targets to {}",
                matrix.holders.len(),
                matrix.targets.len(),
                path(&output)
            );
        }
        What::Assessments { output, filter } => {
            let assessments = store.assessments(&filter.to_filter())?;
            store.write_output(&output, &[], |out| write_assessments_csv(&assessments, out))?;
            eprintln!("wrote {} assessments to {}", assessments.len(), path(&output));
        }
    }
    Ok(ExitCode::SUCCESS)
}
