//! The Standpoint desktop shell: builds the Tauri app, opens the workspace on
//! start, imports what is dropped on the window, and registers the commands.
//! Domain work lives in standpoint-core and standpoint-store; this crate only
//! wires them to the UI (see ARCHITECTURE.md, "Three ways in, one domain").
//!
//! [`configure`] holds everything but the plugins and the generated context,
//! so tests build the same app on Tauri's mock runtime.

mod bindings;
pub mod change;
pub mod commands;
pub mod dropped;
pub mod error;
pub mod jobs;
pub mod network;
pub mod settings;
pub mod wire;
pub mod work;
pub mod workspace;

use std::path::{Path, PathBuf};

use tauri::{AppHandle, DragDropEvent, Emitter, Manager, Runtime, WindowEvent};

use crate::error::{ShellError, ShellResult, WireError};
use crate::jobs::{JobKind, JobTicket, Jobs};
use crate::workspace::{Folders, WorkspaceInfo, Workspaces};

/// The label of the app's one window (tauri.conf.json).
pub const MAIN_WINDOW: &str = "main";

/// What the shell keeps between calls.
pub struct AppState {
    pub workspaces: Workspaces,
    pub jobs: Jobs,
}

/// Where the app keeps its files and which workspace it opens first; the
/// defaults come from the platform, the overrides from tests and scripts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Launch {
    /// Open this workspace (created when missing) instead of the last one.
    pub workspace: Option<PathBuf>,
    /// Keep `settings.json` here instead of the platform's config folder.
    pub config_dir: Option<PathBuf>,
    /// Create the first workspace here instead of the platform's data folder.
    pub data_dir: Option<PathBuf>,
}

impl Launch {
    /// Reads `STANDPOINT_WORKSPACE` and `STANDPOINT_CONFIG_DIR`.
    pub fn from_env() -> Launch {
        let path = |name| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        Launch {
            workspace: path(workspace::WORKSPACE_ENV),
            config_dir: path(workspace::CONFIG_DIR_ENV),
            data_dir: None,
        }
    }
}

/// Starts the desktop app.
pub fn run() {
    let app = configure(tauri::Builder::default(), Launch::from_env())
        .plugin(tauri_plugin_dialog::init())
        .run(tauri::generate_context!());
    if let Err(error) = app {
        eprintln!("standpoint: the app could not start: {error}");
        std::process::exit(1);
    }
}

/// Registers the commands, the start-up and the drop handling on `builder`.
pub fn configure<R: Runtime>(builder: tauri::Builder<R>, launch: Launch) -> tauri::Builder<R> {
    builder
        .invoke_handler(tauri::generate_handler![
            commands::current_workspace,
            commands::open_workspace,
            commands::create_workspace,
            commands::recent_workspaces,
            commands::import_paths,
            commands::analyse,
            commands::cancel_job,
            commands::analysis_status,
            commands::export_matrix_csv,
            commands::export_assessments_csv,
            commands::articles,
            commands::search_articles,
            commands::article,
            commands::delete_article,
            commands::assessments,
            commands::matrix,
            commands::sources,
            commands::actors,
            commands::issues,
            commands::set_review,
            commands::edit_assessment,
            commands::add_assessment,
            commands::undo,
            commands::redo,
            commands::history_state,
            commands::history,
            commands::create_actor,
            commands::create_issue,
            commands::rename_actor,
            commands::merge_actors,
            commands::add_alias,
            commands::edit_actor,
            commands::rename_issue,
            commands::merge_issues,
            network::network,
            change::timeline,
            change::shifts,
            change::compare_outlets,
            change::blocs,
            change::save_chart,
            change::export_timeline_csv,
            change::export_shifts_csv,
        ])
        .setup(move |app| {
            start(app.handle(), &launch)?;
            Ok(())
        })
        .on_window_event(|window, event| {
            if let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event {
                import_dropped(window.app_handle(), paths);
            }
        })
}

/// Resolves the folders, puts the state in place and opens the first
/// workspace. A workspace that cannot be opened is reported on stderr and
/// leaves the app running with none open, so the user can pick another.
fn start<R: Runtime>(app: &AppHandle<R>, launch: &Launch) -> tauri::Result<()> {
    let folders = Folders {
        config: match &launch.config_dir {
            Some(dir) => dir.clone(),
            None => app.path().app_config_dir()?,
        },
        data: match &launch.data_dir {
            Some(dir) => dir.clone(),
            None => workspace::shared_data_dir().map_or_else(|| app.path().app_data_dir(), Ok)?,
        },
    };
    let settings = settings::Settings::load(&folders.config).unwrap_or_else(|error| {
        eprintln!("standpoint: {error}; starting with an empty recent list");
        settings::Settings::default()
    });
    let first = workspace::startup_choice(launch.workspace.clone(), &settings, &folders);
    app.manage(AppState {
        workspaces: Workspaces::new(folders),
        jobs: Jobs::default(),
    });
    let state = app.state::<AppState>();
    if let Err(error) = switch_workspace(app, &state, &first) {
        eprintln!("standpoint: cannot open the workspace {}: {error}", first.display());
    }
    Ok(())
}

/// Opens the workspace at `path`, shows its name in the window title and
/// tells the UI.
pub fn switch_workspace<R: Runtime>(app: &AppHandle<R>, state: &AppState, path: &Path) -> ShellResult<WorkspaceInfo> {
    if let Some((_, kind)) = state.jobs.current() {
        return Err(ShellError::Busy(kind));
    }
    let info = state.workspaces.open(path)?;
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        if let Err(error) = window.set_title(&window_title(&info.name)) {
            eprintln!("standpoint: cannot set the window title: {error}");
        }
    }
    if let Err(error) = app.emit(wire::WORKSPACE_OPENED, info.clone()) {
        eprintln!("standpoint: cannot tell the window about the workspace: {error}");
    }
    Ok(info)
}

/// "Standpoint — Syria 2016".
pub fn window_title(workspace_name: &str) -> String {
    format!("Standpoint — {workspace_name}")
}

/// Starts a job of `kind` on the open workspace: the ticket, and the
/// workspace file for the job's own connection.
pub fn start_job(state: &AppState, kind: JobKind) -> ShellResult<(JobTicket, PathBuf)> {
    let workspace = state.workspaces.current_path()?;
    let ticket = state.jobs.start(kind).map_err(|busy| ShellError::Busy(busy.0))?;
    Ok((ticket, workspace))
}

/// Imports files dropped on the window. The UI learns the outcome from the
/// `import-finished` event, or a `background-error` when it could not start.
fn import_dropped<R: Runtime>(app: &AppHandle<R>, dropped: &[PathBuf]) {
    let paths = dropped::paths_to_import(dropped, Path::is_dir);
    if paths.is_empty() {
        return;
    }
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let started = start_job(&app.state::<AppState>(), JobKind::Import);
        let result = match started {
            Ok((ticket, workspace)) => {
                let job_app = app.clone();
                work::run_job(ticket, move |ticket| work::import(&job_app, &workspace, &paths, ticket)).await
            }
            Err(error) => Err(error),
        };
        if let Err(error) = result {
            let payload = WireError {
                code: error.code(),
                message: error.to_string(),
            };
            if let Err(emit_error) = app.emit(wire::BACKGROUND_ERROR, payload) {
                eprintln!("standpoint: dropped files not imported ({error}); {emit_error}");
            }
        }
    });
}
