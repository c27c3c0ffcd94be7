"""Print how fast PDFs are read, in one run over the corpus PDFs in ../shared/corpus
(or the files given): raw pypdfium2 text extraction (open, page, text page,
get_text_range), the minutes PDF loader, and end to end (`parse_bytes`), in pages/s,
with the loader's and end to end's share of raw. Also the HTML loader per page file.

    python bench/pdf_pages.py [FILES...]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

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


def pages_per_second(files: list[tuple[str, bytes]],
                     readers: dict[str, Callable[[str, bytes], int]]) -> tuple[dict[str, float], dict[str, float]]:
    """Best CPU time of `ROUNDS` runs over all files for each reader, the readers taking turns
    within each round (so a busy machine slows them alike), after one warm-up run; and each
    reader's median, over the rounds, of the first reader's time in that round over its own
    (a share of raw that a neighbour's burst in one round cannot move much)."""
    for read in readers.values():
        for name, data in files:
            read(name, data)
    best = {label: float("inf") for label in readers}
    pages = {label: 0 for label in readers}
    shares: dict[str, list[float]] = {label: [] for label in readers}
    for _ in range(ROUNDS):
        spent: dict[str, float] = {}
        for label, read in readers.items():
            start = time.process_time()  # CPU time: other work on a shared machine counts less
            pages[label] = sum(read(name, data) for name, data in files)
            spent[label] = time.process_time() - start
            best[label] = min(best[label], spent[label])
        first = next(iter(spent.values()))
        for label, seconds in spent.items():
            shares[label].append(first / seconds)
    return ({label: pages[label] / best[label] for label in readers},
            {label: statistics.median(values) for label, values in shares.items()})


def main(argv: list[str]) -> None:
    corpus = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
    paths = [Path(a) for a in argv] or sorted(corpus.glob("*.pdf"))
    settings = Settings()
    pdfs = [(p.name, p.read_bytes()) for p in paths if p.suffix.lower() == ".pdf"]
    if pdfs:
        pages = sum(raw_pages(data) for _, data in pdfs)
        speed, share = pages_per_second(pdfs, {
            "raw": lambda name, data: raw_pages(data),
            "loader": lambda name, data: load(data, name, settings).source.pages or 1,
            "e2e": lambda name, data: parse_bytes(data, name, settings)["source"]["pages"]})
        raw, loader, e2e = speed["raw"], speed["loader"], speed["e2e"]
        print(f"{len(pdfs)} PDFs, {pages} pages")
        print(f"raw pypdfium2   {raw:7.0f} pages/s")
        print(f"minutes loader  {loader:7.0f} pages/s  ({loader / raw:.2f}x raw; "
              f"median of rounds {share['loader']:.2f}x)")
        print(f"end to end      {e2e:7.0f} pages/s  ({e2e / raw:.2f}x raw; median of rounds {share['e2e']:.2f}x)")
    html_dir = corpus.parent / "corpus-raw-html" / "docs"
    htmls = [(p.name, p.read_bytes()) for p in paths if p.suffix.lower() == ".html"]
    htmls = htmls or [(p.name, p.read_bytes()) for p in sorted(html_dir.glob("*.html"))]
    for name, data in htmls + [("generated grid (many table rows)", generated_page())]:
        ms = html_ms(data, name, settings)
        print(f"html {name:40} {len(data) / 1024:6.0f} KB {ms:7.1f} ms")


def html_ms(data: bytes, name: str, settings: Settings) -> float:
    """Best CPU milliseconds of `ROUNDS` loads of one page, after one warm-up load."""
    load(data, name, settings)
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.process_time()
        load(data, name, settings)
        best = min(best, time.process_time() - start)
    return best * 1000


def generated_page(size: int = 400 * 1024) -> bytes:
    """A saved meeting-list page of about `size` bytes: a menu, a search box and a grid
    of meetings, one table row each (body, date, time, place, links), as Legistar shows."""
    head = ('<html><head><title>Meetings</title></head><body><form id="aspnetForm">'
            '<div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/c">Calendar</a></li></ul></div>'
            '<div class="search"><label>Search</label><input type="text" name="q"></div>'
            '<table class="rgMasterTable"><thead><tr><th>Name</th><th>Date</th><th>Time</th>'
            '<th>Location</th><th>Agenda</th><th>Minutes</th></tr></thead><tbody>')
    rows: list[str] = []
    n = 0
    while len(head) + sum(map(len, rows)) < size:
        n += 1
        rows.append(f'<tr class="rgRow"><td><a href="/d?id={n}">Planning Committee {n}</a></td>'
                    f'<td>{1 + n % 28}/{1 + n % 12}/2024</td><td>6:{n % 60:02d} PM</td>'
                    f'<td><span>Council Chamber</span>, Room {n % 9}</td>'
                    f'<td><a href="/a{n}.pdf">Agenda</a></td><td>&nbsp;</td></tr>')
    return (head + "".join(rows) + "</tbody></table></form></body></html>").encode()

if __name__ == "__main__":
    main(sys.argv[1:])
