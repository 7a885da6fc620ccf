"""report.html in a real browser: Debian's chromium, driven by Playwright (never a downloaded browser).
It loads the page from disk, filters the overview, opens a document, finds its highlighted figures,
chooses a finding and sees its figures highlighted, shows a hostile report's script as text, and logs
no console error. The screenshots are kept in the test's tmp folder."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import read_csv
from hostile import IMAGE, SCRIPT, hostile_run

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:     # the test extra is not installed
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="playwright (the test extra) is not installed"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make setup installs it)"),
]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def _open(browser, page_path: Path, problems: list):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("request", lambda r: problems.append(f"request: {r.url}") if not r.url.startswith("file:") else None)
    page.goto(page_path.as_uri())
    return page


def test_review_page_in_chromium(browser, corpus_run, tmp_path):
    problems: list[str] = []
    page = _open(browser, corpus_run / "report.html", problems)
    docs = read_csv(corpus_run / "documents.csv")
    rows = page.locator("#overview tbody tr:visible")
    assert rows.count() == len(docs)
    page.screenshot(path=str(tmp_path / "overview.png"))

    page.select_option("#f-severity", "error")
    with_errors = [d for d in docs if d["n_errors"] not in ("", "0")]
    assert rows.count() == len(with_errors) > 0
    page.fill("#f-county", "郧西")
    assert rows.count() == sum("郧西" in d["county"] for d in with_errors) > 0
    page.fill("#f-county", "")
    page.select_option("#f-severity", "failed")
    assert rows.count() == sum(d["status"] != "ok" for d in docs)
    page.select_option("#f-severity", "")
    province = next(d["province"] for d in docs if d["province"])
    page.select_option("#f-province", province)
    assert rows.count() == sum(d["province"] == province for d in docs)
    page.select_option("#f-province", "")
    years = page.locator("#overview th", has_text="年度")
    years.click()
    shown = [int(y) for y in page.locator("#overview tbody tr td:nth-child(4)").all_inner_texts() if y]
    assert shown == sorted(shown) and years.get_attribute("aria-sort") == "ascending"
    years.click()
    shown = [int(y) for y in page.locator("#overview tbody tr td:nth-child(4)").all_inner_texts() if y]
    assert shown == sorted(shown, reverse=True)

    doc = with_errors[0]
    page.click(f'#overview tr[data-doc="{doc["doc_id"]}"]')
    marks = page.locator("#text mark[data-fact-id]")
    expect(marks.first).to_be_attached()
    assert marks.count() > 0
    assert marks.count() <= int(doc["n_facts"])
    first = page.locator("#findings li").first
    assert first.get_attribute("data-finding-id").startswith(doc["doc_id"])
    assert "错误" in first.inner_text(), "errors first"
    findings = {f["finding_id"]: f for f in read_csv(corpus_run / "findings.csv")}
    chosen = page.locator("#findings li", has=page.locator(".sev-error")).first
    chosen.click()
    involved = set(findings[chosen.get_attribute("data-finding-id")]["facts"].split())
    highlighted = {m.get_attribute("data-fact-id") for m in page.locator("#text mark.hl").all()}
    assert highlighted and highlighted <= involved
    marks.first.hover()
    expect(page.locator("#tip")).to_contain_text("数值：")
    page.screenshot(path=str(tmp_path / "document.png"))
    assert problems == []


def test_hostile_report_is_shown_as_text(browser, tmp_path):
    out = hostile_run(tmp_path)
    problems: list[str] = []
    page = _open(browser, out / "report.html", problems)
    page.click("#overview tbody tr")
    expect(page.locator("#text")).to_contain_text(SCRIPT)     # (the text is drawn after the click: wait for it)
    text = page.locator("#text").inner_text()
    assert SCRIPT in text and IMAGE in text
    assert page.locator("#text script, #text img").count() == 0
    marks = {m.get_attribute("data-fact-id"): m.inner_text() for m in page.locator("#text mark").all()}
    assert marks == {f["fact_id"]: f["text"] for f in read_csv(out / "facts.csv")}
    assert problems == []
