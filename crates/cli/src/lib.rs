//! The vanban pipeline, wired: what `vanban process` runs, as a library for the
//! integration tests and the benchmarks.
//!
//! The stages live in their own crates and never call each other; this crate
//! connects them:
//!
//! ```text
//! bytes ─ vanban-text ─▶ Document ─ vanban-segment ─▶ Analysis ─ stages ─▶ Record
//!          (decode, normalize)       (zones, sentences)         (vanban-extract, …)
//! ```
//!
//! * [`Pipeline`] processes one file's bytes into a [`Record`]; it is built once
//!   (lexicon loaded, patterns compiled) and shared by all threads.
//! * [`run`] walks a corpus, processes files in parallel in bounded batches, and
//!   writes `documents.jsonl` (sorted by path, byte-identical whatever the thread
//!   count) and `summary.json`, atomically.
//!
//! # Example
//!
//! ```
//! use vanban::Pipeline;
//! use vanban_lexicon::Lexicon;
//! let pipeline = Pipeline::new(Lexicon::builtin());
//! let record = pipeline.process_bytes("x.txt", b"");
//! assert_eq!(record.status, vanban_types::Status::Failed);
//! assert_eq!(record.problems[0].message, "empty file: no text");
//! ```
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]

use std::panic::{catch_unwind, AssertUnwindSafe};

use vanban_citelink::Finder;
use vanban_classify::Classifier;
use vanban_extract::Extractor;
use vanban_lexicon::Lexicon;
use vanban_segment::Segmenter;
use vanban_types::{Problem, ProblemKind, Record, Stage, Status};

mod json;
mod jsonl;
mod output;
/// The researchers' queries over `vanban.sqlite` (the `vanban-query` crate).
pub use vanban_query as query;
mod run;
pub mod store;
mod walk;

pub use output::{task_rows, write_atomic, AtomicFile, Summary, TASKS_CSV_HEADER};
pub use run::{run, RunConfig, RunError};
pub use walk::{walk, WalkEntry};

/// One document's way through every stage. Build once, share across threads.
pub struct Pipeline {
    /// OCR repairs of the landmarks, before segmentation.
    landmarks: vanban_text::ocr::Landmarks,
    segmenter: Segmenter,
    stages: Vec<Box<dyn Stage>>,
    sentences: bool,
    limits: Limits,
}

/// The most tasks and citations one record keeps.
///
/// A huge file of dense items and references (an OCR dump of a whole gazette, a
/// generated list) would otherwise make a record of hundreds of thousands of entries,
/// each copied on its way to `documents.jsonl`, `tasks.csv`, the graph and the
/// database: a 21.5 MB file of 230,000 items and citations took 796 MB of memory. The
/// cut keeps the first entries in text order and says so on the record (a `limit`
/// problem, `review` set), so nothing is dropped silently. No directive comes near the
/// defaults: the real corpus's largest records have 103 tasks and 34 citations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most tasks kept per record (`--max-tasks`); `usize::MAX` for no limit.
    pub tasks: usize,
    /// Most citations kept per record (`--max-citations`); `usize::MAX` for no limit.
    pub citations: usize,
}

impl Limits {
    /// No limit at all.
    pub const NONE: Limits = Limits {
        tasks: usize::MAX,
        citations: usize::MAX,
    };

    /// Cut the record's lists to the limits, with a problem for each list cut.
    pub fn apply(&self, record: &mut Record) {
        if let Some(m) = cut(&mut record.tasks, self.tasks, "tasks", "--max-tasks") {
            limit_problem(record, m);
        }
        if let Some(m) = cut(
            &mut record.citations,
            self.citations,
            "citations",
            "--max-citations",
        ) {
            limit_problem(record, m);
        }
    }
}

/// Keep the first `limit` entries of `list`; what was cut, in words, if anything was.
fn cut<T>(list: &mut Vec<T>, limit: usize, what: &str, flag: &str) -> Option<String> {
    if list.len() <= limit {
        return None;
    }
    let message = format!(
        "{} {what} found, only the first {limit} kept ({flag})",
        list.len()
    );
    list.truncate(limit);
    list.shrink_to_fit();
    Some(message)
}

impl Default for Limits {
    /// 10,000 tasks and 10,000 citations.
    fn default() -> Limits {
        Limits {
            tasks: 10_000,
            citations: 10_000,
        }
    }
}

fn limit_problem(record: &mut Record, message: String) {
    record.review = true;
    record.review_reasons.push(message.clone());
    record
        .problems
        .push(Problem::new(ProblemKind::Limit, message));
}

impl Pipeline {
    /// The full pipeline for a lexicon.
    pub fn new(lexicon: &Lexicon) -> Pipeline {
        Pipeline::with_classifier(lexicon, Classifier::new())
    }

    /// The full pipeline with a given task classifier (e.g. one with extra cue words).
    pub fn with_classifier(lexicon: &Lexicon, classifier: Classifier) -> Pipeline {
        Pipeline::compile(lexicon, Some(classifier))
    }

    /// The pipeline without the task classifier (catalogue fields and citations). The
    /// stage benchmarks compare it with [`Pipeline::new`] to measure what tasks cost.
    pub fn without_tasks(lexicon: &Lexicon) -> Pipeline {
        Pipeline::compile(lexicon, None)
    }

    /// The stages, their patterns compiled on two threads: the segmenter's and the
    /// citation finder's cost about 190 M instructions each, the fixed cost of every
    /// run (a quarter of the wall time over the 171 real documents, and a part of
    /// every run that one core does alone). The finder goes to a thread of its own when
    /// one can be started, the rest is built here.
    fn compile(lexicon: &Lexicon, classifier: Option<Classifier>) -> Pipeline {
        let (segmenter, extractor, finder) = std::thread::scope(|scope| {
            let finder = std::thread::Builder::new()
                .name("vanban-compile".into())
                .spawn_scoped(scope, || Finder::new(lexicon));
            let segmenter = Segmenter::new(lexicon);
            let extractor = Extractor::new(lexicon);
            let finder = match finder {
                // (A panic there is a bad built-in pattern: the same panic as here.)
                Ok(thread) => thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                Err(_) => Finder::new(lexicon),
            };
            (segmenter, extractor, finder)
        });
        let mut stages: Vec<Box<dyn Stage>> = vec![Box::new(extractor)];
        if let Some(classifier) = classifier {
            stages.push(Box::new(classifier));
        }
        stages.push(Box::new(finder));
        Pipeline {
            landmarks: vanban_text::ocr::Landmarks::new(lexicon.doc_types.names()),
            segmenter,
            stages,
            sentences: false,
            limits: Limits::default(),
        }
    }

    /// Also put the sentence spans into each record.
    pub fn with_sentences(mut self, yes: bool) -> Pipeline {
        self.sentences = yes;
        self
    }

    /// Keep at most these many tasks and citations per record (default:
    /// [`Limits::default`]).
    pub fn with_limits(mut self, limits: Limits) -> Pipeline {
        self.limits = limits;
        self
    }

    /// The segmenter, for benchmarks and tools.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// The names of the stages run after segmentation, in order.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Process one file's bytes. Never panics: a failure in any stage becomes a
    /// `failed` record that says what happened.
    pub fn process_bytes(&self, path: &str, bytes: &[u8]) -> Record {
        self.process_bytes_with_text(path, bytes).0
    }

    /// [`Pipeline::process_bytes`], with the normalized text that the record's byte
    /// offsets (segments, tasks, citations) point into: `None` when no text was read
    /// (undecodable or empty file, or a failure inside a stage).
    pub fn process_bytes_with_text(&self, path: &str, bytes: &[u8]) -> (Record, Option<String>) {
        match catch_unwind(AssertUnwindSafe(|| self.process_inner(path, bytes))) {
            Ok(r) => r,
            Err(panic) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown".into());
                let record = failed(
                    path,
                    ProblemKind::Format,
                    format!("internal error while reading this file ({what}); please report it"),
                );
                (record, None)
            }
        }
    }

    /// [`Pipeline::process_bytes`] without the panic guard, so that a fuzzer sees
    /// the panic that the guard would turn into a `failed` record.
    #[doc(hidden)]
    pub fn process_bytes_unguarded(&self, path: &str, bytes: &[u8]) -> Record {
        self.process_inner(path, bytes).0
    }

    fn process_inner(&self, path: &str, bytes: &[u8]) -> (Record, Option<String>) {
        let mut doc = match vanban_text::read_document(path, bytes) {
            Ok(d) => d,
            Err(e) => return (failed(path, ProblemKind::Encoding, e.to_string()), None),
        };
        if doc.text.trim().is_empty() {
            let mut r = failed(path, ProblemKind::Format, "empty file: no text");
            r.problems.splice(0..0, doc.problems);
            return (r, None);
        }
        self.landmarks.repair(&mut doc);
        let mut record = Record::new(path);
        record.problems = doc.problems.clone();
        let analysis = if self.sentences {
            self.segmenter.analyze(doc)
        } else {
            self.segmenter.analyze_zones(doc)
        };
        record.segments = analysis.segments.clone();
        record.sentences = analysis.sentences.clone();
        for stage in &self.stages {
            stage.run(&analysis, &mut record);
        }
        // One record per file: a second document in it is said, not lost in silence.
        if let Some((at, header)) = self
            .segmenter
            .second_document(analysis.text(), &analysis.segments)
        {
            let header = header.split_whitespace().collect::<Vec<_>>().join(" ");
            let message = format!(
                "the file holds a second document from byte {at} ({header}): only the first is catalogued"
            );
            record
                .problems
                .push(Problem::new(ProblemKind::Format, message.clone()));
            record.review = true;
            record.review_reasons.push(message);
        }
        self.limits.apply(&mut record);
        (record, Some(analysis.document.text))
    }
}

/// How the `citations` fuzz target and its regression test read their input: the
/// first byte says into how many zones (1 to 8) the rest, read as text, is cut at char
/// boundaries. `None` for no input.
#[doc(hidden)]
pub fn fuzz_zones(bytes: &[u8]) -> Option<(String, Vec<(usize, usize)>)> {
    let (&cuts, rest) = bytes.split_first()?;
    let text = String::from_utf8_lossy(rest).into_owned();
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let n = (cuts % 8) as usize + 1;
    let mut zones = Vec::with_capacity(n);
    let mut start = 0;
    for k in 1..=n {
        let end = if k == n || bounds.is_empty() {
            text.len()
        } else {
            bounds[bounds.len() * k / n].max(start)
        };
        zones.push((start, end));
        start = end;
    }
    Some((text, zones))
}

/// A `failed` record with one problem.
pub fn failed(path: &str, kind: ProblemKind, message: impl Into<String>) -> Record {
    let mut r = Record::new(path);
    r.status = Status::Failed;
    let message = message.into();
    r.review = true;
    r.review_reasons.push(message.clone());
    r.problems.push(Problem::new(kind, message));
    r
}
