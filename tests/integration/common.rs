//! Shared helpers: paths, running the binary, comparing records the way
//! `../shared/tools/score.py` does.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use unicode_normalization::UnicodeNormalization;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared`, which CI lays beside the clone.
pub fn shared() -> PathBuf {
    let p = repo().join("../shared");
    assert!(
        p.join("corpus").is_dir(),
        "help: these tests read ../shared (the project's shared folder, laid beside the clone); it is missing at {}",
        p.display()
    );
    p
}

pub fn vanban(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .output()
        .expect("run vanban")
}

/// `vanban process ROOT --out OUT --quiet EXTRA…`, which must exit 0; its records.
pub fn process_records(root: &Path, out: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec![
        "process",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ];
    args.extend_from_slice(extra);
    let o = vanban(&args);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    read_jsonl(&out.join("documents.jsonl"))
}

/// Copy the folder `from` into `to`, recursively.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_tree(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

pub fn read_jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect()
}

/// The catalogue fields compared, as in score.py.
pub const FIELDS: [&str; 19] = [
    "status",
    "system",
    "ref",
    "number",
    "type_code",
    "type_name",
    "issuer_name",
    "issuer_code",
    "issuer_parent",
    "jurisdiction",
    "key",
    "place",
    "date",
    "subject",
    "recipients",
    "distribution",
    "sig_authority",
    "sig_title",
    "sig_name",
];
const CASELESS: [&str; 4] = ["issuer_name", "issuer_parent", "sig_authority", "sig_title"];

/// A field of a record (expected or produced), flattened.
pub fn field(rec: &Value, f: &str) -> Value {
    let sub = |a: &str, b: &str| {
        rec.get(a)
            .and_then(|v| v.get(b))
            .cloned()
            .unwrap_or(Value::Null)
    };
    match f {
        "type_code" => sub("type", "code"),
        "type_name" => sub("type", "name"),
        "issuer_name" => sub("issuer", "name"),
        "issuer_code" => sub("issuer", "code"),
        "issuer_parent" => sub("issuer", "parent"),
        "sig_authority" => sub("signature", "authority"),
        "sig_title" => sub("signature", "title"),
        "sig_name" => sub("signature", "name"),
        "key" => rec.get("id").cloned().unwrap_or(Value::Null),
        "recipients" | "distribution" => rec.get(f).cloned().unwrap_or(Value::Array(vec![])),
        _ => rec.get(f).cloned().unwrap_or(Value::Null),
    }
}

fn norm_str(s: &str, caseless: bool) -> String {
    let s: String = s
        .nfc()
        .collect::<String>()
        .replace('\u{d0}', "\u{110}")
        .replace('\u{f0}', "\u{111}");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.trim().trim_matches([',', ';', '.']).trim().to_string();
    if caseless {
        s.to_lowercase()
    } else {
        s
    }
}

/// The comparable form of a field value.
pub fn norm(v: &Value, f: &str) -> Value {
    let caseless = CASELESS.contains(&f);
    match v {
        Value::String(s) => Value::String(norm_str(s, caseless)),
        Value::Array(a) => Value::Array(a.iter().map(|x| norm(x, f)).collect()),
        other => other.clone(),
    }
}

/// Fields of `got` that differ from `want` (only `status` for expected failures), as
/// readable lines.
pub fn mismatches(want: &Value, got: &Value) -> Vec<String> {
    let failed = want.get("status").and_then(Value::as_str) == Some("failed");
    let fields: &[&str] = if failed { &["status"] } else { &FIELDS };
    let mut out = Vec::new();
    for f in fields {
        let w = norm(&field(want, f), f);
        let g = norm(&field(got, f), f);
        if w != g {
            out.push(format!("{f}: want {w} got {g}"));
        }
    }
    if let Some(ann) = want.get("annotations") {
        if norm(ann, "annotations")
            != norm(
                got.get("annotations").unwrap_or(&Value::Null),
                "annotations",
            )
        {
            out.push(format!(
                "annotations: want {ann} got {}",
                got.get("annotations").unwrap_or(&Value::Null)
            ));
        }
    }
    out
}

/// Every `expected.json` below `dir`, with its folder.
pub fn expected_sets(dir: &Path) -> Vec<(PathBuf, Vec<Value>)> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.expect("walk");
        if e.file_name() == "expected.json" {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(e.path()).expect("read"))
                .expect("JSON");
            let docs = v["documents"].as_array().cloned().unwrap_or_default();
            out.push((e.path().parent().expect("folder").to_path_buf(), docs));
        }
    }
    out
}
