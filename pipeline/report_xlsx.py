"""report.xlsx, built after a run from its output folder (the CSV files), for reviewers who work in Excel.

Written with XlsxWriter in its constant-memory mode: each row goes to disk as it is made, and each
document's canonical figures are read beside its row; what it keeps is where each document's figures start
in 数据, for the links from findings, which go to a temporary file until the sheet is put together. Memory
does not grow with the number of reports. Every text cell is written as a string, so a label such as
=HYPERLINK(…) is shown, never run.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from itertools import groupby
from pathlib import Path

from xlsxwriter import Workbook
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from . import columns
from .frames import csv_rows

# The exact amount in 元 stays the cell's value; it is shown in 万元 (a literal point four digits from the end).
# A percentage stays the number the report writes (90.5), shown with its sign.
NUMBER_FORMAT = {"money": '0\\.0000"万元"', "percent": 'General"%"'}
FORMATS = {**{kind: {"num_format": f} for kind, f in NUMBER_FORMAT.items()},
           "error": {"pattern": 1, "bg_color": "#FFC7CE", "font_color": "#9C0006"},
           "warning": {"pattern": 1, "bg_color": "#FFEB9C", "font_color": "#9C5700"},
           "header": {"bold": True}}
WIDTHS = {"message": 90, "error": 60, "path": 40, "label": 30, "text": 24, "section": 14, "facts": 30,
          "field": 24, "field_rule": 24, "rule": 22, "fact_id": 18, "finding_id": 18, "table_id": 16, "doc_id": 14}
WIDTH_OF_TYPE = {"int": 8, "decimal": 14, "text": 16, "code": 12}
LINKED_FACTS = 6    # a finding links to at most this many of its figures, one cell each
# Characters XML 1.0 cannot hold (openpyxl's list): removed, where XlsxWriter would write _xHHHH_ escapes.
ILLEGAL_CHARACTERS = re.compile(r"[\000-\010\013\014\016-\037]")


class _LinkedSheet(Worksheet):
    """A worksheet whose links to cells go to a temporary file as they come, and into the sheet's XML when
    the workbook is put together. XlsxWriter's write_url keeps every link in memory until then and takes no
    more than 65,530 per sheet; a run of 10,000 reports has some 200,000."""

    def __init__(self) -> None:
        super().__init__()
        self.links = tempfile.TemporaryFile("w+", encoding="utf-8")

    def link(self, row: int, col: int, location: str) -> None:
        self.links.write(f'<hyperlink ref="{xl_rowcol_to_cell(row, col)}" location="{location}"/>')

    def _write_hyperlinks(self) -> None:    # XlsxWriter writes a sheet's <hyperlinks> here, in their place
        with self.links:
            if self.links.tell():
                self.links.seek(0)
                self.fh.write("<hyperlinks>")
                shutil.copyfileobj(self.links, self.fh)
                self.fh.write("</hyperlinks>")


def _formats(wb: Workbook) -> dict:
    formats = {name: wb.add_format(props) for name, props in FORMATS.items()}
    formats["link"] = wb.get_default_url_format()   # Excel's Hyperlink style
    return formats


def _write(ws, row: int, col: int, value, fmt=None) -> None:
    """One cell: a number, or a string, never a formula, whatever it begins with; an empty string is none."""
    if isinstance(value, str):
        if text := ILLEGAL_CHARACTERS.sub("", value):
            ws.write_string(row, col, text, fmt)     # XlsxWriter cuts it at Excel's 32,767 characters
    elif not isinstance(value, Decimal) or value.is_finite():     # NaN has no cell value
        ws.write_number(row, col, value, fmt)


def _cell(ws, formats: dict, row: int, col: int, column: columns.Column, raw: str, kind: str = "",
          style: str = "") -> None:
    """A CSV cell, typed; a number of a kind in NUMBER_FORMAT is shown in it, style names a format."""
    if raw == "":
        return
    value = columns.typed(column, raw)
    if kind in NUMBER_FORMAT and not isinstance(value, str):
        style = kind
    _write(ws, row, col, value, formats.get(style))


def _sheet(wb: Workbook, formats: dict, title: str, headers: list[tuple[str, float]], sheet_class=None):
    ws = wb.add_worksheet(title, sheet_class)
    ws.freeze_panes(1, 0)
    for col, (header, width) in enumerate(headers):
        # The file stores the width given (as openpyxl wrote it): XlsxWriter stores pixels / 7 (Calibri 11's digit).
        ws.set_column_pixels(col, col, width * 7)
        _write(ws, 0, col, header, formats["header"])
    return ws


def _filter(ws, n_columns: int, n_rows: int) -> None:
    ws.autofilter(0, 0, max(n_rows, 1), n_columns - 1)


def _width(c: columns.Column) -> float:
    return WIDTHS.get(c.name, WIDTH_OF_TYPE[c.type])


def _table_sheet(wb, formats, title, table, rows) -> int:
    """A sheet with the columns of one CSV file, its rows as they are; returns the number of rows."""
    ws = _sheet(wb, formats, title, [(c.title, _width(c)) for c in table])
    n = 0
    for n, row in enumerate(rows, start=1):
        for col, c in enumerate(table):
            _cell(ws, formats, n, col, c, row[c.name], row.get("kind", "") if c.name == "value" else "")
    _filter(ws, len(table), n)
    return n


def _fact_rows(facts) -> Callable[[str], int | None]:
    """The row in 数据 of each figure, by fact id, kept compactly: a document's figures are numbered
    <doc_id>-1, -2 … in the order of facts.csv, so its first row and how many follow that numbering is
    enough; a figure that does not is kept by its id."""
    numbered: dict[str, tuple[int, int]] = {}      # doc_id → (row of its first figure, figures numbered in order)
    other: dict[str, int] = {}
    for row_number, row in enumerate(facts, start=2):
        first, count = numbered.setdefault(row["doc_id"], (row_number, 0))
        if count == row_number - first and row["fact_id"] == f"{row['doc_id']}-{count + 1}":
            numbered[row["doc_id"]] = (first, count + 1)
        else:
            other[row["fact_id"]] = row_number

    def row_of(fact_id: str) -> int | None:
        doc_id, _, n = fact_id.rpartition("-")
        first, count = numbered.get(doc_id, (0, 0))
        if n.isdigit() and 1 <= int(n) <= count:
            return first + int(n) - 1
        return other.get(fact_id)
    return row_of


def _with_canonical(out: Path):
    """Each row of documents.csv with its canonical figures (field → the fact row that gives it), read side
    by side with facts.csv, which holds each document's figures together in the same order; a copy of a
    file (its doc_id again, further down) shows its original's."""
    repeated = {doc_id for doc_id, n in Counter(r["doc_id"] for r in csv_rows(out / "documents.csv")).items() if n > 1}
    kept: dict[str, dict] = {}
    facts = groupby(csv_rows(out / "facts.csv"), key=lambda row: row["doc_id"])
    ahead = next(facts, None)
    for doc in csv_rows(out / "documents.csv"):
        fields = kept.get(doc["doc_id"], {})
        if ahead and ahead[0] == doc["doc_id"]:
            fields = columns.first_by_field(ahead[1]).get(doc["doc_id"], {})
            ahead = next(facts, None)
            if doc["doc_id"] in repeated:
                kept[doc["doc_id"]] = fields
        yield doc, fields
    if ahead:
        raise ValueError(f"the figures of document {ahead[0]} in {out} are not in the order of documents.csv")


def write_workbook(out: Path) -> Path:
    out = Path(out)
    path = out / "report.xlsx"
    saved = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with Workbook(str(saved), {"constant_memory": True}) as wb:     # closed (and saved) even on an error
            _write_sheets(wb, _formats(wb), out)
        os.replace(saved, path)
    finally:
        saved.unlink(missing_ok=True)
    return path


def _write_sheets(wb: Workbook, formats: dict, out: Path) -> None:
    fact_row = _fact_rows(csv_rows(out / "facts.csv"))
    field_names = {field: name for field, (name, _) in columns.canonical_fields().items()}

    # 总览: one row per document, the canonical fields as columns
    doc_cols = {c.name: c for c in columns.DOCUMENTS}
    head = ["province", "city", "county", "year", "grade"]
    tail = ["n_errors", "n_warnings", "status", "path", "doc_id"]
    ws = _sheet(wb, formats, "总览", [(doc_cols[n].title, _width(doc_cols[n])) for n in head]
                + [(title, 16) for title in field_names.values()]
                + [(doc_cols[n].title, _width(doc_cols[n])) for n in tail])
    value_col = next(c for c in columns.FACTS if c.name == "value")
    failed, n_docs = [], 0
    for n_docs, (doc, fields) in enumerate(_with_canonical(out), start=1):
        if doc["status"] != "ok":
            failed.append(doc)
        for col, name in enumerate(head):
            _cell(ws, formats, n_docs, col, doc_cols[name], doc[name])
        for col, name in enumerate(field_names, start=len(head)):
            if fact := fields.get(name):
                _cell(ws, formats, n_docs, col, value_col, fact["value"], fact["kind"])
        for col, name in enumerate(tail, start=len(head) + len(field_names)):
            sev = {"n_errors": "error", "n_warnings": "warning"}.get(name, "")
            flagged = sev and doc[name] not in ("", "0")
            _cell(ws, formats, n_docs, col, doc_cols[name], doc[name], style=sev if flagged else "")
    _filter(ws, len(head) + len(field_names) + len(tail), n_docs)

    _table_sheet(wb, formats, "数据", columns.FACTS, csv_rows(out / "facts.csv"))

    # 核查结果: each finding links to the rows of its figures in 数据
    link_titles = [(f"数字{i}", 18) for i in range(1, LINKED_FACTS + 1)]
    ws = _sheet(wb, formats, "核查结果", [(c.title, _width(c)) for c in columns.FINDINGS] + link_titles,
                _LinkedSheet)
    n = 0
    for n, row in enumerate(csv_rows(out / "findings.csv"), start=1):
        style = row["severity"] if row["severity"] in ("error", "warning") else ""
        for col, c in enumerate(columns.FINDINGS):
            _cell(ws, formats, n, col, c, row[c.name], style=style if c.name in ("severity", "message") else "")
        for col, fact_id in enumerate(row["facts"].split()[:LINKED_FACTS], start=len(columns.FINDINGS)):
            if (linked := fact_row(fact_id)) is None:    # a figure of an earlier run, from the database
                _write(ws, n, col, fact_id)
                continue
            ws.link(n, col, f"'数据'!A{linked}")
            _write(ws, n, col, fact_id, formats["link"])
    _filter(ws, len(columns.FINDINGS), n)

    _table_sheet(wb, formats, "表格", columns.TABLES, csv_rows(out / "tables.csv"))

    ws = _sheet(wb, formats, "未能读取", [("文件", 40), ("格式", 8), ("原因", 90), ("文档编号", 14)])
    for n, doc in enumerate(failed, start=1):
        for col, text in enumerate([columns.restored(doc["path"]), doc["format"], columns.restored(doc["error"]),
                                    doc["doc_id"]]):
            _write(ws, n, col, text)
    _filter(ws, 4, len(failed))


def write_frame(frame, path: Path, title: str, text_columns) -> None:
    """A DataFrame (the database's county_year) as a one-sheet workbook; amounts shown in 万元."""
    from pandas import NA

    kinds = {field: kind for field, (_, kind) in columns.canonical_fields().items()}
    with Workbook(str(path), {"constant_memory": True}) as wb:
        formats = _formats(wb)
        ws = _sheet(wb, formats, title, [(name, 16) for name in frame.columns])
        for n, row in enumerate(frame.itertuples(index=False), start=1):
            for col, (name, value) in enumerate(zip(frame.columns, row)):
                if value is None or value is NA:
                    continue
                if isinstance(value, (int, Decimal)) and name not in text_columns:
                    _write(ws, n, col, value, formats[kinds[name]] if kinds.get(name) in NUMBER_FORMAT else None)
                else:
                    _write(ws, n, col, str(value))
        _filter(ws, len(frame.columns), len(frame))
