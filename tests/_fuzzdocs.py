"""Mutated real-shaped papers in every format, for the fuzz test and bench/fuzz.py.

The seeds are the papers written for the loader tests (tests/loaders/paper.py) as text,
markdown with front matter, HTML, DOCX and PDF, and a short minutes page with votes. A
mutation is a list of (operation, where 0..1, payload) applied in order; DOCX mutations
may edit the XML inside the zip as well as the zip's bytes.
"""

from __future__ import annotations

import io
import random
import zipfile
from functools import lru_cache

from loaders.paper import docx_bytes, html_page, pdf_bytes, plain_text

VOTES = ("Minutes of the Parish Council meeting held on 3 May 2022\n\n"
         "Present: Cllrs A. Brown, B. Green (Chair) and C. White\n\n"
         "4. Planning\n\nIt was proposed by Cllr Brown, seconded by Cllr Green, that the plan be approved.\n"
         "For: Cllrs Brown, Green (2) Against: Cllr White (1)\nThe motion was carried.\n\n"
         "Cllr White declared a pecuniary interest in item 5 and left the room.\n")
FRONT = "---\ntitle: Cabinet\ndate: 2024-03-12\ntags: [minutes, cabinet]\n---\n"
# Payloads that have made parsers slow or crash: runs of brackets, dots, spaces, cue words,
# odd encodings (BOMs, NUL, lone surrogates as UTF-8, UTF-16), YAML tricks.
PAYLOADS = (b"[" * 3000, b"." * 3000, b" " * 3000, b"(" * 2000 + b")" * 2000, b"RESOLVED: That " * 200,
            b"Cllr " * 500, b"Mr. " * 500, b"For: " + b"." * 2000, b"\xef\xbb\xbf", b"\x00", b"\xed\xa0\x80",
            b"\xff\xfe", b"\xfe\xff\x00a", b"date: 2021-02-30\n", b"&a [*a, *a]", b"---\n", b"<", b"</p>",
            b"<![CDATA[", b"&#xD800;", b"\r", b"\t\n\n\n", b"\xe2\x80\x8b" * 50, b"|" * 100, b"*" * 100)
OPS = ("flip", "insert", "delete", "duplicate", "truncate", "payload")


@lru_cache(maxsize=1)
def seeds() -> dict[str, bytes]:
    """name -> bytes of every seed paper."""
    text = plain_text()
    return {"paper.txt": text.encode(), "votes.txt": VOTES.encode(),
            "paper.md": (FRONT + text.replace("RESOLVED", "**RESOLVED**")).encode(),
            "votes.md": (FRONT + "# Minutes\n\n" + VOTES).encode(), "paper.html": html_page().encode(),
            "paper.docx": docx_bytes(), "paper.pdf": pdf_bytes()}


def apply(data: bytes, ops: list[tuple[str, float, bytes]]) -> bytes:
    """Apply mutations in order; `where` is a fraction of the current length."""
    buf = bytearray(data)
    for op, where, payload in ops:
        at = int(where * len(buf)) if buf else 0
        if op == "flip" and buf:
            buf[min(at, len(buf) - 1)] ^= (payload[0] if payload else 0x55) or 1
        elif op in ("insert", "payload"):
            buf[at:at] = payload
        elif op == "delete":
            del buf[at: at + 1 + len(payload) * 16]
        elif op == "duplicate":
            buf[at:at] = buf[at: at + 1 + len(payload) * 64]
        elif op == "truncate":
            del buf[at:]
    return bytes(buf)


def mutate_docx(data: bytes, ops: list[tuple[str, float, bytes]]) -> bytes:
    """Mutate word/document.xml inside the DOCX and zip it again."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info, apply(body, ops) if info.filename == "word/document.xml" else body)
    return out.getvalue()


def mutant(name: str, ops: list[tuple[str, float, bytes]], inside: bool) -> bytes:
    data = seeds()[name]
    return mutate_docx(data, ops) if inside and name.endswith(".docx") else apply(data, ops)


def random_ops(rng: random.Random) -> list[tuple[str, float, bytes]]:
    """1-4 random mutations (bench/fuzz.py's generator)."""
    out = []
    for _ in range(rng.randint(1, 4)):
        op = rng.choice(OPS)
        payload = rng.choice(PAYLOADS) if op == "payload" else rng.randbytes(rng.randint(0, 8))
        out.append((op, rng.random(), payload))
    return out
