//! Import tests on real files: the seed article in every format, the broken
//! and legacy files in `tests/data/import/broken/`, folders, limits and
//! permissions. Per-format details live beside each reader.
//!
//! `regenerate_binary_fixtures` (ignored) rewrites the committed PDF and
//! DOCX fixtures from `tests/data/seed/seed.txt`:
//! `cargo test -p standpoint-core regenerate_binary_fixtures -- --ignored`.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use super::pdf_fixture;
use super::*;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

fn seed_path(name: &str) -> PathBuf {
    data_dir().join("seed").join(name)
}

fn broken_path(name: &str) -> PathBuf {
    data_dir().join("import/broken").join(name)
}

/// The seed article's text as stored: seed.txt without its final newline.
fn seed_text() -> String {
    let raw = std::fs::read_to_string(seed_path("seed.txt")).expect("tests/data/seed/seed.txt exists");
    raw.trim_end().to_string()
}

/// The default file size limit, for readers called directly.
const LIMIT: u64 = 50 * 1024 * 1024;

const SEED_TITLE: &str = "US and Russia consider intelligence-sharing deal on Syria";

fn read(path: &Path) -> FileOutcome {
    read_file(path, &ImportOptions::default())
}

/// The one document of a file that must import cleanly.
fn only_document(path: &Path) -> Document {
    let outcome = read(path);
    assert!(outcome.errors.is_empty(), "{}: {:?}", path.display(), outcome.errors);
    assert_eq!(outcome.documents.len(), 1, "{}", path.display());
    outcome.documents.into_iter().next().expect("one document")
}

/// The single error of a file that must fail.
fn only_error(path: &Path, options: &ImportOptions) -> ImportError {
    let outcome = read_file(path, options);
    assert!(
        outcome.documents.is_empty(),
        "{}: {:?}",
        path.display(),
        outcome.documents
    );
    assert_eq!(outcome.errors.len(), 1, "{}: {:?}", path.display(), outcome.errors);
    outcome.errors.into_iter().next().expect("one error")
}

// --- The seed article in every format -------------------------------------

#[test]
fn seed_text_formats_give_byte_identical_text() {
    let expected = seed_text();
    // seed.pdf is laid out by our own generator (no hyphenation, paragraphs
    // kept on one page), so it round-trips too; real PDFs may differ in
    // whitespace, which the content hash forgives (next test).
    for name in [
        "seed.txt",
        "seed.html",
        "seed.docx",
        "seed.eml",
        "seed.json",
        "seed.pdf",
    ] {
        let document = only_document(&seed_path(name));
        assert_eq!(document.text, expected, "{name} text differs from seed.txt");
    }
}

#[test]
fn seed_pdf_text_dedupes_with_the_others() {
    let document = only_document(&seed_path("seed.pdf"));
    assert_eq!(document.format, Format::Pdf);
    assert_eq!(content_hash(&document.text), content_hash(&seed_text()));
    assert_eq!(document.title.as_deref(), Some(SEED_TITLE));
    assert_eq!(document.author.as_deref(), Some("TRT World and agencies"));
    assert_eq!(document.published.as_deref(), Some("2016-07-12"));
}

#[test]
fn every_seed_file_is_one_article() {
    let paths: Vec<PathBuf> = collect_files(&[data_dir().join("seed")])
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(paths.len(), 6, "{paths:?}");
    let distinct: std::collections::BTreeSet<String> = paths
        .iter()
        .map(|path| content_hash(&only_document(path).text))
        .collect();
    assert_eq!(distinct.len(), 1, "the seed formats should dedupe to one article");
}

#[test]
fn seed_html_metadata_and_noise() {
    let document = only_document(&seed_path("seed.html"));
    assert_eq!(document.title.as_deref(), Some(SEED_TITLE));
    assert_eq!(document.source.as_deref(), Some("TRT World"));
    assert_eq!(document.author.as_deref(), Some("TRT World and agencies"));
    assert_eq!(document.published.as_deref(), Some("2016-07-12"));
    assert_eq!(
        document.url.as_deref(),
        Some("https://example.org/world/us-and-russia-consider-intelligence-sharing-deal-on-syria")
    );
    for noise in [
        "Subscribe",
        "Related",
        "not article text",
        "Photo caption",
        "Privacy",
        "#Syria",
        "Middle East",
    ] {
        assert!(!document.text.contains(noise), "{noise:?} leaked into the text");
    }
}

#[test]
fn seed_email_docx_and_json_metadata() {
    let mail = only_document(&seed_path("seed.eml"));
    assert_eq!(mail.format, Format::Email);
    assert_eq!(mail.title.as_deref(), Some(SEED_TITLE));
    assert_eq!(mail.author.as_deref(), Some("TRT World Newsletter"));
    assert_eq!(mail.published.as_deref(), Some("2016-07-12"));
    assert_eq!(mail.external_id.as_deref(), Some("seed-syria-intel-deal@example.org"));

    let docx = only_document(&seed_path("seed.docx"));
    assert_eq!(docx.format, Format::Docx);
    assert_eq!(docx.title.as_deref(), Some(SEED_TITLE));
    assert_eq!(docx.author.as_deref(), Some("TRT World and agencies"));
    assert_eq!(docx.published.as_deref(), Some("2016-07-12"));

    let json = only_document(&seed_path("seed.json"));
    assert_eq!(json.format, Format::Json);
    assert_eq!(json.external_id.as_deref(), Some("seed-syria-intel-deal"));
    assert_eq!(json.source.as_deref(), Some("TRT World"));
    assert_eq!(json.origin_name, "seed.json");
}

// --- Broken, legacy and duplicate files ------------------------------------

#[test]
fn broken_files_fail_with_their_reason() {
    let options = ImportOptions::default();
    assert_eq!(only_error(&broken_path("empty.txt"), &options), ImportError::Empty);
    assert_eq!(only_error(&broken_path("binary.txt"), &options), ImportError::Binary);
    assert_eq!(only_error(&broken_path("corrupt.pdf"), &options).code(), "pdf_corrupt");
    assert_eq!(
        only_error(&broken_path("encrypted.pdf"), &options),
        ImportError::PdfEncrypted
    );
    let scanned = only_error(&broken_path("scanned.pdf"), &options);
    assert_eq!(scanned, ImportError::PdfNoTextLayer);
    assert_eq!(scanned.to_string(), "PDF has no text layer (scanned?): it needs OCR");
    // Three entries share one 93 KB deflate stream of 95 MB: 285 MB in all.
    let bomb = only_error(&broken_path("zipbomb.docx"), &options);
    assert_eq!(bomb, ImportError::DocxTooLarge { limit: 256_000_000 });
    let unsupported = only_error(&broken_path("notes.xyz"), &options);
    assert_eq!(unsupported.to_string(), "unsupported file type .xyz");
    assert_eq!(read(&broken_path("notes.xyz")).format, None);
}

#[test]
fn legacy_windows_1252_and_utf16_files_import() {
    let legacy = only_document(&broken_path("legacy-windows-1252.txt"));
    assert_eq!(
        legacy.text,
        "Café society – “Le Monde” reports that François Hollande welcomed the agreement.\n\
         The Kremlin’s spokesman criticised it."
    );
    let utf16 = only_document(&broken_path("utf16.txt"));
    assert_eq!(
        utf16.text,
        "Der Außenminister – „Steinmeier“ – unterstützt die Vereinbarung. 🎉"
    );
}

#[test]
fn a_rewrapped_copy_is_a_duplicate_by_hash() {
    let copy = only_document(&broken_path("duplicate-of-seed.txt"));
    assert_ne!(copy.text, seed_text(), "the copy differs in whitespace on purpose");
    assert_eq!(content_hash(&copy.text), content_hash(&seed_text()));
}

#[test]
fn bad_json_lines_import_the_good_lines_and_name_the_bad_ones() {
    let outcome = read(&broken_path("bad.jsonl"));
    assert_eq!(outcome.format, Some(Format::JsonLines));
    let ids: Vec<_> = outcome.documents.iter().map(|d| d.external_id.as_deref()).collect();
    assert_eq!(ids, [Some("ok-1"), Some("ok-3")]);
    assert_eq!(
        outcome.documents[0].text,
        "John Kerry arrived in Moscow on Thursday – with “high hopes”."
    );
    assert_eq!(outcome.documents[0].published.as_deref(), Some("2016-07-14"));
    assert_eq!(outcome.documents[1].origin_name, "bad.jsonl:3");
    let messages: Vec<String> = outcome.errors.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].starts_with("line 2: not valid JSON: "), "{}", messages[0]);
    assert_eq!(messages[1], "line 4: no \"text\" field");
}

// --- Reading rules ----------------------------------------------------------

#[test]
fn non_ascii_text_survives_exactly_and_ends_are_tidied() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("quotes.txt");
    let text = "“Curly” ‘quotes’ – en dash — em dash, Zoë Brontë, Ελλάδα, 東京, 🎉🇺🇸 e\u{301}";
    std::fs::write(&path, format!("\n\n{text}\r\n\r\n  \n")).expect("write");
    let document = only_document(&path);
    assert_eq!(document.text, text);
    assert_eq!(document.origin_name, "quotes.txt");
    assert_eq!(document.format, Format::Text);
}

#[test]
fn indentation_of_the_first_line_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("indented.md");
    std::fs::write(&path, "\n   indented first line\nsecond\n").expect("write");
    assert_eq!(only_document(&path).text, "   indented first line\nsecond");
}

#[test]
fn files_over_the_size_limit_are_refused_unread() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.txt");
    std::fs::write(&path, "x".repeat(2_500_000)).expect("write");
    let options = ImportOptions {
        max_file_bytes: 1_000_000,
        ..ImportOptions::default()
    };
    let error = only_error(&path, &options);
    assert_eq!(
        error,
        ImportError::TooLarge {
            size: 2_500_000,
            limit: 1_000_000
        }
    );
    assert_eq!(error.to_string(), "file is 2.5 MB, over the 1 MB limit");
    let generous = ImportOptions {
        max_file_bytes: 2_500_000,
        ..ImportOptions::default()
    };
    assert!(read_file(&path, &generous).errors.is_empty());
}

#[test]
fn missing_files_folders_and_dna_databases() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(
        only_error(&dir.path().join("gone.txt"), &ImportOptions::default()),
        ImportError::NotFound
    );
    let folder = dir.path().join("folder.txt");
    std::fs::create_dir(&folder).expect("mkdir");
    assert_eq!(only_error(&folder, &ImportOptions::default()), ImportError::NotAFile);
    // .dna is the store's to read: no documents, no errors, not even opened.
    let dna = dir.path().join("sample.dna");
    let outcome = read(&dna);
    assert_eq!(outcome.format, Some(Format::Dna));
    assert!(outcome.documents.is_empty() && outcome.errors.is_empty());
}

#[cfg(unix)]
#[test]
fn unreadable_files_report_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("secret.txt");
    std::fs::write(&path, "classified").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let outcome = read(&path);
    if std::fs::File::open(&path).is_ok() {
        // Running as root (as CI does): mode 000 does not stop root from
        // reading, so there is no denial to observe. The file must then read.
        assert_eq!(outcome.documents.len(), 1);
        return;
    }
    assert_eq!(outcome.errors, [ImportError::PermissionDenied]);
    assert_eq!(outcome.errors[0].to_string(), "permission denied");
}

// --- DOCX zip bombs ---------------------------------------------------------

/// A .docx whose document.xml inflates to `size` bytes (mostly spaces, so it
/// compresses about a thousandfold).
fn docx_of_size(size: usize) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    writer.start_file("word/document.xml", options).expect("start entry");
    let head = b"<w:document><w:body><w:p><w:r><w:t>boom</w:t></w:r></w:p>";
    writer.write_all(head).expect("write");
    let chunk = vec![b' '; 1 << 20];
    let mut written = head.len();
    while written < size {
        let take = chunk.len().min(size - written);
        writer.write_all(&chunk[..take]).expect("write");
        written += take;
    }
    writer.write_all(b"</w:body></w:document>").expect("write");
    writer.finish().expect("finish zip").into_inner()
}

#[test]
fn a_docx_with_too_many_entries_is_refused() {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for index in 0..10_001 {
        writer
            .start_file(format!("junk/{index}"), options)
            .expect("start entry");
    }
    let bytes = writer.finish().expect("finish zip").into_inner();
    let error = docx::read_docx(&bytes, "many.docx", LIMIT).unwrap_err();
    assert_eq!(
        error,
        ImportError::DocxTooManyEntries {
            count: 10_001,
            limit: 10_000
        }
    );
}

#[test]
fn docx_limits_hold_on_inflated_bytes_not_only_declared_sizes() {
    // A 5 MB body under a 1 MB budget: refused while inflating.
    let bytes = docx_of_size(5_000_000);
    let limits = docx::ZipLimits {
        max_expanded_bytes: 1_000_000,
        max_entries: 10,
        max_text_bytes: LIMIT,
    };
    let error = docx::read_docx_with_limits(&bytes, "big.docx", limits).unwrap_err();
    assert_eq!(error, ImportError::DocxTooLarge { limit: 1_000_000 });
    // The same file within a larger budget reads.
    let roomy = docx::ZipLimits {
        max_expanded_bytes: 10_000_000,
        max_entries: 10,
        max_text_bytes: LIMIT,
    };
    let document = docx::read_docx_with_limits(&bytes, "big.docx", roomy).expect("within limits");
    assert_eq!(document.text, "boom");
}

#[test]
fn a_docx_without_a_body_is_not_a_docx() {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    writer
        .start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
        .expect("entry");
    writer.write_all(b"<workbook/>").expect("write");
    let bytes = writer.finish().expect("finish").into_inner();
    let error = docx::read_docx(&bytes, "sheet.docx", LIMIT).unwrap_err();
    assert_eq!(error.code(), "docx_invalid");
    assert!(error.to_string().contains("no word/document.xml"), "{error}");
}

// --- PDFs made on the fly ---------------------------------------------------

#[test]
fn pdf_text_keeps_typographic_characters() {
    let text = "The “deal” – Zoë’s café.\n\nSecond paragraph, wrapped over more than one line because it is long enough to need wrapping at eighty characters.";
    let bytes = pdf_fixture::text_pdf(text, &[("Title", "Café – “PDF”")]);
    let document = pdf::read_pdf(&bytes, "a.pdf", LIMIT).expect("a text PDF reads");
    assert_eq!(document.text, text);
    assert_eq!(document.title.as_deref(), Some("Café – “PDF”"));
}

#[test]
fn a_pdf_protected_only_by_an_owner_password_reads() {
    let bytes = pdf_fixture::encrypted_pdf("Open to all readers.", "");
    let document = pdf::read_pdf(&bytes, "owner-only.pdf", LIMIT).expect("empty user password opens");
    assert_eq!(document.text, "Open to all readers.");
}

#[test]
fn garbage_after_a_pdf_header_never_panics_the_caller() {
    // Truncations of a real PDF at many points: each is an error or a text, never a panic.
    let bytes = pdf_fixture::text_pdf("Some text to cut.", &[]);
    for cut in (10..bytes.len()).step_by(bytes.len() / 25 + 1) {
        let outcome = pdf::read_pdf(&bytes[..cut], "cut.pdf", LIMIT);
        if let Err(error) = outcome {
            assert!(
                matches!(error.code(), "pdf_corrupt" | "pdf_no_text_layer"),
                "cut at {cut}: {error}"
            );
        }
    }
}

// --- Folders ----------------------------------------------------------------

#[test]
fn folders_are_walked_sorted_without_hidden_entries() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    for name in [
        "b.txt",
        "a.html",
        "sub/c.md",
        "sub/deeper/d.pdf",
        ".hidden.txt",
        ".git/config.txt",
        "~$lock.docx",
        "image.jpg",
    ] {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, "x").expect("write");
    }
    let listed: Vec<String> = collect_files(&[root.to_path_buf()])
        .into_iter()
        .map(|entry| {
            let path = entry.expect("all listable");
            path.strip_prefix(root)
                .expect("under root")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(listed, ["a.html", "b.txt", "image.jpg", "sub/c.md", "sub/deeper/d.pdf"]);
}

#[test]
fn named_files_missing_paths_and_repeats() {
    let dir = tempfile::tempdir().expect("temp dir");
    let hidden = dir.path().join(".named.txt");
    std::fs::write(&hidden, "x").expect("write");
    let missing = dir.path().join("missing.txt");
    let entries = collect_files(&[
        hidden.clone(),
        missing.clone(),
        dir.path().to_path_buf(),
        hidden.clone(),
    ]);
    assert_eq!(entries.len(), 2, "{entries:?}");
    assert_eq!(
        entries[0].as_ref().ok(),
        Some(&hidden),
        "a hidden file named explicitly is taken once"
    );
    assert_eq!(entries[1].as_ref().err(), Some(&(missing, ImportError::NotFound)));
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported_not_followed_forever() {
    let dir = tempfile::tempdir().expect("temp dir");
    let inner = dir.path().join("inner");
    std::fs::create_dir(&inner).expect("mkdir");
    std::fs::write(inner.join("a.txt"), "x").expect("write");
    std::os::unix::fs::symlink(dir.path(), inner.join("loop")).expect("symlink");
    let entries = collect_files(&[dir.path().to_path_buf()]);
    let files: Vec<_> = entries.iter().filter_map(|entry| entry.as_ref().ok()).collect();
    assert_eq!(files, [&inner.join("a.txt")]);
    let errors: Vec<_> = entries.iter().filter_map(|entry| entry.as_ref().err()).collect();
    assert_eq!(errors.len(), 1, "{entries:?}");
    assert_eq!(errors[0].1, ImportError::SymlinkLoop);
}

// --- Fixture generation -----------------------------------------------------

/// A minimal real .docx: content types, package relationships, the body and
/// core properties, deflated as Word does.
fn seed_docx(text: &str) -> Vec<u8> {
    fn escape(text: &str) -> String {
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    }
    let paragraphs: String = text
        .split("\n\n")
        .map(|paragraph| {
            format!(
                r#"<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
                escape(paragraph)
            )
        })
        .collect();
    let files = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#.to_string(),
        ),
        (
            "word/document.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{paragraphs}<w:sectPr/></w:body></w:document>"#
            ),
        ),
        (
            "docProps/core.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>TRT World and agencies</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2016-07-12T06:41:00Z</dcterms:created></cp:coreProperties>"#,
                escape(SEED_TITLE)
            ),
        ),
    ];
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, contents) in files {
        writer.start_file(name, options).expect("start entry");
        writer.write_all(contents.as_bytes()).expect("write entry");
    }
    writer.finish().expect("finish zip").into_inner()
}

#[test]
#[ignore = "rewrites committed fixtures; run by hand after changing a generator"]
fn regenerate_binary_fixtures() {
    let text = seed_text();
    let info = [
        ("Title", SEED_TITLE),
        ("Author", "TRT World and agencies"),
        ("CreationDate", "D:20160712094100+03'00'"),
    ];
    std::fs::write(seed_path("seed.pdf"), pdf_fixture::text_pdf(&text, &info)).expect("write seed.pdf");
    std::fs::write(seed_path("seed.docx"), seed_docx(&text)).expect("write seed.docx");
    std::fs::write(broken_path("scanned.pdf"), pdf_fixture::scanned_pdf()).expect("write scanned.pdf");
    let locked = pdf_fixture::encrypted_pdf("Only readers with the password see this.", "secret");
    std::fs::write(broken_path("encrypted.pdf"), locked).expect("write encrypted.pdf");
}
