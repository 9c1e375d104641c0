//! Tauri's build step; the config and capabilities live at the repository root
//! layout described in ARCHITECTURE.md.
fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*"),
    )
    .expect("tauri build step failed");
}
