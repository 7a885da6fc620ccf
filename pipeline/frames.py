"""A run's tables as pandas DataFrames, with the columns and types of pipeline/columns.py: from the
documents of a batch, or read back from a run's output folder (the CSV files)."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from extractors.model import Document, Finding

from . import columns
from .writers import document_row, fact_row, finding_row, table_rows

if TYPE_CHECKING:       # pandas is imported where a frame is made: the reports read csv_rows without it
    import pandas as pd


class Tables(NamedTuple):
    documents: pd.DataFrame
    facts: pd.DataFrame
    findings: pd.DataFrame
    tables: pd.DataFrame


def frame(table: tuple[columns.Column, ...], rows) -> pd.DataFrame:
    """Rows of CSV cells (strings) → a DataFrame: ints nullable, money and other numbers exact Decimals."""
    import pandas as pd

    data = {c.name: [] for c in table}
    for row in rows:
        for c in table:
            data[c.name].append(columns.typed(c, row[c.name]))
    out = pd.DataFrame(data, columns=columns.names(table))
    for c in table:
        out[c.name] = out[c.name].astype("Int64" if c.type == "int" else object)
    return out


def _as_cells(rows):
    """Values as the CSV writer writes them, before typing, so that a frame equals its CSV file."""
    for row in rows:
        yield {k: "" if v is None else str(v) for k, v in row.items()}


def from_documents(docs: list[Document], cross_findings: list[Finding]) -> Tables:
    findings = [f for d in docs for f in d.findings] + cross_findings
    return Tables(
        frame(columns.DOCUMENTS, _as_cells(document_row(d) for d in docs)),
        frame(columns.FACTS, _as_cells(fact_row(d, f) for d in docs for f in d.figures)),
        frame(columns.FINDINGS, _as_cells(finding_row(f) for f in findings)),
        frame(columns.TABLES, _as_cells(row for d in docs for row in table_rows(d))))


def csv_rows(path: Path):
    """The rows of a CSV file as csv.DictReader gives them, made from csv.reader's lists without DictReader's
    Python per row (the reports and the database read every row of facts.csv)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None:
            return
        n = len(header)
        for row in reader:
            if len(row) == n and row:
                yield dict(zip(header, row))
            elif row:               # as DictReader: the cells beyond the header under None, those missing None
                extra = {None: row[n:]} if len(row) > n else dict.fromkeys(header[len(row):])
                yield {**dict(zip(header, row)), **extra}


def from_outputs(out: Path) -> Tables:
    """The tables of a run already written to `out` (documents.csv, facts.csv, findings.csv, tables.csv)."""
    out = Path(out)
    return Tables(*(frame(table, csv_rows(out / f"{name}.csv")) for name, table in columns.TABLE_FILES.items()))
