"""Offset-preserving normalization: one character in, one character out.

Full-width digits, letters and signs become ASCII (Chinese punctuation stays), traditional characters become
simplified (OpenCC's character table), and an ideographic full stop between
digits becomes a decimal point. Because lengths never change, an offset in
the normalized text is the same offset in the text as read.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import opencc

from . import regexp

# Chinese punctuation stays as it is: patterns read ， ； ： （ ） as the clause marks they are.
KEPT_PUNCTUATION = frozenset("，；：（）！？")
IDEOGRAPHIC_POINT = regexp.compile(r"(?<=\d)[。．](?=\d)", long_text=True)


@cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):          # full-width ASCII block: digits, letters, ％, ．, ＞ …
        if chr(code) not in KEPT_PUNCTUATION:
            table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "                          # ideographic space
    characters = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in characters.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1 and source != target:
            table.setdefault(ord(source), target)
    # Keep the characters whose traditional form is also common simplified usage as they are.
    for keep in "著乾":
        table.pop(ord(keep), None)
    return table


def normalize(text: str) -> str:
    folded = text.translate(_table())
    folded = IDEOGRAPHIC_POINT.sub(".", folded)
    assert len(folded) == len(text)
    return folded
