"""The Python API: ziping.read gives the rows of the CSV files of a run over the same files, money as
exact Decimals; the CSV files are the frames with the one guard against formulas applied."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest

import ziping
from conftest import CORPUS, read_csv
from pipeline import columns


@pytest.fixture(scope="module")
def api_tables():
    return ziping.read([str(CORPUS)])


def _as_csv(table, frame: pd.DataFrame) -> list[dict]:
    def cell(c, v):
        if v is None or v is pd.NA:
            return ""
        return columns.neutralised(v) if c.type == "text" else str(v)
    return [{c.name: cell(c, v) for c, v in zip(table, values)} for values in frame.itertuples(index=False)]


@pytest.mark.parametrize("name", list(columns.TABLE_FILES))
def test_read_gives_the_rows_of_the_csv_files(corpus_run, api_tables, name):
    table, frame = columns.TABLE_FILES[name], getattr(api_tables, name)
    rows = read_csv(corpus_run / f"{name}.csv")
    assert list(frame.columns) == columns.names(table) == list(rows[0])
    assert _as_csv(table, frame) == rows
    loaded = getattr(ziping.load(corpus_run), name)
    assert _as_csv(table, loaded) == rows


def test_money_is_exact(api_tables):
    facts = api_tables.facts
    money = facts[facts.kind == "money"].value
    assert len(money) > 100 and all(isinstance(v, Decimal) for v in money)
    assert Decimal("31228740") in set(money) or Decimal("6628740") in set(money)
    assert str(facts.start.dtype) == "Int64"
    findings = api_tables.findings
    assert all(isinstance(v, Decimal) for v in findings.difference.dropna())
