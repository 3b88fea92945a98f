//! Faults during a run: a run killed in the middle (SIGKILL, SIGINT) leaves the
//! previous outputs exactly as they were, and the next run cleans up after it.

use crate::common::{repo, tempdir};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Every regular file of `dir`, name → bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            m.insert(
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            );
        }
    }
    m
}

/// The corpus's `.txt` files.
fn corpus_texts() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    let mut v = Vec::new();
    walk(&repo().join("corpus"), &mut v);
    v.sort();
    v
}

/// Start a run of `input` into `out` on one thread, wait until it is writing its
/// first output (a temporary file appears in `out`), then send it `signal`.
fn kill_mid_run(input: &Path, out: &Path, signal: &str) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(["process", "--quiet", "--jobs", "1", "--out"])
        .arg(out)
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start vanban");
    let started = Instant::now();
    loop {
        let writing = std::fs::read_dir(out)
            .unwrap()
            .any(|e| e.unwrap().file_name().to_string_lossy().ends_with(".tmp"));
        if writing {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it could be interrupted; make the input bigger"
        );
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no output started"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    // Let it write for a moment, so the temporary file holds part of the records.
    std::thread::sleep(Duration::from_millis(50));
    let status = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(!exit.success(), "the run was interrupted: {exit:?}");
}

#[test]
#[cfg(unix)]
fn an_interrupted_run_leaves_the_previous_outputs_intact() {
    let out = tempdir();
    let first = vanban_ok(&repo().join("corpus"), out.path());
    assert!(first.contains_key("documents.jsonl") && first.contains_key("vanban.sqlite"));

    // A corpus big enough that one thread takes seconds: the corpus's texts, many times.
    let big = tempdir();
    let texts = corpus_texts();
    for i in 0..4000 {
        let src = &texts[i % texts.len()];
        std::fs::copy(src, big.path().join(format!("{i:05}.txt"))).unwrap();
    }

    for signal in ["-KILL", "-INT"] {
        kill_mid_run(big.path(), out.path(), signal);
        let after: BTreeMap<_, _> = snapshot(out.path())
            .into_iter()
            .filter(|(name, _)| !name.ends_with(".tmp"))
            .collect();
        assert_eq!(
            after.keys().collect::<Vec<_>>(),
            first.keys().collect::<Vec<_>>(),
            "{signal}: the same output files"
        );
        for (name, bytes) in &first {
            assert!(after[name] == *bytes, "{signal}: {name} changed");
        }
    }

    // The next run finishes, and removes the temporary files the killed runs left.
    let again = vanban_ok(&repo().join("corpus"), out.path());
    assert_eq!(
        again.keys().collect::<Vec<_>>(),
        first.keys().collect::<Vec<_>>(),
        "a rerun leaves no stray files"
    );
    for name in ["documents.jsonl", "tasks.csv", "graph.json"] {
        assert!(again[name] == first[name], "a rerun gives the same {name}");
    }
}

fn vanban_ok(input: &Path, out: &Path) -> BTreeMap<String, Vec<u8>> {
    let o = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(["process", "--quiet", "--out"])
        .arg(out)
        .arg(input)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    snapshot(out)
}
