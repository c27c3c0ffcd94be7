"""Find the decision-making body a paper belongs to: "Cabinet", "Planning Committee", "X Parish Council".

Used by the metadata stage after labelled fields. Structure before prose: a label whose value sits on
the next line ("DECISION TO BE TAKEN BY:" / "Cabinet"), a heading sentence wrapped over lines
("MINUTES OF PROCEEDINGS AT MEETING OF THE" / "MUNICIPAL DISTRICT OF X HELD IN", `_heading.py`), a heading that names the meeting ("Cabinet -
Thursday, 5th April, 2018", "CORPORATE PARENTING PANEL – 10th December 2024", "Minutes of a meeting of
the Planning Committee held on", "REGULAR MEETING OF THE" / "CITY OF ALAMEDA PLANNING BOARD"), a title
line that is a body's name, then the body that acts most often in the text ("The Cabinet considered"),
then the council named at the top. Body nouns, council types, meeting types, months and weekdays come
from the lexicon (`vocab/en/metadata.yaml`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.scan import Needles, finditer, first_place, fold, needles, windows
from ._heading import Heading
from ._shapes import WORD, as_written, heading_patterns, name_word, place_of
from ._starts import Starts, line_starts, matches_at, places, starts_of

HEAD = 3000
TITLE_BLOCKS = 6  # a title line is one of the paper's first lines
@dataclass(frozen=True)
class _Patterns:
    headings: tuple[tuple[re.Pattern[str], Needles | None, Starts | None], ...]  # with needles, where matches begin
    title_line: re.Pattern[str]
    actor: re.Pattern[str]
    actor_words: tuple[str, ...]
    authority: re.Pattern[str]
    meeting_type: re.Pattern[str]
    split_noun: re.Pattern[str]
    not_a_body: re.Pattern[str]  # words that cannot open a body's name: "Minutes - 19th May", "Thursday, 25 October"
    label_alone: re.Pattern[str]  # a label whose value is on the next line: "DECISION TO BE TAKEN BY:"
    lead_words: re.Pattern[str]  # what opens a name but is no part of it: "Ordinary Meeting of", "October"
    place_word: re.Pattern[str]  # a word no body's name holds: "December Monthly Meeting held on Monday"
    of_place: re.Pattern[str]  # the place a body belongs to, after it (matched at its end): " of the Village of X"


@lru_cache(maxsize=8)
def patterns(key: str = "en") -> _Patterns:
    """The body patterns compiled from the lexicon's body nouns, council and meeting types, months, weekdays."""
    data = vocabulary(key)
    nouns = alternation(w for n in data["body_nouns"] for w in (n, n.upper()))
    types = alternation(w for t in data["council_types"] for w in (t, t.upper()))
    mtypes = alternation(data["meeting_types"])
    actors = alternation(w for w in data["body_nouns"] if "-" not in w)  # "The Cabinet considered"
    word = WORD
    headings = heading_patterns(data, nouns, mtypes)
    council_place = place_of(data, nouns, types)
    # "CITY COUNCIL/AUSD SCHOOL BOARD", "Open Source Voting System Technical Advisory Committee (OSVTAC)"
    title_line = re.compile(rf"^\W*(?P<body>(?:{word}[ \t/]+|of[ \t]+|and[ \t]+|&[ \t]+){{0,8}}(?:{nouns})"
                            # "Board of Architectural Review", "Board of Zoning Appeals", "Committee of the Whole"
                            rf"|(?:{nouns})[ \t]+(?:of|OF)[ \t]+(?:the[ \t]+|THE[ \t]+)?{word}(?:[ \t]+(?:{word}|and|&)){{0,4}})"
                            rf"(?:[ \t]+(?i:(?:{mtypes})[ \t]+)*(?i:meeting))?(?:\s*\([A-Z]{{2,10}}\))?\W*$")
    return _Patterns(
        headings=tuple((c, needles(c), starts_of(c)) for c in (re.compile(p, re.M) for p in headings)),
        title_line=title_line,
        actor=re.compile(
            r"(?:\b(?:[Tt]he|That|that)\s+|\b(?:reminded|advised|informed|asked|told)\s+(?:the\s+)?)?"
            rf"(?P<body>{actors})\s+"
            rf"(?:{as_written(data['body_actor_verbs'])})\b"
            rf"|\b(?:reminded|advised|informed|told)\s+(?:the\s+)?(?P<obj>{actors})\b"
            rf"|\bto the (?P<own>{actors}) meeting\b|\bbusiness of the (?P<of>{actors})\b"),
        actor_words=tuple(w for w in data["body_nouns"] if "-" not in w),
        authority=re.compile(
            rf"\b(?P<name>{name_word(data, False)}[ \t]+(?:{name_word(data, False, False)}[ \t]+){{0,3}}?"
            rf"(?:{types})[ \t]+(?:Council|COUNCIL)|{council_place})\b"),
        meeting_type=re.compile(rf"^(?:The\s+)?(?:{mtypes})\s+(?=\S)", re.I),
        split_noun=re.compile(r"\b(?P<a>[A-Z]) (?P<b>[a-z]{3,})\b"),
        not_a_body=re.compile(rf"^(?:the\s+)?(?:{as_written([*data['not_body_openers'], *data['weekdays']])})\b", re.I),
        label_alone=re.compile(rf"^(?:{as_written(w for v in data['body_label_alone'] for w in (v, v.upper()))})\s*:?\s*$"),
        lead_words=re.compile(rf"^(?i:(?:(?:{mtypes})\s+)*(?:{alternation(data['heading_meeting_links'])})\s+(?:the\s+)?"
                              rf"|(?:{alternation(data['months'])})\s+(?=\S))"),
        place_word=re.compile(rf"(?i)\b(?:{alternation(data['heading_place_words'])})\b"),
        of_place=re.compile(rf"\s+(?:of|OF|for|FOR)\s+(?:the\s+|THE\s+)?(?P<place>{council_place})\b"),
    )


def find_body(doc: Document, key: str = "en", heading: Heading | None = None) -> tuple[str, Span] | None:
    """The body's name and where the paper gives it, or None. A heading sentence wrapped over lines
    (`heading`) names it before any one-line heading that starts inside it or after it."""
    p = patterns(key)
    head = doc.text[:HEAD]
    found = _heading(head, p)
    if heading is not None and heading.body is not None and (found is None or found[1].start >= heading.sentence.start):
        found = heading.body.text(doc), heading.body
    found = _label_alone(doc, p) or _named_title(doc, found, p) or _actor(doc.text, p)
    found = found or find_authority(doc, key)
    if found is None:
        return None
    name, span = _with_place(doc, *found, p)
    body = trim_body(name, key)
    start = span.start + name.index(body) if body in name else span.start
    return _name_above(doc, body, Span(start, start + len(body)), key, span.start) if body else None


def _with_place(doc: Document, name: str, span: Span, p: _Patterns) -> tuple[str, Span]:
    """A body's name with the place it belongs to when the place follows it ("CITY COUNCIL" / "OF
    THE CITY OF BROOKLYN CENTER IN THE COUNTY", "Town Board of the Town of Enfield was held")."""
    m = p.of_place.match(doc.text, span.end, min(len(doc.text), span.end + 120))
    if m is None or re.search(r"(?i)\bof\s+(?:the\s+)?" + re.escape(m.group("place")), name):
        return name, span
    return doc.text[span.start:m.end()], Span(span.start, m.end())


def _name_above(doc: Document, body: str, span: Span, key: str, opened: int) -> tuple[str, Span]:
    """A bare noun that opens a title line (`opened`: where its heading's name began, "OCTOBER BOARD
    MEETING MINUTES") under the organisation's name takes that name ("Lincoln Square Special Service
    Area #21" / "Commission Meeting Minutes", "PEACE RIVER REGIONAL DISTRICT" / "OCTOBER BOARD ...")."""
    block = doc.block_at(span.start)
    nouns = {n.lower() for n in vocabulary(key)["body_nouns"]}
    bare = body.lower() in nouns and body.lower() not in ("council", "cabinet", "executive")
    if not bare or block is None or block.span.start != opened:
        return body, span
    k = doc.blocks.index(block)
    above = doc.blocks[k - 1].span if 0 < k <= 3 else None
    line = above.text(doc) if above else ""
    if above and 2 <= len(line.split()) <= 8 and line[:1].isupper() and not re.search(r"[.:;,]|\b(?i:minutes|agenda)\b", line) \
            and doc.text[above.end: opened].strip() == "":
        return f"{line} {body}", Span(above.start, span.end)
    return body, span


def _label_alone(doc: Document, p: _Patterns) -> tuple[str, Span] | None:
    for k, block in enumerate(doc.blocks[:40]):
        if p.label_alone.match(block.span.text(doc)) and k + 1 < len(doc.blocks):
            nxt = doc.blocks[k + 1].span
            if len(nxt.text(doc)) <= 60:
                return nxt.text(doc), nxt
    return None


def _heading(head: str, p: _Patterns) -> tuple[str, Span] | None:
    """The earliest heading that names a body."""
    best: tuple[str, Span] | None = None
    folded, lines = fold(head), line_starts(head)
    for pattern, required, begins in p.headings:
        at = first_place(required, head, folded)
        if at is None:
            continue  # none of the words it needs ("Minutes", "meeting of") is in the head
        where = places(begins, head, folded, lines) if begins else None
        if where is not None and best is not None:  # a match there begins, so its body too, after the best
            where = where[:bisect.bisect_left(where, best[1].start)]
        for m in pattern.finditer(head, at) if where is None else matches_at(pattern, head, at, where):
            if best is not None and m.start("body") >= best[1].start:
                break
            if looks_like_body(_trim(m.group("body"), p), p):
                best = m.group("body"), Span(m.start("body"), m.end("body"))
                break
    return best


def _named_title(doc: Document, heading: tuple[str, Span] | None, p: _Patterns) -> tuple[str, Span] | None:
    """A heading, unless a title line names a committee before it ("CITY COUNCIL/X SCHOOL BOARD" above
    "SPECIAL SUB-COMMITTEE MEETING:"); the line under a "MEETING MINUTES" title names the body first."""
    title = _title_line(doc, p)
    if title is not None and (heading is None or (title[2] and title[1].start < heading[1].start) or title[3]):
        return title[0], title[1]
    return heading or (title[:2] if title else None)


def _title_line(doc: Document, p: _Patterns) -> tuple[str, Span, bool, bool] | None:
    """A first line that is only a body's name: (name, span, a committee's name, under a minutes title).
    A committee's name beats the council's above it."""
    found: list[tuple[str, Span, bool, bool]] = []
    for k, block in enumerate(doc.blocks[:TITLE_BLOCKS + 10]):
        line = block.span.text(doc)
        m = p.title_line.match(line)  # (anchored: cheaper than ruling the line out by its nouns first)
        if not m:
            continue
        under = k > 0 and re.fullmatch(r"(?i)\W*(?:meeting\s+)?minutes\W*", doc.blocks[k - 1].span.text(doc)) is not None
        if (k < TITLE_BLOCKS or under) and looks_like_body(_trim(m.group("body"), p), p):
            start = block.span.start + m.start("body")
            committee = not re.search(r"(?i)\bcouncil$", m.group("body"))
            found.append((m.group("body"), Span(start, start + len(m.group("body"))), committee, under))
    ranked = [f for f in found if f[3]] or [f for f in found if f[2]] or found
    return ranked[0] if ranked else None


def looks_like_body(body: str, p: _Patterns) -> bool:
    """A name, not a sentence: "Planning Committee", not "The 26th September 2019 were signed."."""
    return (bool(body) and body[0].isupper() and len(body.split()) <= 8 and not p.not_a_body.match(body)
            and not re.search(r"\d|\.\s|\.$", body) and not p.place_word.search(body))


def trim_body(text: str, key: str = "en") -> str:
    """ "Stoke Ferry Parish Council Meeting" -> "Stoke Ferry Parish Council"; "All Members of the X" -> "X";
    "The Regular Council" -> "Council"; "Milburn Parish C ouncil" (a PDF's kerning) -> "Milburn Parish Council"."""
    return _trim(text, patterns(key))


def _trim(text: str, p: _Patterns) -> str:
    text = re.sub(r"\s+", " ", re.sub(r"(?<=\w)-[ \t]*\n\s*(?=\w)", "-", text)).strip(" -–:,|*")  # "ADARE-" / "RATHKEALE"
    text = p.split_noun.sub(lambda m: m.group("a") + m.group("b") if _is_noun(m.group("a") + m.group("b"), p)
                            else m.group(), text)
    text = re.sub(r"\s+(?:meeting|Meeting|MEETING)$", "", text)
    while (lead := p.lead_words.match(text)) and lead.end() < len(text):  # "Ordinary Meeting of Council",
        text = text[lead.end():]  # "OCTOBER BOARD", "July meeting of the Village Liaison"
    text = p.meeting_type.sub("", text)
    text = re.sub(r"^(?:All Members of|Members of)\s+(?:the\s+)?", "", text)
    return text[:1].upper() + text[1:]


def _is_noun(word: str, p: _Patterns) -> bool:
    return bool(p.title_line.match(word))


def _actor(text: str, p: _Patterns) -> tuple[str, Span] | None:
    """The body that acts most often in the text ("Cabinet" in "The Cabinet considered"); None if none."""
    if not any(word in text for word in p.actor_words):
        return None
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}
    for m in finditer(p.actor, text, windows(text, p.actor_words, 40, 40)):
        group = m.lastgroup or "body"
        counts[m.group(group)] += 1
        first.setdefault(m.group(group), Span(m.start(group), m.end(group)))
    if not counts:
        return None
    name = max(counts, key=lambda k: (counts[k], -first[k].start))
    return name, first[name]


def find_authority(doc: Document, key: str = "en", title_only: bool = False) -> tuple[str, Span] | None:
    """The council the paper names: in its title lines first (a name opened on one may wrap onto the
    next: "MUNICIPAL DISTRICT OF ADARE-" / "RATHKEALE"), then anywhere in its head."""
    p = patterns(key)
    blocks = doc.blocks[:TITLE_BLOCKS]
    head = min(HEAD, len(doc.text))
    regions = [(b.span.start, b.span.end) for b in blocks] + ([] if title_only else [(0, head)])
    for start, end in regions:  # (tried only at capitals, it ran slower: a PDF's head is full of them)
        for m in p.authority.finditer(doc.text, start, min(head, end + 200)):
            if m.start() >= end:
                break
            name, begin = m.group("name"), m.start("name")
            if re.search(r"(?i)council$", name):  # "MEETING OF THE AMBERLEY TOWN COUNCIL" -> "AMBERLEY TOWN COUNCIL"
                cut = re.match(r"^(?:.*\b(?:OF|of|THE|AT|FOR|MINUTES|MEETING)\s+)", name)
                if cut and p.authority.fullmatch(name[cut.end():]):
                    name, begin = name[cut.end():], begin + cut.end()
            name = re.split(r"(?<=\w\w\w)\.\s", name)[0]  # "District of Newcastle West. He": the sentence ended
            bare = p.meeting_type.sub("", re.sub(r"^(?:The|THE)\s+", "", name))
            if not p.authority.fullmatch(bare) and not re.match(r"(?i)(?:the\s+)?\w+\s+of\s", name):
                continue  # "The Regular Council", "The City Council": no name
            return name, Span(begin, begin + len(name))
    return None


@lru_cache(maxsize=8)
def _prose_council(key: str) -> tuple[re.Pattern[str], frozenset[str]]:
    data = vocabulary(key)
    stops = {w.lower() for w in (*data["council_name_stops"], *data["meeting_types"], *data["council_types"],
                                 *data["body_nouns"], *data["weekdays"], *data["months"])}
    return re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:Council|COUNCIL))\b"), frozenset(stops)


def council_in_prose(doc: Document, key: str = "en") -> tuple[str, Span] | None:
    """A council named only in running text, as a news story names it ("Northbury Council brought its
    leisure centres back"): its own name, not a kind ("The City Council", "Full Council")."""
    pattern, stops = _prose_council(key)
    for m in pattern.finditer(doc.text):
        words = m.group("name").split()
        while words and words[0].lower() in stops:
            words = words[1:]
        if len(words) >= 2 and not any(w.lower() in stops for w in words[:-1]):
            name = " ".join(words)
            start = m.end("name") - len(name)
            if doc.text[start: m.end("name")] == name:
                return name, Span(start, m.end("name"))
    return None
