"""Parse every member of a minutes archive (.tar.gz) and report sanity shares.

    python bench/bulk_stats.py ../shared/bulk/minutes-archive.tar.gz [--problems out.tsv]

Reports: documents, failures, words/s, and the share with a meeting date, at least one
decision, at least one attendee, at least one vote, and the vote-arithmetic problems
(V601-V603) found, one line each, for spot checks. Reads members with tarfile; writes
nothing unless --problems is given.
"""

from __future__ import annotations

import argparse
import sys
import tarfile
import time
from collections import Counter
from pathlib import Path

from minutes_cli.api import parse_document
from minutes_cli.errors import MinutesError
from minutes_cli.settings import Settings

VOTE_CODES = ("V601", "V602", "V603")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--problems", type=Path, help="write vote problems as TSV here")
    args = parser.parse_args(argv)
    settings = Settings()
    counts: Counter[str] = Counter()
    problems: list[tuple[str, str, str, str]] = []
    words = 0
    elapsed = 0.0
    with tarfile.open(args.archive) as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith((".md", ".txt")):
                continue
            data = tar.extractfile(member).read()  # type: ignore[union-attr]
            counts["documents"] += 1
            start = time.perf_counter()
            try:
                doc = parse_document(data, member.name, settings)
            except MinutesError:
                counts["failed"] += 1
                continue
            elapsed += time.perf_counter() - start
            words += len(doc.text.split())
            counts["meeting date"] += bool(doc.metadata.get("meeting_date"))
            counts[">=1 decision"] += bool(doc.decisions)
            counts[">=1 attendee"] += any(a.name and a.status == "present" for a in doc.attendance)
            counts[">=1 motion"] += bool(doc.motions)
            counts[">=1 vote"] += bool(doc.vote_events)
            counts[">=1 declaration"] += bool(doc.declarations)
            for p in doc.problems:
                if p.code in VOTE_CODES:
                    counts[p.code] += 1
                    where = doc.text[p.span.start: p.span.end] if p.span else ""
                    problems.append((member.name, p.code, p.message, " ".join(where.split())[:160]))
    _report(counts, words, elapsed, problems)
    if args.problems:
        args.problems.write_text("".join("\t".join(row) + "\n" for row in problems), "utf-8")
    return 0


def _report(counts: Counter[str], words: int, elapsed: float, problems: list[tuple[str, str, str, str]]) -> None:
    n = counts["documents"] or 1
    print(f"documents {counts['documents']}  failed {counts['failed']}  "
          f"words {words}  {words / elapsed if elapsed else 0:,.0f} words/s (parse only, one core)")
    for key in ("meeting date", ">=1 decision", ">=1 attendee", ">=1 motion", ">=1 vote", ">=1 declaration"):
        print(f"{key:<18} {counts[key]:>5}  {counts[key] / n:6.1%}")
    for code in VOTE_CODES:
        print(f"{code:<18} {counts[code]:>5}")
    for row in problems:
        print("  " + " | ".join(row))


if __name__ == "__main__":
    sys.exit(main())
