//! `vanban`: structured records from folders of Vietnamese directive documents.
//!
//! A thin binary: flags are parsed here (clap), resolved into a [`RunConfig`] (lexicon
//! loaded, defaults applied), and handed to [`vanban::run`]. Machine output goes to
//! files and stdout; everything for people goes to stderr.
//!
//! Exit codes: 0 the run completed (even if some files failed: they have records);
//! 1 with `--strict` when any file failed; 2 usage, input or output errors.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use vanban::{run, RunConfig};
use vanban_lexicon::Lexicon;

#[derive(Parser)]
#[command(
    name = "vanban",
    version,
    about = "Structured records and a citation graph from Vietnamese directive documents",
    long_about = "vanban reads folders of Vietnamese directive documents (Party and state công văn, \
chỉ thị, kế hoạch, kết luận, quyết định…, OCR'd or copied from the web into plain text) and \
writes one structured record per file: number and symbol, type, issuer, jurisdiction, place, \
date, subject, recipients, signer, distribution list, with the zones of the document and the \
problems met. The output contract is docs/schema.md (vanban/1).",
    after_help = "Examples:\n  vanban process corpus --out out\n  vanban gen --docs 20000 --seed 1 --out bench/corpus\n  vanban query --db out/vanban.sqlite show 16/CT-TTg\n  vanban export --db out/vanban.sqlite --format graphml --out graph.graphml\n  vanban serve --db out/vanban.sqlite\n  vanban process archive/ --out out --jobs 2 --ext txt,md --strict\n\nExit codes: 0 run completed (failed files are in the records), 1 with --strict when a file failed, 2 usage, input or output error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read every document under a folder and write documents.jsonl and summary.json.
    #[command(
        long_about = "Read every document under DIR (recursively) and write to --out:\n\n  \
documents.jsonl  one record per file, sorted by path (docs/schema.md §1); byte-identical \
whatever --jobs is\n  tasks.csv        one row per task (document id, ref, date, issuer, label, assignees, \
actions, deadline, recurrence, text, coordinators: the bodies worked with), UTF-8 with BOM for \
spreadsheets\n  summary.json     the \
run's counts, failed paths and speed (§5)\n\n\
Every file gets a record: files that cannot be decoded, are empty, are too large or are not \
directives get status \"failed\" with the reason in \"problems\", and the run goes on. Files \
are decoded as UTF-8 (with or without BOM) or UTF-16 with BOM, normalized to NFC, with \
look-alike letters (Ð, Ɖ, Cyrillic) repaired; every repair is listed in \"problems\". \
Outputs are written to a temporary file and renamed, so an interrupted run leaves the \
previous outputs intact. A short summary is printed on stderr; a progress bar is shown when \
stderr is a terminal."
    )]
    Process(ProcessArgs),
    /// Ask the citation graph of a run's database (vanban.sqlite) a question.
    #[command(
        long_about = "Ask the citation graph of a run's database a question. KEY is a \
canonical key (ben-tre/2021/275-CV/ĐUK, trung-uong/2021-07-21/dien/thuong-truc-ban-bi-thu); \
where a KEY is asked for, a bare ref (687-CV/TU) answers every document that has it.\n\n\
Examples:\n  vanban query --db out/vanban.sqlite show 16/CT-TTg\n  vanban query --db out/vanban.sqlite \
downstream quoc-gia/2020/16/CT-TTg\n  vanban query --db out/vanban.sqlite missing --json"
    )]
    Query(QueryArgs),
    /// Export the citation graph for Gephi and networkx (GraphML), Graphviz (DOT) or
    /// spreadsheets (CSV of edges).
    Export(ExportArgs),
    /// Write a synthetic archive with its expected records, for benchmarks and accuracy
    /// at scale.
    #[command(
        long_about = "Write a realistic synthetic archive to --out: party and state directives of every province and the central bodies, from varied templates, with numbered items, recipients, signatures and a citation structure shaped like the real one (central → provincial → local chains, citations outside the archive, refs colliding across provinces and years), a share of them damaged (Ð, NFD, UTF-16, CRLF, broken lines). Documents go in shards of --shard-size files (OUT/0000/, OUT/0001/ …), each with the expected.json of its documents (fields, tasks, citations and their targets), so that a generated archive is also an accuracy test. The same --docs, --seed, --damaged and --shard-size give byte-identical output.\n\nExamples:\n  vanban gen --docs 20000 --seed 1 --out bench/corpus\n  vanban process bench/corpus --out bench/out"
    )]
    Gen(GenArgs),
    /// Browse a run's database in a web browser: search, documents with their parts
    /// marked, citation graphs, missing documents, tasks (read-only, local).
    #[command(
        long_about = "Serve a run's database (OUT/vanban.sqlite) as a local, read-only web \
application, and open the address it prints in a browser:\n\n  \
/                 search refs, subjects, issuers and signers, without caring for diacritics \
(chi thi 16 finds Chỉ thị 16/CT-TTg), with filters by jurisdiction, type, year, issuer, status \
and review flag\n  \
/doc/KEY          a document: catalogue fields, its text with the zones shaded, tasks marked and \
citations linked, who cites it, problems and review reasons\n  \
/graph/KEY        what it carries out above, up to the top, and everything that implements it \
below, as a picture\n  \
/missing          cited documents the archive lacks, most cited first\n  \
/tasks            tasks by assignee, action and deadline, with CSV download\n  \
/api/...          the same as JSON (search, doc, graph, missing, tasks, stats; see README)\n\n\
KEY is a canonical key (quoc-gia/2020/16/CT-TTg); a bare ref (16/CT-TTg) leads to its document. \
Everything the pages need is inside the binary: no internet, nothing else to install. The \
database is opened read-only; run vanban process again to refresh it, then restart serve. \
A database written by an older vanban (without the texts, the search index or the tasks' \
coordinators) is refused with a message saying to run vanban process again.\n\n\
Examples:\n  vanban process corpus --out out && vanban serve --db out/vanban.sqlite\n  \
vanban serve --db out/vanban.sqlite --addr 127.0.0.1:9000\n  \
vanban serve --db out/vanban.sqlite --addr 127.0.0.1:0     (any free port; the address is printed)"
    )]
    Serve(ServeArgs),
}

#[derive(clap::Args)]
struct ServeArgs {
    /// The database a run wrote (OUT/vanban.sqlite).
    #[arg(long, value_name = "FILE", default_value = "out/vanban.sqlite")]
    db: PathBuf,
    /// The address to listen on. The default answers this machine only; any other
    /// address lets everyone who can reach it read the archive.
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
    addr: std::net::SocketAddr,
}

fn serve(args: ServeArgs) -> ExitCode {
    if !args.addr.ip().is_loopback() {
        eprintln!(
            "vanban: warning: listening on {}, not only on this machine: anyone who can reach it can read the archive",
            args.addr
        );
    }
    let db = args.db.display().to_string();
    let ready = |addr: std::net::SocketAddr| {
        eprintln!("vanban: serving {db} at http://{addr}/ (read-only; Ctrl-C stops)");
    };
    match vanban_serve::serve(&args.db, args.addr, ready) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vanban: {e}");
            ExitCode::from(2)
        }
    }
}

#[derive(clap::Args)]
struct GenArgs {
    /// How many documents.
    #[arg(long, default_value_t = 1000)]
    docs: usize,
    /// The seed: the same seed gives the same archive.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The share of damaged files, 0 to 1.
    #[arg(long, default_value_t = 0.1, value_parser = share)]
    damaged: f64,
    /// Documents per folder.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    shard_size: u64,
    /// Where to write (created if missing).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// No summary on stderr.
    #[arg(long, short)]
    quiet: bool,
}

fn share(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{s:?} is not a share between 0 and 1")),
    }
}

fn gen(args: GenArgs) -> ExitCode {
    let opts = vanban_gen::GenOptions {
        docs: args.docs,
        seed: args.seed,
        damaged_share: args.damaged,
        shard_size: args.shard_size as usize,
    };
    let started = std::time::Instant::now();
    match vanban_gen::generate(&opts, &args.out) {
        Ok(r) => {
            if !args.quiet {
                eprintln!(
                    "vanban: {} documents ({:.1} MB) in {} folders under {}, {} citations ({} to documents in the archive), in {:.1} s",
                    r.docs,
                    r.bytes as f64 / 1e6,
                    r.shards,
                    args.out.display(),
                    r.citations,
                    r.citations_in_archive,
                    started.elapsed().as_secs_f64()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vanban: cannot write {}: {e}", args.out.display());
            ExitCode::from(2)
        }
    }
}

#[derive(clap::Args)]
struct QueryArgs {
    /// The database a run wrote (OUT/vanban.sqlite).
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Print JSON (an array of objects) instead of a table.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    what: QueryCommand,
}

#[derive(Subcommand)]
enum QueryCommand {
    /// A document (or every document with a ref) and its citations both ways.
    Show { key: String },
    /// What a document cites.
    Cites { key: String },
    /// The documents that cite a document.
    CitedBy { key: String },
    /// Transitively, what a document carries out, up to the top.
    Upstream { key: String },
    /// Transitively, everything that implements a document (`via` is each row's parent).
    Downstream { key: String },
    /// Cited documents absent from the archive, most cited first.
    Missing,
    /// The most cited documents.
    Top {
        /// How many.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Counts of the archive.
    Stats,
}

#[derive(clap::Args)]
struct ExportArgs {
    /// The database a run wrote (OUT/vanban.sqlite).
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// graphml, dot or csv.
    #[arg(long, value_parser = ["graphml", "dot", "csv"])]
    format: String,
    /// Write to this file (atomically) instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(clap::Args)]
struct ProcessArgs {
    /// The corpus folder (or a single file).
    #[arg(value_name = "DIR")]
    root: PathBuf,
    /// Where to write documents.jsonl and summary.json (created if missing).
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Worker threads (0: one per core).
    #[arg(long, short, default_value_t = 0, value_name = "N")]
    jobs: usize,
    /// File extensions to read, comma-separated.
    #[arg(long, default_value = "txt", value_delimiter = ',', value_name = "EXT")]
    ext: Vec<String>,
    /// Add each record's sentence spans (byte offsets into the normalized text).
    #[arg(long)]
    sentences: bool,
    /// Files larger than this many megabytes get a failed record and are not read.
    #[arg(long, default_value_t = 64.0, value_name = "MB")]
    max_file_size: f64,
    /// Most tasks kept in one record (0: no limit). A file with more (an OCR dump of a
    /// whole gazette) keeps the first ones and gets a `limit` problem saying how many
    /// were found.
    #[arg(long, default_value_t = 10_000, value_name = "N")]
    max_tasks: usize,
    /// Most citations kept in one record (0: no limit), as --max-tasks.
    #[arg(long, default_value_t = 10_000, value_name = "N")]
    max_citations: usize,
    /// A folder of lexicon files that replace the built-in ones of the same name:
    /// doc_types.tsv, issuers.tsv, provinces.tsv, districts.tsv, signing.tsv and
    /// relations.tsv (crates/lexicon/data/), task_cues.tsv, assignee_heads.tsv,
    /// assignee_stops.tsv, not_bodies.tsv, recurrence.tsv and urging.tsv
    /// (crates/classify/data/). Copy a built-in file, edit it, and point here.
    #[arg(long, value_name = "DIR")]
    lexicon_dir: Option<PathBuf>,
    /// A file of extra task cue words (`action<TAB>cue` lines, the format of
    /// crates/classify/data/task_cues.tsv) added to the built-in ones.
    #[arg(long, value_name = "FILE")]
    lexicon: Option<PathBuf>,
    /// Skip task classification (records keep empty `tasks`; tasks.csv has only its header).
    #[arg(long)]
    no_tasks: bool,
    /// Exit with code 1 when any file failed.
    #[arg(long)]
    strict: bool,
    /// Print nothing on stderr (no progress bar, no summary).
    #[arg(long, short)]
    quiet: bool,
    /// Re-read only new and changed files: every other file keeps the record of the
    /// previous run into the same --out (found by content hash in vanban.sqlite), then
    /// all citations are linked again. The outputs equal a full run's. A run with other
    /// settings (lexicon, --sentences, --no-tasks, --max-file-size, --max-tasks,
    /// --max-citations, another vanban build) reads everything again.
    #[arg(long)]
    incremental: bool,
}

/// mimalloc instead of the system allocator. A record is built by a worker thread and
/// dropped by the writer or database thread, and a task-heavy record is hundreds of small
/// strings: glibc's malloc pays for every such cross-thread free (arena locks, cache
/// lines moving between cores), mimalloc hands them back to the owning thread's free
/// list. Measured with two workers (BENCHMARKS.md): 4,680 real-looking directives
/// 1.85 s -> 1.58 s, 30,000 generated 12.2 s -> 11.4 s, 1 GB 131 s -> 126 s, for 4% more
/// peak memory.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Process(args) => process(args),
        Command::Query(args) => query(args),
        Command::Export(args) => export(args),
        Command::Gen(args) => gen(args),
        Command::Serve(args) => serve(args),
    }
}

fn query(args: QueryArgs) -> ExitCode {
    let db = match vanban::query::Db::open(&args.db) {
        Ok(db) => db,
        Err(e) => {
            eprintln!("vanban: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match &args.what {
        QueryCommand::Show { key } => db.show(key),
        QueryCommand::Cites { key } => db.cites(key),
        QueryCommand::CitedBy { key } => db.cited_by(key),
        QueryCommand::Upstream { key } => db.upstream(key),
        QueryCommand::Downstream { key } => db.downstream(key),
        QueryCommand::Missing => db.missing(),
        QueryCommand::Top { limit } => db.top(*limit),
        QueryCommand::Stats => db.stats(),
    };
    match result {
        Ok(rows) => {
            if args.json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into())
                );
            } else {
                print!("{}", vanban::query::table(&rows));
            }
            ExitCode::SUCCESS
        }
        Err(e @ vanban::query::QueryError::NotFound(_)) => {
            eprintln!("vanban: {e}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("vanban: {e}");
            ExitCode::from(2)
        }
    }
}

fn export(args: ExportArgs) -> ExitCode {
    let text = match vanban::query::Db::open(&args.db).and_then(|db| db.export(&args.format)) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("vanban: {e}");
            return ExitCode::from(2);
        }
    };
    match &args.out {
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Some(path) => {
            match vanban::write_atomic(path, |w| std::io::Write::write_all(w, text.as_bytes())) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("vanban: cannot write {}: {e}", path.display());
                    ExitCode::from(2)
                }
            }
        }
    }
}

/// Everything besides a file's bytes that its record depends on, as one string (see
/// `RunConfig::settings`): the vanban version and build (the executable's size and
/// modification time, so a rebuilt binary never reuses records of an older one), the
/// flags that change records, and a hash of the lexicon files given.
fn settings_fingerprint(args: &ProcessArgs) -> String {
    let mut lexicon = blake3::Hasher::new();
    if let Some(dir) = &args.lexicon_dir {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for f in files {
            lexicon.update(f.to_string_lossy().as_bytes());
            lexicon.update(&std::fs::read(&f).unwrap_or_default());
        }
    }
    if let Some(file) = &args.lexicon {
        lexicon.update(&std::fs::read(file).unwrap_or_default());
    }
    let build = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let modified = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{}:{modified}", m.len())
        })
        .unwrap_or_default();
    format!(
        "vanban {} build {build}; sentences={}; tasks={}; max_file_size={}; limits={:?}; lexicon={}",
        env!("CARGO_PKG_VERSION"),
        args.sentences,
        !args.no_tasks,
        args.max_file_size,
        limits(args),
        lexicon.finalize().to_hex()
    )
}

/// `--max-tasks` and `--max-citations`, 0 meaning no limit.
fn limits(args: &ProcessArgs) -> vanban::Limits {
    let or_none = |n: usize| if n == 0 { usize::MAX } else { n };
    vanban::Limits {
        tasks: or_none(args.max_tasks),
        citations: or_none(args.max_citations),
    }
}

fn process(args: ProcessArgs) -> ExitCode {
    let lexicon = match &args.lexicon_dir {
        Some(dir) => match Lexicon::load_dir(dir) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("vanban: {e}");
                return ExitCode::from(2);
            }
        },
        None => Lexicon::builtin().clone(),
    };
    let extra = match &args.lexicon {
        None => String::new(),
        Some(path) => match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("vanban: cannot read --lexicon {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
    };
    let task_lexicon = match &args.lexicon_dir {
        Some(dir) => vanban_classify::TaskLexicon::load_dir(dir, &extra),
        None => vanban_classify::TaskLexicon::parse(vanban_classify::BUILTIN_CUES, &extra),
    };
    let classifier = match task_lexicon {
        Ok(lex) => vanban_classify::Classifier::with_lexicon(lex),
        Err(e) => {
            eprintln!("vanban: {e}");
            return ExitCode::from(2);
        }
    };
    if args.max_file_size.is_nan() || args.max_file_size <= 0.0 {
        eprintln!("vanban: --max-file-size must be a positive number of megabytes");
        return ExitCode::from(2);
    }
    let settings = settings_fingerprint(&args);
    let limits = limits(&args);
    let cfg = RunConfig {
        root: args.root,
        out: args.out,
        extensions: args
            .ext
            .iter()
            .map(|e| e.trim().trim_start_matches('.').to_string())
            .filter(|e| !e.is_empty())
            .collect(),
        jobs: args.jobs,
        sentences: args.sentences,
        max_file_bytes: (args.max_file_size * 1e6) as u64,
        limits,
        progress: !args.quiet && std::io::stderr().is_terminal(),
        lexicon,
        classifier: (!args.no_tasks).then_some(classifier),
        incremental: args.incremental,
        settings,
    };
    match run(&cfg) {
        Ok(s) => {
            if !args.quiet {
                eprintln!(
                    "vanban: {} files: {} ok, {} partial, {} failed; {} to review; {:.1} MB in {:.2} s ({:.1} MB/s, {:.0} documents/s, {} threads)",
                    s.files, s.ok, s.partial, s.failed, s.review, s.bytes as f64 / 1e6, s.seconds, s.mb_per_s, s.docs_per_s, s.threads
                );
                for p in s.failed_paths.iter().take(10) {
                    eprintln!("  failed: {p}");
                }
                if s.failed_paths.len() > 10 {
                    eprintln!(
                        "  … and {} more (see summary.json)",
                        s.failed_paths.len() - 10
                    );
                }
                eprintln!(
                    "vanban: wrote {}/documents.jsonl and summary.json",
                    cfg.out.display()
                );
            }
            if args.strict && s.failed > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("vanban: {e}");
            ExitCode::from(2)
        }
    }
}
