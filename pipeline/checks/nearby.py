"""The figures near an offset, found by bisection over their starts or ends (computed once per document), so that
looking around each figure costs a bounded time and a check stays linear in the length of the text."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from extractors import regexp
from extractors.model import Document, Figure

LOOK_BACK = 200     # figures an earlier total or base is looked for among


def _starts(doc: Document) -> list[int]:
    found = doc.cache.get("figure_starts")
    if found is None:
        found = doc.cache["figure_starts"] = [f.start for f in doc.figures]
    return found


def figures_between(doc: Document, lo: int, hi: int) -> list[Figure]:
    """The figures that start in [lo, hi)."""
    starts = _starts(doc)
    return doc.figures[bisect_left(starts, lo):bisect_left(starts, hi)]


def figures_ending_in(doc: Document, lo: int, hi: int) -> list[Figure]:
    """The figures that end in (lo, hi]."""
    ends = doc.cache.get("figure_ends")
    if ends is None:
        ends = doc.cache["figure_ends"] = [f.end for f in doc.figures]
    return doc.figures[bisect_right(ends, lo):bisect_right(ends, hi)]


def figures_before(doc: Document, offset: int) -> list[Figure]:
    """The last LOOK_BACK figures that start before the offset, in document order."""
    i = bisect_left(_starts(doc), offset)
    return doc.figures[max(0, i - LOOK_BACK):i]


def last_before(doc: Document, name: str, chosen: Callable[[Figure], bool], offset: int) -> Figure | None:
    """The last figure chosen() picks that ends at or before the offset: the figures it picks are found once per
    document (kept under name) and looked up by bisection, not scanned back from the end of the text each time."""
    found = doc.cache.get(("last_before", name))
    if found is None:
        figures = [f for f in doc.figures if chosen(f)]
        found = doc.cache[("last_before", name)] = (figures, [f.end for f in figures])
    figures, ends = found
    i = bisect_right(ends, offset)
    return figures[i - 1] if i else None


def matched_at_offsets(pattern: str) -> regexp.Pattern:
    """A pattern to match at an offset of the whole text (pattern.match(doc.norm, f.end)), at every figure. The
    regex module first looks for the characters a pattern requires (the / of …万元/公里测算) from the offset to
    the end of the text, so matching at each figure was quadratic in a long text (3 of 10 s for 2 MB); an
    alternative that never matches, (?!), turns that look-ahead off and matches the same."""
    return regexp.compile(f"(?:{pattern}|(?!))")
