//! DNA stores statement positions as Java `String` indexes: UTF-16 code
//! units into the document text. Standpoint stores UTF-8 byte offsets into
//! text whose line endings were normalised to `\n`. This module does both
//! conversions at once, so a span lands on the same characters.

/// Where each UTF-16 index of a DNA document lands in its normalised text.
pub(crate) struct OffsetMap {
    /// `byte_at[i]` is the byte offset in the normalised text of UTF-16
    /// index `i` of the original; one entry more than the original's
    /// length, for end offsets.
    byte_at: Vec<usize>,
}

/// Normalises `\r\n` and lone `\r` to `\n` (as file import does) and
/// records where every UTF-16 index of `original` went.
pub(crate) fn normalise(original: &str) -> (String, OffsetMap) {
    let mut text = String::with_capacity(original.len());
    let mut byte_at = Vec::with_capacity(original.len() + 1);
    let mut chars = original.chars().peekable();
    while let Some(ch) = chars.next() {
        let here = text.len();
        match ch {
            // The `\r` of `\r\n` disappears: it lands where the `\n` does.
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => text.push('\n'),
            _ => text.push(ch),
        }
        // A character outside the BMP is two UTF-16 units; an index
        // between them (which DNA should never store) rounds down to the character.
        for _ in 0..ch.len_utf16() {
            byte_at.push(here);
        }
    }
    byte_at.push(text.len());
    (text, OffsetMap { byte_at })
}

impl OffsetMap {
    /// The number of UTF-16 units of the original text.
    pub fn utf16_len(&self) -> usize {
        self.byte_at.len() - 1
    }

    /// The byte offset of UTF-16 index `index`, or `None` past the end.
    pub fn byte_offset(&self, index: usize) -> Option<usize> {
        self.byte_at.get(index).copied()
    }
}
