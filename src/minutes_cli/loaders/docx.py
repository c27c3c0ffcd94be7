"""DOCX: body paragraphs and tables in order, with Word's automatic numbers as labels.

python-docx opens the package (27 ms for 6,500 words); the body is walked as XML so
paragraphs and tables keep their order and content controls are entered. Headers and
footers live in other parts and are never read. Numbers come from the numbering part
(see _docxnum), through a paragraph's own numPr or its style's.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any, Iterator

from ..errors import LoadError, MissingDependency
from ..settings import Settings
from ._docxnum import W, Numbering, read_numbering
from ._textbuild import Loaded, TextBuilder, fold

CELL_SEPARATOR = " | "
# Style names that make a paragraph a heading: "Heading 1", "Title", "Subtitle"
HEADING_STYLES = ("heading", "title", "subtitle")


def _open(data: bytes, name: str) -> Any:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - python-docx is a dependency
        raise MissingDependency(name, "python-docx", "docx") from exc
    from lxml.etree import XMLSyntaxError

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise LoadError(name, f"DOCX cannot be read ({type(exc).__name__})") from exc
    except NotImplementedError as exc:  # zip of a version or compression zipfile cannot read
        raise LoadError(name, f"DOCX uses a zip feature that cannot be read ({exc})") from exc
    except (XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise LoadError(name, f"DOCX is damaged ({type(exc).__name__})") from exc


def _styles(document: Any) -> dict[str, tuple[str, tuple[str, int] | None]]:
    """Style id -> (name, (numId, ilvl) from the style's own numbering, if any)."""
    out: dict[str, tuple[str, tuple[str, int] | None]] = {}
    for style in document.styles.element.iterfind(f"{W}style"):
        name_el = style.find(f"{W}name")
        name = name_el.get(f"{W}val", "") if name_el is not None else ""
        out[style.get(f"{W}styleId", "")] = (name, _num_pr(style.find(f"{W}pPr")))
    return out


def _num_pr(ppr: Any) -> tuple[str, int] | None:
    num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
    if num_pr is None:
        return None
    num_id, ilvl = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
    return (num_id.get(f"{W}val", "0") if num_id is not None else "0",
            int(ilvl.get(f"{W}val", "0")) if ilvl is not None else 0)


def _text(el: Any) -> str:
    """The visible text of a paragraph: runs, tabs and breaks; deleted text left out."""
    parts = []
    for node in el.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if any(a.tag == f"{W}del" for a in node.iterancestors()):
            continue
        tag = node.tag[len(W):]
        parts.append(node.text or "" if tag == "t" else "-" if tag == "noBreakHyphen" else " ")
    return "".join(parts)


def _body_blocks(body: Any, styles: dict[str, Any], numbering: Numbering) -> Iterator[tuple[str, str]]:
    """Yield (text, kind) for each paragraph and table row of the body, in order."""
    for child in body:
        if child.tag == f"{W}p":
            yield _paragraph(child, styles, numbering)
        elif child.tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                cells = [fold(" ".join(_text(p) for p in tc.iter(f"{W}p"))) for tc in row.iterfind(f"{W}tc")]
                yield CELL_SEPARATOR.join(c for c in cells if c), "table_row"
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _body_blocks(content, styles, numbering)


def _paragraph(p: Any, styles: dict[str, Any], numbering: Numbering) -> tuple[str, str]:
    ppr = p.find(f"{W}pPr")
    style_id = _val_of(ppr, f"{W}pStyle")
    style_name, style_num = styles.get(style_id, ("", None))
    num = _num_pr(ppr) or style_num
    label = numbering.label(*num) if num else ""
    text = _text(p)
    if style_name.lower().startswith(HEADING_STYLES):
        return f"{label} {text}".strip(), "heading"
    if label and text.strip():
        return f"{label} {text}", "list_item"
    return text, "paragraph"


def _val_of(ppr: Any, path: str) -> str:
    found = ppr.find(path) if ppr is not None else None
    return found.get(f"{W}val", "") if found is not None else ""


def load_docx(data: bytes, name: str, settings: Settings) -> Loaded:
    """Read a DOCX body into blocks: numbered paragraphs, headings, table rows."""
    document = _open(data, name)
    part = document.part
    try:
        numbering_xml = part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        numbering_xml = None
    builder = TextBuilder(settings.repair_mojibake)
    body = document.element.body
    for number, (text, kind) in enumerate(_body_blocks(body, _styles(document), read_numbering(numbering_xml)), 1):
        builder.add(text, kind, locator=f"docx block {number}")
    return builder.build("docx")
