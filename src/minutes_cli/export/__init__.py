"""minutes records into SQLite (and CSV): `to_sqlite(paths_or_records, "archive.db")`.

One table per record part (see `tables.py`), full-text search over decision, decision
item and contribution text, views for the common questions. A document is keyed by its
paper's (sha256, path): exporting the same record again changes nothing, and a record
that differs from the one stored for its key replaces that document's rows.

Records stream through one at a time, and rows are committed every `COMMIT_EVERY`
records, so memory stays flat on any number of records. Written with the standard
library's sqlite3 (see the README for the comparison with sqlite-utils).
"""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import MinutesError, RecordError
from ..schema import schema_errors
from .read import Loaded, read_records
from .rows import child_rows, document_row, record_digest
from .tables import DOCUMENTS, EXPORT_VERSION, TABLES, schema_sql

__all__ = ["ExportError", "Outcome", "Report", "iter_export", "to_sqlite", "write_csv", "TABLES"]
COMMIT_EVERY = 500
CHILDREN = tuple(t for t in TABLES if t is not DOCUMENTS)


class ExportError(MinutesError):
    """The database cannot be opened or written, or is not a minutes export."""


@dataclass(frozen=True)
class Outcome:
    """What became of one record: "added", "replaced", "unchanged" or "failed" (with the error)."""

    origin: str
    status: str
    error: MinutesError | None = None


@dataclass
class Report:
    """Counts of a whole export, and the error line of each record that failed."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    changes: int = 0  # rows the database inserted or deleted (sqlite3's total_changes)
    errors: list[str] = field(default_factory=list)

    def count(self, outcome: Outcome) -> None:
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        if outcome.error is not None:
            self.errors.append(str(outcome.error))


def _insert_sql(table: Any) -> str:
    names = table.names
    return f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


class Writer:
    """An open export database; `write(record)` adds, replaces or skips one record."""

    def __init__(self, db: str | Path) -> None:
        self.db = db
        try:
            self.conn = sqlite3.connect(str(db), isolation_level=None)
            self._prepare(db)
        except sqlite3.Error as exc:
            raise ExportError(f"{db}: cannot open the database: {exc}") from None
        self.inserts = {t.name: _insert_sql(t) for t in TABLES}
        self.pending = 0
        self.conn.execute("BEGIN")

    def _prepare(self, db: str | Path) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        has_documents = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone() is not None
        if has_documents and version != EXPORT_VERSION:
            raise ExportError(f"{db}: not a database made by minutes export (version {EXPORT_VERSION}); "
                              "export into a new file")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        if has_documents:
            return  # made by this version: leave it as it is (not even its header changes)
        self.conn.execute("BEGIN")
        for stmt in schema_sql():
            self.conn.execute(stmt)
        self.conn.execute(f"PRAGMA user_version = {EXPORT_VERSION}")
        self.conn.execute("COMMIT")

    def write(self, record: dict[str, Any], origin: str) -> str:
        """Store one record; returns "added", "replaced" or "unchanged"."""
        try:
            digest = record_digest(record)
            doc = document_row(record, digest)
            children = child_rows(record, (t.name for t in CHILDREN))
        except (KeyError, TypeError, AttributeError, IndexError, ValueError) as exc:
            raise _bad_record(record, origin, exc) from None
        found = self.conn.execute("SELECT id, record_sha256 FROM documents WHERE sha256 = ? AND path IS ?",
                                  (doc[1], doc[0])).fetchone()
        if found is not None and found[1] == digest:
            return "unchanged"
        self.conn.execute("SAVEPOINT record")
        try:
            self._store(found[0] if found else None, doc, children)
        except BaseException as exc:  # never leave half a record behind
            self.conn.execute("ROLLBACK TO record")
            self.conn.execute("RELEASE record")
            if isinstance(exc, sqlite3.OperationalError):  # locked, read-only, disk full
                raise ExportError(f"{self.db}: cannot write: {exc}") from None
            if isinstance(exc, sqlite3.Error):
                raise _bad_record(record, origin, exc) from None
            raise
        self.conn.execute("RELEASE record")
        self._tick()
        return "added" if found is None else "replaced"

    def _store(self, old_id: int | None, doc: tuple[Any, ...], children: dict[str, list[Any]]) -> None:
        if old_id is not None:
            for table in CHILDREN:
                self.conn.execute(f"DELETE FROM {table.name} WHERE document_id = ?", (old_id,))
            self.conn.execute("DELETE FROM documents WHERE id = ?", (old_id,))
        doc_id = self.conn.execute(self.inserts["documents"], (old_id, *doc)).lastrowid
        for name, rows in children.items():
            if rows:
                self.conn.executemany(self.inserts[name], [(doc_id, *row) for row in rows])

    def _tick(self) -> None:
        self.pending += 1
        if self.pending >= COMMIT_EVERY:
            self._commit()
            self.conn.execute("BEGIN")
            self.pending = 0

    def _commit(self) -> None:
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise ExportError(f"{self.db}: cannot write: {exc}") from None

    def close(self) -> None:
        """Commit what was written and close the database."""
        try:
            if self.conn.in_transaction:
                self._commit()
        finally:
            self.conn.close()


def _bad_record(record: Any, origin: str, exc: Exception) -> MinutesError:
    """A record the export cannot store is bad input when the schema says so; else a defect."""
    if isinstance(exc, sqlite3.IntegrityError):
        return RecordError(f"{origin}: two entries share one key ({exc})")
    found = schema_errors(record)
    if not found:
        raise exc
    return RecordError(f"{origin}: not a valid record: {found[0]}")


def _loaded(items: Iterable[str | Path | dict[str, Any]]) -> Iterator[Loaded]:
    for item in items:
        if isinstance(item, dict):
            yield Loaded(str((item.get("source") or {}).get("path")), item)
        else:
            yield from read_records([item])


def iter_export(items: Iterable[str | Path | dict[str, Any]], db: str | Path,
                report: Report | None = None) -> Iterator[Outcome]:
    """Export records (record files, directories, or record dicts) into `db`, one Outcome each.

    When the database is closed, `report.changes` (if a Report is given) is set to the
    number of rows inserted or deleted.

    Raises:
        ExportError: `db` cannot be opened or is not a minutes export.
    """
    writer = Writer(db)
    try:
        for loaded in _loaded(items):
            if loaded.record is None:
                yield Outcome(loaded.origin, "failed", loaded.error)
                continue
            try:
                yield Outcome(loaded.origin, writer.write(loaded.record, loaded.origin))
            except RecordError as exc:
                yield Outcome(loaded.origin, "failed", exc)
    finally:
        if report is not None:
            report.changes = writer.conn.total_changes
        writer.close()


def to_sqlite(items: Iterable[str | Path | dict[str, Any]], db: str | Path) -> Report:
    """Export records into the SQLite database `db` (created if missing); returns the counts."""
    report = Report()
    for outcome in iter_export(items, db, report):
        report.count(outcome)
    return report


def write_csv(db: str | Path, folder: str | Path) -> list[Path]:
    """Write every table of an export database as `folder/<table>.csv` (header row, key order)."""
    out = Path(folder)
    conn = sqlite3.connect(str(db))
    written = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            path = out / f"{table.name}.csv"
            cursor = conn.execute(f"SELECT {', '.join(table.names)} FROM {table.name} "
                                  f"ORDER BY {', '.join(table.key)}")
            with open(path, "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(table.names)
                writer.writerows(cursor)
            written.append(path)
    except OSError as exc:
        raise ExportError(f"{folder}: cannot write CSV: {exc.strerror or exc}") from None
    finally:
        conn.close()
    return written
