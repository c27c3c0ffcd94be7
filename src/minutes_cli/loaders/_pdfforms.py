"""AcroForm field values as text: a fillable notice keeps its date, time and place in
form fields, which pdfium's text page does not hold.

A field's value joins the line its box sits on (the printed label beside it:
"Date of meeting:" + "12 March 2024"), or becomes a line of its own at its height.
"""

from __future__ import annotations

import ctypes
from typing import Any, Callable

from ._pdflines import Line

# Only files that declare a form pay for reading one.
ACROFORM = b"/AcroForm"


def has_form(data: bytes) -> bool:
    """Does the PDF declare an AcroForm (so its field values are worth reading)?"""
    return ACROFORM in data


def _wide_string(getter: Callable[..., int], *args: Any) -> str:
    """Call a pdfium getter that fills a UTF-16LE buffer (size query first)."""
    import pypdfium2.raw as raw

    size = getter(*args, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    getter(*args, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)
    return buffer.raw[:size - 2].decode("utf-16-le", errors="replace")


def field_lines(pdf: Any, page: Any) -> list[Line]:
    """The page's filled form fields as lines: (value, top, bottom) of each widget."""
    import pypdfium2.raw as raw

    env = getattr(pdf, "formenv", None)
    if env is None:
        return []
    lines = []
    for i in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, i)
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET:
                continue
            value = " ".join(_wide_string(raw.FPDFAnnot_GetFormFieldValue, env, annot).split())
            rect = raw.FS_RECTF()
            if value and raw.FPDFAnnot_GetRect(annot, rect) and value.lower() not in ("off", "no"):
                lines.append(Line(value, rect.top, rect.bottom))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return lines


def with_fields(lines: list[Line], fields: list[Line]) -> list[Line]:
    """Put each field value on the line beside it, or at its height as a line of its own."""
    out = list(lines)
    for field in sorted(fields, key=lambda f: -f.top):
        beside = next((i for i, line in enumerate(out) if _overlap(line, field)), None)
        if beside is not None:
            line = out[beside]
            out[beside] = Line(f"{line.text.rstrip()} {field.text}", line.top, line.bottom)
            continue
        below = next((i for i, line in enumerate(out) if line.top < field.top), len(out))
        out.insert(below, field)
    return out


def _overlap(line: Line, field: Line) -> bool:
    shared = min(line.top, field.top) - max(line.bottom, field.bottom)
    return shared >= 0.5 * max(min(line.top - line.bottom, field.top - field.bottom), 0.1)
