//! Splits raw text into sentences of tokens following UD English EWT's conventions:
//! clitics apart ("do n't", "Russia 's"), punctuation apart, hyphenated words apart
//! except after a short list of prefixes ("e-mail", "non-profit"), while abbreviations
//! ("U.S.", "Mr."), numbers ("1,000", "2.5", "9/11"), URLs and e-mail addresses stay whole.
//! Offsets are UTF-8 byte offsets into the text and always fall on char boundaries.
//! Pure functions of the text and an abbreviation list; never fails, never panics.

use std::collections::HashSet;

/// Longest sentence the parser sees; longer runs are cut so time stays linear.
pub const MAX_SENTENCE_TOKENS: usize = 150;

/// A token's byte span and how many line breaks separate it from the previous token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    /// Line breaks in the whitespace before this token, capped at 2 (2 = paragraph break).
    pub newlines_before: u8,
    /// Whitespace (or the start of the text) comes right before this token.
    pub space_before: bool,
}

/// Abbreviations seen in any reasonable English text, beyond those learned from the
/// treebank (the model adds those).
const BASE_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Gov", "Sen", "Rep", "Reps", "Lt", "Col",
    "Capt", "Sgt", "Maj", "Adm", "Cmdr", "Rev", "Hon", "Pres", "Inc", "Corp", "Co", "Ltd", "Bros", "vs", "etc", "e.g",
    "i.e", "cf", "al", "approx", "Dept", "Fig", "No", "Nos", "Vol", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    "a.m", "p.m", "U.S", "U.K", "U.N", "D.C", "Ave", "Blvd", "Rd", "Univ", "Messrs",
];

/// Abbreviations after which a capitalised word never starts a new sentence (titles,
/// "No. 5", months before a day).
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "gov", "sen", "rep", "reps", "lt", "col", "capt", "sgt", "maj",
    "adm", "cmdr", "rev", "hon", "pres", "no", "nos", "vs", "e.g", "i.e", "cf", "messrs", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Prefixes EWT keeps attached to the rest of a hyphenated word.
const HYPHEN_PREFIXES: &[&str] = &[
    "e", "non", "pre", "anti", "re", "mid", "post", "co", "pro", "multi", "ex", "sub", "semi", "neo", "cross", "vice",
    "un", "socio", "micro", "intra", "inter", "psycho", "counter",
];

/// The tokenizer: the rules above plus a set of known abbreviations (lower case, without
/// the final period).
#[derive(Clone, Debug)]
pub struct Tokenizer {
    /// As written, without the final period.
    abbreviations: HashSet<String>,
    /// The same, lower case: matched only by capitalised words ("ETC.", "Etc.").
    folded: HashSet<String>,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::with_abbreviations(BASE_ABBREVIATIONS.iter().copied())
    }
}

impl Tokenizer {
    /// The rules with `list` abbreviations (as they appear in text, final period
    /// optional). A lower-case word matches only a lower-case entry, so "sat." ends a
    /// sentence while "Sat." does not.
    pub fn with_abbreviations<'a>(list: impl IntoIterator<Item = &'a str>) -> Self {
        let mut t = Tokenizer {
            abbreviations: HashSet::new(),
            folded: HashSet::new(),
        };
        for a in BASE_ABBREVIATIONS.iter().copied().chain(list) {
            let a = a.trim_end_matches('.');
            if !a.is_empty() {
                t.folded.insert(a.to_lowercase());
                t.abbreviations.insert(a.to_string());
            }
        }
        t
    }

    /// Splits `text` into sentences, each a list of token spans.
    pub fn sentences(&self, text: &str) -> Vec<Vec<Piece>> {
        let pieces = self.tokens(text);
        split_sentences(text, &pieces, self)
    }

    /// Splits `text` into tokens, without sentence boundaries.
    pub fn tokens(&self, text: &str) -> Vec<Piece> {
        let mut out = Vec::with_capacity(text.len() / 5 + 1);
        // Buffers each chunk borrows, so that splitting a word allocates nothing.
        let mut scratch = Scratch::default();
        let mut newlines: u8 = 0;
        let mut chunk_start: Option<usize> = None;
        let mut prev_cr = false;
        for (i, c) in text.char_indices() {
            if is_separator(c) {
                if let Some(s) = chunk_start.take() {
                    self.split_chunk(text, s, i, newlines, &mut out, &mut scratch);
                    newlines = 0;
                }
                if c == '\n' || (c == '\r') || c == '\u{2028}' || c == '\u{2029}' {
                    // CRLF counts once.
                    if !(c == '\n' && prev_cr) {
                        newlines = newlines.saturating_add(1).min(2);
                    }
                }
                if c == '\u{2029}' {
                    newlines = 2;
                }
                prev_cr = c == '\r';
            } else {
                prev_cr = false;
                if chunk_start.is_none() {
                    chunk_start = Some(i);
                }
            }
        }
        if let Some(s) = chunk_start {
            self.split_chunk(text, s, text.len(), newlines, &mut out, &mut scratch);
        }
        out
    }

    fn is_abbreviation(&self, stem: &str) -> bool {
        if stem.is_empty() {
            return false;
        }
        let first = stem.chars().next();
        if self.abbreviations.contains(stem)
            || first.is_some_and(char::is_uppercase) && self.folded.contains(&stem.to_lowercase())
        {
            return true;
        }
        // A lone capital is an initial ("J. Smith").
        if stem.chars().count() == 1 {
            return first.is_some_and(|c| c.is_uppercase());
        }
        // Letters separated by periods: "U.S", "p.m", "D.C".
        let mut expect_letter = true;
        let mut dots = 0;
        for c in stem.chars() {
            if expect_letter {
                if !c.is_alphabetic() {
                    return false;
                }
            } else if c != '.' {
                return false;
            } else {
                dots += 1;
            }
            expect_letter = !expect_letter;
        }
        dots > 0 && !expect_letter
    }

    /// Splits one whitespace-free chunk `text[s..e]` into tokens.
    fn split_chunk(
        &self,
        text: &str,
        mut s: usize,
        mut e: usize,
        newlines: u8,
        out: &mut Vec<Piece>,
        scratch: &mut Scratch,
    ) {
        let first_index = out.len();
        // Leading openers, one char each.
        while s < e {
            let c = text[s..e].chars().next().unwrap_or(' ');
            let rest = &text[s + c.len_utf8()..e];
            let is_opener =
                matches!(
                    c,
                    '(' | '[' | '{' | '"' | '“' | '‘' | '«' | '`' | '$' | '£' | '€' | '¥' | '¿' | '¡'
                ) || ((c == '\'' || c == '’') && !rest.is_empty() && !starts_clitic(rest) && !is_decade(rest));
            if !is_opener || rest.is_empty() {
                break;
            }
            push(out, s, s + c.len_utf8());
            s += c.len_utf8();
        }
        // Trailing closers and punctuation, collected right to left.
        let trailing = &mut scratch.trailing;
        trailing.clear();
        while s < e {
            let c = text[s..e].chars().next_back().unwrap_or(' ');
            let cs = e - c.len_utf8();
            if c == '.' {
                let dots = text[s..e].bytes().rev().take_while(|&b| b == b'.').count();
                if dots >= 2 || cs == s {
                    trailing.push((e - dots, e));
                    e -= dots;
                    continue;
                }
                if self.is_abbreviation(&text[s..cs]) {
                    break;
                }
                trailing.push((cs, e));
                e = cs;
                continue;
            }
            let peel = matches!(
                c,
                '"' | '”' | '’' | '\'' | ')' | ']' | '}' | '»' | ',' | ';' | ':' | '!' | '?' | '%' | '…'
            );
            if !peel {
                break;
            }
            // A final apostrophe is a closing quote or the possessive of a plural
            // ("students '"); EWT splits both.
            let run_end = e;
            let mut run_start = cs;
            // Runs of the same mark ("!!!", "??") are one token.
            if matches!(c, '!' | '?') {
                while run_start > s && text[s..run_start].ends_with(['!', '?']) {
                    run_start -= 1;
                }
            } else if c == ',' {
                while run_start > s && text[s..run_start].ends_with(',') {
                    run_start -= 1;
                }
            }
            trailing.push((run_start, run_end));
            e = run_start;
        }
        if s < e {
            let core = &text[s..e];
            if is_url_or_email(core) {
                push(out, s, e);
            } else {
                let (stem_end, clitic) = clitic_split(core);
                self.split_inner(text, s, s + stem_end, out, &mut scratch.chars);
                if let Some(c_start) = clitic {
                    push(out, s + c_start, e);
                }
            }
        }
        for &(a, b) in scratch.trailing.iter().rev() {
            push(out, a, b);
        }
        if let Some(p) = out.get_mut(first_index) {
            p.newlines_before = newlines;
            p.space_before = true;
        }
    }

    /// Splits a core without leading/trailing punctuation at word-internal punctuation.
    fn split_inner(&self, text: &str, s: usize, e: usize, out: &mut Vec<Piece>, chars: &mut Vec<(usize, char)>) {
        if s >= e {
            return;
        }
        let core = &text[s..e];
        chars.clear();
        chars.extend(core.char_indices());
        let chars = &chars[..];
        let mut tok_start = 0usize; // byte offset within core
        let mut i = 0;
        while i < chars.len() {
            let (off, c) = chars[i];
            let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
            let next = chars.get(i + 1).map(|p| p.1);
            let word_char = is_word_char(c);
            if word_char {
                i += 1;
                continue;
            }
            let joins = match c {
                '.' => {
                    let word_so_far = &core[tok_start..off];
                    // "said.The": a missing space after a full stop, not one word.
                    let letters_before = word_so_far.rsplit('.').next().map_or(0, |w| w.chars().count());
                    let glued_sentence = letters_before > 1
                        && next.is_some_and(char::is_uppercase)
                        && chars.get(i + 2).is_some_and(|p| p.1.is_lowercase());
                    // "U.S.-led": an abbreviation keeps its final period before a hyphen.
                    let abbreviation_before_hyphen =
                        matches!(next, Some('-' | '–')) && self.is_abbreviation(word_so_far);
                    prev.is_some_and(is_word_char) && next.is_none_or(is_word_char) && !glued_sentence
                        || abbreviation_before_hyphen
                }
                ',' | ':' => prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()),
                '/' => prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()),
                '\'' | '’' if off == tok_start && next.is_some_and(|n| n.is_ascii_digit()) => true,
                '\'' | '’' | '&' => prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic),
                '_' => prev.is_some_and(is_word_char) && next.is_some_and(is_word_char),
                '@' | '#' => off == tok_start && next.is_some_and(is_word_char),
                '-' => {
                    let both_digits =
                        prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
                    let word_so_far = &core[tok_start..off];
                    both_digits
                        || (next.is_some_and(char::is_alphanumeric)
                            && HYPHEN_PREFIXES.iter().any(|p| word_so_far.eq_ignore_ascii_case(p)))
                }
                _ => false,
            };
            if joins {
                i += 1;
                continue;
            }
            // A separate token: close the word before it, then take a run of the same mark
            // (or of symbols such as emoji) as one token.
            if off > tok_start {
                push(out, s + tok_start, s + off);
            }
            let mut j = i + 1;
            if is_symbol(c) {
                while j < chars.len() && is_symbol(chars[j].1) {
                    j += 1;
                }
            } else {
                while j < chars.len() && chars[j].1 == c {
                    j += 1;
                }
            }
            let end_off = chars.get(j).map_or(core.len(), |p| p.0);
            push(out, s + off, s + end_off);
            tok_start = end_off;
            i = j;
        }
        if tok_start < core.len() {
            push(out, s + tok_start, e);
        }
    }
}

/// Buffers [`Tokenizer::tokens`] lends to each chunk.
#[derive(Default)]
struct Scratch {
    /// Trailing punctuation spans, right to left.
    trailing: Vec<(usize, usize)>,
    /// The characters of a core, with their offsets.
    chars: Vec<(usize, char)>,
}

fn push(out: &mut Vec<Piece>, start: usize, end: usize) {
    if start < end {
        out.push(Piece {
            start,
            end,
            newlines_before: 0,
            space_before: false,
        });
    }
}

/// Whitespace, control characters and invisible separators all separate tokens.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks (accents typed as separate code points) and joiners stay in words.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200C | 0x200D | 0xFE00..=0xFE0F)
}

/// Not a letter, digit or ASCII-style punctuation mark: emoji, arrows, maths.
fn is_symbol(c: char) -> bool {
    !is_word_char(c) && !c.is_ascii_punctuation() && !is_general_punctuation(c)
}

fn is_general_punctuation(c: char) -> bool {
    matches!(c as u32, 0x2010..=0x2027 | 0x2030..=0x205E | 0x3000..=0x303F | 0x00A1..=0x00BF)
        && !matches!(c, '°' | '©' | '®' | '±' | '¢' | '£' | '¥' | '§' | '¶')
}

fn starts_clitic(rest: &str) -> bool {
    ["s", "re", "ve", "ll", "d", "m", "t"]
        .iter()
        .any(|c| rest.eq_ignore_ascii_case(c))
}

fn is_decade(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 2 && b[0].is_ascii_digit() && b[1].is_ascii_digit()
}

fn is_url_or_email(core: &str) -> bool {
    let head = core.get(..8.min(core.len())).unwrap_or("").as_bytes();
    let starts = |prefix: &str| {
        head.get(..prefix.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    if starts("http") && core.contains("://") || starts("www.") || starts("mailto:") {
        return true;
    }
    if let Some(at) = core.find('@') {
        let (user, domain) = (&core[..at], &core[at + 1..]);
        return !user.is_empty()
            && domain.contains('.')
            && !domain.ends_with('.')
            && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    }
    false
}

/// Where a clitic starts in `core`, if it ends in one EWT splits off: n't, 's, 're, 've,
/// 'll, 'd, 'm (either apostrophe), and "cannot", "gonna", "wanna", "gotta".
/// Returns (end of the stem, start of the clitic).
fn clitic_split(core: &str) -> (usize, Option<usize>) {
    if ["cannot", "gonna", "wanna", "gotta"]
        .iter()
        .any(|w| core.eq_ignore_ascii_case(w))
    {
        return (3, Some(3));
    }
    // Each suffix with either apostrophe, in that order.
    for cand in [
        "n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
    ] {
        if core.len() > cand.len() {
            let start = core.len() - cand.len();
            if core.is_char_boundary(start) && core[start..].eq_ignore_ascii_case(cand) {
                return (start, Some(start));
            }
        }
    }
    (core.len(), None)
}

/// Groups tokens into sentences (see the module doc), cutting any run longer than
/// [`MAX_SENTENCE_TOKENS`].
pub fn split_sentences(text: &str, pieces: &[Piece], tokenizer: &Tokenizer) -> Vec<Vec<Piece>> {
    let mut out: Vec<Vec<Piece>> = Vec::new();
    let mut current: Vec<Piece> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let p = pieces[i];
        if !current.is_empty() && starts_new_sentence(text, pieces, i, tokenizer) {
            out.push(std::mem::take(&mut current));
        }
        current.push(p);
        if current.len() >= MAX_SENTENCE_TOKENS {
            out.push(std::mem::take(&mut current));
        }
        i += 1;
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Does token `i` start a new sentence, given the tokens before it?
fn starts_new_sentence(text: &str, pieces: &[Piece], i: usize, tokenizer: &Tokenizer) -> bool {
    let p = pieces[i];
    let word = &text[p.start..p.end];
    let first = word.chars().next().unwrap_or(' ');
    if p.newlines_before >= 2 {
        return true;
    }
    let prev = &text[pieces[i - 1].start..pieces[i - 1].end];
    let lower_start = first.is_lowercase();
    if p.newlines_before == 1 && !lower_start && !matches!(prev, "," | "-" | "and" | "or" | "of" | "the") {
        return true;
    }
    if lower_start || is_closer_at(text, pieces, i) {
        return false;
    }
    // A token glued to the one before ("1.07bn", ".5%", "U.S.-led") continues its
    // sentence, unless a capitalised word follows a full stop with no space ("said.The").
    if !p.space_before {
        return prev == "."
            && first.is_uppercase()
            && word.chars().skip(1).all(char::is_lowercase)
            && word.chars().count() > 1;
    }
    if continues_an_amount(text, pieces, i) {
        return false;
    }
    // Skip closers back to the mark that ends the sentence.
    let mut j = i - 1;
    while j > 0 && is_closer_at(text, pieces, j) {
        j -= 1;
    }
    let mark = &text[pieces[j].start..pieces[j].end];
    if mark.chars().all(|c| matches!(c, '.' | '!' | '?' | '…')) {
        return true;
    }
    // A kept abbreviation ends a sentence only when it cannot be a title ("Mr. Smith").
    if mark.len() > 1 && mark.ends_with('.') && j == i - 1 {
        let stem = mark.trim_end_matches('.').to_lowercase();
        let is_known = tokenizer.folded.contains(&stem);
        if is_known && NEVER_FINAL.contains(&stem.as_str()) {
            return false;
        }
        return matches!(stem.as_str(), "etc" | "inc" | "ltd" | "co" | "corp" | "jr" | "sr")
            && first.is_uppercase()
            && word.chars().nth(1) != Some('.');
    }
    false
}

/// Is token `i` the rest of an amount written with a stray space after its
/// decimal point ("$1. 5bn", "pounds 2. 4 billion", "up 3. 5%")?
fn continues_an_amount(text: &str, pieces: &[Piece], i: usize) -> bool {
    let piece = |k: usize| &text[pieces[k].start..pieces[k].end];
    let next = if i + 1 < pieces.len() { piece(i + 1) } else { "" };
    i >= 2 && piece(i - 1) == "." && !pieces[i - 1].space_before && is_split_decimal(piece(i - 2), piece(i), next)
}

/// Whether a full stop glued to `number` and followed by `rest` (then
/// `after`) is the decimal point of an amount written with a stray space
/// after it: "1" "." "5bn", "3" "." "5" "%", "2" "." "4" "billion". Both
/// sentence splitters (this one and the extractor's) ask it.
pub fn is_split_decimal(number: &str, rest: &str, after: &str) -> bool {
    let digits = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    let unit = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    digits(number)
        && unit.len() < rest.len()
        && (matches!(unit, "bn" | "m" | "tn" | "trn" | "k")
            || (unit.is_empty() && matches!(after, "%" | "bn" | "m" | "billion" | "million" | "trillion")))
}

/// Is token `i` a closing quote or bracket? A straight quote with space before it and a
/// word glued after it opens instead ("He said \"no\"").
fn is_closer_at(text: &str, pieces: &[Piece], i: usize) -> bool {
    let w = &text[pieces[i].start..pieces[i].end];
    match w {
        "”" | "’" | ")" | "]" | "}" | "»" => true,
        "\"" | "'" | "''" => !(pieces[i].space_before && pieces.get(i + 1).is_some_and(|n| !n.space_before)),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
