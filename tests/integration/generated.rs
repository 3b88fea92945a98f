//! A synthetic archive written by `vanban gen` is read end to end and scored against the
//! expected records the generator wrote with it: catalogue fields, tasks and citations
//! (found, relation, target). This is also CI's smoke test of a generated corpus of a
//! few thousand documents; speed is measured by `benches/corpus.sh`, not here.

use crate::common::*;

#[test]
fn a_generated_archive_scores_against_its_own_expected_records() {
    let dir = tempdir();
    let root = dir.path().to_str().unwrap();
    let o = vanban(&[
        "gen", "--docs", "2000", "--seed", "11", "--out", root, "--quiet",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    let (n, ok, misses, _) = crate::corpus::score(dir.path());
    let fields = ok as f64 / n as f64;
    eprintln!("generated fields: {ok}/{n} = {fields:.4}");
    for m in misses.iter().take(40) {
        eprintln!("  {m}");
    }

    let tasks = crate::tasks::score(dir.path());
    tasks.report("generated tasks");
    for m in tasks.misses.iter().take(40) {
        eprintln!("  {m}");
    }

    let (cites, _) = crate::citations::run_and_score(dir.path());
    eprintln!(
        "generated citations: F1 {:.4}; relations {}/{}; resolution {}/{}",
        cites.f1(),
        cites.relations_ok,
        cites.matched,
        cites.resolution_ok,
        cites.matched
    );
    for m in cites.misses.iter().take(40) {
        eprintln!("  {m}");
    }

    // The bars: as on the hand-written corpus, less a margin for what the generator's
    // records know that the text does not say (a commune's province).
    let (_, _, items) = tasks.items();
    let (_, _, actions) = tasks.actions_micro();
    let matched = cites.matched.max(1) as f64;
    let figures = [
        ("fields", fields, 0.995),
        ("task items F1", items, 0.98),
        ("assignees", tasks.assignees(), 0.95),
        ("coordinators", tasks.coordinators(), 0.95),
        ("actions F1", actions, 0.95),
        ("deadlines", tasks.deadlines(), 0.95),
        ("citations F1", cites.f1(), 0.98),
        ("relations", cites.relations_ok as f64 / matched, 0.95),
        ("resolution", cites.resolution_ok as f64 / matched, 0.95),
    ];
    let below: Vec<String> = figures
        .iter()
        .filter(|(_, got, bar)| got < bar)
        .map(|(what, got, bar)| format!("{what} {got:.3} < {bar}"))
        .collect();
    assert!(
        below.is_empty(),
        "generated archive below the bars: {below:?}"
    );
}
