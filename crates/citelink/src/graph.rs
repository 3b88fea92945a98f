//! The citation graph (docs/schema.md §4): a node for every document of the corpus and
//! every document cited but absent, an edge per citing document, cited document and
//! relation.

use crate::Resolver;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use vanban_types::{Record, Status};

/// A node of the graph.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Node {
    /// The canonical key.
    pub key: String,
    /// Whether the document is in the corpus.
    pub in_corpus: bool,
    /// Its path, when in the corpus.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Number and symbol.
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    /// Type name.
    #[serde(rename = "type")]
    pub doc_type: Option<String>,
    /// Issuer, as printed.
    pub issuer: Option<String>,
    /// Jurisdiction.
    pub jurisdiction: Option<String>,
    /// Date, ISO.
    pub date: Option<String>,
    /// Subject (corpus documents only).
    pub subject: Option<String>,
}

/// An edge of the graph.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edge {
    /// The citing document's key.
    pub from: String,
    /// The cited document's key.
    pub to: String,
    /// The relation.
    pub relation: String,
    /// The first citation's text.
    pub citation_text: String,
    /// The citing document's path.
    pub path: String,
}

/// Builds the graph from records as they stream past; holds only what the graph needs.
#[derive(Debug, Default)]
pub struct GraphBuilder {
    corpus: BTreeMap<String, Node>,
    cited: BTreeMap<String, Node>,
    /// (from, to, relation) → (the first citation's text, the citing path): the key
    /// is not stored twice.
    edges: BTreeMap<(String, String, String), (String, String)>,
    /// The date of each citing document, for resolving undated citations.
    citing_dates: BTreeMap<String, String>,
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
        if let Some(d) = &f.date {
            self.citing_dates.insert(r.id.clone(), d.clone());
        }
        self.corpus.entry(r.id.clone()).or_insert_with(|| Node {
            key: r.id.clone(),
            in_corpus: true,
            path: Some(r.path.clone()),
            reference: f.reference.clone(),
            doc_type: f.doc_type.as_ref().map(|t| t.name.clone()),
            issuer: f.issuer.name.clone(),
            jurisdiction: f.jurisdiction.clone(),
            date: f.date.clone(),
            subject: f.subject.clone(),
        });
        for c in &r.citations {
            self.cited
                .entry(c.target_key.clone())
                .or_insert_with(|| Node {
                    key: c.target_key.clone(),
                    in_corpus: false,
                    path: None,
                    reference: c.reference.clone(),
                    doc_type: c.doc_type.as_ref().map(|t| t.name.clone()),
                    issuer: c.issuer.clone(),
                    jurisdiction: c.jurisdiction.clone(),
                    date: c.date.clone(),
                    subject: None,
                });
            self.edges
                .entry((r.id.clone(), c.target_key.clone(), c.relation.clone()))
                .or_insert_with(|| (c.text.clone(), r.path.clone()));
        }
    }

    /// A resolver over the corpus documents added so far.
    pub fn resolver(&self) -> Resolver {
        let mut r = Resolver::new();
        for (k, n) in &self.corpus {
            r.add(k, n.date.as_deref());
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
        let edges: Vec<Edge> = self
            .edges
            .into_iter()
            .map(|((from, to, relation), (citation_text, path))| {
                let to = match resolver.resolve(&to, dates.get(&from).map(String::as_str)) {
                    Some(t) => t.to_string(),
                    None => to,
                };
                Edge {
                    from,
                    to,
                    relation,
                    citation_text,
                    path,
                }
            })
            .collect::<BTreeSet<Edge>>()
            .into_iter()
            .collect();
        drop(dates);
        let still_cited: BTreeSet<&String> = edges.iter().map(|e| &e.to).collect();
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
