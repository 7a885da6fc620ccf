"""Peak memory of `ziping run` (the parent and its workers together) over N synthetic text reports, for
several N, to show whether it grows with the number of reports. Prints figures; asserts nothing.

usage: python benchmarks/memory.py [-n 1000 5000 10000] [--keep DIR] [-j 2]

RSS counts a page shared by the parent and its forked workers (jieba's dictionary, the code) once in each
process, so their sum overstates what the machine gives the run; PSS divides each shared page among the
processes that share it, so its sum is the run's real footprint. Both are printed, sampled every 50 ms:
while the workers read (pool) and after (the CSVs, report.xlsx, report.html).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import synthetic  # noqa: E402


def sample(processes: list[psutil.Process]) -> tuple[int, int, int]:
    """(RSS sum, PSS sum, largest RSS) of the processes still alive."""
    rss = pss = one = 0
    for p in processes:
        try:
            m = p.memory_full_info()
        except psutil.Error:
            continue
        rss, pss, one = rss + m.rss, pss + m.pss, max(one, m.rss)
    return rss, pss, one


def measure(folder: Path, out: Path, jobs: int | None) -> dict:
    args = [sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(out), "-q", "--no-db"]
    if jobs:
        args += ["-j", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(proc.pid)
    peaks = {"pool": [0, 0, 0], "after": [0, 0, 0]}
    pool_seen = False
    while proc.poll() is None:
        try:
            children = parent.children(recursive=True)
        except psutil.Error:
            children = []
        pool_seen = pool_seen or bool(children)
        phase = "pool" if children or not pool_seen else "after"
        values = sample([parent, *children])
        peaks[phase] = [max(a, b) for a, b in zip(peaks[phase], values)]
        time.sleep(0.05)
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        print(f"  ziping exited {proc.returncode}: {stderr.strip()[-500:]}")
    return {"wall": time.perf_counter() - start, "peaks": peaks, "stdout": stdout.strip()}


def mb(n: int) -> str:
    return f"{n / 2**20:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, nargs="+", default=[1000, 5000, 10000], help="numbers of reports")
    parser.add_argument("-j", "--jobs", type=int, help="workers (default: one per core)")
    parser.add_argument("--keep", type=Path, help="generate the reports into this folder and keep them")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ziping-memory-"))
    corpus = args.keep or tmp / "corpus"
    try:
        reports = sorted((corpus / "txt").glob("*.txt")) if (corpus / "txt").is_dir() else []
        if len(reports) < max(args.n):
            synthetic.generate(corpus, max(args.n), {"txt": 1.0}, seed=41)
            reports = sorted((corpus / "txt").glob("*.txt"))
        print(f"ziping memory: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; MB, peaks sampled every 50 ms")
        print(f"{'reports':>8} {'wall s':>7} {'RSS sum':>8} {'PSS sum':>8} {'largest':>8} | {'pool RSS':>8} "
              f"{'pool PSS':>8} | {'after RSS':>9} {'after PSS':>9}")
        for n in args.n:
            folder = tmp / f"first-{n}"
            folder.mkdir()
            for path in reports[:n]:
                os.link(path, folder / path.name)
            r = measure(folder, tmp / f"out-{n}", args.jobs)
            pool, after = r["peaks"]["pool"], r["peaks"]["after"]
            print(f"{n:>8} {r['wall']:>7.1f} {mb(max(pool[0], after[0])):>8} {mb(max(pool[1], after[1])):>8} "
                  f"{mb(max(pool[2], after[2])):>8} | {mb(pool[0]):>8} {mb(pool[1]):>8} | {mb(after[0]):>9} "
                  f"{mb(after[1]):>9}", flush=True)
            shutil.rmtree(folder)
            shutil.rmtree(tmp / f"out-{n}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
