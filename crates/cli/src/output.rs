//! Printing helpers shared by the subcommands: plain aligned tables for a
//! terminal or a pipe. Nothing here knows the domain.

use std::io::{self, Write};

/// Prints rows as left-aligned columns separated by two spaces, with a header.
/// Cells are cut at `max_width` characters so one long title cannot push the
/// rest off the screen.
pub fn print_table(out: &mut impl Write, header: &[&str], rows: &[Vec<String>], max_width: usize) -> io::Result<()> {
    let cut = |cell: &str| -> String {
        let flat: String = cell.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        if flat.chars().count() > max_width {
            let mut short: String = flat.chars().take(max_width.saturating_sub(1)).collect();
            short.push('…');
            short
        } else {
            flat
        }
    };
    let header: Vec<String> = header.iter().map(|h| cut(h)).collect();
    let rows: Vec<Vec<String>> = rows.iter().map(|row| row.iter().map(|c| cut(c)).collect()).collect();
    let columns = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (i, cell) in row.iter().enumerate().take(columns) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate().take(columns) {
            if i + 1 == columns {
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.push_str(&" ".repeat(widths[i] - cell.chars().count() + 2));
            }
        }
        out.trim_end().to_owned()
    };
    writeln!(out, "{}", line(&header))?;
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(())
}

/// The three shapes an analysis command prints in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// Prints `value` as pretty JSON on its own line.
pub fn print_json(out: &mut impl Write, value: &impl serde::Serialize) -> anyhow::Result<()> {
    writeln!(out, "{}", serde_json::to_string_pretty(value)?)?;
    Ok(())
}
