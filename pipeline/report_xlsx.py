"""report.xlsx, built after a run from its output folder (the CSV files), for reviewers who work in Excel.

Streams its rows (openpyxl's write-only mode), and reads each document's canonical figures beside its row;
what it keeps is where each document's figures start in 数据, for the links from findings, whose XML goes
to a temporary file until the workbook is saved. Memory does not grow with the number of reports. Every
text cell is written as a string, so a label such as =HYPERLINK(…) is shown, never run.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from itertools import groupby
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from . import columns
from .frames import csv_rows

# The exact amount in 元 stays the cell's value; it is shown in 万元 (a literal point four digits from the end).
# A percentage stays the number the report writes (90.5), shown with its sign.
NUMBER_FORMAT = {"money": '0\\.0000"万元"', "percent": 'General"%"'}
SEVERITY_FILL = {"error": PatternFill("solid", fgColor="FFC7CE"), "warning": PatternFill("solid", fgColor="FFEB9C")}
SEVERITY_FONT = {"error": Font(name="Calibri", size=11, color="9C0006"),
                 "warning": Font(name="Calibri", size=11, color="9C5700")}
HEADER_FONT = Font(name="Calibri", size=11, bold=True)
WIDTHS = {"message": 90, "error": 60, "path": 40, "label": 30, "text": 24, "section": 14, "facts": 30,
          "field": 24, "field_rule": 24, "rule": 22, "fact_id": 18, "finding_id": 18, "table_id": 16, "doc_id": 14}
WIDTH_OF_TYPE = {"int": 8, "decimal": 14, "text": 16, "code": 12}
LINKED_FACTS = 6    # a finding links to at most this many of its figures, one cell each
CELL_LIMIT = 32767  # characters Excel keeps in a cell; a longer one makes it "repair" the file


def _text(ws, value: str, **style):
    """A string cell. openpyxl takes a string that begins with = for a formula: such a cell is marked
    as a string; any other plain string is left for openpyxl to write as it is (the faster way)."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)[:CELL_LIMIT]
    if not style and not value.startswith("="):
        return value
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"
    for name, v in style.items():
        setattr(cell, name, v)
    return cell


def _cell(ws, column: columns.Column, raw: str, kind: str = "", **style):
    if raw == "":
        return None
    value = columns.typed(column, raw)
    if isinstance(value, (int, Decimal)):
        if kind not in NUMBER_FORMAT and not style:
            return value
        cell = WriteOnlyCell(ws, value)
        if kind in NUMBER_FORMAT:
            cell.number_format = NUMBER_FORMAT[kind]
        for name, v in style.items():
            setattr(cell, name, v)
        return cell
    return _text(ws, value, **style)


def _sheet(wb: Workbook, title: str, headers: list[tuple[str, float]]):
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    for n, (_, width) in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.append([_text(ws, h, font=HEADER_FONT) for h, _ in headers])
    return ws


def _filter(ws, n_columns: int, n_rows: int) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(n_columns)}{max(n_rows, 1) + 1}"


def _width(c: columns.Column) -> float:
    return WIDTHS.get(c.name, WIDTH_OF_TYPE[c.type])


def _table_sheet(wb, title, table, rows) -> int:
    """A sheet with the columns of one CSV file, its rows as they are; returns the number of rows."""
    ws = _sheet(wb, title, [(c.title, _width(c)) for c in table])
    n = 0
    for n, row in enumerate(rows, start=1):
        ws.append([_cell(ws, c, row[c.name], row.get("kind", "") if c.name == "value" else "") for c in table])
    _filter(ws, len(table), n)
    return n


def _severity_style(row: dict) -> dict:
    sev = row.get("severity", "")
    if sev not in SEVERITY_FILL:
        return {}
    style = {"fill": SEVERITY_FILL[sev], "font": SEVERITY_FONT[sev]}
    return {"severity": style, "message": style}


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
    fact_row = _fact_rows(csv_rows(out / "facts.csv"))
    field_names = {field: name for field, (name, _) in columns.canonical_fields().items()}
    wb = Workbook(write_only=True)

    # 总览: one row per document, the canonical fields as columns
    doc_cols = {c.name: c for c in columns.DOCUMENTS}
    head = ["province", "city", "county", "year", "grade"]
    tail = ["n_errors", "n_warnings", "status", "path", "doc_id"]
    ws = _sheet(wb, "总览", [(doc_cols[n].title, _width(doc_cols[n])) for n in head]
                + [(title, 16) for title in field_names.values()]
                + [(doc_cols[n].title, _width(doc_cols[n])) for n in tail])
    value_col = next(c for c in columns.FACTS if c.name == "value")
    failed, n_docs = [], 0
    for n_docs, (doc, fields) in enumerate(_with_canonical(out), start=1):
        if doc["status"] != "ok":
            failed.append(doc)
        cells = [_cell(ws, doc_cols[n], doc[n]) for n in head]
        for name in field_names:
            fact = fields.get(name)
            cells.append(_cell(ws, value_col, fact["value"], fact["kind"]) if fact else None)
        for n in tail:
            sev = {"n_errors": "error", "n_warnings": "warning"}.get(n)
            flagged = sev and doc[n] not in ("", "0")
            style = {"fill": SEVERITY_FILL[sev], "font": SEVERITY_FONT[sev]} if flagged else {}
            cells.append(_cell(ws, doc_cols[n], doc[n], **style))
        ws.append(cells)
    _filter(ws, len(head) + len(field_names) + len(tail), n_docs)

    _table_sheet(wb, "数据", columns.FACTS, csv_rows(out / "facts.csv"))

    # 核查结果: each finding links to the rows of its figures in 数据
    link_titles = [(f"数字{i}", 18) for i in range(1, LINKED_FACTS + 1)]
    ws = _sheet(wb, "核查结果", [(c.title, _width(c)) for c in columns.FINDINGS] + link_titles)
    links_sheet = f"xl/worksheets/sheet{len(wb.sheetnames)}.xml"
    links = tempfile.TemporaryFile()
    n = 0
    for n, row in enumerate(csv_rows(out / "findings.csv"), start=1):
        style = _severity_style(row)
        cells = [_cell(ws, c, row[c.name], **style.get(c.name, {})) for c in columns.FINDINGS]
        for fact_id in row["facts"].split()[:LINKED_FACTS]:
            if (linked := fact_row(fact_id)) is None:    # a figure of an earlier run, from the database
                cells.append(fact_id)
                continue
            ref = f"{get_column_letter(len(cells) + 1)}{n + 1}"
            links.write(f'<hyperlink ref="{ref}" location="\'数据\'!A{linked}"/>'.encode())
            cells.append(_text(ws, fact_id, style="Hyperlink"))
        ws.append(cells)
    _filter(ws, len(columns.FINDINGS), n)

    _table_sheet(wb, "表格", columns.TABLES, csv_rows(out / "tables.csv"))

    ws = _sheet(wb, "未能读取", [("文件", 40), ("格式", 8), ("原因", 90), ("文档编号", 14)])
    for doc in failed:
        ws.append([_text(ws, columns.restored(doc["path"])), _text(ws, doc["format"]),
                   _text(ws, columns.restored(doc["error"])), _text(ws, doc["doc_id"])])
    _filter(ws, 4, len(failed))

    path = out / "report.xlsx"
    saved = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    wb.save(saved)
    with links:
        _add_links(saved, path, links_sheet, links)
    saved.unlink()
    return path


def _add_links(saved: Path, path: Path, sheet: str, links) -> None:
    """The workbook at saved, written to path with the links of sheet (<hyperlink> elements in the file
    links) in place. openpyxl holds every hyperlink of a sheet until the workbook is saved, some 900 bytes
    each (200,000 links in a run of 10,000 reports); written to a file as they come and copied into the
    sheet's XML here, they cost nothing. Their place in the sheet is after <autoFilter>, before <pageMargins>."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.links.tmp")
    with zipfile.ZipFile(saved) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with zin.open(info) as src, zout.open(entry, "w") as dst:
                if info.filename != sheet or not links.tell():
                    shutil.copyfileobj(src, dst)
                    continue
                held = b""
                for chunk in iter(lambda: src.read(2**20), b""):
                    held += chunk
                    if b"</sheetData>" in held:
                        break
                    dst.write(held[:-len(b"</sheetData>")])
                    held = held[-len(b"</sheetData>"):]
                held += src.read()      # what follows the rows: a few elements
                rows_end = held.index(b"</sheetData>")
                at = min(held.find(tag, rows_end) for tag in (b"<printOptions", b"<pageMargins", b"<pageSetup",
                                                              b"<headerFooter", b"</worksheet>")
                         if tag in held[rows_end:])
                dst.write(held[:at] + b"<hyperlinks>")
                links.seek(0)
                shutil.copyfileobj(links, dst)
                dst.write(b"</hyperlinks>" + held[at:])
    os.replace(tmp, path)


def write_frame(frame, path: Path, title: str, text_columns) -> None:
    """A DataFrame (the database's county_year) as a one-sheet workbook; amounts shown in 万元."""
    from pandas import NA

    kinds = {field: kind for field, (_, kind) in columns.canonical_fields().items()}
    wb = Workbook(write_only=True)
    ws = _sheet(wb, title, [(name, 16) for name in frame.columns])
    for row in frame.itertuples(index=False):
        cells = []
        for name, value in zip(frame.columns, row):
            if value is None or value is NA:
                cells.append(None)
            elif isinstance(value, (int, Decimal)) and name not in text_columns:
                cell = WriteOnlyCell(ws, value)
                if kinds.get(name) in NUMBER_FORMAT:
                    cell.number_format = NUMBER_FORMAT[kinds[name]]
                cells.append(cell)
            else:
                cells.append(_text(ws, str(value)))
        ws.append(cells)
    _filter(ws, len(frame.columns), len(frame))
    wb.save(path)
