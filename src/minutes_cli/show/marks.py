"""The highlights of an evidence page: one `Mark` for every span in a record.

A mark is a span with what the page shows about it: its kind (which sets its colour),
a one-line label for the side panel, the value as (name, value) pairs for the info box,
and the record section it is listed under. Marks come in record order, so their numbers
are the same for the same record. Every span the record holds gives exactly one mark:
`span` keys, `mentions`, `document.evidence` and a motion's `evidence`, also inside the
values plugin stages keep under `extensions`.
"""

from __future__ import annotations

from typing import Any, Iterator, NamedTuple

from ..schema import json_path

KINDS = ("field", "agenda", "decision", "item", "motion", "vote", "speaker", "contribution",
         "attendee", "declaration", "date", "role", "problem", "extension")
ATTENDANCE = ("present", "apologies", "absent", "in_attendance", "public")
LABEL_CHARS = 90



class Mark(NamedTuple):
    """One span of the record, with what the page shows for it (`detail`: name -> value,
    None for a value the record does not have)."""

    start: int
    end: int
    kind: str
    path: str
    label: str
    detail: dict[str, Any]
    section: str
    listed: bool = True
    level: int = 0


def collect(record: dict[str, Any], chars: int) -> list[Mark]:
    """Every span of `record` as a Mark, in record order; spans are clamped to 0..chars."""
    marks: list[Mark] = []
    for section in (_document, _agenda, _decisions, _motions, _votes, _speakers,
                    _attendance, _declarations, _dates, _roles, _problems, _extensions):
        marks.extend(section(record))
    return [_clamped(m, chars) for m in marks]


def _clamped(mark: Mark, chars: int) -> Mark:
    start = min(max(mark.start, 0), chars)
    end = min(max(mark.end, start), chars)
    return mark if (start, end) == (mark.start, mark.end) else mark._replace(start=start, end=end)


def _mark(span: Any, kind: str, path: tuple[Any, ...], label: str, detail: dict[str, Any],
          section: str, listed: bool = True, level: int = 0) -> Iterator[Mark]:
    """A Mark for `span` when it is a [start, end] pair of integers; nothing otherwise."""
    if type(span) is list and len(span) == 2 and type(span[0]) is int and type(span[1]) is int:
        yield Mark(span[0], span[1], kind, json_path(path), _short(label), detail, section, listed, level)


def _text(value: Any) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _short(text: str) -> str:
    text = " ".join(str(text)[: 4 * LABEL_CHARS].split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _words(*parts: Any) -> str:
    return " ".join(str(p) for p in parts if p not in (None, ""))


def _list(record: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = record.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def vote_summary(vote: Any) -> str | None:
    """"pass: yes 5, no 2" for a vote (a decision's or a vote event's), or None."""
    if not isinstance(vote, dict):
        return None
    counts = ", ".join(f"{c.get('option')} {c.get('value')}" for c in vote.get("counts") or [])
    return f"{vote.get('result') or 'no result'}" + (f": {counts}" if counts else "")


def _document(record: dict[str, Any]) -> Iterator[Mark]:
    doc = record.get("document") if isinstance(record.get("document"), dict) else {}
    evidence = doc.get("evidence") if isinstance(doc.get("evidence"), dict) else {}
    for key, span in evidence.items():
        yield from _mark(span, "field", ("document", "evidence", key), f"{key}: {_text(doc.get(key))}",
                         {"field": key, "value": doc.get(key)}, "Document")


def _agenda(record: dict[str, Any]) -> Iterator[Mark]:
    for i, item in enumerate(_list(record, "agenda_items")):
        yield from _mark(item.get("span"), "agenda", ("agenda_items", i, "span"),
                         _words(item.get("number"), item.get("title")),
                         {"id": item.get("id"), "number": item.get("number"), "title": item.get("title")},
                         "Agenda items")


def _decisions(record: dict[str, Any]) -> Iterator[Mark]:
    for i, dec in enumerate(_list(record, "decisions")):
        detail = {key: dec.get(key) for key in ("id", "kind", "status", "decided_by", "date", "moved_by",
                                                "seconded_by", "agenda_item", "page")}
        detail["vote"] = vote_summary(dec.get("vote"))
        yield from _mark(dec.get("span"), "decision", ("decisions", i, "span"),
                         f"{dec.get('id')} {dec.get('status') or dec.get('kind')}: {dec.get('text')}",
                         detail, "Decisions")
        for j, item in enumerate(dec.get("items") or []):
            yield from _mark(item.get("span"), "item", ("decisions", i, "items", j, "span"),
                             f"{item.get('label')} {item.get('text')}",
                             {"decision": dec.get("id"), "label": item.get("label")},
                             "Decisions", level=1)


def _motions(record: dict[str, Any]) -> Iterator[Mark]:
    for i, mot in enumerate(_list(record, "motions")):
        detail = {key: mot.get(key) for key in ("id", "classification", "result", "moved_by", "moved_by_role",
                                                "seconded_by", "seconded_by_role", "decision", "agenda_item")}
        yield from _mark(mot.get("span"), "motion", ("motions", i, "span"),
                         _words(mot.get("id"), mot.get("classification"), mot.get("result")) + f": {mot.get('text')}",
                         detail, "Motions")
        evidence = mot.get("evidence") if isinstance(mot.get("evidence"), dict) else {}
        for key, span in evidence.items():
            yield from _mark(span, "motion", ("motions", i, "evidence", key), f"{mot.get('id')} {key}",
                             {"motion": mot.get("id"), "evidence for": key, "value": mot.get(key)},
                             "Motions", listed=False)


def _votes(record: dict[str, Any]) -> Iterator[Mark]:
    for i, vote in enumerate(_list(record, "vote_events")):
        detail = {"id": vote.get("id"), "result": vote.get("result"), "counts": vote_summary(vote),
                  "motion": vote.get("motion"), "decision": vote.get("decision")}
        yield from _mark(vote.get("span"), "vote", ("vote_events", i, "span"),
                         f"{vote.get('id')} {vote_summary(vote)}", detail, "Votes")
        for j, count in enumerate(vote.get("counts") or []):
            yield from _mark(count.get("span"), "vote", ("vote_events", i, "counts", j, "span"),
                             f"{count.get('option')} {count.get('value')}",
                             {"vote": vote.get("id"), "option": count.get("option"), "count": count.get("value")},
                             "Votes", listed=False)
        for j, cast in enumerate(vote.get("votes") or []):
            yield from _mark(cast.get("span"), "vote", ("vote_events", i, "votes", j, "span"),
                             f"{cast.get('voter_name')} {cast.get('option')}",
                             {"vote": vote.get("id"), "voter": cast.get("voter_name"), "option": cast.get("option")},
                             "Votes", listed=False)


def _speakers(record: dict[str, Any]) -> Iterator[Mark]:
    for i, spk in enumerate(_list(record, "speakers")):
        who = {"speaker": spk.get("name"), "honorific": spk.get("honorific_prefix"), "role": spk.get("role"),
               "id": spk.get("id")}
        yield from _mark(spk.get("span"), "speaker", ("speakers", i, "span"),
                         f"{spk.get('name')}" + (f" ({spk['role']})" if spk.get("role") else ""),
                         {**who, "written": spk.get("attribution_text")}, "Speakers")
        for j, span in enumerate(spk.get("mentions") or []):
            yield from _mark(span, "speaker", ("speakers", i, "mentions", j), f"{spk.get('name')} mention",
                             who, "Speakers", listed=False)
        for j, con in enumerate(spk.get("contributions") or []):
            yield from _mark(con.get("span"), "contribution", ("speakers", i, "contributions", j, "span"),
                             f"{'“' if con.get('quote') else ''}{con.get('text')}",
                             {**who, "quote": con.get("quote"), "agenda_item": con.get("agenda_item"),
                              "page": con.get("page")}, "Speakers", level=1)


def _attendance(record: dict[str, Any]) -> Iterator[Mark]:
    att = record.get("attendance") if isinstance(record.get("attendance"), dict) else {}
    for status in ATTENDANCE:
        for i, person in enumerate(p for p in att.get(status) or [] if isinstance(p, dict)):
            detail = {"attendance": status.replace("_", " "), "name": person.get("name"),
                      "honorific": person.get("honorific_prefix"), "role": person.get("role"),
                      "substitute for": person.get("substitute_for")}
            yield from _mark(person.get("span"), "attendee", ("attendance", status, i, "span"),
                             f"{status.replace('_', ' ')}: {person.get('name')}"
                             + (f" ({person['role']})" if person.get("role") else ""), detail, "Attendance")
    count = att.get("public_count")
    if isinstance(count, dict):
        yield from _mark(count.get("span"), "attendee", ("attendance", "public_count", "span"),
                         f"public: {count.get('value')}", {"members of the public": count.get("value")},
                         "Attendance")


def _declarations(record: dict[str, Any]) -> Iterator[Mark]:
    for i, dec in enumerate(_list(record, "declarations")):
        detail = {key: dec.get(key) for key in ("name", "interest", "action", "item", "agenda_item")}
        yield from _mark(dec.get("span"), "declaration", ("declarations", i, "span"),
                         f"{dec.get('name')}: {dec.get('interest')} ({dec.get('item') or 'no item'})",
                         detail, "Declarations")


def _dates(record: dict[str, Any]) -> Iterator[Mark]:
    for i, date in enumerate(_list(record, "dates")):
        yield from _mark(date.get("span"), "date", ("dates", i, "span"),
                         f"{date.get('value')} {date.get('role')}: {date.get('text')}",
                         {"value": date.get("value"), "precision": date.get("precision"),
                          "role": date.get("role"), "written": date.get("text")}, "Dates")


def _roles(record: dict[str, Any]) -> Iterator[Mark]:
    for i, role in enumerate(_list(record, "roles")):
        detail = {"role": role.get("role"), "held by": role.get("name") or "not named"}
        yield from _mark(role.get("span"), "role", ("roles", i, "span"),
                         f"{role.get('role')}: {role.get('name') or 'not named'}", detail, "Roles")
        for j, span in enumerate(role.get("mentions") or []):
            yield from _mark(span, "role", ("roles", i, "mentions", j), f"{role.get('role')} mention",
                             detail, "Roles", listed=False)


def _problems(record: dict[str, Any]) -> Iterator[Mark]:
    for i, prob in enumerate(_list(record, "problems")):
        yield from _mark(prob.get("span"), "problem", ("problems", i, "span"),
                         f"{prob.get('code')} {prob.get('message')}",
                         {"code": prob.get("code"), "message": prob.get("message"), "stage": prob.get("stage")},
                         "Problems")


def problems_without_span(record: dict[str, Any]) -> list[str]:
    """Problems that point at no span ("D303 meeting date not found"): listed, not highlighted."""
    return [f"{p.get('code')} {p.get('message')}" for p in _list(record, "problems")
            if not isinstance(p.get("span"), list)]


def _extensions(record: dict[str, Any]) -> Iterator[Mark]:
    """Spans inside plugin values: `span` keys, `mentions` lists, `evidence` mappings."""
    extensions = record.get("extensions")
    if isinstance(extensions, dict):
        yield from _plain(extensions, ("extensions",))


def _plain(node: Any, path: tuple[Any, ...]) -> Iterator[Mark]:
    if isinstance(node, list):
        for i, value in enumerate(node):
            yield from _plain(value, (*path, i))
        return
    if not isinstance(node, dict):
        return
    detail = {"plugin": path[1] if len(path) > 1 else None,
              **{k: v for k, v in node.items() if isinstance(v, (str, int, float, bool))}}
    label = " ".join(str(v) for v in detail.values() if v is not None)
    for key, value in node.items():
        here = (*path, key)
        if key == "span":
            yield from _mark(value, "extension", here, label, detail, "Extensions")
        elif key == "mentions" and isinstance(value, list):
            for i, span in enumerate(value):
                yield from _mark(span, "extension", (*here, i), f"{label} mention", detail, "Extensions", listed=False)
        elif key == "evidence" and isinstance(value, dict):
            for name, span in value.items():
                yield from _mark(span, "extension", (*here, name), f"{label} {name}", detail, "Extensions",
                                 listed=False)
        else:
            yield from _plain(value, here)
