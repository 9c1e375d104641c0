//! Types that exist only to cross IPC: the events the shell sends to the UI
//! (names and payloads) and the few results no domain type already describes.
//! The UI subscribes through `ui/src/lib/api.ts`; nothing else names them.
//!
//! Events carry what long jobs do while the UI waits, and what happens
//! without the UI asking (files dropped on the window).

use serde::Serialize;
use standpoint_store::{AnalyseReport, ImportReport};

use crate::jobs::JobKind;

/// A file of an import is being read: `{job_id, kind, done, total, current}`.
pub const IMPORT_PROGRESS: &str = "import-progress";
/// An article is being analysed.
pub const ANALYSE_PROGRESS: &str = "analyse-progress";
/// An import job ended (also after a drop): its [`ImportResult`].
pub const IMPORT_FINISHED: &str = "import-finished";
/// Another workspace was opened or created: its `WorkspaceInfo`.
pub const WORKSPACE_OPENED: &str = "workspace-opened";
/// Work the UI did not ask for (a drop) failed: a `WireError`.
pub const BACKGROUND_ERROR: &str = "background-error";

/// Progress of a running job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct JobProgress {
    #[cfg_attr(test, ts(type = "number"))]
    pub job_id: u64,
    pub kind: JobKind,
    /// Files or articles finished so far.
    #[cfg_attr(test, ts(type = "number"))]
    pub done: usize,
    #[cfg_attr(test, ts(type = "number"))]
    pub total: usize,
    /// The file being read or the title of the article being analysed.
    pub current: Option<String>,
}

/// What an import job did: the per-file report, and the analysis of the
/// articles it stored (none when nothing new was stored or it was cancelled).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ImportResult {
    #[cfg_attr(test, ts(type = "number"))]
    pub job_id: u64,
    pub import: ImportReport,
    pub analysis: Option<AnalyseReport>,
}
