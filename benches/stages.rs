//! Stage benchmarks on the bundled corpus and the unseen damaged set (real-looking
//! directives, damaged ones included), with throughput in bytes. Each benchmark checks its result inside the
//! timed loop, so it cannot silently measure nothing.
//!
//! Run: `cargo bench --bench stages`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;
use vanban::Pipeline;
use vanban_extract::Extractor;
use vanban_lexicon::Lexicon;
use vanban_segment::Segmenter;
use vanban_types::{Record, Stage, Status};
// What tasks cost: compare `stages/pipeline` with `stages/pipeline_without_tasks`.

/// The bundled corpus and the unseen OCR-damaged set (`tests/damaged_unseen`).
fn corpus() -> Vec<(String, Vec<u8>)> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let walk = |dir: &str| {
        walkdir::WalkDir::new(repo.join(dir))
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
    };
    for e in walk("corpus").chain(walk("tests/damaged_unseen")) {
        if e.path().extension().is_some_and(|x| x == "txt") {
            out.push((
                e.path().display().to_string(),
                std::fs::read(e.path()).expect("read"),
            ));
        }
    }
    assert!(out.len() > 40, "the bundled corpus is there");
    out
}

fn stages(c: &mut Criterion) {
    let lex = Lexicon::builtin();
    let docs = corpus();
    let bytes: u64 = docs.iter().map(|d| d.1.len() as u64).sum();
    let texts: Vec<vanban_types::Document> = docs
        .iter()
        .filter_map(|(p, b)| vanban_text::read_document(p.clone(), b).ok())
        .collect();
    let segmenter = Segmenter::new(lex);
    let extractor = Extractor::new(lex);
    let analyses: Vec<_> = texts
        .iter()
        .cloned()
        .map(|d| segmenter.analyze(d))
        .collect();
    let pipeline = Pipeline::new(lex);

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("normalize", |b| {
        b.iter(|| {
            let n = docs
                .iter()
                .filter(|(p, b)| vanban_text::read_document(p.clone(), b).is_ok())
                .count();
            assert!(n >= texts.len());
        })
    });
    let landmarks = vanban_text::ocr::Landmarks::new(lex.doc_types.names());
    g.bench_function("ocr_landmarks", |b| {
        b.iter(|| {
            let repairs: usize = texts
                .iter()
                .map(|d| {
                    let mut d = d.clone();
                    let before = d.problems.len();
                    landmarks.repair(black_box(&mut d));
                    d.problems.len() - before
                })
                .sum();
            // The damaged set has dozens of damaged landmarks.
            assert!(repairs > 24);
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            let segs: usize = texts
                .iter()
                .map(|d| segmenter.segment(black_box(&d.text)).len())
                .sum();
            assert!(segs > texts.len() * 5);
        })
    });
    g.bench_function("sentences", |b| {
        b.iter(|| {
            let n: usize = analyses
                .iter()
                .map(|a| segmenter.sentences(&a.document.text, &a.segments).len())
                .sum();
            assert!(n > analyses.len() * 10);
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            let ok = analyses
                .iter()
                .filter(|a| {
                    let mut r = Record::new(a.document.path.clone());
                    extractor.run(black_box(a), &mut r);
                    r.status == Status::Ok
                })
                .count();
            assert!(ok > analyses.len() / 2);
        })
    });
    let classifier = vanban_classify::Classifier::new();
    g.bench_function("classify", |b| {
        b.iter(|| {
            let tasks: usize = analyses
                .iter()
                .map(|a| classifier.classify(black_box(a)).len())
                .sum();
            assert!(tasks > 150);
        })
    });
    let finder = vanban_citelink::Finder::new(lex);
    g.bench_function("cite", |b| {
        b.iter(|| {
            let citations: usize = analyses
                .iter()
                .map(|a| {
                    // The finder reads the citing record's fields; a new record is
                    // `failed` until then, which the finder skips.
                    let mut r = Record::new(a.document.path.clone());
                    r.status = Status::Ok;
                    finder.run(black_box(a), &mut r);
                    r.citations.len()
                })
                .sum();
            assert!(citations > 100);
        })
    });
    let without_tasks = Pipeline::without_tasks(lex);
    g.bench_function("pipeline_without_tasks", |b| {
        b.iter(|| {
            let ok = docs
                .iter()
                .filter(|(p, b)| without_tasks.process_bytes(p, black_box(b)).status == Status::Ok)
                .count();
            assert!(ok > docs.len() / 2);
        })
    });
    g.bench_function("pipeline", |b| {
        b.iter(|| {
            let ok = docs
                .iter()
                .filter(|(p, b)| pipeline.process_bytes(p, black_box(b)).status == Status::Ok)
                .count();
            assert!(ok > docs.len() / 2);
        })
    });
    g.finish();
}

/// Linking at archive scale: 100,000 documents, 1,000,000 citations resolved by key
/// (a join over keys, not a scan per citation).
fn linking(c: &mut Criterion) {
    let provinces = [
        "ha-noi",
        "ben-tre",
        "dong-nai",
        "nghe-an",
        "quang-ninh",
        "can-tho",
        "ha-tinh",
        "quang-tri",
    ];
    let mut resolver = vanban_citelink::Resolver::new();
    for i in 0..100_000u32 {
        let p = provinces[(i % 8) as usize];
        let year = 2015 + (i % 10);
        resolver.add(
            &format!("{p}/{year}/{}-CV/TU", i / 8),
            Some(&format!("{year}-06-01")),
        );
    }
    let keys: Vec<String> = (0..1_000_000u32)
        .map(|i| {
            let p = provinces[(i % 8) as usize];
            if i % 5 == 0 {
                format!("{p}/undated/{}-CV/TU", (i / 8) % 12_500)
            } else {
                format!("{p}/{}/{}-CV/TU", 2015 + (i % 10), (i / 8) % 20_000)
            }
        })
        .collect();
    let mut g = c.benchmark_group("linking");
    g.throughput(Throughput::Elements(keys.len() as u64));
    g.sample_size(10);
    g.bench_function("resolve_1m_citations", |b| {
        b.iter(|| {
            let resolved = keys
                .iter()
                .filter(|k| resolver.resolve(k, Some("2024-01-01")).is_some())
                .count();
            assert!(resolved > 100_000);
        })
    });
    g.finish();
}

/// Long documents: a decision whose preamble cites 6,000 documents, one `Căn cứ …;`
/// line each. The per-document stages must stay linear in a document's citations (the
/// titles, relations and repeats were once found by comparing every pair: 3.6 s for
/// this document, 45 s for 24,000 citations).
fn long_document(c: &mut Criterion) {
    let pipeline = Pipeline::new(Lexicon::builtin());
    let mut g = c.benchmark_group("scale");
    g.sample_size(10);
    // One document through the pipeline, its record checked inside the timed loop.
    let mut bench = |name: &str, text: &str, check: &dyn Fn(&Record) -> bool| {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                let r = pipeline.process_bytes("scale.txt", black_box(text.as_bytes()));
                assert!(check(&r), "{name}: unexpected record");
            })
        });
    };

    let mut text = String::from("CHÍNH PHỦ\nSố: 12/CT-TTg\nCHỈ THỊ\nVề việc thực hiện\n");
    for i in 1..=6_000 {
        text.push_str(&format!(
            "Căn cứ Chỉ thị số {i}/CT-TTg ngày 1/1/2020 của Thủ tướng Chính phủ;\n"
        ));
    }
    // Its own number is not a citation.
    bench("one_document_6000_citations", &text, &|r| {
        r.citations.len() == 5_999
    });

    // The same on one line: 1,200 citations, every seventh with a title that names
    // two more (each citation's clause is the whole line: once cubic, 22.8 s).
    let mut line = String::from("UBND TỈNH LONG AN\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\n");
    for i in 1..=1_200 {
        if i % 7 == 0 {
            line.push_str(&format!(
                "Kế hoạch số {i}/KH-UBND ngày 2/2/2021 về triển khai thực hiện Chỉ thị số \
                 {i}/CT-TTg ngày 1/1/2020 và Công văn số {i}/UBND ngày 3/3/2021, "
            ));
        } else {
            line.push_str(&format!(
                "thực hiện Chỉ thị số {i}/CT-TTg ngày 1/1/2020 của Thủ tướng Chính phủ, "
            ));
        }
    }
    line.push('\n');
    bench("one_line_1200_citations", &line, &|r| {
        r.citations.len() > 1_200
    });

    // A header line of 5,000 numbers and 5,000 mottos (a page joined into one line):
    // each was once checked against every other and searched back to the line start
    // (quadratic: 14.8 s for 100,000 numbers).
    let mut header = String::from("UBND TỈNH LONG AN\n");
    for i in 1..=5_000 {
        header.push_str(&format!(
            "Số {i}/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        ));
    }
    header.push_str("\nKẾ HOẠCH\nVề việc thực hiện\n1. Sở Y tế báo cáo.\n");
    bench("one_header_line_10000_anchors", &header, &|r| {
        r.fields.number.as_deref() == Some("1")
    });

    // One item that names 3,000 bodies to work with, each after its own `phối hợp
    // với` (each name's search for its end is bounded: it stops at the window's end,
    // not at the item's last pattern occurrence).
    let mut item = String::from(
        "UBND TỈNH LONG AN\nSố: 13/KH-UBND\nKẾ HOẠCH\nVề việc thực hiện\n1. Sở Y tế chủ trì",
    );
    for i in 1..=3_000 {
        item.push_str(&format!(
            ", phối hợp với Trung tâm Y tế số {i} xây dựng kế hoạch"
        ));
    }
    item.push_str(".\n");
    bench("one_item_3000_coordinators", &item, &|r| {
        r.tasks
            .first()
            .is_some_and(|t| t.coordinators.len() == 3_000)
    });
    g.finish();
}

criterion_group!(benches, stages, linking, long_document);
criterion_main!(benches);
