//! Search: the box (refs, types, subjects, issuers, signers) over the FTS5 index
//! `search`, folded like the index so that diacritics never matter, and the filters
//! over `documents`.

use rusqlite::types::Value as SqlValue;
use serde_json::Value;
use vanban_query::Db;

use crate::error::Failure;
use crate::params::{offset, Params};

/// Statuses a record can have.
pub(crate) const STATUSES: [&str; 3] = ["ok", "partial", "failed"];

/// A checked search request.
#[derive(Debug, Default, Clone)]
pub(crate) struct SearchQuery {
    pub q: Option<String>,
    pub jurisdiction: Option<String>,
    pub doc_type: Option<String>,
    pub year: Option<String>,
    pub issuer: Option<String>,
    pub status: Option<String>,
    pub review: Option<bool>,
    pub page: u32,
    pub limit: u32,
}

/// Matches counted (and ranked) at most: past this, a search lists newest first.
pub(crate) const RANKED: i64 = 10_000;

/// One page of results.
pub(crate) struct SearchResult {
    /// Matching documents, at most [`RANKED`].
    pub total: i64,
    /// More than [`RANKED`] documents match.
    pub more: bool,
    /// The results are ranked by how well they match the words (else newest first).
    pub ranked: bool,
    pub rows: Vec<Value>,
}

impl SearchQuery {
    pub fn from_params(p: &Params, default_limit: u32) -> Result<SearchQuery, Failure> {
        Ok(SearchQuery {
            q: p.text("q")?,
            jurisdiction: p.text("jurisdiction")?,
            doc_type: p.text("type")?,
            year: p.year("year")?,
            issuer: p.text("issuer")?,
            status: p.choice("status", &STATUSES)?,
            review: p.flag("review")?,
            page: p.page()?,
            limit: p.limit(default_limit)?,
        })
    }

    /// The query string of this search at another page.
    pub fn query_string(&self, page: u32) -> String {
        let mut parts = Vec::new();
        let mut add = |k: &str, v: &Option<String>| {
            if let Some(v) = v {
                parts.push(format!("{k}={}", crate::query_value(v)));
            }
        };
        add("q", &self.q);
        add("jurisdiction", &self.jurisdiction);
        add("type", &self.doc_type);
        add("year", &self.year);
        add("issuer", &self.issuer);
        add("status", &self.status);
        add(
            "review",
            &self.review.map(|r| if r { "1" } else { "0" }.to_string()),
        );
        parts.push(format!("page={page}"));
        parts.join("&")
    }

    /// Run the search: one page of matching documents. When the words match at most
    /// [`RANKED`] documents, the results are ranked, best first (BM25, the ref weighing
    /// most), then newest; broader words, or no words, list the results newest first,
    /// walking the date index (ranking tens of thousands of matches would cost more
    /// than the whole answer may). Past [`RANKED`] results the total is given as "more
    /// than [`RANKED`]".
    pub fn run(&self, db: &Db) -> Result<SearchResult, Failure> {
        self.run_ranking(db, RANKED)
    }

    /// [`SearchQuery::run`], ranking at most `ranked` matches.
    fn run_ranking(&self, db: &Db, ranked: i64) -> Result<SearchResult, Failure> {
        let conn = db.connection();
        let fts = fts_expression(self.q.as_deref().unwrap_or(""), self.issuer.as_deref());
        // The parameters, and the filters on `documents` that refer to them.
        let mut args: Vec<SqlValue> = Vec::new();
        let matching = fts.map(|f| {
            args.push(SqlValue::Text(f));
            args.len()
        });
        let mut filters: Vec<String> = Vec::new();
        // `sql` with each `?` numbered after the parameters so far.
        let mut bind = |sql: &str, values: Vec<SqlValue>| {
            let mut pieces = sql.split('?');
            let mut out = pieces.next().unwrap_or_default().to_string();
            for (piece, v) in pieces.zip(values) {
                args.push(v);
                out.push_str(&format!("?{}{piece}", args.len()));
            }
            filters.push(out);
        };
        if let Some(j) = &self.jurisdiction {
            bind("d.jurisdiction = ?", vec![SqlValue::Text(j.clone())]);
        }
        if let Some(t) = &self.doc_type {
            bind("d.type_name = ?", vec![SqlValue::Text(t.clone())]);
        }
        if let Some(y) = &self.year {
            // A range on the date, so that the date index serves it.
            let next = y.parse::<u32>().map(|n| n + 1).unwrap_or(10_000);
            bind(
                "d.date >= ? AND d.date < ?",
                vec![SqlValue::Text(y.clone()), SqlValue::Text(next.to_string())],
            );
        }
        if let Some(s) = &self.status {
            bind("d.status = ?", vec![SqlValue::Text(s.clone())]);
        }
        if let Some(r) = self.review {
            bind("d.review = ?", vec![SqlValue::Integer(r as i64)]);
        }
        let from = if matching.is_some() {
            "search JOIN documents d ON d.rowid = search.rowid"
        } else {
            "documents d"
        };
        // WHERE, with the FTS match as given.
        let where_all = |fts_filter: Option<String>| {
            let all: Vec<&str> = fts_filter
                .iter()
                .map(String::as_str)
                .chain(filters.iter().map(String::as_str))
                .collect();
            if all.is_empty() {
                String::new()
            } else {
                format!("WHERE {}", all.join(" AND "))
            }
        };
        // The FTS match as a membership test; `+` keeps the planner from driving by
        // rowid, so that an index of the other filters leads.
        let member =
            |p: usize| format!("+d.rowid IN (SELECT rowid FROM search WHERE search MATCH ?{p})");
        let count = |from: String, args: &[SqlValue]| -> Result<i64, Failure> {
            Ok(conn.query_row(
                &format!(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM {from} LIMIT {})",
                    ranked + 1
                ),
                rusqlite::params_from_iter(args.iter()),
                |r| r.get(0),
            )?)
        };
        // How many documents the words match (the match is always parameter 1).
        let words = match matching {
            Some(p) => Some(count(
                format!("search WHERE search MATCH ?{p}"),
                &args[..1],
            )?),
            None => None,
        };
        let counted = match (matching, words) {
            (Some(_), Some(n)) if filters.is_empty() => n,
            (Some(p), _) => count(format!("documents d {}", where_all(Some(member(p)))), &args)?,
            (None, _) => count(format!("documents d {}", where_all(None)), &args)?,
        };
        // Ranking needs every match of the words: past `ranked` of them, newest first.
        let broad = counted > ranked || words.is_some_and(|n| n > ranked);
        let columns = "d.key, d.ref, d.type_name, d.issuer, d.jurisdiction, d.date, d.subject, d.signer_name, d.status, d.review";
        let sql = if broad {
            // Newest first along the date index; the FTS match as a membership test.
            format!(
                "SELECT {columns} FROM documents d INDEXED BY documents_date {} ORDER BY d.date DESC, d.key",
                where_all(matching.map(member))
            )
        } else if let Some(p) = matching {
            // Weights per column: ref, type, subject, issuer, signer.
            format!(
                "SELECT {columns} FROM {from} {} ORDER BY bm25(search, 8.0, 2.0, 1.0, 1.5, 1.5), d.date DESC, d.key",
                where_all(Some(format!("search MATCH ?{p}")))
            )
        } else {
            format!(
                "SELECT {columns} FROM {from} {} ORDER BY d.date DESC, d.key",
                where_all(None)
            )
        };
        let n = args.len();
        args.push(SqlValue::Integer(self.limit as i64));
        args.push(SqlValue::Integer(offset(self.page, self.limit)));
        let sql = format!("{sql} LIMIT ?{} OFFSET ?{}", n + 1, n + 2);
        let refs: Vec<&dyn rusqlite::ToSql> =
            args.iter().map(|a| a as &dyn rusqlite::ToSql).collect();
        let rows = vanban_query::rows(conn, &sql, &refs)?;
        Ok(SearchResult {
            total: counted.min(ranked),
            more: counted > ranked,
            ranked: matching.is_some() && !broad,
            rows,
        })
    }
}

/// The FTS5 expression for a search box and an issuer filter, or `None` when both hold
/// no word. Every word is folded like the index and reaches FTS5 as a quoted string
/// (never as syntax): a word of several parts (`16/CT-TTg`) is a phrase, the last word
/// of the box matches as a prefix too (`chi thi 1` finds `16`), and each word of the issuer
/// filter must be in the issuer column.
pub(crate) fn fts_expression(q: &str, issuer: Option<&str>) -> Option<String> {
    let mut terms = Vec::new();
    let words: Vec<Vec<String>> = q
        .split_whitespace()
        .map(parts)
        .filter(|p| !p.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let phrase = w.join(" ");
        if i + 1 == words.len() {
            // The exact word counts twice, so that it ranks above longer words.
            terms.push(format!("(\"{phrase}\" OR \"{phrase}\"*)"));
        } else {
            terms.push(format!("\"{phrase}\""));
        }
    }
    for w in issuer.unwrap_or("").split_whitespace().map(parts) {
        for p in w {
            terms.push(format!("issuer : \"{p}\"*"));
        }
    }
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// The folded alphanumeric parts of a word, as FTS5's `unicode61` tokenizer cuts them.
fn parts(word: &str) -> Vec<String> {
    vanban_lexicon::fold(word)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database with the tables search reads: documents `d0` … `d9`, dated one day
    /// apart, all matching `tinh`, the even ones `uy` too and flagged for review.
    fn small_db() -> (tempfile::TempDir, Db) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.sqlite");
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(
            "CREATE TABLE documents (key TEXT PRIMARY KEY, ref TEXT, type_name TEXT, issuer TEXT, jurisdiction TEXT, date TEXT, subject TEXT, signer_name TEXT, status TEXT, review INTEGER);
             CREATE INDEX documents_date ON documents(date);
             CREATE VIRTUAL TABLE search USING fts5(ref, type, subject, issuer, signer);",
        )
        .unwrap();
        for i in 0..10 {
            let subject = if i % 2 == 0 { "tinh uy" } else { "tinh" };
            c.execute(
                "INSERT INTO documents VALUES (?1, ?2, 'Chỉ thị', 'x', 'Bến Tre', ?3, ?4, 'y', 'ok', ?5)",
                rusqlite::params![format!("d{i}"), format!("{i}/CT"), format!("2021-01-{:02}", i + 1), subject, (i % 2 == 0) as i64],
            )
            .unwrap();
            c.execute(
                "INSERT INTO search (rowid, ref, type, subject, issuer, signer) SELECT rowid, ref, 'chi thi', subject, 'x', 'y' FROM documents WHERE key = ?1",
                [format!("d{i}")],
            )
            .unwrap();
        }
        drop(c);
        let db = Db::open(&path).unwrap();
        (dir, db)
    }

    fn query(q: &str, review: Option<bool>, page: u32, limit: u32) -> SearchQuery {
        SearchQuery {
            q: Some(q.to_string()).filter(|q| !q.is_empty()),
            review,
            page,
            limit,
            ..SearchQuery::default()
        }
    }

    fn keys(r: &SearchResult) -> Vec<&str> {
        r.rows.iter().map(|r| r["key"].as_str().unwrap()).collect()
    }

    #[test]
    fn broad_searches_list_newest_first_and_say_there_are_more() {
        let (_dir, db) = small_db();
        // Ranked: all ten counted.
        let r = query("tinh", None, 1, 4).run_ranking(&db, 100).unwrap();
        assert_eq!((r.total, r.more, r.rows.len()), (10, false, 4));
        // Broad: past 3 matches, newest first along the date index, pages continue.
        let r = query("tinh", None, 1, 4).run_ranking(&db, 3).unwrap();
        assert_eq!((r.total, r.more), (3, true));
        assert_eq!(keys(&r), ["d9", "d8", "d7", "d6"]);
        let r = query("tinh", None, 3, 4).run_ranking(&db, 3).unwrap();
        assert_eq!(keys(&r), ["d1", "d0"]);
        // With a filter, broad and ranked find the same documents; words that match
        // more than can be ranked list newest first even when the filter leaves few.
        let few = query("tinh", Some(true), 1, 10)
            .run_ranking(&db, 6)
            .unwrap();
        assert_eq!((few.total, few.more), (5, false));
        assert_eq!(keys(&few), ["d8", "d6", "d4", "d2", "d0"]);
        let broad = query("tinh", Some(true), 1, 10)
            .run_ranking(&db, 2)
            .unwrap();
        let ranked = query("tinh", Some(true), 1, 10)
            .run_ranking(&db, 100)
            .unwrap();
        assert!(broad.more && !ranked.more);
        assert_eq!(keys(&broad), ["d8", "d6", "d4", "d2", "d0"]);
        let mut k = keys(&ranked);
        k.sort();
        assert_eq!(k, ["d0", "d2", "d4", "d6", "d8"]);
        // Filters alone, and nothing.
        let r = query("", Some(false), 1, 10).run_ranking(&db, 2).unwrap();
        assert_eq!(keys(&r), ["d9", "d7", "d5", "d3", "d1"]);
        let r = query("", None, 1, 3).run_ranking(&db, 100).unwrap();
        assert_eq!((r.total, keys(&r)), (10, vec!["d9", "d8", "d7"]));
        let r = query("uy", None, 1, 10).run_ranking(&db, 100).unwrap();
        assert_eq!(r.total, 5);
    }

    #[test]
    fn queries_fold_and_quote() {
        assert_eq!(
            fts_expression("Chỉ thị 16", None).unwrap(),
            r#""chi" AND "thi" AND ("16" OR "16"*)"#
        );
        assert_eq!(
            fts_expression("16/CT-TTg  ĐUK", None).unwrap(),
            r#""16 ct ttg" AND ("duk" OR "duk"*)"#
        );
        // FTS5 syntax in the box is only words.
        assert_eq!(
            fts_expression(r#"a" OR b* NEAR(c) ^d"#, None).unwrap(),
            r#""a" AND "or" AND "b" AND "near c" AND ("d" OR "d"*)"#
        );
        assert_eq!(fts_expression(" -- ", None), None);
        assert_eq!(
            fts_expression("", Some("Tỉnh ủy")).unwrap(),
            r#"issuer : "tinh"* AND issuer : "uy"*"#
        );
    }
}
