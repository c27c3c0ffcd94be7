"""Print how long the markdown loader's steps take on the bulk archive (../shared/bulk,
861 .md papers) or the .md files given, CPU seconds, best of ROUNDS: markdown-it's block
parse of the whole body (what the loader did before plain prose was read without it),
the loader's block tokens (loaders._mdprose), md_blocks (tokens, inline text, reflow)
and load_markdown (with front matter and TextBuilder).

    python bench/md_load.py [FILES...]
"""

from __future__ import annotations

import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minutes_cli.loaders._mdparser import block_parser_for
from minutes_cli.loaders._mdprose import block_tokens
from minutes_cli.loaders._text import decode
from minutes_cli.loaders.markdown import front_matter, load_markdown, md_blocks
from minutes_cli.settings import Settings

ROUNDS = 3
ARCHIVE = Path(__file__).resolve().parents[2] / "shared" / "bulk" / "minutes-archive.tar.gz"


def _papers(paths: list[str]) -> list[tuple[str, bytes]]:
    if paths:
        return [(p, Path(p).read_bytes()) for p in paths]
    with tarfile.open(ARCHIVE, "r|*") as archive:
        return [(m.name, f.read()) for m in archive if m.isfile() and (f := archive.extractfile(m))]


def _best(step: Callable[[], Any]) -> float:
    spent = []
    for _ in range(ROUNDS):
        start = time.process_time()
        step()
        spent.append(time.process_time() - start)
    return min(spent)


def main(paths: list[str]) -> None:
    papers = _papers(paths)
    bodies = [front_matter(decode(data, name).replace("\r\n", "\n").replace("\r", "\n"))[1] for name, data in papers]
    settings = Settings()
    steps: dict[str, Callable[[], Any]] = {
        "markdown-it block parse": lambda: [len(block_parser_for(b).parse(b, {})) for b in bodies],
        "block_tokens": lambda: [len(block_tokens(b, {})) for b in bodies],
        "md_blocks": lambda: [sum(1 for _ in md_blocks(b)) for b in bodies],
        "load_markdown": lambda: [len(load_markdown(data, name, settings).blocks) for name, data in papers],
    }
    print(f"{len(papers)} papers, {sum(map(len, bodies)) / 1e6:.1f} M characters; CPU s, best of {ROUNDS}")
    for label, step in steps.items():
        print(f"{label:24} {_best(step):6.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
