//! The `standpoint` command: parses arguments, calls the store and core, prints.
fn main() {}
