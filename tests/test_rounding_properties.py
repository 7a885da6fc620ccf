"""Property tests of the rounding rule (shared/spec/contract.md, "Rounding").

Reports compute their totals, shares and growth rates from exact figures and then round what they
write (the total, the parts, the percentage) half up to a few decimals. Whatever they round, the
written figures' intervals still contain the exact values, so the relation holds under the
contract's interval rule: the checker may warn, never report an error. Where nothing was rounded
the relation holds exactly and the check passes as `info`.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.process import process_text

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HUNDRED = Decimal(100)


@st.composite
def amounts(draw, low: int = 1, high: int = 50000) -> Decimal:
    """An exact amount in 万元 with 0 to 4 decimals, as a county's ledger would have it."""
    places = draw(st.integers(0, 4))
    whole = draw(st.integers(low, high))
    fraction = draw(st.integers(0, 10 ** places - 1)) if places else 0
    return Decimal(whole) + Decimal(fraction).scaleb(-places)


def half_up(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def written(value: Decimal, places: int | None) -> str:
    """The figure as the report writes it: rounded to `places` decimals, or exact (None)."""
    return format(value if places is None else half_up(value, places), "f")


roundings = st.one_of(st.none(), st.integers(0, 2))     # None: written exactly as computed


def errors_of(text: str) -> list:
    doc = process_text(text, year=2024)
    assert doc.status == "ok", doc.error
    return doc, [f for f in doc.findings if f.severity == "error"]


def explain(doc) -> str:
    return f"{doc.text}\n" + "\n".join(f"{f.rule} {f.severity} {f.declared} {f.computed}: {f.message}"
                                       for f in doc.findings)


# ---------------------------------------------------------------- sums

@SETTINGS
@given(parts=st.lists(amounts(), min_size=2, max_size=4), total_places=roundings, parts_places=roundings)
def test_a_rounded_total_of_rounded_parts_is_no_error(parts, total_places, parts_places):
    total = sum(parts, Decimal(0))
    levels = ["中央", "省级", "市级", "县级"][:len(parts)]
    listed = "、".join(f"{level}{written(p, parts_places)}万元" for level, p in zip(levels, parts))
    text = f"2024年全县共收到衔接资金{written(total, total_places)}万元，其中{listed}。"
    doc, errors = errors_of(text)
    assert not errors, explain(doc)
    checks = [f for f in doc.findings if f.rule in ("received_sum", "parts_sum")]
    assert checks, explain(doc)
    if total_places is None and parts_places is None:
        assert all(f.severity == "info" for f in checks), explain(doc)


@SETTINGS
@given(parts=st.lists(amounts(), min_size=2, max_size=4), total_places=roundings, parts_places=roundings)
def test_an_enumeration_closed_by_a_rounded_total_is_no_error(parts, total_places, parts_places):
    total = sum(parts, Decimal(0))
    ordinals = "一二三四"
    listed = "，".join(f"第{ordinals[i]}批{written(p, parts_places)}万元" for i, p in enumerate(parts))
    text = f"全年共分{len(parts)}批下达衔接资金，{listed}，合计{written(total, total_places)}万元。"
    doc, errors = errors_of(text)
    assert not errors, explain(doc)
    if total_places is None and parts_places is None:
        sums = [f for f in doc.findings if f.rule == "parts_sum"]
        assert sums and all(f.severity == "info" for f in sums), explain(doc)


# ---------------------------------------------------------------- shares

@st.composite
def part_and_whole(draw):
    whole = draw(amounts(low=10))
    numerator = draw(st.integers(1, 10 ** 6))
    part = half_up(whole * numerator / Decimal(10 ** 6), 4)    # a part of the whole, exact to 4 decimals
    return max(part, Decimal("0.0001")), whole


SHARES = {
    # the sentence, and the rule that must have judged it
    "share": "全县产业项目投入资金{whole}万元，其中联农带农项目{part}万元，占比{pct}%。",
    "industry_share": "截止目前2024年收到三批省级衔接资金共计{whole}万元，其中用于产业发展{part}万元，占比{pct}%。",
}


@pytest.mark.parametrize("rule", SHARES)
@SETTINGS
@given(pw=part_and_whole(), pct_places=st.integers(1, 2), amount_places=roundings)
def test_a_rounded_share_is_no_error(rule, pw, pct_places, amount_places):
    part, whole = pw
    pct = half_up(part / whole * HUNDRED, pct_places)
    text = SHARES[rule].format(whole=written(whole, amount_places), part=written(part, amount_places), pct=pct)
    doc, errors = errors_of(text)
    assert not errors, explain(doc)
    assert [f for f in doc.findings if f.rule == rule], explain(doc)


# ---------------------------------------------------------------- growth

def _growth_words(current: Decimal, prior: Decimal, places: int) -> tuple[str, Decimal]:
    rate = (current - prior) / prior * HUNDRED
    return ("增长" if rate >= 0 else "下降"), half_up(abs(rate), places)


@SETTINGS
@given(current=amounts(low=100, high=9999), prior=amounts(low=100, high=9999),
       pct_places=st.integers(1, 2), amount_places=roundings)
def test_a_rounded_county_growth_is_no_error(current, prior, pct_places, amount_places):
    verb, pct = _growth_words(current, prior, pct_places)
    text = (f"2024年县级安排衔接推进乡村振兴补助资金{written(current, amount_places)}万元，"
            f"县级资金较2023年安排的{written(prior, amount_places)}万元{verb}{pct}%。")
    doc, errors = errors_of(text)
    assert not errors, explain(doc)


@SETTINGS
@given(current=st.integers(3000, 40000), prior=st.integers(3000, 40000), pct_places=st.integers(0, 2))
def test_a_rounded_income_growth_is_no_error(current, prior, pct_places):
    current, prior = Decimal(current), Decimal(prior)
    verb, pct = _growth_words(current, prior, pct_places)
    text = f"2024年脱贫户人均纯收入{current}元，较上年的{prior}元{verb}{pct}%。"
    doc, errors = errors_of(text)
    assert not errors, explain(doc)
    checks = [f for f in doc.findings if f.rule == "growth"]
    assert checks, explain(doc)


def test_neighbours_swapped_is_one_swap_of_two_neighbouring_digits_at_one_magnitude():
    from pipeline.checks.rounding import neighbours_swapped
    assert neighbours_swapped(Decimal("648000000"), Decimal("684000000"))
    assert neighbours_swapped(Decimal("6384200"), Decimal("6834200"))
    assert not neighbours_swapped(Decimal("617000"), Decimal("717000"))       # one digit changed
    assert not neighbours_swapped(Decimal("1234"), Decimal("4231"))           # not neighbours
    assert not neighbours_swapped(Decimal("120"), Decimal("21"))              # another magnitude
    assert not neighbours_swapped(Decimal("1234"), Decimal("1234"))
