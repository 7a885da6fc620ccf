"""How long ziping takes on this machine. Prints plain figures; asserts nothing.

usage: python benchmarks/bench.py [--repeat N] [--copies N] [--skip-synthetic]

(a) ziping over corpus/ and over the shared devset (pipeline.batch.run_batch), 1 and 2 workers:
    wall time and reports per second;
(b) per report: reading, and extracting + checking (everything after reading), for the sample
    report and for every corpus and devset report;
(c) when the jionlp package is importable, JioNLP's money extraction alone on the same texts,
    so the bar "extracting and checking a report costs no more than JioNLP's money extraction
    alone on the same text" can be read off (jionlp is not a ziping dependency: install it in a
    separate environment with `pip install jionlp`);
(d) a synthetic batch: N copies of the corpus reports, each with a few bytes changed so that
    every copy has its own doc_id, end to end with 2 workers.
"""
from __future__ import annotations

import argparse
import io
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
DEVSET = SHARED / "devset" / "docs"
SAMPLE = SHARED / "corpus" / "xiangyuan-2024.txt"

try:
    import pipeline  # noqa: F401  (installed with `pip install -e .`)
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from extractors.read import read  # noqa: E402
from pipeline.batch import collect, run_batch  # noqa: E402
from pipeline.process import extract  # noqa: E402
from pipeline.writers import document_record, write_outputs  # noqa: E402


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f} ms"


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1, 5, 15 min)"
    except (AttributeError, OSError):
        return "unknown"


def header(title: str) -> None:
    print()
    print(title)
    print("-" * len(title))


# ---------------------------------------------------------------- (a) batches

def bench_batches(sets: list[tuple[str, list[str]]], repeat: int) -> None:
    header("(a) ziping over a folder: pipeline.batch.run_batch(paths, workers=N)")
    print(f"{'set':<34} {'files':>5} {'workers':>7} {'wall (best)':>12} {'wall (median)':>14} {'reports/s':>10}")
    for label, paths in sets:
        n = len(collect(paths))
        for workers in (1, 2):
            walls = []
            for _ in range(repeat):
                wall, (docs, _) = timed(run_batch, paths, workers=workers)
                walls.append(wall)
            best = min(walls)
            print(f"{label:<34} {n:>5} {workers:>7} {best:>10.3f} s {statistics.median(walls):>12.3f} s "
                  f"{n / best:>10.1f}")
    print("(best and median of", repeat, "runs; each run reads, extracts and checks every file, "
          "checks across documents included; no outputs written)")


# ---------------------------------------------------------------- (b) and (c) per report

def per_report(paths: list[Path], repeat: int, jio_extract) -> None:
    header("(b) per report: read, then extract + check (pipeline.process.extract)"
           + (" / (c) JioNLP money extraction alone" if jio_extract else ""))
    cols = f"{'report':<38} {'chars':>6} {'figures':>7} {'read':>12} {'extract+check':>13}"
    if jio_extract:
        cols += f" {'jionlp money':>12} {'jio found':>9} {'ratio':>7}"
    print(cols)
    totals = {"read": 0.0, "extract": 0.0, "jio": 0.0}
    for path in paths:
        reads, extracts, jios = [], [], []
        doc = None
        for _ in range(repeat):
            t_read, doc = timed(read, path)
            if doc.status != "ok":
                break
            t_extract, doc = timed(extract, doc)
            reads.append(t_read)
            extracts.append(t_extract)
        if doc is None or doc.status != "ok" or not extracts:
            print(f"{path.name:<38} not read: {doc.error if doc else ''}")
            continue
        line = (f"{path.name:<38} {len(doc.text):>6} {len(doc.figures):>7} {ms(statistics.median(reads)):>12} "
                f"{ms(statistics.median(extracts)):>13}")
        totals["read"] += statistics.median(reads)
        totals["extract"] += statistics.median(extracts)
        if jio_extract:
            found = jio_extract(doc.text)
            for _ in range(repeat):
                t_jio, found = timed(jio_extract, doc.text)
                jios.append(t_jio)
            jio = statistics.median(jios)
            totals["jio"] += jio
            line += f" {ms(jio):>12} {len(found):>9} {statistics.median(extracts) / jio:>6.1f}x"
        print(line)
    print(f"{'total (sum of medians)':<38} {'':>6} {'':>7} {ms(totals['read']):>12} {ms(totals['extract']):>13}"
          + (f" {ms(totals['jio']):>12} {'':>9} {totals['extract'] / totals['jio']:>6.1f}x" if jio_extract else ""))
    print(f"(median of {repeat} runs per report, warm: modules and patterns already loaded)")
    if jio_extract:
        ratio = totals["extract"] / totals["jio"]
        verdict = "met" if ratio <= 1 else "NOT met"
        print(f"bar: extract+check ≤ JioNLP money extraction alone on the same texts -> "
              f"ziping/jionlp = {ratio:.2f} over all reports: {verdict}")


def sample_report(repeat: int, jio_extract) -> None:
    header("(b) the sample report: " + (str(SAMPLE) if SAMPLE.exists() else "missing"))
    if not SAMPLE.exists():
        print("shared/corpus/xiangyuan-2024.txt is not beside the checkout; skipped")
        return
    reads, extracts, jios = [], [], []
    doc = None
    for _ in range(repeat):
        t_read, doc = timed(read, SAMPLE)
        t_extract, doc = timed(extract, doc)
        reads.append(t_read)
        extracts.append(t_extract)
    print(f"text: {len(doc.text)} characters, {len(doc.figures)} figures, {len(doc.findings)} findings")
    print(f"read                     median {ms(statistics.median(reads))}   min {ms(min(reads))}")
    print(f"extract + check          median {ms(statistics.median(extracts))}   min {ms(min(extracts))}")
    print(f"read + extract + check   median {ms(statistics.median(r + e for r, e in zip(reads, extracts)))}")
    if jio_extract:
        for _ in range(repeat):
            t_jio, found = timed(jio_extract, doc.text)
            jios.append(t_jio)
        print(f"jionlp money extraction  median {ms(statistics.median(jios))}   min {ms(min(jios))}   "
              f"({len(found)} amounts found; ziping found {sum(f.kind == 'money' for f in doc.figures)} money figures)")
        print(f"ratio extract+check / jionlp money = {statistics.median(extracts) / statistics.median(jios):.1f}")


def load_jionlp():
    header("(c) JioNLP: import and first call")
    try:
        t_import, jionlp = timed(__import__, "jionlp")
    except ImportError:
        print("jionlp is not importable here: install it with `pip install jionlp` (in a separate venv, it is "
              "not a ziping dependency) to compare; skipped")
        return None
    extract_money = getattr(jionlp, "extract_money", None)
    name = "jionlp.extract_money"
    if extract_money is None:        # jionlp 1.5 keeps it under the ner module
        extract_money = jionlp.ner.extract_money
        name = "jionlp.ner.extract_money"
    first, _ = timed(extract_money, "全县共收到衔接资金3122.874万元，其中省级662.874万元。")
    print(f"jionlp {getattr(jionlp, '__version__', '?')}: import {ms(t_import)}, first call of {name} "
          f"(builds its parser) {ms(first)}; timed calls below are warm, text as ziping read it")
    return extract_money


# ---------------------------------------------------------------- (d) synthetic batch

def _vary(data: bytes, suffix: str, n: int) -> bytes:
    """The same report with a few bytes changed, so that its doc_id differs."""
    tag = "".join(chr(ord("a") + int(d)) for d in f"{n:04d}")     # no digits: not a figure
    if suffix == ".pdf":
        return data + f"\n%ziping bench copy {tag}\n".encode()
    if suffix == ".docx":
        buffer = io.BytesIO(data)
        with zipfile.ZipFile(buffer, "a") as zf:
            zf.comment = f"ziping bench copy {tag}".encode()
        return buffer.getvalue()
    line = f"\n# ziping bench copy {tag}\n"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data + line.encode("utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be")
    return data + line.encode("ascii")


def synthetic(copies: int) -> None:
    header(f"(d) synthetic batch: {copies} copies of the corpus reports, 2 workers, end to end")
    reports = sorted(p for p in CORPUS.glob("*") if p.is_file())
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "reports", Path(tmp) / "out"
        folder.mkdir()
        for n in range(copies):
            source = reports[n % len(reports)]
            (folder / f"{n:03d}-{source.name}").write_bytes(_vary(source.read_bytes(), source.suffix, n))
        size = sum(p.stat().st_size for p in folder.iterdir())
        wall, (docs, cross) = timed(run_batch, [str(folder)], workers=2)
        t_write, _ = timed(write_outputs, out, [document_record(d) for d in docs], cross)
        ok = sum(d.status == "ok" for d in docs)
        print(f"{copies} files ({size / 1e6:.1f} MB) from {len(reports)} reports; {len({d.doc_id for d in docs})} "
              f"distinct doc_ids; {ok} ok, {len(docs) - ok} error; {sum(len(d.figures) for d in docs)} figures")
        print(f"in process: run_batch {wall:.3f} s + write_outputs {t_write:.3f} s = {wall + t_write:.3f} s, "
              f"{copies / (wall + t_write):.1f} reports/s")
        shutil.rmtree(out)
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(out), "-j", "2"],
                                capture_output=True, text=True, cwd=tmp)
        cli = time.perf_counter() - start
        print(f"command line (python -m pipeline run ... -j 2, interpreter start included): {cli:.3f} s, "
              f"{copies / cli:.1f} reports/s, exit {result.returncode}")
        if result.returncode != 0:
            print(result.stderr.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (default 5)")
    parser.add_argument("--batch-repeat", type=int, default=3, help="runs per batch measurement (default 3)")
    parser.add_argument("--copies", type=int, default=150, help="files in the synthetic batch (default 150)")
    parser.add_argument("--skip-synthetic", action="store_true")
    args = parser.parse_args()

    print(f"ziping benchmark: {platform.platform()}, Python {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, {platform.processor() or platform.machine()}")
    print(f"load average at start: {load()} (other work on the machine makes the figures noisy)")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    print(f"LibreOffice: {soffice or 'not installed'} (corpus/broken/old-format.doc goes through it when installed)")

    cold, _ = timed(lambda: extract(read(CORPUS / "sichuan-cangxi-2023.txt")))
    print(f"first report in this process (loads patterns, dictionaries): {ms(cold)}")

    sets = [("corpus/ (all, broken/ included)", [str(CORPUS)]),
            ("corpus/ reports only (no broken/)", [str(p) for p in sorted(CORPUS.glob("*")) if p.is_file()])]
    if DEVSET.exists():
        sets.append(("shared devset", [str(DEVSET)]))
    else:
        print("shared devset is not beside the checkout; skipped")
    bench_batches(sets, args.batch_repeat)

    jio_extract = load_jionlp()
    sample_report(args.repeat, jio_extract)
    paths = [Path(p) for p, _ in collect([str(p) for p in sorted(CORPUS.glob("*")) if p.is_file()])]
    if DEVSET.exists():
        paths += [Path(p) for p, _ in collect([str(DEVSET)])]
    per_report(paths, args.repeat, jio_extract)

    if not args.skip_synthetic:
        synthetic(args.copies)
    print()
    print(f"load average at end: {load()}")


if __name__ == "__main__":
    main()
