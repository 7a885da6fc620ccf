"""ziping for notebooks: read reports into pandas DataFrames, and the history kept in the database.

    import ziping
    r = ziping.read(["reports/"])           # r.documents, r.facts, r.findings, r.tables
    r.findings[r.findings.severity == "error"]
    ziping.history("outputs/ziping.duckdb")   # one row per county and year
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.batch import run_batch
from pipeline.dataset import DEFAULT_DB, county_year
from pipeline.frames import Tables, from_documents, from_outputs

__all__ = ["read", "load", "history", "Tables"]


def read(paths: list[str | Path] | str | Path, jobs: int | None = None) -> Tables:
    """Run the pipeline over files and folders; the same rows as the CSV files of `ziping run`,
    money as exact Decimal objects."""
    docs, cross = run_batch([str(paths)] if isinstance(paths, (str, Path)) else [str(p) for p in paths], jobs)
    return from_documents(docs, cross)


def load(out_dir: str | Path) -> Tables:
    """The tables of a run already written by `ziping run -o out_dir`."""
    return from_outputs(Path(out_dir))


def history(db: str | Path = DEFAULT_DB, county: str | None = None) -> pd.DataFrame:
    """The database's county_year view: one row per county and year, one column per canonical field."""
    return county_year(Path(db), county)
