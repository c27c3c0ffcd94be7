"""`parse_many`: the Python API for many inputs, and what `minutes parse` runs.

One `ParseOutcome` per input, in input order: files, directories, globs and archive
members, parsed in parallel (`jobs`), resumable with `output`, a bad input a failed outcome
and never an exception. It wraps `batch.run`, which holds the engines and the output.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ._deadline import DEFAULT_TIMEOUT
from .archive import Limits
from .batch import BatchOptions, Outcome, run
from .document import Document
from .records import loads
from .settings import Settings


@dataclass(frozen=True)
class ParseOutcome:
    """What became of one input.

    status: "parsed", "skipped" (its record in `output` is up to date) or "failed".
    source: the input as named ("papers/a.pdf", "archive.zip:b/c.txt").
    text: the record serialised in the batch's format (None unless parsed).
    document: the parsed Document, when asked for with `keep_documents` (else None).
    error, message: the error's type (LoadError, Timeout, InternalError, ...) and text.
    """

    status: str
    source: str
    text: str | None = None
    document: Document | None = None
    error: str | None = None
    message: str | None = None
    counts: dict[str, int] = field(default_factory=dict)  # decisions, speakers, dates found
    problem_codes: dict[str, int] = field(default_factory=dict)  # problem code -> how many

    @cached_property
    def record(self) -> dict[str, Any] | None:
        """The record as a dict (parsed from `text` on first use)."""
        return loads(self.text, self.source) if self.text is not None else None

    @property
    def problems(self) -> list[dict[str, Any]]:
        """The record's problems (codes, messages, spans); [] when not parsed."""
        return list(self.record["problems"]) if self.record else []

    @classmethod
    def of(cls, outcome: Outcome) -> ParseOutcome:
        return cls(outcome.status, outcome.origin, outcome.text, outcome.document, outcome.error, outcome.message,
                   dict(outcome.counts), dict(outcome.problem_codes))


def parse_many(inputs: Iterable[str | Path], settings: Settings | None = None, *, jobs: int = 1,
               output: str | Path | None = None, fmt: str = "json", force: bool = False,
               timeout: float | None = DEFAULT_TIMEOUT, limits: Limits | None = None,
               keep_documents: bool = False, options: BatchOptions | None = None) -> Iterator[ParseOutcome]:
    """Parse every input; yield one ParseOutcome per input, in input order.

    `output` writes the records under that folder as `minutes parse -o` does (resumable:
    inputs already done are "skipped" unless `force`). `keep_documents` keeps each
    Document on its outcome and runs in this process. `options` gives every batch option
    at once (the command line's way) and overrides the keywords.
    """
    opts = options or BatchOptions(output=Path(output) if output is not None else None, fmt=fmt,
                                   jobs=max(1, jobs), force=force, timeout=timeout, limits=limits or Limits())
    for outcome in run([str(i) for i in inputs], settings or Settings(), opts, keep_documents):
        yield ParseOutcome.of(outcome)
