"""One large text at a time through `ziping run`: seconds, CPU seconds per MB, peak memory, and what became
of it (read, or refused by a cap). Prints figures; asserts nothing.

usage: python benchmarks/large_text.py [--sizes 1 10 60] [--hostile-chars 990000] [--without-cap]

- exports: many synthetic reports (benchmarks/synthetic.py) in one UTF-8 file of each size, as a
  province's reports exported into one .txt;
- hostile texts of about --hostile-chars characters each (just under the cap of a million): a table of one
  row per line, two rows of thousands of cells, a run of digits, a run of 一, a figure every 9 characters
  (0 skips them);
- --without-cap runs ziping with the caps of extractors/sniff.py (bytes, characters, figures) lifted, to
  measure what reading such a text as one document would cost (memory grows with the text: 60 MB would
  need some 15 GB).
"""
from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import synthetic  # noqa: E402
from scale import big_text, mb, ziping  # noqa: E402

HOSTILE = {
    "table, a row per line": lambda n: "指标\t分值\t得分\n" + "产出数量\t10\t9\n" * (n // 10),
    "two rows of thousands of cells": lambda n: "\n".join(["\t".join(["项目", "资金100万元"] * (n // 22))] * 2),
    "a run of digits": lambda n: "二期工程资金" + "1" * (n - 9) + "期项目",
    "a run of 一": lambda n: "资金" + "一" * (n - 4) + "万元",
    "a figure every 9 characters": lambda n: "资金100万元，其中省级40万元。\n" * (n // 18),
}
# ziping's command line with the caps lifted (measuring only)
WITHOUT_CAP = ("import sys, extractors.sniff, pipeline.process as p; from pipeline.cli import main; "
               "extractors.sniff.MAX_TEXT_BYTES = p.MAX_TEXT_CHARS = p.MAX_FIGURES = 10**12; sys.exit(main())")


def outcome(out: Path) -> tuple[str, int]:
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as f:
        row = next(csv.DictReader(f))
    return ("read" if row["status"] == "ok" else f"error: {row['error'][:40]}…"), int(row["n_facts"] or 0)


def measure(path: Path, out: Path, without_cap: bool) -> None:
    size = path.stat().st_size / 2**20
    entry = ("-c", WITHOUT_CAP) if without_cap else ("-m", "pipeline")
    wall, _, one, _, cpu = ziping([str(path), "-o", str(out)], entry=entry)
    status, facts = outcome(out)
    print(f"{path.name:<40} {size:7.1f} {wall:8.2f} {cpu:8.2f} {cpu / size:8.2f} {mb(one):>9} {facts:>9}  {status}",
          flush=True)
    shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 60],
                        help="MB of each export (default 1 10 60)")
    parser.add_argument("--hostile-chars", type=int, default=990_000,
                        help="characters of each hostile text (0 skips them)")
    parser.add_argument("--reports", type=int, default=300, help="distinct synthetic reports the exports repeat")
    parser.add_argument("--without-cap", action="store_true", help="lift the caps (measuring only)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ziping-large-"))
    try:
        synthetic.generate(tmp / "reports", args.reports, {"txt": 1.0})
        reports = sorted((tmp / "reports" / "txt").iterdir())
        print(f"ziping on one large text at a time: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}"
              f"{', caps lifted' if args.without_cap else ''}")
        print(f"{'file':<40} {'MB':>7} {'wall s':>8} {'CPU s':>8} {'CPU s/MB':>8} {'peak RSS':>9} {'facts':>9}  outcome")
        for size in args.sizes:
            path = tmp / f"export-{size:g}MB.txt"
            big_text(path, int(size * 2**20), reports)
            measure(path, tmp / "out", args.without_cap)
            path.unlink()
        if args.hostile_chars:
            for name, make in HOSTILE.items():
                path = tmp / f"{name}.txt"
                path.write_text(make(args.hostile_chars), encoding="utf-8")
                measure(path, tmp / "out", args.without_cap)
                path.unlink()
        print("(CPU = user + system of ziping and its workers; peak RSS = the largest process, sampled every 20 ms;\n"
              " a text is one document, read by one process whatever the cores)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
