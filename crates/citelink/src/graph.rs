//! The citation graph (docs/schema.md §4): a node for every document of the corpus and
//! every document cited but absent, an edge per citing document, cited document and
//! relation.
//!
//! Compact by design, since a national archive holds millions of nodes and edges and
//! the graph is the one thing a run keeps in memory: every string lives once, end to
//! end in chunks of an arena ([`Strings`]), and nodes and edges are rows of 4-byte ids
//! ([`Sym`])
//! — a node 36 bytes, an edge 20 — instead of a shared heap string per field. Subjects
//! and citation texts, all different and wanted only when the graph is written, can
//! wait in a temporary file instead of memory ([`GraphBuilder::spill_to`]). The
//! finished [`Graph`] hands out views ([`Node`], [`Edge`]) and serializes to
//! `graph.json` from them.

use crate::Resolver;
use hashbrown::hash_table::{Entry, HashTable};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;
use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashSet;
use std::fs::File;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
use std::io::{self, BufWriter, Write};
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use vanban_types::{Record, Status};

/// A string of a [`Strings`] arena, by its index (from 1, so that `Option<Sym>` is 4
/// bytes too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(NonZeroU32);

impl Sym {
    fn index(self) -> usize {
        self.0.get() as usize - 1
    }

    /// The `Sym` of the string at `index`. Four billion strings would take far more
    /// memory than any machine has before this limit is reached.
    fn from_index(index: usize) -> Sym {
        let n = u32::try_from(index + 1).expect("fewer than 2^32 strings in a graph");
        Sym(NonZeroU32::new(n).expect("counted from 1"))
    }
}

/// Strings end to end in large chunks, each addressed by a [`Sym`]. Shared strings
/// ([`Strings::intern`]: keys, paths, dates, issuers, relations, which repeat across
/// nodes and edges) are stored once and found again by content; texts that never
/// repeat ([`Strings::push`]) skip the lookup.
#[derive(Default)]
pub struct Strings {
    /// Filled one after the other; a chunk never grows past its capacity, so adding a
    /// string never copies the ones before it (one doubling buffer's copy was the peak
    /// of memory of a 1 GB run).
    chunks: Vec<String>,
    /// Where string `i` is: its chunk, start and length.
    spans: Vec<(u32, u32, u32)>,
    /// The interned strings, by content: indices into `spans`.
    table: HashTable<u32>,
    /// A fixed hasher: nothing depends on the order of the table, and a run is
    /// reproducible to the byte anyway.
    hasher: BuildHasherDefault<DefaultHasher>,
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Strings")
            .field("strings", &self.spans.len())
            .field("interned", &self.table.len())
            .field("chunks", &self.chunks.len())
            .finish()
    }
}

/// The size of a chunk of [`Strings`] (a longer string gets a chunk of its own).
const CHUNK: usize = 1 << 20;

fn slice<'a>(chunks: &'a [String], spans: &[(u32, u32, u32)], i: usize) -> &'a str {
    let (chunk, start, len) = spans[i];
    let start = start as usize;
    &chunks[chunk as usize][start..start + len as usize]
}

impl Strings {
    /// An empty arena.
    pub fn new() -> Strings {
        Strings::default()
    }

    /// The string `sym` names.
    pub fn get(&self, sym: Sym) -> &str {
        slice(&self.chunks, &self.spans, sym.index())
    }

    /// Store `s` without looking for an earlier copy (a text that never repeats). A
    /// string is at most 4 GiB (longer, it is cut at a character boundary: no
    /// directive's subject or citation comes near).
    pub fn push(&mut self, s: &str) -> Sym {
        let mut s = s;
        if s.len() > u32::MAX as usize {
            let mut cut = u32::MAX as usize;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            s = &s[..cut];
        }
        let fits = self
            .chunks
            .last()
            .is_some_and(|c| c.capacity() - c.len() >= s.len());
        if !fits {
            self.chunks.push(String::with_capacity(CHUNK.max(s.len())));
        }
        let chunk = self.chunks.len() - 1;
        let text = &mut self.chunks[chunk];
        let start = text.len();
        text.push_str(s);
        self.spans
            .push((chunk as u32, start as u32, s.len() as u32));
        Sym::from_index(self.spans.len() - 1)
    }

    /// `s`, stored once: the same string always gives the same [`Sym`].
    pub fn intern(&mut self, s: &str) -> Sym {
        let hash = self.hasher.hash_one(s);
        let (chunks, spans, hasher) = (&self.chunks, &self.spans, &self.hasher);
        let entry = self.table.entry(
            hash,
            |&i| slice(chunks, spans, i as usize) == s,
            |&i| hasher.hash_one(slice(chunks, spans, i as usize)),
        );
        match entry {
            Entry::Occupied(e) => Sym::from_index(*e.get() as usize),
            Entry::Vacant(v) => {
                v.insert(self.spans.len() as u32);
                self.push(s)
            }
        }
    }

    /// The [`Sym`] of an interned string, if it is one.
    pub fn lookup(&self, s: &str) -> Option<Sym> {
        let hash = self.hasher.hash_one(s);
        self.table
            .find(hash, |&i| slice(&self.chunks, &self.spans, i as usize) == s)
            .map(|&i| Sym::from_index(i as usize))
    }

    /// A hash of some strings, with the arena's hasher.
    pub(crate) fn hash<T: std::hash::Hash>(&self, value: T) -> u64 {
        self.hasher.hash_one(value)
    }

    fn opt(&mut self, s: Option<&str>) -> Option<Sym> {
        s.map(|s| self.intern(s))
    }

    fn text(&self, sym: Option<Sym>) -> Option<&str> {
        sym.map(|s| self.get(s))
    }
}

/// Texts that are all different and wanted only when the graph is written (subjects,
/// citation texts: about 200 bytes a document), each named by a [`Sym`] of its own
/// numbering: in memory, or waiting in a temporary file.
#[derive(Debug, Default)]
struct Waiting {
    memory: Strings,
    spill: Option<Spill>,
}

/// The temporary file of [`Waiting`] texts.
#[derive(Debug)]
struct Spill {
    path: PathBuf,
    file: BufWriter<File>,
    /// Where each text starts in the file; it ends where the next one starts.
    starts: Vec<u64>,
    len: u64,
    /// The first write that failed: every read reports it.
    error: Option<io::Error>,
}

impl Drop for Spill {
    fn drop(&mut self) {
        // Already gone on Unix (removed once opened); elsewhere removed here.
        let _ = std::fs::remove_file(&self.path);
    }
}

impl Waiting {
    fn spill_to(dir: &Path) -> io::Result<Waiting> {
        let path = dir.join(format!(".vanban-graph-texts-{}.tmp", std::process::id()));
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)?;
        // An open file outlives its name on Unix: nothing is left behind even if the
        // run is killed.
        #[cfg(unix)]
        let _ = std::fs::remove_file(&path);
        Ok(Waiting {
            memory: Strings::new(),
            spill: Some(Spill {
                path,
                file: BufWriter::with_capacity(1 << 16, file),
                starts: Vec::new(),
                len: 0,
                error: None,
            }),
        })
    }

    fn push(&mut self, s: &str) -> Sym {
        let Some(spill) = &mut self.spill else {
            return self.memory.push(s);
        };
        if spill.error.is_none() {
            if let Err(e) = spill.file.write_all(s.as_bytes()) {
                spill.error = Some(e);
            }
        }
        spill.starts.push(spill.len);
        spill.len += s.len() as u64;
        Sym::from_index(spill.starts.len() - 1)
    }

    /// Every text written: ready to be read back.
    fn done(&mut self) {
        if let Some(spill) = &mut self.spill {
            if let (None, Err(e)) = (&spill.error, spill.file.flush()) {
                spill.error = Some(e);
            }
        }
    }

    fn get(&self, sym: Sym) -> io::Result<Cow<'_, str>> {
        let Some(spill) = &self.spill else {
            return Ok(Cow::Borrowed(self.memory.get(sym)));
        };
        if let Some(e) = &spill.error {
            return Err(io::Error::new(
                e.kind(),
                format!("graph texts could not be written to a temporary file: {e}"),
            ));
        }
        let i = sym.index();
        let start = spill.starts[i];
        let end = spill.starts.get(i + 1).copied().unwrap_or(spill.len);
        let mut buf = vec![0; (end - start) as usize];
        read_at(spill.file.get_ref(), &mut buf, start)?;
        String::from_utf8(buf)
            .map(Cow::Owned)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }
}

/// Fill `buf` from `file` at `offset`, without moving a shared cursor.
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileExt;
        file.read_exact_at(buf, offset)
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::FileExt;
        let mut done = 0;
        while done < buf.len() {
            match file.seek_read(&mut buf[done..], offset + done as u64)? {
                0 => return Err(io::ErrorKind::UnexpectedEof.into()),
                n => done += n,
            }
        }
        Ok(())
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = (file, buf, offset);
        Err(io::Error::other(
            "reading at an offset is not supported here",
        ))
    }
}

/// A node, as the graph keeps it.
#[derive(Debug, Clone, Copy)]
struct NodeRow {
    key: Sym,
    path: Option<Sym>,
    reference: Option<Sym>,
    doc_type: Option<Sym>,
    issuer: Option<Sym>,
    jurisdiction: Option<Sym>,
    date: Option<Sym>,
    /// In [`Waiting`].
    subject: Option<Sym>,
    /// The date of the last dated record with this key (corpus nodes), which resolves
    /// its undated citations.
    citing_date: Option<Sym>,
}

/// An edge, as the graph keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct EdgeRow {
    from: Sym,
    to: Sym,
    relation: Sym,
    /// In [`Waiting`].
    citation_text: Sym,
    path: Sym,
}

/// A node of the graph.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Node<'g> {
    /// The canonical key.
    pub key: &'g str,
    /// Whether the document is in the corpus.
    pub in_corpus: bool,
    /// Its path, when in the corpus.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'g str>,
    /// Number and symbol.
    #[serde(rename = "ref")]
    pub reference: Option<&'g str>,
    /// Type name.
    #[serde(rename = "type")]
    pub doc_type: Option<&'g str>,
    /// Issuer, as printed.
    pub issuer: Option<&'g str>,
    /// Jurisdiction.
    pub jurisdiction: Option<&'g str>,
    /// Date, ISO.
    pub date: Option<&'g str>,
    /// Subject (corpus documents only).
    pub subject: Option<Cow<'g, str>>,
}

/// An edge of the graph.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Edge<'g> {
    /// The citing document's key.
    pub from: &'g str,
    /// The cited document's key.
    pub to: &'g str,
    /// The relation.
    pub relation: &'g str,
    /// The first citation's text.
    pub citation_text: Cow<'g, str>,
    /// The citing document's path.
    pub path: &'g str,
}

/// Builds the graph from records as they stream past; holds only what the graph needs.
#[derive(Debug, Default)]
pub struct GraphBuilder {
    /// The arena and the index of corpus documents by key (the resolver the finished
    /// graph hands out).
    docs: Resolver,
    /// Corpus documents, in the order of their rows in the resolver
    /// ([`Resolver::row_of`]).
    corpus: Vec<NodeRow>,
    cited: Vec<NodeRow>,
    cited_by_key: HashSet<Sym>,
    waiting: Waiting,
    /// In the order added. Repeats of a (from, to, relation) are left out when the graph
    /// is finished (the first kept): within a record the finder has folded citations of
    /// one key already, across records a key may be given twice.
    edges: Vec<EdgeRow>,
}

/// The finished graph, as written to `graph.json`.
#[derive(Debug)]
pub struct Graph {
    /// The arena, and the index of corpus documents that resolves keys.
    docs: Resolver,
    /// Corpus documents (by key), then cited documents absent from the corpus.
    nodes: Vec<NodeRow>,
    /// How many of `nodes` are corpus documents.
    in_corpus: usize,
    /// Citing → cited edges, sorted.
    edges: Vec<EdgeRow>,
    waiting: Waiting,
}

impl GraphBuilder {
    /// An empty builder, which keeps everything in memory.
    pub fn new() -> GraphBuilder {
        GraphBuilder::default()
    }

    /// An empty builder whose subjects and citation texts wait in a temporary file in
    /// `dir` until the graph is written (a run over an archive: about 200 bytes a
    /// document less in memory). The file is removed when the graph is dropped.
    pub fn spill_to(dir: &Path) -> io::Result<GraphBuilder> {
        Ok(GraphBuilder {
            waiting: Waiting::spill_to(dir)?,
            ..GraphBuilder::default()
        })
    }

    /// Add a record: its node, and its citations as edges to their keys.
    pub fn add(&mut self, r: &Record) {
        if r.status == Status::Failed {
            return;
        }
        let f = &r.fields;
        let st = &mut self.docs.strings;
        let id = st.intern(&r.id);
        let path = st.intern(&r.path);
        let date = st.opt(f.date.as_deref());
        let row = self.docs.row_of(id);
        let st = &mut self.docs.strings;
        match row {
            Some(row) => {
                // A key given twice: the first record is the node; the last date
                // resolves undated citations (as each record's citations are read).
                let row = &mut self.corpus[row as usize];
                row.citing_date = date.or(row.citing_date);
            }
            None => {
                let node = NodeRow {
                    key: id,
                    path: Some(path),
                    reference: st.opt(f.reference.as_deref()),
                    doc_type: st.opt(f.doc_type.as_ref().map(|t| t.name.as_str())),
                    issuer: st.opt(f.issuer.name.as_deref()),
                    jurisdiction: st.opt(f.jurisdiction.as_deref()),
                    date,
                    // Subjects are all different: not worth a lookup.
                    subject: f.subject.as_deref().map(|s| self.waiting.push(s)),
                    citing_date: date,
                };
                self.corpus.push(node);
                self.docs.add_sym(id, date);
            }
        }
        for c in &r.citations {
            let st = &mut self.docs.strings;
            let target = st.intern(&c.target_key);
            if self.cited_by_key.insert(target) {
                let node = NodeRow {
                    key: target,
                    path: None,
                    reference: st.opt(c.reference.as_deref()),
                    doc_type: st.opt(c.doc_type.as_ref().map(|t| t.name.as_str())),
                    issuer: st.opt(c.issuer.as_deref()),
                    jurisdiction: st.opt(c.jurisdiction.as_deref()),
                    date: st.opt(c.date.as_deref()),
                    subject: None,
                    citing_date: None,
                };
                self.cited.push(node);
            }
            let relation = st.intern(&c.relation);
            let citation_text = self.waiting.push(&c.text);
            self.edges.push(EdgeRow {
                from: id,
                to: target,
                relation,
                citation_text,
                path,
            });
        }
    }

    /// `s` in the graph's arena: one copy shared with the graph's own (for a run's
    /// per-file paths and dates, which the graph holds anyway).
    pub fn share(&mut self, s: &str) -> Sym {
        self.docs.strings.intern(s)
    }

    /// The graph: cited keys that name a corpus document point to it.
    pub fn finish(self) -> Graph {
        let GraphBuilder {
            docs,
            mut corpus,
            cited,
            cited_by_key,
            mut edges,
            mut waiting,
        } = self;
        drop(cited_by_key);
        waiting.done();
        // One edge per (from, to, relation), the first added: a record's own repeats
        // and those of a key given by two records. A stable sort keeps the order in
        // which they were added among equal keys.
        edges.sort_by_key(|e| (e.from, e.to, e.relation));
        edges.dedup_by_key(|e| (e.from, e.to, e.relation));
        // Resolve each edge's target with its citing document's date; the keys of
        // corpus documents are in the arena already.
        for e in &mut edges {
            let citing_date = docs
                .row_of(e.from)
                .and_then(|row| corpus[row as usize].citing_date);
            if let Some(to) = docs.resolve_sym(e.to, citing_date) {
                e.to = to;
            }
        }
        let st = &docs.strings;
        let edge_order = |a: &EdgeRow, b: &EdgeRow| -> Ordering {
            let keys = |e: &EdgeRow| [e.from, e.to, e.relation];
            let by_keys = keys(a)
                .iter()
                .zip(keys(b).iter())
                .map(|(x, y)| st.get(*x).cmp(st.get(*y)))
                .find(|o| o.is_ne());
            // The citation texts (perhaps on disk) decide only between edges with the
            // same ends and relation, which are rare. A text that cannot be read makes
            // the graph fail when it is written.
            by_keys
                .or_else(|| {
                    let (x, y) = (waiting.get(a.citation_text), waiting.get(b.citation_text));
                    match (x, y) {
                        (Ok(x), Ok(y)) => Some(x.cmp(&y)).filter(|o| o.is_ne()),
                        _ => None,
                    }
                })
                .unwrap_or_else(|| st.get(a.path).cmp(st.get(b.path)))
        };
        edges.sort_unstable_by(edge_order);
        edges.dedup_by(|a, b| edge_order(a, b).is_eq());
        let still_cited: HashSet<Sym> = edges.iter().map(|e| e.to).collect();
        let by_key = |a: &NodeRow, b: &NodeRow| st.get(a.key).cmp(st.get(b.key));
        corpus.sort_unstable_by(by_key);
        let in_corpus = corpus.len();
        let mut missing: Vec<NodeRow> = cited
            .into_iter()
            .filter(|n| docs.row_of(n.key).is_none() && still_cited.contains(&n.key))
            .collect();
        missing.sort_unstable_by(by_key);
        let mut nodes = corpus;
        nodes.extend(missing);
        Graph {
            docs,
            nodes,
            in_corpus,
            edges,
            waiting,
        }
    }
}

impl Graph {
    /// The corpus documents, by key, then the cited documents the corpus lacks. An
    /// error is a subject that could not be read back from the temporary file.
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = io::Result<Node<'_>>> + '_ {
        self.nodes_from(0)
    }

    /// [`Graph::nodes`] from the `start`-th on (those before are not read).
    pub fn nodes_from(
        &self,
        start: usize,
    ) -> impl ExactSizeIterator<Item = io::Result<Node<'_>>> + '_ {
        let st = &self.docs.strings;
        self.nodes
            .iter()
            .enumerate()
            .skip(start)
            .map(move |(i, n)| {
                Ok(Node {
                    key: st.get(n.key),
                    in_corpus: i < self.in_corpus,
                    path: st.text(n.path),
                    reference: st.text(n.reference),
                    doc_type: st.text(n.doc_type),
                    issuer: st.text(n.issuer),
                    jurisdiction: st.text(n.jurisdiction),
                    date: st.text(n.date),
                    subject: n.subject.map(|s| self.waiting.get(s)).transpose()?,
                })
            })
    }

    /// The citing → cited edges, sorted. An error is a citation text that could not be
    /// read back from the temporary file.
    pub fn edges(&self) -> impl ExactSizeIterator<Item = io::Result<Edge<'_>>> + '_ {
        self.edges_from(0)
    }

    /// [`Graph::edges`] from the `start`-th on (those before are not read).
    pub fn edges_from(
        &self,
        start: usize,
    ) -> impl ExactSizeIterator<Item = io::Result<Edge<'_>>> + '_ {
        let st = &self.docs.strings;
        self.edges.iter().skip(start).map(move |e| {
            Ok(Edge {
                from: st.get(e.from),
                to: st.get(e.to),
                relation: st.get(e.relation),
                citation_text: self.waiting.get(e.citation_text)?,
                path: st.get(e.path),
            })
        })
    }

    /// The resolver over the corpus documents of the graph.
    pub fn resolver(&self) -> &Resolver {
        &self.docs
    }

    /// A string the builder shared ([`GraphBuilder::share`]).
    pub fn get(&self, sym: Sym) -> &str {
        self.docs.strings.get(sym)
    }
}

/// `{"schema": "vanban-graph/1", "nodes": […], "edges": […]}`, streamed from the rows.
impl Serialize for Graph {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Seq<F>(F);
        impl<I, T, F> Serialize for Seq<F>
        where
            I: ExactSizeIterator<Item = io::Result<T>>,
            T: Serialize,
            F: Fn() -> I,
        {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::{Error, SerializeSeq};
                let items = (self.0)();
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&item.map_err(S::Error::custom)?)?;
                }
                seq.end()
            }
        }
        let mut s = serializer.serialize_struct("Graph", 3)?;
        s.serialize_field("schema", "vanban-graph/1")?;
        s.serialize_field("nodes", &Seq(|| self.nodes()))?;
        s.serialize_field("edges", &Seq(|| self.edges()))?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vanban_types::{Citation, Status};

    fn record(id: &str, date: Option<&str>, cites: &[(&str, &str)]) -> Record {
        let mut r = Record::new(format!("{id}.txt"));
        r.id = id.into();
        r.status = Status::Ok;
        r.fields.date = date.map(Into::into);
        r.fields.jurisdiction = Some("Hà Tĩnh".into());
        r.citations = cites
            .iter()
            .map(|(key, relation)| Citation {
                text: format!("cites {key}"),
                start: 0,
                end: 1,
                reference: None,
                doc_type: None,
                date: None,
                issuer: None,
                jurisdiction: None,
                relation: (*relation).into(),
                target: None,
                target_key: (*key).into(),
            })
            .collect();
        r
    }

    #[test]
    fn repeated_strings_are_stored_once_and_the_graph_is_as_before() {
        let mut b = GraphBuilder::new();
        b.add(&record(
            "ha-tinh/2022/1-CV/TU",
            Some("2022-03-01"),
            &[
                ("trung-uong/2021/15-CT/TW", "implements"),
                ("ha-tinh/undated/9-KH/TU", "cites"),
            ],
        ));
        b.add(&record(
            "ha-tinh/2022/2-CV/TU",
            Some("2022-03-01"),
            &[
                ("trung-uong/2021/15-CT/TW", "implements"),
                ("trung-uong/2021/15-CT/TW", "implements"),
            ],
        ));
        b.add(&record("ha-tinh/2021/9-KH/TU", Some("2021-01-05"), &[]));
        let shared = b.share("Hà Tĩnh");
        assert_eq!(b.share("Hà Tĩnh"), shared);
        let before = b.docs.strings.spans.len();
        b.share("ha-tinh/2022/1-CV/TU");
        assert_eq!(b.docs.strings.spans.len(), before, "a key is stored once");
        let g = b.finish();
        assert_eq!(g.get(shared), "Hà Tĩnh");
        let nodes: Vec<(&str, bool)> = g
            .nodes()
            .map(|n| n.map(|n| (n.key, n.in_corpus)))
            .collect::<io::Result<_>>()
            .unwrap();
        // Corpus documents by key, then the cited one the corpus lacks.
        assert_eq!(
            nodes,
            [
                ("ha-tinh/2021/9-KH/TU", true),
                ("ha-tinh/2022/1-CV/TU", true),
                ("ha-tinh/2022/2-CV/TU", true),
                ("trung-uong/2021/15-CT/TW", false)
            ]
        );
        // One edge per citing document, cited document and relation; the undated
        // citation resolves to the plan issued before the citing document.
        let edges: Vec<(&str, &str, &str)> = g
            .edges()
            .map(|e| e.map(|e| (e.from, e.to, e.relation)))
            .collect::<io::Result<_>>()
            .unwrap();
        assert_eq!(
            edges,
            [
                ("ha-tinh/2022/1-CV/TU", "ha-tinh/2021/9-KH/TU", "cites"),
                (
                    "ha-tinh/2022/1-CV/TU",
                    "trung-uong/2021/15-CT/TW",
                    "implements"
                ),
                (
                    "ha-tinh/2022/2-CV/TU",
                    "trung-uong/2021/15-CT/TW",
                    "implements"
                ),
            ]
        );
        // The same jurisdiction, date and cited key are one string, shared.
        let (a, b2) = (&g.nodes[1], &g.nodes[2]);
        assert_eq!(a.jurisdiction, b2.jurisdiction);
        assert_eq!(a.jurisdiction, Some(shared));
        assert_eq!(a.date, b2.date);
        assert_eq!(g.edges[1].to, g.edges[2].to);
        assert_eq!(g.edges[1].to, g.nodes[3].key);
        // The JSON of graph.json, streamed from the rows.
        let json = serde_json::to_value(&g).unwrap();
        assert_eq!(json["schema"], "vanban-graph/1");
        assert_eq!(json["nodes"][3]["key"], "trung-uong/2021/15-CT/TW");
        assert!(json["nodes"][3].get("path").is_none());
        assert_eq!(json["nodes"][0]["path"], "ha-tinh/2021/9-KH/TU.txt");
        assert_eq!(
            json["edges"][0]["citation_text"],
            "cites ha-tinh/undated/9-KH/TU"
        );
    }

    /// Records whose citations resolve to the same target from two undated keys, so
    /// that edges tie on their ends and relation and the citation texts decide.
    fn tied_records() -> Vec<Record> {
        let mut a = record(
            "ha-tinh/2023/7-CV/TU",
            Some("2023-06-01"),
            &[
                ("ha-tinh/undated/5-KH/TU", "cites"),
                ("ha-tinh/2022/5-KH/TU", "cites"),
                ("trung-uong/2021/15-CT/TW", "implements"),
            ],
        );
        a.fields.subject = Some("Về việc triển khai Kế hoạch 5".into());
        a.citations[0].text = "Kế hoạch 5 (không năm)".into();
        a.citations[1].text = "Kế hoạch số 5-KH/TU năm 2022".into();
        let mut b = record("ha-tinh/2022/5-KH/TU", Some("2022-01-01"), &[]);
        b.fields.subject = Some("Kế hoạch phòng, chống dịch".into());
        vec![a, b]
    }

    #[test]
    fn a_graph_whose_texts_waited_on_disk_is_the_graph_kept_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let (mut memory, mut spilled) = (
            GraphBuilder::new(),
            GraphBuilder::spill_to(dir.path()).unwrap(),
        );
        for r in tied_records() {
            memory.add(&r);
            spilled.add(&r);
        }
        let (memory, spilled) = (memory.finish(), spilled.finish());
        let json = serde_json::to_string(&spilled).unwrap();
        assert_eq!(json, serde_json::to_string(&memory).unwrap());
        // Both edges to the 2022 plan stay, ordered by their texts.
        let texts: Vec<String> = spilled
            .edges()
            .map(|e| e.unwrap().citation_text.into_owned())
            .collect();
        assert_eq!(
            texts,
            [
                "Kế hoạch 5 (không năm)",
                "Kế hoạch số 5-KH/TU năm 2022",
                "cites trung-uong/2021/15-CT/TW"
            ]
        );
        assert!(json.contains("Kế hoạch phòng, chống dịch"));
        // Nothing is left in the folder once the graph is gone.
        drop(spilled);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn strings_fill_chunks_without_moving_and_find_each_interned_one_again() {
        let mut st = Strings::new();
        let long = "x".repeat(CHUNK + 10);
        let mut syms = Vec::new();
        for i in 0..50_000 {
            syms.push((st.intern(&format!("key-{i}")), format!("key-{i}")));
            syms.push((
                st.push("Về việc phòng, chống dịch"),
                "Về việc phòng, chống dịch".into(),
            ));
        }
        let big = st.push(&long);
        syms.push((st.intern("after"), "after".into()));
        assert!(st.chunks.len() > 2, "several chunks: {:?}", st);
        assert!(st
            .chunks
            .iter()
            .all(|c| c.capacity() <= CHUNK || c.len() == long.len()));
        assert_eq!(st.get(big), long);
        for (sym, s) in &syms {
            assert_eq!(st.get(*sym), s);
        }
        assert_eq!(st.lookup("key-49999"), Some(syms[2 * 49_999].0));
        assert_eq!(st.intern("key-7"), syms[14].0);
        // Pushed texts are not looked up.
        assert_eq!(st.lookup("Về việc phòng, chống dịch"), None);
    }

    #[test]
    fn a_key_given_twice_keeps_the_first_node_and_dates_its_citations_by_the_last() {
        let mut b = GraphBuilder::new();
        b.add(&record("ha-tinh/2020/5-KH/TU", Some("2020-01-01"), &[]));
        b.add(&record("ha-tinh/2022/5-KH/TU", Some("2022-01-01"), &[]));
        b.add(&record(
            "ha-tinh/2023/7-CV/TU",
            Some("2021-06-01"),
            &[("ha-tinh/undated/5-KH/TU", "cites")],
        ));
        b.add(&record(
            "ha-tinh/2023/7-CV/TU",
            Some("2023-06-01"),
            &[
                ("ha-tinh/undated/5-KH/TU", "cites"),
                ("x/2020/1-CV/TU", "cites"),
            ],
        ));
        let g = b.finish();
        let n = g
            .nodes()
            .map(Result::unwrap)
            .find(|n| n.key == "ha-tinh/2023/7-CV/TU")
            .unwrap();
        assert_eq!(n.date, Some("2021-06-01"), "the first record is the node");
        let edges: Vec<(String, String)> = g
            .edges()
            .map(|e| e.map(|e| (e.to.to_string(), e.citation_text.into_owned())))
            .collect::<io::Result<_>>()
            .unwrap();
        // The first record's edge to the undated plan, resolved by the last date.
        assert_eq!(
            edges,
            [
                (
                    "ha-tinh/2022/5-KH/TU".into(),
                    "cites ha-tinh/undated/5-KH/TU".into()
                ),
                ("x/2020/1-CV/TU".into(), "cites x/2020/1-CV/TU".into())
            ]
        );
    }
}
