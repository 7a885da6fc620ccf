"""The DuckDB dataset: adding a run twice changes nothing, two years of a county are two rows of
county_year, a re-issued report is a new version, and the cross_year check reads the database, so a
report run today is checked against one added on another day."""
from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
from openpyxl import load_workbook
import ziping
from conftest import CORPUS, assert_contract, read_csv, run_cli
from pipeline.batch import run
from pipeline.cli import main
from pipeline.dataset import add_run, connect
from pipeline.reports import finish_run

YUNXI = ["yunxi-2022.txt", "hubei-yunxi-2023.txt"]


def _run(files: list[Path], out: Path) -> Path:
    run([str(f) for f in files], out, workers=1)
    return out


def _snapshot(db: Path) -> dict:
    with connect(db, read_only=True) as con:
        return {t: sorted(map(str, con.execute(f"SELECT * EXCLUDE (ingested_at) FROM {t}" if t == "documents"
                                                 else f"SELECT * FROM {t}").fetchall()))
                for t in ("documents", "facts", "findings", "document_fields")}


def test_adding_the_same_run_twice_changes_nothing(corpus_run, tmp_path):
    db = tmp_path / "z.duckdb"
    add_run(db, corpus_run)
    before = _snapshot(db)
    new, _ = add_run(db, corpus_run)
    assert new == [] and _snapshot(db) == before
    docs = read_csv(corpus_run / "documents.csv")
    assert len(before["documents"]) == len({d["doc_id"] for d in docs})
    assert len(before["facts"]) == len(read_csv(corpus_run / "facts.csv"))


def test_money_is_exact_decimal_in_the_database(corpus_run):
    with connect(corpus_run / "ziping.duckdb", read_only=True) as con:
        types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_name = 'county_year'").fetchall())
        assert types["funds_received_total"] == "DECIMAL(38,10)" and types["spent_as_of"] == "VARCHAR"
        stored = dict(con.execute("SELECT fact_id, number FROM facts WHERE kind = 'money'").fetchall())
    facts = [f for f in read_csv(corpus_run / "facts.csv") if f["kind"] == "money"]
    assert facts and all(stored[f["fact_id"]] == Decimal(f["value"]) for f in facts)


def test_two_years_of_a_county_are_two_rows_of_county_year(corpus_run):
    years = ziping.history(corpus_run / "ziping.duckdb", "郧西县")
    # (blind233-yunxi-2014 is a project report of its own year; blind273-yunxi-2016 an evaluation of 2016's
    # relocation funds; blind579-yunxi-2018 and blind475-yunxi-2019 self-assessments of those years, blind381-yunxi-2021
    # one of 2021; blind574-yunxi-2024 a department's whole-budget report with the funds it manages)
    assert list(years.year) == [2014, 2016, 2018, 2019, 2021, 2022, 2023, 2024]
    years = years[(years.year >= 2022) & (years.year <= 2023)]
    assert list(years.funds_county_current) == [Decimal(26400000), Decimal(40000000)]
    assert all(isinstance(v, Decimal) for v in years.funds_received_total)


def test_cross_year_against_a_report_added_on_another_day(tmp_path):
    db = tmp_path / "z.duckdb"
    add_run(db, _run([CORPUS / YUNXI[0]], tmp_path / "day1"))
    later = _run([CORPUS / YUNXI[1]], tmp_path / "day2")
    assert not [f for f in read_csv(later / "findings.csv") if f["rule"] == "cross_year"]
    new, found = add_run(db, later)
    assert len(new) == 1 and [f.rule for f in found] == ["cross_year"]
    rows = [f for f in read_csv(later / "findings.csv") if f["rule"] == "cross_year"]
    assert len(rows) == 1 and rows[0]["severity"] == "error" and rows[0]["finding_id"].startswith("X-F")
    # facts.csv of this run holds its own figures only (the contract): the earlier report's figure is named in the message
    assert {f.rsplit("-", 1)[0] for f in rows[0]["facts"].split()} == set(new)
    assert_contract(later)
    assert "2022年报告" in rows[0]["message"] and "2023年报告" in rows[0]["message"]
    # the same finding the two reports give when run together
    together = _run([CORPUS / f for f in YUNXI], tmp_path / "together")
    assert [f["message"] for f in read_csv(together / "findings.csv") if f["rule"] == "cross_year"] == [rows[0]["message"]]
    # and it is kept once however often the run is added
    add_run(db, later)
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM findings WHERE rule = 'cross_year'").fetchone()[0] == 1


def test_the_workbook_written_during_a_run_ends_with_the_findings_the_database_adds(tmp_path):
    """report.xlsx is written while the documents are read; the cross_year finding the database adds to
    findings.csv after them is in 核查结果 too, in the same place, linked to this run's figure."""
    db = tmp_path / "z.duckdb"
    assert main(["run", str(CORPUS / YUNXI[0]), "-o", str(tmp_path / "day1"), "-q", "--db", str(db)]) == 0
    later = tmp_path / "day2"
    assert main(["run", str(CORPUS / YUNXI[1]), "-o", str(later), "-q", "--db", str(db)]) == 0
    findings = read_csv(later / "findings.csv")
    assert findings[-1]["rule"] == "cross_year"
    sheet = load_workbook(later / "report.xlsx")["核查结果"]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [f["finding_id"] for f in findings]
    last = sheet.cell(row=len(findings) + 1, column=len(findings[0]) + 1)
    assert last.value == findings[-1]["facts"].split()[0] and last.hyperlink.location.startswith("'数据'!A")


def test_a_reissued_report_is_a_new_version_and_the_latest_is_current(tmp_path):
    db = tmp_path / "z.duckdb"
    first = tmp_path / "first.txt"
    shutil.copy(CORPUS / YUNXI[0], first)
    add_run(db, _run([first], tmp_path / "run1"))
    text = first.read_text(encoding="utf-8")
    date = read_csv(tmp_path / "run1" / "documents.csv")[0]["report_date"]
    y, m, d = date.split("-")
    reissued = tmp_path / "reissued.txt"
    reissued.write_text(text.replace(f"{int(m)}月{int(d)}日", f"{int(m)}月{int(d) + 1}日"), encoding="utf-8")
    new, _ = add_run(db, _run([reissued], tmp_path / "run2"))
    assert len(new) == 1
    years = ziping.history(db, "郧西县")
    assert len(years) == 1 and years.doc_id[0] == new[0] and years.versions[0] == 2
    assert years.report_date[0] > date


def test_history_and_export_commands(corpus_run, tmp_path, capsys):
    db = corpus_run / "ziping.duckdb"
    result = run_cli("history", "郧西县", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "2022年" in result.stdout and "2023年" in result.stdout and "2640万元" in result.stdout
    for fmt in ("csv", "parquet", "xlsx"):
        out = tmp_path / f"years.{fmt}"
        assert main(["export", "--db", str(db), "--format", fmt, "-o", str(out)]) == 0
        assert out.stat().st_size > 0
    years = load_workbook(tmp_path / "years.xlsx")["历年"]
    assert years.max_row == len(ziping.history(db)) + 1
    rows = read_csv(tmp_path / "years.csv")
    assert len(rows) == len(ziping.history(db)) and rows[0].keys() >= {"county", "year", "funds_received_total"}
    types = dict((r[0], r[1]) for r in duckdb.sql(f"DESCRIBE SELECT * FROM '{tmp_path / 'years.parquet'}'").fetchall())
    assert types["funds_spent"] == "DECIMAL(38,10)"
    assert main(["history", "郧西县", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1



def test_a_database_from_an_earlier_ziping_gets_the_columns_added_since(tmp_path):
    db = tmp_path / "z.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE facts (doc_id VARCHAR, fact_id VARCHAR PRIMARY KEY, kind VARCHAR, value VARCHAR)")
    out = _run([CORPUS / YUNXI[0]], tmp_path / "run")
    add_run(db, out)
    with connect(db, read_only=True) as con:
        stored = con.execute("SELECT fact_id, field_rule, number FROM facts ORDER BY start").fetchall()
    facts = sorted(read_csv(out / "facts.csv"), key=lambda f: int(f["start"]))
    assert [(f["fact_id"], f["field_rule"]) for f in facts] == [row[:2] for row in stored]


def test_a_database_that_cannot_be_opened_costs_the_run_nothing_else(tmp_path, capsys):
    out = _run([CORPUS / YUNXI[0]], tmp_path / "run")
    not_a_database = tmp_path / "z.duckdb"
    not_a_database.write_text("这不是数据库", encoding="utf-8")
    finish_run(out, not_a_database)
    err = capsys.readouterr().err
    assert "warning: could not add the run to the database" in err and len(err.strip().splitlines()) == 1
    assert (out / "report.xlsx").is_file() and (out / "report.html").is_file()
    assert not_a_database.read_text(encoding="utf-8") == "这不是数据库"
