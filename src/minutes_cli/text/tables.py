"""Read outcome and item tables by their column headers (Legistar, eSCRIBE, Granicus, CivicClerk grids).

The loaders render a table row as one `table_row` block, its cells joined by " | ", the header row
first; the HTML loader keeps an empty cell as an empty column ("24-0101 | | Pass"), others drop it. A header row names its columns by the lexicon (`table_title_headers`,
`table_number_headers` in metadata; `table_action_headers`, `table_result_headers` in decisions);
each row after it is laid onto those columns by a monotone alignment that scores how well each
cell fits each column (a result word under Result, a number under Agenda #, a cell equal to its
header under a link column, the shape the column's other cells have), so a row that lost its empty
cells still has its title, action and result in the right place. A legislative file's detail page
("Status: | ADOPTED", "Title: | ...") gives its title as its one decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Block, Decision, Document, Span
from ..settings import vocabulary

SEPARATOR = " | "
# A cell's edge: a "|" with a space or the row's end on each side ("a | | c": an empty middle cell).
CELL_EDGE = re.compile(r"(?<![^ ])\|(?![^ ])")
NUMBER_CELL = re.compile(r"^\(?[A-Z]?\d{1,3}(?:\.\d{1,2}|\.[A-Za-z])?[.)]?$")
MIN_TITLE_WORDS = 3  # a cell this long reads as a title
MAX_RESULT_WORDS = 3
MAX_COLUMNS = 40  # a wider "header" is not a table of business (and would make alignment quadratic)
_TABLES: dict[tuple[int, str], tuple[Document, list[Block], int, list[list[Row]]]] = {}  # the last papers' tables


@dataclass(frozen=True)
class Row:
    """One table row laid onto its header's columns: role -> (cell text, span)."""

    block: int
    span: Span
    cells: dict[str, tuple[str, Span]]


@dataclass(frozen=True)
class _Words:
    roles: dict[str, str]  # normalised header word -> role
    results: dict[str, str]  # result word -> status
    actions: tuple[str, ...]
    non_outcomes: frozenset[str]
    deferrals: tuple[str, ...]


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s#]", " ", text.lower()).split())


@lru_cache(maxsize=8)
def words(key: str = "en") -> _Words:
    """The header, result and action words of the lexicon, normalised."""
    data = vocabulary(key)
    roles: dict[str, str] = {}
    for role, lexicon_key in (("title", "table_title_headers"), ("number", "table_number_headers"),
                              ("action", "table_action_headers"), ("result", "table_result_headers")):
        for word in data[lexicon_key]:
            roles.setdefault(_norm(word), role)
    results = {_norm(k): str(v) for k, v in data["table_result_values"].items()}
    actions = tuple(_norm(w) for w in data["table_action_words"])
    return _Words(roles, results, actions, frozenset(_norm(w) for w in data["table_non_outcomes"]),
                  tuple(_norm(w) for w in data["table_deferrals"]))


def cells_of(doc: Document, index: int) -> list[tuple[str, Span]]:
    """The cells of a table_row block with their spans; an empty cell ("24-01 | | Pass") is ""."""
    span = doc.blocks[index].span
    text = span.text(doc)
    out, at = [], 0
    for edge in [*CELL_EDGE.finditer(text), None]:
        end = len(text) if edge is None else edge.start()
        part = text[at:end]
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        out.append((stripped, Span(span.start + at + lead, span.start + at + lead + len(stripped))))
        at = end + 1
    return out if len(out) > 1 or out[0][0] else []


def header_roles(cells: list[str], key: str) -> list[str] | None:
    """The role of each header cell (title, number, action, result or other); None when the row
    does not name a title column and an outcome or number column."""
    if len(cells) > MAX_COLUMNS:
        return None
    roles = words(key).roles
    found = [roles.get(_norm(c), "other") for c in cells]
    if "title" not in found or not {"action", "result", "number"} & set(found):
        return None
    return found


def tables(doc: Document, key: str) -> list[list[Row]]:
    """Every headed table in the paper, each as its rows laid onto the header's columns (read by the metadata,
    decisions and agenda stages: made once per paper and lexicon, as blocks are never rewritten once loaded)."""
    kept = _TABLES.get((id(doc), key))
    if kept is not None and kept[0] is doc and kept[1] is doc.blocks and kept[2] == len(doc.blocks):
        return list(kept[3])
    found = _tables(doc, key)
    if len(_TABLES) >= 4:
        _TABLES.clear()
    _TABLES[id(doc), key] = (doc, doc.blocks, len(doc.blocks), found)
    return list(found)


def _tables(doc: Document, key: str) -> list[list[Row]]:
    out: list[list[Row]] = []
    i = 0
    while i < len(doc.blocks):
        block = doc.blocks[i]
        if block.kind != "table_row":
            i += 1
            continue
        header = [c for c, _ in cells_of(doc, i)]
        roles = header_roles(header, key)
        if roles is None:
            i += 1
            continue
        j = i + 1
        while j < len(doc.blocks) and doc.blocks[j].kind == "table_row" and header_roles(
                [c for c, _ in cells_of(doc, j)], key) is None:
            j += 1
        out.append(_lay(doc, list(range(i + 1, j)), header, roles, key))
        i = j
    return out


def _lay(doc: Document, indices: list[int], header: list[str], roles: list[str], key: str) -> list[Row]:
    """Align every row; a second pass adds each column's usual cell shape from the first."""
    rows = {i: cells_of(doc, i) for i in indices}
    first = {i: _align([c for c, _ in cells], header, roles, key, None) for i, cells in rows.items()}
    shapes = _column_shapes(rows, first, len(header))
    out = []
    for i, cells in rows.items():
        placed = _align([c for c, _ in cells], header, roles, key, shapes)
        out.append(Row(i, doc.blocks[i].span, _named(cells, [roles[c] for c in placed])))
    return out


def _named(cells: list[tuple[str, Span]], roles: list[str]) -> dict[str, tuple[str, Span]]:
    """Each role's first cell; where two columns may be the title ("Item", "Subject"), a number in
    one of them is the item's number and the other its title."""
    named: dict[str, tuple[str, Span]] = {}
    for cell, role in zip(cells, roles):
        if not cell[0]:  # an empty cell keeps its column's place and names nothing
            continue
        if role == "title" and NUMBER_CELL.match(cell[0]):
            role = "number"
        if role != "other" and role not in named:
            named[role] = cell
    return named


def _shape(cell: str) -> str:
    if len(cell.split()) >= MIN_TITLE_WORDS:
        return "text"
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "9", cell))


def _column_shapes(rows: dict[int, list[tuple[str, Span]]], placed: dict[int, list[int]], width: int) -> list[str | None]:
    """Each column's most common cell shape, where most of its cells have it."""
    seen: list[dict[str, int]] = [{} for _ in range(width)]
    for i, cells in rows.items():
        for (cell, _), column in zip(cells, placed[i]):
            if not cell:
                continue
            shape = _shape(cell)
            seen[column][shape] = seen[column].get(shape, 0) + 1
    out: list[str | None] = []
    for counts in seen:
        best = max(sorted(counts), key=lambda s: counts[s], default=None)
        out.append(best if best is not None and 2 * counts[best] > sum(counts.values()) else None)
    return out


def _fit(cell: str, header: str, role: str, key: str, shape: str | None) -> float:
    """How well a cell fits a column: positive fits, negative does not."""
    w = words(key)
    low = _norm(cell)
    score = 3.0 if low == _norm(header) else 0.0
    is_number = bool(NUMBER_CELL.match(cell))
    if role == "number":  # an item number is most often written as a label: "4.", "(b)"
        score += (2.5 if cell.endswith((".", ")")) else 2) if is_number else -3
    elif role == "result":  # a result is a word or three ("Pass", "Approved as amended"); a longer
        # outcome phrase ("Referred to Comm by Council") is more often the action taken
        score += (3 if len(cell.split()) <= MAX_RESULT_WORDS else 1) if result_status(w, cell) else -3
    elif role == "action":
        score += 2 if low in w.non_outcomes or low.startswith(w.actions) else -1
    elif role == "title":
        score += -2 if is_number else 1 if len(cell.split()) >= MIN_TITLE_WORDS else 0.5
    if shape is not None and re.search(r"\d", shape):  # a code column's cells look alike ("9-9", "9.")
        score += 1.5 if _shape(cell) == shape else -1.5
    return score


def _align(cells: list[str], header: list[str], roles: list[str], key: str,
           shapes: list[str | None] | None) -> list[int]:
    """The columns of the row's cells: the monotone assignment that fits best (ties to the left)."""
    n, m = len(cells), len(header)
    if n >= m:
        return list(range(n))[:m] + [m - 1] * (n - m)
    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back = [[False] * (m + 1) for _ in range(n + 1)]  # True: cell i-1 sits in column j-1
    for j in range(m + 1):
        best[0][j] = 0.0
    for i in range(1, n + 1):
        for j in range(i, m + 1):
            skip = best[i][j - 1]
            take = best[i - 1][j - 1] + _fit(cells[i - 1], header[j - 1], roles[j - 1], key,
                                             shapes[j - 1] if shapes else None)
            best[i][j], back[i][j] = (take, True) if take >= skip else (skip, False)
    out, i, j = [], n, m
    while i > 0:
        if back[i][j]:
            out.append(j - 1)
            i -= 1
        j -= 1
    return out[::-1]


def result_status(w: _Words, cell: str) -> str | None:
    """The status a result cell states by its opening words ("Carried unanimously", "Approved as
    amended", "Continued to 3/4"); None when it opens with none of the result words."""
    low = _norm(cell)
    found = [word for word in w.results if low == word or low.startswith(word + " ")]
    return w.results[max(found, key=len)] if found else None


def outcome(row: Row, key: str) -> tuple[str, str] | None:
    """A row's decision text and status, or None when the row records no outcome."""
    w = words(key)
    title = row.cells.get("title")
    if title is None:
        return None
    action = row.cells.get("action")
    result = row.cells.get("result")
    if result is not None:
        status = result_status(w, result[0])
        if status is None:
            return None
    elif action is not None and _norm(action[0]) not in w.non_outcomes and (
            result_status(w, action[0]) or _norm(action[0]).startswith(w.actions)):
        status = result_status(w, action[0]) or "agreed"
    else:
        return None
    if action is None or _norm(action[0]) in w.results or (result is None and _norm(action[0]) in w.non_outcomes):
        return title[0], status
    if status in ("carried", "approved") and _norm(action[0]).startswith(w.deferrals):
        status = "deferred"
    return f"{action[0]}: {title[0]}", status


def labelled_cells(doc: Document) -> dict[str, tuple[str, Span]]:
    """The label/value pairs of a paper's table rows ("Status: | ADOPTED"), first of each label."""
    out: dict[str, tuple[str, Span]] = {}
    for i, block in enumerate(doc.blocks):
        if block.kind != "table_row":
            continue
        cells = [cell for cell in cells_of(doc, i) if cell[0]]
        for (label, _), value in zip(cells, cells[1:]):
            if label.endswith(":") and not value[0].endswith(":"):
                out.setdefault(_norm(label), value)
    return out


def file_outcome(doc: Document, key: str) -> tuple[str, Span, str] | None:
    """A legislative file's detail page: its title is the decision when its status records an
    outcome ("Type: | Resolution | Status: | ADOPTED", "Title: | Providing for ...")."""
    w = words(key)
    pairs = labelled_cells(doc)
    status = next((pairs[_norm(s)] for s in vocabulary(key)["file_status_labels"] if _norm(s) in pairs), None)
    title = next((pairs[t] for t, role in w.roles.items() if role == "title" and t in pairs), None)
    state = result_status(w, status[0]) if status is not None else None
    if state is None or title is None:
        return None
    return title[0], title[1], state


def table_decisions(doc: Document, key: str) -> tuple[list[Decision], set[int]]:
    """One decision per row of a headed table whose action or result cell records an outcome
    ("Approve | Pass" -> "Approve: <Title>"); the rows of such tables are not read again by cues."""
    found: list[Decision] = []
    claimed: set[int] = set()
    for rows in tables(doc, key):
        decided = [(row, o) for row in rows if (o := outcome(row, key)) is not None]
        if not decided:
            continue
        claimed.update(row.block for row in rows)
        for row, (text, status) in decided:
            evidence = {role: span for role, (_, span) in row.cells.items()}
            found.append(Decision("decision", text, row.span, status=status, decided_by=doc.metadata.get("body"),
                                  date=doc.metadata.get("meeting_date"), cue="table", evidence=evidence))
    if not found and (filed := file_outcome(doc, key)) is not None:
        found.append(Decision("decision", filed[0], filed[1], status=filed[2], decided_by=doc.metadata.get("body"),
                              date=doc.metadata.get("meeting_date"), cue="file status"))
    return found, claimed
