"""Language knowledge as data: each .toml here is loaded once, on first use."""
from __future__ import annotations

import csv
import tomllib
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@cache
def load(name: str) -> dict:
    return tomllib.loads((HERE / f"{name}.toml").read_text(encoding="utf-8"))


@cache
def load_rows(name: str) -> tuple[dict, ...]:
    with open(HERE / f"{name}.csv", encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def path(name: str) -> Path:
    return HERE / name
