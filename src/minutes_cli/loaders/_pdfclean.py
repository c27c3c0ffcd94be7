"""Clean a PDF's lines page by page: running headers and footers, page numbers,
blank-page notices and hyphenated line ends.

No extractor removes running headers, so this is done here: a line near the top or
bottom of a page is a running header or footer when, with its digits masked, it recurs
in that place on at least half of the pages; a bare number there is a page number
when the numbers step with the pages.
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Container

from ._pdflines import Line
from .reflow import is_heading

# How many lines at each end of a page can be a running header or footer.
EDGE_LINES = 3
# Points a running header may drift up or down between pages.
SAME_PLACE = 3.0
# "Page 3", "Page 3 of 17", "- 3 -", "3/17", "3 of 17"
PAGE_LABEL = re.compile(r"^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–]\s*\d{1,4}\s*[-–]"
                        r"|\d{1,4}\s*(?:of|/)\s*\d{1,4})$", re.I)
# A running line naming page numbers ("Page 2 of 4 September 24, 2012") is furniture.
PAGE_WORDS = re.compile(r"\bpage\s*\d|\d+\s*of\s*\d+\b", re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "3", "17": a bare number, a page number when it steps with the pages
BARE_NUMBER = re.compile(r"^\d{1,4}$")
# "This page is intentionally left blank", "Page intentionally blank"
BLANK_NOTICE = re.compile(r"^(?:this\s+)?page\s+(?:has\s+been\s+|is\s+)?(?:intentionally\s+)?"
                          r"(?:left\s+)?blank\.?$", re.I)
# pdfium marks a hyphen it found at a line end: U+0002 in bounded text, U+FFFE in ranges.
SOFT_HYPHEN = ("\x02", "\ufffe", "\u00ad")
# "the 2024-" + "25 revenue budget": a number range broken after its hyphen
NUMBER_HYPHEN = re.compile(r"\d-$")
# "impor\x02\ntant": a word pdfium broke at a line end, both halves. A match can only
# start where a word starts (the last \S* takes the whole word), so the look-behind
# changes nothing but the time: no attempt from inside a word.
HYPHENATED = re.compile(r"(?<!\S)\S*[\x02\ufffe\u00ad]\s*\S*")
# What a line that `join_hyphens` may mend ends with: a hyphen mark, or "-" ("2024-").
LINE_END_HYPHENS = (*SOFT_HYPHEN, "-")
ANY_MARK = re.compile(f"[{''.join(SOFT_HYPHEN)}]")
ASCII_LETTERS = frozenset(string.ascii_letters)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_DIGITS = re.compile(r"\d+")


def _key(text: str) -> str:
    """A line with digits masked and space folded: "Page 3 of 17" -> "page # of #"."""
    return " ".join(_DIGITS.sub("#", text.lower()).split())


def _edges(page: list[Line]) -> set[int]:
    """Indices of the lines at the top and bottom of a page, by position."""
    tops = [-line.top for line in page]
    order = sorted(range(len(page)), key=tops.__getitem__)  # the same stable order as by a lambda
    return set(order[:EDGE_LINES]) | set(order[-EDGE_LINES:])


def _page_number_offset(pages: list[list[Line]], edges: list[set[int]]) -> int | None:
    """The offset (printed number minus page index) most bare edge numbers share."""
    offsets: Counter[int] = Counter()
    for index, (page, ends) in enumerate(zip(pages, edges)):
        numbers = {int(page[i].text.strip()) - index for i in ends
                   if BARE_NUMBER.match(page[i].text.strip())}
        offsets.update(numbers)
    if not offsets:
        return None
    offset, count = offsets.most_common(1)[0]
    return offset if count >= 2 or len(pages) == 1 else None


def drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove running headers/footers, page numbers and blank-page notices.

    Each page's edge lines and their keys are found once, for all the tests below."""
    edges = [_edges(page) for page in pages]
    keys = [{i: _key(page[i].text) for i in ends} for page, ends in zip(pages, edges)]
    seen: dict[str, list[tuple[int, float]]] = {}
    for index, (page, page_keys) in enumerate(zip(pages, keys)):
        for i, edge_key in page_keys.items():
            seen.setdefault(edge_key, []).append((index, page[i].top))
    need = max(2, math.ceil(0.5 * len(pages)))
    offset = _page_number_offset(pages, edges)
    first_copies: set[str] = set()
    kept: list[list[Line]] = []
    for index, (page, page_keys) in enumerate(zip(pages, keys)):
        keep = []
        top_edge: float | None = None
        for i, line in enumerate(page):
            text = line.text.strip()
            if BLANK_NOTICE.match(text):
                continue
            key = page_keys.get(i)
            if key is None:  # not at an edge of the page
                keep.append(line)
                continue
            if PAGE_LABEL.match(text) or offset is not None and BARE_NUMBER.match(text) and int(text) - index == offset:
                continue
            if _recurs(seen, key, line.top, need):
                top_edge = _top_edge(page) if top_edge is None else top_edge
                if not _worth_a_copy(text, key, first_copies, header=line.top >= top_edge):
                    continue
                first_copies.add(key)  # the one copy of a date or title line
            keep.append(line)
        kept.append(keep)
    return kept


def _worth_a_copy(text: str, key: str, copied: set[str], header: bool) -> bool:
    """Is this the first copy of a running line that carries a date (a year) or a title
    (a heading, or words at the top of the page)?

    An enclosed paper's date line repeated on every page may be the only place its
    meeting date is written; "Page 3 of 9" or a bare footer is not worth keeping.
    """
    if key in copied or PAGE_WORDS.search(text):
        return False
    return bool(YEAR.search(text)) or is_heading(text) or header and len(_WORD.findall(text)) >= 2


def _top_edge(page: list[Line]) -> float:
    """The top of the lowest of the page's top `EDGE_LINES` lines."""
    tops = sorted((line.top for line in page), reverse=True)
    return tops[min(EDGE_LINES, len(tops)) - 1] if tops else 0.0


def _recurs(seen: dict[str, list[tuple[int, float]]], key: str, top: float, need: int) -> bool:
    """Does a line (its `key`, digits masked) recur at height `top` on `need` pages or more?"""
    places = seen.get(key, [])
    pages = {index for index, at in places if abs(at - top) <= SAME_PLACE}
    return len(pages) >= need


def join_hyphens(lines: list[str]) -> list[str]:
    """Mend words that pdfium marked as hyphenated at a line end.

    The word is joined ("impor-" + "tant") unless the document itself shows it is a
    compound: the hyphenated form, or both halves as words, occur elsewhere, or the
    second half starts with a capital or digit ("Anglo-" + "French").
    """
    text = "\n".join(lines)
    vocab: Words | None = None  # the document's words, read only if a word is broken
    out = list(lines)
    for i in _broken_ends(lines):
        line = out[i].rstrip()
        nxt = out[i + 1].lstrip()
        if line.endswith(SOFT_HYPHEN):
            if vocab is None:  # the halves of a broken word are not evidence of themselves
                vocab = Words(_unhyphenated(text))
            head_word = re.search(r"(\S*)$", line[:-1]).group(1)  # type: ignore[union-attr]
            tail_word = re.match(r"(\S*)", nxt).group(1)  # type: ignore[union-attr]
            joiner = "-" if _is_compound(head_word, tail_word, vocab) else ""
        elif NUMBER_HYPHEN.search(line) and nxt[:1].isdigit():
            tail_word, joiner = re.match(r"(\S*)", nxt).group(1), "-"  # type: ignore[union-attr]
        else:
            continue
        out[i] = line[:-1] + joiner + tail_word
        out[i + 1] = nxt[len(tail_word):].lstrip()
    if not any(mark in text for mark in SOFT_HYPHEN):  # the lines mended only carry marks of theirs
        return out
    return [line.translate(UNMARK) if _marked(line) else line for line in out]


def _marked(line: str) -> bool:
    return ANY_MARK.search(line) is not None  # any of SOFT_HYPHEN


def _broken_ends(lines: list[str]) -> list[int]:
    """The indices (all but the last line) of the lines that end, white space stripped,
    in a hyphen or a hyphen mark: the only lines `join_hyphens` can change.

    A line mended as the one after a broken end loses only its first word, so what it
    ends with is what it ended with: it is in this list, found once, if it can be mended.
    """
    return [i for i, line in enumerate(lines[:-1]) if line.rstrip().endswith(LINE_END_HYPHENS)]


def _unhyphenated(text: str) -> str:
    """`HYPHENATED.sub(" ", text)`, the search started at the line each hyphen mark is on.

    A match holds a mark and starts where a word starts, so between one match's end and
    the next mark's line (a newline is white space: a word starts after it) there is none.
    """
    parts: list[str] = []
    end = 0
    while (mark := ANY_MARK.search(text, end)) is not None:
        match = HYPHENATED.search(text, max(end, text.rfind("\n", 0, mark.start()) + 1))
        if match is None:  # cannot happen: a mark is a match of its own  # pragma: no cover
            break
        parts += [text[end:match.start()], " "]
        end = match.end()
    parts.append(text[end:])
    return "".join(parts)


class Words:
    """The words `_WORD` finds in a text, lower-cased, as a container: `word in words`.

    A document asks about the halves of its few broken words, so each is looked for with
    `str.find` in the text with its ASCII letters lowered (the bytes of UTF-8 are lowered:
    only A-Z change, one letter for one), not by listing every word. A place found is
    one of `_WORD`'s matches when no letter, and no hyphen joined to a letter, touches it:
    `_WORD.findall` would have joined those to it. After `BUDGET` searches and places
    looked at (a long paper with many broken words), every word is listed once instead.
    """

    BUDGET = 200

    def __init__(self, text: str) -> None:
        self._text = text
        self._low = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
        self._left = self.BUDGET
        self._all: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not _WORD.fullmatch(word) or word.lower() != word:
            return False  # not a word, or not lower-cased: findall's words, lowered, are neither
        found = self._search(word) if self._all is None and self._left > 0 else None
        return word in self._listed() if found is None else found

    def _search(self, word: str) -> bool | None:
        """Is `word` one of the words, by search; None if the budget runs out first."""
        low, size = self._low, len(word)
        self._left -= 1  # the search itself
        at = low.find(word)
        while at >= 0:
            if self._left <= 0:
                return None
            self._left -= 1
            if self._word_starts(at) and self._word_ends(at + size):
                return True
            at = low.find(word, at + 1)
        return False

    def _listed(self) -> set[str]:
        """Every word of the text, listed once (ASCII words: lowered joined by spaces)."""
        if self._all is None:
            self._all = set(" ".join(_WORD.findall(self._text)).lower().split())
        return self._all

    def _word_starts(self, at: int) -> bool:
        low = self._low
        return at == 0 or low[at - 1] not in ASCII_LETTERS and not (
            low[at - 1] == "-" and at >= 2 and low[at - 2] in ASCII_LETTERS)

    def _word_ends(self, end: int) -> bool:
        low = self._low
        return end == len(low) or low[end] not in ASCII_LETTERS and not (
            low[end] == "-" and end + 1 < len(low) and low[end + 1] in ASCII_LETTERS)


def _is_compound(head: str, tail: str, vocab: Container[str]) -> bool:
    """Does the document show that `head-tail` keeps its hyphen?"""
    h, t = _letters(head), _letters(tail)
    if not h or not t or not tail[0].islower():
        return True
    if (h + t) in vocab:
        return False
    return f"{h}-{t}" in vocab or (h in vocab and t in vocab)


def _letters(word: str) -> str:
    return re.sub(r"[^A-Za-z-]", "", word).lower()


# A hyphen marker left mid-line (pdfium already joined the lines) becomes '-'.
UNMARK = str.maketrans({mark: "-" for mark in SOFT_HYPHEN})
