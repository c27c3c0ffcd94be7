"""Chrome found through plain attribute values, link text by XSLT, and the content element by a
targeted search: each compared with the code it replaced (written out here as the definition)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from minutes_cli.loaders._htmlchrome import (
    CANDIDATE_TAGS,
    LINK_TEXT,
    MANY_LINKS,
    _tag_chrome,
    chrome_elements,
    controls,
    drop_tree,
    is_chrome,
    may_hold_debris,
    search_box,
    strip_chrome,
    text_of,
)
from minutes_cli.loaders._htmlnames import CHROME_NAME_NEEDLES, MARKS, chrome_values, matches_chrome_name
from minutes_cli.loaders.html import CONTENT_IDS, main_content, parse_html

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "corpus-raw-html" / "docs"
OLD_MARKED = tuple(etree.XPath(f".//@{name}") for name in MARKS)


def old_chrome_elements(root: Any, names: list[Any] | None = None) -> list[Any]:
    """chrome_elements as it was: every value as a smart string, tested in Python."""
    debris = etree.XPath("count(//a)")(root) <= MANY_LINKS or may_hold_debris(text_of(root))
    tags = CANDIDATE_TAGS if debris else CANDIDATE_TAGS - {"a"}
    found = [el for el in root.iter(*tags) if _tag_chrome(el)]
    tested: set[Any] = set()
    marked = [value for search in OLD_MARKED for value in search(root)]
    if names is not None:
        names.extend(value for value in marked if value.attrname in ("role", "id"))
    for value in marked:
        el = value.getparent()
        if el.tag in tags or el in tested:
            continue
        if value.attrname in ("hidden", "style") or matches_chrome_name(value):
            tested.add(el)
            if is_chrome(el):
                found.append(el)
    return found


def old_main_content(root: Any, names: list[Any]) -> Any:
    """main_content as it was, from the smart role and id values found before stripping."""
    def in_tree(el: Any) -> bool:
        return el is root or any(above is root for above in el.iterancestors())
    for choice in ("role", "main", "article", "modgov", "content"):
        if choice in ("main", "article"):
            found = list(root.iter(choice))
        else:
            kind = "role" if choice == "role" else "id"
            wanted = {"role": {"main"}, "modgov": {"modgov"}}.get(choice, CONTENT_IDS)
            found = [v.getparent() for v in names if v.attrname == kind and v in wanted and in_tree(v.getparent())][:1]
        if len(found) == 1 or (found and choice != "article"):
            return found[0]
    return root.find("body")


MENU_LINKS = "".join(f'<li><a href="/d{i}">Committee {i} 2024</a></li>' for i in range(MANY_LINKS + 3))
PAGES = [
    # names folded as the case-blind pattern folds them: long s, Kelvin sign, dotted and dotless i
    '<html class="MENU"><body><div id="\u017fidebar">s</div><p class="coo\u212aie">k</p>'
    '<div role="navigation" id="Pr\u0130nt-link">p</div><div class="\u017fkip-to">x</div><div class="S\u0131debar">y</div>'
    '<div class="has-sidebar">kept as layout</div><div id="modgov"><p>content</p></div></body></html>',
    # many links: links reached only by names, hidden and style; a chrome id in an entity
    f'<html><body><ul>{MENU_LINKS}</ul><a id="&#110;av-top" href="/">Top</a><a class="x" style="color:red">r</a>'
    '<a hidden>h</a><div id="content"><div class="share">Share this</div><p>text</p></div>'
    '<div id="content">second</div><a href="/f.pdf">PDF 12 KB</a></body></html>',
    # the content ids inside chrome (dropped) and after it (kept); role main in a nav
    '<html><body><nav><div role="main">menu</div></nav><div class="sidebar"><div id="main-content">s</div>'
    '</div><div class="cookie-bar" id="maincontent">c</div><section id="main"><p>kept</p></section>'
    '<div role="main" hidden>hidden main</div></body></html>',
    # nested links and links in a link list, a style on the root, repeated classes
    '<html style="display:block"><body><a href="/o">out <a href="/i">Media</a></a>'
    + "".join(f'<div class="row"><span class="cell">{i}</span></div>' for i in range(40))
    + '<div class="search-results"><p>' + "word " * 50 + "</p></div></body></html>",
]


def _pages() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import pdf_pages  # the bench's generated pages
    generated = [pdf_pages.generated_page(60_000), pdf_pages.generated_dense_grid(60_000),
                 pdf_pages.generated_prose(60_000)]
    real = [p.read_bytes().decode("utf-8", "replace") for p in sorted(REAL.glob("*.html"))] if REAL.is_dir() else []
    return PAGES + [g.decode() for g in generated] + real


def old_strip_chrome(root: Any) -> list[Any]:
    """strip_chrome as it was, over old_chrome_elements."""
    names: list[Any] = []
    for el in old_chrome_elements(root, names):
        if el.getparent() is not None:
            drop_tree(el)
    for box in [search_box(control) for control in controls(root)]:
        if box is not None and box.getparent() is not None:
            drop_tree(box)
    return names


@pytest.mark.parametrize("number", range(len(_pages())))
def test_chrome_elements_and_main_content_as_before(number: int) -> None:
    page = _pages()[number]
    old_root, root = parse_html(page, "p.html"), parse_html(page, "p.html")
    assert [etree.ElementTree(root).getpath(el) for el in chrome_elements(root)] == \
        [etree.ElementTree(old_root).getpath(el) for el in old_chrome_elements(old_root)]
    old_root, root = parse_html(page, "p.html"), parse_html(page, "p.html")
    old_names, names = old_strip_chrome(old_root), strip_chrome(root)
    assert etree.tostring(root) == etree.tostring(old_root)
    assert names == {"id": {str(v) for v in old_names if v.attrname == "id"},
                     "role": {str(v) for v in old_names if v.attrname == "role"}}
    old_content, content = old_main_content(old_root, old_names), main_content(root, names)
    assert (content is None) == (old_content is None)
    if content is not None:
        assert etree.ElementTree(root).getpath(content) == etree.ElementTree(old_root).getpath(old_content)
    assert main_content(root) is content  # no names: the same search, unskipped


def test_the_pages_test_something() -> None:
    found = [chrome_elements(parse_html(page, "p.html")) for page in PAGES]
    assert [len(f) >= 3 for f in found] == [True, True, True, False] and len(found[0]) == 5
    root = parse_html(PAGES[2], "p.html")
    assert main_content(root, strip_chrome(root)).get("id") == "main"


def test_link_text_holds_each_link_text_whole() -> None:
    links = 0
    for page in PAGES:
        root = parse_html(page, "p.html")
        joined = str(LINK_TEXT(root))
        assert all(text_of(a) in joined for a in root.iter("a"))
        links += len(list(root.iter("a")))
    assert links > MANY_LINKS
    assert str(LINK_TEXT(parse_html("<p>no links</p>", "p.html"))) == ""


def test_no_chrome_literal_spans_a_line_end() -> None:
    assert CHROME_NAME_NEEDLES is not None
    assert not any("\n" in n for n in (*CHROME_NAME_NEEDLES.cased, *CHROME_NAME_NEEDLES.blind))


NAMEISH = st.text(st.sampled_from("abcnavmenuskip-to_ 0\u017f\u212a\u0130\u0131SEARCHcookieBANNER\n"), max_size=14)


@given(st.lists(NAMEISH, max_size=12))
@settings(max_examples=300, deadline=None)
def test_chrome_values_are_the_values_that_match(values: list[str]) -> None:
    assert chrome_values(values) == {v for v in values if matches_chrome_name(v)}
