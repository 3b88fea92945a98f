//! The citation graph (docs/schema.md §4): a node for every document of the corpus and
//! every document cited but absent, an edge per citing document, cited document and
//! relation.

use crate::Resolver;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::Arc;
use vanban_types::{Record, Status};

/// A string of the graph. Keys, paths, issuers, types, jurisdictions, dates and
/// relations repeat across nodes, edges and the resolver; each distinct one is stored
/// once and shared (a national archive keeps hundreds of thousands of nodes).
pub type Text = Arc<str>;

/// The distinct strings seen so far.
#[derive(Debug, Default)]
struct Interner {
    set: HashSet<Text>,
}

impl Interner {
    fn get(&mut self, s: &str) -> Text {
        if let Some(t) = self.set.get(s) {
            return t.clone();
        }
        let t: Text = Arc::from(s);
        self.set.insert(t.clone());
        t
    }

    fn opt(&mut self, s: Option<&str>) -> Option<Text> {
        s.map(|s| self.get(s))
    }
}

/// A node of the graph.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Node {
    /// The canonical key.
    pub key: Text,
    /// Whether the document is in the corpus.
    pub in_corpus: bool,
    /// Its path, when in the corpus.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<Text>,
    /// Number and symbol.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// Type name.
    #[serde(rename = "type")]
    pub doc_type: Option<Text>,
    /// Issuer, as printed.
    pub issuer: Option<Text>,
    /// Jurisdiction.
    pub jurisdiction: Option<Text>,
    /// Date, ISO.
    pub date: Option<Text>,
    /// Subject (corpus documents only).
    pub subject: Option<Text>,
}

/// An edge of the graph.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edge {
    /// The citing document's key.
    pub from: Text,
    /// The cited document's key.
    pub to: Text,
    /// The relation.
    pub relation: Text,
    /// The first citation's text.
    pub citation_text: Text,
    /// The citing document's path.
    pub path: Text,
}

/// Builds the graph from records as they stream past; holds only what the graph needs.
#[derive(Debug, Default)]
pub struct GraphBuilder {
    strings: Interner,
    corpus: BTreeMap<Text, Node>,
    cited: BTreeMap<Text, Node>,
    /// (from, to, relation) → (the first citation's text, the citing path): the key
    /// is not stored twice.
    edges: BTreeMap<(Text, Text, Text), (Text, Text)>,
    /// The date of each citing document, for resolving undated citations.
    citing_dates: BTreeMap<Text, Text>,
}

/// The finished graph, as written to `graph.json`.
#[derive(Debug, Serialize)]
pub struct Graph {
    /// `"vanban-graph/1"`.
    pub schema: &'static str,
    /// Corpus documents (by key), then cited documents absent from the corpus.
    pub nodes: Vec<Node>,
    /// Citing → cited edges, sorted.
    pub edges: Vec<Edge>,
}

impl GraphBuilder {
    /// An empty builder.
    pub fn new() -> GraphBuilder {
        GraphBuilder::default()
    }

    /// Add a record: its node, and its citations as edges to their keys.
    pub fn add(&mut self, r: &Record) {
        if r.status == Status::Failed {
            return;
        }
        let f = &r.fields;
        let st = &mut self.strings;
        let id = st.get(&r.id);
        let path = st.get(&r.path);
        let date = st.opt(f.date.as_deref());
        if let Some(d) = &date {
            self.citing_dates.insert(id.clone(), d.clone());
        }
        if !self.corpus.contains_key(&id) {
            let node = Node {
                key: id.clone(),
                in_corpus: true,
                path: Some(path.clone()),
                reference: st.opt(f.reference.as_deref()),
                doc_type: st.opt(f.doc_type.as_ref().map(|t| t.name.as_str())),
                issuer: st.opt(f.issuer.name.as_deref()),
                jurisdiction: st.opt(f.jurisdiction.as_deref()),
                date,
                // Subjects are all different: not worth a lookup.
                subject: f.subject.as_deref().map(Arc::from),
            };
            self.corpus.insert(id.clone(), node);
        }
        for c in &r.citations {
            let target = st.get(&c.target_key);
            if !self.cited.contains_key(&target) {
                let node = Node {
                    key: target.clone(),
                    in_corpus: false,
                    path: None,
                    reference: st.opt(c.reference.as_deref()),
                    doc_type: st.opt(c.doc_type.as_ref().map(|t| t.name.as_str())),
                    issuer: st.opt(c.issuer.as_deref()),
                    jurisdiction: st.opt(c.jurisdiction.as_deref()),
                    date: st.opt(c.date.as_deref()),
                    subject: None,
                };
                self.cited.insert(target.clone(), node);
            }
            let relation = st.get(&c.relation);
            self.edges
                .entry((id.clone(), target, relation))
                .or_insert_with(|| (Arc::from(c.text.as_str()), path.clone()));
        }
    }

    /// `s` as the graph stores it: one copy shared with the graph's own (for a run's
    /// per-file paths and dates, which the graph holds anyway).
    pub fn share(&mut self, s: &str) -> Text {
        self.strings.get(s)
    }

    /// A resolver over the corpus documents added so far.
    pub fn resolver(&self) -> Resolver {
        let mut r = Resolver::new();
        for (k, n) in &self.corpus {
            r.add_shared(k.clone(), n.date.clone());
        }
        r
    }

    /// The graph: cited keys that name a corpus document point to it.
    pub fn finish(self) -> Graph {
        let resolver = self.resolver();
        self.finish_with(&resolver)
    }

    /// [`GraphBuilder::finish`] with the resolver already built by
    /// [`GraphBuilder::resolver`] (a large corpus keeps one, not two).
    pub fn finish_with(self, resolver: &Resolver) -> Graph {
        let dates = self.citing_dates;
        // One vector, sorted and deduplicated in place (resolving moves targets, so the
        // map's order does not hold): the map frees its nodes as it is drained, and on a
        // large archive a sorted set beside it was the run's peak of memory.
        let mut edges: Vec<Edge> = Vec::with_capacity(self.edges.len());
        edges.extend(self.edges.into_iter().map(
            |((from, to, relation), (citation_text, path))| {
                let to = resolver
                    .resolve_shared(&to, dates.get(&from).map(|d| &**d))
                    .unwrap_or(to);
                Edge {
                    from,
                    to,
                    relation,
                    citation_text,
                    path,
                }
            },
        ));
        drop(dates);
        edges.sort_unstable();
        edges.dedup();
        let still_cited: BTreeSet<&Text> = edges.iter().map(|e| &e.to).collect();
        let corpus = self.corpus;
        let missing: Vec<Node> = self
            .cited
            .into_values()
            .filter(|n| !corpus.contains_key(&n.key) && still_cited.contains(&n.key))
            .collect();
        let mut nodes: Vec<Node> = corpus.into_values().collect();
        nodes.extend(missing);
        Graph {
            schema: "vanban-graph/1",
            nodes,
            edges,
        }
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
        let g = b.finish();
        let nodes: Vec<&str> = g.nodes.iter().map(|n| &*n.key).collect();
        // Corpus documents by key, then the cited one the corpus lacks.
        assert_eq!(
            nodes,
            [
                "ha-tinh/2021/9-KH/TU",
                "ha-tinh/2022/1-CV/TU",
                "ha-tinh/2022/2-CV/TU",
                "trung-uong/2021/15-CT/TW"
            ]
        );
        // One edge per citing document, cited document and relation; the undated
        // citation resolves to the plan issued before the citing document.
        let edges: Vec<(&str, &str, &str)> = g
            .edges
            .iter()
            .map(|e| (&*e.from, &*e.to, &*e.relation))
            .collect();
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
        // The same jurisdiction, date and cited key are one allocation, shared.
        let (a, b2) = (&g.nodes[1], &g.nodes[2]);
        assert!(Arc::ptr_eq(
            a.jurisdiction.as_ref().unwrap(),
            b2.jurisdiction.as_ref().unwrap()
        ));
        assert!(Arc::ptr_eq(a.jurisdiction.as_ref().unwrap(), &shared));
        assert!(Arc::ptr_eq(
            a.date.as_ref().unwrap(),
            b2.date.as_ref().unwrap()
        ));
        assert!(Arc::ptr_eq(&g.edges[1].to, &g.edges[2].to));
        assert!(Arc::ptr_eq(&g.edges[1].to, &g.nodes[3].key));
    }
}
