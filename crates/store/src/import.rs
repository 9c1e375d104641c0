//! Importing files and folders into the workspace: core reads each file
//! into documents, the store keeps each new text once (by content hash) and
//! reports every file and record: imported, duplicate of an earlier
//! article, or failed with the reason. Each file's writes are one
//! transaction, so a failure halfway through a file stores nothing of it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};
use standpoint_core::import::{self as core_import, Format, ImportOptions};

use crate::articles::{store_document, Stored};
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

impl Store {
    /// Imports files and folders (recursively). Never stops at a bad file:
    /// each failure is an item of the report. `Err` only when the workspace
    /// itself cannot be written at all.
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
        for (done, entry) in collected.into_iter().enumerate() {
            if cancel.load(Ordering::Relaxed) {
                report.cancelled = true;
                break;
            }
            report.files += 1;
            let path = match entry {
                Ok(path) => path,
                Err((path, error)) => {
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
            let Some(items) = self.import_file(&path, options, cancel)? else {
                // Cancelled while this file was being read: nothing of it is stored.
                report.files -= 1;
                report.cancelled = true;
                break;
            };
            for item in items {
                report.push(item);
            }
        }
        progress(ImportProgress {
            files_done: report.files,
            files_total: total,
            current: None,
        });
        Ok(report)
    }

    /// Reads and stores one file in one transaction; returns its items, or
    /// `None` when `cancel` stopped the reading.
    fn import_file(
        &mut self,
        path: &Path,
        options: &ImportOptions,
        cancel: &AtomicBool,
    ) -> Result<Option<Vec<ImportItem>>> {
        let outcome = core_import::read_file_cancellable(path, options, cancel);
        if outcome.errors.contains(&core_import::ImportError::Cancelled) {
            return Ok(None);
        }
        let mut items = Vec::new();
        if outcome.format == Some(Format::Dna) {
            return crate::dna::import_items(self, path).map(Some);
        }
        let tx = self.conn.transaction()?;
        let mut stored = Vec::new();
        let mut database_error = None;
        for document in &outcome.documents {
            let hash = core_import::content_hash(&document.text);
            match store_document(&tx, document, &hash) {
                Ok(Stored::New { id, title }) => {
                    stored.push((document, ImportOutcome::Imported { article_id: id, title }))
                }
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
                tx.commit()?;
                for (document, outcome) in stored {
                    items.push(ImportItem {
                        path: path.to_owned(),
                        name: document.origin_name.clone(),
                        outcome,
                    });
                }
            }
            Some(err) => {
                drop(tx); // rolls back: nothing of this file stays
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
        Ok(Some(items))
    }
}
