"""CPU time of the attendance stage on the corpus papers (every format), and of its sentence pass.

Each paper is loaded and run through the stages before attendance; the stage then runs N times on it
(the lists it appends to reset each time) and the best time counts. Prints the total in ms, the
sentence pass's share (`stages.attendance_sentences.sentence_attendance`, run alone the same way) and
the slowest papers.

    python bench/attendance_stage.py [--rounds 10] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from outcome_stages import best_ms, prepared  # the same loading and timing as the outcome stages' bench

from minutes_cli.document import Document
from minutes_cli.settings import Settings
from minutes_cli.stages.attendance_sentences import sentence_attendance


def _sentences(doc: Document, settings: Settings) -> None:
    list(sentence_attendance(doc, settings.lexicon_key, present=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus")
    args = parser.parse_args()
    papers = sorted(p for p in args.corpus.iterdir() if p.is_file() and p.suffix in {".pdf", ".txt", ".md", ".html"})
    if not papers:
        raise SystemExit(f"{args.corpus}: no papers to measure")
    settings = Settings()
    rows = []
    for path in papers:
        doc = prepared(path.read_bytes(), path.name, "attendance", settings)
        rows.append((best_ms(doc, "attendance", args.rounds, settings),
                     best_ms(doc, "attendance", args.rounds, settings, _sentences), path.name))
    for total, sentences, name in sorted(rows, reverse=True)[:5]:
        print(f"{name[:40]:40} attendance {total:7.2f} ms  sentences {sentences:6.2f} ms")
    print(f"{len(rows)} papers: attendance {sum(r[0] for r in rows):8.2f} ms, sentences {sum(r[1] for r in rows):7.2f} ms")


if __name__ == "__main__":
    main()
