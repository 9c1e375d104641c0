//! Writing an output file (a CSV export, a network, extraction results) so
//! that nothing is ever half-written or overwritten by mistake. The one way
//! both shells write a file:
//! - a target that is the same file as one the command reads (its input,
//!   the open workspace and its `-wal`/`-shm` companions) is refused before
//!   anything is written; "same" is decided by the file system (device and
//!   inode), so links and `./` spellings cannot slip through;
//! - the bytes go to a temporary file in the target's folder, are flushed to
//!   disk, and replace the target by one rename only when complete. A writer
//!   that fails, a full disk or a vanished folder leaves the old file as it
//!   was and no partial file behind.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Result, StoreError};
use crate::Store;

/// A file the command reads, named with what it is (`("the input", path)`),
/// which its output must not replace.
pub type Input<'a> = (&'static str, &'a Path);

/// Whatever error an output's writer fails with.
type WriterError = Box<dyn std::error::Error + Send + Sync>;

/// Writes `path` through `write`, atomically, refusing a path that is the
/// same file as one of `inputs`. Returns what `write` returned.
pub fn write_file<T, E: Into<WriterError>>(
    path: &Path,
    inputs: &[Input],
    write: impl FnOnce(&mut dyn Write) -> std::result::Result<T, E>,
) -> Result<T> {
    refuse_inputs(path, inputs)?;
    let failed = |source: std::io::Error| StoreError::Output {
        path: path.to_owned(),
        source,
    };
    let name = path
        .file_name()
        .ok_or_else(|| StoreError::Invalid(format!("{} does not name a file", path.display())))?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    let prefix = format!(".{}.", name.to_string_lossy());
    builder.prefix(&prefix).suffix(".partial");
    #[cfg(unix)]
    {
        // As `File::create` would: readable by others as the umask allows
        // (a temporary file is otherwise owner-only, and so would the export be).
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // Dropped on any early return, which deletes it.
    let mut temporary = builder.tempfile_in(folder).map_err(failed)?;
    let value = {
        let mut out = BufWriter::new(temporary.as_file_mut());
        let value = write(&mut out).map_err(|error| failed(std::io::Error::other(error)))?;
        out.flush().map_err(failed)?;
        value
    };
    temporary.as_file().sync_all().map_err(failed)?;
    temporary.persist(path).map_err(|error| failed(error.error))?;
    sync_folder(folder);
    Ok(value)
}

/// Makes the rename itself durable. Best effort: some file systems cannot
/// open or sync a folder, and the data is already safe in the renamed file.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// Refuses `output` when it is the same file as one of `inputs`.
fn refuse_inputs(output: &Path, inputs: &[Input]) -> Result<()> {
    for &(what, input) in inputs {
        // Only two existing files can be the same file; an error (either
        // missing) means they are not.
        if same_file::is_same_file(output, input).unwrap_or(false) {
            return Err(StoreError::OutputIsInput {
                output: output.to_owned(),
                what,
                input: input.to_owned(),
            });
        }
    }
    Ok(())
}

/// The workspace file and the files SQLite keeps beside it while it is open.
fn workspace_files(workspace: &Path) -> Vec<PathBuf> {
    let mut files = vec![workspace.to_owned()];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut name = workspace.as_os_str().to_owned();
        name.push(suffix);
        files.push(PathBuf::from(name));
    }
    files
}

impl Store {
    /// Writes an output file as [`write_file`] does, refusing the
    /// workspace itself (and its companion files) and `inputs` as targets.
    pub fn write_output<T, E: Into<WriterError>>(
        &self,
        path: &Path,
        inputs: &[Input],
        write: impl FnOnce(&mut dyn Write) -> std::result::Result<T, E>,
    ) -> Result<T> {
        let workspace = self.path().map(workspace_files).unwrap_or_default();
        let mut protected: Vec<Input> = workspace
            .iter()
            .map(|file| ("the open workspace", file.as_path()))
            .collect();
        protected.extend_from_slice(inputs);
        write_file(path, &protected, write)
    }
}
