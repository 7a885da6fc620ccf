"""report.xlsx, for reviewers who work in Excel: the rows of a run's CSV files, handed over as a run writes them
(Book), or read from its output folder (write_workbook).

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
from collections import Counter, namedtuple
from decimal import Decimal
from itertools import groupby, islice
from pathlib import Path

from xlsxwriter import Workbook
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell
from xlsxwriter.worksheet import CellNumberTuple, CellStringTuple, Worksheet
from xlsxwriter.xmlwriter import re_control_chars_1, re_control_chars_2, xml_escapes

from . import columns
from .frames import csv_rows
from .writers import DOCUMENT_COLUMNS, FACT_COLUMNS, FINDING_COLUMNS, TABLE_COLUMNS, csv_rows_of, csv_text

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
OVERVIEW_HEAD = ["province", "city", "county", "year", "grade"]     # 总览: these, the canonical fields, then these
OVERVIEW_TAIL = ["n_errors", "n_warnings", "status", "path", "doc_id"]
# Characters XML 1.0 cannot hold (openpyxl's list): removed, where XlsxWriter would write _xHHHH_ escapes.
ILLEGAL_CHARACTERS = re.compile(r"[\000-\010\013\014\016-\037]")


# A string XlsxWriter writes as it is: no control character or _xHHHH_ to escape, nothing XML escapes, no space
# to preserve at either end (and so no <r> rich string, and nothing ILLEGAL_CHARACTERS removes, either).
_AS_IS = re.compile("|".join([re_control_chars_1.pattern, re_control_chars_2.pattern, xml_escapes.pattern,
                              "[\ufffe\uffff]", r"^\s", r"\s$"]))
# the characters of _AS_IS, not in a \t between strings (an _xHHHH_ is rare: "_x" is looked for first)
_ESCAPED = re.compile(r'[\x00-\x08\x0b-\x1f"&<>\n\ufffe\uffff]')


class _Sheet(Worksheet):
    """A worksheet that takes a row's cells at once and writes the XML of a row of plain cells (strings as they
    are, numbers) itself, in one piece: the XML XlsxWriter writes for them, without the five regular
    expressions, the lists of attributes and the write to the file it goes through for every cell (more than
    half the time of report.xlsx). Any other cell is XlsxWriter's to write."""

    def write_cells(self, row: int, cells: list[tuple[int, object, object]]) -> None:
        """Cells (column, value, format) of one row, in column order, as XlsxWriter's write_string and
        write_number put them in its table, the row's bounds checked once: a string without the characters
        XML cannot hold, none where that leaves nothing; a number, none for NaN."""
        kept = []
        for col, value, fmt in cells:
            if isinstance(value, str):
                if not _AS_IS.search(value):
                    kept.append((col, _new(_PlainString, (value, fmt))))
                elif value := ILLEGAL_CHARACTERS.sub("", value):
                    kept.append((col, _new(CellStringTuple, (value, fmt))))
            elif not isinstance(value, Decimal) or value.is_finite():
                kept.append((col, _new(CellNumberTuple, (value, fmt))))
        if not kept or self._check_dimensions(row, kept[0][0]) or self._check_dimensions(row, kept[-1][0]):
            return
        if row > self.previous_row:
            self._write_single_row(row)
        table = self.table[row]
        for col, cell in kept:
            if cell.__class__ is not CellNumberTuple and len(cell.string) > self.xls_strmax // 2:
                self._write_string(row, col, cell.string, cell.format)     # XlsxWriter cuts it at 32,767 characters
            else:
                table[col] = cell

    def write_row(self, row: int, cells: list[tuple[int, object, object]]) -> None:
        """All the cells of one row (as write_cells takes them), none to come later: a row of plain cells goes
        to the file at once, as _write_single_row would write it when the next row comes; any other waits in
        XlsxWriter's table as write_cells leaves it."""
        if row <= self.previous_row or not cells or row in self.row_info or row in self.comments:
            return self.write_cells(row, cells)
        if self.table or self.previous_row in self.row_info or self.previous_row in self.comments:
            self._write_single_row(row)     # the row before, as write_cells would
        else:
            self.previous_row = row
        # _AS_IS of each string, in fewer steps: the characters it looks for in all the row's strings at once,
        # a space at either end of each by str.strip (which strips what \s matches)
        strings = "\t".join([value for _, value, _ in cells if value.__class__ is str])
        if (_ESCAPED.search(strings) or "_x" in strings and _AS_IS.search(strings)
                or len(strings) > self.xls_strmax // 2):
            return self.write_cells(row, cells)
        if self.formatted_columns is None:
            self.formatted_columns = {col for col, info in self.col_info.items() if info.column_format is not None}
        written, number, formatted = [], str(row + 1), self.formatted_columns
        for col, value, fmt in cells:
            if fmt:
                style = f' s="{fmt._get_xf_index()}"'
            elif col not in formatted:
                style = ""
            else:
                return self.write_cells(row, cells)
            if value.__class__ is str:
                if value.strip() is not value:
                    return self.write_cells(row, cells)
                written.append(f'<c r="{_COLUMN_NAMES[col]}{number}"{style} t="inlineStr"><is><t>{value}</t>'
                               '</is></c>')
            elif isinstance(value, (int, Decimal)) and (value.__class__ is not Decimal or value.is_finite()):
                written.append(f'<c r="{_COLUMN_NAMES[col]}{number}"{style}><v>{value:.16G}</v></c>')
            else:
                return self.write_cells(row, cells)
        if self._check_dimensions(row, cells[0][0]) or self._check_dimensions(row, cells[-1][0]):
            return None
        self._write_row(row, None)
        written.append("</row>")
        self.fh.write("".join(written))
        return None

    formatted_columns: set[int] | None = None     # the columns with a format of their own (set_column)

    def set_column_pixels(self, *args, **kwargs):
        self.formatted_columns = None
        return super().set_column_pixels(*args, **kwargs)

    def _write_single_row(self, current_row_num: int = 0) -> None:
        row = self.previous_row
        cells = self.table.get(row)
        if not cells or row in self.row_info or row in self.comments:
            return super()._write_single_row(current_row_num)
        self.previous_row = current_row_num
        self._write_row(row, None)
        written, number = [], str(row + 1)
        for col in sorted(cells):
            cell = cells[col]
            kind = cell.__class__
            if kind is _PlainString or kind is CellNumberTuple:
                if cell.format:
                    style = f' s="{cell.format._get_xf_index()}"'
                elif col not in self.col_info or self.col_info[col].column_format is None:
                    style = ""
                else:
                    kind = None
            if kind is _PlainString:
                written.append(f'<c r="{_COLUMN_NAMES[col]}{number}"{style} t="inlineStr"><is><t>{cell.string}</t>'
                               '</is></c>')
            elif kind is CellNumberTuple:
                written.append(f'<c r="{_COLUMN_NAMES[col]}{number}"{style}><v>{cell.number:.16G}</v></c>')
            else:
                self.fh.write("".join(written))
                written = []
                self._write_cell(row, col, cell)
        written.append("</row>")
        self.fh.write("".join(written))
        self.table.clear()
        return None


# A string as XlsxWriter writes it (see _AS_IS): a cell of its own class, named as XlsxWriter's strings are
# so that XlsxWriter's code reads it as one of them; cells made by tuple.__new__, not by a namedtuple's
# __new__, a function in Python.
_PlainString = namedtuple("String", "string, format")
_new = tuple.__new__


class _ColumnNames(dict):
    """A column's letters (xl_col_to_name) by a dict's lookup, not a call to a cached function: per cell."""

    def __missing__(self, col: int) -> str:
        self[col] = xl_col_to_name(col)
        return self[col]


_COLUMN_NAMES = _ColumnNames()


class _LinkedSheet(_Sheet):
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
    ws.write_cells(row, [(col, value, fmt)])


def _cell(formats: dict, col: int, column: columns.Column, raw: str, kind: str = "", style: str = ""):
    """A CSV cell, typed, for write_cells (None when empty); a number of a kind in NUMBER_FORMAT is shown in it,
    style names a format."""
    if raw == "":
        return None
    value = columns.typed(column, raw)
    if kind in NUMBER_FORMAT and not isinstance(value, str):
        style = kind
    return col, value, formats.get(style)


def _plan(table: tuple[columns.Column, ...]) -> list[tuple[int, str, object, bool]]:
    """For each column of a table: its place, name, how its cells are typed (columns.typed of a cell that
    is not empty) and whether it is the value a number format applies to."""
    return [(col, c.name, columns.TYPED[c.type], c.name == "value") for col, c in enumerate(table)]


def _sheet(wb: Workbook, formats: dict, title: str, headers: list[tuple[str, float]], sheet_class=None):
    ws = wb.add_worksheet(title, sheet_class or _Sheet)
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


class _FactRows:
    """The row in 数据 of each figure, by fact id, kept compactly: a document's figures are numbered
    <doc_id>-1, -2 … in the order of facts.csv, so its first row and how many follow that numbering is
    enough; a figure that does not is kept by its id."""

    def __init__(self) -> None:
        self.numbered: dict[str, tuple[int, int]] = {}  # doc_id → (row of its first figure, figures numbered in order)
        self.other: dict[str, int] = {}

    def add(self, row_number: int, row: dict) -> None:
        first, count = self.numbered.setdefault(row["doc_id"], (row_number, 0))
        if count == row_number - first and row["fact_id"] == f"{row['doc_id']}-{count + 1}":
            self.numbered[row["doc_id"]] = (first, count + 1)
        else:
            self.other[row["fact_id"]] = row_number

    def __call__(self, fact_id: str) -> int | None:
        doc_id, _, n = fact_id.rpartition("-")
        first, count = self.numbered.get(doc_id, (0, 0))
        if n.isdigit() and 1 <= int(n) <= count:
            return first + int(n) - 1
        return self.other.get(fact_id)


class Book:
    """report.xlsx written as its rows come: each sheet is a stream of the rows of one CSV file, in that
    file's order, so a run can hand each document's rows over as it writes them to the CSVs (while the
    workers still read the documents that follow) and the folder's CSV files can be read into it afterwards
    alike. Nothing is on disk under report.xlsx until finish(), which saves beside it and renames."""

    def __init__(self, out: Path, repeated: set[str]) -> None:
        self.path = Path(out) / "report.xlsx"
        self.saved = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self.repeated = repeated      # doc_ids that come again further down (a copy shows its original's fields)
        self.kept: dict[str, dict] = {}
        self.failed: list[dict] = []
        self.fact_row = _FactRows()
        self.error: Exception | None = None
        self.rows = {"总览": 0, "数据": 0, "核查结果": 0, "表格": 0}
        self.wb = Workbook(str(self.saved), {"constant_memory": True})
        formats = self.formats = _formats(self.wb)
        self.field_names = {field: name for field, (name, _) in columns.canonical_fields().items()}
        self.doc_cols = {c.name: c for c in columns.DOCUMENTS}
        self.value_col = next(c for c in columns.FACTS if c.name == "value")
        self.plans = {"数据": _plan(columns.FACTS), "表格": _plan(columns.TABLES)}
        head = [(self.doc_cols[n].title, _width(self.doc_cols[n])) for n in OVERVIEW_HEAD]
        tail = [(self.doc_cols[n].title, _width(self.doc_cols[n])) for n in OVERVIEW_TAIL]
        link_titles = [(f"数字{i}", 18) for i in range(1, LINKED_FACTS + 1)]
        self.sheets = {
            # 总览: one row per document, the canonical fields as columns
            "总览": _sheet(self.wb, formats, "总览", head + [(title, 16) for title in self.field_names.values()] + tail),
            "数据": _sheet(self.wb, formats, "数据", [(c.title, _width(c)) for c in columns.FACTS]),
            # 核查结果: each finding links to the rows of its figures in 数据
            "核查结果": _sheet(self.wb, formats, "核查结果", [(c.title, _width(c)) for c in columns.FINDINGS] + link_titles,
                           _LinkedSheet),
            "表格": _sheet(self.wb, formats, "表格", [(c.title, _width(c)) for c in columns.TABLES]),
            "未能读取": _sheet(self.wb, formats, "未能读取", [("文件", 40), ("格式", 8), ("原因", 90), ("文档编号", 14)]),
        }

    def add(self, record: dict) -> None:
        """A document's record of a run (pipeline/writers.py), its rows as the CSV files will hold them. A
        failure here must not stop the CSV files being written: it is kept and raised by finish()."""
        if self.error is not None:
            return
        try:
            facts = csv_rows_of(FACT_COLUMNS, record["facts"])
            self.document(csv_rows_of(DOCUMENT_COLUMNS, csv_text(DOCUMENT_COLUMNS, [record["row"]]))[0], facts)
            self.facts(facts)
            self.findings(csv_rows_of(FINDING_COLUMNS, record["findings"]))
            self.tables(csv_rows_of(TABLE_COLUMNS, record["tables"]))
        except Exception as exc:
            self.error = exc

    def document(self, doc: dict, facts: list[dict]) -> None:
        """A row of documents.csv, with its rows of facts.csv (its figures, in order) for its canonical fields."""
        fields = self.kept.get(doc["doc_id"], {})
        if facts:
            fields = columns.first_by_field(facts).get(doc["doc_id"], {})
            if doc["doc_id"] in self.repeated:
                self.kept[doc["doc_id"]] = fields
        if doc["status"] != "ok":
            self.failed.append(doc)
        formats, n = self.formats, self._next("总览")
        cells = [_cell(formats, col, self.doc_cols[name], doc[name]) for col, name in enumerate(OVERVIEW_HEAD)]
        for col, name in enumerate(self.field_names, start=len(OVERVIEW_HEAD)):
            if fact := fields.get(name):
                cells.append(_cell(formats, col, self.value_col, fact["value"], fact["kind"]))
        for col, name in enumerate(OVERVIEW_TAIL, start=len(OVERVIEW_HEAD) + len(self.field_names)):
            sev = {"n_errors": "error", "n_warnings": "warning"}.get(name, "")
            flagged = sev and doc[name] not in ("", "0")
            cells.append(_cell(formats, col, self.doc_cols[name], doc[name], style=sev if flagged else ""))
        self.sheets["总览"].write_row(n, [c for c in cells if c])

    def facts(self, rows) -> None:
        for row in rows:
            n = self._next("数据")
            self.fact_row.add(n + 1, row)
            self._row(self.sheets["数据"], n, self.plans["数据"], row)

    def findings(self, rows) -> None:
        ws, formats = self.sheets["核查结果"], self.formats
        for row in rows:
            n = self._next("核查结果")
            style = row["severity"] if row["severity"] in ("error", "warning") else ""
            cells = [_cell(formats, col, c, row[c.name], style=style if c.name in ("severity", "message") else "")
                     for col, c in enumerate(columns.FINDINGS)]
            for col, fact_id in enumerate(row["facts"].split()[:LINKED_FACTS], start=len(columns.FINDINGS)):
                if (linked := self.fact_row(fact_id)) is None:    # a figure of an earlier run, from the database
                    cells.append((col, fact_id, None))
                    continue
                ws.link(n, col, f"'数据'!A{linked}")
                cells.append((col, fact_id, formats["link"]))
            ws.write_row(n, [c for c in cells if c])

    def tables(self, rows) -> None:
        for row in rows:
            self._row(self.sheets["表格"], self._next("表格"), self.plans["表格"], row)

    def finish(self, out: Path) -> Path:
        """The rows findings.csv has beyond those handed over (what the database added), the files that
        failed, and the workbook saved beside its name and renamed."""
        try:
            if self.error is not None:
                raise self.error
            self.findings(islice(csv_rows(Path(out) / "findings.csv"), self.rows["核查结果"], None))
            for n, doc in enumerate(self.failed, start=1):
                for col, text in enumerate([columns.restored(doc["path"]), doc["format"],
                                            columns.restored(doc["error"]), doc["doc_id"]]):
                    _write(self.sheets["未能读取"], n, col, text)
            width = {"总览": len(OVERVIEW_HEAD) + len(self.field_names) + len(OVERVIEW_TAIL),
                     "数据": len(columns.FACTS), "核查结果": len(columns.FINDINGS), "表格": len(columns.TABLES)}
            for title, n in self.rows.items():
                _filter(self.sheets[title], width[title], n)
            _filter(self.sheets["未能读取"], 4, len(self.failed))
            self.wb.close()
            os.replace(self.saved, self.path)
        finally:
            self.abandon()
        return self.path

    def abandon(self) -> None:
        """Closed, and nothing left beside report.xlsx (a run stopped or failed before finish)."""
        try:
            if not self.wb.fileclosed:
                self.wb.close()
        finally:
            self.saved.unlink(missing_ok=True)

    def _next(self, title: str) -> int:
        self.rows[title] += 1
        return self.rows[title]

    def _row(self, ws, n: int, plan: list[tuple[int, str, object, bool]], row: dict) -> None:
        """A row of a table's cells as _cell gives them (a fact's value shown in its kind's number format)."""
        kind = row.get("kind", "")
        shown = self.formats[kind] if kind in NUMBER_FORMAT else None
        cells = []
        for col, name, typed, is_value in plan:
            if (raw := row[name]) != "":
                value = typed(raw)
                cells.append((col, value, shown if is_value and value.__class__ is not str else None))
        ws.write_row(n, cells)


def write_workbook(out: Path) -> Path:
    """report.xlsx from an output folder's CSV files (documents.csv and facts.csv read side by side: facts.csv
    holds each document's figures together, in the same order)."""
    out = Path(out)
    repeated = {doc_id for doc_id, n in Counter(r["doc_id"] for r in csv_rows(out / "documents.csv")).items() if n > 1}
    book = Book(out, repeated)
    try:
        facts = groupby(csv_rows(out / "facts.csv"), key=lambda row: row["doc_id"])
        ahead = next(facts, None)
        for doc in csv_rows(out / "documents.csv"):
            rows = []
            if ahead and ahead[0] == doc["doc_id"]:
                rows = list(ahead[1])
                ahead = next(facts, None)
            book.document(doc, rows)
            book.facts(rows)
        if ahead:
            raise ValueError(f"the figures of document {ahead[0]} in {out} are not in the order of documents.csv")
        book.findings(csv_rows(out / "findings.csv"))
        book.tables(csv_rows(out / "tables.csv"))
    except BaseException:
        book.abandon()
        raise
    return book.finish(out)


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
