//! Which [`Format`] a file is, judged by its extension alone.
//!
//! The extension is what the analyst sees and chose; sniffing content would
//! make the same file import differently depending on its bytes. Contents
//! that do not match the extension are caught by each format's reader
//! (a `.pdf` that is not a PDF is a corrupt PDF). Reads nothing from disk.

use std::path::Path;

use super::Format;

/// The format for the file's extension (case-insensitive), or `None` when
/// Standpoint does not read it.
pub fn detect_format(path: &Path) -> Option<Format> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    let format = match extension.as_str() {
        "txt" | "text" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" | "xhtml" => Format::Html,
        "pdf" => Format::Pdf,
        "docx" => Format::Docx,
        "eml" => Format::Email,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::JsonLines,
        "dna" => Format::Dna,
        _ => return None,
    };
    Some(format)
}

/// The extension as written, for "unsupported file type .xyz".
pub(crate) fn extension_of(path: &Path) -> Option<String> {
    path.extension()
        .map(|extension| extension.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_name_formats_in_any_case() {
        assert_eq!(detect_format(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(detect_format(Path::new("notes.md")), Some(Format::Markdown));
        assert_eq!(detect_format(Path::new("page.htm")), Some(Format::Html));
        assert_eq!(detect_format(Path::new("page.Html")), Some(Format::Html));
        assert_eq!(detect_format(Path::new("x.pdf")), Some(Format::Pdf));
        assert_eq!(detect_format(Path::new("x.docx")), Some(Format::Docx));
        assert_eq!(detect_format(Path::new("x.eml")), Some(Format::Email));
        assert_eq!(detect_format(Path::new("x.json")), Some(Format::Json));
        assert_eq!(detect_format(Path::new("x.jsonl")), Some(Format::JsonLines));
        assert_eq!(detect_format(Path::new("sample.dna")), Some(Format::Dna));
    }

    #[test]
    fn unknown_or_missing_extensions_are_not_formats() {
        assert_eq!(detect_format(Path::new("x.doc")), None);
        assert_eq!(detect_format(Path::new("README")), None);
        assert_eq!(detect_format(Path::new(".txt")), None);
        assert_eq!(extension_of(Path::new("x.xyz")).as_deref(), Some("xyz"));
    }
}
