//! The whole per-document pipeline (decode, normalize, segment, extract, classify,
//! find citations) on arbitrary bytes, without the panic guard the CLI runs it under.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use vanban::Pipeline;
use vanban_lexicon::Lexicon;

static PIPELINE: LazyLock<Pipeline> =
    LazyLock::new(|| Pipeline::new(Lexicon::builtin()).with_sentences(true));

fuzz_target!(|bytes: &[u8]| {
    let record = PIPELINE.process_bytes_unguarded("fuzz.txt", bytes);
    // Every span the record points at must lie inside the text on char boundaries;
    // serializing walks the whole record.
    let _ = serde_json::to_string(&record);
});
