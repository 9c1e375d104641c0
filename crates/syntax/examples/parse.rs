//! Prints the parse of text read from stdin, one CoNLL-U-like line per token (id, form,
//! lemma, UPOS, head, relation, byte span): `echo "Russia backs Assad." | cargo run
//! --release -p standpoint-syntax --example parse`.

use std::io::{Read, Write};

fn main() {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("cannot read stdin: {e}");
        std::process::exit(2);
    }
    // A closed pipe (`| head`) ends the output quietly.
    let _ = print(&text);
}

fn print(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    for s in standpoint_syntax::Parser::shared().parse(text) {
        writeln!(out, "# text = {}", text[s.start..s.end].replace('\n', " "))?;
        for (i, t) in s.tokens.iter().enumerate() {
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}..{}",
                i + 1,
                &text[t.start..t.end],
                t.lemma,
                t.upos.as_str(),
                t.head.map_or(0, |h| h + 1),
                t.rel.as_str(),
                t.start,
                t.end
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}
