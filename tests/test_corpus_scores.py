"""The whole corpus and the shared development set, scored the way the project is judged
(shared/tools/score.py): figures, canonical fields, findings and metadata."""
from __future__ import annotations

from conftest import CORPUS_TRUTH, DEVSET, needs_shared, score

pytestmark = needs_shared


def _ratio(text: str) -> float:
    hit, total = text.split("/")
    return int(hit) / int(total) if int(total) else 1.0


def _check(summary: dict) -> None:
    assert summary["status_ok"] == summary["docs"]
    assert summary["facts_recall"] >= 0.99 and summary["facts_precision"] >= 0.99
    assert summary["fields_recall"] >= 0.98 and summary["fields_precision"] >= 0.99
    assert _ratio(summary["findings_recall"]) == 1.0
    assert summary["false_errors_on_clean"] == 0
    assert summary["unexplained_errors"].startswith("0/")
    for key in ("meta_county", "meta_year", "meta_date"):
        assert _ratio(summary[key]) == 1.0, key


def test_corpus_reports(corpus_run):
    _check(score(corpus_run, CORPUS_TRUTH)["summary"])


def test_development_set(devset_run):
    _check(score(devset_run, DEVSET / "truth")["summary"])
