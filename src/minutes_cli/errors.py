"""Errors (unusable input or configuration) and the catalogue of problem codes.

Two channels: a `MinutesError` means a document or a setting cannot be processed; a
`Problem` (see document.py) means it was processed but something is doubtful. A bug
is neither and surfaces as itself (wrapped in `StageError` by the pipeline).
"""

from __future__ import annotations


class MinutesError(Exception):
    """Base class for every error this library raises on purpose."""


class InputError(MinutesError):
    """The input cannot be read; the message names the file and the reason."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class LoadError(InputError):
    """A file of a known format whose content is broken, empty or unreadable."""


class UnsupportedFormat(InputError):
    """A file whose format `minutes` does not read."""


class MissingDependency(MinutesError):
    """An optional library a format needs is not installed."""

    def __init__(self, name: str, package: str, extra: str) -> None:
        super().__init__(
            f"{name}: reading this format needs the '{package}' package "
            f"(pip install 'minutes-cli[{extra}]')"
        )


class ConfigError(MinutesError):
    """A setting is unknown or has a value of the wrong type or range."""


class RecordError(MinutesError):
    """A record file cannot be read or is not a record."""


class StageError(MinutesError):
    """An internal defect inside a pipeline stage (a bug, not bad input)."""

    def __init__(self, stage: str, source: str, cause: BaseException) -> None:
        super().__init__(f"{source}: internal error in stage '{stage}': {cause!r}")
        self.stage = stage
        self.source = source


# Stable problem codes. Tests assert on the codes, never on the wording.
PROBLEM_CODES: dict[str, str] = {
    "T101": "text was repaired: {what} in {n} block(s)",
    "T102": "document has very little text ({n} words)",
    "D302": "year not known for {text!r}; written as --MM-DD",
    "D303": "meeting date not found (a {kind} paper)",
    "V601": "vote counts do not add up to the named voters",
    "V602": "stated result contradicts the vote counts",
    "V603": "more votes than members present",
    "P701": "PDF page has no text layer (scanned?)",
    "P702": "PDF page is damaged and cannot be read",
}
