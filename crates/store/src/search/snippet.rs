//! Search snippets computed here rather than by FTS5's `snippet()`: the
//! text is tokenised once up to the first match (linear, no scoring of
//! every window of a 10 MB article), the snippet is a short window around
//! that match, and highlights are byte offsets, never marker characters
//! that the text itself might contain.
//!
//! Tokens follow FTS5's `unicode61 remove_diacritics 2` closely enough to
//! find what FTS5 matched: runs of letters, digits and combining marks,
//! compared case-folded and with diacritics removed.

use standpoint_core::model::Span;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::Snippet;

/// Bytes of context kept before and after the first match.
const BEFORE: usize = 100;
const AFTER: usize = 160;
const ELLIPSIS: &str = "…";

/// One word of the query: its folded tokens, which must follow each other;
/// a `prefix` phrase's last token need only start with its last token.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Phrase {
    tokens: Vec<String>,
    prefix: bool,
}

impl Phrase {
    /// `None` for a word with no letters or digits.
    pub(crate) fn new(word: &str, prefix: bool) -> Option<Phrase> {
        let tokens: Vec<String> = token_spans(word)
            .map(|span| fold(&word[span.start..span.end]))
            .collect();
        (!tokens.is_empty()).then_some(Phrase { tokens, prefix })
    }

    pub(crate) fn token_count(&self) -> usize {
        self.tokens.len()
    }

    /// Does the phrase end at the last of `recent` (folded tokens, oldest first)?
    fn ends_at(&self, recent: &[String]) -> bool {
        let n = self.tokens.len();
        if recent.len() < n {
            return false;
        }
        let tail = &recent[recent.len() - n..];
        self.tokens.iter().zip(tail).enumerate().all(|(i, (want, got))| {
            if self.prefix && i + 1 == n {
                got.starts_with(want.as_str())
            } else {
                got == want
            }
        })
    }
}

fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Byte spans of the tokens of `text`, in order.
fn token_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|(_, c)| is_token_char(*c))?;
        let mut end = text.len();
        while let Some(&(at, c)) = chars.peek() {
            if !is_token_char(c) {
                end = at;
                break;
            }
            chars.next();
        }
        Some(Span::new(start, end))
    })
}

/// Lower case without diacritics ("Müller" → "muller").
fn fold(token: &str) -> String {
    if token.is_ascii() {
        return token.to_ascii_lowercase();
    }
    token
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Byte spans of the phrase matches in `text`, in order, at most `limit`.
fn find_matches(text: &str, phrases: &[Phrase], limit: usize) -> Vec<Span> {
    let longest = phrases.iter().map(Phrase::token_count).max().unwrap_or(0);
    let mut found = Vec::new();
    if longest == 0 || limit == 0 {
        return found;
    }
    // The last `longest` tokens: their folded text and their spans.
    let mut recent: Vec<String> = Vec::with_capacity(longest + 1);
    let mut spans: Vec<Span> = Vec::with_capacity(longest + 1);
    for span in token_spans(text) {
        if recent.len() == longest {
            recent.remove(0);
            spans.remove(0);
        }
        recent.push(fold(&text[span.start..span.end]));
        spans.push(span);
        let hit = phrases
            .iter()
            .filter(|phrase| phrase.ends_at(&recent))
            .map(Phrase::token_count)
            .max();
        if let Some(n) = hit {
            let first = spans[spans.len() - n];
            // Overlapping matches merge into one highlight.
            match found.last_mut() {
                Some(last) if last.end > first.start => last.end = span.end,
                _ => found.push(Span::new(first.start, span.end)),
            }
            if found.len() >= limit {
                break;
            }
        }
    }
    found
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// A window of `text` around `focus`, cut at spaces where the window has one.
fn window(text: &str, focus: Span) -> (usize, usize) {
    let mut start = floor_boundary(text, focus.start.saturating_sub(BEFORE));
    let mut end = ceil_boundary(text, focus.end.saturating_add(AFTER).max(focus.start + AFTER));
    if start > 0 {
        if let Some(space) = text[start..focus.start].find(char::is_whitespace) {
            start += space;
            start += text[start..].chars().next().map_or(0, char::len_utf8);
        }
    }
    if end < text.len() {
        if let Some(space) = text[focus.end.min(end)..end].rfind(char::is_whitespace) {
            end = focus.end.min(end) + space;
        }
    }
    (start, end)
}

/// The snippet of `text` around its first match, or `None` without a match.
pub(crate) fn around_first_match(text: &str, phrases: &[Phrase]) -> Option<Snippet> {
    let first = *find_matches(text, phrases, 1).first()?;
    let (start, end) = window(text, first);
    let shown = &text[start..end];
    let mut snippet = String::with_capacity(shown.len() + 2 * ELLIPSIS.len());
    if start > 0 {
        snippet.push_str(ELLIPSIS);
    }
    let shift = snippet.len();
    snippet.push_str(shown);
    if end < text.len() {
        snippet.push_str(ELLIPSIS);
    }
    let highlights = find_matches(shown, phrases, usize::MAX)
        .into_iter()
        .map(|span| Span::new(span.start + shift, span.end + shift))
        .collect();
    Some(Snippet {
        text: snippet,
        highlights,
    })
}

/// The opening of `text`, for an article whose match is in a field not shown.
pub(crate) fn opening(text: &str) -> Snippet {
    let (start, end) = window(text, Span::new(0, 0));
    let mut snippet = text[start..end].to_owned();
    if end < text.len() {
        snippet.push_str(ELLIPSIS);
    }
    Snippet {
        text: snippet,
        highlights: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(words: &[&str]) -> Vec<Phrase> {
        words
            .iter()
            .filter_map(|w| match w.strip_suffix('*') {
                Some(stem) => Phrase::new(stem, true),
                None => Phrase::new(w, false),
            })
            .collect()
    }

    fn marked(snippet: &Snippet) -> Vec<&str> {
        snippet
            .highlights
            .iter()
            .map(|span| span.slice(&snippet.text).expect("on char boundaries"))
            .collect()
    }

    #[test]
    fn matches_fold_case_and_diacritics_and_honour_prefixes_and_phrases() {
        let text = "José MÜLLER met the Pentagon's chief; pentagons and müller again.";
        let found = around_first_match(text, &phrases(&["muller", "pent*"])).expect("match");
        assert_eq!(marked(&found), ["MÜLLER", "Pentagon", "pentagons", "müller"]);
        let found = around_first_match(text, &phrases(&["Pentagon's"])).expect("phrase");
        assert_eq!(marked(&found), ["Pentagon's"]);
        assert!(around_first_match(text, &phrases(&["zebra"])).is_none());
    }

    #[test]
    fn control_characters_in_the_text_do_not_move_highlights() {
        let text = "alpha \u{2}beta\u{3} gamma Russia \u{3}delta";
        let found = around_first_match(text, &phrases(&["russia"])).expect("match");
        assert_eq!(found.text, text);
        assert_eq!(marked(&found), ["Russia"]);
    }

    #[test]
    fn the_window_is_short_and_centred_on_the_first_match_in_a_long_text() {
        let filler = "lorem ipsum dolor sit amet ünïcödé ".repeat(20_000);
        let text = format!("{filler}the Kremlin said {filler}Kremlin");
        let found = around_first_match(&text, &phrases(&["kremlin"])).expect("match");
        assert!(
            found.text.len() <= BEFORE + AFTER + 2 * ELLIPSIS.len() + 16,
            "{}",
            found.text.len()
        );
        assert!(found.text.starts_with(ELLIPSIS) && found.text.ends_with(ELLIPSIS));
        assert_eq!(marked(&found), ["Kremlin"]);
        assert!(found.text.contains("the Kremlin said lorem"), "{}", found.text);
    }

    #[test]
    fn a_text_without_spaces_is_cut_on_char_boundaries() {
        let text = "ü-".repeat(500) + "Syria" + &"-é".repeat(500);
        let found = around_first_match(&text, &phrases(&["syria"])).expect("match");
        assert_eq!(marked(&found), ["Syria"]);
        let opening = opening(&text);
        assert!(opening.text.len() < 300 && opening.highlights.is_empty());
    }
}
