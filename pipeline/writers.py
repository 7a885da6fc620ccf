"""Write a run's outputs exactly as shared/spec/contract.md defines them (additions only)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from extractors.model import Document, Figure, Finding, IndicatorRow
from extractors.numbers import plain

from . import columns
from .columns import names, safe_row

DOCUMENT_COLUMNS = names(columns.DOCUMENTS)
FACT_COLUMNS = names(columns.FACTS)
FINDING_COLUMNS = names(columns.FINDINGS)
TABLE_COLUMNS = names(columns.TABLES)


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


def _write_csv(path: Path, table: tuple[columns.Column, ...], rows) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=names(table))
        writer.writeheader()
        writer.writerows(safe_row(row) for row in rows)


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


def write_outputs(out: Path, docs: list[Document], cross_findings: list[Finding]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    _write_csv(out / "documents.csv", columns.DOCUMENTS, (document_row(d) for d in docs))
    _write_csv(out / "facts.csv", columns.FACTS, (fact_row(d, f) for d in docs for f in d.figures))
    findings = [f for d in docs for f in d.findings] + cross_findings
    _write_csv(out / "findings.csv", columns.FINDINGS, (finding_row(f) for f in findings))
    _write_csv(out / "tables.csv", columns.TABLES, (row for d in docs for row in table_rows(d)))
    for doc in docs:
        if doc.status != "ok":
            continue
        (out / f"{doc.doc_id}.txt").write_text(doc.text, encoding="utf-8")
        (out / f"{doc.doc_id}.json").write_text(json.dumps(document_json(doc), ensure_ascii=False, indent=1),
                                               encoding="utf-8")
