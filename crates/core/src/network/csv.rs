//! The network as a CSV matrix (DESIGN.md's matrix format, as DNA's CSV
//! export): a header row with the column node labels, then one row per row
//! node with its label and one weight per column; no tie is `0`, as in DNA.
//!
//! Written with the shared CSV writer and formula guard of
//! [`crate::export`]; streams row by row without a dense matrix in memory.

use std::fmt::Write as _;
use std::io;

use crate::export::{guard, writer, ExportError};

use super::Network;

/// Writes `network`'s matrix as CSV. A one-mode matrix is written in full
/// (both triangles, zero diagonal).
pub fn write_matrix_csv<W: io::Write>(network: &Network, out: W) -> Result<(), ExportError> {
    let mut ties: Vec<Vec<(usize, f64)>> = vec![Vec::new(); network.rows.len()];
    for edge in &network.edges {
        ties[edge.row].push((edge.column, edge.weight));
        if network.is_one_mode() {
            ties[edge.column].push((edge.row, edge.weight));
        }
    }
    let mut csv = writer(out);
    let corner = if network.is_one_mode() { "actor" } else { "holder" };
    let mut record: Vec<String> = Vec::with_capacity(network.columns.len() + 1);
    record.push(corner.to_owned());
    record.extend(network.columns.iter().map(|node| guard(&node.label).into_owned()));
    csv.write_record(&record)?;
    // Cell by cell into one reused row: a 5,000 × 5,000 matrix is 25 M
    // cells, and a String for each cost more than building the network.
    let mut cells: Vec<Option<f64>> = vec![None; network.columns.len()];
    let mut number = String::new();
    for (row, node) in network.rows.iter().enumerate() {
        csv.write_field(guard(&node.label).as_bytes())?;
        cells.fill(None);
        for &(column, weight) in &ties[row] {
            cells[column] = Some(weight);
        }
        for cell in &cells {
            match cell {
                None => csv.write_field(b"0")?,
                Some(weight) => {
                    number.clear();
                    // Counts are whole: an integer prints as the float
                    // would ("3"), several times faster.
                    if weight.fract() == 0.0 && weight.abs() < 1e15 && *weight != 0.0 {
                        let _ = write!(number, "{}", *weight as i64);
                    } else {
                        let _ = write!(number, "{weight}");
                    }
                    csv.write_field(number.as_bytes())?;
                }
            }
        }
        csv.write_record(None::<&[u8]>)?;
    }
    csv.flush()?;
    Ok(())
}
