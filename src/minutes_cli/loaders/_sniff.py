"""Name a file's format from its content first and its suffix second.

A `.txt` that is HTML, a PDF without a suffix and a `.doc` that is really DOCX all get
the right loader; a file that claims a format it does not have, or that is a known
format `minutes` does not read, gets an error that says what it is.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import LoadError, UnsupportedFormat

# Leading bytes of formats that are recognised but not read: (magic, description).
OTHER_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls); save it as DOCX or PDF"),
    (b"{\\rtf", "an RTF document; save it as DOCX or PDF"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive; use 'minutes batch' for archives"),
    (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"),
)
# "<!DOCTYPE html", "<html", "<?xml ...?><html": a whole HTML page
HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                        rb"<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
# "<div", "<p>", "<table": an HTML fragment, when the suffix says HTML
HTML_TAG = re.compile(rb"<(?:div|p|table|h[1-6]|ul|ol|span|article|section|meta|title)\b", re.I)
# "---\ntitle: ...\n---": markdown (Jekyll/Hugo) front matter
FRONT_MATTER = re.compile(rb"^(?:\xef\xbb\xbf)?---[ \t]*\r?\n(?:[\w-]+:.*\r?\n)+?", re.M)

SUFFIXES: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "markdown", ".markdown": "markdown",
    ".htm": "html", ".html": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx",
    ".doc": "docx", ".zip": "zip", "": "txt",
}


def suffix_of(name: str) -> str:
    """The lower-case suffix of a file name, with its dot ("" when there is none)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return "." + base.rsplit(".", 1)[-1].lower() if "." in base.strip(".") else ""


def sniff(data: bytes, name: str) -> str:
    """Name the format of `data` ("pdf", "docx", "html", "markdown", "txt", "zip").

    Raises:
        LoadError: the suffix names a binary format the content does not have.
        UnsupportedFormat: the content is a known format that is not read.
    """
    head = data[:4096]
    claimed = SUFFIXES.get(suffix_of(name), "txt")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data, name)
    for magic, what in OTHER_FORMATS:
        if head.startswith(magic):
            raise UnsupportedFormat(name, f"file is {what}, which is not supported")
    if claimed in ("pdf", "docx", "zip"):
        raise LoadError(name, f"file has a {suffix_of(name)} suffix but is not a "
                              f"{claimed.upper()} file ({_describe(head)})")
    if HTML_START.match(head) or (claimed == "html" and HTML_TAG.search(head)):
        return "html"
    if claimed == "markdown" or FRONT_MATTER.match(head):
        return "markdown"
    return claimed


def _zip_kind(data: bytes, name: str) -> str:
    """Tell a DOCX from other zip-based formats by the parts it holds."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise LoadError(name, "file is a damaged or truncated zip archive") from exc
    except NotImplementedError as exc:  # "zip file version 9.9", an unknown compression
        raise LoadError(name, f"file is a zip archive that cannot be read ({exc})") from exc
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names):
        raise UnsupportedFormat(name, "file is an Excel workbook (XLSX), which is not supported")
    if any(n.startswith("ppt/") for n in names):
        raise UnsupportedFormat(name, "file is a PowerPoint deck (PPTX), which is not supported")
    if suffix_of(name) in (".docx", ".doc"):
        raise LoadError(name, "file is a zip archive without a Word document inside, not a DOCX")
    return "zip"


def _describe(head: bytes) -> str:
    """A few words on what some bytes look like, for an error message."""
    if not head.strip():
        return "it is empty"
    sample = head[:512]
    binary = sum(1 for b in sample if b < 9 or 13 < b < 32) > len(sample) * 0.05 or b"\x00" in sample
    return "it looks like binary data" if binary else "it looks like text"
