"""Fuzz the API with mutated real-shaped papers (txt, md, html, docx, pdf) and print counts.

The property (issue 14): every input gives a record or a MinutesError, nothing else, and
none takes over 5 s. Not a test: it prints numbers and the first example of each failure.

    python bench/fuzz.py [--count 10000] [--seed 0] [--jobs 2]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from _fuzzdocs import mutant, random_ops, seeds  # noqa: E402

from minutes_cli import Settings, parse_bytes  # noqa: E402
from minutes_cli.errors import MinutesError  # noqa: E402

SLOW = 5.0
HARD_LIMIT = 60.0  # an input still running after this is stopped (and counted as slow)


def one(seed: int) -> tuple[str, str, float, str]:
    """(outcome, kind, seconds, example) for the input made from `seed`."""
    rng = random.Random(seed)
    name = rng.choice(sorted(seeds()))
    ops = random_ops(rng)
    inside = rng.random() < 0.5
    data = mutant(name, ops, inside)
    started = time.perf_counter()
    try:
        parse_bytes(data, name, Settings(), timeout=HARD_LIMIT)
        outcome, kind, example = "record", "", ""
    except MinutesError as exc:
        outcome, kind, example = "library-error", type(exc).__name__, ""
    except Exception as exc:  # what the property forbids
        where = traceback.extract_tb(exc.__traceback__)[-1]
        kind = f"{type(exc).__name__} at {Path(where.filename).name}:{where.lineno}"
        outcome, example = "other", f"seed {seed}: {name} {ops!r:.300} inside={inside}: {str(exc)[:160]}"
    return outcome, kind, time.perf_counter() - started, example


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    seeds()  # build the seed papers once before forking
    started = time.perf_counter()
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    examples: dict[str, str] = {}
    slow: list[tuple[float, int]] = []
    numbers = range(args.seed, args.seed + args.count)
    with Pool(args.jobs) as pool:
        for n, (outcome, kind, seconds, example) in zip(numbers, pool.imap(one, numbers, chunksize=8)):
            outcomes[outcome] += 1
            if kind:
                kinds[f"{outcome}: {kind}"] += 1
                examples.setdefault(kind, example)
            if seconds > SLOW:
                slow.append((seconds, n))
    print(f"inputs: {args.count} (seeds {args.seed}..{args.seed + args.count - 1}), "
          f"{time.perf_counter() - started:.0f} s with {args.jobs} job(s)")
    for outcome in ("record", "library-error", "other"):
        print(f"  {outcome:14} {outcomes[outcome]}")
    print(f"  over {SLOW:g} s      {len(slow)}" + (f"  (slowest {max(slow)[0]:.1f} s, seed {max(slow)[1]})" if slow else ""))
    for kind, n in kinds.most_common():
        print(f"    {n:6}  {kind}")
    for kind, example in examples.items():
        if example:
            print(f"  example of {kind}: {example}")


if __name__ == "__main__":
    main()
