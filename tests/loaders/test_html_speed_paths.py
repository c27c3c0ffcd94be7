"""The HTML loader's fast paths answer what the slow tests they replace answered."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from minutes_cli.loaders import load
from minutes_cli.loaders._htmlchrome import (
    CANDIDATE_ATTRIBUTES,
    CANDIDATE_TAGS,
    LINK_DEBRIS,
    MANY_LINKS,
    SIZE_HINT,
    chrome_elements,
    controls,
    drop_tree,
    is_chrome,
    is_link_list,
    may_hold_debris,
    own_words,
    strip_chrome,
    text_of,
)
from minutes_cli.loaders._htmlnames import ANY_CHROME_NAME, matches_chrome_name
from minutes_cli.loaders._htmlwalk import CELL_BLOCKS, rows_with_blocks
from minutes_cli.loaders.html import NOT_XML_CHARS, main_content, page_title, parse_html
from minutes_cli.settings import Settings

PAGE = """<html><head><title>T</title></head><body><nav><a href="/">Home</a></nav>
<div class="menu"><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></div>
<div id="content" class="has-sidebar"><h1>Minutes of the Council</h1><p>Held on <b>4 March</b> 2024</p>
<table><tr><td>1.</td><td>Apologies <i>were</i> received</td></tr>
<tr><td><p>2.</p></td><td>Minutes<br>confirmed</td></tr>
<tr><td><table><tr><td>inner</td><td>row</td></tr></table></td><td>outer</td></tr></table>
<span style="display:none">hidden</span><a href="/m.pdf">pdf icon PDF 58 KB</a><a href="/x">Media</a>
<div class="search"><input type="text" name="q"></div><div hidden>gone</div>
<footer class="site-footer"><p>Copyright</p></footer></div></body></html>"""


def _root(page: str = PAGE) -> Any:
    return parse_html(page, "page.html")


def test_text_of_is_xpath_string_value() -> None:
    string = etree.XPath("string()")
    for el in _root().iter():
        assert text_of(el) == str(string(el))


def test_rows_with_blocks_are_the_rows_holding_a_block() -> None:
    root = _root()
    expected = {tr for tr in root.iter("tr") if any(d.tag in CELL_BLOCKS for d in tr.iterdescendants())}
    assert rows_with_blocks(root) == expected and len(expected) == 2


LINKS = "".join(f'<li><a href="/d{i}">Planning Committee {i} 2024</a></li>' for i in range(MANY_LINKS + 5))
# Many links: links are then tested only when named, hidden or styled.
MANY_LINKS_PAGE = f"""<html><body><div class="menu" id="nav-main"><a class="menu-link" href="/">Home</a></div>
<ul>{LINKS}</ul><a class="plain" href="/p">Plain link with a class</a><a hidden href="/h">hidden</a>
<a style="display:none" href="/s">styled</a><a style="color:red" href="/c">red</a><a role="navigation">r</a>
<span class="cookie-note" id="cookie">c</span><div class="search"><div class="sidebar">s</div></div>
<a class="skip-link" href="#c">Jump down</a><p style="display: none">gone</p></body></html>"""


@pytest.mark.parametrize("page", [PAGE, MANY_LINKS_PAGE, "lists"])
def test_chrome_elements_are_the_candidates_is_chrome_accepts(page: str) -> None:
    root = _root(LISTS if page == "lists" else page)
    candidates = [el for el in root.iter(etree.Element)
                  if el.tag in CANDIDATE_TAGS or not CANDIDATE_ATTRIBUTES.isdisjoint(el.keys())]
    found = chrome_elements(root)
    assert len(found) == len(set(found)) and set(found) == {el for el in candidates if is_chrome(el)}
    assert len(found) >= (1 if page == "lists" else 4)


@pytest.mark.parametrize("page", [PAGE, MANY_LINKS_PAGE])
def test_chrome_dropped_in_any_order_leaves_one_tree(page: str) -> None:
    def stripped(order: int) -> bytes:
        root = _root(page)
        found = chrome_elements(root)
        for el in sorted(found, key=list(root.iter()).index)[::order]:
            if el.getparent() is not None:
                drop_tree(el)
        return bytes(etree.tostring(root))
    assert stripped(1) == stripped(-1)


@pytest.mark.parametrize("debris", ["pdf icon PDF 58 KB", "DOCX 1.5 MB", "Media", "View the webcast",
                                    "Skip to main content", "MED\u0130A", "Med\u0131a", "\u017fkip to content",
                                    "PDF 5 \u212aB"])
def test_every_debris_text_may_hold_debris(debris: str) -> None:
    assert LINK_DEBRIS.match(debris)
    assert may_hold_debris(f"Minutes of the Council {debris} Agenda item 4")


def test_text_without_debris() -> None:
    assert not may_hold_debris("Planning Committee 4 March 2024 Council Chamber, Room 2 Agenda Minutes")


def test_debris_link_dropped_on_a_page_of_many_links() -> None:
    links = "".join(f'<li><a href="/d{i}">Planning Committee {i} 2024</a></li>' for i in range(MANY_LINKS + 5))
    page = (f"<html><body><h1>Meetings</h1><ul>{links}</ul><p>Agenda <a href='/a.pdf'>PDF 58 KB</a></p>"
            "</body></html>").encode()
    text = load(page, "many.html", Settings()).text
    assert "Planning Committee 3 2024" in text and "KB" not in text


@pytest.mark.parametrize("text", ["<p>a\x01b\x0cc \ufffe d\uffff e</p>", "<p>lone \ud800 surrogate</p>",
                                  "<p>caf\u00e9 \u2019 \u20ac \U0001f600</p>", "<p>tab\there\r\nline</p>"])
def test_bytes_parse_as_the_cleaned_str(text: str) -> None:
    expected = etree.fromstring(NOT_XML_CHARS.sub("", text),
                                etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True))
    assert etree.tostring(_root(text), encoding=str) == etree.tostring(expected, encoding=str)


# Nested links, scripts and noscript; text inside a link's child; an element inside a link;
# white space that str.split() folds but XPath does not (NBSP, a zero-width space).
OWN_PAGE = """<html><body><div id="d">Own <b>words</b> here<a href="/x">link <span>inner <i>deep</i></span>
words</a> tail after link<noscript><a href="/y">in noscript</a> noscript words</noscript> after
<script>var x = 1;</script><style>p {}</style>\u00a0 \u200b<p>para<a>a<b>b</b>c</a>d</p>
<span><a href="/z"><em>emph</em> in link</a>x</span>glued<b>bold</b>word</div>
<a href="/w"><div>block <p>in a link</p></div></a></body></html>"""


@pytest.mark.parametrize("page", [PAGE, OWN_PAGE])
def test_own_words_count_the_xpath_own_text_nodes(page: str) -> None:
    own_text = etree.XPath(".//text()[not(ancestor::a or ancestor::script or ancestor::style or ancestor::noscript)]")
    root = _root(page)
    for el in root.iter(etree.Element):
        assert own_words(el) == sum(len(t.split()) for t in own_text(el)), etree.tostring(el)
    assert own_words(root.find(".//div[@id]")) > 10  # the test tests something


@given(st.from_regex(ANY_CHROME_NAME))
@settings(max_examples=300, deadline=None)
def test_every_chrome_name_passes_the_literal_test(raw: str) -> None:
    assert matches_chrome_name(raw)


@pytest.mark.parametrize("raw", ["rgRow", "has-sidebar x", "ſearch", "SKIP-TO-main", "MENU", "\u212aookie-bar",
                                 "navigation", "nav", "site-footer", "Pr\u0130nt-link", "content main-col"])
def test_the_literal_test_agrees_with_the_pattern(raw: str) -> None:
    assert matches_chrome_name(raw) == (ANY_CHROME_NAME.search(raw) is not None)


CONTROL_PAGE = """<html><body><form><input type="text" name="q"><input type="hidden" name="v">
<input name="untyped"><input type="submit"><input type="Hidden"><input type="image"><input type="button">
<select><option>A</option></select><textarea>t</textarea><div><input type="date"></div></form></body></html>"""


def test_controls_are_the_xpath_union() -> None:
    union = etree.XPath("//input[not(@type='hidden' or @type='submit' or @type='button' or @type='image')]"
                        "|//select|//textarea")
    root = _root(CONTROL_PAGE)
    assert controls(root) == union(root) and len(union(root)) == 6


@pytest.mark.parametrize("page", [PAGE, OWN_PAGE, CONTROL_PAGE, "<html><body><main><title>in  main</title></main>"
                                  "<article>a</article><div role='main'>r</div></body></html>",
                                  "<html><body><article><p>one</p></article><div id='modgov'>m</div></body></html>",
                                  "<html><head><title></title></head><body><title>x</title></body></html>",
                                  "<html><body><article>a</article><article>b</article><div id='main'>c</div>"
                                  "<div id='content'>d</div></body></html>", "<p>fragment</p>"])
def test_main_content_and_title_as_xpath_and_findtext_find_them(page: str) -> None:
    root = _root(page)
    expected = None
    for choice, path in [("role", "//*[@role='main']"), ("main", "//main"), ("article", "//article"),
                         ("modgov", "//*[@id='modgov']"),
                         ("content", "//*[@id='content' or @id='main-content' or @id='maincontent' or @id='main']")]:
        found = root.xpath(path)
        if len(found) == 1 or (found and choice != "article"):
            expected = found[0]
            break
    assert main_content(root) is (expected if expected is not None else root.find("body"))
    assert page_title(root) == " ".join((root.findtext(".//title") or "").split())


def test_the_many_links_page_tests_links_by_name_only() -> None:
    assert not may_hold_debris(text_of(_root(MANY_LINKS_PAGE)))


@pytest.mark.parametrize("page", [PAGE, MANY_LINKS_PAGE,
                                  "<html><body><nav><div role='main'>menu</div></nav><div class='sidebar'>"
                                  "<div id='content'>s</div></div><div id='main'>kept</div></body></html>",
                                  "<html><body><div class='cookie'><div id='modgov'>x</div></div>"
                                  "<div id='modgov'><p>kept</p></div></body></html>"])
def test_main_content_from_the_names_found_before_the_chrome_went(page: str) -> None:
    root = _root(page)
    names = strip_chrome(root)
    assert main_content(root, names) is main_content(root)
    assert "s" not in text_of(main_content(root)).split()


LISTS = """<html><body><ul><li><a href="/">Home</a></li><li><a href="/b">About us</a></li></ul>
<ul><li><a href="/m">Minutes 12 March 2024</a></li><li><a href="/n">Agenda</a></li></ul>
<ol><li>That permission be granted subject to the conditions in the report.</li><li>Hours</li></ol>
<ul><li><span><a href="/x">Deep</a></span></li><li>own <a href="/y">words</a></li></ul>
<ul><li>Home</li><li>About</li></ul><ul><li><a href="/z">One item</a></li></ul></body></html>"""


def test_link_lists_as_the_tests_in_their_first_order_find_them() -> None:
    def first_order(el: Any) -> bool:
        items = [li for li in el if li.tag == "li"]
        return len(items) >= 2 and all(
            not (own_words(li) or len(text_of(li).split()) > 6 or re.search(r"\b(?:19|20)\d\d\b", text_of(li))
                 or li.find(".//a") is None) for li in items)
    lists = list(_root(LISTS).iter("ul", "ol"))
    assert [is_link_list(el) for el in lists] == [first_order(el) for el in lists] == [True] + [False] * 5


@given(st.from_regex(SIZE_HINT))
@settings(max_examples=200, deadline=None)
def test_every_size_hint_passes_the_word_test(text: str) -> None:
    assert may_hold_debris(text.upper()) and may_hold_debris(text)
