"""Which lines of a text exported from a PDF or a fixed-width layout run on from the line before: the layout broke
its sentences where its lines were full (…比2017年的\n7,500万元增加…)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from . import regexp
from .normalize import normalize
from .structure import heading_level

WRAPPED_SHARE = 0.4     # of the text's long lines, how many share one length in a text wrapped at that length
WRAPPED_LINES = 10      # long lines a wrapped text has at least
WRAP_WIDTH = 25         # characters a wrapped line holds at least (shorter lines of one length are lists, not wrapping)
LONG_LINE = 15          # characters of a line that may have been wrapped
EARLY_WRAP = 0.6        # of the width, a line that stopped short before a number that did not fit
NUMBER_START = regexp.compile(r"\s*[\d.,%％]")
LINE_END = regexp.compile(r"[。；;！!？?：:]\s*$")
# a line that opens something of its own besides a heading: a page's number, an attachment, a note, a signature's date
OWN_LINE = regexp.compile(r"\s*(?:第[\d一二三四五六七八九十]+[章节条页]|[-—–]\s*\d+\s*[-—–]|附件|注[：:]"
                          r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$)")


def runs_on_from_before(lines: list[str], is_prose: Callable[[str], bool]) -> list[bool]:
    """For each line, whether it runs on from the one before: where most long lines of prose share one length, a line
    after one of that length that ends no sentence, or after a shorter one when it opens with a number too long to
    have fit there; never a heading, a list item, a page's number or a signature's date."""
    prose = [is_prose(line) for line in lines]
    lengths = [len(line.rstrip()) for line, p in zip(lines, prose) if p and len(line.strip()) >= LONG_LINE]
    if len(lengths) < WRAPPED_LINES:
        return [False] * len(lines)
    counts = Counter(lengths)
    near = {w: counts[w - 1] + counts[w] + counts[w + 1] for w in counts}      # (one pass: time linear in the text)
    width = max(near, key=lambda w: (near[w], w))
    if width < WRAP_WIDTH or near[width] < WRAPPED_SHARE * len(lengths):
        return [False] * len(lines)
    out: list[bool] = []
    full = early = False
    for line, p in zip(lines, prose):
        out.append(bool(out) and (full or early and bool(NUMBER_START.match(line))) and bool(line.strip()) and p
                   and not _opens_its_own(line))
        open_end = p and not LINE_END.search(line)
        full = open_end and len(line.rstrip()) >= width - 1
        early = open_end and len(line.rstrip()) >= EARLY_WRAP * width
    return out


def _opens_its_own(line: str) -> bool:
    """A heading, a list item (一、 （一） 1. as the headings read them), a page's number or a signature's date."""
    return heading_level(normalize(line)) is not None or OWN_LINE.match(line) is not None
