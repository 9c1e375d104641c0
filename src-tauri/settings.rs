//! The app's own small settings file: which workspaces were used recently and
//! which one to open on start. A JSON file in the app's config folder.
//!
//! Plain functions over a path, so they are tested without a window. A missing
//! file is a fresh start; an unreadable or malformed one is reported, never
//! silently overwritten (the caller decides to start fresh and says so).

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many workspaces the recent list keeps.
pub const RECENT_LIMIT: usize = 10;

/// The settings file's name inside the config folder.
pub const SETTINGS_FILE: &str = "settings.json";

/// What the app remembers between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Most recently used first; the first one is opened on start.
    #[serde(default)]
    pub recent: Vec<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read the settings file {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("the settings file {path} is not valid JSON settings: {source}")]
    Malformed { path: PathBuf, source: serde_json::Error },
    #[error("cannot write the settings file {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
}

impl Settings {
    /// Reads the settings in `dir`; a folder without a settings file gives the defaults.
    pub fn load(dir: &Path) -> Result<Settings, SettingsError> {
        let path = dir.join(SETTINGS_FILE);
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == ErrorKind::NotFound => return Ok(Settings::default()),
            Err(source) => return Err(SettingsError::Read { path, source }),
        };
        serde_json::from_slice(&bytes).map_err(|source| SettingsError::Malformed { path, source })
    }

    /// Writes the settings into `dir` (created when missing) through a temporary
    /// file and a rename, so a crash never leaves half a file behind.
    pub fn save(&self, dir: &Path) -> Result<(), SettingsError> {
        let path = dir.join(SETTINGS_FILE);
        let write = |source| SettingsError::Write {
            path: path.clone(),
            source,
        };
        fs::create_dir_all(dir).map_err(write)?;
        let temporary = dir.join(format!("{SETTINGS_FILE}.tmp"));
        let json = serde_json::to_vec_pretty(self).map_err(|error| write(error.into()))?;
        fs::write(&temporary, json).map_err(write)?;
        fs::rename(&temporary, &path).map_err(write)
    }

    /// Puts `workspace` first in the recent list, once, and keeps the list short.
    pub fn remember(&mut self, workspace: &Path) {
        self.recent.retain(|known| known != workspace);
        self.recent.insert(0, workspace.to_path_buf());
        self.recent.truncate(RECENT_LIMIT);
    }

    /// Drops a workspace from the recent list (it was deleted or cannot be opened).
    pub fn forget(&mut self, workspace: &Path) {
        self.recent.retain(|known| known != workspace);
    }

    /// The workspace to open on start: the most recent one that still exists.
    pub fn last_existing(&self) -> Option<&Path> {
        self.recent.iter().map(PathBuf::as_path).find(|path| path.is_file())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_is_a_fresh_start_and_saved_settings_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap(), Settings::default());
        let mut settings = Settings::default();
        settings.remember(Path::new("/w/a.standpoint"));
        settings.save(&dir.path().join("nested")).unwrap();
        assert_eq!(Settings::load(&dir.path().join("nested")).unwrap(), settings);
    }

    #[test]
    fn malformed_file_is_reported_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(SETTINGS_FILE), "{not json").unwrap();
        let error = Settings::load(dir.path()).unwrap_err();
        assert!(matches!(error, SettingsError::Malformed { .. }), "{error}");
        assert_eq!(fs::read_to_string(dir.path().join(SETTINGS_FILE)).unwrap(), "{not json");
    }

    #[test]
    fn remember_moves_to_front_without_duplicates_and_caps_the_list() {
        let mut settings = Settings::default();
        for n in 0..RECENT_LIMIT + 3 {
            settings.remember(Path::new(&format!("/w/{n}")));
        }
        settings.remember(Path::new("/w/5"));
        assert_eq!(settings.recent.len(), RECENT_LIMIT);
        assert_eq!(settings.recent[0], Path::new("/w/5"));
        assert_eq!(
            settings
                .recent
                .iter()
                .filter(|p| p.as_path() == Path::new("/w/5"))
                .count(),
            1
        );
        settings.forget(Path::new("/w/5"));
        assert!(!settings.recent.iter().any(|p| p.as_path() == Path::new("/w/5")));
    }

    #[test]
    fn last_existing_skips_workspaces_that_were_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let kept = dir.path().join("kept.standpoint");
        fs::write(&kept, b"").unwrap();
        let mut settings = Settings::default();
        settings.remember(&kept);
        settings.remember(&dir.path().join("gone.standpoint"));
        assert_eq!(settings.last_existing(), Some(kept.as_path()));
        assert_eq!(Settings::default().last_existing(), None);
    }
}
