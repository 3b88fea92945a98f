//! Output files: written to a temporary file beside the target, then renamed, so a
//! reader never sees half a file and an interrupted run leaves the previous outputs.

use serde::Serialize;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Write `path` atomically: `write` fills a temporary file in the same folder, which
/// is synced and renamed over `path` only if everything succeeded.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> io::Result<()>,
) -> io::Result<()> {
    let tmp = temp_path(path);
    let result = (|| {
        let file = File::create(&tmp)?;
        let mut w = BufWriter::with_capacity(1 << 20, file);
        write(&mut w)?;
        w.flush()?;
        w.get_ref().sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// The run summary (SCHEMA.md §5), written as `summary.json`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// `"vanban-summary/1"`.
    pub schema: &'static str,
    /// The corpus root as given.
    pub root: String,
    /// Files seen (every one has a record).
    pub files: usize,
    /// Records with status `ok`.
    pub ok: usize,
    /// Records with status `partial`.
    pub partial: usize,
    /// Records with status `failed`.
    pub failed: usize,
    /// Paths of the failed records, sorted.
    pub failed_paths: Vec<String>,
    /// Records that want a person's check.
    pub review: usize,
    /// Documents read (ok + partial).
    pub documents: usize,
    /// Tasks found.
    pub tasks: usize,
    /// Citations found.
    pub citations: usize,
    /// Citations whose target is in the corpus.
    pub citations_resolved: usize,
    /// Citations whose target is not.
    pub citations_unresolved: usize,
    /// Bytes read.
    pub bytes: u64,
    /// Wall-clock seconds of the run.
    pub seconds: f64,
    /// Megabytes (10^6 bytes) per second.
    pub mb_per_s: f64,
    /// Documents per second.
    pub docs_per_s: f64,
    /// Worker threads.
    pub threads: usize,
}
