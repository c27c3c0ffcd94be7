"""Print how fast the PDF loader reads pages (and the HTML loader pages), over the
corpus in ../shared/corpus or the files given.

    python bench/pdf_pages.py [FILES...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from minutes_cli.loaders import load
from minutes_cli.settings import Settings


def main(argv: list[str]) -> None:
    corpus = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
    files = [Path(a) for a in argv] or sorted(corpus.glob("*.pdf")) + sorted(corpus.glob("*.html"))
    settings = Settings()
    by_format: dict[str, list[float]] = {}
    for path in files:
        data = path.read_bytes()
        load(data, path.name, settings)  # first load imports the format's library
        start = time.perf_counter()
        rounds = 5
        for _ in range(rounds):
            doc = load(data, path.name, settings)
        seconds = (time.perf_counter() - start) / rounds
        pages = doc.source.pages or 1
        by_format.setdefault(doc.source.format, []).extend([pages, seconds])
        print(f"{path.name:40} {doc.source.format:5} {pages:3} pages {seconds * 1000:8.1f} ms"
              f" {pages / seconds:8.0f} pages/s")
    for fmt, values in sorted(by_format.items()):
        pages, seconds = sum(values[0::2]), sum(values[1::2])
        print(f"{fmt}: {int(pages)} pages in {seconds * 1000:.1f} ms = {pages / seconds:.0f} pages/s"
              f" ({seconds * 1000 / pages:.2f} ms a page)")


if __name__ == "__main__":
    main(sys.argv[1:])
