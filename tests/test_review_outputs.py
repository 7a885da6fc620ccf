"""report.xlsx and report.html of a run, and what a hostile report turns into in them and in the CSV
files: text, never a formula or a script."""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

import ziping
from conftest import CORPUS, read_csv
from hostile import FILE_NAME, FORMULA, IMAGE, SCRIPT, hostile_run
from pipeline import columns, frames, report_html, report_xlsx, writers
from pipeline.cli import main

SHEETS = ["总览", "数据", "核查结果", "表格", "未能读取"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return hostile_run(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def workbook(corpus_run):
    return load_workbook(corpus_run / "report.xlsx")


def test_neutralised_is_undone_by_restored_and_leaves_numbers():
    for text in ["=1+2", "+86", "-", "@SUM(A1)", "\tx", "\r=1", "'quoted", "''", "普通", ""]:
        assert columns.restored(columns.neutralised(text)) == text
    for number in ["-90000", "-5.49", "+3"]:
        assert columns.neutralised(number) == number
    assert columns.neutralised("=1+2") == "'=1+2" and columns.neutralised("-x") == "'-x"


def test_csv_text_cells_cannot_start_a_formula(hostile, corpus_run):
    for out in (hostile, corpus_run):
        for name, table in columns.TABLE_FILES.items():
            text = [c.name for c in table if c.type == "text"]
            for row in read_csv(out / f"{name}.csv"):
                for col in text:
                    cell = row[col]
                    assert (not cell.startswith(columns.FORMULA_START) or cell.startswith("'")
                            or columns.PLAIN_NUMBER.fullmatch(cell)), (name, col, cell)
    assert read_csv(hostile / "documents.csv")[0]["path"] == "'" + FILE_NAME
    assert "'" + FORMULA in [r["text"] for r in read_csv(hostile / "tables.csv")]
    # numbers keep their sign: the guard is for text only
    assert "-5" in [r["text"] for r in read_csv(hostile / "tables.csv")]


def test_frames_hold_the_text_as_written(hostile):
    tables = ziping.load(hostile)
    assert tables.documents.path[0] == FILE_NAME
    assert FORMULA in set(tables.tables.text)


def test_workbook_writes_the_formula_as_text(hostile):
    wb = load_workbook(hostile / "report.xlsx")
    assert wb.sheetnames == SHEETS
    cells = [c for row in wb["表格"].iter_rows(min_row=2) for c in row if c.value == FORMULA]
    assert cells and all(c.data_type == "s" for c in cells)
    assert FILE_NAME in [c.value for c in wb["总览"][2]]
    with zipfile.ZipFile(hostile / "report.xlsx") as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(re.search(r"<f[ >]", z.read(n).decode()) for n in sheets), "a cell holds a formula"


def test_page_shows_report_text_only_as_escaped_data(hostile):
    page = (hostile / "report.html").read_text(encoding="utf-8")
    for attack in (SCRIPT, IMAGE, "<img", "<script>alert"):
        assert attack not in page
    assert page.count("<script>") == 1, "only the page's own script"
    assert "Content-Security-Policy" in page and "script-src 'sha256-" in page


def test_workbook_has_the_sheets_and_rows_of_the_run(corpus_run, workbook):
    assert workbook.sheetnames == SHEETS
    docs, facts = read_csv(corpus_run / "documents.csv"), read_csv(corpus_run / "facts.csv")
    findings, tables = read_csv(corpus_run / "findings.csv"), read_csv(corpus_run / "tables.csv")
    for sheet, rows in zip(SHEETS, [docs, facts, findings, tables, [d for d in docs if d["status"] != "ok"]]):
        ws = workbook[sheet]
        assert ws.max_row == len(rows) + 1, sheet
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:"), sheet
    headers = [c.value for c in workbook["数据"][1]]
    assert headers == [c.title for c in columns.FACTS]
    failed = [[c.value for c in row] for row in workbook["未能读取"].iter_rows(min_row=2)]
    assert [r[2] for r in failed] == [d["error"] for d in docs if d["status"] != "ok"]


def test_workbook_keeps_amounts_exact_and_shows_them_in_wan_yuan(corpus_run, workbook):
    facts = read_csv(corpus_run / "facts.csv")
    ws = workbook["数据"]
    money = 0
    for fact, row in zip(facts, ws.iter_rows(min_row=2, max_col=4)):
        assert row[1].value == fact["fact_id"]
        if fact["kind"] == "money":
            money += 1
            assert Decimal(str(row[3].value)) == Decimal(fact["value"]), fact
            assert "万元" in row[3].number_format
        elif fact["kind"] == "percent":
            assert "%" in row[3].number_format
    assert money > 100


def test_each_finding_links_to_the_rows_of_its_figures(corpus_run, workbook):
    fact_of_row = {row[0].row: row[1].value for row in workbook["数据"].iter_rows(min_row=2, max_col=2)}
    findings = read_csv(corpus_run / "findings.csv")
    linked = 0
    for finding, row in zip(findings, workbook["核查结果"].iter_rows(min_row=2)):
        assert row[1].value == finding["finding_id"]
        links = [c for c in row[len(columns.FINDINGS):] if c.hyperlink is not None]
        assert [c.value for c in links] == finding["facts"].split()[:len(links)]
        for cell in links:
            sheet, target = cell.hyperlink.location.split("!")
            assert sheet == "'数据'" and fact_of_row[int(target[1:])] == cell.value
            linked += 1
        if finding["severity"] in ("error", "warning"):
            assert row[3].fill.fgColor.rgb.endswith(("FFC7CE", "FFEB9C"))
    assert linked > 300


def test_overview_has_one_row_per_document_with_its_canonical_fields(corpus_run, workbook):
    ws = workbook["总览"]
    header = [c.value for c in ws[1]]
    assert header[:5] == ["省", "市", "县", "年度", "自评等级"] and "到位资金合计" in header
    rows = {r[header.index("文档编号")]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    first = columns.first_by_field(read_csv(corpus_run / "facts.csv"))
    checked = 0
    for doc_id, fields in first.items():
        fact = fields.get("funds_received_total")
        if fact:
            assert Decimal(str(rows[doc_id][header.index("到位资金合计")])) == Decimal(fact["value"])
            checked += 1
    assert checked > 20


def test_page_embeds_each_document_once_and_nothing_from_the_network(corpus_run):
    page = (corpus_run / "report.html").read_text(encoding="utf-8")
    docs = read_csv(corpus_run / "documents.csv")
    ok = {d["doc_id"] for d in docs if d["status"] == "ok"}
    assert set(re.findall(r'<script type="application/json" id="doc-([0-9a-f]+)">', page)) == ok
    assert page.count('<tr data-doc="') == len(docs)
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert page.count("<svg") == 3


def test_a_column_name_has_one_type_in_every_table():
    """safe_row neutralises by column name; that holds only while a name means the same everywhere."""
    types: dict[str, str] = {}
    for table in columns.TABLE_FILES.values():
        for c in table:
            assert types.setdefault(c.name, c.type) == c.type, c.name


def test_a_figure_numbered_out_of_order_still_finds_its_row():
    """report.xlsx keeps a document's first row and how many of its figures follow <doc_id>-1, -2 …; any
    other figure is kept by its id, and an id that no row has gets no link."""
    facts = [{"doc_id": "a", "fact_id": "a-1"}, {"doc_id": "a", "fact_id": "a-2"}, {"doc_id": "a", "fact_id": "a-9"},
             {"doc_id": "a", "fact_id": "a-4"}, {"doc_id": "b", "fact_id": "b-1"}, {"doc_id": "c", "fact_id": "x"}]
    row_of = report_xlsx._FactRows()
    for n, f in enumerate(facts, start=2):
        row_of.add(n, f)
    assert [row_of(f["fact_id"]) for f in facts] == [2, 3, 4, 5, 6, 7]
    assert [row_of(i) for i in ("a-3", "b-2", "a-0", "z-1", "nonsense")] == [None] * 5


def test_reports_refuse_csv_files_whose_documents_are_out_of_order(tmp_path):
    """Both reports read facts.csv beside documents.csv; rows in another order would put figures under the
    wrong document, so the report fails (finish_run says so) rather than being wrong."""
    out = tmp_path / "out"
    reports = [str(CORPUS / "xiangyuan-2024.txt"), str(CORPUS / "angren-2023.txt")]
    assert main(["run", *reports, "-o", str(out), "-q", "--no-db"]) == 0
    docs = (out / "documents.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True)
    (out / "documents.csv").write_text("".join([docs[0], *reversed(docs[1:])]), encoding="utf-8-sig")
    with pytest.raises(ValueError, match="not in the order of documents.csv"):
        report_xlsx.write_workbook(out)
    with pytest.raises(ValueError, match="not in the order of documents.csv"):
        report_html.write_review_page(out)
    assert not list(out.glob(".report.*")), "no half-written report is left"


def _rewrite_csv(path, change) -> None:
    rows = read_csv(path)
    change(rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_workbook_cells_are_plain_strings_cut_to_excels_limit_and_figures_of_earlier_runs_are_text(tmp_path):
    """A label that begins with = stays text, loses the characters XML cannot hold and is cut at Excel's
    32,767 characters; a finding's figure of an earlier run (no row in 数据) is plain text, one of this run
    a link to its row in the Hyperlink style."""
    out = tmp_path / "out"
    assert main(["run", str(CORPUS / "xiangyuan-2024.txt"), "-o", str(out), "-q", "--no-db"]) == 0
    first = read_csv(out / "facts.csv")[0]["fact_id"]
    label = "=SUM(A1)\x01\x1f" + "长" * 40000
    _rewrite_csv(out / "facts.csv", lambda rows: rows[0].update(label=columns.neutralised(label)))
    _rewrite_csv(out / "findings.csv", lambda rows: rows[0].update(facts=f"{first} 0a1b2c3d4e5f-7"))
    report_xlsx.write_workbook(out)

    wb = load_workbook(out / "report.xlsx")
    cell = wb["数据"].cell(row=2, column=columns.names(columns.FACTS).index("label") + 1)
    assert cell.data_type == "s" and cell.value == label.replace("\x01\x1f", "")[:32767]
    linked, earlier = (wb["核查结果"].cell(row=2, column=len(columns.FINDINGS) + k) for k in (1, 2))
    assert linked.value == first and linked.hyperlink.location == "'数据'!A2" and linked.style == "Hyperlink"
    assert earlier.value == "0a1b2c3d4e5f-7" and earlier.hyperlink is None and earlier.style == "Normal"


def test_cells_the_workbook_writes_itself_are_those_xlsxwriter_writes(tmp_path):
    """report.xlsx puts a row's cells in XlsxWriter's table at once and writes the XML of plain strings and
    numbers itself (report_xlsx._Sheet); for every kind of cell, plain or one XlsxWriter escapes, its sheet is
    the one XlsxWriter's write_string and write_number give (less the characters XML cannot hold)."""
    from xlsxwriter import Workbook
    from xlsxwriter.worksheet import Worksheet

    values = ["衔接资金", "=SUM(A1)", "'+1", "a\tb", " lead", "trail ", "line\n", "a&b<c>\"d\"", "<r>x</r>",
              "_x0041_", "\x01", "a\x01b", "\ufffe", "x" * 40000, 0, -3, 12.5, Decimal("123456789.0123"),
              Decimal("-0.5"), Decimal("NaN"), 10**20, 1e-7]
    path = tmp_path / "cells.xlsx"
    wb = Workbook(str(path), {"constant_memory": True})
    formats = report_xlsx._formats(wb)
    theirs, ours = wb.add_worksheet("XlsxWriter", Worksheet), wb.add_worksheet("ziping", report_xlsx._Sheet)
    for n, value in enumerate(values, start=1):
        row = [(0, value, None), (1, value, formats["money" if not isinstance(value, str) else "error"])]
        for col, v, fmt in row:
            if isinstance(v, str) and (v := report_xlsx.ILLEGAL_CHARACTERS.sub("", v)):
                theirs.write_string(n, col, v, fmt)
            elif not isinstance(v, (str, Decimal)) or isinstance(v, Decimal) and v.is_finite():
                theirs.write_number(n, col, v, fmt)
        ours.write_cells(n, row)
    wb.close()
    with zipfile.ZipFile(path) as z:
        xml = [re.search(r"<sheetData>.*</sheetData>", z.read(f"xl/worksheets/sheet{k}.xml").decode(), re.S).group()
               for k in (1, 2)]
    assert xml[0] == xml[1] and xml[0].count("<c ") == 2 * (len(values) - 3) + 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.lists(st.sampled_from(["衔", "a", "1", " ", "\t", "\n", "\u3000", "&", "<", '"', "_x", "0041",
                                                   "_x00A9_", "_", "\x01", "\ufffe", "="]),
                                  min_size=1, max_size=6).map("".join)
                         | st.integers(-10**6, 10**6) | st.decimals(allow_nan=True, allow_infinity=False, places=3),
                         min_size=1, max_size=4), min_size=1, max_size=4))
def test_rows_the_workbook_writes_at_once_are_those_xlsxwriter_writes(tmp_path_factory, rows):
    """A row handed over whole (report_xlsx._Sheet.write_row: its strings looked at together, then written as
    they are, or left to XlsxWriter): the XML of XlsxWriter's write_string and write_number, cell by cell."""
    from xlsxwriter import Workbook
    from xlsxwriter.worksheet import Worksheet

    path = tmp_path_factory.mktemp("rows") / "rows.xlsx"
    wb = Workbook(str(path), {"constant_memory": True})
    formats = report_xlsx._formats(wb)
    theirs, ours = wb.add_worksheet("XlsxWriter", Worksheet), wb.add_worksheet("ziping", report_xlsx._Sheet)
    for n, values in enumerate(rows, start=1):
        row = [(col, v, formats["money"] if col % 2 else None) for col, v in enumerate(values)]
        for col, v, fmt in row:
            if isinstance(v, str) and (v := report_xlsx.ILLEGAL_CHARACTERS.sub("", v)):
                theirs.write_string(n, col, v, fmt)
            elif isinstance(v, int) or isinstance(v, Decimal) and v.is_finite():
                theirs.write_number(n, col, v, fmt)
        ours.write_row(n, row)
    wb.close()
    with zipfile.ZipFile(path) as z:
        xml = [re.search(r"<sheetData>.*</sheetData>|<sheetData/>", z.read(f"xl/worksheets/sheet{k}.xml").decode(),
                         re.S).group() for k in (1, 2)]
    assert xml[0] == xml[1]


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                    | st.dictionaries(st.text(max_size=3), inner, max_size=4), max_leaves=30))
def test_a_documents_json_is_the_text_json_writes_with_an_indent(value):
    """<doc_id>.json is written by json's C encoder container by container (writers.indented_json): the
    same text as json.dump(…, ensure_ascii=False, indent=1)."""
    buffer = io.StringIO()
    writers.indented_json(value, buffer.write)
    assert buffer.getvalue() == json.dumps(value, ensure_ascii=False, indent=1)


@given(st.lists(st.dictionaries(st.sampled_from(["doc_id", "label", "text", "value", "start", "page"]),
                                st.text(st.sampled_from("=+-@'\t\r1.a,\"\n中")) | st.integers() | st.none(), max_size=6),
                max_size=5))
def test_a_documents_csv_text_is_what_dictwriter_writes_of_its_safe_rows(rows):
    """A worker writes a document's rows as CSV text (writers.csv_text): what csv.DictWriter writes of the rows
    made safe (columns.safe_row), a missing column empty."""
    columns_ = ["doc_id", "label", "text", "value", "start", "page"]
    buffer = io.StringIO()
    csv.DictWriter(buffer, fieldnames=columns_).writerows(columns.safe_row(row) for row in rows)
    assert writers.csv_text(columns_, rows) == buffer.getvalue()


@given(st.lists(st.lists(st.text(st.sampled_from("ab,\"\n\r '=1"), max_size=4), max_size=5), max_size=6))
def test_csv_rows_are_the_rows_csv_dictreader_gives(tmp_path_factory, rows):
    """The reports read the CSV files with frames.csv_rows (csv.reader's lists made into dicts): the same rows
    as csv.DictReader, blank lines and rows shorter or longer than the header included."""
    path = tmp_path_factory.mktemp("csv") / "rows.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    with open(path, encoding="utf-8-sig", newline="") as f:
        expected = list(csv.DictReader(f))
    assert list(frames.csv_rows(path)) == expected
