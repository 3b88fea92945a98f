//! Citations against the hand-written expected ones: found (precision, recall, by
//! target key), relations right, resolution right; the seeds' `not_citations` are not
//! found; `graph.json` holds the corpus and the absent cited documents. Resolution needs
//! the whole corpus, so these tests run the CLI.

use crate::common::*;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

#[derive(Default)]
pub(crate) struct Score {
    pub(crate) tp: usize,
    pub(crate) fp: usize,
    pub(crate) fn_: usize,
    pub(crate) relations_ok: usize,
    pub(crate) resolution_ok: usize,
    pub(crate) matched: usize,
    pub(crate) misses: Vec<String>,
}

impl Score {
    pub(crate) fn f1(&self) -> f64 {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

pub(crate) fn run_and_score(dir: &std::path::Path) -> (Score, Vec<Value>) {
    let out = tempdir();
    let o = vanban(&[
        "process",
        dir.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let records = read_jsonl(&out.path().join("documents.jsonl"));
    let by_name: HashMap<String, &Value> = records
        .iter()
        .map(|r| {
            (
                r["path"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string(),
                r,
            )
        })
        .collect();
    let mut s = Score::default();
    for (_, docs) in expected_sets(dir) {
        for want in docs {
            if want["status"] == "failed" {
                continue;
            }
            let path = want["path"].as_str().unwrap();
            let got = by_name[path.rsplit('/').next().unwrap()];
            let keyed = |v: &Value| -> BTreeMap<String, Value> {
                v["citations"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|c| {
                                (
                                    c["target_key"].as_str().unwrap_or("").to_string(),
                                    c.clone(),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let (w, g) = (keyed(&want), keyed(got));
            for (k, wc) in &w {
                match g.get(k) {
                    Some(gc) => {
                        s.tp += 1;
                        s.matched += 1;
                        if wc["relation"] == gc["relation"] {
                            s.relations_ok += 1;
                        } else {
                            s.misses.push(format!(
                                "{path} {k}: relation want {} got {}",
                                wc["relation"], gc["relation"]
                            ));
                        }
                        if wc["target"] == gc["target"] {
                            s.resolution_ok += 1;
                        } else {
                            s.misses.push(format!(
                                "{path} {k}: target want {} got {}",
                                wc["target"], gc["target"]
                            ));
                        }
                    }
                    None => {
                        s.fn_ += 1;
                        s.misses.push(format!("{path}: missed {k}"));
                    }
                }
            }
            for k in g.keys().filter(|k| !w.contains_key(*k)) {
                s.fp += 1;
                s.misses.push(format!("{path}: not expected {k}"));
            }
            // Generic mentions must not be found.
            for nc in want["not_citations"].as_array().into_iter().flatten() {
                let nc = nc.as_str().unwrap_or("");
                for c in got["citations"].as_array().into_iter().flatten() {
                    let t = c["text"].as_str().unwrap_or("");
                    if !nc.is_empty() && (t.contains(nc) || nc.contains(t)) {
                        s.misses.push(format!(
                            "{path}: {t:?} is a generic mention, not a citation"
                        ));
                        s.fp += 1;
                    }
                }
            }
        }
    }
    (s, records)
}

#[test]
fn corpus_citations_meet_the_bars() {
    let (s, _) = run_and_score(&repo().join("corpus"));
    let rel = s.relations_ok as f64 / s.matched.max(1) as f64;
    let res = s.resolution_ok as f64 / s.matched.max(1) as f64;
    eprintln!(
        "corpus citations: F1 {:.3} ({} expected); relations {}/{}; resolution {}/{}",
        s.f1(),
        s.tp + s.fn_,
        s.relations_ok,
        s.matched,
        s.resolution_ok,
        s.matched
    );
    assert!(s.tp + s.fn_ >= 80, "enough expected citations");
    assert!(
        s.f1() >= 0.97 && rel >= 0.95 && res >= 0.99,
        "below the bars (F1 0.97, relations 0.95, resolution 0.99):\n{}",
        s.misses.join("\n")
    );
}

#[test]
fn held_out_citations_meet_the_bars() {
    let (s, _) = run_and_score(&repo().join("tests/held_out"));
    let rel = s.relations_ok as f64 / s.matched.max(1) as f64;
    let res = s.resolution_ok as f64 / s.matched.max(1) as f64;
    eprintln!(
        "held-out citations: F1 {:.3}; relations {}/{}; resolution {}/{}",
        s.f1(),
        s.relations_ok,
        s.matched,
        s.resolution_ok,
        s.matched
    );
    assert!(
        s.f1() >= 0.95 && rel >= 0.90 && res >= 0.95,
        "below the bars (F1 0.95, relations 0.90, resolution 0.95):\n{}",
        s.misses.join("\n")
    );
}

#[test]
fn seeds_give_exactly_their_citations_and_none_of_the_generic_mentions() {
    let (s, _) = run_and_score(&repo().join("corpus/seeds"));
    assert!(s.misses.is_empty(), "{}", s.misses.join("\n"));
    assert_eq!((s.tp, s.fp), (2, 0));
}

#[test]
fn graph_json_holds_corpus_and_absent_documents() {
    let out = tempdir();
    let o = vanban(&[
        "process",
        repo().join("corpus").to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let g: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("graph.json")).unwrap())
            .unwrap();
    assert_eq!(g["schema"], "vanban-graph/1");
    let nodes = g["nodes"].as_array().unwrap();
    let edges = g["edges"].as_array().unwrap();
    let in_corpus = nodes.iter().filter(|n| n["in_corpus"] == true).count();
    let read = read_jsonl(&out.path().join("documents.jsonl"))
        .iter()
        .filter(|r| r["status"] != "failed")
        .count();
    assert_eq!(in_corpus, read, "a node for every document read");
    assert!(
        nodes
            .iter()
            .any(|n| n["in_corpus"] == false && n["key"] == "ben-tre/2021/687-CV/TU"),
        "absent cited documents are nodes"
    );
    // The chain of the central directive on storms reaches the commune: pc09 → pc07 → pc06 → pc01.
    let edge = |from: &str, to: &str| {
        edges.iter().any(|e| {
            e["from"].as_str().unwrap_or("").contains(from)
                && e["to"].as_str().unwrap_or("").contains(to)
        })
    };
    assert!(
        edge("27-CV/ĐU", "112-KH/HU")
            && edge("112-KH/HU", "58-KH/TU")
            && edge("58-KH/TU", "44-CT/TW"),
        "{edges:#?}"
    );
    // One edge per citing document, cited document and relation.
    let mut seen = std::collections::HashSet::new();
    for e in edges {
        assert!(
            seen.insert((
                e["from"].to_string(),
                e["to"].to_string(),
                e["relation"].to_string()
            )),
            "duplicate edge {e}"
        );
    }
}

#[test]
fn a_document_typed_without_diacritics_is_found_by_citations_typed_with_them() {
    // `12/QD-UBND` typed without the stroke of `Đ`, cited elsewhere as `12/QĐ-UBND`:
    // one document, one key, so the citation resolves to it.
    let dir = tempdir();
    let root = dir.path().join("in");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(
        root.join("qd.txt"),
        "UY BAN NHAN DAN\nTINH LONG AN\n-------\nSo: 12/QD-UBND\nLong An, ngay 1 thang 2 nam 2021\n\n\
         QUYET DINH\nVe viec thanh lap To cong tac\n\nDieu 1. Thanh lap To cong tac.\n\n\
         TM. UY BAN NHAN DAN\nCHU TICH\n(da ky)\nNguyen Van Ut\n",
    )
    .unwrap();
    std::fs::write(
        root.join("kh.txt"),
        "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n-------\nSố: 30/KH-UBND\nLong An, ngày 5 tháng 3 năm 2021\n\n\
         KẾ HOẠCH\nVề việc triển khai công tác\n\n\
         Thực hiện Quyết định số 12/QĐ-UBND ngày 01/02/2021 của Ủy ban nhân dân tỉnh Long An, \
         Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n1. Các sở triển khai.\n\n\
         TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Út\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    // Run over the folder; the record of each path.
    let run = || {
        let records = process_records(&root, &out, &[]);
        move |p: &str| records.iter().find(|r| r["path"] == p).expect(p).clone()
    };
    let by_path = run();
    let qd = by_path("qd.txt");
    assert_eq!(qd["ref"], "12/QD-UBND", "the ref as printed");
    assert_eq!(qd["id"], "long-an/2021/12/QĐ-UBND");
    let kh = by_path("kh.txt");
    let cited = &kh["citations"][0];
    assert_eq!(cited["ref"], "12/QĐ-UBND");
    assert_eq!(cited["target_key"], "long-an/2021/12/QĐ-UBND");
    assert_eq!(cited["target"], "long-an/2021/12/QĐ-UBND");
    // The other way: the document printed with `QĐ`, a citation typed with `QD` (as in
    // `Quyết định số 2146/QD-BTC` of a real công văn).
    std::fs::write(
        root.join("qd.txt"),
        "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n-------\nSố: 12/QĐ-UBND\nLong An, ngày 1 tháng 2 năm 2021\n\n\
         QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác.\n\n\
         TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Út\n",
    )
    .unwrap();
    let kh = std::fs::read_to_string(root.join("kh.txt")).unwrap();
    std::fs::write(root.join("kh.txt"), kh.replace("12/QĐ-UBND", "12/QD-UBND")).unwrap();
    let kh = run()("kh.txt");
    let cited = &kh["citations"][0];
    assert_eq!(cited["ref"], "12/QD-UBND", "the ref as printed");
    assert_eq!(cited["target"], "long-an/2021/12/QĐ-UBND");
}

/// A document attached after the signature (a Quy chế `ban hành kèm theo` the
/// decision) is read for citations and tasks like the body: its legal bases are the
/// decision's citations, its articles the decision's tasks; its note naming the
/// decision itself is no citation.
#[test]
fn an_attached_documents_citations_and_tasks_are_the_documents() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 12/QĐ-UBND\nPhú Thọ, ngày 2 tháng 12 năm 2025\n\n\
        QUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n\n\
        Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\n\
        Điều 2. Quyết định có hiệu lực từ ngày ký.\n\n\
        Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
        QUY CHẾ\nPhối hợp trong quản lý\n\
        *(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 02/12/2025 của UBND tỉnh)*\n\n\
        Điều 1. Trách nhiệm của Sở Tài chính\n\n\
        Sở Tài chính chủ trì hướng dẫn thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, \
        báo cáo Ủy ban nhân dân tỉnh trước ngày 31/12/2025.\n";
    let pipeline = vanban::Pipeline::new(vanban_lexicon::Lexicon::builtin());
    let record = serde_json::to_value(pipeline.process_bytes("qd.txt", text.as_bytes())).unwrap();
    let refs: Vec<&str> = record["citations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["ref"].as_str())
        .collect();
    assert_eq!(refs, ["30/2020/NĐ-CP"], "{:#}", record["citations"]);
    let tasks = record["tasks"].as_array().unwrap();
    assert!(
        tasks.iter().any(|t| t["text"]
            .as_str()
            .is_some_and(|s| s.starts_with("Sở Tài chính chủ trì"))),
        "{tasks:#?}"
    );
    assert_eq!(record["signature"]["name"], "Nguyễn Văn An");
}
