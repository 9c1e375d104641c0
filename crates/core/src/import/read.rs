//! Reading one file: size check, bytes off disk, hand-off to its format's reader.
//!
//! [`read_file`] never panics and never stops a batch: whatever goes wrong
//! becomes an error in the returned [`FileOutcome`]. The size limit is checked
//! from the file's metadata before a byte is read, and enforced again while
//! reading in case the file grows. Each document's text loses the blank
//! lines before it and the whitespace after it (see `tidy_ends`), and is
//! otherwise what its reader produced; a text longer than the file size limit
//! is refused ("too large once decompressed"). Readers run within the time
//! limit, and a panic in one is the file's error, printed nowhere
//! (`isolate`, `quiet`). `.dna` files are not read here: the store
//! imports those databases itself.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use super::detect::{detect_format, extension_of};
use super::isolate::{read_within_budget, Parsed};
use super::quiet::catch_quietly;
use super::{docx, email, html, json, pdf, text};
use super::{Document, Format, ImportError, ImportOptions};

/// What one file gave: its documents, and the errors that kept (part of) it out.
///
/// A failed file has errors and no documents; a JSON Lines file may have
/// both (the good lines and one error per bad line); a `.dna` file has
/// neither, because the store reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct FileOutcome {
    pub path: PathBuf,
    pub format: Option<Format>,
    pub documents: Vec<Document>,
    pub errors: Vec<ImportError>,
}

impl FileOutcome {
    /// An outcome for a file that gave nothing, for one reason.
    pub fn failed(path: PathBuf, format: Option<Format>, error: ImportError) -> FileOutcome {
        FileOutcome {
            path,
            format,
            documents: Vec::new(),
            errors: vec![error],
        }
    }
}

/// Reads the file at `path` as its extension says; see [`FileOutcome`].
pub fn read_file(path: &Path, options: &ImportOptions) -> FileOutcome {
    read_file_cancellable(path, options, &AtomicBool::new(false))
}

/// [`read_file`], giving up with [`ImportError::Cancelled`] as soon as
/// `cancel` is set, even in the middle of a file.
pub fn read_file_cancellable(path: &Path, options: &ImportOptions, cancel: &AtomicBool) -> FileOutcome {
    let Some(format) = detect_format(path) else {
        let error = ImportError::Unsupported {
            extension: extension_of(path),
        };
        return FileOutcome::failed(path.to_path_buf(), None, error);
    };
    if format == Format::Dna {
        return FileOutcome {
            path: path.to_path_buf(),
            format: Some(format),
            documents: Vec::new(),
            errors: Vec::new(),
        };
    }
    let bytes = match read_bounded(path, options.max_file_bytes) {
        Ok(bytes) if bytes.is_empty() => {
            return FileOutcome::failed(path.to_path_buf(), Some(format), ImportError::Empty)
        }
        Ok(bytes) => bytes,
        Err(error) => return FileOutcome::failed(path.to_path_buf(), Some(format), error),
    };
    let origin_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let (mut documents, errors) = read_within_budget(bytes, format, &origin_name, options, cancel);
    for document in &mut documents {
        tidy_ends(&mut document.text);
    }
    FileOutcome {
        path: path.to_path_buf(),
        format: Some(format),
        documents,
        errors,
    }
}

/// Runs the format's reader (on whichever thread or process `isolate`
/// chose) and applies the text size limit to what it gave.
pub(crate) fn parse(bytes: &[u8], format: Format, origin_name: &str, max_file_bytes: u64) -> Parsed {
    // Every reader handles bad input without panicking; this is the last
    // guard for a bug in them or their crates, so one file cannot end a batch.
    let (documents, mut errors) = catch_quietly(|| parse_format(bytes, format, origin_name, max_file_bytes))
        .unwrap_or_else(|()| (Vec::new(), vec![ImportError::ReaderFailed { format }]));
    let mut kept = Vec::with_capacity(documents.len());
    for document in documents {
        if document.text.len() as u64 > max_file_bytes {
            errors.push(ImportError::TooLargeDecompressed {
                limit: max_file_bytes,
                what: "text".to_string(),
            });
        } else {
            kept.push(document);
        }
    }
    (kept, errors)
}

fn parse_format(bytes: &[u8], format: Format, origin_name: &str, max_file_bytes: u64) -> Parsed {
    let single = |result: Result<Document, ImportError>| match result {
        Ok(document) => (vec![document], Vec::new()),
        Err(error) => (Vec::new(), vec![error]),
    };
    match format {
        Format::Text | Format::Markdown => single(text::read_text(bytes, format, origin_name)),
        Format::Html => single(html::read_html(bytes, origin_name)),
        Format::Pdf => single(pdf::read_pdf(bytes, origin_name, max_file_bytes)),
        Format::Docx => single(docx::read_docx(bytes, origin_name, max_file_bytes)),
        Format::Email => single(email::read_email(bytes, origin_name)),
        Format::Json => json::read_json(bytes, origin_name),
        Format::JsonLines => json::read_json_lines(bytes, origin_name),
        // Filtered out by read_file; the store reads DNA databases.
        Format::Dna => (Vec::new(), Vec::new()),
    }
}

/// Drops blank lines before the first line of text and all whitespace after
/// the last, so a file's final newline (or an HTML page's trailing markup)
/// does not make the same article differ between formats. The first line's
/// indentation and everything between stay as read. Stored offsets are
/// counted in the tidied text, so nothing points into the dropped ends.
fn tidy_ends(text: &mut String) {
    text.truncate(text.trim_end().len());
    let first_line_start = text
        .char_indices()
        .take_while(|(_, c)| c.is_whitespace())
        .filter(|(_, c)| *c == '\n')
        .last()
        .map_or(0, |(index, _)| index + 1);
    text.drain(..first_line_start);
}

/// The file's bytes, refusing it unread when its metadata says it is too
/// large, and stopping at the limit if it grew since.
fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ImportError> {
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(ImportError::NotAFile);
    }
    if metadata.len() > limit {
        return Err(ImportError::TooLarge {
            size: metadata.len(),
            limit,
        });
    }
    let file = File::open(path)?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ImportError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}
