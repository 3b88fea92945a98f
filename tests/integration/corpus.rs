//! The hand-written expected records of `corpus/` and of the held-out sets
//! (`tests/held_out/holdout/`, `tests/held_out/holdout2/`).

use crate::common::*;
use serde_json::Value;
use std::collections::BTreeSet;
use vanban::Pipeline;
use vanban_lexicon::Lexicon;

/// Run the pipeline on every document of every expected set below `dir`; return
/// (fields compared, fields right, mismatch lines, records).
pub(crate) fn score(dir: &std::path::Path) -> (usize, usize, Vec<String>, Vec<(Value, Value)>) {
    score_damaged(dir, |bytes| bytes)
}

/// [`score`], each file's bytes first passed through `damage`.
fn score_damaged(
    dir: &std::path::Path,
    damage: impl Fn(Vec<u8>) -> Vec<u8>,
) -> (usize, usize, Vec<String>, Vec<(Value, Value)>) {
    let pipeline = Pipeline::new(Lexicon::builtin());
    let (mut n, mut ok) = (0, 0);
    let mut misses = Vec::new();
    let mut pairs = Vec::new();
    for (folder, docs) in expected_sets(dir) {
        for want in docs {
            let path = want["path"].as_str().expect("path");
            let bytes = damage(
                std::fs::read(folder.join(path))
                    .unwrap_or_else(|e| panic!("{}: {e}", folder.join(path).display())),
            );
            let got =
                serde_json::to_value(pipeline.process_bytes(path, &bytes)).expect("record to JSON");
            let failed = want["status"] == "failed";
            let fields = if failed { 1 } else { FIELDS.len() };
            let bad = mismatches(&want, &got);
            n += fields;
            ok += fields - bad.iter().filter(|m| !m.starts_with("annotations")).count();
            misses.extend(
                bad.into_iter()
                    .map(|m| format!("{}/{path}: {m}", folder.display())),
            );
            pairs.push((want, got));
        }
    }
    (n, ok, misses, pairs)
}

#[test]
fn every_corpus_record_matches_field_by_field() {
    let (n, ok, misses, pairs) = score(&repo().join("corpus"));
    assert!(
        misses.is_empty(),
        "{} of {n} fields differ from the hand-written expected records:\n{}\n\
         help: the expected records are ground truth written from each text (corpus/CONVENTIONS.md); \
         fix the extractor, not the record, unless the record misreads its text",
        n - ok,
        misses.join("\n")
    );
    // The corpus is what the issue asks for: 2 seeds and at least 40 more documents.
    assert!(
        pairs.len() >= 42 + 2,
        "only {} documents have expected records",
        pairs.len()
    );
}

#[test]
fn corpus_covers_both_systems_many_types_provinces_and_damage() {
    let (_, _, _, pairs) = score(&repo().join("corpus"));
    let wants: Vec<&Value> = pairs.iter().map(|p| &p.0).collect();
    let set = |f: &str| {
        wants
            .iter()
            .map(|w| field(w, f))
            .filter(|v| !v.is_null())
            .map(|v| v.to_string())
            .collect::<BTreeSet<_>>()
    };
    assert!(set("system").len() == 2, "party and state documents");
    let types = set("type_name");
    assert!(types.len() >= 8, "at least eight types: {types:?}");
    let provinces: BTreeSet<_> = set("jurisdiction")
        .into_iter()
        .filter(|j| !j.contains("Trung ương") && !j.contains("Quốc gia"))
        .collect();
    assert!(
        provinces.len() >= 4,
        "at least four provinces: {provinces:?}"
    );
    assert!(
        set("jurisdiction").iter().any(|j| j.contains("Trung ương"))
            && set("jurisdiction").iter().any(|j| j.contains("Quốc gia"))
    );
    let damaged = wants
        .iter()
        .filter(|w| {
            w.get("damage")
                .is_some_and(|d| d.as_array().is_some_and(|a| !a.is_empty()))
        })
        .count();
    assert!(damaged >= 8, "several damaged files: {damaged}");
}

/// Score the expected records under `dir`, print the misses, and fail below `bar`.
fn assert_fields_share(dir: &str, bar: f64, what: &str) {
    let (n, ok, misses, _) = score(&repo().join(dir));
    let share = ok as f64 / n as f64;
    eprintln!("{what} fields: {ok}/{n} = {share:.3}");
    for m in &misses {
        eprintln!("  {m}");
    }
    assert!(share >= bar, "{what} directives score {share:.3} < {bar}");
}

/// Every hand-written set: the corpus, the held-out and the unseen damaged sets.
const HAND_WRITTEN_SETS: [&str; 4] = [
    "corpus",
    "tests/held_out",
    "tests/damaged_unseen",
    "tests/damaged_unseen2",
];

/// A damage done to a text, as its bytes.
pub(crate) type Damage = fn(&[u8]) -> Vec<u8>;

/// `damage` applied to the text of `bytes`: in UTF-8, legacy one-byte encodings and
/// CRLF files alike (the damages below touch only ASCII spaces and line ends); UTF-16
/// files are decoded, damaged and written back with their byte-order mark.
pub(crate) fn damage_text(bytes: Vec<u8>, damage: Damage) -> Vec<u8> {
    let unit: fn([u8; 2]) -> u16 = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => u16::from_le_bytes,
        Some([0xFE, 0xFF]) => u16::from_be_bytes,
        _ => return damage(&bytes),
    };
    let units: Vec<u16> = bytes[2..]
        .chunks_exact(2)
        .map(|c| unit([c[0], c[1]]))
        .collect();
    let text = String::from_utf16(&units).expect("the UTF-16 test files are valid");
    let damaged = String::from_utf8(damage(text.as_bytes())).expect("UTF-8 stays UTF-8");
    let mut out = bytes[..2].to_vec();
    for u in damaged.encode_utf16() {
        out.extend(if bytes[0] == 0xFF {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    out
}

/// Without their blank lines, as OCR and copies out of PDFs often leave a directive:
/// the header's blocks then touch (`Về việc …` / `-----` / `THỦ TƯỚNG CHÍNH PHỦ điện:`),
/// the trích yếu runs into the preamble or the first paragraph. A line of spaces, tabs
/// and `\r` is blank.
pub(crate) fn drop_blank_lines(text: &[u8]) -> Vec<u8> {
    text.split_inclusive(|&b| b == b'\n')
        .filter(|line| {
            !line
                .iter()
                .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
        })
        .flatten()
        .copied()
        .collect()
}

/// With every line of prose longer than 90 bytes broken at spaces, as a scan keeps the
/// printed lines: names, places and dates then run across line ends (`tỉnh` / `Quảng
/// Bình`, `các Vụ: KTTH, CN,` / `TH;`). Lines laid out in columns (runs of spaces,
/// tabs) are left alone: a scan does not break those mid-column.
pub(crate) fn wrap_long_lines(text: &[u8]) -> Vec<u8> {
    const WIDTH: usize = 90;
    let mut out = Vec::with_capacity(text.len() + text.len() / 40);
    for line in text.split_inclusive(|&b| b == b'\n') {
        let body_len = line.len()
            - line
                .iter()
                .rev()
                .take_while(|&&b| b == b'\n' || b == b'\r')
                .count();
        let (body, end) = line.split_at(body_len);
        let columns = body.windows(3).any(|w| w == b"   ") || body.contains(&b'\t');
        if body.len() <= WIDTH || columns {
            out.extend_from_slice(line);
            continue;
        }
        let mut piece = 0;
        for word in body.split(|&b| b == b' ') {
            if piece > 0 && piece + 1 + word.len() > WIDTH {
                out.extend_from_slice(if end.is_empty() { b"\n" } else { end });
                piece = 0;
            } else if piece > 0 {
                out.push(b' ');
                piece += 1;
            }
            out.extend_from_slice(word);
            piece += word.len();
        }
        out.extend_from_slice(end);
    }
    out
}

/// What a scan or a copy does to a directive's lines, alone and together (the field
/// and task damage tests run each).
pub(crate) const LINE_DAMAGES: [(&str, Damage); 3] = [
    ("blank lines dropped", drop_blank_lines),
    ("long lines wrapped", wrap_long_lines),
    ("blank lines dropped and long lines wrapped", |text| {
        wrap_long_lines(&drop_blank_lines(text))
    }),
];

#[test]
fn dropping_blank_lines_or_wrapping_long_ones_changes_no_field() {
    // Every hand-written set (the corpus, the held-out and the unseen damaged sets): the
    // same fields right and wrong once damaged as before.
    for (what, damage) in LINE_DAMAGES {
        let mut checked = 0;
        for dir in HAND_WRITTEN_SETS {
            let (n, _, misses, _) = score(&repo().join(dir));
            let (n2, _, misses2, _) =
                score_damaged(&repo().join(dir), |bytes| damage_text(bytes, damage));
            assert_eq!(n, n2);
            let new: Vec<&str> = misses2
                .iter()
                .filter(|m| !misses.contains(m))
                .map(String::as_str)
                .collect();
            assert!(
                new.is_empty(),
                "{dir}, {what}: fields wrong only now:\n{}",
                new.join("\n")
            );
            checked += n;
        }
        assert!(checked > 2000, "{what}: {checked} fields");
    }
}

/// Without any diacritics, as some offices type: `Quyet dinh so 12/QD-UBND`, `ngay 5
/// thang 3 nam 2021`, `(da ky)`. Files in a legacy encoding are left as they are.
pub(crate) fn drop_diacritics(text: &[u8]) -> Vec<u8> {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    let Ok(text) = std::str::from_utf8(text) else {
        return text.to_vec();
    };
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'Đ' | 'Ð' => 'D',
            'đ' | 'ð' => 'd',
            c => c,
        })
        .collect::<String>()
        .into_bytes()
}

#[test]
fn typed_without_diacritics_nearly_every_field_still_reads() {
    // Every hand-written set with its diacritics dropped, each field compared with the
    // expected value folded the same way (lower case, no marks): 2,181 of 2,187 right
    // when this test was written (the misses: a system and a province read only from
    // marked words), all 2,187 once the motto and province patterns read bare letters
    // too; the bar keeps what was reached.
    let folded = |v: &Value, f: &str| -> Value {
        match norm(v, f) {
            Value::String(s) => Value::String(vanban_lexicon::fold(&s)),
            Value::Array(a) => Value::Array(
                a.iter()
                    .map(|x| Value::String(vanban_lexicon::fold(x.as_str().unwrap_or(""))))
                    .collect(),
            ),
            other => other,
        }
    };
    let (mut n, mut ok, mut misses) = (0, 0, Vec::new());
    for dir in HAND_WRITTEN_SETS {
        let (_, _, _, pairs) = score_damaged(&repo().join(dir), |bytes| {
            damage_text(bytes, drop_diacritics)
        });
        for (want, got) in pairs {
            let fields: &[&str] = if want["status"] == "failed" {
                &["status"]
            } else {
                &FIELDS
            };
            for f in fields {
                n += 1;
                let (w, g) = (folded(&field(&want, f), f), folded(&field(&got, f), f));
                if w == g {
                    ok += 1;
                } else {
                    misses.push(format!("{}: {f}: want {w} got {g}", want["path"]));
                }
            }
        }
    }
    let share = ok as f64 / n as f64;
    eprintln!(
        "without diacritics: {ok}/{n} = {share:.4}\n{}",
        misses.join("\n")
    );
    assert_eq!(ok, n, "fields right without diacritics");
}

#[test]
fn typed_without_diacritics_nearly_every_citation_is_still_found() {
    // The expected citations of every hand-written set that are found as printed,
    // found again with the diacritics dropped (`Thuc hien Chi thi so 16/CT-TTg ngay
    // 31/3/2020 cua Thu tuong Chinh phu`): same target key (folded) and relation.
    // Before, 5 of the corpus's 102: the patterns asked for `số`, `ngày`, `của` and the
    // type words with their marks; now every one.
    let key = |c: &Value| {
        (
            vanban_lexicon::fold(c["target_key"].as_str().unwrap_or("")),
            c["relation"].as_str().unwrap_or("").to_string(),
        )
    };
    let keys = |record: &Value| -> BTreeSet<_> {
        record["citations"]
            .as_array()
            .map(|a| a.iter().map(key).collect())
            .unwrap_or_default()
    };
    let (mut n, mut found, mut misses) = (0, 0, Vec::new());
    for dir in HAND_WRITTEN_SETS {
        let (_, _, _, printed) = score(&repo().join(dir));
        let (_, _, _, bare) = score_damaged(&repo().join(dir), |bytes| {
            damage_text(bytes, drop_diacritics)
        });
        for ((want, as_printed), (_, without)) in printed.iter().zip(&bare) {
            let (as_printed, without) = (keys(as_printed), keys(without));
            for c in want["citations"].as_array().into_iter().flatten() {
                if !as_printed.contains(&key(c)) {
                    continue;
                }
                n += 1;
                if without.contains(&key(c)) {
                    found += 1;
                } else {
                    misses.push(format!("{}: {:?}", want["path"], key(c)));
                }
            }
        }
    }
    eprintln!(
        "citations without diacritics: {found}/{n}\n{}",
        misses.join("\n")
    );
    assert!(n > 140, "{n} expected citations found as printed");
    assert_eq!(
        found,
        n,
        "citations found without diacritics:\n{}",
        misses.join("\n")
    );
}

#[test]
fn the_damages_do_what_they_say() {
    assert_eq!(drop_blank_lines(b"a\r\n \t\r\nb\n\n\nc"), b"a\r\nb\nc");
    let long = "Đợt lũ lịch sử từ ngày 06/10/2020 trên địa bàn huyện Lệ Thủy, tỉnh Quảng Bình đã gây ngập toàn bộ thôn.\r\n";
    let wrapped = String::from_utf8(wrap_long_lines(long.as_bytes())).unwrap();
    assert_eq!(wrapped.replace("\r\n", " ").trim_end(), long.trim_end());
    assert!(
        wrapped.lines().count() == 2 && wrapped.lines().all(|l| l.len() <= 90),
        "{wrapped}"
    );
    let columns = "Nơi nhận:                                           KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG CHÍNH PHỦ\n";
    assert_eq!(wrap_long_lines(columns.as_bytes()), columns.as_bytes());
    // UTF-16 comes back whole, with its byte-order mark.
    let utf16 = |s: &str| -> Vec<u8> {
        [0xFF, 0xFE]
            .into_iter()
            .chain(s.encode_utf16().flat_map(u16::to_le_bytes))
            .collect()
    };
    assert_eq!(
        damage_text(utf16("Số 1\r\n\r\nHà Nội\n"), drop_blank_lines),
        utf16("Số 1\r\nHà Nội\n")
    );
    assert_eq!(
        drop_diacritics("Số 12/QĐ-UBND ngày".as_bytes()),
        b"So 12/QD-UBND ngay"
    );
    assert_eq!(
        drop_diacritics(b"\xa7\xb8"),
        b"\xa7\xb8",
        "legacy bytes untouched"
    );
    // Most files had blank lines to lose.
    let seed = std::fs::read(repo().join("corpus/seeds/002_a6ab90202821462d.txt")).unwrap();
    assert!(drop_blank_lines(&seed).len() < seed.len());
}

#[test]
fn held_out_directives_score_at_least_95_percent() {
    assert_fields_share("tests/held_out", 0.95, "held-out");
}

#[test]
fn seeds_give_exactly_their_expected_records() {
    let (n, ok, misses, _) = score(&repo().join("corpus/seeds"));
    assert_eq!(ok, n, "{}", misses.join("\n"));
}

#[test]
fn a_tcvn3_document_with_headings_in_the_capitals_font_reads_like_the_original() {
    // See tests/data/legacy/README.md: seed 002, headings lower-cased as .VnTimeH
    // decodes them, encoded TCVN3 by glibc iconv.
    let bytes = std::fs::read(repo().join("tests/data/legacy/tcvn3_capitals_font.txt")).unwrap();
    let got = serde_json::to_value(
        Pipeline::new(Lexicon::builtin()).process_bytes("002_a6ab90202821462d.txt", &bytes),
    )
    .unwrap();
    let seeds: Value =
        serde_json::from_slice(&std::fs::read(repo().join("corpus/seeds/expected.json")).unwrap())
            .unwrap();
    let want = seeds["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["path"] == "002_a6ab90202821462d.txt")
        .expect("seed 002's expected record");
    let problems = got["problems"].to_string();
    assert!(problems.contains("decoded as TCVN3"), "{problems}");
    assert!(problems.contains("capitals restored"), "{problems}");
    for f in [
        "ref",
        "type",
        "issuer",
        "jurisdiction",
        "place",
        "date",
        "subject",
        "recipients",
        "signature",
        "distribution",
    ] {
        // Exact, not caseless: the headings must come back in capitals.
        assert_eq!(want[f], got[f], "{f}");
    }
}

/// Issue 5's bar: on damaged directive texts never seen while vanban was written (OCR
/// dropped letters of the landmarks, digits read as letters, words broken across lines;
/// `tests/damaged_unseen/README.md`), at least 90% of the fields are right.
#[test]
fn unseen_damaged_directives_score_at_least_90_percent() {
    assert_fields_share("tests/damaged_unseen", 0.90, "unseen damaged");
}

/// The same bar on a second damaged set, written after the OCR repairs landed by
/// someone who never saw vanban's code or output (`tests/damaged_unseen2/README.md`):
/// its first run is the honest measure of the repairs on text they were not fitted to.
#[test]
fn second_unseen_damaged_set_scores_at_least_90_percent() {
    assert_fields_share("tests/damaged_unseen2", 0.90, "second unseen damaged");
}

/// Issue 5's calibration bar: an archivist reviews only the flagged records, so the
/// records *not* flagged must be right — at least 99% of their fields on every test
/// corpus with hand-written records. Also prints how many are flagged.
#[test]
fn records_not_flagged_for_review_are_right() {
    let (mut n, mut ok) = (0, 0);
    for dir in HAND_WRITTEN_SETS {
        let (mut flagged, mut total) = (0, 0);
        for (want, got) in score(&repo().join(dir)).3 {
            total += 1;
            if got["review"] == true {
                flagged += 1;
                continue;
            }
            let fields = if want["status"] == "failed" {
                1
            } else {
                FIELDS.len()
            };
            let bad = mismatches(&want, &got)
                .iter()
                .filter(|m| !m.starts_with("annotations"))
                .count();
            n += fields;
            ok += fields - bad;
        }
        eprintln!("{dir}: {flagged} of {total} records flagged for review");
    }
    let share = ok as f64 / n as f64;
    eprintln!("fields right among records not flagged: {ok}/{n} = {share:.4}");
    assert!(share >= 0.99, "unflagged records right {share:.4} < 0.99");
}
