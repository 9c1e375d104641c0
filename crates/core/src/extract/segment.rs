//! Sentence segmentation over tokens: where one sentence ends and the next
//! begins, and which leading stretch is a wire dateline.
//!
//! A full stop ends a sentence unless it closes a known abbreviation ("Mr.",
//! "Gen.", "a.m.") or an initial; "U.S." ends one only before a typical
//! sentence opener. Paragraph breaks always end a sentence, and closing quotes
//! stay with the sentence they close. It never looks at meaning.

use super::tokens::{is_capitalised, Token};

/// Titles and short forms after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Gov", "Sen", "Rep", "Rev",
    "St", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "No", "Nos", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept",
    "Sep", "Oct", "Nov", "Dec", "Mt", "Ft", "approx", "Pres", "Gens",
];

/// Words that typically open a sentence; after "U.S." they mark a boundary.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "But",
    "In",
    "On",
    "This",
    "That",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "After",
    "Before",
    "However",
    "Meanwhile",
    "Separately",
    "And",
];

const CLOSERS: &[&str] = &["\"", "”", "’", "'", ")", "]"];

/// A sentence as a range of token indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub first: usize,
    pub end: usize,
}

/// Splits `tokens` of `text` into sentences.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut result = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut boundary_after = None;
        let word = tokens[i].text(text);
        let stop = matches!(word, "." | "!" | "?")
            && !is_abbreviation_stop(text, tokens, i)
            && !is_split_decimal(text, tokens, i);
        // "U.S." ends a sentence only before a typical opener.
        let dotted_end = word.len() > 1 && word.ends_with('.') && ends_abbreviated_sentence(text, tokens, i);
        if stop || dotted_end {
            boundary_after = Some(i);
        }
        if let Some(mut last) = boundary_after {
            // Keep closing quotes and repeated stops ("...", '."') with the sentence.
            while last + 1 < tokens.len() && {
                let next = tokens[last + 1].text(text);
                (CLOSERS.contains(&next) || matches!(next, "." | "!" | "?"))
                    && !starts_new_quote(text, tokens, last + 1)
            } {
                last += 1;
            }
            if last + 1 >= tokens.len() || opens_sentence(text, tokens, last + 1) {
                result.push(Sentence { first, end: last + 1 });
                first = last + 1;
                i = last + 1;
                continue;
            }
        }
        // A paragraph break ends a sentence whatever precedes it.
        if i + 1 < tokens.len() && text[tokens[i].end..tokens[i + 1].start].contains('\n') {
            result.push(Sentence { first, end: i + 1 });
            first = i + 1;
        }
        i += 1;
    }
    if first < tokens.len() {
        result.push(Sentence {
            first,
            end: tokens.len(),
        });
    }
    result
}

/// Whether the "." at `index` closes an abbreviation or initial rather than a sentence.
fn is_abbreviation_stop(text: &str, tokens: &[Token], index: usize) -> bool {
    if index == 0 || tokens[index - 1].end != tokens[index].start {
        return false;
    }
    let before = tokens[index - 1].text(text);
    ABBREVIATIONS.contains(&before)
        || (before.chars().count() == 1 && before.chars().all(char::is_uppercase))
        || matches!(before, "a.m" | "p.m")
}

/// Whether the "." at `index` is the decimal point of an amount written with
/// a stray space after it ("$1. 5bn", "3. 5%"): glued to a number, as the
/// parser's splitter reads it too.
fn is_split_decimal(text: &str, tokens: &[Token], index: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    index > 0
        && word(index) == "."
        && tokens[index - 1].end == tokens[index].start
        && standpoint_syntax::tokenize::is_split_decimal(word(index - 1), word(index + 1), word(index + 2))
}

/// "U.S." or "a.m." (a dotted word) ends a sentence only before an opener.
fn ends_abbreviated_sentence(text: &str, tokens: &[Token], index: usize) -> bool {
    tokens
        .get(index + 1)
        .is_some_and(|next| OPENERS.contains(&next.text(text)))
}

fn starts_new_quote(text: &str, tokens: &[Token], index: usize) -> bool {
    // A straight quote after whitespace opens a new quotation.
    let word = tokens[index].text(text);
    word == "\"" && index > 0 && tokens[index - 1].end < tokens[index].start
}

/// Whether the token at `index` can open a sentence.
fn opens_sentence(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(token) = tokens.get(index) else {
        return true;
    };
    let word = token.text(text);
    if index > 0 && tokens[index - 1].end == token.start {
        // "it said.The United States": a missing space after a full stop.
        let mut chars = word.chars();
        let glued_sentence = tokens[index - 1].text(text) == "."
            && chars.next().is_some_and(char::is_uppercase)
            && word.len() > 1
            && chars.all(char::is_lowercase);
        return glued_sentence;
    }
    is_capitalised(word)
        || word.chars().next().is_some_and(|c| c.is_ascii_digit())
        || matches!(word, "\"" | "“" | "‘" | "'" | "(" | "[")
}

/// The end byte of a wire dateline ("WASHINGTON (Reuters) - ") and of what
/// comes before it: a leading correction note, or a headline on a line of
/// its own ("Russia condemns new U.S. sanctions\n\nMOSCOW (Reuters) - …"),
/// if the text opens with them; 0 otherwise. A headline before a dateline
/// repeats the story's first sentence in other words and is no part of it.
pub fn dateline_end(text: &str, tokens: &[Token]) -> usize {
    let mut i = 0;
    // "(Corrects paragraph 7 …)" notes come before the dateline.
    if tokens.first().is_some_and(|t| t.text(text) == "(")
        && tokens.get(1).is_some_and(|t| t.text(text).starts_with("Correct"))
    {
        if let Some(close) = tokens.iter().position(|t| t.text(text) == ")") {
            i = close + 1;
        }
    }
    let note_end = i.checked_sub(1).map_or(0, |close| tokens[close].end);
    dateline_from(text, tokens, i)
        .or_else(|| dateline_from(text, tokens, headline_end(text, tokens, i)?))
        .unwrap_or(note_end)
}

/// The end byte of a dateline opening at token `i`.
fn dateline_from(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let limit = (i + 12).min(tokens.len());
    for j in i..limit {
        let word = tokens[j].text(text);
        if word == "(" && tokens.get(j + 2).is_some_and(|t| t.text(text) == ")") {
            let agency = tokens[j + 1].text(text);
            let dash = tokens.get(j + 3).map(|t| t.text(text));
            if is_capitalised(agency) && matches!(dash, Some("-" | "–" | "—")) {
                return Some(tokens[j + 3].end);
            }
        }
        if tokens[j].is_word && word.chars().any(char::is_lowercase) {
            break;
        }
    }
    None
}

/// The first token after a headline line starting at token `i`: a line of
/// at most 30 tokens that ends without a full stop, followed by a line
/// break.
fn headline_end(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let next = (i + 1..tokens.len().min(i + 31)).find(|&j| text[tokens[j - 1].end..tokens[j].start].contains('\n'))?;
    (!matches!(tokens[next - 1].text(text), "." | "!" | "?")).then_some(next)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        sentences(text, &tokens)
            .iter()
            .map(|s| text[tokens[s.first].start..tokens[s.end - 1].end].to_owned())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met Gen. Jones at 9 a.m. on Monday. The U.S. Senate voted. It passed."),
            [
                "Mr. Smith met Gen. Jones at 9 a.m. on Monday.",
                "The U.S. Senate voted.",
                "It passed."
            ]
        );
    }

    #[test]
    fn us_ends_a_sentence_before_an_opener() {
        assert_eq!(
            split("He flew to the U.S. The talks began."),
            ["He flew to the U.S.", "The talks began."]
        );
    }

    #[test]
    fn closing_quotes_stay_and_paragraphs_split() {
        assert_eq!(
            split("He said: \"It is wrong.\" She agreed\n\nNext paragraph here"),
            ["He said: \"It is wrong.\"", "She agreed", "Next paragraph here"]
        );
    }

    #[test]
    fn a_missing_space_after_a_stop_still_ends_a_sentence() {
        assert_eq!(
            split("it said.The United States agreed."),
            ["it said.", "The United States agreed."]
        );
    }

    #[test]
    fn finds_reuters_dateline() {
        let text = "WASHINGTON (Reuters) - The U.S. Congress will act.";
        let tokens = tokenize(text);
        assert_eq!(&text[..dateline_end(text, &tokens)], "WASHINGTON (Reuters) -");
        let plain = "Washington said no.";
        assert_eq!(dateline_end(plain, &tokenize(plain)), 0);
    }

    #[test]
    fn a_headline_line_before_a_dateline_goes_with_it() {
        let text = "Russia condemns new U.S. sanctions\n\nMOSCOW (Reuters) - Russia on Friday condemned them.";
        let end = dateline_end(text, &tokenize(text));
        assert_eq!(&text[..end], "Russia condemns new U.S. sanctions\n\nMOSCOW (Reuters) -");
        // A first sentence is no headline, and a headline without a dateline stays.
        for text in [
            "Russia condemned the sanctions.\nMOSCOW (Reuters) - It said so.",
            "Russia condemns sanctions\n\nRussia on Friday condemned them.",
        ] {
            assert_eq!(dateline_end(text, &tokenize(text)), 0, "{text}");
        }
    }
    #[test]
    fn a_full_stop_inside_an_amount_or_decimal_ends_no_sentence() {
        assert_eq!(
            split("Its dollars 1.07bn (pounds 558m) debut came first. Sales hit $1.5 million. Prices rose 3.5% in May. It cost pounds 2.4bn, it said."),
            [
                "Its dollars 1.07bn (pounds 558m) debut came first.",
                "Sales hit $1.5 million.",
                "Prices rose 3.5% in May.",
                "It cost pounds 2.4bn, it said."
            ]
        );
        // A stray space after the decimal point ends no sentence either; a
        // number after a number that ends a sentence still begins one.
        assert_eq!(
            split("It would raise $1. 5bn from the sale. Prices rose 3. 5% in May. He was born in 1950. 20 years later he left."),
            [
                "It would raise $1. 5bn from the sale.",
                "Prices rose 3. 5% in May.",
                "He was born in 1950.",
                "20 years later he left."
            ]
        );
        // A decimal closing a sentence still ends it.
        assert_eq!(
            split("Shares closed at 245.5p. The index fell 0.7."),
            ["Shares closed at 245.5p.", "The index fell 0.7."]
        );
    }

    #[test]
    fn numbers_dates_initials_and_hyphenated_abbreviations_stay_inside() {
        assert_eq!(
            split("He met Mr. Blair at No. 10 Downing Street on Jan. 5 with George W. Bush. The U.S.-led coalition agreed."),
            [
                "He met Mr. Blair at No. 10 Downing Street on Jan. 5 with George W. Bush.",
                "The U.S.-led coalition agreed."
            ]
        );
    }

    #[test]
    fn sentence_spans_are_byte_offsets_in_multibyte_text() {
        let text = "Le café coûte €1.07bn. Der Preis stieg um 3.5%.";
        let tokens = tokenize(text);
        let spans: Vec<&str> = sentences(text, &tokens)
            .iter()
            .map(|s| &text[tokens[s.first].start..tokens[s.end - 1].end])
            .collect();
        assert_eq!(spans, ["Le café coûte €1.07bn.", "Der Preis stieg um 3.5%."]);
    }
}
