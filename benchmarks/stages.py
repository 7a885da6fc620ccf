"""Where a worker's time goes, stage by stage, per document. Prints figures; asserts nothing.

usage: python benchmarks/stages.py [FOLDER] [-n 1000] [--profile]

In one process, over the files of FOLDER (default: 1,000 synthetic .txt reports, benchmarks/synthetic.py): the
milliseconds per document of reading, of each stage of extraction and of the checks (pipeline/process.py,
pipeline/checks/__init__.py), and of what a worker writes (the document's record, its <doc_id>.json, its
files and part on disk). With --profile, pyinstrument's profile of extraction and writing instead (the bench
extra installs it; cProfile makes the many small calls of extraction look several times dearer than they are).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from functools import wraps
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import synthetic  # noqa: E402
from extractors.read import read  # noqa: E402
from pipeline import batch, checks, parts, process, writers  # noqa: E402

EXTRACT = ["normalize", "read_metadata", "find_sections", "scan_figures", "table_figures", "place_figures",
           "mark_ocr", "label_figures", "read_context", "assign_fields", "read_indicator_rows"]
CHECKS = ["check_canonical", "check_context", "check_text", "check_tables", "check_scores", "check_plausible"]


def timed(module, name: str, seconds: dict[str, float]) -> None:
    """Replace module.name by the same function adding its time to seconds[name]."""
    fn = getattr(module, name)

    @wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start
    setattr(module, name, wrapper)


def one(path: Path, out: Path, seconds: dict[str, float]) -> None:
    """A document as a worker handles it (batch.process_file), each step timed."""
    steps = []
    start = time.perf_counter()
    doc = read(path)
    steps.append(("read", time.perf_counter()))
    process.extract(doc)
    steps.append(("extract and check", time.perf_counter()))
    record = writers.document_record(doc)
    steps.append(("record (CSV rows, summary)", time.perf_counter()))
    files = writers.document_files(doc)
    steps.append(("<doc_id>.json", time.perf_counter()))
    batch.write_files(out, files)
    parts.save(out, parts.part_key(doc.doc_id, str(path)), record)
    steps.append(("files and part on disk", time.perf_counter()))
    for name, at in steps:
        seconds[name] = seconds.get(name, 0.0) + at - start
        start = at


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="files to read (default: synthetic .txt reports)")
    parser.add_argument("-n", type=int, default=1000, help="documents (default 1000)")
    parser.add_argument("--profile", action="store_true", help="pyinstrument's profile instead of the timers")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ziping-stages-"))
    try:
        if args.folder is None:
            args.folder = synthetic.txt_folder(tmp, args.n)
        files = sorted(p for p in args.folder.iterdir() if p.is_file())[:args.n]
        out = tmp / "out"
        out.mkdir()
        batch.warm_up()
        if args.profile:
            from pyinstrument import Profiler
            docs = [read(p) for p in files]
            profiler = Profiler(interval=0.0002)
            profiler.start()
            for doc in docs:
                process.extract(doc)
                writers.document_record(doc)
                writers.document_files(doc)
            profiler.stop()
            print(profiler.output_text(unicode=True))
            return
        stages: dict[str, float] = {}
        for name in EXTRACT:
            timed(process, name, stages)
        for name in CHECKS:
            timed(checks, name, stages)
        steps: dict[str, float] = {}
        for path in files:
            one(path, out, steps)
        n = len(files)
        print(f"{n} documents from {args.folder}, ms per document (one process)")
        for name, seconds in steps.items():
            print(f"  {name:<28}{seconds * 1000 / n:7.3f}")
            if name == "extract and check":
                for stage, s in sorted(stages.items(), key=lambda item: -item[1]):
                    print(f"      {stage:<24}{s * 1000 / n:7.3f}")
        print(f"  {'all':<28}{sum(steps.values()) * 1000 / n:7.3f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
