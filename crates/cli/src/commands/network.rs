//! `standpoint network`: computes a discourse network (two-mode holder ×
//! target, or one-mode actor × actor with DNA's qualifier, normalisation and
//! duplicate settings) from the workspace's assessments and writes it as a
//! CSV matrix, GraphML (Gephi, visone) or a JSON graph. With `--slice` it
//! writes one file per month, year or moving window.
//!
//! It only parses arguments, asks the store for assessments (the lean read:
//! who stands where, without texts) and hands them to
//! `standpoint_core::network`; it computes nothing itself.

use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use standpoint_core::network::{
    self, csv, graphml, json, Duplicates, Level, Mode, Network, NetworkRequest, Normalisation, Qualifier, Slicing,
};
use standpoint_store::Store;

use super::filter::FilterArgs;
use crate::output::path as shown;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// The matrix as RFC 4180 CSV (labels in the first row and column).
    Csv,
    /// GraphML for Gephi and visone, with the assessment ids on every edge.
    Graphml,
    /// A JSON graph: nodes and edges with their assessment ids.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SliceBy {
    Month,
    Year,
    /// A moving window of --window-days days, moved --step-days at a time.
    Window,
}

/// Parses one of a closed set by its spelling, listing the choices on error.
fn one_of<T: Copy>(text: &str, all: &[T], name: fn(T) -> &'static str) -> Result<T, String> {
    all.iter().copied().find(|value| name(*value) == text).ok_or_else(|| {
        let names: Vec<&str> = all.iter().map(|value| name(*value)).collect();
        format!("expected one of: {}", names.join(", "))
    })
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// two-mode (holders × targets: who took a stance on what) or one-mode
    /// (actors × actors: who shares stances with whom).
    #[arg(long, value_parser = |s: &str| one_of(&s.replace('-', "_"), Mode::ALL, Mode::as_str))]
    mode: Mode,
    /// actor, or affiliation (people roll up to the organisation they belong to).
    #[arg(long, default_value = "actor", value_parser = |s: &str| one_of(s, Level::ALL, Level::as_str))]
    level: Level,
    /// ignore, congruence, conflict or subtract. For a two-mode network:
    /// ignore counts all stances, congruence only support, conflict only
    /// oppose, subtract gives support minus oppose.
    #[arg(long, default_value = "ignore", value_parser = |s: &str| one_of(s, Qualifier::ALL, Qualifier::as_str))]
    qualifier: Qualifier,
    /// none, average, jaccard or cosine (one-mode networks only).
    #[arg(long, default_value = "none", value_parser = |s: &str| one_of(s, Normalisation::ALL, Normalisation::as_str))]
    normalisation: Normalisation,
    /// include, document, week, month, year or all: repeated stances of one
    /// actor on one target within that span count once.
    #[arg(long, default_value = "include", value_parser = |s: &str| one_of(s, Duplicates::ALL, Duplicates::as_str))]
    duplicates: Duplicates,
    /// The file format; by default taken from the output's extension, else CSV.
    #[arg(long, value_enum)]
    format: Option<OutputFormat>,
    /// Where to write the network. With --slice, one file per slice named
    /// after this one with the slice's first day appended.
    #[arg(long, value_name = "FILE")]
    output: PathBuf,
    #[command(flatten)]
    filter: FilterArgs,
    /// One network per month, per year, or per moving window.
    #[arg(long, value_enum)]
    slice: Option<SliceBy>,
    #[arg(long, default_value = "30", value_name = "DAYS")]
    window_days: NonZeroU32,
    #[arg(long, default_value = "7", value_name = "DAYS")]
    step_days: NonZeroU32,
}

/// The settings the arguments give, as core reads (and checks) them for every shell.
fn request(args: &Args) -> NetworkRequest {
    NetworkRequest {
        mode: args.mode,
        level: args.level,
        qualifier: args.qualifier,
        normalisation: args.normalisation,
        duplicates: args.duplicates,
    }
}

fn format_of(args: &Args) -> OutputFormat {
    args.format.unwrap_or_else(|| {
        match args
            .output
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("graphml") | Some("xml") => OutputFormat::Graphml,
            Some("json") => OutputFormat::Json,
            _ => OutputFormat::Csv,
        }
    })
}

fn write_network(store: &Store, network: &Network, format: OutputFormat, path: &Path) -> anyhow::Result<()> {
    store.write_output(path, &[], |mut out| -> anyhow::Result<()> {
        match format {
            OutputFormat::Csv => csv::write_matrix_csv(network, out)?,
            OutputFormat::Graphml => graphml::write_graphml(network, &mut out)?,
            OutputFormat::Json => serde_json::to_writer_pretty(out, &json::to_json(network))?,
        }
        Ok(())
    })?;
    Ok(())
}

/// `out.csv` + `2005-02-01` → `out-2005-02-01.csv`.
fn slice_path(output: &Path, start: &str) -> PathBuf {
    let stem = output
        .file_stem()
        .map_or_else(|| "network".into(), |s| s.to_string_lossy().into_owned());
    let name = match output.extension() {
        Some(ext) => format!("{stem}-{start}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{start}"),
    };
    output.with_file_name(name)
}

fn describe(network: &Network) -> String {
    format!(
        "{} × {} nodes, {} ties, total weight {}",
        network.rows.len(),
        network.columns.len(),
        network.edges.len(),
        network.total()
    )
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<ExitCode> {
    let spec = request(&args).spec()?;
    let format = format_of(&args);
    // The lean read: a network counts who stands where, it needs no text.
    let assessments = store
        .lean_assessments(&args.filter.to_filter())
        .context("reading the assessments")?;

    let Some(slice) = args.slice else {
        // The CSV matrix shows no colours: it needs no blocs.
        let network = match format {
            OutputFormat::Csv => network::build_uncoloured(&assessments, spec),
            OutputFormat::Graphml | OutputFormat::Json => network::build(&assessments, spec),
        };
        write_network(store, &network, format, &args.output)?;
        eprintln!(
            "{} assessments → {} → {}",
            assessments.len(),
            describe(&network),
            shown(&args.output)
        );
        return Ok(ExitCode::SUCCESS);
    };
    let slicing = match slice {
        SliceBy::Month => Slicing::Month,
        SliceBy::Year => Slicing::Year,
        SliceBy::Window => Slicing::MovingWindow {
            days: args.window_days,
            step_days: args.step_days,
        },
    };
    let slices = network::time_slices(&assessments, spec, slicing)?;
    if slices.undated > 0 {
        eprintln!(
            "{} assessments have no article date and belong to no slice",
            slices.undated
        );
    }
    for slice in &slices.slices {
        let path = slice_path(&args.output, &slice.start);
        write_network(store, &slice.network, format, &path)?;
        eprintln!(
            "{} to {}: {} → {}",
            slice.start,
            slice.end,
            describe(&slice.network),
            shown(&path)
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_files_are_named_after_the_output_and_the_first_day() {
        assert_eq!(
            slice_path(Path::new("/tmp/net.graphml"), "2005-02-01"),
            PathBuf::from("/tmp/net-2005-02-01.graphml")
        );
        assert_eq!(
            slice_path(Path::new("net"), "2005-02-01"),
            PathBuf::from("net-2005-02-01")
        );
    }

    #[test]
    fn closed_sets_parse_by_spelling_and_list_the_choices() {
        assert_eq!(
            one_of("jaccard", Normalisation::ALL, Normalisation::as_str),
            Ok(Normalisation::Jaccard)
        );
        let error = one_of("cosin", Normalisation::ALL, Normalisation::as_str).expect_err("typo");
        assert_eq!(error, "expected one of: none, average, jaccard, cosine");
    }
}
