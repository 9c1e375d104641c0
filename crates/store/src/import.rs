//! Importing files and folders into the workspace: core reads each file
//! into documents, the store keeps each new text once (by content hash) and
//! reports every file and record: imported, duplicate of an earlier
//! article, or failed with the reason. Each file's writes are one
//! transaction, so a failure halfway through a file stores nothing of it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};
use standpoint_core::import::{self as core_import, Format, ImportOptions};

use crate::articles::{seal_hashes, store_document, Stored};
use crate::error::Result;
use crate::Store;

/// Sent before each file is read, and once at the end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportProgress {
    pub files_done: usize,
    pub files_total: usize,
    /// The file being read now; `None` in the final report.
    pub current: Option<PathBuf>,
}

/// What happened to one file, or one record of a multi-record file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ImportOutcome {
    Imported {
        article_id: i64,
        title: String,
    },
    /// The same text is already stored as this article.
    Duplicate {
        article_id: i64,
        title: String,
    },
    /// `code` is a stable name for the reason (`ImportError::code`, or
    /// "database" / "dna_unavailable").
    Failed {
        code: String,
        reason: String,
    },
}

/// One line of the import report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportItem {
    pub path: PathBuf,
    /// The record within the file ("a.jsonl:3"), or the file name.
    pub name: String,
    pub outcome: ImportOutcome,
}

/// Everything one [`Store::import_paths`] call did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportReport {
    pub items: Vec<ImportItem>,
    pub files: usize,
    pub bytes: u64,
    pub imported: usize,
    pub duplicates: usize,
    pub failed: usize,
    /// True when the cancel flag stopped the batch; the files done stay stored.
    pub cancelled: bool,
}

impl ImportReport {
    fn push(&mut self, item: ImportItem) {
        match item.outcome {
            ImportOutcome::Imported { .. } => self.imported += 1,
            ImportOutcome::Duplicate { .. } => self.duplicates += 1,
            ImportOutcome::Failed { .. } => self.failed += 1,
        }
        self.items.push(item);
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

fn failed(path: &Path, name: String, code: &str, reason: String) -> ImportItem {
    ImportItem {
        path: path.to_owned(),
        name,
        outcome: ImportOutcome::Failed {
            code: code.to_owned(),
            reason,
        },
    }
}

/// Files read but not yet stored: they are written together in one
/// transaction, each in a savepoint of its own. One commit (and one
/// full-text index flush) per file made the cost per file grow with the
/// workspace (FTS5 merges its segments per commit); a batch keeps it flat.
/// Files are read before the transaction begins, so the write lock is held
/// only while storing; the bounds keep that short and the memory small.
struct Pending {
    files: Vec<(PathBuf, core_import::FileOutcome)>,
    bytes: usize,
    since: std::time::Instant,
}

/// At most this many files, this much text or this long since the first
/// file read go into one transaction.
const BATCH_FILES: usize = 64;
const BATCH_BYTES: usize = 8 << 20;
const BATCH_TIME: std::time::Duration = std::time::Duration::from_millis(250);

impl Pending {
    fn new() -> Pending {
        Pending {
            files: Vec::new(),
            bytes: 0,
            since: std::time::Instant::now(),
        }
    }

    fn push(&mut self, path: PathBuf, outcome: core_import::FileOutcome) {
        if self.files.is_empty() {
            self.since = std::time::Instant::now();
        }
        self.bytes += outcome.documents.iter().map(|d| d.text.len()).sum::<usize>();
        self.files.push((path, outcome));
    }

    fn full(&self) -> bool {
        self.files.len() >= BATCH_FILES || self.bytes >= BATCH_BYTES || self.since.elapsed() >= BATCH_TIME
    }
}

impl Store {
    /// Imports files and folders (recursively). Never stops at a bad file:
    /// each failure is an item of the report. `Err` only when the workspace
    /// itself cannot be written at all.
    ///
    /// Each file is stored whole or not at all (a savepoint of its own);
    /// files are committed in small batches (see [`Pending`]), and the
    /// batch read so far is committed when the import is cancelled.
    pub fn import_paths(
        &mut self,
        paths: &[PathBuf],
        options: &ImportOptions,
        progress: &mut dyn FnMut(ImportProgress),
        cancel: &AtomicBool,
    ) -> Result<ImportReport> {
        let mut report = ImportReport::default();
        let collected = core_import::collect_files(paths);
        let total = collected.len();
        let mut pending = Pending::new();
        for (done, entry) in collected.into_iter().enumerate() {
            if cancel.load(Ordering::Relaxed) {
                report.cancelled = true;
                break;
            }
            report.files += 1;
            let path = match entry {
                Ok(path) => path,
                Err((path, error)) => {
                    self.store_pending(&mut pending, &mut report)?;
                    report.push(failed(&path, file_name(&path), error.code(), error.to_string()));
                    continue;
                }
            };
            progress(ImportProgress {
                files_done: done,
                files_total: total,
                current: Some(path.clone()),
            });
            report.bytes += std::fs::metadata(&path).map_or(0, |m| m.len());
            let outcome = core_import::read_file_cancellable(&path, options, cancel);
            if outcome.errors.contains(&core_import::ImportError::Cancelled) {
                // Cancelled while this file was being read: nothing of it is stored.
                report.files -= 1;
                report.cancelled = true;
                break;
            }
            if outcome.format == Some(Format::Dna) {
                self.store_pending(&mut pending, &mut report)?;
                for item in crate::dna::import_items(self, &path)? {
                    report.push(item);
                }
                continue;
            }
            pending.push(path, outcome);
            if pending.full() {
                self.store_pending(&mut pending, &mut report)?;
            }
        }
        self.store_pending(&mut pending, &mut report)?;
        progress(ImportProgress {
            files_done: report.files,
            files_total: total,
            current: None,
        });
        Ok(report)
    }

    /// Stores the files read so far in one transaction, each file in a
    /// savepoint, and adds their items to `report` in file order.
    fn store_pending(&mut self, pending: &mut Pending, report: &mut ImportReport) -> Result<()> {
        if pending.files.is_empty() {
            return Ok(());
        }
        let files = std::mem::take(&mut pending.files);
        pending.bytes = 0;
        let mut tx = self.conn.transaction()?;
        let mut items = Vec::new();
        for (path, outcome) in &files {
            items.extend(store_file(&mut tx, path, outcome)?);
        }
        seal_hashes(&tx)?;
        tx.commit()?;
        for item in items {
            report.push(item);
        }
        Ok(())
    }
}

/// Stores one file's documents in a savepoint of `tx`: all of them, or on
/// a database error none (each becomes a failed item), plus an item for
/// each reading error.
fn store_file(
    tx: &mut rusqlite::Transaction,
    path: &Path,
    outcome: &core_import::FileOutcome,
) -> Result<Vec<ImportItem>> {
    let mut items = Vec::new();
    let savepoint = tx.savepoint()?;
    let mut stored = Vec::new();
    let mut database_error = None;
    for document in &outcome.documents {
        let hash = core_import::content_hash(&document.text);
        match store_document(&savepoint, document, &hash) {
            Ok(Stored::New { id, title }) => stored.push((document, ImportOutcome::Imported { article_id: id, title })),
            Ok(Stored::Duplicate { id, title }) => {
                stored.push((document, ImportOutcome::Duplicate { article_id: id, title }))
            }
            Err(err) => {
                database_error = Some(err);
                break;
            }
        }
    }
    match database_error {
        None => {
            savepoint.commit()?;
            for (document, outcome) in stored {
                items.push(ImportItem {
                    path: path.to_owned(),
                    name: document.origin_name.clone(),
                    outcome,
                });
            }
        }
        Some(err) => {
            drop(savepoint); // rolls back: nothing of this file stays
            for document in &outcome.documents {
                items.push(failed(
                    path,
                    document.origin_name.clone(),
                    "database",
                    format!("{err} (nothing from this file was stored)"),
                ));
            }
        }
    }
    if outcome.documents.is_empty() && outcome.errors.is_empty() {
        // A reader that found nothing and said nothing still gets a line.
        items.push(failed(
            path,
            file_name(path),
            "no_text",
            "no text found in the file".to_owned(),
        ));
    }
    for error in &outcome.errors {
        items.push(failed(path, file_name(path), error.code(), error.to_string()));
    }
    Ok(items)
}
