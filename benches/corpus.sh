#!/usr/bin/env bash
# End-to-end corpus throughput (issue 6): generate a synthetic archive with `vanban gen`,
# then time `vanban process` on it side by side with two floors — `cat` of the same files
# to /dev/null and `rg` searching them for a citation pattern — and report MB/s,
# documents/s, peak RSS, the ratio to rg and the speed-up from 1 to 2 threads.
#
# Two speed-ups are reported. `--jobs` counts the workers of the per-document stages;
# the writing and database threads run beside them, so `--jobs 1` on two cores already
# uses more than one core. Scaling with cores is measured by running `--jobs 1` pinned
# to one core (`taskset -c 0`: everything, helpers included, on one core) against
# `--jobs 2` on two.
#
#   benches/corpus.sh [DOCS] [WORKDIR]      (defaults: 20000 documents, target/bench-corpus)
#
# The binary is built with the `release-lto` profile (Cargo.toml; PROFILE=release for the
# default one), RUNS=N sets hyperfine's runs per command (default 3).
#
# The corpus is generated once per DOCS (seed 1) and kept in WORKDIR; the page cache is
# warmed by a first run of each command (hyperfine --warmup 1), so the figures compare
# CPU work, not the disk. Results: WORKDIR/results.md (a table for BENCHMARKS.md) and
# WORKDIR/hyperfine.json.
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS="${1:-20000}"
WORK="${2:-target/bench-corpus}"
CORPUS="$WORK/corpus-$DOCS"
OUT="$WORK/out"
RUNS="${RUNS:-3}"

need() {
    command -v "$1" >/dev/null && return
    echo "installing $2 (Debian package) for $1" >&2
    apt-get update -qq && apt-get install -y -qq "$2" >/dev/null
}
need rg ripgrep
need hyperfine hyperfine
need taskset util-linux

# The profile for large archives (Cargo.toml): LTO across the crates.
PROFILE="${PROFILE:-release-lto}"
cargo build --profile "$PROFILE" --quiet
BIN="$PWD/target/$PROFILE/vanban"
mkdir -p "$WORK"
if [ ! -d "$CORPUS" ]; then
    "$BIN" gen --docs "$DOCS" --seed 1 --out "$CORPUS"
fi
FILES=$(find "$CORPUS" -name '*.txt' | wc -l)
BYTES=$(find "$CORPUS" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
echo "corpus: $FILES files, $BYTES bytes of text in $CORPUS" >&2

# A citation's number and symbol: `16/CT-TTg`, `275-CV/ĐUK`.
PATTERN='[0-9]+[-/][A-ZĐ][A-Za-zĐ]*[-/][A-ZĐ]'
hyperfine --warmup 1 --runs "$RUNS" --export-json "$WORK/hyperfine.json" \
    -n cat "find '$CORPUS' -name '*.txt' -print0 | xargs -0 cat > /dev/null" \
    -n rg "rg -c -g '*.txt' '$PATTERN' '$CORPUS' > /dev/null" \
    -n "vanban --jobs 1" "'$BIN' process '$CORPUS' --out '$OUT' --quiet --jobs 1" \
    -n "vanban --jobs 2" "'$BIN' process '$CORPUS' --out '$OUT' --quiet --jobs 2" \
    -n "vanban --jobs 1 on one core" "taskset -c 0 '$BIN' process '$CORPUS' --out '$OUT' --quiet --jobs 1" >&2

# Peak memory of the full run, all stages and outputs.
/usr/bin/time -v "$BIN" process "$CORPUS" --out "$OUT" --quiet --jobs 2 2> "$WORK/time.txt"
RSS_KB=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$WORK/time.txt")

python3 - "$WORK/hyperfine.json" "$BYTES" "$FILES" "$RSS_KB" "$OUT/summary.json" > "$WORK/results.md" <<'EOF'
import json, sys
runs = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
size, files, rss_kb = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
summary = json.load(open(sys.argv[5]))
mb = size / 1e6
print(f"corpus: {files} files, {mb:.1f} MB of text; peak RSS of `vanban process --jobs 2`: {rss_kb / 1024:.0f} MB")
print()
print("| command | seconds | MB/s | documents/s |")
print("|---|---|---|---|")
for name, t in runs.items():
    print(f"| {name} | {t:.2f} | {mb / t:.1f} | {files / t:.0f} |")
one, two = runs["vanban --jobs 1"], runs["vanban --jobs 2"]
one_core = runs["vanban --jobs 1 on one core"]
print()
print(f"- speed-up from 1 to 2 threads (--jobs, both on two cores): {one / two:.2f}x")
print(f"- speed-up from 1 core to 2 (--jobs 1 pinned to one core vs --jobs 2): {one_core / two:.2f}x")
print(f"- vanban (2 threads) takes {two / runs['rg']:.1f}x the time of rg on the same files")
print(f"- summary.json of the last run: {summary['mb_per_s']:.1f} MB/s, {summary['docs_per_s']:.0f} documents/s")
EOF
# Accuracy of the same run against the generator's own expected records (one
# expected.json per shard folder), next to the speed: with the project's scorer when it
# is there (../shared/tools/score.py, or SCORER=path).
SCORER="${SCORER:-../shared/tools/score.py}"
if [ -f "$SCORER" ]; then
    python3 - "$CORPUS" "$WORK/expected.json" <<'EOF'
import glob, json, os, sys
docs = []
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*", "expected.json"))):
    shard = os.path.basename(os.path.dirname(f))
    for r in json.load(open(f))["documents"]:
        if not r["path"].startswith(shard + "/"):
            r["path"] = f"{shard}/{r['path']}"
        docs.append(r)
json.dump({"documents": docs}, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
    {
        echo
        echo "accuracy of the 2-thread run against the generator's expected records:"
        echo
        python3 "$SCORER" "$WORK/expected.json" "$OUT/documents.jsonl" | sed 's/^/    /'
        # (The shared scorer predates the tasks' coordinators: they are scored here,
        # each task's list exactly, in any order, as the integration tests do.)
        python3 - "$WORK/expected.json" "$OUT/documents.jsonl" <<'EOF' | sed 's/^/    /'
import json, sys
want = {r["path"]: r for r in json.load(open(sys.argv[1]))["documents"]}
norm = lambda l: sorted(x.lower() for x in l or [])
ok = total = named = 0
for line in open(sys.argv[2]):
    got = json.loads(line)
    tasks = {t["label"]: t for t in got["tasks"]}
    for t in want.get(got["path"], {}).get("tasks", []):
        if t["label"] in tasks:
            total += 1
            named += bool(t.get("coordinators"))
            ok += norm(t.get("coordinators")) == norm(tasks[t["label"]].get("coordinators"))
print(f"task coordinators {ok}/{total} ({named} tasks name some)")
EOF
    } >> "$WORK/results.md"
else
    echo "(no scorer at $SCORER: accuracy not reported)" >> "$WORK/results.md"
fi
cat "$WORK/results.md"
