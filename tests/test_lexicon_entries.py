"""Every lexicon entry is exercised by a case, and a word added in settings to any list works (issue 9, point 1).

`tests/cases/lexicon_entries.yaml` holds a template per lexicon list (by key path: `honorifics`,
`attendance_labels.present`, `date_order.MDY`): a short paper in a shape real papers take, the entry
in a slot, and what the record must then hold. Every entry of every list of the merged lexicon (base
and style layers) is run through its template by the real pipeline.

Slots: `{entry}`, `{Entry}` (capital first), `{ENTRY}`, `{entry_lower}`, `{Entry_lower}` ("WEST": "West"); for a mapping's entries
`{value}`, `{Value}`, `{value02}` (two digits). Checks: `expect: {path: value}` (equal), `contains:
{path: [values]}` (each among the values at path, nested lists flattened, or a string inside one),
`excludes` (none is), `starts_with` (some value starts with each). A path is dotted into the record,
`[]` mapping over a list (`attendance.present[].name`), plus `fields[]`/`field.<name>` (the labelled
fields read), `blocks[]` (block texts) and `motion_results[]` (the words each result was read from).
A template's `name` is the file name read (`case.html`); `by_value: {value: {...}}` and `entries:
{entry: {...}}` replace its keys for one mapping value or entry; `control: {entry or text, checks}`
shows the shape reads otherwise without an entry of the list (negative lists, one text per entry);
`added: {word, lexicon}` says how to add a made-up word in settings where the list alone is not enough.
`known_gaps: {list: {entry: reason}}` are entries the code does not read today and `settings_gaps:
{list: reason}` lists that ignore a word added in settings: both strict xfail, so a fix turns them red.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from minutes_cli import Settings
from minutes_cli.api import parse_document
from minutes_cli.lexicon import load
from minutes_cli.records import to_record

CASES = Path(__file__).parent / "cases" / "lexicon_entries.yaml"


class _UniqueKeys(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice in one mapping (a second template for a list
    would silently replace the first)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        own = [k.value for k, _ in node.value if k.tag != "tag:yaml.org,2002:merge"]
        twice = sorted({k for k in own if own.count(k) > 1})
        if twice:
            raise yaml.constructor.ConstructorError(None, None, f"key given twice: {', '.join(twice)}", node.start_mark)
        return super().construct_mapping(node, deep)


DATA: dict[str, Any] = yaml.load(CASES.read_text("utf-8"), Loader=_UniqueKeys)  # noqa: S506 (a safe loader)
TEMPLATES: dict[str, dict[str, Any]] = DATA["templates"]
KNOWN_GAPS: dict[str, dict[str, str]] = DATA.get("known_gaps") or {}
SETTINGS_GAPS: dict[str, str] = DATA.get("settings_gaps") or {}
CHECKS = ("expect", "contains", "excludes", "starts_with")
NONSENSE = "Zorblat"  # a word in no list: a template filled with it must not pass


def lexicon_lists(lexicon: Mapping[str, Any], path: str = "") -> Iterator[tuple[str, list[tuple[str, str | None]]]]:
    """Every list of the lexicon by key path, with its entries: a list's words, or a mapping's
    keys with what each maps to. A mapping whose values are lists or mappings is a family of lists."""
    for key, value in lexicon.items():
        here = f"{path}.{key}" if path else key
        if isinstance(value, list):
            yield here, [(str(word), None) for word in value]
        elif isinstance(value, Mapping) and all(isinstance(v, str) for v in value.values()):
            yield here, [(str(k), str(v)) for k, v in value.items()]
        elif isinstance(value, Mapping):
            yield from lexicon_lists(value, here)
        else:  # a single word or value: a list of one, so it needs a template too
            yield here, [(str(value), None)]


LISTS = dict(lexicon_lists(load()))


def _fill(value: Any, entry: str, mapped: str | None) -> Any:
    """`value` with its slots filled for `entry` (and the value it maps to)."""
    if isinstance(value, str):
        slots = {"{entry}": entry, "{Entry}": entry[:1].upper() + entry[1:], "{ENTRY}": entry.upper(),
                 "{entry_lower}": entry.lower(), "{Entry_lower}": entry[:1].upper() + entry[1:].lower()}
        if mapped is not None:
            slots |= {"{value}": mapped, "{Value}": mapped[:1].upper() + mapped[1:],
                      "{value02}": mapped.zfill(2) if mapped.isdigit() else mapped}
        for slot, word in slots.items():
            value = value.replace(slot, word)
        return value
    if isinstance(value, list):
        return [_fill(v, entry, mapped) for v in value]
    if isinstance(value, dict):
        return {_fill(k, entry, mapped): _fill(v, entry, mapped) for k, v in value.items()}
    return value


def template_for(path: str, entry: str, mapped: str | None) -> dict[str, Any]:
    """The template of list `path` for one entry, its per-value and per-entry keys applied."""
    template = dict(TEMPLATES[path])
    template |= (template.pop("by_value", None) or {}).get(mapped, {})
    template |= (template.pop("entries", None) or {}).get(entry, {})
    template.pop("control", None)
    template.pop("added", None)
    return template


def _record(text: str, name: str, settings: Settings) -> dict[str, Any]:
    """The record of `text` read as file `name`, plus the fields and blocks the stages read."""
    doc = parse_document(text.encode("utf-8"), name, settings=settings)
    record = to_record(doc)
    record["fields"] = [{"name": f.name, "value": f.value, "label": f.label} for f in doc.fields]
    record["field"] = {f.name: f.value for f in reversed(doc.fields)}  # the first of each name
    record["blocks"] = [b.span.text(doc) for b in doc.blocks]
    record["motion_results"] = [m.evidence["result"].text(doc) for m in doc.motions if "result" in m.evidence]
    return record


def _at(value: Any, path: str) -> Any:
    """The value at a dotted path; a segment ending in `[]` maps the rest over a list."""
    head, _, rest = path.partition(".")
    many = head.endswith("[]")
    value = value.get(head.removesuffix("[]")) if isinstance(value, Mapping) else None
    if many:
        return [_at(v, rest) if rest else v for v in value or []]
    return _at(value, rest) if rest else value


def _flat(value: Any) -> Iterator[Any]:
    for v in value if isinstance(value, list) else [] if value is None else [value]:
        yield from _flat(v) if isinstance(v, list) else [] if v is None else [v]


def _found(want: Any, got: Any) -> bool:
    """Is `want` one of the values in `got` (lists flattened), or a string inside one of them?"""
    return any(v == want or (isinstance(v, str) and isinstance(want, str) and want in v) for v in _flat(got))


def failures(template: dict[str, Any], entry: str, mapped: str | None) -> list[str]:
    """What the record of `template` filled for `entry` gets wrong, one line per check."""
    filled = _fill(template, entry, mapped)
    if "text" not in filled:
        return ["the template of this list has no text for this entry (add one under its `entries:`)"]
    settings = Settings.from_mapping(filled["settings"]) if filled.get("settings") else Settings()
    record = _record(filled["text"], filled.get("name", "lexicon-case.txt"), settings)
    out = []
    for path, want in (filled.get("expect") or {}).items():
        if _at(record, path) != want:
            out.append(f"{path}: expected {want!r}, got {_at(record, path)!r}")
    for path, prefixes in (filled.get("starts_with") or {}).items():
        for prefix in prefixes:
            if not any(isinstance(v, str) and v.startswith(prefix) for v in _flat(_at(record, path))):
                out.append(f"{path}: nothing starts with {prefix!r} in {_at(record, path)!r}")
    for kind in ("contains", "excludes"):
        for path, wants in (filled.get(kind) or {}).items():
            got = _at(record, path)
            for want in wants if isinstance(wants, list) else [wants]:
                if _found(want, got) != (kind == "contains"):
                    out.append(f"{path}: {want!r} {'missing from' if kind == 'contains' else 'found in'} {got!r}")
    return out


def _entry_params() -> list[Any]:
    params = []
    for path, entries in LISTS.items():
        if path not in TEMPLATES:
            continue  # test_every_list_has_a_template names it
        gaps = KNOWN_GAPS.get(path) or {}
        for entry, mapped in entries:
            marks = [pytest.mark.xfail(strict=True, reason=gaps[entry])] if entry in gaps else []
            params.append(pytest.param(path, entry, mapped, id=f"{path}[{entry}]", marks=marks))
    return params


@pytest.mark.parametrize(("path", "entry", "mapped"), _entry_params())
def test_entry_is_read_by_its_template(path: str, entry: str, mapped: str | None) -> None:
    wrong = failures(template_for(path, entry, mapped), entry, mapped)
    assert not wrong, f"lexicon entry {entry!r} of {path}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("path", [p for p, t in TEMPLATES.items() if "control" in t])
def test_a_templates_control_reads_otherwise(path: str) -> None:
    """A template's control: a negative list's template filled with a word not in the list is read
    (the shape is real, so the entry's not being read is the entry's doing); a list whose entries each
    have their own text shows the text without the entry reads otherwise."""
    template = {k: v for k, v in TEMPLATES[path].items() if k not in (*CHECKS, "entries", "by_value")}
    control = dict(template.pop("control"))
    word = control.pop("entry", NONSENSE)
    assert word not in dict(LISTS[path]), f"control word {word!r} of {path} is in the list"
    wrong = failures(template | control, word, None)
    assert not wrong, f"{path} control {word!r}:\n" + "\n".join(wrong)


SLOTS = ("{entry}", "{Entry}", "{ENTRY}", "{entry_lower}", "{Entry_lower}")


def _slotted(with_control: bool = False) -> list[str]:
    """Lists whose template puts the entry in its text (not one example text per entry), and (unless
    `with_control`) has no control."""
    out = []
    for path, entries in LISTS.items():
        if path in TEMPLATES and (with_control or "control" not in TEMPLATES[path]) and entries:
            text = template_for(path, NONSENSE, entries[0][1]).get("text", "")
            if any(slot in text for slot in SLOTS):
                out.append(path)
    return out


@pytest.mark.parametrize("path", _slotted())
def test_a_template_fails_without_an_entry_of_its_list(path: str) -> None:
    """The template's checks depend on the entry: filled with a word in no list, the case fails."""
    mapped = LISTS[path][0][1]
    assert failures(template_for(path, NONSENSE, mapped), NONSENSE, mapped), (
        f"the template of {path} passes with {NONSENSE!r} in place of its entries: it does not test them")


ADDED = _slotted(with_control=True)  # lists whose template can take a word added in settings


def _added_word(path: str) -> str:
    """A made-up word for list `path`, its own among the lists ("Zorblatab"), written as the list's
    first entry is (lower case, capitals or title case); or the template's own `added: {word}`."""
    own = (TEMPLATES[path].get("added") or {}).get("word")
    if own:
        return str(own)
    k = ADDED.index(path)
    word = NONSENSE + "abcdefghijklmnopqrstuvwxyz"[k // 26 % 26] + "abcdefghijklmnopqrstuvwxyz"[k % 26]
    first = LISTS[path][0][0]
    return word.lower() if first.islower() else word.upper() if first.isupper() else word


def _addition(path: str) -> dict[str, Any]:
    """The settings `lexicon:` mapping that adds the list's made-up word to it (a mapping's new key
    takes the first entry's value), or the template's own `added: {lexicon}`."""
    word, mapped = _added_word(path), LISTS[path][0][1]
    addition: Any = (TEMPLATES[path].get("added") or {}).get("lexicon")
    if addition is None:
        addition = [word] if mapped is None else {word: mapped}
        for key in reversed(path.split(".")):
            addition = {key: addition}
    return dict(_fill(addition, word, mapped))


def _joined(one: dict[str, Any], two: dict[str, Any]) -> dict[str, Any]:
    out = dict(one)
    for key, value in two.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _joined(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        else:
            out[key] = value
    return out


@lru_cache(maxsize=1)
def _all_additions() -> dict[str, Any]:
    """One settings `lexicon:` mapping adding every list's made-up word at once, as a settings file
    extending many lists does (and so the stages compile their patterns once for all the cases)."""
    joined: dict[str, Any] = {}
    for path in ADDED:
        joined = _joined(joined, _addition(path))
    return joined


@pytest.mark.parametrize("path", [pytest.param(p, marks=[pytest.mark.xfail(strict=True, reason=SETTINGS_GAPS[p])]
                                               if p in SETTINGS_GAPS else []) for p in ADDED])
def test_a_word_added_in_settings_is_read_by_the_template(path: str) -> None:
    """A word a settings file adds to the list works with no code change: the stages derive what
    they read from the effective lexicon, not from the words they were written with."""
    mapped, word = LISTS[path][0][1], _added_word(path)
    template = template_for(path, word, mapped) | {"settings": {"lexicon": _all_additions()}}
    assert word not in dict(LISTS[path]), f"{word!r} is already in {path}"
    wrong = failures(template, word, mapped)
    assert not wrong, f"{word!r} added to {path} in settings is not read:\n" + "\n".join(wrong)


def test_every_list_has_a_template() -> None:
    missing = sorted(set(LISTS) - set(TEMPLATES))
    assert not missing, ("lexicon lists with no template in tests/cases/lexicon_entries.yaml "
                         f"(add one for each): {', '.join(missing)}")


def test_every_template_and_known_gap_names_a_lexicon_entry() -> None:
    unknown = sorted(set(TEMPLATES) - set(LISTS))
    assert not unknown, f"templates for lists the lexicon does not have: {', '.join(unknown)}"
    assert not sorted(set(SETTINGS_GAPS) - set(TEMPLATES)), "settings gaps for lists with no template"
    stale = [f"{path}[{entry}]" for path, gaps in KNOWN_GAPS.items() for entry in gaps
             if entry not in dict(LISTS.get(path, []))]
    assert not stale, f"known gaps that are no lexicon entry: {', '.join(stale)}"
    stale += [f"{path} entries[{e}]" for path, t in TEMPLATES.items() for e in t.get("entries") or {}
              if e not in dict(LISTS.get(path, []))]
    stale += [f"{path} by_value[{v}]" for path, t in TEMPLATES.items() for v in t.get("by_value") or {}
              if v not in {m for _, m in LISTS.get(path, [])}]
    assert not stale, f"templates' entries or values that are no lexicon entry: {', '.join(stale)}"
    reasons = [*(r for gaps in KNOWN_GAPS.values() for r in gaps.values()), *SETTINGS_GAPS.values()]
    assert all(isinstance(r, str) and r.strip() for r in reasons), "every known gap needs its reason"
    unchecked = [f"{path}[{e}]" for path, entries in LISTS.items() if path in TEMPLATES for e, m in entries
                 if "text" in template_for(path, e, m) and not any(k in template_for(path, e, m) for k in CHECKS)]
    unchecked += [p for p in ADDED if not any(k in template_for(p, NONSENSE, LISTS[p][0][1]) for k in CHECKS)]
    assert not unchecked, f"templates with a text and nothing to check: {', '.join(unchecked)}"
