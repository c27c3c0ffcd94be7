"""Regenerate docs/show.png, the README's screenshot of `minutes show`.

Renders the parish minutes fixture over its golden record, opens it in Debian's headless
Chromium (chromium + chromium-driver), clicks the third decision's highlight and
saves the window.

    .venv/bin/python docs/screenshot_show.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from minutes_cli.show import show_path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "fixtures" / "minutes" / "parish-full-minutes.txt.yaml"


def main() -> None:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1040", "--hide-scrollbars"):
        options.add_argument(arg)
    with tempfile.TemporaryDirectory() as tmp:
        options.add_argument(f"--user-data-dir={tmp}/profile")
        page = Path(tmp) / "page.html"
        page.write_text(show_path(GOLDEN).html, encoding="utf-8")
        driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
        try:
            driver.get(page.as_uri())
            n = driver.find_elements(By.CSS_SELECTOR, "#panel a.entry.k-decision")[2].get_attribute("data-h")
            driver.find_element(By.ID, f"h{n}").click()  # a click in the text: the page stays at the top
            driver.save_screenshot(str(ROOT / "docs" / "show.png"))
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
