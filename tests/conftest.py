from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"
CORPUS_TRUTH = Path(__file__).resolve().parent / "corpus_truth"
SAMPLE = SHARED / "corpus" / "xiangyuan-2024.txt"
DEVSET = SHARED / "devset"

needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside the checkout")


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """The command line; a run that names no database adds to none, so tests never touch outputs/ziping.duckdb."""
    if args and args[0] == "run" and "--db" not in args and "--no-db" not in args:
        args = (*args, "--no-db")
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True)


def assert_contract(out: Path) -> None:
    """shared/tools/check_contract.py accepts the run's output folder."""
    check = subprocess.run([sys.executable, str(SHARED / "tools" / "check_contract.py"), str(out)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def score(out: Path, truth: Path) -> dict:
    result = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(out), str(truth), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory) -> Path:
    """One run over corpus/ (all formats, broken files included), shared by the tests that read it."""
    out = tmp_path_factory.mktemp("corpus-run")
    result = run_cli("run", str(CORPUS), "-o", str(out), "--db", str(out / "ziping.duckdb"))
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def devset_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("devset-run")
    result = run_cli("run", str(DEVSET / "docs"), "-o", str(out), "--no-db")
    assert result.returncode == 0, result.stderr
    return out
