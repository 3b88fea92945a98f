//! The command line: help, exit codes, stdout and stderr, outputs, determinism.

use crate::common::*;
use std::fs;

#[test]
fn help_teaches() {
    let o = vanban(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(
        s.contains("process")
            && s.contains("Exit codes")
            && s.contains("vanban process corpus --out out"),
        "{s}"
    );
    let o = vanban(&["process", "--help"]);
    let s = String::from_utf8_lossy(&o.stdout);
    for flag in [
        "--out",
        "--jobs",
        "--quiet",
        "--strict",
        "--ext",
        "--sentences",
        "--max-file-size",
        "--lexicon-dir",
        "--lexicon ",
        "documents.jsonl",
        "tasks.csv",
    ] {
        assert!(s.contains(flag), "process --help does not mention {flag}");
    }
}

#[test]
fn usage_input_and_output_errors_exit_2() {
    assert_eq!(
        vanban(&["process"]).status.code(),
        Some(2),
        "missing arguments"
    );
    assert_eq!(
        vanban(&["frobnicate"]).status.code(),
        Some(2),
        "unknown command"
    );
    let dir = tempdir();
    let o = vanban(&[
        "process",
        dir.path().join("nope").to_str().unwrap(),
        "--out",
        dir.path().join("o").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("does not exist"));
    let file = dir.path().join("a-file");
    fs::write(&file, "x").unwrap();
    let corpus = repo().join("corpus/seeds");
    let o = vanban(&[
        "process",
        corpus.to_str().unwrap(),
        "--out",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot create output folder"));
    let cues = dir.path().join("cues.tsv");
    fs::write(&cues, "action\tcue\nfly\tbay\n").unwrap();
    let o = vanban(&[
        "process",
        corpus.to_str().unwrap(),
        "--out",
        dir.path().join("o").to_str().unwrap(),
        "--lexicon",
        cues.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown action"));
    let lex = dir.path().join("lex");
    fs::create_dir_all(&lex).unwrap();
    fs::write(lex.join("issuers.tsv"), "code\tname\tlevel\nX\tY\tplanet\n").unwrap();
    let o = vanban(&[
        "process",
        corpus.to_str().unwrap(),
        "--out",
        dir.path().join("o").to_str().unwrap(),
        "--lexicon-dir",
        lex.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("issuers.tsv, line 2"));
}

#[test]
fn machine_output_in_files_human_output_on_stderr() {
    let dir = tempdir();
    let out = dir.path().join("out");
    let corpus = repo().join("corpus/seeds");
    let o = vanban(&[
        "process",
        corpus.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty(), "nothing on stdout");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("2 files: 2 ok, 0 partial, 0 failed"), "{err}");
    let summary: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    for k in [
        "files",
        "ok",
        "partial",
        "failed",
        "failed_paths",
        "documents",
        "tasks",
        "citations",
        "citations_resolved",
        "citations_unresolved",
        "bytes",
        "seconds",
        "mb_per_s",
        "docs_per_s",
        "threads",
    ] {
        assert!(summary.get(k).is_some(), "summary.json has no {k}");
    }
    assert_eq!(summary["files"], 2);
    // tasks.csv: UTF-8 with a BOM, a header, one row per task.
    let csv = fs::read(out.join("tasks.csv")).unwrap();
    assert!(
        csv.starts_with(b"\xEF\xBB\xBFid,ref,date,issuer,label,assignees"),
        "tasks.csv starts with a BOM and its header"
    );
    let csv = String::from_utf8(csv).unwrap();
    assert_eq!(
        csv.lines().count(),
        1 + 7,
        "a header and the seeds' 7 tasks"
    );
    assert!(csv.contains("dong-nai/2021/1747-CV/TU,1747-CV/TU,2021-07-22,TỈNH ỦY ĐỒNG NAI,1,Các cấp ủy trực thuộc tỉnh; các ban cán sự đảng; đảng đoàn; Ban Thường vụ Tỉnh đoàn,false,direct; disseminate; commend; enforce,,week,định kỳ hàng tuần,"), "{csv}");
    // No temporary files are left behind.
    let leftovers: Vec<_> = fs::read_dir(&out)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
    let o = vanban(&[
        "process",
        corpus.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ]);
    assert!(
        o.stderr.is_empty() && o.stdout.is_empty(),
        "--quiet prints nothing"
    );
}

#[test]
fn same_output_whatever_the_thread_count() {
    for corpus in [repo().join("corpus"), shared().join("corpus/real")] {
        let dir = tempdir();
        let mut outputs = Vec::new();
        for jobs in ["1", "2", "3"] {
            let out = dir.path().join(format!("out{jobs}"));
            let o = vanban(&[
                "process",
                corpus.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--jobs",
                jobs,
                "--quiet",
                "--sentences",
            ]);
            assert_eq!(o.status.code(), Some(0));
            outputs.push(fs::read(out.join("documents.jsonl")).unwrap());
        }
        assert!(
            outputs[0] == outputs[1] && outputs[1] == outputs[2],
            "{}: documents.jsonl differs between --jobs 1, 2 and 3",
            corpus.display()
        );
    }
}
