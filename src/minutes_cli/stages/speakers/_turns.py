"""Turns in a transcript given to the chair by title: "MADAM CHAIR: Thank you all for coming.",
"Mr Mayor: The meeting will come to order.", "The Chair: ...".

Used by the speakers stage. A turn names its speaker by the post they hold (the lexicon's
turn_posts, each a role of the lexicon), and the speaker is the one holder the paper names for
it; a post no one is named for gives no one. A label followed by a name is an attendance line
("Chair: Councillor Ann Roe"), not a turn, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ._holders import Holders
from ._lines import line_finditer
from ._mentions import Mention

# A word in lower case early in what follows the label: speech, not a name ("Thank you", "The meeting will ...")
SPEECH = re.compile(r"^\W*(?:\S+\s+){0,3}?[a-z]")


@lru_cache(maxsize=16)
def _turn_body(vocab: str) -> str:
    """A post of turn_posts opening a line, then a colon and what is said (after `line_finditer`'s line start)."""
    return (rf"[ \t*_]*(?P<post>{alternation(vocabulary(vocab)['turn_posts'])})[*_]*[ \t]*:[ \t]+"
            r"(?P<said>[^\n]+)")


def post_turns(doc: Document, holders: Holders, vocab: str) -> Iterator[Mention]:
    """The named holder of each post that opens a turn."""
    text = doc.text
    for m in line_finditer(_turn_body(vocab), re.I, text):
        if SPEECH.match(m.group("said")) is None:
            continue  # "Chair: Councillor Ann Roe": who holds the chair, not what they said
        holder = holders.lookup(m.group("post"))
        if holder is None:
            continue
        block = doc.block_at(m.start("post"))
        yield Mention(holder.name, Span(m.start("post"), m.end("post")), holder.honorific, holder.role,
                      " ".join(m.group(0).split())[:120], block.span if block else None)
