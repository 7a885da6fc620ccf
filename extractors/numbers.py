"""Numbers as written → exact Decimals (arabic, full-width, Chinese, financial capitals)."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import cn2an

import patterns

_CAPITALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟萬億", "一二三四五六七八九十百千万亿")


def chinese_characters() -> str:
    data = patterns.load("numbers")
    return data["chinese_digits"] + data["chinese_units"] + data["chinese_multipliers"]


@lru_cache(maxsize=8192)     # a Chinese number costs cn2an 10 to 25 µs, and reports repeat theirs (两, 三, 十)
def parse_number(written: str) -> tuple[Decimal, int]:
    """Return (value, decimals as written). Raises ValueError for text that is no number."""
    text = "".join(written.split())
    for sep in patterns.load("numbers")["thousands_separators"]:
        text = text.replace(sep, "")
    if text and text[0].isdecimal():       # isdigit would take ² and ①, which are no digits of a number
        head, _, tail = text.partition(".")
        if tail and not tail.isdecimal() or not head.isdecimal():
            raise ValueError(written)
        return Decimal(text), len(tail)
    text = text.translate(_CAPITALS)
    integer, _, fraction = text.partition("点")
    try:
        value = Decimal(cn2an.cn2an(integer, "smart")) if integer else Decimal(0)
    except (ValueError, KeyError) as exc:
        raise ValueError(written) from exc
    if fraction:
        digits = "".join(str(cn2an.cn2an(ch, "smart")) for ch in fraction)
        value += Decimal("0." + digits)
    return value, len(fraction)


def small_int(written: str) -> int:
    """A month, a day or a digit of a year, in digits or Chinese numerals (十二, 三十, 〇, ○)."""
    return int(written) if written.isdigit() else int(parse_number(written.replace("○", "〇"))[0])


def year_of(written: str) -> int:
    """2024 or 二〇二四."""
    return int(written) if written.isdigit() else int("".join(str(small_int(c)) for c in written))


def plain(value: Decimal) -> str:
    """Decimal as plain text: no exponent, no trailing zeros (3122.15523万元 → 31221552.3)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"
