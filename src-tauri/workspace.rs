//! Workspaces as the shell sees them: which one is open, where new ones go,
//! which were used recently, and which one to open on start.
//!
//! A workspace is one store file (`*.standpoint`, SQLite); its name is the
//! file's stem. The open [`Store`] lives here behind a mutex that is held only
//! for the length of one store call; long jobs open their own connection to
//! the same file (SQLite in WAL mode lets the UI keep reading meanwhile).
//!
//! Commands are `async` and run on the runtime's few worker threads (two on
//! a 2-core machine). A store call, or a wait for the workspace's lock, would
//! hold its worker; two at once would stall every other command. So each one
//! runs where blocking is allowed ([`blocking`]): the worker's other tasks
//! move to another thread first.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use serde::Serialize;
use standpoint_store::{Store, StoreError};

use crate::error::{ShellError, ShellResult};
use crate::settings::{Settings, SettingsError};

/// The file extension of workspace files.
pub const EXTENSION: &str = "standpoint";

/// The folder of the default workspace, the same one the `standpoint`
/// command uses (`~/.local/share/standpoint/` on Linux), so that what the
/// command imports the app shows. `None` without a home folder.
pub fn shared_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Standpoint", "standpoint").map(|dirs| dirs.data_dir().to_path_buf())
}

/// The file name of the workspace made on first start.
pub const DEFAULT_FILE: &str = "workspace.standpoint";

/// Environment variable naming the workspace to open on start (created when
/// missing), instead of the most recent one. Used by tests and scripts.
pub const WORKSPACE_ENV: &str = "STANDPOINT_WORKSPACE";

/// Environment variable naming the folder for the app's settings file,
/// instead of the platform's config folder. Used by tests.
pub const CONFIG_DIR_ENV: &str = "STANDPOINT_CONFIG_DIR";

/// The open workspace, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct WorkspaceInfo {
    /// The file's stem: what the window title and the menu show.
    pub name: String,
    pub path: PathBuf,
    #[cfg_attr(test, ts(type = "number"))]
    pub article_count: usize,
}

/// A recently used workspace, for the "open recent" menu.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct RecentWorkspace {
    pub name: String,
    pub path: PathBuf,
    /// False when the file was moved or deleted since.
    pub exists: bool,
}

/// The folders the shell keeps its files in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folders {
    /// Holds `settings.json`.
    pub config: PathBuf,
    /// Where the first workspace is created.
    pub data: PathBuf,
}

/// The workspace part of the app state.
pub struct Workspaces {
    pub folders: Folders,
    open: Mutex<Option<Store>>,
    /// Serialises read-modify-write of the settings file.
    settings: Mutex<()>,
}

/// A workspace's display name: its file stem.
pub fn workspace_name(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned())
}

/// The file a new workspace at `chosen` is written to: `chosen` itself, with
/// the workspace extension added when the user typed a bare name.
pub fn workspace_file(chosen: &Path) -> ShellResult<PathBuf> {
    if chosen.as_os_str().is_empty() || chosen.file_name().is_none() {
        return Err(ShellError::Invalid(format!(
            "{} is not a file name for a workspace",
            chosen.display()
        )));
    }
    Ok(match chosen.extension() {
        Some(extension) if extension == EXTENSION => chosen.to_path_buf(),
        _ => {
            let mut file = chosen.as_os_str().to_owned();
            file.push(".");
            file.push(EXTENSION);
            PathBuf::from(file)
        }
    })
}

/// The file for a new workspace the user named `chosen`; an existing file is
/// refused rather than replaced, since it may hold someone's work.
pub fn new_workspace_file(chosen: &Path) -> ShellResult<PathBuf> {
    let file = workspace_file(chosen)?;
    if file.exists() {
        return Err(ShellError::Invalid(format!(
            "{} already exists: open it, or choose another name for the new workspace",
            file.display()
        )));
    }
    Ok(file)
}

/// The workspace to open on start: the environment's choice, else the most
/// recent one that still exists, else the default file in the data folder.
pub fn startup_choice(from_env: Option<PathBuf>, settings: &Settings, folders: &Folders) -> PathBuf {
    from_env
        .filter(|path| !path.as_os_str().is_empty())
        .or_else(|| settings.last_existing().map(Path::to_path_buf))
        .unwrap_or_else(|| folders.data.join(DEFAULT_FILE))
}

/// Runs `work`, which may block (a store call, a wait for the lock): on a
/// multi-thread runtime's worker, `block_in_place` first hands the worker's
/// other tasks to another thread; anywhere else it simply runs.
fn blocking<T>(work: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current().map(|runtime| runtime.runtime_flavor()) {
        Ok(tokio::runtime::RuntimeFlavor::MultiThread) => tokio::task::block_in_place(work),
        _ => work(),
    }
}

/// The page cache of the connection the workbench keeps open, in MB (see [`Store::set_page_cache_mb`]).
const WORKBENCH_PAGE_CACHE_MB: u32 = 16;

impl Workspaces {
    pub fn new(folders: Folders) -> Workspaces {
        Workspaces {
            folders,
            open: Mutex::new(None),
            settings: Mutex::new(()),
        }
    }

    /// Runs `work` on the open workspace (or its absence) under the lock.
    fn with_open<T>(&self, work: impl FnOnce(&mut Option<Store>) -> T) -> T {
        blocking(|| work(&mut self.open.lock().unwrap_or_else(PoisonError::into_inner)))
    }

    /// Runs one store call on the open workspace.
    pub fn with_store<T>(&self, call: impl FnOnce(&mut Store) -> Result<T, StoreError>) -> ShellResult<T> {
        self.with_open(|open| {
            let store = open.as_mut().ok_or(ShellError::NoWorkspace)?;
            Ok(call(store)?)
        })
    }

    /// The open workspace's file, for jobs that open their own connection.
    pub fn current_path(&self) -> ShellResult<PathBuf> {
        self.with_open(|open| {
            let store = open.as_ref().ok_or(ShellError::NoWorkspace)?;
            store.path().map(Path::to_path_buf).ok_or(ShellError::NoWorkspace)
        })
    }

    /// The open workspace's name, path and size, or `None` when none is open.
    pub fn current(&self) -> ShellResult<Option<WorkspaceInfo>> {
        self.with_open(|open| Self::info(open.as_ref()))
    }

    fn info(open: Option<&Store>) -> ShellResult<Option<WorkspaceInfo>> {
        let Some(store) = open else {
            return Ok(None);
        };
        let Some(path) = store.path() else {
            return Ok(None);
        };
        let article_count = store.article_count()?;
        Ok(Some(WorkspaceInfo {
            name: workspace_name(path),
            path: path.to_path_buf(),
            article_count,
        }))
    }

    /// Opens (creating when missing) the workspace at `path`, makes it the
    /// current one and the most recent. The previous one stays open when
    /// this fails.
    pub fn open(&self, path: &Path) -> ShellResult<WorkspaceInfo> {
        if let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| ShellError::Io {
                action: "create the folder",
                path: parent.to_path_buf(),
                source,
            })?;
        }
        // Opening may migrate a big file (seconds): not on a worker.
        let store = blocking(|| -> ShellResult<Store> {
            let store = Store::open(path)?;
            // The workbench's connection reads; jobs open their own with the full cache.
            store.set_page_cache_mb(WORKBENCH_PAGE_CACHE_MB)?;
            Ok(store)
        })?;
        let path = store
            .path()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| path.to_path_buf());
        self.with_open(|open| *open = Some(store));
        // The workspace is open either way; a recent list that cannot be
        // saved costs the user only the shortcut, so it is reported, not fatal.
        if let Err(error) = self.update_settings(|settings| settings.remember(&path)) {
            eprintln!("standpoint: the recent workspaces were not saved: {error}");
        }
        self.current()?.ok_or(ShellError::NoWorkspace)
    }

    /// The recent list, most recent first.
    pub fn recent(&self) -> ShellResult<Vec<RecentWorkspace>> {
        let settings = Settings::load(&self.folders.config)?;
        Ok(settings
            .recent
            .into_iter()
            .map(|path| RecentWorkspace {
                name: workspace_name(&path),
                exists: path.is_file(),
                path,
            })
            .collect())
    }

    /// Loads, changes and saves the settings file. A malformed file is set
    /// aside as `settings.json.broken` (and said so) rather than kept in the way.
    pub fn update_settings(&self, change: impl FnOnce(&mut Settings)) -> ShellResult<()> {
        let _guard = self.settings.lock().unwrap_or_else(PoisonError::into_inner);
        let mut settings = match Settings::load(&self.folders.config) {
            Err(SettingsError::Malformed { path, source }) => {
                let aside = path.with_extension("json.broken");
                eprintln!(
                    "standpoint: {} is not valid ({source}); kept as {}",
                    path.display(),
                    aside.display()
                );
                let _ = std::fs::rename(&path, &aside);
                Settings::default()
            }
            loaded => loaded?,
        };
        change(&mut settings);
        Ok(settings.save(&self.folders.config)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folders(root: &Path) -> Folders {
        Folders {
            config: root.join("config"),
            data: root.join("data"),
        }
    }

    #[test]
    fn a_slow_store_call_does_not_hold_up_other_commands() {
        // One worker thread: without `blocking`, the quick task could run only
        // after the slow store call gave its worker back.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .build()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let workspaces = std::sync::Arc::new(Workspaces::new(folders(dir.path())));
        workspaces.open(&dir.path().join("w.standpoint")).unwrap();
        let (started, has_started) = std::sync::mpsc::channel();
        let slow = {
            let workspaces = workspaces.clone();
            runtime.spawn(async move {
                workspaces
                    .with_store(|_| {
                        started.send(()).unwrap();
                        std::thread::sleep(std::time::Duration::from_millis(500));
                        Ok(std::time::Instant::now())
                    })
                    .unwrap()
            })
        };
        has_started.recv().unwrap();
        let quick = runtime.spawn(async { std::time::Instant::now() });
        let quick_done = runtime.block_on(quick).unwrap();
        let slow_done = runtime.block_on(slow).unwrap();
        assert!(quick_done < slow_done, "the quick task waited for the slow store call");
    }

    #[test]
    fn names_and_files_follow_the_stem_and_extension() {
        assert_eq!(workspace_name(Path::new("/w/Syria 2016.standpoint")), "Syria 2016");
        assert_eq!(
            workspace_file(Path::new("/w/Syria")).unwrap(),
            Path::new("/w/Syria.standpoint")
        );
        assert_eq!(
            workspace_file(Path::new("/w/a.standpoint")).unwrap(),
            Path::new("/w/a.standpoint")
        );
        assert_eq!(
            workspace_file(Path::new("/w/v1.2")).unwrap(),
            Path::new("/w/v1.2.standpoint")
        );
        assert!(matches!(workspace_file(Path::new("")), Err(ShellError::Invalid(_))));
        assert!(matches!(workspace_file(Path::new("/")), Err(ShellError::Invalid(_))));
    }

    #[test]
    fn a_new_workspace_never_replaces_an_existing_file() {
        let root = tempfile::tempdir().unwrap();
        let taken = root.path().join("taken.standpoint");
        std::fs::write(&taken, b"work").unwrap();
        assert!(matches!(
            new_workspace_file(&root.path().join("taken")),
            Err(ShellError::Invalid(_))
        ));
        let fresh = new_workspace_file(&root.path().join("fresh")).unwrap();
        assert_eq!(fresh, root.path().join("fresh.standpoint"));
    }

    #[test]
    fn startup_prefers_env_then_recent_then_default() {
        let root = tempfile::tempdir().unwrap();
        let folders = folders(root.path());
        let mut settings = Settings::default();
        assert_eq!(
            startup_choice(None, &settings, &folders),
            folders.data.join(DEFAULT_FILE)
        );
        let recent = root.path().join("recent.standpoint");
        std::fs::write(&recent, b"").unwrap();
        settings.remember(&recent);
        assert_eq!(startup_choice(None, &settings, &folders), recent);
        assert_eq!(startup_choice(Some(PathBuf::new()), &settings, &folders), recent);
        let chosen = PathBuf::from("/tmp/e2e.standpoint");
        assert_eq!(startup_choice(Some(chosen.clone()), &settings, &folders), chosen);
    }

    #[test]
    fn opening_creates_the_workspace_and_remembers_it() {
        let root = tempfile::tempdir().unwrap();
        let workspaces = Workspaces::new(folders(root.path()));
        assert!(workspaces.current().unwrap().is_none());
        assert!(matches!(
            workspaces.with_store(|store| store.articles()),
            Err(ShellError::NoWorkspace)
        ));
        let first = root.path().join("nested/first.standpoint");
        let info = workspaces.open(&first).unwrap();
        assert_eq!((info.name.as_str(), info.article_count), ("first", 0));
        assert!(first.is_file());
        let second = root.path().join("second.standpoint");
        workspaces.open(&second).unwrap();
        let recent: Vec<_> = workspaces.recent().unwrap().into_iter().map(|r| r.name).collect();
        assert_eq!(recent, ["second", "first"]);
        assert_eq!(workspaces.current_path().unwrap(), second);
    }

    #[test]
    fn a_malformed_settings_file_is_set_aside_and_the_list_starts_again() {
        let root = tempfile::tempdir().unwrap();
        let workspaces = Workspaces::new(folders(root.path()));
        std::fs::create_dir_all(&workspaces.folders.config).unwrap();
        let settings = workspaces.folders.config.join(crate::settings::SETTINGS_FILE);
        std::fs::write(&settings, "{oops").unwrap();
        workspaces.open(&root.path().join("w.standpoint")).unwrap();
        let recent: Vec<_> = workspaces.recent().unwrap().into_iter().map(|r| r.name).collect();
        assert_eq!(recent, ["w"]);
        assert_eq!(
            std::fs::read_to_string(settings.with_extension("json.broken")).unwrap(),
            "{oops"
        );
    }

    #[test]
    fn a_file_that_is_not_a_workspace_leaves_the_current_one_open() {
        let root = tempfile::tempdir().unwrap();
        let workspaces = Workspaces::new(folders(root.path()));
        let good = root.path().join("good.standpoint");
        workspaces.open(&good).unwrap();
        let bogus = root.path().join("notes.standpoint");
        std::fs::write(&bogus, "these are my notes, not a database").unwrap();
        let error = workspaces.open(&bogus).unwrap_err();
        assert_eq!(error.code(), crate::error::ErrorCode::NotAWorkspace, "{error}");
        assert_eq!(workspaces.current_path().unwrap(), good);
    }
}
