//! The shell's one error type and how it crosses IPC: as `{code, message}`,
//! where `code` is a closed set the UI switches on and `message` is a
//! sentence for the analyst. The UI never matches message text.
//!
//! Domain errors keep their own words (the store's messages already say what
//! and why); this module only adds the shell's own failures and the codes.

use serde::{Serialize, Serializer};
use standpoint_store::StoreError;

use crate::jobs::JobKind;
use crate::settings::SettingsError;

/// What kind of failure an IPC call met; the UI's closed set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No workspace is open (start-up failed to open one).
    NoWorkspace,
    /// The file is not a Standpoint workspace.
    NotAWorkspace,
    /// The workspace was written by a newer Standpoint.
    NewerThanProgram,
    /// The article, actor, assessment… does not exist (any more).
    NotFound,
    /// A rename or new actor would reuse a name.
    NameTaken,
    /// The request itself is wrong (empty name, bad span, bad path).
    Invalid,
    /// Undo or redo with nothing to undo or redo.
    NothingToDo,
    /// The action contradicts the workspace's state (merge an actor into itself).
    Conflict,
    /// Another long job is running.
    Busy,
    /// The app's settings file cannot be read or written.
    Settings,
    /// A file could not be read or written (export, workspace folder).
    Io,
    /// The database failed or holds damaged data.
    Storage,
    /// A bug: a background task panicked.
    Internal,
}

/// Everything a command can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ShellError {
    #[error("no workspace is open: create or open one")]
    NoWorkspace,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Settings(#[from] SettingsError),
    #[error("an {0} is already running: wait for it to finish or cancel it")]
    Busy(JobKind),
    #[error("{0}")]
    Invalid(String),
    #[error("cannot {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("the background task failed unexpectedly: {0}")]
    Internal(String),
}

impl ShellError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ShellError::NoWorkspace => ErrorCode::NoWorkspace,
            ShellError::Store(error) => store_code(error),
            ShellError::Settings(_) => ErrorCode::Settings,
            ShellError::Busy(_) => ErrorCode::Busy,
            ShellError::Invalid(_) => ErrorCode::Invalid,
            ShellError::Io { .. } => ErrorCode::Io,
            ShellError::Internal(_) => ErrorCode::Internal,
        }
    }
}

/// Exhaustive on purpose: a new store error must be given a code here.
fn store_code(error: &StoreError) -> ErrorCode {
    match error {
        StoreError::NotAWorkspace { .. } => ErrorCode::NotAWorkspace,
        StoreError::NewerThanProgram { .. } => ErrorCode::NewerThanProgram,
        StoreError::NotFound { .. } => ErrorCode::NotFound,
        StoreError::NameTaken { .. } => ErrorCode::NameTaken,
        StoreError::Invalid(_) | StoreError::OutputIsInput { .. } => ErrorCode::Invalid,
        StoreError::Output { .. } => ErrorCode::Io,
        StoreError::NothingTo(_) => ErrorCode::NothingToDo,
        StoreError::Conflict { .. } => ErrorCode::Conflict,
        StoreError::Migration { .. } | StoreError::Sqlite(_) | StoreError::Corrupt(_) | StoreError::Damaged(_) => {
            ErrorCode::Storage
        }
    }
}

/// The shape every failed command rejects with, as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct WireError {
    pub code: ErrorCode,
    pub message: String,
}

impl Serialize for ShellError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        WireError {
            code: self.code(),
            message: self.to_string(),
        }
        .serialize(serializer)
    }
}

pub type ShellResult<T> = Result<T, ShellError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_cross_ipc_as_code_and_message() {
        let json = serde_json::to_value(ShellError::Busy(JobKind::Import)).unwrap();
        assert_eq!(json["code"], "busy");
        assert_eq!(
            json["message"],
            "an import is already running: wait for it to finish or cancel it"
        );
        let missing = ShellError::from(StoreError::NotFound {
            what: "assessment",
            id: 7,
        });
        let json = serde_json::to_value(missing).unwrap();
        assert_eq!(json["code"], "not_found");
        assert_eq!(json["message"], "no assessment with id 7");
    }

    #[test]
    fn database_failures_share_one_code() {
        let damaged = ShellError::from(StoreError::Corrupt("bad polarity".into()));
        assert_eq!(damaged.code(), ErrorCode::Storage);
        assert_eq!(ShellError::NoWorkspace.code(), ErrorCode::NoWorkspace);
    }
}
