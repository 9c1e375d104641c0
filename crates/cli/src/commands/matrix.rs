//! `standpoint matrix`: prints the stance matrix (holders × targets, net
//! score per cell) as an aligned table, as CSV or as JSON on stdout, in the
//! order core lays it out (the same as the app's for the same choices).

use std::io::Write;
use std::process::ExitCode;

use standpoint_core::export::{write_by_source_csv, write_matrix_csv};
use standpoint_core::matrix::{Grouping, Layout, Matrix, Order};
use standpoint_core::outlets::by_source;
use standpoint_store::Store;

use super::filter::FilterArgs;
use crate::output::{print_csv, print_table};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MatrixFormat {
    Table,
    Csv,
    /// The laid-out matrix as the app receives it: holders, targets, cells, groups.
    Json,
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

/// How rows and columns are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupArg {
    None,
    Affiliation,
    Kind,
    /// Signed blocs (as `standpoint blocs` lists them).
    Blocs,
}

impl From<GroupArg> for Grouping {
    fn from(group: GroupArg) -> Grouping {
        match group {
            GroupArg::None => Grouping::None,
            GroupArg::Affiliation => Grouping::Affiliation,
            GroupArg::Kind => Grouping::Kind,
            GroupArg::Blocs => Grouping::Blocs,
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
    /// Row order, when it differs from --order.
    #[arg(long, value_enum)]
    rows: Option<OrderArg>,
    /// Column order, when it differs from --order.
    #[arg(long, value_enum)]
    cols: Option<OrderArg>,
    /// Gather rows and columns into groups (in the table: a blank line between row groups).
    #[arg(long, value_enum, default_value_t = GroupArg::None)]
    group: GroupArg,
    /// In the table, show only the N targets with the most assessments (0: all).
    #[arg(long, value_name = "N", default_value_t = 12)]
    columns: usize,
    /// One matrix per article source, as long-format CSV (source, holder, target, support, oppose, net).
    #[arg(long, conflicts_with_all = ["format", "order", "rows", "cols", "group", "columns"])]
    by_source: bool,
}

/// The filtered matrix with rows and columns in `order` (shared with `export matrix`).
pub fn build(store: &Store, filter: &FilterArgs, order: OrderArg) -> anyhow::Result<Matrix> {
    Ok(store
        .matrix(&filter.to_filter(), &Layout::uniform(order.into()))?
        .matrix)
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<ExitCode> {
    if args.by_source {
        let assessments = store.assessments(&args.filter.to_filter())?;
        print_csv(|out| write_by_source_csv(&by_source(&assessments), out))?;
        return Ok(ExitCode::SUCCESS);
    }
    let layout = Layout {
        rows: args.rows.unwrap_or(args.order).into(),
        cols: args.cols.unwrap_or(args.order).into(),
        group: args.group.into(),
        pinned: None,
    };
    let laid_out = store.matrix(&args.filter.to_filter(), &layout)?;
    match args.format {
        MatrixFormat::Csv => print_csv(|out| write_matrix_csv(&laid_out.matrix, out))?,
        MatrixFormat::Json => {
            let mut out = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &laid_out)?;
            writeln!(out)?;
        }
        MatrixFormat::Table => print_matrix(&laid_out.matrix, args.columns)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The targets to show: all, or the `limit` most active, kept in matrix order.
fn shown_columns(matrix: &Matrix, limit: usize) -> Vec<usize> {
    let all: Vec<usize> = (0..matrix.targets.len()).collect();
    if limit == 0 || limit >= all.len() {
        return all;
    }
    let mut activity = vec![0u32; matrix.targets.len()];
    for cell in &matrix.cells {
        activity[cell.col] += cell.support + cell.oppose;
    }
    let mut busiest = all.clone();
    busiest.sort_by(|a, b| activity[*b].cmp(&activity[*a]).then(a.cmp(b)));
    busiest.truncate(limit);
    busiest.sort_unstable();
    busiest
}

fn print_matrix(matrix: &Matrix, limit: usize) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    if matrix.holders.is_empty() {
        eprintln!("the matrix is empty: import and analyse articles, or loosen the filter");
        return Ok(());
    }
    let columns = shown_columns(matrix, limit);
    // Position of each target in the printed row, if shown.
    let mut slot_of = vec![None; matrix.targets.len()];
    for (slot, &col) in columns.iter().enumerate() {
        slot_of[col] = Some(slot + 1);
    }
    let mut header: Vec<&str> = vec!["holder \\ target"];
    header.extend(columns.iter().map(|&col| matrix.targets[col].name.as_str()));
    let mut rows: Vec<Vec<String>> = matrix
        .holders
        .iter()
        .map(|h| {
            let mut row = vec![h.name.clone()];
            row.resize(columns.len() + 1, "·".to_owned());
            row
        })
        .collect();
    for cell in &matrix.cells {
        let slot = slot_of.get(cell.col).copied().flatten();
        if let Some(place) = slot.and_then(|slot| rows.get_mut(cell.row).and_then(|row| row.get_mut(slot))) {
            *place = if cell.net > 0 {
                format!("+{}", cell.net)
            } else {
                cell.net.to_string()
            };
        }
    }
    let limited = columns.len() < matrix.targets.len();
    if limited {
        // Holders with nothing to show in these columns would be blank lines.
        rows.retain(|row| row[1..].iter().any(|cell| cell != "·"));
    }
    print_table(&mut out, &header, &rows, 20)?;
    writeln!(
        out,
        "{} holders × {} targets, {} assessments (cell = support − oppose; · = none)",
        matrix.holders.len(),
        matrix.targets.len(),
        matrix.assessment_count()
    )?;
    if limited {
        writeln!(
            out,
            "showing the {} busiest targets and the {} holders with a stance on them; --columns 0 shows all",
            columns.len(),
            rows.len()
        )?;
    }
    Ok(())
}
