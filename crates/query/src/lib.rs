//! Queries over `vanban.sqlite` for researchers (`vanban query`), graph exports
//! (`vanban export`) and the web view (`vanban serve`, crate `vanban-serve`). Every query
//! answers rows of JSON objects; the CLI prints them as a table for people or as JSON
//! for programs, the web view as pages and as its JSON API.
//!
//! A crate of its own (it was `vanban::query`, still re-exported there) so that both the
//! `vanban` binary and `vanban-serve` use the same queries without a dependency cycle.

use rusqlite::{Connection, OpenFlags};
use serde_json::{json, Map, Value};
use std::collections::{BTreeSet, VecDeque};
use std::path::Path;

/// A query that could not run.
#[derive(Debug)]
pub enum QueryError {
    /// The database could not be opened or read.
    Db(String),
    /// The key or ref is in neither the corpus nor the cited documents.
    NotFound(String),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QueryError::Db(m) => write!(f, "database: {m}"),
            QueryError::NotFound(k) => {
                write!(f, "no document or cited document has the key or ref {k:?}")
            }
        }
    }
}

impl std::error::Error for QueryError {}

impl From<rusqlite::Error> for QueryError {
    fn from(e: rusqlite::Error) -> Self {
        QueryError::Db(e.to_string())
    }
}

/// An open, read-only database.
pub struct Db {
    conn: Connection,
}

/// The rows of a parameterized query as JSON objects, one key per column (text,
/// integers, reals and null; blobs read as null).
pub fn rows(
    conn: &Connection,
    sql: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<Vec<Value>, QueryError> {
    let mut st = conn.prepare(sql)?;
    let names: Vec<String> = st.column_names().iter().map(|s| s.to_string()).collect();
    let mut out = Vec::new();
    let mut q = st.query(args)?;
    while let Some(row) = q.next()? {
        let mut m = Map::new();
        for (i, n) in names.iter().enumerate() {
            let v: rusqlite::types::Value = row.get(i)?;
            m.insert(
                n.clone(),
                match v {
                    rusqlite::types::Value::Null => Value::Null,
                    rusqlite::types::Value::Integer(i) => json!(i),
                    rusqlite::types::Value::Real(f) => json!(f),
                    rusqlite::types::Value::Text(t) => json!(t),
                    rusqlite::types::Value::Blob(_) => Value::Null,
                },
            );
        }
        out.push(Value::Object(m));
    }
    Ok(out)
}

impl Db {
    /// Open a database read-only.
    pub fn open(path: &Path) -> Result<Db, QueryError> {
        if !path.exists() {
            return Err(QueryError::Db(format!(
                "{} does not exist (run vanban process first)",
                path.display()
            )));
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        Ok(Db { conn })
    }

    /// The read-only connection, for queries of its own (the web view's search).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// The key of a document given by key or by ref; a bare ref shared by several
    /// documents answers all of them.
    fn keys_for(&self, key_or_ref: &str) -> Result<Vec<String>, QueryError> {
        let by_key = rows(
            &self.conn,
            "SELECT key FROM nodes WHERE key = ?1",
            &[&key_or_ref],
        )?;
        if !by_key.is_empty() {
            return Ok(vec![key_or_ref.to_string()]);
        }
        let by_ref = rows(
            &self.conn,
            "SELECT key FROM nodes WHERE ref = ?1 ORDER BY key",
            &[&key_or_ref],
        )?;
        if by_ref.is_empty() {
            return Err(QueryError::NotFound(key_or_ref.to_string()));
        }
        Ok(by_ref
            .iter()
            .filter_map(|r| r["key"].as_str().map(str::to_string))
            .collect())
    }

    /// A document (or every document with a ref) and its citations both ways.
    pub fn show(&self, key_or_ref: &str) -> Result<Vec<Value>, QueryError> {
        let mut out = Vec::new();
        for key in self.keys_for(key_or_ref)? {
            let node = rows(&self.conn, "SELECT * FROM nodes WHERE key = ?1", &[&key])?
                .pop()
                .unwrap_or(Value::Null);
            let doc = rows(
                &self.conn,
                "SELECT * FROM documents WHERE key = ?1",
                &[&key],
            )?
            .pop();
            out.push(json!({
                "key": key,
                "node": node,
                "document": doc,
                "cites": self.cites_key(&key)?,
                "cited_by": self.cited_by_key(&key)?,
            }));
        }
        Ok(out)
    }

    /// What a document (or every document with a ref) cites.
    pub fn cites(&self, key_or_ref: &str) -> Result<Vec<Value>, QueryError> {
        let mut out = Vec::new();
        for key in self.keys_for(key_or_ref)? {
            out.extend(self.cites_key(&key)?);
        }
        Ok(out)
    }

    /// The documents that cite a document (or any document with a ref).
    pub fn cited_by(&self, key_or_ref: &str) -> Result<Vec<Value>, QueryError> {
        let mut out = Vec::new();
        for key in self.keys_for(key_or_ref)? {
            out.extend(self.cited_by_key(&key)?);
        }
        Ok(out)
    }

    fn cites_key(&self, key: &str) -> Result<Vec<Value>, QueryError> {
        rows(
            &self.conn,
            "SELECT e.to_key AS key, e.relation, n.in_corpus, n.ref, n.type, n.issuer, n.date FROM edges e LEFT JOIN nodes n ON n.key = e.to_key WHERE e.from_key = ?1 ORDER BY e.to_key, e.relation",
            &[&key],
        )
    }

    fn cited_by_key(&self, key: &str) -> Result<Vec<Value>, QueryError> {
        rows(
            &self.conn,
            "SELECT e.from_key AS key, e.relation, n.ref, n.type, n.issuer, n.date FROM edges e LEFT JOIN nodes n ON n.key = e.from_key WHERE e.to_key = ?1 ORDER BY e.from_key, e.relation",
            &[&key],
        )
    }

    /// Breadth-first walk along edges: `up` follows what a document carries out (its
    /// citations), down the documents that cite it. Each row has its depth and parent.
    fn walk(&self, key: &str, up: bool) -> Result<Vec<Value>, QueryError> {
        let keys = self.keys_for(key)?;
        let mut seen: BTreeSet<String> = keys.iter().cloned().collect();
        let mut queue: VecDeque<(String, usize)> = keys.into_iter().map(|k| (k, 0)).collect();
        let mut out = Vec::new();
        while let Some((k, depth)) = queue.pop_front() {
            let next = if up {
                self.cites_key(&k)?
            } else {
                self.cited_by_key(&k)?
            };
            for n in next {
                let nk = n["key"].as_str().unwrap_or("").to_string();
                if seen.insert(nk.clone()) {
                    let mut row = n.as_object().cloned().unwrap_or_default();
                    row.insert("depth".into(), json!(depth + 1));
                    row.insert("via".into(), json!(k));
                    out.push(Value::Object(row));
                    queue.push_back((nk, depth + 1));
                }
            }
        }
        Ok(out)
    }

    /// Transitively, what a document carries out, up to the top.
    pub fn upstream(&self, key: &str) -> Result<Vec<Value>, QueryError> {
        self.walk(key, true)
    }

    /// Transitively, everything that implements or cites a document (a tree: `via` is
    /// each row's parent).
    pub fn downstream(&self, key: &str) -> Result<Vec<Value>, QueryError> {
        self.walk(key, false)
    }

    /// Cited documents absent from the corpus, most cited first.
    pub fn missing(&self) -> Result<Vec<Value>, QueryError> {
        self.missing_page(None, -1, 0)
    }

    /// One page of [`Db::missing`]: at most `limit` rows (-1: all) after `offset`, only
    /// the document with key `key` when one is given.
    pub fn missing_page(
        &self,
        key: Option<&str>,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<Value>, QueryError> {
        rows(
            &self.conn,
            "SELECT n.key, n.ref, n.type, n.issuer, n.date, COUNT(DISTINCT e.from_key) AS cited_by FROM nodes n JOIN edges e ON e.to_key = n.key WHERE n.in_corpus = 0 AND (?1 IS NULL OR n.key = ?1) GROUP BY n.key ORDER BY cited_by DESC, n.key LIMIT ?2 OFFSET ?3",
            &[&key, &limit, &offset],
        )
    }

    /// How many cited documents are absent from the corpus.
    pub fn missing_count(&self) -> Result<i64, QueryError> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM nodes n WHERE n.in_corpus = 0 AND EXISTS (SELECT 1 FROM edges e WHERE e.to_key = n.key)",
            [],
            |r| r.get(0),
        )?)
    }

    /// The most cited documents.
    pub fn top(&self, limit: usize) -> Result<Vec<Value>, QueryError> {
        let limit = limit as i64;
        rows(
            &self.conn,
            "SELECT n.key, n.in_corpus, n.ref, n.type, n.issuer, COUNT(DISTINCT e.from_key) AS cited_by FROM nodes n JOIN edges e ON e.to_key = n.key GROUP BY n.key ORDER BY cited_by DESC, n.key LIMIT ?1",
            &[&limit],
        )
    }

    /// Counts of the archive.
    pub fn stats(&self) -> Result<Vec<Value>, QueryError> {
        rows(
            &self.conn,
            "SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM documents WHERE status = 'ok') AS ok, (SELECT COUNT(*) FROM documents WHERE status = 'partial') AS partial, (SELECT COUNT(*) FROM documents WHERE status = 'failed') AS failed, (SELECT COUNT(*) FROM citations) AS citations, (SELECT COUNT(*) FROM citations WHERE target IS NOT NULL) AS resolved, (SELECT COUNT(*) FROM nodes WHERE in_corpus = 0) AS missing_documents, (SELECT COUNT(*) FROM edges) AS edges, (SELECT COUNT(*) FROM tasks) AS tasks",
            &[],
        )
    }

    /// The graph as GraphML (networkx, Gephi), DOT (Graphviz) or CSV (edges).
    pub fn export(&self, format: &str) -> Result<String, QueryError> {
        let nodes = rows(&self.conn, "SELECT * FROM nodes ORDER BY key", &[])?;
        let edges = rows(
            &self.conn,
            "SELECT * FROM edges ORDER BY from_key, to_key, relation",
            &[],
        )?;
        let s = |v: &Value| v.as_str().unwrap_or("").to_string();
        Ok(match format {
            "graphml" => {
                let mut o = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
                for (id, k) in [
                    ("in_corpus", "boolean"),
                    ("ref", "string"),
                    ("type", "string"),
                    ("issuer", "string"),
                    ("jurisdiction", "string"),
                    ("date", "string"),
                    ("subject", "string"),
                ] {
                    o.push_str(&format!(
                        "  <key id=\"{id}\" for=\"node\" attr.name=\"{id}\" attr.type=\"{k}\"/>\n"
                    ));
                }
                o.push_str("  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n  <graph id=\"vanban\" edgedefault=\"directed\">\n");
                for n in &nodes {
                    o.push_str(&format!("    <node id=\"{}\">", xml(&s(&n["key"]))));
                    o.push_str(&format!(
                        "<data key=\"in_corpus\">{}</data>",
                        n["in_corpus"].as_i64() == Some(1)
                    ));
                    for k in ["ref", "type", "issuer", "jurisdiction", "date", "subject"] {
                        if !n[k].is_null() {
                            o.push_str(&format!("<data key=\"{k}\">{}</data>", xml(&s(&n[k]))));
                        }
                    }
                    o.push_str("</node>\n");
                }
                for e in &edges {
                    o.push_str(&format!(
                        "    <edge source=\"{}\" target=\"{}\"><data key=\"relation\">{}</data></edge>\n",
                        xml(&s(&e["from_key"])),
                        xml(&s(&e["to_key"])),
                        xml(&s(&e["relation"]))
                    ));
                }
                o.push_str("  </graph>\n</graphml>\n");
                o
            }
            "dot" => {
                let mut o = String::from("digraph vanban {\n  rankdir=TB;\n  node [shape=box, fontname=\"DejaVu Sans\"];\n");
                for n in &nodes {
                    let label = format!("{}\\n{}", s(&n["ref"]), s(&n["jurisdiction"]));
                    let style = if n["in_corpus"].as_i64() == Some(1) {
                        "solid"
                    } else {
                        "dashed"
                    };
                    o.push_str(&format!(
                        "  \"{}\" [label=\"{}\", style={style}];\n",
                        dot(&s(&n["key"])),
                        dot(&label)
                    ));
                }
                for e in &edges {
                    o.push_str(&format!(
                        "  \"{}\" -> \"{}\" [label=\"{}\"];\n",
                        dot(&s(&e["from_key"])),
                        dot(&s(&e["to_key"])),
                        dot(&s(&e["relation"]))
                    ));
                }
                o.push_str("}\n");
                o
            }
            _ => {
                let mut o = String::from("from,to,relation,from_path,citation_text\n");
                for e in &edges {
                    let cells = [
                        s(&e["from_key"]),
                        s(&e["to_key"]),
                        s(&e["relation"]),
                        s(&e["path"]),
                        s(&e["citation_text"]),
                    ];
                    o.push_str(&cells.iter().map(|c| csv(c)).collect::<Vec<_>>().join(","));
                    o.push('\n');
                }
                o
            }
        })
    }
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn dot(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace("\\\\n", "\\n")
}

fn csv(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Rows as an aligned text table (nested values as JSON).
pub fn table(rows: &[Value]) -> String {
    let Some(first) = rows.first().and_then(Value::as_object) else {
        return "(no rows)\n".into();
    };
    let cols: Vec<&String> = first.keys().collect();
    let cell = |v: &Value| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut widths: Vec<usize> = cols.iter().map(|c| c.chars().count()).collect();
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| cols.iter().map(|c| cell(&r[c.as_str()])).collect())
        .collect();
    for r in &body {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count().min(60));
        }
    }
    let fmt_row = |cells: Vec<String>| {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let c: String = c.chars().take(60).collect();
                format!("{c:<w$}", w = *w)
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut out = fmt_row(cols.iter().map(|c| c.to_string()).collect());
    out.push('\n');
    for r in body {
        out.push_str(&fmt_row(r));
        out.push('\n');
    }
    out
}
