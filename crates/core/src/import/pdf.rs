//! PDF files: the text layer, plus title, author and date from the Info dictionary.
//!
//! lopdf parses the file and pdf-extract lays its text out. Both can panic on
//! malformed input, so all of it runs inside `catch_quietly` and a panic
//! becomes a "corrupt PDF" error, printing nothing. Both can also be made to
//! loop or to inflate gigabytes: `pdf_guard` bounds stream inflation and
//! refuses looping page trees first, the laid-out text stops at the size
//! limit, and the `standpoint` CLI runs this whole reader in a child process
//! with a time and memory limit (`isolate`). A PDF that needs a password is refused as
//! encrypted; one that opens with the empty password (owner-password only,
//! common for "print protected" files) is read. A PDF whose pages yield no
//! text is an image of text and needs OCR, which Standpoint does not do.
//!
//! pdf-extract breaks lines where the page does and leaves a blank line where
//! the vertical gap is large. The text is reflowed so a paragraph is one line
//! again (sentences stay whole for extraction) and paragraphs are separated by
//! one blank line, as in the other formats. A line ending in a hyphen joins
//! the next without a space ("US-\nled" → "US-led"; a word split only for
//! the line keeps its hyphen, as telling the two apart needs a dictionary),
//! and a soft hyphen at a line end is dropped.

use std::io::Write;

use lopdf::{Dictionary, Object};

use super::dates::published_date;
use super::pdf_guard;
use super::quiet::catch_quietly;
use super::{Document, Format, ImportError};

/// The one document of a `.pdf` file; `max_file_bytes` also bounds its
/// inflated streams and its text.
pub fn read_pdf(bytes: &[u8], origin_name: &str, max_file_bytes: u64) -> Result<Document, ImportError> {
    let (raw_text, info) = catch_quietly(|| extract(bytes, max_file_bytes)).unwrap_or_else(|()| {
        Err(ImportError::PdfCorrupt {
            reason: "the PDF reader failed on its contents".to_string(),
        })
    })?;
    let text = reflow(&raw_text);
    if text.is_empty() {
        return Err(ImportError::PdfNoTextLayer);
    }
    Ok(Document {
        text,
        title: info.title,
        source: None,
        url: None,
        author: info.author,
        published: info.created.as_deref().and_then(published_date),
        external_id: None,
        format: Format::Pdf,
        origin_name: origin_name.to_string(),
    })
}

/// The document information dictionary's fields Standpoint keeps.
#[derive(Debug, Default)]
struct Info {
    title: Option<String>,
    author: Option<String>,
    created: Option<String>,
}

/// The raw laid-out text and the metadata; may panic inside the PDF crates.
fn extract(bytes: &[u8], max_file_bytes: u64) -> Result<(String, Info), ImportError> {
    // The header may follow up to 1 KB of junk, as readers tolerate.
    let header_window = &bytes[..bytes.len().min(1024)];
    if !header_window.windows(5).any(|window| window == b"%PDF-") {
        return Err(corrupt("no %PDF header: this is not a PDF file"));
    }
    let document = pdf_guard::load(bytes, max_file_bytes)?;
    // lopdf decrypts on load when the empty password opens the file; an
    // Encrypt entry still present means a real password is needed.
    if document.is_encrypted() {
        return Err(ImportError::PdfEncrypted);
    }
    if document.get_pages().is_empty() {
        return Err(corrupt("it has no pages"));
    }
    pdf_guard::check_page_tree(&document)?;
    pdf_guard::check_forms(&document)?;
    let mut text = TextSink {
        bytes: Vec::new(),
        limit: max_file_bytes,
        full: false,
    };
    let laid_out = pdf_extract::output_doc(
        &document,
        &mut pdf_extract::PlainTextOutput::new(&mut text as &mut dyn Write),
    );
    if text.full {
        return Err(ImportError::TooLargeDecompressed {
            limit: max_file_bytes,
            what: "text".to_string(),
        });
    }
    laid_out.map_err(|error| corrupt(&error.to_string()))?;
    Ok((String::from_utf8_lossy(&text.bytes).into_owned(), info(&document)))
}

/// Collects pdf-extract's text and fails its writes past the size limit,
/// which stops the layout.
struct TextSink {
    bytes: Vec<u8>,
    limit: u64,
    full: bool,
}

impl Write for TextSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if (self.bytes.len() + buf.len()) as u64 > self.limit {
            self.full = true;
            return Err(std::io::Error::other("text over the size limit"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn corrupt(reason: &str) -> ImportError {
    ImportError::PdfCorrupt {
        reason: reason.to_string(),
    }
}

fn info(document: &lopdf::Document) -> Info {
    let dictionary = document.trailer.get(b"Info").ok().and_then(|info| match info {
        Object::Reference(id) => document.get_dictionary(*id).ok(),
        Object::Dictionary(dictionary) => Some(dictionary),
        _ => None,
    });
    let Some(dictionary) = dictionary else {
        return Info::default();
    };
    Info {
        title: text_field(dictionary, b"Title"),
        author: text_field(dictionary, b"Author"),
        created: text_field(dictionary, b"CreationDate"),
    }
}

fn text_field(dictionary: &Dictionary, key: &[u8]) -> Option<String> {
    let value = lopdf::decode_text_string(dictionary.get(key).ok()?).ok()?;
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// Joins the lines of each paragraph with one space; paragraphs (separated
/// by one or more blank lines) are joined with one blank line.
fn reflow(raw: &str) -> String {
    let raw = raw.replace("\r\n", "\n").replace('\r', "\n");
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in raw.split('\n') {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if let Some(stem) = current.strip_suffix('\u{AD}') {
            current.truncate(stem.len());
        } else if !current.is_empty() && !ends_with_word_hyphen(&current) {
            current.push(' ');
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs.join("\n\n")
}

/// "US-" yes; "1990 -" or a lone "-" (a dash used as punctuation) no.
fn ends_with_word_hyphen(text: &str) -> bool {
    let mut reversed = text.chars().rev();
    reversed.next() == Some('-') && reversed.next().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: u64 = 50_000_000;

    #[test]
    fn reflow_joins_lines_and_keeps_paragraphs() {
        let raw = "\n\n  First line of\nthe paragraph.  \n\n\n\nSecond – “one”.\n";
        assert_eq!(reflow(raw), "First line of the paragraph.\n\nSecond – “one”.");
        assert_eq!(reflow(" \n \n"), "");
    }

    #[test]
    fn reflow_joins_hyphenated_line_ends_without_a_space() {
        assert_eq!(reflow("the US-\nled alliance"), "the US-led alliance");
        assert_eq!(reflow("inter\u{AD}\nnational"), "international");
        assert_eq!(reflow("prices rose -\n5 percent"), "prices rose - 5 percent");
    }

    #[test]
    fn bytes_that_are_not_a_pdf_are_corrupt() {
        let error = read_pdf(b"hello, I am text", "a.pdf", LIMIT).unwrap_err();
        assert_eq!(error.code(), "pdf_corrupt");
        assert!(error.to_string().contains("no %PDF header"), "{error}");
        let truncated = read_pdf(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "a.pdf", LIMIT).unwrap_err();
        assert_eq!(truncated.code(), "pdf_corrupt");
    }
}
