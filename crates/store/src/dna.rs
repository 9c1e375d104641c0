//! Bringing in Discourse Network Analyzer (DNA 3) databases: DNA keeps an
//! analyst's coded statements (person, organisation, concept, agreement) in
//! an SQLite file; Standpoint imports its documents, code book and
//! statements so the analyst can continue in Standpoint with the same data.
//!
//! [`read_dna`] reads the file (read-only, never changed) into a plain
//! [`DnaDatabase`]; [`Store::import_dna`] stores it in one transaction.
//! DNA's character offsets (Java UTF-16 indexes) become UTF-8 byte offsets
//! into the stored text, landing on the same characters.

mod offsets;
mod read;
mod write;

#[cfg(test)]
mod tests;

use std::path::Path;

pub use read::{read_dna, DnaDatabase, DnaDocument, DnaStatement, SkippedStatement};
pub use write::{DnaDocumentOutcome, DnaImportReport};

use crate::error::StoreError;
use crate::import::{ImportItem, ImportOutcome};
use crate::Store;

/// Why a DNA database could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum DnaError {
    #[error("not a DNA database: {0}")]
    NotDna(String),
    #[error(
        "DNA version {0} is not supported: Standpoint reads DNA 3 databases (open the file in DNA 3 to convert it)"
    )]
    UnsupportedVersion(String),
    #[error("damaged file: {0}")]
    Damaged(String),
    #[error("cannot open the DNA database: {0}")]
    Open(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl DnaError {
    /// A stable code for the import report and the UI.
    pub fn code(&self) -> &'static str {
        match self {
            DnaError::NotDna(_) => "not_dna",
            DnaError::UnsupportedVersion(_) => "dna_version",
            DnaError::Damaged(_) => "dna_damaged",
            DnaError::Open(_) => "dna_unreadable",
            DnaError::Store(error) => error.code(),
        }
    }
}

impl Store {
    /// Imports the DNA 3 database at `path` in one transaction: all of it or,
    /// on error, nothing. Importing the same file again adds nothing.
    pub fn import_dna(&mut self, path: &Path) -> Result<DnaImportReport, DnaError> {
        let database = read_dna(path)?;
        let tx = self.conn.transaction().map_err(StoreError::from)?;
        let report = write::store_dna(&tx, &database, path)?;
        crate::articles::seal_hashes(&tx)?;
        tx.commit().map_err(StoreError::from)?;
        Ok(report)
    }
}

/// The DNA import as lines of a file-import report: one per document, one
/// per statement that could not be used, or one failure for the file.
/// `Err` only when the workspace itself cannot be written.
pub(crate) fn import_items(store: &mut Store, path: &Path) -> crate::error::Result<Vec<ImportItem>> {
    let file = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    match store.import_dna(path) {
        Ok(report) => {
            let mut items: Vec<ImportItem> = report
                .documents
                .into_iter()
                .map(|document| ImportItem {
                    path: path.to_owned(),
                    name: document.name,
                    outcome: document.outcome,
                })
                .collect();
            items.extend(report.skipped.into_iter().map(|(id, reason)| ImportItem {
                path: path.to_owned(),
                name: format!("{file}: statement {id}"),
                outcome: ImportOutcome::Failed {
                    code: "dna_statement".to_owned(),
                    reason: format!("DNA statement {id} was not imported: {reason}"),
                },
            }));
            Ok(items)
        }
        Err(DnaError::Store(error @ (StoreError::Sqlite(_) | StoreError::Damaged(_)))) => Err(error),
        Err(error) => Ok(vec![ImportItem {
            path: path.to_owned(),
            name: file,
            outcome: ImportOutcome::Failed {
                code: error.code().to_owned(),
                reason: error.to_string(),
            },
        }]),
    }
}
