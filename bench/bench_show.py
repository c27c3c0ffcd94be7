"""Benchmark `minutes show` on a hostile paper: HTML with script tags, event handlers and
markup written as text, about 5 MB of normalised text full of values to highlight.

Prints the time to load and parse the paper, the time to render its evidence page (the
target is under 2 s), the page's size and highlight count, a safety check of the page
(only its own two <script> elements; the paper's markup appears as escaped text), and,
when Debian's chromium and chromedriver are installed, how long headless Chromium takes
to load the page and run its script. Not a test: numbers only.

    .venv/bin/python bench/bench_show.py [--mb 5] [--no-browser]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from minutes_cli.api import parse_document
from minutes_cli.loaders import load
from minutes_cli.records import to_record
from minutes_cli.show import render
from minutes_cli.settings import Settings
from minutes_cli.show.marks import collect

MEETING = """<h2>{n}. Item {n}: Library and leisure review</h2>
<p>Councillor Ann Smith said that the &lt;script&gt;alert({n})&lt;/script&gt; report of 3 May 2022
and the plan of 14 June 2022 had been considered.<script>document.title = "pwned {n}"</script></p>
<p onclick="alert({n})">Councillor Ben Jones asked whether the works would start on 1 April 2023 and
whether <img src=x onerror=alert({n})> the &lt;img src=x onerror=alert({n})&gt; fee &amp; charges
would be kept &lt;/pre&gt;&lt;/body&gt; during the summer.</p>
<p>RESOLVED: That (1) the review be approved; (2) the Director be authorised to consult by
30 September 2022; and (3) a further report be brought to the meeting on 12 January 2023.</p>
"""


def hostile_html(megabytes: float) -> bytes:
    """An HTML paper whose text is about `megabytes` MB, with scripts and markup as text."""
    head = ("<!DOCTYPE html><html><head><title>Council &lt;script&gt;</title>"
            "<script>alert('head')</script><style>body{}</style></head><body>"
            "<h1>EXAMPLETON BOROUGH COUNCIL</h1><p>Minutes of the meeting of the Cabinet held on "
            "Tuesday 12 March 2024.</p><p>Present: Councillor Ann Smith (Chair), Councillor Ben Jones.</p>")
    sample = "".join(MEETING.format(n=n) for n in range(1, 101)).encode()
    per_item = len(load(sample, "sample.html", Settings()).text) / 100
    parts = [head] + [MEETING.format(n=n) for n in range(1, int(megabytes * 1_000_000 / per_item) + 2)]
    return ("".join(parts) + "</body></html>").encode("utf-8")


def in_chromium(page: Path) -> float | None:
    """Seconds headless Chromium takes to load the page and run its script, or None."""
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        return None
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or ""
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={tempfile.mkdtemp(prefix='bench-show-')}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    try:
        driver.set_page_load_timeout(120)
        start = time.perf_counter()
        driver.get(page.as_uri())
        loaded = time.perf_counter() - start
        pwned = driver.execute_script("return document.title.startsWith('pwned')")  # what the paper's scripts do
        print(f"chromium: page loaded and script run in {loaded:.2f} s; paper's scripts ran: {pwned}")
        return loaded
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the paper's text in MB (default 5)")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium load")
    args = parser.parse_args()
    data = hostile_html(args.mb)
    start = time.perf_counter()
    doc = parse_document(data, "hostile.html")
    record = to_record(doc)
    parsed = time.perf_counter() - start
    print(f"paper: {len(data) / 1e6:.1f} MB of HTML, {len(doc.text) / 1e6:.2f} M characters of text; "
          f"load + parse {parsed:.2f} s")
    times, cpu = [], []
    for _ in range(3):
        start, start_cpu = time.perf_counter(), time.process_time()
        html = render(record, doc.text, doc.blocks)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    marks = len(collect(record, len(doc.text)))
    print(f"render: best {min(times):.2f} s, worst {max(times):.2f} s of 3 by the clock, best {min(cpu):.2f} s "
          f"CPU (target < 2 s); {len(html) / 1e6:.1f} MB of HTML, {marks} highlights")
    own = html.count("<script") == 2 and html.count("</script>") == 2
    print(f"safe: only the page's own 2 script elements: {own}; paper's '<script>' shown as text: "
          f"{'&lt;script&gt;alert(1)&lt;/script&gt;' in html}; no <img> element: {'<img' not in html}")
    if not args.no_browser:
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / "hostile.html"
            page.write_text(html, encoding="utf-8")
            if in_chromium(page) is None:
                print("chromium: not installed, skipped")


if __name__ == "__main__":
    main()
