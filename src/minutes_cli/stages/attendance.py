"""Find who attended: present (with roles), apologies, absent, officers, the public.

Reads: text, blocks. Writes: attendance, hints.attendance_complete.

A list starts at a label ("Present:", "MEMBERS IN ATTENDANCE", "Apologies for absence were
received from", "OFFICERS PRESENT" inside a collapsed paragraph) and runs over the names
after it, on the same line or on the lines that follow, until something is not a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Attendee, Document, Span
from ..lexicon import alternation, literals
from ..settings import Settings, vocabulary
from ..text.lowered import finditer_folded, finditer_led
from ..text.names import canonical_name, canonical_role, group_prefix, honorific_pattern
from ..text.people import Person, split_people
from ..text.scan import block_index, windows
from .attendance_sentences import LABEL_NOTE, excused, names_line, officer, sentence_attendance, skip_lead


@lru_cache(maxsize=16)
def _public_count(vocab: str) -> tuple[re.Pattern[str], dict[str, int], tuple[str, ...]]:
    """ "there were no members of the public present", "6 members present in the Gallery", "3 residents present"
    (never the tail of a bigger number: "2,400 residents"); its number words; and its literal prefilters."""
    lex = vocabulary(vocab)
    numbers = {**{w: 0 for w in lex["public_zero_words"]}, **lex["number_words"]}
    pattern = re.compile(PUBLIC_COUNT.replace("{number_words}", alternation(numbers))
                         .replace("{nouns}", alternation(lex["public_count_nouns"])), re.I | re.X)
    return pattern, numbers, (*PUBLIC_LITERALS, *literals(lex["public_count_nouns"]),
                              *literals(lex["attendance_labels"]["public"]))


@lru_cache(maxsize=4)
def _public_words(vocab: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The public count's label ("Members of the public: 4", "Public - 2"), what follows a count that
    is attendance ("present", "were in attendance", "attended") and the end of a list item after it
    ("and", "plus", "which included"), from the lexicon."""
    lex = vocabulary(vocab)
    label = re.compile(r"""^\W*(?:{labels})                # "Members of the public", "Public"
                           \s*[:\-–]\s*(?P<n>\d{1,4})\b      # ": 4", " - 2"
                        """.replace("{labels}", alternation(lex["attendance_labels"]["public"])), re.I | re.M | re.X)
    attending = re.compile(rf"\s*(?:(?:were|was)\s+)?(?:also\s+)?(?:{alternation(lex['public_attending_words'])})\b",
                           re.I)
    list_end = re.compile(rf"\s*(?:[.,;:)]|\n|$|(?:{alternation(lex['public_list_ends'])})\b)", re.I)
    return label, attending, list_end


# "there were no members of the public present", "6 members present in the Gallery", "3 residents present"
PUBLIC_COUNT = r"""
    (?<![\d,.£])\b(?P<n>\d{1,4}|{number_words})\s+                # "6 ", "no ", "two " (not "2,400")
    (?:(?P<public>members?\s+of\s+(?:the\s+)?(?:public|press)  # "members of the public"
        |members?\s+present\s+in\s+the\s+(?:public\s+)?gallery)  # "members present in the Gallery"
      |{nouns})\b                                             # "residents"
"""
# "Apologies for their inability to attend were received from Councillors", "apologies from Mr A"
APOLOGY = r"""
    \b(?:{head})\b                      # "Apologies"
    (?:[^.:\n]{0,80}?[ \t])?             # " for their inability to attend were received"
    (?:{links})[ \t]+                    # "from "
    (?!(?:{not_names})\b)                     # not "for absence", "for lateness"
    (?=(?-i:[A-Z]))                      # a name next: "Councillors"
"""
# A count that is the object of prose: "responses from 120 members of the public", "signed by 300 residents"
PROSE_BEFORE = re.compile(r"\b(?:by|from|than|of|to|the|had)\s*$", re.I)
# A line break inside a long wrapped list (the line before it is long and unfinished)
WRAPPED = re.compile(r"(?<=[^).\n]{60})\n(?=[^\n]*[a-z])")
PUBLIC_LITERALS = literals(("public", "gallery"))  # the words of PUBLIC_COUNT's phrases and PUBLIC_LABEL
# A word that makes a label a report's field: "Contact Officers:", "Responsible Officer(s):", "Lead Officers:"

# Small words a title-case label holds in lower case: "Apologies and Leave of Absence"
CONNECTORS = frozenset({"and", "of", "for", "the", "in"})
# Labels that need a colon or a line to themselves: they also start ordinary sentences.
SLASH = re.compile(r" ?/ ?")
LOOSE_LABELS = frozenset({"members", "councillors", "public", "staff", "clerk", "the clerk", "attendance",
                          "administration"})


@lru_cache(maxsize=16)
def _apology_pattern(vocab: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Apologies inside a sentence ("Apologies for their inability to attend were received from
    Councillors A and B", "reported apologies from Mr A", "gave apologies on behalf of Councillor B")
    and the literal prefilters of its words, from the lexicon."""
    lex = vocabulary(vocab)
    head, links, nots = (alternation(lex[k]) for k in ("apology_words", "apology_links", "apology_not_names"))
    pattern = re.compile(APOLOGY.replace("{head}", head).replace("{links}", links).replace("{not_names}", nots), re.I | re.X)
    return pattern, literals(lex["apology_words"])


@lru_cache(maxsize=16)
def _label_pattern(vocab: str) -> tuple[re.Pattern[str], dict[str, str], tuple[str, ...]]:
    """One pattern for every label, longest first; label -> status; and the labels' literal
    prefilters (found with str.find before the pattern runs), all derived from the lexicon."""
    status: dict[str, str] = {}
    for kind, labels in vocabulary(vocab)["attendance_labels"].items():
        for label in labels:
            status.setdefault(_label_key(label), kind)
    # a label does not run across a line break: "COUNCIL\nOfficers Present" is not "council officers"
    # "Leave of Absence / Apologies", "APOLOGIES/LEAVE OF ABSENCE": a slash with or without spaces
    alternation = "|".join(re.escape(x).replace(r"\ ", r"[ \t]+").replace("/", r"[ \t]*/[ \t]*")
                           for x in sorted(status, key=len, reverse=True))
    # "PRESENT:", "**MEMBERS IN ATTENDANCE**:", "Apologies for absence were received from"
    pattern = re.compile(r"""(?<![\w'’])(?P<label>{labels})            # "PRESENT", "Apologies for absence"
                             (?P<sep>[*_]*[ \t]*[:\-–—][*_]*[ \t]*     # ":", "**:** ", " - "
                               |[*_]*[ \t]*$                          # nothing more on the line
                               |[ \t]+)                               # " " before the names
                          """.replace("{labels}", alternation), re.I | re.M | re.X)
    return pattern, status, literals(status)


def _label_key(label: str) -> str:
    """A label as the lexicon keys it: lower case, single spaces, no space around a slash."""
    return SLASH.sub("/", " ".join(label.lower().split()))


def find_attendance(doc: Document, settings: Settings) -> None:
    """Append one Attendee per name in each attendance list, and the public count."""
    pattern, status, prefilter = _label_pattern(settings.lexicon_key)
    seen: set[tuple[str, str]] = set()
    hits = _hits(doc, pattern, status, prefilter, settings.lexicon_key)
    complete = True
    for k, (_start, end, kind) in enumerate(hits):
        stop = hits[k + 1][0] if k + 1 < len(hits) else None
        people, whole = _list_after(doc, skip_lead(doc.text, end, settings.lexicon_key), stop, settings.lexicon_key)
        complete = complete and (whole or kind not in ("present", "chair"))
        for person in people:
            _add(doc, person, kind, seen, settings.lexicon_key)
    listed = any(a.status == "present" for a in doc.attendance)
    for person, kind in sentence_attendance(doc, settings.lexicon_key, present=not listed):
        _add(doc, person, kind, seen, settings.lexicon_key)
    # The votes stage checks counts against the members present only when every present list was read whole.
    doc.hints.attendance_complete = complete and any(a.status == "present" for a in doc.attendance)
    _public(doc, settings.lexicon_key)


def _hits(doc: Document, pattern: re.Pattern[str], status: dict[str, str],
          prefilter: tuple[str, ...], vocab: str) -> list[tuple[int, int, str]]:
    """(label start, content start, status) for each label that introduces a list."""
    out: list[tuple[int, int, str]] = []
    for m in finditer_folded(pattern, doc.text, windows(doc.text, prefilter, 40, 30)):
        label = _label_key(m.group("label"))
        sep = m.group("sep")
        written = m.group("label").split()
        # "MEMBERS PRESENT", or "Officers Present" run into a flattened line: a heading, then names
        upper = (m.group("label").isupper() and len(label) >= 4 or len(written) >= 2 and all(
            w[0].isupper() or w in CONNECTORS for w in written)) and _names_follow(doc, m.end())
        noted = LABEL_NOTE.match(doc.text, m.end()) is not None  # "Apologies for absence (LGA 1972, s 85)"
        named = not sep.strip(" \t*_") and label not in LOOSE_LABELS and names_line(  # "Presiding P McLean"
            doc.text, m.start(), m.end(), vocab)
        if not sep.strip(" \t*_") and m.end() < len(doc.text) and doc.text[m.end()] not in "\n" and not (
                upper or noted or named or _sentence_form(label)):
            continue  # "Members agreed": a plain word in a sentence
        block = doc.block_at(m.start())
        if block is None or _report_field(doc, m, vocab):
            continue
        before = doc.text[max(block.span.start, m.start() - 12): m.start()]
        at_start = (m.start() - block.span.start <= 12) and not re.search(
            r"[A-Za-z]", re.sub(r"^\W*(?:\d{1,3}[.)]?\s*)?", "", before)) or (
            _sentence_form(label) and SENTENCE_START.search(doc.text, block.span.start, m.start()) is not None)
        colon = bool(re.search(r"[:\-–—]", sep)) or named
        alone = at_start and (m.end() >= block.span.end or doc.text[m.end():m.end() + 1] == "\n" or noted)
        # not "AYES: COUNCIL MEMBERS"; but "... 8.00AM ATTENDANCE Crs W Devlin, ...", a heading run into a line
        loose_ok = (colon or alone or upper) and at_start or upper and m.group("label").isupper() and bool(
            group_prefix(vocab).match(doc.text, m.end()) or re.match(honorific_pattern(vocab) + r"\s", doc.text[m.end():m.end() + 40]))
        if label in LOOSE_LABELS and not loose_ok:
            continue
        if not (colon or alone or upper or (at_start and _sentence_form(label))):
            continue
        if not at_start and not (colon or upper) and not alone:
            continue
        out.append((m.start(), m.end(), "chair" if "chair" in label else status[label]))
    apology, words = _apology_pattern(vocab)
    for m in finditer_led(apology, doc.text, windows(doc.text, words, 5, 140)):
        out.append((m.start(), m.end(), "apologies"))
    kept: list[tuple[int, int, str]] = []
    for hit in sorted(set(out), key=lambda h: (h[0], -h[1])):  # "Officers Present": not "Present" inside it
        if not kept or hit[0] >= kept[-1][1] or hit[0] == kept[-1][0] and hit[1] == kept[-1][1]:
            kept.append(hit)
    return kept


@lru_cache(maxsize=16)
def _field_qualifier(vocab: str) -> re.Pattern[str]:
    """A word that makes a label a report's field: "Contact Officers:", "Lead Officers:"."""
    return re.compile(rf"\b(?:{alternation(vocabulary(vocab)['report_field_qualifiers'])})\s*$", re.I)


def _report_field(doc: Document, m: re.Match[str], vocab: str) -> bool:
    """"Contact Officers: Sarah Doyle": a report's labelled field (read by metadata), not an attendance list."""
    if _field_qualifier(vocab).search(doc.text, max(0, m.start() - 20), m.start()):
        return True
    content = m.end() + len(doc.text[m.end():m.end() + 20]) - len(doc.text[m.end():m.end() + 20].lstrip())
    return any(f.span.start <= content < max(f.span.end, f.span.start + 1) for f in doc.fields)


def _names_follow(doc: Document, offset: int) -> bool:
    return bool(re.match(r"[*_]*[A-Z]", doc.text[offset: offset + 3]))


def _sentence_form(label: str) -> bool:
    return label.endswith(("from", "by", "of", "present", "were"))


# A sentence just ended before the label: "... called to order at 7:00 p.m. Present were Mayor Hedberg, ..."
SENTENCE_START = re.compile(r"[.!?][ \t]+\Z")


def _list_after(doc: Document, start: int, stop: int | None, vocab: str) -> tuple[list[Person], bool]:
    """The people after a label: the rest of its block, then whole blocks that are lists."""
    block = doc.block_at(start)
    if block is None:
        return [], True
    end = min(block.span.end, stop) if stop is not None else block.span.end
    rest = doc.text[start:end].strip(" *_:")
    if not rest or rest.endswith(",") or _one_person(rest, vocab):  # "Present: Mayor A" then one a line
        end = _extend(doc, (block_index(doc, block.span.start) or 0) + 1, end, stop, vocab)
    region = doc.text[start:end]
    # Lines wrapped inside a long list join with a space; short lines are one name each.
    region = WRAPPED.sub(" ", region)
    found = split_people(region, start, vocab)
    return found.people, found.covered >= len(region.rstrip(" .*_\n")) - 1


def _one_person(text: str, vocab: str) -> bool:
    if "," in text or ";" in text:
        return False
    found = split_people(text, 0, vocab)
    return len(found.people) == 1 and found.covered >= len(text.rstrip(" .*_")) - 1


def _extend(doc: Document, index: int, end: int, stop: int | None, vocab: str) -> int:
    """Extend a list over the following blocks that are lists too (or that it wraps into)."""
    wrapped = doc.text[:end].rstrip(" *").endswith(",")
    first = index
    while index < len(doc.blocks):
        nxt = doc.blocks[index].span
        if stop is not None and nxt.start >= stop:
            break
        line = nxt.text(doc)
        more = split_people(line, nxt.start, vocab)
        listy = bool(more.people) and more.covered >= len(line.rstrip(" .*")) - 1
        if not listy and (wrapped or index == first) and len(more.people) >= 2:
            return nxt.start + more.covered  # the list ends inside this block
        if not (listy or wrapped and more.people):
            break
        end = nxt.end
        wrapped = line.rstrip(" *").endswith(",") or len(line) > 60 and not line.rstrip().endswith(".")
        index += 1
    return end


def _add(doc: Document, person: Person, kind: str, seen: set[tuple[str, str]], vocab: str) -> None:
    status = "present" if kind == "chair" else kind
    role = person.role or ("Chair" if kind == "chair" else None)
    if role is None and person.honorific and canonical_role(person.honorific, vocab):
        role = canonical_role(person.honorific, vocab)  # "Mayor N. Salonen"
    if status in ("absent", "present") and role and excused(role, vocab):
        status, role = "apologies", None  # "Absent: Council Member Dunne (excused)", "Lilja Chong (regrets)"
    if status == "present" and officer(canonical_role(role, vocab) or role if role else None, person.honorific, vocab):
        status = "in_attendance"  # "Present: ..., Mr Richard Nolan, Clerk": an officer, not a member
    key = (status, person.name.lower())
    if key in seen:
        return
    seen.add(key)
    doc.attendance.append(Attendee(canonical_name(person.name), status, Span(person.start, person.end), person.honorific,
                                   canonical_role(role, vocab) or role if role else None, person.substitute_for))


def _public(doc: Document, vocab: str) -> None:
    """The count of members of the public, where the minutes give one in attendance phrasing."""
    count_pattern, numbers, prefilter = _public_count(vocab)
    spans = windows(doc.text, prefilter, 60, 40)
    found = next(finditer_led(_public_words(vocab)[0], doc.text, spans), None)
    if found is None:
        found = next((m for m in finditer_led(count_pattern, doc.text, spans) if _attending(doc.text, m, vocab)), None)
    if found is not None:
        raw = found.group("n").lower()
        count = int(raw) if raw.isdigit() else numbers[raw]
        doc.attendance.append(Attendee("", "public", Span(found.start(), found.end()), count=count))


def _attending(text: str, m: re.Match[str], vocab: str) -> bool:
    """"4 members of the public present", "... together with 4 members of the public.": not prose about people."""
    _, attending, list_end = _public_words(vocab)
    if attending.match(text, m.end()) or "gallery" in m.group(0).lower():
        return True
    before = text[max(0, m.start() - 30): m.start()]
    return bool(m.group("public")) and bool(list_end.match(text, m.end())) and not PROSE_BEFORE.search(before)
