//! Import: turns files and folders on disk into plain-text [`Document`]s.
//!
//! Reading is the only IO here. Each file yields a [`FileOutcome`]: the
//! documents it held, or a clear [`ImportError`] saying what and why, so one
//! bad file never stops a batch. Text is kept exactly as read apart from
//! decoding and line-ending normalisation, because stored offsets depend on it.

use std::time::Duration;

use serde::{Deserialize, Serialize};

mod dates;
mod decode;
mod detect;
mod docx;
mod email;
mod error;
mod hash;
mod html;
mod html_depth;
mod isolate;
mod json;
mod pdf;
mod pdf_guard;
mod quiet;
mod read;
mod text;
mod walk;

#[cfg(test)]
mod pdf_fixture;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_hostile;

pub use detect::detect_format;
pub use error::ImportError;
pub use hash::content_hash;
pub use isolate::{serve_reader_process_if_asked, ReaderProcess, READER_ARG};
pub use read::{read_file, read_file_cancellable, FileOutcome};
pub use walk::collect_files;

/// The formats Standpoint reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Text,
    Markdown,
    Html,
    Pdf,
    Docx,
    Email,
    Json,
    JsonLines,
    /// A Discourse Network Analyzer database; read by the store, not here.
    Dna,
}

/// One article read from a file, before it is stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The article text: decoded, `\n` line endings, otherwise as read.
    pub text: String,
    pub title: Option<String>,
    /// The outlet or source ("Reuters").
    pub source: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    /// The publication date as given, ISO 8601 (YYYY-MM-DD) when it could be parsed.
    pub published: Option<String>,
    /// An identifier the file gave (a JSON `id`, a mail Message-ID).
    pub external_id: Option<String>,
    pub format: Format,
    /// The file it came from; for JSON Lines with the line ("a.jsonl:3").
    pub origin_name: String,
}

/// The budget each file is read within, and where PDFs are read.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOptions {
    /// Files larger than this are refused without being read; a file whose
    /// text (or a PDF whose streams, 4× this) inflate past it is refused too.
    pub max_file_bytes: u64,
    /// Wall time one file may take to read.
    pub timeout: Duration,
    /// Memory the reader process may allocate (PDFs in a reader process only).
    pub max_memory_bytes: u64,
    /// Reads PDFs in a child process that can be killed; `None` reads them
    /// on a thread (see `isolate`).
    pub reader_process: Option<ReaderProcess>,
}

impl Default for ImportOptions {
    fn default() -> ImportOptions {
        ImportOptions {
            max_file_bytes: 50 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            max_memory_bytes: 1024 * 1024 * 1024,
            reader_process: None,
        }
    }
}
