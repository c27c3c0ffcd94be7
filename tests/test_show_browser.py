"""minutes show in a real browser: headless Chromium (Debian's chromium + chromium-driver)
driven by selenium.

For each fixture (a paper with its golden beside it): the page loads with no console
error, holds one highlight per span of the record and the normalised text exactly, a
click on every side-panel entry scrolls its highlight into view and shows its value,
j/k step through the entries, and a screenshot and a printed PDF go to artifacts/show/
(kept by CI, never compared by pixels). Skips, with the reason, when chromium is absent.
"""

from __future__ import annotations

import base64
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest

from minutes_cli.api import parse_document
from minutes_cli.loaders import load
from minutes_cli.records import loads, to_record
from minutes_cli.settings import Settings
from minutes_cli.show import render

from support import FIXTURES, ROOT
from test_show import HOSTILE, record_spans

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900")
ARTIFACTS = ROOT / "artifacts" / "show"
GOLDENS = sorted(FIXTURES.rglob("*.yaml"))


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not (Path(CHROMIUM).is_file() and Path(DRIVER).is_file()):
        pytest.skip("chromium and chromedriver not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed (pip install -e '.[test]')")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ARGS:
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(30)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def _open(driver: Any, html: str, path: Path) -> None:
    path.write_text(html, encoding="utf-8")
    driver.get(path.as_uri())
    driver.get_log("browser")  # start each page with an empty log


def _errors(driver: Any) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


IN_VIEW = """
const r = document.getElementById(arguments[0]).getBoundingClientRect();
return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
"""


AFTER_CLICK = """
const h = arguments[0], el = document.getElementById('h' + h), r = el.getBoundingClientRect();
const active = document.querySelector('#panel a.entry.active');
const label = JSON.parse(document.getElementById('minutes-data').textContent).marks[h][4];
return {inView: r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth,
        flash: el.classList.contains('flash'), info: !document.getElementById('info').hidden,
        value: document.getElementById('info-body').textContent.startsWith(label),
        active: active && active.getAttribute('data-h') === String(h)};
"""
SAMPLE = 12  # entries clicked per page, spread from the last to the first


def _check_entry(driver: Any, entry: Any) -> None:
    h = int(entry.get_attribute("data-h"))
    entry.click()
    state = driver.execute_script(AFTER_CLICK, h)
    assert state == {"inView": True, "flash": True, "info": True, "value": True, "active": True}, f"h{h}"


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.parent.name + "/" + p.name)
def test_fixture_page_in_chromium(browser: Any, golden: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    record = loads(golden.read_text(encoding="utf-8"), str(golden))
    paper = golden.with_name(golden.name[: -len(".yaml")])
    doc = load(paper.read_bytes(), paper.name, Settings())
    _open(browser, render(record, doc.text, doc.blocks), tmp_path / "page.html")
    assert browser.execute_script("return document.getElementById('text').textContent") == doc.text
    first = browser.execute_script("return document.querySelectorAll('#text .hl[id]').length")
    assert first == len(list(record_spans(record))) == browser.execute_script(
        "return document.querySelectorAll('#text .hl:not(.cont)').length")
    entries = browser.find_elements(By.CSS_SELECTOR, "#panel a.entry")
    assert entries
    step = max(1, len(entries) // SAMPLE)
    for entry in reversed(entries[::-step][::-1] if step > 1 else entries):  # bottom up: each click must scroll
        _check_entry(browser, entry)
    _check_entry(browser, entries[0])
    browser.find_element(By.TAG_NAME, "body").send_keys("jjk")  # from the first entry (clicked last): 2nd, 3rd, 2nd
    active = browser.execute_script("return document.querySelector('#panel a.entry.active').getAttribute('data-h')")
    assert active == entries[min(1, len(entries) - 1)].get_attribute("data-h")
    assert browser.execute_script(IN_VIEW, f"h{active}")
    entries[len(entries) // 2].click()
    name = f"{golden.parent.name}-{paper.stem}"
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))
    _check_print(browser, name)
    assert _errors(browser) == []


PRINTED = """
const css = (sel, prop) => getComputedStyle(document.querySelector(sel)).getPropertyValue(prop);
return [css('#info', 'display'), css('.help', 'display'), css('#panel', 'position'), css('#panel', 'overflow-y'),
        css('#text', 'white-space')];
"""


def _check_print(driver: Any, name: str) -> None:
    """Printed, the value box and the help go, the panel follows the text in full, text wraps."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert driver.execute_script(PRINTED) == ["none", "none", "static", "visible", "pre-wrap"]
        if name == "minutes-parish-full-minutes":  # one printed PDF as an artefact (printing takes ~2 s)
            pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {})["data"])
            assert pdf.startswith(b"%PDF")
            (ARTIFACTS / f"{name}.pdf").write_bytes(pdf)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_a_click_on_a_date_shows_its_iso_value(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    golden = FIXTURES / "minutes" / "parish-full-minutes.txt.yaml"
    record = loads(golden.read_text(encoding="utf-8"), str(golden))
    doc = load(golden.with_suffix("").read_bytes(), "parish-full-minutes.txt", Settings())
    html = render(record, doc.text, doc.blocks)
    _open(browser, html, tmp_path / "page.html")
    n = next(i for i, m in enumerate(_marks(browser)) if m[2] == "date" and m[3] == "$.dates[1].span")
    browser.find_element(By.ID, f"h{n}").click()
    shown = browser.find_element(By.ID, "info-body").text
    assert record["dates"][1]["value"] in shown and "date" in shown
    speaker = next(i for i, m in enumerate(_marks(browser)) if m[3] == "$.speakers[4].span")
    browser.find_element(By.ID, f"h{speaker}").click()
    shown = browser.find_element(By.ID, "info-body").text
    assert "Helen Marsh" in shown and "Chair" in shown
    browser.find_element(By.TAG_NAME, "body").send_keys("\ue00c")  # Escape closes the box
    assert browser.find_element(By.ID, "info").get_attribute("hidden") is not None
    assert _errors(browser) == []


def _marks(driver: Any) -> list[list[Any]]:
    return driver.execute_script("return JSON.parse(document.getElementById('minutes-data').textContent).marks;")


def test_hostile_paper_shows_its_markup_as_text(browser: Any, tmp_path: Path) -> None:
    text = HOSTILE + "\n<script>window.pwned = 1</script>\n\n<img src=x onerror=\"window.pwned = 2\">\n"
    doc = parse_document(text.encode(), "hostile.txt")
    _open(browser, render(to_record(doc), doc.text, doc.blocks), tmp_path / "hostile.html")
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    shown = browser.execute_script("return document.getElementById('text').textContent")
    assert shown == doc.text and "<script>window.pwned = 1</script>" in shown
    assert browser.execute_script("return document.querySelectorAll('#text script, #text img').length") == 0
    assert _errors(browser) == []


def test_paged_paper_shows_page_numbers(browser: Any, tmp_path: Path) -> None:
    pytest.importorskip("fpdf")
    from loaders.paper import pdf_bytes

    doc = parse_document(pdf_bytes(), "paper.pdf")
    _open(browser, render(to_record(doc), doc.text, doc.blocks), tmp_path / "paged.html")
    labels = browser.execute_script(
        "return Array.from(document.querySelectorAll('#text .page'), p => getComputedStyle(p, '::before').content);")
    pages = sorted({b.page for b in doc.blocks if b.page is not None})
    assert len(pages) >= 3 and labels == [f'"page {p}"' for p in pages]  # page 2 is "intentionally left blank"
    assert browser.execute_script("return document.getElementById('text').textContent") == doc.text
    browser.save_screenshot(str(ARTIFACTS / "paged-pdf.png"))
    assert _errors(browser) == []
