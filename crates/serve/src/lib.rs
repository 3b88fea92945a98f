//! `vanban serve`: a local, read-only web view of the database that `vanban process`
//! writes (`vanban.sqlite`), for researchers who would rather look than read and
//! archivists who browse what a run produced.
//!
//! # Overview
//!
//! * [`router`] builds the whole application over one database: the pages and the JSON
//!   API below, with the stylesheet built into the binary (nothing else to install, no
//!   request leaves the machine). Tests send requests to it directly.
//! * [`serve`] binds an address (127.0.0.1 by default in the CLI), says where it listens,
//!   and answers until Ctrl-C.
//!
//! | page | what it shows |
//! |---|---|
//! | `/` | search: one box for refs, subjects, issuers and signers, diacritic-insensitive (`chi thi 16` finds `Chỉ thị 16/CT-TTg`), over SQLite FTS5; filters by jurisdiction, type, year, issuer, status and review flag; paged |
//! | `/doc/<key>` | a document: the catalogue fields, its text with the zones shaded, the tasks marked and each citation a link (to the cited document, or to its entry among the missing ones), the documents that cite it, problems and review reasons |
//! | `/graph/<key>` | the neighbourhood of a document as a picture: what it carries out above, up to the top, everything that implements it below, by level, edges labelled by relation, nodes clickable |
//! | `/missing` | cited documents absent from the archive, most cited first |
//! | `/tasks` | tasks, filtered by assignee, a body worked with (`with`), action and deadline; `/tasks.csv` the same as CSV |
//!
//! The same data as `vanban query` is JSON under `/api/search?q=`, `/api/doc/<key>`,
//! `/api/graph/<key>`, `/api/missing`, `/api/tasks` and `/api/stats`; the queries are
//! those of [`vanban_query`]. Keys are those of the schema (`ben-tre/2021/275-CV/ĐUK`):
//! their slashes stay in the path, other characters are percent-encoded.
//!
//! # Safety
//!
//! Document text is untrusted: every value reaches the page through the templates'
//! HTML escaping or the escaping of [`annotate`](crate) and the graph drawing; pages carry
//! a Content-Security-Policy that allows no script at all. SQL is parameterized only
//! (search words reach FTS5 as quoted strings). The database is opened read-only and no
//! other file is read. Page sizes are bounded; an unknown key answers 404 and a bad
//! parameter 400, with a message that says what was wrong.
//!
//! # Example
//!
//! ```no_run
//! let app = vanban_serve::router(std::path::Path::new("out/vanban.sqlite"))?;
//! # let _ = app;
//! vanban_serve::serve(
//!     std::path::Path::new("out/vanban.sqlite"),
//!     "127.0.0.1:8080".parse().unwrap(),
//!     |addr| println!("listening on http://{addr}/"),
//! )?;
//! # Ok::<(), vanban_serve::Error>(())
//! ```
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]

mod annotate;
mod api;
mod archive;
mod error;
mod graph;
mod pages;
mod params;
mod search;
mod tasks;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use axum::http::{header, HeaderValue};
use axum::response::Response;
use axum::routing::get;
use axum::Router;

pub use error::{Error, ErrorKind};

/// The largest page of results any route answers (`limit`).
pub const MAX_LIMIT: u32 = 100;

/// The application over the database at `db`: every page, the JSON API and the
/// stylesheet. Fails when the database cannot be opened read-only or was written by a
/// vanban from before the web view (no `texts` or `search` table).
pub fn router(db: &Path) -> Result<Router, Error> {
    let archive = Arc::new(archive::Archive::open(db)?);
    Ok(Router::new()
        .route("/", get(pages::search))
        .route("/doc/{*key}", get(pages::doc))
        .route("/graph/{*key}", get(pages::graph))
        .route("/missing", get(pages::missing))
        .route("/tasks", get(pages::tasks))
        .route("/tasks.csv", get(pages::tasks_csv))
        .route("/static/style.css", get(pages::stylesheet))
        .route("/api/search", get(api::search))
        .route("/api/doc/{*key}", get(api::doc))
        .route("/api/graph/{*key}", get(api::graph))
        .route("/api/missing", get(api::missing))
        .route("/api/tasks", get(api::tasks))
        .route("/api/stats", get(api::stats))
        .fallback(pages::not_found)
        .layer(axum::middleware::map_response(security_headers))
        .with_state(archive))
}

/// Headers on every answer: no script may run (the pages have none), nothing is framed
/// or sniffed, and no address leaks to other sites.
async fn security_headers(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

/// Serve the database at `db` on `addr` until Ctrl-C (or SIGTERM). `on_ready` is called
/// with the address bound (useful with port 0) once requests are answered.
pub fn serve(db: &Path, addr: SocketAddr, on_ready: impl FnOnce(SocketAddr)) -> Result<(), Error> {
    let app = router(db)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::new(ErrorKind::Runtime(e.to_string())))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| Error::new(ErrorKind::Bind(format!("{addr}: {e}"))))?;
        let bound = listener
            .local_addr()
            .map_err(|e| Error::new(ErrorKind::Bind(e.to_string())))?;
        on_ready(bound);
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown())
            .await
            .map_err(|e| Error::new(ErrorKind::Runtime(e.to_string())))
    })
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// The path of a page about `key` under `prefix` (`/doc`, `/graph`, `/api/doc` …):
/// the key's slashes stay, every other byte outside the unreserved set is
/// percent-encoded, so that any key (spaces, `?`, `#`, `%`, Vietnamese letters) comes
/// back intact.
pub fn key_path(prefix: &str, key: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + 1 + key.len() * 2);
    out.push_str(prefix);
    out.push('/');
    for b in key.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A query-string value, percent-encoded (form style: space as `+`).
pub(crate) fn query_value(v: &str) -> String {
    let mut out = String::with_capacity(v.len() * 2);
    for b in v.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_paths_keep_slashes_and_encode_the_rest() {
        assert_eq!(
            key_path("/doc", "ben-tre/2021/275-CV/ĐUK"),
            "/doc/ben-tre/2021/275-CV/%C4%90UK"
        );
        assert_eq!(key_path("/doc", "a b?c#d%e"), "/doc/a%20b%3Fc%23d%25e");
        assert_eq!(
            query_value("chỉ thị 16/CT"),
            "ch%E1%BB%89+th%E1%BB%8B+16%2FCT"
        );
    }

    #[test]
    fn public_types_are_thread_safe() {
        fn is_send_sync<T: Send + Sync>() {}
        is_send_sync::<Error>();
        is_send_sync::<Router>();
    }
}
