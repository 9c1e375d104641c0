//! `standpoint matrix`: prints the stance matrix (holders × targets, net
//! score per cell) as an aligned table or as CSV on stdout.

use std::io::Write;
use std::process::ExitCode;

use standpoint_core::export::write_matrix_csv;
use standpoint_core::matrix::{Matrix, Order};
use standpoint_store::Store;

use super::filter::FilterArgs;
use crate::output::print_table;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MatrixFormat {
    Table,
    Csv,
}

/// How rows and columns are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OrderArg {
    Name,
    Activity,
    Affiliation,
    Kind,
    Blocs,
}

impl From<OrderArg> for Order {
    fn from(order: OrderArg) -> Order {
        match order {
            OrderArg::Name => Order::Name,
            OrderArg::Activity => Order::Activity,
            OrderArg::Affiliation => Order::Affiliation,
            OrderArg::Kind => Order::Kind,
            OrderArg::Blocs => Order::Blocs,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    filter: FilterArgs,
    #[arg(long, value_enum, default_value_t = MatrixFormat::Table)]
    format: MatrixFormat,
    /// Row and column order.
    #[arg(long, value_enum, default_value_t = OrderArg::Name)]
    order: OrderArg,
}

/// The filtered matrix in the requested order (shared with `export matrix`).
pub fn build(store: &Store, filter: &FilterArgs, order: OrderArg) -> anyhow::Result<Matrix> {
    let order = Order::from(order);
    Ok(store.matrix(&filter.to_filter())?.ordered(order, order))
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<ExitCode> {
    let matrix = build(store, &args.filter, args.order)?;
    match args.format {
        MatrixFormat::Csv => write_matrix_csv(&matrix, std::io::stdout().lock())?,
        MatrixFormat::Table => print_matrix(&matrix)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn print_matrix(matrix: &Matrix) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    if matrix.holders.is_empty() {
        eprintln!("the matrix is empty: import and analyse articles, or loosen the filter");
        return Ok(());
    }
    let mut header: Vec<&str> = vec!["holder \\ target"];
    header.extend(matrix.targets.iter().map(|t| t.name.as_str()));
    let mut rows: Vec<Vec<String>> = matrix
        .holders
        .iter()
        .map(|h| {
            let mut row = vec![h.name.clone()];
            row.resize(matrix.targets.len() + 1, "·".to_owned());
            row
        })
        .collect();
    for cell in &matrix.cells {
        if let Some(slot) = rows.get_mut(cell.row).and_then(|row| row.get_mut(cell.col + 1)) {
            *slot = if cell.net > 0 { format!("+{}", cell.net) } else { cell.net.to_string() };
        }
    }
    print_table(&mut out, &header, &rows, 24)?;
    writeln!(
        out,
        "{} holders × {} targets, {} assessments (cell = support − oppose; · = none)",
        matrix.holders.len(),
        matrix.targets.len(),
        matrix.assessment_count()
    )?;
    Ok(())
}
