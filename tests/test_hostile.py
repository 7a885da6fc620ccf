"""Hostile input: a zip bomb or a zip that lies about its sizes is refused before it is inflated, XML
entities are neither expanded nor fetched, and random or hostile text (1,000-digit numbers, only
punctuation, mixed scripts, NUL characters, 10,000 numbers in a row) never makes the pipeline fail, and
every figure's offsets point at its text. The lookups that replaced scans per figure (page, section,
indicator, table, a column's header) answer as the scans did; many reports in one text and tables of
thousands of rows or columns are read with true offsets."""
from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPUS
from extractors.model import Cell, Document, Section, Table
from extractors.numbers import parse_number
from extractors.placement import _first_around
from extractors.read import read
from extractors.sniff import MAX_FIGURES, MAX_TEXT_BYTES
from extractors.structure import indicator_at
from extractors.table_figures import MAX_HEADER_CHARS, Grid, cues, role_of
from pipeline.process import process, process_text

DOCX = CORPUS / "henan-lankao-2023.docx"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _docx_with(document_xml) -> bytes:
    """The corpus .docx with its document.xml replaced (a function of the original XML)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(DOCX) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item.filename, document_xml(data) if item.filename == "word/document.xml" else data)
    return buffer.getvalue()


def _declare_size(data: bytes, member: str, size: int) -> bytes:
    """The zip with the uncompressed size its central directory declares for member changed."""
    at = data.find(b"PK\x01\x02")          # the central directory's entries
    while at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + name_len] == member.encode():
            return data[:at + 24] + struct.pack("<I", size) + data[at + 28:]
        at = data.find(b"PK\x01\x02", at + 46)
    raise AssertionError(member)


def _read_bytes(tmp_path: Path, name: str, data: bytes) -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return process(path)


def test_a_zip_bomb_is_an_error_row_before_it_is_inflated(tmp_path):
    bomb = _docx_with(lambda xml: xml.replace(b"<w:body>", b"<w:body>" + b" " * (32 * 2**20), 1))
    assert len(bomb) < 2 * 2**20
    doc = _read_bytes(tmp_path, "炸弹.docx", bomb)
    assert doc.status == "error" and "压缩炸弹" in doc.error and "请" in doc.error


def test_a_zip_declaring_gigabytes_is_refused(tmp_path):
    lying = _declare_size(DOCX.read_bytes(), "word/document.xml", 2**32 - 1)
    doc = _read_bytes(tmp_path, "超大.docx", lying)
    assert doc.status == "error" and "压缩炸弹" in doc.error


def test_a_zip_declaring_less_than_it_holds_is_read_no_further_than_declared(tmp_path):
    # zipfile inflates a member only up to its declared size, then fails the checksum: a broken file
    big = _docx_with(lambda xml: xml.replace(b"<w:body>", b"<w:body>" + b" " * (16 * 2**20), 1))
    doc = _read_bytes(tmp_path, "谎报.docx", _declare_size(big, "word/document.xml", 1000))
    assert doc.status == "error" and "内部错误" not in doc.error


def test_xml_entities_are_neither_expanded_nor_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容XYZ", encoding="utf-8")
    laughs = "".join(f'<!ENTITY l{k} "{f"&l{k - 1};" * 10}">' for k in range(1, 10))
    dtd = (f'<!DOCTYPE w:document [<!ENTITY l0 "哈哈">{laughs}'
           f'<!ENTITY xxe SYSTEM "file://{secret}">]>').encode()

    def hostile(xml: bytes) -> bytes:
        head, rest = xml.split(b"?>", 1)
        rest = rest.replace(b"</w:body>", b"<w:p><w:r><w:t>&l9;&xxe;</w:t></w:r></w:p></w:body>", 1)
        return head + b"?>" + dtd + rest
    doc = _read_bytes(tmp_path, "实体.docx", _docx_with(hostile))
    assert "机密内容" not in doc.text
    assert doc.text.count("哈哈") < 100          # 10^9 of them if the entities were expanded
    assert "内部错误" not in doc.error


def test_a_text_too_long_for_one_report_is_an_error_row_saying_to_split_it(tmp_path):
    doc = _read_bytes(tmp_path, "合并导出.txt", "到位资金100万元。".encode() * (MAX_TEXT_BYTES // 20))
    assert doc.status == "error" and "拆分" in doc.error and doc.figures == []


def test_a_text_with_more_figures_than_many_reports_is_an_error_row_saying_to_split_it(monkeypatch):
    assert MAX_FIGURES >= 100 * 116         # a hundred times the most figures a report of the corpus has
    monkeypatch.setattr("pipeline.process.MAX_FIGURES", 100)
    doc = process_text("1万元，" * 101)
    assert doc.status == "error" and "拆分" in doc.error and "101个数字" in doc.error
    assert doc.figures == [] and doc.text == ""
    assert process_text("1万元，" * 100).status == "ok"


def test_a_table_of_more_numbers_than_many_reports_is_refused_before_its_cells_are_read(monkeypatch):
    monkeypatch.setattr("pipeline.process.MAX_FIGURES", 100)
    doc = process_text("指标\t分值\t得分\n" + "产出数量\t10\t9\n" * 51)
    assert doc.status == "error" and "102个数字" in doc.error and doc.figures == []
    read = []
    monkeypatch.setattr("pipeline.process.table_figures", lambda doc, figures: read.append(doc) or figures)
    assert process_text("指标\t分值\t得分\n" + "产出数量\t10\t9\n" * 51).status == "error" and not read


def test_many_reports_in_one_text_are_read_with_true_offsets(tmp_path):
    report = (CORPUS / "xiangyuan-2024.txt").read_text(encoding="utf-8")
    copies = 200_000 // len(report.encode()) + 1           # an export of many reports, about 200 KB
    path = tmp_path / "合并导出.txt"
    path.write_text("\n\n".join([report] * copies), encoding="utf-8")
    doc = process(path)
    assert doc.status == "ok", doc.error
    assert all(doc.text[f.start:f.end] == f.text for f in doc.figures)
    alone = [f for f in process_text(report).figures if f.text == "662.874万元"]
    joined = [f for f in doc.figures if f.text == "662.874万元"]
    assert len(joined) == len(alone) * copies and {f.section for f in joined} == {f.section for f in alone}


def test_tables_of_thousands_of_rows_or_columns_keep_their_headers():
    tall = "指标\t分值\t得分\n" + "产出数量\t10\t9\n" * 2000
    doc = process_text(tall)
    scores = [f for f in doc.figures if f.kind == "score"]
    assert len(scores) == 4000 and all(doc.text[f.start:f.end] == f.text for f in scores)
    assert {(f.column_header, f.role) for f in scores} == {("分值", "weight"), ("得分", "score")}
    wide = "\n".join(["\t".join(["项目", "资金100万元"] * 500)] * 2)
    doc = process_text(wide)
    money = [f for f in doc.figures if f.kind == "money"]
    assert len(money) == 1000 and all(doc.text[f.start:f.end] == f.text for f in money)
    assert max(f.row_label.count(" ") for f in money) < 50      # read from the 50 columns to the left at most


def test_a_run_of_a_hundred_thousand_digits_is_read():
    doc = process_text("二期工程资金" + "1" * 100_000 + "期项目")
    assert doc.status == "ok", doc.error
    assert all(doc.text[f.start:f.end] == f.text for f in doc.figures)


# ---------------------------------------------------------------- random and hostile text

HOSTILE = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
    st.text(alphabet="0123456789.,，。万元亿%％年月日第一二三四五六七八九十百千点分户人个\n\t|　 ", max_size=400),
    st.integers(1, 1000).map(lambda n: "资金" + "9" * n + "万元"),
    st.integers(1, 2000).map(lambda n: "，。、；：！？“”（）【】《》—…·" * (n // 16 + 1)),
    st.lists(st.sampled_from(["县级", "资金", "Ünïcödé", "ملف", "ไทย", "\x00", "１２３", "百分之", "壹仟",
                              "2024年", "％", "亿元", "\u200b", "\ufffd", "𠀀"]), max_size=80).map("".join),
)


@SETTINGS
@given(HOSTILE)
def test_the_pipeline_never_fails_and_offsets_stay_true(text):
    doc = process_text(text)
    assert "内部错误" not in doc.error, doc.error
    for f in doc.figures:
        assert doc.text[f.start:f.end] == f.text


def test_ten_thousand_numbers_in_a_row():
    text = "各项资金分别为" + "、".join(f"{k}万元" for k in range(10000)) + "。合计5000万元。"
    doc = process_text(text)
    assert doc.status == "ok", doc.error
    assert sum(f.kind == "money" for f in doc.figures) >= 10000
    assert all(doc.text[f.start:f.end] == f.text for f in doc.figures)


@SETTINGS
@given(st.text(max_size=60))
def test_the_number_parser_reads_or_says_it_is_no_number(written):
    try:
        value, decimals = parse_number(written)
    except ValueError:
        return
    assert decimals >= 0 and value.is_finite()


# ---------------------------------------------------------------- lookups instead of scans

@st.composite
def documents(draw) -> Document:
    size = 200
    spans = draw(st.lists(st.tuples(st.integers(0, size), st.integers(0, size), st.integers(1, 4),
                                    st.one_of(st.none(), st.integers(1, 16))), max_size=25))
    sections = [Section(str(k), "", level, start, end, indicator=indicator)
                for k, (start, end, level, indicator) in enumerate(spans)]
    pages = sorted(draw(st.lists(st.integers(0, size), max_size=8)))
    return Document(path="", sections=sections, page_starts=[(start, n + 1) for n, start in enumerate(pages)])


def _section_scan(doc: Document, offset: int, only_indicators: bool = False):
    found = None
    for s in doc.sections:
        if (s.indicator or not only_indicators) and s.start <= offset < s.end and (found is None or s.level >= found.level):
            found = s
    return found


@SETTINGS
@given(documents())
def test_page_section_and_indicator_lookups_answer_as_a_scan_would(doc):
    for offset in range(-1, 202):
        page = None
        for start, number in doc.page_starts:
            if start > offset:
                break
            page = number
        assert doc.page_at(offset) == page
        assert doc.section_at(offset) is _section_scan(doc, offset)
        expected = _section_scan(doc, offset, only_indicators=True)
        assert indicator_at(doc, offset) == (expected.indicator if expected else None)


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 30)), max_size=12), st.booleans())
def test_the_table_around_a_figure_is_the_first_a_scan_would_find(spans, in_order):
    if in_order:
        spans = sorted(spans)
    tables = [Table(cells=[], start=start, end=start + length) for start, length in spans]
    doc = Document(path="", tables=tables)
    for offset in range(0, 132):
        expected = next((i for i, t in enumerate(tables) if t.start <= offset < t.end), None)
        assert _first_around(doc, "tables", tables, offset) == expected


@SETTINGS
@given(st.text(alphabet="资金万元12。，\n", max_size=3000))
def test_sentences_are_cut_at_the_longest_a_report_has_and_only_there(text):
    from extractors.sentences import LONGEST, SENTENCE_BOUNDARY, sentence_spans
    doc = Document(path="", norm=text)
    spans = sentence_spans(doc)
    assert all(end - start <= LONGEST + 1 for start, end in spans)
    natural = [m.start() for m in SENTENCE_BOUNDARY.finditer(text)]
    if all(b - a <= LONGEST for a, b in zip([-1] + natural, natural + [len(text)])):
        assert doc.cache["sentence"] == natural


def _header_walking_up(grid: Grid, cell: Cell) -> str:
    """A column's header as a walk up from the cell finds it: a role cue first, else any text cell (each read with the
    header above it where it names no more than an amount, as the grid does: 下达资金 over 金额（万元）)."""
    fallback = ""
    for r in range(cell.row - 1, -1, -1):
        above = grid.at.get((r, cell.col))
        if above is None:
            continue
        text = grid.text(above).strip()
        if above.colspan >= grid.n_cols:
            break
        if not text or grid.is_number(above) or len(text) > MAX_HEADER_CHARS \
                or cues()["no_amount_cell"].fullmatch(text):
            continue
        if role_of(text) or cues()["percent"].search(text) or cues()["unit_in_header"].search(text) \
                or cues()["plain_header"].match(text):
            return grid._composed(above, text)
        fallback = fallback or grid._composed(above, text)
    return fallback


CELL_TEXTS = ["", " ", "分值", "得分", "指标", "项目", "100", "88.6", "金额（万元）", "完成率", "偏差原因", "总分", "x" * 45]


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 4), st.integers(1, 2), st.sampled_from([1, 1, 2, 5]),
                          st.sampled_from(CELL_TEXTS)), max_size=30))
def test_column_headers_found_in_one_sweep_are_those_a_walk_up_finds(specs):
    norm, cells = "", []
    for row, col, rowspan, colspan, text in specs:
        cells.append(Cell(row, col, text, rowspan, colspan, len(norm), len(norm) + len(text)))
        norm += text + "\n"
    grid = Grid(Table(cells), norm)
    for cell in cells:
        assert grid.column_header(cell) == _header_walking_up(grid, cell)
        assert grid.above_matches(cell, cues()["reason"]) == any(
            (above := grid.at.get((r, cell.col))) is not None and above.colspan < grid.n_cols
            and cues()["reason"].search(grid.text(above)) for r in range(cell.row))


@given(st.text(alphabet=" \n/（(满分公里米平方测算计算85", max_size=30), st.integers(0, 30))
def test_a_pattern_matched_at_every_figure_matches_as_compiled_plainly(text, offset):
    """The patterns the checks match at each figure's end are compiled so that the regex module does not look
    for their required characters to the end of the text first (quadratic in a long text); they match the same."""
    import regex

    import patterns
    from pipeline.checks.nearby import matched_at_offsets

    for pattern in (patterns.load("relations")["context"]["unit_price"], patterns.load("scores")["group_score_after"]):
        plain, fast = regex.compile(pattern).match(text, offset), matched_at_offsets(pattern).match(text, offset)
        assert (plain and (plain.span(), plain.groupdict())) == (fast and (fast.span(), fast.groupdict()))


def _unit_slips_pair_by_pair(doc: Document) -> list[tuple]:
    """_restatements as it compared every amount with every later one of a value 10 to 10000 times away."""
    from extractors.labels import content_words
    from extractors.sentences import clause_start
    from pipeline.checks.plausible import _FACTORS
    from pipeline.checks.rounding import interval
    from pipeline.checks.text import cues

    money = [f for f in doc.figures if f.kind == "money" and f.cell is None and f.value > 0]
    seen, out = set(), []
    for i, a in enumerate(money):
        for b in money[i + 1:]:
            if (a.value, b.value) in seen or a.start >= doc.title_end and b.value not in \
                    {a.value * k for k in _FACTORS} | {a.value / k for k in _FACTORS}:
                continue
            big, small = (a, b) if a.value >= b.value else (b, a)
            per_unit = cues()["per_unit"].search(doc.norm[clause_start(doc, small.start):small.start])
            if big.value / small.value in _FACTORS and content_words(a.label) & content_words(b.label) \
                    and big.scale != small.scale and not per_unit:
                seen.add((a.value, b.value))
                out.append(("unit_slip", id(b), id(a)))
            elif a.start < doc.title_end <= b.start and a.decimals < b.decimals and a.value != b.value \
                    and abs(a.value - b.value) <= b.value / 100 and not interval(a).overlaps(interval(b)):
                seen.add((a.value, b.value))
                out.append(("same_figure_differs", id(a), id(b)))
    return out


AMOUNTS = [f"{pre}{label}{value}{unit}{end}" for pre in ("", "每户", "共") for label in ("衔接资金", "产业发展资金", "光伏收益")
           for value in ("12", "120", "1200", "1.77", "1.7763", "45") for unit in ("元", "万元", "亿元")
           for end in ("，", "。\n")]


@SETTINGS
@given(st.booleans(), st.lists(st.sampled_from(AMOUNTS), max_size=40))
def test_unit_slips_looked_up_are_those_a_comparison_of_every_pair_finds(titled, amounts):
    """Each amount is looked up among the later ones by value, words and scale (a text that states the same two
    amounts thousands of times is not compared pair by pair); the warnings are those of every pair."""
    from pipeline.checks.plausible import _restatements

    doc = process_text(("某县2023年衔接资金1.77亿元绩效自评报告\n" if titled else "某县2023年绩效自评报告\n") + "".join(amounts))
    found = [(f.rule, *(id(x) for x in f.figures)) for f in _restatements(doc)]
    assert found == _unit_slips_pair_by_pair(doc)


def test_a_column_is_compared_with_the_totals_stated_around_its_table_not_with_every_one():
    """An export of 30 reports, each stating a total and a table whose column should sum to it: each column is
    checked, against a total stated near its table (a few reports away at most), not against all 30."""
    from pipeline.checks.tables import STATED_AROUND

    report = "全年共安置贫困人员2829人。\n乡镇\t安置贫困人员（人）\n甲\t265\n乙\t1475\n丙\t467\n\n"
    doc = process_text("某县2023年绩效自评报告\n" + report * 30)
    totals = [f for f in doc.figures if f.cell is None and f.value == 2829]
    sums = [f for f in doc.findings if f.rule == "parts_sum"]
    assert len(totals) == len(sums) == 30
    for n, found in enumerate(sums):
        assert found.figures[1:] == [f for f in doc.figures if f.cell is not None and f.table_index == n]
        assert abs(totals.index(found.figures[0]) - n) <= STATED_AROUND


def _restated_years_pair_by_pair(earlier: Document, later: Document) -> list[tuple]:
    """restated_years as it compared each figure of the later report with every one of the earlier."""
    from pipeline.checks.rounding import interval

    year = str(earlier.year)
    for b in later.figures:
        if b.kind != "money" or b.period != year or b.scope or b.purpose or not (b.measure and b.fund_level):
            continue
        same = [a for a in earlier.figures if a.kind == "money" and a.period == year and not a.scope and not a.purpose
                and a.measure == b.measure and a.fund_level == b.fund_level and a.cell is None
                and (not a.fund or not b.fund or a.fund == b.fund)]
        if not same or any(interval(a).overlaps(interval(b)) for a in same):
            continue
        a = max(same, key=lambda f: f.value)
        return [("error" if a.fund and b.fund else "warning", id(b), id(a))]
    return []


@st.composite
def year_figures(draw, n: int) -> list:
    from decimal import Decimal

    from extractors.model import Cell, Figure

    return [Figure(kind=draw(st.sampled_from(["money", "money", "money", "percent"])),
                   value=Decimal(draw(st.sampled_from(["100", "100.5", "101", "120", "1500", "1500.25"]))), unit="万元",
                   text="", start=k, end=k + 1, decimals=draw(st.integers(0, 2)),
                   scale=Decimal(draw(st.sampled_from([1, 10000]))),
                   cell=draw(st.sampled_from([None, None, None, Cell(0, 0, "", 1, 1, 0, 0)])),
                   measure=draw(st.sampled_from(["", "received", "spent"])),
                   fund_level=draw(st.sampled_from(["", "all", "central"])),
                   fund=draw(st.sampled_from(["", "衔接资金", "以工代赈"])), purpose=draw(st.sampled_from(["", "", "", "产业"])),
                   scope=draw(st.sampled_from(["", "", "", "地:甲县"])), period=draw(st.sampled_from(["2022", "2022", "2023", ""])))
            for k in range(draw(st.integers(0, n)))]


@SETTINGS
@given(year_figures(30), year_figures(12))
def test_a_year_restated_is_looked_up_as_a_comparison_with_every_figure_finds_it(earlier, later):
    """Each amount of the later report is looked up among the earlier report's by measure, level and fund (two
    exports of many reports are not compared figure by figure); the finding is that of every pair."""
    from pipeline.checks.across import restated_years

    a = Document(path="a", year=2022, figures=earlier)
    b = Document(path="b", year=2023, figures=later)
    assert [(f.severity, *(id(x) for x in f.figures)) for f in restated_years("甲县", a, b)] \
        == _restated_years_pair_by_pair(a, b)
