"""Write a run's outputs exactly as shared/spec/contract.md defines them (additions only)."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import operator
import os
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from pathlib import Path

from extractors.model import Cell, Document, Figure, Finding, IndicatorRow
from extractors.numbers import plain

from . import columns
from .columns import FORMULA_START, TEXT_COLUMNS, names, neutralised, safe_row

DOCUMENT_COLUMNS = names(columns.DOCUMENTS)
FACT_COLUMNS = names(columns.FACTS)
FINDING_COLUMNS = names(columns.FINDINGS)
TABLE_COLUMNS = names(columns.TABLES)
FIGURE_FIELDS = [f.name for f in dataclasses.fields(Figure)]
CELL_FIELDS = [f.name for f in dataclasses.fields(Cell)]
_figure_values, _cell_values = operator.attrgetter(*FIGURE_FIELDS), operator.attrgetter(*CELL_FIELDS)
# what a document says about itself, for the checks across documents: all but its text and what is read from it
DOCUMENT_FIELDS = [f.name for f in dataclasses.fields(Document)
                   if f.name not in ("text", "norm", "blocks", "tables", "page_starts", "sections", "figures",
                                     "findings", "indicator_rows", "cache")]


def _blank(value) -> str:
    return "" if value is None else str(value)


def fact_value(figure: Figure) -> str:
    return figure.value if figure.kind == "date" else plain(figure.value)


def document_row(doc: Document) -> dict:
    return {
        "doc_id": doc.doc_id, "path": doc.path, "format": doc.format, "status": doc.status, "error": doc.error,
        "county": doc.county, "city": doc.city, "province": doc.province, "year": _blank(doc.year),
        "report_date": doc.report_date, "n_facts": len(doc.figures),
        "n_errors": sum(f.severity == "error" for f in doc.findings),
        "n_warnings": sum(f.severity == "warning" for f in doc.findings), "grade": doc.grade,
    }


def fact_row(doc: Document, f: Figure) -> dict:
    return {
        "doc_id": doc.doc_id, "fact_id": f.fact_id, "kind": f.kind, "value": fact_value(f), "unit": f.unit,
        "field": f.field, "label": f.label, "section": f.section, "indicator": _blank(f.indicator), "text": f.text,
        "start": f.start, "end": f.end, "page": _blank(f.page), "source": f.source, "qualifier": f.qualifier,
        "ocr": _blank(f.ocr), "role": f.role, "field_rule": f.field_rule,
        "measure": f.measure, "fund": fund_of(f), "purpose": f.purpose, "scope": f.scope, "period": f.period,
    }


def fund_of(f: Figure) -> str:
    """level/name, either part empty where the text does not say: central/衔接资金, /以工代赈, all/."""
    return f"{f.fund_level}/{f.fund}" if f.fund_level or f.fund else ""


def finding_row(f: Finding) -> dict:
    return {
        "doc_id": f.doc_id, "finding_id": f.finding_id, "rule": f.rule, "severity": f.severity, "message": f.message,
        "declared": f.declared, "computed": f.computed, "difference": f.difference,
        "facts": " ".join(x.fact_id for x in f.figures),
    }


def table_rows(doc: Document) -> list[dict]:
    rows = []
    for n, table in enumerate(doc.tables, start=1):
        for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
            rows.append({"doc_id": doc.doc_id, "table_id": f"{doc.doc_id}-T{n}", "row": c.row, "col": c.col,
                         "rowspan": c.rowspan, "colspan": c.colspan, "text": c.text, "page": _blank(c.page)})
    return rows


def indicator_row(row: IndicatorRow) -> dict:
    """A performance-table row as reviewers read it; qualitative targets stay text."""
    def fact(f: Figure | None):
        return None if f is None else {"fact_id": f.fact_id, "value": fact_value(f), "unit": f.unit,
                                        "text": f.text, "qualifier": f.qualifier}
    return {"table_id": f"T{row.table_index + 1}", "row": row.row, "kind": row.kind, "level1": row.level1,
            "level2": row.level2, "indicator": row.label, "target": fact(row.target), "target_text": row.target_text,
            "actual": fact(row.actual), "actual_text": row.actual_text, "weight": fact(row.weight),
            "score": fact(row.score), "budget": fact(row.budget), "executed": fact(row.executed),
            "rate": fact(row.rate), "reason": row.reason}


def document_json(doc: Document) -> dict:
    return {
        **document_row(doc),
        "title": doc.title,
        "sections": [{"number": s.number, "title": s.title, "level": s.level, "path": s.path,
                      "indicator": s.indicator, "start": s.start, "end": s.end} for s in doc.sections],
        "facts": [fact_row(doc, f) for f in doc.figures],
        "findings": [finding_row(f) for f in doc.findings],
        "indicator_rows": [indicator_row(r) for r in doc.indicator_rows],
        "tables": [{"table_id": f"{doc.doc_id}-T{n}", "caption": t.caption, "page": t.page,
                    "cells": [{"row": c.row, "col": c.col, "rowspan": c.rowspan, "colspan": c.colspan,
                               "text": c.text} for c in t.cells]}
                   for n, t in enumerate(doc.tables, start=1)],
    }


def csv_text(columns: list[str], rows) -> str:
    """Rows as CSV lines without the header, exactly as they stand in the finished file."""
    # safe_row and csv.DictWriter in one step: DictWriter checks every row's keys against the columns
    cells_of = operator.itemgetter(*columns)
    text = [n for n, name in enumerate(columns) if name in TEXT_COLUMNS]
    lines = []
    for row in rows:
        try:
            cells = list(cells_of(row)) if len(columns) > 1 else [row[columns[0]]]
        except KeyError:
            cells = [row.get(name, "") for name in columns]
        for n in text:
            if isinstance(value := cells[n], str) and value.startswith(FORMULA_START):
                cells[n] = neutralised(value)
        lines.append(cells)
    buffer = io.StringIO()
    csv.writer(buffer).writerows(lines)
    return buffer.getvalue()


def csv_rows_of(columns: list[str], text: str) -> list[dict]:
    """Rows that csv_text gave, read back as a reader of the finished file reads them."""
    # every row of csv_text has every column: a dict per row, without DictReader's check of its length
    return [dict(zip(columns, row)) for row in csv.reader(io.StringIO(text))]


def across_summary(doc: Document) -> dict:
    """What the checks across documents read of a document: what it says about itself (path, county, year,
    report date, title …) and its figures with all their attributes; not its text, sections or tables."""
    return {**{name: getattr(doc, name) for name in DOCUMENT_FIELDS},
            "figures": [_figure_fields(f) for f in doc.figures]}


def _figure_fields(f: Figure) -> dict:
    held = dict(zip(FIGURE_FIELDS, _figure_values(f)))
    exact = [name for name, value in held.items() if isinstance(value, Decimal)]
    # (the names of the Decimal fields go under a key no Figure field has: Figure.decimals is the places written)
    held.update({name: str(held[name]) for name in exact}, decimal_fields=exact)
    held["cell"] = None if f.cell is None else dict(zip(CELL_FIELDS, _cell_values(f.cell)))
    return held


def figure_from(held: dict) -> Figure:
    """A figure as across_summary kept it."""
    # held has every field of a Figure (a part of another ziping is never read), so they are set without
    # Figure.__init__, whose 29 keyword arguments were 40 % of the time of rebuilding a figure
    figure = object.__new__(Figure)
    fields = figure.__dict__
    fields.update(held)
    del fields["decimal_fields"]
    fields.update({name: Decimal(fields[name]) for name in held["decimal_fields"]})
    fields["cell"] = None if held["cell"] is None else Cell(**held["cell"])
    return figure


def document_record(doc: Document) -> dict:
    """One document's part of a run: its rows as CSV text, and what the checks across documents need."""
    return {"doc_id": doc.doc_id, "row": document_row(doc),
            "facts": csv_text(FACT_COLUMNS, (fact_row(doc, f) for f in doc.figures)),
            "findings": csv_text(FINDING_COLUMNS, (finding_row(f) for f in doc.findings)),
            "tables": csv_text(TABLE_COLUMNS, table_rows(doc)),
            "across": across_summary(doc) if doc.status == "ok" else None}


def replace_atomically(path: Path, text: str) -> None:
    """Write beside, then rename: a run killed mid-write leaves the old file or the new one, never half of one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def document_files(doc: Document) -> dict[str, str]:
    """<doc_id>.txt and <doc_id>.json of a document that was read."""
    if doc.status != "ok":
        return {}
    # written chunk by chunk into one buffer: a list of every chunk first took 250 MB for the JSON of a 2 MB
    # text, the buffer 105 MB
    buffer = io.StringIO()
    indented_json(document_json(doc), buffer.write)
    return {f"{doc.doc_id}.txt": doc.text, f"{doc.doc_id}.json": buffer.getvalue()}


@cache
def _flat_encoder(depth: int) -> json.JSONEncoder:
    """json's C encoder, writing the items of a container at this depth one per line, as indent=1 does."""
    return json.JSONEncoder(ensure_ascii=False, separators=(",\n" + " " * depth, ": "))


def indented_json(value, write, depth: int = 0) -> None:
    """The text of json.dump(value, ensure_ascii=False, indent=1). With an indent json encodes in Python (a
    tenth of a document's time); here its C encoder writes each container that holds no other (a fact, a cell)."""
    if not _holds_containers(value):
        text = _flat_encoder(depth + 1).encode(value)
        write(text if len(text) <= 2 or text[0] not in "[{"
              else f"{text[0]}\n{' ' * (depth + 1)}{text[1:-1]}\n{' ' * depth}{text[-1]}")
        return
    is_dict = isinstance(value, dict)
    pad = "\n" + " " * (depth + 1)
    write("{" if is_dict else "[")
    for n, item in enumerate(value.items() if is_dict else value):
        write("," + pad if n else pad)
        if is_dict:
            key, item = item
            write(_flat_encoder(0).encode(key) + ": ")
        indented_json(item, write, depth + 1)
    write("\n" + " " * depth + ("}" if is_dict else "]"))


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _holds_containers(value) -> bool:
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, (list, tuple)):
        return False
    if _SCALARS.issuperset(map(type, value)):      # a fact, a cell: decided without a step in Python per item
        return False
    for item in value:
        if item and isinstance(item, (dict, list, tuple)):
            return True
    return False


def write_outputs(out: Path, records: Iterable[dict], cross_findings: Iterable[Finding]) -> None:
    """The run's CSVs from its documents' records (in input order), then the findings across documents;
    each CSV is built beside its final name and renamed into place. This is the one call that finishes a
    run's outputs: writers that build on the finished CSVs belong at its end."""
    out.mkdir(parents=True, exist_ok=True)
    names = {"documents": "documents.csv", "facts": "facts.csv", "findings": "findings.csv", "tables": "tables.csv"}
    columns = {"documents": DOCUMENT_COLUMNS, "facts": FACT_COLUMNS, "findings": FINDING_COLUMNS,
               "tables": TABLE_COLUMNS}
    tmp = {key: out / f".{name}.{os.getpid()}.tmp" for key, name in names.items()}
    files = {key: open(path, "w", encoding="utf-8-sig", newline="") for key, path in tmp.items()}
    try:
        for key, f in files.items():
            csv.DictWriter(f, fieldnames=columns[key]).writeheader()
        for record in records:
            files["documents"].write(csv_text(DOCUMENT_COLUMNS, [record["row"]]))
            for key in ("facts", "findings", "tables"):
                files[key].write(record[key])
        csv.DictWriter(files["findings"], fieldnames=FINDING_COLUMNS).writerows(
            safe_row(finding_row(f)) for f in cross_findings)
    except BaseException:       # records come as the workers read: a run stopped then leaves none of these half-written
        for f in files.values():
            f.close()
        for path in tmp.values():
            path.unlink(missing_ok=True)
        raise
    finally:
        for f in files.values():
            f.close()
    for key, name in names.items():
        os.replace(tmp[key], out / name)
