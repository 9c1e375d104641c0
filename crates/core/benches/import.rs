//! Import throughput: articles per second and MB per second for plain text,
//! HTML and PDF, read from disk through the same `read_file` + `content_hash`
//! path the app uses. Never asserts anything; it prints figures.
//!
//! `cargo bench -p standpoint-core --bench import` (release build). The
//! article count defaults to 300 per format; set `IMPORT_BENCH_ARTICLES` to
//! change it. Articles are the seed article's paragraphs in a rotating order
//! with a numbered headline, so every file is distinct and realistic in size.
//!
//! Then hostile input (issue 10): HTML of 10,000 and 100,000 nested `<div>`s
//! and PDFs of a few MB whose one content stream inflates to 200 MB, read
//! through `read_file` at two sizes each, with the time per element (or per
//! inflated MB) so linear growth shows as a flat figure.

#[path = "../src/import/pdf_fixture.rs"]
mod pdf_fixture;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use standpoint_core::import::{collect_files, content_hash, read_file, ImportOptions};

const DEFAULT_ARTICLES: usize = 300;

fn main() {
    let count = std::env::var("IMPORT_BENCH_ARTICLES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(DEFAULT_ARTICLES);
    let seed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/seed/seed.txt");
    let seed = std::fs::read_to_string(&seed_path).expect("tests/data/seed/seed.txt is readable");
    let paragraphs: Vec<&str> = seed.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
    let dir = tempfile::tempdir().expect("a temporary folder");

    println!("import benchmark: {count} articles per format, one thread");
    println!(
        "{:<6} {:>10} {:>12} {:>10} {:>10}",
        "format", "articles", "MB on disk", "articles/s", "MB/s"
    );
    for format in ["txt", "html", "pdf"] {
        let folder = dir.path().join(format);
        std::fs::create_dir(&folder).expect("create folder");
        for index in 0..count {
            let text = article_text(&paragraphs, index);
            let bytes = match format {
                "txt" => text.into_bytes(),
                "html" => article_html(&text, index).into_bytes(),
                _ => pdf_fixture::text_pdf(&text, &[("Title", &format!("Article {index}"))]),
            };
            std::fs::write(folder.join(format!("article-{index:05}.{format}")), bytes).expect("write article");
        }
        let (elapsed, bytes, imported) = import_folder(&folder);
        assert_eq!(imported, count, "every generated {format} article imports");
        let seconds = elapsed.as_secs_f64();
        let megabytes = bytes as f64 / 1_000_000.0;
        println!(
            "{format:<6} {imported:>10} {megabytes:>12.2} {:>10.0} {:>10.2}",
            imported as f64 / seconds,
            megabytes / seconds
        );
    }
    hostile(dir.path());
}

/// Time to read `bytes` as `name` (best of three), and what came out.
fn time_read(folder: &Path, name: &str, bytes: &[u8]) -> (Duration, String) {
    let path = folder.join(name);
    std::fs::write(&path, bytes).expect("write");
    let mut best = Duration::MAX;
    let mut said = String::new();
    for _ in 0..3 {
        let start = Instant::now();
        let outcome = read_file(&path, &ImportOptions::default());
        best = best.min(start.elapsed());
        said = match (outcome.documents.first(), outcome.errors.first()) {
            (Some(document), _) => format!("{} bytes of text", document.text.len()),
            (None, Some(error)) => error.to_string(),
            (None, None) => "nothing".to_string(),
        };
    }
    (best, said)
}

fn hostile(folder: &Path) {
    println!("\nhostile input, one thread (best of 3)");
    println!("{:<34} {:>10} {:>14}  outcome", "file", "ms", "per unit");
    for depth in [10_000usize, 100_000] {
        let page = format!("{}<p>deep text</p>{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let (elapsed, said) = time_read(folder, &format!("nested-{depth}.html"), page.as_bytes());
        println!(
            "{:<34} {:>10.1} {:>11.3} µs  {said}",
            format!("html, {depth} nested <div>"),
            elapsed.as_secs_f64() * 1000.0,
            elapsed.as_secs_f64() * 1e6 / depth as f64,
        );
    }
    for (streams, label) in [
        (1usize, "pdf bomb, 1 × 200 MB stream"),
        (10, "pdf bomb, 10 × 200 MB streams"),
    ] {
        let bytes = pdf_fixture::bomb_pdf("First page.", 200_000_000, streams, pdf_fixture::BombIn::PageContent);
        let (elapsed, said) = time_read(folder, &format!("bomb-{streams}.pdf"), &bytes);
        println!(
            "{:<34} {:>10.1} {:>11.2} MB  {said}",
            label,
            elapsed.as_secs_f64() * 1000.0,
            bytes.len() as f64 / 1e6,
        );
    }
}

/// Reads every file in the folder as the app does; returns the time taken,
/// the bytes read from disk and the number of documents.
fn import_folder(folder: &Path) -> (Duration, u64, usize) {
    let options = ImportOptions::default();
    let start = Instant::now();
    let paths: Vec<PathBuf> = collect_files(&[folder.to_path_buf()]).into_iter().flatten().collect();
    let mut bytes = 0u64;
    let mut imported = 0usize;
    for path in &paths {
        bytes += std::fs::metadata(path).map(|metadata| metadata.len()).unwrap_or(0);
        let outcome = read_file(path, &options);
        for document in &outcome.documents {
            std::hint::black_box(content_hash(&document.text));
            imported += 1;
        }
    }
    (start.elapsed(), bytes, imported)
}

fn article_text(paragraphs: &[&str], index: usize) -> String {
    let mut text = format!("Dispatch {index}: analysts weigh the intelligence-sharing deal");
    for offset in 0..paragraphs.len() {
        text.push_str("\n\n");
        text.push_str(paragraphs[(index + offset) % paragraphs.len()]);
    }
    text
}

/// A news page with the usual furniture around the article.
fn article_html(text: &str, index: usize) -> String {
    let body: String = text
        .split("\n\n")
        .map(|paragraph| {
            let escaped = paragraph
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            format!("<p>{escaped}</p>\n")
        })
        .collect();
    format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Article {index}</title>
<meta property="og:site_name" content="Example News"><link rel="canonical" href="https://example.org/{index}">
<script>var tracking = {{ id: {index} }};</script><style>body {{ font: 16px serif; }}</style></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav><main><article><h1>Article {index}</h1>
{body}</article><aside>Related stories</aside></main><footer>© Example News</footer></body></html>"#
    )
}
