//! Times the generator: `cargo run --release -p vanban-gen --example speed -- [MB] [DIR]`
//! writes about MB megabytes (default 100) of documents under DIR (default a temporary
//! folder, removed afterwards) and prints documents, bytes, seconds and MB/s.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let mb: f64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(100.0);
    let (out, keep) = match args.next() {
        Some(d) => (std::path::PathBuf::from(d), true),
        None => (
            std::env::temp_dir().join(format!("vanban-gen-speed-{}", std::process::id())),
            false,
        ),
    };
    // A first small run tells the mean document size.
    let probe = out.join("probe");
    let r = vanban_gen::generate(
        &vanban_gen::GenOptions {
            docs: 2000,
            seed: 1,
            ..Default::default()
        },
        &probe,
    )
    .expect("probe run");
    std::fs::remove_dir_all(&probe).expect("remove probe");
    let mean = r.bytes as f64 / r.docs as f64;
    let docs = ((mb * 1e6) / mean).ceil() as usize;
    let opts = vanban_gen::GenOptions {
        docs,
        seed: 42,
        ..Default::default()
    };
    let t = Instant::now();
    let r = vanban_gen::generate(&opts, &out.join("archive")).expect("generate");
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} documents ({:.0} bytes each), {:.1} MB in {} shards, {} citations ({} in the archive): {:.2} s, {:.1} MB/s, {:.0} documents/s",
        r.docs,
        r.bytes as f64 / r.docs as f64,
        r.bytes as f64 / 1e6,
        r.shards,
        r.citations,
        r.citations_in_archive,
        secs,
        r.bytes as f64 / 1e6 / secs,
        r.docs as f64 / secs
    );
    if !keep {
        std::fs::remove_dir_all(&out).expect("remove output");
    }
}
