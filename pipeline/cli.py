"""ziping run PATH... [-o DIR] [-j N] [-q] [--force] [--engine dask --scheduler ADDRESS] [--db PATH | --no-db];
ziping export; ziping history COUNTY"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import DEFAULT_DB     # the reports and the database load pandas and duckdb: they are imported where used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ziping", description="把衔接资金绩效自评报告变成结构化、可核对的数据。")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="read reports (files or folders) and write the tables")
    run.add_argument("paths", nargs="+", metavar="PATH")
    run.add_argument("-o", "--out", default="outputs", metavar="DIR", help="output folder (default: outputs/)")
    run.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: one per core)")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    run.add_argument("--force", action="store_true",
                     help="read every file again, also those this output folder already holds from the same ziping")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local: a process pool on this machine; dask: the dask.distributed cluster at --scheduler")
    run.add_argument("--scheduler", metavar="ADDRESS", help="the dask scheduler, e.g. tcp://10.0.0.5:8786")
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
        from .history import export
        return export(Path(args.db), Path(args.out), args.format)
    if args.command == "history":
        from .history import history
        return history(Path(args.db), args.county)
    if (args.engine == "dask") != bool(args.scheduler):
        parser.error("--engine dask and --scheduler ADDRESS go together")

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

    from .batch import run as run_files
    from .parts import FOLDER
    from .progress import progress

    update, close = progress(args.quiet)
    try:
        report = run_files(args.paths, out, workers=args.jobs, force=args.force, scheduler=args.scheduler,
                           progress=update, workbook=True)
    except KeyboardInterrupt:
        close()
        print(f"ziping: stopped; the documents read so far are kept in {out / FOLDER}/, "
              f"run the same command again to read the rest", file=sys.stderr)
        return 130
    close()
    from .reports import finish_run
    finish_run(out, None if args.no_db else Path(args.db), report.book)
    if report.cached:
        print(f"ziping: {report.cached} documents were read before into {out}/ by this same ziping and were not "
              f"read again (--force reads them again)", file=sys.stderr)
    failed = len(report.failed)
    print(f"ziping: {report.documents} documents read ({report.documents - failed} ok, {failed} failed), "
          f"{report.facts} figures, {report.errors} errors and {report.warnings} warnings found; outputs in {out}/")
    for path, error in report.failed:
        print(f"  failed: {path}: {error}")
    return 0
