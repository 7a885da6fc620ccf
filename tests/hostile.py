"""A report written to attack its reviewers: a formula in a file name, a paragraph and a table cell, and
script in its text. Shared by the tests of the CSV files, the workbook and the page."""
from __future__ import annotations

from pathlib import Path

import docx

from conftest import run_cli

FORMULA = '=HYPERLINK("http://evil.example","点击")'
SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(2)>"
FILE_NAME = "=HYPERLINK(1).docx"
# 𠀀 lies outside the BMP: the page's script counts it as two units, Python as one
LINES = ["襄垣县2024年度衔接推进乡村振兴补助资金绩效自评报告", "一、资金情况",
         "2024年到位衔接推进乡村振兴补助资金3122.874万元，其中省级衔接资金662.874万元，县级衔接资金2460万元。",
         f"{SCRIPT}{IMAGE}报告正文（𠀀村）", f"{FORMULA}安排资金100万元。", "襄垣县乡村振兴局", "2024年12月30日"]


def hostile_run(root: Path) -> Path:
    """Write the report into root, run `ziping run` there, return the output folder."""
    d = docx.Document()
    for line in LINES:
        d.add_paragraph(line)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = FORMULA, "金额（万元）"
    table.cell(1, 0).text, table.cell(1, 1).text = IMAGE, "-5"
    d.save(root / FILE_NAME)
    result = run_cli("run", FILE_NAME, "-o", "out", "--db", "out/ziping.duckdb", cwd=root)
    assert result.returncode == 0, result.stderr
    return root / "out"
