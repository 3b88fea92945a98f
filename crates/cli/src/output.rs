//! Output files: written to a temporary file beside the target, then renamed, so a
//! reader never sees half a file and an interrupted run leaves the previous outputs.

use serde::Serialize;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file being written atomically: to a temporary file beside its target, renamed over
/// it by [`AtomicFile::commit`]. Dropped without a commit, the temporary file is
/// removed and the target keeps its previous content.
pub struct AtomicFile {
    path: PathBuf,
    tmp: PathBuf,
    writer: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Start writing `path`.
    pub fn create(path: &Path) -> io::Result<AtomicFile> {
        let tmp = temp_path(path);
        let file = File::create(&tmp)?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            tmp,
            writer: Some(BufWriter::with_capacity(1 << 20, file)),
        })
    }

    /// The writer.
    pub fn writer(&mut self) -> &mut BufWriter<File> {
        self.writer
            .as_mut()
            .expect("an uncommitted AtomicFile has a writer")
    }

    /// Flush, sync and rename over the target.
    pub fn commit(self) -> io::Result<()> {
        self.rename_over_target(true)
    }

    /// Flush and rename over the target without syncing: for a scratch file that the
    /// run reads back and removes (a crash loses it with the run; syncing the staged
    /// records cost as much as syncing documents.jsonl).
    pub fn commit_unsynced(self) -> io::Result<()> {
        self.rename_over_target(false)
    }

    fn rename_over_target(mut self, sync: bool) -> io::Result<()> {
        let mut w = self.writer.take().expect("commit once");
        w.flush()?;
        if sync {
            w.get_ref().sync_all()?;
        }
        drop(w);
        std::fs::rename(&self.tmp, &self.path)
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.writer.is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

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

/// Remove the temporary files that a killed run (SIGKILL, power loss) left in `out`:
/// `.NAME.PID.tmp` where no process PID is running any more. A live run's files are
/// left alone. Best effort: anything that cannot be read or removed stays.
pub(crate) fn remove_stale_temp_files(out: &Path) {
    let Ok(entries) = std::fs::read_dir(out) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(stem) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
            continue;
        };
        let Some(pid) = stem
            .rsplit_once('.')
            .and_then(|(_, pid)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !process_is_running(pid) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Whether a process with this id exists. Where that cannot be told (no `/proc`), say
/// yes, so nothing that might be in use is removed.
fn process_is_running(pid: u32) -> bool {
    if !Path::new("/proc/self").exists() {
        return true;
    }
    Path::new(&format!("/proc/{pid}")).exists()
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

fn summary_schema() -> &'static str {
    "vanban-summary/1"
}

/// The run summary (SCHEMA.md §5), written as `summary.json`.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize)]
pub struct Summary {
    /// `"vanban-summary/1"`.
    #[serde(skip_deserializing, default = "summary_schema")]
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
    /// Records reused unchanged from the previous run (`--incremental`); 0 otherwise.
    pub reused: usize,
}

/// The header of `tasks.csv`. (`coordinators` came later: it is last, so that readers
/// of the earlier columns by position read them as before.)
pub const TASKS_CSV_HEADER: &str = "id,ref,date,issuer,label,assignees,assignees_implicit,actions,deadline_date,recurrence,deadline_text,text,coordinators\r\n";

/// The rows of `tasks.csv` for one record: one per task, RFC 4180 quoting, lists
/// joined with `; `.
pub fn task_rows(r: &vanban_types::Record, out: &mut impl Write) -> io::Result<()> {
    // The joined lists of each task, in buffers reused from task to task.
    let (mut assignees, mut actions, mut coordinators) =
        (String::new(), String::new(), String::new());
    for t in &r.tasks {
        let dl = t.deadline.as_ref();
        join_into(&mut assignees, &t.assignees, "; ");
        join_into(&mut actions, &t.actions, "; ");
        join_into(&mut coordinators, &t.coordinators, "; ");
        let cells = [
            r.id.as_str(),
            r.fields.reference.as_deref().unwrap_or(""),
            r.fields.date.as_deref().unwrap_or(""),
            r.fields.issuer.name.as_deref().unwrap_or(""),
            t.label.as_str(),
            &assignees,
            if t.assignees_implicit {
                "true"
            } else {
                "false"
            },
            &actions,
            dl.and_then(|d| d.date.as_deref()).unwrap_or(""),
            dl.and_then(|d| d.every.as_deref()).unwrap_or(""),
            dl.map(|d| d.text.as_str()).unwrap_or(""),
            t.text.as_str(),
            &coordinators,
        ];
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            csv_cell(c, out)?;
        }
        out.write_all(b"\r\n")?;
    }
    Ok(())
}

/// `parts` joined with `sep` into `buf` (emptied first): `[T]::join` without a new
/// string each time.
pub fn join_into(buf: &mut String, parts: &[String], sep: &str) {
    buf.clear();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            buf.push_str(sep);
        }
        buf.push_str(p);
    }
}

fn csv_cell(s: &str, out: &mut impl Write) -> io::Result<()> {
    // Bytes, not chars: the four are ASCII, and a task's text is long (a char pattern
    // decodes every Vietnamese letter).
    if !s.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        return out.write_all(s.as_bytes());
    }
    out.write_all(b"\"")?;
    // Quotes doubled, written piece by piece rather than into a copy.
    let mut pieces = s.split('"');
    if let Some(first) = pieces.next() {
        out.write_all(first.as_bytes())?;
    }
    for piece in pieces {
        out.write_all(b"\"\"")?;
        out.write_all(piece.as_bytes())?;
    }
    out.write_all(b"\"")
}

#[cfg(test)]
mod tests {
    use super::{csv_cell, join_into};
    use std::io::Write;

    #[test]
    fn an_atomic_file_replaces_its_target_only_when_committed_synced_or_not() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.jsonl");
        std::fs::write(&target, "old\n").unwrap();
        let leftovers = || {
            std::fs::read_dir(dir.path())
                .unwrap()
                .filter(|e| e.as_ref().unwrap().file_name() != "out.jsonl")
                .count()
        };
        // Dropped without a commit: the previous content stays, no temporary file.
        let mut f = super::AtomicFile::create(&target).unwrap();
        f.writer().write_all(b"half").unwrap();
        drop(f);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old\n");
        assert_eq!(leftovers(), 0);
        for (commit, text) in [
            (super::AtomicFile::commit as fn(_) -> _, "synced\n"),
            (super::AtomicFile::commit_unsynced, "unsynced\n"),
        ] {
            let mut f = super::AtomicFile::create(&target).unwrap();
            f.writer().write_all(text.as_bytes()).unwrap();
            commit(f).unwrap();
            assert_eq!(std::fs::read_to_string(&target).unwrap(), text);
            assert_eq!(leftovers(), 0);
        }
    }

    #[test]
    fn csv_cells_are_quoted_only_when_they_must_be_and_quotes_are_doubled() {
        for (cell, written) in [
            ("Sở Y tế", "Sở Y tế"),
            ("", ""),
            ("Sở Y tế, Sở Tài chính", "\"Sở Y tế, Sở Tài chính\""),
            ("Chỉ thị \"16\"", "\"Chỉ thị \"\"16\"\"\""),
            ("\"", "\"\"\"\""),
            ("dòng một\ndòng hai", "\"dòng một\ndòng hai\""),
            ("a\r\nb", "\"a\r\nb\""),
            ("\"đầu\" và \"cuối\"", "\"\"\"đầu\"\" và \"\"cuối\"\"\""),
        ] {
            let mut out = Vec::new();
            csv_cell(cell, &mut out).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), written, "{cell:?}");
        }
    }

    #[test]
    fn join_into_is_join_and_forgets_what_the_buffer_held() {
        let mut buf = String::from("left over");
        for parts in [
            vec![],
            vec!["Sở Y tế".to_string()],
            vec!["Sở Y tế".into(), String::new(), "UBND các huyện".into()],
        ] {
            join_into(&mut buf, &parts, "; ");
            assert_eq!(buf, parts.join("; "));
        }
    }
}
