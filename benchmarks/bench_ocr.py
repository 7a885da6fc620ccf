"""OCR on scanned copies of the corpus's text PDFs: seconds per page, and the share of each kind of figure
read exactly right (same kind and value as the text layer gives), with the values OCR invented.

    .venv/bin/python benchmarks/bench_ocr.py [PDF...] [--dpi 250]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from scans import scan_pdf  # noqa: E402
from pipeline.process import process  # noqa: E402
from extractors.read_ocr import engine  # noqa: E402


def figures(doc) -> Counter:
    return Counter((f.kind, str(f.value)) for f in doc.figures)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--dpi", type=int, default=250)
    parser.add_argument("--angle", type=float, default=1.0)
    args = parser.parse_args()
    pdfs = args.pdfs or sorted((ROOT / "corpus").glob("*.pdf"))
    engine()       # loading the models is paid once per worker, not per page
    right, total, invented, pages, seconds, cpu = Counter(), Counter(), Counter(), 0, 0.0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in pdfs:
            scan = scan_pdf(pdf, Path(tmp) / pdf.name, dpi=args.dpi, angle=args.angle)
            text, started, started_cpu = process(pdf), time.perf_counter(), time.process_time()
            scanned = process(scan)
            seconds += time.perf_counter() - started
            cpu += time.process_time() - started_cpu
            n_pages = len({p for _, p in scanned.page_starts}) if scanned.status == "ok" else 0
            pages += n_pages
            truth, read = figures(text), figures(scanned)
            for (kind, value), n in truth.items():
                total[kind] += n
                right[kind] += min(n, read[(kind, value)])
            for (kind, value), n in (read - truth).items():
                invented[kind] += n
            missed = truth - read
            print(f"{pdf.name}: {scanned.status} {scanned.error} {n_pages} pages, "
                  f"{sum(min(n, read[k]) for k, n in truth.items())}/{sum(truth.values())} figures; "
                  f"missed {sorted(missed)[:6]} invented {sorted(read - truth)[:6]}")
    print(f"\n{pages} pages at {args.dpi} dpi turned {args.angle}°: {seconds / max(1, pages):.1f} s per page "
          f"({cpu / max(1, pages):.1f} CPU seconds; OCR and the whole flow)")
    for kind in sorted(total):
        print(f"{kind:9} {right[kind]:4}/{total[kind]:<4} exactly right ({right[kind] / total[kind]:.1%}), "
              f"{invented[kind]} values not in the text layer")


if __name__ == "__main__":
    main()
