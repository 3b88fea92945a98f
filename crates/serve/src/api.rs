//! The JSON API: the same data as `vanban query`, under `/api/`.
//!
//! | route | answer |
//! |---|---|
//! | `/api/search?q=&jurisdiction=&type=&year=&issuer=&status=&review=&page=&limit=` | `{total, more, ranked, page, limit, results: [documents rows]}` (`total` counted up to 10,000) |
//! | `/api/doc/<key or ref>` | `vanban query show`'s rows, each with the document's `text`, `segments`, `tasks`, `citations`, `problems`, `review_reasons`, `recipients`, `distribution` |
//! | `/api/graph/<key or ref>?limit=` | `{key, nodes, upstream, downstream}`: the walks of `vanban query upstream/downstream` (`depth`, `via`), each cut at `limit` rows (default and most 5000, `*_truncated` says so) |
//! | `/api/missing?key=&page=&limit=` | `{total, page, limit, results}`: `vanban query missing`, paged |
//! | `/api/tasks?assignee=&with=&action=&from=&to=&every=&page=&limit=` | `{total, page, limit, results: [tasks rows with the document's ref, date, issuer]}` |
//! | `/api/stats` | `vanban query stats` |

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::Json;
use serde_json::{json, Map, Value};
use vanban_query::Db;

use crate::archive::Archive;
use crate::error::{ApiError, Failure};
use crate::params::{offset, Params};
use crate::search::SearchQuery;
use crate::tasks::TaskQuery;

type Answer = Result<Json<Value>, ApiError>;

/// Rows of a walk answered at most.
pub(crate) const MAX_WALK: usize = 5000;

pub(crate) async fn search(
    State(archive): State<Arc<Archive>>,
    Query(params): Query<Vec<(String, String)>>,
) -> Answer {
    let q = SearchQuery::from_params(&Params(params), 20)?;
    let (page, limit) = (q.page, q.limit);
    let result = archive.run(move |db| q.run(db)).await?;
    Ok(Json(json!({
        "total": result.total,
        "more": result.more,
        "ranked": result.ranked,
        "page": page,
        "limit": limit,
        "results": result.rows,
    })))
}

pub(crate) async fn doc(State(archive): State<Arc<Archive>>, Path(key): Path<String>) -> Answer {
    let rows = archive
        .run(move |db| {
            let mut shown = match db.show(&key) {
                Ok(rows) => rows,
                // A document that failed has no node in the graph: show its record.
                Err(vanban_query::QueryError::NotFound(m)) => {
                    let document = vanban_query::rows(
                        db.connection(),
                        "SELECT * FROM documents WHERE key = ?1",
                        &[&key],
                    )?;
                    match document.into_iter().next() {
                        Some(d) => vec![json!({"key": key, "node": null, "document": d, "cites": [], "cited_by": []})],
                        None => return Err(vanban_query::QueryError::NotFound(m).into()),
                    }
                }
                Err(e) => return Err(e.into()),
            };
            for row in &mut shown {
                let Some(k) = row["key"].as_str().map(str::to_string) else {
                    continue;
                };
                if let (Some(obj), Some(extra)) = (row.as_object_mut(), document_extras(db, &k)?)
                {
                    obj.extend(extra);
                }
            }
            Ok(shown)
        })
        .await?;
    Ok(Json(Value::Array(rows)))
}

/// What the document page shows besides `vanban query show`: the text, its spans, its
/// tasks and citations in full, problems and review reasons, recipients and
/// distribution. `None` for a key not in the archive.
pub(crate) fn document_extras(db: &Db, key: &str) -> Result<Option<Map<String, Value>>, Failure> {
    let conn = db.connection();
    let texts = vanban_query::rows(
        conn,
        "SELECT t.* FROM documents d JOIN texts t ON t.path = d.path WHERE d.key = ?1",
        &[&key],
    )?;
    let Some(Value::Object(t)) = texts.into_iter().next() else {
        return Ok(None);
    };
    let mut out = Map::new();
    out.insert("text".into(), t.get("text").cloned().unwrap_or(Value::Null));
    for col in [
        "segments",
        "problems",
        "review_reasons",
        "recipients",
        "distribution",
    ] {
        let v = t
            .get(col)
            .and_then(Value::as_str)
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or(Value::Array(Vec::new()));
        out.insert(col.into(), v);
    }
    out.insert(
        "tasks".into(),
        Value::Array(vanban_query::rows(
            conn,
            "SELECT * FROM tasks WHERE doc_key = ?1 ORDER BY rowid",
            &[&key],
        )?),
    );
    out.insert(
        "citations".into(),
        Value::Array(vanban_query::rows(
            conn,
            "SELECT * FROM citations WHERE from_key = ?1 ORDER BY start, id",
            &[&key],
        )?),
    );
    // The spans the annotated text is drawn from (the `texts` row of this very file).
    out.insert(
        "spans".into(),
        json!({
            "tasks": t.get("tasks").and_then(Value::as_str).and_then(|s| serde_json::from_str::<Value>(s).ok()),
            "citations": t.get("citations").and_then(Value::as_str).and_then(|s| serde_json::from_str::<Value>(s).ok()),
        }),
    );
    Ok(Some(out))
}

pub(crate) async fn graph(
    State(archive): State<Arc<Archive>>,
    Path(key): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Answer {
    let p = Params(params);
    let limit = match p.text("limit")? {
        None => MAX_WALK,
        Some(v) => match v.parse::<usize>() {
            Ok(n) if (1..=MAX_WALK).contains(&n) => n,
            _ => {
                return Err(ApiError(Failure::BadRequest(format!(
                    "parameter limit={v:?} must be a whole number from 1 to {MAX_WALK}"
                ))))
            }
        },
    };
    let answer = archive
        .run(move |db| {
            let nodes: Vec<Value> = db
                .show(&key)?
                .into_iter()
                .map(|r| r["node"].clone())
                .collect();
            let mut up = db.upstream(&key)?;
            let mut down = db.downstream(&key)?;
            let (up_cut, down_cut) = (up.len() > limit, down.len() > limit);
            up.truncate(limit);
            down.truncate(limit);
            Ok(json!({
                "key": key,
                "nodes": nodes,
                "upstream": up,
                "upstream_truncated": up_cut,
                "downstream": down,
                "downstream_truncated": down_cut,
            }))
        })
        .await?;
    Ok(Json(answer))
}

pub(crate) async fn missing(
    State(archive): State<Arc<Archive>>,
    Query(params): Query<Vec<(String, String)>>,
) -> Answer {
    let p = Params(params);
    let (key, page, limit) = (p.text("key")?, p.page()?, p.limit(20)?);
    let (total, rows) = archive
        .run(move |db| {
            let rows = db.missing_page(key.as_deref(), limit as i64, offset(page, limit))?;
            let total = match key {
                Some(_) => rows.len() as i64,
                None => db.missing_count()?,
            };
            Ok((total, rows))
        })
        .await?;
    Ok(Json(
        json!({"total": total, "page": page, "limit": limit, "results": rows}),
    ))
}

pub(crate) async fn tasks(
    State(archive): State<Arc<Archive>>,
    Query(params): Query<Vec<(String, String)>>,
) -> Answer {
    let q = TaskQuery::from_params(&Params(params), 20)?;
    let (page, limit) = (q.page, q.limit);
    let result = archive.run(move |db| q.run(db)).await?;
    Ok(Json(json!({
        "total": result.total,
        "page": page,
        "limit": limit,
        "results": result.rows,
    })))
}

pub(crate) async fn stats(State(archive): State<Arc<Archive>>) -> Answer {
    let rows = archive.run(|db| Ok(db.stats()?)).await?;
    Ok(Json(rows.into_iter().next().unwrap_or(Value::Null)))
}
