"""Our name grammar against `nameparser` configured from the lexicon, on the corpus's names.

For every gold attendee and speaker of ../shared/corpus, the written form is taken from the
paper (the name with the honorifics and titles written before it: "Councillor Mrs Pam Bosworth",
"Deputy Mayor Scott Jermey", "Cr W Devlin") and parsed by each; a parse is right when its name
is the gold name exactly (case and spacing aside), and, looser, has the gold name's words
with honorifics removed on both sides, as the scorer counts. A bracket after the name is kept
("Mrs C M Wilkins (Chairman)", "Sheahan (J)"): the grammar must read it as a role or an initial.

usage: python bench/bench_names.py [CORPUS_DIR]   (prints counts, accuracy and time per parser)
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import yaml

from minutes_cli.api import parse_document
from minutes_cli.settings import vocabulary
from minutes_cli.text.names import canonical_name, honorific_pattern
from minutes_cli.text.people import split_people

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
from score import name_parts


def written_forms(corpus: Path) -> list[tuple[str, str]]:
    """(written form, gold name) for every gold name found written in its paper."""
    hon = honorific_pattern("en")
    out = []
    for gold in sorted((corpus / "gold").glob("*.gold.yaml")):
        paper = corpus / gold.name[: -len(".gold.yaml")]
        labels = yaml.safe_load(gold.read_text("utf-8")) or {}
        names = [s if isinstance(s, str) else s["name"] for s in labels.get("speakers") or []]
        for status in ("present", "apologies"):
            names += [a if isinstance(a, str) else a["name"] for a in (labels.get("attendance") or {}).get(status) or []]
        if not paper.exists() or not names:
            continue
        text = parse_document(paper.read_bytes(), paper.name).text
        for name in dict.fromkeys(names):
            m = re.search(rf"(?:(?:{hon})[ \t]+){{0,3}}{re.escape(name)}(?![\w'’-])(?:[ \t]*\([^()\n]{{1,40}}\))?", text)
            if m is not None:
                out.append((" ".join(m.group(0).split()), name))
    return out


def ours(form: str) -> str:
    found = split_people(form, 0, "en").people
    return found[0].name if len(found) == 1 else ""


def nameparser_configured() -> object:
    from nameparser import HumanName
    from nameparser.config import CONSTANTS

    lex = vocabulary("en")
    CONSTANTS.titles.add(*[w.lower().replace(".", "") for p in (*lex["honorifics"], *lex["titles"]) for w in p.split()])

    def parse(form: str) -> str:
        name = HumanName(form)
        return " ".join(p for p in (name.first, name.middle, name.last) if p)
    return parse


# Hard forms of the issue, written for this bench: what each parser makes of them
HARD = [("Sheahan (J)", "J Sheahan"), ("Councillor Mrs Pam Bosworth", "Pam Bosworth"),
        ("Deputy Mayor Tom Rackers", "Tom Rackers"), ("Cr W Devlin", "W Devlin"), ("M. van Holst", "M. van Holst"),
        ("Mrs C M Wilkins (Chairman)", "C M Wilkins"), ("P J Batey J Cammock", "")]


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "corpus"
    forms = written_forms(corpus)
    parsers = {"ours (text.people)": ours, "nameparser (lexicon titles)": nameparser_configured()}
    print(f"{len(forms)} written names, {sum(' ' in f and f != g for f, g in forms)} with honorifics or titles")
    for label, parse in parsers.items():
        start = time.perf_counter()
        results = [(form, gold, parse(form)) for form, gold in forms]
        took = time.perf_counter() - start
        exact = sum(" ".join(got.lower().split()) == gold.lower() for _, gold, got in results)
        right = sum(name_parts(got) == name_parts(gold) for _, gold, got in results)
        print(f"{label:30s} exact {exact}/{len(forms)} = {exact / len(forms):.3f}   scorer words {right}/{len(forms)}"
              f" = {right / len(forms):.3f}   {took * 1000:.1f} ms")
        for form, gold, got in [r for r in results if " ".join(r[2].lower().split()) != r[1].lower()][:6]:
            print(f"    {form!r:45s} -> {got!r} (gold {gold!r})")
        hard = [(form, want, canonical_name(parse(form))) for form, want in HARD]
        print(f"    hard forms right {sum(got == want for _, want, got in hard)}/{len(hard)}:",
              "; ".join(f"{form!r} -> {got!r}" for form, want, got in hard if got != want) or "all")


if __name__ == "__main__":
    main()
