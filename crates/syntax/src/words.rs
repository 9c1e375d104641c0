//! Word normalisation shared by the tagger, lemmatiser and parser: lower case, straight
//! quotes, digits folded, and the hashed views (prefixes, suffixes, shape) features use.

use crate::hash;

/// Lower case with typographic quotes made straight ("Don’t" → "don't").
pub fn norm(form: &str) -> String {
    let mut s = String::with_capacity(form.len());
    norm_into(form, &mut s);
    s
}

/// [`norm`] of `form`, appended to `s`.
pub fn norm_into(form: &str, s: &mut String) {
    norm_each(form, |c| s.push(c));
}

/// [`hash::text`] of [`norm`] of `form`, without making the string: the
/// extractor asks the tag dictionary about some 900,000 words a megabyte.
pub fn norm_hash(form: &str) -> u64 {
    let mut h = hash::TextHash::default();
    norm_each(form, |c| h.push(c));
    h.finish()
}

/// The characters of [`norm`] of `form`, one by one, to `out`.
#[inline(always)]
fn norm_each(form: &str, mut out: impl FnMut(char)) {
    for c in form.chars() {
        match c {
            '’' | '‘' | '`' | '´' => out('\''),
            '“' | '”' | '„' => out('"'),
            '–' | '—' => out('-'),
            c if c.is_ascii() => out(c.to_ascii_lowercase()),
            c => c.to_lowercase().for_each(&mut out),
        }
    }
}

/// Hashed views of one token, computed once per token.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordInfo {
    /// The normalised word with digits folded to 0.
    pub lower: u64,
    /// The form as written (case kept).
    pub raw: u64,
    pub prefix: [u64; 3],
    pub suffix: [u64; 4],
    pub shape: u64,
    /// Tags the word had in training (bit per UPOS), 0 when unseen.
    pub ambiguity: u32,
}

pub const SENTINEL_BEFORE: u64 = 0xB0F0_B0F0;
pub const SENTINEL_AFTER: u64 = 0xE0F0_E0F0;

impl WordInfo {
    pub fn new(form: &str, normed: &str) -> WordInfo {
        let folded: std::borrow::Cow<str> = if normed.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            normed
                .chars()
                .map(|c| if c.is_ascii_digit() { '0' } else { c })
                .collect::<String>()
                .into()
        } else {
            normed.into()
        };
        // Byte ends of the first three chars and starts of the last four (a short word
        // repeats its whole self).
        let mut prefix = [0u64; 3];
        let mut suffix = [0u64; 4];
        let mut ends = folded.char_indices().map(|(i, c)| i + c.len_utf8());
        let mut last_end = folded.len();
        for p in prefix.iter_mut() {
            last_end = ends.next().unwrap_or(last_end);
            *p = hash::text(&folded[..last_end]);
        }
        let mut starts = folded.char_indices().rev().map(|(i, _)| i);
        let mut last_start = 0;
        for x in suffix.iter_mut() {
            last_start = starts.next().unwrap_or(last_start);
            *x = hash::text(&folded[last_start..]);
        }
        WordInfo {
            lower: hash::text(&folded),
            raw: hash::text(form),
            prefix,
            suffix,
            shape: shape_hash(form),
            ambiguity: 0,
        }
    }
}

/// "McDonald's" → "XxXxx'x": case and digit classes, runs longer than two cut to two.
#[cfg(test)]
pub fn shape(form: &str) -> String {
    let mut out = String::new();
    shape_chars(form, |k| out.push(k));
    out
}

/// [`hash::text`] of [`shape`], without making the string (once per token).
fn shape_hash(form: &str) -> u64 {
    let mut h = hash::TextHash::default();
    shape_chars(form, |k| h.push(k));
    h.finish()
}

/// The chars of [`shape`], in order.
fn shape_chars(form: &str, mut emit: impl FnMut(char)) {
    let mut last = '\0';
    let mut run = 0;
    for c in form.chars().take(40) {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if k == last {
            run += 1;
        } else {
            run = 1;
            last = k;
        }
        if run <= 2 {
            emit(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shape_is_hashed_as_the_string_it_makes() {
        assert_eq!(shape("McDonald's"), "XxXxx'x");
        assert_eq!(shape("1,000,000"), "d,dd,dd");
        for form in [
            "McDonald's",
            "",
            "Zürich",
            "ÉTÉ",
            "1,000,000",
            "“Quote”",
            "e-mail",
            "🙂🙂🙂",
        ] {
            assert_eq!(shape_hash(form), hash::text(&shape(form)), "{form:?}");
        }
    }

    #[test]
    fn norm_into_appends_what_norm_makes() {
        let mut s = String::from("x");
        norm_into("Don’t", &mut s);
        assert_eq!(s, format!("x{}", norm("Don’t")));
        assert_eq!(norm("Don’t"), "don't");
    }

    #[test]
    fn norm_hash_is_the_hash_of_norm() {
        for form in ["Don’t", "SANCTIONS", "Straße", "İstanbul", "“Quoted”", "9/11", ""] {
            assert_eq!(norm_hash(form), hash::text(&norm(form)), "{form}");
        }
    }
}
