"""minutes_cli.export: every record part in its table, search, idempotence, replacement."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import yaml

from minutes_cli.export import TABLES, to_sqlite, write_csv
from minutes_cli.export.tables import METADATA
from minutes_cli.schema import record_schema

from support import FIXTURES

GOLDENS = sorted(FIXTURES.rglob("*.yaml"))
STATUSES = ("present", "apologies", "absent", "in_attendance", "public")


def _records(paths: list[Path]) -> list[dict[str, Any]]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in paths]


def expected_counts(records: list[dict[str, Any]]) -> dict[str, int]:
    """Rows each table must hold, counted on the records themselves."""
    def total(f: Any) -> int:
        return sum(f(r) for r in records)
    return {
        "documents": len(records),
        "agenda_items": total(lambda r: len(r["agenda_items"])),
        "decisions": total(lambda r: len(r["decisions"])),
        "decision_items": total(lambda r: sum(len(d["items"]) for d in r["decisions"])),
        "motions": total(lambda r: len(r.get("motions", []))),
        "vote_events": total(lambda r: len(r.get("vote_events", []))),
        "vote_counts": total(lambda r: sum(len(v["counts"]) for v in r.get("vote_events", []))),
        "votes": total(lambda r: sum(len(v["votes"]) for v in r.get("vote_events", []))),
        "speakers": total(lambda r: len(r["speakers"])),
        "contributions": total(lambda r: sum(len(s["contributions"]) for s in r["speakers"])),
        "attendance": total(lambda r: sum(len(r.get("attendance", {}).get(k, [])) for k in STATUSES)),
        "declarations": total(lambda r: len(r.get("declarations", []))),
        "dates": total(lambda r: len(r["dates"])),
        "problems": total(lambda r: len(r["problems"])),
        "roles": total(lambda r: len(r.get("roles", []))),
    }


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t.name: conn.execute(f"SELECT COUNT(*) FROM {t.name}").fetchone()[0] for t in TABLES}


def dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


@pytest.fixture
def fixture_db(tmp_path: Path) -> Path:
    db = tmp_path / "a.db"
    report = to_sqlite([FIXTURES], db)
    assert (report.added, report.failed) == (len(GOLDENS), 0)
    return db


def test_fixture_goldens_are_there() -> None:
    assert len(GOLDENS) >= 7


def test_row_counts_equal_the_records_counts(fixture_db: Path) -> None:
    expected = expected_counts(_records(GOLDENS))
    assert table_counts(fixture_db) == expected
    assert expected["decisions"] and expected["votes"] and expected["attendance"] and expected["contributions"]


def test_every_reference_resolves_on_the_fixtures(fixture_db: Path) -> None:
    with sqlite3.connect(fixture_db) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        linked = conn.execute("SELECT COUNT(*) FROM decisions WHERE agenda_item IS NOT NULL").fetchone()[0]
    assert linked > 0


def test_values_land_in_their_columns(fixture_db: Path) -> None:
    golden = yaml.safe_load((FIXTURES / "minutes/us-roll-call.txt.yaml").read_text())
    dec = golden["decisions"][0]
    with sqlite3.connect(fixture_db) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM decisions_with_votes WHERE path = 'us-roll-call.txt'").fetchone()
        votes = conn.execute("SELECT voter_name, option FROM votes JOIN documents d ON d.id = document_id "
                             "WHERE d.path = 'us-roll-call.txt' ORDER BY position").fetchall()
        doc = conn.execute("SELECT * FROM documents WHERE path = 'us-roll-call.txt'").fetchone()
    assert (row["text"], row["status"], row["moved_by"]) == (dec["text"], dec["status"], dec["moved_by"])
    assert (row["item_title"], row["vote_result"]) == ("Minutes", "pass")
    assert (row["votes_yes"], row["votes_no"], row["votes_abstain"]) == (5, 0, 0)
    assert [tuple(v) for v in votes] == [(v["voter_name"], v["option"]) for v in dec["vote"]["votes"]]
    assert doc["meeting_date"] == "2023-03-06" and doc["sha256"] == golden["source"]["sha256"]
    assert json.loads(doc["evidence"]) == golden["document"]["evidence"]


def test_full_text_search_finds_a_decision_phrase(fixture_db: Path) -> None:
    with sqlite3.connect(fixture_db) as conn:
        hits = conn.execute(
            "SELECT d.id, doc.path FROM decisions_fts f JOIN decisions d ON d.rowid = f.rowid "
            "JOIN documents doc ON doc.id = d.document_id WHERE decisions_fts MATCH ?",
            ('"library service model"',)).fetchall()
        items = conn.execute("SELECT COUNT(*) FROM decision_items_fts WHERE decision_items_fts MATCH 'consultation'"
                             ).fetchone()[0]
        said = conn.execute("SELECT COUNT(*) FROM contributions_fts WHERE contributions_fts MATCH 'neighbourhood'"
                            ).fetchone()[0]
    assert hits == [("dec-1", "cabinet-decision.txt")]
    assert items == 1 and said >= 1


def test_a_second_export_changes_nothing(fixture_db: Path) -> None:
    before, data = dump(fixture_db), fixture_db.read_bytes()
    report = to_sqlite([FIXTURES], fixture_db)
    assert (report.unchanged, report.added, report.replaced, report.changes) == (len(GOLDENS), 0, 0, 0)
    assert dump(fixture_db) == before
    assert fixture_db.read_bytes() == data


def test_a_changed_record_replaces_its_rows(fixture_db: Path, tmp_path: Path) -> None:
    path = FIXTURES / "decision-notice/cabinet-decision.txt.yaml"
    record = yaml.safe_load(path.read_text())
    changed = copy.deepcopy(record)
    changed["decisions"][0]["text"] = "That the mobile library timetable be published."
    changed["decisions"][0]["items"] = []
    del changed["dates"][0]
    counts = table_counts(fixture_db)
    report = to_sqlite([changed], fixture_db)
    assert (report.replaced, report.added) == (1, 0)
    after = table_counts(fixture_db)
    assert after["documents"] == counts["documents"]
    assert after["dates"] == counts["dates"] - 1
    assert after["decision_items"] == counts["decision_items"] - len(record["decisions"][0]["items"])
    with sqlite3.connect(fixture_db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM decisions_fts WHERE decisions_fts MATCH '\"library service model\"'"
                            ).fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM decisions_fts WHERE decisions_fts MATCH 'timetable'"
                            ).fetchone()[0] == 1
    assert to_sqlite([record], fixture_db).replaced == 1
    assert table_counts(fixture_db) == counts


def test_a_changed_paper_at_the_same_path_is_another_document(fixture_db: Path) -> None:
    record = yaml.safe_load((FIXTURES / "news/council-news.txt.yaml").read_text())
    record["source"]["sha256"] = "0" * 64
    assert to_sqlite([record], fixture_db).added == 1
    with sqlite3.connect(fixture_db) as conn:
        paths = conn.execute("SELECT COUNT(*) FROM documents WHERE path = 'council-news.txt'").fetchone()[0]
    assert paths == 2


def test_a_bad_record_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("schema_version: 1\nsource: {path: x}\n")
    (tmp_path / "list.json").write_text("[1, 2]")
    report = to_sqlite([tmp_path / "bad.yaml", tmp_path / "list.json", FIXTURES], tmp_path / "a.db")
    assert (report.failed, report.added) == (2, len(GOLDENS))
    assert report.errors[0].startswith(f"{tmp_path / 'bad.yaml'}: not a valid record: ")
    assert report.errors[1] == f"{tmp_path / 'list.json'}: a record must be a JSON object"


def test_yaml_aliases_are_refused(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    (tmp_path / "bomb.yaml").write_text(bomb)
    report = to_sqlite([tmp_path / "bomb.yaml"], tmp_path / "a.db")
    assert report.failed == 1 and "aliases are not allowed" in report.errors[0]


def test_jsonl_and_json_records_stream_line_by_line(tmp_path: Path) -> None:
    records = _records(GOLDENS)
    lines = [json.dumps(r) for r in records[:3]] + ["{not json"] + [json.dumps(r) for r in records[3:]]
    (tmp_path / "records.jsonl").write_text("\n".join(lines) + "\n")
    report = to_sqlite([tmp_path / "records.jsonl"], tmp_path / "a.db")
    assert (report.added, report.failed) == (len(records), 1)
    assert report.errors[0].startswith(f"{tmp_path / 'records.jsonl'}:4: not valid JSON")
    assert table_counts(tmp_path / "a.db") == expected_counts(records)


def test_csv_holds_the_same_tables(fixture_db: Path, tmp_path: Path) -> None:
    import csv

    written = write_csv(fixture_db, tmp_path / "csv")
    counts = table_counts(fixture_db)
    assert sorted(p.stem for p in written) == sorted(counts)
    for path in written:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        table = next(t for t in TABLES if t.name == path.stem)
        assert tuple(rows[0]) == table.names
        assert len(rows) - 1 == counts[path.stem]


SCHEMA_TABLES = {"agenda_item": "agenda_items", "decision": "decisions", "decision_item": "decision_items",
                 "motion": "motions", "vote_event": "vote_events", "speaker": "speakers",
                 "contribution": "contributions", "person": "attendance", "declaration": "declarations",
                 "date": "dates", "problem": "problems", "role_holder": "roles", "source": "documents"}
# Schema fields stored under another name, or as rows of another table.
MOVED = {"span": "span_start", "vote": "vote_id", "decision": "decision_id", "motion": "motion_id",
         "items": "table:decision_items", "counts": "table:vote_counts", "votes": "table:votes",
         "contributions": "table:contributions"}


def test_every_schema_field_has_a_column() -> None:
    defs = record_schema()["$defs"]
    columns = {t.name: set(t.names) for t in TABLES}
    missing = []
    for part, table in SCHEMA_TABLES.items():
        for name in defs[part]["properties"]:
            column = MOVED.get(name, name)
            ok = column[6:] in columns if column.startswith("table:") else column in columns[table]
            missing += [] if ok else [f"{part}.{name}"]
    doc_fields = set(defs["document"]["properties"]) - {"evidence"}
    assert doc_fields == set(METADATA)
    assert missing == []


def test_people_view_counts_across_papers(fixture_db: Path) -> None:
    records = _records(GOLDENS)
    names = {s["name"] for r in records for s in r["speakers"]}
    expected = {name: (sum(any(s["name"] == name for s in r["speakers"]) for r in records),
                       sum(len(s["contributions"]) for r in records for s in r["speakers"] if s["name"] == name),
                       sum(m["moved_by"] == name for r in records for m in r.get("motions", [])))
                for name in names}
    with sqlite3.connect(fixture_db) as conn:
        got = {row[0]: row[1:] for row in conn.execute(
            "SELECT name, papers, contributions, motions_moved FROM people")}
        said = conn.execute("SELECT COUNT(*) FROM speaker_contributions").fetchone()[0]
    assert got == expected and any(v[2] for v in expected.values())
    assert said == expected_counts(records)["contributions"]


def test_a_defect_while_writing_leaves_no_half_record(fixture_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import minutes_cli.export.rows as rows

    record = yaml.safe_load((FIXTURES / "news/council-news.txt.yaml").read_text())
    record["decisions"][0]["text"] = "changed"
    before = dump(fixture_db)
    real = rows.child_rows

    def broken(rec: dict[str, Any], tables: Any) -> dict[str, list[Any]]:
        out = real(rec, tables)
        out["dates"].append(1)  # not a row: a TypeError after the decisions' rows are in
        return out

    monkeypatch.setattr("minutes_cli.export.child_rows", broken)
    with pytest.raises(TypeError):  # a defect surfaces as itself, not as a bad record
        to_sqlite([record], fixture_db)
    assert dump(fixture_db) == before


def test_yaml_that_only_looks_like_it_has_aliases_loads(tmp_path: Path) -> None:
    record = yaml.safe_load((FIXTURES / "news/council-news.txt.yaml").read_text())
    record["decisions"][0]["text"] = "*not* approved: see *item 4, [*b]"
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(record))
    report = to_sqlite([tmp_path / "r.yaml"], tmp_path / "a.db")
    assert report.added == 1
    with sqlite3.connect(tmp_path / "a.db") as conn:
        assert conn.execute("SELECT text FROM decisions WHERE id = 'dec-1'").fetchone()[0].startswith("*not*")


def test_a_record_without_a_path_is_keyed_by_its_sha256(tmp_path: Path) -> None:
    record = yaml.safe_load((FIXTURES / "news/council-news.txt.yaml").read_text())
    record["source"]["path"] = None
    db = tmp_path / "a.db"
    assert to_sqlite([record], db).added == 1
    assert to_sqlite([record], db).unchanged == 1
    assert table_counts(db)["documents"] == 1


def test_a_database_that_cannot_be_written_is_an_export_error(fixture_db: Path, monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    from minutes_cli.export import ExportError, Writer

    def locked(*args: Any) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Writer, "_store", locked)
    record = yaml.safe_load((FIXTURES / "news/council-news.txt.yaml").read_text())
    record["decisions"][0]["text"] = "changed"
    with pytest.raises(ExportError, match=r"a\.db: cannot write: database is locked$"):
        to_sqlite([record], fixture_db)
