//! A deterministic generator of synthetic archives: Vietnamese directive documents
//! (party and state công văn, chỉ thị, kế hoạch, kết luận, thông báo, quyết định,
//! hướng dẫn, công điện, nghị quyết) written the way OCR'd copies look, each with the
//! expected record that vanban should produce for it, so that vanban can be scored and
//! timed on corpora of any size (a million documents and more).
//!
//! # Overview
//!
//! [`generate`] writes [`GenOptions::docs`] documents under a folder, shard by shard:
//! `out/0000/`, `out/0001/`, … each holding up to [`GenOptions::shard_size`] files
//! `NNNNNNN_<slug>.txt` and an `expected.json` (`{"note": …, "documents": [...]}`, one
//! record per document, `path` relative to the shard folder) in exactly the shape of the
//! hand-written `corpus/*/expected.json` and following `corpus/CONVENTIONS.md`: catalogue
//! fields, `tasks` (label, assignees, actions, deadline) and `citations` (ref, type,
//! date, issuer, jurisdiction, relation, `target`, `target_key`). The project's scorer
//! (`../shared/tools/score.py`, the integration tests' `mismatches`) reads them as they
//! are. It returns a [`GenReport`].
//!
//! * **A simulated world.** Documents are issued in date order over 2005–2025 (a
//!   narrower window for small archives) by the central party bodies (Ban Chấp hành
//!   Trung ương, Bộ Chính trị, Ban Bí thư, Văn phòng and central boards), the
//!   Government, the Prime Minister and ministries, and by the tỉnh ủy, UBND, sở, đảng
//!   ủy khối, huyện ủy, UBND huyện and đảng ủy xã of the 63 provinces (before 2025).
//!   A share of them goes into the archive; the others are cited all the same, which
//!   gives the citations whose `target` is null.
//! * **Citation chains.** A document implements recent documents of the levels above
//!   it (central → province → district → commune) on the same topic, cites laws by name
//!   and decrees as legal basis, answers a Tờ trình, replaces, amends or repeals an
//!   earlier decision of its own body, mentions documents in its background or in a
//!   task, cites an Điện or the resolution of the party congress. `target` is the `id`
//!   of the cited document when it is in the archive.
//! * **Colliding refs.** Numbering follows the real rules: a party series runs through a
//!   five-year term, a state series through a year, and every province walks the same
//!   sequence of numbers, so `702-CV/TU` is issued by many tỉnh ủy, a province's
//!   `15-CT/TU` comes back in the next term and `06/CT-UBND` every year. Citations always
//!   carry the date, and a cited `/TU` or `/UBND` is the citing document's province's,
//!   so a careful reader resolves every one; ids (`<jurisdiction>/<year>/<ref>`) are
//!   unique.
//! * **Variety.** Five header layouts (two columns side by side, column by column, motto
//!   first, row by row, interleaved), several templates per type (sections `I.`/`II.`,
//!   items `1.`/`1-`/`a)`, dash sub-points, `Điều` with khoản, assessment items that are
//!   not tasks, Căn cứ lines), with or without Kính gửi, closing lines that set a
//!   deadline for every task, footers in sequence or side by side, 28 topics with their
//!   own subjects, backgrounds and task clauses, invented signers stable over a term,
//!   the older `Tỉnh uỷ` spelling.
//! * **Tasks** are written from clauses whose action categories are unambiguous from
//!   their verbs (the cue words of docs/tasks.md); the crate's tests check every clause
//!   and every generated task against a snapshot of the project's cue lexicon.
//! * **Damage** on [`GenOptions::damaged_share`] of the files: `Ð` for `Đ`, NFD, broken
//!   lines, CRLF, UTF-16LE with BOM, listed in the record's `damage`; the expected values
//!   stay clean (NFC, `Đ`).
//! * **Deterministic**: the same options give byte-identical output (a PRNG of the crate,
//!   no hash-map order in the output), and memory stays bounded: only the current
//!   shard's records and small rings of recent documents are kept.
//!
//! # Binaries
//!
//! * `cargo run --release -p vanban-gen --example sample -- DOCS SEED DIR [DAMAGED_SHARE]
//!   [SHARD_SIZE]` writes an archive and prints the report.
//! * `cargo run --release -p vanban-gen --example speed -- [MB] [DIR]` times the writing of
//!   about MB megabytes (default 100). Measured on the project's 2-core VM: 1 GB
//!   (305k documents of 3.3 KB, 305 shards) in 26 s to tmpfs (18 s user, 7 s system,
//!   27 MB peak memory); about 50 s to the VM's ext4, where creating a file costs about
//!   0.1 ms of kernel time. Generation alone (`cargo test --release -p vanban-gen --lib
//!   compute_throughput -- --ignored --nocapture`) runs at about 70 MB/s, 22k documents/s.
//!
//! Scoring vanban with the project's scorer: run it on the whole archive (targets point
//! across shards), then score each shard (the scorer matches records by file name):
//!
//! ```text
//! vanban process --out run OUT
//! python3 ../shared/tools/score.py OUT/0000/expected.json run/documents.jsonl --verbose
//! ```
//!
//! # Known limits
//!
//! * Every document is a complete directive (`status` `ok`); no failed or partial files,
//!   no TCVN3/VNI encodings, no Cyrillic look-alikes, no scrambled tables beyond the
//!   two-column header and footer layouts.
//! * Content is template-made: realistic phrasing, but a few hundred clauses recombined;
//!   signers, commune names and most numbers are invented; districts are real but only
//!   a few per province; the 2025 reorganisation is reflected only in renamed bodies.
//! * A commune party committee's header names its district, not its province: the
//!   expected jurisdiction (the province) needs a reader who knows the district.
//!
//! # Example
//!
//! ```
//! let out = std::env::temp_dir().join(format!("vanban-gen-doc-{}", std::process::id()));
//! let report = vanban_gen::generate(
//!     &vanban_gen::GenOptions { docs: 30, seed: 7, ..Default::default() },
//!     &out,
//! )
//! .unwrap();
//! assert_eq!(report.docs, 30);
//! assert!(out.join("0000/expected.json").is_file());
//! std::fs::remove_dir_all(&out).unwrap();
//! ```
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]

mod bodies;
mod damage;
mod date;
mod geo;
mod json;
mod render;
mod rng;
mod text;
mod topics;
mod world;

#[cfg(test)]
mod tests;

use std::io;
use std::path::Path;

/// What to generate.
#[derive(Debug, Clone, PartialEq)]
pub struct GenOptions {
    /// Number of documents in the archive.
    pub docs: usize,
    /// The seed: the same options give byte-identical output.
    pub seed: u64,
    /// Share of the files (0.0 to 1.0) that carry OCR or encoding damage. Default 0.1.
    pub damaged_share: f64,
    /// Documents per folder. Default 1000.
    pub shard_size: usize,
}

impl Default for GenOptions {
    fn default() -> GenOptions {
        GenOptions {
            docs: 1000,
            seed: 0,
            damaged_share: 0.1,
            shard_size: 1000,
        }
    }
}

/// What was generated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GenReport {
    /// Documents written.
    pub docs: usize,
    /// Total size of the document files, in bytes (the `expected.json` files not counted).
    pub bytes: u64,
    /// Shard folders written.
    pub shards: usize,
    /// Citations in the expected records.
    pub citations: usize,
    /// Of these, citations whose target is a document of the archive.
    pub citations_in_archive: usize,
}

/// Writes a synthetic archive of `opts.docs` documents under `out` (created if missing):
/// shard folders `0000`, `0001`, … with the documents and an `expected.json` each.
pub fn generate(opts: &GenOptions, out: &Path) -> io::Result<GenReport> {
    let shard_size = opts.shard_size.max(1);
    let share = if opts.damaged_share.is_nan() {
        0.0
    } else {
        opts.damaged_share.clamp(0.0, 1.0)
    };
    std::fs::create_dir_all(out)?;
    let shards = opts.docs.div_ceil(shard_size);
    let width = digits(shards.saturating_sub(1)).max(4);
    let mut report = GenReport::default();
    let mut world = world::World::new(opts.docs, opts.seed);
    let mut cache = render::Cache::default();
    let mut json = String::new();
    for s in 0..shards {
        let dir = out.join(format!("{s:0width$}"));
        std::fs::create_dir_all(&dir)?;
        let first = s * shard_size;
        let last = (first + shard_size).min(opts.docs);
        json.clear();
        json.push_str("{\"note\": ");
        text::push_json_str(
            &mut json,
            &format!(
                "Synthetic archive written by vanban-gen (seed {}, {} documents, shard {} of {}): documents invented from templates, expected records written by the generator alongside each text following corpus/CONVENTIONS.md; citation targets are ids of documents anywhere in the archive, or null for documents outside it.",
                opts.seed, opts.docs, s + 1, shards
            ),
        );
        json.push_str(", \"documents\": [\n");
        for i in first..last {
            let doc = make_document(&mut world, &mut cache, share)?;
            std::fs::write(dir.join(&doc.file_name), &doc.bytes)?;
            report.docs += 1;
            report.bytes += doc.bytes.len() as u64;
            report.citations += doc.doc.exp.citations.len();
            report.citations_in_archive += doc
                .doc
                .exp
                .citations
                .iter()
                .filter(|c| c.target.is_some())
                .count();
            if i > first {
                json.push_str(",\n");
            }
            json.push_str("  ");
            json::record(&mut json, &doc.doc.exp);
        }
        json.push_str("\n]}\n");
        std::fs::write(dir.join("expected.json"), json.as_bytes())?;
        report.shards += 1;
    }
    Ok(report)
}

/// One generated file: its name, its bytes, and the expected record (`doc.text` is
/// moved into `bytes`).
pub(crate) struct Generated {
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub doc: render::Doc,
}

/// The next document of the archive.
pub(crate) fn make_document(
    world: &mut world::World,
    cache: &mut render::Cache,
    damaged_share: f64,
) -> io::Result<Generated> {
    let plan = world.next_plan();
    let m = &plan.meta;
    let slug = text::slug(&format!(
        "{} {} {} {}",
        m.kind.code(),
        m.body.code(),
        bodies::jur_name(m.jur),
        m.number
    ));
    let file_name = format!("{:07}_{slug}.txt", plan.index);
    let seed = world.seed();
    let mut doc = render::render(&plan, seed, file_name.clone(), cache);
    let mut rng = rng::Rng::new(rng::hash(&[seed, 0xDA3A6E, plan.index as u64]));
    let text = std::mem::take(&mut doc.text);
    let bytes = if rng.chance(damaged_share) {
        let (bytes, names) = damage::damage(&text, &mut rng);
        doc.exp.damage = names;
        bytes
    } else {
        text.into_bytes()
    };
    Ok(Generated {
        file_name,
        bytes,
        doc,
    })
}

fn digits(mut n: usize) -> usize {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}
