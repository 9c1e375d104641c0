//! Small conversions between SQL columns and core types: closed sets stored
//! by their spelling, optional spans stored as two nullable columns, origins
//! stored as kind + detail. A value the schema should have prevented becomes
//! a conversion error, never a panic.

use rusqlite::types::Type;
use standpoint_core::model::{Origin, Span};

/// Parses a stored closed-set spelling, failing the row read when unknown.
pub fn closed<T>(index: usize, text: String, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    closed_str(index, &text, parse)
}

/// [`closed`] on borrowed text (a column read with `get_ref`).
pub fn closed_str<T>(index: usize, text: &str, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    parse(text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(index, Type::Text, format!("unknown stored value {text:?}").into())
    })
}

/// A span from two nullable offset columns.
pub fn span(start: Option<i64>, end: Option<i64>) -> Option<Span> {
    match (start, end) {
        (Some(start), Some(end)) if start >= 0 && end >= start => Some(Span::new(start as usize, end as usize)),
        _ => None,
    }
}

/// A span from two required offset columns.
pub fn required_span(index: usize, start: i64, end: i64) -> rusqlite::Result<Span> {
    span(Some(start), Some(end)).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            Type::Integer,
            format!("stored span {start}..{end} is not a valid range").into(),
        )
    })
}

/// The two nullable columns of an optional span.
pub fn span_columns(span: Option<Span>) -> (Option<i64>, Option<i64>) {
    match span {
        Some(span) => (Some(span.start as i64), Some(span.end as i64)),
        None => (None, None),
    }
}

/// An origin from `origin_kind`, `origin_name`, `origin_version`.
pub fn origin(index: usize, kind: String, name: Option<String>, version: Option<String>) -> rusqlite::Result<Origin> {
    match kind.as_str() {
        "extractor" => Ok(Origin::Extractor {
            name: name.unwrap_or_default(),
            version: version.unwrap_or_default(),
        }),
        "analyst" => Ok(Origin::Analyst),
        "dna_import" => Ok(Origin::DnaImport {
            coder: name.unwrap_or_default(),
        }),
        _ => Err(rusqlite::Error::FromSqlConversionFailure(
            index,
            Type::Text,
            format!("unknown stored origin {kind:?}").into(),
        )),
    }
}

/// The `origin_kind`, `origin_name`, `origin_version` columns of an origin.
pub fn origin_columns(origin: &Origin) -> (&'static str, Option<&str>, Option<&str>) {
    match origin {
        Origin::Extractor { name, version } => ("extractor", Some(name), Some(version)),
        Origin::Analyst => ("analyst", None, None),
        Origin::DnaImport { coder } => ("dna_import", Some(coder), None),
    }
}

/// The stored spelling of an import format ("html", "json_lines").
pub fn format_name(format: standpoint_core::import::Format) -> String {
    match serde_json::to_value(format) {
        Ok(serde_json::Value::String(name)) => name,
        // Format is a plain unit enum; serde always gives a string.
        _ => format!("{format:?}").to_lowercase(),
    }
}

/// Reads a stored format spelling back.
pub fn format(index: usize, name: String) -> rusqlite::Result<standpoint_core::import::Format> {
    serde_json::from_value(serde_json::Value::String(name.clone())).map_err(|_| {
        rusqlite::Error::FromSqlConversionFailure(index, Type::Text, format!("unknown stored format {name:?}").into())
    })
}

/// One assessment row to insert: the single shape every writer (analysis,
/// the analyst, DNA import) hands to [`insert_assessment`].
pub struct NewRow<'a> {
    pub article_id: i64,
    pub holder_id: i64,
    /// Exactly one of these two is set; the table's CHECK enforces it too.
    pub target_actor: Option<i64>,
    pub target_issue: Option<i64>,
    pub polarity: standpoint_core::model::Polarity,
    pub confidence: f64,
    pub evidence: Span,
    pub evidence_text: &'a str,
    pub cue: Option<Span>,
    pub holder_span: Option<Span>,
    pub target_span: Option<Span>,
    /// The extractor rule that fired; `None` for analyst and imported work.
    pub rule: Option<&'a str>,
    pub origin: &'a Origin,
    pub review: standpoint_core::model::ReviewState,
    /// Who decided, for rows that are born decided (the analyst's own, DNA
    /// codings); `None` for machine suggestions. The time is set with it.
    pub decided_by: Option<&'a str>,
}

/// Inserts one assessment row and returns its id.
pub fn insert_assessment(tx: &rusqlite::Transaction, row: &NewRow) -> rusqlite::Result<i64> {
    let (cue_start, cue_end) = span_columns(row.cue);
    let (holder_start, holder_end) = span_columns(row.holder_span);
    let (target_start, target_end) = span_columns(row.target_span);
    let (origin_kind, origin_name, origin_version) = origin_columns(row.origin);
    tx.prepare_cached(
        "INSERT INTO assessments (article_id, holder_id, target_actor_id, target_issue_id, polarity, confidence,
             evidence_start, evidence_end, evidence_text, cue_start, cue_end, holder_start, holder_end,
             target_start, target_end, rule, origin_kind, origin_name, origin_version, review_state,
             decided_by, decided_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
             ?21, CASE WHEN ?21 IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END)",
    )?
    .execute(rusqlite::params![
        row.article_id,
        row.holder_id,
        row.target_actor,
        row.target_issue,
        row.polarity.as_str(),
        row.confidence,
        row.evidence.start as i64,
        row.evidence.end as i64,
        row.evidence_text,
        cue_start,
        cue_end,
        holder_start,
        holder_end,
        target_start,
        target_end,
        row.rule,
        origin_kind,
        origin_name,
        origin_version,
        row.review.as_str(),
        row.decided_by,
    ])?;
    Ok(tx.last_insert_rowid())
}
