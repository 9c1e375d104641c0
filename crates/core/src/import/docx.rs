//! Word `.docx` files: the body's paragraphs, plus title, author and date
//! from `docProps/core.xml`.
//!
//! A .docx is a zip archive, so a hostile one can be a zip bomb: small on
//! disk, enormous once inflated. Before inflating anything the entry count
//! and the sizes the archive declares are checked, and while inflating, reads
//! stop at the limit whatever the archive declared. The body is parsed as it
//! inflates, never held whole, and its text may not pass the file size limit
//! (a 0.6 MB file of repeated runs can hold a 200 MB article). Body text is the `<w:t>`
//! runs of `word/document.xml`; tabs and line breaks are kept, each non-empty
//! paragraph is one paragraph of the text, separated by one blank line.
//! Deleted tracked changes, field codes, headers, footers and comments are
//! not article text and are left out. Nothing is written to disk.

use std::io::{BufRead, BufReader, Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;
use zip::ZipArchive;

use super::dates::published_date;
use super::{Document, Format, ImportError};

/// How much a .docx may inflate to, how many entries it may hold, and how
/// much text it may give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ZipLimits {
    pub max_expanded_bytes: u64,
    pub max_entries: usize,
    pub max_text_bytes: u64,
}

/// Generous for any real document (a 1,000-page report's XML is a few tens
/// of MB), small enough that a bomb cannot exhaust memory.
pub(crate) const DEFAULT_ZIP_LIMITS: ZipLimits = ZipLimits {
    max_expanded_bytes: 256 * 1_000_000,
    max_entries: 10_000,
    max_text_bytes: 50 * 1_000_000,
};

/// The one document of a `.docx` file, whose text may be at most `max_text_bytes`.
pub fn read_docx(bytes: &[u8], origin_name: &str, max_text_bytes: u64) -> Result<Document, ImportError> {
    let limits = ZipLimits {
        max_text_bytes,
        ..DEFAULT_ZIP_LIMITS
    };
    read_docx_with_limits(bytes, origin_name, limits)
}

pub(crate) fn read_docx_with_limits(
    bytes: &[u8],
    origin_name: &str,
    limits: ZipLimits,
) -> Result<Document, ImportError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|error| invalid(&error.to_string()))?;
    check_declared_sizes(&mut archive, limits)?;
    let mut budget = limits.max_expanded_bytes;
    let text = read_body(&mut archive, &mut budget, limits)?;
    if text.is_empty() {
        return Err(ImportError::NoText);
    }
    let properties = match read_entry(&mut archive, "docProps/core.xml", &mut budget, limits)? {
        Some(xml) => core_properties(&xml),
        None => CoreProperties::default(),
    };
    Ok(Document {
        text,
        title: properties.title,
        source: None,
        url: None,
        author: properties.creator,
        published: properties.created.as_deref().and_then(published_date),
        external_id: None,
        format: Format::Docx,
        origin_name: origin_name.to_string(),
    })
}

fn invalid(reason: &str) -> ImportError {
    ImportError::DocxInvalid {
        reason: reason.to_string(),
    }
}

/// Refuses archives that say up front they are too big or too many.
fn check_declared_sizes(archive: &mut ZipArchive<Cursor<&[u8]>>, limits: ZipLimits) -> Result<(), ImportError> {
    if archive.len() > limits.max_entries {
        return Err(ImportError::DocxTooManyEntries {
            count: archive.len(),
            limit: limits.max_entries,
        });
    }
    let mut declared: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|error| invalid(&error.to_string()))?;
        declared = declared.saturating_add(entry.size());
        if declared > limits.max_expanded_bytes {
            return Err(ImportError::DocxTooLarge {
                limit: limits.max_expanded_bytes,
            });
        }
    }
    Ok(())
}

/// The body's text, parsed from `word/document.xml` as it inflates.
fn read_body(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    budget: &mut u64,
    limits: ZipLimits,
) -> Result<String, ImportError> {
    let entry = match archive.by_name("word/document.xml") {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => {
            return Err(invalid("it has no word/document.xml (is it another kind of zip?)"))
        }
        Err(error) => return Err(invalid(&error.to_string())),
    };
    let mut metered = BufReader::new(Metered {
        inner: entry,
        remaining: *budget,
        over: false,
    });
    let text = body_text(&mut metered, limits.max_text_bytes);
    let metered = metered.into_inner();
    if metered.over {
        return Err(ImportError::DocxTooLarge {
            limit: limits.max_expanded_bytes,
        });
    }
    *budget = metered.remaining;
    text
}

/// A reader that fails once more than `remaining` bytes came through:
/// archives can lie about sizes, so the limit holds on bytes produced.
struct Metered<R> {
    inner: R,
    remaining: u64,
    over: bool,
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        if read as u64 > self.remaining {
            self.over = true;
            return Err(std::io::Error::other("the archive inflates past its limit"));
        }
        self.remaining -= read as u64;
        Ok(read)
    }
}

/// Inflates one entry, never past the remaining budget: archives can lie
/// about sizes, so the limit is enforced on the bytes actually produced.
fn read_entry(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    name: &str,
    budget: &mut u64,
    limits: ZipLimits,
) -> Result<Option<Vec<u8>>, ImportError> {
    let entry = match archive.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(error) => return Err(invalid(&error.to_string())),
    };
    let mut contents = Vec::new();
    entry
        .take(budget.saturating_add(1))
        .read_to_end(&mut contents)
        .map_err(|error| invalid(&format!("{name} cannot be inflated: {error}")))?;
    let used = contents.len() as u64;
    if used > *budget {
        return Err(ImportError::DocxTooLarge {
            limit: limits.max_expanded_bytes,
        });
    }
    *budget -= used;
    Ok(Some(contents))
}

/// The paragraphs of `word/document.xml`, as the module docs describe,
/// refused once they pass `max_text_bytes`.
fn body_text(xml: impl BufRead, max_text_bytes: u64) -> Result<String, ImportError> {
    let mut reader = Reader::from_reader(xml);
    let mut text_bytes: u64 = 0;
    reader.config_mut().trim_text(false);
    let mut buffer = Vec::new();
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut in_text_run = false;
    // `w:tab` also defines tab stops in paragraph properties; only a tab
    // inside a run (`w:r`) is a character of the text.
    let mut run_depth = 0usize;
    // Inside `mc:Fallback` Word repeats text boxes already given in `mc:Choice`.
    let mut fallback_depth = 0usize;
    loop {
        let event = reader
            .read_event_into(&mut buffer)
            .map_err(|error| invalid(&format!("word/document.xml is not well-formed XML: {error}")))?;
        match event {
            Event::Start(element) => match element.local_name().as_ref() {
                b"t" => in_text_run = true,
                b"r" => run_depth += 1,
                b"Fallback" => fallback_depth += 1,
                _ => {}
            },
            Event::Empty(element) if fallback_depth == 0 && run_depth > 0 => match element.local_name().as_ref() {
                b"tab" => current.push('\t'),
                b"br" | b"cr" => current.push('\n'),
                b"noBreakHyphen" => current.push('\u{2011}'),
                _ => {}
            },
            Event::Text(content) if in_text_run && fallback_depth == 0 => {
                let content = content
                    .unescape()
                    .map_err(|error| invalid(&format!("bad text in word/document.xml: {error}")))?;
                current.push_str(&content);
            }
            Event::CData(content) if in_text_run && fallback_depth == 0 => {
                current.push_str(&String::from_utf8_lossy(&content));
            }
            Event::End(element) => match element.local_name().as_ref() {
                b"t" => in_text_run = false,
                b"r" => run_depth = run_depth.saturating_sub(1),
                b"Fallback" => fallback_depth = fallback_depth.saturating_sub(1),
                b"p" if fallback_depth == 0 => {
                    let paragraph = std::mem::take(&mut current);
                    if !paragraph.trim().is_empty() {
                        paragraphs.push(paragraph.trim_end_matches(['\n', '\t']).to_string());
                        text_bytes += paragraph.len() as u64 + 2;
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        if text_bytes + current.len() as u64 > max_text_bytes {
            return Err(ImportError::TooLargeDecompressed {
                limit: max_text_bytes,
                what: "text".to_string(),
            });
        }
        buffer.clear();
    }
    if !current.trim().is_empty() {
        paragraphs.push(current);
    }
    Ok(paragraphs.join("\n\n").replace("\r\n", "\n").replace('\r', "\n"))
}

#[derive(Debug, Default, PartialEq)]
struct CoreProperties {
    title: Option<String>,
    creator: Option<String>,
    created: Option<String>,
}

/// `dc:title`, `dc:creator` and `dcterms:created`; a malformed core.xml only
/// loses the metadata, never the text.
fn core_properties(xml: &[u8]) -> CoreProperties {
    let mut reader = Reader::from_reader(xml);
    let mut buffer = Vec::new();
    let mut properties = CoreProperties::default();
    let mut field: Option<Vec<u8>> = None;
    while let Ok(event) = reader.read_event_into(&mut buffer) {
        match event {
            Event::Start(element) => field = Some(element.local_name().as_ref().to_vec()),
            Event::End(_) => field = None,
            Event::Text(content) => {
                let Ok(value) = content.unescape() else { continue };
                let value = value.trim();
                if value.is_empty() {
                    continue;
                }
                let slot = match field.as_deref() {
                    Some(b"title") => &mut properties.title,
                    Some(b"creator") => &mut properties.creator,
                    Some(b"created") => &mut properties.created,
                    _ => continue,
                };
                slot.get_or_insert_with(|| value.to_string());
            }
            Event::Eof => break,
            _ => {}
        }
        buffer.clear();
    }
    properties
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: u64 = 50_000_000;

    fn body(paragraphs: &str) -> Vec<u8> {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{paragraphs}</w:body></w:document>"#
        )
        .into_bytes()
    }

    #[test]
    fn runs_join_and_paragraphs_are_separated_by_a_blank_line() {
        let xml = body(
            r#"<w:p><w:r><w:t>The “deal” –</w:t></w:r><w:r><w:t xml:space="preserve"> café 🎉 &amp; more</w:t></w:r></w:p>
               <w:p></w:p>
               <w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>"#,
        );
        assert_eq!(
            body_text(&xml[..], LIMIT).unwrap(),
            "The “deal” – café 🎉 & more\n\na\tb\nc"
        );
    }

    #[test]
    fn deleted_text_field_codes_and_fallbacks_are_left_out() {
        let xml = body(
            r#"<w:p><w:r><w:delText>removed</w:delText></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>kept</w:t></w:r></w:p>
               <w:p><mc:AlternateContent xmlns:mc="x"><mc:Choice><w:p><w:r><w:t>box</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>box</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent></w:p>"#,
        );
        assert_eq!(body_text(&xml[..], LIMIT).unwrap(), "kept\n\nbox");
    }

    #[test]
    fn tab_stop_definitions_are_not_tabs() {
        let xml = body(
            r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Kerry</w:t><w:tab/><w:t>Lavrov</w:t></w:r></w:p>"#,
        );
        assert_eq!(body_text(&xml[..], LIMIT).unwrap(), "Kerry\tLavrov");
    }

    #[test]
    fn malformed_body_xml_is_an_invalid_docx() {
        let error = body_text(&b"<w:document><w:p><w:t>x</w:p></w:t>"[..], LIMIT).unwrap_err();
        assert_eq!(error.code(), "docx_invalid");
    }

    #[test]
    fn core_properties_give_title_author_and_date() {
        let xml = br#"<cp:coreProperties xmlns:cp="c" xmlns:dc="d" xmlns:dcterms="t">
            <dc:title>US &amp; Russia</dc:title><dc:creator>Jane Doe</dc:creator>
            <dcterms:created>2016-07-12T10:00:00Z</dcterms:created></cp:coreProperties>"#;
        let properties = core_properties(xml);
        assert_eq!(properties.title.as_deref(), Some("US & Russia"));
        assert_eq!(properties.creator.as_deref(), Some("Jane Doe"));
        assert_eq!(properties.created.as_deref(), Some("2016-07-12T10:00:00Z"));
    }

    #[test]
    fn not_a_zip_is_an_invalid_docx() {
        let error = read_docx(b"PK\x03\x04 but not really", "a.docx", LIMIT).unwrap_err();
        assert_eq!(error.code(), "docx_invalid");
        assert!(error.to_string().starts_with("not a valid .docx: "), "{error}");
    }
}
