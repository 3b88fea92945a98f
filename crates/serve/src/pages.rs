//! The HTML pages: handlers that read the database and fill the templates of
//! `templates/` (askama: compiled in, every `{{ value }}` HTML-escaped; only the
//! annotated text and the graph picture, built and escaped by [`crate::annotate`] and
//! [`crate::graph`], are inserted as they are).

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde_json::Value;
use vanban_query::Db;

use crate::annotate::{annotate, CitationSpan, TaskSpan, Zone};
use crate::archive::Archive;
use crate::error::{Failure, PageError};
use crate::params::{offset, Params};
use crate::search::{SearchQuery, STATUSES};
use crate::tasks::{TaskQuery, CSV_MAX_ROWS, EVERY};
use crate::{key_path, query_value};

type Page = Result<Response, PageError>;

const STYLE: &str = include_str!("../static/style.css");

/// Render a template; a template that fails (it cannot with these types, but never
/// panic) gives a short message instead.
pub(crate) fn render<T: Template>(t: &T) -> String {
    t.render().unwrap_or_else(|e| {
        format!(
            "<!doctype html><title>error</title><p>page error: {}</p>",
            crate::annotate::escape(&e.to_string())
        )
    })
}

fn html<T: Template>(t: &T) -> Response {
    Html(render(t)).into_response()
}

fn text(v: &Value, k: &str) -> String {
    match v.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The counts in every page's header.
pub(crate) struct Nav {
    pub documents: String,
    pub citations: String,
    pub missing: String,
    pub tasks: String,
}

impl Nav {
    fn of(archive: &Archive) -> Nav {
        let s = &archive.facets.stats;
        Nav {
            documents: text(s, "documents"),
            citations: text(s, "citations"),
            missing: text(s, "missing_documents"),
            tasks: text(s, "tasks"),
        }
    }
}

/// An option of a filter.
pub(crate) struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

fn opts(values: &[String], chosen: &Option<String>) -> Vec<Opt> {
    values
        .iter()
        .map(|v| Opt {
            value: v.clone(),
            label: v.clone(),
            selected: chosen.as_deref() == Some(v.as_str()),
        })
        .collect()
}

/// Links to the previous and next page.
pub(crate) struct Pager {
    pub from: i64,
    pub to: i64,
    pub total: i64,
    pub page: u32,
    pub pages: i64,
    pub prev: Option<String>,
    pub next: Option<String>,
    /// More match than `total` (a search past what is ranked).
    pub more: bool,
}

fn pager(total: i64, page: u32, limit: u32, shown: usize, link: impl Fn(u32) -> String) -> Pager {
    let pages = ((total + limit as i64 - 1) / limit as i64).max(1);
    let from = offset(page, limit) + 1;
    Pager {
        from: if shown == 0 { 0 } else { from },
        to: from + shown as i64 - 1,
        total,
        page,
        pages,
        prev: (page > 1).then(|| link(page - 1)),
        next: ((page as i64) < pages).then(|| link(page + 1)),
        more: false,
    }
}

/// A document in a list.
pub(crate) struct DocRow {
    pub href: String,
    pub reference: String,
    pub type_name: String,
    pub issuer: String,
    pub jurisdiction: String,
    pub date: String,
    pub subject: String,
    pub signer: String,
    pub status: String,
    pub review: bool,
}

fn doc_row(r: &Value) -> DocRow {
    let key = text(r, "key");
    let reference = match text(r, "ref") {
        x if x.is_empty() => key.clone(),
        x => x,
    };
    DocRow {
        href: key_path("/doc", &key),
        reference,
        type_name: text(r, "type_name"),
        issuer: text(r, "issuer"),
        jurisdiction: text(r, "jurisdiction"),
        date: text(r, "date"),
        subject: text(r, "subject"),
        signer: text(r, "signer_name"),
        status: text(r, "status"),
        review: r.get("review").and_then(Value::as_i64) == Some(1),
    }
}

#[derive(Template)]
#[template(path = "search.html")]
pub(crate) struct SearchPage {
    nav: Nav,
    q: String,
    issuer: String,
    jurisdictions: Vec<Opt>,
    types: Vec<Opt>,
    years: Vec<Opt>,
    statuses: Vec<Opt>,
    review_yes: bool,
    review_no: bool,
    results: Vec<DocRow>,
    pager: Pager,
    ranked: i64,
    /// Words were given but match too many documents to rank.
    by_date: bool,
}

pub(crate) async fn search(
    State(archive): State<Arc<Archive>>,
    Query(params): Query<Vec<(String, String)>>,
) -> Page {
    let q = SearchQuery::from_params(&Params(params), 20)?;
    let query = q.clone();
    let result = archive.run(move |db| query.run(db)).await?;
    let f = &archive.facets;
    let statuses: Vec<String> = STATUSES.iter().map(|s| s.to_string()).collect();
    let page = SearchPage {
        nav: Nav::of(&archive),
        q: q.q.clone().unwrap_or_default(),
        issuer: q.issuer.clone().unwrap_or_default(),
        jurisdictions: opts(&f.jurisdictions, &q.jurisdiction),
        types: opts(&f.types, &q.doc_type),
        years: opts(&f.years, &q.year),
        statuses: opts(&statuses, &q.status),
        review_yes: q.review == Some(true),
        review_no: q.review == Some(false),
        results: result.rows.iter().map(doc_row).collect(),
        pager: Pager {
            more: result.more,
            ..pager(result.total, q.page, q.limit, result.rows.len(), |p| {
                format!("/?{}", q.query_string(p))
            })
        },
        ranked: crate::search::RANKED,
        by_date: q.q.is_some() && !result.ranked && !result.rows.is_empty(),
    };
    Ok(html(&page))
}

/// A document linked from another page, with the relation and the walk's depth.
pub(crate) struct LinkRow {
    pub href: String,
    pub graph_href: String,
    pub label: String,
    pub key: String,
    pub relation: String,
    pub depth: String,
    pub via: String,
    pub date: String,
    pub issuer: String,
    pub missing: bool,
}

fn link_row(r: &Value) -> LinkRow {
    let key = text(r, "key");
    let missing = r.get("in_corpus").and_then(Value::as_i64) == Some(0);
    let label = match text(r, "ref") {
        x if x.is_empty() => key.clone(),
        x => x,
    };
    LinkRow {
        href: if missing {
            format!("/missing?key={}", query_value(&key))
        } else {
            key_path("/doc", &key)
        },
        graph_href: key_path("/graph", &key),
        label,
        relation: text(r, "relation"),
        depth: text(r, "depth"),
        via: text(r, "via"),
        date: text(r, "date"),
        issuer: text(r, "issuer"),
        missing,
        key,
    }
}

/// A task as listed under its document or on the tasks page.
pub(crate) struct TaskView {
    pub doc_href: String,
    pub doc_label: String,
    pub label: String,
    pub assignees: String,
    /// The bodies worked with (`phối hợp với …`), `; `-joined.
    pub coordinators: String,
    pub actions: String,
    pub deadline: String,
    pub text: String,
}

fn task_view(r: &Value) -> TaskView {
    let key = text(r, "doc_key");
    let mut assignees = text(r, "assignees");
    if assignees.is_empty() && r.get("assignees_implicit").and_then(Value::as_i64) == Some(1) {
        assignees = "(the recipients)".into();
    }
    let deadline = [
        text(r, "deadline_date"),
        text(r, "recurrence"),
        text(r, "deadline_text"),
    ]
    .into_iter()
    .filter(|x| !x.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    TaskView {
        doc_href: key_path("/doc", &key),
        doc_label: match text(r, "ref") {
            x if x.is_empty() => key.clone(),
            x => x,
        },
        label: text(r, "label"),
        assignees,
        coordinators: text(r, "coordinators"),
        actions: text(r, "actions"),
        deadline,
        text: text(r, "text"),
    }
}

/// A citation listed under its document.
pub(crate) struct CiteView {
    pub href: String,
    pub text: String,
    pub relation: String,
    pub target_key: String,
    pub missing: bool,
}

#[derive(Template)]
#[template(path = "doc.html")]
pub(crate) struct DocPage {
    nav: Nav,
    key: String,
    title: String,
    subject: String,
    fields: Vec<(String, String)>,
    status: String,
    review: bool,
    review_reasons: Vec<String>,
    problems: Vec<(String, String)>,
    recipients: Vec<String>,
    distribution: Vec<String>,
    text_html: String,
    has_text: bool,
    zones: Vec<String>,
    tasks: Vec<TaskView>,
    cites: Vec<CiteView>,
    cited_by: Vec<LinkRow>,
    graph_href: String,
    api_href: String,
}

/// Where a key leads: the node's row, or a redirection (a bare ref, a document the
/// archive lacks).
enum Found {
    Node(Value),
    Redirect(String),
}

/// The node with this key (a document of the archive, also one that failed and so has
/// no node in the graph, or a cited document it lacks); a bare ref of one document
/// redirects to its key, of several to a search for it.
fn find(db: &Db, key: &str, page: &str) -> Result<Found, Failure> {
    let conn = db.connection();
    let node = vanban_query::rows(conn, "SELECT * FROM nodes WHERE key = ?1", &[&key])?;
    if let Some(n) = node.into_iter().next() {
        return Ok(Found::Node(n));
    }
    let doc = vanban_query::rows(
        conn,
        "SELECT key, 1 AS in_corpus, path, ref, type_name AS type, issuer, jurisdiction, date, subject FROM documents WHERE key = ?1",
        &[&key],
    )?;
    if let Some(d) = doc.into_iter().next() {
        return Ok(Found::Node(d));
    }
    let shown = db.show(key).map_err(|e| match e {
        vanban_query::QueryError::NotFound(_) => Failure::NotFound(format!(
            "no document or cited document has the key or ref {key:?}"
        )),
        other => other.into(),
    })?;
    Ok(Found::Redirect(match shown.as_slice() {
        [one] => key_path(page, one["key"].as_str().unwrap_or_default()),
        _ => format!("/?q={}", query_value(key)),
    }))
}

/// No rows for a document that has no node in the graph (one that failed).
fn or_none(rows: Result<Vec<Value>, vanban_query::QueryError>) -> Result<Vec<Value>, Failure> {
    match rows {
        Err(vanban_query::QueryError::NotFound(_)) => Ok(Vec::new()),
        other => Ok(other?),
    }
}

fn json_list<T: serde::de::DeserializeOwned>(v: Option<&Value>) -> Vec<T> {
    v.and_then(Value::as_str)
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default()
}

pub(crate) async fn doc(State(archive): State<Arc<Archive>>, Path(key): Path<String>) -> Page {
    let nav = Nav::of(&archive);
    let page = archive
        .run(move |db| {
            let node = match find(db, &key, "/doc")? {
                Found::Redirect(to) => return Ok(Err(to)),
                Found::Node(n) => n,
            };
            if node.get("in_corpus").and_then(Value::as_i64) == Some(0) {
                return Ok(Err(format!("/missing?key={}", query_value(&key))));
            }
            doc_page(db, &key, nav).map(Ok)
        })
        .await?;
    Ok(match page {
        Ok(p) => html(&p),
        Err(to) => Redirect::to(&to).into_response(),
    })
}

fn doc_page(db: &Db, key: &str, nav: Nav) -> Result<DocPage, Failure> {
    let conn = db.connection();
    let d = vanban_query::rows(conn, "SELECT * FROM documents WHERE key = ?1", &[&key])?
        .into_iter()
        .next()
        .ok_or_else(|| Failure::NotFound(format!("no document has the key {key:?}")))?;
    let t = vanban_query::rows(
        conn,
        "SELECT * FROM texts WHERE path = ?1",
        &[&text(&d, "path")],
    )?
    .into_iter()
    .next()
    .unwrap_or(Value::Null);
    let body = t.get("text").and_then(Value::as_str);
    let zones: Vec<Zone> = json_list(t.get("segments"));
    let spans_tasks: Vec<TaskSpan> = json_list(t.get("tasks"));
    let spans_cites: Vec<CitationSpan> = json_list(t.get("citations"));
    let text_html = body
        .map(|b| annotate(b, &zones, &spans_tasks, &spans_cites))
        .unwrap_or_default();
    let mut zone_kinds: Vec<String> = zones.iter().map(|z| z.kind.clone()).collect();
    zone_kinds.sort();
    zone_kinds.dedup();
    let label = |k: &str| k.to_string();
    let mut fields = Vec::new();
    let type_name = text(&d, "type_name");
    let type_code = text(&d, "type_code");
    for (name, value) in [
        ("Key", key.to_string()),
        ("Ref", text(&d, "ref")),
        ("Number", text(&d, "number")),
        (
            "Type",
            if type_code.is_empty() {
                type_name.clone()
            } else {
                format!("{type_name} ({type_code})")
            },
        ),
        ("System", text(&d, "system")),
        ("Issuer", text(&d, "issuer")),
        ("Issuer code", text(&d, "issuer_code")),
        ("Parent body", text(&d, "issuer_parent")),
        ("Jurisdiction", text(&d, "jurisdiction")),
        ("Place", text(&d, "place")),
        ("Date", text(&d, "date")),
        ("Signing formula", text(&d, "signer_authority")),
        ("Signer's post", text(&d, "signer_title")),
        ("Signer", text(&d, "signer_name")),
        ("File", text(&d, "path")),
    ] {
        if !value.is_empty() {
            fields.push((label(name), value));
        }
    }
    let problems: Vec<(String, String)> = json_list::<Value>(t.get("problems"))
        .iter()
        .map(|p| (text(p, "kind"), text(p, "message")))
        .collect();
    let tasks = vanban_query::rows(
        conn,
        "SELECT * FROM tasks WHERE doc_key = ?1 ORDER BY rowid",
        &[&key],
    )?
    .iter()
    .map(task_view)
    .collect();
    let cites = vanban_query::rows(
        conn,
        "SELECT * FROM citations WHERE from_key = ?1 ORDER BY start, id",
        &[&key],
    )?
    .iter()
    .map(|c| {
        let target = text(c, "target");
        let target_key = text(c, "target_key");
        CiteView {
            href: if target.is_empty() {
                format!("/missing?key={}", query_value(&target_key))
            } else {
                key_path("/doc", &target)
            },
            text: text(c, "text"),
            relation: text(c, "relation"),
            missing: target.is_empty(),
            target_key,
        }
    })
    .collect();
    let cited_by = or_none(db.cited_by(key))?.iter().map(link_row).collect();
    let reference = text(&d, "ref");
    Ok(DocPage {
        nav,
        key: key.to_string(),
        title: if reference.is_empty() {
            key.to_string()
        } else {
            format!("{type_name} {reference}").trim().to_string()
        },
        subject: text(&d, "subject"),
        fields,
        status: text(&d, "status"),
        review: d.get("review").and_then(Value::as_i64) == Some(1),
        review_reasons: json_list(t.get("review_reasons")),
        problems,
        recipients: json_list(t.get("recipients")),
        distribution: json_list(t.get("distribution")),
        has_text: body.is_some(),
        text_html,
        zones: zone_kinds,
        tasks,
        cites,
        cited_by,
        graph_href: key_path("/graph", key),
        api_href: key_path("/api/doc", key),
    })
}

#[derive(Template)]
#[template(path = "graph.html")]
pub(crate) struct GraphPage {
    nav: Nav,
    key: String,
    title: String,
    svg: String,
    drawn: usize,
    left_out: usize,
    in_corpus: bool,
    doc_href: String,
    api_href: String,
    upstream: Vec<LinkRow>,
    downstream: Vec<LinkRow>,
}

pub(crate) async fn graph(State(archive): State<Arc<Archive>>, Path(key): Path<String>) -> Page {
    let nav = Nav::of(&archive);
    let page = archive
        .run(move |db| {
            let node = match find(db, &key, "/graph")? {
                Found::Redirect(to) => return Ok(Err(to)),
                Found::Node(n) => n,
            };
            let up = or_none(db.upstream(&key))?;
            let down = or_none(db.downstream(&key))?;
            let picture = crate::graph::draw(&node, &up, &down);
            let in_corpus = node.get("in_corpus").and_then(Value::as_i64) != Some(0);
            let reference = text(&node, "ref");
            Ok(Ok(GraphPage {
                nav,
                title: if reference.is_empty() {
                    key.clone()
                } else {
                    reference
                },
                svg: picture.svg,
                drawn: picture.drawn,
                left_out: picture.left_out,
                in_corpus,
                doc_href: if in_corpus {
                    key_path("/doc", &key)
                } else {
                    format!("/missing?key={}", query_value(&key))
                },
                api_href: key_path("/api/graph", &key),
                upstream: up.iter().take(crate::api::MAX_WALK).map(link_row).collect(),
                downstream: down
                    .iter()
                    .take(crate::api::MAX_WALK)
                    .map(link_row)
                    .collect(),
                key,
            }))
        })
        .await?;
    Ok(match page {
        Ok(p) => html(&p),
        Err(to) => Redirect::to(&to).into_response(),
    })
}

/// A document the archive lacks.
pub(crate) struct MissingRow {
    pub key: String,
    pub reference: String,
    pub type_name: String,
    pub issuer: String,
    pub date: String,
    pub cited_by: String,
    pub entry_href: String,
    pub graph_href: String,
}

#[derive(Template)]
#[template(path = "missing.html")]
pub(crate) struct MissingPage {
    nav: Nav,
    key: Option<String>,
    rows: Vec<MissingRow>,
    citing: Vec<LinkRow>,
    pager: Pager,
}

pub(crate) async fn missing(
    State(archive): State<Arc<Archive>>,
    Query(params): Query<Vec<(String, String)>>,
) -> Page {
    let p = Params(params);
    let (key, page, limit) = (p.text("key")?, p.page()?, p.limit(50)?);
    let nav = Nav::of(&archive);
    let k = key.clone();
    let (total, rows, citing) = archive
        .run(move |db| {
            let rows = db.missing_page(k.as_deref(), limit as i64, offset(page, limit))?;
            let (total, citing) = match &k {
                Some(k) => {
                    if rows.is_empty() {
                        return Err(Failure::NotFound(format!(
                            "no cited document missing from the archive has the key {k:?}"
                        )));
                    }
                    (1, db.cited_by(k)?)
                }
                None => (db.missing_count()?, Vec::new()),
            };
            Ok((total, rows, citing))
        })
        .await?;
    let shown = rows.len();
    let page = MissingPage {
        nav,
        rows: rows
            .iter()
            .map(|r| {
                let k = text(r, "key");
                MissingRow {
                    reference: text(r, "ref"),
                    type_name: text(r, "type"),
                    issuer: text(r, "issuer"),
                    date: text(r, "date"),
                    cited_by: text(r, "cited_by"),
                    entry_href: format!("/missing?key={}", query_value(&k)),
                    graph_href: key_path("/graph", &k),
                    key: k,
                }
            })
            .collect(),
        citing: citing.iter().map(link_row).collect(),
        pager: pager(total, page, limit, shown, |p| {
            format!("/missing?page={p}&limit={limit}")
        }),
        key,
    };
    Ok(html(&page))
}

#[derive(Template)]
#[template(path = "tasks.html")]
pub(crate) struct TasksPage {
    nav: Nav,
    assignee: String,
    with: String,
    from: String,
    to: String,
    actions: Vec<Opt>,
    every: Vec<Opt>,
    rows: Vec<TaskView>,
    pager: Pager,
    csv_href: String,
    csv_max: i64,
}

pub(crate) async fn tasks(
    State(archive): State<Arc<Archive>>,
    Query(params): Query<Vec<(String, String)>>,
) -> Page {
    let q = TaskQuery::from_params(&Params(params), 50)?;
    let query = q.clone();
    let result = archive.run(move |db| query.run(db)).await?;
    let filters = q.filters_query();
    let every: Vec<String> = EVERY.iter().map(|s| s.to_string()).collect();
    let page = TasksPage {
        nav: Nav::of(&archive),
        assignee: q.assignee.clone().unwrap_or_default(),
        with: q.with.clone().unwrap_or_default(),
        from: q.from.clone().unwrap_or_default(),
        to: q.to.clone().unwrap_or_default(),
        actions: opts(&archive.facets.actions, &q.action),
        every: opts(&every, &q.every),
        rows: result.rows.iter().map(task_view).collect(),
        pager: pager(result.total, q.page, q.limit, result.rows.len(), |p| {
            if filters.is_empty() {
                format!("/tasks?page={p}")
            } else {
                format!("/tasks?{filters}&page={p}")
            }
        }),
        csv_href: if filters.is_empty() {
            "/tasks.csv".into()
        } else {
            format!("/tasks.csv?{filters}")
        },
        csv_max: CSV_MAX_ROWS,
    };
    Ok(html(&page))
}

pub(crate) async fn tasks_csv(
    State(archive): State<Arc<Archive>>,
    Query(params): Query<Vec<(String, String)>>,
) -> Page {
    let q = TaskQuery::from_params(&Params(params), 50)?;
    let rows = archive.run(move |db| q.select(db, CSV_MAX_ROWS, 0)).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"vanban-tasks.csv\"",
            ),
        ],
        crate::tasks::csv(&rows),
    )
        .into_response())
}

pub(crate) async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        STYLE,
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "error.html")]
pub(crate) struct ErrorPage {
    pub title: String,
    pub message: String,
}

pub(crate) async fn not_found(uri: axum::http::Uri) -> Response {
    let message = format!("there is no page at {}", uri.path());
    if uri.path().starts_with("/api/") {
        return crate::error::ApiError(Failure::NotFound(message)).into_response();
    }
    PageError(Failure::NotFound(format!("{message}: try the search"))).into_response()
}
