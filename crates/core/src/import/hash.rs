//! The dedup key: the same article text twice is one article.
//!
//! [`content_hash`] is the lowercase hex SHA-256 of the text after
//! normalisation: Unicode NFC (so "é" typed as one code point or as "e" plus
//! a combining accent is the same), every run of whitespace (spaces, tabs,
//! newlines, no-break spaces; anything `char::is_whitespace`) collapsed to one
//! space, and the ends trimmed. Two files whose text differs only in line
//! wrapping, indentation or trailing newlines therefore hash alike; any
//! difference in words, punctuation or letter case does not. The normalised
//! text is only hashed, never stored: stored text stays as read.

use sha2::{Digest, Sha256};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// SHA-256 (lowercase hex, 64 characters) of the normalised text; see the module docs.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(normalise_for_hash(text).as_bytes());
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

fn normalise_for_hash(text: &str) -> String {
    // Most text is already NFC; the quick check spares composing it again.
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        collapse_whitespace(text.chars(), text.len())
    } else {
        collapse_whitespace(text.nfc(), text.len())
    }
}

fn collapse_whitespace(chars: impl Iterator<Item = char>, capacity: usize) -> String {
    let mut normalised = String::with_capacity(capacity);
    let mut pending_space = false;
    for c in chars {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space && !normalised.is_empty() {
            normalised.push(' ');
        }
        pending_space = false;
        normalised.push(c);
    }
    normalised
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_sha256_hex_of_the_normalised_text() {
        // sha256("a b") is well known; the input normalises to exactly "a b".
        assert_eq!(
            content_hash("  a \n\t b\n"),
            "c8687a08aa5d6ed2044328fa6a697ab8e96dc34291e8c2034ae8c38e6fcc6d65"
        );
    }

    #[test]
    fn whitespace_and_composition_do_not_matter() {
        let wrapped = "The Pentagon is uneasy\nwith the deal.\n";
        let flowed = "The Pentagon is uneasy with the deal.";
        assert_eq!(content_hash(wrapped), content_hash(flowed));
        assert_eq!(content_hash("caf\u{e9}"), content_hash("cafe\u{301}"));
        assert_eq!(content_hash("a\u{a0}b"), content_hash("a b"));
    }

    #[test]
    fn words_punctuation_and_case_do_matter() {
        let base = content_hash("Russia backs the regime.");
        assert_ne!(base, content_hash("Russia backs the regime!"));
        assert_ne!(base, content_hash("russia backs the regime."));
        assert_ne!(base, content_hash("Russia backsthe regime."));
        assert_eq!(base.len(), 64);
    }
}
