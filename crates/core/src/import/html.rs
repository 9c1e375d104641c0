//! HTML pages: the article's main text and the page's metadata.
//!
//! Main text comes from the `<article>` with the most text, else `<main>`
//! (or `role="main"`), else `<body>`. Inside it, scripts, styles, navigation,
//! headers, footers, asides, forms, figures and hidden elements are dropped.
//! Whitespace collapses as a browser shows it (except in `<pre>`), each block
//! (paragraph, heading, list item, table row) becomes a paragraph, and
//! paragraphs are separated by one blank line; `<br>` is a line break.
//! Metadata: title from og:title, `<title>` or the first `<h1>`; author from
//! meta author or article:author; date from article:published_time, meta
//! date or `<time datetime>`; URL from the canonical link or og:url; source
//! from og:site_name. Elements nested deeper than 512 lose their tags before
//! parsing (`html_depth`), which keeps parsing linear. The HTML is parsed into a tree and read; it is never
//! rendered, and nothing in it (scripts, links, images) is ever fetched.

use std::sync::LazyLock;

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

use super::dates::published_date;
use super::decode::decode_text_with_fallback;
use super::html_depth::{cap_depth, MAX_DEPTH};
use super::{Document, Format, ImportError};

/// What an HTML page says, before it becomes a [`Document`]; the mail reader
/// uses it for HTML-only messages too.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct HtmlArticle {
    pub text: String,
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
}

/// The one document of a `.html`/`.htm` file.
pub fn read_html(bytes: &[u8], origin_name: &str) -> Result<Document, ImportError> {
    let fallback = declared_charset(bytes).unwrap_or(encoding_rs::WINDOWS_1252);
    let article = html_article(&decode_text_with_fallback(bytes, fallback)?);
    if article.text.is_empty() {
        return Err(ImportError::NoText);
    }
    Ok(Document {
        text: article.text,
        title: article.title,
        source: article.source,
        url: article.url,
        author: article.author,
        published: article.published,
        external_id: None,
        format: Format::Html,
        origin_name: origin_name.to_string(),
    })
}

/// The encoding a page declares in its first 1024 bytes (`<meta charset=…>`
/// or `content="text/html; charset=…"`), as browsers look for it. Used only
/// when the bytes are not UTF-8, so a page that declares one encoding but is
/// saved in UTF-8 still reads right.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let position = head
        .windows(8)
        .position(|window| window.eq_ignore_ascii_case(b"charset="))?;
    let label: Vec<u8> = head[position + 8..]
        .iter()
        .skip_while(|byte| matches!(byte, b'"' | b'\'' | b' '))
        .take_while(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b':' | b'.'))
        .copied()
        .collect();
    encoding_rs::Encoding::for_label(&label)
}

/// Main text and metadata of an HTML document or fragment.
pub(crate) fn html_article(html: &str) -> HtmlArticle {
    let page = Html::parse_document(&cap_depth(html, MAX_DEPTH));
    HtmlArticle {
        text: main_text(&page),
        title: first_meta(&page, &TITLE_META).or_else(|| first_text(&page, &TITLE_ELEMENTS)),
        author: first_meta(&page, &AUTHOR_META),
        published: first_meta(&page, &DATE_META)
            .or_else(|| first_attribute(&page, &TIME_ELEMENT, "datetime"))
            .and_then(|raw| published_date(&raw)),
        url: first_attribute(&page, &CANONICAL_LINK, "href").or_else(|| first_meta(&page, &URL_META)),
        source: first_meta(&page, &SOURCE_META),
    }
}

/// Parses a selector written in this file; a typo is a bug caught by the tests.
fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|error| panic!("bad built-in selector {css:?}: {error}"))
}

static TITLE_META: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"meta[property="og:title"], meta[name="twitter:title"]"#));
static TITLE_ELEMENTS: LazyLock<Selector> = LazyLock::new(|| selector("title, h1"));
static AUTHOR_META: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"meta[name="author" i], meta[property="article:author"]"#));
static DATE_META: LazyLock<Selector> = LazyLock::new(|| {
    selector(
        r#"meta[property="article:published_time"], meta[name="date" i], meta[name="pubdate" i],
           meta[name="publish-date" i], meta[name="dc.date" i], meta[itemprop="datePublished"]"#,
    )
});
static TIME_ELEMENT: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));
static CANONICAL_LINK: LazyLock<Selector> = LazyLock::new(|| selector(r#"link[rel~="canonical"]"#));
static URL_META: LazyLock<Selector> = LazyLock::new(|| selector(r#"meta[property="og:url"]"#));
static SOURCE_META: LazyLock<Selector> = LazyLock::new(|| selector(r#"meta[property="og:site_name"]"#));
static ARTICLES: LazyLock<Selector> = LazyLock::new(|| selector("article"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| selector(r#"main, [role="main"]"#));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));

/// The `content` of the first matching `<meta>` that has a non-blank one.
fn first_meta(page: &Html, selector: &Selector) -> Option<String> {
    first_attribute(page, selector, "content")
}

fn first_attribute(page: &Html, selector: &Selector, attribute: &str) -> Option<String> {
    page.select(selector)
        .filter_map(|element| element.value().attr(attribute))
        .map(str::trim)
        .find(|value| !value.is_empty())
        .map(str::to_string)
}

/// The whitespace-collapsed text of the first matching element that has any.
fn first_text(page: &Html, selector: &Selector) -> Option<String> {
    page.select(selector)
        .map(|element| collapse_whitespace(&element.text().collect::<String>()))
        .find(|text| !text.is_empty())
}

fn collapse_whitespace(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

fn main_text(page: &Html) -> String {
    let longest_article = page
        .select(&ARTICLES)
        .map(block_text)
        .max_by_key(|text| text.len())
        .filter(|text| !text.is_empty());
    if let Some(text) = longest_article {
        return text;
    }
    let container = page
        .select(&MAIN)
        .next()
        .or_else(|| page.select(&BODY).next())
        .unwrap_or_else(|| page.root_element());
    block_text(container)
}

/// Elements whose content is never article text.
fn is_excluded(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "title"
            | "nav"
            | "header"
            | "footer"
            | "aside"
            | "form"
            | "button"
            | "select"
            | "textarea"
            | "input"
            | "label"
            | "iframe"
            | "svg"
            | "math"
            | "canvas"
            | "object"
            | "embed"
            | "figure"
            | "dialog"
            | "menu"
    )
}

/// ARIA roles and attributes that mark page furniture or invisible content.
fn is_hidden_or_furniture(element: &scraper::node::Element) -> bool {
    let role_is_furniture = matches!(
        element.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "complementary" | "search" | "dialog")
    );
    role_is_furniture || element.attr("hidden").is_some() || element.attr("aria-hidden") == Some("true")
}

/// Elements that start and end a paragraph of their own.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "caption"
            | "hr"
            | "address"
            | "details"
            | "summary"
            | "center"
            | "body"
            | "html"
    )
}

/// The readable text under `root`, as the module docs describe. Walks the
/// tree with an explicit open/close traversal, so deeply nested markup
/// cannot exhaust the stack.
fn block_text(root: ElementRef<'_>) -> String {
    let mut text = BlockText::default();
    let mut skipping: Option<ego_tree::NodeId> = None;
    let mut pre_depth = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(content) => text.push_text(content, pre_depth > 0),
                    Node::Element(element) => {
                        let name = element.name();
                        if is_excluded(name) || is_hidden_or_furniture(element) {
                            skipping = Some(node.id());
                        } else if name == "br" {
                            text.line_break();
                        } else if name == "td" || name == "th" {
                            text.cell_break();
                        } else if is_block(name) {
                            text.paragraph_break();
                            if name == "pre" {
                                pre_depth += 1;
                            }
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(element) = node.value() {
                    if is_block(element.name()) {
                        text.paragraph_break();
                        if element.name() == "pre" {
                            pre_depth = pre_depth.saturating_sub(1);
                        }
                    }
                }
            }
        }
    }
    text.finish()
}

/// Accumulates paragraphs, collapsing whitespace the way a browser shows it.
#[derive(Default)]
struct BlockText {
    paragraphs: Vec<String>,
    current: String,
    /// Whitespace was seen since the last visible character; it becomes one
    /// space if more text follows on the same line.
    pending_space: bool,
}

impl BlockText {
    fn push_text(&mut self, content: &str, preformatted: bool) {
        if preformatted {
            self.current.push_str(content);
            self.pending_space = false;
            return;
        }
        for c in content.chars() {
            if c.is_ascii_whitespace() {
                self.pending_space = true;
                continue;
            }
            if self.pending_space && !self.current.is_empty() && !self.current.ends_with(['\n', '\t']) {
                self.current.push(' ');
            }
            self.pending_space = false;
            self.current.push(c);
        }
    }

    fn line_break(&mut self) {
        self.current.push('\n');
        self.pending_space = false;
    }

    fn cell_break(&mut self) {
        if !self.current.is_empty() {
            self.current.push('\t');
        }
        self.pending_space = false;
    }

    fn paragraph_break(&mut self) {
        let paragraph = std::mem::take(&mut self.current);
        // Only line-level whitespace is trimmed: a trailing `<br>` or cell
        // separator is markup, not text.
        let paragraph = paragraph.trim_matches(|c: char| c.is_ascii_whitespace());
        if !paragraph.is_empty() {
            self.paragraphs.push(paragraph.to_string());
        }
        self.pending_space = false;
    }

    fn finish(mut self) -> String {
        self.paragraph_break();
        self.paragraphs.join("\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_text_drops_page_furniture_and_keeps_paragraphs() {
        let page = r##"<html><head><title>Page title | Site</title>
            <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <header><h1>Site banner</h1></header>
            <div id="content"><p>First   paragraph,
              with <b>bold</b> and <a href="#">a link</a>.</p>
            <p>Second<br>line two</p><ul><li>one</li><li>two</li></ul></div>
            <aside>Related stories</aside><form><label>Email</label><input></form>
            <footer>© Site</footer></body></html>"##;
        let article = html_article(page);
        assert_eq!(
            article.text,
            "First paragraph, with bold and a link.\n\nSecond\nline two\n\none\n\ntwo"
        );
        assert_eq!(article.title.as_deref(), Some("Page title | Site"));
    }

    #[test]
    fn article_is_preferred_over_the_rest_of_the_page() {
        let page = r#"<body><p>Cookie notice</p><main><article><header><h1>Headline</h1>
            <p class="byline">By A. Writer</p></header><p>The story – told “well”, café 🎉.</p>
            </article></main><article><p>Short teaser</p></article></body>"#;
        assert_eq!(html_article(page).text, "The story – told “well”, café 🎉.");
        assert_eq!(html_article(page).title.as_deref(), Some("Headline"));
    }

    #[test]
    fn hidden_elements_and_tables() {
        let page = r#"<main><p hidden>secret</p><div aria-hidden="true">icon</div>
            <div role="navigation">menu</div><table><tr><th>Actor</th><th>Stance</th></tr>
            <tr><td>Russia</td><td>backs</td></tr></table><pre>  keep
   this</pre></main>"#;
        assert_eq!(
            html_article(page).text,
            "Actor\tStance\n\nRussia\tbacks\n\nkeep\n   this"
        );
    }

    #[test]
    fn metadata_from_open_graph_and_links() {
        let page = r#"<html><head><title>Fallback</title>
            <meta property="og:title" content="  US and Russia consider a deal ">
            <meta name="author" content="Jane Doe">
            <meta property="article:published_time" content="2016-07-12T10:00:00+03:00">
            <link rel="canonical" href="https://example.org/a">
            <meta property="og:url" content="https://example.org/og">
            <meta property="og:site_name" content="TRT World"></head>
            <body><p>Text.</p></body></html>"#;
        let article = html_article(page);
        assert_eq!(article.title.as_deref(), Some("US and Russia consider a deal"));
        assert_eq!(article.author.as_deref(), Some("Jane Doe"));
        assert_eq!(article.published.as_deref(), Some("2016-07-12"));
        assert_eq!(article.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(article.source.as_deref(), Some("TRT World"));
    }

    #[test]
    fn metadata_fallbacks() {
        let page = r#"<head><meta property="og:url" content="https://example.org/og"></head>
            <body><h1>Heading  one</h1><time datetime="2017-12-12">Dec 12</time><p>x</p></body>"#;
        let article = html_article(page);
        assert_eq!(article.title.as_deref(), Some("Heading one"));
        assert_eq!(article.published.as_deref(), Some("2017-12-12"));
        assert_eq!(article.url.as_deref(), Some("https://example.org/og"));
        assert_eq!(article.author, None);
        assert_eq!(article.source, None);
    }

    #[test]
    fn entities_decode_and_a_page_without_text_is_refused() {
        let page = "<p>Smith &amp; Jones &ndash; &#8220;quoted&#8221;&nbsp;x</p>";
        assert_eq!(html_article(page).text, "Smith & Jones – “quoted”\u{a0}x");
        let furniture = b"<html><body><nav>Home</nav><script>x()</script></body></html>";
        assert_eq!(read_html(furniture, "a.html"), Err(ImportError::NoText));
    }

    #[test]
    fn legacy_pages_decode_with_their_declared_charset() {
        let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>".to_vec();
        page.extend_from_slice(b"\xCF\xF3\xF2\xE8\xED"); // "Путин" in Windows-1251
        page.extend_from_slice(b"</p></body></html>");
        assert_eq!(read_html(&page, "ru.html").unwrap().text, "Путин");
        let latin = b"<meta charset='iso-8859-1'><p>caf\xE9</p>";
        assert_eq!(read_html(latin, "fr.html").unwrap().text, "café");
        assert_eq!(declared_charset(b"<p>no declaration</p>"), None);
    }

    #[test]
    fn hundred_thousand_nested_divs_keep_their_text() {
        // Quadratic in html5ever without the depth cap (35 s at this size).
        let depth = 100_000;
        let page = format!("{}deep text{}", "<div>".repeat(depth), "</div>".repeat(depth));
        assert_eq!(html_article(&page).text, "deep text");
    }

    #[test]
    fn deep_nesting_does_not_exhaust_the_stack() {
        let depth = 50_000;
        let page = format!("{}deep text{}", "<span>".repeat(depth), "</span>".repeat(depth));
        assert_eq!(html_article(&page).text, "deep text");
    }
}
