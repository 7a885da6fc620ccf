"""Tables copied into text lose cells: the ones a vertical merge covered (on the left) and empty
trailing ones (on the right). Each short row is placed under its block's header where its numbers
fall under number columns and its words under word columns."""
from __future__ import annotations

from . import regexp
from .model import Cell, Table
from .table_figures import DIGIT, cues, role_of

NUMBER_CELL = regexp.compile(r"^\s*(?:[≥≤><=]|不低于|不少于|不超过)?\s*[\d.,]+\s*[^\d\s]{0,4}\s*$")
EMPTY_CELL = regexp.compile(r"^[\s—\-–/]*$")
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
    _extra_empty_cells(rows)
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


def _extra_empty_cells(rows: dict[int, list[Cell]]) -> None:
    """合计 | | 321.0 | 298.4 under 项目名称 | 安排资金 | 已支付 | 建设内容: a total row as wide as the others whose numbers
    fit the columns of numbers only without the empty cell after its label (the label merged across two columns,
    copied as two) moves them left, where the column they would leave holds no digit in any other row."""
    width = max((len(cells) for cells in rows.values()), default=0)
    digits: dict[int, set[int]] = {}      # column → the rows with a digit in it
    for r, cells in rows.items():
        for c in cells:
            if DIGIT.search(c.text):
                digits.setdefault(c.col, set()).add(r)
    for r, cells in rows.items():
        cells = sorted(cells, key=lambda c: c.col)
        empty = next((i for i, c in enumerate(cells) if EMPTY_CELL.match(c.text)), None)
        if len(cells) != width or not empty or empty == len(cells) - 1 \
                or not cues()["sum_row"].search(cells[empty - 1].text) \
                or not any(NUMBER_CELL.match(c.text) for c in cells[empty + 1:]):
            continue        # (only a total's label: leading empty cells of other rows stand for merged labels)
        # (a column of words holds no digit in any other row: 每县1000 | 合计2175 is a column of amounts in words; the
        # rows are counted, not copied, so that a long table costs time linear in its rows)
        kinds = ["word" if len(digits.get(i, ())) - (r in digits.get(i, ())) == 0 else "number" for i in range(width)]
        kept = cells[:empty] + cells[empty + 1:]
        if sum(_fit(c, kinds[i]) for i, c in enumerate(kept)) > sum(_fit(c, kinds[i]) for i, c in enumerate(cells)):
            for i, cell in enumerate(kept + [cells[empty]]):
                cell.col = i
