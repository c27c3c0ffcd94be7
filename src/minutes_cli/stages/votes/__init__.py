"""Find votes (counts and named voters) in Popolo shape, and check their arithmetic.

Reads: text, blocks, attendance, motions. Writes: vote_events, problems
(V601 named voters do not match a count, V602 stated result contradicts the counts,
V603 more votes than members present).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document, Span, VoteCast, VoteCount, VoteEvent
from ...lexicon import alternation
from ...settings import Settings, vocabulary
from ...text.listnames import list_name
from ...text.names import honorific_pattern
from ...text.people import split_people
from ...text.scan import block_index, finditer, windows
from ._votetext import number, option, tally_counts

# The stated result after (or before) a vote: "The Cathaoirleach declared the Motion carried", "Motion
# was lost", "the recommendation was adopted", "CARRIED" opening a line
RESULT = re.compile(r"""
    \b(?i:                                     # what stands before the result word, in any case:
        declared\s+(?:the\s+)?(?:\w+\s+){0,3}   #   "declared the Motion ", "declared the amendment "
      | motion\s+(?:was\s+)?                   #   "Motion ", "motion was "
      | amendment\s+(?:was\s+)?                #   "Amendment ", "amendment was "
      | was\s+ | were\s+                       #   "the recommendation was ", "the proposals were "
      | (?:^|\n)[*_\s]*                        #   a line's start: "CARRIED", "**Lost**"
    )
    (?P<o>carried|passed|adopted|lost|defeated|fell|not\s+carried   # the result as written: lower case,
      |CARRIED|PASSED|LOST|DEFEATED|Carried|Passed|Lost|Defeated     # capitals or title case
    )\b
""", re.X)
FAIL = ("lost", "defeated", "fell", "not carried")
COUNT_FIRST = re.compile(r"[ \t]*\((?P<n>\d{1,3})\)[ \t]*(?=\n|$)")  # "For (14)" with the names below
COUNT_IN_LIST = re.compile(r"\(\s*\d{1,3}\s*\)|(?<!\.)\.{3,}\s*\d{1,3}\b")  # "(23)", "........ 24"
GAP = 250  # characters between two option lists of one vote
STANDARD = frozenset({"yes", "no", "abstain", "absent", "not voting"})  # options, not candidates


@lru_cache(maxsize=16)
def _labels(vocab: str) -> tuple[str, tuple[str, ...]]:
    """ "(?P<opt>For|FOR|Against|...)" from the lexicon's `vote_labels` (one-word labels also in capitals),
    and their literal prefilters: each label's first word as written and in capitals, without its first
    letter when longer than four letters ("gainst"), and "There " for "There voted for the Minutes:"."""
    words = vocabulary(vocab)["vote_labels"]
    written = [*words, *(w.upper() for w in words if " " not in w)]
    heads = {w.split()[0] for w in words}
    found = {x for h in heads for x in ((h[1:], h[1:].upper()) if len(h) > 4 else (h, h.upper()))}
    return rf"(?P<opt>{alternation(written)})", (*sorted(found), "There ")


# The next option label, which ends a list
_NEXT_LABEL = r"""
      (?:(?<=[\s.,;\d])|^)[*_]*{label}   # "... Lee Nays", "... Cole3 Against", "**Abstentions"
      (?:[*_]*\s*[:(]                    # then ":" or a count: "Nays: None", "Against (4)"
        |[*_]*\n                         # or the end of its line: "Abstentions" above the names
        |(?=[A-Z][a-z]?\s|[A-Z]\.))      # or names glued to it: "AgainstR Dale1", "ForA. J. B. Beaumont"
    | \bMotion\b | \bA\s+quorum\b       # "Motion carried", "A quorum being present"
    | \n\n                              # a blank line
"""
# An option label and what may follow it, where a list of voters starts
_LABEL = r"""
    (?:^|(?<=[\s.,;]))[*_]*                   # a line's start, or after a space or stop; "**" for bold
    (?: There\s+(?P<tv>voted\s+for|voted\s+against|abstained)[^:\n]{{0,80}}:
                                              # "There voted for the Minutes being a correct record:"
      | {cand}                                # "For Councillor Hickey-O’Mara" alone on its line
      | {label}(?:\s+(?i:(?:the\s+)?(?:{objects})))?
    )                                         # "Against", "ABSTENTIONS", "For the Amendment", "FOR THE MOTION"
    [*_]*\s*
    (?: [:\-–] | \n | $                       # "For:", "Against -", the label alone on its line
      | (?=[A-Z][a-z]*\.?\s|[A-Z]\s|[A-Z]\.   # or the names right after: "For Abel", "ForD Bigby", "For A. Roe"
          |Councillors?\b|Cllrs?\b|Council\s  # "Against Councillors Dean and Eade", "Ayes Council Members ..."
          |\(\d{{1,3}}\)[ \t]*$)                # "For (14)" alone on its line, the names below
    )
"""


@lru_cache(maxsize=16)
def _next_label(vocab: str) -> re.Pattern[str]:
    """The next option label ends a list: "... Lee Nays: None", "... Cole3 AgainstR Dale1", "Motion carried"."""
    return re.compile(_NEXT_LABEL.format(label=_labels(vocab)[0]), re.X)


@lru_cache(maxsize=4)
def _label_pattern(vocab: str) -> re.Pattern[str]:
    hon, label = honorific_pattern(vocab), _labels(vocab)[0]
    # "For Councillor Hickey-O’Mara" alone on its line: a candidate (the list name reads "-O’Mara")
    cand = rf"For\s+(?P<cand>(?:{hon})\s+(?:{list_name(vocab)})(?:\s*\([A-Z]\))?)(?=[*_:]*[ \t]*(?:\n|$))"
    objects = alternation(vocabulary(vocab)["vote_label_objects"])
    return re.compile(_LABEL.format(cand=cand, label=label, objects=objects), re.M | re.X)


def find_votes(doc: Document, settings: Settings) -> None:
    """Append vote events from named lists and from written counts, then check each."""
    named = _named_events(doc, settings.lexicon_key)
    counted = [e for e in tally_counts(doc, settings.lexicon_key) if not any(_near(e.span, n.span) for n in named)]
    events = sorted(named + counted, key=lambda e: e.span.start)
    for event in events:
        event = _with_result(doc, event)
        doc.vote_events.append(event)
        _check(doc, event)


def _near(a: Span, b: Span) -> bool:
    return a.start <= b.end + GAP and b.start <= a.end + GAP


def _named_events(doc: Document, vocab: str) -> list[VoteEvent]:
    """Group consecutive option lists ("For ... (11)", "Against ... (4)") into vote events."""
    groups: list[list[tuple[str, Span, list[VoteCast], VoteCount | None, bool]]] = []
    last_end = -10 ** 9
    for m in finditer(_label_pattern(vocab), doc.text, windows(doc.text, _labels(vocab)[1], 4, 120)):
        option = _option(m, vocab)
        if option is None:
            continue
        found = _list_after(doc, m, option, vocab)
        if found is None:
            continue
        span, casts, count, derived = found
        if not groups or m.start() - last_end > GAP or any(g[0] == option for g in groups[-1]) or _apart(
                doc, last_end, m.start()):
            groups.append([])  # far away, the same option again, or another item or motion: the next vote
        groups[-1].append((option, span, casts, count, derived))
        last_end = span.end
    events = []
    for group in groups:
        if len(group) < 2 and not (group[0][2] and group[0][3] and not group[0][4]):
            continue  # one stray "For" is not a vote; one counted list ("Yeas: ... (14)") is
        span = Span(group[0][1].start, group[-1][1].end)
        voters = tuple(c for g in group for c in g[2])
        # Counts derived from names stand only in a plain vote, not beside candidates in an election.
        plain = all(g[0] in STANDARD for g in group)
        counts = tuple(g[3] for g in group if g[3] is not None and (plain or not g[4]))
        events.append(VoteEvent(span, counts, voters, text=" ".join(span.text(doc).split())[:300]))
    return events


def _apart(doc: Document, end: int, start: int) -> bool:
    """An agenda heading or a new mover between two lists: the roll call's "Absent:" is not the next vote's."""
    return any(end <= s.heading.start < start for s in doc.sections) or any(
        end <= mo.evidence["moved_by"].start < start for mo in doc.motions if "moved_by" in mo.evidence)


def _option(m: re.Match[str], vocab: str) -> str | None:
    if m.group("cand"):
        return " ".join(m.group("cand").split())
    if m.group("tv"):
        return {"voted for": "yes", "voted against": "no", "abstained": "abstain"}[" ".join(m.group("tv").split())]
    word = re.sub(r"\s+", " ", m.group("opt")).lower()
    return option(word, vocab)


def _list_after(doc: Document, m: re.Match[str], option: str,
                vocab: str) -> tuple[Span, list[VoteCast], VoteCount | None, bool] | None:
    """The names (and count) after an option label, on its line or the lines after; True if the count is derived."""
    start = m.end()
    if (head := COUNT_FIRST.match(doc.text, start)) is not None:
        return _counted_then_named(doc, m, head, option, vocab)
    end = _list_end(doc, start, vocab)
    text = doc.text[start:end]
    stop = _next_label(vocab).search(text)
    if stop is not None and stop.start() > 0:
        text, end = text[: stop.start()], start + stop.start()
    if (cut := COUNT_IN_LIST.search(text)) is not None:  # the list ends at its count "(23)"
        text, end = text[: cut.end()], start + cut.end()
    text = re.sub(r"[*_]", " ", text)
    found = split_people(re.sub(r"(?<=[^.)\n]{50})\n", " ", text), start, vocab)
    if not found.people and found.count is None and text.strip(" .:\n").lower() not in ("none", "nil", "0"):
        return None
    casts = [VoteCast(p.name, option, Span(p.start, p.end)) for p in found.people]
    span = Span(m.start(), max(end, start))
    count = None
    if found.count is not None and found.count_start is not None:
        count = VoteCount(option, found.count, Span(found.count_start, found.count_start + len(str(found.count))))
    elif text.strip(" .:\n").lower() in ("none", "nil", "0"):
        count = VoteCount(option, 0, Span(start, start + len(text.rstrip())))
    elif casts and option in STANDARD and found.covered >= len(text.rstrip(" .,;:\n")) - 1:
        return span, casts, VoteCount(option, len(casts), span), True  # names read whole, no count written: count them
    return span, casts, count, False


def _counted_then_named(doc: Document, m: re.Match[str], head: re.Match[str], option: str,
                        vocab: str) -> tuple[Span, list[VoteCast], VoteCount | None, bool]:
    """ "For (14)" alone on its line, the names on the next: the written count, and the names when they read."""
    count = VoteCount(option, int(head.group("n")), Span(head.start("n"), head.end("n")))
    block = doc.block_at(head.end() + 1)
    casts: list[VoteCast] = []
    end = head.end()
    if block is not None and block.span.start > head.start() and not _label_pattern(vocab).match(block.span.text(doc)):
        text, stop_at = block.span.text(doc), block.span.end
        if (stop := _next_label(vocab).search(text)) is not None and stop.start() > 0:
            # "Ms Cole Against (1)": the names' line ran into the next label's
            text, stop_at = text[: stop.start()], block.span.start + len(text[: stop.start()].rstrip())
        found = split_people(text, block.span.start, vocab)
        casts = [VoteCast(p.name, option, Span(p.start, p.end)) for p in found.people]
        end = stop_at if casts else end
    return Span(m.start(), end), casts, count, False


def _list_end(doc: Document, start: int, vocab: str) -> int:
    """The end of the list: its own line, or the following lines up to a count "(11)"."""
    block = doc.block_at(start)
    if block is None:
        return start
    end = block.span.end
    if doc.text[start:end].strip(" *_:"):
        if not doc.text[start:end].rstrip(" *_").endswith(","):
            return end
    first = block_index(doc, block.span.start) or 0
    index = first + 1
    while index < len(doc.blocks) and index <= first + 4:
        line = doc.blocks[index].span.text(doc)
        if _label_pattern(vocab).match(line) and not line.startswith(("Councillor", "Cllr")):
            break
        end = doc.blocks[index].span.end
        if re.search(r"\(\d{1,3}\)\W*$|\d\s*$", line) or not line.rstrip(" *_").endswith(","):
            break
        index += 1
    return end


def _with_result(doc: Document, event: VoteEvent) -> VoteEvent:
    """The stated result: the words right after the vote, or the outcome of its motion."""
    m = RESULT.search(doc.text, event.span.end, min(len(doc.text), event.span.end + 200))
    if m is None:
        m = RESULT.search(doc.text, max(0, event.span.start - 200), event.span.start)
    motions = [mo for mo in doc.motions if mo.span.start <= event.span.start <= mo.span.end + 300]
    motion = max(motions, key=lambda mo: mo.span.start) if motions else None  # the latest one before the vote
    result = event.result
    if m is not None and re.search(r"\boriginal\b", doc.text[max(0, m.start() - 40): m.end()], re.I):
        m = None  # "the original Motion was carried": the result of another question
    if m is not None and result is None:
        result = "fail" if m.group("o").lower().replace("  ", " ") in FAIL else "pass"
    return VoteEvent(event.span, event.counts, event.votes, result, event.text,
                     motion.span if motion else None)  # its decision: the link stage joins it


def _check(doc: Document, event: VoteEvent) -> None:
    """V601 names vs counts, V602 result vs counts, V603 votes vs members present."""
    for count in event.counts:
        named = [v for v in event.votes if v.option == count.option]
        if named and len(named) != count.value:
            doc.problem("V601", event.span, "votes", option=count.option, value=count.value, named=len(named))
    totals = {c.option: c.value for c in event.counts}
    for v in event.votes:
        if v.option not in totals:
            totals.setdefault(f"named:{v.option}", 0)
            totals[f"named:{v.option}"] += 1
    yes = totals.get("yes", totals.get("named:yes", 0))
    no = totals.get("no", totals.get("named:no", 0))
    if event.result and (yes or no) and (event.result == "pass" and yes < no or event.result == "fail" and yes > no):
        doc.problem("V602", event.span, "votes", result=event.result, yes=yes, no=no)
    present = [a for a in doc.attendance if a.status == "present"]
    cast = sum(v for k, v in totals.items() if k in ("yes", "no", "abstain"))
    if doc.hints.attendance_complete and len(present) >= 3 and cast > len(present):
        doc.problem("V603", event.span, "votes", cast=cast, present=len(present))


__all__ = ["find_votes", "number"]
