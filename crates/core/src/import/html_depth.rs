//! A depth cap for HTML, so parsing cost stays linear in the file's size.
//!
//! html5ever follows the HTML standard, which searches the stack of open
//! elements on many start tags ("is there a `<p>` in button scope?"); with
//! the stack N deep that is O(N) per tag and O(N²) per page: 100,000 nested
//! `<div>`s took 35 s for a 1.1 MB file. Browsers cap the tree's depth for
//! the same reason (Blink at 512). Before parsing, [`cap_depth`] scans the
//! markup once and drops the start and end tags of elements that would open
//! deeper than [`MAX_DEPTH`]; their text stays, read as part of the
//! element at the cap. No real article nests that deep, so real pages pass
//! through untouched.
//!
//! The scan is a tokenizer, not a parser: it skips comments, doctypes and
//! the contents of raw-text elements (`<script>`, `<style>`, …), honours
//! quoted attribute values, and does not count void elements or elements
//! whose end tag is optional (`<p>`, `<li>`, `<td>`, …), which close
//! themselves rather than nest. Misnesting can make its depth differ from
//! the parser's; the only effect is where the cap starts to apply.

use std::borrow::Cow;

/// Elements nested deeper than this lose their tags (not their text).
pub(crate) const MAX_DEPTH: usize = 512;

/// `html` with the tags of elements deeper than `max_depth` removed;
/// borrowed unchanged when nothing is that deep.
pub(crate) fn cap_depth(html: &str, max_depth: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut at = 0usize;
    while let Some(offset) = memchr(b'<', &bytes[at..]) {
        let start = at + offset;
        let rest = &bytes[start..];
        if rest.starts_with(b"<!--") {
            at = find(bytes, start + 4, b"-->").map_or(bytes.len(), |end| end + 3);
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            at = memchr(b'>', &bytes[start..]).map_or(bytes.len(), |end| start + end + 1);
        } else if rest.len() > 2 && rest[1] == b'/' && rest[2].is_ascii_alphabetic() {
            let name = tag_name(&rest[2..]);
            let end = memchr(b'>', &bytes[start..]).map_or(bytes.len(), |end| start + end + 1);
            if nests(name) {
                if depth > max_depth {
                    dropped.push((start, end));
                }
                depth = depth.saturating_sub(1);
            }
            at = end;
        } else if rest.len() > 1 && rest[1].is_ascii_alphabetic() {
            let name = tag_name(&rest[1..]);
            let end = start_tag_end(bytes, start + 1 + name.len());
            let self_closing = end >= 2 && bytes[end - 2] == b'/';
            at = end;
            if let Some(raw) = raw_text_element(name) {
                // Its contents are text, not markup: jump to its end tag.
                at = find_end_tag(bytes, end, raw).unwrap_or(bytes.len());
            } else if nests(name) && !self_closing {
                depth += 1;
                if depth > max_depth {
                    dropped.push((start, end));
                }
            }
        } else {
            at = start + 1;
        }
    }
    if dropped.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut capped = String::with_capacity(html.len());
    let mut kept_from = 0;
    for (start, end) in dropped {
        capped.push_str(&html[kept_from..start]);
        kept_from = end;
    }
    capped.push_str(&html[kept_from..]);
    Cow::Owned(capped)
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&byte| byte == needle)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|offset| from + offset)
}

/// The tag name at the start of `bytes` (ASCII letters, digits, `-`, `:`).
fn tag_name(bytes: &[u8]) -> &[u8] {
    let len = bytes
        .iter()
        .position(|byte| !(byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b':' | b'_')))
        .unwrap_or(bytes.len());
    &bytes[..len]
}

/// Just past the `>` that ends a start tag, skipping quoted attribute values.
fn start_tag_end(bytes: &[u8], mut at: usize) -> usize {
    let mut quote: Option<u8> = None;
    let mut after_equals = false;
    while at < bytes.len() {
        let byte = bytes[at];
        match quote {
            Some(open) if byte == open => quote = None,
            Some(_) => {}
            None if byte == b'>' => return at + 1,
            None if (byte == b'"' || byte == b'\'') && after_equals => quote = Some(byte),
            None => {}
        }
        if quote.is_none() && !byte.is_ascii_whitespace() {
            after_equals = byte == b'=';
        }
        at += 1;
    }
    bytes.len()
}

/// Elements whose contents the tokenizer reads as text up to their end tag.
fn raw_text_element(name: &[u8]) -> Option<&'static [u8]> {
    const RAW: [&[u8]; 9] = [
        b"script",
        b"style",
        b"textarea",
        b"title",
        b"xmp",
        b"iframe",
        b"noembed",
        b"noframes",
        b"noscript",
    ];
    RAW.into_iter().find(|raw| raw.eq_ignore_ascii_case(name))
}

/// Where `</name` starts (case-insensitive), from `from` on.
fn find_end_tag(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    while let Some(offset) = find(bytes, at, b"</") {
        let candidate = &bytes[offset + 2..];
        if candidate.len() >= name.len() && candidate[..name.len()].eq_ignore_ascii_case(name) {
            return Some(offset);
        }
        at = offset + 2;
    }
    None
}

/// Whether an element adds a level: not void, not self-closing by an
/// optional end tag, not `<html>`/`<head>`/`<body>` (there is one of each).
fn nests(name: &[u8]) -> bool {
    const FLAT: [&[u8]; 37] = [
        b"area",
        b"base",
        b"br",
        b"col",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"link",
        b"meta",
        b"param",
        b"source",
        b"track",
        b"wbr",
        b"keygen",
        b"frame",
        b"basefont",
        b"bgsound",
        b"p",
        b"li",
        b"dt",
        b"dd",
        b"option",
        b"optgroup",
        b"tr",
        b"td",
        b"th",
        b"tbody",
        b"thead",
        b"tfoot",
        b"rb",
        b"rt",
        b"rp",
        b"rtc",
        b"colgroup",
        b"caption",
        b"html",
    ];
    !(FLAT.iter().any(|flat| flat.eq_ignore_ascii_case(name))
        || name.eq_ignore_ascii_case(b"head")
        || name.eq_ignore_ascii_case(b"body"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_pages_pass_through_unchanged() {
        let page = r#"<html><body><div class="a>b"><p>one<p>two<ul><li>x<li>y</ul><br>
            <script>if (a < b) { document.write("<div><div>") }</script><!-- <div> -->
            <img src="x"><svg/><textarea><div></textarea></div></body></html>"#;
        assert!(matches!(cap_depth(page, 3), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_past_the_cap_go_and_their_text_stays() {
        let page = "<div><div><div><div>deep</div></div> mid</div> top</div>";
        assert_eq!(cap_depth(page, 2), "<div><div>deep mid</div> top</div>");
        let nested = format!("{}x{}", "<span>".repeat(100), "</span>".repeat(100));
        let capped = cap_depth(&nested, 10);
        assert_eq!(capped, format!("{}x{}", "<span>".repeat(10), "</span>".repeat(10)));
    }

    #[test]
    fn script_contents_are_never_tags() {
        let page = "<div><div><script><div><div><div></script>text</div></div>";
        assert!(matches!(cap_depth(page, 2), Cow::Borrowed(_)));
    }
}
