//! vanban's integration tests: one test binary (ripgrep style), one module per concern.
//!
//! * `corpus`: every hand-written expected record of `corpus/` matches field by field;
//!   the held-out sets (`tests/held_out/holdout/`, `tests/held_out/holdout2/`) score at least 95%.
//! * `real`: the real documents of `../shared/corpus/real/` run without a panic, every
//!   file gets a record, and the site metadata agrees.
//! * `bad_inputs`: random bytes, empty, invalid UTF-8, huge, one-line, not a directive,
//!   a symlink loop, a non-UTF-8 name — each a record with a clear problem.
//! * `cli`: exit codes, stdout/stderr, atomic outputs, determinism across `--jobs`.
//! * `faults`: a run killed mid-way (SIGKILL, SIGINT) leaves the previous outputs.
//! * `incremental`: `--incremental` reads only what changed and equals a full run.
//! * `properties`: proptest properties (idempotent normalization, tiling segments, no
//!   panic on any input).
//! * `sentences`: the seeds' sentence boundaries, written by hand.
//! * `citations`: citations found, relations and resolution on the corpus, the held-out
//!   set and the seeds; `graph.json`.
//! * `fuzz_regressions`: the crash inputs fuzzing found (`tests/data/fuzz/`) stay fixed.
//! * `graph`: the database, every `vanban query`, the exports read by networkx and
//!   Graphviz.
//! * `generated`: an archive written by `vanban gen` (2,000 documents) run end to end
//!   and scored against its own expected records: fields, tasks, citations.
//! * `serve`: `vanban serve`, every route over HTTP (search, documents, graphs, missing
//!   documents, tasks, the JSON API), escaping of injected markup, 400s and 404s.
//! * `tasks`: task accuracy (items, assignees, actions, deadlines) on the corpus, the
//!   held-out set and the seeds.

mod bad_inputs;
mod citations;
mod cli;
mod common;
mod corpus;
mod faults;
mod fuzz_regressions;
mod generated;
mod graph;
mod incremental;
mod properties;
mod real;
mod sentences;
mod serve;
mod tasks;
