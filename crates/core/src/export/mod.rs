//! CSV export of the stance matrix and of the assessments behind it.
//!
//! RFC 4180 (comma, CRLF, quotes doubled, header row), UTF-8 without BOM,
//! written to any `io::Write` through the `csv` crate. Every text cell that
//! a spreadsheet would read as a formula (leading `=`, `+`, `-`, `@`, tab or
//! carriage return) is prefixed with `'`; numeric cells are written as
//! numbers and never prefixed. Pure: it opens no file itself.

use std::borrow::Cow;
use std::io;

mod analysis;

pub use analysis::{
    write_blocs_csv, write_by_source_csv, write_outlet_differences_csv, write_shifts_csv, write_timeline_csv,
    BLOC_COLUMNS, BY_SOURCE_COLUMNS, DIFFERENCE_COLUMNS, SHIFT_COLUMNS, TIMELINE_COLUMNS,
};

use crate::matrix::Matrix;
use crate::model::Assessment;

/// Why an export failed: only writing can fail.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("writing the CSV failed: {0}")]
    Csv(#[from] csv::Error),
    #[error("writing the CSV failed: {0}")]
    Io(#[from] io::Error),
}

/// The columns of the long-format assessments CSV, in order.
pub const ASSESSMENT_COLUMNS: &[&str] = &[
    "assessment_id",
    "article_id",
    "article_title",
    "published",
    "source",
    "holder",
    "holder_kind",
    "target",
    "target_kind",
    "polarity",
    "confidence",
    "evidence",
    "evidence_start",
    "evidence_end",
    "origin",
    "review_state",
];

/// Makes a text cell safe to open in a spreadsheet: a leading character
/// that starts a formula gets a `'` before it.
pub fn guard(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

pub(crate) fn writer<W: io::Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out)
}

/// Writes the matrix: a header row (`holder`, then one column per target),
/// then one row per holder with each cell's net score; a pair with no
/// assessment is an empty cell, so "no evidence" differs from "balanced" (0).
pub fn write_matrix_csv<W: io::Write>(matrix: &Matrix, out: W) -> Result<(), ExportError> {
    let mut csv = writer(out);
    let mut header: Vec<Cow<str>> = Vec::with_capacity(matrix.targets.len() + 1);
    header.push(Cow::Borrowed("holder"));
    header.extend(matrix.targets.iter().map(|t| guard(&t.name)));
    csv.write_record(header.iter().map(|c| c.as_ref()))?;
    let mut cells = matrix.cells.iter().peekable();
    let mut record: Vec<String> = Vec::with_capacity(matrix.targets.len() + 1);
    for (row, holder) in matrix.holders.iter().enumerate() {
        record.clear();
        record.push(guard(&holder.name).into_owned());
        record.resize(matrix.targets.len() + 1, String::new());
        // Cells are sorted by (row, col): take this row's run.
        while let Some(cell) = cells.next_if(|cell| cell.row <= row) {
            if cell.row == row && cell.col < matrix.targets.len() {
                record[cell.col + 1] = cell.net.to_string();
            }
        }
        csv.write_record(&record)?;
    }
    csv.flush()?;
    Ok(())
}

/// Writes one row per assessment with the columns of [`ASSESSMENT_COLUMNS`].
/// Offsets are UTF-8 byte offsets into the stored article text.
pub fn write_assessments_csv<W: io::Write>(assessments: &[Assessment], out: W) -> Result<(), ExportError> {
    let mut csv = writer(out);
    csv.write_record(ASSESSMENT_COLUMNS)?;
    for a in assessments {
        let origin = a.origin.label();
        let record: [Cow<str>; 16] = [
            Cow::Owned(a.id.to_string()),
            Cow::Owned(a.article_id.to_string()),
            guard(&a.article_title),
            guard(a.published.as_deref().unwrap_or("")),
            guard(a.source.as_deref().unwrap_or("")),
            guard(&a.holder.name),
            Cow::Borrowed(a.holder.kind.as_str()),
            guard(&a.target.name),
            Cow::Borrowed(a.target.kind.as_str()),
            Cow::Borrowed(a.polarity.as_str()),
            Cow::Owned(format!("{:.3}", a.confidence)),
            guard(&a.evidence_text),
            Cow::Owned(a.evidence.start.to_string()),
            Cow::Owned(a.evidence.end.to_string()),
            guard(&origin),
            Cow::Borrowed(a.review.as_str()),
        ];
        csv.write_record(record.iter().map(|c| c.as_ref()))?;
    }
    csv.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests;
