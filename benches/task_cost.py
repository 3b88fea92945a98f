#!/usr/bin/env python3
"""What task classification adds to a `vanban process` run (issue 3's 25% bar).

    benches/task_cost.py DIR [--jobs N] [--pairs N] [--vanban PATH]

Runs `vanban process DIR` with and without `--no-tasks`, alternating the two (one
warm-up pair first), and prints the mean times and the ratio of each pair: on a shared
machine whose speed drifts over minutes, alternating keeps each pair comparable where
two blocks of runs (hyperfine's order) are not. Outputs go to a temporary folder.
Build first: `cargo build --release`.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="the folder of documents")
    ap.add_argument("--jobs", default="2", help="workers (default 2)")
    ap.add_argument("--pairs", type=int, default=8, help="pairs of runs (default 8)")
    ap.add_argument("--vanban", default="target/release/vanban", help="the binary")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as out:

        def run(extra):
            cmd = [args.vanban, "process", "--quiet", "-j", args.jobs, "-o", out, args.corpus]
            start = time.perf_counter()
            # Without --strict, a run that completed exits 0 even if files failed.
            done = subprocess.run(cmd + extra, check=False)
            if done.returncode != 0:
                sys.exit(f"vanban exited with {done.returncode}")
            return time.perf_counter() - start

        run([]), run(["--no-tasks"])  # warm the page cache
        pairs = [(run([]), run(["--no-tasks"])) for _ in range(args.pairs)]

    with_tasks = [a for a, _ in pairs]
    without = [b for _, b in pairs]
    ratios = [a / b for a, b in pairs]
    print(
        f"{args.corpus}, --jobs {args.jobs}, {args.pairs} pairs: "
        f"{statistics.mean(with_tasks):.3f} s with tasks, "
        f"{statistics.mean(without):.3f} s without; tasks add "
        f"{100 * (statistics.mean(ratios) - 1):+.1f}% (median "
        f"{100 * (statistics.median(ratios) - 1):+.1f}%, pairs from "
        f"{100 * (min(ratios) - 1):+.1f}% to {100 * (max(ratios) - 1):+.1f}%)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
