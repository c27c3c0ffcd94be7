"""`minutes show`: the evidence page, a paper's text with every value of its record in place.

`render(record, text, blocks)` builds the page from a record and the normalised text its
spans index into; `show_path(path, paper=None)` does it from files (a paper, which it
parses, or a record and its paper).
"""

from __future__ import annotations

from .marks import KINDS, Mark, collect
from .page import render
from .source import Shown, is_record, read_record, show_path

__all__ = ["KINDS", "Mark", "Shown", "collect", "is_record", "read_record", "render", "show_path"]
