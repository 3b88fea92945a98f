//! The inputs that fuzzing found crashes with (`tests/data/fuzz/<target>/`), run through
//! the same code and checks as the fuzz targets of `fuzz/`, so the bugs stay fixed.

use crate::common::repo;
use std::path::PathBuf;
use std::sync::LazyLock;
use vanban::Pipeline;
use vanban_citelink::Finder;
use vanban_lexicon::Lexicon;

static PIPELINE: LazyLock<Pipeline> =
    LazyLock::new(|| Pipeline::new(Lexicon::builtin()).with_sentences(true));
static FINDER: LazyLock<Finder> = LazyLock::new(|| Finder::new(Lexicon::builtin()));

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = repo().join("tests/data/fuzz").join(target);
    let mut v: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    v.sort();
    v.into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

/// The `citations` fuzz target: the first byte says into how many zones to cut.
fn find_in_zones(bytes: &[u8]) {
    let Some((text, zones)) = vanban::fuzz_zones(bytes) else {
        return;
    };
    for c in FINDER.find(&text, &zones, Some("Bến Tre"), Some("275-CV/ĐUK")) {
        assert!(c.start <= c.end && c.end <= text.len());
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
    }
}

#[test]
fn crash_inputs_found_by_fuzzing_no_longer_crash() {
    let pipeline = inputs("pipeline");
    let citations = inputs("citations");
    let decode = inputs("decode");
    assert!(!pipeline.is_empty() && !citations.is_empty());
    for (path, bytes) in pipeline.iter().chain(&decode) {
        let record = PIPELINE.process_bytes_unguarded("fuzz.txt", bytes);
        serde_json::to_string(&record).unwrap();
        assert!(
            !record
                .problems
                .iter()
                .any(|p| p.message.contains("internal error")),
            "{}",
            path.display()
        );
    }
    for (path, bytes) in &citations {
        let outcome = std::panic::catch_unwind(|| find_in_zones(bytes));
        assert!(outcome.is_ok(), "{}", path.display());
    }
    for (path, bytes) in &decode {
        if let Ok((text, _)) = vanban_text::decode(bytes) {
            let (once, _) = vanban_text::normalize(&text);
            assert_eq!(vanban_text::normalize(&once).0, once, "{}", path.display());
        }
    }
}
