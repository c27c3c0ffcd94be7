"""Word's automatic numbering, rendered as the labels Word shows ("1.", "(a)", "ii.").

python-docx reads paragraphs quickly but leaves automatic numbers out, and resolutions
depend on them ("RESOLVED that (1) ... (2) ..."). The numbering part says, for each
list (numId -> abstractNum) and level, the format (decimal, lowerLetter, lowerRoman,
bullet...), the start value and a template such as "(%1)" or "%1.%2."; counters run per
list, and a level's counter restarts when a shallower level advances.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..text.numerals import roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# "%1.", "(%2)", "%1.%2.": a level's label template
PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass
class Level:
    """One level of a list: number format, start value and label template."""

    fmt: str = "decimal"
    start: int = 1
    text: str = "%1."


@dataclass
class Numbering:
    """Levels of each list (by numId) and the running counters."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance list `num_id` at level `ilvl` and return the label Word shows."""
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        counts = self.counters.setdefault(num_id, {})
        level = levels.get(ilvl, Level())
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt == "bullet":
            return "•"
        if level.fmt == "none":
            return ""

        def fill(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lvl = levels.get(k, Level())
            return format_number(counts.get(k, lvl.start), lvl.fmt)

        return PLACEHOLDER.sub(fill, level.text).strip()


def format_number(n: int, fmt: str) -> str:
    """Render `n` in a Word number format: 3 -> "3", "c", "C", "iii", "III"."""
    if fmt in ("lowerLetter", "upperLetter") and n >= 1:
        letters = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman") and n >= 1:
        out = roman(n)
        return out.upper() if fmt == "upperRoman" else out
    return str(n)


def _val(el: Any, path: str, default: str = "") -> str:
    found = el.find(path)
    return found.get(f"{W}val", default) if found is not None else default


def read_numbering(numbering_xml: Any) -> Numbering:
    """Read the numbering part's element (w:numbering) into `Numbering`."""
    result = Numbering()
    if numbering_xml is None:
        return result
    abstract: dict[str, dict[int, Level]] = {}
    for node in numbering_xml.iterfind(f"{W}abstractNum"):
        abstract[node.get(f"{W}abstractNumId", "")] = {
            int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in node.iterfind(f"{W}lvl")}
    for num in numbering_xml.iterfind(f"{W}num"):
        levels = dict(abstract.get(_val(num, f"{W}abstractNumId"), {}))
        for override in num.iterfind(f"{W}lvlOverride"):
            ilvl = int(override.get(f"{W}ilvl", "0"))
            start = _val(override, f"{W}startOverride")
            if start.isdigit() and ilvl in levels:
                base = levels[ilvl]
                levels[ilvl] = Level(base.fmt, int(start), base.text)
        result.levels[num.get(f"{W}numId", "")] = levels
    return result


def _level(lvl: Any) -> Level:
    start = _val(lvl, f"{W}start", "1")
    return Level(_val(lvl, f"{W}numFmt", "decimal"), int(start) if start.isdigit() else 1,
                 _val(lvl, f"{W}lvlText", "%1."))
