"""Where a whole `ziping run` spends its time: the main process against its workers, phase by phase. Prints
figures; asserts nothing.

usage: python benchmarks/phases.py [FOLDER] [-n 2000] [--db]

Runs `ziping run FOLDER -q --no-db` (with --db: into a new database, as a run does by default) in this process
(default: 2,000 synthetic .txt reports, benchmarks/synthetic.py) and prints, at each phase's end, the wall
seconds since start, the CPU seconds of the main process and those of its children so far (the pool's workers
once they have exited; then the process that writes report.html), all counted from the run's start; and
before them, what importing ziping took. stages.py breaks a worker's time down.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import synthetic  # noqa: E402

IMPORTING = time.perf_counter(), time.process_time()
from pipeline import batch, cli, engines, reports  # noqa: E402
from pipeline.batch import run  # noqa: E402,F401  (what the cli imports when it runs: all of extraction)

IMPORTED = time.perf_counter() - IMPORTING[0], time.process_time() - IMPORTING[1]

marks: list[tuple[str, float, float, float]] = []


def mark(name: str) -> None:
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    marks.append((name, time.perf_counter(), own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime))


def after(module, name: str, label: str) -> None:
    """module.name, marking label when it returns."""
    fn = getattr(module, name)

    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        finally:
            mark(label)
    setattr(module, name, wrapper)


def pool_marks(fn):
    """engines.local, marking its start, its first result and its last."""
    def wrapper(*args, **kwargs):
        mark("files listed, warm-up and pool next")
        first = True
        for result in fn(*args, **kwargs):
            if first:
                mark("first document back from a worker")
                first = False
            yield result
        mark("last document back")
    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="files to read (default: synthetic .txt reports)")
    parser.add_argument("-n", type=int, default=2000, help="synthetic reports when no folder is given (default 2000)")
    parser.add_argument("--db", action="store_true", help="add the run to a new DuckDB database, as by default")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ziping-phases-"))
    try:
        if args.folder is None:
            args.folder = synthetic.txt_folder(tmp, args.n)
        mark("start")
        after(batch, "run", "documents read, CSVs and report.xlsx's rows written, checks across documents")
        after(reports, "finish_run", ("database, " if args.db else "") + "report.xlsx closed, report.html written")
        engines.local = pool_marks(engines.local)
        db = ["--db", str(tmp / "ziping.duckdb")] if args.db else ["--no-db"]
        cli.main(["run", str(args.folder), "-o", str(tmp / "out"), "-q", *db])
        print(f"{'wall s':>7} {'main CPU s':>10} {'children CPU s':>14}  phase ended")
        print(f"{IMPORTED[0]:7.2f} {IMPORTED[1]:10.2f} {'':>14}  importing ziping (before the run, not counted below)")
        _, wall0, own0, children0 = marks[0]
        for name, wall, own, children in marks[1:]:
            print(f"{wall - wall0:7.2f} {own - own0:10.2f} {children - children0:14.2f}  {name}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
