//! Long work (import, analysis, export) as cancellable jobs: at most one runs
//! at a time, each has an id the UI can cancel by, and a cancel flag the
//! domain code polls between files or articles.
//!
//! This module only keeps the bookkeeping; it never touches the store or the
//! window. `commands` starts the work on the blocking pool.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};

/// What a job does; shown in progress and "busy" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum JobKind {
    Import,
    Analyse,
    Export,
}

impl std::fmt::Display for JobKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            JobKind::Import => "import",
            JobKind::Analyse => "analysis",
            JobKind::Export => "export",
        })
    }
}

/// The job registry kept in the app state.
#[derive(Debug, Default)]
pub struct Jobs {
    next_id: AtomicU64,
    /// Shared with the running job's ticket, which clears it when dropped.
    running: Arc<Mutex<Option<Running>>>,
}

#[derive(Debug)]
struct Running {
    id: u64,
    kind: JobKind,
    cancel: Arc<AtomicBool>,
}

/// A started job, owned by the thread doing the work. Dropping it marks the
/// job finished, so a panic or an early return never leaves the app busy.
#[derive(Debug)]
pub struct JobTicket {
    running: Arc<Mutex<Option<Running>>>,
    pub id: u64,
    pub kind: JobKind,
    pub cancel: Arc<AtomicBool>,
}

/// Another job is running; carries what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy(pub JobKind);

impl Jobs {
    /// Starts a job of `kind`, or says which job is already running.
    pub fn start(&self, kind: JobKind) -> Result<JobTicket, Busy> {
        let mut running = self.running.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(current) = running.as_ref() {
            return Err(Busy(current.kind));
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed) + 1;
        let cancel = Arc::new(AtomicBool::new(false));
        *running = Some(Running {
            id,
            kind,
            cancel: Arc::clone(&cancel),
        });
        Ok(JobTicket {
            running: Arc::clone(&self.running),
            id,
            kind,
            cancel,
        })
    }

    /// Asks job `id` to stop; false when no such job is running (it may have
    /// just finished, which is not an error for the user).
    pub fn cancel(&self, id: u64) -> bool {
        let running = self.running.lock().unwrap_or_else(PoisonError::into_inner);
        match running.as_ref() {
            Some(current) if current.id == id => {
                current.cancel.store(true, Ordering::Relaxed);
                true
            }
            _ => false,
        }
    }

    /// The running job's id and kind, if any.
    pub fn current(&self) -> Option<(u64, JobKind)> {
        let running = self.running.lock().unwrap_or_else(PoisonError::into_inner);
        running.as_ref().map(|current| (current.id, current.kind))
    }
}

impl JobTicket {
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

impl Drop for JobTicket {
    fn drop(&mut self) {
        let mut running = self.running.lock().unwrap_or_else(PoisonError::into_inner);
        if running.as_ref().is_some_and(|current| current.id == self.id) {
            *running = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_job_at_a_time_and_the_slot_frees_on_drop() {
        let jobs = Jobs::default();
        let ticket = jobs.start(JobKind::Import).unwrap();
        assert_eq!(jobs.start(JobKind::Export).unwrap_err(), Busy(JobKind::Import));
        assert_eq!(jobs.current(), Some((ticket.id, JobKind::Import)));
        drop(ticket);
        assert_eq!(jobs.current(), None);
        let next = jobs.start(JobKind::Analyse).unwrap();
        assert_eq!(next.kind, JobKind::Analyse);
    }

    #[test]
    fn cancel_reaches_only_the_named_running_job() {
        let jobs = Jobs::default();
        let ticket = jobs.start(JobKind::Import).unwrap();
        assert!(!jobs.cancel(ticket.id + 1));
        assert!(!ticket.is_cancelled());
        assert!(jobs.cancel(ticket.id));
        assert!(ticket.is_cancelled());
        let id = ticket.id;
        drop(ticket);
        assert!(!jobs.cancel(id), "a finished job cannot be cancelled");
    }

    #[test]
    fn job_ids_are_never_reused() {
        let jobs = Jobs::default();
        let first = jobs.start(JobKind::Import).unwrap().id;
        let second = jobs.start(JobKind::Import).unwrap().id;
        assert_ne!(first, second);
    }
}
