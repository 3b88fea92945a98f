//! The open database: a small pool of read-only connections, used off the async
//! threads, and the values of the search filters, read once.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rusqlite::functions::FunctionFlags;
use serde_json::Value;
use vanban_query::Db;

use crate::error::{Error, ErrorKind, Failure};

/// Connections kept open between requests.
const POOL: usize = 4;

/// The database behind the application.
pub(crate) struct Archive {
    path: PathBuf,
    pool: Mutex<Vec<Db>>,
    /// The values the search filters offer, read when the server starts.
    pub facets: Facets,
}

/// The values of the filters: what the archive holds.
pub(crate) struct Facets {
    pub jurisdictions: Vec<String>,
    pub types: Vec<String>,
    pub years: Vec<String>,
    pub actions: Vec<String>,
    /// `vanban query stats`.
    pub stats: Value,
}

impl Archive {
    /// Open `path` read-only, check it has the web view's tables, read the facets.
    pub fn open(path: &Path) -> Result<Archive, Error> {
        let db = open_db(path).map_err(|e| Error::new(ErrorKind::Open(e)))?;
        let conn = db.connection();
        let has = |table: &str| -> bool {
            conn.query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = ?1",
                [table],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n > 0)
            .unwrap_or(false)
        };
        if !has("documents") {
            return Err(Error::new(ErrorKind::Open(format!(
                "{} is not a vanban database (no documents table)",
                path.display()
            ))));
        }
        // (A database from before tasks had their coordinators has no such column.)
        let coordinators = conn
            .query_row(
                "SELECT COUNT(*) FROM pragma_table_info('tasks') WHERE name = 'coordinators'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n > 0)
            .unwrap_or(false);
        if !has("texts") || !has("search") || !coordinators {
            return Err(Error::new(ErrorKind::OldDatabase(
                path.display().to_string(),
            )));
        }
        let facets = read_facets(&db).map_err(|e| Error::new(ErrorKind::Open(e.to_string())))?;
        Ok(Archive {
            path: path.to_path_buf(),
            pool: Mutex::new(vec![db]),
            facets,
        })
    }

    /// Run `f` with a connection on tokio's blocking threads (SQLite calls block).
    pub async fn run<T, F>(self: &Arc<Self>, f: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&Db) -> Result<T, Failure> + Send + 'static,
    {
        let me = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let db = me.take()?;
            let result = f(&db);
            me.give(db);
            result
        })
        .await
        .map_err(|e| Failure::Internal(format!("request failed: {e}")))?
    }

    fn take(&self) -> Result<Db, Failure> {
        let pooled = self.pool.lock().ok().and_then(|mut p| p.pop());
        match pooled {
            Some(db) => Ok(db),
            None => open_db(&self.path).map_err(Failure::Internal),
        }
    }

    fn give(&self, db: Db) {
        if let Ok(mut p) = self.pool.lock() {
            if p.len() < POOL {
                p.push(db);
            }
        }
    }
}

/// A read-only connection with the SQL function `vb_fold` (the lexicon's folding: lower
/// case, no marks, `đ` → `d`).
fn open_db(path: &Path) -> Result<Db, String> {
    let db = Db::open(path).map_err(|e| e.to_string())?;
    db.connection()
        .create_scalar_function(
            "vb_fold",
            1,
            FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
            |ctx| {
                let s: Option<String> = ctx.get(0)?;
                Ok(s.map(|s| vanban_lexicon::fold(&s)))
            },
        )
        .map_err(|e| e.to_string())?;
    Ok(db)
}

fn read_facets(db: &Db) -> Result<Facets, Failure> {
    let conn = db.connection();
    let column = |sql: &str| -> Result<Vec<String>, Failure> {
        let mut st = conn.prepare(sql)?;
        let rows = st.query_map([], |r| r.get::<_, Option<String>>(0))?;
        let mut out = Vec::new();
        for r in rows {
            if let Some(v) = r? {
                if !v.is_empty() {
                    out.push(v);
                }
            }
        }
        Ok(out)
    };
    let jurisdictions = column(
        "SELECT DISTINCT jurisdiction FROM documents WHERE jurisdiction IS NOT NULL ORDER BY jurisdiction",
    )?;
    let types = column(
        "SELECT DISTINCT type_name FROM documents WHERE type_name IS NOT NULL ORDER BY type_name",
    )?;
    let years = column(
        "SELECT DISTINCT substr(date, 1, 4) AS y FROM documents WHERE date IS NOT NULL ORDER BY y DESC",
    )?;
    let mut actions: Vec<String> = column("SELECT DISTINCT actions FROM tasks")?
        .iter()
        .flat_map(|a| a.split("; ").map(str::to_string).collect::<Vec<_>>())
        .filter(|a| !a.is_empty())
        .collect();
    actions.sort();
    actions.dedup();
    let stats = db
        .stats()
        .map_err(Failure::from)?
        .pop()
        .unwrap_or(Value::Null);
    Ok(Facets {
        jurisdictions,
        types,
        years,
        actions,
        stats,
    })
}
