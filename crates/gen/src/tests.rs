//! Checks of the generator against the project's own lexicons (the live data files of
//! the classifier and the linker, so a lexicon change that breaks a generated record
//! fails here): every task clause asks for exactly the categories it declares, every
//! citation gets the relation its sentence gives it.

use crate::render::last_rel;
use crate::topics::{Act, COORD_ALONE, COORD_PREFIX, GENERIC, REPORT, TOPICS};
use crate::world::World;

const CUES: &str = include_str!("../../classify/data/task_cues.tsv");
const RECURRENCE: &str = include_str!("../../classify/data/recurrence.tsv");
const RELATIONS: &str = include_str!("../../lexicon/data/relations.tsv");

fn act(s: &str) -> Option<Act> {
    Some(match s {
        "direct" => Act::Direct,
        "disseminate" => Act::Disseminate,
        "advise" => Act::Advise,
        "inspect" => Act::Inspect,
        "report" => Act::Report,
        "support" => Act::Support,
        "mobilize" => Act::Mobilize,
        "enforce" => Act::Enforce,
        "commend" => Act::Commend,
        "coordinate" => Act::Coordinate,
        "control" => Act::Control,
        "procure" => Act::Procure,
        _ => return None,
    })
}

/// The cue lexicon: (folded phrase, category or None for a neutral phrase), longest first.
fn cues() -> Vec<(String, Option<Act>)> {
    let mut v: Vec<(String, Option<Act>)> = CUES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("action\t") && !l.trim().is_empty())
        .filter_map(|l| {
            let (a, c) = l.split_once('\t')?;
            Some((crate::text::fold(c.trim()), act(a.trim())))
        })
        .collect();
    v.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    v
}

/// Categories found in `text` by a leftmost-longest scan of whole words.
fn scan(text: &str, cues: &[(String, Option<Act>)]) -> Vec<Act> {
    let f = crate::text::fold(text);
    let b = f.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        let mut hit = None;
        if start {
            for (p, a) in cues {
                let end = i + p.len();
                if end <= b.len()
                    && &b[i..end] == p.as_bytes()
                    && (end == b.len() || !b[end].is_ascii_alphanumeric())
                {
                    hit = Some((end, *a));
                    break;
                }
            }
        }
        match hit {
            Some((end, a)) => {
                if let Some(a) = a {
                    if !out.contains(&a) {
                        out.push(a);
                    }
                }
                i = end;
            }
            None => i += 1,
        }
    }
    out.sort();
    out
}

fn recurrences() -> Vec<String> {
    RECURRENCE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("phrase\t") && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t').map(|(p, _)| crate::text::fold(p)))
        .collect()
}

fn sorted(v: &[Act]) -> Vec<Act> {
    let mut v = v.to_vec();
    v.sort();
    v.dedup();
    v
}

#[test]
fn every_clause_asks_for_exactly_its_categories() {
    let cues = cues();
    let mut bad = Vec::new();
    let mut check = |text: &str, want: &[Act]| {
        let got = scan(text, &cues);
        if got != sorted(want) {
            bad.push(format!("{text:?}: declared {want:?}, cues give {got:?}"));
        }
    };
    for (c, a) in GENERIC.iter() {
        check(&c.replace("{O}", "").replace("{S}", ""), a);
    }
    for t in TOPICS.iter() {
        for (c, a) in t.specials {
            check(c, a);
        }
        for o in t.objects.iter().chain(t.cores.iter().filter(|_| false)) {
            check(o, &[]);
        }
    }
    for c in COORD_PREFIX.iter().chain(COORD_ALONE.iter()) {
        check(&c.replace("{O}", "").replace("{B}", ""), &[Act::Coordinate]);
    }
    for c in REPORT {
        check(&c.replace("{S}", ""), &[Act::Report]);
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn generated_tasks_match_the_cue_lexicon_and_recurrences() {
    let cues = cues();
    let recs = recurrences();
    let mut w = World::new(1500, 11);
    let mut cache = crate::render::Cache::default();
    let mut bad = Vec::new();
    let mut tasks = 0;
    for _ in 0..1500 {
        let g = crate::make_document(&mut w, &mut cache, 0.0).unwrap();
        for t in &g.doc.exp.tasks {
            tasks += 1;
            // Body names hold no cue; the item's categories are those of its text.
            let got = scan(&t.text, &cues);
            if got != sorted(&t.actions) {
                bad.push(format!(
                    "{}: {:?} declared {:?}, cues give {got:?}",
                    g.file_name, t.text, t.actions
                ));
            }
            for a in &t.assignees {
                if !scan(a, &cues).is_empty() {
                    bad.push(format!("{}: assignee with a cue: {a}", g.file_name));
                }
            }
            // A recurrence phrase in the text iff the task recurs (closing lines aside).
            let f = crate::text::fold(&t.text);
            let has = recs.iter().any(|r| f.contains(r.as_str()));
            if has && t.every.is_none() {
                bad.push(format!(
                    "{}: recurrence not recorded in {:?}",
                    g.file_name, t.text
                ));
            }
        }
    }
    assert!(tasks > 3000, "{tasks} tasks");
    assert!(
        bad.is_empty(),
        "{} of {tasks}:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn every_citation_gets_its_relation_from_its_sentence() {
    let mut w = World::new(1500, 5);
    let mut cache = crate::render::Cache::default();
    let mut bad = Vec::new();
    let mut n = 0;
    for _ in 0..1500 {
        let g = crate::make_document(&mut w, &mut cache, 0.0).unwrap();
        let text = std::str::from_utf8(&g.bytes).unwrap();
        for c in &g.doc.exp.citations {
            n += 1;
            let Some(at) = text.find(&c.text) else {
                bad.push(format!("{}: citation not in text: {}", g.file_name, c.text));
                continue;
            };
            // The sentence: back to the line start or the last ". ".
            let before = &text[..at];
            let line = before.rfind('\n').map_or(0, |i| i + 1);
            let sent = before.rfind(". ").map_or(0, |i| i + 2).max(line);
            let got = last_rel(&before[sent..]).unwrap_or(crate::world::Rel::Mentions);
            if got != c.rel {
                bad.push(format!(
                    "{}: {:?} wants {:?}, sentence gives {got:?}: …{}",
                    g.file_name,
                    c.text,
                    c.rel,
                    &before[sent..]
                ));
            }
        }
    }
    assert!(n > 500, "{n} citations");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_relation_table_is_the_projects() {
    for line in RELATIONS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("phrase\t") && !l.trim().is_empty())
    {
        let (phrase, rel) = line.split_once('\t').unwrap();
        let got = last_rel(phrase).map(crate::world::Rel::as_str);
        assert_eq!(got, Some(rel.trim()), "{phrase}");
    }
}

#[test]
fn doc_kinds_and_levels_all_occur() {
    let mut w = World::new(2000, 1);
    let mut kinds = std::collections::BTreeSet::new();
    let mut levels = [0usize; 4];
    for _ in 0..2000 {
        let p = w.next_plan();
        kinds.insert(format!("{}{}", p.meta.body.party(), p.meta.kind.code()));
        levels[p.meta.body.level() as usize] += 1;
    }
    assert!(kinds.len() >= 16, "{kinds:?}");
    assert!(levels.iter().all(|&n| n > 20), "{levels:?}");
}

/// Compute-only throughput (no files): `cargo test --release -p vanban-gen --lib
/// compute_throughput -- --ignored --nocapture`.
#[test]
#[ignore]
fn compute_throughput() {
    let n = 60_000;
    let mut w = World::new(n, 42);
    let mut cache = crate::render::Cache::default();
    let t = std::time::Instant::now();
    let mut bytes = 0usize;
    let mut json = String::new();
    for _ in 0..n {
        let g = crate::make_document(&mut w, &mut cache, 0.1).unwrap();
        bytes += g.bytes.len();
        json.clear();
        crate::json::record(&mut json, &g.doc.exp);
    }
    let s = t.elapsed().as_secs_f64();
    eprintln!(
        "{n} documents, {:.1} MB in {s:.2} s: {:.1} MB/s, {:.0} documents/s",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / s,
        n as f64 / s
    );
}
