"""Checks across the documents of one run: the same county in consecutive years, duplicate reports."""
from __future__ import annotations

import patterns
from extractors.model import Document, Finding

from .findings import finding, shown
from .rounding import interval


def _first(doc: Document, field: str):
    return next((f for f in doc.figures if f.field == field), None)


def check_across(docs: list[Document]) -> list[Finding]:
    out = []
    ok = [d for d in docs if d.status == "ok" and d.county and d.year]
    by_county: dict[str, list[Document]] = {}
    for d in ok:
        by_county.setdefault(d.county, []).append(d)
    for county, group in by_county.items():
        for earlier in group:
            for later in group:
                if later.year == earlier.year + 1:
                    prior, current = _first(later, "funds_county_prior"), _first(earlier, "funds_county_current")
                    if prior and current and not interval(prior).overlaps(interval(current)):
                        out.append(finding("cross_year", "error",
                                           f"{county}{later.year}年报告写上年县级资金{shown(prior)}，而{earlier.year}年报告写"
                                           f"当年县级资金{shown(current)}。", [prior, current], prior.value, current.value))
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.year == b.year and a.doc_id != b.doc_id:
                    differs = _differing_fields(a, b)
                    if differs:
                        name, fa, fb = differs[0]
                        name = patterns.load("fields")["names"].get(name, name)
                        out.append(finding("duplicate_report", "warning",
                                           f"{county}{a.year}年度有两份报告（{a.path}、{b.path}），数字不同：{name}{shown(fa)}与{shown(fb)}。",
                                           [fa, fb], fa.value, fb.value))
    return out


def _differing_fields(a: Document, b: Document):
    out = []
    fields_b = {f.field: f for f in b.figures if f.field}
    for f in a.figures:
        other = fields_b.get(f.field) if f.field else None
        if other is not None and f.kind == other.kind and f.kind != "date" and not interval(f).overlaps(interval(other)):
            out.append((f.field, f, other))
    return out
