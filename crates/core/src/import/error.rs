//! Why a file (or one record in it) could not be imported.
//!
//! One variant per reason, each with a message an analyst can act on ("PDF
//! has no text layer (scanned?): it needs OCR"), and a stable [`ImportError::code`]
//! for a UI or script to switch on without matching message text. This module
//! only names failures; it never decides them.

use std::io;

use serde::{Deserialize, Serialize};

/// A reason a file, or one record of a JSON file, was not imported.
// Serde: the PDF reader runs in a child process and sends its result back as JSON.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum ImportError {
    #[error("no such file or folder")]
    NotFound,
    #[error("permission denied")]
    PermissionDenied,
    #[error("not a regular file")]
    NotAFile,
    #[error("symbolic link loop (the folder contains itself)")]
    SymlinkLoop,
    /// Any other failure to read from disk, with the system's message.
    #[error("cannot read the file: {reason}")]
    Io { reason: String },
    #[error("unsupported file type {}", describe_extension(extension.as_deref()))]
    Unsupported { extension: Option<String> },
    #[error("file is {}, over the {} limit", megabytes(*size), megabytes(*limit))]
    TooLarge { size: u64, limit: u64 },
    #[error("empty file")]
    Empty,
    /// The file parsed, but held no article text (an HTML page of only
    /// navigation, a .docx of only images, a mail with no body).
    #[error("no text found in the file")]
    NoText,
    #[error("binary file (not text)")]
    Binary,
    #[error("PDF is encrypted (it needs a password)")]
    PdfEncrypted,
    #[error("PDF has no text layer (scanned?): it needs OCR")]
    PdfNoTextLayer,
    #[error("corrupt PDF: {reason}")]
    PdfCorrupt { reason: String },
    #[error("not a valid .docx: {reason}")]
    DocxInvalid { reason: String },
    #[error(".docx expands to more than {} (zip bomb?)", megabytes(*limit))]
    DocxTooLarge { limit: u64 },
    #[error(".docx holds {count} entries, more than the {limit} allowed (zip bomb?)")]
    DocxTooManyEntries { count: usize, limit: usize },
    #[error("not a readable e-mail message: {reason}")]
    EmailInvalid { reason: String },
    /// A whole `.json` file that does not parse.
    #[error("not valid JSON: {reason}")]
    JsonInvalid { reason: String },
    /// One line of a `.jsonl` file that does not parse; the other lines still import.
    #[error("line {line}: not valid JSON: {reason}")]
    JsonLineInvalid { line: usize, reason: String },
    /// A JSON value that parses but is not an article record. `at` names it:
    /// "line 4", "item 2", "the file".
    #[error("{at}: {problem}")]
    JsonRecord { at: String, problem: String },
    /// The file's contents inflate past the size limit: a .docx or mail whose
    /// text, or a PDF whose compressed streams, grow beyond it (`what`:
    /// "text", "PDF streams").
    #[error("too large once decompressed: over {} of {what}", megabytes(*limit))]
    TooLargeDecompressed { limit: u64, what: String },
    #[error("took longer than {seconds} s to read (the per-file time limit)")]
    TimedOut { seconds: u64 },
    #[error("needed more than {} of memory to read (the per-file memory limit)", megabytes(*limit))]
    OutOfMemory { limit: u64 },
    /// The import was cancelled while this file was being read.
    #[error("not read: the import was cancelled")]
    Cancelled,
    /// A reader crashed on this file: a bug in Standpoint or a crate it uses.
    #[error("the {} reader failed on this file (a bug: please report it with the file)", format_label(*format))]
    ReaderFailed { format: super::Format },
}

impl ImportError {
    /// A stable, machine-readable name for the reason ("pdf_encrypted").
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::NotFound => "not_found",
            ImportError::PermissionDenied => "permission_denied",
            ImportError::NotAFile => "not_a_file",
            ImportError::SymlinkLoop => "symlink_loop",
            ImportError::Io { .. } => "io",
            ImportError::Unsupported { .. } => "unsupported",
            ImportError::TooLarge { .. } => "too_large",
            ImportError::Empty => "empty",
            ImportError::NoText => "no_text",
            ImportError::Binary => "binary",
            ImportError::PdfEncrypted => "pdf_encrypted",
            ImportError::PdfNoTextLayer => "pdf_no_text_layer",
            ImportError::PdfCorrupt { .. } => "pdf_corrupt",
            ImportError::DocxInvalid { .. } => "docx_invalid",
            ImportError::DocxTooLarge { .. } => "docx_too_large",
            ImportError::DocxTooManyEntries { .. } => "docx_too_many_entries",
            ImportError::EmailInvalid { .. } => "email_invalid",
            ImportError::JsonInvalid { .. } => "json_invalid",
            ImportError::JsonLineInvalid { .. } => "json_line_invalid",
            ImportError::JsonRecord { .. } => "json_record",
            ImportError::TooLargeDecompressed { .. } => "too_large_decompressed",
            ImportError::TimedOut { .. } => "timed_out",
            ImportError::OutOfMemory { .. } => "out_of_memory",
            ImportError::Cancelled => "cancelled",
            ImportError::ReaderFailed { .. } => "reader_failed",
        }
    }
}

impl From<io::Error> for ImportError {
    fn from(error: io::Error) -> ImportError {
        match error.kind() {
            io::ErrorKind::NotFound => ImportError::NotFound,
            io::ErrorKind::PermissionDenied => ImportError::PermissionDenied,
            _ => ImportError::Io {
                reason: error.to_string(),
            },
        }
    }
}

/// "63.2 MB": decimal megabytes, as file managers show them; whole numbers
/// lose the ".0" so a 50 MB limit reads "50 MB".
fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / 1_000_000.0;
    let rounded = format!("{mb:.1}");
    match rounded.strip_suffix(".0") {
        Some(whole) => format!("{whole} MB"),
        None => format!("{rounded} MB"),
    }
}

fn format_label(format: super::Format) -> &'static str {
    use super::Format;
    match format {
        Format::Text => "text",
        Format::Markdown => "Markdown",
        Format::Html => "HTML",
        Format::Pdf => "PDF",
        Format::Docx => ".docx",
        Format::Email => "e-mail",
        Format::Json => "JSON",
        Format::JsonLines => "JSON Lines",
        Format::Dna => "DNA",
    }
}

fn describe_extension(extension: Option<&str>) -> String {
    match extension {
        Some(extension) => format!(".{extension}"),
        None => "(the file name has no extension)".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_say_what_and_why() {
        let too_large = ImportError::TooLarge {
            size: 63_200_000,
            limit: 50_000_000,
        };
        assert_eq!(too_large.to_string(), "file is 63.2 MB, over the 50 MB limit");
        let line = ImportError::JsonLineInvalid {
            line: 7,
            reason: "EOF".into(),
        };
        assert_eq!(line.to_string(), "line 7: not valid JSON: EOF");
        let unsupported = ImportError::Unsupported {
            extension: Some("xyz".into()),
        };
        assert_eq!(unsupported.to_string(), "unsupported file type .xyz");
        assert_eq!(
            ImportError::Unsupported { extension: None }.to_string(),
            "unsupported file type (the file name has no extension)"
        );
        assert_eq!(
            ImportError::DocxTooLarge { limit: 256_000_000 }.to_string(),
            ".docx expands to more than 256 MB (zip bomb?)"
        );
        assert_eq!(
            ImportError::ReaderFailed {
                format: super::super::Format::Pdf
            }
            .to_string(),
            "the PDF reader failed on this file (a bug: please report it with the file)"
        );
    }

    #[test]
    fn budget_messages_say_which_limit() {
        let inflated = ImportError::TooLargeDecompressed {
            limit: 50_000_000,
            what: "text".into(),
        };
        assert_eq!(inflated.to_string(), "too large once decompressed: over 50 MB of text");
        assert_eq!(
            ImportError::TimedOut { seconds: 30 }.to_string(),
            "took longer than 30 s to read (the per-file time limit)"
        );
        assert_eq!(
            ImportError::OutOfMemory { limit: 1_000_000_000 }.to_string(),
            "needed more than 1000 MB of memory to read (the per-file memory limit)"
        );
    }

    #[test]
    fn io_errors_map_to_their_reason() {
        let denied = io::Error::from(io::ErrorKind::PermissionDenied);
        assert_eq!(ImportError::from(denied), ImportError::PermissionDenied);
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(ImportError::from(missing).code(), "not_found");
        let other = io::Error::other("disk on fire");
        assert_eq!(
            ImportError::from(other).to_string(),
            "cannot read the file: disk on fire"
        );
    }
}
