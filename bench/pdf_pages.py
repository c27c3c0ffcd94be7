"""Print how fast PDFs are read, in one run over the corpus PDFs in ../shared/corpus
(or the files given): raw pypdfium2 text extraction (open, page, text page,
get_text_range), the minutes PDF loader, and end to end (`parse_bytes`), in pages/s,
with the loader's and end to end's share of raw. Also the HTML loader per page file.

    python bench/pdf_pages.py [FILES...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable

from minutes_cli import parse_bytes
from minutes_cli.loaders import load
from minutes_cli.settings import Settings

ROUNDS = 5


def raw_pages(data: bytes) -> int:
    """Extract every page's text with pypdfium2 alone; returns the page count."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    count = len(pdf)
    for index in range(count):
        page = pdf[index]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    pdf.close()
    return count


def pages_per_second(files: list[tuple[str, bytes]], readers: dict[str, Callable[[str, bytes], int]]) -> dict[str, float]:
    """Best CPU time of `ROUNDS` runs over all files for each reader, the readers taking turns
    within each round (so a busy machine slows them alike), after one warm-up run."""
    for read in readers.values():
        for name, data in files:
            read(name, data)
    best = {label: float("inf") for label in readers}
    pages = {label: 0 for label in readers}
    for _ in range(ROUNDS):
        for label, read in readers.items():
            start = time.process_time()  # CPU time: other work on a shared machine counts less
            pages[label] = sum(read(name, data) for name, data in files)
            best[label] = min(best[label], time.process_time() - start)
    return {label: pages[label] / best[label] for label in readers}


def main(argv: list[str]) -> None:
    corpus = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
    paths = [Path(a) for a in argv] or sorted(corpus.glob("*.pdf"))
    settings = Settings()
    pdfs = [(p.name, p.read_bytes()) for p in paths if p.suffix.lower() == ".pdf"]
    if pdfs:
        pages = sum(raw_pages(data) for _, data in pdfs)
        speed = pages_per_second(pdfs, {
            "raw": lambda name, data: raw_pages(data),
            "loader": lambda name, data: load(data, name, settings).source.pages or 1,
            "e2e": lambda name, data: parse_bytes(data, name, settings)["source"]["pages"]})
        raw, loader, e2e = speed["raw"], speed["loader"], speed["e2e"]
        print(f"{len(pdfs)} PDFs, {pages} pages")
        print(f"raw pypdfium2   {raw:7.0f} pages/s")
        print(f"minutes loader  {loader:7.0f} pages/s  ({loader / raw:.2f}x raw)")
        print(f"end to end      {e2e:7.0f} pages/s  ({e2e / raw:.2f}x raw)")
    html_dir = corpus.parent / "corpus-raw-html" / "docs"
    htmls = [p for p in paths if p.suffix.lower() == ".html"] or sorted(html_dir.glob("*.html"))
    for path in htmls:
        data = path.read_bytes()
        load(data, path.name, settings)
        start = time.perf_counter()
        for _ in range(ROUNDS):
            load(data, path.name, settings)
        ms = (time.perf_counter() - start) / ROUNDS * 1000
        print(f"html {path.name:40} {len(data) / 1024:6.0f} KB {ms:7.1f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
