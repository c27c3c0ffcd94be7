"""Classify a paper as minutes, decision, report, agenda, news or other by its cues.

A page with no sentence and no numbered list that names several kinds of paper as bare labels
("Agenda | Minutes | Download": a listing, a media player) is other. A headed
table whose rows record outcomes (a meeting grid) weighs as a title does. Then structure: a title
line among the paper's first lines ("Issue - meetings", "Agenda item", "Proposed Record of
Decision", "Agenda", "Voting record"; the lexicon's `kind_titles`) weighs most. Then each kind scores its weighted cue patterns (`kind_patterns`), double in the first 600
characters; news scores the distinct story phrases it tells a meeting in (`news_cues`: "voted in
favour of", "last Wednesday"). The highest wins, in the order of `TIE_ORDER` on a tie, other when
nothing is found. Not a stage: metadata calls it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.offsets import lowered as lowered_once
from ...text.places import NeedleIndex, placed
from ...text.scan import Needle, Needles, fold, needles, starts
from ...text.tables import outcome, tables

HEAD = 600
TITLE_LINES = 4  # the title is one of the paper's first lines
TITLE_WEIGHT = 10
NEWS_WEIGHT = 2  # per distinct story phrase
NEWS_CAP = 3  # at most this many phrases count
HINT_WEIGHT = 8  # a kind the loader read from front matter (`categories: News`)
GRID_WEIGHT = 10  # a headed table whose rows record outcomes (a Legistar meeting grid) is the meeting's record
SENTENCE_WORDS = 12  # a line this long is a sentence; a page with none is links and labels
SHORT_SENTENCE = 4  # ... and so is a shorter one that ends as a sentence does
MENU_KINDS = 2  # a page with no business naming this many kinds of paper as bare labels is a menu of them
NUMBERED_LINE = re.compile(r"^\W*\d{1,3}[.)]\s", re.M)
STARTS_MAX = 8  # more needles a match may begin with than this: one search is cheaper than their finds
UNLIKE_LOWER = ("\u0130", "\u0131", "\u017f")  # the characters `fold` treats otherwise than `str.lower`
TIE_ORDER = ("other", "decision", "minutes", "report", "agenda", "news")


@dataclass(frozen=True)
class _Cue:
    pattern: re.Pattern[str]
    weight: int
    title_only: bool  # a title cue: looked for in the first characters only
    needles: Needles | None  # one of these literals is in every match (from the pattern itself)
    starts: tuple[Needle, ...] | None  # every match begins with one of these: try the pattern only there


@dataclass(frozen=True)
class _Cues:
    titles: dict[str, re.Pattern[str]]
    patterns: dict[str, tuple[_Cue, ...]]
    news: re.Pattern[str]
    index: NeedleIndex  # every cue's needles, found in one pass
    news_words: dict[str, tuple[tuple[str, ...], ...]]  # a story phrase's longest word -> the words before it
    news_anchors: NeedleIndex | None  # those longest words (None: a phrase the walk back cannot read)
    outcome: re.Pattern[str]  # an outcome, attendance or opening written in a meeting's record (lower case)


@lru_cache(maxsize=8)
def cues(key: str = "en") -> _Cues:
    """The kind cues compiled from the lexicon."""
    data = vocabulary(key)
    titles = {kind: re.compile(rf"^\W*(?:{alternation(words)})(?![\w-]|\s*:)", re.I)  # not a "Minutes:" label
              for kind, words in data["kind_titles"].items() if words}
    patterns = {kind: tuple(_weighted(p) for p in items) for kind, items in data["kind_patterns"].items()}
    # matched in the lower-cased text: a case-blind alternation is several times slower
    news = re.compile(rf"\b(?:{alternation(w.lower() for w in data['news_cues'])})\b(?!,?\s+(?:the\s+)?\d)")
    index = NeedleIndex(cue.needles for items in patterns.values() for cue in items)
    outcome = re.compile(rf"(?<!\w)(?:{alternation(w.lower() for w in data['kind_outcome_cues'])})(?!\w)")
    return _Cues(titles, patterns, news, index, *_news_anchors([w.lower() for w in data["news_cues"]]), outcome)


def _news_anchors(phrases: list[str]) -> tuple[dict[str, tuple[tuple[str, ...], ...]], NeedleIndex | None]:
    """Each story phrase by its longest word, with the words before that one ("told the meeting":
    "meeting" <- ("told", "the")): a match of the news pattern begins where those words end at it."""
    words: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        parts = phrase.split(" ")
        if not all(p and not any(ch.isspace() for ch in p) for p in parts):
            return {}, None  # "a  b" or a tab: leave it to the pattern alone
        j = max(range(len(parts)), key=lambda k: len(parts[k]))
        words.setdefault(parts[j], set()).add(tuple(parts[:j]))
    anchors = NeedleIndex([Needles(tuple(words), ())]) if words else None
    return {w: tuple(sorted(b)) for w, b in words.items()}, anchors


def _weighted(item: str) -> _Cue:
    """"3 <regex>" -> (pattern, 3, False); "3h <regex>" -> (pattern, 3, True): a title cue."""
    weight, _, pattern = item.partition(" ")
    compiled = re.compile(pattern, re.M)
    begins = _few(starts(compiled))
    return _Cue(compiled, int(weight.rstrip("h")), weight.endswith("h"), needles(compiled), begins)


def _few(begins: tuple[Needle, ...] | None) -> tuple[Needle, ...] | None:
    """At most `STARTS_MAX` needles every match begins with: the longest prefixes of them that few."""
    if not begins:
        return None
    for size in range(max(len(n) for n, _ in begins), 0, -1):
        cut = {(n[:size], blind) for n, blind in begins}
        if len(cut) <= STARTS_MAX:
            return tuple(sorted(n for n in cut if not any(o != n and o[1] == n[1] and n[0].startswith(o[0]) for o in cut)))
    return None


def front_matter_kind(doc: Document, key: str) -> str | None:
    """The kind the paper's front matter states (`categories: News`, `article_type: news`),
    by the lexicon's `front_matter_kinds`; None when it states none."""
    kinds = vocabulary(key)["front_matter_kinds"]
    for word in (*doc.front_matter.categories, *doc.front_matter.tags):
        kind = kinds.get(" ".join(word.lower().replace("-", " ").split()))
        if kind:
            return str(kind)
    return None


def classify(doc: Document, key: str = "en") -> str:
    """Return the kind whose cues score highest (other when none)."""
    c = cues(key)
    if not _has_business(doc) and len(_bare_labels(doc, key)) >= MENU_KINDS:
        return "other"
    scores = {kind: 0 for kind in TIE_ORDER}
    if any(outcome(row, key) is not None for rows in tables(doc, key) for row in rows):
        scores["minutes"] += GRID_WEIGHT
    title = title_kind(doc, c)
    if title is not None:
        scores[title] += TITLE_WEIGHT
    text, kept = doc.text, lowered_once(doc.text)  # the lower-cased text other stages read too, made once
    lowered = kept if kept is not None else text.lower()
    folded = fold(text) if any(char in text for char in UNLIKE_LOWER) else lowered
    head, places = text[:HEAD], c.index.places(text, folded)
    for kind, patterns in c.patterns.items():
        for cue in patterns:
            if (at := placed(cue.needles, places, HEAD)) is not None and _found(cue, head, folded[:HEAD], at):
                scores[kind] += cue.weight * 2
            elif not cue.title_only and (at := placed(cue.needles, places)) is not None \
                    and _found(cue, text, folded, at):
                scores[kind] += cue.weight
    phrases = _news_phrases(lowered, c)
    scores["news"] += NEWS_WEIGHT * min(NEWS_CAP, len(phrases))
    hinted = front_matter_kind(doc, key)
    if hinted in scores:
        scores[hinted] += HINT_WEIGHT
    best = max(scores.values())
    if best == 0:
        return "other"
    kind = next(kind for kind in TIE_ORDER if scores[kind] == best)
    if kind == "minutes" and title is None and hinted is None and _business_to_come(doc, lowered, c):
        return "agenda"  # "1. Call to Order" / "4. Roll Call" / "5. Approval of Minutes": items, no outcome
    return kind


AGENDA_ITEMS = 3  # numbered items of business, none with an outcome: a list of business to come


def _business_to_come(doc: Document, lowered: str, c: _Cues) -> bool:
    """Numbered items of business and not one outcome, attendance or opening written in the
    whole paper (the lexicon's `kind_outcome_cues`: "seconded", "carried", "present:"): the
    paper lists business to come, as an agenda does, though its items name minutes and a roll call."""
    return len(NUMBERED_LINE.findall(doc.text)) >= AGENDA_ITEMS and c.outcome.search(lowered) is None


def _found(cue: _Cue, text: str, folded: str, at: int) -> bool:
    """`cue.pattern.search(text, at)` found something: tried only where a match can begin, when known."""
    if cue.starts is None:
        return cue.pattern.search(text, at) is not None
    for needle, blind in cue.starts:
        haystack = folded if blind else text
        i = haystack.find(needle, at)
        while i != -1:
            if cue.pattern.match(text, i):
                return True
            i = haystack.find(needle, i + 1)
    return False


def _news_phrases(lowered: str, c: _Cues) -> set[str]:
    """The distinct story phrases `c.news` finds (as its `finditer` would), matched only where a
    phrase's longest word stands after its other words."""
    if c.news_anchors is None:
        return {m.group() for m in c.news.finditer(lowered)}
    starts: set[int] = set()
    for end, word in c.news_anchors.occurrences(lowered):
        for before in c.news_words[word]:
            at = _words_before(lowered, end - len(word) + 1, before)
            if at is not None:
                starts.add(at)
    found, last = set(), 0
    for at in sorted(starts):
        if at >= last and (m := c.news.match(lowered, at)):
            found.add(m.group())
            last = m.end()
    return found


def _words_before(text: str, at: int, words: tuple[str, ...]) -> int | None:
    """Where `words`, each followed by white space, end at `at`: their start, or None."""
    for word in reversed(words):
        space = at
        while space > 0 and text[space - 1].isspace():
            space -= 1
        if space == at or not text.startswith(word, space - len(word)) or space < len(word):
            return None
        at = space - len(word)
    return at


def _bare_labels(doc: Document, key: str) -> set[str]:
    """The kinds named by a line, or a cell of a "|" line, that is only a kind's title word: a
    menu of papers ("Agenda | Minutes | Download", "Agenda" / "Minutes")."""
    titles = {w.lower(): kind for kind, words in vocabulary(key)["kind_titles"].items() for w in words}
    cells = (re.sub(r"^\W+", "", c).strip().lower() for line in doc.text.split("\n") for c in line.split("|"))
    return {titles[c] for c in cells if c in titles}


def _has_business(doc: Document) -> bool:
    """Does the paper carry any business: a sentence, or a numbered list? A listing or a media
    player's page ("Agenda | Minutes | Download", "Video Download") has neither."""
    for line in _lines(doc.text):
        n = len(line.split())
        if n >= SENTENCE_WORDS or (n >= SHORT_SENTENCE and line.rstrip().endswith((".", "?", "!"))):
            return True
    return len(NUMBERED_LINE.findall(doc.text)) >= 2


def _lines(text: str) -> Iterator[str]:
    """`text.split("\\n")`, one line at a time (a paper with business stops at its first lines)."""
    start = 0
    while (end := text.find("\n", start)) != -1:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def title_kind(doc: Document, c: _Cues) -> str | None:
    """The kind a title line names: the longest title phrase opening one of the first lines."""
    for block in doc.blocks[:TITLE_LINES]:
        line = block.span.text(doc)
        found = [(m.end(), kind) for kind, pattern in c.titles.items() if (m := pattern.match(line))]
        if found:
            return max(found)[1]
    return None
