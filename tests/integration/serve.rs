//! `vanban serve`: every route over HTTP, on a database made by the real pipeline from
//! `corpus/` plus `tests/data/serve/` (a directive whose subject and items carry
//! `<script>` and an `onerror` attribute, and which cites Chỉ thị 16/CT-TTg). Requests go
//! to the router in-process (tower's `oneshot`); one test runs the binary on a free port.

use crate::common::*;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::Value;
use std::path::PathBuf;
use tower::ServiceExt;
use vanban_serve::key_path;

const XSS_KEY: &str = "ben-tre/2020/99/CT-UBND";

/// A database of the corpus and the serve fixtures, in a temporary folder.
fn database() -> (tempfile::TempDir, PathBuf) {
    let dir = tempdir();
    let input = dir.path().join("in");
    copy_tree(&repo().join("corpus"), &input.join("corpus"));
    copy_tree(&repo().join("tests/data/serve"), &input.join("serve"));
    let out = dir.path().join("out");
    let o = vanban(&[
        "process",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    (dir, out.join("vanban.sqlite"))
}

struct App {
    _dir: tempfile::TempDir,
    db: PathBuf,
    router: axum::Router,
    rt: tokio::runtime::Runtime,
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
    fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

fn app() -> App {
    let (dir, db) = database();
    let router = vanban_serve::router(&db).expect("the database opens");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    App {
        _dir: dir,
        db,
        router,
        rt,
    }
}

impl App {
    fn get(&self, uri: &str) -> Answer {
        self.rt.block_on(async {
            let res = self
                .router
                .clone()
                .oneshot(Request::get(uri).body(Body::empty()).unwrap())
                .await
                .unwrap();
            let status = res.status();
            let headers = res.headers().clone();
            let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
                .await
                .unwrap();
            Answer {
                status,
                headers,
                body: String::from_utf8(bytes.to_vec()).expect("UTF-8 body"),
            }
        })
    }

    fn ok(&self, uri: &str) -> Answer {
        let a = self.get(uri);
        assert_eq!(a.status, StatusCode::OK, "{uri}: {}", a.body);
        a
    }

    fn query(&self) -> vanban::query::Db {
        vanban::query::Db::open(&self.db).unwrap()
    }
}

fn keys(rows: &Value) -> Vec<String> {
    rows.as_array()
        .expect("rows")
        .iter()
        .map(|r| r["key"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn serve_search_ignores_diacritics_filters_and_pages() {
    let app = app();
    // The page: one box, the hit linked.
    let page = app.ok("/?q=chi+thi+16");
    assert!(
        page.body.contains("href=\"/doc/quoc-gia/2020/16/CT-TTg\""),
        "{}",
        page.body
    );
    assert!(page.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    // The API: the ref first, with and without diacritics, and as printed.
    for q in [
        "chi+thi+16",
        "Ch%E1%BB%89+th%E1%BB%8B+16",
        "16%2FCT-TTg",
        "CH%E1%BB%88+TH%E1%BB%8A+16",
    ] {
        let r = app.ok(&format!("/api/search?q={q}")).json();
        assert_eq!(
            r["results"][0]["key"], "quoc-gia/2020/16/CT-TTg",
            "{q}: {r}"
        );
    }
    // đ folds to d: the issuer code ĐUK found as "duk".
    let r = app.ok("/api/search?q=duk").json();
    assert!(
        keys(&r["results"]).contains(&"ben-tre/2021/275-CV/ĐUK".to_string()),
        "{r}"
    );
    // Signers and subjects are searched too.
    let r = app
        .ok("/api/search?q=tr%E1%BA%A7n+v%C4%83n+th%E1%BB%AD")
        .json();
    assert_eq!(r["results"][0]["key"], XSS_KEY, "{r}");
    let r = app.ok("/api/search?q=phong+chong+thien+tai").json();
    assert!(r["total"].as_i64().unwrap() >= 3, "{r}");
    // Filters.
    let r = app
        .ok("/api/search?jurisdiction=Qu%E1%BB%91c+gia&limit=100")
        .json();
    assert!(r["total"].as_i64().unwrap() >= 4);
    assert!(r["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["jurisdiction"] == "Quốc gia"));
    let r = app
        .ok("/api/search?type=Ch%E1%BB%89+th%E1%BB%8B&year=2020&limit=100")
        .json();
    assert!(r["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["type_name"] == "Chỉ thị" && d["date"].as_str().unwrap().starts_with("2020")));
    assert!(keys(&r["results"]).contains(&XSS_KEY.to_string()));
    let r = app.ok("/api/search?status=failed").json();
    assert_eq!(r["total"], 2);
    let flagged = app.ok("/api/search?review=1").json()["total"]
        .as_i64()
        .unwrap();
    let unflagged = app.ok("/api/search?review=0").json()["total"]
        .as_i64()
        .unwrap();
    assert_eq!(flagged + unflagged, 56);
    let r = app.ok("/api/search?issuer=b%E1%BB%99+y+t%E1%BA%BF").json();
    assert!(
        keys(&r["results"]).iter().any(|k| k.ends_with("/BYT-MT")),
        "{r}"
    );
    let r = app.ok("/api/search?q=16&issuer=nobody+such").json();
    assert_eq!(r["total"], 0);
    // Pages: disjoint, the same total.
    let p1 = app.ok("/api/search?limit=10&page=1").json();
    let p2 = app.ok("/api/search?limit=10&page=2").json();
    assert_eq!(p1["total"], 56);
    assert_eq!(p1["total"], p2["total"]);
    let (k1, k2) = (keys(&p1["results"]), keys(&p2["results"]));
    assert_eq!((k1.len(), k2.len()), (10, 10));
    assert!(k1.iter().all(|k| !k2.contains(k)));
    let html = app.ok("/?limit=10&page=2");
    assert!(html.body.contains("11–20 of 56"), "{}", html.body);
    assert!(
        html.body.contains("rel=\"next\" href=\"/?page=3\""),
        "{}",
        html.body
    );
    // Bad parameters.
    for bad in [
        "page=-1",
        "page=0",
        "page=abc",
        "limit=1000",
        "limit=0",
        "year=20x1",
        "status=bogus",
        "review=maybe",
    ] {
        for route in ["/", "/api/search"] {
            let a = app.get(&format!("{route}?q=x&{bad}"));
            assert_eq!(a.status, StatusCode::BAD_REQUEST, "{route}?{bad}");
            assert!(a.body.contains("must be"), "{}", a.body);
        }
    }
    let long = "x".repeat(600);
    assert_eq!(
        app.get(&format!("/api/search?q={long}")).status,
        StatusCode::BAD_REQUEST
    );
    // FTS5 syntax is only words.
    let r = app.ok("/api/search?q=%22+OR+NEAR(%2A").json();
    assert_eq!(r["total"], 0);
}

#[test]
fn serve_document_page_escapes_text_and_links_citations() {
    let app = app();
    let page = app.ok(&key_path("/doc", XSS_KEY));
    let body = &page.body;
    // Injected markup shows as text, everywhere: subject, annotated text, tasks.
    assert!(!body.to_lowercase().contains("<script"), "{body}");
    assert!(!body.contains("<img"), "{body}");
    let shown = unescape(body);
    assert!(
        shown.contains("<script>window.__xss = 3</script>"),
        "{body}"
    );
    assert!(
        shown.contains("<img src=x onerror=\"window.__xss=2\">"),
        "{body}"
    );
    assert!(
        shown.contains("<script>window._ xss = 1; alert(1)</script>"),
        "{body}"
    );
    // The citation of Chỉ thị 16 links to it; the zones and tasks are marked.
    assert!(
        body.contains("<a class=\"cite rel-implements\" href=\"/doc/quoc-gia/2020/16/CT-TTg\""),
        "{body}"
    );
    for zone in ["issuer", "number", "subject", "item", "signature"] {
        assert!(
            body.contains(&format!("class=\"zone zone-{zone}\"")),
            "{zone}"
        );
    }
    assert_eq!(body.matches("class=\"task task-start\"").count(), 2);
    assert!(body.contains("Trần Văn Thử"));
    assert!(body.contains("href=\"/graph/ben-tre/2020/99/CT-UBND\""));
    // Headers: no script may run, nothing sniffed.
    let csp = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(csp.contains("default-src 'none'") && !csp.contains("script-src"));
    assert_eq!(page.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");

    // A cited document: who cites it, a missing citation linked to its entry, a key
    // with a Vietnamese letter percent-encoded.
    let cited = app.ok("/doc/quoc-gia/2020/16/CT-TTg");
    assert!(cited.body.contains("href=\"/doc/ben-tre/2020/99/CT-UBND\""));
    let duk = app.ok(&key_path("/doc", "ben-tre/2021/275-CV/ĐUK"));
    assert_eq!(
        key_path("/doc", "ben-tre/2021/275-CV/ĐUK"),
        "/doc/ben-tre/2021/275-CV/%C4%90UK"
    );
    assert!(duk
        .body
        .contains("href=\"/missing?key=ben-tre%2F2021%2F687-CV%2FTU\""));
    assert!(duk.body.contains("ĐẢNG ỦY KHỐI"));
    // A failed file: its problems, no text.
    let failed = app.ok("/api/search?status=failed").json();
    let failed_key = failed["results"][0]["key"].as_str().unwrap().to_string();
    let page = app.ok(&key_path("/doc", &failed_key));
    assert!(page.body.contains("class=\"problems\""), "{}", page.body);
    let api = app.ok(&key_path("/api/doc", &failed_key)).json();
    assert_eq!(api[0]["document"]["status"], "failed");
    assert!(!api[0]["problems"].as_array().unwrap().is_empty());
    app.ok(&key_path("/graph", &failed_key));

    // A bare ref redirects to its key; a document the archive lacks to its entry.
    let r = app.get("/doc/16/CT-TTg");
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/doc/quoc-gia/2020/16/CT-TTg");
    let r = app.get("/doc/ben-tre/2021/687-CV/TU");
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/missing?key=ben-tre%2F2021%2F687-CV%2FTU");
    // Unknown keys: 404, as a page and as JSON.
    let r = app.get("/doc/no/such/key");
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r
        .body
        .contains("no document or cited document has the key or ref"));
    assert_eq!(app.get("/doc/").status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/graph/no/such/key").status, StatusCode::NOT_FOUND);
}

#[test]
fn serve_document_api_is_query_show_with_the_text() {
    let app = app();
    let doc = app.ok(&key_path("/api/doc", XSS_KEY)).json();
    let show = app.query().show(XSS_KEY).unwrap();
    let d = &doc[0];
    for k in ["key", "node", "document", "cites", "cited_by"] {
        assert_eq!(d[k], show[0][k], "{k}");
    }
    let text = d["text"].as_str().unwrap();
    assert!(
        text.contains("<script>window.__xss = 3</script>"),
        "the JSON keeps the text as it is"
    );
    // The offsets point into this text, on char boundaries.
    for s in d["segments"].as_array().unwrap() {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b) && a <= b);
    }
    let c = &d["citations"][0];
    let (a, b) = (
        c["start"].as_u64().unwrap() as usize,
        c["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[a..b], c["text"].as_str().unwrap());
    assert_eq!(c["target"], "quoc-gia/2020/16/CT-TTg");
    assert_eq!(d["tasks"].as_array().unwrap().len(), 2);
    assert_eq!(d["tasks"][0]["assignees"], "Sở Y tế");
    assert!(d["distribution"].as_array().unwrap().len() >= 3);
    // By bare ref, like `vanban query show`.
    let by_ref = app.ok("/api/doc/16/CT-TTg").json();
    assert_eq!(by_ref[0]["key"], "quoc-gia/2020/16/CT-TTg");
    let r = app.get("/api/doc/no/such/key");
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["status"], 404);
}

#[test]
fn serve_graph_draws_both_ways_and_matches_the_walks() {
    let app = app();
    let key = "trung-uong/2020/44-CT/TW";
    let page = app.ok(&key_path("/graph", key));
    let b = &page.body;
    assert!(b.contains("<svg"), "{b}");
    // Below: the provincial plan, the district's, the commune's, the chi bộ's report.
    for below in [
        "quang-binh/2020/58-KH/TU",
        "quang-binh/2020/27-CV/ĐU",
        "quang-binh/2020/05-BC/CB",
    ] {
        assert!(b.contains(&format!("data-key=\"{below}\"")), "{below}");
        assert!(
            b.contains(&format!("href=\"{}\"", key_path("/doc", below))),
            "{below}"
        );
    }
    assert!(b.contains(">implements</text>"));
    assert!(b.contains("↓ 3 down"));
    // A cited document absent from the archive is drawn dashed, linked to its entry.
    assert!(b.contains("class=\"node missing\""));
    // The JSON is `vanban query upstream/downstream`.
    let g = app.ok(&key_path("/api/graph", key)).json();
    let db = app.query();
    assert_eq!(g["upstream"], Value::Array(db.upstream(key).unwrap()));
    assert_eq!(g["downstream"], Value::Array(db.downstream(key).unwrap()));
    assert_eq!(g["nodes"][0]["key"], key);
    let cut = app
        .ok(&format!("{}?limit=1", key_path("/api/graph", key)))
        .json();
    assert_eq!(cut["downstream"].as_array().unwrap().len(), 1);
    assert_eq!(cut["downstream_truncated"], true);
    assert_eq!(
        app.get(&format!("{}?limit=0", key_path("/api/graph", key)))
            .status,
        StatusCode::BAD_REQUEST
    );
    // From the bottom, upstream reaches the top; a missing document has a graph too.
    let up = app.ok(&key_path("/graph", "quang-binh/2020/27-CV/ĐU"));
    assert!(up.body.contains(&format!("data-key=\"{key}\"")));
    app.ok(&key_path("/graph", "ben-tre/2021/687-CV/TU"));
    let r = app.get("/graph/58-KH/TU");
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/graph/quang-binh/2020/58-KH/TU");
    assert_eq!(app.get("/api/graph/no/such").status, StatusCode::NOT_FOUND);
}

#[test]
fn serve_missing_documents_most_cited_first() {
    let app = app();
    let all = app.query().missing().unwrap();
    let r = app.ok("/api/missing?limit=100").json();
    assert_eq!(r["total"].as_i64().unwrap(), all.len() as i64);
    assert_eq!(
        r["results"],
        Value::Array(all.iter().take(100).cloned().collect())
    );
    let p2 = app.ok("/api/missing?limit=5&page=2").json();
    assert_eq!(p2["results"], Value::Array(all[5..10].to_vec()));
    let page = app.ok("/missing");
    assert!(page.body.contains("ben-tre/2021/687-CV/TU"));
    // One entry: who cites it.
    let entry = app.ok("/missing?key=ben-tre%2F2021%2F687-CV%2FTU");
    assert!(entry.body.contains(&format!(
        "href=\"{}\"",
        key_path("/doc", "ben-tre/2021/275-CV/ĐUK")
    )));
    assert_eq!(
        app.get("/missing?key=quoc-gia%2F2020%2F16%2FCT-TTg").status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/api/missing?limit=101").status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(app.get("/missing?page=x").status, StatusCode::BAD_REQUEST);
}

#[test]
fn serve_tasks_filter_and_download() {
    let app = app();
    let all = app.ok("/api/tasks?limit=1").json();
    assert_eq!(all["total"], 256);
    // Assignees fold like search; actions are categories; deadlines are dates.
    let r = app.ok("/api/tasks?assignee=so+y+te&limit=100").json();
    assert!(r["results"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["doc_key"] == XSS_KEY && t["label"] == "1"));
    assert!(r["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| vanban_lexicon::fold(t["assignees"].as_str().unwrap()).contains("so y te")));
    // … and so do the bodies worked with (`coordinators`, `with`).
    let r = app
        .ok("/api/tasks?with=c%C3%A1c+c%C6%A1+quan+li%C3%AAn+quan&limit=100")
        .json();
    assert_eq!(r["total"], 4, "{r}");
    assert!(r["results"].as_array().unwrap().iter().all(|t| {
        vanban_lexicon::fold(t["coordinators"].as_str().unwrap()).contains("cac co quan lien quan")
    }));
    let page = app.ok("/tasks?with=so+tai+chinh");
    assert!(page.body.contains("name=\"with\" value=\"so tai chinh\""));
    assert!(page.body.contains("href=\"/tasks.csv?with=so+tai+chinh\""));
    let r = app.ok("/api/tasks?action=disseminate&limit=100").json();
    assert!(r["total"].as_i64().unwrap() > 5);
    assert!(r["results"].as_array().unwrap().iter().all(|t| t["actions"]
        .as_str()
        .unwrap()
        .split("; ")
        .any(|a| a == "disseminate")));
    let r = app.ok("/api/tasks?from=2020-04-15&to=2020-04-15").json();
    assert!(keys_of(&r, "doc_key").contains(&XSS_KEY.to_string()), "{r}");
    let r = app.ok("/api/tasks?every=week&limit=100").json();
    assert!(r["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["recurrence"] == "week"));
    let page = app.ok("/tasks?assignee=s%E1%BB%9F+y+t%E1%BA%BF");
    assert!(page.body.contains(&key_path("/doc", XSS_KEY)));
    assert!(!page.body.contains("<img"));
    assert!(unescape(&page.body).contains("<img src=x onerror="));
    assert!(page
        .body
        .contains("href=\"/tasks.csv?assignee=s%E1%BB%9F+y+t%E1%BA%BF\""));
    // CSV: the same rows.
    let csv = app.ok("/tasks.csv?action=disseminate");
    assert!(csv.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    assert!(csv
        .body
        .starts_with("\u{feff}doc_key,ref,date,issuer,label,"));
    let n = app.ok("/api/tasks?action=disseminate").json()["total"]
        .as_i64()
        .unwrap();
    assert_eq!(
        csv.body.matches("\r\n").count() as i64,
        n + 1 + embedded_crlf(&csv.body)
    );
    for bad in [
        "every=weekly",
        "from=2020-4-1",
        "to=tomorrow",
        "limit=500",
        "page=-1",
    ] {
        assert_eq!(
            app.get(&format!("/api/tasks?{bad}")).status,
            StatusCode::BAD_REQUEST,
            "{bad}"
        );
        assert_eq!(
            app.get(&format!("/tasks?{bad}")).status,
            StatusCode::BAD_REQUEST,
            "{bad}"
        );
        assert_eq!(
            app.get(&format!("/tasks.csv?{bad}")).status,
            StatusCode::BAD_REQUEST,
            "{bad}"
        );
    }
}

/// The text of HTML: the entities the templates and the annotator write, decoded.
fn unescape(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&#60;", "<")
        .replace("&gt;", ">")
        .replace("&#62;", ">")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replace("&#38;", "&")
}

/// CRLF inside quoted CSV cells (none expected: texts are one line).
fn embedded_crlf(csv: &str) -> i64 {
    csv.split('"')
        .skip(1)
        .step_by(2)
        .map(|q| q.matches("\r\n").count() as i64)
        .sum()
}

fn keys_of(r: &Value, k: &str) -> Vec<String> {
    r["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t[k].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn serve_stats_static_and_unknown_routes() {
    let app = app();
    let stats = app.ok("/api/stats").json();
    assert_eq!(stats, app.query().stats().unwrap()[0]);
    assert_eq!(stats["documents"], 56);
    let css = app.ok("/static/style.css");
    assert!(css.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/css"));
    assert!(css.body.contains(".zone-subject"));
    let r = app.get("/nowhere");
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("<!doctype html>"));
    let r = app.get("/api/nowhere");
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["status"], 404);
    // Every page answers on the corpus.
    for page in ["/", "/missing", "/tasks", "/tasks.csv"] {
        app.ok(page);
    }
}

#[test]
fn serve_refuses_a_database_from_before_the_tasks_coordinators() {
    let (_dir, db) = database();
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch("ALTER TABLE tasks DROP COLUMN coordinators;")
            .unwrap();
    }
    let err = vanban_serve::router(&db).expect_err("refused");
    assert!(matches!(
        err.kind(),
        vanban_serve::ErrorKind::OldDatabase(_)
    ));
}

#[test]
fn serve_refuses_a_database_from_before_the_web_view() {
    let (_dir, db) = database();
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch(
            "DROP VIEW texts; DROP TABLE text_rows; DROP TABLE text_citations; DROP TABLE search;",
        )
        .unwrap();
    }
    let err = vanban_serve::router(&db).expect_err("refused");
    assert!(matches!(
        err.kind(),
        vanban_serve::ErrorKind::OldDatabase(_)
    ));
    let o = vanban(&[
        "serve",
        "--db",
        db.to_str().unwrap(),
        "--addr",
        "127.0.0.1:0",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("run `vanban process` again"), "{stderr}");
    let o = vanban(&["serve", "--db", "/nonexistent/vanban.sqlite"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("does not exist"));
}

#[test]
fn serve_binary_answers_on_a_free_port() {
    use std::io::{BufRead, Read, Write};
    let (_dir, db) = database();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args([
            "serve",
            "--db",
            db.to_str().unwrap(),
            "--addr",
            "127.0.0.1:0",
        ])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    let mut s = std::net::TcpStream::connect(&addr).unwrap();
    write!(
        s,
        "GET /api/search?q=chi+thi+16 HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("quoc-gia/2020/16/CT-TTg"));
}
