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

/// `--lexicon-dir` replaces the task lexicon's files and the relation phrases too, not
/// only the catalogue tables: an urging word added makes an item that names no one ask,
/// a relation phrase remapped changes the citation's relation, and a bad file of either
/// kind stops the run with its name and line.
#[test]
fn lexicon_dir_replaces_task_and_relation_files() {
    let dir = tempdir();
    let docs = dir.path().join("docs");
    fs::create_dir_all(&docs).unwrap();
    fs::write(
        docs.join("cv.txt"),
        "ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         TỈNH QUẢNG NAM                          Độc lập - Tự do - Hạnh phúc\n\n\
         Số: 512/UBND-KTN                 Quảng Nam, ngày 12 tháng 10 năm 2025\n\
         V/v ứng phó với mưa lũ\n\n\
         Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.\n\n\
         Căn cứ Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, Ủy ban nhân \
         dân tỉnh yêu cầu:\n\n\
         1. Khẩn cấp khơi thông dòng chảy các kênh mương ở vùng trũng.\n\n\
         2. Ủy ban nhân dân các huyện báo cáo kết quả về Sở Nông nghiệp và Môi trường \
         trước ngày 20/10/2025.\n\n\
         Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\
         \x20                                  KT. CHỦ TỊCH\n\
         \x20                                  PHÓ CHỦ TỊCH\n\n\
         \x20                                  Trần Văn Nam\n",
    )
    .unwrap();
    let read = |lex: Option<&std::path::Path>, out: &str| {
        let mut extra = Vec::new();
        if let Some(l) = lex {
            extra = vec!["--lexicon-dir", l.to_str().unwrap()];
        }
        let recs = process_records(&docs, &dir.path().join(out), &extra);
        let r = &recs[0];
        let relations: Vec<String> = r["citations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    c["ref"].as_str().unwrap(),
                    c["relation"].as_str().unwrap()
                )
            })
            .collect();
        let labels: Vec<String> = r["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["label"].as_str().unwrap().to_string())
            .collect();
        (relations, labels)
    };
    // Built in: `căn cứ` gives `basis`; `Khẩn cấp khơi thông …` has no cue, no urging
    // word and names no one, so it asks nothing.
    assert_eq!(
        read(None, "o1"),
        (vec!["16/CT-TTg basis".to_string()], vec!["2".to_string()])
    );
    let lex = dir.path().join("lex");
    fs::create_dir_all(&lex).unwrap();
    fs::write(lex.join("urging.tsv"), "word\nkhẩn cấp\n").unwrap();
    fs::write(
        lex.join("relations.tsv"),
        "phrase\trelation\ncăn cứ\timplements\n",
    )
    .unwrap();
    assert_eq!(
        read(Some(&lex), "o2"),
        (
            vec!["16/CT-TTg implements".to_string()],
            vec!["1".to_string(), "2".to_string()]
        )
    );
    let run = |lex: &std::path::Path| {
        let o = vanban(&[
            "process",
            docs.to_str().unwrap(),
            "--out",
            dir.path().join("o3").to_str().unwrap(),
            "--lexicon-dir",
            lex.to_str().unwrap(),
        ]);
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stderr).to_string(),
        )
    };
    fs::write(
        lex.join("relations.tsv"),
        "phrase\trelation\ncăn cứ\tobeys\n",
    )
    .unwrap();
    let (code, err) = run(&lex);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("relations.tsv, line 2") && err.contains("obeys"),
        "{err}"
    );
    fs::remove_file(lex.join("relations.tsv")).unwrap();
    fs::write(lex.join("task_cues.tsv"), "action\tcue\nfly\tbay\n").unwrap();
    let (code, err) = run(&lex);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("task_cues.tsv, line 2") && err.contains("unknown action"),
        "{err}"
    );
}
