"""Interval arithmetic for stated figures (the contract's rounding rule).

A value written with d decimals stands for [v − ½·10^−d, v + ½·10^−d] in the
unit it is written in; a relation holds when the interval computed from the
parts overlaps the interval of the stated result (as XBRL Calculations 1.1
does for sums).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

from extractors.model import Figure

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Interval:
    lo: Decimal
    hi: Decimal

    @classmethod
    def exact(cls, value: Decimal) -> "Interval":
        return cls(value, value)

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __truediv__(self, other: "Interval") -> "Interval | None":
        if other.lo <= 0 <= other.hi:
            return None
        with localcontext() as ctx:
            ctx.prec = 28
            ends = [self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi]
        return Interval(min(ends), max(ends))

    def scaled(self, factor: Decimal) -> "Interval":
        ends = (self.lo * factor, self.hi * factor)
        return Interval(min(ends), max(ends))

    def overlaps(self, other: "Interval") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def contains(self, value: Decimal) -> bool:
        return self.lo <= value <= self.hi


def interval(figure: Figure) -> Interval:
    h = figure.half_unit
    return Interval(figure.value - h, figure.value + h)


def total(figures: list[Figure]) -> tuple[Decimal, Interval]:
    value = sum((f.value for f in figures), Decimal(0))
    span = Interval.exact(Decimal(0))
    for f in figures:
        span = span + interval(f)
    return value, span


def ratio_percent(numerator: Figure, denominator: Figure) -> tuple[Decimal, Interval] | None:
    """numerator ÷ denominator as a percentage, exact and as an interval."""
    if denominator.value == 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        value = numerator.value / denominator.value * HUNDRED
    span = interval(numerator) / interval(denominator)
    return (value, span.scaled(HUNDRED)) if span else None


def growth_percent(current: Figure, prior: Figure) -> tuple[Decimal, Interval] | None:
    """(current − prior) ÷ prior as a percentage."""
    if prior.value == 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        value = (current.value - prior.value) / prior.value * HUNDRED
    span = (interval(current) - interval(prior)) / interval(prior)
    return (value, span.scaled(HUNDRED)) if span else None


def truncated_to(value: Decimal, decimals: int) -> Decimal:
    return value.scaleb(decimals).to_integral_value(rounding="ROUND_DOWN").scaleb(-decimals)


def rounded(value: Decimal, places: int = 2) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places)) if value == value else value


def significant_digits(value: Decimal) -> tuple[int, str]:
    """An amount's magnitude and its significant digits: 9379.5万元 is (7, "93795")."""
    value = value.normalize()
    return value.adjusted(), "".join(str(d) for d in value.as_tuple().digits).rstrip("0")


def neighbours_swapped(a: Decimal, b: Decimal) -> bool:
    """6.48亿元 and 6.84亿元: two values of one magnitude whose digits differ only by two neighbours swapped."""
    (ma, da), (mb, db) = significant_digits(a), significant_digits(b)
    if ma != mb or a == b:
        return False
    da, db = da.ljust(len(db), "0"), db.ljust(len(da), "0")
    diff = [i for i in range(len(da)) if da[i] != db[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and da[diff[0]] == db[diff[1]] and da[diff[1]] == db[diff[0]]
