//! The Standpoint desktop shell: builds the Tauri app. Domain work lives in
//! standpoint-core and standpoint-store; this crate only wires them to the UI.

pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .run(tauri::generate_context!())
        .expect("error while running Standpoint");
}
