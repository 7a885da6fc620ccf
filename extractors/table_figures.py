"""Figures in table cells: units from the cell, else the row label, the column header or the caption.

Scanned figures that fall in a cell get their cell, row label, column header
and role; a bare number becomes a figure only when a unit is found for it.
"""
from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal
from functools import cache, lru_cache

import patterns

from . import regexp
from .figures import scanner
from .model import Cell, Document, Figure, Table
from .normalize import normalize
from .numbers import parse_number


@cache
def cues() -> dict:
    data = patterns.load("tables")
    return {
        "bare": regexp.compile(data["bare_number"]),
        "lead": regexp.compile(data["lead_number"]),
        "labelled": regexp.compile(data["labelled_number"]),
        "labelled_total": regexp.compile(data["labelled_total"]),
        "labelled_parts_intro": regexp.compile(data["labelled_parts_intro"]),
        "labelled_cell": regexp.compile(data["labelled_cell"]),
        "place_cell": regexp.compile(data["place_cell"]),
        "no_amount_cell": regexp.compile(data["no_amount_cell"]),
        "place_ends": frozenset(data["place_ends"]),
        "share_header": regexp.compile(data["share_header"]),
        "standard_header": regexp.compile(data["standard_header"]),
        "per_unit_header": regexp.compile(data["per_unit_header"]),
        "amount_header": regexp.compile(data["amount_header"]),
        "bare_amount_header": regexp.compile(data["bare_amount_header"]),
        "unit_in_header": regexp.compile(data["unit_in_header"]),
        "marks_in_header": regexp.compile(data["marks_in_header"]),
        "unit_in_caption": regexp.compile(data["unit_in_caption"]),
        "spaced_header": regexp.compile(data["spaced_header"]),
        "units_in_caption": regexp.compile(data["units_in_caption"]),
        "money_header": regexp.compile(data["money_header"]),
        "count_header": regexp.compile(data["count_header"]),
        "counted_units": data["counted_units"],
        "unit_cell": regexp.compile(data["unit_cell"]),
        "unit_in_label": regexp.compile(data["unit_in_label"]),
        "roles": tuple((r["role"], regexp.compile(r["header"])) for r in data["role"]),
        "percent": regexp.compile(data["percent_header"]),
        "plain_header": regexp.compile(data["plain_header"]),
        "total_row": regexp.compile(data["score_total_row"]),
        "score_row": regexp.compile(data["score_row"]),
        "reason": regexp.compile(data["reason_header"]),
        "sub_row": regexp.compile(data["sub_row"]),
        "sum_row": regexp.compile(data["total_row"]),
        "subtotal_row": regexp.compile(data["subtotal_row"]),
        "elided_row": regexp.compile(data["elided_row"]),
        "spent_rate_header": regexp.compile(data["spent_rate_header"]),
        "received_header": regexp.compile(data["received_header"]),
        "spent_header": regexp.compile(data["spent_header"]),
        "level_parts_opening": regexp.compile(data["level_parts_opening"]),
        "level_change": regexp.compile(data["level_change"]),
        "cost_row": regexp.compile(data["cost_row"]),
        "cost_of_all_sources": regexp.compile(data["cost_of_all_sources"]),
        "funds_total_row": regexp.compile(data["funds_total_row"]),
        "row_total_header": regexp.compile(data["row_total_header"]),
        "source_header": regexp.compile(data["source_header"]),
        "other_source": regexp.compile(data["other_source"]),
        "no_figures": regexp.compile(data["no_figures_header"]),
        **{name: regexp.compile(data[name]) for name in
           ("restated_header_lead", "restated_tail", "restated_part", "restated_done")},
    }


@lru_cache(maxsize=4096)
def role_of(header: str) -> str:
    for role, pattern in cues()["roles"]:
        if pattern.search(header):
            return role
    return ""


def grid_of(doc: Document, index: int) -> "Grid":
    """The grid of a table, built once per document."""
    key = ("grid", index)
    if key not in doc.cache:
        doc.cache[key] = Grid(doc.tables[index], doc.norm)
    return doc.cache[key]


class Grid:
    def __init__(self, table: Table, norm: str) -> None:
        self.table = table
        self.at: dict[tuple[int, int], Cell] = {}
        for cell in table.cells:
            for r in range(cell.row, cell.row + cell.rowspan):
                for c in range(cell.col, cell.col + cell.colspan):
                    self.at[(r, c)] = cell
        self.norm = norm
        self.n_rows, self.n_cols = table.n_rows, table.n_cols
        self._numbers: dict[int, bool] = {}
        self._above: dict[int, list[tuple[Cell | None, str]]] = {}
        self._first_match: dict[tuple[str, int], int] = {}
        self._rows: dict[int, list[Cell]] | None = None
        self._titles: list[str] | None = None
        # a performance table: some header says 分值 or 得分
        self.scored = any(role_of(self.text(c)) in ("weight", "score") for c in table.cells)

    def text(self, cell: Cell) -> str:
        return self.norm[cell.start:cell.end]

    def is_number(self, cell: Cell) -> bool:
        known = self._numbers.get(id(cell))
        if known is None:
            text = self.text(cell)
            known = self._numbers[id(cell)] = bool(cues()["bare"].match(text) or NUMBER_WITH_UNIT.match(text))
        return known

    def column_header(self, cell: Cell) -> str:
        """The nearest header-like cell above (a role cue first, else any text cell); a header that names no more than
        an amount and its unit under a cell spanning several columns is read with it (下达资金 over 金额（万元） | 占比（%）:
        下达资金金额（万元）)."""
        header, fallback = self._above_row(cell)
        return self._composed(header, self.text(header).strip()) if header is not None else fallback

    def _composed(self, header: Cell, text: str) -> str:
        parent = self._spanning_above(header)
        return parent + text if parent and cues()["bare_amount_header"].match(text) else text

    def corner(self) -> str:
        """The table's first cell where it names the unit of the numbers over two header rows (项目类别（万元）| 中央资金 | …
        over | 下达 | …: the second row's label blank)."""
        first, below = self.at.get((0, 0)), self.at.get((1, 0))
        if first is None or below is None or below is first or self.text(below).strip():
            return ""
        text = self.text(first).strip()
        return text if cues()["unit_in_header"].search(text) else ""

    def _spanning_above(self, header: Cell) -> str:
        """The text of the header cell right above a header, short of a title across the whole table; where that one is
        blank, of the one it stands under, written in the first of its columns (下达资金\t\t已支出资金\t over
        金额（万元）\t占比（%）\t…: text that lost its merged cells)."""
        if not header.row:
            return ""
        for col in range(header.col, max(0, header.col - SPANNED_BLANKS - 1), -1):
            above = self.at.get((header.row - 1, col))
            if above is None or above is header:
                return ""
            text = self.text(above).strip()
            if text:
                return "" if above.colspan >= self.n_cols or self.is_number(above) or not col else text
        return ""

    def header_row_label(self, cell: Cell) -> str:
        """The first cell of the row that holds this cell's column header: 项目资金（万元） | 年初预算数 | …; where that one is
        blank, the first cell of a header row above it (项目类别（万元）| 中央资金 | … over | 下达 | 支出 | …)."""
        header, _ = self._above_row(cell)
        if header is None:
            return ""
        for row in range(header.row, -1, -1):
            first = self.at.get((row, 0))
            if first is None or first is header:
                return ""
            if text := self.text(first).strip():
                return text
        return ""

    def _above_row(self, cell: Cell) -> tuple[Cell | None, str]:
        above = self._above.get(cell.col)
        if above is None:
            above = self._above[cell.col] = self._sweep_column(cell.col)
        return above[max(0, min(cell.row, self.n_rows))]

    def _sweep_column(self, col: int) -> list[tuple[Cell | None, str]]:
        """What a cell in each row of a column finds above it: the nearest header-like cell below the last
        title row spanning the table, else the nearest text cell there. One sweep down the column, where a
        walk up from every cell costs a long table its rows squared."""
        answers: list[tuple[Cell | None, str]] = []
        header, fallback = None, ""
        for r in range(self.n_rows):
            answers.append((header, fallback))
            above = self.at.get((r, col))
            if above is None:
                continue
            text = self.text(above).strip()
            if above.colspan >= self.n_cols:
                header, fallback = None, ""     # a title row spanning the table is nobody's header
            elif not text or self.is_number(above) or len(text) > MAX_HEADER_CHARS \
                    or cues()["no_amount_cell"].fullmatch(text):
                continue            # a paragraph of description above is no header, nor a dash for no amount
            elif role_of(text) or cues()["percent"].search(text) or cues()["unit_in_header"].search(text) \
                    or cues()["plain_header"].match(text):
                header = above
            else:
                fallback = self._composed(above, text)
        answers.append((header, fallback))
        return answers

    def title_above(self, cell: Cell) -> str:
        """The nearest title row spanning the table above the cell: 年度收入情况（万元） over its own header row."""
        if self._titles is None:
            self._titles = []
            title = ""
            for r in range(self.n_rows):
                self._titles.append(title)
                first = self.at.get((r, 0))
                if first is not None and first.colspan >= self.n_cols:
                    title = self.text(first).strip()
        return self._titles[min(cell.row, self.n_rows - 1)] if self.n_rows else ""

    def above_matches(self, cell: Cell, pattern: regexp.Pattern) -> bool:
        key = (pattern.pattern, cell.col)
        first = self._first_match.get(key)
        if first is None:       # the first row of the column that matches, found once
            first = self._first_match[key] = next(
                (r for r in range(self.n_rows) if (above := self.at.get((r, cell.col))) is not None
                 and above.colspan < self.n_cols and pattern.search(self.text(above))), self.n_rows)
        return first < cell.row

    def numbers_in_row(self, row: int) -> list[Cell]:
        """The cells of a row that hold a bare number, left to right (grouped once for the whole table)."""
        if self._rows is None:
            self._rows = {}
            for c in sorted(self.table.cells, key=lambda c: c.col):
                if cues()["bare"].match(self.text(c)):
                    self._rows.setdefault(c.row, []).append(c)
        return self._rows.get(row, [])

    def label_cell(self, cell: Cell) -> Cell | None:
        """The nearest text cell to the left: the indicator or source the row is about (not a cell of its unit)."""
        for c in range(cell.col - 1, max(cell.col - MAX_LABEL_COLUMNS, 0) - 1, -1):
            left = self.at.get((cell.row, c))
            if left is not None and left is not cell and self.text(left).strip(" —-–/") and not self.is_number(left) \
                    and not cues()["unit_cell"].match(self.text(left)):
                return left
        return None

    def unit_in_row(self, cell: Cell) -> str:
        """The unit a cell to its left in the row states alone (指标 | 单位 | 数值 / 整村推进扶贫村 | 个 | 2293)."""
        for c in range(cell.col - 1, max(cell.col - MAX_LABEL_COLUMNS, 0) - 1, -1):
            left = self.at.get((cell.row, c))
            m = cues()["unit_cell"].match(self.text(left)) if left is not None and left is not cell else None
            if m:
                return m.group(1)
        return ""

    def row_label(self, cell: Cell) -> str:
        parts, seen = [], set()
        for c in range(max(cell.col - MAX_LABEL_COLUMNS, 0), cell.col):
            left = self.at.get((cell.row, c))
            if left is None or id(left) in seen:
                continue
            seen.add(id(left))
            text = self.text(left).strip()
            if text and not self.is_number(left) and not cues()["unit_cell"].match(text) \
                    and not cues()["no_amount_cell"].fullmatch(text):
                parts.append(text)
        return " ".join(parts)


MAX_HEADER_CHARS = 40
SPANNED_BLANKS = 2      # blank header cells a header written once may stand over, to its right
# a row's label is read from at most this many columns to the left (real tables have up to 16 in all): a row
# of thousands of cells (hostile, or no table) would otherwise give each cell a label as long as the row
MAX_LABEL_COLUMNS = 50
DIGIT = regexp.compile(r"\d")
NUMBER_WITH_UNIT = regexp.compile(r"^\s*[\d.,%≥≤><=\s万元亿户人个批分]+\s*$")


def _total_row_role(grid: Grid, cell: Cell) -> str:
    """总分 | 100 | 88.6: a total row's bare numbers are the weight then the score, wherever its cells fell."""
    numbers = grid.numbers_in_row(cell.row)
    if cell not in numbers:
        return role_of(grid.column_header(cell))
    header_roles = [role_of(grid.column_header(c)) for c in numbers]
    named = [r for r in header_roles if r in ("weight", "score")]
    weights_then_scores = set(named) == {"weight", "score"} and named == sorted(named, key=("weight", "score").index)
    if named and len(set(named)) == len(named) or weights_then_scores:
        # (合计 | 100 | 93 | 93 under 分值 | 得分 | 得分率: the rate's column names no role; 合计 | 100 | 100 | 93.5
        # under 一级指标分值 | 二级指标分值 | 得分: two columns of full marks; 合计 | 100 | 87.0 | 93.4 | 90.0 under 分值 |
        # 2021年得分 | 2022年得分 | 全省平均: two years' scores, and an average of no role)
        return header_roles[numbers.index(cell)]
    if not named and any(cues()["unit_in_header"].search(grid.column_header(c))
                         or cues()["money_header"].search(grid.column_header(c)) for c in numbers):
        # 合计 | 8000 | 314.4 | … | 75 | — under 彩票公益金（万元） | … | 覆盖贫困村（个） | 评价得分 (or 到位资金 | 已支出
        # under 金额单位：万元): columns that name their units or amounts hold amounts and counts; only the score
        # column's cell is blank
        return role_of(grid.column_header(cell))
    roles = ["weight", "score"] if len(numbers) == 2 else ["score"] * len(numbers)
    return roles[numbers.index(cell)]


def figures_by_row(doc: Document) -> dict[tuple[int, int], list[Figure]]:
    """The figures of table cells by their table and row, in document order."""
    rows: dict[tuple[int, int], list[Figure]] = {}
    for f in doc.figures:
        if f.cell is not None:
            rows.setdefault((f.table_index, f.cell.row), []).append(f)
    return rows


def _unit(cell_text: str, row_label: str, header: str, caption: str, header_row_label: str = "",
          title: str = "", row_unit: str = "") -> str:
    found = cues()
    if found["score_row"].search(row_label):
        return "分"             # 预算执行得分 | | … | 9.68 under 执行率: the row's score, whatever its column
    if found["percent"].search(header) and not found["unit_in_header"].search(header):
        return "%"              # 执行率（B/A） | 20 under a 预算执行情况（万元） row: a rate, whatever the table's unit
    for source, text in (("row", row_label), ("header", header), ("header row", header_row_label), ("title", title)):
        m = found["unit_in_header"].search(text)
        if m and not (source == "row" and "元" not in m.group(1) and found["money_header"].search(header)):
            return m.group(1)   # (独立桥（座） | 1 | 1 | 40.0 under 投资: the count's unit is not the investment's)
    if found["marks_in_header"].search(header):
        return "分"             # 资金投入（20分） | 19: a group's score under its full marks
    for text in (row_label, header):
        m = found["unit_in_label"].search(text.strip())
        if m:
            return m.group(1)
    if row_unit:
        return row_unit
    if found["percent"].search(header):
        return "%"
    several = found["units_in_caption"].search(normalize(caption))
    if several:
        return _unit_of_column(header, UNIT_LIST.split(several.group(1)))
    m = found["unit_in_caption"].search(normalize(caption))     # 單位：億元 too
    if (m is None or m.group(1).endswith("元")) and found["count_header"].search(header) \
            and not found["money_header"].search(header):
        # 项目个数 | 9 under 单位：万元 (or with no caption at all): the caption's unit is the money columns'; a column that
        # counts holds counts, in the unit its header counts in (受益户数 | 1,025: 户)
        return _counted_unit(header)
    return m.group(1) if m else ""


def _counted_unit(header: str) -> str:
    unit = next((unit for word, unit in cues()["counted_units"].items() if word in header), None)
    if unit is not None:
        return unit
    return "个" if "个" in header or "数" in header.replace("数量", "") else ""


UNIT_LIST = regexp.compile(r"\s*[、，,/]\s*")


def _unit_of_column(header: str, units: list[str]) -> str:
    """单位：个、万元 over 项目个数 | 计划资金 | …: a column of money takes the unit of money, one of counts the other;
    a column whose header says neither, none."""
    money = [u for u in units if u.endswith("元")]
    others = [u for u in units if not u.endswith("元") and u != "%"]
    if cues()["money_header"].search(header) and len(money) == 1:
        return money[0]
    if cues()["count_header"].search(header) and len(others) == 1:
        return others[0]
    return ""


def numbers_in_cells(doc: Document) -> int:
    """How many table cells hold a number, at most the figures the tables give: counted before their figures are read,
    so that a table of a hundred thousand cells is refused without reading each one's labels."""
    return sum(1 for table in doc.tables for cell in table.cells if DIGIT.search(cell.text))


def table_figures(doc: Document, figures: list[Figure]) -> list[Figure]:
    from .flattened_tables import align     # it reads this module's cues
    if not doc.tables:
        return figures
    sc = scanner()
    out = list(figures)
    starts = [f.start for f in figures]         # figures are in document order
    for index, table in enumerate(doc.tables):
        if table.flattened:
            align(table)
        grid = grid_of(doc, index)
        caption = table.caption
        for cell in table.cells:
            header = grid.column_header(cell)
            label = grid.row_label(cell)
            role = role_of(header)
            if cues()["total_row"].search(label) and cell.col > 0 and grid.scored:
                role = _total_row_role(grid, cell)
            first = bisect_left(starts, cell.start)
            inside = [f for f in figures[first:bisect_left(starts, cell.end)]]
            label_cell = grid.label_cell(cell)
            shown_label = doc.text[label_cell.start:label_cell.end].strip() if label_cell else ""
            for f in inside:
                f.cell, f.table_index, f.source = cell, index, "table"
                f.row_label, f.column_header, f.role, f.label = label, header, role, shown_label
                if not role and f.kind == "score" and grid.scored and not grid.is_number(cell):
                    f.role = "weight"       # 产出指标（50分）: the weight of a block of indicators
                f.page = cell.page
            if inside:
                m = cues()["lead"].match(grid.text(cell))
                if not m or any(f.start < cell.start + m.end() for f in inside):
                    continue
            else:
                m = cues()["bare"].match(grid.text(cell)) or cues()["labelled"].match(grid.text(cell))
            if m and "lead" in m.groupdict() and m.group("lead"):
                shown_label = m.group("lead").strip("：: ")
            if not m or any(cues()["no_figures"].match(text) for text in (header, label, shown_label)):
                continue            # 财政资金科目代码 | 21305: a code beside its label
            if role in ("weight", "score") and not m.group("unit"):
                unit = "分"            # points, whatever unit the caption gives the money columns
            else:
                unit = m.group("unit") or _unit(grid.text(cell), label, header, caption,
                                                grid.header_row_label(cell) or grid.corner(),
                                                grid.title_above(cell), grid.unit_in_row(cell))
            if not unit:
                continue       # a bare number with no unit anywhere is not a fact
            number, decimals = parse_number(m.group("num"))
            signed = bool(m.groupdict().get("sign"))       # 增减 | -70.12: less than before
            unit_info = sc.units.get(unit[-1] if unit.startswith(("万", "亿")) and unit not in sc.units else unit)
            mult = sc.multipliers.get(unit[0]) if unit[0] in sc.multipliers and len(unit) > 1 else None
            kind = "percent" if unit in ("%", "‰") else (unit_info.kind if unit_info else "")
            if not kind:
                continue
            scale = (mult or Decimal(1)) * (unit_info.scale if unit_info else Decimal(1))
            value = number * scale
            if kind == "percent" and not m.group("unit") and number <= 1 and "." in m.group("num") and not signed:
                scale, value = Decimal(100), number * 100          # 执行率 0.96
            if kind == "count" and value != value.to_integral_value():
                continue
            if signed:
                value = -value
            start = cell.start + m.start("sign" if signed else "num")
            end = cell.start + (m.end("unit") if m.group("unit") else m.end("num"))
            out.append(Figure(kind, value, unit, doc.text[start:end], start, end,
                              qualifier=(m.group("cmp") or m.group("after") or ""), source="table",
                              page=cell.page, decimals=decimals, scale=scale, cell=cell, table_index=index,
                              row_label=label, column_header=header, role=role, label=shown_label))
    out.sort(key=lambda f: f.start)
    return out


def level_rows(figures: list[Figure]) -> list[Figure]:
    """中央彩票公益金 | 243.53 / 省级彩票公益金 | 673.90 / 州级… | 745.20: the amounts of a table that is one of levels,
    one money column with each single level on one row (its 合计 row is all levels, no row of it); else none."""
    rows = [f for f in figures if f.kind == "money" and f.cell is not None and f.fund_level not in ("", "all")
            and not f.scope and not f.qualifier]
    columns = {f.cell.col for f in rows}
    if len(columns) > 1:
        # 资金级次 | 到位资金 | 已支出 | 结转: the one column of what each level gave
        received = {f.cell.col for f in rows if f.measure in ("received", "allocated")}
        if len(received) != 1 or any(f.measure not in ("received", "allocated")
                                     for f in rows if f.cell.col in received):
            return []
        rows = [f for f in rows if f.cell.col in received]
    named = [f.fund_level for f in rows]
    return rows if len(rows) >= 2 and len(set(named)) == len(named) else []
