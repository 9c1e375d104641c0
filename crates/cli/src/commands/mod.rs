//! One module per subcommand. Each exposes an `Args` (clap) and a `run`
//! returning the exit status; none of them holds domain logic: they call the
//! `Store` API or `standpoint_core` and print.

pub mod actors;
pub mod analyse;
pub mod articles;
pub mod assessments;
pub mod blocs;
pub mod export;
pub mod extract;
pub mod filter;
pub mod import;
pub mod matrix;
pub mod network;
pub mod outlets;
pub mod pick;
pub mod review;
pub mod search;
pub mod shifts;
pub mod timeline;
