"""Find labelled fields ("Decision status: ...").

Reads: text, blocks. Writes: fields. (Agenda items are found by stages/agenda/__init__.py.)

A field is a label from the lexicon's `fields` and its value, written as the papers write them:
"Decision status: Recommendations Approved"; the value on the line after its label ("Purpose :" /
"For Decision"); a label broken over a line ("Contact" / "Point: Anne Whitfield"); a label with no
colon, set apart by a tab, two spaces or a change of case ("Title COMMUNITY WARDENS SCHEME"); and
the cells of a header table ("Final Action: | 3/30/2000 | Contact:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..document import Document, Field, Span
from ..lexicon import alternation
from ..settings import Settings, vocabulary
from ..text.dateorder import date_order
from ..text.dates import parse_date

LABEL = r"[A-Za-z][A-Za-z0-9 &'’/()?-]{0,40}?"
# "Decision status: Recommendations Approved", "Is Key decision?: Yes", "Meeting:\tCabinet"
FIELD_LINE = re.compile(rf"^(?P<label>{LABEL})\s?:\s*(?P<value>.*)$")
# A label with no colon is set apart by a change of case ("Title COMMUNITY WARDENS SCHEME") or, when
# it has two words or more, by a capital ("Report Title Road safety schemes", "Wards Affected All")
CAPITALS = re.compile(r"[A-Z0-9][A-Z0-9 ,.'’&/()-]*")
# A label with no colon is in title case: "Wards Affected", "Title"
TITLE_WORDS = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+)*")
COLON_BY = 43  # FIELD_LINE's colon is among a line's first characters: its label is at most 41 long
NEXT_VALUE_MAX = 400  # a value on the next line is a line or a short paragraph, not a section


@dataclass(frozen=True)
class _Reader:
    labels: dict[str, str]
    types: dict[str, str]
    settings: Settings
    order: str
    name_end: re.Pattern[str]
    date_start: re.Pattern[str]
    booleans: dict[str, bool]
    particles: frozenset[str]  # a label without its colon does not end on them
    first_words: frozenset[str]  # the first word of every label, lower case: a line opening on none has none


@lru_cache(maxsize=4)
def _field_names(vocab: str) -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    data = vocabulary(vocab)
    types = {name: kind for kind, names in data["typed_fields"].items() for name in names}
    # where a name in a list of contacts ends: "Sarah Doyle, Head of Highways", "A. Hendry (Democratic Services)"
    words, posts = alternation(data["contact_details"]), alternation(data["contact_posts"])
    name_end = re.compile(rf"""\s* (?:
          [,(\[/|]              # "Sarah Doyle, Head of", "A. Hendry (Democratic", "Jo Roe | Clerk"
        | \s[-–]\s | \t | \s{{2}}  # "Liz Bateson - telephone", a tab, two spaces
        | \b(?i:{words})\b       # "Jo Roe Tel:", "Jo Roe Email"
        | \d | \S+@              # "Jo Roe 01524 582000", "Jo Roe jo.roe@x.gov.uk"
        | (?<!\S)(?:{posts})\b   # "Sam Lewis Committee Officer"
        ) .*$""", re.S | re.X)
    return dict(data["fields"]), types, name_end


@lru_cache(maxsize=4)
def _date_start(vocab: str) -> re.Pattern[str]:
    """A value that opens with a date: "3 May 2021", "Friday, 20 March 2020", "March 2022"."""
    data = vocabulary(vocab)
    return re.compile(rf"(?:\d|(?i:{alternation([*data['weekdays'], *data['months']])})\b)")


@lru_cache(maxsize=4)
def _values(vocab: str) -> tuple[dict[str, bool], frozenset[str], frozenset[str]]:
    """The words of yes/no values, the particles no colon-less label ends on, the labels' first words."""
    data = vocabulary(vocab)
    return ({w.lower(): v == "true" for w, v in data["boolean_values"].items()},
            frozenset(w.lower() for w in data["label_end_particles"]),
            frozenset(label.split(" ")[0] for label in _field_names(vocab)[0]))


def find_structure(doc: Document, settings: Settings) -> None:
    """Read labelled fields from the loader's blocks."""
    labels, types, name_end = _field_names(settings.lexicon_key)
    reader = _Reader(labels, types, settings, date_order(doc, settings).order, name_end,
                     _date_start(settings.lexicon_key), *_values(settings.lexicon_key))
    lines = [(b.span.text(doc), b.span.start) for b in doc.blocks]
    for k, (line, start) in enumerate(lines):
        previous = lines[k - 1][0] if k else ""
        following = lines[k + 1] if k + 1 < len(lines) else None
        for cell, cstart, after in _cells(line, start):
            field = _read_field(cell, cstart, reader, previous, after, following)
            if field is not None:
                doc.fields.append(field)


def _cells(line: str, start: int) -> list[tuple[str, int, tuple[str, int] | None]]:
    """The line, or the cells of a table row of labels ("Type: | Resolution | Status: | ADOPTED"), each
    with the cell after it (a label's value, when the label's own cell holds only the label). A row
    whose first cell is no label is read whole ("Clerk to the Council | Date: 27 August 2025" is signed)."""
    if "|" not in line or not FIELD_LINE.match(line.lstrip("| ").split("|")[0]):
        return [(line, start, None)]
    cells = [(m.group().strip(), start + m.start() + len(m.group()) - len(m.group().lstrip()))
             for m in re.finditer(r"[^|]+", line) if m.group().strip()]
    return [(text, s, cells[i + 1] if i + 1 < len(cells) else ("", s + len(text)))
            for i, (text, s) in enumerate(cells)]


def _read_field(line: str, start: int, reader: _Reader, previous: str,
                cell: tuple[str, int] | None, following: tuple[str, int] | None) -> Field | None:
    found = _label_value(line, reader, previous)
    if found is None:
        return None
    name, label, vstart, raw = found
    vstart += start
    if not raw and cell is not None:
        raw, vstart = cell  # "Title: | Providing for the approval ..."
    elif not raw and following is not None and _a_value(following[0]):
        raw, vstart = following  # "Purpose :" / "For Decision"
    if not raw:
        return None
    value, span = _typed(raw, vstart, reader.types.get(name), reader)
    if value is None or value == []:
        return None
    return Field(name, value, span, label)


def _label_value(line: str, reader: _Reader, previous: str) -> tuple[str, str, int, str] | None:
    """(field name, label, value offset in the line, value) of a labelled line, or None."""
    m = FIELD_LINE.match(line) if line.find(":", 0, COLON_BY) != -1 else None
    if m:
        label = " ".join(m.group("label").split())
        name = reader.labels.get(label.lower())
        broken = f"{previous.strip()} {label}"  # "Contact" / "Point: Anne Whitfield"
        if name is None and 0 < len(previous.split()) <= 3 and ":" not in previous:
            name, label = reader.labels.get(broken.lower()), broken
        if name is not None:
            return name, label, m.start("value"), m.group("value").rstrip()
    return _no_colon(line, reader) or _typed_label(line, reader)


def _no_colon(line: str, reader: _Reader) -> tuple[str, str, int, str] | None:
    """A known label of one to four words, then its value with no colon between (see CAPITALS)."""
    if not "A" <= line[:1] <= "Z":
        return None  # every label opens on a capital (see TITLE_WORDS)
    words = line.split(" ", 4)  # a label holds at most four words; the last item is the rest of the line
    if words[0].lower() not in reader.first_words:
        return None
    for n in range(min(4, len(words) - 1), 0, -1):
        label = " ".join(words[:n])
        if label.lower() not in reader.labels or not TITLE_WORDS.fullmatch(label):
            continue
        value = " ".join(words[n:])
        if n > 1 and words[n - 1].lower() in reader.particles:
            continue  # "Report of Audit Committee No. 1": a heading, not a label without its colon
        if CAPITALS.fullmatch(value) or (n > 1 and (value[:1].isupper() or value[:1].isdigit())):
            return reader.labels[label.lower()], label, len(label) + 1, value.rstrip()
    return None


def _typed_label(line: str, reader: _Reader) -> tuple[str, str, int, str] | None:
    """A date label with no colon, its value checked when it is read: "Posted on 3 May 2021", or
    alone over its value ("Source Date" / "February 2023")."""
    if not line[:1].isupper():
        return None
    words = line.split(None, 5)  # the first five words are all a label can hold
    if words[0].lower() not in reader.first_words:
        return None
    for n in range(min(len(words), 5), 0, -1):
        label = " ".join(words[:n])
        name = reader.labels.get(label.lower())
        if name is not None and reader.types.get(name) == "date":
            m = re.match(rf"\S+(?:\s+\S+){{{n - 1}}}\s*", line)
            value = line[m.end():] if m else ""
            if value and not reader.date_start.match(value):
                return None  # "Date of the next meeting, Tuesday, 8 July 2025" is no date label
            return name, label, m.end() if m else len(line), value
    return None


def _a_value(line: str) -> bool:
    """Whether the next line can be a label's value: short, and not itself a label."""
    if not line.strip() or len(line) > NEXT_VALUE_MAX:
        return False
    return not FIELD_LINE.match(line)  # "Point: Anne Whitfield" under "Contact" is a label's second half


def _typed(raw: str, start: int, kind: str | None, reader: _Reader) -> tuple[Any, Span]:
    span = Span(start, start + len(raw))
    if kind == "boolean":
        return reader.booleans.get(raw.lower().rstrip(".")), span
    if kind == "date":
        return parse_date(raw, order=reader.order, lexicon=reader.settings.lexicon_key), span
    if kind == "names":
        names = _names(raw, reader.name_end)
        if not names:
            return None, span
        return [n for n, _, _ in names], Span(start + names[0][1], start + names[-1][2])
    return raw, span


def _names(raw: str, name_end: re.Pattern[str]) -> list[tuple[str, int, int]]:
    """Each name of a list ("Sarah Doyle, Head of Highways; Tom Lee and Ann Roe") with its offsets; a
    post, a phone number or an address after a name is not part of it (nor an "and" inside the post)."""
    out: list[tuple[str, int, int]] = []
    for group in re.finditer(r"[^;]+", raw):
        pos = group.start()
        for m in re.finditer(r"\s+and\s+(?=[A-Z])|$", group.group()):
            part = raw[pos: group.start() + m.start()]
            name = name_end.sub("", part)
            lead = len(name) - len(name.lstrip(" \t-–:•"))
            name = name.strip(" \t-–:•")
            if name and re.search(r"[A-Za-z]{2}", name):
                out.append((name, pos + lead, pos + lead + len(name)))
            if len(name) + lead < len(part.rstrip()) or not m.group():
                break  # the rest of this group is the post: "Head of Planning and Development"
            pos = group.start() + m.end()
    return out
