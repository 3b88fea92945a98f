//! The decoder (UTF-8/UTF-16, legacy encodings by scoring) and normalization on
//! arbitrary bytes: never panics, and normalizing twice changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok((text, _)) = vanban_text::decode(bytes) {
        let (once, _) = vanban_text::normalize(&text);
        let (twice, _) = vanban_text::normalize(&once);
        assert_eq!(once, twice, "normalization is not idempotent");
    }
});
