//! A corpus run: walk, process in parallel, write the records in order.

use std::collections::HashMap;
use std::fmt;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use vanban_lexicon::Lexicon;
use vanban_types::{ProblemKind, Record, Status};

use vanban_citelink::graph::{Graph, GraphBuilder, Sym};

use crate::output::{task_rows, write_atomic, AtomicFile, Summary, TASKS_CSV_HEADER};
use crate::walk::{walk, WalkEntry};
use crate::{failed, Pipeline};

/// Files processed together between two writes: bounds memory (records stream to
/// disk) while keeping every core busy.
const BATCH: usize = 512;

/// What a run needs, resolved from the command line.
#[derive(Debug, Clone)]
pub struct RunConfig {
    /// The corpus folder (or one file).
    pub root: PathBuf,
    /// The output folder (created if missing).
    pub out: PathBuf,
    /// File extensions to read, without dots.
    pub extensions: Vec<String>,
    /// Worker threads; 0 for one per core.
    pub jobs: usize,
    /// Put sentence spans into the records.
    pub sentences: bool,
    /// Files larger than this get a `failed` record without being read.
    pub max_file_bytes: u64,
    /// The most tasks and citations a record keeps.
    pub limits: crate::Limits,
    /// Show a progress bar (only on a terminal).
    pub progress: bool,
    /// The lexicon to use.
    pub lexicon: Lexicon,
    /// The task classifier (built-in cue words, or extended by `--lexicon FILE`); `None`
    /// skips task classification.
    pub classifier: Option<vanban_classify::Classifier>,
    /// Reuse the previous run's record of every file whose content is unchanged
    /// (`--incremental`), when the previous run had the same `settings`.
    pub incremental: bool,
    /// Everything besides a file's bytes that its record depends on (the vanban build,
    /// the lexicon, the flags), as one string: a cached record is reused only under
    /// the same settings. Stored in the database by every run.
    pub settings: String,
}

/// A run that could not complete.
#[derive(Debug)]
pub enum RunError {
    /// The corpus root does not exist or is not readable.
    Input(String),
    /// An output file could not be written.
    Output(String),
    /// The worker pool could not be started.
    Setup(String),
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Input(m) | RunError::Output(m) | RunError::Setup(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for RunError {}

/// Run the pipeline over a corpus and write `documents.jsonl` and `summary.json`.
pub fn run(cfg: &RunConfig) -> Result<Summary, RunError> {
    let started = Instant::now();
    if !cfg.root.exists() {
        return Err(RunError::Input(format!(
            "corpus folder {} does not exist",
            cfg.root.display()
        )));
    }
    std::fs::create_dir_all(&cfg.out).map_err(|e| {
        RunError::Output(format!(
            "cannot create output folder {}: {e}",
            cfg.out.display()
        ))
    })?;
    crate::output::remove_stale_temp_files(&cfg.out);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.jobs)
        .build()
        .map_err(|e| RunError::Setup(format!("cannot start worker threads: {e}")))?;
    let threads = pool.current_num_threads();
    // The corpus is listed while the patterns compile: both are fixed costs of a run,
    // done by one core before any document is read (the patterns alone were 0.1 s).
    let (pipeline, entries) = std::thread::scope(|scope| {
        let listing = std::thread::Builder::new()
            .name("vanban-walk".into())
            .spawn_scoped(scope, || walk(&cfg.root, &cfg.extensions));
        let pipeline = match &cfg.classifier {
            Some(c) => Pipeline::with_classifier(&cfg.lexicon, c.clone()),
            None => Pipeline::without_tasks(&cfg.lexicon),
        };
        let entries = match listing {
            Ok(thread) => thread
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => walk(&cfg.root, &cfg.extensions),
        };
        (pipeline, entries)
    });
    let pipeline = pipeline
        .with_sentences(cfg.sentences)
        .with_limits(cfg.limits);
    let cache = if cfg.incremental {
        crate::store::RecordCache::open(&cfg.out.join("vanban.sqlite"), &cfg.settings)
    } else {
        None
    };
    let known = cache.as_ref().map(|c| &c.hashes);
    if let Some(cache) = &cache {
        if let Some(mut s) = unchanged_since_last_run(cfg, &pool, &entries, cache) {
            // Same files, same contents, same settings: the previous outputs are what a
            // full run would write. Only the summary is written again.
            s.root = cfg.root.display().to_string();
            s.reused = s.files;
            s.threads = threads;
            s.seconds = started.elapsed().as_secs_f64();
            s.mb_per_s = s.bytes as f64 / 1e6 / s.seconds.max(1e-9);
            s.docs_per_s = s.files as f64 / s.seconds.max(1e-9);
            write_summary(&cfg.out, &s)?;
            return Ok(s);
        }
    }
    // Per staged record, in order: its key, path and date (to resolve undated
    // citations), as strings of the graph's arena (which holds them anyway).
    let mut staged: Vec<StagedAt> = Vec::with_capacity(entries.len());

    let bar = if cfg.progress {
        let b = ProgressBar::new(entries.len() as u64);
        b.set_style(
            ProgressStyle::with_template(
                "{spinner} {pos}/{len} files [{elapsed_precise}] {wide_bar} {per_sec} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    } else {
        ProgressBar::hidden()
    };

    let mut summary = Summary {
        schema: "vanban-summary/1",
        root: cfg.root.display().to_string(),
        threads,
        ..Summary::default()
    };
    let out_err = |what: &str, e: std::io::Error| {
        RunError::Output(format!(
            "cannot write {}: {e}",
            cfg.out.join(what).display()
        ))
    };
    // Records stream to a staging file; citation targets are known only once every
    // document is read, so a second pass fills them in (the graph is all that is kept
    // in memory).
    let mut stage = AtomicFile::create(&cfg.out.join(".documents.stage.jsonl"))
        .map_err(|e| out_err("documents.jsonl", e))?;
    // Subjects and citation texts wait on disk beside the outputs until graph.json and
    // the database are written.
    let mut graph = GraphBuilder::spill_to(&cfg.out).map_err(|e| out_err("graph.json", e))?;
    // Each staged record's line, built here and written whole.
    let mut line = Vec::new();
    let mut tasks =
        AtomicFile::create(&cfg.out.join("tasks.csv")).map_err(|e| out_err("tasks.csv", e))?;
    // The database fills on a thread of its own as records come (documents, tasks,
    // texts, the per-file cache rows), then takes the resolved citations and the graph.
    let db_err = |e: String| {
        RunError::Output(format!(
            "cannot write {}: {e}",
            cfg.out.join("vanban.sqlite").display()
        ))
    };
    let db_writer = crate::store::DbWriter::start(&cfg.out.join("vanban.sqlite"), &cfg.settings)
        .map_err(db_err)?;
    let db = &db_writer;
    // UTF-8 with a byte-order mark, so that Excel shows Vietnamese correctly.
    tasks
        .writer()
        .write_all(b"\xEF\xBB\xBF")
        .and_then(|_| tasks.writer().write_all(TASKS_CSV_HEADER.as_bytes()))
        .map_err(|e| out_err("tasks.csv", e))?;
    // The workers process batch k+1 while this thread writes batch k (records,
    // tasks.csv, the graph): writing is off the workers' critical path. Batches come
    // back in order, so the outputs do not depend on the thread count.
    let pipeline = &pipeline;
    let pool = &pool;
    let batches = entries.chunks(BATCH);
    let written: Result<(), RunError> = std::thread::scope(|scope| {
        let (done, ready) = std::sync::mpsc::sync_channel::<Vec<Outcome>>(1);
        let entries = &entries;
        scope.spawn(move || {
            for batch in entries.chunks(BATCH) {
                let outcomes: Vec<Outcome> = pool.install(|| {
                    batch
                        .par_iter()
                        .map(|e| process_entry(pipeline, e, cfg.max_file_bytes, known))
                        .collect()
                });
                if done.send(outcomes).is_err() {
                    return; // the writer stopped on an error
                }
            }
        });
        for (batch, outcomes) in batches.zip(ready) {
            for (entry, outcome) in batch.iter().zip(outcomes) {
                let (record, text, bytes, hash) = match outcome {
                    Outcome::Read {
                        record,
                        text,
                        bytes,
                        hash,
                    } => (*record, text, bytes, hash),
                    Outcome::Unchanged { bytes, hash } => {
                        let cached = cache.as_ref().and_then(|c| c.record_and_text(entry.rel()));
                        let (record, text) = match cached {
                            Some(r) => {
                                summary.reused += 1;
                                r
                            }
                            // The cached row did not read back: process the file after all.
                            None => {
                                match process_entry(pipeline, entry, cfg.max_file_bytes, None) {
                                    Outcome::Read { record, text, .. } => (*record, text),
                                    Outcome::Unchanged { .. } => unreachable!("no cache given"),
                                }
                            }
                        };
                        (record, text, bytes, Some(hash))
                    }
                };
                staged.push(StagedAt {
                    key: graph.share(&record.id),
                    path: graph.share(&record.path),
                    date: record.fields.date.as_deref().map(|d| graph.share(d)),
                });
                summary.bytes += bytes;
                tally(&mut summary, &record);
                graph.add(&record);
                line.clear();
                crate::json::write(&mut line, &record)
                    .map_err(std::io::Error::from)
                    .and_then(|_| {
                        line.push(b'\n');
                        stage.writer().write_all(&line)
                    })
                    .map_err(|e| out_err("documents.jsonl", e))?;
                task_rows(&record, tasks.writer()).map_err(|e| out_err("tasks.csv", e))?;
                db.record(crate::store::StagedRecord {
                    record: Box::new(record),
                    text,
                    hash,
                });
                bar.inc(1);
            }
        }
        Ok(())
    });
    written?;
    let stage_path = cfg.out.join(".documents.stage.jsonl");
    stage
        .commit_unsynced()
        .map_err(|e| out_err("documents.jsonl", e))?;
    // What only the processing needed goes before the tail's peak.
    drop(entries);
    let graph = std::sync::Arc::new(graph.finish());
    db.graph(graph.clone());
    // graph.json is written while the target pass rewrites the records; it replaces
    // the previous one only once the records are right too.
    let (resolved, graph_json) = std::thread::scope(|scope| {
        let graph_json = scope.spawn(|| {
            let mut file = AtomicFile::create(&cfg.out.join("graph.json"))?;
            serde_json::to_writer(file.writer(), &graph).map_err(std::io::Error::other)?;
            file.writer().write_all(b"\n")?;
            Ok(file)
        });
        let resolved = resolve_targets(
            &stage_path,
            &cfg.out.join("documents.jsonl"),
            &graph,
            &staged,
            &mut summary,
            db,
        );
        let graph_json = graph_json
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the graph.json writer panicked")));
        (resolved, graph_json)
    });
    let documents = match resolved {
        Ok(documents) => documents,
        Err(e) => {
            let _ = std::fs::remove_file(&stage_path);
            return Err(out_err("documents.jsonl", e));
        }
    };
    drop(staged);
    // The database thread replaces the previous database: stop reading it.
    drop(cache);
    // The files are synced and put in place while the database thread builds the
    // indexes and puts the search index in; the database replaces the previous one
    // after them (its incremental cache describes them).
    let files_done = db_writer
        .finish(|| {
            documents
                .commit()
                .map_err(|e| out_err("documents.jsonl", e))?;
            graph_json
                .and_then(AtomicFile::commit)
                .map_err(|e| out_err("graph.json", e))?;
            tasks.commit().map_err(|e| out_err("tasks.csv", e))
        })
        .map_err(db_err);
    let _ = std::fs::remove_file(&stage_path);
    files_done??;
    bar.finish_and_clear();

    summary.failed_paths.sort();
    summary.seconds = started.elapsed().as_secs_f64();
    if summary.seconds > 0.0 {
        summary.mb_per_s = summary.bytes as f64 / 1e6 / summary.seconds;
        summary.docs_per_s = summary.files as f64 / summary.seconds;
    }
    write_summary(&cfg.out, &summary)?;
    Ok(summary)
}

/// Write `summary.json` into `out`, atomically.
fn write_summary(out: &std::path::Path, summary: &Summary) -> Result<(), RunError> {
    let path = out.join("summary.json");
    write_atomic(&path, |w| {
        serde_json::to_writer_pretty(&mut *w, summary).map_err(std::io::Error::other)?;
        w.write_all(b"\n")
    })
    .map_err(|e| RunError::Output(format!("cannot write {}: {e}", path.display())))
}

/// A file's content hash for the incremental cache: BLAKE3 (stored as hex; kept as
/// its 32 bytes in memory, one per file of the run).
fn content_hash(bytes: &[u8]) -> blake3::Hash {
    blake3::hash(bytes)
}

/// The previous run's summary, when nothing changed since: every file walked is a
/// cached file with the same content hash, no cached file is gone, and the previous
/// outputs are all there. Stops hashing at the first difference.
fn unchanged_since_last_run(
    cfg: &RunConfig,
    pool: &rayon::ThreadPool,
    entries: &[WalkEntry],
    cache: &crate::store::RecordCache,
) -> Option<Summary> {
    if entries.len() != cache.hashes.len() {
        return None;
    }
    let outputs = [
        "documents.jsonl",
        "tasks.csv",
        "graph.json",
        "vanban.sqlite",
    ];
    if !outputs.iter().all(|f| cfg.out.join(f).is_file()) {
        return None;
    }
    let previous: Summary =
        serde_json::from_slice(&std::fs::read(cfg.out.join("summary.json")).ok()?).ok()?;
    if previous.files != entries.len() {
        return None;
    }
    let known = &cache.hashes;
    let same = pool.install(|| {
        entries.par_iter().all(|e| match e {
            WalkEntry::File { rel, abs, len } if *len <= cfg.max_file_bytes => {
                match (std::fs::read(abs), known.get(rel.as_str())) {
                    (Ok(bytes), Some(h)) => content_hash(&bytes).to_hex().as_str() == h,
                    _ => false,
                }
            }
            _ => false,
        })
    });
    same.then_some(previous)
}

/// What became of one file in the parallel part of a run.
enum Outcome {
    /// Read (or failed to be read) and processed. `hash` is the content hash of the
    /// bytes read, `None` when none were.
    Read {
        record: Box<Record>,
        /// The normalized text the record's offsets point into, when one was read.
        text: Option<String>,
        bytes: u64,
        hash: Option<blake3::Hash>,
    },
    /// Its content hash is the cached one: the previous record stands.
    Unchanged { bytes: u64, hash: blake3::Hash },
}

/// Read and process one file; with `known` (an incremental run's cached hashes), stop
/// after hashing when the content is unchanged.
fn process_entry(
    pipeline: &Pipeline,
    entry: &WalkEntry,
    max: u64,
    known: Option<&HashMap<String, String>>,
) -> Outcome {
    let read = |record: Record| Outcome::Read {
        record: Box::new(record),
        text: None,
        bytes: 0,
        hash: None,
    };
    match entry {
        WalkEntry::Error { rel, message } => read(failed(rel, ProblemKind::Io, message.clone())),
        WalkEntry::File { rel, abs, len } => {
            if *len > max {
                let msg = format!(
                    "file is {:.1} MB, over the {:.1} MB limit (--max-file-size): not read",
                    *len as f64 / 1e6,
                    max as f64 / 1e6
                );
                return read(failed(rel, ProblemKind::Limit, msg));
            }
            // The size in the listing may be stale: a file that grew after the walk is
            // still read no further than the limit.
            match read_at_most(abs, *len, max) {
                Ok(None) => read(failed(
                    rel,
                    ProblemKind::Limit,
                    format!(
                        "file grew over the {:.1} MB limit (--max-file-size) while the run was going: not read",
                        max as f64 / 1e6
                    ),
                )),
                Ok(Some(bytes)) => {
                    let n = bytes.len() as u64;
                    let hash = content_hash(&bytes);
                    if known
                        .and_then(|k| k.get(rel.as_str()))
                        .is_some_and(|h| h == hash.to_hex().as_str())
                    {
                        return Outcome::Unchanged { bytes: n, hash };
                    }
                    let (record, text) = pipeline.process_bytes_with_text(rel, &bytes);
                    Outcome::Read {
                        record: Box::new(record),
                        text,
                        bytes: n,
                        hash: Some(hash),
                    }
                }
                Err(e) => read(failed(rel, ProblemKind::Io, format!("cannot read: {e}"))),
            }
        }
    }
}

/// The bytes of the file at `path`, or `None` when it holds more than `max` bytes.
/// `listed` is its size at the walk: the buffer starts that large (plus one byte to
/// see the end), so that a file unchanged since reads in one call instead of one per
/// doubling of the buffer.
fn read_at_most(path: &std::path::Path, listed: u64, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::with_capacity(listed.min(max).saturating_add(1) as usize);
    std::fs::File::open(path)?
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// Copy the staged records to `out`, filling each citation's `target` from the corpus.
/// `staged` holds each record's key, path and date, in order (an undated citation
/// resolves to the latest document before it).
///
/// Citations are the last field of a staged record, so only that tail is read back
/// and written again; a record none of whose citations resolves is copied as it is.
/// Each record's resolved citations and its place in `out` (offset, length, hash of the
/// line: the incremental cache) go to the database thread. `out` comes back written,
/// to be committed by the caller.
fn resolve_targets(
    stage: &std::path::Path,
    out: &std::path::Path,
    graph: &Graph,
    staged: &[StagedAt],
    summary: &mut Summary,
    db: &crate::store::DbWriter,
) -> std::io::Result<AtomicFile> {
    let mut docs = AtomicFile::create(out)?;
    let malformed = || std::io::Error::other("a staged record does not end with its citations");
    let resolver = graph.resolver();
    let mut staged = staged.iter();
    let mut index = 0;
    let mut offset = 0u64;
    let mut resolved_line = Vec::new();
    crate::jsonl::for_each_line(stage, |line| -> std::io::Result<()> {
        let this = index;
        index += 1;
        let at_stage = staged
            .next()
            .ok_or_else(|| std::io::Error::other("more staged records than were staged"))?;
        let citing_date = at_stage.date.map(|d| graph.get(d));
        let at = crate::jsonl::citations_at(line).ok_or_else(malformed)?;
        let tail = &line[at..line.len() - 1];
        let mut changed = false;
        let mut citations: Vec<vanban_types::Citation> = Vec::new();
        if tail != b"[]" {
            citations = serde_json::from_slice(tail).map_err(std::io::Error::other)?;
            for c in &mut citations {
                match resolver.resolve(&c.target_key, citing_date) {
                    Some(t) => {
                        summary.citations_resolved += 1;
                        // An undated citation resolved by date takes the document's key.
                        c.target_key = t.to_string();
                        c.target = Some(t.to_string());
                        changed = true;
                    }
                    None => summary.citations_unresolved += 1,
                }
            }
        }
        let written: &[u8] = if changed {
            resolved_line.clear();
            resolved_line.extend_from_slice(&line[..at]);
            crate::json::write(&mut resolved_line, &citations)?;
            resolved_line.push(b'}');
            &resolved_line
        } else {
            line
        };
        let w = docs.writer();
        w.write_all(written)?;
        w.write_all(b"\n")?;
        db.placed(
            this,
            crate::store::Placed {
                key: graph.get(at_stage.key).into(),
                path: graph.get(at_stage.path).into(),
                citations,
                offset,
                length: written.len() as u64,
                line_hash: crate::store::line_hash(written),
                staged_citations: changed.then(|| tail.to_vec()),
            },
        );
        offset += written.len() as u64 + 1;
        Ok(())
    })?;
    Ok(docs)
}

/// Where a staged record came from, kept until the target pass: its key, path and date
/// in the graph's arena.
struct StagedAt {
    key: Sym,
    path: Sym,
    date: Option<Sym>,
}

fn tally(s: &mut Summary, r: &Record) {
    s.files += 1;
    match r.status {
        Status::Ok => s.ok += 1,
        Status::Partial => s.partial += 1,
        Status::Failed => {
            s.failed += 1;
            s.failed_paths.push(r.path.clone());
        }
    }
    if r.status != Status::Failed {
        s.documents += 1;
    }
    if r.review {
        s.review += 1;
    }
    s.tasks += r.tasks.len();
    s.citations += r.citations.len();
}

#[cfg(test)]
mod tests {
    //! Files that change between the walk and their turn to be read. The walk lists a
    //! folder first and the workers read later, so on a live archive a file can vanish,
    //! turn into a folder or grow in between: each gives a record that says so.
    use super::*;

    fn outcome_for(change: impl FnOnce(&std::path::Path)) -> Record {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 1-CV/TU\n").unwrap();
        let entries = walk(dir.path(), &["txt".to_string()]);
        assert_eq!(entries.len(), 1);
        change(&file);
        let pipeline = Pipeline::new(Lexicon::builtin());
        match process_entry(&pipeline, &entries[0], 1000, None) {
            Outcome::Read { record, .. } => *record,
            Outcome::Unchanged { .. } => panic!("no cache was given"),
        }
    }

    fn problem(r: &Record) -> (ProblemKind, String) {
        assert_eq!(r.status, Status::Failed);
        assert_eq!(r.path, "a.txt");
        let p = r.problems.last().expect("a problem");
        (p.kind, p.message.clone())
    }

    #[test]
    fn a_file_that_vanished_after_the_walk_is_a_failed_record() {
        let r = outcome_for(|f| std::fs::remove_file(f).unwrap());
        let (kind, message) = problem(&r);
        assert_eq!(kind, ProblemKind::Io);
        assert!(message.starts_with("cannot read:"), "{message}");
    }

    #[test]
    fn a_file_that_became_a_folder_after_the_walk_is_a_failed_record() {
        let r = outcome_for(|f| {
            std::fs::remove_file(f).unwrap();
            std::fs::create_dir(f).unwrap();
        });
        assert_eq!(problem(&r).0, ProblemKind::Io);
    }

    #[test]
    fn a_file_that_grew_over_the_limit_after_the_walk_is_not_read() {
        let r = outcome_for(|f| std::fs::write(f, vec![b'x'; 5000]).unwrap());
        let (kind, message) = problem(&r);
        assert_eq!(kind, ProblemKind::Limit);
        assert!(message.contains("grew over"), "{message}");
    }

    #[test]
    fn a_file_that_changed_after_the_walk_is_read_as_it_is_now() {
        let r = outcome_for(|f| std::fs::write(f, "").unwrap());
        assert_eq!(r.status, Status::Failed);
        assert!(r.problems.iter().any(|p| p.message.contains("empty")));
    }
}
