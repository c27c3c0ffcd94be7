"""Patterns that match only at a line (or sentence) start, run with `re` skipping between those in C.

A pattern opening with `(?m)^` is tried by `re` at every offset of the text (measured on the bulk
archive: 0.16 s for the transcript turns over 12 MB). The same body led by a newline (`\\n`) has a
literal first character, which `re` searches for at C speed; each hit is matched again at the
line start, so callers get the matches of the `^` pattern itself, groups and all. A pattern that
also starts after a sentence end (SENTENCE_START) searches the body after a newline and after a
stop, and takes the nearer hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import vocabulary

# A line start, or after a stop and a blank: "— Janice McMillan made a presentation"
SENTENCE_START = r"(?:^|(?<=[.;:—–]\s))"


@lru_cache(maxsize=64)
def line_patterns(body: str, flags: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`(?m)^` + body, and the same body after a newline (flags may hold re.X: `\\n` is an escape)."""
    return re.compile(r"(?m)^" + body, flags), re.compile(r"(?m)\n" + body, flags)


def line_finditer(body: str, flags: int, text: str) -> Iterator[re.Match[str]]:
    """`re.compile("(?m)^" + body, flags).finditer(text)`, the same matches, for a body that never
    matches the empty string and is not an alternation at its top level (the `^` holds it all). A match begins at 0 or after a newline; the first one from `pos` is
    at `pos` itself if a line starts there, else after the first newline at or after `pos` where
    the body matches: what the newline-led search finds."""
    at_start, after_newline = line_patterns(body, flags)
    pos = 0
    while pos <= len(text):
        m = at_start.match(text, pos) if pos == 0 or text[pos - 1] == "\n" else None
        if m is None:
            led = after_newline.search(text, pos)
            if led is None:
                return
            m = at_start.match(text, led.start() + 1)
            assert m is not None  # the body matched there after the newline
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


@lru_cache(maxsize=16)
def start_patterns(body: str, flags: int) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """SENTENCE_START + body, and the body led by a newline and by a stop and a blank (what the
    lookbehind reads), each with a literal or a class first, which `re` searches for in C."""
    return (re.compile(r"(?m)" + SENTENCE_START + body, flags), re.compile(r"(?m)\n" + body, flags),
            re.compile(r"(?m)[.;:—–]\s" + body, flags))


def start_finditer(body: str, flags: int, text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """`text.scan.finditer(start_patterns(body, flags)[0], text, spans)`, the same matches, for a body
    that never matches the empty string and is not an alternation at its top level."""
    last = -1
    for s, e in spans:
        pos = max(s, last)
        while (m := _first_start(body, flags, text, pos, e)) is not None:
            yield m
            last = pos = m.end()


def _first_start(body: str, flags: int, text: str, pos: int, end: int) -> re.Match[str] | None:
    """The first match at or after `pos` within `end`: at `pos` if a line starts there, else at the
    nearer of the first newline-led and stop-led hits (a stop two characters before `pos` counts)."""
    whole, after_newline, after_stop = start_patterns(body, flags)
    if (pos == 0 or text[pos - 1] == "\n") and (m := whole.match(text, pos, end)) is not None:
        return m
    led = [(hit.start() + lead) for hit, lead in ((after_newline.search(text, pos, end), 1),
                                                  (after_stop.search(text, max(0, pos - 2), end), 2)) if hit is not None]
    if not led:
        return None
    m = whole.match(text, min(led), end)
    assert m is not None  # the body matched there after its newline or stop
    return m


@lru_cache(maxsize=16)
def _excluded_body(vocab: str) -> str:
    """Lines that list people without their speaking (attendance, apologies, authors, contacts),
    after their line start (`line_finditer` puts the `^` before it)."""
    return rf"\W*(?:{alternation(vocabulary(vocab)['not_speaker_lines'])})\b[^\n]*"


# Where a row of a flattened table moves from its heading to what was minuted.
ROW_MINUTES = re.compile(r"\b(?:Minutes|Decision):\s")


def excluded_spans(doc: Document, vocab: str) -> list[Span]:
    """Attendance, apologies, authors and contacts, each up to a "Minutes:" cell if the row has one."""
    spans = []
    for m in line_finditer(_excluded_body(vocab), re.I, doc.text):
        cut = ROW_MINUTES.search(doc.text, m.start() + 1, m.end())
        spans.append(Span(m.start(), cut.start() if cut else m.end()))
    return spans
