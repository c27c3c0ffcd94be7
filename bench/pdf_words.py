"""Print, for each corpus PDF, how many words of `minutes text` are words pdfium's own
text page gives for the same pages (precision), and how many of pdfium's it keeps
(recall: lost only to dropped headers, footers and page numbers).

pdfium's text is `get_text_range()` per page with line-end hyphens joined
("impor-\\r\\ntant" -> "important"). Words are compared as multisets of tokens split on
white space and on the " | " cell separator, punctuation at the ends stripped.

    python bench/pdf_words.py [FILES...]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from minutes_cli.loaders import load
from minutes_cli.settings import Settings

# pdfium marks a hyphen it broke a line at with U+0002/U+FFFE; a plain "-" at a line end too.
LINE_END_HYPHEN = re.compile(r"[-\x02\ufffe\u00ad]\r?\n(?=[a-z])")
STRIP = "\"'“”‘’()[]{}.,;:!?|•·*"


def words(text: str) -> Counter[str]:
    """Tokens of a text, punctuation at the ends stripped; empty tokens dropped."""
    tokens = (t.strip(STRIP) for t in text.replace("|", " ").split())
    return Counter(t for t in tokens if t)


def pdfium_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    pages = []
    for page in pdf:
        textpage = page.get_textpage()
        pages.append(textpage.get_text_range().replace("\r\n", "\n"))
        textpage.close()
        page.close()
    pdf.close()
    return LINE_END_HYPHEN.sub("", "\n".join(pages)).replace("\x02", "-").replace("\ufffe", "-")


def compare(path: Path) -> tuple[int, int, int]:
    """(words of minutes text, words also in pdfium's text, pdfium's words)."""
    data = path.read_bytes()
    ours, theirs = words(load(data, path.name, Settings()).text), words(pdfium_text(data))
    return sum(ours.values()), sum((ours & theirs).values()), sum(theirs.values())


def main(argv: list[str]) -> None:
    corpus = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
    files = [Path(a) for a in argv] or sorted(corpus.glob("*.pdf"))
    total = [0, 0, 0]
    for path in files:
        ours, common, theirs = compare(path)
        total = [total[0] + ours, total[1] + common, total[2] + theirs]
        print(f"{path.name:48} words {ours:6}  precision {common / max(ours, 1):.4f}  recall {common / max(theirs, 1):.4f}")
    print(f"{'all':48} words {total[0]:6}  precision {total[1] / max(total[0], 1):.4f}"
          f"  recall {total[1] / max(total[2], 1):.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
