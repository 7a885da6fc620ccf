"""Where the sentence or clause around an offset starts and ends, from boundaries found once per document."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from . import regexp
from .model import Document

SENTENCE_BOUNDARY = regexp.compile(r"[。；;！!？?\n\t]")
PERIOD_BOUNDARY = regexp.compile(r"[。！!？?\n]")      # a whole sentence, over its ；-clauses
LINE_BOUNDARY = regexp.compile(r"\n")
# (not the thousands' comma of 2,900万元: …比上年的2,900万元多安排300万元 is one clause)
CLAUSE_BOUNDARY = regexp.compile(r"[。；;！!？?\n\t，：:、]|(?<!\d),|,(?!\d{3}(?!\d))")


# No sentence of a real report is longer (the longest in the corpora has 259 characters). A text without
# stops (10,000 numbers in a row, a hostile file) is cut at this length, so that reading the sentence
# around each figure costs a bounded time and a text's time stays linear in its length.
LONGEST = 1000


def _bounds(doc: Document, name: str, pattern: regexp.Pattern) -> list[int]:
    found = doc.cache.get(name)
    if found is None:
        found = doc.cache[name] = _at_most(LONGEST, [m.start() for m in pattern.finditer(doc.norm)], len(doc.norm))
    return found


def _at_most(longest: int, bounds: list[int], length: int) -> list[int]:
    """The boundaries with one added wherever a stretch between two would be longer than `longest`."""
    out, previous = [], -1
    for bound in bounds + [length]:
        while bound - previous - 1 > longest:
            previous += longest + 1
            out.append(previous)
        if bound < length:
            out.append(bound)
        previous = bound
    return out


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of every sentence, in order."""
    bounds = _bounds(doc, "sentence", SENTENCE_BOUNDARY)
    edges = [0] + [b + 1 for b in bounds] + [len(doc.norm)]
    return list(zip(edges, edges[1:]))


def _start(doc: Document, offset: int, name: str, pattern: regexp.Pattern) -> int:
    bounds = _bounds(doc, name, pattern)
    i = bisect_left(bounds, offset)
    return bounds[i - 1] + 1 if i else 0


def _end(doc: Document, offset: int, name: str, pattern: regexp.Pattern) -> int:
    bounds = _bounds(doc, name, pattern)
    i = bisect_left(bounds, offset)
    return bounds[i] if i < len(bounds) else len(doc.norm)


def sentence_start(doc: Document, offset: int) -> int:
    return _start(doc, offset, "sentence", SENTENCE_BOUNDARY)


def sentence_end(doc: Document, offset: int) -> int:
    return _end(doc, offset, "sentence", SENTENCE_BOUNDARY)


def period_start(doc: Document, offset: int) -> int:
    """Where the whole sentence around an offset starts (after 。 or a line break, not after ；)."""
    return _start(doc, offset, "period", PERIOD_BOUNDARY)


def period_end(doc: Document, offset: int) -> int:
    return _end(doc, offset, "period", PERIOD_BOUNDARY)


def line_start(doc: Document, offset: int) -> int:
    """Where the line (paragraph) around an offset starts."""
    return _start(doc, offset, "line", LINE_BOUNDARY)


def line_end(doc: Document, offset: int) -> int:
    """Where the line (paragraph) around an offset ends (a hostile line without breaks: at most LONGEST on)."""
    return _end(doc, offset, "line", LINE_BOUNDARY)


def sentence_end_of_line(doc: Document, offset: int) -> int:
    """The end of the line an offset is on (a heading's line)."""
    end = doc.norm.find("\n", offset)
    return len(doc.norm) if end < 0 else end


def clause_start(doc: Document, offset: int) -> int:
    return _start(doc, offset, "clause", CLAUSE_BOUNDARY)


def clause_end(doc: Document, offset: int) -> int:
    return _end(doc, offset, "clause", CLAUSE_BOUNDARY)


class Spans:
    """Sorted, merged spans with a fast overlap test (masks of text that holds no figure)."""

    def __init__(self, spans) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1)   # spans starting before `end`
        return i > 0 and self.ends[i - 1] > start
