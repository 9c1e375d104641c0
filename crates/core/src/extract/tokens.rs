//! Splits text into word and punctuation tokens with UTF-8 byte offsets.
//!
//! Words keep internal hyphens, apostrophes and dots ("al-Assad", "U.S.",
//! "H.R."), a possessive "'s" is its own token, and every other non-space
//! character is a one-character punctuation token. It never changes the text
//! and knows nothing of sentences or meaning.

/// One token: a half-open byte range into the text it was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub is_word: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_joiner(c: char) -> bool {
    c == '-' || c == '.' || c == '&' || is_apostrophe(c)
}

/// Tokenizes the whole of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_from(text, 0, text.len())
}

/// Tokenizes `text[start..end]`, giving offsets into `text`.
pub fn tokenize_from(text: &str, start: usize, end: usize) -> Vec<Token> {
    let slice = &text[start..end];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (offset, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() && c != '@' && c != '#' {
            // A possessive "'s" or "’s" is a token of its own.
            if is_apostrophe(c)
                && chars.get(i + 1).is_some_and(|&(_, n)| n == 's')
                && !chars.get(i + 2).is_some_and(|&(_, n)| n.is_alphanumeric())
                && i > 0
                && chars[i - 1].1.is_alphanumeric()
            {
                let end_offset = chars.get(i + 2).map_or(slice.len(), |&(o, _)| o);
                tokens.push(Token {
                    start: start + offset,
                    end: start + end_offset,
                    is_word: true,
                });
                i += 2;
                continue;
            }
            let end_offset = chars.get(i + 1).map_or(slice.len(), |&(o, _)| o);
            tokens.push(Token {
                start: start + offset,
                end: start + end_offset,
                is_word: false,
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            match chars.get(j) {
                Some(&(_, n)) if n.is_alphanumeric() => j += 1,
                // "1,000", "$2,500,000": a thousands separator between digits.
                Some(&(_, ',')) if is_thousands_separator(&chars, j) => j += 1,
                Some(&(_, n)) if is_joiner(n) => {
                    let next_is_alnum = chars.get(j + 1).is_some_and(|&(_, m)| m.is_alphanumeric());
                    // "Iran's": the possessive is split off below, not joined.
                    let possessive = is_apostrophe(n)
                        && chars.get(j + 1).is_some_and(|&(_, m)| m == 's')
                        && !chars.get(j + 2).is_some_and(|&(_, m)| m.is_alphanumeric());
                    // "said.The": a full stop before a capitalised word joins
                    // only single letters ("U.S", "H.R"), not sentences.
                    let glued_stop = n == '.'
                        && chars.get(j + 1).is_some_and(|&(_, m)| m.is_uppercase())
                        && chars[i..j].iter().rev().take_while(|&&(_, c)| c != '.').count() > 1;
                    if next_is_alnum && !possessive && !glued_stop {
                        j += 1;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        // An abbreviation with inner dots keeps its final dot ("U.S.", "H.R.").
        if chars.get(j).is_some_and(|&(_, n)| n == '.') && is_dotted_abbreviation(&chars[i..j]) {
            j += 1;
        }
        let end_offset = chars.get(j).map_or(slice.len(), |&(o, _)| o);
        tokens.push(Token {
            start: start + offset,
            end: start + end_offset,
            is_word: true,
        });
        i = j;
    }
    tokens
}

/// Whether the comma at `j` separates thousands: a digit before it and
/// exactly three digits after it ("1,000", not "1,2,3" or "2004,2005").
fn is_thousands_separator(chars: &[(usize, char)], j: usize) -> bool {
    let digit = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit());
    j > 0 && digit(j - 1) && digit(j + 1) && digit(j + 2) && digit(j + 3) && !digit(j + 4)
}

/// "U.S", "H.R", "a.m": single letters joined by dots. Read off the word's
/// characters, not a string made of them (one allocation a word, for the few
/// words a dot follows).
fn is_dotted_abbreviation(word: &[(usize, char)]) -> bool {
    word.iter().any(|&(_, c)| c == '.') && word.split(|&(_, c)| c == '.').all(|part| part.len() == 1)
}

/// Whether a word starts with an upper-case letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is written all in capitals, two letters or more ("UPS", "NAFTA").
pub fn all_capitals(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether `word` has the form of a regular past or participle: "-ed" on a
/// word of five letters or more ("banned", "imposed"; not "red", "bed").
pub fn is_regular_past(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn keeps_abbreviations_hyphens_and_splits_possessives() {
        assert_eq!(
            words("The U.S.–Iran deal, al-Assad's regime and Arkansas’ Hutchinson."),
            [
                "The",
                "U.S.",
                "–",
                "Iran",
                "deal",
                ",",
                "al-Assad",
                "'s",
                "regime",
                "and",
                "Arkansas",
                "’",
                "Hutchinson",
                "."
            ]
        );
    }

    #[test]
    fn thousands_separators_stay_inside_a_number() {
        assert_eq!(
            words("It paid $2,500,000.50, then 1,000 more in 2004,2005 and 1,2,3."),
            [
                "It",
                "paid",
                "$",
                "2,500,000.50",
                ",",
                "then",
                "1,000",
                "more",
                "in",
                "2004",
                ",",
                "2005",
                "and",
                "1",
                ",",
                "2",
                ",",
                "3",
                "."
            ]
        );
    }

    #[test]
    fn offsets_are_bytes_into_the_text() {
        let text = "Café “Rome” said";
        for token in tokenize(text) {
            assert!(text.get(token.start..token.end).is_some());
        }
        assert_eq!(words(text), ["Café", "“", "Rome", "”", "said"]);
    }

    #[test]
    fn sentence_final_dot_is_not_part_of_a_word() {
        assert_eq!(words("It ended. Then"), ["It", "ended", ".", "Then"]);
        assert_eq!(words("H.R. McMaster met"), ["H.R.", "McMaster", "met"]);
    }
}
