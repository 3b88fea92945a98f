//! The embedded database `vanban.sqlite`: documents, citations, the graph's nodes and
//! edges, and tasks, with indexes, so that researchers can query the archive with SQL or
//! open it in any SQLite tool. Its schema is documented in the README.
//!
//! The database is rebuilt by every run: written to a temporary file in one transaction
//! per table (prepared statements), then renamed over the previous one.

use rusqlite::{params, Connection};
use serde_json::Value;
use std::path::Path;
use vanban_citelink::graph::Graph;

/// The schema, as executed.
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
    deadline_text TEXT, start INTEGER, end INTEGER
);
CREATE INDEX documents_ref ON documents(ref);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX citations_from ON citations(from_key);
CREATE INDEX citations_target_key ON citations(target_key);
CREATE INDEX edges_from ON edges(from_key);
CREATE INDEX edges_to ON edges(to_key);
CREATE INDEX tasks_doc ON tasks(doc_key);
";

/// Write the database from the final records (`documents.jsonl`) and the graph.
pub fn write_db(path: &Path, documents_jsonl: &Path, graph: &Graph) -> Result<(), String> {
    let tmp = path.with_file_name(format!(".vanban.sqlite.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let result = fill(&tmp, documents_jsonl, graph);
    match result {
        Ok(()) => std::fs::rename(&tmp, path).map_err(|e| e.to_string()),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

fn fill(tmp: &Path, documents_jsonl: &Path, graph: &Graph) -> Result<(), String> {
    use std::io::BufRead;
    let err = |e: rusqlite::Error| e.to_string();
    let mut db = Connection::open(tmp).map_err(err)?;
    db.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        .map_err(err)?;
    db.execute_batch(SCHEMA_SQL).map_err(err)?;
    let tx = db.transaction().map_err(err)?;
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
            .prepare("INSERT INTO tasks VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)")
            .map_err(err)?;
        let file = std::fs::File::open(documents_jsonl).map_err(|e| e.to_string())?;
        for line in std::io::BufReader::new(file).lines() {
            let line = line.map_err(|e| e.to_string())?;
            let r: Value = serde_json::from_str(&line).map_err(|e| e.to_string())?;
            let s = |v: &Value| v.as_str().map(str::to_string);
            let key = s(&r["id"]).unwrap_or_default();
            doc.execute(params![
                key,
                s(&r["path"]),
                s(&r["status"]),
                s(&r["system"]),
                s(&r["ref"]),
                s(&r["number"]),
                s(&r["type"]["code"]),
                s(&r["type"]["name"]),
                s(&r["issuer"]["name"]),
                s(&r["issuer"]["code"]),
                s(&r["issuer"]["parent"]),
                s(&r["jurisdiction"]),
                s(&r["place"]),
                s(&r["date"]),
                s(&r["subject"]),
                s(&r["signature"]["authority"]),
                s(&r["signature"]["title"]),
                s(&r["signature"]["name"]),
                r["review"].as_bool().unwrap_or(false) as i64,
            ])
            .map_err(err)?;
            for c in r["citations"].as_array().into_iter().flatten() {
                cit.execute(params![
                    key,
                    s(&c["target_key"]),
                    s(&c["target"]),
                    s(&c["ref"]),
                    s(&c["type"]["name"]),
                    s(&c["date"]),
                    s(&c["issuer"]),
                    s(&c["jurisdiction"]),
                    s(&c["relation"]),
                    s(&c["text"]),
                    c["start"].as_i64(),
                    c["end"].as_i64(),
                ])
                .map_err(err)?;
            }
            for t in r["tasks"].as_array().into_iter().flatten() {
                let list = |v: &Value| {
                    v.as_array().map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                };
                task.execute(params![
                    key,
                    s(&t["label"]),
                    s(&t["text"]),
                    list(&t["assignees"]),
                    t["assignees_implicit"].as_bool().unwrap_or(false) as i64,
                    list(&t["actions"]),
                    s(&t["deadline"]["date"]),
                    s(&t["deadline"]["every"]),
                    s(&t["deadline"]["text"]),
                    t["start"].as_i64(),
                    t["end"].as_i64(),
                ])
                .map_err(err)?;
            }
        }
        let mut node = tx
            .prepare("INSERT OR IGNORE INTO nodes VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)")
            .map_err(err)?;
        for n in &graph.nodes {
            node.execute(params![
                n.key,
                n.in_corpus as i64,
                n.path,
                n.reference,
                n.doc_type,
                n.issuer,
                n.jurisdiction,
                n.date,
                n.subject
            ])
            .map_err(err)?;
        }
        let mut edge = tx
            .prepare("INSERT INTO edges VALUES (?1,?2,?3,?4,?5)")
            .map_err(err)?;
        for e in &graph.edges {
            edge.execute(params![e.from, e.to, e.relation, e.citation_text, e.path])
                .map_err(err)?;
        }
    }
    tx.commit().map_err(err)?;
    db.close().map_err(|(_, e)| e.to_string())
}
