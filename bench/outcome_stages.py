"""CPU time of the decisions, motions and votes stages on the corpus PDFs (issue 10, item 5).

Each paper is loaded and run through the stages before the one measured; the stage then runs
N times on it (the lists it appends to reset each time) and the best time counts, so the figure
is the stage's own steady cost. The first run of each paper is left out: it pays the one pass that
finds every literal any stage asks for in the text (`text.offsets.root_offsets`), whichever stage
comes first. Prints ms per paper and the total for each stage.

    python bench/outcome_stages.py [--rounds 15] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from minutes_cli.document import Document
from minutes_cli.loaders import load
from minutes_cli.pipeline import DEFAULT_STAGES
from minutes_cli.settings import Settings

STAGES = ("decisions", "motions", "votes")


def prepared(data: bytes, name: str, stage: str, settings: Settings) -> Document:
    """The paper as the stage `stage` finds it: loaded, the stages before it run."""
    doc = load(data, name, settings)
    for other, run in DEFAULT_STAGES:
        if other == stage:
            break
        run(doc, settings)
    return doc


def best_ms(doc: Document, stage: str, rounds: int, settings: Settings,
            call: Callable[[Document, Settings], object] | None = None) -> float:
    """The stage's best CPU time on `doc` over `rounds` runs (after one run left out); `call`, when
    given, is timed in the stage's place (a part of it), the lists reset the same way."""
    run = call or dict(DEFAULT_STAGES)[stage]
    saved = {k: list(v) for k, v in vars(doc).items() if isinstance(v, list)}
    best = float("inf")
    for n in range(rounds + 1):
        for k, v in saved.items():
            setattr(doc, k, list(v))
        start = time.process_time()
        run(doc, settings)
        if n:
            best = min(best, time.process_time() - start)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus")
    args = parser.parse_args()
    papers = sorted(args.corpus.glob("*.pdf"))
    if not papers:
        raise SystemExit(f"{args.corpus}: no PDF papers to measure")
    settings = Settings()
    totals = dict.fromkeys(STAGES, 0.0)
    for path in papers:
        data = path.read_bytes()
        times = {s: best_ms(prepared(data, path.name, s, settings), s, args.rounds, settings) for s in STAGES}
        for s in STAGES:
            totals[s] += times[s]
        print(f"{path.name[:32]:32} " + "  ".join(f"{s} {times[s]:6.2f}" for s in STAGES))
    print("total (ms)".ljust(33) + "  ".join(f"{s} {totals[s]:6.2f}" for s in STAGES))


if __name__ == "__main__":
    main()
