//! Full-text search over article titles and texts (SQLite FTS5).
//!
//! What the user types is never handed to FTS5 as query syntax: each word
//! becomes a quoted phrase (quotes doubled), so `"`, `AND(`, `NEAR` or `*`
//! alone can never make a query fail. A word ending in `*` stays a prefix
//! search. A query has at most [`MAX_QUERY_WORDS`] words: each is one more
//! lookup and one more phrase to match in every hit.
//!
//! FTS5 finds and ranks the articles; the snippet of each hit is computed
//! in [`snippet`] on a window around its first match and comes back as plain
//! text with highlight offsets, never as markup or marker characters.

mod snippet;

use serde::{Deserialize, Serialize};
use standpoint_core::model::Span;

use crate::articles::{summary_row, ArticleSummary, SUMMARY_COLUMNS};
use crate::error::{Result, StoreError};
use crate::Store;
use snippet::Phrase;

/// The most words one search may have.
pub const MAX_QUERY_WORDS: usize = 32;

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

/// What the user typed, as an FTS5 query and as phrases to highlight.
#[derive(Debug)]
pub(crate) struct Query {
    pub fts: String,
    phrases: Vec<Phrase>,
}

impl Query {
    /// Every word a quoted phrase, all of them required. `Ok(None)` when
    /// nothing searchable is left; an error past [`MAX_QUERY_WORDS`] words.
    pub(crate) fn parse(input: &str) -> Result<Option<Query>> {
        let mut fts = Vec::new();
        let mut phrases = Vec::new();
        for word in input.split_whitespace() {
            let (word, prefix) = match word.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (word, false),
            };
            let Some(phrase) = Phrase::new(word, prefix) else {
                continue;
            };
            let quoted = format!("\"{}\"", word.replace('"', "\"\""));
            fts.push(if prefix { format!("{quoted}*") } else { quoted });
            phrases.push(phrase);
        }
        // A "word" like a-b-c-…-z is a phrase of many tokens: cap those too.
        let tokens: usize = phrases.iter().map(Phrase::token_count).sum();
        if phrases.len() > MAX_QUERY_WORDS || tokens > 2 * MAX_QUERY_WORDS {
            return Err(StoreError::Invalid(format!(
                "a search takes at most {MAX_QUERY_WORDS} words and this one has {}: \
                 search for the few words that matter most",
                phrases.len().max(tokens)
            )));
        }
        Ok((!phrases.is_empty()).then(|| Query {
            fts: fts.join(" "),
            phrases,
        }))
    }

    /// The snippet of a hit: around the first match in the text, else in
    /// the title (the match was there), else the text's opening.
    fn snippet(&self, title: &str, text: &str) -> Snippet {
        snippet::around_first_match(text, &self.phrases)
            .or_else(|| snippet::around_first_match(title, &self.phrases))
            .unwrap_or_else(|| snippet::opening(text))
    }
}

impl Store {
    /// Articles whose title or text contain every word of `query`, best
    /// match first, at most `limit`. An empty or punctuation-only query
    /// finds nothing; one of more than [`MAX_QUERY_WORDS`] words is refused.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let Some(query) = Query::parse(query)? else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS}, a.text
             FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
             WHERE articles_fts MATCH ?1 ORDER BY bm25(articles_fts) LIMIT ?2"
        );
        let mut statement = self.conn.prepare_cached(&sql)?;
        let hits = statement
            .query_map(rusqlite::params![query.fts, limit as i64], |row| {
                let article = summary_row(row)?;
                let text: String = row.get(8)?;
                let snippet = query.snippet(&article.title, &text);
                Ok(SearchHit { article, snippet })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(hits)
    }
}
