"""Ruled tables of a PDF's text layer, read as grids of cells with their spans.

A table that runs on to the next page without repeating its header is read as one table: pdfplumber finds a
table on each page, and the second is more rows of the first when nothing stands between them (only the
running footer and header), its vertical rules stand where the first one's do, and its first row is not a
header: it holds a number, or it is the rest of the first page's last row. A row that the page break cut
leaves its short cells empty on the next page and carries on only the text of its long ones; it is read as
one row, each cell's text joined, so that every value keeps its column header and a total sees all its parts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pdfplumber.utils import extract_text

import patterns

from . import regexp
from .model import Cell
from .text_builder import join_wrapped

Box = tuple[float, float, float, float]     # x0, top, x1, bottom
RULE_TOLERANCE = 2.0                         # points between two drawings of the same vertical rule
CLOSED = re.compile(r"[。！？!?；;]\s*$")     # a cell's text that ends so was not cut by the page break


@cache
def _number() -> regexp.Pattern:
    return regexp.compile(patterns.load("tables")["bare_number"])


@dataclass
class Ruled:
    """A ruled table, maybe over several pages: its cells' boxes on one plane (a later page's rows below the
    earlier page's), each with the page and the box there that it was found as (a cut row's, where it begins),
    and the texts read so far."""
    top: float                  # on its first page
    end: float                  # the bottom on its last page
    boxes: list[Box]
    origin: dict[Box, tuple]
    texts: dict[Box, str] = field(default_factory=dict)

    @classmethod
    def of(cls, page, table) -> "Ruled":
        boxes = [tuple(box) for box in table.cells]
        return cls(table.bbox[1], table.bbox[3], boxes, {box: (page, box) for box in boxes})

    def text(self, box: Box) -> str:
        if box not in self.texts:
            self.texts[box] = _text_in(*self.origin[box])
        return self.texts[box]

    def row(self, first: bool) -> list[Box]:
        """The boxes of the first row (or those that reach the last row's bottom), left to right."""
        edge = min(b[1] for b in self.boxes) if first else max(b[3] for b in self.boxes)
        return sorted((b for b in self.boxes if (b[1] if first else b[3]) == edge), key=lambda b: b[0])

    def cells(self) -> list[Cell]:
        cells = grid_cells(self.boxes, lambda *box: self.text(box))
        for box, cell in zip(self.boxes, cells):
            cell.page = self.origin[box][0].page_number
        return cells


@cache
def _unit_number() -> regexp.Pattern:
    return regexp.compile(patterns.load("tables")["unit_number"])


def _text_in(page, box: Box) -> str:
    x0, top, x1, bottom = box
    inside = [c for c in page.chars
              if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
    return join_wrapped(extract_text(inside).split("\n")) if inside else ""


def grid_cells(boxes: list[tuple], text_in) -> list[Cell]:
    """A ruled table's cells (x0, top, x1, bottom) on the grid their edges make, with their spans;
    text_in(*box) gives a cell's text (from the text layer, or from OCR)."""
    xs = sorted({round(c[0], 1) for c in boxes} | {round(c[2], 1) for c in boxes})
    ys = sorted({round(c[1], 1) for c in boxes} | {round(c[3], 1) for c in boxes})
    cells = []
    for x0, top, x1, bottom in boxes:
        col, row = xs.index(round(x0, 1)), ys.index(round(top, 1))
        colspan = max(1, xs.index(round(x1, 1)) - col)
        rowspan = max(1, ys.index(round(bottom, 1)) - row)
        cells.append(Cell(row, col, text_in(x0, top, x1, bottom), rowspan=rowspan, colspan=colspan))
    # renumber so rows and columns count the grid actually used
    rows = {r: i for i, r in enumerate(sorted({c.row for c in cells}))}
    cols = {k: i for i, k in enumerate(sorted({c.col for c in cells}))}
    for c in cells:
        c.row, c.col = rows[c.row], cols[c.col]
    return cells


def read_tables(pages: list[tuple]) -> list[list[tuple]]:
    """Each page's ruled tables as lay_out takes them, (top, cells, None), a table continued over a page
    break as one (on the page where it starts). pages: (pdfplumber page, its body lines outside tables,
    pdfplumber's tables on it); a page read by OCR instead has no tables here and ends any table."""
    out: list[list[Ruled]] = []
    last = None     # the previous page's last table, when nothing followed it on that page
    for page, body, tables in pages:
        ruled = sorted((Ruled.of(page, t) for t in tables), key=lambda r: r.top)
        if last and ruled and not any(ln["bottom"] <= ruled[0].top + 1 for ln in body) and _join(last, ruled[0]):
            ruled[0] = last         # it may run on to the page after, too
            out.append(ruled[1:])
        else:
            out.append(ruled)
        last = ruled[-1] if ruled and not any(ln["top"] >= ruled[-1].end - 1 for ln in body) else None
    return [[(r.top, r.cells(), None) for r in ruled] for ruled in out]


def _join(table: Ruled, more: Ruled) -> bool:
    """Add `more` (the top table of the next page) to `table` as its further rows, if it continues it."""
    edges = sorted({b[0] for b in table.boxes} | {b[2] for b in table.boxes})

    def rule(x: float) -> float | None:
        near = min(edges, key=lambda e: abs(e - x))
        return near if abs(near - x) <= RULE_TOLERANCE else None

    own = sorted({b[0] for b in more.boxes} | {b[2] for b in more.boxes})
    if rule(own[0]) != edges[0] or rule(own[-1]) != edges[-1] or None in map(rule, own):
        return False
    first = [more.text(b) for b in more.row(first=True)]
    if first == [table.text(b) for b in table.row(first=True)]:
        return False                                            # its header repeated: a table of its own
    cut = _cut_row(table, more)
    if cut is None and not any(_number().match(text) or _unit_number().match(text) for text in first):
        return False                                            # a header of its own
    shift = max(b[3] for b in table.boxes) - more.top
    moved = {b: (rule(b[0]), b[1] + shift, rule(b[2]), b[3] + shift) for b in more.boxes}
    for box in more.boxes:
        table.origin[moved[box]] = more.origin[box]
        table.texts[moved[box]] = more.text(box)
    table.boxes += moved.values()
    for above, below in (cut or {}).items():
        # the cut row's two parts become one box, its text joined
        joined = (above[0], above[1], above[2], moved[below][3])
        table.texts[joined] = join_wrapped([table.text(above), table.text(moved[below])])
        table.origin[joined] = table.origin[above]
        table.boxes.remove(above)
        table.boxes.remove(moved[below])
        table.boxes.append(joined)
    table.end = more.end
    return True


def _cut_row(table: Ruled, more: Ruled) -> dict[Box, Box] | None:
    """The next page's first row as the rest of the table's last row ({box above: box below}), if it is one:
    a row of one height with no number, whose text lies only under cells of the same columns that have text
    not closed by a sentence's end, and that leaves empty some cell whose part above has text."""
    last = {(b[0], b[2]): b for b in table.row(first=False)}
    row = more.row(first=True)
    if len({b[3] for b in row}) != 1:
        return None                                             # a cell spanning rows begins here
    pairs = {}
    for box in row:
        above = min(last, key=lambda xs: abs(xs[0] - box[0]) + abs(xs[1] - box[2]))
        if abs(above[0] - box[0]) > RULE_TOLERANCE or abs(above[1] - box[2]) > RULE_TOLERANCE:
            return None
        pairs[last[above]] = box
    texts = [(table.text(above), more.text(below)) for above, below in pairs.items()]
    if any(_number().match(below) or below and (not above or CLOSED.search(above)) for above, below in texts):
        return None
    if not any(above and not below for above, below in texts):
        return None
    return pairs
