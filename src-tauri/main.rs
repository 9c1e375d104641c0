//! The desktop app's entry point; everything else is in lib.rs.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // When started as the PDF reader process of an import, serve and exit.
    standpoint_core::import::serve_reader_process_if_asked();
    standpoint_app::run();
}
