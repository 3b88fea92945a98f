//! The citation finder on arbitrary text cut into arbitrary zones: never panics, and
//! every citation's span lies inside the text on char boundaries.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use vanban_citelink::Finder;
use vanban_lexicon::Lexicon;

static FINDER: LazyLock<Finder> = LazyLock::new(|| Finder::new(Lexicon::builtin()));

fuzz_target!(|bytes: &[u8]| {
    let Some((text, zones)) = vanban::fuzz_zones(bytes) else {
        return;
    };
    for c in FINDER.find(&text, &zones, Some("Bến Tre"), Some("275-CV/ĐUK")) {
        let (s, e) = (c.start, c.end);
        assert!(s <= e && e <= text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
    }
});
