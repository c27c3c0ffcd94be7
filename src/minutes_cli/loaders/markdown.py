"""Markdown (Jekyll/Hugo posts, converted PDFs): front matter read, markup stripped.

The front matter's title becomes the first heading and its date the document's date
(`hints["date"]`), which the dates stage uses when the text gives nothing better.
Markup is removed line by line (emphasis, links, images, escapes such as "1\\." and
inline HTML); embedded HTML tables go through the HTML block walker, pipe tables become
table rows, headings stay headings, and the rest is re-flowed like plain text.
"""

from __future__ import annotations

import html
import re
from typing import Any, Iterator

import yaml

from ..settings import Settings
from ._text import decode
from ._textbuild import Loaded, TextBuilder
from .reflow import reflow

# "---\ntitle: ...\ndate: 2001-02-01\n---\n"
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# "date: 2018-05-29 10:00:00 +0100" -> 2018-05-29
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DATE_KEYS = ("date", "meeting_date", "published", "pubDate", "created")
# "## Item 4: Budget ##"
ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)(?:\s+#+)?\s*$")
# "[Original file](https://...)", "![photo](x.jpg)": a line that is only links or images
LINK_ONLY = re.compile(r"^\s*(?:!?\[[^\]]*\]\([^)]*\)\s*)+$")
# "[1]: https://example.org": a link reference definition
LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
# "|---|:---:|": the rule under a pipe table's header
PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
HTML_TABLE_START = re.compile(r"^\s*<table\b", re.I)
HTML_TABLE_END = re.compile(r"</table\s*>", re.I)
# (character the rule needs, pattern, replacement): a rule runs only when its character is there
INLINE_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("!", re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),                      # ![alt](img.png)
    ("[", re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),                   # [text](url)
    ("[", re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),                  # [text][ref]
    ("<", re.compile(r"<br\s*/?>", re.I), "\n"),                          # line break
    ("<", re.compile(r"</?[A-Za-z][^>]*>"), ""),                          # <cite>, </a>, <img ...>
    ("*_", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),           # **bold**, __bold__
    ("*", re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *em*
    ("_", re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"), r"\1"),    # _em_
    ("`", re.compile(r"`([^`]*)`"), r"\1"),                               # `code`
    ("\\", re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),            # 1\. -> 1.
    (">", re.compile(r"^\s{0,3}>\s?"), ""),                               # > quote
    ("*+", re.compile(r"^(\s*)[*+]\s+"), r"\1- "),                         # * item -> - item
)


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter from the body; an unreadable block is ignored."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group("yaml"))
    except (yaml.YAMLError, ValueError):  # ValueError: "date: 2021-02-30" is no date
        meta = None
    return (meta if isinstance(meta, dict) else {}), text[match.end():]


def meta_date(meta: dict[str, Any]) -> str | None:
    """The ISO date of the front matter's first date field, if any."""
    for key in DATE_KEYS:
        found = ISO_DATE.search(str(meta.get(key) or ""))
        if found:
            return found.group(0)
    return None


def strip_inline(line: str) -> str:
    """Remove markdown and inline HTML markup from one line, decoding entities."""
    for needs, pattern, replacement in INLINE_RULES:
        if any(c in line for c in needs):
            line = pattern.sub(replacement, line)
    return html.unescape(line) if "&" in line else line


def md_blocks(body: str) -> Iterator[tuple[str, str]]:
    """Yield (text, kind) blocks of a markdown body, in order."""
    lines = body.split("\n")
    plain: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        special = _special(lines, i)
        if special is None:
            if not LINK_ONLY.match(line) and not LINK_DEFINITION.match(line):
                plain.append(strip_inline(line))
            i += 1
            continue
        yield from reflow("\n".join(plain))
        plain = []
        blocks, i = special
        yield from blocks
    yield from reflow("\n".join(plain))


def _special(lines: list[str], i: int) -> tuple[list[tuple[str, str]], int] | None:
    """A heading, pipe-table row or HTML table starting at line `i`, and the next index."""
    line = lines[i]
    heading = ATX_HEADING.match(line)
    if heading:
        return [(strip_inline(heading.group("text")), "heading")], i + 1
    if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
        if PIPE_RULE.match(line):
            return [], i + 1
        cells = [strip_inline(c).strip() for c in line.strip().strip("|").split("|")]
        return [(" | ".join(c for c in cells if c), "table_row")], i + 1
    if HTML_TABLE_START.match(line):
        end = i
        while end < len(lines) - 1 and not HTML_TABLE_END.search(lines[end]):
            end += 1
        return _html_table("\n".join(lines[i:end + 1])), end + 1
    return None


def _html_table(fragment: str) -> list[tuple[str, str]]:
    """Blocks of an HTML table embedded in markdown, by the HTML block walker."""
    from ._htmlwalk import BlockWalker
    from .html import parse_html

    body = parse_html(f"<html><body>{fragment}</body></html>", "<markdown table>").find("body")
    return BlockWalker().walk(body) if body is not None else []


def load_markdown(data: bytes, name: str, settings: Settings) -> Loaded:
    """Read a markdown paper into blocks; front matter gives title and date."""
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    meta, body = front_matter(text)
    builder = TextBuilder(settings.repair_mojibake)
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        builder.add(strip_inline(title), "heading", locator="front matter title")
    for block, kind in md_blocks(body):
        builder.add(block, kind)
    hints: dict[str, Any] = {}
    date = meta_date(meta)
    if date:
        hints["date"] = date
    return builder.build("markdown", **hints)
