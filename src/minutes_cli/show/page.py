"""One self-contained HTML page: the paper's text with its record's values highlighted.

Everything is inline (style, script, data); a Content-Security-Policy allows only that
style and that script (by their sha256), so the page loads nothing from anywhere and no
text in it can run. Document text is HTML-escaped; the record's values travel as JSON
with `<`, `>` and `&` written as \\u escapes, and the script shows them with textContent.
The same record and text always give the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any, Iterable, Sequence

from .._version import __version__
from ..document import Block
from .markup import markup, page_starts, pager
from .marks import collect, problems_without_span
from .panel import KIND_NAMES, legend, panel


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (resources.files(__package__) / "assets" / name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def _json(data: Any) -> str:
    """JSON safe inside a <script> element: no `<`, `>` or `&` appears literally."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _meta(record: dict[str, Any], pages: int | None) -> str:
    source = record.get("source") if isinstance(record.get("source"), dict) else {}
    doc = record.get("document") if isinstance(record.get("document"), dict) else {}
    parts = [str(source.get("path") or "(no path)"), str(source.get("format") or "?")]
    if pages:
        parts.append(f"{pages} pages")
    parts.append(f"{source.get('chars')} characters")
    if source.get("sha256"):
        parts.append(f"sha256 {str(source['sha256'])[:12]}…")
    parts.append(f"kind: {doc.get('kind') or 'unknown'}")
    if doc.get("meeting_date"):
        parts.append(f"meeting {doc['meeting_date']}")
    return escape(" · ".join(parts))


def _title(record: dict[str, Any]) -> str:
    doc = record.get("document") if isinstance(record.get("document"), dict) else {}
    source = record.get("source") if isinstance(record.get("source"), dict) else {}
    return " ".join(str(doc.get("title") or source.get("path") or "minutes record").split())


def render(record: dict[str, Any], text: str, blocks: Iterable[Block] = (),
           warnings: Sequence[str] = ()) -> str:
    """The evidence page of `record` over `text`, the normalised text its spans index into.

    `blocks` (the loader's, with their pages) put page numbers on paged papers; each of
    `warnings` is shown as a banner at the top (a record whose sha256 does not match).
    """
    marks = collect(record, len(text))
    starts = page_starts(blocks)
    page = pager(starts)
    data = {"kinds": KIND_NAMES,
            "marks": [(m.start, m.end, m.kind, m.path, m.label, m.detail, page(m.start) if starts else None)
                      for m in marks]}
    css, js = _asset("show.css"), _asset("show.js")
    csp = (f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    source = record.get("source") if isinstance(record.get("source"), dict) else {}
    pages = source.get("pages") if isinstance(source.get("pages"), int) else None
    fills = {
        "GENERATOR": f"minutes {__version__}", "CSP": csp, "TITLE": escape(_title(record)),
        "META": _meta(record, pages), "LEGEND": legend(marks), "PANEL": panel(marks, page, problems_without_span(record)),
        "WARNINGS": "".join(f'<p class="warning" role="alert">{escape(w)}</p>' for w in warnings),
        "DATA": _json(data), "CSS": css, "JS": js, "TEXT": markup(text, marks, starts),
    }
    return _fill(_asset("page.html"), fills)


def _fill(template: str, fills: dict[str, str]) -> str:
    """Replace each @@NAME@@ once, left to right, so no filled-in text is ever read as a slot."""
    out, rest = [], template
    while "@@" in rest:
        head, _, tail = rest.partition("@@")
        name, _, rest = tail.partition("@@")
        out += [head, fills[name]]
    out.append(rest)
    return "".join(out)
