"""HTML: the page's main content only, one block a line, parsed with lxml.

Menus, breadcrumbs, cookie banners, skip links, file-size link text ("pdf icon PDF 58
KB"), webcast "Media" links, scripts and styles are dropped; headings, paragraphs,
list items (with their rendered numbers) and table rows are kept in order (see
_htmlwalk). ModernGov pages print an item's decision twice, under "Decision:" and
inside "Minutes:"; a long block repeated word for word is kept once.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..errors import LoadError, MissingDependency
from ..settings import Settings
from ._htmlchrome import strip_chrome
from ._htmlwalk import BlockWalker
from ._text import ESCAPED_BREAK_TAG, decode
from ._textbuild import Loaded, TextBuilder
from ._unbroken import UNBROKEN, split_unbroken

# <meta charset="utf-8">, <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.I)
# <?xml version="1.0" encoding="utf-8"?>: lxml refuses it in a str
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Characters libxml2 refuses in a str: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF
NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
NOT_XML_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])  # the C0 part, as UTF-8
# Where the content lives, most specific first: role="main", <main>, the one <article>,
# id="modgov", then a content id: the attribute and the values that choose an element.
CONTENT_IDS = frozenset({"content", "main-content", "maincontent", "main"})
NAMED = {"role": ("role", frozenset({"main"})), "modgov": ("id", frozenset({"modgov"})), "content": ("id", CONTENT_IDS)}
# The first value of each in document order, as a smart string that knows its element
# (a predicate on the attribute axis: one over every element is ~5x slower).
FIRST_NAMED = {choice: etree.XPath(f"(descendant-or-self::*/@{kind}[{' or '.join(f'.={v!r}' for v in sorted(values))}])[1]")
               for choice, (kind, values) in NAMED.items()}
FIRST_TITLE = etree.XPath("descendant::title[1]")
# A block this long, seen a second time, is a duplicate ("Decision:" cell repeated).
DUPLICATE_MIN = 60


def _decode(data: bytes, name: str) -> str:
    """Decode by the page's own charset, falling back to UTF-8 then cp1252."""
    match = META_CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, name)


def _xml_bytes(text: str) -> bytes:
    """`text` as UTF-8 without the characters libxml2 refuses: libxml2 reads UTF-8 bytes ~25%
    faster than a str, and a byte test finds most pages clean faster than the regex."""
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return NOT_XML_CHARS.sub("", text).encode("utf-8")
    if len(raw.translate(None, NOT_XML_BYTES)) != len(raw):
        return NOT_XML_CHARS.sub("", text).encode("utf-8")
    # U+FFFE and U+FFFF (EF BF BE, EF BF BF) are no ASCII (which a str knows without a scan)
    if not text.isascii() and (b"\xef\xbf\xbe" in raw or b"\xef\xbf\xbf" in raw):
        return NOT_XML_CHARS.sub("", text).encode("utf-8")
    return raw


def parse_html(text: str, name: str) -> Any:
    """Parse a page (or fragment) into a plain lxml.etree tree, comments and PIs left out.

    Plain etree elements iterate several times faster than lxml.html's; `huge_tree` lifts
    libxml2's limits on depth and on the size of one text node; no table of id attributes is
    kept (only XPath's id() reads it, ~1 ms of a 400 KB page's parse).
    """
    try:
        from lxml import etree
    except ImportError as exc:  # pragma: no cover - lxml is a dependency
        raise MissingDependency(name, "lxml", "html") from exc
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True, encoding="utf-8",
                              collect_ids=False)
    try:
        root = etree.fromstring(_xml_bytes(XML_DECLARATION.sub("", text, count=1)), parser)
    except (etree.ParserError, ValueError) as exc:
        raise LoadError(name, f"HTML cannot be parsed ({exc})") from exc
    if root is None:
        raise LoadError(name, "HTML has no elements")
    return root


def main_content(root: Any, names: dict[str, set[str]] | None = None) -> Any:
    """The element that holds the page's content: <main>, the one <article>, or <body>.
    `names` are the page's role and id values by attribute as `strip_chrome` found them
    before it dropped chrome: a value none of them is cannot be found (saving a search)."""
    for choice in ("role", "main", "article", "modgov", "content"):
        if choice in ("main", "article"):
            found = list(root.iter(choice))  # libxml2's tag filter, as `//main` finds them
        else:
            kind, values = NAMED[choice]
            absent = names is not None and values.isdisjoint(names.get(kind, ()))
            found = [] if absent else [value.getparent() for value in FIRST_NAMED[choice](root)]
        if len(found) == 1 or (found and choice != "article"):  # <article> is used only when alone
            return found[0]
    return root.find("body")


def page_title(root: Any) -> str:
    """The text of the first <title>, white space folded: `findtext(".//title")` as an XPath
    step that stops at the first (lxml's `iterdescendants` looks ahead for a second one: a
    walk of the whole page)."""
    first = FIRST_TITLE(root)
    return " ".join((first[0].text or "").split()) if first else ""


def load_html(data: bytes, name: str, settings: Settings) -> Loaded:
    """Read an HTML page's main content into blocks."""
    text = _decode(data, name)
    if "&lt;" in text:  # break tags the page escaped into its text ("&lt;br /&gt;") are breaks
        text = ESCAPED_BREAK_TAG.sub("<br/>", text)
    root = parse_html(text, name)
    title = page_title(root)
    content = main_content(root, strip_chrome(root))
    if content is None:
        raise LoadError(name, "HTML has no body")
    blocks = BlockWalker().walk(content)
    if not blocks:
        raise LoadError(name, "HTML has no text in its body")
    blocks = _rebroken(blocks, settings.lexicon_key)
    builder = TextBuilder(settings.repair_mojibake)
    if title and not any(kind == "heading" for _, kind in blocks[:3]):
        builder.add(title, "heading", locator="title")
    seen: set[str] = set()
    kept: list[tuple[str, str, str]] = []
    for number, (text, kind) in enumerate(blocks, start=1):
        if len(text) >= DUPLICATE_MIN and kind != "heading":
            if text in seen:
                continue
            seen.add(text)
        kept.append((text, kind, f"html block {number}"))
    builder.add_folded(kept)  # the walker folds
    return builder.build("html")


def _rebroken(blocks: list[tuple[str, str]], key: str) -> list[tuple[str, str]]:
    """A page whose paper is one run of text (Laserfiche WebLink's document view: a scanned paper's
    whole text in one element, no line breaks) gets its breaks back as a flattened text does
    (`_unbroken`): the block holding most of the page's text is split where the paper's structure shows."""
    longest = max(range(len(blocks)), key=lambda i: len(blocks[i][0]))
    text, kind = blocks[longest]
    if len(text) <= UNBROKEN or 2 * len(text) <= sum(len(t) for t, _ in blocks):
        return blocks
    lines = [(line, "paragraph") for line in split_unbroken(text, key).split("\n") if line.strip()]
    return [*blocks[:longest], *lines, *blocks[longest + 1:]]
