"""What a run writes once its tables are written, from its output folder (however the batch ran): the
database and its checks across years, then report.xlsx (finished, when the run began it) and report.html."""
from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .report_html import write_review_page
from .report_xlsx import write_workbook


def finish_run(out: Path, db: Path | None, book=None) -> None:
    """book: report.xlsx as the run began it (report_xlsx.Book), finished here; without one it is built from
    the folder."""
    if db is not None:
        import duckdb      # with pandas, a third of a second of start-up that a run with --no-db does without

        from .dataset import add_run
        try:
            new, findings = add_run(db, out)
        except (duckdb.Error, OSError) as exc:
            print(f"ziping: warning: could not add the run to the database {db}: {exc}", file=sys.stderr)
        else:
            if findings:
                errors = sum(f.severity == "error" for f in findings)
                print(f"ziping: database {db}: {len(new)} new documents; against earlier years there: "
                      f"{len(findings)} cross_year findings ({errors} errors), added to findings.csv")
    # report.html is made by a process of its own meanwhile: the cores the workers had are free now
    with ProcessPoolExecutor(max_workers=1) as pool:
        page = pool.submit(write_review_page, out)
        _report("write_workbook", out, lambda: write_workbook(out) if book is None else book.finish(out))
        _report("write_review_page", out, page.result)


def _report(name: str, out: Path, write) -> None:
    try:
        write()
    except Exception as exc:  # the tables are written; a failing report must not hide them
        print(f"ziping: warning: {name} failed ({type(exc).__name__}: {exc}); the CSV files in {out} "
              f"are complete; please report this to the ziping maintainers", file=sys.stderr)
