"""Print how fast PDFs are read, in one run over the corpus PDFs in ../shared/corpus
(or the files given): raw pypdfium2 text extraction (open, page, text page,
get_text_range), the minutes PDF loader, and end to end (`parse_bytes`), in pages/s,
with the loader's and end to end's share of raw. Also the HTML loader per page file, and
on three generated 400 KB pages: a Legistar grid, a dense grid, paragraphs and headings.

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
    generated = [("generated grid (Legistar's rows)", generated_page()),
                 ("generated dense grid (twice the rows)", generated_dense_grid()),
                 ("generated paragraphs and headings", generated_prose())]
    for name, data in htmls + generated:
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
    """A saved meeting-list page of about `size` bytes as Legistar writes one: a menu, a search
    box and a grid of meetings, one table row each (body, date, time, place, links, an empty
    cell), alternating row classes, ASP.NET ids on rows and links, rows and cells indented."""
    head = ('<!DOCTYPE html>\n<html><head><title>Meetings</title></head><body><form id="aspnetForm">\n'
            '<div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/c">Calendar</a></li></ul></div>\n'
            '<div class="search"><label>Search</label><input type="text" name="q"></div>\n'
            '<table class="rgMasterTable" id="ctl00_gridCalendar_ctl00"><thead>\n<tr><th>Name</th>'
            '<th>Date</th><th>Time</th><th>Location</th><th>Agenda</th><th>Minutes</th></tr>\n</thead><tbody>\n')

    def row(n: int) -> str:
        grid = f"ctl00_gridCalendar_ctl00_ctl{n:02d}"
        return (f'<tr class="{("rgRow", "rgAltRow")[n % 2]}" id="ctl00_gridCalendar_ctl00__{n}">\n'
                f'  <td><a id="{grid}_hypBody" href="/DepartmentDetail.aspx?ID={n}">Planning Committee {n}</a></td>\n'
                f'  <td>{1 + n % 28}/{1 + n % 12}/2024</td><td><span id="{grid}_lblTime">6:{n % 60:02d} PM</span></td>\n'
                f'  <td><span>Council Chamber</span>, Room {n % 9}</td>\n'
                f'  <td><a id="{grid}_hypAgenda" href="/View.ashx?M=A&amp;ID={n}">Agenda</a></td>\n'
                f'  <td>&nbsp;</td>\n</tr>\n')
    return _filled(head, row, "</tbody></table></form></body></html>", size, first=0)


def generated_dense_grid(size: int = 400 * 1024) -> bytes:
    """The grid of earlier sessions: the same meetings in the fewest bytes (no ids, no white
    space between tags), so about twice the rows of `generated_page` in as many bytes."""
    head = ('<html><head><title>Meetings</title></head><body><form id="aspnetForm">'
            '<div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/c">Calendar</a></li></ul></div>'
            '<div class="search"><label>Search</label><input type="text" name="q"></div>'
            '<table class="rgMasterTable"><thead><tr><th>Name</th><th>Date</th><th>Time</th>'
            '<th>Location</th><th>Agenda</th><th>Minutes</th></tr></thead><tbody>')

    def row(n: int) -> str:
        return (f'<tr class="rgRow"><td><a href="/d?id={n}">Planning Committee {n}</a></td>'
                f'<td>{1 + n % 28}/{1 + n % 12}/2024</td><td>6:{n % 60:02d} PM</td>'
                f'<td><span>Council Chamber</span>, Room {n % 9}</td>'
                f'<td><a href="/a{n}.pdf">Agenda</a></td><td>&nbsp;</td></tr>')
    return _filled(head, row, "</tbody></table></form></body></html>", size)


def generated_prose(size: int = 400 * 1024) -> bytes:
    """A page of minutes of about `size` bytes in ordinary paragraphs and headings: each item
    a numbered heading, paragraphs with bold and linked words, a resolution as a numbered list."""
    head = ('<!DOCTYPE html>\n<html><head><title>Minutes of the Council</title></head><body>\n'
            '<nav><ul><li><a href="/">Home</a></li><li><a href="/m">Meetings</a></li></ul></nav>\n'
            '<main id="content"><h1>Minutes of the Council, 12 March 2024</h1>\n')

    def item(n: int) -> str:
        return (f'<h2>{n}. Planning application 24/{n:04d} at {n} High Street</h2>\n'
                f'<p>The <strong>Head of Planning</strong> introduced the report on the application for '
                f'the change of use of the ground floor from a shop to a caf&eacute;, with <a href="/r{n}">'
                f'the officers&rsquo; recommendation</a>. Members asked about parking, opening hours '
                f'and the noise from the extraction flue; the officer answered each question.</p>\n'
                f'<p>Councillor Smith proposed and Councillor Jones seconded that the recommendation be '
                f'approved. On being put to the vote the motion was <em>carried</em>.</p>\n'
                f'<p><strong>RESOLVED:</strong></p>\n<ol><li>That planning permission be granted subject '
                f'to the conditions in the report.</li>\n<li>That the hours be limited to 8am to 10pm.</li>'
                f'</ol>\n')
    return _filled(head, item, "</main><footer>Council offices</footer></body></html>", size)


def _filled(head: str, part: Callable[[int], str], tail: str, size: int, first: int = 1) -> bytes:
    """`head`, then `part(first)`, `part(first + 1)`, ... until the page holds `size` characters, then `tail`."""
    parts, held, n = [head], len(head), first
    while held < size:
        parts.append(part(n))
        held += len(parts[-1])
        n += 1
    return ("".join(parts) + tail).encode()


if __name__ == "__main__":
    main(sys.argv[1:])
