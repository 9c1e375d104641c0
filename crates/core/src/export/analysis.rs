//! CSV of the analyses over the matrix: the timeline, the shifts, the
//! matrix per source and the signed blocs. Same dialect and formula guard
//! as the matrix and assessment exports.

use std::borrow::Cow;
use std::io;

use super::{guard, writer, ExportError};
use crate::blocs::BlocPartition;
use crate::matrix::Matrix;
use crate::outlets::OutletComparison;
use crate::shifts::Shifts;
use crate::timeline::{Timeline, TimelinePoint};

pub const TIMELINE_COLUMNS: &[&str] = &[
    "holder",
    "target",
    "target_kind",
    "period",
    "start",
    "end",
    "support",
    "oppose",
    "net",
    "weighted_net",
    "evidence",
    "balance",
    "low",
    "high",
];

pub const SHIFT_COLUMNS: &[&str] = &[
    "holder",
    "target",
    "target_kind",
    "from",
    "to",
    "before",
    "after",
    "before_support",
    "before_oppose",
    "after_support",
    "after_oppose",
    "last_before_assessment_id",
    "last_before_article_id",
    "last_before_published",
    "last_before_source",
    "last_before_evidence",
    "first_after_assessment_id",
    "first_after_article_id",
    "first_after_published",
    "first_after_source",
    "first_after_evidence",
];

pub const BY_SOURCE_COLUMNS: &[&str] = &[
    "source",
    "holder",
    "holder_kind",
    "target",
    "target_kind",
    "support",
    "oppose",
    "net",
];

pub const DIFFERENCE_COLUMNS: &[&str] = &[
    "holder",
    "target",
    "target_kind",
    "left_source",
    "left_support",
    "left_oppose",
    "left_net",
    "right_source",
    "right_support",
    "right_oppose",
    "right_net",
    "left_evidence",
    "right_evidence",
];

pub const BLOC_COLUMNS: &[&str] = &["actor_id", "actor", "bloc", "frustration_index"];

fn number(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.3}")).unwrap_or_default()
}

/// One row per series and period, empty periods included, then one
/// `undated` row per series that has undated evidence.
pub fn write_timeline_csv<W: io::Write>(timeline: &Timeline, out: W) -> Result<(), ExportError> {
    let mut csv = writer(out);
    csv.write_record(TIMELINE_COLUMNS)?;
    for series in &timeline.series {
        let mut row = |period: &str, start: &str, end: &str, p: &TimelinePoint| {
            let record: [Cow<str>; 14] = [
                guard(&series.holder.name),
                guard(&series.target.name),
                Cow::Borrowed(series.target.kind.as_str()),
                Cow::Owned(period.to_owned()),
                Cow::Owned(start.to_owned()),
                Cow::Owned(end.to_owned()),
                Cow::Owned(p.support.to_string()),
                Cow::Owned(p.oppose.to_string()),
                Cow::Owned(p.net.to_string()),
                Cow::Owned(format!("{:.1}", p.weighted_net)),
                Cow::Owned(format!("{:.1}", p.evidence)),
                Cow::Owned(number(p.balance)),
                Cow::Owned(number(p.low)),
                Cow::Owned(number(p.high)),
            ];
            csv.write_record(record.iter().map(|c| c.as_ref()))
        };
        for (range, point) in timeline.periods.iter().zip(&series.points) {
            row(&range.label, &range.start, &range.end, point)?;
        }
        if !series.undated.assessment_ids.is_empty() {
            row("undated", "", "", &series.undated)?;
        }
    }
    csv.flush()?;
    Ok(())
}

/// One row per shift with the evidence either side.
pub fn write_shifts_csv<W: io::Write>(shifts: &Shifts, out: W) -> Result<(), ExportError> {
    let mut csv = writer(out);
    csv.write_record(SHIFT_COLUMNS)?;
    for s in &shifts.shifts {
        let (b, a) = (&s.last_before, &s.first_after);
        let record: [Cow<str>; 21] = [
            guard(&s.holder.name),
            guard(&s.target.name),
            Cow::Borrowed(s.target.kind.as_str()),
            Cow::Borrowed(s.from.as_str()),
            Cow::Borrowed(s.to.as_str()),
            Cow::Borrowed(&s.before.label),
            Cow::Borrowed(&s.after.label),
            Cow::Owned(s.before_counts.support.to_string()),
            Cow::Owned(s.before_counts.oppose.to_string()),
            Cow::Owned(s.after_counts.support.to_string()),
            Cow::Owned(s.after_counts.oppose.to_string()),
            Cow::Owned(b.assessment_id.to_string()),
            Cow::Owned(b.article_id.to_string()),
            guard(b.published.as_deref().unwrap_or("")),
            guard(b.source.as_deref().unwrap_or("")),
            guard(&b.evidence_text),
            Cow::Owned(a.assessment_id.to_string()),
            Cow::Owned(a.article_id.to_string()),
            guard(a.published.as_deref().unwrap_or("")),
            guard(a.source.as_deref().unwrap_or("")),
            guard(&a.evidence_text),
        ];
        csv.write_record(record.iter().map(|c| c.as_ref()))?;
    }
    csv.flush()?;
    Ok(())
}

/// One row per source and non-empty cell, in source then matrix order.
pub fn write_by_source_csv<'a, W: io::Write>(
    matrices: impl IntoIterator<Item = (&'a String, &'a Matrix)>,
    out: W,
) -> Result<(), ExportError> {
    let mut csv = writer(out);
    csv.write_record(BY_SOURCE_COLUMNS)?;
    for (source, matrix) in matrices {
        for cell in &matrix.cells {
            let (holder, target) = (&matrix.holders[cell.row], &matrix.targets[cell.col]);
            let record: [Cow<str>; 8] = [
                guard(source),
                guard(&holder.name),
                Cow::Borrowed(holder.kind.as_str()),
                guard(&target.name),
                Cow::Borrowed(target.kind.as_str()),
                Cow::Owned(cell.support.to_string()),
                Cow::Owned(cell.oppose.to_string()),
                Cow::Owned(cell.net.to_string()),
            ];
            csv.write_record(record.iter().map(|c| c.as_ref()))?;
        }
    }
    csv.flush()?;
    Ok(())
}

/// One row per cell where the two outlets differ in sign; each side's
/// evidence sentences joined by a blank line.
pub fn write_outlet_differences_csv<W: io::Write>(c: &OutletComparison, out: W) -> Result<(), ExportError> {
    let mut csv = writer(out);
    csv.write_record(DIFFERENCE_COLUMNS)?;
    let joined = |quotes: &[crate::timeline::EvidenceQuote]| {
        quotes
            .iter()
            .map(|q| q.evidence_text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    for d in &c.differences {
        let (left, right) = (joined(&d.left_evidence), joined(&d.right_evidence));
        let record: [Cow<str>; 13] = [
            guard(&d.holder.name),
            guard(&d.target.name),
            Cow::Borrowed(d.target.kind.as_str()),
            guard(&c.left_source),
            Cow::Owned(d.left.support.to_string()),
            Cow::Owned(d.left.oppose.to_string()),
            Cow::Owned(d.left.net.to_string()),
            guard(&c.right_source),
            Cow::Owned(d.right.support.to_string()),
            Cow::Owned(d.right.oppose.to_string()),
            Cow::Owned(d.right.net.to_string()),
            guard(&left),
            guard(&right),
        ];
        csv.write_record(record.iter().map(|c| c.as_ref()))?;
    }
    csv.flush()?;
    Ok(())
}

/// One row per actor with its bloc and the partition's frustration index.
pub fn write_blocs_csv<W: io::Write>(partition: &BlocPartition, out: W) -> Result<(), ExportError> {
    let mut csv = writer(out);
    csv.write_record(BLOC_COLUMNS)?;
    let index = format!("{:.4}", partition.frustration_index);
    for m in &partition.members {
        let record: [Cow<str>; 4] = [
            Cow::Owned(m.actor_id.to_string()),
            guard(&m.name),
            Cow::Owned(m.bloc.to_string()),
            Cow::Borrowed(&index),
        ];
        csv.write_record(record.iter().map(|c| c.as_ref()))?;
    }
    csv.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Polarity::{Oppose, Support};
    use crate::shifts::{shifts, ShiftSpec};
    use crate::testkit::{actor, issue, Fixture};
    use crate::timeline::{timeline, TimelineSpec};

    fn rows(bytes: Vec<u8>) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(bytes.as_slice())
            .records()
            .map(|r| r.expect("record").iter().map(str::to_owned).collect())
            .collect()
    }

    fn fixture() -> Fixture {
        let a = actor(1, "=HYPERLINK(\"x\")");
        let x = issue(1, "deal");
        let mut f = Fixture::default();
        for date in ["2001-01-01", "2001-01-02"] {
            f.stance(&a, &x, Support, Some(date), Some("@outlet"));
        }
        for date in ["2001-03-01", "2001-03-02"] {
            f.stance(&a, &x, Oppose, Some(date), Some("@outlet"));
        }
        f.stance(&a, &x, Oppose, None, None);
        f
    }

    #[test]
    fn the_timeline_has_every_period_and_the_undated_and_guards_names() {
        let f = fixture();
        let mut out = Vec::new();
        write_timeline_csv(&timeline(&f.assessments, &TimelineSpec::default()), &mut out).unwrap();
        let rows = rows(out);
        assert_eq!(rows[0], TIMELINE_COLUMNS);
        // Weekly axis from 2001-01-01 to 2001-03-02: nine ISO weeks, then the undated row.
        assert_eq!(rows.len(), 1 + 9 + 1);
        assert_eq!(rows[1][0], "'=HYPERLINK(\"x\")");
        assert_eq!(&rows[1][3..9], ["2001-W01", "2001-01-01", "2001-01-08", "2", "0", "2"]);
        assert_eq!(rows[2][11], "", "an empty week has no balance");
        assert_eq!(rows[10][3], "undated");
    }

    #[test]
    fn shifts_carry_both_quotes() {
        let f = fixture();
        let found = shifts(&f.assessments, &ShiftSpec::default());
        let mut out = Vec::new();
        write_shifts_csv(&found, &mut out).unwrap();
        let rows = rows(out);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0], SHIFT_COLUMNS);
        assert_eq!(&rows[1][3..7], ["support", "oppose", "2001-W01", "2001-W09"]);
        assert_eq!(rows[1][14], "'@outlet");
        assert_eq!(rows[1][15], "'=HYPERLINK(\"x\") support deal.");
    }

    #[test]
    fn by_source_rows_and_blocs_rows() {
        let f = fixture();
        let mut out = Vec::new();
        write_by_source_csv(&crate::outlets::by_source(&f.assessments), &mut out).unwrap();
        let rows_ = rows(out);
        assert_eq!(rows_[0], BY_SOURCE_COLUMNS);
        assert_eq!(rows_[1][0], "");
        assert_eq!(rows_[2][0], "'@outlet");
        assert_eq!(&rows_[2][5..], ["2", "2", "0"]);
        let mut out = Vec::new();
        write_blocs_csv(&crate::blocs::signed_blocs(&f.assessments), &mut out).unwrap();
        let rows_ = rows(out);
        assert_eq!(rows_[0], BLOC_COLUMNS);
        assert_eq!(rows_[1], ["1", "'=HYPERLINK(\"x\")", "1", "0.0000"]);
    }
}
