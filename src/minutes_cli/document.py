"""The document model: one normalised text, its blocks, and the items stages find in it.

`Document.text` is fixed once by a loader. Every item carries a `Span` into that text,
so every value in a record can be traced to its evidence. Items are frozen dataclasses
that refer to each other by id, never by object.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Mapping

@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Character offsets into `Document.text` (code points, end exclusive)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span ({self.start}, {self.end})")

    def text(self, doc: "Document") -> str:
        """Return the text this span covers in `doc`."""
        return doc.text[self.start : self.end]

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


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
class Field:
    """A labelled value read from the paper ("Decision status: Recommendations Approved")."""

    name: str
    value: Any
    span: Span
    label: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    """An agenda item or heading: its number as written, title and extent."""

    number: str
    title: str
    span: Span
    heading: Span


@dataclass(frozen=True, slots=True)
class DateMention:
    """A calendar date written in the text, normalised to ISO."""

    value: str
    precision: str  # day | month
    text: str
    role: str  # meeting | decision | published | effective | deadline | mentioned
    span: Span


@dataclass(frozen=True, slots=True)
class Contribution:
    """A paragraph or quotation attributed to one speaker."""

    text: str
    span: Span
    quote: bool = False


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person who speaks or is reported speaking, with every mention merged."""

    name: str
    span: Span
    honorific_prefix: str | None = None
    role: str | None = None
    attribution_text: str = ""
    mentions: tuple[Span, ...] = ()
    contributions: tuple[Contribution, ...] = ()


@dataclass(frozen=True, slots=True)
class DecisionItem:
    """One numbered or lettered part of a decision: "(1) ... be approved"."""

    label: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Decision:
    """A resolution, recommendation, decision or motion with its numbered items."""

    kind: str  # resolution | recommendation | decision | motion
    text: str
    span: Span
    items: tuple[DecisionItem, ...] = ()
    status: str | None = None
    decided_by: str | None = None
    date: str | None = None
    moved_by: str | None = None
    seconded_by: str | None = None
    cue: str = ""
    evidence: Mapping[str, Span] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Problem:
    """Processed, but doubtful: a coded note with the span it is about."""

    code: str
    message: str
    span: Span | None = None
    stage: str = ""


@dataclass(frozen=True, slots=True)
class Attendee:
    """One person in an attendance list (Popolo membership-like), or the public count.

    status: present | apologies | absent | in_attendance | public. For "public" the
    name is empty and `count` holds the number when one is written.
    """

    name: str
    status: str
    span: Span
    honorific_prefix: str | None = None
    role: str | None = None
    substitute_for: str | None = None
    count: int | None = None


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


@dataclass(frozen=True, slots=True)
class Declaration:
    """A declaration of interest: who, in which item, what kind, and what they did."""

    name: str
    span: Span
    interest: str = "other"  # pecuniary | non-pecuniary | prejudicial | other
    item: str | None = None  # the agenda item or subject as written
    action: str | None = None  # left_room | did_not_vote | spoke | remained
    text: str = ""


@dataclass(frozen=True, slots=True)
class VoteCount:
    """Popolo count: how many voted for one option (yes | no | abstain | absent | a candidate)."""

    option: str
    value: int
    span: Span


@dataclass(frozen=True, slots=True)
class VoteCast:
    """Popolo vote: one named voter's option."""

    voter_name: str
    option: str
    span: Span


@dataclass(frozen=True, slots=True)
class VoteEvent:
    """Popolo vote event: counts, named votes and the stated result, with its extent."""

    span: Span
    counts: tuple[VoteCount, ...] = ()
    votes: tuple[VoteCast, ...] = ()
    result: str | None = None  # pass | fail | None when not stated
    text: str = ""
    motion: Span | None = None  # the span of the Motion voted on, when known
    decision: Span | None = None  # the span of the Decision it belongs to, when known


@dataclass(frozen=True, slots=True)
class Motion:
    """A motion or amendment: mover, seconder, text and outcome (Popolo Motion)."""

    classification: str  # motion | amendment
    text: str
    span: Span
    moved_by: str | None = None
    seconded_by: str | None = None
    moved_by_role: str | None = None
    seconded_by_role: str | None = None
    result: str | None = None  # carried | lost | withdrawn | accepted
    decision: Span | None = None  # the span of the Decision it produced, when known
    evidence: Mapping[str, Span] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RoleHolder:
    """A role the document names a holder for: "Councillor K. O'Hanlon (in the Chair)"."""

    role: str  # Chair | Vice-Chair | Mayor | Deputy Mayor | Leader | Cathaoirleach | ...
    name: str | None  # None when the document never names the holder
    span: Span  # where the holder is named (or the first mention)
    mentions: tuple[Span, ...] = ()  # "the Chair", "An Cathaoirleach" in the text


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
    hints: dict[str, Any] = field(default_factory=dict)
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
    _block_starts: list[int] = field(default_factory=list, repr=False)
    _section_starts: list[int] = field(default_factory=list, repr=False)

    def problem(self, code: str, message: str, span: Span | None = None, stage: str = "") -> None:
        """Append a coded `Problem`."""
        self.problems.append(Problem(code, message, span, stage))

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
