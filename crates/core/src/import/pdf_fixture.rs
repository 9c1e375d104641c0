//! Writes small, real PDFs for tests and the import benchmark; never used by
//! the product. Compiled into the unit tests (`#[cfg(test)]`) and included
//! by `benches/import.rs` with `#[path]`, so it depends on nothing but lopdf,
//! flate2 and encoding_rs. It also makes the hostile PDFs of issue 10 (a page
//! that is its own parent, compression bombs), built on the fly so no large
//! blob is committed.
//!
//! Text is set in Helvetica with WinAnsiEncoding (so curly quotes, dashes and
//! Western accents survive; emoji cannot be shown by a standard font), wrapped
//! at word boundaries, one text line 1.27 em below the last, with an empty
//! line between paragraphs: the layout pdf-extract turns back into
//! paragraphs. A paragraph that does not fit on the page moves whole to the
//! next page.
#![allow(dead_code)]

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, ObjectId, Stream, StringFormat};

const PAGE_WIDTH: i64 = 595;
const PAGE_HEIGHT: i64 = 842;
const MARGIN: i64 = 72;
const FONT_SIZE: i64 = 11;
const LEADING: i64 = 14;
/// Helvetica averages about half an em a character; 80 of them fit in the
/// 451 pt text width with room to spare.
const MAX_LINE_CHARS: usize = 80;

/// A PDF with a text layer holding `text` (paragraphs separated by blank
/// lines) and the given Info entries (`("Title", "…")`, `("CreationDate", "D:2016…")`).
pub fn text_pdf(text: &str, info: &[(&str, &str)]) -> Vec<u8> {
    let mut document = text_document(text, info);
    save(&mut document)
}

/// A PDF whose only page is an image: what a scanner makes. No text layer.
pub fn scanned_pdf() -> Vec<u8> {
    let mut document = Document::with_version("1.5");
    let pages_id = document.new_object_id();
    let pixels: Vec<u8> = (0..64u8).map(|i| i.wrapping_mul(4)).collect();
    let image = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 8, "Height" => 8,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        pixels,
    );
    let image_id = document.add_object(image);
    let content = Content {
        operations: vec![
            Operation::new("q", vec![]),
            Operation::new(
                "cm",
                vec![400.into(), 0.into(), 0.into(), 500.into(), 100.into(), 200.into()],
            ),
            Operation::new("Do", vec![Object::Name(b"Im1".to_vec())]),
            Operation::new("Q", vec![]),
        ],
    };
    let resources = dictionary! { "XObject" => dictionary! { "Im1" => image_id } };
    let page_id = add_page(&mut document, pages_id, content, resources);
    finish(&mut document, pages_id, vec![page_id], &[]);
    save(&mut document)
}

/// A text PDF that opens only with `user_password` (RC4, 128-bit).
pub fn encrypted_pdf(text: &str, user_password: &str) -> Vec<u8> {
    let mut document = text_document(text, &[]);
    let file_id = Object::String(b"standpoint-fixture".to_vec(), StringFormat::Hexadecimal);
    document.trailer.set("ID", vec![file_id.clone(), file_id]);
    let version = lopdf::EncryptionVersion::V2 {
        document: &document,
        owner_password: "owner",
        user_password,
        key_length: 128,
        permissions: lopdf::Permissions::all(),
    };
    let state = lopdf::EncryptionState::try_from(version).expect("fixture encryption settings are valid");
    document.encrypt(&state).expect("a fresh fixture document encrypts");
    save(&mut document)
}

/// A text PDF whose page names itself as its `/Parent`: pdf-extract's walk
/// for inherited attributes (here `/MediaBox`, which only the page tree
/// root has) never ends.
pub fn self_parent_pdf(text: &str) -> Vec<u8> {
    let mut document = text_document(text, &[]);
    let page_id = document.page_iter().next().expect("the fixture has a page");
    let page = document.get_dictionary_mut(page_id).expect("a page dictionary");
    page.set("Parent", Object::Reference(page_id));
    save(&mut document)
}

/// A text PDF whose page draws a form XObject that draws itself: without
/// a check pdf-extract recurses until the stack overflows.
pub fn self_drawing_pdf(text: &str) -> Vec<u8> {
    let mut document = text_document(text, &[]);
    let page_id = document.page_iter().next().expect("the fixture has a page");
    let form_id = document.new_object_id();
    let content = Content {
        operations: vec![Operation::new("Do", vec![Object::Name(b"Fm1".to_vec())])],
    };
    let form = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 10.into(), 10.into()],
            "Resources" => dictionary! { "XObject" => dictionary! { "Fm1" => form_id } },
        },
        content.encode().expect("form content encodes"),
    );
    document.objects.insert(form_id, Object::Stream(form));
    let page = document.get_dictionary_mut(page_id).expect("a page dictionary");
    let resources = page.get_mut(b"Resources").expect("the page has resources");
    if let Object::Dictionary(resources) = resources {
        resources.set("XObject", dictionary! { "Fm1" => form_id });
    }
    let first = page.get(b"Contents").expect("the page has contents").clone();
    let drawing = Stream::new(dictionary! {}, b"/Fm1 Do".to_vec());
    let drawing_id = document.add_object(drawing);
    let page = document.get_dictionary_mut(page_id).expect("a page dictionary");
    page.set("Contents", vec![first, Object::Reference(drawing_id)]);
    save(&mut document)
}

/// Where a compression bomb's stream sits in [`bomb_pdf`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BombIn {
    /// A second content stream of the page: inflated when the page is read.
    PageContent,
    /// An object stream: inflated by lopdf while it loads the file.
    ObjectStream,
}

/// A one-page text PDF plus `streams` streams that each inflate to
/// `inflated_bytes` of spaces (Flate, about a thousandfold).
pub fn bomb_pdf(text: &str, inflated_bytes: usize, streams: usize, place: BombIn) -> Vec<u8> {
    let mut document = text_document(text, &[]);
    let page_id = document.page_iter().next().expect("the fixture has a page");
    let compressed = spaces_deflated(inflated_bytes);
    let mut bomb_ids = Vec::new();
    for _ in 0..streams {
        let dictionary = match place {
            BombIn::PageContent => dictionary! { "Filter" => "FlateDecode" },
            // lopdf's writer drops object streams it did not make, so the
            // type is renamed to ObjStm in the saved bytes (same length).
            BombIn::ObjectStream => dictionary! {
                "Type" => "ObjSxx", "N" => 1, "First" => 4, "Filter" => "FlateDecode",
            },
        };
        let mut stream = Stream::new(dictionary, compressed.clone());
        stream.allows_compression = false;
        bomb_ids.push(document.add_object(stream));
    }
    if place == BombIn::PageContent {
        let page = document.get_dictionary_mut(page_id).expect("a page dictionary");
        let first = page.get(b"Contents").expect("the page has contents").clone();
        let mut contents = vec![first];
        contents.extend(bomb_ids.into_iter().map(Object::Reference));
        page.set("Contents", contents);
    }
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).expect("writing to memory cannot fail");
    if let Some(at) = bytes.windows(7).position(|window| window == b"/ObjSxx") {
        bytes[at..at + 7].copy_from_slice(b"/ObjStm");
    }
    bytes
}

/// `len` spaces, zlib-compressed chunk by chunk (never held inflated).
fn spaces_deflated(len: usize) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let chunk = vec![b' '; 1 << 20];
    let mut written = 0;
    while written < len {
        let take = chunk.len().min(len - written);
        encoder.write_all(&chunk[..take]).expect("compressing to memory");
        written += take;
    }
    encoder.finish().expect("compressing to memory")
}

fn text_document(text: &str, info: &[(&str, &str)]) -> Document {
    let mut document = Document::with_version("1.5");
    let pages_id = document.new_object_id();
    let font_id = document.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let mut page_ids = Vec::new();
    for page_lines in paginate(text) {
        let resources = dictionary! { "Font" => dictionary! { "F1" => font_id } };
        let content = page_content(&page_lines);
        page_ids.push(add_page(&mut document, pages_id, content, resources));
    }
    finish(&mut document, pages_id, page_ids, info);
    document
}

/// Lines per page; `None` is the empty line between paragraphs.
fn paginate(text: &str) -> Vec<Vec<Option<String>>> {
    let lines_per_page = ((PAGE_HEIGHT - 2 * MARGIN) / LEADING) as usize;
    let mut pages: Vec<Vec<Option<String>>> = vec![Vec::new()];
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let lines = wrap(paragraph);
        let page = pages.last_mut().expect("there is always a page");
        let needed = lines.len() + usize::from(!page.is_empty());
        if !page.is_empty() && page.len() + needed > lines_per_page {
            pages.push(Vec::new());
        }
        let page = pages.last_mut().expect("there is always a page");
        if !page.is_empty() {
            page.push(None);
        }
        page.extend(lines.into_iter().map(Some));
    }
    pages
}

fn wrap(paragraph: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in paragraph.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > MAX_LINE_CHARS {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn page_content(lines: &[Option<String>]) -> Content {
    let mut operations = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec![Object::Name(b"F1".to_vec()), FONT_SIZE.into()]),
        Operation::new("TL", vec![LEADING.into()]),
        Operation::new("Td", vec![MARGIN.into(), (PAGE_HEIGHT - MARGIN).into()]),
    ];
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            operations.push(Operation::new("T*", vec![]));
        }
        if let Some(line) = line {
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(line);
            operations.push(Operation::new(
                "Tj",
                vec![Object::String(bytes.into_owned(), StringFormat::Literal)],
            ));
        }
    }
    operations.push(Operation::new("ET", vec![]));
    Content { operations }
}

fn add_page(document: &mut Document, pages_id: ObjectId, content: Content, resources: lopdf::Dictionary) -> ObjectId {
    let encoded = content.encode().expect("fixture content encodes");
    let content_id = document.add_object(Stream::new(dictionary! {}, encoded));
    document.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id, "Resources" => resources,
    })
}

fn finish(document: &mut Document, pages_id: ObjectId, page_ids: Vec<ObjectId>, info: &[(&str, &str)]) {
    let count = page_ids.len() as i64;
    let pages = dictionary! {
        "Type" => "Pages",
        "Kids" => page_ids.into_iter().map(Object::Reference).collect::<Vec<_>>(),
        "Count" => count,
        "MediaBox" => vec![0.into(), 0.into(), PAGE_WIDTH.into(), PAGE_HEIGHT.into()],
    };
    document.objects.insert(pages_id, Object::Dictionary(pages));
    let catalog_id = document.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    document.trailer.set("Root", catalog_id);
    if !info.is_empty() {
        let mut dictionary = lopdf::Dictionary::new();
        for (key, value) in info {
            dictionary.set(key.as_bytes().to_vec(), lopdf::text_string(value));
        }
        let info_id = document.add_object(dictionary);
        document.trailer.set("Info", info_id);
    }
}

fn save(document: &mut Document) -> Vec<u8> {
    document.compress();
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).expect("writing to memory cannot fail");
    bytes
}
