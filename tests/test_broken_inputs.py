"""A file that cannot be read becomes an error Document with one Chinese sentence that says
what is wrong and what to do, never a crash, a traceback or a silent empty result; a run over
a folder mixing good and broken files still writes one row per file and a valid contract."""
from __future__ import annotations

import io
import random
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from conftest import assert_contract, CORPUS, SHARED, needs_shared, read_csv, run_cli
from extractors.read import read
from pipeline.process import process

BROKEN = CORPUS / "broken"
HAS_SOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))
CJK = re.compile(r"[\u4e00-\u9fff]")

# each broken corpus file and the words its message must contain (any one of them)
CORPUS_BROKEN = {
    "empty.txt": ("空",),
    "corrupt.docx": ("损坏",),
    "encrypted.pdf": ("加密", "密码"),
}
# once refused, now read by OCR: a scan without a text layer, and a PNG photo named .pdf
CORPUS_SCANS = {"scan-only.pdf": "pdf", "photo-named.pdf": "png"}


def assert_clear_error(doc, keywords: tuple[str, ...]) -> None:
    assert doc.status == "error"
    message = doc.error
    assert message.strip(), "an error row needs a message"
    assert CJK.search(message), f"not a Chinese sentence: {message!r}"
    assert "\n" not in message, "one sentence, one line"
    assert any(k in message for k in keywords), f"{message!r} does not say {' / '.join(keywords)}"
    assert any(k in message for k in ("请", "需要", "需")), f"{message!r} does not say what to do"
    assert "内部错误" not in message and "Traceback" not in message, f"a known problem reported as a crash: {message!r}"
    assert doc.doc_id and re.fullmatch(r"[0-9a-f]{12}", doc.doc_id)
    assert doc.text == "" and doc.figures == [] and doc.tables == []


def test_every_broken_corpus_file_is_covered_here():
    names = {p.name for p in BROKEN.iterdir() if p.is_file()}
    assert names == set(CORPUS_BROKEN) | set(CORPUS_SCANS) | {"old-format.doc"}


@pytest.mark.parametrize("name", sorted(CORPUS_BROKEN))
def test_broken_corpus_file_becomes_an_error_document(name):
    path = BROKEN / name
    assert_clear_error(read(path), CORPUS_BROKEN[name])
    doc = process(path)             # the whole flow stops cleanly at the reader
    assert_clear_error(doc, CORPUS_BROKEN[name])
    assert doc.path == str(path)


@pytest.mark.parametrize("name", sorted(CORPUS_SCANS))
def test_a_readable_scan_in_the_broken_folder_is_now_read_by_ocr(name):
    doc = process(BROKEN / name)
    assert doc.status == "ok", doc.error
    assert doc.format == CORPUS_SCANS[name]
    assert "共收到衔接资金3,268.5万元" in doc.text
    money = [f for f in doc.figures if f.kind == "money"]
    assert {f.text for f in money} >= {"3,268.5万元", "2,140万元", "628.5万元", "500万元", "3,241.2万元"}
    assert all(0 < f.ocr <= 1 for f in doc.figures)


def test_old_word_format_is_read_or_names_libreoffice():
    doc = read(BROKEN / "old-format.doc")
    assert doc.format == "doc"
    if HAS_SOFFICE:
        assert doc.status == "ok", doc.error
        assert "3,268.5万元" in doc.text
    else:
        assert_clear_error(doc, ("LibreOffice",))
        assert ".docx" in doc.error


def test_old_word_format_without_libreoffice_names_it(monkeypatch):
    monkeypatch.setattr("extractors.read_office.shutil.which", lambda name: None)
    doc = read(BROKEN / "old-format.doc")
    assert_clear_error(doc, ("LibreOffice",))
    assert ".docx" in doc.error


# ---------------------------------------------------------------- generated cases

def _zip(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name in names:
            zf.writestr(name, "<x/>")
    return buffer.getvalue()


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def _blank_scan() -> bytes:
    """An image-only PDF of an empty page: a scan with nothing on it to read."""
    from PIL import Image
    buffer = io.BytesIO()
    Image.new("L", (620, 877), 255).save(buffer, "PDF", resolution=75)
    return buffer.getvalue()


def _rebuilt_docx(mutate) -> bytes:
    """henan-lankao-2023.docx with one part changed (mutate(name, data) -> data)."""
    source = zipfile.ZipFile(CORPUS / "henan-lankao-2023.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for item in source.infolist():
            zf.writestr(item.filename, mutate(item.filename, source.read(item.filename)))
    return buffer.getvalue()


def _random(seed: int, n: int, alphabet: bytes | None = None) -> bytes:
    rng = random.Random(seed)
    if alphabet is None:
        return bytes(rng.randrange(256) for _ in range(n))
    return bytes(rng.choice(alphabet) for _ in range(n))


MESS = bytes([0x80, 0xFF, 0x81, 0xFE, 0x41, 0x20])
GENERATED = [
    # (file name, bytes, words its message must contain)
    pytest.param("随机字节.txt", lambda: _random(1, 4000), ("不是文本", "无法识别"), id="random-bytes-named-txt"),
    pytest.param("不是报告.docx", lambda: _zip(["readme.txt", "data/a.csv"]), ("压缩包", "不是Word"), id="zip-not-docx"),
    pytest.param("预算表.xlsx", lambda: _zip(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]),
                 ("Excel",), id="xlsx"),
    pytest.param("预算表.docx", lambda: _zip(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]),
                 ("Excel",), id="xlsx-named-docx"),
    pytest.param("照片.docx", _png, ("图片",), id="png-named-docx"),
    pytest.param("照片.txt", _png, ("图片",), id="png-named-txt"),
    # bytes neither UTF-8 nor GB18030 can decode (0x80 and 0xFF lead nothing in either)
    pytest.param("乱码.txt", lambda: _random(2, 3000, MESS), ("编码", "乱码"), id="mess-invalid-bytes"),
    pytest.param("混合乱码.txt", lambda: "衔接资金".encode() * 50 + "衔接资金".encode("gbk") * 50 + b"\x80\xff" * 100,
                 ("编码", "乱码"), id="mess-utf8-gbk-mixed"),
    # high bytes and spaces: invalid as GB18030, so charset_normalizer's guess (cp1255/cp874) is taken
    pytest.param("单字节乱码.txt", lambda: _random(3, 3000, b"\xc0\xc1\xc2\xe0\xe1\xe2 "), ("编码", "乱码"),
                 id="mess-single-byte-codepage"),
    pytest.param("空白扫描.pdf", _blank_scan, ("扫描件",), id="blank-scan-pdf"),
    pytest.param("空白.txt", lambda: b"  \r\n\t\n  ", ("空",), id="whitespace-txt"),
    pytest.param("只有BOM.txt", lambda: b"\xff\xfe" + " \r\n".encode("utf-16-le"), ("没有文字", "空"), id="utf16-bom-only"),
    pytest.param("截断.docx", lambda: (CORPUS / "henan-lankao-2023.docx").read_bytes()[:5000], ("损坏",),
                 id="truncated-docx"),
    pytest.param("截断.pdf", lambda: (CORPUS / "gansu-dongxiang-2022.pdf").read_bytes()[:3000], ("损坏",),
                 id="truncated-pdf"),
    pytest.param("正文损坏.docx",
                 lambda: _rebuilt_docx(lambda n, d: d[:len(d) // 2] if n == "word/document.xml" else d),
                 ("损坏",), id="docx-with-cut-xml"),
]


@pytest.mark.parametrize("name,make,keywords", GENERATED)
def test_generated_broken_file_becomes_an_error_document(tmp_path, name, make, keywords):
    path = tmp_path / name
    path.write_bytes(make())
    doc = process(path)
    assert_clear_error(doc, keywords)
    assert doc.path == str(path)


def test_a_picture_is_named_by_its_content_not_its_suffix(tmp_path):
    path = tmp_path / "报告.docx"
    path.write_bytes(_png())
    doc = read(path)
    assert "PNG" in doc.error and ".docx" in doc.error


# ---------------------------------------------------------------- a run over good and broken files

GOOD = ["sichuan-cangxi-2023.txt", "henan-lankao-2023.docx", "gansu-dongxiang-2022.pdf"]
GENERATED_FOR_RUN = {
    "随机字节.txt": lambda: _random(1, 4000),
    "不是报告.docx": lambda: _zip(["readme.txt"]),
    "预算表.xlsx": lambda: _zip(["[Content_Types].xml", "xl/workbook.xml"]),
    "照片.docx": _png,
    "乱码.txt": lambda: _random(2, 3000, MESS),
}


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed")
    folder = root / "混合"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(CORPUS / name, folder / name)
    broken = folder / "坏文件"
    shutil.copytree(BROKEN, broken)
    for name, make in GENERATED_FOR_RUN.items():
        (broken / name).write_bytes(make())
    out = root / "out"
    result = run_cli("run", str(folder), "-o", str(out))
    files = sorted(str(p) for p in folder.rglob("*") if p.is_file())
    return result, out, files


def test_mixed_run_exits_0_with_one_row_per_file(mixed_run):
    result, out, files = mixed_run
    assert result.returncode == 0, result.stderr
    rows = read_csv(out / "documents.csv")
    assert sorted(r["path"] for r in rows) == files
    by_name = {Path(r["path"]).name: r for r in rows}
    assert all(by_name[name]["status"] == "ok" for name in GOOD)
    assert by_name["old-format.doc"]["status"] == ("ok" if HAS_SOFFICE else "error")
    errors = [r for r in rows if r["status"] == "error"]
    assert len(errors) == len(files) - len(GOOD) - HAS_SOFFICE - len(CORPUS_SCANS)
    for row in errors:
        assert row["error"].strip() and CJK.search(row["error"]) and "内部错误" not in row["error"], row
        assert row["n_facts"] == "0"
        assert re.fullmatch(r"[0-9a-f]{12}", row["doc_id"])
    # the summary says how many failed and lists them
    assert f"({len(files) - len(errors)} ok, {len(errors)} failed)" in result.stdout
    assert sum(line.startswith("  failed:") for line in result.stdout.splitlines()) == len(errors)
    # outputs only for the documents that were read
    assert {p.stem for p in out.glob("*.json")} == {r["doc_id"] for r in rows if r["status"] == "ok"}


@needs_shared
def test_mixed_run_passes_the_contract_check(mixed_run):
    _, out, _ = mixed_run
    assert_contract(out)


def test_corpus_run_has_a_row_for_every_file_broken_ones_included(corpus_run):
    rows = read_csv(corpus_run / "documents.csv")
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert len(rows) == len(files)
    by_name = {Path(r["path"]).name: r for r in rows}
    for name, keywords in CORPUS_BROKEN.items():
        assert by_name[name]["status"] == "error"
        assert any(k in by_name[name]["error"] for k in keywords)


@needs_shared
def test_corpus_run_passes_the_contract_check(corpus_run):
    check = subprocess.run([sys.executable, str(SHARED / "tools" / "check_contract.py"), str(corpus_run)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_file_without_one_chinese_character_is_no_report(tmp_path):
    from extractors.read import read
    path = tmp_path / "data.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    doc = read(path)
    assert doc.status == "error" and "汉字" in doc.error
