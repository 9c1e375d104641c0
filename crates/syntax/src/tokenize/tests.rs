//! Tokenizer and sentence-splitter checks on tricky text: each case lists the tokens
//! (as text, joined by spaces) and, for offsets, checks every span against the input.

use super::*;

fn check(text: &str, expect: &str) {
    let t = Tokenizer::default();
    let pieces = t.tokens(text);
    for p in &pieces {
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end) && p.start < p.end);
    }
    let got: Vec<&str> = pieces.iter().map(|p| &text[p.start..p.end]).collect();
    assert_eq!(got.join(" "), expect, "tokens of {text:?}");
}

fn sentences(text: &str) -> Vec<String> {
    let t = Tokenizer::default();
    t.sentences(text)
        .iter()
        .map(|s| s.iter().map(|p| &text[p.start..p.end]).collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn clitics_split_as_in_ewt() {
    check(
        "I don't think Russia's plan can't work",
        "I do n't think Russia 's plan ca n't work",
    );
    check(
        "They're here, we've gone, I'll go, he'd say, I'm done",
        "They 're here , we 've gone , I 'll go , he 'd say , I 'm done",
    );
    check("Don’t touch Putin’s plan", "Do n’t touch Putin ’s plan");
    check("I cannot and gonna", "I can not and gon na");
}

#[test]
fn abbreviations_numbers_and_urls_stay_whole() {
    check(
        "The U.S. and Mr. Smith paid $1,000.50 (2.5%) on 9/11.",
        "The U.S. and Mr. Smith paid $ 1,000.50 ( 2.5 % ) on 9/11 .",
    );
    check(
        "See e.g. https://example.com/a?b=1, or mail a.b@example.org.",
        "See e.g. https://example.com/a?b=1 , or mail a.b@example.org .",
    );
    check("It ends here.", "It ends here .");
    check("Wait... what?!", "Wait ... what ?!");
}

#[test]
fn hyphens_split_except_after_known_prefixes() {
    check(
        "a well-known e-mail from a non-profit",
        "a well - known e-mail from a non-profit",
    );
    check("call 713-853-3989", "call 713-853-3989");
}

#[test]
fn quotes_emoji_and_control_characters() {
    check("“Yes,” she said 😀👍🏽 ok", "“ Yes , ” she said 😀👍🏽 ok");
    check("tab\there\u{0}nul\u{200B}zw", "tab here nul zw");
    check("students' rights", "students ' rights");
    check("'90s music", "'90s music");
}

#[test]
fn offsets_survive_crlf_and_multibyte_text() {
    let text = "Über café.\r\nNaïve résumé — ok.";
    let t = Tokenizer::default();
    let toks: Vec<&str> = t.tokens(text).iter().map(|p| &text[p.start..p.end]).collect();
    assert_eq!(toks, ["Über", "café", ".", "Naïve", "résumé", "—", "ok", "."]);
    assert_eq!(sentences(text), ["Über café .", "Naïve résumé — ok ."]);
}

#[test]
fn sentences_split_at_final_marks_not_abbreviations() {
    assert_eq!(
        sentences("Mr. Smith went to Washington. He met Dr. Jones in the U.S. on Monday! \"Why?\" he asked."),
        [
            "Mr. Smith went to Washington .",
            "He met Dr. Jones in the U.S. on Monday !",
            "\" Why ? \" he asked ."
        ]
    );
    assert_eq!(
        sentences("He said \"no.\" Then he left."),
        ["He said \" no . \"", "Then he left ."]
    );
    assert_eq!(
        sentences("Headline here\n\nThe body starts\nand goes on."),
        ["Headline here", "The body starts and goes on ."]
    );
    assert_eq!(
        sentences("Apples, pears etc. Then more."),
        ["Apples , pears etc.", "Then more ."]
    );
}

#[test]
fn long_runs_are_cut() {
    let text = "word ".repeat(1000);
    let s = Tokenizer::default().sentences(&text);
    assert_eq!(s.iter().map(Vec::len).sum::<usize>(), 1000);
    assert!(s.iter().all(|x| x.len() <= MAX_SENTENCE_TOKENS));
}

#[test]
fn empty_and_letterless_text() {
    assert!(Tokenizer::default().sentences("").is_empty());
    assert!(Tokenizer::default().sentences(" \n\t\r\n ").is_empty());
    check("!!! ... ??? --- 123", "!!! ... ??? --- 123");
}

#[test]
fn amounts_decimals_and_hyphenated_abbreviations_end_no_sentence() {
    assert_eq!(
        sentences("It raised dollars 1.07bn (pounds 558m). Sales hit $1.5 million, up 3.5% or pounds 2.4bn."),
        [
            "It raised dollars 1.07bn ( pounds 558m ) .",
            "Sales hit $ 1.5 million , up 3.5 % or pounds 2.4bn ."
        ]
    );
    assert_eq!(sentences("Inflation was .5% lower."), ["Inflation was . 5 % lower ."]);
    check("The U.S.-led coalition", "The U.S. - led coalition");
    assert_eq!(
        sentences("The U.S.-led coalition struck. It ended."),
        ["The U.S. - led coalition struck .", "It ended ."]
    );
    assert_eq!(
        sentences("He met Mr. Blair at No. 10 on Jan. 5 with George W. Bush. It ended."),
        [
            "He met Mr. Blair at No. 10 on Jan. 5 with George W. Bush .",
            "It ended ."
        ]
    );
}

#[test]
fn a_stray_space_after_a_decimal_point_ends_no_sentence() {
    assert_eq!(
        sentences("It would raise $1. 5bn from the sale. Sales rose 3. 5% and pounds 2. 4 billion. 5 bids came."),
        [
            "It would raise $ 1 . 5bn from the sale .",
            "Sales rose 3 . 5 % and pounds 2 . 4 billion .",
            "5 bids came ."
        ]
    );
    // A number ending a sentence before one that opens the next still splits.
    assert_eq!(
        sentences("He was born in 1950. 20 years later he left."),
        ["He was born in 1950 .", "20 years later he left ."]
    );
}

#[test]
fn a_missing_space_after_a_full_stop_still_ends_a_sentence() {
    check("it said.The talks", "it said . The talks");
    check("a Ph.D student", "a Ph.D student");
    assert_eq!(
        sentences("it said.The talks ended."),
        ["it said .", "The talks ended ."]
    );
}
