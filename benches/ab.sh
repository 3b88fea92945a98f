#!/usr/bin/env bash
# A/B of two builds of vanban on the same generated archive, alternated run by run.
#
# This VM's wall times drift by ±10% over minutes (other tenants), more than most
# changes move them: two hyperfine batches taken one after the other compare the hours
# as much as the code. Alternating the two binaries, pair after pair, puts both under the
# same drift; the medians of the pairs are what BENCHMARKS.md quotes as "alternated".
#
#   benches/ab.sh BASE [DOCS] [PAIRS]
#
# BASE is a vanban binary or a git revision (built once with the same profile into
# target/ab/REV, from a worktree of this repository). The other side is the working
# tree, built with PROFILE (default release-lto). DOCS (default 30000) generated
# documents, seed 1, kept in target/bench-corpus as benches/corpus.sh keeps them; PAIRS
# (default 4) pairs for each of --jobs 1 and --jobs 2. Prints each run (wall, user and
# system seconds, peak RSS) and the medians.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE="${1:?usage: benches/ab.sh BASE-BINARY-OR-REVISION [DOCS] [PAIRS]}"
DOCS="${2:-30000}"
PAIRS="${3:-4}"
PROFILE="${PROFILE:-release-lto}"
WORK=target/bench-corpus
CORPUS="$WORK/corpus-$DOCS"

cargo build --profile "$PROFILE" --quiet
NEW="$PWD/target/$PROFILE/vanban"
if [ -x "$BASE" ]; then
    OLD="$(realpath "$BASE")"
else
    REV="$(git rev-parse --short "$BASE")"
    TREE="$PWD/target/ab/$REV"
    if [ ! -x "$TREE/target/$PROFILE/vanban" ]; then
        rm -rf "$TREE"
        git worktree add --force --detach "$TREE" "$REV" >/dev/null
        (cd "$TREE" && CARGO_TARGET_DIR="$TREE/target" cargo build --profile "$PROFILE" --quiet)
    fi
    OLD="$TREE/target/$PROFILE/vanban"
fi
mkdir -p "$WORK"
if [ ! -d "$CORPUS" ]; then
    "$NEW" gen --docs "$DOCS" --seed 1 --out "$CORPUS"
fi
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
LOG="$OUT/runs.tsv"

# One warm-up each: the corpus in the page cache, the outputs' files allocated.
for bin in "$OLD" "$NEW"; do
    "$bin" process "$CORPUS" --out "$OUT/out" --quiet --jobs 2
done
for jobs in 1 2; do
    for _ in $(seq "$PAIRS"); do
        for side in base new; do
            bin="$OLD"
            [ "$side" = new ] && bin="$NEW"
            /usr/bin/time -f "$side	$jobs	%e	%U	%S	%M" -a -o "$LOG" \
                "$bin" process "$CORPUS" --out "$OUT/out" --quiet --jobs "$jobs"
            tail -1 "$LOG" >&2
        done
    done
done

python3 - "$LOG" "$OLD" "$NEW" <<'EOF'
import statistics, sys
rows = [l.split("\t") for l in open(sys.argv[1]) if l.strip()]
print(f"base: {sys.argv[2]}\nnew:  {sys.argv[3]}\n")
print("| --jobs | side | wall s (median) | user s | system s | peak RSS MB | runs |")
print("|---|---|---|---|---|---|---|")
med = {}
for jobs in ("1", "2"):
    for side in ("base", "new"):
        r = [x for x in rows if x[0] == side and x[1] == jobs]
        if not r:
            continue
        m = [statistics.median(float(x[i]) for x in r) for i in (2, 3, 4, 5)]
        med[(jobs, side)] = m[0]
        runs = " / ".join(x[2] for x in r)
        print(f"| {jobs} | {side} | {m[0]:.2f} | {m[1]:.2f} | {m[2]:.2f} | {m[3] / 1024:.0f} | {runs} |")
print()
for jobs in ("1", "2"):
    if (jobs, "base") in med and (jobs, "new") in med:
        b, n = med[(jobs, "base")], med[(jobs, "new")]
        print(f"- --jobs {jobs}: wall time {100 * (n - b) / b:+.1f}% against base")
EOF
