//! Full-text search over article titles and texts (SQLite FTS5).
//!
//! What the user types is never handed to FTS5 as query syntax: each word
//! becomes a quoted phrase (quotes doubled), so `"`, `AND(`, `NEAR` or `*`
//! alone can never make a query fail. A word ending in `*` stays a prefix
//! search. Snippets come back as plain text with highlight spans, never as
//! markup, so nothing from an article is ever rendered as HTML.

use serde::{Deserialize, Serialize};
use standpoint_core::model::Span;

use crate::articles::{summary_row, ArticleSummary, SUMMARY_COLUMNS};
use crate::error::Result;
use crate::Store;

/// A short extract around the matches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Snippet {
    pub text: String,
    /// The matched words: UTF-8 byte offsets into `text`.
    pub highlights: Vec<Span>,
}

/// One article that matched, best first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchHit {
    pub article: ArticleSummary,
    pub snippet: Snippet,
}

/// Control characters FTS5 puts around matches; they cannot occur in
/// stored article text that a person would search, and are removed again.
const OPEN: char = '\u{2}';
const CLOSE: char = '\u{3}';

/// Turns what the user typed into a safe FTS5 query: every word a quoted
/// phrase, all of them required. `None` when nothing searchable is left.
pub(crate) fn fts_query(input: &str) -> Option<String> {
    let phrases: Vec<String> = input
        .split_whitespace()
        .filter_map(|word| {
            let (word, prefix) = match word.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (word, false),
            };
            if !word.chars().any(char::is_alphanumeric) {
                return None;
            }
            let quoted = format!("\"{}\"", word.replace('"', "\"\""));
            Some(if prefix { format!("{quoted}*") } else { quoted })
        })
        .collect();
    if phrases.is_empty() {
        None
    } else {
        Some(phrases.join(" "))
    }
}

/// Splits FTS5's marked snippet into text and highlight spans.
fn parse_snippet(marked: &str) -> Snippet {
    let mut text = String::with_capacity(marked.len());
    let mut highlights = Vec::new();
    let mut open_at = None;
    for c in marked.chars() {
        match c {
            OPEN => open_at = Some(text.len()),
            CLOSE => {
                if let Some(start) = open_at.take() {
                    highlights.push(Span::new(start, text.len()));
                }
            }
            other => text.push(other),
        }
    }
    Snippet { text, highlights }
}

impl Store {
    /// Articles whose title or text contain every word of `query`, best
    /// match first, at most `limit`. An empty or punctuation-only query finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let Some(fts) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS}, snippet(articles_fts, -1, char(2), char(3), '…', 24)
             FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
             WHERE articles_fts MATCH ?1 ORDER BY bm25(articles_fts) LIMIT ?2"
        );
        let mut statement = self.conn.prepare(&sql)?;
        let hits = statement
            .query_map(rusqlite::params![fts, limit as i64], |row| {
                let marked: String = row.get(8)?;
                Ok(SearchHit {
                    article: summary_row(row)?,
                    snippet: parse_snippet(&marked),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(hits)
    }
}
