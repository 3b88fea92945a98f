//! `--incremental`: a rerun reads only new and changed files, reuses the previous
//! records of the others, and its outputs are byte-identical to a full run's.

use crate::common::{copy_tree, repo, tempdir};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// Run `vanban process` with `flags`; the summary.
fn process(input: &Path, out: &Path, flags: &[&str]) -> Value {
    let o = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(["process", "--quiet", "--out"])
        .arg(out)
        .args(flags)
        .arg(input)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap()
}

/// The outputs of two runs are byte-identical (all but summary.json, which has times).
fn assert_same_outputs(a: &Path, b: &Path, what: &str) {
    for name in [
        "documents.jsonl",
        "tasks.csv",
        "graph.json",
        "vanban.sqlite",
    ] {
        let (x, y) = (
            std::fs::read(a.join(name)).unwrap(),
            std::fs::read(b.join(name)).unwrap(),
        );
        assert!(x == y, "{what}: {name} differs from a full run's");
    }
}

#[test]
fn an_incremental_run_equals_a_full_run_and_reads_only_what_changed() {
    let tmp = tempdir();
    let corpus = tmp.path().join("corpus");
    copy_tree(&repo().join("corpus"), &corpus);
    let (inc, full) = (tmp.path().join("inc"), tmp.path().join("full"));

    // First run: nothing to reuse yet.
    let first = process(&corpus, &inc, &["--incremental"]);
    let files = first["files"].as_u64().unwrap();
    assert_eq!(first["reused"], 0);
    assert!(files > 40);

    // Unchanged: every record is reused, and the outputs do not move.
    let before = std::fs::read(inc.join("documents.jsonl")).unwrap();
    let again = process(&corpus, &inc, &["--incremental"]);
    assert_eq!(again["reused"].as_u64(), Some(files));
    assert!(std::fs::read(inc.join("documents.jsonl")).unwrap() == before);

    // Change one file (a citation target's date moves, so links elsewhere change
    // too), delete one, add one that is cited by documents already there.
    let seed = corpus.join("seeds/002_a6ab90202821462d.txt");
    let text = std::fs::read_to_string(&seed).unwrap();
    std::fs::write(&seed, text.replacen("2021", "2022", 1)).unwrap();
    std::fs::remove_file(corpus.join("written/state/st02_byt_cv1234_covid.txt")).unwrap();
    let added = repo().join("tests/held_out/holdout/ho01_ct-tw-phong-chong-thien-tai.txt");
    std::fs::copy(&added, corpus.join("added.txt")).unwrap();

    // And someone edits one record of documents.jsonl by hand: that record is no
    // cache any more (its line's hash differs), so its file is read again.
    let docs = std::fs::read_to_string(inc.join("documents.jsonl")).unwrap();
    let edited = "\"path\":\"written/party-province/";
    let at = docs.find(edited).expect("a party-province record");
    let subject = at + docs[at..].find("\"subject\":\"").unwrap() + "\"subject\":\"".len();
    let mut docs = docs.into_bytes();
    docs[subject] = if docs[subject] == b'X' { b'Y' } else { b'X' };
    std::fs::write(inc.join("documents.jsonl"), docs).unwrap();

    let inc_run = process(&corpus, &inc, &["--incremental"]);
    let full_run = process(&corpus, &full, &[]);
    assert_eq!(inc_run["files"], full_run["files"]);
    let reused = inc_run["reused"].as_u64().unwrap();
    let now = full_run["files"].as_u64().unwrap();
    // Everything but the changed, the added and the hand-edited record's file.
    assert_eq!(reused, now - 3, "reused {reused} of {now}");
    assert_same_outputs(&inc, &full, "after changes");

    // documents.jsonl gone: nothing to reuse, and the outputs are a full run's.
    std::fs::remove_file(inc.join("documents.jsonl")).unwrap();
    std::fs::write(corpus.join("touched.txt"), "not a directive").unwrap();
    let inc_run = process(&corpus, &inc, &["--incremental"]);
    process(&corpus, &full, &[]);
    assert_eq!(inc_run["reused"], 0);
    assert_same_outputs(&inc, &full, "without the previous documents.jsonl");
    std::fs::remove_file(corpus.join("touched.txt")).unwrap();
    process(&corpus, &inc, &["--incremental"]);

    // Only a deletion: not "nothing changed", the deleted record must go.
    std::fs::remove_file(corpus.join("added.txt")).unwrap();
    let inc_run = process(&corpus, &inc, &["--incremental"]);
    let full_run = process(&corpus, &full, &[]);
    assert_eq!(inc_run["reused"], full_run["files"]);
    assert_same_outputs(&inc, &full, "after a deletion");

    // Other settings (sentence spans in the records): nothing is reused.
    let (inc_s, full_s) = (tmp.path().join("inc_s"), tmp.path().join("full_s"));
    copy_tree(&inc, &inc_s);
    let changed_settings = process(&corpus, &inc_s, &["--incremental", "--sentences"]);
    assert_eq!(changed_settings["reused"], 0);
    process(&corpus, &full_s, &["--sentences"]);
    assert_same_outputs(&inc_s, &full_s, "with other settings");
}
