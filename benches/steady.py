#!/usr/bin/env python3
"""The steady cost of a document, in instructions, and the functions that make it.

    benches/steady.py [--small 2000] [--large 10000] [--top 30] [--vanban PATH]

Counts the instructions of `vanban process --jobs 1` (callgrind) on two generated
archives of the same seed, SMALL and LARGE documents, and divides the difference by
LARGE - SMALL: what one more document costs once the run is going. A single profile
mixes that with costs that do not grow with the archive: compiling the patterns at
start-up (about 0.4 G instructions) and the lazy DFAs' warm-up (each state of a
reverse DFA can take 20 K instructions to build, thousands of them in the first
documents), which at 2,000 documents are a tenth of the run. Instruction counts do not
move with the machine's load, so two builds can be compared in a noisy hour.

Prints the totals, the steady cost per document, and the functions whose own
(exclusive) instructions grow most per document. Generated archives are kept in
target/bench-corpus (as benches/corpus.sh keeps its own), the profiles beside them.
Needs valgrind and callgrind_annotate; builds `target/release/vanban` unless --vanban.
"""

import argparse
import os
import re
import subprocess
import sys

WORK = "target/bench-corpus"


def annotate(profile: str) -> tuple[int, dict[str, int]]:
    """The run's total and each function's exclusive instructions."""
    out = subprocess.run(
        ["callgrind_annotate", "--inclusive=no", "--threshold=100", profile],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    out = out.split("Auto-annotated source")[0]
    total = 0
    functions: dict[str, int] = {}
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+(.*)", line)
        if not m:
            continue
        count = int(m.group(1).replace(",", ""))
        what = m.group(2)
        if what.startswith("PROGRAM TOTALS"):
            total = count
        elif ":" in what:
            # `file:function [binary]`: the same function inlined into several files
            # is one row here.
            name = re.sub(r" \[[^\]]*\]$", "", what.split(":", 1)[1])
            functions[name] = functions.get(name, 0) + count
    return total, functions


def profile(vanban: str, docs: int) -> str:
    corpus = f"{WORK}/gen-{docs}"
    if not os.path.isdir(corpus):
        print(f"generating {docs} documents into {corpus}", file=sys.stderr)
        subprocess.run([vanban, "gen", "--docs", str(docs), "--seed", "1", "--out", corpus], check=True)
    out = f"{WORK}/steady-out-{docs}"
    cg = f"{WORK}/steady-{docs}.callgrind"
    print(f"counting instructions on {docs} documents (one worker)", file=sys.stderr)
    subprocess.run(["rm", "-rf", out], check=True)
    subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}", vanban,
         "process", "--jobs", "1", "--quiet", "--out", out, corpus],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    subprocess.run(["rm", "-rf", out], check=True)
    return cg


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=2000, help="documents of the small run")
    ap.add_argument("--large", type=int, default=10000, help="documents of the large run")
    ap.add_argument("--top", type=int, default=30, help="functions to list")
    ap.add_argument("--vanban", help="the binary (default: build target/release/vanban)")
    args = ap.parse_args()
    if args.large <= args.small:
        ap.error("--large must be more documents than --small")
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    vanban = args.vanban
    if vanban is None:
        subprocess.run(["cargo", "build", "--release", "--quiet"], check=True)
        vanban = "target/release/vanban"
    os.makedirs(WORK, exist_ok=True)
    small_total, small = annotate(profile(vanban, args.small))
    large_total, large = annotate(profile(vanban, args.large))
    extra = args.large - args.small
    print(f"{args.small} documents: {small_total:,} instructions")
    print(f"{args.large} documents: {large_total:,} instructions")
    print(f"steady cost of a document: {(large_total - small_total) / extra:,.0f} instructions")
    print(f"fixed cost (start-up and warm-up, extrapolated to 0 documents): "
          f"{small_total - args.small * (large_total - small_total) / extra:,.0f}")
    print()
    print("| per document | share | function (exclusive instructions) |")
    print("|---:|---:|---|")
    steady = (large_total - small_total) / extra
    rows = sorted(
        ((large.get(f, 0) - small.get(f, 0)) / extra, f) for f in set(small) | set(large)
    )
    for per_doc, name in reversed(rows[-args.top:]):
        print(f"| {per_doc:,.0f} | {100 * per_doc / steady:.1f}% | `{name[:120]}` |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
