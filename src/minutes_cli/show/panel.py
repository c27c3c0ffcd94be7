"""The side panel (the record's sections, each entry a link to its evidence) and the legend."""

from __future__ import annotations

from html import escape
from typing import Callable, Sequence

from .marks import KINDS, Mark

SECTIONS = ("Document", "Agenda items", "Decisions", "Motions", "Votes", "Speakers", "Attendance",
            "Declarations", "Dates", "Roles", "Problems", "Extensions")
KIND_NAMES = {"field": "document field", "agenda": "agenda item", "decision": "decision",
              "item": "decision item", "motion": "motion", "vote": "vote", "speaker": "speaker mention",
              "contribution": "contribution", "attendee": "attendee", "declaration": "declaration",
              "date": "date", "role": "role", "problem": "problem",
              "extension": "plugin value"}


def panel(marks: Sequence[Mark], page: Callable[[int], int | None], loose: Sequence[str] = ()) -> str:
    """The record's sections as lists of links; `loose` are problems that have no span."""
    groups: dict[str, list[int]] = {section: [] for section in SECTIONS}
    for n, mark in enumerate(marks):
        if mark.listed:
            groups[mark.section].append(n)
    parts = []
    for section in SECTIONS:
        if section == "Extensions" and not groups[section]:
            continue  # only records that hold plugin values have this section
        entries = [_entry(n, marks[n], page(marks[n].start)) for n in groups[section]]
        if section == "Problems":
            entries += [f'<li class="l0 nospan">{escape(text)} <span class="pg">no span</span></li>' for text in loose]
        count = sum(marks[n].level == 0 for n in groups[section]) + (len(loose) if section == "Problems" else 0)
        items = f'<ol>{"".join(entries)}</ol>' if entries else '<p class="none">none found</p>'
        parts.append(f'<details class="sec" open><summary>{escape(section)} <span class="n">{count}</span>'
                     f'</summary>{items}</details>')
    return "".join(parts)


def _entry(n: int, mark: Mark, page: int | None) -> str:
    where = f'<span class="pg">p. {page}</span>' if page is not None else ""
    if mark.kind == "problem":
        where = f'<span class="pg">[{mark.start}, {mark.end}]</span>' + where
    return (f'<li class="l{mark.level}"><a class="entry k-{mark.kind}" href="#h{n}" data-h="{n}">'
            f'<span class="sw"></span><span class="lb">{escape(mark.label)}</span>{where}</a></li>')


def legend(marks: Sequence[Mark]) -> str:
    """One toggle per kind found, with its count; a toggle hides or shows that kind's colour."""
    counts = {kind: 0 for kind in KINDS}
    for mark in marks:
        counts[mark.kind] += 1
    return "".join(f'<button type="button" class="kind k-{kind}" data-kind="{kind}" aria-pressed="true">'
                   f'<span class="sw"></span>{KIND_NAMES[kind]} <span class="n">{count}</span></button>'
                   for kind, count in counts.items() if count)
