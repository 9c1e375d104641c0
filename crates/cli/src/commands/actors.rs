//! `standpoint actors`: lists actors with their counts, and curates them
//! (rename, merge, alias, kind) through the same store calls the app uses.

use std::io::Write;
use std::process::ExitCode;

use anyhow::anyhow;
use standpoint_core::model::ActorKind;
use standpoint_store::{ActorEdit, Store};

use crate::output::print_table;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Option<Action>,
    /// Print JSON instead of a table (listing only).
    #[arg(long)]
    json: bool,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Give an actor a new canonical name (the old one becomes an alias).
    Rename { id: i64, name: String },
    /// Merge actor FROM into INTO: mentions, aliases and assessments follow.
    Merge { from: i64, into: i64 },
    /// Add another name the actor goes by.
    Alias { id: i64, alias: String },
    /// Set the actor's kind (country, government_body, person, …).
    Kind { id: i64, kind: String },
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<ExitCode> {
    match args.action {
        None => list(store, args.json)?,
        Some(Action::Rename { id, name }) => store.rename_actor(id, &name)?,
        Some(Action::Merge { from, into }) => store.merge_actors(from, into)?,
        Some(Action::Alias { id, alias }) => store.add_alias(id, &alias)?,
        Some(Action::Kind { id, kind }) => {
            let parsed = ActorKind::parse(&kind).ok_or_else(|| {
                let known: Vec<&str> = ActorKind::ALL.iter().map(|k| k.as_str()).collect();
                anyhow!("unknown kind {kind:?}; one of: {}", known.join(", "))
            })?;
            store.edit_actor(
                id,
                &ActorEdit {
                    kind: Some(parsed),
                    ..ActorEdit::default()
                },
            )?
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn list(store: &Store, json: bool) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let actors = store.actors()?;
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&actors)?)?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = actors
        .iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                a.name.clone(),
                a.kind.as_str().to_owned(),
                a.affiliation.as_ref().map(|(_, n)| n.clone()).unwrap_or_default(),
                a.mentions.to_string(),
                a.as_holder.to_string(),
                a.as_target.to_string(),
                a.aliases.join("; "),
            ]
        })
        .collect();
    print_table(
        &mut out,
        &[
            "id",
            "name",
            "kind",
            "affiliation",
            "mentions",
            "holds",
            "targeted",
            "aliases",
        ],
        &rows,
        40,
    )?;
    Ok(())
}
