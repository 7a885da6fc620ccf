"""Performance-target tables (绩效目标自评表) read row by row: what was promised, what was done,
the weight and the score of each indicator, the budget block and the total."""
from __future__ import annotations

from .model import Document, Figure, IndicatorRow
from .normalize import normalize
from .structure import heading_level
from .table_figures import Grid, cues, grid_of, role_of


def _row_cells(grid: Grid, row: int) -> list:
    """The cells that cover this row, left to right, each once (merged cells from above included)."""
    seen, out = set(), []
    for col in range(grid.n_cols):
        cell = grid.at.get((row, col))
        if cell is not None and id(cell) not in seen:
            seen.add(id(cell))
            out.append(cell)
    return out


def read_indicator_rows(doc: Document) -> None:
    rows: list[IndicatorRow] = []
    by_cell: dict[int, list[Figure]] = {}
    for f in doc.figures:
        if f.cell is not None:
            by_cell.setdefault(id(f.cell), []).append(f)
    for index, table in enumerate(doc.tables):
        grid = grid_of(doc, index)
        if not grid.scored and not any(role_of(grid.text(c)) in ("target", "actual") for c in table.cells):
            continue
        for r in range(grid.n_rows):
            cells = _row_cells(grid, r)
            row = IndicatorRow(index, r, "")
            labels = []
            # (一级指标 | 分值 | 得分 | 二级指标 | 分值 | 得分 / 决策 | 20 | 19 | 项目立项 | 6 | 6: a group's scores, then an item's)
            two_levels = sum(1 for c in cells if c.row == r and by_cell.get(id(c))
                             and role_of(grid.column_header(c)) == "score") >= 2
            for cell in cells:
                text = doc.text[cell.start:cell.end].strip()     # as written, for the reviewer
                figures = by_cell.get(id(cell), [])
                own = cell.row == r
                header = grid.column_header(cell) if own else ""
                role = role_of(header)
                if own and grid.above_matches(cell, cues()["reason"]):
                    row.reason = text
                elif own and figures and (role or any(f.kind == "percent" for f in figures)) and not grid.is_number(cell) \
                        and len(figures) > 1:
                    continue            # a narrative goal cell with several figures is no single target
                elif own and figures and (role or "执行率" in header and grid.is_number(cell)):
                    _place(row, figures, header)    # (not 经营性收入10万元以上村数, a label that holds a figure)
                elif text and not grid.is_number(cell):
                    if two_levels and own and labels and row.score is not None:
                        rows.append(IndicatorRow(index, r, labels[-1], weight=row.weight, score=row.score,
                                                 kind="subtotal"))
                        row.weight = row.score = None
                    labels.append(text)  # 产出指标（50分） is a label, whatever figure it holds
                    if cues()["total_row"].search(text):
                        pass            # 总分 is the row's label wherever a flattened copy put it
                    elif own and not figures and role == "target":
                        row.target_text, labels = text, labels[:-1]
                    elif own and not figures and role == "actual":
                        row.actual_text, labels = text, labels[:-1]
            if not (row.weight or row.score or row.target or row.actual or row.budget or row.executed) or not labels:
                continue
            row.label = labels[-1] if labels else ""
            if len(labels) >= 3:
                row.level1, row.level2 = labels[-3], labels[-2]
            elif len(labels) == 2:
                row.level2 = labels[-2]
            if cues()["total_row"].search(" ".join(labels)):
                row.kind = "total"
            elif any(cues()["subtotal_row"].search(label) for label in labels):
                row.kind = "subtotal"       # 决策小计 | 20 | 18, 小计 | 产出指标 | 50 | 49: the group's rows again, in one
            elif row.budget or row.executed:
                row.kind = "budget"
            rows.append(row)
    _numbered_groups_as_subtotals(rows)
    doc.indicator_rows = rows


def _numbered_groups_as_subtotals(rows: list[IndicatorRow]) -> None:
    """一、资金投入 | 20 | 19 over （一）资金到位及时性 | 10 | 10 and （二）县级财政投入 | 10 | 9: a numbered group whose score is
    its numbered items' sum restates them, as a 小计 row would."""
    levels = [heading_level(normalize(r.label)) for r in rows]     # (labels as written: 1．, １.)
    for i, (row, level) in enumerate(zip(rows, levels)):
        if level is None or row.kind != "indicator" or row.score is None:
            continue
        below = []
        for other, other_level in zip(rows[i + 1:], levels[i + 1:]):
            if other.table_index != row.table_index or other_level is None or other_level <= level \
                    or other.kind != "indicator":
                break
            below.append((other, other_level))
        # (the next numbered level under it, whichever form it takes: 一、资金保障 over 1.县级履行支出责任情况)
        items = [other for other, other_level in below if other_level == min(lv for _, lv in below)] if below else []
        if len(items) >= 2 and all(r.score is not None for r in items) \
                and sum(r.score.value for r in items) == row.score.value:
            row.kind = "subtotal"


def _place(row: IndicatorRow, figures: list[Figure], header: str) -> None:
    for f in figures:
        role = f.role or role_of(header)
        if role == "target" and row.target is None:
            row.target = f
        elif role == "actual" and row.actual is None:
            row.actual = f
        elif role == "weight" and row.weight is None:
            row.weight = f
        elif role == "score" and (row.score is None or f.period.isdigit() and row.score.period.isdigit()
                                  and f.period > row.score.period):
            row.score = f       # (分值 | 2021年得分 | 2022年得分: the latest year's)
        elif role == "budget":
            row.budget = f if row.budget is None or "全年" in header or "A" in header else row.budget
        elif role == "executed" and row.executed is None:
            row.executed = f
        elif f.kind == "percent" and "执行率" in header and row.rate is None:
            row.rate = f


def is_repeated_sub_row(rows: list[IndicatorRow], i: int) -> bool:
    """其中：本年财政拨款 repeating its parent's weight and score is not counted twice (but 其中脱贫人口（人） | ≥6000 | 6820 |
    10 | 10 under 供水保障人口 | ≥20000 | 23600 | 10 | 10 is an indicator of its own, with its own target)."""
    row = rows[i]
    if i == 0 or not cues()["sub_row"].search(row.label):
        return False
    parent = rows[i - 1]
    same = lambda a, b: (a is None and b is None) or (a is not None and b is not None and a.value == b.value)
    own_target = row.target is not None and parent.target is not None and not same(row.target, parent.target)
    return same(row.weight, parent.weight) and same(row.score, parent.score) and not own_target
