"""A run over many files: rows in input order whatever the workers, a run killed half-way and started
again ends with the same outputs as one that was not, files read before are not read again (--force reads
them), a batch with one file in ten broken or hostile has a row for every file, and a dask cluster writes
the same rows as the local pool."""
from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, assert_contract, needs_shared, read_csv, run_cli
from pipeline import parts

TEXTS = sorted(CORPUS.glob("*.txt"), key=lambda p: p.stat().st_size)[:12]     # the short ones: a fast test


def _copies(folder: Path, n: int) -> list[Path]:
    """n text reports, each with bytes of its own (so its own doc_id), in several folders."""
    made = []
    for k in range(n):
        source = TEXTS[k % len(TEXTS)]
        target = folder / f"批次{k // 20}" / f"{k:03d}-{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        tag = "".join(chr(ord("甲") + int(d)) for d in f"{k:03d}")     # no digits: not a figure
        target.write_bytes(source.read_bytes() + f"\n（副本{tag}）\n".encode())
        made.append(target)
    return made


def _visible(out: Path) -> dict[str, bytes]:
    """The run's tables and documents (a report built from them may carry the time it was made)."""
    return {p.name: p.read_bytes() for p in out.iterdir()
            if p.suffix in (".csv", ".json", ".txt") and not p.name.startswith(".")}


def _parts(out: Path) -> dict[str, parts.Place]:
    """The documents a run has kept (a whole line of this ziping in a journal of out/.ziping-parts/)."""
    return parts.index(out)


def _journals(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in parts.journals(out)}


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("batch") / "报告"
    made = _copies(folder, 40)
    shutil.copy(made[0], folder / "批次0" / "副本-同一文件.txt")        # the same bytes as 000-…: a copy
    return folder


@pytest.fixture(scope="module")
def whole_run(reports, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("whole") / "out"
    result = run_cli("run", str(reports), "-o", str(out), "-j", "2")
    assert result.returncode == 0, result.stderr
    return out


def test_a_run_killed_half_way_finishes_the_rest_on_the_next_run(reports, whole_run, tmp_path):
    out = tmp_path / "out"
    total = len([p for p in reports.rglob("*") if p.is_file()]) - 1        # the copy is not read
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(reports), "-o", str(out), "-j", "1", "-q",
                             "--no-db"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(_parts(out)) < 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    kept = len(_parts(out))
    assert 10 <= kept < total, f"the run was not stopped half-way ({kept} of {total} parts)"
    assert not (out / "documents.csv").exists()

    result = run_cli("run", str(reports), "-o", str(out), "-j", "1")
    assert result.returncode == 0, result.stderr
    assert f"{kept} documents were read before" in result.stderr
    assert _visible(out) == _visible(whole_run)          # row for row, byte for byte, -j 1 as -j 2
    assert len(_parts(out)) == total


def test_a_part_cut_short_is_read_again_and_a_journal_read_again_whole_is_dropped(reports, whole_run, tmp_path):
    """kill -9 while a part is appended leaves the start of its line: that document is read again, once."""
    out = tmp_path / "out"
    shutil.copytree(whole_run, out)
    journal = parts.journals(out)[0]
    data = journal.read_bytes()
    journal.write_bytes(data[:-200])
    kept = len(_parts(out))
    assert kept == 39           # of 40 files (and a copy, not read)
    again = run_cli("run", str(reports), "-o", str(out))
    assert again.returncode == 0 and f"{kept} documents were read before" in again.stderr
    assert _visible(out) == _visible(whole_run)
    assert len(_parts(out)) == kept + 1

    old = _journals(out)
    forced = run_cli("run", str(reports), "-o", str(out), "--force")
    assert forced.returncode == 0 and _visible(out) == _visible(whole_run)
    again = run_cli("run", str(reports), "-o", str(out))
    assert f"{kept + 1} documents were read before" in again.stderr
    assert not set(_journals(out)) & set(old)       # all read again: the journals of the runs before are gone


@pytest.fixture(scope="module")
def many_reports(tmp_path_factory) -> Path:
    """Enough reports that a run is still reading them when it is stopped, however fast the machine."""
    folder = tmp_path_factory.mktemp("many") / "报告"
    _copies(folder, 600)
    return folder


def test_a_run_stopped_with_ctrl_c_while_it_writes_leaves_no_half_written_file(many_reports, tmp_path):
    """The CSVs and report.xlsx are written while the workers read: Ctrl-C then leaves the parts, and none of
    the files being written, whole or half."""
    reports, out = many_reports, tmp_path / "out"
    whole_run = tmp_path / "whole"
    assert run_cli("run", str(reports), "-o", str(whole_run), "-j", "2").returncode == 0
    # a run started in the background of a script inherits Ctrl-C ignored, and Python then installs no handler
    # for it: the run is given Ctrl-C's default, as a terminal gives it
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(reports), "-o", str(out), "-j", "2", "-q",
                             "--no-db"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while len(_parts(out)) < 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    read = len(_parts(out))
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate()
    assert proc.returncode == 130 and "stopped" in err, f"{read} of 600 read when stopped: {err}"
    assert sorted(p.name for p in out.iterdir() if p.is_file() and p.suffix != ".txt" and p.suffix != ".json") == []
    result = run_cli("run", str(reports), "-o", str(out), "-j", "2")
    assert result.returncode == 0, result.stderr
    assert _visible(out) == _visible(whole_run)


def test_rows_come_in_input_order_and_a_copy_is_reported(whole_run):
    rows = read_csv(whole_run / "documents.csv")
    paths = [r["path"] for r in rows]
    assert paths == sorted(paths)
    copy = next(r for r in rows if r["path"].endswith("副本-同一文件.txt"))
    assert copy["status"] == "error" and "重复" in copy["error"]
    facts = read_csv(whole_run / "facts.csv")
    assert len({f["fact_id"] for f in facts}) == len(facts)
    order = {doc_id: n for n, doc_id in enumerate(dict.fromkeys(r["doc_id"] for r in rows))}
    assert [order[f["doc_id"]] for f in facts] == sorted(order[f["doc_id"]] for f in facts)


def test_files_read_before_are_not_read_again_unless_forced(reports, whole_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(whole_run, out)
    before, journals = _parts(out), _journals(out)
    again = run_cli("run", str(reports), "-o", str(out))
    assert again.returncode == 0 and f"{len(before)} documents were read before" in again.stderr
    assert _journals(out) == journals           # nothing read again, nothing added
    assert _visible(out) == _visible(whole_run)

    changed = next(reports.rglob("005-*.txt"))
    try:
        data = changed.read_bytes()
        changed.write_bytes(data + "（改）".encode())
        third = run_cli("run", str(reports), "-o", str(out))
        assert f"{len(before) - 1} documents were read before" in third.stderr
    finally:
        changed.write_bytes(data)

    forced = run_cli("run", str(reports), "-o", str(out), "--force")
    assert forced.returncode == 0 and "read before" not in forced.stderr
    assert all(_parts(out)[key].journal.name not in journals for key in before)       # each part is new
    expected = _visible(whole_run)          # (the changed file's own .json and .txt stay beside them)
    assert {name: data for name, data in _visible(out).items() if name in expected} == expected


@needs_shared
def test_a_resumed_run_passes_the_contract_check(whole_run):
    assert_contract(whole_run)


# ---------------------------------------------------------------- broken and hostile files among good ones

def _zip_bomb() -> bytes:
    """A .docx whose document.xml inflates 1000 times (16 MB of spaces in 16 KB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(CORPUS / "henan-lankao-2023.docx") as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (16 * 2**20), 1)
            bomb.writestr(item.filename, data)
    return buffer.getvalue()


def _hostile_files() -> dict[str, bytes]:
    docx = (CORPUS / "henan-lankao-2023.docx").read_bytes()
    pdf = next(CORPUS.glob("*.pdf")).read_bytes()
    return {
        "empty.txt": b"",
        "zip-bomb.docx": _zip_bomb(),
        "truncated.docx": docx[: len(docx) // 2],
        "truncated.pdf": pdf[: len(pdf) // 3],
        "nul.txt": b"\x00" * 5000,
        "random.bin.txt": bytes(range(256)) * 40,
        "photo.docx": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        "digits.txt": ("资金" + "9" * 1000 + "万元。").encode(),
        "numbers.txt": ("到位资金" + "，".join(str(k) for k in range(10000)) + "万元。").encode(),
        "punctuation.txt": ("，。！？、；：“”（）《》" * 500).encode(),
    }


def test_a_batch_with_one_file_in_ten_broken_has_a_row_for_every_file(tmp_path):
    folder = tmp_path / "批量"
    good = _copies(folder, 180)
    hostile = _hostile_files()
    for k in range(20):
        name, data = list(hostile.items())[k % len(hostile)]
        (folder / "批次9" / f"{k:02d}-{name}").parent.mkdir(parents=True, exist_ok=True)
        (folder / "批次9" / f"{k:02d}-{name}").write_bytes(data + (b"" if k < len(hostile) else b" "))
    out = tmp_path / "out"
    result = run_cli("run", str(folder), "-o", str(out), "-j", "2")
    assert result.returncode == 0, result.stderr
    rows = read_csv(out / "documents.csv")
    assert len(rows) == 200
    by_name = {Path(r["path"]).name: r for r in rows}
    assert sum(by_name[p.name]["status"] == "ok" for p in good) == 180
    bomb = by_name["01-zip-bomb.docx"]
    assert bomb["status"] == "error" and "压缩炸弹" in bomb["error"]
    for name, row in by_name.items():
        if row["status"] == "error":
            assert row["error"] and "内部错误" not in row["error"], row
    if (ROOT.parent / "shared").exists():
        assert_contract(out)


# ---------------------------------------------------------------- dask

def test_a_dask_cluster_writes_the_same_rows_as_the_local_pool(tmp_path):
    distributed = pytest.importorskip("distributed")
    from pipeline.batch import run

    folder = tmp_path / "报告"
    folder.mkdir()
    for source in sorted(CORPUS.glob("*"))[:8]:
        if source.is_file():
            shutil.copy(source, folder / source.name)
    local, remote = tmp_path / "local", tmp_path / "dask"
    run([str(folder)], local, workers=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        run([str(folder)], remote, scheduler=cluster.scheduler_address)
    assert _visible(remote) == _visible(local)
    assert len(read_csv(remote / "documents.csv")) == len([p for p in folder.iterdir()])


# ---------------------------------------------------------------- a document that kills its worker

def _dies_on_three(index: int) -> tuple[int, str]:
    if index == 3:
        os._exit(1)         # as a crash in a native library would
    return index, "read"


def _no_warm_up() -> None:
    pass


def test_a_document_that_kills_its_worker_gets_an_error_and_the_others_go_through():
    from pipeline.engines import local

    results = local(_dies_on_three, [(k,) for k in range(12)], 2, _no_warm_up, lambda k: (k, "crashed"))
    assert sorted(results) == [(k, "crashed" if k == 3 else "read") for k in range(12)]


def test_a_folder_of_page_images_is_keyed_as_its_reader_keys_it(tmp_path):
    from extractors.read import read
    from pipeline.batch import file_id

    pages = tmp_path / "扫描件"
    pages.mkdir()
    for n in (1, 2, 10):
        (pages / f"page_{n}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes([n]) * 64)
    assert file_id(pages) == read(pages).doc_id
    assert file_id(pages / "page_1.png") == read(pages / "page_1.png").doc_id




def test_a_figure_kept_for_the_checks_across_documents_keeps_the_places_it_was_written_with():
    from pipeline.process import process_text
    from pipeline.writers import across_summary, figure_from
    doc = process_text("某县2024年度衔接资金绩效自评报告\n2023年度县本级预算安排衔接资金16.5万元。\n", year=2024)
    kept = [figure_from(held) for held in across_summary(doc)["figures"]]
    assert [(f.value, f.decimals, f.scale) for f in kept] == [(f.value, f.decimals, f.scale) for f in doc.figures]
