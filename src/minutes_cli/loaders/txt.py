"""Plain text: decode, normalise line endings, re-join wrapped lines.

Pipe-table lines are rows; running page headers of text exports ("11/13/18 -2- DRAFT")
are dropped; a text with no line breaks gets them back first (see _unbroken).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..settings import Settings
from ._text import break_tags, decode
from ._textbuild import Loaded, TextBuilder
from ._unbroken import is_unbroken, split_unbroken
from .reflow import pipe_row, reflow

# A page marker in a running header line: "-2-", "- 2 -", "Page 2", "Page 2 of 9"
PAGE_MARK = re.compile(r"(?:^|\s)-\s?\d{1,3}\s?-(?:\s|$)|\bpage\s+\d{1,3}\b", re.I)
HEADER_MAX = 80
DIGITS = re.compile(r"\d+")
# A pipe table's rule line without outer pipes, as GitHub writes them: "--- | :---:"
BARE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")


def load_txt(data: bytes, name: str, settings: Settings) -> Loaded:
    """Read a plain-text paper into blocks; page breaks (form feeds) number the pages."""
    text = break_tags(decode(data, name).replace("\r\n", "\n").replace("\r", "\n"))
    builder = TextBuilder(settings.repair_mojibake)
    if is_unbroken(text):
        text = split_unbroken(text, settings.lexicon_key)
    pages = text.split("\f")
    running = _running_headers(text)
    for number, page in enumerate(pages, start=1):
        for block, kind in _blocks(page, running):
            builder.add(block, kind, page=number if len(pages) > 1 else None)
    return builder.build("txt", pages=len(pages) if len(pages) > 1 else None)


def _running_headers(text: str) -> set[str]:
    """Masked keys of short lines with a page marker that recur: running page headers."""
    keys = Counter(_key(line) for line in text.split("\n")
                   if len(line.strip()) <= HEADER_MAX and PAGE_MARK.search(line))
    return {key for key, count in keys.items() if count >= 2}


def _key(line: str) -> str:
    return " ".join(DIGITS.sub("#", line.lower()).split())


def _blocks(page: str, running: set[str]) -> Iterator[tuple[str, str]]:
    """Re-flow a page; pipe-table lines are rows, running header lines are dropped."""
    run: list[str] = []
    dropped = False
    lines = page.split("\n")
    bare = _bare_table_lines(lines)
    for index, line in enumerate(lines):
        if running and len(line.strip()) <= HEADER_MAX and _key(line) in running:
            while run and not run[-1].strip():  # the blank lines around it go too,
                run.pop()                       # so the paragraph it cut rejoins
            dropped = True
            continue
        if dropped and not line.strip():
            continue
        dropped = False
        row = _bare_row(line) if index in bare else pipe_row(line)
        if row is None:
            run.append(line)
            continue
        yield from reflow("\n".join(run))
        run = []
        if row:
            yield row, "table_row"
    yield from reflow("\n".join(run))


def _bare_table_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of pipe tables written without outer pipes ("a | b" over a
    "--- | ---" rule): the header line, the rule, and the lines with a pipe after it, when
    each of those holds two cells or more."""
    found: set[int] = set()
    for i in range(1, len(lines)):
        if i in found or not BARE_RULE.match(lines[i]) or "|" not in lines[i - 1] or not lines[i - 1].strip():
            continue
        j = i + 1
        while j < len(lines) and "|" in lines[j] and lines[j].strip():
            j += 1
        # a text export's cut table ("Apologies Minutes: ... |" rows) is no table: each row needs two cells
        if j > i + 1 and all(_bare_row(line).count(" | ") >= 1 for line in lines[i + 1:j]):
            found.update(range(i - 1, j))
    return found


def _bare_row(line: str) -> str:
    """A table line as the row "a | b" ("" for the rule line); outer pipes are optional."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        stripped = stripped[1:-1]
    row = " | ".join(c for c in (" ".join(c.split()) for c in stripped.split("|")) if c)
    return "" if BARE_RULE.match(line) else row
