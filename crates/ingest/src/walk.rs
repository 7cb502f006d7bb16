//! Directory walks: depth first, entries sorted by name, hidden entries (names starting with
//! `.`) skipped, each directory read only when the walk reaches it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::IngestError;

/// A lazy, sorted walk over the files below a directory.
pub struct Walk {
    /// Entries still to visit, the next one last.
    stack: Vec<PathBuf>,
    /// Directories already entered (canonical paths), so symlink loops end.
    seen: HashSet<PathBuf>,
}

impl Walk {
    /// A walk over the files below `root`.
    pub fn new(root: &Path) -> Self {
        Walk {
            stack: vec![root.to_path_buf()],
            seen: HashSet::new(),
        }
    }

    fn enter(&mut self, dir: &Path) -> Result<(), IngestError> {
        let unreadable = |e: std::io::Error| IngestError::Unreadable {
            source_name: dir.display().to_string(),
            reason: e.to_string(),
        };
        if let Ok(canon) = dir.canonicalize() {
            if !self.seen.insert(canon) {
                return Ok(());
            }
        }
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(unreadable)? {
            let entry = entry.map_err(unreadable)?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            entries.push(entry.path());
        }
        entries.sort();
        self.stack.extend(entries.into_iter().rev());
        Ok(())
    }
}

impl Iterator for Walk {
    type Item = Result<PathBuf, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while let Some(path) = self.stack.pop() {
            if path.is_dir() {
                if let Err(e) = self.enter(&path) {
                    return Some(Err(e));
                }
                continue;
            }
            return Some(Ok(path));
        }
        None
    }
}
