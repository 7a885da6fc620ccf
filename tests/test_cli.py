"""`python -m pipeline run` as a reviewer uses it: Chinese file and folder names, the default
output folder, a summary line, exit 2 with one line for a bad path or output folder, the
outputs the contract names, offsets that point into <doc_id>.txt, duplicates reported."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import CORPUS, assert_contract, needs_shared, read_csv, run_cli

CSVS = ["documents.csv", "facts.csv", "findings.csv", "tables.csv"]
FILES = {"苍溪县 自评报告.txt": "sichuan-cangxi-2023.txt", "兰考县自评报告.docx": "henan-lankao-2023.docx"}


def _chinese_tree(root: Path) -> Path:
    folder = root / "报告" / "2024年"
    folder.mkdir(parents=True)
    for name, source in FILES.items():
        shutil.copy(CORPUS / source, folder / name)
    return folder


@pytest.fixture(scope="module")
def chinese_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    _chinese_tree(root)
    result = run_cli("run", "报告", "-o", "输出", cwd=root)
    return root, result, root / "输出"


def test_run_over_chinese_names(chinese_run):
    root, result, out = chinese_run
    assert result.returncode == 0, result.stderr
    rows = read_csv(out / "documents.csv")
    # the path as given on the command line: relative stays relative
    assert sorted(r["path"] for r in rows) == sorted(os.path.join("报告", "2024年", name) for name in FILES)
    assert all(r["status"] == "ok" for r in rows), rows
    assert {r["county"] for r in rows} == {"苍溪县", "兰考县"}


def test_summary_line(chinese_run):
    _, result, _ = chinese_run
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout       # nothing failed: one line
    summary = lines[0]
    assert summary.startswith("ziping:") and "2 documents read (2 ok, 0 failed)" in summary
    assert "figures" in summary and "输出" in summary


def test_outputs_are_the_contract_files(chinese_run):
    _, _, out = chinese_run
    for name in CSVS:
        assert (out / name).read_bytes().startswith(b"\xef\xbb\xbf"), f"{name} has no UTF-8 BOM"
    docs = read_csv(out / "documents.csv")
    ids = {d["doc_id"] for d in docs if d["status"] == "ok"}
    assert {p.stem for p in out.glob("*.json")} == ids
    assert {p.stem for p in out.glob("*.txt")} == ids
    for doc in docs:
        data = json.loads((out / f"{doc['doc_id']}.json").read_text(encoding="utf-8"))
        assert data["doc_id"] == doc["doc_id"] and data["path"] == doc["path"]
        assert len(data["facts"]) == int(doc["n_facts"]) > 0


def test_fact_offsets_point_into_the_saved_text(chinese_run):
    _, _, out = chinese_run
    facts = read_csv(out / "facts.csv")
    assert facts
    texts: dict[str, str] = {}
    for fact in facts:
        doc_id = fact["doc_id"]
        if doc_id not in texts:
            texts[doc_id] = (out / f"{doc_id}.txt").read_bytes().decode("utf-8")
        assert texts[doc_id][int(fact["start"]):int(fact["end"])] == fact["text"], fact
    # the same in each document's JSON
    for doc_id, text in texts.items():
        data = json.loads((out / f"{doc_id}.json").read_text(encoding="utf-8"))
        assert all(text[f["start"]:f["end"]] == f["text"] for f in data["facts"])


@needs_shared
def test_contract_check_passes(chinese_run):
    _, _, out = chinese_run
    assert_contract(out)


def test_default_output_folder_is_outputs_under_the_working_folder(tmp_path):
    _chinese_tree(tmp_path)
    result = run_cli("run", "报告", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for name in CSVS:
        assert (tmp_path / "outputs" / name).is_file()
    assert len(read_csv(tmp_path / "outputs" / "documents.csv")) == 2
    assert "outputs" in result.stdout


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_missing_path_exits_2_with_one_line(tmp_path):
    result = run_cli("run", "不存在的报告", cwd=tmp_path)
    assert "不存在的报告" in _one_line_error(result)
    assert not (tmp_path / "outputs").exists(), "nothing is written for a run that did not start"


def test_one_missing_path_among_good_ones_exits_2(tmp_path):
    _chinese_tree(tmp_path)
    result = run_cli("run", "报告", "缺失.docx", "-o", "out", cwd=tmp_path)
    assert "缺失.docx" in _one_line_error(result)
    assert not (tmp_path / "out").exists()


def test_output_folder_that_is_a_file_exits_2_with_one_line(tmp_path):
    _chinese_tree(tmp_path)
    blocker = tmp_path / "结果.csv"
    blocker.write_text("keep me", encoding="utf-8")
    result = run_cli("run", "报告", "-o", "结果.csv", cwd=tmp_path)
    assert "结果.csv" in _one_line_error(result)
    assert blocker.read_text(encoding="utf-8") == "keep me"
    result = run_cli("run", "报告", "-o", "结果.csv/子目录", cwd=tmp_path)
    assert "结果.csv" in _one_line_error(result)


def test_a_copy_under_another_name_is_reported_as_a_duplicate(tmp_path):
    folder = tmp_path / "报告"
    folder.mkdir()
    shutil.copy(CORPUS / "sichuan-cangxi-2023.txt", folder / "1-苍溪县.txt")
    shutil.copy(CORPUS / "sichuan-cangxi-2023.txt", folder / "2-苍溪县-副本.txt")
    shutil.copy(CORPUS / "henan-lankao-2023.docx", folder / "3-兰考县.docx")
    out = tmp_path / "out"
    result = run_cli("run", "报告", "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = read_csv(out / "documents.csv")
    assert [Path(r["path"]).name for r in rows] == ["1-苍溪县.txt", "2-苍溪县-副本.txt", "3-兰考县.docx"]
    first, copy, other = rows
    assert first["status"] == "ok" and other["status"] == "ok"
    assert copy["status"] == "error"
    assert "重复" in copy["error"] and first["path"] in copy["error"]
    assert copy["n_facts"] == "0"
    # the figures are counted once
    facts = read_csv(out / "facts.csv")
    assert sum(f["doc_id"] == first["doc_id"] for f in facts) == int(first["n_facts"]) > 0
    assert len({f["fact_id"] for f in facts}) == len(facts)
    assert "1 failed" in result.stdout


@needs_shared
def test_a_run_with_a_duplicate_passes_the_contract_check(tmp_path):
    folder = tmp_path / "报告"
    folder.mkdir()
    shutil.copy(CORPUS / "henan-lankao-2023.docx", folder / "兰考县.docx")
    shutil.copy(CORPUS / "henan-lankao-2023.docx", folder / "兰考县（副本）.docx")
    out = tmp_path / "out"
    assert run_cli("run", str(folder), "-o", str(out)).returncode == 0
    assert_contract(out)
