"""The items stages find in a document: each a frozen dataclass with a `Span` into its text.

Items refer to each other by id, never by object, so a record is plain data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


class Texted(Protocol):
    """Anything with the text spans point into (a `Document`): items need no import of it."""

    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Character offsets into `Document.text` (code points, end exclusive)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span ({self.start}, {self.end})")

    def text(self, doc: Texted) -> str:
        """Return the text this span covers in `doc`."""
        return doc.text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


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
    id: str = ""  # "item-3", given by the link stage


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
    agenda_item: str | None = None  # the id of the agenda item holding it (link stage)


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
    id: str = ""  # "spk-1", given by the link stage


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
    # joins, by id, made by the link stage
    id: str = ""  # "dec-2"
    agenda_item: str | None = None
    vote: str | None = None  # the id of the vote event that decided it


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
class Declaration:
    """A declaration of interest: who, in which item, what kind, and what they did."""

    name: str
    span: Span
    interest: str = "other"  # pecuniary | non-pecuniary | prejudicial | other
    item: str | None = None  # the agenda item or subject as written
    action: str | None = None  # left_room | did_not_vote | spoke | remained
    text: str = ""
    agenda_item: str | None = None  # the id of the agenda item holding it (link stage)


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
    decision: Span | None = None  # the span of the Decision it belongs to, joined by the link stage
    # joins, by id, made by the link stage
    id: str = ""  # "vote-1"
    agenda_item: str | None = None
    motion_id: str | None = None
    decision_id: str | None = None


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
    # joins, by id, made by the link stage
    id: str = ""  # "mot-1"
    agenda_item: str | None = None
    decision_id: str | None = None


@dataclass(frozen=True, slots=True)
class RoleHolder:
    """A role the document names a holder for: "Councillor K. O'Hanlon (in the Chair)"."""

    role: str  # Chair | Vice-Chair | Mayor | Deputy Mayor | Leader | Cathaoirleach | ...
    name: str | None  # None when the document never names the holder
    span: Span  # where the holder is named (or the first mention)
    mentions: tuple[Span, ...] = ()  # "the Chair", "An Cathaoirleach" in the text
