//! standpoint-core: the domain of Standpoint, with no database, no UI and no Tauri.
//!
//! - [`model`]: the shared vocabulary (actor kinds, polarity, review state, spans).
//! - [`import`]: turns files on disk into plain-text documents with metadata.
//! - [`extract`]: finds actors, issues and stance assessments in a text.
//! - [`matrix`]: aggregates assessments into the holder × target stance matrix.
//! - [`export`]: writes matrices and assessments as CSV.
//! - [`network`]: discourse networks (two-mode, one-mode) and their exports.
//! - [`timeline`]: stance over time per holder → target pair.
//! - [`shifts`]: changes of sign of a pair's net stance between periods.
//! - [`outlets`]: two sources' matrices compared, and the matrix per source.
//! - [`blocs`]: actors partitioned by structural balance of the signed network.
//!
//! Invariant: offsets everywhere are UTF-8 byte offsets into the stored text.

pub mod blocs;
pub mod export;
pub mod extract;
pub mod import;
pub mod matrix;
pub mod model;
pub mod network;
pub mod outlets;
pub mod shifts;
pub mod timeline;

#[cfg(test)]
mod testkit;
