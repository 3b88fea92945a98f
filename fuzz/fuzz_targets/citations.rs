//! The citation finder on arbitrary text cut into arbitrary zones: never panics, and
//! every citation's span lies inside the text on char boundaries.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use vanban_citelink::Finder;
use vanban_lexicon::Lexicon;

static FINDER: LazyLock<Finder> = LazyLock::new(|| Finder::new(Lexicon::builtin()));

fuzz_target!(|bytes: &[u8]| {
    // The first byte chooses how many zones the text is cut into.
    let Some((&cuts, rest)) = bytes.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let n = (cuts % 8) as usize + 1;
    let mut zones = Vec::new();
    let mut start = 0;
    for k in 1..=n {
        let end = if k == n || bounds.is_empty() {
            text.len()
        } else {
            bounds[bounds.len() * k / n].max(start)
        };
        zones.push((start, end));
        start = end;
    }
    for c in FINDER.find(&text, &zones, Some("Bến Tre"), Some("275-CV/ĐUK")) {
        let (s, e) = (c.start, c.end);
        assert!(s <= e && e <= text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
    }
});
