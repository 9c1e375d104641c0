//! The one error type of the store. Each variant says what went wrong and
//! why, in words an analyst can act on; `code()` gives the UI a closed set to
//! switch on without matching message strings.

use std::path::PathBuf;

/// Everything a [`crate::Store`] call can fail with.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path} is not a Standpoint workspace ({reason})")]
    NotAWorkspace { path: PathBuf, reason: String },
    #[error("{path} was written by a newer Standpoint (schema version {found}; this program knows up to {supported}): update Standpoint to open it")]
    NewerThanProgram { path: PathBuf, found: i64, supported: i64 },
    #[error("migration {version} ({name}) failed: {source}")]
    Migration {
        version: i64,
        name: &'static str,
        source: rusqlite::Error,
    },
    #[error("no {what} with id {id}")]
    NotFound { what: &'static str, id: i64 },
    #[error("the name {name:?} is already used by {what} {id}")]
    NameTaken { name: String, what: &'static str, id: i64 },
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("nothing to {0}")]
    NothingTo(&'static str),
    #[error("cannot {action}: {reason}")]
    Conflict { action: &'static str, reason: String },
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    /// An output path that is a file the command reads.
    #[error("refusing to write {output}: it is the same file as {what} {input}; choose another output file")]
    OutputIsInput {
        output: PathBuf,
        what: &'static str,
        input: PathBuf,
    },
    #[error("{path} was not written ({source}); any earlier file there is unchanged")]
    Output { path: PathBuf, source: std::io::Error },
    /// The file's bytes are not what SQLite or this program wrote.
    #[error("the workspace is damaged ({0}): restore it from a backup copy")]
    Damaged(String),
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
}

impl StoreError {
    /// A stable machine-readable code for each variant ("not_found", …).
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NotAWorkspace { .. } => "not_a_workspace",
            StoreError::NewerThanProgram { .. } => "newer_than_program",
            StoreError::Migration { .. } => "migration_failed",
            StoreError::NotFound { .. } => "not_found",
            StoreError::NameTaken { .. } => "name_taken",
            StoreError::Invalid(_) => "invalid",
            StoreError::NothingTo(_) => "nothing_to_do",
            StoreError::Conflict { .. } => "conflict",
            StoreError::Sqlite(_) => "database",
            StoreError::Corrupt(_) => "corrupt",
            StoreError::Damaged(_) => "damaged",
            StoreError::OutputIsInput { .. } => "output_is_input",
            StoreError::Output { .. } => "output",
        }
    }
}

/// SQLite errors that mean the file itself is damaged (overwritten bytes,
/// a value of the wrong type where the schema allows none) become
/// [`StoreError::Damaged`], so no one meets "Conversion error from type Text".
impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
        match error {
            rusqlite::Error::FromSqlConversionFailure(_, _, reason) => {
                StoreError::Damaged(format!("a stored value is not one Standpoint writes: {reason}"))
            }
            rusqlite::Error::InvalidColumnType(_, column, found) => StoreError::Damaged(format!(
                "the column {column} holds {found} where Standpoint writes another type"
            )),
            error if matches!(error.sqlite_error_code(), Some(DatabaseCorrupt | NotADatabase)) => {
                StoreError::Damaged(format!("SQLite reports: {error}"))
            }
            error => StoreError::Sqlite(error),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
