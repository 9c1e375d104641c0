//! Plain text and Markdown files.
//!
//! Both are kept exactly as decoded: Markdown markup stays in the text,
//! because rendering it would move offsets and drop characters the analyst
//! may quote. A Markdown file that opens with a `# heading` lends it as the
//! title. Plain text has no title: a first line may be a headline or a
//! sentence, and guessing wrong would mislabel the article.

use super::decode::decode_text;
use super::{Document, Format, ImportError};

/// The one document of a `.txt` or `.md` file.
pub fn read_text(bytes: &[u8], format: Format, origin_name: &str) -> Result<Document, ImportError> {
    let text = decode_text(bytes)?;
    let title = match format {
        Format::Markdown => markdown_title(&text),
        _ => None,
    };
    Ok(Document {
        text,
        title,
        source: None,
        url: None,
        author: None,
        published: None,
        external_id: None,
        format,
        origin_name: origin_name.to_string(),
    })
}

/// The text of a first-line `# heading` ("# Title #" closing hashes dropped).
fn markdown_title(text: &str) -> Option<String> {
    let first_line = text.lines().find(|line| !line.trim().is_empty())?;
    let heading = first_line.trim().strip_prefix("# ")?;
    let title = heading.trim().trim_end_matches('#').trim();
    (!title.is_empty()).then(|| title.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_heading_becomes_the_title_and_stays_in_the_text() {
        let source = "\n# US and Russia – a deal? #\n\nThe *Pentagon* is uneasy.\n";
        let document = read_text(source.as_bytes(), Format::Markdown, "a.md").unwrap();
        assert_eq!(document.title.as_deref(), Some("US and Russia – a deal?"));
        assert_eq!(document.text, source);
        assert_eq!(document.format, Format::Markdown);
        assert_eq!(document.origin_name, "a.md");
    }

    #[test]
    fn markdown_without_a_top_heading_has_no_title() {
        let second_level = read_text(b"## Section\ntext", Format::Markdown, "a.md").unwrap();
        assert_eq!(second_level.title, None);
        let hashtag = read_text(b"#hashtag text", Format::Markdown, "a.md").unwrap();
        assert_eq!(hashtag.title, None);
    }

    #[test]
    fn plain_text_keeps_every_character_and_has_no_title() {
        let source = "# not a title in .txt\r\n“Curly” – Ünïcödé 🎉  \r\n";
        let document = read_text(source.as_bytes(), Format::Text, "a.txt").unwrap();
        assert_eq!(document.title, None);
        assert_eq!(document.text, "# not a title in .txt\n“Curly” – Ünïcödé 🎉  \n");
    }
}
