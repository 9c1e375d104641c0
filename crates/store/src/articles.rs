//! Articles in the workspace: listing, reading one with its mentions,
//! storing a new one (deduplicated by content hash) and deleting one.
//! Importing files is in `import.rs`; searching in `search.rs`.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use standpoint_core::import::{Document, Format};
use standpoint_core::model::{Span, TargetKind, TargetRef};

use crate::error::{Result, StoreError};
use crate::history::{Recording, Table};
use crate::rows;
use crate::{Store, ANALYST};

/// One line of the library list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArticleSummary {
    pub id: i64,
    /// Publication date as stored (ISO 8601 when the file said so).
    pub published: Option<String>,
    pub title: String,
    pub source: Option<String>,
    pub format: Format,
    /// The file (and line, for JSON Lines) it came from.
    pub origin_name: String,
    pub imported_at: String,
    /// Assessments not rejected by the analyst.
    pub stance_count: i64,
}

/// An article with its text and where actors and issues occur in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArticleDetail {
    #[serde(flatten)]
    pub summary: ArticleSummary,
    pub text: String,
    pub url: Option<String>,
    pub author: Option<String>,
    pub external_id: Option<String>,
    pub content_hash: String,
    /// In text order.
    pub mentions: Vec<MentionInfo>,
}

/// One occurrence of an actor or issue in an article's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MentionInfo {
    pub id: i64,
    /// The actor or issue mentioned.
    pub of: TargetRef,
    /// UTF-8 byte offsets into the article text.
    pub span: Span,
    pub text: String,
}

/// What storing a document did.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Stored {
    New { id: i64, title: String },
    Duplicate { id: i64, title: String },
}

pub(crate) const SUMMARY_COLUMNS: &str = "a.id, a.published, a.title, a.source, a.format, a.origin_name, a.imported_at,
    (SELECT count(*) FROM assessments s WHERE s.article_id = a.id AND s.review_state <> 'rejected')";

pub(crate) fn summary_row(row: &rusqlite::Row) -> rusqlite::Result<ArticleSummary> {
    Ok(ArticleSummary {
        id: row.get(0)?,
        published: row.get(1)?,
        title: row.get(2)?,
        source: row.get(3)?,
        format: rows::format(4, row.get(4)?)?,
        origin_name: row.get(5)?,
        imported_at: row.get(6)?,
        stance_count: row.get(7)?,
    })
}

/// The article with the content hash ?1: its first 16 characters found in
/// the recent or the sealed hash table (the view `article_hash_owners` of
/// migration 0005, which the uniqueness triggers read too), the whole hash
/// compared on the article.
pub(crate) const DEDUP_SQL: &str = "SELECT id, title FROM article_hash_owners
     WHERE key = substr(?1, 1, 16) AND content_hash = ?1 LIMIT 1";

/// How many entries `article_hashes_recent` holds before [`seal_hashes`]
/// moves them into `article_hashes`: small enough that a batch's inserts
/// rewrite only a few pages of it, large enough that the move, which
/// rewrites most pages of the large table, is rare.
const RECENT_HASHES: i64 = 2_048;

/// Moves the recent hash entries into the large table once there are
/// [`RECENT_HASHES`] of them, in key order, so that each of its pages is
/// written once per move rather than once per import batch. Runs inside
/// the caller's transaction, after its articles are stored.
pub(crate) fn seal_hashes(tx: &Connection) -> Result<()> {
    seal_hashes_from(tx, RECENT_HASHES)
}

/// [`seal_hashes`] with the threshold given (tests seal a few).
pub(crate) fn seal_hashes_from(tx: &Connection, threshold: i64) -> Result<()> {
    let recent: i64 = tx
        .prepare_cached("SELECT count(*) FROM article_hashes_recent")?
        .query_row([], |row| row.get(0))?;
    if recent >= threshold {
        tx.execute_batch(
            "INSERT INTO article_hashes (key, article_id) SELECT key, article_id FROM article_hashes_recent ORDER BY key, article_id;
             DELETE FROM article_hashes_recent;",
        )?;
    }
    Ok(())
}

/// Stores `document` unless an article with the same `content_hash` exists.
/// Used by file import and by the DNA import; runs inside the caller's
/// transaction (or a savepoint of it).
pub(crate) fn store_document(tx: &Connection, document: &Document, content_hash: &str) -> Result<Stored> {
    // Cached statements: a DNA import or a folder import runs these per item.
    let existing = tx
        .prepare_cached(DEDUP_SQL)?
        .query_row([content_hash], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
        })
        .optional()?;
    if let Some((id, title)) = existing {
        return Ok(Stored::Duplicate { id, title });
    }
    let title = document
        .title
        .as_deref()
        .map(str::trim)
        .filter(|title| !title.is_empty())
        .map(str::to_owned)
        .unwrap_or_else(|| fallback_title(&document.origin_name));
    tx.prepare_cached(
        "INSERT INTO articles (text, title, source, url, author, published, external_id, origin_name, format, content_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
            document.text,
            title,
            document.source,
            document.url,
            document.author,
            document.published,
            document.external_id,
            document.origin_name,
            rows::format_name(document.format),
            content_hash,
        ],
    )?;
    Ok(Stored::New {
        id: tx.last_insert_rowid(),
        title,
    })
}

/// A title for a document whose file gave none: its file name without folders.
fn fallback_title(origin_name: &str) -> String {
    let name = origin_name.rsplit(['/', '\\']).next().unwrap_or(origin_name);
    if name.is_empty() {
        "(untitled)".to_owned()
    } else {
        name.to_owned()
    }
}

impl Store {
    /// All articles, newest import first.
    pub fn articles(&self) -> Result<Vec<ArticleSummary>> {
        let mut statement = self
            .conn
            .prepare(&format!("SELECT {SUMMARY_COLUMNS} FROM articles a ORDER BY a.id DESC"))?;
        let list = statement.query_map([], summary_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(list)
    }

    /// One page of the article list, newest import first: at most `limit`
    /// articles imported before the article `before` (from the newest when
    /// `None`). What the library shows at first and as it scrolls, so that
    /// opening a workspace of 30,000 articles reads only what is on screen.
    pub fn articles_page(&self, before: Option<i64>, limit: usize) -> Result<Vec<ArticleSummary>> {
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a WHERE ?1 IS NULL OR a.id < ?1 ORDER BY a.id DESC LIMIT ?2"
        ))?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let list = statement
            .query_map(rusqlite::params![before, limit], summary_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(list)
    }

    /// How many articles the workspace holds (without reading them).
    pub fn article_count(&self) -> Result<usize> {
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |row| row.get(0))?;
        Ok(usize::try_from(count).unwrap_or_default())
    }

    /// The ids of all articles, oldest first.
    pub fn article_ids(&self) -> Result<Vec<i64>> {
        let mut statement = self.conn.prepare("SELECT id FROM articles ORDER BY id")?;
        let ids = statement
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// One article with its text and mentions.
    pub fn article(&self, id: i64) -> Result<ArticleDetail> {
        let found = self
            .conn
            .query_row(
                &format!(
                    "SELECT {SUMMARY_COLUMNS}, a.text, a.url, a.author, a.external_id, a.content_hash
                     FROM articles a WHERE a.id = ?1"
                ),
                [id],
                |row| {
                    Ok(ArticleDetail {
                        summary: summary_row(row)?,
                        text: row.get(8)?,
                        url: row.get(9)?,
                        author: row.get(10)?,
                        external_id: row.get(11)?,
                        content_hash: row.get(12)?,
                        mentions: Vec::new(),
                    })
                },
            )
            .optional()?;
        let mut detail = found.ok_or(StoreError::NotFound { what: "article", id })?;
        detail.mentions = self.mentions_of_article(id)?;
        Ok(detail)
    }

    fn mentions_of_article(&self, article_id: i64) -> Result<Vec<MentionInfo>> {
        let mut statement = self.conn.prepare(
            "SELECT m.id, m.actor_id, m.issue_id, coalesce(ac.name, i.name), m.start, m.end, m.text
             FROM mentions m
             LEFT JOIN actors ac ON ac.id = m.actor_id
             LEFT JOIN issues i ON i.id = m.issue_id
             WHERE m.article_id = ?1 ORDER BY m.start, m.end, m.id",
        )?;
        let mentions = statement
            .query_map([article_id], |row| {
                let actor: Option<i64> = row.get(1)?;
                let issue: Option<i64> = row.get(2)?;
                let of = match (actor, issue) {
                    (Some(id), _) => TargetRef {
                        id,
                        name: row.get(3)?,
                        kind: TargetKind::Actor,
                    },
                    (None, Some(id)) => TargetRef {
                        id,
                        name: row.get(3)?,
                        kind: TargetKind::Issue,
                    },
                    (None, None) => {
                        return Err(rusqlite::Error::FromSqlConversionFailure(
                            1,
                            rusqlite::types::Type::Null,
                            "mention of neither actor nor issue".into(),
                        ))
                    }
                };
                Ok(MentionInfo {
                    id: row.get(0)?,
                    of,
                    span: rows::required_span(4, row.get(4)?, row.get(5)?)?,
                    text: row.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(mentions)
    }

    /// Deletes an article with its mentions and assessments, as one undo
    /// step. Actors and issues stay: other articles may name them.
    pub fn delete_article(&mut self, id: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        let title: String = tx
            .query_row("SELECT title FROM articles WHERE id = ?1", [id], |row| row.get(0))
            .optional()?
            .ok_or(StoreError::NotFound { what: "article", id })?;
        // The rows the delete cascades to are part of the action, so undo
        // brings the article back with its mentions and assessments.
        let mut recording = Recording::start(&tx, vec![(Table::Articles, id)])?;
        for (table, name) in [(Table::Mentions, "mentions"), (Table::Assessments, "assessments")] {
            let ids: Vec<i64> = tx
                .prepare(&format!("SELECT id FROM {name} WHERE article_id = ?1"))?
                .query_map([id], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for row in ids {
                recording.touch(&tx, table, row)?;
            }
        }
        tx.execute("DELETE FROM articles WHERE id = ?1", [id])?;
        recording.finish(&tx, ANALYST, "delete_article", &format!("delete article '{title}'"))?;
        tx.commit()?;
        Ok(())
    }
}
