//! standpoint-store: one SQLite file per workspace; the only crate that speaks SQL.
//!
//! [`Store`] is the whole API: the `standpoint` CLI and the desktop app's
//! commands call only its methods, and every return type is plain serde data
//! so it can cross IPC as is. Each method does one thing; each write is one
//! transaction, so a failure leaves the workspace as it was.
//!
//! Conventions (also in `migrations/0001_initial.sql`):
//! - Offsets are UTF-8 byte offsets into `articles.text`, half-open.
//! - Closed sets are stored by their `standpoint_core::model` spelling.
//! - Analyst actions go to an append-only history that undo/redo replay.
//!
//! It never parses files (that is `standpoint_core::import`) and never
//! decides stances (that is an `Extractor`).

mod actors;
mod analysis;
mod articles;
mod assessments;
mod dna;
mod error;
mod history;
mod import;
mod output;
mod review;
mod rows;
mod schema;
mod search;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use actors::{ActorEdit, ActorSummary, IssueSummary};
pub use analysis::{AnalyseProgress, AnalyseReport, AnalyseScope, AnalysedArticle, AnalysisStatus, FailedArticle};
pub use articles::{ArticleDetail, ArticleSummary, MentionInfo};
pub use assessments::{check_day, AssessmentFilter};
pub use dna::{
    read_dna, DnaDatabase, DnaDocument, DnaDocumentOutcome, DnaError, DnaImportReport, DnaStatement, SkippedStatement,
};
pub use error::{Result, StoreError};
pub use history::{HistoryEntry, HistoryState};
pub use import::{ImportItem, ImportOutcome, ImportProgress, ImportReport};
pub use output::{write_file, Input};
pub use review::{AssessmentTarget, NewAssessment};
pub use schema::{latest_version, APPLICATION_ID, BUSY_TIMEOUT};
pub use search::{SearchHit, Snippet, MAX_QUERY_WORDS};

/// Who is recorded for decisions made at the keyboard.
pub const ANALYST: &str = "analyst";

/// An open workspace.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens the workspace file at `path`, creating it when missing and
    /// migrating it when older. Fails with [`StoreError::NotAWorkspace`] for
    /// a file that is not one and [`StoreError::NewerThanProgram`] for a
    /// file written by a newer Standpoint.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        Ok(Store {
            conn: schema::open_file(path)?,
            path: Some(path.to_owned()),
        })
    }

    /// A fresh workspace in memory, gone when dropped.
    pub fn open_in_memory() -> Result<Store> {
        Ok(Store {
            conn: schema::open_memory()?,
            path: None,
        })
    }

    /// The workspace file, or `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Sets this connection's page cache to `mb` megabytes (64 at open, for
    /// imports and analyses). A connection kept open for reading, as the
    /// desktop app's, keeps a smaller one: at 30,000 articles a full 64 MB
    /// cache was a fifth of the app's memory, and its reads went no faster
    /// than from the system's file cache.
    pub fn set_page_cache_mb(&self, mb: u32) -> Result<()> {
        self.conn.pragma_update(None, "cache_size", -(i64::from(mb) * 1024))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
