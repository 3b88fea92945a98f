//! The generator through its public API: layout, determinism, expected records that
//! parse and hold together, texts that contain what their records say.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;
use vanban_gen::{generate, GenOptions, GenReport};

/// A folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("vanban-gen-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn opts(docs: usize, seed: u64, shard_size: usize) -> GenOptions {
    GenOptions {
        docs,
        seed,
        shard_size,
        ..Default::default()
    }
}

/// Every file under `dir`, relative path → bytes, in sorted order.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// (shard folder, record) for every expected record of the archive.
fn records(dir: &Path) -> Vec<(PathBuf, Value)> {
    let mut shards: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    shards.sort();
    let mut out = Vec::new();
    for s in shards {
        let text = std::fs::read_to_string(s.join("expected.json")).unwrap();
        let v: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", s.join("expected.json").display()));
        assert!(v["note"].is_string());
        for d in v["documents"].as_array().expect("documents") {
            out.push((s.clone(), d.clone()));
        }
    }
    out
}

/// The text of a file as a reader would see it after repairing the damage.
fn decoded(bytes: &[u8]) -> String {
    let s = if bytes.starts_with(&[0xFF, 0xFE]) {
        let u: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&u).unwrap()
    } else {
        String::from_utf8(bytes.to_vec()).unwrap()
    };
    s.nfc()
        .collect::<String>()
        .replace('\u{D0}', "\u{110}")
        .replace("\r\n", "\n")
}

/// Single-spaced, without the `*` decoration of a trích yếu.
fn flat(s: &str) -> String {
    s.replace('*', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str().unwrap_or_else(|| panic!("{k} in {v}"))
}

#[test]
fn layout_report_and_records_hold_together() {
    let dir = TempDir::new("layout");
    let report = generate(&opts(250, 3, 100), &dir.0).unwrap();
    assert_eq!(report.docs, 250);
    assert_eq!(report.shards, 3);
    let all = files(&dir.0);
    for shard in ["0000", "0001", "0002"] {
        let n = all
            .keys()
            .filter(|k| k.starts_with(&format!("{shard}/")) && k.ends_with(".txt"))
            .count();
        assert_eq!(n, if shard == "0002" { 50 } else { 100 }, "{shard}");
        assert!(all.contains_key(&format!("{shard}/expected.json")));
    }
    let recs = records(&dir.0);
    assert_eq!(recs.len(), 250);
    let bytes: u64 = all
        .iter()
        .filter(|(k, _)| k.ends_with(".txt"))
        .map(|(_, v)| v.len() as u64)
        .sum();
    assert_eq!(report.bytes, bytes);

    let ids: BTreeSet<&str> = recs.iter().map(|(_, r)| s(r, "id")).collect();
    assert_eq!(ids.len(), recs.len(), "ids are unique");
    let mut citations = 0;
    let mut in_archive = 0;
    for (shard, r) in &recs {
        let path = s(r, "path");
        assert!(!path.contains('/'), "{path}");
        assert!(
            shard.join(path).is_file(),
            "{path} exists in {}",
            shard.display()
        );
        // The id follows SCHEMA.md §3.
        let date = s(r, "date");
        assert!(s(r, "id").ends_with(&format!("/{}/{}", &date[..4], s(r, "ref"))));
        for c in r["citations"].as_array().unwrap() {
            citations += 1;
            if let Some(t) = c["target"].as_str() {
                in_archive += 1;
                assert!(
                    ids.contains(t),
                    "{path}: target {t} is a generated document"
                );
                assert_eq!(t, s(c, "target_key"));
            }
        }
    }
    assert_eq!(report.citations, citations);
    assert_eq!(report.citations_in_archive, in_archive);
    assert!(
        in_archive > 0 && in_archive < citations,
        "{in_archive} of {citations}"
    );
}

#[test]
fn same_options_same_bytes_and_another_seed_differs() {
    let a = TempDir::new("det-a");
    let b = TempDir::new("det-b");
    let c = TempDir::new("det-c");
    let o = GenOptions {
        docs: 200,
        seed: 11,
        damaged_share: 0.3,
        shard_size: 64,
    };
    let ra = generate(&o, &a.0).unwrap();
    let rb = generate(&o, &b.0).unwrap();
    assert_eq!(ra, rb);
    let fa = files(&a.0);
    assert_eq!(fa, files(&b.0), "byte-identical");
    let rc = generate(&GenOptions { seed: 12, ..o }, &c.0).unwrap();
    let fc = files(&c.0);
    assert_ne!(fa, fc, "another seed, another archive");
    assert_eq!(rc.docs, 200);
}

#[test]
fn texts_contain_what_their_records_say() {
    let dir = TempDir::new("texts");
    generate(
        &GenOptions {
            docs: 300,
            seed: 21,
            damaged_share: 0.25,
            shard_size: 1000,
        },
        &dir.0,
    )
    .unwrap();
    let mut damaged = 0;
    for (shard, r) in records(&dir.0) {
        let path = s(&r, "path");
        let bytes = std::fs::read(shard.join(path)).unwrap();
        let is_damaged = r
            .get("damage")
            .is_some_and(|d| !d.as_array().unwrap().is_empty());
        let text = if is_damaged {
            damaged += 1;
            decoded(&bytes)
        } else {
            // Undamaged files are plain UTF-8, NFC, LF.
            let t = String::from_utf8(bytes).expect("UTF-8");
            assert_eq!(t.nfc().collect::<String>(), t, "{path}: NFC");
            assert!(!t.contains('\r') && !t.contains('\u{D0}'), "{path}");
            t
        };
        let flat_text = flat(&text);
        let want = |v: &str, what: &str| {
            assert!(
                flat_text.contains(&flat(v)),
                "{path}: {what} {v:?} not in the text"
            );
        };
        want(s(&r, "ref"), "ref");
        want(s(&r, "subject"), "subject");
        want(s(&r, "place"), "place");
        want(s(&r["signature"], "name"), "signer");
        // The issuer's lines may stand apart (two-column headers): each word is there.
        for w in s(&r["issuer"], "name").split(' ') {
            want(w, "issuer word");
        }
        if let Some(p) = r["issuer"]["parent"].as_str() {
            want(p, "parent");
        }
        if let Some(a) = r["signature"]["authority"].as_str() {
            // Formula lines may stand beside Nơi nhận lines: each word is there.
            for w in a.split(' ') {
                want(w, "authority word");
            }
        }
        for e in r["recipients"].as_array().unwrap() {
            want(e.as_str().unwrap(), "recipient");
        }
        for e in r["distribution"].as_array().unwrap() {
            want(e.as_str().unwrap(), "distribution");
        }
        // The header date.
        let date = s(&r, "date");
        let (y, m, d) = (&date[..4], &date[5..7], &date[8..10]);
        let m = if m.starts_with('0') && m != "01" && m != "02" {
            &m[1..]
        } else {
            m
        };
        want(&format!("ngày {d} tháng {m} năm {y}"), "date");
        // Citations with a number are printed with it; tasks' assignees too.
        for c in r["citations"].as_array().unwrap() {
            if let Some(rf) = c["ref"].as_str() {
                want(rf, "cited ref");
            }
        }
        for t in r["tasks"].as_array().unwrap() {
            for a in t["assignees"].as_array().unwrap() {
                want(a.as_str().unwrap(), "assignee");
            }
            if t["assignees_implicit"].as_bool().unwrap() {
                assert!(t["assignees"].as_array().unwrap().is_empty());
            }
            assert!(
                !t["actions"].as_array().unwrap().is_empty(),
                "{path}: a task asks for something"
            );
        }
    }
    assert!(
        (30..=130).contains(&damaged),
        "{damaged} damaged of 300 at 25%"
    );
}

#[test]
fn damaged_share_is_respected_at_the_ends() {
    for (share, want) in [(0.0, 0usize), (1.0, 60)] {
        let dir = TempDir::new(&format!("share-{share}"));
        generate(
            &GenOptions {
                docs: 60,
                seed: 4,
                damaged_share: share,
                shard_size: 1000,
            },
            &dir.0,
        )
        .unwrap();
        let n = records(&dir.0)
            .iter()
            .filter(|(_, r)| r.get("damage").is_some())
            .count();
        assert_eq!(n, want, "share {share}");
    }
}

#[test]
fn records_have_the_shape_of_the_hand_written_corpus() {
    // The keys of a record, a task and a citation, as in corpus/*/expected.json.
    let dir = TempDir::new("shape");
    generate(&opts(120, 8, 1000), &dir.0).unwrap();
    let record_keys: BTreeSet<&str> = [
        "path",
        "status",
        "system",
        "ref",
        "number",
        "type",
        "issuer",
        "jurisdiction",
        "id",
        "place",
        "date",
        "subject",
        "recipients",
        "distribution",
        "signature",
        "tasks",
        "citations",
        "not_citations",
    ]
    .into_iter()
    .collect();
    let optional: BTreeSet<&str> = ["annotations", "damage"].into_iter().collect();
    let mut types = BTreeSet::new();
    let mut systems = BTreeSet::new();
    for (_, r) in records(&dir.0) {
        let keys: BTreeSet<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
        assert!(record_keys.is_subset(&keys), "{keys:?}");
        assert!(
            keys.difference(&record_keys).all(|k| optional.contains(k)),
            "{keys:?}"
        );
        assert_eq!(s(&r, "status"), "ok");
        let ty: BTreeSet<&str> = r["type"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(ty, ["code", "name"].into_iter().collect());
        let iss: BTreeSet<&str> = r["issuer"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(iss, ["code", "name", "parent"].into_iter().collect());
        let sig: BTreeSet<&str> = r["signature"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(sig, ["authority", "name", "title"].into_iter().collect());
        for t in r["tasks"].as_array().unwrap() {
            let k: BTreeSet<&str> = t.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(
                k,
                [
                    "actions",
                    "assignees",
                    "assignees_implicit",
                    "coordinators",
                    "deadline",
                    "label"
                ]
                .into_iter()
                .collect()
            );
            if let Some(d) = t["deadline"].as_object() {
                assert!(d.contains_key("date") && d.contains_key("every"));
                assert!(!(d["date"].is_null() && d["every"].is_null()));
            }
        }
        for c in r["citations"].as_array().unwrap() {
            let k: BTreeSet<&str> = c.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(
                k,
                [
                    "date",
                    "issuer",
                    "jurisdiction",
                    "ref",
                    "relation",
                    "target",
                    "target_key",
                    "type"
                ]
                .into_iter()
                .collect()
            );
        }
        // A state công văn has no type code, every other document has one.
        let state_cv = s(&r, "system") == "state" && r["type"]["name"] == "Công văn";
        assert_eq!(r["type"]["code"].is_null(), state_cv);
        types.insert(s(&r["type"], "name").to_string());
        systems.insert(s(&r, "system").to_string());
    }
    assert_eq!(systems.len(), 2);
    assert!(types.len() >= 7, "{types:?}");
}

#[test]
fn refs_collide_and_citations_still_name_one_document() {
    let dir = TempDir::new("collide");
    let report: GenReport = generate(&opts(1200, 2, 1000), &dir.0).unwrap();
    let recs = records(&dir.0);
    // ref → ids of the documents that carry it.
    let mut by_ref: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (_, r) in &recs {
        by_ref.entry(s(r, "ref")).or_default().insert(s(r, "id"));
    }
    let mut ambiguous_cited = 0;
    let mut cross_province = 0;
    let mut jurisdictions = BTreeSet::new();
    for (_, r) in &recs {
        jurisdictions.insert(s(r, "jurisdiction"));
        for c in r["citations"].as_array().unwrap() {
            let (Some(rf), Some(t)) = (c["ref"].as_str(), c["target"].as_str()) else {
                continue;
            };
            let same = &by_ref[rf];
            assert!(same.contains(t));
            if same.len() > 1 {
                ambiguous_cited += 1;
                // The cited document is told apart by jurisdiction or by date.
                assert!(
                    c["date"].is_string(),
                    "a colliding ref is cited with its date"
                );
                let others_same_place = same
                    .iter()
                    .filter(|id| **id != t && id.split('/').next() == t.split('/').next())
                    .count();
                if others_same_place == 0 {
                    cross_province += 1;
                }
            }
        }
    }
    assert!(
        ambiguous_cited >= 5,
        "{ambiguous_cited} citations of colliding refs"
    );
    assert!(cross_province >= 1, "same ref in two jurisdictions");
    assert!(jurisdictions.contains("Trung ương") && jurisdictions.contains("Quốc gia"));
    assert!(jurisdictions.len() >= 15, "{jurisdictions:?}");
    assert!(report.citations > 1000);
}
