"""Checks across the documents of one run: the same county in consecutive years, duplicate reports."""
from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal
from difflib import SequenceMatcher
from functools import cache
from itertools import accumulate

import patterns
from extractors import regexp
from extractors.context import main_fund
from extractors.metadata import township_reporting
from extractors.model import Document, Figure, Finding

from .findings import CONTRADICTION, finding, number, shown, verdict
from .rounding import Interval, growth_percent, interval

REISSUED = regexp.compile(r"更正|修订|修正|重新印发|重新报送|修改稿|（第二版）")
COMPARED_WITH = regexp.compile(r"(?:较|比|同比)(?:\d{4}年|上年|去年|上一年)?(?:的|度)?$")   # 省级投入总量较2017年(19.2287亿元)


def _first(doc: Document, field: str):
    return next((f for f in doc.figures if f.field == field), None)


def entity(doc: Document) -> str:
    """Whose report it is: the county, else the prefecture or province that issued it; a township's report is its
    township's, in its county."""
    return (doc.county or doc.city or doc.province) + township_reporting(doc)


def check_across(docs: list[Document]) -> list[Finding]:
    out = []
    ok = [d for d in docs if d.status == "ok" and entity(d) and d.year]
    by_county: dict[str, list[Document]] = {}
    for d in ok:
        by_county.setdefault(entity(d), []).append(d)
    for county, group in by_county.items():
        for earlier in group:
            for later in group:
                if later.year > earlier.year:
                    out += restated_years(county, earlier, later)
                if later.year == earlier.year + 1:
                    out += growth_over_last_years_report(county, earlier, later)
                    prior, current = _first(later, "funds_county_prior"), _first(earlier, "funds_county_current")
                    if prior and current and not interval(prior).overlaps(interval(current)):
                        out.append(finding("cross_year", "error",
                                           f"{county}{later.year}年报告写上年县级资金{shown(prior)}，而{earlier.year}年报告写"
                                           f"当年县级资金{shown(current)}。", [prior, current], prior.value, current.value))
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.year == b.year and a.doc_id != b.doc_id:
                    versions = same_report(county, a, b)
                    if versions is not None:
                        out += versions
                        continue
                    # (not 部门整体支出绩效评价报告 beside 中央专项彩票公益金…安排情况的公告 of the same province and year:
                    # reports on two funds)
                    differs = _differing_fields(a, b) if main_fund(a) == main_fund(b) else []
                    if differs and bool(REISSUED.search(a.title)) != bool(REISSUED.search(b.title)):
                        # (巫溪县…自评报告（更正稿）, a short notice that restates the figures it corrects: it supersedes)
                        old, new = (b, a) if REISSUED.search(a.title) else (a, b)
                        of_old = {id(f) for f in old.figures}
                        changed = [(fa, fb) if id(fa) in of_old else (fb, fa) for _, fa, fb in differs]
                        names = patterns.load("fields")["names"]
                        listed = "；".join(f"{names.get(f_old.field, f_old.field)}{shown(f_old)}改为{shown(f_new)}"
                                          for f_old, f_new in changed[:8])
                        out.append(finding("duplicate_report", "warning",
                                           f"{county}{a.year}年度报告{new.path}是{old.path}的更正版本，以新版为准；"
                                           f"改动的数字：{listed}。", [changed[0][1], changed[0][0]],
                                           changed[0][1].value, changed[0][0].value))
                    elif differs:
                        name, fa, fb = differs[0]
                        name = patterns.load("fields")["names"].get(name, name)
                        out.append(finding("duplicate_report", "warning",
                                           f"{county}{a.year}年度有两份报告（{a.path}、{b.path}），数字不同：{name}{shown(fa)}与{shown(fb)}。",
                                           [fa, fb], fa.value, fb.value))
    return out


SAME_REPORT = 0.8          # share of figures two files must share to be one report (two formats, or re-issued)


def same_report(county: str, a: Document, b: Document) -> list[Finding] | None:
    """The same report twice: in two formats (the same figures: said once, as info), or re-issued
    (更正, 修订, a later date) with some figures changed: the later supersedes the earlier, and every
    changed figure is listed. None when the two are different reports."""
    seq_a = [(f.kind, f.value) for f in a.figures if f.kind != "date"]
    seq_b = [(f.kind, f.value) for f in b.figures if f.kind != "date"]
    matcher = SequenceMatcher(a=seq_a, b=seq_b, autojunk=False)
    if not seq_a or not seq_b or matcher.ratio() < SAME_REPORT:
        return None
    old, new = sorted((a, b), key=lambda d: (bool(REISSUED.search(d.title)), d.report_date, d.path))
    if new is a:
        matcher = SequenceMatcher(a=seq_b, b=seq_a, autojunk=False)
    figs_old = [f for f in old.figures if f.kind != "date"]
    figs_new = [f for f in new.figures if f.kind != "date"]
    changed = [(figs_old[i], figs_new[j]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag == "replace"
               for i, j in zip(range(i1, i2), range(j1, j2))]
    if not changed and len(seq_a) == len(seq_b):
        return [finding("duplicate_report", "info", f"{county}{a.year}年度的{a.path}与{b.path}是同一份报告（数字完全一致），"
                        "只需审核一份。", [])]
    listed = "；".join(f"{f_old.label or ''}{shown(f_old)}改为{shown(f_new)}" for f_old, f_new in changed[:8])
    first_old, first_new = changed[0] if changed else (None, None)
    return [finding("duplicate_report", "warning",
                    f"{county}{a.year}年度报告{new.path}是{old.path}的更新版本（更正或重新报送），以新版为准；"
                    f"改动的数字：{listed or '数字个数不同'}。",
                    [first_new, first_old] if changed else [],
                    first_new.value if changed else "", first_old.value if changed else "")]


def restated_years(county: str, earlier: Document, later: Document) -> list[Finding]:
    """A later report that states a figure of the earlier year (较2017年的19.2287亿元) against what the
    earlier report stated for the same measure, level and fund of its own year."""
    year = str(earlier.year)
    # the earlier report's amounts of its year, by measure and level, and by fund too: each figure of the later
    # report is looked up among them, not compared with every one (two exports of many reports are long)
    stated: dict[tuple, list[tuple[int, Figure]]] = {}
    for n, a in enumerate(earlier.figures):
        if a.kind == "money" and _year_of(a) == year and _own(a) and not a.purpose and a.cell is None:
            stated.setdefault((a.measure, a.fund_level), []).append((n, a))
            stated.setdefault((a.measure, a.fund_level, a.fund), []).append((n, a))
    pools: dict[tuple, _Pool | None] = {}
    out = []
    for b in later.figures:
        # (a year's carry-over names no level: 2021年度未支付、结转至本年度的衔接资金56.6万元)
        if b.kind != "money" or _year_of(b) != year or not _own(b) or b.purpose \
                or not (b.measure and (b.fund_level or b.measure == "carryover")) or _reward().search(b.label):
            continue        # (…收到2021年度衔接资金绩效考核奖励资金600万元，其中中央奖励200万元: a reward for that year)
        # an amount of no named fund may be of any; one of a named fund, of that fund or of none named
        keys = [(b.measure, b.fund_level, ""), (b.measure, b.fund_level, b.fund)] if b.fund \
            else [(b.measure, b.fund_level)]
        for key in keys:
            if key not in pools:
                pools[key] = _Pool(stated[key]) if key in stated else None
        same = [pools[key] for key in keys if pools[key]]
        if not same or any(pool.overlaps(interval(b)) for pool in same):
            continue
        a = max((pool.largest for pool in same), key=lambda pair: (pair[1].value, -pair[0]))[1]   # the total, not a part
        certain = bool(a.fund and b.fund)
        out.append(finding("cross_year", "error" if certain else "warning",
                           f"{county}{later.year}年报告写{year}年{COMPARED_WITH.sub('', b.label) or '资金'}{shown(b)}，而{year}年报告写"
                           f"{a.label or '同一资金'}{shown(a)}" + ("。" if certain else "（资金名称未写明，按级次和口径比对）。"),
                           [b, a], b.value, a.value))
        break
    return out


GROWTH_GAP = 8          # characters between an amount and the growth stated right after it (，同比增长)
NAME_LENGTH = 6         # characters the shorter of two names must have for them to name one amount
DECLINE = regexp.compile(r"下降|减少|降低|回落|减收|下滑")
RISE = regexp.compile(r"增长|增加|提高|上升|增收|增幅")


def growth_over_last_years_report(county: str, earlier: Document, later: Document) -> list[Finding]:
    """全省一般公共预算支出7695.3亿元，同比增长3.7% in the later report, against the 一般公共预算支出7492.9亿元 the
    report of the year before states for its own year: the growth over the amount of that name (a warning: the
    amounts are matched by their names)."""
    stated: dict[str, list[Figure]] = {}
    for a in earlier.figures:
        if a.kind == "money" and a.cell is None and not a.scope and a.period == str(earlier.year):
            stated.setdefault(a.label, []).append(a)
    out = []
    for current, pct in zip(later.figures, later.figures[1:]):
        if current.kind != "money" or current.cell is not None or current.scope or pct.kind != "percent" \
                or pct.measure != "growth" or pct.start - current.end > GROWTH_GAP or current.period != str(later.year):
            continue
        named = [a for label, group in stated.items() for a in group
                 if min(len(label), len(current.label)) >= NAME_LENGTH
                 and (label.endswith(current.label) or current.label.endswith(label))
                 and a.measure == current.measure]
        if len({a.value for a in named}) != 1:
            continue
        prior = named[0]
        found = growth_percent(current, prior)
        if found is None:
            continue
        value, span = found
        if DECLINE.search(pct.label):
            value, span = -value, span.scaled(Decimal(-1))
        elif not RISE.search(pct.label):
            low = 0 if span.lo < 0 < span.hi else min(abs(span.lo), abs(span.hi))     # the direction unsaid
            value, span = abs(value), Interval(low, max(abs(span.lo), abs(span.hi)))
        if verdict(pct, value, span) != CONTRADICTION:
            continue
        out.append(finding("cross_year", "warning",
                           f"{county}{later.year}年报告写{COMPARED_WITH.sub('', current.label)}{shown(current)}，增长"
                           f"{shown(pct)}；按{earlier.year}年报告的{prior.label}{shown(prior)}计算为{number(value)}%"
                           "（按名称推定为同一口径），请核对。", [pct, current, prior], pct.value, value, places=2))
    return out


YEAR_END = regexp.compile(r"截至((?:19|20)\d{2})-12(?:-3[01])?$")


def _year_of(f: Figure) -> str:
    """A figure's year: its period, or for what was left, the year it stands at the end of (截至2021-12-31)."""
    m = YEAR_END.match(f.period) if f.measure == "carryover" else None
    return m.group(1) if m else f.period


@cache
def _reward() -> regexp.Pattern:
    return regexp.compile(patterns.load("relations")["reward"])


def _own(f: Figure) -> bool:
    """The report's own figure: of no scope, or what was left, under a section on the funds carried over
    (3.上年结转资金。…)."""
    return not f.scope or f.measure == "carryover" and "结转" in f.scope


class _Pool:
    """Amounts a figure may restate, as restated_years reads them: the largest (the first of equals, with its
    place in the report), and whether any one's rounding interval overlaps a given one, by bisection."""

    def __init__(self, figures: list[tuple[int, Figure]]):
        self.largest = max(figures, key=lambda pair: pair[1].value)
        spans = sorted((interval(a) for _, a in figures), key=lambda span: span.lo)
        self.los, self.highest = [span.lo for span in spans], list(accumulate((span.hi for span in spans), max))

    def overlaps(self, span: Interval) -> bool:
        below = bisect_right(self.los, span.hi)         # those that start at or below its top…
        return below > 0 and self.highest[below - 1] >= span.lo     # …reach up to its bottom


def _differing_fields(a: Document, b: Document):
    out = []
    fields_b = {f.field: f for f in b.figures if f.field}
    for f in a.figures:
        other = fields_b.get(f.field) if f.field else None
        if other is not None and f.kind == other.kind and f.kind != "date" and not interval(f).overlaps(interval(other)):
            out.append((f.field, f, other))
    return out
