"""The plain object model every stage reads and writes.

A reader turns a file into a Document (its text, blocks, tables and pages);
later stages add sections, figures and findings to the same object.
All offsets are character offsets into Document.text, the text as extracted.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from heapq import heappop, heappush


@dataclass
class Cell:
    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    start: int = 0          # offsets of the cell's text in Document.text
    end: int = 0
    page: int | None = None


@dataclass
class Table:
    cells: list[Cell]
    start: int = 0
    end: int = 0
    page: int | None = None
    caption: str = ""       # the line just above the table (单位：万元 lives there)
    flattened: bool = False # copied into text (tabs, pipes): merged cells are missing from the rows

    @property
    def n_rows(self) -> int:
        return max((c.row + c.rowspan for c in self.cells), default=0)

    @property
    def n_cols(self) -> int:
        return max((c.col + c.colspan for c in self.cells), default=0)


@dataclass
class Block:
    """A paragraph (or heading) of running text, or a table, in reading order."""
    kind: str               # "paragraph" or "table"
    start: int
    end: int
    page: int | None = None
    table: Table | None = None
    numbering: str = ""     # list number Word keeps outside the text (一、 （一） 1.)


@dataclass
class Section:
    number: str             # as written: 二 / （三） / 8
    title: str
    level: int
    start: int              # the heading's offset
    end: int                # end of the section's content
    path: str = ""          # 二/（三）/8
    indicator: int | None = None
    form: str = ""          # the heading form's name in patterns/headings.toml (chinese_comma, project_item, …)


YEAR_END_UNIT = "年"        # the unit of a date that is a year's end


@dataclass
class Figure:
    kind: str               # money, percent, count, quantity, score, date, duration
    value: Decimal | str    # Decimal for numbers, ISO string for dates
    unit: str
    text: str
    start: int
    end: int
    qualifier: str = ""
    source: str = "paragraph"
    page: int | None = None
    section: str = ""
    indicator: int | None = None
    label: str = ""
    field: str = ""
    field_rule: str = ""    # the patterns/fields.toml rule that assigned the field
    role: str = ""          # target, actual, weight, score, budget, executed (tables)
    decimals: int = 0       # decimals as written, in the unit as written (for rounding intervals)
    scale: Decimal = Decimal(1)   # value = written number * scale
    cell: Cell | None = None
    table_index: int | None = None
    row_label: str = ""     # for a table figure: the row's label cells
    column_header: str = "" # and the header above its column
    fact_id: str = ""
    ocr: float | None = None   # read by OCR: the recogniser's confidence (0..1) for the line it lies in
    # its context (extractors/context.py): what it measures, of which fund, for whom, when
    measure: str = ""       # received, allocated, arranged, paid, spent, carryover, rate, share, growth, norm, ...
    fund_level: str = ""    # central, provincial, city, county, all
    fund: str = ""          # 衔接资金, 以工代赈, 少数民族发展资金, ...
    purpose: str = ""       # 产业发展, 项目管理费, ...
    scope: str = ""         # "" for the report's own entity; 地:温宿县, 项目:…, 批:第一批, 分项:…
    period: str = ""        # the fiscal year (2024), an earlier year (2023), or 截至2024-06

    @property
    def year_end(self) -> bool:
        """A date written as a year's end (2019年底 → 2019-12): to the figures after it, a year named, not a boundary."""
        return self.kind == "date" and self.unit == YEAR_END_UNIT

    @property
    def half_unit(self) -> Decimal:
        """Half of the last written digit, in the figure's output unit (2460万元 → 5000元): the rounding it stands for; a
        count written in full (19个, 2354人) is exact, one written in 万 (1.2万人) is rounded."""
        if self.kind == "count" and self.scale == 1 and self.decimals == 0:
            return Decimal(0)
        return Decimal(5).scaleb(-(self.decimals + 1)) * self.scale


@dataclass
class Finding:
    rule: str
    severity: str           # error, warning, info
    message: str
    declared: str = ""
    computed: str = ""
    difference: str = ""
    figures: list[Figure] = field(default_factory=list)
    doc_id: str = ""
    finding_id: str = ""


@dataclass
class Document:
    path: str
    doc_id: str = ""
    format: str = ""
    status: str = "ok"
    error: str = ""
    text: str = ""
    blocks: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    page_starts: list[tuple[int, int]] = field(default_factory=list)  # (offset, page number)
    sections: list[Section] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    indicator_rows: list["IndicatorRow"] = field(default_factory=list)
    county: str = ""
    city: str = ""
    province: str = ""
    year: int | None = None
    report_date: str = ""
    grade: str = ""
    title: str = ""
    title_end: int = 0      # offset where the title lines end (a headline amount stands there)
    # the normalized text (same length as text): full-width folded, traditional → simplified
    norm: str = ""
    cache: dict = field(default_factory=dict, repr=False)   # what later stages compute once (boundaries, grids)

    def page_at(self, offset: int) -> int | None:
        starts = self.indexed("page_starts", self.page_starts, lambda: [start for start, _ in self.page_starts])
        i = bisect_right(starts, offset)
        return self.page_starts[i - 1][1] if i else None

    def section_at(self, offset: int) -> Section | None:
        """The deepest section around offset (of equal depths, the later one)."""
        return innermost(self.indexed("sections", self.sections, lambda: innermost_index(self.sections)), offset)

    def indexed(self, name: str, items: list, build):
        """A lookup built once per list (figures ask for their page and section one by one: no scan per figure)."""
        key = ("index", name)
        held = self.cache.get(key)
        if held is None or held[0] is not items or held[1] != len(items):
            held = self.cache[key] = (items, len(items), build())
        return held[2]


def innermost_index(sections: list[Section]) -> tuple[list[int], list[Section | None]]:
    """Offsets where the answer to "the deepest section here" changes, and the answer from each on:
    one sweep over the sections' starts and ends (a heap of the open ones), instead of a scan per question."""
    bounds = sorted({s.start for s in sections if s.start < s.end} | {s.end for s in sections if s.start < s.end})
    by_start: dict[int, list[int]] = {}
    for i, s in enumerate(sections):
        if s.start < s.end:
            by_start.setdefault(s.start, []).append(i)
    open_: list[tuple[int, int, int]] = []
    answers: list[Section | None] = []
    for bound in bounds:
        for i in by_start.get(bound, ()):
            heappush(open_, (-sections[i].level, -i, sections[i].end))
        while open_ and open_[0][2] <= bound:
            heappop(open_)
        answers.append(sections[-open_[0][1]] if open_ else None)
    return bounds, answers


def innermost(index: tuple[list[int], list[Section | None]], offset: int) -> Section | None:
    bounds, answers = index
    i = bisect_right(bounds, offset)
    return answers[i - 1] if i else None


class DocumentError(Exception):
    """A file that cannot be read; the message is the sentence shown to the reviewer."""


@dataclass
class IndicatorRow:
    """One row of a performance-target table (绩效目标自评表), or of its budget block."""
    table_index: int
    row: int
    label: str                      # 三级指标 (or the budget source: 年度资金总额, 其中：中央补助)
    level1: str = ""                # 一级指标: 产出指标, 效益指标, ...
    level2: str = ""                # 二级指标: 数量指标, 质量指标, ...
    target: Figure | None = None
    target_text: str = ""           # qualitative targets (达标, 明显改善) stay text
    actual: Figure | None = None
    actual_text: str = ""
    weight: Figure | None = None
    score: Figure | None = None
    budget: Figure | None = None
    executed: Figure | None = None
    rate: Figure | None = None
    reason: str = ""                # 偏差原因分析及改进措施
    kind: str = "indicator"         # indicator, budget, subtotal (a group's rows in one) or total
