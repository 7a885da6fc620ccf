"""End to end on the real sample report (shared/corpus/xiangyuan-2024.txt)."""
from __future__ import annotations

import json

from conftest import CORPUS_TRUTH, SAMPLE, needs_shared
from extractors.numbers import plain
from pipeline.process import process

pytestmark = needs_shared
TRUTH = json.loads((CORPUS_TRUTH / "xiangyuan-2024.json").read_text(encoding="utf-8"))


def _doc():
    return process(SAMPLE)


def test_every_figure_with_value_unit_and_field():
    doc = _doc()
    got = [(f.kind, f.value if f.kind == "date" else plain(f.value), f.field, f.text) for f in doc.figures]
    want = [(t["kind"], t["value"], t.get("field", ""), t["text"]) for t in TRUTH["facts"]]
    assert got == want


def test_every_canonical_field_of_the_sample():
    fields = {f.field for f in _doc().figures if f.field}
    assert fields == {t["field"] for t in TRUTH["facts"] if t.get("field")}
    assert len(fields) == 24   # the contract's 27 fields less central, city and self_score, absent here


def test_the_2460_occurrences_get_their_own_fields():
    doc = _doc()
    fields = [f.field for f in doc.figures if f.text == "2460万元"]
    assert fields == ["funds_county_current", "funds_received_county", "budget_planned", "budget_implemented"]
    indicators = [f.indicator for f in doc.figures if f.text == "2460万元"]
    assert indicators == [1, 8, 14, 14]


def test_metadata():
    doc = _doc()
    assert (doc.county, doc.city, doc.province) == ("襄垣县", "长治市", "山西省")
    assert doc.year == 2024 and doc.report_date == "2024-12-30"


def test_offsets_point_at_the_text():
    doc = _doc()
    assert all(doc.text[f.start:f.end] == f.text for f in doc.figures)


def test_sections_and_indicators():
    doc = _doc()
    by_text = {f.text: f for f in doc.figures}
    assert by_text["90.5%"].section == "二/（三）/11" and by_text["90.5%"].indicator == 11
    assert by_text["3122.15523万元"].section == "二/（三）/8"
    assert sorted({s.indicator for s in doc.sections if s.indicator}) == list(range(1, 17))


def test_labels_name_what_is_counted():
    labels = {f.text: f.label for f in _doc().figures}
    assert labels["3122.15523万元"] == "实际支出"
    assert labels["0.71877万元"] in ("结转结余", "质保金")
    assert labels["1164户"] == "脱贫户"
    assert labels["82.8万元"] == "产业奖补"
