//! Whole-pipeline checks on the embedded model: trees of simple sentences, the model
//! file round trip, and hostile input that must neither panic nor take quadratic time.

use super::*;

fn words_of(text: &str, s: &Sentence) -> Vec<String> {
    s.tokens.iter().map(|t| text[t.start..t.end].to_string()).collect()
}

#[test]
fn simple_tree() {
    let text = "Russia backs the Assad regime.";
    let parsed = Parser::shared().parse(text);
    assert_eq!(parsed.len(), 1);
    let s = &parsed[0];
    assert_eq!(words_of(text, s), ["Russia", "backs", "the", "Assad", "regime", "."]);
    assert_eq!(s.root(), Some(1));
    assert_eq!(s.tokens[1].lemma, "back");
    assert_eq!(s.tokens[1].upos, Upos::Verb);
    assert_eq!((s.tokens[0].head, s.tokens[0].rel), (Some(1), Rel::Nsubj));
    assert_eq!((s.tokens[4].head, s.tokens[4].rel), (Some(1), Rel::Obj));
    assert_eq!(s.children(1).collect::<Vec<_>>(), [0, 4, 5]);
    assert_eq!(s.subtree_span(4), (13, 29));
}

#[test]
fn passive_and_clitics() {
    let text = "The plan wasn't backed by France.";
    let s = &Parser::shared().parse(text)[0];
    assert_eq!(
        words_of(text, s),
        ["The", "plan", "was", "n't", "backed", "by", "France", "."]
    );
    let root = s.root().unwrap();
    assert_eq!(root, 4);
    assert_eq!(s.tokens[1].rel, Rel::NsubjPass);
    assert_eq!(s.tokens[2].lemma, "be");
    assert_eq!(s.tokens[3].lemma, "not");
    assert_eq!(s.tokens[6].rel.universal(), Rel::Obl);
    assert_eq!(s.tokens[6].lemma, "France");
}

#[test]
fn every_token_has_a_valid_head_and_one_root() {
    let text = "Officials in Moscow said on Tuesday that they would oppose any new sanctions, \
                while Beijing urged restraint. The talks, which began in May, continue.";
    for s in Parser::shared().parse(text) {
        let n = s.tokens.len();
        assert_eq!(s.tokens.iter().filter(|t| t.head.is_none()).count(), 1);
        for (i, t) in s.tokens.iter().enumerate() {
            assert!(t.head.is_none_or(|h| h < n && h != i));
            assert_eq!(t.head.is_none(), t.rel == Rel::Root);
            assert!(s.start <= t.start && t.end <= s.end);
        }
        // No cycles: every token reaches the root.
        for i in 0..n {
            assert!(s.ancestors(i).len() < n);
        }
    }
}

#[test]
fn model_file_round_trips_byte_for_byte() {
    let bytes = EMBEDDED_MODEL;
    let model = Model::from_bytes(bytes).expect("embedded model reads");
    assert_eq!(model.to_bytes(), bytes);
    assert_eq!(
        Model::from_bytes(&bytes[..bytes.len() / 2]).err(),
        Some(ModelError::Truncated)
    );
    assert_eq!(Model::from_bytes(b"not a model").err(), Some(ModelError::BadMagic));
}

#[test]
fn hostile_input_never_panics() {
    let p = Parser::shared();
    assert!(p.parse("").is_empty());
    assert!(p.parse("   \n\r\n\t").is_empty());
    for text in [
        "!!!???...,,,;;;",
        "12345 678.90 1,2,3",
        "Москва поддерживает режим Асада. 北京反对制裁。",
        "\u{0}\u{1}\u{7f}\u{200B}\u{FEFF}",
        "😀😀😀 👍🏽👍🏽",
        "a\r\nb\rc\nd",
        "'''\"\"\"’’’“”",
        "x",
    ] {
        let out = p.parse(text);
        for s in &out {
            for t in &s.tokens {
                assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            }
        }
    }
    assert!(p.parse_words(&[]).is_empty());
}

#[test]
fn one_enormous_sentence_finishes() {
    // About 1 MB without a sentence end: cut into bounded sentences, so linear time.
    let text = "the minister said that the council would back the plan and ".repeat(17_000);
    let out = Parser::shared().parse(&text);
    let tokens: usize = out.iter().map(|s| s.tokens.len()).sum();
    assert_eq!(tokens, 11 * 17_000);
    assert!(out.iter().all(|s| s.tokens.len() <= tokenize::MAX_SENTENCE_TOKENS));
    // One huge token is one token.
    let blob = "a".repeat(1 << 20);
    assert_eq!(Parser::shared().parse(&blob)[0].tokens.len(), 1);
}

/// A word the caller knows to be a name is never tagged a verb: the treebank
/// never saw "Beijing", whose "-ing" at a sentence's start reads as a verb.
#[test]
fn a_known_name_is_no_verb() {
    let p = Parser::shared();
    let text = "Beijing said it opposed the plan.";
    let pieces = &p.split(text)[0];
    let s = p.parse_sentence_naming(text, pieces, &|w| w == "Beijing");
    let first = &s.tokens[0];
    assert_eq!(first.upos, Upos::Propn);
    assert_eq!(first.lemma, "Beijing");
    assert_eq!(first.rel, Rel::Nsubj);
    assert_eq!(s.tokens[first.head.expect("a head")].lemma, "say");
}
