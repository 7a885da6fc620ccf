"""What a reviewer relies on from each reader (txt, docx, pdf), checked on real files.

txt: every usual encoding decodes to the same text, line ends are normalised,
a table flattened into tabs or pipes comes back as a Table with cells.
docx: Word's automatic list numbers are recovered, a text box is read once,
page headers and footers stay out, merged cells appear once with their spans.
pdf: facts carry the page they are printed on, running headers and "- N -"
footers stay out of the text, a figure split across a line or a page comes
back whole, ruled tables are read as tables.
Everywhere: every figure's offsets point at its text.
"""
from __future__ import annotations

import codecs
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import docx
import pdfplumber
import pytest

from conftest import CORPUS, DEVSET, SAMPLE, needs_shared
from extractors.model import Document
from extractors.read import read
from extractors.read_pdf import lay_out
from extractors.sniff import IMAGE_SIGNATURES
from pipeline.process import process

DEVDOCS = DEVSET / "docs"


@lru_cache(maxsize=None)
def _read(path: str) -> Document:
    return read(path)


@lru_cache(maxsize=None)
def _process(path: str) -> Document:
    return process(path)


def _ok(path: Path, processed: bool = False) -> Document:
    doc = _process(str(path)) if processed else _read(str(path))
    assert doc.status == "ok", f"{path.name}: {doc.error}"
    return doc


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _cell(table, text: str):
    found = [c for c in table.cells if c.text == text]
    assert len(found) == 1, f"{text!r} in {len(found)} cells"
    return found[0]


def _figures(doc: Document, pattern: str) -> list:
    return [f for f in doc.figures if re.fullmatch(pattern, f.text)]


# ---------------------------------------------------------------- txt

REPORT = ("襄垣县2024年度衔接推进乡村振兴补助资金绩效自评报告\n"
          "一、基本情况\n"
          "全县共收到衔接资金3122.874万元，其中省级662.874万元、县级2460万元。\n"
          "截至2024年12月25日，实际支出3122.15523万元，执行率100%。\n"
          "全县脱贫户1164户2819人，监测户152户364人。\n"
          "二、自评结论\n"
          "自评得分95分，等级为“优”。\n")

ENCODINGS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8-sig": lambda s: s.encode("utf-8-sig"),
    "gbk": lambda s: s.encode("gbk"),
    "gb18030": lambda s: s.encode("gb18030"),
    "utf-16-le-bom": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    "utf-16-be-bom": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
}
NEWLINES = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


@pytest.mark.parametrize("newline", NEWLINES)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_txt_encodings_and_line_ends_decode_to_the_same_text(tmp_path, encoding, newline):
    path = tmp_path / f"report-{encoding}-{newline}.txt"
    path.write_bytes(ENCODINGS[encoding](REPORT.replace("\n", NEWLINES[newline])))
    doc = read(path)
    assert (doc.status, doc.format) == ("ok", "txt"), doc.error
    assert doc.text == REPORT
    assert "\r" not in doc.text and "\ufeff" not in doc.text and "\ufffd" not in doc.text


def test_txt_figures_do_not_depend_on_the_encoding(tmp_path):
    found = set()
    for name, encode in ENCODINGS.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(encode(REPORT.replace("\n", "\r\n")))
        doc = process(path)
        assert doc.status == "ok", doc.error
        found.add(tuple((f.kind, f.text, f.value, f.start, f.end) for f in doc.figures))
    assert len(found) == 1
    figures = found.pop()
    assert ("money", "3122.15523万元", Decimal("31221552.3"), REPORT.index("3122.15523万元"),
            REPORT.index("3122.15523万元") + len("3122.15523万元")) in figures


# the real files and the encoding each is written in
TXT_FILES = [
    (CORPUS / "hebei-pingshan-2022-table.txt", "gb18030"),      # GBK, CRLF, pipe table
    (CORPUS / "shanxi-wuxiang-2023.txt", "gb18030"),            # GBK
    (CORPUS / "hubei-yunxi-2023.txt", "utf-16"),                # UTF-16 LE with BOM, CRLF
    (CORPUS / "sichuan-cangxi-2023.txt", "utf-8-sig"),          # UTF-8 with BOM
    (CORPUS / "guangxi-dahua-2022.txt", "utf-8"),
    (CORPUS / "hunan-luxi-2023-table.txt", "utf-8"),            # tab table
    pytest.param(DEVDOCS / "d1-daying-2020.txt", "gb18030", marks=needs_shared),
    pytest.param(DEVDOCS / "d2-liaocheng-2022.txt", "utf-16", marks=needs_shared),   # UTF-16 LE, CRLF
    pytest.param(DEVDOCS / "d2-xunhua-2023.txt", "utf-8", marks=needs_shared),
    pytest.param(DEVDOCS / "d1-guangxi-2021.txt", "utf-8", marks=needs_shared),
]


def _expected_text(truth: str) -> str | None:
    """What the reader must give for a file without table lines: every non-blank line, LF-ended."""
    lines = truth.split("\n")
    if any("\t" in line or line.count("|") >= 2 for line in lines):
        return None
    return "".join(line + "\n" for line in lines if line.strip())


@pytest.mark.parametrize("path,encoding", TXT_FILES, ids=lambda v: v.name if isinstance(v, Path) else v)
def test_real_txt_files_decode_as_their_encoding_says(tmp_path, path, encoding):
    truth = path.read_bytes().decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
    doc = _ok(path)
    assert "\r" not in doc.text and "\ufffd" not in doc.text and "\ufeff" not in doc.text
    first_line = next(line for line in truth.split("\n") if line.strip())
    assert doc.text.split("\n")[0] == first_line
    expected = _expected_text(truth)
    if expected is not None:
        assert doc.text == expected
    # the same text saved in every other usual encoding reads back the same
    for name in ("utf-8", "utf-8-sig", "gb18030", "utf-16-le-bom"):
        copy = tmp_path / f"{path.stem}.{name}.txt"
        copy.write_bytes(ENCODINGS[name](truth))
        again = read(copy)
        assert again.status == "ok", again.error
        assert again.text == doc.text, f"{path.name} saved as {name} reads differently"


def test_tab_table_becomes_a_table_with_cells(tmp_path):
    path = tmp_path / "tab.txt"
    path.write_text("各级资金到位情况如下（单位：万元）\n"
                    "资金来源\t预算数\t执行数\n"
                    "中央资金\t6420\t6163.6\n"
                    "省级资金\t2640\t2510\n"
                    "合计\t9060\t8673.6\n"
                    "以上资金均已拨付。\n", encoding="gbk")
    doc = process(path)
    assert doc.status == "ok", doc.error
    [table] = doc.tables
    assert (table.n_rows, table.n_cols) == (4, 3)
    assert table.caption == "各级资金到位情况如下（单位：万元）"
    grid = {(c.row, c.col): c.text for c in table.cells}
    assert grid[(0, 0)] == "资金来源" and grid[(1, 0)] == "中央资金" and grid[(3, 2)] == "8673.6"
    assert all(doc.text[c.start:c.end] == c.text for c in table.cells)
    # the lines around the table stay paragraphs
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    # cells are facts with the unit of the caption
    fact = next(f for f in doc.figures if f.text == "6163.6")
    assert (fact.kind, fact.value, fact.source) == ("money", Decimal("61636000"), "table")


def test_a_unit_stated_a_line_above_the_tables_name_holds_for_its_cells(tmp_path):
    path = tmp_path / "spaced.txt"
    path.write_text("三、项目支出绩效自评表\n"
                    "（单位：万元）\n"
                    "项目名称  2022年衔接推进乡村振兴补助资金\n"
                    "资金来源  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
                    "年度资金总额  18420  21630.5  21197.89  10  98.00%  9.8\n"
                    "中央资金  13200  15112.6  14810.35  —  —  —\n", encoding="utf-8")
    doc = process(path)
    assert doc.status == "ok", doc.error
    money = [(f.text, f.value) for f in doc.figures if f.kind == "money"]
    assert money == [("18420", Decimal("184200000")), ("21630.5", Decimal("216305000")),
                     ("21197.89", Decimal("211978900")), ("13200", Decimal("132000000")),
                     ("15112.6", Decimal("151126000")), ("14810.35", Decimal("148103500"))]


def test_pipe_table_drops_its_separator_row_and_pipes(tmp_path):
    path = tmp_path / "pipe.txt"
    path.write_text("| 资金来源 | 预算数（万元） | 执行数（万元） |\n"
                    "|---|:---:|---|\n"
                    "| 中央资金 | 6420 | 6163.6 |\n"
                    "| 省级资金 | 2640 | 2510 |\n", encoding="utf-8")
    doc = read(path)
    [table] = doc.tables
    assert (table.n_rows, table.n_cols) == (3, 3)
    assert [c.text for c in sorted(table.cells, key=lambda c: (c.row, c.col))] == [
        "资金来源", "预算数（万元）", "执行数（万元）", "中央资金", "6420", "6163.6", "省级资金", "2640", "2510"]
    assert "|" not in doc.text and "---" not in doc.text


def test_a_single_line_with_a_tab_is_not_a_table(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("县级资金\t1700万元\n已全部拨付。\n", encoding="utf-8")
    doc = read(path)
    assert doc.tables == [] and [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]


def test_corpus_pipe_and_tab_tables():
    hebei = _ok(CORPUS / "hebei-pingshan-2022-table.txt")      # GBK, CRLF, pipes
    [table] = hebei.tables
    assert table.n_rows >= 10 and table.n_cols >= 6
    row = {c.col: c.text for c in table.cells if c.row == _cell(table, "年度资金总额").row}
    assert list(row.values())[:3] == ["年度资金总额", "9860", "9465.6"]
    assert "|" not in hebei.text
    luxi = _ok(CORPUS / "hunan-luxi-2023-table.txt")          # tabs
    [table] = luxi.tables
    assert table.caption == "单位：万元"
    row = sorted((c for c in table.cells if c.row == _cell(table, "年度资金总额").row), key=lambda c: c.col)
    assert [c.text for c in row][:3] == ["年度资金总额", "15382.6", "14865.3"]


# ---------------------------------------------------------------- docx

def _python_docx_texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_docx_list_numbers_recovered_henan_lankao():
    path = CORPUS / "henan-lankao-2023.docx"
    doc = _ok(path)
    # python-docx gives the heading without its number: Word keeps it in numbering.xml
    assert "绩效自评工作开展情况" in _python_docx_texts(path)
    assert not any(t.startswith(("一、", "（一）", "1.")) for t in _python_docx_texts(path))
    lines = doc.text.split("\n")
    for heading in ("一、绩效自评工作开展情况", "二、衔接资金绩效评价自评情况", "（一）资金保障",
                    "1.市县履行支出责任情况", "（三）使用成效", "5.中央和省级衔接资金用于产业发展情况",
                    "三、存在问题及下一步工作"):
        assert heading in lines
    # the counters restart under each parent heading, as Word shows them
    assert [b.numbering for b in doc.blocks if b.numbering] == [
        "一、", "二、", "（一）", "1.", "2.", "（二）", "1.", "2.", "3.", "4.",
        "（三）", "1.", "2.", "3.", "4.", "5.", "（四）", "三、"]


@needs_shared
def test_docx_list_numbers_recovered_daying():
    path = DEVDOCS / "d1-daying-2021.docx"
    doc = _ok(path)
    assert "基本情况" in _python_docx_texts(path)
    lines = doc.text.split("\n")
    assert "一、基本情况" in lines and "（一）资金分配下达" in lines and "五、下一步工作打算" in lines
    assert any(line.startswith("2.2021年度目标") for line in lines)
    assert [b.numbering for b in doc.blocks if b.numbering] == [
        "一、", "二、", "（一）", "（二）", "1.", "2.", "3.", "（三）", "1.", "2.", "3.",
        "三、", "（一）", "（二）", "四、", "五、"]


def test_docx_text_box_read_exactly_once_henan_lankao():
    doc = _ok(CORPUS / "henan-lankao-2023.docx", processed=True)
    assert doc.text.count("确权到村集体的经营性资产6,380万元") == 1
    assert len(_figures(doc, "6,380万元")) == 1
    # in reading order: after its heading, before the next one
    assert doc.text.index("1.有序推进项目实施等工作情况") < doc.text.index("已完工94个") < doc.text.index("2.预算执行率")


@needs_shared
def test_docx_text_box_read_exactly_once_qingjian():
    doc = _ok(DEVDOCS / "d2-qingjian-2021.docx", processed=True)
    assert doc.text.count("现将产业建设资金500万元下达你局") == 1
    assert len(_figures(doc, "500万元")) == 1
    assert doc.text.index("县交通局：") < doc.text.index("现将产业建设资金500万元") < doc.text.index("支出时，功能分类科目")


def test_docx_list_numbers_carried_by_a_paragraph_style(tmp_path):
    """A paragraph styled 列表编号 (List Number) takes its number from the style's w:numPr in styles.xml."""
    d = docx.Document()
    d.add_heading("基本情况", 1)
    for text in ("到位资金100万元。", "支出资金90万元。"):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("项目一", style="List Bullet")
    d.add_paragraph("结余10万元。", style="List Number")
    d.save(tmp_path / "styled.docx")
    doc = _ok(tmp_path / "styled.docx")
    assert doc.text == "基本情况\n1.到位资金100万元。\n2.支出资金90万元。\n项目一\n3.结余10万元。\n"
    assert [b.numbering for b in doc.blocks] == ["", "1.", "2.", "", "3."]


def test_docx_tab_stops_of_a_paragraph_are_not_text(tmp_path):
    """A tab stop is a w:tab in the paragraph's properties (w:pPr/w:tabs); only a w:tab in a run is a tab."""
    d = docx.Document()
    stops = d.add_paragraph("资金情况").paragraph_format.tab_stops
    stops.add_tab_stop(docx.shared.Cm(3))
    stops.add_tab_stop(docx.shared.Cm(6))
    d.add_paragraph("到位资金\t100万元")
    d.save(tmp_path / "tabs.docx")
    assert _ok(tmp_path / "tabs.docx").text == "资金情况\n到位资金\t100万元\n"


def test_docx_paragraphs_typed_as_rows_of_cells_are_a_table(tmp_path):
    """A table typed in Word as paragraphs of cells set apart by bars is read as the .txt reader reads it."""
    d = docx.Document()
    for text in ("（二）资金使用情况。分级次执行情况如下：", "资金级次|到位资金（万元）|已支出（万元）|支出率",
                 "中央衔接资金|22,146|21,860.34|98.71%", "省级衔接资金|5,218.6|5,096.2|97.65%", "合计|27,364.6|26,956.54|98.51%",
                 "（三）资金投向。"):
        d.add_paragraph(text)
    d.save(tmp_path / "rows.docx")
    doc = _ok(tmp_path / "rows.docx", processed=True)
    [table] = doc.tables
    assert (table.n_rows, table.n_cols) == (4, 4)
    fact = next(f for f in doc.figures if f.text == "21,860.34")
    assert (fact.kind, fact.value, fact.source) == ("money", Decimal("218603400"), "table")
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]


def test_a_column_that_counts_holds_counts_in_the_unit_its_header_counts(tmp_path):
    path = tmp_path / "counts.txt"
    path.write_text("项目类别|项目个数|受益户数|安排资金（万元）\n产业发展|138|1,025|14,217.42\n基础设施|96|864|8,386.4\n"
                    "合计|234|1,889|22,603.82\n", encoding="utf-8")
    doc = _ok(path, processed=True)
    assert {(f.text, f.kind, f.unit) for f in doc.figures if f.text in ("138", "1,025")} == {
        ("138", "count", "个"), ("1,025", "count", "户")}


def test_docx_page_header_and_footer_absent_henan_lankao():
    doc = _ok(CORPUS / "henan-lankao-2023.docx")
    assert "兰考县2023年度财政衔接资金绩效自评材料" not in doc.text     # the page header
    assert re.search(r"第\s*\d*\s*页", doc.text) is None                 # the "第 N 页" footer


@needs_shared
def test_docx_page_header_and_footer_absent_qingjian():
    doc = _ok(DEVDOCS / "d2-qingjian-2021.docx")
    assert "清涧县财政局\u3000\u3000清财农发" not in doc.text
    assert doc.text.count("清财农发[2020]104号") == 1                    # the body's own line, not the header's
    assert re.search(r"第\s*\d*\s*页", doc.text) is None


def _coverage(table) -> dict:
    covered: dict = {}
    for c in table.cells:
        for r in range(c.row, c.row + c.rowspan):
            for k in range(c.col, c.col + c.colspan):
                covered[(r, k)] = covered.get((r, k), 0) + 1
    return covered


@needs_shared
def test_docx_merged_cells_appear_once_with_spans_tujing():
    doc = _ok(DEVDOCS / "d1-tujing-2021.docx", processed=True)
    [table] = doc.tables
    assert table.n_cols == 7
    title = _cell(table, "中央、市级专项转移支付绩效目标自评表")
    assert (title.row, title.col, title.colspan) == (0, 0, 7)
    assert _cell(table, "（2021年度）").colspan == 7
    assert _cell(table, "项目资金（万元）").rowspan == 5
    assert _cell(table, "绩效指标").rowspan == 11
    goals = [c for c in table.cells if c.text.startswith("新建道路 524m")]
    assert sorted(c.colspan for c in goals) == [2, 3]
    # 524m is written four times (two goal cells, target and actual); walking row.cells gives seven
    assert doc.text.count("524m") == 4
    assert len(_figures(doc, "524m")) == 4


def test_docx_merged_cells_appear_once_with_spans_jiange():
    doc = _ok(CORPUS / "sichuan-jiange-2023-table.docx")
    [table] = doc.tables
    title = _cell(table, "剑阁县2023年度衔接推进乡村振兴补助资金绩效目标自评表")
    assert (title.row, title.col, title.colspan) == (0, 0, table.n_cols)
    assert _cell(table, "资金情况").rowspan == 8
    assert doc.text.count("剑阁县2023年度衔接推进乡村振兴补助资金绩效目标自评表") == 1


DOCX_FILES = sorted(CORPUS.glob("*.docx")) + [
    pytest.param(p, marks=needs_shared) for p in sorted(DEVDOCS.glob("*.docx"))]


@pytest.mark.parametrize("path", DOCX_FILES, ids=lambda p: p.name)
def test_docx_tables_cover_the_grid_exactly_once(path):
    """A Word table is a full grid: every position belongs to exactly one cell."""
    doc = _ok(path)
    for table in doc.tables:
        covered = _coverage(table)
        assert all(n == 1 for n in covered.values()), "cells overlap"
        assert len(covered) == table.n_rows * table.n_cols, "a position belongs to no cell"


# ---------------------------------------------------------------- pdf

PDF_FILES = sorted(CORPUS.glob("*.pdf")) + [
    pytest.param(p, marks=needs_shared) for p in sorted(DEVDOCS.glob("*.pdf"))]
# fact.page comes from Document.page_starts, which each page's offset is taken at before the
# paragraph carried over from the page before is written: that paragraph's figures all get the later page
PAGE_FILES = [
    CORPUS / "chongqing-fengjie-2022-table.pdf",
    CORPUS / "gansu-dongxiang-2022.pdf",
    pytest.param(DEVDOCS / "d1-nanchuan-2019.pdf", marks=needs_shared),
    pytest.param(DEVDOCS / "d2-xizang-2021.pdf", marks=needs_shared),
]


def _pdf_pages(path: Path) -> list[str]:
    """Each page's text as pdfplumber prints it, whitespace removed, less the running header and "- N -" footer."""
    pages = []
    with pdfplumber.open(path) as pdf:
        raw = [(page.extract_text() or "").split("\n") for page in pdf.pages]
    firsts = [re.sub(r"\d+", "#", lines[0]) for lines in raw if lines]
    for lines in raw:
        body = [ln for ln in lines if not re.fullmatch(r"\s*[-—–]\s*\d+\s*[-—–]\s*", ln)]
        if body and firsts.count(re.sub(r"\d+", "#", body[0])) >= 2:
            body = body[1:]
        pages.append(_compact("".join(body)))
    return pages


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.name)
def test_pdf_facts_carry_the_page_they_are_printed_on(path):
    doc = _ok(path, processed=True)
    pages = _pdf_pages(path)
    joined = "".join(pages)
    starts = [sum(map(len, pages[:k])) for k in range(len(pages))]

    def page_of(offset: int) -> int:
        return max(k + 1 for k, s in enumerate(starts) if s <= offset)

    wrong = []
    for f in doc.figures:
        assert f.page is not None and 1 <= f.page <= len(pages), f.text
        text = _compact(f.text)
        possible = {page for m in re.finditer(re.escape(text), joined)
                    for page in (page_of(m.start()), page_of(m.end() - 1))}
        assert possible, f"{f.text!r} is not printed in the PDF"
        if f.page not in possible:
            wrong.append((f.text, f.page, sorted(possible)))
    assert wrong == []


@pytest.mark.parametrize("path", PDF_FILES, ids=lambda p: p.name)
def test_pdf_page_numbers_and_footers_absent(path):
    doc = _ok(path)
    n_pages = len(doc.page_starts)
    assert [n for _, n in doc.page_starts] == list(range(1, n_pages + 1))
    assert all(b.page is not None for b in doc.blocks)
    for line in doc.text.split("\n"):
        assert not re.fullmatch(r"\s*[-—–]\s*\d+\s*[-—–]\s*", line), line
        assert not re.fullmatch(r"\s*第\s*\d+\s*页.*", line), line
    for n in range(1, n_pages + 1):
        assert f"- {n} -" not in doc.text


RUNNING_HEADERS = [
    # (file, the header printed at the top of every page, times the body itself has those words)
    (CORPUS / "gansu-dongxiang-2022.pdf", "东乡族自治县2022年度财政衔接推进乡村振兴补助资金绩效自评报告", 1),
    pytest.param(DEVDOCS / "d1-nanchuan-2019.pdf", "南川区2019年市级农业综合开发补助资金项目重点绩效评价报告（摘要）", 0,
                 marks=needs_shared),
]


@pytest.mark.parametrize("path,header,in_body", RUNNING_HEADERS, ids=lambda v: v.name if isinstance(v, Path) else None)
def test_pdf_running_header_absent(path, header, in_body):
    with pdfplumber.open(path) as pdf:
        assert sum(_compact(page.extract_text()).count(header) for page in pdf.pages) >= 3
    assert _compact(_ok(path).text).count(header) == in_body


def test_pdf_figure_split_across_a_page_comes_back_whole_gansu():
    doc = _ok(CORPUS / "gansu-dongxiang-2022.pdf", processed=True)
    # "18,420 万" ends page 1, "元" starts page 2 under the running header
    assert re.search(r"农村基础设施建设\s*18,420\s*万元", doc.text)
    [figure] = _figures(doc, r"18,420\s*万元")
    assert (figure.kind, figure.value) == ("money", Decimal("184200000"))
    # and a figure wrapped at a line end inside page 1
    assert [f.value for f in _figures(doc, r"10,582\.6\s*万元")] == [Decimal("105826000")]


@needs_shared
def test_pdf_figures_split_across_lines_come_back_whole_nanchuan():
    doc = _ok(DEVDOCS / "d1-nanchuan-2019.pdf", processed=True)
    [sixty] = _figures(doc, r"60\s*万元")                           # "60 万" / "元"
    assert (sixty.kind, sixty.value) == ("money", Decimal("600000"))
    assert Decimal("13883000") in [f.value for f in _figures(doc, r"1388\.3\s*万元")]   # "1388.3" / "万元"
    assert [f.value for f in _figures(doc, "三个")] == [Decimal(3)]                    # "三个" / "村"
    # a page break (footer, then header) inside a sentence
    assert "110PE给水管1.03km" in _compact(doc.text)


@needs_shared
def test_pdf_figure_split_across_a_line_comes_back_whole_xizang():
    doc = _ok(DEVDOCS / "d2-xizang-2021.pdf", processed=True)
    [income] = _figures(doc, r"16935\s*元")                         # "16935" / "元"
    assert (income.kind, income.value) == ("money", Decimal("16935"))


@needs_shared
def test_pdf_a_line_wrapped_inside_brackets_stays_in_its_sentence():
    nanchuan = _ok(DEVDOCS / "d1-nanchuan-2019.pdf")
    assert "（渝农〔2019〕28 号）" in nanchuan.text                  # "（渝农" ends a line short of the margin
    shandong = _ok(DEVDOCS / "d3-shandong-2017.pdf")
    assert "的规定。（卷一，P3—P30）" in shandong.text


def _lines(*lines: tuple[float, float, str]) -> list[dict]:
    """Text lines as a PDF page gives them: (x0, x1, text), one every 18 points, 12-point characters."""
    return [{"x0": x0, "x1": x1, "top": 100 + 18 * k, "bottom": 112 + 18 * k, "text": text}
            for k, (x0, x1, text) in enumerate(lines)]


def _paragraphs(lines: list[dict]) -> list[str]:
    doc = lay_out([[lines, 842, []]], Document(path="layout"))
    return doc.text.split("\n")[:-1]


def test_pdf_lines_of_a_ragged_layout_stay_one_paragraph():
    """A layout that wraps after a fixed number of characters leaves lines with many digits short of the
    margin; a sentence goes on after them (a total and its parts stay together for the checks)."""
    lines = _lines((72, 504, "平泉县2021年衔接推进乡村振兴补助资金绩效自评报告各项工作开展情况如下"),
                   (96, 437, "2021年，平泉县财政局全年争取衔接推进乡村振兴补助资金34419."),
                   (72, 389, "74万元，其中中央资金28258.19万元、省级资金4000.55万元、"),
                   (72, 178, "县级资金2161万元。"),
                   (96, 398, "截至2021年12月31日，衔接资金已支出33215.05万元，结转"),
                   (72, 257, "结余1204.69万元，支出进度96.5%。"),
                   (96, 380, "2021年到位资金8399.68万元，其中中央资金7540.09万元"),
                   (72, 190, "、县级资金859.59万元。"))
    assert _paragraphs(lines)[1:] == [
        "2021年，平泉县财政局全年争取衔接推进乡村振兴补助资金34419.74万元，其中中央资金28258.19万元、"
        "省级资金4000.55万元、县级资金2161万元。",
        "截至2021年12月31日，衔接资金已支出33215.05万元，结转结余1204.69万元，支出进度96.5%。",
        "2021年到位资金8399.68万元，其中中央资金7540.09万元、县级资金859.59万元。"]


def test_pdf_a_heading_short_of_the_margin_stays_its_own_paragraph():
    lines = _lines((72, 504, "全年争取衔接推进乡村振兴补助资金共计一千万元，各项工作开展情况如下，"),
                   (72, 300, "现报告如下。"),
                   (72, 420, "（三）衔接资金项目管理和使用成效情况分析"),
                   (96, 504, "全年共安排产业项目70个，投入资金25815万元，带动脱贫户增收明显，"),
                   (72, 432, "资金使用规范项目全部完工并已通过验收"),
                   (72, 300, "（四）存在问题和下一步工作打算"))
    assert _paragraphs(lines)[1:] == [
        "（三）衔接资金项目管理和使用成效情况分析",
        "全年共安排产业项目70个，投入资金25815万元，带动脱贫户增收明显，资金使用规范项目全部完工并已通过验收",
        "（四）存在问题和下一步工作打算"]


def test_pdf_a_title_set_apart_by_space_stays_its_own_paragraph():
    """A title in the body's font and margin, short of the margin with no punctuation: the space after it ends it."""
    lines = _lines((90, 466, "关于2021年广西中央财政衔接推进乡村振兴补助资金争取和使用情况的报告"),
                   (90, 518, "近期财政部再次下达我区2021年中央财政衔接推进乡村振兴补助资金4.9亿元。至此"),
                   (90, 518, "我区本年度累计获得中央财政衔接推进乡村振兴补助资金103.83亿元，较2020年"),
                   (90, 233, "增加8.71亿元。"))
    for line in lines[1:]:
        line["top"], line["bottom"] = line["top"] + 10, line["bottom"] + 10
    assert _paragraphs(lines) == [
        "关于2021年广西中央财政衔接推进乡村振兴补助资金争取和使用情况的报告",
        "近期财政部再次下达我区2021年中央财政衔接推进乡村振兴补助资金4.9亿元。至此我区本年度累计获得中央财政衔接推进"
        "乡村振兴补助资金103.83亿元，较2020年增加8.71亿元。"]


def test_pdf_ruled_table_read_as_a_table_fengjie():
    doc = _ok(CORPUS / "chongqing-fengjie-2022-table.pdf", processed=True)
    assert doc.tables
    table = doc.tables[0]
    # it runs on to page 3 with its 总分 row and no header there: one table over two pages
    assert table.page == 2 and {c.page for c in table.cells if c.row < _cell(table, "总分").row} == {2}
    assert {c.page for c in table.cells if c.row >= _cell(table, "总分").row} == {3}
    assert table.n_cols == 9
    assert _cell(table, "项目资金（万元）").rowspan == 6
    title = _cell(table, "项目支出绩效自评表")
    assert (title.row, title.col, title.colspan) == (0, 0, 9)
    row = sorted((c for c in table.cells if c.row == _cell(table, "年度资金总额").row), key=lambda c: c.col)
    assert [c.text for c in row][1:4] == ["18600", "19245.8", "18873.6"]
    # read once, as a table, not also as running lines
    assert doc.text.count("年度资金总额") == 1
    assert all(doc.text[c.start:c.end] == c.text for t in doc.tables for c in t.cells)
    budget = [f for f in doc.figures if f.source == "table" and f.text == "19245.8"]
    assert [(f.kind, f.value, f.page) for f in budget] == [("money", Decimal("192458000"), 2)]


# ---------------------------------------------------------------- every document

ALL_FILES = (sorted(p for p in CORPUS.rglob("*") if p.is_file() and not p.name.startswith("."))
             + [pytest.param(p, marks=needs_shared) for p in sorted(DEVDOCS.glob("*"))]
             + [pytest.param(SAMPLE, marks=needs_shared)])


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_offsets_point_at_the_text(path):
    doc = _process(str(path))
    if doc.status != "ok":
        assert doc.figures == [] and doc.error
        return
    assert all(doc.text[f.start:f.end] == f.text for f in doc.figures)
    assert all(0 <= b.start <= b.end <= len(doc.text) for b in doc.blocks)
    for table in doc.tables:
        assert all(doc.text[c.start:c.end] == c.text for c in table.cells)
        assert all(n == 1 for n in _coverage(table).values()), "table cells overlap"
    if doc.format == "pdf" or doc.format in IMAGE_SIGNATURES.values():    # paged: PDFs and page images
        assert all(f.page is not None for f in doc.figures)
    else:
        assert all(f.page is None for f in doc.figures)


def test_pdf_a_ragged_right_edge_takes_the_end_nearly_every_line_reaches():
    """No line end repeats (a ragged right edge, every line starting at the margin): the margin is where nearly
    every line ends, not where the first line to end twice did (a heading's), so paragraphs still end."""
    lines = _lines((90, 510, "2022年某某县交通运输局财政衔接推进乡村振兴资金项目绩效自评"),
                   (90, 522, "为做好2022年财政衔接推进乡村振兴资金项目的绩效管理，依据有关办法的规定，现将我局"),
                   (90, 211, "绩效自评情况总结如下。"),
                   (90, 222, "一、绩效目标分解下达情况"),
                   (90, 516, "（一）衔接资金下达预算及项目情况。2022年我县农村公路通村道路建设项目计划投资"),
                   (90, 354, "2179万元，建设村内道路和连通道路共32.63公里。"),
                   (90, 222, "二、绩效自评工作开展情况"),
                   (90, 515, "我局依据资金使用的绩效目标要求，对项目资金使用效果开展自评，于2022年12月6"),
                   (90, 354, "日至8日对各项绩效指标的完成情况进行了实地调查。"),
                   (90, 211, "三、绩效目标完成情况"))
    assert _paragraphs(lines)[1:] == [
        "一、绩效目标分解下达情况",
        "（一）衔接资金下达预算及项目情况。2022年我县农村公路通村道路建设项目计划投资2179万元，建设村内道路和连通道路共32.63公里。",
        "二、绩效自评工作开展情况",
        "我局依据资金使用的绩效目标要求，对项目资金使用效果开展自评，于2022年12月6日至8日对各项绩效指标的完成情况进行了实地调查。",
        "三、绩效目标完成情况"]


def _add_table(d, rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def test_docx_a_table_cut_by_a_page_break_is_one_table(tmp_path):
    """A Word file made from a PDF: a table's rows go on after the page's number and the next page's running header,
    in paragraphs between two Word tables; the second piece has no header of its own."""
    d = docx.Document()
    d.add_paragraph("莲花县2021年度衔接推进乡村振兴补助资金绩效自评报告")
    d.add_paragraph("单位：万元")
    _add_table(d, [("资金级次", "到位资金", "已支出"), ("中央资金", "7,600", "7,512.4")])
    d.add_paragraph("— 1 —")
    d.add_paragraph("莲花县2021年度衔接推进乡村振兴补助资金绩效自评报告")
    _add_table(d, [("省级资金", "3,100", "3,046.2"), ("合计", "10,700", "10,558.6")])
    d.add_paragraph("二、资金使用情况")
    d.save(tmp_path / "cut.docx")
    doc = _ok(tmp_path / "cut.docx", processed=True)
    assert len(doc.tables) == 1 and max(c.row for c in doc.tables[0].cells) == 3
    assert [f.value for f in doc.figures if f.cell is not None and f.text == "3,046.2"] == [Decimal("30462000.0")]
    assert "— 1 —" in doc.text
