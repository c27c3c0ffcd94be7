"""Leaf blocks read at once: a paragraph, heading, list item or cell that holds only inline
text is read by libxml2's text serialiser instead of the block walker's recursion.

A page of prose (a 400 KB page of minutes, ~6,000 elements) spent most of its load in the
walker recursing in Python through `<p>The <strong>Head</strong> ... <a>..</a></p>`. For a
"leaf" (a block whose descendants are all elements with a tag from `INLINE`) the walker's
buffer after reading it is exactly the concatenation of its text nodes: `_inner` appends
the element's text, then for each child the child's own (recursively) and its tail; an
inline child is no block, no `<br>`, no row and not skipped, so nothing is flushed or
emitted in between, and none passes the walker's depth limit when the leaf has fewer
descendants than the room left (a descendant is at most that many levels down). That
concatenation is XPath's string-value, which `text_of` gives. A comment, PI or entity
(their tags are no strings) or an upper-case or unknown tag makes a block no leaf, and
the walker reads it as before. An XPath or XSLT pass finding all leaves of the page at
once was measured slower (18-46 ms on the bench pages) than the walk it would save.
"""

from __future__ import annotations

from typing import Any

from ._htmlchrome import text_of

# Inline tags a leaf may hold (none of them a block, `<br>`, a row or a skipped element).
INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "u", "sup", "sub", "small", "font",
                    "abbr", "cite", "code", "mark", "s", "strike", "del", "ins", "q", "time",
                    "big", "tt", "var", "kbd", "samp", "dfn", "nobr", "label"})
# A block with more descendants than this is read by the walker (a scan of a container is
# cut short, however much inline text it starts with).
MOST_INLINE = 64


def leaf_text(el: Any, room: int) -> str | None:
    """The concatenation of the text nodes under `el` when all its descendants are inline
    elements, fewer than `room` and at most `MOST_INLINE` of them; else None."""
    n = 0
    room = min(room - 1, MOST_INLINE)
    for below in el.iterdescendants():
        n += 1
        if n > room or below.tag not in INLINE:
            return None
    return text_of(el) if n else el.text or ""
