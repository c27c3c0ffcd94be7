"""What each speaker said: the paragraph from the sentence that names them, or the quote after "said:".

Used by the speakers stage. A contribution starts where its sentence names the speaker: at the
honorific ("Councillor Priya Raman introduced ..."), or at the post written before the name in
apposition ("The Cabinet Member for Education, Mrs L Harrington, added ..."), not mid-name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Contribution, Document, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.lowered import finditer_led
from ...text.names import canonical_role, honorific_pattern, words
from ._identity import Person
from ._mentions import Mention
from ._patterns import _patterns
from ._subject import CONNECTORS

# "The Cabinet Member for Adult Social Care, Mr G K Gibbens, added": the post is the role, without
# its article ("Cabinet Member for Adult Social Care", as "Chair" and "Mayor" are written)
ROLE_BEFORE = re.compile(r"(?:^|\n|[.;]\s+|\d\.\s+)(?P<post>The\s+(?P<role>[A-Z][\w &-]{3,80})),\s*$")


def role_in(window: str) -> re.Match[str] | None:
    """`ROLE_BEFORE.search(window)`, run only where it can match: the window holds "The" and ends
    in a comma and white space (`\\s*$`, which `str.rstrip` strips as `\\s` reads it)."""
    if not window.rstrip().endswith(",") or "The" not in window:
        return None
    return ROLE_BEFORE.search(window)


def role_before(doc: Document, offset: int) -> str | None:
    """The post written before the name: "The Director of Adult Services, Mr K Osei"; not a clause
    ("The Notice of Motion was proposed by Councillor Kiely, seconded by ..."), whose small words are not a title's."""
    m = role_in(doc.text[max(0, offset - 90): offset])
    if m is None:
        return None
    role = m.group("role").strip()
    return role if all(w[0].isupper() or w in CONNECTORS for w in role.split()) else None


# The capitalised words of a post opening a clause before its title: "Public Works " of "Public Works Director Alvarez"
POST_OPENING = re.compile(r"(?:^|\n|[.;:—–-]\s+|\d\.\s+)(?:(?:The|An?)[ \t]+)?(?P<post>(?:[A-Z][a-z]+[ \t]+){0,3})$")


def title_role(doc: Document, hon_start: int, hon: str, vocab: str) -> str | None:
    """The post a title before a name names: "Public Works Director Alvarez" -> "Public Works Director",
    "Chair Beeson" -> "Chair", "Fire Captain Hurr" -> "Fire Captain"; None for an honorific ("Councillor", "Mr")."""
    if not hon[:1].isupper() or " ".join(hon.lower().split()) not in words(vocab).titles:  # not "this father"
        return None
    m = POST_OPENING.search(doc.text, max(0, hon_start - 60), hon_start)
    post = f"{m.group('post')}{hon}" if m else hon
    return canonical_role(post, vocab) or post


@lru_cache(maxsize=16)
def _chain_before(vocab: str) -> re.Pattern[str]:
    """A chain of honorifics ending just before a name: "Councillor ", "Mr ", "Councillor Mrs "
    (searched for, never led by a needle: the honorifics `by_first_letter`)."""
    hon = honorific_pattern(vocab, regrouped=True)
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
    if (role := role_in(doc.text[lo:start])) is not None:  # a slice: "^" is the window's start
        start = lo + role.start("post")
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
        span = Span(_sentence_start(doc, m, m.block, vocab), _list_end(doc, m.block, vocab))
        out[(span.start, span.end)] = Contribution(" ".join(span.text(doc).split()), span, quote=False)  # a list runs over lines
        for more in _carried_on(doc, m, span, vocab):
            out[(more.start, more.end)] = Contribution(" ".join(more.text(doc).split()), more, quote=False)
    return tuple(out[k] for k in sorted(out))


@lru_cache(maxsize=16)
def _carrying(vocab: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A paragraph opening with a pronoun and a speech verb ("He told councillors", "She also said"),
    and an honorific before a capital (someone else named later in the speaker's paragraph)."""
    lex = vocabulary(vocab)
    opens = re.compile(rf"(?:{alternation(lex['continuing_pronouns'])})\s+(?:(?:{alternation(lex['speech_adverbs'])})\s+)?"
                       rf"(?:{alternation(lex['speech_verbs'])})\b")
    return opens, re.compile(rf"\b(?:{honorific_pattern(vocab, regrouped=True, cased=True)})\.?\s+[A-Z]")


def _carried_on(doc: Document, m: Mention, span: Span, vocab: str) -> list[Span]:
    """The paragraphs after the speaker's own that carry on what they said ("He told councillors that ..."),
    when no one else is named after them in their paragraph."""
    opens, other = _carrying(vocab)
    if other.search(doc.text, m.span.end, span.end):
        return []
    out: list[Span] = []
    while (nxt := _next_block(doc, out[-1] if out else span)) is not None and opens.match(doc.text, nxt.start):
        out.append(nxt)
    return out


# A list item's marker: "a) ", "(b) ", "c. ", "(ii) ", "• ", "- ", "1. ", "2) "
LIST_ITEM = re.compile(r"""[ \t]*(?:
      \(?(?P<alpha>[a-z])(?:\)|\.(?=\s))       # "a)", "(b)", "c."
    | \((?P<roman>[ivx]{2,5})\)                 # "(ii)", "(iv)"
    | (?P<bullet>[•·▪*\-–])(?=\s)               # "• ", "- "
    | \(?(?P<number>\d{1,2})[.)](?=\s)          # "1. ", "2)"
)""", re.X)
# A paragraph that leads into a list: "... including the following:-", "The Mayor made the following announcements:"
LEAD_IN = (":", ":-", ":–")


def _list_end(doc: Document, block: Span, vocab: str) -> int:
    """The block's end, or, when it leads into a list ("including the following:-"), the end of the
    list items after it: letters in order, numbers in order from 1, one bullet, or roman numerals.
    The list ends before an item in which someone else speaks ("(a) ... Mr Watts (General Counsel)
    confirmed ..."): that is another person's contribution. Names alone stay ("• Casual vacancy
    consequent on the resignation of Councillor Shane Clifford.")."""
    end = block.end
    if not doc.text[block.start:block.end].rstrip().endswith(LEAD_IN):
        return end
    previous: tuple[str, str] | None = None
    while (nxt := _next_block(doc, Span(block.start, end))) is not None:
        item = _item(nxt.text(doc))
        if item is None or not _follows(previous, item) or _someone_speaks(doc.text, nxt.start, nxt.end, vocab):
            break
        previous, end = item, nxt.end
    return end


def _someone_speaks(text: str, start: int, end: int, vocab: str) -> bool:
    """`other.search(text, start, end) is not None` for the at-honorific pattern (an honorific, a name
    and a speech verb), tried only where an honorific stands: `finditer_led` gives `scan.finditer`'s
    matches, whose first over the one window is the search's."""
    return next(finditer_led(_patterns(vocab)[0][0], text, [(start, end)]), None) is not None


def _item(text: str) -> tuple[str, str] | None:
    """The kind of a list item's marker and its value: ("alpha", "b"), ("bullet", "•"), ..."""
    m = LIST_ITEM.match(text)
    if m is None:
        return None
    kind = next(k for k in ("alpha", "roman", "bullet", "number") if m.group(k) is not None)
    return kind, m.group(kind)


def _follows(previous: tuple[str, str] | None, item: tuple[str, str]) -> bool:
    """ "b)" after "a)", "2." after "1.", the same bullet again; a list starts at "a", "1", "(ii)" or a bullet."""
    kind, value = item
    if previous is None:
        return kind in ("bullet", "roman") or value in ("a", "1")
    if previous[0] != kind:
        return False
    if kind == "alpha":
        return ord(value) == ord(previous[1]) + 1
    if kind == "number":
        return int(value) == int(previous[1]) + 1
    return kind == "roman" or value == previous[1]


def _next_block(doc: Document, span: Span) -> Span | None:
    block = doc.block_at(span.end + 1)
    return block.span if block is not None and block.span.start > span.start else None
