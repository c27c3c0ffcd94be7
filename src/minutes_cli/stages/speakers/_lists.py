"""Speakers the text names without a speech verb of their own.

Used by the speakers stage:

- a list after a cue: "Tributes were paid by Councillors A, B and C", a "List of speakers" or
  "Public Participation" heading with the names on the lines after it ("1. Ann Roe 2. Bob Poe");
- a turn in a transcript: "Mayor Rees:", "COUNCIL MEMBER ROE: ...", "Mr. James Kamau: ...";
- a speaking act in brackets after a name: "M. Prest (motion), C. Dallas (second)";
- a bare surname after "moved by"/"seconded by" that the attendance lists name ("Moved by Veitch").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.lowered import finditer_led, vocab_literals
from ...text.names import bare_name, honorific_chain, honorific_pattern, name_grammar, plausible, words
from ...text.people import split_people
from ...text.scan import windows
from ._holders import Holders
from ._lines import line_finditer, line_patterns
from ._mentions import Mention
from ._patterns import fill
from ._public import blank_descriptors
from ._subject import FULL_FIRST
from ._turns import post_turns

# "1. ", "2)", "Jones2. ": list numbers that run names together on a flattened line
# A lower-case word that no list of names holds: where the names after "by" end

# "– parking", ": question about ...": a topic after the speaker's name on a line of its own
TOPIC = re.compile(r"\s*[-–—:]\s*\S")
NUMBER = re.compile(r"(?:(?<=\s)|(?<=[a-z])|^)\d{1,2}[.)](?=\s)")
# "Mayor Rees:", "COUNCIL MEMBER ROE:", "The Assistant Minister (Mr. Gabbow):" opening a line
TURN = r"""
    [ \t*_]*                                       # after the line start (`_lines`), "**"
    (?:The\s+[A-Z][\w ]{2,40}?\s+\()?             # "The Assistant Minister ("
    (?P<hon>{hon})(?:\s+(?:{hon})){0,3}\s+         # "Mayor ", "COUNCIL MEMBER "
    (?P<name>(?-i:{name}                            # "Rees", "James Kamau"
      |[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)?))     # "ROE", "O'NEILL SMITH"
    \)?[*_]*[ \t]*:(?:[ \t]|$)                      # "):", "**:" then a blank or the line end
"""
# "Question by Councillor Ann Roe to the Leader of the Council" on one line: the two sides
QUESTION = r"""
    (?im)(?<![\w'’])(?:{cues})[ \t]+                   # "Question by "
    (?P<asker>[^\n]{3,120}?)                           # "Councillor Ann Roe"
    (?:[ \t]+(?:{links})[ \t]+                         # " to "
       (?P<answerer>[^\n]{3,160}))?                    # "the Leader of the Council"
    [ \t]*$
"""


@lru_cache(maxsize=16)
def _patterns(vocab: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    _, FULL_NAME, _SURNAME = name_grammar(vocab)  # this lexicon's name grammar
    lex = vocabulary(vocab)
    # "Tributes were paid by Councillors ...", "List of speakers" on a line of its own
    cue = re.compile(rf"(?im)(?<![\w'’])(?P<cue>{alternation(lex['speaker_list_cues'])})(?P<sep>[ \t]*[:\-–—]?[ \t]*)")
    # "Mayor Rees:", "COUNCIL MEMBER ROE:", "The Assistant Minister (Mr. Gabbow):" opening a line
    turn = line_patterns(_turn(vocab), re.I | re.X)[0]
    # "M. Prest (motion)", "C. Dallas (second)"
    acts = re.compile(rf"(?P<name>{FULL_NAME})\s*\((?P<verb>{alternation(lex['bracketed_acts'])})\)", re.I)
    # "Moved by Veitch, Seconded by Jermey"
    bare = re.compile(fill(r"""\b(?P<verb>{acts})\s+by\s+      # "Moved by "
                               (?P<name>(?-i:{surname}))(?![\w'’-])  # "Veitch"
                            """, acts=alternation(lex["passive_acts"]), surname=_SURNAME), re.I | re.X)
    return cue, turn, acts, bare


@lru_cache(maxsize=16)
def _turn(vocab: str) -> str:
    """TURN of this lexicon, the body after its line start."""
    return fill(TURN, hon=honorific_pattern(vocab), name=name_grammar(vocab).name)


def listed_speakers(doc: Document, holders: Holders, vocab: str) -> Iterator[Mention]:
    """Mentions from cue lists, turns, bracketed acts and bare surnames the attendance names."""
    cue, turn, acts, bare = _patterns(vocab)
    text = doc.text
    spans = windows(text, vocab_literals(vocab, "speaker_list_cues"), 30, 60)
    for m in finditer_led(cue, text, spans):
        yield from _after_cue(doc, m, vocab)
    for m in line_finditer(_turn(vocab), re.I | re.X, text):  # `turn.finditer(text)`
        if not plausible(m.group("name"), vocab):
            continue  # "Mr Mayor:": the chair addressed by title (`post_turns`), no one named "Mayor"
        honorific, role = honorific_chain(m.group("hon"), vocab)
        yield _mention(doc, m, honorific, role)
    yield from post_turns(doc, holders, vocab)  # "MADAM CHAIR: Thank you": the chair's named holder
    for m in finditer_led(acts, text, windows(text, vocab_literals(vocab, "bracketed_acts"), 40, 12)):
        yield _mention(doc, m, None, None)
    for m in finditer_led(_question(vocab), text, windows(text, vocab_literals(vocab, "question_cues"), 20, 300)):
        yield from _question_people(doc, m, vocab)
    for m in finditer_led(_invited(vocab), text, windows(text, vocab_literals(vocab, "invite_verbs"), 6, 160)):
        honorific, role = honorific_chain(m.group("hon"), vocab)
        yield _mention(doc, m, honorific, role)
    for m in finditer_led(_verb_first(vocab), text, windows(text, vocab_literals(vocab, "verbs_before_name"), 6, 90)):
        if _titled_ok(m, vocab):
            yield _mention(doc, m, None, " ".join(m.group("post").split()) or None)
    for m in finditer_led(bare, text, windows(text, vocab_literals(vocab, "passive_acts"), 6, 40)):
        if holders.known(m.group("name")) and plausible(m.group("name"), vocab):
            yield _mention(doc, m, None, None)
    for m in finditer_led(_passive(vocab), text, windows(text, vocab_literals(vocab, "passive_acts"), 6, 60)):
        yield from _agents(doc, m, vocab)


@lru_cache(maxsize=16)
def _run_on_words(vocab: str) -> tuple[str, ...]:
    """The last words of a cue that runs on into its names with no colon: "... paid by", "... received from"."""
    return tuple(f" {w}" for w in vocabulary(vocab)["speaker_list_run_on"])


@lru_cache(maxsize=16)
def _prose_word(vocab: str) -> re.Pattern[str]:
    """A lower-case word that no list of names holds (not "and", not a particle: "van", "de")."""
    return re.compile(rf"\s(?!(?:and|{alternation(vocabulary(vocab)['name_particles'])})\b)[a-z]")


@lru_cache(maxsize=16)
def _passive(vocab: str) -> re.Pattern[str]:
    """ "moved as correct by ", "was presented by ": an act, up to three words, then "by"."""
    acts = alternation(vocabulary(vocab)["passive_acts"])
    return re.compile(rf"\b(?:{acts})(?:[ \t]+[a-z]+){{0,3}}?[ \t]+by[ \t]+(?=(?-i:[A-Z]))", re.I)


def _agents(doc: Document, m: re.Match[str], vocab: str) -> Iterator[Mention]:
    """The people named right after "by", up to the end of the sentence: "Danny Roe and Esme Poe"."""
    text, end = doc.text, m.end()
    stop = min((i for i in (text.find(c, end) for c in ".;\n") if i != -1), default=len(text))
    if (prose := _prose_word(vocab).search(text, end, stop)) is not None:  # "by Councillor Dee that the ...": the names end
        stop = prose.start()
    found = split_people(text[end:stop], end, vocab)
    for p in found.people:
        if p.honorific is None and (FULL_FIRST.match(p.name) is None or not bare_name(p.name, vocab)):
            break
        here = doc.block_at(p.start)
        yield Mention(p.name, Span(p.start, p.end), p.honorific, p.role, " ".join(text[m.start():p.end].split()),
                      here.span if here else None)


def _after_cue(doc: Document, m: re.Match[str], vocab: str) -> Iterator[Mention]:
    """The names after a cue: on its line, or (for a heading alone on its line) on the lines after it,
    a list of names or one speaker a line ("Councillor Ann Roe – parking in the High Street")."""
    text, block = doc.text, doc.block_at(m.start())
    if block is None:
        return
    if text[m.end():block.span.end].strip(" *_:"):
        if m.group("sep").strip() == "" and not m.group("cue").lower().endswith(_run_on_words(vocab)):
            return  # "Speakers included ...": a cue heading needs a line or a colon before its names
        yield from _names_in(doc, m, m.end(), block.span.end, vocab, whole_only=False)
        return
    if m.start() - block.span.start > 12:
        return  # a heading stands at the start of its block
    for _ in range(40):
        nxt = doc.block_at(block.span.end + 1)
        if nxt is None or nxt.span.start <= block.span.start:
            return
        block = nxt
        found = list(_names_in(doc, m, block.span.start, block.span.end, vocab, whole_only=True))
        if not found:
            return
        yield from found


def _names_in(doc: Document, m: re.Match[str], start: int, end: int, vocab: str, whole_only: bool) -> Iterator[Mention]:
    """The people of one line: all of them if the line is a list, else the one opening a "name – topic" line."""
    region = blank_descriptors(NUMBER.sub(lambda n: "," + " " * (len(n.group(0)) - 1), doc.text[start:end]), vocab)
    found = split_people(region, start, vocab)
    people = found.people
    if found.covered < len(region.rstrip(" .*_\n")) - 1:  # not a whole list: a topic line, or a list cut short
        topic = bool(people) and TOPIC.match(region, found.covered) is not None
        people = people[:1] if whole_only and topic else [] if whole_only or len(people) < 2 else people
    for p in people:
        here = doc.block_at(p.start)
        yield Mention(p.name, Span(p.start, p.end), p.honorific, p.role, " ".join(doc.text[m.start():p.end].split()),
                      here.span if here else None)


def _mention(doc: Document, m: re.Match[str], honorific: str | None, role: str | None) -> Mention:
    name = " ".join(m.group("name").split())
    if name.isupper() and len(name) > 2:
        name = name.title()
    start = m.start("name")
    block = doc.block_at(start)
    return Mention(name, Span(start, start + len(m.group("name"))), honorific, role, " ".join(m.group(0).split()),
                   block.span if block else None)


@lru_cache(maxsize=16)
def _question(vocab: str) -> re.Pattern[str]:
    """ "Question by <asker> to <answerer>" on one line: the two sides, split at the link word."""
    lex = vocabulary(vocab)
    return re.compile(fill(QUESTION, cues=alternation(lex["question_cues"]), links=alternation(lex["question_links"])),
                      re.X)


def _question_people(doc: Document, m: re.Match[str], vocab: str) -> Iterator[Mention]:
    """The asker (a name, with an honorific or in full) and the answerer named in a question heading."""
    for side in ("asker", "answerer"):
        if m.group(side) is None:
            continue
        found = split_people(m.group(side), m.start(side), vocab)
        person = found.people[0] if found.people else None
        if person is None or re.match(r"(?i)\W*(?:the|an?)\b", m.group(side)) or person.start - m.start(side) > 40:
            continue  # "the Leader": a post, not a name
        if person.honorific is None and (FULL_FIRST.match(person.name) is None or not bare_name(person.name, vocab)):
            continue
        here = doc.block_at(person.start)
        yield Mention(person.name, Span(person.start, person.end), person.honorific, person.role,
                      " ".join(m.group(0).split())[:120], here.span if here else None)


@lru_cache(maxsize=16)
def _verb_first(vocab: str) -> re.Pattern[str]:
    """ "says VUWSA President Ann Roe", "said Frances Nelson": a verb, maybe a post, then a full name."""
    FULL_NAME = name_grammar(vocab).full_name  # this lexicon's name grammar
    verbs = alternation(vocabulary(vocab)["verbs_before_name"])
    return re.compile(fill(r"""(?<![\w'’])(?:{verbs})[ \t]+              # "says "
                               (?P<post>(?-i:(?:[A-Z][\w’'.-]*[ \t]+){0,4}?))  # "VUWSA President "
                               (?P<name>{full})                          # "Ann Roe"
                               (?=[ \t]*[.,;:”"]|[ \t]*$)                # then punctuation or the line end
                            """, verbs=verbs, full=FULL_NAME), re.M | re.X)


def _titled_ok(m: re.Match[str], vocab: str) -> bool:
    """A full first name and surname, and any post before it ending in a role word or title."""
    name, post = m.group("name"), m.group("post").split()
    if FULL_FIRST.match(name) is None or not bare_name(name, vocab) or _opens_with_honorific(vocab).match(name):
        return False  # "said Councillor Roe" is Roe, with her honorific: the honorific patterns read it
    table = words(vocab)
    return not post or post[-1].lower() in table.role_words | table.titles | table.job_words


@lru_cache(maxsize=16)
def _opens_with_honorific(vocab: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{honorific_pattern(vocab, regrouped=True)})[ \t]", re.I)


@lru_cache(maxsize=16)
def _invited(vocab: str) -> re.Pattern[str]:
    """ "invited Councillor Lovell to pay tribute": the person invited to speak, with an honorific."""
    NAME = name_grammar(vocab).name  # this lexicon's name grammar
    hon, acts = honorific_pattern(vocab), alternation(vocabulary(vocab)["invited_to"])
    invite = alternation(vocabulary(vocab)["invite_verbs"])
    return re.compile(fill(r"""\b(?:{invite})\s+                 # "invited "
                               (?P<hon>{hon}(?:\s+{hon}){0,3})\s+  # "Councillor "
                               (?P<name>{name})\s+                 # "Lovell "
                               to\s+(?:{acts})\b                   # "to pay tribute"
                            """, invite=invite, hon=hon, name=NAME, acts=acts), re.I | re.X)
