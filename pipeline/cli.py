"""ziping run PATH... [-o DIR] [--db PATH | --no-db]; ziping export; ziping history COUNTY"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .batch import run_batch
from .dataset import DEFAULT_DB
from .history import export, history
from .reports import finish_run
from .writers import write_outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ziping", description="把衔接资金绩效自评报告变成结构化、可核对的数据。")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="read reports (files or folders) and write the tables")
    run.add_argument("paths", nargs="+", metavar="PATH")
    run.add_argument("-o", "--out", default="outputs", metavar="DIR", help="output folder (default: outputs/)")
    run.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: one per core)")
    run.add_argument("--db", default=str(DEFAULT_DB), metavar="PATH",
                     help=f"DuckDB database the run is added to (default: {DEFAULT_DB})")
    run.add_argument("--no-db", action="store_true", help="do not add the run to a database")
    exp = commands.add_parser("export", help="write the database's county_year table to a file")
    exp.add_argument("--db", default=str(DEFAULT_DB), metavar="PATH")
    exp.add_argument("--format", choices=["csv", "parquet", "xlsx"], default=None,
                     help="default: from the output file's suffix")
    exp.add_argument("-o", "--out", required=True, metavar="FILE")
    hist = commands.add_parser("history", help="one county's years side by side")
    hist.add_argument("county")
    hist.add_argument("--db", default=str(DEFAULT_DB), metavar="PATH")
    args = parser.parse_args(argv)
    if args.command == "export":
        return export(Path(args.db), Path(args.out), args.format)
    if args.command == "history":
        return history(Path(args.db), args.county)

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"ziping: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".ziping-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        print(f"ziping: cannot write to output folder {out}: {exc.strerror}", file=sys.stderr)
        return 2
    docs, cross = run_batch(args.paths, args.jobs)
    write_outputs(out, docs, cross)
    finish_run(out, None if args.no_db else Path(args.db))
    failed = sum(d.status != "ok" for d in docs)
    n_facts = sum(len(d.figures) for d in docs)
    n_errors = sum(f.severity == "error" for d in docs for f in d.findings) + sum(f.severity == "error" for f in cross)
    n_warnings = sum(f.severity == "warning" for d in docs for f in d.findings) + sum(f.severity == "warning" for f in cross)
    print(f"ziping: {len(docs)} documents read ({len(docs) - failed} ok, {failed} failed), "
          f"{n_facts} figures, {n_errors} errors and {n_warnings} warnings found; outputs in {out}/")
    for d in docs:
        if d.status != "ok":
            print(f"  failed: {d.path}: {d.error}")
    return 0
