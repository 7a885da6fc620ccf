"""`ziping history COUNTY` and `ziping export`: the database's county_year view for people and files."""
from __future__ import annotations

import csv
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd

from extractors.numbers import plain

from . import columns
from .dataset import connect, county_year
from .report_xlsx import write_frame

UNITS = {"money": "万元", "percent": "%", "score": "分", "duration": "日"}
ROWS = {"report_date": "报告日期", "grade": "自评等级", "n_errors": "错误数", "n_warnings": "警告数",
        "versions": "版本数", "path": "文件"}
TEXT = ("province", "city", "county", "grade", "path")


def shown(value, kind: str) -> str:
    """A stored value as a reviewer reads it: money in 万元, exact."""
    if value is None or value == "":
        return ""
    if isinstance(value, Decimal):
        return plain(value / 10000 if kind == "money" else value) + UNITS.get(kind, "")
    return str(value)


def _open_error(db: Path, exc: Exception) -> int:
    print(f"ziping: cannot read the database {db}: {exc}", file=sys.stderr)
    return 2


def history(db: Path, county: str) -> int:
    try:
        years = county_year(db, county)
    except (duckdb.Error, OSError) as exc:
        return _open_error(db, exc)
    if years.empty:
        print(f"ziping: no report of {county} in {db}", file=sys.stderr)
        return 1
    fields = columns.canonical_fields()
    table = {}
    for _, row in years.iterrows():
        column = {name: shown(row[field], "") for field, name in ROWS.items()}
        column.update({name: shown(row[field], kind) for field, (name, kind) in fields.items()})
        table[f"{row['year']}年"] = column
    frame = pd.DataFrame(table)
    frame = frame[(frame != "").any(axis=1)]
    with pd.option_context("display.unicode.east_asian_width", True, "display.max_rows", None,
                           "display.max_columns", None, "display.width", 200, "display.max_colwidth", 40):
        print(f"{county}（{db}）")
        print(frame.to_string())
    return 0


def export(db: Path, out: Path, fmt: str | None) -> int:
    fmt = fmt or out.suffix.lstrip(".").lower()
    if fmt not in ("csv", "parquet", "xlsx"):
        print(f"ziping: unknown export format {fmt!r}: use --format csv, parquet or xlsx", file=sys.stderr)
        return 2
    try:
        if fmt == "parquet":     # DuckDB writes the DECIMAL columns as Parquet decimals
            with connect(db, read_only=True) as con:
                con.execute(f"COPY (SELECT * FROM county_year) TO '{_quoted(out)}' (FORMAT parquet)")
            return 0
        years = county_year(db)
    except (duckdb.Error, OSError) as exc:
        return _open_error(db, exc)
    if fmt == "csv":
        with open(out, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(years.columns)
            for row in years.itertuples(index=False):
                writer.writerow(["" if v is None else columns.neutralised(v) if name in TEXT else
                                 plain(v) if isinstance(v, Decimal) else v for name, v in zip(years.columns, row)])
    else:
        write_frame(years, out, "历年", TEXT)
    return 0


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
