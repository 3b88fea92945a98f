//! How fast `vanban serve` answers searches: requests through the whole application
//! (routing, parameters, FTS5, the JSON or the page), in-process.
//!
//! ```sh
//! cargo bench --bench serve                          # a database of corpus/ (55 documents)
//! VANBAN_SERVE_DB=target/bench-100k/out/vanban.sqlite cargo bench --bench serve
//! ```
//!
//! The second form measures a large archive: make it with
//! `vanban gen --docs 100000 --seed 1 --out target/bench-100k/corpus` and
//! `vanban process target/bench-100k/corpus --out target/bench-100k/out`
//! (BENCHMARKS.md has the figures). Each request checks its answer inside the timed
//! loop: status 200, and at least one result where the query should find some.

use std::path::PathBuf;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use criterion::{criterion_group, criterion_main, Criterion};
use tower::ServiceExt;

/// (name, URI, must find something).
const QUERIES: [(&str, &str, bool); 12] = [
    ("words", "/api/search?q=chi+thi+16", true),
    (
        "words with marks",
        "/api/search?q=k%E1%BA%BF+ho%E1%BA%A1ch+tri%E1%BB%83n+khai",
        true,
    ),
    ("one common word", "/api/search?q=tinh", true),
    ("a ref", "/api/search?q=16%2FCT-TTg", true),
    ("a signer", "/api/search?q=nguyen+van", true),
    ("no match", "/api/search?q=zzzzqx", false),
    (
        "filters only",
        "/api/search?type=C%C3%B4ng+v%C4%83n&year=2021",
        false,
    ),
    (
        "words and filters",
        "/api/search?q=phong+chong&review=0&status=ok",
        false,
    ),
    ("deep page", "/api/search?q=tinh&page=50", false),
    ("everything", "/api/search", true),
    (
        "broadest word, rare filter",
        "/api/search?q=uy&review=1",
        false,
    ),
    ("the page (HTML)", "/?q=chi+thi+16", true),
];

fn database() -> (Option<tempfile::TempDir>, PathBuf) {
    if let Ok(db) = std::env::var("VANBAN_SERVE_DB") {
        return (None, PathBuf::from(db));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let cfg = vanban::RunConfig {
        root: repo.join("corpus"),
        out: out.clone(),
        extensions: vec!["txt".into()],
        jobs: 0,
        sentences: false,
        max_file_bytes: 64_000_000,
        limits: vanban::Limits::default(),
        progress: false,
        lexicon: vanban_lexicon::Lexicon::builtin().clone(),
        classifier: Some(vanban_classify::Classifier::new()),
        incremental: false,
        settings: "bench".into(),
    };
    vanban::run(&cfg).expect("the corpus runs");
    (Some(dir), out.join("vanban.sqlite"))
}

fn bench(c: &mut Criterion) {
    let (_dir, db) = database();
    let app = vanban_serve::router(&db).expect("the database opens");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let get = |uri: &str| {
        rt.block_on(async {
            let res = app
                .clone()
                .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
                .await
                .expect("answer");
            let status = res.status();
            let body = axum::body::to_bytes(res.into_body(), usize::MAX)
                .await
                .expect("body");
            (status, body)
        })
    };
    // Something found: a JSON total above 0, or a result row in the page.
    let found = |uri: &str, body: &[u8]| {
        if uri.starts_with("/api/") {
            !body.starts_with(b"{\"total\":0,")
        } else {
            body.windows(16).any(|w| w == b"class=\"doc-link\"")
        }
    };
    let mut group = c.benchmark_group("search");
    for (name, uri, finds) in QUERIES {
        let (status, body) = get(uri);
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert!(!finds || found(uri, &body), "{uri} finds nothing");
        eprintln!("{name}: {uri} ({} bytes)", body.len());
        group.bench_function(name, |b| {
            b.iter(|| {
                let (status, body) = get(uri);
                assert_eq!(status, StatusCode::OK);
                assert!(!finds || found(uri, &body));
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
