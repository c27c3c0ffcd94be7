"""minutes: turn local-government meeting papers into normalised records."""

from __future__ import annotations

from ._version import __version__  # noqa: E402
from .api import parse_bytes, parse_document, parse_path, parse_text  # noqa: E402
from .document import Document, Span  # noqa: E402
from .errors import MinutesError  # noqa: E402
from .pipeline import Pipeline  # noqa: E402
from .settings import Settings  # noqa: E402

__all__ = [
    "Document", "MinutesError", "ParseOutcome", "Pipeline", "Settings", "Span", "__version__",
    "parse_bytes", "parse_document", "parse_many", "parse_path", "parse_text",
]


def __getattr__(name: str) -> object:
    """`parse_many` and `ParseOutcome` load the batch machinery only when first used."""
    if name in ("parse_many", "ParseOutcome"):
        from . import many

        return getattr(many, name)
    raise AttributeError(f"module 'minutes_cli' has no attribute {name!r}")
