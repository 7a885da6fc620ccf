"""Page breaks left in a text laid out for print (a PDF exported to text, a Word file made from one): a page's number
and the running header at the top of the next page, between two rows of one table, are no part of it."""
from __future__ import annotations

from . import regexp
from .model import Cell
from .table_figures import cues as table_cues

# — 1 — / 第3页 / 第2页 共5页 / 3/12
PAGE_NUMBER = regexp.compile(r"\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*")
# the title repeated at the top of each page, or shortened (溆浦县2022年度衔接资金绩效自评报告)
RUNNING_HEADER = regexp.compile(r"[^。，,；;：:]{4,40}报告")
PAGE_BREAK_LINES = 4    # lines a page break takes at most: blanks, the page's number, the next page's running header
TITLE_LINES = 3         # lines at the top a report's title may take


def past_page_break(lines: list[str], at: int, title: str) -> int:
    """Where the lines from at on past a page break end (中央资金  15,230 … / — 1 — / 麻城市2021年度…绩效自评报告 /
    省级资金  8,106.52 …); at itself where there is none: a page break has its page's number."""
    k, numbered = at, False
    while k < len(lines) and k - at < PAGE_BREAK_LINES:
        line = lines[k].strip()
        if PAGE_NUMBER.fullmatch(line):
            numbered = True
        elif line and line != title and not RUNNING_HEADER.fullmatch(line):
            break
        k += 1
    return k if numbered else at


def continues(table: list[Cell], piece: list[Cell]) -> bool:
    """A table's piece after a page break goes on with its rows: as many columns, and a first row of figures, no
    header of its own (省级资金 | 8,106.52 | 7,412.12 | 694.4)."""
    if not table or not piece:
        return False
    width = max(c.col + c.colspan for c in table)
    first = [c for c in piece if c.row == min(p.row for p in piece)]
    return max(c.col + c.colspan for c in piece) == width and len(first) >= 2 \
        and all(table_cues()["bare"].match(c.text) for c in first[1:] if c.text.strip())


def joined(table: list[Cell], piece: list[Cell]) -> list[Cell]:
    """The table with the piece's rows after its own."""
    below = max(c.row + c.rowspan for c in table)
    return table + [Cell(c.row + below, c.col, c.text, rowspan=c.rowspan, colspan=c.colspan) for c in piece]
