"""Building findings: the verdict of a relation under the rounding rule, and its message."""
from __future__ import annotations

from decimal import Decimal
from functools import cache

import patterns
from extractors.model import Figure, Finding
from extractors.numbers import plain

from .rounding import Interval, interval, neighbours_swapped, rounded, total, truncated_to

HOLDS, ROUNDING, CONTRADICTION = "holds", "rounding", "contradiction"


def verdict(declared: Figure, computed: Decimal, computed_span: Interval) -> str:
    """holds: the exact result falls in the stated figure's interval; rounding: only the parts'
    rounding can explain it; contradiction: no reading of the written figures makes it hold."""
    stated = interval(declared)
    if stated.contains(computed):
        return HOLDS
    if stated.overlaps(computed_span):
        return ROUNDING
    return CONTRADICTION


def truncation_note(declared: Figure, computed: Decimal) -> str:
    if declared.scale != 0 and truncated_to(computed / declared.scale, declared.decimals) * declared.scale == declared.value:
        return "（申报值像是截断而非四舍五入）"
    return ""


def shown(figure: Figure) -> str:
    """A figure as the report writes it, without spaces; a table cell's bare number with its unit (88.6 → 88.6分)."""
    text = "".join(figure.text.split())
    return text + figure.unit if figure.cell is not None and figure.unit and text[-1:].isdigit() else text


def number(value: Decimal, places: int = 2) -> str:
    return plain(rounded(value, places))


def amount(value: Decimal, like: Figure) -> str:
    """A computed value in the unit the report writes `like` in: 73389200 beside 万元 figures → 7338.92万元."""
    if like.kind in ("percent", "score", "date") or not like.scale:
        return number(value) + (like.unit if like.kind != "date" else "")
    unit = like.unit if like.scale != 1 else (like.unit or "")
    return number(value / like.scale, max(like.decimals, 2)) + unit


def finding(rule: str, severity: str, message: str, figures: list[Figure],
            declared: Decimal | str = "", computed: Decimal | str = "", places: int | None = None) -> Finding:
    def fmt(v):
        if isinstance(v, Decimal):
            return plain(rounded(v, places)) if places is not None else plain(v)
        return v
    difference = ""
    if isinstance(declared, Decimal) and isinstance(computed, Decimal):
        c = rounded(computed, places) if places is not None else computed
        difference = plain(c - declared)
    return Finding(rule=rule, severity=severity, message=message, declared=fmt(declared), computed=fmt(computed),
                   difference=difference, figures=list(figures))


def percent_finding(rule: str, declared: Figure, value: Decimal, span: Interval, formula: str, what: str,
                    figures: list[Figure], note: str = "") -> Finding:
    """A stated percentage against the one recomputed by `formula`, under the rounding rule."""
    result = verdict(declared, value, span)
    head = f"{what}申报{shown(declared)}，按{formula}计算为{number(value)}%，"
    if result == CONTRADICTION:
        msg = head + f"相差{number(abs(value - declared.value))}个百分点{truncation_note(declared, value)}。"
    elif result == ROUNDING:
        # a percentage is rounded by nature, and so are the amounts it is of: within their rounding it holds
        msg = head + f"在舍入范围内相符{note}。"
    else:
        msg = head + f"相符{note}。"
    return finding(rule, severity_of(result, rounding_severity="info"), msg, figures, declared.value, value, places=2)


def severity_of(result: str, rounding_severity: str = "warning") -> str:
    return {HOLDS: "info", ROUNDING: rounding_severity, CONTRADICTION: "error"}[result]


def minus(whole: Figure, part: Figure) -> Figure:
    """A value the report implies but never writes: 16938元 less 2337元, 5000万元 less the 500万元 left out."""
    return _implied(whole, whole.value - part.value, f"({shown(whole)}−{shown(part)})", part)


def plus(a: Figure, b: Figure) -> Figure:
    """16935元 plus a gap of 1966元: the national level a report compares itself with."""
    return _implied(a, a.value + b.value, f"({shown(a)}+{shown(b)})", b)


def _implied(like: Figure, value, text: str, other: Figure) -> Figure:
    read_by_ocr = [f.ocr for f in (like, other) if f.ocr is not None]
    return Figure(like.kind, value, like.unit, text, like.start, like.end,
                  decimals=max(like.decimals, other.decimals), scale=like.scale,
                  ocr=min(read_by_ocr) if read_by_ocr else None)


OCR_CAUTION = "（涉及扫描件OCR识别的数字，可能识读有误，请对照原件核对。）"


def as_warning(found: Finding, note: str) -> None:
    """A contradiction that rests on something assumed (a base, a list's completeness): a warning that says what."""
    found.severity = "warning"
    found.message = found.message.rstrip("。") + note


def assumed_sum(rule: str, whole: Figure, parts: list[Figure], what: str, note: str) -> list[Finding]:
    """Parts against a total where which parts they are was assumed: a contradiction is a warning that says so
    (note), a sum that holds no finding."""
    found = sum_finding(rule, whole, parts, what)
    if found.severity == "error":
        as_warning(found, note)
    return [found] if found.severity != "info" else []


def caution_ocr(findings: list[Finding]) -> None:
    """A contradiction may be the recogniser's misreading: with an OCR figure it is a warning, never an error,
    and its message says so."""
    for f in findings:
        if f.severity != "info" and any(x.ocr is not None for x in f.figures):
            f.severity = "warning"
            f.message += OCR_CAUTION


def sum_finding(rule: str, whole: Figure, parts: list[Figure], what: str, partial: bool = False) -> Finding:
    """parts against their stated total, under the rounding rule; partial: the parts are only some of it."""
    value, span = total(parts)
    formula = "+".join(shown(p) for p in parts)
    if partial:
        if interval(whole).hi >= span.lo:
            return finding(rule, "info", f"{what}：列出的部分（{formula}）未超过总数{shown(whole)}。", [whole, *parts])
        return finding(rule, "error", f"{what}：部分之和{formula}={amount(value, whole)}超过了总数{shown(whole)}。",
                       [whole, *parts], whole.value, value)
    if whole.qualifier and (within := _within_its_word(whole, value)) is not None:
        # parts short of an approximate total may be some of it; more than it allows is worth a look
        beyond = not within and value > whole.value
        return finding(rule, "warning" if beyond else "info",
                       f"{what}：{formula}={amount(value, whole)}，" + (f"超出约数{shown(whole)}较多，请核对。" if beyond
                       else f"与约数{shown(whole)}相符。" if within else f"少于约数{shown(whole)}，所列可能不全。"),
                       [whole, *parts], whole.value, value)
    result = verdict(whole, value, span)
    if result == CONTRADICTION and (taken_off := with_amounts_taken_back_off(whole, parts)) is not None:
        value, span, formula = taken_off
        result = verdict(whole, value, span)
    if result == HOLDS:
        msg = f"{what}：{formula}={shown(whole)}，相符。"
    elif result == ROUNDING:
        msg = f"{what}：{formula}={amount(value, whole)}，与{shown(whole)}按书写值不等，只在舍入范围内相符，请核对。"
    elif len(parts) == 1:       # one part that is all of it: no sum to show
        msg = f"{what}：{formula}与{shown(whole)}相差{amount(value - whole.value, whole)}。"
    else:
        msg = f"{what}：{formula}={amount(value, whole)}，与{shown(whole)}相差{amount(value - whole.value, whole)}。"
    return finding(rule, severity_of(result), msg, [whole, *parts], whole.value, value)


def with_amounts_taken_back_off(whole: Figure, parts: list[Figure]) -> tuple[Decimal, Interval, str] | None:
    """（二）省级资金2,390万元。其中：…提前下达1,842万元；…下达596万元；…收回我县资金48万元: the parts with the amounts taken
    back subtracted, where the total holds so (else the parts as listed stand: a slip is a slip either way)."""
    if whole.measure == "recovered" or not any(p.measure == "recovered" for p in parts):
        return None
    signs = [Decimal(-1) if p.measure == "recovered" else Decimal(1) for p in parts]
    value = sum((p.value * sign for p, sign in zip(parts, signs)), Decimal(0))
    span = Interval.exact(Decimal(0))
    for p, sign in zip(parts, signs):
        span = span + interval(p).scaled(sign)
    if verdict(whole, value, span) == CONTRADICTION:
        return None
    formula = "".join(("−" if sign < 0 else "+" if n else "") + shown(p)
                      for n, (p, sign) in enumerate(zip(parts, signs)))
    return value, span, formula


@cache
def total_qualifiers() -> tuple[frozenset, frozenset, frozenset, Decimal]:
    data = patterns.load("relations")["context"]
    return (frozenset(data["total_approximate"]), frozenset(data["total_at_least"]), frozenset(data["total_at_most"]),
            Decimal(str(data["approximate_within"])))


def roughly(rough: Figure, exact: Figure) -> bool:
    """A figure written with a word of approximation or a bound (8,300余万元, 超过5,300人) within the reach such words have of
    the exact figure it restates."""
    return bool(rough.qualifier) and abs(rough.value - exact.value) <= exact.value * total_qualifiers()[3]


def _within_its_word(whole: Figure, value: Decimal) -> bool | None:
    """Whether parts adding up to value fit a total written as approximate or as a bound (5500余人: at least 5500, and
    within a tenth above it); None for a qualifier that is neither."""
    approximate, at_least, at_most, within = total_qualifiers()
    lo, hi = whole.value * (1 - within), whole.value * (1 + within)
    if whole.qualifier in approximate:
        return lo <= value <= hi
    if whole.qualifier in at_least:
        return interval(whole).lo <= value <= hi
    if whole.qualifier in at_most:
        return lo <= value <= interval(whole).hi
    return None


def carryover_in_doubt(total_f: Figure, spent: Figure, carry: Figure, rate: Figure | None) -> Finding:
    """The carry-over against the total less the spending, where a rate or a typist's swap says it is the odd one. Its
    declared and computed values are the relation's, as for any sum (the total stated, the spending and the carry-over
    added up): the message names the figure in doubt."""
    left = minus(total_f, spent)
    why = f"执行率{shown(rate)}与支出数相符" if rate is not None else "两数只有相邻两位互换"
    msg = (f"结转结余申报{shown(carry)}，按{shown(total_f)}−支出{shown(spent)}计算为{amount(left.value, carry)}，"
           f"相差{amount(abs(left.value - carry.value), carry)}；{why}，疑结转结余有误。")
    return finding("spent_plus_carryover", "error", msg, [carry, total_f, spent, *([rate] if rate else [])],
                   total_f.value, spent.value + carry.value)


def carryover_swapped(total_f: Figure, spent: Figure, carry: Figure) -> bool:
    """到位21.90亿元，已支付15.06亿元，结存6.48亿元 (21.90 − 15.06 = 6.84): the carry-over a typist's swap of the total less
    the spending, where a slip in the spending would not make the same swap (4000 − 3934.71 = 65.29 beside 56.29,
    where 3943.71 was meant, says nothing)."""
    return neighbours_swapped(carry.value, total_f.value - spent.value) \
        and not neighbours_swapped(spent.value, total_f.value - carry.value)
