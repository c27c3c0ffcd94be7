"""A record as table rows: one tuple per row, in the column order of `tables.TABLES`.

`document_id` is left out of every child row (the writer puts it first), so the same
rows serve a new document and one that replaces an older version of itself.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Iterable

from .tables import METADATA

Row = tuple[Any, ...]
Rows = dict[str, list[Row]]
ATTENDANCE_KEYS = ("present", "apologies", "absent", "in_attendance", "public")


def record_digest(record: dict[str, Any]) -> str:
    """sha256 of the record's content (key order ignored): equal digests, equal rows."""
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _span(value: Any) -> tuple[Any, Any]:
    return (value[0], value[1]) if value else (None, None)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _flag(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


def _meta(value: Any) -> Any:
    """A metadata value as a column: lists as JSON, booleans as 0/1, strings as they are."""
    return _json(value) if isinstance(value, list) else _flag(value)


def document_row(record: dict[str, Any], digest: str) -> Row:
    """The `documents` row without its id: source, metadata and the record's digest."""
    src, doc = record["source"], record["document"]
    extra = {k: v for k, v in doc.items() if k not in METADATA and k != "evidence"}
    count = (record.get("attendance") or {}).get("public_count") or {}
    meta = [_meta(doc.get(m)) for m in METADATA]
    return (src.get("path"), src["sha256"], src.get("format"), src.get("pages"), src.get("chars"),
            record.get("schema_version"), *meta, _json(extra or None), _json(doc.get("evidence")),
            count.get("value"), *_span(count.get("span")), digest)


def _decisions(record: dict[str, Any], rows: Rows) -> None:
    for dec in record.get("decisions") or []:
        vote = dec.get("vote") or {}
        rows["decisions"].append((
            dec["id"], dec.get("kind"), dec.get("agenda_item"), dec.get("text"), dec.get("status"),
            dec.get("decided_by"), dec.get("date"), dec.get("moved_by"), dec.get("seconded_by"),
            vote.get("id"), dec.get("page"), *_span(dec.get("span"))))
        for n, item in enumerate(dec.get("items") or [], 1):
            rows["decision_items"].append((dec["id"], n, item.get("label"), item.get("text"),
                                           *_span(item.get("span"))))


def _motions_and_votes(record: dict[str, Any], rows: Rows) -> None:
    for mot in record.get("motions") or []:
        rows["motions"].append((
            mot["id"], mot.get("classification"), mot.get("agenda_item"), mot.get("text"),
            mot.get("moved_by"), mot.get("moved_by_role"), mot.get("seconded_by"),
            mot.get("seconded_by_role"), mot.get("result"), mot.get("decision"),
            _json(mot.get("evidence")), *_span(mot.get("span"))))
    for ev in record.get("vote_events") or []:
        rows["vote_events"].append((ev["id"], ev.get("motion"), ev.get("decision"), ev.get("agenda_item"),
                                    ev.get("result"), ev.get("text"), *_span(ev.get("span"))))
        for n, c in enumerate(ev.get("counts") or [], 1):
            rows["vote_counts"].append((ev["id"], n, c["option"], c["value"], *_span(c.get("span"))))
        for n, v in enumerate(ev.get("votes") or [], 1):
            rows["votes"].append((ev["id"], n, v["voter_name"], v["option"], *_span(v.get("span"))))


def _speakers(record: dict[str, Any], rows: Rows) -> None:
    for spk in record.get("speakers") or []:
        rows["speakers"].append((spk["id"], spk["name"], spk.get("honorific_prefix"), spk.get("role"),
                                 spk.get("attribution_text"), _json(spk.get("mentions")),
                                 *_span(spk.get("span"))))
        for n, c in enumerate(spk.get("contributions") or [], 1):
            rows["contributions"].append((spk["id"], n, c.get("agenda_item"), c.get("text"),
                                          _flag(c.get("quote")), c.get("page"), *_span(c.get("span"))))


def _person(status: str, n: int, person: Any) -> Row:
    """An attendee: a name as written, or an object with the name and its evidence."""
    if isinstance(person, str):
        return (status, n, person, None, None, None, None, None, None)
    return (status, n, person["name"], person.get("honorific_prefix"), person.get("role"),
            person.get("substitute_for"), person.get("page"), *_span(person.get("span")))


def _lists(record: dict[str, Any], rows: Rows) -> None:
    attendance = record.get("attendance") or {}
    for status in ATTENDANCE_KEYS:
        rows["attendance"] += [_person(status, n, p) for n, p in enumerate(attendance.get(status) or [], 1)]
    rows["agenda_items"] += [(a["id"], a.get("number"), a.get("title"), *_span(a.get("span")))
                             for a in record.get("agenda_items") or []]
    rows["declarations"] += [(n, d["name"], d.get("agenda_item"), d.get("item"), d.get("interest"),
                              d.get("action"), d.get("text"), d.get("page"), *_span(d.get("span")))
                             for n, d in _numbered(record.get("declarations"))]
    rows["dates"] += [(n, d["value"], d.get("precision"), d.get("text"), d.get("role"), *_span(d.get("span")))
                      for n, d in _numbered(record.get("dates"))]
    rows["problems"] += [(n, p["code"], p.get("message"), p.get("stage"), *_span(p.get("span")))
                         for n, p in _numbered(record.get("problems"))]
    rows["roles"] += [(n, r["role"], r.get("name"), _json(r.get("mentions")), *_span(r.get("span")))
                      for n, r in _numbered(record.get("roles"))]


def _numbered(items: Iterable[Any] | None) -> list[tuple[int, Any]]:
    return list(enumerate(items or [], 1))


def child_rows(record: dict[str, Any], tables: Iterable[str]) -> Rows:
    """Every child table's rows for one record (document_id left out)."""
    rows: Rows = {name: [] for name in tables}
    _lists(record, rows)
    _decisions(record, rows)
    _motions_and_votes(record, rows)
    _speakers(record, rows)
    return rows
