"""Duckling-style: every example in patterns/examples/*.toml is a test.

An example gives a text and the figures it must produce, in order; each
expected figure checks only the keys it names (kind, value, unit, field,
qualifier, label, role, and the context: measure, level, fund, purpose, scope, period). `figures = []` means the text holds no figure.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from extractors.numbers import plain
from pipeline.process import process_text

EXAMPLES = Path(__file__).resolve().parent.parent / "patterns" / "examples"


def _cases():
    for path in sorted(EXAMPLES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for n, example in enumerate(data.get("example", []), start=1):
            yield pytest.param(example, id=f"{path.stem}-{n}")


def _as_dict(figure) -> dict:
    return {
        "kind": figure.kind,
        "value": figure.value if figure.kind == "date" else plain(figure.value),
        "unit": figure.unit, "field": figure.field, "qualifier": figure.qualifier,
        "label": figure.label, "role": figure.role,
        "measure": figure.measure, "level": figure.fund_level, "fund": figure.fund, "purpose": figure.purpose,
        "scope": figure.scope, "period": figure.period,
    }


@pytest.mark.parametrize("example", list(_cases()))
def test_example(example):
    doc = process_text(example["text"], year=example.get("year", 2024))
    assert doc.status == "ok", doc.error
    got = [_as_dict(f) for f in doc.figures]
    expected = example["figures"]
    summary = [(g["kind"], g["value"], g["unit"], g["field"]) for g in got]
    assert len(got) == len(expected), f"{example['text']!r} gave {summary}"
    for g, e in zip(got, expected):
        for key, value in e.items():
            assert g[key] == value, f"{example['text']!r}: {key} {g[key]!r} != {value!r} in {summary}"


def test_there_are_enough_examples():
    assert len(list(_cases())) >= 200
