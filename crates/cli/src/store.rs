//! The embedded database `vanban.sqlite`: documents, citations, the graph's nodes and
//! edges, and tasks, with indexes, so that researchers can query the archive with SQL or
//! open it in any SQLite tool. Its schema is documented in the README.
//!
//! The database is rebuilt by every run, by a [`DbWriter`]: a thread of its own fills a
//! temporary file in one transaction (prepared statements) as the run goes — each record
//! as it is staged, its citations once the target pass has resolved them, the graph's
//! rows a share with each record the target pass places — builds the indexes after the
//! rows, copies in the search index that another thread built meanwhile, then renames
//! the file over the previous one. Nothing is read back from disk.
//!
//! Beside the tables of the records, it holds what the web view (`vanban serve`) reads:
//! each document's normalized text with the spans that point into it (`texts`) and a
//! full-text index of refs, types, subjects, issuers and signers, folded so that search
//! ignores diacritics (`SearchIndex`).
//!
//! It also keeps what `vanban process --incremental` needs: each file's content hash,
//! where its record is in `documents.jsonl` (offset, length and a hash of the line) and,
//! when linking changed its citations, the citations as the per-document stages made
//! them, under the settings that made it ([`RecordCache`]). The record itself is not
//! stored twice: on a large archive a second copy of every record was the biggest table.

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::collections::HashMap;
use std::path::Path;
use vanban_citelink::graph::Graph;
use vanban_types::Record;

/// The tables, as executed (their indexes: [`INDEX_SQL`]).
pub const SCHEMA_SQL: &str = "
CREATE TABLE documents (
    key TEXT PRIMARY KEY, path TEXT NOT NULL, status TEXT NOT NULL, system TEXT,
    ref TEXT, number TEXT, type_code TEXT, type_name TEXT,
    issuer TEXT, issuer_code TEXT, issuer_parent TEXT, jurisdiction TEXT,
    place TEXT, date TEXT, subject TEXT,
    signer_authority TEXT, signer_title TEXT, signer_name TEXT,
    review INTEGER NOT NULL
);
CREATE TABLE citations (
    id INTEGER PRIMARY KEY, from_key TEXT NOT NULL, target_key TEXT NOT NULL, target TEXT,
    ref TEXT, type_name TEXT, date TEXT, issuer TEXT, jurisdiction TEXT,
    relation TEXT NOT NULL, text TEXT NOT NULL, start INTEGER, end INTEGER
);
CREATE TABLE nodes (
    key TEXT PRIMARY KEY, in_corpus INTEGER NOT NULL, path TEXT, ref TEXT, type TEXT,
    issuer TEXT, jurisdiction TEXT, date TEXT, subject TEXT
);
CREATE TABLE edges (
    from_key TEXT NOT NULL, to_key TEXT NOT NULL, relation TEXT NOT NULL,
    citation_text TEXT, path TEXT
);
CREATE TABLE tasks (
    doc_key TEXT NOT NULL, label TEXT NOT NULL, text TEXT, assignees TEXT,
    assignees_implicit INTEGER, actions TEXT, deadline_date TEXT, recurrence TEXT,
    deadline_text TEXT, start INTEGER, end INTEGER, coordinators TEXT
);
CREATE TABLE files (
    path TEXT PRIMARY KEY, hash TEXT NOT NULL,
    offset INTEGER NOT NULL, length INTEGER NOT NULL, line_hash TEXT NOT NULL,
    staged_citations TEXT
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
";

/// The secondary indexes, built after the rows are in: one sort per index instead of
/// a B-tree insertion per row.
pub const INDEX_SQL: &str = "
CREATE INDEX documents_ref ON documents(ref);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX citations_from ON citations(from_key);
CREATE INDEX citations_target_key ON citations(target_key);
CREATE INDEX edges_from ON edges(from_key);
CREATE INDEX edges_to ON edges(to_key);
CREATE INDEX tasks_doc ON tasks(doc_key);
";

/// A staged record, for [`DbWriter::record`].
pub struct StagedRecord {
    /// The staged record, before citation targets are resolved: its rows are written
    /// from it as it is (not from its JSON).
    pub record: Box<Record>,
    /// Its normalized text, when one was read.
    pub text: Option<String>,
    /// Its file's content hash (`None`: not read, so never reused).
    pub hash: Option<blake3::Hash>,
}

/// Where the target pass put a record in `documents.jsonl`, for [`DbWriter::placed`].
pub struct Placed {
    /// The record's key (`id`).
    pub key: String,
    /// The record's path.
    pub path: String,
    /// Its citations, their targets resolved.
    pub citations: Vec<vanban_types::Citation>,
    /// The byte offset of its line in `documents.jsonl`.
    pub offset: u64,
    /// The line's length, without its `\n`.
    pub length: u64,
    /// The line's hash ([`line_hash`]): an edited `documents.jsonl` is not a cache.
    pub line_hash: u128,
    /// When a target differs from the staged one: the staged record's `citations`
    /// value (JSON), which an incremental run puts back before it links again.
    pub staged_citations: Option<Vec<u8>>,
}

/// What the run sends the database thread, in order.
enum Message {
    /// The next staged record.
    Record(StagedRecord),
    /// The `index`-th record, as the target pass wrote it (every record, in order).
    Placed { index: usize, placed: Placed },
    /// The graph, complete: its rows go in while the target pass places the records.
    Graph(std::sync::Arc<Graph>),
    /// Every record is placed: build the indexes, put the file in place.
    Finish,
}

/// The database, written while the run goes on: a thread of its own takes the records
/// as the run stages them (documents, tasks, texts and the per-file cache rows), then
/// the graph, then each record's resolved citations in the target pass. Nothing is read
/// back from disk. It writes a temporary file, renamed over `path` by [`DbWriter::finish`]
/// only when everything went in; a writer dropped before that removes it.
pub struct DbWriter {
    to_thread: Option<std::sync::mpsc::SyncSender<Message>>,
    thread: Option<std::thread::JoinHandle<Result<(), String>>>,
    /// The database being written, and the one it replaces.
    tmp: std::path::PathBuf,
    path: std::path::PathBuf,
}

impl DbWriter {
    /// Start writing the database that will replace `path`, for a run under `settings`
    /// ([`crate::RunConfig::settings`]).
    pub fn start(path: &Path, settings: &str) -> Result<DbWriter, String> {
        let tmp = path.with_file_name(format!(".vanban.sqlite.{}.tmp", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        // A few batches of records in flight at most: memory stays bounded.
        let (to_thread, from_run) = std::sync::mpsc::sync_channel(1024);
        let settings = settings.to_string();
        let thread = std::thread::Builder::new()
            .name("vanban-db".into())
            .spawn({
                let tmp = tmp.clone();
                move || fill(&tmp, &settings, from_run)
            })
            .map_err(|e| format!("cannot start the database thread: {e}"))?;
        Ok(DbWriter {
            to_thread: Some(to_thread),
            thread: Some(thread),
            tmp,
            path: path.to_path_buf(),
        })
    }

    fn send(&self, m: Message) {
        // A thread that stopped on an error says why in `finish`.
        if let Some(t) = &self.to_thread {
            let _ = t.send(m);
        }
    }

    /// The next staged record (in the order of the run's files), its text and hash.
    /// `key` and `path` are the record's, as the graph shares them (kept until its
    /// citations come).
    pub fn record(&self, staged: StagedRecord) {
        self.send(Message::Record(staged));
    }

    /// The `index`-th record as the target pass wrote it: its resolved citations and
    /// its place in `documents.jsonl`.
    pub fn placed(&self, index: usize, placed: Placed) {
        self.send(Message::Placed { index, placed });
    }

    /// The corpus's graph, once every record is staged and before the target pass
    /// places them: the database thread writes a share of its rows with each record
    /// placed (the target pass keeps it busy about half the time), so that they are
    /// not a serial step after it (`GraphRows`).
    pub fn graph(&self, graph: std::sync::Arc<Graph>) {
        self.send(Message::Graph(graph));
    }

    /// Build the indexes and the search index, and put the database in place of the
    /// previous one, once `meanwhile` succeeded (every record staged and placed, and
    /// the graph given, before). `meanwhile` runs on the
    /// calling thread while the database thread does its last work (the run commits
    /// its other outputs there, so that their syncs overlap that work instead of
    /// following it). The database is put in place last and only after the other
    /// outputs: its incremental cache describes them. `Ok(Err(_))` is `meanwhile`'s
    /// error (the previous database stays); `Err(_)` the database's.
    pub fn finish<E>(
        mut self,
        meanwhile: impl FnOnce() -> Result<(), E>,
    ) -> Result<Result<(), E>, String> {
        self.send(Message::Finish);
        self.to_thread = None;
        let other = meanwhile();
        let filled = match self.thread.take().map(std::thread::JoinHandle::join) {
            Some(Ok(result)) => result,
            Some(Err(_)) => Err("the database thread panicked".into()),
            None => Err("the database was already finished".into()),
        };
        let placed = filled.and_then(|()| match &other {
            Ok(()) => std::fs::rename(&self.tmp, &self.path).map_err(|e| e.to_string()),
            Err(_) => Ok(()),
        });
        if placed.is_err() || other.is_err() {
            let _ = std::fs::remove_file(&self.tmp);
        }
        placed.map(|()| other)
    }
}

impl Drop for DbWriter {
    fn drop(&mut self) {
        // Unfinished (the run failed): the thread sees the channel close and stops; its
        // temporary file goes.
        self.to_thread = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// The database thread: fill `tmp` from the messages and sync it ([`DbWriter::finish`]
/// renames it).
fn fill(
    tmp: &Path,
    settings: &str,
    from_run: std::sync::mpsc::Receiver<Message>,
) -> Result<(), String> {
    let err = |e: rusqlite::Error| e.to_string();
    let mut db = Connection::open(tmp).map_err(err)?;
    db.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        .map_err(err)?;
    db.execute_batch(SCHEMA_SQL).map_err(err)?;
    db.execute_batch(TEXTS_SQL).map_err(err)?;
    db.execute_batch(SEARCH_SQL).map_err(err)?;
    let mut search = SearchIndex::start(tmp)?;
    let tx = db.transaction().map_err(err)?;
    let mut finished = false;
    {
        let mut doc = tx
            .prepare(
                "INSERT OR IGNORE INTO documents VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)",
            )
            .map_err(err)?;
        let mut cit = tx
            .prepare("INSERT INTO citations (from_key, target_key, target, ref, type_name, date, issuer, jurisdiction, relation, text, start, end) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)")
            .map_err(err)?;
        let mut task = tx
            .prepare("INSERT INTO tasks VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)")
            .map_err(err)?;
        let mut text_row = tx
            .prepare("INSERT INTO text_rows VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)")
            .map_err(err)?;
        let mut text_citations = tx
            .prepare("INSERT INTO text_citations VALUES (?1, ?2)")
            .map_err(err)?;
        let mut file_row = tx
            .prepare("INSERT OR REPLACE INTO files VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .map_err(err)?;
        let mut node = tx
            .prepare("INSERT OR IGNORE INTO nodes VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)")
            .map_err(err)?;
        let mut edge = tx
            .prepare("INSERT INTO edges VALUES (?1,?2,?3,?4,?5)")
            .map_err(err)?;
        // Each record's content hash, for when the target pass has placed it.
        let mut hashes: Vec<Option<blake3::Hash>> = Vec::new();
        let mut graph: Option<GraphRows> = None;
        for message in from_run {
            match message {
                Message::Record(StagedRecord { record, text, hash }) => {
                    let id = text_id(hashes.len());
                    hashes.push(hash);
                    let rowid = insert_record(
                        &record,
                        id,
                        text.as_deref(),
                        &mut doc,
                        &mut task,
                        &mut text_row,
                    )
                    .map_err(err)?;
                    if let Some(rowid) = rowid {
                        search.add(rowid, record.fields);
                    }
                }
                Message::Placed { index, placed } => {
                    let Some(hash) = hashes.get(index) else {
                        return Err(format!("record {index} placed, but it never came"));
                    };
                    if let Some(hash) = hash {
                        // The staged citations are JSON that this run wrote: UTF-8 text.
                        let staged = placed
                            .staged_citations
                            .as_deref()
                            .map(|b| ToSqlOutput::Borrowed(ValueRef::Text(b)));
                        file_row
                            .execute(params![
                                placed.path,
                                hash.to_hex().as_str(),
                                placed.offset as i64,
                                placed.length as i64,
                                line_hash_hex(placed.line_hash).as_str(),
                                staged,
                            ])
                            .map_err(err)?;
                    }
                    for c in &placed.citations {
                        cit.execute(params![
                            placed.key,
                            c.target_key,
                            c.target,
                            c.reference,
                            c.doc_type.as_ref().map(|t| t.name.as_str()),
                            c.date,
                            c.issuer,
                            c.jurisdiction,
                            c.relation,
                            c.text,
                            c.start as i64,
                            c.end as i64,
                        ])
                        .map_err(err)?;
                    }
                    text_citations
                        .execute(params![text_id(index), citation_spans(&placed.citations)])
                        .map_err(err)?;
                    if let Some(rows) = graph.as_mut() {
                        rows.write_due(index + 1, hashes.len(), &mut node, &mut edge)
                            .map_err(err)?;
                    }
                }
                Message::Graph(g) => {
                    // Every record is in: the search index merges its segments while
                    // the target pass goes on.
                    search.last_row();
                    graph = Some(GraphRows::new(g));
                }
                Message::Finish => {
                    let Some(rows) = graph.as_mut() else {
                        return Err("the run finished without its graph".into());
                    };
                    rows.write_due(1, 1, &mut node, &mut edge).map_err(err)?;
                    tx.execute(
                        "INSERT INTO meta VALUES ('settings', ?1)",
                        params![settings],
                    )
                    .map_err(err)?;
                    finished = true;
                    break;
                }
            }
        }
    }
    if !finished {
        return Err("the run stopped before the database was complete".into());
    }
    // synchronous = OFF while filling; a sync before the rename (by `DbWriter::finish`)
    // makes the new database durable before it replaces the old one. Every row is
    // written (to the page cache) by now, and SQLite has most of them on the file: a
    // thread syncs them while this one builds the indexes and puts the search index in,
    // so that the last sync has only those to write (30,000 documents: the sync at the
    // end 0.35 → 0.15 s).
    let early_sync = {
        let tmp = tmp.to_path_buf();
        std::thread::Builder::new()
            .name("vanban-db-sync".into())
            .spawn(move || std::fs::File::open(tmp).and_then(|f| f.sync_data()))
    };
    tx.execute_batch(INDEX_SQL).map_err(err)?;
    tx.execute_batch(TEXTS_INDEX_SQL).map_err(err)?;
    tx.commit().map_err(err)?;
    search.copy_into(&db)?;
    // Statistics for the query planner (which filter's index leads), from a sample.
    db.execute_batch("PRAGMA analysis_limit = 1000; ANALYZE;")
        .map_err(err)?;
    db.close().map_err(|(_, e)| e.to_string())?;
    if let Ok(early_sync) = early_sync {
        match early_sync.join() {
            Ok(synced) => synced.map_err(|e| e.to_string())?,
            Err(_) => return Err("the database's sync thread panicked".into()),
        }
    }
    std::fs::File::open(tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| e.to_string())
}

/// The hash of a record's line in `documents.jsonl` that the cache keeps (`files.line_hash`,
/// as 32 hex digits) and checks before it reuses the line: XXH3's 128 bits. The line is
/// vanban's own output, so the hash guards against edits and damage, not forgery (the
/// files' content hashes, which decide what is processed again, are BLAKE3).
pub(crate) fn line_hash(line: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(line)
}

/// A [`line_hash`] as `files.line_hash` keeps it.
fn line_hash_hex(hash: u128) -> String {
    format!("{hash:032x}")
}

/// The `text_rows` and `text_citations` id of the `index`-th record of the run.
fn text_id(index: usize) -> i64 {
    index as i64 + 1
}

/// A record's rows in `documents`, `tasks` and `text_rows` (its citations come later,
/// with their targets); the `rowid` of its `documents` row, unless a record of the same
/// key came first.
fn insert_record(
    r: &Record,
    text_id: i64,
    text: Option<&str>,
    doc: &mut rusqlite::Statement<'_>,
    task: &mut rusqlite::Statement<'_>,
    text_row: &mut rusqlite::Statement<'_>,
) -> rusqlite::Result<Option<i64>> {
    let key = r.id.as_str();
    let f = &r.fields;
    let ty = f.doc_type.as_ref();
    let (issuer, sig) = (&f.issuer, &f.signature);
    let inserted = doc.insert(params![
        key,
        r.path,
        r.status.as_str(),
        f.system.map(|s| s.as_str()),
        f.reference,
        f.number,
        ty.and_then(|t| t.code.as_deref()),
        ty.map(|t| t.name.as_str()),
        issuer.name,
        issuer.code,
        issuer.parent,
        f.jurisdiction,
        f.place,
        f.date,
        f.subject,
        sig.authority,
        sig.title,
        sig.name,
        r.review as i64,
    ]);
    let rowid = match inserted {
        Ok(rowid) => Some(rowid),
        // `INSERT OR IGNORE`: the key was taken.
        Err(rusqlite::Error::StatementChangedRows(0)) => None,
        Err(e) => return Err(e),
    };
    // The joined lists of each task, in buffers reused from task to task.
    let (mut assignees, mut actions, mut coordinators) =
        (String::new(), String::new(), String::new());
    for t in &r.tasks {
        let deadline = t.deadline.as_ref();
        crate::output::join_into(&mut assignees, &t.assignees, "; ");
        crate::output::join_into(&mut actions, &t.actions, "; ");
        crate::output::join_into(&mut coordinators, &t.coordinators, "; ");
        task.execute(params![
            key,
            t.label,
            t.text,
            assignees,
            t.assignees_implicit as i64,
            actions,
            deadline.and_then(|d| d.date.as_deref()),
            deadline.and_then(|d| d.every.as_deref()),
            deadline.map(|d| d.text.as_str()),
            t.start as i64,
            t.end as i64,
            coordinators,
        ])?;
    }
    // The web view's row: the normalized text and the spans into it.
    let task_spans: Vec<TaskSpan> = r
        .tasks
        .iter()
        .map(|t| TaskSpan {
            label: &t.label,
            start: t.start as i64,
            end: t.end as i64,
        })
        .collect();
    text_row.execute(params![
        text_id,
        r.path,
        key,
        text,
        json(&r.segments),
        json(&task_spans),
        json(&r.problems),
        json(&r.review_reasons),
        json(&f.recipients),
        json(&f.distribution),
    ])?;
    Ok(rowid)
}

/// The graph's nodes and edges, written a share at a time as the records are placed
/// ([`DbWriter::graph`]): the target pass leaves the database thread idle about half
/// the time, so the rows cost no time there, where after the pass they were a serial
/// 0.2 s at 30,000 documents. The share is set by how many records are placed, not by
/// when the thread is idle, so that the file is the same bytes from run to run.
struct GraphRows {
    graph: std::sync::Arc<Graph>,
    /// How many nodes, then edges, are written.
    nodes: usize,
    edges: usize,
}

impl GraphRows {
    fn new(graph: std::sync::Arc<Graph>) -> GraphRows {
        GraphRows {
            graph,
            nodes: 0,
            edges: 0,
        }
    }

    /// Write the rows due once `placed` of `of` records are placed: nodes, then edges,
    /// `placed / of` of them in all (every row once every record is placed).
    fn write_due(
        &mut self,
        placed: usize,
        of: usize,
        node: &mut rusqlite::Statement<'_>,
        edge: &mut rusqlite::Statement<'_>,
    ) -> rusqlite::Result<()> {
        let (all_nodes, all_edges) = (self.graph.nodes().len(), self.graph.edges().len());
        let all = all_nodes + all_edges;
        let due = if placed >= of { all } else { all * placed / of };
        // A node or edge whose text cannot be read back from the graph's temporary file
        // fails the database, as it fails graph.json.
        let unreadable = |e: std::io::Error| rusqlite::Error::ToSqlConversionFailure(Box::new(e));
        let nodes_due = due.min(all_nodes);
        for nd in self
            .graph
            .nodes_from(self.nodes)
            .take(nodes_due.saturating_sub(self.nodes))
        {
            let nd = nd.map_err(unreadable)?;
            node.execute(params![
                nd.key,
                nd.in_corpus as i64,
                nd.path,
                nd.reference,
                nd.doc_type,
                nd.issuer,
                nd.jurisdiction,
                nd.date,
                nd.subject
            ])?;
            self.nodes += 1;
        }
        let edges_due = due.saturating_sub(all_nodes);
        for e in self
            .graph
            .edges_from(self.edges)
            .take(edges_due.saturating_sub(self.edges))
        {
            let e = e.map_err(unreadable)?;
            edge.execute(params![e.from, e.to, e.relation, e.citation_text, e.path])?;
            self.edges += 1;
        }
        Ok(())
    }
}

/// The records of the previous run, for `--incremental`: a file whose content hash is
/// unchanged gets its previous staged record back instead of being processed again.
pub struct RecordCache {
    db: Connection,
    /// The previous run's `documents.jsonl`, where the records are.
    documents: std::fs::File,
    /// Path → content hash of every cached file. Shared with the worker threads, which
    /// hash each file they read and skip the pipeline when the hash is known.
    pub hashes: HashMap<String, String>,
}

impl RecordCache {
    /// Open the previous run's database and `documents.jsonl` (beside it). `None` when
    /// either is missing or cannot be read, or the database was made under other
    /// settings (another lexicon, other flags, another vanban build): then every file
    /// is read again.
    pub fn open(db_path: &Path, settings: &str) -> Option<RecordCache> {
        let db = Connection::open_with_flags(db_path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
        // A database from before the texts were kept, or the records placed, cannot
        // give them back: read all.
        db.prepare("SELECT text FROM texts LIMIT 0").ok()?;
        db.prepare("SELECT line_hash FROM files LIMIT 0").ok()?;
        // Kept open: the run replaces the file by renaming a new one over it, and this
        // handle still reads the previous one.
        let documents = std::fs::File::open(db_path.with_file_name("documents.jsonl")).ok()?;
        let previous: String = db
            .query_row("SELECT value FROM meta WHERE key = 'settings'", [], |r| {
                r.get(0)
            })
            .ok()?;
        if previous != settings {
            return None;
        }
        let mut hashes = HashMap::new();
        {
            let mut st = db.prepare("SELECT path, hash FROM files").ok()?;
            let rows = st
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
                .ok()?;
            for row in rows {
                let (path, hash) = row.ok()?;
                hashes.insert(path, hash);
            }
        }
        Some(RecordCache {
            db,
            documents,
            hashes,
        })
    }

    /// The cached record of `path` as the per-document stages made it (its staged
    /// citations put back), if it is there, its line in `documents.jsonl` is unchanged
    /// and it still reads as a record.
    pub fn record(&self, path: &str) -> Option<Record> {
        use std::os::unix::fs::FileExt;
        let mut st = self
            .db
            .prepare_cached(
                "SELECT offset, length, line_hash, staged_citations FROM files WHERE path = ?1",
            )
            .ok()?;
        type Row = (i64, i64, String, Option<String>);
        let row: Option<Row> = st
            .query_row([path], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()
            .ok()?;
        let (offset, length, line_hash, staged) = row?;
        let mut line = vec![0; usize::try_from(length).ok()?];
        self.documents
            .read_exact_at(&mut line, u64::try_from(offset).ok()?)
            .ok()?;
        if line_hash_hex(self::line_hash(&line)) != line_hash {
            return None;
        }
        if let Some(staged) = staged {
            let at = crate::jsonl::citations_at(&line)?;
            line.truncate(at);
            line.extend_from_slice(staged.as_bytes());
            line.push(b'}');
        }
        let record: Record = serde_json::from_slice(&line).ok()?;
        (record.path == path).then_some(record)
    }

    /// The cached record of `path` and its normalized text (`None` when none was read).
    pub fn record_and_text(&self, path: &str) -> Option<(Record, Option<String>)> {
        let record = self.record(path)?;
        let mut st = self
            .db
            .prepare_cached("SELECT text FROM texts WHERE path = ?1")
            .ok()?;
        let text: Option<Option<String>> = st.query_row([path], |r| r.get(0)).optional().ok()?;
        Some((record, text.flatten()))
    }
}

// ---------------------------------------------------------------------------------------
// What the web view reads (`vanban serve`): texts and the search index.
// ---------------------------------------------------------------------------------------

/// The tables of the web view, as executed: `texts` (one row per input file: its
/// normalized text and, as JSON, the spans that point into it and the notes shown beside
/// it) and `search`, an FTS5 index over the folded catalogue fields of `documents`
/// (`search.rowid` is the document's `rowid`), with the indexes of the search filters
/// (their indexes: [`TEXTS_INDEX_SQL`]).
///
/// `texts` is a view of two tables: `text_rows`, written as each record is staged, and
/// `text_citations`, written once the target pass has resolved its citations. One table
/// updated after the target pass rewrote each whole row, text and all, to change its
/// citations: 0.17 s of the database thread's serial end at 30,000 documents.
pub const TEXTS_SQL: &str = "
CREATE TABLE text_rows (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, key TEXT NOT NULL, text TEXT,
    segments TEXT NOT NULL, tasks TEXT NOT NULL,
    problems TEXT NOT NULL, review_reasons TEXT NOT NULL,
    recipients TEXT NOT NULL, distribution TEXT NOT NULL
);
CREATE TABLE text_citations (id INTEGER PRIMARY KEY, citations TEXT NOT NULL);
CREATE VIEW texts AS
    SELECT t.path, t.key, t.text, t.segments, t.tasks,
           COALESCE(c.citations, '[]') AS citations,
           t.problems, t.review_reasons, t.recipients, t.distribution
    FROM text_rows t LEFT JOIN text_citations c ON c.id = t.id;
";

/// The search index, as executed, in `vanban.sqlite` and in the database where it is
/// built (`SearchIndex`): the two must be the same table for its rows to be copied.
pub const SEARCH_SQL: &str = "
CREATE VIRTUAL TABLE search USING fts5(
    ref, type, subject, issuer, signer, tokenize = 'unicode61', prefix = '2 3'
);
";

/// The indexes of `texts` and of the search filters, built after the rows.
pub const TEXTS_INDEX_SQL: &str = "
CREATE INDEX texts_key ON text_rows(key);
CREATE INDEX documents_jurisdiction ON documents(jurisdiction, date);
CREATE INDEX documents_type_name ON documents(type_name, date);
CREATE INDEX documents_status ON documents(status, date);
CREATE INDEX documents_review ON documents(review, date);
";

/// The FTS5 index `search`: ref, type name, subject, issuer and signer of each document
/// (`search.rowid` is its `documents.rowid`), each folded (lower case, no marks, `đ` →
/// `d`: FTS5's own `remove_diacritics` keeps `đ`), so that a query folded the same way
/// ignores diacritics.
///
/// Built as the documents come, on a thread of its own, in a database of its own beside
/// `vanban.sqlite` ([`SearchIndex::start`]); at the end its tables are copied into the
/// `search` of `vanban.sqlite` as they are ([`SearchIndex::copy_into`]). Filled at the
/// end from `documents`, the index was a serial 0.32 s of the database thread at 30,000
/// documents (a copy takes 0.05 s); filled in `vanban.sqlite` row by row as the documents
/// come (tried twice), its segments, written among the other tables' pages, thrashed
/// SQLite's page cache on large archives (1 GB: 115 s → 179 s; BENCHMARKS.md, history).
struct SearchIndex {
    to_thread: Option<std::sync::mpsc::SyncSender<Vec<SearchRow>>>,
    /// The rows not sent yet: they go [`SEARCH_ROWS_AT_ONCE`] at a time, since a
    /// message per row cost each thread a wake-up per document.
    pending: Vec<SearchRow>,
    thread: Option<std::thread::JoinHandle<Result<(), String>>>,
    path: std::path::PathBuf,
}

/// How many rows of the search index go to its thread at once.
const SEARCH_ROWS_AT_ONCE: usize = 256;

/// A document's row in the search index, before folding.
struct SearchRow {
    rowid: i64,
    fields: [Option<String>; 5],
}

impl SearchIndex {
    /// Start building the index in a temporary file beside `main` (the database being
    /// written), in the same folder.
    fn start(main: &Path) -> Result<SearchIndex, String> {
        // `.NAME.PID.tmp`, as every temporary file of a run: one that a killed run left
        // is removed by the next (`output::remove_stale_temp_files`).
        let path = main.with_file_name(format!(".vanban-search.sqlite.{}.tmp", std::process::id()));
        let _ = std::fs::remove_file(&path);
        // Rows are small: a few thousand in flight at most.
        let (to_thread, rows) = std::sync::mpsc::sync_channel(16);
        let thread = std::thread::Builder::new()
            .name("vanban-search".into())
            .spawn({
                let path = path.clone();
                move || build_search_index(&path, rows).map_err(|e| e.to_string())
            })
            .map_err(|e| format!("cannot start the search index's thread: {e}"))?;
        Ok(SearchIndex {
            to_thread: Some(to_thread),
            pending: Vec::with_capacity(SEARCH_ROWS_AT_ONCE),
            thread: Some(thread),
            path,
        })
    }

    /// The document whose `documents` row is `rowid`, and its fields.
    fn add(&mut self, rowid: i64, f: vanban_types::Fields) {
        self.pending.push(SearchRow {
            rowid,
            fields: [
                f.reference,
                f.doc_type.map(|t| t.name),
                f.subject,
                f.issuer.name,
                f.signature.name,
            ],
        });
        if self.pending.len() == SEARCH_ROWS_AT_ONCE {
            self.send();
        }
    }

    fn send(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let rows = std::mem::replace(&mut self.pending, Vec::with_capacity(SEARCH_ROWS_AT_ONCE));
        // A thread that stopped on an error says why in `copy_into`.
        if let Some(t) = &self.to_thread {
            let _ = t.send(rows);
        }
    }

    /// Every document is in: the thread finishes the index (merges its segments).
    fn last_row(&mut self) {
        self.send();
        self.to_thread = None;
    }

    /// Finish the index, if [`SearchIndex::last_row`] has not already, and copy its
    /// tables over those of the empty `search` of `db` (the same table: [`SEARCH_SQL`]).
    fn copy_into(mut self, db: &Connection) -> Result<(), String> {
        self.last_row();
        match self.thread.take().map(std::thread::JoinHandle::join) {
            Some(Ok(built)) => built?,
            Some(Err(_)) => return Err("the search index's thread panicked".into()),
            None => return Err("the search index was already copied".into()),
        }
        // ATTACH takes the file name as text; SQLite reads a blob's bytes as one, so a
        // path that is not UTF-8 is attached as it is.
        use std::os::unix::ffi::OsStrExt;
        let name = ValueRef::Blob(self.path.as_os_str().as_bytes());
        let err = |e: rusqlite::Error| e.to_string();
        db.execute("ATTACH DATABASE ?1 AS built", [ToSqlOutput::Borrowed(name)])
            .map_err(err)?;
        // The shadow tables of FTS5, emptied then filled: SQLite copies each table's
        // records as they are, without decoding them, into an empty table of the same
        // shape.
        let copied = db.execute_batch(
            "BEGIN;
             DELETE FROM main.search_data; DELETE FROM main.search_idx;
             DELETE FROM main.search_content; DELETE FROM main.search_docsize;
             DELETE FROM main.search_config;
             INSERT INTO main.search_data SELECT * FROM built.search_data;
             INSERT INTO main.search_idx SELECT * FROM built.search_idx;
             INSERT INTO main.search_content SELECT * FROM built.search_content;
             INSERT INTO main.search_docsize SELECT * FROM built.search_docsize;
             INSERT INTO main.search_config SELECT * FROM built.search_config;
             COMMIT;",
        );
        let detached = db.execute_batch("DETACH DATABASE built");
        copied.and(detached).map_err(err)
    }
}

impl Drop for SearchIndex {
    fn drop(&mut self) {
        // Copied, or the database failed: either way the temporary file goes.
        self.to_thread = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The search index's thread: fill the index at `path` from `rows` until they stop.
fn build_search_index(
    path: &Path,
    rows: std::sync::mpsc::Receiver<Vec<SearchRow>>,
) -> rusqlite::Result<()> {
    let mut db = Connection::open(path)?;
    db.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
    db.execute_batch(SEARCH_SQL)?;
    let tx = db.transaction()?;
    // No merges of the index's segments while the rows go in: `optimize` below merges
    // them all into one anyway (30,000 documents: 0.46 → 0.37 s for the two steps).
    // Fewer segments to merge: the terms are kept in memory up to 8 MB before a
    // segment is written, not 1 MB (30,000 documents: 0.37 → 0.31 s with 32 MB, but
    // 1 GB's peak RSS +40 MB).
    tx.execute_batch(
        "INSERT INTO search(search, rank) VALUES ('automerge', 0);
         INSERT INTO search(search, rank) VALUES ('hashsize', 8388608);",
    )?;
    {
        let mut insert = tx.prepare(
            "INSERT INTO search (rowid, ref, type, subject, issuer, signer) VALUES (?1,?2,?3,?4,?5,?6)",
        )?;
        let fold = |v: &Option<String>| v.as_deref().map(vanban_lexicon::fold).unwrap_or_default();
        for SearchRow { rowid, fields } in rows.into_iter().flatten() {
            let [a, b, c, d, e] = &fields;
            insert.execute(params![rowid, fold(a), fold(b), fold(c), fold(d), fold(e)])?;
        }
    }
    // One segment; then the default merging and memory back, for whoever writes to it
    // later.
    tx.execute_batch(
        "INSERT INTO search(search) VALUES ('optimize');
         INSERT INTO search(search, rank) VALUES ('automerge', 4);
         INSERT INTO search(search, rank) VALUES ('hashsize', 1048576);",
    )?;
    tx.commit()?;
    db.close().map_err(|(_, e)| e)
}

/// A value for a JSON column. These values (strings, numbers, lists of them) always
/// serialize; `null` would only stand for a value that cannot.
fn json<T: serde::Serialize>(v: &T) -> String {
    crate::json::to_string(v).unwrap_or_else(|_| "null".into())
}

/// A task's span in `texts.tasks`.
#[derive(serde::Serialize)]
struct TaskSpan<'a> {
    label: &'a str,
    start: i64,
    end: i64,
}

/// A citation's span in `texts.citations`.
#[derive(serde::Serialize)]
struct CitationSpan<'a> {
    start: usize,
    end: usize,
    relation: &'a str,
    target: Option<&'a str>,
    target_key: &'a str,
}

/// The `texts.citations` value of a record's citations, resolved by the target pass.
fn citation_spans(citations: &[vanban_types::Citation]) -> String {
    let spans: Vec<CitationSpan> = citations
        .iter()
        .map(|c| CitationSpan {
            start: c.start,
            end: c.end,
            relation: &c.relation,
            target: c.target.as_deref(),
            target_key: &c.target_key,
        })
        .collect();
    json(&spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use vanban_citelink::graph::GraphBuilder;

    fn staged(r: &Record, text: &str) -> StagedRecord {
        StagedRecord {
            record: Box::new(r.clone()),
            text: Some(text.into()),
            hash: Some(blake3::hash(text.as_bytes())),
        }
    }

    fn temp_files(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn a_finished_writer_puts_every_row_in_place_of_the_previous_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vanban.sqlite");
        std::fs::write(&path, b"the previous database").unwrap();
        let mut r = Record::new("a/1.txt");
        r.status = vanban_types::Status::Ok;
        r.fields.subject = Some("Về việc phòng, chống dịch".into());
        let db = DbWriter::start(&path, "settings-1").unwrap();
        db.record(staged(&r, "Về việc phòng, chống dịch"));
        let mut graph = GraphBuilder::new();
        graph.add(&r);
        db.graph(Arc::new(graph.finish()));
        // The database is put in place only once what runs meanwhile succeeded.
        db.finish(|| Ok::<(), ()>(())).unwrap().unwrap();
        let conn = Connection::open(&path).unwrap();
        let one = |sql: &str| -> String { conn.query_row(sql, [], |row| row.get(0)).unwrap() };
        assert_eq!(one("SELECT key FROM documents"), r.id);
        assert_eq!(one("SELECT text FROM texts"), "Về việc phòng, chống dịch");
        assert_eq!(one("SELECT value FROM meta"), "settings-1");
        assert_eq!(one("SELECT key FROM nodes"), r.id);
        assert!(temp_files(dir.path()).is_empty());
        // The search index is whole, found by a folded word, and merges again on writes.
        conn.execute("INSERT INTO search(search) VALUES ('integrity-check')", [])
            .unwrap();
        let hits: i64 = conn
            .query_row(
                "SELECT count(*) FROM search WHERE search MATCH 'phong'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(hits, 1);
        assert_eq!(
            one("SELECT CAST(v AS TEXT) FROM search_config WHERE k = 'automerge'"),
            "4"
        );
        assert_eq!(
            one("SELECT CAST(v AS TEXT) FROM search_config WHERE k = 'hashsize'"),
            "1048576"
        );
    }

    #[test]
    fn graph_rows_written_between_placed_records_are_all_there_once_and_the_same_bytes() {
        // The graph comes before the target pass places the records, and its rows go
        // in between them: every node and edge once, every text its resolved citations,
        // and the same file whether the records come quickly or slowly.
        let mut files = Vec::new();
        for pause in [false, true] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("vanban.sqlite");
            let db = DbWriter::start(&path, "s").unwrap();
            let mut graph = GraphBuilder::new();
            let mut records = Vec::new();
            for i in 0..300 {
                let mut r = Record::new(format!("d/{i}.txt"));
                r.id = format!("doc-{i}");
                r.status = vanban_types::Status::Ok;
                // Each cites the one before it and one outside the corpus.
                for (key, relation) in [
                    (format!("doc-{}", i.max(1) - 1), "implements"),
                    (format!("out-{i}"), "cites"),
                ] {
                    r.citations.push(vanban_types::Citation {
                        text: format!("cites {key}"),
                        start: 0,
                        end: 1,
                        reference: None,
                        doc_type: None,
                        date: None,
                        issuer: None,
                        jurisdiction: None,
                        relation: relation.into(),
                        target: None,
                        target_key: key,
                    });
                }
                graph.add(&r);
                db.record(staged(&r, "x"));
                records.push(r);
            }
            let graph = Arc::new(graph.finish());
            db.graph(graph.clone());
            for (i, r) in records.iter().enumerate() {
                if pause && i % 50 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                let mut citations = r.citations.clone();
                citations[0].target = Some(citations[0].target_key.clone());
                db.placed(
                    i,
                    Placed {
                        key: r.id.clone(),
                        path: r.path.clone(),
                        citations,
                        offset: 0,
                        length: 1,
                        line_hash: line_hash(b"x"),
                        staged_citations: None,
                    },
                );
            }
            db.finish(|| Ok::<(), ()>(())).unwrap().unwrap();
            let conn = Connection::open(&path).unwrap();
            let count = |sql: &str| -> i64 { conn.query_row(sql, [], |row| row.get(0)).unwrap() };
            assert_eq!(
                count("SELECT count(*) FROM nodes") as usize,
                graph.nodes().len()
            );
            assert_eq!(
                count("SELECT count(DISTINCT key) FROM nodes") as usize,
                graph.nodes().len()
            );
            assert_eq!(
                count("SELECT count(*) FROM edges") as usize,
                graph.edges().len()
            );
            assert_eq!(
                graph.nodes().len(),
                600,
                "300 documents and 300 cited outside"
            );
            let cites: String = conn
                .query_row(
                    "SELECT citations FROM texts WHERE path = 'd/7.txt'",
                    [],
                    |row| row.get(0),
                )
                .unwrap();
            assert!(cites.contains(r#""target":"doc-6""#), "{cites}");
            assert!(
                cites.contains(r#""target":null,"target_key":"out-7""#),
                "{cites}"
            );
            assert!(temp_files(dir.path()).is_empty());
            files.push(std::fs::read(&path).unwrap());
        }
        assert!(files[0] == files[1], "the same records give the same bytes");
    }

    /// A folder with a previous database, and a writer that replaces it, given a record.
    fn writer_over_a_previous_database() -> (tempfile::TempDir, std::path::PathBuf, DbWriter) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vanban.sqlite");
        std::fs::write(&path, b"the previous database").unwrap();
        let db = DbWriter::start(&path, "s").unwrap();
        db.record(staged(&Record::new("a/1.txt"), "x"));
        (dir, path, db)
    }

    #[test]
    fn a_writer_dropped_before_it_finished_leaves_the_previous_database_and_no_temporary_file() {
        let (dir, path, db) = writer_over_a_previous_database();
        drop(db); // the run failed before the end
        assert_eq!(std::fs::read(&path).unwrap(), b"the previous database");
        assert!(temp_files(dir.path()).is_empty());
    }

    #[test]
    fn the_database_stays_the_previous_one_when_the_other_outputs_could_not_be_committed() {
        // Its incremental cache describes documents.jsonl: it must not replace the
        // previous database when the run's files did not replace theirs.
        let (dir, path, db) = writer_over_a_previous_database();
        db.graph(Arc::new(GraphBuilder::new().finish()));
        let outcome = db.finish(|| Err("disk full")).unwrap();
        assert_eq!(outcome, Err("disk full"));
        assert_eq!(std::fs::read(&path).unwrap(), b"the previous database");
        assert!(temp_files(dir.path()).is_empty());
    }

    #[test]
    fn a_database_that_cannot_be_written_is_an_error_at_the_end_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        // Its folder does not exist: the thread cannot open the file.
        let path = dir.path().join("missing").join("vanban.sqlite");
        let db = DbWriter::start(&path, "s").unwrap();
        let r = Record::new("a/1.txt");
        db.record(staged(&r, "x"));
        db.placed(
            0,
            Placed {
                key: r.id.clone(),
                path: r.path.clone(),
                citations: Vec::new(),
                offset: 0,
                length: 1,
                line_hash: line_hash(b"x"),
                staged_citations: None,
            },
        );
        db.graph(Arc::new(GraphBuilder::new().finish()));
        let err = db.finish(|| Ok::<(), ()>(())).unwrap_err();
        assert!(err.contains("unable to open"), "{err}");
    }
}
