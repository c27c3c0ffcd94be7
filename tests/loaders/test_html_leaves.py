"""Leaf blocks read at once (`_htmlleaves`) give the blocks the walker's recursion gives."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from minutes_cli.loaders import _htmlwalk
from minutes_cli.loaders._htmlleaves import INLINE, MOST_INLINE, leaf_text
from minutes_cli.loaders._htmlwalk import BLOCKS, HEADINGS, SKIP, BlockWalker
from minutes_cli.loaders.html import parse_html

from .test_fuzz_loaders import elements


class SlowWalker(BlockWalker):
    """The walker as it was before leaves: every block read by `_inner`'s recursion."""

    def _block(self, el: Any, tag: str, label: str) -> None:
        self._flush()
        if label:
            self._prefix, self._labelled = label, True
        self._inner(el, tag)
        self._flush("heading" if tag in HEADINGS else "list_item" if tag == "li" else "paragraph")

    def _sub_walk(self, cell: Any) -> list[tuple[str, str]]:
        return SlowWalker(self._depth, self._complex, self._lines).walk(cell)


def _both(root: Any) -> list[tuple[str, str]]:
    fast, slow = BlockWalker().walk(root), SlowWalker().walk(root)
    assert fast == slow
    return fast


KEEP_ALL = etree.HTMLParser(remove_comments=False, remove_pis=False)
AWKWARD = [
    "<p>before<!-- a comment -->after <b>bold<!-- in b -->tail</b> end<?pi x?>pi tail</p>",
    "<p>one<br>two <span>three<br/>four</span></p><p>a<b>b</b><br></p>",
    "<P>upper <SPAN>case</SPAN> tags</P><p>lower <Span>mixed</Span></p>",
    "<p><a><strong><em><span><i><b><u><sup>deep</sup></u></b></i></span></em></strong></a> nested</p>",
    "<p>caf&eacute; &amp; &lt;tag&gt; &nbsp;&nbsp;spaced&nbsp;out &#8203;zero&#x200b;width</p>",
    "<p></p><p>   </p><p>&nbsp;</p><p><span></span></p><p><b> </b>\n</p><h2></h2><p>end</p>",
    "<p>1.</p><p>Apologies were received.</p><div>a)</div><h3>iv.</h3><h3>Heading after a label</h3>",
    "<p><b>2.</b></p><p><span>Minutes</span> confirmed</p><p>3.</p>",
    "<ol start='4' type='a'><li>first <b>item</b></li><li>1.</li><li></li><li><p>para in li</p></li>"
    "<span>not an li</span></ol><ul><li>dot <i>item</i></li></ul><ol type='I'><li>x</li></ol>",
    "<ol start='x'><a>only inline</a> text</ol><ul></ul><ul><b>bold</b></ul><table></table>",
    "<table><tr><td>1.</td><td>Apologies <i>were</i> received</td></tr><tr><td><p>2.</p></td>"
    "<td>Minutes<br>confirmed</td></tr><tr><td><b>Item</b> 3</td><td><p>para</p><p>two</p></td></tr></table>",
    "<div>text <span>inline</span><p>block inside</p> tail <em>more</em></div><div><q>quote</q></div>",
    "<p>a <img src='x'> b <input> c <script>no</script> d <select><option>o</option></select></p>",
    "<p>unknown <blink>tag</blink> and <custom-el>custom</custom-el></p><p>x<br>y</p>",
    "<dl><dt>Term <dfn>d</dfn></dt><dd>Definition <kbd>k</kbd></dd></dl><pre>pre  <code>code\n  kept</code></pre>",
    "<h1>Title <small>small</small></h1><blockquote>q <cite>c</cite></blockquote><li>stray li</li>",
    "<p>\u00a0lead\u2003em\u3000ideo \x0b tabs\tand\nlines</p><td>stray cell <b>b</b></td>",
    "<p>" + "<a>link</a> " * (MOST_INLINE + 3) + "</p><p>" + "<b>x</b>" * MOST_INLINE + "</p>",
]


@pytest.mark.parametrize("body", AWKWARD)
@pytest.mark.parametrize("keep_comments", [False, True])
def test_leaves_give_the_blocks_of_the_recursion(body: str, keep_comments: bool) -> None:
    page = f"<html><body><main>{body}</main></body></html>"
    root = etree.fromstring(page, KEEP_ALL) if keep_comments else parse_html(page, "page.html")
    assert _both(root.find(".//main"))


def test_xml_trees_with_upper_case_tags_and_entities() -> None:
    root = etree.fromstring("<main><P>Upper <SPAN>span</SPAN> <b>b</b></P><p>x<!--c-->y<?pi z?>w</p>"
                            "<p>ent <b>b</b></p><LI>Item</LI></main>")
    root[2].insert(0, etree.Entity("nbsp"))
    root[2][0].tail = " after the entity"
    assert _both(root) == [("Upper span b", "paragraph"), ("xyw", "paragraph"),
                           ("ent after the entityb", "paragraph"), ("Item", "list_item")]


def _nested(depth: int, inner: str) -> str:
    return "<div>" * depth + inner + "</div>" * depth


@pytest.mark.parametrize("depth", [100, 130, 135, 138, 139, 140, 141, 145, 148, 149, 150, 155])
def test_leaves_near_the_depth_limit(depth: int) -> None:
    inner = "<p>a<b>b<i>c<u>d<em>e<span>f<a>g<s>h</s></a></span></em></u></i></b> tail</p><p>x<b>y</b></p>"
    root = parse_html(f"<html><body><main>{_nested(depth, inner)}</main></body></html>", "p.html")
    assert _both(root.find(".//main"))


def _texts(el: Any) -> str:
    """The concatenation of `el`'s text nodes, as `_inner` appends them."""
    out = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            out.append(_texts(child))
        out.append(child.tail or "")
    return "".join(out)


def test_leaf_text_is_the_text_nodes_of_a_block_of_inline_elements() -> None:
    root = etree.fromstring("<html><body>" + "".join(AWKWARD) + "</body></html>", KEEP_ALL)
    found = 0
    for el in root.iter():
        text = leaf_text(el, 1000)
        inline = all(d.tag in INLINE for d in el.iterdescendants())
        small = sum(1 for _ in el.iterdescendants()) <= MOST_INLINE
        assert (text is not None) == (inline and small)
        if text is not None:
            found += 1
            assert text == _texts(el)
    assert found > 40


def test_leaf_text_leaves_room_below_the_limit() -> None:
    p = etree.fromstring("<p>a<b>b<i>c</i></b></p>")
    assert leaf_text(p, 3) == "abc" and leaf_text(p, 2) is None and leaf_text(p, 1) is None


def test_inline_tags_are_no_blocks_and_not_skipped() -> None:
    assert INLINE.isdisjoint(BLOCKS | SKIP | {"br", "tr"}) and _htmlwalk.GROUPS <= BLOCKS


PHRASES = st.sampled_from(["RESOLVED:", "1.", "a)", "the report", "&nbsp;", "caf&eacute;", " ", "\n", "",
                           "<!-- c -->", "<br>", "<?pi x?>", "&amp;", "iv."])
INLINE_TAGS = st.sampled_from(["a", "span", "strong", "b", "em", "SPAN", "font", "blink", "sup", "q"])


@st.composite
def inline(draw: st.DrawFn, depth: int = 0) -> str:
    """Inline text: phrases and inline elements (some upper-case or unknown) nested a few deep."""
    parts = [draw(PHRASES) for _ in range(draw(st.integers(0, 3)))]
    if depth < 3:
        parts += [f"<{t}>{draw(inline(depth + 1))}</{t}>"
                  for t in [draw(INLINE_TAGS) for _ in range(draw(st.integers(0, 2)))]]
    return "".join(draw(st.permutations(parts)))


BLOCK_TAGS = st.sampled_from(["p", "li", "h2", "td", "div", "dd", "P", "ol", "ul"])
LEAF_PAGES = st.lists(st.tuples(BLOCK_TAGS, inline()), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(LEAF_PAGES, st.booleans())
def test_generated_leaf_pages(blocks: list[tuple[str, str]], keep_comments: bool) -> None:
    body = "".join(f"<{tag}>{text}</{tag}>" for tag, text in blocks)
    # a row of cells with comments in them is left out when comments are kept: `_htmlstack` reads
    # cells by `itertext`, which fails on them (`parse_html` leaves comments out)
    row = "" if keep_comments else f"<table><tr>{body}</tr></table>"
    page = f"<html><body><main><ol start='3'>{body}</ol>{body}{row}</main></body></html>"
    root = etree.fromstring(page, KEEP_ALL) if keep_comments else parse_html(page, "page.html")
    _both(root.find(".//main") if root.find(".//main") is not None else root)


@settings(max_examples=100, deadline=None)
@given(st.lists(elements(), min_size=1, max_size=4))
def test_generated_pages_of_the_loader_fuzz(body: list[str]) -> None:
    root = parse_html("<html><body>" + "".join(body) + "</body></html>", "page.html")
    _both(root)
