"""Canonical fields by the named rules of patterns/fields.toml."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

import patterns

from .model import Document, Figure

CLAUSE_BOUNDARY = regex.compile(r"[。；;！!？?\n\t,，：:、]")
SENTENCE_BOUNDARY = regex.compile(r"[。；;！!？?\n\t]")
BOUNDS = frozenset({"≥", "≤", ">", "<", "≧", "≦", "不低于", "不少于", "不超过", "不高于", "至少", "最多", "最高", "最低",
                    "以上", "以下", "以内", "高于", "低于", "大于", "小于", "多于", "少于"})
TEXT_CONDITIONS = ("clause", "sentence", "after", "not_clause", "not_sentence", "not_after",
                   "unit", "title", "row", "column")


@dataclass(frozen=True)
class Rule:
    name: str
    field: str
    kind: str
    source: str
    conditions: tuple[tuple[str, regex.Pattern], ...]
    previous: str
    follows: str
    indicators: frozenset
    bound: bool


@cache
def rules() -> tuple[Rule, ...]:
    out = []
    for r in patterns.load("fields")["rule"]:
        conditions = tuple((key, regex.compile(r[key])) for key in TEXT_CONDITIONS if key in r)
        out.append(Rule(r["name"], r["field"], r["kind"], r.get("source", "paragraph"), conditions,
                        r.get("previous", ""), r.get("follows", ""), frozenset(r.get("indicators", ())), r.get("bound", False)))
    return tuple(out)


@dataclass
class Context:
    clause: str
    sentence: str
    after: str
    unit: str
    title: str
    row: str
    column: str
    previous: frozenset   # fields of earlier figures in the same sentence
    follows: str          # field of the figure right before
    indicator: int | None


def _context(doc: Document, figure: Figure, earlier: list[Figure]) -> Context:
    norm = doc.norm
    if figure.cell is not None:
        cell_text = norm[figure.cell.start:figure.start]
        return Context(cell_text, cell_text, norm[figure.end:figure.cell.end], figure.unit, doc.title,
                       figure.row_label, figure.column_header, frozenset(), "", figure.indicator)
    lo = max(0, figure.start - 240)
    window = norm[lo:figure.start]
    sentence_start = lo + max((m.end() for m in SENTENCE_BOUNDARY.finditer(window)), default=0)
    in_sentence = [f for f in earlier if f.cell is None and f.end > sentence_start]
    clause_start = lo + max((m.end() for m in CLAUSE_BOUNDARY.finditer(window)), default=0)
    if in_sentence:
        clause_start = max(clause_start, in_sentence[-1].end)
    m = SENTENCE_BOUNDARY.search(norm, figure.end)
    after = norm[figure.end:m.start() if m else len(norm)]
    return Context(norm[clause_start:figure.start], norm[sentence_start:figure.start], after, figure.unit,
                   doc.title, "", "", frozenset(f.field for f in in_sentence if f.field),
                   in_sentence[-1].field if in_sentence else "", figure.indicator)


def _holds(rule: Rule, figure: Figure, ctx: Context) -> bool:
    if rule.kind != figure.kind or (rule.source == "table") != (figure.cell is not None):
        return False
    if figure.qualifier in BOUNDS and not rule.bound:
        return False
    if rule.previous and rule.previous not in ctx.previous:
        return False
    if rule.follows and rule.follows != ctx.follows:
        return False
    if rule.indicators and figure.indicator is not None and figure.indicator not in rule.indicators:
        return False
    for key, pattern in rule.conditions:
        text = getattr(ctx, key.removeprefix("not_"))
        found = pattern.search(text) is not None
        if found == key.startswith("not_"):
            return False
    return True


def assign_fields(doc: Document) -> None:
    for n, figure in enumerate(doc.figures):
        ctx = _context(doc, figure, doc.figures[max(0, n - 12):n])
        for rule in rules():
            if _holds(rule, figure, ctx):
                figure.field, figure.field_rule = rule.field, rule.name
                break
