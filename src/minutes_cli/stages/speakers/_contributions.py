"""What each speaker said: the paragraph from the sentence that names them, or the quote after "said:".

Used by the speakers stage. A contribution starts where its sentence names the speaker: at the
honorific ("Councillor Priya Raman introduced ..."), or at the post written before the name in
apposition ("The Cabinet Member for Education, Mrs L Harrington, added ..."), not mid-name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Contribution, Document, Span
from ...text.names import honorific_pattern
from ._identity import Person
from ._mentions import Mention

# "The Cabinet Member for Adult Social Care, Mr G K Gibbens, added"
ROLE_BEFORE = re.compile(r"(?:^|[.;]\s+|\d\.\s+)(?P<role>The\s+[A-Z][\w &-]{3,80}),\s*$")


def role_before(doc: Document, offset: int) -> str | None:
    m = ROLE_BEFORE.search(doc.text[max(0, offset - 90): offset])
    return m.group("role").strip() if m else None


@lru_cache(maxsize=16)
def _chain_before(vocab: str) -> re.Pattern[str]:
    """A chain of honorifics ending just before a name: "Councillor ", "Mr ", "Councillor Mrs "."""
    hon = honorific_pattern(vocab)
    return re.compile(rf"(?<![\w'’])(?:{hon})(?:\s+(?:{hon})){{0,3}}[ \t]*$", re.I)


def _sentence_start(doc: Document, m: Mention, block: Span, vocab: str) -> int:
    """Where the sentence naming the speaker starts naming them: the phrase of a motion's act
    ("Proposed by Cllr Ruth Oakes"), the honorific before the name, and a post in apposition
    before that; never before the block."""
    if m.lead is not None and m.lead >= block.start:
        return m.lead
    start = m.span.start
    if (hon := _chain_before(vocab).search(doc.text, max(block.start, start - 40), start)) is not None:
        start = hon.start()
    lo = max(block.start, start - 90)
    if (role := ROLE_BEFORE.search(doc.text[lo:start])) is not None:  # a slice: "^" is the window's start
        start = lo + role.start("role")
    return start


def contributions_of(doc: Document, person: Person, vocab: str) -> tuple[Contribution, ...]:
    """The paragraph from each mention on; a "said:" with nothing after takes the next quote.

    One contribution a paragraph: a later mention inside a paragraph already attributed
    from an earlier mention adds nothing.
    """
    out: dict[tuple[int, int], Contribution] = {}
    for m in sorted(person.mentions, key=lambda m: m.span.start):
        if any(c.span.start <= m.span.start < c.span.end for c in out.values()):
            continue
        if m.block is None:
            continue
        lead = m.lead if m.lead is not None and m.lead >= m.block.start else m.span.start
        said = doc.text[lead:m.block.end]  # "Seconded by Cllr X;" is the act, not a "said:" before a quote
        if said.rstrip().endswith(":") or len(said) - len(m.name) < 12:
            nxt = _next_block(doc, m.block)
            if nxt is not None and nxt.text(doc)[:1] in "“\"‘'":
                out[(nxt.start, nxt.end)] = Contribution(nxt.text(doc), nxt, quote=True)
                continue
        span = Span(_sentence_start(doc, m, m.block, vocab), m.block.end)
        out[(span.start, span.end)] = Contribution(span.text(doc), span, quote=False)
    return tuple(out[k] for k in sorted(out))


def _next_block(doc: Document, span: Span) -> Span | None:
    block = doc.block_at(span.end + 1)
    return block.span if block is not None and block.span.start > span.start else None
