//! Long texts are read in parts, so extraction time grows linearly with length.
//!
//! The stages look back over everything found so far in a text (coreference of
//! issues and actors), which costs the square of its length: a 1 MB text took
//! 3.9 s and a 2 MB one 17 s. A news article is a few kilobytes; a text over
//! [`WHOLE_LIMIT`] is cut at paragraph breaks (else line breaks, sentence ends,
//! spaces) into parts of about [`PART_BYTES`], each read on its own, and the
//! parts' findings are joined: actors and issues of the same name become one,
//! spans are moved to the whole text's offsets. Mentions in different parts are
//! then linked only through their names, and the analyst is told.

use std::collections::HashMap;
use std::ops::Range;

use super::{Extraction, Mention};
use crate::model::Span;

/// Texts up to this many bytes are read whole (every news article seen so far
/// is under 6 kB).
pub const WHOLE_LIMIT: usize = 100_000;

/// The size parts of a longer text are cut to, give or take a paragraph.
pub const PART_BYTES: usize = 64_000;

/// The byte ranges a text is read in: one range for a text up to
/// [`WHOLE_LIMIT`], else consecutive parts covering the text.
pub fn parts(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > WHOLE_LIMIT.max(PART_BYTES) {
        let end = cut_after(text, start + PART_BYTES);
        out.push(start..end);
        start = end;
    }
    out.push(start..text.len());
    out
}

/// Where to end a part that should end near `at`: after the first paragraph
/// break within the next half part, else line break, sentence end or space,
/// else at the next character boundary.
fn cut_after(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    let window_end = {
        let mut e = (at + PART_BYTES / 2).min(text.len());
        while !text.is_char_boundary(e) {
            e += 1;
        }
        e
    };
    let window = &text[at..window_end];
    ["\n\n", "\n", ". ", " "]
        .iter()
        .find_map(|sep| window.find(sep).map(|i| at + i + sep.len()))
        .unwrap_or(at)
}

/// Joins the extractions of consecutive parts (each with its start offset).
pub fn join(parts: Vec<(usize, Extraction)>) -> Extraction {
    let mut out = Extraction::default();
    let mut actor_at: HashMap<String, usize> = HashMap::new();
    let mut issue_at: HashMap<String, usize> = HashMap::new();
    for (offset, part) in parts {
        let shift = |s: Span| Span::new(s.start + offset, s.end + offset);
        let moved = |mentions: Vec<Mention>| -> Vec<Mention> {
            mentions
                .into_iter()
                .map(|m| Mention {
                    span: shift(m.span),
                    text: m.text,
                })
                .collect()
        };
        for mut actor in part.actors {
            actor.mentions = moved(std::mem::take(&mut actor.mentions));
            join_named(&mut out.actors, &mut actor_at, actor, |a| &a.name, |a| &mut a.mentions);
        }
        for mut issue in part.issues {
            issue.mentions = moved(std::mem::take(&mut issue.mentions));
            join_named(&mut out.issues, &mut issue_at, issue, |i| &i.name, |i| &mut i.mentions);
        }
        for mut stance in part.stances {
            stance.evidence = shift(stance.evidence);
            stance.cue = shift(stance.cue);
            stance.holder_span = stance.holder_span.map(shift);
            stance.target_span = stance.target_span.map(shift);
            out.stances.push(stance);
        }
    }
    out
}

/// Adds `item` to `list`, or its mentions to the item of the same name already there
/// (`at`: name → index in `list`).
fn join_named<T>(
    list: &mut Vec<T>,
    at: &mut HashMap<String, usize>,
    mut item: T,
    name: impl Fn(&T) -> &String,
    mentions: impl Fn(&mut T) -> &mut Vec<Mention>,
) {
    match at.get(name(&item)) {
        Some(&i) => {
            let more = std::mem::take(mentions(&mut item));
            mentions(&mut list[i]).extend(more);
        }
        None => {
            at.insert(name(&item).clone(), list.len());
            list.push(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Extractor, RuleExtractor};

    #[test]
    fn a_long_text_is_read_in_parts_with_spans_in_the_whole_text() {
        let paragraph = "Russia backs the Assad regime, officials in Moscow said on Tuesday. \
                         France has repeatedly criticised the Russian plan.\n\n";
        let one = RuleExtractor::default().extract(paragraph);
        assert!(!one.stances.is_empty());
        let text = paragraph.repeat(2 * WHOLE_LIMIT / paragraph.len() + 1);
        let all = RuleExtractor::default().extract(&text);
        assert!(
            all.diagnostics.iter().any(|d| d.contains("read in")),
            "{:?}",
            all.diagnostics
        );
        // Found in every part, at the whole text's offsets.
        assert!(all.stances.iter().any(|s| s.evidence.start > text.len() - WHOLE_LIMIT));
        for s in &all.stances {
            let evidence = &text[s.evidence.start..s.evidence.end];
            assert!(one
                .stances
                .iter()
                .any(|o| &paragraph[o.evidence.start..o.evidence.end] == evidence));
            let cue = &text[s.cue.start..s.cue.end];
            assert!(evidence.contains(cue));
        }
        // One actor per name, every mention where its text is.
        let mut names: Vec<&str> = all.actors.iter().map(|a| a.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), all.actors.len());
        for actor in &all.actors {
            for m in &actor.mentions {
                assert_eq!(&text[m.span.start..m.span.end], m.text);
            }
        }
    }

    #[test]
    fn short_texts_are_one_part_and_long_ones_are_cut_at_paragraphs() {
        assert_eq!(parts("Russia backs Assad."), vec![0..19]);
        let paragraph = "Russia backs the Assad regime, officials said on Tuesday.\n\n";
        let text = paragraph.repeat(WHOLE_LIMIT / paragraph.len() * 5);
        let ranges = parts(&text);
        assert!(ranges.len() >= 5, "{} parts", ranges.len());
        assert_eq!(ranges.first().map(|r| r.start), Some(0));
        assert_eq!(ranges.last().map(|r| r.end), Some(text.len()));
        for pair in ranges.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
            assert!(text[..pair[0].end].ends_with("\n\n"));
        }
        for r in &ranges {
            assert!(r.len() <= WHOLE_LIMIT.max(PART_BYTES + PART_BYTES / 2 + paragraph.len()));
        }
    }

    #[test]
    fn text_without_breaks_is_cut_at_character_boundaries() {
        let text = "é".repeat(WHOLE_LIMIT);
        let ranges = parts(&text);
        assert!(ranges.len() > 1);
        assert!(ranges
            .iter()
            .all(|r| text.is_char_boundary(r.start) && text.is_char_boundary(r.end)));
        assert_eq!(ranges.last().map(|r| r.end), Some(text.len()));
    }
}
