//! Bad input never stops a run and never loses a file: each gets a record that says
//! what is wrong.

use crate::common::*;
use serde_json::Value;
use std::collections::HashMap;
use std::fs;

fn lcg_bytes(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as u8
        })
        .collect()
}

const DIRECTIVE: &str = "TỈNH ỦY ĐỒNG NAI\n*\nSố 1747-CV/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nĐồng Nai, ngày 22 tháng 7 năm 2021\n\nKính gửi: - Các cấp ủy trực thuộc tỉnh.\n\n1- Các cấp ủy tập trung lãnh đạo.\n\nNơi nhận:\n- Như trên,\n- Lưu VPTU.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nHồ Thanh Sơn\n";

fn problems(r: &Value) -> String {
    r["problems"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|p| p["message"].as_str().unwrap_or("").to_string())
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .unwrap_or_default()
}

#[test]
fn each_bad_file_gets_a_record_with_a_clear_problem() {
    let dir = tempdir();
    let root = dir.path().join("corpus");
    fs::create_dir_all(root.join("a/b/c/d/e")).unwrap();
    fs::write(root.join("random.txt"), lcg_bytes(4096, 7)).unwrap();
    fs::write(root.join("empty.txt"), b"").unwrap();
    fs::write(
        root.join("invalid_utf8.txt"),
        b"S\xe1\xbb\x91 12-CV/TU \xff\x80 abc",
    )
    .unwrap();
    let mut huge = String::with_capacity(20_100_000);
    while huge.len() < 20_000_000 {
        huge.push_str("Thực hiện Công văn số 687-CV/TU, ngày 21/5/2021 của Ban Thường vụ Tỉnh ủy về phòng, chống dịch.\n");
    }
    fs::write(root.join("huge.txt"), &huge).unwrap();
    fs::write(
        root.join("oneline.txt"),
        "chống dịch như chống giặc ".repeat(2_000_000 / 28),
    )
    .unwrap();
    fs::write(root.join("notes.txt"), "Danh sách việc cần làm tuần này: mua văn phòng phẩm, gọi điện cho nhà cung cấp.\nHọp giao ban sáng thứ hai.\n").unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in DIRECTIVE.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    fs::write(root.join("utf16.txt"), utf16).unwrap();
    fs::write(root.join("a/b/c/d/e/deep.txt"), DIRECTIVE).unwrap();
    fs::write(root.join("image.png"), lcg_bytes(100, 3)).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        std::os::unix::fs::symlink(&root, root.join("a/loop")).unwrap();
        fs::write(
            root.join(std::ffi::OsStr::from_bytes(b"bad\xff name.txt")),
            DIRECTIVE,
        )
        .unwrap();
    }
    let out = dir.path().join("out");
    let o = vanban(&[
        "process",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let records = read_jsonl(&out.join("documents.jsonl"));
    let by: HashMap<String, &Value> = records
        .iter()
        .map(|r| (r["path"].as_str().unwrap().to_string(), r))
        .collect();
    let status = |p: &str| {
        by.get(p)
            .unwrap_or_else(|| panic!("no record for {p}: {:?}", by.keys()))["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let has = |p: &str, needle: &str| {
        let msg = problems(by[p]);
        assert!(
            msg.contains(needle),
            "{p}: problems {msg:?} do not say {needle:?}"
        );
    };
    assert_eq!(status("random.txt"), "failed");
    assert_eq!(status("empty.txt"), "failed");
    has("empty.txt", "empty file");
    assert_eq!(status("invalid_utf8.txt"), "failed");
    has("invalid_utf8.txt", "not valid UTF-8");
    assert_eq!(status("notes.txt"), "failed");
    has("notes.txt", "not a directive");
    assert!(
        !problems(by["huge.txt"]).is_empty(),
        "the 20 MB file says what is wrong with it"
    );
    assert_ne!(status("huge.txt"), "ok");
    assert_ne!(status("oneline.txt"), "ok");
    assert!(!problems(by["oneline.txt"]).is_empty());
    assert_eq!(status("utf16.txt"), "ok");
    has("utf16.txt", "UTF-16");
    assert_eq!(status("a/b/c/d/e/deep.txt"), "ok");
    assert!(!by.contains_key("image.png"), "only .txt by default");
    #[cfg(unix)]
    {
        let lp = by
            .iter()
            .find(|(k, _)| k.starts_with("a/loop"))
            .map(|(k, _)| k.clone())
            .expect("a record for the symlink loop");
        assert_eq!(status(&lp), "failed");
        has(&lp, "symbolic link loop");
        let bad = by
            .keys()
            .find(|k| k.starts_with("bad"))
            .expect("a record for the non-UTF-8 name")
            .clone();
        has(&bad, "not valid UTF-8");
    }
    // Sorted by path, one per line.
    let paths: Vec<&str> = records
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);

    // --strict turns failed files into exit 1; --max-file-size refuses the big file.
    let o = vanban(&[
        "process",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
        "--strict",
        "--max-file-size",
        "10",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let records = read_jsonl(&out.join("documents.jsonl"));
    let huge = records.iter().find(|r| r["path"] == "huge.txt").unwrap();
    assert_eq!(huge["status"], "failed");
    assert!(
        problems(huge).contains("over the 10.0 MB limit"),
        "{}",
        problems(huge)
    );
}

#[test]
fn the_pipeline_never_panics_on_arbitrary_bytes() {
    let pipeline = vanban::Pipeline::new(vanban_lexicon::Lexicon::builtin());
    let pieces: [&[u8]; 12] = [
        "Số ".as_bytes(),
        "ĐẢNG CỘNG SẢN VIỆT NAM\n".as_bytes(),
        "Kính gửi: -".as_bytes(),
        b"\n\n",
        "T/M BAN\n".as_bytes(),
        "Nơi nhận:\n- ".as_bytes(),
        b"1. ",
        b"**|*\\-",
        "ngày 31 tháng 2 năm 2021".as_bytes(),
        "\u{300}\u{301}".as_bytes(),
        b"\xe1\xbb",
        "CỘNG HÒA XÃ HỘI\tChủ".as_bytes(),
    ];
    let mut seed = 1u64;
    for _ in 0..3000 {
        let mut doc = Vec::new();
        for _ in 0..12 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            doc.extend_from_slice(pieces[(seed >> 40) as usize % pieces.len()]);
        }
        let r = pipeline.process_bytes("x.txt", &doc);
        // Segments tile the normalized text (lossless), in order.
        let mut pos = 0;
        for s in &r.segments {
            assert_eq!(s.start, pos);
            pos = s.end;
        }
        assert!(
            !r.problems
                .iter()
                .any(|p| p.message.contains("internal error")),
            "{doc:?}: {:?}",
            r.problems
        );
    }
}

#[test]
fn a_deep_folder_tree_is_walked_to_the_bottom() {
    // 400 nested folders (walkdir keeps a bounded number of folders open), a directive
    // at the bottom and one half-way.
    let dir = tempdir();
    let root = dir.path().join("in");
    let mut deep = root.clone();
    let seed = std::fs::read(repo().join("corpus/seeds/002_a6ab90202821462d.txt")).unwrap();
    for level in 0..400 {
        deep.push("d");
        if level == 200 {
            fs::create_dir_all(&deep).unwrap();
            fs::write(deep.join("half.txt"), &seed).unwrap();
        }
    }
    fs::create_dir_all(&deep).unwrap();
    fs::write(deep.join("bottom.txt"), &seed).unwrap();
    let out = dir.path().join("out");
    let o = vanban(&[
        "process",
        root.to_str().unwrap(),
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
    let records = read_jsonl(&out.join("documents.jsonl"));
    assert_eq!(records.len(), 2);
    for r in &records {
        assert_eq!(r["status"], "ok", "{}", problems(r));
        assert_eq!(r["ref"], "275-CV/ĐUK");
    }
    let bottom = format!("{}bottom.txt", "d/".repeat(400));
    assert!(records.iter().any(|r| r["path"] == bottom.as_str()));
}

#[test]
fn a_record_keeps_at_most_max_tasks_and_max_citations_and_says_so() {
    // Twenty items, each citing one directive: over the limits of 5 tasks and 7
    // citations, the first ones in text order are kept everywhere (the record,
    // tasks.csv, the graph), and the record says how many there were.
    let mut text = String::from(
        "UBND TỈNH LONG AN\nSố: 12/KH-UBND\nLong An, ngày 1 tháng 2 năm 2021\nKẾ HOẠCH\n\
         Về việc thực hiện các chỉ thị\n",
    );
    for n in 1..=20 {
        text +=
            &format!("{n}. Sở Y tế báo cáo kết quả thực hiện.\nCăn cứ Chỉ thị số {n}/CT-TTg;\n");
    }
    text += "Nơi nhận:\n- Như trên;\n- Lưu VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Út\n";
    let dir = tempdir();
    let root = dir.path().join("in");
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("kh.txt"), &text).unwrap();
    let run = |name: &str, limits: &[&str]| {
        let out = dir.path().join(name);
        let record = process_records(&root, &out, limits).remove(0);
        let csv_rows = fs::read_to_string(out.join("tasks.csv"))
            .unwrap()
            .lines()
            .count()
            - 1;
        let graph: Value =
            serde_json::from_str(&fs::read_to_string(out.join("graph.json")).unwrap()).unwrap();
        (record, csv_rows, graph["edges"].as_array().unwrap().len())
    };
    // One field of each entry of a record's list.
    let each = |r: &Value, list: &str, field: &str| -> Vec<String> {
        r[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e[field].as_str().unwrap().to_string())
            .collect()
    };
    let labels = |r: &Value| each(r, "tasks", "label");
    let refs = |r: &Value| each(r, "citations", "ref");

    let (record, rows, edges) = run("cut", &["--max-tasks", "5", "--max-citations", "7"]);
    assert_eq!(labels(&record), ["1", "2", "3", "4", "5"]);
    assert_eq!(
        refs(&record),
        (1..=7).map(|n| format!("{n}/CT-TTg")).collect::<Vec<_>>()
    );
    assert_eq!((rows, edges), (5, 7));
    assert_eq!(
        problems(&record),
        "20 tasks found, only the first 5 kept (--max-tasks) | \
         20 citations found, only the first 7 kept (--max-citations)"
    );
    assert_eq!(record["review"], true);
    assert!(record["problems"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["kind"] == "limit"));
    // The catalogue fields are read as usual.
    assert_eq!(record["ref"], "12/KH-UBND");
    assert_eq!(record["status"], "ok");

    // At the limit nothing is cut; 0 is no limit; the defaults are far above.
    for (name, limits) in [
        ("equal", &["--max-tasks", "20", "--max-citations", "20"][..]),
        ("none", &["--max-tasks", "0", "--max-citations", "0"][..]),
        ("default", &[][..]),
    ] {
        let (record, rows, edges) = run(name, limits);
        assert_eq!(labels(&record).len(), 20, "{name}");
        assert_eq!(refs(&record).len(), 20, "{name}");
        assert_eq!((rows, edges), (20, 20), "{name}");
        assert_eq!(problems(&record), "", "{name}");
    }
}
