"""The export's SQLite schema: one table per record part, keyed by document and item ids.

Every table but `documents` starts with `document_id` (documents.id). Items the record
names by id (`item-3`, `dec-1`, `mot-2`, `vote-1`, `spk-4`, unique only within their
paper) are keyed by (document_id, id); list entries without ids (dates, problems, ...)
by (document_id, position), position counting from 1 in record order. Spans are two
columns, `span_start` and `span_end`. Lists of names and spans are JSON text.
"""

from __future__ import annotations

from dataclasses import dataclass

EXPORT_VERSION = 1  # PRAGMA user_version of a database this module made
SPAN = (("span_start", "INTEGER"), ("span_end", "INTEGER"))
# The document fields the schema lists (record.schema.json $defs.document), in that order;
# any other metadata key goes, with its value, into the JSON column `metadata`.
METADATA = ("kind", "title", "authority", "body", "meeting_date", "status", "decision_maker",
            "key_decision", "call_in", "published", "decision_date", "effective_from",
            "call_in_deadline", "decision_due", "decided_at", "decision_type", "publication_status",
            "wards_affected", "purpose", "report_number", "agenda_item", "venue", "report_author",
            "contact_officers", "portfolio_holder", "responsible_officer")
BOOLEAN_METADATA = ("key_decision", "call_in")


@dataclass(frozen=True)
class Table:
    """One table: its columns (name, SQL type) in row order, primary key and references."""

    name: str
    columns: tuple[tuple[str, str], ...]
    key: tuple[str, ...]
    refs: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)


def _child(name: str, key: tuple[str, ...], columns: tuple[tuple[str, str], ...],
           refs: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()) -> Table:
    """A table owned by a document: document_id first, the document reference added."""
    cols = (("document_id", "INTEGER NOT NULL"),) + columns
    return Table(name, cols, ("document_id",) + key, ((("document_id",), "documents", ("id",)),) + refs)


def _item_ref(column: str, table: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    return (("document_id", column), table, ("document_id", "id"))


T, I = "TEXT", "INTEGER"
AGENDA = _item_ref("agenda_item", "agenda_items")
DOCUMENTS = Table("documents", (
    ("id", "INTEGER PRIMARY KEY"), ("path", T), ("sha256", "TEXT NOT NULL"), ("format", T),
    ("pages", I), ("chars", I), ("schema_version", I),
    *((m, I if m in BOOLEAN_METADATA else T) for m in METADATA),
    ("metadata", T), ("evidence", T), ("public_count", I), ("public_count_start", I),
    ("public_count_end", I), ("record_sha256", "TEXT NOT NULL"),
), ("id",))
TABLES: tuple[Table, ...] = (
    DOCUMENTS,
    _child("agenda_items", ("id",), (("id", T), ("number", T), ("title", T), *SPAN)),
    _child("decisions", ("id",), (
        ("id", T), ("kind", T), ("agenda_item", T), ("text", T), ("status", T), ("decided_by", T),
        ("date", T), ("moved_by", T), ("seconded_by", T), ("vote_id", T), ("page", I), *SPAN,
    ), (AGENDA, _item_ref("vote_id", "vote_events"))),
    _child("decision_items", ("decision_id", "position"), (
        ("decision_id", T), ("position", I), ("label", T), ("text", T), *SPAN,
    ), (_item_ref("decision_id", "decisions"),)),
    _child("motions", ("id",), (
        ("id", T), ("classification", T), ("agenda_item", T), ("text", T), ("moved_by", T),
        ("moved_by_role", T), ("seconded_by", T), ("seconded_by_role", T), ("result", T),
        ("decision_id", T), ("evidence", T), *SPAN,
    ), (AGENDA, _item_ref("decision_id", "decisions"))),
    _child("vote_events", ("id",), (
        ("id", T), ("motion_id", T), ("decision_id", T), ("agenda_item", T), ("result", T),
        ("text", T), *SPAN,
    ), (AGENDA, _item_ref("motion_id", "motions"), _item_ref("decision_id", "decisions"))),
    _child("vote_counts", ("vote_id", "position"), (
        ("vote_id", T), ("position", I), ("option", T), ("value", I), *SPAN,
    ), (_item_ref("vote_id", "vote_events"),)),
    _child("votes", ("vote_id", "position"), (
        ("vote_id", T), ("position", I), ("voter_name", T), ("option", T), *SPAN,
    ), (_item_ref("vote_id", "vote_events"),)),
    _child("speakers", ("id",), (
        ("id", T), ("name", T), ("honorific_prefix", T), ("role", T), ("attribution_text", T),
        ("mentions", T), *SPAN,
    )),
    _child("contributions", ("speaker_id", "position"), (
        ("speaker_id", T), ("position", I), ("agenda_item", T), ("text", T), ("quote", I),
        ("page", I), *SPAN,
    ), (_item_ref("speaker_id", "speakers"), AGENDA)),
    _child("attendance", ("status", "position"), (
        ("status", T), ("position", I), ("name", T), ("honorific_prefix", T), ("role", T),
        ("substitute_for", T), ("page", I), *SPAN,
    )),
    _child("declarations", ("position",), (
        ("position", I), ("name", T), ("agenda_item", T), ("item", T), ("interest", T),
        ("action", T), ("text", T), ("page", I), *SPAN,
    ), (AGENDA,)),
    _child("dates", ("position",), (
        ("position", I), ("value", T), ("precision", T), ("text", T), ("role", T), *SPAN,
    )),
    _child("problems", ("position",), (
        ("position", I), ("code", T), ("message", T), ("stage", T), *SPAN,
    )),
    _child("roles", ("position",), (
        ("position", I), ("role", T), ("name", T), ("mentions", T), *SPAN,
    )),
)
BY_NAME = {table.name: table for table in TABLES}
FTS_TABLES = ("decisions", "decision_items", "contributions")  # full-text search on `text`


def _create_table(table: Table) -> str:
    cols = [f"{name} {kind}" for name, kind in table.columns]
    if table.key != ("id",) or table.name != "documents":
        cols.append(f"PRIMARY KEY ({', '.join(table.key)})")
    cols += [f"FOREIGN KEY ({', '.join(src)}) REFERENCES {target} ({', '.join(dst)})"
             for src, target, dst in table.refs]
    return f"CREATE TABLE IF NOT EXISTS {table.name} (\n  " + ",\n  ".join(cols) + "\n)"


def _create_fts(name: str) -> list[str]:
    """sqlite-utils' layout (`<table>_fts`, external content), which Datasette searches."""
    fts = f"{name}_fts"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(text, content=\"{name}\", "
        "tokenize='porter unicode61')",
        f"CREATE TRIGGER IF NOT EXISTS {name}_ai AFTER INSERT ON {name} BEGIN "
        f"INSERT INTO {fts} (rowid, text) VALUES (new.rowid, new.text); END",
        f"CREATE TRIGGER IF NOT EXISTS {name}_ad AFTER DELETE ON {name} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, text) VALUES ('delete', old.rowid, old.text); END",
        f"CREATE TRIGGER IF NOT EXISTS {name}_au AFTER UPDATE ON {name} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, text) VALUES ('delete', old.rowid, old.text); "
        f"INSERT INTO {fts} (rowid, text) VALUES (new.rowid, new.text); END",
    ]


VIEWS = {
    # Each decision with its paper, agenda item and vote (counts of the usual options).
    "decisions_with_votes": """
SELECT d.document_id, doc.path, doc.title AS paper_title, doc.authority, doc.body,
  doc.meeting_date, d.id AS decision_id, d.kind, d.status, d.date, d.text,
  d.moved_by, d.seconded_by, a.number AS item_number, a.title AS item_title,
  d.vote_id, v.result AS vote_result,
  (SELECT value FROM vote_counts c WHERE c.document_id = d.document_id AND c.vote_id = d.vote_id
     AND c.option = 'yes') AS votes_yes,
  (SELECT value FROM vote_counts c WHERE c.document_id = d.document_id AND c.vote_id = d.vote_id
     AND c.option = 'no') AS votes_no,
  (SELECT value FROM vote_counts c WHERE c.document_id = d.document_id AND c.vote_id = d.vote_id
     AND c.option = 'abstain') AS votes_abstain
FROM decisions d
JOIN documents doc ON doc.id = d.document_id
LEFT JOIN agenda_items a ON a.document_id = d.document_id AND a.id = d.agenda_item
LEFT JOIN vote_events v ON v.document_id = d.document_id AND v.id = d.vote_id""",
    # Every contribution with who made it, in which paper and under which agenda item.
    "speaker_contributions": """
SELECT s.name, s.honorific_prefix, s.role, c.document_id, doc.path, doc.title AS paper_title,
  doc.authority, doc.body, doc.meeting_date, s.id AS speaker_id, c.position,
  a.number AS item_number, a.title AS item_title, c.quote, c.text
FROM contributions c
JOIN speakers s ON s.document_id = c.document_id AND s.id = c.speaker_id
JOIN documents doc ON doc.id = c.document_id
LEFT JOIN agenda_items a ON a.document_id = c.document_id AND a.id = c.agenda_item""",
    # One row per person (speaker name) across papers: papers, contributions, motions.
    "people": """
WITH spoke AS (
  SELECT s.name, COUNT(DISTINCT s.document_id) AS papers, MIN(doc.meeting_date) AS first_meeting,
    MAX(doc.meeting_date) AS last_meeting
  FROM speakers s JOIN documents doc ON doc.id = s.document_id GROUP BY s.name),
said AS (
  SELECT s.name, COUNT(*) AS n FROM contributions c
  JOIN speakers s ON s.document_id = c.document_id AND s.id = c.speaker_id GROUP BY s.name),
moved AS (SELECT moved_by AS name, COUNT(*) AS n FROM motions GROUP BY moved_by),
seconded AS (SELECT seconded_by AS name, COUNT(*) AS n FROM motions GROUP BY seconded_by)
SELECT spoke.name, spoke.papers, COALESCE(said.n, 0) AS contributions,
  COALESCE(moved.n, 0) AS motions_moved, COALESCE(seconded.n, 0) AS motions_seconded,
  spoke.first_meeting, spoke.last_meeting
FROM spoke LEFT JOIN said ON said.name = spoke.name LEFT JOIN moved ON moved.name = spoke.name
LEFT JOIN seconded ON seconded.name = spoke.name""",
}


def schema_sql() -> list[str]:
    """Every statement that creates the export's tables, indexes, search tables and views."""
    stmts = [_create_table(t) for t in TABLES]
    stmts.append("CREATE UNIQUE INDEX IF NOT EXISTS documents_key ON documents (sha256, path)")
    stmts.append("CREATE INDEX IF NOT EXISTS speakers_name ON speakers (name)")
    for name in FTS_TABLES:
        stmts += _create_fts(name)
    stmts += [f"CREATE VIEW IF NOT EXISTS {name} AS{sql}" for name, sql in VIEWS.items()]
    return stmts
