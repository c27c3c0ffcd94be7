"""Markdown (Jekyll/Hugo posts, converted PDFs): front matter read, markup parsed by
markdown-it-py (CommonMark plus pipe tables; linear time, so no run of `[` or `*` can
make it slow), one block per paragraph, heading, list item or table row.

The front matter's title becomes the first heading; title, date, categories and tags
are kept as typed hints (`FrontMatter`) for the kind and date stages. A paragraph's
lines are re-flowed like plain text, so a `Label: value` line or a "1." line inside one
paragraph stays a block of its own. Embedded HTML goes through the HTML block walker.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import yaml

from .._yaml import safe_load
from ..document import FrontMatter
from ..errors import LoadError
from ..settings import Settings
from ._mdinline import INLINE_START, LINE_BREAK, inline_content, inline_text
from ._mdprose import block_tokens
from ._text import decode
from ._textbuild import Loaded, TextBuilder
from .reflow import layout_lines, reflow

# "---\ntitle: ...\ndate: 2001-02-01\n---\n"
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# "date: 2018-05-29 10:00:00 +0100" -> 2018-05-29
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DATE_KEYS = ("date", "meeting_date", "published", "pubDate", "created")
# "--- | :---:": what is left of a pipe table's rule line
PIPE_RULE = re.compile(r"^[\s|:-]*$")
Block = tuple[str, str]


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter from the body; an unreadable block is ignored."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = safe_load(match.group("yaml"))
    except (yaml.YAMLError, ValueError):  # ValueError: "date: 2021-02-30" is no date
        meta = None
    return (meta if isinstance(meta, dict) else {}), text[match.end():]


def meta_date(meta: dict[str, Any]) -> str | None:
    """The ISO date of the front matter's first date field that is a real date."""
    for key in DATE_KEYS:
        found = ISO_DATE.search(str(meta.get(key) or ""))
        if found:
            try:
                return dt.date(*map(int, found.groups())).isoformat()
            except ValueError:  # 2021-02-30
                continue
    return None


def _strings(value: Any) -> tuple[str, ...]:
    """Front matter `categories`/`tags` as strings: a list, or one comma-separated string."""
    items = value if isinstance(value, list) else str(value).split(",") if value else []
    return tuple(s for s in (" ".join(str(i).split()) for i in items if not isinstance(i, (dict, list))) if s)


def read_front_matter(meta: dict[str, Any]) -> FrontMatter:
    """The typed hints of a front matter block."""
    title = meta.get("title")
    return FrontMatter(title=" ".join(title.split()) or None if isinstance(title, str) else None,
                       date=meta_date(meta),
                       # sites name the same thing differently: categories, category, type, article_type
                       categories=tuple(dict.fromkeys(c for key in ("categories", "category", "type", "article_type")
                                                      for c in _strings(meta.get(key)))),
                       tags=_strings(meta.get("tags")))


def md_blocks(body: str) -> Iterator[Block]:
    """Yield (text, kind) blocks of a markdown body, in order."""
    # The lines the wrap width is measured on: tables, headings and HTML left out (no
    # lines are one empty line, as layout("") measures).
    prose = [ln.rstrip() for ln in body.split("\n") if not ln.lstrip().startswith(("|", "#", "<"))]
    env: dict[str, Any] = {}  # link reference definitions, found by the block parser
    yield from _Walk(block_tokens(body, env), layout_lines(prose or [""]), env).blocks()


class _Walk:
    """markdown-it tokens to blocks; a list item's paragraphs are one block."""

    def __init__(self, tokens: list[Any], shape: tuple[int, bool], env: dict[str, Any]) -> None:
        self.tokens = tokens
        self.env = env
        self.shape = shape
        self.items: list[tuple[str, list[str]]] = []  # (label, texts) of each open list item
        # Consecutive paragraphs, re-flowed together: converted PDFs put a blank line
        # between wrapped lines, which only the whole run shows (see reflow).
        self.plain: list[str] = []

    def blocks(self) -> Iterator[Block]:
        i = 0
        while i < len(self.tokens):
            token = self.tokens[i]
            if token.type == "inline" and not self.items:
                self.plain.append(inline_text(token, self.env))
                i += 1
                continue
            if token.type == "plain_run":  # top-level paragraphs (see _mdprose), never in an item
                self._add_run(token.paragraphs)
                i += 1
                continue
            if token.type not in ("paragraph_open", "paragraph_close"):
                yield from self._flush_plain()
            if token.type == "heading_open":
                yield " ".join(inline_text(self.tokens[i + 1], self.env).split()), "heading"
                i += 3
            elif token.type == "tr_open":
                i, row = _table_row(self.tokens, i, self.env)
                if row:
                    yield row, "table_row"
            else:
                yield from self._token(token)
                i += 1
        yield from self._flush_plain()
        yield from self._close_items()

    def _add_run(self, paragraphs: list[str]) -> None:
        """Add plain paragraphs to the run; consecutive ones holding no character an
        inline rule starts at as one text (the newline rule's result on their joined text
        is the join of its results: a paragraph neither starts nor ends with a space)."""
        bare: list[str] = []
        for paragraph in paragraphs:
            if not INLINE_START.search(paragraph):
                bare.append(paragraph)
                continue
            if bare:
                self.plain.append(LINE_BREAK.sub("\n", "\n\n".join(bare)))
                bare = []
            self.plain.append(inline_content(paragraph, self.env))
        if bare:
            self.plain.append(LINE_BREAK.sub("\n", "\n\n".join(bare)))

    def _flush_plain(self) -> Iterator[Block]:
        """Re-flow the paragraph run; a `| a | b |` line in it is a row (a table
        CommonMark does not accept, its rule line astray, as converters write them)."""
        if not self.plain:
            return
        text = "\n\n".join(self.plain)
        self.plain = []
        if "|" not in text:  # no row: the loop below would re-flow the text as it is
            yield from reflow(text, self.shape)
            return
        run: list[str] = []
        for line in text.split("\n"):
            if not (line.lstrip().startswith("|") and line.rstrip().endswith("|")):
                run.append(line)
                continue
            yield from reflow("\n".join(run), self.shape)
            run = []
            row = " | ".join(c for c in (" ".join(c.split()) for c in line.strip().strip("|").split("|")) if c)
            if row and not PIPE_RULE.match(row):
                yield row, "table_row"
        yield from reflow("\n".join(run), self.shape)

    def _token(self, token: Any) -> Iterator[Block]:
        if token.type == "list_item_open":
            yield from self._flush_item()  # the outer item's text comes before its sub-items
            self.items.append((f"{token.info}{token.markup}" if token.info else "-", []))
        elif token.type == "list_item_close" and self.items:
            yield from self._flush_item(closing=True)
            self.items.pop()
        elif token.type == "inline":
            self.items[-1][1].append(" ".join(inline_text(token, self.env).split()))
        elif token.type in ("fence", "code_block"):
            yield from reflow(token.content)
        elif token.type == "html_block":
            yield from _html_blocks(token.content)

    def _flush_item(self, closing: bool = False) -> Iterator[Block]:
        if closing and self.items and self.items[-1] == (self.items[-1][0], []) and self.items[-1][0]:
            yield self.items[-1][0], "paragraph"  # "10." alone on its line: the label is text
        if self.items and self.items[-1][1]:
            label, texts = self.items[-1]
            yield f"{label} {' '.join(texts)}" if label else " ".join(texts), "list_item" if label else "paragraph"
            self.items[-1] = ("", [])  # later paragraphs of this item follow its sub-items, unlabelled

    def _close_items(self) -> Iterator[Block]:
        while self.items:
            yield from self._flush_item()
            self.items.pop()


def _table_row(tokens: list[Any], i: int, env: dict[str, Any]) -> tuple[int, str]:
    """The row starting at tokens[i] (tr_open) as "a | b", and the index after it."""
    cells: list[str] = []
    while tokens[i].type != "tr_close":
        if tokens[i].type == "inline":
            cells.append(" ".join(inline_text(tokens[i], env).split()))
        i += 1
    return i + 1, " | ".join(c for c in cells if c)


def _html_blocks(fragment: str) -> list[Block]:
    """Blocks of HTML embedded in markdown, by the HTML block walker."""
    from ._htmlwalk import BlockWalker
    from .html import parse_html

    if not fragment.strip():
        return []
    try:
        body = parse_html(f"<html><body>{fragment}</body></html>", "<markdown html>").find("body")
    except LoadError:  # a fragment libxml2 cannot read is shown as its text
        return list(reflow(fragment))
    return BlockWalker().walk(body) if body is not None else []


def load_markdown(data: bytes, name: str, settings: Settings) -> Loaded:
    """Read a markdown paper into blocks; front matter gives title, date and kind hints."""
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    meta, body = front_matter(text)
    hints = read_front_matter(meta)
    builder = TextBuilder(settings.repair_mojibake)
    if hints.title:
        builder.add(hints.title, "heading", locator="front matter title")
    for block, kind in md_blocks(body):
        builder.add(block, kind)
    loaded = builder.build("markdown")
    loaded.front_matter = hints
    return loaded
