"""Re-join hard-wrapped lines into blocks, keeping structural lines on their own.

Shared by the plain-text, markdown and PDF loaders. A line starts a new block when it
is a list item ("(1)", "a)", "iv.", "- "), a `Label: value` line, or a heading; it
continues the previous one when that line was wrapped (long, or not ended by a full
stop) and nothing marks a break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# "(1)", "1.", "1)", "2.1", "(a)", "a)", "iv.", "- ", "• ", "·", "–"
LIST_ITEM = re.compile(
    r"^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]\s|\(\d{1,3}\)|\(?[a-z]{1,2}\)\s|\([a-z]{1,2}\)"
    r"|\(?[ivxlc]{1,6}[.)]\s|\([ivxlc]{1,6}\)|[-•·*–▪●o]\s|\d{1,3}\.\s*[A-Z])"
)
# "Decision status: ...", "Date of decision: ...", "Meeting:\tCabinet"
LABEL = re.compile(r"^[A-Z][A-Za-z0-9 &'’/()?-]{1,48}\s?:(?:\s|$)")
SENTENCE_END_CHARS = tuple(".!?:;”\"')")  # as str.endswith reads them, on a stripped line
SENTENCE_END = re.compile(f"[{re.escape(''.join(SENTENCE_END_CHARS))}]$")
MARKDOWN_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
# A line that stops on a word that cannot end a sentence: "We recommend that the"
OPEN_END = re.compile(r"\b(?:the|a|an|of|to|and|or|for|in|on|at|by|with|from|that|which|be|is|are|was|were)$", re.I)


# Without a measured wrap width, a line this long may have been wrapped.
WRAPPED = 60
# "--- | :---:": what is left of a pipe table's rule line
PIPE_RULE = re.compile(r"^[\s|:=+-]*$")
# OPEN_END looks at the end of a line only: this many characters.
OPEN_TAIL = 24
UPPER_LETTER = re.compile(r"[^\W\d_a-zß-ÿ]")  # letters that are not lower case (counted in C, not per character)
OTHER_LETTER = re.compile(r"[a-zß-ÿ]")
DELETE_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz" + "".join(map(chr, range(ord("ß"), ord("ÿ") + 1))))


@lru_cache(maxsize=4096)  # re-flowing asks about the same line as `prev` and as `nxt`
def is_heading(line: str) -> bool:
    """A short line in capitals, or a short title-like line ending in a colon."""
    if len(line) > 100:  # same answer as below, without counting every letter
        return False
    lower = len(line) - len(line.translate(DELETE_LOWER))  # OTHER_LETTER's count, ~20x faster
    if lower * 100 > 15 * len(line):  # more than 15 % lower case: not capitals, whatever the rest
        return False
    upper = len(UPPER_LETTER.findall(line))
    letters = upper + lower
    return letters >= 3 and upper / letters > 0.85


def _wrap_width(lines: list[str]) -> int:
    lengths = sorted(len(x) for x in lines if len(x) > 20)
    if len(lengths) < 5:
        return 0
    return lengths[int(len(lengths) * 0.9) - 1]


def is_label(line: str) -> bool:
    """LABEL.match(line), for a line that is not empty: the regex is tried only where its
    match can be, after an ASCII capital and with a colon at index 2 to 50."""
    return "A" <= line[0] <= "Z" and line.find(":", 2, 51) != -1 and LABEL.match(line) is not None


def _open_end(line: str) -> bool:
    """OPEN_END.search on the line's tail; its words end in a letter (so does what matches
    them ignoring case), so a line ending otherwise is not searched."""
    return line[-1:].isalpha() and OPEN_END.search(line[-OPEN_TAIL:]) is not None


def _joins(prev: str, nxt: str, width: int) -> bool:
    """Does `nxt` continue the block that `prev` ends?"""
    if LIST_ITEM.match(nxt) or is_label(nxt) or is_heading(prev):
        return False
    if is_heading(nxt):
        # "Committee : BOARD FOR HEALTH AND WELL" + "BEING": a capitals value wrapped
        value = prev.split(":", 1)[1] if is_label(prev) else ""
        return is_heading(value) and len(nxt.split()) <= 3 and ":" not in nxt
    if nxt[0].islower() or nxt[0] in ",;)" or _open_end(prev):  # (nxt is no heading: see above)
        return True
    if is_label(prev) and _title_like(nxt) and not prev.endswith(",") and not _wrapped(prev, width):
        return False  # "Date: 12 March 2024" + "Planning Committee": a field, then a title
    if not width and _title_like(prev) and len(prev) < WRAPPED // 2:
        return False  # a short title line, with no wrap width measured to say otherwise
    if prev.endswith(SENTENCE_END_CHARS):
        return False
    if width and len(prev) < width * 0.6:
        return False
    return True


def layout(text: str) -> tuple[int, bool]:
    """The wrap width of a text's lines, and whether its blank lines are soft (see below)."""
    return layout_lines([ln.rstrip() for ln in text.split("\n")])


def layout_lines(lines: list[str]) -> tuple[int, bool]:
    """`layout` of the text whose lines, right-stripped, these are."""
    width = _wrap_width(lines)
    return width, _blank_lines_are_soft(lines, width)


def _title_like(line: str) -> bool:
    """A short line of capitalised words with no sentence in it: "Planning Committee".
    (Lines here are stripped: `SENTENCE_END.search` is `endswith(SENTENCE_END_CHARS)`.)"""
    words = line.split()
    return (len(words) <= 8 and "," not in line and not line.endswith(SENTENCE_END_CHARS)
            and sum(w[0].isupper() for w in words) * 2 > len(words))


def _wrapped(line: str, width: int) -> bool:
    """Was `line` cut by the wrap width (so the next line carries on its value)?"""
    return len(line) >= (width * 0.75 if width else WRAPPED)


def pipe_row(line: str) -> str | None:
    """A `| a | b |` line as the row "a | b" ("" for a rule line); None if it is not one."""
    stripped = line.strip()
    if len(stripped) < 2 or not (stripped.startswith("|") and stripped.endswith("|")):
        return None
    cells = (" ".join(c.split()) for c in stripped.strip("|").split("|"))
    row = " | ".join(c for c in cells if c)
    return "" if PIPE_RULE.match(row) else row


def reflow(text: str, shape: tuple[int, bool] | None = None) -> Iterator[tuple[str, str]]:
    """Yield (block text, kind) for a plain text, re-joining wrapped lines.

    `shape` is the (width, soft blanks) of the whole document when `text` is one part of
    it (a markdown paragraph run), measured by `layout`.
    """
    width, soft_blanks = shape or layout(text)
    current: list[str] = []
    prev = ""  # the last line of `current`
    blank_run = 0
    for raw in text.split("\n"):  # raw[:2] below is the same right-stripped or not: `line` is not blank
        line = raw.strip()
        if not line or (line[0] in "-*_" and MARKDOWN_RULE.match(line)):  # a rule line starts so
            blank_run += 1
            continue
        gap_ok = blank_run == 0 or (soft_blanks and len(prev) >= width * 0.75) or (
            blank_run == 1 and raw[:2] == "  " and bool(current) and LIST_ITEM.match(current[0]) is not None
            and not LIST_ITEM.match(line))  # an item's indented continuation after a blank line
        if current and gap_ok and _joins(prev, line, width):
            current.append(line)
        else:
            if current:
                yield _emit(current)
            current = [line]
        prev = line
        blank_run = 0
    if current:
        yield _emit(current)


def _blank_lines_are_soft(lines: list[str], width: int) -> bool:
    """True for PDF-to-text output that puts a blank line between every wrapped line."""
    nonblank = [x for x in lines if x.strip()]
    if not width or len(nonblank) < 10:
        return False
    blanks = len(lines) - len(nonblank)
    near_full = sum(1 for x in nonblank if len(x) >= width * 0.75)
    return blanks >= 0.7 * len(nonblank) and near_full >= 0.3 * len(nonblank)


def _emit(lines: list[str]) -> tuple[str, str]:
    first = lines[0]
    if LIST_ITEM.match(first):
        kind = "list_item"
    elif len(lines) == 1 and is_heading(first):
        kind = "heading"
    else:
        kind = "paragraph"
    return " ".join(lines), kind
