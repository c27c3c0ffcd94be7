"""Split a decision into its numbered or lettered items: "(1)", "1.", "(a)", "i.", bullets.

Items are list-item blocks when the loader kept them on their own lines, or labels in
sequence inside one paragraph ("RESOLVED: That (1) ...; (2) ...").
"""

from __future__ import annotations

import bisect
import re

from ..document import DecisionItem, Document, Span

# "(1)", "1.", "1)", "(a)", "a)", "a.", "A)", "(iv)", "iv.", "- ", "• "
BLOCK_LABEL = re.compile(
    r"""^(?P<label>\(\d{1,2}\)|\d{1,3}[.)]|\([a-z]\)|[a-z][.)]|[A-H]\)   # "(1)", "1.", "1)", "(a)", "a)", "A)"
        |\([ivx]{1,5}\)|[ivx]{1,5}[.)]                                  # "(iv)", "iv."
        |[-•·*–▪●])\s*                                                  # "- ", "• "
    """, re.VERBOSE)
# "(1)", "(a)", "(iv)", "1. Note", "A. That"
INLINE_LABEL = re.compile(
    r"""(?P<label>[(\dA-H]                       # its first character first, so the engine looks only there,
        (?<![^\s:;].)                             # after a space, ":" or ";", or at the start
        (?:(?<=\()(?:\d{1,2}\)|[a-z]\)|[ivx]{1,5}\))  # "(1)", "(a)", "(iv)"
          |(?<=\d)\d?\.(?=\s+[A-Za-z])            # "1. Note"
          |(?<=[A-H])\.(?=\s+(?:That|THAT|To)\b)  # "A. That"
        ))""", re.VERBOSE)
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def _family(label: str) -> tuple[str, int]:
    """("num", 1) for "(1)" / "1.", ("alpha", 1) for "(a)", ("roman", 1) for "(i)", ("bullet", 0)."""
    core = label.strip("().")
    if core.isdigit():
        return "num", int(core)
    if core in ROMAN and core != "v" or core in ("i", "ii", "iii"):
        return "roman", ROMAN[core]
    if len(core) == 1 and core.isalpha():
        return "alpha", ord(core.lower()) - 96
    return "bullet", 0


class ItemSequence:
    """Follows the labels of a decision's list so that a paragraph number breaking the sequence ends it.

    "(a) (b) (c)" then "89. Next heading": 89 neither continues (c) nor starts a nested list. With
    `first_is_one` (the decision already reads as complete), a list must open at 1, a, i or a bullet:
    "2. Matters Arising" after a full resolution starts no list.
    """

    def __init__(self) -> None:
        self.last: dict[str, int] = {}  # family -> last number seen

    def accepts(self, text: str, first_is_one: bool = False) -> bool:
        """Record the label opening `text`; False when it cannot belong to the list so far."""
        m = BLOCK_LABEL.match(text)
        return m is None or self.read(m.group("label"), first_is_one) is not None

    def continues(self, text: str) -> bool:
        """Does `text` open with the next label of the list so far ("2." after "1.")? Nothing is recorded."""
        m = BLOCK_LABEL.match(text)
        if m is None or not self.last:
            return False
        saved = dict(self.last)
        reading = self.read(m.group("label"))
        self.last = saved
        return reading is not None and reading[0] != "bullet" and reading[1] == saved.get(reading[0], -1) + 1

    def read(self, label: str, first_is_one: bool = False) -> tuple[str, int] | None:
        """The label's (family, number) as this list reads it, or None when it breaks the list."""
        core = label.strip("().").lower()
        readings = [_family(label)]
        if len(core) == 1 and core.isalpha():  # "i" and "v" are letters or numerals
            readings += [("alpha", ord(core) - 96)] + ([("roman", ROMAN[core])] if core in ROMAN else [])
        if readings[0][0] == "bullet":
            return readings[0]
        continuing = [r for r in readings if r[1] == self.last.get(r[0], -1) + 1]
        starting = [r for r in readings if r[1] == 1 or not (self.last or first_is_one)]
        for family, n in continuing + starting:  # "(h) (i)" continues the letters before it starts numerals
            self.last[family] = n
            return family, n
        return None


def split_items(doc: Document, span: Span) -> tuple[DecisionItem, ...]:
    """Return the top-level items of a decision, or () when it has none."""
    items = _block_items(doc, span)
    if len(items) >= 2:
        return tuple(items)
    return tuple(_inline_items(doc, span))


def _block_items(doc: Document, span: Span) -> list[DecisionItem]:
    found: list[tuple[str, Span, str]] = []
    top: str | None = None
    sequence = ItemSequence()
    doc.block_at(span.start)  # fills the document's cache of block starts
    first = max(0, bisect.bisect_right(doc._block_starts, span.start) - 1)
    for block in doc.blocks[first:]:
        if block.span.start >= span.end:
            break
        if block.span.end <= span.start:
            continue
        text = block.span.text(doc)
        m = BLOCK_LABEL.match(text)
        if not m or block.span.start + m.end() < span.start:
            continue  # the decision starts inside this block's text, not at its label
        family = (sequence.read(m.group("label")) or _family(m.group("label")))[0]
        top = top or family
        if family == top:
            body = Span(max(span.start, block.span.start + m.end()), min(block.span.end, span.end))
            found.append((m.group("label"), body, family))
        elif found:
            prev = found[-1]
            found[-1] = (prev[0], Span(prev[1].start, min(block.span.end, span.end)), prev[2])
    return [DecisionItem(label, " ".join(s.text(doc).split()), s) for label, s, _ in found if s.end > s.start]


def _inline_items(doc: Document, span: Span) -> list[DecisionItem]:
    """Labels in sequence inside the text: (1) (2) (3) or (a) (b) or 1. 2. 3."""
    text = span.text(doc)
    marks = [(m.start("label"), m.end("label"), m.group("label")) for m in INLINE_LABEL.finditer(text)]
    chosen: list[tuple[int, int, str]] = []
    family = None
    for s, e, label in marks:
        fam, n = _family(label)
        if not chosen and n == 1:
            chosen, family = [(s, e, label)], fam
        elif chosen and fam == family and n == _family(chosen[-1][2])[1] + 1:
            chosen.append((s, e, label))
    if len(chosen) < 2:
        return []
    items = []
    for k, (_s, e, label) in enumerate(chosen):
        stop = chosen[k + 1][0] if k + 1 < len(chosen) else len(text)
        body = text[e:stop]
        left = len(body) - len(body.lstrip())
        right = len(body.rstrip())
        if right > left:
            item_span = Span(span.start + e + left, span.start + e + right)
            items.append(DecisionItem(label, " ".join(item_span.text(doc).split()), item_span))
    return items
