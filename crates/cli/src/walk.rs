//! Finding the input files of a corpus.

use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// One thing found under the corpus root: a file to read, or a problem with an entry
/// (a symlink loop, an unreadable folder, a name that is not UTF-8) that still gets a
/// record, so that nothing is silently lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkEntry {
    /// A file to read.
    File {
        /// Path relative to the root, `/`-separated (the record's `path`).
        rel: String,
        /// Where it is.
        abs: PathBuf,
        /// Size in bytes, from the directory listing.
        len: u64,
    },
    /// An entry that cannot be read.
    Error {
        /// Path relative to the root, as well as it could be written.
        rel: String,
        /// What went wrong.
        message: String,
    },
}

impl WalkEntry {
    /// The record path.
    pub fn rel(&self) -> &str {
        match self {
            WalkEntry::File { rel, .. } | WalkEntry::Error { rel, .. } => rel,
        }
    }
}

/// Every file under `root` whose extension is in `extensions` (case-insensitive),
/// recursively, following symbolic links (loops are reported, not followed), sorted by
/// relative path. A `root` that is a file yields that file.
pub fn walk(root: &Path, extensions: &[String]) -> Vec<WalkEntry> {
    let mut out = Vec::new();
    let wanted = |p: &Path| {
        p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            extensions
                .iter()
                .any(|w| w.eq_ignore_ascii_case(e.trim_start_matches('.')))
        })
    };
    for entry in WalkDir::new(root).follow_links(true).sort_by_file_name() {
        match entry {
            Ok(e) => {
                if !e.file_type().is_file() || !wanted(e.path()) {
                    continue;
                }
                let (rel, lossy) = relative(root, e.path());
                if lossy {
                    out.push(WalkEntry::Error {
                        rel,
                        message: "file name is not valid UTF-8; rename it to be read".into(),
                    });
                    continue;
                }
                let len = e.metadata().map(|m| m.len()).unwrap_or(0);
                out.push(WalkEntry::File {
                    rel,
                    abs: e.path().to_path_buf(),
                    len,
                });
            }
            Err(err) => {
                let path = err
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| root.to_path_buf());
                let (rel, _) = relative(root, &path);
                let message = if let Some(anc) = err.loop_ancestor() {
                    format!(
                        "symbolic link loop (back to {}): not followed",
                        anc.display()
                    )
                } else {
                    format!(
                        "cannot read: {}",
                        err.io_error()
                            .map_or_else(|| err.to_string(), |e| e.to_string())
                    )
                };
                out.push(WalkEntry::Error { rel, message });
            }
        }
    }
    out.sort_by(|a, b| a.rel().cmp(b.rel()));
    out.dedup_by(|a, b| a.rel() == b.rel());
    out
}

/// The path relative to the root, `/`-separated; and whether it had to be written
/// lossily (a name that is not UTF-8).
fn relative(root: &Path, path: &Path) -> (String, bool) {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let rel = if rel.as_os_str().is_empty() {
        Path::new(path.file_name().unwrap_or(path.as_os_str()))
    } else {
        rel
    };
    let mut lossy = false;
    let parts: Vec<String> = rel
        .components()
        .map(|c| {
            let s = c.as_os_str();
            match s.to_str() {
                Some(s) => s.to_string(),
                None => {
                    lossy = true;
                    s.to_string_lossy().into_owned()
                }
            }
        })
        .collect();
    (parts.join("/"), lossy)
}
