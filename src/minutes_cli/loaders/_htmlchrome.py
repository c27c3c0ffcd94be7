"""Site chrome: what a saved page holds besides its content, told by name AND by content.

A class or id word ("sidebar", "search", "banner") only names a candidate: many systems
put the content itself in such an element (CMIS's `DnnModule-CMIS_Search`, CivicPlus's
`banner1` around the whole page, a theme's `has-sidebar` column). A candidate is dropped
only when it holds little text of its own beyond its links and no data table; cookie
banners, skip links and breadcrumbs are dropped whatever they hold. Elements hidden
from every reader (`hidden`, `display:none`) are dropped too.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from lxml import etree

from ..text import scan
from ._htmlnames import ALWAYS_CHROME, MARKS, MAYBE_CHROME, chrome_names, marked

ALWAYS_CHROME_TAGS = frozenset({"nav"})
MAYBE_CHROME_TAGS = frozenset({"aside", "header", "footer"})
# A candidate with at least this many words outside its links is content.
OWN_WORDS = 40
# A table with this many rows holding text in two or more cells is data, not chrome.
DATA_ROWS = 3
# Controls a reader types into or picks from, and the words of labels around one.
CONTROLS = ("input", "select", "textarea")
NOT_CONTROLS = ("hidden", "submit", "button", "image")  # <input type=...> that a reader does not fill
CONTROL_WORDS = 6
# A menu item has at most this many words.
MENU_WORDS = 6
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "u", "font", "small", "big", "sup", "sub",
                    "label", "time", "abbr", "mark", "cite", "code", "img"})
# Link text that is file debris: "pdf icon PDF 58 KB", "PDF 1 MB", "Media"
LINK_DEBRIS = re.compile(r"^\s*(?:(?:pdf|doc|word|xls) icon\s*)?(?:(?:PDF|DOCX?|XLSX?|HTML?|RTF)\s*"
                         r"\d+(?:\.\d+)?\s*[KMG]B|Media|View the webcast|Skip to (?:main )?content)\s*$",
                         re.I)
# What any debris link text holds, lower-cased (`may_hold_debris`): its size or a phrase.
SIZE_HINT = re.compile(r"(?:pdf|docx?|xlsx?|html?|rtf)\s*\d")
SIZE_NEEDLES = scan.needles(SIZE_HINT)  # "pdf", "doc", ...: one is in every match
DEBRIS_PHRASES = ("media", "view the webcast", "skip to")
# Characters that re.I matches to an ASCII letter but str.lower() does not lower to it.
FOLD_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
# Pages with more links than this test their links' text once before testing each link.
MANY_LINKS = 200


# Text under these is not an element's own (`own_words`): the text nodes under an element,
# and those under one of these (a node under two of them is one node of the union).
NOT_OWN = ("a", "script", "style", "noscript")
ALL_TEXT = etree.XPath(".//text()", smart_strings=False)
NOT_OWN_TEXT = etree.XPath("(.//a|.//script|.//style|.//noscript)//text()", smart_strings=False)


def tag_of(el: Any) -> str:
    """The lower-case tag, or "" for comments, processing instructions and entities."""
    return el.tag.lower() if isinstance(el.tag, str) else ""


def is_hidden(el: Any) -> bool:
    """Hidden from every reader: the `hidden` attribute or an inline display:none."""
    style = el.get("style")
    return el.get("hidden") is not None or bool(style and HIDDEN_STYLE.search(style))


def text_of(el: Any) -> str:
    """All text under `el` (lxml.html's text_content, for plain etree elements): libxml2's
    text serialiser, ~30x faster a call than XPath `string()` and equal to it (tested)."""
    text: str = etree.tostring(el, method="text", encoding=str, with_tail=False)
    return text


def own_words(el: Any) -> int:
    """Words of the text nodes under `el` that are not inside a link, script or style (none
    when `el` is inside one): the words of all its text nodes less those of the nodes under
    such an element. Equal to counting the nodes of `.//text()[not(ancestor::a or ...)]`
    (tested), ~10x slower as libxml2 walks up from every text node."""
    if el.tag in NOT_OWN or next(el.iterancestors(*NOT_OWN), None) is not None:
        return 0
    return _words(ALL_TEXT(el)) - _words(NOT_OWN_TEXT(el))


def _words(texts: list[str]) -> int:
    """The words of the text nodes, each split alone: joined by a space, which neither makes
    nor merges a word, they split at once."""
    return len(" ".join(texts).split())


def _has_data_table(el: Any) -> bool:
    rows = 0
    for row in el.iter("tr", "TR"):
        cells = [c for c in row if tag_of(c) in ("td", "th") and text_of(c).strip()]
        rows += len(cells) >= 2
        if rows >= DATA_ROWS:
            return True
    return False


def is_chrome(el: Any) -> bool:
    """Is `el` site chrome (see the module doc)?"""
    tag = tag_of(el)
    if not tag or tag in ("body", "html", "main"):
        return False
    if tag in ALWAYS_CHROME_TAGS or is_hidden(el):
        return True
    if tag == "a" and LINK_DEBRIS.match(text_of(el) or ""):
        return True
    # one search over the names joined: no pattern spans a space, so none spans two names
    names = chrome_names(el)
    if names and ALWAYS_CHROME.search(names):
        return True
    if tag in ("header", "footer") and any(tag_of(a) in ("main", "article") for a in el.iterancestors()):
        return False
    if tag in ("ul", "ol") and is_link_list(el):
        return True
    if tag in INLINE:  # a link or a span named "...Search_grdDocuments_hlnk..." is content
        return False
    if tag in MAYBE_CHROME_TAGS or names and MAYBE_CHROME.search(names):
        return own_words(el) < OWN_WORDS and not _has_data_table(el)
    return False


def is_link_list(el: Any) -> bool:
    """A menu: a list of two or more items that are short links and nothing else.

    A list that names a year ("Minutes 12 March 2024") is kept: it may be the content.
    """
    if tag_of(el) not in ("ul", "ol") or next(el.iterdescendants("a"), None) is None:
        return False  # a list with no link at all has no item that is one (libxml2 looks)
    items = [li for li in el if tag_of(li) == "li"]
    if len(items) < 2:
        return False
    for li in items:  # the cheap tests first: an item of a list of content is a sentence
        text = text_of(li)
        if len(text.split()) > MENU_WORDS or YEAR.search(text) or next(li.iterdescendants("a"), None) is None \
                or own_words(li):
            return False
    return True


# The only elements that can be chrome: named, hidden, of a chrome tag, lists and links.
CANDIDATE_TAGS = frozenset({"nav", "aside", "header", "footer", "ul", "ol", "a"})
CANDIDATE_ATTRIBUTES = frozenset(MARKS)
# The text of every link under an element (itself included) joined, each link's text whole
# (`may_hold_debris`): one XSLT pass, where XPath's `//a//text()` merges a node set per
# link (7 ms on a grid of 4,000 links).
LINK_TEXT = etree.XSLT(etree.XML("""\
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="utf-8"/>
  <xsl:template match="/"><xsl:for-each select="//a"><xsl:value-of select="."/></xsl:for-each></xsl:template>
</xsl:stylesheet>"""))


def chrome_elements(root: Any, names: dict[str, set[str]] | None = None) -> list[Any]:
    """The elements under `root` (itself included) that are chrome: those of a chrome tag in
    document order, then the others (the order in which `strip_chrome` drops them does not
    change the tree it leaves).

    Only named, hidden and styled elements, chrome tags, lists and links can be; a link with
    none of those attributes is chrome only as file debris, tested on its text alone (the
    one test `is_chrome` makes of it), and not at all on a page of many links whose text
    holds no debris (nor is a named link then, unless hidden or by its name). An element
    of another tag is found by its attributes (libxml2 lists them) and tested only when
    hidden, styled or named by a chrome word: no Python visit to every element. The page's
    role and id values are put in `names` (by attribute) when it is given.
    """
    many = next(islice(root.iter("a"), MANY_LINKS, None), None) is not None  # libxml2's tag filter
    debris = not many or may_hold_debris(str(LINK_TEXT(root)))
    tags = CANDIDATE_TAGS if debris else CANDIDATE_TAGS - {"a"}
    found = [el for el in root.iter(*tags) if _tag_chrome(el)]
    tested: set[Any] = set()
    for name in MARKS:
        for value in marked(root, name, names):
            el = value.getparent()
            if el.tag not in tags and el not in tested:
                tested.add(el)  # one test an element, however many of its attributes lead to it
                if is_chrome(el):
                    found.append(el)
    return found


def _tag_chrome(el: Any) -> bool:
    """`is_chrome` for an element of a chrome tag: without a name, hidden or style attribute,
    a link is tested on its text alone and a list as a menu alone (`is_chrome`'s only tests
    of them that do not read those attributes)."""
    if CANDIDATE_ATTRIBUTES.isdisjoint(el.keys()):
        tag = el.tag
        if tag == "a":
            return LINK_DEBRIS.match(el.text or "" if not len(el) else text_of(el)) is not None
        if tag in ("ul", "ol"):
            return is_link_list(el)
    return is_chrome(el)


def may_hold_debris(text: str) -> bool:
    """Can a link whose text is part of `text` match LINK_DEBRIS? False only when no part of
    `text` holds a file size or one of its phrases (case-blind, as the pattern is)."""
    if any(char in text for char in FOLD_TO_ASCII):
        return True
    low = text.lower()
    if any(phrase in low for phrase in DEBRIS_PHRASES):
        return True
    # a search for its literals first: the pattern's first letters are common ones
    return scan.may_match(SIZE_NEEDLES, low, low) and SIZE_HINT.search(low) is not None


def controls(root: Any) -> list[Any]:
    """The form controls a reader types into or picks from, in document order (libxml2's tag
    filter: an XPath union of the three took ~1 ms on a large page)."""
    return [el for el in root.iter(*CONTROLS) if el.tag != "input" or el.get("type") not in NOT_CONTROLS]


def search_box(control: Any) -> Any:
    """The largest element around a form control that holds only a few words of labels
    (a search box, a date picker), or None. Walks up from the control: linear."""
    box = None
    for el in control.iterancestors():
        if tag_of(el) in ("body", "html", "form", "main") or own_words(el) > CONTROL_WORDS:
            break
        box = el
    return box


def strip_chrome(root: Any) -> dict[str, set[str]]:
    """Drop site chrome in place, keeping the text that follows each dropped element; returns
    the page's role and id values by attribute (`chrome_elements`), dropped elements' ones included."""
    names: dict[str, set[str]] = {}
    for el in chrome_elements(root, names):
        if el.getparent() is not None:
            drop_tree(el)
    for box in [search_box(control) for control in controls(root)]:
        if box is not None and box.getparent() is not None:
            drop_tree(box)
    return names


def drop_tree(el: Any) -> None:
    """Remove `el` and what it holds, keeping the text that follows it."""
    parent, tail = el.getparent(), el.tail
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
