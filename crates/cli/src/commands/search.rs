//! `standpoint search QUERY`: full-text search with snippets. The matched
//! words are shown in [brackets]; the query is taken as plain words, never
//! as search syntax.

use std::io::Write;
use std::process::ExitCode;

use standpoint_store::{Snippet, Store};

use crate::output::one_line;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words to find (all must occur); end a word with * to match its prefix.
    #[arg(required = true, value_name = "QUERY")]
    query: Vec<String>,
    /// At most this many articles.
    #[arg(long, default_value_t = 20)]
    limit: usize,
}

fn render(snippet: &Snippet) -> String {
    let mut out = String::with_capacity(snippet.text.len() + 8);
    let mut at = 0;
    for span in &snippet.highlights {
        if let (Some(before), Some(word)) = (snippet.text.get(at..span.start), span.slice(&snippet.text)) {
            out.push_str(before);
            out.push('[');
            out.push_str(word);
            out.push(']');
            at = span.end;
        }
    }
    out.push_str(snippet.text.get(at..).unwrap_or(""));
    one_line(&out).into_owned()
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let hits = store.search(&args.query.join(" "), args.limit)?;
    if hits.is_empty() {
        eprintln!("no article matches");
    }
    for hit in hits {
        writeln!(out, "{}  {}", hit.article.id, one_line(&hit.article.title))?;
        writeln!(out, "    {}", render(&hit.snippet))?;
    }
    Ok(ExitCode::SUCCESS)
}
