//! standpoint-store: one SQLite file per workspace; the only crate that speaks SQL.
