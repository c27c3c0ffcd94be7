"""Property: any bytes given to a loader give a Document or the library's InputError;
never a Python error and never a StageError (a loader defect)."""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_cli.errors import InputError
from minutes_cli.loaders import load
from minutes_cli.settings import Settings

from . import paper
from .test_html_systems import ASPNET, INFOCOUNCIL, LEGISTAR, MODERNGOV, PARISH

TAGS = ["div", "p", "span", "TABLE", "tr", "td", "th", "ul", "ol", "li", "a", "form", "br", "sup",
        "h2", "nav", "aside", "header", "footer", "strong", "script", "style", "select", "option", "dl", "dd"]
ATTRS = ["", " class='sidebar'", " id='content'", " role='main'", " class='menu nav'", " hidden",
         " style='display:none'", " type='a' start='x'", " class=\"has-sidebar search\"", " CLASS=mgWordPara"]
DEBRIS = ["<!-- c -->", "<!--[if IE]><p>x</p><![endif]-->", "<![CDATA[x < y]]>", "<?php echo 1 ?>", "&nbsp;",
          "&amp;", "&#0;", "&bogus;", "<", ">", "</div>", "</td>", "<img src='data:image/png;base64,iVBORw0KGgo='>",
          "<meta charset='utf-16'>", "<?xml version='1.0' encoding='utf-8'?>", "\x00", "\ufeff", "\r"]
WORDS = st.sampled_from(["RESOLVED:", "That", "the", "report", "be", "noted.", "12 March 2024", "1.", "Cllr",
                         "Smith", "|", "Item", "4", "£100", "drug", "s", "Présent"])


@st.composite
def elements(draw: st.DrawFn, depth: int = 0) -> str:
    """A random element: tag, attributes, words and children, sometimes left unclosed."""
    tag = draw(st.sampled_from(TAGS))
    parts = [draw(st.one_of(WORDS, st.sampled_from(DEBRIS))) for _ in range(draw(st.integers(0, 4)))]
    if depth < 4:
        parts += [draw(elements(depth + 1)) for _ in range(draw(st.integers(0, 3)))]
    close = draw(st.booleans()) or depth == 0
    return f"<{tag}{draw(st.sampled_from(ATTRS))}>{' '.join(parts)}" + (f"</{tag}>" if close else "")


def _load_or_input_error(data: bytes, name: str) -> None:
    try:
        doc = load(data, name, Settings())
    except InputError as exc:
        message = str(exc)
        assert message.startswith(f"{name}: ") and "\n" not in message
        return
    for block in doc.blocks:  # spans index the text
        assert 0 <= block.span.start <= block.span.end <= len(doc.text)


def _mutate(data: bytes, cuts: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for position, length, insert in cuts:
        at = position % (len(out) + 1)
        out[at:at + length] = insert
    return bytes(out)


MUTATIONS = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 40), st.binary(max_size=8)), max_size=6)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.lists(elements(), min_size=1, max_size=4), st.sampled_from(["", "<html><body>", "<!DOCTYPE html>"]))
def test_generated_html_loads_or_is_an_input_error(body: list[str], start: str) -> None:
    _load_or_input_error((start + "".join(body)).encode("utf-8"), "page.html")


@FAST
@given(st.sampled_from([LEGISTAR, INFOCOUNCIL, MODERNGOV, ASPNET, PARISH]), MUTATIONS)
def test_mutated_system_pages_load_or_are_input_errors(page: str, cuts: list[tuple[int, int, bytes]]) -> None:
    _load_or_input_error(_mutate(page.encode("utf-8"), cuts), "page.html")


@functools.lru_cache(maxsize=None)
def _pdf() -> bytes:
    return paper.pdf_bytes()


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MUTATIONS)
def test_mutated_pdfs_load_or_are_input_errors(cuts: list[tuple[int, int, bytes]]) -> None:
    _load_or_input_error(_mutate(_pdf(), cuts), "paper.pdf")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["docx", "md", "txt"]), MUTATIONS)
def test_mutated_docx_markdown_and_text_load_or_are_input_errors(fmt: str, cuts: list[tuple[int, int, bytes]]) -> None:
    source = {"docx": _docx(), "md": b"---\ntitle: T\ndate: 2021-02-30\ntags: [a]\n---\n# Minutes\n\n[x](y) *a*\n",
              "txt": paper.plain_text().encode("utf-8")}[fmt]
    _load_or_input_error(_mutate(source, cuts), f"paper.{fmt}")


@functools.lru_cache(maxsize=None)
def _docx() -> bytes:
    return paper.docx_bytes()
