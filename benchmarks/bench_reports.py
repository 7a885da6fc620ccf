"""How long the reviewer outputs take: report.xlsx, report.html and the database step, after a run over
corpus/ and over a synthetic batch of N copies (default 150), and how the page behaves in Chromium.
Prints plain figures; asserts nothing.

usage: python benchmarks/bench_reports.py [--copies N] [--out DIR]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import CORPUS, _vary, load  # noqa: E402

from pipeline.batch import run  # noqa: E402
from pipeline.dataset import add_run  # noqa: E402
from pipeline.frames import csv_rows  # noqa: E402
from pipeline.report_html import write_review_page  # noqa: E402
from pipeline.report_xlsx import write_workbook  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def outputs(name: str, paths: list[str], out: Path) -> None:
    done = run(paths, out, workers=2)          # the CSVs and each document's files, as a run writes them
    t_db, _ = timed(add_run, out / "ziping.duckdb", out)
    t_db_again, _ = timed(add_run, out / "ziping.duckdb", out)
    t_xlsx, _ = timed(write_workbook, out)
    t_html, _ = timed(write_review_page, out)
    kb = lambda p: (out / p).stat().st_size / 1024  # noqa: E731
    print(f"{name}: {done.documents} documents, {done.facts} figures")
    print(f"  database (new file) {t_db:.3f} s, the same run again {t_db_again:.3f} s, "
          f"{kb('ziping.duckdb'):.0f} KB")
    print(f"  report.xlsx {t_xlsx:.3f} s, {kb('report.xlsx'):.0f} KB")
    print(f"  report.html {t_html:.3f} s, {kb('report.html'):.0f} KB")
    browse(out / "report.html", out / "documents.csv")


def browse(page_path: Path, documents: Path) -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("  (playwright not installed: no browser figures)")
        return
    if not CHROMIUM.exists():
        print("  (no /usr/bin/chromium: no browser figures)")
        return
    biggest = max((r for r in csv_rows(documents) if r["status"] == "ok"), key=lambda r: int(r["n_facts"]))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS + ["--enable-precise-memory-info"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        start = time.perf_counter()
        page.goto(page_path.as_uri(), wait_until="load")
        loaded = time.perf_counter() - start
        timing = page.evaluate("JSON.stringify(performance.getEntriesByType('navigation')[0].toJSON())")
        start = time.perf_counter()
        page.click(f'#overview tr[data-doc="{biggest["doc_id"]}"]')
        page.locator("#text mark").first.wait_for()
        opened = time.perf_counter() - start
        start = time.perf_counter()
        page.locator("#findings li").first.click()
        chose = time.perf_counter() - start
        start = time.perf_counter()
        page.select_option("#f-severity", "error")
        filtered = time.perf_counter() - start
        heap = page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0") / 1e6
        browser.close()
    import json
    nav = json.loads(timing)
    print(f"  Chromium: page load {loaded * 1000:.0f} ms (domContentLoaded at {nav['domContentLoadedEventEnd']:.0f} ms, "
          f"load at {nav['loadEventEnd']:.0f} ms), JS heap {heap:.1f} MB")
    print(f"  opening the document with most figures ({biggest['n_facts']}) {opened * 1000:.0f} ms, "
          f"choosing a finding {chose * 1000:.0f} ms, filtering the overview {filtered * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=150)
    parser.add_argument("--out", type=Path, default=None, help="keep the outputs here (default: a tmp folder)")
    args = parser.parse_args()
    print(f"load average {load()}")
    with tempfile.TemporaryDirectory() as tmp:
        root = args.out or Path(tmp)
        outputs("corpus/", [str(CORPUS)], root / "corpus-out")
        folder = root / "copies"
        folder.mkdir(parents=True, exist_ok=True)
        reports = sorted(p for p in CORPUS.glob("*") if p.is_file())
        for n in range(args.copies):
            source = reports[n % len(reports)]
            (folder / f"{n:03d}-{source.name}").write_bytes(_vary(source.read_bytes(), source.suffix, n))
        outputs(f"{args.copies} copies", [str(folder)], root / "copies-out")


if __name__ == "__main__":
    main()
