"""Tables copied into text lose cells: the ones a vertical merge covered (on the left) and empty
trailing ones (on the right). Each short row is placed under its block's header where its numbers
fall under number columns and its words under word columns."""
from __future__ import annotations

from . import regexp
from .model import Cell, Table
from .table_figures import cues, role_of

NUMBER_CELL = regexp.compile(r"^\s*(?:[≥≤><=]|不低于|不少于|不超过)?\s*[\d.,]+\s*[^\d\s]{0,4}\s*$")
EMPTY_CELL = regexp.compile(r"^[\s—\-–/]*$")
DIGIT = regexp.compile(r"\d")
NUMBER_ROLES = ("weight", "score", "budget", "executed")


def _header_kind(text: str) -> str:
    role = role_of(text)
    if role in NUMBER_ROLES or cues()["percent"].search(text) or cues()["unit_in_header"].search(text):
        return "number"
    return "either" if role else "word"


def _is_header_row(cells: list[Cell]) -> bool:
    """A row with two header words (分值, 得分, 三级指标...); 满意度 in an indicator's name is no header."""
    return sum(1 for c in cells if role_of(c.text) or cues()["plain_header"].match(c.text.strip())) >= 2


def _fit(cell: Cell, header_kind: str) -> int:
    if EMPTY_CELL.match(cell.text):
        return 0
    number = bool(NUMBER_CELL.match(cell.text))
    if header_kind == "either":     # a target or an actual: a number, or words that state one (效果明显, 有效推进)
        return 1
    if header_kind == "word" and not number and DIGIT.search(cell.text):
        return 0                    # words with figures in them (a narrative goal) are no label
    return 1 if number == (header_kind == "number") else -1


def align(table: Table) -> None:
    rows: dict[int, list[Cell]] = {}
    for cell in table.cells:
        rows.setdefault(cell.row, []).append(cell)
    header: list[str] | None = None
    for r in sorted(rows):
        cells = sorted(rows[r], key=lambda c: c.col)
        if _is_header_row(cells):
            header = [_header_kind(c.text) for c in cells]
            continue
        if header is None or len(cells) >= len(header):
            continue
        best = max(range(len(header) - len(cells) + 1),
                   key=lambda k: (sum(_fit(c, header[k + i]) for i, c in enumerate(cells)), k))
        for i, cell in enumerate(cells):
            cell.col = best + i
