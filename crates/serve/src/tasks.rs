//! Tasks across the archive, filtered by assignee or by a body worked with
//! (`coordinators`; both diacritic-insensitive), action category and deadline; as
//! pages, JSON and CSV.

use serde_json::Value;
use vanban_query::Db;

use crate::error::Failure;
use crate::params::{offset, Params};

/// Recurrences a deadline can have (`every`).
pub(crate) const EVERY: [&str; 6] = ["day", "week", "month", "quarter", "half_year", "year"];

/// The most rows one CSV download holds.
pub(crate) const CSV_MAX_ROWS: i64 = 100_000;

/// A checked tasks request.
#[derive(Debug, Default, Clone)]
pub(crate) struct TaskQuery {
    pub assignee: Option<String>,
    /// A body the assignees work with (`phối hợp với …`): words of its name.
    pub with: Option<String>,
    pub action: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub every: Option<String>,
    pub page: u32,
    pub limit: u32,
}

/// One page of tasks.
pub(crate) struct TaskResult {
    pub total: i64,
    pub rows: Vec<Value>,
}

const WHERE: &str = "WHERE (?1 IS NULL OR instr(vb_fold(t.assignees), ?1) > 0) \
    AND (?2 IS NULL OR instr('; ' || t.actions || '; ', '; ' || ?2 || '; ') > 0) \
    AND (?3 IS NULL OR t.deadline_date >= ?3) \
    AND (?4 IS NULL OR t.deadline_date <= ?4) \
    AND (?5 IS NULL OR t.recurrence = ?5) \
    AND (?6 IS NULL OR instr(vb_fold(t.coordinators), ?6) > 0)";

impl TaskQuery {
    pub fn from_params(p: &Params, default_limit: u32) -> Result<TaskQuery, Failure> {
        Ok(TaskQuery {
            assignee: p.text("assignee")?,
            with: p.text("with")?,
            action: p.text("action")?,
            from: p.date("from")?,
            to: p.date("to")?,
            every: p.choice("every", &EVERY)?,
            page: p.page()?,
            limit: p.limit(default_limit)?,
        })
    }

    /// The query string of these filters (without the page).
    pub fn filters_query(&self) -> String {
        [
            ("assignee", &self.assignee),
            ("with", &self.with),
            ("action", &self.action),
            ("from", &self.from),
            ("to", &self.to),
            ("every", &self.every),
        ]
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={}", crate::query_value(v))))
        .collect::<Vec<_>>()
        .join("&")
    }

    fn args(&self) -> [Option<String>; 6] {
        [
            self.assignee.as_deref().map(vanban_lexicon::fold),
            self.action.clone(),
            self.from.clone(),
            self.to.clone(),
            self.every.clone(),
            self.with.as_deref().map(vanban_lexicon::fold),
        ]
    }

    /// One page, in document order.
    pub fn run(&self, db: &Db) -> Result<TaskResult, Failure> {
        let conn = db.connection();
        let [a, b, c, d, e, f] = self.args();
        let total: i64 = conn.query_row(
            &format!("SELECT COUNT(*) FROM tasks t {WHERE}"),
            rusqlite::params![a, b, c, d, e, f],
            |r| r.get(0),
        )?;
        let rows = self.select(db, self.limit as i64, offset(self.page, self.limit))?;
        Ok(TaskResult { total, rows })
    }

    /// Rows of the filtered tasks, with their document's ref, date and issuer.
    pub fn select(&self, db: &Db, limit: i64, offset: i64) -> Result<Vec<Value>, Failure> {
        let [a, b, c, d, e, f] = self.args();
        let sql = format!(
            "SELECT t.*, d.ref, d.date, d.issuer FROM tasks t LEFT JOIN documents d ON d.key = t.doc_key {WHERE} ORDER BY t.rowid LIMIT ?7 OFFSET ?8"
        );
        Ok(vanban_query::rows(
            db.connection(),
            &sql,
            &[&a, &b, &c, &d, &e, &f, &limit, &offset],
        )?)
    }
}

/// The filtered tasks as CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheets),
/// at most [`CSV_MAX_ROWS`] rows.
pub(crate) fn csv(rows: &[Value]) -> String {
    const COLUMNS: [&str; 13] = [
        "doc_key",
        "ref",
        "date",
        "issuer",
        "label",
        "assignees",
        "assignees_implicit",
        "actions",
        "deadline_date",
        "recurrence",
        "deadline_text",
        "text",
        "coordinators",
    ];
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for r in rows {
        let cells: Vec<String> = COLUMNS
            .iter()
            .map(|c| match &r[*c] {
                Value::Null => String::new(),
                Value::String(s) => cell(s),
                other => other.to_string(),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn csv_quotes_cells() {
        let rows = vec![
            json!({"doc_key": "a/1", "label": "1", "text": "say \"hi\", then\nleave", "assignees_implicit": 1, "coordinators": "Sở A; Sở B, C"}),
        ];
        let out = csv(&rows);
        assert!(out.starts_with("\u{feff}doc_key,ref,"));
        assert!(
            out.contains("a/1,,,,1,,1,,,,,\"say \"\"hi\"\", then\nleave\",\"Sở A; Sở B, C\"\r\n")
        );
    }
}
