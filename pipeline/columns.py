"""The columns of a run's tables, defined once: the CSV files, report.xlsx, the DataFrames and the
database all read them from here, so they cannot drift apart."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import patterns


@dataclass(frozen=True)
class Column:
    name: str
    title: str          # the header reviewers read in report.xlsx
    type: str = "code"  # code: a name ziping gives (ids, kinds, rules); text: words from a report or a user;
                        # int; decimal: an exact number, or an ISO date where facts.kind is date


def _columns(*specs: tuple) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


DOCUMENTS = _columns(
    ("doc_id", "文档编号"), ("path", "文件", "text"), ("format", "格式"), ("status", "状态"), ("error", "问题", "text"),
    ("county", "县", "text"), ("city", "市", "text"), ("province", "省", "text"), ("year", "年度", "int"),
    ("report_date", "报告日期"), ("n_facts", "数字个数", "int"), ("n_errors", "错误数", "int"),
    ("n_warnings", "警告数", "int"), ("grade", "自评等级", "text"))
FACTS = _columns(
    ("doc_id", "文档编号"), ("fact_id", "数字编号"), ("kind", "类别"), ("value", "数值", "decimal"),
    ("unit", "单位", "text"), ("field", "标准字段"), ("label", "标签", "text"), ("section", "章节", "text"),
    ("indicator", "指标序号", "int"), ("text", "原文", "text"), ("start", "起", "int"), ("end", "止", "int"),
    ("page", "页", "int"), ("source", "来源"), ("qualifier", "限定词", "text"), ("ocr", "识别置信度", "decimal"),
    ("role", "表中角色"), ("field_rule", "字段规则"), ("measure", "口径"), ("fund", "资金级次/名称", "text"),
    ("purpose", "用途", "text"), ("scope", "范围", "text"), ("period", "期间", "text"))
FINDINGS = _columns(
    ("doc_id", "文档编号"), ("finding_id", "结果编号"), ("rule", "规则"), ("severity", "级别"),
    ("message", "说明", "text"), ("declared", "申报值", "decimal"), ("computed", "计算值", "decimal"),
    ("difference", "差额", "decimal"), ("facts", "涉及数字"))
TABLES = _columns(
    ("doc_id", "文档编号"), ("table_id", "表格编号"), ("row", "行", "int"), ("col", "列", "int"),
    ("rowspan", "跨行", "int"), ("colspan", "跨列", "int"), ("text", "内容", "text"), ("page", "页", "int"))

TABLE_FILES = {"documents": DOCUMENTS, "facts": FACTS, "findings": FINDINGS, "tables": TABLES}


def names(columns: tuple[Column, ...]) -> list[str]:
    return [c.name for c in columns]


# OWASP's CSV injection: a spreadsheet reads a cell that begins with one of these as a formula.
# The quote itself is included so that the prefix can always be taken off again (restored).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def neutralised(text: str) -> str:
    """A text cell as written to a CSV file: one that a spreadsheet would run is prefixed with a quote."""
    if text.startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def restored(text: str) -> str:
    """The text as the report has it, from a CSV cell (the inverse of neutralised)."""
    return text[1:] if text.startswith("'") else text


# A column name means the same in every table, so a row can be made safe without knowing its table.
TEXT_COLUMNS = frozenset(c.name for table in TABLE_FILES.values() for c in table if c.type == "text")


def safe_row(row: dict) -> dict:
    """A row ready for a CSV file: every text column neutralised; numbers (−90000) stay as they are."""
    return {k: neutralised(v) if k in TEXT_COLUMNS and isinstance(v, str) else v for k, v in row.items()}


def typed(column: Column, cell: str):
    """A CSV cell as a Python value: int, exact Decimal (money never becomes a float), text, or None."""
    if cell == "" and column.type in ("int", "decimal"):
        return None
    return TYPED[column.type](cell)


def _exact(cell: str) -> Decimal | str:
    try:
        return Decimal(cell)
    except InvalidOperation:
        return cell     # a date fact keeps its ISO text


# a cell that is not empty, by its column's type
TYPED = {"text": restored, "int": int, "decimal": _exact, "code": str}


def canonical_fields() -> dict[str, tuple[str, str]]:
    """field → (the name messages and reviewers use, kind), in the contract's order."""
    data = patterns.load("fields")
    kinds = {rule["field"]: rule["kind"] for rule in data["rule"] if "field" in rule and "kind" in rule}
    return {field: (name, kinds.get(field, "")) for field, name in data["names"].items()}


def first_by_field(fact_rows) -> dict[str, dict[str, dict]]:
    """doc_id → field → the fact row that gives the document's value of a canonical field: its first
    figure with that field, in document order (as the checks across documents read it)."""
    out: dict[str, dict[str, dict]] = {}
    for row in fact_rows:
        if row["field"]:
            out.setdefault(row["doc_id"], {}).setdefault(row["field"], row)
    return out
