"""CPU time of the date scan (`find_date_hits`) over real papers' normalised text.

Every paper of the folders given (default: ../shared/corpus and the Limerick papers of the
bulk archive, extracted to /tmp/ocr-bulk) is loaded once; then each round scans every text
with the shared-match cache cleared first (so each text is matched afresh, as a new paper is).
Prints texts, characters, dates found and the CPU seconds of the best and median round.

usage: python bench/bench_dates.py [--rounds N] [FOLDER ...]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from minutes_cli.api import read_document
from minutes_cli.text import dategrammar
from minutes_cli.text.dates import find_date_hits

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = (ROOT.parent / "shared" / "corpus", ROOT.parent / "shared" / "corpus-raw-html", Path("/tmp/ocr-bulk/limerick"))


def texts(folders: list[Path]) -> list[str]:
    """The normalised text of every paper (gold labels and failures to load left out)."""
    out: list[str] = []
    for folder in folders:
        folder = folder / "docs" if (folder / "docs").is_dir() else folder  # corpus-raw-html keeps its papers there
        for path in sorted(p for p in folder.glob("*") if p.is_file() and not p.name.endswith(".yaml")):
            try:
                out.append(read_document(path).text)
            except Exception as exc:  # noqa: BLE001 (a paper that does not load is not timed)
                print(f"skipped {path.name}: {exc}", file=sys.stderr)
    return out


def one_round(papers: list[str]) -> tuple[float, int]:
    """CPU seconds to scan every paper afresh, and the dates found."""
    found = 0
    start = time.process_time()
    for text in papers:
        dategrammar._cached_matches.cache_clear()
        found += len(find_date_hits(text))
    return time.process_time() - start, found


def main(argv: list[str]) -> None:
    rounds = 5
    if argv[:1] == ["--rounds"]:
        rounds, argv = int(argv[1]), argv[2:]
    folders = [Path(a) for a in argv] or [f for f in DEFAULTS if f.is_dir()]
    papers = texts(folders)
    one_round(papers)  # compile the grammar, warm the caches of the lexicon
    times, found = zip(*(one_round(papers) for _ in range(rounds)))
    print(f"folders {', '.join(str(f) for f in folders)}")
    print(f"texts {len(papers)}  chars {sum(map(len, papers)):,}  dates {found[0]}")
    print(f"cpu s per round: best {min(times):.3f}  median {statistics.median(times):.3f}  ({rounds} rounds)")


if __name__ == "__main__":
    main(sys.argv[1:])
