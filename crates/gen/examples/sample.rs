//! Writes a synthetic archive: `cargo run -p vanban-gen --example sample -- DOCS SEED DIR
//! [DAMAGED_SHARE] [SHARD_SIZE]`, then prints the report.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: sample DOCS SEED DIR [DAMAGED_SHARE] [SHARD_SIZE]");
        std::process::exit(2);
    }
    let num = |i: usize, d: f64| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(d);
    let opts = vanban_gen::GenOptions {
        docs: num(0, 100.0) as usize,
        seed: num(1, 0.0) as u64,
        damaged_share: num(3, 0.1),
        shard_size: num(4, 1000.0) as usize,
    };
    match vanban_gen::generate(&opts, std::path::Path::new(&args[2])) {
        Ok(r) => println!("{r:?}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
