"""Print, for each raw page in ../shared/corpus-raw-html, how much of what a careful
reader found (gold decisions and agenda titles, speakers) survives in the text of the
minutes HTML loader and of the boilerplate removers installed beside it (justext,
readability-lxml, resiliparse; each skipped when not installed), and how many words
each keeps. A gold string counts when its words, lower-cased, appear in order.

    python bench/html_extractors.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Callable

import yaml

from minutes_cli.loaders import load
from minutes_cli.settings import Settings

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus-raw-html"


def norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _minutes(data: bytes, name: str) -> str:
    return load(data, name, Settings()).text


def _justext(data: bytes, name: str) -> str:
    import justext

    return "\n".join(p.text for p in justext.justext(data, justext.get_stoplist("English")) if not p.is_boilerplate)


def _readability(data: bytes, name: str) -> str:
    import lxml.html
    from readability import Document

    return str(lxml.html.fromstring(Document(data.decode("utf-8", "replace")).summary()).text_content())


def _resiliparse(data: bytes, name: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return str(extract_plain_text(data.decode("utf-8", "replace"), main_content=True))


SYSTEMS: dict[str, Callable[[bytes, str], str]] = {
    "minutes": _minutes, "justext": _justext, "readability": _readability, "resiliparse": _resiliparse}


def main() -> None:
    docs = sorted((SHARED / "docs").glob("*.html"))
    totals: dict[str, list[int]] = {}
    wanted = [0, 0]
    for path in docs:
        gold = yaml.safe_load((SHARED / "gold" / f"{path.name}.gold.yaml").read_text("utf-8"))
        items = [norm(d["text"]) for d in gold.get("decisions") or []]
        items += [norm(a["title"]) for a in gold.get("agenda_items") or []]
        speakers = [norm(s) for s in gold.get("speakers") or []]
        wanted = [wanted[0] + len(items), wanted[1] + len(speakers)]
        row = []
        for label, extract in SYSTEMS.items():
            try:
                text = norm(extract(path.read_bytes(), path.name))
            except ImportError:
                continue
            except Exception as exc:  # noqa: BLE001 - a system that fails on a page scores nothing there
                text = f"error {type(exc).__name__}"
            found = [sum(i in text for i in items), sum(s in text for s in speakers), len(text.split())]
            totals[label] = [a + b for a, b in zip(totals.get(label, [0, 0, 0]), found)]
            row.append(f"{label} {found[0]}/{len(items)} {found[1]}/{len(speakers)} w{found[2]}")
        print(f"{path.name:34} " + "  ".join(row))
    for label, (items, speakers, words) in totals.items():
        print(f"{label:12} items {items}/{wanted[0]}  speakers {speakers}/{wanted[1]}  words {words}")


if __name__ == "__main__":
    main() if SHARED.exists() else sys.exit("../shared/corpus-raw-html not found")
