"""Records: the Document's items as plain data in schema order, and YAML/JSON in and out.

Deterministic: keys in schema order, lists in text order, no timestamps, no absolute paths.
Ids and the joins between items are the link stage's (`stages/link`), stored on the items:
this module only reads them. YAML uses libyaml's C dumper when present.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

import yaml

from . import records_yaml
from ._yaml import first_line, safe_load
from .document import Attendee, Decision, Document, Span, Speaker, VoteEvent
from .errors import RecordError

SCHEMA_VERSION = 1
METADATA_ORDER = ("kind", "title", "authority", "body", "meeting_date", "status", "decision_maker",
                  "key_decision", "call_in", "published", "decision_date", "effective_from",
                  "report_author", "contact_officers", "portfolio_holder", "responsible_officer")
try:  # the C dumper is about 5x faster
    _BaseDumper: Any = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - libyaml missing
    _BaseDumper = yaml.SafeDumper


class _Dumper(_BaseDumper):  # type: ignore[misc]
    """Safe dumper that writes spans ([start, end]) on one line: `span: [17, 56]`."""


def _represent_list(dumper: Any, data: list[Any]) -> Any:
    flow = len(data) == 2 and all(type(x) is int for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True if flow else None)


_Dumper.add_representer(list, _represent_list)


def _span(span: Span | None) -> list[int] | None:
    return span.as_list() if span is not None else None


def _document(doc: Document) -> dict[str, Any]:
    meta = doc.metadata
    out: dict[str, Any] = {key: meta.get(key) for key in ("kind", "title", "authority", "body", "meeting_date")}
    for key in METADATA_ORDER[5:]:
        if key in meta:
            out[key] = meta[key]
    for key in sorted(k for k in meta if k not in METADATA_ORDER):
        out[key] = meta[key]
    out["evidence"] = {k: _span(v) for k, v in sorted(doc.evidence.items(), key=lambda kv: kv[1])}
    return out


def _decision(d: Decision, doc: Document, votes: dict[str, VoteEvent]) -> dict[str, Any]:
    return {
        "id": d.id, "kind": d.kind, "text": d.text,
        "items": [{"label": it.label, "text": it.text, "span": _span(it.span)} for it in d.items],
        "status": d.status, "decided_by": d.decided_by, "date": d.date,
        "moved_by": d.moved_by, "seconded_by": d.seconded_by,
        "page": doc.page_of(d.span), "span": _span(d.span),
        "agenda_item": d.agenda_item, "vote": _vote_summary(votes[d.vote]) if d.vote else None,
    }


def _vote_summary(v: VoteEvent) -> dict[str, Any]:
    return {"id": v.id, "result": v.result, "counts": [{"option": c.option, "value": c.value} for c in v.counts],
            "votes": [{"voter_name": c.voter_name, "option": c.option} for c in v.votes]}


def _speaker(s: Speaker, doc: Document) -> dict[str, Any]:
    return {
        "id": s.id, "name": s.name, "honorific_prefix": s.honorific_prefix, "role": s.role,
        "attribution_text": s.attribution_text, "mentions": [_span(m) for m in s.mentions],
        "contributions": [{"text": c.text, "quote": c.quote, "page": doc.page_of(c.span), "span": _span(c.span),
                           "agenda_item": c.agenda_item} for c in s.contributions],
        "span": _span(s.span),
    }


def to_record(doc: Document) -> dict[str, Any]:
    """Return the record of a parsed Document as plain, ordered data (its link stage has run)."""
    if not doc.linked:
        raise ValueError(f"{doc.source.path}: the link stage has not run on this document (run the Pipeline)")
    votes = {v.id: v for v in doc.vote_events}
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "source": {"path": PurePath(doc.source.path).as_posix() if doc.source.path else None,
                   "sha256": doc.source.sha256, "format": doc.source.format, "pages": doc.source.pages,
                   "chars": len(doc.text)},
        "document": _document(doc),
        "agenda_items": [{"id": s.id, "number": s.number, "title": s.title, "span": _span(s.span)}
                         for s in doc.sections],
        "decisions": [_decision(d, doc, votes) for d in doc.decisions],
        "speakers": [_speaker(s, doc) for s in doc.speakers],
        "dates": [{"value": d.value, "precision": d.precision, "text": d.text, "role": d.role,
                   "span": _span(d.span)} for d in sorted(doc.dates, key=lambda d: (d.span.start, d.span.end))],
        "problems": [{"code": p.code, "message": p.message, "stage": p.stage, "span": _span(p.span)}
                     for p in sorted(doc.problems, key=lambda p: (p.span.start if p.span else -1, p.code))],
    }
    record.update(_full_sections(doc))
    if doc.extensions:
        record["extensions"] = {name: doc.extensions[name] for name in sorted(doc.extensions)}
    return record


# --- attendance, declarations, motions, votes, roles (issue 5) ---------------------------------

ATTENDANCE_KEYS = ("present", "apologies", "absent", "in_attendance", "public")


def _attendee(a: Attendee) -> dict[str, Any]:
    return {"name": a.name, "honorific_prefix": a.honorific_prefix, "role": a.role,
            "substitute_for": a.substitute_for, "span": _span(a.span)}


def _attendance(doc: Document) -> dict[str, Any]:
    out: dict[str, Any] = {key: [_attendee(a) for a in doc.attendance if a.status == key and a.name]
                           for key in ATTENDANCE_KEYS}
    count = next((a for a in doc.attendance if a.status == "public" and a.count is not None), None)
    out["public_count"] = {"value": count.count, "span": _span(count.span)} if count else None
    return out


def _vote(v: VoteEvent) -> dict[str, Any]:
    return {"id": v.id, "motion": v.motion_id, "decision": v.decision_id, "agenda_item": v.agenda_item,
            "result": v.result,
            "counts": [{"option": c.option, "value": c.value, "span": _span(c.span)} for c in v.counts],
            "votes": [{"voter_name": c.voter_name, "option": c.option, "span": _span(c.span)} for c in v.votes],
            "text": v.text, "span": _span(v.span)}


def _full_sections(doc: Document) -> dict[str, Any]:
    return {
        "attendance": _attendance(doc),
        "declarations": [{"name": d.name, "agenda_item": d.agenda_item, "item": d.item,
                          "interest": d.interest, "action": d.action, "text": d.text, "span": _span(d.span)}
                         for d in doc.declarations],
        "motions": [{"id": m.id, "classification": m.classification, "text": m.text,
                     "moved_by": m.moved_by, "moved_by_role": m.moved_by_role, "seconded_by": m.seconded_by,
                     "seconded_by_role": m.seconded_by_role, "result": m.result, "decision": m.decision_id,
                     "agenda_item": m.agenda_item, "span": _span(m.span),
                     "evidence": {k: _span(v) for k, v in sorted(m.evidence.items())}}
                    for m in doc.motions],
        "vote_events": [_vote(v) for v in doc.vote_events],
        "roles": [{"role": r.role, "name": r.name, "span": _span(r.span), "mentions": [_span(s) for s in r.mentions]}
                  for r in doc.roles],
    }


def dump_yaml(record: dict[str, Any]) -> str:
    """The record as YAML: `records_yaml` writes what PyYAML would, faster; PyYAML writes any shape it does not."""
    try:
        return records_yaml.dump(record)
    except records_yaml.Unsupported:
        return pyyaml_dump(record)


def pyyaml_dump(record: dict[str, Any]) -> str:
    """The record as PyYAML writes it (the reference `records_yaml` must match byte for byte)."""
    return str(yaml.dump(record, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100))


def dump_json(record: dict[str, Any], indent: int | None = 2) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


def dumps(record: dict[str, Any], fmt: str = "yaml") -> str:
    """Serialise a record as "yaml", "json" or "jsonl" (one line)."""
    if fmt == "yaml":
        return dump_yaml(record)
    if fmt == "json":
        return dump_json(record) + "\n"
    return dump_json(record, indent=None) + "\n"


def loads(text: str, name: str = "<record>") -> dict[str, Any]:
    """Read a YAML or JSON record with the safe loader only (aliases refused)."""
    try:
        data = safe_load(text)
    except yaml.YAMLError as exc:
        raise RecordError(f"{name}: not valid YAML: {first_line(exc)}") from exc
    if not isinstance(data, dict):
        raise RecordError(f"{name}: a record must be a mapping")
    return data
