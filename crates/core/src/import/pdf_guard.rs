//! Checks that keep a hostile PDF from hanging or flooding the PDF crates.
//!
//! lopdf inflates every compressed stream it is asked for in full, with no
//! limit (object streams while loading, page contents when pdf-extract asks),
//! so a few MB of Flate or LZW data can demand gigabytes. [`load`] therefore
//! inflates each stream itself first, through decoders that stop at a budget,
//! and empties any stream that would pass it before lopdf sees it: the file
//! is then refused as "too large once decompressed". Image streams are not
//! counted: pdf-extract never decodes them. pdf-extract also follows a page's
//! `/Parent` chain for inherited attributes without a cycle check, so a page
//! that is its own ancestor would loop forever; [`check_page_tree`] refuses
//! such a tree before text extraction starts. pdf-extract draws form
//! XObjects by recursing into them, again without a check, so a form that
//! draws itself overflows the stack (a crash no `catch_unwind` can stop) and
//! a tree of forms each drawing the next twice costs 2^depth;
//! [`check_forms`] refuses loops and more than [`MAX_FORM_DRAWS`] draws.
//!
//! The budget travels in a thread-local because lopdf's load filter is a
//! plain `fn`; loading is single-threaded (lopdf is built without rayon).

use std::cell::RefCell;
use std::collections::HashSet;
use std::io::{Read, Write};

use lopdf::{Object, ObjectId, Stream};

use super::ImportError;

/// The decompressed streams of one PDF may total this many times the file
/// size limit: text PDFs inflate 3-5×, so a file at the limit still reads.
pub(crate) const STREAM_INFLATE_FACTOR: u64 = 4;

/// A `/Parent` chain longer than this is treated as a loop: real page trees
/// are a handful of levels deep (lopdf itself stops descending at 256).
const MAX_PAGE_TREE_DEPTH: usize = 256;

/// Form XObjects drawn (counting repeats through nesting) per file; a real
/// page draws a few dozen.
pub(crate) const MAX_FORM_DRAWS: usize = 100_000;

/// How much inflated data one file's streams may still produce.
#[derive(Debug, Clone)]
struct Budget {
    /// Per stream: the file size limit (one page's content never nears it).
    per_stream: u64,
    /// For all streams together.
    remaining: u64,
    /// Which limit a stream broke, if one did.
    broken: Option<ImportError>,
}

thread_local! {
    static BUDGET: RefCell<Option<Budget>> = const { RefCell::new(None) };
}

/// Loads `bytes` with lopdf, refusing streams that inflate past the budget
/// derived from `max_file_bytes`.
pub(crate) fn load(bytes: &[u8], max_file_bytes: u64) -> Result<lopdf::Document, ImportError> {
    let budget = Budget {
        per_stream: max_file_bytes,
        remaining: max_file_bytes.saturating_mul(STREAM_INFLATE_FACTOR),
        broken: None,
    };
    BUDGET.with(|cell| *cell.borrow_mut() = Some(budget));
    let options = lopdf::LoadOptions {
        filter: Some(bound_stream),
        ..Default::default()
    };
    let loaded = lopdf::Document::load_mem_with_options(bytes, options);
    let budget = BUDGET
        .with(|cell| cell.borrow_mut().take())
        .expect("set above on this thread");
    if let Some(error) = budget.broken {
        return Err(error);
    }
    let mut document = loaded.map_err(|error| match error {
        lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_) => ImportError::PdfEncrypted,
        other => ImportError::PdfCorrupt {
            reason: other.to_string(),
        },
    })?;
    // The filter saw encrypted streams as noise; check them again decrypted.
    if document.encryption_state.is_some() {
        let mut budget = Budget { broken: None, ..budget };
        for object in document.objects.values_mut() {
            if let Object::Stream(stream) = object {
                charge(stream, &mut budget);
            }
        }
        if let Some(error) = budget.broken {
            return Err(error);
        }
    }
    Ok(document)
}

/// lopdf's load filter: charges each stream to the budget and empties the
/// ones that break it, so lopdf never inflates them. Keeps every object.
fn bound_stream(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
    let Object::Stream(stream) = object else {
        // Objects inside object streams are kept through the return value.
        return Some((id, object.clone()));
    };
    BUDGET.with(|cell| {
        if let Some(budget) = cell.borrow_mut().as_mut() {
            charge(stream, budget);
        }
    });
    // For top-level objects lopdf keeps `object` itself and ignores this.
    Some((id, Object::Null))
}

/// Inflates `stream` within the budget and charges what it produced; a
/// stream that breaks the budget is emptied and the breach recorded.
fn charge(stream: &mut Stream, budget: &mut Budget) {
    if budget.broken.is_some() {
        stream.set_content(Vec::new());
        stream.dict.remove(b"Filter");
        return;
    }
    if is_image(stream) {
        return;
    }
    let cap = budget.per_stream.min(budget.remaining);
    match inflated_len(stream, cap) {
        Some(len) => budget.remaining -= len,
        None => {
            budget.broken = Some(if cap == budget.per_stream {
                inflated(budget.per_stream, "one PDF stream")
            } else {
                inflated(budget.per_stream.saturating_mul(STREAM_INFLATE_FACTOR), "PDF streams")
            });
            stream.set_content(Vec::new());
            stream.dict.remove(b"Filter");
        }
    }
}

fn inflated(limit: u64, what: &str) -> ImportError {
    ImportError::TooLargeDecompressed {
        limit,
        what: what.to_string(),
    }
}

fn is_image(stream: &Stream) -> bool {
    matches!(stream.dict.get(b"Subtype"), Ok(Object::Name(name)) if name == b"Image")
}

/// The stream's length once its filters are undone as lopdf would, or
/// `None` when some stage would produce more than `cap` bytes. Stages lopdf
/// does not decode (images codecs, ASCIIHex, RunLength) end the chain.
fn inflated_len(stream: &Stream, cap: u64) -> Option<u64> {
    let Ok(filters) = stream.filters() else {
        return Some(stream.content.len() as u64);
    };
    let mut data = stream.content.clone();
    for filter in filters {
        data = match filter {
            b"FlateDecode" | b"Fl" => inflate(&data, cap)?,
            b"LZWDecode" | b"LZW" => unlzw(&data, cap)?,
            b"ASCII85Decode" | b"A85" => {
                let single = Stream::new(lopdf::dictionary! { "Filter" => "ASCII85Decode" }, data);
                single.decompressed_content().unwrap_or_default()
            }
            _ => break,
        };
        if data.len() as u64 > cap {
            return None;
        }
    }
    Some(data.len() as u64)
}

/// zlib, falling back to raw deflate as lopdf does for a bad header.
fn inflate(input: &[u8], cap: u64) -> Option<Vec<u8>> {
    let mut output = Vec::new();
    let result = flate2::read::ZlibDecoder::new(input)
        .take(cap + 1)
        .read_to_end(&mut output);
    if result.is_err() && output.is_empty() && input.len() > 2 {
        let _ = flate2::read::DeflateDecoder::new(&input[2..])
            .take(cap + 1)
            .read_to_end(&mut output);
    }
    (output.len() as u64 <= cap).then_some(output)
}

/// LZW as PDF uses it (MSB first, early change), stopping past `cap`.
fn unlzw(input: &[u8], cap: u64) -> Option<Vec<u8>> {
    let mut output = Capped {
        bytes: Vec::new(),
        cap: cap as usize,
    };
    let mut decoder = weezl::decode::Decoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
    let result = decoder.into_stream(&mut output).decode_all(input);
    let over = output.bytes.len() > output.cap;
    if over || matches!(&result.status, Err(error) if error.kind() == std::io::ErrorKind::OutOfMemory) {
        return None;
    }
    Some(output.bytes)
}

/// A writer that refuses to grow past `cap`.
struct Capped {
    bytes: Vec<u8>,
    cap: usize,
}

impl Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > self.cap {
            return Err(std::io::ErrorKind::OutOfMemory.into());
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Refuses a page tree in which following `/Parent` from some page loops
/// (or runs implausibly deep), which would hang pdf-extract.
pub(crate) fn check_page_tree(document: &lopdf::Document) -> Result<(), ImportError> {
    for page_id in document.page_iter() {
        let mut seen = HashSet::new();
        let mut current = page_id;
        loop {
            if !seen.insert(current) || seen.len() > MAX_PAGE_TREE_DEPTH {
                return Err(ImportError::PdfCorrupt {
                    reason: "its page tree loops (a page is its own ancestor)".to_string(),
                });
            }
            let parent = document
                .get_dictionary(current)
                .and_then(|dictionary| dictionary.get(b"Parent"))
                .and_then(Object::as_reference);
            match parent {
                Ok(parent) => current = parent,
                Err(_) => break,
            }
        }
    }
    Ok(())
}

/// Refuses form XObjects that draw themselves (directly or through others)
/// or that expand to more than [`MAX_FORM_DRAWS`] draws. A form without its
/// own `/Resources` uses those of whoever draws it, as pdf-extract does.
pub(crate) fn check_forms(document: &lopdf::Document) -> Result<(), ImportError> {
    let mut draws = 0usize;
    for page_id in document.page_iter() {
        let Some(resources) = page_resources(document, page_id) else {
            continue;
        };
        let forms = forms_in(document, resources);
        for &form in &forms {
            let mut path = Vec::new();
            draw(document, form, &forms, &mut path, &mut draws)?;
        }
    }
    Ok(())
}

fn draw(
    document: &lopdf::Document,
    form: ObjectId,
    inherited: &[ObjectId],
    path: &mut Vec<ObjectId>,
    draws: &mut usize,
) -> Result<(), ImportError> {
    if path.contains(&form) {
        return Err(ImportError::PdfCorrupt {
            reason: "a drawing in it contains itself".to_string(),
        });
    }
    *draws += 1;
    if *draws > MAX_FORM_DRAWS {
        return Err(ImportError::PdfCorrupt {
            reason: format!("its drawings nest into more than {MAX_FORM_DRAWS} parts"),
        });
    }
    let own = document
        .get_object(form)
        .and_then(Object::as_stream)
        .ok()
        .and_then(|stream| deref_dictionary(document, stream.dict.get(b"Resources").ok()?))
        .map(|resources| forms_in(document, resources));
    let children = own.as_deref().unwrap_or(inherited);
    path.push(form);
    for &child in children {
        draw(document, child, children, path, draws)?;
    }
    path.pop();
    Ok(())
}

/// The page's `/Resources`, its own or inherited through `/Parent`
/// (whose chain `check_page_tree` has already bounded).
fn page_resources(document: &lopdf::Document, page_id: ObjectId) -> Option<&lopdf::Dictionary> {
    let mut current = document.get_dictionary(page_id).ok()?;
    for _ in 0..MAX_PAGE_TREE_DEPTH {
        if let Some(resources) = current
            .get(b"Resources")
            .ok()
            .and_then(|r| deref_dictionary(document, r))
        {
            return Some(resources);
        }
        let parent = current.get(b"Parent").and_then(Object::as_reference).ok()?;
        current = document.get_dictionary(parent).ok()?;
    }
    None
}

/// The form XObjects a resource dictionary names, by object id.
fn forms_in(document: &lopdf::Document, resources: &lopdf::Dictionary) -> Vec<ObjectId> {
    let Some(xobjects) = resources
        .get(b"XObject")
        .ok()
        .and_then(|x| deref_dictionary(document, x))
    else {
        return Vec::new();
    };
    xobjects
        .iter()
        .filter_map(|(_, value)| value.as_reference().ok())
        .filter(|&id| {
            document
                .get_object(id)
                .and_then(Object::as_stream)
                .is_ok_and(|stream| matches!(stream.dict.get(b"Subtype"), Ok(Object::Name(name)) if name == b"Form"))
        })
        .collect()
}

fn deref_dictionary<'a>(document: &'a lopdf::Document, object: &'a Object) -> Option<&'a lopdf::Dictionary> {
    match object {
        Object::Dictionary(dictionary) => Some(dictionary),
        Object::Reference(id) => document.get_dictionary(*id).ok(),
        _ => None,
    }
}
