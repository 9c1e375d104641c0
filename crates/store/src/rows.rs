//! Small conversions between SQL columns and core types: closed sets stored
//! by their spelling, optional spans stored as two nullable columns, origins
//! stored as kind + detail. A value the schema should have prevented becomes
//! a conversion error, never a panic.

use rusqlite::types::Type;
use standpoint_core::model::{Origin, Span};

/// Parses a stored closed-set spelling, failing the row read when unknown.
pub fn closed<T>(index: usize, text: String, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    parse(&text).ok_or_else(|| {
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
        "extractor" => Ok(Origin::Extractor { name: name.unwrap_or_default(), version: version.unwrap_or_default() }),
        "analyst" => Ok(Origin::Analyst),
        "dna_import" => Ok(Origin::DnaImport { coder: name.unwrap_or_default() }),
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
