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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.scan import Needles, finditer, first_place, fold, needles, windows
from ._heading import Heading
from ._starts import Starts, line_starts, matches_at, places, starts_of

HEAD = 3000
WORD = r"[A-Z][\w&'’.-]*"  # a capitalised word of a name: "Burton-cum-Walden", "St.", "Children’s"
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


def _as_written(words: Iterable[str]) -> str:
    """An alternation of `words` as written (a space is one space), longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=8)
def patterns(key: str = "en") -> _Patterns:
    """The body patterns compiled from the lexicon's body nouns, council and meeting types, months, weekdays."""
    data = vocabulary(key)
    nouns = alternation(w for n in data["body_nouns"] for w in (n, n.upper()))
    types = alternation(w for t in data["council_types"] for w in (t, t.upper()))
    mtypes = alternation(data["meeting_types"])
    actors = alternation(w for w in data["body_nouns"] if "-" not in w)  # "The Cabinet considered"
    word = WORD
    headings = _headings(data, nouns, mtypes)
    place_of = _place_of(data, nouns, types)
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
            rf"(?:{_as_written(data['body_actor_verbs'])})\b"
            rf"|\b(?:reminded|advised|informed|told)\s+(?:the\s+)?(?P<obj>{actors})\b"
            rf"|\bto the (?P<own>{actors}) meeting\b|\bbusiness of the (?P<of>{actors})\b"),
        actor_words=tuple(w for w in data["body_nouns"] if "-" not in w),
        authority=re.compile(
            rf"\b(?P<name>(?:{_name_word(data, False)}[ \t]+){{1,4}}?(?:{types})[ \t]+(?:Council|COUNCIL)|{place_of})\b"),
        meeting_type=re.compile(rf"^(?:The\s+)?(?:{mtypes})\s+(?=\S)", re.I),
        split_noun=re.compile(r"\b(?P<a>[A-Z]) (?P<b>[a-z]{3,})\b"),
        not_a_body=re.compile(rf"^(?:the\s+)?(?:{_as_written([*data['not_body_openers'], *data['weekdays']])})\b", re.I),
        label_alone=re.compile(rf"^(?:{_as_written(w for v in data['body_label_alone'] for w in (v, v.upper()))})\s*:?\s*$"),
        lead_words=re.compile(rf"^(?i:(?:(?:{mtypes})\s+)*(?:{alternation(data['heading_meeting_links'])})\s+(?:the\s+)?"
                              rf"|(?:{alternation(data['months'])})\s+(?=\S))"),
        place_word=re.compile(rf"(?i)\b(?:{alternation(data['heading_place_words'])})\b"),
        of_place=re.compile(rf"\s+(?:of|OF|for|FOR)\s+(?:the\s+|THE\s+)?(?P<place>{place_of})\b"),
    )


def _name_word(data: dict[str, Any], dated: bool) -> str:
    """A capitalised word of a council's own name: not a word that only joins or leads one ("THE",
    "OF", "MINUTES", "REGULAR", "HELD": the lexicon's `authority_name_stops`, meeting types, place
    words); `dated`, nor a month or a weekday ("TOWNSHIP OF MONROE JANUARY 27, 2009")."""
    stops = [*data["authority_name_stops"], *data["meeting_types"], *data["heading_place_words"],
             *data["heading_date_leads"], *((*data["months"], *data["weekdays"], *data["meeting_name_kinds"])
                                            if dated else ())]
    return rf"(?!(?i:{alternation(stops)})\b){WORD}"


def _place_of(data: dict[str, Any], nouns: str, types: str) -> str:
    """A council named as a kind of place and its name, wrapped over a line or not: "Township of
    Oro-Medonte", "CITY OF TUSTIN", "MUNICIPAL DISTRICT OF NEWCASTLE" / "WEST", "City of X Council";
    the name stops before a committee's name ("TOWN OF ENFIELD TOWN BOARD", "DISTRICT OF NEWCASTLE
    WEST JOINT POLICING SUB COMMITTEE")."""
    kinds = alternation(w for t in data["place_of_types"] for w in (t, t.upper()))
    word = _name_word(data, True)
    committee = alternation(w for n in data["body_nouns"] if n.lower() != "council" for w in (n, n.upper()))
    gap = r"(?:[ \t]+|(?<=-)[ \t]*\n[ \t]*|[ \t]*\n[ \t]*(?=[A-Z]+\b))"  # a wrap: after a hyphen, or in capitals
    return (rf"(?:The[ \t]+|THE[ \t]+)?(?:{kinds})[ \t]+(?:of|OF)[ \t]+{word}"
            rf"(?:{gap}(?!(?:{types})[ \t]+(?:{nouns})\b|(?:{word}[ \t]+){{0,3}}(?:{committee})\b|(?:{nouns})\b)"
            rf"{word}){{0,3}}(?:[ \t]+(?:Council|COUNCIL))?")


def _headings(data: dict[str, Any], nouns: str, mtypes: str) -> tuple[str, ...]:
    """The heading patterns that name a meeting's body, earliest in the paper wins."""
    kinds = alternation(w for t in data["place_of_types"] for w in (t, t.upper()))
    weekday = alternation(data["weekdays"])
    month = alternation(w for m in data["months"] for w in (m, m.upper()))
    word = WORD
    return (
        # "Council - Thursday, 5th April, 2018", "CORPORATE PARENTING PANEL – 10th December 2024", "Cabinet-Monday"
        rf"^(?:To:\s*\|?\s*)?(?P<body>[A-Z][A-Za-z&',() -]{{1,80}}?)\s*(?:[-–—]|,)\s*"
        rf"(?:(?i:{weekday})\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{month})\b)",
        # "MINUTES OF THE GENERAL MEETING OF THE COUNCIL HELD AT", "MINUTES OF (THE) PROCEEDINGS OF/AT A MEETING OF"
        rf"(?i:\bMINUTES\s+OF\s+(?:THE\s+|A\s+)?(?:PROCEEDINGS\s+(?:OF|AT)\s+(?:THE\s+|AN?\s+)?)?(?:(?:{mtypes})\s+)*"
        rf"(?:MEETING\s+OF\s+(?:THE\s+)?)?)(?P<body>[A-Z][^\n]{{2,90}}?)(?:\s+(?i:HELD|ON|AT|IN)\b|\s*$)",
        # "A meeting of the County Council will be held", "A Meeting of Burton-cum-Walden Parish Council will be held"
        # "Regular Meeting of the Board of Trustees of the Village of X was held" (the place is read after)
        rf"\b[Mm]eeting of (?:the )?(?P<body>(?:{word}|cabinet|council|committee)(?: (?:{word}|and|of|for))*)"
        rf"(?:\s+(?:will be held|was held|held|on|at|in)\b|(?=\s+(?:of|for)\s+(?:the\s+)?(?:{kinds})\s+of\s))",
        # "REGULAR MEETING OF THE" + "CITY OF ALAMEDA PLANNING BOARD" on the next line
        rf"(?i:\bMEETING\s+OF(?:\s+THE)?)[ \t]*\n[ \t]*(?P<body>(?:{word}[ \t]+){{0,6}}(?:{nouns}))[ \t]*$",
        # "Boughton Parish Council Minutes", "Council Meeting Minutes", "ETHERIDGE SHIRE COUNCIL MINUTES OF"
        rf"""(?x) ^(?:[^\n]*?\s)??                           # anything before the name, shortest first
            (?P<body>(?:{word}[ \t]+){{0,5}}(?:{nouns}))   # "Boughton Parish Council", "ETHERIDGE SHIRE COUNCIL"
            \s+(?:Meeting\s+|MEETING\s+)?(?:Minutes|MINUTES)\b   # "Meeting Minutes", "MINUTES OF"
        """,
        # "Planning Commission Regular Meeting of FEBRUARY 1, 2018", "Select Board Meeting Minutes 7/29/2020"
        rf"^(?P<body>(?:{word}[ \t]+){{0,5}}(?:{nouns}))[ \t]+(?:(?i:{mtypes})[ \t]+)*(?i:meeting)"
        r"(?=[ \t]*(?:$|[-–,:|(\d]|(?i:of|minutes|agenda)\b))",  # a title, not "The City Council meeting will be"
        # "The Regular Council Meeting was convened", "REGULAR COUNCIL MEETING AUGUST 19, 2002"
        rf"\b(?:The\s+|THE\s+)?(?i:{mtypes})\s+(?P<body>(?:{word}[ \t]+){{0,4}}(?:{nouns}))\s+(?i:Meeting)\b",
        # A title naming the committee before its subject: "Planning Review Committee: Mill Street Student Block"
        rf"^(?P<body>(?:{word}[ \t]+){{1,5}}(?:{nouns}))\s*:",
        # Collapsed report headers: "Report No HC/44/20 Committee: Highland Council Date: 17th December"
        r"\bCommittee:\s*(?P<body>[A-Z][\w&' -]{2,60}?)\s+(?:Date|Report|Agenda)\b",
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
    """The council the paper names: in its title lines first, then anywhere in its head."""
    p = patterns(key)
    blocks = doc.blocks[:TITLE_BLOCKS]
    regions = [(b.span.start, b.span.end) for b in blocks] + ([] if title_only else [(0, min(HEAD, len(doc.text)))])
    for start, end in regions:  # (tried only at capitals, it ran slower: a PDF's head is full of them)
        for m in p.authority.finditer(doc.text, start, end):
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
