"""minutes show: the evidence page's HTML, read back with a real HTML parser.

The page must hold the normalised text exactly (escaped, never interpreted), one
highlight per span of the record (a first fragment with id h<n>), the text under each
highlight equal to the text at its span, elements nested properly when spans nest or
cross, and the same bytes every time.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator

import pytest
from typer.testing import CliRunner

from minutes_cli.api import parse_document
from minutes_cli.cli import app
from minutes_cli.loaders import load
from minutes_cli.records import loads, to_record
from minutes_cli.schema import json_path
from minutes_cli.settings import Settings
from minutes_cli.show import render, show_path

from support import FIXTURES, needs_shared

GOLDENS = sorted(FIXTURES.rglob("*.yaml"))


class Page(HTMLParser):
    """The text inside <pre id="text">, and the text under each highlight number."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.under: dict[int, list[str]] = {}
        self.first: list[int] = []
        self.stack: list[int | None] = []
        self.inside = False
        self.pages: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "pre" and a.get("id") == "text":
            self.inside = True
            return
        if not self.inside:
            return
        assert tag == "span", f"unexpected <{tag}> in the text"
        if "page" in (a.get("class") or "").split():
            self.pages.append(a.get("data-page") or "")
        h = int(a["data-h"]) if a.get("data-h") is not None else None
        if h is not None and a.get("id") is not None:
            assert a["id"] == f"h{h}" and "cont" not in (a.get("class") or "").split()
            self.first.append(h)
        self.stack.append(h)

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self.inside:
            assert self.stack == [], "a highlight is left open at the end of the text"
            self.inside = False
        elif self.inside:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.inside:
            return
        self.text.append(data)
        for h in {h for h in self.stack if h is not None}:
            self.under.setdefault(h, []).append(data)


def record_spans(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], list[int]]]:
    """Every span in a record, found independently of minutes_cli.show: `span` keys,
    `mentions` lists and `evidence` mappings (document's and motions')."""
    def is_span(v: Any) -> bool:
        return isinstance(v, list) and len(v) == 2 and all(type(x) is int for x in v)
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "span" and is_span(value):
                yield (*path, key), value
            elif key == "mentions":
                yield from (((*path, key, i), s) for i, s in enumerate(value) if is_span(s))
            elif key == "evidence" and isinstance(value, dict):
                yield from (((*path, key, k), s) for k, s in value.items() if is_span(s))
            else:
                yield from record_spans(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from record_spans(value, (*path, i))


def page_data(html: str) -> dict[str, Any]:
    raw = re.search(r'<script type="application/json" id="minutes-data">(.*?)</script>', html, re.S)
    assert raw is not None
    return json.loads(raw.group(1))


def _golden(path: Path) -> tuple[dict[str, Any], Any]:
    record = loads(path.read_text(encoding="utf-8"), str(path))
    paper = path.with_name(path.name[: -len(".yaml")])
    return record, load(paper.read_bytes(), paper.name, Settings())


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.parent.name + "/" + p.name)
def test_one_highlight_per_span_of_the_record(golden: Path) -> None:
    record, doc = _golden(golden)
    html = render(record, doc.text, doc.blocks)
    page = Page(html)
    assert "".join(page.text) == doc.text
    spans = list(record_spans(record))
    assert spans, "a fixture with no span tests nothing"
    marks = page_data(html)["marks"]
    assert sorted(page.first) == list(range(len(spans))) == list(range(len(marks)))
    by_path = {m[3]: (m[0], m[1]) for m in marks}
    assert by_path == {json_path(p): tuple(s) for p, s in spans}
    for n, (start, end, *_rest) in enumerate(marks):
        assert "".join(page.under.get(n, [])) == doc.text[start:end], marks[n][3]


def _paper(tmp_path: Path, text: str, name: str = "paper.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HOSTILE = ("<script>alert('text')</script>\n\nMinutes of the meeting held on 3 May 2022.\n\n"
           "RESOLVED: That the </script><script>alert(1)</script> <img src=x onerror=alert(2)> "
           "policy &amp; plan be approved.\n")


def test_document_text_is_escaped_never_markup(tmp_path: Path) -> None:
    shown = show_path(_paper(tmp_path, HOSTILE))
    html = shown.html
    assert html.count("<script") == 2 and html.count("</script>") == 2  # the page's own: data and code
    assert "<img" not in html and "onerror=alert(2)>" not in html.replace("&gt;", "")
    assert "&lt;script&gt;alert(&#x27;text&#x27;)" in html or "&lt;script&gt;alert('text')" in html
    page = Page(html)
    doc = parse_document(HOSTILE.encode(), str(tmp_path / "paper.txt"))
    assert "".join(page.text) == doc.text and "<script>alert(1)</script>" in doc.text
    data = page_data(html)  # the decision's text travels as JSON, with < > & escaped
    assert any("</script><script>alert(1)</script>" in m[4] for m in data["marks"] if m[2] == "decision")


def test_hostile_html_paper_renders_its_markup_as_text(tmp_path: Path) -> None:
    html_paper = ("<html><head><title>x</title><script>alert('head')</script></head><body onload=alert(3)>"
                  "<h1>Council &lt;script&gt;alert(1)&lt;/script&gt;</h1><p>Minutes of the meeting held on "
                  "3 May 2022.</p><p>RESOLVED: That the &lt;/pre&gt;&lt;img src=x onerror=alert(2)&gt; plan "
                  "be approved.</p><script>alert('body')</script></body></html>")
    path = _paper(tmp_path, html_paper, "hostile.html")
    html = show_path(path).html
    doc = parse_document(html_paper.encode(), "hostile.html")
    assert "<script>alert(1)</script>" in doc.text and "</pre><img" in doc.text
    assert html.count("<script") == 2 and "<img" not in html and "alert('head')" not in html
    assert "".join(Page(html).text) == doc.text


def test_csp_pins_the_inline_style_and_script(tmp_path: Path) -> None:
    html = show_path(_paper(tmp_path, HOSTILE)).html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    assert "default-src 'none'" in csp
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        body = re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.S)
        assert len(body) == 1
        digest = base64.b64encode(hashlib.sha256(body[0].encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in csp
    assert not re.search(r'\s(src|href)="(?!#h\d|data:)', html), "the page refers to something outside itself"


def _h(n: int, kind: str) -> str:
    return f'<span class="hl k-{kind}" data-h="{n}" id="h{n}">'


def _c(n: int, kind: str) -> str:
    return f'<span class="hl k-{kind} cont" data-h="{n}">'


def test_nested_and_crossing_spans_render_as_nested_elements() -> None:
    # decision [0,20] holds item [2,12] holds date [5,10]; the speaker [8,15] crosses the
    # date and the item, so it is split where they end. Numbers follow record order:
    # decision 0, item 1, speaker 2, date 3. Expected markup written out by hand:
    text = "abcdefghijklmnopqrstuvwxyz"
    record = {"decisions": [{"id": "dec-1", "span": [0, 20], "items": [{"label": "(1)", "span": [2, 12]}]}],
              "speakers": [{"name": "X", "span": [8, 15], "mentions": [], "contributions": []}],
              "dates": [{"value": "2022-05-03", "span": [5, 10]}]}
    pre = re.search(r'<pre id="text">(.*)</pre>', render(record, text), re.S).group(1)  # type: ignore[union-attr]
    s = "</span>"
    assert pre == (_h(0, "decision") + "ab" + _h(1, "item") + "cde" + _h(3, "date") + "fgh" + _h(2, "speaker")
                   + "ij" + s + s + _c(2, "speaker") + "kl" + s + s + _c(2, "speaker") + "mno" + s + "pqrst" + s
                   + "uvwxyz")


def test_same_span_zero_width_and_out_of_range_spans() -> None:
    text = "0123456789"
    record = {"document": {"title": "t", "body": "b", "evidence": {"title": [0, 4], "body": [0, 4]}},
              "motions": [{"id": "mot-1", "span": [6, 9], "evidence": {"text": [6, 9]}}],
              "dates": [{"value": "x", "span": [5, 5]}, {"value": "y", "span": [8, 40]}]}
    html = render(record, text)
    pre = re.search(r'<pre id="text">(.*)</pre>', html, re.S).group(1)  # type: ignore[union-attr]
    # title 0, body 1 (same span: first listed outside), motion 2, its evidence 3 (unlisted:
    # outside the listed motion), zero-width date 4, date 5 clamped to the text's end.
    s = "</span>"
    assert pre == (_h(0, "field") + _h(1, "field") + "0123" + s + s + "4" + _h(4, "date") + s + "5"
                   + _h(3, "motion") + _h(2, "motion") + "67" + _h(5, "date") + "8" + s + s + s
                   + _c(5, "date") + "9" + s)
    assert "".join(Page(html).text) == text


def test_output_is_deterministic(tmp_path: Path) -> None:
    golden = FIXTURES / "minutes" / "parish-full-minutes.txt.yaml"
    runner = CliRunner()
    outs = []
    for n in range(2):
        out = tmp_path / f"page{n}.html"
        result = runner.invoke(app, ["show", str(golden), "-o", str(out)])
        assert result.exit_code == 0, result.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    record, doc = _golden(golden)
    assert render(record, doc.text, doc.blocks).encode() == outs[0]
    assert str(tmp_path) not in outs[0].decode()


def test_paged_paper_shows_page_markers_and_entry_pages() -> None:
    pytest.importorskip("fpdf")
    from loaders.paper import pdf_bytes

    doc = parse_document(pdf_bytes(), "paper.pdf")
    record = to_record(doc)
    html = render(record, doc.text, doc.blocks)
    page = Page(html)
    assert "".join(page.text) == doc.text
    assert page.pages[0] == "1" and len(page.pages) >= 3 and page.pages == sorted(page.pages, key=int)
    last = record["decisions"][-1]
    assert last["page"] and last["page"] > 1
    assert f'<span class="pg">p. {last["page"]}</span>' in html


def test_problems_are_listed_with_their_spans() -> None:
    record = {"problems": [{"code": "D303", "message": "meeting date not found", "stage": "metadata", "span": None},
                           {"code": "V601", "message": "yes: 5 counted but 4 named", "stage": "votes",
                            "span": [2, 6]}]}
    html = render(record, "0123456789")
    problems = html.split("<summary>Problems", 1)[1].split("</details>", 1)[0]
    assert '<span class="n">2</span>' in problems
    assert 'href="#h0" data-h="0"' in problems and "V601 yes: 5 counted but 4 named" in problems
    assert '<span class="pg">[2, 6]</span>' in problems
    assert "D303 meeting date not found" in problems and "no span" in problems
    assert page_data(html)["marks"] == [[2, 6, "problem", "$.problems[1].span", "V601 yes: 5 counted but 4 named",
                                         {"code": "V601", "message": "yes: 5 counted but 4 named",
                                          "stage": "votes"}, None]]


def test_plugin_values_under_extensions_are_highlighted_too() -> None:
    text = "one two three four"
    record = {"extensions": {"wordcount": {"words": 4, "span": [0, 18],
                                           "parts": [{"word": "two", "span": [4, 7], "mentions": [[8, 13]],
                                                      "evidence": {"word": [4, 7]}}]}}}
    html = render(record, text)
    page = Page(html)
    marks = page_data(html)["marks"]
    assert sorted(m[3] for m in marks) == sorted(
        json_path(p) for p, _ in record_spans(record))
    assert sorted(page.first) == list(range(4)) and "".join(page.under[1]) == "two"
    assert all(m[2] == "extension" for m in marks) and "<summary>Extensions" in html
    assert "<summary>Extensions" not in render({}, text)


@pytest.mark.shared
@pytest.mark.parametrize("name", ["090_kent-cc_minutes.pdf", "032_stoke-ferry-pc_minutes.md",
                                  "007_woking_minutes.txt", "038_west-dereham-pc_minutes.html"])
def test_real_papers_render_whole(name: str) -> None:
    path = needs_shared(f"corpus/{name}")
    doc = parse_document(path.read_bytes(), name)
    record = to_record(doc)
    html = render(record, doc.text, doc.blocks)
    page = Page(html)
    assert "".join(page.text) == doc.text
    assert sorted(page.first) == list(range(len(list(record_spans(record)))))
    if doc.source.pages:
        assert page.pages and page.pages[0] == "1"
