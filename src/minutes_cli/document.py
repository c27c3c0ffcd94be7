"""The document model: one normalised text, its blocks, and the items stages find in it.

`Document.text` is fixed once by a loader. Every item carries a `Span` into that text,
so every value in a record can be traced to its evidence. Items are frozen dataclasses
that refer to each other by id, never by object.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from .errors import problem_message
from .items import (  # noqa: F401  (re-exported: the document model's names stay importable from here)
    Attendee,
    Contribution,
    DateMention,
    Decision,
    DecisionItem,
    Declaration,
    Field,
    Motion,
    Problem,
    RoleHolder,
    Section,
    Span,
    Speaker,
    VoteCast,
    VoteCount,
    VoteEvent,
)

__all__ = [
    "Attendee",
    "Block",
    "Contribution",
    "DateMention",
    "Decision",
    "DecisionItem",
    "Declaration",
    "Document",
    "Field",
    "FrontMatter",
    "Hints",
    "Motion",
    "Problem",
    "RoleHolder",
    "Section",
    "Source",
    "Span",
    "Speaker",
    "VoteCast",
    "VoteCount",
    "VoteEvent",
]


@dataclass(frozen=True, slots=True)
class Block:
    """A structural unit the loader recorded: paragraph, heading, list_item, table_row."""

    span: Span
    kind: str = "paragraph"
    page: int | None = None
    locator: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """Where the text came from: a display path, its format, hash and page count."""

    path: str
    format: str
    sha256: str
    pages: int | None = None


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Typed hints a loader read from outside the text (markdown front matter).

    Not evidence: no span points here. The kind stage may read `categories`/`tags`
    ("News"), the dates stage `date` (ISO, a real calendar date).
    """

    title: str | None = None
    date: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(slots=True)
class Hints:
    """What a stage leaves for later stages that is no item of the record (typed, where an
    untyped dict was before). Written only by the stages that declare `hints`."""

    date_order: Any = None  # the paper's numeric-date order (text.dateorder.OrderReading), read once
    attendance_complete: bool = False  # every present list was read whole: votes may check counts against it


@dataclass
class Document:
    """The shared state the pipeline's stages read and append to.

    `text` and `blocks` are set by the loader and never rewritten; stages only append
    items. `extensions` is where a plugin stage keeps its values, by its name (plain JSON
    data); the record writes them as its `extensions` section.
    """

    text: str
    source: Source
    blocks: list[Block] = field(default_factory=list)
    hints: Hints = field(default_factory=Hints)
    front_matter: FrontMatter = field(default_factory=FrontMatter)
    fields: list[Field] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Span] = field(default_factory=dict)
    extensions: dict[str, Any] = field(default_factory=dict)
    attendance: list[Attendee] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)
    vote_events: list[VoteEvent] = field(default_factory=list)
    roles: list[RoleHolder] = field(default_factory=list)
    linked: bool = False  # set by the link stage once every item has its id and joins
    _block_starts: list[int] = field(default_factory=list, repr=False)
    _section_starts: list[int] = field(default_factory=list, repr=False)

    def problem(self, code: str, span: Span | None = None, stage: str = "", **values: object) -> None:
        """Append a coded `Problem`; its message is the catalogue's (`errors.PROBLEM_CODES`)
        template for `code` filled with `values`."""
        self.problems.append(Problem(code, problem_message(code, **values), span, stage))

    def block_at(self, offset: int) -> Block | None:
        """Return the block that holds `offset`, if any."""
        if len(self._block_starts) != len(self.blocks):
            self._block_starts = [b.span.start for b in self.blocks]
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].span.start <= offset <= self.blocks[i].span.end:
            return self.blocks[i]
        return None

    def section_at(self, offset: int) -> int | None:
        """Return the index in `sections` of the agenda item whose extent holds `offset`."""
        if len(self._section_starts) != len(self.sections):
            self._section_starts = [s.span.start for s in self.sections]
        i = bisect.bisect_right(self._section_starts, offset) - 1
        if i >= 0 and offset < self.sections[i].span.end:
            return i
        return None

    def page_of(self, span: Span) -> int | None:
        """Return the page a span starts on, for paged sources."""
        block = self.block_at(span.start)
        return block.page if block else None

    def field_value(self, name: str) -> Any:
        """Return the first labelled field called `name`, or None."""
        for f in self.fields:
            if f.name == name:
                return f.value
        return None
