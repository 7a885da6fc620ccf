"""A ruled table that a page break splits is read as one table: its rows on the next page keep their column
headers and the 合计 row sees every row; a row whose long cell the page break cut is one row with the cell's
text joined. The PDFs are made here from python-docx tables by LibreOffice, as a county's office would."""
from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import docx
import pdfplumber
import pytest

from extractors.pdf_tables import Ruled, _join
from pipeline.process import process
from test_formats import _convert, needs_soffice

LONG = "为建档立卡贫困户提供产业扶持，" * 6      # wraps over many lines of a narrow cell, no sentence end


def _table(document, rows: list[list[str]], repeat_header: bool = False) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for texts in rows:
        for cell, text in zip(table.add_row().cells, texts):
            cell.text = text
    if repeat_header:
        header = table.rows[0]._tr.get_or_add_trPr()
        header.append(header.makeelement(docx.oxml.ns.qn("w:tblHeader"), {}))


def _split(path) -> None:
    """Prose, then a table of 30 townships and their 合计 that runs on to page 2 without its header."""
    document = docx.Document()
    document.add_paragraph("某县2023年衔接资金分配情况")
    for _ in range(8):
        document.add_paragraph("本批资金用于支持各乡镇发展特色产业，按照贫困户数量分配到乡镇，由乡镇统筹安排到村到户。")
    document.add_paragraph("单位：万元")
    rows = [["序号", "乡镇", "贫困户数（户）", "资金安排额（万元）"]]
    rows += [[str(n), f"第{n}镇", str(100 + n), str(10 + n)] for n in range(1, 31)]
    rows.append(["合计", "", str(sum(100 + n for n in range(1, 31))), str(sum(10 + n for n in range(1, 31)))])
    _table(document, rows)
    document.add_paragraph("以上资金请及时拨付。")
    document.save(path)


def _cut(path) -> None:
    """A table of 12 projects whose long 建设内容 cells the page breaks cut (twice: it runs over three pages)."""
    document = docx.Document()
    document.add_paragraph("某县2020年财政扶贫专项资金分配表")
    rows = [["序号", "项目名称", "投资规模（万元）", "建设内容"]]
    rows += [[str(n), f"第{n}号项目", str(50 + n), f"{LONG}惠及第{n}村"] for n in range(1, 13)]
    _table(document, rows)
    document.save(path)


def _apart(path) -> None:
    """Tables of the same columns at the top of the next page that are tables of their own: one that repeats
    its header, one with a header of its own, one below a caption."""
    document = docx.Document()
    document.add_paragraph("附表1：资金安排表")
    _table(document, [["序号", "乡镇", "资金安排额（万元）"]] + [[str(n), f"第{n}镇", str(n)] for n in range(1, 61)],
           repeat_header=True)
    document.add_page_break()
    _table(document, [["序号", "村", "补助资金（万元）"]] + [[str(n), f"第{n}村", str(n)] for n in range(1, 4)])
    document.add_page_break()
    document.add_paragraph("附表3：续报项目")
    _table(document, [[str(n), f"第{n}组", str(n)] for n in range(1, 4)])
    document.save(path)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf-tables")
    for make in (_split, _cut, _apart):
        make(folder / f"{make.__name__[1:]}.docx")
    _convert(sorted(folder.glob("*.docx")), "pdf", folder)
    return folder


def _first_rows(path) -> list[list[str]]:
    """The first row of the first table pdfplumber finds on each page after the first."""
    with pdfplumber.open(path) as pdf:
        return [page.find_tables()[0].extract()[0] for page in pdf.pages[1:] if page.find_tables()]


def _column(table, col: int) -> list:
    return [c for c in sorted(table.cells, key=lambda c: c.row) if c.col == col]


@needs_soffice
def test_a_table_that_runs_on_to_the_next_page_without_its_header_is_one_table(pdfs):
    path = pdfs / "split.pdf"
    [first] = _first_rows(path)
    assert first[0].isdigit() and first[0] != "1", "page 2 starts with a township's row, not the header"
    doc = process(path)
    assert doc.status == "ok", doc.error
    [table] = doc.tables
    assert (table.n_rows, table.n_cols, table.page) == (32, 4, 1)
    numbers = [c.text for c in _column(table, 0)]
    assert numbers == ["序号"] + [str(n) for n in range(1, 31)] + ["合计"]
    moved = int(first[0])       # the rows from there on are printed on page 2
    assert {c.page for c in table.cells if c.row < moved} == {1}
    assert {c.page for c in table.cells if c.row >= moved} == {2}
    assert all(doc.text[c.start:c.end] == c.text for c in table.cells)

    money = [f for f in doc.figures if f.source == "table" and f.kind == "money"]
    assert [f.value for f in money] == [Decimal(10 + n) * 10000 for n in range(1, 31)] + [Decimal(7650000)]
    assert {f.column_header for f in money} == {"资金安排额（万元）"}
    assert [f.page for f in money] == [1] * (moved - 1) + [2] * (31 - moved + 1)
    counts = [f for f in doc.figures if f.source == "table" and f.kind == "count"]
    assert [f.value for f in counts] == [Decimal(100 + n) for n in range(1, 31)] + [Decimal(3465)]
    # the 合计 row on page 2 sums every township of both pages
    totals = [f for f in doc.findings if f.rule == "table_total"]
    assert sorted((f.severity, len(f.figures)) for f in totals) == [("info", 31), ("info", 31)]


@needs_soffice
def test_a_row_that_a_page_break_cut_is_one_row_with_its_text_joined(pdfs):
    path = pdfs / "cut.pdf"
    firsts = _first_rows(path)
    assert len(firsts) == 2, "the table runs over three pages"
    assert all(row[:3] == ["", "", ""] and row[3] for row in firsts), "each page starts with the rest of a cut row"
    doc = process(path)
    assert doc.status == "ok", doc.error
    [table] = doc.tables
    assert (table.n_rows, table.n_cols) == (13, 4)
    assert [c.text for c in _column(table, 0)] == ["序号"] + [str(n) for n in range(1, 13)]
    assert [c.text for c in _column(table, 3)] == ["建设内容"] + [f"{LONG}惠及第{n}村" for n in range(1, 13)]
    assert {c.page for c in table.cells} == {1, 2, 3}
    money = [f for f in doc.figures if f.source == "table" and f.kind == "money"]
    assert [f.value for f in money] == [Decimal(50 + n) * 10000 for n in range(1, 13)]
    assert {f.column_header for f in money} == {"投资规模（万元）"}
    assert {f.label for f in money} == {f"第{n}号项目" for n in range(1, 13)}


@needs_soffice
def test_a_table_at_the_top_of_the_next_page_with_a_header_or_a_caption_is_its_own(pdfs):
    path = pdfs / "apart.pdf"
    firsts = _first_rows(path)
    assert firsts[:2] == [["序号", "乡镇", "资金安排额（万元）"], ["序号", "村", "补助资金（万元）"]]
    doc = process(path)
    assert doc.status == "ok", doc.error
    heads = [sorted((c for c in t.cells if c.row == 0), key=lambda c: c.col)[0].text for t in doc.tables]
    # 附表1 on two pages (its header repeated), 附表2 with its own header, 附表3 below its caption
    assert heads == ["序号", "序号", "序号", "1"]
    assert [t.n_rows for t in doc.tables][2:] == [4, 3]
    assert sum(t.n_rows for t in doc.tables[:2]) == 62
    assert doc.tables[3].caption == "附表3：续报项目"


# ---------------------------------------------------------------- the rules, on boxes

PAGE1, PAGE2 = SimpleNamespace(page_number=1), SimpleNamespace(page_number=2)
RULES = (80.0, 120.0, 300.0, 400.0)       # the vertical rules of a three-column table


def _ruled(page, top: float, rows: list[list[str]], rules=RULES, tall: dict | None = None) -> Ruled:
    """A ruled table on a page, its texts given (so its page's characters are never read); tall: {(row, col):
    rows} for a cell that spans rows."""
    boxes, texts, y = [], {}, top
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is None:
                continue            # covered by a cell spanning rows
            box = (rules[c], y, rules[c + 1], y + 20 * (tall or {}).get((r, c), 1))
            boxes.append(box)
            texts[box] = text
        y += 20
    return Ruled(top, y, boxes, {b: (page, b) for b in boxes}, texts)


def _rows(table: Ruled) -> list[list[str]]:
    cells = table.cells()
    return [[c.text for c in sorted(cells, key=lambda c: c.col) if c.row == r] for r in range(max(c.row for c in cells) + 1)]


HEADER = ["序号", "项目名称", "投资规模（万元）"]


def test_rows_under_the_same_rules_join_the_table_above():
    table = _ruled(PAGE1, 600, [HEADER, ["1", "道路硬化", "50"]])
    more = _ruled(PAGE2, 72, [["2", "饮水工程", "30"]], rules=(80.5, 119.0, 301.0, 400.5))
    assert _join(table, more)
    assert _rows(table) == [HEADER, ["1", "道路硬化", "50"], ["2", "饮水工程", "30"]]
    assert [c.page for c in sorted(table.cells(), key=lambda c: c.row)][-1] == 2


def test_a_header_alone_at_a_pages_foot_takes_the_rows_of_figures_with_units_below():
    header = ["一级指标", "分值", "得分"]
    table = _ruled(PAGE1, 700, [header])
    more = _ruled(PAGE2, 72, [["资金分解下达（20分）", "20分", "19.4分"], ["合计", "100分", "96分"]])
    assert _join(table, more)
    assert _rows(table) == [header, ["资金分解下达（20分）", "20分", "19.4分"], ["合计", "100分", "96分"]]
    # a first row of year headings is a header of its own
    assert not _join(_ruled(PAGE1, 700, [header]), _ruled(PAGE2, 72, [["指标", "2022年", "2023年"]]))


@pytest.mark.parametrize("rows, rules", [
    ([HEADER, ["2", "饮水工程", "30"]], RULES),                         # its header repeated
    ([["序号", "村", "补助（万元）"], ["2", "饮水工程", "30"]], RULES),     # a header of its own
    ([["2", "饮水工程", "30"]], (80.0, 150.0, 300.0, 400.0)),            # a rule elsewhere
    ([["2", "饮水工程", "30"]], (80.0, 120.0, 300.0, 480.0)),            # wider
])
def test_a_table_of_its_own_stays_apart(rows, rules):
    table = _ruled(PAGE1, 600, [HEADER, ["1", "道路硬化", "50"]])
    assert not _join(table, _ruled(PAGE2, 72, rows, rules=rules))
    assert len(_rows(table)) == 2


def test_the_rest_of_a_cut_row_joins_its_cells():
    table = _ruled(PAGE1, 600, [HEADER, ["1", "建档立卡贫困户职业培训补", "50"]])
    more = _ruled(PAGE2, 72, [["", "贴", ""], ["2", "饮水工程", "30"]])
    assert _join(table, more)
    assert _rows(table) == [HEADER, ["1", "建档立卡贫困户职业培训补贴", "50"], ["2", "饮水工程", "30"]]


@pytest.mark.parametrize("above, first, tall", [
    ("项目完成。", ["", "项目完成。", ""], None),           # under a cell that ended its sentence: a row of its own
    ("职业培训补", ["", "贴", "30"], None),                 # a number: a row of its own
    ("职业培训补", ["", "贴", ""], {(0, 0): 2}),            # a cell spanning rows begins here
    ("职业培训补", ["2", "饮水", "工程"], None),            # no cell left empty under one with text
])
def test_a_row_of_its_own_is_no_cut_row(above, first, tall):
    table = _ruled(PAGE1, 600, [HEADER, ["1", above, "50"]])
    second = [None if tall else "3", "饮水工程", "30"]
    _join(table, _ruled(PAGE2, 72, [first, second], tall=tall))
    assert ["1", above, "50"] in _rows(table)
